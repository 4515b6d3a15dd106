//! One locale of a catalogue: its sources, and its parsed bundle and compiled messages once used.

use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use fluent_syntax::ast::Entry;
use unic_langid::LanguageIdentifier;
use vod_error_codes::ErrorCode;

use crate::compiled::{CompiledMessage, Writing, compile_messages};
use crate::pseudo::Pseudolocale;
use crate::source::LocaleSource;

/// A locale of the catalogue; it is parsed only when first used.
pub(crate) struct Locale {
    pub(crate) id: LanguageIdentifier,
    pub(crate) source: LocaleSource,
    pub(crate) pseudo: Option<&'static Pseudolocale>,
    data: OnceLock<LocaleData>,
}

/// A used locale: its Fluent bundle, and its messages compiled for fast rendering.
pub(crate) struct LocaleData {
    /// The bundle, for what does not compile and for the reference resolver.
    pub(crate) bundle: FluentBundle<FluentResource>,
    /// Compiled messages, by position.
    messages: Vec<CompiledMessage>,
    /// Positions in `messages` by message id.
    by_id: HashMap<Box<str>, usize>,
    /// Positions in `messages` by `ErrorCode` index.
    by_code: Vec<Option<usize>>,
}

impl LocaleData {
    /// The compiled message of a code, if the locale has it.
    pub(crate) fn code_message(&self, code: ErrorCode) -> Option<&CompiledMessage> {
        self.by_code.get(code.index()).copied().flatten().and_then(|position| self.messages.get(position))
    }

    /// The compiled message with an id, if the locale has it.
    pub(crate) fn message(&self, id: &str) -> Option<&CompiledMessage> {
        self.by_id.get(id).and_then(|&position| self.messages.get(position))
    }
}

impl Locale {
    pub(crate) fn new(id: LanguageIdentifier, source: LocaleSource, pseudo: Option<&'static Pseudolocale>) -> Locale {
        Locale { id, source, pseudo, data: OnceLock::new() }
    }

    /// The locale's bundle and compiled messages, built from its sources on first use.
    pub(crate) fn data(&self) -> &LocaleData {
        self.data.get_or_init(|| {
            let use_isolating = is_right_to_left(&self.id);
            let transform = self.pseudo.map(|pseudo| pseudo.transform);
            let mut bundle = FluentBundle::new_concurrent(vec![self.id.clone()]);
            bundle.set_use_isolating(use_isolating);
            bundle.set_transform(transform);
            let mut resources = Vec::new();
            for file in &self.source.files {
                if let Some(text) = file.content.text() {
                    // The check rejects syntax errors and duplicates before a catalogue loads;
                    // should one slip through, whatever parsed is still served.
                    let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
                    resources.push(resource);
                }
            }
            let compiled = compile_messages(&resources, &Writing { transform, use_isolating });
            for resource in resources {
                let _ = bundle.add_resource(resource);
            }
            let mut messages = Vec::with_capacity(compiled.len());
            let mut by_id = HashMap::with_capacity(compiled.len());
            for (id, message) in compiled {
                by_id.insert(id, messages.len());
                messages.push(message);
            }
            let by_code = ErrorCode::ALL.iter().map(|code| by_id.get(code.message_id()).copied()).collect();
            LocaleData { bundle, messages, by_id, by_code }
        })
    }
}

/// Languages whose default script runs right to left (CLDR's likely scripts).
const RIGHT_TO_LEFT_LANGUAGES: &[&str] = &["ar", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi"];

/// Scripts that run right to left.
const RIGHT_TO_LEFT_SCRIPTS: &[&str] = &["Adlm", "Arab", "Hebr", "Nkoo", "Rohg", "Syrc", "Thaa"];

/// Whether a locale's script runs right to left.
///
/// unic-langid's own `character_direction` counts `ms` (Malay, written in Latin script by
/// default) as right to left, so the direction is decided here from CLDR's likely scripts.
pub(crate) fn is_right_to_left(id: &LanguageIdentifier) -> bool {
    match &id.script {
        Some(script) => RIGHT_TO_LEFT_SCRIPTS.contains(&script.as_str()),
        None => RIGHT_TO_LEFT_LANGUAGES.contains(&id.language.as_str()),
    }
}

/// The text of a locale's `-language-name` term, when it is plain text.
pub(crate) fn language_name(source: &LocaleSource) -> Option<String> {
    source.files.iter().filter_map(|file| file.content.text()).find_map(|text| {
        let resource = fluent_syntax::parser::parse(text).unwrap_or_else(|(partial, _)| partial);
        resource.body.iter().find_map(|entry| match entry {
            Entry::Term(term) if term.id.name == "language-name" => crate::check::plain_text(&term.value),
            _ => None,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_table() {
        let cases = [
            ("ar-SA", true),
            ("he", true),
            ("fa-IR", true),
            ("ms-MY", false),
            ("ms-Arab-MY", true),
            ("en-US", false),
            ("zh-TW", false),
            ("az-Arab", true),
            ("uz-Latn", false),
        ];
        for (tag, right_to_left) in cases {
            let id: LanguageIdentifier = tag.parse().unwrap();
            assert_eq!(is_right_to_left(&id), right_to_left, "{tag}");
        }
    }
}
