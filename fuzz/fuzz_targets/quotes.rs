//! Quote finder: spans in order, disjoint, inside the text, opening and closing with a
//! matching pair of marks and never crossing a line break.
#![no_main]

use depeche::statements::quotes::find;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let chars: Vec<char> = text.chars().collect();
    let mut last = 0;
    for q in find(text) {
        assert!(
            q.start >= last && q.start + 2 <= q.end && q.end <= chars.len(),
            "{q:?}"
        );
        last = q.end;
        let close = match chars[q.start] {
            '«' => '»',
            '“' => '”',
            '"' => '"',
            c => panic!("quote opens with {c:?}"),
        };
        assert_eq!(chars[q.end - 1], close);
        assert!(!chars[q.start..q.end].contains(&'\n'));
    }
});
