//! The Fluent catalogue of the ApsaraVideo VOD error codes: load, validate, negotiate, render.
//!
//! # Example
//!
//! ```
//! use vod_error_codes::VodError;
//! use vod_error_l10n::Catalog;
//!
//! let catalog = Catalog::embedded();
//! let chain = catalog.negotiate_accept_language("zh-CN,zh;q=0.9,en;q=0.8");
//! let error = VodError::missing_parameter("VideoId");
//!
//! let message = catalog.message(&chain, &error);
//! assert_eq!(message.text, "缺少处理此请求所必需的输入参数 VideoId。");
//! assert_eq!(message.locale.to_string(), "zh-CN");
//!
//! let description = catalog.description(&chain, error.code());
//! assert_eq!(description.text, "缺少参数。");
//! ```
//!
//! Each code's message lives in `locales/<tag>/*.ftl` under the code's message id; its
//! description is the message's `.description` attribute, and brand names are terms (`-vod`,
//! `-apsaravideo-vod`, `-alibaba-cloud`). The catalogue is compiled in from the repository's
//! `locales/` folder ([`Catalog::embedded`]) or loaded from a folder at run time
//! ([`Catalog::from_dir`]), which first passes the same checks as `cargo xtask check`
//! ([`check_locales`]).
//!
//! Rendering never panics and always returns text: when the first locale lacks a message the
//! next one in the chain is used, and [`RenderedText::issues`] says what happened.

#![forbid(unsafe_code)]

mod catalog;
mod chain;
mod check;
mod compile_rules;
mod compiled;
mod error;
mod live;
mod locale;
mod negotiate;
mod page;
mod pseudo;
mod render;
mod review;
mod source;
mod table;

pub use catalog::{Catalog, Loaded, LocaleInfo};
pub use chain::{LocaleChain, MAX_CHAIN_LOCALES, NegotiationNote};
pub use check::{Check, DEFAULT_LOCALE, Finding, LocaleSummary, Report, Severity, check_locales};
pub use error::CatalogError;
pub use live::{LiveCatalog, Reloaded};
pub use negotiate::{
    MAX_ACCEPT_LANGUAGE_BYTES, MAX_ACCEPT_LANGUAGE_ENTRIES, environment_languages, parse_accept_language,
    parse_language_range, parse_tag, parse_weight, posix_locale_language,
};
pub use page::{GENERATED_HEADER, markdown_page, markdown_table};
pub use pseudo::{accented as pseudo_accented, is_pseudolocale, mirrored as pseudo_mirrored};
pub use render::{Localizer, RenderInfo, RenderIssue, RenderedText};
pub use review::{REVIEW_FILE, ReviewRecord, source_texts};
pub use source::{FileContent, LocaleSource, MAX_FILE_BYTES, SourceFile, embedded_locales, read_locales_dir};
pub use table::{CodeSpec, CodeTable, PAGE_MESSAGES};
pub use unic_langid::LanguageIdentifier;
