//! Input stage: finds the files under the INPUT paths and reads them into documents.
//! Formats, by extension and content: `.txt` (one document, id = file stem; UTF-8, UTF-8
//! with BOM, UTF-16 with BOM, or Windows-1252/Latin-1 converted with a warning),
//! `.jsonl`/`.ndjson` (one object per line), `.json` (one object or an array of objects),
//! `.xml`/`.newsml` (AFP NewsML 1.2 or NewsML-G2). Anything that cannot be read is
//! reported with its file (and line) and a reason; the other files and lines go on.
//! Every file and record is accounted for in a [`Manifest`].

pub mod dateline;
pub mod decode;
pub mod json;
pub mod xml;

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use rayon::prelude::*;

use crate::document::{Document, Source};
use crate::manifest::{FileEntry, Manifest, Record, Status};
use crate::resources::sha256_bytes;

pub use json::FieldMap;

/// A file or line that produced no document, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejected {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub reason: String,
}

impl fmt::Display for Rejected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.path.display(), l, self.reason),
            None => write!(f, "{}: {}", self.path.display(), self.reason),
        }
    }
}

pub(crate) fn reject(path: &Path, line: Option<usize>, reason: impl Into<String>) -> Rejected {
    Rejected {
        path: path.to_path_buf(),
        line,
        reason: reason.into(),
    }
}

/// What the input paths hold: readable candidates, files of other kinds found in
/// folders (skipped, but listed), and paths that could not be walked.
#[derive(Debug, Default)]
pub struct Discovery {
    pub files: Vec<PathBuf>,
    pub skipped: Vec<PathBuf>,
    pub rejected: Vec<Rejected>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Txt,
    Jsonl,
    Json,
    Xml,
}

fn kind(path: &Path) -> Option<Kind> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    Some(match ext.as_str() {
        "txt" => Kind::Txt,
        "jsonl" | "ndjson" => Kind::Jsonl,
        "json" => Kind::Json,
        "xml" | "newsml" => Kind::Xml,
        _ => return None,
    })
}

fn supported(path: &Path) -> bool {
    kind(path).is_some()
}

const SUPPORTED: &str = ".txt, .jsonl, .ndjson, .json, .xml or .newsml";

/// Walks the inputs (folders recursively, in sorted order).
pub fn discover(inputs: &[PathBuf]) -> Discovery {
    let mut d = Discovery::default();
    for input in inputs {
        let meta = match fs::metadata(input) {
            Ok(m) => m,
            Err(e) => {
                d.rejected
                    .push(reject(input, None, format!("cannot open: {e}")));
                continue;
            }
        };
        if meta.is_file() {
            if supported(input) {
                d.files.push(input.clone());
            } else {
                d.rejected.push(reject(
                    input,
                    None,
                    format!("unsupported file type (expected {SUPPORTED})"),
                ));
            }
            continue;
        }
        for entry in walkdir::WalkDir::new(input)
            .follow_links(true)
            .sort_by_file_name()
        {
            match entry {
                Ok(e) if e.file_type().is_file() => {
                    if supported(e.path()) {
                        d.files.push(e.into_path());
                    } else {
                        d.skipped.push(e.into_path());
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    let path = e
                        .path()
                        .map(Path::to_path_buf)
                        .unwrap_or_else(|| input.clone());
                    d.rejected
                        .push(reject(&path, None, format!("cannot read: {e}")));
                }
            }
        }
    }
    d
}

/// How inputs are read.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Which JSON keys hold the document fields (`--field`).
    pub fields: FieldMap,
    /// Hold datelines and signatures out of JSONL/JSON texts too (`--strip-datelines`);
    /// `.txt` and XML texts always have them held out.
    pub strip_datelines: bool,
    /// Analyze documents in any language (`--any-language`); by default a document whose
    /// language is given or reliably detected as other than French or English is skipped.
    pub any_language: bool,
    /// Largest document or non-JSONL file read, in bytes (`--max-bytes`); 0 means
    /// [`DEFAULT_MAX_BYTES`]. Larger ones are rejected before they are read.
    pub max_bytes: u64,
}

/// The default `--max-bytes`: 16 MiB, thousands of times a dispatch.
pub const DEFAULT_MAX_BYTES: u64 = 16 << 20;

impl Options {
    /// The size limit in force.
    pub fn max_bytes(&self) -> u64 {
        if self.max_bytes == 0 {
            DEFAULT_MAX_BYTES
        } else {
            self.max_bytes
        }
    }
}

/// One input file as read.
#[derive(Debug, Default)]
pub struct FileRead {
    pub path: PathBuf,
    /// Size in bytes; None when the file could not be read.
    pub bytes: Option<u64>,
    /// sha256 of the file's bytes.
    pub sha256: String,
    /// `utf-8`, `utf-8-bom`, `utf-16le`, `windows-1252`, an XML declaration's label…
    pub encoding: String,
    pub docs: Vec<Document>,
    pub rejected: Vec<Rejected>,
    pub warnings: Vec<String>,
}

/// Reads one file into documents with the default options; bad lines are rejected one
/// by one.
pub fn read_file(path: &Path) -> (Vec<Document>, Vec<Rejected>) {
    let r = read_file_with(path, &Options::default());
    (r.docs, r.rejected)
}

/// Does a text file hold XML (a NewsML export saved as `.txt`)?
fn looks_like_xml(bytes: &[u8]) -> bool {
    let b = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let b = &b[start..];
    b.starts_with(b"<?xml") || b.starts_with(b"<NewsML") || b.starts_with(b"<newsItem")
}

/// Reads one file into documents; the dateline and signature of `.txt` and XML texts
/// (and JSON ones with `strip_datelines`) are held out of the text (`Document::held_out`).
pub fn read_file_with(path: &Path, opts: &Options) -> FileRead {
    let mut out = FileRead {
        path: path.to_path_buf(),
        ..Default::default()
    };
    let kind = kind(path).unwrap_or(Kind::Txt);
    // A JSON Lines file holds many documents: its lines are checked one by one.
    if kind != Kind::Jsonl {
        if let Ok(m) = fs::metadata(path) {
            if m.len() > opts.max_bytes() {
                out.bytes = Some(m.len());
                out.rejected.push(reject(
                    path,
                    None,
                    too_big(m.len(), opts.max_bytes(), "file"),
                ));
                return out;
            }
        }
    }
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            out.rejected
                .push(reject(path, None, format!("cannot read: {e}")));
            return out;
        }
    };
    out.bytes = Some(bytes.len() as u64);
    out.sha256 = sha256_bytes(&bytes);
    let mut kind = kind;
    if kind == Kind::Txt && looks_like_xml(&bytes) {
        out.warnings.push("holds XML: read as NewsML".to_string());
        kind = Kind::Xml;
    }
    let decoded = match kind {
        Kind::Xml => decode::decode_xml(&bytes),
        _ => decode::decode_text(&bytes),
    };
    let decoded = match decoded {
        Ok(d) => d,
        Err(reason) => {
            out.rejected.push(reject(path, None, reason));
            return out;
        }
    };
    out.encoding = decoded.encoding;
    out.warnings.extend(decoded.warning);
    let text = decoded.text;
    let (mut docs, rejected, hold) = match kind {
        Kind::Txt => {
            let text = text.replace("\r\n", "\n");
            let body = text.trim_end();
            if body.trim().is_empty() {
                out.rejected.push(reject(path, None, "empty document"));
                return out;
            }
            let id = path
                .file_stem()
                .map(|s| s.to_string_lossy().to_string())
                .unwrap_or_default();
            let mut doc = Document::new(id, body);
            doc.source = Source {
                path: path.to_path_buf(),
                line: None,
            };
            (vec![doc], vec![], true)
        }
        Kind::Jsonl => {
            let (d, r) = json::read_jsonl(path, &text, &opts.fields);
            (d, r, opts.strip_datelines)
        }
        Kind::Json => {
            let (d, r, w) = json::read_json(path, &text, &opts.fields);
            out.warnings.extend(w);
            (d, r, opts.strip_datelines)
        }
        Kind::Xml => {
            let (d, r, _format) = xml::read_xml(path, &text);
            (d, r, true)
        }
    };
    if hold {
        docs.iter_mut().for_each(dateline::hold_out);
    }
    out.docs = docs;
    out.rejected.extend(rejected);
    out
}

/// Puts back what ingest held out of the texts (datelines, signatures), shifting every
/// offset: outputs are relative to the text as read.
pub fn restore(docs: &mut [Document]) {
    docs.iter_mut().for_each(dateline::restore);
}

/// Everything the inputs gave: the documents to analyze (ids unique), what was rejected
/// or skipped, the manifest rows, and the messages for stderr (without the `depeche: `
/// prefix), in input order.
#[derive(Debug, Default)]
pub struct Ingested {
    pub docs: Vec<Document>,
    /// Supported files found (read or not).
    pub files: usize,
    pub skipped: Vec<PathBuf>,
    pub rejected: Vec<Rejected>,
    pub manifest: Manifest,
    pub messages: Vec<String>,
}

/// ISO 639-1 codes of the languages whatlang names most often; others keep its 639-3.
fn iso639_1(code3: &str) -> &str {
    match code3 {
        "fra" => "fr",
        "eng" => "en",
        "deu" => "de",
        "spa" => "es",
        "ita" => "it",
        "por" => "pt",
        "nld" => "nl",
        "rus" => "ru",
        "ukr" => "uk",
        "pol" => "pl",
        "tur" => "tr",
        "ara" => "ar",
        "cmn" => "zh",
        "jpn" => "ja",
        "kor" => "ko",
        "cat" => "ca",
        other => other,
    }
}

/// The primary language subtag of a given `lang`, lower case (`fr-FR` → `fr`).
fn primary_language(tag: &str) -> String {
    let p = tag
        .trim()
        .split(['-', '_'])
        .next()
        .unwrap_or("")
        .to_lowercase();
    match p.as_str() {
        "fra" | "fre" | "french" | "français" | "francais" => "fr".into(),
        "eng" | "english" | "anglais" => "en".into(),
        _ => p,
    }
}

/// The language whatlang finds in a text, only when it is sure (ISO 639-1 where known).
pub fn detect_language(text: &str) -> Option<String> {
    let sample: String = text.chars().take(3000).collect();
    let info = whatlang::detect(&sample)?;
    info.is_reliable()
        .then(|| iso639_1(info.lang().code()).to_string())
}

/// Discovers and reads all the inputs at once ([`Stream`] in one batch): the documents
/// to analyze with their manifest.
pub fn ingest(inputs: &[PathBuf], opts: &Options) -> Ingested {
    let mut stream = Stream::new(inputs, opts);
    let mut ing = Ingested {
        files: stream.files(),
        ..Default::default()
    };
    ing.messages.append(&mut stream.messages);
    while let Some(mut batch) = stream.next_batch(usize::MAX, u64::MAX) {
        ing.docs.extend(batch.docs.into_iter().map(|(_, d)| d));
        ing.messages.append(&mut batch.messages);
    }
    ing.skipped = std::mem::take(&mut stream.skipped);
    ing.rejected = std::mem::take(&mut stream.rejected);
    ing.manifest = stream.manifest;
    ing
}

/// A batch of documents read by [`Stream::next_batch`], each with the index of its
/// manifest record, and the messages for stderr (without the `depeche: ` prefix).
#[derive(Debug, Default)]
pub struct Batch {
    pub docs: Vec<(usize, Document)>,
    pub messages: Vec<String>,
    /// Files read in this batch.
    pub files: usize,
}

/// Reads the inputs a few files at a time, so that memory is bounded by a batch, not
/// the corpus. Files are read in parallel within a batch, in sorted path order overall;
/// duplicate ids get a suffix (`id#2`); documents in languages other than French and
/// English are skipped; every file and record goes into the manifest.
pub struct Stream<'o> {
    opts: &'o Options,
    files: Vec<PathBuf>,
    next: usize,
    pub manifest: Manifest,
    /// Files of other types found in folders.
    pub skipped: Vec<PathBuf>,
    /// Everything rejected so far (paths, files, records).
    pub rejected: Vec<Rejected>,
    /// Messages about the inputs found before any batch (unreadable paths, skipped files).
    pub messages: Vec<String>,
    first_seen: HashMap<String, String>,
    used: HashSet<String>,
}

impl<'o> Stream<'o> {
    /// Walks the inputs; paths that cannot be walked and files of other types go into the
    /// manifest at once.
    pub fn new(inputs: &[PathBuf], opts: &'o Options) -> Self {
        let found = discover(inputs);
        let mut s = Stream {
            opts,
            files: found.files,
            next: 0,
            manifest: Manifest::default(),
            skipped: Vec::new(),
            rejected: Vec::new(),
            messages: Vec::new(),
            first_seen: HashMap::new(),
            used: HashSet::new(),
        };
        for r in found.rejected {
            s.manifest.add_file(FileEntry {
                path: r.path.clone(),
                bytes: None,
                sha256: String::new(),
                encoding: String::new(),
                status: Status::Rejected,
                reason: r.reason.clone(),
            });
            s.messages.push(r.to_string());
            s.rejected.push(r);
        }
        for p in found.skipped {
            s.manifest.add_file(FileEntry {
                path: p.clone(),
                bytes: fs::metadata(&p).ok().map(|m| m.len()),
                sha256: String::new(),
                encoding: String::new(),
                status: Status::Skipped,
                reason: format!("not a supported input type ({SUPPORTED})"),
            });
            s.messages
                .push(format!("{}: skipped (not {SUPPORTED})", p.display()));
            s.skipped.push(p);
        }
        s
    }

    /// Supported files found (read or not).
    pub fn files(&self) -> usize {
        self.files.len()
    }

    /// Reads the next files, at most `max_files` of them and, beyond the first, at most
    /// `max_bytes` in all (sizes on disk); None when all are read.
    pub fn next_batch(&mut self, max_files: usize, max_bytes: u64) -> Option<Batch> {
        if self.next >= self.files.len() {
            return None;
        }
        let last = self
            .next
            .saturating_add(max_files.max(1))
            .min(self.files.len());
        let mut end = self.next + 1;
        let mut bytes = file_size(&self.files[self.next]);
        while end < last {
            bytes += file_size(&self.files[end]);
            if bytes > max_bytes {
                break;
            }
            end += 1;
        }
        let reads: Vec<FileRead> = self.files[self.next..end]
            .par_iter()
            .map(|p| read_file_with(p, self.opts))
            .collect();
        let mut batch = Batch {
            files: end - self.next,
            ..Default::default()
        };
        self.next = end;
        // Every id of the batch, so that a renamed duplicate never takes an id that a
        // later document of the batch has.
        let batch_ids: HashSet<String> = reads
            .iter()
            .flat_map(|r| r.docs.iter().map(|d| d.id.clone()))
            .collect();
        for read in reads {
            self.add_read(read, &batch_ids, &mut batch);
        }
        Some(batch)
    }

    fn add_read(&mut self, mut read: FileRead, batch_ids: &HashSet<String>, batch: &mut Batch) {
        let opts = self.opts;
        // Documents over the size limit (a JSONL record, or a JSON element).
        let max = opts.max_bytes();
        read.docs.retain(|d| {
            let n = d.held_out.head.len() + d.text.len() + d.held_out.tail.len();
            if n as u64 <= max {
                return true;
            }
            read.rejected.push(reject(
                &read.path,
                d.source.line,
                too_big(n as u64, max, "document"),
            ));
            false
        });
        let file_rejections: Vec<&Rejected> =
            read.rejected.iter().filter(|r| r.line.is_none()).collect();
        let record_rejections = read.rejected.len() - file_rejections.len();
        let records_read = read.docs.len() + record_rejections;
        let mut reasons: Vec<String> = file_rejections.iter().map(|r| r.reason.clone()).collect();
        if record_rejections > 0 {
            reasons.push(format!(
                "{record_rejections} of {records_read} records rejected"
            ));
        }
        for w in &read.warnings {
            batch
                .messages
                .push(format!("warning: {}: {w}", read.path.display()));
            reasons.push(w.clone());
        }
        let file = self.manifest.add_file(FileEntry {
            path: read.path.clone(),
            bytes: read.bytes,
            sha256: read.sha256.clone(),
            encoding: read.encoding.clone(),
            status: Status::Rejected,
            reason: String::new(),
        });
        for r in &read.rejected {
            batch.messages.push(r.to_string());
            if r.line.is_some() {
                self.manifest.add_record(Record {
                    file,
                    line: r.line,
                    doc_id: String::new(),
                    sha256: String::new(),
                    bytes: None,
                    status: Status::Rejected,
                    reason: r.reason.clone(),
                    language: String::new(),
                    counts: None,
                });
            }
        }
        let (mut done, mut skipped) = (0, 0);
        for mut doc in read.docs {
            let mut notes = Vec::new();
            let here = match doc.source.line {
                Some(l) => format!("{}:{l}", read.path.display()),
                None => read.path.display().to_string(),
            };
            if self.used.contains(&doc.id) {
                let original = doc.id.clone();
                let renamed = (2..)
                    .map(|k| format!("{original}#{k}"))
                    .find(|c| !self.used.contains(c) && !batch_ids.contains(c))
                    .expect("an unused suffix");
                let first = self.first_seen.get(&original).cloned().unwrap_or_default();
                let note =
                    format!("duplicate id {original:?} (first in {first}): renamed {renamed:?}");
                batch.messages.push(format!("warning: {here}: {note}"));
                notes.push(note);
                doc.id = renamed;
            } else {
                self.first_seen.insert(doc.id.clone(), here.clone());
            }
            self.used.insert(doc.id.clone());

            let (language, detected) = match &doc.lang {
                Some(l) => (l.clone(), false),
                None => (detect_language(&doc.text).unwrap_or_default(), true),
            };
            let primary = primary_language(&language);
            let foreign = !opts.any_language
                && !primary.is_empty()
                && !matches!(primary.as_str(), "fr" | "en" | "und" | "mul");
            if foreign {
                let how = if detected { "detected" } else { "given" };
                let note = format!(
                    "language {language} ({how}): only French and English are analyzed (--any-language analyzes it)"
                );
                batch.messages.push(format!("{here}: skipped: {note}"));
                notes.push(note);
            }
            let full = format!("{}{}{}", doc.held_out.head, doc.text, doc.held_out.tail);
            let record = self.manifest.add_record(Record {
                file,
                line: doc.source.line,
                doc_id: doc.id.clone(),
                sha256: sha256_bytes(full.as_bytes()),
                bytes: Some(full.len()),
                status: if foreign {
                    Status::Skipped
                } else {
                    Status::Done
                },
                reason: notes.join("; "),
                language,
                counts: None,
            });
            if foreign {
                skipped += 1;
            } else {
                done += 1;
                batch.docs.push((record, doc));
            }
        }
        let entry = &mut self.manifest.files[file];
        entry.status = if done > 0 {
            Status::Done
        } else if !read.rejected.is_empty() {
            Status::Rejected
        } else {
            Status::Skipped
        };
        if done == 0 && skipped > 0 {
            reasons.push(format!("{skipped} documents skipped (language)"));
        }
        entry.reason = reasons.join("; ");
        self.rejected.extend(read.rejected);
    }
}

fn file_size(p: &Path) -> u64 {
    fs::metadata(p).map_or(0, |m| m.len())
}

/// The reason for refusing an input over the size limit.
fn too_big(bytes: u64, max: u64, what: &str) -> String {
    format!(
        "{what} of {bytes} bytes is over the limit of {max} bytes (--max-bytes; a dispatch is a few kilobytes)"
    )
}

/// Reads a labelled JSONL file (shared/ANNOTATION.md format) strictly: any bad line or
/// entity whose offsets do not slice its text is an error naming file and line.
pub fn read_labelled(path: &Path) -> Result<Vec<Document>> {
    let text =
        fs::read_to_string(path).with_context(|| format!("{}: cannot read", path.display()))?;
    let mut docs = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let doc: Document = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: not a labelled document", path.display(), n + 1))?;
        doc.check_offsets().map_err(|e| {
            anyhow::anyhow!("{}:{}: {} (document {})", path.display(), n + 1, e, doc.id)
        })?;
        docs.push(doc);
    }
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_lines_are_rejected_one_by_one() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("wire.jsonl");
        fs::write(
            &p,
            "{\"id\": \"a\", \"text\": \"Pékin a nié.\"}\n[1,2]\n{\"id\": \"c\"}\n{oops\n{\"id\": 7, \"text\": \"Oui.\"}\n",
        )
        .unwrap();
        let (docs, rej) = read_file(&p);
        assert_eq!(
            docs.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
            vec!["a", "7"]
        );
        assert_eq!(docs[1].source.line, Some(5));
        let lines: Vec<_> = rej.iter().map(|r| (r.line, r.reason.clone())).collect();
        assert_eq!(lines[0], (Some(2), "not a JSON object".to_string()));
        assert_eq!(lines[1], (Some(3), "no \"text\" field".to_string()));
        assert!(lines[2].1.starts_with("not valid JSON"));
    }

    #[test]
    fn txt_files_and_bad_files() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("b.txt"), "\u{feff}Londres a salué.\n\n").unwrap();
        fs::write(dir.path().join("a.txt"), "   \n").unwrap();
        fs::write(dir.path().join("c.txt"), [0xff, 0xfe, 0x00]).unwrap();
        fs::write(dir.path().join("notes.md"), "x").unwrap();
        let d = discover(&[dir.path().to_path_buf(), dir.path().join("missing.txt")]);
        assert_eq!(d.files.len(), 3);
        assert_eq!(d.skipped.len(), 1);
        assert_eq!(d.rejected.len(), 1);
        assert!(d.rejected[0].reason.starts_with("cannot open"));
        let reasons: Vec<String> = d
            .files
            .iter()
            .flat_map(|f| read_file(f).1)
            .map(|r| r.to_string())
            .collect();
        assert_eq!(reasons.len(), 2);
        assert!(
            reasons[0].ends_with("a.txt: empty document"),
            "{}",
            reasons[0]
        );
        assert!(
            reasons[1].contains("c.txt: not valid UTF-8"),
            "{}",
            reasons[1]
        );
        let (docs, _) = read_file(&dir.path().join("b.txt"));
        assert_eq!(docs[0].id, "b");
        assert_eq!(docs[0].text, "Londres a salué.");
    }

    fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let p = dir.join(name);
        fs::write(&p, bytes).unwrap();
        p
    }

    const DISPATCH: &str = "PARIS, 19 juil 2021 (AFP) - La France a salué lundi l'accord conclu entre les deux pays voisins, qui met fin à plusieurs mois de tensions diplomatiques.\n\n« C'est une bonne nouvelle pour toute la région », a déclaré le ministre.\n\nbur-xx/yy\n";

    #[test]
    fn txt_in_latin1_with_dateline_and_signature() {
        let dir = tempfile::tempdir().unwrap();
        let bytes: Vec<u8> = DISPATCH.chars().map(|c| c as u32 as u8).collect();
        let p = write(dir.path(), "lat.txt", &bytes);
        let r = read_file_with(&p, &Options::default());
        assert!(r.rejected.is_empty(), "{:?}", r.rejected);
        assert_eq!(r.encoding, "windows-1252");
        assert_eq!(r.warnings.len(), 1);
        assert_eq!(r.sha256, sha256_bytes(&bytes));
        let d = &r.docs[0];
        assert!(d.text.starts_with("La France a salué lundi"), "{}", d.text);
        assert!(d.text.ends_with("a déclaré le ministre."), "{}", d.text);
        assert_eq!(d.place.as_deref(), Some("PARIS"));
        assert_eq!(d.date.as_deref(), Some("2021-07-19"));
        assert_eq!(d.held_out.head, "PARIS, 19 juil 2021 (AFP) - ");
        assert_eq!(d.held_out.tail, "\n\nbur-xx/yy");
    }

    #[test]
    fn txt_with_bom_and_crlf() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(
            dir.path(),
            "bom.txt",
            format!("\u{feff}{}", DISPATCH.replace('\n', "\r\n")),
        );
        let r = read_file_with(&p, &Options::default());
        assert_eq!(r.encoding, "utf-8-bom");
        assert!(r.warnings.is_empty());
        let mut d = r.docs[0].clone();
        assert!(d.text.starts_with("La France"));
        dateline::restore(&mut d);
        assert_eq!(d.text, DISPATCH.trim_end());
    }

    #[test]
    fn json_keeps_datelines_unless_asked() {
        let dir = tempfile::tempdir().unwrap();
        let line = serde_json::json!({"id": "a", "text": DISPATCH}).to_string();
        let p = write(dir.path(), "w.ndjson", format!("{line}\n"));
        let r = read_file_with(&p, &Options::default());
        assert!(r.docs[0].text.starts_with("PARIS, 19 juil"));
        assert_eq!(r.docs[0].place, None);
        let strip = Options {
            strip_datelines: true,
            ..Default::default()
        };
        let r = read_file_with(&p, &strip);
        assert!(r.docs[0].text.starts_with("La France"));
        assert_eq!(r.docs[0].date.as_deref(), Some("2021-07-19"));
        let p = write(dir.path(), "w.json", format!("[{line}]"));
        let r = read_file_with(&p, &strip);
        assert!(r.docs[0].text.starts_with("La France"));
    }

    #[test]
    fn xml_in_a_txt_file_and_xml_datelines() {
        let dir = tempfile::tempdir().unwrap();
        let xml = "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?>\n<newsItem guid=\"g1\"><contentSet><inlineXML><p>LIMA (AFP) - Le Pérou a protesté.</p><p>Afp</p></inlineXML></contentSet></newsItem>";
        let bytes: Vec<u8> = xml.chars().map(|c| c as u32 as u8).collect();
        let p = write(dir.path(), "item.txt", &bytes);
        let r = read_file_with(&p, &Options::default());
        assert!(r.rejected.is_empty(), "{:?}", r.rejected);
        assert_eq!(r.encoding, "iso-8859-1");
        assert!(r.warnings[0].contains("XML"));
        assert_eq!(r.docs[0].id, "g1");
        assert_eq!(r.docs[0].text, "Le Pérou a protesté.");
        assert_eq!(r.docs[0].place.as_deref(), Some("LIMA"));
    }

    #[test]
    fn bad_files_are_rejected_with_reasons() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        let cases = [
            (write(d, "empty.json", ""), "empty file"),
            (write(d, "empty.xml", ""), "no XML element"),
            (write(d, "empty.jsonl", "\n\n"), "empty file"),
            (
                write(d, "cut.json", "[{\"id\": \"a\", \"text\": \"x\"}, {\"id\""),
                "not valid JSON",
            ),
            (
                write(d, "cut.xml", "<NewsML><NewsItem><p>Texte"),
                "truncated XML",
            ),
            (
                write(
                    d,
                    "bin.txt",
                    [0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0],
                ),
                "not valid UTF-8",
            ),
            (
                write(d, "bin.xml", [0x89, b'P', b'N', b'G', 0, 0, 0xff]),
                "not valid UTF-8",
            ),
        ];
        for (p, reason) in cases {
            let r = read_file_with(&p, &Options::default());
            assert!(r.docs.is_empty(), "{}", p.display());
            assert_eq!(r.rejected.len(), 1, "{}: {:?}", p.display(), r.rejected);
            assert!(
                r.rejected[0].reason.starts_with(reason),
                "{}: {}",
                p.display(),
                r.rejected[0].reason
            );
        }
    }

    fn rows(ing: &Ingested) -> Vec<[String; 12]> {
        ing.manifest.rows()
    }

    #[test]
    fn ingest_renames_duplicates_skips_languages_and_lists_everything() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        write(d, "a.txt", DISPATCH);
        write(
            d,
            "b.jsonl",
            "{\"id\": \"a\", \"text\": \"Berlin a salué l'accord.\"}\n{\"id\": \"x\", \"text\": \"Nein.\", \"lang\": \"de\"}\n[1]\n{\"id\": \"a\", \"text\": \"Encore.\"}\n{\"id\": \"a#2\", \"text\": \"Déjà pris.\"}\n",
        );
        write(d, "c.json", "[{\"id\": \"en\", \"text\": \"The United Nations Security Council met on Monday to discuss the crisis, and several members called for an immediate ceasefire between the parties.\"}, {\"id\": \"de\", \"text\": \"Der deutsche Außenminister hat am Montag die Einigung zwischen den beiden Ländern begrüßt und weitere Gespräche angekündigt.\"}]");
        write(d, "notes.md", "# notes");
        write(d, "bin.txt", [0u8, 1, 2, 255]);
        let missing = d.join("missing.xml");
        let ing = ingest(&[d.to_path_buf(), missing], &Options::default());
        let ids: Vec<&str> = ing.docs.iter().map(|x| x.id.as_str()).collect();
        // The JSON Lines "a" repeats a.txt's id: renamed past "a#2", which a later line has.
        assert_eq!(ids, vec!["a", "a#3", "a#4", "a#2", "en"]);
        assert_eq!(ing.files, 4);
        assert_eq!(ing.skipped.len(), 1);
        assert_eq!(ing.rejected.len(), 3, "{:?}", ing.rejected);
        assert!(ing
            .messages
            .iter()
            .any(|m| m.contains("duplicate id \"a\"") && m.contains("renamed \"a#3\"")));
        let rows = rows(&ing);
        let status = |path_end: &str, id: &str| -> Vec<(String, String)> {
            rows.iter()
                .filter(|r| r[0].ends_with(path_end) && r[2] == id)
                .map(|r| (r[5].clone(), r[6].clone()))
                .collect()
        };
        assert_eq!(status("a.txt", "")[0].0, "done");
        assert_eq!(status("a.txt", "a")[0].0, "done");
        assert_eq!(
            status("b.jsonl", "")[0],
            ("done".to_string(), "1 of 5 records rejected".to_string())
        );
        assert!(status("b.jsonl", "a#3")[0]
            .1
            .starts_with("duplicate id \"a\""));
        assert_eq!(status("b.jsonl", "x")[0].0, "skipped");
        assert!(status("b.jsonl", "x")[0]
            .1
            .starts_with("language de (given)"));
        assert_eq!(status("c.json", "de")[0].0, "skipped");
        assert!(status("c.json", "de")[0]
            .1
            .starts_with("language de (detected)"));
        assert_eq!(status("c.json", "en")[0].0, "done");
        assert_eq!(status("notes.md", "")[0].0, "skipped");
        assert_eq!(status("bin.txt", "")[0].0, "rejected");
        assert_eq!(status("missing.xml", "")[0].0, "rejected");
        let rejected_line: Vec<_> = rows
            .iter()
            .filter(|r| r[0].ends_with("b.jsonl") && r[1] == "3")
            .collect();
        assert_eq!(rejected_line[0][5], "rejected");
        assert_eq!(ing.manifest.skipped_documents(), 2);
        // 6 files (missing one included) + 8 records.
        assert_eq!(rows.len(), 6 + 8);

        let all = ingest(
            &[d.to_path_buf()],
            &Options {
                any_language: true,
                ..Default::default()
            },
        );
        assert_eq!(all.docs.len(), 7);
    }
}
