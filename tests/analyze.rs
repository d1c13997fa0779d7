//! `depeche analyze` end to end on the shipped sample corpus and on bad input.

mod common;

use std::fs;

use depeche::document::Document;

fn sample_ids() -> Vec<String> {
    let mut ids: Vec<String> =
        depeche::ingest::read_labelled(&common::repo().join("corpora/gold/sample.jsonl"))
            .unwrap()
            .into_iter()
            .map(|d| d.id)
            .collect();
    ids.sort();
    ids
}

#[test]
fn sample_corpus_gives_entities_and_documents() {
    common::encoder_dir();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let o = common::depeche(&["analyze", "corpora/sample", "--out", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", common::stderr(&o));

    // documents.jsonl: one line per document, every entity slices its text.
    let docs: Vec<Document> = fs::read_to_string(out.join("documents.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let mut ids: Vec<String> = docs.iter().map(|d| d.id.clone()).collect();
    ids.sort();
    assert_eq!(ids, sample_ids());
    for d in &docs {
        d.check_offsets().unwrap();
    }

    // entities.csv: the same entities, same offsets.
    let mut csv = csv::Reader::from_path(out.join("entities.csv")).unwrap();
    assert_eq!(
        csv.headers().unwrap(),
        vec!["doc_id", "start", "end", "text", "label", "score"]
    );
    let rows = csv.records().count();
    let n: usize = docs
        .iter()
        .map(|d| d.entities.as_ref().unwrap().len())
        .sum();
    assert_eq!(rows, n);
    assert!(n > 100, "only {n} entities in the sample corpus");

    // Scored against the hand labels of the sample corpus.
    let o = common::depeche(&[
        "evaluate",
        "--gold",
        "corpora/gold/sample.jsonl",
        "--pred",
        out.join("documents.jsonl").to_str().unwrap(),
        "--json",
    ]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&common::stdout(&o)).unwrap();
    let f1 = v["ner"]["micro"]["f1"].as_f64().unwrap();
    println!("sample corpus NER micro-F1 {f1:.4}");
    assert!(f1 >= 0.75, "sample corpus micro-F1 {f1}");
}

#[test]
fn bad_inputs_are_named_and_the_rest_goes_on() {
    common::encoder_dir();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir_all(&input).unwrap();
    fs::write(
        input.join("good.txt"),
        "Le président français a reçu jeudi son homologue brésilien à Paris.\n",
    )
    .unwrap();
    fs::write(input.join("empty.txt"), "").unwrap();
    fs::write(input.join("binary.txt"), [0u8, 159, 146, 150, 255]).unwrap();
    fs::write(
        input.join("wire.jsonl"),
        "{\"id\": \"w1\", \"text\": \"Berlin a salué l'accord.\"}\nnot json\n{\"id\": \"w3\"}\n",
    )
    .unwrap();
    fs::write(input.join("notes.md"), "# not a dispatch").unwrap();
    let out = dir.path().join("out");
    let o = common::depeche(&[
        "analyze",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    let err = common::stderr(&o);
    assert_eq!(
        o.status.code(),
        Some(2),
        "exit code 2 when something was rejected: {err}"
    );
    assert!(err.contains("empty.txt: empty document"), "{err}");
    assert!(err.contains("binary.txt: not valid UTF-8"), "{err}");
    assert!(err.contains("wire.jsonl:2: not valid JSON"), "{err}");
    assert!(err.contains("wire.jsonl:3: no \"text\" field"), "{err}");
    assert!(err.contains("notes.md: skipped"), "{err}");
    let lines = fs::read_to_string(out.join("documents.jsonl")).unwrap();
    let ids: Vec<String> = lines
        .lines()
        .map(|l| serde_json::from_str::<Document>(l).unwrap().id)
        .collect();
    assert_eq!(ids, vec!["good", "w1"]);
    let ents = fs::read_to_string(out.join("entities.csv")).unwrap();
    assert!(ents.contains("good,"), "{ents}");
    assert!(ents.contains("Paris"), "{ents}");
}

#[test]
fn missing_input_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let o = common::depeche(&["analyze", "no/such/folder", "--out", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(common::stderr(&o).contains("no/such/folder: cannot open"));
}
