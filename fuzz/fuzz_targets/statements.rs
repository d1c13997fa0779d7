//! The whole rules stage (`statements::extract`, and `cooccurrence`) on arbitrary text,
//! segmented by the text stage. Mentions stand in for the NER and actors stages: every
//! capitalised word (and every word of a run of capitalised words, as one mention)
//! becomes an actor mention, with flags and actor drawn from its text. No panic;
//! statements point at real sentences and at spans inside the text.
#![no_main]

use depeche::document::Document;
use depeche::statements::{cooccurrence, extract, lexicon_stance, Mention};
use libfuzzer_sys::fuzz_target;

const ACTORS: [&str; 5] = ["FRA", "CHN", "USA", "UN", "EU"];

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut doc = Document::new("fuzz", text);
    doc.sentences = depeche::text::segment(text);
    let chars: Vec<char> = text.chars().collect();
    let mut mentions: Vec<Mention> = Vec::new();
    for s in &doc.sentences {
        let mut k = 0;
        while k < s.words.len() {
            let w = s.words[k];
            if !chars[w.start].is_uppercase() {
                k += 1;
                continue;
            }
            // A run of capitalised words is one mention ("Etats-Unis", "Nations unies").
            let mut e = k + 1;
            while e < s.words.len() && chars[s.words[e].start].is_uppercase() {
                e += 1;
            }
            let (start, end) = (w.start, s.words[e - 1].end);
            let surface: String = chars[start..end].iter().collect();
            let h = surface.chars().map(|c| c as usize).sum::<usize>();
            mentions.push(Mention {
                start,
                end,
                actor: ACTORS[h % ACTORS.len()].to_string(),
                person: h.is_multiple_of(3),
                name: h.is_multiple_of(7).then(|| format!("la {surface}")),
                target_only: h.is_multiple_of(11),
                subject_only: h.is_multiple_of(13),
                text: surface,
            });
            k = e;
        }
    }
    let n = chars.len();
    for statements in [extract(&doc, &mentions), cooccurrence(&doc, &mentions)] {
        for st in statements {
            if let Some(si) = st.sentence {
                assert!(si < doc.sentences.len());
            }
            if let (Some(a), Some(b)) = (st.start, st.end) {
                assert!(a <= b && b <= n, "{a}..{b} of {n}");
            }
            assert!(ACTORS.contains(&st.speaker_actor.as_str()));
            assert!(ACTORS.contains(&st.target_actor.as_str()));
            assert_ne!(st.speaker_actor, st.target_actor);
        }
    }
    // The sentence-level stance rule, with and without a target position.
    let (stance, score) = lexicon_stance(text, None);
    assert!((-1.0..=1.0).contains(&score), "{stance} {score}");
    let _ = lexicon_stance(text, Some(data.len() % (n + 1)));
});
