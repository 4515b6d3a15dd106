//! Baking (the `bake` feature): a catalogue folder compiled into the Rust source of `src/baked.rs`.
//!
//! `cargo xtask codegen` calls [`bake`] with the repository's `locales/` and the table it derives
//! from `codes.toml`, and commits the result: the embedded catalogue is data the compiler reads,
//! so the crate needs no build script, no files outside its package, and a broken locale file is
//! a finding of `cargo xtask check`, never a compile error.

use std::fmt::Write as _;

use crate::data::{Absence, CompiledLocale, NumberStyle, Pattern, Segment, Slot};
use crate::loader::{LocaleSource, MessageTable, Problem, Severity};

/// The Rust source of the embedded catalogue, or every error that stops the folder from compiling.
///
/// # Example
///
/// ```
/// use vod_error_l10n::MessageTable;
/// use vod_error_l10n::loader::read_locales_dir;
///
/// let sources = read_locales_dir("../../locales".as_ref())?;
/// let rust = vod_error_l10n::bake(&sources, &MessageTable::vod(), "Generated.").unwrap();
/// assert!(rust.starts_with("//! Generated."));
/// # Ok::<(), vod_error_l10n::LoadError>(())
/// ```
pub fn bake(sources: &[LocaleSource], table: &MessageTable, header: &str) -> Result<String, Vec<Problem>> {
    let compiled = crate::loader::compile_for_baking(sources, table);
    let errors: Vec<Problem> =
        compiled.problems.into_iter().filter(|problem| problem.severity == Severity::Error).collect();
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(rust(&compiled.locales, table, header))
}

fn rust(locales: &[CompiledLocale], table: &MessageTable, header: &str) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "//! {header}");
    let _ = writeln!(out, "//!");
    let _ = writeln!(
        out,
        "//! Every locale of the repository's `locales/`, compiled: `data.rs` says what each type holds.\n"
    );
    let _ = writeln!(out, "#![allow(clippy::too_many_lines)]\n");
    let _ = writeln!(out, "use std::borrow::Cow::Borrowed as B;\n");
    let _ = writeln!(out, "#[allow(unused_imports)]");
    let _ =
        writeln!(out, "use crate::data::{{Absence, CompiledLocale, Entry, NumberStyle, Pattern, Segment, Slot}};\n");
    let _ = writeln!(out, "/// The ids of the messages each locale's entries are in, in order.");
    let _ = writeln!(out, "pub(crate) static MESSAGE_IDS: [&str; {}] = [", table.messages().len());
    for spec in table.messages() {
        let _ = writeln!(out, "    {:?},", spec.id);
    }
    let _ = writeln!(out, "];\n");
    let names: Vec<String> = locales.iter().map(|locale| locale.tag.replace('-', "_").to_ascii_uppercase()).collect();
    let stored: Vec<&String> = names.iter().zip(locales).filter(|(_, l)| !l.pseudo).map(|(n, _)| n).collect();
    let pseudo: Vec<&String> = names.iter().zip(locales).filter(|(_, l)| l.pseudo).map(|(n, _)| n).collect();
    let tags: Vec<&str> = locales
        .iter()
        .filter(|locale| !locale.pseudo)
        .chain(locales.iter().filter(|locale| locale.pseudo))
        .map(|locale| &*locale.tag)
        .collect();
    let _ = writeln!(
        out,
        "/// The tags of [`STORED`], then of [`PSEUDO`], in one text: reading them at start-up touches one"
    );
    let _ = writeln!(out, "/// page, not one per locale.");
    let _ = writeln!(out, "pub(crate) static LOCALE_TAGS: &str = {:?};\n", tags.join(" "));
    let likely: Vec<String> = tags
        .iter()
        .filter_map(|tag| tag.parse::<unic_langid::LanguageIdentifier>().ok())
        .map(|id| crate::chain::maximized(&id).to_string())
        .collect();
    let _ = writeln!(out, "/// The same tags with likely subtags added, as negotiation compares them.");
    let _ = writeln!(out, "pub(crate) static LIKELY_TAGS: &str = {:?};\n", likely.join(" "));
    let _ = writeln!(out, "/// The stored locales, in tag order.");
    let _ = writeln!(out, "pub(crate) static STORED: [&CompiledLocale; {}] = [{}];\n", stored.len(), refs(&stored));
    let _ = writeln!(out, "/// The pseudolocales, made from `en-US`.");
    let _ = writeln!(out, "#[cfg_attr(not(feature = \"pseudo\"), allow(dead_code))]");
    let _ = writeln!(out, "pub(crate) static PSEUDO: [&CompiledLocale; {}] = [{}];\n", pseudo.len(), refs(&pseudo));
    for (name, locale) in names.iter().zip(locales) {
        let resolver =
            locale.resolver_source.as_ref().map_or_else(|| "None".to_owned(), |source| format!("Some(B({source:?}))"));
        let _ = writeln!(out, "static {name}: CompiledLocale = CompiledLocale {{");
        let _ = writeln!(out, "    tag: B({:?}),", locale.tag);
        let _ = writeln!(out, "    name: B({:?}),", locale.name);
        let _ = writeln!(out, "    right_to_left: {},", locale.right_to_left);
        let _ = writeln!(out, "    pseudo: {},", locale.pseudo);
        let _ = writeln!(out, "    translated: {},", locale.translated);
        let _ = writeln!(out, "    expected: {},", locale.expected);
        let _ = writeln!(out, "    entries: B(&[");
        for entry in locale.entries.iter() {
            let _ = writeln!(
                out,
                "        Entry {{ value: {}, description: {} }},",
                pattern(&entry.value),
                pattern(&entry.description)
            );
        }
        let _ = writeln!(out, "    ]),");
        let _ = writeln!(out, "    resolver_source: {resolver},");
        let _ = writeln!(out, "}};\n");
    }
    out
}

fn refs(names: &[&String]) -> String {
    names.iter().map(|name| format!("&{name}")).collect::<Vec<_>>().join(", ")
}

fn pattern(pattern: &Pattern) -> String {
    match pattern {
        Pattern::Absent(Absence::Missing) => "Pattern::Absent(Absence::Missing)".to_owned(),
        Pattern::Absent(Absence::Untranslated) => "Pattern::Absent(Absence::Untranslated)".to_owned(),
        Pattern::Fixed(text) => format!("Pattern::Fixed(B({text:?}))"),
        Pattern::One { before, slot: argument, after } => {
            format!("Pattern::One {{ before: B({before:?}), slot: {}, after: B({after:?}) }}", slot(argument))
        }
        Pattern::Many(segments) => {
            let segments: Vec<String> = segments
                .iter()
                .map(|segment| match segment {
                    Segment::Text(text) => format!("Segment::Text(B({text:?}))"),
                    Segment::Argument(argument) => format!("Segment::Argument({})", slot(argument)),
                })
                .collect();
            format!("Pattern::Many(B(&[{}]))", segments.join(", "))
        }
        Pattern::Resolver => "Pattern::Resolver".to_owned(),
    }
}

fn slot(slot: &Slot) -> String {
    let number = match slot.number {
        NumberStyle::None => "None",
        NumberStyle::Grouped => "Grouped",
        NumberStyle::Plain => "Plain",
    };
    format!(
        "Slot {{ name: B({:?}), position: {}, isolate: {}, number: NumberStyle::{number} }}",
        slot.name, slot.position, slot.isolate
    )
}
