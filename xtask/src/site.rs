//! `cargo xtask site [--out DIR]`: writes the error centre, a static web site, from the catalogue.
//!
//! Per locale: an index of every code with a search box that filters as you type (code in any
//! case, words of the message, operation name; no network), a page per code (status, message,
//! description, the operations that return it with their own status and message, the family,
//! the Recommend link, the same page in every other language) and a page per operation. Pages
//! are rendered with minijinja templates (`xtask/templates/`), which escape everything that comes
//! from the catalogue; `lang`, `dir` and `hreflang` are set on every page. The default folder is
//! `site/` in the target folder.
//!
//! The folder keeps a list of the files written ([`MANIFEST`]), so that a later run removes the
//! pages it no longer writes (a locale no longer offered, say) and nothing else in the folder.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Args;
use minijinja::{Environment, context};
use serde::Serialize;
use vod_error_check::plain_placeholder_text;
use vod_error_codes::{ErrorCode, Operation};
use vod_error_l10n::{Catalog, LanguageRequest, Localizer};

#[derive(Args)]
pub(crate) struct SiteArgs {
    /// The folder to write the site to (default: `site/` in the target folder).
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

/// One language of the site, as the switcher shows it.
#[derive(Serialize, Clone)]
struct Language {
    tag: String,
    name: String,
}

/// One row of an index or an operation's table.
#[derive(Serialize)]
struct CodeRow {
    code: &'static str,
    slug: &'static str,
    status: u16,
    message: String,
    operations: Vec<&'static str>,
    search: String,
    doubtful: bool,
}

/// One operation that returns a code, with what it sends.
#[derive(Serialize)]
struct Returned {
    operation: &'static str,
    status: u16,
    message: String,
    doubtful: bool,
}

pub(crate) fn run(args: &SiteArgs) -> anyhow::Result<u8> {
    let root = crate::project_root();
    let out = args.out.clone().unwrap_or_else(|| crate::target_dir(&root).join("site"));
    let written = write_site(&out)?;
    let bytes: u64 = written.iter().filter_map(|path| std::fs::metadata(path).ok()).map(|meta| meta.len()).sum();
    println!("wrote {} files, {} KiB, to {}", written.len(), bytes / 1024, out.display());
    println!("look at it: python3 -m http.server --directory {} 8000, then http://127.0.0.1:8000/", out.display());
    Ok(0)
}

/// The file in the site's folder that lists, one per line, the files the last run wrote.
const MANIFEST: &str = ".vod-errors-site-files";

/// Writes the whole site to `out`, removes what the previous run wrote and this one did not, and
/// returns the files written.
pub(crate) fn write_site(out: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let written = write_pages(out)?;
    remove_left_over(out, &written)?;
    Ok(written)
}

/// Removes the files that the previous run listed in the manifest and `written` does not hold,
/// with the folders they leave empty; then lists `written` in the manifest. Files the manifest
/// never listed are left alone, whatever else the folder holds.
fn remove_left_over(out: &Path, written: &[PathBuf]) -> anyhow::Result<()> {
    let manifest = out.join(MANIFEST);
    let relative: Vec<String> = written
        .iter()
        .filter_map(|path| path.strip_prefix(out).ok())
        .map(|path| path.to_string_lossy().replace('\\', "/"))
        .collect();
    let previous = match std::fs::read_to_string(&manifest) {
        Ok(text) => text,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(error) => return Err(error).with_context(|| format!("cannot read {}", manifest.display())),
    };
    let current: BTreeSet<&str> = relative.iter().map(String::as_str).collect();
    for name in previous.lines().filter(|name| !name.is_empty() && !current.contains(name)) {
        // Only names this command wrote: relative, without `..`.
        let path = Path::new(name);
        if path.is_absolute() || path.components().any(|part| matches!(part, std::path::Component::ParentDir)) {
            continue;
        }
        let file = out.join(path);
        match std::fs::remove_file(&file) {
            Ok(()) => println!("removed {} (no longer part of the site)", file.display()),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(error) => return Err(error).with_context(|| format!("cannot remove {}", file.display())),
        }
        // The folders it leaves empty, up to the site's own.
        for folder in file.ancestors().skip(1).take_while(|folder| *folder != out) {
            if std::fs::remove_dir(folder).is_err() {
                break;
            }
        }
    }
    let mut listed = relative.join("\n");
    listed.push('\n');
    std::fs::write(&manifest, listed).with_context(|| format!("cannot write {}", manifest.display()))
}

/// Writes every page of the site to `out` and returns the files written.
fn write_pages(out: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let environment = templates()?;
    let catalog = Catalog::embedded();
    // Only the offered locales: one translated too little would be a site mostly in English.
    let infos: Vec<_> = catalog.locale_infos().into_iter().filter(|info| info.offered && !info.pseudo).collect();
    let languages: Vec<Language> =
        infos.iter().map(|info| Language { tag: info.tag.clone(), name: info.name.clone() }).collect();
    let mut written = Vec::new();
    let mut write = |path: PathBuf, text: String| -> anyhow::Result<()> {
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).with_context(|| format!("cannot create {}", parent.display()))?;
        }
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
        written.push(path);
        Ok(())
    };
    write(out.join("index.html"), environment.get_template("languages.html")?.render(context! { languages })?)?;
    write(out.join("style.css"), include_str!("../templates/style.css").to_owned())?;
    for (language, info) in languages.iter().zip(&infos) {
        let localizer = catalog.localizer(&LanguageRequest::tags(&[language.tag.as_str()])?);
        let strings = page_strings(&localizer);
        let base = context! {
            lang => language.tag.clone(),
            dir => if info.right_to_left { "rtl" } else { "ltr" },
            languages => languages.clone(),
            strings => strings.clone(),
        };
        let rows: Vec<CodeRow> = ErrorCode::all().map(|code| code_row(&localizer, code)).collect();
        let index = environment
            .get_template("index.html")?
            .render(context! { rows, page => "index.html", up => "", ..base.clone() })?;
        write(out.join(&language.tag).join("index.html"), index)?;
        for code in ErrorCode::all() {
            let page = code_page(&environment, &localizer, code, &base)?;
            write(out.join(&language.tag).join("codes").join(format!("{}.html", slug(code))), page)?;
        }
        for operation in Operation::all() {
            let rows: Vec<CodeRow> = operation
                .errors()
                .iter()
                .map(|documented| {
                    let message = plain_placeholder_text(&localizer, documented.message, documented.arguments);
                    CodeRow {
                        code: documented.code.as_str(),
                        slug: slug(documented.code),
                        status: documented.http_status,
                        search: String::new(),
                        message,
                        operations: Vec::new(),
                        doubtful: documented.doubtful.is_some(),
                    }
                })
                .collect();
            let page = environment.get_template("operation.html")?.render(context! {
                operation => operation.as_str(),
                rows,
                page => format!("operations/{operation}.html"),
                up => "../",
                ..base.clone()
            })?;
            write(out.join(&language.tag).join("operations").join(format!("{operation}.html")), page)?;
        }
    }
    Ok(written)
}

/// The templates, compiled into xtask.
fn templates() -> anyhow::Result<Environment<'static>> {
    let mut environment = Environment::new();
    for (name, source) in [
        ("base.html", include_str!("../templates/base.html")),
        ("languages.html", include_str!("../templates/languages.html")),
        ("index.html", include_str!("../templates/index.html")),
        ("code.html", include_str!("../templates/code.html")),
        ("operation.html", include_str!("../templates/operation.html")),
    ] {
        environment.add_template(name, source)?;
    }
    Ok(environment)
}

/// The page strings of a locale, by id with `-` as `_` (for the templates).
fn page_strings(localizer: &Localizer<'_>) -> BTreeMap<String, String> {
    vod_error_check::PAGE_MESSAGES.iter().map(|id| (id.replace('-', "_"), localizer.text(id, None, &[]).text)).collect()
}

/// A code's file name: its message id, which is safe in any URL (`Invalid%s.ValueNotSupported`
/// is `invalid-any_value-not-supported`).
fn slug(code: ErrorCode) -> &'static str {
    code.message_id()
}

fn code_row(localizer: &Localizer<'_>, code: ErrorCode) -> CodeRow {
    let message = plain_placeholder_text(localizer, code.message(), &[]);
    let mut operations: Vec<&'static str> = code.documented().map(|documented| documented.operation.as_str()).collect();
    operations.dedup();
    let search = format!("{} {} {}", code.as_str(), message, operations.join(" ")).to_lowercase();
    CodeRow {
        code: code.as_str(),
        slug: slug(code),
        status: code.http_status(),
        message,
        operations,
        search,
        doubtful: false,
    }
}

fn code_page(
    environment: &Environment<'_>,
    localizer: &Localizer<'_>,
    code: ErrorCode,
    base: &minijinja::Value,
) -> anyhow::Result<String> {
    let returned: Vec<Returned> = code
        .documented()
        .map(|documented| Returned {
            operation: documented.operation.as_str(),
            status: documented.http_status,
            message: plain_placeholder_text(localizer, documented.message, documented.arguments),
            doubtful: documented.doubtful.is_some(),
        })
        .collect();
    let family = code.family();
    let members: Vec<(&'static str, &'static str)> =
        family.codes().filter(|&member| member != code).map(|member| (member.as_str(), slug(member))).collect();
    let variants: Vec<String> =
        code.messages().iter().skip(1).map(|&message| plain_placeholder_text(localizer, message, &[])).collect();
    let recommend = format!(
        "https://api.aliyun.com/troubleshoot?q={}&product=vod",
        form_urlencoded::byte_serialize(code.as_str().as_bytes()).collect::<String>()
    );
    Ok(environment.get_template("code.html")?.render(context! {
        code => code.as_str(),
        status => code.http_status(),
        retryable => code.is_retryable(),
        message => plain_placeholder_text(localizer, code.message(), &[]),
        description => text_and_links(&localizer.description(code.message()).text),
        returned,
        family => family.name(),
        family_code => family.code().map(slug),
        members,
        variants,
        recommend,
        page => format!("codes/{}.html", slug(code)),
        up => "../",
        ..base.clone()
    })?)
}

/// One piece of a description: text, or a link's text and its target.
#[derive(Serialize)]
struct Piece {
    text: String,
    href: Option<String>,
}

/// A description's Markdown links (`[text](target)`) as pieces the template renders as anchors,
/// with their targets made valid URLs.
fn text_and_links(text: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let Some(middle) = rest[open..].find("](").map(|at| open + at) else { break };
        let Some(close) = rest[middle..].find(')').map(|at| middle + at) else { break };
        pieces.push(Piece { text: rest[..open].to_owned(), href: None });
        let target = vod_error_check::link_target(&rest[middle + 2..close]);
        pieces.push(Piece { text: rest[open + 1..middle].to_owned(), href: Some(target) });
        rest = &rest[close + 1..];
    }
    pieces.push(Piece { text: rest.to_owned(), href: None });
    pieces
}

#[cfg(test)]
mod tests {
    /// A page the previous run wrote and this one does not is removed, with the folders it
    /// leaves empty; a file the site never wrote stays.
    #[test]
    fn a_page_no_longer_written_is_removed_and_nothing_else() {
        let out = std::env::temp_dir().join(format!("vod-errors-site-left-over-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&out);
        super::write_site(&out).unwrap();
        let manifest = out.join(super::MANIFEST);
        let listed = std::fs::read_to_string(&manifest).unwrap();
        assert!(listed.lines().any(|line| line == "ja-JP/index.html"), "{listed}");
        // As if xx-XX had been offered last time: its pages listed, and a file of the user's.
        std::fs::create_dir_all(out.join("xx-XX/codes")).unwrap();
        std::fs::write(out.join("xx-XX/codes/Forbidden.html"), "old").unwrap();
        std::fs::write(out.join("xx-XX/index.html"), "old").unwrap();
        std::fs::write(out.join("CNAME"), "errors.example.com").unwrap();
        std::fs::write(&manifest, format!("{listed}xx-XX/codes/Forbidden.html\nxx-XX/index.html\n../outside\n"))
            .unwrap();
        super::write_site(&out).unwrap();
        assert!(!out.join("xx-XX").exists(), "the old locale's folder is gone");
        assert_eq!(std::fs::read_to_string(out.join("CNAME")).unwrap(), "errors.example.com");
        assert!(out.join("ja-JP/index.html").is_file());
        assert_eq!(std::fs::read_to_string(&manifest).unwrap(), listed);
        let _ = std::fs::remove_dir_all(&out);
    }

    /// Every internal link of the generated site resolves to a file of the site.
    #[test]
    fn every_internal_link_resolves() {
        let out = std::env::temp_dir().join(format!("vod-errors-site-links-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&out);
        let files = super::write_site(&out).unwrap();
        let mut broken = Vec::new();
        for file in &files {
            let text = std::fs::read_to_string(file).unwrap();
            for escaped in text.split("href=\"").skip(1).filter_map(|rest| rest.split('"').next()) {
                // The templates escape attribute values; a browser reads them back like this.
                let target = escaped.replace("&#x2f;", "/").replace("&amp;", "&");
                if target.starts_with("http") || target.starts_with('#') {
                    continue;
                }
                let path = target.split('#').next().unwrap_or(&target);
                let resolved = file.parent().unwrap().join(path);
                if !resolved.is_file() {
                    broken.push(format!("{} -> {target}", file.display()));
                }
            }
        }
        assert!(broken.is_empty(), "{} broken links, first: {:?}", broken.len(), broken.first());
        assert!(files.len() > 18 * (139 + 73), "{} files", files.len());
    }
}
