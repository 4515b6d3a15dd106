### The error-code page: `cargo xtask docs` and `vod-errors list --format markdown`.

page-title = Hata kodları
page-intro = Bu konuda genel hata kodları açıklanmaktadır. Hata kodlarının açıklamalarına göre hatanın nedenini belirleyebilirsiniz.
page-common-errors = Genel hatalar
column-code = Hata kodu
column-message = Hata mesajı
column-status = HTTP durum kodu
column-description = Açıklama
