### The error-code page: `cargo xtask docs` and `vod-errors list --format markdown`.

page-title = Codes d'erreur
page-intro = Cette rubrique décrit les codes d'erreur courants. Vous pouvez déterminer la cause d'une erreur à partir de la description des codes d'erreur.
page-common-errors = Erreurs courantes
column-code = Code d'erreur
column-message = Message d'erreur
column-status = Code d'état HTTP
column-description = Description
