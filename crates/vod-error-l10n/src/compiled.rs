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

/// Where an argument's value goes, and how to find it.
#[derive(Debug)]
pub(crate) struct Slot {
    /// The variable's name.
    name: Box<str>,
    /// Its position among the code's declared arguments, when the message belongs to a code: a
    /// `VodError` holds its arguments in that order, so the value is found without comparing names.
    declared: Option<usize>,
    /// Whether Fluent wraps it in isolation marks.
    isolate: bool,
}

/// One piece of a compiled pattern.
#[derive(Debug)]
enum Segment {
    /// Text, with the locale's transform already applied.
    Text(Box<str>),
    /// The value of an argument.
    Argument(Slot),
}

/// The shapes a compiled pattern takes, the common ones rendered without a loop.
#[derive(Debug)]
enum Shape {
    /// Text only.
    Fixed(Box<str>),
    /// Text, one argument, text: most messages that take an argument. The isolation marks, when
    /// the locale uses them, are already at the end of `before` and the start of `after`.
    One { before: Box<str>, slot: Slot, after: Box<str> },
    /// Anything else.
    Many(Box<[Segment]>),
}

/// A pattern compiled into its shape.
#[derive(Debug)]
pub(crate) struct CompiledPattern {
    shape: Shape,
}

/// Why a render through a compiled pattern did not happen.
pub(crate) enum Miss {
    /// An argument the pattern uses was not given: Fluent's resolver reports it.
    MissingArgument,
}

impl CompiledPattern {
    fn new(segments: Vec<Segment>) -> CompiledPattern {
        let mut segments = segments;
        let shape = match segments.as_mut_slice() {
            [] => Shape::Fixed("".into()),
            [Segment::Text(text)] => Shape::Fixed(std::mem::take(text)),
            [Segment::Argument(_)]
            | [Segment::Text(_), Segment::Argument(_)]
            | [Segment::Argument(_), Segment::Text(_)]
            | [Segment::Text(_), Segment::Argument(_), Segment::Text(_)] => {
                let mut before = Box::<str>::default();
                let mut after = Box::<str>::default();
                let mut slot = None;
                for segment in segments {
                    match segment {
                        Segment::Text(text) if slot.is_none() => before = text,
                        Segment::Text(text) => after = text,
                        Segment::Argument(argument) => slot = Some(argument),
                    }
                }
                match slot {
                    Some(slot) if slot.isolate => Shape::One {
                        before: format!("{before}{FIRST_STRONG_ISOLATE}").into(),
                        slot,
                        after: format!("{POP_DIRECTIONAL_ISOLATE}{after}").into(),
                    },
                    Some(slot) => Shape::One { before, slot, after },
                    None => Shape::Fixed(before),
                }
            }
            _ => Shape::Many(segments.into()),
        };
        CompiledPattern { shape }
    }

    /// The whole text, when the pattern takes no argument.
    pub(crate) fn fixed_text(&self) -> Option<&str> {
        match &self.shape {
            Shape::Fixed(text) => Some(text),
            _ => None,
        }
    }

    /// Sets each argument's position among a code's declared arguments.
    fn declare(&mut self, declared: &[&str]) {
        let position = |slot: &mut Slot| slot.declared = declared.iter().position(|name| **name == *slot.name);
        match &mut self.shape {
            Shape::Fixed(_) => {}
            Shape::One { slot, .. } => position(slot),
            Shape::Many(segments) => {
                for segment in segments.iter_mut() {
                    if let Segment::Argument(slot) = segment {
                        position(slot);
                    }
                }
            }
        }
    }

    /// The rendered text in a string of exactly its length, or `None` when an argument is missing.
    #[inline]
    pub(crate) fn render_owned<A: Arguments + ?Sized>(&self, arguments: &A) -> Option<String> {
        match &self.shape {
            Shape::Fixed(text) => Some(String::from(&**text)),
            Shape::One { before, slot, after } => {
                let value = arguments.value(slot)?;
                let mut out = String::with_capacity(before.len() + value.len() + after.len());
                out.push_str(before);
                out.push_str(value);
                out.push_str(after);
                Some(out)
            }
            Shape::Many(_) => {
                let mut out = String::new();
                self.render_into(arguments, &mut out).ok()?;
                Some(out)
            }
        }
    }

    /// Appends the rendered text to `out` (reserving its exact length once), or leaves `out` as
    /// it was and reports a miss.
    #[inline]
    pub(crate) fn render_into<A: Arguments + ?Sized>(&self, arguments: &A, out: &mut String) -> Result<(), Miss> {
        match &self.shape {
            Shape::Fixed(text) => out.push_str(text),
            Shape::One { before, slot, after } => {
                let value = arguments.value(slot).ok_or(Miss::MissingArgument)?;
                out.reserve(before.len() + value.len() + after.len());
                out.push_str(before);
                out.push_str(value);
                out.push_str(after);
            }
            Shape::Many(segments) => {
                let mut len = 0;
                for segment in segments.iter() {
                    len += match segment {
                        Segment::Text(text) => text.len(),
                        Segment::Argument(slot) => {
                            let marks = if slot.isolate { 2 * FIRST_STRONG_ISOLATE.len_utf8() } else { 0 };
                            arguments.value(slot).ok_or(Miss::MissingArgument)?.len() + marks
                        }
                    };
                }
                out.reserve(len);
                for segment in segments.iter() {
                    match segment {
                        Segment::Text(text) => out.push_str(text),
                        Segment::Argument(slot) => {
                            push_argument(out, arguments.value(slot).unwrap_or_default(), slot.isolate)
                        }
                    }
                }
            }
        }
        Ok(())
    }
}

fn push_argument(out: &mut String, value: &str, isolate: bool) {
    if isolate {
        out.push(FIRST_STRONG_ISOLATE);
        out.push_str(value);
        out.push(POP_DIRECTIONAL_ISOLATE);
    } else {
        out.push_str(value);
    }
}

/// Where argument values come from: a list of pairs, or an error value.
pub(crate) trait Arguments {
    /// The value for a slot.
    fn value(&self, slot: &Slot) -> Option<&str>;
    /// Every argument, in order, for Fluent's resolver.
    fn pairs(&self) -> Vec<(&str, &str)>;
}

/// The last pair of a name wins, as in `FluentArgs::set`.
impl Arguments for [(&str, &str)] {
    fn value(&self, slot: &Slot) -> Option<&str> {
        self.iter().rev().find(|(given, _)| *given == &*slot.name).map(|(_, value)| *value)
    }

    fn pairs(&self) -> Vec<(&str, &str)> {
        self.to_vec()
    }
}

/// An error holds its arguments in the declared order, so a declared slot is found by position.
impl Arguments for vod_error_codes::VodError {
    fn value(&self, slot: &Slot) -> Option<&str> {
        match slot.declared {
            Some(position) => self.argument_at(position),
            None => self.argument(&slot.name),
        }
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
///
/// `declared` gives the declared arguments of the code a message id belongs to, if any.
pub(crate) fn compile_messages(
    resources: &[FluentResource],
    writing: &Writing,
    declared: impl Fn(&str) -> Option<&'static [&'static str]>,
) -> Vec<(Box<str>, CompiledMessage)> {
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
            if let Some(arguments) = declared(message.id.name) {
                if let Some(value) = &mut compiled.value {
                    value.declare(arguments);
                }
                for (_, attribute) in &mut compiled.attributes {
                    attribute.declare(arguments);
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
                    segments.push(Segment::Argument(Slot { name: id.name.into(), declared: None, isolate }));
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
    Some(CompiledPattern::new(segments))
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
