### The error-code page: `cargo xtask docs` and `vod-errors list --format markdown`.

page-title = エラーコード
page-intro = このトピックでは、共通エラーコードについて説明します。エラーコードの説明に基づいて、エラーの原因を特定できます。
page-common-errors = 共通エラー
column-code = エラーコード
column-message = エラーメッセージ
column-status = HTTPステータスコード
column-description = 説明
