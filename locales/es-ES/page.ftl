### The error-code page: `cargo xtask docs` and `vod-errors list --format markdown`.

page-title = Códigos de error
page-intro = En este tema se describen los códigos de error comunes. Puede determinar la causa del error a partir de la descripción de los códigos de error.
page-common-errors = Errores comunes
column-code = Código de error
column-message = Mensaje de error
column-status = Código de estado HTTP
column-description = Descripción
