//! Benchmark support: the synthetic catalogue generator and the figures every benchmark shares.
//!
//! `cargo xtask bench` runs the benchmarks in `benches/`; each measures ours beside its baselines
//! in the same run, so that the report speaks in ratios, not in machine-dependent nanoseconds.

#![forbid(unsafe_code)]

use std::fmt::Write as _;
use std::io;
use std::path::Path;

use vod_error_l10n::{CodeSpec, CodeTable, PAGE_MESSAGES, ReviewRecord};

/// The argument every benchmarked render uses.
pub const PARAMETER: &str = "VideoId";

/// The `Accept-Language` value every negotiation benchmark uses.
pub const ACCEPT_LANGUAGE: &str = "zh-TW,zh;q=0.9,en;q=0.8";

/// The text `format!` and the other baselines build, with [`PARAMETER`].
pub fn expected_message() -> String {
    format!("The input parameter {PARAMETER} that is mandatory for processing this request is not supplied.")
}

/// Thirty locale tags for synthetic catalogues, `en-US` first.
pub const SYNTHETIC_TAGS: [&str; 30] = [
    "en-US", "ar-SA", "bg-BG", "cs-CZ", "da-DK", "de-DE", "el-GR", "es-ES", "fi-FI", "fr-FR", "he-IL", "hi-IN",
    "hu-HU", "id-ID", "it-IT", "ja-JP", "ko-KR", "ms-MY", "nb-NO", "nl-NL", "pl-PL", "pt-BR", "ro-RO", "ru-RU",
    "sv-SE", "th-TH", "tr-TR", "uk-UA", "vi-VN", "zh-CN",
];

/// Writes a synthetic catalogue of `codes` codes in the first `locales` of [`SYNTHETIC_TAGS`] to
/// `dir`, laid out like `locales/`, and returns its code table. The catalogue passes the check
/// with no finding, so that checking it exercises every check on clean input.
pub fn write_synthetic_catalogue(dir: &Path, codes: usize, locales: usize) -> io::Result<CodeTable> {
    let table = synthetic_table(codes);
    for (position, tag) in SYNTHETIC_TAGS.iter().take(locales).enumerate() {
        let folder = dir.join(tag);
        std::fs::create_dir_all(&folder)?;
        let marker = if position == 0 { String::new() } else { format!("[{tag}] ") };
        let mut errors = String::from("### A synthetic catalogue for the scale benchmarks.\n\n");
        for (index, spec) in table.codes.iter().enumerate() {
            let argument = spec.arguments.first().map_or(String::new(), |name| format!(" {{ ${name} }}"));
            let _ = write!(
                errors,
                "{} = {marker}Message number {index} of the synthetic table{argument} failed.\n    .description = {marker}Why message {index} happens, in some detail.\n\n",
                spec.message_id
            );
        }
        std::fs::write(folder.join("errors.ftl"), errors)?;
        let mut page = String::from("### The page strings.\n\n");
        for id in PAGE_MESSAGES {
            let _ = writeln!(page, "{id} = {marker}Page text {id}");
        }
        std::fs::write(folder.join("page.ftl"), page)?;
        let terms = format!("### Terms.\n\n-language-name = {marker}Synthetic {tag}\n-vod = VOD\n");
        std::fs::write(folder.join("terms.ftl"), terms)?;
    }
    // Every translation reviewed against today's English, so that no warning stands out.
    let english = vod_error_l10n::read_locales_dir(dir)
        .map_err(io::Error::other)?
        .into_iter()
        .find(|locale| locale.tag == "en-US")
        .map(|locale| vod_error_l10n::source_texts(&locale))
        .unwrap_or_default();
    for tag in SYNTHETIC_TAGS.iter().take(locales).skip(1) {
        let record = ReviewRecord { reviewed_sources: english.clone(), ..ReviewRecord::default() };
        std::fs::write(dir.join(tag).join(vod_error_l10n::REVIEW_FILE), record.to_json())?;
    }
    Ok(table)
}

/// A code table of `codes` codes; every third message takes the argument `parameter`.
pub fn synthetic_table(codes: usize) -> CodeTable {
    let codes = (0..codes)
        .map(|index| {
            let arguments: &[&str] = if index % 3 == 0 { &["parameter"] } else { &[] };
            CodeSpec::new(
                format!("Synthetic.Code{index:04}"),
                format!("synthetic-code-{index:04}"),
                arguments.iter().copied(),
            )
        })
        .collect();
    CodeTable { codes, page_messages: PAGE_MESSAGES.iter().map(|&id| id.to_owned()).collect() }
}
