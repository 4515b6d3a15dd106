### Terms shared by every message of this locale.

## The locale's name for itself, as `vod-errors locales` shows it.

-language-name = English (United States)

## Brand names. Messages refer to these terms instead of spelling the names out.

-alibaba-cloud = Alibaba Cloud
-alibaba-cloud-cdn = Alibaba Cloud CDN
-apsaravideo-live = ApsaraVideo Live
-apsaravideo-player = ApsaraVideo Player
-apsaravideo-vod = ApsaraVideo VOD
-oss = Object Storage Service (OSS)
-vod = VOD
