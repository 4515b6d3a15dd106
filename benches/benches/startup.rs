//! Start-up: a fresh process that renders one message, against one that only exits.

use std::process::Command;

use criterion::{Criterion, criterion_group, criterion_main};

fn run(mode: &str) {
    let status = Command::new(env!("CARGO_BIN_EXE_first-render")).arg(mode).status();
    assert!(status.is_ok_and(|status| status.success()), "first-render {mode} failed");
}

fn benchmarks(c: &mut Criterion) {
    let mut group = c.benchmark_group("startup");
    group.sample_size(50);
    group.bench_function("process_exit_baseline", |b| b.iter(|| run("exit")));
    group.bench_function("process_first_render", |b| b.iter(|| run("render")));
    group.finish();
}

criterion_group!(startup, benchmarks);
criterion_main!(startup);
