### ApsaraVideo VOD API 오류 코드의 한국어 번역입니다.
###
### 각 메시지는 API가 반환하는 영어 오류 메시지의 의미를 한국어로 옮긴 것이며, `.description`은 발생한 상황과
### 조치 방법을 설명합니다. 메시지 ID 규칙과 변형(`--`)에 대해서는 en-US errors.ftl의 머리말을 참조하십시오.

# MissingParameter (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
missing-parameter = 이 요청을 처리하는 데 필수인 입력 매개변수 { $parameter }의 값이 제공되지 않았습니다.
    .description = 필수 매개변수가 설정되지 않은 경우 반환되는 오류 메시지입니다.

# MissingParameter, variant `domain-name-empty` (HTTP 400).
missing-parameter--domain-name-empty = DomainName 매개변수의 값은 비워 둘 수 없습니다.
    .description = DomainName 매개변수가 지정되지 않았거나 비어 있습니다.

# MissingParameter, variant `config-id-empty` (HTTP 400).
missing-parameter--config-id-empty = ConfigId 매개변수의 값은 비워 둘 수 없습니다.
    .description = ConfigId 매개변수가 지정되지 않았거나 비어 있습니다.

# MissingParameter, variant `time-range-half` (HTTP 400).
missing-parameter--time-range-half = StartTime 및 EndTime 매개변수는 둘 중 하나만 지정할 수 없습니다.
    .description = StartTime 및 EndTime 중 하나만 지정되었습니다. 두 매개변수를 모두 지정하거나 둘 다 지정하지 마십시오.

# InvalidParameter (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
invalid-parameter = 지정한 매개변수 { $parameter }의 값이 유효하지 않습니다.
    .description = 지정한 매개변수가 유효하지 않은 경우 반환되는 오류 메시지입니다.

# InvalidParameter, variant `live-region` (HTTP 400).
invalid-parameter--live-region = 추가할 라이브 리전 매개변수에 오류가 있습니다.
    .description = 도메인 이름에 지정한 { -apsaravideo-live } 리전 정보가 유효하지 않습니다.

# InvalidParameter, variant `media-type` (HTTP 400).
invalid-parameter--media-type = 지정한 매개변수 MediaType의 값이 유효하지 않습니다.
    .description = MediaType 매개변수의 값이 유효하지 않습니다.

# InvalidParameter, variant `unspecified` (HTTP 400).
invalid-parameter--unspecified = 매개변수가 유효하지 않습니다.
    .description = 하나 이상의 매개변수가 유효하지 않습니다.

# OperationDenied (HTTP 403).
operation-denied = 계정에 { -vod } 서비스가 아직 활성화되지 않았습니다.
    .description = 계정에 { -apsaravideo-vod } 서비스가 활성화되지 않은 경우 반환되는 오류 메시지입니다.

# OperationDenied, variant `vod-suspended` (HTTP 403).
operation-denied--vod-suspended = { -vod } 서비스가 일시 중지되었습니다.
    .description = { -alibaba-cloud } 계정의 { -apsaravideo-vod } 서비스가 일시 중지되었습니다.

# OperationDenied, variant `cdn-not-open` (HTTP 403).
operation-denied--cdn-not-open = 계정에 CDN 서비스가 아직 활성화되지 않았습니다.
    .description = { -alibaba-cloud } 계정에 { -alibaba-cloud-cdn } 서비스가 활성화되지 않았습니다.

# OperationDenied, variant `cdn-suspended` (HTTP 403).
operation-denied--cdn-suspended = CDN 서비스가 일시 중지되었습니다.
    .description = { -alibaba-cloud } 계정의 { -alibaba-cloud-cdn } 서비스가 일시 중지되었습니다. 계정에 연체된 요금이 있는 경우 계정에 잔액을 충전하십시오.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = { -vod } 서비스가 일시 중지되었습니다.
    .description = { -alibaba-cloud } 계정에 연체된 요금이 있는 경우 반환되는 오류 메시지입니다. 계정에 잔액을 충전하십시오.

# Forbidden (HTTP 403).
forbidden = 사용자에게 지정한 리소스에 대한 작업 권한이 없습니다.
    .description = 작업을 수행할 권한이 없는 경우 반환되는 오류 메시지입니다. 대부분의 경우 계정에 관련 권한이 부여되지 않아 이 오류가 발생합니다. 자세한 내용은 [개요](/intl.en-US/Developer Guide/Access authorization/Overview.md)를 참조하십시오.

# InternalError (HTTP 500).
internal-error = 알 수 없는 오류로 인해 요청 처리에 실패했습니다.
    .description = 서버 측에서 알 수 없는 오류가 발생한 경우 반환되는 오류 메시지입니다. 잠시 후 다시 시도하거나 고객 서비스 담당자에게 문의하십시오.

# ServiceUnAvailable (HTTP 503).
service-un-available = 서버의 일시적인 장애로 인해 요청에 실패했습니다.
    .description = 서비스를 사용할 수 없는 경우 반환되는 오류 메시지입니다.

# LevelExceededMax (HTTP 400).
level-exceeded-max = 카테고리 계층 수가 최대 한도를 초과했습니다.
    .description = 카테고리 계층 수가 한도에 도달했습니다.

# SubTotalExceededMax (HTTP 400).
sub-total-exceeded-max = 하위 카테고리의 총수가 최대 한도를 초과했습니다.
    .description = 카테고리의 하위 카테고리 수가 한도에 도달했습니다.

# InvalidCateId.NotFound (HTTP 404).
invalid-cate-id_not-found = 지정한 CateId에 해당하는 카테고리가 존재하지 않습니다.
    .description = 지정한 카테고리 또는 상위 카테고리가 존재하지 않습니다.

# InvalidStorage.NotFound (HTTP 404).
invalid-storage_not-found = 스토리지 정보가 존재하지 않습니다.
    .description = { -apsaravideo-vod }에서 계정에 스토리지 주소를 할당하지 않았습니다.

# InvalidStorage.NotFound, variant `storage-location` (HTTP 404).
invalid-storage_not-found--storage-location = 지정한 스토리지 주소(StorageLocation)가 존재하지 않습니다.
    .description = 지정한 스토리지 주소가 존재하지 않습니다. { -apsaravideo-vod } 콘솔에서 계정의 스토리지 주소를 확인하십시오.

# InvalidStorage.NotFound, variant `cannot-find` (HTTP 404).
invalid-storage_not-found--cannot-find = 스토리지를 찾을 수 없습니다.
    .description = 스토리지 주소가 존재하지 않습니다.

# InvalidTranscodeTemplateGroup.NotFound (HTTP 404).
invalid-transcode-template-group_not-found = 트랜스코딩 템플릿 그룹이 존재하지 않습니다.
    .description = 지정한 트랜스코딩 템플릿 그룹이 존재하지 않습니다.

# InvalidTranscodeTemplateGroup.NotFound, variant `template` (HTTP 404).
invalid-transcode-template-group_not-found--template = 트랜스코딩 템플릿이 존재하지 않습니다.
    .description = 지정한 트랜스코딩 템플릿 그룹 또는 그룹 내의 트랜스코딩 템플릿이 존재하지 않습니다.

# Forbidden.LockedTemplateGroup (HTTP 403).
forbidden_locked-template-group = 트랜스코딩 템플릿 그룹이 잠겨 있습니다.
    .description = 트랜스코딩 템플릿 그룹이 잠겨 있어 관리할 수 없습니다. 이 그룹을 관리하려면 { -alibaba-cloud } 기술 지원팀에 문의하십시오.

# Forbidden.SpecialTemplateGroup (HTTP 403).
forbidden_special-template-group = 이 트랜스코딩 템플릿 그룹은 특수 용도로 사용되고 있습니다.
    .description = 이 트랜스코딩 템플릿 그룹은 '트랜스코딩 안 함' 템플릿 그룹이나 '저장만 함' 템플릿 그룹과 같이 특수 용도로 예약되어 있습니다. 이 그룹에는 트랜스코딩 템플릿을 추가할 수 없습니다.

# TrasncodeTemplateGroupExceededMax (HTTP 400).
trasncode-template-group-exceeded-max = 트랜스코딩 템플릿 그룹 수가 최대 한도를 초과했습니다.
    .description = 트랜스코딩 템플릿 그룹 수가 한도인 20개에 도달했습니다.

# TranscodeTemplateExceededMax (HTTP 400).
transcode-template-exceeded-max = 트랜스코딩 템플릿 구성 수가 최대 한도를 초과했습니다.
    .description = 트랜스코딩 템플릿 그룹의 트랜스코딩 템플릿 수가 한도를 초과했습니다. 트랜스코딩 템플릿 그룹 하나에는 최대 20개의 트랜스코딩 템플릿을 포함할 수 있습니다.

# WatermarkExceededMax (HTTP 400).
watermark-exceeded-max = 워터마크 수가 최대 한도를 초과했습니다.
    .description = 트랜스코딩 템플릿 그룹의 트랜스코딩 템플릿에 연결된 워터마크가 너무 많습니다. 트랜스코딩 템플릿 하나에는 최대 4개의 워터마크를 연결할 수 있습니다.

# InvalidDomainName.Malformed (HTTP 400).
invalid-domain-name_malformed = 지정한 DomainName의 형식이 잘못되었습니다.
    .description = DomainName 매개변수의 값이 유효하지 않습니다.

# InvalidDomainName.Malformed, variant `specific-value` (HTTP 400).
invalid-domain-name_malformed--specific-value = DomainName 매개변수에 지정한 값의 형식이 잘못되었습니다.
    .description = DomainName 매개변수의 값이 유효하지 않거나 지원되지 않습니다.

# InvalidCdnType.Malformed (HTTP 400).
invalid-cdn-type_malformed = 지정한 CdnType의 형식이 잘못되었습니다.
    .description = CdnType 매개변수의 값이 유효하지 않습니다.

# InvalidSourceType.Malformed (HTTP 400).
invalid-source-type_malformed = 지정한 SourceType의 형식이 잘못되었습니다.
    .description = SourceType 매개변수의 값이 유효하지 않습니다.

# InvalidSources.Malformed (HTTP 400).
invalid-sources_malformed = 지정한 Sources의 형식이 잘못되었습니다.
    .description = Sources 매개변수의 값이 유효하지 않습니다. 오리진 주소가 오리진 서버 유형과 일치하지 않습니다.

# InvalidScope.Malformed (HTTP 400).
invalid-scope_malformed = 지정한 Scope의 형식이 잘못되었습니다.
    .description = Scope 매개변수의 값이 유효하지 않습니다.

# InvaildParameter (HTTP 400).
invaild-parameter = 제공한 인증서의 형식이 잘못되었습니다.
    .description = HTTPS 가속에 사용할 인증서가 유효하지 않습니다. 인증서와 개인 키를 합친 길이가 한도를 초과했을 수 있습니다.

# InvaildParameter, variant `domain-name` (HTTP 400).
invaild-parameter--domain-name = DomainName 매개변수에 지정한 값의 형식이 잘못되었습니다.
    .description = DomainName 매개변수의 값이 유효하지 않습니다.

# BusinessExist (HTTP 400).
business-exist = 동일한 요청을 이미 처리하는 중입니다. 중복으로 제출하지 마십시오.
    .description = 도메인 이름을 이미 추가하는 중입니다. 요청을 다시 제출하지 마십시오.

# DomainAlreadyExist (HTTP 400).
domain-already-exist = 이 도메인 이름은 이미 존재합니다.
    .description = 도메인 이름이 이미 추가되어 있습니다.

# DomainOverLimit (HTTP 403).
domain-over-limit = 도메인 이름 수가 한도를 초과했습니다.
    .description = 도메인 이름 수가 한도에 도달했습니다.

# DomainNotRegistration (HTTP 404).
domain-not-registration = 이 도메인 이름은 ICP 등록이 완료되지 않았습니다.
    .description = 도메인 이름에 대한 ICP 등록이 되어 있지 않습니다.

# IllegalOperation (HTTP 403).
illegal-operation = 유효하지 않은 도메인 이름에 대한 작업은 허용되지 않습니다.
    .description = 도메인 이름이 유효하지 않거나 작업을 수행할 권한이 없으므로 이 도메인 이름에 대한 작업이 허용되지 않습니다.

# IllegalOperation, variant `illegal-domain` (HTTP 403).
illegal-operation--illegal-domain = 유효하지 않은 도메인 이름이므로 작업이 허용되지 않습니다.
    .description = 도메인 이름이 유효하지 않으므로 작업이 허용되지 않습니다.

# ServiceBusy (HTTP 403).
service-busy = 지정한 도메인 이름을 구성하는 중입니다. 나중에 다시 시도하십시오.
    .description = 도메인 이름을 구성하는 중입니다. 도메인 이름 구성이 완료될 때까지 기다린 후 다시 시도하십시오.

# ServiceBusy, variant `retry-again` (HTTP 403).
service-busy--retry-again = 지정한 도메인 이름을 구성하는 중입니다. 잠시 후 다시 시도하십시오.
    .description = 도메인 이름을 구성하는 중입니다. 도메인 이름 구성이 완료될 때까지 기다린 후 다시 시도하십시오.

# InvalidDomain.NotFound (HTTP 404).
invalid-domain_not-found = 제공한 도메인 이름이 사용자 계정에 속하지 않습니다.
    .description = 지정한 도메인 이름이 존재하지 않거나 사용자 계정에 속하지 않습니다.

# InnerAddDomainDenied (HTTP 400).
inner-add-domain-denied = 계정이 aoneId에 바인딩되지 않아 도메인 이름을 추가할 수 없습니다.
    .description = 계정이 Aone ID에 바인딩되지 않은 내부 계정이므로 도메인 이름을 추가할 수 없습니다.

# ExtensiveAndAllBothExist (HTTP 400).
extensive-and-all-both-exist = 와일드카드 도메인 이름과 'all.'로 시작하는 도메인 이름은 동시에 존재할 수 없습니다.
    .description = 와일드카드 도메인 이름과 'all.'로 시작하는 도메인 이름은 함께 존재할 수 없습니다.

# CdnTypeNotSupportExtensiveDomain (HTTP 400).
cdn-type-not-support-extensive-domain = 이 CDN 유형에서는 와일드카드 도메인 이름이 지원되지 않습니다.
    .description = CdnType에 지정한 비즈니스 유형에서는 와일드카드 도메인 이름이 지원되지 않습니다.

# ExtensiveAndSpecificDomainConflict (HTTP 400).
extensive-and-specific-domain-conflict = 와일드카드 도메인 이름과 이에 해당하는 개별 도메인 이름은 함께 사용할 수 없습니다.
    .description = 와일드카드 도메인 이름이 같은 수준의 개별 도메인 이름과 충돌합니다. 와일드카드 도메인 이름과 이 이름에 해당하는 개별 도메인 이름을 모두 추가할 수는 없습니다.

# InvalidRegion.Malformed (HTTP 400).
invalid-region_malformed = 지정한 Region의 형식이 잘못되었습니다.
    .description = Region 매개변수의 값이 유효하지 않습니다.

# InvalidResourceGroupId.Malformed (HTTP 400).
invalid-resource-group-id_malformed = 지정한 ResourceGroupId의 형식이 잘못되었습니다.
    .description = ResourceGroupId 매개변수의 값이 유효하지 않습니다.

# EntityNotExists.ResourceGroup (HTTP 400).
entity-not-exists_resource-group = 리소스 그룹이 존재하지 않습니다.
    .description = 지정한 리소스 그룹이 존재하지 않습니다.

# InvalidStatus.ResourceGroup (HTTP 400).
invalid-status_resource-group = 리소스 그룹의 현재 상태에서는 이 작업이 허용되지 않습니다.
    .description = 리소스 그룹의 현재 상태에서는 이 작업을 수행할 수 없습니다.

# InvalidPriorities.Malformed (HTTP 400).
invalid-priorities_malformed = 우선순위 수가 오리진 서버 수와 일치하지 않습니다.
    .description = 우선순위 수가 오리진 서버 수와 일치하지 않습니다. 오리진 서버마다 우선순위를 하나씩 지정하십시오.

# NotInternationRealIdentity (HTTP 400).
not-internation-real-identity = 중국 본토의 리소스를 사용하려면 실명 인증을 완료해야 합니다.
    .description = 계정에서 중국 본토의 리소스를 사용하는 데 필요한 실명 인증을 완료하지 않았습니다.

# NoSuchResource (HTTP 404).
# Variables:
#   $resource (String) - the resource that was not found, such as a watermark ID.
no-such-resource = 지정한 리소스({ $resource })가 존재하지 않습니다.
    .description = 지정한 리소스가 존재하지 않습니다. 오류 메시지에는 워터마크 ID와 같이 해당 리소스가 표시됩니다.

# NoSuchResource, variant `unnamed` (HTTP 404).
no-such-resource--unnamed = 지정한 리소스가 존재하지 않습니다.
    .description = 이미지 등 지정한 리소스가 존재하지 않습니다.

# OperationDenied.NotOpenAppService (HTTP 403).
operation-denied_not-open-app-service = 애플리케이션 서비스가 활성화되지 않았습니다.
    .description = 계정에 다중 애플리케이션 서비스가 활성화되지 않았습니다.

# Forbidden.OperateApp (HTTP 403).
forbidden_operate-app = 사용자에게 애플리케이션에 대한 작업 권한이 없습니다.
    .description = 애플리케이션을 관리할 권한이 없습니다.

# InvalidFunctions.Malformed (HTTP 400).
invalid-functions_malformed = 지정한 Functions의 형식이 잘못되었습니다.
    .description = Functions 매개변수의 값이 유효하지 않습니다.

# InvalidFunctionName.ValueNotSupported (HTTP 400).
# Variables:
#   $function_name (String) - the name of the function that is not supported.
invalid-function-name_value-not-supported = FunctionName에 지정한 { $function_name } 기능은 지원되지 않습니다.
    .description = FunctionName에 지정한 기능은 지원되지 않습니다.

# InvalidArgName.ValueNotSupported (HTTP 400).
# Variables:
#   $arg_name (String) - the name of the argument that is not supported.
invalid-arg-name_value-not-supported = ArgName에 지정한 { $arg_name } 인수는 지원되지 않습니다.
    .description = ArgName에 지정한 인수는 지원되지 않습니다.

# InvalidArgValue.Malformed (HTTP 400).
invalid-arg-value_malformed = 지정한 ArgValue의 형식이 잘못되었습니다.
    .description = ArgValue 필드의 값이 유효하지 않습니다.

# AlreadyExist.AppName (HTTP 409).
already-exist_app-name = 지정한 AppName의 애플리케이션이 이미 존재합니다.
    .description = AppName에 지정한 이름의 애플리케이션이 이미 존재합니다.

# LimitExceeded.AppCount (HTTP 400).
limit-exceeded_app-count = 애플리케이션 수가 10개를 초과했습니다.
    .description = 애플리케이션 수가 한도인 10개에 도달했습니다.

# InvalidFileName.Extension (HTTP 400).
invalid-file-name_extension = 지정한 FileName의 확장자가 유효하지 않습니다.
    .description = FileName 매개변수의 파일 이름 확장자가 유효하지 않거나 { -apsaravideo-vod }에서 지원되지 않습니다.

# IllegalCharacters (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
illegal-characters = 지정한 { $parameter }에 사용할 수 없는 이모티콘 또는 특수 문자가 포함되어 있습니다.
    .description = Title, Description, Tags 등 매개변수의 값에 이모티콘 또는 특수 문자가 포함되어 있습니다.

# LengthExceededMax (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
#   $max_length (Number) - the most bytes the parameter's value may have.
length-exceeded-max = 지정한 { $parameter }의 길이가 { NUMBER($max_length) }바이트를 초과했습니다.
    .description = Title, Description, Tags 등 매개변수의 값이 허용되는 최대 바이트 수보다 깁니다. 각 매개변수의 한도는 해당 작업의 요청 매개변수 설명을 참조하십시오.

# TagsExceededMax (HTTP 400).
tags-exceeded-max = 지정한 Tags의 수가 16개를 초과했습니다.
    .description = 비디오에 16개를 초과하는 태그가 지정되었습니다. 비디오 하나에는 최대 16개의 태그를 지정할 수 있습니다.

# InvalidTemplateGroupId.NotFound (HTTP 404).
invalid-template-group-id_not-found = 지정한 TemplateGroupId에 해당하는 트랜스코딩 템플릿 그룹이 존재하지 않습니다.
    .description = TemplateGroupId에 지정한 트랜스코딩 템플릿 그룹이 존재하지 않습니다.

# Forbidden.InitFailed (HTTP 403).
forbidden_init-failed = 서비스를 활성화하는 중에 계정 초기화에 실패했습니다.
    .description = 서비스를 활성화할 때 계정을 초기화하지 못했습니다.

# AddVideoFailed (HTTP 503).
add-video-failed = 알 수 없는 오류로 인해 비디오 추가에 실패했습니다.
    .description = 비디오 ID를 생성하지 못해 비디오를 생성할 수 없었습니다. 잠시 후 다시 시도하십시오.

# Forbidden.ResourceNotEmpty (HTTP 403).
forbidden_resource-not-empty = 애플리케이션에 리소스가 남아 있어 삭제할 수 없습니다.
    .description = 애플리케이션에 아직 리소스가 포함되어 있어 애플리케이션을 삭제할 수 없습니다. 먼저 리소스를 삭제하거나 다른 애플리케이션으로 이동하십시오.

# InvalidMultipartUpload.NotFound (HTTP 400).
invalid-multipart-upload_not-found = 멀티파트 업로드가 존재하지 않습니다.
    .description = 멀티파트 업로드 또는 해당 파트가 존재하지 않습니다.

# InvalidVideo.NotFound (HTTP 404).
invalid-video_not-found = 비디오가 존재하지 않습니다.
    .description = 지정한 비디오가 존재하지 않습니다.

# InvalidVideo.NotFound, variant `not-exist` (HTTP 404).
invalid-video_not-found--not-exist = 비디오가 존재하지 않습니다.
    .description = 지정한 비디오가 존재하지 않습니다.

# InvalidFile.NotFound (HTTP 400).
invalid-file_not-found = 파일이 존재하지 않습니다.
    .description = 원본 파일 등 비디오 파일이 존재하지 않습니다.

# AccessDenied (HTTP 400).
access-denied = 권한 부여자의 정책에 따라 액세스가 거부되었습니다.
    .description = { -apsaravideo-vod }에 사용자 소유 { -oss } 버킷에 대한 액세스 권한이 없으므로 작업이 거부되었습니다.

# JobIdsExceededMax (HTTP 400).
job-ids-exceeded-max = JobIds의 수가 최대 한도를 초과했습니다.
    .description = JobIds에 포함된 작업 ID 수가 한도를 초과했습니다.

# InvalidStream.NotFound (HTTP 404).
invalid-stream_not-found = 스트림이 존재하지 않습니다.
    .description = 미디어 스트림이 존재하지 않습니다.

# DeleteStreamFailed (HTTP 503).
delete-stream-failed = 알 수 없는 오류로 인해 스트림 삭제에 실패했습니다.
    .description = 알 수 없는 오류로 인해 미디어 스트림을 삭제하지 못했습니다. 잠시 후 다시 시도하십시오.

# Forbidden.DefaultTemplateGroup (HTTP 403).
forbidden_default-template-group = 이 트랜스코딩 템플릿 그룹은 기본 그룹입니다.
    .description = 이 트랜스코딩 템플릿 그룹은 기본 트랜스코딩 템플릿 그룹이므로 삭제할 수 없습니다.

# VideoIdsExceededMax (HTTP 400).
video-ids-exceeded-max = VideoIds의 수가 최대 한도를 초과했습니다.
    .description = VideoIds에 포함된 비디오 ID 수가 한도를 초과했습니다.

# DeleteVideoFailed (HTTP 503).
delete-video-failed = 알 수 없는 오류로 인해 비디오 삭제에 실패했습니다.
    .description = 알 수 없는 오류로 인해 비디오를 삭제하지 못했습니다. 잠시 후 다시 시도하십시오.

# Invalid%s.ValueNotSupported (HTTP 400).
# Variables:
#   $function_name (String) - the name of the function that is not supported.
invalid-any_value-not-supported = FunctionName에 지정한 [{ $function_name }] 기능은 지원되지 않습니다.
    .description = FunctionName 매개변수의 값은 지원되지 않습니다.

# InvalidBizDate.Malformed (HTTP 400).
invalid-biz-date_malformed = 지정한 BizDate의 형식이 잘못되었습니다.
    .description = BizDate 매개변수의 형식이 유효하지 않습니다. 시간은 UTC 기준 yyyy-MM-ddTHH:mm:ssZ 형식으로 지정하십시오.

# InvalidBizDate.BeyondCurrent (HTTP 400).
invalid-biz-date_beyond-current = EndTime 값이 현재 시간보다 늦습니다.
    .description = BizDate에 지정한 시간이 현재 시간보다 늦습니다.

# InvalidStartTime.Malformed (HTTP 400).
invalid-start-time_malformed = 지정한 StartTime의 형식이 잘못되었습니다.
    .description = StartTime 매개변수의 형식이 유효하지 않습니다. 시간은 UTC 기준 yyyy-MM-ddTHH:mm:ssZ 형식으로 지정하십시오.

# InvalidStartTime.Malformed, variant `spelled-out` (HTTP 400).
invalid-start-time_malformed--spelled-out = 지정한 시작 시간의 형식이 잘못되었습니다.
    .description = StartTime에 지정한 시작 시간의 형식이 유효하지 않습니다.

# InvalidEndTime.Malformed (HTTP 400).
invalid-end-time_malformed = 지정한 EndTime의 형식이 잘못되었습니다.
    .description = EndTime 매개변수의 형식이 유효하지 않습니다. 시간은 UTC 기준 yyyy-MM-ddTHH:mm:ssZ 형식으로 지정하십시오.

# InvalidEndTime.Malformed, variant `spelled-out` (HTTP 400).
invalid-end-time_malformed--spelled-out = 지정한 종료 시간의 형식이 잘못되었습니다.
    .description = EndTime에 지정한 종료 시간의 형식이 유효하지 않습니다.

# InvalidEndTime.BeyondCurrent (HTTP 400).
invalid-end-time_beyond-current = EndTime 값이 현재 시간보다 늦습니다.
    .description = EndTime에 지정한 시간이 현재 시간보다 늦습니다.

# InvalidEndTime.Mismatch (HTTP 400).
invalid-end-time_mismatch = StartTime 및 EndTime 값이 서로 맞지 않습니다.
    .description = StartTime 및 EndTime에 지정한 시간 범위가 유효하지 않습니다.

# InvalidEndTime.Mismatch, variant `does-not-math` (HTTP 400).
invalid-end-time_mismatch--does-not-math = 지정한 EndTime 값이 지정한 StartTime 값과 맞지 않습니다.
    .description = EndTime에 지정한 시간이 StartTime에 지정한 시간보다 이릅니다.

# InvalidEndTime.Mismatch, variant `spelled-out` (HTTP 400).
invalid-end-time_mismatch--spelled-out = 지정한 종료 시간이 지정한 시작 시간과 맞지 않습니다.
    .description = EndTime에 지정한 시간이 StartTime에 지정한 시간보다 이릅니다.

# Throttling (HTTP 503).
throttling = 요청 스로틀링으로 인해 요청이 거부되었습니다.
    .description = 스로틀링으로 인해 요청이 거부되었습니다. 잠시 후 다시 시도하십시오.

# InvalidParameterAliUid (HTTP 400).
invalid-parameter-ali-uid = AliUid 매개변수가 유효하지 않습니다.
    .description = AliUid 매개변수의 값이 유효하지 않습니다.

# InvalidParameterStartTime (HTTP 400).
invalid-parameter-start-time = StartTime 매개변수가 유효하지 않습니다.
    .description = StartTime 매개변수의 값이 유효하지 않습니다.

# InvalidParameterEndTime (HTTP 400).
invalid-parameter-end-time = EndTime 매개변수가 유효하지 않습니다.
    .description = EndTime 매개변수의 값이 유효하지 않습니다.

# InvalidTimeRange (HTTP 400).
invalid-time-range = StartTime부터 EndTime까지의 범위는 1개월 미만이어야 합니다.
    .description = StartTime 및 EndTime에 지정한 시간 범위가 31일을 초과합니다.

# InvalidParameterRegion (HTTP 400).
invalid-parameter-region = Region 매개변수가 유효하지 않습니다.
    .description = Region 매개변수의 값이 유효하지 않습니다.

# InvalidStartTime.ValueNotSupported (HTTP 400).
invalid-start-time_value-not-supported = StartTime 매개변수에 지정한 값은 지원되지 않습니다.
    .description = StartTime 및 EndTime에 지정한 시간 범위가 90일을 초과합니다.

# InvalidStartTime.ValueNotSupported, variant `end-time-mismatch` (HTTP 400).
invalid-start-time_value-not-supported--end-time-mismatch = 지정한 종료 시간이 지정한 시작 시간과 맞지 않습니다.
    .description = StartTime 및 EndTime에 지정한 시간 범위가 90일을 초과합니다. 이 코드와 함께 반환되는 오류 메시지는 오해의 소지가 있습니다.

# DeleteFunctionFailed (HTTP 400).
delete-function-failed = 기능 일괄 삭제에 실패했습니다.
    .description = 도메인 이름 구성을 일괄 삭제하지 못했습니다.

# InvalidDomain.Offline (HTTP 404).
invalid-domain_offline = 제공한 도메인 이름이 오프라인 상태입니다.
    .description = 도메인 이름이 비활성화되었습니다.

# InvalidDomain.Configure_failed (HTTP 500).
invalid-domain_configure-failed = 제공한 도메인 이름을 구성하지 못했습니다.
    .description = 도메인 이름을 구성하지 못했으므로 이 도메인 이름에 대해 새로 고침, 프리페치 등의 작업을 수행할 수 없습니다.

# InvalidParameterProduct (HTTP 400).
invalid-parameter-product = Product 매개변수가 유효하지 않습니다.
    .description = Product 매개변수의 값이 유효하지 않습니다.

# InvalidParameterArea (HTTP 400).
invalid-parameter-area = Area 매개변수가 유효하지 않습니다.
    .description = Area 매개변수의 값이 유효하지 않습니다.

# InvalidParameterField (HTTP 400).
invalid-parameter-field = Field 매개변수가 유효하지 않습니다.
    .description = Field 매개변수의 값이 유효하지 않습니다.

# InvalidParameterInterval (HTTP 400).
invalid-parameter-interval = Interval 매개변수가 유효하지 않습니다.
    .description = Interval 매개변수의 값이 유효하지 않습니다.

# InvalidTaskId.Malformed (HTTP 400).
invalid-task-id_malformed = 지정한 TaskId의 형식이 잘못되었습니다.
    .description = TaskId 매개변수의 형식이 유효하지 않습니다.

# InvalidPageNumber.ValueNotSupported (HTTP 400).
invalid-page-number_value-not-supported = PageNumber 매개변수에 지정한 값은 지원되지 않습니다.
    .description = PageNumber 매개변수의 값은 지원되지 않습니다.

# InvalidPageSize.ValueNotSupported (HTTP 400).
invalid-page-size_value-not-supported = PageSize 매개변수에 지정한 값은 지원되지 않습니다.
    .description = PageSize 매개변수의 값은 지원되지 않습니다.

# InvalidDomainStatus.ValueNotSupported (HTTP 400).
invalid-domain-status_value-not-supported = DomainStatus 매개변수에 지정한 값은 지원되지 않습니다.
    .description = DomainStatus 매개변수의 값은 지원되지 않습니다.

# InvalidDomainSearchType.ValueNotSupported (HTTP 400).
invalid-domain-search-type_value-not-supported = DomainSearchType 매개변수에 지정한 값은 지원되지 않습니다.
    .description = DomainSearchType 매개변수의 값은 지원되지 않습니다.

# ExceededMax (HTTP 400).
exceeded-max = 입력 매개변수 MediaIds의 값이 한도를 초과했습니다.
    .description = MediaIds에 포함된 보조 미디어 자산 ID 수가 한도인 20개를 초과했습니다.

# Forbidden.IllegalStatus (HTTP 400).
forbidden_illegal-status = 비디오 상태가 유효하지 않습니다.
    .description = 비디오의 현재 상태에서는 이 작업이 허용되지 않습니다. 허용되는 상태는 작업에 따라 다릅니다. 예를 들어 상태가 UploadSucc, Normal 또는 Checking인 비디오만 트랜스코딩할 수 있습니다.

# Forbidden.IllegalStatus, variant `current-status` (HTTP 400).
# Variables:
#   $status (String) - the video's current status, such as Blocked.
forbidden_illegal-status--current-status = 비디오 상태가 유효하지 않습니다. 현재 상태는 { $status }입니다.
    .description = 비디오의 현재 상태에서는 비디오를 재생할 수 없습니다. 상태가 Normal인 비디오만 재생할 수 있습니다.

# InvalidVideo.NoneStream (HTTP 404).
invalid-video_none-stream = 요청 매개변수 'Formats: mp4, Definition: LD, StreamType: video'에 해당하는 재생 가능한 스트림이 비디오에 없습니다.
    .description = 형식, 해상도 등 요청의 필터 조건과 일치하는 트랜스코딩된 미디어 스트림이 비디오에 없습니다. 트랜스코딩 구성이 필터 조건과 일치하는지 확인하십시오.

# Forbidden.AliyunVoDEncryption (HTTP 403).
forbidden_aliyun-vo-d-encryption = 현재 AliyunVoDEncryption 스트림만 존재하므로 { -apsaravideo-player }에서 재생하거나 ResultType 값을 Multiple로 설정해야 합니다.
    .description = 비디오에 { -alibaba-cloud } 자체 암호화 방식으로 암호화된 미디어 스트림만 있습니다. { -apsaravideo-player }에서 재생하거나 ResultType 값을 Multiple로 설정하십시오.

# LimitExceeded.MediaIds (HTTP 400).
limit-exceeded_media-ids = 입력 매개변수 MediaIds의 값이 한도를 초과했습니다.
    .description = MediaIds에 포함된 미디어 자산 ID 수가 한도인 20개를 초과했습니다.

# VideoListExceededMax (HTTP 400).
video-list-exceeded-max = 비디오 목록이 최대 한도를 초과했습니다.
    .description = 페이지를 넘겨 조회할 결과의 총수가 한도를 초과했습니다.

# SecurityIp.NotFound (HTTP 404).
security-ip_not-found = 검토 보안 IP가 존재하지 않습니다.
    .description = 검토 보안 그룹에서 IP 주소를 찾을 수 없습니다.

# ListSecurityIpFailed (HTTP 500).
list-security-ip-failed = 알 수 없는 오류로 인해 검토 보안 IP 목록을 조회하지 못했습니다.
    .description = 알 수 없는 오류로 인해 검토 보안 그룹의 IP 주소를 조회하지 못했습니다. 잠시 후 다시 시도하십시오.

# IpsIsEmpty (HTTP 400).
ips-is-empty = 지정한 Ips 매개변수는 비워 둘 수 없습니다.
    .description = Ips 매개변수가 지정되지 않았거나 비어 있습니다.

# IpsIsEmpty, variant `curly-quotes` (HTTP 400).
ips-is-empty--curly-quotes = 지정한 Ips 매개변수는 비워 둘 수 없습니다.
    .description = Ips 매개변수가 지정되지 않았거나 비어 있습니다.

# IpsExceededMax (HTTP 403).
ips-exceeded-max = 지정한 Ips의 수가 100개를 초과했습니다.
    .description = IP 주소 수가 한도를 초과했습니다. 검토 보안 그룹 하나에는 최대 100개의 IP 주소를 포함할 수 있습니다.

# SecurityIpGroupExceededMax (HTTP 403).
security-ip-group-exceeded-max = 검토 보안 그룹 수가 10개를 초과했습니다.
    .description = 검토 보안 그룹 수가 한도인 10개를 초과했습니다.

# Forbidden.OperateAppResource (HTTP 403).
forbidden_operate-app-resource = 지정한 리소스에 대해 작업할 애플리케이션 권한이 없습니다.
    .description = 대상 애플리케이션의 리소스를 관리할 권한이 없습니다.

# QuotaExceeded.Refresh (HTTP 400).
quota-exceeded_refresh = 정해진 새로 고침 한도를 초과했습니다.
    .description = 콘텐츠 새로 고침 또는 프리페치의 일일 할당량에 도달했습니다.

# PreloadQueueFull (HTTP 403).
preload-queue-full = 프리페치 대기열이 가득 찼습니다. 잠시 후 다시 시도하십시오.
    .description = 도메인 이름에 대해 프리페치 중인 URL 수가 한도에 도달하여 프리페치 대기열이 가득 찼습니다. 잠시 후 다시 시도하십시오.

# InvalidObjectPath.Malformed (HTTP 400).
invalid-object-path_malformed = ObjectPath 매개변수에 지정한 값의 형식이 잘못되었습니다.
    .description = ObjectPath 매개변수의 형식이 유효하지 않습니다.

# InvalidExtensiveDomain.ValueNotSupported (HTTP 400).
invalid-extensive-domain_value-not-supported = 와일드카드 도메인 이름은 지원되지 않습니다.
    .description = 이 도메인 이름은 와일드카드 도메인 이름이며, 이 작업은 와일드카드 도메인 이름을 지원하지 않습니다.

# InvalidObjectPath.Size.Malformed (HTTP 400).
invalid-object-path_size_malformed = ObjectPath의 크기가 1,000을 초과했습니다.
    .description = ObjectPath에 1,000개를 초과하는 URL이 포함되어 있습니다. 한 번에 최대 1,000개의 URL을 프리페치할 수 있습니다.

# InvalidVideo.Damaged (HTTP 400).
invalid-video_damaged = 비디오가 손상되었습니다.
    .description = 비디오가 올바르게 생성되지 않았거나 손상되었습니다.

# InvalidObjectType.ValueNotSupported (HTTP 400).
invalid-object-type_value-not-supported = <ObjectType>에 지정한 값은 지원되지 않습니다.
    .description = ObjectType 매개변수의 값은 지원되지 않습니다.

# QuotaPerMinuteExceeded.Refresh (HTTP 400).
quota-per-minute-exceeded_refresh = 분당 새로 고침 한도를 초과했습니다.
    .description = 새로 고침 요청 수가 분당 한도에 도달했습니다. 잠시 후 다시 시도하십시오.

# SortByExceededMax (HTTP 400).
sort-by-exceeded-max = 모든 데이터를 순회할 때 SortBy 매개변수에는 정렬 필드를 하나만 지정할 수 있습니다.
    .description = SortBy에 정렬 필드가 두 개 이상 지정되었습니다. 모든 데이터를 순회할 때는 하나의 필드로만 정렬할 수 있습니다.

# ErrorMatchSyntax (HTTP 400).
# Variables:
#   $field (String) - the field of the Match expression that has the error.
error-match-syntax = 매개변수 Match.{ $field }의 구문에 오류가 있습니다. 확인하십시오.
    .description = Match 매개변수의 구문이 유효하지 않습니다. 구문을 확인한 후 다시 시도하십시오.

# InvalidScrollToken.Expired (HTTP 400).
invalid-scroll-token_expired = ScrollToken 값이 만료되었습니다. ScrollToken을 갱신하십시오.
    .description = ScrollToken 매개변수의 값이 만료되었습니다. 1페이지부터 데이터를 다시 조회하십시오.

# InvalidSSLProtocol.ValueNotSupported (HTTP 400).
invalid-ssl-protocol_value-not-supported = Enable 매개변수에 지정한 값은 지원되지 않습니다.
    .description = SSLProtocol 매개변수의 값은 지원되지 않습니다.

# SSLPub.MissingParameter (HTTP 400).
ssl-pub_missing-parameter = 요청을 처리하는 데 필수인 입력 매개변수 SSLPub의 값이 제공되지 않았습니다.
    .description = 인증서 내용을 담는 SSLPub 매개변수가 지정되지 않았습니다.

# SSLPri.MissingParameter (HTTP 400).
ssl-pri_missing-parameter = 요청을 처리하는 데 필수인 입력 매개변수 SSLPri의 값이 제공되지 않았습니다.
    .description = 개인 키를 담는 SSLPri 매개변수가 지정되지 않았습니다.

# InvalidCertificate (HTTP 400).
invalid-certificate = 제공한 인증서의 형식이 잘못되었습니다.
    .description = 인증서 내용이 유효하지 않습니다.

# InvalidSSLPri (HTTP 400).
invalid-ssl-pri = 제공한 SSLPri의 형식이 잘못되었습니다.
    .description = 개인 키가 유효하지 않습니다.

# Certificate.MissMatch (HTTP 400).
certificate_miss-match = SSLPri 값이 지정한 인증서와 일치하지 않습니다.
    .description = 개인 키가 인증서와 일치하지 않습니다.

# InvalidCertificate.TooLong (HTTP 400).
invalid-certificate_too-long = 제공한 인증서가 최대 길이를 초과했습니다.
    .description = 인증서 내용이 길이 한도를 초과했습니다.

# InvalidCertName.TooLong (HTTP 400).
invalid-cert-name_too-long = 제공한 인증서 이름이 최대 길이인 128자를 초과했습니다.
    .description = 인증서 이름이 128자를 초과합니다.

# SetDomainSSLPub.ParameterError (HTTP 400).
set-domain-ssl-pub_parameter-error = 매개변수에 오류가 있습니다.
    .description = 인증서 설정에 사용되는 매개변수 중 하나 이상이 유효하지 않습니다.

# Certificate.StatusError (HTTP 400).
certificate_status-error = 인증서가 존재하지 않거나 인증서 상태가 올바르지 않습니다.
    .description = 인증서가 존재하지 않거나 인증서 상태가 유효하지 않습니다.

# Certificate.StatusError, variant `status-only` (HTTP 400).
certificate_status-error--status-only = 인증서 상태가 올바르지 않습니다.
    .description = 인증서 상태가 유효하지 않습니다.

# DeleteFailed (HTTP 400).
delete-failed = 인증서 삭제에 실패했습니다.
    .description = 인증서를 삭제하지 못했습니다.

# Certificate.NotFind (HTTP 400).
certificate_not-find = 인증서 정보를 찾을 수 없습니다.
    .description = 인증서를 찾을 수 없습니다.

# Certificate.Duplicated (HTTP 400).
certificate_duplicated = 인증서 이름이 중복되었습니다.
    .description = 같은 이름의 인증서가 이미 존재합니다.

# Certificate.FormatError (HTTP 400).
certificate_format-error = 인증서 형식이 올바르지 않습니다.
    .description = 인증서 형식이 유효하지 않습니다.

# Certificate.KeyNull (HTTP 400).
certificate_key-null = SSLPri 값은 비워 둘 수 없습니다.
    .description = 개인 키가 지정되지 않았습니다.

# SSLPri.Malformed (HTTP 400).
ssl-pri_malformed = SSLPri 형식이 올바르지 않습니다.
    .description = 개인 키 형식이 유효하지 않습니다.

# Certificate.NotPermittedOff (HTTP 400).
certificate_not-permitted-off = 인증서를 비활성화하면 도메인 이름 스케줄링이 변경됩니다. 고객 서비스에 문의하십시오.
    .description = 인증서를 비활성화하면 도메인 이름의 스케줄링에 영향을 주므로 비활성화할 수 없습니다. { -alibaba-cloud } 기술 지원팀에 문의하십시오.

# Certificate.SettedNotEffect (HTTP 400).
certificate_setted-not-effect = 인증서가 설정되었지만 현재 서비스를 보호하기 위해 아직 적용되지 않았습니다. 고객 서비스에 문의하십시오.
    .description = 인증서가 구성되었지만 현재 서비스를 보호하기 위해 아직 적용되지 않았습니다. 인증서를 적용하려면 { -alibaba-cloud } 기술 지원팀에 문의하십시오.

# InvalidSource.Content.Malformed (HTTP 400).
invalid-source_content_malformed = 지정한 오리진 주소의 형식이 잘못되었습니다.
    .description = 오리진 주소가 유효하지 않습니다.

# InvalidSource.Type.Malformed (HTTP 400).
invalid-source_type_malformed = 지정한 오리진 서버 유형의 형식이 잘못되었습니다.
    .description = 오리진 서버 유형이 유효하지 않습니다.

# InvalidTypeContent.Mismatch (HTTP 400).
invalid-type-content_mismatch = 지정한 오리진 서버 유형이 지정한 오리진 주소와 일치하지 않습니다.
    .description = 오리진 주소가 오리진 서버 유형과 일치하지 않습니다.

# InvalidSource.Priority.Malformed (HTTP 400).
invalid-source_priority_malformed = 지정한 오리진 서버 우선순위의 형식이 잘못되었습니다.
    .description = 오리진 서버의 우선순위가 유효하지 않습니다.

# InvalidParameter.UploadURLs (HTTP 400).
invalid-parameter_upload-urls = 지정한 매개변수 UploadURLs의 값이 유효하지 않습니다.
    .description = UploadURLs 매개변수의 값이 유효하지 않습니다.
