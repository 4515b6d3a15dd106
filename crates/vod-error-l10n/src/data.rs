//! A locale's messages, compiled: the shape the embedded catalogue is baked in and a loaded one is built in.
//!
//! A message pattern made of text, plain brand terms and arguments (every message of this
//! catalogue, in every locale but where a translator needs a plural) compiles to text and
//! argument slots, rendered with a few copies and no Fluent resolver. Anything else is marked
//! [`Pattern::Resolver`] and rendered by fluent-bundle from the locale's Fluent source. Every
//! field is a `Cow`, so that `cargo xtask codegen` can write the embedded catalogue as `static`
//! data and the loader can build the same types at run time. Without the `loader` feature some
//! shapes are only ever read from the baked data, never built.

#![cfg_attr(not(feature = "loader"), allow(dead_code))]

use std::borrow::Cow;

/// The first-strong isolate mark Fluent puts before an argument in right-to-left text.
pub(crate) const FIRST_STRONG_ISOLATE: char = '\u{2068}';
/// The pop-directional-isolate mark Fluent puts after it.
pub(crate) const POP_DIRECTIONAL_ISOLATE: char = '\u{2069}';

/// How a number argument is written.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum NumberStyle {
    /// The argument is not a number: its value as it is.
    None,
    /// The locale's digits and grouping (`1,024`, `1.024`, `١٬٠٢٤`).
    Grouped,
    /// The locale's digits, no grouping (`NUMBER($n, useGrouping: "false")`).
    Plain,
}

/// Where an argument's value goes.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) struct Slot {
    /// The variable's name.
    pub(crate) name: Cow<'static, str>,
    /// Its position among the message's declared arguments.
    pub(crate) position: u8,
    /// Whether the value is wrapped in isolation marks (right-to-left locales).
    pub(crate) isolate: bool,
    /// How a number is written.
    pub(crate) number: NumberStyle,
}

/// One piece of a compiled pattern.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) enum Segment {
    /// Text, with the locale's transform already applied.
    Text(Cow<'static, str>),
    /// The value of an argument.
    Argument(Slot),
}

/// Why a locale has no text for an entry.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Absence {
    /// The locale does not define it.
    Missing,
    /// The locale's text is the `en-US` source, not a translation (and no review allows it).
    Untranslated,
}

/// A compiled pattern, in the shapes rendering handles without a loop where it can.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) enum Pattern {
    /// No text in this locale: the next locale of the chain is tried.
    Absent(Absence),
    /// Text only.
    Fixed(Cow<'static, str>),
    /// Text, one argument, text: the usual message with an argument. The isolation marks of a
    /// right-to-left locale are already at the end of `before` and the start of `after`.
    One {
        /// The text before the argument.
        before: Cow<'static, str>,
        /// The argument.
        slot: Slot,
        /// The text after it.
        after: Cow<'static, str>,
    },
    /// Anything else that compiles.
    Many(Cow<'static, [Segment]>),
    /// A pattern that needs Fluent's resolver (a selector, a function other than `NUMBER`).
    Resolver,
}

/// One message of a locale: its value and, for an error message, its description.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) struct Entry {
    /// The message's value.
    pub(crate) value: Pattern,
    /// The message's `.description` (absent for messages that have none).
    pub(crate) description: Pattern,
}

/// A locale, compiled.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) struct CompiledLocale {
    /// The locale's BCP 47 tag.
    pub(crate) tag: Cow<'static, str>,
    /// Its name for itself (its `-language-name` term).
    pub(crate) name: Cow<'static, str>,
    /// Whether its script runs right to left.
    pub(crate) right_to_left: bool,
    /// Whether it is a pseudolocale, made from `en-US`.
    pub(crate) pseudo: bool,
    /// How many entries (values and descriptions) are translated.
    pub(crate) translated: u32,
    /// How many entries the table expects.
    pub(crate) expected: u32,
    /// The messages, by their position in the catalogue's table.
    pub(crate) entries: Cow<'static, [Entry]>,
    /// The Fluent source that [`Pattern::Resolver`] entries are rendered from.
    pub(crate) resolver_source: Option<Cow<'static, str>>,
}

impl Pattern {
    /// Sorts pieces into the shape that renders fastest.
    pub(crate) fn from_segments(mut segments: Vec<Segment>) -> Pattern {
        match segments.as_mut_slice() {
            [] => Pattern::Fixed(Cow::Borrowed("")),
            [Segment::Text(text)] => Pattern::Fixed(std::mem::take(text)),
            [Segment::Argument(_)]
            | [Segment::Text(_), Segment::Argument(_)]
            | [Segment::Argument(_), Segment::Text(_)]
            | [Segment::Text(_), Segment::Argument(_), Segment::Text(_)] => {
                let mut before = Cow::Borrowed("");
                let mut after = Cow::Borrowed("");
                let mut slot = None;
                for segment in segments {
                    match segment {
                        Segment::Text(text) if slot.is_none() => before = text,
                        Segment::Text(text) => after = text,
                        Segment::Argument(argument) => slot = Some(argument),
                    }
                }
                match slot {
                    Some(mut slot) if slot.isolate => {
                        slot.isolate = false;
                        Pattern::One {
                            before: Cow::Owned(format!("{before}{FIRST_STRONG_ISOLATE}")),
                            slot,
                            after: Cow::Owned(format!("{POP_DIRECTIONAL_ISOLATE}{after}")),
                        }
                    }
                    Some(slot) => Pattern::One { before, slot, after },
                    None => Pattern::Fixed(before),
                }
            }
            _ => Pattern::Many(Cow::Owned(segments)),
        }
    }

    /// Whether the locale has text for the entry.
    pub(crate) fn is_present(&self) -> bool {
        !matches!(self, Pattern::Absent(_))
    }
}
