//! Live reload under load: readers never see a mix of two versions, a failed reload changes nothing.

// A failed unwrap or panic in a test is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use vod_error_codes::{Message, VodError};
use vod_error_l10n::{LiveCatalog, LoadError};

/// A copy of the repository's `en-US` whose `forbidden` message and description end with `marker`.
fn version(root: &Path, name: &str, marker: &str) -> PathBuf {
    let dir = root.join(name);
    fs::create_dir_all(dir.join("en-US")).unwrap();
    for entry in fs::read_dir(vod_errors_suite::repository_locales().join("en-US")).unwrap() {
        let path = entry.unwrap().path();
        let mut text = fs::read_to_string(&path).unwrap();
        text = text.replace(
            "forbidden = User not authorized to operate on the specified resource.",
            &format!("forbidden = User not authorized to operate on the specified resource. {marker}"),
        );
        text = text.replace(
            "see [Overview](/intl.en-US/Developer Guide/Access authorization/Overview.md).",
            &format!("see [Overview](/intl.en-US/Developer Guide/Access authorization/Overview.md). {marker}"),
        );
        fs::write(dir.join("en-US").join(path.file_name().unwrap()), text).unwrap();
    }
    dir
}

/// Points the `current` link at `target`, atomically, as a deployment would.
fn switch(root: &Path, target: &Path) {
    let temporary = root.join("current.new");
    let _ = fs::remove_file(&temporary);
    std::os::unix::fs::symlink(target, &temporary).unwrap();
    fs::rename(&temporary, root.join("current")).unwrap();
}

#[test]
fn readers_never_mix_versions_and_a_failed_reload_keeps_the_last_good_catalogue() {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("live-reload");
    let _ = fs::remove_dir_all(&root);
    fs::create_dir_all(&root).unwrap();
    let one = version(&root, "one", "[v1]");
    let two = version(&root, "two", "[v2]");
    let broken = version(&root, "broken", "[broken]");
    fs::write(broken.join("en-US/errors.ftl"), "forbidden = {\n").unwrap();
    switch(&root, &one);
    let live = Arc::new(LiveCatalog::load(&root.join("current")).unwrap());
    let stop = Arc::new(AtomicBool::new(false));

    let readers: Vec<_> = (0..4)
        .map(|_| {
            let live = Arc::clone(&live);
            let stop = Arc::clone(&stop);
            std::thread::spawn(move || {
                let mut seen = [0usize; 2];
                while !stop.load(Ordering::Relaxed) {
                    let catalog = live.current();
                    let localizer = catalog.localizer_for_accept_language("en-US");
                    let message = localizer.message(&VodError::Forbidden()).text;
                    let description = localizer.description(Message::Forbidden).text;
                    let version = if message.ends_with("[v1]") { 0 } else { 1 };
                    assert!(message.ends_with(["[v1]", "[v2]"][version]), "{message}");
                    assert!(description.ends_with(["[v1]", "[v2]"][version]), "mixed: {message} / {description}");
                    seen[version] += 1;
                }
                seen
            })
        })
        .collect();

    for round in 0..60 {
        switch(&root, if round % 2 == 0 { &two } else { &one });
        live.reload().unwrap();
        if round % 10 == 0 {
            let before = live.generation();
            switch(&root, &broken);
            let error = live.reload().unwrap_err();
            assert!(matches!(error, LoadError::Invalid { .. }), "{error:?}");
            assert_eq!(live.generation(), before, "a failed reload changes nothing");
            let catalog = live.current();
            let text = catalog.localizer_for_accept_language("en-US").message(&VodError::Forbidden()).text;
            assert!(text.ends_with("[v1]") || text.ends_with("[v2]"), "{text}");
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    }
    stop.store(true, Ordering::Relaxed);
    let seen = readers.into_iter().map(|reader| reader.join().unwrap()).fold([0, 0], |a, b| [a[0] + b[0], a[1] + b[1]]);
    assert!(seen[0] > 0 && seen[1] > 0, "both versions were read: {seen:?}");
    assert_eq!(live.generation(), 60);
}

/// Reloads from several threads at once run one at a time: every reload gets its own
/// generation, and the generation read with a snapshot names the catalogue it came with.
#[test]
fn concurrent_reloads_are_serialized_and_generations_name_what_is_installed() {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("live-reload-concurrent");
    let _ = fs::remove_dir_all(&root);
    fs::create_dir_all(&root).unwrap();
    let one = version(&root, "one", "[v1]");
    let two = version(&root, "two", "[v2]");
    switch(&root, &one);
    let live = Arc::new(LiveCatalog::load(&root.join("current")).unwrap());
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let live = Arc::clone(&live);
            std::thread::spawn(move || (0..10).map(|_| live.reload().unwrap().generation).collect::<Vec<u64>>())
        })
        .collect();
    let mut generations: Vec<u64> = threads.into_iter().flat_map(|thread| thread.join().unwrap()).collect();
    generations.sort_unstable();
    assert_eq!(generations, (1..=40).collect::<Vec<u64>>());
    assert_eq!(live.generation(), 40);

    // The folder changes, then is reloaded: the generation that comes with the snapshot is the new one.
    switch(&root, &two);
    let reloaded = live.reload().unwrap();
    let (generation, catalog) = live.snapshot();
    assert_eq!(generation, reloaded.generation);
    let text = catalog.localizer_for_accept_language("en-US").message(&VodError::Forbidden()).text;
    assert!(text.ends_with("[v2]"), "{text}");
}
