### The error-code page: `cargo xtask docs` and `vod-errors list --format markdown`.

page-title = Коды ошибок
page-intro = В этом разделе описаны общие коды ошибок. Вы можете определить причину ошибки по описанию кода ошибки.
page-common-errors = Общие ошибки
column-code = Код ошибки
column-message = Сообщение об ошибке
column-status = Код состояния HTTP
column-description = Описание
