### 此語系所有訊息共用的詞彙。

## 此語系以自身語言表示的名稱，即 `vod-errors locales` 所顯示的名稱。

-language-name = 繁體中文

## 品牌名稱。訊息一律引用這些詞彙，不直接寫出名稱。

-alibaba-cloud = 阿里雲
-alibaba-cloud-cdn = 阿里雲 CDN
-apsaravideo-live = ApsaraVideo Live
-apsaravideo-player = ApsaraVideo Player
-apsaravideo-vod = ApsaraVideo VOD
-oss = Object Storage Service (OSS)
-vod = VOD
