//! Fuzz target: any `Accept-Language` value gives a localizer whose chain ends at a real locale
//! and always includes `en-US`, and renders a message.

#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;
use vod_error_codes::VodError;
use vod_error_l10n::Catalog;

fuzz_target!(|input: &str| {
    let localizer = Catalog::embedded().localizer_for_accept_language(input);
    assert!(localizer.locales().any(|id| id.to_string() == "en-US"));
    assert!(!localizer.message(&VodError::Forbidden()).text.is_empty());
});
