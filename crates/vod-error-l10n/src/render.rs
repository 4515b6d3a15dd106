//! Rendering: `Localizer`, the one way to turn errors into text, and `Text`, the one result.
//!
//! A [`Localizer`] is a catalogue and the locales negotiated for a request, first to last. It
//! renders an error's message, a message's description, or any message by id; each result is a
//! [`Text`] that owns its text, names the locale it is in, and says beside it what went wrong
//! ([`RenderIssue`]). Rendering never fails: a locale without the text passes to the next, and
//! when none has it the English message stands in.

use std::fmt;

use fluent_bundle::{FluentArgs, FluentValue};
use unic_langid::LanguageIdentifier;
use vod_error_codes::{Message, Value, VodError};

use crate::catalog::{Catalog, Locale};
use crate::chain::LocaleChain;
use crate::data::{Absence, FIRST_STRONG_ISOLATE, NumberStyle, POP_DIRECTIONAL_ISOLATE, Pattern, Segment, Slot};

/// The attribute that holds an error message's description.
pub(crate) const DESCRIPTION: &str = "description";

/// A rendered text, the locale it is in, and what went wrong on the way.
///
/// `Display` writes the text; the rest is for logs and tools.
///
/// # Example
///
/// ```
/// use vod_error_codes::VodError;
/// use vod_error_l10n::Catalog;
///
/// let text = Catalog::embedded().localizer_for_accept_language("de").message(&VodError::InvalidParameter("Width"));
/// assert_eq!(text.to_string(), text.text);
/// assert_eq!(text.locale.to_string(), "de-DE");
/// assert!(text.issues.is_empty());
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Text {
    /// The text.
    pub text: String,
    /// The locale the text is in.
    pub locale: LanguageIdentifier,
    /// What went wrong, in order; empty when the first locale rendered it cleanly.
    pub issues: Vec<RenderIssue>,
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// Something that went wrong while rendering; the text is still the best the catalogue had.
///
/// # Example
///
/// ```
/// use vod_error_l10n::RenderIssue;
///
/// let issue = RenderIssue::Missing { locale: "de-DE".parse().unwrap(), id: "forbidden".into() };
/// assert_eq!(issue.to_string(), "`de-DE` has no `forbidden`");
/// ```
#[derive(Clone, PartialEq, Eq, Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RenderIssue {
    /// The locale lacks the message (or its attribute); a later locale of the chain was used.
    #[error("`{locale}` has no `{id}`")]
    Missing {
        /// The locale that lacks it.
        locale: LanguageIdentifier,
        /// The message id, with `.attribute` when it was an attribute.
        id: String,
    },
    /// The locale's text is the untranslated `en-US` source; a later locale of the chain was used.
    #[error("`{locale}` has not translated `{id}`")]
    Untranslated {
        /// The locale.
        locale: LanguageIdentifier,
        /// The message id, with `.attribute` when it was an attribute.
        id: String,
    },
    /// An argument the text uses was not given; the text shows `{$name}` in its place.
    #[error("the argument `{name}` of `{id}` was not given")]
    MissingArgument {
        /// The message id.
        id: String,
        /// The argument's name.
        name: String,
    },
    /// Fluent's resolver reported an error; the text is what it wrote.
    #[error("`{locale}` rendered `{id}` with an error: {error}")]
    Fluent {
        /// The locale rendered.
        locale: LanguageIdentifier,
        /// The message id.
        id: String,
        /// Fluent's description of the error.
        error: String,
    },
    /// No locale of the catalogue has the text: the API's English message (or the id) stands in.
    #[error("no locale of the catalogue has `{id}`")]
    NotFound {
        /// The message id, with `.attribute` when it was an attribute.
        id: String,
    },
}

/// An error with its localized message: an `Error` whose `Display` is the text and whose source
/// is the error, so that anyhow and logs show the localized message.
///
/// # Example
///
/// ```
/// use std::error::Error as _;
/// use vod_error_codes::VodError;
/// use vod_error_l10n::Catalog;
///
/// let catalog = Catalog::embedded();
/// let localized = catalog.localizer_for_accept_language("ja").localize(VodError::Forbidden());
/// assert_eq!(localized.to_string(), "ユーザーには、指定されたリソースを操作する権限がありません。");
/// assert!(localized.source().is_some());
/// assert_eq!(localized.error().code().as_str(), "Forbidden");
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct LocalizedError {
    text: Text,
    error: VodError,
}

impl LocalizedError {
    /// The localized message.
    pub fn text(&self) -> &Text {
        &self.text
    }

    /// The error.
    pub fn error(&self) -> &VodError {
        &self.error
    }
}

impl fmt::Display for LocalizedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text.text)
    }
}

impl std::error::Error for LocalizedError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.error)
    }
}

/// A catalogue and the locales negotiated for one request: what renders texts.
///
/// Made by [`Catalog::localizer`] or [`Catalog::localizer_for_accept_language`]; it borrows its
/// catalogue, so it can only ever render from the catalogue that chose its locales.
///
/// # Example
///
/// ```
/// use vod_error_codes::{Message, VodError};
/// use vod_error_l10n::{Catalog, LanguageRequest};
///
/// let catalog = Catalog::embedded();
/// let localizer = catalog.localizer(&LanguageRequest::tags(&["zh-CN"])?);
/// assert_eq!(localizer.message(&VodError::MissingParameter("VideoId")).text, "缺少处理此请求所必需的输入参数 VideoId。");
/// assert_eq!(localizer.locale().to_string(), "zh-CN");
/// # Ok::<(), vod_error_l10n::TagError>(())
/// ```
#[derive(Clone, Copy)]
pub struct Localizer<'c> {
    catalog: &'c Catalog,
    chain: LocaleChain,
}

impl fmt::Debug for Localizer<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let tags: Vec<String> = self.locales().map(ToString::to_string).collect();
        f.debug_struct("Localizer").field("locales", &tags).finish()
    }
}

impl<'c> Localizer<'c> {
    pub(crate) fn new(catalog: &'c Catalog, chain: LocaleChain) -> Localizer<'c> {
        Localizer { catalog, chain }
    }

    /// The locales tried, in order: the negotiated ones, then `en-US`.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::embedded();
    /// let tags: Vec<String> = catalog.localizer_for_accept_language("ja").locales().map(ToString::to_string).collect();
    /// assert_eq!(tags, ["ja-JP", "en-US"]);
    /// ```
    pub fn locales(&self) -> impl Iterator<Item = &'c LanguageIdentifier> + 'c {
        let catalog = self.catalog;
        let chain = self.chain;
        (0..chain.len()).filter_map(move |at| catalog.locale_at(chain.position(at)).map(|locale| &locale.id))
    }

    /// The locale texts come from when it has them: the first of the chain.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    ///
    /// assert_eq!(Catalog::embedded().localizer_for_accept_language("").locale().to_string(), "en-US");
    /// ```
    pub fn locale(&self) -> &'c LanguageIdentifier {
        self.locales().next().unwrap_or_else(|| self.catalog.root_id())
    }

    /// An error's message, with its arguments, in the first locale that has it.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    ///
    /// let localizer = Catalog::embedded().localizer_for_accept_language("en");
    /// let text = localizer.message(&VodError::MissingParameter("VideoId"));
    /// assert_eq!(text.text, "The input parameter VideoId that is mandatory for processing this request is not supplied.");
    /// ```
    pub fn message(&self, error: &VodError) -> Text {
        let message = error.message();
        let position = self.catalog.position_of(message);
        // The common case first: the first locale has the message compiled.
        if let Some(position) = position
            && let Some(locale) = self.catalog.locale_at(self.chain.position(0))
            && let Some(text) = locale.render_compiled(position, None, error)
        {
            return Text { text, locale: locale.id.clone(), issues: Vec::new() };
        }
        let english = || error.to_string();
        self.render(position, message.id(), None, error, english)
    }

    /// A message's description, in the first locale that has it.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::Message;
    /// use vod_error_l10n::Catalog;
    ///
    /// let localizer = Catalog::embedded().localizer_for_accept_language("en");
    /// let text = localizer.description(Message::ServiceUnAvailable);
    /// assert_eq!(text.text, "The error message returned because the service is unavailable.");
    /// ```
    pub fn description(&self, message: Message) -> Text {
        let none: &[(&str, Value)] = &[];
        self.render(self.catalog.position_of(message), message.id(), Some(DESCRIPTION), none, || {
            message.id().to_owned()
        })
    }

    /// The error with its message in this localizer's language: an `Error` to return or log.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::VodError;
    /// use vod_error_l10n::Catalog;
    ///
    /// let localized = Catalog::embedded().localizer_for_accept_language("fr").localize(VodError::InternalError());
    /// assert_eq!(localized.text().locale.to_string(), "fr-FR");
    /// ```
    pub fn localize(&self, error: VodError) -> LocalizedError {
        LocalizedError { text: self.message(&error), error }
    }

    /// Any message of the catalogue's table by its id (or one of its attributes), with named
    /// argument values: for pages and tools that render texts other than errors.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::Value;
    /// use vod_error_l10n::Catalog;
    ///
    /// let localizer = Catalog::embedded().localizer_for_accept_language("en");
    /// let text = localizer.text("invalid-parameter", None, &[("parameter", Value::from("{ $x }"))]);
    /// assert_eq!(text.text, "The specified parameter { $x } is not valid.");
    /// ```
    pub fn text(&self, id: &str, attribute: Option<&str>, arguments: &[(&str, Value)]) -> Text {
        let position = self.catalog.position_of_id(id);
        self.render(position, id, attribute, arguments, || id.to_owned())
    }

    /// The one rendering path: each locale of the chain in turn; compiled text where it
    /// compiled, Fluent's resolver where it did not; `otherwise` when no locale has it.
    fn render<A: Arguments + ?Sized>(
        &self,
        position: Option<usize>,
        id: &str,
        attribute: Option<&str>,
        arguments: &A,
        otherwise: impl FnOnce() -> String,
    ) -> Text {
        let shown = || attribute.map_or_else(|| id.to_owned(), |name| format!("{id}.{name}"));
        let mut issues = Vec::new();
        for at in 0..self.chain.len() {
            let Some(locale) = self.catalog.locale_at(self.chain.position(at)) else { continue };
            let Some(position) = position else { break };
            match locale.pattern(position, attribute) {
                None | Some(Pattern::Absent(Absence::Missing)) => {
                    issues.push(RenderIssue::Missing { locale: locale.id.clone(), id: shown() });
                }
                Some(Pattern::Absent(Absence::Untranslated)) => {
                    issues.push(RenderIssue::Untranslated { locale: locale.id.clone(), id: shown() });
                }
                Some(Pattern::Resolver) => {
                    let text = locale.resolve(id, attribute, arguments, &mut issues);
                    return Text { text, locale: locale.id.clone(), issues };
                }
                Some(pattern) => {
                    let mut text = String::new();
                    for name in locale.write(pattern, arguments, &mut text) {
                        issues.push(RenderIssue::MissingArgument { id: shown(), name });
                    }
                    return Text { text, locale: locale.id.clone(), issues };
                }
            }
        }
        issues.push(RenderIssue::NotFound { id: shown() });
        Text { text: otherwise(), locale: self.catalog.default_id().clone(), issues }
    }
}

/// An argument's value for rendering.
#[derive(Clone, Copy)]
pub(crate) enum ValueRef<'a> {
    Text(&'a str),
    Number(i64),
}

impl<'a> From<&'a Value> for ValueRef<'a> {
    fn from(value: &'a Value) -> ValueRef<'a> {
        match value {
            Value::Text(text) => ValueRef::Text(text),
            Value::Number(number) => ValueRef::Number(*number),
        }
    }
}

/// Where argument values come from: an error (by declared position), or name-value pairs.
pub(crate) trait Arguments {
    /// The value for a slot.
    fn value(&self, slot: &Slot) -> Option<ValueRef<'_>>;
    /// Every argument, for Fluent's resolver.
    fn fluent(&self) -> FluentArgs<'_>;
}

impl Arguments for VodError {
    #[inline]
    fn value(&self, slot: &Slot) -> Option<ValueRef<'_>> {
        // The slot's position, when the message declares the slot's name there (always, for a
        // catalogue compiled against the VOD table); else the value found by name.
        let position = usize::from(slot.position);
        let declared = self.message().arguments().get(position).is_some_and(|argument| argument.name == slot.name);
        match self.argument_at(position) {
            Some(value) if declared => Some(value.into()),
            _ => self.argument(&slot.name).map(ValueRef::from),
        }
    }

    fn fluent(&self) -> FluentArgs<'_> {
        let mut arguments = FluentArgs::with_capacity(self.arguments().len());
        for (name, value) in self.arguments() {
            arguments.set(name, fluent_value(value.into()));
        }
        arguments
    }
}

/// The last pair of a name wins, as in `FluentArgs::set`.
impl Arguments for [(&str, Value)] {
    fn value(&self, slot: &Slot) -> Option<ValueRef<'_>> {
        self.iter().rev().find(|(name, _)| *name == slot.name).map(|(_, value)| value.into())
    }

    fn fluent(&self) -> FluentArgs<'_> {
        let mut arguments = FluentArgs::with_capacity(self.len());
        for (name, value) in self {
            arguments.set(*name, fluent_value(value.into()));
        }
        arguments
    }
}

fn fluent_value(value: ValueRef<'_>) -> FluentValue<'_> {
    match value {
        ValueRef::Text(text) => FluentValue::from(text),
        // Whole numbers from i64 stay exact in f64 for every count a message can hold.
        #[allow(clippy::cast_precision_loss)]
        ValueRef::Number(number) => FluentValue::from(number as f64),
    }
}

impl Locale {
    /// A compiled value rendered in one allocation, or `None` where the slow path must look.
    #[inline]
    fn render_compiled<A: Arguments + ?Sized>(
        &self,
        position: usize,
        attribute: Option<&str>,
        arguments: &A,
    ) -> Option<String> {
        match self.pattern(position, attribute)? {
            Pattern::Fixed(text) => Some(String::from(&**text)),
            Pattern::One { before, slot, after } if slot.number == NumberStyle::None => match arguments.value(slot)? {
                ValueRef::Text(value) => {
                    let mut out = String::with_capacity(before.len() + value.len() + after.len());
                    out.push_str(before);
                    out.push_str(value);
                    out.push_str(after);
                    Some(out)
                }
                ValueRef::Number(_) => None,
            },
            _ => None,
        }
    }

    /// Writes a compiled pattern; returns the names of arguments that were not given.
    fn write<A: Arguments + ?Sized>(&self, pattern: &Pattern, arguments: &A, out: &mut String) -> Vec<String> {
        let mut missing = Vec::new();
        match pattern {
            Pattern::Fixed(text) => out.push_str(text),
            Pattern::One { before, slot, after } => {
                out.push_str(before);
                self.write_value(slot, arguments, out, &mut missing);
                out.push_str(after);
            }
            Pattern::Many(segments) => {
                for segment in segments.iter() {
                    match segment {
                        Segment::Text(text) => out.push_str(text),
                        Segment::Argument(slot) => {
                            if slot.isolate {
                                out.push(FIRST_STRONG_ISOLATE);
                            }
                            self.write_value(slot, arguments, out, &mut missing);
                            if slot.isolate {
                                out.push(POP_DIRECTIONAL_ISOLATE);
                            }
                        }
                    }
                }
            }
            Pattern::Absent(_) | Pattern::Resolver => {}
        }
        missing
    }

    /// Writes one argument's value: text as it is, a number in the locale's way; for a value that
    /// was not given, what Fluent writes: `{$name}`, or `NUMBER()` in a number's place.
    fn write_value<A: Arguments + ?Sized>(
        &self,
        slot: &Slot,
        arguments: &A,
        out: &mut String,
        missing: &mut Vec<String>,
    ) {
        match arguments.value(slot) {
            Some(ValueRef::Text(text)) => out.push_str(text),
            Some(ValueRef::Number(number)) => out.push_str(&self.numbers().format(number, slot.number)),
            None => {
                if slot.number == NumberStyle::None {
                    out.push_str("{$");
                    out.push_str(&slot.name);
                    out.push('}');
                } else {
                    out.push_str("NUMBER()");
                }
                missing.push(slot.name.to_string());
            }
        }
    }
}

/// A message id with its attribute, for issues.
pub(crate) fn qualified(id: &str, attribute: Option<&str>) -> String {
    attribute.map_or_else(|| id.to_owned(), |name| format!("{id}.{name}"))
}
