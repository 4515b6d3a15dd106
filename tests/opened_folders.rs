//! A folder opened for one use (`Catalog::open`) renders what the same folder loaded whole renders;
//! what would stop it loading stops it opening when it is in `en-US` or the folder names, and is
//! kept when a locale is first used otherwise.

// A failed unwrap or panic in a test is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};

use vod_error_l10n::{Catalog, LanguageRequest, LoadError, MessageTable, ProblemKind};

/// A fresh copy of the repository's `locales/`, named for the test case.
fn copy_of_repository(case: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("opened-folders").join(case);
    let _ = fs::remove_dir_all(&dir);
    for entry in fs::read_dir(vod_errors_suite::repository_locales()).unwrap() {
        let locale = entry.unwrap().path();
        if !locale.is_dir() {
            continue;
        }
        let copy = dir.join(locale.file_name().unwrap());
        fs::create_dir_all(&copy).unwrap();
        for file in fs::read_dir(&locale).unwrap() {
            let file = file.unwrap().path();
            fs::copy(&file, copy.join(file.file_name().unwrap())).unwrap();
        }
    }
    dir
}

/// Every message's text and description in every locale, as `tag id text` lines, and each
/// locale's name, direction, share translated and whether it is offered.
fn everything(catalog: &Catalog) -> Vec<String> {
    let mut lines: Vec<String> = catalog.locale_infos().iter().map(|info| format!("{info:?}")).collect();
    let tags: Vec<String> = catalog.locales().map(ToString::to_string).collect();
    for tag in &tags {
        let localizer = catalog.localizer(&LanguageRequest::tags(&[tag.as_str()]).unwrap().with_pseudolocales(true));
        for spec in MessageTable::vod().messages() {
            for attribute in [None, Some("description")] {
                let text = localizer.text(&spec.id, attribute, &[]);
                lines.push(format!("{tag} {} {attribute:?} [{}] {}", spec.id, text.locale, text.text));
            }
        }
    }
    lines
}

#[test]
fn an_opened_folder_renders_what_the_loaded_folder_renders() {
    let dir = vod_errors_suite::repository_locales();
    let loaded = everything(&Catalog::load(&dir).unwrap().catalog);
    let opened = Catalog::open(&dir).unwrap().catalog;
    assert_eq!(everything(&opened), loaded);
    assert!(loaded.len() > 18 * 2 * 139, "{} lines", loaded.len());
    assert_eq!(opened.first_use_problems(), Vec::new());
}

#[test]
fn an_opened_folder_compiles_only_what_is_asked_for() {
    let dir = copy_of_repository("only-what-is-asked-for");
    // A fault in `fr-FR` is not seen by a request that never reaches French…
    fs::write(dir.join("fr-FR/broken.ftl"), "broken = {\n").unwrap();
    let catalog = Catalog::open(&dir).unwrap().catalog;
    let text = catalog.localizer_for_accept_language("ja-JP").text("forbidden", None, &[]);
    assert_eq!(text.locale.to_string(), "ja-JP");
    assert_eq!(catalog.first_use_problems(), Vec::new());
    // …and is found, placed, the first time one does; French is then passed by.
    let text = catalog.localizer_for_accept_language("fr-CA, fr;q=0.9").text("forbidden", None, &[]);
    assert_eq!(text.locale.to_string(), "en-US");
    let problems = catalog.first_use_problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].kind, ProblemKind::Syntax);
    assert_eq!((problems[0].line, problems[0].column), (Some(1), Some(10)));
    assert!(problems[0].path.ends_with("fr-FR/broken.ftl"), "{}", problems[0].path);
    // Asking again finds nothing new.
    let _ = catalog.localizer_for_accept_language("fr-FR").text("forbidden", None, &[]);
    assert_eq!(catalog.first_use_problems().len(), 1);
}

#[test]
fn an_opened_folder_reads_only_what_is_asked_for() {
    let dir = copy_of_repository("only-what-is-read");
    // A file that cannot be read, in `fr-FR`: opening and a Japanese request never read it…
    std::os::unix::fs::symlink(dir.join("nowhere.ftl"), dir.join("fr-FR/link.ftl")).unwrap();
    let catalog = Catalog::open(&dir).unwrap().catalog;
    assert_eq!(catalog.localizer_for_accept_language("ja").text("forbidden", None, &[]).locale.to_string(), "ja-JP");
    assert_eq!(catalog.first_use_problems(), Vec::new());
    // …a French one does, and says so.
    let _ = catalog.localizer_for_accept_language("fr").text("forbidden", None, &[]);
    let kinds: Vec<ProblemKind> = catalog.first_use_problems().iter().map(|problem| problem.kind).collect();
    assert_eq!(kinds, [ProblemKind::Unreadable]);
}

/// Opens a folder that must not open, and checks its one problem's kind and file.
fn check_refused(dir: &Path, kind: ProblemKind, file: &str) {
    let error = Catalog::open(dir).unwrap_err();
    let LoadError::Invalid { problems, .. } = &error else { panic!("{error:?}") };
    assert_eq!(problems.iter().map(|problem| problem.kind).collect::<Vec<_>>(), [kind], "{error}");
    assert_eq!(problems[0].path, dir.join(file).to_string_lossy(), "{error}");
    // Loading the folder whole refuses it for the same reason.
    let LoadError::Invalid { problems: loaded, .. } = Catalog::load(dir).unwrap_err() else { panic!() };
    assert_eq!(&loaded, problems);
}

#[test]
fn a_fault_in_en_us_stops_it_opening() {
    let dir = copy_of_repository("en-us-fault");
    fs::write(dir.join("en-US/broken.ftl"), "broken = {\n").unwrap();
    check_refused(&dir, ProblemKind::Syntax, "en-US/broken.ftl");
}

#[test]
fn a_folder_named_for_a_pseudolocale_stops_it_opening() {
    let dir = copy_of_repository("pseudolocale-folder");
    fs::create_dir_all(dir.join("en-XA")).unwrap();
    fs::write(dir.join("en-XA/errors.ftl"), "forbidden = Ƒöŕƀíďďéñ\n").unwrap();
    check_refused(&dir, ProblemKind::LocaleTag, "en-XA");
}

#[test]
fn a_folder_whose_name_is_not_canonical_stops_it_opening() {
    let dir = copy_of_repository("not-canonical");
    fs::rename(dir.join("de-DE"), dir.join("de-de")).unwrap();
    check_refused(&dir, ProblemKind::LocaleTag, "de-de");
}

#[test]
fn a_folder_without_en_us_does_not_open() {
    let dir = copy_of_repository("no-en-us");
    fs::remove_dir_all(dir.join("en-US")).unwrap();
    let error = Catalog::open(&dir).unwrap_err();
    let LoadError::Invalid { problems, .. } = &error else { panic!("{error:?}") };
    assert_eq!(problems.iter().map(|problem| problem.kind).collect::<Vec<_>>(), [ProblemKind::MissingDefaultLocale]);
}
