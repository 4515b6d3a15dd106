### Termes partagés par tous les messages de ces paramètres régionaux.

## Nom des paramètres régionaux dans leur propre langue, tel que l'affiche `vod-errors locales`.

-language-name = Français

## Noms de marque. Les messages font référence à ces termes au lieu d'écrire les noms en toutes lettres.

-alibaba-cloud = Alibaba Cloud
-apsaravideo-vod = ApsaraVideo VOD
-vod = VOD
