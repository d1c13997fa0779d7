//! Entity-level scoring, CoNLL convention: a predicted entity counts only when its span
//! and its label both match a gold entity exactly. Per label and micro-averaged.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::hash::Hash;

/// Counts for one label.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Counts {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn support(&self) -> usize {
        self.tp + self.fn_
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Per-label counts and their micro sum.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores {
    pub per_label: BTreeMap<String, Counts>,
}

impl Scores {
    pub fn micro(&self) -> Counts {
        let mut c = Counts::default();
        for v in self.per_label.values() {
            c.tp += v.tp;
            c.fp += v.fp;
            c.fn_ += v.fn_;
        }
        c
    }
    pub fn label(&self, l: &str) -> Counts {
        self.per_label.get(l).cloned().unwrap_or_default()
    }
    pub fn to_json(&self) -> serde_json::Value {
        let row = |c: &Counts| serde_json::json!({"precision": c.precision(), "recall": c.recall(), "f1": c.f1(), "support": c.support()});
        let mut m = serde_json::Map::new();
        for (l, c) in &self.per_label {
            m.insert(l.clone(), row(c));
        }
        m.insert("micro".into(), row(&self.micro()));
        serde_json::Value::Object(m)
    }
}

impl fmt::Display for Scores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<8} {:>9} {:>9} {:>9} {:>8}",
            "label", "precision", "recall", "f1", "support"
        )?;
        let row = |f: &mut fmt::Formatter<'_>, l: &str, c: &Counts| {
            writeln!(
                f,
                "{:<8} {:>9.4} {:>9.4} {:>9.4} {:>8}",
                l,
                c.precision(),
                c.recall(),
                c.f1(),
                c.support()
            )
        };
        for (l, c) in &self.per_label {
            row(f, l, c)?;
        }
        row(f, "micro", &self.micro())
    }
}

/// Accumulates exact-match counts over any span key (word indices, code-point offsets…)
/// grouped by unit (sentence or document).
#[derive(Default)]
pub struct SpanScorer {
    scores: Scores,
}

impl SpanScorer {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one unit: gold and predicted (key, label) pairs.
    pub fn add<K: Eq + Hash + Clone>(&mut self, gold: &[(K, String)], pred: &[(K, String)]) {
        let gold_set: HashSet<&(K, String)> = gold.iter().collect();
        let pred_set: HashSet<&(K, String)> = pred.iter().collect();
        for g in &gold_set {
            let c = self.scores.per_label.entry(g.1.clone()).or_default();
            if pred_set.contains(g) {
                c.tp += 1;
            } else {
                c.fn_ += 1;
            }
        }
        for p in &pred_set {
            if !gold_set.contains(p) {
                self.scores.per_label.entry(p.1.clone()).or_default().fp += 1;
            }
        }
    }

    /// Adds one sentence given as gold and predicted tag sequences.
    pub fn add_tags<S: AsRef<str>>(&mut self, gold: &[S], pred: &[S]) {
        let key = |tags: &[S]| {
            super::spans_from_tags(tags)
                .into_iter()
                .map(|s| ((s.start, s.end), s.label))
                .collect::<Vec<_>>()
        };
        self.add(&key(gold), &key(pred));
    }

    pub fn finish(self) -> Scores {
        self.scores
    }
}

/// Scores a predictions file against gold sentences: both must hold the same sentences
/// with the same words, in the same order.
pub fn score_files(gold: &[super::Sentence], pred: &[super::Sentence]) -> anyhow::Result<Scores> {
    anyhow::ensure!(
        gold.len() == pred.len(),
        "{} predicted sentences for {} gold ones",
        pred.len(),
        gold.len()
    );
    let mut scorer = SpanScorer::new();
    for (i, (g, p)) in gold.iter().zip(pred).enumerate() {
        anyhow::ensure!(
            g.words == p.words,
            "sentence {} has other words than the gold one",
            i + 1
        );
        scorer.add_tags(&g.tags, &p.tags);
    }
    Ok(scorer.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_span_and_label() {
        let mut s = SpanScorer::new();
        // gold: PER(0,2) LOC(3,4); pred: PER(0,1) wrong span, LOC(3,4) right, ORG(5,6) spurious
        s.add_tags(
            &["B-PER", "I-PER", "O", "B-LOC", "O", "O"],
            &["B-PER", "O", "O", "B-LOC", "O", "B-ORG"],
        );
        let sc = s.finish();
        assert_eq!(sc.label("LOC").tp, 1);
        assert_eq!(
            sc.label("PER"),
            Counts {
                tp: 0,
                fp: 1,
                fn_: 1
            }
        );
        assert_eq!(sc.label("ORG").fp, 1);
        let m = sc.micro();
        assert_eq!((m.tp, m.fp, m.fn_), (1, 2, 1));
        assert!((m.precision() - 1.0 / 3.0).abs() < 1e-12);
        assert!((m.f1() - 0.4).abs() < 1e-12);
    }

    #[test]
    fn perfect_is_one() {
        let mut s = SpanScorer::new();
        s.add_tags(&["B-ORG", "I-ORG"], &["B-ORG", "I-ORG"]);
        assert_eq!(s.finish().micro().f1(), 1.0);
    }
}
