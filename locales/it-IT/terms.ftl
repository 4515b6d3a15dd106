### Termini condivisi da tutti i messaggi di queste impostazioni locali.

## Il nome delle impostazioni locali nella propria lingua, come lo mostra `vod-errors locales`.

-language-name = Italiano

## Nomi dei marchi. I messaggi fanno riferimento a questi termini invece di scrivere i nomi per esteso.

-alibaba-cloud = Alibaba Cloud
-apsaravideo-vod = ApsaraVideo VOD
-vod = VOD
