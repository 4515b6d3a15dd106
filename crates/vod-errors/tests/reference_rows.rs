//! Every (operation, code) row the provider documents, against the catalogue as users reach it:
//! `vod-errors explain CODE --operation OP --lang en-US --format json` and `vod-errors serve`
//! asked with `?Action=OP` and `x-vod-error: CODE` give the documented HTTP status and the
//! documented English message, with the given argument values in place of its placeholders.
//!
//! The rows come from the repository's copy of the provider's tables
//! (`tests/fixtures/reference/vod-api-errors.json`), not from the catalogue's own table.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::path::Path;

use serde_json::Value;
use vod_error_codes::{ArgumentKind, ErrorCode, Message, Operation};

/// One documented row, with what the catalogue needs to ask for it.
struct Row {
    operation: String,
    code: String,
    status: u16,
    /// The documented message with each placeholder replaced by the value the test gives.
    expected: String,
    /// The variant to ask for, when the operation documents several messages of the code.
    variant: Option<&'static str>,
    /// `name=value` for each argument the test gives.
    arguments: Vec<String>,
}

/// The value the test gives an argument: a number for a number, a marked text otherwise.
fn value_for(name: &str, kind: ArgumentKind) -> String {
    match kind {
        ArgumentKind::Number => "1024".to_owned(),
        ArgumentKind::Text => format!("VALUE-{name}"),
    }
}

/// The documented message with its placeholders (`%s`, `$Parameter`, `$MaxLength`) replaced, in
/// order, by `values`.
fn fill(message: &str, values: &[String]) -> String {
    let mut out = String::new();
    let mut rest = message;
    let mut values = values.iter();
    loop {
        let next = ["%s", "$Parameter", "$MaxLength"]
            .iter()
            .filter_map(|token| rest.find(token).map(|at| (at, token.len())))
            .min();
        let Some((at, length)) = next else { break };
        out.push_str(&rest[..at]);
        out.push_str(values.next().unwrap_or_else(|| panic!("more placeholders than arguments in {message:?}")));
        rest = &rest[at + length..];
    }
    assert!(values.next().is_none(), "more arguments than placeholders in {message:?}");
    out.push_str(rest);
    out
}

/// Every documented row, matched to the catalogue's row of the same operation at the same
/// position (the catalogue keeps the documentation's order).
fn rows() -> Vec<Row> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/reference/vod-api-errors.json");
    let data: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let mut rows = Vec::new();
    for operation in data["operations"].as_array().unwrap() {
        let name = operation["operation"].as_str().unwrap();
        let documented = operation["errors"].as_array().unwrap();
        let ours = Operation::from_name(name).unwrap_or_else(|| panic!("no operation {name}")).errors();
        assert_eq!(ours.len(), documented.len(), "{name}: the number of rows");
        for (row, ours) in documented.iter().zip(ours) {
            let code = row["code"].as_str().unwrap();
            assert_eq!(ours.code.as_str(), code, "{name}: the rows' order");
            let message: Message = ours.message;
            let given: Vec<(&str, String)> = message
                .arguments()
                .iter()
                .filter(|argument| !ours.arguments.iter().any(|(fixed, _)| *fixed == argument.name))
                .map(|argument| (argument.name, value_for(argument.name, argument.kind)))
                .collect();
            let values: Vec<String> = given.iter().map(|(_, value)| value.clone()).collect();
            let several = ours.operation.documents(ours.code).count() > 1;
            rows.push(Row {
                operation: name.to_owned(),
                code: code.to_owned(),
                status: u16::try_from(row["http_status"].as_u64().unwrap()).unwrap(),
                expected: fill(row["message"].as_str().unwrap(), &values),
                variant: if several { message.variant() } else { None },
                arguments: given.iter().map(|(name, value)| format!("{name}={value}")).collect(),
            });
        }
    }
    rows
}

#[test]
fn the_data_has_every_documented_row() {
    let rows = rows();
    assert_eq!(rows.len(), 297);
    let codes: std::collections::BTreeSet<&str> = rows.iter().map(|row| row.code.as_str()).collect();
    assert_eq!(codes.len(), 137);
    assert_eq!(Operation::COUNT, 73);
    // The catalogue has them all, and the two common codes no operation page lists.
    for code in &codes {
        assert!(ErrorCode::from_wire(code).is_some(), "{code}");
    }
    assert_eq!(ErrorCode::all().len(), 139);
}

#[test]
fn explain_gives_every_rows_status_and_message() {
    let mut failures = Vec::new();
    for row in rows() {
        let mut args = vec!["vod-errors", "explain", &row.code, "--operation", &row.operation, "--lang", "en-US"];
        args.extend(["--format", "json"]);
        if let Some(variant) = row.variant {
            args.extend(["--variant", variant]);
        }
        for argument in &row.arguments {
            args.extend(["--arg", argument.as_str()]);
        }
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let no_environment = |_: &str| -> Option<String> { None };
        let status =
            vod_errors::run(args.iter().copied(), &no_environment, vod_errors::Terminal::default(), &mut out, &mut err);
        if status != 0 {
            failures.push(format!("{} {}: exit {status}: {}", row.operation, row.code, String::from_utf8_lossy(&err)));
            continue;
        }
        let json: Value = serde_json::from_slice(&out).unwrap();
        if json["http_status"] != row.status || json["message"] != row.expected.as_str() {
            failures.push(format!(
                "{} {}: {} {:?}, documented {} {:?}",
                row.operation, row.code, json["http_status"], json["message"], row.status, row.expected
            ));
        }
    }
    assert!(failures.is_empty(), "{} of 297 rows differ:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn serve_answers_every_row_with_its_status_and_message() {
    let server = common::Server::start(&["--error", "Forbidden", "--lang", "en-US", "--quiet"]);
    let mut failures = Vec::new();
    for row in rows() {
        let mut headers = format!("x-vod-error: {}\r\n", row.code);
        if let Some(variant) = row.variant {
            headers.push_str(&format!("x-vod-error-variant: {variant}\r\n"));
        }
        for argument in &row.arguments {
            headers.push_str(&format!("x-vod-error-arg: {argument}\r\n"));
        }
        let raw = format!(
            "GET /?Action={}&Version=2017-03-21 HTTP/1.1\r\nHost: test\r\n{headers}Connection: close\r\n\r\n",
            row.operation
        );
        let response = common::request(&server.address, raw.as_bytes());
        let body: Value = serde_json::from_str(&response.body).unwrap();
        if response.status != row.status
            || body["Code"] != row.code.as_str()
            || body["Message"] != row.expected.as_str()
        {
            failures.push(format!(
                "{} {}: {} {} {:?}, documented {} {:?}",
                row.operation, row.code, response.status, body["Code"], body["Message"], row.status, row.expected
            ));
        }
        if let Some(note) = response.header("x-vod-error-note") {
            failures.push(format!("{} {}: an unexpected note: {note}", row.operation, row.code));
        }
    }
    assert!(server.stop().success());
    assert!(failures.is_empty(), "{} of 297 rows differ:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn serve_reads_the_action_from_a_form_body_and_notes_what_it_cannot_do() {
    let server = common::Server::start(&["--error", "InvalidVideo.NotFound", "--quiet"]);
    let form = "Action=DeleteMultipartUpload&MediaId=abc";
    let raw = format!(
        "POST / HTTP/1.1\r\nHost: test\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{form}",
        form.len()
    );
    let answer = common::request(&server.address, raw.as_bytes());
    assert_eq!(answer.status, 400, "DeleteMultipartUpload documents InvalidVideo.NotFound as 400");
    assert_eq!(answer.header("x-vod-error-note"), None);

    // Today's SDKs sign requests the ACS3 way and name the operation in a header.
    let signed = common::get(&server.address, "x-acs-action: DeleteMultipartUpload\r\nx-acs-version: 2017-03-21\r\n");
    assert_eq!(signed.status, 400, "x-acs-action names the operation");

    let undocumented = common::get(&server.address, "x-vod-error: Forbidden.OperateApp\r\n");
    assert_eq!(undocumented.status, 403);
    assert_eq!(undocumented.header("x-vod-error-note"), None, "no operation named: nothing to note");

    let raw = "GET /?Action=GetPlayInfo HTTP/1.1\r\nHost: test\r\nx-vod-error: Forbidden.OperateApp\r\nConnection: close\r\n\r\n";
    let noted = common::request(&server.address, raw.as_bytes());
    assert_eq!(noted.status, 403, "the code's usual status");
    let note = noted.header("x-vod-error-note").unwrap_or_default().to_owned();
    assert!(note.contains("GetPlayInfo does not document Forbidden.OperateApp"), "{note}");

    let raw = "GET /?Action=NoSuchAction HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n";
    let unknown = common::request(&server.address, raw.as_bytes());
    assert_eq!(unknown.status, 404, "InvalidVideo.NotFound's usual status");
    assert!(unknown.header("x-vod-error-note").unwrap_or_default().contains("NoSuchAction"));

    let raw = "GET /?Action=CreateUploadVideo HTTP/1.1\r\nHost: test\r\nx-vod-error: LengthExceededMax\r\nx-vod-error-arg: parameter=Title\r\nx-vod-error-arg: max_length=many\r\nConnection: close\r\n\r\n";
    let bad_number = common::request(&server.address, raw.as_bytes());
    let body: Value = serde_json::from_str(&bad_number.body).unwrap();
    assert_eq!(body["Message"], "The specified <parameter> length has exceeded <max_length> bytes.");
    assert!(bad_number.header("x-vod-error-note").unwrap_or_default().contains("whole number"));
    assert!(server.stop().success());
}
