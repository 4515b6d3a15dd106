//! `Catalog`: the locales of the error catalogue, loaded once and shared, rendering any code's text.

use std::path::Path;
use std::sync::{Arc, OnceLock};

use unic_langid::LanguageIdentifier;

use crate::chain::{ChainCache, LocaleChain, maximized, new_catalog_id};
use crate::check::{DEFAULT_LOCALE, check_locales};
use crate::error::CatalogError;
use crate::locale::{Locale, Origin, is_right_to_left, language_name};
use crate::pseudo::{PSEUDOLOCALES, Pseudolocale, is_pseudolocale, pseudo_source};
use crate::source::{EMBEDDED_LOCALES, LocaleSource, read_locales_dir};
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
    /// The catalogue's identity, which its chains carry.
    id: u32,
    /// The stored locales in tag order, then the pseudolocales.
    locales: Vec<Locale>,
    /// The locales' ids, index for index.
    ids: Vec<LanguageIdentifier>,
    /// The locales' ids with their likely subtags added, for negotiation.
    maximized: Vec<LanguageIdentifier>,
    /// How many of `locales` are stored ones; the rest are pseudolocales.
    stored: usize,
    /// The position of `en-US`.
    default: Option<usize>,
    /// Chains of recent `Accept-Language` values.
    chains: ChainCache,
    /// The chain of `en-US` alone, used in place of another catalogue's chain.
    default_chain: LocaleChain,
}

/// A catalogue loaded from a folder, and the warnings its check found.
///
/// # Example
///
/// ```
/// use vod_error_l10n::{Catalog, Loaded};
///
/// let Loaded { catalog, warnings } = Catalog::load("../../locales".as_ref())?;
/// assert!(!warnings.has_errors());
/// # let _ = catalog;
/// # Ok::<(), vod_error_l10n::CatalogError>(())
/// ```
#[derive(Debug)]
pub struct Loaded {
    /// The catalogue.
    pub catalog: Catalog,
    /// Every finding of the check; none is an error, or the folder would not have loaded.
    pub warnings: crate::Report,
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
        EMBEDDED.get_or_init(Catalog::from_embedded).clone()
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
        Ok(Catalog::load(dir)?.catalog)
    }

    /// Loads and checks a catalogue folder as [`Catalog::from_dir`] does, and keeps what the check
    /// found that does not stop it from loading: the warnings, to show to whoever asked.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    ///
    /// let loaded = Catalog::load("../../locales".as_ref())?;
    /// assert_eq!(loaded.warnings.warning_count(), 0);
    /// assert!(loaded.catalog.locales().count() >= 3);
    /// # Ok::<(), vod_error_l10n::CatalogError>(())
    /// ```
    pub fn load(dir: &Path) -> Result<Loaded, CatalogError> {
        let sources = read_locales_dir(dir)?;
        let report = check_locales(&CodeTable::vod(), &sources);
        if report.has_errors() {
            return Err(CatalogError::Invalid { path: dir.to_path_buf(), report: Box::new(report) });
        }
        Ok(Loaded { catalog: Catalog::from_checked_sources(sources), warnings: report })
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
        for source in sources {
            if let (false, Ok(id)) = (is_pseudolocale(&source.tag), source.tag.parse::<LanguageIdentifier>()) {
                locales.push(Locale::new(id, Origin::Loaded(source), None, None));
            }
        }
        let english = locales.iter().find(|locale| locale.id == DEFAULT_LOCALE).map(|locale| locale.source().clone());
        Catalog::assemble(locales, english.map(|english| move |pseudo| Origin::Loaded(pseudo_source(&english, pseudo))))
    }

    /// The embedded catalogue: its locales' sources stay in the binary until needed, and their
    /// messages were compiled by `build.rs`.
    fn from_embedded() -> Catalog {
        let mut locales = Vec::new();
        for embedded in EMBEDDED_LOCALES {
            if let (false, Ok(id)) = (is_pseudolocale(embedded.tag), embedded.tag.parse::<LanguageIdentifier>()) {
                locales.push(Locale::new(id, Origin::Embedded(embedded), None, Some(embedded.messages)));
            }
        }
        let english = EMBEDDED_LOCALES.iter().find(|embedded| embedded.tag == DEFAULT_LOCALE);
        Catalog::assemble(locales, english.map(|english| move |_: &Pseudolocale| Origin::Embedded(english)))
    }

    /// A catalogue of stored locales followed by the pseudolocales, made from `en-US` by
    /// `pseudo_origin` when the catalogue has it.
    fn assemble(mut locales: Vec<Locale>, pseudo_origin: Option<impl Fn(&'static Pseudolocale) -> Origin>) -> Catalog {
        let stored = locales.len();
        let default = locales.iter().position(|locale| locale.id == DEFAULT_LOCALE);
        for pseudo_origin in pseudo_origin.iter().filter(|_| default.is_some()) {
            for pseudo in PSEUDOLOCALES {
                if let Ok(id) = pseudo.tag.parse::<LanguageIdentifier>() {
                    locales.push(Locale::new(id, pseudo_origin(pseudo), Some(pseudo), None));
                }
            }
        }
        let ids: Vec<LanguageIdentifier> = locales.iter().map(|locale| locale.id.clone()).collect();
        let maximized = ids.iter().map(maximized).collect();
        let id = new_catalog_id();
        let mut catalog = Catalog {
            inner: Arc::new(CatalogInner {
                id,
                locales,
                ids,
                maximized,
                stored,
                default,
                chains: ChainCache::default(),
                default_chain: LocaleChain::empty(id),
            }),
        };
        let default_chain = catalog.default_only_chain();
        if let Some(inner) = Arc::get_mut(&mut catalog.inner) {
            inner.default_chain = default_chain;
        }
        catalog
    }

    /// The ids of the catalogue's locales, by position.
    pub(crate) fn ids(&self) -> &[LanguageIdentifier] {
        &self.inner.ids
    }

    /// The catalogue's identity, which its chains carry.
    pub(crate) fn id(&self) -> u32 {
        self.inner.id
    }

    /// The ids of the catalogue's locales with their likely subtags added, by position.
    pub(crate) fn maximized_ids(&self) -> &[LanguageIdentifier] {
        &self.inner.maximized
    }

    /// The chain of `en-US` alone.
    pub(crate) fn default_chain(&self) -> &LocaleChain {
        &self.inner.default_chain
    }

    /// How many locales are stored ones; the pseudolocales come after them.
    pub(crate) fn stored_count(&self) -> usize {
        self.inner.stored
    }

    /// The position of `en-US`, which ends every chain.
    pub(crate) fn default_position(&self) -> Option<usize> {
        self.inner.default
    }

    /// The locale at a position.
    #[inline]
    pub(crate) fn locale(&self, position: u16) -> Option<&Locale> {
        self.inner.locales.get(usize::from(position))
    }

    /// The cache of `Accept-Language` chains.
    pub(crate) fn chain_cache(&self) -> &ChainCache {
        &self.inner.chains
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
            .map(|locale| {
                let bundle = locale.data().bundle();
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
                    tag: locale.source().tag.clone(),
                    name: match locale.pseudo {
                        Some(pseudo) => (pseudo.transform)(pseudo.name).into_owned(),
                        None => language_name(locale.source()).unwrap_or_else(|| locale.source().tag.clone()),
                    },
                    right_to_left: is_right_to_left(&locale.id),
                    pseudo: locale.pseudo.is_some(),
                    percent_complete: crate::table::percent(present, expected),
                }
            })
            .collect()
    }
}

/// Shows the catalogue's locales.
impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tags: Vec<String> = self.inner.ids.iter().map(ToString::to_string).collect();
        f.debug_struct("Catalog").field("locales", &tags).finish()
    }
}
