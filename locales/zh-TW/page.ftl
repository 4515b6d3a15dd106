### The error-code page: `cargo xtask docs` and `vod-errors list --format markdown`.

page-title = 錯誤碼
page-intro = 本文介紹通用錯誤碼。您可以根據錯誤碼的說明判斷錯誤原因。
page-common-errors = 通用錯誤
column-code = 錯誤碼
column-message = 錯誤訊息
column-status = HTTP 狀態碼
column-description = 說明
