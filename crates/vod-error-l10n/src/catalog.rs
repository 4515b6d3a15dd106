//! `Catalog`: the compiled locales of the error catalogue, shared across threads.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, OnceLock};

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use unic_langid::LanguageIdentifier;
use vod_error_codes::Message;

use crate::chain::{ChainCache, MIN_PERCENT_TRANSLATED, MatchCache, maximized};
use crate::data::{CompiledLocale, Pattern};
use crate::numbers::NumberFormats;
use crate::render::{Arguments, RenderIssue, qualified};

/// The locale every chain ends at, and the source of every translation.
pub const DEFAULT_LOCALE: &str = "en-US";

/// The catalogue: every locale's messages, compiled, shared across threads.
///
/// Cloning is cheap (one reference count). [`Catalog::embedded`] is the catalogue compiled into
/// the crate by `cargo xtask codegen`; with the `loader` feature, `Catalog::load` reads one from
/// a folder at run time.
///
/// # Example
///
/// ```
/// use vod_error_codes::VodError;
/// use vod_error_l10n::Catalog;
///
/// let text = Catalog::embedded().localizer_for_accept_language("ja-JP,ja;q=0.9,en;q=0.5").message(&VodError::InvalidParameter("Width"));
/// assert_eq!(text.text, "指定されたパラメーター Width は無効です。");
/// assert_eq!(text.locale.to_string(), "ja-JP");
/// ```
#[derive(Clone)]
pub struct Catalog {
    inner: Arc<Inner>,
}

struct Inner {
    /// The catalogue's identity, which its fallbacks carry.
    id: u32,
    /// The locales: stored ones in tag order, then the pseudolocales.
    locales: Vec<Locale>,
    /// The locales' ids with likely subtags added, for negotiation.
    maximized: Vec<LanguageIdentifier>,
    /// The position of `en-US`.
    default: Option<usize>,
    /// Chains of recent `Accept-Language` values.
    chains: ChainCache,
    /// The locales recent requested languages were matched to.
    matches: MatchCache,
    /// Where each message of the table is.
    table: TableIndex,
}

/// How a catalogue finds a message's position in its locales' entries.
pub(crate) struct TableIndex {
    /// Whether the first positions are the VOD messages in `Message` order.
    vod_prefix: bool,
    /// Every other message id, by position; for the embedded catalogue, made from `baked_ids` on
    /// first use (most processes ask only for VOD messages).
    others: OnceLock<HashMap<Box<str>, usize>>,
    /// The embedded catalogue's message ids, in position order.
    baked_ids: &'static [&'static str],
}

impl TableIndex {
    /// An index of the other messages given.
    #[cfg(feature = "loader")]
    pub(crate) fn new(vod_prefix: bool, others: HashMap<Box<str>, usize>) -> TableIndex {
        TableIndex { vod_prefix, others: OnceLock::from(others), baked_ids: &[] }
    }

    /// The index of the embedded catalogue's messages, `ids` in position order, VOD messages first.
    fn baked(ids: &'static [&'static str]) -> TableIndex {
        TableIndex { vod_prefix: true, others: OnceLock::new(), baked_ids: ids }
    }

    /// Every message id but the VOD prefix's, by position.
    fn others(&self) -> &HashMap<Box<str>, usize> {
        self.others.get_or_init(|| {
            let skipped = if self.vod_prefix { Message::COUNT } else { 0 };
            self.baked_ids.iter().enumerate().skip(skipped).map(|(position, id)| (Box::from(*id), position)).collect()
        })
    }
}

/// One locale of a catalogue; its data (when opened from a folder), number formats and Fluent
/// bundle are made on first use.
pub(crate) struct Locale {
    pub(crate) id: LanguageIdentifier,
    tag: Cow<'static, str>,
    pseudo: bool,
    right_to_left: bool,
    data: LocaleData,
    // Boxed, so that a catalogue's locales take a page or two of memory, not four.
    numbers: OnceLock<Box<NumberFormats>>,
    bundle: OnceLock<Option<Box<FluentBundle<FluentResource>>>>,
}

/// A locale's compiled data: there from the start, or compiled the first time it is needed.
#[cfg_attr(not(feature = "loader"), allow(dead_code))]
enum LocaleData {
    Compiled(Cow<'static, CompiledLocale>),
    OnFirstUse { compiler: Arc<dyn CompileOnFirstUse>, compiled: OnceLock<Option<CompiledLocale>> },
}

/// Compiles a locale of an opened catalogue the first time it is used.
#[cfg_attr(not(feature = "loader"), allow(dead_code))]
pub(crate) trait CompileOnFirstUse: Send + Sync {
    /// The locale's data, or `None` when its files have errors (kept by the compiler).
    fn compile(&self, tag: &str, pseudo: bool) -> Option<CompiledLocale>;

    /// What compiling has found so far.
    #[cfg(feature = "loader")]
    fn problems(&self) -> Vec<crate::loader::Problem>;
}

/// What a catalogue is made of: locales compiled already, and locales to compile on first use.
#[cfg_attr(not(feature = "loader"), allow(dead_code))]
pub(crate) enum LocaleSeed {
    /// A locale of the embedded catalogue, and its tag (from the one text of every baked tag).
    Baked {
        /// Its tag.
        tag: &'static str,
        /// Its tag with likely subtags added, as negotiation compares it.
        likely: &'static str,
        /// Its data.
        data: &'static CompiledLocale,
    },
    /// A locale compiled already (loaded).
    Compiled(Cow<'static, CompiledLocale>),
    /// A locale compiled by `compiler` the first time it is used.
    OnFirstUse {
        /// Its tag.
        tag: String,
        /// Whether it is a pseudolocale.
        pseudo: bool,
        /// Whether its script runs right to left.
        right_to_left: bool,
        /// What compiles it.
        compiler: Arc<dyn CompileOnFirstUse>,
    },
}

/// What `vod-errors locales` shows of a locale.
///
/// # Example
///
/// ```
/// use vod_error_l10n::Catalog;
///
/// let ja = Catalog::embedded().locale_infos().into_iter().find(|info| info.tag == "ja-JP").unwrap();
/// assert_eq!(ja.name, "日本語");
/// assert_eq!(ja.percent_translated, 100);
/// assert!(ja.offered);
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct LocaleInfo {
    /// The BCP 47 tag.
    pub tag: String,
    /// The locale's name for itself.
    pub name: String,
    /// Whether its script runs right to left.
    pub right_to_left: bool,
    /// Whether it is a pseudolocale, made from `en-US`.
    pub pseudo: bool,
    /// How much of it is translated, in whole percent of its messages and descriptions; an entry
    /// that is the `en-US` text counts only where its review record allows it.
    pub percent_translated: u32,
    /// Whether negotiation offers it (enough of it is translated).
    pub offered: bool,
}

/// Gives every catalogue its own identity.
static NEXT_CATALOG_ID: AtomicU32 = AtomicU32::new(1);

impl Catalog {
    /// The catalogue compiled into this crate from the repository's `locales/`.
    ///
    /// Built once per process from static data: nothing is parsed. It lives as long as the
    /// process, so localizers made from it can be kept anywhere; clone it for an owned handle.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    ///
    /// assert!(Catalog::embedded().locales().any(|id| id.to_string() == "zh-CN"));
    /// ```
    pub fn embedded() -> &'static Catalog {
        static EMBEDDED: OnceLock<Catalog> = OnceLock::new();
        EMBEDDED.get_or_init(|| {
            let locales =
                crate::embedded::locales().map(|(tag, likely, data)| LocaleSeed::Baked { tag, likely, data }).collect();
            Catalog::from_seeds(locales, TableIndex::baked(crate::embedded::message_ids()))
        })
    }

    /// A catalogue of compiled locales; `en-US` ends every chain. With the `pseudo` feature off,
    /// pseudolocales are left out.
    #[cfg(feature = "loader")]
    pub(crate) fn from_compiled(compiled: Vec<Cow<'static, CompiledLocale>>, table: TableIndex) -> Catalog {
        Catalog::from_seeds(compiled.into_iter().map(LocaleSeed::Compiled).collect(), table)
    }

    /// A catalogue of locales compiled already or on first use; `en-US` ends every chain. With
    /// the `pseudo` feature off, pseudolocales are left out.
    pub(crate) fn from_seeds(seeds: Vec<LocaleSeed>, table: TableIndex) -> Catalog {
        let mut locales: Vec<(Locale, LanguageIdentifier)> = seeds
            .into_iter()
            .filter_map(|seed| {
                let (tag, likely, pseudo, right_to_left, data) = match seed {
                    LocaleSeed::Baked { tag, likely, data } => (
                        Cow::Borrowed(tag),
                        Some(likely),
                        data.pseudo,
                        data.right_to_left,
                        LocaleData::Compiled(Cow::Borrowed(data)),
                    ),
                    LocaleSeed::Compiled(data) => {
                        (data.tag.clone(), None, data.pseudo, data.right_to_left, LocaleData::Compiled(data))
                    }
                    LocaleSeed::OnFirstUse { tag, pseudo, right_to_left, compiler } => {
                        let data = LocaleData::OnFirstUse { compiler, compiled: OnceLock::new() };
                        (Cow::Owned(tag), None, pseudo, right_to_left, data)
                    }
                };
                if pseudo && !cfg!(feature = "pseudo") {
                    return None;
                }
                let id = tag.parse::<LanguageIdentifier>().ok()?;
                let likely = likely.and_then(|likely| likely.parse().ok()).unwrap_or_else(|| maximized(&id));
                let numbers = OnceLock::new();
                Some((Locale { id, tag, pseudo, right_to_left, data, numbers, bundle: OnceLock::new() }, likely))
            })
            .collect();
        // Stored locales in tag order, then the pseudolocales.
        locales.sort_by(|(a, _), (b, _)| (a.pseudo, &a.tag).cmp(&(b.pseudo, &b.tag)));
        let (locales, maximized): (Vec<Locale>, Vec<LanguageIdentifier>) = locales.into_iter().unzip();
        let default = locales.iter().position(|locale| locale.tag == DEFAULT_LOCALE);
        Catalog {
            inner: Arc::new(Inner {
                id: NEXT_CATALOG_ID.fetch_add(1, Ordering::Relaxed),
                locales,
                maximized,
                default,
                chains: ChainCache::default(),
                matches: MatchCache::default(),
                table,
            }),
        }
    }

    /// What compiles this catalogue's locales on first use, if any does.
    #[cfg(feature = "loader")]
    pub(crate) fn first_use_compiler(&self) -> Option<&dyn CompileOnFirstUse> {
        self.inner.locales.iter().find_map(|locale| match &locale.data {
            LocaleData::Compiled(_) => None,
            LocaleData::OnFirstUse { compiler, .. } => Some(compiler.as_ref()),
        })
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
        self.inner.locales.iter().map(|locale| &locale.id)
    }

    /// Each locale's tag, own name, direction and how much of it is translated.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    ///
    /// let infos = Catalog::embedded().locale_infos();
    /// assert!(infos.iter().any(|info| info.name == "简体中文"));
    /// assert!(infos.iter().any(|info| info.tag == "ar-SA" && info.right_to_left));
    /// ```
    pub fn locale_infos(&self) -> Vec<LocaleInfo> {
        (0..self.locale_count())
            .filter_map(|position| {
                let locale = self.locale_at(position)?;
                Some(LocaleInfo {
                    tag: locale.tag.to_string(),
                    name: locale.data().map_or_else(|| locale.tag.to_string(), |data| data.name.to_string()),
                    right_to_left: locale.right_to_left,
                    pseudo: locale.pseudo,
                    percent_translated: self.percent_translated(position),
                    offered: self.is_offered(position),
                })
            })
            .collect()
    }

    pub(crate) fn id(&self) -> u32 {
        self.inner.id
    }

    pub(crate) fn chain_cache(&self) -> &ChainCache {
        &self.inner.chains
    }

    pub(crate) fn match_cache(&self) -> &MatchCache {
        &self.inner.matches
    }

    pub(crate) fn locale_count(&self) -> usize {
        self.inner.locales.len()
    }

    #[inline]
    pub(crate) fn locale_at(&self, position: usize) -> Option<&Locale> {
        self.inner.locales.get(position)
    }

    pub(crate) fn id_at(&self, position: usize) -> Option<&LanguageIdentifier> {
        self.locale_at(position).map(|locale| &locale.id)
    }

    pub(crate) fn is_pseudo(&self, position: usize) -> bool {
        self.locale_at(position).is_some_and(|locale| locale.pseudo)
    }

    /// Whether the locale has data: always, but for an opened catalogue's locale whose files have
    /// errors (compiled now, if it was not yet).
    pub(crate) fn is_loadable(&self, position: usize) -> bool {
        self.locale_at(position).is_some_and(|locale| locale.data().is_some())
    }

    /// Whether negotiation offers the locale: the default, a pseudolocale, or one translated enough.
    pub(crate) fn is_offered(&self, position: usize) -> bool {
        Some(position) == self.inner.default
            || self.is_pseudo(position)
            || self.percent_translated(position) >= MIN_PERCENT_TRANSLATED
    }

    pub(crate) fn percent_translated(&self, position: usize) -> u32 {
        self.locale_at(position).map_or(0, |locale| {
            let Some(data) = locale.data() else { return 0 };
            if locale.pseudo || locale.tag == DEFAULT_LOCALE || data.expected == 0 {
                100
            } else {
                data.translated.saturating_mul(100) / data.expected
            }
        })
    }

    pub(crate) fn maximized_ids(&self) -> &[LanguageIdentifier] {
        &self.inner.maximized
    }

    pub(crate) fn default_position(&self) -> Option<usize> {
        self.inner.default
    }

    /// The id of `en-US`, or the root locale in a catalogue without it.
    pub(crate) fn default_id(&self) -> &LanguageIdentifier {
        self.default_position().and_then(|position| self.id_at(position)).unwrap_or_else(|| self.root_id())
    }

    /// The root locale.
    pub(crate) fn root_id(&self) -> &'static LanguageIdentifier {
        static ROOT: OnceLock<LanguageIdentifier> = OnceLock::new();
        ROOT.get_or_init(LanguageIdentifier::default)
    }

    /// Where a VOD message is in the locales' entries.
    #[inline]
    pub(crate) fn position_of(&self, message: Message) -> Option<usize> {
        if self.inner.table.vod_prefix { Some(message.index()) } else { self.position_of_id(message.id()) }
    }

    /// Where a message is in the locales' entries, by its id.
    pub(crate) fn position_of_id(&self, id: &str) -> Option<usize> {
        let table = &self.inner.table;
        let vod = table.vod_prefix.then(|| Message::from_id(id).map(Message::index)).flatten();
        vod.or_else(|| table.others().get(id).copied())
    }
}

impl Locale {
    /// The locale's data, compiled now if it is compiled on first use; `None` when its files
    /// have errors.
    #[inline]
    pub(crate) fn data(&self) -> Option<&CompiledLocale> {
        match &self.data {
            LocaleData::Compiled(data) => Some(data),
            LocaleData::OnFirstUse { compiler, compiled } => {
                compiled.get_or_init(|| compiler.compile(&self.tag, self.pseudo)).as_ref()
            }
        }
    }

    /// The pattern of the entry at `position`: its value, or its `description`.
    #[inline]
    pub(crate) fn pattern(&self, position: usize, attribute: Option<&str>) -> Option<&Pattern> {
        let entry = self.data()?.entries.get(position)?;
        match attribute {
            None => Some(&entry.value),
            Some(crate::render::DESCRIPTION) => Some(&entry.description),
            Some(_) => None,
        }
    }

    /// The locale's number formats, made on first use.
    pub(crate) fn numbers(&self) -> &NumberFormats {
        self.numbers.get_or_init(|| Box::new(NumberFormats::new(&self.tag)))
    }

    /// Renders an entry with Fluent's resolver, from the locale's Fluent source.
    pub(crate) fn resolve<A: Arguments + ?Sized>(
        &self,
        id: &str,
        attribute: Option<&str>,
        arguments: &A,
        issues: &mut Vec<RenderIssue>,
    ) -> String {
        let bundle = self.bundle.get_or_init(|| {
            let data = self.data()?;
            let source = data.resolver_source.as_ref()?;
            let mut bundle = FluentBundle::new_concurrent(vec![self.id.clone()]);
            bundle.set_use_isolating(self.right_to_left);
            bundle.set_formatter(Some(crate::numbers::fluent_formatter));
            let _ = bundle.add_builtins();
            // The loader and `cargo xtask codegen` checked the source; should it not parse,
            // whatever parsed is still served.
            let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
            let _ = bundle.add_resource(resource);
            Some(Box::new(bundle))
        });
        let pattern = bundle.as_ref().and_then(|bundle| {
            let message = bundle.get_message(id)?;
            match attribute {
                Some(name) => message.get_attribute(name).map(|attribute| attribute.value()),
                None => message.value(),
            }
        });
        let (Some(bundle), Some(pattern)) = (bundle, pattern) else {
            issues.push(RenderIssue::Missing { locale: self.id.clone(), id: qualified(id, attribute) });
            return id.to_owned();
        };
        let fluent_arguments = arguments.fluent();
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&fluent_arguments), &mut errors).into_owned();
        issues.extend(errors.into_iter().map(|error| RenderIssue::Fluent {
            locale: self.id.clone(),
            id: id.to_owned(),
            error: error.to_string(),
        }));
        text
    }
}

/// A borrowed catalogue as an owned handle (one reference count), so that
/// `ErrorResponder::new(Catalog::embedded())` and the like take either.
impl From<&Catalog> for Catalog {
    fn from(catalog: &Catalog) -> Catalog {
        catalog.clone()
    }
}

/// Shows the catalogue's locales.
impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let tags: Vec<String> = self.locales().map(ToString::to_string).collect();
        f.debug_struct("Catalog").field("locales", &tags).finish()
    }
}
