//! One locale of a catalogue: its sources, and its parsed bundle and compiled messages once used.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

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

/// A used locale: its messages compiled for fast rendering, and its Fluent bundle once needed.
pub(crate) struct LocaleData {
    /// The parsed resources, shared with the bundle.
    resources: Vec<Arc<FluentResource>>,
    /// The bundle, built on first need: for what does not compile and for the reference resolver.
    bundle: OnceLock<FluentBundle<Arc<FluentResource>>>,
    id: LanguageIdentifier,
    writing: Writing,
    /// Compiled messages, by position.
    messages: Vec<CompiledMessage>,
    /// Positions in `messages` by message id.
    by_id: HashMap<Box<str>, usize>,
    /// Positions in `messages` by `ErrorCode` index.
    by_code: Vec<Option<usize>>,
    /// The text of each code's message that takes no argument, by `ErrorCode` index.
    fixed_by_code: Vec<Option<Box<str>>>,
}

impl LocaleData {
    /// The Fluent bundle of the locale, built from the parsed resources on first need.
    pub(crate) fn bundle(&self) -> &FluentBundle<Arc<FluentResource>> {
        self.bundle.get_or_init(|| {
            let mut bundle = FluentBundle::new_concurrent(vec![self.id.clone()]);
            bundle.set_use_isolating(self.writing.use_isolating);
            bundle.set_transform(self.writing.transform);
            for resource in &self.resources {
                // A duplicate is left out; the check reports it before a catalogue loads.
                let _ = bundle.add_resource(Arc::clone(resource));
            }
            bundle
        })
    }

    /// The whole message of a code that takes no argument, if the locale has it compiled.
    pub(crate) fn fixed_text(&self, code: ErrorCode) -> Option<&str> {
        self.fixed_by_code.get(code.index())?.as_deref()
    }

    /// The compiled message of a code, if the locale has it.
    #[inline]
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
    #[inline]
    pub(crate) fn data(&self) -> &LocaleData {
        self.data.get_or_init(|| {
            let writing = Writing {
                transform: self.pseudo.map(|pseudo| pseudo.transform),
                use_isolating: is_right_to_left(&self.id),
            };
            let mut resources = Vec::new();
            if let Some(pseudo) = self.pseudo {
                let terms = crate::pseudo::pseudo_terms(&self.source, pseudo);
                resources.push(FluentResource::try_new(terms).unwrap_or_else(|(partial, _)| partial));
            }
            for file in &self.source.files {
                if let Some(text) = file.content.text() {
                    // The check rejects syntax errors and duplicates before a catalogue loads;
                    // should one slip through, whatever parsed is still served.
                    let resource = FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
                    resources.push(resource);
                }
            }
            let compiled =
                compile_messages(&resources, &writing, |id| ErrorCode::from_message_id(id).map(ErrorCode::args));
            let mut messages = Vec::with_capacity(compiled.len());
            let mut by_id = HashMap::with_capacity(compiled.len());
            for (id, message) in compiled {
                by_id.insert(id, messages.len());
                messages.push(message);
            }
            let by_code: Vec<Option<usize>> =
                ErrorCode::ALL.iter().map(|code| by_id.get(code.message_id()).copied()).collect();
            let fixed_by_code = by_code
                .iter()
                .map(|position| {
                    let message: &CompiledMessage = messages.get((*position)?)?;
                    message.value.as_ref()?.fixed_text().map(Box::from)
                })
                .collect();
            let resources = resources.into_iter().map(Arc::new).collect();
            LocaleData {
                resources,
                bundle: OnceLock::new(),
                id: self.id.clone(),
                writing,
                messages,
                by_id,
                by_code,
                fixed_by_code,
            }
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
