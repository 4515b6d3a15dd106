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

#[test]
fn the_english_page_carries_the_source_pages_rows() {
    let suite = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(suite.join("fixtures/seed/error-codes.md")).unwrap();
    // The source page lost its placeholder (it shows as `\\`); ours shows it as a code span.
    let expected: Vec<Vec<String>> = rows(&source)
        .into_iter()
        .map(|row| row.into_iter().map(|cell| cell.replace("\\\\", "`<parameter>`")).collect())
        .collect();
    let generated = std::fs::read_to_string(suite.join("../docs/error-codes/en-US.md")).unwrap();
    assert_eq!(expected.len(), 7);
    assert_eq!(rows(&generated), expected);
}

#[test]
fn every_page_has_every_code_and_an_index_entry() {
    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/error-codes");
    let index = std::fs::read_to_string(docs.join("README.md")).unwrap();
    let catalog = vod_error_l10n::Catalog::embedded();
    for info in catalog.locale_infos().into_iter().filter(|info| !info.pseudo) {
        let page = std::fs::read_to_string(docs.join(format!("{}.md", info.tag))).unwrap();
        let codes: Vec<String> = rows(&page).into_iter().map(|row| row[0].clone()).collect();
        let expected: Vec<&str> = vod_error_codes::ErrorCode::ALL.iter().map(|code| code.as_str()).collect();
        assert_eq!(codes, expected, "{}", info.tag);
        assert!(!page.contains(" <parameter>"), "{}: a bare placeholder vanishes in Markdown", info.tag);
        assert!(index.contains(&format!("[{}]({}.md)", info.name, info.tag)), "{}", info.tag);
    }
}
