//! The shapes of the generated table's rows, and the checks the compiler runs on them.
//!
//! `generated.rs` holds one row per code, per message and per operation; everything public in this
//! crate reads them. [`valid`] runs in a `const` item there, so a row with a status outside
//! 400–599, a message of another code, or a Fluent id that does not spell its wire string fails
//! the build rather than a test.

use crate::{ErrorCode, Message, Operation};

/// Everything about one code.
pub(crate) struct CodeRow {
    /// The code exactly as the API sends it.
    pub(crate) wire: &'static str,
    /// Its usual HTTP status.
    pub(crate) status: u16,
    /// Whether sending the same request again later can succeed.
    pub(crate) retryable: bool,
    /// Whether it is one of the common errors any operation can return.
    pub(crate) common: bool,
    /// Why the API no longer sends it, for a retired code.
    pub(crate) retired: Option<&'static str>,
    /// What a reader should know about the code as the source documents it.
    pub(crate) note: Option<&'static str>,
    /// Its messages: its own first, then its variants.
    pub(crate) messages: &'static [Message],
    /// The operations that document it, in operation order.
    pub(crate) documented: &'static [&'static Documented],
}

/// Everything about one message: a code's own, or one of its variants.
pub(crate) struct MessageRow {
    /// The code it belongs to.
    pub(crate) code: ErrorCode,
    /// Its Fluent message id.
    pub(crate) id: &'static str,
    /// Its variant's name, or `None` for the code's own message.
    pub(crate) variant: Option<&'static str>,
    /// Its arguments, in the order they appear in the English message.
    pub(crate) arguments: &'static [Argument],
    /// The English message exactly as the API sends it, in pieces.
    pub(crate) english: &'static [Piece],
}

/// A piece of an English message: text, or the argument at a position.
pub(crate) enum Piece {
    /// Text, as it is.
    Text(&'static str),
    /// The value of the argument at this position of [`MessageRow::arguments`].
    Argument(usize),
}

/// One operation and the errors its documentation lists.
pub(crate) struct OperationRow {
    /// The operation's name, the API's `Action`.
    pub(crate) name: &'static str,
    /// Its errors, in the documentation's order.
    pub(crate) errors: &'static [Documented],
}

/// An argument of a message: its name and what kind of value it takes.
///
/// # Example
///
/// ```
/// use vod_error_codes::{ArgumentKind, Message};
///
/// let argument = Message::MissingParameter.arguments()[0];
/// assert_eq!(argument.name, "parameter");
/// assert_eq!(argument.kind, ArgumentKind::Text);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct Argument {
    /// The Fluent variable's name, without `$`.
    pub name: &'static str,
    /// The kind of value.
    pub kind: ArgumentKind,
}

/// The kind of value an argument takes.
///
/// # Example
///
/// ```
/// use vod_error_codes::ArgumentKind;
///
/// assert_ne!(ArgumentKind::Text, ArgumentKind::Number);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ArgumentKind {
    /// Text, inserted as it is.
    Text,
    /// A whole number, formatted in each language's way (`1,024`, `1.024`, `१,०२४`…).
    Number,
}

/// One error as one operation documents it: the status and message that operation sends.
///
/// # Example
///
/// ```
/// use vod_error_codes::{ErrorCode, Operation};
///
/// let documented = Operation::all().flat_map(|operation| operation.errors()).next();
/// if let Some(documented) = documented {
///     assert!(documented.message.code() == documented.code);
///     assert!((400..600).contains(&documented.http_status));
/// }
/// # let _ = ErrorCode::Forbidden;
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Documented {
    /// The operation.
    pub operation: Operation,
    /// The code.
    pub code: ErrorCode,
    /// The message this operation sends with it.
    pub message: Message,
    /// The HTTP status this operation sends with it.
    pub http_status: u16,
    /// Argument values this operation's message always has, by name.
    pub arguments: &'static [(&'static str, &'static str)],
    /// Why the row is doubtful, when it looks like a slip of the source.
    pub doubtful: Option<&'static str>,
}

/// Whether every row is well formed: statuses in 400–599, each code's messages its own, and each
/// message id spelling its code's wire string. Run by the compiler on the generated table.
pub(crate) const fn valid(codes: &[CodeRow], messages: &[MessageRow], operations: &[OperationRow]) -> bool {
    let mut index = 0;
    while index < codes.len() {
        let code = &codes[index];
        if code.status < 400 || code.status > 599 || code.messages.is_empty() {
            return false;
        }
        let mut position = 0;
        while position < code.messages.len() {
            let message = &messages[code.messages[position] as usize];
            if message.code as usize != index || !spells(message.id, code.wire) {
                return false;
            }
            position += 1;
        }
        index += 1;
    }
    let mut index = 0;
    while index < operations.len() {
        let errors = operations[index].errors;
        let mut position = 0;
        while position < errors.len() {
            let documented = &errors[position];
            let status = documented.http_status;
            if documented.operation as usize != index
                || status < 400
                || status > 599
                || messages[documented.message as usize].code as usize != documented.code as usize
            {
                return false;
            }
            position += 1;
        }
        index += 1;
    }
    true
}

/// Whether a Fluent id spells a wire string: the same letters and digits in the same order,
/// ignoring case, after the id's first `--` (a variant's name) is cut off; `%s` in the wire
/// string stands for `any`.
const fn spells(id: &str, wire: &str) -> bool {
    let (id, wire) = (id.as_bytes(), wire.as_bytes());
    let (mut i, mut w) = (0, 0);
    'pieces: loop {
        while i < id.len() && !id[i].is_ascii_alphanumeric() {
            if id[i] == b'-' && i + 1 < id.len() && id[i + 1] == b'-' {
                return w == wire.len() || only_punctuation(wire, w);
            }
            i += 1;
        }
        while w < wire.len() && !wire[w].is_ascii_alphanumeric() {
            if wire[w] == b'%' && w + 1 < wire.len() && wire[w + 1] == b's' {
                if !(i + 3 <= id.len() && id[i] == b'a' && id[i + 1] == b'n' && id[i + 2] == b'y') {
                    return false;
                }
                i += 3;
                w += 2;
                continue 'pieces;
            }
            w += 1;
        }
        match (i < id.len(), w < wire.len()) {
            (false, false) => return true,
            (true, true) => {
                if !id[i].eq_ignore_ascii_case(&wire[w]) {
                    return false;
                }
                i += 1;
                w += 1;
            }
            _ => return false,
        }
    }
}

/// Whether `bytes` from `start` on holds no letter or digit.
const fn only_punctuation(bytes: &[u8], start: usize) -> bool {
    let mut at = start;
    while at < bytes.len() {
        if bytes[at].is_ascii_alphanumeric() {
            return false;
        }
        at += 1;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_table() {
        let cases = [
            ("missing-parameter", "MissingParameter", true),
            ("operation-denied_suspended", "OperationDenied.Suspended", true),
            ("operation-denied--cdn-not-open", "OperationDenied", true),
            ("service-un-available", "ServiceUnAvailable", true),
            ("invalid-any_value-not-supported", "Invalid%s.ValueNotSupported", true),
            ("invalid-domain_configure-failed", "InvalidDomain.Configure_failed", true),
            ("forbidden", "Forbidden.Suspended", false),
            ("forbiden", "Forbidden", false),
            ("invalid-parameter", "InvalidParameter.UploadURLs", false),
        ];
        for (id, wire, expected) in cases {
            assert_eq!(spells(id, wire), expected, "{id} {wire}");
        }
    }
}
