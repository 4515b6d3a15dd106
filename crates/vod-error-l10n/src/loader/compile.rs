//! The rules that turn a Fluent pattern into text and argument slots, or mark it for the resolver.
//!
//! A pattern of text, string literals, plain term references, variables and `NUMBER($x)` (with
//! `useGrouping` at most) compiles; anything else (a selector, another function, a message
//! reference) is left to fluent-bundle. The output is byte for byte what fluent-bundle's
//! resolver writes, isolation marks included: the suite compares the two for every message,
//! locale and argument.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_syntax::ast::{self, Expression, InlineExpression, PatternElement};
use fluent_syntax::unicode::unescape_unicode_to_string;
use unic_langid::LanguageIdentifier;
use vod_error_codes::ArgumentKind;

use crate::data::{NumberStyle, Pattern, Segment, Slot};

/// How a locale writes text: its transform (for pseudolocales), and whether it isolates arguments.
#[derive(Clone, Copy)]
pub(crate) struct Writing {
    pub(crate) transform: Option<fn(&str) -> Cow<'_, str>>,
    pub(crate) use_isolating: bool,
}

/// Scripts that run right to left (Unicode's Bidi_Class of their letters).
const RIGHT_TO_LEFT_SCRIPTS: &[&str] =
    &["Adlm", "Arab", "Hebr", "Mand", "Mend", "Nkoo", "Rohg", "Samr", "Syrc", "Thaa", "Yezi"];

/// Whether a locale's script runs right to left: its script, or its language's likely script
/// (CLDR's likely subtags, through unic-langid), is one of the right-to-left scripts.
pub(crate) fn right_to_left(id: &LanguageIdentifier) -> bool {
    let mut full = LanguageIdentifier::from_parts(id.language, id.script, id.region, &[]);
    full.maximize();
    full.script.is_some_and(|script| RIGHT_TO_LEFT_SCRIPTS.contains(&script.as_str()))
}

/// The terms of a locale, by name: the first definition wins, as in a Fluent bundle.
pub(crate) type Terms<'a> = HashMap<&'a str, &'a ast::Pattern<&'a str>>;

/// Compiles one pattern against its message's declared arguments.
pub(crate) fn compile_pattern(
    pattern: &ast::Pattern<&str>,
    terms: &Terms<'_>,
    writing: Writing,
    arguments: &[(String, ArgumentKind)],
) -> Pattern {
    // Fluent's resolver stops writing past 100 placeables, counting those inside terms too; a
    // pattern anywhere near that is left to it.
    const MAX_PLACEABLES: usize = 50;
    let placeables = pattern.elements.iter().filter(|e| matches!(e, PatternElement::Placeable { .. })).count();
    if placeables > MAX_PLACEABLES {
        return Pattern::Resolver;
    }
    let isolate = writing.use_isolating && pattern.elements.len() > 1;
    let slot = |name: &str, number: Option<NumberStyle>| {
        let declared = arguments.iter().position(|(declared, _)| declared == name);
        let kind = declared.map(|position| arguments[position].1);
        let number =
            number.unwrap_or(if kind == Some(ArgumentKind::Number) { NumberStyle::Grouped } else { NumberStyle::None });
        Slot {
            name: Cow::Owned(name.to_owned()),
            position: declared.and_then(|position| u8::try_from(position).ok()).unwrap_or(u8::MAX),
            isolate,
            number,
        }
    };
    let mut segments = Vec::new();
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => push_transformed(&mut text, value, writing),
            PatternElement::Placeable { expression: Expression::Inline(inline) } => match inline {
                InlineExpression::StringLiteral { value } => text.push_str(&unescape_unicode_to_string(value)),
                InlineExpression::VariableReference { id } => {
                    flush(&mut text, &mut segments);
                    segments.push(Segment::Argument(slot(id.name, None)));
                }
                InlineExpression::FunctionReference { id, arguments: call } if id.name == "NUMBER" => {
                    let variable = match call.positional.as_slice() {
                        [InlineExpression::VariableReference { id }] => id.name,
                        _ => return Pattern::Resolver,
                    };
                    let style = match call.named.as_slice() {
                        [] => NumberStyle::Grouped,
                        [named] if named.name.name == "useGrouping" => match &named.value {
                            InlineExpression::StringLiteral { value } if *value == "false" => NumberStyle::Plain,
                            _ => NumberStyle::Grouped,
                        },
                        _ => return Pattern::Resolver,
                    };
                    flush(&mut text, &mut segments);
                    segments.push(Segment::Argument(slot(variable, Some(style))));
                }
                InlineExpression::TermReference { id, attribute: None, arguments: None } => {
                    let Some(term) = terms.get(id.name) else { return Pattern::Resolver };
                    let Some(plain) = plain_term_text(term) else { return Pattern::Resolver };
                    // Brand names stay as they are, in pseudolocales too.
                    text.push_str(&plain);
                }
                _ => return Pattern::Resolver,
            },
            PatternElement::Placeable { .. } => return Pattern::Resolver,
        }
    }
    flush(&mut text, &mut segments);
    Pattern::from_segments(segments)
}

fn flush(text: &mut String, segments: &mut Vec<Segment>) {
    if !text.is_empty() {
        segments.push(Segment::Text(Cow::Owned(std::mem::take(text))));
    }
}

/// The text a term writes when it holds only text and string literals.
pub(crate) fn plain_term_text(term: &ast::Pattern<&str>) -> Option<String> {
    let mut text = String::new();
    for element in &term.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn direction_table() {
        let cases = [
            ("ar-SA", true),
            ("ar-XB", true),
            ("he", true),
            ("fa-IR", true),
            ("ms-MY", false),
            ("ms-Arab-MY", true),
            ("en-US", false),
            ("zh-TW", false),
            ("az-Arab", true),
            ("uz-Latn", false),
            ("ur", true),
        ];
        for (tag, expected) in cases {
            let id: LanguageIdentifier = tag.parse().unwrap();
            assert_eq!(right_to_left(&id), expected, "{tag}");
        }
    }
}
