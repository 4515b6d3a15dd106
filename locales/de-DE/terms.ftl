### Begriffe, die alle Meldungen dieses Gebietsschemas gemeinsam nutzen.

## Der Name des Gebietsschemas in der eigenen Sprache, wie ihn `vod-errors locales` anzeigt.

-language-name = Deutsch (Deutschland)

## Markennamen. Die Meldungen verweisen auf diese Begriffe, statt die Namen auszuschreiben.

-alibaba-cloud = Alibaba Cloud
-alibaba-cloud-cdn = Alibaba Cloud CDN
-apsaravideo-live = ApsaraVideo Live
-apsaravideo-player = ApsaraVideo Player
-apsaravideo-vod = ApsaraVideo VOD
-oss = Object Storage Service (OSS)
-vod = VOD
