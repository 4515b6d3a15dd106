### ApsaraVideo VOD API के त्रुटि कोड, हिन्दी (भारत) में।
###
### प्रत्येक संदेश वह त्रुटि संदेश है जो API लौटाता है, उसके अर्थ के अनुसार अनूदित; मूल अंग्रेज़ी पाठ en-US में है।
### उसका `.description` बताता है कि क्या हुआ और क्या करना है। संदेश ID कोड की वायर स्ट्रिंग का kebab-case रूप है,
### जहाँ कोड में बिंदु है वहाँ `_` के साथ; `--` वाला ID उसी कोड का एक वैरिएंट संदेश है, जिसे कुछ ऑपरेशन भेजते हैं।

# MissingParameter (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
missing-parameter = इस अनुरोध को प्रोसेस करने के लिए आवश्यक इनपुट पैरामीटर { $parameter } प्रदान नहीं किया गया है।
    .description = यह त्रुटि संदेश तब लौटाया जाता है जब कोई आवश्यक पैरामीटर सेट नहीं किया गया हो।

# MissingParameter, variant `domain-name-empty` (HTTP 400).
missing-parameter--domain-name-empty = DomainName पैरामीटर का निर्दिष्ट मान खाली नहीं हो सकता।
    .description = DomainName पैरामीटर निर्दिष्ट नहीं किया गया है या खाली है।

# MissingParameter, variant `config-id-empty` (HTTP 400).
missing-parameter--config-id-empty = ConfigId पैरामीटर का निर्दिष्ट मान खाली नहीं हो सकता।
    .description = ConfigId पैरामीटर निर्दिष्ट नहीं किया गया है या खाली है।

# MissingParameter, variant `time-range-half` (HTTP 400).
missing-parameter--time-range-half = StartTime और EndTime में से केवल एक को निर्दिष्ट नहीं किया जा सकता।
    .description = StartTime और EndTime में से केवल एक निर्दिष्ट किया गया है। दोनों पैरामीटर निर्दिष्ट करें या दोनों में से कोई भी निर्दिष्ट न करें।

# InvalidParameter (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
invalid-parameter = निर्दिष्ट पैरामीटर { $parameter } मान्य नहीं है।
    .description = यह त्रुटि संदेश तब लौटाया जाता है जब निर्दिष्ट पैरामीटर मान्य न हो।

# InvalidParameter, variant `live-region` (HTTP 400).
invalid-parameter--live-region = जोड़े गए लाइव क्षेत्र पैरामीटर में त्रुटि है।
    .description = डोमेन नाम के लिए निर्दिष्ट { -apsaravideo-live } क्षेत्र की जानकारी अमान्य है।

# InvalidParameter, variant `media-type` (HTTP 400).
invalid-parameter--media-type = निर्दिष्ट MediaType पैरामीटर अमान्य है।
    .description = MediaType पैरामीटर का मान अमान्य है।

# InvalidParameter, variant `unspecified` (HTTP 400).
invalid-parameter--unspecified = अनुरोध में कोई पैरामीटर अमान्य है।
    .description = एक या अधिक पैरामीटर अमान्य हैं।

# OperationDenied (HTTP 403).
operation-denied = आपके खाते के लिए { -vod } सेवा अभी तक सक्रिय नहीं की गई है।
    .description = यह त्रुटि संदेश तब लौटाया जाता है जब आपके खाते के लिए { -apsaravideo-vod } सक्रिय न किया गया हो।

# OperationDenied, variant `vod-suspended` (HTTP 403).
operation-denied--vod-suspended = आपकी { -vod } सेवा निलंबित कर दी गई है।
    .description = आपके { -alibaba-cloud } खाते के लिए { -apsaravideo-vod } निलंबित कर दिया गया है।

# OperationDenied, variant `cdn-not-open` (HTTP 403).
operation-denied--cdn-not-open = आपके खाते के लिए CDN सेवा अभी तक सक्रिय नहीं की गई है।
    .description = आपके { -alibaba-cloud } खाते के लिए { -alibaba-cloud-cdn } सक्रिय नहीं किया गया है।

# OperationDenied, variant `cdn-suspended` (HTTP 403).
operation-denied--cdn-suspended = आपकी CDN सेवा निलंबित कर दी गई है।
    .description = आपके { -alibaba-cloud } खाते के लिए { -alibaba-cloud-cdn } निलंबित कर दिया गया है। यदि खाते पर बकाया भुगतान है, तो उसमें राशि जोड़ें।

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = आपकी { -vod } सेवा निलंबित कर दी गई है।
    .description = यह त्रुटि संदेश तब लौटाया जाता है जब आपके { -alibaba-cloud } खाते पर बकाया भुगतान हो। कृपया अपने खाते में राशि जोड़ें।

# Forbidden (HTTP 403).
forbidden = उपयोगकर्ता निर्दिष्ट संसाधन पर ऑपरेशन करने के लिए अधिकृत नहीं है।
    .description = यह त्रुटि संदेश तब लौटाया जाता है जब आप यह ऑपरेशन करने के लिए अधिकृत न हों। अधिकांश मामलों में यह त्रुटि इसलिए होती है क्योंकि आपके खाते को संबंधित अनुमतियाँ नहीं दी गई हैं। अधिक जानकारी के लिए [अवलोकन](/intl.en-US/Developer Guide/Access authorization/Overview.md) देखें।

# InternalError (HTTP 500).
internal-error = किसी अज्ञात त्रुटि के कारण अनुरोध की प्रोसेसिंग विफल हो गई।
    .description = यह त्रुटि संदेश तब लौटाया जाता है जब सर्वर पर कोई अज्ञात त्रुटि हुई हो। कृपया बाद में पुनः प्रयास करें या ग्राहक सेवा प्रतिनिधियों से संपर्क करें।

# ServiceUnAvailable (HTTP 503).
service-un-available = सर्वर में अस्थायी खराबी के कारण अनुरोध विफल हो गया।
    .description = यह त्रुटि संदेश तब लौटाया जाता है जब सेवा उपलब्ध न हो।

# LevelExceededMax (HTTP 400).
level-exceeded-max = श्रेणियों के स्तरों की संख्या अधिकतम सीमा से अधिक हो गई है।
    .description = श्रेणी स्तरों की संख्या सीमा तक पहुँच गई है।

# SubTotalExceededMax (HTTP 400).
sub-total-exceeded-max = उप-श्रेणियों की कुल संख्या अधिकतम सीमा से अधिक हो गई है।
    .description = श्रेणी में उप-श्रेणियों की संख्या सीमा तक पहुँच गई है।

# InvalidCateId.NotFound (HTTP 404).
invalid-cate-id_not-found = CateId द्वारा निर्दिष्ट श्रेणी मौजूद नहीं है।
    .description = निर्दिष्ट श्रेणी या पैरेंट श्रेणी मौजूद नहीं है।

# InvalidStorage.NotFound (HTTP 404).
invalid-storage_not-found = स्टोरेज की जानकारी मौजूद नहीं है।
    .description = { -apsaravideo-vod } ने आपके खाते को कोई स्टोरेज स्थान आवंटित नहीं किया है।

# InvalidStorage.NotFound, variant `storage-location` (HTTP 404).
invalid-storage_not-found--storage-location = StorageLocation द्वारा निर्दिष्ट स्टोरेज स्थान मौजूद नहीं है।
    .description = निर्दिष्ट स्टोरेज स्थान मौजूद नहीं है। { -apsaravideo-vod } कंसोल में अपने खाते के स्टोरेज स्थान जाँचें।

# InvalidStorage.NotFound, variant `cannot-find` (HTTP 404).
invalid-storage_not-found--cannot-find = स्टोरेज स्थान नहीं मिला।
    .description = स्टोरेज स्थान मौजूद नहीं है।

# InvalidTranscodeTemplateGroup.NotFound (HTTP 404).
invalid-transcode-template-group_not-found = ट्रांसकोडिंग टेम्पलेट समूह मौजूद नहीं है।
    .description = निर्दिष्ट ट्रांसकोडिंग टेम्पलेट समूह मौजूद नहीं है।

# InvalidTranscodeTemplateGroup.NotFound, variant `template` (HTTP 404).
invalid-transcode-template-group_not-found--template = ट्रांसकोडिंग टेम्पलेट मौजूद नहीं है।
    .description = निर्दिष्ट ट्रांसकोडिंग टेम्पलेट समूह या उसका कोई ट्रांसकोडिंग टेम्पलेट मौजूद नहीं है।

# Forbidden.LockedTemplateGroup (HTTP 403).
forbidden_locked-template-group = ट्रांसकोडिंग टेम्पलेट समूह लॉक कर दिया गया है।
    .description = ट्रांसकोडिंग टेम्पलेट समूह लॉक है और उसे प्रबंधित नहीं किया जा सकता। इसे प्रबंधित करने के लिए { -alibaba-cloud } तकनीकी सहायता से संपर्क करें।

# Forbidden.SpecialTemplateGroup (HTTP 403).
forbidden_special-template-group = ट्रांसकोडिंग टेम्पलेट समूह किसी विशेष उद्देश्य के लिए उपयोग किया जा रहा है।
    .description = ट्रांसकोडिंग टेम्पलेट समूह किसी विशेष उद्देश्य के लिए आरक्षित है, जैसे "ट्रांसकोडिंग नहीं" या "केवल स्टोरेज" टेम्पलेट समूह। इसमें ट्रांसकोडिंग टेम्पलेट नहीं जोड़े जा सकते।

# TrasncodeTemplateGroupExceededMax (HTTP 400).
trasncode-template-group-exceeded-max = ट्रांसकोडिंग टेम्पलेट समूहों की संख्या अधिकतम सीमा से अधिक हो गई है।
    .description = ट्रांसकोडिंग टेम्पलेट समूहों की संख्या 20 की सीमा तक पहुँच गई है।

# TranscodeTemplateExceededMax (HTTP 400).
transcode-template-exceeded-max = ट्रांसकोडिंग टेम्पलेट की संख्या अधिकतम सीमा से अधिक हो गई है।
    .description = ट्रांसकोडिंग टेम्पलेट समूह में ट्रांसकोडिंग टेम्पलेट की संख्या सीमा से अधिक है। एक ट्रांसकोडिंग टेम्पलेट समूह में अधिकतम 20 ट्रांसकोडिंग टेम्पलेट हो सकते हैं।

# WatermarkExceededMax (HTTP 400).
watermark-exceeded-max = वॉटरमार्क की संख्या अधिकतम सीमा से अधिक हो गई है।
    .description = ट्रांसकोडिंग टेम्पलेट समूह के किसी ट्रांसकोडिंग टेम्पलेट से बहुत अधिक वॉटरमार्क संबद्ध हैं। एक ट्रांसकोडिंग टेम्पलेट से अधिकतम 4 वॉटरमार्क संबद्ध किए जा सकते हैं।

# InvalidDomainName.Malformed (HTTP 400).
invalid-domain-name_malformed = निर्दिष्ट DomainName का फ़ॉर्मेट अमान्य है।
    .description = DomainName पैरामीटर का मान अमान्य है।

# InvalidDomainName.Malformed, variant `specific-value` (HTTP 400).
invalid-domain-name_malformed--specific-value = DomainName पैरामीटर के निर्दिष्ट मान का फ़ॉर्मेट अमान्य है।
    .description = DomainName पैरामीटर का मान अमान्य है या समर्थित नहीं है।

# InvalidCdnType.Malformed (HTTP 400).
invalid-cdn-type_malformed = निर्दिष्ट CdnType का फ़ॉर्मेट अमान्य है।
    .description = CdnType पैरामीटर का मान अमान्य है।

# InvalidSourceType.Malformed (HTTP 400).
invalid-source-type_malformed = निर्दिष्ट SourceType का फ़ॉर्मेट अमान्य है।
    .description = SourceType पैरामीटर का मान अमान्य है।

# InvalidSources.Malformed (HTTP 400).
invalid-sources_malformed = निर्दिष्ट Sources का फ़ॉर्मेट अमान्य है।
    .description = Sources पैरामीटर का मान अमान्य है। कोई ओरिजिन पता अपने ओरिजिन सर्वर के प्रकार से मेल नहीं खाता।

# InvalidScope.Malformed (HTTP 400).
invalid-scope_malformed = निर्दिष्ट Scope का फ़ॉर्मेट अमान्य है।
    .description = Scope पैरामीटर का मान अमान्य है।

# InvaildParameter (HTTP 400).
invaild-parameter = आपके द्वारा प्रदान किए गए प्रमाणपत्र का फ़ॉर्मेट अमान्य है।
    .description = HTTPS एक्सेलेरेशन के लिए प्रमाणपत्र अमान्य है। संभव है कि प्रमाणपत्र और निजी कुंजी की कुल लंबाई सीमा से अधिक हो।

# InvaildParameter, variant `domain-name` (HTTP 400).
invaild-parameter--domain-name = DomainName पैरामीटर के निर्दिष्ट मान का फ़ॉर्मेट अमान्य है।
    .description = DomainName पैरामीटर का मान अमान्य है।

# BusinessExist (HTTP 400).
business-exist = यह अनुरोध पहले से प्रोसेस किया जा रहा है, कृपया इसे दोबारा सबमिट न करें।
    .description = डोमेन नाम पहले से जोड़ा जा रहा है। अनुरोध दोबारा सबमिट न करें।

# DomainAlreadyExist (HTTP 400).
domain-already-exist = यह डोमेन नाम पहले से मौजूद है।
    .description = डोमेन नाम पहले ही जोड़ा जा चुका है।

# DomainOverLimit (HTTP 403).
domain-over-limit = डोमेन नामों की संख्या सीमा से अधिक हो गई है।
    .description = डोमेन नामों की संख्या सीमा तक पहुँच गई है।

# DomainNotRegistration (HTTP 404).
domain-not-registration = डोमेन नाम की ICP फ़ाइलिंग नहीं हुई है।
    .description = डोमेन नाम की ICP फ़ाइलिंग नहीं हुई है।

# IllegalOperation (HTTP 403).
illegal-operation = अमान्य डोमेन नाम पर ऑपरेशन करने की अनुमति नहीं है।
    .description = इस डोमेन नाम पर ऑपरेशन करने की अनुमति नहीं है, क्योंकि डोमेन नाम अमान्य है या आप यह ऑपरेशन करने के लिए अधिकृत नहीं हैं।

# IllegalOperation, variant `illegal-domain` (HTTP 403).
illegal-operation--illegal-domain = डोमेन नाम अमान्य है, ऑपरेशन करने की अनुमति नहीं है।
    .description = डोमेन नाम अमान्य है, इसलिए ऑपरेशन करने की अनुमति नहीं है।

# ServiceBusy (HTTP 403).
service-busy = निर्दिष्ट डोमेन नाम कॉन्फ़िगर किया जा रहा है, कृपया बाद में पुनः प्रयास करें।
    .description = डोमेन नाम कॉन्फ़िगर किया जा रहा है। डोमेन नाम का कॉन्फ़िगरेशन पूरा होने तक प्रतीक्षा करें, फिर पुनः प्रयास करें।

# ServiceBusy, variant `retry-again` (HTTP 403).
service-busy--retry-again = निर्दिष्ट डोमेन नाम कॉन्फ़िगर किया जा रहा है, कृपया कुछ समय बाद फिर से प्रयास करें।
    .description = डोमेन नाम कॉन्फ़िगर किया जा रहा है। डोमेन नाम का कॉन्फ़िगरेशन पूरा होने तक प्रतीक्षा करें, फिर पुनः प्रयास करें।

# InvalidDomain.NotFound (HTTP 404).
invalid-domain_not-found = प्रदान किया गया डोमेन नाम आपके खाते का नहीं है।
    .description = निर्दिष्ट डोमेन नाम मौजूद नहीं है या आपके खाते का नहीं है।

# InnerAddDomainDenied (HTTP 400).
inner-add-domain-denied = आपका खाता किसी Aone ID से बाइंड नहीं है, इसलिए डोमेन नाम नहीं जोड़ा जा सकता।
    .description = आपका खाता एक आंतरिक खाता है जो किसी Aone ID से बाइंड नहीं है, इसलिए इससे डोमेन नाम नहीं जोड़े जा सकते।

# ExtensiveAndAllBothExist (HTTP 400).
extensive-and-all-both-exist = वाइल्डकार्ड डोमेन नाम और 'all.' से शुरू होने वाला डोमेन नाम एक साथ मौजूद नहीं हो सकते।
    .description = वाइल्डकार्ड डोमेन नाम और 'all.' से शुरू होने वाला डोमेन नाम, दोनों एक ही समय पर मौजूद नहीं हो सकते।

# CdnTypeNotSupportExtensiveDomain (HTTP 400).
cdn-type-not-support-extensive-domain = इस CDN प्रकार के लिए वाइल्डकार्ड डोमेन नाम समर्थित नहीं है।
    .description = CdnType द्वारा निर्दिष्ट व्यवसाय प्रकार के लिए वाइल्डकार्ड डोमेन नाम समर्थित नहीं हैं।

# ExtensiveAndSpecificDomainConflict (HTTP 400).
extensive-and-specific-domain-conflict = वाइल्डकार्ड डोमेन नाम और उससे संबंधित विशिष्ट डोमेन नाम एक साथ नहीं जोड़े जा सकते।
    .description = वाइल्डकार्ड डोमेन नाम उसी स्तर के किसी सटीक डोमेन नाम से टकराता है। वाइल्डकार्ड डोमेन नाम और उससे मेल खाने वाले सटीक डोमेन नाम, दोनों को एक साथ नहीं जोड़ा जा सकता।

# InvalidRegion.Malformed (HTTP 400).
invalid-region_malformed = निर्दिष्ट Region का फ़ॉर्मेट अमान्य है।
    .description = Region पैरामीटर का मान अमान्य है।

# InvalidResourceGroupId.Malformed (HTTP 400).
invalid-resource-group-id_malformed = निर्दिष्ट ResourceGroupId का फ़ॉर्मेट अमान्य है।
    .description = ResourceGroupId पैरामीटर का मान अमान्य है।

# EntityNotExists.ResourceGroup (HTTP 400).
entity-not-exists_resource-group = संसाधन समूह मौजूद नहीं है।
    .description = निर्दिष्ट संसाधन समूह मौजूद नहीं है।

# InvalidStatus.ResourceGroup (HTTP 400).
invalid-status_resource-group = संसाधन समूह की वर्तमान स्थिति के कारण यह ऑपरेशन करने की अनुमति नहीं है।
    .description = संसाधन समूह की वर्तमान स्थिति में यह ऑपरेशन नहीं किया जा सकता।

# InvalidPriorities.Malformed (HTTP 400).
invalid-priorities_malformed = प्राथमिकताओं की संख्या ओरिजिन की संख्या से मेल नहीं खाती।
    .description = प्राथमिकताओं की संख्या ओरिजिन सर्वरों की संख्या से मेल नहीं खाती। प्रत्येक ओरिजिन सर्वर के लिए एक प्राथमिकता निर्दिष्ट करें।

# NotInternationRealIdentity (HTTP 400).
not-internation-real-identity = चीन की मुख्य भूमि के संसाधनों का उपयोग करने के लिए आपको वास्तविक नाम सत्यापन पूरा करना होगा।
    .description = आपके खाते ने वह वास्तविक नाम सत्यापन पूरा नहीं किया है जो चीन की मुख्य भूमि के संसाधनों का उपयोग करने के लिए आवश्यक है।

# NoSuchResource (HTTP 404).
# Variables:
#   $resource (String) - the resource that was not found, such as a watermark ID.
no-such-resource = निर्दिष्ट संसाधन { $resource } मौजूद नहीं है।
    .description = निर्दिष्ट संसाधन मौजूद नहीं है। त्रुटि संदेश में संसाधन का नाम होता है, जैसे कोई वॉटरमार्क ID।

# NoSuchResource, variant `unnamed` (HTTP 404).
no-such-resource--unnamed = निर्दिष्ट संसाधन मौजूद नहीं है।
    .description = निर्दिष्ट संसाधन, जैसे कोई इमेज, मौजूद नहीं है।

# OperationDenied.NotOpenAppService (HTTP 403).
operation-denied_not-open-app-service = एप्लिकेशन सेवा सक्रिय नहीं है।
    .description = आपके खाते के लिए मल्टी-एप्लिकेशन सेवा सक्रिय नहीं की गई है।

# Forbidden.OperateApp (HTTP 403).
forbidden_operate-app = उपयोगकर्ता एप्लिकेशन पर ऑपरेशन करने के लिए अधिकृत नहीं है।
    .description = आप इस एप्लिकेशन को प्रबंधित करने के लिए अधिकृत नहीं हैं।

# InvalidFunctions.Malformed (HTTP 400).
invalid-functions_malformed = निर्दिष्ट Functions का फ़ॉर्मेट अमान्य है।
    .description = Functions पैरामीटर का मान अमान्य है।

# InvalidFunctionName.ValueNotSupported (HTTP 400).
# Variables:
#   $function_name (String) - the name of the function that is not supported.
invalid-function-name_value-not-supported = FunctionName द्वारा निर्दिष्ट फ़ंक्शन { $function_name } समर्थित नहीं है।
    .description = FunctionName द्वारा निर्दिष्ट सुविधा समर्थित नहीं है।

# InvalidArgName.ValueNotSupported (HTTP 400).
# Variables:
#   $arg_name (String) - the name of the argument that is not supported.
invalid-arg-name_value-not-supported = ArgName द्वारा निर्दिष्ट आर्गुमेंट { $arg_name } समर्थित नहीं है।
    .description = ArgName द्वारा निर्दिष्ट आर्गुमेंट समर्थित नहीं है।

# InvalidArgValue.Malformed (HTTP 400).
invalid-arg-value_malformed = निर्दिष्ट ArgValue का फ़ॉर्मेट अमान्य है।
    .description = ArgValue फ़ील्ड का मान अमान्य है।

# AlreadyExist.AppName (HTTP 409).
already-exist_app-name = AppName द्वारा निर्दिष्ट नाम पहले से मौजूद है।
    .description = AppName द्वारा निर्दिष्ट नाम वाला एप्लिकेशन पहले से मौजूद है।

# LimitExceeded.AppCount (HTTP 400).
limit-exceeded_app-count = एप्लिकेशन की संख्या 10 से अधिक हो गई है।
    .description = एप्लिकेशन की संख्या 10 की सीमा तक पहुँच गई है।

# InvalidFileName.Extension (HTTP 400).
invalid-file-name_extension = निर्दिष्ट FileName का एक्सटेंशन अमान्य है।
    .description = FileName पैरामीटर में फ़ाइल नाम का एक्सटेंशन अमान्य है या { -apsaravideo-vod } द्वारा समर्थित नहीं है।

# IllegalCharacters (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
illegal-characters = निर्दिष्ट पैरामीटर { $parameter } में अमान्य इमोटिकॉन या विशेष वर्ण हैं।
    .description = किसी पैरामीटर, जैसे Title, Description या Tags, के मान में इमोटिकॉन या विशेष वर्ण हैं।

# LengthExceededMax (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
#   $max_length (Number) - the most bytes the parameter's value may have.
length-exceeded-max = निर्दिष्ट पैरामीटर { $parameter } की लंबाई { NUMBER($max_length) } बाइट से अधिक हो गई है।
    .description = किसी पैरामीटर, जैसे Title, Description या Tags, के मान की लंबाई अनुमत अधिकतम बाइट संख्या से अधिक है। प्रत्येक पैरामीटर की सीमा जानने के लिए, ऑपरेशन के अनुरोध पैरामीटर का विवरण देखें।

# TagsExceededMax (HTTP 400).
tags-exceeded-max = निर्दिष्ट Tags की संख्या 16 से अधिक हो गई है।
    .description = वीडियो के लिए 16 से अधिक टैग निर्दिष्ट किए गए हैं। एक वीडियो में अधिकतम 16 टैग हो सकते हैं।

# InvalidTemplateGroupId.NotFound (HTTP 404).
invalid-template-group-id_not-found = TemplateGroupId द्वारा निर्दिष्ट टेम्पलेट समूह मौजूद नहीं है।
    .description = TemplateGroupId द्वारा निर्दिष्ट ट्रांसकोडिंग टेम्पलेट समूह मौजूद नहीं है।

# Forbidden.InitFailed (HTTP 403).
forbidden_init-failed = सेवा सक्रिय करते समय आपके खाते का इनिशियलाइज़ेशन विफल हो गया।
    .description = सेवा सक्रिय किए जाने के समय आपके खाते को इनिशियलाइज़ नहीं किया जा सका।

# AddVideoFailed (HTTP 503).
add-video-failed = किसी अज्ञात त्रुटि के कारण वीडियो जोड़ना विफल हो गया।
    .description = वीडियो नहीं बनाया जा सका, क्योंकि उसकी वीडियो ID जनरेट नहीं की जा सकी। कृपया बाद में पुनः प्रयास करें।

# Forbidden.ResourceNotEmpty (HTTP 403).
forbidden_resource-not-empty = एप्लिकेशन में अभी भी संसाधन मौजूद हैं, इसलिए इसे हटाया नहीं जा सकता।
    .description = एप्लिकेशन को हटाया नहीं जा सकता, क्योंकि इसमें अभी भी संसाधन मौजूद हैं। पहले संसाधनों को हटाएँ या उन्हें किसी अन्य एप्लिकेशन में ले जाएँ।

# InvalidMultipartUpload.NotFound (HTTP 400).
invalid-multipart-upload_not-found = मल्टीपार्ट अपलोड मौजूद नहीं है।
    .description = मल्टीपार्ट अपलोड या उसके भाग मौजूद नहीं हैं।

# InvalidVideo.NotFound (HTTP 404).
invalid-video_not-found = वीडियो मौजूद नहीं है।
    .description = निर्दिष्ट वीडियो मौजूद नहीं है।

# InvalidVideo.NotFound, variant `not-exist` (HTTP 404).
invalid-video_not-found--not-exist = वीडियो मौजूद नहीं है।
    .description = निर्दिष्ट वीडियो मौजूद नहीं है।

# InvalidFile.NotFound (HTTP 400).
invalid-file_not-found = फ़ाइल मौजूद नहीं है।
    .description = वीडियो फ़ाइल, जैसे मूल फ़ाइल, मौजूद नहीं है।

# AccessDenied (HTTP 400).
access-denied = प्राधिकर्ता की नीति द्वारा एक्सेस अस्वीकार कर दिया गया।
    .description = { -apsaravideo-vod } को आपके अपने { -oss } बकेट को एक्सेस करने के लिए अधिकृत नहीं किया गया है, इसलिए ऑपरेशन अस्वीकार कर दिया गया।

# JobIdsExceededMax (HTTP 400).
job-ids-exceeded-max = JobIds में ID की संख्या अधिकतम सीमा से अधिक हो गई है।
    .description = JobIds में जॉब ID की संख्या सीमा से अधिक है।

# InvalidStream.NotFound (HTTP 404).
invalid-stream_not-found = स्ट्रीम मौजूद नहीं है।
    .description = मीडिया स्ट्रीम मौजूद नहीं है।

# DeleteStreamFailed (HTTP 503).
delete-stream-failed = किसी अज्ञात त्रुटि के कारण स्ट्रीम हटाना विफल हो गया।
    .description = किसी अज्ञात त्रुटि के कारण मीडिया स्ट्रीम को हटाया नहीं जा सका। कृपया बाद में पुनः प्रयास करें।

# Forbidden.DefaultTemplateGroup (HTTP 403).
forbidden_default-template-group = यह ट्रांसकोडिंग टेम्पलेट समूह डिफ़ॉल्ट समूह है।
    .description = यह ट्रांसकोडिंग टेम्पलेट समूह डिफ़ॉल्ट ट्रांसकोडिंग टेम्पलेट समूह है और इसे हटाया नहीं जा सकता।

# VideoIdsExceededMax (HTTP 400).
video-ids-exceeded-max = VideoIds में ID की संख्या अधिकतम सीमा से अधिक हो गई है।
    .description = VideoIds में वीडियो ID की संख्या सीमा से अधिक है।

# DeleteVideoFailed (HTTP 503).
delete-video-failed = किसी अज्ञात त्रुटि के कारण वीडियो हटाना विफल हो गया।
    .description = किसी अज्ञात त्रुटि के कारण वीडियो को हटाया नहीं जा सका। कृपया बाद में पुनः प्रयास करें।

# Invalid%s.ValueNotSupported (HTTP 400).
# Variables:
#   $function_name (String) - the name of the function that is not supported.
invalid-any_value-not-supported = FunctionName द्वारा निर्दिष्ट फ़ंक्शन [{ $function_name }] समर्थित नहीं है।
    .description = FunctionName पैरामीटर का मान समर्थित नहीं है।

# InvalidBizDate.Malformed (HTTP 400).
invalid-biz-date_malformed = निर्दिष्ट BizDate का फ़ॉर्मेट अमान्य है।
    .description = BizDate पैरामीटर का फ़ॉर्मेट मान्य नहीं है। समय को UTC में yyyy-MM-ddTHH:mm:ssZ फ़ॉर्मेट में निर्दिष्ट करें।

# InvalidBizDate.BeyondCurrent (HTTP 400).
invalid-biz-date_beyond-current = EndTime वर्तमान समय के बाद का है।
    .description = BizDate द्वारा निर्दिष्ट समय वर्तमान समय के बाद का है।

# InvalidStartTime.Malformed (HTTP 400).
invalid-start-time_malformed = निर्दिष्ट StartTime का फ़ॉर्मेट अमान्य है।
    .description = StartTime पैरामीटर का फ़ॉर्मेट मान्य नहीं है। समय को UTC में yyyy-MM-ddTHH:mm:ssZ फ़ॉर्मेट में निर्दिष्ट करें।

# InvalidStartTime.Malformed, variant `spelled-out` (HTTP 400).
invalid-start-time_malformed--spelled-out = निर्दिष्ट प्रारंभ समय का फ़ॉर्मेट अमान्य है।
    .description = StartTime द्वारा निर्दिष्ट प्रारंभ समय का फ़ॉर्मेट मान्य नहीं है।

# InvalidEndTime.Malformed (HTTP 400).
invalid-end-time_malformed = निर्दिष्ट EndTime का फ़ॉर्मेट अमान्य है।
    .description = EndTime पैरामीटर का फ़ॉर्मेट मान्य नहीं है। समय को UTC में yyyy-MM-ddTHH:mm:ssZ फ़ॉर्मेट में निर्दिष्ट करें।

# InvalidEndTime.Malformed, variant `spelled-out` (HTTP 400).
invalid-end-time_malformed--spelled-out = निर्दिष्ट समाप्ति समय का फ़ॉर्मेट अमान्य है।
    .description = EndTime द्वारा निर्दिष्ट समाप्ति समय का फ़ॉर्मेट मान्य नहीं है।

# InvalidEndTime.BeyondCurrent (HTTP 400).
invalid-end-time_beyond-current = EndTime वर्तमान समय के बाद का है।
    .description = EndTime द्वारा निर्दिष्ट समय वर्तमान समय के बाद का है।

# InvalidEndTime.Mismatch (HTTP 400).
invalid-end-time_mismatch = StartTime और EndTime आपस में मेल नहीं खाते।
    .description = StartTime और EndTime द्वारा निर्दिष्ट समय अवधि अमान्य है।

# InvalidEndTime.Mismatch, variant `does-not-math` (HTTP 400).
invalid-end-time_mismatch--does-not-math = निर्दिष्ट EndTime, निर्दिष्ट StartTime से मेल नहीं खाता।
    .description = EndTime द्वारा निर्दिष्ट समय, StartTime द्वारा निर्दिष्ट समय से पहले का है।

# InvalidEndTime.Mismatch, variant `spelled-out` (HTTP 400).
invalid-end-time_mismatch--spelled-out = निर्दिष्ट समाप्ति समय, निर्दिष्ट प्रारंभ समय से मेल नहीं खाता।
    .description = EndTime द्वारा निर्दिष्ट समय, StartTime द्वारा निर्दिष्ट समय से पहले का है।

# Throttling (HTTP 503).
throttling = अनुरोध थ्रॉटलिंग के कारण अनुरोध अस्वीकार कर दिया गया।
    .description = थ्रॉटलिंग के कारण अनुरोध अस्वीकार कर दिया गया। कृपया बाद में पुनः प्रयास करें।

# InvalidParameterAliUid (HTTP 400).
invalid-parameter-ali-uid = AliUid पैरामीटर अमान्य है।
    .description = AliUid पैरामीटर का मान अमान्य है।

# InvalidParameterStartTime (HTTP 400).
invalid-parameter-start-time = StartTime पैरामीटर अमान्य है।
    .description = StartTime पैरामीटर का मान अमान्य है।

# InvalidParameterEndTime (HTTP 400).
invalid-parameter-end-time = EndTime पैरामीटर अमान्य है।
    .description = EndTime पैरामीटर का मान अमान्य है।

# InvalidTimeRange (HTTP 400).
invalid-time-range = StartTime और EndTime के बीच की अवधि 1 महीने से कम होनी चाहिए।
    .description = StartTime और EndTime द्वारा निर्दिष्ट समय अवधि 31 दिनों से अधिक है।

# InvalidParameterRegion (HTTP 400).
invalid-parameter-region = Region पैरामीटर अमान्य है।
    .description = Region पैरामीटर का मान अमान्य है।

# InvalidStartTime.ValueNotSupported (HTTP 400).
invalid-start-time_value-not-supported = StartTime पैरामीटर का निर्दिष्ट मान समर्थित नहीं है।
    .description = StartTime और EndTime द्वारा निर्दिष्ट समय अवधि 90 दिनों से अधिक है।

# InvalidStartTime.ValueNotSupported, variant `end-time-mismatch` (HTTP 400).
invalid-start-time_value-not-supported--end-time-mismatch = निर्दिष्ट समाप्ति समय, निर्दिष्ट प्रारंभ समय से मेल नहीं खाता।
    .description = StartTime और EndTime द्वारा निर्दिष्ट समय अवधि 90 दिनों से अधिक है। इस कोड के साथ भेजा जाने वाला त्रुटि संदेश भ्रामक है।

# DeleteFunctionFailed (HTTP 400).
delete-function-failed = फ़ंक्शनों को बैच में हटाना विफल हो गया।
    .description = डोमेन नाम कॉन्फ़िगरेशन को बैच में हटाना विफल हो गया।

# InvalidDomain.Offline (HTTP 404).
invalid-domain_offline = प्रदान किया गया डोमेन नाम ऑफ़लाइन है।
    .description = डोमेन नाम अक्षम कर दिया गया है।

# InvalidDomain.Configure_failed (HTTP 500).
invalid-domain_configure-failed = प्रदान किए गए डोमेन नाम को कॉन्फ़िगर करना विफल हो गया।
    .description = डोमेन नाम को कॉन्फ़िगर नहीं किया जा सका, इसलिए उस पर रीफ़्रेश और प्रीफ़ेच जैसे ऑपरेशन नहीं किए जा सकते।

# InvalidParameterProduct (HTTP 400).
invalid-parameter-product = Product पैरामीटर अमान्य है।
    .description = Product पैरामीटर का मान अमान्य है।

# InvalidParameterArea (HTTP 400).
invalid-parameter-area = Area पैरामीटर अमान्य है।
    .description = Area पैरामीटर का मान अमान्य है।

# InvalidParameterField (HTTP 400).
invalid-parameter-field = Field पैरामीटर अमान्य है।
    .description = Field पैरामीटर का मान अमान्य है।

# InvalidParameterInterval (HTTP 400).
invalid-parameter-interval = Interval पैरामीटर अमान्य है।
    .description = Interval पैरामीटर का मान अमान्य है।

# InvalidTaskId.Malformed (HTTP 400).
invalid-task-id_malformed = निर्दिष्ट TaskId का फ़ॉर्मेट अमान्य है।
    .description = TaskId पैरामीटर का फ़ॉर्मेट मान्य नहीं है।

# InvalidPageNumber.ValueNotSupported (HTTP 400).
invalid-page-number_value-not-supported = PageNumber पैरामीटर का निर्दिष्ट मान समर्थित नहीं है।
    .description = PageNumber पैरामीटर का मान समर्थित नहीं है।

# InvalidPageSize.ValueNotSupported (HTTP 400).
invalid-page-size_value-not-supported = PageSize पैरामीटर का निर्दिष्ट मान समर्थित नहीं है।
    .description = PageSize पैरामीटर का मान समर्थित नहीं है।

# InvalidDomainStatus.ValueNotSupported (HTTP 400).
invalid-domain-status_value-not-supported = DomainStatus पैरामीटर का निर्दिष्ट मान समर्थित नहीं है।
    .description = DomainStatus पैरामीटर का मान समर्थित नहीं है।

# InvalidDomainSearchType.ValueNotSupported (HTTP 400).
invalid-domain-search-type_value-not-supported = DomainSearchType पैरामीटर का निर्दिष्ट मान समर्थित नहीं है।
    .description = DomainSearchType पैरामीटर का मान समर्थित नहीं है।

# ExceededMax (HTTP 400).
exceeded-max = इनपुट पैरामीटर MediaIds सीमा से अधिक है।
    .description = MediaIds में सहायक मीडिया एसेट ID की संख्या 20 की सीमा से अधिक है।

# Forbidden.IllegalStatus (HTTP 400).
forbidden_illegal-status = वीडियो की स्थिति अमान्य है।
    .description = वीडियो की वर्तमान स्थिति में यह ऑपरेशन नहीं किया जा सकता। अनुमत स्थितियाँ ऑपरेशन पर निर्भर करती हैं: उदाहरण के लिए, केवल UploadSucc, Normal या Checking स्थिति वाले वीडियो ही ट्रांसकोड किए जा सकते हैं।

# Forbidden.IllegalStatus, variant `current-status` (HTTP 400).
# Variables:
#   $status (String) - the video's current status, such as Blocked.
forbidden_illegal-status--current-status = वीडियो की स्थिति अमान्य है। वर्तमान स्थिति { $status } है।
    .description = वीडियो को उसकी वर्तमान स्थिति में प्ले नहीं किया जा सकता। केवल Normal स्थिति वाले वीडियो ही प्ले किए जा सकते हैं।

# InvalidVideo.NoneStream (HTTP 404).
invalid-video_none-stream = अनुरोध पैरामीटर 'Formats: mp4, Definition: LD, StreamType: video' के लिए वीडियो में प्ले करने योग्य कोई स्ट्रीम नहीं है।
    .description = वीडियो की कोई भी ट्रांसकोड की गई मीडिया स्ट्रीम अनुरोध के फ़िल्टर मानदंडों, जैसे फ़ॉर्मेट और डेफ़िनिशन, से मेल नहीं खाती। जाँचें कि ट्रांसकोडिंग कॉन्फ़िगरेशन फ़िल्टर मानदंडों से मेल खाता हो।

# Forbidden.AliyunVoDEncryption (HTTP 403).
forbidden_aliyun-vo-d-encryption = वर्तमान में केवल AliyunVoDEncryption स्ट्रीम मौजूद है, इसे प्ले करने के लिए आपको { -apsaravideo-player } का उपयोग करना होगा या ResultType का मान Multiple पर सेट करना होगा।
    .description = वीडियो में केवल ऐसी मीडिया स्ट्रीम हैं जो { -alibaba-cloud } की मालिकाना क्रिप्टोग्राफ़ी से एन्क्रिप्ट की गई हैं। उन्हें { -apsaravideo-player } से प्ले करें, या ResultType को Multiple पर सेट करें।

# LimitExceeded.MediaIds (HTTP 400).
limit-exceeded_media-ids = इनपुट पैरामीटर MediaIds सीमा से अधिक है।
    .description = MediaIds में मीडिया एसेट ID की संख्या 20 की सीमा से अधिक है।

# VideoListExceededMax (HTTP 400).
video-list-exceeded-max = वीडियो सूची अधिकतम सीमा से अधिक हो गई है।
    .description = पेज-दर-पेज देखे जाने वाले परिणामों की कुल संख्या सीमा से अधिक है।

# SecurityIp.NotFound (HTTP 404).
security-ip_not-found = समीक्षा सुरक्षा IP मौजूद नहीं है।
    .description = समीक्षा सुरक्षा समूह में कोई IP पता नहीं मिला।

# ListSecurityIpFailed (HTTP 500).
list-security-ip-failed = किसी अज्ञात त्रुटि के कारण समीक्षा सुरक्षा IP की सूची प्राप्त करना विफल हो गया।
    .description = किसी अज्ञात त्रुटि के कारण समीक्षा सुरक्षा समूह के IP पतों की क्वेरी नहीं की जा सकी। कृपया बाद में पुनः प्रयास करें।

# IpsIsEmpty (HTTP 400).
ips-is-empty = निर्दिष्ट Ips खाली नहीं हो सकता।
    .description = Ips पैरामीटर निर्दिष्ट नहीं किया गया है या खाली है।

# IpsIsEmpty, variant `curly-quotes` (HTTP 400).
ips-is-empty--curly-quotes = निर्दिष्ट Ips खाली नहीं हो सकता।
    .description = Ips पैरामीटर निर्दिष्ट नहीं किया गया है या खाली है।

# IpsExceededMax (HTTP 403).
ips-exceeded-max = निर्दिष्ट Ips में IP पतों की संख्या 100 से अधिक हो गई है।
    .description = IP पतों की संख्या सीमा से अधिक है। एक समीक्षा सुरक्षा समूह में अधिकतम 100 IP पते हो सकते हैं।

# SecurityIpGroupExceededMax (HTTP 403).
security-ip-group-exceeded-max = समीक्षा सुरक्षा समूहों की संख्या 10 से अधिक हो गई है।
    .description = समीक्षा सुरक्षा समूहों की संख्या 10 की सीमा से अधिक है।

# Forbidden.OperateAppResource (HTTP 403).
forbidden_operate-app-resource = निर्दिष्ट संसाधन पर ऑपरेशन करने के लिए एप्लिकेशन अनुमति अमान्य है।
    .description = आप गंतव्य एप्लिकेशन में संसाधनों को प्रबंधित करने के लिए अधिकृत नहीं हैं।

# QuotaExceeded.Refresh (HTTP 400).
quota-exceeded_refresh = आपने निर्धारित रीफ़्रेश सीमा पार कर ली है।
    .description = सामग्री को रीफ़्रेश या प्रीफ़ेच करने का दैनिक कोटा पूरा हो गया है।

# PreloadQueueFull (HTTP 403).
preload-queue-full = प्रीफ़ेच कतार भरी हुई है, कृपया बाद में पुनः प्रयास करें।
    .description = प्रीफ़ेच कतार भरी हुई है, क्योंकि डोमेन नाम के लिए प्रीफ़ेच किए जा रहे URL की संख्या सीमा तक पहुँच गई है। कृपया बाद में पुनः प्रयास करें।

# InvalidObjectPath.Malformed (HTTP 400).
invalid-object-path_malformed = ObjectPath पैरामीटर के निर्दिष्ट मान का फ़ॉर्मेट अमान्य है।
    .description = ObjectPath पैरामीटर का फ़ॉर्मेट मान्य नहीं है।

# InvalidExtensiveDomain.ValueNotSupported (HTTP 400).
invalid-extensive-domain_value-not-supported = वाइल्डकार्ड डोमेन नाम समर्थित नहीं है।
    .description = डोमेन नाम एक वाइल्डकार्ड डोमेन नाम है, जिसका यह ऑपरेशन समर्थन नहीं करता।

# InvalidObjectPath.Size.Malformed (HTTP 400).
invalid-object-path_size_malformed = ObjectPath में प्रविष्टियों की संख्या 1,000 से अधिक है।
    .description = ObjectPath में 1,000 से अधिक URL हैं। आप एक बार में अधिकतम 1,000 URL प्रीफ़ेच कर सकते हैं।

# InvalidVideo.Damaged (HTTP 400).
invalid-video_damaged = वीडियो क्षतिग्रस्त है।
    .description = वीडियो सही तरीके से नहीं बनाया गया था या क्षतिग्रस्त है।

# InvalidObjectType.ValueNotSupported (HTTP 400).
invalid-object-type_value-not-supported = "<ObjectType>" का निर्दिष्ट मान समर्थित नहीं है।
    .description = ObjectType पैरामीटर का मान समर्थित नहीं है।

# QuotaPerMinuteExceeded.Refresh (HTTP 400).
quota-per-minute-exceeded_refresh = आपने प्रति मिनट की निर्धारित रीफ़्रेश सीमा पार कर ली है।
    .description = रीफ़्रेश अनुरोधों की संख्या प्रति मिनट की सीमा तक पहुँच गई है। कृपया बाद में पुनः प्रयास करें।

# SortByExceededMax (HTTP 400).
sort-by-exceeded-max = सभी डेटा को ट्रैवर्स करते समय SortBy पैरामीटर केवल एक सॉर्ट फ़ील्ड का समर्थन करता है।
    .description = SortBy में एक से अधिक सॉर्ट फ़ील्ड निर्दिष्ट हैं। सभी डेटा को ट्रैवर्स करते समय आप केवल एक फ़ील्ड के आधार पर सॉर्ट कर सकते हैं।

# ErrorMatchSyntax (HTTP 400).
# Variables:
#   $field (String) - the field of the Match expression that has the error.
error-match-syntax = Match.{ $field } पैरामीटर का सिंटैक्स गलत है, कृपया इसे जाँचें।
    .description = Match पैरामीटर का सिंटैक्स अमान्य है। सिंटैक्स जाँचें और पुनः प्रयास करें।

# InvalidScrollToken.Expired (HTTP 400).
invalid-scroll-token_expired = ScrollToken की समय-सीमा समाप्त हो गई है, कृपया इसे रीफ़्रेश करें।
    .description = ScrollToken पैरामीटर के मान की समय-सीमा समाप्त हो गई है। पेज 1 से डेटा की फिर से क्वेरी करें।

# InvalidSSLProtocol.ValueNotSupported (HTTP 400).
invalid-ssl-protocol_value-not-supported = Enable पैरामीटर का निर्दिष्ट मान समर्थित नहीं है।
    .description = SSLProtocol पैरामीटर का मान समर्थित नहीं है।

# SSLPub.MissingParameter (HTTP 400).
ssl-pub_missing-parameter = अनुरोध को प्रोसेस करने के लिए आवश्यक इनपुट पैरामीटर SSLPub प्रदान नहीं किया गया है।
    .description = SSLPub पैरामीटर, जिसमें प्रमाणपत्र की सामग्री होती है, निर्दिष्ट नहीं किया गया है।

# SSLPri.MissingParameter (HTTP 400).
ssl-pri_missing-parameter = अनुरोध को प्रोसेस करने के लिए आवश्यक इनपुट पैरामीटर SSLPri प्रदान नहीं किया गया है।
    .description = SSLPri पैरामीटर, जिसमें निजी कुंजी होती है, निर्दिष्ट नहीं किया गया है।

# InvalidCertificate (HTTP 400).
invalid-certificate = आपके द्वारा प्रदान किए गए प्रमाणपत्र का फ़ॉर्मेट अमान्य है।
    .description = प्रमाणपत्र की सामग्री अमान्य है।

# InvalidSSLPri (HTTP 400).
invalid-ssl-pri = आपके द्वारा प्रदान किए गए SSLPri का फ़ॉर्मेट अमान्य है।
    .description = निजी कुंजी अमान्य है।

# Certificate.MissMatch (HTTP 400).
certificate_miss-match = SSLPri निर्दिष्ट प्रमाणपत्र से मेल नहीं खाता।
    .description = निजी कुंजी प्रमाणपत्र से मेल नहीं खाती।

# InvalidCertificate.TooLong (HTTP 400).
invalid-certificate_too-long = आपके द्वारा प्रदान किया गया प्रमाणपत्र अधिकतम लंबाई से अधिक है।
    .description = प्रमाणपत्र की सामग्री लंबाई की सीमा से अधिक है।

# InvalidCertName.TooLong (HTTP 400).
invalid-cert-name_too-long = आपके द्वारा प्रदान किया गया प्रमाणपत्र नाम 128 वर्णों की अधिकतम लंबाई से अधिक है।
    .description = प्रमाणपत्र का नाम 128 वर्णों से अधिक लंबा है।

# SetDomainSSLPub.ParameterError (HTTP 400).
set-domain-ssl-pub_parameter-error = पैरामीटर में त्रुटि है।
    .description = प्रमाणपत्र सेट करने के लिए दिए गए एक या अधिक पैरामीटर अमान्य हैं।

# Certificate.StatusError (HTTP 400).
certificate_status-error = प्रमाणपत्र मौजूद नहीं है या उसकी स्थिति अमान्य है।
    .description = प्रमाणपत्र मौजूद नहीं है, या उसकी स्थिति अमान्य है।

# Certificate.StatusError, variant `status-only` (HTTP 400).
certificate_status-error--status-only = प्रमाणपत्र की स्थिति अमान्य है।
    .description = प्रमाणपत्र की स्थिति अमान्य है।

# DeleteFailed (HTTP 400).
delete-failed = प्रमाणपत्र हटाना विफल हो गया।
    .description = प्रमाणपत्र को हटाया नहीं जा सका।

# Certificate.NotFind (HTTP 400).
certificate_not-find = प्रमाणपत्र की जानकारी नहीं मिली।
    .description = प्रमाणपत्र नहीं मिला।

# Certificate.Duplicated (HTTP 400).
certificate_duplicated = प्रमाणपत्र का नाम डुप्लिकेट है।
    .description = इसी नाम का एक प्रमाणपत्र पहले से मौजूद है।

# Certificate.FormatError (HTTP 400).
certificate_format-error = प्रमाणपत्र का फ़ॉर्मेट अमान्य है।
    .description = प्रमाणपत्र का फ़ॉर्मेट मान्य नहीं है।

# Certificate.KeyNull (HTTP 400).
certificate_key-null = SSLPri खाली नहीं हो सकता।
    .description = निजी कुंजी निर्दिष्ट नहीं की गई है।

# SSLPri.Malformed (HTTP 400).
ssl-pri_malformed = SSLPri का फ़ॉर्मेट अमान्य है।
    .description = निजी कुंजी का फ़ॉर्मेट मान्य नहीं है।

# Certificate.NotPermittedOff (HTTP 400).
certificate_not-permitted-off = प्रमाणपत्र बंद करने से डोमेन नाम की शेड्यूलिंग बदल जाएगी, कृपया ग्राहक सेवा से संपर्क करें।
    .description = प्रमाणपत्र को अक्षम करने से डोमेन नाम की शेड्यूलिंग प्रभावित होगी, इसलिए इसकी अनुमति नहीं है। { -alibaba-cloud } तकनीकी सहायता से संपर्क करें।

# Certificate.SettedNotEffect (HTTP 400).
certificate_setted-not-effect = प्रमाणपत्र सफलतापूर्वक सेट कर दिया गया है, लेकिन आपकी वर्तमान सेवा की सुरक्षा के लिए यह अभी प्रभावी नहीं हुआ है, कृपया ग्राहक सेवा से संपर्क करें।
    .description = प्रमाणपत्र कॉन्फ़िगर कर दिया गया है, लेकिन आपकी वर्तमान सेवा की सुरक्षा के लिए यह अभी प्रभावी नहीं हुआ है। इसे प्रभावी बनाने के लिए { -alibaba-cloud } तकनीकी सहायता से संपर्क करें।

# InvalidSource.Content.Malformed (HTTP 400).
invalid-source_content_malformed = निर्दिष्ट ओरिजिन पते का फ़ॉर्मेट अमान्य है।
    .description = ओरिजिन पता अमान्य है।

# InvalidSource.Type.Malformed (HTTP 400).
invalid-source_type_malformed = निर्दिष्ट ओरिजिन प्रकार का फ़ॉर्मेट अमान्य है।
    .description = ओरिजिन सर्वर का प्रकार अमान्य है।

# InvalidTypeContent.Mismatch (HTTP 400).
invalid-type-content_mismatch = निर्दिष्ट ओरिजिन प्रकार, निर्दिष्ट ओरिजिन पते से मेल नहीं खाता।
    .description = ओरिजिन पता ओरिजिन सर्वर के प्रकार से मेल नहीं खाता।

# InvalidSource.Priority.Malformed (HTTP 400).
invalid-source_priority_malformed = निर्दिष्ट ओरिजिन प्राथमिकता का फ़ॉर्मेट अमान्य है।
    .description = ओरिजिन सर्वर की प्राथमिकता अमान्य है।

# InvalidParameter.UploadURLs (HTTP 400).
invalid-parameter_upload-urls = निर्दिष्ट पैरामीटर UploadURLs मान्य नहीं है।
    .description = UploadURLs पैरामीटर का मान अमान्य है।
