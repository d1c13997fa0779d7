//! The cue and polarity lexicons (`data/lexicon/`), embedded in the binary.

use std::collections::HashMap;
use std::sync::OnceLock;

/// What a cue verb does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueClass {
    /// Says something: the stance comes from the evidence.
    Speech,
    /// The verb carries the stance (condamner, saluer…).
    Judgement,
    /// Calls on someone to do something.
    Call,
    /// An official act (sanction, indictment, expulsion…).
    Act,
}

#[derive(Debug, Clone)]
pub struct Cue {
    pub lemma: String,
    pub class: CueClass,
    pub polarity: i8,
    /// Words that must follow the verb form ("acte" in "prendre acte").
    pub tail: Vec<String>,
}

pub struct Lexicon {
    /// Folded verb form → cues having it.
    forms: HashMap<String, Vec<usize>>,
    pub cues: Vec<Cue>,
    polarity: Vec<(String, i8)>,
}

/// Lower case without accents, one apostrophe.
pub fn fold(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            '’' | 'ʼ' => '\'',
            c => c,
        })
        .collect()
}

const ER: [&str; 21] = [
    "e", "es", "ent", "ons", "ez", "er", "é", "ée", "és", "ées", "ait", "aient", "ais", "ant",
    "era", "eront", "erait", "eraient", "a", "èrent", "ent-ils",
];
const IR: [&str; 13] = [
    "it", "issent", "ir", "i", "ie", "is", "ies", "issait", "issaient", "issant", "ira", "iront",
    "irait",
];

impl Lexicon {
    pub fn embedded() -> &'static Lexicon {
        static L: OnceLock<Lexicon> = OnceLock::new();
        L.get_or_init(|| {
            Lexicon::parse(
                include_str!("../../data/lexicon/cues.tsv"),
                include_str!("../../data/lexicon/polarity.tsv"),
            )
            .expect("embedded lexicon is valid")
        })
    }

    pub fn parse(cues: &str, polarity: &str) -> Result<Lexicon, String> {
        let mut lex = Lexicon {
            forms: HashMap::new(),
            cues: Vec::new(),
            polarity: Vec::new(),
        };
        for (n, line) in data_lines(cues) {
            let f: Vec<&str> = line.split('\t').collect();
            let [lemma, class, pol, forms] = f.as_slice() else {
                return Err(format!(
                    "cues.tsv line {n}: expected 4 TAB-separated fields"
                ));
            };
            let class = match *class {
                "speech" => CueClass::Speech,
                "judgement" => CueClass::Judgement,
                "call" => CueClass::Call,
                "act" => CueClass::Act,
                other => return Err(format!("cues.tsv line {n}: unknown class {other}")),
            };
            let polarity: i8 = pol
                .parse()
                .map_err(|_| format!("cues.tsv line {n}: bad polarity {pol}"))?;
            let mut words = lemma.split_whitespace();
            let verb = words
                .next()
                .ok_or(format!("cues.tsv line {n}: empty lemma"))?;
            let tail: Vec<String> = words.map(fold).collect();
            let generated: Vec<String> = match *forms {
                "er" => {
                    let stem = verb
                        .strip_suffix("er")
                        .ok_or(format!("cues.tsv line {n}: {verb} is not an -er verb"))?;
                    ER.iter().map(|e| format!("{stem}{e}")).collect()
                }
                "ir" => {
                    let stem = verb
                        .strip_suffix("ir")
                        .ok_or(format!("cues.tsv line {n}: {verb} is not an -ir verb"))?;
                    IR.iter().map(|e| format!("{stem}{e}")).collect()
                }
                list => list.split(',').map(|s| s.trim().to_string()).collect(),
            };
            let idx = lex.cues.len();
            lex.cues.push(Cue {
                lemma: lemma.to_string(),
                class,
                polarity,
                tail,
            });
            for form in generated {
                lex.forms.entry(fold(&form)).or_default().push(idx);
            }
        }
        for (n, line) in data_lines(polarity) {
            let (w, p) = line.split_once('\t').ok_or(format!(
                "polarity.tsv line {n}: expected PREFIX<TAB>POLARITY"
            ))?;
            let p: i8 = p
                .trim()
                .parse()
                .map_err(|_| format!("polarity.tsv line {n}: bad polarity"))?;
            lex.polarity.push((fold(w), p));
        }
        Ok(lex)
    }

    /// The cue whose verb form is `words[i]` (folded), with its tail words found within
    /// the next few words: (cue, index of the last word of the cue).
    pub fn cue_at(&self, words: &[String], i: usize) -> Option<(&Cue, usize)> {
        let w = words[i].split('-').next().unwrap_or(&words[i]);
        let candidates = self.forms.get(w)?;
        let mut single = None;
        for &c in candidates {
            let cue = &self.cues[c];
            if cue.tail.is_empty() {
                single = Some((cue, i));
                continue;
            }
            // Tail words in order, each within two words of the previous one.
            let mut at = i;
            let mut ok = true;
            for t in &cue.tail {
                // (Quote marks do not count: "apporté son « plein soutien ».)
                // ("~accord": up to eight words between, "a signé mardi avec le Qatar
                // une déclaration".)
                let (t, gap) = t.strip_prefix('~').map_or((t.as_str(), 2), |t| (t, 8));
                let mut found = None;
                let mut skipped = 0;
                for (k, w) in words.iter().enumerate().skip(at + 1) {
                    if w == t {
                        found = Some(k);
                        break;
                    }
                    if !matches!(w.as_str(), "«" | "»" | "\"" | "“" | "”") {
                        skipped += 1;
                        if skipped > gap {
                            break;
                        }
                    }
                }
                match found {
                    // (A far noun is the object itself, not part of the cue: "a reconnu
                    // l'~Etat de Palestine" keeps "Etat de Palestine" for the targets.)
                    Some(k) if gap > 2 => at = k - 1,
                    Some(k) => at = k,
                    None => {
                        ok = false;
                        break;
                    }
                }
            }
            if ok {
                return Some((cue, at));
            }
        }
        single
    }

    /// Polarity of one folded word (0 when none).
    pub fn polarity(&self, folded: &str) -> i8 {
        self.polarity
            .iter()
            .find(|(p, _)| folded.starts_with(p.as_str()))
            .map_or(0, |(_, v)| *v)
    }
}

fn data_lines(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.lines()
        .enumerate()
        .map(|(n, l)| (n + 1, l.trim_end()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(fold).collect()
    }

    #[test]
    fn regular_and_listed_forms() {
        let lex = Lexicon::embedded();
        for (text, lemma) in [
            ("a condamné", "condamner"),
            ("condamnent", "condamner"),
            ("dénonçait", "dénoncer"),
            ("a réagi", "réagir"),
            ("soutiennent", "soutenir"),
            ("ont salué", "saluer"),
        ] {
            let w = words(text);
            let i = w.len() - 1;
            assert_eq!(
                lex.cue_at(&w, i).map(|(c, _)| c.lemma.as_str()),
                Some(lemma),
                "{text}"
            );
        }
        assert!(lex.cue_at(&words("la condamnation"), 1).is_none());
    }

    #[test]
    fn quote_marks_do_not_count_between_the_words_of_a_cue() {
        let lex = Lexicon::embedded();
        let w = words("a apporté son « plein soutien » à Madrid");
        assert_eq!(
            lex.cue_at(&w, 1).map(|(c, _)| c.lemma.as_str()),
            Some("apporter soutien")
        );
        let w = words("a apporté son aide très concrète et son soutien");
        assert_ne!(
            lex.cue_at(&w, 1).map(|(c, _)| c.lemma.as_str()),
            Some("apporter soutien")
        );
    }

    #[test]
    fn multiword_cues() {
        let lex = Lexicon::embedded();
        let w = words("l'Otan a pris bonne note de");
        let (cue, end) = lex.cue_at(&w, 2).unwrap();
        assert_eq!(cue.lemma, "prendre note");
        assert_eq!(end, 4);
        let w = words("Paris a mis en garde Moscou");
        assert_eq!(lex.cue_at(&w, 2).unwrap().0.lemma, "mettre en garde");
    }

    #[test]
    fn far_nouns_end_the_cue_before_them() {
        let lex = Lexicon::embedded();
        // "~accord": up to eight words between; the cue ends before the noun.
        let w = words("ont signé mardi avec le Qatar une déclaration de solidarité");
        let (cue, end) = lex.cue_at(&w, 1).unwrap();
        assert_eq!(cue.lemma, "signer ~déclaration");
        assert_eq!(w[end], "une");
        // No noun within reach: no signing cue.
        let w = words(
            "ont signé hier soir à Genève après de longues heures de débats houleux un accord",
        );
        assert!(lex.cue_at(&w, 1).is_none());
    }

    #[test]
    fn polarity_prefixes() {
        let lex = Lexicon::embedded();
        assert_eq!(lex.polarity(&fold("irresponsable")), -1);
        assert_eq!(lex.polarity(&fold("coopération")), 1);
        assert_eq!(lex.polarity(&fold("table")), 0);
    }
}
