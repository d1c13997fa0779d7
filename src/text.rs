//! French text stage: sentence segmentation and word tokenisation with code-point
//! offsets. Words follow the WikiNER conventions the NER model was trained on:
//! punctuation stands alone, elided articles keep their apostrophe ("l'", "d'",
//! "qu'", "jusqu'"), abbreviations keep their period ("M.", "Mme", "J.-C."),
//! hyphenated compounds and decimal numbers stay whole.

/// A `[start, end)` range in Unicode code points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// A sentence: its span and its words.
#[derive(Debug, Clone, PartialEq)]
pub struct Sentence {
    pub span: Span,
    pub words: Vec<Span>,
}

/// Characters that always form a token of their own.
fn is_hard_punct(c: char) -> bool {
    matches!(
        c,
        ',' | ';'
            | ':'
            | '!'
            | '?'
            | '('
            | ')'
            | '['
            | ']'
            | '{'
            | '}'
            | '«'
            | '»'
            | '"'
            | '“'
            | '”'
            | '„'
            | '‹'
            | '›'
            | '…'
            | '/'
            | '—'
            | '–'
            | '•'
            | '*'
    )
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Elided words that end in an apostrophe and stand as tokens of their own.
const ELIDED: [&str; 14] = [
    "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
];

/// Abbreviations whose final period belongs to the word.
const ABBREVIATIONS: [&str; 24] = [
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "etc", "av",
    "apr", "cf", "env", "janv", "fév", "févr", "sept", "oct", "nov", "déc",
];

/// Splits `text` into words (code-point spans).
pub fn words(text: &str) -> Vec<Span> {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c == '.' && chars.get(i + 1) == Some(&'.') {
            let mut j = i;
            while j < n && chars[j] == '.' {
                j += 1;
            }
            out.push(Span { start: i, end: j });
            i = j;
            continue;
        }
        if is_hard_punct(c) {
            out.push(Span {
                start: i,
                end: i + 1,
            });
            i += 1;
            continue;
        }
        // A run up to whitespace or hard punctuation; digits keep , . : between them.
        let mut j = i;
        while j < n && !chars[j].is_whitespace() {
            let cj = chars[j];
            if is_hard_punct(cj) {
                let numeric = matches!(cj, ',' | ':')
                    && j > i
                    && chars[j - 1].is_ascii_digit()
                    && chars.get(j + 1).is_some_and(char::is_ascii_digit);
                if !numeric {
                    break;
                }
            }
            j += 1;
        }
        split_run(&chars, i, j, &mut out);
        i = j;
    }
    out
}

/// Splits one run of non-space, non-punctuation characters: elisions first, then
/// leading apostrophes/periods/hyphens, then trailing periods and apostrophes.
fn split_run(chars: &[char], mut i: usize, j: usize, out: &mut Vec<Span>) {
    // Leading quote-like apostrophes or dashes stand alone.
    while i < j
        && (is_apostrophe(chars[i])
            || (chars[i] == '-' && j - i > 1 && !chars[i + 1].is_ascii_digit()))
    {
        out.push(Span {
            start: i,
            end: i + 1,
        });
        i += 1;
    }
    // Elisions: "l'", "qu'", "jusqu'" ... repeatedly ("qu'aujourd'hui" keeps "aujourd'hui").
    while let Some(k) = (i..j).find(|&k| is_apostrophe(chars[k])) {
        let prefix: String = chars[i..k].iter().collect::<String>().to_lowercase();
        // "d'« exiger »": the elided word may stand right before an opening quote.
        let before_quote = k + 1 == j && chars.get(j).is_some_and(|c| matches!(c, '«' | '"' | '“'));
        if (k + 1 < j || before_quote) && ELIDED.contains(&prefix.as_str()) {
            out.push(Span {
                start: i,
                end: k + 1,
            });
            i = k + 1;
        } else {
            break;
        }
    }
    if i >= j {
        return;
    }
    // Trailing apostrophes (closing quotes) and periods.
    let mut end = j;
    let mut tail = Vec::new();
    while end > i + 1 && is_apostrophe(chars[end - 1]) {
        tail.push(Span {
            start: end - 1,
            end,
        });
        end -= 1;
    }
    if end > i + 1 && chars[end - 1] == '.' {
        let stem: String = chars[i..end - 1].iter().collect();
        if !keeps_period(&stem) {
            tail.push(Span {
                start: end - 1,
                end,
            });
            end -= 1;
        }
    }
    out.push(Span { start: i, end });
    out.extend(tail.into_iter().rev());
}

/// "M." "Mme." "J.-C." "U.S." "A." keep their period; "Pékin." does not.
fn keeps_period(stem: &str) -> bool {
    if ABBREVIATIONS.contains(&stem) {
        return true;
    }
    let letters: Vec<char> = stem.chars().collect();
    // A single capital initial ("J.") or dotted initials ("U.S", "J.-C").
    (letters.len() == 1 && letters[0].is_uppercase())
        || (stem.contains('.') && stem.split(['.', '-']).all(|p| p.chars().count() <= 2))
}

/// Splits `text` into sentences of words. A sentence ends at . ! ? … (with any closing
/// quotes or brackets after it) when the next word starts like a sentence (capital,
/// digit, opening quote or dash), and always at a line break.
pub fn segment(text: &str) -> Vec<Sentence> {
    let chars: Vec<char> = text.chars().collect();
    let words = words(text);
    let mut out = Vec::new();
    let mut cur: Vec<Span> = Vec::new();
    for (k, w) in words.iter().enumerate() {
        cur.push(*w);
        let Some(next) = words.get(k + 1) else {
            break;
        };
        let newline = chars[w.end..next.start].contains(&'\n');
        let first = chars[w.start];
        let ends = w.end - w.start >= 1
            && (matches!(first, '!' | '?' | '…')
                || chars[w.start..w.end].iter().all(|&c| c == '.'));
        let closing = matches!(first, '»' | '"' | '”' | ')' | '’' | '\'')
            && w.end - w.start == 1
            && cur.len() >= 2
            && {
                let prev = cur[cur.len() - 2];
                let pc = chars[prev.end - 1];
                matches!(pc, '.' | '!' | '?' | '…')
            };
        let next_c = chars[next.start];
        let starts = next_c.is_uppercase()
            || next_c.is_ascii_digit()
            || matches!(next_c, '«' | '"' | '“' | '-' | '—' | '–');
        // Do not cut between a final mark and the quote or bracket that closes it.
        let closer_follows = matches!(next_c, '»' | '”' | ')') && !newline;
        if newline || ((ends || closing) && starts && !closer_follows) {
            out.push(sentence(std::mem::take(&mut cur)));
        }
    }
    if !cur.is_empty() {
        out.push(sentence(cur));
    }
    out
}

fn sentence(words: Vec<Span>) -> Sentence {
    Sentence {
        span: Span {
            start: words[0].start,
            end: words[words.len() - 1].end,
        },
        words,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn toks(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        words(text)
            .iter()
            .map(|s| chars[s.start..s.end].iter().collect())
            .collect()
    }

    #[test]
    fn elisions_and_punctuation() {
        assert_eq!(
            toks("l’Otan, jusqu'à Pékin."),
            vec!["l’", "Otan", ",", "jusqu'", "à", "Pékin", "."]
        );
        assert_eq!(toks("aujourd'hui"), vec!["aujourd'hui"]);
        assert_eq!(toks("qu'aujourd'hui"), vec!["qu'", "aujourd'hui"]);
        assert_eq!(
            toks("d'« exiger » d’\"abord\""),
            vec!["d'", "«", "exiger", "»", "d’", "\"", "abord", "\""]
        );
    }

    #[test]
    fn guillemets_with_no_break_spaces() {
        assert_eq!(
            toks("a-t-il dit\u{a0}: «\u{202f}non\u{202f}»"),
            vec!["a-t-il", "dit", ":", "«", "non", "»"]
        );
    }

    #[test]
    fn abbreviations_and_numbers() {
        assert_eq!(
            toks("M. Zhao et Mme Liu ont 1,5 milliard, 12:30 (J.-C.)."),
            vec![
                "M.", "Zhao", "et", "Mme", "Liu", "ont", "1,5", "milliard", ",", "12:30", "(",
                "J.-C.", ")", "."
            ]
        );
    }

    #[test]
    fn sentences() {
        let text = "Pékin a nié. « C'est faux. » M. Zhao a ajouté : « Non ! »\nWASHINGTON - Les Etats-Unis";
        let chars: Vec<char> = text.chars().collect();
        let sents: Vec<String> = segment(text)
            .iter()
            .map(|s| chars[s.span.start..s.span.end].iter().collect())
            .collect();
        assert_eq!(
            sents,
            vec![
                "Pékin a nié.",
                "« C'est faux. »",
                "M. Zhao a ajouté : « Non ! »",
                "WASHINGTON - Les Etats-Unis"
            ]
        );
    }

    proptest! {
        #[test]
        fn words_partition_the_non_space_text(text in "[a-zA-Zéèàçô' ’.,;:!?«»\u{a0}\u{202f}0-9()\n-]{0,80}") {
            let chars: Vec<char> = text.chars().collect();
            let ws = words(&text);
            let mut covered = vec![false; chars.len()];
            let mut last = 0;
            for w in &ws {
                prop_assert!(w.start < w.end && w.end <= chars.len());
                prop_assert!(w.start >= last, "overlap or disorder");
                last = w.end;
                for (k, c) in covered.iter_mut().enumerate().take(w.end).skip(w.start) {
                    prop_assert!(!chars[k].is_whitespace());
                    *c = true;
                }
            }
            for (k, c) in chars.iter().enumerate() {
                prop_assert_eq!(covered[k], !c.is_whitespace(), "char {} {:?}", k, c);
            }
            // Sentences regroup the same words in order.
            let again: Vec<Span> = segment(&text).into_iter().flat_map(|s| s.words).collect();
            prop_assert_eq!(again, ws);
        }
    }
}
