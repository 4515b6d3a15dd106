//! `VodError`: an error value that carries its message, the values of its arguments, its status.

use std::fmt;

use crate::{ArgumentKind, ErrorCode, Message, Operation, Value};

/// An error of the VOD API: a message (a code's own or a variant), the values of its arguments,
/// and, when an operation is known, that operation's status for it.
///
/// The typed constructors, one per code and named like it (`VodError::MissingParameter("VideoId")`),
/// take every argument of the code's message, so none can be forgotten; [`VodError::new`] checks
/// the arguments at run time instead, for messages only known then. `Display` writes the English
/// message exactly as the API sends it; `vod-error-l10n` renders it in other languages.
///
/// # Example
///
/// ```
/// use vod_error_codes::{ErrorCode, VodError};
///
/// let error = VodError::MissingParameter("VideoId");
/// assert_eq!(error.code(), ErrorCode::MissingParameter);
/// assert_eq!(error.http_status(), 400);
/// assert_eq!(
///     error.to_string(),
///     "The input parameter VideoId that is mandatory for processing this request is not supplied.",
/// );
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct VodError {
    message: Message,
    /// The argument values, in the message's declared order.
    values: Vec<Value>,
    operation: Option<Operation>,
    status: u16,
}

/// The arguments given for a message do not match the ones it declares.
///
/// # Example
///
/// ```
/// use vod_error_codes::{ArgumentError, Message, VodError};
///
/// let error = VodError::new(Message::MissingParameter, [("param", "VideoId")]).unwrap_err();
/// assert!(matches!(error, ArgumentError::Unknown { .. }));
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
#[non_exhaustive]
pub enum ArgumentError {
    /// An argument the message does not declare.
    Unknown {
        /// The message that was built.
        message: Message,
        /// The argument given.
        name: String,
    },
    /// An argument the message declares was not given.
    Missing {
        /// The message that was built.
        message: Message,
        /// The argument that is missing.
        name: &'static str,
    },
    /// The same argument was given twice.
    Duplicate {
        /// The message that was built.
        message: Message,
        /// The argument given twice.
        name: &'static str,
    },
    /// A number argument was given text that is not a whole number.
    NotANumber {
        /// The message that was built.
        message: Message,
        /// The argument.
        name: &'static str,
        /// What was given.
        given: String,
    },
}

impl fmt::Display for ArgumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ArgumentError::Unknown { message, name } => {
                write!(f, "`{message}` takes no argument {name:?}")?;
                let names: Vec<&str> = message.arguments().iter().map(|argument| argument.name).collect();
                match names.as_slice() {
                    [] => write!(f, "; it takes none"),
                    names => write!(f, "; it takes: {}", names.join(", ")),
                }
            }
            ArgumentError::Missing { message, name } => write!(f, "`{message}` needs the argument `{name}`"),
            ArgumentError::Duplicate { message, name } => {
                write!(f, "the argument `{name}` of `{message}` is given twice")
            }
            ArgumentError::NotANumber { message, name, given } => {
                write!(f, "the argument `{name}` of `{message}` takes a whole number, not {given:?}")
            }
        }
    }
}

impl std::error::Error for ArgumentError {}

impl VodError {
    /// Builds an error from a message known only at run time, checking its arguments: every
    /// declared argument once, and no other. Text given for a number argument must be a whole
    /// number.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::{ArgumentError, Message, VodError};
    ///
    /// let error = VodError::new(Message::InvalidParameter, [("parameter", "Width")])?;
    /// assert_eq!(error, VodError::InvalidParameter("Width"));
    /// assert!(VodError::new(Message::InvalidParameter, [("parameter", ""); 0]).is_err());
    /// # Ok::<(), ArgumentError>(())
    /// ```
    pub fn new<N, V>(message: Message, arguments: impl IntoIterator<Item = (N, V)>) -> Result<VodError, ArgumentError>
    where
        N: AsRef<str>,
        V: Into<Value>,
    {
        let declared = message.arguments();
        let mut values: Vec<Option<Value>> = vec![None; declared.len()];
        for (name, value) in arguments {
            let name = name.as_ref();
            let Some(position) = declared.iter().position(|argument| argument.name == name) else {
                return Err(ArgumentError::Unknown { message, name: name.to_owned() });
            };
            let argument = declared[position];
            let value = match (argument.kind, value.into()) {
                (ArgumentKind::Number, Value::Text(text)) => match text.trim().parse::<i64>() {
                    Ok(number) => Value::Number(number),
                    Err(_) => {
                        return Err(ArgumentError::NotANumber { message, name: argument.name, given: text.into() });
                    }
                },
                (_, value) => value,
            };
            if values[position].replace(value).is_some() {
                return Err(ArgumentError::Duplicate { message, name: argument.name });
            }
        }
        let values = values
            .into_iter()
            .zip(declared)
            .map(|(value, argument)| value.ok_or(ArgumentError::Missing { message, name: argument.name }))
            .collect::<Result<Vec<Value>, ArgumentError>>()?;
        Ok(VodError::from_values(message, values))
    }

    /// The error of a message with every argument shown as a placeholder, `<name>`: for pages,
    /// listings and mocks that have no values to give.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::{Message, VodError};
    ///
    /// let error = VodError::placeholders(Message::MissingParameter);
    /// assert_eq!(error.to_string(), "The input parameter <parameter> that is mandatory for processing this request is not supplied.");
    /// ```
    pub fn placeholders(message: Message) -> VodError {
        let values = message.arguments().iter().map(|argument| Value::from(format!("<{}>", argument.name))).collect();
        VodError::from_values(message, values)
    }

    /// Builds an error whose values the caller has already matched to the message's declaration.
    pub(crate) fn from_values(message: Message, values: Vec<Value>) -> VodError {
        VodError { message, values, operation: None, status: message.code().http_status() }
    }

    /// The same error as `operation` sends it: with that operation's status for the message,
    /// when its documentation lists it.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::{Operation, VodError};
    ///
    /// for operation in Operation::all() {
    ///     let error = VodError::Forbidden().in_operation(operation);
    ///     assert_eq!(error.operation(), Some(operation));
    /// }
    /// ```
    pub fn in_operation(mut self, operation: Operation) -> VodError {
        self.operation = Some(operation);
        self.status = operation
            .errors()
            .iter()
            .find(|documented| documented.message == self.message)
            .map_or(self.message.code().http_status(), |documented| documented.http_status);
        self
    }

    /// The error's code.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::{ErrorCode, VodError};
    ///
    /// assert_eq!(VodError::Forbidden().code(), ErrorCode::Forbidden);
    /// ```
    pub fn code(&self) -> ErrorCode {
        self.message.code()
    }

    /// The error's message: its code's own, or a variant.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::{Message, VodError};
    ///
    /// assert_eq!(VodError::Forbidden().message(), Message::Forbidden);
    /// ```
    pub fn message(&self) -> Message {
        self.message
    }

    /// The HTTP status to answer with: the operation's, when one is set and documents the
    /// message, else the code's usual one.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::VodError;
    ///
    /// assert_eq!(VodError::ServiceUnAvailable().http_status(), 503);
    /// ```
    pub fn http_status(&self) -> u16 {
        self.status
    }

    /// The operation the error belongs to, when one was set.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::VodError;
    ///
    /// assert_eq!(VodError::Forbidden().operation(), None);
    /// ```
    pub fn operation(&self) -> Option<Operation> {
        self.operation
    }

    /// The value of one argument, by its declared name.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::{Value, VodError};
    ///
    /// let error = VodError::InvalidParameter("Width");
    /// assert_eq!(error.argument("parameter"), Some(&Value::from("Width")));
    /// assert_eq!(error.argument("other"), None);
    /// ```
    pub fn argument(&self, name: &str) -> Option<&Value> {
        let position = self.message.arguments().iter().position(|argument| argument.name == name)?;
        self.values.get(position)
    }

    /// The value of the argument at a position of the message's declaration.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::{Value, VodError};
    ///
    /// let error = VodError::MissingParameter("VideoId");
    /// assert_eq!(error.argument_at(0), Some(&Value::from("VideoId")));
    /// assert_eq!(error.argument_at(1), None);
    /// ```
    #[inline]
    pub fn argument_at(&self, position: usize) -> Option<&Value> {
        self.values.get(position)
    }

    /// Every argument as `(name, value)`, in the message's declared order.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::{Value, VodError};
    ///
    /// let error = VodError::MissingParameter("VideoId");
    /// assert_eq!(error.arguments().collect::<Vec<_>>(), [("parameter", &Value::from("VideoId"))]);
    /// ```
    pub fn arguments(&self) -> impl ExactSizeIterator<Item = (&'static str, &Value)> + '_ {
        self.message.arguments().iter().map(|argument| argument.name).zip(self.values.iter())
    }
}

/// Writes the English message exactly as the API sends it.
impl fmt::Display for VodError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The whole text first, then one write, so that a `String` being written to
        // (`to_string`, `format!`) grows once instead of once per piece: on the stack when it
        // fits (writing fails when it does not), else in a `String` of the exact length.
        let mut text = StackText::default();
        if self.message.write_english(&self.values, &mut text).is_ok() {
            return f.pad(text.as_str());
        }
        let mut text = String::with_capacity(self.message.english_len(&self.values));
        self.message.write_english(&self.values, &mut text)?;
        f.pad(&text)
    }
}

impl std::error::Error for VodError {}

/// A short text built on the stack: the English message before it is written out. 256 bytes are
/// enough for every catalogue message with arguments of usual length.
///
/// arrayvec's rather than bytes of our own: its text is neither zeroed first nor checked to be UTF-8
/// when read, which safe code over a byte array must do (a fifth of `Display`'s time, measured).
type StackText = arrayvec::ArrayString<256>;

#[cfg(test)]
mod tests {
    use super::*;

    fn check(message: Message, arguments: &[(&str, &str)], expected: Result<&str, ArgumentError>) {
        let built = VodError::new(message, arguments.iter().map(|&(name, value)| (name, value.to_owned())));
        assert_eq!(built.map(|error| error.to_string()), expected.map(str::to_owned), "{message} {arguments:?}");
    }

    /// A message, the arguments given, and the error's English text or the construction error.
    type Case = (Message, &'static [(&'static str, &'static str)], Result<&'static str, ArgumentError>);

    #[test]
    fn display_pads_and_writes_long_arguments_whole() {
        let short = VodError::MissingParameter("VideoId");
        let text = short.to_string();
        assert_eq!(format!("{short:>120}"), format!("{text:>120}"));
        assert_eq!(format!("{short:.9}"), "The input");
        let long_value = "x".repeat(300);
        let Ok(long) = VodError::new(Message::MissingParameter, [("parameter", long_value.clone())]) else {
            panic!("MissingParameter takes `parameter`");
        };
        assert_eq!(
            long.to_string(),
            format!("The input parameter {long_value} that is mandatory for processing this request is not supplied.")
        );
        assert_eq!(format!("{long:.9}"), "The input");
    }

    #[test]
    fn runtime_construction_table() {
        let cases: Vec<Case> = vec![
            (
                Message::MissingParameter,
                &[("parameter", "VideoId")],
                Ok("The input parameter VideoId that is mandatory for processing this request is not supplied."),
            ),
            (Message::Forbidden, &[], Ok("User not authorized to operate on the specified resource.")),
            (
                Message::MissingParameter,
                &[],
                Err(ArgumentError::Missing { message: Message::MissingParameter, name: "parameter" }),
            ),
            (
                Message::Forbidden,
                &[("parameter", "x")],
                Err(ArgumentError::Unknown { message: Message::Forbidden, name: "parameter".into() }),
            ),
            (
                Message::InvalidParameter,
                &[("parameter", "a"), ("parameter", "b")],
                Err(ArgumentError::Duplicate { message: Message::InvalidParameter, name: "parameter" }),
            ),
        ];
        for (message, arguments, expected) in cases {
            check(message, arguments, expected);
        }
    }

    #[test]
    fn typed_constructors_agree_with_runtime_construction() {
        for code in ErrorCode::all() {
            let message = code.message();
            let values = message.arguments().iter().map(|argument| match argument.kind {
                ArgumentKind::Text => (argument.name, Value::from("A")),
                ArgumentKind::Number => (argument.name, Value::from(7)),
            });
            let built = VodError::new(message, values).unwrap();
            assert_eq!(built.code(), code);
            assert_eq!(built.http_status(), code.http_status());
        }
        assert_eq!(
            VodError::MissingParameter("A"),
            VodError::new(Message::MissingParameter, [("parameter", "A")]).unwrap()
        );
    }

    #[test]
    fn error_messages_name_the_fix() {
        let unknown = ArgumentError::Unknown { message: Message::MissingParameter, name: "param".into() };
        assert_eq!(unknown.to_string(), "`missing-parameter` takes no argument \"param\"; it takes: parameter");
        let none = ArgumentError::Unknown { message: Message::Forbidden, name: "x".into() };
        assert_eq!(none.to_string(), "`forbidden` takes no argument \"x\"; it takes none");
    }
}
