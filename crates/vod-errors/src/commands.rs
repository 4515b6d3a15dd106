//! The subcommands: `explain`, `list`, `operations` and `locales`, writing text, JSON or Markdown.

use std::io::Write;
use std::path::Path;

use anyhow::{Context as _, anyhow, bail};
use serde::Serialize;
use vod_error_codes::{ArgumentKind, Documented, ErrorCode, Message, Operation, Value};
use vod_error_l10n::{Catalog, LoadError, Localizer, Problem, RenderIssue, Severity};

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
            let colored = context.terminal.stderr && (context.environment)("NO_COLOR").is_none();
            let label = if colored { "\u{1b}[1;31merror\u{1b}[0m" } else { "error" };
            let _ = writeln!(context.err, "{label}: {}", escape_lines(&format!("{error:#}")));
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
    let in_use = CatalogInUse { catalog: &catalog, dir: locales_dir.as_deref() };
    match cli.command {
        Command::Explain { code, operation, variant, lang, args, format } => {
            let request =
                Explain { input: &code, operation: operation.as_deref(), variant: variant.as_deref(), given: &args };
            explain(&in_use, &request, lang.as_deref(), format, context)
        }
        Command::List { operation, lang, format } => {
            list(&in_use, operation.as_deref(), lang.as_deref(), format, context)
        }
        Command::Operations { format } => operations(format, context),
        Command::Locales { format } => locales(&in_use, format, context),
        Command::Serve(args) => crate::serve::serve(catalog, args, locales_dir, context),
    }
}

/// The catalogue a command renders from, and the folder it was opened from (`--locales-dir`).
struct CatalogInUse<'a> {
    catalog: &'a Catalog,
    dir: Option<&'a Path>,
}

impl CatalogInUse<'_> {
    /// Stops the command when a locale it reached has errors: an opened folder's locales are
    /// checked when they are first used, and a command renders nothing from a broken folder.
    fn refuse_broken_locales(&self, context: &mut Context<'_>) -> anyhow::Result<()> {
        let (Some(dir), problems) = (self.dir, self.catalog.first_use_problems()) else { return Ok(()) };
        let errors: Vec<Problem> = problems.into_iter().filter(|problem| problem.severity == Severity::Error).collect();
        if errors.is_empty() {
            return Ok(());
        }
        Err(does_not_load(dir, &errors, context))
    }
}

/// The error for a catalogue folder with errors, each of which is written to `err` first.
fn does_not_load(dir: &Path, errors: &[Problem], context: &mut Context<'_>) -> anyhow::Error {
    for problem in errors {
        let _ = writeln!(context.err, "{}\n", escape_lines(&problem.to_string()));
    }
    anyhow!(
        "the catalogue in {} does not load: {} error(s), shown above; `cargo xtask check --locales-dir {}` shows everything",
        dir.display(),
        errors.len(),
        dir.display()
    )
}

/// The embedded catalogue, or the one in `--locales-dir`, whose problems go to `err` if it fails.
///
/// `serve` loads the folder whole, so that it refuses a broken one before it answers; the other
/// commands open it, checking `en-US` now and each other locale when they first reach it
/// ([`CatalogInUse::refuse_broken_locales`]), so that one explanation does not wait for every
/// language to be parsed.
fn load_catalog(cli: &Cli, context: &mut Context<'_>) -> anyhow::Result<Catalog> {
    let Some(dir) = &cli.locales_dir else { return Ok(Catalog::embedded().clone()) };
    let loaded = if matches!(cli.command, Command::Serve(_)) { Catalog::load(dir) } else { Catalog::open(dir) };
    match loaded {
        Ok(loaded) => Ok(loaded.catalog),
        Err(LoadError::Invalid { path, problems }) => Err(does_not_load(&path, &problems, context)),
        Err(error) => Err(error).context("cannot load the catalogue given by --locales-dir"),
    }
}

/// A localizer for `lang` (else the environment's languages); stops when a locale it reached
/// has errors.
fn localizer<'c>(
    in_use: &CatalogInUse<'c>,
    lang: Option<&str>,
    context: &mut Context<'_>,
) -> anyhow::Result<Localizer<'c>> {
    let request = choose_language(lang, context.environment).context("the value of --lang is not a language tag")?;
    let localizer = in_use.catalog.localizer(&request);
    in_use.refuse_broken_locales(context)?;
    for note in in_use.catalog.negotiation_notes(&request) {
        writeln!(context.err, "note: {}", escape_controls(&note.to_string()))?;
    }
    Ok(localizer)
}

/// What `explain` was asked.
struct Explain<'a> {
    input: &'a str,
    operation: Option<&'a str>,
    variant: Option<&'a str>,
    given: &'a [(String, String)],
}

/// One operation that documents a code, with the status it sends (once, however many of the
/// code's messages it documents).
#[derive(Serialize, PartialEq, Eq)]
struct OperationStatus {
    operation: &'static str,
    http_status: u16,
}

/// One code, explained: what `explain --format json` prints and `list --format json` repeats.
#[derive(Serialize)]
struct Explained {
    code: ErrorCode,
    #[serde(skip_serializing_if = "Option::is_none")]
    operation: Option<&'static str>,
    variant: Option<&'static str>,
    http_status: u16,
    parent: Option<ErrorCode>,
    family: &'static str,
    retryable: bool,
    locale: String,
    message: String,
    description: String,
    arguments: Vec<&'static str>,
    operations: Vec<OperationStatus>,
}

/// Renders a code's message with `values` (by name; placeholders where missing) and its
/// description; notes what went wrong, other than a missing argument the caller already noted.
fn explained(
    localizer: &Localizer<'_>,
    message: Message,
    http_status: u16,
    operation: Option<Operation>,
    values: &[(&str, Value)],
    notes: &mut Vec<String>,
) -> Explained {
    let code = message.code();
    let text = localizer.text(message.id(), None, values);
    let description = localizer.description(message);
    for issue in text.issues.iter().chain(&description.issues) {
        if !matches!(issue, RenderIssue::MissingArgument { .. } | RenderIssue::Fluent { .. }) {
            notes.push(issue.to_string());
        }
    }
    Explained {
        code,
        operation: operation.map(Operation::as_str),
        variant: message.variant(),
        http_status,
        parent: code.parent(),
        family: code.family().name(),
        retryable: code.is_retryable(),
        locale: text.locale.to_string(),
        message: text.text,
        description: description.text,
        arguments: message.arguments().iter().map(|argument| argument.name).collect(),
        operations: {
            let mut operations: Vec<OperationStatus> = code
                .documented()
                .map(|documented| OperationStatus {
                    operation: documented.operation.as_str(),
                    http_status: documented.http_status,
                })
                .collect();
            operations.dedup();
            operations
        },
    }
}

fn lookup_code(input: &str) -> anyhow::Result<ErrorCode> {
    ErrorCode::lookup(input)
        .map_err(|error| anyhow::anyhow!("{error}\n  = help: run `vod-errors list` to see every code"))
}

fn lookup_operation(input: &str) -> anyhow::Result<Operation> {
    Operation::lookup(input)
        .map_err(|error| anyhow::anyhow!("{error}\n  = help: run `vod-errors operations` to see every operation"))
}

/// The message and status to explain, and the operation's row when it documents the code.
fn choose_message(
    code: ErrorCode,
    operation: Option<Operation>,
    variant: Option<&str>,
    notes: &mut Vec<String>,
) -> anyhow::Result<(Message, u16, Option<&'static Documented>)> {
    let names = |messages: &mut dyn Iterator<Item = Message>| {
        messages.map(|message| format!("`{}`", message.variant().unwrap_or("(none)"))).collect::<Vec<_>>().join(", ")
    };
    if let Some(operation) = operation {
        let rows: Vec<&'static Documented> = operation.documents(code).collect();
        if rows.is_empty() {
            notes.push(format!("{operation} does not document `{code}`; showing the code's usual status and message"));
        } else {
            let row = match variant {
                None => rows[0],
                Some(name) => *rows.iter().find(|row| row.message.variant() == Some(name)).with_context(|| {
                    format!(
                        "{operation} sends no variant {name:?} of `{code}`; it sends: {}",
                        names(&mut rows.iter().map(|row| row.message))
                    )
                })?,
            };
            if variant.is_none() && rows.len() > 1 {
                notes.push(format!(
                    "{operation} documents {} messages for `{code}`; showing the first (--variant picks another: {})",
                    rows.len(),
                    names(&mut rows.iter().map(|row| row.message))
                ));
            }
            return Ok((row.message, row.http_status, Some(row)));
        }
    }
    let message = match variant {
        None => code.message(),
        Some(name) => {
            code.messages().iter().copied().find(|message| message.variant() == Some(name)).with_context(|| {
                format!(
                    "`{code}` has no variant {name:?}; its messages: {}",
                    names(&mut code.messages().iter().copied())
                )
            })?
        }
    };
    Ok((message, code.http_status(), None))
}

fn explain(
    in_use: &CatalogInUse<'_>,
    request: &Explain<'_>,
    lang: Option<&str>,
    format: ExplainFormat,
    context: &mut Context<'_>,
) -> anyhow::Result<()> {
    let code = lookup_code(request.input)?;
    let operation = request.operation.map(lookup_operation).transpose()?;
    let mut notes = Vec::new();
    let (message, http_status, row) = choose_message(code, operation, request.variant, &mut notes)?;
    let fixed = row.map_or(&[][..], |row| row.arguments);
    let values = checked_arguments(message, request.given, fixed, &mut notes)?;
    let borrowed: Vec<(&str, Value)> = values.iter().map(|(name, value)| (*name, value.clone())).collect();
    let localizer = localizer(in_use, lang, context)?;
    let explained = explained(&localizer, message, http_status, operation, &borrowed, &mut notes);
    match format {
        ExplainFormat::Json => writeln!(context.out, "{}", serde_json::to_string_pretty(&explained)?)?,
        ExplainFormat::Text => {
            let parent = explained.parent.map_or_else(|| "none".to_owned(), |parent| parent.to_string());
            let fault = if http_status >= 500 { "server error" } else { "client error" };
            let retry = if code.is_retryable() { "retrying later may help" } else { "retrying will not help" };
            writeln!(context.out, "{code}")?;
            if let Some(operation) = operation {
                writeln!(context.out, "  operation:    {operation}")?;
            }
            writeln!(context.out, "  HTTP status:  {http_status} ({fault}; {retry})")?;
            writeln!(context.out, "  parent:       {parent}")?;
            let family = code.family();
            if family.codes().nth(1).is_some() {
                let others: Vec<&str> =
                    family.codes().filter(|&member| member != code).map(|member| member.as_str()).collect();
                writeln!(context.out, "  family:       {} (other codes: {})", family.name(), others.join(", "))?;
            }
            writeln!(context.out, "  message:      {}", escape_controls(&explained.message))?;
            writeln!(context.out, "  description:  {}", escape_controls(&explained.description))?;
            writeln!(context.out, "  locale:       {}", explained.locale)?;
            if !explained.operations.is_empty() {
                let shown: Vec<String> =
                    explained.operations.iter().map(|o| format!("{} ({})", o.operation, o.http_status)).collect();
                writeln!(context.out, "  operations:   {}", shown.join(", "))?;
            }
        }
    }
    for note in notes {
        writeln!(context.err, "note: {}", escape_controls(&note))?;
    }
    Ok(())
}

/// The values of a message's arguments: the operation's own (it always sends them, as
/// `serve` does), then `--arg` values, then `<name>` (with a note). An undeclared or repeated
/// `--arg` is an error, and so is text for a number.
pub(crate) fn checked_arguments(
    message: Message,
    given: &[(String, String)],
    fixed: &[(&'static str, &'static str)],
    notes: &mut Vec<String>,
) -> anyhow::Result<Vec<(&'static str, Value)>> {
    for (position, (name, _)) in given.iter().enumerate() {
        if !message.arguments().iter().any(|argument| argument.name == name) {
            let takes = match message.arguments() {
                [] => "it takes none".to_owned(),
                arguments => {
                    format!("it takes: {}", arguments.iter().map(|a| a.name).collect::<Vec<_>>().join(", "))
                }
            };
            bail!("`{}` has no argument {name:?}; {takes}", message.code());
        }
        if given[..position].iter().any(|(earlier, _)| earlier == name) {
            bail!("--arg {name}=… is given twice");
        }
    }
    let mut values = Vec::new();
    for argument in message.arguments() {
        let given = given.iter().find(|(name, _)| name == argument.name).map(|(_, value)| value.as_str());
        let value = match (given, fixed.iter().find(|(name, _)| *name == argument.name)) {
            (given, Some((_, value))) => {
                if let Some(text) = given {
                    notes.push(format!(
                        "the operation always sends {}={value}; --arg {}={text} is not used",
                        argument.name, argument.name
                    ));
                }
                Value::from(*value)
            }
            (Some(text), None) => match argument.kind {
                ArgumentKind::Text => Value::from(text.to_owned()),
                ArgumentKind::Number => Value::Number(text.trim().parse().with_context(|| {
                    format!("--arg {}={text}: `{}` takes a whole number, such as 128", argument.name, argument.name)
                })?),
            },
            (None, None) => {
                notes.push(format!(
                    "the message's argument `{}` was not given; pass --arg {}=VALUE",
                    argument.name, argument.name
                ));
                Value::from(format!("<{}>", argument.name))
            }
        };
        values.push((argument.name, value));
    }
    Ok(values)
}

/// Every argument of a message as a placeholder, `<name>`.
fn placeholders(message: Message) -> Vec<(&'static str, Value)> {
    message.arguments().iter().map(|argument| (argument.name, Value::from(format!("<{}>", argument.name)))).collect()
}

fn list(
    in_use: &CatalogInUse<'_>,
    operation: Option<&str>,
    lang: Option<&str>,
    format: ListFormat,
    context: &mut Context<'_>,
) -> anyhow::Result<()> {
    let operation = operation.map(lookup_operation).transpose()?;
    let localizer = localizer(in_use, lang, context)?;
    let mut notes = Vec::new();
    let rows: Vec<Explained> = match operation {
        Some(operation) => operation
            .errors()
            .iter()
            .map(|row| {
                let mut values = placeholders(row.message);
                for (name, value) in &mut values {
                    if let Some((_, fixed)) = row.arguments.iter().find(|(fixed, _)| fixed == name) {
                        *value = Value::from(*fixed);
                    }
                }
                explained(&localizer, row.message, row.http_status, Some(operation), &values, &mut notes)
            })
            .collect(),
        None => ErrorCode::all()
            .map(|code| {
                let message = code.message();
                explained(&localizer, message, code.http_status(), None, &placeholders(message), &mut notes)
            })
            .collect(),
    };
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
            let table = match operation {
                Some(operation) => vod_error_check::markdown_operation_table(&localizer, operation),
                None => vod_error_check::markdown_index(&localizer),
            };
            write!(context.out, "{}", escape_lines(&table))?;
        }
    }
    notes.sort();
    notes.dedup();
    for note in notes {
        writeln!(context.err, "note: {}", escape_controls(&note))?;
    }
    Ok(())
}

/// What `operations --format json` prints for one operation.
#[derive(Serialize)]
struct OperationRow {
    operation: &'static str,
    errors: Vec<OperationError>,
}

/// One error of an operation.
#[derive(Serialize)]
struct OperationError {
    code: ErrorCode,
    http_status: u16,
    variant: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    doubtful: Option<&'static str>,
}

fn operations(format: ExplainFormat, context: &mut Context<'_>) -> anyhow::Result<()> {
    let rows: Vec<OperationRow> = Operation::all()
        .map(|operation| OperationRow {
            operation: operation.as_str(),
            errors: operation
                .errors()
                .iter()
                .map(|row| OperationError {
                    code: row.code,
                    http_status: row.http_status,
                    variant: row.message.variant(),
                    doubtful: row.doubtful,
                })
                .collect(),
        })
        .collect();
    match format {
        ExplainFormat::Json => writeln!(context.out, "{}", serde_json::to_string_pretty(&rows)?)?,
        ExplainFormat::Text => {
            for row in &rows {
                writeln!(context.out, "{}", row.operation)?;
                for error in &row.errors {
                    let variant = error.variant.map_or_else(String::new, |name| format!(" (variant {name})"));
                    let doubtful = if error.doubtful.is_some() { "  [doubtful in the source]" } else { "" };
                    writeln!(context.out, "  {} {}{variant}{doubtful}", error.http_status, error.code)?;
                }
            }
        }
    }
    Ok(())
}

/// What `locales --format json` prints for one locale.
#[derive(Serialize)]
struct LocaleRow {
    tag: String,
    name: String,
    direction: &'static str,
    percent_translated: u32,
    offered: bool,
    pseudo: bool,
}

fn locales(in_use: &CatalogInUse<'_>, format: ExplainFormat, context: &mut Context<'_>) -> anyhow::Result<()> {
    let infos = in_use.catalog.locale_infos();
    in_use.refuse_broken_locales(context)?;
    let rows: Vec<LocaleRow> = infos
        .into_iter()
        .map(|info| LocaleRow {
            tag: info.tag,
            name: info.name,
            direction: if info.right_to_left { "rtl" } else { "ltr" },
            percent_translated: info.percent_translated,
            offered: info.offered,
            pseudo: info.pseudo,
        })
        .collect();
    match format {
        ExplainFormat::Json => writeln!(context.out, "{}", serde_json::to_string_pretty(&rows)?)?,
        ExplainFormat::Text => {
            for row in &rows {
                let name = escape_controls(&row.name);
                let offered = if row.offered { "" } else { "  (not offered: too little translated)" };
                writeln!(
                    context.out,
                    "{:<8}  {:>3}% translated  {}  {name}{offered}",
                    row.tag, row.percent_translated, row.direction
                )?;
            }
        }
    }
    Ok(())
}
