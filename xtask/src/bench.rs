//! `cargo xtask bench [--readme]`: runs the benchmarks briefly and reports ratios against baselines.
//!
//! Every figure is a median from criterion (or requests per second from `wrk`), and every ratio is
//! to a baseline measured in the same run, so the table says how ours compares, not how fast this
//! machine is. The table is printed and written as JSON to `bench-summary.json` in the target
//! folder (`CARGO_TARGET_DIR` when set); each missed goal is one line on stderr and the exit
//! status is 1. `--readme` writes the table into the README between its bench markers, with the
//! machine and the date.

use std::fmt::Write as _;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use anyhow::{Context, bail};
use clap::Args;
use serde_json::{Value, json};

#[derive(Args)]
pub(crate) struct BenchArgs {
    /// Seconds of measurement per benchmark (criterion's `--measurement-time`).
    #[arg(long, default_value_t = 1)]
    seconds: u32,
    /// Seconds of each `wrk` run against each server.
    #[arg(long, default_value_t = 3)]
    load_seconds: u32,
    /// How many times each server is loaded, in turn (ours, then the constant server).
    #[arg(long, default_value_t = 5)]
    load_rounds: u32,
    /// Also write the table into README.md (between `<!-- bench:start -->` and `<!-- bench:end -->`).
    #[arg(long)]
    readme: bool,
}

/// One line of the report: what was measured against what, and the goal.
struct Row {
    group: &'static str,
    name: &'static str,
    baseline: &'static str,
    /// What the row shows in the README; `None` keeps it out of the README.
    readme: Option<&'static str>,
    goal: Option<Goal>,
}

enum Goal {
    /// At most this multiple of the baseline.
    Ratio(f64),
    /// At most this many nanoseconds.
    Absolute(f64),
}

const fn row(group: &'static str, name: &'static str, baseline: &'static str) -> Row {
    Row { group, name, baseline, readme: None, goal: None }
}

/// A row the README shows without a goal of its own.
const fn informational(group: &'static str, name: &'static str, baseline: &'static str, readme: &'static str) -> Row {
    Row { group, name, baseline, readme: Some(readme), goal: None }
}

const fn goal(
    group: &'static str,
    name: &'static str,
    baseline: &'static str,
    readme: &'static str,
    goal: Goal,
) -> Row {
    Row { group, name, baseline, readme: Some(readme), goal: Some(goal) }
}

const ROWS: &[Row] = &[
    row("respond", "naive_peer", "naive_peer"),
    row("respond", "floor", "floor"),
    goal(
        "respond",
        "ours_respond",
        "naive_peer",
        "`ErrorResponder::respond` (50 browsers' Accept-Language, render, JSON, headers) vs fluent-langneg + fluent-bundle + serde_json",
        Goal::Ratio(0.3),
    ),
    goal(
        "respond",
        "ours_respond",
        "floor",
        "the same vs serde_json of a fixed English body with the same headers",
        Goal::Ratio(2.0),
    ),
    row("mock_answer", "constant_response", "constant_response"),
    informational(
        "mock_answer",
        "ours_mock_answer",
        "constant_response",
        "the mock's answer per request (`MockEndpoint::answer`, remembered) vs building the constant server's response",
    ),
    row("render_with_argument", "format", "format"),
    row("render_with_argument", "with_capacity_push_str", "format"),
    row("render_with_argument", "push_str_reused", "format"),
    row("render_with_argument", "fluent_bundle_format_pattern", "format"),
    row("render_with_argument", "fluent_bundle_write_pattern_reused", "format"),
    row("render_with_argument", "rust_i18n", "format"),
    row("render_with_argument", "fluent_templates", "format"),
    goal(
        "render_with_argument",
        "ours_display",
        "format",
        "`VodError`'s `Display` (English) vs `format!`",
        Goal::Ratio(1.0),
    ),
    goal(
        "render_with_argument",
        "ours_localizer_message",
        "format",
        "`Localizer::message` with an argument vs `format!`",
        Goal::Ratio(1.0),
    ),
    row("render_without_argument", "static_str_match", "static_str_to_owned"),
    row("render_without_argument", "static_str_to_owned", "static_str_to_owned"),
    row("render_without_argument", "fluent_bundle_format_pattern", "static_str_to_owned"),
    goal(
        "render_without_argument",
        "ours_localizer_message",
        "static_str_to_owned",
        "`Localizer::message` without arguments vs a `&'static str` to `String`",
        Goal::Ratio(1.5),
    ),
    row("negotiate_accept_language", "fluent_langneg", "fluent_langneg"),
    goal(
        "negotiate_accept_language",
        "ours_uncached",
        "fluent_langneg",
        "Accept-Language negotiation without the header cache vs fluent-langneg",
        Goal::Ratio(1.0),
    ),
    goal(
        "negotiate_accept_language",
        "ours_responder_path",
        "fluent_langneg",
        "the same as `ErrorResponder` runs it (header cache), 50 browsers",
        Goal::Ratio(1.0),
    ),
    goal(
        "negotiate_accept_language",
        "ours_responder_path_all_distinct",
        "fluent_langneg",
        "the same, 4,096 distinct headers (each new to the cache)",
        Goal::Ratio(1.0),
    ),
    row("startup", "process_exit_baseline", "process_exit_baseline"),
    informational(
        "startup",
        "process_first_render",
        "process_exit_baseline",
        "a fresh process that renders once (embedded catalogue) vs one that only starts and exits",
    ),
    goal(
        "startup",
        "process_first_render_over_exit",
        "process_first_render_over_exit",
        "the time the first render adds to a fresh process, the two run in turn",
        Goal::Absolute(100_000.0),
    ),
    goal(
        "check_repository",
        "read_and_check",
        "read_and_check",
        "check of the repository's `locales/` (what `cargo xtask check` runs)",
        Goal::Absolute(50_000_000.0),
    ),
    goal(
        "scale_1000_codes_30_locales",
        "check_folder",
        "check_folder",
        "check of a synthetic 1,000 codes x 30 locales",
        Goal::Absolute(500_000_000.0),
    ),
    goal(
        "scale_1000_codes_30_locales",
        "first_render",
        "first_render",
        "open that synthetic folder, its files read beforehand, and render once (`Catalog::open_sources`, what `explain --locales-dir` does)",
        Goal::Absolute(5_000_000.0),
    ),
    informational(
        "scale_1000_codes_30_locales",
        "load_whole_first_render",
        "load_whole_first_render",
        "load it whole, its files read beforehand, every locale checked and compiled, and render once (`Catalog::load_sources`, what `serve` does)",
    ),
];

/// The benchmarks' ratios measured in turn (`vod_errors_benches::interleaved_ratio`), keyed
/// `group/approach/baseline`.
const INTERLEAVED_FILES: [&str; 2] = ["bench-interleaved-render.json", "bench-interleaved-respond.json"];

/// Allocations must be at most one (the returned `String`) for these.
const ONE_ALLOCATION: &[&str] =
    &["render_with_argument/ours_localizer_message", "render_without_argument/ours_localizer_message"];

/// The most heap the embedded catalogue may hold after first use.
const MAX_CATALOGUE_HEAP_BYTES: f64 = 4.0 * 1024.0 * 1024.0;

/// The least `serve` may answer, as a share of the constant server's requests per second.
const MIN_THROUGHPUT_RATIO: f64 = 0.9;

pub(crate) fn run(args: &BenchArgs) -> anyhow::Result<u8> {
    let root = crate::project_root();
    let target = crate::target_dir(&root);
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let seconds = args.seconds.to_string();
    // The benchmarks write these afresh; none may be left from an earlier run.
    for name in INTERLEAVED_FILES.iter().chain(&["bench-allocations.json", "bench-memory.json"]) {
        match std::fs::remove_file(target.join(name)) {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
                return Err(error).with_context(|| format!("cannot remove {}", target.join(name).display()));
            }
            _ => {}
        }
    }
    let status = Command::new(&cargo)
        .current_dir(&root)
        .env("CARGO_TARGET_DIR", &target)
        .args(["bench", "--package", "vod-errors-benches"])
        .args(["--bench", "respond", "--bench", "render", "--bench", "scale", "--bench", "startup"])
        .args(["--", "--warm-up-time", "0.5", "--measurement-time", &seconds])
        .status()
        .context("cannot run cargo bench")?;
    if !status.success() {
        bail!("cargo bench failed: {status}");
    }
    let allocations = read_json(&target.join("bench-allocations.json"));
    let memory = read_json(&target.join("bench-memory.json"));
    let interleaved_files: Vec<Value> = INTERLEAVED_FILES.iter().map(|name| read_json(&target.join(name))).collect();
    let interleaved: serde_json::Map<String, Value> =
        interleaved_files.iter().filter_map(|file| file["ratios"].as_object().cloned()).flatten().collect();
    let interleaved_rounds = interleaved_files.iter().filter_map(|file| file["rounds"].as_u64()).min();

    let mut rows = Vec::new();
    let mut missed = Vec::new();
    for row in ROWS {
        let (median, baseline) =
            (median_of(&target, row.group, row.name)?, median_of(&target, row.group, row.baseline)?);
        // Measured in turn when the benchmark did so, else the two medians'.
        let interleaved_ratio = (row.name != row.baseline)
            .then(|| interleaved.get(&format!("{}/{}/{}", row.group, row.name, row.baseline)).and_then(Value::as_f64))
            .flatten();
        let ratio = interleaved_ratio.unwrap_or(median / baseline);
        let key = format!("{}/{}", row.group, row.name);
        let allocated = allocations.get(&key).and_then(Value::as_f64);
        let bound = match row.goal {
            Some(Goal::Ratio(most)) => Some(most),
            _ => None,
        };
        let shown_ratio = ratio_text(ratio, bound);
        let (mut goal_text, mut met) = match &row.goal {
            None => (String::new(), None),
            Some(Goal::Ratio(most)) => (format!("≤ {most}x"), Some(ratio <= *most)),
            Some(Goal::Absolute(most)) => (format!("≤ {}", shown(*most)), Some(median <= *most)),
        };
        if ONE_ALLOCATION.contains(&key.as_str()) {
            met = Some(met.unwrap_or(true) && allocated.is_some_and(|count| count <= 1.0));
            goal_text = format!("{goal_text}, one allocation");
        }
        if met == Some(false) {
            missed.push(format!(
                "{key} against {}: {} is {shown_ratio}x, goal {goal_text}",
                row.baseline,
                shown(median)
            ));
        }
        rows.push(json!({
            "group": row.group, "approach": row.name, "median_ns": median, "baseline": row.baseline,
            "baseline_ns": baseline, "ratio": ratio, "ratio_shown": shown_ratio,
            "ratio_measured_in_turn": interleaved_ratio.is_some(), "allocations_per_call": allocated, "goal": goal_text,
            "met": met, "readme": row.readme,
        }));
    }

    let heap = memory.get("embedded_catalogue_heap_bytes").and_then(Value::as_f64);
    let heap_met = heap.is_some_and(|bytes| bytes <= MAX_CATALOGUE_HEAP_BYTES);
    if !heap_met {
        missed.push(format!("embedded catalogue heap after first use: {heap:?} bytes, goal ≤ 4 MiB"));
    }

    let load = load_test(&root, &target, &cargo, args.load_seconds, args.load_rounds);
    let load_json = match &load {
        Ok(load) => {
            let ratio = load.ours / load.baseline;
            let shown_ratio = ratio_text(ratio, Some(MIN_THROUGHPUT_RATIO));
            if ratio < MIN_THROUGHPUT_RATIO {
                missed.push(format!(
                    "serve throughput: {:.0} requests/s is {shown_ratio}x the constant server's {:.0}, goal ≥ {MIN_THROUGHPUT_RATIO}x",
                    load.ours, load.baseline
                ));
            }
            json!({ "ours_rps": load.ours, "baseline_rps": load.baseline, "ratio": ratio, "ratio_shown": shown_ratio,
                    "met": ratio >= MIN_THROUGHPUT_RATIO, "client": load.client, "rounds": load.rounds })
        }
        Err(error) => {
            missed.push(format!("serve throughput: not measured: {error:#}"));
            json!({ "error": format!("{error:#}") })
        }
    };

    let summary = json!({
        "date": today(),
        "machine": machine(),
        "interleaved_rounds": interleaved_rounds,
        "rows": rows,
        "embedded_catalogue_heap_bytes": heap,
        "embedded_catalogue_heap_met": heap_met,
        "load": load_json,
        "missed": missed,
        "all_goals_met": missed.is_empty(),
    });
    println!("\n{}", table(&summary, false));
    let path = target.join("bench-summary.json");
    std::fs::write(&path, serde_json::to_string_pretty(&summary)?)
        .with_context(|| format!("cannot write {}", path.display()))?;
    println!("wrote {}", path.display());
    if args.readme {
        write_readme(&root, &summary)?;
        println!("wrote the table into README.md");
    }
    for line in &missed {
        eprintln!("missed: {line}");
    }
    Ok(if missed.is_empty() { 0 } else { 1 })
}

/// Requests per second of `serve` and of the constant server, measured by the same client: the
/// medians of the rounds, and every round's pair.
struct Load {
    ours: f64,
    baseline: f64,
    client: String,
    rounds: Vec<[f64; 2]>,
}

/// The request both servers are loaded with: an operation that documents the served code, in a
/// browser's Japanese, so that `serve` negotiates, renders and fills in the operation's status.
const LOAD_PATH: &str = "/?Action=GetPlayInfo";
const LOAD_LANGUAGE: &str = "Accept-Language: ja-JP,ja;q=0.9,en-US;q=0.8,en;q=0.7";

/// Runs `wrk` (installed with apt-get when missing and allowed) against `vod-errors serve` and the
/// constant server in turn, `rounds` times each, with the same request: 2 threads, 64 connections.
/// Taking turns keeps a noisy machine's slow spells from favouring one server.
fn load_test(root: &Path, target: &Path, cargo: &str, seconds: u32, rounds: u32) -> anyhow::Result<Load> {
    let wrk = ensure_wrk()?;
    let status = Command::new(cargo)
        .current_dir(root)
        .env("CARGO_TARGET_DIR", target)
        .args(["build", "--release", "--package", "vod-errors", "--package", "vod-errors-benches"])
        .args(["--bin", "vod-errors", "--bin", "constant-server"])
        .status()
        .context("cannot run cargo build")?;
    if !status.success() {
        bail!("cargo build --release failed: {status}");
    }
    let release = target.join("release");
    let ours_args = ["serve", "--error", "InvalidVideo.NotFound", "--quiet"];
    let mut pairs = Vec::new();
    for _ in 0..rounds.max(1) {
        let ours = requests_per_second(&wrk, &release.join("vod-errors"), &ours_args, seconds)?;
        let baseline = requests_per_second(&wrk, &release.join("constant-server"), &[], seconds)?;
        pairs.push([ours, baseline]);
    }
    let median = |column: usize| {
        let mut values: Vec<f64> = pairs.iter().map(|pair| pair[column]).collect();
        values.sort_by(f64::total_cmp);
        values[values.len() / 2]
    };
    Ok(Load {
        ours: median(0),
        baseline: median(1),
        client: format!("wrk -t2 -c64 -d{seconds}s, {} rounds each, in turn", pairs.len()),
        rounds: pairs,
    })
}

/// The `wrk` on the PATH, installed from Debian's packages first if it is missing.
fn ensure_wrk() -> anyhow::Result<String> {
    let found = |name: &str| Command::new("which").arg(name).output().is_ok_and(|output| output.status.success());
    if !found("wrk") {
        // A new machine's package lists are empty until updated.
        let _ = Command::new("apt-get").args(["update", "-qq"]).stdout(Stdio::null()).status();
        let installed = Command::new("apt-get")
            .args(["install", "-y", "-qq", "wrk"])
            .stdout(Stdio::null())
            .status()
            .is_ok_and(|status| status.success());
        if !installed || !found("wrk") {
            bail!(
                "wrk is not installed and `apt-get install wrk` failed: install it (as root: apt-get update && apt-get install wrk)"
            );
        }
    }
    Ok("wrk".to_owned())
}

/// Starts a server that prints `listening on http://ADDR`, loads it with wrk, stops it.
fn requests_per_second(wrk: &str, program: &Path, args: &[&str], seconds: u32) -> anyhow::Result<f64> {
    let mut child = Command::new(program)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .with_context(|| format!("cannot start {}", program.display()))?;
    let mut first = String::new();
    if let Some(stdout) = child.stdout.take() {
        BufReader::new(stdout).read_line(&mut first)?;
    }
    let address = first.trim().strip_prefix("listening on http://").map(str::to_owned);
    let outcome = match address {
        None => Err(anyhow::anyhow!("{} did not say where it listens: {first:?}", program.display())),
        Some(address) => Command::new(wrk)
            .args(["-t2", "-c64", &format!("-d{seconds}s")])
            .args(["-H", LOAD_LANGUAGE])
            .arg(format!("http://{address}{LOAD_PATH}"))
            .output()
            .context("cannot run wrk")
            .and_then(|output| {
                let text = String::from_utf8_lossy(&output.stdout);
                text.lines()
                    .find_map(|line| line.strip_prefix("Requests/sec:"))
                    .and_then(|value| value.trim().parse::<f64>().ok())
                    .with_context(|| format!("no Requests/sec in wrk's output:\n{text}"))
            }),
    };
    let _ = child.kill();
    let _ = child.wait();
    outcome
}

/// The table of the summary: every row, or (`readme`) the rows with a README label.
fn table(summary: &Value, readme: bool) -> String {
    let mut table = if readme {
        String::from("| what | ours | baseline (same run) | ratio | goal | met |\n|---|---|---|---|---|---|\n")
    } else {
        String::from(
            "| group | approach | median | baseline | ratio | allocations per call | goal | met |\n|---|---|---|---|---|---|---|---|\n",
        )
    };
    let met_text = |met: &Value| match met.as_bool() {
        Some(true) => "yes",
        Some(false) => "**no**",
        None => "",
    };
    for row in summary["rows"].as_array().into_iter().flatten() {
        let median = shown(row["median_ns"].as_f64().unwrap_or(0.0));
        let baseline =
            format!("{} {}", row["baseline"].as_str().unwrap_or(""), shown(row["baseline_ns"].as_f64().unwrap_or(0.0)));
        let ratio = shown_ratio_of(row);
        let goal = row["goal"].as_str().unwrap_or("");
        if readme {
            let Some(label) = row["readme"].as_str() else { continue };
            let _ =
                writeln!(table, "| {label} | {median} | {baseline} | {ratio} | {goal} | {} |", met_text(&row["met"]));
        } else {
            let allocated = row["allocations_per_call"].as_f64().map_or_else(|| "-".to_owned(), |n| format!("{n}"));
            let _ = writeln!(
                table,
                "| {} | {} | {median} | {baseline} | {ratio} | {allocated} | {goal} | {} |",
                row["group"].as_str().unwrap_or(""),
                row["approach"].as_str().unwrap_or(""),
                met_text(&row["met"])
            );
        }
    }
    let load = &summary["load"];
    if load["ratio"].is_f64() {
        let _ = writeln!(
            table,
            "| `vod-errors serve` throughput, keep-alive, 64 connections ({}) | {:.0} req/s | minimal axum server, constant body, {:.0} req/s | {} | ≥ {MIN_THROUGHPUT_RATIO}x | {} |",
            load["client"].as_str().unwrap_or("wrk"),
            load["ours_rps"].as_f64().unwrap_or(0.0),
            load["baseline_rps"].as_f64().unwrap_or(0.0),
            shown_ratio_of(load),
            met_text(&load["met"])
        );
    }
    if let Some(bytes) = summary["embedded_catalogue_heap_bytes"].as_f64() {
        let _ = writeln!(
            table,
            "| heap of the embedded catalogue after first use in every locale | {:.0} KiB | | | ≤ 4 MiB | {} |",
            bytes / 1024.0,
            met_text(&summary["embedded_catalogue_heap_met"])
        );
    }
    table
}

/// Rewrites the README's table between its markers.
fn write_readme(root: &Path, summary: &Value) -> anyhow::Result<()> {
    const START: &str = "<!-- bench:start -->";
    const END: &str = "<!-- bench:end -->";
    let path = root.join("README.md");
    let text = std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
    let (Some(start), Some(end)) = (text.find(START), text.find(END)) else {
        bail!("README.md has no {START} … {END} markers to write the table between");
    };
    let others: Vec<String> = summary["rows"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|row| row["group"] == "render_with_argument" && row["readme"].is_null() && row["approach"] != "format")
        .map(|row| format!("{} {:.2}x", row["approach"].as_str().unwrap_or(""), row["ratio"].as_f64().unwrap_or(0.0)))
        .collect();
    let generated = format!(
        "{START}\n<!-- Written by `cargo xtask bench --readme` from bench-summary.json; do not edit by hand. -->\n\
         Measured on {} ({}), release build, one run of `cargo xtask bench`. The medians are \
         criterion's; a ratio against another approach is the median of {} rounds in which the two \
         are timed in turn, so that a slow spell of the machine slows both alike:\n\n{}\n\
         For comparison, in the same run, rendering with an argument against `format!`: {}.\n{END}",
        summary["date"].as_str().unwrap_or("?"),
        summary["machine"].as_str().unwrap_or("?"),
        summary["interleaved_rounds"].as_u64().map_or_else(|| "several".to_owned(), |rounds| rounds.to_string()),
        table(summary, true),
        others.join(", ")
    );
    let updated = format!("{}{generated}{}", &text[..start], &text[end + END.len()..]);
    std::fs::write(&path, updated).with_context(|| format!("cannot write {}", path.display()))
}

/// Today's date, as `date` gives it (UTC).
fn today() -> String {
    Command::new("date")
        .args(["-u", "+%Y-%m-%d"])
        .output()
        .map(|output| String::from_utf8_lossy(&output.stdout).trim().to_owned())
        .unwrap_or_default()
}

/// The machine: its processor's model name and how many cores it offers.
fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines().find_map(|line| {
                line.strip_prefix("model name").map(|rest| rest.trim_start_matches([' ', '\t', ':']).to_owned())
            })
        })
        .unwrap_or_else(|| "unknown processor".to_owned());
    let cores = std::thread::available_parallelism().map_or(0, std::num::NonZeroUsize::get);
    format!("{cpu}, {cores} cores")
}

/// A JSON file, or `null` when it cannot be read.
fn read_json(path: &Path) -> Value {
    std::fs::read_to_string(path).ok().and_then(|text| serde_json::from_str(&text).ok()).unwrap_or(Value::Null)
}

/// Criterion's median estimate for one benchmark, in nanoseconds.
fn median_of(target: &Path, group: &str, name: &str) -> anyhow::Result<f64> {
    let path = target.join("criterion").join(group).join(name).join("new/estimates.json");
    let text = std::fs::read_to_string(&path).with_context(|| format!("no estimate at {}", path.display()))?;
    let estimates: Value = serde_json::from_str(&text)?;
    estimates["median"]["point_estimate"].as_f64().with_context(|| format!("no median in {}", path.display()))
}

/// A ratio at two decimals, or at as many more (up to four) as it takes to tell it from the goal's
/// bound, so that the table never shows a missed goal as its bound: 0.8976 against ≥ 0.9 is
/// `0.898`, not `0.90`.
fn ratio_text(ratio: f64, bound: Option<f64>) -> String {
    let mut text = format!("{ratio:.2}");
    for decimals in 3..=4 {
        let looks_like_bound = bound.is_some_and(|bound| text.parse::<f64>() == Ok(bound) && ratio != bound);
        if !looks_like_bound {
            break;
        }
        text = format!("{ratio:.decimals$}");
    }
    text
}

/// A summary row's ratio as the table shows it (summaries written before `ratio_shown`: two decimals).
fn shown_ratio_of(row: &Value) -> String {
    row["ratio_shown"].as_str().map_or_else(|| format!("{:.2}", row["ratio"].as_f64().unwrap_or(0.0)), str::to_owned)
}

/// A duration in the unit that reads best.
fn shown(nanoseconds: f64) -> String {
    if nanoseconds >= 1_000_000.0 {
        format!("{:.2} ms", nanoseconds / 1_000_000.0)
    } else if nanoseconds >= 1_000.0 {
        format!("{:.2} µs", nanoseconds / 1_000.0)
    } else {
        format!("{nanoseconds:.1} ns")
    }
}

#[cfg(test)]
mod tests {
    use super::ratio_text;

    fn check(ratio: f64, bound: Option<f64>, expected: &str) {
        assert_eq!(ratio_text(ratio, bound), expected, "{ratio} against {bound:?}");
    }

    #[test]
    fn a_ratio_far_from_its_bound_has_two_decimals() {
        check(0.8976, Some(0.3), "0.90");
    }

    #[test]
    fn a_ratio_without_a_bound_has_two_decimals() {
        check(0.8976, None, "0.90");
    }

    #[test]
    fn a_ratio_just_under_its_bound_shows_it_is_under() {
        check(0.8976, Some(0.9), "0.898");
    }

    #[test]
    fn a_ratio_just_over_its_bound_shows_it_is_over() {
        check(1.0041, Some(1.0), "1.004");
    }

    #[test]
    fn a_ratio_closer_still_takes_four_decimals() {
        check(0.89996, Some(0.9), "0.9000");
    }

    #[test]
    fn a_ratio_at_its_bound_is_shown_as_the_bound() {
        check(0.9, Some(0.9), "0.90");
    }
}
