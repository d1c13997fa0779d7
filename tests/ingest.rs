//! `depeche analyze` on a folder mixing every input format with bad files: the manifest
//! accounts for every file and every document, datelines are held out of the analysis
//! and the outputs stay relative to the text as read.

mod common;

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::path::Path;

use depeche::document::Document;

fn manifest(out: &Path) -> Vec<HashMap<String, String>> {
    let mut csv = csv::Reader::from_path(out.join("manifest.csv")).unwrap();
    let header: Vec<String> = csv.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        depeche::manifest::HEADER
            .iter()
            .map(|s| s.to_string())
            .collect::<Vec<_>>()
    );
    csv.records()
        .map(|r| {
            header
                .iter()
                .cloned()
                .zip(r.unwrap().iter().map(String::from))
                .collect()
        })
        .collect()
}

fn documents(out: &Path) -> Vec<Document> {
    fs::read_to_string(out.join("documents.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn mixed_formats_and_bad_files_are_all_accounted_for() {
    common::encoder_dir();
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    common::copy_dir(&common::repo().join("corpora/formats"), &input);
    let bad = input.join("bad");
    fs::create_dir_all(&bad).unwrap();
    fs::write(
        bad.join("truncated.json"),
        "[{\"id\": \"t1\", \"text\": \"Un",
    )
    .unwrap();
    fs::write(
        bad.join("truncated.xml"),
        "<?xml version=\"1.0\"?>\n<NewsML><NewsItem><ContentItem><DataContent><p>Texte",
    )
    .unwrap();
    fs::write(bad.join("rss.xml"), "<rss><channel/></rss>").unwrap();
    fs::write(
        bad.join("mixed.json"),
        "[\n{\"id\": \"m1\", \"text\": \"Rome a salué l'accord conclu avec Tunis.\"},\n\"not an object\",\n{\"id\": \"m2\", \"text\": \"Madrid a convoqué l'ambassadeur du Maroc.\"}\n]\n",
    )
    .unwrap();
    fs::write(bad.join("empty.txt"), "").unwrap();
    fs::write(
        bad.join("image.txt"),
        [0x89, b'P', b'N', b'G', 0, 0, 0, 0x0d],
    )
    .unwrap();
    // Same id as wire-array.json's first document.
    fs::write(
        bad.join("dup.jsonl"),
        "{\"id\": \"json-2024-06-04-oslo\", \"text\": \"Oslo a démenti toute négociation avec Moscou.\"}\n",
    )
    .unwrap();
    fs::write(bad.join("photo.jpg"), [0xff, 0xd8, 0xff]).unwrap();

    let out = dir.path().join("out");
    let o = common::depeche(&[
        "analyze",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--field",
        "id=guid",
        "--field",
        "text=body",
        "--field",
        "headline=title",
        "--field",
        "date=published",
    ]);
    let err = common::stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{err}");
    for m in [
        "truncated.json: not valid JSON",
        "truncated.xml: truncated XML",
        "rss.xml: XML root <rss>",
        "mixed.json:3: array element 2: not a JSON object",
        "empty.txt: empty document",
        "image.txt: not valid UTF-8",
        "photo.jpg: skipped",
        "latin1-lyon-accord.txt: not UTF-8",
        "duplicate id \"json-2024-06-04-oslo\"",
    ] {
        assert!(err.contains(m), "{m:?} not in {err}");
    }

    // Every file in the folder has its row.
    let rows = manifest(&out);
    let on_disk: BTreeSet<String> = walk(&input);
    let file_rows: BTreeSet<String> = rows
        .iter()
        .filter(|r| r["doc_id"].is_empty() && r["line"].is_empty())
        .map(|r| r["path"].clone())
        .collect();
    assert_eq!(file_rows, on_disk);
    let status = |name: &str| -> String {
        rows.iter()
            .find(|r| r["path"].ends_with(name) && r["doc_id"].is_empty() && r["line"].is_empty())
            .map(|r| r["status"].clone())
            .unwrap()
    };
    for (name, want) in [
        ("truncated.json", "rejected"),
        ("truncated.xml", "rejected"),
        ("rss.xml", "rejected"),
        ("empty.txt", "rejected"),
        ("image.txt", "rejected"),
        ("photo.jpg", "skipped"),
        ("mixed.json", "done"),
        ("latin1-lyon-accord.txt", "done"),
        ("newsml-1.2-strasbourg.xml", "done"),
        ("newsml-g2-dakar.xml", "done"),
    ] {
        assert_eq!(status(name), want, "{name}");
    }
    let encoding = |name: &str| {
        rows.iter()
            .find(|r| r["path"].ends_with(name))
            .map(|r| r["encoding"].clone())
            .unwrap()
    };
    assert_eq!(encoding("latin1-lyon-accord.txt"), "windows-1252");
    assert_eq!(encoding("bom-nairobi-espace-aerien.txt"), "utf-8-bom");
    assert_eq!(encoding("newsml-1.2-strasbourg.xml"), "iso-8859-1");

    // Every document written has one `done` row with its counts; the rejected element
    // has its own row.
    let docs = documents(&out);
    let done: HashMap<&str, &HashMap<String, String>> = rows
        .iter()
        .filter(|r| !r["doc_id"].is_empty() && r["status"] == "done")
        .map(|r| (r["doc_id"].as_str(), r))
        .collect();
    assert_eq!(done.len(), docs.len());
    assert_eq!(
        docs.len(),
        11,
        "{:?}",
        docs.iter().map(|d| &d.id).collect::<Vec<_>>()
    );
    for d in &docs {
        let row = done[d.id.as_str()];
        assert_eq!(
            row["entities"],
            d.entities.as_ref().unwrap().len().to_string()
        );
        assert_eq!(
            row["statements"],
            d.statements.as_ref().unwrap().len().to_string()
        );
        assert_eq!(
            row["sha256"],
            depeche::resources::sha256_bytes(d.text.as_bytes())
        );
        d.check_offsets().unwrap();
    }
    assert!(rows.iter().any(|r| r["path"].ends_with("mixed.json")
        && r["line"] == "3"
        && r["status"] == "rejected"));
    // Files are read in sorted order: bad/dup.jsonl comes first and keeps the id.
    assert!(done["json-2024-06-04-oslo"]["path"].ends_with("dup.jsonl"));
    let renamed = done["json-2024-06-04-oslo#2"];
    assert!(renamed["path"].ends_with("wire-array.json"));
    assert!(renamed["reason"].starts_with("duplicate id"));

    // Datelines: parsed, held out of the analysis, kept in the text.
    let by_id: HashMap<&str, &Document> = docs.iter().map(|d| (d.id.as_str(), d)).collect();
    let lyon = by_id["latin1-lyon-accord"];
    assert_eq!(lyon.place.as_deref(), Some("LYON"));
    assert_eq!(lyon.date.as_deref(), Some("2024-03-03"));
    assert!(lyon.text.starts_with("LYON, 3 mars 2024 (AFP) - La France"));
    assert!(lyon.text.ends_with("bur-ab/cd"));
    let ents = lyon.entities.as_ref().unwrap();
    assert!(ents
        .iter()
        .all(|e| e.start >= "LYON, 3 mars 2024 (AFP) - ".chars().count()));
    assert!(ents.iter().any(|e| e.text == "France"), "{ents:?}");
    let nml = by_id["urn:newsml:afp.com:20240710:TX-PAR-DEP01:1"];
    assert_eq!(nml.place.as_deref(), Some("Strasbourg"));
    assert_eq!(nml.date.as_deref(), Some("2024-07-10"));
    assert_eq!(nml.lang.as_deref(), Some("fr"));
    assert!(nml.text.contains("Albanie"));
    let g2 = by_id["urn:newsml:afp.com:20241105:DEP-G2-01"];
    assert_eq!(g2.date.as_deref(), Some("2024-11-05"));
    assert!(g2
        .entities
        .as_ref()
        .unwrap()
        .iter()
        .all(|e| e.text != "DAKAR"));
    // JSON text keeps its dateline in the analysis by default (gold offsets).
    let oslo = by_id["json-2024-06-04-oslo#2"];
    assert_eq!(oslo.place, None);
    assert!(oslo
        .text
        .starts_with("OSLO, 4 juin 2024 (AFP) - La Norvège"));
    let custom = by_id["ext-0001"];
    assert_eq!(custom.headline.as_deref(), Some("Le Chili et l'Argentine"));
    assert_eq!(custom.date.as_deref(), Some("2024-09-12"));
}

#[test]
fn strip_datelines_for_json_keeps_offsets_on_the_given_text() {
    common::encoder_dir();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let o = common::depeche(&[
        "analyze",
        "corpora/formats/wire-array.json",
        "--out",
        out.to_str().unwrap(),
        "--strip-datelines",
    ]);
    assert!(o.status.success(), "{}", common::stderr(&o));
    let docs = documents(&out);
    let given: Vec<serde_json::Value> = serde_json::from_str(
        &fs::read_to_string(common::repo().join("corpora/formats/wire-array.json")).unwrap(),
    )
    .unwrap();
    for (d, g) in docs.iter().zip(&given) {
        assert_eq!(d.text, g["text"].as_str().unwrap());
        d.check_offsets().unwrap();
    }
    assert_eq!(docs[0].place.as_deref(), Some("OSLO"));
    assert!(docs[0]
        .entities
        .as_ref()
        .unwrap()
        .iter()
        .all(|e| e.text != "OSLO"));
    let rows = manifest(&out);
    assert_eq!(rows.len(), 1 + 2);
}

#[test]
fn a_bad_field_mapping_is_a_fatal_error() {
    let dir = tempfile::tempdir().unwrap();
    let o = common::depeche(&[
        "analyze",
        "corpora/formats",
        "--out",
        dir.path().to_str().unwrap(),
        "--field",
        "body",
    ]);
    common::assert_one_clear_line(&o, &["--field", "FIELD=NAME"]);
}

fn walk(dir: &Path) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.insert(p.display().to_string());
        }
    }
    out
}

#[test]
fn links_loops_unreadable_and_oversized_files_are_reported_and_the_run_goes_on() {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    fs::create_dir_all(input.join("sub")).unwrap();
    fs::write(
        input.join("good.txt"),
        "PARIS, 3 mars 2025 (AFP) - La France a salué mardi l'accord conclu par le Ghana.",
    )
    .unwrap();
    // A loop: in/sub/up -> in; a dangling link; a file nobody may read; a 50 MB text.
    symlink(&input, input.join("sub/up")).unwrap();
    symlink(input.join("nowhere.txt"), input.join("dangling.txt")).unwrap();
    let locked = input.join("locked.txt");
    fs::write(&locked, "Le Japon a protesté.").unwrap();
    fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
    let root = fs::read(&locked).is_ok(); // root reads it anyway
    let big = input.join("big.txt");
    let line = "Le ministre a déclaré que la situation restait préoccupante. ".repeat(16);
    let mut text = String::with_capacity(50 << 20);
    while text.len() < 50 << 20 {
        text.push_str(&line);
        text.push('\n');
    }
    fs::write(&big, &text).unwrap();
    drop(text);

    let out = dir.path().join("out");
    let o = common::depeche(&[
        "analyze",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--no-models",
    ]);
    let err = common::stderr(&o);
    assert_eq!(o.status.code(), Some(2), "some inputs rejected: {err}");
    assert!(!err.contains("panicked"), "{err}");
    let rows = manifest(&out);
    let row = |end: &str| {
        rows.iter()
            .find(|r| r["path"].ends_with(end) && r["doc_id"].is_empty())
            .unwrap_or_else(|| panic!("{end} not in the manifest: {rows:?}"))
    };
    assert_eq!(row("good.txt")["status"], "done");
    let r = row("big.txt");
    assert_eq!(r["status"], "rejected");
    assert!(r["reason"].contains("over the limit") && r["reason"].contains("--max-bytes"));
    assert!(err.contains("big.txt: file of"), "{err}");
    assert_eq!(row("dangling.txt")["status"], "rejected");
    let up = row("sub/up");
    assert_eq!(up["status"], "rejected");
    assert!(up["reason"].contains("loop"), "{up:?}");
    let l = row("locked.txt");
    if root {
        assert_eq!(l["status"], "done");
    } else {
        assert_eq!(l["status"], "rejected");
        assert!(l["reason"].contains("ermission"), "{l:?}");
    }
    assert_eq!(documents(&out).len(), if root { 2 } else { 1 });
}
