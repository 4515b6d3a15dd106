//! The checker's engine: the loader's problems, then every lint the repository's catalogue must pass.
//!
//! The catalogue is parsed once, by the runtime's loader (`vod_error_l10n::loader::parse`): its
//! problems (syntax, encoding, duplicates, variables, references) become findings, and the lints
//! here add what only a translator's tool asks for. Every locale, `en-US` included, is measured
//! against the table; every problem is collected and reported; nothing stops at the first.

use std::collections::HashMap;

use fluent_syntax::ast::{Message, Pattern, PatternElement};
use vod_error_l10n::DEFAULT_LOCALE;
use vod_error_l10n::loader::parse::{LocaleIndex, ParsedFile, index_locales, offset_in, parse_locales, validate};
use vod_error_l10n::loader::{LocaleSource, MessageTable, Problem, ProblemKind, pattern_source};

use crate::finding::{Check, Finding};
use crate::glossary::Glossary;
use crate::pattern::{PatternUses, link_targets, visible_text};
use crate::report::{LocaleSummary, Report};

/// Checks every locale against the table and returns every finding.
///
/// # Example
///
/// ```
/// use vod_error_check::check_locales;
/// use vod_error_l10n::loader::{LocaleSource, MessageSpec, MessageTable, SourceFile};
///
/// let table = MessageTable::new(vec![MessageSpec::error("Forbidden", "forbidden", []), MessageSpec::error("X", "x", [])]);
/// let locales = vec![LocaleSource {
///     tag: "en-US".into(),
///     path: "locales/en-US".into(),
///     files: vec![SourceFile::text("locales/en-US/errors.ftl", "forbidden = No.\n    .description = Why.\n")],
///     review: None,
///     glossary: None,
/// }];
/// let report = check_locales(&table, &locales);
/// assert!(report.has_errors());
/// assert!(report.findings.iter().any(|f| f.message_id.as_deref() == Some("x")));
/// ```
pub fn check_locales(table: &MessageTable, locales: &[LocaleSource]) -> Report {
    let parsed = parse_locales(locales);
    let indexes = index_locales(&parsed);
    let mut findings: Vec<Finding> = validate(&indexes, table).into_iter().map(finding_of).collect();
    let default = indexes.iter().find(|index| index.tag() == DEFAULT_LOCALE);
    let default_sources = default.map(entry_sources).unwrap_or_default();
    let glossaries: HashMap<String, Glossary> = locales
        .iter()
        .filter_map(|locale| Some((locale.tag.clone(), Glossary::read(locale, &mut findings)?)))
        .collect();
    let english_glossary = glossaries.get(DEFAULT_LOCALE);
    let glossary_terms = match (default, english_glossary) {
        (Some(default), Some(english)) => crate::glossary::english_terms(default, english),
        _ => HashMap::new(),
    };
    for index in &indexes {
        let mut checker = LocaleChecker {
            table,
            default_sources: &default_sources,
            index,
            default,
            glossary: glossaries.get(index.tag()).zip(english_glossary),
            glossary_terms: &glossary_terms,
            findings: Vec::new(),
        };
        checker.check();
        findings.extend(checker.findings);
    }
    findings.sort_by_key(|finding| {
        let locale = finding.locale.as_deref().map(|tag| locales.iter().position(|l| l.tag == tag));
        (locale, finding.file.clone(), finding.line, finding.column)
    });
    let summaries = indexes.iter().map(|index| LocaleSummary::count(table, index, &findings)).collect();
    Report::new(findings, summaries, locales)
}

/// A loader problem as a finding, with the checker's severity: the repository's catalogue must
/// be complete, so what only makes a locale fall back at run time is an error here.
fn finding_of(problem: Problem) -> Finding {
    let check = match problem.kind {
        ProblemKind::MissingDefaultLocale => Check::MissingDefaultLocale,
        ProblemKind::LocaleTag => Check::LocaleTag,
        ProblemKind::NoFiles => Check::NoFiles,
        ProblemKind::Unreadable => Check::Unreadable,
        ProblemKind::TooLarge => Check::TooLarge,
        ProblemKind::Encoding => Check::Encoding,
        ProblemKind::Syntax => Check::Syntax,
        ProblemKind::DuplicateId => Check::DuplicateId,
        ProblemKind::MissingMessage => Check::MissingMessage,
        ProblemKind::MissingValue => Check::MissingValue,
        ProblemKind::MissingDescription => Check::MissingDescription,
        ProblemKind::UnknownMessage => Check::UnknownMessage,
        ProblemKind::UnknownAttribute => Check::UnknownAttribute,
        ProblemKind::Variables => Check::Variables,
        ProblemKind::UnresolvedReference => Check::UnresolvedReference,
        ProblemKind::ReviewRecord => Check::ReviewRecord,
        _ => Check::Untranslated,
    };
    let mut finding = Finding::new(check, problem.text);
    finding.locale = problem.locale;
    finding.file = (!problem.path.is_empty()).then_some(problem.path);
    finding.line = problem.line;
    finding.column = problem.column;
    finding.span = problem.span;
    finding.message_id = problem.id;
    finding.help = problem.help;
    finding
}

/// The Fluent source of every value and attribute of a locale's messages, by `id` or `id.attribute`.
pub(crate) fn entry_sources(index: &LocaleIndex<'_, '_>) -> HashMap<String, String> {
    let mut sources = HashMap::new();
    for defined in index.messages.values() {
        for entry in translated(defined.file, defined.entry) {
            sources.insert(entry.key, pattern_source(entry.pattern));
        }
    }
    sources
}

/// One message value or attribute: its key (`id` or `id.attribute`) and where it is.
pub(crate) struct Translated<'m, 'p> {
    pub(crate) key: String,
    pub(crate) file: &'p ParsedFile<'p>,
    pub(crate) id: &'m str,
    pub(crate) pattern: &'m Pattern<&'m str>,
}

/// A message's value and attributes as entries.
pub(crate) fn translated<'m, 'p>(file: &'p ParsedFile<'p>, message: &'m Message<&'m str>) -> Vec<Translated<'m, 'p>> {
    let id = message.id.name;
    let mut entries = Vec::new();
    if let Some(value) = &message.value {
        entries.push(Translated { key: id.to_owned(), file, id, pattern: value });
    }
    for attribute in &message.attributes {
        entries.push(Translated { key: format!("{id}.{}", attribute.id.name), file, id, pattern: &attribute.value });
    }
    entries
}

/// Runs the per-locale lints.
pub(crate) struct LocaleChecker<'c, 'p, 's> {
    pub(crate) table: &'c MessageTable,
    /// The Fluent source of every `en-US` value and attribute, by `id` or `id.attribute`.
    pub(crate) default_sources: &'c HashMap<String, String>,
    pub(crate) index: &'c LocaleIndex<'p, 's>,
    pub(crate) default: Option<&'c LocaleIndex<'p, 's>>,
    /// This locale's glossary and `en-US`'s, when both exist.
    pub(crate) glossary: Option<(&'c Glossary, &'c Glossary)>,
    /// The glossary terms each `en-US` entry uses, by entry key.
    pub(crate) glossary_terms: &'c HashMap<String, Vec<String>>,
    pub(crate) findings: Vec<Finding>,
}

impl LocaleChecker<'_, '_, '_> {
    pub(crate) fn tag(&self) -> &str {
        self.index.tag()
    }

    fn check(&mut self) {
        for file in &self.index.locale.files {
            self.check_file(file);
        }
        for (id, defined) in &self.index.messages {
            match self.table.position(id) {
                Some(position) => {
                    let spec = &self.table.messages()[position];
                    for entry in translated(defined.file, defined.entry) {
                        let what = if entry.key.contains('.') { "description" } else { "value" };
                        self.check_text(id, what, &entry);
                    }
                    if spec.description {
                        self.check_links(id, defined.file, defined.entry);
                    }
                }
                None => self.unknown_message(id, defined.file),
            }
        }
        self.check_translation();
    }

    /// Pushes a finding of this locale, placed at a slice of a file.
    pub(crate) fn push(&mut self, finding: Finding, file: &ParsedFile<'_>, slice: &str) {
        let finding = match offset_in(file.text, slice) {
            Some(offset) => locate(finding, file.text, offset..offset + slice.len().max(1)),
            None => finding,
        };
        self.push_located(finding, file);
    }

    /// Pushes a finding already placed in `file`.
    pub(crate) fn push_located(&mut self, mut finding: Finding, file: &ParsedFile<'_>) {
        finding.locale = Some(self.tag().to_owned());
        finding.file = Some(file.path.to_owned());
        self.findings.push(finding);
    }

    /// What only the file's text shows: a byte order mark, emptiness, invisible characters.
    fn check_file(&mut self, file: &ParsedFile<'_>) {
        let text = file.text;
        if text.trim_start_matches('\u{feff}').trim().is_empty() {
            let finding = Finding::new(Check::EmptyFile, "the file is empty")
                .with_help("write the locale's messages in it, or remove it");
            self.push_located(finding, file);
        }
        if text.starts_with('\u{feff}') {
            let finding = Finding::new(Check::ByteOrderMark, "the file starts with a byte order mark")
                .with_help("save the file as UTF-8 without a byte order mark");
            self.push_located(locate(finding, text, 0..3), file);
        }
        for (offset, c) in text.char_indices() {
            let finding = match c {
                '\u{feff}' if offset == 0 => continue,
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
            self.push_located(locate(finding, text, offset..offset + c.len_utf8()), file);
        }
    }

    fn unknown_message(&mut self, id: &str, file: &ParsedFile<'_>) {
        let closest = self
            .table
            .messages()
            .iter()
            .map(|spec| (strsim::levenshtein(id, &spec.id), spec))
            .min_by_key(|&(distance, _)| distance)
            .filter(|&(distance, _)| distance <= (id.len() / 3).max(2));
        let help = match closest {
            Some((_, spec)) => match &spec.wire {
                Some(wire) => format!("did you mean `{}` (the code `{wire}`)?", spec.id),
                None => format!("did you mean `{}`?", spec.id),
            },
            None => "remove the message, or add its code to crates/vod-error-codes/data/codes.toml".to_owned(),
        };
        let finding =
            Finding::new(Check::UnknownMessage, format!("the message `{id}` belongs to nothing in the table"))
                .with_message_id(id)
                .with_help(help);
        self.push(finding, file, id);
    }

    fn check_text(&mut self, id: &str, what: &str, entry: &Translated<'_, '_>) {
        if visible_text(entry.pattern).trim().is_empty() {
            let finding = Finding::new(Check::EmptyText, format!("the {what} of `{id}` is blank"))
                .with_message_id(id)
                .with_help(format!("write the {what}'s text"));
            self.push(finding, entry.file, id);
        }
    }

    fn check_links(&mut self, id: &str, file: &ParsedFile<'_>, message: &Message<&str>) {
        let Some(default) = self.default else { return };
        fn description<'m>(message: &'m Message<&'m str>) -> Option<&'m Pattern<&'m str>> {
            message.attributes.iter().find(|a| a.id.name == "description").map(|a| &a.value)
        }
        let Some(source) = default.messages.get(id).and_then(|defined| description(defined.entry)) else { return };
        let Some(pattern) = description(message) else { return };
        let expected_text = PatternUses::of(source).joined_text();
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
            let slice = message
                .attributes
                .iter()
                .find(|a| a.id.name == "description")
                .and_then(|attribute| match attribute.value.elements.first() {
                    Some(PatternElement::TextElement { value }) => Some(*value),
                    _ => None,
                })
                .unwrap_or(id);
            self.push(finding, file, slice);
        }
    }
}

/// Sets a finding's line, column and span from a byte range of a file's text.
pub(crate) fn locate(mut finding: Finding, text: &str, span: std::ops::Range<usize>) -> Finding {
    let located = Problem::new(ProblemKind::Syntax, vod_error_l10n::Severity::Error, "", "").at_span(text, span);
    finding.line = located.line;
    finding.column = located.column;
    finding.span = located.span;
    finding
}
