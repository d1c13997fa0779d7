//! JSON Lines (`.jsonl`, `.ndjson`: one object per line) and JSON (`.json`: one object
//! or an array of objects). Each object is a document with the fields `id`, `text`, and
//! optionally `date`, `lang`, `headline`; a [`FieldMap`] reads other exports
//! (`--field id=guid --field text=body`).

use std::path::Path;

use serde_json::value::RawValue;
use serde_json::Value;

use super::{reject, Rejected};
use crate::document::{Document, Source};

/// Which key of the input objects holds each document field. A name may be a dotted
/// path into nested objects (`content.body`) when no key has the name as it is. An
/// object without the mapped key falls back to the field's own name, so one mapping
/// reads a folder that mixes an export with files in the default format.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldMap {
    pub id: String,
    pub text: String,
    pub date: String,
    pub lang: String,
    pub headline: String,
}

impl Default for FieldMap {
    fn default() -> Self {
        FieldMap {
            id: "id".into(),
            text: "text".into(),
            date: "date".into(),
            lang: "lang".into(),
            headline: "headline".into(),
        }
    }
}

impl FieldMap {
    /// The document fields a mapping may name.
    pub const FIELDS: [&'static str; 5] = ["id", "text", "date", "lang", "headline"];

    /// The default mapping changed by `FIELD=NAME` specifications.
    pub fn from_specs<S: AsRef<str>>(specs: &[S]) -> Result<Self, String> {
        let mut map = FieldMap::default();
        for spec in specs {
            map.set(spec.as_ref())?;
        }
        Ok(map)
    }

    /// Applies one `FIELD=NAME` specification, e.g. `text=body`.
    pub fn set(&mut self, spec: &str) -> Result<(), String> {
        let bad = || {
            format!(
                "--field {spec:?}: expected FIELD=NAME with FIELD one of {}",
                Self::FIELDS.join(", ")
            )
        };
        let (field, name) = spec.split_once('=').ok_or_else(bad)?;
        let name = name.trim();
        if name.is_empty() {
            return Err(bad());
        }
        let slot = match field.trim() {
            "id" => &mut self.id,
            "text" => &mut self.text,
            "date" => &mut self.date,
            "lang" => &mut self.lang,
            "headline" => &mut self.headline,
            _ => return Err(bad()),
        };
        *slot = name.to_string();
        Ok(())
    }
}

/// The value of a mapped field: the mapped name, else the field's own name.
fn field<'v>(obj: &'v serde_json::Map<String, Value>, name: &str, own: &str) -> Option<&'v Value> {
    lookup(obj, name).or_else(|| lookup(obj, own))
}

fn lookup<'v>(obj: &'v serde_json::Map<String, Value>, name: &str) -> Option<&'v Value> {
    if let Some(v) = obj.get(name) {
        return Some(v);
    }
    let mut parts = name.split('.');
    let mut v = obj.get(parts.next()?)?;
    for p in parts {
        v = v.as_object()?.get(p)?;
    }
    Some(v)
}

/// One JSON object → a document (id may be empty: the caller names it).
pub fn record(value: &Value, map: &FieldMap) -> Result<Document, String> {
    let obj = value.as_object().ok_or("not a JSON object")?;
    let key = &map.text;
    let text = match field(obj, key, "text") {
        Some(Value::String(t)) if !t.trim().is_empty() => t.clone(),
        Some(Value::String(_)) => return Err(format!("empty \"{key}\"")),
        // Paragraphs as a list of strings.
        Some(Value::Array(a)) if !a.is_empty() && a.iter().all(Value::is_string) => {
            let paras: Vec<&str> = a
                .iter()
                .filter_map(Value::as_str)
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .collect();
            if paras.is_empty() {
                return Err(format!("empty \"{key}\""));
            }
            paras.join("\n\n")
        }
        Some(_) => return Err(format!("\"{key}\" is not a string")),
        None => return Err(format!("no \"{key}\" field")),
    };
    let id = match field(obj, &map.id, "id") {
        Some(Value::String(s)) => s.trim().to_string(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let string = |k: &str, own: &str| {
        field(obj, k, own)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let mut doc = Document::new(id, text);
    doc.date = string(&map.date, "date");
    doc.lang = string(&map.lang, "lang");
    doc.headline = string(&map.headline, "headline");
    Ok(doc)
}

fn stem(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default()
}

fn finish(path: &Path, mut doc: Document, line: usize, item: usize) -> Document {
    if doc.id.is_empty() {
        doc.id = format!("{}-{item}", stem(path));
    }
    doc.source = Source {
        path: path.to_path_buf(),
        line: Some(line),
    };
    doc
}

/// JSON Lines: every non-blank line is one object; bad lines are rejected one by one.
/// A document without id is named `STEM-LINE`.
pub fn read_jsonl(path: &Path, text: &str, map: &FieldMap) -> (Vec<Document>, Vec<Rejected>) {
    let mut docs = Vec::new();
    let mut rejected = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line_no = n + 1;
        if line.trim().is_empty() {
            continue;
        }
        let parsed = serde_json::from_str::<Value>(line)
            .map_err(|e| format!("not valid JSON: {e}"))
            .and_then(|v| record(&v, map));
        match parsed {
            Ok(doc) => docs.push(finish(path, doc, line_no, line_no)),
            Err(reason) => rejected.push(reject(path, Some(line_no), reason)),
        }
    }
    if docs.is_empty() && rejected.is_empty() {
        rejected.push(reject(path, None, "empty file"));
    }
    (docs, rejected)
}

/// 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    1 + text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
}

/// JSON: one object, or an array of objects (an element that is not a usable object is
/// rejected with its line; a document without id is named `STEM-N`, N counting from 1).
/// A `.json` file that holds JSON Lines is read as such, with a warning.
pub fn read_json(
    path: &Path,
    text: &str,
    map: &FieldMap,
) -> (Vec<Document>, Vec<Rejected>, Option<String>) {
    let body = text.trim_start();
    let lead = text.len() - body.len();
    match body.chars().next() {
        None => return (vec![], vec![reject(path, None, "empty file")], None),
        Some('[') => {}
        Some('{') => {
            return match serde_json::from_str::<Value>(text) {
                Ok(v) => match record(&v, map) {
                    Ok(doc) => (
                        vec![finish(path, doc, line_of(text, lead), 1)],
                        vec![],
                        None,
                    ),
                    Err(reason) => (vec![], vec![reject(path, None, reason)], None),
                },
                Err(e) => {
                    let first = body.lines().next().unwrap_or("");
                    let several = body.lines().filter(|l| !l.trim().is_empty()).count() > 1;
                    if several && serde_json::from_str::<Value>(first).is_ok_and(|v| v.is_object())
                    {
                        let (d, r) = read_jsonl(path, text, map);
                        let w = "holds JSON Lines (one object per line): read line by line";
                        (d, r, Some(w.to_string()))
                    } else {
                        let r = reject(path, None, format!("not valid JSON: {e}"));
                        (vec![], vec![r], None)
                    }
                }
            };
        }
        Some(_) => {
            let r = reject(path, None, "not a JSON object or array of objects");
            return (vec![], vec![r], None);
        }
    }
    let items: Vec<&RawValue> = match serde_json::from_str(text) {
        Ok(items) => items,
        Err(e) => {
            let r = reject(path, None, format!("not valid JSON: {e}"));
            return (vec![], vec![r], None);
        }
    };
    let mut docs = Vec::new();
    let mut rejected = Vec::new();
    for (i, raw) in items.iter().enumerate() {
        let offset = raw.get().as_ptr() as usize - text.as_ptr() as usize;
        let line = line_of(text, offset);
        let parsed = serde_json::from_str::<Value>(raw.get())
            .map_err(|e| e.to_string())
            .and_then(|v| record(&v, map))
            .map_err(|e| format!("array element {}: {e}", i + 1));
        match parsed {
            Ok(doc) => docs.push(finish(path, doc, line, i + 1)),
            Err(reason) => rejected.push(reject(path, Some(line), reason)),
        }
    }
    if docs.is_empty() && rejected.is_empty() {
        rejected.push(reject(path, None, "empty array: no documents"));
    }
    (docs, rejected, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> &'static Path {
        Path::new("in/wire.json")
    }

    #[test]
    fn array_of_objects_with_lines() {
        let text = "[\n  {\"id\": \"a\", \"text\": \"Pékin a nié.\", \"date\": \"2024-01-02\"},\n  42,\n  {\"text\": [\"Un.\", \"Deux.\"]},\n  {\"id\": \"d\"}\n]\n";
        let (docs, rej, warn) = read_json(p(), text, &FieldMap::default());
        assert!(warn.is_none());
        let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, vec!["a", "wire-3"]);
        assert_eq!(docs[0].date.as_deref(), Some("2024-01-02"));
        assert_eq!(docs[1].text, "Un.\n\nDeux.");
        assert_eq!(docs[1].source.line, Some(4));
        let got: Vec<(Option<usize>, &str)> =
            rej.iter().map(|r| (r.line, r.reason.as_str())).collect();
        assert_eq!(
            got,
            vec![
                (Some(3), "array element 2: not a JSON object"),
                (Some(5), "array element 4: no \"text\" field")
            ]
        );
    }

    #[test]
    fn one_object_and_field_mapping() {
        let map =
            FieldMap::from_specs(&["id=guid", "text=content.body", "headline=title"]).unwrap();
        let text =
            "{\"guid\": \"urn:x:1\", \"title\": \"Titre\", \"content\": {\"body\": \"Texte.\"}}";
        let (docs, rej, _) = read_json(p(), text, &map);
        assert!(rej.is_empty(), "{rej:?}");
        assert_eq!(docs[0].id, "urn:x:1");
        assert_eq!(docs[0].headline.as_deref(), Some("Titre"));
        assert_eq!(docs[0].text, "Texte.");
        // An object in the default format still reads.
        let (docs, _, _) = read_json(p(), "{\"id\": \"x\", \"text\": \"y\"}", &map);
        assert_eq!((docs[0].id.as_str(), docs[0].text.as_str()), ("x", "y"));
        let (_, rej, _) = read_json(p(), "{\"id\": \"x\", \"body\": \"y\"}", &map);
        assert_eq!(rej[0].reason, "no \"content.body\" field");
        assert!(FieldMap::from_specs(&["body"]).is_err());
        assert!(FieldMap::from_specs(&["title=x"]).is_err());
    }

    #[test]
    fn truncated_and_odd_json() {
        let (d, r, _) = read_json(
            p(),
            "[{\"id\": \"a\", \"text\": \"x\"},\n{\"id\": \"b\", \"te",
            &FieldMap::default(),
        );
        assert!(d.is_empty());
        assert_eq!(r[0].line, None);
        assert!(
            r[0].reason.starts_with("not valid JSON: EOF"),
            "{}",
            r[0].reason
        );
        assert!(r[0].reason.contains("line 2"), "{}", r[0].reason);
        let (_, r, _) = read_json(p(), "{\"id\": \"a\", \"text\": \"x\"", &FieldMap::default());
        assert!(r[0].reason.starts_with("not valid JSON"), "{}", r[0].reason);
        let (_, r, _) = read_json(p(), "  \n", &FieldMap::default());
        assert_eq!(r[0].reason, "empty file");
        let (_, r, _) = read_json(p(), "[]", &FieldMap::default());
        assert_eq!(r[0].reason, "empty array: no documents");
        let (_, r, _) = read_json(p(), "\"text\"", &FieldMap::default());
        assert_eq!(r[0].reason, "not a JSON object or array of objects");
    }

    #[test]
    fn json_lines_in_a_json_file() {
        let text = "{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\", \"text\": \"y\"}\n";
        let (d, r, w) = read_json(p(), text, &FieldMap::default());
        assert_eq!(d.len(), 2);
        assert!(r.is_empty());
        assert!(w.unwrap().contains("JSON Lines"));
    }
}
