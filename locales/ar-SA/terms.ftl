### المصطلحات المشتركة بين جميع رسائل هذه اللغة.

## اسم اللغة بلغتها، كما يعرضه الأمر `vod-errors locales`.

-language-name = العربية

## أسماء العلامات التجارية. تشير الرسائل إلى هذه المصطلحات بدلًا من كتابة الأسماء صراحةً.

-alibaba-cloud = Alibaba Cloud
-apsaravideo-vod = ApsaraVideo VOD
-vod = VOD
