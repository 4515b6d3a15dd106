### Istilah yang dikongsi oleh semua mesej dalam lokal ini.

## Nama lokal ini dalam bahasanya sendiri, seperti yang dipaparkan oleh `vod-errors locales`.

-language-name = Bahasa Melayu

## Nama jenama. Mesej merujuk kepada istilah ini dan bukannya menulis nama tersebut secara langsung.

-alibaba-cloud = Alibaba Cloud
-alibaba-cloud-cdn = Alibaba Cloud CDN
-apsaravideo-live = ApsaraVideo Live
-apsaravideo-player = ApsaraVideo Player
-apsaravideo-vod = ApsaraVideo VOD
-oss = Object Storage Service (OSS)
-vod = VOD
