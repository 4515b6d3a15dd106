//! The table a catalogue folder is loaded against: which messages a locale holds, and their arguments.
//!
//! Usually the VOD table of `vod-error-codes` ([`MessageTable::vod`]); tools add their own
//! messages (the pages' strings) after it, and tests and benchmarks build tables of any size.

use std::collections::HashMap;

use vod_error_codes::{ArgumentKind, Message};

/// What a catalogue must hold for one message.
///
/// # Example
///
/// ```
/// use vod_error_l10n::MessageSpec;
///
/// let spec = MessageSpec::text("page-title");
/// assert!(!spec.description);
/// assert!(spec.arguments.is_empty());
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct MessageSpec {
    /// The Fluent message id.
    pub id: String,
    /// The variables the message's value uses, with their kinds, in order.
    pub arguments: Vec<(String, ArgumentKind)>,
    /// Whether the message has a `.description` (error messages do).
    pub description: bool,
    /// The code the message belongs to, as the API sends it, for error messages.
    pub wire: Option<String>,
}

impl MessageSpec {
    /// A plain text without arguments or description, such as a page's title.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::MessageSpec;
    ///
    /// assert_eq!(MessageSpec::text("column-code").id, "column-code");
    /// ```
    pub fn text(id: impl Into<String>) -> MessageSpec {
        MessageSpec { id: id.into(), arguments: Vec::new(), description: false, wire: None }
    }

    /// An error message with a description, for tables other than the VOD one.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::MessageSpec;
    ///
    /// let spec = MessageSpec::error("Synthetic.Code", "synthetic_code", ["parameter"]);
    /// assert!(spec.description);
    /// assert_eq!(spec.arguments.len(), 1);
    /// ```
    pub fn error<'a>(wire: &str, id: &str, arguments: impl IntoIterator<Item = &'a str>) -> MessageSpec {
        MessageSpec {
            id: id.to_owned(),
            arguments: arguments.into_iter().map(|name| (name.to_owned(), ArgumentKind::Text)).collect(),
            description: true,
            wire: Some(wire.to_owned()),
        }
    }
}

/// Every message a catalogue's locales hold, in position order.
///
/// # Example
///
/// ```
/// use vod_error_l10n::{MessageSpec, MessageTable};
///
/// let table = MessageTable::vod().with([MessageSpec::text("page-title")]);
/// assert_eq!(table.position("forbidden"), Some(vod_error_codes::Message::Forbidden.index()));
/// assert_eq!(table.position("page-title"), Some(vod_error_codes::Message::COUNT));
/// ```
#[derive(Clone, Debug)]
pub struct MessageTable {
    messages: Vec<MessageSpec>,
    positions: HashMap<String, usize>,
    vod_prefix: bool,
}

impl MessageTable {
    /// The VOD table: every message of `vod-error-codes`, code by code, in `Message` order.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::MessageTable;
    ///
    /// assert_eq!(MessageTable::vod().messages().len(), vod_error_codes::Message::COUNT);
    /// ```
    pub fn vod() -> MessageTable {
        let messages = Message::all()
            .map(|message| MessageSpec {
                id: message.id().to_owned(),
                arguments: message
                    .arguments()
                    .iter()
                    .map(|argument| (argument.name.to_owned(), argument.kind))
                    .collect(),
                description: true,
                wire: Some(message.code().as_str().to_owned()),
            })
            .collect();
        let mut table = MessageTable::new(messages);
        table.vod_prefix = true;
        table
    }

    /// A table of these messages, in this order.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::{MessageSpec, MessageTable};
    ///
    /// let table = MessageTable::new(vec![MessageSpec::text("a"), MessageSpec::text("b")]);
    /// assert_eq!(table.position("b"), Some(1));
    /// ```
    pub fn new(messages: Vec<MessageSpec>) -> MessageTable {
        let positions = messages.iter().enumerate().map(|(position, spec)| (spec.id.clone(), position)).collect();
        MessageTable { messages, positions, vod_prefix: false }
    }

    /// The same table with more messages after its own.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::{MessageSpec, MessageTable};
    ///
    /// let table = MessageTable::new(Vec::new()).with([MessageSpec::text("x")]);
    /// assert_eq!(table.messages().len(), 1);
    /// ```
    pub fn with(mut self, extra: impl IntoIterator<Item = MessageSpec>) -> MessageTable {
        for spec in extra {
            self.positions.insert(spec.id.clone(), self.messages.len());
            self.messages.push(spec);
        }
        self
    }

    /// The messages, in position order.
    pub fn messages(&self) -> &[MessageSpec] {
        &self.messages
    }

    /// The position of a message, by id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.positions.get(id).copied()
    }

    /// Whether the first positions are the VOD messages in `Message` order.
    pub(crate) fn is_vod_prefixed(&self) -> bool {
        self.vod_prefix
    }
}
