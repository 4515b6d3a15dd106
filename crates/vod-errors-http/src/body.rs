//! The bodies of an error response, each escaped for its format whatever the text holds.

use serde::Serialize;

use crate::format::BodyFormat;

/// The fields of the provider's error body.
#[derive(Serialize)]
pub(crate) struct ErrorBody<'a> {
    #[serde(rename = "RequestId")]
    pub(crate) request_id: &'a str,
    #[serde(rename = "HostId")]
    pub(crate) host_id: &'a str,
    #[serde(rename = "Code")]
    pub(crate) code: &'a str,
    #[serde(rename = "Message")]
    pub(crate) message: &'a str,
    #[serde(rename = "Recommend")]
    pub(crate) recommend: &'a str,
}

/// An RFC 9457 problem details object, with the provider's fields as extension members.
#[derive(Serialize)]
struct ProblemBody<'a> {
    #[serde(rename = "type")]
    problem_type: &'a str,
    title: &'a str,
    status: u16,
    detail: &'a str,
    instance: &'a str,
    code: &'a str,
    #[serde(rename = "requestId")]
    request_id: &'a str,
    #[serde(rename = "hostId")]
    host_id: &'a str,
}

/// What a problem body needs beyond the provider's fields.
pub(crate) struct ProblemExtras<'a> {
    pub(crate) problem_type: &'a str,
    pub(crate) title: &'a str,
    pub(crate) status: u16,
}

impl ErrorBody<'_> {
    /// The body in `format`.
    pub(crate) fn render(&self, format: BodyFormat, extras: &ProblemExtras<'_>) -> String {
        match format {
            BodyFormat::Json => serde_json::to_string(self).unwrap_or_default(),
            BodyFormat::Problem => serde_json::to_string(&ProblemBody {
                problem_type: extras.problem_type,
                title: extras.title,
                status: extras.status,
                detail: self.message,
                instance: self.recommend,
                code: self.code,
                request_id: self.request_id,
                host_id: self.host_id,
            })
            .unwrap_or_default(),
            BodyFormat::Xml => {
                let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n");
                for (tag, text) in [
                    ("RequestId", self.request_id),
                    ("HostId", self.host_id),
                    ("Code", self.code),
                    ("Message", self.message),
                    ("Recommend", self.recommend),
                ] {
                    xml.push_str(&format!("  <{tag}>{}</{tag}>\n", xml_text(text)));
                }
                xml.push_str("</Error>\n");
                xml
            }
        }
    }
}

/// Text as XML 1.0 character data.
///
/// The five markup characters become entities. Characters XML 1.0 cannot hold at all, even as
/// references (most C0 controls, U+FFFE, U+FFFF), are written as the visible text `\u{…}`
/// rather than dropped.
pub(crate) fn xml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if u32::from(c) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {
                out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_text_table() {
        let cases = [
            ("VideoId", "VideoId"),
            ("</Message><Code>x", "&lt;/Message&gt;&lt;Code&gt;x"),
            ("a&b \"c\" 'd'", "a&amp;b &quot;c&quot; &apos;d&apos;"),
            ("\u{0}\u{1b}\u{fffe}", "\\u{0}\\u{1b}\\u{fffe}"),
            ("tab\there", "tab\there"),
            ("日本語 \u{2068}x\u{2069}", "日本語 \u{2068}x\u{2069}"),
        ];
        for (input, expected) in cases {
            assert_eq!(xml_text(input), expected, "{input:?}");
        }
    }
}
