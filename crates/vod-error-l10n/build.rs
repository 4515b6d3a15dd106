//! Embeds `locales/<tag>/*.ftl` into the crate, with every message compiled ahead of time.
//!
//! Writes `$OUT_DIR/embedded.rs`: a table of every locale folder, its Fluent files, and its
//! messages compiled by the crate's own rules (`src/compile_rules.rs`), so that the first render
//! in a process parses nothing. Cargo runs this again whenever anything under `locales/` changes.

#![forbid(unsafe_code)]

#[path = "src/compile_rules.rs"]
#[allow(dead_code)]
mod compile_rules;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs, io};

use compile_rules::{Piece, Writing, compile_resources, right_to_left};

fn main() -> io::Result<()> {
    let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let locales_dir = manifest_dir.join("../../locales");
    println!("cargo::rerun-if-changed={}", locales_dir.display());
    println!("cargo::rerun-if-changed=src/compile_rules.rs");

    let mut table = String::from("pub(crate) static EMBEDDED_LOCALES: &[EmbeddedLocale] = &[\n");
    for (tag, locale_dir) in sorted_entries(&locales_dir, |path| path.is_dir())? {
        println!("cargo::rerun-if-changed={}", locale_dir.display());
        let mut texts = Vec::new();
        writeln!(table, "    EmbeddedLocale {{ tag: {tag:?}, files: &[").ok();
        for (name, file) in sorted_entries(&locale_dir, |path| path.extension().is_some_and(|e| e == "ftl"))? {
            let absolute = fs::canonicalize(&file)?;
            let shown = format!("locales/{tag}/{name}");
            writeln!(table, "        EmbeddedFile {{ path: {shown:?}, text: include_str!({absolute:?}) }},").ok();
            // A file that is not UTF-8 fails `include_str!` above with the path; nothing to compile.
            texts.push(fs::read_to_string(&file).unwrap_or_default());
        }
        table.push_str("    ], messages: &[\n");
        let resources: Vec<_> = texts
            .iter()
            .map(|text| fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(partial, _)| partial))
            .collect();
        let references: Vec<_> = resources.iter().collect();
        let mut subtags = tag.split('-');
        let language = subtags.next().unwrap_or_default();
        let script = subtags.find(|subtag| subtag.len() == 4);
        let writing = Writing { transform: None, use_isolating: right_to_left(language, script) };
        for message in compile_resources(&references, writing) {
            let value = message
                .value
                .as_ref()
                .map_or_else(|| "None".to_owned(), |pieces| format!("Some({})", pieces_code(pieces)));
            let attributes: Vec<String> = message
                .attributes
                .iter()
                .map(|(name, pieces)| format!("({name:?}, {})", pieces_code(pieces)))
                .collect();
            writeln!(
                table,
                "        EmbeddedMessage {{ id: {:?}, value: {value}, attributes: &[{}] }},",
                message.id,
                attributes.join(", ")
            )
            .ok();
        }
        table.push_str("    ] },\n");
    }
    table.push_str("];\n");

    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_default()).join("embedded.rs");
    fs::write(out, table)
}

/// Rust source for a slice of pieces.
fn pieces_code(pieces: &[Piece]) -> String {
    let items: Vec<String> = pieces
        .iter()
        .map(|piece| match piece {
            Piece::Text(text) => format!("StaticPiece::Text({text:?})"),
            Piece::Argument { name, isolate } => format!("StaticPiece::Argument({name:?}, {isolate})"),
        })
        .collect();
    format!("&[{}]", items.join(", "))
}

/// The entries of `dir` that `keep` accepts, as (file name, path), sorted by name.
fn sorted_entries(dir: &Path, keep: impl Fn(&Path) -> bool) -> io::Result<Vec<(String, PathBuf)>> {
    let mut entries = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if keep(&path) {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            entries.push((name, path));
        }
    }
    entries.sort();
    Ok(entries)
}
