//! The generated error-code pages: the `en-US` page has the source page's rows, every page its table.

// A failed unwrap or panic in a test is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

/// The cells of each table row of a Markdown page, header and separator left out.
fn rows(page: &str) -> Vec<Vec<String>> {
    page.lines()
        .filter(|line| line.starts_with('|'))
        .skip(2)
        .map(|line| line.trim_matches('|').split(" | ").map(|cell| cell.trim().to_owned()).collect())
        .collect()
}

/// A generated page; a missing one fails with the command that writes it.
fn page(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| {
        panic!(
            "cannot read {}: {error}\n  = help: run `cargo xtask bless` (or `cargo xtask docs`) and commit the pages",
            path.display()
        )
    })
}

#[test]
fn the_english_page_carries_the_source_pages_rows() {
    let suite = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(suite.join("fixtures/seed/error-codes.md")).unwrap();
    // The source page lost its placeholder (it shows as `\\`); ours shows it as a code span, and
    // its link leads into the source documentation, with no spaces left in the target.
    let expected: Vec<Vec<String>> = rows(&source)
        .into_iter()
        .map(|row| {
            row.into_iter()
                .map(|cell| vod_error_check::markdown_links(&cell.replace("\\\\", "`<parameter>`")))
                .collect()
        })
        .collect();
    let generated = page(&suite.join("../docs/error-codes/en-US.md"));
    assert_eq!(expected.len(), 7);
    assert_eq!(rows(&generated), expected);
}

#[test]
fn every_page_has_every_code_and_an_index_entry() {
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/error-codes");
    let index = page(&docs.join("README.md"));
    let catalog = vod_error_l10n::Catalog::embedded();
    for info in catalog.locale_infos().into_iter().filter(|info| !info.pseudo) {
        let text = page(&docs.join(format!("{}.md", info.tag)));
        let codes: Vec<String> = rows(&text).into_iter().map(|row| row[0].clone()).collect();
        let expected: Vec<&str> =
            vod_error_codes::ErrorCode::all().filter(|code| code.is_common()).map(|code| code.as_str()).collect();
        assert_eq!(codes, expected, "{}", info.tag);
        assert!(!text.contains(" <parameter>"), "{}: a bare placeholder vanishes in Markdown", info.tag);
        assert!(!text.contains(".md)") || !text.contains(" Guide/"), "{}: a link target with spaces", info.tag);
        assert!(index.contains(&format!("[{}]({}.md)", info.name, info.tag)), "{}", info.tag);
    }
}
