//! Benchmark support: the synthetic catalogue generator and the figures every benchmark shares.
//!
//! `cargo xtask bench` runs the benchmarks in `benches/`; each measures ours beside its baselines
//! in the same run, so that the report speaks in ratios, not in machine-dependent nanoseconds.

#![forbid(unsafe_code)]

use std::fmt::Write as _;
use std::io;
use std::path::{Path, PathBuf};

use vod_error_check::PAGE_MESSAGES;
use vod_error_l10n::loader::{REVIEW_FILE, ReviewRecord, read_locales_dir, source_texts};
use vod_error_l10n::{MessageSpec, MessageTable};

/// The workspace's target folder: `CARGO_TARGET_DIR` when set (`cargo xtask bench` sets it to
/// an absolute path), else `target/` beside this package. Benchmarks write their extra figures
/// and the synthetic catalogue there.
pub fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if Path::new(&dir).is_absolute() => PathBuf::from(dir),
        _ => Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"),
    }
}

/// The argument every benchmarked render uses.
pub const PARAMETER: &str = "VideoId";

/// Fifty distinct `Accept-Language` values as real browsers send them (Chrome, Firefox, Safari and
/// Edge, in the languages of the catalogue and some it lacks): the mix the negotiation and the
/// HTTP benchmarks cycle through, so that they measure the path a server runs, not one value.
pub const BROWSER_HEADERS: [&str; 50] = [
    "en-US,en;q=0.9",
    "en-US,en;q=0.5",
    "en-GB,en;q=0.9,en-US;q=0.8",
    "en-US,en;q=0.9,zh-CN;q=0.8",
    "en,ja;q=0.9",
    "zh-CN,zh;q=0.9",
    "zh-CN,zh;q=0.9,en;q=0.8",
    "zh-CN,zh;q=0.8,zh-TW;q=0.7,zh-HK;q=0.5,en-US;q=0.3,en;q=0.2",
    "zh-TW,zh;q=0.9,en-US;q=0.8,en;q=0.7",
    "zh-TW,zh;q=0.8,en-US;q=0.5,en;q=0.3",
    "zh-HK,zh;q=0.9,en;q=0.8",
    "zh-Hant-HK",
    "ja,en-US;q=0.9,en;q=0.8",
    "ja-JP,ja;q=0.9",
    "ja,en-US;q=0.7,en;q=0.3",
    "ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7",
    "ko,en-US;q=0.7,en;q=0.3",
    "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7",
    "de,en-US;q=0.7,en;q=0.3",
    "de-AT,de;q=0.9,en;q=0.8",
    "fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7",
    "fr,fr-FR;q=0.8,en-US;q=0.5,en;q=0.3",
    "fr-CA,fr;q=0.9,en-CA;q=0.8,en;q=0.7",
    "es-ES,es;q=0.9,en;q=0.8",
    "es-ES,es;q=0.8,en-US;q=0.5,en;q=0.3",
    "es-MX,es;q=0.9,en;q=0.8",
    "es-419,es;q=0.9",
    "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7",
    "pt-BR,pt;q=0.8,en-US;q=0.5,en;q=0.3",
    "pt-PT,pt;q=0.9,en;q=0.8",
    "it-IT,it;q=0.9,en-US;q=0.8,en;q=0.7",
    "it,en-US;q=0.7,en;q=0.3",
    "ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7",
    "ru,en;q=0.9",
    "tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7",
    "ar-SA,ar;q=0.9,en-US;q=0.8,en;q=0.7",
    "ar,en-US;q=0.7,en;q=0.3",
    "ar-EG,ar;q=0.9,en;q=0.8",
    "hi-IN,hi;q=0.9,en-US;q=0.8,en;q=0.7",
    "th-TH,th;q=0.9,en;q=0.8",
    "th,en-US;q=0.7,en;q=0.3",
    "vi-VN,vi;q=0.9,fr-FR;q=0.8,fr;q=0.7,en-US;q=0.6,en;q=0.5",
    "id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7",
    "id,en-US;q=0.7,en;q=0.3",
    "ms-MY,ms;q=0.9,en;q=0.8",
    "nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7",
    "sv-SE,sv;q=0.9,en-US;q=0.8,en;q=0.7",
    "pl-PL,pl;q=0.9,en-US;q=0.8,en;q=0.7",
    "uk-UA,uk;q=0.9,ru;q=0.8,en-US;q=0.7,en;q=0.6",
    "th-TH-u-nu-thai,th;q=0.9,en;q=0.8",
];

/// More distinct `Accept-Language` values than a catalogue's cache holds: the browser headers,
/// each with a distinct tail that names no language. For measuring negotiation when every value
/// is new.
pub fn distinct_headers(count: usize) -> Vec<String> {
    (0..count).map(|n| format!("{},x-{n};q=0.1", BROWSER_HEADERS[n % BROWSER_HEADERS.len()])).collect()
}

/// How many rounds [`interleaved_ratio`] takes the median of.
pub const INTERLEAVED_ROUNDS: usize = 41;

/// The time of `candidate` over the time of `baseline`, measured in turn: in each round a block of
/// calls of one, then of the other (which goes first alternates), and the median of the rounds'
/// ratios. A goal's ratio is read from this rather than from two medians taken seconds apart, so
/// that a noisy machine's slow spell slows both sides of the ratio alike.
pub fn interleaved_ratio(baseline: &mut dyn FnMut(), candidate: &mut dyn FnMut()) -> f64 {
    // A block of about half a millisecond of the slower of the two.
    let calls = calls_per_block(baseline).min(calls_per_block(candidate)).max(1);
    let mut ratios: Vec<f64> = (0..INTERLEAVED_ROUNDS)
        .map(|round| {
            let (first, second) = if round % 2 == 0 {
                (time_block(baseline, calls), time_block(candidate, calls))
            } else {
                let candidate_time = time_block(candidate, calls);
                (time_block(baseline, calls), candidate_time)
            };
            second / first.max(f64::MIN_POSITIVE)
        })
        .collect();
    ratios.sort_by(f64::total_cmp);
    ratios[ratios.len() / 2]
}

/// How many calls of `run` take about half a millisecond (after a warm-up).
fn calls_per_block(run: &mut dyn FnMut()) -> usize {
    const BLOCK_SECONDS: f64 = 0.0005;
    let mut calls = 1usize;
    loop {
        let seconds = time_block(run, calls);
        if seconds >= BLOCK_SECONDS / 4.0 || calls >= 1 << 24 {
            return ((calls as f64) * BLOCK_SECONDS / seconds.max(f64::MIN_POSITIVE)).ceil() as usize;
        }
        calls *= 2;
    }
}

/// The seconds `calls` calls of `run` take.
fn time_block(run: &mut dyn FnMut(), calls: usize) -> f64 {
    let started = std::time::Instant::now();
    for _ in 0..calls {
        run();
    }
    started.elapsed().as_secs_f64()
}

/// Writes a benchmark's interleaved ratios, keyed `group/approach/baseline`, with the number of
/// rounds, to `bench-interleaved-<bench>.json` in the target folder, where `cargo xtask bench`
/// reads them.
pub fn write_interleaved(bench: &str, ratios: &serde_json::Map<String, serde_json::Value>) -> io::Result<()> {
    let path = target_dir().join(format!("bench-interleaved-{bench}.json"));
    std::fs::write(path, serde_json::json!({ "rounds": INTERLEAVED_ROUNDS, "ratios": ratios }).to_string())
}

/// The text `format!` and the other baselines build, with [`PARAMETER`].
pub fn expected_message() -> String {
    format!("The input parameter {PARAMETER} that is mandatory for processing this request is not supplied.")
}

/// Thirty locale tags for synthetic catalogues, `en-US` first.
pub const SYNTHETIC_TAGS: [&str; 30] = [
    "en-US", "ar-SA", "bg-BG", "cs-CZ", "da-DK", "de-DE", "el-GR", "es-ES", "fi-FI", "fr-FR", "he-IL", "hi-IN",
    "hu-HU", "id-ID", "it-IT", "ja-JP", "ko-KR", "ms-MY", "nb-NO", "nl-NL", "pl-PL", "pt-BR", "ro-RO", "ru-RU",
    "sv-SE", "th-TH", "tr-TR", "uk-UA", "vi-VN", "zh-CN",
];

/// Writes a synthetic catalogue of `codes` codes in the first `locales` of [`SYNTHETIC_TAGS`] to
/// `dir`, laid out like `locales/`, and returns its code table. The catalogue passes the check
/// with no finding, so that checking it exercises every check on clean input.
pub fn write_synthetic_catalogue(dir: &Path, codes: usize, locales: usize) -> io::Result<MessageTable> {
    let table = synthetic_table(codes);
    for (position, tag) in SYNTHETIC_TAGS.iter().take(locales).enumerate() {
        let folder = dir.join(tag);
        std::fs::create_dir_all(&folder)?;
        let marker = if position == 0 { String::new() } else { format!("[{tag}] ") };
        let mut errors = String::from("### A synthetic catalogue for the scale benchmarks.\n\n");
        for (index, spec) in table.messages().iter().filter(|spec| spec.description).enumerate() {
            let argument = spec.arguments.first().map_or(String::new(), |(name, _)| format!(" {{ ${name} }}"));
            let _ = write!(
                errors,
                "{} = {marker}Message number {index} of the synthetic table{argument} failed.\n    .description = {marker}Why message {index} happens, in some detail.\n\n",
                spec.id
            );
        }
        std::fs::write(folder.join("errors.ftl"), errors)?;
        let mut page = String::from("### The page strings.\n\n");
        for id in PAGE_MESSAGES {
            let _ = writeln!(page, "{id} = {marker}Page text {id}");
        }
        std::fs::write(folder.join("page.ftl"), page)?;
        let terms = format!("### Terms.\n\n-language-name = {marker}Synthetic {tag}\n-vod = VOD\n");
        std::fs::write(folder.join("terms.ftl"), terms)?;
    }
    // Every translation reviewed against today's English, so that no warning stands out.
    let english = read_locales_dir(dir)
        .map_err(io::Error::other)?
        .into_iter()
        .find(|locale| locale.tag == "en-US")
        .map(|locale| source_texts(&locale))
        .unwrap_or_default();
    for tag in SYNTHETIC_TAGS.iter().take(locales).skip(1) {
        let record = ReviewRecord { reviewed_sources: english.clone(), ..ReviewRecord::default() };
        std::fs::write(dir.join(tag).join(REVIEW_FILE), record.to_json())?;
    }
    Ok(table)
}

/// A message table of `codes` error messages and the page strings; every third message takes
/// the argument `parameter`.
pub fn synthetic_table(codes: usize) -> MessageTable {
    let errors = (0..codes).map(|index| {
        let arguments: &[&str] = if index % 3 == 0 { &["parameter"] } else { &[] };
        MessageSpec::error(
            &format!("Synthetic.Code{index:04}"),
            &format!("synthetic-code-{index:04}"),
            arguments.iter().copied(),
        )
    });
    MessageTable::new(errors.collect()).with(PAGE_MESSAGES.iter().map(|&id| MessageSpec::text(id)))
}
