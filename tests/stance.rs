//! The stance classifier (`models/stance-fr`) against the lexicon rule, on the held-out
//! part of `data/stance/examples.jsonl`, and the `--stance` switch of `analyze`.

mod common;

fn stance_scores() -> serde_json::Value {
    common::encoder_dir();
    let o = common::depeche(&["evaluate", "stance", "--split", "test", "--json"]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    serde_json::from_str(&common::stdout(&o)).unwrap()
}

/// Regression floors under today's figures; the calibration error is the target
/// (ECE ≤ 0.05 over 10 equal-width bins), reached by `depeche calibrate stance`.
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
    let ece = v["model"]["ece"].as_f64().unwrap();
    assert!(ece <= 0.05, "ECE {ece}");
}

/// The stance model holds the NER model's word-embedding table instead of a copy of its
/// own: the two tables are equal value for value (neither model fine-tunes it), the
/// shared one is the very same memory, and the stance probabilities stay bit for bit.
#[test]
fn stance_model_shares_the_ner_models_word_embeddings() {
    use depeche::model::encoder::EncoderFiles;
    use depeche::model::{ner::NerModel, stance::StanceModel, StanceInput};
    use depeche::resources;
    let enc = EncoderFiles::new(common::encoder_dir());
    let ner = NerModel::load(&enc, &resources::ner_model_dir(None)).unwrap();
    let dir = resources::stance_model_dir(None);
    let own = StanceModel::load(&enc, &dir).unwrap();
    let ner_base = ner.base().unwrap();
    let shared = StanceModel::load_shared(&enc, &dir, Some(&ner_base)).unwrap();
    let (own_base, shared_base) = (own.base().unwrap(), shared.base().unwrap());
    let (a, b, c) = (
        ner_base.word_embeddings(),
        own_base.word_embeddings(),
        shared_base.word_embeddings(),
    );
    assert_eq!(a.size(), [250037, 384]);
    assert!(a.equal(b), "the NER and stance word embeddings differ");
    assert_ne!(a.data_ptr(), b.data_ptr());
    assert_eq!(a.data_ptr(), c.data_ptr(), "not shared");
    let inputs: Vec<StanceInput> = [
        (
            "Pékin a vivement condamné la visite du président taïwanais à Washington.",
            "Pékin",
            "Washington",
        ),
        (
            "La France a salué l'accord conclu par le Maroc et l'Algérie.",
            "La France",
            "le Maroc",
        ),
        (
            "Berlin a appelé Moscou et Kiev à la retenue.",
            "Berlin",
            "Kiev",
        ),
    ]
    .iter()
    .map(|(t, s, g)| StanceInput {
        text: t.to_string(),
        speaker: s.to_string(),
        target: g.to_string(),
    })
    .collect();
    assert_eq!(
        own.predict(&inputs).unwrap(),
        shared.predict(&inputs).unwrap()
    );
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

/// Stance inputs are sorted by length and batched, and identical ones run once: the
/// probabilities are those of running each input alone (to 1e-5: libtorch may change
/// the last bits with the batch's shape; outputs keep 3 decimals), in input order.
#[test]
fn stance_batches_sort_and_merge_identical_inputs() {
    use depeche::model::encoder::EncoderFiles;
    use depeche::model::{stance::StanceModel, StanceInput};
    let enc = EncoderFiles::new(common::encoder_dir());
    let mut model = StanceModel::load(&enc, &depeche::resources::stance_model_dir(None)).unwrap();
    model.batch_size = 2;
    let input = |t: &str, s: &str, g: &str| StanceInput {
        text: t.to_string(),
        speaker: s.to_string(),
        target: g.to_string(),
    };
    let long = "Pékin a vivement condamné mardi la visite du président taïwanais à Washington, \
                qualifiée de « provocation grave » par le porte-parole de la diplomatie chinoise.";
    let inputs = vec![
        input(long, "Pékin", "Washington"),
        input("Paris a salué l'accord.", "Paris", "le Maroc"),
        input(long, "Pékin", "Washington"),
        input("Berlin a appelé Moscou à la retenue.", "Berlin", "Moscou"),
        input(long, "Pékin", "Taïwan"),
    ];
    let batched = model.predict(&inputs).unwrap();
    let stats = model.stats();
    assert_eq!((stats.inputs, stats.sequences), (5, 4), "{stats:?}");
    assert_eq!(stats.batches, 2, "{stats:?}");
    assert_eq!(batched[0], batched[2]);
    for (x, got) in inputs.iter().zip(&batched) {
        let alone = model.predict(std::slice::from_ref(x)).unwrap()[0];
        for k in 0..3 {
            assert!((alone[k] - got[k]).abs() < 1e-5, "{alone:?} vs {got:?}");
        }
    }
}
