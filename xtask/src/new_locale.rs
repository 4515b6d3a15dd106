//! `cargo xtask new-locale <tag>`: starts a locale folder from `en-US`, for a translator.

use std::fs;
use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::Args;
use vod_error_check::{GLOSSARY_FILE, Glossary};
use vod_error_l10n::DEFAULT_LOCALE;
use vod_error_l10n::negotiate::parse_tag;

#[derive(Args)]
pub(crate) struct NewLocaleArgs {
    /// The new locale's BCP 47 tag, such as `sv-SE`.
    tag: String,
    /// The catalogue folder [default: the repository's `locales/`].
    #[arg(long, value_name = "DIR")]
    locales_dir: Option<PathBuf>,
}

pub(crate) fn run(args: &NewLocaleArgs) -> anyhow::Result<u8> {
    let id = parse_tag(&args.tag)?;
    if id.to_string() != args.tag {
        bail!("write the tag in canonical form: `{id}`, not `{}`", args.tag);
    }
    let dir = crate::locales_dir(args.locales_dir.as_deref());
    let target = dir.join(&args.tag);
    if target.exists() {
        bail!("{} already exists; edit its files instead", target.display());
    }
    let source = dir.join(DEFAULT_LOCALE);
    fs::create_dir_all(&target).with_context(|| format!("cannot create {}", target.display()))?;
    let mut files: Vec<_> = fs::read_dir(&source)
        .with_context(|| format!("cannot read {}", source.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "ftl"))
        .collect();
    files.sort();
    for file in files {
        let text = fs::read_to_string(&file).with_context(|| format!("cannot read {}", file.display()))?;
        let name = file.file_name().unwrap_or_default();
        let header = format!(
            "# Started from {DEFAULT_LOCALE} by `cargo xtask new-locale {}`: translate every value and attribute.\n",
            args.tag
        );
        let path = target.join(name);
        fs::write(&path, header + &text).with_context(|| format!("cannot write {}", path.display()))?;
        println!("wrote {}", path.display());
    }
    let glossary = source.join(GLOSSARY_FILE);
    if let Ok(text) = fs::read_to_string(&glossary) {
        let english = Glossary::from_json(&text).with_context(|| format!("cannot read {}", glossary.display()))?;
        let terms: serde_json::Map<String, serde_json::Value> =
            english.terms.keys().map(|term| (term.clone(), serde_json::Value::Array(Vec::new()))).collect();
        let started = serde_json::json!({
            "about": format!("The glossary of {}: for each term, the forms it takes in this locale's text. Fill in every list.", args.tag),
            "terms": terms,
        });
        let path = target.join(GLOSSARY_FILE);
        fs::write(&path, serde_json::to_string_pretty(&started)? + "\n")
            .with_context(|| format!("cannot write {}", path.display()))?;
        println!("wrote {}", path.display());
    }
    println!("next: translate the files and fill in glossary.json, then run `cargo xtask check`;");
    println!("      preview with `cargo run -- --locales-dir locales explain Forbidden --lang {}`;", args.tag);
    println!("      when a second person has reviewed it, run `cargo xtask bless --reviewed {}` and commit", args.tag);
    Ok(0)
}
