//! Normalisation of surfaces for matching: lower case, no accents, one apostrophe
//! ('), one hyphen (-), and words cut at hyphens, so that "les États-Unis",
//! "Etats-Unis" and "etats unis" give the same key. Words come from
//! [`crate::text::words`], the tokeniser of the whole pipeline, so a gazetteer surface
//! and a sentence are cut the same way ("l'Otan" → "l'" + "Otan").

/// Lower case without accents; apostrophes become `'`, hyphens `-`, odd spaces ` `.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        for l in c.to_lowercase() {
            match l {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => out.push('a'),
                'ç' | 'ć' | 'č' => out.push('c'),
                'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => out.push('e'),
                'ì' | 'í' | 'î' | 'ï' | 'ī' | 'ı' => out.push('i'),
                'ñ' | 'ń' | 'ň' => out.push('n'),
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => out.push('o'),
                'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => out.push('u'),
                'ý' | 'ÿ' => out.push('y'),
                'š' | 'ś' | 'ș' | 'ş' => out.push('s'),
                'ž' | 'ź' | 'ż' => out.push('z'),
                'ț' | 'ţ' | 'ť' => out.push('t'),
                'ł' => out.push('l'),
                'đ' | 'ď' => out.push('d'),
                'ğ' => out.push('g'),
                'ř' => out.push('r'),
                'œ' => out.push_str("oe"),
                'æ' => out.push_str("ae"),
                'ß' => out.push_str("ss"),
                '’' | 'ʼ' | '‘' | '`' | '´' => out.push('\''),
                '\u{2010}' | '\u{2011}' => out.push('-'),
                c if c.is_whitespace() => out.push(' '),
                c => out.push(c),
            }
        }
    }
    out
}

/// Lower case with accents kept, apostrophes unified: for the few grammar words where
/// an accent matters ("à" the preposition, "a" the verb).
pub fn lower(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| {
            if matches!(c, '’' | 'ʼ' | '‘') {
                '\''
            } else {
                c
            }
        })
        .collect()
}

/// One word's match units: folded and cut at hyphens ("Sud-Coréen" → sud, coreen).
pub fn subtokens(word: &str) -> Vec<String> {
    fold(word)
        .split('-')
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// Articles that a key may drop at its start.
pub const ARTICLES: [&str; 4] = ["le", "la", "les", "l'"];

/// The match key of a surface: its subtokens joined by spaces, a leading article
/// dropped ("la Chine" → "chine", "L'Otan" → "otan"). Also says whether the first
/// kept word starts with a capital letter (then running text must have one too).
pub fn key(surface: &str) -> (String, bool) {
    let chars: Vec<char> = surface.chars().collect();
    let words: Vec<String> = crate::text::words(surface)
        .iter()
        .map(|w| chars[w.start..w.end].iter().collect())
        .collect();
    let mut start = 0;
    if words.len() > 1 && ARTICLES.contains(&fold(&words[0]).as_str()) {
        start = 1;
    }
    let capital = words
        .get(start)
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase);
    let subs: Vec<String> = words[start..].iter().flat_map(|w| subtokens(w)).collect();
    (subs.join(" "), capital)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_ignore_accents_articles_apostrophes_hyphens() {
        assert_eq!(key("les États-Unis").0, "etats unis");
        assert_eq!(key("Etats-Unis").0, key("États Unis").0);
        assert_eq!(key("l’Otan"), ("otan".to_string(), true));
        assert_eq!(key("l'OTAN").0, "otan");
        assert_eq!(key("Quai d’Orsay").0, key("quai d'Orsay").0);
        assert_eq!(key("La Haye").0, "haye");
        assert_eq!(
            key("département d'Etat"),
            ("departement d' etat".to_string(), false)
        );
        assert_eq!(fold("Cœur Œuvre"), "coeur oeuvre");
        assert_eq!(lower("À l’Élysée"), "à l'élysée");
    }
}
