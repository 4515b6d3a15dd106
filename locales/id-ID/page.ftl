### The error-code page: `cargo xtask docs` and `vod-errors list --format markdown`.

page-title = Kode kesalahan
page-intro = Topik ini menjelaskan kode kesalahan umum. Anda dapat menentukan penyebab kesalahan berdasarkan deskripsi kode kesalahan.
page-common-errors = Kesalahan umum
column-code = Kode kesalahan
column-message = Pesan kesalahan
column-status = Kode status HTTP
column-description = Deskripsi
