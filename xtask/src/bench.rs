//! `cargo xtask bench`: runs the criterion benchmarks briefly and reports ratios against baselines.
//!
//! Every figure is a median from criterion, and every ratio is to a baseline measured in the same
//! run, so the table says how ours compares, not how fast this machine is. The table is printed
//! and written as JSON to `bench-summary.json` in the target folder (`CARGO_TARGET_DIR` when set).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, bail};
use clap::Args;
use serde_json::{Value, json};

#[derive(Args)]
pub(crate) struct BenchArgs {
    /// Seconds of measurement per benchmark (criterion's `--measurement-time`).
    #[arg(long, default_value_t = 2)]
    seconds: u32,
}

/// One line of the report: what was measured against what, and the goal.
struct Row {
    group: &'static str,
    name: &'static str,
    baseline: &'static str,
    /// The most the ratio to the baseline may be, if this row has a goal.
    goal: Option<Goal>,
}

enum Goal {
    /// At most this multiple of the baseline.
    Ratio(f64),
    /// At most this many nanoseconds over the baseline.
    OverBaseline(f64),
    /// At most this many nanoseconds.
    Absolute(f64),
}

const ROWS: &[Row] = &[
    Row { group: "render_with_argument", name: "format", baseline: "format", goal: None },
    Row { group: "render_with_argument", name: "with_capacity_push_str", baseline: "format", goal: None },
    Row { group: "render_with_argument", name: "push_str_reused", baseline: "format", goal: None },
    Row { group: "render_with_argument", name: "fluent_bundle_format_pattern", baseline: "format", goal: None },
    Row { group: "render_with_argument", name: "fluent_bundle_write_pattern_reused", baseline: "format", goal: None },
    Row { group: "render_with_argument", name: "rust_i18n", baseline: "format", goal: None },
    Row { group: "render_with_argument", name: "fluent_templates", baseline: "format", goal: None },
    Row { group: "render_with_argument", name: "ours_display", baseline: "format", goal: Some(Goal::Ratio(1.0)) },
    Row {
        group: "render_with_argument",
        name: "ours_localizer_message",
        baseline: "format",
        goal: Some(Goal::Ratio(1.0)),
    },
    Row { group: "render_without_argument", name: "static_str_match", baseline: "static_str_to_owned", goal: None },
    Row { group: "render_without_argument", name: "static_str_to_owned", baseline: "static_str_to_owned", goal: None },
    Row {
        group: "render_without_argument",
        name: "fluent_bundle_format_pattern",
        baseline: "static_str_to_owned",
        goal: None,
    },
    Row {
        group: "render_without_argument",
        name: "ours_localizer_message",
        baseline: "static_str_to_owned",
        goal: Some(Goal::Ratio(1.5)),
    },
    Row { group: "negotiate_accept_language", name: "fluent_langneg", baseline: "fluent_langneg", goal: None },
    Row {
        group: "negotiate_accept_language",
        name: "ours_uncached",
        baseline: "fluent_langneg",
        goal: Some(Goal::Ratio(1.0)),
    },
    Row {
        group: "negotiate_accept_language",
        name: "ours_responder_path",
        baseline: "fluent_langneg",
        goal: Some(Goal::Ratio(1.0)),
    },
    Row {
        group: "negotiate_accept_language",
        name: "ours_responder_path_all_distinct",
        baseline: "fluent_langneg",
        goal: Some(Goal::Ratio(1.0)),
    },
    Row { group: "startup", name: "process_exit_baseline", baseline: "process_exit_baseline", goal: None },
    Row {
        group: "startup",
        name: "process_first_render",
        baseline: "process_exit_baseline",
        goal: Some(Goal::OverBaseline(100_000.0)),
    },
    Row {
        group: "scale_1000_codes_30_locales",
        name: "check_folder",
        baseline: "check_folder",
        goal: Some(Goal::Absolute(500_000_000.0)),
    },
    Row {
        group: "scale_1000_codes_30_locales",
        name: "first_render",
        baseline: "first_render",
        goal: Some(Goal::Absolute(5_000_000.0)),
    },
];

/// Allocations must be at most one (the returned `String`) for these.
const ONE_ALLOCATION: &[&str] =
    &["render_with_argument/ours_localizer_message", "render_without_argument/ours_localizer_message"];

pub(crate) fn run(args: &BenchArgs) -> anyhow::Result<u8> {
    let root = crate::project_root();
    let target = target_dir(&root);
    let seconds = args.seconds.to_string();
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
        .current_dir(&root)
        .env("CARGO_TARGET_DIR", &target)
        .args([
            "bench",
            "--package",
            "vod-errors-benches",
            "--bench",
            "render",
            "--bench",
            "scale",
            "--bench",
            "startup",
        ])
        .args(["--", "--warm-up-time", "1", "--measurement-time", &seconds])
        .status()
        .context("cannot run cargo bench")?;
    if !status.success() {
        bail!("cargo bench failed: {status}");
    }
    let allocations: Value = std::fs::read_to_string(target.join("bench-allocations.json"))
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Value::Null);
    let mut table = String::from(
        "| group | approach | median | ratio to baseline | allocations per call | goal | met |\n|---|---|---|---|---|---|---|\n",
    );
    let mut rows = Vec::new();
    let mut all_met = true;
    for row in ROWS {
        let median = median(&target, row.group, row.name)?;
        let baseline = median_of_baseline(&target, row)?;
        let ratio = median / baseline;
        let key = format!("{}/{}", row.group, row.name);
        let allocated = allocations.get(&key).and_then(Value::as_f64);
        let (goal_text, mut met) = match &row.goal {
            None => (String::new(), None),
            Some(Goal::Ratio(most)) => (format!("≤ {most}x"), Some(ratio <= *most)),
            Some(Goal::OverBaseline(most)) => {
                (format!("≤ {} µs over", most / 1000.0), Some(median - baseline <= *most))
            }
            Some(Goal::Absolute(most)) => (format!("≤ {}", shown(*most)), Some(median <= *most)),
        };
        let mut goal_text = goal_text;
        if ONE_ALLOCATION.contains(&key.as_str()) {
            let one = allocated.is_some_and(|count| count <= 1.0);
            met = Some(met.unwrap_or(true) && one);
            goal_text =
                if goal_text.is_empty() { "one allocation".to_owned() } else { format!("{goal_text}, one allocation") };
        }
        all_met &= met.unwrap_or(true);
        let _ = writeln!(
            table,
            "| {} | {} | {} | {:.2} | {} | {} | {} |",
            row.group,
            row.name,
            shown(median),
            ratio,
            allocated.map_or_else(|| "-".to_owned(), |count| format!("{count}")),
            goal_text,
            met.map_or("", |met| if met { "yes" } else { "NO" }),
        );
        rows.push(json!({
            "group": row.group, "approach": row.name, "median_ns": median, "baseline": row.baseline,
            "ratio": ratio, "allocations_per_call": allocated, "goal": goal_text, "met": met,
        }));
    }
    println!("\n{table}");
    let summary = json!({ "rows": rows, "all_goals_met": all_met });
    let path = target.join("bench-summary.json");
    std::fs::write(&path, serde_json::to_string_pretty(&summary)?)
        .with_context(|| format!("cannot write {}", path.display()))?;
    println!("wrote {}", path.display());
    Ok(if all_met { 0 } else { 1 })
}

/// Where cargo builds: `CARGO_TARGET_DIR` (relative to the root when relative), else `target/`.
fn target_dir(root: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => root.join(dir),
        None => root.join("target"),
    }
}

/// Criterion's median estimate for one benchmark, in nanoseconds.
fn median(target: &Path, group: &str, name: &str) -> anyhow::Result<f64> {
    let path = target.join("criterion").join(group).join(name).join("new/estimates.json");
    let text = std::fs::read_to_string(&path).with_context(|| format!("no estimate at {}", path.display()))?;
    let estimates: Value = serde_json::from_str(&text)?;
    estimates["median"]["point_estimate"].as_f64().with_context(|| format!("no median in {}", path.display()))
}

fn median_of_baseline(target: &Path, row: &Row) -> anyhow::Result<f64> {
    median(target, row.group, row.baseline)
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
