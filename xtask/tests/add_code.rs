//! Adding a code by the documented procedure, in a copy of the repository: one row in the table,
//! one entry per locale, `cargo xtask bless`; then exactly those files and generated ones changed,
//! and the new code is explained in every language.
//!
//! The copy builds in a target folder of its own inside the workspace's (`add-code-target`): a
//! shared one would overwrite the workspace's own `xtask` and `vod-errors` binaries with the
//! copy's. It is kept between runs, so only the first run builds the dependencies.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The code the test adds, and its English message.
const WIRE: &str = "Demo.AddedByTest";
const ENGLISH: &str = "The demonstration value { $parameter } is not accepted.";

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Runs a program in `dir`; panics with its output when it fails.
fn run(dir: &Path, program: &str, args: &[&str]) -> Output {
    let output = Command::new(program)
        .current_dir(dir)
        .args(args)
        .env("CARGO_TARGET_DIR", target_dir())
        .env("NO_COLOR", "1")
        .env_remove("INSTA_UPDATE")
        .output()
        .unwrap_or_else(|error| panic!("cannot run {program}: {error}"));
    assert!(
        output.status.success(),
        "`{program} {}` failed in {}:\n{}\n{}",
        args.join(" "),
        dir.display(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

/// The copy's target folder: beside cargo's temporary folder for tests, in the workspace's target.
fn target_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("../add-code-target")
}

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}

/// A copy of the repository's files (tracked and new, not ignored) under a fresh git history.
fn copy_repository() -> PathBuf {
    let copy = Path::new(env!("CARGO_TARGET_TMPDIR")).join("add-code").join("repository");
    let _ = fs::remove_dir_all(&copy);
    fs::create_dir_all(&copy).unwrap();
    let listed = run(&repository(), "git", &["ls-files", "--cached", "--others", "--exclude-standard", "-z"]);
    for name in listed.stdout.split(|&byte| byte == 0).filter(|name| !name.is_empty()) {
        let name = std::str::from_utf8(name).unwrap();
        let from = repository().join(name);
        if !from.is_file() {
            continue; // deleted in the working tree
        }
        let to = copy.join(name);
        fs::create_dir_all(to.parent().unwrap()).unwrap();
        fs::copy(&from, &to).unwrap();
    }
    for args in [&["init", "--quiet"][..], &["add", "--all"], &["commit", "--quiet", "--no-verify", "-m", "copy"]] {
        let mut command =
            vec!["-c", "user.name=test", "-c", "user.email=test@example.invalid", "-c", "commit.gpgsign=false"];
        command.extend_from_slice(args);
        run(&copy, "git", &command);
    }
    copy
}

/// Appends text to a file.
fn append(path: &Path, text: &str) {
    let mut contents = fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    if !contents.ends_with('\n') {
        contents.push('\n');
    }
    contents.push_str(text);
    fs::write(path, contents).unwrap();
}

/// Step 1: the row. The table's `codes` list ends with `]`; the row goes before it.
fn add_row(copy: &Path) {
    let path = copy.join("crates/vod-error-codes/data/codes.toml");
    let text = fs::read_to_string(&path).unwrap();
    let end = text.find("\n]\n").expect("the codes list ends with a line `]`");
    let row = format!("\n  {{ wire = \"{WIRE}\", status = 400 }},");
    fs::write(&path, format!("{}{row}{}", &text[..end], &text[end..])).unwrap();
}

/// Step 2: one entry per locale, translated (here: the English marked with the locale's tag).
fn add_entries(copy: &Path) -> Vec<String> {
    let mut tags = Vec::new();
    for entry in fs::read_dir(copy.join("locales")).unwrap() {
        let folder = entry.unwrap().path();
        let tag = folder.file_name().unwrap().to_string_lossy().into_owned();
        let text = if tag == "en-US" { ENGLISH.to_owned() } else { format!("[{tag}] {ENGLISH}") };
        let description = if tag == "en-US" {
            "Why the test's code is returned.".to_owned()
        } else {
            format!("[{tag}] Why the test's code is returned.")
        };
        append(
            &folder.join("errors.ftl"),
            &format!("\ndemo_added-by-test = {text}\n    .description = {description}\n"),
        );
        tags.push(tag);
    }
    tags.sort();
    tags
}

/// The files git sees changed in the copy.
fn changed_files(copy: &Path) -> BTreeSet<String> {
    let output = run(copy, "git", &["status", "--porcelain", "--untracked-files=all"]);
    String::from_utf8(output.stdout).unwrap().lines().map(|line| line[3..].to_owned()).collect()
}

#[test]
fn adding_a_code_touches_the_table_one_file_per_locale_and_generated_files_only() {
    let copy = copy_repository();
    add_row(&copy);
    let tags = add_entries(&copy);

    // Step 3: one command regenerates everything.
    run(&copy, &cargo(), &["run", "--quiet", "--package", "xtask", "--", "bless", "--no-snapshots"]);

    // What a person edited: the table and one file per locale. Everything else is generated.
    let mut edited: BTreeSet<String> = BTreeSet::from(["crates/vod-error-codes/data/codes.toml".to_owned()]);
    edited.extend(tags.iter().map(|tag| format!("locales/{tag}/errors.ftl")));
    let generated = |path: &str| {
        [
            "crates/vod-error-codes/data/shipped-codes.txt",
            "crates/vod-error-codes/src/generated.rs",
            "crates/vod-error-l10n/src/baked.rs",
        ]
        .contains(&path)
            || (path.starts_with("docs/error-codes/") && path.ends_with(".md"))
    };
    let changed = changed_files(&copy);
    let (regenerated, by_hand): (BTreeSet<String>, BTreeSet<String>) =
        changed.into_iter().partition(|path| generated(path));
    assert_eq!(by_hand, edited, "only the table and one file per locale are edited by hand");
    assert_eq!(by_hand.len(), tags.len() + 1, "the table and one file per locale");
    for required in ["crates/vod-error-codes/src/generated.rs", "crates/vod-error-l10n/src/baked.rs"] {
        assert!(regenerated.contains(required), "{required} was not regenerated: {regenerated:?}");
    }
    for tag in &tags {
        let page = format!("docs/error-codes/{tag}.md");
        assert!(regenerated.contains(&page), "{page} was not regenerated");
    }

    // The registry has the code, last.
    let shipped = fs::read_to_string(copy.join("crates/vod-error-codes/data/shipped-codes.txt")).unwrap();
    assert_eq!(shipped.lines().last(), Some(WIRE));

    // The checker passes (new translations are not reviewed yet: warnings, no errors), and the
    // freshness checks agree that nothing is stale.
    run(&copy, &cargo(), &["run", "--quiet", "--package", "xtask", "--", "check"]);
    run(&copy, &cargo(), &["run", "--quiet", "--package", "xtask", "--", "codegen", "--check"]);

    // The new code works end to end: typed, localized, with its status.
    let explained = run(
        &copy,
        &cargo(),
        &[
            "run",
            "--quiet",
            "--package",
            "vod-errors",
            "--",
            "explain",
            WIRE,
            "--lang",
            "de-DE",
            "--arg",
            "parameter=X",
            "--format",
            "json",
        ],
    );
    let json: serde_json::Value = serde_json::from_slice(&explained.stdout).unwrap();
    assert_eq!(json["code"], WIRE);
    assert_eq!(json["http_status"], 400);
    assert_eq!(json["locale"], "de-DE");
    assert_eq!(json["message"], "[de-DE] The demonstration value X is not accepted.");
    let page = fs::read_to_string(copy.join("docs/error-codes/ja-JP.md")).unwrap();
    assert!(
        page.contains(&format!("| {WIRE} | 400 | [ja-JP] The demonstration value `<parameter>`")),
        "the Japanese page lists the new code"
    );
}
