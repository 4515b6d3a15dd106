//! A bounded load from this process against `vod-errors serve` in another: 50,000 requests over 64
//! keep-alive connections, hostile ones in the mix, and not one failure. Writes its figures to
//! `target/load-test.json` (`.ci/run` prints them).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::io::Write;
use std::net::TcpStream;
use std::time::{Duration, Instant};

use common::{Server, read_response};

const CONNECTIONS: usize = 64;
const REQUESTS: usize = 50_000;
/// The whole run must end by then, whatever happens.
const DEADLINE: Duration = Duration::from_secs(120);

/// What a request's answer must be.
#[derive(Clone, Copy)]
enum Expect {
    /// The provider's JSON body (or problem details).
    Json,
    /// The provider's XML body.
    Xml,
    /// Not valid HTTP (a control character in a header): a bare 400, and the connection closes.
    ProtocolError,
}

/// The request for a turn, and what its answer must be.
fn request(turn: usize) -> (Vec<u8>, Expect) {
    let plain = |headers: &str| format!("GET /?VideoId=1 HTTP/1.1\r\nHost: load\r\n{headers}\r\n").into_bytes();
    match turn % 10 {
        1 => (plain("Accept-Language: zh-TW,zh;q=0.9,en;q=0.8\r\n"), Expect::Json),
        2 => (plain("Accept: text/xml\r\nAccept-Language: ar\r\n"), Expect::Xml),
        // Bytes that are not UTF-8, as HTTP allows in a header value.
        3 => (b"GET / HTTP/1.1\r\nHost: load\r\nAccept-Language: \xff\xfe;q=\xe6\x97\r\n\r\n".to_vec(), Expect::Json),
        4 => (plain(&format!("Accept-Language: {}\r\n", "de;q=0.1,".repeat(900))), Expect::Json),
        5 => (b"GET / HTTP/1.1\r\nHost: load\r\nx-vod-error: \xe6\x97{ $x } Nope\r\n\r\n".to_vec(), Expect::Json),
        6 => {
            let body: Vec<u8> = (0..4096).map(|i: usize| (i.wrapping_mul(31) % 256) as u8).collect();
            let head = format!("POST /?Format=XML HTTP/1.1\r\nHost: load\r\nContent-Length: {}\r\n\r\n", body.len());
            ([head.as_bytes(), &body].concat(), Expect::Xml)
        }
        7 => (plain("x-vod-error: ServiceUnAvailable\r\nAccept: application/problem+json\r\n"), Expect::Json),
        9 if turn % 100 == 9 => {
            (b"GET / HTTP/1.1\r\nHost: load\r\nx-vod-error: \x1b[31mNope\r\n\r\n".to_vec(), Expect::ProtocolError)
        }
        _ => (plain("Accept-Language: ja-JP\r\n"), Expect::Json),
    }
}

/// Whether an answer is what the request must get.
fn well_formed(response: &common::Response, expect: Expect) -> bool {
    if let Expect::ProtocolError = expect {
        return response.status == 400;
    }
    let status_ok = (400..600).contains(&response.status);
    let type_ok = response.header("content-type").is_some();
    let body_ok = match expect {
        Expect::Xml => {
            response.body.starts_with("<?xml")
                && response.body.contains("<Code>")
                && response.body.trim_end().ends_with("</Error>")
        }
        _ => serde_json::from_str::<serde_json::Value>(&response.body).is_ok(),
    };
    status_ok && type_ok && body_ok && response.header("x-acs-request-id").is_some()
}

#[test]
fn fifty_thousand_requests_over_sixty_four_connections_without_a_failure() {
    let server = Server::start(&["--error", "MissingParameter", "--arg", "parameter=VideoId"]);
    let started = Instant::now();
    let workers: Vec<_> = (0..CONNECTIONS)
        .map(|worker| {
            let address = server.address.clone();
            std::thread::spawn(move || {
                let mut latencies = Vec::new();
                let mut failures = Vec::new();
                let mut stream = TcpStream::connect(&address).unwrap();
                stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
                let mut buffer = Vec::new();
                let mut turn = worker;
                while turn < REQUESTS && started.elapsed() < DEADLINE {
                    let (raw, expect) = request(turn);
                    let sent = Instant::now();
                    let answer = stream.write_all(&raw).ok().and_then(|()| read_response(&mut stream, &mut buffer));
                    latencies.push(sent.elapsed());
                    if let Expect::ProtocolError = expect {
                        // The server closes a connection that broke the protocol: open another.
                        stream = TcpStream::connect(&address).unwrap();
                        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
                        buffer.clear();
                    }
                    match answer {
                        Some(response) if well_formed(&response, expect) => {}
                        Some(response) => failures.push(format!("turn {turn}: {} {}", response.status, response.body)),
                        None => {
                            failures.push(format!("turn {turn}: no response"));
                            stream = TcpStream::connect(&address).unwrap();
                            buffer.clear();
                        }
                    }
                    turn += CONNECTIONS;
                }
                (latencies, failures)
            })
        })
        .collect();
    let mut latencies = Vec::new();
    let mut failures = Vec::new();
    for worker in workers {
        let (mut done, mut failed) = worker.join().unwrap();
        latencies.append(&mut done);
        failures.append(&mut failed);
    }
    let elapsed = started.elapsed();
    latencies.sort();
    let percentile = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    let figures = serde_json::json!({
        "requests": latencies.len(),
        "connections": CONNECTIONS,
        "failures": failures.len(),
        "seconds": elapsed.as_secs_f64(),
        "requests_per_second": latencies.len() as f64 / elapsed.as_secs_f64(),
        "p50_ms": percentile(0.50).as_secs_f64() * 1000.0,
        "p99_ms": percentile(0.99).as_secs_f64() * 1000.0,
        "build": if cfg!(debug_assertions) { "debug" } else { "release" },
    });
    eprintln!("load test: {figures}");
    // The target folder is the parent of cargo's temporary folder for tests, wherever it is.
    let target = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("../load-test.json");
    let _ = std::fs::write(target, serde_json::to_string_pretty(&figures).unwrap());
    assert!(failures.is_empty(), "{} failures, first: {:?}", failures.len(), failures.first());
    assert_eq!(latencies.len(), REQUESTS, "the run hit its deadline");
    assert!(server.stop().success());
}
