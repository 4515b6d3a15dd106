### The error-code pages: `cargo xtask docs`, `vod-errors list --format markdown` and the web error centre.

## The common errors page, in the words of the source page.

page-title = Error codes
page-intro = This topic describes the common error codes. You can determine the error cause based on the description of error codes.
page-common-errors = Common errors
column-code = Error code
column-message = Error message
column-status = HTTP status code
column-description = Description

## The index of every code and the errors of each operation.

page-all-codes = All error codes
page-all-codes-intro = Every error code that the { -apsaravideo-vod } API documents, with its usual HTTP status code and error message.
page-operations = Errors by operation
page-operations-intro = The errors that each API operation documents, with the HTTP status code and error message that the operation returns.
page-placeholder-note = A name in angle brackets, such as <parameter>, stands for a value that the API fills in.
column-operation = Operation
column-operations = Operations

## The web error centre.

site-title = { -apsaravideo-vod } error codes
site-search-label = Search error codes
site-search-hint = Type a code, words of a message, or an operation name.
site-search-empty = No error code matches your search.
site-language = Language
site-all-codes = All error codes
site-all-operations = All operations
site-usual-status = Usual HTTP status code
site-returned-by = Operations that return this error
site-returned-by-none = No operation page of the API reference lists this error; any operation can return it.
site-family = Family
site-family-none = This code belongs to no family of codes.
site-family-members = Other codes of the family
site-retryable = Sending the same request again later can succeed.
site-not-retryable = Sending the same request again fails in the same way.
site-troubleshoot = Troubleshoot this error with { -alibaba-cloud } OpenAPI
site-doubtful = Doubtful: the source lists this error here, but the row seems to be copied from another operation.
site-operation-errors = Errors that this operation returns
site-message-variants = Other messages of this code
