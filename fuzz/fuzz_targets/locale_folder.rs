//! Fuzz target: any bytes as a locale's Fluent file are checked, and loaded only when clean;
//! a loaded catalogue renders every code.

#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;
use vod_error_codes::{ErrorCode, VodError};
use vod_error_l10n::{Catalog, CodeTable, FileContent, LocaleSource, SourceFile, check_locales, embedded_locales};

fuzz_target!(|bytes: &[u8]| {
    let mut locales: Vec<LocaleSource> = embedded_locales().into_iter().filter(|locale| locale.tag == "en-US").collect();
    locales.push(LocaleSource {
        tag: "fr-FR".into(),
        path: "fuzz/fr-FR".into(),
        files: vec![SourceFile { path: "fuzz/fr-FR/errors.ftl".into(), content: FileContent::from_bytes(bytes.to_vec()) }],
        review: None,
    });
    let report = check_locales(&CodeTable::vod(), &locales);
    let _ = report.render(false);
    let _ = report.to_json();
    if let Ok(catalog) = Catalog::from_sources(locales, &CodeTable::vod(), "fuzz".as_ref()) {
        let chain = catalog.negotiate_accept_language("fr-FR");
        for &code in ErrorCode::ALL {
            let arguments = code.args().iter().map(|&name| (name, "VideoId"));
            let error = VodError::new(code, arguments).unwrap_or_else(|_| VodError::internal_error());
            let _ = catalog.message(&chain, &error);
            let _ = catalog.description(&chain, code);
        }
    }
});
