### 錯誤碼頁面的字串：`cargo xtask docs`、`vod-errors list --format markdown` 以及網頁版錯誤中心。

## The common errors page, in the words of the source page.

page-title = 錯誤碼
page-intro = 本文介紹通用錯誤碼。您可以根據錯誤碼的說明判斷錯誤原因。
page-common-errors = 通用錯誤
column-code = 錯誤碼
column-message = 錯誤訊息
column-status = HTTP 狀態碼
column-description = 說明

## The index of every code and the errors of each operation.

page-all-codes = 所有錯誤碼
page-all-codes-intro = { -apsaravideo-vod } API 文件列出的所有錯誤碼，以及各錯誤碼通常對應的 HTTP 狀態碼和錯誤訊息。
page-operations = 各 API 的錯誤
page-operations-intro = 每個 API 的文件所列出的錯誤，以及該 API 傳回的 HTTP 狀態碼和錯誤訊息。
page-placeholder-note = 角括號中的名稱（例如 <parameter>）代表由 API 填入的值。
column-operation = API
column-operations = API

## The web error centre.

site-title = { -apsaravideo-vod } 錯誤碼
site-search-label = 搜尋錯誤碼
site-search-hint = 輸入錯誤碼、錯誤訊息中的字詞或 API 名稱。
site-search-empty = 找不到符合搜尋條件的錯誤碼。
site-language = 語言
site-all-codes = 所有錯誤碼
site-all-operations = 所有 API
site-usual-status = 通常傳回的 HTTP 狀態碼
site-returned-by = 傳回此錯誤的 API
site-returned-by-none = API 參考文件中沒有任何 API 頁面列出此錯誤；任何 API 都可能傳回此錯誤。
site-family = 錯誤碼系列
site-family-none = 此錯誤碼不屬於任何錯誤碼系列。
site-family-members = 同系列的其他錯誤碼
site-retryable = 稍後重新傳送相同的請求可能會成功。
site-not-retryable = 重新傳送相同的請求仍會以相同方式失敗。
site-troubleshoot = 使用{ -alibaba-cloud } OpenAPI 針對此錯誤進行疑難排解
site-doubtful = 存疑：來源文件在此列出此錯誤，但該列似乎是從其他 API 複製而來。
site-operation-errors = 此 API 傳回的錯誤
site-message-variants = 此錯誤碼的其他錯誤訊息
