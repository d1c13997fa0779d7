//! Sentence and word segmentation: spans are code-point offsets inside the text; words
//! are non-empty, in order, disjoint, cover every non-space code point and no space;
//! each sentence spans from its first word to its last, sentences are in order and
//! separated by white space only.
#![no_main]

use depeche::text::{segment, words};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let sentences = segment(text);
    let mut covered = vec![false; n];
    let mut last_word_end = 0;
    let mut last_sentence_end = 0;
    for s in &sentences {
        assert!(!s.words.is_empty());
        assert!(s.span.start < s.span.end && s.span.end <= n);
        assert_eq!(s.span.start, s.words[0].start);
        assert_eq!(s.span.end, s.words[s.words.len() - 1].end);
        assert!(s.span.start >= last_sentence_end);
        assert!(chars[last_sentence_end..s.span.start]
            .iter()
            .all(|c| c.is_whitespace()));
        last_sentence_end = s.span.end;
        for w in &s.words {
            assert!(w.start < w.end && w.end <= n, "{w:?} in {n}");
            assert!(w.start >= last_word_end, "overlap or disorder at {w:?}");
            last_word_end = w.end;
            for (k, c) in covered.iter_mut().enumerate().take(w.end).skip(w.start) {
                assert!(!chars[k].is_whitespace());
                *c = true;
            }
        }
    }
    assert!(chars[last_sentence_end..].iter().all(|c| c.is_whitespace()));
    for (k, c) in chars.iter().enumerate() {
        assert_eq!(covered[k], !c.is_whitespace(), "code point {k} {c:?}");
    }
    let flat: Vec<_> = sentences
        .iter()
        .flat_map(|s| s.words.iter().copied())
        .collect();
    assert_eq!(flat, words(text));
});
