//! Which language the user wants: `--lang`, else the environment as gettext reads it, else `en-US`.

use vod_error_l10n::{LanguageRequest, TagError};

/// The request for `--lang`, or for the languages the environment asks for: `LANGUAGE` (unless
/// the locale is `C` or `POSIX`), then `LC_ALL`, `LC_MESSAGES`, `LANG`, as gettext does.
///
/// A malformed `--lang` is an error; a malformed environment variable is skipped, as POSIX
/// programs do. A pseudolocale, or a locale too little translated to be offered, is chosen only
/// when `--lang` names it.
pub(crate) fn choose_language(
    lang: Option<&str>,
    environment: &dyn Fn(&str) -> Option<String>,
) -> Result<LanguageRequest, TagError> {
    match lang {
        Some(tag) => LanguageRequest::tags(&[tag]),
        None => Ok(LanguageRequest::environment(environment)),
    }
}
