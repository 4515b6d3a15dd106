//! The error codes of the ApsaraVideo VOD API: wire strings, statuses, messages, operations.
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
//! let error = VodError::MissingParameter("VideoId");
//! assert_eq!(error.code().message_id(), "missing-parameter");
//! assert_eq!(error.to_string(), "The input parameter VideoId that is mandatory for processing this request is not supplied.");
//! # Ok::<(), vod_error_codes::UnknownCodeError>(())
//! ```
//!
//! Everything about a code comes from one line of `data/codes.toml`: its wire string exactly as
//! the API sends it (`OperationDenied.Suspended`, `ServiceUnAvailable`), its usual HTTP status,
//! whether a retry can help, and the variants of its message. Its English message and arguments
//! come from the catalogue's `en-US` file, and the operations that document it from the same
//! table. `cargo xtask codegen` writes all of it into `src/generated.rs`: [`ErrorCode`],
//! [`Message`], [`Operation`] and the typed constructors of [`VodError`], one per code and named
//! like it. A code is never removed.
//!
//! A client reading responses uses [`ErrorBody`] and [`WireCode`], which keep codes the table
//! does not know. This crate does no I/O and knows nothing of Fluent; `vod-error-l10n` renders
//! the messages in other languages.

#![forbid(unsafe_code)]

mod code;
mod error;
// Written by `cargo xtask codegen` exactly as its freshness test expects; rustfmt leaves it alone.
#[rustfmt::skip]
mod generated;
mod lookup;
mod message;
mod operation;
mod table;
mod wire;

pub use code::{Family, Fault};
pub use error::{ArgumentError, VodError};
pub use generated::{ErrorCode, Message, Operation};
pub use lookup::UnknownCodeError;
pub use message::Value;
pub use table::{Argument, ArgumentKind, Documented};
pub use wire::{ErrorBody, WireCode};
