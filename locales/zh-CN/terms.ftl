### 本语言的所有消息共用的术语。

## 本语言以自身语言表示的名称，即 `vod-errors locales` 显示的名称。

-language-name = 简体中文

## 品牌名称，采用服务提供商在该市场使用的官方名称。消息一律引用这些术语，不直接写出名称。

-alibaba-cloud = 阿里云
-alibaba-cloud-cdn = 阿里云CDN
-apsaravideo-live = 视频直播
-apsaravideo-player = 阿里云播放器
-apsaravideo-vod = 视频点播
-oss = 对象存储OSS
-vod = 视频点播
