### The error-code page: `cargo xtask docs` and `vod-errors list --format markdown`.

page-title = Codici di errore
page-intro = In questo argomento vengono descritti i codici di errore comuni. È possibile determinare la causa dell'errore in base alla descrizione dei codici di errore.
page-common-errors = Errori comuni
column-code = Codice di errore
column-message = Messaggio di errore
column-status = Codice di stato HTTP
column-description = Descrizione
