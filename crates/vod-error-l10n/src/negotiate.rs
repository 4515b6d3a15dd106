//! Reading what languages a user asks for: BCP 47 tags, `Accept-Language` values, POSIX locales.
//!
//! Everything here turns text into [`LanguageIdentifier`]s in the user's order of preference;
//! choosing among the catalogue's locales is `chain.rs`'s job. Tags are read leniently, the way
//! people and browsers write them: case is normalized, `_` is read as `-`, extensions and private
//! use (`-u-nu-thai`, `-x-…`) are dropped, and withdrawn language codes (`in`, `iw`, `ji`, `jw`,
//! `mo`) become their current ones.

use unic_langid::LanguageIdentifier;

/// How much of an `Accept-Language` value is read, in bytes; the rest is ignored.
pub const MAX_ACCEPT_LANGUAGE_BYTES: usize = 4096;

/// How many entries of an `Accept-Language` value are considered.
pub const MAX_ACCEPT_LANGUAGE_ENTRIES: usize = 32;

/// Language codes that ISO 639 withdrew, with the codes that replaced them (the IANA language
/// subtag registry's `Preferred-Value`s for two-letter codes). unic-langid does not apply these
/// aliases, and ICU4X's canonicalizer would add a dozen crates for five rows.
const WITHDRAWN_LANGUAGES: &[(&str, &str)] = &[("in", "id"), ("iw", "he"), ("ji", "yi"), ("jw", "jv"), ("mo", "ro")];

/// Reads one language range or tag leniently; `None` when no language can be read from it.
///
/// # Example
///
/// ```
/// use vod_error_l10n::negotiate::parse_language_range;
///
/// let read = |tag| parse_language_range(tag).map(|id| id.to_string());
/// assert_eq!(read("th-TH-u-nu-thai").as_deref(), Some("th-TH"));
/// assert_eq!(read("zh_hant_hk").as_deref(), Some("zh-Hant-HK"));
/// assert_eq!(read("in-ID").as_deref(), Some("id-ID"));
/// assert_eq!(read("x-pig-latin"), None);
/// assert_eq!(read("*"), None);
/// ```
pub fn parse_language_range(range: &str) -> Option<LanguageIdentifier> {
    let range = range.trim();
    if range.is_empty() || range.len() > 64 {
        return None;
    }
    // Everything from the first singleton (`-u-`, `-t-`, `-x-`, …) on is an extension or
    // private use: it never changes which language is meant. unic-langid reads `-` and `_`
    // alike, so the range is read in place, without copies.
    let mut end = range.len();
    let mut start: usize = 0;
    for subtag in range.split(['-', '_']) {
        if subtag.len() == 1 {
            end = start.saturating_sub(1);
            break;
        }
        start += subtag.len() + 1;
    }
    if end == 0 {
        return None;
    }
    let mut id = LanguageIdentifier::from_bytes(&range.as_bytes()[..end]).ok()?;
    if let Some(&(_, current)) = WITHDRAWN_LANGUAGES.iter().find(|(withdrawn, _)| id.language == *withdrawn)
        && let Ok(language) = current.parse()
    {
        id.language = language;
    }
    Some(id)
}

/// Reads a BCP 47 tag a person typed; a tag from which no language can be read is an error.
///
/// Extensions and private use are allowed and ignored, as in [`parse_language_range`].
///
/// # Example
///
/// ```
/// use vod_error_l10n::negotiate::parse_tag;
///
/// assert_eq!(parse_tag("zh-CN")?.to_string(), "zh-CN");
/// assert_eq!(parse_tag("th-TH-u-nu-thai")?.to_string(), "th-TH");
/// assert!(parse_tag("not a tag").is_err());
/// # Ok::<(), vod_error_l10n::TagError>(())
/// ```
pub fn parse_tag(tag: &str) -> Result<LanguageIdentifier, TagError> {
    parse_language_range(tag).ok_or_else(|| TagError { tag: tag.chars().take(100).collect() })
}

/// A text from which no language can be read, given where a BCP 47 tag was expected.
///
/// # Example
///
/// ```
/// use vod_error_l10n::negotiate::parse_tag;
///
/// let error = parse_tag("zh CN").unwrap_err();
/// assert_eq!(error.to_string(), "\"zh CN\" is not a BCP 47 language tag (such as `en-US` or `zh-CN`)");
/// ```
#[derive(Clone, PartialEq, Eq, Debug, thiserror::Error)]
#[error("{tag:?} is not a BCP 47 language tag (such as `en-US` or `zh-CN`)")]
pub struct TagError {
    /// The text given (its first 100 characters).
    pub tag: String,
}

/// The languages an `Accept-Language` value asks for, most wanted first.
///
/// Entries are ordered by their `q` weight, and entries of equal weight keep the header's order.
/// The wildcard `*` ("any language") is read as `und`, the undetermined language, which the
/// catalogue serves with `en-US`. Entries with `q=0`, a malformed weight or no readable language
/// are skipped. Only the first
/// [`MAX_ACCEPT_LANGUAGE_BYTES`] bytes and [`MAX_ACCEPT_LANGUAGE_ENTRIES`] entries are read, so
/// that a hostile header costs little.
///
/// # Example
///
/// ```
/// use vod_error_l10n::negotiate::parse_accept_language;
///
/// let wanted = parse_accept_language("en;q=0.5, zh-TW, de;q=0.8, *;q=0.1");
/// let tags: Vec<String> = wanted.iter().map(ToString::to_string).collect();
/// assert_eq!(tags, ["zh-TW", "de", "en", "und"]);
/// ```
pub fn parse_accept_language(header: &str) -> Vec<LanguageIdentifier> {
    let mut end = header.len().min(MAX_ACCEPT_LANGUAGE_BYTES);
    while !header.is_char_boundary(end) {
        end -= 1;
    }
    let mut weighted: Vec<(u16, LanguageIdentifier)> = header[..end]
        .split(',')
        .take(MAX_ACCEPT_LANGUAGE_ENTRIES)
        .filter_map(|entry| {
            let mut parts = entry.split(';');
            let range = parts.next()?.trim();
            let mut weight = 1000;
            for parameter in parts {
                let (name, value) = parameter.split_once('=')?;
                if name.trim().eq_ignore_ascii_case("q") {
                    weight = parse_weight(value.trim())?;
                }
            }
            if weight == 0 {
                return None;
            }
            let id = if range == "*" { LanguageIdentifier::default() } else { parse_language_range(range)? };
            Some((weight, id))
        })
        .collect();
    // A stable sort: equal weights keep the header's order.
    weighted.sort_by_key(|&(weight, _)| std::cmp::Reverse(weight));
    weighted.into_iter().map(|(_, id)| id).collect()
}

/// An RFC 9110 weight (`q=` value: `0`, `0.5`, `1.000`) in thousandths, or `None` when malformed.
///
/// # Example
///
/// ```
/// use vod_error_l10n::negotiate::parse_weight;
///
/// assert_eq!(parse_weight("0.5"), Some(500));
/// assert_eq!(parse_weight("1"), Some(1000));
/// assert_eq!(parse_weight("1.5"), None);
/// ```
pub fn parse_weight(value: &str) -> Option<u16> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths =
        fraction.bytes().chain(std::iter::repeat(b'0')).take(3).fold(0u16, |n, b| n * 10 + u16::from(b - b'0'));
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}

/// The language of a POSIX locale name such as `zh_CN.UTF-8`, `de_DE@euro` or `sr_RS@latin`;
/// `C` and `POSIX` name none.
///
/// # Example
///
/// ```
/// use vod_error_l10n::negotiate::posix_locale_language;
///
/// assert_eq!(posix_locale_language("zh_HK.UTF-8").map(|id| id.to_string()), Some("zh-HK".into()));
/// assert_eq!(posix_locale_language("sr_RS@latin").map(|id| id.to_string()), Some("sr-Latn-RS".into()));
/// assert_eq!(posix_locale_language("C.UTF-8"), None);
/// ```
pub fn posix_locale_language(name: &str) -> Option<LanguageIdentifier> {
    let (name, modifier) = name.split_once('@').unwrap_or((name, ""));
    let name = name.split('.').next()?.trim();
    if is_c_locale(name) {
        return None;
    }
    let mut id = parse_language_range(name)?;
    // The one modifier that names a script; `@euro` and the like name none.
    if modifier.eq_ignore_ascii_case("latin") {
        id.script = "Latn".parse().ok();
    }
    Some(id)
}

/// Whether a POSIX locale name is the C locale, in which gettext ignores `LANGUAGE`.
fn is_c_locale(name: &str) -> bool {
    let name = name.split(['.', '@']).next().unwrap_or_default().trim();
    name.is_empty() || name == "C" || name == "POSIX"
}

/// The languages a program's environment asks for, as gettext reads them.
///
/// The locale is the first non-empty value of `LC_ALL`, `LC_MESSAGES` and `LANG`. Unless that
/// locale is `C` or `POSIX` (or unset), the colon-separated priority list in `LANGUAGE` wins;
/// otherwise, and when `LANGUAGE` names nothing readable, the locale's own language is used.
///
/// # Example
///
/// ```
/// use vod_error_l10n::negotiate::environment_languages;
///
/// let environment = |name: &str| match name {
///     "LANGUAGE" => Some("fr_CA:de".to_owned()),
///     "LANG" => Some("ja_JP.UTF-8".to_owned()),
///     _ => None,
/// };
/// let tags: Vec<String> = environment_languages(&environment).iter().map(ToString::to_string).collect();
/// assert_eq!(tags, ["fr-CA", "de"]);
/// ```
pub fn environment_languages(environment: &dyn Fn(&str) -> Option<String>) -> Vec<LanguageIdentifier> {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].iter().filter_map(|name| environment(name)).find(|v| !v.is_empty());
    let Some(locale) = locale else { return Vec::new() };
    if is_c_locale(&locale) {
        return Vec::new();
    }
    let from_language: Vec<LanguageIdentifier> = environment("LANGUAGE")
        .unwrap_or_default()
        .split(':')
        .filter_map(posix_locale_language)
        .take(MAX_ACCEPT_LANGUAGE_ENTRIES)
        .collect();
    if !from_language.is_empty() {
        return from_language;
    }
    posix_locale_language(&locale).into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(header: &str, expected: &[&str]) {
        let tags: Vec<String> = parse_accept_language(header).iter().map(ToString::to_string).collect();
        assert_eq!(tags, expected, "{header:?}");
    }

    #[test]
    fn accept_language_table() {
        check("zh-TW,zh;q=0.9,en;q=0.8", &["zh-TW", "zh", "en"]);
        check("de;q=0.1, fr", &["fr", "de"]);
        check("ja-JP;q=0", &[]);
        check("en;q=2, fr;q=abc, de;q=0.5", &["de"]);
        check("en;q=1.0, de;q=1.000, it;q=0.0001", &["en", "de"]);
        check("*", &["und"]);
        check("ko, *;q=0.1", &["ko", "und"]);
        check("", &[]);
        check(" , ,,", &[]);
        check("not a tag, es-ES", &["es-ES"]);
        check("\u{0}\u{ffff}é, pt-BR", &["pt-BR"]);
        check("th-TH-u-nu-thai, en;q=0.5", &["th-TH", "en"]);
        check("en-US,en;q=0.9,zh-CN;q=0.8", &["en-US", "en", "zh-CN"]);
        check("fr;q=0.5, de;q=0.5, it;q=0.5", &["fr", "de", "it"]);
    }

    #[test]
    fn a_huge_header_is_read_only_up_to_its_caps() {
        let header = "de;q=0.5,".repeat(10_000) + "fr";
        let tags = parse_accept_language(&header);
        assert_eq!(tags.len(), MAX_ACCEPT_LANGUAGE_ENTRIES);
        let long = "x".repeat(MAX_ACCEPT_LANGUAGE_BYTES) + ",fr";
        assert!(parse_accept_language(&long).is_empty());
        let multibyte = "é".repeat(MAX_ACCEPT_LANGUAGE_BYTES);
        assert!(parse_accept_language(&multibyte).is_empty());
    }

    #[test]
    fn language_range_table() {
        let cases: &[(&str, Option<&str>)] = &[
            ("en-US", Some("en-US")),
            ("EN-us", Some("en-US")),
            ("zh-hant-hk", Some("zh-Hant-HK")),
            ("zh_TW", Some("zh-TW")),
            ("th-TH-u-nu-thai", Some("th-TH")),
            ("de-DE-x-private", Some("de-DE")),
            ("en-t-ja", Some("en")),
            ("in", Some("id")),
            ("iw-IL", Some("he-IL")),
            ("mo", Some("ro")),
            ("i-klingon", None),
            ("x-whatever", None),
            ("", None),
            ("12-34", None),
        ];
        for &(range, expected) in cases {
            assert_eq!(parse_language_range(range).map(|id| id.to_string()).as_deref(), expected, "{range}");
        }
    }

    #[test]
    fn posix_locale_table() {
        let cases: &[(&str, Option<&str>)] = &[
            ("zh_CN.UTF-8", Some("zh-CN")),
            ("zh_HK.UTF-8", Some("zh-HK")),
            ("ja_JP", Some("ja-JP")),
            ("de_DE@euro", Some("de-DE")),
            ("sr_RS@latin", Some("sr-Latn-RS")),
            ("C", None),
            ("C.UTF-8", None),
            ("POSIX", None),
            ("", None),
            ("???", None),
        ];
        for &(name, expected) in cases {
            assert_eq!(posix_locale_language(name).map(|id| id.to_string()).as_deref(), expected, "{name}");
        }
    }

    fn check_environment(variables: &[(&str, &str)], expected: &[&str]) {
        let environment =
            |name: &str| variables.iter().find(|(key, _)| *key == name).map(|(_, value)| (*value).to_owned());
        let tags: Vec<String> = environment_languages(&environment).iter().map(ToString::to_string).collect();
        assert_eq!(tags, expected, "{variables:?}");
    }

    #[test]
    fn environment_table() {
        check_environment(&[("LANG", "de_DE.UTF-8")], &["de-DE"]);
        check_environment(&[("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "ja_JP.UTF-8")], &["ja-JP"]);
        check_environment(&[("LANG", "de_DE.UTF-8"), ("LC_ALL", "fr_FR.UTF-8")], &["fr-FR"]);
        check_environment(&[("LANG", "de_DE.UTF-8"), ("LANGUAGE", "pt_BR:es")], &["pt-BR", "es"]);
        check_environment(&[("LANG", "C.UTF-8"), ("LANGUAGE", "pt_BR:es")], &[]);
        check_environment(&[("LANGUAGE", "pt_BR:es")], &[]);
        check_environment(&[("LC_ALL", "POSIX"), ("LANG", "de_DE.UTF-8")], &[]);
        check_environment(&[("LANG", "zh_HK.UTF-8"), ("LANGUAGE", "")], &["zh-HK"]);
        check_environment(&[("LANG", "ko_KR.UTF-8"), ("LANGUAGE", "::")], &["ko-KR"]);
        check_environment(&[("LC_ALL", ""), ("LANG", "it_IT")], &["it-IT"]);
    }
}
