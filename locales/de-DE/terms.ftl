### Begriffe, die alle Meldungen dieses Gebietsschemas gemeinsam nutzen.

## Der Name des Gebietsschemas in der eigenen Sprache, wie ihn `vod-errors locales` anzeigt.

-language-name = Deutsch

## Markennamen. Die Meldungen verweisen auf diese Begriffe, statt die Namen auszuschreiben.

-alibaba-cloud = Alibaba Cloud
-apsaravideo-vod = ApsaraVideo VOD
-vod = VOD
