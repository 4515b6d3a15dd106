### Le pagine dei codici di errore: `cargo xtask docs`, `vod-errors list --format markdown` e il centro errori web.

## La pagina degli errori comuni, con le parole della pagina di origine.

page-title = Codici di errore
page-intro = In questo articolo vengono descritti i codici di errore comuni. È possibile determinare la causa dell'errore in base alla descrizione dei codici di errore.
page-common-errors = Errori comuni
column-code = Codice di errore
column-message = Messaggio di errore
column-status = Codice di stato HTTP
column-description = Descrizione

## L'indice di tutti i codici e gli errori di ciascuna operazione.

page-all-codes = Tutti i codici di errore
page-all-codes-intro = Tutti i codici di errore documentati dall'API di { -apsaravideo-vod }, con il relativo codice di stato HTTP abituale e il messaggio di errore.
page-operations = Errori per operazione
page-operations-intro = Gli errori documentati per ciascuna operazione dell'API, con il codice di stato HTTP e il messaggio di errore restituiti dall'operazione.
page-placeholder-note = Un nome tra parentesi angolari, come <parameter>, rappresenta un valore inserito dall'API.
column-operation = Operazione
column-operations = Operazioni

## Il centro errori web.

site-title = Codici di errore di { -apsaravideo-vod }
site-search-label = Ricerca nei codici di errore
site-search-hint = Digitare un codice, alcune parole di un messaggio o il nome di un'operazione.
site-search-empty = Nessun codice di errore corrisponde alla ricerca.
site-language = Lingua
site-all-codes = Tutti i codici di errore
site-all-operations = Tutte le operazioni
site-usual-status = Codice di stato HTTP abituale
site-returned-by = Operazioni che restituiscono questo errore
site-returned-by-none = Nessuna pagina delle operazioni del riferimento API elenca questo errore; qualsiasi operazione può restituirlo.
site-family = Famiglia
site-family-none = Questo codice non appartiene ad alcuna famiglia di codici.
site-family-members = Altri codici della famiglia
site-retryable = Se si invia di nuovo la stessa richiesta in un secondo momento, questa potrebbe andare a buon fine.
site-not-retryable = Se si invia di nuovo la stessa richiesta, questa non andrà a buon fine per lo stesso motivo.
site-troubleshoot = Risoluzione di questo errore con { -alibaba-cloud } OpenAPI
site-doubtful = Dubbio: la fonte elenca qui questo errore, ma la riga sembra copiata da un'altra operazione.
site-operation-errors = Errori restituiti da questa operazione
site-message-variants = Altri messaggi di questo codice
