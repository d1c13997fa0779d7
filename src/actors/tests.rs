use super::*;
use crate::document::{Document, Entity};

/// A document whose entities are the given (surface, label) pairs, found left to right.
fn doc(text: &str, specs: &[(&str, &str)]) -> Document {
    let mut entities = Vec::new();
    let mut from = 0; // byte offset
    for (surface, label) in specs {
        let at = from
            + text[from..]
                .find(surface)
                .unwrap_or_else(|| panic!("{surface:?} not in text after {from}"));
        let start = text[..at].chars().count();
        let end = start + surface.chars().count();
        entities.push(Entity {
            start,
            end,
            label: label.to_string(),
            text: surface.to_string(),
            actor: None,
            score: None,
        });
        from = at + surface.len();
    }
    let mut d = Document::new("t", text);
    d.entities = Some(entities);
    d
}

fn actors(text: &str, specs: &[(&str, &str)]) -> Vec<Option<String>> {
    resolve(&doc(text, specs)).entities
}

fn some(codes: &[&str]) -> Vec<Option<String>> {
    codes
        .iter()
        .map(|c| {
            if c.is_empty() {
                None
            } else {
                Some(c.to_string())
            }
        })
        .collect()
}

fn mentions(text: &str) -> Vec<(String, String, MentionKind)> {
    actor_mentions(&Document::new("t", text))
        .into_iter()
        .map(|m| (m.text, m.actor, m.kind))
        .collect()
}

#[test]
fn gazetteer_has_every_un_member_and_observer() {
    let g = gazetteer();
    let members = g.states.iter().filter(|s| s.status == "member").count();
    assert_eq!(members, 193);
    assert_eq!(g.state("VAT").unwrap().status, "observer");
    assert_eq!(g.state("PSE").unwrap().status, "observer");
    for code in [
        "EU", "NATO", "UN", "G7", "AU", "ASEAN", "IAEA", "WHO", "IMF", "ICC", "ECOWAS",
    ] {
        assert!(g.codes().contains(code), "{code}");
    }
}

#[test]
fn names_variants_accents_articles_apostrophes() {
    for s in [
        "les Etats-Unis",
        "États-Unis",
        "Etats-Unis",
        "les États-Unis",
        "Etats Unis",
    ] {
        assert_eq!(lookup(s).as_deref(), Some("USA"), "{s}");
    }
    for s in [
        "la Chine",
        "Chine",
        "chine",
        "République populaire de Chine",
    ] {
        assert_eq!(lookup(s).as_deref(), Some("CHN"), "{s}");
    }
    for (s, code) in [
        ("l'Otan", "NATO"),
        ("l’Otan", "NATO"),
        ("l'OTAN", "NATO"),
        ("l'Alliance atlantique", "NATO"),
        ("l'ONU", "UN"),
        ("les Nations unies", "UN"),
        ("le Conseil de sécurité", "UN"),
        ("l'Unicef", "UN"),
        ("le HCR", "UN"),
        ("le PAM", "UN"),
        ("l'UE", "EU"),
        ("l'Union européenne", "EU"),
        ("la Commission européenne", "EU"),
        ("la Cédéao", "ECOWAS"),
        ("la Cedeao", "ECOWAS"),
        (
            "la Communauté économique des Etats de l'Afrique de l'Ouest",
            "ECOWAS",
        ),
        ("l'Union africaine", "AU"),
        ("l'UA", "AU"),
        ("l'Asean", "ASEAN"),
        ("l'Association des nations de l'Asie du Sud-Est", "ASEAN"),
        ("l'AIEA", "IAEA"),
        ("l'OMS", "WHO"),
        ("le FMI", "IMF"),
        ("la CPI", "ICC"),
        ("la Cour pénale internationale", "ICC"),
        ("le G7", "G7"),
        ("le Kremlin", "RUS"),
        ("la Maison Blanche", "USA"),
        ("le Quai d'Orsay", "FRA"),
        ("le Quai d’Orsay", "FRA"),
        ("l'Elysée", "FRA"),
        ("l'Élysée", "FRA"),
        ("Matignon", "FRA"),
        ("Downing Street", "GBR"),
        ("le Pentagone", "USA"),
        ("le Département d'Etat", "USA"),
        ("le département d'État", "USA"),
        ("Zhongnanhai", "CHN"),
        ("la Knesset", "ISR"),
        ("Pékin", "CHN"),
        ("Kiev", "UKR"),
        ("Kyiv", "UKR"),
        ("La Haye", "NLD"),
        ("Tel-Aviv", "ISR"),
        ("Jérusalem", "ISR"),
        ("New Delhi", "IND"),
        ("Saint-Siège", "VAT"),
        ("Palestine", "PSE"),
        ("RDC", "COD"),
    ] {
        assert_eq!(lookup(s).as_deref(), Some(code), "{s}");
    }
    assert_eq!(lookup("Bruxelles").as_deref(), Some("EU"));
    assert_eq!(lookup("Commission"), None);
    assert_eq!(lookup("Kosovo").as_deref(), Some("XKX"));
    assert_eq!(lookup("Sahara occidental"), None);
    assert_eq!(lookup("Guyane"), None);
    assert_eq!(lookup("Seattle"), None);
}

#[test]
fn adjectives_in_four_forms() {
    for (forms, code) in [
        (
            ["américain", "américaine", "américains", "américaines"],
            "USA",
        ),
        (["chinois", "chinoise", "chinois", "chinoises"], "CHN"),
        (
            ["britannique", "britannique", "britanniques", "britanniques"],
            "GBR",
        ),
        (
            ["sud-coréen", "sud-coréenne", "sud-coréens", "sud-coréennes"],
            "KOR",
        ),
        (
            ["nigérien", "nigérienne", "nigériens", "nigériennes"],
            "NER",
        ),
        (["turc", "turque", "turcs", "turques"], "TUR"),
    ] {
        for f in forms {
            let e = gazetteer().entries(f);
            assert!(
                e.iter()
                    .any(|e| e.kind == EntryKind::Adjective && e.code == code),
                "{f} -> {code}: {e:?}"
            );
        }
    }
    assert_eq!(lookup("nigérian").as_deref(), Some("NGA"));
    assert_eq!(lookup("congolais"), None, "shared by two states: no actor");
}

#[test]
fn capitals_act_or_are_places() {
    let text = "Pékin a dénoncé mardi la visite à Pékin du ministre.";
    assert_eq!(
        actors(text, &[("Pékin", "LOC"), ("Pékin", "LOC")]),
        some(&["CHN", ""])
    );
    let text = "Selon Washington, la réunion à Washington a échoué. D'après Moscou, rien.";
    assert_eq!(
        actors(
            text,
            &[
                ("Washington", "LOC"),
                ("Washington", "LOC"),
                ("Moscou", "LOC")
            ]
        ),
        some(&["USA", "", "RUS"])
    );
    let text = "La Chine a accusé Washington et appelé Tokyo et La Haye à la retenue.";
    assert_eq!(
        actors(
            text,
            &[
                ("Chine", "LOC"),
                ("Washington", "LOC"),
                ("Tokyo", "LOC"),
                ("La Haye", "LOC")
            ]
        ),
        some(&["CHN", "USA", "JPN", "NLD"])
    );
    let text = "Il s'est rendu à Paris et Berlin, puis en Russie.";
    assert_eq!(
        actors(
            text,
            &[("Paris", "LOC"), ("Berlin", "LOC"), ("Russie", "LOC")]
        ),
        some(&["", "", "RUS"]),
        "a country keeps its code as a place"
    );
    let text = "Les combats dans la région de Kiev ont repris, a dénoncé Kiev.";
    assert_eq!(
        actors(text, &[("Kiev", "LOC"), ("Kiev", "LOC")]),
        some(&["", "UKR"])
    );
    let text = "Le FMI a versé 1,1 milliard de dollars à Kiev.";
    assert_eq!(
        actors(text, &[("FMI", "ORG"), ("Kiev", "LOC")]),
        some(&["IMF", "UKR"])
    );
}

#[test]
fn datelines_have_no_actor() {
    let text = "WASHINGTON (AFP) - Washington a sanctionné Moscou.";
    assert_eq!(
        actors(
            text,
            &[
                ("WASHINGTON", "LOC"),
                ("AFP", "ORG"),
                ("Washington", "LOC"),
                ("Moscou", "LOC")
            ]
        ),
        some(&["", "", "USA", "RUS"])
    );
    let text = "La Haye (AFP) - La CPI a émis un mandat.";
    assert_eq!(
        actors(text, &[("La Haye", "LOC"), ("CPI", "ORG")]),
        some(&["", "ICC"])
    );
}

#[test]
fn washington_the_state_or_the_city_is_no_actor() {
    let text = "Des collectionneurs de l'Etat de Washington prêtent des estampes.";
    assert_eq!(actors(text, &[("Washington", "LOC")]), some(&[""]));
    let text = "Une tempête de neige a paralysé Washington mardi.";
    assert_eq!(actors(text, &[("Washington", "LOC")]), some(&[""]));
    let text = "L'exposition fera étape à Washington, puis à Seattle (Etats-Unis).";
    assert_eq!(
        actors(
            text,
            &[
                ("Washington", "LOC"),
                ("Seattle", "LOC"),
                ("Etats-Unis", "LOC")
            ]
        ),
        some(&["", "", "USA"])
    );
    let text = "Washington a appelé Pékin à la retenue.";
    assert_eq!(
        actors(text, &[("Washington", "LOC"), ("Pékin", "LOC")]),
        some(&["USA", "CHN"])
    );
}

#[test]
fn bruxelles_is_the_union_or_belgium() {
    let text =
        "Bruxelles s'est montrée prudente. La Commission européenne « prend note » des mesures.";
    assert_eq!(
        actors(
            text,
            &[("Bruxelles", "LOC"), ("Commission européenne", "ORG")]
        ),
        some(&["EU", "EU"])
    );
    let text = "Bruxelles a convoqué l'ambassadeur du Congo, a indiqué le gouvernement belge.";
    assert_eq!(
        actors(text, &[("Bruxelles", "LOC"), ("Congo", "LOC")]),
        some(&["BEL", "COG"])
    );
    let text = "Le sommet se tiendra à Bruxelles, siège de l'UE.";
    assert_eq!(
        actors(text, &[("Bruxelles", "LOC"), ("UE", "ORG")]),
        some(&["", "EU"])
    );
}

#[test]
fn institutions_and_embassies() {
    let text = "Le ministère américain de la Justice a inculpé deux hommes.";
    assert_eq!(
        actors(text, &[("ministère américain de la Justice", "ORG")]),
        some(&["USA"])
    );
    let text = "L'ambassade de Chine à Canberra a protesté.";
    assert_eq!(
        actors(text, &[("Chine", "LOC"), ("Canberra", "LOC")]),
        some(&["CHN", ""])
    );
    assert_eq!(
        mentions(text),
        vec![(
            "L'ambassade de Chine à Canberra".to_string(),
            "CHN".to_string(),
            MentionKind::Body
        )]
    );
    let text =
        "Le Conseil des gouverneurs de l'AIEA et le Conseil de sécurité de l'ONU se réunissent.";
    assert_eq!(
        actors(
            text,
            &[
                ("Conseil des gouverneurs de l'AIEA", "ORG"),
                ("Conseil de sécurité de l'ONU", "ORG")
            ]
        ),
        some(&["IAEA", "UN"])
    );
    let text = "L'agence officielle nord-coréenne KCNA et le fabricant chinois SMIC ont réagi.";
    assert_eq!(
        actors(text, &[("KCNA", "ORG"), ("SMIC", "ORG")]),
        some(&["PRK", ""])
    );
    let text = "La Cour suprême américaine et le Front Polisario.";
    assert_eq!(
        actors(
            text,
            &[
                ("Cour suprême américaine", "ORG"),
                ("Front Polisario", "ORG")
            ]
        ),
        some(&["USA", ""])
    );
}

#[test]
fn persons_by_title_apposition_and_memory() {
    let text = "Antony Blinken, secrétaire d'Etat américain, a rencontré le président chinois Xi Jinping. \
                M. Blinken a ensuite vu Wang. Blinken est reparti.";
    assert_eq!(
        actors(
            text,
            &[
                ("Antony Blinken", "PER"),
                ("Xi Jinping", "PER"),
                ("Blinken", "PER"),
                ("Blinken", "PER")
            ]
        ),
        some(&["USA", "CHN", "USA", "USA"])
    );
    let text = "« Non », a déclaré le porte-parole de la diplomatie chinoise, Wang Bo. \
                Plus tard, M. Wang a ajouté que Pékin réagirait.";
    assert_eq!(
        actors(
            text,
            &[("Wang Bo", "PER"), ("Wang", "PER"), ("Pékin", "LOC")]
        ),
        some(&["CHN", "CHN", "CHN"])
    );
    let text = "Le coureur belge Wout Lemmens a gagné devant le Français Hugo Marchand. Lemmens a remercié.";
    assert_eq!(
        actors(
            text,
            &[
                ("Wout Lemmens", "PER"),
                ("Hugo Marchand", "PER"),
                ("Lemmens", "PER")
            ]
        ),
        some(&["", "", ""]),
        "private persons are no actors"
    );
    let text = "Au Kremlin, le porte-parole Anton Belov a jugé la demande absurde.";
    assert_eq!(
        actors(text, &[("Kremlin", "LOC"), ("Anton Belov", "PER")]),
        some(&["RUS", "RUS"])
    );
    let text = "La CPI vise un haut gradé de l'armée soudanaise, le général Ibrahim al-Tayeb. \
                « Le général al-Tayeb doit répondre », a dit la procureure adjointe de la CPI, Elise Marchal.";
    assert_eq!(
        actors(
            text,
            &[
                ("CPI", "ORG"),
                ("Ibrahim al-Tayeb", "PER"),
                ("al-Tayeb", "PER"),
                ("CPI", "ORG"),
                ("Elise Marchal", "PER")
            ]
        ),
        some(&["ICC", "SDN", "SDN", "ICC", "ICC"])
    );
    let text = "Le gouvernement soudanais a rejeté la décision. « Non », a affirmé son porte-parole, Khaled Osman.";
    assert_eq!(actors(text, &[("Khaled Osman", "PER")]), some(&["SDN"]));
    let text = "La Commission européenne « prend note », a déclaré l'un de ses porte-parole, Pieter Van Damme.";
    assert_eq!(
        actors(
            text,
            &[
                ("Commission européenne", "ORG"),
                ("Pieter Van Damme", "PER")
            ]
        ),
        some(&["EU", "EU"])
    );
    let text = "le Dr Samuel Okafor, chargé des urgences sanitaires à l'OMS, a insisté.";
    assert_eq!(
        actors(text, &[("Samuel Okafor", "PER"), ("OMS", "ORG")]),
        some(&["WHO", "WHO"])
    );
}

#[test]
fn function_phrases_without_entities() {
    let m = mentions("« Non », a déclaré le chef de la diplomatie britannique.");
    assert_eq!(
        m,
        vec![(
            "le chef de la diplomatie britannique".into(),
            "GBR".into(),
            MentionKind::Official
        )]
    );
    let m = mentions("Un porte-parole de la diplomatie chinoise a appelé au calme.");
    assert_eq!(
        m,
        vec![(
            "Un porte-parole de la diplomatie chinoise".into(),
            "CHN".into(),
            MentionKind::Official
        )]
    );
    let m = mentions(
        "Les autorités chinoises et le gouvernement chinois ont protesté, selon l'armée indienne.",
    );
    assert_eq!(
        m,
        vec![
            (
                "Les autorités chinoises".into(),
                "CHN".into(),
                MentionKind::Body
            ),
            (
                "le gouvernement chinois".into(),
                "CHN".into(),
                MentionKind::Body
            ),
            ("l'armée indienne".into(), "IND".into(), MentionKind::Body),
        ]
    );
    let m = mentions("a déclaré le secrétaire américain à la Santé, qui a accusé la Chine.");
    assert_eq!(
        m,
        vec![
            (
                "le secrétaire américain à la Santé".into(),
                "USA".into(),
                MentionKind::Official
            ),
            ("Chine".into(), "CHN".into(), MentionKind::Name),
        ]
    );
    let m = mentions(
        "Le ministre X des Affaires étrangères ? Le ministre nigérien de la Défense a parlé.",
    );
    assert_eq!(
        m,
        vec![(
            "Le ministre nigérien de la Défense".into(),
            "NER".into(),
            MentionKind::Official
        )]
    );
    let m = mentions("Le directeur général de l'OMS a remercié l'Allemagne.");
    assert_eq!(
        m,
        vec![
            (
                "Le directeur général de l'OMS".into(),
                "WHO".into(),
                MentionKind::Official
            ),
            ("Allemagne".into(), "DEU".into(), MentionKind::Name),
        ]
    );
    let m = mentions("La junte au pouvoir au Mali a accusé Paris.");
    assert_eq!(
        m,
        vec![
            (
                "La junte au pouvoir au Mali".into(),
                "MLI".into(),
                MentionKind::Body
            ),
            ("Paris".into(), "FRA".into(), MentionKind::Name),
        ]
    );
    let m = mentions("Le président du club et le maire de Lyon ont parlé.");
    assert_eq!(m, vec![]);
    let m = mentions("L'ancien président américain a parlé.");
    assert_eq!(m, vec![], "a former official is no actor");
}

#[test]
fn both_apostrophes_and_missing_accents() {
    for text in [
        "Le Quai d'Orsay a répondu.",
        "Le Quai d’Orsay a répondu.",
        "Le Quai d’Orsay a repondu.",
    ] {
        let d = doc(
            text,
            &[(
                if text.contains('’') {
                    "Quai d’Orsay"
                } else {
                    "Quai d'Orsay"
                },
                "LOC",
            )],
        );
        assert_eq!(resolve(&d).entities, some(&["FRA"]), "{text}");
    }
    let m = mentions("Les Etats-Unis et les États-Unis, l’Otan et l'OTAN.");
    let codes: Vec<&str> = m.iter().map(|x| x.1.as_str()).collect();
    assert_eq!(codes, vec!["USA", "USA", "NATO", "NATO"]);
}

#[test]
fn resolve_entities_sets_actors_in_place() {
    let mut d = doc(
        "Téhéran a dénoncé le rapport de l'AIEA.",
        &[("Téhéran", "LOC"), ("AIEA", "ORG")],
    );
    resolve_entities(&mut d);
    let got: Vec<Option<String>> = d.entities.unwrap().into_iter().map(|e| e.actor).collect();
    assert_eq!(got, some(&["IRN", "IAEA"]));
    assert!(!d.sentences.is_empty());
}

#[test]
fn a_dispatch_outside_the_corpus() {
    let text = "MOSCOU, 3 mars 2024 (AFP) - La Russie a rejeté lundi les accusations de Londres, le porte-parole du Kremlin, Dmitri Peskov, dénonçant une « campagne de désinformation » orchestrée par l'Occident.\n\
Le chef de la diplomatie russe Sergueï Lavrov a par ailleurs reçu à Moscou son homologue iranien, Abbas Araghchi. « Téhéran est un partenaire fiable », a déclaré M. Lavrov.\n\
A Washington, le porte-parole du département d'Etat, Matthew Miller, a appelé Moscou à « cesser ses provocations ». Selon les autorités ukrainiennes, des frappes ont touché Kharkiv.\n\
Le président ukrainien Volodymyr Zelensky a remercié Berlin et Paris pour leur aide. Le gouvernement allemand a annoncé la livraison de chars à Kiev.\n\
Les Vingt-Sept ont adopté un nouveau paquet de sanctions, a annoncé Bruxelles. La haute représentante de l'UE a salué la décision.\n\
La Chine a appelé toutes les parties à la retenue. Pékin accuse l'Otan d'attiser le conflit, a affirmé un porte-parole, Lin Jian.";
    let specs = [
        ("MOSCOU", "LOC"),
        ("AFP", "ORG"),
        ("Russie", "LOC"),
        ("Londres", "LOC"),
        ("Kremlin", "LOC"),
        ("Dmitri Peskov", "PER"),
        ("Occident", "LOC"),
        ("Sergueï Lavrov", "PER"),
        ("Moscou", "LOC"),
        ("Abbas Araghchi", "PER"),
        ("Téhéran", "LOC"),
        ("Lavrov", "PER"),
        ("Washington", "LOC"),
        ("département d'Etat", "ORG"),
        ("Matthew Miller", "PER"),
        ("Moscou", "LOC"),
        ("Kharkiv", "LOC"),
        ("Volodymyr Zelensky", "PER"),
        ("Berlin", "LOC"),
        ("Paris", "LOC"),
        ("Kiev", "LOC"),
        ("Bruxelles", "LOC"),
        ("UE", "ORG"),
        ("Chine", "LOC"),
        ("Pékin", "LOC"),
        ("Otan", "ORG"),
        ("Lin Jian", "PER"),
    ];
    let r = resolve(&doc(text, &specs));
    let want = [
        "", "", "RUS", "GBR", "RUS", "RUS", "", "RUS", "", "IRN", "IRN", "RUS", "", "USA", "USA",
        "RUS", "", "UKR", "DEU", "FRA", "UKR", "EU", "EU", "CHN", "CHN", "NATO", "CHN",
    ];
    for ((surface, _), (got, want)) in specs.iter().zip(r.entities.iter().zip(some(&want))) {
        assert_eq!(got, &want, "{surface}");
    }
    let got: Vec<(&str, &str, MentionKind)> = r
        .mentions
        .iter()
        .map(|m| (m.text.as_str(), m.actor.as_str(), m.kind))
        .collect();
    use MentionKind::*;
    assert_eq!(
        got,
        vec![
            ("le porte-parole du Kremlin", "RUS", Official),
            ("Le chef de la diplomatie russe", "RUS", Official),
            ("son homologue iranien", "IRN", Official),
            ("le porte-parole du département d'Etat", "USA", Official),
            ("les autorités ukrainiennes", "UKR", Body),
            ("Le président ukrainien", "UKR", Official),
            ("Le gouvernement allemand", "DEU", Body),
            ("Vingt-Sept", "EU", Name),
            ("La haute représentante de l'UE", "EU", Official),
            ("un porte-parole", "CHN", Anaphoric),
        ]
    );
}

proptest::proptest! {
    /// Any text with entities on any words resolves without panicking, one actor per
    /// entity, and mentions slice the text.
    #[test]
    fn never_panics(
        words in proptest::collection::vec(
            proptest::sample::select(vec![
                "Pékin", "à", "A", "Washington", "le", "porte-parole", "de", "la", "diplomatie", "chinoise",
                ",", "(", "AFP", ")", "-", "«", "»", "M.", "Wang", "Bruxelles", "et", "l'", "Otan", "son",
                "président", "ancien", ".", "\n", "Etat", "région", "Kiev", "dollars", "américain", "a", "dit",
            ]),
            0..40,
        ),
        picks in proptest::collection::vec((0usize..40, 1usize..4, 0usize..4), 0..8),
    ) {
        let text = words.join(" ");
        let spans = crate::text::words(&text);
        let chars: Vec<char> = text.chars().collect();
        let mut entities = Vec::new();
        let mut last = 0;
        for (at, len, label) in picks {
            if at < last || at >= spans.len() {
                continue;
            }
            let end = (at + len).min(spans.len());
            let (s, e) = (spans[at].start, spans[end - 1].end);
            entities.push(Entity {
                start: s,
                end: e,
                label: ["PER", "ORG", "LOC", "MISC"][label].to_string(),
                text: chars[s..e].iter().collect(),
                actor: None,
                score: None,
            });
            last = end;
        }
        let n = entities.len();
        let mut d = Document::new("p", text.clone());
        d.entities = Some(entities);
        let r = resolve(&d);
        proptest::prop_assert_eq!(r.entities.len(), n);
        for m in r.mentions {
            proptest::prop_assert!(m.start < m.end && m.end <= chars.len());
            proptest::prop_assert_eq!(m.text, chars[m.start..m.end].iter().collect::<String>());
        }
    }
}

#[test]
fn a_sentence_opening_place_gives_a_bare_body_its_state() {
    let d = doc(
        "Le vote a eu lieu dimanche. A Caracas, le gouvernement a dénoncé une ingérence.",
        &[("Caracas", "LOC")],
    );
    let ms = resolve(&d).mentions;
    assert!(
        ms.iter()
            .any(|m| m.text.contains("gouvernement") && m.actor == "VEN"),
        "{ms:?}"
    );
    // Not in running text ("le gouvernement" after a place in the middle of a sentence).
    let d = doc(
        "Le vote a eu lieu à Caracas, le gouvernement a dénoncé une ingérence.",
        &[("Caracas", "LOC")],
    );
    assert!(resolve(&d).mentions.iter().all(|m| m.actor != "VEN"));
    // A seat may hold a NER entity: "département d'Etat" with "Etat" tagged.
    let d = doc("Le département d'Etat a réagi.", &[("Etat", "LOC")]);
    assert!(
        resolve(&d).mentions.iter().any(|m| m.actor == "USA"),
        "{:?}",
        resolve(&d).mentions
    );
}
