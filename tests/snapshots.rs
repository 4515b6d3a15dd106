//! Snapshots of every code in every locale: the message with a sample argument, and the description.

// A failed unwrap or panic in a test is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use vod_error_codes::{ErrorCode, VodError};
use vod_error_l10n::Catalog;
use vod_errors_suite::show_invisible;

/// The sample argument every message is rendered with.
const SAMPLE_PARAMETER: &str = "VideoId";

fn sample_error(code: ErrorCode) -> VodError {
    let arguments = code.args().iter().map(|&name| (name, SAMPLE_PARAMETER));
    VodError::new(code, arguments).unwrap()
}

/// One locale's page: every code, its message and its description, invisible characters shown.
fn catalogue_page(catalog: &Catalog, tag: &str) -> String {
    let chain = catalog.negotiate_tags(&[tag]).unwrap();
    let mut page = String::new();
    for &code in ErrorCode::ALL {
        let message = catalog.message(&chain, &sample_error(code));
        let description = catalog.description(&chain, code);
        assert!(message.issues.is_empty(), "{tag} {code}: {:?}", message.issues);
        assert!(description.issues.is_empty(), "{tag} {code}: {:?}", description.issues);
        assert_eq!(message.locale.to_string(), tag, "{code} fell back");
        page.push_str(&format!(
            "{code} ({})\n  message:     {}\n  description: {}\n",
            code.http_status(),
            show_invisible(&message.text),
            show_invisible(&description.text),
        ));
    }
    page
}

#[test]
fn every_code_in_every_locale() {
    let catalog = Catalog::embedded();
    let tags: Vec<String> = catalog.locales().map(ToString::to_string).collect();
    assert!(tags.len() >= 3, "{tags:?}");
    for tag in &tags {
        insta::assert_snapshot!(format!("catalogue-{tag}"), catalogue_page(&catalog, tag));
    }
}

/// The `en-US` messages and descriptions are the source page's, word for word.
#[test]
fn english_is_the_source_page_exactly() {
    let rows: &[(ErrorCode, &str, &str)] = &[
        (
            ErrorCode::MissingParameter,
            "The input parameter VideoId that is mandatory for processing this request is not supplied.",
            "The error message returned because a required parameter is not set.",
        ),
        (
            ErrorCode::InvalidParameter,
            "The specified parameter VideoId is not valid.",
            "The error message returned because the specified parameter is invalid.",
        ),
        (
            ErrorCode::OperationDenied,
            "Your account does not open VOD service yet.",
            "The error message returned because ApsaraVideo VOD is not activated for your account.",
        ),
        (
            ErrorCode::OperationDeniedSuspended,
            "Your VOD service is suspended.",
            "The error message returned because your Alibaba Cloud account has overdue payments. Add funds to your account.",
        ),
        (
            ErrorCode::Forbidden,
            "User not authorized to operate on the specified resource.",
            "The error message returned because you are not authorized to perform the operation.In most cases, this error occurs because your account is not granted the relevant permissions. For more information, see [Overview](/intl.en-US/Developer Guide/Access authorization/Overview.md).",
        ),
        (
            ErrorCode::InternalError,
            "The request processing has failed due to some unknown error.",
            "The error message returned because an unknown error occurred in the background. Try again later or contact customer service representatives.",
        ),
        (
            ErrorCode::ServiceUnAvailable,
            "The request has failed due to a temporary failure of the server.",
            "The error message returned because the service is unavailable.",
        ),
    ];
    let catalog = Catalog::embedded();
    let chain = catalog.negotiate_tags(&["en-US"]).unwrap();
    assert_eq!(rows.len(), ErrorCode::ALL.len());
    for &(code, message, description) in rows {
        assert_eq!(catalog.message(&chain, &sample_error(code)).text, message);
        assert_eq!(catalog.description(&chain, code).text, description);
    }
}

/// Right-to-left locales keep the isolation marks around arguments; left-to-right ones have none.
#[test]
fn isolation_marks_only_in_right_to_left_locales() {
    let catalog = Catalog::embedded();
    for info in catalog.locale_infos() {
        let chain = catalog.negotiate_tags(&[info.tag.as_str()]).unwrap();
        let text = catalog.message(&chain, &VodError::invalid_parameter(SAMPLE_PARAMETER)).text;
        let isolated = text.contains("\u{2068}VideoId\u{2069}");
        assert_eq!(isolated, info.right_to_left, "{}: {text:?}", info.tag);
        if !info.right_to_left {
            assert!(!text.contains(['\u{2068}', '\u{2069}']), "{}: {text:?}", info.tag);
        }
    }
}
