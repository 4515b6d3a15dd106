//! `cargo xtask mark-reviewed <tag> [KEY]...`: records that a locale was reviewed against today's `en-US`.

use std::fs;
use std::path::PathBuf;

use anyhow::{Context, bail};
use clap::Args;
use vod_error_l10n::DEFAULT_LOCALE;
use vod_error_l10n::loader::{REVIEW_FILE, ReviewRecord, read_locales_dir, source_texts};

#[derive(Args)]
pub(crate) struct MarkReviewedArgs {
    /// The locale that was reviewed, such as `ja-JP`.
    tag: String,
    /// Only these entries (`id` or `id.description`) [default: every translated entry].
    keys: Vec<String>,
    /// The catalogue folder [default: the repository's `locales/`].
    #[arg(long, value_name = "DIR")]
    locales_dir: Option<PathBuf>,
}

impl MarkReviewedArgs {
    /// Every entry of one locale of the repository's `locales/`.
    pub(crate) fn for_locale(tag: &str) -> MarkReviewedArgs {
        MarkReviewedArgs { tag: tag.to_owned(), keys: Vec::new(), locales_dir: None }
    }
}

pub(crate) fn run(args: &MarkReviewedArgs) -> anyhow::Result<u8> {
    mark(args)?;
    Ok(0)
}

/// Writes the locale's review record: each entry marked with the `en-US` text it was reviewed against.
pub(crate) fn mark(args: &MarkReviewedArgs) -> anyhow::Result<()> {
    if args.tag == DEFAULT_LOCALE {
        bail!("`{DEFAULT_LOCALE}` is the source of every translation; it needs no review record");
    }
    let dir = crate::locales_dir(args.locales_dir.as_deref());
    let locales = read_locales_dir(&dir).with_context(|| format!("cannot read {}", dir.display()))?;
    let find = |tag: &str| locales.iter().find(|locale| locale.tag == tag);
    let Some(source) = find(DEFAULT_LOCALE) else { bail!("{} has no `{DEFAULT_LOCALE}` folder", dir.display()) };
    let Some(target) = find(&args.tag) else { bail!("{} has no `{}` folder", dir.display(), args.tag) };

    let path = dir.join(&args.tag).join(REVIEW_FILE);
    let mut record = match fs::read_to_string(&path) {
        Ok(text) => ReviewRecord::from_json(&text).with_context(|| format!("cannot read {}", path.display()))?,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => ReviewRecord::default(),
        Err(error) => return Err(error).with_context(|| format!("cannot read {}", path.display())),
    };
    let english = source_texts(source);
    let translated = source_texts(target);
    for key in &args.keys {
        if !english.contains_key(key) || !translated.contains_key(key) {
            bail!("`{key}` is not an entry of both `{DEFAULT_LOCALE}` and `{}`", args.tag);
        }
    }
    let mut marked = 0;
    for (key, text) in &english {
        let wanted = args.keys.is_empty() || args.keys.contains(key);
        if wanted && translated.contains_key(key) {
            record.reviewed_sources.insert(key.clone(), text.clone());
            marked += 1;
        }
    }
    fs::write(&path, record.to_json()).with_context(|| format!("cannot write {}", path.display()))?;
    println!("marked {marked} entries of `{}` as reviewed against `{DEFAULT_LOCALE}` in {}", args.tag, path.display());
    Ok(())
}
