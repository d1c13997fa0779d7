//! Quotations: « … », “ … ” and wire copy's straight "…", found in one linear pass.
//! Unbalanced marks never extend a quote past the end of its paragraph.

use crate::text::Span;

/// Quote spans in code points, the marks included, in text order, not nested.
pub fn find(text: &str) -> Vec<Span> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut open: Option<(usize, char)> = None;
    for (i, &c) in chars.iter().enumerate() {
        match open {
            None => match c {
                '«' => open = Some((i, '»')),
                '“' => open = Some((i, '”')),
                '"' => open = Some((i, '"')),
                _ => {}
            },
            Some((start, close)) => {
                if c == close {
                    out.push(Span { start, end: i + 1 });
                    open = None;
                } else if c == '\n' {
                    // An unclosed quote ends with its paragraph.
                    open = None;
                    let _ = start;
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guillemets_curly_and_straight() {
        let t = "Il a dit « non » puis \"oui\" et “peut-être”.";
        let q: Vec<String> = find(t)
            .iter()
            .map(|s| t.chars().skip(s.start).take(s.end - s.start).collect())
            .collect();
        assert_eq!(q, vec!["« non »", "\"oui\"", "“peut-être”"]);
    }

    #[test]
    fn unbalanced_marks_stop_at_the_paragraph() {
        let t = "« jamais fermé\nLa suite « ici ».";
        let q = find(t);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].start, 24);
        let long = "« ".to_string() + &"mot ".repeat(100_000);
        assert!(find(&long).is_empty());
    }
}
