//! Running `vod-errors serve` as a real process, and speaking raw HTTP/1.1 to it.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

/// `vod-errors serve` on a free loopback port; stopped with SIGINT when dropped.
pub struct Server {
    child: Child,
    pub address: String,
    stderr: Receiver<String>,
}

impl Server {
    pub fn start(args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_vod-errors"))
            .arg("serve")
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut first = String::new();
        stdout.read_line(&mut first).unwrap();
        let address =
            first.trim().strip_prefix("listening on http://").unwrap_or_else(|| panic!("{first:?}")).to_owned();
        let (sender, stderr) = channel();
        let mut errors = BufReader::new(child.stderr.take().unwrap());
        std::thread::spawn(move || {
            let mut line = String::new();
            while errors.read_line(&mut line).is_ok_and(|read| read > 0) {
                let _ = sender.send(std::mem::take(&mut line));
            }
        });
        Server { child, address, stderr }
    }

    /// Sends a signal to the server process at once, from this process.
    pub fn signal(&self, name: &str) {
        use nix::sys::signal::{Signal, kill};
        use nix::unistd::Pid;
        let signal = match name {
            "HUP" => Signal::SIGHUP,
            "INT" => Signal::SIGINT,
            "TERM" => Signal::SIGTERM,
            other => panic!("no signal {other}"),
        };
        let pid = Pid::from_raw(i32::try_from(self.child.id()).unwrap());
        kill(pid, signal).unwrap();
    }

    /// Waits for the process to end and returns its status, within ten seconds.
    pub fn wait(mut self) -> std::process::ExitStatus {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "the server did not end within ten seconds");
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    /// Every stderr line received so far and within `wait` from now.
    pub fn stderr_lines(&self, wait: Duration) -> Vec<String> {
        let deadline = Instant::now() + wait;
        let mut lines = Vec::new();
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match self.stderr.recv_timeout(left) {
                Ok(line) => lines.push(line),
                Err(_) => break,
            }
        }
        lines
    }

    /// Waits up to ten seconds for a stderr line containing `text`.
    pub fn wait_for_stderr(&self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            if let Ok(line) = self.stderr.recv_timeout(left)
                && line.contains(text)
            {
                return line;
            }
        }
        panic!("no stderr line with {text:?}");
    }

    /// Stops the server with SIGINT and returns its exit status.
    pub fn stop(self) -> std::process::ExitStatus {
        self.signal("INT");
        self.wait()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A response: status code, header block, body.
pub struct Response {
    pub status: u16,
    pub head: String,
    pub body: String,
}

impl Response {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then_some(value.trim())
        })
    }
}

/// Reads one response (headers and a Content-Length body) from a keep-alive connection.
pub fn read_response(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> Option<Response> {
    loop {
        if let Some(end) = buffer.windows(4).position(|window| window == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buffer[..end]).into_owned();
            let length: usize = head
                .lines()
                .find_map(|line| line.to_ascii_lowercase().strip_prefix("content-length:").map(|v| v.trim().to_owned()))
                .and_then(|value| value.parse().ok())
                .unwrap_or(0);
            while buffer.len() < end + 4 + length {
                let mut chunk = [0u8; 8192];
                let read = stream.read(&mut chunk).ok()?;
                if read == 0 {
                    return None;
                }
                buffer.extend_from_slice(&chunk[..read]);
            }
            let body = String::from_utf8_lossy(&buffer[end + 4..end + 4 + length]).into_owned();
            buffer.drain(..end + 4 + length);
            let status = head.split(' ').nth(1)?.parse().ok()?;
            return Some(Response { status, head, body });
        }
        let mut chunk = [0u8; 8192];
        let read = stream.read(&mut chunk).ok()?;
        if read == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..read]);
    }
}

/// One request on a fresh connection.
pub fn request(address: &str, raw: &[u8]) -> Response {
    let mut stream = TcpStream::connect(address).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    stream.write_all(raw).unwrap();
    read_response(&mut stream, &mut Vec::new()).expect("a response")
}

/// A plain GET with extra header lines.
pub fn get(address: &str, headers: &str) -> Response {
    request(address, format!("GET / HTTP/1.1\r\nHost: test\r\n{headers}Connection: close\r\n\r\n").as_bytes())
}
