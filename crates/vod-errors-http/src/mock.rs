//! A mock VOD endpoint on axum: answers every request with a catalogue error, for client tests.
//!
//! `vod-errors serve` runs it. The error is fixed at start; per request:
//! - the API's `Action` parameter (in the query, or in a form body), or the `x-acs-action` header
//!   that requests signed the newer way (ACS3, as today's SDKs sign them) carry, names the
//!   operation, whose status and message the answer takes, as the real service's would;
//! - `x-vod-error: <CODE>` picks another code, and `x-vod-error-variant: <NAME>` one of its
//!   messages where an operation documents several;
//! - `x-vod-error-arg: name=value` (repeatable) fills the message's arguments, over the mock's own;
//! - `x-vod-error-format: json|xml|problem` forces a body format.
//!
//! What the mock could not do as asked (a code the operation does not document, an unknown
//! operation, variant or argument) is answered anyway, as closely as it can, and said in the
//! response header `x-vod-error-note`.

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::hash_map::RandomState;
use std::future::Future;
use std::hash::BuildHasher;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use arc_swap::ArcSwap;
use axum::Router;
use axum::extract::{Request, State};
use axum::response::{IntoResponse, Response};
use http::header::CONTENT_TYPE;
use http::{HeaderMap, HeaderValue};
use vod_error_codes::{ArgumentKind, Documented, ErrorCode, Message, Operation, Value, VodError};

use crate::answer_cache::{AnswerCache, AnswerKey, AnswerTemplate, relevant_headers};
use crate::format::{BodyFormat, format_parameter};
use crate::responder::{ErrorResponder, ErrorResponse};

/// The request header that names the operation in requests signed the newer way (ACS3).
pub const ACTION_HEADER: &str = "x-acs-action";

/// The request header that picks the error for one request.
pub const ERROR_HEADER: &str = "x-vod-error";

/// The request header that forces the body format for one request.
pub const FORMAT_HEADER: &str = "x-vod-error-format";

/// The request header that picks one of the code's messages by variant name.
pub const VARIANT_HEADER: &str = "x-vod-error-variant";

/// The request header, repeatable, that gives one argument's value: `name=value`.
pub const ARGUMENT_HEADER: &str = "x-vod-error-arg";

/// The response header that says what the mock could not do as the request asked.
pub const NOTE_HEADER: &str = "x-vod-error-note";

/// The largest form body read for its `Action`; a larger body is answered without reading it.
pub const MAX_FORM_BYTES: usize = 64 * 1024;

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
    serving: ArcSwap<Serving>,
    error: VodError,
    arguments: Vec<(String, String)>,
    format: Option<BodyFormat>,
    seed: u64,
    log: Option<RequestLogger>,
}

/// A responder and the answers remembered from it: swapped together, so that no answer outlives
/// the responder it came from.
struct Serving {
    responder: Arc<ErrorResponder>,
    answers: AnswerCache,
}

impl Serving {
    fn new(responder: ErrorResponder) -> Serving {
        Serving { responder: Arc::new(responder), answers: AnswerCache::default() }
    }
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
            serving: ArcSwap::from_pointee(Serving::new(responder)),
            error,
            arguments,
            format: None,
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
        Arc::clone(&self.serving.load().responder)
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
        self.serving.store(Arc::new(Serving::new(responder)));
    }

    /// The answer to one request: its headers, its query string and its form body, if any.
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
    /// assert_eq!(mock.answer(&headers, None, None).into_http().status(), 503);
    ///
    /// // The operation's own status: InvalidVideo.NotFound is 400 on DeleteMultipartUpload, 404 elsewhere.
    /// headers.insert("x-vod-error", "InvalidVideo.NotFound".parse().unwrap());
    /// assert_eq!(mock.answer(&headers, Some("Action=DeleteMultipartUpload"), None).into_http().status(), 400);
    /// assert_eq!(mock.answer(&headers, None, Some("Action=GetPlayInfo")).into_http().status(), 404);
    /// ```
    pub fn answer(&self, headers: &HeaderMap, query: Option<&str>, form: Option<&str>) -> ErrorResponse {
        let action = requested_action(headers, query, form);
        let query_format = query.and_then(format_parameter);
        let serving = self.serving.load();
        let request_id = self.next_request_id();
        let request_id = request_id.as_str();
        let key = AnswerKey::new(headers, action.as_deref(), query_format);
        if let Some(response) = serving.answers.answer(&key, request_id) {
            return response;
        }
        // Computed from the relevant headers only, so that the key holds everything it depends on.
        let relevant = relevant_headers(headers);
        let render =
            |id: &str| self.answer_uncached(&serving.responder, &relevant, action.as_deref(), query_format, id);
        match AnswerTemplate::new(render) {
            Some(template) => {
                let response = template.fill(request_id);
                serving.answers.keep(key, template);
                response
            }
            None => render(request_id),
        }
    }

    /// The answer to a request, rendered: `headers` are its relevant headers, `action` the
    /// operation it names and `query_format` the `Format` parameter of its query.
    pub(crate) fn answer_uncached(
        &self,
        responder: &ErrorResponder,
        headers: &HeaderMap,
        action: Option<&str>,
        query_format: Option<BodyFormat>,
        request_id: &str,
    ) -> ErrorResponse {
        let mut notes = Vec::new();
        let error = self.error_for_request(headers, action, &mut notes);
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
            .or(query_format)
            .unwrap_or_else(|| BodyFormat::from_accept(headers));
        let mut response = responder.respond_in(format, &error, request_id, headers);
        if !notes.is_empty()
            && let Ok(value) = HeaderValue::from_str(&ascii_note(&notes.join("; ")))
        {
            response.headers_mut().insert(NOTE_HEADER, value);
        }
        response
    }

    /// How many answers are remembered from the responder in use.
    #[cfg(test)]
    pub(crate) fn remembered_answers(&self) -> usize {
        self.serving.load().answers.len()
    }

    /// The error a request asks for; what could not be done as asked is added to `notes`.
    fn error_for_request(&self, headers: &HeaderMap, action: Option<&str>, notes: &mut Vec<String>) -> VodError {
        let code = match headers.get(ERROR_HEADER) {
            None => self.error.code(),
            Some(value) => match value.to_str().ok().and_then(|text| ErrorCode::lookup(text.trim()).ok()) {
                Some(code) => code,
                None => return VodError::InvalidParameter(ERROR_HEADER),
            },
        };
        let operation = action.and_then(|name| {
            let operation = Operation::from_name(name);
            if operation.is_none() {
                notes.push(format!("the catalogue documents no operation `{name}`: the code's usual status is used"));
            }
            operation
        });
        let variant =
            headers.get(VARIANT_HEADER).map(|value| String::from_utf8_lossy(value.as_bytes()).trim().to_owned());
        let rows: Vec<&'static Documented> =
            operation.map(|operation| operation.documents(code).collect()).unwrap_or_default();
        if let Some(operation) = operation
            && rows.is_empty()
        {
            notes.push(format!(
                "{operation} does not document {code}: it is answered with the code's usual status {}",
                code.http_status()
            ));
        }
        let documented = match &variant {
            None => rows.first().copied(),
            Some(name) => rows.iter().copied().find(|row| row.message.variant() == Some(name.as_str())),
        };
        let message = match (documented, &variant) {
            (Some(row), _) => row.message,
            (None, None) if code == self.error.code() => self.error.message(),
            (None, None) => code.message(),
            (None, Some(name)) => match code.messages().iter().copied().find(|m| m.variant() == Some(name.as_str())) {
                Some(message) => {
                    if let Some(operation) = operation
                        && !rows.is_empty()
                    {
                        notes.push(format!("{operation} does not send the variant `{name}` of {code}"));
                    }
                    message
                }
                None => {
                    notes.push(format!("{code} has no variant `{name}`: its own message is used"));
                    code.message()
                }
            },
        };
        let values = self.argument_values(headers, message, documented, notes);
        let error = match documented {
            Some(row) => row.error(values),
            None => VodError::new(message, values),
        };
        // A number argument without a number (none given) cannot be built: every argument
        // becomes its placeholder, as the message's own `<name>`.
        let error = error.unwrap_or_else(|_| VodError::placeholders(message));
        match operation {
            Some(operation) => error.in_operation(operation),
            None => error,
        }
    }

    /// The value of each argument of `message` that the operation does not fix: the request's
    /// `x-vod-error-arg`, else the mock's own (`--arg`), else the default error's, else `<name>`.
    fn argument_values(
        &self,
        headers: &HeaderMap,
        message: Message,
        documented: Option<&Documented>,
        notes: &mut Vec<String>,
    ) -> Vec<(&'static str, Value)> {
        let mut requested: Vec<(String, String)> = Vec::new();
        for value in headers.get_all(ARGUMENT_HEADER) {
            let text = String::from_utf8_lossy(value.as_bytes());
            match text.split_once('=') {
                Some((name, value)) if message.arguments().iter().any(|argument| argument.name == name.trim()) => {
                    requested.push((name.trim().to_owned(), value.trim().to_owned()));
                }
                Some((name, _)) => {
                    notes.push(format!("the message of {} takes no argument `{}`", message.code(), name.trim()))
                }
                None => notes.push(format!("`{ARGUMENT_HEADER}: {text}` is not `name=value`")),
            }
        }
        let fixed = |name: &str| documented.is_some_and(|row| row.arguments.iter().any(|(fixed, _)| *fixed == name));
        message
            .arguments()
            .iter()
            .filter(|argument| !fixed(argument.name))
            .map(|argument| {
                let given = requested
                    .iter()
                    .rev()
                    .find(|(name, _)| name == argument.name)
                    .or_else(|| self.arguments.iter().find(|(name, _)| name == argument.name))
                    .map(|(_, value)| value.as_str());
                let value = match (given, argument.kind) {
                    (Some(text), ArgumentKind::Number) => text.parse::<i64>().map(Value::Number).unwrap_or_else(|_| {
                        notes.push(format!("`{}` takes a whole number, not `{text}`", argument.name));
                        Value::from(format!("<{}>", argument.name))
                    }),
                    (Some(text), ArgumentKind::Text) => Value::from(text.to_owned()),
                    (None, _) => match self.error.argument(argument.name) {
                        Some(value) if self.error.message() == message => value.clone(),
                        _ => Value::from(format!("<{}>", argument.name)),
                    },
                };
                (argument.name, value)
            })
            .collect()
    }

    /// A fresh request id shaped like the provider's (a version-4 UUID in upper case): a count no
    /// other request of the process gets, mixed with this mock's seed by a bijection, so that no
    /// two requests share an id.
    pub(crate) fn next_request_id(&self) -> RequestId {
        let count = next_request_count();
        RequestId::new(mix(self.seed ^ count), mix(count.rotate_left(17) ^ !self.seed))
    }
}

/// How many request counts a thread takes at a time from the process's counter.
const COUNTS_PER_BLOCK: u64 = 1024;

/// The process's next unused block of request counts.
static NEXT_COUNT_BLOCK: AtomicU64 = AtomicU64::new(0);

thread_local! {
    /// This thread's next request count and the end of its block: threads do not contend for
    /// one counter on every request.
    static COUNTS: Cell<(u64, u64)> = const { Cell::new((0, 0)) };
}

/// A request count unique in the process.
fn next_request_count() -> u64 {
    COUNTS.with(|counts| {
        let (mut next, mut end) = counts.get();
        if next == end {
            next = NEXT_COUNT_BLOCK.fetch_add(COUNTS_PER_BLOCK, Ordering::Relaxed);
            end = next + COUNTS_PER_BLOCK;
        }
        counts.set((next + 1, end));
        next
    })
}

/// A request id: 36 ASCII characters, `8-4-4-4-12` hexadecimal digits.
pub(crate) struct RequestId([u8; 36]);

impl RequestId {
    /// The UUID of version 4 whose random bits come from `high` and `low`.
    fn new(high: u64, low: u64) -> RequestId {
        const DIGITS: &[u8; 16] = b"0123456789ABCDEF";
        let high = (high & !0xf000) | 0x4000; // the version, 4
        let low = (low & !(0xc << 60)) | (0x8 << 60); // the variant, 10xx
        let mut text = [b'-'; 36];
        // The 32 digits, most significant first, around the hyphens at 8, 13, 18 and 23.
        let places = text.iter_mut().enumerate().filter(|(index, _)| !matches!(index, 8 | 13 | 18 | 23));
        for (digit, (_, place)) in places.enumerate() {
            let (word, shift) = if digit < 16 { (high, 60 - 4 * digit) } else { (low, 60 - 4 * (digit - 16)) };
            *place = DIGITS[((word >> shift) & 0xf) as usize];
        }
        RequestId(text)
    }

    pub(crate) fn as_str(&self) -> &str {
        // Always ASCII: hexadecimal digits and hyphens.
        std::str::from_utf8(&self.0).unwrap_or("-")
    }
}

/// SplitMix64's finalizer: a bijection of 64-bit values that scatters neighbouring counts.
fn mix(value: u64) -> u64 {
    let mut z = value.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The operation a request names: its query's `Action`, else its form body's, else the
/// `x-acs-action` header's.
pub(crate) fn requested_action<'a>(
    headers: &'a HeaderMap,
    query: Option<&'a str>,
    form: Option<&'a str>,
) -> Option<Cow<'a, str>> {
    parameter(query, "Action").or_else(|| parameter(form, "Action")).or_else(|| {
        headers.get(ACTION_HEADER).and_then(|value| value.to_str().ok()).map(|name| Cow::Borrowed(name.trim()))
    })
}

/// The first value of a parameter in a query string or form body, decoded.
///
/// Text with no `%` and no `+` decodes to itself, so it is split as form_urlencoded splits it
/// (pairs at `&`, empty ones skipped, name and value at the first `=`) without decoding: every
/// request of a mock reads its `Action` this way.
fn parameter<'a>(encoded: Option<&'a str>, name: &str) -> Option<Cow<'a, str>> {
    let encoded = encoded?;
    if encoded.contains(['%', '+']) {
        return form_urlencoded::parse(encoded.as_bytes()).find(|(key, _)| key == name).map(|(_, value)| value);
    }
    encoded
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| pair.split_once('=').unwrap_or((pair, "")))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| Cow::Borrowed(value))
}

/// A note as a header value can carry it: visible ASCII and spaces, anything else escaped.
fn ascii_note(note: &str) -> String {
    let mut out = String::with_capacity(note.len());
    for c in note.chars() {
        if c == ' ' || c.is_ascii_graphic() {
            out.push(c);
        } else {
            out.extend(c.escape_unicode());
        }
    }
    out
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
    let started = mock.log.is_some().then(Instant::now);
    let (parts, body) = request.into_parts();
    let is_form =
        parts.headers.get(CONTENT_TYPE).and_then(|value| value.to_str().ok()).is_some_and(|value| {
            value.trim_start().to_ascii_lowercase().starts_with("application/x-www-form-urlencoded")
        });
    let form = if is_form { axum::body::to_bytes(body, MAX_FORM_BYTES).await.ok() } else { None };
    let form = form.as_deref().map(String::from_utf8_lossy);
    let response = mock.answer(&parts.headers, parts.uri.query(), form.as_deref());
    if let Some(log) = &mock.log {
        let path = parts.uri.path_and_query().map_or("/", |path| path.as_str());
        let http = response.http();
        let request_id = http.headers().get(crate::REQUEST_ID_HEADER).and_then(|v| v.to_str().ok()).unwrap_or("-");
        let locale = response.locale().to_string();
        log(&RequestLog {
            method: parts.method.as_str(),
            path,
            code: response.code(),
            status: http.status().as_u16(),
            locale: &locale,
            request_id,
            elapsed: started.map(|started| started.elapsed()).unwrap_or_default(),
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

#[cfg(test)]
mod tests {
    use super::parameter;

    /// `parameter` finds what form_urlencoded finds, on the fast path and the decoding one alike.
    fn check(query: &str, expected: Option<&str>) {
        let reference =
            form_urlencoded::parse(query.as_bytes()).find(|(key, _)| key == "Action").map(|(_, value)| value);
        assert_eq!(parameter(Some(query), "Action"), reference, "{query:?}");
        assert_eq!(parameter(Some(query), "Action").as_deref(), expected, "{query:?}");
    }

    #[test]
    fn the_only_parameter() {
        check("Action=GetPlayInfo", Some("GetPlayInfo"));
    }

    #[test]
    fn among_others() {
        check("Format=XML&Action=GetPlayInfo&Version=2017-03-21", Some("GetPlayInfo"));
    }

    #[test]
    fn the_first_of_two() {
        check("Action=GetPlayInfo&Action=DeleteVideo", Some("GetPlayInfo"));
    }

    #[test]
    fn without_a_value() {
        check("Action", Some(""));
    }

    #[test]
    fn with_an_empty_value() {
        check("Action=", Some(""));
    }

    #[test]
    fn empty_pairs_around_it() {
        check("&&Action=GetPlayInfo&", Some("GetPlayInfo"));
    }

    #[test]
    fn an_equals_sign_in_the_value() {
        check("Action=a=b", Some("a=b"));
    }

    #[test]
    fn names_are_case_sensitive() {
        check("action=GetPlayInfo", None);
    }

    #[test]
    fn an_empty_name() {
        check("=GetPlayInfo", None);
    }

    #[test]
    fn percent_encoded() {
        check("Action=Get%50layInfo", Some("GetPlayInfo"));
    }

    #[test]
    fn a_plus_is_a_space() {
        check("Action=Get+PlayInfo", Some("Get PlayInfo"));
    }

    #[test]
    fn an_encoded_name() {
        check("%41ction=GetPlayInfo", Some("GetPlayInfo"));
    }

    #[test]
    fn nothing() {
        check("", None);
    }
}
