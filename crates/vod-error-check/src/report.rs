//! The checker's report: every finding, a summary per locale, and its human and JSON renderings.

use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, Chars, Config, termcolor};
use serde::Serialize;

use vod_error_l10n::loader::parse::LocaleIndex;
use vod_error_l10n::loader::{LocaleSource, MessageTable};

use crate::finding::{Check, Finding, Severity};

/// How complete one locale is, and how many findings it has.
///
/// # Example
///
/// ```
/// use vod_error_check::{check_locales, repository_table};
/// use vod_error_l10n::loader::read_locales_dir;
///
/// let report = check_locales(&repository_table(), &read_locales_dir("../../locales".as_ref()).unwrap());
/// let english = report.locales.iter().find(|summary| summary.locale == "en-US").unwrap();
/// assert_eq!(english.percent_translated, 100);
/// ```
#[derive(Clone, PartialEq, Eq, Debug, Serialize)]
pub struct LocaleSummary {
    /// The locale folder's name.
    pub locale: String,
    /// How many entries (message values and descriptions) the table expects.
    pub entries: usize,
    /// How many of them the locale has.
    pub present: usize,
    /// How many of them are translated: present, and not the `en-US` text (unless the review
    /// record allows it).
    pub translated: usize,
    /// `translated` as a whole percentage of `entries`.
    pub percent_translated: u8,
    /// Errors found in the locale.
    pub errors: usize,
    /// Warnings found in the locale.
    pub warnings: usize,
}

impl LocaleSummary {
    pub(crate) fn count(table: &MessageTable, index: &LocaleIndex<'_, '_>, findings: &[Finding]) -> LocaleSummary {
        let mut entries = 0;
        let mut present = 0;
        for spec in table.messages() {
            let defined = index.messages.get(spec.id.as_str());
            entries += 1 + usize::from(spec.description);
            if let Some(defined) = defined {
                present += usize::from(defined.entry.value.is_some());
                if spec.description {
                    present += usize::from(defined.entry.attributes.iter().any(|a| a.id.name == "description"));
                }
            }
        }
        let tag = index.tag();
        let all = || findings.iter().filter(|finding| finding.locale.as_deref() == Some(tag));
        let untranslated = all().filter(|finding| finding.check == Check::Untranslated).count();
        let translated = present.saturating_sub(untranslated);
        let percent = (translated * 100).checked_div(entries).unwrap_or(100);
        LocaleSummary {
            locale: tag.to_owned(),
            entries,
            present,
            translated,
            percent_translated: u8::try_from(percent.min(100)).unwrap_or(100),
            errors: all().filter(|f| f.severity == Severity::Error).count(),
            warnings: all().filter(|f| f.severity == Severity::Warning).count(),
        }
    }
}

/// Everything the checker found in a catalogue.
///
/// # Example
///
/// ```
/// use vod_error_check::{check_locales, repository_table};
///
/// let report = check_locales(&repository_table(), &vod_error_l10n::loader::read_locales_dir("../../locales".as_ref()).unwrap());
/// assert!(!report.has_errors(), "{}", report.render(false));
/// ```
#[derive(Clone, Debug)]
pub struct Report {
    /// Every finding, grouped by locale in folder order.
    pub findings: Vec<Finding>,
    /// One summary per locale folder.
    pub locales: Vec<LocaleSummary>,
    /// The text of every file, for showing the lines findings point at.
    sources: Vec<(String, String)>,
}

/// The JSON form of a report.
#[derive(Serialize)]
struct JsonReport<'r> {
    findings: &'r [Finding],
    locales: &'r [LocaleSummary],
    errors: usize,
    warnings: usize,
}

impl Report {
    pub(crate) fn new(findings: Vec<Finding>, locales: Vec<LocaleSummary>, sources: &[LocaleSource]) -> Report {
        // Only the files a finding points into are kept, for showing the lines it underlines.
        let pointed: std::collections::HashSet<&str> =
            findings.iter().filter_map(|finding| finding.file.as_deref()).collect();
        let sources = sources
            .iter()
            .flat_map(|locale| locale.files.iter().chain(&locale.review).chain(&locale.glossary))
            .filter(|file| pointed.contains(file.path.as_str()))
            .filter_map(|file| Some((file.path.clone(), same_width_visible(file.content.text()?))))
            .collect();
        Report { findings, locales, sources }
    }

    /// How many findings are errors.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_check::{check_locales, repository_table};
    ///
    /// assert_eq!(check_locales(&repository_table(), &[]).error_count(), 1);
    /// ```
    pub fn error_count(&self) -> usize {
        self.findings.iter().filter(|finding| finding.severity == Severity::Error).count()
    }

    /// How many findings are warnings.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_check::{check_locales, repository_table};
    ///
    /// assert_eq!(check_locales(&repository_table(), &[]).warning_count(), 0);
    /// ```
    pub fn warning_count(&self) -> usize {
        self.findings.iter().filter(|finding| finding.severity == Severity::Warning).count()
    }

    /// Whether any finding is an error.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_check::{check_locales, repository_table};
    ///
    /// assert!(check_locales(&repository_table(), &[]).has_errors());
    /// ```
    pub fn has_errors(&self) -> bool {
        self.error_count() > 0
    }

    /// Renders every finding in the style of rustc, then a summary per locale.
    ///
    /// With `color`, the output carries ANSI colours, for a terminal.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_check::{check_locales, repository_table};
    ///
    /// let text = check_locales(&repository_table(), &[]).render(false);
    /// assert!(text.starts_with("error[missing-default-locale]: there is no `en-US` locale"));
    /// ```
    pub fn render(&self, color: bool) -> String {
        let mut out = self.render_findings(color);
        out.push_str(&self.render_summary());
        out
    }

    /// Renders every finding in the style of rustc, without the summary.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_check::{check_locales, repository_table};
    ///
    /// let text = check_locales(&repository_table(), &[]).render_findings(false);
    /// assert!(text.contains("= help: add the folder `en-US`"));
    /// ```
    pub fn render_findings(&self, color: bool) -> String {
        let mut files = SimpleFiles::new();
        let ids: Vec<(String, usize)> =
            self.sources.iter().map(|(path, text)| (path.clone(), files.add(visible(path), text.clone()))).collect();
        let config = Config { chars: Chars::ascii(), ..Config::default() };
        let mut out = String::new();
        for finding in &self.findings {
            // Without its file's text a span cannot be shown: the place is written out instead.
            let shown = finding.file.as_ref().is_some_and(|file| ids.iter().any(|(path, _)| path == file));
            if finding.span.is_none() || !shown {
                out.push_str(&plain(finding, color));
                continue;
            }
            let diagnostic = diagnostic(finding, &ids);
            let rendered = if color {
                let mut buffer = termcolor::Buffer::ansi();
                term::emit_to_write_style(&mut buffer, &config, &files, &diagnostic)
                    .map(|()| String::from_utf8_lossy(buffer.as_slice()).into_owned())
            } else {
                term::emit_into_string(&config, &files, &diagnostic)
            };
            match rendered {
                Ok(text) => out.push_str(&text),
                Err(_) => out.push_str(&plain(finding, color)),
            }
        }
        out
    }

    /// A table of each locale's completeness, and the totals.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_check::{check_locales, repository_table};
    ///
    /// let text = check_locales(&repository_table(), &vod_error_l10n::loader::read_locales_dir("../../locales".as_ref()).unwrap()).render_summary();
    /// assert!(text.contains("en-US"));
    /// ```
    pub fn render_summary(&self) -> String {
        let mut out = String::from("locale       entries  present   translated  errors  warnings\n");
        for summary in &self.locales {
            let translated = format!("{} ({}%)", summary.translated, summary.percent_translated);
            out.push_str(&format!(
                "{:<12} {:>7} {:>8} {:>12} {:>7} {:>9}\n",
                summary.locale, summary.entries, summary.present, translated, summary.errors, summary.warnings,
            ));
        }
        let (errors, warnings) = (self.error_count(), self.warning_count());
        out.push_str(&format!(
            "{} locale{} checked: {errors} error{}, {warnings} warning{}\n",
            self.locales.len(),
            plural(self.locales.len()),
            plural(errors),
            plural(warnings),
        ));
        out
    }

    /// Every finding and summary as one JSON object, for editors and CI.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_check::{check_locales, repository_table};
    ///
    /// let json = check_locales(&repository_table(), &[]).to_json();
    /// assert!(json.contains(r#""check": "missing-default-locale""#));
    /// ```
    pub fn to_json(&self) -> String {
        let report = JsonReport {
            findings: &self.findings,
            locales: &self.locales,
            errors: self.error_count(),
            warnings: self.warning_count(),
        };
        serde_json::to_string_pretty(&report).unwrap_or_default()
    }
}

/// Whether a character must not reach a terminal raw: controls and invisible bidi controls.
fn is_hidden(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}')
}

/// A file's text for display: each hidden character becomes as many `?` as it has bytes, so
/// that byte offsets, lines and columns stay where the findings point.
fn same_width_visible(text: &str) -> String {
    let mut shown = String::with_capacity(text.len());
    for c in text.chars() {
        if is_hidden(c) {
            shown.extend(std::iter::repeat_n('?', c.len_utf8()));
        } else {
            shown.push(c);
        }
    }
    shown
}

/// Text from a finding for display: each hidden character becomes a `\u{…}` escape.
fn visible(text: &str) -> String {
    let mut shown = String::with_capacity(text.len());
    for c in text.chars() {
        if is_hidden(c) {
            shown.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            shown.push(c);
        }
    }
    shown
}

/// The codespan diagnostic of a finding.
fn diagnostic(finding: &Finding, ids: &[(String, usize)]) -> Diagnostic<usize> {
    let base = match finding.severity {
        Severity::Error => Diagnostic::error(),
        Severity::Warning => Diagnostic::warning(),
    };
    let mut diagnostic = base.with_code(finding.check.name()).with_message(visible(&finding.text));
    let file_id = finding.file.as_ref().and_then(|file| ids.iter().find(|(path, _)| path == file).map(|&(_, id)| id));
    if let (Some(id), Some(span)) = (file_id, &finding.span) {
        diagnostic = diagnostic.with_labels(vec![Label::primary(id, span.clone())]);
    }
    if let Some(help) = &finding.help {
        diagnostic.notes.push(format!("help: {}", visible(help)));
    }
    diagnostic
}

/// A finding that points at a whole file or folder, in the same layout as the others.
fn plain(finding: &Finding, color: bool) -> String {
    let severity = severity_name(finding.severity);
    let header = format!("{severity}[{}]", finding.check.name());
    let header = match (color, finding.severity) {
        (false, _) => header,
        (true, Severity::Error) => format!("\u{1b}[1;31m{header}\u{1b}[0m\u{1b}[1m"),
        (true, Severity::Warning) => format!("\u{1b}[1;33m{header}\u{1b}[0m\u{1b}[1m"),
    };
    let reset = if color { "\u{1b}[0m" } else { "" };
    let mut out = format!("{header}: {}{reset}\n", visible(&finding.text));
    if let Some(file) = &finding.file {
        out.push_str(&format!("  --> {}", visible(file)));
        if let (Some(line), Some(column)) = (finding.line, finding.column) {
            out.push_str(&format!(":{line}:{column}"));
        }
        out.push('\n');
    }
    if let Some(help) = &finding.help {
        out.push_str(&format!("  = help: {}\n", visible(help)));
    }
    out.push('\n');
    out
}

/// `"s"` for any count but one.
fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}

fn severity_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
    }
}
