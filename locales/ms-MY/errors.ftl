### Kod ralat biasa API perkhidmatan video.
### Setiap mesej ialah mesej ralat yang dikembalikan oleh API; `.description` menerangkan puncanya.
### ID mesej ialah rentetan kod dalam format kebab-case.

# MissingParameter (HTTP 400).
# Pemboleh ubah:
#   $parameter (String) - nama parameter permintaan, contohnya VideoId.
missing-parameter = Parameter input { $parameter } yang wajib untuk memproses permintaan ini tidak diberikan.
    .description = Mesej ralat ini dikembalikan apabila parameter wajib tidak ditetapkan.

# InvalidParameter (HTTP 400).
# Pemboleh ubah:
#   $parameter (String) - nama parameter permintaan, contohnya VideoId.
invalid-parameter = Parameter { $parameter } yang ditentukan tidak sah.
    .description = Mesej ralat ini dikembalikan apabila parameter yang ditentukan tidak sah.

# OperationDenied (HTTP 403).
operation-denied = Akaun anda belum mengaktifkan perkhidmatan { -vod }.
    .description = Mesej ralat ini dikembalikan apabila { -apsaravideo-vod } belum diaktifkan untuk akaun anda.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = Perkhidmatan { -vod } anda telah digantung.
    .description = Mesej ralat ini dikembalikan apabila akaun { -alibaba-cloud } anda mempunyai tunggakan bayaran. Tambah dana ke dalam akaun anda.

# Forbidden (HTTP 403).
forbidden = Pengguna tidak dibenarkan untuk melaksanakan operasi pada sumber yang ditentukan.
    .description = Mesej ralat ini dikembalikan apabila anda tidak dibenarkan untuk melaksanakan operasi tersebut. Dalam kebanyakan kes, ralat ini berlaku kerana akaun anda tidak diberikan kebenaran yang berkaitan. Untuk maklumat lanjut, lihat [Gambaran Keseluruhan](/intl.en-US/Developer Guide/Access authorization/Overview.md).

# InternalError (HTTP 500).
internal-error = Pemprosesan permintaan gagal disebabkan oleh ralat yang tidak diketahui.
    .description = Mesej ralat ini dikembalikan apabila ralat yang tidak diketahui berlaku di latar belakang. Cuba lagi kemudian atau hubungi wakil khidmat pelanggan.

# ServiceUnAvailable (HTTP 503).
service-un-available = Permintaan gagal disebabkan oleh gangguan sementara pada pelayan.
    .description = Mesej ralat ini dikembalikan apabila perkhidmatan tidak tersedia.
