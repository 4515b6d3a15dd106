//! Which body format a request asks for: the provider's JSON or XML, or RFC 9457 problem details.

use http::HeaderMap;
use http::header::ACCEPT;
use vod_error_l10n::negotiate::parse_weight;

/// How much of an `Accept` value is read, in bytes.
const MAX_ACCEPT_BYTES: usize = 4096;

/// The format of an error response's body.
///
/// # Example
///
/// ```
/// use http::HeaderMap;
/// use vod_errors_http::BodyFormat;
///
/// let mut headers = HeaderMap::new();
/// headers.insert("accept", "text/xml".parse().unwrap());
/// assert_eq!(BodyFormat::negotiate(&headers, None), BodyFormat::Xml);
/// assert_eq!(BodyFormat::negotiate(&HeaderMap::new(), Some("Format=XML")), BodyFormat::Xml);
/// assert_eq!(BodyFormat::negotiate(&HeaderMap::new(), None), BodyFormat::Json);
/// ```
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum BodyFormat {
    /// The provider's JSON: `application/json;charset=utf-8`.
    Json,
    /// The provider's XML: `text/xml;charset=utf-8`, `<Error>…</Error>`.
    Xml,
    /// RFC 9457 problem details: `application/problem+json`.
    Problem,
}

impl BodyFormat {
    /// The `Content-Type` of a body in this format, exactly as the provider's clients expect it.
    ///
    /// # Example
    ///
    /// ```
    /// use vod_errors_http::BodyFormat;
    ///
    /// assert_eq!(BodyFormat::Xml.content_type(), "text/xml;charset=utf-8");
    /// ```
    pub const fn content_type(self) -> &'static str {
        match self {
            BodyFormat::Json => "application/json;charset=utf-8",
            BodyFormat::Xml => "text/xml;charset=utf-8",
            BodyFormat::Problem => "application/problem+json",
        }
    }

    /// The format a request asks for.
    ///
    /// The API's own `Format=XML` or `Format=JSON` query parameter wins; then the `Accept`
    /// header, by its q-weights (`application/problem+json`, `text/xml` or `application/xml`,
    /// `application/json`); anything else, or nothing, gets JSON.
    ///
    /// # Example
    ///
    /// ```
    /// use http::HeaderMap;
    /// use vod_errors_http::BodyFormat;
    ///
    /// let mut headers = HeaderMap::new();
    /// headers.insert("accept", "application/json;q=0.5, application/problem+json".parse().unwrap());
    /// assert_eq!(BodyFormat::negotiate(&headers, None), BodyFormat::Problem);
    /// ```
    pub fn negotiate(headers: &HeaderMap, query: Option<&str>) -> BodyFormat {
        query.and_then(format_parameter).unwrap_or_else(|| BodyFormat::from_accept(headers))
    }

    /// The format the `Accept` headers prefer; JSON when they name none of ours.
    pub(crate) fn from_accept(headers: &HeaderMap) -> BodyFormat {
        let accept: Vec<&str> = headers.get_all(ACCEPT).iter().filter_map(|value| value.to_str().ok()).collect();
        if accept.is_empty() {
            return BodyFormat::Json;
        }
        let accept = accept.join(",");
        let mut end = accept.len().min(MAX_ACCEPT_BYTES);
        while !accept.is_char_boundary(end) {
            end -= 1;
        }
        let ranges = media_ranges(&accept[..end]);
        let candidates = [
            (BodyFormat::Json, "application", "json"),
            (BodyFormat::Problem, "application", "problem+json"),
            (BodyFormat::Xml, "text", "xml"),
            (BodyFormat::Xml, "application", "xml"),
        ];
        let mut best = (BodyFormat::Json, 0u16);
        for (format, kind, subtype) in candidates {
            let weight = weight_of(&ranges, kind, subtype);
            if weight > best.1 {
                best = (format, weight);
            }
        }
        best.0
    }
}

/// The value of the API's `Format` query parameter, when it names a format.
pub(crate) fn format_parameter(query: &str) -> Option<BodyFormat> {
    query.split('&').filter_map(|pair| pair.split_once('=')).find_map(|(name, value)| {
        if !name.eq_ignore_ascii_case("Format") {
            return None;
        }
        if value.eq_ignore_ascii_case("XML") {
            Some(BodyFormat::Xml)
        } else if value.eq_ignore_ascii_case("JSON") {
            Some(BodyFormat::Json)
        } else {
            None
        }
    })
}

/// One media range of an `Accept` value: type, subtype, weight in thousandths.
struct MediaRange<'a> {
    kind: &'a str,
    subtype: &'a str,
    weight: u16,
}

fn media_ranges(accept: &str) -> Vec<MediaRange<'_>> {
    accept
        .split(',')
        .take(64)
        .filter_map(|range| {
            let mut parts = range.split(';');
            let (kind, subtype) = parts.next()?.trim().split_once('/')?;
            let mut weight = 1000;
            for parameter in parts {
                if let Some((name, value)) = parameter.split_once('=')
                    && name.trim().eq_ignore_ascii_case("q")
                {
                    weight = parse_weight(value.trim())?;
                }
            }
            Some(MediaRange { kind: kind.trim(), subtype: subtype.trim(), weight })
        })
        .collect()
}

/// The weight the most specific matching range gives a media type (0 when none matches).
fn weight_of(ranges: &[MediaRange<'_>], kind: &str, subtype: &str) -> u16 {
    let mut best: Option<(u8, u16)> = None;
    for range in ranges {
        let specificity = if range.kind.eq_ignore_ascii_case(kind) && range.subtype.eq_ignore_ascii_case(subtype) {
            3
        } else if range.kind.eq_ignore_ascii_case(kind) && range.subtype == "*" {
            2
        } else if range.kind == "*" && range.subtype == "*" {
            1
        } else {
            continue;
        };
        // A wildcard speaks for JSON, the default, and not for the other formats.
        if specificity < 3 && (kind, subtype) != ("application", "json") {
            continue;
        }
        if best.is_none_or(|(seen, _)| specificity > seen) {
            best = Some((specificity, range.weight));
        }
    }
    best.map_or(0, |(_, weight)| weight)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(accept: Option<&str>, query: Option<&str>, expected: BodyFormat) {
        let mut headers = HeaderMap::new();
        if let Some(accept) = accept {
            headers.insert(ACCEPT, accept.parse().unwrap());
        }
        assert_eq!(BodyFormat::negotiate(&headers, query), expected, "{accept:?} {query:?}");
    }

    #[test]
    fn negotiation_table() {
        use BodyFormat::*;
        check(None, None, Json);
        check(Some("*/*"), None, Json);
        check(Some("application/json"), None, Json);
        check(Some("text/xml"), None, Xml);
        check(Some("application/xml"), None, Xml);
        check(Some("application/problem+json"), None, Problem);
        check(Some("application/json, application/problem+json;q=0.9"), None, Json);
        check(Some("text/xml;q=0.2, application/json;q=0.1"), None, Xml);
        check(Some("text/xml;q=0, */*"), None, Json);
        check(Some("image/png"), None, Json);
        check(Some("application/json"), Some("Action=GetPlayInfo&Format=XML"), Xml);
        check(Some("text/xml"), Some("format=json"), Json);
        check(Some("text/xml"), Some("Format=YAML"), Xml);
        check(Some("text/xml;q=abc"), None, Json);
        check(Some(",,;;//=="), None, Json);
    }
}
