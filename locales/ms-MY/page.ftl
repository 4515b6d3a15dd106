### The error-code page: `cargo xtask docs` and `vod-errors list --format markdown`.

page-title = Kod ralat
page-intro = Topik ini menerangkan kod ralat umum. Anda boleh menentukan punca ralat berdasarkan penerangan kod ralat.
page-common-errors = Ralat umum
column-code = Kod ralat
column-message = Mesej ralat
column-status = Kod status HTTP
column-description = Penerangan
