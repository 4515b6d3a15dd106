//! Helpers shared by the cross-crate suite: running the CLI in process, and showing invisible text.

#![forbid(unsafe_code)]

/// What one run of the `vod-errors` command produced.
#[derive(Debug)]
pub struct CliRun {
    /// The exit status.
    pub status: u8,
    /// Standard output.
    pub stdout: String,
    /// Standard error.
    pub stderr: String,
}

impl CliRun {
    /// The run as one text for a snapshot: status, then each stream.
    pub fn transcript(&self) -> String {
        format!("status: {}\n--- stdout\n{}--- stderr\n{}", self.status, self.stdout, self.stderr)
    }
}

/// Runs `vod-errors` with `args` (without the program name) and the given environment variables.
pub fn run_cli(args: &[&str], environment: &[(&str, &str)]) -> CliRun {
    let lookup = |name: &str| environment.iter().find(|(key, _)| *key == name).map(|(_, value)| (*value).to_owned());
    let (mut stdout, mut stderr) = (Vec::new(), Vec::new());
    let argv = std::iter::once("vod-errors").chain(args.iter().copied());
    let status = vod_errors::run(argv, &lookup, vod_errors::Terminal::default(), &mut stdout, &mut stderr);
    CliRun {
        status,
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

/// Shows invisible and control characters as `\u{…}` escapes, so that snapshots reveal them.
///
/// ```
/// assert_eq!(vod_errors_suite::show_invisible("a\u{2068}b\u{2069}"), "a\\u{2068}b\\u{2069}");
/// ```
pub fn show_invisible(text: &str) -> String {
    text.chars()
        .map(|c| {
            let invisible = c.is_control()
                || matches!(c, '\u{00a0}' | '\u{00ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202f}')
                || matches!(c, '\u{2060}'..='\u{206f}' | '\u{feff}');
            if invisible { format!("\\u{{{:x}}}", u32::from(c)) } else { c.to_string() }
        })
        .collect()
}

/// The path of a folder under the suite's `fixtures/`.
pub fn fixture(path: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(path)
}

/// The repository's `locales/` folder.
pub fn repository_locales() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales")
}

/// The README's Rust examples, compiled and run as doctests so that they stay true.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
