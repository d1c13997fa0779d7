//! Raw bytes → text: `decode_text` (plain-text files) and `decode_xml` (XML files, by
//! BOM or declared encoding). Neither may panic; decoded text holds no control character.
#![no_main]

use depeche::ingest::decode::{control_char, declared_xml_encoding, decode_text, decode_xml};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(d) = decode_text(bytes) {
        assert_eq!(control_char(&d.text), None, "{:?}", d.encoding);
        // Valid UTF-8 without a BOM is read as it is.
        if !bytes.starts_with(b"\xef\xbb\xbf")
            && !bytes.starts_with(b"\xff\xfe")
            && !bytes.starts_with(b"\xfe\xff")
        {
            if let Ok(s) = std::str::from_utf8(bytes) {
                assert_eq!(d.text, s);
                assert_eq!(d.encoding, "utf-8");
            }
        }
    }
    let _ = declared_xml_encoding(bytes);
    if let Ok(d) = decode_xml(bytes) {
        assert!(!d.encoding.is_empty());
    }
});
