### Die Fehlercodes der API von ApsaraVideo VOD, auf Deutsch (Deutschland), übersetzt aus en-US.
###
### Jede Meldung ist die Fehlermeldung, die die API zurückgibt, in dieser Sprache; ihre `.description`
### beschreibt in den Worten dieses Katalogs, was geschehen ist und was zu tun ist. Die Meldungs-ID ist
### der Übertragungsstring des Codes in Kebab-Case, mit `_`, wo der Code einen Punkt enthält
### (`OperationDenied.Suspended` wird zu `operation-denied_suspended`); eine Variante, also eine zweite
### Meldung, die manche Vorgänge für denselben Code senden, ergänzt `--` und ihren Namen.

# MissingParameter (HTTP 400).
# Variablen:
#   $parameter (String) - der Name des Anfrageparameters, z. B. VideoId.
missing-parameter = Der für die Verarbeitung dieser Anfrage erforderliche Eingabeparameter { $parameter } wurde nicht angegeben.
    .description = Diese Fehlermeldung wird zurückgegeben, wenn ein erforderlicher Parameter nicht festgelegt ist.

# MissingParameter, Variante `domain-name-empty` (HTTP 400).
missing-parameter--domain-name-empty = Der Wert des Parameters DomainName darf nicht leer sein.
    .description = Der Parameter DomainName ist nicht angegeben oder leer.

# MissingParameter, Variante `config-id-empty` (HTTP 400).
missing-parameter--config-id-empty = Der Wert des Parameters ConfigId darf nicht leer sein.
    .description = Der Parameter ConfigId ist nicht angegeben oder leer.

# MissingParameter, Variante `time-range-half` (HTTP 400).
missing-parameter--time-range-half = StartTime und EndTime können nicht einzeln angegeben werden.
    .description = Nur einer der Parameter StartTime und EndTime ist angegeben. Geben Sie entweder beide Parameter oder keinen von beiden an.

# InvalidParameter (HTTP 400).
# Variablen:
#   $parameter (String) - der Name des Anfrageparameters, z. B. VideoId.
invalid-parameter = Der angegebene Parameter { $parameter } ist ungültig.
    .description = Diese Fehlermeldung wird zurückgegeben, wenn der angegebene Parameter ungültig ist.

# InvalidParameter, Variante `live-region` (HTTP 400).
invalid-parameter--live-region = Beim Hinzufügen der Parameter für die Live-Region ist ein Fehler aufgetreten.
    .description = Die für den Domainnamen angegebenen Regionsinformationen von { -apsaravideo-live } sind ungültig.

# InvalidParameter, Variante `media-type` (HTTP 400).
invalid-parameter--media-type = Der angegebene Parameter MediaType ist ungültig.
    .description = Der Wert des Parameters MediaType ist ungültig.

# InvalidParameter, Variante `unspecified` (HTTP 400).
invalid-parameter--unspecified = Ungültiger Parameter.
    .description = Mindestens ein Parameter ist ungültig.

# OperationDenied (HTTP 403).
operation-denied = Der { -vod }-Dienst ist für Ihr Konto noch nicht aktiviert.
    .description = Diese Fehlermeldung wird zurückgegeben, wenn { -apsaravideo-vod } für Ihr Konto nicht aktiviert ist.

# OperationDenied, Variante `vod-suspended` (HTTP 403).
operation-denied--vod-suspended = Ihr { -vod }-Dienst ist gesperrt.
    .description = { -apsaravideo-vod } ist für Ihr Konto bei { -alibaba-cloud } gesperrt.

# OperationDenied, Variante `cdn-not-open` (HTTP 403).
operation-denied--cdn-not-open = Der CDN-Dienst ist für Ihr Konto noch nicht aktiviert.
    .description = { -alibaba-cloud-cdn } ist für Ihr Konto bei { -alibaba-cloud } nicht aktiviert.

# OperationDenied, Variante `cdn-suspended` (HTTP 403).
operation-denied--cdn-suspended = Ihr CDN-Dienst ist gesperrt.
    .description = { -alibaba-cloud-cdn } ist für Ihr Konto bei { -alibaba-cloud } gesperrt. Wenn für das Konto Zahlungsrückstände bestehen, laden Sie Guthaben auf das Konto auf.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = Ihr { -vod }-Dienst ist gesperrt.
    .description = Diese Fehlermeldung wird zurückgegeben, wenn für Ihr Konto bei { -alibaba-cloud } Zahlungsrückstände bestehen. Laden Sie Guthaben auf Ihr Konto auf.

# Forbidden (HTTP 403).
forbidden = Der Benutzer ist nicht berechtigt, Vorgänge an der angegebenen Ressource auszuführen.
    .description = Diese Fehlermeldung wird zurückgegeben, wenn Sie nicht berechtigt sind, den Vorgang auszuführen. In den meisten Fällen tritt dieser Fehler auf, weil Ihrem Konto die entsprechenden Berechtigungen nicht erteilt wurden. Weitere Informationen finden Sie unter [Übersicht](/intl.en-US/Developer Guide/Access authorization/Overview.md).

# InternalError (HTTP 500).
internal-error = Die Verarbeitung der Anfrage ist aufgrund eines unbekannten Fehlers fehlgeschlagen.
    .description = Diese Fehlermeldung wird zurückgegeben, wenn serverseitig ein unbekannter Fehler aufgetreten ist. Versuchen Sie es später erneut oder wenden Sie sich an den Kundenservice.

# ServiceUnAvailable (HTTP 503).
service-un-available = Die Anfrage ist aufgrund eines vorübergehenden Serverfehlers fehlgeschlagen.
    .description = Diese Fehlermeldung wird zurückgegeben, wenn der Dienst nicht verfügbar ist.

# LevelExceededMax (HTTP 400).
level-exceeded-max = Die maximale Anzahl von Kategorieebenen wurde überschritten.
    .description = Die Anzahl der Kategorieebenen hat die Obergrenze erreicht.

# SubTotalExceededMax (HTTP 400).
sub-total-exceeded-max = Die maximale Gesamtzahl von Unterkategorien wurde überschritten.
    .description = Die Anzahl der Unterkategorien in der Kategorie hat die Obergrenze erreicht.

# InvalidCateId.NotFound (HTTP 404).
invalid-cate-id_not-found = Die angegebene CateId ist nicht vorhanden.
    .description = Die angegebene Kategorie oder übergeordnete Kategorie ist nicht vorhanden.

# InvalidStorage.NotFound (HTTP 404).
invalid-storage_not-found = Die Speicherinformationen sind nicht vorhanden.
    .description = { -apsaravideo-vod } hat Ihrem Konto keinen Speicherort zugewiesen.

# InvalidStorage.NotFound, Variante `storage-location` (HTTP 404).
invalid-storage_not-found--storage-location = Der in StorageLocation angegebene Speicherort ist nicht vorhanden.
    .description = Der angegebene Speicherort ist nicht vorhanden. Prüfen Sie die Speicherorte Ihres Kontos in der Konsole von { -apsaravideo-vod }.

# InvalidStorage.NotFound, Variante `cannot-find` (HTTP 404).
invalid-storage_not-found--cannot-find = Der Speicherort wurde nicht gefunden.
    .description = Der Speicherort ist nicht vorhanden.

# InvalidTranscodeTemplateGroup.NotFound (HTTP 404).
invalid-transcode-template-group_not-found = Die Transcodierungsvorlagengruppe ist nicht vorhanden.
    .description = Die angegebene Transcodierungsvorlagengruppe ist nicht vorhanden.

# InvalidTranscodeTemplateGroup.NotFound, Variante `template` (HTTP 404).
invalid-transcode-template-group_not-found--template = Die Transcodierungsvorlage ist nicht vorhanden.
    .description = Die angegebene Transcodierungsvorlagengruppe oder eine darin enthaltene Transcodierungsvorlage ist nicht vorhanden.

# Forbidden.LockedTemplateGroup (HTTP 403).
forbidden_locked-template-group = Die Transcodierungsvorlagengruppe ist gesperrt.
    .description = Die Transcodierungsvorlagengruppe ist gesperrt und kann nicht verwaltet werden. Wenden Sie sich an den technischen Support von { -alibaba-cloud }, um sie zu verwalten.

# Forbidden.SpecialTemplateGroup (HTTP 403).
forbidden_special-template-group = Die Transcodierungsvorlagengruppe ist für einen besonderen Zweck reserviert.
    .description = Die Transcodierungsvorlagengruppe ist für einen besonderen Zweck reserviert, wie etwa die Vorlagengruppen „Keine Transcodierung“ und „Nur Speicherung“. Dieser Gruppe können keine Transcodierungsvorlagen hinzugefügt werden.

# TrasncodeTemplateGroupExceededMax (HTTP 400).
trasncode-template-group-exceeded-max = Die maximale Anzahl von Transcodierungsvorlagengruppen wurde überschritten.
    .description = Die Anzahl der Transcodierungsvorlagengruppen hat die Obergrenze von 20 erreicht.

# TranscodeTemplateExceededMax (HTTP 400).
transcode-template-exceeded-max = Die maximale Anzahl von Transcodierungsvorlagen wurde überschritten.
    .description = Die Anzahl der Transcodierungsvorlagen in der Transcodierungsvorlagengruppe überschreitet die Obergrenze. Eine Transcodierungsvorlagengruppe kann höchstens 20 Transcodierungsvorlagen enthalten.

# WatermarkExceededMax (HTTP 400).
watermark-exceeded-max = Die maximale Anzahl von Wasserzeichen wurde überschritten.
    .description = Einer Transcodierungsvorlage in der Transcodierungsvorlagengruppe sind zu viele Wasserzeichen zugeordnet. Einer Transcodierungsvorlage können höchstens 4 Wasserzeichen zugeordnet werden.

# InvalidDomainName.Malformed (HTTP 400).
invalid-domain-name_malformed = Der angegebene Parameter DomainName hat ein ungültiges Format.
    .description = Der Wert des Parameters DomainName ist ungültig.

# InvalidDomainName.Malformed, Variante `specific-value` (HTTP 400).
invalid-domain-name_malformed--specific-value = Der angegebene Wert des Parameters DomainName hat ein ungültiges Format.
    .description = Der Wert des Parameters DomainName ist ungültig oder wird nicht unterstützt.

# InvalidCdnType.Malformed (HTTP 400).
invalid-cdn-type_malformed = Der angegebene Parameter CdnType hat ein ungültiges Format.
    .description = Der Wert des Parameters CdnType ist ungültig.

# InvalidSourceType.Malformed (HTTP 400).
invalid-source-type_malformed = Der angegebene Parameter SourceType hat ein ungültiges Format.
    .description = Der Wert des Parameters SourceType ist ungültig.

# InvalidSources.Malformed (HTTP 400).
invalid-sources_malformed = Der angegebene Parameter Sources hat ein ungültiges Format.
    .description = Der Wert des Parameters Sources ist ungültig. Eine Ursprungsadresse stimmt nicht mit dem Typ ihres Ursprungsservers überein.

# InvalidScope.Malformed (HTTP 400).
invalid-scope_malformed = Der angegebene Parameter Scope hat ein ungültiges Format.
    .description = Der Wert des Parameters Scope ist ungültig.

# InvaildParameter (HTTP 400).
invaild-parameter = Das angegebene Zertifikat hat ein ungültiges Format.
    .description = Das Zertifikat für die HTTPS-Beschleunigung ist ungültig. Möglicherweise überschreitet die Gesamtlänge von Zertifikat und privatem Schlüssel die Obergrenze.

# InvaildParameter, Variante `domain-name` (HTTP 400).
invaild-parameter--domain-name = Der angegebene Wert des Parameters DomainName hat ein ungültiges Format.
    .description = Der Wert des Parameters DomainName ist ungültig.

# BusinessExist (HTTP 400).
business-exist = Der Vorgang wird bereits bearbeitet. Senden Sie die Anfrage nicht erneut.
    .description = Der Domainname wird bereits hinzugefügt. Senden Sie die Anfrage nicht erneut.

# DomainAlreadyExist (HTTP 400).
domain-already-exist = Dieser Domainname ist bereits vorhanden.
    .description = Der Domainname wurde bereits hinzugefügt.

# DomainOverLimit (HTTP 403).
domain-over-limit = Die Anzahl der Domainnamen überschreitet die Obergrenze.
    .description = Die Anzahl der Domainnamen hat die Obergrenze erreicht.

# DomainNotRegistration (HTTP 404).
domain-not-registration = Der Domainname hat keine ICP-Registrierung.
    .description = Für den Domainnamen liegt keine ICP-Registrierung vor.

# IllegalOperation (HTTP 403).
illegal-operation = Vorgänge an einem ungültigen Domainnamen sind nicht zulässig.
    .description = Der Vorgang ist für diesen Domainnamen nicht zulässig, weil der Domainname ungültig ist oder Sie nicht berechtigt sind, den Vorgang auszuführen.

# IllegalOperation, Variante `illegal-domain` (HTTP 403).
illegal-operation--illegal-domain = Ungültiger Domainname. Der Vorgang ist nicht zulässig.
    .description = Der Domainname ist ungültig, daher ist der Vorgang nicht zulässig.

# ServiceBusy (HTTP 403).
service-busy = Der angegebene Domainname wird gerade konfiguriert. Versuchen Sie es später erneut.
    .description = Der Domainname wird gerade konfiguriert. Warten Sie, bis die Konfiguration des Domainnamens abgeschlossen ist, und versuchen Sie es dann erneut.

# ServiceBusy, Variante `retry-again` (HTTP 403).
service-busy--retry-again = Der angegebene Domainname wird gerade konfiguriert. Versuchen Sie es später erneut.
    .description = Der Domainname wird gerade konfiguriert. Warten Sie, bis die Konfiguration des Domainnamens abgeschlossen ist, und versuchen Sie es dann erneut.

# InvalidDomain.NotFound (HTTP 404).
invalid-domain_not-found = Der angegebene Domainname gehört nicht zu Ihrem Konto.
    .description = Der angegebene Domainname ist nicht vorhanden oder gehört nicht zu Ihrem Konto.

# InnerAddDomainDenied (HTTP 400).
inner-add-domain-denied = Ihr Konto ist an keine Aone-ID gebunden und kann daher keine Domainnamen hinzufügen.
    .description = Ihr Konto ist ein internes Konto, das an keine Aone-ID gebunden ist. Daher kann es keine Domainnamen hinzufügen.

# ExtensiveAndAllBothExist (HTTP 400).
extensive-and-all-both-exist = Ein Wildcard-Domainname und ein Domainname, der mit 'all.' beginnt, können nicht gleichzeitig vorhanden sein.
    .description = Ein Wildcard-Domainname und ein Domainname, der mit 'all.' beginnt, dürfen nicht gleichzeitig vorhanden sein.

# CdnTypeNotSupportExtensiveDomain (HTTP 400).
cdn-type-not-support-extensive-domain = Wildcard-Domainnamen werden für diesen CDN-Typ nicht unterstützt.
    .description = Wildcard-Domainnamen werden für den in CdnType angegebenen Geschäftstyp nicht unterstützt.

# ExtensiveAndSpecificDomainConflict (HTTP 400).
extensive-and-specific-domain-conflict = Ein Wildcard-Domainname und der entsprechende exakte Domainname schließen sich gegenseitig aus.
    .description = Der Wildcard-Domainname steht in Konflikt mit einem exakten Domainnamen derselben Ebene. Ein Wildcard-Domainname und die exakten Domainnamen, auf die er zutrifft, können nicht beide hinzugefügt werden.

# InvalidRegion.Malformed (HTTP 400).
invalid-region_malformed = Der angegebene Parameter Region hat ein ungültiges Format.
    .description = Der Wert des Parameters Region ist ungültig.

# InvalidResourceGroupId.Malformed (HTTP 400).
invalid-resource-group-id_malformed = Der angegebene Parameter ResourceGroupId hat ein ungültiges Format.
    .description = Der Wert des Parameters ResourceGroupId ist ungültig.

# EntityNotExists.ResourceGroup (HTTP 400).
entity-not-exists_resource-group = Die Ressourcengruppe ist nicht vorhanden.
    .description = Die angegebene Ressourcengruppe ist nicht vorhanden.

# InvalidStatus.ResourceGroup (HTTP 400).
invalid-status_resource-group = Dieser Vorgang ist aufgrund des aktuellen Status der Ressourcengruppe nicht zulässig.
    .description = Der aktuelle Status der Ressourcengruppe lässt diesen Vorgang nicht zu.

# InvalidPriorities.Malformed (HTTP 400).
invalid-priorities_malformed = Die Anzahl der Prioritäten stimmt nicht mit der Anzahl der Ursprungsserver überein.
    .description = Die Anzahl der Prioritäten stimmt nicht mit der Anzahl der Ursprungsserver überein. Geben Sie für jeden Ursprungsserver eine Priorität an.

# NotInternationRealIdentity (HTTP 400).
not-internation-real-identity = Für die Nutzung von Ressourcen auf dem chinesischen Festland müssen Sie eine Real-Name-Verifizierung durchführen.
    .description = Ihr Konto hat die Real-Name-Verifizierung, die für die Nutzung von Ressourcen auf dem chinesischen Festland erforderlich ist, nicht abgeschlossen.

# NoSuchResource (HTTP 404).
# Variablen:
#   $resource (String) - die nicht gefundene Ressource, z. B. eine Wasserzeichen-ID.
no-such-resource = Die angegebene Ressource { $resource } ist nicht vorhanden.
    .description = Die angegebene Ressource ist nicht vorhanden. Die Fehlermeldung nennt die Ressource, z. B. eine Wasserzeichen-ID.

# NoSuchResource, Variante `unnamed` (HTTP 404).
no-such-resource--unnamed = Die angegebene Ressource ist nicht vorhanden.
    .description = Die angegebene Ressource, z. B. ein Bild, ist nicht vorhanden.

# OperationDenied.NotOpenAppService (HTTP 403).
operation-denied_not-open-app-service = Der Anwendungsdienst ist nicht aktiviert.
    .description = Der Dienst für mehrere Anwendungen ist für Ihr Konto nicht aktiviert.

# Forbidden.OperateApp (HTTP 403).
forbidden_operate-app = Der Benutzer ist nicht berechtigt, Vorgänge an der Anwendung auszuführen.
    .description = Sie sind nicht berechtigt, die Anwendung zu verwalten.

# InvalidFunctions.Malformed (HTTP 400).
invalid-functions_malformed = Der angegebene Parameter Functions hat ein ungültiges Format.
    .description = Der Wert des Parameters Functions ist ungültig.

# InvalidFunctionName.ValueNotSupported (HTTP 400).
# Variablen:
#   $function_name (String) - der Name der nicht unterstützten Funktion.
invalid-function-name_value-not-supported = Der Wert { $function_name } für FunctionName wird nicht unterstützt.
    .description = Die mit FunctionName angegebene Funktion wird nicht unterstützt.

# InvalidArgName.ValueNotSupported (HTTP 400).
# Variablen:
#   $arg_name (String) - der Name des nicht unterstützten Arguments.
invalid-arg-name_value-not-supported = Der Wert { $arg_name } für ArgName wird nicht unterstützt.
    .description = Das mit ArgName angegebene Argument wird nicht unterstützt.

# InvalidArgValue.Malformed (HTTP 400).
invalid-arg-value_malformed = Das angegebene Feld ArgValue hat ein ungültiges Format.
    .description = Der Wert des Felds ArgValue ist ungültig.

# AlreadyExist.AppName (HTTP 409).
already-exist_app-name = Der in AppName angegebene Name ist bereits vergeben.
    .description = Eine Anwendung mit dem in AppName angegebenen Namen ist bereits vorhanden.

# LimitExceeded.AppCount (HTTP 400).
limit-exceeded_app-count = Die Anzahl der Anwendungen hat 10 überschritten.
    .description = Die Anzahl der Anwendungen hat die Obergrenze von 10 erreicht.

# InvalidFileName.Extension (HTTP 400).
invalid-file-name_extension = Die Dateinamenerweiterung im angegebenen Parameter FileName ist ungültig.
    .description = Die Dateinamenerweiterung im Parameter FileName ist ungültig oder wird von { -apsaravideo-vod } nicht unterstützt.

# IllegalCharacters (HTTP 400).
# Variablen:
#   $parameter (String) - der Name des Anfrageparameters, z. B. VideoId.
illegal-characters = Der angegebene Parameter { $parameter } enthält unzulässige Emoticons oder Sonderzeichen.
    .description = Der Wert eines Parameters wie Title, Description oder Tags enthält Emoticons oder Sonderzeichen.

# LengthExceededMax (HTTP 400).
# Variablen:
#   $parameter (String) - der Name des Anfrageparameters, z. B. VideoId.
#   $max_length (Number) - die höchstzulässige Anzahl Byte für den Wert des Parameters.
length-exceeded-max = Die Länge des angegebenen Parameters { $parameter } überschreitet { NUMBER($max_length) } Byte.
    .description = Der Wert eines Parameters wie Title, Description oder Tags ist länger als die zulässige Höchstzahl an Byte. Die Obergrenze der einzelnen Parameter finden Sie in der Beschreibung der Anfrageparameter des jeweiligen Vorgangs.

# TagsExceededMax (HTTP 400).
tags-exceeded-max = Im Parameter Tags wurden mehr als 16 Tags angegeben.
    .description = Für das Video wurden mehr als 16 Tags angegeben. Ein Video kann höchstens 16 Tags haben.

# InvalidTemplateGroupId.NotFound (HTTP 404).
invalid-template-group-id_not-found = Die angegebene TemplateGroupId ist nicht vorhanden.
    .description = Die mit TemplateGroupId angegebene Transcodierungsvorlagengruppe ist nicht vorhanden.

# Forbidden.InitFailed (HTTP 403).
forbidden_init-failed = Die Initialisierung Ihres Kontos ist bei der Aktivierung des Dienstes fehlgeschlagen.
    .description = Ihr Konto konnte bei der Aktivierung des Dienstes nicht initialisiert werden.

# AddVideoFailed (HTTP 503).
add-video-failed = Das Video konnte aufgrund eines unbekannten Fehlers nicht hinzugefügt werden.
    .description = Das Video konnte nicht erstellt werden, weil seine Video-ID nicht generiert werden konnte. Versuchen Sie es später erneut.

# Forbidden.ResourceNotEmpty (HTTP 403).
forbidden_resource-not-empty = Die Anwendung enthält noch Ressourcen und kann nicht gelöscht werden.
    .description = Die Anwendung kann nicht gelöscht werden, weil sie noch Ressourcen enthält. Löschen Sie zuerst die Ressourcen oder verschieben Sie sie in eine andere Anwendung.

# InvalidMultipartUpload.NotFound (HTTP 400).
invalid-multipart-upload_not-found = Der Multipart-Upload ist nicht vorhanden.
    .description = Der Multipart-Upload oder seine Teile sind nicht vorhanden.

# InvalidVideo.NotFound (HTTP 404).
invalid-video_not-found = Das Video ist nicht vorhanden.
    .description = Das angegebene Video ist nicht vorhanden.

# InvalidVideo.NotFound, Variante `not-exist` (HTTP 404).
invalid-video_not-found--not-exist = Das Video ist nicht vorhanden.
    .description = Das angegebene Video ist nicht vorhanden.

# InvalidFile.NotFound (HTTP 400).
invalid-file_not-found = Die Datei ist nicht vorhanden.
    .description = Die Videodatei, z. B. die Mezzanine-Datei, ist nicht vorhanden.

# AccessDenied (HTTP 400).
access-denied = Der Zugriff wurde durch die Autorisierungsrichtlinie verweigert.
    .description = { -apsaravideo-vod } ist nicht berechtigt, auf Ihren eigenen Bucket in { -oss } zuzugreifen. Daher wird der Vorgang verweigert.

# JobIdsExceededMax (HTTP 400).
job-ids-exceeded-max = Die Anzahl der IDs in JobIds überschreitet die Obergrenze.
    .description = Die Anzahl der Job-IDs in JobIds überschreitet die Obergrenze.

# InvalidStream.NotFound (HTTP 404).
invalid-stream_not-found = Der Stream ist nicht vorhanden.
    .description = Der Medienstream ist nicht vorhanden.

# DeleteStreamFailed (HTTP 503).
delete-stream-failed = Der Stream konnte aufgrund eines unbekannten Fehlers nicht gelöscht werden.
    .description = Der Medienstream konnte aufgrund eines unbekannten Fehlers nicht gelöscht werden. Versuchen Sie es später erneut.

# Forbidden.DefaultTemplateGroup (HTTP 403).
forbidden_default-template-group = Die Transcodierungsvorlagengruppe ist die Standardgruppe.
    .description = Die Transcodierungsvorlagengruppe ist die Standard-Transcodierungsvorlagengruppe und kann nicht gelöscht werden.

# VideoIdsExceededMax (HTTP 400).
video-ids-exceeded-max = Die Anzahl der IDs in VideoIds überschreitet die Obergrenze.
    .description = Die Anzahl der Video-IDs in VideoIds überschreitet die Obergrenze.

# DeleteVideoFailed (HTTP 503).
delete-video-failed = Das Video konnte aufgrund eines unbekannten Fehlers nicht gelöscht werden.
    .description = Das Video konnte aufgrund eines unbekannten Fehlers nicht gelöscht werden. Versuchen Sie es später erneut.

# Invalid%s.ValueNotSupported (HTTP 400).
# Variablen:
#   $function_name (String) - der Name der nicht unterstützten Funktion.
invalid-any_value-not-supported = Der Wert [{ $function_name }] für FunctionName wird nicht unterstützt.
    .description = Der Wert des Parameters FunctionName wird nicht unterstützt.

# InvalidBizDate.Malformed (HTTP 400).
invalid-biz-date_malformed = Der angegebene Parameter BizDate hat ein ungültiges Format.
    .description = Der Parameter BizDate hat kein gültiges Format. Geben Sie die Zeit im Format yyyy-MM-ddTHH:mm:ssZ in UTC an.

# InvalidBizDate.BeyondCurrent (HTTP 400).
invalid-biz-date_beyond-current = EndTime liegt nach der aktuellen Zeit.
    .description = Die mit BizDate angegebene Zeit liegt nach der aktuellen Zeit.

# InvalidStartTime.Malformed (HTTP 400).
invalid-start-time_malformed = Der angegebene Parameter StartTime hat ein ungültiges Format.
    .description = Der Parameter StartTime hat kein gültiges Format. Geben Sie die Zeit im Format yyyy-MM-ddTHH:mm:ssZ in UTC an.

# InvalidStartTime.Malformed, Variante `spelled-out` (HTTP 400).
invalid-start-time_malformed--spelled-out = Die angegebene Startzeit hat ein ungültiges Format.
    .description = Die mit StartTime angegebene Startzeit hat kein gültiges Format.

# InvalidEndTime.Malformed (HTTP 400).
invalid-end-time_malformed = Der angegebene Parameter EndTime hat ein ungültiges Format.
    .description = Der Parameter EndTime hat kein gültiges Format. Geben Sie die Zeit im Format yyyy-MM-ddTHH:mm:ssZ in UTC an.

# InvalidEndTime.Malformed, Variante `spelled-out` (HTTP 400).
invalid-end-time_malformed--spelled-out = Die angegebene Endzeit hat ein ungültiges Format.
    .description = Die mit EndTime angegebene Endzeit hat kein gültiges Format.

# InvalidEndTime.BeyondCurrent (HTTP 400).
invalid-end-time_beyond-current = EndTime liegt nach der aktuellen Zeit.
    .description = Die mit EndTime angegebene Zeit liegt nach der aktuellen Zeit.

# InvalidEndTime.Mismatch (HTTP 400).
invalid-end-time_mismatch = StartTime und EndTime passen nicht zusammen.
    .description = Der mit StartTime und EndTime angegebene Zeitraum ist ungültig.

# InvalidEndTime.Mismatch, Variante `does-not-math` (HTTP 400).
invalid-end-time_mismatch--does-not-math = Der angegebene Parameter EndTime passt nicht zum angegebenen Parameter StartTime.
    .description = Die mit EndTime angegebene Zeit liegt vor der mit StartTime angegebenen Zeit.

# InvalidEndTime.Mismatch, Variante `spelled-out` (HTTP 400).
invalid-end-time_mismatch--spelled-out = Die angegebene Endzeit passt nicht zur angegebenen Startzeit.
    .description = Die mit EndTime angegebene Zeit liegt vor der mit StartTime angegebenen Zeit.

# Throttling (HTTP 503).
throttling = Die Anfrage wurde aufgrund der Anfragedrosselung abgelehnt.
    .description = Die Anfrage wurde wegen Drosselung abgelehnt. Versuchen Sie es später erneut.

# InvalidParameterAliUid (HTTP 400).
invalid-parameter-ali-uid = Der Parameter AliUid ist ungültig.
    .description = Der Wert des Parameters AliUid ist ungültig.

# InvalidParameterStartTime (HTTP 400).
invalid-parameter-start-time = Der Parameter StartTime ist ungültig.
    .description = Der Wert des Parameters StartTime ist ungültig.

# InvalidParameterEndTime (HTTP 400).
invalid-parameter-end-time = Der Parameter EndTime ist ungültig.
    .description = Der Wert des Parameters EndTime ist ungültig.

# InvalidTimeRange (HTTP 400).
invalid-time-range = Der Zeitraum zwischen StartTime und EndTime muss kürzer als ein Monat sein.
    .description = Der mit StartTime und EndTime angegebene Zeitraum ist länger als 31 Tage.

# InvalidParameterRegion (HTTP 400).
invalid-parameter-region = Der Parameter Region ist ungültig.
    .description = Der Wert des Parameters Region ist ungültig.

# InvalidStartTime.ValueNotSupported (HTTP 400).
invalid-start-time_value-not-supported = Der angegebene Wert des Parameters StartTime wird nicht unterstützt.
    .description = Der mit StartTime und EndTime angegebene Zeitraum ist länger als 90 Tage.

# InvalidStartTime.ValueNotSupported, Variante `end-time-mismatch` (HTTP 400).
invalid-start-time_value-not-supported--end-time-mismatch = Die angegebene Endzeit passt nicht zur angegebenen Startzeit.
    .description = Der mit StartTime und EndTime angegebene Zeitraum ist länger als 90 Tage. Die mit diesem Code gesendete Fehlermeldung ist irreführend.

# DeleteFunctionFailed (HTTP 400).
delete-function-failed = Die Funktionen konnten nicht im Batch gelöscht werden.
    .description = Das Löschen mehrerer Domainnamenkonfigurationen im Batch ist fehlgeschlagen.

# InvalidDomain.Offline (HTTP 404).
invalid-domain_offline = Der angegebene Domainname ist offline.
    .description = Der Domainname wurde deaktiviert.

# InvalidDomain.Configure_failed (HTTP 500).
invalid-domain_configure-failed = Der angegebene Domainname konnte nicht konfiguriert werden.
    .description = Der Domainname konnte nicht konfiguriert werden. Daher können Vorgänge wie Aktualisierung und Vorabruf für ihn nicht ausgeführt werden.

# InvalidParameterProduct (HTTP 400).
invalid-parameter-product = Der Parameter Product ist ungültig.
    .description = Der Wert des Parameters Product ist ungültig.

# InvalidParameterArea (HTTP 400).
invalid-parameter-area = Der Parameter Area ist ungültig.
    .description = Der Wert des Parameters Area ist ungültig.

# InvalidParameterField (HTTP 400).
invalid-parameter-field = Der Parameter Field ist ungültig.
    .description = Der Wert des Parameters Field ist ungültig.

# InvalidParameterInterval (HTTP 400).
invalid-parameter-interval = Der Parameter Interval ist ungültig.
    .description = Der Wert des Parameters Interval ist ungültig.

# InvalidTaskId.Malformed (HTTP 400).
invalid-task-id_malformed = Der angegebene Parameter TaskId hat ein ungültiges Format.
    .description = Der Parameter TaskId hat kein gültiges Format.

# InvalidPageNumber.ValueNotSupported (HTTP 400).
invalid-page-number_value-not-supported = Der angegebene Wert des Parameters PageNumber wird nicht unterstützt.
    .description = Der Wert des Parameters PageNumber wird nicht unterstützt.

# InvalidPageSize.ValueNotSupported (HTTP 400).
invalid-page-size_value-not-supported = Der angegebene Wert des Parameters PageSize wird nicht unterstützt.
    .description = Der Wert des Parameters PageSize wird nicht unterstützt.

# InvalidDomainStatus.ValueNotSupported (HTTP 400).
invalid-domain-status_value-not-supported = Der angegebene Wert des Parameters DomainStatus wird nicht unterstützt.
    .description = Der Wert des Parameters DomainStatus wird nicht unterstützt.

# InvalidDomainSearchType.ValueNotSupported (HTTP 400).
invalid-domain-search-type_value-not-supported = Der angegebene Wert des Parameters DomainSearchType wird nicht unterstützt.
    .description = Der Wert des Parameters DomainSearchType wird nicht unterstützt.

# ExceededMax (HTTP 400).
exceeded-max = Der Eingabeparameter MediaIds überschreitet die Obergrenze.
    .description = Die Anzahl der IDs von Hilfsmedienassets in MediaIds überschreitet die Obergrenze von 20.

# Forbidden.IllegalStatus (HTTP 400).
forbidden_illegal-status = Der Status des Videos ist ungültig.
    .description = Der aktuelle Status des Videos lässt den Vorgang nicht zu. Welche Status zulässig sind, hängt vom Vorgang ab: Beispielsweise können nur Videos mit dem Status UploadSucc, Normal oder Checking transcodiert werden.

# Forbidden.IllegalStatus, Variante `current-status` (HTTP 400).
# Variablen:
#   $status (String) - der aktuelle Status des Videos, z. B. Blocked.
forbidden_illegal-status--current-status = Der Status des Videos ist ungültig. Aktueller Status: { $status }.
    .description = Das Video kann in seinem aktuellen Status nicht wiedergegeben werden. Nur Videos mit dem Status Normal können wiedergegeben werden.

# InvalidVideo.NoneStream (HTTP 404).
invalid-video_none-stream = Das Video hat keinen abspielbaren Stream für den Anfrageparameter 'Formats: mp4, Definition: LD, StreamType: video'.
    .description = Kein transcodierter Medienstream des Videos entspricht den Filterkriterien der Anfrage, z. B. Format und Auflösung. Prüfen Sie, ob die Transcodierungskonfiguration den Filterkriterien entspricht.

# Forbidden.AliyunVoDEncryption (HTTP 403).
forbidden_aliyun-vo-d-encryption = Derzeit ist nur ein mit AliyunVoDEncryption verschlüsselter Stream vorhanden. Verwenden Sie für die Wiedergabe { -apsaravideo-player } oder setzen Sie ResultType auf Multiple.
    .description = Das Video hat nur Medienstreams, die mit der proprietären Verschlüsselung von { -alibaba-cloud } verschlüsselt sind. Geben Sie sie mit { -apsaravideo-player } wieder oder setzen Sie ResultType auf Multiple.

# LimitExceeded.MediaIds (HTTP 400).
limit-exceeded_media-ids = Der Eingabeparameter MediaIds überschreitet die Obergrenze.
    .description = Die Anzahl der Medienasset-IDs in MediaIds überschreitet die Obergrenze von 20.

# VideoListExceededMax (HTTP 400).
video-list-exceeded-max = Die Videoliste überschreitet die Obergrenze.
    .description = Die Gesamtzahl der seitenweise abzurufenden Ergebnisse überschreitet die Obergrenze.

# SecurityIp.NotFound (HTTP 404).
security-ip_not-found = Die Sicherheits-IP-Adresse für die Prüfung ist nicht vorhanden.
    .description = In der Sicherheitsgruppe für die Prüfung wurden keine IP-Adressen gefunden.

# ListSecurityIpFailed (HTTP 500).
list-security-ip-failed = Die Sicherheits-IP-Adressen für die Prüfung konnten aufgrund eines unbekannten Fehlers nicht aufgelistet werden.
    .description = Die IP-Adressen in der Sicherheitsgruppe für die Prüfung konnten aufgrund eines unbekannten Fehlers nicht abgefragt werden. Versuchen Sie es später erneut.

# IpsIsEmpty (HTTP 400).
ips-is-empty = Der angegebene Parameter Ips darf nicht leer sein.
    .description = Der Parameter Ips ist nicht angegeben oder leer.

# IpsIsEmpty, Variante `curly-quotes` (HTTP 400).
ips-is-empty--curly-quotes = Der angegebene Parameter Ips darf nicht leer sein.
    .description = Der Parameter Ips ist nicht angegeben oder leer.

# IpsExceededMax (HTTP 403).
ips-exceeded-max = Die Anzahl der in Ips angegebenen IP-Adressen überschreitet 100.
    .description = Die Anzahl der IP-Adressen überschreitet die Obergrenze. Eine Sicherheitsgruppe für die Prüfung kann höchstens 100 IP-Adressen enthalten.

# SecurityIpGroupExceededMax (HTTP 403).
security-ip-group-exceeded-max = Die Anzahl der Sicherheitsgruppen für die Prüfung überschreitet 10.
    .description = Die Anzahl der Sicherheitsgruppen für die Prüfung überschreitet die Obergrenze von 10.

# Forbidden.OperateAppResource (HTTP 403).
forbidden_operate-app-resource = Die Anwendungsberechtigung reicht nicht aus, um Vorgänge an der angegebenen Ressource auszuführen.
    .description = Sie sind nicht berechtigt, Ressourcen in der Zielanwendung zu verwalten.

# QuotaExceeded.Refresh (HTTP 400).
quota-exceeded_refresh = Sie haben das festgelegte Kontingent für Aktualisierungen überschritten.
    .description = Das tägliche Kontingent für das Aktualisieren oder Vorabrufen von Inhalten ist erreicht.

# PreloadQueueFull (HTTP 403).
preload-queue-full = Die Vorabrufwarteschlange ist voll. Versuchen Sie es später erneut.
    .description = Die Vorabrufwarteschlange ist voll, weil die Anzahl der URLs, die für den Domainnamen vorab abgerufen werden, die Obergrenze erreicht hat. Versuchen Sie es später erneut.

# InvalidObjectPath.Malformed (HTTP 400).
invalid-object-path_malformed = Der angegebene Wert des Parameters ObjectPath hat ein ungültiges Format.
    .description = Der Parameter ObjectPath hat kein gültiges Format.

# InvalidExtensiveDomain.ValueNotSupported (HTTP 400).
invalid-extensive-domain_value-not-supported = Wildcard-Domainnamen werden nicht unterstützt.
    .description = Der Domainname ist ein Wildcard-Domainname, den dieser Vorgang nicht unterstützt.

# InvalidObjectPath.Size.Malformed (HTTP 400).
invalid-object-path_size_malformed = ObjectPath enthält mehr als 1.000 Einträge.
    .description = ObjectPath enthält mehr als 1.000 URLs. Sie können höchstens 1.000 URLs auf einmal vorab abrufen.

# InvalidVideo.Damaged (HTTP 400).
invalid-video_damaged = Das Video ist beschädigt.
    .description = Das Video wurde nicht korrekt erstellt oder ist beschädigt.

# InvalidObjectType.ValueNotSupported (HTTP 400).
invalid-object-type_value-not-supported = Der angegebene Wert von <ObjectType> wird nicht unterstützt.
    .description = Der Wert des Parameters ObjectType wird nicht unterstützt.

# QuotaPerMinuteExceeded.Refresh (HTTP 400).
quota-per-minute-exceeded_refresh = Sie haben das festgelegte Kontingent für Aktualisierungen pro Minute überschritten.
    .description = Die Anzahl der Aktualisierungsanfragen hat die Obergrenze pro Minute erreicht. Versuchen Sie es später erneut.

# SortByExceededMax (HTTP 400).
sort-by-exceeded-max = Beim Durchlaufen aller Daten unterstützt der Parameter SortBy nur ein Sortierfeld.
    .description = SortBy gibt mehr als ein Sortierfeld an. Wenn Sie alle Daten durchlaufen, können Sie nur nach einem Feld sortieren.

# ErrorMatchSyntax (HTTP 400).
# Variablen:
#   $field (String) - das fehlerhafte Feld des Match-Ausdrucks.
error-match-syntax = Die Syntax des Parameters Match.{ $field } ist fehlerhaft. Überprüfen Sie den Parameter.
    .description = Die Syntax des Parameters Match ist ungültig. Überprüfen Sie die Syntax und versuchen Sie es erneut.

# InvalidScrollToken.Expired (HTTP 400).
invalid-scroll-token_expired = Das ScrollToken ist abgelaufen. Aktualisieren Sie es.
    .description = Der Wert des Parameters ScrollToken ist abgelaufen. Fragen Sie die Daten ab Seite 1 erneut ab.

# InvalidSSLProtocol.ValueNotSupported (HTTP 400).
invalid-ssl-protocol_value-not-supported = Der angegebene Wert des Parameters Enable wird nicht unterstützt.
    .description = Der Wert des Parameters SSLProtocol wird nicht unterstützt.

# SSLPub.MissingParameter (HTTP 400).
ssl-pub_missing-parameter = Der für die Verarbeitung der Anfrage erforderliche Eingabeparameter SSLPub wurde nicht angegeben.
    .description = Der Parameter SSLPub, der den Inhalt des Zertifikats enthält, ist nicht angegeben.

# SSLPri.MissingParameter (HTTP 400).
ssl-pri_missing-parameter = Der für die Verarbeitung der Anfrage erforderliche Eingabeparameter SSLPri wurde nicht angegeben.
    .description = Der Parameter SSLPri, der den privaten Schlüssel enthält, ist nicht angegeben.

# InvalidCertificate (HTTP 400).
invalid-certificate = Das angegebene Zertifikat hat ein ungültiges Format.
    .description = Der Inhalt des Zertifikats ist ungültig.

# InvalidSSLPri (HTTP 400).
invalid-ssl-pri = Der angegebene Parameter SSLPri hat ein ungültiges Format.
    .description = Der private Schlüssel ist ungültig.

# Certificate.MissMatch (HTTP 400).
certificate_miss-match = Der private Schlüssel in SSLPri stimmt nicht mit dem angegebenen Zertifikat überein.
    .description = Der private Schlüssel stimmt nicht mit dem Zertifikat überein.

# InvalidCertificate.TooLong (HTTP 400).
invalid-certificate_too-long = Das angegebene Zertifikat überschreitet die maximale Länge.
    .description = Der Inhalt des Zertifikats überschreitet die zulässige Länge.

# InvalidCertName.TooLong (HTTP 400).
invalid-cert-name_too-long = Der angegebene Zertifikatsname überschreitet die maximale Länge von 128 Zeichen.
    .description = Der Zertifikatsname ist länger als 128 Zeichen.

# SetDomainSSLPub.ParameterError (HTTP 400).
set-domain-ssl-pub_parameter-error = Die Parameter sind fehlerhaft.
    .description = Mindestens ein Parameter für die Konfiguration des Zertifikats ist ungültig.

# Certificate.StatusError (HTTP 400).
certificate_status-error = Das Zertifikat ist nicht vorhanden oder sein Status ist fehlerhaft.
    .description = Das Zertifikat ist nicht vorhanden oder sein Status ist ungültig.

# Certificate.StatusError, Variante `status-only` (HTTP 400).
certificate_status-error--status-only = Der Status des Zertifikats ist fehlerhaft.
    .description = Der Status des Zertifikats ist ungültig.

# DeleteFailed (HTTP 400).
delete-failed = Das Löschen des Zertifikats ist fehlgeschlagen.
    .description = Das Zertifikat konnte nicht gelöscht werden.

# Certificate.NotFind (HTTP 400).
certificate_not-find = Die Zertifikatsinformationen wurden nicht gefunden.
    .description = Das Zertifikat wurde nicht gefunden.

# Certificate.Duplicated (HTTP 400).
certificate_duplicated = Der Zertifikatsname wird bereits verwendet.
    .description = Ein Zertifikat mit demselben Namen ist bereits vorhanden.

# Certificate.FormatError (HTTP 400).
certificate_format-error = Das Format des Zertifikats ist fehlerhaft.
    .description = Das Zertifikat hat kein gültiges Format.

# Certificate.KeyNull (HTTP 400).
certificate_key-null = Der Parameter SSLPri darf nicht leer sein.
    .description = Der private Schlüssel ist nicht angegeben.

# SSLPri.Malformed (HTTP 400).
ssl-pri_malformed = Das Format des Parameters SSLPri ist fehlerhaft.
    .description = Der private Schlüssel hat kein gültiges Format.

# Certificate.NotPermittedOff (HTTP 400).
certificate_not-permitted-off = Das Deaktivieren des Zertifikats würde das Scheduling des Domainnamens ändern. Wenden Sie sich an den Kundenservice.
    .description = Das Deaktivieren des Zertifikats würde sich auf das Scheduling des Domainnamens auswirken und ist daher nicht zulässig. Wenden Sie sich an den technischen Support von { -alibaba-cloud }.

# Certificate.SettedNotEffect (HTTP 400).
certificate_setted-not-effect = Das Zertifikat wurde erfolgreich konfiguriert, ist aber zum Schutz Ihres aktuellen Dienstes noch nicht wirksam. Wenden Sie sich an den Kundenservice.
    .description = Das Zertifikat ist konfiguriert, ist aber zum Schutz Ihres aktuellen Dienstes noch nicht wirksam. Wenden Sie sich an den technischen Support von { -alibaba-cloud }, damit es wirksam wird.

# InvalidSource.Content.Malformed (HTTP 400).
invalid-source_content_malformed = Die angegebene Ursprungsadresse hat ein ungültiges Format.
    .description = Die Ursprungsadresse ist ungültig.

# InvalidSource.Type.Malformed (HTTP 400).
invalid-source_type_malformed = Der angegebene Typ des Ursprungsservers hat ein ungültiges Format.
    .description = Der Typ des Ursprungsservers ist ungültig.

# InvalidTypeContent.Mismatch (HTTP 400).
invalid-type-content_mismatch = Der angegebene Typ des Ursprungsservers stimmt nicht mit der angegebenen Ursprungsadresse überein.
    .description = Die Ursprungsadresse stimmt nicht mit dem Typ des Ursprungsservers überein.

# InvalidSource.Priority.Malformed (HTTP 400).
invalid-source_priority_malformed = Die angegebene Priorität des Ursprungsservers hat ein ungültiges Format.
    .description = Die Priorität des Ursprungsservers ist ungültig.

# InvalidParameter.UploadURLs (HTTP 400).
invalid-parameter_upload-urls = Der angegebene Parameter UploadURLs ist ungültig.
    .description = Der Wert des Parameters UploadURLs ist ungültig.
