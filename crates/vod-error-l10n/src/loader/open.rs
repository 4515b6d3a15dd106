//! Opening a catalogue folder for a one-shot use: `en-US` is checked at once, every other locale
//! the first time something asks for it.
//!
//! [`Catalog::load`] parses, checks and compiles every locale before it returns, so that a
//! server refuses a broken folder before it answers anyone. A command that renders a message or
//! two in one language needs only that language and `en-US`: [`Catalog::open`] lists the folder,
//! checks the folder names and reads and checks `en-US` (whose errors still stop it, as every
//! chain ends there), and reads and compiles each other locale when negotiation or rendering
//! first reaches it. A locale whose
//! files have errors is then left out (negotiation passes it by, rendering falls back), and its
//! problems are kept: [`Catalog::first_use_problems`] returns them, so a caller can refuse to go
//! on, as `vod-errors explain` does.

use std::borrow::Cow;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use crate::catalog::{Catalog, CompileOnFirstUse, DEFAULT_LOCALE, LocaleSeed};
use crate::data::CompiledLocale;
use crate::loader::compile::right_to_left;
use crate::loader::parse::{LocaleIndex, ParsedLocale, folder_problems, locale_problems, missing_default_locale};
use crate::loader::problem::{LoadError, Problem, Severity};
use crate::loader::pseudo::{PSEUDOLOCALES, is_pseudolocale};
use crate::loader::source::{LocaleFolder, LocaleSource, list_locales_dir};
use crate::loader::table::MessageTable;
use crate::loader::{Loaded, compile_pseudo, compile_stored, table_index};

self_cell::self_cell!(
    /// `en-US`'s folder and its files, parsed once: every other locale is compared with it.
    struct EnglishParsed {
        owner: LocaleSource,
        #[covariant]
        dependent: ParsedLocale,
    }
);

/// A locale other than `en-US` of an opened catalogue: read already, or only listed.
enum OtherLocale {
    Read(LocaleSource),
    Listed(LocaleFolder),
}

impl OtherLocale {
    fn tag(&self) -> &str {
        match self {
            OtherLocale::Read(source) => &source.tag,
            OtherLocale::Listed(folder) => &folder.tag,
        }
    }

    /// What is wrong with the folder itself.
    fn folder_problems(&self) -> Vec<Problem> {
        match self {
            OtherLocale::Read(source) => folder_problems(&source.tag, &source.path, !source.files.is_empty()),
            OtherLocale::Listed(folder) => folder_problems(&folder.tag, &folder.path, folder.has_fluent_files()),
        }
    }

    /// The locale's sources, read now if they were only listed.
    fn source(&self) -> Cow<'_, LocaleSource> {
        match self {
            OtherLocale::Read(source) => Cow::Borrowed(source),
            OtherLocale::Listed(folder) => Cow::Owned(folder.read()),
        }
    }
}

/// An opened catalogue's folder: the sources its locales are compiled from on first use, and
/// what compiling them found.
pub(crate) struct FolderOnFirstUse {
    english: EnglishParsed,
    others: Vec<OtherLocale>,
    table: MessageTable,
    problems: Mutex<Vec<Problem>>,
}

impl FolderOnFirstUse {
    fn keep(&self, found: Vec<Problem>) {
        if !found.is_empty() {
            self.problems.lock().unwrap_or_else(PoisonError::into_inner).extend(found);
        }
    }
}

impl CompileOnFirstUse for FolderOnFirstUse {
    fn compile(&self, tag: &str, pseudo: bool) -> Option<CompiledLocale> {
        let english = LocaleIndex::build(self.english.borrow_dependent());
        if pseudo {
            let pseudolocale = PSEUDOLOCALES.iter().find(|pseudolocale| pseudolocale.tag == tag)?;
            return Some(compile_pseudo(&english, &self.table, pseudolocale));
        }
        let source = self.others.iter().find(|other| other.tag() == tag)?.source();
        let parsed = ParsedLocale::parse(&source);
        let index = LocaleIndex::build(&parsed);
        let mut problems = locale_problems(&index, &self.table);
        let compiled = if problems.iter().any(|problem| problem.severity == Severity::Error) {
            None
        } else {
            compile_stored(&index, Some(&english), &self.table, &mut problems)
        };
        self.keep(problems);
        compiled
    }

    /// Every problem found so far, in the order the locales were first used.
    fn problems(&self) -> Vec<Problem> {
        self.problems.lock().unwrap_or_else(PoisonError::into_inner).clone()
    }
}

impl Catalog {
    /// Opens a catalogue folder laid out as `<dir>/<tag>/*.ftl` for a one-shot use, against the
    /// VOD table: the folder is listed, `en-US` read and checked and the folder names checked
    /// now; every other locale is read and checked when it is first used (see
    /// [`Catalog::first_use_problems`]).
    ///
    /// A server, which must refuse a broken folder before it answers, uses [`Catalog::load`].
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::open("../../locales".as_ref())?.catalog;
    /// let text = catalog.localizer_for_accept_language("ja-JP").text("forbidden", None, &[]);
    /// assert_eq!(text.locale.to_string(), "ja-JP");
    /// assert!(catalog.first_use_problems().is_empty());
    /// # Ok::<(), vod_error_l10n::LoadError>(())
    /// ```
    pub fn open(dir: &Path) -> Result<Loaded, LoadError> {
        let (english, others): (Vec<LocaleFolder>, Vec<LocaleFolder>) =
            list_locales_dir(dir)?.into_iter().partition(|folder| folder.tag == DEFAULT_LOCALE);
        let english = english.first().map(LocaleFolder::read);
        open_parts(dir, english, others.into_iter().map(OtherLocale::Listed).collect(), MessageTable::vod())
    }

    /// Opens a catalogue from sources already read, against any table; `origin` names where they
    /// came from, for the error. `en-US` and the folder names are checked now, the other locales
    /// on first use.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::{Catalog, LocaleSource, MessageTable, SourceFile};
    ///
    /// let locale = |tag: &str, text: &'static str| LocaleSource {
    ///     tag: tag.into(),
    ///     path: format!("memory/{tag}"),
    ///     files: vec![SourceFile::text(format!("memory/{tag}/errors.ftl"), text)],
    ///     review: None,
    ///     glossary: None,
    /// };
    /// let table = MessageTable::new(vec![vod_error_l10n::MessageSpec::text("greeting")]);
    /// let sources = vec![locale("en-US", "greeting = Hello.\n"), locale("de-DE", "greeting = {\n")];
    /// let catalog = Catalog::open_sources("memory".as_ref(), sources, table)?.catalog;
    ///
    /// // `de-DE` has a syntax error: it is passed by, and what was wrong is kept.
    /// let text = catalog.localizer_for_accept_language("de-DE").text("greeting", None, &[]);
    /// assert_eq!((text.text.as_str(), text.locale.to_string().as_str()), ("Hello.", "en-US"));
    /// assert_eq!(catalog.first_use_problems().len(), 1);
    /// # Ok::<(), vod_error_l10n::LoadError>(())
    /// ```
    pub fn open_sources(origin: &Path, sources: Vec<LocaleSource>, table: MessageTable) -> Result<Loaded, LoadError> {
        let (english, others): (Vec<LocaleSource>, Vec<LocaleSource>) =
            sources.into_iter().partition(|source| source.tag == DEFAULT_LOCALE);
        let others = others.into_iter().map(OtherLocale::Read).collect();
        open_parts(origin, english.into_iter().next(), others, table)
    }

    /// What compiling an opened catalogue's locales on first use has found so far: the errors
    /// that left a locale out, and the warnings of those that loaded. Empty for a catalogue that
    /// was loaded whole ([`Catalog::load`]) or is embedded.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_error_l10n::Catalog;
    ///
    /// let catalog = Catalog::open("../../locales".as_ref())?.catalog;
    /// let _ = catalog.locale_infos(); // compiles every locale
    /// assert!(catalog.first_use_problems().is_empty());
    /// # Ok::<(), vod_error_l10n::LoadError>(())
    /// ```
    pub fn first_use_problems(&self) -> Vec<Problem> {
        self.first_use_compiler().map(CompileOnFirstUse::problems).unwrap_or_default()
    }
}

/// Opens a catalogue from `en-US`'s sources and the other locales, checking `en-US` and the
/// folder names now.
fn open_parts(
    origin: &Path,
    english: Option<LocaleSource>,
    others: Vec<OtherLocale>,
    table: MessageTable,
) -> Result<Loaded, LoadError> {
    let mut problems: Vec<Problem> = others.iter().flat_map(OtherLocale::folder_problems).collect();
    let Some(english) = english else {
        problems.push(missing_default_locale());
        return Err(LoadError::Invalid { path: origin.to_path_buf(), problems });
    };
    let english = EnglishParsed::new(english, |source| ParsedLocale::parse(source));
    let compiled_english = {
        let index = LocaleIndex::build(english.borrow_dependent());
        problems.extend(locale_problems(&index, &table));
        compile_stored(&index, None, &table, &mut problems)
    };
    let (errors, warnings): (Vec<Problem>, Vec<Problem>) =
        problems.into_iter().partition(|problem| problem.severity == Severity::Error);
    if !errors.is_empty() {
        return Err(LoadError::Invalid { path: origin.to_path_buf(), problems: errors });
    }
    let later: Vec<(String, bool)> = others
        .iter()
        .filter(|other| !is_pseudolocale(other.tag()))
        .map(|other| (other.tag().to_owned(), false))
        .chain(PSEUDOLOCALES.iter().map(|pseudolocale| (pseudolocale.tag.to_owned(), true)))
        .collect();
    let index = table_index(&table);
    let compiler: Arc<dyn CompileOnFirstUse> =
        Arc::new(FolderOnFirstUse { english, others, table, problems: Mutex::new(Vec::new()) });
    let mut seeds: Vec<LocaleSeed> =
        compiled_english.map(|data| LocaleSeed::Compiled(Cow::Owned(data))).into_iter().collect();
    for (tag, pseudo) in later {
        let right_to_left = tag.parse().is_ok_and(|id| right_to_left(&id));
        seeds.push(LocaleSeed::OnFirstUse { tag, pseudo, right_to_left, compiler: compiler.clone() });
    }
    Ok(Loaded { catalog: Catalog::from_seeds(seeds, index), warnings })
}
