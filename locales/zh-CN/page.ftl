### The error-code page: `cargo xtask docs` and `vod-errors list --format markdown`.

page-title = 错误码
page-intro = 本文介绍公共错误码。您可以根据错误码的说明确定出错原因。
page-common-errors = 公共错误码
column-code = 错误码
column-message = 错误信息
column-status = HTTP状态码
column-description = 说明
