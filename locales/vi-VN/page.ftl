### Các trang mã lỗi: `cargo xtask docs`, `vod-errors list --format markdown` và trung tâm lỗi trên web.

## Trang lỗi chung, theo cách diễn đạt của trang gốc.

page-title = Mã lỗi
page-intro = Bài viết này mô tả các mã lỗi chung. Bạn có thể xác định nguyên nhân lỗi dựa trên mô tả của mã lỗi.
page-common-errors = Lỗi chung
column-code = Mã lỗi
column-message = Thông báo lỗi
column-status = Mã trạng thái HTTP
column-description = Mô tả

## Danh mục tất cả mã lỗi và các lỗi của từng thao tác.

page-all-codes = Tất cả mã lỗi
page-all-codes-intro = Mọi mã lỗi được ghi trong tài liệu API { -apsaravideo-vod }, kèm theo mã trạng thái HTTP và thông báo lỗi thường gặp của mã đó.
page-operations = Lỗi theo thao tác
page-operations-intro = Các lỗi được ghi trong tài liệu của từng thao tác API, kèm theo mã trạng thái HTTP và thông báo lỗi mà thao tác đó trả về.
page-placeholder-note = Tên trong dấu ngoặc nhọn, chẳng hạn như <parameter>, đại diện cho một giá trị do API điền vào.
column-operation = Thao tác
column-operations = Các thao tác

## Trung tâm lỗi trên web.

site-title = Mã lỗi { -apsaravideo-vod }
site-search-label = Tìm kiếm mã lỗi
site-search-hint = Nhập mã lỗi, từ ngữ trong thông báo hoặc tên thao tác.
site-search-empty = Không có mã lỗi nào khớp với nội dung tìm kiếm của bạn.
site-language = Ngôn ngữ
site-all-codes = Tất cả mã lỗi
site-all-operations = Tất cả thao tác
site-usual-status = Mã trạng thái HTTP thường gặp
site-returned-by = Các thao tác trả về lỗi này
site-returned-by-none = Không có trang thao tác nào trong tài liệu tham khảo API liệt kê lỗi này; bất kỳ thao tác nào cũng có thể trả về lỗi này.
site-family = Họ mã lỗi
site-family-none = Mã này không thuộc họ mã lỗi nào.
site-family-members = Các mã khác cùng họ
site-retryable = Gửi lại cùng yêu cầu này sau một lúc có thể thành công.
site-not-retryable = Gửi lại cùng yêu cầu này sẽ thất bại theo cùng một cách.
site-troubleshoot = Khắc phục lỗi này bằng { -alibaba-cloud } OpenAPI
site-doubtful = Đáng ngờ: tài liệu nguồn liệt kê lỗi này ở đây, nhưng hàng này có vẻ được sao chép từ một thao tác khác.
site-operation-errors = Các lỗi mà thao tác này trả về
site-message-variants = Các thông báo khác của mã này
