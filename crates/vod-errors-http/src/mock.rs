//! A mock VOD endpoint on axum: answers every request with a catalogue error, for client tests.
//!
//! `vod-errors serve` runs it. The error is fixed at start; a request header `x-vod-error:
//! <CODE>` picks another for that request, and `x-vod-error-format: json|xml|problem` forces a
//! body format.

use std::collections::hash_map::RandomState;
use std::future::Future;
use std::hash::{BuildHasher, Hasher};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use arc_swap::ArcSwap;
use axum::Router;
use axum::extract::{Request, State};
use axum::response::{IntoResponse, Response};
use http::HeaderMap;
use vod_error_codes::{ErrorCode, VodError};

use crate::format::BodyFormat;
use crate::responder::{ErrorResponder, ErrorResponse};

/// The request header that picks the error for one request.
pub const ERROR_HEADER: &str = "x-vod-error";

/// The request header that forces the body format for one request.
pub const FORMAT_HEADER: &str = "x-vod-error-format";

/// Lets axum handlers return an [`ErrorResponse`] directly.
impl IntoResponse for ErrorResponse {
    fn into_response(self) -> Response {
        self.into_http().into_response()
    }
}

/// The mock endpoint's settings and its current responder, which can be swapped while serving.
///
/// # Example
///
/// ```
/// use vod_error_codes::VodError;
/// use vod_error_l10n::Catalog;
/// use vod_errors_http::{ErrorResponder, MockEndpoint};
///
/// let mock = MockEndpoint::new(ErrorResponder::new(Catalog::embedded()), VodError::Forbidden(), Vec::new());
/// let router = vod_errors_http::mock_router(std::sync::Arc::new(mock));
/// # let _ = router;
/// ```
pub struct MockEndpoint {
    responder: ArcSwap<ErrorResponder>,
    error: VodError,
    arguments: Vec<(String, String)>,
    format: Option<BodyFormat>,
    requests: AtomicU64,
    seed: u64,
    log: Option<RequestLogger>,
}

/// Receives one [`RequestLog`] per answered request.
pub type RequestLogger = Box<dyn Fn(&RequestLog<'_>) + Send + Sync>;

/// What the mock answered to one request, for a log line.
///
/// # Example
///
/// ```
/// use std::time::Duration;
/// use vod_errors_http::RequestLog;
///
/// let log = RequestLog {
///     method: "POST",
///     path: "/?Action=GetPlayInfo",
///     code: "Forbidden",
///     status: 403,
///     locale: "ja-JP",
///     request_id: "7A1B",
///     elapsed: Duration::from_micros(210),
/// };
/// assert_eq!(log.to_string(), "POST /?Action=GetPlayInfo 403 Forbidden ja-JP 7A1B 0.210 ms");
/// ```
#[derive(Clone, Copy, Debug)]
pub struct RequestLog<'a> {
    /// The request's method.
    pub method: &'a str,
    /// The request's path and query.
    pub path: &'a str,
    /// The error code answered.
    pub code: &'a str,
    /// The HTTP status answered.
    pub status: u16,
    /// The locale of the message.
    pub locale: &'a str,
    /// The request id the answer carries.
    pub request_id: &'a str,
    /// How long answering took.
    pub elapsed: Duration,
}

/// One line: method, path, status, code, locale, request id, time in milliseconds.
impl std::fmt::Display for RequestLog<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {} {} {} {} {} {:.3} ms",
            self.method,
            self.path,
            self.status,
            self.code,
            self.locale,
            self.request_id,
            self.elapsed.as_secs_f64() * 1000.0
        )
    }
}

impl std::fmt::Debug for MockEndpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MockEndpoint")
            .field("error", &self.error)
            .field("format", &self.format)
            .field("logs", &self.log.is_some())
            .finish_non_exhaustive()
    }
}

impl MockEndpoint {
    /// A mock that answers `error`; `arguments` fill the arguments of codes picked per request.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::{ErrorResponder, MockEndpoint};
    ///
    /// let arguments = vec![("parameter".to_owned(), "VideoId".to_owned())];
    /// let mock = MockEndpoint::new(ErrorResponder::new(Catalog::embedded()), VodError::MissingParameter("VideoId"), arguments);
    /// assert_eq!(mock.error().code().as_str(), "MissingParameter");
    /// ```
    pub fn new(responder: ErrorResponder, error: VodError, arguments: Vec<(String, String)>) -> MockEndpoint {
        MockEndpoint {
            responder: ArcSwap::from_pointee(responder),
            error,
            arguments,
            format: None,
            requests: AtomicU64::new(0),
            seed: RandomState::new().hash_one(std::process::id()),
            log: None,
        }
    }

    /// Calls `logger` once per answered request, after the answer is built.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::{ErrorResponder, MockEndpoint};
    ///
    /// let mock = MockEndpoint::new(ErrorResponder::new(Catalog::embedded()), VodError::Forbidden(), Vec::new())
    ///     .with_request_log(Box::new(|line| eprintln!("{line}")));
    /// # let _ = mock;
    /// ```
    pub fn with_request_log(mut self, logger: RequestLogger) -> MockEndpoint {
        self.log = Some(logger);
        self
    }

    /// Answers every request in this format, whatever it asks for.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::{BodyFormat, ErrorResponder, MockEndpoint};
    ///
    /// let mock = MockEndpoint::new(ErrorResponder::new(Catalog::embedded()), VodError::Forbidden(), Vec::new())
    ///     .with_format(BodyFormat::Xml);
    /// # let _ = mock;
    /// ```
    pub fn with_format(mut self, format: BodyFormat) -> MockEndpoint {
        self.format = Some(format);
        self
    }

    /// The error answered when a request picks none.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::{ErrorResponder, MockEndpoint};
    ///
    /// let mock = MockEndpoint::new(ErrorResponder::new(Catalog::embedded()), VodError::InternalError(), Vec::new());
    /// assert_eq!(mock.error(), &VodError::InternalError());
    /// ```
    pub fn error(&self) -> &VodError {
        &self.error
    }

    /// The responder in use now.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::{ErrorResponder, MockEndpoint};
    ///
    /// let mock = MockEndpoint::new(ErrorResponder::new(Catalog::embedded()), VodError::Forbidden(), Vec::new());
    /// assert!(mock.responder().catalog().locales().count() > 0);
    /// ```
    pub fn responder(&self) -> Arc<ErrorResponder> {
        self.responder.load_full()
    }

    /// Swaps in a new responder: requests that already hold the old one finish with it, and every
    /// later request uses the new one, so no response mixes the two.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::{ErrorResponder, MockEndpoint};
    ///
    /// let mock = MockEndpoint::new(ErrorResponder::new(Catalog::embedded()), VodError::Forbidden(), Vec::new());
    /// mock.replace_responder(ErrorResponder::new(Catalog::embedded()).with_host_id("other"));
    /// assert_eq!(mock.responder().host_id(), "other");
    /// ```
    pub fn replace_responder(&self, responder: ErrorResponder) {
        self.responder.store(Arc::new(responder));
    }

    /// The answer to one request.
    ///
    /// # Example
    ///
    /// ```
    /// use http::HeaderMap;
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::{ErrorResponder, MockEndpoint};
    ///
    /// let mock = MockEndpoint::new(ErrorResponder::new(Catalog::embedded()), VodError::Forbidden(), Vec::new());
    /// let mut headers = HeaderMap::new();
    /// headers.insert("x-vod-error", "ServiceUnAvailable".parse().unwrap());
    /// assert_eq!(mock.answer(&headers, None).into_http().status(), 503);
    /// ```
    pub fn answer(&self, headers: &HeaderMap, query: Option<&str>) -> ErrorResponse {
        let error = match headers.get(ERROR_HEADER) {
            None => self.error.clone(),
            Some(value) => match value.to_str().ok().and_then(|text| ErrorCode::lookup(text.trim()).ok()) {
                Some(code) => self.error_for(code),
                None => VodError::InvalidParameter(ERROR_HEADER),
            },
        };
        let format = headers
            .get(FORMAT_HEADER)
            .and_then(|value| value.to_str().ok())
            .and_then(|name| match name.trim().to_ascii_lowercase().as_str() {
                "json" => Some(BodyFormat::Json),
                "xml" => Some(BodyFormat::Xml),
                "problem" => Some(BodyFormat::Problem),
                _ => None,
            })
            .or(self.format)
            .unwrap_or_else(|| BodyFormat::negotiate(headers, query));
        self.responder.load().respond_in(format, &error, &self.next_request_id(), headers)
    }

    /// The error for a code picked per request: its arguments from the mock's, else `<name>`.
    fn error_for(&self, code: ErrorCode) -> VodError {
        let message = code.message();
        let given: Vec<(&str, String)> = message
            .arguments()
            .iter()
            .filter_map(|argument| {
                let value = self.arguments.iter().find(|(name, _)| name == argument.name)?;
                Some((argument.name, value.1.clone()))
            })
            .collect();
        if given.len() == message.arguments().len()
            && let Ok(error) = VodError::new(message, given)
        {
            return error;
        }
        VodError::placeholders(message)
    }

    /// A fresh request id shaped like the provider's (a UUID in upper case).
    fn next_request_id(&self) -> String {
        let count = self.requests.fetch_add(1, Ordering::Relaxed);
        let mut high = RandomState::new().build_hasher();
        high.write_u64(self.seed ^ count);
        let mut low = RandomState::new().build_hasher();
        low.write_u64(count.rotate_left(17) ^ self.seed);
        let (high, low) = (high.finish(), low.finish());
        format!(
            "{:08X}-{:04X}-4{:03X}-{:04X}-{:012X}",
            high >> 32,
            (high >> 16) & 0xffff,
            high & 0x0fff,
            (low >> 48) & 0x3fff | 0x8000,
            low & 0xffff_ffff_ffff
        )
    }
}

/// The router of the mock endpoint: every method and path gets the mock's answer.
///
/// # Example
///
/// ```
/// use std::sync::Arc;
/// use vod_error_codes::VodError;
/// use vod_error_l10n::Catalog;
/// use vod_errors_http::{ErrorResponder, MockEndpoint, mock_router};
///
/// let mock = Arc::new(MockEndpoint::new(ErrorResponder::new(Catalog::embedded()), VodError::Forbidden(), Vec::new()));
/// let _router: axum::Router = mock_router(mock);
/// ```
pub fn mock_router(mock: Arc<MockEndpoint>) -> Router {
    Router::new().fallback(answer).with_state(mock)
}

async fn answer(State(mock): State<Arc<MockEndpoint>>, request: Request) -> ErrorResponse {
    let started = Instant::now();
    let response = mock.answer(request.headers(), request.uri().query());
    if let Some(log) = &mock.log {
        let path = request.uri().path_and_query().map_or("/", |path| path.as_str());
        let http = response.http();
        let request_id = http.headers().get(crate::REQUEST_ID_HEADER).and_then(|v| v.to_str().ok()).unwrap_or("-");
        let locale = response.locale().to_string();
        log(&RequestLog {
            method: request.method().as_str(),
            path,
            code: response.code(),
            status: http.status().as_u16(),
            locale: &locale,
            request_id,
            elapsed: started.elapsed(),
        });
    }
    response
}

/// Serves the mock endpoint on `listener` until `shutdown` completes, then finishes open requests.
///
/// # Example
///
/// ```no_run
/// # async fn run() -> std::io::Result<()> {
/// use std::sync::Arc;
/// use vod_error_codes::VodError;
/// use vod_error_l10n::Catalog;
/// use vod_errors_http::{ErrorResponder, MockEndpoint, serve_mock};
///
/// let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
/// let mock = Arc::new(MockEndpoint::new(ErrorResponder::new(Catalog::embedded()), VodError::Forbidden(), Vec::new()));
/// serve_mock(listener, mock, async { let _ = tokio::signal::ctrl_c().await; }).await
/// # }
/// ```
pub async fn serve_mock(
    listener: tokio::net::TcpListener,
    mock: Arc<MockEndpoint>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, mock_router(mock)).with_graceful_shutdown(shutdown).await
}
