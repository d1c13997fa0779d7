//! A rule-based [`WordTagger`] for `analyze --no-models`: gazetteer names (states,
//! capitals, seats of power, organisations) and runs of capitalised words as persons.
//! No libtorch, no model files: it measures the pipeline without model time and gives
//! statements wherever the gazetteer knows the actors. It is far less accurate than the
//! trained NER model on persons and on organisations outside the gazetteer.

use crate::actors::{gazetteer, EntryKind};
use crate::model::WordTagger;

/// Longest gazetteer name tried, in words.
const MAX_NAME_WORDS: usize = 6;

/// Capitalised words that open sentences and never start a person's name.
const NOT_NAMES: &[&str] = &[
    "A", "Au", "Aux", "Après", "Avant", "Ce", "Ces", "Cette", "Dans", "De", "Des", "Du", "Elle",
    "Elles", "En", "Et", "Il", "Ils", "La", "Le", "Les", "Lors", "Mais", "Ni", "Or", "Par", "Pour",
    "Quant", "Sans", "Selon", "Sur", "Un", "Une", "D'après", "Depuis", "Dimanche", "Lundi",
    "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi",
];

/// Articles, never part of a name's span.
const ARTICLES: &[&str] = &["Le", "La", "Les", "L'", "L’"];

/// Titles after which one capitalised word is a person ("M. Zhao").
const TITLES: &[&str] = &["M.", "Mme", "Mlle", "Dr", "Me", "Mgr"];

/// Gazetteer names as LOC (states, capitals, places) or ORG (organisations, seats of
/// power), and persons as PER: two or more capitalised words, or one after a title.
#[derive(Debug, Default, Clone, Copy)]
pub struct RuleTagger;

fn capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The label of the longest gazetteer name starting at word `i`, with its length.
fn gazetteer_name(words: &[&str], i: usize) -> Option<(&'static str, usize)> {
    let g = gazetteer();
    let last = (i + MAX_NAME_WORDS).min(words.len());
    for j in (i + 1..=last).rev() {
        let surface = words[i..j].join(" ");
        for e in g.entries(&surface) {
            let label = match e.kind {
                EntryKind::State | EntryKind::Capital | EntryKind::Place => "LOC",
                EntryKind::Org | EntryKind::Seat => "ORG",
                EntryKind::Adjective | EntryKind::OrgAdjective => continue,
            };
            return Some((label, j - i));
        }
    }
    None
}

/// Tags of one sentence.
pub fn tag_words(words: &[&str]) -> Vec<&'static str> {
    let mut tags = vec!["O"; words.len()];
    let mut i = 0;
    while i < words.len() {
        // Names start after their article, as NER spans do ("Le Royaume-Uni").
        if !capitalised(words[i]) || ARTICLES.contains(&words[i]) {
            i += 1;
            continue;
        }
        if let Some((label, n)) = gazetteer_name(words, i) {
            let (b, inside) = if label == "LOC" {
                ("B-LOC", "I-LOC")
            } else {
                ("B-ORG", "I-ORG")
            };
            tags[i] = b;
            tags[i + 1..i + n].fill(inside);
            i += n;
            continue;
        }
        let mut j = i;
        while j < words.len()
            && capitalised(words[j])
            && !NOT_NAMES.contains(&words[j])
            && !TITLES.contains(&words[j])
            && (j == i || gazetteer_name(words, j).is_none())
        {
            j += 1;
        }
        let after_title = i > 0 && TITLES.contains(&words[i - 1]);
        if j - i >= 2 || (j - i == 1 && after_title) {
            tags[i] = "B-PER";
            tags[i + 1..j].fill("I-PER");
            i = j;
        } else {
            i = j.max(i + 1);
        }
    }
    tags
}

impl WordTagger for RuleTagger {
    fn tag(&self, sentences: &[Vec<&str>]) -> anyhow::Result<Vec<Vec<(String, f32)>>> {
        Ok(sentences
            .iter()
            .map(|s| {
                tag_words(s)
                    .into_iter()
                    .map(|t| (t.to_string(), 1.0))
                    .collect()
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(s: &str) -> Vec<&'static str> {
        let w: Vec<&str> = s.split(' ').collect();
        tag_words(&w)
    }

    #[test]
    fn names_persons_and_organisations() {
        assert_eq!(
            tags("Pékin a démenti , a déclaré Zhao Lijian devant l' Otan"),
            vec!["B-LOC", "O", "O", "O", "O", "O", "B-PER", "I-PER", "O", "O", "B-ORG"]
        );
        assert_eq!(
            tags("Le Royaume-Uni et l' Union européenne , selon M. Blinken"),
            vec!["O", "B-LOC", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "B-PER"]
        );
    }

    #[test]
    fn sentence_openers_are_not_persons() {
        assert!(tags("Selon Washington il pleut")
            .iter()
            .all(|t| *t != "B-PER"));
        assert_eq!(tags("Mais Paris")[1], "B-LOC");
    }
}
