//! JSON Lines and JSON readers on arbitrary text, with the default field mapping and
//! with a mapping that names dotted paths. They may reject anything but never panic;
//! every document has text, an id, and a line inside the file.
#![no_main]

use std::path::Path;

use depeche::document::Document;
use depeche::ingest::json::{read_json, read_jsonl, FieldMap};
use libfuzzer_sys::fuzz_target;

fn check(text: &str, docs: &[Document]) {
    let lines = text.split('\n').count();
    for d in docs {
        assert!(!d.text.trim().is_empty());
        assert!(!d.id.is_empty());
        let line = d.source.line.expect("a line");
        assert!((1..=lines).contains(&line), "line {line} of {lines}");
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let path = Path::new("fuzz.json");
    let custom = FieldMap::from_specs(&["id=guid", "text=content.body", "date=meta.date"]).unwrap();
    for map in [FieldMap::default(), custom] {
        let (docs, rejected) = read_jsonl(path, text, &map);
        check(text, &docs);
        assert!(!docs.is_empty() || !rejected.is_empty());
        let (docs, rejected, _) = read_json(path, text, &map);
        check(text, &docs);
        assert!(!docs.is_empty() || !rejected.is_empty());
    }
});
