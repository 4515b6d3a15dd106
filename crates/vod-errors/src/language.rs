//! Which language the user wants: `--lang`, else the POSIX locale variables, else `en-US`.

use vod_error_l10n::{Catalog, CatalogError, LocaleChain, posix_locale_language};

/// The fallback chain for `--lang`, or for the user's locale from `LC_ALL`, `LC_MESSAGES`, `LANG`.
///
/// A malformed `--lang` is an error; a malformed environment variable is skipped, as POSIX
/// programs do.
pub(crate) fn chain_for(
    catalog: &Catalog,
    lang: Option<&str>,
    environment: &dyn Fn(&str) -> Option<String>,
) -> Result<LocaleChain, CatalogError> {
    if let Some(tag) = lang {
        return catalog.negotiate_tags(&[tag]);
    }
    let from_environment = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| environment(name))
        .find(|value| !value.is_empty())
        .and_then(|value| posix_locale_language(&value));
    Ok(catalog.negotiate(from_environment.as_slice()))
}
