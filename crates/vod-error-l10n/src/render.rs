//! Rendering a code's message or description from a locale chain, fast and never failing.

use fluent_bundle::FluentArgs;
use unic_langid::LanguageIdentifier;
use vod_error_codes::{ErrorCode, VodError};

use crate::catalog::Catalog;
use crate::chain::LocaleChain;
use crate::compiled::{Arguments, Miss};
use crate::locale::LocaleData;

/// The attribute that holds a code's description.
const DESCRIPTION: &str = "description";

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
pub struct RenderedText<'c> {
    /// The text.
    pub text: String,
    /// The locale the text is in, borrowed from the catalogue.
    pub locale: &'c LanguageIdentifier,
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
    #[error("no locale of the chain has the message `{id}`")]
    NotFound {
        /// The message id.
        id: String,
    },
    /// The chain was made by another catalogue; the text is in this catalogue's `en-US`.
    #[error("the locale chain belongs to another catalogue; rendered in this catalogue's en-US instead")]
    ForeignChain,
}

/// Where [`Catalog::message_into`] and [`Catalog::render_into`] found their text.
///
/// # Example
///
/// ```
/// use vod_error_codes::VodError;
/// use vod_error_l10n::Catalog;
///
/// let catalog = Catalog::embedded();
/// let chain = catalog.negotiate_tags(&["de-DE"])?;
/// let mut buffer = String::new();
/// let info = catalog.message_into(&chain, &VodError::forbidden(), &mut buffer);
/// assert_eq!(info.locale.to_string(), "de-DE");
/// assert!(info.issues.is_empty());
/// # Ok::<(), vod_error_l10n::CatalogError>(())
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct RenderInfo<'c> {
    /// The locale the text is in.
    pub locale: &'c LanguageIdentifier,
    /// What went wrong, in order; empty (and unallocated) when all went well.
    pub issues: Vec<RenderIssue>,
}

/// A chain with its first locale resolved: for rendering many texts for one request.
///
/// Made by [`Catalog::localizer`]; its `fixed_message` is a table lookup.
///
/// # Example
///
/// ```
/// use vod_error_codes::{ErrorCode, VodError};
/// use vod_error_l10n::Catalog;
///
/// let catalog = Catalog::embedded();
/// let localizer = catalog.localizer(&catalog.negotiate_accept_language("ko-KR"));
/// assert_eq!(localizer.locale().to_string(), "ko-KR");
/// assert!(localizer.fixed_message(ErrorCode::Forbidden).is_some());
/// let text = localizer.message(&VodError::missing_parameter("VideoId")).text;
/// assert!(text.contains("VideoId"));
/// ```
#[derive(Clone, Copy)]
pub struct Localizer<'c> {
    catalog: &'c Catalog,
    chain: LocaleChain,
    first: Option<(&'c LocaleData, &'c LanguageIdentifier)>,
}

impl<'c> Localizer<'c> {
    /// The locale texts come from when it has them: the chain's first.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// assert_eq!(catalog.localizer(&catalog.negotiate_accept_language("")).locale().to_string(), "en-US");
    /// ```
    pub fn locale(&self) -> &'c LanguageIdentifier {
        self.first.map_or_else(|| self.catalog.root_id(), |(_, id)| id)
    }

    /// As [`Catalog::fixed_message`], from the resolved first locale in one lookup.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// let localizer = catalog.localizer(&catalog.negotiate_accept_language("de"));
    /// assert_eq!(localizer.fixed_message(ErrorCode::ServiceUnAvailable).map(|(_, locale)| locale.to_string()), Some("de-DE".into()));
    /// ```
    pub fn fixed_message(&self, code: ErrorCode) -> Option<(&'c str, &'c LanguageIdentifier)> {
        if let Some((data, id)) = self.first
            && let Some(text) = data.fixed_text(code)
        {
            return Some((text, id));
        }
        self.catalog.fixed_message(&self.chain, code)
    }

    /// As [`Catalog::message`].
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// let localizer = catalog.localizer(&catalog.negotiate_accept_language("en"));
    /// assert_eq!(localizer.message(&VodError::forbidden()).text, "User not authorized to operate on the specified resource.");
    /// ```
    pub fn message(&self, error: &VodError) -> RenderedText<'c> {
        if let Some((data, id)) = self.first
            && let Some(text) = data.code_value(error.code()).and_then(|pattern| pattern.render_owned(error))
        {
            return RenderedText { text, locale: id, issues: Vec::new() };
        }
        self.catalog.message(&self.chain, error)
    }

    /// As [`Catalog::message_into`].
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// let localizer = catalog.localizer(&catalog.negotiate_accept_language("en"));
    /// let mut buffer = String::new();
    /// localizer.message_into(&VodError::internal_error(), &mut buffer);
    /// assert!(buffer.starts_with("The request processing has failed"));
    /// ```
    pub fn message_into(&self, error: &VodError, out: &mut String) -> RenderInfo<'c> {
        if let Some((data, id)) = self.first
            && let Some(pattern) = data.code_value(error.code())
            && pattern.render_into(error, out).is_ok()
        {
            return RenderInfo { locale: id, issues: Vec::new() };
        }
        self.catalog.message_into(&self.chain, error, out)
    }

    /// As [`Catalog::description`].
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// let localizer = catalog.localizer(&catalog.negotiate_accept_language("zh-CN"));
    /// assert_eq!(localizer.description(ErrorCode::InvalidParameter).text, "参数无效。");
    /// ```
    pub fn description(&self, code: ErrorCode) -> RenderedText<'c> {
        self.catalog.description(&self.chain, code)
    }
}

/// What to render: a code's message, or any message by id.
#[derive(Clone, Copy)]
enum Key<'k> {
    Code(ErrorCode),
    Id(&'k str),
}

impl Key<'_> {
    fn id(&self) -> &str {
        match self {
            Key::Code(code) => code.message_id(),
            Key::Id(id) => id,
        }
    }
}

impl Catalog {
    /// A [`Localizer`] for a chain: its first locale resolved once, for rendering several texts.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// let localizer = catalog.localizer(&catalog.negotiate_accept_language("fr-FR"));
    /// assert_eq!(localizer.locale().to_string(), "fr-FR");
    /// ```
    pub fn localizer(&self, chain: &LocaleChain) -> Localizer<'_> {
        let (chain, _) = self.own_chain(chain);
        Localizer { catalog: self, chain: *chain, first: self.first_locale(chain) }
    }

    /// The chain's first locale: its compiled data and its id.
    #[inline]
    fn first_locale(&self, chain: &LocaleChain) -> Option<(&LocaleData, &LanguageIdentifier)> {
        if chain.catalog_id() != self.id() {
            return None;
        }
        let locale = self.locale(*chain.indices().first()?)?;
        Some((locale.data(), &locale.id))
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
    #[inline]
    pub fn message(&self, chain: &LocaleChain, error: &VodError) -> RenderedText<'_> {
        // The common case first: the chain's first locale has the message compiled.
        if let Some((data, locale)) = self.first_locale(chain)
            && let Some(text) = data.code_value(error.code()).and_then(|pattern| pattern.render_owned(error))
        {
            return RenderedText { text, locale, issues: Vec::new() };
        }
        self.owned(chain, Key::Code(error.code()), None, error)
    }

    /// A code's message appended to `out`, a buffer the caller reuses; allocates nothing when
    /// `out` has room and all goes well.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// let chain = catalog.negotiate_tags(&["en-US"])?;
    /// let mut buffer = String::with_capacity(256);
    /// for parameter in ["VideoId", "Width"] {
    ///     buffer.clear();
    ///     catalog.message_into(&chain, &VodError::invalid_parameter(parameter), &mut buffer);
    ///     assert_eq!(buffer, format!("The specified parameter {parameter} is not valid."));
    /// }
    /// # Ok::<(), vod_error_l10n::CatalogError>(())
    /// ```
    pub fn message_into<'c>(&'c self, chain: &LocaleChain, error: &VodError, out: &mut String) -> RenderInfo<'c> {
        if let Some((data, locale)) = self.first_locale(chain)
            && let Some(pattern) = data.code_value(error.code())
            && pattern.render_into(error, out).is_ok()
        {
            return RenderInfo { locale, issues: Vec::new() };
        }
        self.render_key(chain, Key::Code(error.code()), None, error, out)
    }

    /// The message of a code that takes no arguments, borrowed from the catalogue: no allocation.
    ///
    /// `None` when the code's message takes arguments (use [`Catalog::message`]) or no locale of
    /// the chain has it.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// let chain = catalog.negotiate_tags(&["zh-CN"])?;
    /// let (text, locale) = catalog.fixed_message(&chain, ErrorCode::ServiceUnAvailable).unwrap();
    /// assert_eq!(text, "由于服务器临时故障，请求失败。");
    /// assert_eq!(locale.to_string(), "zh-CN");
    /// assert!(catalog.fixed_message(&chain, ErrorCode::MissingParameter).is_none());
    /// # Ok::<(), vod_error_l10n::CatalogError>(())
    /// ```
    pub fn fixed_message(&self, chain: &LocaleChain, code: ErrorCode) -> Option<(&str, &LanguageIdentifier)> {
        let (chain, _) = self.own_chain(chain);
        for &position in chain.indices() {
            let Some(locale) = self.locale(position) else { continue };
            let data = locale.data();
            if let Some(text) = data.fixed_text(code) {
                return Some((text, &locale.id));
            }
            if data.code_message(code).is_some() {
                // The locale has the message, and it takes arguments.
                return None;
            }
        }
        None
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
    pub fn render_message(&self, chain: &LocaleChain, code: ErrorCode, arguments: &[(&str, &str)]) -> RenderedText<'_> {
        self.owned(chain, Key::Code(code), None, arguments)
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
    pub fn description(&self, chain: &LocaleChain, code: ErrorCode) -> RenderedText<'_> {
        let no_arguments: &[(&str, &str)] = &[];
        self.owned(chain, Key::Code(code), Some(DESCRIPTION), no_arguments)
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
    ) -> RenderedText<'_> {
        self.owned(chain, Key::Id(id), attribute, arguments)
    }

    /// [`Catalog::render`] into a buffer the caller reuses.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// let chain = catalog.negotiate_tags(&["ja-JP"])?;
    /// let mut title = String::new();
    /// catalog.render_into(&chain, "page-title", None, &[], &mut title);
    /// assert_eq!(title, "エラーコード");
    /// # Ok::<(), vod_error_l10n::CatalogError>(())
    /// ```
    pub fn render_into<'c>(
        &'c self,
        chain: &LocaleChain,
        id: &str,
        attribute: Option<&str>,
        arguments: &[(&str, &str)],
        out: &mut String,
    ) -> RenderInfo<'c> {
        self.render_key(chain, Key::Id(id), attribute, arguments, out)
    }

    /// Renders with fluent-bundle's own resolver, bypassing the compiled messages: the reference
    /// the fast path is tested against, byte for byte.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// let chain = catalog.negotiate_tags(&["ar-SA"])?;
    /// let arguments = [("parameter", "VideoId")];
    /// let fast = catalog.render(&chain, "invalid-parameter", None, &arguments);
    /// let reference = catalog.render_with_resolver(&chain, "invalid-parameter", None, &arguments);
    /// assert_eq!(fast, reference);
    /// # Ok::<(), vod_error_l10n::CatalogError>(())
    /// ```
    pub fn render_with_resolver(
        &self,
        chain: &LocaleChain,
        id: &str,
        attribute: Option<&str>,
        arguments: &[(&str, &str)],
    ) -> RenderedText<'_> {
        let mut issues = Vec::new();
        let (chain, foreign) = self.own_chain(chain);
        if foreign {
            issues.push(RenderIssue::ForeignChain);
        }
        let fluent_arguments = fluent_arguments(arguments);
        for &position in chain.indices() {
            let Some(locale) = self.locale(position) else { continue };
            let bundle = locale.data().bundle();
            let pattern = fluent_pattern(bundle, id, attribute);
            let Some(pattern) = pattern else {
                issues.push(missing(&locale.id, id, attribute));
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, fluent_arguments.as_ref(), &mut errors).into_owned();
            issues.extend(errors.into_iter().map(|error| fluent_issue(&locale.id, id, &error)));
            return RenderedText { text, locale: &locale.id, issues };
        }
        issues.push(RenderIssue::NotFound { id: id.to_owned() });
        let locale =
            self.default_position().and_then(|position| self.ids().get(position)).unwrap_or_else(|| self.root_id());
        RenderedText { text: id.to_owned(), locale, issues }
    }

    /// Renders into a new string of exactly the text's length.
    fn owned<A: Arguments + ?Sized>(
        &self,
        chain: &LocaleChain,
        key: Key<'_>,
        attribute: Option<&str>,
        arguments: &A,
    ) -> RenderedText<'_> {
        let mut text = String::new();
        let RenderInfo { locale, issues } = self.render_key(chain, key, attribute, arguments, &mut text);
        RenderedText { text, locale, issues }
    }

    /// The one rendering path: compiled text where it compiled, Fluent's resolver elsewhere.
    fn render_key<'c, A: Arguments + ?Sized>(
        &'c self,
        chain: &LocaleChain,
        key: Key<'_>,
        attribute: Option<&str>,
        arguments: &A,
        out: &mut String,
    ) -> RenderInfo<'c> {
        let mut issues = Vec::new();
        let (chain, foreign) = self.own_chain(chain);
        if foreign {
            issues.push(RenderIssue::ForeignChain);
        }
        for &position in chain.indices() {
            let Some(locale) = self.locale(position) else { continue };
            let data = locale.data();
            let compiled = match key {
                Key::Code(code) => data.code_message(code),
                Key::Id(id) => data.message(id),
            };
            if let Some(pattern) = compiled.and_then(|message| message.pattern(attribute)) {
                match pattern.render_into(arguments, out) {
                    Ok(()) => return RenderInfo { locale: &locale.id, issues },
                    // Fluent's resolver writes the placeholder and names the missing argument.
                    Err(Miss::MissingArgument) => {}
                }
            }
            let id = key.id();
            let bundle = data.bundle();
            let pattern = fluent_pattern(bundle, id, attribute);
            let Some(pattern) = pattern else {
                issues.push(missing(&locale.id, id, attribute));
                continue;
            };
            let pairs = arguments.pairs();
            let fluent_arguments = fluent_arguments(&pairs);
            let mut errors = Vec::new();
            // Writing into a String cannot fail.
            let _ = bundle.write_pattern(out, pattern, fluent_arguments.as_ref(), &mut errors);
            issues.extend(errors.into_iter().map(|error| fluent_issue(&locale.id, id, &error)));
            return RenderInfo { locale: &locale.id, issues };
        }
        issues.push(RenderIssue::NotFound { id: key.id().to_owned() });
        out.push_str(key.id());
        let locale = self.default_position().and_then(|position| self.ids().get(position));
        RenderInfo { locale: locale.unwrap_or_else(|| self.root_id()), issues }
    }

    /// The root locale, the answer for a catalogue that has no locale at all.
    fn root_id(&self) -> &LanguageIdentifier {
        static ROOT: std::sync::OnceLock<LanguageIdentifier> = std::sync::OnceLock::new();
        ROOT.get_or_init(LanguageIdentifier::default)
    }
}

/// A message's value, or one of its attributes, from a bundle.
fn fluent_pattern<'b>(
    bundle: &'b fluent_bundle::concurrent::FluentBundle<fluent_bundle::FluentResource>,
    id: &str,
    attribute: Option<&str>,
) -> Option<&'b fluent_syntax::ast::Pattern<&'b str>> {
    let message = bundle.get_message(id)?;
    match attribute {
        Some(name) => message.get_attribute(name).map(|attribute| attribute.value()),
        None => message.value(),
    }
}

/// Fluent's argument list for pairs; the last pair of a name wins.
fn fluent_arguments<'a>(arguments: &[(&'a str, &'a str)]) -> Option<FluentArgs<'a>> {
    (!arguments.is_empty()).then(|| {
        let mut fluent = FluentArgs::with_capacity(arguments.len());
        for &(name, value) in arguments {
            fluent.set(name, value);
        }
        fluent
    })
}

fn missing(locale: &LanguageIdentifier, id: &str, attribute: Option<&str>) -> RenderIssue {
    let shown = attribute.map_or_else(|| id.to_owned(), |name| format!("{id}.{name}"));
    RenderIssue::MissingMessage { locale: locale.clone(), id: shown }
}

fn fluent_issue(locale: &LanguageIdentifier, id: &str, error: &fluent_bundle::FluentError) -> RenderIssue {
    RenderIssue::Fluent { locale: locale.clone(), id: id.to_owned(), error: error.to_string() }
}
