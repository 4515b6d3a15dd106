//! `cargo xtask check` and `new-locale` as a translator runs them: exit statuses and outputs.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/check")
}

fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask")).args(args).env("NO_COLOR", "1").output().unwrap()
}

/// One command line and the exit status it must end with.
const CASES: &[(&[&str], i32)] = &[
    (&["check", "--locales-dir", "clean"], 0),
    (&["check", "--locales-dir", "clean", "--deny-warnings"], 0),
    (&["check", "--locales-dir", "variables"], 1),
    (&["check", "--locales-dir", "stale-translation"], 0),
    (&["check", "--locales-dir", "stale-translation", "--deny-warnings"], 1),
    (&["check", "--locales-dir", "no-such-folder"], 2),
    (&["check", "--format", "yaml"], 2),
];

#[test]
fn exit_statuses() {
    for &(args, status) in CASES {
        let args: Vec<String> = args
            .iter()
            .enumerate()
            .map(|(index, arg)| {
                if index > 0 && args[index - 1] == "--locales-dir" {
                    fixtures().join(arg).display().to_string()
                } else {
                    (*arg).to_owned()
                }
            })
            .collect();
        let borrowed: Vec<&str> = args.iter().map(String::as_str).collect();
        let output = xtask(&borrowed);
        assert_eq!(output.status.code(), Some(status), "{args:?}\n{}", String::from_utf8_lossy(&output.stderr));
    }
}

#[test]
fn json_output_lists_every_finding() {
    let dir = fixtures().join("variables").display().to_string();
    let output = xtask(&["check", "--locales-dir", &dir, "--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["errors"], 3);
    assert_eq!(report["findings"][0]["check"], "variables");
    assert_eq!(report["findings"][0]["locale"], "ja-JP");
}

#[test]
fn a_new_locale_starts_from_english_and_is_reported_untranslated() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("new-locale");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let english = fixtures().join("clean/en-US");
    std::fs::create_dir_all(dir.join("en-US")).unwrap();
    for entry in std::fs::read_dir(&english).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join("en-US").join(path.file_name().unwrap())).unwrap();
    }
    let shown = dir.display().to_string();
    let created = xtask(&["new-locale", "sv-SE", "--locales-dir", &shown]);
    assert!(created.status.success(), "{}", String::from_utf8_lossy(&created.stderr));
    assert!(dir.join("sv-SE/errors.ftl").exists());
    let again = xtask(&["new-locale", "sv-SE", "--locales-dir", &shown]);
    assert_eq!(again.status.code(), Some(2), "an existing locale is not overwritten");
    let bad_tag = xtask(&["new-locale", "sv_SE", "--locales-dir", &shown]);
    assert_eq!(bad_tag.status.code(), Some(2));
    let checked = xtask(&["check", "--locales-dir", &shown, "--format", "json"]);
    assert_eq!(checked.status.code(), Some(0), "untranslated is a warning");
    let report: serde_json::Value = serde_json::from_slice(&checked.stdout).unwrap();
    let untranslated = report["findings"].as_array().unwrap().iter().filter(|f| f["check"] == "untranslated").count();
    assert_eq!(untranslated, 21, "every value and description of the new locale");
    let strict = xtask(&["check", "--locales-dir", &shown, "--deny-warnings"]);
    assert_eq!(strict.status.code(), Some(1));
}
