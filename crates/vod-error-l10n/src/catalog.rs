//! `Catalog`: the locales of the error catalogue, loaded once and shared, rendering any code's text.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast::Entry;
use unic_langid::LanguageIdentifier;
use vod_error_codes::{ErrorCode, VodError};

use crate::check::{DEFAULT_LOCALE, check_locales};
use crate::error::CatalogError;
use crate::negotiate::{parse_accept_language, parse_tag};
use crate::pseudo::{PSEUDOLOCALES, Pseudolocale, is_pseudolocale, pseudo_source};
use crate::source::{LocaleSource, embedded_locales, read_locales_dir};
use crate::table::CodeTable;

/// The catalogue: every locale's messages, parsed on first use and shared across threads.
///
/// Cloning is cheap (one reference count). The embedded catalogue comes from the repository's
/// `locales/` folder at build time; [`Catalog::from_dir`] loads one from disk at run time, after
/// checking it as `cargo xtask check` does.
///
/// # Example
///
/// ```
/// use vod_error_codes::VodError;
/// use vod_error_l10n::Catalog;
///
/// let catalog = Catalog::embedded();
/// let chain = catalog.negotiate_accept_language("ja-JP,ja;q=0.9,en;q=0.5");
/// let rendered = catalog.message(&chain, &VodError::invalid_parameter("Width"));
/// assert_eq!(rendered.text, "指定されたパラメーター Width は無効です。");
/// assert_eq!(rendered.locale.to_string(), "ja-JP");
/// assert!(rendered.issues.is_empty());
/// ```
#[derive(Clone)]
pub struct Catalog {
    inner: Arc<CatalogInner>,
}

struct CatalogInner {
    /// The stored locales in tag order, then the pseudolocales.
    locales: Vec<Locale>,
    /// The locales' ids, index for index.
    ids: Vec<LanguageIdentifier>,
    /// How many of `locales` are stored ones; the rest are pseudolocales.
    stored: usize,
    default: Option<usize>,
}

/// One locale: its sources, and its bundle once someone asks for it.
struct Locale {
    source: LocaleSource,
    pseudo: Option<&'static Pseudolocale>,
    bundle: OnceLock<FluentBundle<FluentResource>>,
}

/// An ordered list of the catalogue's locales to try, ending at `en-US`.
///
/// Made by the catalogue's `negotiate*` methods; it belongs to the catalogue that made it.
///
/// # Example
///
/// ```
/// use vod_error_l10n::Catalog;
///
/// let catalog = Catalog::embedded();
/// let chain = catalog.negotiate_tags(&["ja"])?;
/// let tags: Vec<String> = catalog.chain_locales(&chain).map(ToString::to_string).collect();
/// assert_eq!(tags.first().map(String::as_str), Some("ja-JP"));
/// assert_eq!(tags.last().map(String::as_str), Some("en-US"));
/// # Ok::<(), vod_error_l10n::CatalogError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct LocaleChain {
    indices: Vec<usize>,
}

/// A rendered text, the locale it came from, and anything that went wrong on the way.
///
/// # Example
///
/// ```
/// use vod_error_codes::ErrorCode;
/// use vod_error_l10n::{Catalog, RenderIssue};
///
/// let catalog = Catalog::embedded();
/// let chain = catalog.negotiate_tags(&["en-US"])?;
/// let rendered = catalog.render_message(&chain, ErrorCode::MissingParameter, &[]);
/// assert!(rendered.text.contains("{$parameter}"));
/// assert!(matches!(rendered.issues[0], RenderIssue::Fluent { .. }));
/// # Ok::<(), vod_error_l10n::CatalogError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct RenderedText {
    /// The text.
    pub text: String,
    /// The locale the text is in.
    pub locale: LanguageIdentifier,
    /// What went wrong, in order; empty when the first locale of the chain rendered cleanly.
    pub issues: Vec<RenderIssue>,
}

/// Something that went wrong while rendering; the text is still the best the catalogue had.
///
/// # Example
///
/// ```
/// use vod_error_l10n::RenderIssue;
///
/// let issue = RenderIssue::MissingMessage { locale: "de-DE".parse().unwrap(), id: "forbidden".into() };
/// assert_eq!(issue.to_string(), "`de-DE` has no message `forbidden`; used the next locale");
/// ```
#[derive(Clone, PartialEq, Eq, Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RenderIssue {
    /// The locale has no such message, or the message has no such attribute; the next locale was used.
    #[error("`{locale}` has no message `{id}`; used the next locale")]
    MissingMessage {
        /// The locale that lacks it.
        locale: LanguageIdentifier,
        /// The message id, with `.attribute` when it was an attribute.
        id: String,
    },
    /// Fluent reported an error, such as an argument that was not given; the text shows a placeholder.
    #[error("`{locale}` rendered `{id}` with an error: {error}")]
    Fluent {
        /// The locale rendered.
        locale: LanguageIdentifier,
        /// The message id.
        id: String,
        /// Fluent's description of the error.
        error: String,
    },
    /// No locale of the chain has the message; the text is the message id.
    #[error("no locale has the message `{id}`")]
    NotFound {
        /// The message id.
        id: String,
    },
}

/// What `vod-errors locales` shows of a locale.
///
/// # Example
///
/// ```
/// use vod_error_l10n::Catalog;
///
/// let catalog = Catalog::embedded();
/// let ja = catalog.locale_infos().into_iter().find(|info| info.tag == "ja-JP").unwrap();
/// assert_eq!(ja.name, "日本語");
/// assert_eq!(ja.percent_complete, 100);
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct LocaleInfo {
    /// The BCP 47 tag.
    pub tag: String,
    /// The locale's name for itself, from its `-language-name` term.
    pub name: String,
    /// Whether the script runs right to left.
    pub right_to_left: bool,
    /// Whether the locale is a pseudolocale, generated from `en-US` rather than stored.
    pub pseudo: bool,
    /// Messages and descriptions present, as a percentage of those the code table expects.
    pub percent_complete: u8,
}

impl Catalog {
    /// The catalogue compiled into this crate from the repository's `locales/` folder.
    ///
    /// It is built once per process; locales are parsed only when first used.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    ///
    /// assert!(Catalog::embedded().locales().any(|id| id.to_string() == "zh-CN"));
    /// ```
    pub fn embedded() -> Catalog {
        static EMBEDDED: OnceLock<Catalog> = OnceLock::new();
        EMBEDDED.get_or_init(|| Catalog::from_checked_sources(embedded_locales())).clone()
    }

    /// Loads and checks a catalogue folder laid out as `<dir>/<tag>/*.ftl`.
    ///
    /// The folder goes through the same checks as `cargo xtask check`; one with any error does
    /// not load, and the error carries the whole report.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::from_dir("../../locales".as_ref())?;
    /// assert!(catalog.locales().count() >= 3);
    /// # Ok::<(), vod_error_l10n::CatalogError>(())
    /// ```
    pub fn from_dir(dir: &Path) -> Result<Catalog, CatalogError> {
        Catalog::from_sources(read_locales_dir(dir)?, &CodeTable::vod(), dir)
    }

    /// Checks locale sources against a code table and builds a catalogue from them.
    ///
    /// `origin` names where the sources came from, for the error.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::{Catalog, CatalogError, CodeTable, LocaleSource, SourceFile};
    ///
    /// let broken = vec![LocaleSource {
    ///     tag: "en-US".into(),
    ///     path: "memory/en-US".into(),
    ///     files: vec![SourceFile::text("memory/en-US/errors.ftl", "forbidden = {")],
    ///     review: None,
    /// }];
    /// let error = Catalog::from_sources(broken, &CodeTable::vod(), "memory".as_ref()).unwrap_err();
    /// assert!(matches!(error, CatalogError::Invalid { .. }));
    /// ```
    pub fn from_sources(sources: Vec<LocaleSource>, table: &CodeTable, origin: &Path) -> Result<Catalog, CatalogError> {
        let report = check_locales(table, &sources);
        if report.has_errors() {
            return Err(CatalogError::Invalid { path: origin.to_path_buf(), report: Box::new(report) });
        }
        Ok(Catalog::from_checked_sources(sources))
    }

    /// Builds a catalogue without checking it, for sources already checked by the caller.
    ///
    /// A locale folder whose name is not a language tag is left out; files that do not parse
    /// serve whatever parsed. Prefer [`Catalog::from_sources`].
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::{Catalog, LocaleSource, SourceFile};
    ///
    /// let locales = vec![LocaleSource {
    ///     tag: "en-US".into(),
    ///     path: "memory/en-US".into(),
    ///     files: vec![SourceFile::text("memory/en-US/errors.ftl", "forbidden = No.")],
    ///     review: None,
    /// }];
    /// let catalog = Catalog::from_checked_sources(locales);
    /// // The stored locale, and the pseudolocales made from it.
    /// assert_eq!(catalog.locales().count(), 3);
    /// ```
    pub fn from_checked_sources(sources: Vec<LocaleSource>) -> Catalog {
        let mut locales = Vec::new();
        let mut ids = Vec::new();
        for source in sources {
            if is_pseudolocale(&source.tag) {
                continue;
            }
            if let Ok(id) = source.tag.parse::<LanguageIdentifier>() {
                ids.push(id);
                locales.push(Locale { source, pseudo: None, bundle: OnceLock::new() });
            }
        }
        let stored = locales.len();
        let default = ids.iter().position(|id| *id == DEFAULT_LOCALE);
        if let Some(english) = default.and_then(|index| locales.get(index)).map(|locale| locale.source.clone()) {
            for pseudo in PSEUDOLOCALES {
                if let Ok(id) = pseudo.tag.parse::<LanguageIdentifier>() {
                    ids.push(id);
                    let source = pseudo_source(&english, pseudo);
                    locales.push(Locale { source, pseudo: Some(pseudo), bundle: OnceLock::new() });
                }
            }
        }
        Catalog { inner: Arc::new(CatalogInner { locales, ids, stored, default }) }
    }

    /// The catalogue's locales: the stored ones in tag order, then the pseudolocales.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    ///
    /// let tags: Vec<String> = Catalog::embedded().locales().map(ToString::to_string).collect();
    /// assert!(tags.contains(&"en-US".to_string()));
    /// ```
    pub fn locales(&self) -> impl Iterator<Item = &LanguageIdentifier> {
        self.inner.ids.iter()
    }

    /// Each locale's tag, own name, direction and completeness; parses every locale.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    ///
    /// let infos = Catalog::embedded().locale_infos();
    /// assert!(infos.iter().any(|info| info.name == "简体中文"));
    /// ```
    pub fn locale_infos(&self) -> Vec<LocaleInfo> {
        let table = CodeTable::vod();
        self.inner
            .locales
            .iter()
            .zip(&self.inner.ids)
            .map(|(locale, id)| {
                let bundle = locale.bundle(id);
                let present: usize = table
                    .codes
                    .iter()
                    .filter_map(|spec| bundle.get_message(&spec.message_id))
                    .map(|message| {
                        usize::from(message.value().is_some())
                            + usize::from(message.get_attribute("description").is_some())
                    })
                    .sum();
                let expected = 2 * table.codes.len();
                LocaleInfo {
                    tag: locale.source.tag.clone(),
                    name: language_name(&locale.source).unwrap_or_else(|| locale.source.tag.clone()),
                    right_to_left: is_right_to_left(id),
                    pseudo: locale.pseudo.is_some(),
                    percent_complete: crate::table::percent(present, expected),
                }
            })
            .collect()
    }

    /// The chain for a list of requested languages, most wanted first.
    ///
    /// Uses fluent-langneg's filtering: `zh` finds `zh-CN`, `pt-PT` finds `pt-BR`; `en-US` ends
    /// every chain. A pseudolocale (`en-XA`, `ar-XB`) is chosen only when asked for by its exact
    /// tag, and then comes first.
    ///
    /// # Example
    ///
    /// ```
    /// use unic_langid::LanguageIdentifier;
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// let wanted: Vec<LanguageIdentifier> = vec!["sv-SE".parse().unwrap()];
    /// let chain = catalog.negotiate(&wanted);
    /// assert_eq!(catalog.chain_locale(&chain).to_string(), "en-US");
    /// ```
    pub fn negotiate<L: AsRef<LanguageIdentifier>>(&self, requested: &[L]) -> LocaleChain {
        let ids = &self.inner.ids;
        let mut indices: Vec<usize> = Vec::new();
        for wanted in requested {
            let pseudo = (self.inner.stored..ids.len()).find(|&index| ids[index] == *wanted.as_ref());
            if let Some(index) = pseudo.filter(|index| !indices.contains(index)) {
                indices.push(index);
            }
        }
        let stored = &ids[..self.inner.stored];
        let default = self.inner.default.and_then(|index| stored.get(index));
        let chosen = fluent_langneg::negotiate_languages(
            requested,
            stored,
            default,
            fluent_langneg::NegotiationStrategy::Filtering,
        );
        indices.extend(
            chosen.into_iter().filter_map(|id| stored.iter().position(|candidate| std::ptr::eq(candidate, id))),
        );
        if let Some(default) = self.inner.default {
            indices.retain(|&index| index != default);
            indices.push(default);
        }
        LocaleChain { indices }
    }

    /// The chain for BCP 47 tags a person typed; a malformed tag is an error.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::{Catalog, CatalogError};
    ///
    /// let catalog = Catalog::embedded();
    /// assert!(catalog.negotiate_tags(&["zh-CN"]).is_ok());
    /// assert!(matches!(catalog.negotiate_tags(&["zh CN"]), Err(CatalogError::InvalidTag { .. })));
    /// ```
    pub fn negotiate_tags(&self, tags: &[&str]) -> Result<LocaleChain, CatalogError> {
        let requested = tags.iter().map(|tag| parse_tag(tag)).collect::<Result<Vec<_>, _>>()?;
        Ok(self.negotiate(&requested))
    }

    /// The chain for an HTTP `Accept-Language` value; anything malformed in it is skipped.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// let chain = catalog.negotiate_accept_language("sv-SE, zh;q=0.9, en;q=0.8");
    /// assert_eq!(catalog.chain_locale(&chain).to_string(), "zh-CN");
    /// ```
    pub fn negotiate_accept_language(&self, header: &str) -> LocaleChain {
        self.negotiate(&parse_accept_language(header))
    }

    /// The locales of a chain, in the order they are tried.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// let chain = catalog.negotiate_accept_language("");
    /// assert_eq!(catalog.chain_locales(&chain).count(), 1);
    /// ```
    pub fn chain_locales<'c>(&'c self, chain: &'c LocaleChain) -> impl Iterator<Item = &'c LanguageIdentifier> {
        chain.indices.iter().filter_map(|&index| self.inner.ids.get(index))
    }

    /// The first locale of a chain: the one used when it has the message.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// let chain = catalog.negotiate_accept_language("ja");
    /// assert_eq!(catalog.chain_locale(&chain).to_string(), "ja-JP");
    /// ```
    pub fn chain_locale(&self, chain: &LocaleChain) -> LanguageIdentifier {
        self.chain_locales(chain).next().cloned().unwrap_or_default()
    }

    /// A code's message in the first locale of the chain that has it, with the error's arguments.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// let chain = catalog.negotiate_tags(&["en-US"])?;
    /// let text = catalog.message(&chain, &VodError::missing_parameter("VideoId")).text;
    /// assert_eq!(
    ///     text,
    ///     "The input parameter VideoId that is mandatory for processing this request is not supplied.",
    /// );
    /// # Ok::<(), vod_error_l10n::CatalogError>(())
    /// ```
    pub fn message(&self, chain: &LocaleChain, error: &VodError) -> RenderedText {
        let arguments: Vec<(&str, &str)> = error.arguments().collect();
        self.render(chain, error.code().message_id(), None, &arguments)
    }

    /// A code's message with whatever arguments are at hand; a missing one shows as `{$name}`.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// let chain = catalog.negotiate_tags(&["zh-CN"])?;
    /// let text = catalog.render_message(&chain, ErrorCode::InvalidParameter, &[("parameter", "Width")]).text;
    /// assert_eq!(text, "指定的参数 Width 无效。");
    /// # Ok::<(), vod_error_l10n::CatalogError>(())
    /// ```
    pub fn render_message(&self, chain: &LocaleChain, code: ErrorCode, arguments: &[(&str, &str)]) -> RenderedText {
        self.render(chain, code.message_id(), None, arguments)
    }

    /// A code's description in the first locale of the chain that has it.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// let chain = catalog.negotiate_tags(&["zh-CN"])?;
    /// assert_eq!(catalog.description(&chain, ErrorCode::ServiceUnAvailable).text, "服务不可用。");
    /// # Ok::<(), vod_error_l10n::CatalogError>(())
    /// ```
    pub fn description(&self, chain: &LocaleChain, code: ErrorCode) -> RenderedText {
        self.render(chain, code.message_id(), Some("description"), &[])
    }

    /// Renders any message or attribute by id: the layer below [`Catalog::message`].
    ///
    /// Tries each locale of the chain in turn; a locale without the message is skipped and
    /// noted in [`RenderedText::issues`]. Argument values are inserted verbatim, never
    /// interpreted as Fluent. In right-to-left locales each argument is wrapped in the Unicode
    /// isolation marks U+2068 and U+2069; in left-to-right ones it is not.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// let chain = catalog.negotiate_tags(&["en-US"])?;
    /// let rendered = catalog.render(&chain, "invalid-parameter", None, &[("parameter", "{ $x }")]);
    /// assert_eq!(rendered.text, "The specified parameter { $x } is not valid.");
    /// # Ok::<(), vod_error_l10n::CatalogError>(())
    /// ```
    pub fn render(
        &self,
        chain: &LocaleChain,
        id: &str,
        attribute: Option<&str>,
        arguments: &[(&str, &str)],
    ) -> RenderedText {
        let mut issues = Vec::new();
        let fluent_arguments = (!arguments.is_empty()).then(|| {
            let mut fluent = FluentArgs::with_capacity(arguments.len());
            for &(name, value) in arguments {
                fluent.set(name, value);
            }
            fluent
        });
        for &index in &chain.indices {
            let (Some(locale), Some(id_of_locale)) = (self.inner.locales.get(index), self.inner.ids.get(index)) else {
                continue;
            };
            let bundle = locale.bundle(id_of_locale);
            let pattern = bundle.get_message(id).and_then(|message| match attribute {
                Some(name) => message.get_attribute(name).map(|attribute| attribute.value()),
                None => message.value(),
            });
            let Some(pattern) = pattern else {
                let shown = attribute.map_or_else(|| id.to_owned(), |name| format!("{id}.{name}"));
                issues.push(RenderIssue::MissingMessage { locale: id_of_locale.clone(), id: shown });
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, fluent_arguments.as_ref(), &mut errors).into_owned();
            issues.extend(errors.into_iter().map(|error| RenderIssue::Fluent {
                locale: id_of_locale.clone(),
                id: id.to_owned(),
                error: error.to_string(),
            }));
            return RenderedText { text, locale: id_of_locale.clone(), issues };
        }
        issues.push(RenderIssue::NotFound { id: id.to_owned() });
        let locale = self.inner.default.and_then(|index| self.inner.ids.get(index)).cloned().unwrap_or_default();
        RenderedText { text: id.to_owned(), locale, issues }
    }
}

/// Shows the catalogue's locales.
impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tags: Vec<String> = self.inner.ids.iter().map(ToString::to_string).collect();
        f.debug_struct("Catalog").field("locales", &tags).finish()
    }
}

impl Locale {
    /// The locale's bundle, built from its sources on first use.
    fn bundle(&self, id: &LanguageIdentifier) -> &FluentBundle<FluentResource> {
        self.bundle.get_or_init(|| {
            let mut bundle = FluentBundle::new_concurrent(vec![id.clone()]);
            bundle.set_use_isolating(is_right_to_left(id));
            if let Some(pseudo) = self.pseudo {
                bundle.set_transform(Some(pseudo.transform));
            }
            for file in &self.source.files {
                if let Some(text) = file.content.text() {
                    // The check rejects syntax errors and duplicates before a catalogue loads;
                    // should one slip through, whatever parsed is still served.
                    let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
                    let _ = bundle.add_resource(resource);
                }
            }
            bundle
        })
    }
}

/// Languages whose default script runs right to left (CLDR's likely scripts).
const RIGHT_TO_LEFT_LANGUAGES: &[&str] = &["ar", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi"];

/// Scripts that run right to left.
const RIGHT_TO_LEFT_SCRIPTS: &[&str] = &["Adlm", "Arab", "Hebr", "Nkoo", "Rohg", "Syrc", "Thaa"];

/// Whether a locale's script runs right to left.
///
/// unic-langid's own `character_direction` counts `ms` (Malay, written in Latin script by
/// default) as right to left, so the direction is decided here from CLDR's likely scripts.
pub(crate) fn is_right_to_left(id: &LanguageIdentifier) -> bool {
    match &id.script {
        Some(script) => RIGHT_TO_LEFT_SCRIPTS.contains(&script.as_str()),
        None => RIGHT_TO_LEFT_LANGUAGES.contains(&id.language.as_str()),
    }
}

/// The text of a locale's `-language-name` term, when it is plain text.
fn language_name(source: &LocaleSource) -> Option<String> {
    source.files.iter().filter_map(|file| file.content.text()).find_map(|text| {
        let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(partial, _)| partial);
        resource.body.iter().find_map(|entry| match entry {
            Entry::Term(term) if term.id.name == "language-name" => crate::check::plain_text(&term.value),
            _ => None,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_table() {
        let cases = [
            ("ar-SA", true),
            ("he", true),
            ("fa-IR", true),
            ("ms-MY", false),
            ("ms-Arab-MY", true),
            ("en-US", false),
            ("zh-TW", false),
            ("az-Arab", true),
            ("uz-Latn", false),
        ];
        for (tag, right_to_left) in cases {
            let id: LanguageIdentifier = tag.parse().unwrap();
            assert_eq!(is_right_to_left(&id), right_to_left, "{tag}");
        }
    }
}
