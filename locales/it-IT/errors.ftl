### I codici di errore comuni dell'API del servizio video.
### Ogni messaggio è il messaggio di errore restituito dall'API; il suo attributo `.description` ne indica la causa.
### L'ID del messaggio è la stringa del codice in kebab-case.

# MissingParameter (HTTP 400).
# Variabili:
#   $parameter (String) - il nome del parametro della richiesta, ad esempio VideoId.
missing-parameter = Il parametro di input { $parameter }, obbligatorio per elaborare questa richiesta, non è stato specificato.
    .description = Questo messaggio di errore viene restituito quando un parametro obbligatorio non è impostato.

# InvalidParameter (HTTP 400).
# Variabili:
#   $parameter (String) - il nome del parametro della richiesta, ad esempio VideoId.
invalid-parameter = Il parametro specificato { $parameter } non è valido.
    .description = Questo messaggio di errore viene restituito quando il parametro specificato non è valido.

# OperationDenied (HTTP 403).
operation-denied = Il servizio { -vod } non è ancora stato attivato per l'account.
    .description = Questo messaggio di errore viene restituito quando { -apsaravideo-vod } non è attivato per l'account.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = Il servizio { -vod } è sospeso.
    .description = Questo messaggio di errore viene restituito quando l'account { -alibaba-cloud } presenta pagamenti scaduti. Ricaricare l'account.

# Forbidden (HTTP 403).
forbidden = L'utente non è autorizzato a operare sulla risorsa specificata.
    .description = Questo messaggio di errore viene restituito quando non si è autorizzati a eseguire l'operazione. Nella maggior parte dei casi, l'errore si verifica perché all'account non sono state concesse le autorizzazioni necessarie. Per ulteriori informazioni, vedere [Panoramica](/intl.en-US/Developer Guide/Access authorization/Overview.md).

# InternalError (HTTP 500).
internal-error = L'elaborazione della richiesta non è riuscita a causa di un errore sconosciuto.
    .description = Questo messaggio di errore viene restituito quando si verifica un errore sconosciuto in background. Riprovare più tardi o contattare il servizio clienti.

# ServiceUnAvailable (HTTP 503).
service-un-available = La richiesta non è riuscita a causa di un errore temporaneo del server.
    .description = Questo messaggio di errore viene restituito quando il servizio non è disponibile.
