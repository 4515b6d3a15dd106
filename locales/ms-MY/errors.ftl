### Kod ralat API ApsaraVideo VOD, dalam bahasa Melayu.
###
### Setiap mesej ialah terjemahan mesej ralat yang dikembalikan oleh API. Atribut `.description`
### menerangkan perkara yang berlaku dan tindakan yang perlu diambil. ID mesej ialah rentetan kod dalam
### format kebab-case, dengan `_` menggantikan titik dalam kod (`OperationDenied.Suspended` menjadi
### `operation-denied_suspended`); varian, iaitu mesej kedua yang dihantar oleh sesetengah operasi bagi
### kod yang sama, menambah `--` dan namanya.

# MissingParameter (HTTP 400).
# Pemboleh ubah:
#   $parameter (String) - nama parameter permintaan, contohnya VideoId.
missing-parameter = Parameter input { $parameter } yang diperlukan untuk memproses permintaan ini tidak diberikan.
    .description = Mesej ralat ini dikembalikan apabila parameter wajib tidak ditetapkan.

# MissingParameter, varian `domain-name-empty` (HTTP 400).
missing-parameter--domain-name-empty = Nilai parameter DomainName tidak boleh kosong.
    .description = Parameter DomainName tidak ditentukan atau kosong.

# MissingParameter, varian `config-id-empty` (HTTP 400).
missing-parameter--config-id-empty = Nilai parameter ConfigId tidak boleh kosong.
    .description = Parameter ConfigId tidak ditentukan atau kosong.

# MissingParameter, varian `time-range-half` (HTTP 400).
missing-parameter--time-range-half = StartTime dan EndTime mesti ditentukan bersama-sama.
    .description = Hanya satu daripada StartTime dan EndTime yang ditentukan. Tentukan kedua-dua parameter, atau jangan tentukan satu pun daripadanya.

# InvalidParameter (HTTP 400).
# Pemboleh ubah:
#   $parameter (String) - nama parameter permintaan, contohnya VideoId.
invalid-parameter = Parameter { $parameter } yang ditentukan tidak sah.
    .description = Mesej ralat ini dikembalikan apabila parameter yang ditentukan tidak sah.

# InvalidParameter, varian `live-region` (HTTP 400).
invalid-parameter--live-region = Parameter rantau { -apsaravideo-live } yang ditambah mengandungi ralat.
    .description = Maklumat rantau { -apsaravideo-live } yang ditentukan untuk nama domain tidak sah.

# InvalidParameter, varian `media-type` (HTTP 400).
invalid-parameter--media-type = Parameter "MediaType" yang ditentukan tidak sah.
    .description = Nilai parameter MediaType tidak sah.

# InvalidParameter, varian `unspecified` (HTTP 400).
invalid-parameter--unspecified = Parameter tidak sah.
    .description = Satu atau lebih parameter tidak sah.

# OperationDenied (HTTP 403).
operation-denied = Akaun anda belum mengaktifkan perkhidmatan { -vod }.
    .description = Mesej ralat ini dikembalikan apabila { -apsaravideo-vod } belum diaktifkan untuk akaun anda.

# OperationDenied, varian `vod-suspended` (HTTP 403).
operation-denied--vod-suspended = Perkhidmatan { -vod } anda telah digantung.
    .description = { -apsaravideo-vod } telah digantung untuk akaun { -alibaba-cloud } anda.

# OperationDenied, varian `cdn-not-open` (HTTP 403).
operation-denied--cdn-not-open = Akaun anda belum mengaktifkan perkhidmatan CDN.
    .description = { -alibaba-cloud-cdn } belum diaktifkan untuk akaun { -alibaba-cloud } anda.

# OperationDenied, varian `cdn-suspended` (HTTP 403).
operation-denied--cdn-suspended = Perkhidmatan CDN anda telah digantung.
    .description = { -alibaba-cloud-cdn } telah digantung untuk akaun { -alibaba-cloud } anda. Jika akaun tersebut mempunyai tunggakan bayaran, tambah dana ke dalam akaun tersebut.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = Perkhidmatan { -vod } anda telah digantung.
    .description = Mesej ralat ini dikembalikan apabila akaun { -alibaba-cloud } anda mempunyai tunggakan bayaran. Tambah dana ke dalam akaun anda.

# Forbidden (HTTP 403).
forbidden = Pengguna tidak dibenarkan untuk melaksanakan operasi pada sumber yang ditentukan.
    .description = Mesej ralat ini dikembalikan apabila anda tidak dibenarkan untuk melaksanakan operasi tersebut. Dalam kebanyakan kes, ralat ini berlaku kerana akaun anda tidak diberikan kebenaran yang berkaitan. Untuk maklumat lanjut, lihat [Gambaran Keseluruhan](/intl.en-US/Developer Guide/Access authorization/Overview.md).

# InternalError (HTTP 500).
internal-error = Pemprosesan permintaan gagal disebabkan oleh ralat yang tidak diketahui.
    .description = Mesej ralat ini dikembalikan apabila ralat yang tidak diketahui berlaku di bahagian pelayan. Cuba lagi kemudian atau hubungi wakil khidmat pelanggan.

# ServiceUnAvailable (HTTP 503).
service-un-available = Permintaan gagal disebabkan oleh gangguan sementara pada pelayan.
    .description = Mesej ralat ini dikembalikan apabila perkhidmatan tidak tersedia.

# LevelExceededMax (HTTP 400).
level-exceeded-max = Bilangan tahap kategori melebihi had maksimum.
    .description = Bilangan tahap kategori telah mencapai had.

# SubTotalExceededMax (HTTP 400).
sub-total-exceeded-max = Jumlah subkategori melebihi had maksimum.
    .description = Bilangan subkategori dalam kategori telah mencapai had.

# InvalidCateId.NotFound (HTTP 404).
invalid-cate-id_not-found = CateId tidak wujud.
    .description = Kategori atau kategori induk yang ditentukan tidak wujud.

# InvalidStorage.NotFound (HTTP 404).
invalid-storage_not-found = Maklumat storan tidak wujud.
    .description = { -apsaravideo-vod } belum memperuntukkan lokasi storan kepada akaun anda.

# InvalidStorage.NotFound, varian `storage-location` (HTTP 404).
invalid-storage_not-found--storage-location = StorageLocation tidak wujud.
    .description = Lokasi storan yang ditentukan tidak wujud. Semak lokasi storan akaun anda dalam konsol { -apsaravideo-vod }.

# InvalidStorage.NotFound, varian `cannot-find` (HTTP 404).
invalid-storage_not-found--cannot-find = Storan tidak ditemui.
    .description = Lokasi storan tidak wujud.

# InvalidTranscodeTemplateGroup.NotFound (HTTP 404).
invalid-transcode-template-group_not-found = Kumpulan templat transkod tidak wujud.
    .description = Kumpulan templat transkod yang ditentukan tidak wujud.

# InvalidTranscodeTemplateGroup.NotFound, varian `template` (HTTP 404).
invalid-transcode-template-group_not-found--template = Templat transkod tidak wujud.
    .description = Kumpulan templat transkod yang ditentukan, atau templat transkod di dalamnya, tidak wujud.

# Forbidden.LockedTemplateGroup (HTTP 403).
forbidden_locked-template-group = Kumpulan templat transkod telah dikunci.
    .description = Kumpulan templat transkod dikunci dan tidak boleh diurus. Untuk mengurusnya, hubungi sokongan teknikal { -alibaba-cloud }.

# Forbidden.SpecialTemplateGroup (HTTP 403).
forbidden_special-template-group = Kumpulan templat transkod digunakan untuk tujuan khas.
    .description = Kumpulan templat transkod ini dikhaskan untuk kegunaan tertentu, seperti kumpulan templat No Transcoding atau Storage Only. Templat transkod tidak boleh ditambah ke dalam kumpulan ini.

# TrasncodeTemplateGroupExceededMax (HTTP 400).
trasncode-template-group-exceeded-max = Bilangan kumpulan templat transkod melebihi had maksimum.
    .description = Bilangan kumpulan templat transkod telah mencapai had, iaitu 20.

# TranscodeTemplateExceededMax (HTTP 400).
transcode-template-exceeded-max = Bilangan konfigurasi templat transkod melebihi had maksimum.
    .description = Bilangan templat transkod dalam kumpulan templat transkod melebihi had. Satu kumpulan templat transkod boleh mengandungi paling banyak 20 templat transkod.

# WatermarkExceededMax (HTTP 400).
watermark-exceeded-max = Bilangan tera air melebihi had maksimum.
    .description = Terlalu banyak tera air dikaitkan dengan templat transkod dalam kumpulan templat transkod. Satu templat transkod boleh dikaitkan dengan paling banyak 4 tera air.

# InvalidDomainName.Malformed (HTTP 400).
invalid-domain-name_malformed = Format DomainName yang ditentukan tidak sah.
    .description = Nilai parameter DomainName tidak sah.

# InvalidDomainName.Malformed, varian `specific-value` (HTTP 400).
invalid-domain-name_malformed--specific-value = Format nilai parameter DomainName yang ditentukan tidak sah.
    .description = Nilai parameter DomainName tidak sah atau tidak disokong.

# InvalidCdnType.Malformed (HTTP 400).
invalid-cdn-type_malformed = Format CdnType yang ditentukan tidak sah.
    .description = Nilai parameter CdnType tidak sah.

# InvalidSourceType.Malformed (HTTP 400).
invalid-source-type_malformed = Format SourceType yang ditentukan tidak sah.
    .description = Nilai parameter SourceType tidak sah.

# InvalidSources.Malformed (HTTP 400).
invalid-sources_malformed = Format Sources yang ditentukan tidak sah.
    .description = Nilai parameter Sources tidak sah. Alamat asal tidak sepadan dengan jenis pelayan asalnya.

# InvalidScope.Malformed (HTTP 400).
invalid-scope_malformed = Format Scope yang ditentukan tidak sah.
    .description = Nilai parameter Scope tidak sah.

# InvaildParameter (HTTP 400).
invaild-parameter = Format sijil yang anda berikan tidak sah.
    .description = Sijil untuk pecutan HTTPS tidak sah. Jumlah panjang sijil dan kunci persendirian mungkin melebihi had.

# InvaildParameter, varian `domain-name` (HTTP 400).
invaild-parameter--domain-name = Format nilai parameter DomainName yang ditentukan tidak sah.
    .description = Nilai parameter DomainName tidak sah.

# BusinessExist (HTTP 400).
business-exist = Permintaan yang sama sedang diproses. Jangan hantar permintaan ini semula.
    .description = Nama domain sedang ditambah. Jangan hantar permintaan tersebut sekali lagi.

# DomainAlreadyExist (HTTP 400).
domain-already-exist = Nama domain ini sudah wujud.
    .description = Nama domain telah pun ditambah.

# DomainOverLimit (HTTP 403).
domain-over-limit = Bilangan nama domain melebihi had.
    .description = Bilangan nama domain telah mencapai had.

# DomainNotRegistration (HTTP 404).
domain-not-registration = Nama domain belum mempunyai pendaftaran ICP.
    .description = Nama domain tidak mempunyai pendaftaran ICP.

# IllegalOperation (HTTP 403).
illegal-operation = Operasi yang tidak sah pada nama domain tidak dibenarkan.
    .description = Operasi ini tidak dibenarkan pada nama domain ini kerana nama domain tidak sah atau anda tidak dibenarkan untuk melaksanakan operasi tersebut.

# IllegalOperation, varian `illegal-domain` (HTTP 403).
illegal-operation--illegal-domain = Nama domain tidak sah, oleh itu operasi tidak dibenarkan.
    .description = Nama domain tidak sah, oleh itu operasi ini tidak dibenarkan.

# ServiceBusy (HTTP 403).
service-busy = Nama domain yang ditentukan sedang dikonfigurasikan. Sila cuba lagi kemudian.
    .description = Nama domain sedang dikonfigurasikan. Tunggu sehingga konfigurasi nama domain selesai, kemudian cuba lagi.

# ServiceBusy, varian `retry-again` (HTTP 403).
service-busy--retry-again = Nama domain yang ditentukan sedang dikonfigurasikan. Sila cuba lagi kemudian.
    .description = Nama domain sedang dikonfigurasikan. Tunggu sehingga konfigurasi nama domain selesai, kemudian cuba lagi.

# InvalidDomain.NotFound (HTTP 404).
invalid-domain_not-found = Nama domain yang diberikan bukan milik anda.
    .description = Nama domain yang ditentukan tidak wujud atau bukan milik akaun anda.

# InnerAddDomainDenied (HTTP 400).
inner-add-domain-denied = Akaun anda belum dikaitkan dengan Aone ID, oleh itu nama domain tidak boleh ditambah.
    .description = Akaun anda ialah akaun dalaman yang tidak dikaitkan dengan Aone ID, oleh itu akaun ini tidak boleh menambah nama domain.

# ExtensiveAndAllBothExist (HTTP 400).
extensive-and-all-both-exist = Nama domain kad bebas dan nama domain yang bermula dengan 'all.' tidak boleh wujud serentak.
    .description = Nama domain kad bebas dan nama domain yang bermula dengan 'all.' tidak boleh wujud pada masa yang sama.

# CdnTypeNotSupportExtensiveDomain (HTTP 400).
cdn-type-not-support-extensive-domain = Nama domain kad bebas tidak disokong untuk jenis CDN ini.
    .description = Nama domain kad bebas tidak disokong untuk jenis perniagaan yang ditentukan oleh CdnType.

# ExtensiveAndSpecificDomainConflict (HTTP 400).
extensive-and-specific-domain-conflict = Nama domain kad bebas dan nama domain tepat yang sepadan dengannya adalah saling eksklusif.
    .description = Nama domain kad bebas bercanggah dengan nama domain tepat pada tahap yang sama. Nama domain kad bebas dan nama domain tepat yang dipadankannya tidak boleh ditambah bersama-sama.

# InvalidRegion.Malformed (HTTP 400).
invalid-region_malformed = Format Region yang ditentukan tidak sah.
    .description = Nilai parameter Region tidak sah.

# InvalidResourceGroupId.Malformed (HTTP 400).
invalid-resource-group-id_malformed = Format ResourceGroupId yang ditentukan tidak sah.
    .description = Nilai parameter ResourceGroupId tidak sah.

# EntityNotExists.ResourceGroup (HTTP 400).
entity-not-exists_resource-group = Kumpulan sumber tidak wujud.
    .description = Kumpulan sumber yang ditentukan tidak wujud.

# InvalidStatus.ResourceGroup (HTTP 400).
invalid-status_resource-group = Operasi ini tidak dibenarkan kerana status semasa kumpulan sumber.
    .description = Status semasa kumpulan sumber tidak membenarkan operasi ini.

# InvalidPriorities.Malformed (HTTP 400).
invalid-priorities_malformed = Bilangan keutamaan tidak sama dengan bilangan pelayan asal.
    .description = Bilangan keutamaan tidak sepadan dengan bilangan pelayan asal. Tentukan satu keutamaan bagi setiap pelayan asal.

# NotInternationRealIdentity (HTTP 400).
not-internation-real-identity = Anda perlu melengkapkan pengesahan nama sebenar untuk menggunakan sumber di tanah besar China.
    .description = Akaun anda belum melengkapkan pengesahan nama sebenar yang diperlukan untuk menggunakan sumber di tanah besar China.

# NoSuchResource (HTTP 404).
# Pemboleh ubah:
#   $resource (String) - sumber yang tidak ditemui, contohnya ID tera air.
no-such-resource = Sumber { $resource } yang ditentukan tidak wujud.
    .description = Sumber yang ditentukan tidak wujud. Mesej ralat menamakan sumber tersebut, contohnya ID tera air.

# NoSuchResource, varian `unnamed` (HTTP 404).
no-such-resource--unnamed = Sumber yang ditentukan tidak wujud.
    .description = Sumber yang ditentukan, contohnya imej, tidak wujud.

# OperationDenied.NotOpenAppService (HTTP 403).
operation-denied_not-open-app-service = Perkhidmatan aplikasi belum diaktifkan.
    .description = Perkhidmatan berbilang aplikasi belum diaktifkan untuk akaun anda.

# Forbidden.OperateApp (HTTP 403).
forbidden_operate-app = Pengguna tidak dibenarkan untuk mengurus aplikasi.
    .description = Anda tidak dibenarkan untuk mengurus aplikasi ini.

# InvalidFunctions.Malformed (HTTP 400).
invalid-functions_malformed = Format Functions yang ditentukan tidak sah.
    .description = Nilai parameter Functions tidak sah.

# InvalidFunctionName.ValueNotSupported (HTTP 400).
# Pemboleh ubah:
#   $function_name (String) - nama fungsi yang tidak disokong.
invalid-function-name_value-not-supported = FunctionName { $function_name } tidak disokong.
    .description = Ciri yang ditentukan oleh FunctionName tidak disokong.

# InvalidArgName.ValueNotSupported (HTTP 400).
# Pemboleh ubah:
#   $arg_name (String) - nama argumen yang tidak disokong.
invalid-arg-name_value-not-supported = ArgName { $arg_name } tidak disokong.
    .description = Argumen yang ditentukan oleh ArgName tidak disokong.

# InvalidArgValue.Malformed (HTTP 400).
invalid-arg-value_malformed = Format ArgValue yang ditentukan tidak sah.
    .description = Nilai medan ArgValue tidak sah.

# AlreadyExist.AppName (HTTP 409).
already-exist_app-name = AppName yang ditentukan sudah wujud.
    .description = Aplikasi dengan nama yang ditentukan oleh AppName sudah wujud.

# LimitExceeded.AppCount (HTTP 400).
limit-exceeded_app-count = Bilangan aplikasi telah melebihi 10.
    .description = Bilangan aplikasi telah mencapai had, iaitu 10.

# InvalidFileName.Extension (HTTP 400).
invalid-file-name_extension = Sambungan nama fail dalam FileName yang ditentukan tidak sah.
    .description = Sambungan nama fail dalam parameter FileName tidak sah atau tidak disokong oleh { -apsaravideo-vod }.

# IllegalCharacters (HTTP 400).
# Pemboleh ubah:
#   $parameter (String) - nama parameter permintaan, contohnya VideoId.
illegal-characters = Nilai parameter { $parameter } yang ditentukan mengandungi emotikon atau aksara khas yang tidak dibenarkan.
    .description = Nilai parameter, seperti Title, Description atau Tags, mengandungi emotikon atau aksara khas.

# LengthExceededMax (HTTP 400).
# Pemboleh ubah:
#   $parameter (String) - nama parameter permintaan, contohnya VideoId.
#   $max_length (Number) - bilangan bait maksimum yang dibenarkan bagi nilai parameter.
length-exceeded-max = Panjang parameter { $parameter } yang ditentukan telah melebihi { NUMBER($max_length) } bait.
    .description = Nilai parameter, seperti Title, Description atau Tags, melebihi bilangan bait maksimum yang dibenarkan. Untuk had setiap parameter, lihat penerangan parameter permintaan bagi operasi tersebut.

# TagsExceededMax (HTTP 400).
tags-exceeded-max = Bilangan teg dalam Tags yang ditentukan telah melebihi 16.
    .description = Lebih daripada 16 teg ditentukan untuk video. Satu video boleh mempunyai paling banyak 16 teg.

# InvalidTemplateGroupId.NotFound (HTTP 404).
invalid-template-group-id_not-found = TemplateGroupId tidak wujud.
    .description = Kumpulan templat transkod yang ditentukan oleh TemplateGroupId tidak wujud.

# Forbidden.InitFailed (HTTP 403).
forbidden_init-failed = Proses permulaan akaun anda gagal semasa perkhidmatan diaktifkan.
    .description = Akaun anda tidak dapat dimulakan semasa perkhidmatan diaktifkan.

# AddVideoFailed (HTTP 503).
add-video-failed = Penambahan video gagal disebabkan oleh ralat yang tidak diketahui.
    .description = Video tidak dapat dicipta kerana ID videonya tidak dapat dijana. Cuba lagi kemudian.

# Forbidden.ResourceNotEmpty (HTTP 403).
forbidden_resource-not-empty = Aplikasi masih mempunyai sumber, oleh itu aplikasi ini tidak boleh dipadamkan.
    .description = Aplikasi tidak boleh dipadamkan kerana masih mengandungi sumber. Padamkan sumber tersebut atau alihkannya ke aplikasi lain terlebih dahulu.

# InvalidMultipartUpload.NotFound (HTTP 400).
invalid-multipart-upload_not-found = Muat naik berbilang bahagian tidak wujud.
    .description = Muat naik berbilang bahagian atau bahagian-bahagiannya tidak wujud.

# InvalidVideo.NotFound (HTTP 404).
invalid-video_not-found = Video tidak wujud.
    .description = Video yang ditentukan tidak wujud.

# InvalidVideo.NotFound, varian `not-exist` (HTTP 404).
invalid-video_not-found--not-exist = Video tidak wujud.
    .description = Video yang ditentukan tidak wujud.

# InvalidFile.NotFound (HTTP 400).
invalid-file_not-found = Fail tidak wujud.
    .description = Fail video, contohnya fail sumber (mezzanine), tidak wujud.

# AccessDenied (HTTP 400).
access-denied = Akses ditolak oleh dasar pemberi kebenaran.
    .description = { -apsaravideo-vod } tidak dibenarkan untuk mengakses bucket { -oss } milik anda sendiri, oleh itu operasi ditolak.

# JobIdsExceededMax (HTTP 400).
job-ids-exceeded-max = Bilangan ID dalam JobIds melebihi had maksimum.
    .description = Bilangan ID tugas dalam JobIds melebihi had.

# InvalidStream.NotFound (HTTP 404).
invalid-stream_not-found = Strim media tidak wujud.
    .description = Strim media tidak wujud.

# DeleteStreamFailed (HTTP 503).
delete-stream-failed = Pemadaman strim media gagal disebabkan oleh ralat yang tidak diketahui.
    .description = Strim media tidak dapat dipadamkan kerana ralat yang tidak diketahui. Cuba lagi kemudian.

# Forbidden.DefaultTemplateGroup (HTTP 403).
forbidden_default-template-group = Kumpulan templat transkod ini ialah kumpulan lalai.
    .description = Kumpulan templat transkod ini ialah kumpulan templat transkod lalai dan tidak boleh dipadamkan.

# VideoIdsExceededMax (HTTP 400).
video-ids-exceeded-max = Bilangan ID dalam VideoIds melebihi had maksimum.
    .description = Bilangan ID video dalam VideoIds melebihi had.

# DeleteVideoFailed (HTTP 503).
delete-video-failed = Pemadaman video gagal disebabkan oleh ralat yang tidak diketahui.
    .description = Video tidak dapat dipadamkan kerana ralat yang tidak diketahui. Cuba lagi kemudian.

# Invalid%s.ValueNotSupported (HTTP 400).
# Pemboleh ubah:
#   $function_name (String) - nama fungsi yang tidak disokong.
invalid-any_value-not-supported = FunctionName [{ $function_name }] tidak disokong.
    .description = Nilai parameter FunctionName tidak disokong.

# InvalidBizDate.Malformed (HTTP 400).
invalid-biz-date_malformed = Format BizDate yang ditentukan tidak sah.
    .description = Format parameter BizDate tidak sah. Tentukan masa dalam format yyyy-MM-ddTHH:mm:ssZ, dalam UTC.

# InvalidBizDate.BeyondCurrent (HTTP 400).
invalid-biz-date_beyond-current = EndTime melepasi masa semasa.
    .description = Masa yang ditentukan oleh BizDate lebih lewat daripada masa semasa.

# InvalidStartTime.Malformed (HTTP 400).
invalid-start-time_malformed = Format StartTime yang ditentukan tidak sah.
    .description = Format parameter StartTime tidak sah. Tentukan masa dalam format yyyy-MM-ddTHH:mm:ssZ, dalam UTC.

# InvalidStartTime.Malformed, varian `spelled-out` (HTTP 400).
invalid-start-time_malformed--spelled-out = Format masa mula yang ditentukan tidak sah.
    .description = Format masa mula yang ditentukan oleh StartTime tidak sah.

# InvalidEndTime.Malformed (HTTP 400).
invalid-end-time_malformed = Format EndTime yang ditentukan tidak sah.
    .description = Format parameter EndTime tidak sah. Tentukan masa dalam format yyyy-MM-ddTHH:mm:ssZ, dalam UTC.

# InvalidEndTime.Malformed, varian `spelled-out` (HTTP 400).
invalid-end-time_malformed--spelled-out = Format masa tamat yang ditentukan tidak sah.
    .description = Format masa tamat yang ditentukan oleh EndTime tidak sah.

# InvalidEndTime.BeyondCurrent (HTTP 400).
invalid-end-time_beyond-current = EndTime melepasi masa semasa.
    .description = Masa yang ditentukan oleh EndTime lebih lewat daripada masa semasa.

# InvalidEndTime.Mismatch (HTTP 400).
invalid-end-time_mismatch = StartTime dan EndTime tidak sepadan.
    .description = Julat masa yang ditentukan oleh StartTime dan EndTime tidak sah.

# InvalidEndTime.Mismatch, varian `does-not-math` (HTTP 400).
invalid-end-time_mismatch--does-not-math = EndTime yang ditentukan tidak sepadan dengan StartTime yang ditentukan.
    .description = Masa yang ditentukan oleh EndTime lebih awal daripada masa yang ditentukan oleh StartTime.

# InvalidEndTime.Mismatch, varian `spelled-out` (HTTP 400).
invalid-end-time_mismatch--spelled-out = Masa tamat yang ditentukan tidak sepadan dengan masa mula yang ditentukan.
    .description = Masa yang ditentukan oleh EndTime lebih awal daripada masa yang ditentukan oleh StartTime.

# Throttling (HTTP 503).
throttling = Permintaan ditolak kerana pengehadan kadar permintaan (throttling).
    .description = Permintaan ditolak kerana pengehadan kadar (throttling). Cuba lagi kemudian.

# InvalidParameterAliUid (HTTP 400).
invalid-parameter-ali-uid = Parameter AliUid tidak sah.
    .description = Nilai parameter AliUid tidak sah.

# InvalidParameterStartTime (HTTP 400).
invalid-parameter-start-time = Parameter StartTime tidak sah.
    .description = Nilai parameter StartTime tidak sah.

# InvalidParameterEndTime (HTTP 400).
invalid-parameter-end-time = Parameter EndTime tidak sah.
    .description = Nilai parameter EndTime tidak sah.

# InvalidTimeRange (HTTP 400).
invalid-time-range = Julat masa antara StartTime dan EndTime mestilah kurang daripada 1 bulan.
    .description = Julat masa yang ditentukan oleh StartTime dan EndTime melebihi 31 hari.

# InvalidParameterRegion (HTTP 400).
invalid-parameter-region = Parameter Region tidak sah.
    .description = Nilai parameter Region tidak sah.

# InvalidStartTime.ValueNotSupported (HTTP 400).
invalid-start-time_value-not-supported = Nilai parameter StartTime yang ditentukan tidak disokong.
    .description = Julat masa yang ditentukan oleh StartTime dan EndTime melebihi 90 hari.

# InvalidStartTime.ValueNotSupported, varian `end-time-mismatch` (HTTP 400).
invalid-start-time_value-not-supported--end-time-mismatch = Masa tamat yang ditentukan tidak sepadan dengan masa mula yang ditentukan.
    .description = Julat masa yang ditentukan oleh StartTime dan EndTime melebihi 90 hari. Mesej ralat yang dihantar bersama kod ini mengelirukan.

# DeleteFunctionFailed (HTTP 400).
delete-function-failed = Pemadaman fungsi secara kelompok gagal.
    .description = Pemadaman konfigurasi nama domain secara kelompok gagal.

# InvalidDomain.Offline (HTTP 404).
invalid-domain_offline = Nama domain yang diberikan berada di luar talian.
    .description = Nama domain telah dilumpuhkan.

# InvalidDomain.Configure_failed (HTTP 500).
invalid-domain_configure-failed = Gagal mengkonfigurasikan nama domain yang diberikan.
    .description = Nama domain tidak dapat dikonfigurasikan, oleh itu operasi seperti segar semula dan praambil tidak boleh dilakukan pada nama domain tersebut.

# InvalidParameterProduct (HTTP 400).
invalid-parameter-product = Parameter Product tidak sah.
    .description = Nilai parameter Product tidak sah.

# InvalidParameterArea (HTTP 400).
invalid-parameter-area = Parameter Area tidak sah.
    .description = Nilai parameter Area tidak sah.

# InvalidParameterField (HTTP 400).
invalid-parameter-field = Parameter Field tidak sah.
    .description = Nilai parameter Field tidak sah.

# InvalidParameterInterval (HTTP 400).
invalid-parameter-interval = Parameter Interval tidak sah.
    .description = Nilai parameter Interval tidak sah.

# InvalidTaskId.Malformed (HTTP 400).
invalid-task-id_malformed = Format TaskId yang ditentukan tidak sah.
    .description = Parameter TaskId tidak dalam format yang sah.

# InvalidPageNumber.ValueNotSupported (HTTP 400).
invalid-page-number_value-not-supported = Nilai parameter PageNumber yang ditentukan tidak disokong.
    .description = Nilai parameter PageNumber tidak disokong.

# InvalidPageSize.ValueNotSupported (HTTP 400).
invalid-page-size_value-not-supported = Nilai parameter PageSize yang ditentukan tidak disokong.
    .description = Nilai parameter PageSize tidak disokong.

# InvalidDomainStatus.ValueNotSupported (HTTP 400).
invalid-domain-status_value-not-supported = Nilai parameter DomainStatus yang ditentukan tidak disokong.
    .description = Nilai parameter DomainStatus tidak disokong.

# InvalidDomainSearchType.ValueNotSupported (HTTP 400).
invalid-domain-search-type_value-not-supported = Nilai parameter DomainSearchType yang ditentukan tidak disokong.
    .description = Nilai parameter DomainSearchType tidak disokong.

# ExceededMax (HTTP 400).
exceeded-max = Parameter input 'MediaIds' melebihi had.
    .description = Bilangan ID aset media tambahan dalam MediaIds melebihi had, iaitu 20.

# Forbidden.IllegalStatus (HTTP 400).
forbidden_illegal-status = Status video tidak sah.
    .description = Status semasa video tidak membenarkan operasi tersebut. Status yang dibenarkan bergantung pada operasi: contohnya, hanya video yang berstatus UploadSucc, Normal atau Checking boleh ditranskod.

# Forbidden.IllegalStatus, varian `current-status` (HTTP 400).
# Pemboleh ubah:
#   $status (String) - status semasa video, contohnya Blocked.
forbidden_illegal-status--current-status = Status video tidak sah. Status semasa ialah { $status }.
    .description = Video tidak boleh dimainkan dalam statusnya sekarang. Hanya video yang berstatus Normal boleh dimainkan.

# InvalidVideo.NoneStream (HTTP 404).
invalid-video_none-stream = Video tidak mempunyai strim media untuk dimainkan bagi parameter permintaan 'Formats: mp4, Definition: LD, StreamType: video'.
    .description = Tiada strim media hasil transkod bagi video ini yang sepadan dengan kriteria penapis permintaan, seperti format dan definisi. Pastikan konfigurasi transkod sepadan dengan kriteria penapis tersebut.

# Forbidden.AliyunVoDEncryption (HTTP 403).
forbidden_aliyun-vo-d-encryption = Pada masa ini hanya strim media AliyunVoDEncryption yang wujud. Anda mesti menggunakan { -apsaravideo-player } untuk memainkannya atau menetapkan nilai ResultType kepada Multiple.
    .description = Video hanya mempunyai strim media yang disulitkan dengan kriptografi proprietari { -alibaba-cloud }. Mainkan strim tersebut dengan { -apsaravideo-player }, atau tetapkan ResultType kepada Multiple.

# LimitExceeded.MediaIds (HTTP 400).
limit-exceeded_media-ids = Parameter input "MediaIds" melebihi had.
    .description = Bilangan ID aset media dalam MediaIds melebihi had, iaitu 20.

# VideoListExceededMax (HTTP 400).
video-list-exceeded-max = Senarai video melebihi had maksimum.
    .description = Jumlah keseluruhan hasil yang diambil melalui penomboran halaman melebihi had.

# SecurityIp.NotFound (HTTP 404).
security-ip_not-found = Alamat IP keselamatan semakan tidak wujud.
    .description = Tiada alamat IP ditemui dalam kumpulan keselamatan semakan.

# ListSecurityIpFailed (HTTP 500).
list-security-ip-failed = Gagal menyenaraikan alamat IP keselamatan semakan disebabkan oleh ralat yang tidak diketahui.
    .description = Alamat IP dalam kumpulan keselamatan semakan tidak dapat diambil kerana ralat yang tidak diketahui. Cuba lagi kemudian.

# IpsIsEmpty (HTTP 400).
ips-is-empty = Parameter "Ips" yang ditentukan tidak boleh kosong.
    .description = Parameter Ips tidak ditentukan atau kosong.

# IpsIsEmpty, varian `curly-quotes` (HTTP 400).
ips-is-empty--curly-quotes = Parameter “Ips” yang ditentukan tidak boleh kosong.
    .description = Parameter Ips tidak ditentukan atau kosong.

# IpsExceededMax (HTTP 403).
ips-exceeded-max = Bilangan alamat IP dalam Ips yang ditentukan telah melebihi 100.
    .description = Bilangan alamat IP melebihi had. Satu kumpulan keselamatan semakan boleh mengandungi paling banyak 100 alamat IP.

# SecurityIpGroupExceededMax (HTTP 403).
security-ip-group-exceeded-max = Bilangan kumpulan keselamatan semakan telah melebihi 10.
    .description = Bilangan kumpulan keselamatan semakan melebihi had, iaitu 10.

# Forbidden.OperateAppResource (HTTP 403).
forbidden_operate-app-resource = Kebenaran aplikasi tidak mencukupi untuk melaksanakan operasi pada sumber yang ditentukan.
    .description = Anda tidak dibenarkan untuk mengurus sumber dalam aplikasi destinasi.

# QuotaExceeded.Refresh (HTTP 400).
quota-exceeded_refresh = Anda telah melebihi had segar semula yang ditetapkan.
    .description = Kuota harian untuk segar semula atau praambil kandungan telah dicapai.

# PreloadQueueFull (HTTP 403).
preload-queue-full = Baris gilir praambil penuh. Sila cuba lagi kemudian.
    .description = Baris gilir praambil penuh kerana bilangan URL yang sedang dipraambil untuk nama domain telah mencapai had. Cuba lagi kemudian.

# InvalidObjectPath.Malformed (HTTP 400).
invalid-object-path_malformed = Format nilai parameter ObjectPath yang ditentukan tidak sah.
    .description = Parameter ObjectPath tidak dalam format yang sah.

# InvalidExtensiveDomain.ValueNotSupported (HTTP 400).
invalid-extensive-domain_value-not-supported = Nama domain kad bebas tidak disokong.
    .description = Nama domain ini ialah nama domain kad bebas, yang tidak disokong oleh operasi ini.

# InvalidObjectPath.Size.Malformed (HTTP 400).
invalid-object-path_size_malformed = ObjectPath mengandungi lebih daripada 1,000 URL.
    .description = ObjectPath mengandungi lebih daripada 1,000 URL. Paling banyak 1,000 URL boleh dipraambil pada satu masa.

# InvalidVideo.Damaged (HTTP 400).
invalid-video_damaged = Video telah rosak.
    .description = Video tidak dicipta dengan betul atau telah rosak.

# InvalidObjectType.ValueNotSupported (HTTP 400).
invalid-object-type_value-not-supported = Nilai "<ObjectType>" yang ditentukan tidak disokong.
    .description = Nilai parameter ObjectType tidak disokong.

# QuotaPerMinuteExceeded.Refresh (HTTP 400).
quota-per-minute-exceeded_refresh = Anda telah melebihi had segar semula seminit yang ditetapkan.
    .description = Bilangan permintaan segar semula telah mencapai had seminit. Cuba lagi kemudian.

# SortByExceededMax (HTTP 400).
sort-by-exceeded-max = Parameter SortBy hanya menyokong satu medan isihan apabila mengambil semua data.
    .description = SortBy menentukan lebih daripada satu medan isihan. Apabila anda mengambil semua data, anda hanya boleh mengisih mengikut satu medan.

# ErrorMatchSyntax (HTTP 400).
# Pemboleh ubah:
#   $field (String) - medan dalam ungkapan Match yang mengandungi ralat.
error-match-syntax = Sintaks parameter Match.{ $field } salah. Sila semak parameter tersebut.
    .description = Sintaks parameter Match tidak sah. Semak sintaks dan cuba lagi.

# InvalidScrollToken.Expired (HTTP 400).
invalid-scroll-token_expired = ScrollToken telah tamat tempoh. Sila dapatkan token baharu.
    .description = Nilai parameter ScrollToken telah tamat tempoh. Dapatkan semula data bermula dari halaman 1.

# InvalidSSLProtocol.ValueNotSupported (HTTP 400).
invalid-ssl-protocol_value-not-supported = Nilai parameter Enable yang ditentukan tidak disokong.
    .description = Nilai parameter SSLProtocol tidak disokong.

# SSLPub.MissingParameter (HTTP 400).
ssl-pub_missing-parameter = Parameter input SSLPub yang diperlukan untuk memproses permintaan tidak diberikan.
    .description = Parameter SSLPub, yang mengandungi kandungan sijil, tidak ditentukan.

# SSLPri.MissingParameter (HTTP 400).
ssl-pri_missing-parameter = Parameter input SSLPri yang diperlukan untuk memproses permintaan tidak diberikan.
    .description = Parameter SSLPri, yang mengandungi kunci persendirian, tidak ditentukan.

# InvalidCertificate (HTTP 400).
invalid-certificate = Format sijil yang anda berikan tidak sah.
    .description = Kandungan sijil tidak sah.

# InvalidSSLPri (HTTP 400).
invalid-ssl-pri = Format SSLPri yang anda berikan tidak sah.
    .description = Kunci persendirian tidak sah.

# Certificate.MissMatch (HTTP 400).
certificate_miss-match = SSLPri tidak sepadan dengan sijil yang ditentukan.
    .description = Kunci persendirian tidak sepadan dengan sijil.

# InvalidCertificate.TooLong (HTTP 400).
invalid-certificate_too-long = Sijil yang anda berikan melebihi panjang maksimum.
    .description = Kandungan sijil melebihi had panjang.

# InvalidCertName.TooLong (HTTP 400).
invalid-cert-name_too-long = Nama sijil yang anda berikan melebihi panjang maksimum 128 aksara.
    .description = Nama sijil melebihi 128 aksara.

# SetDomainSSLPub.ParameterError (HTTP 400).
set-domain-ssl-pub_parameter-error = Parameter mengandungi ralat.
    .description = Satu atau lebih parameter untuk menetapkan sijil tidak sah.

# Certificate.StatusError (HTTP 400).
certificate_status-error = Sijil tidak wujud atau statusnya tidak sah.
    .description = Sijil tidak wujud atau berada dalam status yang tidak sah.

# Certificate.StatusError, varian `status-only` (HTTP 400).
certificate_status-error--status-only = Status sijil tidak sah.
    .description = Status sijil tidak sah.

# DeleteFailed (HTTP 400).
delete-failed = Gagal memadamkan sijil.
    .description = Sijil tidak dapat dipadamkan.

# Certificate.NotFind (HTTP 400).
certificate_not-find = Maklumat sijil tidak ditemui.
    .description = Sijil tidak ditemui.

# Certificate.Duplicated (HTTP 400).
certificate_duplicated = Nama sijil sudah digunakan.
    .description = Sijil dengan nama yang sama sudah wujud.

# Certificate.FormatError (HTTP 400).
certificate_format-error = Format sijil tidak sah.
    .description = Sijil tidak dalam format yang sah.

# Certificate.KeyNull (HTTP 400).
certificate_key-null = SSLPri tidak boleh kosong.
    .description = Kunci persendirian tidak ditentukan.

# SSLPri.Malformed (HTTP 400).
ssl-pri_malformed = Format SSLPri tidak sah.
    .description = Kunci persendirian tidak dalam format yang sah.

# Certificate.NotPermittedOff (HTTP 400).
certificate_not-permitted-off = Melumpuhkan sijil akan mengubah penjadualan nama domain. Sila hubungi khidmat pelanggan.
    .description = Melumpuhkan sijil akan menjejaskan penjadualan nama domain, oleh itu tindakan ini tidak dibenarkan. Hubungi sokongan teknikal { -alibaba-cloud }.

# Certificate.SettedNotEffect (HTTP 400).
certificate_setted-not-effect = Sijil berjaya ditetapkan, tetapi belum berkuat kuasa demi melindungi perkhidmatan semasa. Sila hubungi khidmat pelanggan.
    .description = Sijil telah dikonfigurasikan, tetapi demi melindungi perkhidmatan semasa anda, sijil ini belum dikuatkuasakan. Untuk menguatkuasakan sijil, hubungi sokongan teknikal { -alibaba-cloud }.

# InvalidSource.Content.Malformed (HTTP 400).
invalid-source_content_malformed = Format alamat asal yang ditentukan tidak sah.
    .description = Alamat asal tidak sah.

# InvalidSource.Type.Malformed (HTTP 400).
invalid-source_type_malformed = Format jenis pelayan asal yang ditentukan tidak sah.
    .description = Jenis pelayan asal tidak sah.

# InvalidTypeContent.Mismatch (HTTP 400).
invalid-type-content_mismatch = Jenis pelayan asal yang ditentukan tidak sepadan dengan alamat asal yang ditentukan.
    .description = Alamat asal tidak sepadan dengan jenis pelayan asal.

# InvalidSource.Priority.Malformed (HTTP 400).
invalid-source_priority_malformed = Format keutamaan pelayan asal yang ditentukan tidak sah.
    .description = Keutamaan pelayan asal tidak sah.

# InvalidParameter.UploadURLs (HTTP 400).
invalid-parameter_upload-urls = Parameter UploadURLs yang ditentukan tidak sah.
    .description = Nilai parameter UploadURLs tidak sah.
