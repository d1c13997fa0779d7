//! Criterion benchmarks of the pipeline's stages on the labelled development dispatches
//! (`corpora/gold/dev*.jsonl`, 140 documents): segmentation, actors + statements (on the
//! gold entities, so no model is needed), and the NER model on a few dispatches at each
//! precision (skipped when the models are not installed: run `scripts/setup` first).
//!
//!     cargo bench --bench stages                 # everything
//!     cargo bench --bench stages -- statements   # one group
//!
//! Whole runs, peers and memory are measured by `scripts/bench`.

use std::path::Path;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use depeche::document::Document;
use depeche::model::encoder::EncoderFiles;
use depeche::model::ner::NerModel;
use depeche::model::Precision;
use depeche::pipeline::{self, Extractor};
use depeche::{ingest, resources, text};

fn corpus() -> Vec<Document> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpora/gold");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpora/gold")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with("dev"))
        })
        .collect();
    files.sort();
    files
        .iter()
        .flat_map(|p| ingest::read_labelled(p).expect("gold file"))
        .collect()
}

fn words(docs: &[Document]) -> u64 {
    docs.iter()
        .map(|d| d.text.split_whitespace().count() as u64)
        .sum()
}

fn text_and_rules(c: &mut Criterion) {
    let docs = corpus();
    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Elements(words(&docs)));
    g.bench_function("segmentation", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| text::segment(&d.text).len())
                .sum::<usize>()
        })
    });
    // Actors and statements on the gold entities (the stage after NER).
    let segmented: Vec<Document> = docs
        .iter()
        .cloned()
        .map(|mut d| {
            d.sentences = text::segment(&d.text);
            d.statements = None;
            d
        })
        .collect();
    g.bench_function("actors and statements", |b| {
        b.iter_batched(
            || segmented.clone(),
            |mut ds| pipeline::add_statements(&mut ds, Extractor::Rules),
            BatchSize::LargeInput,
        )
    });
    g.finish();
}

fn ner(c: &mut Criterion) {
    let encoder = EncoderFiles::new(resources::encoder_dir(None));
    let load = || NerModel::load(&encoder, &resources::ner_model_dir(None));
    if load().is_err() {
        eprintln!("ner: models not installed (run scripts/setup); skipped");
        return;
    }
    let docs: Vec<Document> = corpus()
        .into_iter()
        .take(4)
        .map(|d| Document::new(&d.id, &d.text))
        .collect();
    let mut g = c.benchmark_group("ner");
    g.sample_size(10);
    g.throughput(Throughput::Elements(words(&docs)));
    for (name, p) in [
        ("f32", Precision::F32),
        ("bf16", Precision::Bf16),
        ("int8", Precision::Int8),
    ] {
        // (A fresh model each time: a precision converts the weights in place.)
        let mut model = load().expect("ner model");
        model.set_precision(p).expect("precision");
        g.bench_function(name, |b| {
            b.iter_batched(
                || docs.clone(),
                |ds| pipeline::annotate(ds, &model).expect("annotate"),
                BatchSize::LargeInput,
            )
        });
    }
    g.finish();
}

criterion_group!(benches, text_and_rules, ner);
criterion_main!(benches);
