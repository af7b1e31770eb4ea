//! Feeds arbitrary bytes to `extract_bytes`: it must return an article or an
//! error, never panic, hang or overflow the stack.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = bodycopy::extract_bytes(data);
});
