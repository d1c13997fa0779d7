//! Statements end to end: the seed dispatch as acceptance test, the labelled fixtures
//! (development and held-out test parts) against the co-occurrence baseline, and the
//! statements output of `analyze`.

mod common;

fn evaluate(gold: &[&str]) -> serde_json::Value {
    let mut args = vec!["evaluate", "--json"];
    for g in gold {
        args.push("--gold");
        args.push(g);
    }
    let o = common::depeche(&args);
    assert!(o.status.success(), "{}", common::stderr(&o));
    serde_json::from_str(&common::stdout(&o)).unwrap()
}

fn f(v: &serde_json::Value, path: &str) -> f64 {
    v.pointer(path)
        .and_then(|x| x.as_f64())
        .unwrap_or_else(|| panic!("{path} in {v}"))
}

/// ../shared/gold/seed.jsonl: every statement pair found, none invented.
#[test]
fn seed_dispatch_pairs() {
    common::encoder_dir();
    let seed = common::shared().join("gold/seed.jsonl");
    let v = evaluate(&[seed.to_str().unwrap()]);
    println!(
        "{}",
        serde_json::to_string_pretty(&v["statements"]).unwrap()
    );
    assert_eq!(f(&v, "/statements/pair_recall"), 1.0);
    assert!(f(&v, "/statements/pair_precision") >= 0.9);
    assert!(f(&v, "/statements/speaker_match") >= 0.5);
}

/// Regression guards on the fixtures, measured by the evaluate command (the issue's
/// targets on the test part: pair F1 ≥ 0.85, speaker match ≥ 0.90; today 0.856 and
/// 0.940); these floors sit just under today's figures and must only go up.
#[test]
fn fixtures_beat_the_cooccurrence_baseline() {
    common::encoder_dir();
    let dev = evaluate(&["corpora/gold/sample.jsonl", "corpora/gold/dev.jsonl"]);
    let dev2 = evaluate(&["corpora/gold/dev2.jsonl"]);
    let dev3 = evaluate(&["corpora/gold/dev3.jsonl"]);
    let dev4 = evaluate(&["corpora/gold/dev4.jsonl"]);
    let dev5 = evaluate(&["corpora/gold/dev5.jsonl"]);
    let dev6 = evaluate(&["corpora/gold/dev6.jsonl"]);
    let dev7 = evaluate(&["corpora/gold/dev7.jsonl"]);
    let dev8 = evaluate(&["corpora/gold/dev8.jsonl"]);
    let dev9 = evaluate(&["corpora/gold/dev9.jsonl"]);
    let dev10 = evaluate(&["corpora/gold/dev10.jsonl"]);
    let dev11 = evaluate(&["corpora/gold/dev11.jsonl"]);
    let test = evaluate(&["corpora/gold/test.jsonl"]);
    for (name, v, floor) in [
        ("development", &dev, 0.94),
        ("dev2", &dev2, 0.92),
        ("dev3", &dev3, 0.90),
        ("dev4", &dev4, 0.91),
        ("dev5", &dev5, 0.84),
        ("dev6", &dev6, 0.83),
        ("dev7", &dev7, 0.86),
        ("dev8", &dev8, 0.82),
        ("dev9", &dev9, 0.88),
        ("dev10", &dev10, 0.75),
        ("dev11", &dev11, 0.80),
        ("test", &test, 0.84),
    ] {
        let ours = f(v, "/statements/pair_f1");
        let base = f(v, "/baseline_cooccurrence/pair_f1");
        println!(
            "{name}: pair F1 {ours:.4} (baseline {base:.4}), speaker {:.4}",
            f(v, "/statements/speaker_match")
        );
        assert!(ours >= floor, "{name} pair F1 {ours}");
        assert!(ours >= base + 0.1, "{name}: {ours} vs baseline {base}");
        assert!(f(v, "/statements/speaker_match") >= 0.85);
    }
}

#[test]
fn analyze_writes_statements() {
    common::encoder_dir();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let seed = common::shared().join("gold/seed.jsonl");
    let o = common::depeche(&[
        "analyze",
        seed.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    let mut csv = csv::Reader::from_path(out.join("statements.csv")).unwrap();
    assert_eq!(
        csv.headers().unwrap(),
        vec![
            "doc_id",
            "sentence",
            "speaker",
            "speaker_actor",
            "target",
            "target_actor",
            "stance",
            "score",
            "kind",
            "cue",
            "evidence",
            "start",
            "end"
        ]
    );
    let rows: Vec<csv::StringRecord> = csv.records().map(Result::unwrap).collect();
    assert!(rows
        .iter()
        .any(|r| &r[3] == "CHN" && &r[5] == "AUS" && &r[6] == "negative"));
    // The evidence offsets slice the document text.
    let doc: depeche::document::Document = serde_json::from_str(
        std::fs::read_to_string(out.join("documents.jsonl"))
            .unwrap()
            .lines()
            .next()
            .unwrap(),
    )
    .unwrap();
    let chars: Vec<char> = doc.text.chars().collect();
    for r in &rows {
        let (s, e): (usize, usize) = (r[11].parse().unwrap(), r[12].parse().unwrap());
        let slice: String = chars[s..e].iter().collect();
        assert_eq!(slice.trim(), &r[10]);
    }
}
