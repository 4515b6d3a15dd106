### The error codes of the ApsaraVideo VOD API, in English (United States): the source of every translation.
###
### Each message is the error message exactly as the API returns it, typos included: clients
### compare these strings. Its `.description` says, in this catalogue's own words, what happened
### and what to do. A message id is the code's wire string in kebab-case, with `_` where the code
### has a dot (`OperationDenied.Suspended` is `operation-denied_suspended`); a variant, a second
### message that some operations send for the same code, adds `--` and its name.

# MissingParameter (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
missing-parameter = The input parameter { $parameter } that is mandatory for processing this request is not supplied.
    .description = The error message returned because a required parameter is not set.

# MissingParameter, variant `domain-name-empty` (HTTP 400).
missing-parameter--domain-name-empty = The specified value of parameter DomainName can not be empty.
    .description = The DomainName parameter is not specified or is empty.

# MissingParameter, variant `config-id-empty` (HTTP 400).
missing-parameter--config-id-empty = The specified value of parameter ConfigId can not be empty.
    .description = The ConfigId parameter is not specified or is empty.

# MissingParameter, variant `time-range-half` (HTTP 400).
missing-parameter--time-range-half = StartTime and EndTime can not be single.
    .description = Only one of StartTime and EndTime is specified. Specify both parameters or neither of them.

# InvalidParameter (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
invalid-parameter = The specified parameter { $parameter } is not valid.
    .description = The error message returned because the specified parameter is invalid.

# InvalidParameter, variant `live-region` (HTTP 400).
invalid-parameter--live-region = Add live region parameters have error.
    .description = The { -apsaravideo-live } region information that was specified for the domain name is invalid.

# InvalidParameter, variant `media-type` (HTTP 400).
invalid-parameter--media-type = The specified parameter "MediaType" is invalid.
    .description = The value of the MediaType parameter is invalid.

# InvalidParameter, variant `unspecified` (HTTP 400).
invalid-parameter--unspecified = Invalid Parameter.
    .description = One or more parameters are invalid.

# OperationDenied (HTTP 403).
operation-denied = Your account does not open { -vod } service yet.
    .description = The error message returned because { -apsaravideo-vod } is not activated for your account.

# OperationDenied, variant `vod-suspended` (HTTP 403).
operation-denied--vod-suspended = Your { -vod } service is suspended.
    .description = { -apsaravideo-vod } is suspended for your { -alibaba-cloud } account.

# OperationDenied, variant `cdn-not-open` (HTTP 403).
operation-denied--cdn-not-open = Your account does not open CDN service yet.
    .description = { -alibaba-cloud-cdn } is not activated for your { -alibaba-cloud } account.

# OperationDenied, variant `cdn-suspended` (HTTP 403).
operation-denied--cdn-suspended = Your CDN service is suspended.
    .description = { -alibaba-cloud-cdn } is suspended for your { -alibaba-cloud } account. If the account has overdue payments, add funds to it.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = Your { -vod } service is suspended.
    .description = The error message returned because your { -alibaba-cloud } account has overdue payments. Add funds to your account.

# Forbidden (HTTP 403).
forbidden = User not authorized to operate on the specified resource.
    .description = The error message returned because you are not authorized to perform the operation.In most cases, this error occurs because your account is not granted the relevant permissions. For more information, see [Overview](/intl.en-US/Developer Guide/Access authorization/Overview.md).

# InternalError (HTTP 500).
internal-error = The request processing has failed due to some unknown error.
    .description = The error message returned because an unknown error occurred in the background. Try again later or contact customer service representatives.

# ServiceUnAvailable (HTTP 503).
service-un-available = The request has failed due to a temporary failure of the server.
    .description = The error message returned because the service is unavailable.

# LevelExceededMax (HTTP 400).
level-exceeded-max = The level of categories exceeded maximum.
    .description = The number of category levels has reached the limit.

# SubTotalExceededMax (HTTP 400).
sub-total-exceeded-max = The total of sub categories exceeded maximum.
    .description = The number of subcategories in the category has reached the limit.

# InvalidCateId.NotFound (HTTP 404).
invalid-cate-id_not-found = The CateId not exist.
    .description = The specified category or parent category does not exist.

# InvalidStorage.NotFound (HTTP 404).
invalid-storage_not-found = The storage info dose not exist.
    .description = { -apsaravideo-vod } has not allocated a storage location to your account.

# InvalidStorage.NotFound, variant `storage-location` (HTTP 404).
invalid-storage_not-found--storage-location = The StorageLocation does not exist.
    .description = The specified storage location does not exist. Check the storage locations of your account in the { -apsaravideo-vod } console.

# InvalidStorage.NotFound, variant `cannot-find` (HTTP 404).
invalid-storage_not-found--cannot-find = can't find storage.
    .description = The storage location does not exist.

# InvalidTranscodeTemplateGroup.NotFound (HTTP 404).
invalid-transcode-template-group_not-found = The transcode template group does not exist.
    .description = The specified transcoding template group does not exist.

# InvalidTranscodeTemplateGroup.NotFound, variant `template` (HTTP 404).
invalid-transcode-template-group_not-found--template = The transcode template does not exist.
    .description = The specified transcoding template group, or a transcoding template in it, does not exist.

# Forbidden.LockedTemplateGroup (HTTP 403).
forbidden_locked-template-group = The transcode template group has been locked.
    .description = The transcoding template group is locked and cannot be managed. To manage it, contact { -alibaba-cloud } technical support.

# Forbidden.SpecialTemplateGroup (HTTP 403).
forbidden_special-template-group = The transcode template group is using for special purpose.
    .description = The transcoding template group is reserved for a special purpose, such as the No Transcoding or Storage Only template group. Transcoding templates cannot be added to it.

# TrasncodeTemplateGroupExceededMax (HTTP 400).
trasncode-template-group-exceeded-max = The transcode template group size exceeded maximum.
    .description = The number of transcoding template groups has reached the limit of 20.

# TranscodeTemplateExceededMax (HTTP 400).
transcode-template-exceeded-max = The template transcode template config size exceeded maximum.
    .description = The number of transcoding templates in the transcoding template group exceeds the limit. A transcoding template group can hold at most 20 transcoding templates.

# WatermarkExceededMax (HTTP 400).
watermark-exceeded-max = The watermark size exceeded maximum.
    .description = Too many watermarks are associated with a transcoding template in the transcoding template group. A transcoding template can be associated with at most 4 watermarks.

# InvalidDomainName.Malformed (HTTP 400).
invalid-domain-name_malformed = Specified DomainName is malformed.
    .description = The value of the DomainName parameter is invalid.

# InvalidDomainName.Malformed, variant `specific-value` (HTTP 400).
invalid-domain-name_malformed--specific-value = The specific value of parameter DomainName is malformed.
    .description = The value of the DomainName parameter is invalid or not supported.

# InvalidCdnType.Malformed (HTTP 400).
invalid-cdn-type_malformed = Specified CdnType is malformed.
    .description = The value of the CdnType parameter is invalid.

# InvalidSourceType.Malformed (HTTP 400).
invalid-source-type_malformed = Specified SourceType is malformed.
    .description = The value of the SourceType parameter is invalid.

# InvalidSources.Malformed (HTTP 400).
invalid-sources_malformed = Specified Sources is malformed.
    .description = The value of the Sources parameter is invalid. An origin address does not match its origin server type.

# InvalidScope.Malformed (HTTP 400).
invalid-scope_malformed = Specified Scope is malformed.
    .description = The value of the Scope parameter is invalid.

# InvaildParameter (HTTP 400).
invaild-parameter = The Certificate you provided is malformed!
    .description = The certificate for HTTPS acceleration is invalid. The combined length of the certificate and the private key may exceed the limit.

# InvaildParameter, variant `domain-name` (HTTP 400).
invaild-parameter--domain-name = The specific value of parameter DomainName is malformed.
    .description = The value of the DomainName parameter is invalid.

# BusinessExist (HTTP 400).
business-exist = Business exist do not repeated submission
    .description = The domain name is already being added. Do not submit the request again.

# DomainAlreadyExist (HTTP 400).
domain-already-exist = This domain name is exist already
    .description = The domain name has already been added.

# DomainOverLimit (HTTP 403).
domain-over-limit = The Number of Domain is over the limit
    .description = The number of domain names has reached the limit.

# DomainNotRegistration (HTTP 404).
domain-not-registration = The Domain name is not registered
    .description = The domain name does not have an ICP filing.

# IllegalOperation (HTTP 403).
illegal-operation = Illegal domain operate is not permitted.
    .description = The operation is not permitted on this domain name, because the domain name is invalid or you are not authorized to perform the operation.

# IllegalOperation, variant `illegal-domain` (HTTP 403).
illegal-operation--illegal-domain = Illegal domain, operation is not permitted.
    .description = The domain name is invalid, so the operation is not permitted.

# ServiceBusy (HTTP 403).
service-busy = The specified Domain is configuring, please retry later.
    .description = The domain name is being configured. Wait until the domain name is configured, then try again.

# ServiceBusy, variant `retry-again` (HTTP 403).
service-busy--retry-again = The specified Domain is configuring, please retry again later.
    .description = The domain name is being configured. Wait until the domain name is configured, then try again.

# InvalidDomain.NotFound (HTTP 404).
invalid-domain_not-found = The domain provided does not belong to you.
    .description = The specified domain name does not exist or does not belong to your account.

# InnerAddDomainDenied (HTTP 400).
inner-add-domain-denied = Your account haven't bind aoneId, can not add domain.
    .description = Your account is an internal account that is not bound to an Aone ID, so it cannot add domain names.

# ExtensiveAndAllBothExist (HTTP 400).
extensive-and-all-both-exist = Extensive domain and the domain begins with 'all.' can not exist at the same time.
    .description = A wildcard domain name and a domain name that starts with 'all.' cannot exist at the same time.

# CdnTypeNotSupportExtensiveDomain (HTTP 400).
cdn-type-not-support-extensive-domain = Extensive domain not supported for this cdn type.
    .description = Wildcard domain names are not supported for the business type specified by CdnType.

# ExtensiveAndSpecificDomainConflict (HTTP 400).
extensive-and-specific-domain-conflict = Extensive domain and corresponding specific domain are mutually exclusive.
    .description = The wildcard domain name conflicts with an exact domain name at the same level. A wildcard domain name and the exact domain names that it matches cannot both be added.

# InvalidRegion.Malformed (HTTP 400).
invalid-region_malformed = Specified Region is malformed.
    .description = The value of the Region parameter is invalid.

# InvalidResourceGroupId.Malformed (HTTP 400).
invalid-resource-group-id_malformed = Specified ResourceGroupId is malformed.
    .description = The value of the ResourceGroupId parameter is invalid.

# EntityNotExists.ResourceGroup (HTTP 400).
entity-not-exists_resource-group = The resource group does not exist.
    .description = The specified resource group does not exist.

# InvalidStatus.ResourceGroup (HTTP 400).
invalid-status_resource-group = It’s now allowed to do this operation because of the current status of resource-group.
    .description = The current status of the resource group does not allow this operation.

# InvalidPriorities.Malformed (HTTP 400).
invalid-priorities_malformed = The length of priorities is not the same with source.
    .description = The number of priorities does not match the number of origin servers. Specify one priority for each origin server.

# NotInternationRealIdentity (HTTP 400).
not-internation-real-identity = You need to do real name authentication when you use Chinese mainland resources.
    .description = Your account has not completed the real-name verification that is required to use resources in the Chinese mainland.

# NoSuchResource (HTTP 404).
# Variables:
#   $resource (String) - the resource that was not found, such as a watermark ID.
no-such-resource = The specified resource { $resource } does not exist.
    .description = The specified resource does not exist. The error message names the resource, such as a watermark ID.

# NoSuchResource, variant `unnamed` (HTTP 404).
no-such-resource--unnamed = The specified resource does not exist.
    .description = The specified resource, such as an image, does not exist.

# OperationDenied.NotOpenAppService (HTTP 403).
operation-denied_not-open-app-service = The app service is not open.
    .description = The multi-application service is not activated for your account.

# Forbidden.OperateApp (HTTP 403).
forbidden_operate-app = User not authorized to operate app.
    .description = You are not authorized to manage the application.

# InvalidFunctions.Malformed (HTTP 400).
invalid-functions_malformed = Specified Functions is malformed.
    .description = The value of the Functions parameter is invalid.

# InvalidFunctionName.ValueNotSupported (HTTP 400).
# Variables:
#   $function_name (String) - the name of the function that is not supported.
invalid-function-name_value-not-supported = FunctionName { $function_name } is not supported.
    .description = The feature specified by FunctionName is not supported.

# InvalidArgName.ValueNotSupported (HTTP 400).
# Variables:
#   $arg_name (String) - the name of the argument that is not supported.
invalid-arg-name_value-not-supported = ArgName { $arg_name } is not supported.
    .description = The argument specified by ArgName is not supported.

# InvalidArgValue.Malformed (HTTP 400).
invalid-arg-value_malformed = Specified ArgValue is malformed.
    .description = The value of the ArgValue field is invalid.

# AlreadyExist.AppName (HTTP 409).
already-exist_app-name = The specified AppName has already exist.
    .description = An application with the name specified by AppName already exists.

# LimitExceeded.AppCount (HTTP 400).
limit-exceeded_app-count = App Count has exceeded 10.
    .description = The number of applications has reached the limit of 10.

# InvalidFileName.Extension (HTTP 400).
invalid-file-name_extension = The specified FileName's extension is illegal.
    .description = The file name extension in the FileName parameter is invalid or is not supported by { -apsaravideo-vod }.

# IllegalCharacters (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
illegal-characters = The specified { $parameter } contains illegal emoticon or special characters.
    .description = The value of a parameter, such as Title, Description, or Tags, contains emoticons or special characters.

# LengthExceededMax (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
#   $max_length (Number) - the most bytes the parameter's value may have.
length-exceeded-max = The specified { $parameter } length has exceeded { NUMBER($max_length, useGrouping: "false") } bytes.
    .description = The value of a parameter, such as Title, Description, or Tags, is longer than the maximum number of bytes allowed. For the limit of each parameter, see the description of the request parameters of the operation.

# TagsExceededMax (HTTP 400).
tags-exceeded-max = The specified Tags count has exceeded 16.
    .description = More than 16 tags are specified for the video. A video can have at most 16 tags.

# InvalidTemplateGroupId.NotFound (HTTP 404).
invalid-template-group-id_not-found = The TemplateGroupId does not exist.
    .description = The transcoding template group specified by TemplateGroupId does not exist.

# Forbidden.InitFailed (HTTP 403).
forbidden_init-failed = Initialization of your account has failed while opening service.
    .description = Your account could not be initialized when the service was activated.

# AddVideoFailed (HTTP 503).
add-video-failed = Adding video has failed due to some unknown error.
    .description = The video could not be created because its video ID could not be generated. Try again later.

# Forbidden.ResourceNotEmpty (HTTP 403).
forbidden_resource-not-empty = The App: app-**has** resource, can not be deleted.
    .description = The application cannot be deleted because it still contains resources. Delete the resources or move them to another application first.

# InvalidMultipartUpload.NotFound (HTTP 400).
invalid-multipart-upload_not-found = The multipart upload not exist.
    .description = The multipart upload or its parts do not exist.

# InvalidVideo.NotFound (HTTP 404).
invalid-video_not-found = The video does not exist.
    .description = The specified video does not exist.

# InvalidVideo.NotFound, variant `not-exist` (HTTP 404).
invalid-video_not-found--not-exist = The video not exist.
    .description = The specified video does not exist.

# InvalidFile.NotFound (HTTP 400).
invalid-file_not-found = The file does not exist.
    .description = The video file, such as the mezzanine file, does not exist.

# AccessDenied (HTTP 400).
access-denied = Access denied by authorizer's policy.
    .description = { -apsaravideo-vod } is not authorized to access your own { -oss } bucket, so the operation is denied.

# JobIdsExceededMax (HTTP 400).
job-ids-exceeded-max = The JobIds exceeded maximum.
    .description = The number of job IDs in JobIds exceeds the limit.

# InvalidStream.NotFound (HTTP 404).
invalid-stream_not-found = The stream does not exist.
    .description = The media stream does not exist.

# DeleteStreamFailed (HTTP 503).
delete-stream-failed = Deleting stream has failed due to some unknown error.
    .description = The media stream could not be deleted because of an unknown error. Try again later.

# Forbidden.DefaultTemplateGroup (HTTP 403).
forbidden_default-template-group = The transcode template group is default.
    .description = The transcoding template group is the default transcoding template group and cannot be deleted.

# VideoIdsExceededMax (HTTP 400).
video-ids-exceeded-max = The VideoIds exceeded maximum.
    .description = The number of video IDs in VideoIds exceeds the limit.

# DeleteVideoFailed (HTTP 503).
delete-video-failed = Deleting video has failed due to some unknown error.
    .description = The video could not be deleted because of an unknown error. Try again later.

# Invalid%s.ValueNotSupported (HTTP 400).
# Variables:
#   $function_name (String) - the name of the function that is not supported.
invalid-any_value-not-supported = FunctionName [{ $function_name }] is not supported.
    .description = The value of the FunctionName parameter is not supported.

# InvalidBizDate.Malformed (HTTP 400).
invalid-biz-date_malformed = Specified BizDate is malformed.
    .description = The BizDate parameter is not in a valid format. Specify the time in the yyyy-MM-ddTHH:mm:ssZ format, in UTC.

# InvalidBizDate.BeyondCurrent (HTTP 400).
invalid-biz-date_beyond-current = EndTime beyond current time.
    .description = The time specified by BizDate is later than the current time.

# InvalidStartTime.Malformed (HTTP 400).
invalid-start-time_malformed = Specified StartTime is malformed.
    .description = The StartTime parameter is not in a valid format. Specify the time in the yyyy-MM-ddTHH:mm:ssZ format, in UTC.

# InvalidStartTime.Malformed, variant `spelled-out` (HTTP 400).
invalid-start-time_malformed--spelled-out = Specified start time is malformed.
    .description = The start time specified by StartTime is not in a valid format.

# InvalidEndTime.Malformed (HTTP 400).
invalid-end-time_malformed = Specified EndTime is malformed.
    .description = The EndTime parameter is not in a valid format. Specify the time in the yyyy-MM-ddTHH:mm:ssZ format, in UTC.

# InvalidEndTime.Malformed, variant `spelled-out` (HTTP 400).
invalid-end-time_malformed--spelled-out = Specified end time is malformed.
    .description = The end time specified by EndTime is not in a valid format.

# InvalidEndTime.BeyondCurrent (HTTP 400).
invalid-end-time_beyond-current = EndTime beyond current time.
    .description = The time specified by EndTime is later than the current time.

# InvalidEndTime.Mismatch (HTTP 400).
invalid-end-time_mismatch = StartTime or EndTime is mismatch.
    .description = The time range specified by StartTime and EndTime is invalid.

# InvalidEndTime.Mismatch, variant `does-not-math` (HTTP 400).
invalid-end-time_mismatch--does-not-math = Specified EndTime does not math the specified StartTime.
    .description = The time specified by EndTime is earlier than the time specified by StartTime.

# InvalidEndTime.Mismatch, variant `spelled-out` (HTTP 400).
invalid-end-time_mismatch--spelled-out = Specified end time does not match the specified start time.
    .description = The time specified by EndTime is earlier than the time specified by StartTime.

# Throttling (HTTP 503).
throttling = Request was denied due to request throttling.
    .description = The request was denied because of throttling. Try again later.

# InvalidParameterAliUid (HTTP 400).
invalid-parameter-ali-uid = Invalid Parameter AliUid.
    .description = The value of the AliUid parameter is invalid.

# InvalidParameterStartTime (HTTP 400).
invalid-parameter-start-time = Invalid Parameter StartTime.
    .description = The value of the StartTime parameter is invalid.

# InvalidParameterEndTime (HTTP 400).
invalid-parameter-end-time = Invalid Parameter EndTime.
    .description = The value of the EndTime parameter is invalid.

# InvalidTimeRange (HTTP 400).
invalid-time-range = StartTime and EndTime range should less than 1 month.
    .description = The time range specified by StartTime and EndTime is longer than 31 days.

# InvalidParameterRegion (HTTP 400).
invalid-parameter-region = Invalid Parameter Region.
    .description = The value of the Region parameter is invalid.

# InvalidStartTime.ValueNotSupported (HTTP 400).
invalid-start-time_value-not-supported = The specified value of parameter StartTime is not supported.
    .description = The time range specified by StartTime and EndTime is longer than 90 days.

# InvalidStartTime.ValueNotSupported, variant `end-time-mismatch` (HTTP 400).
invalid-start-time_value-not-supported--end-time-mismatch = Specified end time does not match the specified start time.
    .description = The time range specified by StartTime and EndTime is longer than 90 days. The error message sent with this code is misleading.

# DeleteFunctionFailed (HTTP 400).
delete-function-failed = Batch delete functions failed.
    .description = The batch deletion of domain name configurations failed.

# InvalidDomain.Offline (HTTP 404).
invalid-domain_offline = The domain provided is offline.
    .description = The domain name has been disabled.

# InvalidDomain.Configure_failed (HTTP 500).
invalid-domain_configure-failed = Failed to configure the provided domain.
    .description = The domain name could not be configured, so operations such as refresh and prefetch cannot be performed on it.

# InvalidParameterProduct (HTTP 400).
invalid-parameter-product = Invalid Parameter Product.
    .description = The value of the Product parameter is invalid.

# InvalidParameterArea (HTTP 400).
invalid-parameter-area = Invalid Parameter Area.
    .description = The value of the Area parameter is invalid.

# InvalidParameterField (HTTP 400).
invalid-parameter-field = Invalid Parameter Field.
    .description = The value of the Field parameter is invalid.

# InvalidParameterInterval (HTTP 400).
invalid-parameter-interval = Invalid Parameter Interval.
    .description = The value of the Interval parameter is invalid.

# InvalidTaskId.Malformed (HTTP 400).
invalid-task-id_malformed = Specified TaskId is malformed.
    .description = The TaskId parameter is not in a valid format.

# InvalidPageNumber.ValueNotSupported (HTTP 400).
invalid-page-number_value-not-supported = The specified value of parameter PageNumber is not supported.
    .description = The value of the PageNumber parameter is not supported.

# InvalidPageSize.ValueNotSupported (HTTP 400).
invalid-page-size_value-not-supported = The specified value of parameter PageSize is not supported.
    .description = The value of the PageSize parameter is not supported.

# InvalidDomainStatus.ValueNotSupported (HTTP 400).
invalid-domain-status_value-not-supported = The specified value of parameter DomainStatus is not supported.
    .description = The value of the DomainStatus parameter is not supported.

# InvalidDomainSearchType.ValueNotSupported (HTTP 400).
invalid-domain-search-type_value-not-supported = The specified value of parameter DomainSearchType is not supported.
    .description = The value of the DomainSearchType parameter is not supported.

# ExceededMax (HTTP 400).
exceeded-max = The input parameter 'MediaIds' Exceed the limit.
    .description = The number of auxiliary media asset IDs in MediaIds exceeds the limit of 20.

# Forbidden.IllegalStatus (HTTP 400).
forbidden_illegal-status = Status of the video is illegal.
    .description = The current status of the video does not allow the operation. The allowed statuses depend on the operation: for example, only videos whose status is UploadSucc, Normal, or Checking can be transcoded.

# Forbidden.IllegalStatus, variant `current-status` (HTTP 400).
# Variables:
#   $status (String) - the video's current status, such as Blocked.
forbidden_illegal-status--current-status = Status of the video is illegal. Current Status is { $status }.
    .description = The video cannot be played in its current status. Only videos whose status is Normal can be played.

# InvalidVideo.NoneStream (HTTP 404).
invalid-video_none-stream = The video has no stream to play for the request parameter 'Formats: mp4, Definition: LD, StreamType: video'.
    .description = No transcoded media stream of the video matches the filter criteria of the request, such as the format and definition. Check that the transcoding configuration matches the filter criteria.

# Forbidden.AliyunVoDEncryption (HTTP 403).
forbidden_aliyun-vo-d-encryption = Currently only the AliyunVoDEncryption stream exists, you must use the Aliyun player to play or set the value of ResultType to Multiple.
    .description = The video has only media streams that are encrypted with { -alibaba-cloud } proprietary cryptography. Play them with { -apsaravideo-player }, or set ResultType to Multiple.

# LimitExceeded.MediaIds (HTTP 400).
limit-exceeded_media-ids = The input parameter "MediaIds" Exceed the limit.
    .description = The number of media asset IDs in MediaIds exceeds the limit of 20.

# VideoListExceededMax (HTTP 400).
video-list-exceeded-max = The video list exceeded maximum.
    .description = The total number of results to page through exceeds the limit.

# SecurityIp.NotFound (HTTP 404).
security-ip_not-found = The audit security ip does not exist.
    .description = No IP addresses are found in the review security group.

# ListSecurityIpFailed (HTTP 500).
list-security-ip-failed = List audit security ip has failed due to some unknown error.
    .description = The IP addresses in the review security group could not be queried because of an unknown error. Try again later.

# IpsIsEmpty (HTTP 400).
ips-is-empty = The specified "Ips" can not be empty.
    .description = The Ips parameter is not specified or is empty.

# IpsIsEmpty, variant `curly-quotes` (HTTP 400).
ips-is-empty--curly-quotes = The specified “Ips” can not be empty.
    .description = The Ips parameter is not specified or is empty.

# IpsExceededMax (HTTP 403).
ips-exceeded-max = The specified Ips count has exceeded 100.
    .description = The number of IP addresses exceeds the limit. A review security group can hold at most 100 IP addresses.

# SecurityIpGroupExceededMax (HTTP 403).
security-ip-group-exceeded-max = The audit security group count has exceeded 10.
    .description = The number of review security groups exceeds the limit of 10.

# Forbidden.OperateAppResource (HTTP 403).
forbidden_operate-app-resource = Invalid app permission to operate on the specified resource.
    .description = You are not authorized to manage resources in the destination application.

# QuotaExceeded.Refresh (HTTP 400).
quota-exceeded_refresh = You’ve exceeded the prescribed refresh limits.
    .description = The daily quota for refreshing or prefetching content has been reached.

# PreloadQueueFull (HTTP 403).
preload-queue-full = Preload queue is full, please try again later!
    .description = The prefetch queue is full because the number of URLs being prefetched for the domain name has reached the limit. Try again later.

# InvalidObjectPath.Malformed (HTTP 400).
invalid-object-path_malformed = The specific value of parameter ObjectPath is malformed.
    .description = The ObjectPath parameter is not in a valid format.

# InvalidExtensiveDomain.ValueNotSupported (HTTP 400).
invalid-extensive-domain_value-not-supported = Extensive domain not supported.
    .description = The domain name is a wildcard domain name, which this operation does not support.

# InvalidObjectPath.Size.Malformed (HTTP 400).
invalid-object-path_size_malformed = The size of ObjectPath is bigger than 1000.
    .description = ObjectPath contains more than 1,000 URLs. You can prefetch at most 1,000 URLs at a time.

# InvalidVideo.Damaged (HTTP 400).
invalid-video_damaged = The video has been Damaged.
    .description = The video was not created correctly or is damaged.

# InvalidObjectType.ValueNotSupported (HTTP 400).
invalid-object-type_value-not-supported = The specified value of "<ObjectType>" is not supported.
    .description = The value of the ObjectType parameter is not supported.

# QuotaPerMinuteExceeded.Refresh (HTTP 400).
quota-per-minute-exceeded_refresh = You’ve exceeded the prescribed refresh limits per minute.
    .description = The number of refresh requests has reached the limit per minute. Try again later.

# SortByExceededMax (HTTP 400).
sort-by-exceeded-max = The SortBy parameter only supports one sort field when traversing all data.
    .description = SortBy specifies more than one sort field. When you traverse all data, you can sort by only one field.

# ErrorMatchSyntax (HTTP 400).
# Variables:
#   $field (String) - the field of the Match expression that has the error.
error-match-syntax = The parameter Match.{ $field } has an error syntax, please check it.
    .description = The syntax of the Match parameter is invalid. Check the syntax and try again.

# InvalidScrollToken.Expired (HTTP 400).
invalid-scroll-token_expired = The ScrollToken is expired, please refresh it.
    .description = The value of the ScrollToken parameter has expired. Query the data again from page 1.

# InvalidSSLProtocol.ValueNotSupported (HTTP 400).
invalid-ssl-protocol_value-not-supported = The specified value of parameter Enable is not supported.
    .description = The value of the SSLProtocol parameter is not supported.

# SSLPub.MissingParameter (HTTP 400).
ssl-pub_missing-parameter = An input parameter SSLPub that is mandatory for processing the request is not supplied.
    .description = The SSLPub parameter, which holds the content of the certificate, is not specified.

# SSLPri.MissingParameter (HTTP 400).
ssl-pri_missing-parameter = An input parameter SSLPri that is mandatory for processing the request is not supplied.
    .description = The SSLPri parameter, which holds the private key, is not specified.

# InvalidCertificate (HTTP 400).
invalid-certificate = The Certificate you provided is malformed!
    .description = The content of the certificate is invalid.

# InvalidSSLPri (HTTP 400).
invalid-ssl-pri = The SSLPri you provided is malformed!
    .description = The private key is invalid.

# Certificate.MissMatch (HTTP 400).
certificate_miss-match = The SSLPri does not math the specified Certificate!
    .description = The private key does not match the certificate.

# InvalidCertificate.TooLong (HTTP 400).
invalid-certificate_too-long = The Certificate you provided is over the max length!
    .description = The content of the certificate exceeds the length limit.

# InvalidCertName.TooLong (HTTP 400).
invalid-cert-name_too-long = The Certificate name you provided is over the max length 128!
    .description = The certificate name is longer than 128 characters.

# SetDomainSSLPub.ParameterError (HTTP 400).
set-domain-ssl-pub_parameter-error = Parameters have error.
    .description = One or more parameters for setting the certificate are invalid.

# Certificate.StatusError (HTTP 400).
certificate_status-error = Certificate is not exist or its status is error.
    .description = The certificate does not exist, or its status is invalid.

# Certificate.StatusError, variant `status-only` (HTTP 400).
certificate_status-error--status-only = The certificate status is error.
    .description = The status of the certificate is invalid.

# DeleteFailed (HTTP 400).
delete-failed = Delete certificate is failed.
    .description = The certificate could not be deleted.

# Certificate.NotFind (HTTP 400).
certificate_not-find = Not find the certificate info.
    .description = The certificate is not found.

# Certificate.Duplicated (HTTP 400).
certificate_duplicated = The certificate name is duplicated.
    .description = A certificate with the same name already exists.

# Certificate.FormatError (HTTP 400).
certificate_format-error = The certificate format is error.
    .description = The certificate is not in a valid format.

# Certificate.KeyNull (HTTP 400).
certificate_key-null = The SSLPri is not null.
    .description = The private key is not specified.

# SSLPri.Malformed (HTTP 400).
ssl-pri_malformed = The SSLPri format is error.
    .description = The private key is not in a valid format.

# Certificate.NotPermittedOff (HTTP 400).
certificate_not-permitted-off = Turn off certificate will change domain scheduling, please contact customer service.
    .description = Disabling the certificate would affect the scheduling of the domain name, so it is not allowed. Contact { -alibaba-cloud } technical support.

# Certificate.SettedNotEffect (HTTP 400).
certificate_setted-not-effect = Certificate was successfully setted but does’t take effect for protecting current service, please contact customer service.
    .description = The certificate is configured but does not take effect yet, to protect your current service. To make it take effect, contact { -alibaba-cloud } technical support.

# InvalidSource.Content.Malformed (HTTP 400).
invalid-source_content_malformed = Specified source content is malformed.
    .description = The origin address is invalid.

# InvalidSource.Type.Malformed (HTTP 400).
invalid-source_type_malformed = Specified source type is malformed.
    .description = The origin server type is invalid.

# InvalidTypeContent.Mismatch (HTTP 400).
invalid-type-content_mismatch = Specified source type does not math the specified source content.
    .description = The origin address does not match the origin server type.

# InvalidSource.Priority.Malformed (HTTP 400).
invalid-source_priority_malformed = Specified source priority is malformed.
    .description = The priority of the origin server is invalid.

# InvalidParameter.UploadURLs (HTTP 400).
invalid-parameter_upload-urls = The specified parameter UploadURLs is not valid.
    .description = The value of the UploadURLs parameter is invalid.
