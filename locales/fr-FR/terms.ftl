### Termes partagés par tous les messages de ces paramètres régionaux.

## Nom des paramètres régionaux dans leur propre langue, tel que l'affiche `vod-errors locales`.

-language-name = Français (France)

## Noms de marque. Les messages font référence à ces termes au lieu d'écrire les noms en toutes lettres.

-alibaba-cloud = Alibaba Cloud
-alibaba-cloud-cdn = Alibaba Cloud CDN
-apsaravideo-live = ApsaraVideo Live
-apsaravideo-player = ApsaraVideo Player
-apsaravideo-vod = ApsaraVideo VOD
-oss = Object Storage Service (OSS)
-vod = VOD
