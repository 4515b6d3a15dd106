//! The review record: which `en-US` text each translation was last reviewed against, and which
//! entries are rightly the same as `en-US`.
//!
//! Each translated locale keeps `locales/<tag>/review.json`. `cargo xtask mark-reviewed <tag>`
//! writes it; the loader reads its allowances (an allowed entry counts as translated), and the
//! checker warns when the English source of an entry has changed since it was reviewed.

use std::collections::BTreeMap;

use fluent_syntax::ast::{Entry, Identifier, Message, Pattern, Resource};
use serde::{Deserialize, Serialize};

use crate::loader::source::{FileContent, LocaleSource};

/// A locale's review record.
///
/// # Example
///
/// ```
/// use vod_error_l10n::loader::ReviewRecord;
///
/// let record = ReviewRecord::from_json(r#"{"reviewed-sources": {"forbidden": "No."}}"#)?;
/// assert_eq!(record.reviewed_sources["forbidden"], "No.");
/// assert!(record.same_as_source.is_empty());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Default, PartialEq, Eq, Debug, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct ReviewRecord {
    /// Entries (`id` or `id.description`) that are rightly the same as `en-US`, with the reason.
    #[serde(default)]
    pub same_as_source: BTreeMap<String, String>,
    /// For each entry, the `en-US` source text it was last reviewed against.
    #[serde(default)]
    pub reviewed_sources: BTreeMap<String, String>,
}

impl ReviewRecord {
    /// Parses a record from its JSON text.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::loader::ReviewRecord;
    ///
    /// assert!(ReviewRecord::from_json("{}").is_ok());
    /// assert!(ReviewRecord::from_json(r#"{"typo": {}}"#).is_err());
    /// ```
    pub fn from_json(text: &str) -> Result<ReviewRecord, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// Only the entries a record allows to equal `en-US`: what the loader needs. The record's
    /// other field is skipped unread, so that a locale's many reviewed sources cost nothing to load.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::loader::ReviewRecord;
    ///
    /// let text = r#"{"same-as-source": {"page-title": "a name"}, "reviewed-sources": {"a": "b"}}"#;
    /// assert_eq!(ReviewRecord::allowances_from_json(text)?, ["page-title"]);
    /// assert!(ReviewRecord::allowances_from_json(r#"{"typo": {}}"#).is_err());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn allowances_from_json(text: &str) -> Result<Vec<String>, serde_json::Error> {
        #[derive(Deserialize)]
        #[serde(rename_all = "kebab-case", deny_unknown_fields)]
        struct Allowances {
            #[serde(default)]
            same_as_source: BTreeMap<String, String>,
            #[serde(default, rename = "reviewed-sources")]
            _reviewed_sources: serde::de::IgnoredAny,
        }
        let allowances: Allowances = serde_json::from_str(text)?;
        Ok(allowances.same_as_source.into_keys().collect())
    }

    /// The record as pretty JSON with sorted keys and a final newline.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::loader::ReviewRecord;
    ///
    /// assert!(ReviewRecord::default().to_json().ends_with("}\n"));
    /// ```
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }
}

/// The Fluent source of every message value and attribute in a locale, keyed `id` or `id.attribute`.
///
/// This is what a review record stores: the text a translation was made from.
///
/// # Example
///
/// ```
/// use vod_error_l10n::loader::{read_locales_dir, source_texts};
///
/// let english = read_locales_dir("../../locales".as_ref())?.into_iter().find(|locale| locale.tag == "en-US").unwrap();
/// let texts = source_texts(&english);
/// assert_eq!(texts["invalid-parameter"], "The specified parameter { $parameter } is not valid.");
/// assert!(texts.contains_key("invalid-parameter.description"));
/// # Ok::<(), vod_error_l10n::LoadError>(())
/// ```
pub fn source_texts(locale: &LocaleSource) -> BTreeMap<String, String> {
    let mut texts = BTreeMap::new();
    for file in &locale.files {
        let FileContent::Text(text) = &file.content else { continue };
        let resource = fluent_syntax::parser::parse(text.as_ref()).unwrap_or_else(|(partial, _)| partial);
        for entry in &resource.body {
            if let Entry::Message(message) = entry {
                let id = message.id.name;
                if let Some(value) = &message.value {
                    texts.insert(id.to_owned(), pattern_source(value));
                }
                for attribute in &message.attributes {
                    texts.insert(format!("{id}.{}", attribute.id.name), pattern_source(&attribute.value));
                }
            }
        }
    }
    texts
}

/// A pattern as Fluent source text, normalized by fluent-syntax's serializer: what a review
/// record stores, and what tells a translation from its source.
pub fn pattern_source(pattern: &Pattern<&str>) -> String {
    let message =
        Message { id: Identifier { name: "x" }, value: Some(pattern.clone()), attributes: Vec::new(), comment: None };
    let text = fluent_syntax::serializer::serialize(&Resource { body: vec![Entry::Message(message)] });
    let text = text.strip_prefix("x =").unwrap_or(&text);
    text.trim().to_owned()
}
