//! The stance classifier (`models/stance-fr`) against the lexicon rule, on the held-out
//! part of `data/stance/examples.jsonl`, and the `--stance` switch of `analyze`.

mod common;

fn stance_scores() -> serde_json::Value {
    common::encoder_dir();
    let o = common::depeche(&["evaluate", "stance", "--split", "test", "--json"]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    serde_json::from_str(&common::stdout(&o)).unwrap()
}

/// Regression floors under today's figures (see README: the targets,
/// macro-F1 ≥ 0.85 and ECE ≤ 0.05, are not reached yet).
#[test]
fn model_beats_the_lexicon_on_the_test_part() {
    let v = stance_scores();
    println!("{}", serde_json::to_string_pretty(&v).unwrap());
    let model = v["model"]["macro_f1"].as_f64().unwrap();
    let lexicon = v["lexicon"]["macro_f1"].as_f64().unwrap();
    assert!(v["examples"].as_u64().unwrap() >= 200);
    assert!(model >= 0.80, "model macro-F1 {model}");
    assert!(
        model >= lexicon + 0.10,
        "model {model} vs lexicon {lexicon}"
    );
    assert!(v["model"]["ece"].as_f64().unwrap() <= 0.12);
}

#[test]
fn analyze_with_either_stance_source() {
    common::encoder_dir();
    let seed = common::shared().join("gold/seed.jsonl");
    // The lexicon rule gets the allies' call on China right; the model, not yet (see
    // README), but it does get the condemnations and the embassy's attack.
    let expected: [(&str, &[(&str, &str)]); 2] = [
        (
            "lexicon",
            &[
                ("USA", "CHN"),
                ("GBR", "CHN"),
                ("AUS", "CHN"),
                ("CHN", "AUS"),
            ],
        ),
        ("model", &[("USA", "CHN"), ("GBR", "CHN"), ("CHN", "AUS")]),
    ];
    for (mode, pairs) in expected {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out");
        let o = common::depeche(&[
            "analyze",
            seed.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--stance",
            mode,
        ]);
        assert!(o.status.success(), "{mode}: {}", common::stderr(&o));
        let mut csv = csv::Reader::from_path(out.join("statements.csv")).unwrap();
        let rows: Vec<csv::StringRecord> = csv.records().map(Result::unwrap).collect();
        for (from, to) in pairs {
            assert!(
                rows.iter()
                    .any(|r| &r[3] == *from && &r[5] == *to && &r[6] == "negative"),
                "{mode}: no negative {from} → {to}"
            );
        }
        for r in &rows {
            let score: f64 = r[7].parse().unwrap();
            assert!((-1.0..=1.0).contains(&score));
        }
    }
}
