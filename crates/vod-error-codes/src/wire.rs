//! What a client reads off the wire: `WireCode` holds any code, known or not; `ErrorBody` is the
//! provider's error body.

use std::borrow::Cow;
use std::fmt;

use crate::ErrorCode;

/// An error code as a response carries it: any string, known to the catalogue or not.
///
/// A client must not fail on a code the catalogue does not know yet (`Throttling.User`):
/// deserialize a `WireCode`, then ask [`WireCode::known`].
///
/// # Example
///
/// ```
/// use vod_error_codes::{ErrorCode, WireCode};
///
/// let known: WireCode = serde_json::from_str(r#""Forbidden""#).unwrap();
/// assert_eq!(known.known(), Some(ErrorCode::Forbidden));
/// let new: WireCode = serde_json::from_str(r#""Throttling.User""#).unwrap();
/// assert_eq!(new.known(), None);
/// assert_eq!(new.as_str(), "Throttling.User");
/// ```
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Debug)]
pub struct WireCode(Cow<'static, str>);

impl WireCode {
    /// A wire code from any text.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::WireCode;
    ///
    /// assert_eq!(WireCode::new("Anything").as_str(), "Anything");
    /// ```
    pub fn new(code: impl Into<Cow<'static, str>>) -> WireCode {
        WireCode(code.into())
    }

    /// The code as the response carries it.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::{ErrorCode, WireCode};
    ///
    /// assert_eq!(WireCode::from(ErrorCode::OperationDenied_Suspended).as_str(), "OperationDenied.Suspended");
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The catalogue's code of that exact wire string, if it knows one.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::{ErrorCode, WireCode};
    ///
    /// assert_eq!(WireCode::new("InternalError").known(), Some(ErrorCode::InternalError));
    /// assert_eq!(WireCode::new("internalerror").known(), None);
    /// ```
    pub fn known(&self) -> Option<ErrorCode> {
        ErrorCode::from_wire(&self.0)
    }
}

impl From<ErrorCode> for WireCode {
    fn from(code: ErrorCode) -> WireCode {
        WireCode(Cow::Borrowed(code.as_str()))
    }
}

impl fmt::Display for WireCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl serde::Serialize for WireCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for WireCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<WireCode, D::Error> {
        String::deserialize(deserializer).map(|code| WireCode(Cow::Owned(code)))
    }
}

/// The provider's error body, as a client reads it from a VOD response (JSON or XML).
///
/// Reads the fields the official SDK reads, in either case (`Code` or `code`, `RequestId` or
/// `requestId`); only `Code` is required, and a code the catalogue does not know is kept as it is.
///
/// # Example
///
/// ```
/// use vod_error_codes::{ErrorBody, ErrorCode};
///
/// let body: ErrorBody = serde_json::from_str(r#"{
///     "RequestId": "04F0F334-1335-436C-A1D7-6C044FE73368",
///     "HostId": "vod.cn-shanghai.aliyuncs.com",
///     "Code": "MissingParameter",
///     "Message": "The input parameter VideoId that is mandatory for processing this request is not supplied.",
///     "Recommend": "https://api.aliyun.com/troubleshoot?q=MissingParameter&product=vod"
/// }"#).unwrap();
/// assert_eq!(body.code.known(), Some(ErrorCode::MissingParameter));
/// assert_eq!(body.request_id.as_deref(), Some("04F0F334-1335-436C-A1D7-6C044FE73368"));
///
/// let unknown: ErrorBody = serde_json::from_str(r#"{"code": "Throttling.User", "message": "Slow down"}"#).unwrap();
/// assert_eq!(unknown.code.as_str(), "Throttling.User");
/// assert_eq!(unknown.code.known(), None);
/// ```
#[derive(Clone, PartialEq, Eq, Debug, serde::Serialize, serde::Deserialize)]
pub struct ErrorBody {
    /// The request's id.
    #[serde(rename = "RequestId", alias = "requestId", default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// The endpoint that answered.
    #[serde(rename = "HostId", alias = "hostId", default, skip_serializing_if = "Option::is_none")]
    pub host_id: Option<String>,
    /// The error code.
    #[serde(rename = "Code", alias = "code")]
    pub code: WireCode,
    /// The error message.
    #[serde(rename = "Message", alias = "message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// The troubleshooting link.
    #[serde(rename = "Recommend", alias = "recommend", default, skip_serializing_if = "Option::is_none")]
    pub recommend: Option<String>,
}
