### Коды ошибок API ApsaraVideo VOD на русском языке (Россия).
###
### Каждое сообщение — это сообщение об ошибке, которое возвращает API, переведенное по смыслу
### (английский текст API с его опечатками остается в en-US). Атрибут `.description` объясняет,
### что произошло и что делать. Идентификатор сообщения — строка кода в формате kebab-case,
### с `_` на месте точки в коде; вариант (другое сообщение, которое некоторые операции отправляют
### с тем же кодом) добавляет `--` и свое имя.

# MissingParameter (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
missing-parameter = Не указан входной параметр { $parameter }, обязательный для обработки этого запроса.
    .description = Это сообщение об ошибке возвращается, если не задан обязательный параметр.

# MissingParameter, variant `domain-name-empty` (HTTP 400).
missing-parameter--domain-name-empty = Значение параметра DomainName не может быть пустым.
    .description = Параметр DomainName не указан или имеет пустое значение.

# MissingParameter, variant `config-id-empty` (HTTP 400).
missing-parameter--config-id-empty = Значение параметра ConfigId не может быть пустым.
    .description = Параметр ConfigId не указан или имеет пустое значение.

# MissingParameter, variant `time-range-half` (HTTP 400).
missing-parameter--time-range-half = Параметры StartTime и EndTime нельзя указывать по отдельности.
    .description = Указан только один из параметров StartTime и EndTime. Укажите оба параметра или не указывайте ни один из них.

# InvalidParameter (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
invalid-parameter = Указанный параметр { $parameter } недопустим.
    .description = Это сообщение об ошибке возвращается, если указанный параметр недопустим.

# InvalidParameter, variant `live-region` (HTTP 400).
invalid-parameter--live-region = Параметры добавляемого региона прямых трансляций содержат ошибку.
    .description = Указанные для доменного имени сведения о регионе { -apsaravideo-live } недопустимы.

# InvalidParameter, variant `media-type` (HTTP 400).
invalid-parameter--media-type = Указанный параметр MediaType недопустим.
    .description = Значение параметра MediaType недопустимо.

# InvalidParameter, variant `unspecified` (HTTP 400).
invalid-parameter--unspecified = Недопустимый параметр.
    .description = Один или несколько параметров недопустимы.

# OperationDenied (HTTP 403).
operation-denied = Для вашей учетной записи еще не активирован сервис { -vod }.
    .description = Это сообщение об ошибке возвращается, если для вашей учетной записи не активирован сервис { -apsaravideo-vod }.

# OperationDenied, variant `vod-suspended` (HTTP 403).
operation-denied--vod-suspended = Ваш сервис { -vod } приостановлен.
    .description = Сервис { -apsaravideo-vod } приостановлен для вашей учетной записи { -alibaba-cloud }.

# OperationDenied, variant `cdn-not-open` (HTTP 403).
operation-denied--cdn-not-open = Для вашей учетной записи еще не активирован сервис CDN.
    .description = Для вашей учетной записи { -alibaba-cloud } не активирован сервис { -alibaba-cloud-cdn }.

# OperationDenied, variant `cdn-suspended` (HTTP 403).
operation-denied--cdn-suspended = Ваш сервис CDN приостановлен.
    .description = Сервис { -alibaba-cloud-cdn } приостановлен для вашей учетной записи { -alibaba-cloud }. Если у учетной записи есть просроченная задолженность, пополните ее баланс.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = Ваш сервис { -vod } приостановлен.
    .description = Это сообщение об ошибке возвращается, если у вашей учетной записи { -alibaba-cloud } есть просроченная задолженность. Пополните баланс учетной записи.

# Forbidden (HTTP 403).
forbidden = У пользователя нет разрешения на выполнение операций с указанным ресурсом.
    .description = Это сообщение об ошибке возвращается, если у вас нет разрешения на выполнение операции. В большинстве случаев эта ошибка возникает из-за того, что вашей учетной записи не предоставлены соответствующие разрешения. Подробнее см. в разделе [Обзор](/intl.en-US/Developer Guide/Access authorization/Overview.md).

# InternalError (HTTP 500).
internal-error = Не удалось обработать запрос из-за неизвестной ошибки.
    .description = Это сообщение об ошибке возвращается, если на стороне сервера произошла неизвестная ошибка. Повторите попытку позже или обратитесь к представителям службы поддержки.

# ServiceUnAvailable (HTTP 503).
service-un-available = Не удалось выполнить запрос из-за временного сбоя сервера.
    .description = Это сообщение об ошибке возвращается, если сервис недоступен.

# LevelExceededMax (HTTP 400).
level-exceeded-max = Превышено максимальное количество уровней категорий.
    .description = Количество уровней категорий достигло максимума.

# SubTotalExceededMax (HTTP 400).
sub-total-exceeded-max = Превышено максимальное общее количество подкатегорий.
    .description = Количество подкатегорий в категории достигло максимума.

# InvalidCateId.NotFound (HTTP 404).
invalid-cate-id_not-found = Категория с указанным CateId не существует.
    .description = Указанная категория или родительская категория не существует.

# InvalidStorage.NotFound (HTTP 404).
invalid-storage_not-found = Сведения о хранилище не найдены.
    .description = Сервис { -apsaravideo-vod } не выделил место хранения для вашей учетной записи.

# InvalidStorage.NotFound, variant `storage-location` (HTTP 404).
invalid-storage_not-found--storage-location = Место хранения, указанное в StorageLocation, не существует.
    .description = Указанное место хранения не существует. Проверьте места хранения вашей учетной записи в консоли { -apsaravideo-vod }.

# InvalidStorage.NotFound, variant `cannot-find` (HTTP 404).
invalid-storage_not-found--cannot-find = Не удалось найти хранилище.
    .description = Место хранения не существует.

# InvalidTranscodeTemplateGroup.NotFound (HTTP 404).
invalid-transcode-template-group_not-found = Группа шаблонов транскодирования не существует.
    .description = Указанная группа шаблонов транскодирования не существует.

# InvalidTranscodeTemplateGroup.NotFound, variant `template` (HTTP 404).
invalid-transcode-template-group_not-found--template = Шаблон транскодирования не существует.
    .description = Указанная группа шаблонов транскодирования или шаблон транскодирования в ней не существует.

# Forbidden.LockedTemplateGroup (HTTP 403).
forbidden_locked-template-group = Группа шаблонов транскодирования заблокирована.
    .description = Группа шаблонов транскодирования заблокирована, и управлять ею нельзя. Чтобы получить возможность управлять ею, обратитесь в службу технической поддержки { -alibaba-cloud }.

# Forbidden.SpecialTemplateGroup (HTTP 403).
forbidden_special-template-group = Группа шаблонов транскодирования используется для специальных целей.
    .description = Группа шаблонов транскодирования зарезервирована для специальных целей: например, это группа шаблонов «Без транскодирования» или «Только хранение». Добавлять в нее шаблоны транскодирования нельзя.

# TrasncodeTemplateGroupExceededMax (HTTP 400).
trasncode-template-group-exceeded-max = Превышено максимальное количество групп шаблонов транскодирования.
    .description = Количество групп шаблонов транскодирования достигло максимума (20).

# TranscodeTemplateExceededMax (HTTP 400).
transcode-template-exceeded-max = Превышено максимальное количество шаблонов транскодирования.
    .description = Количество шаблонов транскодирования в группе шаблонов транскодирования превышает максимум. Группа шаблонов транскодирования может содержать не более 20 шаблонов транскодирования.

# WatermarkExceededMax (HTTP 400).
watermark-exceeded-max = Превышено максимальное количество водяных знаков.
    .description = С шаблоном транскодирования в группе шаблонов транскодирования связано слишком много водяных знаков. С одним шаблоном транскодирования можно связать не более 4 водяных знаков.

# InvalidDomainName.Malformed (HTTP 400).
invalid-domain-name_malformed = Указанное значение параметра DomainName имеет неверный формат.
    .description = Значение параметра DomainName недопустимо.

# InvalidDomainName.Malformed, variant `specific-value` (HTTP 400).
invalid-domain-name_malformed--specific-value = Значение параметра DomainName имеет неверный формат.
    .description = Значение параметра DomainName недопустимо или не поддерживается.

# InvalidCdnType.Malformed (HTTP 400).
invalid-cdn-type_malformed = Указанное значение параметра CdnType имеет неверный формат.
    .description = Значение параметра CdnType недопустимо.

# InvalidSourceType.Malformed (HTTP 400).
invalid-source-type_malformed = Указанное значение параметра SourceType имеет неверный формат.
    .description = Значение параметра SourceType недопустимо.

# InvalidSources.Malformed (HTTP 400).
invalid-sources_malformed = Указанное значение параметра Sources имеет неверный формат.
    .description = Значение параметра Sources недопустимо: адрес источника не соответствует типу сервера-источника.

# InvalidScope.Malformed (HTTP 400).
invalid-scope_malformed = Указанное значение параметра Scope имеет неверный формат.
    .description = Значение параметра Scope недопустимо.

# InvaildParameter (HTTP 400).
invaild-parameter = Предоставленный сертификат имеет неверный формат.
    .description = Сертификат для ускорения по HTTPS недопустим. Возможно, суммарная длина сертификата и закрытого ключа превышает максимум.

# InvaildParameter, variant `domain-name` (HTTP 400).
invaild-parameter--domain-name = Значение параметра DomainName имеет неверный формат.
    .description = Значение параметра DomainName недопустимо.

# BusinessExist (HTTP 400).
business-exist = Запрос уже обрабатывается. Не отправляйте его повторно.
    .description = Доменное имя уже находится в процессе добавления. Не отправляйте запрос повторно.

# DomainAlreadyExist (HTTP 400).
domain-already-exist = Это доменное имя уже существует.
    .description = Доменное имя уже добавлено.

# DomainOverLimit (HTTP 403).
domain-over-limit = Превышено максимальное количество доменных имен.
    .description = Количество доменных имен достигло максимума.

# DomainNotRegistration (HTTP 404).
domain-not-registration = Для доменного имени отсутствует регистрация ICP.
    .description = Для доменного имени не выполнена регистрация ICP.

# IllegalOperation (HTTP 403).
illegal-operation = Операции с недопустимым доменным именем запрещены.
    .description = Операция с этим доменным именем запрещена, так как доменное имя недопустимо или у вас нет разрешения на выполнение этой операции.

# IllegalOperation, variant `illegal-domain` (HTTP 403).
illegal-operation--illegal-domain = Доменное имя недопустимо — операция запрещена.
    .description = Доменное имя недопустимо, поэтому операция запрещена.

# ServiceBusy (HTTP 403).
service-busy = Указанное доменное имя настраивается. Повторите попытку позже.
    .description = Доменное имя находится в процессе настройки. Дождитесь завершения настройки и повторите попытку.

# ServiceBusy, variant `retry-again` (HTTP 403).
service-busy--retry-again = Указанное доменное имя сейчас настраивается. Повторите попытку позже.
    .description = Доменное имя находится в процессе настройки. Дождитесь завершения настройки и повторите попытку.

# InvalidDomain.NotFound (HTTP 404).
invalid-domain_not-found = Указанное доменное имя вам не принадлежит.
    .description = Указанное доменное имя не существует или не принадлежит вашей учетной записи.

# InnerAddDomainDenied (HTTP 400).
inner-add-domain-denied = Ваша учетная запись не привязана к aoneId, поэтому добавить доменное имя нельзя.
    .description = Ваша учетная запись является внутренней и не привязана к Aone ID, поэтому с нее нельзя добавлять доменные имена.

# ExtensiveAndAllBothExist (HTTP 400).
extensive-and-all-both-exist = Доменное имя с подстановочным знаком и доменное имя, которое начинается с 'all.', не могут существовать одновременно.
    .description = Доменное имя, которое начинается с 'all.', и доменное имя с подстановочным знаком не могут существовать одновременно.

# CdnTypeNotSupportExtensiveDomain (HTTP 400).
cdn-type-not-support-extensive-domain = Доменные имена с подстановочным знаком не поддерживаются для этого типа CDN.
    .description = Доменные имена с подстановочным знаком не поддерживаются для типа услуги, указанного в параметре CdnType.

# ExtensiveAndSpecificDomainConflict (HTTP 400).
extensive-and-specific-domain-conflict = Доменное имя с подстановочным знаком и соответствующее ему точное доменное имя являются взаимоисключающими.
    .description = Доменное имя с подстановочным знаком конфликтует с точным доменным именем того же уровня. Нельзя одновременно добавить доменное имя с подстановочным знаком и точные доменные имена, которые ему соответствуют.

# InvalidRegion.Malformed (HTTP 400).
invalid-region_malformed = Указанное значение параметра Region имеет неверный формат.
    .description = Значение параметра Region недопустимо.

# InvalidResourceGroupId.Malformed (HTTP 400).
invalid-resource-group-id_malformed = Указанное значение параметра ResourceGroupId имеет неверный формат.
    .description = Значение параметра ResourceGroupId недопустимо.

# EntityNotExists.ResourceGroup (HTTP 400).
entity-not-exists_resource-group = Группа ресурсов не существует.
    .description = Указанная группа ресурсов не существует.

# InvalidStatus.ResourceGroup (HTTP 400).
invalid-status_resource-group = Эта операция запрещена из-за текущего состояния группы ресурсов.
    .description = Текущее состояние группы ресурсов не позволяет выполнить эту операцию.

# InvalidPriorities.Malformed (HTTP 400).
invalid-priorities_malformed = Количество приоритетов не совпадает с количеством источников.
    .description = Количество приоритетов не совпадает с количеством серверов-источников. Укажите по одному приоритету для каждого сервера-источника.

# NotInternationRealIdentity (HTTP 400).
not-internation-real-identity = Для использования ресурсов в материковом Китае необходимо пройти проверку личности.
    .description = Ваша учетная запись не прошла проверку личности, которая необходима для использования ресурсов в материковом Китае.

# NoSuchResource (HTTP 404).
# Variables:
#   $resource (String) - the resource that was not found, such as a watermark ID.
no-such-resource = Указанный ресурс { $resource } не существует.
    .description = Указанный ресурс не существует. В сообщении об ошибке указан сам ресурс, например идентификатор водяного знака.

# NoSuchResource, variant `unnamed` (HTTP 404).
no-such-resource--unnamed = Указанный ресурс не существует.
    .description = Указанный ресурс (например, изображение) не существует.

# OperationDenied.NotOpenAppService (HTTP 403).
operation-denied_not-open-app-service = Сервис приложений не активирован.
    .description = Для вашей учетной записи не активирован сервис управления несколькими приложениями.

# Forbidden.OperateApp (HTTP 403).
forbidden_operate-app = У пользователя нет разрешения на операции с приложением.
    .description = У вас нет разрешения на управление приложением.

# InvalidFunctions.Malformed (HTTP 400).
invalid-functions_malformed = Указанное значение параметра Functions имеет неверный формат.
    .description = Значение параметра Functions недопустимо.

# InvalidFunctionName.ValueNotSupported (HTTP 400).
# Variables:
#   $function_name (String) - the name of the function that is not supported.
invalid-function-name_value-not-supported = Функция { $function_name }, указанная в FunctionName, не поддерживается.
    .description = Функция, указанная в параметре FunctionName, не поддерживается.

# InvalidArgName.ValueNotSupported (HTTP 400).
# Variables:
#   $arg_name (String) - the name of the argument that is not supported.
invalid-arg-name_value-not-supported = Аргумент { $arg_name }, указанный в ArgName, не поддерживается.
    .description = Аргумент, указанный в параметре ArgName, не поддерживается.

# InvalidArgValue.Malformed (HTTP 400).
invalid-arg-value_malformed = Указанное значение ArgValue имеет неверный формат.
    .description = Значение поля ArgValue недопустимо.

# AlreadyExist.AppName (HTTP 409).
already-exist_app-name = Приложение с указанным именем AppName уже существует.
    .description = Приложение с именем, указанным в AppName, уже существует.

# LimitExceeded.AppCount (HTTP 400).
limit-exceeded_app-count = Количество приложений превышает 10.
    .description = Количество приложений достигло максимума (10).

# InvalidFileName.Extension (HTTP 400).
invalid-file-name_extension = Расширение файла, указанное в FileName, недопустимо.
    .description = Расширение файла в параметре FileName недопустимо или не поддерживается сервисом { -apsaravideo-vod }.

# IllegalCharacters (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
illegal-characters = Значение параметра { $parameter } содержит недопустимые эмодзи или специальные символы.
    .description = Значение одного из параметров, например Title, Description или Tags, содержит эмодзи или специальные символы.

# LengthExceededMax (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
#   $max_length (Number) - the most bytes the parameter's value may have.
length-exceeded-max = Длина значения параметра { $parameter } превышает { NUMBER($max_length) ->
        [one] { NUMBER($max_length) } байт
        [few] { NUMBER($max_length) } байта
        [many] { NUMBER($max_length) } байт
       *[other] { NUMBER($max_length) } байта
    }.
    .description = Длина значения одного из параметров, например Title, Description или Tags, превышает максимально допустимый размер в байтах. Ограничение для каждого параметра см. в описании параметров запроса операции.

# TagsExceededMax (HTTP 400).
tags-exceeded-max = Количество тегов в параметре Tags превышает 16.
    .description = Для видео указано более 16 тегов. Видео может иметь не более 16 тегов.

# InvalidTemplateGroupId.NotFound (HTTP 404).
invalid-template-group-id_not-found = Группа шаблонов с указанным TemplateGroupId не существует.
    .description = Группа шаблонов транскодирования, указанная в TemplateGroupId, не существует.

# Forbidden.InitFailed (HTTP 403).
forbidden_init-failed = При активации сервиса не удалось инициализировать вашу учетную запись.
    .description = Не удалось инициализировать вашу учетную запись во время активации сервиса.

# AddVideoFailed (HTTP 503).
add-video-failed = Не удалось добавить видео из-за неизвестной ошибки.
    .description = Видео не создано, так как не удалось сгенерировать его идентификатор. Повторите попытку позже.

# Forbidden.ResourceNotEmpty (HTTP 403).
forbidden_resource-not-empty = В приложении еще есть ресурсы, поэтому его нельзя удалить.
    .description = Приложение нельзя удалить, так как в нем еще есть ресурсы. Сначала удалите эти ресурсы или переместите их в другое приложение.

# InvalidMultipartUpload.NotFound (HTTP 400).
invalid-multipart-upload_not-found = Составная загрузка не существует.
    .description = Составная загрузка или ее части не существуют.

# InvalidVideo.NotFound (HTTP 404).
invalid-video_not-found = Видео не существует.
    .description = Указанное видео не существует.

# InvalidVideo.NotFound, variant `not-exist` (HTTP 404).
invalid-video_not-found--not-exist = Видео не существует.
    .description = Указанное видео не существует.

# InvalidFile.NotFound (HTTP 400).
invalid-file_not-found = Файл не существует.
    .description = Видеофайл (например, исходный файл) не существует.

# AccessDenied (HTTP 400).
access-denied = Доступ запрещен политикой авторизации.
    .description = У сервиса { -apsaravideo-vod } нет разрешения на доступ к вашему собственному бакету { -oss }, поэтому операция запрещена.

# JobIdsExceededMax (HTTP 400).
job-ids-exceeded-max = Превышено максимальное количество идентификаторов в JobIds.
    .description = Количество идентификаторов заданий в JobIds превышает максимум.

# InvalidStream.NotFound (HTTP 404).
invalid-stream_not-found = Медиапоток не существует.
    .description = Медиапоток не существует.

# DeleteStreamFailed (HTTP 503).
delete-stream-failed = Не удалось удалить медиапоток из-за неизвестной ошибки.
    .description = Медиапоток не удалось удалить из-за неизвестной ошибки. Повторите попытку позже.

# Forbidden.DefaultTemplateGroup (HTTP 403).
forbidden_default-template-group = Это группа шаблонов транскодирования по умолчанию.
    .description = Это группа шаблонов транскодирования по умолчанию, поэтому ее нельзя удалить.

# VideoIdsExceededMax (HTTP 400).
video-ids-exceeded-max = Превышено максимальное количество идентификаторов в VideoIds.
    .description = Количество идентификаторов видео в VideoIds превышает максимум.

# DeleteVideoFailed (HTTP 503).
delete-video-failed = Не удалось удалить видео из-за неизвестной ошибки.
    .description = Видео не удалось удалить из-за неизвестной ошибки. Повторите попытку позже.

# Invalid%s.ValueNotSupported (HTTP 400).
# Variables:
#   $function_name (String) - the name of the function that is not supported.
invalid-any_value-not-supported = Функция [{ $function_name }], указанная в FunctionName, не поддерживается.
    .description = Значение параметра FunctionName не поддерживается.

# InvalidBizDate.Malformed (HTTP 400).
invalid-biz-date_malformed = Указанное значение параметра BizDate имеет неверный формат.
    .description = Параметр BizDate имеет неверный формат. Укажите время в формате yyyy-MM-ddTHH:mm:ssZ (UTC).

# InvalidBizDate.BeyondCurrent (HTTP 400).
invalid-biz-date_beyond-current = Значение EndTime позже текущего времени.
    .description = Время, указанное в BizDate, позже текущего времени.

# InvalidStartTime.Malformed (HTTP 400).
invalid-start-time_malformed = Указанное значение параметра StartTime имеет неверный формат.
    .description = Параметр StartTime имеет неверный формат. Укажите время в формате yyyy-MM-ddTHH:mm:ssZ (UTC).

# InvalidStartTime.Malformed, variant `spelled-out` (HTTP 400).
invalid-start-time_malformed--spelled-out = Указанное время начала имеет неверный формат.
    .description = Время начала, указанное в StartTime, имеет неверный формат.

# InvalidEndTime.Malformed (HTTP 400).
invalid-end-time_malformed = Указанное значение параметра EndTime имеет неверный формат.
    .description = Параметр EndTime имеет неверный формат. Укажите время в формате yyyy-MM-ddTHH:mm:ssZ (UTC).

# InvalidEndTime.Malformed, variant `spelled-out` (HTTP 400).
invalid-end-time_malformed--spelled-out = Указанное время окончания имеет неверный формат.
    .description = Время окончания, указанное в EndTime, имеет неверный формат.

# InvalidEndTime.BeyondCurrent (HTTP 400).
invalid-end-time_beyond-current = Значение EndTime позже текущего времени.
    .description = Время, указанное в EndTime, позже текущего времени.

# InvalidEndTime.Mismatch (HTTP 400).
invalid-end-time_mismatch = Значения StartTime и EndTime не согласуются.
    .description = Диапазон времени, заданный параметрами StartTime и EndTime, недопустим.

# InvalidEndTime.Mismatch, variant `does-not-math` (HTTP 400).
invalid-end-time_mismatch--does-not-math = Указанное значение EndTime не соответствует указанному значению StartTime.
    .description = Время, указанное в EndTime, раньше времени, указанного в StartTime.

# InvalidEndTime.Mismatch, variant `spelled-out` (HTTP 400).
invalid-end-time_mismatch--spelled-out = Указанное время окончания не соответствует указанному времени начала.
    .description = Время, указанное в EndTime, раньше времени, указанного в StartTime.

# Throttling (HTTP 503).
throttling = Запрос отклонен из-за ограничения частоты запросов.
    .description = Запрос отклонен из-за ограничения частоты запросов. Повторите попытку позже.

# InvalidParameterAliUid (HTTP 400).
invalid-parameter-ali-uid = Недопустимый параметр AliUid.
    .description = Значение параметра AliUid недопустимо.

# InvalidParameterStartTime (HTTP 400).
invalid-parameter-start-time = Недопустимый параметр StartTime.
    .description = Значение параметра StartTime недопустимо.

# InvalidParameterEndTime (HTTP 400).
invalid-parameter-end-time = Недопустимый параметр EndTime.
    .description = Значение параметра EndTime недопустимо.

# InvalidTimeRange (HTTP 400).
invalid-time-range = Диапазон между StartTime и EndTime должен быть меньше 1 месяца.
    .description = Диапазон времени, заданный параметрами StartTime и EndTime, превышает 31 день.

# InvalidParameterRegion (HTTP 400).
invalid-parameter-region = Недопустимый параметр Region.
    .description = Значение параметра Region недопустимо.

# InvalidStartTime.ValueNotSupported (HTTP 400).
invalid-start-time_value-not-supported = Указанное значение параметра StartTime не поддерживается.
    .description = Диапазон времени, заданный параметрами StartTime и EndTime, превышает 90 дней.

# InvalidStartTime.ValueNotSupported, variant `end-time-mismatch` (HTTP 400).
invalid-start-time_value-not-supported--end-time-mismatch = Указанное время окончания не соответствует указанному времени начала.
    .description = Диапазон времени, заданный параметрами StartTime и EndTime, превышает 90 дней. Сообщение об ошибке, которое возвращается с этим кодом, вводит в заблуждение.

# DeleteFunctionFailed (HTTP 400).
delete-function-failed = Не удалось выполнить пакетное удаление функций.
    .description = Не удалось выполнить пакетное удаление конфигураций доменного имени.

# InvalidDomain.Offline (HTTP 404).
invalid-domain_offline = Указанное доменное имя отключено.
    .description = Доменное имя было отключено.

# InvalidDomain.Configure_failed (HTTP 500).
invalid-domain_configure-failed = Не удалось настроить указанное доменное имя.
    .description = Не удалось настроить доменное имя, поэтому для него нельзя выполнять такие операции, как обновление и предварительная загрузка.

# InvalidParameterProduct (HTTP 400).
invalid-parameter-product = Недопустимый параметр Product.
    .description = Значение параметра Product недопустимо.

# InvalidParameterArea (HTTP 400).
invalid-parameter-area = Недопустимый параметр Area.
    .description = Значение параметра Area недопустимо.

# InvalidParameterField (HTTP 400).
invalid-parameter-field = Недопустимый параметр Field.
    .description = Значение параметра Field недопустимо.

# InvalidParameterInterval (HTTP 400).
invalid-parameter-interval = Недопустимый параметр Interval.
    .description = Значение параметра Interval недопустимо.

# InvalidTaskId.Malformed (HTTP 400).
invalid-task-id_malformed = Указанное значение параметра TaskId имеет неверный формат.
    .description = Параметр TaskId имеет неверный формат.

# InvalidPageNumber.ValueNotSupported (HTTP 400).
invalid-page-number_value-not-supported = Указанное значение параметра PageNumber не поддерживается.
    .description = Значение параметра PageNumber не поддерживается.

# InvalidPageSize.ValueNotSupported (HTTP 400).
invalid-page-size_value-not-supported = Указанное значение параметра PageSize не поддерживается.
    .description = Значение параметра PageSize не поддерживается.

# InvalidDomainStatus.ValueNotSupported (HTTP 400).
invalid-domain-status_value-not-supported = Указанное значение параметра DomainStatus не поддерживается.
    .description = Значение параметра DomainStatus не поддерживается.

# InvalidDomainSearchType.ValueNotSupported (HTTP 400).
invalid-domain-search-type_value-not-supported = Указанное значение параметра DomainSearchType не поддерживается.
    .description = Значение параметра DomainSearchType не поддерживается.

# ExceededMax (HTTP 400).
exceeded-max = Количество значений во входном параметре MediaIds превышает максимум.
    .description = Количество идентификаторов вспомогательных медиаресурсов в MediaIds превышает максимум (20).

# Forbidden.IllegalStatus (HTTP 400).
forbidden_illegal-status = Недопустимый статус видео.
    .description = Текущий статус видео не позволяет выполнить операцию. Допустимые статусы зависят от операции: например, транскодировать можно только видео со статусом UploadSucc, Normal или Checking.

# Forbidden.IllegalStatus, variant `current-status` (HTTP 400).
# Variables:
#   $status (String) - the video's current status, such as Blocked.
forbidden_illegal-status--current-status = Недопустимый статус видео. Текущий статус: { $status }.
    .description = Видео нельзя воспроизвести в его текущем статусе. Воспроизводить можно только видео со статусом Normal.

# InvalidVideo.NoneStream (HTTP 404).
invalid-video_none-stream = У видео нет медиапотока для воспроизведения, который соответствует параметру запроса 'Formats: mp4, Definition: LD, StreamType: video'.
    .description = Ни один транскодированный медиапоток видео не соответствует условиям фильтрации из запроса, например формату и четкости. Проверьте, соответствует ли конфигурация транскодирования условиям фильтрации.

# Forbidden.AliyunVoDEncryption (HTTP 403).
forbidden_aliyun-vo-d-encryption = Сейчас есть только медиапоток AliyunVoDEncryption: воспроизводите его в { -apsaravideo-player } или задайте для ResultType значение Multiple.
    .description = У видео есть только медиапотоки, зашифрованные с помощью собственного шифрования { -alibaba-cloud }. Воспроизводите их в { -apsaravideo-player } или задайте для ResultType значение Multiple.

# LimitExceeded.MediaIds (HTTP 400).
limit-exceeded_media-ids = Количество значений во входном параметре MediaIds превышает максимум.
    .description = Количество идентификаторов медиаресурсов в MediaIds превышает максимум (20).

# VideoListExceededMax (HTTP 400).
video-list-exceeded-max = Превышен максимальный размер списка видео.
    .description = Общее количество результатов для постраничного просмотра превышает максимум.

# SecurityIp.NotFound (HTTP 404).
security-ip_not-found = IP-адреса группы безопасности для модерации не найдены.
    .description = В группе безопасности для модерации не найдено ни одного IP-адреса.

# ListSecurityIpFailed (HTTP 500).
list-security-ip-failed = Не удалось получить список IP-адресов группы безопасности для модерации из-за неизвестной ошибки.
    .description = Не удалось запросить IP-адреса в группе безопасности для модерации из-за неизвестной ошибки. Повторите попытку позже.

# IpsIsEmpty (HTTP 400).
ips-is-empty = Параметр Ips не может быть пустым.
    .description = Параметр Ips не указан или имеет пустое значение.

# IpsIsEmpty, variant `curly-quotes` (HTTP 400).
ips-is-empty--curly-quotes = Параметр Ips не может быть пустым.
    .description = Параметр Ips не указан или имеет пустое значение.

# IpsExceededMax (HTTP 403).
ips-exceeded-max = Количество IP-адресов в параметре Ips превышает 100.
    .description = Количество IP-адресов превышает максимум. Группа безопасности для модерации может содержать не более 100 IP-адресов.

# SecurityIpGroupExceededMax (HTTP 403).
security-ip-group-exceeded-max = Количество групп безопасности для модерации превышает 10.
    .description = Количество групп безопасности для модерации превышает максимум (10).

# Forbidden.OperateAppResource (HTTP 403).
forbidden_operate-app-resource = У приложения нет разрешения на операции с указанным ресурсом.
    .description = У вас нет разрешения на управление ресурсами в целевом приложении.

# QuotaExceeded.Refresh (HTTP 400).
quota-exceeded_refresh = Превышен установленный лимит на обновление.
    .description = Исчерпана суточная квота на обновление или предварительную загрузку контента.

# PreloadQueueFull (HTTP 403).
preload-queue-full = Очередь предварительной загрузки заполнена. Повторите попытку позже.
    .description = Очередь предварительной загрузки заполнена: количество URL-адресов доменного имени, которые сейчас предварительно загружаются, достигло максимума. Повторите попытку позже.

# InvalidObjectPath.Malformed (HTTP 400).
invalid-object-path_malformed = Значение параметра ObjectPath имеет неверный формат.
    .description = Параметр ObjectPath имеет неверный формат.

# InvalidExtensiveDomain.ValueNotSupported (HTTP 400).
invalid-extensive-domain_value-not-supported = Доменные имена с подстановочным знаком не поддерживаются.
    .description = Указано доменное имя с подстановочным знаком, а эта операция не поддерживает такие доменные имена.

# InvalidObjectPath.Size.Malformed (HTTP 400).
invalid-object-path_size_malformed = Количество URL-адресов в ObjectPath превышает 1000.
    .description = ObjectPath содержит более 1000 URL-адресов. За один раз можно предварительно загрузить не более 1000 URL-адресов.

# InvalidVideo.Damaged (HTTP 400).
invalid-video_damaged = Видео повреждено.
    .description = Видео создано неправильно или повреждено.

# InvalidObjectType.ValueNotSupported (HTTP 400).
invalid-object-type_value-not-supported = Указанное значение <ObjectType> не поддерживается.
    .description = Значение параметра ObjectType не поддерживается.

# QuotaPerMinuteExceeded.Refresh (HTTP 400).
quota-per-minute-exceeded_refresh = Превышен установленный поминутный лимит на обновление.
    .description = Количество запросов на обновление достигло поминутного лимита. Повторите попытку позже.

# SortByExceededMax (HTTP 400).
sort-by-exceeded-max = При обходе всех данных параметр SortBy поддерживает только одно поле сортировки.
    .description = В SortBy указано более одного поля сортировки. При обходе всех данных сортировать можно только по одному полю.

# ErrorMatchSyntax (HTTP 400).
# Variables:
#   $field (String) - the field of the Match expression that has the error.
error-match-syntax = Синтаксическая ошибка в параметре Match.{ $field }. Проверьте его.
    .description = Синтаксис параметра Match недопустим. Проверьте синтаксис и повторите попытку.

# InvalidScrollToken.Expired (HTTP 400).
invalid-scroll-token_expired = Срок действия ScrollToken истек. Обновите его.
    .description = Срок действия значения параметра ScrollToken истек. Запросите данные повторно, начиная с первой страницы.

# InvalidSSLProtocol.ValueNotSupported (HTTP 400).
invalid-ssl-protocol_value-not-supported = Указанное значение параметра Enable не поддерживается.
    .description = Значение параметра SSLProtocol не поддерживается.

# SSLPub.MissingParameter (HTTP 400).
ssl-pub_missing-parameter = Не указан входной параметр SSLPub, обязательный для обработки запроса.
    .description = Не указан параметр SSLPub, в котором передается содержимое сертификата.

# SSLPri.MissingParameter (HTTP 400).
ssl-pri_missing-parameter = Не указан входной параметр SSLPri, обязательный для обработки запроса.
    .description = Не указан параметр SSLPri, в котором передается закрытый ключ.

# InvalidCertificate (HTTP 400).
invalid-certificate = Предоставленный сертификат имеет неверный формат.
    .description = Содержимое сертификата недопустимо.

# InvalidSSLPri (HTTP 400).
invalid-ssl-pri = Предоставленное значение SSLPri имеет неверный формат.
    .description = Закрытый ключ недопустим.

# Certificate.MissMatch (HTTP 400).
certificate_miss-match = Значение SSLPri не соответствует указанному сертификату.
    .description = Закрытый ключ не соответствует сертификату.

# InvalidCertificate.TooLong (HTTP 400).
invalid-certificate_too-long = Длина предоставленного сертификата превышает максимум.
    .description = Длина содержимого сертификата превышает максимум.

# InvalidCertName.TooLong (HTTP 400).
invalid-cert-name_too-long = Длина предоставленного имени сертификата превышает максимум (128).
    .description = Имя сертификата длиннее 128 символов.

# SetDomainSSLPub.ParameterError (HTTP 400).
set-domain-ssl-pub_parameter-error = Ошибка в параметрах.
    .description = Один или несколько параметров для настройки сертификата недопустимы.

# Certificate.StatusError (HTTP 400).
certificate_status-error = Сертификат не существует или находится в недопустимом состоянии.
    .description = Сертификат не существует, или его состояние недопустимо.

# Certificate.StatusError, variant `status-only` (HTTP 400).
certificate_status-error--status-only = Недопустимое состояние сертификата.
    .description = Состояние сертификата недопустимо.

# DeleteFailed (HTTP 400).
delete-failed = Не удалось удалить сертификат.
    .description = Сертификат не удалось удалить.

# Certificate.NotFind (HTTP 400).
certificate_not-find = Сведения о сертификате не найдены.
    .description = Сертификат не найден.

# Certificate.Duplicated (HTTP 400).
certificate_duplicated = Сертификат с таким именем уже есть.
    .description = Сертификат с таким же именем уже существует.

# Certificate.FormatError (HTTP 400).
certificate_format-error = Неверный формат сертификата.
    .description = Сертификат имеет неверный формат.

# Certificate.KeyNull (HTTP 400).
certificate_key-null = Значение SSLPri не может быть пустым.
    .description = Закрытый ключ не указан.

# SSLPri.Malformed (HTTP 400).
ssl-pri_malformed = Неверный формат SSLPri.
    .description = Закрытый ключ имеет неверный формат.

# Certificate.NotPermittedOff (HTTP 400).
certificate_not-permitted-off = Отключение сертификата изменит распределение трафика доменного имени. Обратитесь в службу поддержки.
    .description = Отключить сертификат нельзя, так как это повлияет на распределение трафика доменного имени. Обратитесь в службу технической поддержки { -alibaba-cloud }.

# Certificate.SettedNotEffect (HTTP 400).
certificate_setted-not-effect = Сертификат успешно настроен, но в целях защиты текущего сервиса еще не применен. Обратитесь в службу поддержки.
    .description = Сертификат настроен, но в целях защиты вашего текущего сервиса еще не применен. Чтобы применить его, обратитесь в службу технической поддержки { -alibaba-cloud }.

# InvalidSource.Content.Malformed (HTTP 400).
invalid-source_content_malformed = Указанный адрес источника имеет неверный формат.
    .description = Адрес источника недопустим.

# InvalidSource.Type.Malformed (HTTP 400).
invalid-source_type_malformed = Указанный тип источника имеет неверный формат.
    .description = Тип сервера-источника недопустим.

# InvalidTypeContent.Mismatch (HTTP 400).
invalid-type-content_mismatch = Указанный тип источника не соответствует указанному адресу источника.
    .description = Адрес источника не соответствует типу сервера-источника.

# InvalidSource.Priority.Malformed (HTTP 400).
invalid-source_priority_malformed = Указанный приоритет источника имеет неверный формат.
    .description = Приоритет сервера-источника недопустим.

# InvalidParameter.UploadURLs (HTTP 400).
invalid-parameter_upload-urls = Указанный параметр UploadURLs недопустим.
    .description = Значение параметра UploadURLs недопустимо.
