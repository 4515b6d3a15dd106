//! Pseudolocales, made from `en-US` when a catalogue is compiled: `en-XA` (accented, longer)
//! and `ar-XB` (mirrored, right to left).
//!
//! They find hard-coded text, truncation and layouts that break right to left, without a
//! translator. Only the text of messages changes: arguments, brand terms and link targets stay
//! as they are.

use std::borrow::Cow;

/// A pseudolocale: its tag, its own name, and how it changes each piece of text.
pub(crate) struct Pseudolocale {
    /// The tag it is asked for by.
    pub(crate) tag: &'static str,
    /// The English description its name is made from, through `transform`.
    pub(crate) name: &'static str,
    /// The change applied to every text element of every message.
    pub(crate) transform: fn(&str) -> Cow<'_, str>,
}

/// Every pseudolocale.
pub(crate) const PSEUDOLOCALES: &[Pseudolocale] = &[
    Pseudolocale { tag: "en-XA", name: "English, accented pseudolocale", transform: accented },
    Pseudolocale { tag: "ar-XB", name: "Right-to-left pseudolocale", transform: mirrored },
];

/// Whether a tag names a pseudolocale, which is made from `en-US` and never stored.
///
/// # Example
///
/// ```
/// assert!(vod_error_l10n::loader::is_pseudolocale("en-XA"));
/// assert!(!vod_error_l10n::loader::is_pseudolocale("en-US"));
/// ```
pub fn is_pseudolocale(tag: &str) -> bool {
    PSEUDOLOCALES.iter().any(|pseudo| pseudo.tag == tag)
}

/// `en-XA`: every ASCII letter accented, every lowercase vowel doubled (about a third longer).
///
/// ```
/// # use vod_error_l10n::loader::pseudo_accented as accented;
/// assert_eq!(accented("Your account"), "Ẏǿǿŭŭř ȧȧƈƈǿǿŭŭƞŧ");
/// assert_eq!(accented("see [Overview](/a/b.md)."), "şḗḗḗḗ [Ǿṽḗḗřṽīīḗḗẇ](/a/b.md).");
/// ```
pub fn accented(text: &str) -> Cow<'_, str> {
    outside_link_targets(text, "", "", |c, out| {
        let mapped = accent(c);
        out.push(mapped);
        if matches!(c, 'a' | 'e' | 'i' | 'o' | 'u') {
            out.push(mapped);
        }
    })
}

/// `ar-XB`: every ASCII letter mirrored, each piece of text forced right to left (U+202E … U+202C).
///
/// ```
/// # use vod_error_l10n::loader::pseudo_mirrored as mirrored;
/// assert_eq!(mirrored("Your account"), "\u{202e}⅄onɹ ɐɔɔonuʇ\u{202c}");
/// ```
pub fn mirrored(text: &str) -> Cow<'_, str> {
    outside_link_targets(text, "\u{202e}", "\u{202c}", |c, out| out.push(mirror(c)))
}

/// Applies `map` to every character outside Markdown link targets `](…)`, between `open` and `close`.
fn outside_link_targets<'t>(text: &'t str, open: &str, close: &str, map: impl Fn(char, &mut String)) -> Cow<'t, str> {
    if text.trim().is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() * 2 + open.len() + close.len());
    out.push_str(open);
    let mut rest = text;
    while let Some(start) = rest.find("](") {
        let Some(end) = rest[start..].find(')') else { break };
        for c in rest[..start].chars() {
            map(c, &mut out);
        }
        // The link target itself is an address: keep it byte for byte.
        out.push_str(close);
        out.push_str(&rest[start..start + end + 1]);
        out.push_str(open);
        rest = &rest[start + end + 1..];
    }
    for c in rest.chars() {
        map(c, &mut out);
    }
    out.push_str(close);
    Cow::Owned(out)
}

fn accent(c: char) -> char {
    const LOWER: [char; 26] = [
        'ȧ', 'ƀ', 'ƈ', 'ḓ', 'ḗ', 'ƒ', 'ɠ', 'ħ', 'ī', 'ĵ', 'ķ', 'ŀ', 'ḿ', 'ƞ', 'ǿ', 'ƥ', 'ɋ', 'ř', 'ş', 'ŧ', 'ŭ', 'ṽ',
        'ẇ', 'ẋ', 'ẏ', 'ẑ',
    ];
    const UPPER: [char; 26] = [
        'Ȧ', 'Ɓ', 'Ƈ', 'Ḓ', 'Ḗ', 'Ƒ', 'Ɠ', 'Ħ', 'Ī', 'Ĵ', 'Ķ', 'Ŀ', 'Ḿ', 'Ƞ', 'Ǿ', 'Ƥ', 'Ɋ', 'Ř', 'Ş', 'Ŧ', 'Ŭ', 'Ṽ',
        'Ẇ', 'Ẋ', 'Ẏ', 'Ẑ',
    ];
    letter_from(c, &LOWER, &UPPER)
}

fn mirror(c: char) -> char {
    const LOWER: [char; 26] = [
        'ɐ', 'q', 'ɔ', 'p', 'ǝ', 'ɟ', 'ƃ', 'ɥ', 'ı', 'ɾ', 'ʞ', 'ʅ', 'ɯ', 'u', 'o', 'd', 'b', 'ɹ', 's', 'ʇ', 'n', 'ʌ',
        'ʍ', 'x', 'ʎ', 'z',
    ];
    const UPPER: [char; 26] = [
        '∀', 'Ԑ', 'Ↄ', 'ᗡ', 'Ǝ', 'Ⅎ', '⅁', 'H', 'I', 'ſ', 'ʞ', '˥', 'W', 'N', 'O', 'Ԁ', 'Ò', 'ᴚ', 'S', '⊥', '∩', 'Ʌ',
        'M', 'X', '⅄', 'Z',
    ];
    letter_from(c, &LOWER, &UPPER)
}

/// The character of `lower` or `upper` at the position of an ASCII letter; anything else as it is.
fn letter_from(c: char, lower: &[char; 26], upper: &[char; 26]) -> char {
    let index = |base: u8| usize::from(u8::try_from(c).unwrap_or(0).wrapping_sub(base));
    match c {
        'a'..='z' => lower.get(index(b'a')).copied().unwrap_or(c),
        'A'..='Z' => upper.get(index(b'A')).copied().unwrap_or(c),
        _ => c,
    }
}
