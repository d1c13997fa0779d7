//! `--device`: CUDA asked for where there is none is one clear error before any work,
//! int8 is refused on CUDA, and `auto` falls back to the CPU.

mod common;

use std::fs;

/// True (and says so) where CUDA is usable, so that the no-CUDA assertions are skipped.
fn cuda_here() -> bool {
    let yes = tch::Cuda::is_available();
    if yes {
        eprintln!("CUDA is available here: the no-CUDA assertions are skipped");
    }
    yes
}

#[test]
fn cuda_without_cuda_is_one_clear_error() {
    common::encoder_dir();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let out_s = out.to_str().unwrap();
    // int8 runs on the CPU only, whatever the machine.
    let o = common::depeche(&[
        "analyze",
        "corpora/sample",
        "--out",
        out_s,
        "--device",
        "cuda",
        "--precision",
        "int8",
    ]);
    common::assert_one_clear_line(&o, &["--precision int8 runs on the CPU only"]);
    assert!(!out.exists(), "output folder created before the error");
    if cuda_here() {
        return;
    }
    for args in [
        &[
            "analyze",
            "corpora/sample",
            "--out",
            out_s,
            "--device",
            "cuda",
        ][..],
        &["evaluate", "ner", "--conll", "x.conll", "--device", "cuda"][..],
        &["models", "embed", "bonjour", "--device", "cuda"][..],
    ] {
        let o = common::depeche(args);
        common::assert_one_clear_line(
            &o,
            &[
                "--device cuda: CUDA requested but",
                "without CUDA support",
                "DEPECHE_CUDA=1 scripts/setup",
                "README, GPU",
            ],
        );
    }
    assert!(!out.exists(), "output folder created before the error");
}

#[test]
fn auto_runs_on_the_cpu_without_cuda() {
    common::encoder_dir();
    if cuda_here() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let o = common::depeche(&[
        "analyze",
        "corpora/sample",
        "--out",
        out.to_str().unwrap(),
        "--device",
        "auto",
    ]);
    let err = common::stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(err.contains("models (f32, cpu): ner "), "{err}");
    // A CPU run keeps the fingerprint of runs made before --device existed.
    let state = fs::read_to_string(out.join(".depeche/state.json")).unwrap();
    assert!(state.contains("precision f32"), "{state}");
    assert!(!state.contains("device"), "{state}");
}
