//! The targeted stance classifier: the e5 encoder reads the pair ("speaker → target",
//! sentence) and a linear head over the mean-pooled top layer gives negative / neutral
//! / positive. Only the top `TRAINED_LAYERS` transformer layers and the head are
//! fine-tuned (`depeche train stance`); they are stored in fp16 in
//! `models/stance-fr/model.safetensors`. The probabilities are calibrated: a
//! [`Calibration`] (temperature, temperature and bias, or per-class scale and bias)
//! fitted by negative log-likelihood on held-out data (`depeche calibrate stance`) and
//! recorded in `MANIFEST.json`.

use std::collections::HashMap;
use std::fs;
use std::path::Path;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use rand::seq::SliceRandom;
use rand::SeedableRng;
use rust_bert::bert::{BertConfig, BertEmbeddings, BertModel};
use serde::{Deserialize, Serialize};
use tch::nn::{self, Module, OptimizerConfig};
use tch::{Device, Kind, Reduction, Tensor};
use tokenizers::Tokenizer;

use super::encoder::{
    hidden_states, load_into, optimise, pad_batch, save_fp16, verified_weights, warmup_linear,
    with_head_from, EncoderFiles, SafetensorsFile, SharedBase, WORD_EMBEDDINGS,
};
use super::quant::OwnEncoder;
pub use super::StanceInput;
use super::{length_batches, StanceClassifier, Stats, MAX_BATCH_POSITIONS};

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
    /// The calibration of models saved before `calibration` existed (a temperature).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// How raw logits become probabilities; takes precedence over `temperature`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calibration: Option<CalibrationRecord>,
    pub licence: String,
    pub data: serde_json::Value,
    pub hyper_parameters: serde_json::Value,
    pub scores: serde_json::Value,
    pub training: serde_json::Value,
}

pub struct StanceModel {
    vs: nn::VarStore,
    bert: BertModel<BertEmbeddings>,
    config: BertConfig,
    /// The own encoder that replaces `bert` for inference in int8 (`set_precision`).
    int8: Option<OwnEncoder>,
    head: nn::Linear,
    tokenizer: std::sync::Arc<Tokenizer>,
    encoder: EncoderFiles,
    first_trained: i64,
    pub base_sha256: String,
    /// Maps raw logits to probabilities (identity until fitted or loaded).
    pub calibration: Calibration,
    /// Most sequences per inference batch (sorted by length).
    pub batch_size: usize,
    /// Most padded positions per inference batch.
    pub batch_positions: usize,
    stats: Stats,
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
        Self::untrained_on(encoder, Device::Cpu)
    }

    /// [`StanceModel::untrained`] on `device`.
    pub fn untrained_on(encoder: &EncoderFiles, device: Device) -> Result<Self> {
        Self::from_base(encoder, None, &|_| false, device)
    }

    /// The base encoder with a head, holding `shared`'s tensors when given and leaving
    /// the tensors `overridden` names unread.
    fn from_base(
        encoder: &EncoderFiles,
        shared: Option<&SharedBase>,
        overridden: &dyn Fn(&str) -> bool,
        device: Device,
    ) -> Result<Self> {
        let base = with_head_from(encoder, "stance_head", 3, shared, overridden, device)?;
        Ok(StanceModel {
            first_trained: base.config.num_hidden_layers - TRAINED_LAYERS,
            vs: base.vs,
            bert: base.bert,
            config: base.config,
            int8: None,
            head: base.head,
            tokenizer: base.tokenizer,
            encoder: encoder.clone(),
            base_sha256: base.base_sha256,
            calibration: Calibration::temperature(1.0),
            batch_size: 32,
            batch_positions: MAX_BATCH_POSITIONS,
            stats: Stats::default(),
        })
    }

    pub fn load(encoder: &EncoderFiles, dir: &Path) -> Result<Self> {
        Self::load_shared(encoder, dir, None)
    }

    /// [`StanceModel::load`] onto `device`.
    pub fn load_on(encoder: &EncoderFiles, dir: &Path, device: Device) -> Result<Self> {
        Self::load_shared_on(encoder, dir, None, device)
    }

    /// [`StanceModel::load`], holding `shared`'s tokenizer and word-embedding table (the
    /// NER model's, `NerModel::base`) instead of copies of its own: the stance model
    /// never fine-tunes that table (`save_weights` leaves it out), so both are the base
    /// encoder's. A model file that holds a word-embedding table of its own keeps it.
    /// The model takes the precision of the shared table.
    pub fn load_shared(
        encoder: &EncoderFiles,
        dir: &Path,
        shared: Option<&SharedBase>,
    ) -> Result<Self> {
        Self::load_shared_on(encoder, dir, shared, Device::Cpu)
    }

    /// [`StanceModel::load_shared`] onto `device` (that of `shared`'s table, if given).
    pub fn load_shared_on(
        encoder: &EncoderFiles,
        dir: &Path,
        shared: Option<&SharedBase>,
        device: Device,
    ) -> Result<Self> {
        encoder.check()?;
        let path = dir.join("MANIFEST.json");
        let manifest = read_manifest(dir)?;
        let weights = verified_weights(
            dir,
            &manifest.weights,
            &manifest.weights_sha256,
            "depeche train stance",
        )?;
        // The encoder's tensors that the model's file replaces are not read at all.
        let file = SafetensorsFile::open(&weights)?;
        let shared = shared.filter(|_| !file.contains(WORD_EMBEDDINGS));
        let mut model = Self::from_base(encoder, shared, &|n| file.contains(n), device)?;
        drop(file);
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
        model.calibration = match (&manifest.calibration, manifest.temperature) {
            (Some(c), _) => c.calibration(),
            (None, Some(t)) => Calibration::temperature(t),
            (None, None) => bail!("{}: no calibration and no temperature", path.display()),
        };
        if shared.is_some_and(|s| s.kind() == Kind::BFloat16) {
            model.vs.bfloat16();
        }
        Ok(model)
    }

    /// Runs inference in this precision from now on (the weights are converted; for
    /// int8, quantised copies of the layers' weights are made beside them).
    pub fn set_precision(&mut self, p: super::Precision) -> Result<()> {
        self.int8 = super::convert(&mut self.vs, &self.config, p)?;
        Ok(())
    }

    /// The tokenizer and the word-embedding table this model holds (shared or its own).
    pub fn base(&self) -> Result<SharedBase> {
        SharedBase::of(&self.encoder, &self.base_sha256, &self.tokenizer, &self.vs)
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

    /// Where the model's variables are and its inference runs.
    pub fn device(&self) -> Device {
        self.vs.device()
    }

    fn logits(&self, ids: &[Vec<u32>], train: bool) -> Result<Tensor> {
        let (ids, mask) = pad_batch(ids, 1);
        let (ids, mask) = (ids.to(self.device()), mask.to(self.device()));
        let hidden = hidden_states(&self.bert, self.int8.as_ref(), &ids, &mask, train)?;
        let m = mask.to_kind(Kind::Float).unsqueeze(-1);
        let pooled = (&hidden * &m).sum_dim_intlist(1, false, Kind::Float)
            / m.sum_dim_intlist(1, false, Kind::Float);
        let pooled = pooled.to_kind(self.head.ws.kind());
        Ok(self
            .head
            .forward(&pooled.dropout(0.1, train))
            .to_kind(Kind::Float))
    }

    /// Raw (uncalibrated) logits of every input. Identical inputs (same token ids) are
    /// run once; the distinct ones are sorted by length and run in batches of at most
    /// `batch_size` sequences and [`MAX_BATCH_POSITIONS`] padded positions, so that
    /// little of the work is padding.
    pub fn raw_logits(&self, inputs: &[StanceInput]) -> Result<Vec<[f32; 3]>> {
        let ids: Vec<Vec<u32>> = inputs.iter().map(|x| self.ids(x)).collect::<Result<_>>()?;
        let mut first: HashMap<&[u32], usize> = HashMap::with_capacity(ids.len());
        let slot: Vec<usize> = ids
            .iter()
            .enumerate()
            .map(|(i, s)| *first.entry(s.as_slice()).or_insert(i))
            .collect();
        let mut order: Vec<usize> = (0..ids.len()).filter(|&i| slot[i] == i).collect();
        order.sort_by_key(|&i| ids[i].len());
        let mut logits = vec![[0f32; 3]; ids.len()];
        tch::no_grad(|| -> Result<()> {
            for batch in length_batches(
                &order,
                |i| ids[i].len(),
                self.batch_size,
                self.batch_positions,
            ) {
                let seqs: Vec<Vec<u32>> = batch.iter().map(|&i| ids[i].clone()).collect();
                self.stats
                    .add(&seqs.iter().map(Vec::len).collect::<Vec<_>>());
                let l = self.logits(&seqs, false)?.to(Device::Cpu);
                let l: Vec<Vec<f32>> = Vec::<Vec<f32>>::try_from(&l)?;
                for (&i, r) in batch.iter().zip(l) {
                    logits[i] = [r[0], r[1], r[2]];
                }
            }
            Ok(())
        })?;
        self.stats.add_inputs(inputs.len());
        Ok(slot.into_iter().map(|i| logits[i]).collect())
    }

    /// What inference has run so far.
    pub fn stats(&self) -> super::InferenceStats {
        self.stats.get()
    }

    /// Calibrated probabilities (negative, neutral, positive) of every input.
    pub fn predict(&self, inputs: &[StanceInput]) -> Result<Vec<[f32; 3]>> {
        Ok(self
            .raw_logits(inputs)?
            .into_iter()
            .map(|l| self.calibration.probs(&l))
            .collect())
    }
}

/// Softmax of `l / t`, in f32 (the calibration of models saved before [`Calibration`]).
pub fn softmax(l: &[f32; 3], t: f64) -> [f32; 3] {
    let t = t as f32;
    let m = l.iter().fold(f32::NEG_INFINITY, |a, &b| a.max(b / t));
    let e: Vec<f32> = l.iter().map(|x| (x / t - m).exp()).collect();
    let s: f32 = e.iter().sum();
    [e[0] / s, e[1] / s, e[2] / s]
}

/// The form of a [`Calibration`]: which parameters are fitted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum CalibrationMethod {
    /// One scale 1/T for the three logits (temperature scaling): the ranking of
    /// classes, hence every predicted label, is unchanged.
    Temperature,
    /// One scale and a bias per class.
    TemperatureBias,
    /// A scale and a bias per class (vector scaling).
    Vector,
}

impl CalibrationMethod {
    pub const ALL: [CalibrationMethod; 3] = [
        CalibrationMethod::Temperature,
        CalibrationMethod::TemperatureBias,
        CalibrationMethod::Vector,
    ];

    pub fn name(self) -> &'static str {
        match self {
            CalibrationMethod::Temperature => "temperature",
            CalibrationMethod::TemperatureBias => "temperature_bias",
            CalibrationMethod::Vector => "vector",
        }
    }

    /// Number of free parameters.
    fn parameters(self) -> usize {
        match self {
            CalibrationMethod::Temperature => 1,
            CalibrationMethod::TemperatureBias => 4,
            CalibrationMethod::Vector => 6,
        }
    }

    /// d z_k / d θ for the logits `l`: row k of the Jacobian of z = scale ⊙ l + bias.
    fn jacobian(self, l: &[f32; 3]) -> [[f64; 6]; 3] {
        let mut j = [[0.0; 6]; 3];
        for k in 0..3 {
            match self {
                CalibrationMethod::Temperature => j[k][0] = l[k] as f64,
                CalibrationMethod::TemperatureBias => {
                    j[k][0] = l[k] as f64;
                    j[k][1 + k] = 1.0;
                }
                CalibrationMethod::Vector => {
                    j[k][k] = l[k] as f64;
                    j[k][3 + k] = 1.0;
                }
            }
        }
        j
    }

    /// (scale, bias) of the parameter vector θ.
    fn unpack(self, t: &[f64; 6]) -> ([f64; 3], [f64; 3]) {
        match self {
            CalibrationMethod::Temperature => ([t[0]; 3], [0.0; 3]),
            CalibrationMethod::TemperatureBias => ([t[0]; 3], [t[1], t[2], t[3]]),
            CalibrationMethod::Vector => ([t[0], t[1], t[2]], [t[3], t[4], t[5]]),
        }
    }
}

/// How raw logits become probabilities: softmax(scale ⊙ logits + bias).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Calibration {
    pub method: CalibrationMethod,
    pub scale: [f64; 3],
    pub bias: [f64; 3],
}

/// Ridge on the biases: softmax ignores a constant added to all three, so without it
/// the minimum is a line, not a point. Small enough to leave the fit unchanged.
const BIAS_RIDGE: f64 = 1e-6;

impl Calibration {
    /// Temperature scaling by `t`.
    pub fn temperature(t: f64) -> Self {
        Calibration {
            method: CalibrationMethod::Temperature,
            scale: [1.0 / t; 3],
            bias: [0.0; 3],
        }
    }

    fn z(&self, l: &[f32; 3]) -> [f64; 3] {
        std::array::from_fn(|k| self.scale[k] * l[k] as f64 + self.bias[k])
    }

    /// Calibrated probabilities (negative, neutral, positive) of raw logits.
    pub fn probs(&self, l: &[f32; 3]) -> [f32; 3] {
        let p = softmax64(&self.z(l));
        [p[0] as f32, p[1] as f32, p[2] as f32]
    }

    /// Mean negative log-likelihood of `labels` under the calibrated probabilities.
    pub fn nll(&self, logits: &[[f32; 3]], labels: &[usize]) -> f64 {
        let sum: f64 = logits
            .iter()
            .zip(labels)
            .map(|(l, &y)| -log_softmax64(&self.z(l))[y])
            .sum();
        sum / logits.len().max(1) as f64
    }

    /// The calibration of this form that minimises the mean negative log-likelihood of
    /// `labels` (plus a negligible ridge on the biases), by damped Newton steps: the
    /// objective is convex in the parameters, since the calibrated logits are linear in
    /// them.
    pub fn fit(method: CalibrationMethod, logits: &[[f32; 3]], labels: &[usize]) -> Self {
        let np = method.parameters();
        let mut theta = [0.0f64; 6];
        match method {
            CalibrationMethod::Vector => theta[..3].fill(1.0),
            _ => theta[0] = 1.0,
        }
        let n = logits.len().max(1) as f64;
        let objective = |t: &[f64; 6]| -> f64 {
            let (scale, bias) = method.unpack(t);
            let c = Calibration {
                method,
                scale,
                bias,
            };
            c.nll(logits, labels) + 0.5 * BIAS_RIDGE * bias.iter().map(|b| b * b).sum::<f64>()
        };
        let mut value = objective(&theta);
        for _ in 0..100 {
            let (scale, bias) = method.unpack(&theta);
            let c = Calibration {
                method,
                scale,
                bias,
            };
            let mut grad = [0.0f64; 6];
            let mut hess = [[0.0f64; 6]; 6];
            for (l, &y) in logits.iter().zip(labels) {
                let p = softmax64(&c.z(l));
                let j = method.jacobian(l);
                for a in 0..np {
                    for k in 0..3 {
                        grad[a] += j[k][a] * (p[k] - (k == y) as usize as f64) / n;
                    }
                    for b in 0..np {
                        // Jᵀ (diag p − p pᵀ) J
                        let mut h = 0.0;
                        for k in 0..3 {
                            for m in 0..3 {
                                let w = if k == m {
                                    p[k] - p[k] * p[k]
                                } else {
                                    -p[k] * p[m]
                                };
                                h += j[k][a] * w * j[m][b];
                            }
                        }
                        hess[a][b] += h / n;
                    }
                }
            }
            let first_bias = match method {
                CalibrationMethod::Temperature => np,
                CalibrationMethod::TemperatureBias => 1,
                CalibrationMethod::Vector => 3,
            };
            for a in first_bias..np {
                grad[a] += BIAS_RIDGE * theta[a];
                hess[a][a] += BIAS_RIDGE;
            }
            if grad[..np].iter().all(|g| g.abs() < 1e-10) {
                break;
            }
            let Some(step) = solve(&hess, &grad, np) else {
                break;
            };
            // Backtracking: halve the Newton step until the objective decreases.
            let mut alpha = 1.0;
            let mut improved = false;
            while alpha > 1e-8 {
                let mut next = theta;
                for a in 0..np {
                    next[a] -= alpha * step[a];
                }
                let v = objective(&next);
                if v.is_finite() && v <= value {
                    improved = v < value;
                    theta = next;
                    value = v;
                    break;
                }
                alpha /= 2.0;
            }
            if !improved {
                break;
            }
        }
        let (scale, bias) = method.unpack(&theta);
        Calibration {
            method,
            scale,
            bias,
        }
    }

    /// The equivalent temperature, for temperature scaling.
    pub fn as_temperature(&self) -> Option<f64> {
        (self.method == CalibrationMethod::Temperature).then(|| 1.0 / self.scale[0])
    }
}

impl std::fmt::Display for Calibration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.as_temperature() {
            Some(t) => write!(f, "temperature {t:.3}"),
            None => write!(
                f,
                "{}: scale [{:.3}, {:.3}, {:.3}] bias [{:.3}, {:.3}, {:.3}]",
                self.method.name(),
                self.scale[0],
                self.scale[1],
                self.scale[2],
                self.bias[0],
                self.bias[1],
                self.bias[2]
            ),
        }
    }
}

/// The solution x of `a x = b` over the first `n` rows and columns (Gaussian
/// elimination with partial pivoting); None when `a` is singular.
fn solve(a: &[[f64; 6]; 6], b: &[f64; 6], n: usize) -> Option<[f64; 6]> {
    let mut m = *a;
    let mut x = *b;
    for c in 0..n {
        let p = (c..n).max_by(|&i, &j| m[i][c].abs().total_cmp(&m[j][c].abs()))?;
        if m[p][c].abs() < 1e-14 {
            return None;
        }
        m.swap(c, p);
        x.swap(c, p);
        let pivot = m[c];
        for r in c + 1..n {
            let f = m[r][c] / pivot[c];
            for (v, p) in m[r][c..n].iter_mut().zip(&pivot[c..n]) {
                *v -= f * p;
            }
            x[r] -= f * x[c];
        }
    }
    for c in (0..n).rev() {
        for k in c + 1..n {
            x[c] -= m[c][k] * x[k];
        }
        x[c] /= m[c][c];
    }
    Some(x)
}

fn log_softmax64(z: &[f64; 3]) -> [f64; 3] {
    let m = z.iter().fold(f64::NEG_INFINITY, |a, &b| a.max(b));
    let lse = m + z.iter().map(|v| (v - m).exp()).sum::<f64>().ln();
    std::array::from_fn(|k| z[k] - lse)
}

fn softmax64(z: &[f64; 3]) -> [f64; 3] {
    let l = log_softmax64(z);
    std::array::from_fn(|k| l[k].exp())
}

/// The calibration a model manifest records: the parameters, and where they were
/// fitted and how they score.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CalibrationRecord {
    pub method: CalibrationMethod,
    pub scale: [f64; 3],
    pub bias: [f64; 3],
    /// The held-out data it was fitted on, the method choice and its scores.
    #[serde(default)]
    pub fitted_on: serde_json::Value,
}

impl CalibrationRecord {
    pub fn calibration(&self) -> Calibration {
        Calibration {
            method: self.method,
            scale: self.scale,
            bias: self.bias,
        }
    }
}

/// Reads `dir/MANIFEST.json`.
pub fn read_manifest(dir: &Path) -> Result<StanceManifest> {
    let path = dir.join("MANIFEST.json");
    serde_json::from_str(
        &fs::read_to_string(&path).with_context(|| {
            format!("{}: cannot read the stance model manifest", path.display())
        })?,
    )
    .with_context(|| format!("{}: malformed manifest", path.display()))
}

/// A labelled stance input of the calibration pool, with the group it is held out
/// with in cross-validation (a text, or a gold document).
#[derive(Debug, Clone)]
pub struct Labelled {
    pub input: StanceInput,
    pub label: usize,
    pub group: String,
    /// Which data it comes from ("stance dev", or a gold file).
    pub source: String,
}

/// What [`gold_inputs`] could not use.
#[derive(Debug, Clone, Default, Serialize)]
pub struct GoldSkips {
    /// Statements whose evidence is not in the text.
    pub evidence_not_found: usize,
    /// Statements given the target's actor code for want of a mention of it.
    pub target_by_code: usize,
}

/// The gold statements of labelled documents as stance inputs, built as the pipeline
/// builds them (`pipeline::apply_stance`): the sentence holding the cue, widened to the
/// evidence; the speaker as the statement names it; the target as written, here the
/// gold mention of the target actor nearest the evidence (in it if one is, else in the
/// widened sentence), else the actor's code as the pipeline does.
pub fn gold_inputs(docs: &[crate::document::Document], source: &str) -> (Vec<Labelled>, GoldSkips) {
    use crate::document::CharIndex;
    let mut out = Vec::new();
    let mut skips = GoldSkips::default();
    for d in docs {
        let index = CharIndex::new(&d.text);
        let sentences = crate::text::segment(&d.text);
        let spans = |needle: &str| -> Vec<(usize, usize)> {
            if needle.is_empty() {
                return Vec::new();
            }
            d.text
                .match_indices(needle)
                .map(|(b, m)| {
                    let s = d.text[..b].chars().count();
                    (s, s + m.chars().count())
                })
                .collect()
        };
        let gap = |a: (usize, usize), b: (usize, usize)| -> usize {
            a.0.saturating_sub(b.1).max(b.0.saturating_sub(a.1))
        };
        for s in d.statements.iter().flatten() {
            let Some(label) = STANCES.iter().position(|x| *x == s.stance) else {
                continue;
            };
            let evidence = spans(s.evidence.trim());
            let cues = spans(s.cue.trim());
            // The evidence occurrence nearest a cue occurrence (the first without cue).
            let Some((ev, cue)) = evidence
                .iter()
                .map(|&e| {
                    let c = cues.iter().copied().min_by_key(|&c| gap(e, c)).unwrap_or(e);
                    (e, c)
                })
                .min_by_key(|&(e, c)| gap(e, c))
            else {
                skips.evidence_not_found += 1;
                continue;
            };
            let holding = |pos: usize| {
                sentences
                    .iter()
                    .find(|x| x.span.start <= pos && pos < x.span.end)
            };
            let sentence = holding(cue.0).or_else(|| holding(ev.0)).map(|x| x.span);
            let (mut a, mut b) = sentence.map_or((0, index.len()), |sp| (sp.start, sp.end));
            a = a.min(ev.0);
            b = b.max(ev.1).min(index.len());
            let target = d
                .entities
                .iter()
                .flatten()
                .filter(|e| e.actor.as_deref() == Some(s.target_actor.as_str()))
                .filter(|e| a <= e.start && e.end <= b)
                .min_by_key(|e| (gap((e.start, e.end), ev), e.start))
                .map(|e| e.text.clone());
            if target.is_none() {
                skips.target_by_code += 1;
            }
            out.push(Labelled {
                input: StanceInput {
                    text: index.slice(&d.text, a, b).to_string(),
                    speaker: s.speaker.clone(),
                    target: target.unwrap_or_else(|| s.target_actor.clone()),
                },
                label,
                group: format!("{source}:{}", d.id),
                source: source.to_string(),
            });
        }
    }
    (out, skips)
}

/// Cross-validation fold (of `folds`) of a group: a hash of its name, so folds are the
/// same whatever the order of the data.
pub fn fold_of(group: &str, folds: usize) -> usize {
    let h = crate::resources::sha256_bytes(group.as_bytes());
    (u64::from_str_radix(&h[..15], 16).unwrap_or(0) % folds.max(1) as u64) as usize
}

/// Out-of-fold probabilities of `method`: each group's examples are calibrated by a
/// fit on the other folds.
pub fn cross_validated(
    method: CalibrationMethod,
    logits: &[[f32; 3]],
    labels: &[usize],
    groups: &[String],
    folds: usize,
) -> Vec<[f32; 3]> {
    let fold: Vec<usize> = groups.iter().map(|g| fold_of(g, folds)).collect();
    let mut out = vec![[0.0f32; 3]; logits.len()];
    for f in 0..folds {
        let (tl, ty): (Vec<[f32; 3]>, Vec<usize>) = (0..logits.len())
            .filter(|&i| fold[i] != f)
            .map(|i| (logits[i], labels[i]))
            .unzip();
        let c = Calibration::fit(method, &tl, &ty);
        for i in (0..logits.len()).filter(|&i| fold[i] == f) {
            out[i] = c.probs(&logits[i]);
        }
    }
    out
}

/// Mean negative log-likelihood of `labels` under `probs`.
pub fn mean_nll(probs: &[[f32; 3]], labels: &[usize]) -> f64 {
    probs
        .iter()
        .zip(labels)
        .map(|(p, &y)| -(p[y].max(1e-12) as f64).ln())
        .sum::<f64>()
        / probs.len().max(1) as f64
}

/// Expected calibration error over 10 equal-width confidence bins.
pub fn expected_calibration_error(probs: &[[f32; 3]], labels: &[usize]) -> f64 {
    calibration_error(probs, labels, 10)
}

/// Expected calibration error over `bins` equal-width bins of the top probability:
/// the mean, weighted by bin size, of |mean confidence − accuracy| in each bin.
pub fn calibration_error(probs: &[[f32; 3]], labels: &[usize], bins: usize) -> f64 {
    let mut acc = vec![(0.0f64, 0.0f64, 0usize); bins.max(1)];
    for (p, &y) in probs.iter().zip(labels) {
        let (k, conf) = p
            .iter()
            .enumerate()
            .fold((0, f32::MIN), |a, (i, &v)| if v > a.1 { (i, v) } else { a });
        let b = ((conf as f64 * acc.len() as f64) as usize).min(acc.len() - 1);
        acc[b].0 += conf as f64;
        acc[b].1 += (k == y) as usize as f64;
        acc[b].2 += 1;
    }
    let n = probs.len().max(1) as f64;
    acc.iter()
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
            let y = Tensor::from_slice(&batch.iter().map(|&i| data[i].1).collect::<Vec<_>>())
                .to(model.device());
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Deterministic pseudo-random numbers in [0, 1).
    fn uniform(state: &mut u64) -> f64 {
        *state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (*state >> 11) as f64 / (1u64 << 53) as f64
    }

    /// An overconfident classifier: labels drawn from softmax(true logits), reported
    /// logits three times as large, and a bias towards class 0.
    fn overconfident(n: usize, seed: u64) -> (Vec<[f32; 3]>, Vec<usize>) {
        let mut s = seed;
        let mut logits = Vec::new();
        let mut labels = Vec::new();
        for _ in 0..n {
            let z: [f64; 3] = std::array::from_fn(|_| 2.0 * (uniform(&mut s) - 0.5) * 2.0);
            let p = softmax64(&z);
            let u = uniform(&mut s);
            let y = if u < p[0] {
                0
            } else if u < p[0] + p[1] {
                1
            } else {
                2
            };
            logits.push([
                (3.0 * z[0] + 1.0) as f32,
                (3.0 * z[1]) as f32,
                (3.0 * z[2]) as f32,
            ]);
            labels.push(y);
        }
        (logits, labels)
    }

    #[test]
    fn fitted_scaling_lowers_nll_and_ece_of_an_overconfident_model() {
        let (logits, labels) = overconfident(3000, 7);
        let (held_logits, held_labels) = overconfident(3000, 8);
        let raw = Calibration::temperature(1.0);
        let raw_nll = raw.nll(&held_logits, &held_labels);
        let probs =
            |c: &Calibration| -> Vec<[f32; 3]> { held_logits.iter().map(|l| c.probs(l)).collect() };
        let raw_ece = expected_calibration_error(&probs(&raw), &held_labels);
        assert!(
            raw_ece > 0.1,
            "the synthetic model is overconfident: {raw_ece}"
        );
        let mut last = raw_nll;
        for m in CalibrationMethod::ALL {
            let c = Calibration::fit(m, &logits, &labels);
            let nll = c.nll(&held_logits, &held_labels);
            let ece = expected_calibration_error(&probs(&c), &held_labels);
            assert!(nll < raw_nll - 0.05, "{m:?}: NLL {nll} vs {raw_nll}");
            assert!(ece < 0.04, "{m:?}: ECE {ece} vs {raw_ece}");
            // Each form nests the one before it, so its fit is at least as good in sample.
            let in_sample = c.nll(&logits, &labels);
            assert!(in_sample <= last + 1e-9 || m == CalibrationMethod::Temperature);
            last = in_sample;
        }
        // Temperature scaling recovers the factor of 3; vector scaling also the bias.
        let t = Calibration::fit(CalibrationMethod::Temperature, &logits, &labels);
        assert!((t.as_temperature().unwrap() - 3.0).abs() < 0.5, "{t}");
        let v = Calibration::fit(CalibrationMethod::Vector, &logits, &labels);
        for k in 0..3 {
            assert!((v.scale[k] - 1.0 / 3.0).abs() < 0.06, "{v}");
        }
        let shift = v.bias[0] - (v.bias[1] + v.bias[2]) / 2.0;
        assert!((shift + 1.0 / 3.0).abs() < 0.15, "{v}");
    }

    #[test]
    fn fit_is_a_minimum() {
        let (logits, labels) = overconfident(500, 3);
        for m in CalibrationMethod::ALL {
            let c = Calibration::fit(m, &logits, &labels);
            let best = c.nll(&logits, &labels);
            for k in 0..3 {
                for d in [-0.01, 0.01] {
                    let mut s = c;
                    s.scale[k] += d;
                    if m != CalibrationMethod::Vector {
                        s.scale = [c.scale[0] + d; 3];
                    }
                    assert!(
                        s.nll(&logits, &labels) >= best - 1e-9,
                        "{m:?} scale {k} {d}"
                    );
                    if m != CalibrationMethod::Temperature {
                        let mut b = c;
                        b.bias[k] += d;
                        assert!(b.nll(&logits, &labels) >= best - 1e-6, "{m:?} bias {k} {d}");
                    }
                }
            }
        }
    }

    #[test]
    fn temperature_calibration_matches_the_old_softmax() {
        let l = [2.5f32, -1.0, 0.3];
        let a = Calibration::temperature(1.48).probs(&l);
        let b = softmax(&l, 1.48);
        for k in 0..3 {
            assert!((a[k] - b[k]).abs() < 1e-6);
        }
        assert_eq!(argmax(&a), 0);
    }

    #[test]
    fn ece_of_known_bins() {
        // Two predictions at confidence 0.9, one right: |0.9 − 0.5| = 0.4.
        let p = [[0.9f32, 0.05, 0.05], [0.05, 0.9, 0.05]];
        let e = calibration_error(&p, &[0, 0], 15);
        assert!((e - 0.4).abs() < 1e-6, "{e}");
        assert!((expected_calibration_error(&p, &[0, 1]) - 0.1).abs() < 1e-6);
    }

    #[test]
    fn gold_statements_become_pipeline_inputs() {
        let text = "Paris, 3 mai. La France a condamné mardi les essais de Pyongyang. « C'est inacceptable », a déclaré le ministre.";
        let mut doc: crate::document::Document = serde_json::from_value(serde_json::json!({
            "id": "d",
            "text": text,
            "entities": [
                {"start": 14, "end": 23, "label": "LOC", "text": "La France", "actor": "FRA"},
                {"start": 55, "end": 65, "label": "LOC", "text": "Pyongyang", "actor": "PRK"},
            ],
            "statements": [
                {"speaker": "La France", "speaker_actor": "FRA", "target_actor": "PRK",
                 "stance": "negative", "cue": "a condamné", "evidence": "les essais de Pyongyang"},
                {"speaker": "le ministre", "speaker_actor": "FRA", "target_actor": "PRK",
                 "stance": "negative", "cue": "a déclaré", "evidence": "C'est inacceptable"},
                {"speaker": "X", "speaker_actor": "FRA", "target_actor": "PRK",
                 "stance": "negative", "cue": "a dit", "evidence": "absent"},
            ]
        }))
        .unwrap();
        doc.entities.as_mut().unwrap()[1].start =
            text[..text.find("Pyongyang").unwrap()].chars().count();
        doc.entities.as_mut().unwrap()[1].end = doc.entities.as_ref().unwrap()[1].start + 9;
        let (inputs, skips) = gold_inputs(&[doc], "g");
        assert_eq!(skips.evidence_not_found, 1);
        assert_eq!(skips.target_by_code, 1);
        assert_eq!(inputs.len(), 2);
        assert_eq!(
            inputs[0].input.text,
            "La France a condamné mardi les essais de Pyongyang."
        );
        assert_eq!(inputs[0].input.target, "Pyongyang");
        assert_eq!(inputs[0].label, 0);
        assert_eq!(inputs[0].group, "g:d");
        // The quote's sentence; the target is not in it, so its code stands in.
        assert_eq!(inputs[1].input.target, "PRK");
        assert!(inputs[1].input.text.contains("inacceptable"));
    }

    #[test]
    fn folds_depend_on_the_group_only() {
        assert_eq!(fold_of("g:d", 5), fold_of("g:d", 5));
        let counts = (0..1000).fold([0usize; 5], |mut c, i| {
            c[fold_of(&format!("text:{i}"), 5)] += 1;
            c
        });
        assert!(counts.iter().all(|&c| c > 150), "{counts:?}");
    }
}
