//! The checker on fixture catalogues: each holds exactly one fault, and the report names it.

// A failed unwrap or panic in a test is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use vod_error_l10n::{CodeTable, MAX_FILE_BYTES, Report, check_locales, read_locales_dir};

/// Each fixture under `fixtures/check/` and the checks its report must hold, once per expected finding.
const FIXTURES: &[(&str, &[&str])] = &[
    ("clean", &[]),
    ("missing-default-locale", &["missing-default-locale"]),
    ("locale-tag", &["locale-tag"]),
    ("no-files", &["no-files"]),
    ("unreadable", &["unreadable"]),
    ("encoding", &["encoding"]),
    ("byte-order-mark", &["byte-order-mark"]),
    ("empty-file", &["empty-file"]),
    ("syntax", &["syntax", "syntax"]),
    ("duplicate-id", &["duplicate-id", "duplicate-id"]),
    ("missing-message", &["missing-message", "missing-message"]),
    ("missing-value", &["missing-value"]),
    ("missing-description", &["missing-description"]),
    ("unknown-attribute", &["unknown-attribute", "unknown-attribute"]),
    ("empty-text", &["empty-text"]),
    ("unknown-message", &["unknown-message"]),
    ("variables", &["variables", "variables", "variables"]),
    ("unresolved-reference", &["unresolved-reference"]),
    ("link-targets", &["link-targets"]),
    ("review-record", &["review-record"]),
    ("untranslated", &["untranslated"]),
    ("stale-translation", &["stale-translation"]),
    ("brand-name", &["brand-name", "brand-name"]),
    ("whitespace", &["whitespace"]),
    ("replacement-character", &["replacement-character"]),
    ("bidi-control", &["bidi-control", "bidi-control"]),
    ("control-character", &["control-character"]),
    ("unused-allowance", &["unused-allowance"]),
];

fn check_dir(dir: &Path) -> Report {
    check_locales(&CodeTable::vod(), &read_locales_dir(dir).unwrap())
}

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

#[test]
fn every_check_has_a_fixture_that_trips_it_alone() {
    for &(name, expected) in FIXTURES {
        check(name, expected);
    }
    let covered: Vec<&str> = FIXTURES.iter().flat_map(|(_, checks)| checks.iter().copied()).collect();
    for check in vod_error_l10n::Check::ALL {
        let generated = check.name() == "too-large";
        assert!(generated || covered.contains(&check.name()), "no fixture for `{}`", check.name());
    }
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

#[test]
fn the_repository_catalogue_loads_through_the_same_engine() {
    let report = check_dir(&vod_errors_suite::repository_locales());
    assert!(!report.has_errors(), "{}", report.render(false));
    assert!(vod_error_l10n::Catalog::from_dir(&vod_errors_suite::repository_locales()).is_ok());
}
