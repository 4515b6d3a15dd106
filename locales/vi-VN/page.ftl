### The error-code page: `cargo xtask docs` and `vod-errors list --format markdown`.

page-title = Mã lỗi
page-intro = Bài viết này mô tả các mã lỗi chung. Bạn có thể xác định nguyên nhân lỗi dựa trên mô tả của mã lỗi.
page-common-errors = Lỗi chung
column-code = Mã lỗi
column-message = Thông báo lỗi
column-status = Mã trạng thái HTTP
column-description = Mô tả
