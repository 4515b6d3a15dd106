### The error-code page: `cargo xtask docs` and `vod-errors list --format markdown`.

page-title = Fehlercodes
page-intro = In diesem Artikel werden die allgemeinen Fehlercodes beschrieben. Anhand der Beschreibung der Fehlercodes können Sie die Fehlerursache ermitteln.
page-common-errors = Allgemeine Fehler
column-code = Fehlercode
column-message = Fehlermeldung
column-status = HTTP-Statuscode
column-description = Beschreibung
