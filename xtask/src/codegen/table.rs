//! The code table as `codes.toml` and the `en-US` catalogue give it: read, derived and checked.
//!
//! Everything about a code is written once: its line in `codes.toml` (wire string, status,
//! variants) and its messages in `locales/en-US/errors.ftl` (the English text and, from its
//! variables, the arguments). This module reads both, derives the Fluent ids and Rust names, and
//! reports every inconsistency at once, with the file, line and column.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};
use serde::Deserialize;

/// `codes.toml`, as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CodesFile {
    codes: Vec<CodeLine>,
    #[serde(default)]
    operations: BTreeMap<String, Vec<RowLine>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CodeLine {
    wire: String,
    status: u16,
    #[serde(default)]
    retryable: bool,
    #[serde(default)]
    common: bool,
    #[serde(default)]
    variants: Vec<String>,
    #[serde(default)]
    retired: Option<String>,
    #[serde(default)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RowLine {
    Code(String),
    Detailed(DetailedRow),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DetailedRow {
    code: String,
    #[serde(default)]
    status: Option<u16>,
    #[serde(default)]
    variant: Option<String>,
    #[serde(default)]
    arguments: BTreeMap<String, String>,
    #[serde(default)]
    doubtful: Option<String>,
}

/// A piece of an English message.
#[derive(Clone, PartialEq, Eq, Debug)]
pub(crate) enum Piece {
    Text(String),
    Argument(usize),
}

/// The kind of an argument's value.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Kind {
    Text,
    Number,
}

/// One code, with everything derived.
pub(crate) struct Code {
    pub(crate) wire: String,
    pub(crate) rust_name: String,
    pub(crate) status: u16,
    pub(crate) retryable: bool,
    pub(crate) common: bool,
    pub(crate) retired: Option<String>,
    pub(crate) note: Option<String>,
    /// Positions in [`Table::messages`]: the code's own message, then its variants.
    pub(crate) messages: Vec<usize>,
    /// `(operation, row)` positions of the rows that document the code.
    pub(crate) documented: Vec<(usize, usize)>,
}

/// One message: a code's own, or a variant.
pub(crate) struct MessageSpec {
    pub(crate) code: usize,
    pub(crate) id: String,
    pub(crate) rust_name: String,
    pub(crate) variant: Option<String>,
    pub(crate) arguments: Vec<(String, Kind)>,
    pub(crate) english: Vec<Piece>,
}

/// One operation's row for one error.
pub(crate) struct Row {
    pub(crate) code: usize,
    pub(crate) message: usize,
    pub(crate) status: u16,
    pub(crate) arguments: Vec<(String, String)>,
    pub(crate) doubtful: Option<String>,
}

/// One operation.
pub(crate) struct OperationSpec {
    pub(crate) name: String,
    pub(crate) rows: Vec<Row>,
}

/// The whole table.
pub(crate) struct Table {
    pub(crate) codes: Vec<Code>,
    pub(crate) messages: Vec<MessageSpec>,
    pub(crate) operations: Vec<OperationSpec>,
}

/// A problem in the sources, with where it is and how to fix it.
#[derive(Debug)]
pub(crate) struct Problem {
    pub(crate) place: String,
    pub(crate) text: String,
    pub(crate) help: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "error[codegen]: {}\n  --> {}\n  = help: {}", self.text, self.place, self.help)
    }
}

/// The Fluent id of a wire string: each dot-separated part in kebab-case words, the parts joined
/// by `_` (`OperationDenied.Suspended` is `operation-denied_suspended`); `%s` reads as `Any`.
pub(crate) fn fluent_id(wire: &str) -> String {
    wire.split('.').map(|part| words(part).join("-").to_ascii_lowercase()).collect::<Vec<_>>().join("_")
}

/// The Rust name of a wire string: each part as it is spelled with `_` and `%s` folded into
/// capitals (`Configure_failed` is `ConfigureFailed`, `%s` is `Any`), the parts joined by `_`.
pub(crate) fn rust_name(wire: &str) -> String {
    wire.split('.')
        .map(|part| {
            part.replace("%s", "Any")
                .split('_')
                .map(|piece| {
                    let mut chars = piece.chars();
                    chars
                        .next()
                        .map_or_else(String::new, |first| first.to_ascii_uppercase().to_string() + chars.as_str())
                })
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("_")
}

/// A kebab-case name (`cdn-not-open`) in UpperCamelCase (`CdnNotOpen`).
pub(crate) fn camel(kebab: &str) -> String {
    kebab
        .split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map_or_else(String::new, |first| first.to_ascii_uppercase().to_string() + chars.as_str())
        })
        .collect()
}

/// The words of one part of a wire string: `UploadURLs` is `Upload`, `URLs`; `SSLPub` is `SSL`,
/// `Pub`; `Configure_failed` is `Configure`, `failed`; `%s` is `Any`.
pub(crate) fn words(part: &str) -> Vec<String> {
    let part = part.replace("%s", "Any");
    let mut words = Vec::new();
    for piece in part.split('_') {
        let chars: Vec<char> = piece.chars().collect();
        let mut i = 0;
        while i < chars.len() {
            let start = i;
            if chars[i].is_ascii_digit() {
                while i < chars.len() && chars[i].is_ascii_digit() {
                    i += 1;
                }
            } else if chars[i].is_ascii_uppercase() {
                let mut end = i;
                while end < chars.len() && chars[end].is_ascii_uppercase() {
                    end += 1;
                }
                let run = end - i;
                let next = chars.get(end).copied();
                let after = chars.get(end + 1).copied();
                if run >= 2 && next == Some('s') && !after.is_some_and(|c| c.is_ascii_lowercase()) {
                    // A plural acronym: `URLs`, `IDs`.
                    i = end + 1;
                } else if run >= 2 && next.is_some_and(|c| c.is_ascii_lowercase()) {
                    // An acronym followed by a word: `SSLPub` ends the acronym before the `P`.
                    i = end - 1;
                } else if run >= 2 {
                    i = end;
                } else {
                    i += 1;
                    while i < chars.len() && chars[i].is_ascii_lowercase() {
                        i += 1;
                    }
                }
            } else if chars[i].is_ascii_lowercase() {
                while i < chars.len() && chars[i].is_ascii_lowercase() {
                    i += 1;
                }
            } else {
                i += 1;
                continue;
            }
            words.push(chars[start..i].iter().collect());
        }
    }
    words
}

/// Where `needle` first stands in `text`, as `path:line:column`; the file alone when it does not.
fn place_of(path: &str, text: &str, needle: &str) -> String {
    match text.find(needle) {
        Some(offset) => {
            // A needle that starts a line points at the line, not at the break before it.
            let offset = if needle.starts_with('\n') { offset + 1 } else { offset };
            let before = &text[..offset];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |last| last.chars().count()) + 1;
            format!("{path}:{line}:{column}")
        }
        None => path.to_owned(),
    }
}

/// Reads `codes.toml` and the `en-US` catalogue of a repository and builds the table, or every
/// problem found on the way.
pub(crate) fn read(root: &Path) -> Result<Table, Vec<Problem>> {
    read_with(root, &root.join("locales"))
}

/// As [`read`], with the `en-US` messages of another catalogue folder.
pub(crate) fn read_with(root: &Path, locales: &Path) -> Result<Table, Vec<Problem>> {
    let codes_path = "crates/vod-error-codes/data/codes.toml";
    let locales_shown = crate::locales_dir(Some(locales)).to_string_lossy().replace('\\', "/");
    let errors_path = &format!("{locales_shown}/en-US/errors.ftl");
    let terms_path = &format!("{locales_shown}/en-US/terms.ftl");
    let read = |path: &str| {
        let file = if path == codes_path { root.join(path) } else { PathBuf::from(path) };
        std::fs::read_to_string(file).map_err(|error| {
            vec![Problem {
                place: path.to_owned(),
                text: format!("cannot read the file: {error}"),
                help: "check that the file exists and is UTF-8".to_owned(),
            }]
        })
    };
    let codes_text = read(codes_path)?;
    let errors_text = read(errors_path)?;
    let terms_text = read(terms_path)?;
    let file: CodesFile = toml::from_str(&codes_text).map_err(|error| {
        let place = match error.span() {
            Some(span) => place_of(codes_path, &codes_text, &codes_text[span.start..]),
            None => codes_path.to_owned(),
        };
        vec![Problem {
            place,
            text: error.message().to_owned(),
            help: "see the comment at the top of codes.toml for the fields of a line".to_owned(),
        }]
    })?;
    let mut problems = Vec::new();
    let terms = english_terms(&terms_text, terms_path, &mut problems);
    let english = english_messages(&errors_text, errors_path, &terms, &mut problems);

    let mut table = Table { codes: Vec::new(), messages: Vec::new(), operations: Vec::new() };
    let mut seen_ids: HashMap<String, String> = HashMap::new();
    let mut seen_rust: HashMap<String, String> = HashMap::new();
    let mut used_english: HashSet<String> = HashSet::new();
    for line in &file.codes {
        let place = place_of(codes_path, &codes_text, &format!("\"{}\"", line.wire));
        let id = fluent_id(&line.wire);
        let name = rust_name(&line.wire);
        if let Some(other) = seen_ids.insert(id.clone(), line.wire.clone()) {
            problems.push(Problem {
                place: place.clone(),
                text: format!("`{}` and `{other}` both derive the Fluent id `{id}`", line.wire),
                help: "two codes must differ in more than case and punctuation".to_owned(),
            });
        }
        if let Some(other) = seen_rust.insert(name.clone(), line.wire.clone()) {
            problems.push(Problem {
                place: place.clone(),
                text: format!("`{}` and `{other}` both derive the Rust name `{name}`", line.wire),
                help: "two codes must differ in more than the case of `_`-separated words".to_owned(),
            });
        }
        if !(400..=599).contains(&line.status) {
            problems.push(Problem {
                place: place.clone(),
                text: format!("`{}` has the status {}, which is not an error status", line.wire, line.status),
                help: "give the HTTP status, 400 to 599, that most operations document for it".to_owned(),
            });
        }
        let code = table.codes.len();
        let mut messages = Vec::new();
        for variant in std::iter::once(None).chain(line.variants.iter().map(Some)) {
            let message_id = match variant {
                None => id.clone(),
                Some(variant) => format!("{id}--{variant}"),
            };
            let valid_variant = variant.is_none_or(|variant| {
                !variant.is_empty()
                    && variant.split('-').all(|word| {
                        !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                    })
            });
            if !valid_variant {
                problems.push(Problem {
                    place: place.clone(),
                    text: format!(
                        "the variant name {:?} of `{}` is not kebab-case",
                        variant.map_or("", String::as_str),
                        line.wire
                    ),
                    help: "name a variant with lowercase words joined by `-`, such as `cdn-not-open`".to_owned(),
                });
                continue;
            }
            let Some((arguments, pieces)) = english.get(&message_id) else {
                problems.push(Problem {
                    place: errors_path.to_owned(),
                    text: format!("`{}` has no message `{message_id}` in en-US", line.wire),
                    help: format!(
                        "add `{message_id} = …` with its `.description` to {errors_path}: the message exactly as the API sends it"
                    ),
                });
                continue;
            };
            used_english.insert(message_id.clone());
            messages.push(table.messages.len());
            let rust_name = match variant {
                None => name.clone(),
                Some(variant) => format!("{name}__{}", camel(variant)),
            };
            table.messages.push(MessageSpec {
                code,
                id: message_id,
                rust_name,
                variant: variant.cloned(),
                arguments: arguments.clone(),
                english: pieces.clone(),
            });
        }
        table.codes.push(Code {
            wire: line.wire.clone(),
            rust_name: name,
            status: line.status,
            retryable: line.retryable,
            common: line.common,
            retired: line.retired.clone(),
            note: line.note.clone(),
            messages,
            documented: Vec::new(),
        });
    }
    for id in english.keys() {
        if !used_english.contains(id) {
            problems.push(Problem {
                place: place_of(errors_path, &errors_text, &format!("\n{id} =")),
                text: format!("the en-US message `{id}` belongs to no code or variant of codes.toml"),
                help: "add its code (or the variant) to codes.toml, or remove the message".to_owned(),
            });
        }
    }
    let wires: HashMap<String, usize> =
        table.codes.iter().enumerate().map(|(position, code)| (code.wire.clone(), position)).collect();
    for (name, rows) in &file.operations {
        let place = place_of(codes_path, &codes_text, &format!("\n{name} ="));
        if !name.starts_with(|c: char| c.is_ascii_uppercase()) || !name.chars().all(|c| c.is_ascii_alphanumeric()) {
            problems.push(Problem {
                place: place.clone(),
                text: format!("the operation name {name:?} is not an API action name"),
                help: "write the operation as the API's Action parameter spells it, such as `GetPlayInfo`".to_owned(),
            });
        }
        let operation = table.operations.len();
        let mut spec = OperationSpec { name: name.clone(), rows: Vec::new() };
        for row in rows {
            let detailed = match row {
                RowLine::Code(code) => DetailedRow {
                    code: code.clone(),
                    status: None,
                    variant: None,
                    arguments: BTreeMap::new(),
                    doubtful: None,
                },
                RowLine::Detailed(detailed) => DetailedRow {
                    code: detailed.code.clone(),
                    status: detailed.status,
                    variant: detailed.variant.clone(),
                    arguments: detailed.arguments.clone(),
                    doubtful: detailed.doubtful.clone(),
                },
            };
            let Some(&code) = wires.get(detailed.code.as_str()) else {
                problems.push(Problem {
                    place: place.clone(),
                    text: format!("{name} lists `{}`, which is not in the codes of codes.toml", detailed.code),
                    help: "add the code to `codes`, or fix its spelling".to_owned(),
                });
                continue;
            };
            let message = match &detailed.variant {
                None => table.codes[code].messages.first().copied(),
                Some(variant) => table.codes[code]
                    .messages
                    .iter()
                    .copied()
                    .find(|&message| table.messages[message].variant.as_deref() == Some(variant.as_str())),
            };
            let Some(message) = message else {
                problems.push(Problem {
                    place: place.clone(),
                    text: format!(
                        "{name} lists `{}` with the variant {:?}, which the code does not declare",
                        detailed.code,
                        detailed.variant.as_deref().unwrap_or("")
                    ),
                    help: format!("add the variant to the `variants` of `{}`", detailed.code),
                });
                continue;
            };
            for argument in detailed.arguments.keys() {
                if !table.messages[message].arguments.iter().any(|(declared, _)| declared == argument) {
                    problems.push(Problem {
                        place: place.clone(),
                        text: format!(
                            "{name}'s row of `{}` gives the argument `{argument}`, which its message does not take",
                            detailed.code
                        ),
                        help: "give only arguments the message's en-US text uses".to_owned(),
                    });
                }
            }
            let status = detailed.status.unwrap_or(table.codes[code].status);
            if !(400..=599).contains(&status) {
                problems.push(Problem {
                    place: place.clone(),
                    text: format!("{name}'s row of `{}` has the status {status}", detailed.code),
                    help: "give an HTTP error status, 400 to 599".to_owned(),
                });
            }
            table.codes[code].documented.push((operation, spec.rows.len()));
            spec.rows.push(Row {
                code,
                message,
                status,
                arguments: detailed.arguments.into_iter().collect(),
                doubtful: detailed.doubtful,
            });
        }
        table.operations.push(spec);
    }
    if problems.is_empty() { Ok(table) } else { Err(problems) }
}

/// A Fluent file parsed as far as it goes, each syntax error added to `problems`.
fn parse_reporting<'t>(
    text: &'t str,
    path: &str,
    problems: &mut Vec<Problem>,
) -> fluent_syntax::ast::Resource<&'t str> {
    fluent_syntax::parser::parse(text).unwrap_or_else(|(partial, errors)| {
        for error in errors {
            problems.push(Problem {
                place: place_of(path, text, &text[error.pos.start.min(text.len())..]),
                text: error.kind.to_string(),
                help: "fix the Fluent syntax; `cargo xtask check` shows it in context".to_owned(),
            });
        }
        partial
    })
}

/// The plain text of every en-US term, by name.
fn english_terms(text: &str, path: &str, problems: &mut Vec<Problem>) -> HashMap<String, String> {
    let mut terms = HashMap::new();
    let resource = parse_reporting(text, path, problems);
    for entry in &resource.body {
        if let Entry::Term(term) = entry {
            let mut value = String::new();
            for element in &term.value.elements {
                match element {
                    PatternElement::TextElement { value: text } => value.push_str(text),
                    PatternElement::Placeable {
                        expression: Expression::Inline(InlineExpression::StringLiteral { value: text }),
                    } => value.push_str(&fluent_syntax::unicode::unescape_unicode_to_string(text)),
                    PatternElement::Placeable { .. } => {}
                }
            }
            terms.insert(term.id.name.to_owned(), value);
        }
    }
    terms
}

/// An en-US message's arguments, in order, and its English pieces.
type EnglishMessage = (Vec<(String, Kind)>, Vec<Piece>);

/// Every en-US message: its arguments and its English pieces, by id.
fn english_messages(
    text: &str,
    path: &str,
    terms: &HashMap<String, String>,
    problems: &mut Vec<Problem>,
) -> BTreeMap<String, EnglishMessage> {
    let mut messages = BTreeMap::new();
    let resource = parse_reporting(text, path, problems);
    for entry in &resource.body {
        let Entry::Message(message) = entry else { continue };
        let id = message.id.name;
        let place = place_of(path, text, &format!("{id} ="));
        let Some(value) = &message.value else {
            problems.push(Problem {
                place,
                text: format!("the en-US message `{id}` has no value"),
                help: "give it the error message exactly as the API sends it".to_owned(),
            });
            continue;
        };
        let mut arguments: Vec<(String, Kind)> = Vec::new();
        let mut pieces: Vec<Piece> = Vec::new();
        let push_text = |pieces: &mut Vec<Piece>, text: &str| match pieces.last_mut() {
            Some(Piece::Text(last)) => last.push_str(text),
            _ => pieces.push(Piece::Text(text.to_owned())),
        };
        let argument = |arguments: &mut Vec<(String, Kind)>, name: &str, kind: Kind| match arguments
            .iter()
            .position(|(known, _)| known == name)
        {
            Some(position) => position,
            None => {
                arguments.push((name.to_owned(), kind));
                arguments.len() - 1
            }
        };
        for element in &value.elements {
            match element {
                PatternElement::TextElement { value } => push_text(&mut pieces, value),
                PatternElement::Placeable { expression: Expression::Inline(inline) } => match inline {
                    InlineExpression::StringLiteral { value } => {
                        push_text(&mut pieces, &fluent_syntax::unicode::unescape_unicode_to_string(value));
                    }
                    InlineExpression::TermReference { id: term, attribute: None, arguments: None } => {
                        match terms.get(term.name) {
                            Some(value) => push_text(&mut pieces, value),
                            None => problems.push(Problem {
                                place: place.clone(),
                                text: format!(
                                    "`{id}` refers to the term `-{}`, which en-US does not define",
                                    term.name
                                ),
                                help: "define the term in locales/en-US/terms.ftl".to_owned(),
                            }),
                        }
                    }
                    InlineExpression::VariableReference { id: variable } => {
                        let position = argument(&mut arguments, variable.name, Kind::Text);
                        pieces.push(Piece::Argument(position));
                    }
                    InlineExpression::FunctionReference { id: function, arguments: call }
                        if function.name == "NUMBER" =>
                    {
                        let variable = match call.positional.as_slice() {
                            [InlineExpression::VariableReference { id: variable }] => Some(variable.name),
                            _ => None,
                        };
                        let ungrouped = call.named.iter().any(|named| {
                            named.name.name == "useGrouping"
                                && matches!(&named.value, InlineExpression::StringLiteral { value } if *value == "false")
                        });
                        match variable {
                            Some(variable) if ungrouped => {
                                let position = argument(&mut arguments, variable, Kind::Number);
                                pieces.push(Piece::Argument(position));
                            }
                            _ => problems.push(Problem {
                                place: place.clone(),
                                text: format!("`{id}` formats a number in a way the API's English text does not"),
                                help: "write `{ NUMBER($name, useGrouping: \"false\") }`: the API prints plain digits"
                                    .to_owned(),
                            }),
                        }
                    }
                    _ => problems.push(Problem {
                        place: place.clone(),
                        text: format!("the en-US message `{id}` uses a placeable the English text cannot have"),
                        help: "use only text, brand terms, `{ $name }` and `{ NUMBER($name, useGrouping: \"false\") }`"
                            .to_owned(),
                    }),
                },
                PatternElement::Placeable { .. } => problems.push(Problem {
                    place: place.clone(),
                    text: format!("the en-US message `{id}` selects a variant; the English text is one text"),
                    help: "write the message as the API sends it, with no selector".to_owned(),
                }),
            }
        }
        messages.insert(id.to_owned(), (arguments, pieces));
    }
    messages
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_names_table() {
        let cases = [
            ("MissingParameter", "missing-parameter", "MissingParameter"),
            ("OperationDenied.Suspended", "operation-denied_suspended", "OperationDenied_Suspended"),
            ("ServiceUnAvailable", "service-un-available", "ServiceUnAvailable"),
            ("InvalidParameter.UploadURLs", "invalid-parameter_upload-urls", "InvalidParameter_UploadURLs"),
            ("SSLPub.MissingParameter", "ssl-pub_missing-parameter", "SSLPub_MissingParameter"),
            ("InvalidDomain.Configure_failed", "invalid-domain_configure-failed", "InvalidDomain_ConfigureFailed"),
            ("Invalid%s.ValueNotSupported", "invalid-any_value-not-supported", "InvalidAny_ValueNotSupported"),
            ("InvalidSourceType.Malformed", "invalid-source-type_malformed", "InvalidSourceType_Malformed"),
            ("InvalidSource.Type.Malformed", "invalid-source_type_malformed", "InvalidSource_Type_Malformed"),
            ("IpsIsEmpty", "ips-is-empty", "IpsIsEmpty"),
            ("InvalidParameterAliUid", "invalid-parameter-ali-uid", "InvalidParameterAliUid"),
        ];
        for (wire, id, name) in cases {
            assert_eq!(fluent_id(wire), id, "{wire}");
            assert_eq!(rust_name(wire), name, "{wire}");
        }
    }
}
