//! End-to-end runs of the `vod-errors` command line, in process: output, errors and exit status.

// A failed unwrap or panic in a test is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};

use vod_errors_suite::{repository_locales, run_cli};

/// One command line, its environment, and the exit status it must end with.
struct Case {
    name: &'static str,
    args: &'static [&'static str],
    environment: &'static [(&'static str, &'static str)],
    status: u8,
}

const fn case(name: &'static str, args: &'static [&'static str], status: u8) -> Case {
    Case { name, args, environment: &[], status }
}

const CASES: &[Case] = &[
    case("explain-zh-cn", &["explain", "MissingParameter", "--lang", "zh-CN", "--arg", "parameter=VideoId"], 0),
    case("explain-ja-jp-suspended", &["explain", "OperationDenied.Suspended", "--lang", "ja-JP"], 0),
    case("explain-json", &["explain", "OperationDenied.Suspended", "--lang", "en-US", "--format", "json"], 0),
    case("explain-any-case-without-argument", &["explain", "invalidparameter"], 0),
    Case {
        name: "explain-language-from-lang",
        args: &["explain", "Forbidden"],
        environment: &[("LANG", "ja_JP.UTF-8")],
        status: 0,
    },
    Case {
        name: "explain-lc-all-c-wins",
        args: &["explain", "Forbidden"],
        environment: &[("LC_ALL", "C"), ("LANG", "ja_JP.UTF-8")],
        status: 0,
    },
    case("explain-unknown-language-falls-back", &["explain", "Forbidden", "--lang", "sv-SE"], 0),
    case("explain-language-by-language-only", &["explain", "ServiceUnAvailable", "--lang", "zh"], 0),
    case(
        "explain-control-characters-escaped",
        &["explain", "InvalidParameter", "--arg", "parameter=\u{1b}[31mred\u{7}"],
        0,
    ),
    case("error-unknown-code", &["explain", "Forbiden"], 1),
    case("error-unknown-code-no-suggestion", &["explain", "Teapot"], 1),
    case("error-undeclared-argument", &["explain", "Forbidden", "--arg", "parameter=x"], 1),
    case("error-argument-twice", &["explain", "MissingParameter", "--arg", "parameter=a", "--arg", "parameter=b"], 1),
    case("error-malformed-lang", &["explain", "Forbidden", "--lang", "zh CN"], 1),
    case("error-argument-without-value", &["explain", "MissingParameter", "--arg", "parameter"], 2),
    case("error-no-subcommand", &[], 2),
    case("error-serve-unknown-code", &["serve", "--error", "Teapot"], 1),
    case("error-serve-undeclared-argument", &["serve", "--error", "Forbidden", "--arg", "parameter=x"], 1),
    case("error-serve-malformed-address", &["serve", "--error", "Forbidden", "--addr", "localhost"], 2),
    case("explain-pseudolocale", &["explain", "MissingParameter", "--lang", "en-XA", "--arg", "parameter=VideoId"], 0),
    case("list-ja-jp", &["list", "--lang", "ja-JP"], 0),
    case("list-markdown-zh-cn", &["list", "--lang", "zh-CN", "--format", "markdown"], 0),
    case("list-json", &["list", "--lang", "en-US", "--format", "json"], 0),
    case("locales", &["locales"], 0),
    case(
        "locales-dir-loads",
        &["--locales-dir", "fixtures/../../locales", "explain", "Forbidden", "--lang", "ja-JP"],
        0,
    ),
    case(
        "locales-dir-syntax-error",
        &["--locales-dir", "fixtures/load/syntax-error", "explain", "Forbidden", "--lang", "ja-JP"],
        1,
    ),
    // A broken locale stops a command that reaches it, negotiated rather than named too.
    case(
        "locales-dir-syntax-error-negotiated",
        &["--locales-dir", "fixtures/load/syntax-error", "explain", "Forbidden", "--lang", "ja"],
        1,
    ),
    // A locale the command never reaches is not parsed: `cargo xtask check` checks them all.
    case(
        "locales-dir-broken-locale-not-reached",
        &["--locales-dir", "fixtures/load/syntax-error", "explain", "Forbidden", "--lang", "en-US"],
        0,
    ),
    case("locales-dir-duplicate-id", &["--locales-dir", "fixtures/load/duplicate-id", "list", "--lang", "ja-JP"], 1),
    case("locales-dir-locales-reaches-every-locale", &["--locales-dir", "fixtures/load/duplicate-id", "locales"], 1),
    case(
        "locales-dir-control-characters-escaped",
        &["--locales-dir", "fixtures/load/control-character", "explain", "Forbidden", "--lang", "ja-JP"],
        0,
    ),
    case("locales-dir-missing", &["--locales-dir", "fixtures/load/no-such-folder", "locales"], 1),
    case("explain-unknown-variant", &["explain", "Forbidden", "--variant", "nope"], 1),
    case("error-unknown-operation", &["explain", "Forbidden", "--operation", "GetPlayInfoo"], 1),
    case("operations-json", &["operations", "--format", "json"], 0),
];

/// The folders the `--locales-dir` cases name as `fixtures/load/<name>`: the repository's `en-US`
/// and `ja-JP`, copied at test time, each with one defect (file, text, the text that replaces it).
/// Made from the real catalogue, they never need editing when a code is added.
const BROKEN_FOLDERS: &[(&str, &str, &str, &str)] = &[
    ("syntax-error", "ja-JP/errors.ftl", "{ $parameter } は無効です", "{ $parameter は無効です"),
    (
        "duplicate-id",
        "ja-JP/errors.ftl",
        "\ninternal-error = ",
        "\nforbidden = 重複したメッセージです。\n    .description = 重複。\n\ninternal-error = ",
    ),
    ("control-character", "ja-JP/errors.ftl", "\nforbidden = ", "\nforbidden = \u{1b}[31m"),
];

/// Where the broken folders are made; the transcripts show paths under it as `fixtures/load/…`.
fn broken_folders_root() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli")
}

/// Makes the broken folder `name` afresh.
fn make_broken_folder(name: &str) {
    let Some(&(_, file, from, to)) = BROKEN_FOLDERS.iter().find(|(folder, ..)| *folder == name) else { return };
    let dir = broken_folders_root().join("fixtures/load").join(name);
    let _ = fs::remove_dir_all(&dir);
    for tag in ["en-US", "ja-JP"] {
        fs::create_dir_all(dir.join(tag)).unwrap();
        for entry in fs::read_dir(repository_locales().join(tag)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|extension| extension == "ftl") {
                fs::copy(&path, dir.join(tag).join(path.file_name().unwrap())).unwrap();
            }
        }
    }
    let path = dir.join(file);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{from:?} is not in {}", path.display());
    fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// Runs one case of [`CASES`]: its exit status, and a snapshot of its whole transcript.
fn check(name: &str) {
    let case = CASES.iter().find(|case| case.name == name).unwrap();
    let root = broken_folders_root();
    let args: Vec<String> = case
        .args
        .iter()
        .map(|arg| match arg.strip_prefix("fixtures/load/") {
            Some(folder) => {
                make_broken_folder(folder);
                root.join(arg).display().to_string()
            }
            None => (*arg).to_owned(),
        })
        .collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let run = run_cli(&args, case.environment);
    let transcript = run.transcript().replace(&format!("{}/", root.display()), "");
    assert_eq!(run.status, case.status, "{}: {transcript}", case.name);
    insta::assert_snapshot!(format!("cli-{}", case.name), transcript);
}

/// Every case of [`CASES`], one test each.
#[test]
fn cli_transcripts() {
    let mut failed = Vec::new();
    for case in CASES {
        if std::panic::catch_unwind(|| check(case.name)).is_err() {
            failed.push(case.name);
        }
    }
    assert!(failed.is_empty(), "failed cases: {failed:?}");
}
