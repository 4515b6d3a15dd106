### Các mã lỗi chung của API dịch vụ video.
### Mỗi thông báo là thông báo lỗi mà API trả về; `.description` cho biết nguyên nhân.
### ID của thông báo là chuỗi truyền của mã lỗi ở định dạng kebab-case.

# MissingParameter (HTTP 400).
# Biến:
#   $parameter (String) - tên của tham số yêu cầu, ví dụ VideoId.
missing-parameter = Tham số đầu vào { $parameter } bắt buộc để xử lý yêu cầu này chưa được cung cấp.
    .description = Thông báo lỗi được trả về khi chưa thiết lập tham số bắt buộc.

# InvalidParameter (HTTP 400).
# Biến:
#   $parameter (String) - tên của tham số yêu cầu, ví dụ VideoId.
invalid-parameter = Tham số { $parameter } được chỉ định không hợp lệ.
    .description = Thông báo lỗi được trả về khi tham số được chỉ định không hợp lệ.

# OperationDenied (HTTP 403).
operation-denied = Tài khoản của bạn chưa kích hoạt dịch vụ { -vod }.
    .description = Thông báo lỗi được trả về khi { -apsaravideo-vod } chưa được kích hoạt cho tài khoản của bạn.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = Dịch vụ { -vod } của bạn đã bị tạm ngưng.
    .description = Thông báo lỗi được trả về khi tài khoản { -alibaba-cloud } của bạn có khoản thanh toán quá hạn. Vui lòng nạp tiền vào tài khoản.

# Forbidden (HTTP 403).
forbidden = Người dùng không có quyền thao tác trên tài nguyên được chỉ định.
    .description = Thông báo lỗi được trả về khi bạn không có quyền thực hiện thao tác này. Trong hầu hết các trường hợp, lỗi này xảy ra do tài khoản của bạn chưa được cấp các quyền liên quan. Để biết thêm thông tin, hãy xem [Tổng quan](/intl.en-US/Developer Guide/Access authorization/Overview.md).

# InternalError (HTTP 500).
internal-error = Xử lý yêu cầu không thành công do một lỗi không xác định.
    .description = Thông báo lỗi được trả về khi xảy ra lỗi không xác định ở hệ thống phụ trợ. Vui lòng thử lại sau hoặc liên hệ với bộ phận chăm sóc khách hàng.

# ServiceUnAvailable (HTTP 503).
service-un-available = Yêu cầu không thành công do máy chủ gặp sự cố tạm thời.
    .description = Thông báo lỗi được trả về khi dịch vụ không khả dụng.
