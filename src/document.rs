//! The document and its annotations. One `Document` holds the text and every
//! annotation as code-point offset spans into it (spaCy's Doc, in short): stages only
//! add to it, and any string is a view computed from offsets.

use serde::{Deserialize, Serialize};

use crate::text::Sentence;

/// A named-entity mention: `[start, end)` in Unicode code points of the document text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub start: usize,
    pub end: usize,
    pub label: String,
    pub text: String,
    /// The state (ISO 3166-1 alpha-3) or organisation the mention stands for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
    /// The model's confidence: the mean probability of the entity's word tags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f32>,
}

/// A document, serialised in the shared/ANNOTATION.md JSONL format.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// The place of the dispatch's dateline ("PARIS", "SRINAGAR (Inde)"), when ingest found one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub headline: Option<String>,
    pub text: String,
    /// Absent in a gold file: the document is not scored for NER.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entities: Option<Vec<Entity>>,
    /// Who says what about whom. Absent in a gold file: not scored for statements.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statements: Option<Vec<Statement>>,
    /// Sentences and words (text stage); not serialised.
    #[serde(skip)]
    pub sentences: Vec<Sentence>,
    /// Where the document came from: file and, for JSONL, 1-based line.
    #[serde(skip)]
    pub source: Source,
    /// Text that ingest held out of the analysis (a leading dateline, a trailing agency
    /// signature); `ingest::restore` puts it back and shifts every offset.
    #[serde(skip)]
    pub held_out: HeldOut,
}

/// The dateline and signature cut from a document's text before analysis.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HeldOut {
    pub head: String,
    pub tail: String,
}

/// A stance that a speaker expresses towards an actor (shared/ANNOTATION.md).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// The fullest name the text gives, or a collective speaker's usual name.
    pub speaker: String,
    pub speaker_actor: String,
    pub target_actor: String,
    /// `negative`, `neutral` or `positive`.
    pub stance: String,
    /// `direct`, `indirect`, `attribution` or `act`.
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub cue: String,
    #[serde(default)]
    pub evidence: String,
    /// Stance score in [-1, 1] (predictions only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f32>,
    /// The target's mention as written (predictions only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// Index of the sentence holding the cue (predictions only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sentence: Option<usize>,
    /// Code-point span of the evidence in the text (predictions only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
}

/// The stances, in the order every score vector and confusion matrix uses.
pub const STANCES: [&str; 3] = ["negative", "neutral", "positive"];

/// −1, 0 or +1 for negative, neutral, positive (None for anything else).
pub fn stance_value(stance: &str) -> Option<f64> {
    STANCES
        .iter()
        .position(|s| *s == stance)
        .map(|i| i as f64 - 1.0)
}

impl Statement {
    /// −1, 0 or +1 for this statement's stance (None for anything else).
    pub fn stance_value(&self) -> Option<f64> {
        stance_value(&self.stance)
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Source {
    pub path: std::path::PathBuf,
    pub line: Option<usize>,
}

impl Document {
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            text: text.into(),
            ..Default::default()
        }
    }

    /// The same document without annotations (to run the pipeline on gold text).
    pub fn unlabelled(&self) -> Document {
        Document {
            entities: None,
            statements: None,
            sentences: Vec::new(),
            ..self.clone()
        }
    }

    /// Checks that every entity's offsets slice its text out of the document.
    pub fn check_offsets(&self) -> Result<(), String> {
        let index = CharIndex::new(&self.text);
        for e in self.entities.iter().flatten() {
            if e.start >= e.end || e.end > index.len() {
                return Err(format!(
                    "entity {:?} has offsets {}..{} outside the text ({} code points)",
                    e.text,
                    e.start,
                    e.end,
                    index.len()
                ));
            }
            let got = index.slice(&self.text, e.start, e.end);
            if got != e.text {
                return Err(format!(
                    "entity {:?} at {}..{} slices {:?} from the text",
                    e.text, e.start, e.end, got
                ));
            }
        }
        Ok(())
    }
}

/// Code-point ↔ byte offsets of one text.
pub struct CharIndex {
    bytes: Vec<usize>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let mut bytes: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bytes.push(text.len());
        CharIndex { bytes }
    }
    /// Number of code points.
    pub fn len(&self) -> usize {
        self.bytes.len() - 1
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn byte(&self, char_offset: usize) -> usize {
        self.bytes[char_offset]
    }
    pub fn slice<'t>(&self, text: &'t str, start: usize, end: usize) -> &'t str {
        &text[self.bytes[start]..self.bytes[end]]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_points_not_bytes() {
        let text = "À Pékin, « non »";
        let idx = CharIndex::new(text);
        assert_eq!(idx.len(), 16);
        assert_eq!(idx.slice(text, 2, 7), "Pékin");
        let mut d = Document::new("x", text);
        d.entities = Some(vec![Entity {
            start: 2,
            end: 7,
            label: "LOC".into(),
            text: "Pékin".into(),
            actor: Some("CHN".into()),
            score: None,
        }]);
        assert!(d.check_offsets().is_ok());
        d.entities.as_mut().unwrap()[0].end = 8;
        assert!(d.check_offsets().is_err());
    }
}
