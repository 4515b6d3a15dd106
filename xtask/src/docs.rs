//! `cargo xtask docs [--check]`: writes the error-code page in every language to `docs/error-codes/`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Args;
use vod_error_l10n::{Catalog, GENERATED_HEADER, markdown_page};

/// Exit status when `--check` finds a page that is stale, missing or left over.
const EXIT_STALE: u8 = 1;

#[derive(Args)]
pub(crate) struct DocsArgs {
    /// Only compare the committed pages with what would be written; fail if any differ.
    #[arg(long)]
    check: bool,
}

pub(crate) fn run(args: &DocsArgs) -> anyhow::Result<u8> {
    let root = crate::project_root();
    let out_dir = root.join("docs/error-codes");
    let pages = pages(&root.join("locales"))?;
    if args.check {
        return check(&out_dir, &pages);
    }
    fs::create_dir_all(&out_dir).with_context(|| format!("cannot create {}", out_dir.display()))?;
    for name in stale_files(&out_dir, &pages)?.extra {
        fs::remove_file(out_dir.join(&name)).with_context(|| format!("cannot remove {name}"))?;
        println!("removed docs/error-codes/{name}");
    }
    for (name, text) in &pages {
        let path = out_dir.join(name);
        if fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
            println!("wrote docs/error-codes/{name}");
        }
    }
    println!("{} pages current in docs/error-codes/", pages.len());
    Ok(0)
}

/// Every page to write, by file name: one per stored locale, and the index.
fn pages(locales: &Path) -> anyhow::Result<BTreeMap<String, String>> {
    let catalog = Catalog::from_dir(locales).with_context(|| format!("cannot load {}", locales.display()))?;
    let mut pages = BTreeMap::new();
    let mut index = format!(
        "{GENERATED_HEADER}\n\n# Error codes in every language\n\n\
         The common error codes of the ApsaraVideo VOD API, one page per language:\n\n"
    );
    for info in catalog.locale_infos().into_iter().filter(|info| !info.pseudo) {
        let chain = catalog.negotiate_tags(&[info.tag.as_str()])?;
        pages.insert(format!("{}.md", info.tag), markdown_page(&catalog, &chain));
        index.push_str(&format!("- [{}]({}.md) (`{}`)\n", info.name, info.tag, info.tag));
    }
    pages.insert("README.md".to_owned(), index);
    Ok(pages)
}

/// What differs between the folder and the pages.
struct Stale {
    changed: Vec<String>,
    missing: Vec<String>,
    extra: Vec<String>,
}

fn stale_files(out_dir: &Path, pages: &BTreeMap<String, String>) -> anyhow::Result<Stale> {
    let mut stale = Stale { changed: Vec::new(), missing: Vec::new(), extra: Vec::new() };
    for (name, text) in pages {
        match fs::read_to_string(out_dir.join(name)) {
            Ok(committed) if committed == *text => {}
            Ok(_) => stale.changed.push(name.clone()),
            Err(_) => stale.missing.push(name.clone()),
        }
    }
    if out_dir.is_dir() {
        for entry in fs::read_dir(out_dir).with_context(|| format!("cannot read {}", out_dir.display()))? {
            let name = entry?.file_name().to_string_lossy().into_owned();
            if name.ends_with(".md") && !pages.contains_key(&name) {
                stale.extra.push(name);
            }
        }
    }
    Ok(stale)
}

fn check(out_dir: &Path, pages: &BTreeMap<String, String>) -> anyhow::Result<u8> {
    let stale = stale_files(out_dir, pages)?;
    let shown = |name: &String| PathBuf::from("docs/error-codes").join(name).display().to_string();
    let mut problems = 0;
    for (list, what) in [(&stale.changed, "is stale"), (&stale.missing, "is missing"), (&stale.extra, "is left over")] {
        for name in list {
            eprintln!("error[docs]: {} {what}", shown(name));
            problems += 1;
        }
    }
    if problems == 0 {
        eprintln!("{} pages in docs/error-codes/ are current", pages.len());
        return Ok(0);
    }
    eprintln!("  = help: run `cargo xtask docs` and commit the result");
    Ok(EXIT_STALE)
}

#[cfg(test)]
mod tests {
    /// The committed pages are what `cargo xtask docs` writes: `cargo test` fails when they are stale.
    #[test]
    fn committed_pages_are_current() {
        let root = crate::project_root();
        let pages = super::pages(&root.join("locales")).unwrap();
        let stale = super::stale_files(&root.join("docs/error-codes"), &pages).unwrap();
        let problems = [stale.changed, stale.missing, stale.extra].concat();
        assert!(problems.is_empty(), "stale pages {problems:?}: run `cargo xtask docs`");
    }
}
