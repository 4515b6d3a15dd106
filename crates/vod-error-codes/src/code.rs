//! What follows from a code's row: its family, whose fault it is, and its text forms.

use std::fmt;
use std::str::FromStr;

use crate::ErrorCode;
use crate::lookup::UnknownCodeError;

/// Who has to act for the request to succeed: the caller or the service.
///
/// # Example
///
/// ```
/// use vod_error_codes::{ErrorCode, Fault};
///
/// assert_eq!(ErrorCode::Forbidden.fault(), Fault::Client);
/// assert_eq!(ErrorCode::InternalError.fault(), Fault::Server);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Fault {
    /// The request or the account must change (HTTP 4xx).
    Client,
    /// The service failed (HTTP 5xx).
    Server,
}

impl ErrorCode {
    /// The code this one is a kind of: `OperationDenied.Suspended` is an `OperationDenied`.
    ///
    /// The family comes from the wire string: the part before the last `.`, when that is a code.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::OperationDeniedSuspended.parent(), Some(ErrorCode::OperationDenied));
    /// assert_eq!(ErrorCode::OperationDenied.parent(), None);
    /// ```
    pub fn parent(self) -> Option<ErrorCode> {
        let (family, _) = self.as_str().rsplit_once('.')?;
        ErrorCode::from_wire(family)
    }

    /// Whether this code is `other` or a kind of it, through any number of parents.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    ///
    /// assert!(ErrorCode::OperationDeniedSuspended.is_a(ErrorCode::OperationDenied));
    /// assert!(ErrorCode::OperationDenied.is_a(ErrorCode::OperationDenied));
    /// assert!(!ErrorCode::OperationDenied.is_a(ErrorCode::OperationDeniedSuspended));
    /// ```
    pub fn is_a(self, other: ErrorCode) -> bool {
        let mut current = Some(self);
        while let Some(code) = current {
            if code == other {
                return true;
            }
            current = code.parent();
        }
        false
    }

    /// Whether the caller (4xx) or the service (5xx) is at fault.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::{ErrorCode, Fault};
    ///
    /// assert_eq!(ErrorCode::ServiceUnAvailable.fault(), Fault::Server);
    /// ```
    pub const fn fault(self) -> Fault {
        if self.http_status() >= 500 { Fault::Server } else { Fault::Client }
    }
}

/// Formats the wire string.
///
/// ```
/// use vod_error_codes::ErrorCode;
///
/// assert_eq!(ErrorCode::OperationDeniedSuspended.to_string(), "OperationDenied.Suspended");
/// ```
impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Parses the exact wire string; anything else is an error that suggests the closest code.
///
/// ```
/// use vod_error_codes::ErrorCode;
///
/// assert_eq!("Forbidden".parse::<ErrorCode>(), Ok(ErrorCode::Forbidden));
/// let error = "Forbiden".parse::<ErrorCode>().unwrap_err();
/// assert_eq!(error.suggestion(), Some(ErrorCode::Forbidden));
/// ```
impl FromStr for ErrorCode {
    type Err = UnknownCodeError;

    fn from_str(input: &str) -> Result<ErrorCode, UnknownCodeError> {
        ErrorCode::from_wire(input).ok_or_else(|| UnknownCodeError::new(input))
    }
}

/// Serializes as the wire string.
///
/// ```
/// use vod_error_codes::ErrorCode;
///
/// let json = serde_json::to_string(&ErrorCode::ServiceUnAvailable).unwrap();
/// assert_eq!(json, r#""ServiceUnAvailable""#);
/// ```
impl serde::Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Deserializes from the exact wire string.
///
/// ```
/// use vod_error_codes::ErrorCode;
///
/// let code: ErrorCode = serde_json::from_str(r#""OperationDenied.Suspended""#).unwrap();
/// assert_eq!(code, ErrorCode::OperationDeniedSuspended);
/// assert!(serde_json::from_str::<ErrorCode>(r#""Nope""#).is_err());
/// ```
impl<'de> serde::Deserialize<'de> for ErrorCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<ErrorCode, D::Error> {
        struct WireVisitor;

        impl serde::de::Visitor<'_> for WireVisitor {
            type Value = ErrorCode;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an ApsaraVideo VOD error code such as \"MissingParameter\"")
            }

            fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<ErrorCode, E> {
                value.parse().map_err(E::custom)
            }
        }

        deserializer.deserialize_str(WireVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One row per code: wire string, status, fault, parent, retryable.
    const EXPECTED: &[(&str, u16, Fault, Option<&str>, bool)] = &[
        ("MissingParameter", 400, Fault::Client, None, false),
        ("InvalidParameter", 400, Fault::Client, None, false),
        ("OperationDenied", 403, Fault::Client, None, false),
        ("OperationDenied.Suspended", 403, Fault::Client, Some("OperationDenied"), false),
        ("Forbidden", 403, Fault::Client, None, false),
        ("InternalError", 500, Fault::Server, None, true),
        ("ServiceUnAvailable", 503, Fault::Server, None, true),
    ];

    fn check(wire: &str, status: u16, fault: Fault, parent: Option<&str>, retryable: bool) {
        let code: ErrorCode = wire.parse().unwrap();
        assert_eq!(code.as_str(), wire);
        assert_eq!(code.to_string(), wire);
        assert_eq!(code.http_status(), status, "{wire}");
        assert_eq!(code.fault(), fault, "{wire}");
        assert_eq!(code.parent().map(ErrorCode::as_str), parent, "{wire}");
        assert_eq!(code.is_retryable(), retryable, "{wire}");
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(serde_json::from_str::<ErrorCode>(&json).unwrap(), code);
    }

    #[test]
    fn every_code_matches_the_seed_table() {
        assert_eq!(ErrorCode::ALL.len(), EXPECTED.len());
        for &(wire, status, fault, parent, retryable) in EXPECTED {
            check(wire, status, fault, parent, retryable);
        }
    }

    #[test]
    fn message_ids_are_fluent_identifiers_spelling_the_wire_string() {
        for &code in ErrorCode::ALL {
            let id = code.message_id();
            let valid = id.starts_with(|c: char| c.is_ascii_lowercase())
                && id.chars().all(|c| c.is_ascii_lowercase() || c == '-');
            assert!(valid, "{id} is not a lowercase Fluent identifier");
            let letters_of_id = id.replace('-', "");
            let letters_of_wire = code.as_str().to_ascii_lowercase().replace('.', "");
            assert_eq!(letters_of_id, letters_of_wire, "{code}");
            assert_eq!(ErrorCode::from_message_id(id), Some(code));
        }
    }

    #[test]
    fn codes_are_ordered_as_in_the_table_and_unique() {
        for pair in ErrorCode::ALL.windows(2) {
            assert!(pair[0] < pair[1]);
            assert_ne!(pair[0].as_str(), pair[1].as_str());
            assert_ne!(pair[0].message_id(), pair[1].message_id());
        }
    }
}
