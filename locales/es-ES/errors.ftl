### Códigos de error de la API de ApsaraVideo VOD, en español (España).
###
### Cada mensaje es la traducción del mensaje de error que devuelve la API; los clientes comparan
### el texto en inglés (en-US), no este. Su `.description` indica, con las palabras de este catálogo,
### qué ha ocurrido y qué hacer. El ID de un mensaje es la cadena del código en kebab-case, con `_`
### donde el código tiene un punto (`OperationDenied.Suspended` es `operation-denied_suspended`); una
### variante, otro mensaje que algunas operaciones envían para el mismo código, añade `--` y su nombre.

# MissingParameter (HTTP 400).
# Variables:
#   $parameter (String) - nombre del parámetro de la solicitud, por ejemplo, VideoId.
missing-parameter = No se ha proporcionado el parámetro de entrada { $parameter }, obligatorio para procesar esta solicitud.
    .description = Este mensaje de error se devuelve cuando no se ha establecido un parámetro obligatorio.

# MissingParameter, variante `domain-name-empty` (HTTP 400).
missing-parameter--domain-name-empty = El valor del parámetro DomainName no puede estar vacío.
    .description = No se ha especificado el parámetro DomainName o está vacío.

# MissingParameter, variante `config-id-empty` (HTTP 400).
missing-parameter--config-id-empty = El valor del parámetro ConfigId no puede estar vacío.
    .description = No se ha especificado el parámetro ConfigId o está vacío.

# MissingParameter, variante `time-range-half` (HTTP 400).
missing-parameter--time-range-half = StartTime y EndTime deben especificarse juntos.
    .description = Solo se ha especificado uno de los parámetros StartTime y EndTime. Especifique ambos parámetros o ninguno de ellos.

# InvalidParameter (HTTP 400).
# Variables:
#   $parameter (String) - nombre del parámetro de la solicitud, por ejemplo, VideoId.
invalid-parameter = El parámetro { $parameter } especificado no es válido.
    .description = Este mensaje de error se devuelve cuando el parámetro especificado no es válido.

# InvalidParameter, variante `live-region` (HTTP 400).
invalid-parameter--live-region = Los parámetros de región de transmisión en directo que se han añadido contienen errores.
    .description = La información de región de { -apsaravideo-live } especificada para el nombre de dominio no es válida.

# InvalidParameter, variante `media-type` (HTTP 400).
invalid-parameter--media-type = El parámetro MediaType especificado no es válido.
    .description = El valor del parámetro MediaType no es válido.

# InvalidParameter, variante `unspecified` (HTTP 400).
invalid-parameter--unspecified = Parámetro no válido.
    .description = Uno o varios parámetros no son válidos.

# OperationDenied (HTTP 403).
operation-denied = Su cuenta aún no tiene activado el servicio { -vod }.
    .description = Este mensaje de error se devuelve cuando { -apsaravideo-vod } no está activado para su cuenta.

# OperationDenied, variante `vod-suspended` (HTTP 403).
operation-denied--vod-suspended = Su servicio { -vod } está suspendido.
    .description = { -apsaravideo-vod } está suspendido para su cuenta de { -alibaba-cloud }.

# OperationDenied, variante `cdn-not-open` (HTTP 403).
operation-denied--cdn-not-open = Su cuenta aún no tiene activado el servicio CDN.
    .description = { -alibaba-cloud-cdn } no está activado para su cuenta de { -alibaba-cloud }.

# OperationDenied, variante `cdn-suspended` (HTTP 403).
operation-denied--cdn-suspended = Su servicio CDN está suspendido.
    .description = { -alibaba-cloud-cdn } está suspendido para su cuenta de { -alibaba-cloud }. Si la cuenta tiene pagos vencidos, añada fondos a la cuenta.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = Su servicio { -vod } está suspendido.
    .description = Este mensaje de error se devuelve cuando su cuenta de { -alibaba-cloud } tiene pagos vencidos. Añada fondos a su cuenta.

# Forbidden (HTTP 403).
forbidden = El usuario no tiene autorización para operar con el recurso especificado.
    .description = Este mensaje de error se devuelve cuando no tiene autorización para realizar la operación. En la mayoría de los casos, este error se produce porque no se han concedido a su cuenta los permisos correspondientes. Para obtener más información, consulte [Información general](/intl.en-US/Developer Guide/Access authorization/Overview.md).

# InternalError (HTTP 500).
internal-error = El procesamiento de la solicitud ha fallado debido a un error desconocido.
    .description = Este mensaje de error se devuelve cuando se produce un error desconocido en el servidor. Vuelva a intentarlo más tarde o póngase en contacto con el servicio de atención al cliente.

# ServiceUnAvailable (HTTP 503).
service-un-available = La solicitud ha fallado debido a un error temporal del servidor.
    .description = Este mensaje de error se devuelve cuando el servicio no está disponible.

# LevelExceededMax (HTTP 400).
level-exceeded-max = El número de niveles de categorías ha superado el máximo.
    .description = El número de niveles de categorías ha alcanzado el límite.

# SubTotalExceededMax (HTTP 400).
sub-total-exceeded-max = El número total de subcategorías ha superado el máximo.
    .description = El número de subcategorías de la categoría ha alcanzado el límite.

# InvalidCateId.NotFound (HTTP 404).
invalid-cate-id_not-found = El CateId especificado no existe.
    .description = La categoría o la categoría principal especificada no existe.

# InvalidStorage.NotFound (HTTP 404).
invalid-storage_not-found = La información de almacenamiento no existe.
    .description = { -apsaravideo-vod } no ha asignado ninguna ubicación de almacenamiento a su cuenta.

# InvalidStorage.NotFound, variante `storage-location` (HTTP 404).
invalid-storage_not-found--storage-location = La ubicación de almacenamiento indicada en StorageLocation no existe.
    .description = La ubicación de almacenamiento especificada no existe. Compruebe las ubicaciones de almacenamiento de su cuenta en la consola de { -apsaravideo-vod }.

# InvalidStorage.NotFound, variante `cannot-find` (HTTP 404).
invalid-storage_not-found--cannot-find = No se encuentra el almacenamiento.
    .description = La ubicación de almacenamiento no existe.

# InvalidTranscodeTemplateGroup.NotFound (HTTP 404).
invalid-transcode-template-group_not-found = El grupo de plantillas de transcodificación no existe.
    .description = El grupo de plantillas de transcodificación especificado no existe.

# InvalidTranscodeTemplateGroup.NotFound, variante `template` (HTTP 404).
invalid-transcode-template-group_not-found--template = La plantilla de transcodificación no existe.
    .description = El grupo de plantillas de transcodificación especificado, o una plantilla de transcodificación de ese grupo, no existe.

# Forbidden.LockedTemplateGroup (HTTP 403).
forbidden_locked-template-group = El grupo de plantillas de transcodificación está bloqueado.
    .description = El grupo de plantillas de transcodificación está bloqueado y no se puede gestionar. Para gestionarlo, póngase en contacto con el soporte técnico de { -alibaba-cloud }.

# Forbidden.SpecialTemplateGroup (HTTP 403).
forbidden_special-template-group = El grupo de plantillas de transcodificación está reservado para un uso especial.
    .description = El grupo de plantillas de transcodificación está reservado para un uso especial, como el grupo de plantillas "Sin transcodificación" o "Solo almacenamiento". No se le pueden añadir plantillas de transcodificación.

# TrasncodeTemplateGroupExceededMax (HTTP 400).
trasncode-template-group-exceeded-max = El número de grupos de plantillas de transcodificación ha superado el máximo.
    .description = El número de grupos de plantillas de transcodificación ha alcanzado el límite de 20.

# TranscodeTemplateExceededMax (HTTP 400).
transcode-template-exceeded-max = El número de plantillas de transcodificación del grupo ha superado el máximo.
    .description = El número de plantillas de transcodificación del grupo de plantillas de transcodificación supera el límite. Un grupo de plantillas de transcodificación puede contener como máximo 20 plantillas de transcodificación.

# WatermarkExceededMax (HTTP 400).
watermark-exceeded-max = El número de marcas de agua ha superado el máximo.
    .description = Hay demasiadas marcas de agua asociadas a una plantilla de transcodificación del grupo de plantillas de transcodificación. Una plantilla de transcodificación puede tener asociadas como máximo 4 marcas de agua.

# InvalidDomainName.Malformed (HTTP 400).
invalid-domain-name_malformed = El parámetro DomainName especificado tiene un formato incorrecto.
    .description = El valor del parámetro DomainName no es válido.

# InvalidDomainName.Malformed, variante `specific-value` (HTTP 400).
invalid-domain-name_malformed--specific-value = El valor especificado para el parámetro DomainName tiene un formato incorrecto.
    .description = El valor del parámetro DomainName no es válido o no se admite.

# InvalidCdnType.Malformed (HTTP 400).
invalid-cdn-type_malformed = El parámetro CdnType especificado tiene un formato incorrecto.
    .description = El valor del parámetro CdnType no es válido.

# InvalidSourceType.Malformed (HTTP 400).
invalid-source-type_malformed = El parámetro SourceType especificado tiene un formato incorrecto.
    .description = El valor del parámetro SourceType no es válido.

# InvalidSources.Malformed (HTTP 400).
invalid-sources_malformed = El parámetro Sources especificado tiene un formato incorrecto.
    .description = El valor del parámetro Sources no es válido. Una dirección de origen no coincide con el tipo de su servidor de origen.

# InvalidScope.Malformed (HTTP 400).
invalid-scope_malformed = El parámetro Scope especificado tiene un formato incorrecto.
    .description = El valor del parámetro Scope no es válido.

# InvaildParameter (HTTP 400).
invaild-parameter = El certificado que ha proporcionado tiene un formato incorrecto.
    .description = El certificado para la aceleración HTTPS no es válido. Es posible que la longitud combinada del certificado y la clave privada supere el límite.

# InvaildParameter, variante `domain-name` (HTTP 400).
invaild-parameter--domain-name = El valor especificado para el parámetro DomainName tiene un formato incorrecto.
    .description = El valor del parámetro DomainName no es válido.

# BusinessExist (HTTP 400).
business-exist = La solicitud ya está en curso. No la vuelva a enviar.
    .description = El nombre de dominio ya se está añadiendo. No vuelva a enviar la solicitud.

# DomainAlreadyExist (HTTP 400).
domain-already-exist = Este nombre de dominio ya existe.
    .description = El nombre de dominio ya se ha añadido.

# DomainOverLimit (HTTP 403).
domain-over-limit = El número de nombres de dominio ha superado el límite.
    .description = El número de nombres de dominio ha alcanzado el límite.

# DomainNotRegistration (HTTP 404).
domain-not-registration = El nombre de dominio no tiene registro ICP.
    .description = El nombre de dominio no dispone de registro ICP.

# IllegalOperation (HTTP 403).
illegal-operation = No se permiten operaciones en un nombre de dominio no válido.
    .description = La operación no está permitida en este nombre de dominio porque el nombre de dominio no es válido o porque no tiene autorización para realizarla.

# IllegalOperation, variante `illegal-domain` (HTTP 403).
illegal-operation--illegal-domain = El nombre de dominio no es válido; no se permite la operación.
    .description = El nombre de dominio no es válido, por lo que la operación no está permitida.

# ServiceBusy (HTTP 403).
service-busy = El nombre de dominio especificado se está configurando. Vuelva a intentarlo más tarde.
    .description = El nombre de dominio se está configurando. Espere a que termine la configuración del nombre de dominio y vuelva a intentarlo.

# ServiceBusy, variante `retry-again` (HTTP 403).
service-busy--retry-again = El nombre de dominio especificado se está configurando. Vuelva a intentarlo más tarde.
    .description = El nombre de dominio se está configurando. Espere a que termine la configuración del nombre de dominio y vuelva a intentarlo.

# InvalidDomain.NotFound (HTTP 404).
invalid-domain_not-found = El nombre de dominio proporcionado no le pertenece.
    .description = El nombre de dominio especificado no existe o no pertenece a su cuenta.

# InnerAddDomainDenied (HTTP 400).
inner-add-domain-denied = Su cuenta no está vinculada a un ID de Aone, por lo que no puede añadir nombres de dominio.
    .description = Su cuenta es una cuenta interna que no está vinculada a un ID de Aone, por lo que no puede añadir nombres de dominio.

# ExtensiveAndAllBothExist (HTTP 400).
extensive-and-all-both-exist = Un nombre de dominio comodín y un nombre de dominio que empieza por 'all.' no pueden coexistir.
    .description = Un nombre de dominio comodín y un nombre de dominio que empieza por 'all.' no pueden existir al mismo tiempo.

# CdnTypeNotSupportExtensiveDomain (HTTP 400).
cdn-type-not-support-extensive-domain = No se admiten nombres de dominio comodín para este tipo de CDN.
    .description = No se admiten nombres de dominio comodín para el tipo de negocio especificado en CdnType.

# ExtensiveAndSpecificDomainConflict (HTTP 400).
extensive-and-specific-domain-conflict = Un nombre de dominio comodín y el nombre de dominio exacto correspondiente son mutuamente excluyentes.
    .description = El nombre de dominio comodín entra en conflicto con un nombre de dominio exacto del mismo nivel. No se pueden añadir a la vez un nombre de dominio comodín y los nombres de dominio exactos que coinciden con él.

# InvalidRegion.Malformed (HTTP 400).
invalid-region_malformed = El parámetro Region especificado tiene un formato incorrecto.
    .description = El valor del parámetro Region no es válido.

# InvalidResourceGroupId.Malformed (HTTP 400).
invalid-resource-group-id_malformed = El parámetro ResourceGroupId especificado tiene un formato incorrecto.
    .description = El valor del parámetro ResourceGroupId no es válido.

# EntityNotExists.ResourceGroup (HTTP 400).
entity-not-exists_resource-group = El grupo de recursos no existe.
    .description = El grupo de recursos especificado no existe.

# InvalidStatus.ResourceGroup (HTTP 400).
invalid-status_resource-group = No se permite realizar esta operación debido al estado actual del grupo de recursos.
    .description = El estado actual del grupo de recursos no permite esta operación.

# InvalidPriorities.Malformed (HTTP 400).
invalid-priorities_malformed = El número de prioridades no coincide con el número de servidores de origen.
    .description = El número de prioridades no coincide con el número de servidores de origen. Especifique una prioridad para cada servidor de origen.

# NotInternationRealIdentity (HTTP 400).
not-internation-real-identity = Debe completar la verificación de nombre real para usar recursos de China continental.
    .description = Su cuenta no ha completado la verificación de nombre real necesaria para usar recursos de China continental.

# NoSuchResource (HTTP 404).
# Variables:
#   $resource (String) - recurso que no se ha encontrado, por ejemplo, el ID de una marca de agua.
no-such-resource = El recurso { $resource } especificado no existe.
    .description = El recurso especificado no existe. El mensaje de error indica el recurso, por ejemplo, el ID de una marca de agua.

# NoSuchResource, variante `unnamed` (HTTP 404).
no-such-resource--unnamed = El recurso especificado no existe.
    .description = El recurso especificado, por ejemplo, una imagen, no existe.

# OperationDenied.NotOpenAppService (HTTP 403).
operation-denied_not-open-app-service = El servicio de aplicaciones no está activado.
    .description = El servicio de múltiples aplicaciones no está activado para su cuenta.

# Forbidden.OperateApp (HTTP 403).
forbidden_operate-app = El usuario no tiene autorización para operar con la aplicación.
    .description = No tiene autorización para gestionar la aplicación.

# InvalidFunctions.Malformed (HTTP 400).
invalid-functions_malformed = El parámetro Functions especificado tiene un formato incorrecto.
    .description = El valor del parámetro Functions no es válido.

# InvalidFunctionName.ValueNotSupported (HTTP 400).
# Variables:
#   $function_name (String) - nombre de la función que no se admite.
invalid-function-name_value-not-supported = No se admite el valor { $function_name } de FunctionName.
    .description = No se admite la función especificada en FunctionName.

# InvalidArgName.ValueNotSupported (HTTP 400).
# Variables:
#   $arg_name (String) - nombre del argumento que no se admite.
invalid-arg-name_value-not-supported = No se admite el valor { $arg_name } de ArgName.
    .description = No se admite el argumento especificado en ArgName.

# InvalidArgValue.Malformed (HTTP 400).
invalid-arg-value_malformed = El valor de ArgValue especificado tiene un formato incorrecto.
    .description = El valor del campo ArgValue no es válido.

# AlreadyExist.AppName (HTTP 409).
already-exist_app-name = El nombre de aplicación especificado en AppName ya existe.
    .description = Ya existe una aplicación con el nombre especificado en AppName.

# LimitExceeded.AppCount (HTTP 400).
limit-exceeded_app-count = El número de aplicaciones ha superado el límite de 10.
    .description = El número de aplicaciones ha alcanzado el límite de 10.

# InvalidFileName.Extension (HTTP 400).
invalid-file-name_extension = La extensión del archivo especificado en FileName no es válida.
    .description = La extensión de nombre de archivo del parámetro FileName no es válida o { -apsaravideo-vod } no la admite.

# IllegalCharacters (HTTP 400).
# Variables:
#   $parameter (String) - nombre del parámetro de la solicitud, por ejemplo, VideoId.
illegal-characters = El parámetro { $parameter } especificado contiene emoticonos o caracteres especiales no permitidos.
    .description = El valor de un parámetro, como Title, Description o Tags, contiene emoticonos o caracteres especiales.

# LengthExceededMax (HTTP 400).
# Variables:
#   $parameter (String) - nombre del parámetro de la solicitud, por ejemplo, VideoId.
#   $max_length (Number) - número máximo de bytes que puede tener el valor del parámetro.
length-exceeded-max = La longitud del parámetro { $parameter } especificado supera el límite de { NUMBER($max_length) } { NUMBER($max_length) ->
        [one] byte
        [many] de bytes
       *[other] bytes
    }.
    .description = El valor de un parámetro, como Title, Description o Tags, supera el número máximo de bytes permitido. Para conocer el límite de cada parámetro, consulte la descripción de los parámetros de solicitud de la operación.

# TagsExceededMax (HTTP 400).
tags-exceeded-max = El número de etiquetas especificado en Tags supera el límite de 16.
    .description = Se han especificado más de 16 etiquetas para el vídeo. Un vídeo puede tener como máximo 16 etiquetas.

# InvalidTemplateGroupId.NotFound (HTTP 404).
invalid-template-group-id_not-found = El TemplateGroupId especificado no existe.
    .description = El grupo de plantillas de transcodificación especificado en TemplateGroupId no existe.

# Forbidden.InitFailed (HTTP 403).
forbidden_init-failed = No se ha podido inicializar su cuenta durante la activación del servicio.
    .description = No se ha podido inicializar su cuenta al activar el servicio.

# AddVideoFailed (HTTP 503).
add-video-failed = No se ha podido añadir el vídeo debido a un error desconocido.
    .description = No se ha podido crear el vídeo porque no se ha podido generar el ID del vídeo. Vuelva a intentarlo más tarde.

# Forbidden.ResourceNotEmpty (HTTP 403).
forbidden_resource-not-empty = La aplicación todavía tiene recursos, por lo que no se puede eliminar.
    .description = La aplicación no se puede eliminar porque todavía contiene recursos. Primero, elimine los recursos o muévalos a otra aplicación.

# InvalidMultipartUpload.NotFound (HTTP 400).
invalid-multipart-upload_not-found = La carga multiparte no existe.
    .description = La carga multiparte o sus partes no existen.

# InvalidVideo.NotFound (HTTP 404).
invalid-video_not-found = El vídeo no existe.
    .description = El vídeo especificado no existe.

# InvalidVideo.NotFound, variante `not-exist` (HTTP 404).
invalid-video_not-found--not-exist = El vídeo no existe.
    .description = El vídeo especificado no existe.

# InvalidFile.NotFound (HTTP 400).
invalid-file_not-found = El archivo no existe.
    .description = El archivo de vídeo, por ejemplo, el archivo de origen, no existe.

# AccessDenied (HTTP 400).
access-denied = Acceso denegado por la política del autorizador.
    .description = { -apsaravideo-vod } no tiene autorización para acceder a su propio bucket de { -oss }, por lo que se deniega la operación.

# JobIdsExceededMax (HTTP 400).
job-ids-exceeded-max = El número de ID en JobIds ha superado el máximo.
    .description = El número de ID de trabajo en JobIds supera el límite.

# InvalidStream.NotFound (HTTP 404).
invalid-stream_not-found = El flujo no existe.
    .description = El flujo multimedia no existe.

# DeleteStreamFailed (HTTP 503).
delete-stream-failed = No se ha podido eliminar el flujo debido a un error desconocido.
    .description = No se ha podido eliminar el flujo multimedia debido a un error desconocido. Vuelva a intentarlo más tarde.

# Forbidden.DefaultTemplateGroup (HTTP 403).
forbidden_default-template-group = El grupo de plantillas de transcodificación es el predeterminado.
    .description = El grupo de plantillas de transcodificación es el grupo predeterminado y no se puede eliminar.

# VideoIdsExceededMax (HTTP 400).
video-ids-exceeded-max = El número de ID en VideoIds ha superado el máximo.
    .description = El número de ID de vídeo en VideoIds supera el límite.

# DeleteVideoFailed (HTTP 503).
delete-video-failed = No se ha podido eliminar el vídeo debido a un error desconocido.
    .description = No se ha podido eliminar el vídeo debido a un error desconocido. Vuelva a intentarlo más tarde.

# Invalid%s.ValueNotSupported (HTTP 400).
# Variables:
#   $function_name (String) - nombre de la función que no se admite.
invalid-any_value-not-supported = No se admite el valor [{ $function_name }] de FunctionName.
    .description = No se admite el valor del parámetro FunctionName.

# InvalidBizDate.Malformed (HTTP 400).
invalid-biz-date_malformed = El parámetro BizDate especificado tiene un formato incorrecto.
    .description = El formato del parámetro BizDate no es válido. Especifique la hora en formato yyyy-MM-ddTHH:mm:ssZ, en UTC.

# InvalidBizDate.BeyondCurrent (HTTP 400).
invalid-biz-date_beyond-current = EndTime es posterior a la hora actual.
    .description = La hora especificada en BizDate es posterior a la hora actual.

# InvalidStartTime.Malformed (HTTP 400).
invalid-start-time_malformed = El parámetro StartTime especificado tiene un formato incorrecto.
    .description = El formato del parámetro StartTime no es válido. Especifique la hora en formato yyyy-MM-ddTHH:mm:ssZ, en UTC.

# InvalidStartTime.Malformed, variante `spelled-out` (HTTP 400).
invalid-start-time_malformed--spelled-out = La hora de inicio especificada tiene un formato incorrecto.
    .description = La hora de inicio especificada en StartTime no tiene un formato válido.

# InvalidEndTime.Malformed (HTTP 400).
invalid-end-time_malformed = El parámetro EndTime especificado tiene un formato incorrecto.
    .description = El formato del parámetro EndTime no es válido. Especifique la hora en formato yyyy-MM-ddTHH:mm:ssZ, en UTC.

# InvalidEndTime.Malformed, variante `spelled-out` (HTTP 400).
invalid-end-time_malformed--spelled-out = La hora de finalización especificada tiene un formato incorrecto.
    .description = La hora de finalización especificada en EndTime no tiene un formato válido.

# InvalidEndTime.BeyondCurrent (HTTP 400).
invalid-end-time_beyond-current = EndTime es posterior a la hora actual.
    .description = La hora especificada en EndTime es posterior a la hora actual.

# InvalidEndTime.Mismatch (HTTP 400).
invalid-end-time_mismatch = StartTime y EndTime no son coherentes.
    .description = El intervalo de tiempo especificado por StartTime y EndTime no es válido.

# InvalidEndTime.Mismatch, variante `does-not-math` (HTTP 400).
invalid-end-time_mismatch--does-not-math = El valor de EndTime especificado no es coherente con el de StartTime.
    .description = La hora especificada en EndTime es anterior a la hora especificada en StartTime.

# InvalidEndTime.Mismatch, variante `spelled-out` (HTTP 400).
invalid-end-time_mismatch--spelled-out = La hora de finalización especificada no es coherente con la hora de inicio especificada.
    .description = La hora especificada en EndTime es anterior a la hora especificada en StartTime.

# Throttling (HTTP 503).
throttling = Se ha denegado la solicitud debido a la limitación de solicitudes.
    .description = La solicitud se ha denegado porque se ha aplicado la limitación de solicitudes. Vuelva a intentarlo más tarde.

# InvalidParameterAliUid (HTTP 400).
invalid-parameter-ali-uid = El parámetro AliUid no es válido.
    .description = El valor del parámetro AliUid no es válido.

# InvalidParameterStartTime (HTTP 400).
invalid-parameter-start-time = El parámetro StartTime no es válido.
    .description = El valor del parámetro StartTime no es válido.

# InvalidParameterEndTime (HTTP 400).
invalid-parameter-end-time = El parámetro EndTime no es válido.
    .description = El valor del parámetro EndTime no es válido.

# InvalidTimeRange (HTTP 400).
invalid-time-range = El intervalo entre StartTime y EndTime debe ser inferior a un mes.
    .description = El intervalo de tiempo especificado por StartTime y EndTime supera los 31 días.

# InvalidParameterRegion (HTTP 400).
invalid-parameter-region = El parámetro Region no es válido.
    .description = El valor del parámetro Region no es válido.

# InvalidStartTime.ValueNotSupported (HTTP 400).
invalid-start-time_value-not-supported = No se admite el valor especificado para el parámetro StartTime.
    .description = El intervalo de tiempo especificado por StartTime y EndTime supera los 90 días.

# InvalidStartTime.ValueNotSupported, variante `end-time-mismatch` (HTTP 400).
invalid-start-time_value-not-supported--end-time-mismatch = La hora de finalización especificada no es coherente con la hora de inicio especificada.
    .description = El intervalo de tiempo especificado por StartTime y EndTime supera los 90 días. El mensaje de error que se envía con este código es engañoso.

# DeleteFunctionFailed (HTTP 400).
delete-function-failed = No se han podido eliminar por lotes las funciones.
    .description = No se han podido eliminar por lotes las configuraciones del nombre de dominio.

# InvalidDomain.Offline (HTTP 404).
invalid-domain_offline = El nombre de dominio proporcionado está fuera de línea.
    .description = El nombre de dominio se ha deshabilitado.

# InvalidDomain.Configure_failed (HTTP 500).
invalid-domain_configure-failed = No se ha podido configurar el nombre de dominio proporcionado.
    .description = No se ha podido configurar el nombre de dominio, por lo que no se pueden realizar en él operaciones como la actualización y la precarga.

# InvalidParameterProduct (HTTP 400).
invalid-parameter-product = El parámetro Product no es válido.
    .description = El valor del parámetro Product no es válido.

# InvalidParameterArea (HTTP 400).
invalid-parameter-area = El parámetro Area no es válido.
    .description = El valor del parámetro Area no es válido.

# InvalidParameterField (HTTP 400).
invalid-parameter-field = El parámetro Field no es válido.
    .description = El valor del parámetro Field no es válido.

# InvalidParameterInterval (HTTP 400).
invalid-parameter-interval = El parámetro Interval no es válido.
    .description = El valor del parámetro Interval no es válido.

# InvalidTaskId.Malformed (HTTP 400).
invalid-task-id_malformed = El parámetro TaskId especificado tiene un formato incorrecto.
    .description = El formato del parámetro TaskId no es válido.

# InvalidPageNumber.ValueNotSupported (HTTP 400).
invalid-page-number_value-not-supported = No se admite el valor especificado para el parámetro PageNumber.
    .description = No se admite el valor del parámetro PageNumber.

# InvalidPageSize.ValueNotSupported (HTTP 400).
invalid-page-size_value-not-supported = No se admite el valor especificado para el parámetro PageSize.
    .description = No se admite el valor del parámetro PageSize.

# InvalidDomainStatus.ValueNotSupported (HTTP 400).
invalid-domain-status_value-not-supported = No se admite el valor especificado para el parámetro DomainStatus.
    .description = No se admite el valor del parámetro DomainStatus.

# InvalidDomainSearchType.ValueNotSupported (HTTP 400).
invalid-domain-search-type_value-not-supported = No se admite el valor especificado para el parámetro DomainSearchType.
    .description = No se admite el valor del parámetro DomainSearchType.

# ExceededMax (HTTP 400).
exceeded-max = El parámetro de entrada MediaIds supera el límite.
    .description = El número de ID de activos multimedia auxiliares en MediaIds supera el límite de 20.

# Forbidden.IllegalStatus (HTTP 400).
forbidden_illegal-status = El estado del vídeo no es válido.
    .description = El estado actual del vídeo no permite la operación. Los estados permitidos dependen de la operación: por ejemplo, solo se pueden transcodificar los vídeos cuyo estado es UploadSucc, Normal o Checking.

# Forbidden.IllegalStatus, variante `current-status` (HTTP 400).
# Variables:
#   $status (String) - estado actual del vídeo, por ejemplo, Blocked.
forbidden_illegal-status--current-status = El estado del vídeo no es válido. Estado actual: { $status }.
    .description = El vídeo no se puede reproducir en su estado actual. Solo se pueden reproducir los vídeos cuyo estado es Normal.

# InvalidVideo.NoneStream (HTTP 404).
invalid-video_none-stream = El vídeo no tiene ningún flujo que se pueda reproducir para el parámetro de solicitud 'Formats: mp4, Definition: LD, StreamType: video'.
    .description = Ningún flujo multimedia transcodificado del vídeo coincide con los criterios de filtro de la solicitud, como el formato y la definición. Compruebe que la configuración de transcodificación coincide con los criterios de filtro.

# Forbidden.AliyunVoDEncryption (HTTP 403).
forbidden_aliyun-vo-d-encryption = Actualmente solo existe el flujo AliyunVoDEncryption. Debe reproducirlo con { -apsaravideo-player } o establecer el valor de ResultType en Multiple.
    .description = El vídeo solo tiene flujos multimedia cifrados con el cifrado propietario de { -alibaba-cloud }. Reprodúzcalos con { -apsaravideo-player } o establezca ResultType en Multiple.

# LimitExceeded.MediaIds (HTTP 400).
limit-exceeded_media-ids = El parámetro de entrada MediaIds supera el límite.
    .description = El número de ID de activos multimedia en MediaIds supera el límite de 20.

# VideoListExceededMax (HTTP 400).
video-list-exceeded-max = La lista de vídeos ha superado el máximo.
    .description = El número total de resultados que se van a paginar supera el límite.

# SecurityIp.NotFound (HTTP 404).
security-ip_not-found = La dirección IP de seguridad de revisión no existe.
    .description = No se ha encontrado ninguna dirección IP en el grupo de seguridad de revisión.

# ListSecurityIpFailed (HTTP 500).
list-security-ip-failed = No se han podido obtener las direcciones IP de seguridad de revisión debido a un error desconocido.
    .description = No se han podido consultar las direcciones IP del grupo de seguridad de revisión debido a un error desconocido. Vuelva a intentarlo más tarde.

# IpsIsEmpty (HTTP 400).
ips-is-empty = El parámetro Ips especificado no puede estar vacío.
    .description = No se ha especificado el parámetro Ips o está vacío.

# IpsIsEmpty, variante `curly-quotes` (HTTP 400).
ips-is-empty--curly-quotes = El parámetro Ips especificado no puede estar vacío.
    .description = No se ha especificado el parámetro Ips o está vacío.

# IpsExceededMax (HTTP 403).
ips-exceeded-max = El número de direcciones IP especificado en Ips supera el límite de 100.
    .description = El número de direcciones IP supera el límite. Un grupo de seguridad de revisión puede contener como máximo 100 direcciones IP.

# SecurityIpGroupExceededMax (HTTP 403).
security-ip-group-exceeded-max = El número de grupos de seguridad de revisión supera el límite de 10.
    .description = El número de grupos de seguridad de revisión supera el límite de 10.

# Forbidden.OperateAppResource (HTTP 403).
forbidden_operate-app-resource = Sus permisos en la aplicación no le permiten operar con el recurso especificado.
    .description = No tiene autorización para gestionar recursos en la aplicación de destino.

# QuotaExceeded.Refresh (HTTP 400).
quota-exceeded_refresh = Ha superado el límite de actualizaciones establecido.
    .description = Se ha alcanzado la cuota diaria de actualización o precarga de contenido.

# PreloadQueueFull (HTTP 403).
preload-queue-full = La cola de precarga está llena. Vuelva a intentarlo más tarde.
    .description = La cola de precarga está llena porque el número de URL que se están precargando para el nombre de dominio ha alcanzado el límite. Vuelva a intentarlo más tarde.

# InvalidObjectPath.Malformed (HTTP 400).
invalid-object-path_malformed = El valor especificado para el parámetro ObjectPath tiene un formato incorrecto.
    .description = El formato del parámetro ObjectPath no es válido.

# InvalidExtensiveDomain.ValueNotSupported (HTTP 400).
invalid-extensive-domain_value-not-supported = No se admiten nombres de dominio comodín.
    .description = El nombre de dominio es un nombre de dominio comodín, que esta operación no admite.

# InvalidObjectPath.Size.Malformed (HTTP 400).
invalid-object-path_size_malformed = ObjectPath contiene más de 1000 elementos.
    .description = ObjectPath contiene más de 1000 URL. Puede precargar como máximo 1000 URL a la vez.

# InvalidVideo.Damaged (HTTP 400).
invalid-video_damaged = El vídeo está dañado.
    .description = El vídeo no se ha creado correctamente o está dañado.

# InvalidObjectType.ValueNotSupported (HTTP 400).
invalid-object-type_value-not-supported = No se admite el valor especificado para "<ObjectType>".
    .description = No se admite el valor del parámetro ObjectType.

# QuotaPerMinuteExceeded.Refresh (HTTP 400).
quota-per-minute-exceeded_refresh = Ha superado el límite de actualizaciones por minuto establecido.
    .description = El número de solicitudes de actualización ha alcanzado el límite por minuto. Vuelva a intentarlo más tarde.

# SortByExceededMax (HTTP 400).
sort-by-exceeded-max = El parámetro SortBy solo admite un campo de ordenación al recorrer todos los datos.
    .description = SortBy especifica más de un campo de ordenación. Al recorrer todos los datos, solo puede ordenar por un campo.

# ErrorMatchSyntax (HTTP 400).
# Variables:
#   $field (String) - campo de la expresión Match que contiene el error.
error-match-syntax = La sintaxis del parámetro Match.{ $field } no es correcta. Revísela.
    .description = La sintaxis del parámetro Match no es válida. Revise la sintaxis y vuelva a intentarlo.

# InvalidScrollToken.Expired (HTTP 400).
invalid-scroll-token_expired = El ScrollToken ha caducado. Obtenga uno nuevo.
    .description = El valor del parámetro ScrollToken ha caducado. Vuelva a consultar los datos desde la página 1.

# InvalidSSLProtocol.ValueNotSupported (HTTP 400).
invalid-ssl-protocol_value-not-supported = No se admite el valor especificado para el parámetro Enable.
    .description = No se admite el valor del parámetro SSLProtocol.

# SSLPub.MissingParameter (HTTP 400).
ssl-pub_missing-parameter = No se ha proporcionado el parámetro de entrada SSLPub, obligatorio para procesar la solicitud.
    .description = No se ha especificado el parámetro SSLPub, que contiene el contenido del certificado.

# SSLPri.MissingParameter (HTTP 400).
ssl-pri_missing-parameter = No se ha proporcionado el parámetro de entrada SSLPri, obligatorio para procesar la solicitud.
    .description = No se ha especificado el parámetro SSLPri, que contiene la clave privada.

# InvalidCertificate (HTTP 400).
invalid-certificate = El certificado que ha proporcionado tiene un formato incorrecto.
    .description = El contenido del certificado no es válido.

# InvalidSSLPri (HTTP 400).
invalid-ssl-pri = El valor de SSLPri que ha proporcionado tiene un formato incorrecto.
    .description = La clave privada no es válida.

# Certificate.MissMatch (HTTP 400).
certificate_miss-match = El valor de SSLPri no coincide con el certificado especificado.
    .description = La clave privada no coincide con el certificado.

# InvalidCertificate.TooLong (HTTP 400).
invalid-certificate_too-long = El certificado que ha proporcionado supera la longitud máxima.
    .description = El contenido del certificado supera el límite de longitud.

# InvalidCertName.TooLong (HTTP 400).
invalid-cert-name_too-long = El nombre del certificado que ha proporcionado supera la longitud máxima de 128 caracteres.
    .description = El nombre del certificado tiene más de 128 caracteres.

# SetDomainSSLPub.ParameterError (HTTP 400).
set-domain-ssl-pub_parameter-error = Los parámetros contienen errores.
    .description = Uno o varios de los parámetros para configurar el certificado no son válidos.

# Certificate.StatusError (HTTP 400).
certificate_status-error = El certificado no existe o su estado no es válido.
    .description = El certificado no existe, o bien su estado no es válido.

# Certificate.StatusError, variante `status-only` (HTTP 400).
certificate_status-error--status-only = El estado del certificado no es válido.
    .description = El estado del certificado no es válido.

# DeleteFailed (HTTP 400).
delete-failed = No se ha podido eliminar el certificado.
    .description = No se ha podido eliminar el certificado.

# Certificate.NotFind (HTTP 400).
certificate_not-find = No se ha encontrado la información del certificado.
    .description = No se ha encontrado el certificado.

# Certificate.Duplicated (HTTP 400).
certificate_duplicated = El nombre del certificado está duplicado.
    .description = Ya existe un certificado con el mismo nombre.

# Certificate.FormatError (HTTP 400).
certificate_format-error = El formato del certificado no es válido.
    .description = El certificado no tiene un formato válido.

# Certificate.KeyNull (HTTP 400).
certificate_key-null = El parámetro SSLPri no puede estar vacío.
    .description = No se ha especificado la clave privada.

# SSLPri.Malformed (HTTP 400).
ssl-pri_malformed = El formato de SSLPri no es válido.
    .description = La clave privada no tiene un formato válido.

# Certificate.NotPermittedOff (HTTP 400).
certificate_not-permitted-off = Desactivar el certificado cambiaría el enrutamiento del tráfico del nombre de dominio. Póngase en contacto con el servicio de atención al cliente.
    .description = Desactivar el certificado afectaría al enrutamiento del tráfico del nombre de dominio, por lo que no está permitido. Póngase en contacto con el soporte técnico de { -alibaba-cloud }.

# Certificate.SettedNotEffect (HTTP 400).
certificate_setted-not-effect = El certificado se ha configurado correctamente, pero, para proteger el servicio actual, aún no ha entrado en vigor. Póngase en contacto con el servicio de atención al cliente.
    .description = El certificado está configurado, pero aún no ha entrado en vigor, para proteger su servicio actual. Para que entre en vigor, póngase en contacto con el soporte técnico de { -alibaba-cloud }.

# InvalidSource.Content.Malformed (HTTP 400).
invalid-source_content_malformed = La dirección de origen especificada tiene un formato incorrecto.
    .description = La dirección de origen no es válida.

# InvalidSource.Type.Malformed (HTTP 400).
invalid-source_type_malformed = El tipo de servidor de origen especificado tiene un formato incorrecto.
    .description = El tipo de servidor de origen no es válido.

# InvalidTypeContent.Mismatch (HTTP 400).
invalid-type-content_mismatch = El tipo de servidor de origen especificado no coincide con la dirección de origen especificada.
    .description = La dirección de origen no coincide con el tipo de servidor de origen.

# InvalidSource.Priority.Malformed (HTTP 400).
invalid-source_priority_malformed = La prioridad especificada para el servidor de origen tiene un formato incorrecto.
    .description = La prioridad del servidor de origen no es válida.

# InvalidParameter.UploadURLs (HTTP 400).
invalid-parameter_upload-urls = El parámetro UploadURLs especificado no es válido.
    .description = El valor del parámetro UploadURLs no es válido.
