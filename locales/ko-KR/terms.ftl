### 이 로캘의 모든 메시지가 공유하는 용어입니다.

## 이 로캘을 해당 언어로 표기한 이름으로, `vod-errors locales`에 표시됩니다.

-language-name = 한국어

## 브랜드 이름입니다. 메시지는 이름을 직접 쓰지 않고 이 용어를 참조합니다.

-alibaba-cloud = Alibaba Cloud
-alibaba-cloud-cdn = Alibaba Cloud CDN
-apsaravideo-live = ApsaraVideo Live
-apsaravideo-player = ApsaraVideo Player
-apsaravideo-vod = ApsaraVideo VOD
-oss = Object Storage Service (OSS)
-vod = VOD
