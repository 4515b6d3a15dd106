//! Checks of a translation against its `en-US` source: sameness, staleness, brands, white space.

use std::collections::HashMap;

use fluent_syntax::ast::{Pattern, PatternElement};
use memchr::memmem::Finder;

use vod_error_l10n::DEFAULT_LOCALE;
use vod_error_l10n::loader::parse::{offset_in, pattern_slice};
use vod_error_l10n::loader::{FileContent, REVIEW_FILE, ReviewRecord, pattern_source};

use crate::check::{LocaleChecker, Translated, locate, translated};
use crate::finding::{Check, Finding};
use crate::pattern::{plain_text, visible_text};

/// The term that names a locale, which is not a brand.
const LANGUAGE_NAME_TERM: &str = "language-name";

impl LocaleChecker<'_, '_, '_> {
    /// Runs every check that compares this locale's text with `en-US` or with its brand terms.
    pub(crate) fn check_translation(&mut self) {
        let is_default = self.tag() == DEFAULT_LOCALE;
        let record = if is_default { None } else { self.review_record() };
        let brands: Vec<(String, Finder<'static>)> = self
            .brand_names()
            .into_iter()
            .map(|brand| {
                let finder = Finder::new(brand.as_bytes()).into_owned();
                (brand, finder)
            })
            .collect();
        let glossary_forms = self.lowercase_glossary_forms();
        let index = self.index;
        let default = self.default;
        let mut entries = Vec::new();
        for (id, defined) in &index.messages {
            if self.table.position(id).is_some() {
                entries.extend(translated(defined.file, defined.entry));
            }
        }
        // Every `en-US` entry's pattern, by key, read once for the whole locale.
        let sources: HashMap<String, &Pattern<&str>> = default
            .filter(|_| !is_default)
            .into_iter()
            .flat_map(|default| default.messages.values())
            .flat_map(|defined| translated(defined.file, defined.entry))
            .map(|entry| (entry.key, entry.pattern))
            .collect();
        for entry in &entries {
            self.check_brand_names(&brands, entry);
            self.check_glossary(entry, &glossary_forms);
            let Some(source) = sources.get(&entry.key) else { continue };
            self.check_white_space(entry, source);
            let Some(source_text) = self.default_sources.get(&entry.key) else { continue };
            let same = pattern_source(entry.pattern) == *source_text;
            let allowed = record.as_ref().is_some_and(|record| record.same_as_source.contains_key(&entry.key));
            if same && !allowed {
                let finding = Finding::new(
                    Check::Untranslated,
                    format!("`{}` is the same as in `{DEFAULT_LOCALE}`", entry.key),
                )
                .with_message_id(entry.id)
                .with_help(format!(
                    "translate it, or, if it is rightly the same, add \"{}\" with the reason under \"same-as-source\" in {REVIEW_FILE}",
                    entry.key
                ));
                self.push_in_pattern(finding, entry);
            }
            if let Some(record) = &record {
                match record.reviewed_sources.get(&entry.key) {
                    Some(reviewed) if reviewed == source_text => {}
                    reviewed => {
                        let was = reviewed.map_or_else(|| "never reviewed".to_owned(), |text| format!("was {text:?}"));
                        let finding = Finding::new(
                            Check::StaleTranslation,
                            format!("the `{DEFAULT_LOCALE}` source of `{}` changed since this translation was reviewed", entry.key),
                        )
                        .with_message_id(entry.id)
                        .with_help(format!(
                            "the source is now {source_text:?} ({was}); update the translation; once reviewed, run `cargo xtask bless --reviewed {}`",
                            self.tag()
                        ));
                        self.push_in_pattern(finding, entry);
                    }
                }
            }
        }
        if let Some(record) = &record {
            self.check_allowances(record, &entries);
        }
        if !is_default {
            self.check_language_name();
        }
    }

    /// Warns when the locale's name for itself is still `en-US`'s (a folder started from it).
    fn check_language_name(&mut self) {
        let Some(defined) = self.index.terms.get(LANGUAGE_NAME_TERM) else { return };
        let english = self.default.and_then(|default| default.terms.get(LANGUAGE_NAME_TERM));
        let name = plain_text(&defined.entry.value);
        if name.is_none() || name != english.and_then(|english| plain_text(&english.entry.value)) {
            return;
        }
        let finding = Finding::new(
            Check::Untranslated,
            format!("`-{LANGUAGE_NAME_TERM}` is the same as in `{DEFAULT_LOCALE}`"),
        )
        .with_help("write the language's name for itself, as its speakers write it (`vod-errors locales` and the pages show it)");
        let slice = pattern_slice(defined.file.text, &defined.entry.value);
        self.push(finding, defined.file, slice.unwrap_or(defined.entry.id.name));
    }

    /// The locale's review record; a missing one is a warning, an unreadable one an error.
    fn review_record(&mut self) -> Option<ReviewRecord> {
        let source = self.index.locale.source;
        let tag = self.tag().to_owned();
        let Some(file) = &source.review else {
            let mut finding = Finding::new(Check::Unreviewed, format!("`{tag}` has no review record ({REVIEW_FILE})"))
                .with_help(format!(
                    "review every message against `{DEFAULT_LOCALE}`, then run `cargo xtask bless --reviewed {tag}`"
                ));
            finding.locale = Some(tag);
            finding.file = Some(format!("{}/{REVIEW_FILE}", source.path));
            self.findings.push(finding);
            return None;
        };
        let mut finding = match &file.content {
            FileContent::Text(text) => match ReviewRecord::from_json(text) {
                Ok(record) => return Some(record),
                Err(error) => {
                    let offset =
                        text.lines().take(error.line().saturating_sub(1)).map(|line| line.len() + 1).sum::<usize>()
                            + error.column().saturating_sub(1);
                    let finding = Finding::new(Check::ReviewRecord, format!("the review record is not valid: {error}"))
                        .with_help(format!(
                            "fix the JSON, or delete the file and run `cargo xtask mark-reviewed {tag}`"
                        ));
                    locate(finding, text, offset..offset + 1)
                }
            },
            _ => Finding::new(Check::ReviewRecord, "the review record cannot be read as UTF-8 text")
                .with_help(format!("delete the file and run `cargo xtask mark-reviewed {tag}`")),
        };
        finding.locale = Some(tag);
        finding.file = Some(file.path.clone());
        self.findings.push(finding);
        None
    }

    /// The brand names this locale and `en-US` give their terms, longest first.
    fn brand_names(&self) -> Vec<String> {
        let mut brands: Vec<String> = [Some(self.index), self.default]
            .into_iter()
            .flatten()
            .flat_map(|index| index.terms.iter())
            .filter(|(id, _)| **id != LANGUAGE_NAME_TERM)
            .filter_map(|(_, defined)| plain_text(&defined.entry.value))
            .filter(|brand| !brand.trim().is_empty())
            .collect();
        brands.sort_by(|a, b| b.chars().count().cmp(&a.chars().count()).then_with(|| a.cmp(b)));
        brands.dedup();
        brands
    }

    /// Finds each brand (with its searcher, built once per locale) written out in the entry's text.
    fn check_brand_names(&mut self, brands: &[(String, Finder<'_>)], entry: &Translated<'_, '_>) {
        for element in &entry.pattern.elements {
            let PatternElement::TextElement { value } = element else { continue };
            let mut taken: Vec<std::ops::Range<usize>> = Vec::new();
            for (brand, finder) in brands {
                for start in finder.find_iter(value.as_bytes()) {
                    let range = start..start + brand.len();
                    let overlaps = taken.iter().any(|t| t.start < range.end && range.start < t.end);
                    if overlaps || !stands_alone(value, &range) {
                        continue;
                    }
                    taken.push(range.clone());
                    let term = self.term_for(brand);
                    let finding = Finding::new(Check::BrandName, format!("the brand name {brand:?} is written out"))
                        .with_message_id(entry.id)
                        .with_help(format!(
                            "write `{{ -{term} }}` instead, so that every message spells it the same way"
                        ));
                    let finding = match offset_in(entry.file.text, value) {
                        Some(offset) => locate(finding, entry.file.text, offset + range.start..offset + range.end),
                        None => finding,
                    };
                    self.push_located(finding, entry.file);
                }
            }
        }
    }

    /// The id of the term (of this locale, else `en-US`) whose text is `brand`.
    fn term_for(&self, brand: &str) -> String {
        [Some(self.index), self.default]
            .into_iter()
            .flatten()
            .flat_map(|index| index.terms.iter())
            .find(|(_, defined)| plain_text(&defined.entry.value).as_deref() == Some(brand))
            .map_or_else(String::new, |(id, _)| (*id).to_owned())
    }

    fn check_white_space(&mut self, entry: &Translated<'_, '_>, source: &Pattern<&str>) {
        let text = visible_text(entry.pattern);
        let source = visible_text(source);
        let leading = text.starts_with(char::is_whitespace) && !source.starts_with(char::is_whitespace);
        let trailing = text.ends_with(char::is_whitespace) && !source.ends_with(char::is_whitespace);
        for (wrong, place) in [(leading, "leading"), (trailing, "trailing")] {
            if wrong {
                let finding = Finding::new(
                    Check::Whitespace,
                    format!("`{}` has {place} white space that `{DEFAULT_LOCALE}` has not", entry.key),
                )
                .with_message_id(entry.id)
                .with_help("remove it");
                self.push_in_pattern(finding, entry);
            }
        }
    }

    fn check_allowances(&mut self, record: &ReviewRecord, entries: &[Translated<'_, '_>]) {
        for key in record.same_as_source.keys() {
            let still_same = entries.iter().find(|entry| entry.key == *key).is_some_and(|entry| {
                self.default
                    .and_then(|default| default.messages.get(entry.id))
                    .and_then(|defined| translated(defined.file, defined.entry).into_iter().find(|e| e.key == *key))
                    .is_some_and(|source| pattern_source(source.pattern) == pattern_source(entry.pattern))
            });
            if !still_same {
                let source = self.index.locale.source;
                let mut finding = Finding::new(
                    Check::UnusedAllowance,
                    format!("{REVIEW_FILE} allows `{key}` to be the same as `{DEFAULT_LOCALE}`, but it is not"),
                )
                .with_help(format!("remove \"{key}\" from \"same-as-source\""));
                finding.locale = Some(self.tag().to_owned());
                finding.file = Some(source.review.as_ref().map_or_else(String::new, |file| file.path.clone()));
                self.findings.push(finding);
            }
        }
    }

    /// Adds a finding placed on an entry's pattern, its placeables included (or on its message
    /// id, when the pattern has no text).
    pub(crate) fn push_in_pattern(&mut self, finding: Finding, entry: &Translated<'_, '_>) {
        let slice = pattern_slice(entry.file.text, entry.pattern).unwrap_or(entry.id);
        self.push(finding, entry.file, slice);
    }
}

/// Whether a match stands as a word: an ASCII brand must not be glued to ASCII letters or digits.
fn stands_alone(text: &str, range: &std::ops::Range<usize>) -> bool {
    let before = text[..range.start].chars().next_back();
    let after = text[range.end..].chars().next();
    let glued = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
    !glued(before) && !glued(after)
}
