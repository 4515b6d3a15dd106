//! The rules that turn a Fluent pattern into text and argument pieces, shared with `build.rs`.
//!
//! `build.rs` includes this file to precompile the embedded catalogue, and the crate uses it to
//! compile folders loaded at run time, so both follow one set of rules: the output is byte for
//! byte what fluent-bundle's resolver writes (the crate's tests prove it). It depends on nothing
//! but the standard library and fluent-syntax.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, Resource};
use fluent_syntax::unicode::unescape_unicode_to_string;

/// A piece of a compiled pattern.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) enum Piece {
    /// Text, with the locale's transform applied.
    Text(String),
    /// The value of the argument `name`; `isolate` wraps it in U+2068 … U+2069.
    Argument { name: String, isolate: bool },
}

/// How a locale writes text: its transform, and whether it isolates arguments.
#[derive(Clone, Copy)]
pub(crate) struct Writing {
    pub(crate) transform: Option<fn(&str) -> Cow<'_, str>>,
    pub(crate) use_isolating: bool,
}

/// A message's compiled value and compiled attributes; `None` where a pattern needs the resolver.
pub(crate) struct PiecesOfMessage {
    pub(crate) id: String,
    pub(crate) value: Option<Vec<Piece>>,
    pub(crate) attributes: Vec<(String, Vec<Piece>)>,
}

/// Languages whose default script runs right to left (CLDR's likely scripts).
const RIGHT_TO_LEFT_LANGUAGES: &[&str] = &["ar", "ckb", "dv", "fa", "he", "ks", "ps", "sd", "ug", "ur", "yi"];

/// Scripts that run right to left.
const RIGHT_TO_LEFT_SCRIPTS: &[&str] = &["Adlm", "Arab", "Hebr", "Nkoo", "Rohg", "Syrc", "Thaa"];

/// Whether a language, in a script if one is named, runs right to left.
pub(crate) fn right_to_left(language: &str, script: Option<&str>) -> bool {
    match script {
        Some(script) => RIGHT_TO_LEFT_SCRIPTS.contains(&script),
        None => RIGHT_TO_LEFT_LANGUAGES.contains(&language),
    }
}

/// Compiles every message of a locale's resources; the first definition of an id or a term wins,
/// as in a Fluent bundle.
pub(crate) fn compile_resources(resources: &[&Resource<&str>], writing: Writing) -> Vec<PiecesOfMessage> {
    let mut terms: HashMap<&str, &Pattern<&str>> = HashMap::new();
    for resource in resources {
        for entry in &resource.body {
            if let Entry::Term(term) = entry {
                terms.entry(term.id.name).or_insert(&term.value);
            }
        }
    }
    let mut seen: HashSet<&str> = HashSet::new();
    let mut messages = Vec::new();
    for resource in resources {
        for entry in &resource.body {
            let Entry::Message(message) = entry else { continue };
            if !seen.insert(message.id.name) {
                continue;
            }
            let value = message.value.as_ref().and_then(|value| compile_pattern(value, &terms, writing));
            let attributes = message
                .attributes
                .iter()
                .filter_map(|attribute| {
                    Some((attribute.id.name.to_owned(), compile_pattern(&attribute.value, &terms, writing)?))
                })
                .collect();
            messages.push(PiecesOfMessage { id: message.id.name.to_owned(), value, attributes });
        }
    }
    messages
}

/// Compiles one pattern, or `None` when it needs Fluent's resolver.
pub(crate) fn compile_pattern(
    pattern: &Pattern<&str>,
    terms: &HashMap<&str, &Pattern<&str>>,
    writing: Writing,
) -> Option<Vec<Piece>> {
    // Fluent's resolver stops writing past 100 placeables, counting those inside terms too; a
    // pattern anywhere near that is left to it.
    const MAX_PLACEABLES: usize = 50;
    let placeables = pattern.elements.iter().filter(|e| matches!(e, PatternElement::Placeable { .. })).count();
    if placeables > MAX_PLACEABLES {
        return None;
    }
    let isolate = writing.use_isolating && pattern.elements.len() > 1;
    let mut pieces = Vec::new();
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => push_transformed(&mut text, value, writing),
            PatternElement::Placeable { expression: Expression::Inline(inline) } => match inline {
                InlineExpression::StringLiteral { value } => text.push_str(&unescape_unicode_to_string(value)),
                InlineExpression::VariableReference { id } => {
                    if !text.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut text)));
                    }
                    pieces.push(Piece::Argument { name: id.name.to_owned(), isolate });
                }
                InlineExpression::TermReference { id, attribute: None, arguments: None } => {
                    let term = terms.get(id.name)?;
                    text.push_str(&plain_term_text(term, writing)?);
                }
                _ => return None,
            },
            PatternElement::Placeable { .. } => return None,
        }
    }
    if !text.is_empty() {
        pieces.push(Piece::Text(text));
    }
    Some(pieces)
}

/// The text a term writes when it holds only text and string literals (and so no isolation).
fn plain_term_text(term: &Pattern<&str>, writing: Writing) -> Option<String> {
    let mut text = String::new();
    for element in &term.elements {
        match element {
            PatternElement::TextElement { value } => push_transformed(&mut text, value, writing),
            PatternElement::Placeable { expression: Expression::Inline(InlineExpression::StringLiteral { value }) } => {
                text.push_str(&unescape_unicode_to_string(value));
            }
            PatternElement::Placeable { .. } => return None,
        }
    }
    Some(text)
}

fn push_transformed(out: &mut String, text: &str, writing: Writing) {
    match writing.transform {
        Some(transform) => out.push_str(&transform(text)),
        None => out.push_str(text),
    }
}
