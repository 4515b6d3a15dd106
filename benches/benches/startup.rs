//! Start-up: a fresh process that renders one message, against one that only exits.
//!
//! The two are also run in turn, an exit then a render, and the difference timed: a machine whose
//! speed drifts between two groups of samples moves both sides of each pair alike.

use std::process::Command;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};

fn run(mode: &str) {
    let status = Command::new(env!("CARGO_BIN_EXE_first-render")).arg(mode).status();
    assert!(status.is_ok_and(|status| status.success()), "first-render {mode} failed");
}

/// How long `mode` takes, once.
fn timed(mode: &str) -> Duration {
    let start = Instant::now();
    run(mode);
    start.elapsed()
}

fn benchmarks(c: &mut Criterion) {
    let mut group = c.benchmark_group("startup");
    group.sample_size(50);
    group.bench_function("process_exit_baseline", |b| b.iter(|| run("exit")));
    group.bench_function("process_first_render", |b| b.iter(|| run("render")));
    // What the render adds, pair by pair; a sample whose renders took less than its exits counts
    // as a nanosecond per pair (criterion takes no zero), which can only make the figure larger.
    group.bench_function("process_first_render_over_exit", |b| {
        b.iter_custom(|iterations| {
            let (mut exits, mut renders) = (Duration::ZERO, Duration::ZERO);
            for _ in 0..iterations {
                exits += timed("exit");
                renders += timed("render");
            }
            renders.saturating_sub(exits).max(Duration::from_nanos(iterations))
        });
    });
    group.finish();
}

criterion_group!(startup, benchmarks);
criterion_main!(startup);
