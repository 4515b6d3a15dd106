### 视频点播 API 的错误码（简体中文）。
###
### 每条消息是 API 所返回英文错误信息的中文译文；其 `.description` 说明出错原因以及处理方法。
### 消息 ID 是错误码传输字符串的 kebab-case 形式，错误码中的点号写作 `_`（`OperationDenied.Suspended`
### 即 `operation-denied_suspended`）；变体是某些接口针对同一错误码返回的另一条错误信息，其 ID 附加 `--` 和变体名称。

# MissingParameter (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
missing-parameter = 缺少处理此请求所必需的输入参数 { $parameter }。
    .description = 未设置必填参数时返回的错误信息。

# MissingParameter, variant `domain-name-empty` (HTTP 400).
missing-parameter--domain-name-empty = 参数 DomainName 的值不能为空。
    .description = 未指定 DomainName 参数，或其值为空。

# MissingParameter, variant `config-id-empty` (HTTP 400).
missing-parameter--config-id-empty = 参数 ConfigId 的值不能为空。
    .description = 未指定 ConfigId 参数，或其值为空。

# MissingParameter, variant `time-range-half` (HTTP 400).
missing-parameter--time-range-half = StartTime 和 EndTime 不能单独设置。
    .description = 仅指定了 StartTime 和 EndTime 中的一个。请同时指定这两个参数，或都不指定。

# InvalidParameter (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
invalid-parameter = 指定的参数 { $parameter } 无效。
    .description = 指定的参数无效时返回的错误信息。

# InvalidParameter, variant `live-region` (HTTP 400).
invalid-parameter--live-region = 添加的直播地域参数有误。
    .description = 为域名指定的{ -apsaravideo-live }地域信息无效。

# InvalidParameter, variant `media-type` (HTTP 400).
invalid-parameter--media-type = 指定的参数 MediaType 无效。
    .description = MediaType 参数的值无效。

# InvalidParameter, variant `unspecified` (HTTP 400).
invalid-parameter--unspecified = 参数无效。
    .description = 一个或多个参数无效。

# OperationDenied (HTTP 403).
operation-denied = 您的账号尚未开通{ -vod }服务。
    .description = 您的账号未开通{ -apsaravideo-vod }服务时返回的错误信息。

# OperationDenied, variant `vod-suspended` (HTTP 403).
operation-denied--vod-suspended = 您的{ -vod }服务已被暂停。
    .description = 您的{ -alibaba-cloud }账号下的{ -apsaravideo-vod }服务已被暂停。

# OperationDenied, variant `cdn-not-open` (HTTP 403).
operation-denied--cdn-not-open = 您的账号尚未开通 CDN 服务。
    .description = 您的{ -alibaba-cloud }账号未开通{ -alibaba-cloud-cdn }。

# OperationDenied, variant `cdn-suspended` (HTTP 403).
operation-denied--cdn-suspended = 您的 CDN 服务已被暂停。
    .description = 您的{ -alibaba-cloud }账号下的{ -alibaba-cloud-cdn }已被暂停。如果该账号已欠费，请为其充值。

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = 您的{ -vod }服务已被暂停。
    .description = 您的{ -alibaba-cloud }账号已欠费时返回的错误信息。请为账号充值。

# Forbidden (HTTP 403).
forbidden = 用户无权操作指定的资源。
    .description = 您无权执行该操作时返回的错误信息。该错误一般是由于您的账号未获得相应权限所致。更多信息，请参见[概述](/intl.en-US/Developer Guide/Access authorization/Overview.md)。

# InternalError (HTTP 500).
internal-error = 由于未知错误，请求处理失败。
    .description = 服务端发生未知错误时返回的错误信息。请稍后重试，或联系客服。

# ServiceUnAvailable (HTTP 503).
service-un-available = 由于服务器临时故障，请求失败。
    .description = 服务不可用时返回的错误信息。

# LevelExceededMax (HTTP 400).
level-exceeded-max = 分类层级超过上限。
    .description = 分类层级数已达到上限。

# SubTotalExceededMax (HTTP 400).
sub-total-exceeded-max = 子分类总数超过上限。
    .description = 该分类下的子分类数量已达到上限。

# InvalidCateId.NotFound (HTTP 404).
invalid-cate-id_not-found = 指定的 CateId 不存在。
    .description = 指定的分类或父分类不存在。

# InvalidStorage.NotFound (HTTP 404).
invalid-storage_not-found = 存储信息不存在。
    .description = { -apsaravideo-vod }尚未为您的账号分配存储地址。

# InvalidStorage.NotFound, variant `storage-location` (HTTP 404).
invalid-storage_not-found--storage-location = 指定的 StorageLocation 不存在。
    .description = 指定的存储地址不存在。请在{ -apsaravideo-vod }控制台查看您账号的存储地址。

# InvalidStorage.NotFound, variant `cannot-find` (HTTP 404).
invalid-storage_not-found--cannot-find = 找不到存储地址。
    .description = 存储地址不存在。

# InvalidTranscodeTemplateGroup.NotFound (HTTP 404).
invalid-transcode-template-group_not-found = 转码模板组不存在。
    .description = 指定的转码模板组不存在。

# InvalidTranscodeTemplateGroup.NotFound, variant `template` (HTTP 404).
invalid-transcode-template-group_not-found--template = 转码模板不存在。
    .description = 指定的转码模板组或其中的转码模板不存在。

# Forbidden.LockedTemplateGroup (HTTP 403).
forbidden_locked-template-group = 转码模板组已被锁定。
    .description = 该转码模板组已被锁定，无法进行管理。如需管理，请联系{ -alibaba-cloud }技术支持。

# Forbidden.SpecialTemplateGroup (HTTP 403).
forbidden_special-template-group = 该转码模板组用于特殊用途。
    .description = 该转码模板组保留用于特殊用途，例如“不转码”模板组或“仅存储”模板组，无法向其中添加转码模板。

# TrasncodeTemplateGroupExceededMax (HTTP 400).
trasncode-template-group-exceeded-max = 转码模板组数量超过上限。
    .description = 转码模板组的数量已达到上限（20 个）。

# TranscodeTemplateExceededMax (HTTP 400).
transcode-template-exceeded-max = 转码模板配置数量超过上限。
    .description = 转码模板组中的转码模板数量超过上限。一个转码模板组最多可包含 20 个转码模板。

# WatermarkExceededMax (HTTP 400).
watermark-exceeded-max = 水印数量超过上限。
    .description = 转码模板组中某个转码模板关联的水印过多。一个转码模板最多可关联 4 个水印。

# InvalidDomainName.Malformed (HTTP 400).
invalid-domain-name_malformed = 指定的 DomainName 格式错误。
    .description = DomainName 参数的值无效。

# InvalidDomainName.Malformed, variant `specific-value` (HTTP 400).
invalid-domain-name_malformed--specific-value = 参数 DomainName 的值格式错误。
    .description = DomainName 参数的值无效或不受支持。

# InvalidCdnType.Malformed (HTTP 400).
invalid-cdn-type_malformed = 指定的 CdnType 格式错误。
    .description = CdnType 参数的值无效。

# InvalidSourceType.Malformed (HTTP 400).
invalid-source-type_malformed = 指定的 SourceType 格式错误。
    .description = SourceType 参数的值无效。

# InvalidSources.Malformed (HTTP 400).
invalid-sources_malformed = 指定的 Sources 格式错误。
    .description = Sources 参数的值无效。某个回源地址与其源站类型不匹配。

# InvalidScope.Malformed (HTTP 400).
invalid-scope_malformed = 指定的 Scope 格式错误。
    .description = Scope 参数的值无效。

# InvaildParameter (HTTP 400).
invaild-parameter = 您提供的证书格式错误。
    .description = 用于 HTTPS 加速的证书无效。证书与私钥的总长度可能超过了上限。

# InvaildParameter, variant `domain-name` (HTTP 400).
invaild-parameter--domain-name = 参数 DomainName 的值格式错误。
    .description = DomainName 参数的值无效。

# BusinessExist (HTTP 400).
business-exist = 该操作已在处理中，请勿重复提交。
    .description = 该域名正在添加中，请勿重复提交请求。

# DomainAlreadyExist (HTTP 400).
domain-already-exist = 该域名已存在。
    .description = 该域名已被添加。

# DomainOverLimit (HTTP 403).
domain-over-limit = 域名数量超过上限。
    .description = 域名数量已达到上限。

# DomainNotRegistration (HTTP 404).
domain-not-registration = 该域名未备案。
    .description = 该域名未进行 ICP 备案。

# IllegalOperation (HTTP 403).
illegal-operation = 对该域名的操作不合法，不允许执行。
    .description = 不允许对该域名执行此操作，原因是该域名无效，或您无权执行此操作。

# IllegalOperation, variant `illegal-domain` (HTTP 403).
illegal-operation--illegal-domain = 域名不合法，不允许执行操作。
    .description = 该域名无效，因此不允许执行此操作。

# ServiceBusy (HTTP 403).
service-busy = 指定的域名正在配置中，请稍后重试。
    .description = 该域名正在配置中。请等待域名配置完成后重试。

# ServiceBusy, variant `retry-again` (HTTP 403).
service-busy--retry-again = 指定的域名正在配置中，请稍后重试。
    .description = 该域名正在配置中。请等待域名配置完成后重试。

# InvalidDomain.NotFound (HTTP 404).
invalid-domain_not-found = 所提供的域名不属于您。
    .description = 指定的域名不存在，或不属于您的账号。

# InnerAddDomainDenied (HTTP 400).
inner-add-domain-denied = 您的账号未绑定 aoneId，无法添加域名。
    .description = 您的账号是未绑定 Aone ID 的内部账号，因此无法添加域名。

# ExtensiveAndAllBothExist (HTTP 400).
extensive-and-all-both-exist = 泛域名与以 'all.' 开头的域名不能同时存在。
    .description = 泛域名和以 'all.' 开头的域名不能同时存在。

# CdnTypeNotSupportExtensiveDomain (HTTP 400).
cdn-type-not-support-extensive-domain = 该 CDN 业务类型不支持泛域名。
    .description = CdnType 指定的业务类型不支持泛域名。

# ExtensiveAndSpecificDomainConflict (HTTP 400).
extensive-and-specific-domain-conflict = 泛域名与对应的精确域名互斥。
    .description = 该泛域名与同级别的精确域名冲突。泛域名与其所匹配的精确域名不能同时添加。

# InvalidRegion.Malformed (HTTP 400).
invalid-region_malformed = 指定的 Region 格式错误。
    .description = Region 参数的值无效。

# InvalidResourceGroupId.Malformed (HTTP 400).
invalid-resource-group-id_malformed = 指定的 ResourceGroupId 格式错误。
    .description = ResourceGroupId 参数的值无效。

# EntityNotExists.ResourceGroup (HTTP 400).
entity-not-exists_resource-group = 资源组不存在。
    .description = 指定的资源组不存在。

# InvalidStatus.ResourceGroup (HTTP 400).
invalid-status_resource-group = 由于资源组的当前状态，不允许执行此操作。
    .description = 资源组的当前状态不允许执行此操作。

# InvalidPriorities.Malformed (HTTP 400).
invalid-priorities_malformed = 优先级的数量与源站数量不一致。
    .description = 优先级的数量与源站的数量不匹配。请为每个源站指定一个优先级。

# NotInternationRealIdentity (HTTP 400).
not-internation-real-identity = 使用中国内地资源时，需要完成实名认证。
    .description = 您的账号尚未完成使用中国内地资源所需的实名认证。

# NoSuchResource (HTTP 404).
# Variables:
#   $resource (String) - the resource that was not found, such as a watermark ID.
no-such-resource = 指定的资源 { $resource } 不存在。
    .description = 指定的资源不存在。错误信息中会给出该资源，例如水印 ID。

# NoSuchResource, variant `unnamed` (HTTP 404).
no-such-resource--unnamed = 指定的资源不存在。
    .description = 指定的资源（例如图片）不存在。

# OperationDenied.NotOpenAppService (HTTP 403).
operation-denied_not-open-app-service = 应用服务尚未开通。
    .description = 您的账号未开通多应用服务。

# Forbidden.OperateApp (HTTP 403).
forbidden_operate-app = 用户无权操作该应用。
    .description = 您无权管理该应用。

# InvalidFunctions.Malformed (HTTP 400).
invalid-functions_malformed = 指定的 Functions 格式错误。
    .description = Functions 参数的值无效。

# InvalidFunctionName.ValueNotSupported (HTTP 400).
# Variables:
#   $function_name (String) - the name of the function that is not supported.
invalid-function-name_value-not-supported = 不支持 FunctionName { $function_name }。
    .description = 不支持 FunctionName 指定的功能。

# InvalidArgName.ValueNotSupported (HTTP 400).
# Variables:
#   $arg_name (String) - the name of the argument that is not supported.
invalid-arg-name_value-not-supported = 不支持 ArgName { $arg_name }。
    .description = 不支持 ArgName 指定的参数。

# InvalidArgValue.Malformed (HTTP 400).
invalid-arg-value_malformed = 指定的 ArgValue 格式错误。
    .description = ArgValue 字段的值无效。

# AlreadyExist.AppName (HTTP 409).
already-exist_app-name = 指定的 AppName 已存在。
    .description = 已有应用使用 AppName 指定的名称。

# LimitExceeded.AppCount (HTTP 400).
limit-exceeded_app-count = 应用数量已超过 10 个。
    .description = 应用数量已达到上限（10 个）。

# InvalidFileName.Extension (HTTP 400).
invalid-file-name_extension = 指定的 FileName 的文件扩展名无效。
    .description = FileName 参数中的文件扩展名无效，或{ -apsaravideo-vod }不支持该扩展名。

# IllegalCharacters (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
illegal-characters = 指定的 { $parameter } 包含非法的表情符号或特殊字符。
    .description = 某个参数（例如 Title、Description 或 Tags）的值包含表情符号或特殊字符。

# LengthExceededMax (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
#   $max_length (Number) - the most bytes the parameter's value may have.
length-exceeded-max = 指定的 { $parameter } 长度已超过 { NUMBER($max_length) } 字节。
    .description = 某个参数（例如 Title、Description 或 Tags）的值超过了允许的最大字节数。各参数的长度限制，请参见该接口请求参数的说明。

# TagsExceededMax (HTTP 400).
tags-exceeded-max = 指定的 Tags 数量已超过 16 个。
    .description = 为视频指定的标签超过 16 个。一个视频最多可设置 16 个标签。

# InvalidTemplateGroupId.NotFound (HTTP 404).
invalid-template-group-id_not-found = 指定的 TemplateGroupId 不存在。
    .description = TemplateGroupId 指定的转码模板组不存在。

# Forbidden.InitFailed (HTTP 403).
forbidden_init-failed = 开通服务时账号初始化失败。
    .description = 开通服务时，您的账号未能完成初始化。

# AddVideoFailed (HTTP 503).
add-video-failed = 由于未知错误，添加视频失败。
    .description = 由于无法生成视频 ID，视频创建失败。请稍后重试。

# Forbidden.ResourceNotEmpty (HTTP 403).
forbidden_resource-not-empty = 该应用中仍有资源，无法删除。
    .description = 该应用中仍包含资源，因此无法删除。请先删除这些资源，或将其转移到其他应用。

# InvalidMultipartUpload.NotFound (HTTP 400).
invalid-multipart-upload_not-found = 分片上传不存在。
    .description = 分片上传任务或其分片不存在。

# InvalidVideo.NotFound (HTTP 404).
invalid-video_not-found = 视频不存在。
    .description = 指定的视频不存在。

# InvalidVideo.NotFound, variant `not-exist` (HTTP 404).
invalid-video_not-found--not-exist = 视频不存在。
    .description = 指定的视频不存在。

# InvalidFile.NotFound (HTTP 400).
invalid-file_not-found = 文件不存在。
    .description = 视频文件（例如源文件）不存在。

# AccessDenied (HTTP 400).
access-denied = 授权方的策略拒绝了访问。
    .description = { -apsaravideo-vod }未获得访问您自有的{ -oss } Bucket 的授权，因此操作被拒绝。

# JobIdsExceededMax (HTTP 400).
job-ids-exceeded-max = JobIds 超过上限。
    .description = JobIds 中的作业 ID 数量超过上限。

# InvalidStream.NotFound (HTTP 404).
invalid-stream_not-found = 媒体流不存在。
    .description = 该媒体流不存在。

# DeleteStreamFailed (HTTP 503).
delete-stream-failed = 由于未知错误，删除媒体流失败。
    .description = 由于发生未知错误，媒体流删除失败。请稍后重试。

# Forbidden.DefaultTemplateGroup (HTTP 403).
forbidden_default-template-group = 该转码模板组为默认转码模板组。
    .description = 该转码模板组是默认转码模板组，无法删除。

# VideoIdsExceededMax (HTTP 400).
video-ids-exceeded-max = VideoIds 超过上限。
    .description = VideoIds 中的视频 ID 数量超过上限。

# DeleteVideoFailed (HTTP 503).
delete-video-failed = 由于未知错误，删除视频失败。
    .description = 由于发生未知错误，视频删除失败。请稍后重试。

# Invalid%s.ValueNotSupported (HTTP 400).
# Variables:
#   $function_name (String) - the name of the function that is not supported.
invalid-any_value-not-supported = 不支持 FunctionName [{ $function_name }]。
    .description = FunctionName 参数的值不受支持。

# InvalidBizDate.Malformed (HTTP 400).
invalid-biz-date_malformed = 指定的 BizDate 格式错误。
    .description = BizDate 参数的格式无效。请使用 UTC 时间，按 yyyy-MM-ddTHH:mm:ssZ 格式指定。

# InvalidBizDate.BeyondCurrent (HTTP 400).
invalid-biz-date_beyond-current = EndTime 晚于当前时间。
    .description = BizDate 指定的时间晚于当前时间。

# InvalidStartTime.Malformed (HTTP 400).
invalid-start-time_malformed = 指定的 StartTime 格式错误。
    .description = StartTime 参数的格式无效。请使用 UTC 时间，按 yyyy-MM-ddTHH:mm:ssZ 格式指定。

# InvalidStartTime.Malformed, variant `spelled-out` (HTTP 400).
invalid-start-time_malformed--spelled-out = 指定的开始时间格式错误。
    .description = StartTime 指定的开始时间格式无效。

# InvalidEndTime.Malformed (HTTP 400).
invalid-end-time_malformed = 指定的 EndTime 格式错误。
    .description = EndTime 参数的格式无效。请使用 UTC 时间，按 yyyy-MM-ddTHH:mm:ssZ 格式指定。

# InvalidEndTime.Malformed, variant `spelled-out` (HTTP 400).
invalid-end-time_malformed--spelled-out = 指定的结束时间格式错误。
    .description = EndTime 指定的结束时间格式无效。

# InvalidEndTime.BeyondCurrent (HTTP 400).
invalid-end-time_beyond-current = EndTime 晚于当前时间。
    .description = EndTime 指定的时间晚于当前时间。

# InvalidEndTime.Mismatch (HTTP 400).
invalid-end-time_mismatch = StartTime 与 EndTime 不匹配。
    .description = StartTime 和 EndTime 指定的时间范围无效。

# InvalidEndTime.Mismatch, variant `does-not-math` (HTTP 400).
invalid-end-time_mismatch--does-not-math = 指定的 EndTime 与指定的 StartTime 不匹配。
    .description = EndTime 指定的时间早于 StartTime 指定的时间。

# InvalidEndTime.Mismatch, variant `spelled-out` (HTTP 400).
invalid-end-time_mismatch--spelled-out = 指定的结束时间与指定的开始时间不匹配。
    .description = EndTime 指定的时间早于 StartTime 指定的时间。

# Throttling (HTTP 503).
throttling = 请求因触发流量控制而被拒绝。
    .description = 请求因流量控制被拒绝。请稍后重试。

# InvalidParameterAliUid (HTTP 400).
invalid-parameter-ali-uid = 参数 AliUid 无效。
    .description = AliUid 参数的值无效。

# InvalidParameterStartTime (HTTP 400).
invalid-parameter-start-time = 参数 StartTime 无效。
    .description = StartTime 参数的值无效。

# InvalidParameterEndTime (HTTP 400).
invalid-parameter-end-time = 参数 EndTime 无效。
    .description = EndTime 参数的值无效。

# InvalidTimeRange (HTTP 400).
invalid-time-range = StartTime 与 EndTime 之间的时间范围应小于 1 个月。
    .description = StartTime 和 EndTime 指定的时间范围超过 31 天。

# InvalidParameterRegion (HTTP 400).
invalid-parameter-region = 参数 Region 无效。
    .description = Region 参数的值无效。

# InvalidStartTime.ValueNotSupported (HTTP 400).
invalid-start-time_value-not-supported = 不支持参数 StartTime 的指定值。
    .description = StartTime 和 EndTime 指定的时间范围超过 90 天。

# InvalidStartTime.ValueNotSupported, variant `end-time-mismatch` (HTTP 400).
invalid-start-time_value-not-supported--end-time-mismatch = 指定的结束时间与指定的开始时间不匹配。
    .description = StartTime 和 EndTime 指定的时间范围超过 90 天。随此错误码返回的错误信息具有误导性。

# DeleteFunctionFailed (HTTP 400).
delete-function-failed = 批量删除功能配置失败。
    .description = 批量删除域名配置失败。

# InvalidDomain.Offline (HTTP 404).
invalid-domain_offline = 所提供的域名已下线。
    .description = 该域名已被停用。

# InvalidDomain.Configure_failed (HTTP 500).
invalid-domain_configure-failed = 配置所提供的域名失败。
    .description = 该域名配置失败，因此无法对其执行刷新、预热等操作。

# InvalidParameterProduct (HTTP 400).
invalid-parameter-product = 参数 Product 无效。
    .description = Product 参数的值无效。

# InvalidParameterArea (HTTP 400).
invalid-parameter-area = 参数 Area 无效。
    .description = Area 参数的值无效。

# InvalidParameterField (HTTP 400).
invalid-parameter-field = 参数 Field 无效。
    .description = Field 参数的值无效。

# InvalidParameterInterval (HTTP 400).
invalid-parameter-interval = 参数 Interval 无效。
    .description = Interval 参数的值无效。

# InvalidTaskId.Malformed (HTTP 400).
invalid-task-id_malformed = 指定的 TaskId 格式错误。
    .description = TaskId 参数的格式无效。

# InvalidPageNumber.ValueNotSupported (HTTP 400).
invalid-page-number_value-not-supported = 不支持参数 PageNumber 的指定值。
    .description = PageNumber 参数的值不受支持。

# InvalidPageSize.ValueNotSupported (HTTP 400).
invalid-page-size_value-not-supported = 不支持参数 PageSize 的指定值。
    .description = PageSize 参数的值不受支持。

# InvalidDomainStatus.ValueNotSupported (HTTP 400).
invalid-domain-status_value-not-supported = 不支持参数 DomainStatus 的指定值。
    .description = DomainStatus 参数的值不受支持。

# InvalidDomainSearchType.ValueNotSupported (HTTP 400).
invalid-domain-search-type_value-not-supported = 不支持参数 DomainSearchType 的指定值。
    .description = DomainSearchType 参数的值不受支持。

# ExceededMax (HTTP 400).
exceeded-max = 输入参数 MediaIds 超过上限。
    .description = MediaIds 中的辅助媒资 ID 数量超过上限（20 个）。

# Forbidden.IllegalStatus (HTTP 400).
forbidden_illegal-status = 视频状态无效。
    .description = 视频的当前状态不允许执行该操作。允许的状态因操作而异，例如，只有状态为 UploadSucc、Normal 或 Checking 的视频才能进行转码。

# Forbidden.IllegalStatus, variant `current-status` (HTTP 400).
# Variables:
#   $status (String) - the video's current status, such as Blocked.
forbidden_illegal-status--current-status = 视频状态无效。当前状态为 { $status }。
    .description = 该视频在当前状态下无法播放。只有状态为 Normal 的视频才能播放。

# InvalidVideo.NoneStream (HTTP 404).
invalid-video_none-stream = 根据请求参数 'Formats: mp4, Definition: LD, StreamType: video'，该视频没有可播放的媒体流。
    .description = 该视频没有与请求的筛选条件（例如格式和清晰度）匹配的转码媒体流。请检查转码配置是否与筛选条件匹配。

# Forbidden.AliyunVoDEncryption (HTTP 403).
forbidden_aliyun-vo-d-encryption = 当前仅存在 AliyunVoDEncryption 媒体流，您必须使用{ -apsaravideo-player }播放，或将 ResultType 的值设置为 Multiple。
    .description = 该视频仅包含使用{ -alibaba-cloud }私有加密方式加密的媒体流。请使用{ -apsaravideo-player }播放，或将 ResultType 设置为 Multiple。

# LimitExceeded.MediaIds (HTTP 400).
limit-exceeded_media-ids = 输入参数 MediaIds 超过上限。
    .description = MediaIds 中的媒资 ID 数量超过上限（20 个）。

# VideoListExceededMax (HTTP 400).
video-list-exceeded-max = 视频列表超过上限。
    .description = 需要翻页浏览的结果总数超过上限。

# SecurityIp.NotFound (HTTP 404).
security-ip_not-found = 审核安全 IP 不存在。
    .description = 审核安全组中未找到 IP 地址。

# ListSecurityIpFailed (HTTP 500).
list-security-ip-failed = 由于未知错误，查询审核安全 IP 列表失败。
    .description = 由于发生未知错误，无法查询审核安全组中的 IP 地址。请稍后重试。

# IpsIsEmpty (HTTP 400).
ips-is-empty = 指定的 Ips 不能为空。
    .description = 未指定 Ips 参数，或其值为空。

# IpsIsEmpty, variant `curly-quotes` (HTTP 400).
ips-is-empty--curly-quotes = 指定的 Ips 不能为空。
    .description = 未指定 Ips 参数，或其值为空。

# IpsExceededMax (HTTP 403).
ips-exceeded-max = 指定的 Ips 数量已超过 100 个。
    .description = IP 地址数量超过上限。一个审核安全组最多可包含 100 个 IP 地址。

# SecurityIpGroupExceededMax (HTTP 403).
security-ip-group-exceeded-max = 审核安全组数量已超过 10 个。
    .description = 审核安全组数量超过上限（10 个）。

# Forbidden.OperateAppResource (HTTP 403).
forbidden_operate-app-resource = 应用权限无效，无法操作指定的资源。
    .description = 您无权管理目标应用中的资源。

# QuotaExceeded.Refresh (HTTP 400).
quota-exceeded_refresh = 您已超出规定的刷新次数上限。
    .description = 当日刷新或预热内容的配额已用完。

# PreloadQueueFull (HTTP 403).
preload-queue-full = 预热队列已满，请稍后重试。
    .description = 该域名正在预热的 URL 数量已达到上限，预热队列已满。请稍后重试。

# InvalidObjectPath.Malformed (HTTP 400).
invalid-object-path_malformed = 参数 ObjectPath 的值格式错误。
    .description = ObjectPath 参数的格式无效。

# InvalidExtensiveDomain.ValueNotSupported (HTTP 400).
invalid-extensive-domain_value-not-supported = 不支持泛域名。
    .description = 该域名是泛域名，而此操作不支持泛域名。

# InvalidObjectPath.Size.Malformed (HTTP 400).
invalid-object-path_size_malformed = ObjectPath 中的 URL 数量超过 1000 个。
    .description = ObjectPath 中包含的 URL 超过 1000 个。每次最多可预热 1000 个 URL。

# InvalidVideo.Damaged (HTTP 400).
invalid-video_damaged = 视频已损坏。
    .description = 视频创建有误或已损坏。

# InvalidObjectType.ValueNotSupported (HTTP 400).
invalid-object-type_value-not-supported = 不支持 <ObjectType> 的指定值。
    .description = ObjectType 参数的值不受支持。

# QuotaPerMinuteExceeded.Refresh (HTTP 400).
quota-per-minute-exceeded_refresh = 您已超出每分钟规定的刷新次数上限。
    .description = 每分钟的刷新请求数已达到上限。请稍后重试。

# SortByExceededMax (HTTP 400).
sort-by-exceeded-max = 遍历全部数据时，SortBy 参数仅支持一个排序字段。
    .description = SortBy 指定了多个排序字段。遍历全部数据时，只能按一个字段排序。

# ErrorMatchSyntax (HTTP 400).
# Variables:
#   $field (String) - the field of the Match expression that has the error.
error-match-syntax = 参数 Match.{ $field } 存在语法错误，请检查。
    .description = Match 参数的语法无效。请检查语法后重试。

# InvalidScrollToken.Expired (HTTP 400).
invalid-scroll-token_expired = ScrollToken 已过期，请重新获取。
    .description = ScrollToken 参数的值已过期。请从第 1 页重新查询数据。

# InvalidSSLProtocol.ValueNotSupported (HTTP 400).
invalid-ssl-protocol_value-not-supported = 不支持参数 Enable 的指定值。
    .description = SSLProtocol 参数的值不受支持。

# SSLPub.MissingParameter (HTTP 400).
ssl-pub_missing-parameter = 缺少处理此请求所必需的输入参数 SSLPub。
    .description = 未指定用于提供证书内容的 SSLPub 参数。

# SSLPri.MissingParameter (HTTP 400).
ssl-pri_missing-parameter = 缺少处理此请求所必需的输入参数 SSLPri。
    .description = 未指定用于提供私钥的 SSLPri 参数。

# InvalidCertificate (HTTP 400).
invalid-certificate = 您提供的证书格式错误。
    .description = 证书内容无效。

# InvalidSSLPri (HTTP 400).
invalid-ssl-pri = 您提供的 SSLPri 格式错误。
    .description = 私钥无效。

# Certificate.MissMatch (HTTP 400).
certificate_miss-match = SSLPri 与指定的证书不匹配。
    .description = 私钥与证书不匹配。

# InvalidCertificate.TooLong (HTTP 400).
invalid-certificate_too-long = 您提供的证书超过最大长度。
    .description = 证书内容超过长度上限。

# InvalidCertName.TooLong (HTTP 400).
invalid-cert-name_too-long = 您提供的证书名称超过最大长度 128 个字符。
    .description = 证书名称超过 128 个字符。

# SetDomainSSLPub.ParameterError (HTTP 400).
set-domain-ssl-pub_parameter-error = 参数有误。
    .description = 用于设置证书的一个或多个参数无效。

# Certificate.StatusError (HTTP 400).
certificate_status-error = 证书不存在或其状态异常。
    .description = 证书不存在，或证书状态无效。

# Certificate.StatusError, variant `status-only` (HTTP 400).
certificate_status-error--status-only = 证书状态异常。
    .description = 证书状态无效。

# DeleteFailed (HTTP 400).
delete-failed = 删除证书失败。
    .description = 无法删除该证书。

# Certificate.NotFind (HTTP 400).
certificate_not-find = 未找到证书信息。
    .description = 未找到该证书。

# Certificate.Duplicated (HTTP 400).
certificate_duplicated = 证书名称重复。
    .description = 已存在同名证书。

# Certificate.FormatError (HTTP 400).
certificate_format-error = 证书格式错误。
    .description = 证书格式无效。

# Certificate.KeyNull (HTTP 400).
certificate_key-null = SSLPri 不能为空。
    .description = 未指定私钥。

# SSLPri.Malformed (HTTP 400).
ssl-pri_malformed = SSLPri 格式错误。
    .description = 私钥格式无效。

# Certificate.NotPermittedOff (HTTP 400).
certificate_not-permitted-off = 关闭证书会改变域名的调度，请联系客服。
    .description = 关闭证书会影响该域名的调度，因此不允许关闭。请联系{ -alibaba-cloud }技术支持。

# Certificate.SettedNotEffect (HTTP 400).
certificate_setted-not-effect = 证书已设置成功，但为保护当前服务尚未生效，请联系客服。
    .description = 证书已配置，但为保护您当前的服务，尚未生效。如需使其生效，请联系{ -alibaba-cloud }技术支持。

# InvalidSource.Content.Malformed (HTTP 400).
invalid-source_content_malformed = 指定的回源地址格式错误。
    .description = 回源地址无效。

# InvalidSource.Type.Malformed (HTTP 400).
invalid-source_type_malformed = 指定的源站类型格式错误。
    .description = 源站类型无效。

# InvalidTypeContent.Mismatch (HTTP 400).
invalid-type-content_mismatch = 指定的源站类型与指定的回源地址不匹配。
    .description = 回源地址与源站类型不匹配。

# InvalidSource.Priority.Malformed (HTTP 400).
invalid-source_priority_malformed = 指定的源站优先级格式错误。
    .description = 源站的优先级无效。

# InvalidParameter.UploadURLs (HTTP 400).
invalid-parameter_upload-urls = 指定的参数 UploadURLs 无效。
    .description = UploadURLs 参数的值无效。
