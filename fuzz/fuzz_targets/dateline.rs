//! Dateline and signature parsing, and hold-out/restore: byte lengths fall on character
//! boundaries inside the text, dates are well-formed, and restore undoes hold_out.
#![no_main]

use depeche::document::Document;
use depeche::ingest::dateline::{hold_out, parse, parse_date, restore, signature_start};
use libfuzzer_sys::fuzz_target;

fn check_date(date: &str) {
    let b = date.as_bytes();
    assert_eq!(b.len(), 10, "{date:?}");
    assert!(b[4] == b'-' && b[7] == b'-', "{date:?}");
    let month: u32 = date[5..7].parse().unwrap();
    let day: u32 = date[8..10].parse().unwrap();
    assert!(
        (1..=12).contains(&month) && (1..=31).contains(&day),
        "{date:?}"
    );
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Some(d) = parse(text) {
        assert!(d.len <= text.len() && text.is_char_boundary(d.len));
        assert!(!d.place.is_empty());
        if let Some(date) = &d.date {
            check_date(date);
        }
    }
    if let Some(s) = signature_start(text) {
        assert!(s <= text.len() && text.is_char_boundary(s));
    }
    if let Some(date) = parse_date(text) {
        check_date(&date);
    }
    let mut doc = Document::new("fuzz", text);
    hold_out(&mut doc);
    assert!(text.contains(doc.text.as_str()));
    if let Some(date) = &doc.date {
        check_date(date);
    }
    doc.sentences = depeche::text::segment(&doc.text);
    restore(&mut doc);
    assert_eq!(doc.text, text);
    let n = text.chars().count();
    for s in &doc.sentences {
        assert!(s.span.end <= n);
    }
});
