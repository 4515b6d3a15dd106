### Páginas de códigos de error: `cargo xtask docs`, `vod-errors list --format markdown` y el centro web de errores.

## Página de errores comunes, con las palabras de la página de origen.

page-title = Códigos de error
page-intro = En este tema se describen los códigos de error comunes. Puede determinar la causa del error a partir de la descripción de los códigos de error.
page-common-errors = Errores comunes
column-code = Código de error
column-message = Mensaje de error
column-status = Código de estado HTTP
column-description = Descripción

## Índice de todos los códigos y errores de cada operación.

page-all-codes = Todos los códigos de error
page-all-codes-intro = Todos los códigos de error que documenta la API de { -apsaravideo-vod }, con su código de estado HTTP habitual y su mensaje de error.
page-operations = Errores por operación
page-operations-intro = Los errores que documenta cada operación de la API, con el código de estado HTTP y el mensaje de error que devuelve la operación.
page-placeholder-note = Un nombre entre corchetes angulares, como <parameter>, representa un valor que la API rellena.
column-operation = Operación
column-operations = Operaciones

## Centro web de errores.

site-title = Códigos de error de { -apsaravideo-vod }
site-search-label = Buscar códigos de error
site-search-hint = Escriba un código, palabras de un mensaje o el nombre de una operación.
site-search-empty = Ningún código de error coincide con su búsqueda.
site-language = Idioma
site-all-codes = Todos los códigos de error
site-all-operations = Todas las operaciones
site-usual-status = Código de estado HTTP habitual
site-returned-by = Operaciones que devuelven este error
site-returned-by-none = Ninguna página de operación de la referencia de la API incluye este error; cualquier operación puede devolverlo.
site-family = Familia
site-family-none = Este código no pertenece a ninguna familia de códigos.
site-family-members = Otros códigos de la familia
site-retryable = Si vuelve a enviar la misma solicitud más tarde, puede que se complete correctamente.
site-not-retryable = Si vuelve a enviar la misma solicitud, fallará de la misma manera.
site-troubleshoot = Solucionar este error con { -alibaba-cloud } OpenAPI
site-doubtful = Dudoso: la fuente incluye este error aquí, pero la fila parece copiada de otra operación.
site-operation-errors = Errores que devuelve esta operación
site-message-variants = Otros mensajes de este código
