### The error-code page: `cargo xtask docs` and `vod-errors list --format markdown`.

page-title = 오류 코드
page-intro = 이 문서에서는 공통 오류 코드를 설명합니다. 오류 코드의 설명을 참고하여 오류 원인을 파악할 수 있습니다.
page-common-errors = 공통 오류
column-code = 오류 코드
column-message = 오류 메시지
column-status = HTTP 상태 코드
column-description = 설명
