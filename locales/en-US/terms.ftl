### Terms shared by every message of this locale.

## The locale's name for itself, as `vod-errors locales` shows it.

-language-name = English (United States)

## Brand names. Messages refer to these terms instead of spelling the names out.

-alibaba-cloud = Alibaba Cloud
-apsaravideo-vod = ApsaraVideo VOD
-vod = VOD
