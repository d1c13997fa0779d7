//! Actor resolution on the gold sample corpus: the resolver runs on the gold entities
//! (their `actor` fields removed) and its codes are compared with the gold ones.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use depeche::actors::{self, MentionKind};
use depeche::document::Document;
use depeche::ingest::read_labelled;

fn labelled(name: &str) -> Option<Vec<Document>> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpora/gold")
        .join(name);
    path.exists()
        .then(|| read_labelled(&path).unwrap_or_else(|e| panic!("{e:#}")))
}

fn gold() -> Vec<Document> {
    labelled("sample.jsonl").expect("corpora/gold/sample.jsonl")
}

/// Runs the resolver on the gold entities (actors removed, after `text::segment`) and
/// returns (right, total, confusions gold → predicted with their mentions).
fn score(docs: &[Document]) -> (usize, usize, BTreeMap<(String, String), Vec<String>>) {
    let mut total = 0usize;
    let mut right = 0usize;
    let mut confusions: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for g in docs {
        let Some(gold_entities) = &g.entities else {
            continue;
        };
        let mut d = g.clone();
        d.sentences = depeche::text::segment(&d.text);
        for e in d.entities.iter_mut().flatten() {
            e.actor = None;
        }
        actors::resolve_entities(&mut d);
        for (ge, pe) in gold_entities.iter().zip(d.entities.as_ref().unwrap()) {
            total += 1;
            if ge.actor == pe.actor {
                right += 1;
            } else {
                let show = |a: &Option<String>| a.clone().unwrap_or_else(|| "-".into());
                confusions
                    .entry((show(&ge.actor), show(&pe.actor)))
                    .or_default()
                    .push(format!("{} {:?} ({})", g.id, ge.text, ge.label));
            }
        }
    }
    (right, total, confusions)
}

/// Share of gold entities whose predicted actor equals the gold one (None included).
#[test]
fn actor_accuracy_on_the_gold_sample() {
    let (right, total, confusions) = score(&gold());
    let accuracy = right as f64 / total as f64;
    println!("actor accuracy on the gold sample: {right}/{total} = {accuracy:.3}");
    for ((gold, pred), cases) in &confusions {
        println!("  gold {gold:>6} predicted {pred:>6}: {}", cases.join("; "));
    }
    assert!(total > 300, "only {total} gold entities");
    assert!(accuracy >= 0.97, "actor accuracy {accuracy:.3} below 0.97");
}

/// The same on the dev set, when the corpus has one.
#[test]
fn actor_accuracy_on_the_dev_set() {
    let Some(docs) = labelled("dev.jsonl") else {
        println!("no corpora/gold/dev.jsonl: skipped");
        return;
    };
    let (right, total, confusions) = score(&docs);
    let accuracy = right as f64 / total as f64;
    println!("actor accuracy on the dev set: {right}/{total} = {accuracy:.3}");
    for ((gold, pred), cases) in &confusions {
        println!("  gold {gold:>6} predicted {pred:>6}: {}", cases.join("; "));
    }
    assert!(accuracy >= 0.95, "actor accuracy {accuracy:.3} below 0.95");
}

/// The held-out test set is only scored: its figure is printed, its errors are not.
#[test]
fn actor_accuracy_on_the_test_set_is_reported() {
    let Some(docs) = labelled("test.jsonl") else {
        println!("no corpora/gold/test.jsonl: skipped");
        return;
    };
    let (right, total, _) = score(&docs);
    println!(
        "actor accuracy on the held-out test set: {right}/{total} = {:.3}",
        right as f64 / total as f64
    );
}

/// The speakers that the gold statements name by function alone are found as mentions.
#[test]
fn function_speakers_of_the_gold_sample_are_mentions() {
    let docs = gold();
    let mut expected = 0;
    let mut found = 0;
    for g in &docs {
        let entity_texts: HashSet<&str> = g
            .entities
            .iter()
            .flatten()
            .map(|e| e.text.as_str())
            .collect();
        let mentions = actors::actor_mentions(&without_labels(g));
        for st in g.statements.iter().flatten() {
            let (speaker, actor) = (st.speaker.as_str(), st.speaker_actor.as_str());
            let lower = speaker.to_lowercase();
            let is_phrase = !entity_texts
                .iter()
                .any(|t| lower.ends_with(&t.to_lowercase()));
            if !is_phrase {
                continue;
            }
            expected += 1;
            let hit = mentions.iter().any(|m| {
                m.actor == actor
                    && m.kind != MentionKind::Name
                    && (m.text.to_lowercase() == lower || m.text.to_lowercase().ends_with(&lower))
            });
            if hit {
                found += 1;
            } else {
                println!("missed speaker {speaker:?} ({actor}) in {}", g.id);
            }
        }
    }
    println!("function speakers found as mentions: {found}/{expected}");
    assert!(
        expected >= 8,
        "only {expected} function speakers in the gold sample"
    );
    assert_eq!(found, expected);
}

/// Every UN member state, the two observers and the organisations of ANNOTATION.md.
#[test]
fn gazetteer_covers_un_members_observers_and_organisations() {
    const UN_MEMBERS: &str = "AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH \
        BLR BLZ BOL BRA BRB BRN BTN BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE DEU DJI \
        DMA DNK DOM DZA ECU EGY ERI ESP EST ETH FIN FJI FRA FSM GAB GBR GEO GHA GIN GMB GNB GNQ GRC GRD GTM GUY \
        HND HRV HTI HUN IDN IND IRL IRN IRQ ISL ISR ITA JAM JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR \
        LBY LCA LIE LKA LSO LTU LUX LVA MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MOZ MRT MUS MWI MYS \
        NAM NER NGA NIC NLD NOR NPL NRU NZL OMN PAK PAN PER PHL PLW PNG POL PRK PRT PRY QAT ROU RUS RWA SAU SDN \
        SEN SGP SLB SLE SLV SMR SOM SRB SSD STP SUR SVK SVN SWE SWZ SYC SYR TCD TGO THA TJK TKM TLS TON TTO TUN \
        TUR TUV TZA UGA UKR URY USA UZB VCT VEN VNM VUT WSM YEM ZAF ZMB ZWE";
    let members: Vec<&str> = UN_MEMBERS.split_whitespace().collect();
    assert_eq!(members.len(), 193);
    let g = actors::gazetteer();
    for code in &members {
        let s = g
            .state(code)
            .unwrap_or_else(|| panic!("UN member {code} missing"));
        assert_eq!(s.status, "member", "{code}");
        assert_eq!(
            actors::lookup(&s.name).as_deref(),
            Some(*code),
            "{code} {}",
            s.name
        );
    }
    assert_eq!(
        g.states.iter().filter(|s| s.status == "member").count(),
        193
    );
    for (code, name) in [("VAT", "Saint-Siège"), ("PSE", "Palestine")] {
        assert_eq!(g.state(code).map(|s| s.status.as_str()), Some("observer"));
        assert_eq!(actors::lookup(name).as_deref(), Some(code));
    }
    for (code, names) in [
        (
            "EU",
            &["l'UE", "l'Union européenne", "la Commission européenne"][..],
        ),
        ("NATO", &["l'Otan", "l'OTAN", "l'Alliance atlantique"]),
        (
            "UN",
            &[
                "l'ONU",
                "les Nations unies",
                "le Conseil de sécurité",
                "l'Unicef",
                "le HCR",
                "le PAM",
            ],
        ),
        ("G7", &["le G7"]),
        ("AU", &["l'Union africaine", "l'UA"]),
        (
            "ASEAN",
            &["l'Asean", "l'Association des nations de l'Asie du Sud-Est"],
        ),
        (
            "IAEA",
            &["l'AIEA", "l'Agence internationale de l'énergie atomique"],
        ),
        ("WHO", &["l'OMS", "l'Organisation mondiale de la santé"]),
        ("IMF", &["le FMI", "le Fonds monétaire international"]),
        ("ICC", &["la CPI", "la Cour pénale internationale"]),
        (
            "ECOWAS",
            &[
                "la Cédéao",
                "la Communauté économique des Etats de l'Afrique de l'Ouest",
            ],
        ),
    ] {
        for n in names {
            assert_eq!(actors::lookup(n).as_deref(), Some(code), "{n}");
        }
    }
}

/// The document with its gold entities (actors removed) and no statements.
fn without_labels(doc: &Document) -> Document {
    let mut d = doc.clone();
    d.statements = None;
    for e in d.entities.iter_mut().flatten() {
        e.actor = None;
    }
    d
}
