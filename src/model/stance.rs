//! The targeted stance classifier: the e5 encoder reads the pair ("speaker → target",
//! sentence) and a linear head over the mean-pooled top layer gives negative / neutral
//! / positive. Only the top `TRAINED_LAYERS` transformer layers and the head are
//! fine-tuned (`depeche train stance`); they are stored in fp16 in
//! `models/stance-fr/model.safetensors`, with a temperature fitted on the dev part for
//! calibrated probabilities (`MANIFEST.json`).

use std::fs;
use std::path::Path;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use rand::seq::SliceRandom;
use rand::SeedableRng;
use rust_bert::bert::{BertEmbeddings, BertModel};
use serde::{Deserialize, Serialize};
use tch::nn::{self, Module, OptimizerConfig};
use tch::{Kind, Reduction, Tensor};
use tokenizers::Tokenizer;

use super::encoder::{
    encode, load_into, optimise, pad_batch, save_fp16, verified_weights, warmup_linear, with_head,
    EncoderFiles,
};
use super::StanceClassifier;
pub use super::StanceInput;

pub use crate::document::STANCES;
/// Transformer layers fine-tuned from the top by default (the others stay as in the
/// base encoder).
pub const TRAINED_LAYERS: i64 = 4;
const MAX_TOKENS: usize = 160;

/// A labelled example of `data/stance/examples.jsonl`.
#[derive(Debug, Clone, Deserialize)]
pub struct StanceExample {
    pub id: String,
    pub text: String,
    pub speaker: String,
    pub target: String,
    pub stance: String,
    pub split: String,
}

impl StanceExample {
    pub fn input(&self) -> StanceInput {
        StanceInput {
            text: self.text.clone(),
            speaker: self.speaker.clone(),
            target: self.target.clone(),
        }
    }
    pub fn label(&self) -> Option<usize> {
        STANCES.iter().position(|s| *s == self.stance)
    }
}

pub fn read_examples(path: &Path) -> Result<Vec<StanceExample>> {
    let text =
        fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            serde_json::from_str(l)
                .with_context(|| format!("{}:{}: not a stance example", path.display(), n + 1))
        })
        .collect()
}

/// The examples of several files, in order; files that do not exist are an error.
pub fn read_all_examples(paths: &[std::path::PathBuf]) -> Result<Vec<StanceExample>> {
    let mut all = Vec::new();
    for p in paths {
        all.extend(read_examples(p)?);
    }
    Ok(all)
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StanceManifest {
    pub name: String,
    pub labels: Vec<String>,
    pub weights: String,
    pub weights_sha256: String,
    pub base_encoder_sha256: String,
    pub temperature: f64,
    pub licence: String,
    pub data: serde_json::Value,
    pub hyper_parameters: serde_json::Value,
    pub scores: serde_json::Value,
    pub training: serde_json::Value,
}

pub struct StanceModel {
    vs: nn::VarStore,
    bert: BertModel<BertEmbeddings>,
    head: nn::Linear,
    tokenizer: Tokenizer,
    first_trained: i64,
    pub base_sha256: String,
    pub temperature: f64,
}

fn trained_name(name: &str, first: i64) -> bool {
    name.starts_with("stance_head.")
        || name
            .strip_prefix("encoder.layer.")
            .and_then(|r| r.split('.').next())
            .and_then(|l| l.parse::<i64>().ok())
            .is_some_and(|l| l >= first)
}

impl StanceModel {
    /// Chooses how many top layers `train` fine-tunes.
    pub fn set_trained_layers(&mut self, n: i64) {
        self.first_trained = (self.first_trained + TRAINED_LAYERS - n).max(0);
    }

    pub fn untrained(encoder: &EncoderFiles) -> Result<Self> {
        let base = with_head(encoder, "stance_head", 3)?;
        Ok(StanceModel {
            first_trained: base.config.num_hidden_layers - TRAINED_LAYERS,
            vs: base.vs,
            bert: base.bert,
            head: base.head,
            tokenizer: base.tokenizer,
            base_sha256: base.base_sha256,
            temperature: 1.0,
        })
    }

    pub fn load(encoder: &EncoderFiles, dir: &Path) -> Result<Self> {
        encoder.check()?;
        let path = dir.join("MANIFEST.json");
        let manifest: StanceManifest =
            serde_json::from_str(&fs::read_to_string(&path).with_context(|| {
                format!("{}: cannot read the stance model manifest", path.display())
            })?)
            .with_context(|| format!("{}: malformed manifest", path.display()))?;
        let weights = verified_weights(
            dir,
            &manifest.weights,
            &manifest.weights_sha256,
            "depeche train stance",
        )?;
        let mut model = Self::untrained(encoder)?;
        if model.base_sha256 != manifest.base_encoder_sha256 {
            bail!(
                "{}: trained on encoder {}, but {} holds {}; run `depeche models install --force`",
                dir.display(),
                manifest.base_encoder_sha256,
                encoder.dir.display(),
                model.base_sha256
            );
        }
        load_into(&model.vs, &weights)?;
        model.temperature = manifest.temperature;
        Ok(model)
    }

    /// Runs inference in this precision from now on (the weights are converted).
    pub fn set_precision(&mut self, p: super::Precision) {
        super::convert(&mut self.vs, p);
    }

    /// Saves the fine-tuned tensors in fp16; returns the file's sha256.
    pub fn save_weights(&self, path: &Path) -> Result<String> {
        let first = self.first_trained;
        save_fp16(&self.vs, path, |n| trained_name(n, first))
    }

    fn ids(&self, x: &StanceInput) -> Result<Vec<u32>> {
        let pair = format!("{} → {}", x.speaker, x.target);
        let enc = self
            .tokenizer
            .encode((pair.as_str(), x.text.as_str()), true)
            .map_err(|e| anyhow::anyhow!("tokenizer: {e}"))?;
        let mut ids = enc.get_ids().to_vec();
        if ids.len() > MAX_TOKENS {
            let eos = *ids.last().unwrap();
            ids.truncate(MAX_TOKENS - 1);
            ids.push(eos);
        }
        Ok(ids)
    }

    fn logits(&self, ids: &[Vec<u32>], train: bool) -> Result<Tensor> {
        let (ids, mask) = pad_batch(ids, 1);
        let hidden = encode(&self.bert, &ids, &mask, train)?;
        let m = mask.to_kind(Kind::Float).unsqueeze(-1);
        let pooled = (&hidden * &m).sum_dim_intlist(1, false, Kind::Float)
            / m.sum_dim_intlist(1, false, Kind::Float);
        let pooled = pooled.to_kind(self.head.ws.kind());
        Ok(self
            .head
            .forward(&pooled.dropout(0.1, train))
            .to_kind(Kind::Float))
    }

    /// Raw (uncalibrated) logits of every input, in batches.
    pub fn raw_logits(&self, inputs: &[StanceInput]) -> Result<Vec<[f32; 3]>> {
        let mut out = Vec::with_capacity(inputs.len());
        tch::no_grad(|| -> Result<()> {
            for chunk in inputs.chunks(32) {
                let ids: Vec<Vec<u32>> =
                    chunk.iter().map(|x| self.ids(x)).collect::<Result<_>>()?;
                let l: Vec<Vec<f32>> = Vec::<Vec<f32>>::try_from(&self.logits(&ids, false)?)?;
                out.extend(l.into_iter().map(|r| [r[0], r[1], r[2]]));
            }
            Ok(())
        })?;
        Ok(out)
    }

    /// Calibrated probabilities (negative, neutral, positive) of every input.
    pub fn predict(&self, inputs: &[StanceInput]) -> Result<Vec<[f32; 3]>> {
        Ok(self
            .raw_logits(inputs)?
            .into_iter()
            .map(|l| softmax(&l, self.temperature))
            .collect())
    }
}

pub fn softmax(l: &[f32; 3], t: f64) -> [f32; 3] {
    let t = t as f32;
    let m = l.iter().fold(f32::NEG_INFINITY, |a, &b| a.max(b / t));
    let e: Vec<f32> = l.iter().map(|x| (x / t - m).exp()).collect();
    let s: f32 = e.iter().sum();
    [e[0] / s, e[1] / s, e[2] / s]
}

/// The temperature that minimises the negative log-likelihood on `logits`.
pub fn fit_temperature(logits: &[[f32; 3]], labels: &[usize]) -> f64 {
    let nll = |t: f64| -> f64 {
        logits
            .iter()
            .zip(labels)
            .map(|(l, &y)| -(softmax(l, t)[y].max(1e-12) as f64).ln())
            .sum::<f64>()
    };
    (10..=500)
        .map(|k| k as f64 / 100.0)
        .fold((1.0, f64::INFINITY), |best, t| {
            let v = nll(t);
            if v < best.1 {
                (t, v)
            } else {
                best
            }
        })
        .0
}

/// Expected calibration error over 10 equal-width confidence bins.
pub fn expected_calibration_error(probs: &[[f32; 3]], labels: &[usize]) -> f64 {
    let mut bins = [(0.0f64, 0.0f64, 0usize); 10];
    for (p, &y) in probs.iter().zip(labels) {
        let (k, conf) = p
            .iter()
            .enumerate()
            .fold((0, f32::MIN), |a, (i, &v)| if v > a.1 { (i, v) } else { a });
        let b = ((conf as f64 * 10.0) as usize).min(9);
        bins[b].0 += conf as f64;
        bins[b].1 += (k == y) as usize as f64;
        bins[b].2 += 1;
    }
    let n = probs.len().max(1) as f64;
    bins.iter()
        .filter(|b| b.2 > 0)
        .map(|(c, a, k)| (*k as f64 / n) * ((c - a) / *k as f64).abs())
        .sum()
}

/// Macro-F1 and accuracy of predicted labels.
pub fn macro_f1(pred: &[usize], gold: &[usize]) -> (f64, f64) {
    let mut f = 0.0;
    for k in 0..3 {
        let tp = pred
            .iter()
            .zip(gold)
            .filter(|(p, g)| **p == k && **g == k)
            .count() as f64;
        let np = pred.iter().filter(|p| **p == k).count() as f64;
        let ng = gold.iter().filter(|g| **g == k).count() as f64;
        let (p, r) = (
            if np > 0.0 { tp / np } else { 0.0 },
            if ng > 0.0 { tp / ng } else { 0.0 },
        );
        f += if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
    }
    let acc =
        pred.iter().zip(gold).filter(|(p, g)| p == g).count() as f64 / gold.len().max(1) as f64;
    (f / 3.0, acc)
}

pub use super::argmax;

/// Fine-tunes the top layers and the head on `train`; returns (seconds, steps).
pub fn train(
    model: &mut StanceModel,
    train: &[StanceExample],
    epochs: usize,
    lr: f64,
    batch_size: usize,
    seed: u64,
    log: &mut dyn FnMut(&str),
) -> Result<(f64, usize)> {
    tch::manual_seed(seed as i64);
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    for (name, var) in model.vs.variables() {
        let _ = var.set_requires_grad(trained_name(&name, model.first_trained));
    }
    let data: Vec<(Vec<u32>, i64)> = train
        .iter()
        .map(|e| {
            Ok((
                model.ids(&e.input())?,
                e.label().context("unknown stance")? as i64,
            ))
        })
        .collect::<Result<_>>()?;
    let mut order: Vec<usize> = (0..data.len()).collect();
    let mut opt = nn::AdamW {
        wd: 0.01,
        ..Default::default()
    }
    .build(&model.vs, lr)?;
    let steps_per_epoch = data.len().div_ceil(batch_size);
    let total = steps_per_epoch * epochs;
    let warmup = (total / 10).max(1);
    let start = Instant::now();
    let mut step = 0;
    for epoch in 0..epochs {
        order.shuffle(&mut rng);
        let mut running = 0.0;
        for (bi, batch) in order.chunks(batch_size).enumerate() {
            opt.set_lr(warmup_linear(lr, step, warmup, total));
            let ids: Vec<Vec<u32>> = batch.iter().map(|&i| data[i].0.clone()).collect();
            let y = Tensor::from_slice(&batch.iter().map(|&i| data[i].1).collect::<Vec<_>>());
            let loss = model.logits(&ids, true)?.cross_entropy_loss::<Tensor>(
                &y,
                None,
                Reduction::Mean,
                -100,
                0.0,
            );
            running += optimise(&mut opt, &loss);
            step += 1;
            if (bi + 1) % 25 == 0 {
                log(&format!(
                    "epoch {} step {}/{} loss {:.4} {:.0}s",
                    epoch + 1,
                    bi + 1,
                    steps_per_epoch,
                    running / 25.0,
                    start.elapsed().as_secs_f64()
                ));
                running = 0.0;
            }
        }
    }
    Ok((start.elapsed().as_secs_f64(), step))
}

impl StanceClassifier for StanceModel {
    fn classify(&self, inputs: &[StanceInput]) -> Result<Vec<[f32; 3]>> {
        self.predict(inputs)
    }
}
