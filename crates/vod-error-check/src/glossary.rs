//! Each locale's glossary (`glossary.json`): the forms its terms take, held to in every entry.
//!
//! `en-US`'s glossary lists the English forms of each term; a locale's lists its own. Where an
//! `en-US` entry uses a term (any English form, as a whole word, in any case), the translation
//! must use one of the locale's forms (as written, in any case): the checker warns otherwise, so
//! a term is translated the same way everywhere.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;
use vod_error_l10n::DEFAULT_LOCALE;
use vod_error_l10n::loader::parse::LocaleIndex;
use vod_error_l10n::loader::{FileContent, LocaleSource};

use crate::check::{LocaleChecker, Translated, locate};
use crate::finding::{Check, Finding};
use crate::pattern::visible_text;

/// The name of a locale's glossary file.
pub const GLOSSARY_FILE: &str = "glossary.json";

/// A locale's glossary: for each term, the forms it takes in the locale's text.
///
/// # Example
///
/// ```
/// use vod_error_check::Glossary;
///
/// let glossary = Glossary::from_json(r#"{"terms": {"video": ["视频"]}}"#).unwrap();
/// assert_eq!(glossary.terms["video"], ["视频"]);
/// ```
#[derive(Clone, Default, PartialEq, Eq, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    /// What the file is, for the people who open it.
    #[serde(default)]
    pub about: String,
    /// Each term's forms.
    pub terms: BTreeMap<String, Vec<String>>,
}

impl Glossary {
    /// Parses a glossary from its JSON text.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_check::Glossary;
    ///
    /// assert!(Glossary::from_json("{\"terms\": {}}").is_ok());
    /// assert!(Glossary::from_json("{}").is_err());
    /// ```
    pub fn from_json(text: &str) -> Result<Glossary, serde_json::Error> {
        serde_json::from_str(text)
    }

    /// The locale's glossary, if it has one; a file that cannot be read is a finding.
    pub(crate) fn read(locale: &LocaleSource, findings: &mut Vec<Finding>) -> Option<Glossary> {
        let file = locale.glossary.as_ref()?;
        let problem = match &file.content {
            FileContent::Text(text) => match Glossary::from_json(text) {
                Ok(glossary) => {
                    for (term, _) in glossary.terms.iter().filter(|(_, forms)| forms.is_empty()) {
                        let mut finding = Finding::new(
                            Check::Glossary,
                            format!("the glossary gives no form of \"{term}\""),
                        )
                        .with_help(format!(
                            "write the forms \"{term}\" takes in this locale's text, as the translations use them"
                        ));
                        let terms_start = text.find("\"terms\"").unwrap_or(0);
                        if let Some(offset) = text[terms_start..].find(&format!("\"{term}\"")) {
                            let offset = terms_start + offset;
                            finding = locate(finding, text, offset..offset + term.len() + 2);
                        }
                        finding.locale = Some(locale.tag.clone());
                        finding.file = Some(file.path.clone());
                        findings.push(finding);
                    }
                    return Some(glossary);
                }
                Err(error) => format!("the glossary is not valid: {error}"),
            },
            _ => "the glossary cannot be read as UTF-8 text".to_owned(),
        };
        let mut finding = Finding::new(Check::Glossary, problem)
            .with_help("write it as {\"terms\": {\"term\": [\"form\", …]}}, with the terms of en-US's glossary");
        finding.locale = Some(locale.tag.clone());
        finding.file = Some(file.path.clone());
        findings.push(finding);
        None
    }
}

/// The glossary terms each `en-US` entry uses, by entry key (`id` or `id.attribute`): found once,
/// for every locale to check its entries against.
pub(crate) fn english_terms(default: &LocaleIndex<'_, '_>, english: &Glossary) -> HashMap<String, Vec<String>> {
    let forms: Vec<(&String, Vec<String>)> = english
        .terms
        .iter()
        .map(|(term, forms)| (term, forms.iter().map(|form| form.to_lowercase()).collect()))
        .collect();
    let mut terms = HashMap::new();
    for defined in default.messages.values() {
        for entry in crate::check::translated(defined.file, defined.entry) {
            let text = visible_text(entry.pattern).to_lowercase();
            let used: Vec<String> = forms
                .iter()
                .filter(|(_, forms)| forms.iter().any(|form| has_word(&text, form)))
                .map(|(term, _)| (*term).clone())
                .collect();
            if !used.is_empty() {
                terms.insert(entry.key, used);
            }
        }
    }
    terms
}

/// Whether `form` stands in `text` as a whole word (not glued to letters or digits).
fn has_word(text: &str, form: &str) -> bool {
    text.match_indices(form).any(|(start, _)| {
        let before = text[..start].chars().next_back();
        let after = text[start + form.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

impl LocaleChecker<'_, '_, '_> {
    /// This locale's glossary forms in lower case, by term: made once per locale.
    pub(crate) fn lowercase_glossary_forms(&self) -> HashMap<String, Vec<String>> {
        let Some((glossary, _)) = self.glossary else { return HashMap::new() };
        glossary
            .terms
            .iter()
            .map(|(term, forms)| (term.clone(), forms.iter().map(|form| form.to_lowercase()).collect()))
            .collect()
    }

    /// Warns where the `en-US` source of an entry uses a glossary term and the translation uses
    /// none of the locale's forms of it.
    /// `lowercase_forms` are [`Self::lowercase_glossary_forms`].
    pub(crate) fn check_glossary(
        &mut self,
        entry: &Translated<'_, '_>,
        lowercase_forms: &HashMap<String, Vec<String>>,
    ) {
        let Some((glossary, _)) = self.glossary else { return };
        if self.tag() == DEFAULT_LOCALE {
            return;
        }
        let Some(terms) = self.glossary_terms.get(&entry.key) else { return };
        let text = visible_text(entry.pattern).to_lowercase();
        for term in terms {
            let Some(forms) = glossary.terms.get(term).filter(|forms| !forms.is_empty()) else { continue };
            let lowercase = lowercase_forms.get(term).map_or(&[][..], Vec::as_slice);
            if lowercase.iter().any(|form| text.contains(form.as_str())) {
                continue;
            }
            let shown: Vec<String> = forms.iter().map(|form| format!("\"{form}\"")).collect();
            let finding = Finding::new(
                Check::Glossary,
                format!("`{}` says \"{term}\" in `{DEFAULT_LOCALE}`, and none of its glossary forms here", entry.key),
            )
            .with_message_id(entry.id)
            .with_help(format!(
                "use the glossary's term ({}), or add the form used here to \"{term}\" in glossary.json",
                shown.join(", ")
            ));
            self.push_in_pattern(finding, entry);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_word_table() {
        let cases = [
            ("the video does not exist", "video", true),
            ("the videos do not exist", "video", false),
            ("videoid", "video", false),
            ("a video.", "video", true),
        ];
        for (text, form, expected) in cases {
            assert_eq!(has_word(text, form), expected, "{text} {form}");
        }
    }
}
