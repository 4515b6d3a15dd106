### رموز أخطاء واجهة برمجة تطبيقات ApsaraVideo VOD باللغة العربية (المملكة العربية السعودية).
###
### كل رسالة هي رسالة الخطأ التي تعيدها واجهة برمجة التطبيقات، مترجمةً بمعناها؛ أما النص الإنجليزي الحرفي فهو في en-US.
### توضح السمة `.description` ما حدث وما يجب فعله. معرف الرسالة هو السلسلة النصية للرمز بصيغة kebab-case،
### مع `_` حيث يحتوي الرمز على نقطة، و`--` لرسالة بديلة ترسلها بعض العمليات للرمز نفسه.

# MissingParameter (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
missing-parameter = لم يتم توفير معلمة الإدخال { $parameter } المطلوبة لمعالجة هذا الطلب.
    .description = تعاد رسالة الخطأ هذه عندما لا يتم تعيين معلمة مطلوبة.

# MissingParameter, variant `domain-name-empty` (HTTP 400).
missing-parameter--domain-name-empty = لا يمكن أن تكون قيمة المعلمة DomainName فارغة.
    .description = لم يتم تحديد المعلمة DomainName، أو أن قيمتها فارغة.

# MissingParameter, variant `config-id-empty` (HTTP 400).
missing-parameter--config-id-empty = لا يمكن أن تكون قيمة المعلمة ConfigId فارغة.
    .description = لم يتم تحديد المعلمة ConfigId، أو أن قيمتها فارغة.

# MissingParameter, variant `time-range-half` (HTTP 400).
missing-parameter--time-range-half = لا يمكن تحديد إحدى المعلمتين StartTime وEndTime دون الأخرى.
    .description = تم تحديد إحدى المعلمتين StartTime وEndTime فقط. حدد كلتا المعلمتين أو لا تحدد أيًّا منهما.

# InvalidParameter (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
invalid-parameter = المعلمة { $parameter } المحددة غير صالحة.
    .description = تعاد رسالة الخطأ هذه عندما تكون المعلمة المحددة غير صالحة.

# InvalidParameter, variant `live-region` (HTTP 400).
invalid-parameter--live-region = توجد أخطاء في معلمات إضافة منطقة البث المباشر.
    .description = معلومات منطقة { -apsaravideo-live } المحددة لاسم النطاق غير صالحة.

# InvalidParameter, variant `media-type` (HTTP 400).
invalid-parameter--media-type = المعلمة MediaType المحددة غير صالحة.
    .description = قيمة المعلمة MediaType غير صالحة.

# InvalidParameter, variant `unspecified` (HTTP 400).
invalid-parameter--unspecified = توجد معلمة غير صالحة في الطلب.
    .description = معلمة واحدة أو أكثر غير صالحة.

# OperationDenied (HTTP 403).
operation-denied = لم يتم تفعيل خدمة { -vod } لحسابك بعد.
    .description = تعاد رسالة الخطأ هذه عندما لا تكون خدمة { -apsaravideo-vod } مفعلة لحسابك.

# OperationDenied, variant `vod-suspended` (HTTP 403).
operation-denied--vod-suspended = تم تعليق خدمة { -vod } الخاصة بك.
    .description = تم تعليق خدمة { -apsaravideo-vod } لحسابك في { -alibaba-cloud }.

# OperationDenied, variant `cdn-not-open` (HTTP 403).
operation-denied--cdn-not-open = لم يتم تفعيل خدمة CDN لحسابك بعد.
    .description = لم يتم تفعيل خدمة { -alibaba-cloud-cdn } لحسابك في { -alibaba-cloud }.

# OperationDenied, variant `cdn-suspended` (HTTP 403).
operation-denied--cdn-suspended = تم تعليق خدمة CDN الخاصة بك.
    .description = تم تعليق خدمة { -alibaba-cloud-cdn } لحسابك في { -alibaba-cloud }. إذا كانت على حسابك مدفوعات متأخرة، فأضف رصيدًا إليه.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = تم تعليق خدمة { -vod } الخاصة بك.
    .description = تعاد رسالة الخطأ هذه عندما تكون هناك مدفوعات متأخرة على حسابك في { -alibaba-cloud }. يرجى إضافة رصيد إلى حسابك.

# Forbidden (HTTP 403).
forbidden = المستخدم غير مصرح له بتنفيذ عمليات على المورد المحدد.
    .description = تعاد رسالة الخطأ هذه عندما لا يكون مصرحًا لك بتنفيذ العملية. في معظم الحالات، يحدث هذا الخطأ لأنه لم يتم منح حسابك الأذونات ذات الصلة. لمزيد من المعلومات، راجع [نظرة عامة](/intl.en-US/Developer Guide/Access authorization/Overview.md).

# InternalError (HTTP 500).
internal-error = فشلت معالجة الطلب بسبب خطأ غير معروف.
    .description = تعاد رسالة الخطأ هذه عندما يحدث خطأ غير معروف على جانب الخادم. يرجى إعادة المحاولة لاحقًا أو التواصل مع ممثلي خدمة العملاء.

# ServiceUnAvailable (HTTP 503).
service-un-available = فشل الطلب بسبب عطل مؤقت في الخادم.
    .description = تعاد رسالة الخطأ هذه عندما تكون الخدمة غير متاحة.

# LevelExceededMax (HTTP 400).
level-exceeded-max = تجاوز عدد مستويات الفئات الحد الأقصى.
    .description = بلغ عدد مستويات الفئات الحد الأقصى.

# SubTotalExceededMax (HTTP 400).
sub-total-exceeded-max = تجاوز العدد الإجمالي للفئات الفرعية الحد الأقصى.
    .description = بلغ عدد الفئات الفرعية في الفئة الحد الأقصى.

# InvalidCateId.NotFound (HTTP 404).
invalid-cate-id_not-found = الفئة المحددة في CateId غير موجودة.
    .description = الفئة المحددة أو الفئة الأصل غير موجودة.

# InvalidStorage.NotFound (HTTP 404).
invalid-storage_not-found = معلومات التخزين غير موجودة.
    .description = لم تخصص خدمة { -apsaravideo-vod } موقع تخزين لحسابك.

# InvalidStorage.NotFound, variant `storage-location` (HTTP 404).
invalid-storage_not-found--storage-location = موقع التخزين المحدد في StorageLocation غير موجود.
    .description = موقع التخزين المحدد غير موجود. تحقق من مواقع التخزين الخاصة بحسابك في وحدة تحكم { -apsaravideo-vod }.

# InvalidStorage.NotFound, variant `cannot-find` (HTTP 404).
invalid-storage_not-found--cannot-find = تعذر العثور على موقع التخزين.
    .description = موقع التخزين غير موجود.

# InvalidTranscodeTemplateGroup.NotFound (HTTP 404).
invalid-transcode-template-group_not-found = مجموعة قوالب تحويل الترميز غير موجودة.
    .description = مجموعة قوالب تحويل الترميز المحددة غير موجودة.

# InvalidTranscodeTemplateGroup.NotFound, variant `template` (HTTP 404).
invalid-transcode-template-group_not-found--template = قالب تحويل الترميز غير موجود.
    .description = مجموعة قوالب تحويل الترميز المحددة غير موجودة، أو أن أحد قوالب تحويل الترميز فيها غير موجود.

# Forbidden.LockedTemplateGroup (HTTP 403).
forbidden_locked-template-group = مجموعة قوالب تحويل الترميز مقفلة.
    .description = مجموعة قوالب تحويل الترميز مقفلة ولا يمكن إدارتها. لإدارتها، تواصل مع فريق الدعم الفني في { -alibaba-cloud }.

# Forbidden.SpecialTemplateGroup (HTTP 403).
forbidden_special-template-group = مجموعة قوالب تحويل الترميز مخصصة لغرض خاص.
    .description = مجموعة قوالب تحويل الترميز محجوزة لغرض خاص، مثل مجموعة القوالب "بدون تحويل ترميز" أو "التخزين فقط". لا يمكن إضافة قوالب تحويل ترميز إليها.

# TrasncodeTemplateGroupExceededMax (HTTP 400).
trasncode-template-group-exceeded-max = تجاوز عدد مجموعات قوالب تحويل الترميز الحد الأقصى.
    .description = بلغ عدد مجموعات قوالب تحويل الترميز الحد الأقصى البالغ 20.

# TranscodeTemplateExceededMax (HTTP 400).
transcode-template-exceeded-max = تجاوز عدد قوالب تحويل الترميز الحد الأقصى.
    .description = يتجاوز عدد قوالب تحويل الترميز في مجموعة قوالب تحويل الترميز الحد الأقصى. يمكن أن تحتوي مجموعة قوالب تحويل الترميز على 20 قالبًا لتحويل الترميز كحد أقصى.

# WatermarkExceededMax (HTTP 400).
watermark-exceeded-max = تجاوز عدد العلامات المائية الحد الأقصى.
    .description = يرتبط أحد قوالب تحويل الترميز في مجموعة قوالب تحويل الترميز بعدد كبير جدًا من العلامات المائية. يمكن ربط قالب تحويل الترميز بـ 4 علامات مائية كحد أقصى.

# InvalidDomainName.Malformed (HTTP 400).
invalid-domain-name_malformed = تنسيق المعلمة DomainName المحددة غير صالح.
    .description = قيمة المعلمة DomainName غير صالحة.

# InvalidDomainName.Malformed, variant `specific-value` (HTTP 400).
invalid-domain-name_malformed--specific-value = تنسيق القيمة المحددة للمعلمة DomainName غير صالح.
    .description = قيمة المعلمة DomainName غير صالحة أو غير مدعومة.

# InvalidCdnType.Malformed (HTTP 400).
invalid-cdn-type_malformed = تنسيق المعلمة CdnType المحددة غير صالح.
    .description = قيمة المعلمة CdnType غير صالحة.

# InvalidSourceType.Malformed (HTTP 400).
invalid-source-type_malformed = تنسيق المعلمة SourceType المحددة غير صالح.
    .description = قيمة المعلمة SourceType غير صالحة.

# InvalidSources.Malformed (HTTP 400).
invalid-sources_malformed = تنسيق المعلمة Sources المحددة غير صالح.
    .description = قيمة المعلمة Sources غير صالحة. أحد عناوين المصدر لا يتطابق مع نوع خادم المصدر الخاص به.

# InvalidScope.Malformed (HTTP 400).
invalid-scope_malformed = تنسيق المعلمة Scope المحددة غير صالح.
    .description = قيمة المعلمة Scope غير صالحة.

# InvaildParameter (HTTP 400).
invaild-parameter = تنسيق الشهادة التي قدمتها غير صالح.
    .description = شهادة تسريع HTTPS غير صالحة. ربما تجاوز الطول الإجمالي للشهادة والمفتاح الخاص الحد الأقصى.

# InvaildParameter, variant `domain-name` (HTTP 400).
invaild-parameter--domain-name = تنسيق القيمة المحددة للمعلمة DomainName غير صالح.
    .description = قيمة المعلمة DomainName غير صالحة.

# BusinessExist (HTTP 400).
business-exist = الطلب قيد المعالجة بالفعل، يرجى عدم تكرار الإرسال.
    .description = اسم النطاق قيد الإضافة بالفعل. لا ترسل الطلب مرة أخرى.

# DomainAlreadyExist (HTTP 400).
domain-already-exist = اسم النطاق هذا موجود بالفعل.
    .description = تمت إضافة اسم النطاق بالفعل.

# DomainOverLimit (HTTP 403).
domain-over-limit = تجاوز عدد أسماء النطاقات الحد الأقصى.
    .description = بلغ عدد أسماء النطاقات الحد الأقصى.

# DomainNotRegistration (HTTP 404).
domain-not-registration = لا يوجد تسجيل ICP لاسم النطاق.
    .description = لم يتم إكمال تسجيل ICP لاسم النطاق.

# IllegalOperation (HTTP 403).
illegal-operation = لا يُسمح بتنفيذ عمليات على اسم نطاق غير صالح.
    .description = لا يُسمح بتنفيذ العملية على اسم النطاق هذا، لأن اسم النطاق غير صالح أو لأنك غير مصرح لك بتنفيذ العملية.

# IllegalOperation, variant `illegal-domain` (HTTP 403).
illegal-operation--illegal-domain = اسم النطاق غير صالح، ولا يُسمح بتنفيذ العملية.
    .description = اسم النطاق غير صالح، لذا لا يُسمح بتنفيذ العملية.

# ServiceBusy (HTTP 403).
service-busy = جارٍ تكوين اسم النطاق المحدد، يرجى إعادة المحاولة لاحقًا.
    .description = جارٍ تكوين اسم النطاق. انتظر حتى يكتمل تكوين اسم النطاق، ثم أعد المحاولة.

# ServiceBusy, variant `retry-again` (HTTP 403).
service-busy--retry-again = جارٍ تكوين اسم النطاق المحدد، يرجى إعادة المحاولة مرة أخرى لاحقًا.
    .description = جارٍ تكوين اسم النطاق. انتظر حتى يكتمل تكوين اسم النطاق، ثم أعد المحاولة.

# InvalidDomain.NotFound (HTTP 404).
invalid-domain_not-found = اسم النطاق المقدم لا ينتمي إلى حسابك.
    .description = اسم النطاق المحدد غير موجود أو لا ينتمي إلى حسابك.

# InnerAddDomainDenied (HTTP 400).
inner-add-domain-denied = حسابك غير مرتبط بمعرف Aone، لذا لا يمكن إضافة اسم نطاق.
    .description = حسابك حساب داخلي غير مرتبط بمعرف Aone، لذا لا يمكنه إضافة أسماء نطاقات.

# ExtensiveAndAllBothExist (HTTP 400).
extensive-and-all-both-exist = لا يمكن أن يوجد اسم نطاق بحرف بدل واسم نطاق يبدأ بـ 'all.' في الوقت نفسه.
    .description = لا يمكن أن يوجد اسم نطاق بحرف بدل واسم نطاق يبدأ بـ 'all.' في الوقت نفسه.

# CdnTypeNotSupportExtensiveDomain (HTTP 400).
cdn-type-not-support-extensive-domain = أسماء النطاقات بحرف بدل غير مدعومة لنوع CDN هذا.
    .description = أسماء النطاقات بحرف بدل غير مدعومة لنوع الأعمال المحدد في CdnType.

# ExtensiveAndSpecificDomainConflict (HTTP 400).
extensive-and-specific-domain-conflict = لا يمكن الجمع بين اسم نطاق بحرف بدل واسم النطاق الدقيق المطابق له.
    .description = يتعارض اسم النطاق بحرف البدل مع اسم نطاق دقيق في المستوى نفسه. لا يمكن إضافة اسم نطاق بحرف بدل وأسماء النطاقات الدقيقة التي يطابقها معًا.

# InvalidRegion.Malformed (HTTP 400).
invalid-region_malformed = تنسيق المعلمة Region المحددة غير صالح.
    .description = قيمة المعلمة Region غير صالحة.

# InvalidResourceGroupId.Malformed (HTTP 400).
invalid-resource-group-id_malformed = تنسيق المعلمة ResourceGroupId المحددة غير صالح.
    .description = قيمة المعلمة ResourceGroupId غير صالحة.

# EntityNotExists.ResourceGroup (HTTP 400).
entity-not-exists_resource-group = مجموعة الموارد غير موجودة.
    .description = مجموعة الموارد المحددة غير موجودة.

# InvalidStatus.ResourceGroup (HTTP 400).
invalid-status_resource-group = لا يُسمح بتنفيذ هذه العملية بسبب الحالة الحالية لمجموعة الموارد.
    .description = لا تسمح الحالة الحالية لمجموعة الموارد بتنفيذ هذه العملية.

# InvalidPriorities.Malformed (HTTP 400).
invalid-priorities_malformed = عدد الأولويات لا يطابق عدد المصادر.
    .description = عدد الأولويات لا يطابق عدد خوادم المصدر. حدد أولوية واحدة لكل خادم مصدر.

# NotInternationRealIdentity (HTTP 400).
not-internation-real-identity = يجب عليك إكمال التحقق من الاسم الحقيقي لاستخدام الموارد في البر الرئيسي الصيني.
    .description = لم يُكمل حسابك التحقق من الاسم الحقيقي المطلوب لاستخدام الموارد في البر الرئيسي الصيني.

# NoSuchResource (HTTP 404).
# Variables:
#   $resource (String) - the resource that was not found, such as a watermark ID.
no-such-resource = المورد { $resource } المحدد غير موجود.
    .description = المورد المحدد غير موجود. تحدد رسالة الخطأ المورد، مثل معرف علامة مائية.

# NoSuchResource, variant `unnamed` (HTTP 404).
no-such-resource--unnamed = المورد المحدد غير موجود.
    .description = المورد المحدد، مثل صورة، غير موجود.

# OperationDenied.NotOpenAppService (HTTP 403).
operation-denied_not-open-app-service = لم يتم تفعيل خدمة التطبيقات.
    .description = لم يتم تفعيل خدمة التطبيقات المتعددة لحسابك.

# Forbidden.OperateApp (HTTP 403).
forbidden_operate-app = المستخدم غير مصرح له بإدارة التطبيق.
    .description = غير مصرح لك بإدارة التطبيق.

# InvalidFunctions.Malformed (HTTP 400).
invalid-functions_malformed = تنسيق المعلمة Functions المحددة غير صالح.
    .description = قيمة المعلمة Functions غير صالحة.

# InvalidFunctionName.ValueNotSupported (HTTP 400).
# Variables:
#   $function_name (String) - the name of the function that is not supported.
invalid-function-name_value-not-supported = الوظيفة { $function_name } المحددة في FunctionName غير مدعومة.
    .description = الميزة المحددة في FunctionName غير مدعومة.

# InvalidArgName.ValueNotSupported (HTTP 400).
# Variables:
#   $arg_name (String) - the name of the argument that is not supported.
invalid-arg-name_value-not-supported = الوسيطة { $arg_name } المحددة في ArgName غير مدعومة.
    .description = الوسيطة المحددة في ArgName غير مدعومة.

# InvalidArgValue.Malformed (HTTP 400).
invalid-arg-value_malformed = تنسيق الحقل ArgValue المحدد غير صالح.
    .description = قيمة الحقل ArgValue غير صالحة.

# AlreadyExist.AppName (HTTP 409).
already-exist_app-name = اسم التطبيق المحدد في AppName موجود بالفعل.
    .description = يوجد بالفعل تطبيق بالاسم المحدد في AppName.

# LimitExceeded.AppCount (HTTP 400).
limit-exceeded_app-count = تجاوز عدد التطبيقات 10.
    .description = بلغ عدد التطبيقات الحد الأقصى البالغ 10.

# InvalidFileName.Extension (HTTP 400).
invalid-file-name_extension = امتداد الملف المحدد في FileName غير صالح.
    .description = امتداد اسم الملف في المعلمة FileName غير صالح أو لا تدعمه خدمة { -apsaravideo-vod }.

# IllegalCharacters (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
illegal-characters = تحتوي المعلمة { $parameter } المحددة على رموز تعبيرية أو أحرف خاصة غير مسموح بها.
    .description = تحتوي قيمة إحدى المعلمات، مثل Title أو Description أو Tags، على رموز تعبيرية أو أحرف خاصة.

# LengthExceededMax (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
#   $max_length (Number) - the most bytes the parameter's value may have.
length-exceeded-max =
    تجاوز طول المعلمة { $parameter } المحددة { NUMBER($max_length) ->
        [zero] { NUMBER($max_length) } بايت
        [one] بايتًا واحدًا
        [two] بايتين
        [few] { NUMBER($max_length) } بايتات
        [many] { NUMBER($max_length) } بايتًا
       *[other] { NUMBER($max_length) } بايت
    }.
    .description = يتجاوز طول قيمة إحدى المعلمات، مثل Title أو Description أو Tags، الحد الأقصى المسموح به من البايتات. للاطلاع على الحد الخاص بكل معلمة، راجع وصف معلمات الطلب في العملية.

# TagsExceededMax (HTTP 400).
tags-exceeded-max = تجاوز عدد الوسوم المحددة في Tags الحد البالغ 16.
    .description = تم تحديد أكثر من 16 وسمًا للفيديو. يمكن أن يحتوي الفيديو على 16 وسمًا كحد أقصى.

# InvalidTemplateGroupId.NotFound (HTTP 404).
invalid-template-group-id_not-found = مجموعة القوالب المحددة في TemplateGroupId غير موجودة.
    .description = مجموعة قوالب تحويل الترميز المحددة في TemplateGroupId غير موجودة.

# Forbidden.InitFailed (HTTP 403).
forbidden_init-failed = فشلت تهيئة حسابك أثناء تفعيل الخدمة.
    .description = تعذرت تهيئة حسابك عند تفعيل الخدمة.

# AddVideoFailed (HTTP 503).
add-video-failed = فشلت إضافة الفيديو بسبب خطأ غير معروف.
    .description = لم يتم إنشاء الفيديو لتعذر توليد معرف له. يرجى إعادة المحاولة لاحقًا.

# Forbidden.ResourceNotEmpty (HTTP 403).
forbidden_resource-not-empty = لا يمكن حذف التطبيق لأنه لا يزال يحتوي على موارد.
    .description = لا يمكن حذف التطبيق لأنه لا يزال يحتوي على موارد. احذف الموارد أو انقلها إلى تطبيق آخر أولًا.

# InvalidMultipartUpload.NotFound (HTTP 400).
invalid-multipart-upload_not-found = عملية الرفع متعدد الأجزاء غير موجودة.
    .description = عملية الرفع متعدد الأجزاء أو أجزاؤها غير موجودة.

# InvalidVideo.NotFound (HTTP 404).
invalid-video_not-found = الفيديو غير موجود.
    .description = الفيديو المحدد غير موجود.

# InvalidVideo.NotFound, variant `not-exist` (HTTP 404).
invalid-video_not-found--not-exist = الفيديو غير موجود.
    .description = الفيديو المحدد غير موجود.

# InvalidFile.NotFound (HTTP 400).
invalid-file_not-found = الملف غير موجود.
    .description = ملف الفيديو، مثل الملف المصدر، غير موجود.

# AccessDenied (HTTP 400).
access-denied = تم رفض الوصول بموجب سياسة جهة التفويض.
    .description = خدمة { -apsaravideo-vod } غير مصرح لها بالوصول إلى حاوية { -oss } الخاصة بك، لذا تم رفض العملية.

# JobIdsExceededMax (HTTP 400).
job-ids-exceeded-max = تجاوز عدد المعرفات في JobIds الحد الأقصى.
    .description = يتجاوز عدد معرفات المهام في JobIds الحد الأقصى.

# InvalidStream.NotFound (HTTP 404).
invalid-stream_not-found = دفق الوسائط غير موجود.
    .description = دفق الوسائط غير موجود.

# DeleteStreamFailed (HTTP 503).
delete-stream-failed = فشل حذف دفق الوسائط بسبب خطأ غير معروف.
    .description = تعذر حذف دفق الوسائط بسبب خطأ غير معروف. يرجى إعادة المحاولة لاحقًا.

# Forbidden.DefaultTemplateGroup (HTTP 403).
forbidden_default-template-group = مجموعة قوالب تحويل الترميز هذه هي المجموعة الافتراضية.
    .description = مجموعة قوالب تحويل الترميز هذه هي مجموعة قوالب تحويل الترميز الافتراضية ولا يمكن حذفها.

# VideoIdsExceededMax (HTTP 400).
video-ids-exceeded-max = تجاوز عدد المعرفات في VideoIds الحد الأقصى.
    .description = يتجاوز عدد معرفات الفيديو في VideoIds الحد الأقصى.

# DeleteVideoFailed (HTTP 503).
delete-video-failed = فشل حذف الفيديو بسبب خطأ غير معروف.
    .description = تعذر حذف الفيديو بسبب خطأ غير معروف. يرجى إعادة المحاولة لاحقًا.

# Invalid%s.ValueNotSupported (HTTP 400).
# Variables:
#   $function_name (String) - the name of the function that is not supported.
invalid-any_value-not-supported = الوظيفة [{ $function_name }] المحددة في FunctionName غير مدعومة.
    .description = قيمة المعلمة FunctionName غير مدعومة.

# InvalidBizDate.Malformed (HTTP 400).
invalid-biz-date_malformed = تنسيق المعلمة BizDate المحددة غير صالح.
    .description = تنسيق المعلمة BizDate غير صالح. حدد الوقت بالتنسيق yyyy-MM-ddTHH:mm:ssZ وفق التوقيت العالمي المنسق (UTC).

# InvalidBizDate.BeyondCurrent (HTTP 400).
invalid-biz-date_beyond-current = الوقت المحدد في EndTime لاحق للوقت الحالي.
    .description = الوقت المحدد في BizDate لاحق للوقت الحالي.

# InvalidStartTime.Malformed (HTTP 400).
invalid-start-time_malformed = تنسيق المعلمة StartTime المحددة غير صالح.
    .description = تنسيق المعلمة StartTime غير صالح. حدد الوقت بالتنسيق yyyy-MM-ddTHH:mm:ssZ وفق التوقيت العالمي المنسق (UTC).

# InvalidStartTime.Malformed, variant `spelled-out` (HTTP 400).
invalid-start-time_malformed--spelled-out = تنسيق وقت البدء المحدد غير صالح.
    .description = تنسيق وقت البدء المحدد في StartTime غير صالح.

# InvalidEndTime.Malformed (HTTP 400).
invalid-end-time_malformed = تنسيق المعلمة EndTime المحددة غير صالح.
    .description = تنسيق المعلمة EndTime غير صالح. حدد الوقت بالتنسيق yyyy-MM-ddTHH:mm:ssZ وفق التوقيت العالمي المنسق (UTC).

# InvalidEndTime.Malformed, variant `spelled-out` (HTTP 400).
invalid-end-time_malformed--spelled-out = تنسيق وقت الانتهاء المحدد غير صالح.
    .description = تنسيق وقت الانتهاء المحدد في EndTime غير صالح.

# InvalidEndTime.BeyondCurrent (HTTP 400).
invalid-end-time_beyond-current = الوقت المحدد في EndTime لاحق للوقت الحالي.
    .description = الوقت المحدد في EndTime لاحق للوقت الحالي.

# InvalidEndTime.Mismatch (HTTP 400).
invalid-end-time_mismatch = قيمتا StartTime وEndTime غير متوافقتين.
    .description = النطاق الزمني المحدد بواسطة StartTime وEndTime غير صالح.

# InvalidEndTime.Mismatch, variant `does-not-math` (HTTP 400).
invalid-end-time_mismatch--does-not-math = قيمة EndTime المحددة لا تتوافق مع قيمة StartTime المحددة.
    .description = الوقت المحدد في EndTime أسبق من الوقت المحدد في StartTime.

# InvalidEndTime.Mismatch, variant `spelled-out` (HTTP 400).
invalid-end-time_mismatch--spelled-out = وقت الانتهاء المحدد لا يتوافق مع وقت البدء المحدد.
    .description = الوقت المحدد في EndTime أسبق من الوقت المحدد في StartTime.

# Throttling (HTTP 503).
throttling = تم رفض الطلب بسبب تقييد معدل الطلبات.
    .description = تم رفض الطلب بسبب تقييد معدل الطلبات. يرجى إعادة المحاولة لاحقًا.

# InvalidParameterAliUid (HTTP 400).
invalid-parameter-ali-uid = المعلمة AliUid غير صالحة.
    .description = قيمة المعلمة AliUid غير صالحة.

# InvalidParameterStartTime (HTTP 400).
invalid-parameter-start-time = المعلمة StartTime غير صالحة.
    .description = قيمة المعلمة StartTime غير صالحة.

# InvalidParameterEndTime (HTTP 400).
invalid-parameter-end-time = المعلمة EndTime غير صالحة.
    .description = قيمة المعلمة EndTime غير صالحة.

# InvalidTimeRange (HTTP 400).
invalid-time-range = يجب أن يكون النطاق الزمني بين StartTime وEndTime أقل من شهر واحد.
    .description = النطاق الزمني المحدد بواسطة StartTime وEndTime أطول من 31 يومًا.

# InvalidParameterRegion (HTTP 400).
invalid-parameter-region = المعلمة Region غير صالحة.
    .description = قيمة المعلمة Region غير صالحة.

# InvalidStartTime.ValueNotSupported (HTTP 400).
invalid-start-time_value-not-supported = القيمة المحددة للمعلمة StartTime غير مدعومة.
    .description = النطاق الزمني المحدد بواسطة StartTime وEndTime أطول من 90 يومًا.

# InvalidStartTime.ValueNotSupported, variant `end-time-mismatch` (HTTP 400).
invalid-start-time_value-not-supported--end-time-mismatch = وقت الانتهاء المحدد لا يتوافق مع وقت البدء المحدد.
    .description = النطاق الزمني المحدد بواسطة StartTime وEndTime أطول من 90 يومًا. رسالة الخطأ المرسلة مع هذا الرمز مضللة.

# DeleteFunctionFailed (HTTP 400).
delete-function-failed = فشل الحذف المجمع للوظائف.
    .description = فشل الحذف المجمع لتكوينات اسم النطاق.

# InvalidDomain.Offline (HTTP 404).
invalid-domain_offline = اسم النطاق المقدم متوقف عن العمل.
    .description = تم تعطيل اسم النطاق.

# InvalidDomain.Configure_failed (HTTP 500).
invalid-domain_configure-failed = فشل تكوين اسم النطاق المقدم.
    .description = تعذر تكوين اسم النطاق، لذا لا يمكن تنفيذ عمليات مثل التحديث والجلب المسبق عليه.

# InvalidParameterProduct (HTTP 400).
invalid-parameter-product = المعلمة Product غير صالحة.
    .description = قيمة المعلمة Product غير صالحة.

# InvalidParameterArea (HTTP 400).
invalid-parameter-area = المعلمة Area غير صالحة.
    .description = قيمة المعلمة Area غير صالحة.

# InvalidParameterField (HTTP 400).
invalid-parameter-field = المعلمة Field غير صالحة.
    .description = قيمة المعلمة Field غير صالحة.

# InvalidParameterInterval (HTTP 400).
invalid-parameter-interval = المعلمة Interval غير صالحة.
    .description = قيمة المعلمة Interval غير صالحة.

# InvalidTaskId.Malformed (HTTP 400).
invalid-task-id_malformed = تنسيق المعلمة TaskId المحددة غير صالح.
    .description = تنسيق المعلمة TaskId غير صالح.

# InvalidPageNumber.ValueNotSupported (HTTP 400).
invalid-page-number_value-not-supported = القيمة المحددة للمعلمة PageNumber غير مدعومة.
    .description = قيمة المعلمة PageNumber غير مدعومة.

# InvalidPageSize.ValueNotSupported (HTTP 400).
invalid-page-size_value-not-supported = القيمة المحددة للمعلمة PageSize غير مدعومة.
    .description = قيمة المعلمة PageSize غير مدعومة.

# InvalidDomainStatus.ValueNotSupported (HTTP 400).
invalid-domain-status_value-not-supported = القيمة المحددة للمعلمة DomainStatus غير مدعومة.
    .description = قيمة المعلمة DomainStatus غير مدعومة.

# InvalidDomainSearchType.ValueNotSupported (HTTP 400).
invalid-domain-search-type_value-not-supported = القيمة المحددة للمعلمة DomainSearchType غير مدعومة.
    .description = قيمة المعلمة DomainSearchType غير مدعومة.

# ExceededMax (HTTP 400).
exceeded-max = تجاوزت معلمة الإدخال MediaIds الحد المسموح به.
    .description = يتجاوز عدد معرفات أصول الوسائط المساعدة في MediaIds الحد الأقصى البالغ 20.

# Forbidden.IllegalStatus (HTTP 400).
forbidden_illegal-status = حالة الفيديو غير صالحة.
    .description = لا تسمح الحالة الحالية للفيديو بتنفيذ العملية. تعتمد الحالات المسموح بها على العملية: على سبيل المثال، لا يمكن تحويل ترميز مقاطع الفيديو إلا إذا كانت حالتها UploadSucc أو Normal أو Checking.

# Forbidden.IllegalStatus, variant `current-status` (HTTP 400).
# Variables:
#   $status (String) - the video's current status, such as Blocked.
forbidden_illegal-status--current-status = حالة الفيديو غير صالحة. الحالة الحالية هي { $status }.
    .description = لا يمكن تشغيل الفيديو في حالته الحالية. لا يمكن تشغيل مقاطع الفيديو إلا إذا كانت حالتها Normal.

# InvalidVideo.NoneStream (HTTP 404).
invalid-video_none-stream = لا يحتوي الفيديو على دفق قابل للتشغيل يطابق معلمة الطلب 'Formats: mp4, Definition: LD, StreamType: video'.
    .description = لا يوجد للفيديو أي دفق وسائط تم تحويل ترميزه يطابق معايير التصفية في الطلب، مثل التنسيق والدقة. تحقق من أن إعدادات تحويل الترميز تطابق معايير التصفية.

# Forbidden.AliyunVoDEncryption (HTTP 403).
forbidden_aliyun-vo-d-encryption = لا يوجد حاليًا سوى دفق AliyunVoDEncryption، لذا يجب تشغيله باستخدام { -apsaravideo-player } أو تعيين قيمة ResultType على Multiple.
    .description = لا يحتوي الفيديو إلا على دفقات وسائط مشفرة بتقنية التشفير الخاصة بـ { -alibaba-cloud }. قم بتشغيلها باستخدام { -apsaravideo-player }، أو عيِّن ResultType على Multiple.

# LimitExceeded.MediaIds (HTTP 400).
limit-exceeded_media-ids = تجاوزت معلمة الإدخال MediaIds الحد المسموح به.
    .description = يتجاوز عدد معرفات أصول الوسائط في MediaIds الحد الأقصى البالغ 20.

# VideoListExceededMax (HTTP 400).
video-list-exceeded-max = تجاوزت قائمة مقاطع الفيديو الحد الأقصى.
    .description = يتجاوز العدد الإجمالي للنتائج المطلوب عرضها على صفحات الحد الأقصى.

# SecurityIp.NotFound (HTTP 404).
security-ip_not-found = عنوان IP الخاص بأمان المراجعة غير موجود.
    .description = لم يتم العثور على أي عناوين IP في مجموعة أمان المراجعة.

# ListSecurityIpFailed (HTTP 500).
list-security-ip-failed = فشل سرد عناوين IP الخاصة بأمان المراجعة بسبب خطأ غير معروف.
    .description = تعذر الاستعلام عن عناوين IP في مجموعة أمان المراجعة بسبب خطأ غير معروف. يرجى إعادة المحاولة لاحقًا.

# IpsIsEmpty (HTTP 400).
ips-is-empty = لا يمكن أن تكون قيمة Ips المحددة فارغة.
    .description = لم يتم تحديد المعلمة Ips، أو أن قيمتها فارغة.

# IpsIsEmpty, variant `curly-quotes` (HTTP 400).
ips-is-empty--curly-quotes = لا يمكن أن تكون قيمة Ips المحددة فارغة.
    .description = لم يتم تحديد المعلمة Ips، أو أن قيمتها فارغة.

# IpsExceededMax (HTTP 403).
ips-exceeded-max = تجاوز عدد عناوين IP المحددة في Ips الحد البالغ 100.
    .description = يتجاوز عدد عناوين IP الحد الأقصى. يمكن أن تحتوي مجموعة أمان المراجعة على 100 عنوان IP كحد أقصى.

# SecurityIpGroupExceededMax (HTTP 403).
security-ip-group-exceeded-max = تجاوز عدد مجموعات أمان المراجعة 10.
    .description = يتجاوز عدد مجموعات أمان المراجعة الحد الأقصى البالغ 10.

# Forbidden.OperateAppResource (HTTP 403).
forbidden_operate-app-resource = أذونات التطبيق غير صالحة لتنفيذ عمليات على المورد المحدد.
    .description = غير مصرح لك بإدارة الموارد في التطبيق الوجهة.

# QuotaExceeded.Refresh (HTTP 400).
quota-exceeded_refresh = لقد تجاوزت الحد المقرر لعمليات التحديث.
    .description = تم بلوغ الحصة اليومية لعمليات تحديث المحتوى أو الجلب المسبق له.

# PreloadQueueFull (HTTP 403).
preload-queue-full = قائمة انتظار الجلب المسبق ممتلئة، يرجى إعادة المحاولة لاحقًا.
    .description = قائمة انتظار الجلب المسبق ممتلئة لأن عدد عناوين URL قيد الجلب المسبق لاسم النطاق بلغ الحد الأقصى. يرجى إعادة المحاولة لاحقًا.

# InvalidObjectPath.Malformed (HTTP 400).
invalid-object-path_malformed = تنسيق القيمة المحددة للمعلمة ObjectPath غير صالح.
    .description = تنسيق المعلمة ObjectPath غير صالح.

# InvalidExtensiveDomain.ValueNotSupported (HTTP 400).
invalid-extensive-domain_value-not-supported = أسماء النطاقات بحرف بدل غير مدعومة.
    .description = اسم النطاق هو اسم نطاق بحرف بدل، وهذه العملية لا تدعمه.

# InvalidObjectPath.Size.Malformed (HTTP 400).
invalid-object-path_size_malformed = عدد عناوين URL في ObjectPath أكبر من 1000.
    .description = تحتوي المعلمة ObjectPath على أكثر من 1000 عنوان URL. يمكنك إجراء الجلب المسبق لما يصل إلى 1000 عنوان URL في المرة الواحدة.

# InvalidVideo.Damaged (HTTP 400).
invalid-video_damaged = الفيديو تالف.
    .description = لم يتم إنشاء الفيديو بشكل صحيح، أو أنه تالف.

# InvalidObjectType.ValueNotSupported (HTTP 400).
invalid-object-type_value-not-supported = القيمة المحددة لـ "<ObjectType>" غير مدعومة.
    .description = قيمة المعلمة ObjectType غير مدعومة.

# QuotaPerMinuteExceeded.Refresh (HTTP 400).
quota-per-minute-exceeded_refresh = لقد تجاوزت الحد المقرر لعمليات التحديث في الدقيقة.
    .description = بلغ عدد طلبات التحديث الحد الأقصى المسموح به في الدقيقة. يرجى إعادة المحاولة لاحقًا.

# SortByExceededMax (HTTP 400).
sort-by-exceeded-max = لا تدعم المعلمة SortBy سوى حقل فرز واحد عند استعراض جميع البيانات.
    .description = تحدد المعلمة SortBy أكثر من حقل فرز واحد. عند استعراض جميع البيانات، يمكنك الفرز حسب حقل واحد فقط.

# ErrorMatchSyntax (HTTP 400).
# Variables:
#   $field (String) - the field of the Match expression that has the error.
error-match-syntax = صيغة المعلمة Match.{ $field } غير صحيحة، يرجى التحقق منها.
    .description = صيغة المعلمة Match غير صالحة. تحقق من الصيغة وأعد المحاولة.

# InvalidScrollToken.Expired (HTTP 400).
invalid-scroll-token_expired = انتهت صلاحية ScrollToken، يرجى تحديثه.
    .description = انتهت صلاحية قيمة المعلمة ScrollToken. استعلم عن البيانات مرة أخرى بدءًا من الصفحة 1.

# InvalidSSLProtocol.ValueNotSupported (HTTP 400).
invalid-ssl-protocol_value-not-supported = القيمة المحددة للمعلمة Enable غير مدعومة.
    .description = قيمة المعلمة SSLProtocol غير مدعومة.

# SSLPub.MissingParameter (HTTP 400).
ssl-pub_missing-parameter = لم يتم توفير معلمة الإدخال SSLPub المطلوبة لمعالجة الطلب.
    .description = لم يتم تحديد المعلمة SSLPub التي تحتوي على محتوى الشهادة.

# SSLPri.MissingParameter (HTTP 400).
ssl-pri_missing-parameter = لم يتم توفير معلمة الإدخال SSLPri المطلوبة لمعالجة الطلب.
    .description = لم يتم تحديد المعلمة SSLPri التي تحتوي على المفتاح الخاص.

# InvalidCertificate (HTTP 400).
invalid-certificate = تنسيق الشهادة التي قدمتها غير صالح.
    .description = محتوى الشهادة غير صالح.

# InvalidSSLPri (HTTP 400).
invalid-ssl-pri = تنسيق قيمة SSLPri التي قدمتها غير صالح.
    .description = المفتاح الخاص غير صالح.

# Certificate.MissMatch (HTTP 400).
certificate_miss-match = قيمة SSLPri لا تتطابق مع الشهادة المحددة.
    .description = المفتاح الخاص لا يتطابق مع الشهادة.

# InvalidCertificate.TooLong (HTTP 400).
invalid-certificate_too-long = تتجاوز الشهادة التي قدمتها الحد الأقصى للطول.
    .description = يتجاوز محتوى الشهادة الحد الأقصى للطول.

# InvalidCertName.TooLong (HTTP 400).
invalid-cert-name_too-long = يتجاوز اسم الشهادة الذي قدمته الحد الأقصى للطول البالغ 128.
    .description = يزيد طول اسم الشهادة على 128 حرفًا.

# SetDomainSSLPub.ParameterError (HTTP 400).
set-domain-ssl-pub_parameter-error = توجد أخطاء في المعلمات.
    .description = معلمة واحدة أو أكثر من معلمات تعيين الشهادة غير صالحة.

# Certificate.StatusError (HTTP 400).
certificate_status-error = الشهادة غير موجودة، أو أن حالتها غير صالحة.
    .description = الشهادة غير موجودة، أو أن حالتها غير صالحة.

# Certificate.StatusError, variant `status-only` (HTTP 400).
certificate_status-error--status-only = حالة الشهادة غير صالحة.
    .description = حالة الشهادة غير صالحة.

# DeleteFailed (HTTP 400).
delete-failed = فشل حذف الشهادة.
    .description = تعذر حذف الشهادة.

# Certificate.NotFind (HTTP 400).
certificate_not-find = لم يتم العثور على معلومات الشهادة.
    .description = لم يتم العثور على الشهادة.

# Certificate.Duplicated (HTTP 400).
certificate_duplicated = اسم الشهادة مكرر.
    .description = توجد بالفعل شهادة بالاسم نفسه.

# Certificate.FormatError (HTTP 400).
certificate_format-error = تنسيق الشهادة غير صالح.
    .description = تنسيق الشهادة غير صالح.

# Certificate.KeyNull (HTTP 400).
certificate_key-null = لا يمكن أن تكون قيمة SSLPri فارغة.
    .description = لم يتم تحديد المفتاح الخاص.

# SSLPri.Malformed (HTTP 400).
ssl-pri_malformed = تنسيق SSLPri غير صالح.
    .description = تنسيق المفتاح الخاص غير صالح.

# Certificate.NotPermittedOff (HTTP 400).
certificate_not-permitted-off = سيؤدي إيقاف تشغيل الشهادة إلى تغيير توجيه حركة المرور لاسم النطاق، يرجى التواصل مع خدمة العملاء.
    .description = لا يُسمح بتعطيل الشهادة لأن ذلك سيؤثر في توجيه حركة المرور لاسم النطاق. تواصل مع فريق الدعم الفني في { -alibaba-cloud }.

# Certificate.SettedNotEffect (HTTP 400).
certificate_setted-not-effect = تم تعيين الشهادة بنجاح، لكنها لم تدخل حيز التنفيذ بعد حمايةً لخدمتك الحالية، يرجى التواصل مع خدمة العملاء.
    .description = تم تكوين الشهادة، لكنها لم تدخل حيز التنفيذ بعد، وذلك لحماية خدمتك الحالية. لتفعيلها، تواصل مع فريق الدعم الفني في { -alibaba-cloud }.

# InvalidSource.Content.Malformed (HTTP 400).
invalid-source_content_malformed = تنسيق عنوان المصدر المحدد غير صالح.
    .description = عنوان المصدر غير صالح.

# InvalidSource.Type.Malformed (HTTP 400).
invalid-source_type_malformed = تنسيق نوع خادم المصدر المحدد غير صالح.
    .description = نوع خادم المصدر غير صالح.

# InvalidTypeContent.Mismatch (HTTP 400).
invalid-type-content_mismatch = نوع خادم المصدر المحدد لا يتطابق مع عنوان المصدر المحدد.
    .description = عنوان المصدر لا يتطابق مع نوع خادم المصدر.

# InvalidSource.Priority.Malformed (HTTP 400).
invalid-source_priority_malformed = تنسيق أولوية خادم المصدر المحددة غير صالح.
    .description = أولوية خادم المصدر غير صالحة.

# InvalidParameter.UploadURLs (HTTP 400).
invalid-parameter_upload-urls = المعلمة UploadURLs المحددة غير صالحة.
    .description = قيمة المعلمة UploadURLs غير صالحة.
