### The error-code page: `cargo xtask docs` and `vod-errors list --format markdown`.

page-title = رموز الأخطاء
page-intro = يتناول هذا الموضوع رموز الأخطاء الشائعة. يمكنك تحديد سبب الخطأ بناءً على وصف رموز الأخطاء.
page-common-errors = الأخطاء الشائعة
column-code = رمز الخطأ
column-message = رسالة الخطأ
column-status = رمز حالة HTTP
column-description = الوصف
