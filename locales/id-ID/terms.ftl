### Istilah yang digunakan bersama oleh semua pesan dalam lokal ini.

## Nama lokal ini dalam bahasanya sendiri, seperti yang ditampilkan oleh `vod-errors locales`.

-language-name = Bahasa Indonesia

## Nama merek. Pesan merujuk ke istilah ini alih-alih menuliskan nama secara langsung.

-alibaba-cloud = Alibaba Cloud
-alibaba-cloud-cdn = Alibaba Cloud CDN
-apsaravideo-live = ApsaraVideo Live
-apsaravideo-player = ApsaraVideo Player
-apsaravideo-vod = ApsaraVideo VOD
-oss = Object Storage Service (OSS)
-vod = VOD
