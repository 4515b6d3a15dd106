### Istilah yang digunakan bersama oleh semua pesan dalam lokal ini.

## Nama lokal ini dalam bahasanya sendiri, seperti yang ditampilkan oleh `vod-errors locales`.

-language-name = Bahasa Indonesia

## Nama merek. Pesan merujuk ke istilah ini alih-alih menuliskan nama secara langsung.

-alibaba-cloud = Alibaba Cloud
-apsaravideo-vod = ApsaraVideo VOD
-vod = VOD
