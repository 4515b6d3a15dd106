//! `ErrorCode`: what the table says of a code, its family, whose fault it is, and its text forms.

use std::fmt;
use std::str::FromStr;

use crate::generated::{CODES, WIRE_INDEX};
use crate::lookup::UnknownCodeError;
use crate::table::{CodeRow, Documented};
use crate::{ErrorCode, Message};

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

/// A family of codes: the codes whose wire strings share the part before the first dot.
///
/// `OperationDenied.Suspended` is in the family `OperationDenied`, whose own code exists;
/// `InvalidVideo.NotFound` is in the family `InvalidVideo`, which names a family but no code.
/// A family is a grouping for people and tools, not a code a response carries.
///
/// # Example
///
/// ```
/// use vod_error_codes::ErrorCode;
///
/// let family = ErrorCode::OperationDenied_Suspended.family();
/// assert_eq!(family.name(), "OperationDenied");
/// assert_eq!(family.code(), Some(ErrorCode::OperationDenied));
/// assert!(family.codes().any(|code| code == ErrorCode::OperationDenied_Suspended));
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Family {
    name: &'static str,
}

impl Family {
    /// The family's name: the first segment of its codes' wire strings.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::Forbidden.family().name(), "Forbidden");
    /// ```
    pub fn name(self) -> &'static str {
        self.name
    }

    /// The code named like the family, when there is one.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::InternalError.family().code(), Some(ErrorCode::InternalError));
    /// ```
    pub fn code(self) -> Option<ErrorCode> {
        ErrorCode::from_wire(self.name)
    }

    /// Every code of the family, in table order.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    ///
    /// let family = ErrorCode::InvalidVideo_NotFound.family();
    /// assert_eq!(family.code(), None);
    /// let members: Vec<&str> = family.codes().map(ErrorCode::as_str).collect();
    /// assert_eq!(members, ["InvalidVideo.NotFound", "InvalidVideo.NoneStream", "InvalidVideo.Damaged"]);
    /// ```
    pub fn codes(self) -> impl Iterator<Item = ErrorCode> {
        ErrorCode::all().filter(move |code| code.family().name == self.name)
    }
}

impl ErrorCode {
    fn row(self) -> &'static CodeRow {
        &CODES[self as usize]
    }

    /// Every code, in table order.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::all().next(), Some(ErrorCode::MissingParameter));
    /// assert_eq!(ErrorCode::all().count(), ErrorCode::COUNT);
    /// ```
    pub fn all() -> impl ExactSizeIterator<Item = ErrorCode> + Clone {
        ErrorCode::ALL.iter().copied()
    }

    /// The code exactly as the API sends it on the wire.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::ServiceUnAvailable.as_str(), "ServiceUnAvailable");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.row().wire
    }

    /// The code's usual HTTP status: the one most operations document.
    ///
    /// An operation can document another ([`ErrorCode::documented`]).
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::InternalError.http_status(), 500);
    /// ```
    pub fn http_status(self) -> u16 {
        self.row().status
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
    pub fn is_retryable(self) -> bool {
        self.row().retryable
    }

    /// Whether the code is one of the common errors any operation can return.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    ///
    /// assert!(ErrorCode::Forbidden.is_common());
    /// ```
    pub fn is_common(self) -> bool {
        self.row().common
    }

    /// Why the API no longer sends the code, for a retired one.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::Forbidden.retired(), None);
    /// ```
    pub fn retired(self) -> Option<&'static str> {
        self.row().retired
    }

    /// What a reader should know about the code as its source documents it, if anything.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::MissingParameter.note(), None);
    /// ```
    pub fn note(self) -> Option<&'static str> {
        self.row().note
    }

    /// The code's own message.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::{ErrorCode, Message};
    ///
    /// assert_eq!(ErrorCode::MissingParameter.message(), Message::MissingParameter);
    /// ```
    pub fn message(self) -> Message {
        self.row().messages[0]
    }

    /// Every message of the code: its own, then the variants some operations send.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::Forbidden.messages()[0], ErrorCode::Forbidden.message());
    /// ```
    pub fn messages(self) -> &'static [Message] {
        self.row().messages
    }

    /// The id of the code's Fluent message: the wire string in kebab-case, `_` for each dot.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::OperationDenied_Suspended.message_id(), "operation-denied_suspended");
    /// ```
    pub fn message_id(self) -> &'static str {
        self.message().id()
    }

    /// Every operation that documents the code, with the status and message it sends.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    ///
    /// for documented in ErrorCode::MissingParameter.documented() {
    ///     assert_eq!(documented.code, ErrorCode::MissingParameter);
    /// }
    /// ```
    pub fn documented(self) -> impl ExactSizeIterator<Item = &'static Documented> {
        self.row().documented.iter().copied()
    }

    /// The position of the code in [`ErrorCode::ALL`], for tables indexed by code.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    ///
    /// for (position, code) in ErrorCode::all().enumerate() {
    ///     assert_eq!(code.index(), position);
    /// }
    /// ```
    pub fn index(self) -> usize {
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
        WIRE_INDEX.binary_search_by(|(known, _)| (*known).cmp(wire)).ok().map(|position| WIRE_INDEX[position].1)
    }

    /// The code's family: the codes that share the part of the wire string before the first dot.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::OperationDenied_Suspended.family().name(), "OperationDenied");
    /// ```
    pub fn family(self) -> Family {
        let wire = self.as_str();
        Family { name: wire.split_once('.').map_or(wire, |(first, _)| first) }
    }

    /// The nearest code this one is a kind of: drop the last segment of the wire string until
    /// what is left is a code. `OperationDenied.Suspended` is an `OperationDenied`;
    /// `InvalidVideo.NotFound` has no parent, since `InvalidVideo` is no code.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::OperationDenied_Suspended.parent(), Some(ErrorCode::OperationDenied));
    /// assert_eq!(ErrorCode::OperationDenied.parent(), None);
    /// ```
    pub fn parent(self) -> Option<ErrorCode> {
        let mut rest = self.as_str();
        while let Some((head, _)) = rest.rsplit_once('.') {
            if let Some(code) = ErrorCode::from_wire(head) {
                return Some(code);
            }
            rest = head;
        }
        None
    }

    /// Whether this code is `other` or a kind of it, through any number of parents.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    ///
    /// assert!(ErrorCode::OperationDenied_Suspended.is_a(ErrorCode::OperationDenied));
    /// assert!(ErrorCode::OperationDenied.is_a(ErrorCode::OperationDenied));
    /// assert!(!ErrorCode::OperationDenied.is_a(ErrorCode::OperationDenied_Suspended));
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
    pub fn fault(self) -> Fault {
        if self.http_status() >= 500 { Fault::Server } else { Fault::Client }
    }
}

/// Formats the wire string.
///
/// ```
/// use vod_error_codes::ErrorCode;
///
/// assert_eq!(ErrorCode::OperationDenied_Suspended.to_string(), "OperationDenied.Suspended");
/// ```
impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Parses the exact wire string; anything else is an error.
///
/// ```
/// use vod_error_codes::ErrorCode;
///
/// assert_eq!("Forbidden".parse::<ErrorCode>(), Ok(ErrorCode::Forbidden));
/// assert!("Forbiden".parse::<ErrorCode>().is_err());
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

/// Deserializes from the exact wire string of a known code; to read any code, known or not,
/// deserialize a [`WireCode`](crate::WireCode).
///
/// ```
/// use vod_error_codes::ErrorCode;
///
/// let code: ErrorCode = serde_json::from_str(r#""OperationDenied.Suspended""#).unwrap();
/// assert_eq!(code, ErrorCode::OperationDenied_Suspended);
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
