//! A synthetic catalogue of 1,000 codes in 30 locales: the whole check, and the first render.

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use vod_error_check::check_locales;
use vod_error_l10n::Catalog;
use vod_error_l10n::loader::read_locales_dir;
use vod_errors_benches::write_synthetic_catalogue;

const CODES: usize = 1000;
const LOCALES: usize = 30;

fn benchmarks(c: &mut Criterion) {
    let dir = vod_errors_benches::target_dir().join("synthetic-catalogue");
    let _ = std::fs::remove_dir_all(&dir);
    let Ok(table) = write_synthetic_catalogue(&dir, CODES, LOCALES) else {
        eprintln!("cannot write the synthetic catalogue to {}", dir.display());
        return;
    };
    let Ok(sources) = read_locales_dir(&dir) else { return };
    let report = check_locales(&table, &sources);
    assert_eq!(report.findings.len(), 0, "the synthetic catalogue is not clean:\n{}", report.render(false));

    let mut group = c.benchmark_group("scale_1000_codes_30_locales");
    group.sample_size(10);
    group.bench_function("check_folder", |b| {
        b.iter(|| {
            let sources = read_locales_dir(black_box(&dir)).unwrap_or_default();
            black_box(check_locales(&table, &sources))
        });
    });
    // What `vod-errors --locales-dir … explain` runs: the folder opened, `en-US` checked, and
    // only the locales the request reaches compiled (the sources are read outside the timing, as
    // for the row below).
    group.bench_function("first_render", |b| {
        b.iter_batched(
            || (sources.clone(), table.clone()),
            |(sources, table)| {
                let opened = Catalog::open_sources(&dir, sources, table);
                let text = opened.map(|opened| {
                    opened.catalog.localizer_for_accept_language("de-DE").text("synthetic-code-0999", None, &[]).text
                });
                black_box(text.unwrap_or_default())
            },
            BatchSize::LargeInput,
        );
    });
    // What `serve --locales-dir` and a reload run: every locale checked and compiled first.
    group.bench_function("load_whole_first_render", |b| {
        b.iter(|| {
            let loaded = Catalog::load_sources(&dir, black_box(&sources), &table);
            let text = loaded.map(|loaded| {
                loaded.catalog.localizer_for_accept_language("de-DE").text("synthetic-code-0999", None, &[]).text
            });
            black_box(text.unwrap_or_default())
        });
    });
    group.bench_function("clone_sources_baseline", |b| b.iter(|| black_box(sources.clone())));
    group.finish();

    // What `cargo xtask check` does on the repository, less the process and the report's printing.
    let repository = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../locales");
    let table = vod_error_check::repository_table();
    let mut group = c.benchmark_group("check_repository");
    group.sample_size(10);
    group.bench_function("read_and_check", |b| {
        b.iter(|| {
            let sources = read_locales_dir(black_box(&repository)).unwrap_or_default();
            black_box(check_locales(&table, &sources))
        });
    });
    group.finish();
}

criterion_group!(scale, benchmarks);
criterion_main!(scale);
