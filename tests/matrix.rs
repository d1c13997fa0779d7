//! The stance matrix written by `depeche analyze` on the shared seed dispatch.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

type Row = BTreeMap<String, String>;

fn rows(path: &Path) -> Vec<Row> {
    let mut r = csv::Reader::from_path(path).unwrap();
    let headers = r.headers().unwrap().clone();
    r.records()
        .map(|rec| {
            headers
                .iter()
                .zip(rec.unwrap().iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

fn analyze(out: &Path, extra: &[&str]) {
    let seed = common::shared().join("gold/seed.jsonl");
    let mut args = vec![
        "analyze",
        seed.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend(extra);
    let o = common::depeche(&args);
    assert!(o.status.success(), "{}", common::stderr(&o));
}

#[test]
fn seed_matrix_files() {
    common::encoder_dir();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    analyze(&out, &[]);

    let long = rows(&out.join("matrix.csv"));
    let mut r = csv::Reader::from_path(out.join("matrix.csv")).unwrap();
    assert_eq!(
        r.headers().unwrap(),
        vec![
            "source_actor",
            "target_actor",
            "n_statements",
            "n_documents",
            "n_negative",
            "n_neutral",
            "n_positive",
            "mean_score",
            "ci_low",
            "ci_high"
        ]
    );
    // The founding example, exactly: the allies → CHN negative, NATO → CHN neutral,
    // CHN → USA and CHN → AUS negative, nothing else. A cell's stance is the one most of
    // its statements have (the model's scores are probabilities: NATO's neutral
    // statement scores near, not at, 0).
    let got: BTreeSet<(String, String, &str)> = long
        .iter()
        .map(|r| {
            let n = |k: &str| r[k].parse::<usize>().unwrap();
            let counts = [
                (n("n_negative"), "negative"),
                (n("n_neutral"), "neutral"),
                (n("n_positive"), "positive"),
            ];
            let top = counts.iter().max_by_key(|(c, _)| *c).unwrap().1;
            (r["source_actor"].clone(), r["target_actor"].clone(), top)
        })
        .collect();
    let mut want: BTreeSet<(String, String, &str)> =
        ["USA", "GBR", "EU", "AUS", "CAN", "JPN", "NZL"]
            .iter()
            .map(|s| (s.to_string(), "CHN".to_string(), "negative"))
            .collect();
    want.insert(("NATO".into(), "CHN".into(), "neutral"));
    want.insert(("CHN".into(), "USA".into(), "negative"));
    want.insert(("CHN".into(), "AUS".into(), "negative"));
    assert_eq!(got, want);
    for r in &long {
        let f = |k: &str| r[k].parse::<f64>().unwrap();
        assert!(-1.0 <= f("ci_low") && f("ci_low") <= f("mean_score"));
        assert!(f("mean_score") <= f("ci_high") && f("ci_high") <= 1.0);
    }

    // Every number comes from statements.csv: same actor codes, doc ids and scores.
    let mut cells: BTreeMap<(String, String), (usize, BTreeSet<String>, f64)> = BTreeMap::new();
    for s in rows(&out.join("statements.csv")) {
        let c = cells
            .entry((s["speaker_actor"].clone(), s["target_actor"].clone()))
            .or_default();
        c.0 += 1;
        c.1.insert(s["doc_id"].clone());
        c.2 += s["score"].parse::<f64>().unwrap();
    }
    assert_eq!(cells.len(), long.len());
    for (r, ((s, t), (n, docs, sum))) in long.iter().zip(&cells) {
        assert_eq!((&r["source_actor"], &r["target_actor"]), (s, t));
        assert_eq!(r["n_statements"], n.to_string());
        assert_eq!(r["n_documents"], docs.len().to_string());
        assert_eq!(r["mean_score"], format!("{:.3}", sum / *n as f64));
    }

    // The wide matrix and the heatmap.
    let wide = fs::read_to_string(out.join("matrix_wide.csv")).unwrap();
    let header = wide.lines().next().unwrap();
    assert!(header.starts_with("source_actor,"), "{header}");
    assert!(header.split(',').any(|t| t == "CHN"));
    let svg = fs::read_to_string(out.join("matrix.svg")).unwrap();
    assert!(svg.starts_with("<?xml") && svg.trim_end().ends_with("</svg>"));
    assert_eq!(svg.matches("<rect class=\"cell\"").count(), long.len());

    // Byte-identical with one thread.
    let out1 = dir.path().join("one-thread");
    analyze(&out1, &["--threads", "1"]);
    for f in ["matrix.csv", "matrix_wide.csv", "matrix.svg"] {
        assert_eq!(
            fs::read(out.join(f)).unwrap(),
            fs::read(out1.join(f)).unwrap(),
            "{f} differs with --threads 1"
        );
    }
}

#[test]
fn seed_matrix_by_month_with_minimum_support() {
    common::encoder_dir();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    // The seed has one statement per cell: with the sample corpus beside it, some
    // cells reach two.
    analyze(
        &out,
        &["corpora/sample", "--by", "month", "--min-support", "2"],
    );
    let long = rows(&out.join("matrix.csv"));
    assert!(!long.is_empty());
    for r in &long {
        let p = &r["period"];
        assert!(
            p == "unknown" || (p.len() == 7 && &p[4..5] == "-" && p.starts_with("20")),
            "{r:?}"
        );
        assert!(r["n_statements"].parse::<usize>().unwrap() >= 2, "{r:?}");
    }
    assert!(
        !long.iter().any(|r| r["period"] == "2021-07"),
        "seed cells have 1 statement"
    );
    // Cells below support are out of the wide file and the SVG too.
    let wide = fs::read_to_string(out.join("matrix_wide.csv")).unwrap();
    let filled = wide
        .lines()
        .skip(1)
        .flat_map(|l| l.split(',').skip(1))
        .filter(|v| !v.is_empty())
        .count();
    assert_eq!(filled, long.len());
    let svg = fs::read_to_string(out.join("matrix.svg")).unwrap();
    assert_eq!(svg.matches("<rect class=\"cell\"").count(), long.len());

    // clap refuses a minimum support of 0 before anything runs.
    let o = common::depeche(&["analyze", "x", "--out", "y", "--min-support", "0"]);
    assert!(!o.status.success());
    assert!(
        common::stderr(&o).contains("--min-support"),
        "{}",
        common::stderr(&o)
    );
}
