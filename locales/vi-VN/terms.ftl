### Các thuật ngữ dùng chung cho mọi thông báo của ngôn ngữ này.

## Tên của ngôn ngữ này bằng chính ngôn ngữ đó, như `vod-errors locales` hiển thị.

-language-name = Tiếng Việt

## Tên thương hiệu. Các thông báo tham chiếu đến các thuật ngữ này thay vì viết trực tiếp tên.

-alibaba-cloud = Alibaba Cloud
-alibaba-cloud-cdn = Alibaba Cloud CDN
-apsaravideo-live = ApsaraVideo Live
-apsaravideo-player = ApsaraVideo Player
-apsaravideo-vod = ApsaraVideo VOD
-oss = Object Storage Service (OSS)
-vod = VOD
