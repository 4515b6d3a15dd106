//! The `vod-errors` command line: explain a code, list every code, show the locales, serve a mock endpoint.
//!
//! # Example
//!
//! ```
//! use vod_errors::{run, Terminal};
//!
//! let mut out = Vec::new();
//! let mut err = Vec::new();
//! let no_environment = |_: &str| None;
//! let args = ["vod-errors", "explain", "Forbidden", "--lang", "en-US", "--format", "json"];
//! let status = run(args, &no_environment, Terminal::default(), &mut out, &mut err);
//! assert_eq!(status, 0);
//! let json: serde_json::Value = serde_json::from_slice(&out).unwrap();
//! assert_eq!(json["http_status"], 403);
//! ```
//!
//! The binary is a thin `main` over [`run`], which takes its arguments, environment and output
//! streams as parameters, so that tests drive the whole command in process.

#![forbid(unsafe_code)]

mod cli;
mod commands;
mod language;
mod serve;
mod terminal_text;

use std::ffi::OsString;
use std::io::Write;

use clap::Parser;

pub use terminal_text::{escape_controls, escape_lines};

/// Exit status: the command did what was asked.
pub const EXIT_OK: u8 = 0;
/// Exit status: the input named something that does not exist, or a catalogue failed to load.
pub const EXIT_FAILURE: u8 = 1;
/// Exit status: the command line itself is malformed.
pub const EXIT_USAGE: u8 = 2;

/// Which output streams are terminals: text for a terminal gets colour and escaped control characters.
///
/// # Example
///
/// ```
/// let terminal = vod_errors::Terminal { stdout: false, stderr: true };
/// assert!(terminal.stderr);
/// ```
#[derive(Clone, Copy, Default, Debug)]
pub struct Terminal {
    /// Whether standard output is a terminal.
    pub stdout: bool,
    /// Whether standard error is a terminal.
    pub stderr: bool,
}

/// Runs the command line `args` (the program name first) and returns its exit status.
///
/// `environment` looks up environment variables (`LC_ALL`, `LC_MESSAGES`, `LANG`, `NO_COLOR`).
/// Errors go to `err` as `error: …` lines; nothing panics on bad input.
///
/// # Example
///
/// ```
/// use vod_errors::{run, Terminal, EXIT_FAILURE};
///
/// let (mut out, mut err) = (Vec::new(), Vec::new());
/// let environment = |_: &str| None;
/// let status = run(["vod-errors", "explain", "Forbiden"], &environment, Terminal::default(), &mut out, &mut err);
/// assert_eq!(status, EXIT_FAILURE);
/// assert!(String::from_utf8(err).unwrap().contains("did you mean `Forbidden`?"));
/// ```
pub fn run<I, T>(
    args: I,
    environment: &dyn Fn(&str) -> Option<String>,
    terminal: Terminal,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match cli::Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let use_err = error.use_stderr();
            let text = error.render().to_string();
            let _ = if use_err { write!(err, "{text}") } else { write!(out, "{text}") };
            return if error.exit_code() == 0 { EXIT_OK } else { EXIT_USAGE };
        }
    };
    let context = commands::Context { environment, terminal, out, err };
    commands::dispatch(cli, context)
}
