//! Property tests for the input parsers, the text stage and the statement rules: no
//! reader panics on arbitrary bytes or text, well-formed inputs read back what was
//! written, and segmentation partitions the text. The word-level partition on a small
//! alphabet is in src/text.rs; this file adds sentence-level invariants on generated
//! French wire copy (guillemets, no-break spaces, elisions, abbreviations, line breaks,
//! multi-byte code points) and on arbitrary strings. The same readers have cargo-fuzz
//! targets in fuzz/ (scripts/fuzz).

use std::path::Path;

use depeche::document::{CharIndex, Document};
use depeche::ingest::dateline;
use depeche::ingest::decode::{control_char, declared_xml_encoding, decode_text, decode_xml};
use depeche::ingest::json::{read_json, read_jsonl, FieldMap};
use depeche::ingest::xml::read_xml;
use depeche::statements::{self, quotes, Mention};
use depeche::text::{segment, Sentence};
use proptest::prelude::*;

/// Text made of the given fragments, each followed by one of the given separators.
fn soup(
    fragments: &'static [&'static str],
    separators: &'static [&'static str],
    max: usize,
) -> impl Strategy<Value = String> {
    prop::collection::vec(
        (
            prop::sample::select(fragments),
            prop::sample::select(separators),
        ),
        0..max,
    )
    .prop_map(|parts| parts.into_iter().flat_map(|(f, s)| [f, s]).collect())
}

/// Pieces of French wire copy that the text stage treats specially.
const FRENCH: &[&str] = &[
    "Pékin",
    "a",
    "nié",
    "dit",
    "M.",
    "MM.",
    "Mme",
    "Dr.",
    "etc.",
    "janv.",
    "J.-C.",
    "U.S.",
    "A.",
    "l'",
    "l’",
    "d'",
    "qu'",
    "jusqu’",
    "aujourd'hui",
    "Otan",
    "a-t-il",
    "Etats-Unis",
    "1,5",
    "12:30",
    "2024.",
    "«",
    "»",
    "«\u{a0}non\u{a0}»",
    "«\u{202f}Oui\u{202f}!\u{202f}»",
    "“",
    "”",
    "\"",
    "'",
    "’",
    ".",
    "...",
    "…",
    "!",
    "?",
    ",",
    ";",
    ":",
    "(",
    ")",
    "-",
    "—",
    "Zhao.",
    "fin.",
    "Il",
    "La",
    "é",
    "e\u{301}",
    "🇫🇷",
    "中国",
    "\u{feff}",
    "\u{2028}",
];
const SEPARATORS: &[&str] = &[
    " ", " ", " ", "", "\u{a0}", "\u{202f}", "\t", "\n", "\r\n", "\n\n", "  ",
];

/// Checks every invariant of `segment` on `text`.
fn check_segmentation(text: &str, sentences: &[Sentence]) -> Result<(), TestCaseError> {
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let index = CharIndex::new(text);
    let mut rebuilt = String::new();
    let mut last = 0;
    for (k, s) in sentences.iter().enumerate() {
        prop_assert!(!s.words.is_empty(), "empty sentence {}", k);
        prop_assert!(s.span.start < s.span.end && s.span.end <= n);
        prop_assert_eq!(s.span.start, s.words[0].start);
        prop_assert_eq!(s.span.end, s.words[s.words.len() - 1].end);
        prop_assert!(
            s.span.start >= last,
            "sentence {} overlaps or is out of order",
            k
        );
        // Between sentences: white space only.
        let gap = &chars[last..s.span.start];
        prop_assert!(gap.iter().all(|c| c.is_whitespace()), "gap {:?}", gap);
        // A line break always ends a sentence.
        prop_assert!(!chars[s.span.start..s.span.end].contains(&'\n'));
        // Code-point offsets: the byte view and the char view agree.
        let by_bytes = index.slice(text, s.span.start, s.span.end);
        let by_chars: String = chars[s.span.start..s.span.end].iter().collect();
        prop_assert_eq!(by_bytes, by_chars.as_str());
        rebuilt.push_str(index.slice(text, last, s.span.start));
        rebuilt.push_str(by_bytes);
        last = s.span.end;
        // Sentences end at a line break or after a final mark (or a closer after one).
        if let Some(next) = sentences.get(k + 1) {
            let newline = chars[s.span.end..next.span.start].contains(&'\n');
            let w = s.words[s.words.len() - 1];
            let first = chars[w.start];
            let final_mark = matches!(first, '!' | '?' | '…')
                || chars[w.start..w.end].iter().all(|&c| c == '.')
                || matches!(first, '»' | '"' | '”' | ')' | '’' | '\'');
            prop_assert!(
                newline || final_mark,
                "sentence {} ends with {:?}",
                k,
                &chars[w.start..w.end]
            );
        }
    }
    prop_assert!(chars[last..].iter().all(|c| c.is_whitespace()));
    rebuilt.push_str(index.slice(text, last, n));
    prop_assert_eq!(rebuilt.as_str(), text);
    // Every non-space code point lies in exactly one sentence.
    let mut owner = vec![usize::MAX; n];
    for (k, s) in sentences.iter().enumerate() {
        for w in &s.words {
            prop_assert!(s.span.start <= w.start && w.end <= s.span.end);
            for o in &mut owner[w.start..w.end] {
                prop_assert_eq!(*o, usize::MAX, "code point in two words");
                *o = k;
            }
        }
    }
    for (i, c) in chars.iter().enumerate() {
        prop_assert_eq!(owner[i] != usize::MAX, !c.is_whitespace(), "{} {:?}", i, c);
    }
    Ok(())
}

/// Every capitalised run of words as an actor mention (a stand-in for NER + actors).
fn capitalised_mentions(doc: &Document) -> Vec<Mention> {
    const ACTORS: [&str; 4] = ["FRA", "CHN", "USA", "UN"];
    let chars: Vec<char> = doc.text.chars().collect();
    let mut out = Vec::new();
    for s in &doc.sentences {
        for w in &s.words {
            if chars[w.start].is_uppercase() {
                let text: String = chars[w.start..w.end].iter().collect();
                let h: usize = text.chars().map(|c| c as usize).sum();
                out.push(Mention {
                    start: w.start,
                    end: w.end,
                    actor: ACTORS[h % ACTORS.len()].to_string(),
                    person: h.is_multiple_of(3),
                    name: None,
                    target_only: h.is_multiple_of(5),
                    subject_only: h.is_multiple_of(7),
                    text,
                });
            }
        }
    }
    out
}

const XML_SOUP: &[&str] = &[
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
    "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>",
    "<NewsML>",
    "</NewsML>",
    "<NewsItem>",
    "</NewsItem>",
    "<NewsIdentifier><PublicIdentifier>urn:x</PublicIdentifier></NewsIdentifier>",
    "<DateId>20240710</DateId>",
    "<FirstCreated>2024-07-10T12:00:00Z</FirstCreated>",
    "<NewsManagement>",
    "</NewsManagement>",
    "<HeadLine>",
    "</HeadLine>",
    "<DateLine>PARIS, 10 juil 2024 (AFP)</DateLine>",
    "<DataContent>",
    "</DataContent>",
    "<newsMessage>",
    "</newsMessage>",
    "<newsItem guid=\"g\" xml:lang=\"fr\">",
    "</newsItem>",
    "<contentMeta>",
    "</contentMeta>",
    "<language tag=\"fr\"/>",
    "<inlineXML>",
    "</inlineXML>",
    "<inlineData>",
    "</inlineData>",
    "<p>",
    "</p>",
    "<br/>",
    "<a:p xmlns:a=\"u\">",
    "</a:p>",
    "<![CDATA[x]]>",
    "<!-- c -->",
    "<!DOCTYPE x>",
    "&amp;",
    "&nbsp;",
    "&raquo;",
    "&#171;",
    "&#x0;",
    "&#xD800;",
    "&bogus;",
    "&",
    "<",
    ">",
    "\"",
    "=",
    "texte",
    "«\u{a0}Non\u{a0}»",
    "é",
    "\u{feff}",
];

const JSON_SOUP: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"id\"",
    "\"text\"",
    "\"date\"",
    "\"lang\"",
    "\"headline\"",
    "\"guid\"",
    "\"content\"",
    "\"body\"",
    "\"x\"",
    "\" \"",
    "\"\"",
    "\"\\u00e9\"",
    "\"\\ud800\"",
    "\"\\",
    "1",
    "-1e999",
    "null",
    "true",
    "\n",
    "\r\n",
    " ",
    "é",
    "\u{2028}",
];

const PLACES: &[&str] = &[
    "PARIS",
    "Séoul",
    "Le Caire",
    "SRINAGAR (Inde)",
    "Ville du Cap",
    "N'DJAMENA",
    "Washington",
];
const MONTHS: &[(&str, u32)] = &[
    ("janv", 1),
    ("fév", 2),
    ("févr.", 2),
    ("mars", 3),
    ("avril", 4),
    ("mai", 5),
    ("juin", 6),
    ("juil", 7),
    ("août", 8),
    ("sept", 9),
    ("octobre", 10),
    ("nov", 11),
    ("déc", 12),
];
const BODY_WORDS: &[&str] = &[
    "Le",
    "ministre",
    "a",
    "dit",
    "«\u{a0}non\u{a0}»",
    "(AFP)",
    "-",
    "Pékin.",
    "l'Otan",
    "1,5",
    "é",
    "\n",
    "\n\n",
];

proptest! {
    // No regression files: an integration test has no lib.rs beside it to put them.
    #![proptest_config(ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(256)
    })]

    // ---- decoding ----

    #[test]
    fn decoders_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(d) = decode_text(&bytes) {
            prop_assert_eq!(control_char(&d.text), None);
        }
        let _ = declared_xml_encoding(&bytes);
        let _ = decode_xml(&bytes);
    }

    #[test]
    fn xml_declarations_never_panic(
        decl in soup(&["<?xml", " version=\"1.0\"", " encoding=", "\"", "'", "utf-8", "iso-8859-1",
                       "UTF-16", "x-unknown", "?>", "\u{feff}", "é", "\u{0}", " "], &["", " "], 12),
        tail in prop::collection::vec(any::<u8>(), 0..40),
    ) {
        let mut bytes = decl.into_bytes();
        bytes.extend(tail);
        let _ = declared_xml_encoding(&bytes);
        let _ = decode_xml(&bytes);
    }

    #[test]
    fn utf8_text_reads_as_it_is(text in "[\\PC\t\n\r]{0,120}") {
        prop_assume!(!text.starts_with(['\u{feff}', '\u{fffe}']));
        let d = decode_text(text.as_bytes()).unwrap();
        prop_assert_eq!(&d.text, &text);
        prop_assert_eq!(d.encoding.as_str(), "utf-8");
        let mut bom = b"\xef\xbb\xbf".to_vec();
        bom.extend(text.as_bytes());
        let d = decode_text(&bom).unwrap();
        prop_assert_eq!(&d.text, &text);
        prop_assert_eq!(d.encoding.as_str(), "utf-8-bom");
    }

    #[test]
    fn utf16_with_a_bom_round_trips(text in "[\\PC\t\n\r]{1,80}") {
        prop_assume!(!text.trim().is_empty());
        let le: Vec<u8> = [0xff, 0xfe].into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> = [0xfe, 0xff].into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
        for (bytes, name) in [(le, "utf-16le"), (be, "utf-16be")] {
            let d = decode_text(&bytes).unwrap();
            prop_assert_eq!(&d.text, &text);
            prop_assert_eq!(d.encoding.as_str(), name);
            let x = decode_xml(&bytes).unwrap();
            prop_assert_eq!(&x.text, &text);
        }
    }

    #[test]
    fn windows_1252_is_converted(text in "[ -~àâçéèêëîïôùûüÿœÉÀÇ«»’€…\u{a0}\n]{1,80}") {
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
        prop_assert!(!unmappable);
        let d = decode_text(&bytes).unwrap();
        // Some Windows-1252 byte pairs are valid UTF-8 ("Ç«"): those read as UTF-8.
        if std::str::from_utf8(&bytes).is_err() {
            prop_assert_eq!(&d.text, &text);
            prop_assert_eq!(d.encoding.as_str(), "windows-1252");
            prop_assert!(d.warning.is_some());
        }
        let xml = format!("<?xml version=\"1.0\" encoding=\"windows-1252\"?><p>{text}</p>");
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&xml);
        prop_assert_eq!(decode_xml(&bytes).unwrap().text, xml);
    }

    // ---- JSON ----

    #[test]
    fn json_readers_never_panic(text in any::<String>()) {
        let map = FieldMap::from_specs(&["text=content.body", "id=guid"]).unwrap();
        for m in [FieldMap::default(), map] {
            let (d, r) = read_jsonl(Path::new("f.jsonl"), &text, &m);
            prop_assert!(!d.is_empty() || !r.is_empty());
            let (d, r, _) = read_json(Path::new("f.json"), &text, &m);
            prop_assert!(!d.is_empty() || !r.is_empty());
        }
    }

    #[test]
    fn json_soup_never_panics(text in soup(JSON_SOUP, &["", " "], 40)) {
        let map = FieldMap::from_specs(&["text=content.body", "id=guid"]).unwrap();
        for m in [FieldMap::default(), map] {
            let _ = read_jsonl(Path::new("f.jsonl"), &text, &m);
            let _ = read_json(Path::new("f.json"), &text, &m);
        }
    }

    #[test]
    fn json_records_read_back(
        records in prop::collection::vec(
            (prop::option::of("[\\PC ]{0,12}"), "[\\PC \n\t\u{a0}\u{2028}]{0,40}"), 1..8)
    ) {
        let objects: Vec<serde_json::Value> = records.iter().map(|(id, text)| {
            let mut o = serde_json::json!({ "text": text, "lang": "fr" });
            if let Some(id) = id {
                o["id"] = serde_json::Value::String(id.clone());
            }
            o
        }).collect();
        let lines: Vec<String> = objects.iter().map(|o| o.to_string()).collect();
        let jsonl = lines.join("\n") + "\n";
        let array = format!("[\n{}\n]", lines.join(",\n"));
        let (docs, rejected) = read_jsonl(Path::new("in/wire.jsonl"), &jsonl, &FieldMap::default());
        let (adocs, arejected, warning) = read_json(Path::new("in/wire.json"), &array, &FieldMap::default());
        prop_assert!(warning.is_none());
        let mut d = docs.iter();
        let mut a = adocs.iter();
        let mut bad = 0;
        for (i, (id, text)) in records.iter().enumerate() {
            if text.trim().is_empty() {
                bad += 1;
                continue;
            }
            let (doc, adoc) = (d.next().unwrap(), a.next().unwrap());
            let want_id = match id.as_deref().map(str::trim) {
                Some(s) if !s.is_empty() => s.to_string(),
                _ => format!("wire-{}", i + 1),
            };
            for (x, line) in [(doc, i + 1), (adoc, i + 2)] {
                prop_assert_eq!(&x.text, text);
                prop_assert_eq!(&x.id, &want_id);
                prop_assert_eq!(x.lang.as_deref(), Some("fr"));
                prop_assert_eq!(x.source.line, Some(line));
            }
        }
        prop_assert!(d.next().is_none() && a.next().is_none());
        prop_assert_eq!(rejected.len(), bad);
        prop_assert_eq!(arejected.len(), bad);
    }

    // ---- XML ----

    #[test]
    fn xml_reader_never_panics(text in any::<String>()) {
        let (d, r, _) = read_xml(Path::new("f.xml"), &text);
        prop_assert!(!d.is_empty() || !r.is_empty());
    }

    #[test]
    fn xml_soup_never_panics(text in soup(XML_SOUP, &["", " ", "\n"], 60)) {
        let (docs, r, _) = read_xml(Path::new("f.xml"), &text);
        prop_assert!(!docs.is_empty() || !r.is_empty());
        for d in &docs {
            prop_assert!(!d.text.is_empty());
        }
    }

    #[test]
    fn newsml_paragraphs_read_back(
        paras in prop::collection::vec(
            prop::collection::vec("[a-zA-Zéàç«»’'\"&<>,.;:!?0-9\u{a0}\u{202f}-]{1,10}", 0..6), 1..5),
        g2 in any::<bool>(),
    ) {
        let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
        let body: String = paras.iter().map(|words| {
            let inner = words.iter().map(|w| escape(w)).collect::<Vec<_>>().join(" \n\t ");
            format!("<p> {inner} </p>\n")
        }).collect();
        let xml = if g2 {
            format!("<newsItem guid=\"g\"><contentSet><inlineXML><html><body>{body}</body></html></inlineXML></contentSet></newsItem>")
        } else {
            format!("<?xml version=\"1.0\"?>\n<NewsML><NewsItem><NewsComponent><DataContent>\n{body}</DataContent></NewsComponent></NewsItem></NewsML>")
        };
        let want: Vec<String> = paras.iter().map(|w| w.join(" ")).filter(|p| !p.is_empty()).collect();
        let (docs, rejected, format) = read_xml(Path::new("f.xml"), &xml);
        prop_assert_eq!(format, Some(if g2 { "newsml-g2" } else { "newsml-1.2" }));
        if want.is_empty() {
            prop_assert!(docs.is_empty());
            prop_assert_eq!(rejected.len(), 1);
        } else {
            prop_assert!(rejected.is_empty(), "{:?}", rejected);
            prop_assert_eq!(&docs[0].text, &want.join("\n\n"));
        }
    }

    // ---- datelines ----

    #[test]
    fn dateline_functions_never_panic(text in any::<String>()) {
        if let Some(d) = dateline::parse(&text) {
            prop_assert!(text.is_char_boundary(d.len));
        }
        if let Some(s) = dateline::signature_start(&text) {
            prop_assert!(text.is_char_boundary(s));
        }
        let _ = dateline::parse_date(&text);
        let mut doc = Document::new("x", text.clone());
        dateline::hold_out(&mut doc);
        dateline::restore(&mut doc);
        prop_assert_eq!(doc.text, text);
    }

    #[test]
    fn dateline_soup_round_trips(
        text in soup(&["(AFP)", "PARIS", "Le", "Caire", "(Inde)", ",", "1er", "29", "févr", "2024",
                       "-", "—", "\u{a0}", "\n", "\r\n", "Afp", "bur-ab/cd", "afp/x", "é", "(", ")"],
                     &["", " ", " "], 20)
    ) {
        let mut doc = Document::new("x", text.clone());
        dateline::hold_out(&mut doc);
        // hold_out never leaves a blank text behind.
        prop_assert!(!doc.text.trim().is_empty() || doc.text == text);
        dateline::restore(&mut doc);
        prop_assert_eq!(doc.text, text);
    }

    #[test]
    fn datelines_are_held_out_and_restored(
        lead in prop::sample::select(&["", " ", "\n"][..]),
        place in prop::sample::select(PLACES),
        date in prop::option::of((1u32..=28, prop::sample::select(MONTHS), 1900u32..=2200)),
        dash in prop::sample::select(&["", " -", " –", " —", "\u{a0}-", "\n", "\n\n"][..]),
        body in prop::collection::vec(prop::sample::select(BODY_WORDS), 1..12),
        signature in prop::sample::select(&["", "\nAfp", "\nbur-ab/cd\n", "\n\nafp/ab/cd"][..]),
    ) {
        let body = format!("Texte {}", body.join(" ")).trim_end().to_string();
        let date_text = date.map(|(d, (m, _), y)| format!(", {d} {m} {y}")).unwrap_or_default();
        let text = format!("{lead}{place}{date_text} (AFP){dash} {body}{signature}");
        let mut doc = Document::new("x", text.clone());
        dateline::hold_out(&mut doc);
        prop_assert_eq!(doc.place.as_deref(), Some(place));
        let want_date = date.map(|(d, (_, m), y)| format!("{y:04}-{m:02}-{d:02}"));
        prop_assert_eq!(&doc.date, &want_date);
        prop_assert_eq!(&doc.text, &body);
        doc.sentences = segment(&doc.text);
        let n_words: usize = doc.sentences.iter().map(|s| s.words.len()).sum();
        dateline::restore(&mut doc);
        prop_assert_eq!(&doc.text, &text);
        // Restored offsets still slice the same words.
        let shifted: usize = doc.sentences.iter().map(|s| s.words.len()).sum();
        prop_assert_eq!(n_words, shifted);
        let chars: Vec<char> = text.chars().collect();
        let first = doc.sentences[0].words[0];
        prop_assert_eq!(chars[first.start..first.end].iter().collect::<String>(), "Texte");
    }

    // ---- segmentation ----

    #[test]
    fn segmentation_partitions_french_copy(text in soup(FRENCH, SEPARATORS, 60)) {
        check_segmentation(&text, &segment(&text))?;
    }

    #[test]
    fn segmentation_partitions_any_text(text in any::<String>()) {
        check_segmentation(&text, &segment(&text))?;
    }

    #[test]
    fn abbreviations_never_end_a_sentence(
        abbr in prop::sample::select(&["M.", "MM.", "Mme.", "Dr.", "Mgr.", "J.-C.", "U.S.", "A.", "etc."][..]),
        sep in prop::sample::select(&[" ", "\u{a0}", "\u{202f}"][..]),
        name in prop::sample::select(&["Zhao", "Lowell", "Li", "Élysée", "«\u{a0}Non\u{a0}»"][..]),
        before in soup(FRENCH, &[" "], 8),
    ) {
        let text = format!("{before}{abbr}{sep}{name} a dit.");
        let sentences = segment(&text);
        check_segmentation(&text, &sentences)?;
        let chars: Vec<char> = text.chars().collect();
        let at = chars.len() - format!("{abbr}{sep}{name} a dit.").chars().count();
        let abbr_len = abbr.chars().count();
        // The abbreviation is one word, and the sentence goes on after it.
        let holding = sentences.iter().find(|s| s.words.iter().any(|w| w.start == at)).unwrap();
        prop_assert!(holding.words.iter().any(|w| w.start == at && w.end == at + abbr_len));
        prop_assert!(holding.span.end > at + abbr_len);
    }

    // ---- quotes and statements ----

    #[test]
    fn quotes_are_well_formed(text in soup(FRENCH, SEPARATORS, 60)) {
        let chars: Vec<char> = text.chars().collect();
        let mut last = 0;
        for q in quotes::find(&text) {
            prop_assert!(q.start >= last && q.start + 2 <= q.end && q.end <= chars.len());
            last = q.end;
            let close = match chars[q.start] {
                '«' => '»',
                '“' => '”',
                '"' => '"',
                c => return Err(TestCaseError::fail(format!("opens with {c:?}"))),
            };
            prop_assert_eq!(chars[q.end - 1], close);
            prop_assert!(!chars[q.start..q.end].contains(&'\n'));
        }
    }

    #[test]
    fn balanced_quotes_are_all_found(
        parts in prop::collection::vec(
            (any::<bool>(), prop::sample::select(&["«\u{a0}", "“", "\""][..]), "[a-zé ,.!?\n]{0,12}"), 0..8)
    ) {
        let mut text = String::new();
        let mut want = Vec::new();
        for (quoted, open, words) in &parts {
            if *quoted {
                let close = match *open { "“" => "”", "\"" => "\"", _ => "\u{a0}»" };
                let inner = words.replace('\n', " ");
                let start = text.chars().count();
                text.push_str(&format!("{open}{inner}{close}"));
                want.push((start, text.chars().count()));
            } else {
                text.push_str(words);
            }
            text.push(' ');
        }
        let got: Vec<(usize, usize)> = quotes::find(&text).iter().map(|q| (q.start, q.end)).collect();
        prop_assert_eq!(got, want);
    }

    #[test]
    fn statements_need_mentions(text in soup(FRENCH, SEPARATORS, 40)) {
        let mut doc = Document::new("x", text.clone());
        doc.sentences = segment(&text);
        prop_assert!(statements::extract(&doc, &[]).is_empty());
        prop_assert!(statements::cooccurrence(&doc, &[]).is_empty());
    }

    #[test]
    fn statements_stay_inside_the_text(
        text in soup(&["Pékin", "Paris", "Washington", "a", "condamné", "critiqué", "salué",
                       "a déclaré", "selon", "d'après", "ne", "pas", "«", "»", ",", ".", ";",
                       "qui", "et", "le ministre", "La Chine", "les", "Etats-Unis", "\n"],
                     &[" ", "", "\u{a0}"], 40)
    ) {
        let mut doc = Document::new("x", text.clone());
        doc.sentences = segment(&text);
        let mentions = capitalised_mentions(&doc);
        let n = text.chars().count();
        for st in statements::extract(&doc, &mentions).into_iter()
            .chain(statements::cooccurrence(&doc, &mentions)) {
            prop_assert!(st.sentence.is_some_and(|s| s < doc.sentences.len()));
            let (a, b) = (st.start.unwrap(), st.end.unwrap());
            prop_assert!(a <= b && b <= n);
            prop_assert_ne!(&st.speaker_actor, &st.target_actor);
        }
    }
}
