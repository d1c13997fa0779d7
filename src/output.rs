//! Output stage: `entities.csv` and `documents.jsonl`, each written under a temporary
//! name and renamed when complete.

use std::path::Path;

use anyhow::Result;

use crate::document::Document;
use crate::resources::write_atomic;

/// `doc_id,start,end,text,label,score` (code-point offsets, end exclusive).
pub fn write_entities_csv(docs: &[Document], path: &Path) -> Result<()> {
    write_atomic(path, |w| {
        let mut csv = csv::Writer::from_writer(w);
        csv.write_record(["doc_id", "start", "end", "text", "label", "score"])?;
        for d in docs {
            for e in d.entities.iter().flatten() {
                csv.write_record([
                    d.id.as_str(),
                    &e.start.to_string(),
                    &e.end.to_string(),
                    &e.text,
                    &e.label,
                    &e.score.map(|s| format!("{s:.4}")).unwrap_or_default(),
                ])?;
            }
        }
        csv.flush()?;
        Ok(())
    })
}

/// One JSON object per document, in the shared/ANNOTATION.md format.
pub fn write_documents_jsonl(docs: &[Document], path: &Path) -> Result<()> {
    write_atomic(path, |w| {
        for d in docs {
            serde_json::to_writer(&mut *w, d)?;
            writeln!(w)?;
        }
        Ok(())
    })
}
