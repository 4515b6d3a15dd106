### The error-code page: `cargo xtask docs` and `vod-errors list --format markdown`.

page-title = エラーコード
page-intro = このトピックでは、一般的なエラーコードについて説明します。エラーコードの説明に基づいて、エラーの原因を特定できます。
page-common-errors = 一般的なエラー
column-code = エラーコード
column-message = エラーメッセージ
column-status = HTTPステータスコード
column-description = 説明
