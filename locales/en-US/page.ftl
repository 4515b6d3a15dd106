### The error-code page: `cargo xtask docs` and `vod-errors list --format markdown`.

page-title = Error codes
page-intro = This topic describes the common error codes. You can determine the error cause based on the description of error codes.
page-common-errors = Common errors
column-code = Error code
column-message = Error message
column-status = HTTP status code
column-description = Description
