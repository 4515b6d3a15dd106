//! Choosing a catalogue's locales for a request: the one negotiation engine, its chain, its cache.
//!
//! The rules, the same for the library, HTTP and the command line:
//! 1. The user's order wins. Each requested language, most wanted first, adds the locale that
//!    serves it best; `en-US` ends the chain and is first only when the user asked for it or
//!    nothing the user listed can be served.
//! 2. Languages are compared after adding their likely subtags (CLDR, through unic-langid): a
//!    locale serves a request when language and script agree, so `zh-HK` (`zh-Hant-HK`) is
//!    served by `zh-TW` and `zh-SG` (`zh-Hans-SG`) by `zh-CN`. Among several, the one of the
//!    requested region wins, then the one of the likely region, then the first.
//! 3. A pseudolocale is chosen only when asked for by its exact tag and only where the request
//!    allows it (`--lang`, or a responder set up to offer them), never from a header alone.
//! 4. A locale less than [`MIN_PERCENT_TRANSLATED`] translated is not offered, unless a person
//!    names its exact tag (a translator previewing their work).

use std::collections::HashMap;
use std::sync::{PoisonError, RwLock};

use unic_langid::LanguageIdentifier;

use crate::catalog::Catalog;
use crate::negotiate::{TagError, environment_languages, parse_accept_language, parse_tag};
use crate::render::Localizer;

/// The most locales a chain holds, `en-US` included.
pub const MAX_CHAIN_LOCALES: usize = 8;

/// How much of a locale must be translated for negotiation to offer it, in percent of its
/// entries (messages and descriptions). Below it, falling back to the next locale is better than
/// serving English under another language's name; a person can still ask for it by its tag.
pub const MIN_PERCENT_TRANSLATED: u32 = 90;

/// How many `Accept-Language` values a catalogue remembers the chain of.
const ACCEPT_LANGUAGE_CACHE_ENTRIES: usize = 1024;

/// The longest `Accept-Language` value whose chain is remembered.
const ACCEPT_LANGUAGE_CACHE_KEY_BYTES: usize = 256;

/// The positions of a catalogue's locales to try, in order; inline and `Copy`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct LocaleChain {
    len: u8,
    positions: [u16; MAX_CHAIN_LOCALES],
}

impl LocaleChain {
    fn empty() -> LocaleChain {
        LocaleChain { len: 0, positions: [0; MAX_CHAIN_LOCALES] }
    }

    /// How many locales the chain holds.
    pub(crate) fn len(&self) -> usize {
        usize::from(self.len)
    }

    /// The position of the chain's locale `at`, or one past the catalogue's end.
    pub(crate) fn position(&self, at: usize) -> usize {
        self.positions.get(at).filter(|_| at < self.len()).map_or(usize::MAX, |&position| usize::from(position))
    }

    fn contains(&self, position: usize) -> bool {
        self.positions[..self.len()].iter().any(|&known| usize::from(known) == position)
    }

    /// Adds a position unless it is there already or the chain is full.
    fn push(&mut self, position: usize) {
        let Ok(position16) = u16::try_from(position) else { return };
        if self.contains(position) || self.len() == MAX_CHAIN_LOCALES {
            return;
        }
        self.positions[self.len()] = position16;
        self.len += 1;
    }

    /// A chain of these positions in order, keeping room for `default`, which ends it.
    fn from_positions(positions: impl IntoIterator<Item = usize>, default: Option<usize>) -> LocaleChain {
        let mut chain = LocaleChain::empty();
        for position in positions {
            if chain.len() >= MAX_CHAIN_LOCALES - 1 {
                break;
            }
            chain.push(position);
        }
        if let Some(default) = default {
            chain.push(default);
        }
        chain
    }

    /// The chain with `position` tried just before the default locale that ends it.
    fn with_fallback(mut self, position: usize, default: Option<usize>) -> LocaleChain {
        if self.contains(position) {
            return self;
        }
        let Ok(position16) = u16::try_from(position) else { return self };
        let ends_with_default = self.len() > 0 && default == Some(self.position(self.len() - 1));
        if ends_with_default && self.len() < MAX_CHAIN_LOCALES {
            let last = self.len() - 1;
            self.positions[last + 1] = self.positions[last];
            self.positions[last] = position16;
            self.len += 1;
        } else {
            self.push(position);
        }
        self
    }
}

/// What a request asks for: languages in order of preference, and what may be chosen.
///
/// # Example
///
/// ```
/// use vod_error_l10n::{Catalog, LanguageRequest};
///
/// let catalog = Catalog::embedded();
/// let request = LanguageRequest::accept_language("sv-SE, zh-HK;q=0.9, en;q=0.8");
/// assert_eq!(catalog.localizer(&request).locale().to_string(), "zh-TW");
/// ```
#[derive(Clone, PartialEq, Eq, Debug, Default)]
pub struct LanguageRequest {
    languages: Vec<LanguageIdentifier>,
    /// Named by a person, tag by tag: a locale below the translation threshold may be chosen.
    named: bool,
    pseudolocales: bool,
    fallback: Option<LanguageIdentifier>,
}

impl LanguageRequest {
    /// The languages of an HTTP `Accept-Language` value; pseudolocales are not offered.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::LanguageRequest;
    ///
    /// let request = LanguageRequest::accept_language("de;q=0.5, ja");
    /// let tags: Vec<String> = request.languages().iter().map(ToString::to_string).collect();
    /// assert_eq!(tags, ["ja", "de"]);
    /// ```
    pub fn accept_language(header: &str) -> LanguageRequest {
        LanguageRequest { languages: parse_accept_language(header), ..LanguageRequest::default() }
    }

    /// BCP 47 tags a person typed, most wanted first; pseudolocales and locales below the
    /// translation threshold may be chosen by their exact tag.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::LanguageRequest;
    ///
    /// assert!(LanguageRequest::tags(&["th-TH-u-nu-thai"]).is_ok());
    /// assert!(LanguageRequest::tags(&["not a tag"]).is_err());
    /// ```
    pub fn tags(tags: &[&str]) -> Result<LanguageRequest, TagError> {
        let languages = tags.iter().map(|tag| parse_tag(tag)).collect::<Result<Vec<_>, _>>()?;
        Ok(LanguageRequest { languages, named: true, pseudolocales: true, fallback: None })
    }

    /// The languages a program's environment asks for, as gettext reads them (`LANGUAGE`,
    /// `LC_ALL`, `LC_MESSAGES`, `LANG`).
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::LanguageRequest;
    ///
    /// let environment = |name: &str| (name == "LANG").then(|| "zh_HK.UTF-8".to_owned());
    /// let request = LanguageRequest::environment(&environment);
    /// assert_eq!(request.languages()[0].to_string(), "zh-HK");
    /// ```
    pub fn environment(environment: &dyn Fn(&str) -> Option<String>) -> LanguageRequest {
        LanguageRequest { languages: environment_languages(environment), ..LanguageRequest::default() }
    }

    /// Languages already read, most wanted first.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::{LanguageIdentifier, LanguageRequest};
    ///
    /// let german: LanguageIdentifier = "de".parse().unwrap();
    /// assert_eq!(LanguageRequest::languages_of(vec![german]).languages().len(), 1);
    /// ```
    pub fn languages_of(languages: Vec<LanguageIdentifier>) -> LanguageRequest {
        LanguageRequest { languages, ..LanguageRequest::default() }
    }

    /// The same request, with the pseudolocales offered or not.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::{Catalog, LanguageRequest};
    ///
    /// let catalog = Catalog::embedded();
    /// let request = LanguageRequest::accept_language("ar-XB");
    /// # #[cfg(feature = "pseudo")]
    /// assert_eq!(catalog.localizer(&request.clone().with_pseudolocales(true)).locale().to_string(), "ar-XB");
    /// assert_eq!(catalog.localizer(&request).locale().to_string(), "en-US");
    /// ```
    pub fn with_pseudolocales(mut self, offer: bool) -> LanguageRequest {
        self.pseudolocales = offer;
        self
    }

    /// The same request with a language tried after the requested ones, before `en-US`.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::{Catalog, LanguageRequest};
    ///
    /// let catalog = Catalog::embedded();
    /// let request = LanguageRequest::accept_language("sv").with_fallback("de".parse().unwrap());
    /// assert_eq!(catalog.localizer(&request).locale().to_string(), "de-DE");
    /// ```
    pub fn with_fallback(mut self, fallback: LanguageIdentifier) -> LanguageRequest {
        self.fallback = Some(fallback);
        self
    }

    /// The requested languages, most wanted first.
    pub fn languages(&self) -> &[LanguageIdentifier] {
        &self.languages
    }
}

/// Why a requested language did not get the locale it named; shown as a note to the user.
///
/// # Example
///
/// ```
/// use vod_error_l10n::{Catalog, LanguageRequest};
///
/// let catalog = Catalog::embedded();
/// let notes = catalog.negotiation_notes(&LanguageRequest::tags(&["sv-SE", "pt-PT"])?);
/// let shown: Vec<String> = notes.iter().map(ToString::to_string).collect();
/// assert_eq!(shown, ["the catalogue has no `sv-SE`", "the catalogue has no `pt-PT`; `pt-BR` stands in"]);
/// # Ok::<(), vod_error_l10n::TagError>(())
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
    /// The locale is translated too little to be offered (it still serves its exact tag).
    #[error("`{locale}` is {percent}% translated, below the {MIN_PERCENT_TRANSLATED}% a locale needs to be offered")]
    Incomplete {
        /// The locale.
        locale: LanguageIdentifier,
        /// How much of it is translated.
        percent: u32,
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

/// How many requested languages a catalogue remembers the match of; emptied when full.
const MATCH_CACHE_ENTRIES: usize = 512;

/// The locale each requested language was matched to, by the flags of the request; emptied when
/// full. Requests name few distinct languages, so a header never seen before is mostly lookups.
/// Keyed by the request's flags, then the language, so that a lookup copies nothing.
#[derive(Default)]
pub(crate) struct MatchCache {
    matches: RwLock<[HashMap<LanguageIdentifier, Option<usize>>; 4]>,
}

impl MatchCache {
    fn get(&self, flags: usize, wanted: &LanguageIdentifier) -> Option<Option<usize>> {
        self.matches.read().unwrap_or_else(PoisonError::into_inner)[flags].get(wanted).copied()
    }

    fn insert(&self, flags: usize, wanted: &LanguageIdentifier, position: Option<usize>) {
        let mut matches = self.matches.write().unwrap_or_else(PoisonError::into_inner);
        if matches.iter().map(HashMap::len).sum::<usize>() >= MATCH_CACHE_ENTRIES {
            matches.iter_mut().for_each(HashMap::clear);
        }
        matches[flags].insert(wanted.clone(), position);
    }
}

/// A language with its likely subtags added, for comparing by language and script.
pub(crate) fn maximized(id: &LanguageIdentifier) -> LanguageIdentifier {
    let mut id = LanguageIdentifier::from_parts(id.language, id.script, id.region, &[]);
    id.maximize();
    id
}

/// Whether a requested language names a pseudolocale: CLDR reserves the regions `XA`, `XB` and
/// `XC` for them.
fn is_pseudo_request(wanted: &LanguageIdentifier) -> bool {
    wanted.region.is_some_and(|region| matches!(region.as_str(), "XA" | "XB" | "XC"))
}

/// The locale a language stands for when it is the catalogue's fallback: a position, made once.
///
/// # Example
///
/// ```
/// use vod_error_l10n::Catalog;
///
/// let catalog = Catalog::embedded();
/// let german = catalog.fallback(&"de".parse().unwrap());
/// assert!(german.is_some());
/// let localizer = catalog.localizer_for_accept_language_or("sv", german.as_ref());
/// assert_eq!(localizer.locale().to_string(), "de-DE");
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Fallback {
    catalog: u32,
    position: usize,
}

impl Catalog {
    /// The localizer for a request, by the rules in this module's header.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::{Catalog, LanguageRequest};
    ///
    /// let catalog = Catalog::embedded();
    /// let localizer = catalog.localizer(&LanguageRequest::accept_language("en-US,en;q=0.9,zh-CN;q=0.8"));
    /// assert_eq!(localizer.locale().to_string(), "en-US");
    /// ```
    pub fn localizer(&self, request: &LanguageRequest) -> Localizer<'_> {
        Localizer::new(self, self.chain(request))
    }

    /// The localizer for an HTTP `Accept-Language` value, through the catalogue's cache: the path
    /// an HTTP server runs for every request.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// assert_eq!(catalog.localizer_for_accept_language("zh-HK,zh;q=0.9").locale().to_string(), "zh-TW");
    /// ```
    ///
    /// The chains of recent values are remembered (up to 1,024 values of up to 256 bytes), so a
    /// repeated value costs one lookup.
    pub fn localizer_for_accept_language(&self, header: &str) -> Localizer<'_> {
        self.localizer_for_accept_language_or(header, None)
    }

    /// As [`Catalog::localizer_for_accept_language`], with a fallback tried before `en-US`.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// let japanese = catalog.fallback(&"ja".parse().unwrap());
    /// let tags: Vec<String> =
    ///     catalog.localizer_for_accept_language_or("ko", japanese.as_ref()).locales().map(ToString::to_string).collect();
    /// assert_eq!(tags, ["ko-KR", "ja-JP", "en-US"]);
    /// ```
    pub fn localizer_for_accept_language_or(&self, header: &str, fallback: Option<&Fallback>) -> Localizer<'_> {
        let cacheable = header.len() <= ACCEPT_LANGUAGE_CACHE_KEY_BYTES;
        let cached = if cacheable { self.chain_cache().get(header) } else { None };
        let chain = match cached {
            Some(chain) => chain,
            None => {
                let chain = self.chain(&LanguageRequest::accept_language(header));
                if cacheable {
                    self.chain_cache().insert(header, chain);
                }
                chain
            }
        };
        let chain = match fallback.filter(|fallback| fallback.catalog == self.id()) {
            Some(fallback) => chain.with_fallback(fallback.position, self.default_position()),
            None => chain,
        };
        Localizer::new(self, chain)
    }

    /// The locale that serves `language` as a fallback, if any does.
    pub fn fallback(&self, language: &LanguageIdentifier) -> Option<Fallback> {
        let position = self.best_match(language, false, false)?;
        Some(Fallback { catalog: self.id(), position })
    }

    /// The chain for a request.
    fn chain(&self, request: &LanguageRequest) -> LocaleChain {
        let positions =
            request.languages.iter().filter_map(|wanted| self.best_match(wanted, request.pseudolocales, request.named));
        let chain = LocaleChain::from_positions(positions, self.default_position());
        match request.fallback.as_ref().and_then(|fallback| self.best_match(fallback, false, false)) {
            Some(position) => chain.with_fallback(position, self.default_position()),
            None => chain,
        }
    }

    /// The locale that serves a requested language best, remembered per catalogue.
    fn best_match(&self, wanted: &LanguageIdentifier, pseudolocales: bool, named: bool) -> Option<usize> {
        let flags = usize::from(pseudolocales) | usize::from(named) << 1;
        if let Some(position) = self.match_cache().get(flags, wanted) {
            return position;
        }
        let position = self.find_best_match(wanted, pseudolocales, named);
        self.match_cache().insert(flags, wanted, position);
        position
    }

    /// The locale that serves a requested language best, worked out.
    fn find_best_match(&self, wanted: &LanguageIdentifier, pseudolocales: bool, named: bool) -> Option<usize> {
        if *wanted == LanguageIdentifier::default() {
            // `*` or `und`: any language, which the default locale serves by design.
            return self.default_position();
        }
        if is_pseudo_request(wanted) {
            return (0..self.locale_count())
                .find(|&position| pseudolocales && self.is_pseudo(position) && self.id_at(position) == Some(wanted));
        }
        // A locale named exactly is given even when little of it is translated, but not when
        // its files have errors (an opened catalogue finds that out here, on first use).
        if named
            && let Some(position) = (0..self.locale_count()).find(|&position| {
                !self.is_pseudo(position) && self.id_at(position) == Some(wanted) && self.is_loadable(position)
            })
        {
            return Some(position);
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
            // Whether a locale is offered is asked last: an opened catalogue compiles it to know.
            .filter(|&(position, candidate)| {
                !self.is_pseudo(position)
                    && candidate.language == wanted.language
                    && (wanted.script.is_none() || candidate.script == wanted.script)
                    && self.is_offered(position)
            })
            .min_by_key(|(position, candidate)| {
                let rank = if candidate.region == wanted.region {
                    0
                } else if candidate.region == likely_region {
                    1
                } else {
                    2
                };
                (rank, *position)
            })
            .map(|(position, _)| position)
    }

    /// Why the requested languages did not all get the locale they named, in request order.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::{Catalog, LanguageRequest};
    ///
    /// let catalog = Catalog::embedded();
    /// assert!(catalog.negotiation_notes(&LanguageRequest::accept_language("ja-JP")).is_empty());
    /// assert_eq!(catalog.negotiation_notes(&LanguageRequest::accept_language("en-XA")).len(), 1);
    /// ```
    pub fn negotiation_notes(&self, request: &LanguageRequest) -> Vec<NegotiationNote> {
        let mut notes = Vec::new();
        for wanted in &request.languages {
            if *wanted == LanguageIdentifier::default() {
                continue;
            }
            if is_pseudo_request(wanted) && !request.pseudolocales {
                notes.push(NegotiationNote::PseudolocaleNotOffered { requested: wanted.clone() });
                continue;
            }
            let incomplete = (0..self.locale_count())
                .find(|&position| {
                    self.id_at(position) == Some(wanted) && self.is_loadable(position) && !self.is_offered(position)
                })
                .filter(|_| !request.named);
            if let Some(position) = incomplete {
                notes.push(NegotiationNote::Incomplete {
                    locale: wanted.clone(),
                    percent: self.percent_translated(position),
                });
            }
            match self.best_match(wanted, request.pseudolocales, request.named) {
                None if incomplete.is_none() => notes.push(NegotiationNote::Unavailable { requested: wanted.clone() }),
                None => {}
                Some(position) => {
                    let chosen = &self.maximized_ids()[position];
                    let same = chosen.language == wanted.language
                        && (wanted.script.is_none() || chosen.script == wanted.script)
                        && (wanted.region.is_none() || chosen.region == wanted.region);
                    if !same && let Some(id) = self.id_at(position) {
                        notes.push(NegotiationNote::Substituted { requested: wanted.clone(), chosen: id.clone() });
                    }
                }
            }
        }
        notes
    }
}
