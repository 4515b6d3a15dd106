//! Fuzz target: any bytes as a locale's Fluent file are checked, and loaded only when clean;
//! a loaded catalogue renders every message.

#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;
use vod_error_codes::{Message, VodError};
use vod_error_l10n::loader::FileContent;
use vod_error_l10n::{Catalog, LocaleSource, SourceFile};

fuzz_target!(|bytes: &[u8]| {
    let english = LocaleSource {
        tag: "en-US".into(),
        path: "fuzz/en-US".into(),
        files: ["terms.ftl", "errors.ftl", "page.ftl"]
            .into_iter()
            .filter_map(|name| {
                let path = format!("{}/../locales/en-US/{name}", env!("CARGO_MANIFEST_DIR"));
                std::fs::read_to_string(&path).ok().map(|text| SourceFile::text(path, text))
            })
            .collect(),
        review: None,
        glossary: None,
    };
    let french = LocaleSource {
        tag: "fr-FR".into(),
        path: "fuzz/fr-FR".into(),
        files: vec![SourceFile { path: "fuzz/fr-FR/errors.ftl".into(), content: FileContent::from_bytes(bytes.to_vec()) }],
        review: None,
        glossary: None,
    };
    let locales = vec![english, french];
    let table = vod_error_check::repository_table();
    let report = vod_error_check::check_locales(&table, &locales);
    let _ = report.render(false);
    let _ = report.to_json();
    if let Ok(loaded) = Catalog::load_sources("fuzz".as_ref(), &locales, &table) {
        let localizer = loaded.catalog.localizer_for_accept_language("fr-FR");
        for message in Message::all() {
            let _ = localizer.message(&VodError::placeholders(message));
            let _ = localizer.description(message);
        }
    }
});
