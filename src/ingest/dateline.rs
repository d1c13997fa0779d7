//! Wire-copy framing: the leading dateline ("PARIS, 19 juil 2021 (AFP) -", "Séoul (AFP) -",
//! "SRINAGAR (Inde), 8 juin 2021 (AFP) -") and the trailing agency signature ("bur-xx/yy",
//! "afp/ab/cd", "Afp"). `hold_out` cuts both from a document's text before analysis,
//! keeping the place and the date; `restore` puts them back afterwards and shifts every
//! offset, so that outputs stay relative to the text as read.

use crate::document::{Document, HeldOut};

/// A dateline found at the start of a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Dateline {
    /// As written, qualifier included: "SRINAGAR (Inde)".
    pub place: String,
    /// `YYYY-MM-DD`, when the dateline has a date.
    pub date: Option<String>,
    /// Bytes of the text that the dateline takes, with the dash and the spaces after it.
    pub len: usize,
}

/// The longest place (in characters) a dateline may name.
const MAX_PLACE_CHARS: usize = 60;

/// Parses the dateline at the start of `text` (leading blanks allowed). The dateline is
/// PLACE [(QUALIFIER)] [, DAY MONTH YEAR] (AFP) followed by an optional dash; it must lie
/// on the first line.
pub fn parse(text: &str) -> Option<Dateline> {
    let lead = text.len() - text.trim_start().len();
    let rest = &text[lead..];
    let line = rest.split('\n').next().unwrap_or("");
    let marker = line.find("(AFP)")?;
    if marker == 0 || marker > 120 {
        return None;
    }
    let prefix = line[..marker].trim_end();
    let (place, date) = match prefix.rsplit_once(',') {
        Some((p, d)) => (p.trim(), Some(parse_date(d.trim())?)),
        None => (prefix, None),
    };
    if !is_place(place) {
        return None;
    }
    // The marker, then blanks, an optional dash, blanks.
    let mut end = lead + marker + "(AFP)".len();
    end += blank_len(&text[end..]);
    if let Some(c) = text[end..].chars().next() {
        if matches!(c, '-' | '–' | '—') {
            end += c.len_utf8();
            end += blank_len(&text[end..]);
        }
    }
    // A dateline on a line of its own takes the line breaks after it too.
    if text[end..].starts_with(['\n', '\r']) {
        end = text.len() - text[end..].trim_start().len();
    }
    Some(Dateline {
        place: place.to_string(),
        date,
        len: end,
    })
}

/// Spaces and tabs (no line breaks), including no-break spaces.
fn blank_len(s: &str) -> usize {
    s.len()
        - s.trim_start_matches([' ', '\t', '\u{a0}', '\u{202f}'])
            .len()
}

/// Lower-case words allowed inside a place name ("Le Caire", "Ville du Cap").
const PARTICLES: &[&str] = &[
    "de", "du", "des", "la", "le", "les", "sur", "en", "au", "aux", "et", "el", "al", "d'", "l'",
    "d’", "l’",
];

fn is_place(place: &str) -> bool {
    if place.is_empty() || place.chars().count() > MAX_PLACE_CHARS {
        return false;
    }
    // PLACE or PLACE (QUALIFIER): "Seattle (Etats-Unis)".
    let (main, qualifier) = match place.find('(') {
        Some(i) => {
            let q = place[i + 1..].strip_suffix(')');
            match q {
                Some(q) if !q.contains(['(', ')']) => (place[..i].trim_end(), Some(q.trim())),
                _ => return false,
            }
        }
        None => (place, None),
    };
    is_name(main) && qualifier.is_none_or(is_name)
}

/// One to five words, the first capitalised, the others capitalised or particles; letters,
/// hyphens, apostrophes and dots only.
fn is_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 {
        return false;
    }
    if !s
        .chars()
        .all(|c| c.is_alphabetic() || c.is_whitespace() || matches!(c, '-' | '\'' | '’' | '.'))
    {
        return false;
    }
    words.iter().enumerate().all(|(i, w)| {
        let first_upper = w.chars().next().is_some_and(char::is_uppercase);
        first_upper || (i > 0 && PARTICLES.contains(&w.to_lowercase().as_str()))
    })
}

/// French month names and their wire abbreviations, without accents, lower case.
fn month(word: &str) -> Option<u32> {
    let w: String = word
        .trim_end_matches('.')
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'é' | 'è' | 'ê' => 'e',
            'û' | 'ù' => 'u',
            'ô' => 'o',
            c => c,
        })
        .collect();
    Some(match w.as_str() {
        "janv" | "jan" | "janvier" => 1,
        "fev" | "fevr" | "fevrier" => 2,
        "mars" | "mar" => 3,
        "avr" | "avril" => 4,
        "mai" => 5,
        "juin" => 6,
        "juil" | "juillet" => 7,
        "aout" => 8,
        "sept" | "sep" | "septembre" => 9,
        "oct" | "octobre" => 10,
        "nov" | "novembre" => 11,
        "dec" | "decembre" => 12,
        _ => return None,
    })
}

/// "19 juil 2021", "1er août 2024", "13 septembre 2019" → `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<String> {
    let mut it = s.split_whitespace();
    let (d, m, y) = (it.next()?, it.next()?, it.next()?);
    if it.next().is_some() {
        return None;
    }
    let day: u32 = d.strip_suffix("er").unwrap_or(d).parse().ok()?;
    let month = month(m)?;
    if y.len() != 4 {
        return None;
    }
    let year: u32 = y.parse().ok()?;
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    let days = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if !(1..=days).contains(&day) || !(1900..=2200).contains(&year) {
        return None;
    }
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

/// Where the trailing agency signature starts (the byte after the last character of
/// the dispatch proper), if the text's last line is one: "Afp", "bur/xx", "bur-xx/yy",
/// "afp/ab/cd". The signature must follow other lines.
pub fn signature_start(text: &str) -> Option<usize> {
    let body = text.trim_end();
    let nl = body.rfind('\n')?;
    let last = body[nl + 1..].trim();
    if !is_signature(last) {
        return None;
    }
    let before = body[..nl].trim_end();
    (!before.is_empty()).then_some(before.len())
}

fn is_signature(line: &str) -> bool {
    if line.eq_ignore_ascii_case("afp") {
        return true;
    }
    if line.len() > 40 || !line.contains('/') {
        return false;
    }
    line.split('/').all(|part| {
        !part.is_empty()
            && part.split('-').all(|seg| {
                (1..=8).contains(&seg.len())
                    && seg.starts_with(|c: char| c.is_ascii_alphabetic())
                    && seg.chars().all(|c| c.is_ascii_alphanumeric())
            })
    })
}

/// Cuts the dateline and the signature out of `doc.text` into `doc.held_out`, and fills
/// `place` (and `date` when the document has none) from the dateline. Does nothing if
/// that would leave no text.
pub fn hold_out(doc: &mut Document) {
    let dateline = parse(&doc.text);
    let start = dateline.as_ref().map_or(0, |d| d.len);
    let end = signature_start(&doc.text)
        .filter(|&e| e > start)
        .unwrap_or(doc.text.len());
    if start >= end || doc.text[start..end].trim().is_empty() {
        return;
    }
    if let Some(d) = dateline {
        if doc.place.is_none() {
            doc.place = Some(d.place);
        }
        if doc.date.is_none() {
            doc.date = d.date;
        }
    }
    if start == 0 && end == doc.text.len() {
        return;
    }
    doc.held_out = HeldOut {
        head: format!("{}{}", doc.held_out.head, &doc.text[..start]),
        tail: format!("{}{}", &doc.text[end..], doc.held_out.tail),
    };
    doc.text = doc.text[start..end].to_string();
}

/// Puts the held-out dateline and signature back into the text and shifts the offsets
/// of sentences, words, entities and statements by the dateline's length.
pub fn restore(doc: &mut Document) {
    let held = std::mem::take(&mut doc.held_out);
    if held.head.is_empty() && held.tail.is_empty() {
        return;
    }
    let n = held.head.chars().count();
    for s in &mut doc.sentences {
        s.span.start += n;
        s.span.end += n;
        for w in &mut s.words {
            w.start += n;
            w.end += n;
        }
    }
    for e in doc.entities.iter_mut().flatten() {
        e.start += n;
        e.end += n;
    }
    for s in doc.statements.iter_mut().flatten() {
        s.start = s.start.map(|v| v + n);
        s.end = s.end.map(|v| v + n);
    }
    doc.text = format!("{}{}{}", held.head, doc.text, held.tail);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dl(text: &str) -> Option<(String, Option<String>, String)> {
        parse(text).map(|d| (d.place, d.date, text[d.len..].to_string()))
    }

    #[test]
    fn capitals_with_date_and_dash() {
        assert_eq!(
            dl("PARIS, 19 juil 2021 (AFP) - Le gouvernement a annoncé."),
            Some((
                "PARIS".into(),
                Some("2021-07-19".into()),
                "Le gouvernement a annoncé.".into()
            ))
        );
    }

    #[test]
    fn place_only() {
        assert_eq!(
            dl("WASHINGTON (AFP) - Les Etats-Unis ont salué."),
            Some((
                "WASHINGTON".into(),
                None,
                "Les Etats-Unis ont salué.".into()
            ))
        );
        assert_eq!(
            dl("Le Caire (AFP) – L'Egypte a accusé."),
            Some(("Le Caire".into(), None, "L'Egypte a accusé.".into()))
        );
    }

    #[test]
    fn lower_case_place_without_dash() {
        // The DateLine element of a NewsML 1.2 item.
        assert_eq!(
            dl("Strasbourg, 10 juil 2024 (AFP)"),
            Some((
                "Strasbourg".into(),
                Some("2024-07-10".into()),
                String::new()
            ))
        );
    }

    #[test]
    fn qualifier_and_date() {
        assert_eq!(
            dl("SRINAGAR (Inde), 8 juin 2021 (AFP) - L'Inde a accusé."),
            Some((
                "SRINAGAR (Inde)".into(),
                Some("2021-06-08".into()),
                "L'Inde a accusé.".into()
            ))
        );
        assert_eq!(
            dl("Seattle (Etats-Unis) (AFP) - Une centaine."),
            Some(("Seattle (Etats-Unis)".into(), None, "Une centaine.".into()))
        );
    }

    #[test]
    fn every_month_abbreviation() {
        let months = [
            "janv", "fév", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov",
            "déc",
        ];
        for (i, m) in months.iter().enumerate() {
            assert_eq!(
                parse_date(&format!("2 {m} 2020")),
                Some(format!("2020-{:02}-02", i + 1)),
                "{m}"
            );
        }
        assert_eq!(parse_date("1er août 2024"), Some("2024-08-01".into()));
        assert_eq!(parse_date("13 septembre 2019"), Some("2019-09-13".into()));
        assert_eq!(parse_date("29 fév 2023"), None);
        assert_eq!(parse_date("29 fév 2024"), Some("2024-02-29".into()));
        assert_eq!(parse_date("12 brumaire 2024"), None);
    }

    #[test]
    fn dateline_on_its_own_line() {
        assert_eq!(
            dl("Strasbourg, 10 juil 2024 (AFP)\n\nLe Parlement européen a voté."),
            Some((
                "Strasbourg".into(),
                Some("2024-07-10".into()),
                "Le Parlement européen a voté.".into()
            ))
        );
    }

    #[test]
    fn not_datelines() {
        assert_eq!(dl("Le président a déclaré à l'AFP (AFP) que non."), None);
        assert_eq!(
            dl("Il a été interrogé par l'Agence France-Presse (AFP)."),
            None
        );
        assert_eq!(dl("PARIS, hier soir (AFP) - x"), None);
        assert_eq!(dl("Séoul a condamné le tir."), None);
        assert_eq!(dl("Second line\nPARIS (AFP) - x"), None);
    }

    #[test]
    fn signatures() {
        for s in [
            "Afp",
            "AFP",
            "bur/xx",
            "bur-xx/yy",
            "afp/ab/cd",
            "str-cld/jhd",
            "jde/pyv",
        ] {
            let text = format!("PARIS (AFP) - Un texte.\n\n{s}\n");
            assert_eq!(signature_start(&text), Some(23), "{s}");
        }
        assert_eq!(signature_start("Un texte.\n\nLa fin, et/ou presque."), None);
        assert_eq!(signature_start("bur/xx"), None);
    }

    #[test]
    fn hold_out_and_restore_shift_offsets() {
        let original = "SRINAGAR (Inde), 8 juin 2021 (AFP) - L'Inde a accusé.\n\nbur-pa/sba";
        let mut d = Document::new("x", original);
        hold_out(&mut d);
        assert_eq!(d.text, "L'Inde a accusé.");
        assert_eq!(d.place.as_deref(), Some("SRINAGAR (Inde)"));
        assert_eq!(d.date.as_deref(), Some("2021-06-08"));
        d.entities = Some(vec![crate::document::Entity {
            start: 2,
            end: 6,
            label: "LOC".into(),
            text: "Inde".into(),
            actor: None,
            score: None,
        }]);
        restore(&mut d);
        assert_eq!(d.text, original);
        d.check_offsets().unwrap();
        assert_eq!(d.held_out, HeldOut::default());
    }

    #[test]
    fn a_given_date_is_kept_and_a_bare_dateline_stays() {
        let mut d = Document::new("x", "PARIS, 19 juil 2021 (AFP) - Texte.");
        d.date = Some("2021-07-20".into());
        hold_out(&mut d);
        assert_eq!(d.date.as_deref(), Some("2021-07-20"));
        assert_eq!(d.text, "Texte.");
        let mut bare = Document::new("y", "PARIS (AFP) -");
        hold_out(&mut bare);
        assert_eq!(bare.text, "PARIS (AFP) -");
    }
}
