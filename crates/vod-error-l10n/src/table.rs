//! The code table the checker and the catalogue measure a locale against, in a form any size can take.

use vod_error_codes::ErrorCode;

/// What a catalogue must hold for one code: its message id and the arguments its text may use.
///
/// # Example
///
/// ```
/// use vod_error_l10n::CodeSpec;
///
/// let spec = CodeSpec::new("MissingParameter", "missing-parameter", ["parameter"]);
/// assert_eq!(spec.arguments, ["parameter"]);
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CodeSpec {
    /// The code's wire string, such as `OperationDenied.Suspended`.
    pub wire: String,
    /// The id of the code's Fluent message, such as `operation-denied-suspended`.
    pub message_id: String,
    /// The names of the variables the message declares, without `$`.
    pub arguments: Vec<String>,
}

impl CodeSpec {
    /// A code's row.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::CodeSpec;
    ///
    /// let spec = CodeSpec::new("Forbidden", "forbidden", [""; 0]);
    /// assert!(spec.arguments.is_empty());
    /// ```
    pub fn new<A: Into<String>>(
        wire: impl Into<String>,
        message_id: impl Into<String>,
        arguments: impl IntoIterator<Item = A>,
    ) -> CodeSpec {
        CodeSpec {
            wire: wire.into(),
            message_id: message_id.into(),
            arguments: arguments.into_iter().map(Into::into).collect(),
        }
    }
}

/// Every code a catalogue must translate: the VOD table, or a generated one for tests and benchmarks.
///
/// # Example
///
/// ```
/// use vod_error_l10n::CodeTable;
///
/// let table = CodeTable::vod();
/// assert_eq!(table.codes.len(), 7);
/// assert!(table.by_message_id("service-unavailable").is_some());
/// ```
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CodeTable {
    /// The codes, in table order.
    pub codes: Vec<CodeSpec>,
    /// Messages that belong to no code but that every locale must have: the error-code page's
    /// title, introduction and column headers. They take no arguments and no description.
    pub page_messages: Vec<String>,
}

/// The ids of the error-code page's messages, which every locale translates.
pub const PAGE_MESSAGES: &[&str] = &[
    "page-title",
    "page-intro",
    "page-common-errors",
    "column-code",
    "column-message",
    "column-status",
    "column-description",
];

impl CodeTable {
    /// The ApsaraVideo VOD code table from `vod-error-codes`.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::CodeTable;
    ///
    /// assert_eq!(CodeTable::vod().codes[0].wire, "MissingParameter");
    /// ```
    pub fn vod() -> CodeTable {
        let codes = ErrorCode::ALL
            .iter()
            .map(|code| CodeSpec::new(code.as_str(), code.message_id(), code.args().iter().copied()))
            .collect();
        CodeTable { codes, page_messages: PAGE_MESSAGES.iter().map(|&id| id.to_owned()).collect() }
    }

    /// The code whose message has this id.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::CodeTable;
    ///
    /// let table = CodeTable::vod();
    /// assert_eq!(table.by_message_id("forbidden").map(|spec| &*spec.wire), Some("Forbidden"));
    /// ```
    pub fn by_message_id(&self, id: &str) -> Option<&CodeSpec> {
        self.codes.iter().find(|spec| spec.message_id == id)
    }
}

/// `part` as a whole percentage of `whole` (rounded down); an empty whole is complete.
pub(crate) fn percent(part: usize, whole: usize) -> u8 {
    (part.saturating_mul(100)).checked_div(whole).map_or(100, |value| u8::try_from(value.min(100)).unwrap_or(100))
}
