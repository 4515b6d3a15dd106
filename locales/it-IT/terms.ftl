### Termini condivisi da tutti i messaggi di queste impostazioni locali.

## Il nome delle impostazioni locali nella propria lingua, come lo mostra `vod-errors locales`.

-language-name = Italiano (Italia)

## Nomi dei marchi. I messaggi fanno riferimento a questi termini invece di scrivere i nomi per esteso.

-alibaba-cloud = Alibaba Cloud
-alibaba-cloud-cdn = Alibaba Cloud CDN
-apsaravideo-live = ApsaraVideo Live
-apsaravideo-player = ApsaraVideo Player
-apsaravideo-vod = ApsaraVideo VOD
-oss = Object Storage Service (OSS)
-vod = VOD
