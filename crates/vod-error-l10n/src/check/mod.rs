//! The catalogue checker: every way a locales folder can be wrong, found in one pass.
//!
//! The code table is the reference, not the English file: every locale, `en-US` included, is
//! measured against it. Every problem is collected and reported; nothing stops at the first.

mod finding;
mod pattern;
mod report;
mod translation;

use std::collections::BTreeMap;

use fluent_syntax::ast::{Entry, Message, Pattern, Term};
use unic_langid::LanguageIdentifier;

pub use finding::{Check, Finding, Severity};
pub use report::{LocaleSummary, Report};

use crate::source::{FileContent, LocaleSource, MAX_FILE_BYTES};
use crate::table::CodeTable;
pub(crate) use pattern::plain_text;
use pattern::{PatternUses, Reference, link_targets};

/// The locale every fallback chain ends at, and the source of every translation.
pub const DEFAULT_LOCALE: &str = "en-US";

/// Checks every locale against the code table and returns every finding.
///
/// # Example
///
/// ```
/// use vod_error_l10n::{check_locales, CodeTable, LocaleSource, SourceFile};
///
/// let locales = vec![LocaleSource {
///     tag: "en-US".into(),
///     path: "locales/en-US".into(),
///     files: vec![SourceFile::text("locales/en-US/errors.ftl", "forbidden = No.\n")],
///     review: None,
/// }];
/// let report = check_locales(&CodeTable::vod(), &locales);
/// assert!(report.has_errors());
/// assert!(report.findings.iter().any(|f| f.message_id.as_deref() == Some("missing-parameter")));
/// ```
pub fn check_locales(table: &CodeTable, locales: &[LocaleSource]) -> Report {
    let parsed: Vec<ParsedLocale<'_>> = locales.iter().map(ParsedLocale::parse).collect();
    let mut findings: Vec<Finding> = parsed.iter().flat_map(|locale| locale.findings.iter().cloned()).collect();
    let indexes: Vec<LocaleIndex<'_, '_>> = parsed.iter().map(LocaleIndex::build).collect();
    let default = indexes.iter().find(|index| index.locale.source.tag == DEFAULT_LOCALE);
    if default.is_none() {
        findings.push(
            Finding::new(Check::MissingDefaultLocale, format!("there is no `{DEFAULT_LOCALE}` locale"))
                .with_help(format!("add the folder `{DEFAULT_LOCALE}`: every fallback chain ends there")),
        );
    }
    let known = KnownIds::new(table);
    let default_sources = default.map(translation::source_texts_of).unwrap_or_default();
    for index in &indexes {
        let mut checker = LocaleChecker {
            table,
            known: &known,
            default_sources: &default_sources,
            index,
            default,
            findings: Vec::new(),
        };
        checker.check();
        findings.extend(index.findings.iter().cloned());
        findings.extend(checker.findings);
    }
    let summaries = indexes.iter().map(|index| LocaleSummary::count(table, index, &findings)).collect();
    Report::new(findings, summaries, locales)
}

/// A locale folder whose files have been parsed.
struct ParsedLocale<'s> {
    source: &'s LocaleSource,
    files: Vec<ParsedFile<'s>>,
    findings: Vec<Finding>,
}

/// A Fluent file that was read and parsed (with whatever entries parsed despite errors).
struct ParsedFile<'s> {
    path: &'s str,
    text: &'s str,
    resource: fluent_syntax::ast::Resource<&'s str>,
}

impl<'s> ParsedLocale<'s> {
    fn parse(source: &'s LocaleSource) -> ParsedLocale<'s> {
        let mut locale = ParsedLocale { source, files: Vec::new(), findings: Vec::new() };
        locale.check_tag();
        if source.files.is_empty() {
            let finding =
                Finding::new(Check::NoFiles, format!("the locale folder `{}` has no Fluent file", source.path))
                    .with_help(format!(
                        "add `{}/errors.ftl`, or run `cargo xtask new-locale {}`",
                        source.path, source.tag
                    ));
            locale.push(finding, None);
        }
        for file in &source.files {
            locale.parse_file(file);
        }
        locale
    }

    fn check_tag(&mut self) {
        let tag = &self.source.tag;
        match tag.parse::<LanguageIdentifier>() {
            Ok(_) if crate::pseudo::is_pseudolocale(tag) => {
                let finding =
                    Finding::new(Check::LocaleTag, format!("`{tag}` is a pseudolocale, generated from `en-US`"))
                        .with_help(format!("remove the folder `{tag}`: the catalogue makes this locale itself"));
                self.push(finding, None);
            }
            Ok(id) if id.to_string() == *tag => {}
            Ok(id) => {
                let finding =
                    Finding::new(Check::LocaleTag, format!("the locale folder `{tag}` is not in canonical form"))
                        .with_help(format!("rename the folder to `{id}`"));
                self.push(finding, None);
            }
            Err(error) => {
                let finding =
                    Finding::new(Check::LocaleTag, format!("the locale folder `{tag}` is not a BCP 47 tag: {error}"))
                        .with_help("name the folder by its language and region, such as `pt-BR`");
                self.push(finding, None);
            }
        }
    }

    fn parse_file(&mut self, file: &'s crate::source::SourceFile) {
        let path = file.path.as_str();
        let text = match &file.content {
            FileContent::Text(text) => text.as_ref(),
            FileContent::NotUtf8 { valid_up_to, line, column } => {
                let mut finding = Finding::new(
                    Check::Encoding,
                    format!("the file is not UTF-8: the byte at offset {valid_up_to} is not valid"),
                )
                .with_help("save the file as UTF-8");
                finding.line = Some(*line);
                finding.column = Some(*column);
                self.push_in(finding, path);
                return;
            }
            FileContent::Unreadable { reason } => {
                let finding = Finding::new(Check::Unreadable, format!("the file cannot be read: {reason}"))
                    .with_help("check that the file exists and that you may read it");
                self.push_in(finding, path);
                return;
            }
            FileContent::TooLarge { bytes } => {
                let finding = Finding::new(
                    Check::TooLarge,
                    format!("the file has {bytes} bytes, more than the {MAX_FILE_BYTES} a catalogue file may have"),
                )
                .with_help("split the file, or check that it is the file you meant");
                self.push_in(finding, path);
                return;
            }
        };
        if text.trim_start_matches('\u{feff}').trim().is_empty() {
            let finding = Finding::new(Check::EmptyFile, "the file is empty")
                .with_help("write the locale's messages in it, or remove it");
            self.push_in(finding, path);
        }
        self.scan_characters(path, text);
        if text.starts_with('\u{feff}') {
            let finding = Finding::new(Check::ByteOrderMark, "the file starts with a byte order mark")
                .with_help("save the file as UTF-8 without a byte order mark");
            self.push_at(finding, path, text, 0..3);
        }
        // The mark is reported above; the rest of the file is still checked, at its true offsets.
        let body_start = if text.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
        let resource = match fluent_syntax::parser::parse(&text[body_start..]) {
            Ok(resource) => resource,
            Err((resource, errors)) => {
                for error in errors {
                    let finding = Finding::new(Check::Syntax, error.kind.to_string())
                        .with_help("fix the Fluent syntax here; see https://projectfluent.org/fluent/guide/");
                    let start = body_start + error.pos.start;
                    let span = start..(body_start + error.pos.end).max(start + 1).min(text.len().max(1));
                    self.push_at(finding, path, text, span);
                }
                resource
            }
        };
        self.files.push(ParsedFile { path, text, resource });
    }

    /// Warns about U+FFFD and invisible bidi controls anywhere in a file.
    fn scan_characters(&mut self, path: &str, text: &str) {
        for (offset, c) in text.char_indices() {
            let finding = match c {
                '\u{fffd}' => Finding::new(Check::ReplacementCharacter, "the replacement character U+FFFD stands here")
                    .with_help("a conversion lost the character that was here; write it again"),
                '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}' => {
                    Finding::new(
                        Check::BidiControl,
                        format!("the invisible bidirectional control U+{:04X} stands here", u32::from(c)),
                    )
                    .with_help("remove it: the catalogue isolates arguments itself in right-to-left locales")
                }
                c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => Finding::new(
                    Check::ControlCharacter,
                    format!("the control character U+{:04X} stands here", u32::from(c)),
                )
                .with_help("remove it: it can change what a terminal shows"),
                _ => continue,
            };
            self.push_at(finding, path, text, offset..offset + c.len_utf8());
        }
    }

    fn push(&mut self, mut finding: Finding, file: Option<&str>) {
        finding.locale = Some(self.source.tag.clone());
        finding.file = Some(file.unwrap_or(&self.source.path).to_owned());
        self.findings.push(finding);
    }

    fn push_in(&mut self, finding: Finding, path: &str) {
        self.push(finding, Some(path));
    }

    fn push_at(&mut self, finding: Finding, path: &str, text: &str, span: std::ops::Range<usize>) {
        let finding = locate(finding, text, span);
        self.push(finding, Some(path));
    }
}

/// Sets a finding's line, column and span from a byte range in a file's text.
fn locate(mut finding: Finding, text: &str, span: std::ops::Range<usize>) -> Finding {
    let start = span.start.min(text.len());
    let start = (0..=start).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let before = &text[..start];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    finding.line = Some(line);
    finding.column = Some(text[line_start..start].chars().count() + 1);
    finding.span = Some(start..span.end.max(start).min(text.len()));
    finding
}

/// The byte offset of `slice` in `text`, when `slice` was borrowed from it.
fn offset_in(text: &str, slice: &str) -> Option<usize> {
    let offset = (slice.as_ptr() as usize).checked_sub(text.as_ptr() as usize)?;
    (offset + slice.len() <= text.len()).then_some(offset)
}

/// Where an entry was defined: which file of its locale.
struct Defined<'p, T> {
    file: &'p ParsedFile<'p>,
    entry: &'p T,
}

/// A parsed locale's messages and terms by id.
struct LocaleIndex<'p, 's> {
    locale: &'p ParsedLocale<'s>,
    messages: BTreeMap<&'p str, Defined<'p, Message<&'p str>>>,
    terms: BTreeMap<&'p str, Defined<'p, Term<&'p str>>>,
    findings: Vec<Finding>,
}

impl<'p, 's: 'p> LocaleIndex<'p, 's> {
    fn build(locale: &'p ParsedLocale<'s>) -> LocaleIndex<'p, 's> {
        let mut index = LocaleIndex { locale, messages: BTreeMap::new(), terms: BTreeMap::new(), findings: Vec::new() };
        for file in &locale.files {
            for entry in &file.resource.body {
                match entry {
                    Entry::Message(message) => {
                        let id = message.id.name;
                        if let Some(first) = index.messages.get(id) {
                            let finding = duplicate(id, first.file, first.entry.id.name, "message");
                            index.push_at(finding, file, id);
                        } else {
                            index.messages.insert(id, Defined { file, entry: message });
                        }
                    }
                    Entry::Term(term) => {
                        let id = term.id.name;
                        if let Some(first) = index.terms.get(id) {
                            let finding = duplicate(&format!("-{id}"), first.file, first.entry.id.name, "term");
                            index.push_at(finding, file, id);
                        } else {
                            index.terms.insert(id, Defined { file, entry: term });
                        }
                    }
                    _ => {}
                }
            }
        }
        index
    }

    fn push_at(&mut self, finding: Finding, file: &ParsedFile<'_>, slice: &str) {
        self.findings.push(place(finding, &self.locale.source.tag, file, slice));
    }
}

/// A duplicate-id finding that points back at the first definition.
fn duplicate(id: &str, first: &ParsedFile<'_>, first_id: &str, kind: &str) -> Finding {
    let line = offset_in(first.text, first_id).map_or(0, |offset| first.text[..offset].matches('\n').count() + 1);
    Finding::new(Check::DuplicateId, format!("the {kind} `{id}` is defined twice"))
        .with_message_id(id)
        .with_help(format!("remove or rename one of them; the first is at {}:{line}", first.path))
}

/// Sets a finding's locale, file and place from a slice of the file's text.
fn place(mut finding: Finding, tag: &str, file: &ParsedFile<'_>, slice: &str) -> Finding {
    finding.locale = Some(tag.to_owned());
    finding.file = Some(file.path.to_owned());
    match offset_in(file.text, slice) {
        Some(offset) => locate(finding, file.text, offset..offset + slice.len().max(1)),
        None => finding,
    }
}

/// Every message id the code table knows, each with its code (none for the page's messages).
struct KnownIds<'t> {
    ids: std::collections::HashMap<&'t str, Option<&'t crate::table::CodeSpec>>,
}

impl<'t> KnownIds<'t> {
    fn new(table: &'t CodeTable) -> KnownIds<'t> {
        let mut ids = std::collections::HashMap::with_capacity(table.codes.len() + table.page_messages.len());
        for spec in &table.codes {
            ids.insert(spec.message_id.as_str(), Some(spec));
        }
        for id in &table.page_messages {
            ids.entry(id.as_str()).or_insert(None);
        }
        KnownIds { ids }
    }

    fn contains(&self, id: &str) -> bool {
        self.ids.contains_key(id)
    }
}

/// Runs the per-locale checks that need the code table and `en-US`.
struct LocaleChecker<'c, 'p, 's> {
    table: &'c CodeTable,
    known: &'c KnownIds<'c>,
    /// The Fluent source of every `en-US` value and attribute, by `id` or `id.attribute`.
    default_sources: &'c std::collections::HashMap<String, String>,
    index: &'c LocaleIndex<'p, 's>,
    default: Option<&'c LocaleIndex<'p, 's>>,
    findings: Vec<Finding>,
}

impl LocaleChecker<'_, '_, '_> {
    fn tag(&self) -> &str {
        &self.index.locale.source.tag
    }

    /// Whether a missing message is already explained by another finding: the locale has no
    /// file, a file could not be read, or the message's entry did not parse.
    fn absence_explained(&self, id: &str) -> bool {
        let source = self.index.locale.source;
        source.files.is_empty()
            || source.files.iter().any(|file| file.content.text().is_none())
            || self.index.locale.files.iter().flat_map(|file| &file.resource.body).any(|entry| match entry {
                Entry::Junk { content } => junk_id(content) == Some(id),
                _ => false,
            })
    }

    fn check(&mut self) {
        for spec in &self.table.codes {
            match self.index.messages.get(spec.message_id.as_str()) {
                Some(defined) => self.check_message(spec, defined.file, defined.entry),
                None if self.absence_explained(&spec.message_id) => {}
                None => self.missing_message(spec),
            }
        }
        for id in &self.table.page_messages {
            match self.index.messages.get(id.as_str()) {
                Some(defined) => self.check_page_message(id, defined.file, defined.entry),
                None if self.absence_explained(id) => {}
                None => self.missing_page_message(id),
            }
        }
        for (id, defined) in &self.index.messages {
            if !self.known.contains(id) {
                self.unknown_message(id, defined.file);
            }
            self.check_references(defined.file, defined.entry.value.as_ref(), id);
            for attribute in &defined.entry.attributes {
                self.check_references(defined.file, Some(&attribute.value), id);
            }
        }
        for (id, defined) in &self.index.terms {
            self.check_references(defined.file, Some(&defined.entry.value), id);
        }
        self.check_translation();
    }

    fn push(&mut self, finding: Finding, file: &ParsedFile<'_>, slice: &str) {
        let finding = place(finding, self.index.locale.source.tag.as_str(), file, slice);
        self.findings.push(finding);
    }

    fn missing_message(&mut self, spec: &crate::table::CodeSpec) {
        let source = self.index.locale.source;
        let file = source
            .files
            .iter()
            .find(|file| file.path.ends_with("/errors.ftl"))
            .map_or_else(|| format!("{}/errors.ftl", source.path), |file| file.path.clone());
        let arguments: String = spec.arguments.iter().map(|name| format!(" {{ ${name} }}")).collect();
        let mut finding = Finding::new(
            Check::MissingMessage,
            format!("the code `{}` has no message `{}` in `{}`", spec.wire, spec.message_id, self.tag()),
        )
        .with_message_id(&spec.message_id)
        .with_help(format!("add `{} = …{arguments}` with a `.description` to {file}", spec.message_id));
        finding.locale = Some(self.tag().to_owned());
        finding.file = Some(file);
        self.findings.push(finding);
    }

    fn missing_page_message(&mut self, id: &str) {
        let source = self.index.locale.source;
        let file = format!("{}/page.ftl", source.path);
        let mut finding = Finding::new(
            Check::MissingMessage,
            format!("the error-code page's message `{id}` is missing in `{}`", self.tag()),
        )
        .with_message_id(id)
        .with_help(format!("add `{id} = …` to {file}, translating `{DEFAULT_LOCALE}`'s"));
        finding.locale = Some(self.tag().to_owned());
        finding.file = Some(file);
        self.findings.push(finding);
    }

    /// Reports every attribute of a message that is not in `known`.
    fn check_attributes(&mut self, id: &str, file: &ParsedFile<'_>, message: &Message<&str>, known: &[&str]) {
        for attribute in &message.attributes {
            let name = attribute.id.name;
            if !known.contains(&name) {
                let help = match known {
                    [] => format!("remove `.{name}`: this message takes no attributes"),
                    known => {
                        let names: Vec<String> = known.iter().map(|known| format!("`.{known}`")).collect();
                        format!("remove `.{name}`, or rename it to {}", names.join(" or "))
                    }
                };
                let finding = Finding::new(
                    Check::UnknownAttribute,
                    format!("`{id}` has an attribute `.{name}` that no one reads"),
                )
                .with_message_id(id)
                .with_help(help);
                self.push(finding, file, name);
            }
        }
    }

    fn check_page_message(&mut self, id: &str, file: &ParsedFile<'_>, message: &Message<&str>) {
        self.check_attributes(id, file, message, &[]);
        let spec = crate::table::CodeSpec::new(id, id, [""; 0]);
        match &message.value {
            Some(value) => {
                self.check_text(id, "value", file, value);
                self.check_variables(&spec, file, message.id.name, value, "message", true);
            }
            None => {
                let finding = Finding::new(Check::MissingValue, format!("the message `{id}` has no value"))
                    .with_message_id(id)
                    .with_help(format!("give it its text: `{id} = …`"));
                self.push(finding, file, id);
            }
        }
    }

    fn unknown_message(&mut self, id: &str, file: &ParsedFile<'_>) {
        let closest = self
            .table
            .codes
            .iter()
            .map(|spec| (strsim::levenshtein(id, &spec.message_id), spec))
            .min_by_key(|&(distance, _)| distance)
            .filter(|&(distance, _)| distance <= (id.len() / 3).max(2));
        let help = match closest {
            Some((_, spec)) => format!("did you mean `{}` (the code `{}`)?", spec.message_id, spec.wire),
            None => "remove the message, or add its code to the table in vod-error-codes".to_owned(),
        };
        let finding = Finding::new(Check::UnknownMessage, format!("the message `{id}` belongs to no error code"))
            .with_message_id(id)
            .with_help(help);
        self.push(finding, file, id);
    }

    fn check_message(&mut self, spec: &crate::table::CodeSpec, file: &ParsedFile<'_>, message: &Message<&str>) {
        let id = message.id.name;
        match &message.value {
            Some(value) => {
                self.check_text(id, "value", file, value);
                self.check_variables(spec, file, message.id.name, value, "message", true);
            }
            None => {
                let finding = Finding::new(Check::MissingValue, format!("the message `{id}` has no value"))
                    .with_message_id(id)
                    .with_help(format!("give it the error message's text: `{id} = …`"));
                self.push(finding, file, id);
            }
        }
        self.check_attributes(id, file, message, &["description"]);
        match message.attributes.iter().find(|attribute| attribute.id.name == "description") {
            Some(attribute) => {
                self.check_text(id, "description", file, &attribute.value);
                self.check_variables(spec, file, message.id.name, &attribute.value, "description", false);
                self.check_links(id, file, &attribute.value);
            }
            None => {
                let finding = Finding::new(
                    Check::MissingDescription,
                    format!("the message `{id}` has no `.description`"),
                )
                .with_message_id(id)
                .with_help(
                    "add an indented line `    .description = …` below the message, saying why the error happens",
                );
                self.push(finding, file, id);
            }
        }
    }

    fn check_text(&mut self, id: &str, what: &str, file: &ParsedFile<'_>, pattern: &Pattern<&str>) {
        if pattern::visible_text(pattern).trim().is_empty() {
            let finding = Finding::new(Check::EmptyText, format!("the {what} of `{id}` is blank"))
                .with_message_id(id)
                .with_help(format!("write the {what}'s text"));
            self.push(finding, file, id);
        }
    }

    fn check_variables(
        &mut self,
        spec: &crate::table::CodeSpec,
        file: &ParsedFile<'_>,
        id_in_file: &str,
        pattern: &Pattern<&str>,
        what: &str,
        all_required: bool,
    ) {
        let id = spec.message_id.as_str();
        let uses = PatternUses::of(pattern);
        for variable in &uses.variables {
            if !spec.arguments.iter().any(|argument| argument == variable) {
                let help = match spec.arguments.as_slice() {
                    [] => format!("`{}` takes no arguments: remove `{{ ${variable} }}`", spec.wire),
                    arguments => {
                        let names: Vec<String> = arguments.iter().map(|name| format!("`{{ ${name} }}`")).collect();
                        format!("use the declared argument: {}", names.join(", "))
                    }
                };
                let finding = Finding::new(
                    Check::Variables,
                    format!("the {what} of `{id}` uses `${variable}`, which `{}` does not declare", spec.wire),
                )
                .with_message_id(id)
                .with_help(help);
                self.push(finding, file, variable);
            }
        }
        if all_required {
            for argument in &spec.arguments {
                if !uses.variables.contains(&argument.as_str()) {
                    let finding = Finding::new(
                        Check::Variables,
                        format!("the {what} of `{id}` does not use the argument `${argument}`"),
                    )
                    .with_message_id(id)
                    .with_help(format!("put `{{ ${argument} }}` where the value belongs"));
                    self.push(finding, file, id_in_file);
                }
            }
        }
    }

    fn check_links(&mut self, id: &str, file: &ParsedFile<'_>, pattern: &Pattern<&str>) {
        let Some(default) = self.default else { return };
        let Some(source) = default.messages.get(id) else { return };
        let Some(source_description) = source.entry.attributes.iter().find(|a| a.id.name == "description") else {
            return;
        };
        let expected_text = PatternUses::of(&source_description.value).joined_text();
        let expected = link_targets(&expected_text);
        let actual_text = PatternUses::of(pattern).joined_text();
        let actual = link_targets(&actual_text);
        if actual != expected {
            let show = |targets: &[&str]| {
                if targets.is_empty() {
                    "no link".to_owned()
                } else {
                    targets.iter().map(|target| format!("({target})")).collect::<Vec<_>>().join(", ")
                }
            };
            let finding = Finding::new(
                Check::LinkTargets,
                format!(
                    "the description of `{id}` links to {}, but `{DEFAULT_LOCALE}` links to {}",
                    show(&actual),
                    show(&expected)
                ),
            )
            .with_message_id(id)
            .with_help(format!("keep the link targets of `{DEFAULT_LOCALE}` and translate only the link text"));
            let slice = pattern.elements.first().map_or(id, |element| match element {
                fluent_syntax::ast::PatternElement::TextElement { value } => value,
                fluent_syntax::ast::PatternElement::Placeable { .. } => id,
            });
            self.push(finding, file, slice);
        }
    }

    fn check_references(&mut self, file: &ParsedFile<'_>, pattern: Option<&Pattern<&str>>, owner: &str) {
        let Some(pattern) = pattern else { return };
        for reference in PatternUses::of(pattern).references {
            let (found, shown, slice, kind) = match reference {
                Reference::Message { id, attribute } => {
                    let found = self.index.messages.get(id).is_some_and(|defined| match attribute {
                        Some(name) => defined.entry.attributes.iter().any(|a| a.id.name == name),
                        None => defined.entry.value.is_some(),
                    });
                    (found, qualified(id, attribute), id, "message")
                }
                Reference::Term { id, attribute } => {
                    let found = self.index.terms.get(id).is_some_and(|defined| match attribute {
                        Some(name) => defined.entry.attributes.iter().any(|a| a.id.name == name),
                        None => true,
                    });
                    (found, format!("-{}", qualified(id, attribute)), id, "term")
                }
            };
            if !found {
                let in_default = self.default.is_some_and(|default| match kind {
                    "term" => default.terms.contains_key(slice),
                    _ => default.messages.contains_key(slice),
                });
                let help = if in_default {
                    format!("define the {kind} `{shown}` in this locale, as `{DEFAULT_LOCALE}` does")
                } else {
                    format!("define the {kind} `{shown}`, or fix the reference")
                };
                let finding = Finding::new(
                    Check::UnresolvedReference,
                    format!("`{owner}` refers to the {kind} `{shown}`, which `{}` does not define", self.tag()),
                )
                .with_message_id(owner)
                .with_help(help);
                self.push(finding, file, slice);
            }
        }
    }
}

/// The message id a piece of junk starts with, when it starts with one.
fn junk_id(content: &str) -> Option<&str> {
    let end = content.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(content.len());
    let id = &content[..end];
    (!id.is_empty() && id.starts_with(|c: char| c.is_ascii_alphabetic())).then_some(id)
}

/// `id` or `id.attribute`.
fn qualified(id: &str, attribute: Option<&str>) -> String {
    match attribute {
        Some(attribute) => format!("{id}.{attribute}"),
        None => id.to_owned(),
    }
}
