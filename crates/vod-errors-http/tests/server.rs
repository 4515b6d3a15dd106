//! The mock endpoint over real HTTP on 127.0.0.1: every code, every body format, languages, hostile input.

// A failed unwrap or panic in a test is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::Duration;

use vod_error_codes::{ArgumentKind, ErrorCode, VodError};
use vod_error_l10n::Catalog;
use vod_errors_http::{ErrorResponder, MockEndpoint, serve_mock};

/// A mock endpoint served on a free loopback port for the length of a test.
struct TestServer {
    base: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl TestServer {
    fn start(mock: MockEndpoint) -> TestServer {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).unwrap();
                serve_mock(listener, Arc::new(mock), async move {
                    let _ = stopped.await;
                })
                .await
                .unwrap();
            });
        });
        TestServer { base, stop: Some(stop), thread: Some(thread) }
    }

    fn serving(error: VodError) -> TestServer {
        let arguments = error.arguments().map(|(name, value)| (name.to_owned(), value.to_string())).collect();
        TestServer::start(MockEndpoint::new(ErrorResponder::new(Catalog::embedded()), error, arguments))
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A response as the tests look at it.
struct Answer {
    status: u16,
    headers: http::HeaderMap,
    body: String,
}

fn get(url: &str, headers: &[(&str, &str)]) -> Answer {
    let agent: ureq::Agent = ureq::Agent::config_builder().http_status_as_error(false).build().into();
    let mut request = agent.get(url);
    for &(name, value) in headers {
        request = request.header(name, value);
    }
    let mut response = request.call().unwrap();
    let body = response.body_mut().read_to_string().unwrap();
    Answer { status: response.status().as_u16(), headers: response.headers().clone(), body }
}

fn header<'a>(answer: &'a Answer, name: &str) -> &'a str {
    answer.headers.get(name).map_or("", |value| value.to_str().unwrap())
}

/// The catalogue's message for an error in a locale.
fn expected_message(error: &VodError, tag: &str) -> String {
    let catalog = Catalog::embedded();
    catalog.localizer(&vod_error_l10n::LanguageRequest::tags(&[tag]).unwrap()).message(error).text
}

/// The text of the one `<tag>` element of an XML body, unescaped.
fn xml_field(body: &str, tag: &str) -> String {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    assert_eq!(body.matches(&open).count(), 1, "{tag} in {body}");
    let start = body.find(&open).unwrap() + open.len();
    let end = body.find(&close).unwrap();
    body[start..end]
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

fn sample_error(code: ErrorCode) -> VodError {
    let value = |kind| if kind == ArgumentKind::Number { "1024" } else { "VideoId" };
    VodError::new(
        code.message(),
        code.message().arguments().iter().map(|argument| (argument.name, value(argument.kind))),
    )
    .unwrap()
}

#[test]
fn every_code_in_every_body_format() {
    for &code in ErrorCode::ALL {
        let error = sample_error(code);
        let server = TestServer::serving(error.clone());
        let message = expected_message(&error, "ja-JP");
        for (accept, content_type) in [
            ("application/json", "application/json;charset=utf-8"),
            ("text/xml", "text/xml;charset=utf-8"),
            ("application/problem+json", "application/problem+json"),
        ] {
            let answer =
                get(&format!("{}/?VideoId=1", server.base), &[("Accept", accept), ("Accept-Language", "ja-JP")]);
            assert_eq!(answer.status, code.http_status(), "{code} {accept}");
            assert_eq!(header(&answer, "content-type"), content_type);
            assert_eq!(header(&answer, "content-language"), "ja-JP");
            assert_eq!(header(&answer, "vary"), "Accept, Accept-Language");
            let request_id = header(&answer, "x-acs-request-id").to_owned();
            assert_eq!(request_id.len(), 36, "{request_id}");
            let query: String = form_urlencoded::byte_serialize(code.as_str().as_bytes()).collect();
            let recommend = format!("https://api.aliyun.com/troubleshoot?q={query}&product=vod&requestId={request_id}");
            match accept {
                "text/xml" => {
                    assert!(answer.body.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>"));
                    assert_eq!(xml_field(&answer.body, "RequestId"), request_id);
                    assert_eq!(xml_field(&answer.body, "HostId"), "vod.cn-shanghai.aliyuncs.com");
                    assert_eq!(xml_field(&answer.body, "Code"), code.as_str());
                    assert_eq!(xml_field(&answer.body, "Message"), message);
                    assert_eq!(xml_field(&answer.body, "Recommend"), recommend);
                }
                "application/problem+json" => {
                    let body: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
                    assert_eq!(body["type"], format!("https://api.aliyun.com/troubleshoot?q={query}&product=vod"));
                    assert_eq!(body["status"], code.http_status());
                    assert_eq!(body["detail"], message);
                    assert_eq!(body["instance"], recommend);
                    assert_eq!(body["code"], code.as_str());
                    assert_eq!(body["requestId"], request_id);
                    assert!(body["title"].as_str().is_some_and(|title| !title.is_empty()));
                }
                _ => {
                    let body: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
                    let order: Vec<usize> = ["RequestId", "HostId", "Code", "Message", "Recommend"]
                        .iter()
                        .map(|key| answer.body.find(&format!("\"{key}\":")).unwrap())
                        .collect();
                    assert!(order.is_sorted(), "the provider's field order: {}", answer.body);
                    assert_eq!(body.as_object().unwrap().len(), 5);
                    assert_eq!(body["RequestId"], request_id);
                    assert_eq!(body["Code"], code.as_str());
                    assert_eq!(body["Message"], message);
                    assert_eq!(body["Recommend"], recommend);
                }
            }
        }
        let by_query = get(&format!("{}/?Action=GetPlayInfo&Format=XML", server.base), &[]);
        assert_eq!(header(&by_query, "content-type"), "text/xml;charset=utf-8", "{code}");
    }
}

#[test]
fn accept_language_negotiation() {
    let error = VodError::MissingParameter("VideoId");
    let server = TestServer::serving(error.clone());
    let cases: &[(Option<&str>, &str)] = &[
        (None, "en-US"),
        (Some("ja-JP"), "ja-JP"),
        (Some("zh-TW,zh;q=0.9,en;q=0.8"), "zh-TW"),
        (Some("en;q=0.1, de"), "de-DE"),
        (Some("pt"), "pt-BR"),
        (Some("sv-SE, nb;q=0.9"), "en-US"),
        (Some("%%%, ;q=abc, *"), "en-US"),
        (Some("ar-SA"), "ar-SA"),
        // A pseudolocale is offered only by a responder set up to offer it.
        (Some("en-XA"), "en-US"),
        // English first wins, whatever follows.
        (Some("en-US,en;q=0.9,zh-CN;q=0.8"), "en-US"),
        (Some("zh-HK,zh;q=0.9"), "zh-TW"),
    ];
    for &(accept_language, expected) in cases {
        let headers: Vec<(&str, &str)> = accept_language.map(|value| ("Accept-Language", value)).into_iter().collect();
        let answer = get(&server.base, &headers);
        assert_eq!(header(&answer, "content-language"), expected, "{accept_language:?}");
        let body: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
        assert_eq!(body["Message"], expected_message(&error, expected), "{accept_language:?}");
    }
    let arabic = get(&server.base, &[("Accept-Language", "ar")]);
    let body: serde_json::Value = serde_json::from_str(&arabic.body).unwrap();
    assert!(body["Message"].as_str().unwrap().contains("\u{2068}VideoId\u{2069}"), "{}", arabic.body);
}

#[test]
fn a_request_header_picks_the_error_and_the_format() {
    let server = TestServer::serving(VodError::Forbidden());
    let picked = get(&server.base, &[("x-vod-error", "serviceunavailable")]);
    assert_eq!(picked.status, 503);
    let unknown = get(&server.base, &[("x-vod-error", "Teapot")]);
    assert_eq!(unknown.status, 400);
    assert!(unknown.body.contains("x-vod-error"), "{}", unknown.body);
    let xml = get(&server.base, &[("x-vod-error-format", "xml")]);
    assert_eq!(header(&xml, "content-type"), "text/xml;charset=utf-8");
}

#[test]
fn argument_values_that_try_to_break_each_format_arrive_verbatim() {
    let hostile = [
        "</Message><Code>Evil</Code><Message>",
        "\"},\"Code\":\"Evil",
        "{ $parameter } { -vod }",
        "line\nbreak\ttab\u{1}\u{7f}",
        "\u{202e}gnp.exe\u{202c} & <script>",
        "日本語 العربية",
    ];
    for value in hostile {
        let error = VodError::InvalidParameter(value);
        let server = TestServer::serving(error.clone());
        let message = expected_message(&error, "en-US");
        assert!(message.contains(value.trim()), "{message:?}");
        let json = get(&server.base, &[]);
        let body: serde_json::Value = serde_json::from_str(&json.body).unwrap();
        assert_eq!(body["Message"], message, "{value:?}");
        assert_eq!(body["Code"], "InvalidParameter");
        let problem = get(&server.base, &[("Accept", "application/problem+json")]);
        let body: serde_json::Value = serde_json::from_str(&problem.body).unwrap();
        assert_eq!(body["detail"], message, "{value:?}");
        let xml = get(&server.base, &[("Accept", "text/xml")]);
        assert_eq!(xml_field(&xml.body, "Code"), "InvalidParameter", "{value:?}");
        let shown = xml_field(&xml.body, "Message");
        let expected = message.replace('\u{1}', "\\u{1}");
        assert_eq!(shown, expected, "{value:?}");
    }
}

/// Sends raw bytes and returns the raw response, for requests a client library would refuse to send.
fn raw_request(base: &str, request: &[u8]) -> String {
    let address = base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    stream.write_all(request).unwrap();
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    String::from_utf8_lossy(&response).into_owned()
}

#[test]
fn hostile_headers_get_well_formed_errors() {
    let server = TestServer::serving(VodError::Forbidden());
    let long = "x-".repeat(20_000);
    let cases: Vec<Vec<u8>> = vec![
        b"GET / HTTP/1.1\r\nHost: a\r\nAccept-Language: \xff\xfe\xfd\r\nConnection: close\r\n\r\n".to_vec(),
        format!("GET / HTTP/1.1\r\nHost: a\r\nAccept-Language: {long}\r\nConnection: close\r\n\r\n").into_bytes(),
        b"GET / HTTP/1.1\r\nHost: a\r\nAccept: text/xml;q=\xff\r\nx-vod-error: \xe6\x97\r\nConnection: close\r\n\r\n"
            .to_vec(),
        b"POST /?Format=XML HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nConnection: close\r\n\r\n{{{{{".to_vec(),
    ];
    for request in cases {
        let response = raw_request(&server.base, &request);
        let status_line = response.lines().next().unwrap_or_default().to_owned();
        assert!(
            status_line.starts_with("HTTP/1.1 4"),
            "{status_line:?} for {:?}",
            String::from_utf8_lossy(&request[..60])
        );
        assert!(response.contains("Forbidden") || response.contains("InvalidParameter"), "{response}");
    }
}
