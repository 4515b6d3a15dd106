//! The subcommands: `explain`, `list` and `locales`, writing text, JSON or Markdown.

use std::io::Write;

use anyhow::{Context as _, bail};
use serde::Serialize;
use vod_error_codes::ErrorCode;
use vod_error_l10n::{Catalog, CatalogError, LocaleChain, RenderIssue};

use crate::cli::{Cli, Command, ExplainFormat, ListFormat};
use crate::language::choose_language;
use crate::terminal_text::{escape_controls, escape_lines};
use crate::{EXIT_FAILURE, EXIT_OK, Terminal};

/// What a command needs from the outside world.
pub(crate) struct Context<'a> {
    pub(crate) environment: &'a dyn Fn(&str) -> Option<String>,
    pub(crate) terminal: Terminal,
    pub(crate) out: &'a mut dyn Write,
    pub(crate) err: &'a mut dyn Write,
}

/// Runs a parsed command line and reports its error, if any, on `err`.
pub(crate) fn dispatch(cli: Cli, mut context: Context<'_>) -> u8 {
    match run_command(cli, &mut context) {
        Ok(()) => EXIT_OK,
        // A reader that went away (`vod-errors list | head`) is not an error of ours.
        Err(error) if is_broken_pipe(&error) => EXIT_OK,
        Err(error) => {
            let _ = writeln!(context.err, "error: {}", escape_lines(&format!("{error:#}")));
            EXIT_FAILURE
        }
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn run_command(cli: Cli, context: &mut Context<'_>) -> anyhow::Result<()> {
    let catalog = load_catalog(&cli, context)?;
    let locales_dir = cli.locales_dir.clone();
    match cli.command {
        Command::Explain { code, lang, args, format } => {
            explain(&catalog, &code, lang.as_deref(), &args, format, context)
        }
        Command::List { lang, format } => list(&catalog, lang.as_deref(), format, context),
        Command::Locales { format } => locales(&catalog, format, context),
        Command::Serve {
            addr,
            error,
            args,
            lang,
            format,
            english_messages,
            pseudolocales,
            host_id,
            quiet,
            shutdown_timeout,
        } => {
            let options = crate::serve::ServeOptions {
                addr,
                error,
                args,
                lang,
                format,
                english_messages,
                pseudolocales,
                host_id,
                quiet,
                shutdown_timeout: std::time::Duration::from_secs(shutdown_timeout),
                locales_dir,
            };
            crate::serve::serve(catalog, options, context)
        }
    }
}

/// The embedded catalogue, or the one in `--locales-dir`, whose diagnostics go to `err` if it fails.
fn load_catalog(cli: &Cli, context: &mut Context<'_>) -> anyhow::Result<Catalog> {
    let Some(dir) = &cli.locales_dir else { return Ok(Catalog::embedded()) };
    match Catalog::from_dir(dir) {
        Ok(catalog) => Ok(catalog),
        Err(CatalogError::Invalid { path, report }) => {
            let color = context.terminal.stderr && (context.environment)("NO_COLOR").is_none();
            let _ = write!(context.err, "{}", report.render(color));
            bail!("the catalogue in {} does not load: {} error(s), shown above", path.display(), report.error_count())
        }
        Err(error) => Err(error).context("cannot load the catalogue given by --locales-dir"),
    }
}

fn chain(catalog: &Catalog, lang: Option<&str>, context: &mut Context<'_>) -> anyhow::Result<LocaleChain> {
    let choice =
        choose_language(catalog, lang, context.environment).context("the value of --lang is not a language tag")?;
    for note in &choice.notes {
        let _ = writeln!(context.err, "note: {}", escape_controls(&note.to_string()));
    }
    Ok(choice.chain)
}

/// One code, explained: what `explain --format json` prints and `list --format json` repeats.
#[derive(Serialize)]
struct Explained {
    code: ErrorCode,
    http_status: u16,
    parent: Option<ErrorCode>,
    locale: String,
    message: String,
    description: String,
}

fn explained(
    catalog: &Catalog,
    chain: &LocaleChain,
    code: ErrorCode,
    arguments: &[(&str, &str)],
    notes: &mut Vec<String>,
) -> Explained {
    let message = catalog.render_message(chain, code, arguments);
    let description = catalog.description(chain, code);
    for issue in message.issues.iter().chain(&description.issues) {
        if !matches!(issue, RenderIssue::Fluent { .. }) {
            notes.push(issue.to_string());
        }
    }
    Explained {
        code,
        http_status: code.http_status(),
        parent: code.parent(),
        locale: message.locale.to_string(),
        message: message.text,
        description: description.text,
    }
}

fn explain(
    catalog: &Catalog,
    input: &str,
    lang: Option<&str>,
    given: &[(String, String)],
    format: ExplainFormat,
    context: &mut Context<'_>,
) -> anyhow::Result<()> {
    let code = ErrorCode::lookup(input)
        .map_err(|error| anyhow::anyhow!("{error}\n  = help: run `vod-errors list` to see every code"))?;
    let (arguments, mut notes) = checked_arguments(code, given)?;
    let chain = chain(catalog, lang, context)?;
    let borrowed: Vec<(&str, &str)> = arguments.iter().map(|(name, value)| (*name, value.as_str())).collect();
    let explained = explained(catalog, &chain, code, &borrowed, &mut notes);
    match format {
        ExplainFormat::Json => writeln!(context.out, "{}", serde_json::to_string_pretty(&explained)?)?,
        ExplainFormat::Text => {
            let parent = explained.parent.map_or_else(|| "none".to_owned(), |parent| parent.to_string());
            let fault = if code.http_status() >= 500 { "server error" } else { "client error" };
            let retry = if code.is_retryable() { "retrying later may help" } else { "retrying will not help" };
            writeln!(context.out, "{code}")?;
            writeln!(context.out, "  HTTP status:  {} ({fault}; {retry})", explained.http_status)?;
            writeln!(context.out, "  parent:       {parent}")?;
            writeln!(context.out, "  message:      {}", escape_controls(&explained.message))?;
            writeln!(context.out, "  description:  {}", escape_controls(&explained.description))?;
            writeln!(context.out, "  locale:       {}", explained.locale)?;
        }
    }
    for note in notes {
        writeln!(context.err, "note: {}", escape_controls(&note))?;
    }
    Ok(())
}

/// Each declared argument with its value, and notes about placeholders put in.
pub(crate) type CheckedArguments = (Vec<(&'static str, String)>, Vec<String>);

/// The arguments given for a code, checked against its declaration: an undeclared or repeated
/// one is an error, and a declared one that is missing gets the placeholder `<name>` and a note.
pub(crate) fn checked_arguments(code: ErrorCode, given: &[(String, String)]) -> anyhow::Result<CheckedArguments> {
    let mut arguments: Vec<(&'static str, String)> = Vec::new();
    for (name, value) in given {
        let Some(&declared) = code.args().iter().find(|&&declared| declared == name) else {
            let takes = match code.args() {
                [] => "it takes none".to_owned(),
                names => format!("it takes: {}", names.join(", ")),
            };
            bail!("`{code}` has no argument {name:?}; {takes}");
        };
        if arguments.iter().any(|(seen, _)| *seen == declared) {
            bail!("--arg {name}=… is given twice");
        }
        arguments.push((declared, value.clone()));
    }
    let mut notes = Vec::new();
    for &name in code.args() {
        if !arguments.iter().any(|(given, _)| *given == name) {
            arguments.push((name, format!("<{name}>")));
            notes.push(format!("the message's argument `{name}` was not given; pass --arg {name}=VALUE"));
        }
    }
    Ok((arguments, notes))
}

fn list(catalog: &Catalog, lang: Option<&str>, format: ListFormat, context: &mut Context<'_>) -> anyhow::Result<()> {
    let chain = chain(catalog, lang, context)?;
    let mut notes = Vec::new();
    let rows: Vec<Explained> = ErrorCode::ALL
        .iter()
        .map(|&code| {
            let placeholders: Vec<String> = code.args().iter().map(|name| format!("<{name}>")).collect();
            let arguments: Vec<(&str, &str)> =
                code.args().iter().zip(&placeholders).map(|(&name, value)| (name, value.as_str())).collect();
            explained(catalog, &chain, code, &arguments, &mut notes)
        })
        .collect();
    match format {
        ListFormat::Json => writeln!(context.out, "{}", serde_json::to_string_pretty(&rows)?)?,
        ListFormat::Text => {
            let width = rows.iter().map(|row| row.code.as_str().len()).max().unwrap_or(0);
            for row in &rows {
                let code = row.code.as_str();
                writeln!(context.out, "{code:<width$}  {}  {}", row.http_status, escape_controls(&row.message))?;
            }
        }
        ListFormat::Markdown => {
            write!(context.out, "{}", escape_lines(&vod_error_l10n::markdown_table(catalog, &chain)))?
        }
    }
    notes.dedup();
    for note in notes {
        writeln!(context.err, "note: {}", escape_controls(&note))?;
    }
    Ok(())
}

/// What `locales --format json` prints for one locale.
#[derive(Serialize)]
struct LocaleRow {
    tag: String,
    name: String,
    direction: &'static str,
    percent_complete: u8,
    pseudo: bool,
}

fn locales(catalog: &Catalog, format: ExplainFormat, context: &mut Context<'_>) -> anyhow::Result<()> {
    let rows: Vec<LocaleRow> = catalog
        .locale_infos()
        .into_iter()
        .map(|info| LocaleRow {
            tag: info.tag,
            name: info.name,
            direction: if info.right_to_left { "rtl" } else { "ltr" },
            percent_complete: info.percent_complete,
            pseudo: info.pseudo,
        })
        .collect();
    match format {
        ExplainFormat::Json => writeln!(context.out, "{}", serde_json::to_string_pretty(&rows)?)?,
        ExplainFormat::Text => {
            for row in &rows {
                let name = escape_controls(&row.name);
                writeln!(
                    context.out,
                    "{:<8}  {:>3}% complete  {}  {name}",
                    row.tag, row.percent_complete, row.direction
                )?;
            }
        }
    }
    Ok(())
}
