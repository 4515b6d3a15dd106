//! `vod-errors serve`: the mock VOD endpoint, on a tokio runtime, until SIGTERM or SIGINT.
//!
//! Every signal handler is installed before `listening on http://ADDR` is printed, so a
//! supervisor may signal the server as soon as it reads that line. SIGHUP reloads `--locales-dir`
//! (off the runtime's workers, one reload at a time, so the folder read last is the one
//! installed); SIGTERM and SIGINT stop accepting, let requests in flight finish within
//! `--shutdown-timeout`, print `shut down cleanly` and exit 0.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context as _, bail};
use tokio::signal::unix::{SignalKind, signal};
use vod_error_codes::{ErrorCode, VodError};
use vod_error_l10n::negotiate::parse_tag;
use vod_error_l10n::{Catalog, Loaded};
use vod_errors_http::{BodyFormat, ErrorResponder, MockEndpoint, serve_mock};

use crate::cli::{ServeArgs, ServeFormat};
use crate::commands::{Context, checked_arguments};

/// Serves `catalog` as `args` ask; SIGHUP reloads `locales_dir`, when the catalogue came from one.
pub(crate) fn serve(
    catalog: Catalog,
    options: ServeArgs,
    locales_dir: Option<PathBuf>,
    context: &mut Context<'_>,
) -> anyhow::Result<()> {
    let code = ErrorCode::lookup(&options.error)
        .map_err(|error| anyhow::anyhow!("{error}\n  = help: run `vod-errors list` to see every code"))?;
    let mut notes = Vec::new();
    let arguments = checked_arguments(code.message(), &options.args, &[], &mut notes)?;
    for note in notes {
        writeln!(context.err, "note: {note}")?;
    }
    let error = VodError::new(code.message(), arguments)?;
    let mut responder = ErrorResponder::new(catalog)
        .with_host_id(options.host_id.clone())
        .with_english_messages(options.english_messages)
        .with_pseudolocales(options.pseudolocales);
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
    if !options.quiet {
        mock = mock.with_request_log(Box::new(|line| eprintln!("{}", crate::escape_controls(&line.to_string()))));
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("cannot start the server's runtime")?;
    runtime.block_on(run(Arc::new(mock), &options, locales_dir.as_deref(), context))
}

/// Serves until SIGTERM or SIGINT; reloads on SIGHUP.
async fn run(
    mock: Arc<MockEndpoint>,
    options: &ServeArgs,
    locales_dir: Option<&std::path::Path>,
    context: &mut Context<'_>,
) -> anyhow::Result<()> {
    // Installed before anything is announced: from here on no signal kills the process.
    let mut hangups = signal(SignalKind::hangup()).context("cannot listen for SIGHUP")?;
    let mut terminations = signal(SignalKind::terminate()).context("cannot listen for SIGTERM")?;
    let mut interruptions = signal(SignalKind::interrupt()).context("cannot listen for SIGINT")?;

    let listener = bind(&options.addr).await?;
    let bound = listener.local_addr().context("cannot read the address listened on")?;
    writeln!(context.out, "listening on http://{bound}")?;
    context.out.flush()?;

    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let mut server = tokio::spawn(serve_mock(listener, Arc::clone(&mock), async {
        let _ = stopped.await;
    }));
    let signal_name = loop {
        tokio::select! {
            _ = hangups.recv() => reload(locales_dir, &mock, context).await,
            _ = terminations.recv() => break "SIGTERM",
            _ = interruptions.recv() => break "SIGINT",
            ended = &mut server => {
                ended.context("the server task failed")?.context("the server failed")?;
                bail!("the server stopped by itself");
            }
        }
    };
    writeln!(context.err, "{signal_name}: shutting down; requests in flight may finish")?;
    let _ = stop.send(());
    let shutdown_timeout = Duration::from_secs(options.shutdown_timeout);
    match tokio::time::timeout(shutdown_timeout, server).await {
        Ok(ended) => {
            ended.context("the server task failed")?.context("the server failed")?;
            writeln!(context.err, "shut down cleanly")?;
            Ok(())
        }
        Err(_) => bail!(
            "requests were still in flight {} s after {signal_name}; stopped without them",
            options.shutdown_timeout
        ),
    }
}

/// Listens on `addr` (`HOST:PORT`, where the host may be a name): resolves it and binds the first
/// address that works.
async fn bind(addr: &str) -> anyhow::Result<tokio::net::TcpListener> {
    let candidates: Vec<std::net::SocketAddr> =
        tokio::net::lookup_host(addr).await.with_context(|| format!("cannot resolve {addr}"))?.collect();
    let mut last_error = None;
    for candidate in &candidates {
        match tokio::net::TcpListener::bind(candidate).await {
            Ok(listener) => return Ok(listener),
            Err(error) => last_error = Some((candidate, error)),
        }
    }
    match last_error {
        Some((candidate, error)) => Err(error).with_context(|| format!("cannot listen on {addr} ({candidate})")),
        None => bail!("{addr} resolves to no address"),
    }
}

/// Reloads the catalogue from `dir` off the runtime's workers, and swaps in a responder over it;
/// a folder that fails the check changes nothing. Says on stderr what happened, warnings included.
async fn reload(dir: Option<&std::path::Path>, mock: &MockEndpoint, context: &mut Context<'_>) {
    let Some(dir) = dir else {
        let _ =
            writeln!(context.err, "SIGHUP: nothing to reload: the catalogue is the embedded one (use --locales-dir)");
        return;
    };
    let owned = dir.to_path_buf();
    let loaded = tokio::task::spawn_blocking(move || Catalog::load(&owned)).await;
    let shown = dir.display();
    match loaded {
        Ok(Ok(Loaded { catalog, warnings })) => {
            let locales = catalog.locales().count();
            let responder = mock.responder().as_ref().clone().with_catalog(catalog);
            mock.replace_responder(responder);
            let count = warnings.len();
            let _ = writeln!(
                context.err,
                "reloaded the catalogue from {shown}: {locales} locale{}, {count} warning{}",
                plural(locales),
                plural(count)
            );
            for warning in &warnings {
                let _ = writeln!(context.err, "{}", crate::escape_lines(&warning.to_string()));
            }
        }
        Ok(Err(error)) => {
            let _ = writeln!(context.err, "kept the previous catalogue: {}", crate::escape_lines(&error.to_string()));
        }
        Err(error) => {
            let _ = writeln!(context.err, "kept the previous catalogue: the reload failed: {error}");
        }
    }
}

/// `"s"` for any count but one.
fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}
