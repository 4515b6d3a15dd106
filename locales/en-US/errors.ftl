### The common error codes of the ApsaraVideo VOD API.
### Each message is the error message the API returns; its `.description` says why.
### The message id is the code's wire string in kebab-case.

# MissingParameter (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
missing-parameter = The input parameter { $parameter } that is mandatory for processing this request is not supplied.
    .description = The error message returned because a required parameter is not set.

# InvalidParameter (HTTP 400).
# Variables:
#   $parameter (String) - the name of the request parameter, such as VideoId.
invalid-parameter = The specified parameter { $parameter } is not valid.
    .description = The error message returned because the specified parameter is invalid.

# OperationDenied (HTTP 403).
operation-denied = Your account does not open { -vod } service yet.
    .description = The error message returned because { -apsaravideo-vod } is not activated for your account.

# OperationDenied.Suspended (HTTP 403).
operation-denied_suspended = Your { -vod } service is suspended.
    .description = The error message returned because your { -alibaba-cloud } account has overdue payments. Add funds to your account.

# Forbidden (HTTP 403).
forbidden = User not authorized to operate on the specified resource.
    .description = The error message returned because you are not authorized to perform the operation.In most cases, this error occurs because your account is not granted the relevant permissions. For more information, see [Overview](/intl.en-US/Developer Guide/Access authorization/Overview.md).

# InternalError (HTTP 500).
internal-error = The request processing has failed due to some unknown error.
    .description = The error message returned because an unknown error occurred in the background. Try again later or contact customer service representatives.

# ServiceUnAvailable (HTTP 503).
service-un-available = The request has failed due to a temporary failure of the server.
    .description = The error message returned because the service is unavailable.
