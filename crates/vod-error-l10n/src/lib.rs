//! The ApsaraVideo VOD error catalogue in 18 languages: negotiate a language, render messages.
//!
//! # Example
//!
//! ```
//! use vod_error_codes::VodError;
//! use vod_error_l10n::Catalog;
//!
//! let catalog = Catalog::embedded();
//! let localizer = catalog.localizer_for_accept_language("zh-CN,zh;q=0.9,en;q=0.8");
//! let error = VodError::MissingParameter("VideoId");
//!
//! let message = localizer.message(&error);
//! assert_eq!(message.to_string(), "缺少处理此请求所必需的输入参数 VideoId。");
//! assert_eq!(message.locale.to_string(), "zh-CN");
//! assert_eq!(localizer.description(error.message()).locale.to_string(), "zh-CN");
//! ```
//!
//! [`Catalog::embedded`] is the catalogue compiled into the crate: static data baked from the
//! repository's `locales/` by `cargo xtask codegen`, so a process parses nothing. A
//! [`Localizer`] is a catalogue with the locales negotiated for one request; every text it
//! renders is a [`Text`] that owns its text, names its locale, and says what went wrong beside
//! it. Rendering never panics and always returns text.
//!
//! Features: `loader` reads a catalogue folder at run time ([`Catalog::load`] checks every
//! locale first; [`Catalog::open`] checks each when it is first used), `live` adds
//! [`LiveCatalog`] (reloadable while threads read), `pseudo` the pseudolocales `en-XA` and
//! `ar-XB`, `bake` the baking that `cargo xtask codegen` runs.

#![forbid(unsafe_code)]

#[cfg(feature = "bake")]
mod bake;
mod catalog;
mod chain;
mod data;
mod embedded;
#[cfg(feature = "live")]
mod live;
#[cfg(feature = "loader")]
pub mod loader;
pub mod negotiate;
pub mod numbers;
mod render;

#[cfg(feature = "bake")]
pub use bake::bake;
pub use catalog::{Catalog, DEFAULT_LOCALE, LocaleInfo};
pub use chain::{Fallback, LanguageRequest, MAX_CHAIN_LOCALES, MIN_PERCENT_TRANSLATED, NegotiationNote};
#[cfg(feature = "live")]
pub use live::{LiveCatalog, Reloaded};
#[cfg(feature = "loader")]
pub use loader::{
    LoadError, Loaded, LocaleSource, MessageSpec, MessageTable, Problem, ProblemKind, Severity, SourceFile,
};
pub use negotiate::TagError;
pub use render::{LocalizedError, Localizer, RenderIssue, Text};
pub use unic_langid::LanguageIdentifier;
