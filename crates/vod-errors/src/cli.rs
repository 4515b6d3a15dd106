//! The command line's shape: subcommands, flags and their help, parsed by clap.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Look up the ApsaraVideo VOD API's error codes in any language of the catalogue.
#[derive(Parser, Debug)]
#[command(name = "vod-errors", version)]
pub(crate) struct Cli {
    /// Load the catalogue from this folder, laid out like `locales/`, instead of the embedded one.
    #[arg(long, global = true, value_name = "DIR")]
    pub(crate) locales_dir: Option<PathBuf>,

    #[command(subcommand)]
    pub(crate) command: Command,
}

/// The subcommands.
#[derive(Subcommand, Debug)]
pub(crate) enum Command {
    /// Explain one error code: its HTTP status, family, message, description and operations.
    Explain {
        /// The error code, such as `MissingParameter` (case does not matter).
        code: String,
        /// The operation whose status and message to show, such as `GetPlayInfo` (any case).
        #[arg(long, value_name = "OP")]
        operation: Option<String>,
        /// Which of the code's messages to show, by variant name, where it has several.
        #[arg(long, value_name = "NAME")]
        variant: Option<String>,
        /// The language, as a BCP 47 tag such as `zh-CN` [default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG, then en-US].
        #[arg(long, value_name = "TAG")]
        lang: Option<String>,
        /// A value for one of the message's arguments, such as `parameter=VideoId`.
        #[arg(long = "arg", value_name = "NAME=VALUE", value_parser = parse_argument)]
        args: Vec<(String, String)>,
        /// The output format.
        #[arg(long, value_enum, default_value_t = ExplainFormat::Text)]
        format: ExplainFormat,
    },
    /// List every error code, or the errors of one operation.
    List {
        /// List only the errors this operation documents, with its statuses and messages.
        #[arg(long, value_name = "OP")]
        operation: Option<String>,
        /// The language, as a BCP 47 tag such as `ja-JP` [default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG, then en-US].
        #[arg(long, value_name = "TAG")]
        lang: Option<String>,
        /// The output format; `markdown` is the error-code page's index of every code, or the operation's table.
        #[arg(long, value_enum, default_value_t = ListFormat::Text)]
        format: ListFormat,
    },
    /// Run a mock VOD endpoint that answers every request with a catalogue error, for client tests.
    ///
    /// Prints `listening on http://ADDR` once it accepts requests, and one line per request on
    /// stderr. A request's operation (the `Action` parameter, in the query or a form body, or the
    /// `x-acs-action` header) sets the status and message, as that operation documents them;
    /// headers pick per request: `x-vod-error: CODE`, `x-vod-error-variant: NAME`,
    /// `x-vod-error-arg: NAME=VALUE` (repeatable), `x-vod-error-format: json|xml|problem`. What
    /// cannot be done as asked is answered as closely as possible and said in `x-vod-error-note`. With --locales-dir, SIGHUP reloads the folder (a folder that fails the check is not
    /// loaded). SIGTERM and SIGINT stop it cleanly.
    Serve(ServeArgs),
    /// List every API operation with the errors it documents and their HTTP statuses.
    Operations {
        /// The output format.
        #[arg(long, value_enum, default_value_t = ExplainFormat::Text)]
        format: ExplainFormat,
    },
    /// Show the catalogue's locales, their own names and how much of each is translated.
    Locales {
        /// The output format.
        #[arg(long, value_enum, default_value_t = ExplainFormat::Text)]
        format: ExplainFormat,
    },
}

/// The flags of `serve`.
#[derive(Args, Debug)]
pub(crate) struct ServeArgs {
    /// The address to listen on, `HOST:PORT`; the host may be a name (`localhost:8080`), and
    /// port 0 picks a free port.
    #[arg(long, value_name = "HOST:PORT", default_value = "127.0.0.1:0", value_parser = parse_address)]
    pub(crate) addr: String,
    /// The error to answer with (a request header `x-vod-error: <CODE>` overrides it).
    #[arg(long, value_name = "CODE")]
    pub(crate) error: String,
    /// A value for one of the error's arguments, such as `parameter=VideoId`.
    #[arg(long = "arg", value_name = "NAME=VALUE", value_parser = parse_argument)]
    pub(crate) args: Vec<(String, String)>,
    /// The language for requests whose Accept-Language names none of the catalogue's.
    #[arg(long, value_name = "TAG")]
    pub(crate) lang: Option<String>,
    /// Answer in this body format whatever the request asks (default: negotiate from Accept and Format=).
    #[arg(long, value_enum)]
    pub(crate) format: Option<ServeFormat>,
    /// Keep every Message in en-US, whatever Accept-Language asks.
    #[arg(long)]
    pub(crate) english_messages: bool,
    /// Offer the pseudolocales en-XA and ar-XB to requests whose Accept-Language names them.
    #[arg(long)]
    pub(crate) pseudolocales: bool,
    /// The HostId the bodies carry.
    #[arg(long, value_name = "HOST", default_value = vod_errors_http::DEFAULT_HOST_ID)]
    pub(crate) host_id: String,
    /// Do not log each request on stderr.
    #[arg(long)]
    pub(crate) quiet: bool,
    /// How long requests in flight may take to finish after SIGTERM or SIGINT.
    #[arg(long, value_name = "SECONDS", default_value_t = 10)]
    pub(crate) shutdown_timeout: u64,
}

/// Output formats of `explain` and `locales`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub(crate) enum ExplainFormat {
    /// Labelled lines for people.
    Text,
    /// One JSON value.
    Json,
}

/// Output formats of `list`.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub(crate) enum ListFormat {
    /// One line per code.
    Text,
    /// A JSON array with one object per code.
    Json,
    /// The error-code page's table.
    Markdown,
}

/// Body formats `serve --format` can force.
#[derive(Clone, Copy, PartialEq, Eq, Debug, ValueEnum)]
pub(crate) enum ServeFormat {
    /// The provider's JSON body.
    Json,
    /// The provider's XML body.
    Xml,
    /// RFC 9457 problem details.
    Problem,
}

/// Checks that an address is `HOST:PORT` with a port number; the host is resolved when serving.
fn parse_address(text: &str) -> Result<String, String> {
    let usage = || format!("expected HOST:PORT, such as `127.0.0.1:8080` or `localhost:0`, not {text:?}");
    let (host, port) = text.rsplit_once(':').ok_or_else(usage)?;
    let host = host.strip_prefix('[').and_then(|inner| inner.strip_suffix(']')).unwrap_or(host);
    if host.is_empty() || host.contains(char::is_whitespace) || port.parse::<u16>().is_err() {
        return Err(usage());
    }
    Ok(text.to_owned())
}

/// Parses `NAME=VALUE`; the value may be empty and may hold `=`.
fn parse_argument(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((name, value)) if !name.is_empty() => Ok((name.to_owned(), value.to_owned())),
        _ => Err(format!("expected NAME=VALUE, such as `parameter=VideoId`, not {text:?}")),
    }
}
