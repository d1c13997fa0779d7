//! Input stage: finds the files under the INPUT paths and reads them into documents.
//! `.txt` is one document (id = file stem); `.jsonl` is one {"id", "text", ...} object
//! per line. Anything that cannot be read is reported with its file (and line) and a
//! reason; the other files and lines go on.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::document::{Document, Source};

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

fn reject(path: &Path, line: Option<usize>, reason: impl Into<String>) -> Rejected {
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

fn supported(path: &Path) -> bool {
    matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("txt" | "jsonl" | "ndjson")
    )
}

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
                    "unsupported file type (expected .txt or .jsonl)",
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

/// Reads one file into documents; bad lines are rejected one by one.
pub fn read_file(path: &Path) -> (Vec<Document>, Vec<Rejected>) {
    let bytes = match fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            return (
                vec![],
                vec![reject(path, None, format!("cannot read: {e}"))],
            )
        }
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            return (
                vec![],
                vec![reject(
                    path,
                    None,
                    format!(
                        "not valid UTF-8 (first bad byte at offset {})",
                        e.utf8_error().valid_up_to()
                    ),
                )],
            )
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let is_jsonl = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("jsonl") || e.eq_ignore_ascii_case("ndjson"));
    if is_jsonl {
        return read_jsonl(path, text);
    }
    let body = text.trim_end();
    if body.trim().is_empty() {
        return (vec![], vec![reject(path, None, "empty document")]);
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
    (vec![doc], vec![])
}

fn read_jsonl(path: &Path, text: &str) -> (Vec<Document>, Vec<Rejected>) {
    let mut docs = Vec::new();
    let mut rejected = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line_no = n + 1;
        if line.trim().is_empty() {
            continue;
        }
        match parse_line(line) {
            Ok(mut doc) => {
                if doc.id.is_empty() {
                    doc.id = format!(
                        "{}-{line_no}",
                        path.file_stem()
                            .map(|s| s.to_string_lossy().to_string())
                            .unwrap_or_default()
                    );
                }
                doc.source = Source {
                    path: path.to_path_buf(),
                    line: Some(line_no),
                };
                docs.push(doc);
            }
            Err(reason) => rejected.push(reject(path, Some(line_no), reason)),
        }
    }
    if docs.is_empty() && rejected.is_empty() {
        rejected.push(reject(path, None, "empty file"));
    }
    (docs, rejected)
}

fn parse_line(line: &str) -> Result<Document, String> {
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("not valid JSON: {e}"))?;
    let obj = value.as_object().ok_or("not a JSON object")?;
    let text = match obj.get("text") {
        Some(serde_json::Value::String(t)) if !t.trim().is_empty() => t.clone(),
        Some(serde_json::Value::String(_)) => return Err("empty \"text\"".into()),
        Some(_) => return Err("\"text\" is not a string".into()),
        None => return Err("no \"text\" field".into()),
    };
    let id = match obj.get("id") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let field = |k: &str| obj.get(k).and_then(|v| v.as_str()).map(str::to_string);
    let mut doc = Document::new(id, text);
    doc.date = field("date");
    doc.lang = field("lang");
    doc.headline = field("headline");
    Ok(doc)
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
}
