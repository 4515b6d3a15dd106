### ApsaraVideo VOD API 的錯誤碼（繁體中文，台灣）。
###
### 每則訊息是 API 傳回之英文錯誤訊息的中文翻譯；其 `.description` 說明錯誤原因與處理方式。
### 訊息 ID 是錯誤碼傳輸字串的 kebab-case 形式，錯誤碼中的句點寫作 `_`（`OperationDenied.Suspended`
### 即 `operation-denied_suspended`）；變體是部分 API 針對同一錯誤碼傳回的另一則訊息，其 ID 會加上 `--` 與變體名稱。

# MissingParameter (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
missing-parameter = 缺少處理此請求所必需的輸入參數 { $parameter }。
    .description = 未設定必要參數時傳回的錯誤訊息。

# MissingParameter, variant `domain-name-empty` (HTTP 400).
missing-parameter--domain-name-empty = 參數 DomainName 的值不可為空。
    .description = 未指定 DomainName 參數，或其值為空。

# MissingParameter, variant `config-id-empty` (HTTP 400).
missing-parameter--config-id-empty = 參數 ConfigId 的值不可為空。
    .description = 未指定 ConfigId 參數，或其值為空。

# MissingParameter, variant `time-range-half` (HTTP 400).
missing-parameter--time-range-half = StartTime 與 EndTime 不可單獨設定。
    .description = 僅指定了 StartTime 與 EndTime 其中之一。請同時指定這兩個參數，或兩者皆不指定。

# InvalidParameter (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
invalid-parameter = 指定的參數 { $parameter } 無效。
    .description = 指定的參數無效時傳回的錯誤訊息。

# InvalidParameter, variant `live-region` (HTTP 400).
invalid-parameter--live-region = 新增的直播區域參數有誤。
    .description = 為網域名稱指定的 { -apsaravideo-live } 區域資訊無效。

# InvalidParameter, variant `media-type` (HTTP 400).
invalid-parameter--media-type = 指定的參數 MediaType 無效。
    .description = MediaType 參數的值無效。

# InvalidParameter, variant `unspecified` (HTTP 400).
invalid-parameter--unspecified = 參數無效。
    .description = 一個或多個參數無效。

# OperationDenied (HTTP 403).
operation-denied = 您的帳號尚未開通 { -vod } 服務。
    .description = 您的帳號未開通 { -apsaravideo-vod } 服務時傳回的錯誤訊息。

# OperationDenied, variant `vod-suspended` (HTTP 403).
operation-denied--vod-suspended = 您的 { -vod } 服務已暫停。
    .description = 您的{ -alibaba-cloud }帳號下的 { -apsaravideo-vod } 服務已暫停。

# OperationDenied, variant `cdn-not-open` (HTTP 403).
operation-denied--cdn-not-open = 您的帳號尚未開通 CDN 服務。
    .description = 您的{ -alibaba-cloud }帳號未開通{ -alibaba-cloud-cdn } 服務。

# OperationDenied, variant `cdn-suspended` (HTTP 403).
operation-denied--cdn-suspended = 您的 CDN 服務已暫停。
    .description = 您的{ -alibaba-cloud }帳號下的{ -alibaba-cloud-cdn } 服務已暫停。若此帳號已欠費，請為其儲值。

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = 您的 { -vod } 服務已暫停。
    .description = 您的{ -alibaba-cloud }帳號已欠費時傳回的錯誤訊息。請為帳號儲值。

# Forbidden (HTTP 403).
forbidden = 使用者無權操作指定的資源。
    .description = 您無權執行此操作時傳回的錯誤訊息。此錯誤通常是因為您的帳號未獲得相關權限。如需詳細資訊，請參閱[概述](/intl.en-US/Developer Guide/Access authorization/Overview.md)。

# InternalError (HTTP 500).
internal-error = 發生未知錯誤，請求處理失敗。
    .description = 伺服器端發生未知錯誤時傳回的錯誤訊息。請稍後再試，或聯絡客服人員。

# ServiceUnAvailable (HTTP 503).
service-un-available = 伺服器暫時發生故障，請求失敗。
    .description = 服務無法使用時傳回的錯誤訊息。

# LevelExceededMax (HTTP 400).
level-exceeded-max = 分類層級超過上限。
    .description = 分類層級數已達上限。

# SubTotalExceededMax (HTTP 400).
sub-total-exceeded-max = 子分類總數超過上限。
    .description = 此分類下的子分類數量已達上限。

# InvalidCateId.NotFound (HTTP 404).
invalid-cate-id_not-found = 指定的 CateId 不存在。
    .description = 指定的分類或父分類不存在。

# InvalidStorage.NotFound (HTTP 404).
invalid-storage_not-found = 儲存資訊不存在。
    .description = { -apsaravideo-vod } 尚未為您的帳號分配儲存位置。

# InvalidStorage.NotFound, variant `storage-location` (HTTP 404).
invalid-storage_not-found--storage-location = 指定的 StorageLocation 不存在。
    .description = 指定的儲存位置不存在。請在 { -apsaravideo-vod } 主控台查看您帳號的儲存位置。

# InvalidStorage.NotFound, variant `cannot-find` (HTTP 404).
invalid-storage_not-found--cannot-find = 找不到儲存位置。
    .description = 儲存位置不存在。

# InvalidTranscodeTemplateGroup.NotFound (HTTP 404).
invalid-transcode-template-group_not-found = 轉碼範本群組不存在。
    .description = 指定的轉碼範本群組不存在。

# InvalidTranscodeTemplateGroup.NotFound, variant `template` (HTTP 404).
invalid-transcode-template-group_not-found--template = 轉碼範本不存在。
    .description = 指定的轉碼範本群組或其中的轉碼範本不存在。

# Forbidden.LockedTemplateGroup (HTTP 403).
forbidden_locked-template-group = 轉碼範本群組已鎖定。
    .description = 此轉碼範本群組已鎖定，無法管理。如需管理，請聯絡{ -alibaba-cloud }技術支援。

# Forbidden.SpecialTemplateGroup (HTTP 403).
forbidden_special-template-group = 此轉碼範本群組供特殊用途使用。
    .description = 此轉碼範本群組保留供特殊用途使用，例如「不轉碼」或「僅儲存」範本群組，無法在其中新增轉碼範本。

# TrasncodeTemplateGroupExceededMax (HTTP 400).
trasncode-template-group-exceeded-max = 轉碼範本群組數量超過上限。
    .description = 轉碼範本群組的數量已達上限（20 個）。

# TranscodeTemplateExceededMax (HTTP 400).
transcode-template-exceeded-max = 轉碼範本設定數量超過上限。
    .description = 轉碼範本群組中的轉碼範本數量超過上限。每個轉碼範本群組最多可包含 20 個轉碼範本。

# WatermarkExceededMax (HTTP 400).
watermark-exceeded-max = 浮水印數量超過上限。
    .description = 轉碼範本群組中某個轉碼範本關聯的浮水印過多。每個轉碼範本最多可關聯 4 個浮水印。

# InvalidDomainName.Malformed (HTTP 400).
invalid-domain-name_malformed = 指定的 DomainName 格式錯誤。
    .description = DomainName 參數的值無效。

# InvalidDomainName.Malformed, variant `specific-value` (HTTP 400).
invalid-domain-name_malformed--specific-value = 參數 DomainName 的值格式錯誤。
    .description = DomainName 參數的值無效或不受支援。

# InvalidCdnType.Malformed (HTTP 400).
invalid-cdn-type_malformed = 指定的 CdnType 格式錯誤。
    .description = CdnType 參數的值無效。

# InvalidSourceType.Malformed (HTTP 400).
invalid-source-type_malformed = 指定的 SourceType 格式錯誤。
    .description = SourceType 參數的值無效。

# InvalidSources.Malformed (HTTP 400).
invalid-sources_malformed = 指定的 Sources 格式錯誤。
    .description = Sources 參數的值無效。某個來源伺服器位址與其來源伺服器類型不相符。

# InvalidScope.Malformed (HTTP 400).
invalid-scope_malformed = 指定的 Scope 格式錯誤。
    .description = Scope 參數的值無效。

# InvaildParameter (HTTP 400).
invaild-parameter = 您提供的憑證格式錯誤。
    .description = 用於 HTTPS 加速的憑證無效。憑證與私密金鑰的總長度可能超過上限。

# InvaildParameter, variant `domain-name` (HTTP 400).
invaild-parameter--domain-name = 參數 DomainName 的值格式錯誤。
    .description = DomainName 參數的值無效。

# BusinessExist (HTTP 400).
business-exist = 此操作已在處理中，請勿重複提交。
    .description = 此網域名稱正在新增中，請勿重複提交請求。

# DomainAlreadyExist (HTTP 400).
domain-already-exist = 此網域名稱已存在。
    .description = 此網域名稱已新增過。

# DomainOverLimit (HTTP 403).
domain-over-limit = 網域名稱數量超過上限。
    .description = 網域名稱數量已達上限。

# DomainNotRegistration (HTTP 404).
domain-not-registration = 此網域名稱未完成 ICP 備案。
    .description = 此網域名稱尚未完成 ICP 備案。

# IllegalOperation (HTTP 403).
illegal-operation = 對此網域名稱的操作不合法，不允許執行。
    .description = 不允許對此網域名稱執行此操作，原因是此網域名稱無效，或您無權執行此操作。

# IllegalOperation, variant `illegal-domain` (HTTP 403).
illegal-operation--illegal-domain = 網域名稱不合法，不允許執行操作。
    .description = 此網域名稱無效，因此不允許執行此操作。

# ServiceBusy (HTTP 403).
service-busy = 指定的網域名稱正在設定中，請稍後再試。
    .description = 此網域名稱正在設定中。請等候網域名稱設定完成後再試。

# ServiceBusy, variant `retry-again` (HTTP 403).
service-busy--retry-again = 指定的網域名稱正在設定中，請稍後再試。
    .description = 此網域名稱正在設定中。請等候網域名稱設定完成後再試。

# InvalidDomain.NotFound (HTTP 404).
invalid-domain_not-found = 所提供的網域名稱不屬於您。
    .description = 指定的網域名稱不存在，或不屬於您的帳號。

# InnerAddDomainDenied (HTTP 400).
inner-add-domain-denied = 您的帳號未綁定 aoneId，無法新增網域名稱。
    .description = 您的帳號是未綁定 Aone ID 的內部帳號，因此無法新增網域名稱。

# ExtensiveAndAllBothExist (HTTP 400).
extensive-and-all-both-exist = 萬用字元網域名稱與以 'all.' 開頭的網域名稱不可同時存在。
    .description = 萬用字元網域名稱和以 'all.' 開頭的網域名稱不可同時存在。

# CdnTypeNotSupportExtensiveDomain (HTTP 400).
cdn-type-not-support-extensive-domain = 此 CDN 業務類型不支援萬用字元網域名稱。
    .description = CdnType 指定的業務類型不支援萬用字元網域名稱。

# ExtensiveAndSpecificDomainConflict (HTTP 400).
extensive-and-specific-domain-conflict = 萬用字元網域名稱與對應的精確網域名稱互斥。
    .description = 此萬用字元網域名稱與同層級的精確網域名稱衝突。萬用字元網域名稱與其所涵蓋的精確網域名稱不可同時新增。

# InvalidRegion.Malformed (HTTP 400).
invalid-region_malformed = 指定的 Region 格式錯誤。
    .description = Region 參數的值無效。

# InvalidResourceGroupId.Malformed (HTTP 400).
invalid-resource-group-id_malformed = 指定的 ResourceGroupId 格式錯誤。
    .description = ResourceGroupId 參數的值無效。

# EntityNotExists.ResourceGroup (HTTP 400).
entity-not-exists_resource-group = 資源群組不存在。
    .description = 指定的資源群組不存在。

# InvalidStatus.ResourceGroup (HTTP 400).
invalid-status_resource-group = 由於資源群組目前的狀態，不允許執行此操作。
    .description = 資源群組目前的狀態不允許執行此操作。

# InvalidPriorities.Malformed (HTTP 400).
invalid-priorities_malformed = 優先順序的數量與來源伺服器數量不一致。
    .description = 優先順序的數量與來源伺服器的數量不相符。請為每個來源伺服器指定一個優先順序。

# NotInternationRealIdentity (HTTP 400).
not-internation-real-identity = 使用中國大陸資源時，需要完成實名認證。
    .description = 您的帳號尚未完成使用中國大陸資源所需的實名認證。

# NoSuchResource (HTTP 404).
# Variables:
#   $resource (String) - the resource that was not found, such as a watermark ID.
no-such-resource = 指定的資源 { $resource } 不存在。
    .description = 指定的資源不存在。錯誤訊息會指出該資源，例如浮水印 ID。

# NoSuchResource, variant `unnamed` (HTTP 404).
no-such-resource--unnamed = 指定的資源不存在。
    .description = 指定的資源（例如圖片）不存在。

# OperationDenied.NotOpenAppService (HTTP 403).
operation-denied_not-open-app-service = 應用程式服務尚未開通。
    .description = 您的帳號未開通多應用程式服務。

# Forbidden.OperateApp (HTTP 403).
forbidden_operate-app = 使用者無權操作此應用程式。
    .description = 您無權管理此應用程式。

# InvalidFunctions.Malformed (HTTP 400).
invalid-functions_malformed = 指定的 Functions 格式錯誤。
    .description = Functions 參數的值無效。

# InvalidFunctionName.ValueNotSupported (HTTP 400).
# Variables:
#   $function_name (String) - the name of the function that is not supported.
invalid-function-name_value-not-supported = 不支援 FunctionName { $function_name }。
    .description = 不支援 FunctionName 指定的功能。

# InvalidArgName.ValueNotSupported (HTTP 400).
# Variables:
#   $arg_name (String) - the name of the argument that is not supported.
invalid-arg-name_value-not-supported = 不支援 ArgName { $arg_name }。
    .description = 不支援 ArgName 指定的引數。

# InvalidArgValue.Malformed (HTTP 400).
invalid-arg-value_malformed = 指定的 ArgValue 格式錯誤。
    .description = ArgValue 欄位的值無效。

# AlreadyExist.AppName (HTTP 409).
already-exist_app-name = 指定的 AppName 已存在。
    .description = 已有應用程式使用 AppName 指定的名稱。

# LimitExceeded.AppCount (HTTP 400).
limit-exceeded_app-count = 應用程式數量已超過 10 個。
    .description = 應用程式數量已達上限（10 個）。

# InvalidFileName.Extension (HTTP 400).
invalid-file-name_extension = 指定的 FileName 的副檔名無效。
    .description = FileName 參數中的副檔名無效，或 { -apsaravideo-vod } 不支援此副檔名。

# IllegalCharacters (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
illegal-characters = 指定的 { $parameter } 包含不合法的表情符號或特殊字元。
    .description = 某個參數（例如 Title、Description 或 Tags）的值包含表情符號或特殊字元。

# LengthExceededMax (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
#   $max_length (Number) - the most bytes the parameter's value may have.
length-exceeded-max = 指定的 { $parameter } 長度已超過 { NUMBER($max_length) } 個位元組。
    .description = 某個參數（例如 Title、Description 或 Tags）的值超過允許的最大位元組數。各參數的長度上限，請參閱該 API 請求參數的說明。

# TagsExceededMax (HTTP 400).
tags-exceeded-max = 指定的 Tags 數量已超過 16 個。
    .description = 為影片指定的標籤超過 16 個。每部影片最多可設定 16 個標籤。

# InvalidTemplateGroupId.NotFound (HTTP 404).
invalid-template-group-id_not-found = 指定的 TemplateGroupId 不存在。
    .description = TemplateGroupId 指定的轉碼範本群組不存在。

# Forbidden.InitFailed (HTTP 403).
forbidden_init-failed = 開通服務時帳號初始化失敗。
    .description = 開通服務時，您的帳號未能完成初始化。

# AddVideoFailed (HTTP 503).
add-video-failed = 發生未知錯誤，新增影片失敗。
    .description = 由於無法產生影片 ID，影片建立失敗。請稍後再試。

# Forbidden.ResourceNotEmpty (HTTP 403).
forbidden_resource-not-empty = 此應用程式中仍有資源，無法刪除。
    .description = 此應用程式中仍包含資源，因此無法刪除。請先刪除這些資源，或將其移至其他應用程式。

# InvalidMultipartUpload.NotFound (HTTP 400).
invalid-multipart-upload_not-found = 分段上傳不存在。
    .description = 分段上傳作業或其分段不存在。

# InvalidVideo.NotFound (HTTP 404).
invalid-video_not-found = 影片不存在。
    .description = 指定的影片不存在。

# InvalidVideo.NotFound, variant `not-exist` (HTTP 404).
invalid-video_not-found--not-exist = 影片不存在。
    .description = 指定的影片不存在。

# InvalidFile.NotFound (HTTP 400).
invalid-file_not-found = 檔案不存在。
    .description = 影片檔案（例如原始檔）不存在。

# AccessDenied (HTTP 400).
access-denied = 存取遭授權方的原則拒絕。
    .description = { -apsaravideo-vod } 未獲授權存取您自有的 { -oss } Bucket，因此操作遭拒。

# JobIdsExceededMax (HTTP 400).
job-ids-exceeded-max = JobIds 超過上限。
    .description = JobIds 中的作業 ID 數量超過上限。

# InvalidStream.NotFound (HTTP 404).
invalid-stream_not-found = 媒體串流不存在。
    .description = 此媒體串流不存在。

# DeleteStreamFailed (HTTP 503).
delete-stream-failed = 發生未知錯誤，刪除媒體串流失敗。
    .description = 發生未知錯誤，無法刪除媒體串流。請稍後再試。

# Forbidden.DefaultTemplateGroup (HTTP 403).
forbidden_default-template-group = 此轉碼範本群組為預設轉碼範本群組。
    .description = 此轉碼範本群組是預設轉碼範本群組，無法刪除。

# VideoIdsExceededMax (HTTP 400).
video-ids-exceeded-max = VideoIds 超過上限。
    .description = VideoIds 中的影片 ID 數量超過上限。

# DeleteVideoFailed (HTTP 503).
delete-video-failed = 發生未知錯誤，刪除影片失敗。
    .description = 發生未知錯誤，無法刪除影片。請稍後再試。

# Invalid%s.ValueNotSupported (HTTP 400).
# Variables:
#   $function_name (String) - the name of the function that is not supported.
invalid-any_value-not-supported = 不支援 FunctionName [{ $function_name }]。
    .description = FunctionName 參數的值不受支援。

# InvalidBizDate.Malformed (HTTP 400).
invalid-biz-date_malformed = 指定的 BizDate 格式錯誤。
    .description = BizDate 參數的格式無效。請使用 UTC 時間，並以 yyyy-MM-ddTHH:mm:ssZ 格式指定。

# InvalidBizDate.BeyondCurrent (HTTP 400).
invalid-biz-date_beyond-current = EndTime 晚於目前時間。
    .description = BizDate 指定的時間晚於目前時間。

# InvalidStartTime.Malformed (HTTP 400).
invalid-start-time_malformed = 指定的 StartTime 格式錯誤。
    .description = StartTime 參數的格式無效。請使用 UTC 時間，並以 yyyy-MM-ddTHH:mm:ssZ 格式指定。

# InvalidStartTime.Malformed, variant `spelled-out` (HTTP 400).
invalid-start-time_malformed--spelled-out = 指定的開始時間格式錯誤。
    .description = StartTime 指定的開始時間格式無效。

# InvalidEndTime.Malformed (HTTP 400).
invalid-end-time_malformed = 指定的 EndTime 格式錯誤。
    .description = EndTime 參數的格式無效。請使用 UTC 時間，並以 yyyy-MM-ddTHH:mm:ssZ 格式指定。

# InvalidEndTime.Malformed, variant `spelled-out` (HTTP 400).
invalid-end-time_malformed--spelled-out = 指定的結束時間格式錯誤。
    .description = EndTime 指定的結束時間格式無效。

# InvalidEndTime.BeyondCurrent (HTTP 400).
invalid-end-time_beyond-current = EndTime 晚於目前時間。
    .description = EndTime 指定的時間晚於目前時間。

# InvalidEndTime.Mismatch (HTTP 400).
invalid-end-time_mismatch = StartTime 與 EndTime 不相符。
    .description = StartTime 和 EndTime 指定的時間範圍無效。

# InvalidEndTime.Mismatch, variant `does-not-math` (HTTP 400).
invalid-end-time_mismatch--does-not-math = 指定的 EndTime 與指定的 StartTime 不相符。
    .description = EndTime 指定的時間早於 StartTime 指定的時間。

# InvalidEndTime.Mismatch, variant `spelled-out` (HTTP 400).
invalid-end-time_mismatch--spelled-out = 指定的結束時間與指定的開始時間不相符。
    .description = EndTime 指定的時間早於 StartTime 指定的時間。

# Throttling (HTTP 503).
throttling = 請求因觸發流量控制而遭拒。
    .description = 請求因流量控制而遭拒。請稍後再試。

# InvalidParameterAliUid (HTTP 400).
invalid-parameter-ali-uid = 參數 AliUid 無效。
    .description = AliUid 參數的值無效。

# InvalidParameterStartTime (HTTP 400).
invalid-parameter-start-time = 參數 StartTime 無效。
    .description = StartTime 參數的值無效。

# InvalidParameterEndTime (HTTP 400).
invalid-parameter-end-time = 參數 EndTime 無效。
    .description = EndTime 參數的值無效。

# InvalidTimeRange (HTTP 400).
invalid-time-range = StartTime 與 EndTime 之間的時間範圍應小於 1 個月。
    .description = StartTime 和 EndTime 指定的時間範圍超過 31 天。

# InvalidParameterRegion (HTTP 400).
invalid-parameter-region = 參數 Region 無效。
    .description = Region 參數的值無效。

# InvalidStartTime.ValueNotSupported (HTTP 400).
invalid-start-time_value-not-supported = 不支援參數 StartTime 的指定值。
    .description = StartTime 和 EndTime 指定的時間範圍超過 90 天。

# InvalidStartTime.ValueNotSupported, variant `end-time-mismatch` (HTTP 400).
invalid-start-time_value-not-supported--end-time-mismatch = 指定的結束時間與指定的開始時間不相符。
    .description = StartTime 和 EndTime 指定的時間範圍超過 90 天。隨此錯誤碼傳回的錯誤訊息具有誤導性。

# DeleteFunctionFailed (HTTP 400).
delete-function-failed = 批次刪除功能設定失敗。
    .description = 批次刪除網域名稱設定失敗。

# InvalidDomain.Offline (HTTP 404).
invalid-domain_offline = 所提供的網域名稱已離線。
    .description = 此網域名稱已停用。

# InvalidDomain.Configure_failed (HTTP 500).
invalid-domain_configure-failed = 設定所提供的網域名稱失敗。
    .description = 此網域名稱設定失敗，因此無法對其執行重新整理、預熱等操作。

# InvalidParameterProduct (HTTP 400).
invalid-parameter-product = 參數 Product 無效。
    .description = Product 參數的值無效。

# InvalidParameterArea (HTTP 400).
invalid-parameter-area = 參數 Area 無效。
    .description = Area 參數的值無效。

# InvalidParameterField (HTTP 400).
invalid-parameter-field = 參數 Field 無效。
    .description = Field 參數的值無效。

# InvalidParameterInterval (HTTP 400).
invalid-parameter-interval = 參數 Interval 無效。
    .description = Interval 參數的值無效。

# InvalidTaskId.Malformed (HTTP 400).
invalid-task-id_malformed = 指定的 TaskId 格式錯誤。
    .description = TaskId 參數的格式無效。

# InvalidPageNumber.ValueNotSupported (HTTP 400).
invalid-page-number_value-not-supported = 不支援參數 PageNumber 的指定值。
    .description = PageNumber 參數的值不受支援。

# InvalidPageSize.ValueNotSupported (HTTP 400).
invalid-page-size_value-not-supported = 不支援參數 PageSize 的指定值。
    .description = PageSize 參數的值不受支援。

# InvalidDomainStatus.ValueNotSupported (HTTP 400).
invalid-domain-status_value-not-supported = 不支援參數 DomainStatus 的指定值。
    .description = DomainStatus 參數的值不受支援。

# InvalidDomainSearchType.ValueNotSupported (HTTP 400).
invalid-domain-search-type_value-not-supported = 不支援參數 DomainSearchType 的指定值。
    .description = DomainSearchType 參數的值不受支援。

# ExceededMax (HTTP 400).
exceeded-max = 輸入參數 MediaIds 超過上限。
    .description = MediaIds 中的輔助媒體資產 ID 數量超過上限（20 個）。

# Forbidden.IllegalStatus (HTTP 400).
forbidden_illegal-status = 影片狀態無效。
    .description = 影片目前的狀態不允許執行此操作。允許的狀態依操作而異，例如，只有狀態為 UploadSucc、Normal 或 Checking 的影片才能轉碼。

# Forbidden.IllegalStatus, variant `current-status` (HTTP 400).
# Variables:
#   $status (String) - the video's current status, such as Blocked.
forbidden_illegal-status--current-status = 影片狀態無效。目前狀態為 { $status }。
    .description = 此影片在目前狀態下無法播放。只有狀態為 Normal 的影片才能播放。

# InvalidVideo.NoneStream (HTTP 404).
invalid-video_none-stream = 依請求參數 'Formats: mp4, Definition: LD, StreamType: video'，此影片沒有可播放的媒體串流。
    .description = 此影片沒有符合請求篩選條件（例如格式和畫質）的轉碼媒體串流。請檢查轉碼設定是否與篩選條件相符。

# Forbidden.AliyunVoDEncryption (HTTP 403).
forbidden_aliyun-vo-d-encryption = 目前僅有 AliyunVoDEncryption 媒體串流，您必須使用 { -apsaravideo-player } 播放，或將 ResultType 的值設為 Multiple。
    .description = 此影片僅有以{ -alibaba-cloud }私有加密技術加密的媒體串流。請使用 { -apsaravideo-player } 播放，或將 ResultType 設為 Multiple。

# LimitExceeded.MediaIds (HTTP 400).
limit-exceeded_media-ids = 輸入參數 MediaIds 超過上限。
    .description = MediaIds 中的媒體資產 ID 數量超過上限（20 個）。

# VideoListExceededMax (HTTP 400).
video-list-exceeded-max = 影片清單超過上限。
    .description = 需要分頁瀏覽的結果總數超過上限。

# SecurityIp.NotFound (HTTP 404).
security-ip_not-found = 審核安全 IP 不存在。
    .description = 審核安全群組中找不到 IP 位址。

# ListSecurityIpFailed (HTTP 500).
list-security-ip-failed = 發生未知錯誤，查詢審核安全 IP 清單失敗。
    .description = 發生未知錯誤，無法查詢審核安全群組中的 IP 位址。請稍後再試。

# IpsIsEmpty (HTTP 400).
ips-is-empty = 指定的 Ips 不可為空。
    .description = 未指定 Ips 參數，或其值為空。

# IpsIsEmpty, variant `curly-quotes` (HTTP 400).
ips-is-empty--curly-quotes = 指定的 Ips 不可為空。
    .description = 未指定 Ips 參數，或其值為空。

# IpsExceededMax (HTTP 403).
ips-exceeded-max = 指定的 Ips 數量已超過 100 個。
    .description = IP 位址數量超過上限。每個審核安全群組最多可包含 100 個 IP 位址。

# SecurityIpGroupExceededMax (HTTP 403).
security-ip-group-exceeded-max = 審核安全群組數量已超過 10 個。
    .description = 審核安全群組數量超過上限（10 個）。

# Forbidden.OperateAppResource (HTTP 403).
forbidden_operate-app-resource = 應用程式權限無效，無法操作指定的資源。
    .description = 您無權管理目標應用程式中的資源。

# QuotaExceeded.Refresh (HTTP 400).
quota-exceeded_refresh = 您已超出規定的重新整理次數上限。
    .description = 當日重新整理或預熱內容的配額已用盡。

# PreloadQueueFull (HTTP 403).
preload-queue-full = 預熱佇列已滿，請稍後再試。
    .description = 此網域名稱正在預熱的 URL 數量已達上限，預熱佇列已滿。請稍後再試。

# InvalidObjectPath.Malformed (HTTP 400).
invalid-object-path_malformed = 參數 ObjectPath 的值格式錯誤。
    .description = ObjectPath 參數的格式無效。

# InvalidExtensiveDomain.ValueNotSupported (HTTP 400).
invalid-extensive-domain_value-not-supported = 不支援萬用字元網域名稱。
    .description = 此網域名稱為萬用字元網域名稱，而此操作不支援萬用字元網域名稱。

# InvalidObjectPath.Size.Malformed (HTTP 400).
invalid-object-path_size_malformed = ObjectPath 中的 URL 數量超過 1000 個。
    .description = ObjectPath 中包含的 URL 超過 1000 個。每次最多可預熱 1000 個 URL。

# InvalidVideo.Damaged (HTTP 400).
invalid-video_damaged = 影片已損毀。
    .description = 影片建立時發生錯誤，或已損毀。

# InvalidObjectType.ValueNotSupported (HTTP 400).
invalid-object-type_value-not-supported = 不支援 <ObjectType> 的指定值。
    .description = ObjectType 參數的值不受支援。

# QuotaPerMinuteExceeded.Refresh (HTTP 400).
quota-per-minute-exceeded_refresh = 您已超出每分鐘規定的重新整理次數上限。
    .description = 每分鐘的重新整理請求數已達上限。請稍後再試。

# SortByExceededMax (HTTP 400).
sort-by-exceeded-max = 遍歷所有資料時，SortBy 參數僅支援一個排序欄位。
    .description = SortBy 指定了多個排序欄位。遍歷所有資料時，只能依一個欄位排序。

# ErrorMatchSyntax (HTTP 400).
# Variables:
#   $field (String) - the field of the Match expression that has the error.
error-match-syntax = 參數 Match.{ $field } 有語法錯誤，請檢查。
    .description = Match 參數的語法無效。請檢查語法後再試。

# InvalidScrollToken.Expired (HTTP 400).
invalid-scroll-token_expired = ScrollToken 已過期，請重新取得。
    .description = ScrollToken 參數的值已過期。請從第 1 頁重新查詢資料。

# InvalidSSLProtocol.ValueNotSupported (HTTP 400).
invalid-ssl-protocol_value-not-supported = 不支援參數 Enable 的指定值。
    .description = SSLProtocol 參數的值不受支援。

# SSLPub.MissingParameter (HTTP 400).
ssl-pub_missing-parameter = 缺少處理此請求所必需的輸入參數 SSLPub。
    .description = 未指定用於提供憑證內容的 SSLPub 參數。

# SSLPri.MissingParameter (HTTP 400).
ssl-pri_missing-parameter = 缺少處理此請求所必需的輸入參數 SSLPri。
    .description = 未指定用於提供私密金鑰的 SSLPri 參數。

# InvalidCertificate (HTTP 400).
invalid-certificate = 您提供的憑證格式錯誤。
    .description = 憑證內容無效。

# InvalidSSLPri (HTTP 400).
invalid-ssl-pri = 您提供的 SSLPri 格式錯誤。
    .description = 私密金鑰無效。

# Certificate.MissMatch (HTTP 400).
certificate_miss-match = SSLPri 與指定的憑證不相符。
    .description = 私密金鑰與憑證不相符。

# InvalidCertificate.TooLong (HTTP 400).
invalid-certificate_too-long = 您提供的憑證超過最大長度。
    .description = 憑證內容超過長度上限。

# InvalidCertName.TooLong (HTTP 400).
invalid-cert-name_too-long = 您提供的憑證名稱超過最大長度 128 個字元。
    .description = 憑證名稱超過 128 個字元。

# SetDomainSSLPub.ParameterError (HTTP 400).
set-domain-ssl-pub_parameter-error = 參數有誤。
    .description = 用於設定憑證的一個或多個參數無效。

# Certificate.StatusError (HTTP 400).
certificate_status-error = 憑證不存在或其狀態異常。
    .description = 憑證不存在，或憑證狀態無效。

# Certificate.StatusError, variant `status-only` (HTTP 400).
certificate_status-error--status-only = 憑證狀態異常。
    .description = 憑證狀態無效。

# DeleteFailed (HTTP 400).
delete-failed = 刪除憑證失敗。
    .description = 無法刪除此憑證。

# Certificate.NotFind (HTTP 400).
certificate_not-find = 找不到憑證資訊。
    .description = 找不到此憑證。

# Certificate.Duplicated (HTTP 400).
certificate_duplicated = 憑證名稱重複。
    .description = 已有相同名稱的憑證。

# Certificate.FormatError (HTTP 400).
certificate_format-error = 憑證格式錯誤。
    .description = 憑證格式無效。

# Certificate.KeyNull (HTTP 400).
certificate_key-null = SSLPri 不可為空。
    .description = 未指定私密金鑰。

# SSLPri.Malformed (HTTP 400).
ssl-pri_malformed = SSLPri 格式錯誤。
    .description = 私密金鑰格式無效。

# Certificate.NotPermittedOff (HTTP 400).
certificate_not-permitted-off = 關閉憑證會變更網域名稱的調度，請聯絡客服。
    .description = 關閉憑證會影響此網域名稱的調度，因此不允許關閉。請聯絡{ -alibaba-cloud }技術支援。

# Certificate.SettedNotEffect (HTTP 400).
certificate_setted-not-effect = 憑證已設定成功，但為保護目前的服務尚未生效，請聯絡客服。
    .description = 憑證已設定，但為保護您目前的服務，尚未生效。如需使其生效，請聯絡{ -alibaba-cloud }技術支援。

# InvalidSource.Content.Malformed (HTTP 400).
invalid-source_content_malformed = 指定的來源伺服器位址格式錯誤。
    .description = 來源伺服器位址無效。

# InvalidSource.Type.Malformed (HTTP 400).
invalid-source_type_malformed = 指定的來源伺服器類型格式錯誤。
    .description = 來源伺服器類型無效。

# InvalidTypeContent.Mismatch (HTTP 400).
invalid-type-content_mismatch = 指定的來源伺服器類型與指定的來源伺服器位址不相符。
    .description = 來源伺服器位址與來源伺服器類型不相符。

# InvalidSource.Priority.Malformed (HTTP 400).
invalid-source_priority_malformed = 指定的來源伺服器優先順序格式錯誤。
    .description = 來源伺服器的優先順序無效。

# InvalidParameter.UploadURLs (HTTP 400).
invalid-parameter_upload-urls = 指定的參數 UploadURLs 無效。
    .description = UploadURLs 參數的值無效。
