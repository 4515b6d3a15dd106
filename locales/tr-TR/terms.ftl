### Bu yerel ayarın tüm iletilerinde ortak kullanılan terimler.

## Yerel ayarın kendi dilindeki adı; `vod-errors locales` komutu bu adı gösterir.

-language-name = Türkçe

## Marka adları. İletiler, adları açıkça yazmak yerine bu terimlere başvurur.

-alibaba-cloud = Alibaba Cloud
-alibaba-cloud-cdn = Alibaba Cloud CDN
-apsaravideo-live = ApsaraVideo Live
-apsaravideo-player = ApsaraVideo Player
-apsaravideo-vod = ApsaraVideo VOD
-oss = Object Storage Service (OSS)
-vod = VOD
