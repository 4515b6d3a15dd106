### المصطلحات المشتركة بين جميع رسائل هذه اللغة.

## اسم اللغة بلغتها، كما يعرضه الأمر `vod-errors locales`.

-language-name = العربية

## أسماء العلامات التجارية. تشير الرسائل إلى هذه المصطلحات بدلًا من كتابة الأسماء صراحةً.

-alibaba-cloud = Alibaba Cloud
-alibaba-cloud-cdn = Alibaba Cloud CDN
-apsaravideo-live = ApsaraVideo Live
-apsaravideo-player = ApsaraVideo Player
-apsaravideo-vod = ApsaraVideo VOD
-oss = Object Storage Service (OSS)
-vod = VOD
