//! Fuzz target: any `Accept-Language` value gives a chain of supported locales ending at `en-US`.

#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;
use vod_error_l10n::Catalog;

fuzz_target!(|input: &str| {
    let catalog = Catalog::embedded();
    let chain = catalog.negotiate_accept_language(input);
    let last = catalog.chain_locales(&chain).last().map(ToString::to_string);
    assert_eq!(last.as_deref(), Some("en-US"));
});
