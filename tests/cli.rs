//! End-to-end runs of the `vod-errors` command line, in process: output, errors and exit status.

// A failed unwrap or panic in a test is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use vod_errors_suite::run_cli;

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
    case("locales-dir-syntax-error", &["--locales-dir", "fixtures/load/syntax-error", "explain", "Forbidden"], 1),
    case("locales-dir-duplicate-id", &["--locales-dir", "fixtures/load/duplicate-id", "list"], 1),
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

/// Runs one case of [`CASES`]: its exit status, and a snapshot of its whole transcript.
fn check(name: &str) {
    let case = CASES.iter().find(|case| case.name == name).unwrap();
    let run = run_cli(case.args, case.environment);
    assert_eq!(run.status, case.status, "{}: {}", case.name, run.transcript());
    insta::assert_snapshot!(format!("cli-{}", case.name), run.transcript());
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
