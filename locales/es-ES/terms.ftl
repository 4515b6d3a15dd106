### Términos compartidos por todos los mensajes de esta configuración regional.

## Nombre de la configuración regional en su propio idioma, tal como lo muestra `vod-errors locales`.

-language-name = Español (España)

## Nombres de marca. Los mensajes hacen referencia a estos términos en lugar de escribir los nombres.

-alibaba-cloud = Alibaba Cloud
-alibaba-cloud-cdn = Alibaba Cloud CDN
-apsaravideo-live = ApsaraVideo Live
-apsaravideo-player = ApsaraVideo Player
-apsaravideo-vod = ApsaraVideo VOD
-oss = Object Storage Service (OSS)
-vod = VOD
