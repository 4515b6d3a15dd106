//! Every code survives the trip through its wire string: parsing, display, serde and lookup.

// A failed unwrap or panic in a test is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use vod_error_codes::ErrorCode;
use vod_error_l10n::{Catalog, CodeTable};

#[test]
fn every_code_round_trips_through_its_wire_string() {
    for &code in ErrorCode::ALL {
        let wire = code.as_str();
        assert_eq!(wire.parse::<ErrorCode>(), Ok(code));
        assert_eq!(code.to_string(), wire);
        assert_eq!(ErrorCode::lookup(&wire.to_lowercase()), Ok(code));
        assert_eq!(ErrorCode::lookup(&wire.to_uppercase()), Ok(code));
        let json = serde_json::to_string(&code).unwrap();
        assert_eq!(json, format!("\"{wire}\""));
        assert_eq!(serde_json::from_str::<ErrorCode>(&json).unwrap(), code);
    }
}

#[test]
fn the_catalogue_table_is_the_code_table() {
    let table = CodeTable::vod();
    assert_eq!(table.codes.len(), ErrorCode::ALL.len());
    for (spec, &code) in table.codes.iter().zip(ErrorCode::ALL) {
        assert_eq!(spec.wire, code.as_str());
        assert_eq!(spec.message_id, code.message_id());
        assert_eq!(spec.arguments, code.args());
    }
}

#[test]
fn every_code_has_a_message_and_description_in_every_embedded_locale() {
    let catalog = Catalog::embedded();
    for tag in catalog.locales().map(ToString::to_string) {
        let chain = catalog.negotiate_tags(&[tag.as_str()]).unwrap();
        for &code in ErrorCode::ALL {
            let arguments: Vec<(&str, &str)> = code.args().iter().map(|&name| (name, "x")).collect();
            let message = catalog.render_message(&chain, code, &arguments);
            let description = catalog.description(&chain, code);
            assert!(message.issues.is_empty() && description.issues.is_empty(), "{tag} {code}");
            assert_eq!(message.locale.to_string(), tag);
        }
    }
}
