//! `cargo xtask check`: runs the catalogue checker on a locales folder and reports every finding.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::{Args, ValueEnum};
use vod_error_check::{Report, check_locales, page_table};
use vod_error_l10n::MessageTable;
use vod_error_l10n::loader::read_locales_dir;

use crate::EXIT_FINDINGS;
use crate::codegen;

#[derive(Args)]
pub(crate) struct CheckArgs {
    /// The folder to check [default: the repository's `locales/`].
    #[arg(long, value_name = "DIR")]
    locales_dir: Option<PathBuf>,
    /// The report's format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Fail on warnings too.
    #[arg(long)]
    deny_warnings: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// rustc-style diagnostics and a summary per locale, on standard error.
    Human,
    /// One JSON object with every finding and summary, on standard output.
    Json,
}

pub(crate) fn run(args: &CheckArgs) -> anyhow::Result<u8> {
    let root = crate::project_root();
    let dir = crate::locales_dir(args.locales_dir.as_deref());
    let (table, table_problems) = table(&root, &dir);
    let report = check_dir(&dir, &table)?;
    match args.format {
        Format::Json => println!("{}", report.to_json()),
        Format::Human => {
            let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            for problem in &table_problems {
                eprintln!("{problem}\n");
            }
            eprint!("{}", report.render(color));
            if args.locales_dir.is_none() && table_problems.is_empty() && !report.has_errors() {
                let stale =
                    codegen::generate(&root).map(|(_, files)| codegen::stale(&root, &files)).unwrap_or_default();
                if !stale.is_empty() {
                    eprintln!(
                        "note: the embedded catalogue and the pages are older than these files: run `cargo xtask bless`"
                    );
                }
            }
        }
    }
    let failed =
        !table_problems.is_empty() || report.has_errors() || (args.deny_warnings && report.warning_count() > 0);
    Ok(if failed { EXIT_FINDINGS } else { 0 })
}

/// The table to check against: the one `codes.toml` and the folder's `en-US` give now (not the
/// one compiled into this binary, which may be older), with the pages' strings; when those
/// sources have problems, the compiled one, and the problems.
fn table(root: &Path, dir: &Path) -> (MessageTable, Vec<String>) {
    match codegen::table::read_with(root, dir) {
        Ok(table) => (codegen::message_table(&table).with(page_table()), Vec::new()),
        Err(problems) => (vod_error_check::repository_table(), problems.iter().map(ToString::to_string).collect()),
    }
}

/// Checks a locales folder against a table.
fn check_dir(dir: &Path, table: &MessageTable) -> anyhow::Result<Report> {
    let locales = read_locales_dir(dir).with_context(|| format!("cannot check {}", dir.display()))?;
    Ok(check_locales(table, &locales))
}

#[cfg(test)]
mod tests {
    /// The repository's own catalogue passes the check with no warning: `cargo test` enforces it.
    #[test]
    fn the_repository_catalogue_is_clean() {
        let root = crate::project_root();
        let dir = root.join("locales");
        let (table, problems) = super::table(&root, &dir);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        let report = super::check_dir(&dir, &table).unwrap();
        assert_eq!(
            report.error_count() + report.warning_count(),
            0,
            "\n{}\n  = help: every locale of the repository is complete and reviewed: fix these, then `cargo xtask bless --reviewed TAG`",
            report.render(false)
        );
    }
}
