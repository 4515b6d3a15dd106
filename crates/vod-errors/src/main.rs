//! The `vod-errors` command: explain, list and look up the VOD error codes in any catalogue language.

#![forbid(unsafe_code)]

use std::io::{self, IsTerminal};
use std::process::ExitCode;

fn main() -> ExitCode {
    let terminal = vod_errors::Terminal { stdout: io::stdout().is_terminal(), stderr: io::stderr().is_terminal() };
    let environment = |name: &str| std::env::var(name).ok();
    let code = vod_errors::run(std::env::args_os(), &environment, terminal, &mut io::stdout(), &mut io::stderr());
    ExitCode::from(code)
}
