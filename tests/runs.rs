//! Whole runs: interrupted runs leave no half-written output, `--resume` gives the same
//! bytes as an uninterrupted run, and outputs do not depend on thread count or batch size.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

const OUTPUTS: [&str; 7] = [
    "entities.csv",
    "statements.csv",
    "documents.jsonl",
    "matrix.csv",
    "matrix_wide.csv",
    "matrix.svg",
    "manifest.csv",
];

/// Runs `depeche analyze corpora/sample --out OUT ARGS…`, aborting the process after
/// `abort_after` batches when given (the test hook stands for a kill).
fn analyze(out: &Path, args: &[&str], abort_after: Option<usize>) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_depeche"));
    c.args(["analyze", "corpora/sample", "--out", out.to_str().unwrap()])
        .args(args)
        .current_dir(common::repo());
    if let Some(n) = abort_after {
        c.env("DEPECHE_TEST_ABORT_AFTER_BATCHES", n.to_string());
    }
    c.output().expect("run depeche")
}

/// The outputs of a run folder, by name (absent ones left out).
fn outputs(out: &Path) -> BTreeMap<&'static str, Vec<u8>> {
    OUTPUTS
        .iter()
        .filter_map(|n| fs::read(out.join(n)).ok().map(|b| (*n, b)))
        .collect()
}

fn assert_same(a: &Path, b: &Path) {
    let (x, y) = (outputs(a), outputs(b));
    assert_eq!(x.len(), OUTPUTS.len(), "{}: outputs missing", a.display());
    for (name, bytes) in &x {
        assert!(
            y.get(name) == Some(bytes),
            "{name} differs between {} and {}",
            a.display(),
            b.display()
        );
    }
}

#[test]
fn resume_after_a_kill_gives_the_same_bytes() {
    common::encoder_dir();
    let dir = tempfile::tempdir().unwrap();
    let (whole, cut) = (dir.path().join("whole"), dir.path().join("cut"));
    let o = analyze(&whole, &["--batch-files", "4"], None);
    assert!(o.status.success(), "{}", common::stderr(&o));

    // Killed after two batches of four files: no final output exists yet, the
    // results of eight documents are kept.
    let o = analyze(&cut, &["--batch-files", "4"], Some(2));
    assert!(!o.status.success());
    assert!(outputs(&cut).is_empty(), "a killed first run wrote outputs");
    let kept = fs::read_dir(cut.join(".depeche/docs")).unwrap().count();
    assert!(kept >= 4, "only {kept} results kept");

    let o = analyze(&cut, &["--batch-files", "4", "--resume"], None);
    assert!(o.status.success(), "{}", common::stderr(&o));
    assert!(
        common::stderr(&o).contains(&format!("{kept} documents resumed")),
        "{}",
        common::stderr(&o)
    );
    assert_same(&whole, &cut);
}

#[test]
fn outputs_do_not_depend_on_threads_or_batches() {
    common::encoder_dir();
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a"), dir.path().join("b"));
    let o = analyze(&a, &["--threads", "1", "--batch-files", "1"], None);
    assert!(o.status.success(), "{}", common::stderr(&o));
    let o = analyze(&b, &["--threads", "2", "--batch-files", "64"], None);
    assert!(o.status.success(), "{}", common::stderr(&o));
    assert_same(&a, &b);
}

#[test]
fn a_killed_run_leaves_the_previous_outputs_whole() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let o = analyze(&out, &["--no-models"], None);
    assert!(o.status.success(), "{}", common::stderr(&o));
    let before = outputs(&out);
    assert_eq!(before.len(), OUTPUTS.len());

    // A second run killed half-way, with other settings: the complete outputs of the
    // first run are still there, untouched; the half-written ones have temporary names.
    let o = analyze(
        &out,
        &["--no-models", "--batch-files", "3", "--min-support", "2"],
        Some(2),
    );
    assert!(!o.status.success());
    assert_eq!(outputs(&out), before);
    assert!(out.join(".statements.csv.tmp").exists());
    for name in ["entities.csv", "statements.csv", "manifest.csv"] {
        let mut csv = csv::Reader::from_path(out.join(name)).unwrap();
        assert!(csv.records().all(|r| r.is_ok()), "{name} is not whole");
    }
}

#[test]
fn resume_refuses_results_made_with_other_settings() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let o = analyze(&out, &["--no-models", "--batch-files", "3"], Some(1));
    assert!(!o.status.success());
    // The model path is another fingerprint than the rules-only path.
    common::encoder_dir();
    let o = analyze(&out, &["--resume"], None);
    common::assert_one_clear_line(&o, &["state.json", "--resume", "other settings"]);
    // Without --resume the run starts again.
    let o = analyze(&out, &["--no-models"], None);
    assert!(o.status.success(), "{}", common::stderr(&o));
    assert_eq!(outputs(&out).len(), OUTPUTS.len());
}

#[test]
fn the_rules_only_path_finds_the_sample_statements() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let o = analyze(&out, &["--no-models"], None);
    assert!(o.status.success(), "{}", common::stderr(&o));
    let rows = csv::Reader::from_path(out.join("statements.csv"))
        .unwrap()
        .records()
        .count();
    assert!(rows > 50, "only {rows} statements without models");
}
