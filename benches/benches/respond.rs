//! The HTTP error response as a server builds it, for a mix of 50 real browsers' `Accept-Language`
//! values: `ErrorResponder::respond` beside the naive peer (fluent-langneg, then
//! `FluentBundle::format_pattern`, then serde_json) and the floor (serde_json of a fixed English
//! body), each with the same headers, in one run. Also the heap the embedded catalogue holds after
//! first use in every locale.

use std::collections::HashMap;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use http::header::{CONTENT_LANGUAGE, CONTENT_TYPE, VARY};
use http::{HeaderMap, HeaderValue, Response, StatusCode};
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};
use unic_langid::LanguageIdentifier;
use vod_error_codes::{Message, VodError};
use vod_error_l10n::{Catalog, LanguageRequest};
use vod_errors_benches::{BROWSER_HEADERS, PARAMETER, interleaved_ratio, target_dir, write_interleaved};
use vod_errors_http::{ErrorResponder, MockEndpoint};

#[global_allocator]
static GLOBAL: &StatsAlloc<std::alloc::System> = &INSTRUMENTED_SYSTEM;

const REQUEST_ID: &str = "7A1B0C2D-5E6F-4A8B-9C0D-1E2F3A4B5C6D";
const HOST_ID: &str = "vod.cn-shanghai.aliyuncs.com";

/// The request headers of the mix, one map per browser.
fn request_headers() -> Vec<HeaderMap> {
    BROWSER_HEADERS
        .iter()
        .map(|value| {
            let mut headers = HeaderMap::new();
            if let Ok(value) = HeaderValue::from_str(value) {
                headers.insert("accept-language", value);
            }
            headers
        })
        .collect()
}

/// What a naive server holds: one FluentBundle per locale of the repository, built at start.
fn naive_bundles() -> (Vec<LanguageIdentifier>, HashMap<LanguageIdentifier, FluentBundle<FluentResource>>) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    let mut available = Vec::new();
    let mut bundles = HashMap::new();
    let Ok(entries) = std::fs::read_dir(&root) else { return (available, bundles) };
    for entry in entries.flatten() {
        let Ok(id) = entry.file_name().to_string_lossy().parse::<LanguageIdentifier>() else { continue };
        let mut bundle = FluentBundle::new(vec![id.clone()]);
        for name in ["terms.ftl", "errors.ftl", "page.ftl"] {
            let Ok(text) = std::fs::read_to_string(entry.path().join(name)) else { continue };
            if let Ok(resource) = FluentResource::try_new(text) {
                let _ = bundle.add_resource(resource);
            }
        }
        available.push(id.clone());
        bundles.insert(id, bundle);
    }
    available.sort_by_key(ToString::to_string);
    (available, bundles)
}

/// The response headers every approach sends.
fn response(status: StatusCode, language: &str, body: String) -> Response<String> {
    let mut response = Response::new(body);
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json;charset=utf-8"));
    if let Ok(language) = HeaderValue::from_str(language) {
        headers.insert(CONTENT_LANGUAGE, language);
    }
    headers.insert(VARY, HeaderValue::from_static("Accept, Accept-Language"));
    headers.insert("x-acs-request-id", HeaderValue::from_static(REQUEST_ID));
    response
}

fn recommend(code: &str) -> String {
    format!("https://api.aliyun.com/troubleshoot?q={code}&product=vod&requestId={REQUEST_ID}")
}

fn benchmarks(c: &mut Criterion) {
    let headers = request_headers();
    let responder = ErrorResponder::new(Catalog::embedded());
    let error = VodError::MissingParameter(PARAMETER);
    let (available, bundles) = naive_bundles();
    let default: LanguageIdentifier = "en-US".parse().unwrap_or_default();
    let english = error.to_string();

    let (mut naive_at, mut floor_at, mut ours_at) = (0usize, 0usize, 0usize);
    let mut naive_peer = || {
        naive_at = (naive_at + 1) % headers.len();
        let header = headers[naive_at].get("accept-language").and_then(|value| value.to_str().ok()).unwrap_or("");
        let requested = fluent_langneg::accepted_languages::parse(black_box(header));
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Filtering,
        );
        let locale = chosen.first().copied().unwrap_or(&default);
        let mut args = FluentArgs::new();
        args.set("parameter", PARAMETER);
        let mut errors = Vec::new();
        let message = bundles
            .get(locale)
            .and_then(|bundle| {
                let pattern = bundle.get_message("missing-parameter")?.value()?;
                Some(bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned())
            })
            .unwrap_or_default();
        let body = serde_json::json!({
            "RequestId": REQUEST_ID, "HostId": HOST_ID, "Code": "MissingParameter",
            "Message": message, "Recommend": recommend("MissingParameter"),
        });
        black_box(response(StatusCode::BAD_REQUEST, &locale.to_string(), body.to_string()));
    };
    let mut floor = || {
        floor_at = (floor_at + 1) % headers.len();
        black_box(&headers[floor_at]);
        let body = serde_json::json!({
            "RequestId": REQUEST_ID, "HostId": HOST_ID, "Code": "MissingParameter",
            "Message": english.as_str(), "Recommend": recommend("MissingParameter"),
        });
        black_box(response(StatusCode::BAD_REQUEST, "en-US", body.to_string()));
    };
    let mut ours_respond = || {
        ours_at = (ours_at + 1) % headers.len();
        black_box(responder.respond(black_box(&error), REQUEST_ID, &headers[ours_at], None).into_http());
    };
    let mut group = c.benchmark_group("respond");
    group.bench_function("naive_peer", |b| b.iter(&mut naive_peer));
    group.bench_function("floor", |b| b.iter(&mut floor));
    group.bench_function("ours_respond", |b| b.iter(&mut ours_respond));
    group.finish();

    // What `serve` does per request, less the server: the mock's answer to the load test's
    // request beside building the constant server's response.
    let mock = MockEndpoint::new(responder.clone(), VodError::InvalidVideo_NotFound(), Vec::new());
    let (mut constant_at, mut mock_at) = (0usize, 0usize);
    let mut constant_response = || {
        constant_at = (constant_at + 1) % headers.len();
        black_box(&headers[constant_at]);
        black_box(response(StatusCode::NOT_FOUND, "en-US", String::from(black_box(CONSTANT_BODY))));
    };
    let mut ours_mock_answer = || {
        mock_at = (mock_at + 1) % headers.len();
        black_box(mock.answer(&headers[mock_at], Some(black_box("Action=GetPlayInfo")), None).into_http());
    };
    let mut group = c.benchmark_group("mock_answer");
    group.bench_function("constant_response", |b| b.iter(&mut constant_response));
    group.bench_function("ours_mock_answer", |b| b.iter(&mut ours_mock_answer));
    group.finish();

    // Each ratio again, the two measured in turn: what `cargo xtask bench` reads for its goals.
    let mut ratios = serde_json::Map::new();
    let mut keep = |key: &str, ratio: f64| ratios.insert(key.to_owned(), serde_json::json!(ratio));
    keep("respond/ours_respond/naive_peer", interleaved_ratio(&mut naive_peer, &mut ours_respond));
    keep("respond/ours_respond/floor", interleaved_ratio(&mut floor, &mut ours_respond));
    keep(
        "mock_answer/ours_mock_answer/constant_response",
        interleaved_ratio(&mut constant_response, &mut ours_mock_answer),
    );
    let _ = write_interleaved("respond", &ratios);
}

/// The constant server's body (`benches/src/bin/constant_server.rs`).
const CONSTANT_BODY: &str = r#"{"RequestId":"7A1B0C2D-5E6F-4A8B-9C0D-1E2F3A4B5C6D","HostId":"vod.cn-shanghai.aliyuncs.com","Code":"InvalidVideo.NotFound","Message":"The video does not exist.","Recommend":"https://api.aliyun.com/troubleshoot?q=InvalidVideo.NotFound&product=vod&requestId=7A1B0C2D-5E6F-4A8B-9C0D-1E2F3A4B5C6D"}"#;

/// The heap the embedded catalogue holds after first use: every message of every locale rendered
/// once, the catalogue kept. Written beside the allocation counts of `render`.
fn memory() {
    let region = Region::new(GLOBAL);
    let catalog = Catalog::embedded();
    for id in catalog.locales().map(ToString::to_string).collect::<Vec<_>>() {
        let Ok(request) = LanguageRequest::tags(&[id.as_str()]) else { continue };
        let localizer = catalog.localizer(&request);
        for message in Message::all() {
            black_box(localizer.message(&VodError::placeholders(message)));
            black_box(localizer.description(message));
        }
    }
    let change = region.change();
    let held = change.bytes_allocated.saturating_sub(change.bytes_deallocated);
    let path = target_dir().join("bench-memory.json");
    let _ = std::fs::write(path, serde_json::json!({ "embedded_catalogue_heap_bytes": held }).to_string());
}

fn all(c: &mut Criterion) {
    memory();
    benchmarks(c);
}

criterion_group!(respond, all);
criterion_main!(respond);
