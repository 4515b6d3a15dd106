//! Broken locale folders loaded at run time: each fault gets its own typed problem, naming the
//! path, line and column; what only a translator's tool minds (a byte order mark, an empty file)
//! loads.

// A failed unwrap or panic in a test is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};

use vod_error_codes::VodError;
use vod_error_l10n::loader::MAX_FILE_BYTES;
use vod_error_l10n::{Catalog, LanguageRequest, LoadError, ProblemKind, Severity};

/// A fresh copy of the repository's `en-US` and `ja-JP` in a folder named for the test case.
fn folder(case: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("broken-folders").join(case);
    let _ = fs::remove_dir_all(&dir);
    for tag in ["en-US", "ja-JP"] {
        fs::create_dir_all(dir.join(tag)).unwrap();
        for entry in fs::read_dir(vod_errors_suite::repository_locales().join(tag)).unwrap() {
            let path = entry.unwrap().path();
            fs::copy(&path, dir.join(tag).join(path.file_name().unwrap())).unwrap();
        }
    }
    dir
}

/// Loads a folder that must fail, and checks the one problem: its kind, file, line and column.
fn check(dir: &Path, kind: ProblemKind, file: &str, place: Option<(usize, usize)>) {
    let error = Catalog::load(dir).unwrap_err();
    let LoadError::Invalid { problems, path } = &error else { panic!("{error:?}") };
    assert_eq!(path, dir);
    assert_eq!(problems.len(), 1, "{error}");
    let problem = &problems[0];
    assert_eq!(problem.kind, kind, "{error}");
    assert_eq!(problem.path, dir.join(file).to_string_lossy());
    if let Some((line, column)) = place {
        assert_eq!((problem.line, problem.column), (Some(line), Some(column)), "{problem:?}");
        assert!(error.to_string().contains(&format!("{}:{line}:{column}", problem.path)), "{error}");
    }
    assert!(problem.help.is_some());

    // Opened rather than loaded, the folder opens (the fault is in `ja-JP`), `ja-JP` is passed
    // by when it is first asked for, and the same problem is kept.
    let catalog = Catalog::open(dir).unwrap().catalog;
    assert!(catalog.first_use_problems().is_empty(), "nothing is compiled before it is used");
    let localizer = catalog.localizer(&LanguageRequest::tags(&["ja-JP"]).unwrap());
    assert_eq!(localizer.message(&VodError::Forbidden()).locale.to_string(), "en-US");
    let errors: Vec<_> =
        catalog.first_use_problems().into_iter().filter(|problem| problem.severity == Severity::Error).collect();
    assert_eq!(&errors, problems);
}

/// Loads a folder that must load, and renders `ja-JP` from it, loaded and opened.
fn loads(dir: &Path) {
    let loaded = Catalog::load(dir).unwrap().catalog;
    let opened = Catalog::open(dir).unwrap().catalog;
    for catalog in [loaded, opened] {
        let localizer = catalog.localizer(&LanguageRequest::tags(&["ja-JP"]).unwrap());
        assert_eq!(localizer.message(&VodError::Forbidden()).locale.to_string(), "ja-JP");
        assert!(catalog.first_use_problems().iter().all(|problem| problem.severity == Severity::Warning));
    }
}

fn append(path: &Path, text: &[u8]) {
    let mut bytes = fs::read(path).unwrap();
    bytes.extend_from_slice(text);
    fs::write(path, bytes).unwrap();
}

#[test]
fn a_missing_folder_is_an_io_error_naming_it() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("broken-folders/not-there");
    let error = Catalog::load(&dir).unwrap_err();
    assert!(matches!(&error, LoadError::Io { path, .. } if *path == dir), "{error:?}");
    assert!(error.to_string().contains("not-there"));
}

#[test]
fn an_unreadable_file() {
    let dir = folder("unreadable");
    std::os::unix::fs::symlink(dir.join("nowhere.ftl"), dir.join("ja-JP/link.ftl")).unwrap();
    check(&dir, ProblemKind::Unreadable, "ja-JP/link.ftl", None);
}

#[test]
fn bytes_that_are_not_utf8() {
    let dir = folder("not-utf8");
    fs::write(dir.join("ja-JP/extra.ftl"), b"# ok\n# bad \xff here\n").unwrap();
    check(&dir, ProblemKind::Encoding, "ja-JP/extra.ftl", Some((2, 7)));
}

#[test]
fn a_byte_order_mark() {
    let dir = folder("bom");
    let path = dir.join("ja-JP/terms.ftl");
    let text = fs::read(&path).unwrap();
    fs::write(&path, [b"\xef\xbb\xbf".as_slice(), &text].concat()).unwrap();
    loads(&dir);
}

#[test]
fn an_empty_file() {
    let dir = folder("empty");
    fs::write(dir.join("ja-JP/more.ftl"), "").unwrap();
    loads(&dir);
}

#[test]
fn a_syntax_error() {
    let dir = folder("syntax");
    append(&dir.join("ja-JP/page.ftl"), b"broken = {\n");
    // At the `{` that is never closed, not past the end of the file.
    let line = fs::read_to_string(dir.join("ja-JP/page.ftl")).unwrap().lines().count();
    check(&dir, ProblemKind::Syntax, "ja-JP/page.ftl", Some((line, 10)));
}

#[test]
fn a_duplicate_id() {
    let dir = folder("duplicate");
    append(&dir.join("ja-JP/page.ftl"), "page-title = 二つ目\n".as_bytes());
    let line = fs::read_to_string(dir.join("ja-JP/page.ftl")).unwrap().lines().count();
    check(&dir, ProblemKind::DuplicateId, "ja-JP/page.ftl", Some((line, 1)));
}

#[test]
fn a_file_larger_than_the_limit() {
    let dir = folder("too-large");
    let padding = "# padding\n".repeat(usize::try_from(MAX_FILE_BYTES).unwrap() / 10 + 1);
    fs::write(dir.join("ja-JP/huge.ftl"), padding).unwrap();
    check(&dir, ProblemKind::TooLarge, "ja-JP/huge.ftl", None);
}

#[test]
fn crlf_line_endings_work() {
    let dir = folder("crlf");
    for tag in ["en-US", "ja-JP"] {
        for entry in fs::read_dir(dir.join(tag)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|extension| extension == "ftl") {
                let text = fs::read_to_string(&path).unwrap();
                fs::write(&path, text.replace('\n', "\r\n")).unwrap();
            }
        }
    }
    let crlf = Catalog::load(&dir).unwrap().catalog;
    let embedded = Catalog::embedded();
    for tag in ["en-US", "ja-JP"] {
        let request = LanguageRequest::tags(&[tag]).unwrap();
        let error = VodError::MissingParameter("VideoId");
        let from_crlf = crlf.localizer(&request).message(&error);
        let from_lf = embedded.localizer(&request).message(&error);
        assert_eq!(from_crlf.text, from_lf.text);
        assert!(!from_crlf.text.contains('\r'));
    }
}
