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

/// `doc_id,sentence,speaker,speaker_actor,target,target_actor,stance,score,kind,cue,evidence,start,end`
/// (start/end: the evidence's code-point span in the document text).
pub fn write_statements_csv(docs: &[Document], path: &Path) -> Result<()> {
    write_atomic(path, |w| {
        let mut csv = csv::Writer::from_writer(w);
        csv.write_record([
            "doc_id",
            "sentence",
            "speaker",
            "speaker_actor",
            "target",
            "target_actor",
            "stance",
            "score",
            "kind",
            "cue",
            "evidence",
            "start",
            "end",
        ])?;
        let opt = |v: Option<usize>| v.map(|v| v.to_string()).unwrap_or_default();
        for d in docs {
            for s in d.statements.iter().flatten() {
                csv.write_record([
                    d.id.as_str(),
                    &opt(s.sentence),
                    &s.speaker,
                    &s.speaker_actor,
                    s.target.as_deref().unwrap_or(""),
                    &s.target_actor,
                    &s.stance,
                    &s.score.map(|v| format!("{v:.3}")).unwrap_or_default(),
                    &s.kind,
                    &s.cue,
                    &s.evidence,
                    &opt(s.start),
                    &opt(s.end),
                ])?;
            }
        }
        csv.flush()?;
        Ok(())
    })
}
