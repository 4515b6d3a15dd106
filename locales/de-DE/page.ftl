### Die Seiten zu den Fehlercodes: `cargo xtask docs`, `vod-errors list --format markdown` und das Web-Fehlercenter.

## Die Seite mit den allgemeinen Fehlern, in den Worten der Quellseite.

page-title = Fehlercodes
page-intro = In diesem Artikel werden die allgemeinen Fehlercodes beschrieben. Anhand der Beschreibung der Fehlercodes können Sie die Fehlerursache ermitteln.
page-common-errors = Allgemeine Fehler
column-code = Fehlercode
column-message = Fehlermeldung
column-status = HTTP-Statuscode
column-description = Beschreibung

## Die Übersicht aller Codes und die Fehler der einzelnen Vorgänge.

page-all-codes = Alle Fehlercodes
page-all-codes-intro = Alle Fehlercodes, die in der API von { -apsaravideo-vod } dokumentiert sind, mit ihrem üblichen HTTP-Statuscode und ihrer Fehlermeldung.
page-operations = Fehler nach Vorgang
page-operations-intro = Die für jeden API-Vorgang dokumentierten Fehler mit dem HTTP-Statuscode und der Fehlermeldung, die der Vorgang zurückgibt.
page-placeholder-note = Ein Name in spitzen Klammern, etwa <parameter>, steht für einen Wert, den die API einsetzt.
column-operation = Vorgang
column-operations = Vorgänge

## Das Web-Fehlercenter.

site-title = Fehlercodes von { -apsaravideo-vod }
site-search-label = Fehlercodes durchsuchen
site-search-hint = Geben Sie einen Code, Wörter aus einer Fehlermeldung oder den Namen eines Vorgangs ein.
site-search-empty = Kein Fehlercode entspricht Ihrer Suche.
site-language = Sprache
site-all-codes = Alle Fehlercodes
site-all-operations = Alle Vorgänge
site-usual-status = Üblicher HTTP-Statuscode
site-returned-by = Vorgänge, die diesen Fehler zurückgeben
site-returned-by-none = Keine Vorgangsseite der API-Referenz führt diesen Fehler auf; jeder Vorgang kann ihn zurückgeben.
site-family = Codefamilie
site-family-none = Dieser Code gehört zu keiner Codefamilie.
site-family-members = Weitere Codes dieser Familie
site-retryable = Wenn Sie dieselbe Anfrage später erneut senden, kann sie erfolgreich sein.
site-not-retryable = Wenn Sie dieselbe Anfrage erneut senden, schlägt sie auf dieselbe Weise fehl.
site-troubleshoot = Diesen Fehler mit { -alibaba-cloud } OpenAPI beheben
site-doubtful = Zweifelhaft: Die Quelle führt diesen Fehler hier auf, die Zeile scheint jedoch von einem anderen Vorgang kopiert zu sein.
site-operation-errors = Fehler, die dieser Vorgang zurückgibt
site-message-variants = Weitere Meldungen dieses Codes
