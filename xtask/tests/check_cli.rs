//! `cargo xtask check` and `new-locale` as a translator runs them: exit statuses and outputs.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn xtask(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_xtask")).args(args).env("NO_COLOR", "1").output().unwrap()
}

/// A copy of the repository's `en-US` and `ja-JP` (or only `en-US`), in a folder of its own.
fn copy(case: &str, tags: &[&str]) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("check-cli").join(case);
    let _ = fs::remove_dir_all(&dir);
    let repository = Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    for tag in tags {
        fs::create_dir_all(dir.join(tag)).unwrap();
        for entry in fs::read_dir(repository.join(tag)).unwrap() {
            let path = entry.unwrap().path();
            fs::copy(&path, dir.join(tag).join(path.file_name().unwrap())).unwrap();
        }
    }
    dir
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from:?} not in {}", path.display());
    fs::write(path, text.replacen(from, to, 1)).unwrap();
}

fn check(dir: &Path, extra: &[&str]) -> Output {
    let shown = dir.display().to_string();
    xtask(&[&["check", "--locales-dir", shown.as_str()], extra].concat())
}

#[test]
fn a_clean_folder_passes_even_with_deny_warnings() {
    let dir = copy("clean", &["en-US", "ja-JP"]);
    for extra in [&[][..], &["--deny-warnings"]] {
        let output = check(&dir, extra);
        assert_eq!(output.status.code(), Some(0), "{}", String::from_utf8_lossy(&output.stderr));
    }
}

#[test]
fn an_undeclared_variable_fails_and_json_lists_it() {
    let dir = copy("variables", &["en-US", "ja-JP"]);
    edit(&dir.join("ja-JP/errors.ftl"), "{ $parameter }", "{ $param }");
    assert_eq!(check(&dir, &[]).status.code(), Some(1));
    let output = check(&dir, &["--format", "json"]);
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["errors"], 2, "{report}");
    assert_eq!(report["findings"][0]["check"], "variables");
    assert_eq!(report["findings"][0]["locale"], "ja-JP");
}

#[test]
fn a_stale_translation_is_a_warning_that_deny_warnings_fails() {
    let dir = copy("stale", &["en-US", "ja-JP"]);
    edit(&dir.join("ja-JP/review.json"), "\"forbidden\": \"User not", "\"forbidden\": \"Once, User not");
    assert_eq!(check(&dir, &[]).status.code(), Some(0));
    assert_eq!(check(&dir, &["--deny-warnings"]).status.code(), Some(1));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(check(Path::new("no/such/folder"), &[]).status.code(), Some(2));
    assert_eq!(xtask(&["check", "--format", "yaml"]).status.code(), Some(2));
}

#[test]
fn a_new_locale_starts_from_english_and_is_reported_untranslated() {
    let dir = copy("new-locale", &["en-US"]);
    let shown = dir.display().to_string();
    let created = xtask(&["new-locale", "sv-SE", "--locales-dir", &shown]);
    assert!(created.status.success(), "{}", String::from_utf8_lossy(&created.stderr));
    assert!(dir.join("sv-SE/errors.ftl").exists());
    assert_eq!(dir.join("sv-SE/glossary.json").exists(), dir.join("en-US/glossary.json").exists());
    let again = xtask(&["new-locale", "sv-SE", "--locales-dir", &shown]);
    assert_eq!(again.status.code(), Some(2), "an existing locale is not overwritten");
    let bad_tag = xtask(&["new-locale", "sv_SE", "--locales-dir", &shown]);
    assert_eq!(bad_tag.status.code(), Some(2));
    let checked = check(&dir, &["--format", "json"]);
    assert_eq!(
        checked.status.code(),
        Some(0),
        "untranslated is a warning: {}",
        String::from_utf8_lossy(&checked.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&checked.stdout).unwrap();
    let findings = report["findings"].as_array().unwrap();
    let of = |check: &str| findings.iter().filter(|f| f["check"] == check).count();
    let entries = vod_error_codes::Message::COUNT * 2 + vod_error_check::PAGE_MESSAGES.len();
    assert_eq!(of("untranslated"), entries + 1, "every value and description of the new locale, and its name");
    assert!(
        findings.iter().any(|f| f["check"] == "untranslated" && f["text"].as_str().unwrap().contains("-language-name")),
        "the language's name, still en-US's"
    );
    assert_eq!(of("unreviewed"), 1, "the new locale has no review record yet");
    if dir.join("en-US/glossary.json").exists() {
        assert!(of("glossary") > 0, "the new glossary's lists are empty until filled in");
    }
    let swedish = report["locales"].as_array().unwrap().iter().find(|l| l["locale"] == "sv-SE").unwrap();
    assert_eq!(swedish["percent_translated"], 0, "{swedish}");
    assert_eq!(check(&dir, &["--deny-warnings"]).status.code(), Some(1));
}

#[test]
fn a_byte_that_is_not_utf8_is_a_finding_with_its_place() {
    let dir = copy("not-utf8", &["en-US", "zh-CN"]);
    let path = dir.join("zh-CN/errors.ftl");
    let mut bytes = fs::read(&path).unwrap();
    bytes.extend_from_slice(b"\n# \xff\n");
    fs::write(&path, bytes).unwrap();
    let output = check(&dir, &[]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let line = fs::read(&path).unwrap().split(|&byte| byte == b'\n').count() - 1;
    assert!(stderr.contains(&format!("zh-CN/errors.ftl:{line}:3")), "{stderr}");
}

#[test]
fn an_unclosed_placeable_at_the_end_of_a_file_points_at_its_brace() {
    let dir = copy("unclosed", &["en-US", "ja-JP"]);
    let path = dir.join("ja-JP/page.ftl");
    let mut text = fs::read_to_string(&path).unwrap();
    text.push_str("broken = { $x");
    fs::write(&path, &text).unwrap();
    let output = check(&dir, &[]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    let line = text.lines().count();
    assert!(stderr.contains(&format!("ja-JP/page.ftl:{line}:10")), "{stderr}");
    assert!(stderr.contains("help:"), "{stderr}");
}
