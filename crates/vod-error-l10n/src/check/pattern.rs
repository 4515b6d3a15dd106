//! What a Fluent pattern uses: its variables, the messages and terms it refers to, its plain text.

use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};

/// A reference from a pattern to another entry.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) enum Reference<'s> {
    /// `{ other-message }` or `{ other-message.attribute }`.
    Message { id: &'s str, attribute: Option<&'s str> },
    /// `{ -term }` or `{ -term.attribute }`.
    Term { id: &'s str, attribute: Option<&'s str> },
}

/// Everything a pattern uses, collected in one walk.
#[derive(Default, Debug)]
pub(crate) struct PatternUses<'s> {
    /// `$variable` names, in order of first use, without duplicates.
    pub(crate) variables: Vec<&'s str>,
    /// References to messages and terms, with the slice of the id for its position.
    pub(crate) references: Vec<Reference<'s>>,
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

    /// The pattern's plain text, with each placeable as one space.
    pub(crate) fn joined_text(&self) -> String {
        self.text.concat()
    }

    fn walk_pattern(&mut self, pattern: &Pattern<&'s str>) {
        for element in &pattern.elements {
            match element {
                PatternElement::TextElement { value } => self.text.push(value),
                PatternElement::Placeable { expression } => self.walk_expression(expression),
            }
        }
    }

    fn walk_expression(&mut self, expression: &Expression<&'s str>) {
        match expression {
            Expression::Inline(inline) => self.walk_inline(inline),
            Expression::Select { selector, variants } => {
                self.walk_inline(selector);
                for variant in variants {
                    self.walk_pattern(&variant.value);
                }
            }
        }
    }

    fn walk_inline(&mut self, inline: &InlineExpression<&'s str>) {
        match inline {
            InlineExpression::VariableReference { id } => {
                if !self.variables.contains(&id.name) {
                    self.variables.push(id.name);
                }
            }
            InlineExpression::MessageReference { id, attribute } => self.references.push(Reference::Message {
                id: id.name,
                attribute: attribute.as_ref().map(|attribute| attribute.name),
            }),
            InlineExpression::TermReference { id, attribute, arguments } => {
                self.references.push(Reference::Term {
                    id: id.name,
                    attribute: attribute.as_ref().map(|attribute| attribute.name),
                });
                if let Some(arguments) = arguments {
                    self.walk_arguments(arguments);
                }
            }
            InlineExpression::FunctionReference { arguments, .. } => self.walk_arguments(arguments),
            InlineExpression::Placeable { expression } => self.walk_expression(expression),
            InlineExpression::StringLiteral { .. } | InlineExpression::NumberLiteral { .. } => {}
        }
    }

    fn walk_arguments(&mut self, arguments: &fluent_syntax::ast::CallArguments<&'s str>) {
        for positional in &arguments.positional {
            self.walk_inline(positional);
        }
        for named in &arguments.named {
            self.walk_inline(&named.value);
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

    fn check(source: &str, variables: &[&str], references: usize, text: &str) {
        let resource = fluent_syntax::parser::parse(source).unwrap();
        let Some(fluent_syntax::ast::Entry::Message(message)) = resource.body.first() else {
            panic!("no message in {source:?}");
        };
        let uses = PatternUses::of(message.value.as_ref().unwrap());
        assert_eq!(uses.variables, variables, "{source}");
        assert_eq!(uses.references.len(), references, "{source}");
        assert_eq!(uses.joined_text(), text, "{source}");
    }

    #[test]
    fn pattern_uses_table() {
        check("a = The parameter { $parameter } is bad.", &["parameter"], 0, "The parameter  is bad.");
        check("a = { -vod } and { b.c } and { $x } { $x }", &["x"], 2, " and  and  ");
        check("a = { $n -> \n [one] { $y }\n *[other] { -t(k: \"v\") } { NUMBER($z) }\n}", &["n", "y", "z"], 1, " ");
    }

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
}
