//! Shared helpers for the integration tests: the real binary and the real resources.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn depeche(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_depeche"))
        .args(args)
        .current_dir(repo())
        .output()
        .expect("run depeche")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string()
}

/// The converted encoder must be there: the README's test command runs scripts/setup
/// first, so its absence is a failure, not a skip.
pub fn encoder_dir() -> PathBuf {
    let dir = depeche::resources::encoder_dir(None);
    assert!(
        dir.join("encoder.safetensors").is_file(),
        "{}: no converted encoder; run scripts/setup (the README's test command does)",
        dir.display()
    );
    dir
}

pub fn shared() -> PathBuf {
    repo().join("..").join("shared")
}

pub fn assert_one_clear_line(o: &Output, must_contain: &[&str]) {
    let err = stderr(o);
    assert_eq!(o.status.code(), Some(1), "exit code; stderr: {err}");
    assert!(
        !err.contains("panicked"),
        "panic instead of an error: {err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "one line expected: {err}");
    for m in must_contain {
        assert!(err.contains(m), "{m:?} not in {err}");
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}
