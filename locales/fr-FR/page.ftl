### Pages des codes d'erreur : `cargo xtask docs`, `vod-errors list --format markdown` et le centre d'erreurs web.

## Page des erreurs courantes, dans les termes de la page source.

page-title = Codes d'erreur
page-intro = Cette rubrique décrit les codes d'erreur courants. Vous pouvez déterminer la cause d'une erreur à partir de la description des codes d'erreur.
page-common-errors = Erreurs courantes
column-code = Code d'erreur
column-message = Message d'erreur
column-status = Code d'état HTTP
column-description = Description

## Index de tous les codes et erreurs de chaque opération.

page-all-codes = Tous les codes d'erreur
page-all-codes-intro = Tous les codes d'erreur documentés par l'API { -apsaravideo-vod }, avec leur code d'état HTTP habituel et leur message d'erreur.
page-operations = Erreurs par opération
page-operations-intro = Les erreurs documentées pour chaque opération d'API, avec le code d'état HTTP et le message d'erreur renvoyés par l'opération.
page-placeholder-note = Un nom entre chevrons, tel que <parameter>, représente une valeur fournie par l'API.
column-operation = Opération
column-operations = Opérations

## Centre d'erreurs web.

site-title = Codes d'erreur { -apsaravideo-vod }
site-search-label = Rechercher des codes d'erreur
site-search-hint = Saisissez un code, des mots d'un message ou le nom d'une opération.
site-search-empty = Aucun code d'erreur ne correspond à votre recherche.
site-language = Langue
site-all-codes = Tous les codes d'erreur
site-all-operations = Toutes les opérations
site-usual-status = Code d'état HTTP habituel
site-returned-by = Opérations qui renvoient cette erreur
site-returned-by-none = Aucune page d'opération de la référence de l'API ne mentionne cette erreur ; toute opération peut la renvoyer.
site-family = Famille
site-family-none = Ce code n'appartient à aucune famille de codes.
site-family-members = Autres codes de la famille
site-retryable = La même requête, renvoyée ultérieurement, peut aboutir.
site-not-retryable = La même requête, si elle est renvoyée, échouera de la même manière.
site-troubleshoot = Résoudre cette erreur avec { -alibaba-cloud } OpenAPI
site-doubtful = Douteux : la source mentionne cette erreur ici, mais la ligne semble copiée d'une autre opération.
site-operation-errors = Erreurs renvoyées par cette opération
site-message-variants = Autres messages de ce code
