//! The mock endpoint's remembered answers: one template per distinct request, filled with each request id.
//!
//! A mock answers the same few requests over and over (one code, one operation, a handful of
//! languages). Everything in its answer but the request id is a function of a few request inputs
//! ([`RELEVANT_HEADERS`], the `Action` and the `Format` parameter), so the answer is rendered once
//! per distinct [`AnswerKey`] and kept as a template: the body cut where the request id goes, and
//! the headers. A template is kept only when two renders with two different ids differ in
//! nothing but the id, so a message that happens to contain an id-like text is never mangled: it
//! is rendered every time instead.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};

use arc_swap::ArcSwap;

use http::header::{ACCEPT, ACCEPT_LANGUAGE, CONTENT_TYPE, VARY};
use http::{HeaderMap, HeaderName, HeaderValue, Response, StatusCode};
use vod_error_l10n::{LanguageIdentifier, RenderIssue};

use crate::format::BodyFormat;
use crate::mock::{ARGUMENT_HEADER, ERROR_HEADER, FORMAT_HEADER, VARIANT_HEADER};
use crate::responder::{ErrorResponse, REQUEST_ID_HEADER, header_value};

/// Every request header the mock's answer depends on. The uncached answer is computed from a
/// copy of the request's headers that holds only these ([`relevant_headers`]), so that nothing
/// outside the key can change an answer.
pub(crate) static RELEVANT_HEADERS: [HeaderName; 6] = [
    HeaderName::from_static(ERROR_HEADER),
    HeaderName::from_static(VARIANT_HEADER),
    HeaderName::from_static(ARGUMENT_HEADER),
    HeaderName::from_static(FORMAT_HEADER),
    ACCEPT,
    ACCEPT_LANGUAGE,
];

/// How many templates a mock keeps; the cache is emptied when full.
const ANSWER_CACHE_ENTRIES: usize = 1024;

/// Two request ids of the provider's shape that differ in every character but the fixed ones; a
/// template is made from the answers to both.
const PROBE_IDS: [&str; 2] = ["00000000-0000-4000-8000-000000000000", "FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF"];

/// The inputs a mock's answer is a function of, as bytes: the relevant headers' values in order,
/// the operation the request names and the `Format` query parameter.
#[derive(Debug)]
pub(crate) struct AnswerKey(Vec<u8>);

impl AnswerKey {
    /// The key of a request whose operation is `action` and whose query asks for `query_format`.
    pub(crate) fn new(headers: &HeaderMap, action: Option<&str>, query_format: Option<BodyFormat>) -> AnswerKey {
        let mut key = Vec::with_capacity(128);
        // One pass over the request's few headers per relevant name, in the map's order (which
        // keeps each name's values in order, as `get_all` does): cheaper than hashing each name.
        for relevant in &RELEVANT_HEADERS {
            for (name, value) in headers {
                if name == relevant {
                    push_field(&mut key, value.as_bytes());
                }
            }
            key.push(b'\n');
        }
        if let Some(action) = action {
            push_field(&mut key, action.as_bytes());
        }
        key.push(match query_format {
            None => 0,
            Some(BodyFormat::Json) => 1,
            Some(BodyFormat::Xml) => 2,
            Some(BodyFormat::Problem) => 3,
        });
        AnswerKey(key)
    }
}

/// Appends one value, its length first, so that no two lists of values make the same key.
fn push_field(key: &mut Vec<u8>, value: &[u8]) {
    key.extend_from_slice(&(value.len() as u64).to_le_bytes());
    key.extend_from_slice(value);
}

/// A copy of `headers` that holds only the [`RELEVANT_HEADERS`], in their order.
pub(crate) fn relevant_headers(headers: &HeaderMap) -> HeaderMap {
    let mut relevant = HeaderMap::new();
    for name in &RELEVANT_HEADERS {
        for value in headers.get_all(name) {
            relevant.append(name.clone(), value.clone());
        }
    }
    relevant
}

/// An answer with the places of its request id: filled with a fresh id per request.
#[derive(Debug)]
pub(crate) struct AnswerTemplate {
    status: StatusCode,
    /// The headers, the request id's with a probe id.
    headers: HeaderMap,
    /// The body, cut where the request id goes.
    pieces: Vec<String>,
    code: &'static str,
    format: BodyFormat,
    locale: LanguageIdentifier,
    issues: Vec<RenderIssue>,
}

impl AnswerTemplate {
    /// The template of the answers `render` gives for any request id, or `None` when two renders
    /// differ in more than the id.
    pub(crate) fn new(render: impl Fn(&str) -> ErrorResponse) -> Option<AnswerTemplate> {
        let [first, second] = PROBE_IDS.map(&render);
        let pieces: Vec<String> = first.response.body().split(PROBE_IDS[0]).map(str::to_owned).collect();
        let second_pieces = second.response.body().split(PROBE_IDS[1]);
        let same_body = second_pieces.eq(pieces.iter().map(String::as_str));
        let carries = |response: &ErrorResponse, id: &str| {
            response.response.headers().get(REQUEST_ID_HEADER).is_some_and(|value| value == id)
        };
        let without_id = |response: &ErrorResponse| {
            let mut headers = response.response.headers().clone();
            headers.remove(REQUEST_ID_HEADER);
            headers
        };
        let same = same_body
            && carries(&first, PROBE_IDS[0])
            && carries(&second, PROBE_IDS[1])
            && without_id(&first) == without_id(&second)
            && first.response.status() == second.response.status()
            && (first.code, first.format, &first.locale, &first.issues)
                == (second.code, second.format, &second.locale, &second.issues);
        // The request id's header stays in its place, with the probe id: each request's id
        // takes its place there.
        let headers = first.response.headers().clone();
        same.then(|| AnswerTemplate {
            status: first.response.status(),
            headers,
            pieces,
            code: first.code,
            format: first.format,
            locale: first.locale,
            issues: first.issues,
        })
    }

    /// The answer with `request_id` in every place the id goes.
    pub(crate) fn fill(&self, request_id: &str) -> ErrorResponse {
        let ids = self.pieces.len().saturating_sub(1);
        let mut body =
            String::with_capacity(self.pieces.iter().map(String::len).sum::<usize>() + ids * request_id.len());
        for (at, piece) in self.pieces.iter().enumerate() {
            if at > 0 {
                body.push_str(request_id);
            }
            body.push_str(piece);
        }
        let mut response = Response::new(body);
        *response.status_mut() = self.status;
        // A value made per answer (the language, the request id) is copied, not shared with the
        // template: a shared value's reference count would pass between the workers' caches on
        // every request. The responder's `Content-Type` and `Vary` are static, free to clone.
        // Under wrk, medians of 5 interleaved runs of the server's CPU time per request: 15.3 µs
        // shared, 14.5 µs copied (the constant server: 12.2 µs). In one thread, with nothing
        // to contend for, copying costs more: 750 -> 850 ns per answer.
        let headers = response.headers_mut();
        headers.reserve(self.headers.len());
        for (name, value) in &self.headers {
            let value = if name == REQUEST_ID_HEADER {
                header_value(request_id)
            } else if name == CONTENT_TYPE || name == VARY {
                value.clone()
            } else {
                HeaderValue::from_bytes(value.as_bytes()).unwrap_or_else(|_| value.clone())
            };
            headers.append(name.clone(), value);
        }
        ErrorResponse {
            response,
            code: self.code,
            format: self.format,
            locale: self.locale.clone(),
            issues: self.issues.clone(),
        }
    }
}

/// The templates of one responder's answers, by request; emptied when full. Read without a lock
/// (arc-swap), since every request reads it and two workers would contend for a lock's counter;
/// a new template is added to a copy, rarely.
#[derive(Default, Debug)]
pub(crate) struct AnswerCache {
    templates: ArcSwap<HashMap<Arc<[u8]>, Arc<AnswerTemplate>>>,
    /// Held while a copy is made and swapped in, so that no two additions lose one another.
    adding: Mutex<()>,
}

impl AnswerCache {
    /// The answer to the request `key` with `request_id`, when its template is kept.
    pub(crate) fn answer(&self, key: &AnswerKey, request_id: &str) -> Option<ErrorResponse> {
        self.templates.load().get(key.0.as_slice()).map(|template| template.fill(request_id))
    }

    /// Keeps a template for the request `key`.
    pub(crate) fn keep(&self, key: AnswerKey, template: AnswerTemplate) {
        let _adding = self.adding.lock().unwrap_or_else(PoisonError::into_inner);
        let current = self.templates.load();
        let mut templates = if current.len() >= ANSWER_CACHE_ENTRIES { HashMap::new() } else { (**current).clone() };
        templates.insert(key.0.into(), Arc::new(template));
        self.templates.store(Arc::new(templates));
    }

    /// How many templates are kept.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.templates.load().len()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use http::HeaderValue;
    use vod_error_codes::VodError;
    use vod_error_l10n::Catalog;

    use super::*;
    use crate::mock::{ACTION_HEADER, MockEndpoint, requested_action};
    use crate::responder::ErrorResponder;

    /// One request: its headers, its query and its form body.
    struct Request {
        headers: Vec<(&'static str, &'static str)>,
        query: Option<&'static str>,
        form: Option<&'static str>,
    }

    fn request(headers: &[(&'static str, &'static str)], query: Option<&'static str>) -> Request {
        Request { headers: headers.to_vec(), query, form: None }
    }

    /// Requests that each differ from another in one input the answer depends on, or in one it
    /// does not; a probe id in an argument must never be taken for the request id.
    fn requests() -> Vec<Request> {
        let ja = ("accept-language", "ja-JP,ja;q=0.9");
        vec![
            request(&[], None),
            request(&[ja], None),
            request(&[("accept-language", "de-DE,de;q=0.9")], None),
            request(&[("accept-language", "xx"), ("accept-language", "ja")], None),
            request(&[ja, ("user-agent", "other")], None),
            request(&[ja], Some("Action=GetPlayInfo")),
            request(&[ja], Some("Action=DeleteMultipartUpload")),
            request(&[ja], Some("Action=NoSuchOperation")),
            request(&[ja], Some("Action=GetPlayInfo&Format=XML")),
            request(&[ja, ("accept", "application/problem+json")], Some("Action=GetPlayInfo")),
            request(&[ja, ("x-vod-error-format", "xml")], None),
            request(&[ja, (ACTION_HEADER, "GetPlayInfo")], None),
            request(&[ja, ("x-vod-error", "Forbidden.IllegalStatus")], Some("Action=GetPlayInfo")),
            request(&[ja, ("x-vod-error", "Forbidden.IllegalStatus")], Some("Action=GetVideoInfo")),
            request(&[("x-vod-error", "MissingParameter"), ("x-vod-error-variant", "domain-name-empty")], None),
            request(&[("x-vod-error", "MissingParameter"), ("x-vod-error-arg", "parameter=Title")], None),
            request(&[("x-vod-error", "MissingParameter"), ("x-vod-error-arg", "parameter=Width")], None),
            request(
                &[
                    ("x-vod-error", "MissingParameter"),
                    ("x-vod-error-arg", "parameter=A"),
                    ("x-vod-error-arg", "parameter=B"),
                ],
                None,
            ),
            request(
                &[
                    ("x-vod-error", "MissingParameter"),
                    ("x-vod-error-arg", "parameter=00000000-0000-4000-8000-000000000000"),
                ],
                None,
            ),
            Request { headers: vec![ja], query: None, form: Some("Action=DeleteMultipartUpload") },
        ]
    }

    fn headers_of(request: &Request) -> HeaderMap {
        let mut headers = HeaderMap::new();
        for (name, value) in &request.headers {
            headers.append(HeaderName::from_static(name), HeaderValue::from_static(value));
        }
        headers
    }

    fn mock() -> MockEndpoint {
        let responder = ErrorResponder::new(Catalog::embedded());
        MockEndpoint::new(responder, VodError::InvalidVideo_NotFound(), Vec::new())
    }

    /// The answer `mock` gives to `request`, and the answer it would give with nothing remembered
    /// and every header seen, with the same request id.
    fn check(mock: &MockEndpoint, request: &Request) {
        let headers = headers_of(request);
        let answered = mock.answer(&headers, request.query, request.form).into_http();
        let id = answered.headers()[REQUEST_ID_HEADER].to_str().unwrap_or_default().to_owned();
        let action = requested_action(&headers, request.query, request.form);
        let query_format = request.query.and_then(crate::format::format_parameter);
        let responder = mock.responder();
        let expected = mock.answer_uncached(&responder, &headers, action.as_deref(), query_format, &id).into_http();
        let shown = format!("{:?} {:?} {:?}", request.headers, request.query, request.form);
        assert_eq!(answered.status(), expected.status(), "{shown}");
        assert_eq!(answered.headers(), expected.headers(), "{shown}");
        assert_eq!(answered.body(), expected.body(), "{shown}");
    }

    #[test]
    fn remembered_answers_equal_answers_rendered_anew() {
        let mock = mock();
        // Twice: the first time most answers are rendered, the second time remembered.
        for _ in 0..2 {
            for request in requests() {
                check(&mock, &request);
            }
        }
    }

    #[test]
    fn an_argument_that_looks_like_a_request_id_is_never_remembered() {
        let mock = mock();
        let requests = requests();
        let Some(probe) = requests.iter().find(|r| r.headers.iter().any(|(_, v)| v.contains("00000000-0000"))) else {
            panic!("the table has no request with a probe id");
        };
        check(&mock, probe);
        assert_eq!(mock.remembered_answers(), 0, "the answer with a probe id in its message was remembered");
        check(&mock, &requests[1]);
        assert_eq!(mock.remembered_answers(), 1);
    }

    #[test]
    fn request_ids_are_distinct_version_4_uuids() {
        let mock = mock();
        let mut seen = HashSet::new();
        for _ in 0..10_000 {
            let id = mock.next_request_id().as_str().to_owned();
            let groups: Vec<usize> = id.split('-').map(str::len).collect();
            assert_eq!(groups, [8, 4, 4, 4, 12], "{id}");
            assert!(id.chars().all(|c| c == '-' || c.is_ascii_digit() || c.is_ascii_uppercase()), "{id}");
            assert_eq!(&id[14..15], "4", "version: {id}");
            assert!(matches!(&id[19..20], "8" | "9" | "A" | "B"), "variant: {id}");
            assert!(seen.insert(id.clone()), "{id} came twice");
        }
    }

    #[test]
    fn a_full_cache_is_emptied_and_keeps_answering() {
        let cache = AnswerCache::default();
        let mock = mock();
        let responder = mock.responder();
        let render = |id: &str| mock.answer_uncached(&responder, &HeaderMap::new(), None, None, id);
        for n in 0..=ANSWER_CACHE_ENTRIES {
            let key = AnswerKey::new(&HeaderMap::new(), Some(&n.to_string()), None);
            let Some(template) = AnswerTemplate::new(render) else { panic!("no template for a plain answer") };
            cache.keep(key, template);
        }
        assert_eq!(cache.len(), 1);
        let key = AnswerKey::new(&HeaderMap::new(), Some(&ANSWER_CACHE_ENTRIES.to_string()), None);
        assert!(cache.answer(&key, "R").is_some());
    }
}
