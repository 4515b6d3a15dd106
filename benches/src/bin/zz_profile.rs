//! temporary
use std::time::Instant;
use vod_error_l10n::loader::read_locales_dir;
fn main() {
    let dir = std::path::PathBuf::from("locales");
    let table = vod_error_check::repository_table();
    for i in 0..40 {
        let t = Instant::now();
        let sources = read_locales_dir(&dir).unwrap();
        let t1 = t.elapsed();
        let report = vod_error_check::check_locales(&table, &sources);
        let t2 = t.elapsed();
        if i % 10 == 0 { println!("read {:?} check {:?} ({})", t1, t2 - t1, report.findings.len()); }
    }
}
