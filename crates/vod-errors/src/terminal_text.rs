//! Text for terminals: control characters from arguments or files are shown escaped, never sent raw.

use std::borrow::Cow;

/// Replaces control characters with `\u{…}` escapes, so that text cannot drive the terminal.
///
/// Escapes C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolate
/// openers (U+202A–U+202E, U+2066, U+2067). The first-strong isolate U+2068 and its closer U+2069,
/// which right-to-left messages put around arguments, are kept.
///
/// # Example
///
/// ```
/// use vod_errors::escape_controls;
///
/// assert_eq!(escape_controls("a\u{1b}[31mb"), "a\\u{1b}[31mb");
/// assert_eq!(escape_controls("plain"), "plain");
/// ```
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if needs_escape(c) {
            escaped.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            escaped.push(c);
        }
    }
    Cow::Owned(escaped)
}

/// [`escape_controls`] line by line: the text's own line breaks are kept as layout.
///
/// # Example
///
/// ```
/// use vod_errors::escape_lines;
///
/// assert_eq!(escape_lines("a\u{7}\nb\n"), "a\\u{7}\nb\n");
/// ```
pub fn escape_lines(text: &str) -> String {
    text.split('\n').map(escape_controls).collect::<Vec<_>>().join("\n")
}

fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}' | '\u{2067}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_table() {
        let cases = [
            ("VideoId", "VideoId"),
            ("a\nb", "a\\u{a}b"),
            ("\u{7f}\u{9b}", "\\u{7f}\\u{9b}"),
            ("\u{202e}evil", "\\u{202e}evil"),
            ("\u{2068}VideoId\u{2069}", "\u{2068}VideoId\u{2069}"),
            ("日本語", "日本語"),
        ];
        for (input, expected) in cases {
            assert_eq!(escape_controls(input), expected, "{input:?}");
        }
    }
}
