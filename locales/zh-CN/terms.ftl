### Terms shared by every message of this locale.

## The locale's name for itself, as `vod-errors locales` shows it.

-language-name = 简体中文

## Brand names, as the provider writes them for this market.

-alibaba-cloud = 阿里云
-apsaravideo-vod = 视频点播
-vod = 视频点播
