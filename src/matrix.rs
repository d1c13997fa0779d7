//! The per-country stance matrix: statements aggregated by (period, source actor, target
//! actor) into `matrix.csv` (tidy, long), `matrix_wide.csv` (sources × targets) and
//! `matrix.svg` (a heatmap of the wide matrix, written as plain SVG text).
//!
//! **What is counted.** Every statement with a non-empty `speaker_actor` and
//! `target_actor` and a value: its `score`, as written in `statements.csv` (3 decimals),
//! or, without a score, its stance (negative −1, neutral 0, positive +1). Statements
//! with neither are left out. The actor codes and document ids are those of
//! `statements.csv`, so every cell can be recomputed from it: `n_statements` rows,
//! `n_documents` distinct `doc_id`s, `n_negative`/`n_neutral`/`n_positive` by the
//! `stance` column (by the sign of the score where the stance is none of the three),
//! `mean_score` the mean of the `score` column. Sums are exact (in thousandths), so the
//! output does not depend on the order of the documents or on the thread count.
//!
//! **The 95 % interval** (`ci_low`, `ci_high`) is a Wilson score interval for a bounded
//! mean: the mean is mapped to p = (mean + 1) / 2 in [0, 1] and the Wilson interval of p
//! is mapped back. Wilson's variance p(1 − p) is the largest a variable in [0, 1] with
//! mean p can have, so the interval is conservative, stays inside [−1, 1], is never of
//! zero width on few statements (all "negative" still leaves room), and narrows as the
//! sample grows. The sample size is the *effective* number of documents,
//! n_eff = (Σ m_d)² / Σ m_d², with m_d the cell's statements in document d: statements
//! of one dispatch are not independent (a dispatch that quotes five condemnations of
//! one event is one observation, not five), so n_eff equals the number of documents
//! when they weigh alike and the number of statements when each document gives one.
//! With fewer than 2 statements the interval is [−1, 1]. A bootstrap over documents was
//! not chosen: on the typical cell (one to three dispatches) it gives zero-width
//! intervals.
//!
//! **Minimum support.** Cells with fewer than `min_support` statements are left out of
//! all three files (not shown as empty-but-known); the default, 1, keeps every cell.
//!
//! **Periods.** With `by` (month or year), `matrix.csv` gets a leading `period` column
//! from each document's `date` (`YYYY-MM` or `YYYY`); documents without a readable date
//! go to the period `unknown`, which sorts after every dated period. The wide CSV and
//! the SVG always aggregate the whole corpus (periods ignored).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Result;

use crate::document::{Document, Statement};
use crate::resources::write_atomic;

/// The normal quantile of a two-sided 95 % interval.
const Z95: f64 = 1.959_963_984_540_054;

/// How `matrix.csv` splits the corpus in time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Period {
    /// `YYYY-MM` of the document's date
    Month,
    /// `YYYY` of the document's date
    Year,
}

impl Period {
    /// The period of a document dated `date` (`YYYY-MM-DD`, or a prefix of it), or
    /// `unknown` when the date is absent or unreadable.
    pub fn of(self, date: Option<&str>) -> String {
        match (self, date.and_then(parse_date)) {
            (Period::Year, Some((y, _))) => format!("{y:04}"),
            (Period::Month, Some((y, Some(m)))) => format!("{y:04}-{m:02}"),
            _ => "unknown".to_string(),
        }
    }
}

/// Year and month of `YYYY`, `YYYY-MM` or `YYYY-MM-DD[anything]`; None if malformed.
fn parse_date(s: &str) -> Option<(u32, Option<u32>)> {
    let s = s.trim();
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    let year = digits(0..4)?;
    if b.len() == 4 {
        return Some((year, None));
    }
    if b[4] != b'-' {
        return None;
    }
    let month = digits(5..7).filter(|m| (1..=12).contains(m))?;
    if b.len() == 7 {
        return Some((year, Some(month)));
    }
    if b[7] != b'-' {
        return None;
    }
    digits(8..10).filter(|d| (1..=31).contains(d))?;
    if b.len() > 10 && b[10].is_ascii_digit() {
        return None;
    }
    Some((year, Some(month)))
}

/// What to aggregate and what to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Split `matrix.csv` by month or year of the document date.
    pub by: Option<Period>,
    /// Cells with fewer statements are left out (values below 1 count as 1).
    pub min_support: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            by: None,
            min_support: 1,
        }
    }
}

/// One (period, source, target) cell.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// None when the matrix is not split by period.
    pub period: Option<String>,
    pub source: String,
    pub target: String,
    pub n_statements: usize,
    pub n_documents: usize,
    pub n_negative: usize,
    pub n_neutral: usize,
    pub n_positive: usize,
    pub mean: f64,
    pub ci_low: f64,
    pub ci_high: f64,
}

/// The aggregated matrix and what went into it.
#[derive(Debug, Clone, PartialEq)]
pub struct Matrix {
    pub options: Options,
    /// Kept cells, sorted by period, source, target.
    pub cells: Vec<Cell>,
    /// Statements with both actors and a value (before minimum support).
    pub statements: usize,
    /// Distinct documents holding those statements.
    pub documents: usize,
    /// Cells (and their statements) left out for want of support.
    pub dropped_cells: usize,
    pub dropped_statements: usize,
}

#[derive(Default)]
struct Acc {
    /// Statements per document id.
    docs: BTreeMap<String, usize>,
    /// Sum of the values, in thousandths (exact, so independent of order).
    sum_milli: i64,
    n: usize,
    neg: usize,
    neu: usize,
    pos: usize,
}

/// The statement's value in thousandths: its score as `statements.csv` writes it (3
/// decimals), else its stance as −1/0/+1; None when it has neither.
fn value_milli(s: &Statement) -> Option<i64> {
    let v = match s.score.filter(|v| v.is_finite()) {
        Some(v) => format!("{v:.3}").parse::<f64>().ok()?,
        None => s.stance_value()?,
    };
    Some((v.clamp(-1.0, 1.0) * 1000.0).round() as i64)
}

/// Aggregates the documents' statements into the matrix.
pub fn aggregate(docs: &[Document], options: Options) -> Matrix {
    let min_support = options.min_support.max(1);
    let mut acc: BTreeMap<(Option<String>, String, String), Acc> = BTreeMap::new();
    let mut all_docs: BTreeSet<&str> = BTreeSet::new();
    let mut statements = 0;
    for d in docs {
        let period = options.by.map(|p| p.of(d.date.as_deref()));
        for s in d.statements.iter().flatten() {
            if s.speaker_actor.is_empty() || s.target_actor.is_empty() {
                continue;
            }
            let Some(v) = value_milli(s) else { continue };
            statements += 1;
            all_docs.insert(&d.id);
            let a = acc
                .entry((
                    period.clone(),
                    s.speaker_actor.clone(),
                    s.target_actor.clone(),
                ))
                .or_default();
            *a.docs.entry(d.id.clone()).or_default() += 1;
            a.sum_milli += v;
            a.n += 1;
            match s.stance.as_str() {
                "negative" => a.neg += 1,
                "neutral" => a.neu += 1,
                "positive" => a.pos += 1,
                _ if v < 0 => a.neg += 1,
                _ if v > 0 => a.pos += 1,
                _ => a.neu += 1,
            }
        }
    }
    let mut m = Matrix {
        options: Options {
            by: options.by,
            min_support,
        },
        cells: Vec::new(),
        statements,
        documents: all_docs.len(),
        dropped_cells: 0,
        dropped_statements: 0,
    };
    for ((period, source, target), a) in acc {
        if a.n < min_support {
            m.dropped_cells += 1;
            m.dropped_statements += a.n;
            continue;
        }
        let mean = a.sum_milli as f64 / a.n as f64 / 1000.0;
        let (ci_low, ci_high) = interval(mean, a.docs.values().copied());
        m.cells.push(Cell {
            period,
            source,
            target,
            n_statements: a.n,
            n_documents: a.docs.len(),
            n_negative: a.neg,
            n_neutral: a.neu,
            n_positive: a.pos,
            mean,
            ci_low,
            ci_high,
        });
    }
    m
}

/// The 95 % interval of a mean score from the statements per document (see the module
/// doc): [−1, 1] under 2 statements, else the Wilson interval at n_eff.
pub fn interval(mean: f64, per_document: impl IntoIterator<Item = usize>) -> (f64, f64) {
    let (mut n, mut sq) = (0usize, 0usize);
    for m in per_document {
        n += m;
        sq += m * m;
    }
    if n < 2 {
        return (-1.0, 1.0);
    }
    wilson(mean, (n * n) as f64 / sq as f64)
}

/// Wilson score interval of a mean in [−1, 1] on `n` (effective) observations.
pub fn wilson(mean: f64, n: f64) -> (f64, f64) {
    let p = ((mean + 1.0) / 2.0).clamp(0.0, 1.0);
    let z2 = Z95 * Z95;
    let denom = 1.0 + z2 / n;
    let center = (p + z2 / (2.0 * n)) / denom;
    let half = Z95 / denom * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    let lo = (2.0 * (center - half) - 1.0).clamp(-1.0, 1.0);
    let hi = (2.0 * (center + half) - 1.0).clamp(-1.0, 1.0);
    (lo.min(mean), hi.max(mean))
}

/// `x` with 3 decimals, never `-0.000`.
fn fmt3(x: f64) -> String {
    let s = format!("{x:.3}");
    if s == "-0.000" {
        "0.000".to_string()
    } else {
        s
    }
}

/// `matrix.csv`: one row per cell; a leading `period` column when split by period.
pub fn write_matrix_csv(m: &Matrix, path: &Path) -> Result<()> {
    write_atomic(path, |w| {
        let mut csv = csv::Writer::from_writer(w);
        let mut header = vec![
            "source_actor",
            "target_actor",
            "n_statements",
            "n_documents",
            "n_negative",
            "n_neutral",
            "n_positive",
            "mean_score",
            "ci_low",
            "ci_high",
        ];
        if m.options.by.is_some() {
            header.insert(0, "period");
        }
        csv.write_record(&header)?;
        for c in &m.cells {
            let mut row = vec![
                c.source.clone(),
                c.target.clone(),
                c.n_statements.to_string(),
                c.n_documents.to_string(),
                c.n_negative.to_string(),
                c.n_neutral.to_string(),
                c.n_positive.to_string(),
                fmt3(c.mean),
                fmt3(c.ci_low),
                fmt3(c.ci_high),
            ];
            if m.options.by.is_some() {
                row.insert(0, c.period.clone().unwrap_or_default());
            }
            csv.write_record(&row)?;
        }
        csv.flush()?;
        Ok(())
    })
}

/// The matrix as sources × targets (periods ignored: build it from a matrix aggregated
/// without `by`).
#[derive(Debug, Clone, PartialEq)]
pub struct Wide<'m> {
    /// Row labels, sorted.
    pub sources: Vec<&'m str>,
    /// Column labels, sorted.
    pub targets: Vec<&'m str>,
    /// (row, column) → cell.
    pub cells: BTreeMap<(usize, usize), &'m Cell>,
}

impl<'m> Wide<'m> {
    pub fn new(m: &'m Matrix) -> Self {
        let sources: Vec<&str> = m
            .cells
            .iter()
            .map(|c| c.source.as_str())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let targets: Vec<&str> = m
            .cells
            .iter()
            .map(|c| c.target.as_str())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let mut cells = BTreeMap::new();
        for c in &m.cells {
            let i = sources.binary_search(&c.source.as_str()).unwrap_or(0);
            let j = targets.binary_search(&c.target.as_str()).unwrap_or(0);
            cells.insert((i, j), c);
        }
        Wide {
            sources,
            targets,
            cells,
        }
    }
}

/// `matrix_wide.csv`: first column `source_actor`, then one column per target; cells
/// are the mean score with 3 decimals, empty where there is no kept cell.
pub fn write_wide_csv(w: &Wide, path: &Path) -> Result<()> {
    write_atomic(path, |out| {
        let mut csv = csv::Writer::from_writer(out);
        let mut header = vec!["source_actor"];
        header.extend(w.targets.iter().copied());
        csv.write_record(&header)?;
        for (i, s) in w.sources.iter().enumerate() {
            let mut row = vec![s.to_string()];
            for j in 0..w.targets.len() {
                row.push(
                    w.cells
                        .get(&(i, j))
                        .map(|c| fmt3(c.mean))
                        .unwrap_or_default(),
                );
            }
            csv.write_record(&row)?;
        }
        csv.flush()?;
        Ok(())
    })
}

/// The diverging scale (ColorBrewer RdBu, 5 classes, linear in sRGB between them):
/// −1 red, 0 near-white, +1 blue.
const SCALE: [(f64, [u8; 3]); 5] = [
    (-1.0, [178, 24, 43]),
    (-0.5, [239, 138, 98]),
    (0.0, [247, 247, 247]),
    (0.5, [103, 169, 207]),
    (1.0, [33, 102, 172]),
];

/// The scale's colour of `v` (clamped to [−1, 1]).
pub fn color(v: f64) -> [u8; 3] {
    let v = if v.is_finite() {
        v.clamp(-1.0, 1.0)
    } else {
        0.0
    };
    for w in SCALE.windows(2) {
        let ((a, ca), (b, cb)) = (w[0], w[1]);
        if v <= b {
            let t = (v - a) / (b - a);
            let mut c = [0u8; 3];
            for k in 0..3 {
                c[k] = (ca[k] as f64 + t * (cb[k] as f64 - ca[k] as f64)).round() as u8;
            }
            return c;
        }
    }
    SCALE[4].1
}

fn hex(c: [u8; 3]) -> String {
    format!("#{:02x}{:02x}{:02x}", c[0], c[1], c[2])
}

/// Black or white, whichever reads better on `c`.
fn ink(c: [u8; 3]) -> &'static str {
    let l = 0.2126 * c[0] as f64 + 0.7152 * c[1] as f64 + 0.0722 * c[2] as f64;
    if l > 140.0 {
        "#111111"
    } else {
        "#ffffff"
    }
}

fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&apos;"),
            c => o.push(c),
        }
    }
    o
}

/// A score for people: U+2212 for the minus sign, 2 decimals.
fn signed(x: f64) -> String {
    let s = format!("{x:.2}");
    match s.strip_prefix('-') {
        Some("0.00") => "0.00".to_string(),
        Some(rest) => format!("\u{2212}{rest}"),
        None if x > 0.0 && s != "0.00" => format!("+{s}"),
        None => s,
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// The heatmap of the wide matrix as an SVG document: one `<rect class="cell">` per kept
/// cell, coloured by its mean score and labelled with its number of statements (and its
/// mean when the cells are large enough); sources as rows, targets as columns.
pub fn render_svg(m: &Matrix, w: &Wide) -> String {
    let (nr, nc) = (w.sources.len(), w.targets.len());
    let most = nr.max(nc).max(1);
    // Cells of 48 px up to 20 actors, 16 px at 60, 14 px from 72 to 100 actors, then
    // smaller so that the grid stays within 1,400 px (8 px cells at the very least).
    let cell = if most <= 71 {
        (1000.0 / most as f64).clamp(14.0, 48.0)
    } else {
        (1400.0 / most as f64).clamp(8.0, 14.0)
    }
    .floor();
    let label_font = (cell * 0.6).clamp(7.0, 13.0);
    let n_font = (cell * 0.5).clamp(4.5, 13.0);
    let show_mean = cell >= 36.0;
    let char_w = 0.66 * label_font;
    let longest = |v: &[&str]| v.iter().map(|s| s.chars().count()).max().unwrap_or(0) as f64;
    let row_label_w = longest(&w.sources) * char_w;
    let col_label_h = longest(&w.targets) * char_w * std::f64::consts::FRAC_1_SQRT_2;

    let title = "Stance matrix: mean stance score by source and target";
    let mut sub = format!(
        "{} from {}; rows: source (speaker's actor), columns: target; number in a cell: statements",
        plural(m.cells.iter().map(|c| c.n_statements).sum(), "statement"),
        plural(m.documents, "document"),
    );
    if m.options.min_support > 1 {
        let _ = write!(
            sub,
            "; {} with fewer than {} left out",
            plural(m.dropped_cells, "cell"),
            plural(m.options.min_support, "statement")
        );
    }
    let margin = 16.0;
    let left = margin + 22.0 + row_label_w + 6.0;
    let top = 64.0 + 22.0 + col_label_h + 8.0;
    let (grid_w, grid_h) = (nc as f64 * cell, nr as f64 * cell);
    let legend_y = top + grid_h.max(cell) + 28.0;
    let legend_w = 240.0;
    let width = (left + grid_w + col_label_h + margin)
        .max(left + legend_w + 220.0)
        .max(margin * 2.0 + sub.chars().count() as f64 * 6.4)
        .ceil();
    let height = (legend_y + 56.0).ceil();

    let mut s = String::new();
    let _ = writeln!(
        s,
        r##"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.0} {height:.0}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif">
<defs>
<pattern id="none" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#dddddd" stroke-width="2"/></pattern>
<linearGradient id="scale" x1="0" y1="0" x2="1" y2="0">"##
    );
    for (v, c) in SCALE {
        let _ = writeln!(
            s,
            r#"<stop offset="{:.0}%" stop-color="{}"/>"#,
            (v + 1.0) * 50.0,
            hex(c)
        );
    }
    let _ = writeln!(s, "</linearGradient>\n</defs>");
    let _ = writeln!(
        s,
        r##"<rect width="100%" height="100%" fill="#ffffff"/>
<text x="{margin}" y="30" font-size="18" font-weight="bold" fill="#111111">{}</text>
<text x="{margin}" y="50" font-size="11" fill="#444444">{}</text>"##,
        esc(title),
        esc(&sub)
    );
    // Axis captions.
    let _ = writeln!(
        s,
        r##"<text x="{:.1}" y="{:.1}" font-size="12" fill="#444444" text-anchor="middle" transform="rotate(-90 {:.1} {:.1})">source</text>
<text x="{:.1}" y="{:.1}" font-size="12" fill="#444444" text-anchor="middle">target</text>"##,
        margin + 10.0,
        top + grid_h / 2.0,
        margin + 10.0,
        top + grid_h / 2.0,
        left + grid_w / 2.0,
        64.0 + 12.0,
    );
    if nr == 0 || nc == 0 {
        let _ = writeln!(
            s,
            r##"<text x="{left:.1}" y="{:.1}" font-size="13" fill="#444444">no statement to show</text>"##,
            top + 16.0
        );
    } else {
        let _ = writeln!(
            s,
            r##"<rect x="{left:.1}" y="{top:.1}" width="{grid_w:.1}" height="{grid_h:.1}" fill="url(#none)"/>"##
        );
    }
    // Faint guides every 5 rows and columns on large grids.
    if most > 15 {
        for i in (5..nr).step_by(5) {
            let y = top + i as f64 * cell;
            let _ = writeln!(
                s,
                r##"<line x1="{left:.1}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="#c8c8c8" stroke-width="0.6"/>"##,
                left + grid_w
            );
        }
        for j in (5..nc).step_by(5) {
            let x = left + j as f64 * cell;
            let _ = writeln!(
                s,
                r##"<line x1="{x:.1}" y1="{top:.1}" x2="{x:.1}" y2="{:.1}" stroke="#c8c8c8" stroke-width="0.6"/>"##,
                top + grid_h
            );
        }
    }
    // Row labels.
    for (i, src) in w.sources.iter().enumerate() {
        let _ = writeln!(
            s,
            r##"<text x="{:.1}" y="{:.1}" font-size="{label_font:.1}" text-anchor="end" fill="#111111">{}</text>"##,
            left - 5.0,
            top + (i as f64 + 0.5) * cell + 0.35 * label_font,
            esc(src)
        );
    }
    // Column labels, rotated.
    for (j, tgt) in w.targets.iter().enumerate() {
        let (x, y) = (left + (j as f64 + 0.5) * cell + 0.3 * label_font, top - 5.0);
        let _ = writeln!(
            s,
            r##"<text x="{x:.1}" y="{y:.1}" font-size="{label_font:.1}" fill="#111111" transform="rotate(-45 {x:.1} {y:.1})">{}</text>"##,
            esc(tgt)
        );
    }
    // Cells.
    for (&(i, j), c) in &w.cells {
        let (x, y) = (left + j as f64 * cell, top + i as f64 * cell);
        let fill = color(c.mean);
        let _ = writeln!(
            s,
            r##"<rect class="cell" x="{x:.1}" y="{y:.1}" width="{cell:.1}" height="{cell:.1}" fill="{}" stroke="#8c8c8c" stroke-width="0.6"><title>{} → {}: mean {} (95 % interval {} to {}), {} statements ({} negative, {} neutral, {} positive) in {} documents</title></rect>"##,
            hex(fill),
            esc(&c.source),
            esc(&c.target),
            signed(c.mean),
            signed(c.ci_low),
            signed(c.ci_high),
            c.n_statements,
            c.n_negative,
            c.n_neutral,
            c.n_positive,
            c.n_documents,
        );
        let cx = x + cell / 2.0;
        if show_mean {
            let _ = writeln!(
                s,
                r##"<text x="{cx:.1}" y="{:.1}" font-size="{:.1}" text-anchor="middle" fill="{}">{}</text>
<text x="{cx:.1}" y="{:.1}" font-size="{:.1}" text-anchor="middle" fill="{}">n={}</text>"##,
                y + cell * 0.45,
                n_font,
                ink(fill),
                signed(c.mean),
                y + cell * 0.45 + n_font * 1.15,
                n_font * 0.85,
                ink(fill),
                c.n_statements
            );
        } else {
            let _ = writeln!(
                s,
                r##"<text x="{cx:.1}" y="{:.1}" font-size="{n_font:.1}" text-anchor="middle" fill="{}">{}</text>"##,
                y + cell / 2.0 + 0.35 * n_font,
                ink(fill),
                c.n_statements
            );
        }
    }
    if nr > 0 && nc > 0 {
        let _ = writeln!(
            s,
            r##"<rect x="{left:.1}" y="{top:.1}" width="{grid_w:.1}" height="{grid_h:.1}" fill="none" stroke="#888888" stroke-width="1"/>"##
        );
    }
    // Legend: the colour scale with ticks, and the swatch of empty cells.
    let lx = left;
    let _ = writeln!(
        s,
        r##"<text x="{lx:.1}" y="{:.1}" font-size="11" fill="#111111">mean stance score</text>
<rect x="{lx:.1}" y="{:.1}" width="{legend_w:.0}" height="12" fill="url(#scale)" stroke="#888888" stroke-width="0.5"/>"##,
        legend_y - 4.0,
        legend_y
    );
    for (k, label) in ["\u{2212}1", "\u{2212}0.5", "0", "+0.5", "+1"]
        .iter()
        .enumerate()
    {
        let x = lx + legend_w * k as f64 / 4.0;
        let anchor = "middle";
        let _ = writeln!(
            s,
            r##"<line x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{:.1}" stroke="#555555" stroke-width="1"/>
<text x="{x:.1}" y="{:.1}" font-size="10" text-anchor="{anchor}" fill="#111111">{label}</text>"##,
            legend_y + 12.0,
            legend_y + 16.0,
            legend_y + 27.0,
        );
    }
    let _ = writeln!(
        s,
        r##"<text x="{lx:.1}" y="{y:.1}" font-size="10" fill="#555555">negative</text>
<text x="{:.1}" y="{y:.1}" font-size="10" text-anchor="middle" fill="#555555">neutral</text>
<text x="{:.1}" y="{y:.1}" font-size="10" text-anchor="end" fill="#555555">positive</text>"##,
        lx + legend_w / 2.0,
        lx + legend_w,
        y = legend_y + 40.0,
    );
    let sx = lx + legend_w + 24.0;
    let empty = if m.options.min_support > 1 {
        format!("no statement, or fewer than {}", m.options.min_support)
    } else {
        "no statement".to_string()
    };
    let _ = writeln!(
        s,
        r##"<rect x="{sx:.1}" y="{:.1}" width="14" height="14" fill="url(#none)" stroke="#888888" stroke-width="0.5"/>
<text x="{:.1}" y="{:.1}" font-size="11" fill="#111111">{}</text>
</svg>"##,
        legend_y - 1.0,
        sx + 20.0,
        legend_y + 10.0,
        esc(&empty)
    );
    s
}

/// Writes `matrix.csv`, `matrix_wide.csv` and `matrix.svg` into `out`; returns their
/// paths.
pub fn write_all(docs: &[Document], out: &Path, options: Options) -> Result<Vec<PathBuf>> {
    let long = aggregate(docs, options);
    let whole = if options.by.is_some() {
        aggregate(
            docs,
            Options {
                by: None,
                ..options
            },
        )
    } else {
        long.clone()
    };
    let wide = Wide::new(&whole);
    let paths = [
        out.join("matrix.csv"),
        out.join("matrix_wide.csv"),
        out.join("matrix.svg"),
    ];
    write_matrix_csv(&long, &paths[0])?;
    write_wide_csv(&wide, &paths[1])?;
    let svg = render_svg(&whole, &wide);
    write_atomic(&paths[2], |w| Ok(w.write_all(svg.as_bytes())?))?;
    Ok(paths.to_vec())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn st(src: &str, tgt: &str, stance: &str, score: Option<f32>) -> Statement {
        Statement {
            speaker: format!("speaker of {src}"),
            speaker_actor: src.into(),
            target_actor: tgt.into(),
            stance: stance.into(),
            score,
            ..Default::default()
        }
    }

    fn doc(id: &str, date: Option<&str>, statements: Vec<Statement>) -> Document {
        let mut d = Document::new(id, "texte");
        d.date = date.map(str::to_string);
        d.statements = Some(statements);
        d
    }

    fn opts(by: Option<Period>, min_support: usize) -> Options {
        Options { by, min_support }
    }

    fn corpus() -> Vec<Document> {
        vec![
            doc(
                "d1",
                Some("2021-07-19"),
                vec![
                    st("USA", "CHN", "negative", Some(-1.0)),
                    st("USA", "CHN", "neutral", Some(0.0)),
                    st("CHN", "USA", "negative", None),
                ],
            ),
            doc(
                "d2",
                Some("2021-08-02"),
                vec![
                    st("USA", "CHN", "negative", Some(-0.5)),
                    st("FRA", "DEU", "positive", Some(1.0)),
                ],
            ),
            doc(
                "d3",
                None,
                vec![
                    st("USA", "CHN", "positive", None),
                    // Left out: no target actor, no value.
                    st("USA", "", "negative", Some(-1.0)),
                    st("USA", "RUS", "other", None),
                ],
            ),
        ]
    }

    fn find<'m>(m: &'m Matrix, period: Option<&str>, s: &str, t: &str) -> &'m Cell {
        m.cells
            .iter()
            .find(|c| c.period.as_deref() == period && c.source == s && c.target == t)
            .unwrap_or_else(|| panic!("no cell {period:?} {s} {t}"))
    }

    #[test]
    fn counts_and_means() {
        let m = aggregate(&corpus(), Options::default());
        assert_eq!(m.statements, 6);
        assert_eq!(m.documents, 3);
        let keys: Vec<(&str, &str)> = m
            .cells
            .iter()
            .map(|c| (c.source.as_str(), c.target.as_str()))
            .collect();
        assert_eq!(keys, [("CHN", "USA"), ("FRA", "DEU"), ("USA", "CHN")]);
        let c = find(&m, None, "USA", "CHN");
        assert_eq!(c.n_statements, 4);
        assert_eq!(c.n_documents, 3);
        assert_eq!((c.n_negative, c.n_neutral, c.n_positive), (2, 1, 1));
        // −1, 0, −0.5 and +1 (stance, no score) → −0.125.
        assert!((c.mean - -0.125).abs() < 1e-12);
        assert!(c.ci_low < c.mean && c.mean < c.ci_high);
        let c = find(&m, None, "CHN", "USA");
        assert_eq!((c.n_statements, c.mean), (1, -1.0));
        assert_eq!((c.ci_low, c.ci_high), (-1.0, 1.0));
    }

    #[test]
    fn score_is_the_one_statements_csv_shows() {
        let d = doc(
            "d",
            None,
            vec![
                st("A", "B", "negative", Some(-0.33349)),
                st("A", "B", "weird", Some(0.0001)),
                st("A", "B", "weird", Some(f32::NAN)),
            ],
        );
        let m = aggregate(&[d], Options::default());
        let c = &m.cells[0];
        // −0.333 and 0.000; the NaN score with no stance is left out.
        assert_eq!(c.n_statements, 2);
        assert!((c.mean - -0.1665).abs() < 1e-12);
        assert_eq!((c.n_negative, c.n_neutral, c.n_positive), (1, 1, 0));
    }

    #[test]
    fn interval_orders_narrows_and_stays_in_range() {
        for mean in [-1.0, -0.6, 0.0, 0.3, 1.0] {
            let mut last = f64::INFINITY;
            for n in [2usize, 3, 5, 10, 30, 100, 1000] {
                let (lo, hi) = interval(mean, vec![1; n]);
                assert!(-1.0 <= lo && lo <= mean && mean <= hi && hi <= 1.0);
                assert!(hi - lo < last, "mean {mean} n {n}: {} !< {last}", hi - lo);
                assert!(hi > lo, "zero width at n {n}");
                last = hi - lo;
            }
            assert!(last < 0.13, "width {last} at n 1000");
        }
        assert_eq!(interval(0.5, [1]), (-1.0, 1.0));
        assert_eq!(interval(0.5, []), (-1.0, 1.0));
        // Statements of one document weigh as one observation: wider than the same
        // number spread over as many documents.
        let (a, b) = interval(-1.0, [4]);
        let (c, d) = interval(-1.0, [1, 1, 1, 1]);
        assert!(b - a > d - c);
        assert_eq!(interval(-1.0, [2, 2]), interval(-1.0, [1, 1]));
    }

    #[test]
    fn minimum_support_leaves_cells_out() {
        let m = aggregate(&corpus(), opts(None, 2));
        assert_eq!(m.cells.len(), 1);
        assert_eq!(m.cells[0].source, "USA");
        assert_eq!((m.dropped_cells, m.dropped_statements), (2, 2));
        assert_eq!(m.statements, 6);
        assert!(aggregate(&corpus(), opts(None, 5)).cells.is_empty());
        // 0 counts as 1.
        assert_eq!(
            aggregate(&corpus(), opts(None, 0)).cells,
            aggregate(&corpus(), opts(None, 1)).cells
        );
    }

    #[test]
    fn periods_by_month_and_year() {
        assert_eq!(Period::Month.of(Some("2021-07-19")), "2021-07");
        assert_eq!(Period::Year.of(Some("2021-07-19")), "2021");
        assert_eq!(Period::Month.of(Some("2021-07-19T08:30:00Z")), "2021-07");
        assert_eq!(Period::Year.of(Some("2021")), "2021");
        assert_eq!(Period::Month.of(Some("2021")), "unknown");
        for bad in [
            None,
            Some(""),
            Some("19/07/2021"),
            Some("2021-13-01"),
            Some("2021-7-19"),
            Some("21-07-19"),
            Some("2021-07-191"),
            Some("2021-07-00"),
        ] {
            assert_eq!(Period::Month.of(bad), "unknown", "{bad:?}");
        }
        let m = aggregate(&corpus(), opts(Some(Period::Month), 1));
        let keys: Vec<(&str, &str, &str)> = m
            .cells
            .iter()
            .map(|c| {
                (
                    c.period.as_deref().unwrap(),
                    c.source.as_str(),
                    c.target.as_str(),
                )
            })
            .collect();
        assert_eq!(
            keys,
            [
                ("2021-07", "CHN", "USA"),
                ("2021-07", "USA", "CHN"),
                ("2021-08", "FRA", "DEU"),
                ("2021-08", "USA", "CHN"),
                ("unknown", "USA", "CHN"),
            ]
        );
        let c = find(&m, Some("2021-07"), "USA", "CHN");
        assert_eq!((c.n_statements, c.n_documents, c.mean), (2, 1, -0.5));
        let m = aggregate(&corpus(), opts(Some(Period::Year), 1));
        assert_eq!(find(&m, Some("2021"), "USA", "CHN").n_statements, 3);
        assert_eq!(find(&m, Some("unknown"), "USA", "CHN").n_statements, 1);
    }

    fn read(p: &Path) -> String {
        std::fs::read_to_string(p).unwrap()
    }

    #[test]
    fn files_long_wide_and_periods() {
        let dir = tempfile::tempdir().unwrap();
        let files = write_all(&corpus(), dir.path(), Options::default()).unwrap();
        assert_eq!(files.len(), 3);
        assert_eq!(
            read(&files[0]),
            "source_actor,target_actor,n_statements,n_documents,n_negative,n_neutral,n_positive,mean_score,ci_low,ci_high\n\
             CHN,USA,1,1,1,0,0,-1.000,-1.000,1.000\n\
             FRA,DEU,1,1,0,0,1,1.000,-1.000,1.000\n\
             USA,CHN,4,3,2,1,1,-0.125,-0.817,0.715\n"
        );
        assert_eq!(
            read(&files[1]),
            "source_actor,CHN,DEU,USA\nCHN,,,-1.000\nFRA,,1.000,\nUSA,-0.125,,\n"
        );
        // With periods: a period column in matrix.csv; the wide file is the whole corpus.
        let by = write_all(&corpus(), dir.path(), opts(Some(Period::Year), 1)).unwrap();
        let long = read(&by[0]);
        assert!(long.starts_with("period,source_actor,target_actor,n_statements,"));
        assert!(long.contains("\n2021,USA,CHN,3,2,"));
        assert!(long.contains("\nunknown,USA,CHN,1,1,0,0,1,1.000,-1.000,1.000\n"));
        assert_eq!(
            read(&by[1]),
            "source_actor,CHN,DEU,USA\nCHN,,,-1.000\nFRA,,1.000,\nUSA,-0.125,,\n"
        );
        // Minimum support applies to the wide file and the SVG too.
        let min = write_all(&corpus(), dir.path(), opts(None, 2)).unwrap();
        assert_eq!(read(&min[1]), "source_actor,CHN\nUSA,-0.125\n");
        assert_eq!(read(&min[2]).matches(r#"<rect class="cell""#).count(), 1);
    }

    #[test]
    fn output_is_deterministic_and_never_minus_zero() {
        let mut docs = corpus();
        docs.push(doc(
            "d4",
            None,
            vec![
                st("A", "B", "x", Some(-0.0001)),
                st("A", "B", "x", Some(0.0)),
            ],
        ));
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let fa = write_all(&docs, a.path(), Options::default()).unwrap();
        docs.reverse();
        let fb = write_all(&docs, b.path(), Options::default()).unwrap();
        for (x, y) in fa.iter().zip(&fb) {
            assert_eq!(read(x), read(y), "{}", x.display());
            assert!(!read(x).contains("-0.000"));
        }
        assert!(read(&fa[1]).contains("A,0.000,"));
    }

    /// A small XML well-formedness check: one root, tags nest, attributes quoted, text
    /// and attribute values hold no raw `<` and only the five named or numeric entities.
    fn check_xml(s: &str) -> Result<usize, String> {
        fn check_text(t: &str) -> Result<(), String> {
            if t.contains('<') {
                return Err(format!("raw < in {t:?}"));
            }
            let mut rest = t;
            while let Some(i) = rest.find('&') {
                let tail = &rest[i + 1..];
                let end = tail
                    .find(';')
                    .ok_or(format!("unterminated entity in {t:?}"))?;
                let name = &tail[..end];
                let ok = ["amp", "lt", "gt", "quot", "apos"].contains(&name)
                    || name
                        .strip_prefix('#')
                        .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
                if !ok {
                    return Err(format!("bad entity &{name};"));
                }
                rest = &tail[end + 1..];
            }
            Ok(())
        }
        let mut s = s.trim_start();
        if let Some(rest) = s.strip_prefix("<?xml") {
            s = &rest[rest.find("?>").ok_or("unterminated prolog")? + 2..];
        }
        let (mut stack, mut roots, mut elements) = (Vec::<String>::new(), 0, 0);
        while !s.is_empty() {
            let lt = s.find('<').unwrap_or(s.len());
            let text = &s[..lt];
            if stack.is_empty() && !text.trim().is_empty() {
                return Err(format!("text outside the root: {text:?}"));
            }
            check_text(text)?;
            s = &s[lt..];
            if s.is_empty() {
                break;
            }
            let gt = s.find('>').ok_or("unterminated tag")?;
            let tag = &s[1..gt];
            s = &s[gt + 1..];
            if let Some(name) = tag.strip_prefix('/') {
                let open = stack.pop().ok_or(format!("</{name}> closes nothing"))?;
                if open != name.trim() {
                    return Err(format!("<{open}> closed by </{name}>"));
                }
                continue;
            }
            let (body, empty) = match tag.strip_suffix('/') {
                Some(b) => (b, true),
                None => (tag, false),
            };
            let name_end = body.find(char::is_whitespace).unwrap_or(body.len());
            let name = &body[..name_end];
            if name.is_empty()
                || !name
                    .chars()
                    .all(|c| c.is_alphanumeric() || c == '-' || c == ':' || c == '_')
            {
                return Err(format!("bad element name {name:?}"));
            }
            // Attributes: name="value" pairs, each name once.
            let mut attrs = body[name_end..].trim();
            let mut seen = BTreeSet::new();
            while !attrs.is_empty() {
                let eq = attrs
                    .find('=')
                    .ok_or(format!("attribute without value in <{tag}>"))?;
                let an = attrs[..eq].trim();
                if !seen.insert(an) {
                    return Err(format!("attribute {an} twice in <{tag}>"));
                }
                let v = attrs[eq + 1..].trim_start();
                let q = v
                    .chars()
                    .next()
                    .filter(|c| *c == '"' || *c == '\'')
                    .ok_or(format!("unquoted attribute in <{tag}>"))?;
                let close = v[1..].find(q).ok_or("unterminated attribute")?;
                check_text(&v[1..1 + close])?;
                attrs = v[close + 2..].trim_start();
            }
            if stack.is_empty() {
                roots += 1;
            }
            elements += 1;
            if !empty {
                stack.push(name.to_string());
            }
        }
        if !stack.is_empty() {
            return Err(format!("unclosed {stack:?}"));
        }
        if roots != 1 {
            return Err(format!("{roots} root elements"));
        }
        Ok(elements)
    }

    #[test]
    fn the_xml_check_catches_errors() {
        assert!(check_xml("<a><b x=\"1\"/>t &amp; u</a>").is_ok());
        for bad in [
            "<a><b></a>",
            "<a>1 < 2</a>",
            "<a x=1/>",
            "<a/><b/>",
            "<a>&nbsp;</a>",
            "<a>",
        ] {
            assert!(check_xml(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn svg_is_well_formed_with_one_rect_per_cell() {
        let mut docs = corpus();
        docs.push(doc(
            "d5",
            None,
            vec![
                st("A&B", "<X>", "negative", Some(-1.0)),
                st("\"Q'", "A&B", "positive", None),
            ],
        ));
        let m = aggregate(&docs, Options::default());
        let w = Wide::new(&m);
        let svg = render_svg(&m, &w);
        check_xml(&svg).unwrap_or_else(|e| panic!("{e}\n{svg}"));
        assert!(
            svg.starts_with("<?xml") && svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        );
        assert_eq!(svg.matches(r#"<rect class="cell""#).count(), m.cells.len());
        assert_eq!(m.cells.len(), 5);
        assert!(svg.contains("A&amp;B → &lt;X&gt;: mean \u{2212}1.00"));
        // Colours: red for negative, blue for positive, near-white for 0.
        let usa_chn = find(&m, None, "USA", "CHN");
        assert!(svg.contains(&format!("fill=\"{}\"", hex(color(usa_chn.mean)))));
        assert_eq!(hex(color(-1.0)), "#b2182b");
        assert_eq!(hex(color(0.0)), "#f7f7f7");
        assert_eq!(hex(color(1.0)), "#2166ac");
        let (r, _, b) = (color(-0.3)[0], 0, color(-0.3)[2]);
        assert!(r > b);
        let c = color(0.3);
        assert!(c[2] > c[0]);
        // Nothing to show: still a well-formed SVG, no cell.
        let empty = aggregate(&[], Options::default());
        let svg = render_svg(&empty, &Wide::new(&empty));
        check_xml(&svg).unwrap();
        assert!(!svg.contains("class=\"cell\""));
    }

    #[test]
    fn svg_size_scales_with_the_number_of_actors() {
        let size = |n: usize| -> (f64, f64, usize) {
            let codes: Vec<String> = (0..n).map(|i| format!("A{i:02}")).collect();
            let statements = (0..n)
                .map(|i| st(&codes[i], &codes[(i + 1) % n], "negative", Some(-1.0)))
                .collect();
            let m = aggregate(&[doc("d", None, statements)], Options::default());
            let svg = render_svg(&m, &Wide::new(&m));
            check_xml(&svg).unwrap();
            let attr = |name: &str| -> f64 {
                let i = svg.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
                svg[i..i + svg[i..].find('"').unwrap()].parse().unwrap()
            };
            (
                attr("width"),
                attr("height"),
                svg.matches("class=\"cell\"").count(),
            )
        };
        let (w5, h5, n5) = size(5);
        let (w60, h60, n60) = size(60);
        let (w150, h150, _) = size(150);
        assert_eq!((n5, n60), (5, 60));
        assert!(w5 < w60 && h5 < h60);
        assert!(w60 <= 1300.0 && h60 <= 1300.0, "{w60}x{h60}");
        assert!(w150 <= 1700.0 && h150 <= 1800.0, "{w150}x{h150}");
    }
}
