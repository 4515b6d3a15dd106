//! Finding a code or an operation from what a person typed: exact, any case, or the closest one.
//!
//! The closest-match suggestion uses strsim's edit distance and comes with the `suggestions`
//! feature; without it, an unknown name is an error with no suggestion.

use std::fmt;

use crate::{ErrorCode, Operation};

/// How much of an unknown input an error keeps, in characters: enough to show, never megabytes.
const KEPT_INPUT_CHARS: usize = 200;

/// The input named no code (or no operation); carries the closest name, when one is close enough.
///
/// # Example
///
/// ```
/// use vod_error_codes::ErrorCode;
///
/// let error = "MisingParameter".parse::<ErrorCode>().unwrap_err();
/// assert_eq!(error.input(), "MisingParameter");
/// # #[cfg(feature = "suggestions")]
/// assert_eq!(error.to_string(), "unknown error code \"MisingParameter\"; did you mean `MissingParameter`?");
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct UnknownCodeError {
    what: &'static str,
    input: String,
    truncated: bool,
    suggestion: Option<&'static str>,
}

impl UnknownCodeError {
    /// An error for `input` that names no code, with the closest code as its suggestion.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::UnknownCodeError;
    ///
    /// assert_eq!(UnknownCodeError::new("Teapot").suggestion(), None);
    /// ```
    pub fn new(input: &str) -> UnknownCodeError {
        let candidates = ErrorCode::all().flat_map(|code| [code.as_str(), code.message_id()]);
        let suggestion = closest(input, candidates).and_then(|name| {
            ErrorCode::all().find(|code| code.as_str() == name || code.message_id() == name).map(ErrorCode::as_str)
        });
        UnknownCodeError::with("error code", input, suggestion)
    }

    fn with(what: &'static str, input: &str, suggestion: Option<&'static str>) -> UnknownCodeError {
        UnknownCodeError {
            what,
            input: input.chars().take(KEPT_INPUT_CHARS).collect(),
            truncated: input.chars().count() > KEPT_INPUT_CHARS,
            suggestion,
        }
    }

    /// The input that named nothing (its first 200 characters).
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::UnknownCodeError;
    ///
    /// assert_eq!(UnknownCodeError::new("Nope").input(), "Nope");
    /// ```
    pub fn input(&self) -> &str {
        &self.input
    }

    /// The name the input most likely meant (with the `suggestions` feature).
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::UnknownCodeError;
    ///
    /// let error = UnknownCodeError::new("service-unavailable");
    /// # #[cfg(feature = "suggestions")]
    /// assert_eq!(error.suggestion(), Some("ServiceUnAvailable"));
    /// # let _ = error;
    /// ```
    pub fn suggestion(&self) -> Option<&'static str> {
        self.suggestion
    }
}

impl fmt::Display for UnknownCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown {} {:?}", self.what, self.input)?;
        if self.truncated {
            f.write_str(" (cut short)")?;
        }
        if let Some(name) = self.suggestion {
            write!(f, "; did you mean `{name}`?")?;
        }
        Ok(())
    }
}

impl std::error::Error for UnknownCodeError {}

impl ErrorCode {
    /// Finds a code by its wire string, exactly or else ignoring case, as a person would type it.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::ErrorCode;
    ///
    /// assert_eq!(ErrorCode::lookup("serviceunavailable"), Ok(ErrorCode::ServiceUnAvailable));
    /// assert!(ErrorCode::lookup("Teapot").is_err());
    /// ```
    pub fn lookup(input: &str) -> Result<ErrorCode, UnknownCodeError> {
        let input = input.trim();
        ErrorCode::from_wire(input)
            .or_else(|| ErrorCode::all().find(|code| code.as_str().eq_ignore_ascii_case(input)))
            .ok_or_else(|| UnknownCodeError::new(input))
    }
}

impl Operation {
    /// Finds an operation by its name in any case, as a person would type it.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::Operation;
    ///
    /// assert!(Operation::lookup("NoSuchOperation").is_err());
    /// for operation in Operation::all() {
    ///     assert_eq!(Operation::lookup(&operation.as_str().to_lowercase()), Ok(operation));
    /// }
    /// ```
    pub fn lookup(input: &str) -> Result<Operation, UnknownCodeError> {
        let input = input.trim();
        Operation::lookup_ignoring_case(input).ok_or_else(|| {
            let suggestion = closest(input, Operation::all().map(Operation::as_str));
            UnknownCodeError::with("operation", input, suggestion)
        })
    }
}

/// The candidate nearest to `input` by edit distance, ignoring case, when it is near enough to
/// be a slip rather than another word.
#[cfg(feature = "suggestions")]
fn closest(input: &str, candidates: impl Iterator<Item = &'static str>) -> Option<&'static str> {
    if input.len() > 2 * KEPT_INPUT_CHARS {
        return None;
    }
    let input = input.to_lowercase();
    let (distance, name) = candidates
        .map(|candidate| (strsim::levenshtein(&input, &candidate.to_lowercase()), candidate))
        .min_by_key(|&(distance, _)| distance)?;
    let allowed = (input.chars().count() / 3).max(2);
    (distance <= allowed).then_some(name)
}

/// Without the `suggestions` feature, no suggestion.
#[cfg(not(feature = "suggestions"))]
fn closest(_input: &str, _candidates: impl Iterator<Item = &'static str>) -> Option<&'static str> {
    None
}

#[cfg(all(test, feature = "suggestions"))]
mod tests {
    use super::*;

    fn check(input: &str, found: Option<ErrorCode>, suggestion: Option<&str>) {
        match ErrorCode::lookup(input) {
            Ok(code) => assert_eq!(Some(code), found, "{input:?}"),
            Err(error) => {
                assert_eq!(found, None, "{input:?}");
                assert_eq!(error.suggestion(), suggestion, "{input:?}");
            }
        }
    }

    #[test]
    fn lookup_table() {
        use ErrorCode::*;
        let cases: &[(&str, Option<ErrorCode>, Option<&str>)] = &[
            ("MissingParameter", Some(MissingParameter), None),
            ("missingparameter", Some(MissingParameter), None),
            (" Forbidden ", Some(Forbidden), None),
            ("OPERATIONDENIED.SUSPENDED", Some(OperationDenied_Suspended), None),
            ("ServiceUnavailable", Some(ServiceUnAvailable), None),
            ("OperationDenied.Suspend", None, Some("OperationDenied.Suspended")),
            ("InternalEror", None, Some("InternalError")),
            ("invalid-parameter", None, Some("InvalidParameter")),
            ("", None, None),
            ("Teapot", None, None),
            ("Throttling.User", None, Some("Throttling")),
            ("NoSuchThing.Anywhere", None, None),
        ];
        for &(input, found, suggestion) in cases {
            check(input, found, suggestion);
        }
    }

    #[test]
    fn a_huge_input_is_kept_short_in_the_error() {
        let input = "x".repeat(10_000);
        let error = ErrorCode::lookup(&input).unwrap_err();
        assert_eq!(error.input().len(), KEPT_INPUT_CHARS);
        assert!(error.to_string().ends_with("(cut short)"));
    }
}
