//! The embedded catalogue as users meet it: every message in every locale, the pseudolocales, and
//! the English text the API sends.

// A failed unwrap or panic in a test is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use vod_error_codes::{ArgumentKind, Message, Value, VodError};
use vod_error_l10n::{Catalog, LanguageRequest, Localizer};
use vod_errors_suite::repository_locales;

/// Sample values: every text argument `VideoId`, every number 1024.
fn sample(message: Message) -> VodError {
    let values = message.arguments().iter().map(|argument| match argument.kind {
        ArgumentKind::Text => (argument.name, Value::from("VideoId")),
        ArgumentKind::Number => (argument.name, Value::from(1024)),
    });
    VodError::new(message, values).unwrap()
}

fn localizer<'c>(catalog: &'c Catalog, tag: &str) -> Localizer<'c> {
    catalog.localizer(&LanguageRequest::tags(&[tag]).unwrap())
}

/// Every message and description of every locale renders in that locale, with no issue, and
/// the values of its arguments in it.
#[test]
fn every_message_renders_in_every_locale() {
    let catalog = Catalog::embedded();
    let mut failures = Vec::new();
    for tag in catalog.locales().map(ToString::to_string) {
        let localizer = localizer(catalog, &tag);
        for message in Message::all() {
            let error = sample(message);
            let text = localizer.message(&error);
            let description = localizer.description(message);
            for (what, rendered) in [("message", &text), ("description", &description)] {
                if rendered.locale.to_string() != tag || !rendered.issues.is_empty() || rendered.text.trim().is_empty()
                {
                    let issues: Vec<String> = rendered.issues.iter().map(ToString::to_string).collect();
                    failures.push(format!(
                        "{tag} {message} {what}: rendered in {} ({})",
                        rendered.locale,
                        issues.join("; ")
                    ));
                }
            }
            for argument in message.arguments() {
                let shown = match argument.kind {
                    ArgumentKind::Text => "VideoId".to_owned(),
                    ArgumentKind::Number => "1024".to_owned(),
                };
                // Any script's digits: `1,024`, `1.024`, `١٬٠٢٤`, `१,०२४`.
                let digits: String = text.text.chars().filter(|c| c.is_numeric()).collect();
                let present =
                    text.text.contains(&shown) || (argument.kind == ArgumentKind::Number && !digits.is_empty());
                if !present {
                    failures.push(format!("{tag} {message}: no value of `{}` in {:?}", argument.name, text.text));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}\n  = help: every locale of the repository is complete; `cargo xtask check` lists what is missing",
        failures.len(),
        failures.join("\n")
    );
}

/// `en-US` renders each message exactly as the API sends it: what `VodError`'s `Display` writes.
#[test]
fn english_is_the_text_the_api_sends() {
    let english = localizer(Catalog::embedded(), "en-US");
    for message in Message::all() {
        let error = sample(message);
        assert_eq!(english.message(&error).text, error.to_string(), "{message}");
    }
}

/// The seven common codes keep the seed page's English, word for word.
#[test]
fn the_common_codes_keep_the_seed_page_s_english() {
    let english = localizer(Catalog::embedded(), "en-US");
    let rows: &[(VodError, &str, &str)] = &[
        (
            VodError::MissingParameter("VideoId"),
            "The input parameter VideoId that is mandatory for processing this request is not supplied.",
            "The error message returned because a required parameter is not set.",
        ),
        (
            VodError::InvalidParameter("VideoId"),
            "The specified parameter VideoId is not valid.",
            "The error message returned because the specified parameter is invalid.",
        ),
        (
            VodError::OperationDenied(),
            "Your account does not open VOD service yet.",
            "The error message returned because ApsaraVideo VOD is not activated for your account.",
        ),
        (
            VodError::OperationDenied_Suspended(),
            "Your VOD service is suspended.",
            "The error message returned because your Alibaba Cloud account has overdue payments. Add funds to your account.",
        ),
        (
            VodError::Forbidden(),
            "User not authorized to operate on the specified resource.",
            "The error message returned because you are not authorized to perform the operation.In most cases, this error occurs because your account is not granted the relevant permissions. For more information, see [Overview](/intl.en-US/Developer Guide/Access authorization/Overview.md).",
        ),
        (
            VodError::InternalError(),
            "The request processing has failed due to some unknown error.",
            "The error message returned because an unknown error occurred in the background. Try again later or contact customer service representatives.",
        ),
        (
            VodError::ServiceUnAvailable(),
            "The request has failed due to a temporary failure of the server.",
            "The error message returned because the service is unavailable.",
        ),
    ];
    for (error, message, description) in rows {
        assert_eq!(english.message(error).text, *message, "{error:?}");
        assert_eq!(english.description(error.message()).text, *description, "{error:?}");
    }
}

/// The pseudolocales change every letter of the text and nothing else: arguments, brand names
/// and link targets stay, and `ar-XB` runs right to left with its arguments isolated.
#[test]
fn pseudolocales_transform_text_only() {
    let catalog = Catalog::embedded();
    let accented = localizer(catalog, "en-XA");
    let text = accented.message(&VodError::InvalidParameter("VideoId")).text;
    assert_eq!(text, "Ŧħḗḗ şƥḗḗƈīīƒīīḗḗḓ ƥȧȧřȧȧḿḗḗŧḗḗř VideoId īīş ƞǿǿŧ ṽȧȧŀīīḓ.");
    assert_eq!(
        accented.message(&VodError::OperationDenied()).text,
        "Ẏǿǿŭŭř ȧȧƈƈǿǿŭŭƞŧ ḓǿǿḗḗş ƞǿǿŧ ǿǿƥḗḗƞ VOD şḗḗřṽīīƈḗḗ ẏḗḗŧ."
    );
    let forbidden = accented.description(Message::Forbidden).text;
    assert!(forbidden.contains("](/intl.en-US/Developer Guide/Access authorization/Overview.md)"), "{forbidden}");
    let mirrored = localizer(catalog, "ar-XB").message(&VodError::InvalidParameter("VideoId")).text;
    assert!(mirrored.contains("\u{2068}VideoId\u{2069}"), "{mirrored:?}");
    assert!(mirrored.starts_with('\u{202e}'), "{mirrored:?}");
}

/// The embedded catalogue is the repository's folder, compiled: loading the folder at run time
/// renders the same text, byte for byte, in every locale.
#[test]
fn the_embedded_catalogue_is_the_repository_s_folder() {
    let loaded = Catalog::load(&repository_locales()).unwrap();
    let warnings: Vec<String> = loaded.warnings.iter().take(20).map(ToString::to_string).collect();
    assert!(
        loaded.warnings.is_empty(),
        "{} warnings, the first:\n{}\n  = help: every locale of the repository is complete and reviewed; `cargo xtask check` lists everything",
        loaded.warnings.len(),
        warnings.join("\n")
    );
    let embedded = Catalog::embedded();
    let tags: Vec<String> = embedded.locales().map(ToString::to_string).collect();
    assert_eq!(tags, loaded.catalog.locales().map(ToString::to_string).collect::<Vec<_>>());
    for tag in &tags {
        let (baked, read) = (localizer(embedded, tag), localizer(&loaded.catalog, tag));
        for message in Message::all() {
            let error = sample(message);
            assert_eq!(baked.message(&error), read.message(&error), "{tag} {message}");
            assert_eq!(baked.description(message), read.description(message), "{tag} {message}");
        }
    }
}

/// A localized error is an `Error` whose text is the message and whose source is the error.
#[test]
fn a_localized_error_shows_its_message_and_keeps_its_source() {
    let localized =
        Catalog::embedded().localizer_for_accept_language("de").localize(VodError::InvalidParameter("Width"));
    let error: anyhow::Error = localized.clone().into();
    assert_eq!(error.to_string(), localized.text().text);
    assert_eq!(
        error.chain().nth(1).map(ToString::to_string).as_deref(),
        Some("The specified parameter Width is not valid.")
    );
}
