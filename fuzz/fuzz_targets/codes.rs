//! Fuzz target: any text parsed as an error code gives a code or an error, never a panic.

#![no_main]
#![forbid(unsafe_code)]

use libfuzzer_sys::fuzz_target;
use vod_error_codes::ErrorCode;

fuzz_target!(|input: &str| {
    if let Ok(code) = input.parse::<ErrorCode>() {
        assert_eq!(code.as_str(), input);
    }
    if let Ok(code) = ErrorCode::lookup(input) {
        assert!(code.as_str().eq_ignore_ascii_case(input));
    }
});
