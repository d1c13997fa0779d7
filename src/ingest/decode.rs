//! Bytes → text. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as they
//! are; bytes that are not UTF-8 but read as Windows-1252 (a superset of Latin-1's
//! printable range) without control characters are converted, with a warning; anything
//! else is binary and rejected. XML files are decoded by their declared encoding.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// Decoded text and the name of the encoding it was read in (`utf-8`, `utf-8-bom`,
/// `utf-16le`, `windows-1252`, or an XML file's declared label).
#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub text: String,
    pub encoding: String,
    /// Set when the bytes were converted from a legacy encoding by guess.
    pub warning: Option<String>,
}

/// The first character that no text file holds: C0 controls other than tab, line feed,
/// form feed and carriage return, DEL, and C1 controls. Returns its byte offset.
pub fn control_char(text: &str) -> Option<(usize, char)> {
    text.char_indices()
        .find(|&(_, c)| c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{c}'))
}

fn binary(at: usize, c: char) -> String {
    format!(
        "binary content (control character U+{:04X} at byte {at})",
        c as u32
    )
}

/// Decodes a plain-text file (see the module doc).
pub fn decode_text(bytes: &[u8]) -> Result<Decoded, String> {
    let ok = |text: String, encoding: &str| {
        if let Some((at, c)) = control_char(&text) {
            return Err(binary(at, c));
        }
        Ok(Decoded {
            text,
            encoding: encoding.to_string(),
            warning: None,
        })
    };
    if let Some(rest) = bytes.strip_prefix(b"\xef\xbb\xbf") {
        return match std::str::from_utf8(rest) {
            Ok(t) => ok(t.to_string(), "utf-8-bom"),
            Err(e) => Err(format!(
                "not valid UTF-8 after its UTF-8 BOM (first bad byte at offset {})",
                e.valid_up_to() + 3
            )),
        };
    }
    for (bom, enc, name) in [
        (&b"\xff\xfe"[..], UTF_16LE, "utf-16le"),
        (&b"\xfe\xff"[..], UTF_16BE, "utf-16be"),
    ] {
        if let Some(rest) = bytes.strip_prefix(bom) {
            if let Some(t) = enc.decode_without_bom_handling_and_without_replacement(rest) {
                if control_char(&t).is_none() && !t.trim().is_empty() {
                    return ok(t.into_owned(), name);
                }
            }
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(t) => ok(t.to_string(), "utf-8"),
        Err(e) => {
            let (t, _) = WINDOWS_1252.decode_without_bom_handling(bytes);
            match control_char(&t) {
                None => Ok(Decoded {
                    text: t.into_owned(),
                    encoding: "windows-1252".into(),
                    warning: Some(format!(
                        "not UTF-8 (first bad byte at offset {}): read as Windows-1252/Latin-1 and converted",
                        e.valid_up_to()
                    )),
                }),
                Some(_) => Err(format!(
                    "not valid UTF-8 (first bad byte at offset {}) nor Windows-1252 text: binary content",
                    e.valid_up_to()
                )),
            }
        }
    }
}

/// The `encoding="…"` of an XML declaration, if the bytes start with one.
pub fn declared_xml_encoding(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(400)];
    let head = String::from_utf8_lossy(head);
    let head = head.trim_start_matches('\u{feff}').trim_start();
    let decl = head.strip_prefix("<?xml")?;
    let decl = &decl[..decl.find("?>")?];
    let at = decl.find("encoding")?;
    let rest = decl[at + "encoding".len()..]
        .trim_start()
        .strip_prefix('=')?;
    let rest = rest.trim_start();
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let rest = &rest[1..];
    Some(rest[..rest.find(quote)?].trim().to_string())
}

/// Decodes an XML file: a BOM wins, then the declared encoding, else UTF-8 (XML's
/// default). Bytes invalid in that encoding are an error, not a guess.
pub fn decode_xml(bytes: &[u8]) -> Result<Decoded, String> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let name = if enc == encoding_rs::UTF_8 {
            "utf-8-bom".to_string()
        } else {
            enc.name().to_ascii_lowercase()
        };
        return match enc.decode_without_bom_handling_and_without_replacement(&bytes[bom_len..]) {
            Some(t) => Ok(Decoded {
                text: t.into_owned(),
                encoding: name,
                warning: None,
            }),
            None => Err(format!("not valid {name} text despite its byte-order mark")),
        };
    }
    let (enc, name) = match declared_xml_encoding(bytes) {
        Some(label) => match Encoding::for_label(label.as_bytes()) {
            Some(e) => (e, label.to_ascii_lowercase()),
            None => return Err(format!("unknown encoding {label:?} in the XML declaration")),
        },
        None => (encoding_rs::UTF_8, "utf-8".to_string()),
    };
    if enc == encoding_rs::UTF_8 {
        return match std::str::from_utf8(bytes) {
            Ok(t) => Ok(Decoded {
                text: t.to_string(),
                encoding: name,
                warning: None,
            }),
            Err(e) => Err(format!(
                "not valid UTF-8 (first bad byte at offset {}), and the XML declaration names no other encoding",
                e.valid_up_to()
            )),
        };
    }
    match enc.decode_without_bom_handling_and_without_replacement(bytes) {
        Some(t) => Ok(Decoded {
            text: t.into_owned(),
            encoding: name,
            warning: None,
        }),
        None => Err(format!("bytes not valid in the declared encoding {name}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_and_latin1() {
        let d = decode_text("Pékin a nié.".as_bytes()).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding.as_str()),
            ("Pékin a nié.", "utf-8")
        );
        let d = decode_text("\u{feff}Pékin".as_bytes()).unwrap();
        assert_eq!(
            (d.text.as_str(), d.encoding.as_str()),
            ("Pékin", "utf-8-bom")
        );
        // "Pékin a nié « non »" in Latin-1, with a Windows-1252 apostrophe (0x92).
        let latin1 = b"P\xe9kin a ni\xe9 \xab non \xbb l\x92accord";
        let d = decode_text(latin1).unwrap();
        assert_eq!(d.text, "Pékin a nié « non » l’accord");
        assert_eq!(d.encoding, "windows-1252");
        assert!(d.warning.unwrap().contains("Windows-1252"));
        let utf16: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("Oui".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        assert_eq!(decode_text(&utf16).unwrap().text, "Oui");
    }

    #[test]
    fn binary_is_rejected() {
        let e = decode_text(&[0u8, 159, 146, 150, 255]).unwrap_err();
        assert!(e.starts_with("not valid UTF-8"), "{e}");
        assert!(decode_text(&[0xff, 0xfe, 0x00]).is_err());
        // Valid UTF-8 holding NULs is binary too.
        let e = decode_text(b"abc\x00def").unwrap_err();
        assert!(e.contains("U+0000 at byte 3"), "{e}");
        // Bytes that Windows-1252 leaves undefined (0x81) decode to C1 controls.
        assert!(decode_text(b"caf\xe9 \x81").is_err());
    }

    #[test]
    fn xml_by_declared_encoding() {
        let bytes = b"<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><p>\xe9t\xe9</p>";
        assert_eq!(declared_xml_encoding(bytes).as_deref(), Some("iso-8859-1"));
        let d = decode_xml(bytes).unwrap();
        assert!(d.text.ends_with("<p>été</p>"));
        assert_eq!(d.encoding, "iso-8859-1");
        assert!(decode_xml(b"<?xml version='1.0'?><p>\xe9</p>").is_err());
        assert!(decode_xml(b"<?xml version='1.0' encoding='klingon'?><p/>").is_err());
        assert_eq!(decode_xml(b"<p>a</p>").unwrap().encoding, "utf-8");
    }
}
