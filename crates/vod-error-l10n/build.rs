//! Embeds `locales/<tag>/*.ftl` into the crate, so that the catalogue ships inside the binary.
//!
//! Writes `$OUT_DIR/embedded.rs`, a table of every locale folder and its Fluent files, and asks
//! cargo to run again whenever anything under `locales/` changes.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs, io};

fn main() -> io::Result<()> {
    let manifest_dir = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let locales_dir = manifest_dir.join("../../locales");
    println!("cargo::rerun-if-changed={}", locales_dir.display());

    let mut table = String::from("pub(crate) static EMBEDDED_LOCALES: &[EmbeddedLocale] = &[\n");
    for (tag, locale_dir) in sorted_entries(&locales_dir, |path| path.is_dir())? {
        println!("cargo::rerun-if-changed={}", locale_dir.display());
        writeln!(table, "    EmbeddedLocale {{ tag: {tag:?}, files: &[").ok();
        for (name, file) in sorted_entries(&locale_dir, |path| path.extension().is_some_and(|e| e == "ftl"))? {
            let absolute = fs::canonicalize(&file)?;
            let shown = format!("locales/{tag}/{name}");
            writeln!(table, "        EmbeddedFile {{ path: {shown:?}, text: include_str!({absolute:?}) }},").ok();
        }
        table.push_str("    ] },\n");
    }
    table.push_str("];\n");

    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_default()).join("embedded.rs");
    fs::write(out, table)
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
