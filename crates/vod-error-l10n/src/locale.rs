//! One locale of a catalogue: its sources, and its parsed bundle and compiled messages once used.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use fluent_syntax::ast::Entry;
use unic_langid::LanguageIdentifier;
use vod_error_codes::ErrorCode;

use crate::compile_rules::{Writing, compile_resources, right_to_left};
use crate::compiled::{CompiledMessage, CompiledPattern, StaticPiece, compiled_message};
use crate::pseudo::Pseudolocale;
use crate::source::{EmbeddedLocale, EmbeddedMessage, FileContent, LocaleSource};

/// A locale of the catalogue; it is parsed only when first used.
pub(crate) struct Locale {
    pub(crate) id: LanguageIdentifier,
    origin: Origin,
    /// The sources of an embedded locale, made when first needed.
    embedded_source: OnceLock<LocaleSource>,
    pub(crate) pseudo: Option<&'static Pseudolocale>,
    /// The messages `build.rs` compiled, for a locale of the embedded catalogue.
    precompiled: Option<&'static [EmbeddedMessage]>,
    data: OnceLock<LocaleData>,
}

/// Where a locale's sources come from.
pub(crate) enum Origin {
    /// Sources at hand: a folder loaded at run time, or a pseudolocale made from one.
    Loaded(LocaleSource),
    /// A folder of the embedded catalogue (for a pseudolocale, `en-US`'s).
    Embedded(&'static EmbeddedLocale),
}

/// A used locale: its messages compiled for fast rendering, and its Fluent bundle once needed.
pub(crate) struct LocaleData {
    /// The Fluent sources, parsed into the bundle only if it is ever needed.
    sources: Vec<Cow<'static, str>>,
    /// The bundle, built on first need: for what does not compile and for the reference resolver.
    bundle: OnceLock<FluentBundle<FluentResource>>,
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
    /// The Fluent bundle of the locale, parsed from its sources on first need.
    pub(crate) fn bundle(&self) -> &FluentBundle<FluentResource> {
        self.bundle.get_or_init(|| {
            let mut bundle = FluentBundle::new_concurrent(vec![self.id.clone()]);
            bundle.set_use_isolating(self.writing.use_isolating);
            bundle.set_transform(self.writing.transform);
            for source in &self.sources {
                // The check rejects syntax errors and duplicates before a catalogue loads;
                // should one slip through, whatever parsed is still served.
                let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
                let _ = bundle.add_resource(resource);
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

    /// The compiled value of a code's message, if the locale has it compiled.
    #[inline]
    pub(crate) fn code_value(&self, code: ErrorCode) -> Option<&CompiledPattern> {
        self.code_message(code)?.value.as_ref()
    }

    /// The compiled message with an id, if the locale has it.
    pub(crate) fn message(&self, id: &str) -> Option<&CompiledMessage> {
        self.by_id.get(id).and_then(|&position| self.messages.get(position))
    }
}

impl Locale {
    pub(crate) fn new(
        id: LanguageIdentifier,
        origin: Origin,
        pseudo: Option<&'static Pseudolocale>,
        precompiled: Option<&'static [EmbeddedMessage]>,
    ) -> Locale {
        Locale { id, origin, embedded_source: OnceLock::new(), pseudo, precompiled, data: OnceLock::new() }
    }

    /// The locale's sources.
    pub(crate) fn source(&self) -> &LocaleSource {
        match &self.origin {
            Origin::Loaded(source) => source,
            Origin::Embedded(embedded) => self.embedded_source.get_or_init(|| {
                let tag = self.pseudo.map_or(embedded.tag, |pseudo| pseudo.tag);
                crate::source::embedded_source(embedded, tag)
            }),
        }
    }

    /// The locale's compiled messages (and its bundle, lazily), built on first use.
    #[inline]
    pub(crate) fn data(&self) -> &LocaleData {
        self.data.get_or_init(|| self.build_data())
    }

    fn build_data(&self) -> LocaleData {
        let writing = Writing {
            transform: self.pseudo.map(|pseudo| pseudo.transform),
            use_isolating: is_right_to_left(&self.id),
        };
        let mut sources: Vec<Cow<'static, str>> = Vec::new();
        if let Some(pseudo) = self.pseudo {
            sources.push(Cow::Owned(crate::pseudo::pseudo_terms(self.source(), pseudo)));
        }
        match &self.origin {
            // Embedded texts are borrowed as they are, without making the sources.
            Origin::Embedded(embedded) => sources.extend(embedded.files.iter().map(|file| Cow::Borrowed(file.text))),
            Origin::Loaded(source) => {
                for file in &source.files {
                    if let FileContent::Text(text) = &file.content {
                        sources.push(text.clone());
                    }
                }
            }
        }
        let declared = |id: &str| ErrorCode::from_message_id(id).map(ErrorCode::args);
        let compiled: Vec<(Box<str>, CompiledMessage)> = match self.precompiled {
            // The embedded catalogue was compiled by `build.rs`: no Fluent parsing at all here.
            Some(table) => table
                .iter()
                .map(|message| {
                    let mut attributes = message.attributes.iter().map(|(name, pieces)| (*name, *pieces));
                    (Box::from(message.id), compiled_message(message.value, &mut attributes, declared(message.id)))
                })
                .collect(),
            None => {
                let resources: Vec<_> = sources
                    .iter()
                    .map(|source| fluent_syntax::parser::parse(source.as_ref()).unwrap_or_else(|(partial, _)| partial))
                    .collect();
                let references: Vec<_> = resources.iter().collect();
                compile_resources(&references, writing)
                    .iter()
                    .map(|message| {
                        let value: Option<Vec<StaticPiece<'_>>> =
                            message.value.as_ref().map(|pieces| pieces.iter().map(StaticPiece::of).collect());
                        let attributes: Vec<(&str, Vec<StaticPiece<'_>>)> = message
                            .attributes
                            .iter()
                            .map(|(name, pieces)| (name.as_str(), pieces.iter().map(StaticPiece::of).collect()))
                            .collect();
                        let mut attributes = attributes.iter().map(|(name, pieces)| (*name, pieces.as_slice()));
                        (
                            Box::from(message.id.as_str()),
                            compiled_message(value.as_deref(), &mut attributes, declared(&message.id)),
                        )
                    })
                    .collect()
            }
        };
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
        LocaleData {
            sources,
            bundle: OnceLock::new(),
            id: self.id.clone(),
            writing,
            messages,
            by_id,
            by_code,
            fixed_by_code,
        }
    }
}

/// Whether a locale's script runs right to left.
///
/// unic-langid's own `character_direction` counts `ms` (Malay, written in Latin script by
/// default) as right to left, so the direction is decided from CLDR's likely scripts.
pub(crate) fn is_right_to_left(id: &LanguageIdentifier) -> bool {
    right_to_left(id.language.as_str(), id.script.as_ref().map(|script| script.as_str()))
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
