### ApsaraVideo VOD API'sinin hata kodları, Türkçe (Türkiye).
###
### Her ileti, API'nin döndürdüğü hata mesajının anlamca çevirisidir (API'nin yazım hatalarını
### da içeren İngilizce metni en-US'de kalır). `.description` özniteliği ne olduğunu ve ne
### yapılması gerektiğini açıklar. İleti kimliği, kodun kebab-case biçimindeki dizesidir; kodda
### nokta olan yerde `_` bulunur. Bir varyant (bazı işlemlerin aynı kod için gönderdiği başka bir
### ileti) `--` ve kendi adını ekler.

# MissingParameter (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
missing-parameter = Bu isteğin işlenmesi için zorunlu olan { $parameter } giriş parametresi belirtilmedi.
    .description = Zorunlu bir parametre ayarlanmadığında döndürülen hata mesajıdır.

# MissingParameter, variant `domain-name-empty` (HTTP 400).
missing-parameter--domain-name-empty = DomainName parametresinin değeri boş olamaz.
    .description = DomainName parametresi belirtilmedi veya boş.

# MissingParameter, variant `config-id-empty` (HTTP 400).
missing-parameter--config-id-empty = ConfigId parametresinin değeri boş olamaz.
    .description = ConfigId parametresi belirtilmedi veya boş.

# MissingParameter, variant `time-range-half` (HTTP 400).
missing-parameter--time-range-half = StartTime ve EndTime parametreleri tek başına belirtilemez.
    .description = StartTime ve EndTime parametrelerinden yalnızca biri belirtildi. Her iki parametreyi de belirtin veya hiçbirini belirtmeyin.

# InvalidParameter (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
invalid-parameter = Belirtilen { $parameter } parametresi geçersiz.
    .description = Belirtilen parametre geçersiz olduğunda döndürülen hata mesajıdır.

# InvalidParameter, variant `live-region` (HTTP 400).
invalid-parameter--live-region = Canlı yayın bölgesi ekleme parametrelerinde hata var.
    .description = Alan adı için belirtilen { -apsaravideo-live } bölge bilgileri geçersiz.

# InvalidParameter, variant `media-type` (HTTP 400).
invalid-parameter--media-type = Belirtilen MediaType parametresi geçersiz.
    .description = MediaType parametresinin değeri geçersiz.

# InvalidParameter, variant `unspecified` (HTTP 400).
invalid-parameter--unspecified = Geçersiz parametre.
    .description = Bir veya daha fazla parametre geçersiz.

# OperationDenied (HTTP 403).
operation-denied = Hesabınızda { -vod } hizmeti henüz etkinleştirilmedi.
    .description = Hesabınız için { -apsaravideo-vod } hizmeti etkinleştirilmediğinde döndürülen hata mesajıdır.

# OperationDenied, variant `vod-suspended` (HTTP 403).
operation-denied--vod-suspended = { -vod } hizmetiniz askıya alındı.
    .description = { -alibaba-cloud } hesabınız için { -apsaravideo-vod } hizmeti askıya alındı.

# OperationDenied, variant `cdn-not-open` (HTTP 403).
operation-denied--cdn-not-open = Hesabınızda CDN hizmeti henüz etkinleştirilmedi.
    .description = { -alibaba-cloud } hesabınız için { -alibaba-cloud-cdn } hizmeti etkinleştirilmedi.

# OperationDenied, variant `cdn-suspended` (HTTP 403).
operation-denied--cdn-suspended = CDN hizmetiniz askıya alındı.
    .description = { -alibaba-cloud } hesabınız için { -alibaba-cloud-cdn } hizmeti askıya alındı. Hesabınızda vadesi geçmiş ödemeler varsa hesabınıza bakiye yükleyin.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = { -vod } hizmetiniz askıya alındı.
    .description = { -alibaba-cloud } hesabınızda vadesi geçmiş ödemeler olduğunda döndürülen hata mesajıdır. Hesabınıza bakiye yükleyin.

# Forbidden (HTTP 403).
forbidden = Kullanıcının belirtilen kaynak üzerinde işlem yapma yetkisi yok.
    .description = İşlemi gerçekleştirme yetkiniz olmadığında döndürülen hata mesajıdır. Bu hata çoğunlukla hesabınıza ilgili izinler verilmediği için oluşur. Daha fazla bilgi için bkz. [Genel Bakış](/intl.en-US/Developer Guide/Access authorization/Overview.md).

# InternalError (HTTP 500).
internal-error = İstek, bilinmeyen bir hata nedeniyle işlenemedi.
    .description = Sunucu tarafında bilinmeyen bir hata oluştuğunda döndürülen hata mesajıdır. Daha sonra yeniden deneyin veya müşteri hizmetleri temsilcileriyle iletişime geçin.

# ServiceUnAvailable (HTTP 503).
service-un-available = İstek, sunucudaki geçici bir arıza nedeniyle başarısız oldu.
    .description = Hizmet kullanılamadığında döndürülen hata mesajıdır.

# LevelExceededMax (HTTP 400).
level-exceeded-max = Kategori düzeyi sayısı üst sınırı aştı.
    .description = Kategori düzeyi sayısı üst sınıra ulaştı.

# SubTotalExceededMax (HTTP 400).
sub-total-exceeded-max = Alt kategorilerin toplam sayısı üst sınırı aştı.
    .description = Kategorideki alt kategori sayısı üst sınıra ulaştı.

# InvalidCateId.NotFound (HTTP 404).
invalid-cate-id_not-found = Belirtilen CateId mevcut değil.
    .description = Belirtilen kategori veya üst kategori mevcut değil.

# InvalidStorage.NotFound (HTTP 404).
invalid-storage_not-found = Depolama bilgileri mevcut değil.
    .description = { -apsaravideo-vod } hizmeti hesabınıza bir depolama konumu atamadı.

# InvalidStorage.NotFound, variant `storage-location` (HTTP 404).
invalid-storage_not-found--storage-location = StorageLocation parametresinde belirtilen depolama konumu mevcut değil.
    .description = Belirtilen depolama konumu mevcut değil. Hesabınızın depolama konumlarını { -apsaravideo-vod } konsolunda kontrol edin.

# InvalidStorage.NotFound, variant `cannot-find` (HTTP 404).
invalid-storage_not-found--cannot-find = Depolama konumu bulunamadı.
    .description = Depolama konumu mevcut değil.

# InvalidTranscodeTemplateGroup.NotFound (HTTP 404).
invalid-transcode-template-group_not-found = Kod dönüştürme şablon grubu mevcut değil.
    .description = Belirtilen kod dönüştürme şablon grubu mevcut değil.

# InvalidTranscodeTemplateGroup.NotFound, variant `template` (HTTP 404).
invalid-transcode-template-group_not-found--template = Kod dönüştürme şablonu mevcut değil.
    .description = Belirtilen kod dönüştürme şablon grubu veya bu gruptaki bir kod dönüştürme şablonu mevcut değil.

# Forbidden.LockedTemplateGroup (HTTP 403).
forbidden_locked-template-group = Kod dönüştürme şablon grubu kilitlendi.
    .description = Kod dönüştürme şablon grubu kilitli olduğundan yönetilemez. Grubu yönetmek için { -alibaba-cloud } teknik destek ekibiyle iletişime geçin.

# Forbidden.SpecialTemplateGroup (HTTP 403).
forbidden_special-template-group = Kod dönüştürme şablon grubu özel bir amaç için kullanılıyor.
    .description = Kod dönüştürme şablon grubu, "Kod dönüştürme yok" veya "Yalnızca depolama" şablon grubu gibi özel bir amaca ayrılmıştır. Bu gruba kod dönüştürme şablonu eklenemez.

# TrasncodeTemplateGroupExceededMax (HTTP 400).
trasncode-template-group-exceeded-max = Kod dönüştürme şablon grubu sayısı üst sınırı aştı.
    .description = Kod dönüştürme şablon grubu sayısı 20 olan üst sınıra ulaştı.

# TranscodeTemplateExceededMax (HTTP 400).
transcode-template-exceeded-max = Kod dönüştürme şablonu sayısı üst sınırı aştı.
    .description = Kod dönüştürme şablon grubundaki kod dönüştürme şablonu sayısı üst sınırı aşıyor. Bir kod dönüştürme şablon grubu en fazla 20 kod dönüştürme şablonu içerebilir.

# WatermarkExceededMax (HTTP 400).
watermark-exceeded-max = Filigran sayısı üst sınırı aştı.
    .description = Kod dönüştürme şablon grubundaki bir kod dönüştürme şablonuyla çok fazla filigran ilişkilendirildi. Bir kod dönüştürme şablonu en fazla 4 filigranla ilişkilendirilebilir.

# InvalidDomainName.Malformed (HTTP 400).
invalid-domain-name_malformed = Belirtilen DomainName değerinin biçimi hatalı.
    .description = DomainName parametresinin değeri geçersiz.

# InvalidDomainName.Malformed, variant `specific-value` (HTTP 400).
invalid-domain-name_malformed--specific-value = DomainName parametresinin değerinin biçimi hatalı.
    .description = DomainName parametresinin değeri geçersiz veya desteklenmiyor.

# InvalidCdnType.Malformed (HTTP 400).
invalid-cdn-type_malformed = Belirtilen CdnType değerinin biçimi hatalı.
    .description = CdnType parametresinin değeri geçersiz.

# InvalidSourceType.Malformed (HTTP 400).
invalid-source-type_malformed = Belirtilen SourceType değerinin biçimi hatalı.
    .description = SourceType parametresinin değeri geçersiz.

# InvalidSources.Malformed (HTTP 400).
invalid-sources_malformed = Belirtilen Sources değerinin biçimi hatalı.
    .description = Sources parametresinin değeri geçersiz. Bir kaynak sunucu adresi, kaynak sunucu türüyle eşleşmiyor.

# InvalidScope.Malformed (HTTP 400).
invalid-scope_malformed = Belirtilen Scope değerinin biçimi hatalı.
    .description = Scope parametresinin değeri geçersiz.

# InvaildParameter (HTTP 400).
invaild-parameter = Sağladığınız sertifikanın biçimi hatalı.
    .description = HTTPS hızlandırma için kullanılan sertifika geçersiz. Sertifika ile özel anahtarın toplam uzunluğu sınırı aşıyor olabilir.

# InvaildParameter, variant `domain-name` (HTTP 400).
invaild-parameter--domain-name = DomainName parametresinin değerinin biçimi hatalı.
    .description = DomainName parametresinin değeri geçersiz.

# BusinessExist (HTTP 400).
business-exist = İşlem zaten devam ediyor. İsteği tekrar göndermeyin.
    .description = Alan adı zaten ekleniyor. İsteği tekrar göndermeyin.

# DomainAlreadyExist (HTTP 400).
domain-already-exist = Bu alan adı zaten mevcut.
    .description = Alan adı zaten eklenmiş.

# DomainOverLimit (HTTP 403).
domain-over-limit = Alan adı sayısı üst sınırı aştı.
    .description = Alan adı sayısı üst sınıra ulaştı.

# DomainNotRegistration (HTTP 404).
domain-not-registration = Alan adı için ICP kaydı yapılmamış.
    .description = Alan adının ICP kaydı yok.

# IllegalOperation (HTTP 403).
illegal-operation = Geçersiz alan adı üzerinde işlem yapılmasına izin verilmiyor.
    .description = Alan adı geçersiz olduğundan veya işlemi gerçekleştirme yetkiniz olmadığından bu alan adı üzerinde işlem yapılmasına izin verilmiyor.

# IllegalOperation, variant `illegal-domain` (HTTP 403).
illegal-operation--illegal-domain = Geçersiz alan adı, işleme izin verilmiyor.
    .description = Alan adı geçersiz olduğundan işleme izin verilmiyor.

# ServiceBusy (HTTP 403).
service-busy = Belirtilen alan adı yapılandırılıyor, lütfen daha sonra yeniden deneyin.
    .description = Alan adı yapılandırılıyor. Alan adının yapılandırması tamamlanana kadar bekleyin, ardından yeniden deneyin.

# ServiceBusy, variant `retry-again` (HTTP 403).
service-busy--retry-again = Belirtilen alan adı şu anda yapılandırılıyor, lütfen daha sonra tekrar deneyin.
    .description = Alan adı yapılandırılıyor. Alan adının yapılandırması tamamlanana kadar bekleyin, ardından yeniden deneyin.

# InvalidDomain.NotFound (HTTP 404).
invalid-domain_not-found = Belirtilen alan adı size ait değil.
    .description = Belirtilen alan adı mevcut değil veya hesabınıza ait değil.

# InnerAddDomainDenied (HTTP 400).
inner-add-domain-denied = Hesabınız bir aoneId ile ilişkilendirilmediği için alan adı eklenemiyor.
    .description = Hesabınız, bir Aone ID ile ilişkilendirilmemiş dahili bir hesap olduğundan bu hesapla alan adı eklenemez.

# ExtensiveAndAllBothExist (HTTP 400).
extensive-and-all-both-exist = Joker karakterli alan adı ve 'all.' ile başlayan alan adı aynı anda bulunamaz.
    .description = Joker karakterli bir alan adı ve 'all.' ile başlayan bir alan adı aynı anda bulunamaz.

# CdnTypeNotSupportExtensiveDomain (HTTP 400).
cdn-type-not-support-extensive-domain = Bu CDN türü için joker karakterli alan adları desteklenmiyor.
    .description = CdnType parametresinde belirtilen iş türü için joker karakterli alan adları desteklenmiyor.

# ExtensiveAndSpecificDomainConflict (HTTP 400).
extensive-and-specific-domain-conflict = Joker karakterli alan adı ile buna karşılık gelen tam alan adı birbirini dışlar.
    .description = Joker karakterli alan adı, aynı düzeydeki bir tam alan adıyla çakışıyor. Joker karakterli bir alan adı ve bu alan adıyla eşleşen tam alan adları birlikte eklenemez.

# InvalidRegion.Malformed (HTTP 400).
invalid-region_malformed = Belirtilen Region değerinin biçimi hatalı.
    .description = Region parametresinin değeri geçersiz.

# InvalidResourceGroupId.Malformed (HTTP 400).
invalid-resource-group-id_malformed = Belirtilen ResourceGroupId değerinin biçimi hatalı.
    .description = ResourceGroupId parametresinin değeri geçersiz.

# EntityNotExists.ResourceGroup (HTTP 400).
entity-not-exists_resource-group = Kaynak grubu mevcut değil.
    .description = Belirtilen kaynak grubu mevcut değil.

# InvalidStatus.ResourceGroup (HTTP 400).
invalid-status_resource-group = Kaynak grubunun geçerli durumu nedeniyle bu işleme izin verilmiyor.
    .description = Kaynak grubunun geçerli durumu bu işleme izin vermiyor.

# InvalidPriorities.Malformed (HTTP 400).
invalid-priorities_malformed = Öncelik sayısı kaynak sunucu sayısıyla aynı değil.
    .description = Öncelik sayısı, kaynak sunucu sayısıyla eşleşmiyor. Her kaynak sunucu için bir öncelik belirtin.

# NotInternationRealIdentity (HTTP 400).
not-internation-real-identity = Çin anakarasındaki kaynakları kullanmak için gerçek ad doğrulaması yapmanız gerekir.
    .description = Hesabınız, Çin anakarasındaki kaynakları kullanmak için gereken gerçek ad doğrulamasını tamamlamadı.

# NoSuchResource (HTTP 404).
# Variables:
#   $resource (String) - the resource that was not found, such as a watermark ID.
no-such-resource = Belirtilen { $resource } kaynağı mevcut değil.
    .description = Belirtilen kaynak mevcut değil. Hata mesajında, filigran kimliği gibi ilgili kaynak belirtilir.

# NoSuchResource, variant `unnamed` (HTTP 404).
no-such-resource--unnamed = Belirtilen kaynak mevcut değil.
    .description = Belirtilen kaynak (örneğin bir görüntü) mevcut değil.

# OperationDenied.NotOpenAppService (HTTP 403).
operation-denied_not-open-app-service = Uygulama hizmeti etkinleştirilmedi.
    .description = Hesabınız için çoklu uygulama hizmeti etkinleştirilmedi.

# Forbidden.OperateApp (HTTP 403).
forbidden_operate-app = Kullanıcının uygulama üzerinde işlem yapma yetkisi yok.
    .description = Uygulamayı yönetme yetkiniz yok.

# InvalidFunctions.Malformed (HTTP 400).
invalid-functions_malformed = Belirtilen Functions değerinin biçimi hatalı.
    .description = Functions parametresinin değeri geçersiz.

# InvalidFunctionName.ValueNotSupported (HTTP 400).
# Variables:
#   $function_name (String) - the name of the function that is not supported.
invalid-function-name_value-not-supported = FunctionName parametresinde belirtilen { $function_name } işlevi desteklenmiyor.
    .description = FunctionName parametresinde belirtilen işlev desteklenmiyor.

# InvalidArgName.ValueNotSupported (HTTP 400).
# Variables:
#   $arg_name (String) - the name of the argument that is not supported.
invalid-arg-name_value-not-supported = ArgName parametresinde belirtilen { $arg_name } bağımsız değişkeni desteklenmiyor.
    .description = ArgName parametresinde belirtilen bağımsız değişken desteklenmiyor.

# InvalidArgValue.Malformed (HTTP 400).
invalid-arg-value_malformed = Belirtilen ArgValue değerinin biçimi hatalı.
    .description = ArgValue alanının değeri geçersiz.

# AlreadyExist.AppName (HTTP 409).
already-exist_app-name = AppName parametresinde belirtilen uygulama adı zaten mevcut.
    .description = AppName ile belirtilen ada sahip bir uygulama zaten mevcut.

# LimitExceeded.AppCount (HTTP 400).
limit-exceeded_app-count = Uygulama sayısı 10'u aştı.
    .description = Uygulama sayısı 10 olan üst sınıra ulaştı.

# InvalidFileName.Extension (HTTP 400).
invalid-file-name_extension = FileName parametresinde belirtilen dosya uzantısı geçersiz.
    .description = FileName parametresindeki dosya uzantısı geçersiz veya { -apsaravideo-vod } tarafından desteklenmiyor.

# IllegalCharacters (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
illegal-characters = Belirtilen { $parameter } parametresi izin verilmeyen emoji veya özel karakterler içeriyor.
    .description = Title, Description veya Tags gibi bir parametrenin değeri emoji veya özel karakterler içeriyor.

# LengthExceededMax (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
#   $max_length (Number) - the most bytes the parameter's value may have.
length-exceeded-max = Belirtilen { $parameter } parametresinin uzunluğu { NUMBER($max_length) } baytı aştı.
    .description = Title, Description veya Tags gibi bir parametrenin değeri, izin verilen en fazla bayt sayısından uzun. Her parametrenin sınırı için işlemin istek parametrelerinin açıklamasına bakın.

# TagsExceededMax (HTTP 400).
tags-exceeded-max = Tags parametresinde belirtilen etiket sayısı 16'yı aştı.
    .description = Video için 16'dan fazla etiket belirtildi. Bir videonun en fazla 16 etiketi olabilir.

# InvalidTemplateGroupId.NotFound (HTTP 404).
invalid-template-group-id_not-found = Belirtilen TemplateGroupId mevcut değil.
    .description = TemplateGroupId ile belirtilen kod dönüştürme şablon grubu mevcut değil.

# Forbidden.InitFailed (HTTP 403).
forbidden_init-failed = Hizmet etkinleştirilirken hesabınız başlatılamadı.
    .description = Hizmet etkinleştirildiği sırada hesabınız başlatılamadı.

# AddVideoFailed (HTTP 503).
add-video-failed = Video, bilinmeyen bir hata nedeniyle eklenemedi.
    .description = Video kimliği oluşturulamadığı için video oluşturulamadı. Daha sonra yeniden deneyin.

# Forbidden.ResourceNotEmpty (HTTP 403).
forbidden_resource-not-empty = Uygulamada hâlâ kaynaklar bulunduğu için uygulama silinemez.
    .description = Uygulama hâlâ kaynak içerdiğinden silinemez. Önce kaynakları silin veya başka bir uygulamaya taşıyın.

# InvalidMultipartUpload.NotFound (HTTP 400).
invalid-multipart-upload_not-found = Çok parçalı yükleme mevcut değil.
    .description = Çok parçalı yükleme veya parçaları mevcut değil.

# InvalidVideo.NotFound (HTTP 404).
invalid-video_not-found = Video mevcut değil.
    .description = Belirtilen video mevcut değil.

# InvalidVideo.NotFound, variant `not-exist` (HTTP 404).
invalid-video_not-found--not-exist = Video mevcut değil.
    .description = Belirtilen video mevcut değil.

# InvalidFile.NotFound (HTTP 400).
invalid-file_not-found = Dosya mevcut değil.
    .description = Video dosyası (örneğin kaynak dosya) mevcut değil.

# AccessDenied (HTTP 400).
access-denied = Erişim, yetkilendirme ilkesi tarafından reddedildi.
    .description = { -apsaravideo-vod } hizmetinin size ait { -oss } paketine (bucket) erişim yetkisi olmadığından işlem reddedildi.

# JobIdsExceededMax (HTTP 400).
job-ids-exceeded-max = JobIds içindeki kimlik sayısı üst sınırı aştı.
    .description = JobIds içindeki iş kimliği sayısı üst sınırı aşıyor.

# InvalidStream.NotFound (HTTP 404).
invalid-stream_not-found = Medya akışı mevcut değil.
    .description = Medya akışı mevcut değil.

# DeleteStreamFailed (HTTP 503).
delete-stream-failed = Medya akışı, bilinmeyen bir hata nedeniyle silinemedi.
    .description = Medya akışı, bilinmeyen bir hata nedeniyle silinemedi. Daha sonra yeniden deneyin.

# Forbidden.DefaultTemplateGroup (HTTP 403).
forbidden_default-template-group = Bu kod dönüştürme şablon grubu varsayılan gruptur.
    .description = Bu kod dönüştürme şablon grubu, varsayılan kod dönüştürme şablon grubu olduğundan silinemez.

# VideoIdsExceededMax (HTTP 400).
video-ids-exceeded-max = VideoIds içindeki kimlik sayısı üst sınırı aştı.
    .description = VideoIds içindeki video kimliği sayısı üst sınırı aşıyor.

# DeleteVideoFailed (HTTP 503).
delete-video-failed = Video, bilinmeyen bir hata nedeniyle silinemedi.
    .description = Video, bilinmeyen bir hata nedeniyle silinemedi. Daha sonra yeniden deneyin.

# Invalid%s.ValueNotSupported (HTTP 400).
# Variables:
#   $function_name (String) - the name of the function that is not supported.
invalid-any_value-not-supported = FunctionName parametresinde belirtilen [{ $function_name }] işlevi desteklenmiyor.
    .description = FunctionName parametresinin değeri desteklenmiyor.

# InvalidBizDate.Malformed (HTTP 400).
invalid-biz-date_malformed = Belirtilen BizDate değerinin biçimi hatalı.
    .description = BizDate parametresinin biçimi geçersiz. Zamanı UTC olarak yyyy-MM-ddTHH:mm:ssZ biçiminde belirtin.

# InvalidBizDate.BeyondCurrent (HTTP 400).
invalid-biz-date_beyond-current = EndTime değeri şu anki zamandan sonra.
    .description = BizDate ile belirtilen zaman, şu anki zamandan sonra.

# InvalidStartTime.Malformed (HTTP 400).
invalid-start-time_malformed = Belirtilen StartTime değerinin biçimi hatalı.
    .description = StartTime parametresinin biçimi geçersiz. Zamanı UTC olarak yyyy-MM-ddTHH:mm:ssZ biçiminde belirtin.

# InvalidStartTime.Malformed, variant `spelled-out` (HTTP 400).
invalid-start-time_malformed--spelled-out = Belirtilen başlangıç zamanının biçimi hatalı.
    .description = StartTime ile belirtilen başlangıç zamanının biçimi geçersiz.

# InvalidEndTime.Malformed (HTTP 400).
invalid-end-time_malformed = Belirtilen EndTime değerinin biçimi hatalı.
    .description = EndTime parametresinin biçimi geçersiz. Zamanı UTC olarak yyyy-MM-ddTHH:mm:ssZ biçiminde belirtin.

# InvalidEndTime.Malformed, variant `spelled-out` (HTTP 400).
invalid-end-time_malformed--spelled-out = Belirtilen bitiş zamanının biçimi hatalı.
    .description = EndTime ile belirtilen bitiş zamanının biçimi geçersiz.

# InvalidEndTime.BeyondCurrent (HTTP 400).
invalid-end-time_beyond-current = EndTime değeri şu anki zamandan sonra.
    .description = EndTime ile belirtilen zaman, şu anki zamandan sonra.

# InvalidEndTime.Mismatch (HTTP 400).
invalid-end-time_mismatch = StartTime ile EndTime uyuşmuyor.
    .description = StartTime ve EndTime ile belirtilen zaman aralığı geçersiz.

# InvalidEndTime.Mismatch, variant `does-not-math` (HTTP 400).
invalid-end-time_mismatch--does-not-math = Belirtilen EndTime, belirtilen StartTime ile uyuşmuyor.
    .description = EndTime ile belirtilen zaman, StartTime ile belirtilen zamandan önce.

# InvalidEndTime.Mismatch, variant `spelled-out` (HTTP 400).
invalid-end-time_mismatch--spelled-out = Belirtilen bitiş zamanı, belirtilen başlangıç zamanıyla uyuşmuyor.
    .description = EndTime ile belirtilen zaman, StartTime ile belirtilen zamandan önce.

# Throttling (HTTP 503).
throttling = İstek, hız sınırlaması nedeniyle reddedildi.
    .description = İstek, hız sınırlaması nedeniyle reddedildi. Daha sonra yeniden deneyin.

# InvalidParameterAliUid (HTTP 400).
invalid-parameter-ali-uid = Geçersiz AliUid parametresi.
    .description = AliUid parametresinin değeri geçersiz.

# InvalidParameterStartTime (HTTP 400).
invalid-parameter-start-time = Geçersiz StartTime parametresi.
    .description = StartTime parametresinin değeri geçersiz.

# InvalidParameterEndTime (HTTP 400).
invalid-parameter-end-time = Geçersiz EndTime parametresi.
    .description = EndTime parametresinin değeri geçersiz.

# InvalidTimeRange (HTTP 400).
invalid-time-range = StartTime ile EndTime arasındaki aralık 1 aydan kısa olmalıdır.
    .description = StartTime ve EndTime ile belirtilen zaman aralığı 31 günden uzun.

# InvalidParameterRegion (HTTP 400).
invalid-parameter-region = Geçersiz Region parametresi.
    .description = Region parametresinin değeri geçersiz.

# InvalidStartTime.ValueNotSupported (HTTP 400).
invalid-start-time_value-not-supported = StartTime parametresinin belirtilen değeri desteklenmiyor.
    .description = StartTime ve EndTime ile belirtilen zaman aralığı 90 günden uzun.

# InvalidStartTime.ValueNotSupported, variant `end-time-mismatch` (HTTP 400).
invalid-start-time_value-not-supported--end-time-mismatch = Belirtilen bitiş zamanı, belirtilen başlangıç zamanıyla uyuşmuyor.
    .description = StartTime ve EndTime ile belirtilen zaman aralığı 90 günden uzun. Bu kodla gönderilen hata mesajı yanıltıcıdır.

# DeleteFunctionFailed (HTTP 400).
delete-function-failed = İşlevler toplu olarak silinemedi.
    .description = Alan adı yapılandırmaları toplu olarak silinemedi.

# InvalidDomain.Offline (HTTP 404).
invalid-domain_offline = Belirtilen alan adı çevrim dışı.
    .description = Alan adı devre dışı bırakıldı.

# InvalidDomain.Configure_failed (HTTP 500).
invalid-domain_configure-failed = Belirtilen alan adı yapılandırılamadı.
    .description = Alan adı yapılandırılamadığından bu alan adı üzerinde yenileme ve ön yükleme gibi işlemler gerçekleştirilemez.

# InvalidParameterProduct (HTTP 400).
invalid-parameter-product = Geçersiz Product parametresi.
    .description = Product parametresinin değeri geçersiz.

# InvalidParameterArea (HTTP 400).
invalid-parameter-area = Geçersiz Area parametresi.
    .description = Area parametresinin değeri geçersiz.

# InvalidParameterField (HTTP 400).
invalid-parameter-field = Geçersiz Field parametresi.
    .description = Field parametresinin değeri geçersiz.

# InvalidParameterInterval (HTTP 400).
invalid-parameter-interval = Geçersiz Interval parametresi.
    .description = Interval parametresinin değeri geçersiz.

# InvalidTaskId.Malformed (HTTP 400).
invalid-task-id_malformed = Belirtilen TaskId değerinin biçimi hatalı.
    .description = TaskId parametresinin biçimi geçersiz.

# InvalidPageNumber.ValueNotSupported (HTTP 400).
invalid-page-number_value-not-supported = PageNumber parametresinin belirtilen değeri desteklenmiyor.
    .description = PageNumber parametresinin değeri desteklenmiyor.

# InvalidPageSize.ValueNotSupported (HTTP 400).
invalid-page-size_value-not-supported = PageSize parametresinin belirtilen değeri desteklenmiyor.
    .description = PageSize parametresinin değeri desteklenmiyor.

# InvalidDomainStatus.ValueNotSupported (HTTP 400).
invalid-domain-status_value-not-supported = DomainStatus parametresinin belirtilen değeri desteklenmiyor.
    .description = DomainStatus parametresinin değeri desteklenmiyor.

# InvalidDomainSearchType.ValueNotSupported (HTTP 400).
invalid-domain-search-type_value-not-supported = DomainSearchType parametresinin belirtilen değeri desteklenmiyor.
    .description = DomainSearchType parametresinin değeri desteklenmiyor.

# ExceededMax (HTTP 400).
exceeded-max = MediaIds giriş parametresi sınırı aştı.
    .description = MediaIds içindeki yardımcı medya varlığı kimliği sayısı 20 olan sınırı aşıyor.

# Forbidden.IllegalStatus (HTTP 400).
forbidden_illegal-status = Videonun durumu geçersiz.
    .description = Videonun geçerli durumu bu işleme izin vermiyor. İzin verilen durumlar işleme göre değişir: Örneğin yalnızca durumu UploadSucc, Normal veya Checking olan videoların kodu dönüştürülebilir.

# Forbidden.IllegalStatus, variant `current-status` (HTTP 400).
# Variables:
#   $status (String) - the video's current status, such as Blocked.
forbidden_illegal-status--current-status = Videonun durumu geçersiz. Geçerli durum: { $status }.
    .description = Video, geçerli durumunda oynatılamaz. Yalnızca durumu Normal olan videolar oynatılabilir.

# InvalidVideo.NoneStream (HTTP 404).
invalid-video_none-stream = Videoda, 'Formats: mp4, Definition: LD, StreamType: video' istek parametresine uyan oynatılabilir bir medya akışı yok.
    .description = Videonun kodu dönüştürülmüş medya akışlarından hiçbiri, istekteki biçim ve çözünürlük gibi filtre ölçütleriyle eşleşmiyor. Kod dönüştürme yapılandırmasının filtre ölçütleriyle eşleştiğinden emin olun.

# Forbidden.AliyunVoDEncryption (HTTP 403).
forbidden_aliyun-vo-d-encryption = Şu anda yalnızca AliyunVoDEncryption medya akışı mevcut. Oynatmak için Aliyun oynatıcısını kullanmanız veya ResultType değerini Multiple olarak ayarlamanız gerekir.
    .description = Videoda yalnızca { -alibaba-cloud } tescilli şifrelemesiyle şifrelenmiş medya akışları var. Bu akışları { -apsaravideo-player } ile oynatın veya ResultType değerini Multiple olarak ayarlayın.

# LimitExceeded.MediaIds (HTTP 400).
limit-exceeded_media-ids = MediaIds giriş parametresi sınırı aştı.
    .description = MediaIds içindeki medya varlığı kimliği sayısı 20 olan sınırı aşıyor.

# VideoListExceededMax (HTTP 400).
video-list-exceeded-max = Video listesi üst sınırı aştı.
    .description = Sayfalanacak toplam sonuç sayısı üst sınırı aşıyor.

# SecurityIp.NotFound (HTTP 404).
security-ip_not-found = İnceleme güvenlik IP adresi mevcut değil.
    .description = İnceleme güvenlik grubunda IP adresi bulunamadı.

# ListSecurityIpFailed (HTTP 500).
list-security-ip-failed = İnceleme güvenlik IP adresleri, bilinmeyen bir hata nedeniyle listelenemedi.
    .description = İnceleme güvenlik grubundaki IP adresleri, bilinmeyen bir hata nedeniyle sorgulanamadı. Daha sonra yeniden deneyin.

# IpsIsEmpty (HTTP 400).
ips-is-empty = Belirtilen Ips parametresi boş olamaz.
    .description = Ips parametresi belirtilmedi veya boş.

# IpsIsEmpty, variant `curly-quotes` (HTTP 400).
ips-is-empty--curly-quotes = Belirtilen Ips parametresi boş olamaz.
    .description = Ips parametresi belirtilmedi veya boş.

# IpsExceededMax (HTTP 403).
ips-exceeded-max = Ips parametresinde belirtilen IP adresi sayısı 100'ü aştı.
    .description = IP adresi sayısı sınırı aşıyor. Bir inceleme güvenlik grubu en fazla 100 IP adresi içerebilir.

# SecurityIpGroupExceededMax (HTTP 403).
security-ip-group-exceeded-max = İnceleme güvenlik grubu sayısı 10'u aştı.
    .description = İnceleme güvenlik grubu sayısı 10 olan sınırı aşıyor.

# Forbidden.OperateAppResource (HTTP 403).
forbidden_operate-app-resource = Belirtilen kaynak üzerinde işlem yapmak için uygulama izni geçersiz.
    .description = Hedef uygulamadaki kaynakları yönetme yetkiniz yok.

# QuotaExceeded.Refresh (HTTP 400).
quota-exceeded_refresh = Belirlenen yenileme sınırını aştınız.
    .description = İçerik yenileme veya ön yükleme için günlük kotaya ulaşıldı.

# PreloadQueueFull (HTTP 403).
preload-queue-full = Ön yükleme kuyruğu dolu, lütfen daha sonra yeniden deneyin.
    .description = Alan adı için ön yüklenen URL sayısı sınıra ulaştığından ön yükleme kuyruğu dolu. Daha sonra yeniden deneyin.

# InvalidObjectPath.Malformed (HTTP 400).
invalid-object-path_malformed = ObjectPath parametresinin değerinin biçimi hatalı.
    .description = ObjectPath parametresinin biçimi geçersiz.

# InvalidExtensiveDomain.ValueNotSupported (HTTP 400).
invalid-extensive-domain_value-not-supported = Joker karakterli alan adı desteklenmiyor.
    .description = Alan adı, bu işlemin desteklemediği joker karakterli bir alan adıdır.

# InvalidObjectPath.Size.Malformed (HTTP 400).
invalid-object-path_size_malformed = ObjectPath içindeki URL sayısı 1.000'i aşıyor.
    .description = ObjectPath, 1.000'den fazla URL içeriyor. Tek seferde en fazla 1.000 URL'yi ön yükleyebilirsiniz.

# InvalidVideo.Damaged (HTTP 400).
invalid-video_damaged = Video hasarlı.
    .description = Video doğru oluşturulmadı veya hasarlı.

# InvalidObjectType.ValueNotSupported (HTTP 400).
invalid-object-type_value-not-supported = <ObjectType> için belirtilen değer desteklenmiyor.
    .description = ObjectType parametresinin değeri desteklenmiyor.

# QuotaPerMinuteExceeded.Refresh (HTTP 400).
quota-per-minute-exceeded_refresh = Dakika başına belirlenen yenileme sınırını aştınız.
    .description = Yenileme isteği sayısı dakika başına sınıra ulaştı. Daha sonra yeniden deneyin.

# SortByExceededMax (HTTP 400).
sort-by-exceeded-max = Tüm veriler taranırken SortBy parametresi yalnızca bir sıralama alanını destekler.
    .description = SortBy birden fazla sıralama alanı belirtiyor. Tüm verileri tararken yalnızca bir alana göre sıralama yapabilirsiniz.

# ErrorMatchSyntax (HTTP 400).
# Variables:
#   $field (String) - the field of the Match expression that has the error.
error-match-syntax = Match.{ $field } parametresinde söz dizimi hatası var, lütfen kontrol edin.
    .description = Match parametresinin söz dizimi geçersiz. Söz dizimini kontrol edip yeniden deneyin.

# InvalidScrollToken.Expired (HTTP 400).
invalid-scroll-token_expired = ScrollToken değerinin süresi doldu, lütfen yenileyin.
    .description = ScrollToken parametresinin değerinin süresi doldu. Verileri 1. sayfadan başlayarak yeniden sorgulayın.

# InvalidSSLProtocol.ValueNotSupported (HTTP 400).
invalid-ssl-protocol_value-not-supported = Enable parametresinin belirtilen değeri desteklenmiyor.
    .description = SSLProtocol parametresinin değeri desteklenmiyor.

# SSLPub.MissingParameter (HTTP 400).
ssl-pub_missing-parameter = İsteğin işlenmesi için zorunlu olan SSLPub giriş parametresi belirtilmedi.
    .description = Sertifikanın içeriğini taşıyan SSLPub parametresi belirtilmedi.

# SSLPri.MissingParameter (HTTP 400).
ssl-pri_missing-parameter = İsteğin işlenmesi için zorunlu olan SSLPri giriş parametresi belirtilmedi.
    .description = Özel anahtarı taşıyan SSLPri parametresi belirtilmedi.

# InvalidCertificate (HTTP 400).
invalid-certificate = Sağladığınız sertifikanın biçimi hatalı.
    .description = Sertifikanın içeriği geçersiz.

# InvalidSSLPri (HTTP 400).
invalid-ssl-pri = Sağladığınız SSLPri değerinin biçimi hatalı.
    .description = Özel anahtar geçersiz.

# Certificate.MissMatch (HTTP 400).
certificate_miss-match = SSLPri, belirtilen sertifikayla eşleşmiyor.
    .description = Özel anahtar sertifikayla eşleşmiyor.

# InvalidCertificate.TooLong (HTTP 400).
invalid-certificate_too-long = Sağladığınız sertifika izin verilen en fazla uzunluğu aşıyor.
    .description = Sertifikanın içeriği uzunluk sınırını aşıyor.

# InvalidCertName.TooLong (HTTP 400).
invalid-cert-name_too-long = Sağladığınız sertifika adı, izin verilen en fazla uzunluk olan 128'i aşıyor.
    .description = Sertifika adı 128 karakterden uzun.

# SetDomainSSLPub.ParameterError (HTTP 400).
set-domain-ssl-pub_parameter-error = Parametrelerde hata var.
    .description = Sertifikayı ayarlamak için kullanılan parametrelerden biri veya birkaçı geçersiz.

# Certificate.StatusError (HTTP 400).
certificate_status-error = Sertifika mevcut değil veya durumu hatalı.
    .description = Sertifika mevcut değil veya durumu geçersiz.

# Certificate.StatusError, variant `status-only` (HTTP 400).
certificate_status-error--status-only = Sertifikanın durumu hatalı.
    .description = Sertifikanın durumu geçersiz.

# DeleteFailed (HTTP 400).
delete-failed = Sertifika silinemedi.
    .description = Sertifikayı silme işlemi başarısız oldu.

# Certificate.NotFind (HTTP 400).
certificate_not-find = Sertifika bilgileri bulunamadı.
    .description = Sertifika bulunamadı.

# Certificate.Duplicated (HTTP 400).
certificate_duplicated = Bu sertifika adı zaten kullanılıyor.
    .description = Aynı ada sahip bir sertifika zaten mevcut.

# Certificate.FormatError (HTTP 400).
certificate_format-error = Sertifika biçimi hatalı.
    .description = Sertifikanın biçimi geçersiz.

# Certificate.KeyNull (HTTP 400).
certificate_key-null = SSLPri boş olamaz.
    .description = Özel anahtar belirtilmedi.

# SSLPri.Malformed (HTTP 400).
ssl-pri_malformed = SSLPri biçimi hatalı.
    .description = Özel anahtarın biçimi geçersiz.

# Certificate.NotPermittedOff (HTTP 400).
certificate_not-permitted-off = Sertifikanın kapatılması alan adının trafik yönlendirmesini değiştirir, lütfen müşteri hizmetleriyle iletişime geçin.
    .description = Sertifikanın devre dışı bırakılması alan adının trafik yönlendirmesini etkileyeceğinden buna izin verilmiyor. { -alibaba-cloud } teknik destek ekibiyle iletişime geçin.

# Certificate.SettedNotEffect (HTTP 400).
certificate_setted-not-effect = Sertifika başarıyla ayarlandı ancak mevcut hizmeti korumak için henüz etkinleştirilmedi, lütfen müşteri hizmetleriyle iletişime geçin.
    .description = Sertifika yapılandırıldı ancak mevcut hizmetinizi korumak amacıyla henüz etkinleştirilmedi. Etkinleştirmek için { -alibaba-cloud } teknik destek ekibiyle iletişime geçin.

# InvalidSource.Content.Malformed (HTTP 400).
invalid-source_content_malformed = Belirtilen kaynak sunucu adresinin biçimi hatalı.
    .description = Kaynak sunucu adresi geçersiz.

# InvalidSource.Type.Malformed (HTTP 400).
invalid-source_type_malformed = Belirtilen kaynak sunucu türünün biçimi hatalı.
    .description = Kaynak sunucu türü geçersiz.

# InvalidTypeContent.Mismatch (HTTP 400).
invalid-type-content_mismatch = Belirtilen kaynak sunucu türü, belirtilen kaynak sunucu adresiyle eşleşmiyor.
    .description = Kaynak sunucu adresi, kaynak sunucu türüyle eşleşmiyor.

# InvalidSource.Priority.Malformed (HTTP 400).
invalid-source_priority_malformed = Belirtilen kaynak sunucu önceliğinin biçimi hatalı.
    .description = Kaynak sunucunun önceliği geçersiz.

# InvalidParameter.UploadURLs (HTTP 400).
invalid-parameter_upload-urls = Belirtilen UploadURLs parametresi geçersiz.
    .description = UploadURLs parametresinin değeri geçersiz.
