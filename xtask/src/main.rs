//! The project's own tasks, run as `cargo xtask <task>`: check, codegen, bless, docs, new-locale,
//! mark-reviewed, site, bench.
//!
//! Each task is one module; `main` only parses the command line and dispatches. The work itself
//! lives in the library crates where others need it (the checker in `vod-error-check`, the baking
//! in `vod-error-l10n`), so that tests and other tools can run it too.

#![forbid(unsafe_code)]

mod bench;
mod bless;
mod check;
mod codegen;
mod docs;
mod mark_reviewed;
mod new_locale;
mod site;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Exit status of a task whose command line or input folder is unusable.
const EXIT_USAGE: u8 = 2;

/// Exit status of a task that found something to fix (stale files, findings).
const EXIT_FINDINGS: u8 = 1;

/// The project's own tasks.
#[derive(Parser)]
#[command(name = "cargo xtask")]
struct Tasks {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Run the benchmarks briefly; print medians and ratios to baselines, and write bench-summary.json.
    Bench(bench::BenchArgs),
    /// Regenerate everything the sources imply: code table, embedded catalogue, pages, shipped codes.
    Bless(bless::BlessArgs),
    /// Check every locale against the code table: missing, extra or broken messages, and more.
    Check(check::CheckArgs),
    /// Write the code table and the embedded catalogue from their sources (`--check`: fail if stale).
    Codegen(codegen::CodegenArgs),
    /// Write the error-code pages in every language to `docs/error-codes/` (`--check`: fail if stale).
    Docs(docs::DocsArgs),
    /// Start a new locale from `en-US`, for a translator to translate.
    NewLocale(new_locale::NewLocaleArgs),
    /// Record that a locale's translations were reviewed against the current `en-US` text.
    MarkReviewed(mark_reviewed::MarkReviewedArgs),
    /// Write the error centre, a static web site of every code and operation in every language.
    Site(site::SiteArgs),
}

fn main() -> ExitCode {
    let tasks = match Tasks::try_parse() {
        Ok(tasks) => tasks,
        Err(error) => {
            let _ = error.print();
            return ExitCode::from(if error.exit_code() == 0 { 0 } else { EXIT_USAGE });
        }
    };
    let outcome = match tasks.task {
        Task::Bench(args) => bench::run(&args),
        Task::Bless(args) => bless::run(&args),
        Task::Check(args) => check::run(&args),
        Task::Codegen(args) => codegen::run(&args),
        Task::Docs(args) => docs::run(&args),
        Task::NewLocale(args) => new_locale::run(&args),
        Task::MarkReviewed(args) => mark_reviewed::run(&args),
        Task::Site(args) => site::run(&args),
    };
    match outcome {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}

/// The repository's root folder: the parent of the `xtask` package.
fn project_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// Where cargo builds: `CARGO_TARGET_DIR` (relative to the root when relative), else `target/`.
fn target_dir(root: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => root.join(dir),
        None => root.join("target"),
    }
}

/// The catalogue folder to work on: the one given, or the repository's `locales/`, shown relative
/// to the current folder when it is inside it.
fn locales_dir(given: Option<&Path>) -> PathBuf {
    let dir = given.map_or_else(|| project_root().join("locales"), Path::to_path_buf);
    match std::env::current_dir() {
        Ok(current) => dir.strip_prefix(&current).map_or(dir.clone(), Path::to_path_buf),
        Err(_) => dir,
    }
}
