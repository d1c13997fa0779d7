//! NewsML 1.2 / NewsML-G2 reader on arbitrary text: no panic, no runaway recursion;
//! every document has body text and a line inside the file.
#![no_main]

use std::path::Path;

use depeche::ingest::xml::read_xml;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (docs, rejected, _format) = read_xml(Path::new("fuzz.xml"), text);
    assert!(!docs.is_empty() || !rejected.is_empty());
    let lines = text.split('\n').count();
    for d in &docs {
        assert!(!d.text.is_empty());
        assert!(!d.id.is_empty());
        let line = d.source.line.expect("a line");
        assert!((1..=lines).contains(&line), "line {line} of {lines}");
    }
});
