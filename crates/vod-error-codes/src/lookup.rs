//! Finding a code from what a person typed: exact, case-insensitive, or the closest suggestion.

use std::fmt;

use crate::ErrorCode;

/// How much of an unknown input an error keeps, in characters: enough to show, never megabytes.
const KEPT_INPUT_CHARS: usize = 200;

/// The input named no code; carries the closest code, when one is close enough to suggest.
///
/// # Example
///
/// ```
/// use vod_error_codes::ErrorCode;
///
/// let error = "MisingParameter".parse::<ErrorCode>().unwrap_err();
/// assert_eq!(error.suggestion(), Some(ErrorCode::MissingParameter));
/// assert_eq!(
///     error.to_string(),
///     "unknown error code \"MisingParameter\"; did you mean `MissingParameter`?",
/// );
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct UnknownCodeError {
    input: String,
    truncated: bool,
    suggestion: Option<ErrorCode>,
}

impl UnknownCodeError {
    /// An error for `input`, with the closest code as its suggestion.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::{ErrorCode, UnknownCodeError};
    ///
    /// assert_eq!(UnknownCodeError::new("forbidden").suggestion(), Some(ErrorCode::Forbidden));
    /// assert_eq!(UnknownCodeError::new("Teapot").suggestion(), None);
    /// ```
    pub fn new(input: &str) -> UnknownCodeError {
        let truncated = input.chars().count() > KEPT_INPUT_CHARS;
        UnknownCodeError {
            input: input.chars().take(KEPT_INPUT_CHARS).collect(),
            truncated,
            suggestion: closest_code(input),
        }
    }

    /// The input that named no code (its first 200 characters).
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

    /// The code the input most likely meant.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::{ErrorCode, UnknownCodeError};
    ///
    /// let error = UnknownCodeError::new("service-unavailable");
    /// assert_eq!(error.suggestion(), Some(ErrorCode::ServiceUnAvailable));
    /// ```
    pub fn suggestion(&self) -> Option<ErrorCode> {
        self.suggestion
    }
}

impl fmt::Display for UnknownCodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown error code {:?}", self.input)?;
        if self.truncated {
            f.write_str(" (cut short)")?;
        }
        if let Some(code) = self.suggestion {
            write!(f, "; did you mean `{code}`?")?;
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
        ErrorCode::from_wire(input)
            .or_else(|| ErrorCode::ALL.iter().copied().find(|code| code.as_str().eq_ignore_ascii_case(input)))
            .ok_or_else(|| UnknownCodeError::new(input))
    }
}

/// The code nearest to `input` by edit distance, ignoring case, over wire strings and message
/// ids, when it is near enough to be a slip rather than another word.
fn closest_code(input: &str) -> Option<ErrorCode> {
    if input.len() > 2 * KEPT_INPUT_CHARS {
        return None;
    }
    let input = input.to_lowercase();
    let (distance, code) = ErrorCode::ALL
        .iter()
        .map(|&code| {
            let wire = strsim::levenshtein(&input, &code.as_str().to_lowercase());
            let id = strsim::levenshtein(&input, code.message_id());
            (wire.min(id), code)
        })
        .min_by_key(|&(distance, _)| distance)?;
    let allowed = (input.chars().count() / 3).max(2);
    (distance <= allowed).then_some(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, found: Option<ErrorCode>, suggestion: Option<ErrorCode>) {
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
        let cases: &[(&str, Option<ErrorCode>, Option<ErrorCode>)] = &[
            ("MissingParameter", Some(MissingParameter), None),
            ("missingparameter", Some(MissingParameter), None),
            ("OPERATIONDENIED.SUSPENDED", Some(OperationDeniedSuspended), None),
            ("ServiceUnavailable", Some(ServiceUnAvailable), None),
            ("OperationDenied.Suspend", None, Some(OperationDeniedSuspended)),
            ("InternalEror", None, Some(InternalError)),
            ("invalid-parameter", None, Some(InvalidParameter)),
            ("", None, None),
            ("Teapot", None, None),
            ("Throttling.User", None, None),
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
