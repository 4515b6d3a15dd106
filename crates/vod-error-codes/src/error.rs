//! `VodError`: an error value that carries its code and the arguments of its message.

use std::borrow::Cow;
use std::fmt;

use crate::ErrorCode;

/// An error of the VOD API: a code and the values of its message's arguments.
///
/// The typed constructors (one per code, such as [`VodError::missing_parameter`]) take every
/// argument the code's message declares, so none can be forgotten; [`VodError::new`] checks the
/// arguments at run time instead, for codes that are only known then.
///
/// # Example
///
/// ```
/// use vod_error_codes::{ErrorCode, VodError};
///
/// let error = VodError::missing_parameter("VideoId");
/// assert_eq!(error.code(), ErrorCode::MissingParameter);
/// assert_eq!(error.argument("parameter"), Some("VideoId"));
/// assert_eq!(error.to_string(), "MissingParameter (parameter: \"VideoId\")");
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct VodError {
    code: ErrorCode,
    arguments: Vec<(&'static str, Cow<'static, str>)>,
}

/// The arguments given for a code do not match the ones its message declares.
///
/// # Example
///
/// ```
/// use vod_error_codes::{ArgumentError, ErrorCode, VodError};
///
/// let error = VodError::new(ErrorCode::MissingParameter, [("param", "VideoId")]).unwrap_err();
/// assert!(matches!(error, ArgumentError::Unknown { .. }));
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
#[non_exhaustive]
pub enum ArgumentError {
    /// An argument the code's message does not declare.
    Unknown {
        /// The code that was built.
        code: ErrorCode,
        /// The argument given.
        name: String,
    },
    /// An argument the code's message declares was not given.
    Missing {
        /// The code that was built.
        code: ErrorCode,
        /// The argument that is missing.
        name: &'static str,
    },
    /// The same argument was given twice.
    Duplicate {
        /// The code that was built.
        code: ErrorCode,
        /// The argument given twice.
        name: &'static str,
    },
}

impl fmt::Display for ArgumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArgumentError::Unknown { code, name } => {
                write!(f, "`{code}` takes no argument {name:?}")?;
                match code.args() {
                    [] => write!(f, "; it takes none"),
                    args => write!(f, "; it takes: {}", args.join(", ")),
                }
            }
            ArgumentError::Missing { code, name } => {
                write!(f, "`{code}` needs the argument `{name}`")
            }
            ArgumentError::Duplicate { code, name } => {
                write!(f, "the argument `{name}` of `{code}` is given twice")
            }
        }
    }
}

impl std::error::Error for ArgumentError {}

impl VodError {
    /// Builds an error from a code known only at run time, checking its arguments.
    ///
    /// Every declared argument must be given once, and no other.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::{ArgumentError, ErrorCode, VodError};
    ///
    /// let error = VodError::new(ErrorCode::InvalidParameter, [("parameter", "Width")])?;
    /// assert_eq!(error, VodError::invalid_parameter("Width"));
    /// assert!(VodError::new(ErrorCode::InvalidParameter, [("parameter", ""); 0]).is_err());
    /// # Ok::<(), ArgumentError>(())
    /// ```
    pub fn new<N, V>(code: ErrorCode, arguments: impl IntoIterator<Item = (N, V)>) -> Result<VodError, ArgumentError>
    where
        N: AsRef<str>,
        V: Into<Cow<'static, str>>,
    {
        let mut checked: Vec<(&'static str, Cow<'static, str>)> = Vec::new();
        for (name, value) in arguments {
            let name = name.as_ref();
            let Some(&declared) = code.args().iter().find(|&&declared| declared == name) else {
                return Err(ArgumentError::Unknown { code, name: name.to_owned() });
            };
            if checked.iter().any(|&(seen, _)| seen == declared) {
                return Err(ArgumentError::Duplicate { code, name: declared });
            }
            checked.push((declared, value.into()));
        }
        if let Some(&name) = code.args().iter().find(|&&name| !checked.iter().any(|&(seen, _)| seen == name)) {
            return Err(ArgumentError::Missing { code, name });
        }
        checked.sort_by_key(|&(name, _)| code.args().iter().position(|&declared| declared == name));
        Ok(VodError { code, arguments: checked })
    }

    /// Builds an error whose arguments the caller has already matched to the code's declaration.
    pub(crate) fn from_checked_parts(code: ErrorCode, arguments: Vec<(&'static str, Cow<'static, str>)>) -> VodError {
        VodError { code, arguments }
    }

    /// The error's code.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::{ErrorCode, VodError};
    ///
    /// assert_eq!(VodError::forbidden().code(), ErrorCode::Forbidden);
    /// ```
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// The value of one argument, by its declared name.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::VodError;
    ///
    /// let error = VodError::invalid_parameter("Width");
    /// assert_eq!(error.argument("parameter"), Some("Width"));
    /// assert_eq!(error.argument("other"), None);
    /// ```
    pub fn argument(&self, name: &str) -> Option<&str> {
        self.arguments.iter().find(|&&(declared, _)| declared == name).map(|(_, value)| &**value)
    }

    /// The value of the argument at a position of the code's declaration ([`ErrorCode::args`]).
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::VodError;
    ///
    /// let error = VodError::missing_parameter("VideoId");
    /// assert_eq!(error.argument_at(0), Some("VideoId"));
    /// assert_eq!(error.argument_at(1), None);
    /// ```
    #[inline]
    pub fn argument_at(&self, position: usize) -> Option<&str> {
        self.arguments.get(position).map(|(_, value)| &**value)
    }

    /// Every argument as `(name, value)`, in the order the code declares them.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::VodError;
    ///
    /// let error = VodError::missing_parameter("VideoId");
    /// assert_eq!(error.arguments().collect::<Vec<_>>(), [("parameter", "VideoId")]);
    /// ```
    pub fn arguments(&self) -> impl ExactSizeIterator<Item = (&'static str, &str)> + '_ {
        self.arguments.iter().map(|(name, value)| (*name, &**value))
    }
}

/// Shows the code and its arguments; the localized text comes from `vod-error-l10n`.
impl fmt::Display for VodError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code.as_str())?;
        for (index, (name, value)) in self.arguments().enumerate() {
            let separator = if index == 0 { " (" } else { ", " };
            write!(f, "{separator}{name}: {value:?}")?;
        }
        if self.arguments.is_empty() { Ok(()) } else { f.write_str(")") }
    }
}

impl std::error::Error for VodError {}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(code: ErrorCode, arguments: &[(&str, &str)], expected: Result<&str, ArgumentError>) {
        let built = VodError::new(code, arguments.iter().map(|&(name, value)| (name, value.to_owned())));
        assert_eq!(built.map(|error| error.to_string()), expected.map(str::to_owned), "{code} {arguments:?}");
    }

    /// A code, the arguments given, and the error's display or the construction error.
    type Case = (ErrorCode, &'static [(&'static str, &'static str)], Result<&'static str, ArgumentError>);

    #[test]
    fn runtime_construction_table() {
        use ErrorCode::*;
        let cases: Vec<Case> = vec![
            (MissingParameter, &[("parameter", "VideoId")], Ok("MissingParameter (parameter: \"VideoId\")")),
            (Forbidden, &[], Ok("Forbidden")),
            (MissingParameter, &[], Err(ArgumentError::Missing { code: MissingParameter, name: "parameter" })),
            (
                Forbidden,
                &[("parameter", "x")],
                Err(ArgumentError::Unknown { code: Forbidden, name: "parameter".into() }),
            ),
            (
                InvalidParameter,
                &[("parameter", "a"), ("parameter", "b")],
                Err(ArgumentError::Duplicate { code: InvalidParameter, name: "parameter" }),
            ),
        ];
        for (code, arguments, expected) in cases {
            check(code, arguments, expected);
        }
    }

    #[test]
    fn typed_constructors_agree_with_runtime_construction() {
        let typed = [
            VodError::missing_parameter("A"),
            VodError::invalid_parameter("A"),
            VodError::operation_denied(),
            VodError::operation_denied_suspended(),
            VodError::forbidden(),
            VodError::internal_error(),
            VodError::service_unavailable(),
        ];
        assert_eq!(typed.len(), ErrorCode::ALL.len());
        for (error, &code) in typed.iter().zip(ErrorCode::ALL) {
            let arguments = code.args().iter().map(|&name| (name, "A"));
            assert_eq!(*error, VodError::new(code, arguments).unwrap());
        }
    }

    #[test]
    fn error_messages_name_the_fix() {
        let unknown = ArgumentError::Unknown { code: ErrorCode::MissingParameter, name: "param".into() };
        assert_eq!(unknown.to_string(), "`MissingParameter` takes no argument \"param\"; it takes: parameter");
        let none = ArgumentError::Unknown { code: ErrorCode::Forbidden, name: "x".into() };
        assert_eq!(none.to_string(), "`Forbidden` takes no argument \"x\"; it takes none");
    }
}
