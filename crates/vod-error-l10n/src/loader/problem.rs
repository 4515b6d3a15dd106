//! What can be wrong with a catalogue folder: `LoadError`, and the `Problem`s it carries.

use std::fmt;
use std::io;
use std::ops::Range;
use std::path::PathBuf;

/// A catalogue folder could not be loaded.
///
/// # Example
///
/// ```
/// use vod_error_l10n::{Catalog, LoadError};
///
/// let error = Catalog::load("no/such/folder".as_ref()).unwrap_err();
/// assert!(matches!(error, LoadError::Io { .. }));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LoadError {
    /// The folder, or a folder in it, could not be read.
    #[error("cannot read the folder {}: {reason}", path.display())]
    Io {
        /// The folder.
        path: PathBuf,
        /// The operating system's reason, shown in the message (and so not a `source()`, which
        /// would show it twice in a chain).
        reason: io::Error,
    },
    /// The path given is not a folder.
    #[error("{} is not a folder; give the folder that holds the locale folders (like `locales/`)", path.display())]
    NotADirectory {
        /// The path given.
        path: PathBuf,
    },
    /// The folder was read, and its files have errors; every one is listed.
    #[error("the catalogue in {} has {} error{}:\n{}", path.display(), problems.len(), if problems.len() == 1 { "" } else { "s" }, ShowAll(problems))]
    Invalid {
        /// The catalogue folder.
        path: PathBuf,
        /// Every error, in folder and file order.
        problems: Vec<Problem>,
    },
}

/// Shows problems one after another.
struct ShowAll<'a>(&'a [Problem]);

impl fmt::Display for ShowAll<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for problem in self.0 {
            writeln!(f, "{problem}")?;
        }
        Ok(())
    }
}

/// How bad a problem is for loading.
///
/// # Example
///
/// ```
/// use vod_error_l10n::Severity;
///
/// assert!(Severity::Error > Severity::Warning);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
pub enum Severity {
    /// The catalogue still loads; what is affected falls back to the next locale.
    Warning,
    /// The catalogue does not load.
    Error,
}

/// One problem in a catalogue folder: what, where, and how to fix it.
///
/// # Example
///
/// ```
/// use vod_error_l10n::{Problem, ProblemKind, Severity};
///
/// let problem = Problem::new(ProblemKind::Syntax, Severity::Error, "locales/de-DE/errors.ftl", "expected a message")
///     .at(3, 14)
///     .with_help("close the `{`");
/// assert_eq!(
///     problem.to_string(),
///     "error[syntax]: expected a message\n  --> locales/de-DE/errors.ftl:3:14\n  = help: close the `{`",
/// );
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Problem {
    /// What kind of problem.
    pub kind: ProblemKind,
    /// How bad it is for loading.
    pub severity: Severity,
    /// The locale folder's name, when it belongs to one.
    pub locale: Option<String>,
    /// The file or folder, as shown.
    pub path: String,
    /// The 1-based line.
    pub line: Option<usize>,
    /// The 1-based column, in characters.
    pub column: Option<usize>,
    /// The byte range in the file.
    pub span: Option<Range<usize>>,
    /// The message or term concerned.
    pub id: Option<String>,
    /// What is wrong.
    pub text: String,
    /// How to fix it.
    pub help: Option<String>,
}

impl Problem {
    /// A problem in a file or folder; the place and details are added with the setters.
    pub fn new(kind: ProblemKind, severity: Severity, path: impl Into<String>, text: impl Into<String>) -> Problem {
        Problem {
            kind,
            severity,
            locale: None,
            path: path.into(),
            line: None,
            column: None,
            span: None,
            id: None,
            text: text.into(),
            help: None,
        }
    }

    /// Sets the line and column.
    pub fn at(mut self, line: usize, column: usize) -> Problem {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    /// Sets the place from a byte range of the file's text: line, column and span.
    pub fn at_span(mut self, text: &str, span: Range<usize>) -> Problem {
        let start = span.start.min(text.len());
        let start = (0..=start).rev().find(|&at| text.is_char_boundary(at)).unwrap_or(0);
        let before = &text[..start];
        let line_start = before.rfind('\n').map_or(0, |at| at + 1);
        self.line = Some(before.matches('\n').count() + 1);
        self.column = Some(text[line_start..start].chars().count() + 1);
        self.span = Some(start..span.end.max(start).min(text.len()));
        self
    }

    /// Sets how to fix it.
    pub fn with_help(mut self, help: impl Into<String>) -> Problem {
        self.help = Some(help.into());
        self
    }

    /// Sets the message or term concerned.
    pub fn with_id(mut self, id: impl Into<String>) -> Problem {
        self.id = Some(id.into());
        self
    }

    /// Sets the locale folder it belongs to.
    pub fn in_locale(mut self, locale: impl Into<String>) -> Problem {
        self.locale = Some(locale.into());
        self
    }
}

/// `error[kind]: text`, the place, and the help, in the style of rustc.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{severity}[{}]: {}\n  --> {}", self.kind.name(), self.text, self.path)?;
        if let (Some(line), Some(column)) = (self.line, self.column) {
            write!(f, ":{line}:{column}")?;
        }
        if let Some(help) = &self.help {
            write!(f, "\n  = help: {help}")?;
        }
        Ok(())
    }
}

macro_rules! problem_kinds {
    ($( $(#[$doc:meta])* $variant:ident = $name:literal; )+) => {
        /// What kind of problem; its name is stable, for scripts and for the checker's reports.
        ///
        /// # Example
        ///
        /// ```
        /// use vod_error_l10n::ProblemKind;
        ///
        /// assert_eq!(ProblemKind::DuplicateId.name(), "duplicate-id");
        /// ```
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
        #[non_exhaustive]
        pub enum ProblemKind {
            $( $(#[$doc])* $variant, )+
        }

        impl ProblemKind {
            /// The kind's stable kebab-case name.
            pub const fn name(self) -> &'static str {
                match self { $(ProblemKind::$variant => $name,)+ }
            }
        }
    };
}

problem_kinds! {
    /// The catalogue has no `en-US` locale, which every chain ends at.
    MissingDefaultLocale = "missing-default-locale";
    /// A locale folder's name is not a valid, canonical BCP 47 tag, or names a pseudolocale.
    LocaleTag = "locale-tag";
    /// A locale folder holds no Fluent file.
    NoFiles = "no-files";
    /// A file could not be read.
    Unreadable = "unreadable";
    /// A file is larger than a catalogue accepts.
    TooLarge = "too-large";
    /// A file is not UTF-8.
    Encoding = "encoding";
    /// A file does not parse as Fluent.
    Syntax = "syntax";
    /// A message or term id is defined twice in one locale.
    DuplicateId = "duplicate-id";
    /// A message of the table is missing in a locale.
    MissingMessage = "missing-message";
    /// A message has no value.
    MissingValue = "missing-value";
    /// An error message has no `.description`.
    MissingDescription = "missing-description";
    /// A message id belongs to nothing in the table.
    UnknownMessage = "unknown-message";
    /// A message has an attribute the table does not read.
    UnknownAttribute = "unknown-attribute";
    /// A message uses variables other than its declared arguments, or leaves one out.
    Variables = "variables";
    /// A message or term reference does not resolve in its locale.
    UnresolvedReference = "unresolved-reference";
    /// A locale's review record (`review.json`) cannot be read.
    ReviewRecord = "review-record";
    /// A translation is identical to `en-US` and no review record allows it.
    Untranslated = "untranslated";
}
