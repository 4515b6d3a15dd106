//! What a Fluent pattern shows: its plain text, its text around placeables, its link targets.

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

/// The text elements of a pattern, collected in one walk (selector variants included).
#[derive(Default, Debug)]
pub(crate) struct PatternUses<'s> {
    /// The text elements, in order.
    pub(crate) text: Vec<&'s str>,
}

impl<'s> PatternUses<'s> {
    /// Walks a pattern and everything nested in its placeables.
    pub(crate) fn of(pattern: &Pattern<&'s str>) -> PatternUses<'s> {
        let mut uses = PatternUses::default();
        uses.walk_pattern(pattern);
        uses
    }

    /// The pattern's plain text, placeables left out.
    pub(crate) fn joined_text(&self) -> String {
        self.text.concat()
    }

    fn walk_pattern(&mut self, pattern: &Pattern<&'s str>) {
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => self.text.push(value),
                PatternElement::Placeable { expression: Expression::Select { variants, .. } } => {
                    for variant in variants {
                        self.walk_pattern(&variant.value);
                    }
                }
                PatternElement::Placeable { .. } => {}
            }
        }
    }
}

/// The text of a pattern that holds no placeables but string literals.
pub(crate) fn plain_text(pattern: &Pattern<&str>) -> Option<String> {
    text_of(pattern, None)
}

/// The text a pattern shows around its placeables: text elements and string literals, in order,
/// with U+FFFC standing for each other placeable.
pub(crate) fn visible_text(pattern: &Pattern<&str>) -> String {
    text_of(pattern, Some('\u{fffc}')).unwrap_or_default()
}

/// Text elements and string literals joined; other placeables become `placeholder`, or make the
/// result `None` when there is none.
fn text_of(pattern: &Pattern<&str>, placeholder: Option<char>) -> Option<String> {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { expression: Expression::Inline(InlineExpression::StringLiteral { value }) } => {
                text.push_str(value);
            }
            PatternElement::Placeable { .. } => text.push(placeholder?),
        }
    }
    Some(text)
}

/// The targets of the Markdown links `[text](target)` in a text.
pub(crate) fn link_targets(text: &str) -> Vec<&str> {
    let mut targets = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("](") {
        let after = &rest[start + 2..];
        match after.find(')') {
            Some(end) => {
                targets.push(&after[..end]);
                rest = &after[end + 1..];
            }
            None => break,
        }
    }
    targets
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_targets_table() {
        let cases: &[(&str, &[&str])] = &[
            ("see [Overview](/a/b c.md).", &["/a/b c.md"]),
            ("[a](x) and [b](y)", &["x", "y"]),
            ("no link (here)", &[]),
            ("broken [a](x", &[]),
        ];
        for &(text, expected) in cases {
            assert_eq!(link_targets(text), expected, "{text}");
        }
    }

    #[test]
    fn visible_text_shows_placeables_as_one_character() {
        let resource = fluent_syntax::parser::parse("a = The { $x } and { \"y\" } { -t }.").unwrap();
        let Some(fluent_syntax::ast::Entry::Message(message)) = resource.body.first() else { unreachable!() };
        assert_eq!(visible_text(message.value.as_ref().unwrap()), "The \u{fffc} and y \u{fffc}.");
    }
}
