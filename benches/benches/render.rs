//! Rendering and negotiation, ours beside `format!`, a `&'static str` match, fluent-bundle,
//! fluent-langneg, rust-i18n and fluent-templates, in one run; plus allocations per call.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_templates::Loader;
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};
use unic_langid::LanguageIdentifier;
use vod_error_codes::{ErrorCode, VodError};
use vod_error_l10n::{Catalog, LanguageRequest};
use vod_errors_benches::{BROWSER_HEADERS, PARAMETER, distinct_headers};

#[global_allocator]
static GLOBAL: &StatsAlloc<std::alloc::System> = &INSTRUMENTED_SYSTEM;

rust_i18n::i18n!("peers/rust-i18n", fallback = "en");

fluent_templates::static_loader! {
    static FLUENT_TEMPLATES = {
        locales: "./peers/fluent-templates",
        fallback_language: "en-US",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The message text, the way a hand-written `match` holds it.
fn static_message(code: ErrorCode) -> &'static str {
    match code {
        ErrorCode::Forbidden => "User not authorized to operate on the specified resource.",
        ErrorCode::InternalError => "The request processing has failed due to some unknown error.",
        _ => "The request has failed due to a temporary failure of the server.",
    }
}

/// A fluent-bundle bundle of `en-US`, as an application using it directly would build it from
/// the repository's files.
fn fluent_bundle() -> fluent_bundle::FluentBundle<FluentResource> {
    let english: LanguageIdentifier = "en-US".parse().unwrap_or_default();
    let mut bundle = fluent_bundle::FluentBundle::new(vec![english]);
    bundle.set_use_isolating(false);
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales/en-US");
    for name in ["terms.ftl", "errors.ftl", "page.ftl"] {
        let Ok(text) = std::fs::read_to_string(folder.join(name)) else { continue };
        if let Ok(resource) = FluentResource::try_new(text) {
            let _ = bundle.add_resource(resource);
        }
    }
    bundle
}

/// Every approach of one group, by name, as closures the timing and the allocation count share.
type Approaches<'a> = Vec<(&'static str, Box<dyn FnMut() + 'a>)>;

fn with_argument<'a>(catalog: &'a Catalog, bundle: &'a fluent_bundle::FluentBundle<FluentResource>) -> Approaches<'a> {
    let localizer = catalog.localizer_for_accept_language("en-US");
    let error = VodError::MissingParameter(PARAMETER);
    let english: LanguageIdentifier = "en-US".parse().unwrap_or_default();
    let pattern = bundle.get_message("missing-parameter").and_then(|message| message.value());
    let mut prepared = FluentArgs::new();
    prepared.set("parameter", PARAMETER);
    let mut fluent_reused = String::with_capacity(256);
    let mut push_reused = String::with_capacity(256);
    let error_for_display = error.clone();
    vec![
        (
            "format",
            Box::new(move || {
                black_box(format!(
                    "The input parameter {} that is mandatory for processing this request is not supplied.",
                    black_box(PARAMETER)
                ));
            }),
        ),
        (
            "with_capacity_push_str",
            Box::new(move || {
                let parameter = black_box(PARAMETER);
                let head = "The input parameter ";
                let tail = " that is mandatory for processing this request is not supplied.";
                let mut text = String::with_capacity(head.len() + parameter.len() + tail.len());
                text.push_str(head);
                text.push_str(parameter);
                text.push_str(tail);
                black_box(text);
            }),
        ),
        (
            "push_str_reused",
            Box::new(move || {
                push_reused.clear();
                push_reused.push_str("The input parameter ");
                push_reused.push_str(black_box(PARAMETER));
                push_reused.push_str(" that is mandatory for processing this request is not supplied.");
                black_box(&push_reused);
            }),
        ),
        (
            "fluent_bundle_format_pattern",
            Box::new(move || {
                let mut args = FluentArgs::new();
                args.set("parameter", black_box(PARAMETER));
                let mut errors = Vec::new();
                if let Some(pattern) = pattern {
                    black_box(bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned());
                }
            }),
        ),
        (
            "fluent_bundle_write_pattern_reused",
            Box::new(move || {
                fluent_reused.clear();
                let mut errors = Vec::new();
                if let Some(pattern) = pattern {
                    let _ = bundle.write_pattern(&mut fluent_reused, pattern, Some(&prepared), &mut errors);
                }
                black_box(&fluent_reused);
            }),
        ),
        (
            "rust_i18n",
            Box::new(move || {
                black_box(rust_i18n::t!("missing_parameter", locale = "en", parameter = black_box(PARAMETER)));
            }),
        ),
        (
            "fluent_templates",
            Box::new(move || {
                let mut args: HashMap<Cow<'static, str>, FluentValue<'_>> = HashMap::new();
                args.insert(Cow::Borrowed("parameter"), FluentValue::from(black_box(PARAMETER)));
                black_box(FLUENT_TEMPLATES.lookup_with_args(&english, "missing-parameter", &args));
            }),
        ),
        (
            // The English wire message, as `Display` writes it: no catalogue at all.
            "ours_display",
            Box::new(move || {
                black_box(black_box(&error_for_display).to_string());
            }),
        ),
        (
            "ours_localizer_message",
            Box::new(move || {
                black_box(localizer.message(black_box(&error)));
            }),
        ),
    ]
}

fn without_argument<'a>(
    catalog: &'a Catalog,
    bundle: &'a fluent_bundle::FluentBundle<FluentResource>,
) -> Approaches<'a> {
    let pattern = bundle.get_message("forbidden").and_then(|message| message.value());
    let localizer = catalog.localizer_for_accept_language("en-US");
    let forbidden = VodError::Forbidden();
    vec![
        (
            "static_str_match",
            Box::new(move || {
                black_box(static_message(black_box(ErrorCode::Forbidden)));
            }),
        ),
        (
            // What an owned message costs at the least: the text copied into a `String`.
            "static_str_to_owned",
            Box::new(move || {
                black_box(static_message(black_box(ErrorCode::Forbidden)).to_owned());
            }),
        ),
        (
            "fluent_bundle_format_pattern",
            Box::new(move || {
                let mut errors = Vec::new();
                if let Some(pattern) = pattern {
                    black_box(bundle.format_pattern(pattern, None, &mut errors));
                }
            }),
        ),
        (
            "ours_localizer_message",
            Box::new(move || {
                black_box(localizer.message(black_box(&forbidden)));
            }),
        ),
    ]
}

/// The next of the browser headers, cycling.
fn next_header(counter: &mut usize) -> &'static str {
    *counter = (*counter + 1) % BROWSER_HEADERS.len();
    BROWSER_HEADERS[*counter]
}

fn negotiation(catalog: &Catalog) -> Approaches<'_> {
    let available: Vec<LanguageIdentifier> = catalog.locales().take(18).cloned().collect();
    let default: LanguageIdentifier = "en-US".parse().unwrap_or_default();
    let fallback = catalog.fallback(&default);
    let distinct = distinct_headers(4096);
    let (mut a, mut b, mut c, mut d) = (0usize, 0usize, 0usize, 0usize);
    vec![
        (
            "fluent_langneg",
            Box::new(move || {
                let header = next_header(&mut a);
                let requested = fluent_langneg::accepted_languages::parse(black_box(header));
                black_box(fluent_langneg::negotiate_languages(
                    &requested,
                    &available,
                    Some(&default),
                    fluent_langneg::NegotiationStrategy::Filtering,
                ));
            }),
        ),
        (
            "ours_uncached",
            Box::new(move || {
                let header = next_header(&mut b);
                black_box(catalog.localizer(&LanguageRequest::accept_language(black_box(header))).locale());
            }),
        ),
        (
            // What `ErrorResponder` runs for every request: the cached chain, with its fallback.
            "ours_responder_path",
            Box::new(move || {
                let header = next_header(&mut c);
                black_box(catalog.localizer_for_accept_language_or(black_box(header), fallback.as_ref()).locale());
            }),
        ),
        (
            // The same path when every value is new: 4,096 distinct values, four times the cache.
            "ours_responder_path_all_distinct",
            Box::new(move || {
                d = (d + 1) % distinct.len();
                black_box(
                    catalog.localizer_for_accept_language_or(black_box(&distinct[d]), fallback.as_ref()).locale(),
                );
            }),
        ),
    ]
}

/// Heap allocations per call of each approach, averaged over many calls after a warm-up.
fn allocations(group: &str, approaches: &mut Approaches<'_>, report: &mut serde_json::Map<String, serde_json::Value>) {
    const CALLS: usize = 1000;
    for (name, run) in approaches.iter_mut() {
        run();
        let region = Region::new(GLOBAL);
        for _ in 0..CALLS {
            run();
        }
        let per_call = region.change().allocations as f64 / CALLS as f64;
        report.insert(format!("{group}/{name}"), serde_json::json!(per_call));
    }
}

fn benchmarks(c: &mut Criterion) {
    let catalog = Catalog::embedded();
    let bundle = fluent_bundle();
    let mut report = serde_json::Map::new();
    let mut ratios = serde_json::Map::new();
    // Each group with its baseline, the approach every other is compared with.
    let groups: [(&str, &str, Approaches<'_>); 3] = [
        ("render_with_argument", "format", with_argument(catalog, &bundle)),
        ("render_without_argument", "static_str_to_owned", without_argument(catalog, &bundle)),
        ("negotiate_accept_language", "fluent_langneg", negotiation(catalog)),
    ];
    for (group_name, baseline, mut approaches) in groups {
        allocations(group_name, &mut approaches, &mut report);
        let mut group = c.benchmark_group(group_name);
        for (name, run) in approaches.iter_mut() {
            group.bench_function(*name, |b| b.iter(&mut *run));
        }
        group.finish();
        interleaved(group_name, baseline, &mut approaches, &mut ratios);
    }
    let path = vod_errors_benches::target_dir().join("bench-allocations.json");
    let _ = std::fs::write(path, serde_json::Value::Object(report).to_string());
    let _ = vod_errors_benches::write_interleaved("render", &ratios);
}

/// Every approach of a group against its baseline, measured in turn
/// ([`vod_errors_benches::interleaved_ratio`]), keyed `group/approach/baseline`.
fn interleaved(
    group: &str,
    baseline: &str,
    approaches: &mut Approaches<'_>,
    ratios: &mut serde_json::Map<String, serde_json::Value>,
) {
    let Some(at) = approaches.iter().position(|(name, _)| *name == baseline) else { return };
    let (name, mut baseline_run) = approaches.remove(at);
    for (other, run) in approaches.iter_mut() {
        let ratio = vod_errors_benches::interleaved_ratio(baseline_run.as_mut(), run.as_mut());
        ratios.insert(format!("{group}/{other}/{baseline}"), serde_json::json!(ratio));
    }
    approaches.insert(at, (name, baseline_run));
}

criterion_group!(render, benchmarks);
criterion_main!(render);
