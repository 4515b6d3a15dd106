//! Bad input to the catalogue: each kind gets its own typed error or render issue, never a panic.

// A failed unwrap or panic in a test is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use vod_error_codes::{Message, Value, VodError};
use vod_error_l10n::loader::read_locales_dir;
use vod_error_l10n::negotiate::parse_tag;
use vod_error_l10n::{Catalog, LanguageRequest, LoadError, MessageTable, ProblemKind, RenderIssue};
use vod_errors_suite::repository_locales;

#[test]
fn a_missing_folder_or_a_file_is_an_io_error() {
    let missing = Catalog::load(&repository_locales().join("no-such-folder")).unwrap_err();
    assert!(matches!(&missing, LoadError::Io { path, .. } if path.ends_with("no-such-folder")), "{missing:?}");
    let file = Catalog::load(&repository_locales().join("en-US/errors.ftl")).unwrap_err();
    assert!(matches!(file, LoadError::NotADirectory { .. }), "{file:?}");
}

#[test]
fn malformed_language_tags_are_refused() {
    for tag in ["zh CN", "", "-", "toolonglanguage", "日本"] {
        let error = parse_tag(tag).unwrap_err();
        assert_eq!(error.tag, tag, "{tag:?}");
        assert!(LanguageRequest::tags(&[tag]).is_err(), "{tag:?}");
    }
}

/// A locale without its errors file loads, and falls back to English, saying so.
#[test]
fn a_message_missing_in_a_locale_falls_back_to_english_and_says_so() {
    let mut locales = read_locales_dir(&repository_locales()).unwrap();
    for locale in locales.iter_mut().filter(|locale| locale.tag == "ja-JP") {
        locale.files.retain(|file| !file.path.ends_with("errors.ftl"));
    }
    let loaded = Catalog::load_sources("memory".as_ref(), &locales, &MessageTable::vod()).unwrap();
    assert!(loaded.warnings.iter().any(|warning| warning.kind == ProblemKind::MissingMessage), "{:?}", loaded.warnings);
    let localizer = loaded.catalog.localizer(&LanguageRequest::tags(&["ja-JP"]).unwrap());
    let text = localizer.message(&VodError::Forbidden());
    assert_eq!(text.text, "User not authorized to operate on the specified resource.");
    assert_eq!(text.locale.to_string(), "en-US");
    assert_eq!(text.issues, [RenderIssue::Missing { locale: "ja-JP".parse().unwrap(), id: "forbidden".into() }]);
}

#[test]
fn a_missing_argument_shows_fluent_s_placeholder_and_says_so() {
    let localizer = Catalog::embedded().localizer(&LanguageRequest::tags(&["ja-JP"]).unwrap());
    let text = localizer.text(Message::MissingParameter.id(), None, &[]);
    assert_eq!(text.text, "このリクエストの処理に必須の入力パラメーター {$parameter} が指定されていません。");
    assert_eq!(
        text.issues,
        [RenderIssue::MissingArgument { id: "missing-parameter".into(), name: "parameter".into() }]
    );
}

#[test]
fn an_unknown_message_id_renders_the_id_and_says_so() {
    let localizer = Catalog::embedded().localizer_for_accept_language("zh-CN");
    let text = localizer.text("no-such-message", None, &[("x", Value::from("y"))]);
    assert_eq!(text.text, "no-such-message");
    assert_eq!(text.issues, [RenderIssue::NotFound { id: "no-such-message".into() }]);
}
