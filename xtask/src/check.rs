//! `cargo xtask check`: runs the catalogue checker on a locales folder and reports every finding.

use std::io::IsTerminal;
use std::path::PathBuf;

use anyhow::Context;
use clap::{Args, ValueEnum};
use vod_error_l10n::{CodeTable, Report, check_locales, read_locales_dir};

/// Exit status when the catalogue has errors (or warnings, with `--deny-warnings`).
const EXIT_FINDINGS: u8 = 1;

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
    let dir = crate::locales_dir(args.locales_dir.as_deref());
    let report = check_dir(&dir)?;
    match args.format {
        Format::Json => println!("{}", report.to_json()),
        Format::Human => {
            let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            eprint!("{}", report.render(color));
        }
    }
    let failed = report.has_errors() || (args.deny_warnings && report.warning_count() > 0);
    Ok(if failed { EXIT_FINDINGS } else { 0 })
}

/// Checks a locales folder against the VOD code table.
fn check_dir(dir: &std::path::Path) -> anyhow::Result<Report> {
    let locales = read_locales_dir(dir).with_context(|| format!("cannot check {}", dir.display()))?;
    Ok(check_locales(&CodeTable::vod(), &locales))
}

#[cfg(test)]
mod tests {
    /// The repository's own catalogue passes the check with no warning: `cargo test` enforces it.
    #[test]
    fn the_repository_catalogue_is_clean() {
        let report = super::check_dir(&crate::project_root().join("locales")).unwrap();
        assert_eq!(report.error_count() + report.warning_count(), 0, "\n{}", report.render(false));
    }
}
