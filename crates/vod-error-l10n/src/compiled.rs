//! Messages compiled once per locale into text and argument slots, rendered without Fluent's resolver.
//!
//! A pattern made only of text, plain term references, string literals and variables (every
//! message of this catalogue) compiles to segments. Rendering it is a few copies into one
//! allocation, or none into a caller's buffer. Anything else (selectors, functions, message
//! references) is left to fluent-bundle. The output is byte for byte what fluent-bundle's
//! resolver writes: the tests in `tests/` compare the two for every code, locale and argument.

use crate::compile_rules::Piece;

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

/// A compiled message from its pieces; `declared` gives the code's declared arguments, if the
/// message belongs to a code.
pub(crate) fn compiled_message(
    value: Option<&[StaticPiece<'_>]>,
    attributes: &mut dyn Iterator<Item = (&str, &[StaticPiece<'_>])>,
    declared: Option<&'static [&'static str]>,
) -> CompiledMessage {
    let compile = |pieces: &[StaticPiece<'_>]| {
        let segments = pieces
            .iter()
            .map(|piece| match *piece {
                StaticPiece::Text(text) => Segment::Text(text.into()),
                StaticPiece::Argument(name, isolate) => {
                    Segment::Argument(Slot { name: name.into(), declared: None, isolate })
                }
            })
            .collect();
        let mut pattern = CompiledPattern::new(segments);
        if let Some(declared) = declared {
            pattern.declare(declared);
        }
        pattern
    };
    CompiledMessage {
        value: value.map(compile),
        attributes: attributes.map(|(name, pieces)| (Box::from(name), compile(pieces))).collect(),
    }
}

/// A piece of a compiled pattern, borrowed: from `build.rs`'s tables or from [`Piece`]s.
#[derive(Clone, Copy, Debug)]
pub(crate) enum StaticPiece<'a> {
    /// Text.
    Text(&'a str),
    /// An argument's name, and whether it is isolated.
    Argument(&'a str, bool),
}

impl<'a> StaticPiece<'a> {
    /// The borrowed form of an owned piece.
    pub(crate) fn of(piece: &'a Piece) -> StaticPiece<'a> {
        match piece {
            Piece::Text(text) => StaticPiece::Text(text),
            Piece::Argument { name, isolate } => StaticPiece::Argument(name, *isolate),
        }
    }
}
