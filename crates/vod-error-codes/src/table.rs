//! The code table: one documented row per code, the single source of truth for everything else.
//!
//! Do not remove rows: a code that the API stops sending stays, documented as retired, because
//! clients in the field still match on it. Add new codes at the end.

use crate::macros::error_codes;

error_codes! {
    /// `MissingParameter`, HTTP 400: a parameter that the API requires is not in the request.
    MissingParameter {
        wire: "MissingParameter",
        status: 400,
        id: "missing-parameter",
        constructor: missing_parameter,
        args: [parameter],
        retryable: false,
    }
    /// `InvalidParameter`, HTTP 400: a parameter in the request has a value the API refuses.
    InvalidParameter {
        wire: "InvalidParameter",
        status: 400,
        id: "invalid-parameter",
        constructor: invalid_parameter,
        args: [parameter],
        retryable: false,
    }
    /// `OperationDenied`, HTTP 403: ApsaraVideo VOD is not activated for the account.
    OperationDenied {
        wire: "OperationDenied",
        status: 403,
        id: "operation-denied",
        constructor: operation_denied,
        args: [],
        retryable: false,
    }
    /// `OperationDenied.Suspended`, HTTP 403: the service is suspended for overdue payments.
    ///
    /// A kind of [`OperationDenied`](ErrorCode::OperationDenied).
    OperationDeniedSuspended {
        wire: "OperationDenied.Suspended",
        status: 403,
        id: "operation-denied-suspended",
        constructor: operation_denied_suspended,
        args: [],
        retryable: false,
    }
    /// `Forbidden`, HTTP 403: the caller has no permission for the operation.
    Forbidden {
        wire: "Forbidden",
        status: 403,
        id: "forbidden",
        constructor: forbidden,
        args: [],
        retryable: false,
    }
    /// `InternalError`, HTTP 500: an unknown error occurred in the service.
    InternalError {
        wire: "InternalError",
        status: 500,
        id: "internal-error",
        constructor: internal_error,
        args: [],
        retryable: true,
    }
    /// `ServiceUnAvailable` (with its capital A), HTTP 503: the service is temporarily unavailable.
    ServiceUnAvailable {
        wire: "ServiceUnAvailable",
        status: 503,
        id: "service-unavailable",
        constructor: service_unavailable,
        args: [],
        retryable: true,
    }
}
