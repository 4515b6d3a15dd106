//! `cargo xtask docs [--check]`: writes the error-code pages in every language to `docs/error-codes/`.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Args;
use vod_error_check::{GENERATED_HEADER, markdown_page, repository_table};
use vod_error_l10n::loader::read_locales_dir;
use vod_error_l10n::{Catalog, LanguageRequest, LocaleInfo, MIN_PERCENT_TRANSLATED};

use crate::EXIT_FINDINGS;

/// Where the pages go, from the repository's root.
const PAGES_DIR: &str = "docs/error-codes";

#[derive(Args)]
pub(crate) struct DocsArgs {
    /// Only compare the committed pages with what would be written; fail if any differ.
    #[arg(long)]
    check: bool,
}

pub(crate) fn run(args: &DocsArgs) -> anyhow::Result<u8> {
    let root = crate::project_root();
    let out_dir = root.join(PAGES_DIR);
    let pages = pages(&root.join("locales"))?;
    if args.check {
        return check(&out_dir, &pages);
    }
    fs::create_dir_all(&out_dir).with_context(|| format!("cannot create {}", out_dir.display()))?;
    for name in stale_files(&out_dir, &pages)?.extra {
        fs::remove_file(out_dir.join(&name)).with_context(|| format!("cannot remove {name}"))?;
        println!("removed {PAGES_DIR}/{name}");
    }
    for (name, text) in &pages {
        let path = out_dir.join(name);
        if fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
            println!("wrote {PAGES_DIR}/{name}");
        }
    }
    println!("{} pages current in {PAGES_DIR}/", pages.len());
    Ok(0)
}

/// Every page to write, by file name: one per stored locale, and the index.
pub(crate) fn pages(locales: &Path) -> anyhow::Result<BTreeMap<String, String>> {
    let sources = read_locales_dir(locales).with_context(|| format!("cannot read {}", locales.display()))?;
    let catalog = Catalog::load_sources(locales, &sources, &repository_table())
        .with_context(|| format!("cannot load {}: run `cargo xtask check` for details", locales.display()))?
        .catalog;
    let mut pages = BTreeMap::new();
    let mut index = format!(
        "{GENERATED_HEADER}\n\n# Error codes in every language\n\n\
         The common error codes of the ApsaraVideo VOD API, one page per language:\n\n"
    );
    let (offered, unfinished): (Vec<LocaleInfo>, Vec<LocaleInfo>) =
        catalog.locale_infos().into_iter().filter(|info| !info.pseudo).partition(|info| info.offered);
    for info in &offered {
        let request = LanguageRequest::tags(&[info.tag.as_str()])?;
        pages.insert(format!("{}.md", info.tag), markdown_page(&catalog.localizer(&request)));
        index.push_str(&format!("- [{}]({}.md) (`{}`)\n", info.name, info.tag, info.tag));
    }
    // A locale too little translated to be offered gets no page (it would be mostly English),
    // only a line saying how far it is.
    if !unfinished.is_empty() {
        index.push_str(&format!("\nBeing translated (a page appears at {MIN_PERCENT_TRANSLATED}%):\n\n"));
        for info in &unfinished {
            index.push_str(&format!("- {} (`{}`): {}%\n", info.name, info.tag, info.percent_translated));
        }
    }
    pages.insert("README.md".to_owned(), index);
    Ok(pages)
}

/// What differs between the folder and the pages.
pub(crate) struct Stale {
    pub(crate) changed: Vec<String>,
    pub(crate) missing: Vec<String>,
    pub(crate) extra: Vec<String>,
}

pub(crate) fn stale_files(out_dir: &Path, pages: &BTreeMap<String, String>) -> anyhow::Result<Stale> {
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
    let shown = |name: &String| PathBuf::from(PAGES_DIR).join(name).display().to_string();
    let mut problems = 0;
    for (list, what) in [(&stale.changed, "is stale"), (&stale.missing, "is missing"), (&stale.extra, "is left over")] {
        for name in list {
            eprintln!("error[docs]: {} {what}", shown(name));
            problems += 1;
        }
    }
    if problems == 0 {
        eprintln!("{} pages in {PAGES_DIR}/ are current", pages.len());
        return Ok(0);
    }
    eprintln!("  = help: run `cargo xtask docs` (or `cargo xtask bless`) and commit the result");
    Ok(EXIT_FINDINGS)
}

#[cfg(test)]
mod tests {
    /// The committed pages are what `cargo xtask docs` writes: `cargo test` fails when they are stale.
    #[test]
    fn committed_pages_are_current() {
        let root = crate::project_root();
        let pages = super::pages(&root.join("locales")).unwrap();
        let stale = super::stale_files(&root.join(super::PAGES_DIR), &pages).unwrap();
        let problems = [stale.changed, stale.missing, stale.extra].concat();
        assert!(problems.is_empty(), "stale pages {problems:?}: run `cargo xtask docs` (or `cargo xtask bless`)");
    }

    /// A locale too little translated to be offered gets no page, and the index says how far it is.
    #[test]
    fn an_unfinished_locale_gets_no_page() {
        let root = crate::project_root();
        let dir = std::env::temp_dir().join(format!("vod-errors-docs-unfinished-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for tag in ["en-US", "ja-JP"] {
            std::fs::create_dir_all(dir.join(tag)).unwrap();
            for entry in std::fs::read_dir(root.join("locales").join(tag)).unwrap() {
                let path = entry.unwrap().path();
                std::fs::copy(&path, dir.join(tag).join(path.file_name().unwrap())).unwrap();
            }
        }
        // Japanese with its error messages gone: its pages' strings and terms only.
        std::fs::remove_file(dir.join("ja-JP/errors.ftl")).unwrap();
        let pages = super::pages(&dir).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        let names: Vec<&str> = pages.keys().map(String::as_str).collect();
        assert_eq!(names, ["README.md", "en-US.md"]);
        let index = &pages["README.md"];
        assert!(index.contains("Being translated (a page appears at 90%):\n\n- 日本語 (`ja-JP`): "), "{index}");
    }
}
