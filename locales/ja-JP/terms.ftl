### Terms shared by every message of this locale.

## The locale's name for itself, as `vod-errors locales` shows it.

-language-name = 日本語

## Brand names, as the provider writes them for this market.

-alibaba-cloud = Alibaba Cloud
-apsaravideo-vod = ApsaraVideo VOD
-vod = VOD
