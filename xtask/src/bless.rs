//! `cargo xtask bless [--reviewed TAG]...`: regenerates everything the sources imply, in one command.
//!
//! The translator's loop is: edit `locales/<tag>/*.ftl`, `cargo xtask check`, `cargo xtask bless`,
//! commit. Bless writes the code table and the embedded catalogue (`cargo xtask codegen`), appends
//! new codes to the shipped-code registry, records the reviews it is told of (`--reviewed TAG`,
//! as `cargo xtask mark-reviewed TAG`), then rebuilds the pages and the command line's snapshots
//! with the new catalogue compiled in.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, bail};
use clap::Args;

use crate::codegen::{self, SHIPPED_CODES, shipped_codes};
use crate::mark_reviewed::{MarkReviewedArgs, mark};

#[derive(Args)]
pub(crate) struct BlessArgs {
    /// A locale whose translations a second person has reviewed against today's `en-US`.
    #[arg(long = "reviewed", value_name = "TAG")]
    reviewed: Vec<String>,
    /// Leave the snapshots of the command line's transcripts as they are.
    #[arg(long)]
    no_snapshots: bool,
}

pub(crate) fn run(args: &BlessArgs) -> anyhow::Result<u8> {
    let root = crate::project_root();
    let (table, files) = match codegen::generate(&root) {
        Ok(generated) => generated,
        Err(problems) => {
            for problem in &problems {
                eprintln!("{problem}\n");
            }
            eprintln!(
                "nothing was blessed: fix the {} problem(s) above (`cargo xtask check` shows them all)",
                problems.len()
            );
            return Ok(crate::EXIT_FINDINGS);
        }
    };
    for path in codegen::write(&root, &files)? {
        println!("wrote {}", path.display());
    }
    append_shipped(&root, &table)?;
    for tag in &args.reviewed {
        mark(&MarkReviewedArgs::for_locale(tag))?;
    }
    // The pages and snapshots come from the new catalogue: a fresh `cargo` run compiles it in.
    cargo(&root, &["run", "--quiet", "--package", "xtask", "--", "docs"], &[])?;
    if !args.no_snapshots {
        let update = [("INSTA_UPDATE", "always"), ("INSTA_FORCE_PASS", "1")];
        cargo(&root, &["test", "--quiet", "--package", "vod-errors-suite", "--test", "cli"], &update)?;
        println!("updated the snapshots of tests/snapshots/: read `git diff tests/snapshots` before you commit");
    }
    println!("blessed: run `cargo xtask check`, then commit");
    Ok(0)
}

/// Appends the codes the registry does not list yet; a shipped code that is gone is an error.
fn append_shipped(root: &Path, table: &codegen::table::Table) -> anyhow::Result<()> {
    let path = root.join(SHIPPED_CODES);
    let text = std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
    let shipped = shipped_codes(&text);
    let problems = codegen::registry_problems(&shipped, table);
    if !problems.is_empty() {
        bail!("{}", problems.join("\n"));
    }
    let new: Vec<&str> = table.codes.iter().skip(shipped.len()).map(|code| code.wire.as_str()).collect();
    if !new.is_empty() {
        let mut text = text;
        if !text.ends_with('\n') {
            text.push('\n');
        }
        for wire in &new {
            text.push_str(wire);
            text.push('\n');
        }
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
        println!("appended {} code(s) to {SHIPPED_CODES}", new.len());
    }
    Ok(())
}

/// Runs cargo in the repository with these arguments and environment variables.
fn cargo(root: &Path, args: &[&str], environment: &[(&str, &str)]) -> anyhow::Result<()> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let status = Command::new(&cargo)
        .current_dir(root)
        .args(args)
        .envs(environment.iter().copied())
        .status()
        .with_context(|| format!("cannot run {cargo}"))?;
    if !status.success() {
        bail!("`cargo {}` failed: {status}", args.join(" "));
    }
    Ok(())
}
