//! Wires the stages: ingest → text → NER → output. Text stages run on rayon's pool;
//! model inference runs afterwards in sequential batches on libtorch's own pool, so
//! the two never compete for the cores.

use std::collections::HashMap;
use std::fmt;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use crate::actors;
use crate::document::{CharIndex, Document, Entity, Statement, STANCES};
use crate::ingest::{self, Rejected};
use crate::matrix;
use crate::model::{StanceClassifier, StanceInput, WordTagger};
use crate::ner::{spans_from_tags, Scores, SpanScorer};
use crate::output;
use crate::statements::{self, Mention};

/// Seconds spent in each stage of a run (wall clock; stages run one after the other).
#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct Timings {
    /// Finding, reading, decoding and parsing the inputs; language detection.
    pub ingest: f64,
    /// Sentence and word segmentation.
    pub segment: f64,
    /// The word tagger (NER model, or the rules of `--no-models`), tokenisation included.
    pub ner: f64,
    /// Actor resolution and statement extraction.
    pub statements: f64,
    /// The stance classifier (`--stance model`).
    pub stance: f64,
    /// Per-document results, CSV/JSONL outputs, matrix, manifest.
    pub output: f64,
}

impl fmt::Display for Timings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "ingest {:.2}s, segment {:.2}s, ner {:.2}s, statements {:.2}s, stance {:.2}s, output {:.2}s",
            self.ingest, self.segment, self.ner, self.statements, self.stance, self.output
        )
    }
}

/// What an `analyze` run did.
#[derive(Debug, Default)]
pub struct Report {
    pub timings: Timings,
    pub files: usize,
    pub documents: usize,
    pub sentences: usize,
    pub words: usize,
    pub entities: usize,
    pub statements: usize,
    pub skipped: Vec<PathBuf>,
    pub rejected: Vec<Rejected>,
    /// Documents read but not analyzed (language other than French or English).
    pub skipped_documents: usize,
    /// Documents whose results came from an earlier run (`--resume`).
    pub resumed: usize,
    pub seconds: f64,
    pub outputs: Vec<PathBuf>,
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "depeche: {} files, {} documents, {} sentences, {} words, {} entities, {} statements in {:.1}s ({:.0} words/s)",
            self.files,
            self.documents,
            self.sentences,
            self.words,
            self.entities,
            self.statements,
            self.seconds,
            self.words as f64 / self.seconds.max(1e-9)
        )?;
        if !self.skipped.is_empty() {
            write!(f, "; {} files of other types skipped", self.skipped.len())?;
        }
        if self.skipped_documents > 0 {
            write!(
                f,
                "; {} documents skipped (language)",
                self.skipped_documents
            )?;
        }
        if self.resumed > 0 {
            write!(
                f,
                "; {} documents resumed from an earlier run",
                self.resumed
            )?;
        }
        if !self.rejected.is_empty() {
            write!(
                f,
                "; {} inputs rejected (listed above)",
                self.rejected.len()
            )?;
        }
        write!(f, "\n  stages: {}", self.timings)?;
        for o in &self.outputs {
            write!(f, "\n  wrote {}", o.display())?;
        }
        Ok(())
    }
}

/// How an `analyze` run goes, beyond its stages.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub matrix: matrix::Options,
    pub reading: ingest::Options,
    /// Files read and analyzed together (0: [`DEFAULT_BATCH_FILES`]); memory is
    /// bounded by a batch, not by the corpus.
    pub batch_files: usize,
    /// Reuse the per-document results an earlier run with the same settings left in the
    /// output folder (`--resume`).
    pub resume: bool,
    /// What else determines the results (models and their versions, stance mode): a
    /// run resumes only from results made with the same.
    pub fingerprint: String,
}

/// Files per batch by default.
pub const DEFAULT_BATCH_FILES: usize = 256;

/// A batch also ends once its files reach this many bytes (at least one file).
pub const BATCH_BYTES: u64 = 32 << 20;

/// Documents analyzed and written together within a batch.
const DOCS_PER_STEP: usize = 256;

/// The folder inside the output folder that keeps per-document results for `--resume`.
pub const WORK_DIR: &str = ".depeche";

/// Test hook: abort the process (as a kill would) after this many batches are stored.
const ABORT_AFTER: &str = "DEPECHE_TEST_ABORT_AFTER_BATCHES";

/// A document's analysis as kept in the work folder.
#[derive(serde::Serialize, serde::Deserialize)]
struct Stored {
    sentences: usize,
    words: usize,
    doc: Document,
}

/// The per-document results of a run: `<out>/.depeche/docs/<key>.json`, where the key
/// is the sha256 of the document as read and of the run's settings.
struct Work {
    docs: PathBuf,
    fingerprint: String,
}

impl Work {
    /// Opens the work folder: kept as it is for `--resume` (whose settings must match),
    /// emptied otherwise.
    fn open(out: &Path, options: &Options) -> Result<Work> {
        let root = out.join(WORK_DIR);
        let docs = root.join("docs");
        let state = root.join("state.json");
        let fingerprint = format!(
            "depeche {}; {}; reading {:?} {} {} {}",
            env!("CARGO_PKG_VERSION"),
            options.fingerprint,
            options.reading.fields,
            options.reading.strip_datelines,
            options.reading.any_language,
            options.reading.max_bytes(),
        );
        if options.resume {
            if let Ok(previous) = std::fs::read_to_string(&state) {
                let previous: serde_json::Value = serde_json::from_str(&previous)
                    .with_context(|| format!("{}: not a depeche state file", state.display()))?;
                anyhow::ensure!(
                    previous["fingerprint"] == fingerprint.as_str(),
                    "{}: --resume: the earlier run used other settings ({}); now: {}. Run without --resume to start again",
                    state.display(),
                    previous["fingerprint"],
                    fingerprint
                );
            }
        } else if root.exists() {
            std::fs::remove_dir_all(&root)
                .with_context(|| format!("{}: cannot clear", root.display()))?;
        }
        std::fs::create_dir_all(&docs)
            .with_context(|| format!("{}: cannot create", docs.display()))?;
        crate::resources::write_atomic(&state, |w| {
            serde_json::to_writer_pretty(
                &mut *w,
                &serde_json::json!({ "fingerprint": fingerprint }),
            )?;
            Ok(())
        })?;
        Ok(Work { docs, fingerprint })
    }

    /// The key of a document as read (text, held-out dateline, metadata).
    fn key(&self, d: &Document) -> String {
        let input = serde_json::json!({
            "id": d.id, "lang": d.lang, "date": d.date, "place": d.place,
            "headline": d.headline, "text": d.text,
            "head": d.held_out.head, "tail": d.held_out.tail,
        });
        crate::resources::sha256_bytes(format!("{}\n{}", self.fingerprint, input).as_bytes())
    }

    fn path(&self, key: &str) -> PathBuf {
        self.docs.join(format!("{key}.json"))
    }

    /// A stored result, if there is a readable one.
    fn load(&self, key: &str) -> Option<Stored> {
        let bytes = std::fs::read(self.path(key)).ok()?;
        serde_json::from_slice(&bytes).ok()
    }

    /// Written without fsync: a result lost or cut short by a crash does not parse and
    /// is computed again.
    fn store(&self, key: &str, s: &Stored) -> Result<()> {
        crate::resources::write_atomic_with(&self.path(key), false, |w| {
            serde_json::to_writer(&mut *w, s)?;
            Ok(())
        })
    }
}

/// Runs the whole job: reads INPUTs a batch of files at a time, annotates, and writes
/// `entities.csv`, `statements.csv`, `documents.jsonl`, the stance matrix
/// ([`matrix::write_all`]) and `manifest.csv` into `out`. Each document's result is
/// kept in `out/.depeche/` as soon as its batch is done, for `--resume`. Bad inputs
/// are reported on stderr, in the manifest and in the report; the rest is processed.
/// Outputs are in input order (sorted paths, then position in the file), whatever the
/// thread count or batch size.
pub fn analyze(
    inputs: &[PathBuf],
    out: &Path,
    tagger: &dyn WordTagger,
    stance: Option<&dyn StanceClassifier>,
    options: &Options,
) -> Result<Report> {
    let start = Instant::now();
    std::fs::create_dir_all(out)
        .with_context(|| format!("{}: cannot create output folder", out.display()))?;
    let work = Work::open(out, options)?;
    let mut stream = ingest::Stream::new(inputs, &options.reading);
    for m in stream.messages.drain(..) {
        eprintln!("depeche: {m}");
    }
    let mut report = Report {
        files: stream.files(),
        ..Default::default()
    };
    let mut writers = output::Writers::create(out)?;
    // What the matrix needs of each document: id, date, statements.
    let mut light: Vec<Document> = Vec::new();
    let bar = progress(stream.files() as u64, "analyze", "files");
    let batch_files = if options.batch_files == 0 {
        DEFAULT_BATCH_FILES
    } else {
        options.batch_files
    };
    let abort_after: Option<usize> = std::env::var(ABORT_AFTER).ok().and_then(|v| v.parse().ok());
    let mut batches = 0;
    let mut timings = Timings::default();
    let mut clock = Instant::now();
    while let Some(batch) = stream.next_batch(batch_files, BATCH_BYTES) {
        timings.ingest += clock.elapsed().as_secs_f64();
        clock = Instant::now();
        bar.suspend(|| {
            for m in &batch.messages {
                eprintln!("depeche: {m}");
            }
        });
        // Documents are analyzed and written a few hundred at a time, so that a JSON
        // Lines file of thousands of records does not hold all their annotations at once.
        let mut docs_in = batch.docs.into_iter().peekable();
        while docs_in.peek().is_some() {
            let part: Vec<(usize, Document)> = docs_in.by_ref().take(DOCS_PER_STEP).collect();
            let mut stored: Vec<Option<Stored>> = Vec::with_capacity(part.len());
            let mut keys = Vec::with_capacity(part.len());
            let mut records = Vec::with_capacity(part.len());
            let mut to_do = Vec::new();
            for (record, doc) in part {
                let key = work.key(&doc);
                let found = if options.resume {
                    work.load(&key)
                } else {
                    None
                };
                if found.is_none() {
                    to_do.push(doc);
                } else {
                    report.resumed += 1;
                }
                stored.push(found);
                keys.push(key);
                records.push(record);
            }
            if !to_do.is_empty() {
                timings.output += clock.elapsed().as_secs_f64();
                let mut docs = annotate_with(to_do, tagger, false, &mut timings)?;
                if let Some(classifier) = stance {
                    let t = Instant::now();
                    apply_stance(&mut docs, classifier)?;
                    timings.stance += t.elapsed().as_secs_f64();
                }
                clock = Instant::now();
                ingest::restore(&mut docs);
                let mut fresh = docs.into_iter();
                for (slot, key) in stored.iter_mut().zip(&keys) {
                    if slot.is_none() {
                        let doc = fresh.next().expect("one result per document");
                        let s = Stored {
                            sentences: doc.sentences.len(),
                            words: doc.sentences.iter().map(|s| s.words.len()).sum(),
                            doc,
                        };
                        work.store(key, &s)?;
                        *slot = Some(s);
                    }
                }
            }
            for (s, record) in stored.into_iter().flatten().zip(records) {
                writers.write(&s.doc)?;
                let entities = s.doc.entities.as_ref().map_or(0, Vec::len);
                let statements = s.doc.statements.as_ref().map_or(0, Vec::len);
                stream.manifest.records[record].counts = Some((s.sentences, entities, statements));
                report.documents += 1;
                report.sentences += s.sentences;
                report.words += s.words;
                report.entities += entities;
                report.statements += statements;
                let Document {
                    id,
                    date,
                    statements,
                    ..
                } = s.doc;
                // The matrix needs only the actors, stance and score of each statement.
                let statements = statements.map(|v| {
                    v.into_iter()
                        .map(|st| Statement {
                            speaker_actor: st.speaker_actor,
                            target_actor: st.target_actor,
                            stance: st.stance,
                            score: st.score,
                            ..Default::default()
                        })
                        .collect()
                });
                light.push(Document {
                    id,
                    date,
                    statements,
                    ..Default::default()
                });
            }
        }
        timings.output += clock.elapsed().as_secs_f64();
        clock = Instant::now();
        bar.inc(batch.files as u64);
        batches += 1;
        if abort_after == Some(batches) {
            std::process::abort();
        }
    }
    timings.ingest += clock.elapsed().as_secs_f64();
    bar.finish_and_clear();
    let t = Instant::now();
    report.outputs = writers.finish()?;
    report
        .outputs
        .extend(matrix::write_all(&light, out, options.matrix)?);
    // The manifest last: once it is in place, the run is complete.
    let manifest_path = out.join("manifest.csv");
    stream.manifest.write(&manifest_path)?;
    report.outputs.push(manifest_path);
    timings.output += t.elapsed().as_secs_f64();
    report.timings = timings;
    report.skipped_documents = stream.manifest.skipped_documents();
    report.skipped = stream.skipped;
    report.rejected = stream.rejected;
    report.seconds = start.elapsed().as_secs_f64();
    Ok(report)
}

/// Text stage, NER, actors and statements on documents: fills `sentences`, `entities`
/// and `statements`, with a progress bar of sentences on a terminal.
pub fn annotate(docs: Vec<Document>, tagger: &dyn WordTagger) -> Result<Vec<Document>> {
    annotate_with(docs, tagger, true, &mut Timings::default())
}

fn annotate_with(
    mut docs: Vec<Document>,
    tagger: &dyn WordTagger,
    show: bool,
    timings: &mut Timings,
) -> Result<Vec<Document>> {
    let t = Instant::now();
    docs.par_iter_mut()
        .for_each(|d| d.sentences = crate::text::segment(&d.text));
    timings.segment += t.elapsed().as_secs_f64();
    let t = Instant::now();

    // Every sentence of every document, as word strings, in one list.
    let indexes: Vec<CharIndex> = docs.par_iter().map(|d| CharIndex::new(&d.text)).collect();
    let mut refs: Vec<(usize, usize)> = Vec::new();
    let mut words: Vec<Vec<&str>> = Vec::new();
    for (di, d) in docs.iter().enumerate() {
        for (si, s) in d.sentences.iter().enumerate() {
            refs.push((di, si));
            words.push(
                s.words
                    .iter()
                    .map(|w| indexes[di].slice(&d.text, w.start, w.end))
                    .collect(),
            );
        }
    }
    let bar = if show {
        progress(words.len() as u64, "NER", "sentences")
    } else {
        ProgressBar::hidden()
    };
    // All the sentences of the step at once, so that the tagger sorts them all by length
    // (little padding); in chunks only to move a progress bar.
    let chunk = if show { 1024 } else { words.len().max(1) };
    let mut tags = Vec::with_capacity(words.len());
    for chunk in words.chunks(chunk) {
        tags.extend(tagger.tag(chunk)?);
        bar.inc(chunk.len() as u64);
    }
    bar.finish_and_clear();

    let mut found: Vec<Vec<Entity>> = vec![Vec::new(); docs.len()];
    for ((di, si), sentence_tags) in refs.into_iter().zip(tags) {
        let d = &docs[di];
        let ws = &d.sentences[si].words;
        let labels: Vec<&str> = sentence_tags.iter().map(|(t, _)| t.as_str()).collect();
        for span in spans_from_tags(&labels) {
            let (start, end) = (ws[span.start].start, ws[span.end - 1].end);
            let score = sentence_tags[span.start..span.end]
                .iter()
                .map(|(_, p)| p)
                .sum::<f32>()
                / (span.end - span.start) as f32;
            // 4 decimals, as entities.csv writes it: libtorch may change the last bits
            // of a probability with the batch's shape and the thread count, and the
            // outputs must not.
            let score = (score * 1e4).round() / 1e4;
            found[di].push(Entity {
                start,
                end,
                label: span.label,
                text: indexes[di].slice(&d.text, start, end).to_string(),
                actor: None,
                score: Some(score),
            });
        }
    }
    for ((d, ents), index) in docs.iter_mut().zip(found).zip(&indexes) {
        d.entities = Some(merge_split_names(&d.text, index, ents));
    }
    timings.ner += t.elapsed().as_secs_f64();
    let t = Instant::now();
    add_statements(&mut docs, Extractor::Rules);
    timings.statements += t.elapsed().as_secs_f64();
    Ok(docs)
}

/// Joins two adjacent entities that NER split inside one gazetteer name ("Maison" +
/// "Blanche" → "Maison Blanche").
fn merge_split_names(text: &str, index: &CharIndex, ents: Vec<Entity>) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::with_capacity(ents.len());
    for e in ents {
        if let Some(prev) = out.last_mut() {
            let gap = index.slice(text, prev.end.min(e.start), e.start);
            if gap == " " {
                let merged = index.slice(text, prev.start, e.end);
                if actors::lookup(merged).is_some() && actors::lookup(&prev.text).is_none() {
                    prev.end = e.end;
                    prev.text = merged.to_string();
                    prev.score = prev.score.zip(e.score).map(|(a, b)| a.min(b));
                    continue;
                }
            }
        }
        out.extend(split_coordinated(e));
    }
    out
}

/// Splits an entity that NER ran across a coordination of two gazetteer names
/// ("Conseil de sécurité et le Kenya" → "Conseil de sécurité" + "Kenya").
fn split_coordinated(e: Entity) -> Vec<Entity> {
    let Some(i) = e.text.find(" et ") else {
        return vec![e];
    };
    let (left, rest) = (&e.text[..i], &e.text[i + 4..]);
    let right = ["le ", "la ", "les ", "l'", "l’"]
        .iter()
        .find_map(|a| rest.strip_prefix(a))
        .unwrap_or(rest);
    let (Some(_), Some(code)) = (actors::lookup(left), actors::lookup(right)) else {
        return vec![e];
    };
    let chars = |t: &str| t.chars().count();
    let right_start = e.end - chars(right);
    let label = if actors::gazetteer().state(&code).is_some() {
        "LOC"
    } else {
        "ORG"
    };
    vec![
        Entity {
            end: e.start + chars(left),
            text: left.to_string(),
            ..e.clone()
        },
        Entity {
            start: right_start,
            label: label.to_string(),
            text: right.to_string(),
            ..e
        },
    ]
}

/// Replaces the rule stance of every statement by the classifier's: the stance with
/// the highest probability and a score P(positive) − P(negative) in [−1, 1]. The
/// classifier reads the sentence of the cue (widened to the evidence, e.g. a quote),
/// the speaker and the target as written. Statements that end up with the same
/// speaker actor, target actor and stance in one document are merged.
pub fn apply_stance(docs: &mut [Document], classifier: &dyn StanceClassifier) -> Result<()> {
    let mut refs = Vec::new();
    let mut inputs = Vec::new();
    for (di, d) in docs.iter().enumerate() {
        let index = CharIndex::new(&d.text);
        for (k, s) in d.statements.iter().flatten().enumerate() {
            let sentence = s.sentence.and_then(|i| d.sentences.get(i)).map(|x| x.span);
            let (mut a, mut b) = sentence.map_or((0, index.len()), |sp| (sp.start, sp.end));
            if let (Some(es), Some(ee)) = (s.start, s.end) {
                a = a.min(es);
                b = b.max(ee).min(index.len());
            }
            inputs.push(StanceInput {
                text: index.slice(&d.text, a, b).to_string(),
                speaker: s.speaker.clone(),
                target: s.target.clone().unwrap_or_else(|| s.target_actor.clone()),
            });
            refs.push((di, k));
        }
    }
    let probs = classifier.classify(&inputs)?;
    for ((di, k), p) in refs.into_iter().zip(probs) {
        if let Some(st) = docs[di].statements.as_mut().and_then(|v| v.get_mut(k)) {
            st.stance = STANCES[crate::model::argmax(&p)].to_string();
            st.score = Some(p[2] - p[0]);
        }
    }
    for d in docs.iter_mut() {
        if let Some(v) = d.statements.as_mut() {
            let mut seen = std::collections::HashSet::new();
            v.retain(|s| {
                seen.insert((
                    s.speaker_actor.clone(),
                    s.target_actor.clone(),
                    s.stance.clone(),
                ))
            });
        }
    }
    Ok(())
}

/// How statements are found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Extractor {
    /// depeche's rules (speakers, cues, quotes, attributions).
    Rules,
    /// GDELT-style baseline: every pair of actors co-mentioned in a sentence, with the
    /// sentence's lexicon tone.
    Cooccurrence,
}

/// Actors and statements stages on documents whose entities are known: sets each
/// entity's actor and fills `statements`.
pub fn add_statements(docs: &mut [Document], extractor: Extractor) {
    docs.par_iter_mut().for_each(|d| {
        if d.sentences.is_empty() {
            d.sentences = crate::text::segment(&d.text);
        }
        let mentions = actor_mentions(d);
        d.statements = Some(match extractor {
            Extractor::Rules => statements::extract(d, &mentions),
            Extractor::Cooccurrence => statements::cooccurrence(d, &mentions),
        });
    });
}

/// Resolves the entities' actors in place and returns every actor mention of the
/// document: entities that stand for an actor and the function phrases around them.
pub fn actor_mentions(doc: &mut Document) -> Vec<Mention> {
    let r = actors::resolve(doc);
    let index = CharIndex::new(&doc.text);
    let mut out = Vec::new();
    if let Some(ents) = doc.entities.as_mut() {
        for (e, a) in ents.iter_mut().zip(r.entities) {
            e.actor = a;
            let person = e.label == "PER";
            // A known capital or name left without actor (a place in the actor stage's
            // reading) may still open a clause as its subject.
            let weak = match &e.actor {
                None if e.label == "LOC" => actors::lookup(&e.text),
                _ => None,
            };
            if let Some(actor) = e.actor.clone().or(weak.clone()) {
                out.push(Mention {
                    start: e.start,
                    end: e.end,
                    text: e.text.clone(),
                    actor,
                    person,
                    name: (!person)
                        .then(|| with_article(&doc.text, &index, e.start, &e.text))
                        .flatten(),
                    target_only: false,
                    subject_only: weak.is_some(),
                });
            }
        }
    }
    let ents = doc.entities.as_deref().unwrap_or_default();
    for m in r.mentions {
        let name = match m.entity.and_then(|i| ents.get(i)) {
            Some(person) => Some(person.text.clone()),
            None if m.kind == actors::MentionKind::Name => {
                with_article(&doc.text, &index, m.start, &m.text)
            }
            None => None,
        };
        out.push(Mention {
            start: m.start,
            end: m.end,
            text: m.text,
            actor: m.actor,
            person: false,
            name,
            target_only: false,
            subject_only: false,
        });
    }
    // State adjectives after a noun of state action are targets ("la décision
    // américaine", "la rhétorique chinoise"), not those of people or things ("des
    // réfugiés birmans").
    let index = CharIndex::new(&doc.text);
    for sentence in &doc.sentences {
        for (k, w) in sentence.words.iter().enumerate() {
            let word = index.slice(&doc.text, w.start, w.end);
            if !word.chars().next().is_some_and(char::is_lowercase) || k == 0 {
                continue;
            }
            // The noun right before, or before one adjective ("la politique étrangère
            // sud-africaine").
            // ("la « fermeté » indonésienne": past a closing quote mark.)
            let closing = |j: usize| {
                matches!(
                    index.slice(&doc.text, sentence.words[j].start, sentence.words[j].end),
                    "»" | "\"" | "”"
                )
            };
            let k = if k >= 2 && closing(k - 1) { k - 1 } else { k };
            let is_state_noun = |j: usize| {
                let p = sentence.words[j];
                let noun = crate::statements::lexicon::fold(index.slice(&doc.text, p.start, p.end));
                STATE_NOUNS.iter().any(|n| noun.starts_with(n))
            };
            // ("les délégations américaine et nord-coréenne": the second of two
            // coordinated adjectives.)
            let is_adjective = |j: usize| {
                let p = sentence.words[j];
                actors::gazetteer()
                    .entries(index.slice(&doc.text, p.start, p.end))
                    .iter()
                    .any(|e| e.kind == actors::EntryKind::Adjective)
            };
            let coordinated = k >= 4
                && index.slice(
                    &doc.text,
                    sentence.words[k - 1].start,
                    sentence.words[k - 1].end,
                ) == "et"
                && is_adjective(k - 2)
                && (is_state_noun(k - 3) || is_state_noun(k - 4));
            if !(is_state_noun(k - 1) || (k >= 2 && is_state_noun(k - 2)) || coordinated) {
                continue;
            }
            let entries = actors::gazetteer().entries(word);
            if let Some(e) = entries
                .iter()
                .find(|e| e.kind == actors::EntryKind::Adjective)
            {
                out.push(Mention {
                    start: w.start,
                    end: w.end,
                    text: word.to_string(),
                    actor: e.code.clone(),
                    person: false,
                    name: None,
                    target_only: true,
                    subject_only: false,
                });
            }
        }
    }
    out.extend(organisation_references(doc, &index, &out));
    // Longest first at each start, then drop mentions inside another one ("Chine" in
    // "l'ambassade de Chine à Canberra").
    out.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    // Every kept mention starts at or before m: m is inside one iff one ends at or after it.
    let mut kept: Vec<Mention> = Vec::with_capacity(out.len());
    let mut max_end = None;
    for m in out {
        if max_end.is_none_or(|e| m.end > e) {
            max_end = Some(max_end.map_or(m.end, |e: usize| e.max(m.end)));
            kept.push(m);
        }
    }
    kept
}

fn progress(n: u64, what: &str, unit: &str) -> ProgressBar {
    let target = if std::io::stderr().is_terminal() {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    };
    let bar = ProgressBar::with_draw_target(Some(n), target);
    bar.set_style(
        ProgressStyle::with_template("{prefix} [{bar:40}] {pos}/{len} {msg} ({per_sec}, {eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar.set_prefix(what.to_string());
    bar.set_message(unit.to_string());
    bar
}

/// Nouns (folded prefixes) whose state adjective names an actor as a target.
const STATE_NOUNS: &[&str] = &[
    "decision",
    "politique",
    "rhetorique",
    "position",
    "initiative",
    "regime",
    "administration",
    "diplomatie",
    "ingerence",
    "agression",
    "attaque",
    "frappe",
    "menace",
    "sanction",
    "comportement",
    "propos",
    "accusation",
    "pression",
    "provocation",
    "pirate",
    "hacker",
    "intervention",
    "offensive",
    "incursion",
    "invasion",
    "aide",
    "soutien",
    "proposition",
    "mesure",
    "restriction",
    "tribunal",
    "justice",
    "condamnation",
    "arrestation",
    "detention",
    "manoeuvre",
    "exercice",
    "tir",
    "essai",
    "navire",
    "garde-cote",
    "bateau",
    "avion",
    "drone",
    "militaire",
    "troupe",
    "force",
    "autorite",
    "gouvernement",
    "dirigeant",
    "responsable",
    "agent",
    "preoccupation",
    "fermete",
    "exigence",
    "blocage",
    "veto",
    "attitude",
    "refus",
    "reponse",
    "reaction",
    "demarche",
    "demande",
    "revendication",
    "information",
    "affirmation",
    "allegation",
    "declaration",
    "allie",
    "agissement",
    "affaires",
    "ambassadeur",
    "diplomate",
    "activite",
    "operation",
    "campagne",
    "programme",
    "partenaire",
    "ami",
    "occupation",
    "delegation",
    "cyberattaque",
    "acteur",
    "mediation",
    "role",
    "soldat",
    "effort",
    "mission",
    "consulat",
    "policier",
    "plan",
];

/// "l'agence", "l'organisation", "la Cour", "le Fonds", "le bloc": a generic noun for
/// the organisation named last before it whose name starts with that noun (any
/// organisation for "le bloc"), unless the noun opens a name itself ("l'Organisation
/// des Etats américains", "la Cour pénale internationale").
fn organisation_references(doc: &Document, index: &CharIndex, named: &[Mention]) -> Vec<Mention> {
    const NOUNS: [&str; 10] = [
        "agence",
        "organisation",
        "cour",
        "fonds",
        "bloc",
        "institution",
        "ligue",
        "forum",
        "alliance",
        "commission",
    ];
    use crate::statements::lexicon::fold;
    let mut out = Vec::new();
    let organisation = |m: &Mention| actors::gazetteer().state(&m.actor).is_none();
    for sentence in &doc.sentences {
        let words = &sentence.words;
        for (k, w) in words.iter().enumerate().skip(1) {
            let word = fold(index.slice(&doc.text, w.start, w.end));
            if !NOUNS.contains(&word.as_str()) {
                continue;
            }
            let before = fold(index.slice(&doc.text, words[k - 1].start, words[k - 1].end));
            if !matches!(before.as_str(), "l'" | "la" | "le" | "cette" | "ce") {
                continue;
            }
            // (Not a name: "la Cour pénale internationale", "l'Organisation des Etats
            // américains", or inside an entity.)
            if named.iter().any(|m| m.start <= w.start && w.start < m.end) {
                continue;
            }
            let text_at = |j: usize| words.get(j).map(|n| index.slice(&doc.text, n.start, n.end));
            let next = text_at(k + 1).map(fold);
            // ("de" + a capitalised word continues a name; "le bloc de ces …" does not.)
            let name_goes_on = match next.as_deref() {
                Some("de" | "des" | "du" | "d'") => {
                    let after = if matches!(text_at(k + 2), Some("la" | "l'" | "l’" | "le" | "les"))
                    {
                        text_at(k + 3)
                    } else {
                        text_at(k + 2)
                    };
                    after.is_some_and(|a| a.chars().next().is_some_and(char::is_uppercase))
                }
                Some(n) => matches!(
                    n,
                    "internationale"
                        | "penale"
                        | "europeenne"
                        | "mondiale"
                        | "africaine"
                        | "supreme"
                ),
                None => false,
            };
            // ("l'agence officielle KCNA": the name itself follows.)
            let name_follows = named.iter().any(|m| {
                m.start >= w.end
                    && !index
                        .slice(&doc.text, w.end, m.start)
                        .contains([',', '.', ';', '(', '«', '"'])
                    && index
                        .slice(&doc.text, w.end, m.start)
                        .split_whitespace()
                        .count()
                        <= 2
            });
            if name_goes_on || name_follows {
                continue;
            }
            let antecedent = named.iter().rev().filter(|m| m.end <= w.start).find(|m| {
                // ("l'agence officielle KCNA": the noun may also stand before the name.)
                let before = fold(index.slice(&doc.text, m.start.saturating_sub(24), m.start));
                // (Then a state body too: "l'agence officielle KCNA" … "l'agence".)
                (organisation(m) && (word == "bloc" || fold(&m.text).starts_with(&word)))
                    || before
                        .split_whitespace()
                        .any(|b| b.trim_start_matches("l'") == word)
            });
            if let Some(a) = antecedent {
                out.push(Mention {
                    start: w.start,
                    end: w.end,
                    text: index.slice(&doc.text, w.start, w.end).to_string(),
                    actor: a.actor.clone(),
                    person: false,
                    name: Some(
                        format!("{before} {}", index.slice(&doc.text, w.start, w.end))
                            .replace("l' ", "l'"),
                    ),
                    target_only: false,
                    subject_only: false,
                });
            }
        }
    }
    out
}

/// "la Chine" for the mention "Chine" preceded by "La " (article lower-cased).
fn with_article(text: &str, index: &CharIndex, start: usize, mention: &str) -> Option<String> {
    let before = index.slice(text, start.saturating_sub(4), start);
    for art in ["la ", "le ", "les ", "l'", "l’"] {
        if before.to_lowercase().ends_with(art) {
            return Some(format!("{art}{mention}"));
        }
    }
    None
}

/// Entity scores of predicted documents against gold ones, matched by id; gold
/// documents without `entities` are not scored.
pub fn score_entities(gold: &[Document], pred: &[Document]) -> Scores {
    let by_id: HashMap<&str, &Document> = pred.iter().map(|d| (d.id.as_str(), d)).collect();
    let mut scorer = SpanScorer::new();
    for g in gold {
        let Some(gold_ents) = &g.entities else {
            continue;
        };
        let key = |es: &[Entity]| -> Vec<((usize, usize), String)> {
            es.iter()
                .map(|e| ((e.start, e.end), e.label.clone()))
                .collect()
        };
        let pred_ents = by_id
            .get(g.id.as_str())
            .and_then(|d| d.entities.clone())
            .unwrap_or_default();
        scorer.add(&key(gold_ents), &key(&pred_ents));
    }
    scorer.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Tags capitalised words that follow no sentence start as LOC; enough to exercise
    /// the wiring without libtorch.
    struct CapitalTagger;
    impl WordTagger for CapitalTagger {
        fn tag(&self, sentences: &[Vec<&str>]) -> Result<Vec<Vec<(String, f32)>>> {
            Ok(sentences
                .iter()
                .map(|ws| {
                    ws.iter()
                        .enumerate()
                        .map(|(i, w)| {
                            let cap = i > 0 && w.chars().next().is_some_and(char::is_uppercase);
                            (if cap { "B-LOC" } else { "O" }.to_string(), 0.9)
                        })
                        .collect()
                })
                .collect())
        }
    }

    #[test]
    fn entities_carry_code_point_offsets() {
        let docs = vec![Document::new(
            "d",
            "« Non », a dit Pékin. Le Caire se tait.",
        )];
        let out = annotate(docs, &CapitalTagger).unwrap();
        let ents = out[0].entities.clone().unwrap();
        let texts: Vec<&str> = ents.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(texts, vec!["Non", "Pékin", "Caire"]);
        assert_eq!((ents[1].start, ents[1].end), (15, 20));
        assert!(out[0].check_offsets().is_ok());
        let gold = {
            let mut g = out[0].clone();
            g.entities = Some(vec![ents[1].clone()]);
            g
        };
        let s = score_entities(&[gold], &out);
        assert_eq!(s.micro().tp, 1);
        assert_eq!(s.micro().fp, 2);
    }
}

#[cfg(test)]
mod robustness {
    //! Bad input must not crash or hang: unbalanced guillemets, no punctuation at all,
    //! 200,000 characters on one line. Each runs the text, actors and statements stages
    //! (with a stand-in tagger) and checks the result stays sane.
    use super::*;

    struct CapitalLoc;
    impl WordTagger for CapitalLoc {
        fn tag(&self, sentences: &[Vec<&str>]) -> Result<Vec<Vec<(String, f32)>>> {
            Ok(sentences
                .iter()
                .map(|ws| {
                    ws.iter()
                        .map(|w| {
                            let cap = w.chars().next().is_some_and(char::is_uppercase);
                            (if cap { "B-LOC" } else { "O" }.to_string(), 0.9)
                        })
                        .collect()
                })
                .collect())
        }
    }

    fn run(text: &str) -> Document {
        let mut docs = annotate(vec![Document::new("x", text)], &CapitalLoc).unwrap();
        let d = docs.pop().unwrap();
        d.check_offsets().unwrap();
        d
    }

    #[test]
    fn unbalanced_guillemets() {
        let d = run("« Pékin a condamné Tokyo. Washington a salué Séoul » ». « « Moscou a dénoncé Kiev.\n« Fin");
        assert!(!d.sentences.is_empty());
        assert!(d.statements.unwrap().len() >= 2);
    }

    #[test]
    fn no_punctuation_at_all() {
        let text = "Pékin a condamné Tokyo et Washington a salué Séoul ".repeat(2_000);
        let d = run(&text);
        assert_eq!(d.sentences.len(), 1);
        assert!(!d.statements.unwrap().is_empty());
    }

    #[test]
    fn two_hundred_thousand_characters_on_one_line() {
        let text = "Selon Pékin, Tokyo a « accusé » Washington d'hypocrisie; ".repeat(3_600);
        assert!(text.chars().count() >= 200_000);
        assert!(!text.contains('\n'));
        let d = run(&text);
        assert!(d.entities.unwrap().len() > 3_600);
    }
}

#[cfg(test)]
mod organisation_references {
    use super::*;

    /// Tags "Agence … atomique" as one ORG entity.
    struct AgencyOrg;
    impl WordTagger for AgencyOrg {
        fn tag(&self, sentences: &[Vec<&str>]) -> Result<Vec<Vec<(String, f32)>>> {
            Ok(sentences
                .iter()
                .map(|ws| {
                    let mut inside = false;
                    ws.iter()
                        .map(|w| {
                            let tag = if *w == "Agence" {
                                inside = true;
                                "B-ORG"
                            } else if inside {
                                inside = *w != "atomique";
                                "I-ORG"
                            } else {
                                "O"
                            };
                            (tag.to_string(), 0.9)
                        })
                        .collect()
                })
                .collect())
        }
    }

    #[test]
    fn a_generic_noun_refers_to_the_last_organisation_so_named() {
        let text = "Le rapport de l'Agence internationale de l'énergie atomique est sorti. Kiev a remercié l'agence pour son travail. La Cour pénale internationale siège à La Haye.";
        let mut docs = annotate(vec![Document::new("x", text)], &AgencyOrg).unwrap();
        let mut d = docs.pop().unwrap();
        let ms = actor_mentions(&mut d);
        let agence = ms
            .iter()
            .find(|m| m.text == "agence")
            .expect("l'agence resolved");
        assert_eq!(agence.actor, "IAEA");
        // A noun that opens a name is not a reference.
        assert!(!ms.iter().any(|m| m.text == "Cour" && m.actor == "IAEA"));
        // Nor one whose own name follows: "l'agence officielle KCNA".
        let text = "L'agence officielle KCNA a dénoncé les manoeuvres. Ensuite l'agence officielle KCNA a accusé Seoul. Puis l'agence a ajouté un mot.";
        let mut d = Document::new("y", text);
        d.sentences = crate::text::segment(text);
        let kcna = |at: usize| Mention {
            start: at,
            end: at + 4,
            text: "KCNA".into(),
            actor: "PRK".into(),
            person: false,
            name: None,
            target_only: false,
            subject_only: false,
        };
        let ch = |b: usize| text[..b].chars().count();
        let first = ch(text.find("KCNA").unwrap());
        let second = ch(text.rfind("KCNA").unwrap());
        let named = vec![kcna(first), kcna(second)];
        let index = CharIndex::new(text);
        let refs = organisation_references(&d, &index, &named);
        // Only the last "l'agence", with no name after it, refers to KCNA.
        let got: Vec<(usize, &str)> = refs.iter().map(|m| (m.start, m.actor.as_str())).collect();
        assert_eq!(
            got,
            vec![(ch(text.rfind("agence").unwrap()), "PRK")],
            "{refs:?}"
        );
    }

    #[test]
    fn a_span_across_two_coordinated_names_is_split() {
        let e = Entity {
            start: 10,
            end: 40,
            label: "ORG".into(),
            text: "Conseil de sécurité et le Kenya".into(),
            actor: None,
            score: Some(0.9),
        };
        let parts = split_coordinated(e);
        let got: Vec<(&str, usize, usize, &str)> = parts
            .iter()
            .map(|e| (e.text.as_str(), e.start, e.end, e.label.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                ("Conseil de sécurité", 10, 29, "ORG"),
                ("Kenya", 35, 40, "LOC")
            ]
        );
        // Not a name that holds "et" itself.
        let e = Entity {
            start: 0,
            end: 20,
            label: "LOC".into(),
            text: "Trinité-et-Tobago".into(),
            actor: None,
            score: None,
        };
        assert_eq!(split_coordinated(e).len(), 1);
    }
}
