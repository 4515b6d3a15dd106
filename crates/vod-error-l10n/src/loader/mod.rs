//! Loading a catalogue from a folder at run time (the `loader` feature): read, parse, validate, compile.
//!
//! A folder laid out as `<dir>/<tag>/*.ftl` is read ([`read_locales_dir`]), parsed and measured
//! against a [`MessageTable`] ([`parse`]); what would make rendering wrong (a syntax error, an
//! undeclared variable, a message `en-US` lacks) stops it with a [`LoadError`] listing every
//! problem, and what only makes a locale fall back (a missing message, an untranslated one) is
//! returned as warnings beside the catalogue. `cargo xtask codegen` compiles the repository's
//! folder the same way to bake the embedded catalogue.

mod open;
pub mod parse;
mod problem;
mod pseudo;
mod review;
mod source;
mod table;

pub(crate) mod compile;

use std::borrow::Cow;
use std::path::Path;

use fluent_syntax::ast::Entry;

pub use problem::{LoadError, Problem, ProblemKind, Severity};
pub use pseudo::{accented as pseudo_accented, is_pseudolocale, mirrored as pseudo_mirrored};
pub use review::{ReviewRecord, pattern_source, source_texts};
pub use source::{FileContent, GLOSSARY_FILE, LocaleSource, MAX_FILE_BYTES, REVIEW_FILE, SourceFile, read_locales_dir};
pub use table::{MessageSpec, MessageTable};

use crate::catalog::{Catalog, DEFAULT_LOCALE, TableIndex};
use crate::data::{Absence, CompiledLocale, Entry as CompiledEntry, Pattern};
use crate::render::DESCRIPTION;
use compile::{Terms, Writing, compile_pattern, plain_term_text, right_to_left};
use parse::{LocaleIndex, index_locales, parse_locales, pattern_slice, place, validate};

/// A catalogue loaded from a folder, and what its check found that does not stop it from loading.
///
/// # Example
///
/// ```
/// use vod_error_l10n::{Catalog, Loaded};
///
/// let Loaded { catalog, warnings } = Catalog::load("../../locales".as_ref())?;
/// for warning in &warnings {
///     eprintln!("{warning}"); // what falls back to en-US, if anything
/// }
/// assert!(catalog.locales().any(|id| id.to_string() == "ja-JP"));
/// # Ok::<(), vod_error_l10n::LoadError>(())
/// ```
#[derive(Debug)]
pub struct Loaded {
    /// The catalogue.
    pub catalog: Catalog,
    /// Every warning: missing, untranslated or unknown entries, which fall back or are ignored.
    pub warnings: Vec<Problem>,
}

impl Catalog {
    /// Loads a catalogue folder laid out as `<dir>/<tag>/*.ftl`, against the VOD table.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::{Catalog, LoadError};
    ///
    /// let loaded = Catalog::load("../../locales".as_ref())?;
    /// assert!(loaded.catalog.locales().any(|id| id.to_string() == "ja-JP"));
    /// assert!(matches!(Catalog::load("no/such/folder".as_ref()), Err(LoadError::Io { .. })));
    /// # Ok::<(), LoadError>(())
    /// ```
    pub fn load(dir: &Path) -> Result<Loaded, LoadError> {
        let sources = read_locales_dir(dir)?;
        Catalog::load_sources(dir, &sources, &MessageTable::vod())
    }

    /// Loads a catalogue from sources already read, against any table; `origin` names where they
    /// came from, for the error.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::{Catalog, LoadError, LocaleSource, MessageTable, SourceFile};
    ///
    /// let broken = vec![LocaleSource {
    ///     tag: "en-US".into(),
    ///     path: "memory/en-US".into(),
    ///     files: vec![SourceFile::text("memory/en-US/errors.ftl", "forbidden = {")],
    ///     review: None,
    ///     glossary: None,
    /// }];
    /// let error = Catalog::load_sources("memory".as_ref(), &broken, &MessageTable::vod()).unwrap_err();
    /// assert!(matches!(error, LoadError::Invalid { .. }));
    /// ```
    pub fn load_sources(origin: &Path, sources: &[LocaleSource], table: &MessageTable) -> Result<Loaded, LoadError> {
        let parsed = parse_locales(sources);
        let indexes = index_locales(&parsed);
        let mut problems = validate(&indexes, table);
        let compiled = compile_locales(&indexes, table, &mut problems);
        let (errors, warnings): (Vec<Problem>, Vec<Problem>) =
            problems.into_iter().partition(|problem| problem.severity == Severity::Error);
        if !errors.is_empty() {
            return Err(LoadError::Invalid { path: origin.to_path_buf(), problems: errors });
        }
        let catalog = Catalog::from_compiled(compiled.into_iter().map(Cow::Owned).collect(), table_index(table));
        Ok(Loaded { catalog, warnings })
    }
}

/// Where a catalogue finds each message of `table` in its locales' entries.
pub(crate) fn table_index(table: &MessageTable) -> TableIndex {
    let skipped = if table.is_vod_prefixed() { vod_error_codes::Message::COUNT } else { 0 };
    let others = table.messages().iter().enumerate().skip(skipped).map(|(at, spec)| (spec.id.as_str().into(), at));
    TableIndex::new(table.is_vod_prefixed(), others.collect())
}

/// Compiles every locale that parsed, and the pseudolocales from `en-US`; adds the warnings of
/// untranslated entries and unreadable review records to `problems`.
pub(crate) fn compile_locales(
    indexes: &[LocaleIndex<'_, '_>],
    table: &MessageTable,
    problems: &mut Vec<Problem>,
) -> Vec<CompiledLocale> {
    let english = indexes.iter().find(|index| index.tag() == DEFAULT_LOCALE);
    let mut compiled: Vec<CompiledLocale> =
        indexes.iter().filter_map(|index| compile_stored(index, english, table, problems)).collect();
    if let Some(english) = english {
        compiled.extend(pseudo::PSEUDOLOCALES.iter().map(|pseudo| compile_pseudo(english, table, pseudo)));
    }
    compiled
}

/// Compiles a stored locale (not a pseudolocale, and with a tag that parses), comparing its
/// entries with `en-US`'s (`english`); adds the warnings of untranslated entries and an
/// unreadable review record to `problems`.
pub(crate) fn compile_stored(
    index: &LocaleIndex<'_, '_>,
    english: Option<&LocaleIndex<'_, '_>>,
    table: &MessageTable,
    problems: &mut Vec<Problem>,
) -> Option<CompiledLocale> {
    let id = index.tag().parse::<unic_langid::LanguageIdentifier>().ok()?;
    if is_pseudolocale(index.tag()) {
        return None;
    }
    let is_default = index.tag() == DEFAULT_LOCALE;
    let allowed = if is_default { Vec::new() } else { allowances(index, problems) };
    let writing = Writing { transform: None, use_isolating: right_to_left(&id) };
    let comparison = english.filter(|_| !is_default).map(|english| Comparison { english, allowed: &allowed });
    let name = language_name(index).unwrap_or_else(|| index.tag().to_owned());
    Some(compile_locale(index, table, index.tag(), name, writing, false, comparison, problems))
}

/// Compiles a pseudolocale from `en-US`.
pub(crate) fn compile_pseudo(
    english: &LocaleIndex<'_, '_>,
    table: &MessageTable,
    pseudo: &pseudo::Pseudolocale,
) -> CompiledLocale {
    let use_isolating = pseudo.tag.parse::<unic_langid::LanguageIdentifier>().is_ok_and(|id| right_to_left(&id));
    let writing = Writing { transform: Some(pseudo.transform), use_isolating };
    let name = (pseudo.transform)(pseudo.name).into_owned();
    compile_locale(english, table, pseudo.tag, name, writing, true, None, &mut Vec::new())
}

/// What a translation is compared with: the `en-US` pattern of every entry, and the entries the
/// locale's review record allows to equal it.
struct Comparison<'a, 'p, 's> {
    english: &'a LocaleIndex<'p, 's>,
    allowed: &'a [String],
}

/// Whether a translation's pattern has the same Fluent source as `en-US`'s. Serializing both is
/// the test; it is skipped when their text outside placeables differs in more than white space,
/// which serialization keeps (a pattern's text cannot hold braces), as nearly every translation does.
fn same_source(pattern: &fluent_syntax::ast::Pattern<&str>, english: &fluent_syntax::ast::Pattern<&str>) -> bool {
    fn text<'p>(pattern: &'p fluent_syntax::ast::Pattern<&'p str>) -> impl Iterator<Item = char> + 'p {
        pattern
            .elements
            .iter()
            .filter_map(|element| match element {
                fluent_syntax::ast::PatternElement::TextElement { value } => Some(value.chars()),
                fluent_syntax::ast::PatternElement::Placeable { .. } => None,
            })
            .flatten()
            .filter(|c| !c.is_whitespace())
    }
    text(pattern).eq(text(english)) && pattern_source(pattern) == pattern_source(english)
}

#[allow(clippy::too_many_arguments)]
fn compile_locale(
    index: &LocaleIndex<'_, '_>,
    table: &MessageTable,
    tag: &str,
    name: String,
    writing: Writing,
    pseudo: bool,
    comparison: Option<Comparison<'_, '_, '_>>,
    problems: &mut Vec<Problem>,
) -> CompiledLocale {
    let terms: Terms<'_> = index.terms.iter().map(|(id, defined)| (*id, &defined.entry.value)).collect();
    let mut entries = Vec::with_capacity(table.messages().len());
    let (mut translated, mut expected) = (0u32, 0u32);
    let mut needs_resolver = false;
    for spec in table.messages() {
        let defined = index.messages.get(spec.id.as_str());
        let mut compile_one = |attribute: Option<&str>| -> Pattern {
            let Some(defined) = defined else { return Pattern::Absent(Absence::Missing) };
            let Some(pattern) = message_pattern(defined.entry, attribute) else {
                return Pattern::Absent(Absence::Missing);
            };
            let english = comparison.as_ref().and_then(|comparison| {
                let english = message_pattern(comparison.english.messages.get(spec.id.as_str())?.entry, attribute)?;
                Some((comparison, english))
            });
            let key = || attribute.map_or_else(|| spec.id.clone(), |name| format!("{}.{name}", spec.id));
            if let Some((comparison, english)) = english
                && same_source(pattern, english)
                && !comparison.allowed.contains(&key())
            {
                let key = key();
                let slice = pattern_slice(defined.file.text, pattern);
                let problem = Problem::new(
                    ProblemKind::Untranslated,
                    Severity::Warning,
                    defined.file.path,
                    format!("`{key}` is the same as in `{DEFAULT_LOCALE}`; it falls back to `{DEFAULT_LOCALE}`"),
                )
                .with_id(&spec.id)
                .with_help(format!(
                    "translate it, or, if it is rightly the same, add \"{key}\" with the reason under \"same-as-source\" in {REVIEW_FILE}"
                ))
                .in_locale(tag);
                problems.push(match slice {
                    Some(slice) => place(problem, defined.file, slice),
                    None => problem,
                });
                return Pattern::Absent(Absence::Untranslated);
            }
            compile_pattern(pattern, &terms, writing, &spec.arguments)
        };
        let value = compile_one(None);
        let description =
            if spec.description { compile_one(Some(DESCRIPTION)) } else { Pattern::Absent(Absence::Missing) };
        for (pattern, counts) in [(&value, true), (&description, spec.description)] {
            if counts {
                expected += 1;
                translated += u32::from(pattern.is_present());
            }
            needs_resolver |= matches!(pattern, Pattern::Resolver);
        }
        entries.push(CompiledEntry { value, description });
    }
    let resolver_source = needs_resolver.then(|| {
        let texts: Vec<&str> = index.locale.files.iter().map(|file| &file.text[file.body_start..]).collect();
        Cow::Owned(texts.join("\n"))
    });
    CompiledLocale {
        tag: Cow::Owned(tag.to_owned()),
        name: Cow::Owned(name),
        right_to_left: writing.use_isolating,
        pseudo,
        translated,
        expected,
        entries: Cow::Owned(entries),
        resolver_source,
    }
}

/// A message's value (`attribute` `None`) or the pattern of one of its attributes.
fn message_pattern<'m>(
    message: &'m fluent_syntax::ast::Message<&'m str>,
    attribute: Option<&str>,
) -> Option<&'m fluent_syntax::ast::Pattern<&'m str>> {
    match attribute {
        None => message.value.as_ref(),
        Some(name) => message.attributes.iter().find(|candidate| candidate.id.name == name).map(|found| &found.value),
    }
}

/// The entries a locale's review record allows to equal `en-US`; an unreadable record is a
/// warning, and allows nothing.
fn allowances(index: &LocaleIndex<'_, '_>, problems: &mut Vec<Problem>) -> Vec<String> {
    let Some(file) = &index.locale.source.review else { return Vec::new() };
    let record = match &file.content {
        FileContent::Text(text) => ReviewRecord::allowances_from_json(text).map_err(|error| error.to_string()),
        _ => Err("it cannot be read as UTF-8 text".to_owned()),
    };
    match record {
        Ok(allowed) => allowed,
        Err(reason) => {
            problems.push(
                Problem::new(
                    ProblemKind::ReviewRecord,
                    Severity::Warning,
                    &file.path,
                    format!("the review record is not valid: {reason}"),
                )
                .with_help(format!(
                    "fix the JSON, or delete the file and run `cargo xtask mark-reviewed {}`",
                    index.tag()
                ))
                .in_locale(index.tag()),
            );
            Vec::new()
        }
    }
}

/// The text of a locale's `-language-name` term, when it is plain text.
fn language_name(index: &LocaleIndex<'_, '_>) -> Option<String> {
    index.terms.get("language-name").and_then(|defined| plain_term_text(&defined.entry.value))
}

#[cfg_attr(not(feature = "bake"), allow(dead_code))]
/// The Fluent source a baked locale keeps for its entries that need the resolver: its terms and
/// those messages, serialized.
pub(crate) fn resolver_residue(index: &LocaleIndex<'_, '_>, ids: &[&str]) -> String {
    let mut body = Vec::new();
    for defined in index.terms.values() {
        body.push(Entry::Term(defined.entry.clone()));
    }
    for id in ids {
        if let Some(defined) = index.messages.get(id) {
            body.push(Entry::Message(defined.entry.clone()));
        }
    }
    fluent_syntax::serializer::serialize(&fluent_syntax::ast::Resource { body })
}

#[cfg_attr(not(feature = "bake"), allow(dead_code))]
/// The messages of a table whose entries in a compiled locale need the resolver.
pub(crate) fn resolver_ids<'t>(compiled: &CompiledLocale, table: &'t MessageTable) -> Vec<&'t str> {
    compiled
        .entries
        .iter()
        .zip(table.messages())
        .filter(|(entry, _)| matches!(entry.value, Pattern::Resolver) || matches!(entry.description, Pattern::Resolver))
        .map(|(_, spec)| spec.id.as_str())
        .collect()
}

#[cfg_attr(not(feature = "bake"), allow(dead_code))]
/// Every locale's compiled data for a folder, and every problem, for baking: nothing is thrown away.
pub(crate) struct Compiled {
    pub(crate) locales: Vec<CompiledLocale>,
    pub(crate) problems: Vec<Problem>,
}

#[cfg_attr(not(feature = "bake"), allow(dead_code))]
/// Compiles sources for baking: the locales, every problem, and the resolver residue of each.
pub(crate) fn compile_for_baking(sources: &[LocaleSource], table: &MessageTable) -> Compiled {
    let parsed = parse_locales(sources);
    let indexes = index_locales(&parsed);
    let mut problems = validate(&indexes, table);
    let mut locales = compile_locales(&indexes, table, &mut problems);
    for locale in &mut locales {
        let ids = resolver_ids(locale, table);
        if ids.is_empty() || locale.pseudo {
            locale.resolver_source = None;
            continue;
        }
        if let Some(index) = indexes.iter().find(|index| index.tag() == locale.tag) {
            locale.resolver_source = Some(Cow::Owned(resolver_residue(index, &ids)));
        }
    }
    Compiled { locales, problems }
}

#[cfg(test)]
mod tests {
    use fluent_syntax::ast::{Entry, Pattern};

    use super::same_source;

    /// The value of the only message of `source`.
    fn value(source: &str) -> Pattern<&str> {
        let resource = fluent_syntax::parser::parse(source).unwrap_or_else(|(resource, _)| resource);
        match resource.body.into_iter().next() {
            Some(Entry::Message(message)) => message.value.unwrap_or(Pattern { elements: Vec::new() }),
            other => panic!("no message in {source:?}: {other:?}"),
        }
    }

    fn check(translation: &str, english: &str, expected: bool) {
        let (translation_pattern, english_pattern) = (value(translation), value(english));
        assert_eq!(same_source(&translation_pattern, &english_pattern), expected, "{translation:?} vs {english:?}");
    }

    #[test]
    fn the_same_source() {
        check("a = The video { $id } does not exist.", "a = The video { $id } does not exist.", true);
    }

    #[test]
    fn other_text() {
        check("a = Das Video { $id } existiert nicht.", "a = The video { $id } does not exist.", false);
    }

    #[test]
    fn the_same_text_around_another_variable() {
        check("a = The video { $name } does not exist.", "a = The video { $id } does not exist.", false);
    }

    #[test]
    fn the_same_text_with_a_literal_for_a_variable() {
        check("a = The video { \"x\" } does not exist.", "a = The video { $id } does not exist.", false);
    }

    #[test]
    fn a_multiline_pattern_indented_otherwise() {
        check("a =\n        The video\n        does not exist.", "a =\n    The video\n    does not exist.", true);
    }

    #[test]
    fn text_split_across_lines_otherwise() {
        check("a =\n    The video does\n    not exist.", "a =\n    The video\n    does not exist.", false);
    }
}
