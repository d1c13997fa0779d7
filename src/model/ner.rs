//! The French NER model: the e5 encoder with a token-classification head, trained by
//! `depeche train ner`. Words are fed pre-split; the first sub-token of each word
//! carries the word's BIO tag.
//!
//! On disk (`models/ner-fr/`): `model.safetensors` holds every fine-tuned tensor in
//! fp16 (the transformer layers, position/type embeddings, layer norms and the head);
//! the 96M-parameter word-embedding table stays frozen and is taken from the converted
//! base encoder, whose sha256 `manifest.json` records.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, ensure, Context, Result};
use rand::seq::SliceRandom;
use rand::SeedableRng;
use rust_bert::bert::{BertConfig, BertEmbeddings, BertModel};
use serde::{Deserialize, Serialize};
use tch::nn::{self, Module, OptimizerConfig};
use tch::{Device, Kind, Reduction, Tensor};
use tokenizers::Tokenizer;

use super::encoder::{
    hidden_states, load_into, optimise, pad_batch, save_fp16, verified_weights, warmup_linear,
    with_head_from, EncoderFiles, SafetensorsFile, SharedBase, WithHead, WORD_EMBEDDINGS,
};
use super::quant::OwnEncoder;
use super::{length_batches, InferenceStats, Stats, WordTagger, MAX_BATCH_POSITIONS};
use crate::ner::{bio_labels, Sentence};

const IGNORE: i64 = -100;
/// Longest input the encoder takes, special tokens included.
const MAX_POSITIONS: usize = 512;

/// `models/ner-fr/MANIFEST.json`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct NerManifest {
    pub name: String,
    pub labels: Vec<String>,
    pub weights: String,
    pub weights_sha256: String,
    pub base_encoder: String,
    pub base_encoder_sha256: String,
    pub licence: String,
    pub data: serde_json::Value,
    pub hyper_parameters: TrainConfig,
    pub scores: serde_json::Value,
    pub training: serde_json::Value,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TrainConfig {
    pub epochs: usize,
    pub learning_rate: f64,
    pub batch_size: usize,
    pub max_tokens: usize,
    pub warmup: f64,
    pub weight_decay: f64,
    pub dropout: f64,
    pub seed: u64,
    pub threads: usize,
}

pub struct NerModel {
    vs: nn::VarStore,
    bert: BertModel<BertEmbeddings>,
    config: BertConfig,
    /// The own encoder that replaces `bert` for inference in int8 (`set_precision`).
    int8: Option<OwnEncoder>,
    classifier: nn::Linear,
    labels: Vec<String>,
    tokenizer: std::sync::Arc<Tokenizer>,
    encoder: EncoderFiles,
    base_sha256: String,
    /// Most sentences per inference batch (sorted by length).
    pub batch_size: usize,
    /// Most padded positions per inference batch.
    pub batch_positions: usize,
    stats: Stats,
}

/// A sentence ready for the encoder.
struct Encoded {
    ids: Vec<u32>,
    /// Token index of each word's first sub-token (None: the word yields no token).
    first: Vec<Option<usize>>,
}

impl NerModel {
    /// The base encoder with a freshly initialised head (for training).
    pub fn untrained(encoder: &EncoderFiles) -> Result<Self> {
        Self::untrained_on(encoder, Device::Cpu)
    }

    /// [`NerModel::untrained`] on `device`.
    pub fn untrained_on(encoder: &EncoderFiles, device: Device) -> Result<Self> {
        Self::from_base(encoder, &|_| false, device)
    }

    /// The base encoder with a head, leaving the tensors `overridden` names unread.
    fn from_base(
        encoder: &EncoderFiles,
        overridden: &dyn Fn(&str) -> bool,
        device: Device,
    ) -> Result<Self> {
        let labels = bio_labels();
        let base: WithHead = with_head_from(
            encoder,
            "classifier",
            labels.len() as i64,
            None,
            overridden,
            device,
        )?;
        Ok(NerModel {
            vs: base.vs,
            bert: base.bert,
            config: base.config,
            int8: None,
            classifier: base.head,
            labels,
            tokenizer: base.tokenizer,
            encoder: encoder.clone(),
            base_sha256: base.base_sha256,
            batch_size: 32,
            batch_positions: MAX_BATCH_POSITIONS,
            stats: Stats::default(),
        })
    }

    /// The base encoder overlaid with a trained model folder (on the CPU).
    pub fn load(encoder: &EncoderFiles, dir: &Path) -> Result<Self> {
        Self::load_on(encoder, dir, Device::Cpu)
    }

    /// [`NerModel::load`] onto `device` (the weights are copied there as they are read).
    pub fn load_on(encoder: &EncoderFiles, dir: &Path, device: Device) -> Result<Self> {
        encoder.check()?;
        let manifest = read_manifest(dir)?;
        let weights = verified_weights(
            dir,
            &manifest.weights,
            &manifest.weights_sha256,
            "depeche train ner",
        )?;
        // The encoder's tensors that the model's file replaces are not read at all.
        let file = SafetensorsFile::open(&weights)?;
        let model = Self::from_base(encoder, &|n| file.contains(n), device)?;
        drop(file);
        if model.base_sha256 != manifest.base_encoder_sha256 {
            bail!(
                "{}: the NER model was trained on encoder {}, but {} holds {}; run `depeche models install --force`",
                dir.display(),
                manifest.base_encoder_sha256,
                encoder.dir.display(),
                model.base_sha256
            );
        }
        ensure!(
            manifest.labels == model.labels,
            "{}: labels {:?} differ from this build's {:?}",
            dir.display(),
            manifest.labels,
            model.labels
        );
        let missing = load_into(&model.vs, &weights)?;
        ensure!(
            missing == [WORD_EMBEDDINGS],
            "{}: missing tensors {missing:?}",
            weights.display()
        );
        Ok(model)
    }

    /// Runs inference in this precision from now on (the weights are converted; for
    /// int8, quantised copies of the layers' weights are made beside them).
    pub fn set_precision(&mut self, p: super::Precision) -> Result<()> {
        self.int8 = super::convert(&mut self.vs, &self.config, p)?;
        Ok(())
    }

    /// The tokenizer and the frozen word-embedding table, for another model of the same
    /// base encoder to hold instead of its own copy (`StanceModel::load_shared`). The
    /// table is the base encoder's: `train` never updates it and `save_weights` leaves it
    /// out, so `load` takes it from the encoder file.
    pub fn base(&self) -> Result<SharedBase> {
        SharedBase::of(&self.encoder, &self.base_sha256, &self.tokenizer, &self.vs)
    }

    /// What inference has run so far.
    pub fn stats(&self) -> InferenceStats {
        self.stats.get()
    }

    /// Sub-word tokens run through the encoder for inference so far.
    pub fn tokens_seen(&self) -> usize {
        self.stats.get().tokens
    }

    /// Share of the positions computed so far that were padding.
    pub fn padding_waste(&self) -> f64 {
        self.stats.get().padding()
    }

    pub fn labels(&self) -> &[String] {
        &self.labels
    }

    /// Saves the fine-tuned tensors (all but the frozen word embeddings) in fp16.
    pub fn save_weights(&self, path: &Path) -> Result<String> {
        save_fp16(&self.vs, path, |n| n != WORD_EMBEDDINGS)
    }

    pub fn base_encoder_sha256(&self) -> &str {
        &self.base_sha256
    }

    /// Where the model's variables are and its inference runs.
    pub fn device(&self) -> Device {
        self.vs.device()
    }

    fn encode_words(&self, words: &[&str]) -> Result<Encoded> {
        let enc = self
            .tokenizer
            .encode(words.to_vec(), true)
            .map_err(|e| anyhow::anyhow!("tokenizer: {e}"))?;
        let mut first = vec![None; words.len()];
        for (t, w) in enc.get_word_ids().iter().enumerate() {
            if let Some(w) = w {
                let w = *w as usize;
                if w < first.len() && first[w].is_none() {
                    first[w] = Some(t);
                }
            }
        }
        Ok(Encoded {
            ids: enc.get_ids().to_vec(),
            first,
        })
    }

    /// Splits a sentence whose encoding is too long into runs of words that fit.
    fn windows(&self, words: &[&str], max_tokens: usize) -> Result<Vec<(usize, Encoded)>> {
        let enc = self.encode_words(words)?;
        if enc.ids.len() <= max_tokens || words.len() <= 1 {
            return Ok(vec![(0, enc)]);
        }
        let mid = words.len() / 2;
        let mut out = self.windows(&words[..mid], max_tokens)?;
        for (off, e) in self.windows(&words[mid..], max_tokens)? {
            out.push((off + mid, e));
        }
        Ok(out)
    }

    fn logits(&self, batch: &[&Encoded], train: bool, dropout: f64) -> Result<Tensor> {
        let ids: Vec<Vec<u32>> = batch.iter().map(|e| e.ids.clone()).collect();
        let pad = self.tokenizer.get_padding().map(|p| p.pad_id).unwrap_or(1);
        let (ids, mask) = pad_batch(&ids, pad);
        let (ids, mask) = (ids.to(self.device()), mask.to(self.device()));
        let hidden = hidden_states(&self.bert, self.int8.as_ref(), &ids, &mask, train)?;
        Ok(self.classifier.forward(&hidden.dropout(dropout, train)))
    }
}

pub fn manifest_path(dir: &Path) -> PathBuf {
    dir.join("MANIFEST.json")
}

pub fn read_manifest(dir: &Path) -> Result<NerManifest> {
    let path = manifest_path(dir);
    let text = fs::read_to_string(&path).with_context(|| {
        format!(
            "{}: cannot read the NER model manifest; is --ner-model a model folder?",
            path.display()
        )
    })?;
    serde_json::from_str(&text).with_context(|| format!("{}: malformed manifest", path.display()))
}

impl WordTagger for NerModel {
    fn tag(&self, sentences: &[Vec<&str>]) -> Result<Vec<Vec<(String, f32)>>> {
        // Encode, windowing sentences longer than the encoder takes.
        let mut pieces: Vec<(usize, usize, Encoded)> = Vec::new(); // (sentence, word offset, enc)
        for (s, words) in sentences.iter().enumerate() {
            if words.is_empty() {
                continue;
            }
            for (off, enc) in self.windows(words, MAX_POSITIONS)? {
                pieces.push((s, off, enc));
            }
        }
        let mut order: Vec<usize> = (0..pieces.len()).collect();
        order.sort_by_key(|&i| pieces[i].2.ids.len());

        let mut out: Vec<Vec<(String, f32)>> = sentences
            .iter()
            .map(|w| vec![("O".to_string(), 1.0); w.len()])
            .collect();
        self.stats.add_inputs(sentences.len());
        let batches = length_batches(
            &order,
            |i| pieces[i].2.ids.len(),
            self.batch_size,
            self.batch_positions,
        );
        tch::no_grad(|| -> Result<()> {
            for chunk in batches {
                let batch: Vec<&Encoded> = chunk.iter().map(|&i| &pieces[i].2).collect();
                self.stats
                    .add(&batch.iter().map(|e| e.ids.len()).collect::<Vec<_>>());
                let probs = self.logits(&batch, false, 0.0)?.softmax(-1, Kind::Float);
                let (best_p, best) = probs.max_dim(-1, false);
                let (best_p, best) = (best_p.to(Device::Cpu), best.to(Device::Cpu));
                let best: Vec<Vec<i64>> = Vec::<Vec<i64>>::try_from(&best)?;
                let best_p: Vec<Vec<f32>> = Vec::<Vec<f32>>::try_from(&best_p)?;
                for (row, &i) in chunk.iter().enumerate() {
                    let (s, off, enc) = &pieces[i];
                    for (w, t) in enc.first.iter().enumerate() {
                        if let Some(t) = t {
                            out[*s][off + w] =
                                (self.labels[best[row][*t] as usize].clone(), best_p[row][*t]);
                        }
                    }
                }
            }
            Ok(())
        })?;
        Ok(out)
    }
}

/// What one training run measured.
#[derive(Debug, Clone, Serialize)]
pub struct TrainReport {
    pub steps: usize,
    pub train_sentences: usize,
    pub train_tokens: usize,
    pub seconds: f64,
    pub tokens_per_second: f64,
    pub epoch_dev_f1: Vec<f64>,
}

/// Fine-tunes the encoder and head on `train`, scoring `dev` after each epoch.
pub fn train(
    model: &mut NerModel,
    train: &[Sentence],
    dev: &[Sentence],
    cfg: &TrainConfig,
    log: &mut dyn FnMut(&str),
) -> Result<TrainReport> {
    tch::manual_seed(cfg.seed as i64);
    let mut rng = rand::rngs::StdRng::seed_from_u64(cfg.seed);
    let label_id = |t: &str| model.labels.iter().position(|l| l == t).map(|i| i as i64);

    // Encode once: ids and per-token targets (first sub-token of each word).
    let mut data: Vec<(Encoded, Vec<i64>)> = Vec::with_capacity(train.len());
    for s in train {
        let words: Vec<&str> = s.words.iter().map(String::as_str).collect();
        let tags = crate::ner::conll::to_iob2(&s.tags);
        let mut enc = model.encode_words(&words)?;
        if enc.ids.len() > cfg.max_tokens {
            let eos = *enc.ids.last().unwrap();
            enc.ids.truncate(cfg.max_tokens - 1);
            enc.ids.push(eos);
        }
        let mut target = vec![IGNORE; enc.ids.len()];
        for (w, t) in enc.first.iter().enumerate() {
            if let Some(t) = t {
                if *t < target.len() - 1 {
                    target[*t] = label_id(&tags[w]).context("unknown tag")?;
                }
            }
        }
        data.push((enc, target));
    }
    let train_tokens: usize = data.iter().map(|d| d.0.ids.len()).sum();
    let mut order: Vec<usize> = (0..data.len()).collect();
    order.sort_by_key(|&i| data[i].0.ids.len());
    let mut batches: Vec<Vec<usize>> = order
        .chunks(cfg.batch_size)
        .map(<[usize]>::to_vec)
        .collect();

    // The word-embedding table stays frozen: no gradient, no optimiser state.
    for (name, var) in model.vs.variables() {
        if name == WORD_EMBEDDINGS {
            let _ = var.set_requires_grad(false);
        }
    }
    let mut opt = nn::AdamW {
        wd: cfg.weight_decay,
        ..Default::default()
    }
    .build(&model.vs, cfg.learning_rate)?;
    let total = batches.len() * cfg.epochs;
    let warmup = ((total as f64) * cfg.warmup).ceil().max(1.0) as usize;
    let start = Instant::now();
    let mut step = 0;
    let mut seen_tokens = 0usize;
    let mut epoch_dev_f1 = Vec::new();
    for epoch in 0..cfg.epochs {
        batches.shuffle(&mut rng);
        let mut running = 0.0;
        for (bi, batch) in batches.iter().enumerate() {
            let lr = warmup_linear(cfg.learning_rate, step, warmup, total);
            opt.set_lr(lr);
            let encs: Vec<&Encoded> = batch.iter().map(|&i| &data[i].0).collect();
            let len = encs.iter().map(|e| e.ids.len()).max().unwrap_or(0);
            let mut targets = Vec::with_capacity(batch.len() * len);
            for &i in batch {
                let t = &data[i].1;
                targets.extend_from_slice(t);
                targets.extend(std::iter::repeat_n(IGNORE, len - t.len()));
            }
            let targets = Tensor::from_slice(&targets).to(model.device());
            let logits = model.logits(&encs, true, cfg.dropout)?;
            let n_labels = model.labels.len() as i64;
            let loss = logits.view([-1, n_labels]).cross_entropy_loss::<Tensor>(
                &targets,
                None,
                Reduction::Mean,
                IGNORE,
                0.0,
            );
            running += optimise(&mut opt, &loss);
            seen_tokens += encs.iter().map(|e| e.ids.len()).sum::<usize>();
            step += 1;
            if (bi + 1) % 50 == 0 {
                let secs = start.elapsed().as_secs_f64();
                log(&format!(
                    "epoch {} step {}/{} loss {:.4} lr {:.2e} {:.0} tokens/s {:.0}s",
                    epoch + 1,
                    bi + 1,
                    batches.len(),
                    running / 50.0,
                    lr,
                    seen_tokens as f64 / secs,
                    secs
                ));
                running = 0.0;
            }
        }
        if !dev.is_empty() {
            let scores = evaluate(model, dev)?;
            let f1 = scores.micro().f1();
            log(&format!(
                "epoch {} dev micro-F1 {:.4}\n{}",
                epoch + 1,
                f1,
                scores
            ));
            epoch_dev_f1.push(f1);
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    Ok(TrainReport {
        steps: step,
        train_sentences: train.len(),
        train_tokens,
        seconds,
        tokens_per_second: seen_tokens as f64 / seconds,
        epoch_dev_f1,
    })
}

/// Tags the words of `sentences` (in chunks of 8,192, so batches stay length-sorted but
/// memory stays bounded) and returns them with the predicted tags.
pub fn predict(tagger: &dyn WordTagger, sentences: &[Sentence]) -> Result<Vec<Sentence>> {
    let mut out = Vec::with_capacity(sentences.len());
    for chunk in sentences.chunks(8192) {
        let words: Vec<Vec<&str>> = chunk
            .iter()
            .map(|s| s.words.iter().map(String::as_str).collect())
            .collect();
        for (s, tags) in chunk.iter().zip(tagger.tag(&words)?) {
            out.push(Sentence {
                words: s.words.clone(),
                tags: tags.into_iter().map(|(t, _)| t).collect(),
            });
        }
    }
    Ok(out)
}

/// Tags gold sentences and scores the result (entity-level, exact match).
pub fn evaluate(tagger: &dyn WordTagger, gold: &[Sentence]) -> Result<crate::ner::Scores> {
    crate::ner::score::score_files(gold, &predict(tagger, gold)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::quant::Weights;

    /// On the committed model, the own encoder in f32 gives rust-bert's hidden states
    /// to float rounding, and its int8 quantisation stays close to them.
    #[test]
    fn own_encoder_reproduces_rust_bert_on_the_committed_model() {
        let enc = EncoderFiles::new(crate::resources::encoder_dir(None));
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/ner-fr");
        let model = NerModel::load(&enc, &dir).unwrap();
        let sentences = [
            "Le président Emmanuel Macron a reçu mardi à l'Élysée le chancelier allemand Olaf Scholz .",
            "L' ONU s' inquiète .",
            "Selon l' Agence France-Presse , la Commission européenne a proposé à Bruxelles un plan de 300 milliards d' euros pour la transition énergétique de l' Union .",
        ];
        let encs: Vec<Encoded> = sentences
            .iter()
            .map(|s| {
                model
                    .encode_words(&s.split(' ').collect::<Vec<_>>())
                    .unwrap()
            })
            .collect();
        let ids: Vec<Vec<u32>> = encs.iter().map(|e| e.ids.clone()).collect();
        let (ids, mask) = pad_batch(&ids, 1);
        let m = mask.to_kind(Kind::Float).unsqueeze(-1);
        tch::no_grad(|| {
            let want = super::super::encoder::encode(&model.bert, &ids, &mask, false).unwrap();
            for (w, tolerance) in [
                (Weights::F32, 1e-4),
                (Weights::Int8PerTensor, f64::INFINITY),
                (Weights::Int8PerChannel, f64::INFINITY),
            ] {
                let own = OwnEncoder::from_vs(&model.vs, &model.config, w).unwrap();
                let got = own.forward(&ids, &mask).unwrap();
                let d = ((&got - &want) * &m).abs().max().double_value(&[]);
                let cos = Tensor::cosine_similarity(&got, &want, -1, 1e-8);
                let pad = mask.eq(0).to_kind(Kind::Float) * 2.0;
                let cos = (cos + pad).min().double_value(&[]);
                let same = model
                    .classifier
                    .forward(&got)
                    .argmax(-1, false)
                    .eq_tensor(&model.classifier.forward(&want).argmax(-1, false))
                    .logical_or(&mask.eq(0))
                    .all()
                    .int64_value(&[]);
                eprintln!(
                    "{w:?}: max abs difference {d:.3e}, least cosine {cos:.6}, same tags {same}"
                );
                assert!(d <= tolerance, "{w:?}: max abs difference {d}");
            }
        });
    }
}
