### Hata kodu sayfaları: `cargo xtask docs`, `vod-errors list --format markdown` ve web hata merkezi.

## Genel hatalar sayfası, kaynak sayfanın ifadeleriyle.

page-title = Hata kodları
page-intro = Bu makalede genel hata kodları açıklanmaktadır. Hata kodlarının açıklamalarına göre hatanın nedenini belirleyebilirsiniz.
page-common-errors = Genel hatalar
column-code = Hata kodu
column-message = Hata mesajı
column-status = HTTP durum kodu
column-description = Açıklama

## Tüm kodların dizini ve her işlemin hataları.

page-all-codes = Tüm hata kodları
page-all-codes-intro = { -apsaravideo-vod } API'sinin belgelerinde yer alan tüm hata kodları, olağan HTTP durum kodları ve hata mesajlarıyla birlikte.
page-operations = İşlemlere göre hatalar
page-operations-intro = Her API işleminin belgelerinde yer alan hatalar, işlemin döndürdüğü HTTP durum kodu ve hata mesajıyla birlikte.
page-placeholder-note = <parameter> gibi açılı ayraç içindeki bir ad, API'nin dolduracağı bir değeri temsil eder.
column-operation = İşlem
column-operations = İşlemler

## Web hata merkezi.

site-title = { -apsaravideo-vod } hata kodları
site-search-label = Hata kodlarında ara
site-search-hint = Bir hata kodu, mesajda geçen sözcükler veya bir işlem adı yazın.
site-search-empty = Aramanızla eşleşen hata kodu yok.
site-language = Dil
site-all-codes = Tüm hata kodları
site-all-operations = Tüm işlemler
site-usual-status = Olağan HTTP durum kodu
site-returned-by = Bu hatayı döndüren işlemler
site-returned-by-none = API referansındaki hiçbir işlem sayfası bu hatayı listelemiyor; bu hatayı herhangi bir işlem döndürebilir.
site-family = Aile
site-family-none = Bu kod herhangi bir kod ailesine ait değil.
site-family-members = Ailenin diğer kodları
site-retryable = Aynı isteği daha sonra yeniden göndermek başarılı olabilir.
site-not-retryable = Aynı isteği yeniden göndermek aynı şekilde başarısız olur.
site-troubleshoot = Bu hatayı { -alibaba-cloud } OpenAPI ile giderin
site-doubtful = Şüpheli: Kaynak bu hatayı burada listeliyor, ancak bu satır başka bir işlemden kopyalanmış gibi görünüyor.
site-operation-errors = Bu işlemin döndürdüğü hatalar
site-message-variants = Bu kodun diğer mesajları
