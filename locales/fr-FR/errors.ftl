### Codes d'erreur courants de l'API du service vidéo.
### Chaque message est le message d'erreur renvoyé par l'API ; son attribut `.description` en indique la cause.
### L'identifiant du message est la chaîne du code, en kebab-case.

# MissingParameter (HTTP 400).
# Variables :
#   $parameter (String) - nom du paramètre de la requête, par exemple VideoId.
missing-parameter = Le paramètre d'entrée { $parameter }, obligatoire pour traiter cette requête, n'est pas fourni.
    .description = Ce message d'erreur est renvoyé lorsqu'un paramètre obligatoire n'est pas défini.

# InvalidParameter (HTTP 400).
# Variables :
#   $parameter (String) - nom du paramètre de la requête, par exemple VideoId.
invalid-parameter = Le paramètre spécifié { $parameter } n'est pas valide.
    .description = Ce message d'erreur est renvoyé lorsque le paramètre spécifié n'est pas valide.

# OperationDenied (HTTP 403).
operation-denied = Le service { -vod } n'est pas encore activé pour votre compte.
    .description = Ce message d'erreur est renvoyé lorsque { -apsaravideo-vod } n'est pas activé pour votre compte.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = Votre service { -vod } est suspendu.
    .description = Ce message d'erreur est renvoyé lorsque votre compte { -alibaba-cloud } présente des retards de paiement. Approvisionnez votre compte.

# Forbidden (HTTP 403).
forbidden = L'utilisateur n'est pas autorisé à effectuer des opérations sur la ressource spécifiée.
    .description = Ce message d'erreur est renvoyé lorsque vous n'êtes pas autorisé à effectuer l'opération. Dans la plupart des cas, cette erreur se produit parce que les autorisations nécessaires n'ont pas été accordées à votre compte. Pour plus d'informations, consultez [Présentation](/intl.en-US/Developer Guide/Access authorization/Overview.md).

# InternalError (HTTP 500).
internal-error = Le traitement de la requête a échoué en raison d'une erreur inconnue.
    .description = Ce message d'erreur est renvoyé lorsqu'une erreur inconnue se produit en arrière-plan. Réessayez plus tard ou contactez le service client.

# ServiceUnAvailable (HTTP 503).
service-un-available = La requête a échoué en raison d'une défaillance temporaire du serveur.
    .description = Ce message d'erreur est renvoyé lorsque le service n'est pas disponible.
