### Video hizmeti API'sinin genel hata kodları.
### Her ileti, API'nin döndürdüğü hata mesajıdır; `.description` özniteliği nedenini açıklar.
### İleti kimliği, kodun kebab-case biçimindeki dizesidir.

# MissingParameter (HTTP 400).
# Değişkenler:
#   $parameter (String) - istek parametresinin adı, örneğin VideoId.
missing-parameter = Bu isteğin işlenmesi için zorunlu olan { $parameter } giriş parametresi belirtilmedi.
    .description = Zorunlu bir parametre ayarlanmadığında döndürülen hata mesajıdır.

# InvalidParameter (HTTP 400).
# Değişkenler:
#   $parameter (String) - istek parametresinin adı, örneğin VideoId.
invalid-parameter = Belirtilen { $parameter } parametresi geçersiz.
    .description = Belirtilen parametre geçersiz olduğunda döndürülen hata mesajıdır.

# OperationDenied (HTTP 403).
operation-denied = Hesabınızda { -vod } hizmeti henüz etkinleştirilmedi.
    .description = Hesabınız için { -apsaravideo-vod } etkinleştirilmediğinde döndürülen hata mesajıdır.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = { -vod } hizmetiniz askıya alındı.
    .description = { -alibaba-cloud } hesabınızda vadesi geçmiş ödemeler olduğunda döndürülen hata mesajıdır. Hesabınıza bakiye yükleyin.

# Forbidden (HTTP 403).
forbidden = Kullanıcının belirtilen kaynak üzerinde işlem yapma yetkisi yok.
    .description = İşlemi gerçekleştirme yetkiniz olmadığında döndürülen hata mesajıdır. Bu hata çoğunlukla hesabınıza ilgili izinler verilmediği için oluşur. Daha fazla bilgi için bkz. [Genel Bakış](/intl.en-US/Developer Guide/Access authorization/Overview.md).

# InternalError (HTTP 500).
internal-error = İstek, bilinmeyen bir hata nedeniyle işlenemedi.
    .description = Arka planda bilinmeyen bir hata oluştuğunda döndürülen hata mesajıdır. Daha sonra yeniden deneyin veya müşteri hizmetleri temsilcileriyle iletişime geçin.

# ServiceUnAvailable (HTTP 503).
service-un-available = İstek, sunucudaki geçici bir arıza nedeniyle başarısız oldu.
    .description = Hizmet kullanılamadığında döndürülen hata mesajıdır.
