//! Messages compiled once per locale into text and argument slots, rendered without Fluent's resolver.
//!
//! A pattern made only of text, plain term references, string literals and variables (every
//! message of this catalogue) compiles to segments. Rendering it is a few copies into one
//! allocation, or none into a caller's buffer. Anything else (selectors, functions, message
//! references) is left to fluent-bundle. The output is byte for byte what fluent-bundle's
//! resolver writes: the tests in `tests/` compare the two for every code, locale and argument.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use fluent_bundle::FluentResource;
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::unicode::unescape_unicode_to_string;

/// The first-strong isolate mark Fluent puts before an argument in right-to-left text.
const FIRST_STRONG_ISOLATE: char = '\u{2068}';
/// The pop-directional-isolate mark Fluent puts after it.
const POP_DIRECTIONAL_ISOLATE: char = '\u{2069}';

/// One piece of a compiled pattern.
#[derive(Debug)]
enum Segment {
    /// Text, with the locale's transform already applied.
    Text(Box<str>),
    /// The value of an argument, wrapped in isolation marks when `isolate` is set.
    Argument { name: Box<str>, isolate: bool },
}

/// A pattern as segments.
#[derive(Debug)]
pub(crate) struct CompiledPattern {
    segments: Box<[Segment]>,
    text_len: usize,
}

/// Why a render through a compiled pattern did not happen.
pub(crate) enum Miss {
    /// An argument the pattern uses was not given: Fluent's resolver reports it.
    MissingArgument,
}

impl CompiledPattern {
    /// The whole text, when the pattern takes no argument.
    pub(crate) fn fixed_text(&self) -> Option<&str> {
        match &*self.segments {
            [] => Some(""),
            [Segment::Text(text)] => Some(text),
            _ => None,
        }
    }

    /// The length of the rendered text with these arguments, or a miss.
    fn rendered_len<A: Arguments + ?Sized>(&self, arguments: &A) -> Result<usize, Miss> {
        let mut len = self.text_len;
        for segment in &*self.segments {
            if let Segment::Argument { name, isolate } = segment {
                let value = arguments.value(name).ok_or(Miss::MissingArgument)?;
                len += value.len() + if *isolate { 6 } else { 0 };
            }
        }
        Ok(len)
    }

    /// Appends the rendered text to `out`, or leaves `out` as it was and reports a miss.
    pub(crate) fn render_into<A: Arguments + ?Sized>(&self, arguments: &A, out: &mut String) -> Result<(), Miss> {
        let len = self.rendered_len(arguments)?;
        out.reserve(len);
        for segment in &*self.segments {
            match segment {
                Segment::Text(text) => out.push_str(text),
                Segment::Argument { name, isolate } => {
                    let value = arguments.value(name).unwrap_or_default();
                    if *isolate {
                        out.push(FIRST_STRONG_ISOLATE);
                        out.push_str(value);
                        out.push(POP_DIRECTIONAL_ISOLATE);
                    } else {
                        out.push_str(value);
                    }
                }
            }
        }
        Ok(())
    }
}

/// Where argument values come from: a list of pairs, or an error value.
pub(crate) trait Arguments {
    /// The value of an argument by name.
    fn value(&self, name: &str) -> Option<&str>;
    /// Every argument, in order, for Fluent's resolver.
    fn pairs(&self) -> Vec<(&str, &str)>;
}

/// The last pair of a name wins, as in `FluentArgs::set`.
impl Arguments for [(&str, &str)] {
    fn value(&self, name: &str) -> Option<&str> {
        self.iter().rev().find(|(given, _)| *given == name).map(|(_, value)| *value)
    }

    fn pairs(&self) -> Vec<(&str, &str)> {
        self.to_vec()
    }
}

impl Arguments for vod_error_codes::VodError {
    fn value(&self, name: &str) -> Option<&str> {
        self.argument(name)
    }

    fn pairs(&self) -> Vec<(&str, &str)> {
        self.arguments().collect()
    }
}

/// A message's compiled value and attributes.
#[derive(Debug, Default)]
pub(crate) struct CompiledMessage {
    pub(crate) value: Option<CompiledPattern>,
    pub(crate) attributes: Vec<(Box<str>, CompiledPattern)>,
}

impl CompiledMessage {
    /// The compiled value, or the attribute `name`.
    pub(crate) fn pattern(&self, attribute: Option<&str>) -> Option<&CompiledPattern> {
        match attribute {
            None => self.value.as_ref(),
            Some(name) => self.attributes.iter().find(|(given, _)| &**given == name).map(|(_, pattern)| pattern),
        }
    }
}

/// How a locale's bundle writes text: its transform and whether it isolates arguments.
pub(crate) struct Writing {
    pub(crate) transform: Option<fn(&str) -> Cow<'_, str>>,
    pub(crate) use_isolating: bool,
}

/// Compiles every message of a locale's resources whose patterns compile; the first definition of
/// an id wins, as in a Fluent bundle.
pub(crate) fn compile_messages(resources: &[FluentResource], writing: &Writing) -> Vec<(Box<str>, CompiledMessage)> {
    let mut terms: HashMap<&str, &Pattern<&str>> = HashMap::new();
    for resource in resources {
        for entry in resource.entries() {
            if let Entry::Term(term) = entry {
                terms.entry(term.id.name).or_insert(&term.value);
            }
        }
    }
    let mut seen: HashSet<&str> = HashSet::new();
    let mut messages: Vec<(Box<str>, CompiledMessage)> = Vec::new();
    for resource in resources {
        for entry in resource.entries() {
            let Entry::Message(message) = entry else { continue };
            if !seen.insert(message.id.name) {
                continue;
            }
            let mut compiled = CompiledMessage::default();
            let value = message.value.as_ref().map(|value| compile(value, &terms, writing));
            compiled.value = value.flatten();
            for attribute in &message.attributes {
                if let Some(pattern) = compile(&attribute.value, &terms, writing) {
                    compiled.attributes.push((attribute.id.name.into(), pattern));
                }
            }
            messages.push((message.id.name.into(), compiled));
        }
    }
    messages
}

/// Compiles one pattern, or `None` when it needs Fluent's resolver.
fn compile(
    pattern: &Pattern<&str>,
    terms: &HashMap<&str, &Pattern<&str>>,
    writing: &Writing,
) -> Option<CompiledPattern> {
    // Fluent's resolver stops writing past 100 placeables, counting those inside terms too; a
    // pattern anywhere near that is left to it.
    const MAX_PLACEABLES: usize = 50;
    let placeables = pattern.elements.iter().filter(|e| matches!(e, PatternElement::Placeable { .. })).count();
    if placeables > MAX_PLACEABLES {
        return None;
    }
    let isolate = writing.use_isolating && pattern.elements.len() > 1;
    let mut segments: Vec<Segment> = Vec::new();
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => push_transformed(&mut text, value, writing),
            PatternElement::Placeable { expression: Expression::Inline(inline) } => match inline {
                InlineExpression::StringLiteral { value } => text.push_str(&unescape_unicode_to_string(value)),
                InlineExpression::VariableReference { id } => {
                    if !text.is_empty() {
                        segments.push(Segment::Text(std::mem::take(&mut text).into()));
                    }
                    segments.push(Segment::Argument { name: id.name.into(), isolate });
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
        segments.push(Segment::Text(text.into()));
    }
    let text_len = segments
        .iter()
        .map(|segment| match segment {
            Segment::Text(text) => text.len(),
            Segment::Argument { .. } => 0,
        })
        .sum();
    Some(CompiledPattern { segments: segments.into(), text_len })
}

/// The text a term writes when it holds only text and string literals (and so no isolation).
fn plain_term_text(term: &Pattern<&str>, writing: &Writing) -> Option<String> {
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

fn push_transformed(out: &mut String, text: &str, writing: &Writing) {
    match writing.transform {
        Some(transform) => out.push_str(&transform(text)),
        None => out.push_str(text),
    }
}
