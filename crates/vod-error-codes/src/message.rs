//! `Message`: a code's own message or one of its variants, its arguments, and its English text.

use std::borrow::Cow;
use std::fmt;

use crate::generated::{MESSAGE_ID_INDEX, MESSAGES};
use crate::table::{Argument, MessageRow, Piece};
use crate::{ErrorCode, Message};

/// The value of a message's argument: text, or a whole number.
///
/// # Example
///
/// ```
/// use vod_error_codes::Value;
///
/// assert_eq!(Value::from("VideoId").to_string(), "VideoId");
/// assert_eq!(Value::from(1024).to_string(), "1024");
/// ```
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub enum Value {
    /// Text, inserted as it is.
    Text(Cow<'static, str>),
    /// A whole number; each language formats it in its own way.
    Number(i64),
}

impl Value {
    /// The text, for a text value.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::Value;
    ///
    /// assert_eq!(Value::from("a").as_text(), Some("a"));
    /// assert_eq!(Value::from(1).as_text(), None);
    /// ```
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Text(text) => Some(text),
            Value::Number(_) => None,
        }
    }
}

/// Text as it is; a number in plain digits, as the API's English messages print it.
impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Text(text) => f.write_str(text),
            Value::Number(number) => write!(f, "{number}"),
        }
    }
}

impl From<&'static str> for Value {
    fn from(text: &'static str) -> Value {
        Value::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Value {
    fn from(text: String) -> Value {
        Value::Text(Cow::Owned(text))
    }
}

impl From<Cow<'static, str>> for Value {
    fn from(text: Cow<'static, str>) -> Value {
        Value::Text(text)
    }
}

impl From<i64> for Value {
    fn from(number: i64) -> Value {
        Value::Number(number)
    }
}

impl Message {
    fn row(self) -> &'static MessageRow {
        &MESSAGES[self as usize]
    }

    /// Every message, in table order: each code's own, followed by its variants.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::Message;
    ///
    /// assert_eq!(Message::all().count(), Message::COUNT);
    /// ```
    pub fn all() -> impl ExactSizeIterator<Item = Message> + Clone {
        Message::ALL.iter().copied()
    }

    /// The code the message belongs to.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::{ErrorCode, Message};
    ///
    /// assert_eq!(Message::Forbidden.code(), ErrorCode::Forbidden);
    /// ```
    pub fn code(self) -> ErrorCode {
        self.row().code
    }

    /// The message's Fluent id: the code's, with `--` and the variant's name for a variant.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::Message;
    ///
    /// assert_eq!(Message::ServiceUnAvailable.id(), "service-un-available");
    /// ```
    pub fn id(self) -> &'static str {
        self.row().id
    }

    /// The variant's name, or `None` for a code's own message.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::Message;
    ///
    /// assert_eq!(Message::Forbidden.variant(), None);
    /// ```
    pub fn variant(self) -> Option<&'static str> {
        self.row().variant
    }

    /// The message's arguments, in the order they appear in its English text.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::Message;
    ///
    /// let names: Vec<&str> = Message::MissingParameter.arguments().iter().map(|a| a.name).collect();
    /// assert_eq!(names, ["parameter"]);
    /// assert!(Message::Forbidden.arguments().is_empty());
    /// ```
    pub fn arguments(self) -> &'static [Argument] {
        self.row().arguments
    }

    /// The position of the message in [`Message::ALL`], for tables indexed by message.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::Message;
    ///
    /// assert_eq!(Message::ALL[Message::Forbidden.index()], Message::Forbidden);
    /// ```
    pub fn index(self) -> usize {
        self as usize
    }

    /// The message whose Fluent id is exactly `id`, if any.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::Message;
    ///
    /// assert_eq!(Message::from_id("forbidden"), Some(Message::Forbidden));
    /// assert_eq!(Message::from_id("Forbidden"), None);
    /// ```
    pub fn from_id(id: &str) -> Option<Message> {
        MESSAGE_ID_INDEX.binary_search_by(|(known, _)| (*known).cmp(id)).ok().map(|at| MESSAGE_ID_INDEX[at].1)
    }

    /// The English message exactly as the API sends it, with `values` in place of the arguments
    /// (by declared position; a missing one shows as `<name>`).
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::{Message, Value};
    ///
    /// let text = Message::InvalidParameter.english(&[Value::from("Width")]);
    /// assert_eq!(text, "The specified parameter Width is not valid.");
    /// assert_eq!(Message::InvalidParameter.english(&[]), "The specified parameter <parameter> is not valid.");
    /// ```
    pub fn english(self, values: &[Value]) -> String {
        let mut text = String::with_capacity(self.english_len(values));
        // Writing into a String cannot fail.
        let _ = self.write_english(values, &mut text);
        text
    }

    /// The length in bytes of the English message with `values` in place of the arguments.
    pub(crate) fn english_len(self, values: &[Value]) -> usize {
        let row = self.row();
        row.english
            .iter()
            .map(|piece| match *piece {
                Piece::Text(text) => text.len(),
                Piece::Argument(position) => match values.get(position) {
                    Some(Value::Text(text)) => text.len(),
                    Some(Value::Number(number)) => decimal_len(*number),
                    None => row.arguments.get(position).map_or(3, |argument| argument.name.len() + 2),
                },
            })
            .sum()
    }

    /// Writes the English message with `values` in place of the arguments.
    #[inline]
    pub(crate) fn write_english<W: fmt::Write>(self, values: &[Value], out: &mut W) -> fmt::Result {
        let row = self.row();
        for piece in row.english {
            match *piece {
                Piece::Text(text) => out.write_str(text)?,
                Piece::Argument(position) => match values.get(position) {
                    Some(Value::Text(text)) => out.write_str(text)?,
                    Some(Value::Number(number)) => write!(out, "{number}")?,
                    None => write!(out, "<{}>", row.arguments.get(position).map_or("?", |argument| argument.name))?,
                },
            }
        }
        Ok(())
    }
}

/// Formats the Fluent id.
///
/// ```
/// use vod_error_codes::Message;
///
/// assert_eq!(Message::Forbidden.to_string(), "forbidden");
/// ```
impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// How many bytes a whole number takes in decimal, with its sign.
fn decimal_len(number: i64) -> usize {
    let digits = number.unsigned_abs().checked_ilog10().map_or(1, |log| log as usize + 1);
    digits + usize::from(number < 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The computed length is the written length, for every message, with text, numbers of any
    /// sign and size, and no values at all.
    #[test]
    fn english_len_is_the_written_length() {
        let samples: [&[Value]; 5] = [
            &[],
            &[Value::from("VideoId"), Value::Number(0)],
            &[Value::from(""), Value::Number(-9)],
            &[Value::from("名前"), Value::Number(i64::MIN)],
            &[Value::Number(1_000_000), Value::Number(i64::MAX)],
        ];
        for message in Message::all() {
            for values in samples {
                assert_eq!(message.english_len(values), message.english(values).len(), "{message} {values:?}");
            }
        }
    }
}
