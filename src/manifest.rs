//! `manifest.csv`: every input file and every document or record inside it, with its
//! checksum, size, status (`done`, `skipped`, `rejected`), reason, encoding, language and,
//! for analyzed documents, the sentence, entity and statement counts. A file's own row
//! has an empty `doc_id`; the rows of its documents (and rejected records) follow it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::document::Document;
use crate::resources::write_atomic;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Done,
    Skipped,
    Rejected,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Done => "done",
            Status::Skipped => "skipped",
            Status::Rejected => "rejected",
        }
    }
}

/// One input file (or an input path that could not be opened).
#[derive(Debug, Clone)]
pub struct FileEntry {
    pub path: PathBuf,
    /// Size on disk; None when the file could not be read.
    pub bytes: Option<u64>,
    /// sha256 of the file's bytes (empty for files not read).
    pub sha256: String,
    pub encoding: String,
    pub status: Status,
    pub reason: String,
}

/// One document, or one record (JSONL line, JSON element, news item) that gave none.
#[derive(Debug, Clone)]
pub struct Record {
    /// Index of its file in `Manifest::files`.
    pub file: usize,
    pub line: Option<usize>,
    pub doc_id: String,
    /// sha256 of the document text (UTF-8) as read, dateline included.
    pub sha256: String,
    /// UTF-8 bytes of that text.
    pub bytes: Option<usize>,
    pub status: Status,
    pub reason: String,
    pub language: String,
    /// Sentences, entities, statements, once analyzed.
    pub counts: Option<(usize, usize, usize)>,
}

#[derive(Debug, Clone, Default)]
pub struct Manifest {
    pub files: Vec<FileEntry>,
    pub records: Vec<Record>,
}

pub const HEADER: [&str; 12] = [
    "path",
    "line",
    "doc_id",
    "sha256",
    "bytes",
    "status",
    "reason",
    "encoding",
    "language",
    "sentences",
    "entities",
    "statements",
];

impl Manifest {
    /// Adds a file and returns its index.
    pub fn add_file(&mut self, entry: FileEntry) -> usize {
        self.files.push(entry);
        self.files.len() - 1
    }

    /// Adds a record and returns its index.
    pub fn add_record(&mut self, record: Record) -> usize {
        self.records.push(record);
        self.records.len() - 1
    }

    /// Fills the counts of the analyzed (`done`) documents, matched by id.
    pub fn count(&mut self, docs: &[Document]) {
        let by_id: HashMap<&str, &Document> = docs.iter().map(|d| (d.id.as_str(), d)).collect();
        for r in &mut self.records {
            if r.status != Status::Done {
                continue;
            }
            if let Some(d) = by_id.get(r.doc_id.as_str()) {
                r.counts = Some((
                    d.sentences.len(),
                    d.entities.as_ref().map_or(0, Vec::len),
                    d.statements.as_ref().map_or(0, Vec::len),
                ));
            }
        }
    }

    /// The rows in order: each file, then its records by line.
    pub fn rows(&self) -> Vec<[String; 12]> {
        let mut by_file: Vec<Vec<&Record>> = vec![Vec::new(); self.files.len()];
        for r in &self.records {
            by_file[r.file].push(r);
        }
        let opt = |v: Option<usize>| v.map(|v| v.to_string()).unwrap_or_default();
        let mut rows = Vec::new();
        for (f, records) in self.files.iter().zip(by_file.iter_mut()) {
            let path = f.path.display().to_string();
            rows.push([
                path.clone(),
                String::new(),
                String::new(),
                f.sha256.clone(),
                f.bytes.map(|b| b.to_string()).unwrap_or_default(),
                f.status.as_str().to_string(),
                f.reason.clone(),
                f.encoding.clone(),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ]);
            records.sort_by_key(|r| r.line);
            for r in records.iter() {
                let (s, e, st) = match r.counts {
                    Some((s, e, st)) => (s.to_string(), e.to_string(), st.to_string()),
                    None => Default::default(),
                };
                rows.push([
                    path.clone(),
                    opt(r.line),
                    r.doc_id.clone(),
                    r.sha256.clone(),
                    opt(r.bytes),
                    r.status.as_str().to_string(),
                    r.reason.clone(),
                    f.encoding.clone(),
                    r.language.clone(),
                    s,
                    e,
                    st,
                ]);
            }
        }
        rows
    }

    /// Writes `manifest.csv` under a temporary name and renames it into place.
    pub fn write(&self, path: &Path) -> Result<()> {
        write_atomic(path, |w| {
            let mut csv = csv::Writer::from_writer(w);
            csv.write_record(HEADER)?;
            for row in self.rows() {
                csv.write_record(&row)?;
            }
            csv.flush()?;
            Ok(())
        })
    }

    /// Documents whose status is `skipped`.
    pub fn skipped_documents(&self) -> usize {
        self.records
            .iter()
            .filter(|r| r.status == Status::Skipped)
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_follow_their_file_in_line_order() {
        let mut m = Manifest::default();
        let f = m.add_file(FileEntry {
            path: "in/wire.jsonl".into(),
            bytes: Some(10),
            sha256: "ab".into(),
            encoding: "utf-8".into(),
            status: Status::Done,
            reason: "1 of 2 records rejected".into(),
        });
        for (line, id, status) in [(2, "", Status::Rejected), (1, "w1", Status::Done)] {
            m.add_record(Record {
                file: f,
                line: Some(line),
                doc_id: id.into(),
                sha256: String::new(),
                bytes: None,
                status,
                reason: String::new(),
                language: String::new(),
                counts: None,
            });
        }
        let mut d = Document::new("w1", "Oui.");
        d.entities = Some(vec![]);
        m.count(&[d]);
        let rows = m.rows();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0][5], "done");
        assert_eq!((rows[1][1].as_str(), rows[1][2].as_str()), ("1", "w1"));
        assert_eq!((rows[1][9].as_str(), rows[1][10].as_str()), ("0", "0"));
        assert_eq!(rows[2][5], "rejected");
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("manifest.csv");
        m.write(&p).unwrap();
        let text = std::fs::read_to_string(&p).unwrap();
        assert!(text.starts_with("path,line,doc_id,sha256,bytes,status,reason,encoding,language,sentences,entities,statements\n"));
    }
}
