### 비디오 서비스 API의 공통 오류 코드입니다.
### 각 메시지는 API가 반환하는 오류 메시지이며, `.description`은 그 원인을 설명합니다.
### 메시지 ID는 코드의 전송 문자열을 kebab-case로 표기한 것입니다.

# MissingParameter(HTTP 400)
# 변수:
#   $parameter (String) - 요청 매개변수의 이름입니다(예: VideoId).
missing-parameter = 이 요청을 처리하는 데 필수인 입력 매개변수 { $parameter }의 값이 제공되지 않았습니다.
    .description = 필수 매개변수가 설정되지 않은 경우 반환되는 오류 메시지입니다.

# InvalidParameter(HTTP 400)
# 변수:
#   $parameter (String) - 요청 매개변수의 이름입니다(예: VideoId).
invalid-parameter = 지정한 매개변수 { $parameter }의 값이 유효하지 않습니다.
    .description = 지정한 매개변수가 유효하지 않은 경우 반환되는 오류 메시지입니다.

# OperationDenied(HTTP 403)
operation-denied = 계정에 { -vod } 서비스가 아직 활성화되지 않았습니다.
    .description = 계정에 { -apsaravideo-vod } 서비스가 활성화되지 않은 경우 반환되는 오류 메시지입니다.

# OperationDenied.Suspended(HTTP 403)
operation-denied_suspended = { -vod } 서비스가 일시 중지되었습니다.
    .description = { -alibaba-cloud } 계정에 연체된 요금이 있는 경우 반환되는 오류 메시지입니다. 계정에 잔액을 충전하십시오.

# Forbidden(HTTP 403)
forbidden = 사용자에게 지정한 리소스에 대한 작업 권한이 없습니다.
    .description = 작업을 수행할 권한이 없는 경우 반환되는 오류 메시지입니다. 대부분의 경우 계정에 관련 권한이 부여되지 않아 이 오류가 발생합니다. 자세한 내용은 [개요](/intl.en-US/Developer Guide/Access authorization/Overview.md)를 참조하십시오.

# InternalError(HTTP 500)
internal-error = 알 수 없는 오류로 인해 요청 처리에 실패했습니다.
    .description = 백그라운드에서 알 수 없는 오류가 발생한 경우 반환되는 오류 메시지입니다. 잠시 후 다시 시도하거나 고객 서비스 담당자에게 문의하십시오.

# ServiceUnAvailable(HTTP 503)
service-un-available = 서버의 일시적인 장애로 인해 요청에 실패했습니다.
    .description = 서비스를 사용할 수 없는 경우 반환되는 오류 메시지입니다.
