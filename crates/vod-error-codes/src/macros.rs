//! The `error_codes!` macro: turns the table in `table.rs` into `ErrorCode` and its lookups.
//!
//! Every fact about a code is written once, in its row; this macro writes the enum, the constants,
//! the `match`es and the typed constructors of [`VodError`](crate::VodError) from it.

/// Expands the code table into [`ErrorCode`](crate::ErrorCode) and its typed constructors.
macro_rules! error_codes {
    (
        $(
            $(#[$doc:meta])*
            $name:ident {
                wire: $wire:literal,
                status: $status:literal,
                id: $id:literal,
                constructor: $ctor:ident,
                args: [$($arg:ident),* $(,)?],
                retryable: $retryable:literal $(,)?
            }
        )+
    ) => {
        /// A common error code of the ApsaraVideo VOD API.
        ///
        /// Generated from the table in `table.rs`, the single source of truth: the wire string
        /// ([`as_str`](Self::as_str)), the HTTP status, the Fluent message id and the message's
        /// arguments all come from one row. A code is never removed from the table.
        ///
        /// # Example
        ///
        /// ```
        /// use vod_error_codes::ErrorCode;
        ///
        /// let code: ErrorCode = "OperationDenied.Suspended".parse()?;
        /// assert_eq!(code.http_status(), 403);
        /// assert_eq!(code.message_id(), "operation-denied-suspended");
        /// assert_eq!(code.parent(), Some(ErrorCode::OperationDenied));
        /// # Ok::<(), vod_error_codes::UnknownCodeError>(())
        /// ```
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
        #[non_exhaustive]
        pub enum ErrorCode {
            $(
                $(#[$doc])*
                $name,
            )+
        }

        impl ErrorCode {
            /// Every code, in table order.
            ///
            /// # Example
            ///
            /// ```
            /// use vod_error_codes::ErrorCode;
            ///
            /// assert_eq!(ErrorCode::ALL.len(), 7);
            /// assert_eq!(ErrorCode::ALL[0], ErrorCode::MissingParameter);
            /// ```
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$name),+];

            /// The code exactly as the API sends it on the wire.
            ///
            /// # Example
            ///
            /// ```
            /// use vod_error_codes::ErrorCode;
            ///
            /// assert_eq!(ErrorCode::ServiceUnAvailable.as_str(), "ServiceUnAvailable");
            /// ```
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$name => $wire,)+
                }
            }

            /// The HTTP status code the API answers with.
            ///
            /// # Example
            ///
            /// ```
            /// use vod_error_codes::ErrorCode;
            ///
            /// assert_eq!(ErrorCode::InternalError.http_status(), 500);
            /// ```
            pub const fn http_status(self) -> u16 {
                match self {
                    $(ErrorCode::$name => $status,)+
                }
            }

            /// The id of the code's Fluent message (kebab-case: Fluent ids cannot hold a dot).
            ///
            /// # Example
            ///
            /// ```
            /// use vod_error_codes::ErrorCode;
            ///
            /// assert_eq!(ErrorCode::ServiceUnAvailable.message_id(), "service-unavailable");
            /// ```
            pub const fn message_id(self) -> &'static str {
                match self {
                    $(ErrorCode::$name => $id,)+
                }
            }

            /// The names of the arguments the code's message takes, in order.
            ///
            /// # Example
            ///
            /// ```
            /// use vod_error_codes::ErrorCode;
            ///
            /// assert_eq!(ErrorCode::MissingParameter.args(), ["parameter"]);
            /// assert!(ErrorCode::Forbidden.args().is_empty());
            /// ```
            pub const fn args(self) -> &'static [&'static str] {
                match self {
                    $(ErrorCode::$name => &[$(stringify!($arg)),*],)+
                }
            }

            /// Whether sending the same request again later can succeed.
            ///
            /// # Example
            ///
            /// ```
            /// use vod_error_codes::ErrorCode;
            ///
            /// assert!(ErrorCode::ServiceUnAvailable.is_retryable());
            /// assert!(!ErrorCode::InvalidParameter.is_retryable());
            /// ```
            pub const fn is_retryable(self) -> bool {
                match self {
                    $(ErrorCode::$name => $retryable,)+
                }
            }

            /// The code's position in [`ErrorCode::ALL`], for tables indexed by code.
            ///
            /// # Example
            ///
            /// ```
            /// use vod_error_codes::ErrorCode;
            ///
            /// for (position, code) in ErrorCode::ALL.iter().enumerate() {
            ///     assert_eq!(code.index(), position);
            /// }
            /// ```
            pub const fn index(self) -> usize {
                self as usize
            }

            /// The code whose wire string is exactly `wire`, if any.
            ///
            /// # Example
            ///
            /// ```
            /// use vod_error_codes::ErrorCode;
            ///
            /// assert_eq!(ErrorCode::from_wire("Forbidden"), Some(ErrorCode::Forbidden));
            /// assert_eq!(ErrorCode::from_wire("forbidden"), None);
            /// ```
            pub fn from_wire(wire: &str) -> Option<ErrorCode> {
                match wire {
                    $($wire => Some(ErrorCode::$name),)+
                    _ => None,
                }
            }

            /// The code whose Fluent message id is exactly `id`, if any.
            ///
            /// # Example
            ///
            /// ```
            /// use vod_error_codes::ErrorCode;
            ///
            /// assert_eq!(
            ///     ErrorCode::from_message_id("operation-denied-suspended"),
            ///     Some(ErrorCode::OperationDeniedSuspended),
            /// );
            /// ```
            pub fn from_message_id(id: &str) -> Option<ErrorCode> {
                match id {
                    $($id => Some(ErrorCode::$name),)+
                    _ => None,
                }
            }
        }

        impl $crate::VodError {
            $(
                #[doc = concat!("A `", $wire, "` error (HTTP ", stringify!($status), ").")]
                ///
                /// Every argument the code's message needs is a parameter here, so none can be
                /// forgotten.
                ///
                /// # Example
                ///
                /// ```
                /// use vod_error_codes::{ErrorCode, VodError};
                ///
                #[doc = concat!(
                    "let error = VodError::", stringify!($ctor), "(",
                    $crate::macros::example_args!($($arg),*), ");"
                )]
                #[doc = concat!("assert_eq!(error.code().as_str(), \"", $wire, "\");")]
                /// ```
                pub fn $ctor($($arg: impl Into<std::borrow::Cow<'static, str>>),*) -> $crate::VodError {
                    $crate::VodError::from_checked_parts(
                        ErrorCode::$name,
                        vec![$((stringify!($arg), $arg.into())),*],
                    )
                }
            )+
        }
    };
}

/// Writes sample argument values for a generated doctest: `"VideoId"` for each argument.
macro_rules! example_args {
    () => { "" };
    ($first:ident $(, $rest:ident)*) => { concat!("\"VideoId\"" $(, ", \"", stringify!($rest), "\"")*) };
}

pub(crate) use {error_codes, example_args};
