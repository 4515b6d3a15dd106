//! `vod-errors serve`: the mock VOD endpoint, on a tokio runtime, until Ctrl-C.

use std::sync::Arc;

use anyhow::Context as _;
use vod_error_codes::{ErrorCode, VodError};
use vod_error_l10n::{Catalog, parse_tag};
use vod_errors_http::{BodyFormat, ErrorResponder, MockEndpoint, serve_mock};

use crate::cli::ServeFormat;
use crate::commands::{Context, checked_arguments};

/// What `serve` was asked to do.
pub(crate) struct ServeOptions {
    pub(crate) addr: std::net::SocketAddr,
    pub(crate) error: String,
    pub(crate) args: Vec<(String, String)>,
    pub(crate) lang: Option<String>,
    pub(crate) format: Option<ServeFormat>,
    pub(crate) english_messages: bool,
    pub(crate) host_id: String,
    /// The folder to reload the catalogue from on SIGHUP, when it came from one.
    pub(crate) locales_dir: Option<std::path::PathBuf>,
}

pub(crate) fn serve(catalog: Catalog, options: ServeOptions, context: &mut Context<'_>) -> anyhow::Result<()> {
    let code = ErrorCode::lookup(&options.error)
        .map_err(|error| anyhow::anyhow!("{error}\n  = help: run `vod-errors list` to see every code"))?;
    let (arguments, notes) = checked_arguments(code, &options.args)?;
    for note in notes {
        writeln!(context.err, "note: {note}")?;
    }
    let error = VodError::new(code, arguments.iter().map(|(name, value)| (*name, value.clone())))?;
    let mut responder =
        ErrorResponder::new(catalog).with_host_id(options.host_id).with_english_messages(options.english_messages);
    if let Some(tag) = &options.lang {
        responder = responder.with_default_locale(parse_tag(tag).context("the value of --lang is not a language tag")?);
    }
    let mut mock = MockEndpoint::new(responder, error, options.args.clone());
    if let Some(format) = options.format {
        mock = mock.with_format(match format {
            ServeFormat::Json => BodyFormat::Json,
            ServeFormat::Xml => BodyFormat::Xml,
            ServeFormat::Problem => BodyFormat::Problem,
        });
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("cannot start the server's runtime")?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(options.addr)
            .await
            .with_context(|| format!("cannot listen on {}", options.addr))?;
        let bound = listener.local_addr().context("cannot read the address listened on")?;
        writeln!(context.out, "listening on http://{bound}")?;
        context.out.flush()?;
        let mock = Arc::new(mock);
        if let Some(dir) = options.locales_dir.clone() {
            tokio::spawn(reload_on_hangup(dir, Arc::clone(&mock)));
        }
        let shutdown = async {
            let _ = tokio::signal::ctrl_c().await;
        };
        serve_mock(listener, mock, shutdown).await.context("the server failed")?;
        writeln!(context.err, "shut down cleanly")?;
        Ok(())
    })
}

/// Reloads the catalogue from `dir` on every SIGHUP; a folder that fails the check changes
/// nothing. Says on stderr what it loaded, or why it kept the previous catalogue.
async fn reload_on_hangup(dir: std::path::PathBuf, mock: Arc<MockEndpoint>) {
    let Ok(mut hangups) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()) else {
        eprintln!("warning: cannot listen for SIGHUP; the catalogue will not be reloaded");
        return;
    };
    while hangups.recv().await.is_some() {
        match Catalog::from_dir(&dir) {
            Ok(catalog) => {
                let locales = catalog.locales().count();
                let responder = mock.responder().as_ref().clone().with_catalog(catalog);
                mock.replace_responder(responder);
                eprintln!("reloaded the catalogue from {}: {locales} locales", dir.display());
            }
            Err(error) => {
                eprintln!("kept the previous catalogue: {}", crate::escape_lines(&error.to_string()));
                if let vod_error_l10n::CatalogError::Invalid { report, .. } = &error {
                    eprint!("{}", report.render_findings(false));
                }
            }
        }
    }
}
