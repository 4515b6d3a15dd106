//! Language choice, the same through every entry point: the library, the HTTP responder and the CLI.
//!
//! One table of `Accept-Language` values (real browsers' headers, English-first lists, regions
//! with no exact match, scripts, extensions, malformed weights, wildcards, empty and huge values)
//! with the locale each must get; one table of command-line cases (`--lang` and the environment).
//! Every failing case is reported, not just the first.

// A failed unwrap or panic in a test is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use http::HeaderMap;
use vod_error_codes::VodError;
use vod_error_l10n::{Catalog, LanguageRequest};
use vod_errors_http::ErrorResponder;
use vod_errors_suite::run_cli;

/// What a browser or client sent, and the locale that must answer.
const ACCEPT_LANGUAGE: &[(&str, &str)] = &[
    // Real browsers' defaults.
    ("en-US,en;q=0.9", "en-US"),                      // Chrome, Edge, Safari in English
    ("en-US,en;q=0.5", "en-US"),                      // Firefox in English
    ("de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7", "de-DE"), // Chrome in German
    ("de,en-US;q=0.7,en;q=0.3", "de-DE"),             // Firefox in German
    ("ja,en-US;q=0.9,en;q=0.8", "ja-JP"),             // Chrome in Japanese
    ("ja-JP,ja;q=0.9", "ja-JP"),                      // Safari in Japanese
    ("zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7", "zh-TW"), // Chrome in Traditional Chinese
    ("zh-TW,zh;q=0.8,en-US;q=0.5,en;q=0.3", "zh-TW"), // Firefox in Traditional Chinese
    ("zh-HK,zh;q=0.9,en;q=0.8", "zh-TW"),             // Chrome in Hong Kong
    ("zh-Hant-HK", "zh-TW"),                          // Safari in Hong Kong
    ("zh-CN,zh;q=0.9", "zh-CN"),                      // Chrome in Simplified Chinese
    ("zh-CN,zh;q=0.8,zh-TW;q=0.7,zh-HK;q=0.5,en-US;q=0.3,en;q=0.2", "zh-CN"), // Firefox in Simplified Chinese
    ("pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7", "pt-BR"), // Chrome in Brazilian Portuguese
    ("pt-BR,pt;q=0.8,en-US;q=0.5,en;q=0.3", "pt-BR"), // Firefox in Brazilian Portuguese
    ("es-ES,es;q=0.9,en;q=0.8", "es-ES"),             // Edge in Spanish
    ("es-ES,es;q=0.8,en-US;q=0.5,en;q=0.3", "es-ES"), // Firefox in Spanish
    ("ar-SA,ar;q=0.9,en-US;q=0.8,en;q=0.7", "ar-SA"), // Chrome in Arabic
    ("ar,en-US;q=0.7,en;q=0.3", "ar-SA"),             // Firefox in Arabic
    ("ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7", "ko-KR"), // Chrome in Korean
    ("fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7", "fr-FR"), // Chrome in French
    // English first, another language after: English wins.
    ("en-US,en;q=0.9,zh-CN;q=0.8", "en-US"),
    ("en-US,de;q=0.5", "en-US"),
    ("en,ja;q=0.1", "en-US"),
    ("en-GB,en;q=0.9,fr;q=0.8", "en-US"),
    ("en-AU,en;q=0.9,ja;q=0.8", "en-US"),
    // Languages the catalogue lacks, then one it has.
    ("sv-SE,sv;q=0.9,de;q=0.5", "de-DE"),
    ("nl-NL,nl;q=0.9,en;q=0.8", "en-US"),
    ("pl", "en-US"),
    // Regions with no exact match: the language's locale stands in.
    ("es-MX,es;q=0.9", "es-ES"),
    ("es-419", "es-ES"),
    ("pt-PT", "pt-BR"),
    ("fr-CA", "fr-FR"),
    ("de-AT", "de-DE"),
    ("de-CH", "de-DE"),
    ("ar-EG", "ar-SA"),
    ("it-CH", "it-IT"),
    ("ru-UA", "ru-RU"),
    ("ms-SG", "ms-MY"),
    ("ko-KP", "ko-KR"),
    ("zh-SG", "zh-CN"),
    ("zh-MO", "zh-TW"),
    ("zh", "zh-CN"),
    // Scripts decide between the two Chinese locales.
    ("zh-Hant", "zh-TW"),
    ("zh-Hans", "zh-CN"),
    ("zh-Hans-HK", "zh-CN"),
    ("zh-Hant-CN", "zh-TW"),
    ("sr-Latn-RS", "en-US"),
    // Extensions and private use do not stop the match.
    ("th-TH-u-nu-thai", "th-TH"),
    ("ja-JP-u-ca-japanese", "ja-JP"),
    ("de-DE-x-private", "de-DE"),
    ("en-US-u-va-posix, ja;q=0.5", "en-US"),
    // Withdrawn codes are read as their current ones; case and `_` do not matter.
    ("in", "id-ID"),
    ("in-ID,en;q=0.5", "id-ID"),
    ("ZH-tw", "zh-TW"),
    ("vi_VN", "vi-VN"),
    // Weights: highest first, equal ones in header order, q=0 excluded, malformed skipped.
    ("fr;q=0.5, de;q=0.5", "fr-FR"),
    ("de;q=0.1, fr", "fr-FR"),
    ("ja;q=0, ko", "ko-KR"),
    ("ja;q=0", "en-US"),
    ("ja;q=0.000, ko;q=0.001", "ko-KR"),
    ("de;q=2, fr;q=0.5", "fr-FR"),
    ("de;q=abc, ja", "ja-JP"),
    ("hi;q=0.8, th;q=0.9, tr;q=0.7", "th-TH"),
    // The wildcard is any language: the default locale serves it where it stands.
    ("*", "en-US"),
    ("ko, *;q=0.1", "ko-KR"),
    ("*;q=0.5, ko;q=0.1", "en-US"),
    // Pseudolocales are never chosen from a header alone.
    ("ar-XB", "en-US"),
    ("en-XA,ja;q=0.5", "ja-JP"),
    // Empty, junk and huge values.
    ("", "en-US"),
    (" , ;; ,", "en-US"),
    ("\u{0}\u{ffff}, tr-TR", "tr-TR"),
];

fn responder_locale(responder: &ErrorResponder, header: &str) -> String {
    let mut headers = HeaderMap::new();
    if let Ok(value) = header.parse() {
        headers.insert("accept-language", value);
    }
    responder.respond(&VodError::Forbidden(), "REQ", &headers, None).locale().to_string()
}

#[test]
fn every_entry_point_chooses_the_same_locale_for_every_header() {
    let catalog = Catalog::embedded();
    let responder = ErrorResponder::new(catalog);
    assert!(ACCEPT_LANGUAGE.len() >= 60, "{} cases", ACCEPT_LANGUAGE.len());
    let mut failures = Vec::new();
    for &(header, expected) in ACCEPT_LANGUAGE {
        let library = catalog.localizer(&LanguageRequest::accept_language(header)).locale().to_string();
        // Twice through the cache that servers use: the second answer comes from it.
        let first = catalog.localizer_for_accept_language(header).locale().to_string();
        let cached = catalog.localizer_for_accept_language(header).locale().to_string();
        let cached = if first == cached { cached } else { format!("{first} then {cached}") };
        let http = responder_locale(&responder, header);
        if library != expected
            || cached != expected
            || (header.parse::<http::HeaderValue>().is_ok() && http != expected)
        {
            failures.push(format!("{header:?}: expected {expected}, library {library}, cached {cached}, http {http}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        ACCEPT_LANGUAGE.len(),
        failures.join("\n")
    );
}

#[test]
fn huge_headers_are_read_up_to_their_caps() {
    let catalog = Catalog::embedded();
    let repeated = "de;q=0.5,".repeat(10_000) + "ja";
    assert_eq!(catalog.localizer_for_accept_language(&repeated).locale().to_string(), "de-DE");
    let junk = "x".repeat(100_000);
    assert_eq!(catalog.localizer_for_accept_language(&junk).locale().to_string(), "en-US");
}

#[test]
fn a_responder_offers_pseudolocales_only_when_set_up_to() {
    let responder = ErrorResponder::new(Catalog::embedded()).with_pseudolocales(true);
    assert_eq!(responder_locale(&responder, "ar-XB"), "ar-XB");
    assert_eq!(responder_locale(&responder, "en-XA,ja;q=0.5"), "en-XA");
    assert_eq!(responder_locale(&responder, "ja"), "ja-JP");
}

#[test]
fn a_responder_default_locale_comes_after_the_request_languages() {
    let responder = ErrorResponder::new(Catalog::embedded()).with_default_locale("de-DE".parse().unwrap());
    assert_eq!(responder_locale(&responder, "sv-SE"), "de-DE");
    assert_eq!(responder_locale(&responder, "ja"), "ja-JP");
    assert_eq!(responder_locale(&responder, "en-US,de;q=0.5"), "en-US");
}

/// A localizer borrows the catalogue that chose its locales: it cannot render from another one.
/// (A chain handed from one catalogue to another no longer exists to be misused.)
#[test]
fn a_localizer_renders_from_its_own_catalogue() {
    let loaded = Catalog::load(&vod_errors_suite::repository_locales()).unwrap().catalog;
    let localizer = loaded.localizer_for_accept_language("zh-TW");
    assert_eq!(localizer.message(&VodError::Forbidden()).locale.to_string(), "zh-TW");
    let embedded = Catalog::embedded().localizer_for_accept_language("zh-TW");
    assert_eq!(embedded.message(&VodError::Forbidden()), localizer.message(&VodError::Forbidden()));
}

/// A command line (`--lang` or none), its environment, the locale used and the notes printed.
type CliCase = (Option<&'static str>, &'static [(&'static str, &'static str)], &'static str, &'static str);

const CLI: &[CliCase] = &[
    (Some("zh-Hant"), &[], "zh-TW", ""),
    (Some("zh-HK"), &[], "zh-TW", "note: the catalogue has no `zh-HK`; `zh-TW` stands in\n"),
    (Some("th-TH-u-nu-thai"), &[], "th-TH", ""),
    (Some("en-XA"), &[], "en-XA", ""),
    (Some("in"), &[], "id-ID", ""),
    (Some("sv"), &[("LANG", "ja_JP.UTF-8")], "en-US", "note: the catalogue has no `sv`\n"),
    (None, &[("LANG", "zh_HK.UTF-8")], "zh-TW", "note: the catalogue has no `zh-HK`; `zh-TW` stands in\n"),
    (None, &[("LANGUAGE", "ja:de"), ("LANG", "de_DE.UTF-8")], "ja-JP", ""),
    (None, &[("LANGUAGE", "sv:de_DE"), ("LANG", "fr_FR.UTF-8")], "de-DE", "note: the catalogue has no `sv`\n"),
    (None, &[("LANGUAGE", "ja"), ("LANG", "C.UTF-8")], "en-US", ""),
    (None, &[("LANGUAGE", "ja")], "en-US", ""),
    (None, &[("LC_ALL", "fr_FR.UTF-8"), ("LANG", "de_DE.UTF-8")], "fr-FR", ""),
    (None, &[("LC_MESSAGES", "pt_PT.UTF-8")], "pt-BR", "note: the catalogue has no `pt-PT`; `pt-BR` stands in\n"),
    (None, &[("LANG", "in_ID.UTF-8")], "id-ID", ""),
    (None, &[("LANG", "sr_RS@latin")], "en-US", "note: the catalogue has no `sr-Latn-RS`\n"),
    (
        None,
        &[("LANG", "en_XA.UTF-8")],
        "en-US",
        "note: `en-XA` is a pseudolocale, offered only when asked for on purpose (`--lang`)\n",
    ),
];

#[test]
fn the_command_line_chooses_as_gettext_does() {
    let mut failures = Vec::new();
    for &(lang, environment, expected, notes) in CLI {
        let mut args = vec!["explain", "Forbidden", "--format", "json"];
        if let Some(lang) = lang {
            args.extend(["--lang", lang]);
        }
        let run = run_cli(&args, environment);
        let locale = serde_json::from_str::<serde_json::Value>(&run.stdout)
            .ok()
            .and_then(|json| json["locale"].as_str().map(str::to_owned))
            .unwrap_or_default();
        if run.status != 0 || locale != expected || run.stderr != notes {
            failures
                .push(format!("{lang:?} {environment:?}: expected {expected} and {notes:?}, got {}", run.transcript()));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), CLI.len(), failures.join("\n"));
}
