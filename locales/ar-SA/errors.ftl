### رموز الأخطاء الشائعة في واجهة برمجة التطبيقات.
### كل رسالة هي رسالة الخطأ التي تعيدها واجهة برمجة التطبيقات، وتوضح السمة `.description` سببها.
### معرف الرسالة هو السلسلة النصية للرمز بصيغة kebab-case.

# MissingParameter (HTTP 400).
# المتغيرات:
#   $parameter (String) - اسم معلمة الطلب، مثل VideoId.
missing-parameter = لم يتم توفير معلمة الإدخال { $parameter } المطلوبة لمعالجة هذا الطلب.
    .description = تعاد رسالة الخطأ هذه عندما لا يتم تعيين معلمة مطلوبة.

# InvalidParameter (HTTP 400).
# المتغيرات:
#   $parameter (String) - اسم معلمة الطلب، مثل VideoId.
invalid-parameter = المعلمة المحددة { $parameter } غير صالحة.
    .description = تعاد رسالة الخطأ هذه عندما تكون المعلمة المحددة غير صالحة.

# OperationDenied (HTTP 403).
operation-denied = لم يتم تفعيل خدمة { -vod } لحسابك بعد.
    .description = تعاد رسالة الخطأ هذه عندما لا تكون خدمة { -apsaravideo-vod } مفعلة لحسابك.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = تم تعليق خدمة { -vod } الخاصة بك.
    .description = تعاد رسالة الخطأ هذه عندما تكون هناك مدفوعات متأخرة على حسابك في { -alibaba-cloud }. يرجى إضافة رصيد إلى حسابك.

# Forbidden (HTTP 403).
forbidden = المستخدم غير مصرح له بتنفيذ عمليات على المورد المحدد.
    .description = تعاد رسالة الخطأ هذه عندما لا يكون مصرحًا لك بتنفيذ العملية. في معظم الحالات، يحدث هذا الخطأ لأنه لم يتم منح حسابك الأذونات ذات الصلة. لمزيد من المعلومات، راجع [نظرة عامة](/intl.en-US/Developer Guide/Access authorization/Overview.md).

# InternalError (HTTP 500).
internal-error = فشلت معالجة الطلب بسبب خطأ غير معروف.
    .description = تعاد رسالة الخطأ هذه عندما يحدث خطأ غير معروف في الخلفية. يرجى إعادة المحاولة لاحقًا أو التواصل مع ممثلي خدمة العملاء.

# ServiceUnAvailable (HTTP 503).
service-un-available = فشل الطلب بسبب عطل مؤقت في الخادم.
    .description = تعاد رسالة الخطأ هذه عندما تكون الخدمة غير متاحة.
