//! `vod-errors serve` as a process: signals at awkward moments, reloads, shutdown, addresses, logs.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::fs;
use std::io::Write;
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::{Server, get, read_response};

/// The `Message` the server answers a plain English request with.
fn message(address: &str) -> String {
    let response = get(address, "Accept-Language: en-US\r\n");
    assert_eq!(response.status, 403);
    let body: serde_json::Value = serde_json::from_str(&response.body).unwrap();
    body["Message"].as_str().unwrap().to_owned()
}

/// A fresh catalogue folder under the test's own directory, holding a copy of the repository's `en-US`.
fn english_folder(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("en-US")).unwrap();
    let repository = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales/en-US");
    for entry in fs::read_dir(&repository).unwrap() {
        let path = entry.unwrap().path();
        fs::copy(&path, dir.join("en-US").join(path.file_name().unwrap())).unwrap();
    }
    dir
}

/// Rewrites the `forbidden` message of a folder's `en-US` to end with `tail`.
fn set_forbidden_tail(dir: &Path, tail: &str) {
    let errors = dir.join("en-US/errors.ftl");
    let text = fs::read_to_string(&errors).unwrap();
    let start = text.find("\nforbidden = ").unwrap() + 1;
    let end = start + text[start..].find('\n').unwrap();
    let line = format!("forbidden = User not authorized to operate on the specified resource{tail}");
    fs::write(&errors, format!("{}{line}{}", &text[..start], &text[end..])).unwrap();
}

#[test]
fn sighup_reloads_a_good_folder_and_keeps_the_catalogue_on_a_bad_one() {
    let dir = english_folder("serve-reload");
    let dir_text = dir.to_string_lossy().into_owned();
    let server = Server::start(&["--locales-dir", &dir_text, "--error", "Forbidden"]);
    assert_eq!(message(&server.address), "User not authorized to operate on the specified resource.");

    set_forbidden_tail(&dir, " (reloaded).");
    server.signal("HUP");
    let said = server.wait_for_stderr("reloaded the catalogue");
    assert!(said.contains(": 3 locales, 0 warnings"), "{said}");
    assert_eq!(message(&server.address), "User not authorized to operate on the specified resource (reloaded).");

    fs::write(dir.join("en-US/errors.ftl"), "forbidden = {\n").unwrap();
    server.signal("HUP");
    server.wait_for_stderr("kept the previous catalogue");
    assert_eq!(message(&server.address), "User not authorized to operate on the specified resource (reloaded).");

    let status = server.stop();
    assert!(status.success(), "{status:?}");
}

/// A supervisor may reload the moment the server says it is listening: fifty times, SIGHUP goes
/// out as soon as the readiness line is read, and the server must survive every one.
#[test]
fn sighup_right_after_readiness_never_kills_the_server() {
    for attempt in 0..50 {
        let server = Server::start(&["--error", "Forbidden", "--quiet"]);
        server.signal("HUP");
        let response = get(&server.address, "");
        assert_eq!(response.status, 403, "attempt {attempt}");
        server.signal("TERM");
        let status = server.wait();
        assert!(status.success(), "attempt {attempt}: {status:?}");
    }
}

#[test]
fn sigterm_and_sigint_shut_down_cleanly() {
    for signal in ["TERM", "INT"] {
        let server = Server::start(&["--error", "Forbidden"]);
        assert_eq!(get(&server.address, "").status, 403);
        server.signal(signal);
        server.wait_for_stderr("shut down cleanly");
        let status = server.wait();
        assert_eq!(status.code(), Some(0), "SIG{signal}: {status:?}");
    }
}

/// Two reloads asked for 1 ms apart, the folder changing in between: the folder as it was at
/// the second signal is the one that stays installed.
#[test]
fn two_quick_sighups_install_the_folder_of_the_last() {
    let dir = english_folder("serve-two-reloads");
    let dir_text = dir.to_string_lossy().into_owned();
    let server = Server::start(&["--locales-dir", &dir_text, "--error", "Forbidden", "--quiet"]);
    for round in 0..5 {
        set_forbidden_tail(&dir, &format!(" (first {round})."));
        server.signal("HUP");
        std::thread::sleep(Duration::from_millis(1));
        set_forbidden_tail(&dir, &format!(" (second {round})."));
        server.signal("HUP");
        let expected = format!("User not authorized to operate on the specified resource (second {round}).");
        let deadline = Instant::now() + Duration::from_secs(10);
        while message(&server.address) != expected {
            assert!(Instant::now() < deadline, "round {round}: {:?}", message(&server.address));
            std::thread::sleep(Duration::from_millis(5));
        }
        // Whatever reloads were still queued read the same folder: it stays.
        std::thread::sleep(Duration::from_millis(300));
        assert_eq!(message(&server.address), expected, "round {round}");
    }
    assert!(server.stop().success());
}

#[test]
fn a_reload_with_warnings_prints_them() {
    let dir = english_folder("serve-reload-warnings");
    let dir_text = dir.to_string_lossy().into_owned();
    let server = Server::start(&["--locales-dir", &dir_text, "--error", "Forbidden", "--quiet"]);
    // A second locale, a copy of en-US: it loads, with warnings (untranslated, no review record).
    fs::create_dir_all(dir.join("de-DE")).unwrap();
    for name in ["errors.ftl", "page.ftl", "terms.ftl"] {
        fs::copy(dir.join("en-US").join(name), dir.join("de-DE").join(name)).unwrap();
    }
    server.signal("HUP");
    let said = server.wait_for_stderr("reloaded the catalogue");
    assert!(said.contains(": 4 locales, ") && !said.contains(" 0 warnings"), "{said}");
    let detail = server.stderr_lines(Duration::from_millis(500)).concat();
    assert!(detail.contains("warning[untranslated]"), "{detail}");
    assert!(server.stop().success());
}

#[test]
fn a_host_name_is_resolved() {
    let server = Server::start(&["--addr", "localhost:0", "--error", "Forbidden", "--quiet"]);
    assert_eq!(get(&server.address, "").status, 403);
    assert!(server.stop().success());
}

#[test]
fn each_request_is_logged_on_stderr_unless_quiet() {
    let server = Server::start(&["--error", "Forbidden"]);
    let response = get(&server.address, "Accept-Language: ja\r\n");
    let request_id = response.header("x-acs-request-id").unwrap().to_owned();
    let line = server.wait_for_stderr(&request_id);
    assert!(line.starts_with("GET / 403 Forbidden ja-JP "), "{line}");
    assert!(line.trim_end().ends_with(" ms"), "{line}");
    assert!(server.stop().success());

    let quiet = Server::start(&["--error", "Forbidden", "--quiet"]);
    let _ = get(&quiet.address, "");
    let lines = quiet.stderr_lines(Duration::from_millis(300));
    assert!(lines.iter().all(|line| !line.starts_with("GET ")), "{lines:?}");
    assert!(quiet.stop().success());
}

/// A request half sent when SIGTERM arrives still gets its answer, then the server exits 0.
#[test]
fn a_request_in_flight_finishes_before_shutdown() {
    let server = Server::start(&["--error", "Forbidden", "--quiet"]);
    let mut stream = TcpStream::connect(&server.address).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    stream.write_all(b"GET / HTTP/1.1\r\nHost: test\r\n").unwrap();
    std::thread::sleep(Duration::from_millis(100));
    server.signal("TERM");
    std::thread::sleep(Duration::from_millis(100));
    stream.write_all(b"Connection: close\r\n\r\n").unwrap();
    let response = read_response(&mut stream, &mut Vec::new()).expect("an answer to the request in flight");
    assert_eq!(response.status, 403);
    let status = server.wait();
    assert!(status.success(), "{status:?}");
}

/// A client that never finishes its request cannot hold the server past `--shutdown-timeout`.
#[test]
fn shutdown_is_bounded() {
    let server = Server::start(&["--error", "Forbidden", "--quiet", "--shutdown-timeout", "1"]);
    let mut stream = TcpStream::connect(&server.address).unwrap();
    stream.write_all(b"GET / HTTP/1.1\r\nHost: test\r\n").unwrap();
    std::thread::sleep(Duration::from_millis(100));
    let started = Instant::now();
    server.signal("TERM");
    let status = server.wait();
    assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
    drop(stream);
    // Either the half-sent request was dropped at once, or the bound ended the wait.
    assert!(status.code().is_some(), "ended by a signal: {status:?}");
}
