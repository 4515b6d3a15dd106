//! What a client reads off the wire: every response our responder writes parses back into the
//! provider's error body, every code is known again, and a code we do not know still parses.

// A failed unwrap or panic in a test is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use http::HeaderMap;
use vod_error_codes::{ErrorBody, ErrorCode, VodError, WireCode};
use vod_error_l10n::Catalog;
use vod_errors_http::{BodyFormat, ErrorResponder};

#[test]
fn every_code_parses_back_from_the_json_body_it_is_sent_in() {
    let responder = ErrorResponder::new(Catalog::embedded());
    let mut headers = HeaderMap::new();
    headers.insert("accept-language", "ja".parse().unwrap());
    for code in ErrorCode::all() {
        let error = VodError::placeholders(code.message());
        let response = responder.respond_in(BodyFormat::Json, &error, "REQ-1", &headers);
        let expected = Catalog::embedded().localizer_for_accept_language("ja").message(&error).text;
        let body: ErrorBody = serde_json::from_str(response.http().body()).unwrap();
        assert_eq!(body.code.known(), Some(code), "{code}");
        assert_eq!(body.code.as_str(), code.as_str());
        assert_eq!(body.message.as_deref(), Some(expected.as_str()), "{code}");
        assert_eq!(body.request_id.as_deref(), Some("REQ-1"));
        let recommend = body.recommend.as_deref().unwrap();
        let query = recommend.split_once('?').map_or("", |(_, query)| query);
        assert!(
            form_urlencoded::parse(query.as_bytes()).any(|(key, value)| key == "q" && value == code.as_str()),
            "{code}: {recommend}"
        );
        assert_eq!(response.http().status().as_u16(), code.http_status());
    }
}

#[test]
fn every_code_round_trips_through_its_wire_string() {
    for code in ErrorCode::all() {
        let wire = code.as_str();
        assert_eq!(wire.parse::<ErrorCode>(), Ok(code));
        assert_eq!(code.to_string(), wire);
        assert_eq!(ErrorCode::lookup(&wire.to_lowercase()), Ok(code));
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(serde_json::from_str::<WireCode>(&json).unwrap().known(), Some(code));
    }
}

/// A response with a code the catalogue does not know still parses, and keeps the code.
#[test]
fn an_unknown_code_in_a_real_body_is_kept() {
    let body = r#"{"RequestId":"R","HostId":"vod.cn-shanghai.aliyuncs.com","Code":"Throttling.User","Message":"Request was denied due to user flow control.","Recommend":"https://api.aliyun.com/troubleshoot?q=Throttling.User&product=vod"}"#;
    let parsed: ErrorBody = serde_json::from_str(body).unwrap();
    assert_eq!(parsed.code.as_str(), "Throttling.User");
    assert_eq!(parsed.code.known(), None);
    assert_eq!(serde_json::to_string(&parsed).unwrap(), body);
    assert!(serde_json::from_str::<ErrorCode>("\"Throttling.User\"").is_err());
}
