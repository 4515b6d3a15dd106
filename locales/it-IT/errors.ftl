### I codici di errore dell'API di ApsaraVideo VOD, in italiano (Italia), tradotti da en-US.
###
### Ogni messaggio è il messaggio di errore restituito dall'API, tradotto; il suo attributo `.description`
### indica, con le parole di questo catalogo, che cosa è successo e che cosa fare. L'ID di un messaggio è
### la stringa del codice in kebab-case, con `_` dove il codice contiene un punto
### (`OperationDenied.Suspended` diventa `operation-denied_suspended`); una variante, ossia un secondo
### messaggio che alcune operazioni inviano per lo stesso codice, aggiunge `--` e il suo nome.

# MissingParameter (HTTP 400).
# Variabili:
#   $parameter (String) - il nome del parametro della richiesta, ad esempio VideoId.
missing-parameter = Il parametro di input { $parameter }, obbligatorio per elaborare questa richiesta, non è stato specificato.
    .description = Questo messaggio di errore viene restituito quando un parametro obbligatorio non è impostato.

# MissingParameter, variante `domain-name-empty` (HTTP 400).
missing-parameter--domain-name-empty = Il valore del parametro DomainName non può essere vuoto.
    .description = Il parametro DomainName non è specificato o è vuoto.

# MissingParameter, variante `config-id-empty` (HTTP 400).
missing-parameter--config-id-empty = Il valore del parametro ConfigId non può essere vuoto.
    .description = Il parametro ConfigId non è specificato o è vuoto.

# MissingParameter, variante `time-range-half` (HTTP 400).
missing-parameter--time-range-half = StartTime ed EndTime non possono essere specificati singolarmente.
    .description = È specificato solo uno dei parametri StartTime ed EndTime. Specificare entrambi i parametri o nessuno dei due.

# InvalidParameter (HTTP 400).
# Variabili:
#   $parameter (String) - il nome del parametro della richiesta, ad esempio VideoId.
invalid-parameter = Il parametro { $parameter } specificato non è valido.
    .description = Questo messaggio di errore viene restituito quando il parametro specificato non è valido.

# InvalidParameter, variante `live-region` (HTTP 400).
invalid-parameter--live-region = Si è verificato un errore durante l'aggiunta dei parametri della regione Live.
    .description = Le informazioni sulla regione di { -apsaravideo-live } specificate per il nome di dominio non sono valide.

# InvalidParameter, variante `media-type` (HTTP 400).
invalid-parameter--media-type = Il parametro MediaType specificato non è valido.
    .description = Il valore del parametro MediaType non è valido.

# InvalidParameter, variante `unspecified` (HTTP 400).
invalid-parameter--unspecified = Parametro non valido.
    .description = Uno o più parametri non sono validi.

# OperationDenied (HTTP 403).
operation-denied = Il servizio { -vod } non è ancora stato attivato per l'account.
    .description = Questo messaggio di errore viene restituito quando { -apsaravideo-vod } non è attivato per l'account.

# OperationDenied, variante `vod-suspended` (HTTP 403).
operation-denied--vod-suspended = Il servizio { -vod } è sospeso.
    .description = { -apsaravideo-vod } è sospeso per l'account { -alibaba-cloud }.

# OperationDenied, variante `cdn-not-open` (HTTP 403).
operation-denied--cdn-not-open = Il servizio CDN non è ancora stato attivato per l'account.
    .description = { -alibaba-cloud-cdn } non è attivato per l'account { -alibaba-cloud }.

# OperationDenied, variante `cdn-suspended` (HTTP 403).
operation-denied--cdn-suspended = Il servizio CDN è sospeso.
    .description = { -alibaba-cloud-cdn } è sospeso per l'account { -alibaba-cloud }. Se l'account presenta pagamenti scaduti, ricaricarlo.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = Il servizio { -vod } è sospeso.
    .description = Questo messaggio di errore viene restituito quando l'account { -alibaba-cloud } presenta pagamenti scaduti. Ricaricare l'account.

# Forbidden (HTTP 403).
forbidden = L'utente non è autorizzato a operare sulla risorsa specificata.
    .description = Questo messaggio di errore viene restituito quando non si è autorizzati a eseguire l'operazione. Nella maggior parte dei casi, l'errore si verifica perché all'account non sono state concesse le autorizzazioni necessarie. Per ulteriori informazioni, vedere [Panoramica](/intl.en-US/Developer Guide/Access authorization/Overview.md).

# InternalError (HTTP 500).
internal-error = L'elaborazione della richiesta non è riuscita a causa di un errore sconosciuto.
    .description = Questo messaggio di errore viene restituito quando si verifica un errore sconosciuto lato server. Riprovare più tardi o contattare il servizio clienti.

# ServiceUnAvailable (HTTP 503).
service-un-available = La richiesta non è riuscita a causa di un errore temporaneo del server.
    .description = Questo messaggio di errore viene restituito quando il servizio non è disponibile.

# LevelExceededMax (HTTP 400).
level-exceeded-max = Il numero di livelli di categorie supera il limite massimo.
    .description = Il numero di livelli di categorie ha raggiunto il limite.

# SubTotalExceededMax (HTTP 400).
sub-total-exceeded-max = Il numero totale di sottocategorie supera il limite massimo.
    .description = Il numero di sottocategorie della categoria ha raggiunto il limite.

# InvalidCateId.NotFound (HTTP 404).
invalid-cate-id_not-found = Il CateId specificato non esiste.
    .description = La categoria o la categoria padre specificata non esiste.

# InvalidStorage.NotFound (HTTP 404).
invalid-storage_not-found = Le informazioni di archiviazione non esistono.
    .description = { -apsaravideo-vod } non ha assegnato alcuna posizione di archiviazione all'account.

# InvalidStorage.NotFound, variante `storage-location` (HTTP 404).
invalid-storage_not-found--storage-location = La posizione di archiviazione specificata in StorageLocation non esiste.
    .description = La posizione di archiviazione specificata non esiste. Verificare le posizioni di archiviazione dell'account nella console di { -apsaravideo-vod }.

# InvalidStorage.NotFound, variante `cannot-find` (HTTP 404).
invalid-storage_not-found--cannot-find = Impossibile trovare lo spazio di archiviazione.
    .description = La posizione di archiviazione non esiste.

# InvalidTranscodeTemplateGroup.NotFound (HTTP 404).
invalid-transcode-template-group_not-found = Il gruppo di modelli di transcodifica non esiste.
    .description = Il gruppo di modelli di transcodifica specificato non esiste.

# InvalidTranscodeTemplateGroup.NotFound, variante `template` (HTTP 404).
invalid-transcode-template-group_not-found--template = Il modello di transcodifica non esiste.
    .description = Il gruppo di modelli di transcodifica specificato, o un modello di transcodifica al suo interno, non esiste.

# Forbidden.LockedTemplateGroup (HTTP 403).
forbidden_locked-template-group = Il gruppo di modelli di transcodifica è bloccato.
    .description = Il gruppo di modelli di transcodifica è bloccato e non può essere gestito. Per gestirlo, contattare il supporto tecnico di { -alibaba-cloud }.

# Forbidden.SpecialTemplateGroup (HTTP 403).
forbidden_special-template-group = Il gruppo di modelli di transcodifica è riservato a uno scopo speciale.
    .description = Il gruppo di modelli di transcodifica è riservato a uno scopo speciale, ad esempio il gruppo di modelli «Nessuna transcodifica» o «Solo archiviazione». Non è possibile aggiungervi modelli di transcodifica.

# TrasncodeTemplateGroupExceededMax (HTTP 400).
trasncode-template-group-exceeded-max = Il numero di gruppi di modelli di transcodifica supera il limite massimo.
    .description = Il numero di gruppi di modelli di transcodifica ha raggiunto il limite di 20.

# TranscodeTemplateExceededMax (HTTP 400).
transcode-template-exceeded-max = Il numero di modelli di transcodifica supera il limite massimo.
    .description = Il numero di modelli di transcodifica nel gruppo di modelli di transcodifica supera il limite. Un gruppo di modelli di transcodifica può contenere al massimo 20 modelli di transcodifica.

# WatermarkExceededMax (HTTP 400).
watermark-exceeded-max = Il numero di filigrane supera il limite massimo.
    .description = A un modello di transcodifica del gruppo di modelli di transcodifica sono associate troppe filigrane. Un modello di transcodifica può essere associato al massimo a 4 filigrane.

# InvalidDomainName.Malformed (HTTP 400).
invalid-domain-name_malformed = Il formato del parametro DomainName specificato non è valido.
    .description = Il valore del parametro DomainName non è valido.

# InvalidDomainName.Malformed, variante `specific-value` (HTTP 400).
invalid-domain-name_malformed--specific-value = Il formato del valore specificato per il parametro DomainName non è valido.
    .description = Il valore del parametro DomainName non è valido o non è supportato.

# InvalidCdnType.Malformed (HTTP 400).
invalid-cdn-type_malformed = Il formato del parametro CdnType specificato non è valido.
    .description = Il valore del parametro CdnType non è valido.

# InvalidSourceType.Malformed (HTTP 400).
invalid-source-type_malformed = Il formato del parametro SourceType specificato non è valido.
    .description = Il valore del parametro SourceType non è valido.

# InvalidSources.Malformed (HTTP 400).
invalid-sources_malformed = Il formato del parametro Sources specificato non è valido.
    .description = Il valore del parametro Sources non è valido. Un indirizzo di origine non corrisponde al tipo del relativo server di origine.

# InvalidScope.Malformed (HTTP 400).
invalid-scope_malformed = Il formato del parametro Scope specificato non è valido.
    .description = Il valore del parametro Scope non è valido.

# InvaildParameter (HTTP 400).
invaild-parameter = Il formato del certificato fornito non è valido.
    .description = Il certificato per l'accelerazione HTTPS non è valido. La lunghezza complessiva del certificato e della chiave privata potrebbe superare il limite.

# InvaildParameter, variante `domain-name` (HTTP 400).
invaild-parameter--domain-name = Il formato del valore specificato per il parametro DomainName non è valido.
    .description = Il valore del parametro DomainName non è valido.

# BusinessExist (HTTP 400).
business-exist = L'operazione è già in corso. Non inviare di nuovo la richiesta.
    .description = Il nome di dominio è già in fase di aggiunta. Non inviare di nuovo la richiesta.

# DomainAlreadyExist (HTTP 400).
domain-already-exist = Questo nome di dominio esiste già.
    .description = Il nome di dominio è già stato aggiunto.

# DomainOverLimit (HTTP 403).
domain-over-limit = Il numero di nomi di dominio supera il limite.
    .description = Il numero di nomi di dominio ha raggiunto il limite.

# DomainNotRegistration (HTTP 404).
domain-not-registration = Il nome di dominio non ha una registrazione ICP.
    .description = Il nome di dominio non dispone di una registrazione ICP.

# IllegalOperation (HTTP 403).
illegal-operation = Le operazioni su un nome di dominio non valido non sono consentite.
    .description = L'operazione non è consentita su questo nome di dominio perché il nome di dominio non è valido o perché non si dispone dell'autorizzazione per eseguire l'operazione.

# IllegalOperation, variante `illegal-domain` (HTTP 403).
illegal-operation--illegal-domain = Nome di dominio non valido: l'operazione non è consentita.
    .description = Il nome di dominio non è valido, pertanto l'operazione non è consentita.

# ServiceBusy (HTTP 403).
service-busy = Il nome di dominio specificato è in fase di configurazione. Riprovare più tardi.
    .description = Il nome di dominio è in fase di configurazione. Attendere il completamento della configurazione del nome di dominio, quindi riprovare.

# ServiceBusy, variante `retry-again` (HTTP 403).
service-busy--retry-again = Il nome di dominio specificato è in fase di configurazione. Riprovare più tardi.
    .description = Il nome di dominio è in fase di configurazione. Attendere il completamento della configurazione del nome di dominio, quindi riprovare.

# InvalidDomain.NotFound (HTTP 404).
invalid-domain_not-found = Il nome di dominio fornito non appartiene all'account in uso.
    .description = Il nome di dominio specificato non esiste o non appartiene all'account in uso.

# InnerAddDomainDenied (HTTP 400).
inner-add-domain-denied = L'account non è associato a un ID Aone, pertanto non può aggiungere nomi di dominio.
    .description = L'account è un account interno non associato a un ID Aone, pertanto non può aggiungere nomi di dominio.

# ExtensiveAndAllBothExist (HTTP 400).
extensive-and-all-both-exist = Un nome di dominio con caratteri jolly e un nome di dominio che inizia con 'all.' non possono esistere contemporaneamente.
    .description = Un nome di dominio con caratteri jolly e un nome di dominio che inizia con 'all.' non possono coesistere.

# CdnTypeNotSupportExtensiveDomain (HTTP 400).
cdn-type-not-support-extensive-domain = I nomi di dominio con caratteri jolly non sono supportati per questo tipo di CDN.
    .description = I nomi di dominio con caratteri jolly non sono supportati per il tipo di attività specificato da CdnType.

# ExtensiveAndSpecificDomainConflict (HTTP 400).
extensive-and-specific-domain-conflict = Un nome di dominio con caratteri jolly e il nome di dominio esatto corrispondente si escludono a vicenda.
    .description = Il nome di dominio con caratteri jolly è in conflitto con un nome di dominio esatto dello stesso livello. Un nome di dominio con caratteri jolly e i nomi di dominio esatti a cui corrisponde non possono essere aggiunti entrambi.

# InvalidRegion.Malformed (HTTP 400).
invalid-region_malformed = Il formato del parametro Region specificato non è valido.
    .description = Il valore del parametro Region non è valido.

# InvalidResourceGroupId.Malformed (HTTP 400).
invalid-resource-group-id_malformed = Il formato del parametro ResourceGroupId specificato non è valido.
    .description = Il valore del parametro ResourceGroupId non è valido.

# EntityNotExists.ResourceGroup (HTTP 400).
entity-not-exists_resource-group = Il gruppo di risorse non esiste.
    .description = Il gruppo di risorse specificato non esiste.

# InvalidStatus.ResourceGroup (HTTP 400).
invalid-status_resource-group = Questa operazione non è consentita a causa dello stato attuale del gruppo di risorse.
    .description = Lo stato attuale del gruppo di risorse non consente questa operazione.

# InvalidPriorities.Malformed (HTTP 400).
invalid-priorities_malformed = Il numero di priorità non corrisponde al numero di server di origine.
    .description = Il numero di priorità non corrisponde al numero di server di origine. Specificare una priorità per ogni server di origine.

# NotInternationRealIdentity (HTTP 400).
not-internation-real-identity = Per utilizzare le risorse della Cina continentale è necessario completare la verifica dell'identità con nome reale.
    .description = L'account non ha completato la verifica dell'identità con nome reale, necessaria per utilizzare le risorse della Cina continentale.

# NoSuchResource (HTTP 404).
# Variabili:
#   $resource (String) - la risorsa non trovata, ad esempio l'ID di una filigrana.
no-such-resource = La risorsa { $resource } specificata non esiste.
    .description = La risorsa specificata non esiste. Il messaggio di errore indica la risorsa, ad esempio l'ID di una filigrana.

# NoSuchResource, variante `unnamed` (HTTP 404).
no-such-resource--unnamed = La risorsa specificata non esiste.
    .description = La risorsa specificata, ad esempio un'immagine, non esiste.

# OperationDenied.NotOpenAppService (HTTP 403).
operation-denied_not-open-app-service = Il servizio per le applicazioni non è attivato.
    .description = Il servizio multi-applicazione non è attivato per l'account.

# Forbidden.OperateApp (HTTP 403).
forbidden_operate-app = L'utente non è autorizzato a operare sull'applicazione.
    .description = Non si dispone dell'autorizzazione per gestire l'applicazione.

# InvalidFunctions.Malformed (HTTP 400).
invalid-functions_malformed = Il formato del parametro Functions specificato non è valido.
    .description = Il valore del parametro Functions non è valido.

# InvalidFunctionName.ValueNotSupported (HTTP 400).
# Variabili:
#   $function_name (String) - il nome della funzione non supportata.
invalid-function-name_value-not-supported = Il valore { $function_name } di FunctionName non è supportato.
    .description = La funzionalità specificata da FunctionName non è supportata.

# InvalidArgName.ValueNotSupported (HTTP 400).
# Variabili:
#   $arg_name (String) - il nome dell'argomento non supportato.
invalid-arg-name_value-not-supported = Il valore { $arg_name } di ArgName non è supportato.
    .description = L'argomento specificato da ArgName non è supportato.

# InvalidArgValue.Malformed (HTTP 400).
invalid-arg-value_malformed = Il formato del campo ArgValue specificato non è valido.
    .description = Il valore del campo ArgValue non è valido.

# AlreadyExist.AppName (HTTP 409).
already-exist_app-name = Il nome specificato in AppName è già in uso.
    .description = Esiste già un'applicazione con il nome specificato da AppName.

# LimitExceeded.AppCount (HTTP 400).
limit-exceeded_app-count = Il numero di applicazioni ha superato 10.
    .description = Il numero di applicazioni ha raggiunto il limite di 10.

# InvalidFileName.Extension (HTTP 400).
invalid-file-name_extension = L'estensione del nome file specificato in FileName non è valida.
    .description = L'estensione del nome file nel parametro FileName non è valida o non è supportata da { -apsaravideo-vod }.

# IllegalCharacters (HTTP 400).
# Variabili:
#   $parameter (String) - il nome del parametro della richiesta, ad esempio VideoId.
illegal-characters = Il parametro { $parameter } specificato contiene emoticon o caratteri speciali non consentiti.
    .description = Il valore di un parametro, come Title, Description o Tags, contiene emoticon o caratteri speciali.

# LengthExceededMax (HTTP 400).
# Variabili:
#   $parameter (String) - il nome del parametro della richiesta, ad esempio VideoId.
#   $max_length (Number) - il numero massimo di byte consentito per il valore del parametro.
length-exceeded-max = La lunghezza del parametro { $parameter } specificato supera { NUMBER($max_length) } byte.
    .description = Il valore di un parametro, come Title, Description o Tags, supera il numero massimo di byte consentito. Per il limite di ciascun parametro, vedere la descrizione dei parametri di richiesta dell'operazione.

# TagsExceededMax (HTTP 400).
tags-exceeded-max = Il numero di tag specificati in Tags supera 16.
    .description = Per il video sono stati specificati più di 16 tag. Un video può avere al massimo 16 tag.

# InvalidTemplateGroupId.NotFound (HTTP 404).
invalid-template-group-id_not-found = Il TemplateGroupId specificato non esiste.
    .description = Il gruppo di modelli di transcodifica specificato da TemplateGroupId non esiste.

# Forbidden.InitFailed (HTTP 403).
forbidden_init-failed = L'inizializzazione dell'account non è riuscita durante l'attivazione del servizio.
    .description = Non è stato possibile inizializzare l'account durante l'attivazione del servizio.

# AddVideoFailed (HTTP 503).
add-video-failed = L'aggiunta del video non è riuscita a causa di un errore sconosciuto.
    .description = Il video non è stato creato perché non è stato possibile generarne l'ID video. Riprovare più tardi.

# Forbidden.ResourceNotEmpty (HTTP 403).
forbidden_resource-not-empty = L'applicazione contiene ancora risorse e non può essere eliminata.
    .description = L'applicazione non può essere eliminata perché contiene ancora risorse. Eliminare prima le risorse o spostarle in un'altra applicazione.

# InvalidMultipartUpload.NotFound (HTTP 400).
invalid-multipart-upload_not-found = Il caricamento multiparte non esiste.
    .description = Il caricamento multiparte o le sue parti non esistono.

# InvalidVideo.NotFound (HTTP 404).
invalid-video_not-found = Il video non esiste.
    .description = Il video specificato non esiste.

# InvalidVideo.NotFound, variante `not-exist` (HTTP 404).
invalid-video_not-found--not-exist = Il video non esiste.
    .description = Il video specificato non esiste.

# InvalidFile.NotFound (HTTP 400).
invalid-file_not-found = Il file non esiste.
    .description = Il file video, ad esempio il file mezzanine, non esiste.

# AccessDenied (HTTP 400).
access-denied = Accesso negato dal criterio di autorizzazione.
    .description = { -apsaravideo-vod } non è autorizzato ad accedere al bucket di proprietà dell'utente in { -oss }, pertanto l'operazione viene negata.

# JobIdsExceededMax (HTTP 400).
job-ids-exceeded-max = Il numero di ID in JobIds supera il limite massimo.
    .description = Il numero di ID di processo in JobIds supera il limite.

# InvalidStream.NotFound (HTTP 404).
invalid-stream_not-found = Il flusso non esiste.
    .description = Il flusso multimediale non esiste.

# DeleteStreamFailed (HTTP 503).
delete-stream-failed = L'eliminazione del flusso non è riuscita a causa di un errore sconosciuto.
    .description = Non è stato possibile eliminare il flusso multimediale a causa di un errore sconosciuto. Riprovare più tardi.

# Forbidden.DefaultTemplateGroup (HTTP 403).
forbidden_default-template-group = Il gruppo di modelli di transcodifica è quello predefinito.
    .description = Il gruppo di modelli di transcodifica è il gruppo di modelli di transcodifica predefinito e non può essere eliminato.

# VideoIdsExceededMax (HTTP 400).
video-ids-exceeded-max = Il numero di ID in VideoIds supera il limite massimo.
    .description = Il numero di ID video in VideoIds supera il limite.

# DeleteVideoFailed (HTTP 503).
delete-video-failed = L'eliminazione del video non è riuscita a causa di un errore sconosciuto.
    .description = Non è stato possibile eliminare il video a causa di un errore sconosciuto. Riprovare più tardi.

# Invalid%s.ValueNotSupported (HTTP 400).
# Variabili:
#   $function_name (String) - il nome della funzione non supportata.
invalid-any_value-not-supported = Il valore [{ $function_name }] di FunctionName non è supportato.
    .description = Il valore del parametro FunctionName non è supportato.

# InvalidBizDate.Malformed (HTTP 400).
invalid-biz-date_malformed = Il formato del parametro BizDate specificato non è valido.
    .description = Il formato del parametro BizDate non è valido. Specificare l'ora nel formato yyyy-MM-ddTHH:mm:ssZ, in UTC.

# InvalidBizDate.BeyondCurrent (HTTP 400).
invalid-biz-date_beyond-current = EndTime è successivo all'ora corrente.
    .description = L'ora specificata da BizDate è successiva all'ora corrente.

# InvalidStartTime.Malformed (HTTP 400).
invalid-start-time_malformed = Il formato del parametro StartTime specificato non è valido.
    .description = Il formato del parametro StartTime non è valido. Specificare l'ora nel formato yyyy-MM-ddTHH:mm:ssZ, in UTC.

# InvalidStartTime.Malformed, variante `spelled-out` (HTTP 400).
invalid-start-time_malformed--spelled-out = Il formato dell'ora di inizio specificata non è valido.
    .description = Il formato dell'ora di inizio specificata da StartTime non è valido.

# InvalidEndTime.Malformed (HTTP 400).
invalid-end-time_malformed = Il formato del parametro EndTime specificato non è valido.
    .description = Il formato del parametro EndTime non è valido. Specificare l'ora nel formato yyyy-MM-ddTHH:mm:ssZ, in UTC.

# InvalidEndTime.Malformed, variante `spelled-out` (HTTP 400).
invalid-end-time_malformed--spelled-out = Il formato dell'ora di fine specificata non è valido.
    .description = Il formato dell'ora di fine specificata da EndTime non è valido.

# InvalidEndTime.BeyondCurrent (HTTP 400).
invalid-end-time_beyond-current = EndTime è successivo all'ora corrente.
    .description = L'ora specificata da EndTime è successiva all'ora corrente.

# InvalidEndTime.Mismatch (HTTP 400).
invalid-end-time_mismatch = StartTime ed EndTime non corrispondono.
    .description = L'intervallo di tempo specificato da StartTime ed EndTime non è valido.

# InvalidEndTime.Mismatch, variante `does-not-math` (HTTP 400).
invalid-end-time_mismatch--does-not-math = Il parametro EndTime specificato non corrisponde al parametro StartTime specificato.
    .description = L'ora specificata da EndTime è precedente all'ora specificata da StartTime.

# InvalidEndTime.Mismatch, variante `spelled-out` (HTTP 400).
invalid-end-time_mismatch--spelled-out = L'ora di fine specificata non corrisponde all'ora di inizio specificata.
    .description = L'ora specificata da EndTime è precedente all'ora specificata da StartTime.

# Throttling (HTTP 503).
throttling = La richiesta è stata rifiutata a causa della limitazione delle richieste.
    .description = La richiesta è stata rifiutata a causa della limitazione delle richieste. Riprovare più tardi.

# InvalidParameterAliUid (HTTP 400).
invalid-parameter-ali-uid = Il parametro AliUid non è valido.
    .description = Il valore del parametro AliUid non è valido.

# InvalidParameterStartTime (HTTP 400).
invalid-parameter-start-time = Il parametro StartTime non è valido.
    .description = Il valore del parametro StartTime non è valido.

# InvalidParameterEndTime (HTTP 400).
invalid-parameter-end-time = Il parametro EndTime non è valido.
    .description = Il valore del parametro EndTime non è valido.

# InvalidTimeRange (HTTP 400).
invalid-time-range = L'intervallo tra StartTime ed EndTime deve essere inferiore a un mese.
    .description = L'intervallo di tempo specificato da StartTime ed EndTime supera i 31 giorni.

# InvalidParameterRegion (HTTP 400).
invalid-parameter-region = Il parametro Region non è valido.
    .description = Il valore del parametro Region non è valido.

# InvalidStartTime.ValueNotSupported (HTTP 400).
invalid-start-time_value-not-supported = Il valore specificato per il parametro StartTime non è supportato.
    .description = L'intervallo di tempo specificato da StartTime ed EndTime supera i 90 giorni.

# InvalidStartTime.ValueNotSupported, variante `end-time-mismatch` (HTTP 400).
invalid-start-time_value-not-supported--end-time-mismatch = L'ora di fine specificata non corrisponde all'ora di inizio specificata.
    .description = L'intervallo di tempo specificato da StartTime ed EndTime supera i 90 giorni. Il messaggio di errore inviato con questo codice è fuorviante.

# DeleteFunctionFailed (HTTP 400).
delete-function-failed = L'eliminazione in batch delle funzionalità non è riuscita.
    .description = L'eliminazione in batch delle configurazioni del nome di dominio non è riuscita.

# InvalidDomain.Offline (HTTP 404).
invalid-domain_offline = Il nome di dominio fornito è offline.
    .description = Il nome di dominio è stato disabilitato.

# InvalidDomain.Configure_failed (HTTP 500).
invalid-domain_configure-failed = Impossibile configurare il nome di dominio fornito.
    .description = Non è stato possibile configurare il nome di dominio, pertanto non è possibile eseguire su di esso operazioni come l'aggiornamento e il precaricamento.

# InvalidParameterProduct (HTTP 400).
invalid-parameter-product = Il parametro Product non è valido.
    .description = Il valore del parametro Product non è valido.

# InvalidParameterArea (HTTP 400).
invalid-parameter-area = Il parametro Area non è valido.
    .description = Il valore del parametro Area non è valido.

# InvalidParameterField (HTTP 400).
invalid-parameter-field = Il parametro Field non è valido.
    .description = Il valore del parametro Field non è valido.

# InvalidParameterInterval (HTTP 400).
invalid-parameter-interval = Il parametro Interval non è valido.
    .description = Il valore del parametro Interval non è valido.

# InvalidTaskId.Malformed (HTTP 400).
invalid-task-id_malformed = Il formato del parametro TaskId specificato non è valido.
    .description = Il formato del parametro TaskId non è valido.

# InvalidPageNumber.ValueNotSupported (HTTP 400).
invalid-page-number_value-not-supported = Il valore specificato per il parametro PageNumber non è supportato.
    .description = Il valore del parametro PageNumber non è supportato.

# InvalidPageSize.ValueNotSupported (HTTP 400).
invalid-page-size_value-not-supported = Il valore specificato per il parametro PageSize non è supportato.
    .description = Il valore del parametro PageSize non è supportato.

# InvalidDomainStatus.ValueNotSupported (HTTP 400).
invalid-domain-status_value-not-supported = Il valore specificato per il parametro DomainStatus non è supportato.
    .description = Il valore del parametro DomainStatus non è supportato.

# InvalidDomainSearchType.ValueNotSupported (HTTP 400).
invalid-domain-search-type_value-not-supported = Il valore specificato per il parametro DomainSearchType non è supportato.
    .description = Il valore del parametro DomainSearchType non è supportato.

# ExceededMax (HTTP 400).
exceeded-max = Il parametro di input MediaIds supera il limite.
    .description = Il numero di ID di asset multimediali ausiliari in MediaIds supera il limite di 20.

# Forbidden.IllegalStatus (HTTP 400).
forbidden_illegal-status = Lo stato del video non è valido.
    .description = Lo stato attuale del video non consente l'operazione. Gli stati consentiti dipendono dall'operazione: ad esempio, è possibile transcodificare solo i video con stato UploadSucc, Normal o Checking.

# Forbidden.IllegalStatus, variante `current-status` (HTTP 400).
# Variabili:
#   $status (String) - lo stato attuale del video, ad esempio Blocked.
forbidden_illegal-status--current-status = Lo stato del video non è valido. Stato attuale: { $status }.
    .description = Il video non può essere riprodotto nel suo stato attuale. È possibile riprodurre solo i video con stato Normal.

# InvalidVideo.NoneStream (HTTP 404).
invalid-video_none-stream = Il video non ha alcun flusso riproducibile per il parametro di richiesta 'Formats: mp4, Definition: LD, StreamType: video'.
    .description = Nessun flusso multimediale transcodificato del video corrisponde ai criteri di filtro della richiesta, come il formato e la definizione. Verificare che la configurazione della transcodifica corrisponda ai criteri di filtro.

# Forbidden.AliyunVoDEncryption (HTTP 403).
forbidden_aliyun-vo-d-encryption = Attualmente esiste solo il flusso AliyunVoDEncryption: per la riproduzione è necessario utilizzare { -apsaravideo-player } oppure impostare ResultType su Multiple.
    .description = Il video dispone solo di flussi multimediali crittografati con la crittografia proprietaria di { -alibaba-cloud }. Riprodurli con { -apsaravideo-player } oppure impostare ResultType su Multiple.

# LimitExceeded.MediaIds (HTTP 400).
limit-exceeded_media-ids = Il parametro di input MediaIds supera il limite.
    .description = Il numero di ID di asset multimediali in MediaIds supera il limite di 20.

# VideoListExceededMax (HTTP 400).
video-list-exceeded-max = L'elenco dei video supera il limite massimo.
    .description = Il numero totale di risultati da scorrere pagina per pagina supera il limite.

# SecurityIp.NotFound (HTTP 404).
security-ip_not-found = L'indirizzo IP di sicurezza per la revisione non esiste.
    .description = Nel gruppo di sicurezza per la revisione non è stato trovato alcun indirizzo IP.

# ListSecurityIpFailed (HTTP 500).
list-security-ip-failed = Impossibile elencare gli indirizzi IP di sicurezza per la revisione a causa di un errore sconosciuto.
    .description = Non è stato possibile recuperare gli indirizzi IP del gruppo di sicurezza per la revisione a causa di un errore sconosciuto. Riprovare più tardi.

# IpsIsEmpty (HTTP 400).
ips-is-empty = Il parametro Ips specificato non può essere vuoto.
    .description = Il parametro Ips non è specificato o è vuoto.

# IpsIsEmpty, variante `curly-quotes` (HTTP 400).
ips-is-empty--curly-quotes = Il parametro Ips specificato non può essere vuoto.
    .description = Il parametro Ips non è specificato o è vuoto.

# IpsExceededMax (HTTP 403).
ips-exceeded-max = Il numero di indirizzi IP specificati in Ips supera 100.
    .description = Il numero di indirizzi IP supera il limite. Un gruppo di sicurezza per la revisione può contenere al massimo 100 indirizzi IP.

# SecurityIpGroupExceededMax (HTTP 403).
security-ip-group-exceeded-max = Il numero di gruppi di sicurezza per la revisione supera 10.
    .description = Il numero di gruppi di sicurezza per la revisione supera il limite di 10.

# Forbidden.OperateAppResource (HTTP 403).
forbidden_operate-app-resource = Le autorizzazioni dell'applicazione non consentono di operare sulla risorsa specificata.
    .description = Non si dispone dell'autorizzazione per gestire le risorse nell'applicazione di destinazione.

# QuotaExceeded.Refresh (HTTP 400).
quota-exceeded_refresh = È stato superato il limite di aggiornamenti consentito.
    .description = È stata raggiunta la quota giornaliera per l'aggiornamento o il precaricamento dei contenuti.

# PreloadQueueFull (HTTP 403).
preload-queue-full = La coda di precaricamento è piena. Riprovare più tardi.
    .description = La coda di precaricamento è piena perché il numero di URL in fase di precaricamento per il nome di dominio ha raggiunto il limite. Riprovare più tardi.

# InvalidObjectPath.Malformed (HTTP 400).
invalid-object-path_malformed = Il formato del valore specificato per il parametro ObjectPath non è valido.
    .description = Il formato del parametro ObjectPath non è valido.

# InvalidExtensiveDomain.ValueNotSupported (HTTP 400).
invalid-extensive-domain_value-not-supported = I nomi di dominio con caratteri jolly non sono supportati.
    .description = Il nome di dominio è un nome di dominio con caratteri jolly, che questa operazione non supporta.

# InvalidObjectPath.Size.Malformed (HTTP 400).
invalid-object-path_size_malformed = ObjectPath contiene più di 1.000 voci.
    .description = ObjectPath contiene più di 1.000 URL. È possibile precaricare al massimo 1.000 URL alla volta.

# InvalidVideo.Damaged (HTTP 400).
invalid-video_damaged = Il video è danneggiato.
    .description = Il video non è stato creato correttamente o è danneggiato.

# InvalidObjectType.ValueNotSupported (HTTP 400).
invalid-object-type_value-not-supported = Il valore specificato per <ObjectType> non è supportato.
    .description = Il valore del parametro ObjectType non è supportato.

# QuotaPerMinuteExceeded.Refresh (HTTP 400).
quota-per-minute-exceeded_refresh = È stato superato il limite di aggiornamenti consentito al minuto.
    .description = Il numero di richieste di aggiornamento ha raggiunto il limite al minuto. Riprovare più tardi.

# SortByExceededMax (HTTP 400).
sort-by-exceeded-max = Quando si scorrono tutti i dati, il parametro SortBy supporta un solo campo di ordinamento.
    .description = SortBy specifica più di un campo di ordinamento. Quando si scorrono tutti i dati, è possibile ordinare in base a un solo campo.

# ErrorMatchSyntax (HTTP 400).
# Variabili:
#   $field (String) - il campo dell'espressione Match che contiene l'errore.
error-match-syntax = La sintassi del parametro Match.{ $field } contiene un errore. Verificare il parametro.
    .description = La sintassi del parametro Match non è valida. Verificare la sintassi e riprovare.

# InvalidScrollToken.Expired (HTTP 400).
invalid-scroll-token_expired = Il token ScrollToken è scaduto. Aggiornare il token.
    .description = Il valore del parametro ScrollToken è scaduto. Ripetere la query dei dati a partire dalla pagina 1.

# InvalidSSLProtocol.ValueNotSupported (HTTP 400).
invalid-ssl-protocol_value-not-supported = Il valore specificato per il parametro Enable non è supportato.
    .description = Il valore del parametro SSLProtocol non è supportato.

# SSLPub.MissingParameter (HTTP 400).
ssl-pub_missing-parameter = Il parametro di input SSLPub, obbligatorio per elaborare la richiesta, non è stato specificato.
    .description = Il parametro SSLPub, che contiene il contenuto del certificato, non è specificato.

# SSLPri.MissingParameter (HTTP 400).
ssl-pri_missing-parameter = Il parametro di input SSLPri, obbligatorio per elaborare la richiesta, non è stato specificato.
    .description = Il parametro SSLPri, che contiene la chiave privata, non è specificato.

# InvalidCertificate (HTTP 400).
invalid-certificate = Il formato del certificato fornito non è valido.
    .description = Il contenuto del certificato non è valido.

# InvalidSSLPri (HTTP 400).
invalid-ssl-pri = Il formato del parametro SSLPri fornito non è valido.
    .description = La chiave privata non è valida.

# Certificate.MissMatch (HTTP 400).
certificate_miss-match = La chiave privata fornita in SSLPri non corrisponde al certificato specificato.
    .description = La chiave privata non corrisponde al certificato.

# InvalidCertificate.TooLong (HTTP 400).
invalid-certificate_too-long = Il certificato fornito supera la lunghezza massima.
    .description = Il contenuto del certificato supera la lunghezza consentita.

# InvalidCertName.TooLong (HTTP 400).
invalid-cert-name_too-long = Il nome del certificato fornito supera la lunghezza massima di 128 caratteri.
    .description = Il nome del certificato supera i 128 caratteri.

# SetDomainSSLPub.ParameterError (HTTP 400).
set-domain-ssl-pub_parameter-error = I parametri contengono errori.
    .description = Uno o più parametri per la configurazione del certificato non sono validi.

# Certificate.StatusError (HTTP 400).
certificate_status-error = Il certificato non esiste o il suo stato non è corretto.
    .description = Il certificato non esiste o il suo stato non è valido.

# Certificate.StatusError, variante `status-only` (HTTP 400).
certificate_status-error--status-only = Lo stato del certificato non è corretto.
    .description = Lo stato del certificato non è valido.

# DeleteFailed (HTTP 400).
delete-failed = L'eliminazione del certificato non è riuscita.
    .description = Non è stato possibile eliminare il certificato.

# Certificate.NotFind (HTTP 400).
certificate_not-find = Impossibile trovare le informazioni sul certificato.
    .description = Il certificato non è stato trovato.

# Certificate.Duplicated (HTTP 400).
certificate_duplicated = Il nome del certificato è già in uso.
    .description = Esiste già un certificato con lo stesso nome.

# Certificate.FormatError (HTTP 400).
certificate_format-error = Il formato del certificato non è corretto.
    .description = Il formato del certificato non è valido.

# Certificate.KeyNull (HTTP 400).
certificate_key-null = Il parametro SSLPri non può essere vuoto.
    .description = La chiave privata non è specificata.

# SSLPri.Malformed (HTTP 400).
ssl-pri_malformed = Il formato del parametro SSLPri non è corretto.
    .description = Il formato della chiave privata non è valido.

# Certificate.NotPermittedOff (HTTP 400).
certificate_not-permitted-off = La disattivazione del certificato modificherebbe la schedulazione del nome di dominio. Contattare il servizio clienti.
    .description = La disattivazione del certificato influirebbe sulla schedulazione del nome di dominio, pertanto non è consentita. Contattare il supporto tecnico di { -alibaba-cloud }.

# Certificate.SettedNotEffect (HTTP 400).
certificate_setted-not-effect = Il certificato è stato configurato correttamente ma, a tutela del servizio corrente, non è ancora attivo. Contattare il servizio clienti.
    .description = Il certificato è configurato ma, a tutela del servizio corrente, non è ancora attivo. Per attivarlo, contattare il supporto tecnico di { -alibaba-cloud }.

# InvalidSource.Content.Malformed (HTTP 400).
invalid-source_content_malformed = Il formato dell'indirizzo di origine specificato non è valido.
    .description = L'indirizzo di origine non è valido.

# InvalidSource.Type.Malformed (HTTP 400).
invalid-source_type_malformed = Il formato del tipo di server di origine specificato non è valido.
    .description = Il tipo di server di origine non è valido.

# InvalidTypeContent.Mismatch (HTTP 400).
invalid-type-content_mismatch = Il tipo di server di origine specificato non corrisponde all'indirizzo di origine specificato.
    .description = L'indirizzo di origine non corrisponde al tipo di server di origine.

# InvalidSource.Priority.Malformed (HTTP 400).
invalid-source_priority_malformed = Il formato della priorità specificata per il server di origine non è valido.
    .description = La priorità del server di origine non è valida.

# InvalidParameter.UploadURLs (HTTP 400).
invalid-parameter_upload-urls = Il parametro UploadURLs specificato non è valido.
    .description = Il valore del parametro UploadURLs non è valido.
