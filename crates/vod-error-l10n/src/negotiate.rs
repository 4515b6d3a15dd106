//! Choosing locales: BCP 47 tags, `Accept-Language` values and POSIX locale names, to a fallback chain.

use unic_langid::LanguageIdentifier;

use crate::error::CatalogError;

/// How much of an `Accept-Language` value is read, in bytes; the rest is ignored.
pub const MAX_ACCEPT_LANGUAGE_BYTES: usize = 4096;

/// How many entries of an `Accept-Language` value are considered.
pub const MAX_ACCEPT_LANGUAGE_ENTRIES: usize = 32;

/// The languages an `Accept-Language` value asks for, most wanted first.
///
/// Entries are ordered by their `q` weight (ties keep their order); entries with `q=0`, a
/// malformed weight, a malformed tag, or `*` are skipped. Only the first
/// [`MAX_ACCEPT_LANGUAGE_BYTES`] bytes and [`MAX_ACCEPT_LANGUAGE_ENTRIES`] entries are read, so
/// that a hostile header costs little.
///
/// # Example
///
/// ```
/// use vod_error_l10n::parse_accept_language;
///
/// let wanted = parse_accept_language("en;q=0.5, zh-TW, de;q=0.8, *;q=0.1");
/// let tags: Vec<String> = wanted.iter().map(ToString::to_string).collect();
/// assert_eq!(tags, ["zh-TW", "de", "en"]);
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
            let tag = parts.next()?.trim();
            let mut weight = 1000;
            for parameter in parts {
                let (name, value) = parameter.split_once('=')?;
                if name.trim().eq_ignore_ascii_case("q") {
                    weight = parse_weight(value.trim())?;
                }
            }
            if weight == 0 || tag == "*" {
                return None;
            }
            Some((weight, tag.parse().ok()?))
        })
        .collect();
    weighted.sort_by_key(|&(weight, _)| std::cmp::Reverse(weight));
    weighted.into_iter().map(|(_, id)| id).collect()
}

/// An RFC 9110 weight (`q=` value: `0`, `0.5`, `1.000`) in thousandths, or `None` when malformed.
///
/// # Example
///
/// ```
/// use vod_error_l10n::parse_weight;
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

/// Parses a BCP 47 tag strictly, for tags a person typed.
///
/// # Example
///
/// ```
/// use vod_error_l10n::parse_tag;
///
/// assert_eq!(parse_tag("zh-CN")?.to_string(), "zh-CN");
/// assert!(parse_tag("not a tag").is_err());
/// # Ok::<(), vod_error_l10n::CatalogError>(())
/// ```
pub fn parse_tag(tag: &str) -> Result<LanguageIdentifier, CatalogError> {
    tag.parse().map_err(|_| CatalogError::InvalidTag { tag: tag.to_owned() })
}

/// The language of a POSIX locale name such as `zh_CN.UTF-8` or `de_DE@euro`; `C` and `POSIX` name none.
///
/// # Example
///
/// ```
/// use vod_error_l10n::posix_locale_language;
///
/// assert_eq!(posix_locale_language("zh_CN.UTF-8").map(|id| id.to_string()), Some("zh-CN".into()));
/// assert_eq!(posix_locale_language("C.UTF-8"), None);
/// ```
pub fn posix_locale_language(name: &str) -> Option<LanguageIdentifier> {
    let name = name.split(['.', '@']).next()?.trim();
    if name.is_empty() || name == "C" || name == "POSIX" {
        return None;
    }
    name.replace('_', "-").parse().ok()
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
        check("*", &[]);
        check("", &[]);
        check(" , ,,", &[]);
        check("not a tag, es-ES", &["es-ES"]);
        check("\u{0}\u{ffff}é, pt-BR", &["pt-BR"]);
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
    fn posix_locale_table() {
        let cases: &[(&str, Option<&str>)] = &[
            ("zh_CN.UTF-8", Some("zh-CN")),
            ("ja_JP", Some("ja-JP")),
            ("de_DE@euro", Some("de-DE")),
            ("C", None),
            ("POSIX", None),
            ("", None),
            ("???", None),
        ];
        for &(name, expected) in cases {
            assert_eq!(posix_locale_language(name).map(|id| id.to_string()).as_deref(), expected, "{name}");
        }
    }
}
