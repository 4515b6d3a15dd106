### Códigos de error comunes de la API del servicio de vídeo.
### Cada mensaje es el mensaje de error que devuelve la API; su `.description` indica el motivo.
### El ID del mensaje es la cadena del código en kebab-case.

# MissingParameter (HTTP 400).
# Variables:
#   $parameter (String) - nombre del parámetro de la solicitud, por ejemplo, VideoId.
missing-parameter = No se ha proporcionado el parámetro de entrada { $parameter }, obligatorio para procesar esta solicitud.
    .description = Este mensaje de error se devuelve cuando no se ha establecido un parámetro obligatorio.

# InvalidParameter (HTTP 400).
# Variables:
#   $parameter (String) - nombre del parámetro de la solicitud, por ejemplo, VideoId.
invalid-parameter = El parámetro especificado { $parameter } no es válido.
    .description = Este mensaje de error se devuelve cuando el parámetro especificado no es válido.

# OperationDenied (HTTP 403).
operation-denied = Su cuenta aún no tiene activado el servicio { -vod }.
    .description = Este mensaje de error se devuelve cuando { -apsaravideo-vod } no está activado para su cuenta.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = Su servicio { -vod } está suspendido.
    .description = Este mensaje de error se devuelve cuando su cuenta de { -alibaba-cloud } tiene pagos vencidos. Añada fondos a su cuenta.

# Forbidden (HTTP 403).
forbidden = El usuario no tiene autorización para operar con el recurso especificado.
    .description = Este mensaje de error se devuelve cuando no tiene autorización para realizar la operación. En la mayoría de los casos, este error se produce porque no se han concedido a su cuenta los permisos correspondientes. Para obtener más información, consulte [Información general](/intl.en-US/Developer Guide/Access authorization/Overview.md).

# InternalError (HTTP 500).
internal-error = El procesamiento de la solicitud ha fallado debido a un error desconocido.
    .description = Este mensaje de error se devuelve cuando se produce un error desconocido en segundo plano. Vuelva a intentarlo más tarde o póngase en contacto con el servicio de atención al cliente.

# ServiceUnAvailable (HTTP 503).
service-un-available = La solicitud ha fallado debido a un error temporal del servidor.
    .description = Este mensaje de error se devuelve cuando el servicio no está disponible.
