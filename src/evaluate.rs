//! Statement scoring, as shared/ANNOTATION.md defines it: pairs (speaker actor →
//! target actor) per document, stance on matched pairs, speaker names, and the
//! corpus-level stance matrix.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use crate::document::{Document, Statement, STANCES};

/// What `evaluate` reports for statements.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StatementScores {
    pub documents: usize,
    pub gold_pairs: usize,
    pub pred_pairs: usize,
    pub matched_pairs: usize,
    /// Over matched pairs: `confusion[gold][pred]`, stances in [`STANCES`] order.
    pub confusion: [[usize; 3]; 3],
    /// Matched pairs whose predicted speaker name matches a gold one.
    pub speaker_matches: usize,
    pub matrix_gold_cells: usize,
    /// Gold matrix cells whose sign the prediction reproduces.
    pub matrix_sign_agree: usize,
    /// Predicted cells absent from the gold matrix.
    pub matrix_invented: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl StatementScores {
    pub fn precision(&self) -> f64 {
        ratio(self.matched_pairs, self.pred_pairs)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.matched_pairs, self.gold_pairs)
    }
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    pub fn stance_accuracy(&self) -> f64 {
        ratio(
            (0..3).map(|i| self.confusion[i][i]).sum(),
            self.matched_pairs,
        )
    }
    /// Macro-F1 over the stances present in gold or prediction.
    pub fn stance_macro_f1(&self) -> f64 {
        let mut f = Vec::new();
        for k in 0..3 {
            let tp = self.confusion[k][k];
            let gold: usize = self.confusion[k].iter().sum();
            let pred: usize = (0..3).map(|g| self.confusion[g][k]).sum();
            if gold + pred > 0 {
                f.push(f1(ratio(tp, pred), ratio(tp, gold)));
            }
        }
        if f.is_empty() {
            0.0
        } else {
            f.iter().sum::<f64>() / f.len() as f64
        }
    }
    pub fn speaker_match(&self) -> f64 {
        ratio(self.speaker_matches, self.matched_pairs)
    }
    pub fn matrix_sign_share(&self) -> f64 {
        ratio(self.matrix_sign_agree, self.matrix_gold_cells)
    }

    pub fn to_json(&self) -> serde_json::Value {
        serde_json::json!({
            "documents": self.documents,
            "gold_pairs": self.gold_pairs,
            "pred_pairs": self.pred_pairs,
            "matched_pairs": self.matched_pairs,
            "pair_precision": self.precision(),
            "pair_recall": self.recall(),
            "pair_f1": self.f1(),
            "stance_accuracy": self.stance_accuracy(),
            "stance_macro_f1": self.stance_macro_f1(),
            "stance_confusion": {"rows_gold_cols_pred": STANCES, "counts": self.confusion},
            "speaker_match": self.speaker_match(),
            "matrix_gold_cells": self.matrix_gold_cells,
            "matrix_sign_agreement": self.matrix_sign_share(),
            "matrix_invented_cells": self.matrix_invented,
        })
    }
}

impl fmt::Display for StatementScores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "statements: {} documents, {} gold pairs, {} predicted, {} matched",
            self.documents, self.gold_pairs, self.pred_pairs, self.matched_pairs
        )?;
        writeln!(
            f,
            "  pairs     precision {:.4}  recall {:.4}  F1 {:.4}",
            self.precision(),
            self.recall(),
            self.f1()
        )?;
        writeln!(
            f,
            "  stance    accuracy {:.4}  macro-F1 {:.4}  (matched pairs)",
            self.stance_accuracy(),
            self.stance_macro_f1()
        )?;
        writeln!(f, "  speaker   name match {:.4}", self.speaker_match())?;
        writeln!(
            f,
            "  matrix    sign agreement {:.4} of {} gold cells, {} invented cells",
            self.matrix_sign_share(),
            self.matrix_gold_cells,
            self.matrix_invented
        )
    }
}

type Pair = (String, String);

/// Per (speaker actor, target actor): the statements' mean stance and speaker names.
fn pairs(statements: &[Statement]) -> BTreeMap<Pair, (f64, Vec<String>)> {
    let mut acc: BTreeMap<Pair, (f64, usize, Vec<String>)> = BTreeMap::new();
    for s in statements {
        let Some(v) = s.stance_value() else { continue };
        let e = acc
            .entry((s.speaker_actor.clone(), s.target_actor.clone()))
            .or_default();
        e.0 += v;
        e.1 += 1;
        e.2.push(s.speaker.clone());
    }
    acc.into_iter()
        .map(|(k, (sum, n, names))| (k, (sum / n as f64, names)))
        .collect()
}

/// The stance of a mean value: its sign.
fn stance_index(mean: f64) -> usize {
    if mean < -1e-9 {
        0
    } else if mean > 1e-9 {
        2
    } else {
        1
    }
}

/// Scores predicted documents against gold ones (matched by id). Gold documents
/// without `statements` are not scored.
pub fn score_statements(gold: &[Document], pred: &[Document]) -> StatementScores {
    let by_id: HashMap<&str, &Document> = pred.iter().map(|d| (d.id.as_str(), d)).collect();
    let mut sc = StatementScores::default();
    let mut gold_cells: BTreeMap<Pair, (f64, usize)> = BTreeMap::new();
    let mut pred_cells: BTreeMap<Pair, (f64, usize)> = BTreeMap::new();
    for g in gold {
        let Some(gs) = &g.statements else { continue };
        sc.documents += 1;
        let ps = by_id
            .get(g.id.as_str())
            .and_then(|d| d.statements.clone())
            .unwrap_or_default();
        for (cells, list) in [(&mut gold_cells, gs), (&mut pred_cells, &ps)] {
            for s in list {
                if let Some(v) = s.stance_value() {
                    let c = cells
                        .entry((s.speaker_actor.clone(), s.target_actor.clone()))
                        .or_default();
                    c.0 += v;
                    c.1 += 1;
                }
            }
        }
        let (gp, pp) = (pairs(gs), pairs(&ps));
        sc.gold_pairs += gp.len();
        sc.pred_pairs += pp.len();
        for (pair, (gmean, gnames)) in &gp {
            let Some((pmean, pnames)) = pp.get(pair) else {
                continue;
            };
            sc.matched_pairs += 1;
            sc.confusion[stance_index(*gmean)][stance_index(*pmean)] += 1;
            if gnames
                .iter()
                .any(|g| pnames.iter().any(|p| names_match(g, p)))
            {
                sc.speaker_matches += 1;
            }
        }
    }
    sc.matrix_gold_cells = gold_cells.len();
    for (cell, (sum, n)) in &gold_cells {
        if let Some((ps, pn)) = pred_cells.get(cell) {
            if stance_index(sum / *n as f64) == stance_index(ps / *pn as f64) {
                sc.matrix_sign_agree += 1;
            }
        }
    }
    sc.matrix_invented = pred_cells
        .keys()
        .filter(|c| !gold_cells.contains_key(*c))
        .count();
    sc
}

const TITLES: [&str; 8] = ["m.", "mme", "mlle", "dr", "pr", "me", "mm.", "mgr"];

/// Speaker names match when equal after case folding (accents kept, both apostrophes
/// alike), or when they share a capitalised name word (surname match: "M. Zhao" and
/// "Zhao Lijian").
pub fn names_match(gold: &str, pred: &str) -> bool {
    let fold = |s: &str| s.replace('’', "'").to_lowercase();
    if fold(gold).trim() == fold(pred).trim() {
        return true;
    }
    let names = |s: &str| -> BTreeSet<String> {
        s.split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .map(fold)
            .filter(|w| !TITLES.contains(&w.as_str()) && w.chars().count() > 1)
            .collect()
    };
    !names(gold).is_disjoint(&names(pred))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(speaker: &str, from: &str, to: &str, stance: &str) -> Statement {
        Statement {
            speaker: speaker.into(),
            speaker_actor: from.into(),
            target_actor: to.into(),
            stance: stance.into(),
            ..Default::default()
        }
    }

    fn doc(id: &str, s: Vec<Statement>) -> Document {
        let mut d = Document::new(id, "x");
        d.statements = Some(s);
        d
    }

    #[test]
    fn pairs_stance_speakers_and_matrix() {
        let gold = vec![doc(
            "a",
            vec![
                st("Antony Blinken", "USA", "CHN", "negative"),
                st("Washington", "USA", "CHN", "negative"),
                st("Zhao Lijian", "CHN", "USA", "negative"),
                st("l'Otan", "NATO", "CHN", "neutral"),
            ],
        )];
        let pred = vec![doc(
            "a",
            vec![
                st("M. Blinken", "USA", "CHN", "negative"),
                st("M. Zhao", "CHN", "USA", "neutral"),
                st("Tokyo", "JPN", "CHN", "negative"),
            ],
        )];
        let s = score_statements(&gold, &pred);
        assert_eq!((s.gold_pairs, s.pred_pairs, s.matched_pairs), (3, 3, 2));
        assert!((s.precision() - 2.0 / 3.0).abs() < 1e-12);
        assert!((s.recall() - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(s.stance_accuracy(), 0.5);
        assert_eq!(s.speaker_match(), 1.0);
        assert_eq!(s.matrix_gold_cells, 3);
        assert_eq!(s.matrix_sign_agree, 1);
        assert_eq!(s.matrix_invented, 1);
        // negative: gold 2, pred 1, tp 1 → F1 2/3; neutral: gold 1? no: gold 0 in matched,
        // pred 1 → F1 0. Macro over present classes = 1/3.
        assert!((s.stance_macro_f1() - 1.0 / 3.0).abs() < 1e-12);
    }

    #[test]
    fn documents_without_gold_statements_are_not_scored() {
        let mut g = Document::new("a", "x");
        g.statements = None;
        let s = score_statements(&[g], &[doc("a", vec![st("X", "FRA", "DEU", "positive")])]);
        assert_eq!(s.documents, 0);
        assert_eq!(s.pred_pairs, 0);
    }

    #[test]
    fn speaker_names() {
        assert!(names_match("Zhao Lijian", "M. Zhao"));
        assert!(names_match("l’Otan", "l'Otan"));
        assert!(names_match("Washington", "washington"));
        assert!(!names_match(
            "le président américain",
            "le président chinois"
        ));
        assert!(!names_match("Joe Biden", "M. Blinken"));
    }
}
