### Термины, общие для всех сообщений этой локали.

## Название локали на ее собственном языке, как его показывает `vod-errors locales`.

-language-name = Русский

## Названия брендов. Сообщения ссылаются на эти термины, а не указывают названия напрямую.

-alibaba-cloud = Alibaba Cloud
-apsaravideo-vod = ApsaraVideo VOD
-vod = VOD
