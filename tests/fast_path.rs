//! The compiled fast path writes byte for byte what fluent-bundle's resolver writes.

// A failed unwrap or panic in a test is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use vod_error_codes::{ErrorCode, VodError};
use vod_error_l10n::{Catalog, LocaleSource, PAGE_MESSAGES, SourceFile};

/// Argument values that look like Fluent, drive terminals, or turn text around.
const VALUES: &[&str] = &[
    "VideoId",
    "",
    "{ $parameter }",
    "{ -vod } { missing-parameter } {\"\"}",
    "\\u0041 \\\\ \"",
    "\u{0}\u{1}\u{7}\u{1b}[31m\r\n\t\u{7f}\u{9b}",
    "\u{202e}gnp.exe\u{202c}\u{2066}\u{2067}\u{2068}\u{2069}\u{200f}",
    "العربية VideoId עברית",
    "日本語の名前",
    "\u{fffd}\u{feff}\u{200b}",
];

fn check(catalog: &Catalog, tag: &str, id: &str, attribute: Option<&str>, arguments: &[(&str, &str)]) {
    let chain = catalog.negotiate_tags(&[tag]).unwrap();
    let fast = catalog.render(&chain, id, attribute, arguments);
    let reference = catalog.render_with_resolver(&chain, id, attribute, arguments);
    assert_eq!(fast, reference, "{tag} {id} {attribute:?} {arguments:?}");
    let mut buffer = String::from("kept:");
    let info = catalog.render_into(&chain, id, attribute, arguments, &mut buffer);
    assert_eq!(buffer, format!("kept:{}", reference.text));
    assert_eq!(info.locale, reference.locale);
}

#[test]
fn every_code_locale_and_argument_matches_the_resolver() {
    let catalog = Catalog::embedded();
    let tags: Vec<String> = catalog.locales().map(ToString::to_string).collect();
    for tag in &tags {
        for &code in ErrorCode::ALL {
            check(&catalog, tag, code.message_id(), Some("description"), &[]);
            check(&catalog, tag, code.message_id(), None, &[]);
            for value in VALUES {
                let arguments: Vec<(&str, &str)> = code.args().iter().map(|&name| (name, *value)).collect();
                check(&catalog, tag, code.message_id(), None, &arguments);
                let error = VodError::new(code, arguments.iter().copied().map(|(n, v)| (n, v.to_owned()))).unwrap();
                let chain = catalog.negotiate_tags(&[tag.as_str()]).unwrap();
                let reference = catalog.render_with_resolver(&chain, code.message_id(), None, &arguments);
                assert_eq!(catalog.message(&chain, &error), reference, "{tag} {code} {value:?}");
            }
            // The same argument twice: the last wins, as with FluentArgs.
            check(&catalog, tag, code.message_id(), None, &[("parameter", "first"), ("parameter", "last")]);
            check(&catalog, tag, code.message_id(), None, &[("other", "x")]);
        }
        for id in PAGE_MESSAGES {
            check(&catalog, tag, id, None, &[]);
        }
        check(&catalog, tag, "no-such-message", None, &[]);
        check(&catalog, tag, "forbidden", Some("no-such-attribute"), &[]);
    }
}

#[test]
fn patterns_that_do_not_compile_still_match_the_resolver() {
    let source = "\
-brand = Brand
    .short = B
-plain = { \"Plain\" }
count = { $n ->
    [one] one { -brand }
   *[other] { $n } { -brand.short }
}
nested = Before { count } after { -plain } and { NUMBER($n) }
literal = { \"{\" } escaped { \"\\u0041\" } { $x }
";
    let locales = ["en-US", "ar-SA"]
        .map(|tag| LocaleSource {
            tag: tag.into(),
            path: format!("memory/{tag}"),
            files: vec![SourceFile::text(format!("memory/{tag}/test.ftl"), source)],
            review: None,
        })
        .to_vec();
    let catalog = Catalog::from_checked_sources(locales);
    for tag in ["en-US", "ar-SA", "en-XA", "ar-XB"] {
        for id in ["count", "nested", "literal"] {
            for n in ["1", "5", "x"] {
                check(&catalog, tag, id, None, &[("n", n), ("x", "{ $x }")]);
            }
            check(&catalog, tag, id, None, &[]);
        }
    }
}
