### Kode kesalahan API ApsaraVideo VOD, dalam bahasa Indonesia.
###
### Setiap pesan adalah terjemahan pesan kesalahan yang dikembalikan oleh API. Atribut `.description`
### menjelaskan apa yang terjadi dan apa yang perlu dilakukan. ID pesan adalah string kode dalam
### format kebab-case, dengan `_` di tempat titik pada kode (`OperationDenied.Suspended` menjadi
### `operation-denied_suspended`); varian, yaitu pesan kedua yang dikirim beberapa operasi untuk kode
### yang sama, menambahkan `--` dan namanya.

# MissingParameter (HTTP 400).
# Variabel:
#   $parameter (String) - nama parameter permintaan, misalnya VideoId.
missing-parameter = Parameter input { $parameter } yang diperlukan untuk memproses permintaan ini tidak disertakan.
    .description = Pesan kesalahan ini dikembalikan jika parameter wajib tidak ditetapkan.

# MissingParameter, varian `domain-name-empty` (HTTP 400).
missing-parameter--domain-name-empty = Nilai parameter DomainName tidak boleh kosong.
    .description = Parameter DomainName tidak ditentukan atau kosong.

# MissingParameter, varian `config-id-empty` (HTTP 400).
missing-parameter--config-id-empty = Nilai parameter ConfigId tidak boleh kosong.
    .description = Parameter ConfigId tidak ditentukan atau kosong.

# MissingParameter, varian `time-range-half` (HTTP 400).
missing-parameter--time-range-half = StartTime dan EndTime harus ditentukan bersama-sama.
    .description = Hanya salah satu dari StartTime dan EndTime yang ditentukan. Tentukan kedua parameter tersebut, atau jangan tentukan satu pun.

# InvalidParameter (HTTP 400).
# Variabel:
#   $parameter (String) - nama parameter permintaan, misalnya VideoId.
invalid-parameter = Parameter { $parameter } yang ditentukan tidak valid.
    .description = Pesan kesalahan ini dikembalikan jika parameter yang ditentukan tidak valid.

# InvalidParameter, varian `live-region` (HTTP 400).
invalid-parameter--live-region = Parameter wilayah { -apsaravideo-live } yang ditambahkan mengandung kesalahan.
    .description = Informasi wilayah { -apsaravideo-live } yang ditentukan untuk nama domain tidak valid.

# InvalidParameter, varian `media-type` (HTTP 400).
invalid-parameter--media-type = Parameter "MediaType" yang ditentukan tidak valid.
    .description = Nilai parameter MediaType tidak valid.

# InvalidParameter, varian `unspecified` (HTTP 400).
invalid-parameter--unspecified = Parameter tidak valid.
    .description = Satu atau beberapa parameter tidak valid.

# OperationDenied (HTTP 403).
operation-denied = Akun Anda belum mengaktifkan layanan { -vod }.
    .description = Pesan kesalahan ini dikembalikan jika { -apsaravideo-vod } belum diaktifkan untuk akun Anda.

# OperationDenied, varian `vod-suspended` (HTTP 403).
operation-denied--vod-suspended = Layanan { -vod } Anda ditangguhkan.
    .description = { -apsaravideo-vod } ditangguhkan untuk akun { -alibaba-cloud } Anda.

# OperationDenied, varian `cdn-not-open` (HTTP 403).
operation-denied--cdn-not-open = Akun Anda belum mengaktifkan layanan CDN.
    .description = { -alibaba-cloud-cdn } belum diaktifkan untuk akun { -alibaba-cloud } Anda.

# OperationDenied, varian `cdn-suspended` (HTTP 403).
operation-denied--cdn-suspended = Layanan CDN Anda ditangguhkan.
    .description = { -alibaba-cloud-cdn } ditangguhkan untuk akun { -alibaba-cloud } Anda. Jika akun tersebut memiliki tunggakan pembayaran, tambahkan dana ke akun tersebut.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = Layanan { -vod } Anda ditangguhkan.
    .description = Pesan kesalahan ini dikembalikan jika akun { -alibaba-cloud } Anda memiliki tunggakan pembayaran. Tambahkan dana ke akun Anda.

# Forbidden (HTTP 403).
forbidden = Pengguna tidak memiliki otorisasi untuk melakukan operasi pada sumber daya yang ditentukan.
    .description = Pesan kesalahan ini dikembalikan jika Anda tidak memiliki otorisasi untuk melakukan operasi tersebut. Umumnya, kesalahan ini terjadi karena akun Anda belum diberi izin yang relevan. Untuk informasi selengkapnya, lihat [Ikhtisar](/intl.en-US/Developer Guide/Access authorization/Overview.md).

# InternalError (HTTP 500).
internal-error = Pemrosesan permintaan gagal karena kesalahan yang tidak diketahui.
    .description = Pesan kesalahan ini dikembalikan jika terjadi kesalahan yang tidak diketahui di sisi server. Coba lagi nanti atau hubungi perwakilan layanan pelanggan.

# ServiceUnAvailable (HTTP 503).
service-un-available = Permintaan gagal karena gangguan sementara pada server.
    .description = Pesan kesalahan ini dikembalikan jika layanan tidak tersedia.

# LevelExceededMax (HTTP 400).
level-exceeded-max = Jumlah tingkat kategori melebihi batas maksimum.
    .description = Jumlah tingkat kategori telah mencapai batas.

# SubTotalExceededMax (HTTP 400).
sub-total-exceeded-max = Jumlah subkategori melebihi batas maksimum.
    .description = Jumlah subkategori dalam kategori telah mencapai batas.

# InvalidCateId.NotFound (HTTP 404).
invalid-cate-id_not-found = CateId tidak ada.
    .description = Kategori atau kategori induk yang ditentukan tidak ada.

# InvalidStorage.NotFound (HTTP 404).
invalid-storage_not-found = Informasi penyimpanan tidak ada.
    .description = { -apsaravideo-vod } belum mengalokasikan lokasi penyimpanan untuk akun Anda.

# InvalidStorage.NotFound, varian `storage-location` (HTTP 404).
invalid-storage_not-found--storage-location = StorageLocation tidak ada.
    .description = Lokasi penyimpanan yang ditentukan tidak ada. Periksa lokasi penyimpanan akun Anda di konsol { -apsaravideo-vod }.

# InvalidStorage.NotFound, varian `cannot-find` (HTTP 404).
invalid-storage_not-found--cannot-find = Penyimpanan tidak ditemukan.
    .description = Lokasi penyimpanan tidak ada.

# InvalidTranscodeTemplateGroup.NotFound (HTTP 404).
invalid-transcode-template-group_not-found = Grup templat transkode tidak ada.
    .description = Grup templat transkode yang ditentukan tidak ada.

# InvalidTranscodeTemplateGroup.NotFound, varian `template` (HTTP 404).
invalid-transcode-template-group_not-found--template = Templat transkode tidak ada.
    .description = Grup templat transkode yang ditentukan, atau templat transkode di dalamnya, tidak ada.

# Forbidden.LockedTemplateGroup (HTTP 403).
forbidden_locked-template-group = Grup templat transkode telah dikunci.
    .description = Grup templat transkode dikunci dan tidak dapat dikelola. Untuk mengelolanya, hubungi dukungan teknis { -alibaba-cloud }.

# Forbidden.SpecialTemplateGroup (HTTP 403).
forbidden_special-template-group = Grup templat transkode digunakan untuk tujuan khusus.
    .description = Grup templat transkode dicadangkan untuk tujuan khusus, misalnya grup templat No Transcoding atau Storage Only. Templat transkode tidak dapat ditambahkan ke grup tersebut.

# TrasncodeTemplateGroupExceededMax (HTTP 400).
trasncode-template-group-exceeded-max = Jumlah grup templat transkode melebihi batas maksimum.
    .description = Jumlah grup templat transkode telah mencapai batas, yaitu 20.

# TranscodeTemplateExceededMax (HTTP 400).
transcode-template-exceeded-max = Jumlah konfigurasi templat transkode melebihi batas maksimum.
    .description = Jumlah templat transkode dalam grup templat transkode melebihi batas. Satu grup templat transkode dapat berisi maksimal 20 templat transkode.

# WatermarkExceededMax (HTTP 400).
watermark-exceeded-max = Jumlah watermark melebihi batas maksimum.
    .description = Terlalu banyak watermark yang dikaitkan dengan templat transkode dalam grup templat transkode. Satu templat transkode dapat dikaitkan dengan maksimal 4 watermark.

# InvalidDomainName.Malformed (HTTP 400).
invalid-domain-name_malformed = Format DomainName yang ditentukan tidak valid.
    .description = Nilai parameter DomainName tidak valid.

# InvalidDomainName.Malformed, varian `specific-value` (HTTP 400).
invalid-domain-name_malformed--specific-value = Format nilai parameter DomainName yang ditentukan tidak valid.
    .description = Nilai parameter DomainName tidak valid atau tidak didukung.

# InvalidCdnType.Malformed (HTTP 400).
invalid-cdn-type_malformed = Format CdnType yang ditentukan tidak valid.
    .description = Nilai parameter CdnType tidak valid.

# InvalidSourceType.Malformed (HTTP 400).
invalid-source-type_malformed = Format SourceType yang ditentukan tidak valid.
    .description = Nilai parameter SourceType tidak valid.

# InvalidSources.Malformed (HTTP 400).
invalid-sources_malformed = Format Sources yang ditentukan tidak valid.
    .description = Nilai parameter Sources tidak valid. Alamat asal tidak sesuai dengan jenis server asalnya.

# InvalidScope.Malformed (HTTP 400).
invalid-scope_malformed = Format Scope yang ditentukan tidak valid.
    .description = Nilai parameter Scope tidak valid.

# InvaildParameter (HTTP 400).
invaild-parameter = Format sertifikat yang Anda berikan tidak valid.
    .description = Sertifikat untuk akselerasi HTTPS tidak valid. Panjang gabungan sertifikat dan kunci privat mungkin melebihi batas.

# InvaildParameter, varian `domain-name` (HTTP 400).
invaild-parameter--domain-name = Format nilai parameter DomainName yang ditentukan tidak valid.
    .description = Nilai parameter DomainName tidak valid.

# BusinessExist (HTTP 400).
business-exist = Permintaan yang sama sedang diproses. Jangan kirim ulang permintaan.
    .description = Nama domain sedang ditambahkan. Jangan kirim permintaan tersebut lagi.

# DomainAlreadyExist (HTTP 400).
domain-already-exist = Nama domain ini sudah ada.
    .description = Nama domain sudah ditambahkan.

# DomainOverLimit (HTTP 403).
domain-over-limit = Jumlah nama domain melebihi batas.
    .description = Jumlah nama domain telah mencapai batas.

# DomainNotRegistration (HTTP 404).
domain-not-registration = Nama domain belum memiliki pendaftaran ICP.
    .description = Nama domain tidak memiliki pendaftaran ICP.

# IllegalOperation (HTTP 403).
illegal-operation = Operasi yang tidak sah pada nama domain tidak diizinkan.
    .description = Operasi ini tidak diizinkan pada nama domain ini karena nama domain tidak valid atau Anda tidak memiliki otorisasi untuk melakukan operasi tersebut.

# IllegalOperation, varian `illegal-domain` (HTTP 403).
illegal-operation--illegal-domain = Nama domain tidak valid sehingga operasi tidak diizinkan.
    .description = Nama domain tidak valid sehingga operasi ini tidak diizinkan.

# ServiceBusy (HTTP 403).
service-busy = Nama domain yang ditentukan sedang dikonfigurasi. Coba lagi nanti.
    .description = Nama domain sedang dikonfigurasi. Tunggu hingga konfigurasi nama domain selesai, lalu coba lagi.

# ServiceBusy, varian `retry-again` (HTTP 403).
service-busy--retry-again = Nama domain yang ditentukan sedang dikonfigurasi. Coba lagi nanti.
    .description = Nama domain sedang dikonfigurasi. Tunggu hingga konfigurasi nama domain selesai, lalu coba lagi.

# InvalidDomain.NotFound (HTTP 404).
invalid-domain_not-found = Nama domain yang diberikan bukan milik Anda.
    .description = Nama domain yang ditentukan tidak ada atau bukan milik akun Anda.

# InnerAddDomainDenied (HTTP 400).
inner-add-domain-denied = Akun Anda belum dikaitkan dengan Aone ID sehingga tidak dapat menambahkan nama domain.
    .description = Akun Anda adalah akun internal yang tidak dikaitkan dengan Aone ID sehingga tidak dapat menambahkan nama domain.

# ExtensiveAndAllBothExist (HTTP 400).
extensive-and-all-both-exist = Nama domain wildcard dan nama domain yang diawali dengan 'all.' tidak boleh ada secara bersamaan.
    .description = Nama domain wildcard dan nama domain yang diawali dengan 'all.' tidak boleh ada pada saat yang sama.

# CdnTypeNotSupportExtensiveDomain (HTTP 400).
cdn-type-not-support-extensive-domain = Nama domain wildcard tidak didukung untuk jenis CDN ini.
    .description = Nama domain wildcard tidak didukung untuk jenis bisnis yang ditentukan oleh CdnType.

# ExtensiveAndSpecificDomainConflict (HTTP 400).
extensive-and-specific-domain-conflict = Nama domain wildcard dan nama domain spesifik yang sesuai dengannya saling eksklusif.
    .description = Nama domain wildcard berkonflik dengan nama domain spesifik pada tingkat yang sama. Nama domain wildcard dan nama domain spesifik yang dicakupnya tidak dapat ditambahkan bersamaan.

# InvalidRegion.Malformed (HTTP 400).
invalid-region_malformed = Format Region yang ditentukan tidak valid.
    .description = Nilai parameter Region tidak valid.

# InvalidResourceGroupId.Malformed (HTTP 400).
invalid-resource-group-id_malformed = Format ResourceGroupId yang ditentukan tidak valid.
    .description = Nilai parameter ResourceGroupId tidak valid.

# EntityNotExists.ResourceGroup (HTTP 400).
entity-not-exists_resource-group = Grup sumber daya tidak ada.
    .description = Grup sumber daya yang ditentukan tidak ada.

# InvalidStatus.ResourceGroup (HTTP 400).
invalid-status_resource-group = Operasi ini tidak diizinkan karena status grup sumber daya saat ini.
    .description = Status grup sumber daya saat ini tidak mengizinkan operasi ini.

# InvalidPriorities.Malformed (HTTP 400).
invalid-priorities_malformed = Jumlah prioritas tidak sama dengan jumlah server asal.
    .description = Jumlah prioritas tidak sesuai dengan jumlah server asal. Tentukan satu prioritas untuk setiap server asal.

# NotInternationRealIdentity (HTTP 400).
not-internation-real-identity = Anda harus menyelesaikan verifikasi nama asli untuk menggunakan sumber daya di Tiongkok daratan.
    .description = Akun Anda belum menyelesaikan verifikasi nama asli yang diperlukan untuk menggunakan sumber daya di Tiongkok daratan.

# NoSuchResource (HTTP 404).
# Variabel:
#   $resource (String) - sumber daya yang tidak ditemukan, misalnya ID watermark.
no-such-resource = Sumber daya { $resource } yang ditentukan tidak ada.
    .description = Sumber daya yang ditentukan tidak ada. Pesan kesalahan menyebutkan sumber daya tersebut, misalnya ID watermark.

# NoSuchResource, varian `unnamed` (HTTP 404).
no-such-resource--unnamed = Sumber daya yang ditentukan tidak ada.
    .description = Sumber daya yang ditentukan, misalnya gambar, tidak ada.

# OperationDenied.NotOpenAppService (HTTP 403).
operation-denied_not-open-app-service = Layanan aplikasi belum diaktifkan.
    .description = Layanan multi-aplikasi belum diaktifkan untuk akun Anda.

# Forbidden.OperateApp (HTTP 403).
forbidden_operate-app = Pengguna tidak memiliki otorisasi untuk mengelola aplikasi.
    .description = Anda tidak memiliki otorisasi untuk mengelola aplikasi ini.

# InvalidFunctions.Malformed (HTTP 400).
invalid-functions_malformed = Format Functions yang ditentukan tidak valid.
    .description = Nilai parameter Functions tidak valid.

# InvalidFunctionName.ValueNotSupported (HTTP 400).
# Variabel:
#   $function_name (String) - nama fungsi yang tidak didukung.
invalid-function-name_value-not-supported = FunctionName { $function_name } tidak didukung.
    .description = Fitur yang ditentukan oleh FunctionName tidak didukung.

# InvalidArgName.ValueNotSupported (HTTP 400).
# Variabel:
#   $arg_name (String) - nama argumen yang tidak didukung.
invalid-arg-name_value-not-supported = ArgName { $arg_name } tidak didukung.
    .description = Argumen yang ditentukan oleh ArgName tidak didukung.

# InvalidArgValue.Malformed (HTTP 400).
invalid-arg-value_malformed = Format ArgValue yang ditentukan tidak valid.
    .description = Nilai bidang ArgValue tidak valid.

# AlreadyExist.AppName (HTTP 409).
already-exist_app-name = AppName yang ditentukan sudah ada.
    .description = Aplikasi dengan nama yang ditentukan oleh AppName sudah ada.

# LimitExceeded.AppCount (HTTP 400).
limit-exceeded_app-count = Jumlah aplikasi telah melebihi 10.
    .description = Jumlah aplikasi telah mencapai batas, yaitu 10.

# InvalidFileName.Extension (HTTP 400).
invalid-file-name_extension = Ekstensi nama file dalam FileName yang ditentukan tidak valid.
    .description = Ekstensi nama file dalam parameter FileName tidak valid atau tidak didukung oleh { -apsaravideo-vod }.

# IllegalCharacters (HTTP 400).
# Variabel:
#   $parameter (String) - nama parameter permintaan, misalnya VideoId.
illegal-characters = Nilai parameter { $parameter } yang ditentukan mengandung emotikon atau karakter khusus yang tidak diizinkan.
    .description = Nilai parameter, seperti Title, Description, atau Tags, mengandung emotikon atau karakter khusus.

# LengthExceededMax (HTTP 400).
# Variabel:
#   $parameter (String) - nama parameter permintaan, misalnya VideoId.
#   $max_length (Number) - jumlah byte maksimum yang diizinkan untuk nilai parameter.
length-exceeded-max = Panjang parameter { $parameter } yang ditentukan telah melebihi { NUMBER($max_length) } byte.
    .description = Nilai parameter, seperti Title, Description, atau Tags, melebihi jumlah byte maksimum yang diizinkan. Untuk batas setiap parameter, lihat deskripsi parameter permintaan operasi tersebut.

# TagsExceededMax (HTTP 400).
tags-exceeded-max = Jumlah tag dalam Tags yang ditentukan telah melebihi 16.
    .description = Lebih dari 16 tag ditentukan untuk video. Satu video dapat memiliki maksimal 16 tag.

# InvalidTemplateGroupId.NotFound (HTTP 404).
invalid-template-group-id_not-found = TemplateGroupId tidak ada.
    .description = Grup templat transkode yang ditentukan oleh TemplateGroupId tidak ada.

# Forbidden.InitFailed (HTTP 403).
forbidden_init-failed = Inisialisasi akun Anda gagal saat mengaktifkan layanan.
    .description = Akun Anda tidak dapat diinisialisasi saat layanan diaktifkan.

# AddVideoFailed (HTTP 503).
add-video-failed = Penambahan video gagal karena kesalahan yang tidak diketahui.
    .description = Video tidak dapat dibuat karena ID videonya tidak dapat dihasilkan. Coba lagi nanti.

# Forbidden.ResourceNotEmpty (HTTP 403).
forbidden_resource-not-empty = Aplikasi masih memiliki sumber daya sehingga tidak dapat dihapus.
    .description = Aplikasi tidak dapat dihapus karena masih berisi sumber daya. Hapus sumber daya tersebut atau pindahkan ke aplikasi lain terlebih dahulu.

# InvalidMultipartUpload.NotFound (HTTP 400).
invalid-multipart-upload_not-found = Unggahan multipart tidak ada.
    .description = Unggahan multipart atau bagian-bagiannya tidak ada.

# InvalidVideo.NotFound (HTTP 404).
invalid-video_not-found = Video tidak ada.
    .description = Video yang ditentukan tidak ada.

# InvalidVideo.NotFound, varian `not-exist` (HTTP 404).
invalid-video_not-found--not-exist = Video tidak ada.
    .description = Video yang ditentukan tidak ada.

# InvalidFile.NotFound (HTTP 400).
invalid-file_not-found = File tidak ada.
    .description = File video, misalnya file sumber (mezzanine), tidak ada.

# AccessDenied (HTTP 400).
access-denied = Akses ditolak oleh kebijakan pemberi otorisasi.
    .description = { -apsaravideo-vod } tidak memiliki otorisasi untuk mengakses bucket { -oss } milik Anda sendiri sehingga operasi ditolak.

# JobIdsExceededMax (HTTP 400).
job-ids-exceeded-max = Jumlah ID dalam JobIds melebihi batas maksimum.
    .description = Jumlah ID tugas dalam JobIds melebihi batas.

# InvalidStream.NotFound (HTTP 404).
invalid-stream_not-found = Aliran media tidak ada.
    .description = Aliran media tidak ada.

# DeleteStreamFailed (HTTP 503).
delete-stream-failed = Penghapusan aliran media gagal karena kesalahan yang tidak diketahui.
    .description = Aliran media tidak dapat dihapus karena kesalahan yang tidak diketahui. Coba lagi nanti.

# Forbidden.DefaultTemplateGroup (HTTP 403).
forbidden_default-template-group = Grup templat transkode ini adalah grup default.
    .description = Grup templat transkode ini adalah grup templat transkode default dan tidak dapat dihapus.

# VideoIdsExceededMax (HTTP 400).
video-ids-exceeded-max = Jumlah ID dalam VideoIds melebihi batas maksimum.
    .description = Jumlah ID video dalam VideoIds melebihi batas.

# DeleteVideoFailed (HTTP 503).
delete-video-failed = Penghapusan video gagal karena kesalahan yang tidak diketahui.
    .description = Video tidak dapat dihapus karena kesalahan yang tidak diketahui. Coba lagi nanti.

# Invalid%s.ValueNotSupported (HTTP 400).
# Variabel:
#   $function_name (String) - nama fungsi yang tidak didukung.
invalid-any_value-not-supported = FunctionName [{ $function_name }] tidak didukung.
    .description = Nilai parameter FunctionName tidak didukung.

# InvalidBizDate.Malformed (HTTP 400).
invalid-biz-date_malformed = Format BizDate yang ditentukan tidak valid.
    .description = Format parameter BizDate tidak valid. Tentukan waktu dalam format yyyy-MM-ddTHH:mm:ssZ, dalam UTC.

# InvalidBizDate.BeyondCurrent (HTTP 400).
invalid-biz-date_beyond-current = EndTime melewati waktu saat ini.
    .description = Waktu yang ditentukan oleh BizDate lebih lambat daripada waktu saat ini.

# InvalidStartTime.Malformed (HTTP 400).
invalid-start-time_malformed = Format StartTime yang ditentukan tidak valid.
    .description = Format parameter StartTime tidak valid. Tentukan waktu dalam format yyyy-MM-ddTHH:mm:ssZ, dalam UTC.

# InvalidStartTime.Malformed, varian `spelled-out` (HTTP 400).
invalid-start-time_malformed--spelled-out = Format waktu mulai yang ditentukan tidak valid.
    .description = Format waktu mulai yang ditentukan oleh StartTime tidak valid.

# InvalidEndTime.Malformed (HTTP 400).
invalid-end-time_malformed = Format EndTime yang ditentukan tidak valid.
    .description = Format parameter EndTime tidak valid. Tentukan waktu dalam format yyyy-MM-ddTHH:mm:ssZ, dalam UTC.

# InvalidEndTime.Malformed, varian `spelled-out` (HTTP 400).
invalid-end-time_malformed--spelled-out = Format waktu selesai yang ditentukan tidak valid.
    .description = Format waktu selesai yang ditentukan oleh EndTime tidak valid.

# InvalidEndTime.BeyondCurrent (HTTP 400).
invalid-end-time_beyond-current = EndTime melewati waktu saat ini.
    .description = Waktu yang ditentukan oleh EndTime lebih lambat daripada waktu saat ini.

# InvalidEndTime.Mismatch (HTTP 400).
invalid-end-time_mismatch = StartTime dan EndTime tidak sesuai.
    .description = Rentang waktu yang ditentukan oleh StartTime dan EndTime tidak valid.

# InvalidEndTime.Mismatch, varian `does-not-math` (HTTP 400).
invalid-end-time_mismatch--does-not-math = EndTime yang ditentukan tidak sesuai dengan StartTime yang ditentukan.
    .description = Waktu yang ditentukan oleh EndTime lebih awal daripada waktu yang ditentukan oleh StartTime.

# InvalidEndTime.Mismatch, varian `spelled-out` (HTTP 400).
invalid-end-time_mismatch--spelled-out = Waktu selesai yang ditentukan tidak sesuai dengan waktu mulai yang ditentukan.
    .description = Waktu yang ditentukan oleh EndTime lebih awal daripada waktu yang ditentukan oleh StartTime.

# Throttling (HTTP 503).
throttling = Permintaan ditolak karena pembatasan laju permintaan (throttling).
    .description = Permintaan ditolak karena pembatasan laju (throttling). Coba lagi nanti.

# InvalidParameterAliUid (HTTP 400).
invalid-parameter-ali-uid = Parameter AliUid tidak valid.
    .description = Nilai parameter AliUid tidak valid.

# InvalidParameterStartTime (HTTP 400).
invalid-parameter-start-time = Parameter StartTime tidak valid.
    .description = Nilai parameter StartTime tidak valid.

# InvalidParameterEndTime (HTTP 400).
invalid-parameter-end-time = Parameter EndTime tidak valid.
    .description = Nilai parameter EndTime tidak valid.

# InvalidTimeRange (HTTP 400).
invalid-time-range = Rentang waktu antara StartTime dan EndTime harus kurang dari 1 bulan.
    .description = Rentang waktu yang ditentukan oleh StartTime dan EndTime lebih dari 31 hari.

# InvalidParameterRegion (HTTP 400).
invalid-parameter-region = Parameter Region tidak valid.
    .description = Nilai parameter Region tidak valid.

# InvalidStartTime.ValueNotSupported (HTTP 400).
invalid-start-time_value-not-supported = Nilai parameter StartTime yang ditentukan tidak didukung.
    .description = Rentang waktu yang ditentukan oleh StartTime dan EndTime lebih dari 90 hari.

# InvalidStartTime.ValueNotSupported, varian `end-time-mismatch` (HTTP 400).
invalid-start-time_value-not-supported--end-time-mismatch = Waktu selesai yang ditentukan tidak sesuai dengan waktu mulai yang ditentukan.
    .description = Rentang waktu yang ditentukan oleh StartTime dan EndTime lebih dari 90 hari. Pesan kesalahan yang dikirim dengan kode ini menyesatkan.

# DeleteFunctionFailed (HTTP 400).
delete-function-failed = Penghapusan fungsi secara massal gagal.
    .description = Penghapusan konfigurasi nama domain secara massal gagal.

# InvalidDomain.Offline (HTTP 404).
invalid-domain_offline = Nama domain yang diberikan sedang offline.
    .description = Nama domain telah dinonaktifkan.

# InvalidDomain.Configure_failed (HTTP 500).
invalid-domain_configure-failed = Gagal mengonfigurasi nama domain yang diberikan.
    .description = Nama domain tidak dapat dikonfigurasi sehingga operasi seperti refresh dan prefetch tidak dapat dilakukan pada nama domain tersebut.

# InvalidParameterProduct (HTTP 400).
invalid-parameter-product = Parameter Product tidak valid.
    .description = Nilai parameter Product tidak valid.

# InvalidParameterArea (HTTP 400).
invalid-parameter-area = Parameter Area tidak valid.
    .description = Nilai parameter Area tidak valid.

# InvalidParameterField (HTTP 400).
invalid-parameter-field = Parameter Field tidak valid.
    .description = Nilai parameter Field tidak valid.

# InvalidParameterInterval (HTTP 400).
invalid-parameter-interval = Parameter Interval tidak valid.
    .description = Nilai parameter Interval tidak valid.

# InvalidTaskId.Malformed (HTTP 400).
invalid-task-id_malformed = Format TaskId yang ditentukan tidak valid.
    .description = Parameter TaskId tidak dalam format yang valid.

# InvalidPageNumber.ValueNotSupported (HTTP 400).
invalid-page-number_value-not-supported = Nilai parameter PageNumber yang ditentukan tidak didukung.
    .description = Nilai parameter PageNumber tidak didukung.

# InvalidPageSize.ValueNotSupported (HTTP 400).
invalid-page-size_value-not-supported = Nilai parameter PageSize yang ditentukan tidak didukung.
    .description = Nilai parameter PageSize tidak didukung.

# InvalidDomainStatus.ValueNotSupported (HTTP 400).
invalid-domain-status_value-not-supported = Nilai parameter DomainStatus yang ditentukan tidak didukung.
    .description = Nilai parameter DomainStatus tidak didukung.

# InvalidDomainSearchType.ValueNotSupported (HTTP 400).
invalid-domain-search-type_value-not-supported = Nilai parameter DomainSearchType yang ditentukan tidak didukung.
    .description = Nilai parameter DomainSearchType tidak didukung.

# ExceededMax (HTTP 400).
exceeded-max = Parameter input 'MediaIds' melebihi batas.
    .description = Jumlah ID aset media tambahan dalam MediaIds melebihi batas, yaitu 20.

# Forbidden.IllegalStatus (HTTP 400).
forbidden_illegal-status = Status video tidak valid.
    .description = Status video saat ini tidak mengizinkan operasi tersebut. Status yang diizinkan bergantung pada operasinya: misalnya, hanya video dengan status UploadSucc, Normal, atau Checking yang dapat ditranskode.

# Forbidden.IllegalStatus, varian `current-status` (HTTP 400).
# Variabel:
#   $status (String) - status video saat ini, misalnya Blocked.
forbidden_illegal-status--current-status = Status video tidak valid. Status saat ini adalah { $status }.
    .description = Video tidak dapat diputar dalam statusnya saat ini. Hanya video dengan status Normal yang dapat diputar.

# InvalidVideo.NoneStream (HTTP 404).
invalid-video_none-stream = Video tidak memiliki aliran media yang dapat diputar untuk parameter permintaan 'Formats: mp4, Definition: LD, StreamType: video'.
    .description = Tidak ada aliran media hasil transkode dari video ini yang sesuai dengan kriteria filter permintaan, seperti format dan definisi. Pastikan konfigurasi transkode sesuai dengan kriteria filter tersebut.

# Forbidden.AliyunVoDEncryption (HTTP 403).
forbidden_aliyun-vo-d-encryption = Saat ini hanya ada aliran media AliyunVoDEncryption. Anda harus menggunakan { -apsaravideo-player } untuk memutarnya atau mengatur nilai ResultType menjadi Multiple.
    .description = Video hanya memiliki aliran media yang dienkripsi dengan kriptografi eksklusif { -alibaba-cloud }. Putar aliran media tersebut dengan { -apsaravideo-player }, atau atur ResultType menjadi Multiple.

# LimitExceeded.MediaIds (HTTP 400).
limit-exceeded_media-ids = Parameter input "MediaIds" melebihi batas.
    .description = Jumlah ID aset media dalam MediaIds melebihi batas, yaitu 20.

# VideoListExceededMax (HTTP 400).
video-list-exceeded-max = Daftar video melebihi batas maksimum.
    .description = Jumlah total hasil yang ditelusuri melalui paginasi melebihi batas.

# SecurityIp.NotFound (HTTP 404).
security-ip_not-found = Alamat IP keamanan peninjauan tidak ada.
    .description = Tidak ada alamat IP yang ditemukan dalam grup keamanan peninjauan.

# ListSecurityIpFailed (HTTP 500).
list-security-ip-failed = Gagal mengambil daftar alamat IP keamanan peninjauan karena kesalahan yang tidak diketahui.
    .description = Alamat IP dalam grup keamanan peninjauan tidak dapat dikueri karena kesalahan yang tidak diketahui. Coba lagi nanti.

# IpsIsEmpty (HTTP 400).
ips-is-empty = Parameter "Ips" yang ditentukan tidak boleh kosong.
    .description = Parameter Ips tidak ditentukan atau kosong.

# IpsIsEmpty, varian `curly-quotes` (HTTP 400).
ips-is-empty--curly-quotes = Parameter “Ips” yang ditentukan tidak boleh kosong.
    .description = Parameter Ips tidak ditentukan atau kosong.

# IpsExceededMax (HTTP 403).
ips-exceeded-max = Jumlah alamat IP dalam Ips yang ditentukan telah melebihi 100.
    .description = Jumlah alamat IP melebihi batas. Satu grup keamanan peninjauan dapat berisi maksimal 100 alamat IP.

# SecurityIpGroupExceededMax (HTTP 403).
security-ip-group-exceeded-max = Jumlah grup keamanan peninjauan telah melebihi 10.
    .description = Jumlah grup keamanan peninjauan melebihi batas, yaitu 10.

# Forbidden.OperateAppResource (HTTP 403).
forbidden_operate-app-resource = Izin aplikasi tidak memadai untuk melakukan operasi pada sumber daya yang ditentukan.
    .description = Anda tidak memiliki otorisasi untuk mengelola sumber daya di aplikasi tujuan.

# QuotaExceeded.Refresh (HTTP 400).
quota-exceeded_refresh = Anda telah melampaui batas refresh yang ditetapkan.
    .description = Kuota harian untuk refresh atau prefetch konten telah tercapai.

# PreloadQueueFull (HTTP 403).
preload-queue-full = Antrean prefetch penuh. Coba lagi nanti.
    .description = Antrean prefetch penuh karena jumlah URL yang sedang dalam proses prefetch untuk nama domain telah mencapai batas. Coba lagi nanti.

# InvalidObjectPath.Malformed (HTTP 400).
invalid-object-path_malformed = Format nilai parameter ObjectPath yang ditentukan tidak valid.
    .description = Parameter ObjectPath tidak dalam format yang valid.

# InvalidExtensiveDomain.ValueNotSupported (HTTP 400).
invalid-extensive-domain_value-not-supported = Nama domain wildcard tidak didukung.
    .description = Nama domain ini adalah nama domain wildcard, yang tidak didukung oleh operasi ini.

# InvalidObjectPath.Size.Malformed (HTTP 400).
invalid-object-path_size_malformed = ObjectPath berisi lebih dari 1.000 URL.
    .description = ObjectPath berisi lebih dari 1.000 URL. Anda dapat melakukan prefetch untuk maksimal 1.000 URL sekaligus.

# InvalidVideo.Damaged (HTTP 400).
invalid-video_damaged = Video telah rusak.
    .description = Video tidak dibuat dengan benar atau telah rusak.

# InvalidObjectType.ValueNotSupported (HTTP 400).
invalid-object-type_value-not-supported = Nilai "<ObjectType>" yang ditentukan tidak didukung.
    .description = Nilai parameter ObjectType tidak didukung.

# QuotaPerMinuteExceeded.Refresh (HTTP 400).
quota-per-minute-exceeded_refresh = Anda telah melampaui batas refresh per menit yang ditetapkan.
    .description = Jumlah permintaan refresh telah mencapai batas per menit. Coba lagi nanti.

# SortByExceededMax (HTTP 400).
sort-by-exceeded-max = Parameter SortBy hanya mendukung satu bidang pengurutan saat menelusuri semua data.
    .description = SortBy menentukan lebih dari satu bidang pengurutan. Saat menelusuri semua data, Anda hanya dapat mengurutkan berdasarkan satu bidang.

# ErrorMatchSyntax (HTTP 400).
# Variabel:
#   $field (String) - bidang dalam ekspresi Match yang mengandung kesalahan.
error-match-syntax = Sintaks parameter Match.{ $field } salah. Periksa kembali parameter tersebut.
    .description = Sintaks parameter Match tidak valid. Periksa sintaksnya, lalu coba lagi.

# InvalidScrollToken.Expired (HTTP 400).
invalid-scroll-token_expired = ScrollToken telah kedaluwarsa. Dapatkan token yang baru.
    .description = Nilai parameter ScrollToken telah kedaluwarsa. Kueri ulang data mulai dari halaman 1.

# InvalidSSLProtocol.ValueNotSupported (HTTP 400).
invalid-ssl-protocol_value-not-supported = Nilai parameter Enable yang ditentukan tidak didukung.
    .description = Nilai parameter SSLProtocol tidak didukung.

# SSLPub.MissingParameter (HTTP 400).
ssl-pub_missing-parameter = Parameter input SSLPub yang diperlukan untuk memproses permintaan tidak disertakan.
    .description = Parameter SSLPub, yang berisi konten sertifikat, tidak ditentukan.

# SSLPri.MissingParameter (HTTP 400).
ssl-pri_missing-parameter = Parameter input SSLPri yang diperlukan untuk memproses permintaan tidak disertakan.
    .description = Parameter SSLPri, yang berisi kunci privat, tidak ditentukan.

# InvalidCertificate (HTTP 400).
invalid-certificate = Format sertifikat yang Anda berikan tidak valid.
    .description = Konten sertifikat tidak valid.

# InvalidSSLPri (HTTP 400).
invalid-ssl-pri = Format SSLPri yang Anda berikan tidak valid.
    .description = Kunci privat tidak valid.

# Certificate.MissMatch (HTTP 400).
certificate_miss-match = SSLPri tidak cocok dengan sertifikat yang ditentukan.
    .description = Kunci privat tidak cocok dengan sertifikat.

# InvalidCertificate.TooLong (HTTP 400).
invalid-certificate_too-long = Sertifikat yang Anda berikan melebihi panjang maksimum.
    .description = Konten sertifikat melebihi batas panjang.

# InvalidCertName.TooLong (HTTP 400).
invalid-cert-name_too-long = Nama sertifikat yang Anda berikan melebihi panjang maksimum 128 karakter.
    .description = Nama sertifikat lebih dari 128 karakter.

# SetDomainSSLPub.ParameterError (HTTP 400).
set-domain-ssl-pub_parameter-error = Parameter mengandung kesalahan.
    .description = Satu atau beberapa parameter untuk menetapkan sertifikat tidak valid.

# Certificate.StatusError (HTTP 400).
certificate_status-error = Sertifikat tidak ada atau statusnya tidak valid.
    .description = Sertifikat tidak ada atau berada dalam status yang tidak valid.

# Certificate.StatusError, varian `status-only` (HTTP 400).
certificate_status-error--status-only = Status sertifikat tidak valid.
    .description = Status sertifikat tidak valid.

# DeleteFailed (HTTP 400).
delete-failed = Gagal menghapus sertifikat.
    .description = Sertifikat tidak dapat dihapus.

# Certificate.NotFind (HTTP 400).
certificate_not-find = Informasi sertifikat tidak ditemukan.
    .description = Sertifikat tidak ditemukan.

# Certificate.Duplicated (HTTP 400).
certificate_duplicated = Nama sertifikat sudah digunakan.
    .description = Sertifikat dengan nama yang sama sudah ada.

# Certificate.FormatError (HTTP 400).
certificate_format-error = Format sertifikat tidak valid.
    .description = Sertifikat tidak dalam format yang valid.

# Certificate.KeyNull (HTTP 400).
certificate_key-null = SSLPri tidak boleh kosong.
    .description = Kunci privat tidak ditentukan.

# SSLPri.Malformed (HTTP 400).
ssl-pri_malformed = Format SSLPri tidak valid.
    .description = Kunci privat tidak dalam format yang valid.

# Certificate.NotPermittedOff (HTTP 400).
certificate_not-permitted-off = Menonaktifkan sertifikat akan mengubah penjadwalan nama domain. Hubungi layanan pelanggan.
    .description = Menonaktifkan sertifikat akan memengaruhi penjadwalan nama domain sehingga tidak diizinkan. Hubungi dukungan teknis { -alibaba-cloud }.

# Certificate.SettedNotEffect (HTTP 400).
certificate_setted-not-effect = Sertifikat berhasil ditetapkan, tetapi belum diberlakukan demi melindungi layanan saat ini. Hubungi layanan pelanggan.
    .description = Sertifikat telah dikonfigurasi, tetapi demi melindungi layanan Anda saat ini, sertifikat tersebut belum diberlakukan. Agar sertifikat berlaku, hubungi dukungan teknis { -alibaba-cloud }.

# InvalidSource.Content.Malformed (HTTP 400).
invalid-source_content_malformed = Format alamat asal yang ditentukan tidak valid.
    .description = Alamat asal tidak valid.

# InvalidSource.Type.Malformed (HTTP 400).
invalid-source_type_malformed = Format jenis server asal yang ditentukan tidak valid.
    .description = Jenis server asal tidak valid.

# InvalidTypeContent.Mismatch (HTTP 400).
invalid-type-content_mismatch = Jenis server asal yang ditentukan tidak sesuai dengan alamat asal yang ditentukan.
    .description = Alamat asal tidak sesuai dengan jenis server asal.

# InvalidSource.Priority.Malformed (HTTP 400).
invalid-source_priority_malformed = Format prioritas server asal yang ditentukan tidak valid.
    .description = Prioritas server asal tidak valid.

# InvalidParameter.UploadURLs (HTTP 400).
invalid-parameter_upload-urls = Parameter UploadURLs yang ditentukan tidak valid.
    .description = Nilai parameter UploadURLs tidak valid.
