//! Output stage: `entities.csv`, `statements.csv` and `documents.jsonl`, written one
//! document at a time under temporary names (`.NAME.tmp`) and renamed into place only
//! when the run completes, so that an interrupted run leaves the previous complete
//! outputs (or none), never a half-written file.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::document::Document;
use crate::resources::temporary;

/// The three per-document outputs, open under their temporary names.
pub struct Writers {
    entities: csv::Writer<BufWriter<File>>,
    statements: csv::Writer<BufWriter<File>>,
    documents: BufWriter<File>,
    /// (temporary, final) paths, in the order above.
    paths: Vec<(PathBuf, PathBuf)>,
}

/// `doc_id,start,end,text,label,score` (code-point offsets, end exclusive).
pub const ENTITIES_HEADER: [&str; 6] = ["doc_id", "start", "end", "text", "label", "score"];

/// `statements.csv`: start/end are the evidence's code-point span in the document text.
pub const STATEMENTS_HEADER: [&str; 13] = [
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
];

fn create(path: &Path) -> Result<BufWriter<File>> {
    let f = File::create(path).with_context(|| format!("{}: cannot create", path.display()))?;
    Ok(BufWriter::new(f))
}

impl Writers {
    /// Opens the outputs of folder `out` under their temporary names.
    pub fn create(out: &Path) -> Result<Self> {
        let paths: Vec<(PathBuf, PathBuf)> = ["entities.csv", "statements.csv", "documents.jsonl"]
            .iter()
            .map(|n| {
                let p = out.join(n);
                (temporary(&p), p)
            })
            .collect();
        let mut entities = csv::Writer::from_writer(create(&paths[0].0)?);
        entities.write_record(ENTITIES_HEADER)?;
        let mut statements = csv::Writer::from_writer(create(&paths[1].0)?);
        statements.write_record(STATEMENTS_HEADER)?;
        let documents = create(&paths[2].0)?;
        Ok(Writers {
            entities,
            statements,
            documents,
            paths,
        })
    }

    /// Appends one analyzed document to the three outputs.
    pub fn write(&mut self, d: &Document) -> Result<()> {
        self.write_inner(d)
            .with_context(|| format!("{}: cannot write", self.paths[0].0.display()))
    }

    fn write_inner(&mut self, d: &Document) -> Result<()> {
        for e in d.entities.iter().flatten() {
            self.entities.write_record([
                d.id.as_str(),
                &e.start.to_string(),
                &e.end.to_string(),
                &e.text,
                &e.label,
                &e.score.map(|s| format!("{s:.4}")).unwrap_or_default(),
            ])?;
        }
        let opt = |v: Option<usize>| v.map(|v| v.to_string()).unwrap_or_default();
        for s in d.statements.iter().flatten() {
            self.statements.write_record([
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
        serde_json::to_writer(&mut self.documents, d)?;
        writeln!(self.documents)?;
        Ok(())
    }

    /// Flushes and syncs the temporary files and renames them into place; returns the
    /// final paths.
    pub fn finish(self) -> Result<Vec<PathBuf>> {
        let Writers {
            entities,
            statements,
            documents,
            paths,
        } = self;
        let files = [
            entities.into_inner().map_err(|e| e.into_error())?,
            statements.into_inner().map_err(|e| e.into_error())?,
            documents,
        ];
        for (w, (tmp, _)) in files.into_iter().zip(&paths) {
            let f = w
                .into_inner()
                .map_err(|e| anyhow::anyhow!("{}: cannot write: {}", tmp.display(), e.error()))?;
            f.sync_all().ok();
        }
        let mut done = Vec::new();
        for (tmp, path) in paths {
            std::fs::rename(&tmp, &path)
                .with_context(|| format!("{}: cannot rename into place", path.display()))?;
            done.push(path);
        }
        Ok(done)
    }
}
