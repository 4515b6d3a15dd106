### Страницы кодов ошибок: `cargo xtask docs`, `vod-errors list --format markdown` и веб-центр ошибок.

## Страница общих ошибок, в формулировках исходной страницы.

page-title = Коды ошибок
page-intro = В этом разделе описаны общие коды ошибок. Вы можете определить причину ошибки по описанию кода ошибки.
page-common-errors = Общие ошибки
column-code = Код ошибки
column-message = Сообщение об ошибке
column-status = Код состояния HTTP
column-description = Описание

## Указатель всех кодов и ошибки каждой операции.

page-all-codes = Все коды ошибок
page-all-codes-intro = Все коды ошибок, описанные в документации API { -apsaravideo-vod }, с типичными кодами состояния HTTP и сообщениями об ошибках.
page-operations = Ошибки по операциям
page-operations-intro = Ошибки, описанные в документации каждой операции API, с кодом состояния HTTP и сообщением об ошибке, которые возвращает операция.
page-placeholder-note = Имя в угловых скобках, например <parameter>, обозначает значение, которое подставляет API.
column-operation = Операция
column-operations = Операции

## Веб-центр ошибок.

site-title = Коды ошибок { -apsaravideo-vod }
site-search-label = Поиск кодов ошибок
site-search-hint = Введите код, слова из сообщения или название операции.
site-search-empty = Нет кодов ошибок, соответствующих запросу.
site-language = Язык
site-all-codes = Все коды ошибок
site-all-operations = Все операции
site-usual-status = Типичный код состояния HTTP
site-returned-by = Операции, которые возвращают эту ошибку
site-returned-by-none = Эта ошибка не указана ни на одной странице операций в справочнике API; ее может вернуть любая операция.
site-family = Семейство
site-family-none = Этот код не относится ни к одному семейству кодов.
site-family-members = Другие коды этого семейства
site-retryable = Если позже отправить тот же запрос повторно, он может выполниться успешно.
site-not-retryable = Повторная отправка того же запроса завершится такой же ошибкой.
site-troubleshoot = Устранить эту ошибку с помощью { -alibaba-cloud } OpenAPI
site-doubtful = Сомнительно: в источнике эта ошибка указана здесь, но строка, по-видимому, скопирована из другой операции.
site-operation-errors = Ошибки, которые возвращает эта операция
site-message-variants = Другие сообщения этого кода
