//! The real `vod-errors` binary, run as a process: exit statuses, streams and the locale environment.

// A failed unwrap or panic in a test is a failed test, with its message.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::process::Command;

/// One run of the binary: its arguments, `LANG`, the exit status, and text stdout must contain.
struct Case {
    args: &'static [&'static str],
    lang: &'static str,
    status: i32,
    stdout_contains: &'static str,
    stderr_contains: &'static str,
}

const CASES: &[Case] = &[
    Case {
        args: &["explain", "MissingParameter", "--lang", "zh-CN", "--arg", "parameter=VideoId"],
        lang: "C",
        status: 0,
        stdout_contains: "缺少处理此请求所必需的输入参数 VideoId。",
        stderr_contains: "",
    },
    Case {
        args: &["explain", "OperationDenied.Suspended"],
        lang: "ja_JP.UTF-8",
        status: 0,
        stdout_contains: "parent:       OperationDenied",
        stderr_contains: "",
    },
    Case {
        args: &["explain", "Nope"],
        lang: "C",
        status: 1,
        stdout_contains: "",
        stderr_contains: "unknown error code",
    },
    Case {
        args: &["frobnicate"],
        lang: "C",
        status: 2,
        stdout_contains: "",
        stderr_contains: "unrecognized subcommand",
    },
    Case { args: &["--version"], lang: "C", status: 0, stdout_contains: "vod-errors ", stderr_contains: "" },
];

fn check(case: &Case) {
    let output = Command::new(env!("CARGO_BIN_EXE_vod-errors"))
        .args(case.args)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", case.lang)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(case.status), "{:?}\n{stdout}\n{stderr}", case.args);
    assert!(stdout.contains(case.stdout_contains), "{:?}: {stdout}", case.args);
    assert!(stderr.contains(case.stderr_contains), "{:?}: {stderr}", case.args);
}

#[test]
fn binary_runs() {
    for case in CASES {
        check(case);
    }
}
