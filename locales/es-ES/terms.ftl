### Términos compartidos por todos los mensajes de esta configuración regional.

## Nombre de la configuración regional en su propio idioma, tal como lo muestra `vod-errors locales`.

-language-name = Español

## Nombres de marca. Los mensajes hacen referencia a estos términos en lugar de escribir los nombres.

-alibaba-cloud = Alibaba Cloud
-apsaravideo-vod = ApsaraVideo VOD
-vod = VOD
