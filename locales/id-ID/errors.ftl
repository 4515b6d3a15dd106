### Kode kesalahan umum API layanan video.
### Setiap pesan adalah pesan kesalahan yang dikembalikan oleh API; `.description` menjelaskan penyebabnya.
### ID pesan adalah string kode dalam format kebab-case.

# MissingParameter (HTTP 400).
# Variabel:
#   $parameter (String) - nama parameter permintaan, misalnya VideoId.
missing-parameter = Parameter input { $parameter } yang wajib untuk memproses permintaan ini tidak disertakan.
    .description = Pesan kesalahan ini dikembalikan jika parameter wajib tidak ditetapkan.

# InvalidParameter (HTTP 400).
# Variabel:
#   $parameter (String) - nama parameter permintaan, misalnya VideoId.
invalid-parameter = Parameter { $parameter } yang ditentukan tidak valid.
    .description = Pesan kesalahan ini dikembalikan jika parameter yang ditentukan tidak valid.

# OperationDenied (HTTP 403).
operation-denied = Akun Anda belum mengaktifkan layanan { -vod }.
    .description = Pesan kesalahan ini dikembalikan jika { -apsaravideo-vod } belum diaktifkan untuk akun Anda.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = Layanan { -vod } Anda ditangguhkan.
    .description = Pesan kesalahan ini dikembalikan jika akun { -alibaba-cloud } Anda memiliki tunggakan pembayaran. Tambahkan dana ke akun Anda.

# Forbidden (HTTP 403).
forbidden = Pengguna tidak memiliki otorisasi untuk melakukan operasi pada sumber daya yang ditentukan.
    .description = Pesan kesalahan ini dikembalikan jika Anda tidak memiliki otorisasi untuk melakukan operasi tersebut. Umumnya, kesalahan ini terjadi karena akun Anda belum diberi izin yang relevan. Untuk informasi selengkapnya, lihat [Ikhtisar](/intl.en-US/Developer Guide/Access authorization/Overview.md).

# InternalError (HTTP 500).
internal-error = Pemrosesan permintaan gagal karena kesalahan yang tidak diketahui.
    .description = Pesan kesalahan ini dikembalikan jika terjadi kesalahan yang tidak diketahui di latar belakang. Coba lagi nanti atau hubungi perwakilan layanan pelanggan.

# ServiceUnAvailable (HTTP 503).
service-un-available = Permintaan gagal karena gangguan sementara pada server.
    .description = Pesan kesalahan ini dikembalikan jika layanan tidak tersedia.
