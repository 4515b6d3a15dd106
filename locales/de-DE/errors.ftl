### Die allgemeinen Fehlercodes der API des Videodienstes.
### Jede Meldung ist die Fehlermeldung, die die API zurückgibt; ihre `.description` nennt den Grund.
### Die Meldungs-ID ist der Übertragungsstring des Codes in Kebab-Case.

# MissingParameter (HTTP 400).
# Variablen:
#   $parameter (String) - der Name des Anfrageparameters, z. B. VideoId.
missing-parameter = Der für die Verarbeitung dieser Anfrage erforderliche Eingabeparameter { $parameter } wurde nicht angegeben.
    .description = Diese Fehlermeldung wird zurückgegeben, wenn ein erforderlicher Parameter nicht festgelegt ist.

# InvalidParameter (HTTP 400).
# Variablen:
#   $parameter (String) - der Name des Anfrageparameters, z. B. VideoId.
invalid-parameter = Der angegebene Parameter { $parameter } ist ungültig.
    .description = Diese Fehlermeldung wird zurückgegeben, wenn der angegebene Parameter ungültig ist.

# OperationDenied (HTTP 403).
operation-denied = Der { -vod }-Dienst ist für Ihr Konto noch nicht aktiviert.
    .description = Diese Fehlermeldung wird zurückgegeben, wenn { -apsaravideo-vod } für Ihr Konto nicht aktiviert ist.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = Ihr { -vod }-Dienst ist gesperrt.
    .description = Diese Fehlermeldung wird zurückgegeben, wenn für Ihr Konto bei { -alibaba-cloud } Zahlungsrückstände bestehen. Laden Sie Guthaben auf Ihr Konto auf.

# Forbidden (HTTP 403).
forbidden = Der Benutzer ist nicht berechtigt, Vorgänge an der angegebenen Ressource auszuführen.
    .description = Diese Fehlermeldung wird zurückgegeben, wenn Sie nicht berechtigt sind, den Vorgang auszuführen. In den meisten Fällen tritt dieser Fehler auf, weil Ihrem Konto die entsprechenden Berechtigungen nicht erteilt wurden. Weitere Informationen finden Sie unter [Übersicht](/intl.en-US/Developer Guide/Access authorization/Overview.md).

# InternalError (HTTP 500).
internal-error = Die Verarbeitung der Anfrage ist aufgrund eines unbekannten Fehlers fehlgeschlagen.
    .description = Diese Fehlermeldung wird zurückgegeben, wenn im Hintergrund ein unbekannter Fehler aufgetreten ist. Versuchen Sie es später erneut oder wenden Sie sich an den Kundenservice.

# ServiceUnAvailable (HTTP 503).
service-un-available = Die Anfrage ist aufgrund eines vorübergehenden Serverfehlers fehlgeschlagen.
    .description = Diese Fehlermeldung wird zurückgegeben, wenn der Dienst nicht verfügbar ist.
