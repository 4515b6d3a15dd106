//! Bad input to the catalogue: each kind gets its own typed error or render issue, never a panic.

// A failed unwrap or panic in a test is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use vod_error_codes::{ErrorCode, VodError};
use vod_error_l10n::{Catalog, CatalogError, Check, RenderIssue, embedded_locales};
use vod_errors_suite::fixture;

/// A folder that fails the check: the error carries the report, with file, line and column.
fn check_invalid(folder: &str, check: Check, file: &str, line: usize, column: usize) {
    let error = Catalog::from_dir(&fixture(folder)).unwrap_err();
    let CatalogError::Invalid { report, .. } = &error else { panic!("{folder}: {error:?}") };
    let finding = report.findings.iter().find(|finding| finding.check == check).unwrap();
    assert!(finding.file.as_deref().unwrap().ends_with(file), "{folder}: {finding:?}");
    assert_eq!((finding.line, finding.column), (Some(line), Some(column)), "{folder}: {finding:?}");
    assert!(finding.help.is_some(), "{folder}: {finding:?}");
    assert!(error.to_string().contains("error(s)"), "{error}");
}

#[test]
fn folders_that_fail_the_check_do_not_load() {
    check_invalid("load/syntax-error", Check::Syntax, "ja-JP/errors.ftl", 7, 46);
    check_invalid("load/duplicate-id", Check::DuplicateId, "ja-JP/errors.ftl", 22, 1);
}

#[test]
fn a_missing_folder_or_a_file_is_an_io_error() {
    let missing = Catalog::from_dir(&fixture("load/no-such-folder")).unwrap_err();
    assert!(matches!(&missing, CatalogError::Io { path, .. } if path.ends_with("no-such-folder")), "{missing:?}");
    let file = Catalog::from_dir(&fixture("load/syntax-error/en-US/errors.ftl")).unwrap_err();
    assert!(matches!(file, CatalogError::NotADirectory { .. }), "{file:?}");
}

#[test]
fn malformed_language_tags_are_refused() {
    let catalog = Catalog::embedded();
    for tag in ["zh CN", "", "-", "toolonglanguage", "en-US-", "日本"] {
        let error = catalog.negotiate_tags(&[tag]).unwrap_err();
        assert!(matches!(&error, CatalogError::InvalidTag { tag: given } if given == tag), "{tag:?}: {error:?}");
    }
}

#[test]
fn a_message_missing_in_a_locale_falls_back_to_english_and_says_so() {
    let mut locales = embedded_locales();
    for locale in locales.iter_mut().filter(|locale| locale.tag == "ja-JP") {
        locale.files.retain(|file| !file.path.ends_with("errors.ftl"));
    }
    let catalog = Catalog::from_checked_sources(locales);
    let chain = catalog.negotiate_tags(&["ja-JP"]).unwrap();
    let rendered = catalog.message(&chain, &VodError::forbidden());
    assert_eq!(rendered.text, "User not authorized to operate on the specified resource.");
    assert_eq!(rendered.locale.to_string(), "en-US");
    assert_eq!(
        rendered.issues,
        [RenderIssue::MissingMessage { locale: "ja-JP".parse().unwrap(), id: "forbidden".into() }]
    );
}

#[test]
fn a_missing_argument_shows_a_placeholder_and_says_so() {
    let catalog = Catalog::embedded();
    let chain = catalog.negotiate_tags(&["ja-JP"]).unwrap();
    let rendered = catalog.render_message(&chain, ErrorCode::MissingParameter, &[]);
    assert_eq!(rendered.text, "このリクエストの処理に必須の入力パラメーター {$parameter} が指定されていません。");
    assert!(
        matches!(&rendered.issues[..], [RenderIssue::Fluent { error, .. }] if error.contains("parameter")),
        "{:?}",
        rendered.issues
    );
}

#[test]
fn an_unknown_message_id_renders_the_id_and_says_so() {
    let catalog = Catalog::embedded();
    let chain = catalog.negotiate_tags(&["zh-CN"]).unwrap();
    let rendered = catalog.render(&chain, "no-such-message", None, &[]);
    assert_eq!(rendered.text, "no-such-message");
    assert!(matches!(rendered.issues.last(), Some(RenderIssue::NotFound { .. })), "{:?}", rendered.issues);
}
