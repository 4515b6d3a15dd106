//! The generated error-code pages: the `en-US` page has the source page's rows, every page its table.

// A failed unwrap or panic in a test is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

/// Each table of a Markdown page, under the heading it follows: its rows' cells, header and
/// separator left out.
fn tables(page: &str) -> Vec<(String, Vec<Vec<String>>)> {
    let mut tables: Vec<(String, Vec<Vec<String>>)> = Vec::new();
    let mut heading = String::new();
    let mut in_table = false;
    for line in page.lines() {
        if line.starts_with('#') {
            heading = line.trim_start_matches('#').trim().to_owned();
        }
        if !line.starts_with('|') {
            in_table = false;
            continue;
        }
        if !in_table {
            tables.push((heading.clone(), Vec::new()));
            in_table = true;
            continue; // the header
        }
        if line.starts_with("|---") {
            continue;
        }
        let cells = line.trim_matches('|').split(" | ").map(|cell| cell.trim().to_owned()).collect();
        if let Some((_, rows)) = tables.last_mut() {
            rows.push(cells);
        }
    }
    tables
}

/// The rows of a page's first table: the source page's.
fn rows(page: &str) -> Vec<Vec<String>> {
    tables(page).into_iter().next().map(|(_, rows)| rows).unwrap_or_default()
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
fn every_page_has_the_common_codes_every_code_and_every_operation() {
    use vod_error_codes::{ErrorCode, Operation};

    let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/error-codes");
    let index = page(&docs.join("README.md"));
    let catalog = vod_error_l10n::Catalog::embedded();
    for info in catalog.locale_infos().into_iter().filter(|info| !info.pseudo) {
        let tag = &info.tag;
        let text = page(&docs.join(format!("{tag}.md")));
        let tables = tables(&text);
        assert_eq!(tables.len(), 2 + Operation::COUNT, "{tag}: the common errors, the index, one per operation");
        let codes = |rows: &[Vec<String>]| rows.iter().map(|row| row[0].clone()).collect::<Vec<String>>();

        let common: Vec<&str> = ErrorCode::all().filter(|code| code.is_common()).map(ErrorCode::as_str).collect();
        assert_eq!(codes(&tables[0].1), common, "{tag}: the common errors");

        let all: Vec<&str> = ErrorCode::all().map(ErrorCode::as_str).collect();
        assert_eq!(codes(&tables[1].1), all, "{tag}: the index");
        for row in &tables[1].1 {
            let code = ErrorCode::from_wire(&row[0]).unwrap();
            assert_eq!(row[1], code.http_status().to_string(), "{tag}: {code}");
            for documented in code.documented() {
                let link = format!(
                    "[{op}](#{})",
                    documented.operation.as_str().to_ascii_lowercase(),
                    op = documented.operation
                );
                assert!(row[4].contains(&link), "{tag}: {code} links to {link}");
            }
        }

        for ((heading, rows), operation) in tables[2..].iter().zip(Operation::all()) {
            assert_eq!(heading, operation.as_str(), "{tag}");
            let documented: Vec<(String, String)> = operation
                .errors()
                .iter()
                .map(|row| (row.code.as_str().to_owned(), row.http_status.to_string()))
                .collect();
            let shown: Vec<(String, String)> = rows.iter().map(|row| (row[0].clone(), row[1].clone())).collect();
            assert_eq!(shown, documented, "{tag}: {operation}");
        }

        assert!(!text.contains(" <parameter>"), "{tag}: a bare placeholder vanishes in Markdown");
        assert!(!text.contains(".md)") || !text.contains(" Guide/"), "{tag}: a link target with spaces");
        assert!(index.contains(&format!("[{}]({tag}.md)", info.name)), "{tag}");
    }
}
