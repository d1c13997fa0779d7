//! Named-entity recognition without libtorch: the BIO label set, CoNLL-style data,
//! the fixed train/dev split, decoding word tags into spans, and CoNLL scoring.
//! The model that predicts the tags lives behind [`crate::model::WordTagger`].

pub mod conll;
pub mod rules;
pub mod score;

pub use conll::{read_conll, Sentence, Split};
pub use score::{Scores, SpanScorer};

/// Entity types, WikiNER style.
pub const TYPES: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

/// The model's output classes, in this order: O, then B-/I- of each type.
pub fn bio_labels() -> Vec<String> {
    let mut out = vec!["O".to_string()];
    for t in TYPES {
        out.push(format!("B-{t}"));
        out.push(format!("I-{t}"));
    }
    out
}

/// An entity span over word indices: `[start, end)` and its type.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WordSpan {
    pub start: usize,
    pub end: usize,
    pub label: String,
}

/// Chunks of an IOB tag sequence, conlleval style: a chunk starts at B-X, or at I-X
/// after O or after another type (so IOB1 and sloppy IOB2 both decode); it ends at
/// O, at B-, or at a change of type.
pub fn spans_from_tags<S: AsRef<str>>(tags: &[S]) -> Vec<WordSpan> {
    let mut out = Vec::new();
    let mut open: Option<(usize, String)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let tag = tag.as_ref();
        let (prefix, ty) = match tag.split_once('-') {
            Some((p, t)) if p == "B" || p == "I" => (p, t),
            _ => ("O", ""),
        };
        let continues = prefix == "I" && open.as_ref().is_some_and(|(_, t)| t == ty);
        if !continues {
            if let Some((s, t)) = open.take() {
                out.push(WordSpan {
                    start: s,
                    end: i,
                    label: t,
                });
            }
            if prefix != "O" {
                open = Some((i, ty.to_string()));
            }
        }
    }
    if let Some((s, t)) = open {
        out.push(WordSpan {
            start: s,
            end: tags.len(),
            label: t,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(tags: &[&str]) -> Vec<(usize, usize, &'static str)> {
        spans_from_tags(tags)
            .into_iter()
            .map(|s| {
                let l: &'static str = TYPES.iter().find(|t| **t == s.label).unwrap();
                (s.start, s.end, l)
            })
            .collect()
    }

    #[test]
    fn iob2_chunks() {
        assert_eq!(
            spans(&["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"]),
            vec![(0, 2, "PER"), (3, 4, "LOC"), (4, 5, "LOC"), (5, 6, "ORG")]
        );
    }

    #[test]
    fn iob1_chunks_start_at_i() {
        assert_eq!(
            spans(&["I-PER", "I-PER", "O", "I-LOC"]),
            vec![(0, 2, "PER"), (3, 4, "LOC")]
        );
    }

    #[test]
    fn labels_are_o_then_pairs() {
        let l = bio_labels();
        assert_eq!(l.len(), 9);
        assert_eq!(l[0], "O");
        assert_eq!(l[1], "B-PER");
        assert_eq!(l[8], "I-MISC");
    }
}
