### 오류 코드 페이지: `cargo xtask docs`, `vod-errors list --format markdown` 및 웹 오류 센터.

## The common errors page, in the words of the source page.

page-title = 오류 코드
page-intro = 이 문서에서는 공통 오류 코드를 설명합니다. 오류 코드의 설명을 참고하여 오류 원인을 파악할 수 있습니다.
page-common-errors = 공통 오류
column-code = 오류 코드
column-message = 오류 메시지
column-status = HTTP 상태 코드
column-description = 설명

## The index of every code and the errors of each operation.

page-all-codes = 모든 오류 코드
page-all-codes-intro = { -apsaravideo-vod } API 문서에 기재된 모든 오류 코드와 각 코드의 일반적인 HTTP 상태 코드 및 오류 메시지입니다.
page-operations = 작업별 오류
page-operations-intro = 각 API 작업의 문서에 기재된 오류와 해당 작업이 반환하는 HTTP 상태 코드 및 오류 메시지입니다.
page-placeholder-note = <parameter>와 같이 꺾쇠괄호로 묶인 이름은 API가 실제 값으로 채우는 자리를 나타냅니다.
column-operation = 작업
column-operations = 작업

## The web error centre.

site-title = { -apsaravideo-vod } 오류 코드
site-search-label = 오류 코드 검색
site-search-hint = 코드, 메시지에 포함된 단어 또는 작업 이름을 입력하십시오.
site-search-empty = 검색 조건과 일치하는 오류 코드가 없습니다.
site-language = 언어
site-all-codes = 모든 오류 코드
site-all-operations = 모든 작업
site-usual-status = 일반적인 HTTP 상태 코드
site-returned-by = 이 오류를 반환하는 작업
site-returned-by-none = API 참조의 작업 페이지 중 이 오류가 기재된 페이지는 없습니다. 모든 작업에서 이 오류가 반환될 수 있습니다.
site-family = 코드 패밀리
site-family-none = 이 코드는 어떤 코드 패밀리에도 속하지 않습니다.
site-family-members = 같은 패밀리의 다른 코드
site-retryable = 나중에 같은 요청을 다시 보내면 성공할 수 있습니다.
site-not-retryable = 같은 요청을 다시 보내도 같은 이유로 실패합니다.
site-troubleshoot = { -alibaba-cloud } OpenAPI에서 이 오류 문제 해결
site-doubtful = 확인 필요: 원본 문서에는 이 오류가 여기에 기재되어 있지만, 이 행은 다른 작업에서 복사된 것으로 보입니다.
site-operation-errors = 이 작업이 반환하는 오류
site-message-variants = 이 코드의 다른 메시지
