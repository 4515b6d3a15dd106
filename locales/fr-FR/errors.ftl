### Codes d'erreur de l'API ApsaraVideo VOD, en français (France), traduits depuis en-US.
###
### Chaque message est le message d'erreur renvoyé par l'API, traduit ; son attribut `.description` indique,
### dans les termes de ce catalogue, ce qui s'est produit et ce qu'il faut faire. L'identifiant d'un message
### est la chaîne du code en kebab-case, avec `_` là où le code contient un point
### (`OperationDenied.Suspended` devient `operation-denied_suspended`) ; une variante, c'est-à-dire un second
### message que certaines opérations renvoient pour le même code, ajoute `--` et son nom.

# MissingParameter (HTTP 400).
# Variables :
#   $parameter (String) - nom du paramètre de la requête, par exemple VideoId.
missing-parameter = Le paramètre d'entrée { $parameter }, obligatoire pour traiter cette requête, n'est pas fourni.
    .description = Ce message d'erreur est renvoyé lorsqu'un paramètre obligatoire n'est pas défini.

# MissingParameter, variante `domain-name-empty` (HTTP 400).
missing-parameter--domain-name-empty = La valeur du paramètre DomainName ne peut pas être vide.
    .description = Le paramètre DomainName n'est pas spécifié ou est vide.

# MissingParameter, variante `config-id-empty` (HTTP 400).
missing-parameter--config-id-empty = La valeur du paramètre ConfigId ne peut pas être vide.
    .description = Le paramètre ConfigId n'est pas spécifié ou est vide.

# MissingParameter, variante `time-range-half` (HTTP 400).
missing-parameter--time-range-half = StartTime et EndTime ne peuvent pas être spécifiés l'un sans l'autre.
    .description = Un seul des paramètres StartTime et EndTime est spécifié. Spécifiez les deux paramètres ou aucun des deux.

# InvalidParameter (HTTP 400).
# Variables :
#   $parameter (String) - nom du paramètre de la requête, par exemple VideoId.
invalid-parameter = Le paramètre { $parameter } spécifié n'est pas valide.
    .description = Ce message d'erreur est renvoyé lorsque le paramètre spécifié n'est pas valide.

# InvalidParameter, variante `live-region` (HTTP 400).
invalid-parameter--live-region = Les paramètres de région de diffusion en direct ajoutés contiennent des erreurs.
    .description = Les informations de région { -apsaravideo-live } spécifiées pour le nom de domaine ne sont pas valides.

# InvalidParameter, variante `media-type` (HTTP 400).
invalid-parameter--media-type = Le paramètre MediaType spécifié n'est pas valide.
    .description = La valeur du paramètre MediaType n'est pas valide.

# InvalidParameter, variante `unspecified` (HTTP 400).
invalid-parameter--unspecified = Paramètre non valide.
    .description = Un ou plusieurs paramètres ne sont pas valides.

# OperationDenied (HTTP 403).
operation-denied = Le service { -vod } n'est pas encore activé pour votre compte.
    .description = Ce message d'erreur est renvoyé lorsque { -apsaravideo-vod } n'est pas activé pour votre compte.

# OperationDenied, variante `vod-suspended` (HTTP 403).
operation-denied--vod-suspended = Votre service { -vod } est suspendu.
    .description = { -apsaravideo-vod } est suspendu pour votre compte { -alibaba-cloud }.

# OperationDenied, variante `cdn-not-open` (HTTP 403).
operation-denied--cdn-not-open = Le service CDN n'est pas encore activé pour votre compte.
    .description = { -alibaba-cloud-cdn } n'est pas activé pour votre compte { -alibaba-cloud }.

# OperationDenied, variante `cdn-suspended` (HTTP 403).
operation-denied--cdn-suspended = Votre service CDN est suspendu.
    .description = { -alibaba-cloud-cdn } est suspendu pour votre compte { -alibaba-cloud }. Si le compte présente des retards de paiement, approvisionnez-le.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = Votre service { -vod } est suspendu.
    .description = Ce message d'erreur est renvoyé lorsque votre compte { -alibaba-cloud } présente des retards de paiement. Approvisionnez votre compte.

# Forbidden (HTTP 403).
forbidden = L'utilisateur n'est pas autorisé à effectuer des opérations sur la ressource spécifiée.
    .description = Ce message d'erreur est renvoyé lorsque vous n'êtes pas autorisé à effectuer l'opération. Dans la plupart des cas, cette erreur se produit parce que les autorisations nécessaires n'ont pas été accordées à votre compte. Pour plus d'informations, consultez [Présentation](/intl.en-US/Developer Guide/Access authorization/Overview.md).

# InternalError (HTTP 500).
internal-error = Le traitement de la requête a échoué en raison d'une erreur inconnue.
    .description = Ce message d'erreur est renvoyé lorsqu'une erreur inconnue se produit côté serveur. Réessayez plus tard ou contactez le service client.

# ServiceUnAvailable (HTTP 503).
service-un-available = La requête a échoué en raison d'une défaillance temporaire du serveur.
    .description = Ce message d'erreur est renvoyé lorsque le service n'est pas disponible.

# LevelExceededMax (HTTP 400).
level-exceeded-max = Le nombre de niveaux de catégories dépasse la limite maximale.
    .description = Le nombre de niveaux de catégories a atteint la limite.

# SubTotalExceededMax (HTTP 400).
sub-total-exceeded-max = Le nombre total de sous-catégories dépasse la limite maximale.
    .description = Le nombre de sous-catégories de la catégorie a atteint la limite.

# InvalidCateId.NotFound (HTTP 404).
invalid-cate-id_not-found = Le CateId spécifié n'existe pas.
    .description = La catégorie ou la catégorie parente spécifiée n'existe pas.

# InvalidStorage.NotFound (HTTP 404).
invalid-storage_not-found = Les informations de stockage n'existent pas.
    .description = { -apsaravideo-vod } n'a attribué aucun emplacement de stockage à votre compte.

# InvalidStorage.NotFound, variante `storage-location` (HTTP 404).
invalid-storage_not-found--storage-location = L'emplacement de stockage spécifié dans StorageLocation n'existe pas.
    .description = L'emplacement de stockage spécifié n'existe pas. Vérifiez les emplacements de stockage de votre compte dans la console { -apsaravideo-vod }.

# InvalidStorage.NotFound, variante `cannot-find` (HTTP 404).
invalid-storage_not-found--cannot-find = Stockage introuvable.
    .description = L'emplacement de stockage n'existe pas.

# InvalidTranscodeTemplateGroup.NotFound (HTTP 404).
invalid-transcode-template-group_not-found = Le groupe de modèles de transcodage n'existe pas.
    .description = Le groupe de modèles de transcodage spécifié n'existe pas.

# InvalidTranscodeTemplateGroup.NotFound, variante `template` (HTTP 404).
invalid-transcode-template-group_not-found--template = Le modèle de transcodage n'existe pas.
    .description = Le groupe de modèles de transcodage spécifié, ou l'un de ses modèles de transcodage, n'existe pas.

# Forbidden.LockedTemplateGroup (HTTP 403).
forbidden_locked-template-group = Le groupe de modèles de transcodage est verrouillé.
    .description = Le groupe de modèles de transcodage est verrouillé et ne peut pas être géré. Pour le gérer, contactez le support technique d'{ -alibaba-cloud }.

# Forbidden.SpecialTemplateGroup (HTTP 403).
forbidden_special-template-group = Le groupe de modèles de transcodage est réservé à un usage particulier.
    .description = Le groupe de modèles de transcodage est réservé à un usage particulier, comme le groupe de modèles « Pas de transcodage » ou « Stockage uniquement ». Il n'est pas possible d'y ajouter des modèles de transcodage.

# TrasncodeTemplateGroupExceededMax (HTTP 400).
trasncode-template-group-exceeded-max = Le nombre de groupes de modèles de transcodage dépasse la limite maximale.
    .description = Le nombre de groupes de modèles de transcodage a atteint la limite de 20.

# TranscodeTemplateExceededMax (HTTP 400).
transcode-template-exceeded-max = Le nombre de modèles de transcodage dépasse la limite maximale.
    .description = Le nombre de modèles de transcodage du groupe de modèles de transcodage dépasse la limite. Un groupe de modèles de transcodage peut contenir au maximum 20 modèles de transcodage.

# WatermarkExceededMax (HTTP 400).
watermark-exceeded-max = Le nombre de filigranes dépasse la limite maximale.
    .description = Trop de filigranes sont associés à un modèle de transcodage du groupe de modèles de transcodage. Un modèle de transcodage peut être associé à 4 filigranes au maximum.

# InvalidDomainName.Malformed (HTTP 400).
invalid-domain-name_malformed = Le format du paramètre DomainName spécifié n'est pas valide.
    .description = La valeur du paramètre DomainName n'est pas valide.

# InvalidDomainName.Malformed, variante `specific-value` (HTTP 400).
invalid-domain-name_malformed--specific-value = Le format de la valeur spécifiée pour le paramètre DomainName n'est pas valide.
    .description = La valeur du paramètre DomainName n'est pas valide ou n'est pas prise en charge.

# InvalidCdnType.Malformed (HTTP 400).
invalid-cdn-type_malformed = Le format du paramètre CdnType spécifié n'est pas valide.
    .description = La valeur du paramètre CdnType n'est pas valide.

# InvalidSourceType.Malformed (HTTP 400).
invalid-source-type_malformed = Le format du paramètre SourceType spécifié n'est pas valide.
    .description = La valeur du paramètre SourceType n'est pas valide.

# InvalidSources.Malformed (HTTP 400).
invalid-sources_malformed = Le format du paramètre Sources spécifié n'est pas valide.
    .description = La valeur du paramètre Sources n'est pas valide. Une adresse d'origine ne correspond pas au type de son serveur d'origine.

# InvalidScope.Malformed (HTTP 400).
invalid-scope_malformed = Le format du paramètre Scope spécifié n'est pas valide.
    .description = La valeur du paramètre Scope n'est pas valide.

# InvaildParameter (HTTP 400).
invaild-parameter = Le format du certificat fourni n'est pas valide.
    .description = Le certificat pour l'accélération HTTPS n'est pas valide. La longueur cumulée du certificat et de la clé privée dépasse peut-être la limite.

# InvaildParameter, variante `domain-name` (HTTP 400).
invaild-parameter--domain-name = Le format de la valeur spécifiée pour le paramètre DomainName n'est pas valide.
    .description = La valeur du paramètre DomainName n'est pas valide.

# BusinessExist (HTTP 400).
business-exist = L'opération est déjà en cours. Ne soumettez pas la requête à nouveau.
    .description = Le nom de domaine est déjà en cours d'ajout. Ne soumettez pas la requête à nouveau.

# DomainAlreadyExist (HTTP 400).
domain-already-exist = Ce nom de domaine existe déjà.
    .description = Le nom de domaine a déjà été ajouté.

# DomainOverLimit (HTTP 403).
domain-over-limit = Le nombre de noms de domaine dépasse la limite.
    .description = Le nombre de noms de domaine a atteint la limite.

# DomainNotRegistration (HTTP 404).
domain-not-registration = Le nom de domaine ne dispose d'aucun enregistrement ICP.
    .description = Le nom de domaine ne dispose pas d'un enregistrement ICP.

# IllegalOperation (HTTP 403).
illegal-operation = Les opérations sur un nom de domaine non valide ne sont pas autorisées.
    .description = L'opération n'est pas autorisée sur ce nom de domaine, car celui-ci n'est pas valide ou vous n'êtes pas autorisé à effectuer l'opération.

# IllegalOperation, variante `illegal-domain` (HTTP 403).
illegal-operation--illegal-domain = Nom de domaine non valide : l'opération n'est pas autorisée.
    .description = Le nom de domaine n'est pas valide, l'opération n'est donc pas autorisée.

# ServiceBusy (HTTP 403).
service-busy = Le nom de domaine spécifié est en cours de configuration. Réessayez plus tard.
    .description = Le nom de domaine est en cours de configuration. Attendez la fin de sa configuration, puis réessayez.

# ServiceBusy, variante `retry-again` (HTTP 403).
service-busy--retry-again = Le nom de domaine spécifié est en cours de configuration. Réessayez plus tard.
    .description = Le nom de domaine est en cours de configuration. Attendez la fin de sa configuration, puis réessayez.

# InvalidDomain.NotFound (HTTP 404).
invalid-domain_not-found = Le nom de domaine fourni n'appartient pas à votre compte.
    .description = Le nom de domaine spécifié n'existe pas ou n'appartient pas à votre compte.

# InnerAddDomainDenied (HTTP 400).
inner-add-domain-denied = Votre compte n'est lié à aucun ID Aone et ne peut donc pas ajouter de noms de domaine.
    .description = Votre compte est un compte interne qui n'est lié à aucun ID Aone ; il ne peut donc pas ajouter de noms de domaine.

# ExtensiveAndAllBothExist (HTTP 400).
extensive-and-all-both-exist = Un nom de domaine générique et un nom de domaine commençant par 'all.' ne peuvent pas exister simultanément.
    .description = Un nom de domaine générique et un nom de domaine qui commence par 'all.' ne peuvent pas coexister.

# CdnTypeNotSupportExtensiveDomain (HTTP 400).
cdn-type-not-support-extensive-domain = Les noms de domaine génériques ne sont pas pris en charge pour ce type de CDN.
    .description = Les noms de domaine génériques ne sont pas pris en charge pour le type d'activité spécifié par CdnType.

# ExtensiveAndSpecificDomainConflict (HTTP 400).
extensive-and-specific-domain-conflict = Un nom de domaine générique et le nom de domaine exact correspondant s'excluent mutuellement.
    .description = Le nom de domaine générique est en conflit avec un nom de domaine exact de même niveau. Un nom de domaine générique et les noms de domaine exacts auxquels il correspond ne peuvent pas être ajoutés tous les deux.

# InvalidRegion.Malformed (HTTP 400).
invalid-region_malformed = Le format du paramètre Region spécifié n'est pas valide.
    .description = La valeur du paramètre Region n'est pas valide.

# InvalidResourceGroupId.Malformed (HTTP 400).
invalid-resource-group-id_malformed = Le format du paramètre ResourceGroupId spécifié n'est pas valide.
    .description = La valeur du paramètre ResourceGroupId n'est pas valide.

# EntityNotExists.ResourceGroup (HTTP 400).
entity-not-exists_resource-group = Le groupe de ressources n'existe pas.
    .description = Le groupe de ressources spécifié n'existe pas.

# InvalidStatus.ResourceGroup (HTTP 400).
invalid-status_resource-group = Cette opération n'est pas autorisée en raison de l'état actuel du groupe de ressources.
    .description = L'état actuel du groupe de ressources ne permet pas cette opération.

# InvalidPriorities.Malformed (HTTP 400).
invalid-priorities_malformed = Le nombre de priorités ne correspond pas au nombre de serveurs d'origine.
    .description = Le nombre de priorités ne correspond pas au nombre de serveurs d'origine. Spécifiez une priorité pour chaque serveur d'origine.

# NotInternationRealIdentity (HTTP 400).
not-internation-real-identity = Vous devez effectuer la vérification d'identité par nom réel pour utiliser des ressources en Chine continentale.
    .description = Votre compte n'a pas effectué la vérification d'identité par nom réel requise pour utiliser des ressources en Chine continentale.

# NoSuchResource (HTTP 404).
# Variables :
#   $resource (String) - ressource introuvable, par exemple un ID de filigrane.
no-such-resource = La ressource { $resource } spécifiée n'existe pas.
    .description = La ressource spécifiée n'existe pas. Le message d'erreur indique la ressource, par exemple un ID de filigrane.

# NoSuchResource, variante `unnamed` (HTTP 404).
no-such-resource--unnamed = La ressource spécifiée n'existe pas.
    .description = La ressource spécifiée, par exemple une image, n'existe pas.

# OperationDenied.NotOpenAppService (HTTP 403).
operation-denied_not-open-app-service = Le service d'applications n'est pas activé.
    .description = Le service multi-application n'est pas activé pour votre compte.

# Forbidden.OperateApp (HTTP 403).
forbidden_operate-app = L'utilisateur n'est pas autorisé à effectuer des opérations sur l'application.
    .description = Vous n'êtes pas autorisé à gérer l'application.

# InvalidFunctions.Malformed (HTTP 400).
invalid-functions_malformed = Le format du paramètre Functions spécifié n'est pas valide.
    .description = La valeur du paramètre Functions n'est pas valide.

# InvalidFunctionName.ValueNotSupported (HTTP 400).
# Variables :
#   $function_name (String) - nom de la fonction non prise en charge.
invalid-function-name_value-not-supported = La valeur { $function_name } de FunctionName n'est pas prise en charge.
    .description = La fonctionnalité spécifiée par FunctionName n'est pas prise en charge.

# InvalidArgName.ValueNotSupported (HTTP 400).
# Variables :
#   $arg_name (String) - nom de l'argument non pris en charge.
invalid-arg-name_value-not-supported = La valeur { $arg_name } d'ArgName n'est pas prise en charge.
    .description = L'argument spécifié par ArgName n'est pas pris en charge.

# InvalidArgValue.Malformed (HTTP 400).
invalid-arg-value_malformed = Le format du champ ArgValue spécifié n'est pas valide.
    .description = La valeur du champ ArgValue n'est pas valide.

# AlreadyExist.AppName (HTTP 409).
already-exist_app-name = Le nom spécifié dans AppName est déjà utilisé.
    .description = Une application portant le nom spécifié par AppName existe déjà.

# LimitExceeded.AppCount (HTTP 400).
limit-exceeded_app-count = Le nombre d'applications a dépassé 10.
    .description = Le nombre d'applications a atteint la limite de 10.

# InvalidFileName.Extension (HTTP 400).
invalid-file-name_extension = L'extension du nom de fichier spécifié dans FileName n'est pas valide.
    .description = L'extension de nom de fichier du paramètre FileName n'est pas valide ou n'est pas prise en charge par { -apsaravideo-vod }.

# IllegalCharacters (HTTP 400).
# Variables :
#   $parameter (String) - nom du paramètre de la requête, par exemple VideoId.
illegal-characters = Le paramètre { $parameter } spécifié contient des émoticônes ou des caractères spéciaux non autorisés.
    .description = La valeur d'un paramètre, tel que Title, Description ou Tags, contient des émoticônes ou des caractères spéciaux.

# LengthExceededMax (HTTP 400).
# Variables :
#   $parameter (String) - nom du paramètre de la requête, par exemple VideoId.
#   $max_length (Number) - nombre maximal d'octets de la valeur du paramètre.
length-exceeded-max = La longueur du paramètre { $parameter } spécifié dépasse { NUMBER($max_length) ->
        [one] { NUMBER($max_length) } octet
        [many] { NUMBER($max_length) } d'octets
       *[other] { NUMBER($max_length) } octets
    }.
    .description = La valeur d'un paramètre, tel que Title, Description ou Tags, dépasse le nombre maximal d'octets autorisé. Pour connaître la limite de chaque paramètre, consultez la description des paramètres de requête de l'opération.

# TagsExceededMax (HTTP 400).
tags-exceeded-max = Le nombre de balises spécifiées dans Tags dépasse 16.
    .description = Plus de 16 balises sont spécifiées pour la vidéo. Une vidéo peut avoir 16 balises au maximum.

# InvalidTemplateGroupId.NotFound (HTTP 404).
invalid-template-group-id_not-found = Le TemplateGroupId spécifié n'existe pas.
    .description = Le groupe de modèles de transcodage spécifié par TemplateGroupId n'existe pas.

# Forbidden.InitFailed (HTTP 403).
forbidden_init-failed = L'initialisation de votre compte a échoué lors de l'activation du service.
    .description = Votre compte n'a pas pu être initialisé lors de l'activation du service.

# AddVideoFailed (HTTP 503).
add-video-failed = L'ajout de la vidéo a échoué en raison d'une erreur inconnue.
    .description = La vidéo n'a pas pu être créée, car son ID de vidéo n'a pas pu être généré. Réessayez plus tard.

# Forbidden.ResourceNotEmpty (HTTP 403).
forbidden_resource-not-empty = L'application contient encore des ressources et ne peut pas être supprimée.
    .description = L'application ne peut pas être supprimée, car elle contient encore des ressources. Supprimez d'abord les ressources ou déplacez-les vers une autre application.

# InvalidMultipartUpload.NotFound (HTTP 400).
invalid-multipart-upload_not-found = Le chargement partitionné n'existe pas.
    .description = Le chargement partitionné ou ses parties n'existent pas.

# InvalidVideo.NotFound (HTTP 404).
invalid-video_not-found = La vidéo n'existe pas.
    .description = La vidéo spécifiée n'existe pas.

# InvalidVideo.NotFound, variante `not-exist` (HTTP 404).
invalid-video_not-found--not-exist = La vidéo n'existe pas.
    .description = La vidéo spécifiée n'existe pas.

# InvalidFile.NotFound (HTTP 400).
invalid-file_not-found = Le fichier n'existe pas.
    .description = Le fichier vidéo, par exemple le fichier mezzanine, n'existe pas.

# AccessDenied (HTTP 400).
access-denied = Accès refusé par la politique d'autorisation.
    .description = { -apsaravideo-vod } n'est pas autorisé à accéder à votre propre bucket dans { -oss } ; l'opération est donc refusée.

# JobIdsExceededMax (HTTP 400).
job-ids-exceeded-max = Le nombre d'ID dans JobIds dépasse la limite maximale.
    .description = Le nombre d'ID de tâches dans JobIds dépasse la limite.

# InvalidStream.NotFound (HTTP 404).
invalid-stream_not-found = Le flux n'existe pas.
    .description = Le flux multimédia n'existe pas.

# DeleteStreamFailed (HTTP 503).
delete-stream-failed = La suppression du flux a échoué en raison d'une erreur inconnue.
    .description = Le flux multimédia n'a pas pu être supprimé en raison d'une erreur inconnue. Réessayez plus tard.

# Forbidden.DefaultTemplateGroup (HTTP 403).
forbidden_default-template-group = Le groupe de modèles de transcodage est le groupe par défaut.
    .description = Le groupe de modèles de transcodage est le groupe de modèles de transcodage par défaut et ne peut pas être supprimé.

# VideoIdsExceededMax (HTTP 400).
video-ids-exceeded-max = Le nombre d'ID dans VideoIds dépasse la limite maximale.
    .description = Le nombre d'ID de vidéos dans VideoIds dépasse la limite.

# DeleteVideoFailed (HTTP 503).
delete-video-failed = La suppression de la vidéo a échoué en raison d'une erreur inconnue.
    .description = La vidéo n'a pas pu être supprimée en raison d'une erreur inconnue. Réessayez plus tard.

# Invalid%s.ValueNotSupported (HTTP 400).
# Variables :
#   $function_name (String) - nom de la fonction non prise en charge.
invalid-any_value-not-supported = La valeur [{ $function_name }] de FunctionName n'est pas prise en charge.
    .description = La valeur du paramètre FunctionName n'est pas prise en charge.

# InvalidBizDate.Malformed (HTTP 400).
invalid-biz-date_malformed = Le format du paramètre BizDate spécifié n'est pas valide.
    .description = Le format du paramètre BizDate n'est pas valide. Spécifiez l'heure au format yyyy-MM-ddTHH:mm:ssZ, en UTC.

# InvalidBizDate.BeyondCurrent (HTTP 400).
invalid-biz-date_beyond-current = EndTime est postérieur à l'heure actuelle.
    .description = L'heure spécifiée par BizDate est postérieure à l'heure actuelle.

# InvalidStartTime.Malformed (HTTP 400).
invalid-start-time_malformed = Le format du paramètre StartTime spécifié n'est pas valide.
    .description = Le format du paramètre StartTime n'est pas valide. Spécifiez l'heure au format yyyy-MM-ddTHH:mm:ssZ, en UTC.

# InvalidStartTime.Malformed, variante `spelled-out` (HTTP 400).
invalid-start-time_malformed--spelled-out = Le format de l'heure de début spécifiée n'est pas valide.
    .description = Le format de l'heure de début spécifiée par StartTime n'est pas valide.

# InvalidEndTime.Malformed (HTTP 400).
invalid-end-time_malformed = Le format du paramètre EndTime spécifié n'est pas valide.
    .description = Le format du paramètre EndTime n'est pas valide. Spécifiez l'heure au format yyyy-MM-ddTHH:mm:ssZ, en UTC.

# InvalidEndTime.Malformed, variante `spelled-out` (HTTP 400).
invalid-end-time_malformed--spelled-out = Le format de l'heure de fin spécifiée n'est pas valide.
    .description = Le format de l'heure de fin spécifiée par EndTime n'est pas valide.

# InvalidEndTime.BeyondCurrent (HTTP 400).
invalid-end-time_beyond-current = EndTime est postérieur à l'heure actuelle.
    .description = L'heure spécifiée par EndTime est postérieure à l'heure actuelle.

# InvalidEndTime.Mismatch (HTTP 400).
invalid-end-time_mismatch = StartTime et EndTime ne correspondent pas.
    .description = La plage horaire spécifiée par StartTime et EndTime n'est pas valide.

# InvalidEndTime.Mismatch, variante `does-not-math` (HTTP 400).
invalid-end-time_mismatch--does-not-math = Le paramètre EndTime spécifié ne correspond pas au paramètre StartTime spécifié.
    .description = L'heure spécifiée par EndTime est antérieure à l'heure spécifiée par StartTime.

# InvalidEndTime.Mismatch, variante `spelled-out` (HTTP 400).
invalid-end-time_mismatch--spelled-out = L'heure de fin spécifiée ne correspond pas à l'heure de début spécifiée.
    .description = L'heure spécifiée par EndTime est antérieure à l'heure spécifiée par StartTime.

# Throttling (HTTP 503).
throttling = La requête a été refusée en raison de la limitation des requêtes.
    .description = La requête a été refusée en raison de la limitation des requêtes. Réessayez plus tard.

# InvalidParameterAliUid (HTTP 400).
invalid-parameter-ali-uid = Le paramètre AliUid n'est pas valide.
    .description = La valeur du paramètre AliUid n'est pas valide.

# InvalidParameterStartTime (HTTP 400).
invalid-parameter-start-time = Le paramètre StartTime n'est pas valide.
    .description = La valeur du paramètre StartTime n'est pas valide.

# InvalidParameterEndTime (HTTP 400).
invalid-parameter-end-time = Le paramètre EndTime n'est pas valide.
    .description = La valeur du paramètre EndTime n'est pas valide.

# InvalidTimeRange (HTTP 400).
invalid-time-range = La plage entre StartTime et EndTime doit être inférieure à un mois.
    .description = La plage horaire spécifiée par StartTime et EndTime dépasse 31 jours.

# InvalidParameterRegion (HTTP 400).
invalid-parameter-region = Le paramètre Region n'est pas valide.
    .description = La valeur du paramètre Region n'est pas valide.

# InvalidStartTime.ValueNotSupported (HTTP 400).
invalid-start-time_value-not-supported = La valeur spécifiée pour le paramètre StartTime n'est pas prise en charge.
    .description = La plage horaire spécifiée par StartTime et EndTime dépasse 90 jours.

# InvalidStartTime.ValueNotSupported, variante `end-time-mismatch` (HTTP 400).
invalid-start-time_value-not-supported--end-time-mismatch = L'heure de fin spécifiée ne correspond pas à l'heure de début spécifiée.
    .description = La plage horaire spécifiée par StartTime et EndTime dépasse 90 jours. Le message d'erreur renvoyé avec ce code est trompeur.

# DeleteFunctionFailed (HTTP 400).
delete-function-failed = La suppression par lot des fonctions a échoué.
    .description = La suppression par lot des configurations de nom de domaine a échoué.

# InvalidDomain.Offline (HTTP 404).
invalid-domain_offline = Le nom de domaine fourni est hors ligne.
    .description = Le nom de domaine a été désactivé.

# InvalidDomain.Configure_failed (HTTP 500).
invalid-domain_configure-failed = Échec de la configuration du nom de domaine fourni.
    .description = Le nom de domaine n'a pas pu être configuré ; les opérations telles que l'actualisation et le préchargement ne peuvent donc pas y être effectuées.

# InvalidParameterProduct (HTTP 400).
invalid-parameter-product = Le paramètre Product n'est pas valide.
    .description = La valeur du paramètre Product n'est pas valide.

# InvalidParameterArea (HTTP 400).
invalid-parameter-area = Le paramètre Area n'est pas valide.
    .description = La valeur du paramètre Area n'est pas valide.

# InvalidParameterField (HTTP 400).
invalid-parameter-field = Le paramètre Field n'est pas valide.
    .description = La valeur du paramètre Field n'est pas valide.

# InvalidParameterInterval (HTTP 400).
invalid-parameter-interval = Le paramètre Interval n'est pas valide.
    .description = La valeur du paramètre Interval n'est pas valide.

# InvalidTaskId.Malformed (HTTP 400).
invalid-task-id_malformed = Le format du paramètre TaskId spécifié n'est pas valide.
    .description = Le format du paramètre TaskId n'est pas valide.

# InvalidPageNumber.ValueNotSupported (HTTP 400).
invalid-page-number_value-not-supported = La valeur spécifiée pour le paramètre PageNumber n'est pas prise en charge.
    .description = La valeur du paramètre PageNumber n'est pas prise en charge.

# InvalidPageSize.ValueNotSupported (HTTP 400).
invalid-page-size_value-not-supported = La valeur spécifiée pour le paramètre PageSize n'est pas prise en charge.
    .description = La valeur du paramètre PageSize n'est pas prise en charge.

# InvalidDomainStatus.ValueNotSupported (HTTP 400).
invalid-domain-status_value-not-supported = La valeur spécifiée pour le paramètre DomainStatus n'est pas prise en charge.
    .description = La valeur du paramètre DomainStatus n'est pas prise en charge.

# InvalidDomainSearchType.ValueNotSupported (HTTP 400).
invalid-domain-search-type_value-not-supported = La valeur spécifiée pour le paramètre DomainSearchType n'est pas prise en charge.
    .description = La valeur du paramètre DomainSearchType n'est pas prise en charge.

# ExceededMax (HTTP 400).
exceeded-max = Le paramètre d'entrée MediaIds dépasse la limite.
    .description = Le nombre d'ID de ressources multimédias auxiliaires dans MediaIds dépasse la limite de 20.

# Forbidden.IllegalStatus (HTTP 400).
forbidden_illegal-status = L'état de la vidéo n'est pas valide.
    .description = L'état actuel de la vidéo ne permet pas l'opération. Les états autorisés dépendent de l'opération : par exemple, seules les vidéos dont l'état est UploadSucc, Normal ou Checking peuvent être transcodées.

# Forbidden.IllegalStatus, variante `current-status` (HTTP 400).
# Variables :
#   $status (String) - état actuel de la vidéo, par exemple Blocked.
forbidden_illegal-status--current-status = L'état de la vidéo n'est pas valide. État actuel : { $status }.
    .description = La vidéo ne peut pas être lue dans son état actuel. Seules les vidéos dont l'état est Normal peuvent être lues.

# InvalidVideo.NoneStream (HTTP 404).
invalid-video_none-stream = La vidéo n'a aucun flux lisible pour le paramètre de requête 'Formats: mp4, Definition: LD, StreamType: video'.
    .description = Aucun flux multimédia transcodé de la vidéo ne correspond aux critères de filtre de la requête, tels que le format et la définition. Vérifiez que la configuration du transcodage correspond aux critères de filtre.

# Forbidden.AliyunVoDEncryption (HTTP 403).
forbidden_aliyun-vo-d-encryption = Seul le flux AliyunVoDEncryption existe actuellement : vous devez utiliser { -apsaravideo-player } pour la lecture ou définir ResultType sur Multiple.
    .description = La vidéo ne comporte que des flux multimédias chiffrés avec le chiffrement propriétaire d'{ -alibaba-cloud }. Lisez-les avec { -apsaravideo-player } ou définissez ResultType sur Multiple.

# LimitExceeded.MediaIds (HTTP 400).
limit-exceeded_media-ids = Le paramètre d'entrée MediaIds dépasse la limite.
    .description = Le nombre d'ID de ressources multimédias dans MediaIds dépasse la limite de 20.

# VideoListExceededMax (HTTP 400).
video-list-exceeded-max = La liste de vidéos dépasse la limite maximale.
    .description = Le nombre total de résultats à parcourir page par page dépasse la limite.

# SecurityIp.NotFound (HTTP 404).
security-ip_not-found = L'adresse IP de sécurité d'audit n'existe pas.
    .description = Aucune adresse IP n'a été trouvée dans le groupe de sécurité d'audit.

# ListSecurityIpFailed (HTTP 500).
list-security-ip-failed = La liste des adresses IP de sécurité d'audit n'a pas pu être obtenue en raison d'une erreur inconnue.
    .description = Les adresses IP du groupe de sécurité d'audit n'ont pas pu être interrogées en raison d'une erreur inconnue. Réessayez plus tard.

# IpsIsEmpty (HTTP 400).
ips-is-empty = Le paramètre Ips spécifié ne peut pas être vide.
    .description = Le paramètre Ips n'est pas spécifié ou est vide.

# IpsIsEmpty, variante `curly-quotes` (HTTP 400).
ips-is-empty--curly-quotes = Le paramètre Ips spécifié ne peut pas être vide.
    .description = Le paramètre Ips n'est pas spécifié ou est vide.

# IpsExceededMax (HTTP 403).
ips-exceeded-max = Le nombre d'adresses IP spécifiées dans Ips dépasse 100.
    .description = Le nombre d'adresses IP dépasse la limite. Un groupe de sécurité d'audit peut contenir au maximum 100 adresses IP.

# SecurityIpGroupExceededMax (HTTP 403).
security-ip-group-exceeded-max = Le nombre de groupes de sécurité d'audit dépasse 10.
    .description = Le nombre de groupes de sécurité d'audit dépasse la limite de 10.

# Forbidden.OperateAppResource (HTTP 403).
forbidden_operate-app-resource = Les autorisations de l'application ne permettent pas d'effectuer des opérations sur la ressource spécifiée.
    .description = Vous n'êtes pas autorisé à gérer les ressources de l'application de destination.

# QuotaExceeded.Refresh (HTTP 400).
quota-exceeded_refresh = Vous avez dépassé la limite d'actualisation autorisée.
    .description = Le quota quotidien d'actualisation ou de préchargement de contenu a été atteint.

# PreloadQueueFull (HTTP 403).
preload-queue-full = La file d'attente de préchargement est pleine. Réessayez plus tard.
    .description = La file d'attente de préchargement est pleine, car le nombre d'URL en cours de préchargement pour le nom de domaine a atteint la limite. Réessayez plus tard.

# InvalidObjectPath.Malformed (HTTP 400).
invalid-object-path_malformed = Le format de la valeur spécifiée pour le paramètre ObjectPath n'est pas valide.
    .description = Le format du paramètre ObjectPath n'est pas valide.

# InvalidExtensiveDomain.ValueNotSupported (HTTP 400).
invalid-extensive-domain_value-not-supported = Les noms de domaine génériques ne sont pas pris en charge.
    .description = Le nom de domaine est un nom de domaine générique, que cette opération ne prend pas en charge.

# InvalidObjectPath.Size.Malformed (HTTP 400).
invalid-object-path_size_malformed = ObjectPath contient plus de 1 000 entrées.
    .description = ObjectPath contient plus de 1 000 URL. Vous pouvez précharger au maximum 1 000 URL à la fois.

# InvalidVideo.Damaged (HTTP 400).
invalid-video_damaged = La vidéo est endommagée.
    .description = La vidéo n'a pas été créée correctement ou est endommagée.

# InvalidObjectType.ValueNotSupported (HTTP 400).
invalid-object-type_value-not-supported = La valeur spécifiée pour <ObjectType> n'est pas prise en charge.
    .description = La valeur du paramètre ObjectType n'est pas prise en charge.

# QuotaPerMinuteExceeded.Refresh (HTTP 400).
quota-per-minute-exceeded_refresh = Vous avez dépassé la limite d'actualisation autorisée par minute.
    .description = Le nombre de requêtes d'actualisation a atteint la limite par minute. Réessayez plus tard.

# SortByExceededMax (HTTP 400).
sort-by-exceeded-max = Le paramètre SortBy ne prend en charge qu'un seul champ de tri lors du parcours de toutes les données.
    .description = SortBy spécifie plus d'un champ de tri. Lorsque vous parcourez toutes les données, vous ne pouvez trier que selon un seul champ.

# ErrorMatchSyntax (HTTP 400).
# Variables :
#   $field (String) - champ de l'expression Match qui contient l'erreur.
error-match-syntax = La syntaxe du paramètre Match.{ $field } est incorrecte. Vérifiez-la.
    .description = La syntaxe du paramètre Match n'est pas valide. Vérifiez la syntaxe et réessayez.

# InvalidScrollToken.Expired (HTTP 400).
invalid-scroll-token_expired = Le jeton ScrollToken a expiré. Actualisez-le.
    .description = La valeur du paramètre ScrollToken a expiré. Interrogez de nouveau les données à partir de la page 1.

# InvalidSSLProtocol.ValueNotSupported (HTTP 400).
invalid-ssl-protocol_value-not-supported = La valeur spécifiée pour le paramètre Enable n'est pas prise en charge.
    .description = La valeur du paramètre SSLProtocol n'est pas prise en charge.

# SSLPub.MissingParameter (HTTP 400).
ssl-pub_missing-parameter = Le paramètre d'entrée SSLPub, obligatoire pour traiter la requête, n'est pas fourni.
    .description = Le paramètre SSLPub, qui contient le contenu du certificat, n'est pas spécifié.

# SSLPri.MissingParameter (HTTP 400).
ssl-pri_missing-parameter = Le paramètre d'entrée SSLPri, obligatoire pour traiter la requête, n'est pas fourni.
    .description = Le paramètre SSLPri, qui contient la clé privée, n'est pas spécifié.

# InvalidCertificate (HTTP 400).
invalid-certificate = Le format du certificat fourni n'est pas valide.
    .description = Le contenu du certificat n'est pas valide.

# InvalidSSLPri (HTTP 400).
invalid-ssl-pri = Le format du paramètre SSLPri fourni n'est pas valide.
    .description = La clé privée n'est pas valide.

# Certificate.MissMatch (HTTP 400).
certificate_miss-match = La clé privée fournie dans SSLPri ne correspond pas au certificat spécifié.
    .description = La clé privée ne correspond pas au certificat.

# InvalidCertificate.TooLong (HTTP 400).
invalid-certificate_too-long = Le certificat fourni dépasse la longueur maximale.
    .description = Le contenu du certificat dépasse la longueur autorisée.

# InvalidCertName.TooLong (HTTP 400).
invalid-cert-name_too-long = Le nom de certificat fourni dépasse la longueur maximale de 128 caractères.
    .description = Le nom du certificat dépasse 128 caractères.

# SetDomainSSLPub.ParameterError (HTTP 400).
set-domain-ssl-pub_parameter-error = Les paramètres sont incorrects.
    .description = Un ou plusieurs paramètres de configuration du certificat ne sont pas valides.

# Certificate.StatusError (HTTP 400).
certificate_status-error = Le certificat n'existe pas ou son état est incorrect.
    .description = Le certificat n'existe pas ou son état n'est pas valide.

# Certificate.StatusError, variante `status-only` (HTTP 400).
certificate_status-error--status-only = L'état du certificat est incorrect.
    .description = L'état du certificat n'est pas valide.

# DeleteFailed (HTTP 400).
delete-failed = La suppression du certificat a échoué.
    .description = Le certificat n'a pas pu être supprimé.

# Certificate.NotFind (HTTP 400).
certificate_not-find = Les informations du certificat sont introuvables.
    .description = Le certificat est introuvable.

# Certificate.Duplicated (HTTP 400).
certificate_duplicated = Le nom du certificat est déjà utilisé.
    .description = Un certificat portant le même nom existe déjà.

# Certificate.FormatError (HTTP 400).
certificate_format-error = Le format du certificat est incorrect.
    .description = Le format du certificat n'est pas valide.

# Certificate.KeyNull (HTTP 400).
certificate_key-null = Le paramètre SSLPri ne peut pas être vide.
    .description = La clé privée n'est pas spécifiée.

# SSLPri.Malformed (HTTP 400).
ssl-pri_malformed = Le format du paramètre SSLPri est incorrect.
    .description = Le format de la clé privée n'est pas valide.

# Certificate.NotPermittedOff (HTTP 400).
certificate_not-permitted-off = La désactivation du certificat modifierait le routage du trafic du nom de domaine. Contactez le service client.
    .description = La désactivation du certificat affecterait le routage du trafic du nom de domaine ; elle n'est donc pas autorisée. Contactez le support technique d'{ -alibaba-cloud }.

# Certificate.SettedNotEffect (HTTP 400).
certificate_setted-not-effect = Le certificat a bien été configuré, mais, afin de protéger votre service actuel, il ne prend pas encore effet. Contactez le service client.
    .description = Le certificat est configuré, mais, afin de protéger votre service actuel, il ne prend pas encore effet. Pour qu'il prenne effet, contactez le support technique d'{ -alibaba-cloud }.

# InvalidSource.Content.Malformed (HTTP 400).
invalid-source_content_malformed = Le format de l'adresse d'origine spécifiée n'est pas valide.
    .description = L'adresse d'origine n'est pas valide.

# InvalidSource.Type.Malformed (HTTP 400).
invalid-source_type_malformed = Le format du type de serveur d'origine spécifié n'est pas valide.
    .description = Le type de serveur d'origine n'est pas valide.

# InvalidTypeContent.Mismatch (HTTP 400).
invalid-type-content_mismatch = Le type de serveur d'origine spécifié ne correspond pas à l'adresse d'origine spécifiée.
    .description = L'adresse d'origine ne correspond pas au type de serveur d'origine.

# InvalidSource.Priority.Malformed (HTTP 400).
invalid-source_priority_malformed = Le format de la priorité spécifiée pour le serveur d'origine n'est pas valide.
    .description = La priorité du serveur d'origine n'est pas valide.

# InvalidParameter.UploadURLs (HTTP 400).
invalid-parameter_upload-urls = Le paramètre UploadURLs spécifié n'est pas valide.
    .description = La valeur du paramètre UploadURLs n'est pas valide.
