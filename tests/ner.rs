//! The committed NER model: its scores on the fixed dev split, and clear errors for a
//! missing or damaged model.

mod common;

use depeche::model::encoder::EncoderFiles;
use depeche::model::ner::{evaluate, NerModel};
use depeche::ner::{read_conll, Split};

fn model() -> NerModel {
    depeche::model::set_threads(2);
    NerModel::load(
        &EncoderFiles::new(common::encoder_dir()),
        &common::repo().join("models/ner-fr"),
    )
    .unwrap()
}

/// The acceptance figure: entity micro-F1 ≥ 0.88 and ORG ≥ 0.75 on the dev split that
/// training never saw.
#[test]
fn dev_split_scores_reach_the_targets() {
    let dev = Split::Dev
        .select(read_conll(&common::shared().join("data/ner/wikineural-fr-val.conllu")).unwrap());
    assert_eq!(dev.len(), 1260);
    let scores = evaluate(&model(), &dev).unwrap();
    println!("{scores}");
    assert!(
        scores.micro().f1() >= 0.88,
        "micro-F1 {}",
        scores.micro().f1()
    );
    assert!(
        scores.label("ORG").f1() >= 0.75,
        "ORG F1 {}",
        scores.label("ORG").f1()
    );
}

#[test]
fn manifest_records_the_split_and_licence() {
    let m = depeche::model::ner::read_manifest(&common::repo().join("models/ner-fr")).unwrap();
    assert!(m.licence.contains("CC BY-NC-SA 4.0"));
    assert_eq!(m.data["dev_sentences"], 1260);
    assert_eq!(m.labels.len(), 9);
    let size = std::fs::metadata(common::repo().join("models/ner-fr").join(&m.weights))
        .unwrap()
        .len();
    assert!(size <= 50 * 1024 * 1024, "model is {size} bytes");
}

#[test]
fn evaluate_ner_scores_a_predictions_file() {
    let dir = tempfile::tempdir().unwrap();
    let gold = dir.path().join("gold.conll");
    let pred = dir.path().join("pred.conll");
    std::fs::write(
        &gold,
        "0\tM.\tO\n1\tZhao\tB-PER\n2\tà\tO\n3\tPékin\tB-LOC\n\n",
    )
    .unwrap();
    std::fs::write(
        &pred,
        "0\tM.\tO\n1\tZhao\tB-PER\n2\tà\tO\n3\tPékin\tB-ORG\n\n",
    )
    .unwrap();
    let o = common::depeche(&[
        "evaluate",
        "ner",
        "--conll",
        gold.to_str().unwrap(),
        "--pred",
        pred.to_str().unwrap(),
        "--json",
    ]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&common::stdout(&o)).unwrap();
    assert_eq!(v["micro"]["f1"], 0.5);
    assert_eq!(v["PER"]["f1"], 1.0);
}

#[test]
fn damaged_model_files_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("ner-fr");
    common::copy_dir(&common::repo().join("models/ner-fr"), &copy);
    let weights = copy.join("model.safetensors");
    let bytes = std::fs::read(&weights).unwrap();
    std::fs::write(&weights, &bytes[..bytes.len() / 2]).unwrap();
    let out = dir.path().join("out");
    let args = |m: &str| {
        vec![
            "analyze".to_string(),
            "corpora/sample".into(),
            "--out".into(),
            out.to_str().unwrap().into(),
            "--ner-model".into(),
            m.into(),
        ]
    };
    let run = |a: Vec<String>| common::depeche(&a.iter().map(String::as_str).collect::<Vec<_>>());
    let o = run(args(copy.to_str().unwrap()));
    common::assert_one_clear_line(&o, &["model.safetensors", "sha256", "corrupt or truncated"]);

    std::fs::remove_file(&weights).unwrap();
    let o = run(args(copy.to_str().unwrap()));
    common::assert_one_clear_line(&o, &["model.safetensors", "missing"]);

    let o = run(args(dir.path().join("nowhere").to_str().unwrap()));
    common::assert_one_clear_line(&o, &["MANIFEST.json", "cannot read"]);
    assert!(!out.exists(), "no output for a failed start");
}
