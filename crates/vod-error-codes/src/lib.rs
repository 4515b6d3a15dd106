//! The ApsaraVideo VOD API's common error codes: wire strings, HTTP statuses, Fluent ids, arguments.
//!
//! # Example
//!
//! ```
//! use vod_error_codes::{ErrorCode, Fault, VodError};
//!
//! let code: ErrorCode = "ServiceUnAvailable".parse()?;
//! assert_eq!(code.http_status(), 503);
//! assert_eq!(code.fault(), Fault::Server);
//! assert!(code.is_retryable());
//!
//! let error = VodError::missing_parameter("VideoId");
//! assert_eq!(error.code().message_id(), "missing-parameter");
//! # Ok::<(), vod_error_codes::UnknownCodeError>(())
//! ```
//!
//! Everything about a code comes from one row of the table in `table.rs`: its wire string exactly
//! as the API sends it (`OperationDenied.Suspended`, `ServiceUnAvailable`), its HTTP status, the id
//! of its Fluent message and the names of that message's arguments. A code is never removed.
//!
//! This crate does no I/O and knows nothing of Fluent; `vod-error-l10n` renders the text.

#![forbid(unsafe_code)]

mod macros;

mod code;
mod error;
mod lookup;
mod table;

pub use code::Fault;
pub use error::{ArgumentError, VodError};
pub use lookup::UnknownCodeError;
pub use table::ErrorCode;
