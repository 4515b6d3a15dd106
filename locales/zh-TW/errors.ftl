### 視訊服務 API 的常見錯誤碼。
### 每則訊息都是 API 傳回的錯誤訊息，其 `.description` 說明原因。
### 訊息 ID 是錯誤碼傳輸字串的 kebab-case 形式。

# MissingParameter（HTTP 400）。
# 變數：
#   $parameter (String) - 請求參數的名稱，例如 VideoId。
missing-parameter = 缺少處理此請求所必需的輸入參數 { $parameter }。
    .description = 未設定必要參數時傳回的錯誤訊息。

# InvalidParameter（HTTP 400）。
# 變數：
#   $parameter (String) - 請求參數的名稱，例如 VideoId。
invalid-parameter = 指定的參數 { $parameter } 無效。
    .description = 指定的參數無效時傳回的錯誤訊息。

# OperationDenied（HTTP 403）。
operation-denied = 您的帳號尚未開通 { -vod } 服務。
    .description = 您的帳號未開通 { -apsaravideo-vod } 服務時傳回的錯誤訊息。

# OperationDenied.Suspended（HTTP 403）。
operation-denied_suspended = 您的 { -vod } 服務已暫停。
    .description = 您的{ -alibaba-cloud }帳號已欠費時傳回的錯誤訊息。請為帳號儲值。

# Forbidden（HTTP 403）。
forbidden = 使用者無權操作指定的資源。
    .description = 您無權執行此操作時傳回的錯誤訊息。此錯誤通常是因為您的帳號未獲得相關權限。如需詳細資訊，請參閱[概述](/intl.en-US/Developer Guide/Access authorization/Overview.md)。

# InternalError（HTTP 500）。
internal-error = 發生未知錯誤，請求處理失敗。
    .description = 後端發生未知錯誤時傳回的錯誤訊息。請稍後再試，或聯絡客服人員。

# ServiceUnAvailable（HTTP 503）。
service-un-available = 伺服器暫時發生故障，請求失敗。
    .description = 服務無法使用時傳回的錯誤訊息。
