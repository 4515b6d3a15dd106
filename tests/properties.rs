//! Property tests: any input to a parser-facing entry point gives an answer, never a panic.

// A failed unwrap or panic in a test is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use vod_error_codes::{ErrorCode, VodError};
use vod_error_l10n::negotiate::{MAX_ACCEPT_LANGUAGE_BYTES, MAX_ACCEPT_LANGUAGE_ENTRIES};
use vod_error_l10n::{Catalog, LanguageRequest};

/// Strings that look like Accept-Language values, malformed ones included.
fn accept_language() -> impl Strategy<Value = String> {
    let tag = prop_oneof![
        Just("en-US".to_owned()),
        Just("zh".to_owned()),
        Just("*".to_owned()),
        Just("ja-JP".to_owned()),
        Just("ar".to_owned()),
        "[a-zA-Z]{0,9}(-[a-zA-Z0-9]{0,9}){0,3}",
        any::<String>(),
    ];
    let weight = prop_oneof![
        Just(String::new()),
        Just(";q=0".to_owned()),
        Just(";q=0.5".to_owned()),
        Just(";q=1.000".to_owned()),
        Just(";q=2".to_owned()),
        Just(";q=abc".to_owned()),
        Just(";q=".to_owned()),
        ";[a-z]{0,3}=[0-9.]{0,6}",
    ];
    prop::collection::vec((tag, weight), 0..40)
        .prop_map(|entries| entries.into_iter().map(|(tag, weight)| tag + &weight).collect::<Vec<_>>().join(","))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_string_parsed_as_a_code_gives_an_answer(input in any::<String>()) {
        match input.parse::<ErrorCode>() {
            Ok(code) => prop_assert_eq!(code.as_str(), input.as_str()),
            Err(error) => prop_assert!(error.to_string().starts_with("unknown error code")),
        }
        if let Ok(code) = ErrorCode::lookup(&input) {
            prop_assert!(code.as_str().eq_ignore_ascii_case(&input));
        }
    }

    #[test]
    fn any_accept_language_gives_a_supported_locale(header in accept_language()) {
        let catalog = Catalog::embedded();
        let locales: Vec<String> = catalog.localizer_for_accept_language(&header).locales().map(ToString::to_string).collect();
        prop_assert!(!locales.is_empty());
        // `en-US` is always there: last, unless the header asked for it (or for any language, `*`)
        // before some other locale.
        let english = locales.iter().position(|locale| locale == "en-US");
        prop_assert!(english.is_some());
        let asked = header.to_ascii_lowercase().contains("en") || header.contains('*');
        prop_assert!(english == Some(locales.len() - 1) || asked, "{locales:?}");
        let supported: Vec<String> = catalog.locales().map(ToString::to_string).collect();
        prop_assert!(locales.iter().all(|locale| supported.contains(locale)));
    }

    #[test]
    fn random_bytes_as_accept_language_give_a_supported_locale(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let header = String::from_utf8_lossy(&bytes);
        let catalog = Catalog::embedded();
        prop_assert!(catalog.localizer_for_accept_language(&header).locales().next().is_some());
    }

    #[test]
    fn only_the_capped_part_of_accept_language_is_read(header in accept_language(), padding in 0usize..200_000) {
        // Whatever follows the cap changes nothing: the value is read up to the cap and no further.
        let catalog = Catalog::embedded();
        let long = format!("{header}{}", ",en-GB;q=0.9".repeat(padding / 12 + 1));
        let mut cut = long.len().min(MAX_ACCEPT_LANGUAGE_BYTES);
        while !long.is_char_boundary(cut) {
            cut -= 1;
        }
        let entries: Vec<&str> = long[..cut].split(',').take(MAX_ACCEPT_LANGUAGE_ENTRIES).collect();
        let capped = entries.join(",");
        let locales = |header: &str| -> Vec<String> {
            catalog.localizer(&LanguageRequest::accept_language(header)).locales().map(ToString::to_string).collect()
        };
        prop_assert_eq!(locales(&long), locales(&capped));
    }

    #[test]
    fn any_argument_value_is_rendered_verbatim(value in any::<String>(), tag_index in 0usize..20) {
        let catalog = Catalog::embedded();
        let tags: Vec<String> = catalog.locales().map(ToString::to_string).collect();
        let tag = &tags[tag_index % tags.len()];
        let localizer = catalog.localizer(&LanguageRequest::tags(&[tag.as_str()]).unwrap());
        let with_value = localizer.message(&VodError::InvalidParameter(value.clone())).text;
        let with_marker = localizer.message(&VodError::InvalidParameter("\u{e000}")).text;
        // The value stands exactly where a marker stands, and nothing else changes.
        prop_assert_eq!(with_value, with_marker.replacen('\u{e000}', &value, 1));
    }
}

#[test]
fn thousands_of_entries_and_huge_headers_are_bounded() {
    let catalog = Catalog::embedded();
    let many = "xx-YY;q=0.1,".repeat(10_000) + "ja-JP";
    let chosen = catalog.localizer_for_accept_language(&many).locale().to_string();
    assert_eq!(chosen, "en-US", "ja-JP lies past the cap and is not read");
    let huge = "a".repeat(100 * 1024);
    assert_eq!(catalog.localizer_for_accept_language(&huge).locale().to_string(), "en-US");
}

#[test]
fn a_one_megabyte_argument_is_rendered_verbatim() {
    let catalog = Catalog::embedded();
    let value: String = "{ $parameter } \u{202e}\u{0}".chars().cycle().take(1024 * 1024).collect();
    let localizer = catalog.localizer(&LanguageRequest::tags(&["ar-SA"]).unwrap());
    let text = localizer.message(&VodError::MissingParameter(value.clone())).text;
    assert!(text.contains(&format!("\u{2068}{value}\u{2069}")));
    assert_eq!(text.len(), localizer.message(&VodError::MissingParameter("")).text.len() + value.len());
}
