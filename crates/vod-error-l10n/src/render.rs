//! Rendering a code's message or description from a locale chain, fast and never failing.

use fluent_bundle::FluentArgs;
use unic_langid::LanguageIdentifier;
use vod_error_codes::{ErrorCode, VodError};

use crate::catalog::Catalog;
use crate::chain::LocaleChain;
use crate::compiled::{Arguments, Miss};

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
        for &position in chain.indices() {
            let Some(locale) = self.locale(position) else { continue };
            if let Some(message) = locale.data().code_message(code) {
                let text = message.value.as_ref()?.fixed_text()?;
                return Some((text, &locale.id));
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
    pub fn render_message(&self, chain: &LocaleChain, code: ErrorCode, arguments: &[(&str, &str)]) -> RenderedText {
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
    pub fn description(&self, chain: &LocaleChain, code: ErrorCode) -> RenderedText {
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
    ) -> RenderedText {
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
    ) -> RenderedText {
        let mut issues = Vec::new();
        let fluent_arguments = fluent_arguments(arguments);
        for &position in chain.indices() {
            let Some(locale) = self.locale(position) else { continue };
            let bundle = &locale.data().bundle;
            let pattern = bundle.get_message(id).and_then(|message| match attribute {
                Some(name) => message.get_attribute(name).map(|attribute| attribute.value()),
                None => message.value(),
            });
            let Some(pattern) = pattern else {
                issues.push(missing(&locale.id, id, attribute));
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, fluent_arguments.as_ref(), &mut errors).into_owned();
            issues.extend(errors.into_iter().map(|error| fluent_issue(&locale.id, id, &error)));
            return RenderedText { text, locale: locale.id.clone(), issues };
        }
        issues.push(RenderIssue::NotFound { id: id.to_owned() });
        RenderedText { text: id.to_owned(), locale: self.default_id(), issues }
    }

    /// Renders into a new string of exactly the text's length.
    fn owned<A: Arguments + ?Sized>(
        &self,
        chain: &LocaleChain,
        key: Key<'_>,
        attribute: Option<&str>,
        arguments: &A,
    ) -> RenderedText {
        let mut text = String::new();
        let RenderInfo { locale, issues } = self.render_key(chain, key, attribute, arguments, &mut text);
        RenderedText { text, locale: locale.clone(), issues }
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
            let bundle = &data.bundle;
            let pattern = bundle.get_message(id).and_then(|message| match attribute {
                Some(name) => message.get_attribute(name).map(|attribute| attribute.value()),
                None => message.value(),
            });
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
        static ROOT: std::sync::OnceLock<LanguageIdentifier> = std::sync::OnceLock::new();
        RenderInfo { locale: locale.unwrap_or_else(|| ROOT.get_or_init(LanguageIdentifier::default)), issues }
    }

    /// The id of `en-US`, or the root locale for a catalogue without it.
    fn default_id(&self) -> LanguageIdentifier {
        self.default_position().and_then(|position| self.ids().get(position)).cloned().unwrap_or_default()
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
