//! The checker on fixture catalogues: each holds exactly one fault, and the report names it.
//!
//! The fixtures are measured against a table of their own (the seven common codes as they once
//! were, and the pages' first strings), so that codes added to the catalogue never touch them.

// A failed unwrap or panic in a test is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use vod_error_check::{Check, Report, check_locales};
use vod_error_l10n::loader::{MAX_FILE_BYTES, read_locales_dir};
use vod_error_l10n::{MessageSpec, MessageTable};

/// The fixtures' own table.
fn fixture_table() -> MessageTable {
    let codes: &[(&str, &str, &[&str])] = &[
        ("MissingParameter", "missing-parameter", &["parameter"]),
        ("InvalidParameter", "invalid-parameter", &["parameter"]),
        ("OperationDenied", "operation-denied", &[]),
        ("OperationDenied.Suspended", "operation-denied-suspended", &[]),
        ("Forbidden", "forbidden", &[]),
        ("InternalError", "internal-error", &[]),
        ("ServiceUnAvailable", "service-unavailable", &[]),
    ];
    let pages = [
        "page-title",
        "page-intro",
        "page-common-errors",
        "column-code",
        "column-message",
        "column-status",
        "column-description",
    ];
    MessageTable::new(
        codes
            .iter()
            .map(|(wire, id, arguments)| MessageSpec::error(wire, id, arguments.iter().copied()))
            .chain(pages.iter().map(|id| MessageSpec::text(*id)))
            .collect(),
    )
}

fn check_dir(dir: &Path) -> Report {
    check_locales(&fixture_table(), &read_locales_dir(dir).unwrap())
}

/// Checks a fixture: the checks its report must hold, once per expected finding, each with a
/// place and a fix; and a snapshot of the whole report.
fn check(name: &str, expected: &[&str]) {
    // Relative to the suite's folder, so that the snapshots show stable paths.
    let report = check_dir(Path::new("fixtures/check").join(name).as_path());
    let found: Vec<&str> = report.findings.iter().map(|finding| finding.check.name()).collect();
    assert_eq!(found, expected, "{name}:\n{}", report.render(false));
    for finding in &report.findings {
        assert!(finding.file.is_some() || finding.check.name() == "missing-default-locale", "{name}: {finding:?}");
        assert!(finding.help.is_some(), "{name}: {finding:?}");
    }
    insta::assert_snapshot!(format!("check-{name}"), report.render(false));
}

/// One test per fixture, so that each failure is its own.
macro_rules! fixtures {
    ($($test:ident: $name:literal => [$($check:literal),*];)+) => {
        $(
            #[test]
            fn $test() {
                check($name, &[$($check),*]);
            }
        )+

        /// Every check but `too-large` (below) has a fixture.
        #[test]
        fn every_check_has_a_fixture() {
            let covered: &[&str] = &[$($($check,)*)+];
            for check in Check::ALL {
                assert!(check.name() == "too-large" || covered.contains(&check.name()), "no fixture for `{}`", check.name());
            }
        }
    };
}

fixtures! {
    clean: "clean" => [];
    missing_default_locale: "missing-default-locale" => ["missing-default-locale"];
    locale_tag: "locale-tag" => ["locale-tag"];
    no_files: "no-files" => ["no-files"];
    unreadable: "unreadable" => ["unreadable"];
    encoding: "encoding" => ["encoding"];
    byte_order_mark: "byte-order-mark" => ["byte-order-mark"];
    empty_file: "empty-file" => ["empty-file"];
    syntax: "syntax" => ["syntax", "syntax"];
    duplicate_id: "duplicate-id" => ["duplicate-id", "duplicate-id"];
    missing_message: "missing-message" => ["missing-message", "missing-message"];
    missing_value: "missing-value" => ["missing-value"];
    missing_description: "missing-description" => ["missing-description"];
    unknown_attribute: "unknown-attribute" => ["unknown-attribute", "unknown-attribute"];
    empty_text: "empty-text" => ["empty-text"];
    unknown_message: "unknown-message" => ["unknown-message"];
    variables: "variables" => ["variables", "variables", "variables"];
    unresolved_reference: "unresolved-reference" => ["unresolved-reference"];
    link_targets: "link-targets" => ["link-targets"];
    review_record: "review-record" => ["review-record"];
    untranslated: "untranslated" => ["untranslated"];
    stale_translation: "stale-translation" => ["stale-translation"];
    unreviewed: "unreviewed" => ["unreviewed"];
    language_name: "language-name" => ["untranslated"];
    brand_name: "brand-name" => ["brand-name", "brand-name"];
    whitespace: "whitespace" => ["whitespace"];
    replacement_character: "replacement-character" => ["replacement-character"];
    bidi_control: "bidi-control" => ["bidi-control", "bidi-control"];
    control_character: "control-character" => ["control-character"];
    unused_allowance: "unused-allowance" => ["unused-allowance"];
    glossary: "glossary" => ["glossary"];
    glossary_empty_forms: "glossary-empty-forms" => ["glossary"];
}

#[test]
fn a_file_larger_than_the_limit_is_refused_unread() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("check-too-large");
    let _ = std::fs::remove_dir_all(&dir);
    for tag in ["en-US", "ja-JP"] {
        std::fs::create_dir_all(dir.join(tag)).unwrap();
        for entry in std::fs::read_dir(Path::new("fixtures/check/clean").join(tag)).unwrap() {
            let path = entry.unwrap().path();
            std::fs::copy(&path, dir.join(tag).join(path.file_name().unwrap())).unwrap();
        }
    }
    let huge = format!("# padding\n{}", "#\n".repeat(usize::try_from(MAX_FILE_BYTES).unwrap() / 2 + 1));
    std::fs::write(dir.join("ja-JP/huge.ftl"), huge).unwrap();
    let report = check_dir(&dir);
    let found: Vec<&str> = report.findings.iter().map(|finding| finding.check.name()).collect();
    assert_eq!(found, ["too-large"], "{}", report.render(false));
    assert!(report.findings[0].text.contains("bytes"));
}

#[test]
fn json_findings_carry_every_field() {
    let report = check_dir(Path::new("fixtures/check/variables"));
    let json: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
    let first = &json["findings"][0];
    for key in ["severity", "check", "locale", "file", "line", "column", "message_id", "text", "help"] {
        assert!(first.get(key).is_some(), "{key} missing in {first}");
    }
    assert_eq!(json["errors"], 3);
    insta::assert_snapshot!("check-variables-json", report.to_json());
}
