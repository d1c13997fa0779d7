//! CoNLL-style NER files: WikiNEuRal's 3 columns (`index<TAB>token<TAB>IOB2 tag`) or the
//! 2-column `token tag` format (IOB1 or IOB2), blank lines between sentences.

use std::fs;
use std::path::Path;

use anyhow::{bail, Context, Result};

/// One sentence: its words and their gold (or predicted) tags.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub words: Vec<String>,
    pub tags: Vec<String>,
}

/// The project's fixed split of a CoNLL file: sentences are numbered in file order;
/// `Train` is the first floor(n * 9 / 10), `Dev` the rest. Dev is never trained on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Split {
    All,
    Train,
    Dev,
}

impl Split {
    pub fn select(self, sentences: Vec<Sentence>) -> Vec<Sentence> {
        let cut = sentences.len() * 9 / 10;
        match self {
            Split::All => sentences,
            Split::Train => sentences.into_iter().take(cut).collect(),
            Split::Dev => sentences.into_iter().skip(cut).collect(),
        }
    }
}

/// Longest run of words kept as one sentence; files without sentence breaks (OCR
/// corpora) are cut into pieces of this many words.
const MAX_WORDS: usize = 120;

pub fn read_conll(path: &Path) -> Result<Vec<Sentence>> {
    let text =
        fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))?;
    parse_conll(&text).with_context(|| format!("{}", path.display()))
}

pub fn parse_conll(text: &str) -> Result<Vec<Sentence>> {
    let mut out = Vec::new();
    let mut cur = Sentence {
        words: vec![],
        tags: vec![],
    };
    let flush = |cur: &mut Sentence, out: &mut Vec<Sentence>| {
        if !cur.words.is_empty() {
            out.push(std::mem::replace(
                cur,
                Sentence {
                    words: vec![],
                    tags: vec![],
                },
            ));
        }
    };
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches(['\r', '\n']);
        if line.trim().is_empty() || line.starts_with("-DOCSTART-") || line.starts_with('#') {
            flush(&mut cur, &mut out);
            continue;
        }
        let fields: Vec<&str> = if line.contains('\t') {
            line.split('\t').collect()
        } else {
            line.split_whitespace().collect()
        };
        let (word, tag) = match fields.as_slice() {
            [idx, word, tag] if idx.parse::<usize>().is_ok() => (*word, *tag),
            [word, tag] => (*word, *tag),
            _ => bail!(
                "line {}: expected `index token tag` or `token tag`, got {:?}",
                n + 1,
                line
            ),
        };
        let tag = normalise_tag(tag).with_context(|| format!("line {}: bad tag {tag:?}", n + 1))?;
        cur.words.push(word.to_string());
        cur.tags.push(tag);
        if cur.words.len() >= MAX_WORDS && (word == "." || cur.words.len() >= 2 * MAX_WORDS) {
            flush(&mut cur, &mut out);
        }
    }
    flush(&mut cur, &mut out);
    Ok(out)
}

/// Accepts O, B-X, I-X with X in PER/ORG/LOC/MISC (PERS → PER); IOB1 is kept as is and
/// decoded by [`super::spans_from_tags`].
fn normalise_tag(tag: &str) -> Result<String> {
    if tag == "O" {
        return Ok(tag.into());
    }
    let Some((p, t)) = tag.split_once('-') else {
        bail!("not O, B-X or I-X")
    };
    let t = if t == "PERS" { "PER" } else { t };
    if !(p == "B" || p == "I") || !super::TYPES.contains(&t) {
        bail!("unknown tag");
    }
    Ok(format!("{p}-{t}"))
}

/// Converts IOB1 tags to IOB2 (what the model is trained on).
pub fn to_iob2(tags: &[String]) -> Vec<String> {
    let mut out: Vec<String> = vec!["O".into(); tags.len()];
    for s in super::spans_from_tags(tags) {
        out[s.start] = format!("B-{}", s.label);
        for t in &mut out[s.start + 1..s.end] {
            *t = format!("I-{}", s.label);
        }
    }
    out
}

/// Writes sentences in the 3-column format.
pub fn write_conll(sentences: &[Sentence], w: &mut dyn std::io::Write) -> Result<()> {
    for s in sentences {
        for (i, (word, tag)) in s.words.iter().zip(&s.tags).enumerate() {
            writeln!(w, "{i}\t{word}\t{tag}")?;
        }
        writeln!(w)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn three_and_two_columns() {
        let s = parse_conll("0\tLe\tO\n1\tCaire\tB-LOC\n\n0\tM.\tO\n1\tZhao\tB-PER\n").unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].words, vec!["Le", "Caire"]);
        assert_eq!(s[1].tags, vec!["O", "B-PER"]);
        let s = parse_conll("Emmanuel I-PER\nDESOLES I-PER\nde O\n").unwrap();
        assert_eq!(s[0].tags, vec!["I-PER", "I-PER", "O"]);
        assert_eq!(to_iob2(&s[0].tags), vec!["B-PER", "I-PER", "O"]);
    }

    #[test]
    fn bad_lines_name_the_line() {
        let e = parse_conll("0\tLe\tO\nsomething odd here too\n").unwrap_err();
        assert!(format!("{e:#}").contains("line 2"), "{e:#}");
        let e = parse_conll("Le B-CITY\n").unwrap_err();
        assert!(format!("{e:#}").contains("line 1"), "{e:#}");
    }

    #[test]
    fn split_is_ninety_ten_in_file_order() {
        let sents: Vec<Sentence> = (0..25)
            .map(|i| Sentence {
                words: vec![i.to_string()],
                tags: vec!["O".into()],
            })
            .collect();
        let train = Split::Train.select(sents.clone());
        let dev = Split::Dev.select(sents);
        assert_eq!(train.len(), 22);
        assert_eq!(dev.len(), 3);
        assert_eq!(dev[0].words[0], "22");
    }
}
