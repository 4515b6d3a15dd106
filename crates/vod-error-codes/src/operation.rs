//! `Operation`: the API operations, and the errors each one's documentation lists.

use std::fmt;

use crate::generated::{OPERATION_INDEX, OPERATIONS};
use crate::table::{Documented, OperationRow};
use crate::{ArgumentError, ErrorCode, Operation, Value, VodError};

impl Operation {
    fn row(self) -> &'static OperationRow {
        &OPERATIONS[self as usize]
    }

    /// Every operation, in alphabetical order.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::Operation;
    ///
    /// assert_eq!(Operation::all().count(), Operation::COUNT);
    /// ```
    pub fn all() -> impl ExactSizeIterator<Item = Operation> + Clone {
        Operation::ALL.iter().copied()
    }

    /// The operation's name, as the API's `Action` parameter gives it.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::Operation;
    ///
    /// for operation in Operation::all() {
    ///     assert_eq!(Operation::from_name(operation.as_str()), Some(operation));
    /// }
    /// ```
    pub fn as_str(self) -> &'static str {
        self.row().name
    }

    /// The errors the operation's documentation lists, in its order, with the status and message
    /// it sends for each.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::Operation;
    ///
    /// for operation in Operation::all() {
    ///     assert!(operation.errors().iter().all(|documented| documented.operation == operation));
    /// }
    /// ```
    pub fn errors(self) -> &'static [Documented] {
        self.row().errors
    }

    /// The operation's rows for one code: usually one, sometimes several messages.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::{ErrorCode, Operation};
    ///
    /// for operation in Operation::all() {
    ///     assert!(operation.documents(ErrorCode::Forbidden).all(|row| row.code == ErrorCode::Forbidden));
    /// }
    /// ```
    pub fn documents(self, code: ErrorCode) -> impl Iterator<Item = &'static Documented> {
        self.errors().iter().filter(move |documented| documented.code == code)
    }

    /// The operation named `name`, exactly.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::Operation;
    ///
    /// assert_eq!(Operation::from_name("NoSuchOperation"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Operation> {
        Operation::lookup_ignoring_case(name).filter(|operation| operation.as_str() == name)
    }

    /// The operation whose name is `name` in any case.
    pub(crate) fn lookup_ignoring_case(name: &str) -> Option<Operation> {
        OPERATION_INDEX
            .binary_search_by(|(known, _)| cmp_ignoring_case(known, name))
            .ok()
            .map(|position| OPERATION_INDEX[position].1)
    }

    /// The position of the operation in [`Operation::ALL`].
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::Operation;
    ///
    /// for (position, operation) in Operation::all().enumerate() {
    ///     assert_eq!(operation.index(), position);
    /// }
    /// ```
    pub fn index(self) -> usize {
        self as usize
    }
}

/// ASCII case-insensitive ordering, the order of the generated index.
fn cmp_ignoring_case(a: &str, b: &str) -> std::cmp::Ordering {
    a.bytes().map(|byte| byte.to_ascii_lowercase()).cmp(b.bytes().map(|byte| byte.to_ascii_lowercase()))
}

/// Formats the operation's name.
impl fmt::Display for Operation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Documented {
    /// The error as this operation sends it: its message and status, the row's own argument
    /// values, and `values` for the others, by name.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_codes::{ArgumentKind, Operation};
    ///
    /// for operation in Operation::all() {
    ///     for documented in operation.errors() {
    ///         let value = |kind| if kind == ArgumentKind::Number { "1024" } else { "X" };
    ///         let values = documented.message.arguments().iter().map(|argument| (argument.name, value(argument.kind)));
    ///         let error = documented.error(values).unwrap();
    ///         assert_eq!(error.http_status(), documented.http_status);
    ///         assert_eq!(error.operation(), Some(operation));
    ///     }
    /// }
    /// ```
    pub fn error<N, V>(&self, values: impl IntoIterator<Item = (N, V)>) -> Result<VodError, ArgumentError>
    where
        N: AsRef<str>,
        V: Into<Value>,
    {
        let mut all: Vec<(String, Value)> =
            values.into_iter().map(|(name, value)| (name.as_ref().to_owned(), value.into())).collect();
        for &(name, value) in self.arguments {
            if !all.iter().any(|(given, _)| given == name) {
                all.push((name.to_owned(), Value::from(value)));
            }
        }
        Ok(VodError::new(self.message, all)?.in_operation(self.operation))
    }
}
