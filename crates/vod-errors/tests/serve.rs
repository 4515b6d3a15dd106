//! `vod-errors serve` as a process: SIGHUP reloads the catalogue (or keeps it), Ctrl-C stops cleanly.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::fs;
use std::path::Path;

use common::{Server, get};

fn message(address: &str) -> String {
    let response = get(address, "Accept-Language: en-US\r\n");
    assert_eq!(response.status, 403);
    let body: serde_json::Value = serde_json::from_str(&response.body).unwrap();
    body["Message"].as_str().unwrap().to_owned()
}

#[test]
fn sighup_reloads_a_good_folder_and_keeps_the_catalogue_on_a_bad_one() {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("serve-reload");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("en-US")).unwrap();
    let repository = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales/en-US");
    for entry in fs::read_dir(&repository).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, dir.join("en-US").join(path.file_name().unwrap())).unwrap();
    }
    let dir_text = dir.to_string_lossy().into_owned();
    let server = Server::start(&["--locales-dir", &dir_text, "--error", "Forbidden"]);
    assert_eq!(message(&server.address), "User not authorized to operate on the specified resource.");

    let errors = dir.join("en-US/errors.ftl");
    let original = fs::read_to_string(&errors).unwrap();
    fs::write(&errors, original.replace("on the specified resource.", "on the specified resource (reloaded)."))
        .unwrap();
    server.signal("HUP");
    let said = server.wait_for_stderr("reloaded the catalogue");
    assert!(said.contains("1 locales") || said.contains("3 locales"), "{said}");
    assert_eq!(message(&server.address), "User not authorized to operate on the specified resource (reloaded).");

    fs::write(&errors, "forbidden = {\n").unwrap();
    server.signal("HUP");
    server.wait_for_stderr("kept the previous catalogue");
    assert_eq!(message(&server.address), "User not authorized to operate on the specified resource (reloaded).");

    let status = server.stop();
    assert!(status.success(), "{status:?}");
}
