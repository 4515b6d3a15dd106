### 错误码页面的字符串：`cargo xtask docs`、`vod-errors list --format markdown` 以及 Web 错误中心。

## The common errors page, in the words of the source page.

page-title = 错误码
page-intro = 本文介绍公共错误码。您可以根据错误码的说明确定出错原因。
page-common-errors = 公共错误码
column-code = 错误码
column-message = 错误信息
column-status = HTTP 状态码
column-description = 说明

## The index of every code and the errors of each operation.

page-all-codes = 全部错误码
page-all-codes-intro = { -apsaravideo-vod } API 文档列出的所有错误码，以及各错误码通常对应的 HTTP 状态码和错误信息。
page-operations = 各接口的错误码
page-operations-intro = 每个 API 接口文档列出的错误，以及该接口返回的 HTTP 状态码和错误信息。
page-placeholder-note = 尖括号中的名称（例如 <parameter>）表示由 API 填入的值。
column-operation = 接口
column-operations = 接口

## The web error centre.

site-title = { -apsaravideo-vod }错误码
site-search-label = 搜索错误码
site-search-hint = 输入错误码、错误信息中的词语或接口名称。
site-search-empty = 没有与搜索内容匹配的错误码。
site-language = 语言
site-all-codes = 全部错误码
site-all-operations = 全部接口
site-usual-status = 通常返回的 HTTP 状态码
site-returned-by = 返回此错误的接口
site-returned-by-none = API 参考中没有任何接口页面列出此错误；任何接口都可能返回此错误。
site-family = 错误码系列
site-family-none = 此错误码不属于任何错误码系列。
site-family-members = 同系列的其他错误码
site-retryable = 稍后重新发送相同的请求可能会成功。
site-not-retryable = 重新发送相同的请求仍会以同样的方式失败。
site-troubleshoot = 使用{ -alibaba-cloud } OpenAPI 排查此错误
site-doubtful = 存疑：来源文档在此处列出了此错误，但该行似乎是从其他接口复制而来的。
site-operation-errors = 此接口返回的错误
site-message-variants = 此错误码的其他错误信息
