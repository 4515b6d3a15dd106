### Термины, общие для всех сообщений этой локали.

## Название локали на ее собственном языке, как его показывает `vod-errors locales`.

-language-name = Русский

## Названия брендов. Сообщения ссылаются на эти термины, а не указывают названия напрямую.

-alibaba-cloud = Alibaba Cloud
-alibaba-cloud-cdn = Alibaba Cloud CDN
-apsaravideo-live = ApsaraVideo Live
-apsaravideo-player = ApsaraVideo Player
-apsaravideo-vod = ApsaraVideo VOD
-oss = Object Storage Service (OSS)
-vod = VOD
