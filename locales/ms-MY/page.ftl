### Halaman kod ralat: `cargo xtask docs`, `vod-errors list --format markdown` dan pusat ralat web.

## Halaman ralat umum, mengikut perkataan halaman sumber.

page-title = Kod ralat
page-intro = Topik ini menerangkan kod ralat umum. Anda boleh menentukan punca ralat berdasarkan penerangan kod ralat.
page-common-errors = Ralat umum
column-code = Kod ralat
column-message = Mesej ralat
column-status = Kod status HTTP
column-description = Penerangan

## Indeks semua kod dan ralat bagi setiap operasi.

page-all-codes = Semua kod ralat
page-all-codes-intro = Setiap kod ralat yang didokumenkan oleh API { -apsaravideo-vod }, bersama kod status HTTP lazimnya dan mesej ralatnya.
page-operations = Ralat mengikut operasi
page-operations-intro = Ralat yang didokumenkan oleh setiap operasi API, bersama kod status HTTP dan mesej ralat yang dikembalikan oleh operasi tersebut.
page-placeholder-note = Nama dalam kurungan sudut, seperti <parameter>, mewakili nilai yang diisi oleh API.
column-operation = Operasi
column-operations = Operasi

## Pusat ralat web.

site-title = Kod ralat { -apsaravideo-vod }
site-search-label = Cari kod ralat
site-search-hint = Taip kod, perkataan daripada mesej ralat atau nama operasi.
site-search-empty = Tiada kod ralat yang sepadan dengan carian anda.
site-language = Bahasa
site-all-codes = Semua kod ralat
site-all-operations = Semua operasi
site-usual-status = Kod status HTTP lazim
site-returned-by = Operasi yang mengembalikan ralat ini
site-returned-by-none = Tiada halaman operasi dalam rujukan API yang menyenaraikan ralat ini; mana-mana operasi boleh mengembalikannya.
site-family = Keluarga
site-family-none = Kod ini tidak tergolong dalam mana-mana keluarga kod.
site-family-members = Kod lain dalam keluarga ini
site-retryable = Permintaan yang sama mungkin berjaya jika dihantar semula kemudian.
site-not-retryable = Permintaan yang sama akan gagal dengan cara yang sama jika dihantar semula.
site-troubleshoot = Selesaikan masalah ralat ini dengan { -alibaba-cloud } OpenAPI
site-doubtful = Diragui: sumber menyenaraikan ralat ini di sini, tetapi baris ini nampaknya disalin daripada operasi lain.
site-operation-errors = Ralat yang dikembalikan oleh operasi ini
site-message-variants = Mesej lain bagi kod ini
