//! Which language the user wants: `--lang`, else the environment as gettext reads it, else `en-US`.

use vod_error_l10n::{
    Catalog, CatalogError, LanguageIdentifier, LocaleChain, NegotiationNote, environment_languages, parse_tag,
};

/// The chosen chain, and why a requested language did not get the locale it named.
pub(crate) struct LanguageChoice {
    pub(crate) chain: LocaleChain,
    pub(crate) notes: Vec<NegotiationNote>,
}

/// The fallback chain for `--lang`, or for the languages the environment asks for: `LANGUAGE`
/// (unless the locale is `C` or `POSIX`), then `LC_ALL`, `LC_MESSAGES`, `LANG`, as gettext does.
///
/// A malformed `--lang` is an error; a malformed environment variable is skipped, as POSIX
/// programs do. A pseudolocale is chosen only when `--lang` names it.
pub(crate) fn choose_language(
    catalog: &Catalog,
    lang: Option<&str>,
    environment: &dyn Fn(&str) -> Option<String>,
) -> Result<LanguageChoice, CatalogError> {
    let (requested, pseudolocales): (Vec<LanguageIdentifier>, bool) = match lang {
        Some(tag) => (vec![parse_tag(tag)?], true),
        None => (environment_languages(environment), false),
    };
    Ok(LanguageChoice {
        chain: catalog.negotiate_with(&requested, pseudolocales),
        notes: catalog.negotiation_notes(&requested, pseudolocales),
    })
}
