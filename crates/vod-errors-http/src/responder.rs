//! `ErrorResponder`: turns a catalogue error into the HTTP response a VOD client expects.

use http::header::{ACCEPT_LANGUAGE, CONTENT_LANGUAGE, CONTENT_TYPE, HeaderName, HeaderValue, VARY};
use http::{HeaderMap, Response, StatusCode};
use vod_error_codes::VodError;
use vod_error_l10n::{Catalog, DEFAULT_LOCALE, Fallback, LanguageIdentifier, LanguageRequest, Localizer, RenderIssue};

use crate::body::{ErrorBody, ProblemExtras};
use crate::format::BodyFormat;

/// The header that carries the request id, as the provider sends it.
pub const REQUEST_ID_HEADER: HeaderName = HeaderName::from_static("x-acs-request-id");

/// The default `HostId`: the provider's endpoint in its example.
pub const DEFAULT_HOST_ID: &str = "vod.cn-shanghai.aliyuncs.com";

/// The default base of the `Recommend` troubleshooting link.
pub const DEFAULT_RECOMMEND_BASE: &str = "https://api.aliyun.com/troubleshoot";

/// Builds localized error responses in the provider's wire format; cheap to clone and share.
///
/// # Example
///
/// ```
/// use http::HeaderMap;
/// use vod_error_codes::VodError;
/// use vod_error_l10n::Catalog;
/// use vod_errors_http::ErrorResponder;
///
/// let responder = ErrorResponder::new(Catalog::embedded());
/// let mut headers = HeaderMap::new();
/// headers.insert("accept-language", "ja-JP".parse().unwrap());
/// let response = responder.respond(&VodError::MissingParameter("VideoId"), "REQ-1", &headers, None);
///
/// let http = response.into_http();
/// assert_eq!(http.status(), 400);
/// assert_eq!(http.headers()["content-language"], "ja-JP");
/// assert_eq!(http.headers()["x-acs-request-id"], "REQ-1");
/// let body: serde_json::Value = serde_json::from_str(http.body()).unwrap();
/// assert_eq!(body["Code"], "MissingParameter");
/// assert_eq!(body["Message"], "このリクエストの処理に必須の入力パラメーター VideoId が指定されていません。");
/// ```
#[derive(Clone, Debug)]
pub struct ErrorResponder {
    catalog: Catalog,
    host_id: String,
    recommend_base: String,
    default_locale: LanguageIdentifier,
    /// Where the catalogue keeps `default_locale`, found once per catalogue.
    fallback: Option<Fallback>,
    english_messages: bool,
    pseudolocales: bool,
}

/// A response ready to send, with what was decided on the way.
///
/// # Example
///
/// ```
/// use http::HeaderMap;
/// use vod_error_codes::VodError;
/// use vod_error_l10n::Catalog;
/// use vod_errors_http::{BodyFormat, ErrorResponder};
///
/// let response = ErrorResponder::new(Catalog::embedded()).respond(&VodError::Forbidden(), "1", &HeaderMap::new(), None);
/// assert_eq!(response.format(), BodyFormat::Json);
/// assert_eq!(response.locale().to_string(), "en-US");
/// ```
#[derive(Debug)]
pub struct ErrorResponse {
    pub(crate) response: Response<String>,
    pub(crate) code: &'static str,
    pub(crate) format: BodyFormat,
    pub(crate) locale: LanguageIdentifier,
    pub(crate) issues: Vec<RenderIssue>,
}

impl ErrorResponse {
    /// The response.
    ///
    /// # Example
    ///
    /// ```
    /// use http::HeaderMap;
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::ErrorResponder;
    ///
    /// let responder = ErrorResponder::new(Catalog::embedded());
    /// let response = responder.respond(&VodError::ServiceUnAvailable(), "1", &HeaderMap::new(), None);
    /// assert_eq!(response.into_http().status(), 503);
    /// ```
    pub fn into_http(self) -> Response<String> {
        self.response
    }

    /// The response, borrowed.
    ///
    /// # Example
    ///
    /// ```
    /// use http::HeaderMap;
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::ErrorResponder;
    ///
    /// let responder = ErrorResponder::new(Catalog::embedded());
    /// let response = responder.respond(&VodError::Forbidden(), "1", &HeaderMap::new(), None);
    /// assert_eq!(response.http().status(), 403);
    /// ```
    pub fn http(&self) -> &Response<String> {
        &self.response
    }

    /// The response's headers, to add to.
    ///
    /// # Example
    ///
    /// ```
    /// use http::HeaderMap;
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::ErrorResponder;
    ///
    /// let mut response = ErrorResponder::new(Catalog::embedded()).respond(&VodError::Forbidden(), "1", &HeaderMap::new(), None);
    /// response.headers_mut().insert("x-trace", "on".parse().unwrap());
    /// assert_eq!(response.http().headers()["x-trace"], "on");
    /// ```
    pub fn headers_mut(&mut self) -> &mut HeaderMap {
        self.response.headers_mut()
    }

    /// The error code the body carries.
    ///
    /// # Example
    ///
    /// ```
    /// use http::HeaderMap;
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::ErrorResponder;
    ///
    /// let responder = ErrorResponder::new(Catalog::embedded());
    /// assert_eq!(responder.respond(&VodError::Forbidden(), "1", &HeaderMap::new(), None).code(), "Forbidden");
    /// ```
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The body's format.
    ///
    /// # Example
    ///
    /// ```
    /// use http::HeaderMap;
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::{BodyFormat, ErrorResponder};
    ///
    /// let responder = ErrorResponder::new(Catalog::embedded());
    /// let response = responder.respond(&VodError::Forbidden(), "1", &HeaderMap::new(), Some("Format=XML"));
    /// assert_eq!(response.format(), BodyFormat::Xml);
    /// ```
    pub fn format(&self) -> BodyFormat {
        self.format
    }

    /// The locale of the `Message`.
    ///
    /// # Example
    ///
    /// ```
    /// use http::HeaderMap;
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::ErrorResponder;
    ///
    /// let mut headers = HeaderMap::new();
    /// headers.insert("accept-language", "zh".parse().unwrap());
    /// let responder = ErrorResponder::new(Catalog::embedded());
    /// assert_eq!(responder.respond(&VodError::Forbidden(), "1", &headers, None).locale().to_string(), "zh-CN");
    /// ```
    pub fn locale(&self) -> &LanguageIdentifier {
        &self.locale
    }

    /// What went wrong while rendering the text, if anything (see `vod_error_l10n::RenderIssue`).
    ///
    /// # Example
    ///
    /// ```
    /// use http::HeaderMap;
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::ErrorResponder;
    ///
    /// let responder = ErrorResponder::new(Catalog::embedded());
    /// assert!(responder.respond(&VodError::Forbidden(), "1", &HeaderMap::new(), None).issues().is_empty());
    /// ```
    pub fn issues(&self) -> &[RenderIssue] {
        &self.issues
    }
}

impl ErrorResponder {
    /// A responder over a catalogue, with the default `HostId`, `Recommend` base and `en-US` default.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::ErrorResponder;
    ///
    /// let responder = ErrorResponder::new(Catalog::embedded());
    /// assert_eq!(responder.host_id(), "vod.cn-shanghai.aliyuncs.com");
    /// ```
    pub fn new(catalog: impl Into<Catalog>) -> ErrorResponder {
        ErrorResponder {
            catalog: catalog.into(),
            host_id: DEFAULT_HOST_ID.to_owned(),
            recommend_base: DEFAULT_RECOMMEND_BASE.to_owned(),
            default_locale: english(),
            fallback: None,
            english_messages: false,
            pseudolocales: false,
        }
    }

    /// Sets the `HostId` every body carries.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::ErrorResponder;
    ///
    /// let responder = ErrorResponder::new(Catalog::embedded()).with_host_id("vod.ap-southeast-1.aliyuncs.com");
    /// assert_eq!(responder.host_id(), "vod.ap-southeast-1.aliyuncs.com");
    /// ```
    pub fn with_host_id(mut self, host_id: impl Into<String>) -> ErrorResponder {
        self.host_id = host_id.into();
        self
    }

    /// Sets the base of the `Recommend` link; the code and request id are added as query parameters.
    ///
    /// # Example
    ///
    /// ```
    /// use http::HeaderMap;
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::ErrorResponder;
    ///
    /// let responder = ErrorResponder::new(Catalog::embedded()).with_recommend_base("https://help.example/errors");
    /// let http = responder.respond(&VodError::Forbidden(), "A B", &HeaderMap::new(), None).into_http();
    /// assert!(http.body().contains(r#""Recommend":"https://help.example/errors?q=Forbidden&product=vod&requestId=A+B""#));
    /// ```
    pub fn with_recommend_base(mut self, base: impl Into<String>) -> ErrorResponder {
        self.recommend_base = base.into();
        self
    }

    /// Sets the locale used when a request names none the catalogue has (before `en-US`).
    ///
    /// # Example
    ///
    /// ```
    /// use http::HeaderMap;
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::ErrorResponder;
    ///
    /// let responder = ErrorResponder::new(Catalog::embedded()).with_default_locale("de-DE".parse().unwrap());
    /// let response = responder.respond(&VodError::Forbidden(), "1", &HeaderMap::new(), None);
    /// assert_eq!(response.locale().to_string(), "de-DE");
    /// ```
    pub fn with_default_locale(mut self, locale: LanguageIdentifier) -> ErrorResponder {
        self.fallback = self.catalog.fallback(&locale);
        self.default_locale = locale;
        self
    }

    /// Keeps `Message` in `en-US` whatever the request asks, for clients that match on the text.
    ///
    /// # Example
    ///
    /// ```
    /// use http::HeaderMap;
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::ErrorResponder;
    ///
    /// let responder = ErrorResponder::new(Catalog::embedded()).with_english_messages(true);
    /// let mut headers = HeaderMap::new();
    /// headers.insert("accept-language", "ja".parse().unwrap());
    /// assert_eq!(responder.respond(&VodError::Forbidden(), "1", &headers, None).locale().to_string(), "en-US");
    /// ```
    pub fn with_english_messages(mut self, english: bool) -> ErrorResponder {
        self.english_messages = english;
        self
    }

    /// Offers the pseudolocales (`en-XA`, `ar-XB`) to requests whose `Accept-Language` names them,
    /// for testing a client's layout; off by default, so that no real user ever gets one.
    ///
    /// # Example
    ///
    /// ```
    /// use http::HeaderMap;
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::ErrorResponder;
    ///
    /// let mut headers = HeaderMap::new();
    /// headers.insert("accept-language", "ar-XB".parse().unwrap());
    /// let plain = ErrorResponder::new(Catalog::embedded());
    /// assert_eq!(plain.respond(&VodError::Forbidden(), "1", &headers, None).locale().to_string(), "en-US");
    /// let testing = ErrorResponder::new(Catalog::embedded()).with_pseudolocales(true);
    /// assert_eq!(testing.respond(&VodError::Forbidden(), "1", &headers, None).locale().to_string(), "ar-XB");
    /// ```
    pub fn with_pseudolocales(mut self, offer: bool) -> ErrorResponder {
        self.pseudolocales = offer;
        self
    }

    /// The same responder over another catalogue, as after a reload.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::ErrorResponder;
    ///
    /// let responder = ErrorResponder::new(Catalog::embedded()).with_host_id("h");
    /// let reloaded = responder.with_catalog(Catalog::embedded());
    /// assert_eq!(reloaded.host_id(), "h");
    /// ```
    pub fn with_catalog(mut self, catalog: impl Into<Catalog>) -> ErrorResponder {
        let catalog = catalog.into();
        self.fallback = catalog.fallback(&self.default_locale);
        self.catalog = catalog;
        self
    }

    /// The `HostId` every body carries.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::ErrorResponder;
    ///
    /// assert!(!ErrorResponder::new(Catalog::embedded()).host_id().is_empty());
    /// ```
    pub fn host_id(&self) -> &str {
        &self.host_id
    }

    /// The catalogue the responder renders from.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::ErrorResponder;
    ///
    /// assert!(ErrorResponder::new(Catalog::embedded()).catalog().locales().count() > 1);
    /// ```
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The response to a request with these headers and query string, in the format it asks for.
    ///
    /// # Example
    ///
    /// ```
    /// use http::HeaderMap;
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::ErrorResponder;
    ///
    /// let responder = ErrorResponder::new(Catalog::embedded());
    /// let mut headers = HeaderMap::new();
    /// headers.insert("accept", "text/xml".parse().unwrap());
    /// let http = responder.respond(&VodError::InternalError(), "R", &headers, None).into_http();
    /// assert_eq!(http.headers()["content-type"], "text/xml;charset=utf-8");
    /// assert!(http.body().contains("<Code>InternalError</Code>"));
    /// ```
    pub fn respond(
        &self,
        error: &VodError,
        request_id: &str,
        headers: &HeaderMap,
        query: Option<&str>,
    ) -> ErrorResponse {
        self.respond_in(BodyFormat::negotiate(headers, query), error, request_id, headers)
    }

    /// The response in a given format; the language still comes from the headers.
    ///
    /// # Example
    ///
    /// ```
    /// use http::HeaderMap;
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    /// use vod_errors_http::{BodyFormat, ErrorResponder};
    ///
    /// let responder = ErrorResponder::new(Catalog::embedded());
    /// let http = responder.respond_in(BodyFormat::Problem, &VodError::Forbidden(), "R", &HeaderMap::new()).into_http();
    /// let body: serde_json::Value = serde_json::from_str(http.body()).unwrap();
    /// assert_eq!(body["status"], 403);
    /// assert_eq!(body["code"], "Forbidden");
    /// ```
    pub fn respond_in(
        &self,
        format: BodyFormat,
        error: &VodError,
        request_id: &str,
        headers: &HeaderMap,
    ) -> ErrorResponse {
        let localizer = self.localizer(headers);
        let message = localizer.message(error);
        let code = error.code();
        let recommend = self.recommend(code.as_str(), Some(request_id));
        let body = ErrorBody {
            request_id,
            host_id: &self.host_id,
            code: code.as_str(),
            message: &message.text,
            recommend: &recommend,
        };
        let mut issues = message.issues;
        let body = match format {
            BodyFormat::Problem => {
                let description = localizer.description(error.message());
                let problem_type = self.recommend(code.as_str(), None);
                let extras = ProblemExtras {
                    problem_type: &problem_type,
                    title: &description.text,
                    status: error.http_status(),
                };
                issues.extend(description.issues);
                body.render(format, &extras)
            }
            BodyFormat::Json | BodyFormat::Xml => {
                body.render(format, &ProblemExtras { problem_type: "", title: "", status: 0 })
            }
        };
        let mut response = Response::new(body);
        *response.status_mut() = StatusCode::from_u16(error.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static(format.content_type()));
        headers.insert(CONTENT_LANGUAGE, header_value(&message.locale.to_string()));
        headers.insert(VARY, HeaderValue::from_static("Accept, Accept-Language"));
        headers.insert(REQUEST_ID_HEADER, header_value(request_id));
        ErrorResponse { response, code: code.as_str(), format, locale: message.locale, issues }
    }

    /// The localizer for a request: `Accept-Language` negotiated through the catalogue's cache,
    /// then the responder's default locale, then `en-US`.
    fn localizer(&self, headers: &HeaderMap) -> Localizer<'_> {
        if self.english_messages {
            return self.catalog.localizer(&LanguageRequest::languages_of(vec![english()]));
        }
        let mut values = headers.get_all(ACCEPT_LANGUAGE).iter().filter_map(|value| value.to_str().ok());
        let first = values.next().unwrap_or_default();
        let joined;
        let header = match values.next() {
            None => first,
            Some(second) => {
                joined = [first, second].into_iter().chain(values).collect::<Vec<_>>().join(",");
                joined.as_str()
            }
        };
        if self.pseudolocales {
            let request = LanguageRequest::accept_language(header)
                .with_pseudolocales(true)
                .with_fallback(self.default_locale.clone());
            return self.catalog.localizer(&request);
        }
        self.catalog.localizer_for_accept_language_or(header, self.fallback.as_ref())
    }

    /// The troubleshooting link for a code: the base with `q`, `product` and (for `Recommend`)
    /// `requestId` added to its query, whatever query or fragment the base already has.
    fn recommend(&self, code: &str, request_id: Option<&str>) -> String {
        let (base, fragment) = match self.recommend_base.split_once('#') {
            Some((base, fragment)) => (base, Some(fragment)),
            None => (self.recommend_base.as_str(), None),
        };
        let separator = if !base.contains('?') {
            "?"
        } else if base.ends_with('?') || base.ends_with('&') {
            ""
        } else {
            "&"
        };
        // One string, sized for the usual case: the base, then the query, encoded in place.
        let mut link = String::with_capacity(base.len() + code.len() + request_id.map_or(0, str::len) + 48);
        link.push_str(base);
        link.push_str(separator);
        let mut query = form_urlencoded::Serializer::for_suffix(link, base.len() + separator.len());
        query.append_pair("q", code).append_pair("product", "vod");
        if let Some(request_id) = request_id {
            query.append_pair("requestId", request_id);
        }
        let mut link = query.finish();
        if let Some(fragment) = fragment {
            link.push('#');
            link.push_str(fragment);
        }
        link
    }
}

/// `en-US`.
fn english() -> LanguageIdentifier {
    LanguageIdentifier::from_bytes(DEFAULT_LOCALE.as_bytes()).unwrap_or_default()
}

/// A header value for any text: as it is when it is a valid value, else percent-encoded.
pub(crate) fn header_value(text: &str) -> HeaderValue {
    HeaderValue::from_str(text)
        .or_else(|_| HeaderValue::from_str(&form_urlencoded::byte_serialize(text.as_bytes()).collect::<String>()))
        .unwrap_or_else(|_| HeaderValue::from_static("-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_recommend(base: &str, expected: &str) {
        let responder = ErrorResponder::new(Catalog::embedded()).with_recommend_base(base);
        assert_eq!(responder.recommend("OperationDenied.Suspended", Some("A B&C")), expected, "{base}");
    }

    #[test]
    fn recommend_table() {
        check_recommend("https://h/t", "https://h/t?q=OperationDenied.Suspended&product=vod&requestId=A+B%26C");
        check_recommend(
            "https://h/t?lang=ja",
            "https://h/t?lang=ja&q=OperationDenied.Suspended&product=vod&requestId=A+B%26C",
        );
        check_recommend("https://h/t?", "https://h/t?q=OperationDenied.Suspended&product=vod&requestId=A+B%26C");
        check_recommend("https://h/t#top", "https://h/t?q=OperationDenied.Suspended&product=vod&requestId=A+B%26C#top");
    }

    #[test]
    fn header_values_never_fail() {
        assert_eq!(header_value("REQ-1"), "REQ-1");
        assert_eq!(header_value("a\r\nSet-Cookie: x"), "a%0D%0ASet-Cookie%3A+x");
    }
}
