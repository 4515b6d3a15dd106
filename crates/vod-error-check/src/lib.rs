//! The translators' checker for the VOD error catalogue: every problem of a locales folder, at once.
//!
//! # Example
//!
//! ```
//! use vod_error_check::{check_locales, repository_table};
//! use vod_error_l10n::loader::read_locales_dir;
//!
//! let locales = read_locales_dir("../../locales".as_ref())?;
//! let report = check_locales(&repository_table(), &locales);
//! assert!(!report.has_errors(), "{}", report.render(false));
//! # Ok::<(), vod_error_l10n::LoadError>(())
//! ```
//!
//! The checker parses a folder with the runtime's loader (`vod-error-l10n`, feature `loader`), so
//! whatever stops a folder from loading is reported here in the same words, then adds what a
//! translator's tool asks for: completeness, untranslated and stale entries, review records,
//! brand names, glossaries, white space, invisible characters, link targets. It reports in the
//! style of rustc (codespan-reporting) or as JSON. It depends on the runtime; the runtime never
//! depends on it.

#![forbid(unsafe_code)]

mod check;
mod finding;
mod glossary;
mod page;
mod pattern;
mod report;
mod translation;

pub use check::check_locales;
pub use finding::{Check, Finding, Severity};
pub use glossary::{GLOSSARY_FILE, Glossary};
pub use page::{
    GENERATED_HEADER, PAGE_MESSAGES, SOURCE_DOCUMENTATION, link_target, markdown_index, markdown_links,
    markdown_operation_table, markdown_page, markdown_table, page_table, placeholder_message, placeholder_text,
    plain_placeholder_text, visible_placeholders,
};
pub use report::{LocaleSummary, Report};

/// The table the repository's `locales/` is checked against: every VOD message, then the strings
/// of the generated pages.
///
/// # Example
///
/// ```
/// let table = vod_error_check::repository_table();
/// assert!(table.position("page-title").is_some());
/// assert!(table.position("forbidden").is_some());
/// ```
pub fn repository_table() -> vod_error_l10n::MessageTable {
    vod_error_l10n::MessageTable::vod().with(page_table())
}
