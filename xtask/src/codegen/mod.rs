//! `cargo xtask codegen [--check]`: writes the code table and the embedded catalogue from their sources.
//!
//! Two files are generated, and committed: `crates/vod-error-codes/src/generated.rs` (the code
//! table, from `data/codes.toml` and the `en-US` messages) and `crates/vod-error-l10n/src/baked.rs`
//! (every locale, compiled). With `--check`, nothing is written and a stale file is an error that
//! names the command to run; a `#[test]` below runs the check, so `cargo test` fails on a stale
//! file.

pub(crate) mod core;
pub(crate) mod table;

use std::path::{Path, PathBuf};

use vod_error_codes::ArgumentKind;
use vod_error_l10n::loader::read_locales_dir;
use vod_error_l10n::{MessageSpec, MessageTable};

use self::table::{Kind, Problem, Table};

/// A generated file: its path from the repository's root, and its text.
pub(crate) struct Generated {
    pub(crate) path: &'static str,
    pub(crate) text: String,
}

/// The path of the code table's generated Rust.
pub(crate) const CODE_TABLE_RS: &str = "crates/vod-error-codes/src/generated.rs";

/// The path of the embedded catalogue's generated Rust.
pub(crate) const BAKED_RS: &str = "crates/vod-error-l10n/src/baked.rs";

/// The table of a repository and everything generated from it, or every problem in its sources.
pub(crate) fn generate(root: &Path) -> Result<(Table, Vec<Generated>), Vec<String>> {
    let table = table::read(root).map_err(|problems| problems.iter().map(Problem::to_string).collect::<Vec<_>>())?;
    let sources = read_locales_dir(&root.join("locales")).map_err(|error| vec![format!("error[codegen]: {error}")])?;
    let baked =
        vod_error_l10n::bake(&sources, &message_table(&table).with(vod_error_check::page_table()), core::GENERATED)
            .map_err(|problems| problems.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    let files = vec![
        Generated { path: CODE_TABLE_RS, text: core::generated_rs(&table) },
        Generated { path: BAKED_RS, text: baked },
    ];
    Ok((table, files))
}

/// The table the catalogue is compiled against, in the code table's message order.
pub(crate) fn message_table(table: &Table) -> MessageTable {
    MessageTable::new(
        table
            .messages
            .iter()
            .map(|message| MessageSpec {
                id: message.id.clone(),
                arguments: message
                    .arguments
                    .iter()
                    .map(|(name, kind)| {
                        let kind = match kind {
                            Kind::Text => ArgumentKind::Text,
                            Kind::Number => ArgumentKind::Number,
                        };
                        (name.clone(), kind)
                    })
                    .collect(),
                description: true,
                wire: Some(table.codes[message.code].wire.clone()),
            })
            .collect(),
    )
}

/// The generated files that differ from what is committed.
pub(crate) fn stale(root: &Path, files: &[Generated]) -> Vec<PathBuf> {
    files
        .iter()
        .filter(|file| std::fs::read_to_string(root.join(file.path)).ok().as_deref() != Some(file.text.as_str()))
        .map(|file| PathBuf::from(file.path))
        .collect()
}

/// Writes the generated files that changed; returns their paths.
pub(crate) fn write(root: &Path, files: &[Generated]) -> std::io::Result<Vec<PathBuf>> {
    let changed = stale(root, files);
    for file in files.iter().filter(|file| changed.iter().any(|path| path == Path::new(file.path))) {
        std::fs::write(root.join(file.path), &file.text)?;
    }
    Ok(changed)
}

/// The list of every code that has shipped.
pub(crate) const SHIPPED_CODES: &str = "crates/vod-error-codes/data/shipped-codes.txt";

/// `cargo xtask codegen`'s arguments.
#[derive(clap::Args)]
pub(crate) struct CodegenArgs {
    /// Only compare the committed files with what would be written; fail if any differ.
    #[arg(long)]
    check: bool,
}

pub(crate) fn run(args: &CodegenArgs) -> anyhow::Result<u8> {
    let root = crate::project_root();
    let (_, files) = match generate(&root) {
        Ok(generated) => generated,
        Err(problems) => {
            for problem in &problems {
                eprintln!("{problem}\n");
            }
            eprintln!(
                "nothing was generated: fix the {} problem(s) above, then run `cargo xtask codegen`",
                problems.len()
            );
            return Ok(crate::EXIT_FINDINGS);
        }
    };
    if args.check {
        let stale = stale(&root, &files);
        for path in &stale {
            eprintln!("error[codegen]: {} is stale", path.display());
        }
        if stale.is_empty() {
            eprintln!("{} generated files are current", files.len());
            return Ok(0);
        }
        eprintln!("  = help: run `cargo xtask codegen` (or `cargo xtask bless`) and commit the result");
        return Ok(crate::EXIT_FINDINGS);
    }
    let changed = write(&root, &files)?;
    for path in &changed {
        println!("wrote {}", path.display());
    }
    println!("{} generated files current ({} changed)", files.len(), changed.len());
    Ok(0)
}

/// The shipped codes, in order, from the registry file's text.
pub(crate) fn shipped_codes(text: &str) -> Vec<&str> {
    text.lines().map(str::trim).filter(|line| !line.is_empty() && !line.starts_with('#')).collect()
}

/// What keeps the shipped-code registry true: every shipped code is still in the table, in the
/// order it shipped; the codes after them are the new ones, which `cargo xtask bless` appends.
pub(crate) fn registry_problems(shipped: &[&str], table: &Table) -> Vec<String> {
    let mut problems = Vec::new();
    for (position, code) in shipped.iter().enumerate() {
        match table.codes.get(position) {
            Some(current) if current.wire == *code => {}
            Some(current) => problems.push(format!(
                "error[shipped-code]: the code `{code}` shipped at position {} of codes.toml, where `{}` stands now\n  = help: codes are never removed, renamed or moved: put `{code}` back, mark it `retired = \"why\"` if the API no longer sends it, and add new codes at the end",
                position + 1,
                current.wire
            )),
            None => problems.push(format!(
                "error[shipped-code]: the code `{code}` has shipped but is not in codes.toml\n  = help: codes are never removed: put it back, with `retired = \"why\"` if the API no longer sends it"
            )),
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed generated files are what `cargo xtask codegen` writes: `cargo test` fails
    /// when they are stale.
    #[test]
    fn generated_files_are_current() {
        let root = crate::project_root();
        let (_, files) = generate(&root).unwrap_or_else(|problems| panic!("{}", problems.join("\n")));
        let stale = stale(&root, &files);
        assert!(
            stale.is_empty(),
            "stale: {stale:?}; run `cargo xtask codegen` (or `cargo xtask bless`) and commit the result"
        );
    }

    /// Shipped codes are never removed, renamed or moved.
    #[test]
    fn shipped_codes_stay() {
        let root = crate::project_root();
        let table = table::read(&root).unwrap_or_else(|problems| panic!("{problems:?}"));
        let text = std::fs::read_to_string(root.join(SHIPPED_CODES)).unwrap();
        let problems = registry_problems(&shipped_codes(&text), &table);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    fn table_of(wires: &[&str]) -> Table {
        Table {
            codes: wires
                .iter()
                .map(|wire| table::Code {
                    wire: (*wire).to_owned(),
                    rust_name: table::rust_name(wire),
                    status: 400,
                    retryable: false,
                    common: false,
                    retired: None,
                    note: None,
                    messages: Vec::new(),
                    documented: Vec::new(),
                })
                .collect(),
            messages: Vec::new(),
            operations: Vec::new(),
        }
    }

    fn check(shipped: &[&str], table: &[&str], fails: bool) {
        let problems = registry_problems(shipped, &table_of(table));
        assert_eq!(!problems.is_empty(), fails, "{shipped:?} {table:?}: {problems:?}");
    }

    #[test]
    fn registry_table() {
        check(&["A", "B"], &["A", "B"], false);
        check(&["A", "B"], &["A", "B", "C"], false);
        check(&["A", "B"], &["A", "C"], true);
        check(&["A", "B"], &["B", "A"], true);
        check(&["A", "B"], &["A"], true);
    }
}
