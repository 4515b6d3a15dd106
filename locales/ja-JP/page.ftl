### エラーコードのページ：`cargo xtask docs`、`vod-errors list --format markdown`、Web エラーセンター。

## The common errors page, in the words of the source page.

page-title = エラーコード
page-intro = このトピックでは、共通エラーコードについて説明します。エラーコードの説明に基づいて、エラーの原因を特定できます。
page-common-errors = 共通エラー
column-code = エラーコード
column-message = エラーメッセージ
column-status = HTTP ステータスコード
column-description = 説明

## The index of every code and the errors of each operation.

page-all-codes = すべてのエラーコード
page-all-codes-intro = { -apsaravideo-vod } API のドキュメントに記載されているすべてのエラーコードと、それぞれの通常の HTTP ステータスコードおよびエラーメッセージの一覧です。
page-operations = 操作別のエラー
page-operations-intro = 各 API 操作のドキュメントに記載されているエラーと、その操作が返す HTTP ステータスコードおよびエラーメッセージの一覧です。
page-placeholder-note = <parameter> のように山かっこで囲まれた名前は、API によって実際の値が埋め込まれる箇所を表します。
column-operation = 操作
column-operations = 操作

## The web error centre.

site-title = { -apsaravideo-vod } のエラーコード
site-search-label = エラーコードを検索
site-search-hint = コード、メッセージに含まれる語句、または操作名を入力してください。
site-search-empty = 検索条件に一致するエラーコードはありません。
site-language = 言語
site-all-codes = すべてのエラーコード
site-all-operations = すべての操作
site-usual-status = 通常の HTTP ステータスコード
site-returned-by = このエラーを返す操作
site-returned-by-none = API リファレンスの操作ページには、このエラーが記載されたものはありません。どの操作でもこのエラーが返される可能性があります。
site-family = コードファミリー
site-family-none = このコードはどのコードファミリーにも属していません。
site-family-members = 同じファミリーの他のコード
site-retryable = 後で同じリクエストを再送信すると、成功する可能性があります。
site-not-retryable = 同じリクエストを再送信しても、同じ理由で失敗します。
site-troubleshoot = { -alibaba-cloud } OpenAPI でこのエラーをトラブルシューティング
site-doubtful = 要確認：出典ではこのエラーがここに記載されていますが、この行は別の操作からコピーされたものと思われます。
site-operation-errors = この操作が返すエラー
site-message-variants = このコードの他のメッセージ
