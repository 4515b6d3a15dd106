//! Parsing a catalogue folder's files and finding what makes it unloadable, every problem at once.
//!
//! [`parse_locales`] parses every file (keeping whatever parsed around a syntax error),
//! [`index_locales`] finds each locale's messages and terms, and [`validate`] measures them against
//! a [`MessageTable`]. The checker in `vod-error-check` runs the same three steps and adds its
//! translation lints, so a folder is parsed once however it is checked.

use std::collections::{BTreeMap, btree_map};
use std::ops::Range;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Message, Pattern, PatternElement, Resource, Term};
use unic_langid::LanguageIdentifier;

use crate::catalog::DEFAULT_LOCALE;
use crate::loader::problem::{Problem, ProblemKind, Severity};
use crate::loader::pseudo::is_pseudolocale;
use crate::loader::source::{FileContent, LocaleSource, MAX_FILE_BYTES, SourceFile};
use crate::loader::table::{MessageSpec, MessageTable};

/// A locale folder whose files have been parsed.
#[derive(Debug)]
pub struct ParsedLocale<'s> {
    /// The folder.
    pub source: &'s LocaleSource,
    /// Its files that could be read, parsed.
    pub files: Vec<ParsedFile<'s>>,
    /// What reading and parsing found.
    pub problems: Vec<Problem>,
}

/// A Fluent file that was read and parsed (with whatever entries parsed despite errors).
#[derive(Debug)]
pub struct ParsedFile<'s> {
    /// The path shown in reports.
    pub path: &'s str,
    /// The file's text.
    pub text: &'s str,
    /// Where the entries start: after a byte order mark, if the file has one.
    pub body_start: usize,
    /// The parsed file.
    pub resource: Resource<&'s str>,
}

/// Where an entry was defined: which file of its locale, and the entry.
#[derive(Debug)]
pub struct Defined<'p, T> {
    /// The file.
    pub file: &'p ParsedFile<'p>,
    /// The entry.
    pub entry: &'p T,
}

/// A parsed locale's messages and terms by id (the first definition of an id).
#[derive(Debug)]
pub struct LocaleIndex<'p, 's> {
    /// The parsed locale.
    pub locale: &'p ParsedLocale<'s>,
    /// Its messages.
    pub messages: BTreeMap<&'p str, Defined<'p, Message<&'p str>>>,
    /// Its terms, without the `-`.
    pub terms: BTreeMap<&'p str, Defined<'p, Term<&'p str>>>,
    /// Duplicate definitions found while indexing.
    pub problems: Vec<Problem>,
}

impl LocaleIndex<'_, '_> {
    /// The locale folder's name.
    pub fn tag(&self) -> &str {
        &self.locale.source.tag
    }
}

/// Parses every file of every locale.
pub fn parse_locales(sources: &[LocaleSource]) -> Vec<ParsedLocale<'_>> {
    sources.iter().map(ParsedLocale::parse).collect()
}

/// Indexes every parsed locale's messages and terms.
pub fn index_locales<'p, 's>(parsed: &'p [ParsedLocale<'s>]) -> Vec<LocaleIndex<'p, 's>> {
    parsed.iter().map(LocaleIndex::build).collect()
}

impl<'s> ParsedLocale<'s> {
    /// Parses a locale folder's files.
    pub fn parse(source: &'s LocaleSource) -> ParsedLocale<'s> {
        let problems = folder_problems(&source.tag, &source.path, !source.files.is_empty());
        let mut locale = ParsedLocale { source, files: Vec::new(), problems };
        for file in &source.files {
            locale.parse_file(file);
        }
        locale
    }

    fn push(&mut self, problem: Problem) {
        self.problems.push(problem.in_locale(&self.source.tag));
    }

    fn parse_file(&mut self, file: &'s SourceFile) {
        let path = file.path.as_str();
        let text = match &file.content {
            FileContent::Text(text) => text.as_ref(),
            FileContent::NotUtf8 { valid_up_to, line, column } => {
                let problem = Problem::new(
                    ProblemKind::Encoding,
                    Severity::Error,
                    path,
                    format!("the file is not UTF-8: the byte at offset {valid_up_to} is not valid"),
                )
                .at(*line, *column)
                .with_help("save the file as UTF-8");
                self.push(problem);
                return;
            }
            FileContent::Unreadable { reason } => {
                let problem = Problem::new(
                    ProblemKind::Unreadable,
                    Severity::Error,
                    path,
                    format!("the file cannot be read: {reason}"),
                )
                .with_help("check that the file exists and that you may read it");
                self.push(problem);
                return;
            }
            FileContent::TooLarge { bytes } => {
                let problem = Problem::new(
                    ProblemKind::TooLarge,
                    Severity::Error,
                    path,
                    format!("the file has {bytes} bytes, more than the {MAX_FILE_BYTES} a catalogue file may have"),
                )
                .with_help("split the file, or check that it is the file you meant");
                self.push(problem);
                return;
            }
        };
        // A byte order mark is the checker's to report; the rest is read at its true offsets.
        let body_start = if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
        let resource = match fluent_syntax::parser::parse(&text[body_start..]) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    let problem = syntax_problem(path, text, body_start, &error);
                    self.push(problem);
                }
                resource
            }
        };
        self.files.push(ParsedFile { path, text, body_start, resource });
    }
}

/// What is wrong with a locale folder itself, its files unread: a tag that is not canonical BCP 47
/// or names a pseudolocale, and a folder without Fluent files.
pub fn folder_problems(tag: &str, path: &str, has_fluent_files: bool) -> Vec<Problem> {
    let mut problems = Vec::new();
    let tag_problem = match tag.parse::<LanguageIdentifier>() {
        Ok(_) if is_pseudolocale(tag) => Some(
            Problem::new(
                ProblemKind::LocaleTag,
                Severity::Error,
                path,
                format!("`{tag}` is a pseudolocale, made from `en-US`"),
            )
            .with_help(format!("remove the folder `{tag}`: the catalogue makes this locale itself")),
        ),
        Ok(id) if id == tag => None,
        Ok(id) => Some(
            Problem::new(
                ProblemKind::LocaleTag,
                Severity::Error,
                path,
                format!("the locale folder `{tag}` is not in canonical form"),
            )
            .with_help(format!("rename the folder to `{id}`")),
        ),
        Err(error) => Some(
            Problem::new(
                ProblemKind::LocaleTag,
                Severity::Error,
                path,
                format!("the locale folder `{tag}` is not a BCP 47 tag: {error}"),
            )
            .with_help("name the folder by its language and region, such as `pt-BR`"),
        ),
    };
    problems.extend(tag_problem);
    if !has_fluent_files {
        problems.push(
            Problem::new(
                ProblemKind::NoFiles,
                Severity::Error,
                path,
                format!("the locale folder `{path}` has no Fluent file"),
            )
            .with_help(format!("add `{path}/errors.ftl`, or run `cargo xtask new-locale {tag}`")),
        );
    }
    problems.into_iter().map(|problem| problem.in_locale(tag)).collect()
}

/// A syntax error, placed where a person would look: at the `{` that is never closed rather
/// than past the end of the file, as rustc points at an unclosed delimiter.
fn syntax_problem(path: &str, text: &str, body_start: usize, error: &fluent_syntax::parser::ParserError) -> Problem {
    let start = body_start + error.pos.start;
    let end = (body_start + error.pos.end).max(start + 1).min(text.len().max(1));
    let entry = error.slice.clone().map_or(start..end, |slice| body_start + slice.start..body_start + slice.end);
    if let Some(open) = unclosed_brace(text, entry.start.min(text.len())..entry.end.min(text.len()))
        && (start >= entry.end.min(text.len()) || text[start.min(text.len())..].trim().is_empty() || start > open)
    {
        return Problem::new(ProblemKind::Syntax, Severity::Error, path, "this `{` is never closed")
            .at_span(text, open..open + 1)
            .with_help("close the placeable with `}`, or write a literal brace as `{\"{\"}`");
    }
    Problem::new(ProblemKind::Syntax, Severity::Error, path, error.kind.to_string())
        .at_span(text, start..end)
        .with_help("fix the Fluent syntax here; see https://projectfluent.org/fluent/guide/")
}

/// The offset of the last `{` in `range` of `text` that no `}` closes, skipping string literals.
fn unclosed_brace(text: &str, range: Range<usize>) -> Option<usize> {
    let slice = text.get(range.clone())?;
    let mut open: Vec<usize> = Vec::new();
    let mut in_string = false;
    let mut escaped = false;
    for (offset, c) in slice.char_indices() {
        if in_string {
            match (escaped, c) {
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => escaped = false,
            }
            continue;
        }
        match c {
            '{' => open.push(range.start + offset),
            '}' => {
                open.pop();
            }
            '"' if !open.is_empty() => in_string = true,
            _ => {}
        }
    }
    open.last().copied()
}

impl<'p, 's: 'p> LocaleIndex<'p, 's> {
    pub(crate) fn build(locale: &'p ParsedLocale<'s>) -> LocaleIndex<'p, 's> {
        let mut index = LocaleIndex { locale, messages: BTreeMap::new(), terms: BTreeMap::new(), problems: Vec::new() };
        for file in &locale.files {
            for entry in &file.resource.body {
                match entry {
                    // One search of the map per entry: `entry`, not `get` then `insert`.
                    Entry::Message(message) => {
                        let id = message.id.name;
                        match index.messages.entry(id) {
                            btree_map::Entry::Occupied(first) => {
                                let first = first.get();
                                let problem = duplicate(id, first.file, first.entry.id.name, "message", file, id);
                                index.problems.push(problem.in_locale(&locale.source.tag));
                            }
                            btree_map::Entry::Vacant(place) => {
                                place.insert(Defined { file, entry: message });
                            }
                        }
                    }
                    Entry::Term(term) => {
                        let id = term.id.name;
                        match index.terms.entry(id) {
                            btree_map::Entry::Occupied(first) => {
                                let first = first.get();
                                let problem =
                                    duplicate(&format!("-{id}"), first.file, first.entry.id.name, "term", file, id);
                                index.problems.push(problem.in_locale(&locale.source.tag));
                            }
                            btree_map::Entry::Vacant(place) => {
                                place.insert(Defined { file, entry: term });
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        index
    }

    /// Whether a message's absence is already explained by another problem: the locale has no
    /// file, a file could not be read, or the message's entry did not parse.
    pub fn absence_explained(&self, id: &str) -> bool {
        let source = self.locale.source;
        source.files.is_empty()
            || source.files.iter().any(|file| file.content.text().is_none())
            || self.locale.files.iter().flat_map(|file| &file.resource.body).any(|entry| match entry {
                Entry::Junk { content } => junk_id(content) == Some(id),
                _ => false,
            })
    }
}

/// A duplicate-id problem that points back at the first definition.
fn duplicate(
    id: &str,
    first: &ParsedFile<'_>,
    first_id: &str,
    kind: &str,
    file: &ParsedFile<'_>,
    slice: &str,
) -> Problem {
    let line = offset_in(first.text, first_id).map_or(0, |offset| first.text[..offset].matches('\n').count() + 1);
    place(
        Problem::new(
            ProblemKind::DuplicateId,
            Severity::Error,
            file.path,
            format!("the {kind} `{id}` is defined twice"),
        )
        .with_id(id)
        .with_help(format!("remove or rename one of them; the first is at {}:{line}", first.path)),
        file,
        slice,
    )
}

/// Places a problem at a slice of a file's text.
pub fn place(problem: Problem, file: &ParsedFile<'_>, slice: &str) -> Problem {
    match offset_in(file.text, slice) {
        Some(offset) => problem.at_span(file.text, offset..offset + slice.len().max(1)),
        None => problem,
    }
}

/// The part of `text` a pattern's text spans, from its first text to the end of its last (the
/// placeables between included): what a finding on a whole entry underlines. `None` when the
/// pattern has no text, or was not parsed from `text`.
///
/// # Example
///
/// ```
/// use fluent_syntax::ast::Entry;
/// use vod_error_l10n::loader::parse::pattern_slice;
///
/// let text = "greeting = Hello, { $name }, welcome.\n";
/// let resource = fluent_syntax::parser::parse(text).unwrap();
/// let Entry::Message(message) = &resource.body[0] else { unreachable!() };
/// let pattern = message.value.as_ref().unwrap();
/// assert_eq!(pattern_slice(text, pattern), Some("Hello, { $name }, welcome."));
/// ```
pub fn pattern_slice<'t>(text: &'t str, pattern: &Pattern<&str>) -> Option<&'t str> {
    let mut texts = pattern.elements.iter().filter_map(|element| match element {
        PatternElement::TextElement { value } => Some(*value),
        PatternElement::Placeable { .. } => None,
    });
    let first = texts.next()?;
    let last = texts.next_back().unwrap_or(first);
    let start = offset_in(text, first)?;
    let end = offset_in(text, last)? + last.len();
    text.get(start..end)
}

/// The byte offset of `slice` in `text`, when `slice` was borrowed from it.
pub fn offset_in(text: &str, slice: &str) -> Option<usize> {
    let offset = (slice.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    (offset + slice.len() <= text.len()).then_some(offset)
}

/// The message id a piece of junk starts with, when it starts with one.
fn junk_id(content: &str) -> Option<&str> {
    let end = content.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(content.len());
    let id = &content[..end];
    (!id.is_empty() && id.starts_with(|c: char| c.is_ascii_alphabetic())).then_some(id)
}

/// The `$variables` a pattern uses, in order of first use.
pub fn variables<'a>(pattern: &Pattern<&'a str>) -> Vec<&'a str> {
    let mut found = Vec::new();
    walk_pattern(pattern, &mut |inline| {
        if let InlineExpression::VariableReference { id } = inline
            && !found.contains(&id.name)
        {
            found.push(id.name);
        }
    });
    found
}

/// The message and term references of a pattern: `(is_term, id, attribute)`.
pub fn references<'a>(pattern: &Pattern<&'a str>) -> Vec<(bool, &'a str, Option<&'a str>)> {
    let mut found = Vec::new();
    walk_pattern(pattern, &mut |inline| match inline {
        InlineExpression::MessageReference { id, attribute } => {
            found.push((false, id.name, attribute.as_ref().map(|attribute| attribute.name)));
        }
        InlineExpression::TermReference { id, attribute, .. } => {
            found.push((true, id.name, attribute.as_ref().map(|attribute| attribute.name)));
        }
        _ => {}
    });
    found
}

/// Calls `visit` on every inline expression of a pattern, nested ones included.
fn walk_pattern<'a>(pattern: &Pattern<&'a str>, visit: &mut dyn FnMut(&InlineExpression<&'a str>)) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, visit);
        }
    }
}

fn walk_expression<'a>(expression: &Expression<&'a str>, visit: &mut dyn FnMut(&InlineExpression<&'a str>)) {
    match expression {
        Expression::Inline(inline) => walk_inline(inline, visit),
        Expression::Select { selector, variants } => {
            walk_inline(selector, visit);
            for variant in variants {
                walk_pattern(&variant.value, visit);
            }
        }
    }
}

fn walk_inline<'a>(inline: &InlineExpression<&'a str>, visit: &mut dyn FnMut(&InlineExpression<&'a str>)) {
    visit(inline);
    match inline {
        InlineExpression::TermReference { arguments: Some(call), .. }
        | InlineExpression::FunctionReference { arguments: call, .. } => {
            for positional in &call.positional {
                walk_inline(positional, visit);
            }
            for named in &call.named {
                walk_inline(&named.value, visit);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, visit),
        _ => {}
    }
}

/// Measures every locale against the table: what stops the catalogue from loading (errors) and
/// what only makes a locale fall back (warnings). Reading, syntax and duplicate problems come
/// first, in folder and file order.
pub fn validate(indexes: &[LocaleIndex<'_, '_>], table: &MessageTable) -> Vec<Problem> {
    let mut problems: Vec<Problem> = Vec::new();
    for index in indexes {
        problems.extend(index.locale.problems.iter().cloned());
        problems.extend(index.problems.iter().cloned());
    }
    if !indexes.iter().any(|index| index.tag() == DEFAULT_LOCALE) {
        problems.push(missing_default_locale());
    }
    for index in indexes {
        validate_locale(index, table, &mut problems);
    }
    problems
}

/// The error of a folder without `en-US`.
pub(crate) fn missing_default_locale() -> Problem {
    Problem::new(
        ProblemKind::MissingDefaultLocale,
        Severity::Error,
        "",
        format!("there is no `{DEFAULT_LOCALE}` locale"),
    )
    .with_help(format!("add the folder `{DEFAULT_LOCALE}`: every fallback chain ends there"))
}

/// Every problem of one locale: what reading, parsing and indexing it found, then what
/// [`validate_locale`] finds.
pub(crate) fn locale_problems(index: &LocaleIndex<'_, '_>, table: &MessageTable) -> Vec<Problem> {
    let mut problems: Vec<Problem> = index.locale.problems.iter().chain(&index.problems).cloned().collect();
    validate_locale(index, table, &mut problems);
    problems
}

/// Measures one locale against the table, past its reading, syntax and duplicate problems
/// (which [`validate`] gathers first).
pub fn validate_locale(index: &LocaleIndex<'_, '_>, table: &MessageTable, problems: &mut Vec<Problem>) {
    let is_default = index.tag() == DEFAULT_LOCALE;
    // A locale other than `en-US` may lack a message: it falls back to the next locale.
    let missing_severity = if is_default { Severity::Error } else { Severity::Warning };
    for spec in table.messages() {
        match index.messages.get(spec.id.as_str()) {
            Some(defined) => validate_message(index, spec, defined, problems),
            None if index.absence_explained(&spec.id) => {}
            None => problems.push(missing_message(index, spec, missing_severity)),
        }
    }
    for (id, defined) in &index.messages {
        // A message the table does not know is ignored here; the checker reports it.
        let patterns =
            defined.entry.value.iter().chain(defined.entry.attributes.iter().map(|attribute| &attribute.value));
        for pattern in patterns {
            check_references(index, defined.file, pattern, id, problems);
        }
    }
    for (id, defined) in &index.terms {
        check_references(index, defined.file, &defined.entry.value, id, problems);
    }
}

fn missing_message(index: &LocaleIndex<'_, '_>, spec: &MessageSpec, severity: Severity) -> Problem {
    let source = index.locale.source;
    let file_name = if spec.description { "errors.ftl" } else { "page.ftl" };
    let file = source
        .files
        .iter()
        .find(|file| file.path.ends_with(&format!("/{file_name}")))
        .map_or_else(|| format!("{}/{file_name}", source.path), |file| file.path.clone());
    let arguments: String = spec.arguments.iter().map(|(name, _)| format!(" {{ ${name} }}")).collect();
    let owner = spec.wire.as_ref().map_or_else(String::new, |wire| format!(" of the code `{wire}`"));
    let description = if spec.description { " with a `.description`" } else { "" };
    Problem::new(
        ProblemKind::MissingMessage,
        severity,
        &file,
        format!("the message `{}`{owner} is missing in `{}`", spec.id, index.tag()),
    )
    .with_id(&spec.id)
    .with_help(format!("add `{} = …{arguments}`{description} to {file}", spec.id))
    .in_locale(index.tag())
}

fn validate_message(
    index: &LocaleIndex<'_, '_>,
    spec: &MessageSpec,
    defined: &Defined<'_, Message<&str>>,
    problems: &mut Vec<Problem>,
) {
    let id = spec.id.as_str();
    let file = defined.file;
    let message = defined.entry;
    let tag = index.tag();
    let is_default = tag == DEFAULT_LOCALE;
    match &message.value {
        Some(value) => check_variables(spec, file, value, "message", true, tag, problems),
        None => problems.push(
            place(
                Problem::new(
                    ProblemKind::MissingValue,
                    Severity::Error,
                    file.path,
                    format!("the message `{id}` has no value"),
                ),
                file,
                message.id.name,
            )
            .with_id(id)
            .with_help(format!("give it its text: `{id} = …`"))
            .in_locale(tag),
        ),
    }
    let known: &[&str] = if spec.description { &["description"] } else { &[] };
    for attribute in &message.attributes {
        let name = attribute.id.name;
        if !known.contains(&name) {
            let help = match known {
                [] => format!("remove `.{name}`: this message takes no attributes"),
                _ => format!("remove `.{name}`, or rename it to `.description`"),
            };
            problems.push(
                place(
                    Problem::new(
                        ProblemKind::UnknownAttribute,
                        Severity::Warning,
                        file.path,
                        format!("`{id}` has an attribute `.{name}` that no one reads"),
                    ),
                    file,
                    name,
                )
                .with_id(id)
                .with_help(help)
                .in_locale(tag),
            );
        } else {
            check_variables(spec, file, &attribute.value, "description", false, tag, problems);
        }
    }
    if spec.description && !message.attributes.iter().any(|attribute| attribute.id.name == "description") {
        let severity = if is_default { Severity::Error } else { Severity::Warning };
        problems.push(
            place(
                Problem::new(
                    ProblemKind::MissingDescription,
                    severity,
                    file.path,
                    format!("the message `{id}` has no `.description`"),
                ),
                file,
                message.id.name,
            )
            .with_id(id)
            .with_help("add an indented line `    .description = …` below the message, saying why the error happens")
            .in_locale(tag),
        );
    }
}

fn check_variables(
    spec: &MessageSpec,
    file: &ParsedFile<'_>,
    pattern: &Pattern<&str>,
    what: &str,
    all_required: bool,
    tag: &str,
    problems: &mut Vec<Problem>,
) {
    let id = spec.id.as_str();
    let used = variables(pattern);
    let owner = spec.wire.as_deref().unwrap_or(id);
    for variable in &used {
        if !spec.arguments.iter().any(|(argument, _)| argument == variable) {
            let help = match spec.arguments.as_slice() {
                [] => format!("`{owner}` takes no arguments: remove `{{ ${variable} }}`"),
                arguments => {
                    let names: Vec<String> = arguments.iter().map(|(name, _)| format!("`{{ ${name} }}`")).collect();
                    format!("use the declared argument: {}", names.join(", "))
                }
            };
            problems.push(
                place(
                    Problem::new(
                        ProblemKind::Variables,
                        Severity::Error,
                        file.path,
                        format!("the {what} of `{id}` uses `${variable}`, which `{owner}` does not declare"),
                    ),
                    file,
                    variable,
                )
                .with_id(id)
                .with_help(help)
                .in_locale(tag),
            );
        }
    }
    if all_required {
        for (argument, _) in &spec.arguments {
            if !used.contains(&argument.as_str()) {
                let slice = pattern_slice(file.text, pattern);
                let problem = Problem::new(
                    ProblemKind::Variables,
                    Severity::Error,
                    file.path,
                    format!("the {what} of `{id}` does not use the argument `${argument}`"),
                )
                .with_id(id)
                .with_help(format!("put `{{ ${argument} }}` where the value belongs"))
                .in_locale(tag);
                problems.push(match slice {
                    Some(slice) => place(problem, file, slice),
                    None => problem,
                });
            }
        }
    }
}

fn check_references(
    index: &LocaleIndex<'_, '_>,
    file: &ParsedFile<'_>,
    pattern: &Pattern<&str>,
    owner: &str,
    problems: &mut Vec<Problem>,
) {
    for (is_term, id, attribute) in references(pattern) {
        let found = if is_term {
            index.terms.get(id).is_some_and(|defined| match attribute {
                Some(name) => defined.entry.attributes.iter().any(|a| a.id.name == name),
                None => true,
            })
        } else {
            index.messages.get(id).is_some_and(|defined| match attribute {
                Some(name) => defined.entry.attributes.iter().any(|a| a.id.name == name),
                None => defined.entry.value.is_some(),
            })
        };
        if found {
            continue;
        }
        let kind = if is_term { "term" } else { "message" };
        let shown = match (is_term, attribute) {
            (true, Some(attribute)) => format!("-{id}.{attribute}"),
            (true, None) => format!("-{id}"),
            (false, Some(attribute)) => format!("{id}.{attribute}"),
            (false, None) => id.to_owned(),
        };
        problems.push(
            place(
                Problem::new(
                    ProblemKind::UnresolvedReference,
                    Severity::Error,
                    file.path,
                    format!("`{owner}` refers to the {kind} `{shown}`, which `{}` does not define", index.tag()),
                ),
                file,
                id,
            )
            .with_id(owner)
            .with_help(format!("define the {kind} `{shown}` in this locale, or fix the reference"))
            .in_locale(index.tag()),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(source: &str, expected: (usize, usize)) {
        let locale = LocaleSource {
            tag: "en-US".into(),
            path: "t".into(),
            files: vec![SourceFile::text("t/errors.ftl", source.to_owned())],
            review: None,
            glossary: None,
        };
        let parsed = parse_locales(std::slice::from_ref(&locale));
        let problem = parsed[0].problems.iter().find(|problem| problem.kind == ProblemKind::Syntax).unwrap();
        assert_eq!((problem.line.unwrap(), problem.column.unwrap()), expected, "{source:?}: {problem}");
    }

    #[test]
    fn syntax_errors_point_where_a_person_looks() {
        check("a = b\nbroken = { $x", (2, 10));
        check("broken = { $x\n", (1, 10));
        check("a = b\nbroken = { $x\nc = d\n", (2, 10));
        check("a = { \"{\" } and {\n", (1, 17));
        check("a = b\n= c\n", (2, 1));
    }
}

#[cfg(test)]
mod pattern_slices {
    use fluent_syntax::ast::Entry;

    use super::pattern_slice;

    /// The value of the first message of `source`, parsed.
    fn first_value(source: &str) -> fluent_syntax::ast::Pattern<&str> {
        let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(resource, _)| resource);
        match resource.body.into_iter().next() {
            Some(Entry::Message(message)) => message.value.unwrap_or_else(|| panic!("no value in {source:?}")),
            _ => panic!("no message in {source:?}"),
        }
    }

    /// The part of `source` that `pattern_slice` gives for its first message's value.
    fn check(source: &str, expected: Option<&str>) {
        assert_eq!(pattern_slice(source, &first_value(source)), expected, "{source:?}");
    }

    #[test]
    fn text_only() {
        check("a = The video does not exist.\n", Some("The video does not exist."));
    }

    #[test]
    fn placeables_between_texts_are_included() {
        check("a = Parameter { $name } is invalid.\n", Some("Parameter { $name } is invalid."));
    }

    #[test]
    fn a_leading_placeable_is_left_out() {
        check("a = { $name } is invalid.\n", Some(" is invalid."));
    }

    #[test]
    fn a_multiline_pattern_spans_its_lines() {
        check("a =\n    First line\n    second line.\n", Some("First line\n    second line."));
    }

    #[test]
    fn a_pattern_without_text() {
        check("a = { $name }\n", None);
    }

    #[test]
    fn a_pattern_from_another_text() {
        let another = String::from("a = Elsewhere.\n");
        assert_eq!(pattern_slice(&another, &first_value("a = Elsewhere.\n")), None);
    }
}
