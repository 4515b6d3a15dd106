//! VOD catalogue errors as HTTP responses, in the provider's wire format and the caller's language.
//!
//! # Example
//!
//! ```
//! use http::HeaderMap;
//! use vod_error_codes::VodError;
//! use vod_error_l10n::Catalog;
//! use vod_errors_http::ErrorResponder;
//!
//! let responder = ErrorResponder::new(Catalog::embedded());
//! let mut headers = HeaderMap::new();
//! headers.insert("accept-language", "zh-CN,zh;q=0.9".parse().unwrap());
//!
//! let response = responder.respond(&VodError::InvalidParameter("Width"), "7A1B-REQ", &headers, None);
//! let http = response.into_http();
//! assert_eq!(http.status(), 400);
//! assert_eq!(http.headers()["content-type"], "application/json;charset=utf-8");
//! assert_eq!(http.headers()["vary"], "Accept, Accept-Language");
//! let body: serde_json::Value = serde_json::from_str(http.body()).unwrap();
//! assert_eq!(body["Message"], "指定的参数 Width 无效。");
//! assert_eq!(body["RequestId"], "7A1B-REQ");
//! ```
//!
//! The body is the provider's: `RequestId`, `HostId`, `Code`, `Message`, `Recommend`, as JSON by
//! default, as XML (`text/xml;charset=utf-8`) when the request asks for it with `Accept` or the
//! API's `Format=XML`, or as RFC 9457 problem details (`application/problem+json`). `Message` is
//! in the locale negotiated from `Accept-Language`, named by `Content-Language`.
//!
//! Built on the `http` crate, so it fits any framework; the `axum` feature adds `IntoResponse`
//! and the mock endpoint that `vod-errors serve` runs.

#![forbid(unsafe_code)]

#[cfg(feature = "axum")]
mod answer_cache;
mod body;
mod format;
#[cfg(feature = "axum")]
mod mock;
mod responder;

pub use format::BodyFormat;
#[cfg(feature = "axum")]
pub use mock::{
    ACTION_HEADER, ARGUMENT_HEADER, ERROR_HEADER, FORMAT_HEADER, MAX_FORM_BYTES, MockEndpoint, NOTE_HEADER, RequestLog,
    RequestLogger, VARIANT_HEADER, mock_router, serve_mock,
};
pub use responder::{DEFAULT_HOST_ID, DEFAULT_RECOMMEND_BASE, ErrorResponder, ErrorResponse, REQUEST_ID_HEADER};
