### صفحات رموز الأخطاء: `cargo xtask docs` و`vod-errors list --format markdown` ومركز الأخطاء على الويب.

## The common errors page, in the words of the source page.

page-title = رموز الأخطاء
page-intro = توضح هذه المقالة رموز الأخطاء الشائعة. يمكنك تحديد سبب الخطأ بناءً على وصف رموز الأخطاء.
page-common-errors = الأخطاء الشائعة
column-code = رمز الخطأ
column-message = رسالة الخطأ
column-status = رمز حالة HTTP
column-description = الوصف

## The index of every code and the errors of each operation.

page-all-codes = جميع رموز الأخطاء
page-all-codes-intro = جميع رموز الأخطاء التي يوثقها مرجع واجهة برمجة تطبيقات { -apsaravideo-vod }، مع رمز حالة HTTP المعتاد ورسالة الخطأ لكل منها.
page-operations = الأخطاء حسب العملية
page-operations-intro = الأخطاء التي يوثقها المرجع لكل عملية من عمليات واجهة برمجة التطبيقات، مع رمز حالة HTTP ورسالة الخطأ اللذين تعيدهما العملية.
page-placeholder-note = يمثل الاسم الموضوع بين قوسين زاويين، مثل <parameter>، قيمةً تملؤها واجهة برمجة التطبيقات.
column-operation = العملية
column-operations = العمليات

## The web error centre.

site-title = رموز أخطاء { -apsaravideo-vod }
site-search-label = البحث في رموز الأخطاء
site-search-hint = اكتب رمزًا، أو كلمات من رسالة خطأ، أو اسم عملية.
site-search-empty = لا يوجد رمز خطأ يطابق بحثك.
site-language = اللغة
site-all-codes = جميع رموز الأخطاء
site-all-operations = جميع العمليات
site-usual-status = رمز حالة HTTP المعتاد
site-returned-by = العمليات التي تعيد هذا الخطأ
site-returned-by-none = لا تذكر أي صفحة عملية في مرجع واجهة برمجة التطبيقات هذا الخطأ؛ ويمكن لأي عملية أن تعيده.
site-family = العائلة
site-family-none = لا ينتمي هذا الرمز إلى أي عائلة رموز.
site-family-members = رموز أخرى في العائلة نفسها
site-retryable = قد ينجح إرسال الطلب نفسه مرة أخرى لاحقًا.
site-not-retryable = سيفشل إرسال الطلب نفسه مرة أخرى بالطريقة نفسها.
site-troubleshoot = تشخيص هذا الخطأ وحله باستخدام { -alibaba-cloud } OpenAPI
site-doubtful = مشكوك فيه: يُدرج المصدر هذا الخطأ هنا، لكن يبدو أن الصف منسوخ من عملية أخرى.
site-operation-errors = الأخطاء التي تعيدها هذه العملية
site-message-variants = رسائل أخرى لهذا الرمز
