//! Choosing a catalogue's locales for a request: `LocaleChain`, negotiation, and its cache.

use std::collections::HashMap;
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
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct LocaleChain {
    len: u8,
    indices: [u16; MAX_CHAIN_LOCALES],
}

impl LocaleChain {
    /// The positions of the chain's locales in the catalogue.
    pub(crate) fn indices(&self) -> &[u16] {
        &self.indices[..usize::from(self.len)]
    }

    /// A chain of these positions, keeping the first [`MAX_CHAIN_LOCALES`] and the default last.
    fn from_positions(positions: &[usize], default: Option<usize>) -> LocaleChain {
        let mut chain = LocaleChain { len: 0, indices: [0; MAX_CHAIN_LOCALES] };
        let room = MAX_CHAIN_LOCALES - usize::from(default.is_some());
        for &position in positions.iter().filter(|&&position| Some(position) != default) {
            if usize::from(chain.len) == room {
                break;
            }
            chain.push(position);
        }
        if let Some(default) = default {
            chain.push(default);
        }
        chain
    }

    fn push(&mut self, position: usize) {
        let Ok(position) = u16::try_from(position) else { return };
        if let Some(slot) = self.indices.get_mut(usize::from(self.len)) {
            *slot = position;
            self.len += 1;
        }
    }
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

impl Catalog {
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
        let ids = self.ids();
        let stored_count = self.stored_count();
        let mut positions: Vec<usize> = Vec::new();
        for wanted in requested {
            let pseudo = (stored_count..ids.len()).find(|&index| ids[index] == *wanted.as_ref());
            if let Some(index) = pseudo.filter(|index| !positions.contains(index)) {
                positions.push(index);
            }
        }
        let stored = &ids[..stored_count];
        let default = self.default_position().and_then(|index| stored.get(index));
        let chosen = fluent_langneg::negotiate_languages(
            requested,
            stored,
            default,
            fluent_langneg::NegotiationStrategy::Filtering,
        );
        positions.extend(
            chosen.into_iter().filter_map(|id| stored.iter().position(|candidate| std::ptr::eq(candidate, id))),
        );
        LocaleChain::from_positions(&positions, self.default_position())
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
    ///
    /// The chains of recent values are remembered, so a repeated value costs a lookup.
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
        chain.indices().iter().filter_map(|&index| self.ids().get(usize::from(index)))
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
}
