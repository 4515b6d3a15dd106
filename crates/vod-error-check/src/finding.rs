//! One problem the checker found: how bad, which check, where, and how to fix it.

use serde::Serialize;

/// How bad a finding is.
///
/// # Example
///
/// ```
/// use vod_error_check::Severity;
///
/// assert!(Severity::Error > Severity::Warning);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look; fails the check only with `--deny-warnings`.
    Warning,
    /// The catalogue is wrong; it fails the check and does not load.
    Error,
}

macro_rules! checks {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal, $severity:ident; )+) => {
        /// Which check a finding comes from; its name is stable, for scripts and allow-lists.
        ///
        /// # Example
        ///
        /// ```
        /// use vod_error_check::{Check, Severity};
        ///
        /// assert_eq!(Check::MissingMessage.name(), "missing-message");
        /// assert_eq!(Check::MissingMessage.severity(), Severity::Error);
        /// ```
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        #[non_exhaustive]
        pub enum Check {
            $( $(#[$doc])* $variant, )+
        }

        impl Check {
            /// Every check, in the order reports list them.
            ///
            /// # Example
            ///
            /// ```
            /// use vod_error_check::Check;
            ///
            /// assert!(Check::ALL.contains(&Check::Syntax));
            /// ```
            pub const ALL: &'static [Check] = &[$(Check::$variant),+];

            /// The check's stable kebab-case name, as shown in `error[name]`.
            ///
            /// # Example
            ///
            /// ```
            /// use vod_error_check::Check;
            ///
            /// assert_eq!(Check::Syntax.name(), "syntax");
            /// ```
            pub const fn name(self) -> &'static str {
                match self { $(Check::$variant => $name,)+ }
            }

            /// How bad a finding of this check is.
            ///
            /// # Example
            ///
            /// ```
            /// use vod_error_check::{Check, Severity};
            ///
            /// assert_eq!(Check::Untranslated.severity(), Severity::Warning);
            /// ```
            pub const fn severity(self) -> Severity {
                match self { $(Check::$variant => Severity::$severity,)+ }
            }
        }
    };
}

checks! {
    /// The catalogue has no `en-US` locale, which every fallback chain ends at.
    MissingDefaultLocale = "missing-default-locale", Error;
    /// A locale folder's name is not a valid, canonical BCP 47 tag.
    LocaleTag = "locale-tag", Error;
    /// A locale folder holds no Fluent file.
    NoFiles = "no-files", Error;
    /// A file could not be read.
    Unreadable = "unreadable", Error;
    /// A file is larger than the catalogue accepts.
    TooLarge = "too-large", Error;
    /// A file is not UTF-8.
    Encoding = "encoding", Error;
    /// A file holds nothing, or only white space.
    EmptyFile = "empty-file", Error;
    /// A file starts with a byte order mark.
    ByteOrderMark = "byte-order-mark", Error;
    /// A file does not parse as Fluent.
    Syntax = "syntax", Error;
    /// A message or term id is defined twice in one locale.
    DuplicateId = "duplicate-id", Error;
    /// A code has no message in a locale.
    MissingMessage = "missing-message", Error;
    /// A message has no value.
    MissingValue = "missing-value", Error;
    /// A message has no `.description`.
    MissingDescription = "missing-description", Error;
    /// A message has an attribute other than `.description`.
    UnknownAttribute = "unknown-attribute", Error;
    /// A message's value or description is empty or blank.
    EmptyText = "empty-text", Error;
    /// A message id belongs to nothing in the table.
    UnknownMessage = "unknown-message", Error;
    /// A message uses variables other than its code's declared arguments.
    Variables = "variables", Error;
    /// A message or term reference does not resolve in its locale.
    UnresolvedReference = "unresolved-reference", Error;
    /// A description's link targets differ from `en-US`'s.
    LinkTargets = "link-targets", Error;
    /// A locale's review record (`review.json`) cannot be read.
    ReviewRecord = "review-record", Error;
    /// A translation (or the locale's `-language-name`) is identical to `en-US`.
    Untranslated = "untranslated", Warning;
    /// The `en-US` text changed since the translation was last reviewed.
    StaleTranslation = "stale-translation", Warning;
    /// A locale has no review record (`review.json`): none of its translations was reviewed.
    Unreviewed = "unreviewed", Warning;
    /// A brand name is written out instead of referring to its term.
    BrandName = "brand-name", Warning;
    /// Leading or trailing white space that `en-US` does not have.
    Whitespace = "whitespace", Warning;
    /// The replacement character U+FFFD, a sign of a broken conversion.
    ReplacementCharacter = "replacement-character", Warning;
    /// An invisible bidirectional control character in the text.
    BidiControl = "bidi-control", Warning;
    /// A control character (other than tab and line breaks) in the text.
    ControlCharacter = "control-character", Warning;
    /// A review record allows a sameness to `en-US` that no longer exists.
    UnusedAllowance = "unused-allowance", Warning;
    /// A translation does not use the glossary's form of a term its source uses, the glossary
    /// gives a term no form, or it cannot be read.
    Glossary = "glossary", Warning;
}

impl Serialize for Check {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.name())
    }
}

/// One problem in a catalogue, with its place and the fix.
///
/// # Example
///
/// ```
/// use vod_error_check::{check_locales, repository_table};
/// use vod_error_l10n::loader::read_locales_dir;
///
/// let report = check_locales(&repository_table(), &read_locales_dir("../../locales".as_ref()).unwrap());
/// for finding in &report.findings {
///     println!("{}: {}", finding.check.name(), finding.text);
/// }
/// ```
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
pub struct Finding {
    /// How bad it is.
    pub severity: Severity,
    /// Which check found it.
    pub check: Check,
    /// The locale folder's name, when the finding belongs to one.
    pub locale: Option<String>,
    /// The file, as the report shows it.
    pub file: Option<String>,
    /// The 1-based line in the file.
    pub line: Option<usize>,
    /// The 1-based column in the line, in characters.
    pub column: Option<usize>,
    /// The message or term id concerned.
    pub message_id: Option<String>,
    /// What is wrong.
    pub text: String,
    /// How to fix it.
    pub help: Option<String>,
    /// The byte range in the file the finding points at.
    #[serde(skip)]
    pub span: Option<std::ops::Range<usize>>,
}

impl Finding {
    /// A finding of `check`, with its severity; the place and details are added with the setters.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_check::{Check, Finding};
    ///
    /// let finding = Finding::new(Check::NoFiles, "no Fluent file").with_help("add errors.ftl");
    /// assert_eq!(finding.help.as_deref(), Some("add errors.ftl"));
    /// ```
    pub fn new(check: Check, text: impl Into<String>) -> Finding {
        Finding {
            severity: check.severity(),
            check,
            locale: None,
            file: None,
            line: None,
            column: None,
            message_id: None,
            text: text.into(),
            help: None,
            span: None,
        }
    }

    /// Adds how to fix it.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_check::{Check, Finding};
    ///
    /// let finding = Finding::new(Check::Syntax, "bad").with_help("fix it");
    /// assert_eq!(finding.help.as_deref(), Some("fix it"));
    /// ```
    pub fn with_help(mut self, help: impl Into<String>) -> Finding {
        self.help = Some(help.into());
        self
    }

    /// Adds the message or term id concerned.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_check::{Check, Finding};
    ///
    /// let finding = Finding::new(Check::MissingValue, "no value").with_message_id("forbidden");
    /// assert_eq!(finding.message_id.as_deref(), Some("forbidden"));
    /// ```
    pub fn with_message_id(mut self, id: impl Into<String>) -> Finding {
        self.message_id = Some(id.into());
        self
    }
}
