//! One fresh process for the start-up benchmark: `first-render render` renders one message from
//! the embedded catalogue and exits; `first-render exit` only exits, as the baseline.

#![forbid(unsafe_code)]

use std::process::ExitCode;

use vod_error_codes::VodError;
use vod_error_l10n::Catalog;

fn main() -> ExitCode {
    match std::env::args().nth(1).as_deref() {
        Some("exit") => ExitCode::SUCCESS,
        Some("render") => {
            let catalog = Catalog::embedded();
            let rendered =
                catalog.localizer_for_accept_language("ja-JP,ja;q=0.9").message(&VodError::MissingParameter("VideoId"));
            if rendered.text.contains("VideoId") { ExitCode::SUCCESS } else { ExitCode::FAILURE }
        }
        _ => {
            eprintln!("usage: first-render exit|render");
            ExitCode::from(2)
        }
    }
}
