//! The compiled fast path writes byte for byte what fluent-bundle's resolver writes.
//!
//! The reference is a plain fluent-bundle bundle of each locale's files, with the catalogue's
//! number formatter; the catalogue under test is the same folder, loaded and compiled.

// A failed unwrap or panic in a test is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use vod_error_check::{PAGE_MESSAGES, repository_table};
use vod_error_codes::{ArgumentKind, Message, Value};
use vod_error_l10n::loader::{LocaleSource, SourceFile, read_locales_dir};
use vod_error_l10n::{Catalog, LanguageRequest, MessageSpec, MessageTable};
use vod_errors_suite::repository_locales;

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

/// Numbers for number arguments, with and without grouping.
const NUMBERS: &[i64] = &[0, 1, 2, 5, 21, 128, 1000, 1024, 1_234_567, -3];

/// A bundle of a locale's files, as an application using fluent-bundle directly would build it.
fn reference(locale: &LocaleSource, right_to_left: bool) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![locale.tag.parse().unwrap()]);
    bundle.set_use_isolating(right_to_left);
    bundle.set_formatter(Some(vod_error_l10n::numbers::fluent_formatter));
    bundle.add_builtins().unwrap();
    for file in &locale.files {
        let text = file.content.text().unwrap().to_owned();
        bundle.add_resource(FluentResource::try_new(text).unwrap()).unwrap();
    }
    bundle
}

fn fluent_arguments<'a>(values: &'a [(&'a str, Value)]) -> FluentArgs<'a> {
    let mut arguments = FluentArgs::new();
    for (name, value) in values {
        match value {
            Value::Text(text) => arguments.set(*name, FluentValue::from(text.as_ref())),
            Value::Number(number) => arguments.set(*name, FluentValue::from(*number as f64)),
        }
    }
    arguments
}

/// Compares one text, and records a difference.
fn check(
    catalog: &Catalog,
    bundle: &FluentBundle<FluentResource>,
    tag: &str,
    id: &str,
    attribute: Option<&str>,
    values: &[(&str, Value)],
    failures: &mut Vec<String>,
) {
    let localizer = catalog.localizer(&LanguageRequest::tags(&[tag]).unwrap());
    let fast = localizer.text(id, attribute, values);
    let message = bundle.get_message(id).unwrap();
    let pattern = match attribute {
        Some(name) => message.get_attribute(name).unwrap().value(),
        None => message.value().unwrap(),
    };
    let mut errors = Vec::new();
    let expected = bundle.format_pattern(pattern, Some(&fluent_arguments(values)), &mut errors);
    if fast.text != expected || fast.locale != tag {
        failures.push(format!(
            "{tag} {id} {attribute:?} {values:?}: {:?} (rendered in {}) != {expected:?} (fluent-bundle, {tag})",
            fast.text, fast.locale
        ));
    }
}

#[test]
fn every_message_locale_and_argument_matches_the_resolver() {
    let locales = read_locales_dir(&repository_locales()).unwrap();
    let catalog = Catalog::load_sources("locales".as_ref(), &locales, &repository_table()).unwrap().catalog;
    let mut failures = Vec::new();
    for locale in &locales {
        let right_to_left = catalog.locale_infos().iter().any(|info| info.tag == locale.tag && info.right_to_left);
        let bundle = reference(locale, right_to_left);
        let tag = locale.tag.as_str();
        for message in Message::all() {
            check(&catalog, &bundle, tag, message.id(), Some("description"), &[], &mut failures);
            let text_sets = VALUES.iter().map(|value| {
                message.arguments().iter().map(|argument| match argument.kind {
                    ArgumentKind::Text => (argument.name, Value::from(*value)),
                    ArgumentKind::Number => (argument.name, Value::from(NUMBERS[value.len() % NUMBERS.len()])),
                })
            });
            for values in text_sets {
                let values: Vec<(&str, Value)> = values.collect();
                check(&catalog, &bundle, tag, message.id(), None, &values, &mut failures);
            }
            for number in NUMBERS {
                let values: Vec<(&str, Value)> = message
                    .arguments()
                    .iter()
                    .map(|argument| {
                        (
                            argument.name,
                            if argument.kind == ArgumentKind::Number { Value::from(*number) } else { Value::from("x") },
                        )
                    })
                    .collect();
                check(&catalog, &bundle, tag, message.id(), None, &values, &mut failures);
            }
            // Missing arguments, and the same argument twice: the last wins, as with FluentArgs.
            check(&catalog, &bundle, tag, message.id(), None, &[], &mut failures);
            let twice = [("parameter", Value::from("first")), ("parameter", Value::from("last"))];
            check(&catalog, &bundle, tag, message.id(), None, &twice, &mut failures);
        }
        for id in PAGE_MESSAGES {
            check(&catalog, &bundle, tag, id, None, &[], &mut failures);
        }
    }
    assert!(
        failures.is_empty(),
        "{} differences:\n{}\n  = help: a text rendered in another locale than asked is missing or untranslated there: `cargo xtask check` lists them",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn patterns_that_need_the_resolver_match_it_too() {
    let source = "\
-brand = Brand
    .short = B
-plain = { \"Plain\" }
count = { $n ->
    [one] one { -brand }
   *[other] { $n } { -brand }
}
nested = Before { count } after { -plain } and { NUMBER($n) }
literal = { \"{\" } escaped { \"\\u0041\" } { $x }
grouping = { NUMBER($n, useGrouping: \"false\") } and { NUMBER($n, minimumFractionDigits: 2) }
";
    // Each locale's text differs from en-US's, so that none counts as untranslated.
    let locales: Vec<LocaleSource> = ["en-US", "ar-SA", "de-DE"]
        .map(|tag| {
            let text = if tag == "en-US" {
                source.to_owned()
            } else {
                source
                    .replace("one ", &format!("one-{tag} "))
                    .replace("Before", &format!("Before-{tag}"))
                    .replace("escaped", &format!("escaped-{tag}"))
                    .replace(" and ", &format!(" and-{tag} "))
            };
            LocaleSource {
                tag: tag.into(),
                path: format!("memory/{tag}"),
                files: vec![SourceFile::text(format!("memory/{tag}/test.ftl"), text)],
                review: None,
                glossary: None,
            }
        })
        .to_vec();
    let spec = |id: &str, arguments: &[(&str, ArgumentKind)]| MessageSpec {
        id: id.to_owned(),
        arguments: arguments.iter().map(|(name, kind)| ((*name).to_owned(), *kind)).collect(),
        description: false,
        wire: None,
    };
    let table = MessageTable::new(vec![
        spec("count", &[("n", ArgumentKind::Number)]),
        spec("nested", &[("n", ArgumentKind::Number)]),
        spec("literal", &[("x", ArgumentKind::Text)]),
        spec("grouping", &[("n", ArgumentKind::Number)]),
    ]);
    let catalog = Catalog::load_sources("memory".as_ref(), &locales, &table).unwrap().catalog;
    let mut failures = Vec::new();
    for locale in &locales {
        let bundle = reference(locale, locale.tag == "ar-SA");
        for id in ["count", "nested", "literal", "grouping"] {
            for number in [1, 5, 1024] {
                let values = [("n", Value::from(number)), ("x", Value::from("{ $x }"))];
                check(&catalog, &bundle, &locale.tag, id, None, &values, &mut failures);
            }
            check(&catalog, &bundle, &locale.tag, id, None, &[], &mut failures);
        }
    }
    assert!(
        failures.is_empty(),
        "{} differences:\n{}\n  = help: a text rendered in another locale than asked is missing or untranslated there: `cargo xtask check` lists them",
        failures.len(),
        failures.join("\n")
    );
}
