//! Choosing a catalogue's locales for a request: the one negotiation engine, `LocaleChain`, and its cache.
//!
//! The rules, the same for the library, HTTP and the command line:
//! 1. The user's order wins. Each requested language, most wanted first, adds the locale that
//!    serves it best; `en-US` ends the chain and is first only when the user asked for it or
//!    nothing the user listed can be served.
//! 2. Languages are compared after adding their likely subtags (CLDR, through unic-langid): a
//!    locale serves a request when language and script agree, so `zh-HK` (`zh-Hant-HK`) is
//!    served by `zh-TW` and `zh-SG` (`zh-Hans-SG`) by `zh-CN`. Among several, the one of the
//!    requested region wins, then the one of the likely region, then the first.
//! 3. A pseudolocale is chosen only when asked for by its exact tag and only where the caller
//!    allows it (`--lang`, or a responder set up to offer them), never from a header alone.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{PoisonError, RwLock};

use unic_langid::LanguageIdentifier;

use crate::catalog::Catalog;
use crate::error::CatalogError;
use crate::negotiate::{parse_accept_language, parse_tag};

/// The most locales a chain holds; the last is always `en-US`.
pub const MAX_CHAIN_LOCALES: usize = 8;

/// How many `Accept-Language` values a catalogue remembers the chain of.
const ACCEPT_LANGUAGE_CACHE_ENTRIES: usize = 1024;

/// The longest `Accept-Language` value whose chain is remembered.
const ACCEPT_LANGUAGE_CACHE_KEY_BYTES: usize = 256;

/// An ordered list of the catalogue's locales to try, ending at `en-US`.
///
/// Made by the catalogue's `negotiate*` methods, it belongs to the catalogue that made it: a
/// catalogue given another's chain notices, renders in its own `en-US`, and says so in the
/// rendered text's issues.
///
/// # Example
///
/// ```
/// use vod_error_l10n::Catalog;
///
/// let catalog = Catalog::embedded();
/// let chain = catalog.negotiate_tags(&["ja"])?;
/// let tags: Vec<String> = catalog.chain_locales(&chain).map(ToString::to_string).collect();
/// assert_eq!(tags, ["ja-JP", "en-US"]);
/// # Ok::<(), vod_error_l10n::CatalogError>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct LocaleChain {
    /// The identity of the catalogue that made the chain.
    catalog: u32,
    len: u8,
    indices: [u16; MAX_CHAIN_LOCALES],
}

/// Gives every catalogue its own identity, so that a chain knows where it belongs.
static NEXT_CATALOG_ID: AtomicU32 = AtomicU32::new(1);

/// A new catalogue identity.
pub(crate) fn new_catalog_id() -> u32 {
    NEXT_CATALOG_ID.fetch_add(1, Ordering::Relaxed)
}

impl LocaleChain {
    /// An empty chain of a catalogue.
    pub(crate) fn empty(catalog: u32) -> LocaleChain {
        LocaleChain { catalog, len: 0, indices: [0; MAX_CHAIN_LOCALES] }
    }

    /// The positions of the chain's locales in its catalogue.
    pub(crate) fn indices(&self) -> &[u16] {
        &self.indices[..usize::from(self.len)]
    }

    /// The identity of the catalogue the chain belongs to.
    pub(crate) fn catalog_id(&self) -> u32 {
        self.catalog
    }

    /// Adds a position unless it is there already or the chain is full.
    fn push(&mut self, position: usize) {
        let Ok(position) = u16::try_from(position) else { return };
        if self.indices().contains(&position) {
            return;
        }
        if let Some(slot) = self.indices.get_mut(usize::from(self.len)) {
            *slot = position;
            self.len += 1;
        }
    }

    /// A chain of these positions in order, keeping room for `default`, which ends it.
    fn from_positions(catalog: u32, positions: impl IntoIterator<Item = usize>, default: Option<usize>) -> LocaleChain {
        let mut chain = LocaleChain::empty(catalog);
        for position in positions {
            if usize::from(chain.len) == MAX_CHAIN_LOCALES - 1 {
                break;
            }
            chain.push(position);
        }
        if let Some(default) = default {
            chain.push(default);
        }
        chain
    }

    /// The same chain with `position` tried just before the default locale that ends it, as a
    /// fallback for requests that name nothing the catalogue has.
    pub(crate) fn with_fallback(mut self, position: usize, default: Option<usize>) -> LocaleChain {
        let Ok(position) = u16::try_from(position) else { return self };
        if self.indices().contains(&position) {
            return self;
        }
        let ends_with_default =
            default.and_then(|d| u16::try_from(d).ok()).is_some_and(|d| self.indices().last() == Some(&d));
        if ends_with_default && usize::from(self.len) < MAX_CHAIN_LOCALES {
            let last = usize::from(self.len) - 1;
            self.indices[last + 1] = self.indices[last];
            self.indices[last] = position;
            self.len += 1;
        } else {
            self.push(usize::from(position));
        }
        self
    }
}

/// Why a requested language did not get the locale it named; shown as a note to the user.
///
/// # Example
///
/// ```
/// use vod_error_l10n::{Catalog, LanguageIdentifier};
///
/// let catalog = Catalog::embedded();
/// let requested: Vec<LanguageIdentifier> = vec!["sv-SE".parse().unwrap(), "pt-PT".parse().unwrap()];
/// let notes = catalog.negotiation_notes(&requested, false);
/// let shown: Vec<String> = notes.iter().map(ToString::to_string).collect();
/// assert_eq!(shown, ["the catalogue has no `sv-SE`", "the catalogue has no `pt-PT`; `pt-BR` stands in"]);
/// ```
#[derive(Clone, PartialEq, Eq, Debug, thiserror::Error)]
#[non_exhaustive]
pub enum NegotiationNote {
    /// No locale of the catalogue serves the language.
    #[error("the catalogue has no `{requested}`")]
    Unavailable {
        /// The language asked for.
        requested: LanguageIdentifier,
    },
    /// A locale of the same language and script, but another region, serves it.
    #[error("the catalogue has no `{requested}`; `{chosen}` stands in")]
    Substituted {
        /// The language asked for.
        requested: LanguageIdentifier,
        /// The locale chosen for it.
        chosen: LanguageIdentifier,
    },
    /// A pseudolocale was named where only real locales are offered.
    #[error("`{requested}` is a pseudolocale, offered only when asked for on purpose (`--lang`)")]
    PseudolocaleNotOffered {
        /// The pseudolocale asked for.
        requested: LanguageIdentifier,
    },
}

/// Remembered chains of `Accept-Language` values; emptied when full.
#[derive(Default)]
pub(crate) struct ChainCache {
    chains: RwLock<HashMap<Box<str>, LocaleChain>>,
}

impl ChainCache {
    fn get(&self, header: &str) -> Option<LocaleChain> {
        self.chains.read().unwrap_or_else(PoisonError::into_inner).get(header).copied()
    }

    fn insert(&self, header: &str, chain: LocaleChain) {
        let mut chains = self.chains.write().unwrap_or_else(PoisonError::into_inner);
        if chains.len() >= ACCEPT_LANGUAGE_CACHE_ENTRIES {
            chains.clear();
        }
        chains.insert(header.into(), chain);
    }
}

/// Whether a requested language names a pseudolocale: CLDR reserves the regions `XA`, `XB` and
/// `XC` for them.
fn is_pseudo_request(wanted: &LanguageIdentifier) -> bool {
    wanted.region.is_some_and(|region| matches!(region.as_str(), "XA" | "XB" | "XC"))
}

/// A language with its likely subtags added, for comparing by language and script.
pub(crate) fn maximized(id: &LanguageIdentifier) -> LanguageIdentifier {
    let mut id = LanguageIdentifier::from_parts(id.language, id.script, id.region, &[]);
    id.maximize();
    id
}

impl Catalog {
    /// The chain for a list of requested languages, most wanted first; pseudolocales are not offered.
    ///
    /// # Example
    ///
    /// ```
    /// use unic_langid::LanguageIdentifier;
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// let wanted: Vec<LanguageIdentifier> = vec!["sv-SE".parse().unwrap(), "zh-HK".parse().unwrap()];
    /// let chain = catalog.negotiate(&wanted);
    /// assert_eq!(catalog.chain_locale(&chain).to_string(), "zh-TW");
    /// ```
    pub fn negotiate<L: AsRef<LanguageIdentifier>>(&self, requested: &[L]) -> LocaleChain {
        self.negotiate_with(requested, false)
    }

    /// The chain for a list of requested languages; with `pseudolocales`, a pseudolocale named by
    /// its exact tag (`en-XA`, `ar-XB`) is chosen too.
    ///
    /// # Example
    ///
    /// ```
    /// use unic_langid::LanguageIdentifier;
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// let wanted: Vec<LanguageIdentifier> = vec!["ar-XB".parse().unwrap()];
    /// assert_eq!(catalog.chain_locale(&catalog.negotiate_with(&wanted, true)).to_string(), "ar-XB");
    /// assert_eq!(catalog.chain_locale(&catalog.negotiate_with(&wanted, false)).to_string(), "en-US");
    /// ```
    pub fn negotiate_with<L: AsRef<LanguageIdentifier>>(&self, requested: &[L], pseudolocales: bool) -> LocaleChain {
        let positions = requested.iter().filter_map(|wanted| self.best_match(wanted.as_ref(), pseudolocales));
        LocaleChain::from_positions(self.id(), positions, self.default_position())
    }

    /// The locale that serves a requested language best, by the rules in this module's header.
    fn best_match(&self, wanted: &LanguageIdentifier, pseudolocales: bool) -> Option<usize> {
        let ids = self.ids();
        let stored = self.stored_count();
        if *wanted == LanguageIdentifier::default() {
            // `*` or `und`: any language, which the default locale serves by design.
            return self.default_position();
        }
        if is_pseudo_request(wanted) {
            return (stored..ids.len()).find(|&index| pseudolocales && ids[index] == *wanted);
        }
        let wanted = maximized(wanted);
        let likely_region = {
            let mut base = LanguageIdentifier::from_parts(wanted.language, wanted.script, None, &[]);
            base.maximize();
            base.region
        };
        self.maximized_ids()
            .iter()
            .enumerate()
            .take(stored)
            .filter(|(_, candidate)| {
                candidate.language == wanted.language && (wanted.script.is_none() || candidate.script == wanted.script)
            })
            .min_by_key(|(index, candidate)| {
                let rank = if candidate.region == wanted.region {
                    0
                } else if candidate.region == likely_region {
                    1
                } else {
                    2
                };
                (rank, *index)
            })
            .map(|(index, _)| index)
    }

    /// Why the requested languages did not all get the locale they named, in request order.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::{Catalog, LanguageIdentifier};
    ///
    /// let catalog = Catalog::embedded();
    /// let japanese: LanguageIdentifier = "ja-JP".parse().unwrap();
    /// let pseudo: LanguageIdentifier = "en-XA".parse().unwrap();
    /// assert!(catalog.negotiation_notes(&[japanese], false).is_empty());
    /// assert_eq!(catalog.negotiation_notes(&[pseudo], false).len(), 1);
    /// ```
    pub fn negotiation_notes<L: AsRef<LanguageIdentifier>>(
        &self,
        requested: &[L],
        pseudolocales: bool,
    ) -> Vec<NegotiationNote> {
        let ids = self.ids();
        let mut notes = Vec::new();
        for wanted in requested {
            let wanted = wanted.as_ref();
            if *wanted == LanguageIdentifier::default() {
                // `*` or `und`: any language, which the default locale serves by design.
                continue;
            }
            let is_pseudo = is_pseudo_request(wanted);
            match self.best_match(wanted, pseudolocales) {
                _ if is_pseudo && !pseudolocales => {
                    notes.push(NegotiationNote::PseudolocaleNotOffered { requested: wanted.clone() });
                }
                None => notes.push(NegotiationNote::Unavailable { requested: wanted.clone() }),
                Some(index) => {
                    let chosen = &self.maximized_ids()[index];
                    let same = chosen.language == wanted.language
                        && (wanted.script.is_none() || chosen.script == wanted.script)
                        && (wanted.region.is_none() || chosen.region == wanted.region);
                    if !same {
                        let chosen = ids[index].clone();
                        notes.push(NegotiationNote::Substituted { requested: wanted.clone(), chosen });
                    }
                }
            }
        }
        notes
    }

    /// The chain for BCP 47 tags a person typed, pseudolocales included; a tag from which no
    /// language can be read is an error.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::{Catalog, CatalogError};
    ///
    /// let catalog = Catalog::embedded();
    /// assert_eq!(catalog.chain_locale(&catalog.negotiate_tags(&["zh-Hant"])?).to_string(), "zh-TW");
    /// assert_eq!(catalog.chain_locale(&catalog.negotiate_tags(&["th-TH-u-nu-thai"])?).to_string(), "th-TH");
    /// assert!(matches!(catalog.negotiate_tags(&["zh CN"]), Err(CatalogError::InvalidTag { .. })));
    /// # Ok::<(), vod_error_l10n::CatalogError>(())
    /// ```
    pub fn negotiate_tags(&self, tags: &[&str]) -> Result<LocaleChain, CatalogError> {
        let requested = tags.iter().map(|tag| parse_tag(tag)).collect::<Result<Vec<_>, _>>()?;
        Ok(self.negotiate_with(&requested, true))
    }

    /// The chain for an HTTP `Accept-Language` value; pseudolocales are not offered, and anything
    /// malformed in it is skipped.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// let chain = catalog.negotiate_accept_language("en-US,en;q=0.9,zh-CN;q=0.8");
    /// assert_eq!(catalog.chain_locale(&chain).to_string(), "en-US");
    /// let chain = catalog.negotiate_accept_language("sv-SE, zh-HK;q=0.9, en;q=0.8");
    /// assert_eq!(catalog.chain_locale(&chain).to_string(), "zh-TW");
    /// ```
    ///
    /// The chains of recent values are remembered (up to 1,024 values of up to 256 bytes), so a
    /// repeated value costs one lookup.
    pub fn negotiate_accept_language(&self, header: &str) -> LocaleChain {
        let cacheable = header.len() <= ACCEPT_LANGUAGE_CACHE_KEY_BYTES;
        if cacheable && let Some(chain) = self.chain_cache().get(header) {
            return chain;
        }
        let chain = self.negotiate(&parse_accept_language(header));
        if cacheable {
            self.chain_cache().insert(header, chain);
        }
        chain
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
        self.own_chain(chain).0.indices().to_vec().into_iter().filter_map(|index| self.ids().get(usize::from(index)))
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

    /// The chain itself when it belongs to this catalogue; otherwise this catalogue's default
    /// chain, and `true` to say that the chain was foreign.
    pub(crate) fn own_chain<'a>(&'a self, chain: &'a LocaleChain) -> (&'a LocaleChain, bool) {
        if chain.catalog_id() == self.id() { (chain, false) } else { (self.default_chain(), true) }
    }

    /// The chain of the default locale alone.
    pub(crate) fn default_only_chain(&self) -> LocaleChain {
        LocaleChain::from_positions(self.id(), None, self.default_position())
    }

    /// The chain with the locale that best serves `fallback` tried just before `en-US`: the
    /// language for requests that name nothing the catalogue has.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// let german = "de-DE".parse().unwrap();
    /// let chain = catalog.with_fallback(catalog.negotiate_accept_language("sv-SE"), &german);
    /// assert_eq!(catalog.chain_locale(&chain).to_string(), "de-DE");
    /// let chain = catalog.with_fallback(catalog.negotiate_accept_language("ja"), &german);
    /// let tags: Vec<String> = catalog.chain_locales(&chain).map(ToString::to_string).collect();
    /// assert_eq!(tags, ["ja-JP", "de-DE", "en-US"]);
    /// ```
    pub fn with_fallback(&self, chain: LocaleChain, fallback: &LanguageIdentifier) -> LocaleChain {
        let (chain, _) = self.own_chain(&chain);
        match self.best_match(fallback, false) {
            Some(position) => chain.with_fallback(position, self.default_position()),
            None => *chain,
        }
    }
}
