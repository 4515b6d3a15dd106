### Halaman kode kesalahan: `cargo xtask docs`, `vod-errors list --format markdown`, dan pusat kesalahan web.

## Halaman kesalahan umum, sesuai dengan kata-kata halaman sumber.

page-title = Kode kesalahan
page-intro = Topik ini menjelaskan kode kesalahan umum. Anda dapat menentukan penyebab kesalahan berdasarkan deskripsi kode kesalahan.
page-common-errors = Kesalahan umum
column-code = Kode kesalahan
column-message = Pesan kesalahan
column-status = Kode status HTTP
column-description = Deskripsi

## Indeks semua kode dan kesalahan setiap operasi.

page-all-codes = Semua kode kesalahan
page-all-codes-intro = Setiap kode kesalahan yang didokumentasikan oleh API { -apsaravideo-vod }, beserta kode status HTTP yang lazim dan pesan kesalahannya.
page-operations = Kesalahan per operasi
page-operations-intro = Kesalahan yang didokumentasikan untuk setiap operasi API, beserta kode status HTTP dan pesan kesalahan yang dikembalikan oleh operasi tersebut.
page-placeholder-note = Nama dalam kurung sudut, seperti <parameter>, mewakili nilai yang diisi oleh API.
column-operation = Operasi
column-operations = Operasi

## Pusat kesalahan web.

site-title = Kode kesalahan { -apsaravideo-vod }
site-search-label = Cari kode kesalahan
site-search-hint = Ketik kode, kata dari pesan kesalahan, atau nama operasi.
site-search-empty = Tidak ada kode kesalahan yang cocok dengan pencarian Anda.
site-language = Bahasa
site-all-codes = Semua kode kesalahan
site-all-operations = Semua operasi
site-usual-status = Kode status HTTP yang lazim
site-returned-by = Operasi yang mengembalikan kesalahan ini
site-returned-by-none = Tidak ada halaman operasi dalam referensi API yang mencantumkan kesalahan ini; operasi apa pun dapat mengembalikannya.
site-family = Keluarga
site-family-none = Kode ini tidak termasuk dalam keluarga kode mana pun.
site-family-members = Kode lain dalam keluarga ini
site-retryable = Permintaan yang sama dapat berhasil jika dikirim ulang nanti.
site-not-retryable = Permintaan yang sama akan gagal dengan cara yang sama jika dikirim ulang.
site-troubleshoot = Atasi masalah kesalahan ini dengan { -alibaba-cloud } OpenAPI
site-doubtful = Diragukan: sumber mencantumkan kesalahan ini di sini, tetapi baris ini tampaknya disalin dari operasi lain.
site-operation-errors = Kesalahan yang dikembalikan oleh operasi ini
site-message-variants = Pesan lain untuk kode ini
