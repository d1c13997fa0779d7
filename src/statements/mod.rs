//! Statements: who says what about which actor. Rules over the text stage's words,
//! the actor mentions of the actors stage and the cue lexicon (`data/lexicon/`):
//! direct quotes (speaker before or after, "a-t-il ajouté"), indirect speech,
//! "selon X" / "d'après X" attributions, collective speakers ("Ottawa et Canberra ont
//! condamné …" gives one statement each) and official acts. Stance comes from a
//! transparent rule until the stance model lands: the cue verb's polarity, or, for a
//! verb of saying, the polarity words of its evidence (see `data/lexicon/`).

pub mod lexicon;
pub mod quotes;

use std::collections::HashSet;

use crate::document::{stance_value, CharIndex, Document, Statement};
use crate::text::Span;
use lexicon::{fold, CueClass, Lexicon};

/// An actor mention: a span of the text that stands for a state or organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub actor: String,
    /// A named person (a PER entity): coreference by surname applies.
    pub person: bool,
    /// How the statement names this speaker when not its text: the person apposed to a
    /// function phrase ("une porte-parole du département d'Etat, Jennifer Lowell"), or
    /// a name with its article ("la Chine").
    pub name: Option<String>,
    /// Only a target, never a speaker: a state adjective in running text ("la
    /// décision américaine").
    pub target_only: bool,
    /// Only a subject, never a target: a capital the actor stage left as a place but
    /// that opens a clause ("Berlin, qui assure la présidence …, a appelé").
    pub subject_only: bool,
}

const AUXILIARIES: &[&str] = &[
    "a",
    "ont",
    "avait",
    "avaient",
    "aurait",
    "auraient",
    "a-t-il",
    "a-t-elle",
    "ont-ils",
    "ont-elles",
    "avait-il",
    "avait-elle",
    "est",
    "sont",
    "s'est",
    "se",
    // "s'est félicité" is split into the elision "s'" and "est".
    "s'",
];
const DETERMINERS: [&str; 17] = [
    "la", "le", "les", "l'", "une", "un", "des", "du", "de", "d'", "cette", "ce", "sa", "son",
    "ses", "leur", "leurs",
];
const PREPOSITIONS: [&str; 14] = [
    "de", "d'", "du", "des", "a", "au", "aux", "contre", "envers", "avec", "par", "pour", "sur",
    "vers",
];
const PRONOUNS: [&str; 4] = ["il", "elle", "ils", "elles"];
/// Words that may stand between an auxiliary and its participle.
const ADVERBS: &[&str] = &[
    // ("a elle aussi exhorté", "ont eux aussi condamné".)
    "elle",
    "elles",
    "lui",
    "eux",
    "chacun",
    "chacune",
    "egalement",
    "aussi",
    "encore",
    "deja",
    "aussitot",
    "notamment",
    "ainsi",
    "fermement",
    "vivement",
    "immediatement",
    "publiquement",
    "ensuite",
    "alors",
    "de",
    "nouveau",
    "son",
    "sa",
    "cote",
    "pour",
    "part",
    "par",
    "ailleurs",
    "au",
    "contraire",
    "tour",
    "dans",
    "la",
    "foulee",
    "en",
    "revanche",
    "quant",
    "lui",
    "elles",
    "eux",
    "leur",
    "toutefois",
    "neanmoins",
    "pourtant",
    "finalement",
    "officiellement",
    "formellement",
    "meme",
    "mutuellement",
    "outre",
    // "s'est contenté d'appeler", "s'est bornée à demander".
    "d'",
    "contente",
    "contentee",
    "contentes",
    "contentees",
    "borne",
    "bornee",
    "bornes",
    "bornees",
];
/// Words that end the reach of a cue: its targets do not lie beyond them.
const CLAUSE_BREAKS: [&str; 5] = [";", "tandis", "mais", "cependant", "lorsque"];
/// Titles and bodies that speak for the actor named after them ("X de l'ONU").
const HEADS: &[&str] = &[
    "president",
    "presidente",
    "directeur",
    "directrice",
    "procureur",
    "procureure",
    "chef",
    "cheffe",
    "porte-parole",
    "ministre",
    "secretaire",
    "representant",
    "representante",
    "ambassadeur",
    "ambassadrice",
    "commission",
    "palais",
    "assemblee",
    "conseil",
    "gouvernement",
    "diplomatie",
    "envoye",
    "envoyee",
    "delegation",
    "delegue",
    "commissaire",
    "haut-commissaire",
    "adjoint",
    "adjointe",
    "general",
    "generale",
    "presidentiel",
    "ministere",
    "cour",
    "juge",
    "ambassade",
    "dirigeant",
    "dirigeants",
    "chefs",
    "ministres",
    "presidents",
    "representants",
    "gouvernements",
    "autorites",
    "diplomaties",
];
/// Articles that may stand between a preposition and a mention.
const ARTICLES: [&str; 4] = ["le", "la", "les", "l'"];

/// How far (in words) a cue's subject, targets and evidence may lie from it; keeps the
/// rules linear on sentences without punctuation.
const WINDOW: usize = 60;

/// One sentence prepared for the rules.
struct Clause<'a> {
    words: &'a [Span],
    folded: Vec<String>,
    /// Mentions of this sentence as word ranges [a, b).
    mentions: Vec<(usize, usize, &'a Mention)>,
    /// Straight quote marks that close a quote (an odd number stand before them).
    closes: Vec<bool>,
}

/// Extracts the statements of one document. `mentions` are the document's actor
/// mentions, sorted by start.
pub fn extract(doc: &Document, mentions: &[Mention]) -> Vec<Statement> {
    debug_assert!(mentions.windows(2).all(|w| w[0].start <= w[1].start));
    // "NATIONS UNIES (Etats-Unis), 27 mai 2021 (AFP) -": nothing in a dateline acts.
    // (Searched in the first line, at most 160 characters.)
    let dateline_end = doc
        .text
        .char_indices()
        .take(160)
        .find(|(_, c)| *c == '\n')
        .map_or_else(
            || {
                doc.text
                    .char_indices()
                    .nth(160)
                    .map_or(doc.text.len(), |(i, _)| i)
            },
            |(i, _)| i,
        );
    let dateline_end = doc.text[..dateline_end]
        .find("(AFP)")
        .map(|i| doc.text[..i + 5].chars().count());
    let kept: Vec<Mention>;
    let mentions = match dateline_end {
        Some(end) if mentions.first().is_some_and(|m| m.end <= end) => {
            kept = mentions.iter().filter(|m| m.end > end).cloned().collect();
            &kept[..]
        }
        _ => mentions,
    };
    let lex = Lexicon::embedded();
    let index = CharIndex::new(&doc.text);
    let quotes = quotes::find(&doc.text);
    let mut out: Vec<Statement> = Vec::new();
    // Statements made by a list of speakers ("Washington, Londres et l'Otan ont …").
    let mut collective: HashSet<usize> = HashSet::new();
    let mut last_speakers: Vec<&Mention> = Vec::new();
    let mut said: Vec<Said> = Vec::new();
    // The subject of the first sentence: who the dispatch is about.
    let mut lead: Option<&Mention> = None;

    for (si, sentence) in doc.sentences.iter().enumerate() {
        let words = &sentence.words;
        let folded: Vec<String> = words
            .iter()
            .map(|w| fold(index.slice(&doc.text, w.start, w.end)))
            .collect();
        // Mentions of the sentence as word ranges (binary searches: linear overall).
        let lo = mentions.partition_point(|m| m.start < sentence.span.start);
        let hi = mentions.partition_point(|m| m.start < sentence.span.end);
        let mut ms: Vec<(usize, usize, &Mention)> = mentions[lo..hi]
            .iter()
            .filter(|m| m.end <= sentence.span.end)
            .filter_map(|m| {
                let a = words.partition_point(|w| w.end <= m.start);
                let b = words.partition_point(|w| w.start < m.end);
                (a < b).then_some((a, b, m))
            })
            .collect();
        ms.sort_by_key(|(a, b, _)| (*a, *b));
        let mut open = false;
        let closes = folded
            .iter()
            .map(|w| {
                let straight = w == "\"";
                let closing = straight && open;
                open ^= straight;
                closing
            })
            .collect();
        let clause = Clause {
            words,
            folded,
            mentions: ms,
            closes,
        };

        // Cues, skipping words inside an earlier cue and nouns that look like verb forms.
        let mut cues = Vec::new();
        let mut i = 0;
        while i < clause.folded.len() {
            if let Some((cue, end)) = lex.cue_at(&clause.folded, i) {
                // ("s'est contenté d'appeler": an infinitive after "de" is a verb.)
                let infinitive = infinitive(&clause.folded[i]);
                let noun = i > 0
                    && DETERMINERS.contains(&clause.folded[i - 1].as_str())
                    && !(infinitive
                        && i > 1
                        && matches!(clause.folded[i - 1].as_str(), "de" | "d'")
                        && ["content", "born"]
                            .iter()
                            .any(|v| clause.folded[i - 2].starts_with(v)));
                let in_mention = clause.mentions.iter().any(|(a, b, _)| *a <= i && i < *b);
                if !noun
                    && !in_mention
                    && !modifier(&clause, &doc.text, &index, i, !cues.is_empty())
                {
                    cues.push((i, end, cue));
                    i = end + 1;
                    continue;
                }
            }
            i += 1;
        }

        if si == 0 {
            lead = sentence_subject(&clause);
        }
        // "La condamnation par Washington de ces provocations russes …": a report
        // made a noun; its agent speaks about the actors of its complement.
        let nominal = nominal_report(&clause);
        if let Some(n) = &nominal {
            // (With its determiner: "La condamnation par X".)
            let first = if n.noun > 0 && DETERMINERS.contains(&clause.folded[n.noun - 1].as_str()) {
                n.noun - 1
            } else {
                n.noun
            };
            let span = Span {
                start: clause.words[first].start,
                end: clause.words[n.end - 1].end,
            };
            for t in &n.targets {
                let d = Draft {
                    speaker: n.agent,
                    target: t,
                    stance: n.stance,
                    kind: "indirect",
                    cue: index.slice(&doc.text, span.start, n.agent.end).to_string(),
                    evidence: span,
                    sentence: si,
                };
                push(&mut out, &mut said, &doc.text, &index, mentions, d);
            }
        }
        let mut used_as_speaker: HashSet<usize> = HashSet::new();
        let mut sentence_speakers: Vec<&Mention> = Vec::new();
        let mut last_passive = false;
        for (k, &(ci, cend, cue)) in cues.iter().enumerate() {
            // ("n'a pas exclu de sanctionner X": a hedge, not a denial; it is kept.)
            if negated(&clause.folded, ci) && cue.lemma != "exclure" {
                continue;
            }
            // The passive: "La décision de Colombo a été saluée par New Delhi (et
            // regrettée par Pékin)": the agent speaks about the subject's actors.
            if let Some((agents, subject_start, subject_end)) =
                passive_agent(&clause, ci, cend, last_passive)
            {
                last_passive = true;
                let mut targets: Vec<&Mention> = clause
                    .mentions
                    .iter()
                    .filter(|(a, b, m)| *a >= subject_start && *b <= subject_end && !m.subject_only)
                    .map(|(_, _, m)| *m)
                    .collect();
                // "La condamnation par X de … a été saluée par Y": Y judges X.
                if let Some(n) = nominal
                    .as_ref()
                    .filter(|n| n.noun >= subject_start && n.noun < subject_end)
                {
                    targets = vec![n.agent];
                }
                // "La décision a été saluée par X": the decision's taker.
                if targets.is_empty() && names_decision(&clause.folded[subject_start..subject_end])
                {
                    targets.extend(decider(&clause, &out, mentions, lead, si));
                }
                // "Leur visite avait été qualifiée d'« ingérence » par X": the last
                // speakers, those "leur" refers to.
                if targets.is_empty()
                    && matches!(clause.folded[subject_start].as_str(), "leur" | "leurs")
                {
                    targets = last_speakers
                        .iter()
                        .filter(|m| !agents.iter().any(|a| a.actor == m.actor))
                        .copied()
                        .collect();
                }
                // "un traité signé par Moscou et Pyongyang": mutual.
                if targets.is_empty() && cue.lemma.starts_with("signer") && agents.len() >= 2 {
                    targets = agents.clone();
                }
                let span = Span {
                    start: clause.words[0].start,
                    end: clause.words[cend].end,
                };
                let evidence = index.slice(&doc.text, span.start, span.end);
                let stance = decide_stance(
                    lex,
                    cue.class,
                    cue.polarity,
                    evidence,
                    &targets,
                    &clause,
                    cend,
                    cend + 1,
                );
                let cue_text = cue_text(&doc.text, &index, &clause, ci, cend);
                for (agent, t) in agents
                    .iter()
                    .flat_map(|a| targets.iter().map(move |t| (a, t)))
                {
                    let d = Draft {
                        speaker: agent,
                        target: t,
                        stance,
                        kind: if cue.class == CueClass::Act {
                            "act"
                        } else {
                            "indirect"
                        },
                        cue: cue_text.clone(),
                        evidence: span,
                        sentence: si,
                    };
                    push(&mut out, &mut said, &doc.text, &index, mentions, d);
                }
                continue;
            }
            last_passive = false;
            // "Berlin, qui assure la présidence de l'UE, …": a relative clause says
            // what its antecedent is or does, not what it says.
            let vs = verb_start(&clause.folded, ci);
            if cue.class == CueClass::Speech && vs == ci && vs > 0 && clause.folded[vs - 1] == "qui"
            {
                continue;
            }
            let next_cue = cues
                .get(k + 1)
                .map_or(clause.folded.len(), |c| verb_start(&clause.folded, c.0));
            // "…, et Washington a jugé …": the next cue's own subject, after a
            // coordination, ends this cue's object.
            let next_cue = clause
                .mentions
                .iter()
                .find(|(a, b, _)| *b == next_cue && *a > cend + 1)
                .map(|&(a, _, _)| {
                    let k = article_start(&clause, a);
                    let w = |j: usize| clause.folded.get(j).map_or("", |s| s.as_str());
                    let link = matches!(w(k - 1), "et" | "mais")
                        || (w(k - 1) == "que" && matches!(w(k - 2), "tandis" | "alors"));
                    if link && k > cend + 2 {
                        k - 1
                    } else {
                        next_cue
                    }
                })
                .unwrap_or(next_cue);
            // (Also ", n'ont pas commenté …": a new predicate of the same subject.)
            let region_end = clause.folded[cend + 1..next_cue.max(cend + 1)]
                .iter()
                .enumerate()
                .position(|(k, w)| {
                    CLAUSE_BREAKS.contains(&w.as_str())
                        || (w == ","
                            && clause
                                .folded
                                .get(cend + 2 + k)
                                .is_some_and(|n| n == "n'" || n == "ne")
                            && clause
                                .folded
                                .get(cend + 3 + k)
                                .is_some_and(|n| AUXILIARIES.contains(&n.as_str())))
                })
                .map_or(next_cue, |p| cend + 1 + p)
                .min(cend + 1 + WINDOW);
            // "…, qui …": a relative clause after the cue's object says what the object
            // is or does; its actors are not the statement's targets.
            // (Also without the comma once an actor has been named: "les tirs de l'armée
            // israélienne qui ont blessé des casques bleus de la Finul".)
            let named_before =
                |j: usize| clause.mentions.iter().any(|(a, b, _)| *a > cend && *b <= j);
            let region_end = (cend + 2..region_end)
                .find(|&j| {
                    clause.folded[j] == "qui" && (clause.folded[j - 1] == "," || named_before(j))
                })
                .map_or(region_end, |j| {
                    if clause.folded[j - 1] == "," {
                        j - 1
                    } else {
                        j
                    }
                });
            let quote_before = quote_ending_before(&clause, &quotes, ci);
            // "…, rejetant les critiques de X", "… et appelé X à": the subject of the
            // sentence's earlier verb.
            let participle = clause.folded[ci].ends_with("ant");
            // "L'Iran a convoqué l'ambassadeur de Chine pour protester contre …": the
            // sentence's subject, not the object before it.
            let purpose =
                ci > 0 && clause.folded[ci - 1] == "pour" && infinitive(&clause.folded[ci]);
            // ("et a appelé": also past an auxiliary.)
            let v0 = verb_start(&clause.folded, ci);
            let coordinated = !participle
                && ((ci > 0 && matches!(clause.folded[ci - 1].as_str(), "et" | "," | "mais"))
                    || (v0 > 0 && clause.folded[v0 - 1] == "et"));
            // "…, Oslo dénonçant en retour …": a participle with its own subject.
            let own_subject = participle
                .then(|| {
                    clause
                        .mentions
                        .iter()
                        .find(|(a, b, m)| *b == ci && !m.target_only && !governed(&clause, *a))
                        .map(|(_, _, m)| *m)
                })
                .flatten();
            let (speakers, after_speaker) = if let Some(m) = own_subject {
                (vec![m], None)
            } else if participle || purpose || (coordinated && !sentence_speakers.is_empty()) {
                let inherited = if !sentence_speakers.is_empty() {
                    sentence_speakers.clone()
                } else if let Some(m) = sentence_subject(&clause) {
                    vec![m]
                } else {
                    last_speakers.clone()
                };
                (inherited, None)
            } else {
                let found =
                    find_speakers(&clause, ci, cend, quote_before.is_some(), &last_speakers);
                // "Les deux pays y remercient la Chine", "les trois dirigeants ont …": the
                // states the dispatch has named most so far.
                let v = verb_start(&clause.folded, ci);
                // (Past "y": "les deux pays y remercient".)
                let end = if v > 0 && clause.folded[v - 1] == "y" {
                    v - 1
                } else {
                    v
                };
                let sides = (end >= 3 && clause.folded[end - 3] == "les")
                    .then(|| names_two_sides(&clause.folded[end - 2..end]))
                    .flatten();
                // "X s'est dit « confiant » et a appelé …": the sentence's subject.
                match (sentence_subject(&clause), sides) {
                    (Some(m), _) if found.0.is_empty() && coordinated => (vec![m], None),
                    (_, Some(n)) if found.0.is_empty() => {
                        (most_named(mentions, clause.words[0].start, n), None)
                    }
                    _ => found,
                }
            };
            if speakers.is_empty() {
                continue;
            }
            for s in &speakers {
                if let Some(pos) = clause
                    .mentions
                    .iter()
                    .position(|(_, _, m)| std::ptr::eq(*m, *s))
                {
                    used_as_speaker.insert(pos);
                }
            }
            // Targets: mentions after the cue (and after an inverted speaker) up to the
            // next cue, plus those inside the quote the cue introduces or closes.
            let from = after_speaker.unwrap_or(cend + 1);
            let (lo, hi) = (
                clause.mentions.partition_point(|(a, _, _)| *a < from),
                clause
                    .mentions
                    .partition_point(|(a, _, _)| *a < region_end.max(from)),
            );
            // A call's addressees come before what they are asked to do ("a appelé
            // Ankara à respecter l'intégrité de l'Irak"): the actors of the request are
            // not targets.
            // So are the actors of what someone is accused of ("a accusé Accra de violer
            // le protocole de la Cédéao").
            let accusation = matches!(cue.lemma.as_str(), "accuser" | "soupçonner" | "reprocher");
            let request = (cue.class == CueClass::Call || accusation)
                .then(|| {
                    let first = clause.mentions[lo..hi.max(lo)].first()?;
                    // ("reprocher à X son rapprochement avec Y": what follows X.)
                    let k = article_start(&clause, first.0);
                    if cue.lemma == "reprocher" && k >= 1 && clause.folded[k - 1] == "a" {
                        let last = coordinated_mentions(&clause, first.0);
                        let end = clause
                            .mentions
                            .iter()
                            .find(|m| Some(&m.0) == last.last())
                            .map_or(first.1, |m| m.1);
                        return Some(end);
                    }
                    (first.1..region_end.max(first.1))
                        .find(|&j| matches!(clause.folded[j].as_str(), "a" | "de" | "d'"))
                })
                .flatten();
            // "ont renvoyé quatre diplomates, la République tchèque trois et le
            // Danemark deux": a name followed by a number after a comma or "et" is one
            // more subject of the same verb (gapping), not a target.
            let gapped = |a: usize, b: usize| {
                let k = article_start(&clause, a);
                k > 0
                    && matches!(clause.folded[k - 1].as_str(), "," | "et")
                    && clause.folded.get(b).is_some_and(|w| number_word(w))
            };
            // "…, tout comme le président tadjik", "de même que les Etats-Unis": one more
            // speaker of the same words.
            // (With its apposition: "tout comme le président tadjik, Emomali Rahmon".)
            let likewise_from = (cend + 1..region_end.max(cend + 1)).find(|&j| {
                let w = |d: usize| clause.folded.get(j + d).map_or("", |s| s.as_str());
                (w(0) == "tout" && w(1) == "comme")
                    || (w(0) == "de" && w(1) == "meme" && w(2) == "que")
            });
            let likewise = |a: usize| likewise_from.is_some_and(|j| a > j);
            let mut speakers = speakers;
            for (a, b, m) in &clause.mentions[lo..hi.max(lo)] {
                if (gapped(*a, *b) && cue.class == CueClass::Act) || likewise(*a) {
                    speakers.push(m);
                }
            }
            let mut targets: Vec<&Mention> = clause.mentions[lo..hi.max(lo)]
                .iter()
                .filter(|(a, _, m)| !m.subject_only && !venue(&clause.folded, *a))
                .filter(|(a, b, _)| !nested_speaker(lex, &clause.folded, *a, *b))
                .filter(|(a, _, _)| request.is_none_or(|r| *a < r))
                .filter(|(a, b, _)| {
                    !(likewise(*a) || (cue.class == CueClass::Act && gapped(*a, *b)))
                })
                .map(|(_, _, m)| *m)
                .collect();
            // An inverted subject ("…, a affirmé le ministre X") reports the clause
            // before the verb: its mentions are targets too, and it is the evidence.
            let mut reported_before = None;
            if after_speaker.is_some() {
                let v = verb_start(&clause.folded, ci);
                let start = clause.folded[..v]
                    .iter()
                    .rposition(|w| w == ";")
                    .map_or(0, |p| p + 1)
                    .max(v.saturating_sub(WINDOW));
                if start < v {
                    reported_before = Some(Span {
                        start: clause.words[start].start,
                        end: clause.words[v - 1].end,
                    });
                }
                for (_, _, m) in clause.mentions.iter().filter(|(a, b, m)| {
                    *a >= start
                        && *b <= v
                        && !m.subject_only
                        && !speakers.iter().any(|s| std::ptr::eq(*s, *m))
                }) {
                    targets.push(m);
                }
            }
            // "Le Kirghizstan et le Tadjikistan se sont mutuellement accusés", "les
            // dirigeants de X, Y et Z se sont félicités de leur coopération": each speaker
            // of a reciprocal verb speaks about the others.
            let reflexive = clause.folded[verb_start(&clause.folded, ci)..ci]
                .iter()
                .any(|w| w == "se" || w.starts_with("s'"));
            let distinct: HashSet<&str> = speakers.iter().map(|m| m.actor.as_str()).collect();
            // ("Washington et Port Moresby ont signé un accord": signing is mutual.)
            let mutual = cue.lemma.starts_with("signer") || cue.lemma.starts_with("conclure");
            // "ont signé mardi avec le Qatar une déclaration": each signatory about the
            // partner, and the partner about each of them.
            let partners: Vec<&Mention> = if mutual {
                clause
                    .mentions
                    .iter()
                    .filter(|(a, _, m)| {
                        *a > ci
                            && *a <= cend
                            && !m.subject_only
                            && article_start(&clause, *a)
                                .checked_sub(1)
                                .is_some_and(|k| clause.folded[k] == "avec")
                    })
                    .map(|(_, _, m)| *m)
                    .collect()
            } else {
                Vec::new()
            };
            if !partners.is_empty() {
                targets = partners.clone();
            }
            // (A signing by two or more is about them, whatever else the object names.)
            if (targets.is_empty() && reflexive || (mutual && partners.is_empty()))
                && distinct.len() >= 2
            {
                targets = speakers.clone();
            }
            // "a appelé les deux voisins à …": the two sides of the dispute the dispatch
            // opened with (its first negative statement).
            // (Also "a félicité les deux délégations".)
            // (Also when the object names only the speaker: "les deux alliés des
            // Etats-Unis"; and, in a dispatch with no criticism, its first statement.)
            let own_only = targets
                .iter()
                .all(|t| speakers.iter().any(|s| s.actor == t.actor));
            let sides = names_two_sides(&clause.folded[cend + 1..region_end.max(cend + 1)]);
            if let Some(n) = sides.filter(|_| own_only) {
                // The two states the dispatch has named most so far (the speaker's own
                // may be one of them: "le partenariat entre les deux pays").
                let own = &speakers[0].actor;
                for m in most_named(mentions, clause.words[0].start, n) {
                    if &m.actor != own {
                        targets.push(m);
                    }
                }
            }
            // "Le Koweït a à son tour rappelé son ambassadeur", "des mesures
            // similaires": following suit, about the target of the last statement
            // (within three sentences) by another speaker.
            if targets.is_empty() {
                let near = &clause.folded[ci.saturating_sub(4)..region_end.max(cend + 1)];
                // (Also an expulsion that names no one: "ont chacune renvoyé quatre
                // diplomates", "l'Ukraine en a expulsé treize".)
                let v = verb_start(&clause.folded, ci);
                let elliptic = cue.class == CueClass::Act
                    && (near.iter().any(|w| w == "diplomates")
                        || (v > 0 && clause.folded[v - 1] == "en"));
                let suit = elliptic
                    || near.windows(3).any(|w| {
                        w[0] == "a" && matches!(w[1].as_str(), "son" | "leur") && w[2] == "tour"
                    })
                    || near
                        .iter()
                        .any(|w| matches!(w.as_str(), "similaires" | "similaire" | "identiques"));
                if suit {
                    // (The last official act first: "lui ont emboîté le pas" follows a
                    // boycott, not the target's reply to it.)
                    let own = &speakers[0].actor;
                    let act = out
                        .iter()
                        .rev()
                        .take_while(|p| p.sentence.is_none_or(|ps| si - ps <= 4))
                        .find(|p| {
                            p.kind == "act" && &p.speaker_actor != own && &p.target_actor != own
                        })
                        .map(|p| p.target_actor.as_str());
                    if let Some(t) = act.or_else(|| {
                        recent(&said, si, 3)
                            .find(|p| &p.speaker_actor != own && &p.target_actor != own)
                            .map(|p| p.target_actor.as_str())
                    }) {
                        if let Some(m) = mention_of(mentions, t) {
                            targets.push(m);
                        }
                    }
                }
            }
            // "Ankara a salué une décision « juste »": a judgement on a decision that
            // names no one is about whoever took it: the last actor with an official act
            // in the previous sentences, else the subject of the lead.
            if targets.is_empty()
                && matches!(cue.class, CueClass::Judgement | CueClass::Speech)
                && (names_decision(&clause.folded[cend + 1..region_end.max(cend + 1)])
                    || decision_antecedent(&clause.folded[..verb_start(&clause.folded, ci)]))
            {
                targets.extend(decider(&clause, &out, mentions, lead, si));
            }
            // "Washington a jugé ces propos « inappropriés »": the last other speaker
            // in the three sentences before.
            if targets.is_empty()
                && matches!(cue.class, CueClass::Judgement | CueClass::Speech)
                && names_words(&clause.folded[cend + 1..region_end.max(cend + 1)])
            {
                let own = &speakers[0].actor;
                if let Some(a) = recent(&said, si, 3)
                    .find(|p| &p.speaker_actor != own)
                    .map(|p| p.speaker_actor.as_str())
                {
                    if let Some(m) = mention_of(mentions, a) {
                        targets.push(m);
                    }
                }
            }
            // "Bogota a rejeté ces accusations", "La Moneda a répliqué que …": a
            // rejection or a reply with no named target answers those who spoke against
            // the speaker in the three sentences before.
            let answer = matches!(
                cue.lemma.as_str(),
                "répliquer"
                    | "répondre"
                    | "rétorquer"
                    | "riposter"
                    | "rejeter"
                    | "démentir"
                    | "contester"
                    | "nier"
                    | "réfuter"
                    | "récuser"
            );
            if targets.is_empty() && answer {
                // "ces critiques", "les accusations": all of them; else the last one.
                let all = clause.folded[cend + 1..(cend + 6).min(clause.folded.len())]
                    .windows(2)
                    .any(|w| {
                        matches!(w[0].as_str(), "ces" | "les" | "toutes")
                            && ["critique", "accusation", "reproche", "allegation"]
                                .iter()
                                .any(|n| w[1].starts_with(n))
                    });
                // (The last one only if what it said was against the speaker.)
                let accusers: Vec<&str> = recent(&said, si, if all { 6 } else { 3 })
                    .filter(|p| p.target_actor == speakers[0].actor)
                    .take(if all { usize::MAX } else { 1 })
                    .filter(|p| p.negative)
                    .map(|p| p.speaker_actor.as_str())
                    .collect();
                for a in accusers {
                    if let Some(m) = mention_of(mentions, a) {
                        if !targets.iter().any(|t| t.actor == m.actor) {
                            targets.push(m);
                        }
                    }
                }
            }
            let quote =
                quote_before.or_else(|| quote_starting_after(&clause, &quotes, cend, region_end));
            let request_start = request.map(|r| clause.words[r].start);
            if let Some(q) = quote.filter(|q| request_start.is_none_or(|r| q.start < r)) {
                let first = mentions.partition_point(|m| m.start < q.start);
                // (Not a forum named in the quote: "la résolution 1244 de l'ONU".)
                let forum = |m: &Mention| {
                    clause
                        .mentions
                        .iter()
                        .any(|(a, _, cm)| std::ptr::eq(*cm, m) && venue(&clause.folded, *a))
                        // (In another sentence of a long quote: "d'un Etat membre de
                        // l'Otan".)
                        || {
                            let before = fold(index.slice(&doc.text, m.start.saturating_sub(16), m.start));
                            ["membre de l'", "membre de la ", "membre du ", "membres de l'", "membres de la ", "membres du "]
                                .iter()
                                .any(|p| before.ends_with(p))
                        }
                };
                let inside = mentions[first..]
                    .iter()
                    .take_while(|m| m.start < q.end)
                    .filter(|m| m.end <= q.end && !m.subject_only && !forum(m));
                for m in inside {
                    if !targets.iter().any(|t| std::ptr::eq(*t, m)) {
                        targets.push(m);
                    }
                }
            }
            let evidence_span = match quote.or(reported_before) {
                Some(q) => q,
                None => Span {
                    start: clause.words[cend].end,
                    end: clause.words[region_end.max(cend + 1) - 1].end,
                },
            };
            let evidence = index.slice(&doc.text, evidence_span.start, evidence_span.end);
            let stance = decide_stance(
                lex,
                cue.class,
                cue.polarity,
                evidence,
                &targets,
                &clause,
                cend,
                region_end,
            );
            let kind = match cue.class {
                CueClass::Act => "act",
                _ if quote.is_some() => "direct",
                _ => "indirect",
            };
            let cue_text = cue_text(&doc.text, &index, &clause, ci, cend);
            for (p, s) in partners
                .iter()
                .flat_map(|p| speakers.iter().map(move |s| (p, s)))
            {
                let d = Draft {
                    speaker: p,
                    target: s,
                    stance,
                    kind,
                    cue: cue_text.clone(),
                    evidence: evidence_span,
                    sentence: si,
                };
                push(&mut out, &mut said, &doc.text, &index, mentions, d);
            }
            for s in &speakers {
                for t in &targets {
                    let d = Draft {
                        speaker: s,
                        target: t,
                        stance,
                        kind,
                        cue: cue_text.clone(),
                        evidence: evidence_span,
                        sentence: si,
                    };
                    let before = out.len();
                    let own = speakers.len() == 1;
                    match push(&mut out, &mut said, &doc.text, &index, mentions, d.clone()) {
                        // A speaker's own words replace the list's summary.
                        Some(i) if own && collective.remove(&i) => {
                            out[i] = statement(&doc.text, &index, mentions, d);
                        }
                        Some(_) => {}
                        None if !own && out.len() > before => {
                            collective.insert(before);
                        }
                        None => {}
                    }
                }
            }
            sentence_speakers = speakers.clone();
            last_speakers = speakers;
        }

        // A sentence that is a quote and has no cue continues the last speaker's words.
        if cues.is_empty() && !last_speakers.is_empty() {
            let starts_quote = matches!(
                clause.folded.first().map(String::as_str),
                Some("«" | "\"" | "“")
            );
            if let Some(q) = quotes
                .iter()
                .find(|q| starts_quote && q.start == sentence.span.start)
            {
                let evidence = index.slice(&doc.text, q.start, q.end);
                let stance = stance_name(evidence_polarity(lex, evidence));
                for (_, _, t) in clause
                    .mentions
                    .iter()
                    .filter(|(a, _, _)| !venue(&clause.folded, *a))
                {
                    for s in &last_speakers {
                        let d = Draft {
                            speaker: s,
                            target: t,
                            stance,
                            kind: "direct",
                            cue: String::new(),
                            evidence: *q,
                            sentence: si,
                        };
                        push(&mut out, &mut said, &doc.text, &index, mentions, d);
                    }
                }
            }
        }

        // "selon X, …" / "d'après X, …": attribution to X about the other actors.
        for (j, w) in clause.folded.iter().enumerate() {
            let after = match w.as_str() {
                "selon" => j + 1,
                "d'apres" => j + 1,
                "apres" if j > 0 && clause.folded[j - 1] == "d'" => j + 1,
                // "Pour Pékin, …" opening the sentence; "Aux yeux de Paris, …".
                "pour" if j == 0 => j + 1,
                "yeux"
                    if j > 0
                        && clause.folded[j - 1] == "aux"
                        && clause
                            .folded
                            .get(j + 1)
                            .is_some_and(|w| matches!(w.as_str(), "de" | "du" | "des" | "d'")) =>
                {
                    j + 2
                }
                _ => continue,
            };
            // ("Pour X," only where a comma closes X.)
            if w == "pour"
                && !clause.mentions.iter().any(|(a, b, _)| {
                    *a >= after
                        && *a <= after + 2
                        && clause.folded.get(*b).is_some_and(|w| w == ",")
                })
            {
                continue;
            }
            // "selon elle, par Bruxelles": the pronoun is the source, not the next name;
            // "selon lui"/"selon elle" is the last speaker.
            let pronoun = clause.folded.get(after).map(|w| w.as_str()).filter(|w| {
                matches!(
                    *w,
                    "elle" | "lui" | "eux" | "elles" | "nous" | "moi" | "vous" | "il" | "ils"
                )
            });
            let source = match pronoun {
                Some("lui" | "elle" | "eux" | "elles") => {
                    last_speakers.first().map(|&m| (after, after + 1, m))
                }
                Some(_) => None,
                None => clause
                    .mentions
                    .iter()
                    .find(|(a, _, m)| *a >= after && *a <= after + 2 && !m.target_only)
                    .copied(),
            };
            let Some((_, send, speaker)) = source else {
                continue;
            };
            // The attributed clause: from the sentence start (or the last ";") before
            // "selon" to the next ";" after it, at most WINDOW words each way.
            let lo = clause.folded[j.saturating_sub(WINDOW)..j]
                .iter()
                .rposition(|w| w == ";")
                .map_or(j.saturating_sub(WINDOW), |p| {
                    j.saturating_sub(WINDOW) + p + 1
                });
            // (Or "tandis que", which opens another speaker's clause.)
            let hi = clause.folded[j..(j + WINDOW).min(clause.folded.len())]
                .iter()
                .enumerate()
                .position(|(k, w)| {
                    w == ";"
                        || (w == "tandis"
                            && clause
                                .folded
                                .get(j + k + 1)
                                .is_some_and(|n| n == "que" || n == "qu'"))
                })
                .map_or((j + WINDOW).min(clause.folded.len()), |p| j + p);
            let span = Span {
                start: clause.words[lo].start,
                end: clause.words[hi.max(lo + 1) - 1].end,
            };
            let polarity = evidence_polarity(lex, index.slice(&doc.text, span.start, span.end));
            // "Selon l'ONU, 2 000 personnes …": facts with no stance hold no target,
            // except an actor that is the subject of the attributed clause ("Selon
            // Canberra, Pékin chercherait à …").
            let subject: Vec<usize> = attributed_subject(&clause, send)
                .filter(|&a| {
                    // … when the source's own words or a reported claim follow ("le
                    // Guyana « tente de … »", "Pékin chercherait à …"), not figures.
                    a < hi
                        && clause.folded[a..hi].iter().any(|w| {
                            w == "«" || w == "\"" || w.ends_with("rait") || w.ends_with("raient")
                        })
                })
                .map(|a| coordinated_mentions(&clause, a))
                .unwrap_or_default();
            if (polarity == 0 || pronoun.is_some()) && subject.is_empty() {
                continue;
            }
            let stance = stance_name(polarity);
            for (_, _, t) in clause.mentions.iter().filter(|(a, _, m)| {
                *a >= lo
                    && *a < hi
                    && (*a >= send || *a + 3 < after)
                    && !m.subject_only
                    && ((polarity != 0 && pronoun.is_none()) || subject.contains(a))
            }) {
                let d = Draft {
                    speaker,
                    target: t,
                    stance,
                    kind: "attribution",
                    cue: index
                        .slice(&doc.text, clause.words[j].start, clause.words[j].end)
                        .to_string(),
                    evidence: span,
                    sentence: si,
                };
                push(&mut out, &mut said, &doc.text, &index, mentions, d);
            }
            last_speakers = vec![speaker];
        }
    }
    refine_collective(out, &collective)
}

/// A speaker's own statement refines the summary of a list it is part of: "Washington,
/// Londres et l'Otan ont appelé Pékin à …" then "l'Otan a « pris acte »" gives the Otan
/// only its own, neutral, stance. A list statement is dropped where the same speaker
/// actor has a statement of its own on the same target with another stance.
fn refine_collective(out: Vec<Statement>, collective: &HashSet<usize>) -> Vec<Statement> {
    let own: HashSet<(&str, &str, &str)> = out
        .iter()
        .enumerate()
        .filter(|(i, _)| !collective.contains(i))
        .map(|(_, s)| {
            (
                s.speaker_actor.as_str(),
                s.target_actor.as_str(),
                s.stance.as_str(),
            )
        })
        .collect();
    let refined: Vec<bool> = out
        .iter()
        .enumerate()
        .map(|(i, s)| {
            collective.contains(&i)
                && own.iter().any(|(a, t, st)| {
                    *a == s.speaker_actor && *t == s.target_actor && *st != s.stance
                })
        })
        .collect();
    out.into_iter()
        .zip(refined)
        .filter(|(_, r)| !r)
        .map(|(s, _)| s)
        .collect()
}

/// The agents of a passive cue ("a été saluée par X", "a été vivement critiquée par X
/// et Y", "… et aussitôt regrettée par Z" after a passive, ", une décision saluée par
/// X" in apposition) and the word range of the clause's subject (up to its verb
/// group).
fn passive_agent<'m>(
    c: &Clause<'m>,
    ci: usize,
    cend: usize,
    after_passive: bool,
) -> Option<(Vec<&'m Mention>, usize, usize)> {
    let w = &c.folded;
    let by = agent_by(w, cend)?;
    // Adverbs between the auxiliary and the participle ("a été vivement critiquée").
    let mut k = ci;
    while k > 0 && ci - k < 3 && ADVERBS.contains(&w[k - 1].as_str()) {
        k -= 1;
    }
    let before = w.get(k.checked_sub(1)?)?.as_str();
    let participle = ["e", "ee", "es", "ees"].iter().any(|e| w[ci].ends_with(e));
    // ", une décision saluée par X": a noun in apposition to the sentence.
    let apposition = participle
        && k >= 3
        && w[k - 3] == ","
        && DETERMINERS.contains(&w[k - 2].as_str())
        && !c.mentions.iter().any(|(a, b, _)| *a < k && k - 1 < *b);
    let passive = before == "ete" || (after_passive && before == "et") || apposition;
    if !passive {
        return None;
    }
    // The agent, or a list of agents ("par Cotonou et Niamey").
    let mut agents: Vec<&'m Mention> = Vec::new();
    let mut from = by + 1;
    for &(a, b, m) in c.mentions.iter().filter(|(a, _, _)| *a > by) {
        let gap = &w[from..a];
        let joined = if agents.is_empty() {
            a <= by + 3
        } else {
            !gap.is_empty()
                && gap
                    .iter()
                    .all(|x| matches!(x.as_str(), "," | "et" | "le" | "la" | "les" | "l'"))
        };
        if !joined || m.target_only {
            break;
        }
        agents.push(m);
        from = b;
    }
    if agents.is_empty() {
        return None;
    }
    // The subject: from the clause start (after the last ":" or ";") to its first
    // auxiliary.
    let start = w[..k]
        .iter()
        .rposition(|x| x == ":" || x == ";")
        .map_or(0, |p| p + 1);
    let subject_end = w[start..]
        .iter()
        .position(|x| AUXILIARIES.contains(&x.as_str()) || x == "ete")
        .map_or(ci, |p| start + p)
        .min(ci);
    Some((agents, start, subject_end))
}

/// "n'a pas condamné", "sans condamner", "s'est gardé de condamner", "refuse de".
fn negated(w: &[String], i: usize) -> bool {
    let before = &w[i.saturating_sub(4)..i];
    let after = &w[i + 1..(i + 3).min(w.len())];
    let ne = before.iter().any(|x| x == "ne" || x == "n'");
    let pas = before
        .iter()
        .chain(after)
        .any(|x| matches!(x.as_str(), "pas" | "jamais" | "guere" | "nullement"));
    let sans = w[i.saturating_sub(3)..i].iter().any(|x| x == "sans");
    let garde = before
        .iter()
        .any(|x| x.starts_with("garde") || x.starts_with("refus"));
    (ne && pas) || sans || garde
}

/// The subject that opens a sentence: its first mention not governed by a preposition,
/// before any verb of the sentence.
fn sentence_subject<'m>(c: &Clause<'m>) -> Option<&'m Mention> {
    c.mentions
        .iter()
        .find(|(a, _, m)| !m.target_only && !governed(c, *a))
        .filter(|(a, _, _)| {
            !c.folded[..*a]
                .iter()
                .any(|w| AUXILIARIES.contains(&w.as_str()))
        })
        .map(|(_, _, m)| *m)
}

/// Start of the verb group of the cue at `ci`: its auxiliaries, also across an
/// inserted phrase ("ont, dans des communiqués distincts, appelé").
fn verb_start(w: &[String], ci: usize) -> usize {
    let mut v = ci;
    loop {
        while v > 0 && AUXILIARIES.contains(&w[v - 1].as_str()) {
            v -= 1;
        }
        // "a également dénoncé", "a de son côté élevé": adverbs inside the verb group.
        if v == ci {
            let mut k = v;
            // "ont quant à elles annoncé": that "à" is no auxiliary.
            let adverb = |j: usize| {
                ADVERBS.contains(&w[j].as_str()) || (w[j] == "a" && j > 0 && w[j - 1] == "quant")
            };
            while k > 0 && ci - k < 4 && adverb(k - 1) {
                k -= 1;
                if k > 0 && AUXILIARIES.contains(&w[k - 1].as_str()) && !adverb(k - 1) {
                    break;
                }
            }
            if k < v && k > 0 && AUXILIARIES.contains(&w[k - 1].as_str()) {
                v = k;
                continue;
            }
        }
        // "a dit « prendre note »", "s'est dit prêt à": an infinitive cue governed by
        // "dire" starts with that verb.
        if v == ci && infinitive(&w[ci]) {
            let mut k = v;
            while k > 0 && matches!(w[k - 1].as_str(), "«" | "\"" | "“") {
                k -= 1;
            }
            if k > 0 && matches!(w[k - 1].as_str(), "dit" | "dite" | "dits" | "dites") {
                v = k - 1;
                continue;
            }
        }
        if v > 0 && w[v - 1] == "," {
            let lo = v.saturating_sub(12);
            if let Some(c) = (lo..v - 1).rev().find(|&k| w[k] == ",") {
                if c > 0 && AUXILIARIES.contains(&w[c - 1].as_str()) {
                    v = c;
                    continue;
                }
            }
        }
        return v;
    }
}

/// The speakers of the cue at `ci..=cend`, and (for an inverted subject) the word
/// index after the speaker.
fn find_speakers<'m>(
    c: &Clause<'m>,
    ci: usize,
    cend: usize,
    after_quote: bool,
    last: &[&'m Mention],
) -> (Vec<&'m Mention>, Option<usize>) {
    let v = verb_start(&c.folded, ci);
    let aux = &c.folded[v..ci];
    // "a-t-il ajouté", "estime-t-elle": a pronoun subject after the verb.
    let inverted_pronoun = aux.iter().chain(std::iter::once(&c.folded[ci])).any(|w| {
        w.ends_with("-t-il")
            || w.ends_with("-t-elle")
            || w.ends_with("-il")
            || w.ends_with("-elle")
            || w.ends_with("-ils")
    });
    if inverted_pronoun {
        return (last.to_vec(), None);
    }
    // "…», a réagi Zhao Lijian": the subject follows the verb.
    let prev = if v > 0 { c.folded[v - 1].as_str() } else { "" };
    let after = c
        .mentions
        .iter()
        .find(|(a, _, m)| *a > cend && *a <= cend + 3 && !m.target_only)
        .map(|&(_, b, m)| (m, b));
    if after_quote {
        // "», a affirmé devant la presse le représentant …": after a quote the subject
        // may follow a short complement.
        let further = || {
            c.mentions
                .iter()
                .find(|(a, _, m)| {
                    *a > cend
                        && *a <= cend + 6
                        && !m.target_only
                        && !c.folded[cend + 1..*a]
                            .iter()
                            .any(|w| w == "," || w == "que")
                })
                .map(|&(_, b, m)| (m, b))
        };
        if let Some((m, b)) = after.or_else(further) {
            // "…, ont affirmé le Premier ministre X et son homologue Y": both, each past
            // its apposition ("le ministre britannique Keir Starmer").
            let apposed = |end: usize, actor: &str| {
                c.mentions
                    .iter()
                    .find(|(a, _, m)| *a == end && m.actor == actor)
                    .map_or(end, |&(_, b, _)| b)
            };
            let mut group = vec![m];
            let mut end = apposed(b, &m.actor);
            if c.folded.get(end).is_some_and(|w| w == "et") {
                if let Some(&(_, b2, m2)) = c.mentions.iter().find(|(a, _, m2)| {
                    *a > end && *a <= end + 2 && !m2.target_only && m2.actor != m.actor
                }) {
                    group.push(m2);
                    end = apposed(b2, &m2.actor);
                }
            }
            if group.len() == 1 {
                end = b;
            }
            return (group, Some(end));
        }
    }
    // "…, saluée par le Trésor américain, qui a loué …": the antecedent of "qui"
    // speaks, even after a preposition.
    if prev == "qui" && v >= 2 && c.folded[v - 2] == "," {
        let comma = v - 2;
        if let Some(pos) = c.mentions.iter().position(|(_, b, m)| {
            !m.target_only && (*b == comma || (*b + 1 == comma && c.folded[*b] == ")"))
        }) {
            // "Le Mali, le Burkina Faso et le Niger, qui ont annoncé …": the whole list.
            let mut group = vec![c.mentions[pos].2];
            let mut k = pos;
            while k > 0 {
                let (_, pb, pm) = c.mentions[k - 1];
                let gap = &c.folded[pb.min(c.mentions[k].0)..c.mentions[k].0];
                if gap.is_empty()
                    || !gap
                        .iter()
                        .all(|w| matches!(w.as_str(), "," | "et" | "le" | "la" | "les" | "l'"))
                    || pm.target_only
                {
                    break;
                }
                group.insert(0, pm);
                k -= 1;
            }
            return (group, None);
        }
    }
    // "Il a dénoncé": the last speaker.
    if v > 0 && PRONOUNS.contains(&prev) {
        return (last.to_vec(), None);
    }
    // Subject before the verb: the mentions of the clause before it, not governed by a
    // preposition; a coordinated list ("X, Y et Z ont …") gives all of them.
    // "Le Chili, qui entretient des liens avec Londres, a appelé …": the subject stands
    // before a relative clause set off by commas; the clause's actors do not speak.
    let relative = relative_before(&c.folded, v);
    let v = relative.unwrap_or(v);
    let floor = v.saturating_sub(WINDOW);
    // (A straight quote mark ends a clause only where it closes a quote: an odd
    // number of them stand before it in the sentence.)
    let clause_start = (floor..v)
        .rev()
        .find(|&p| {
            let w = c.folded[p].as_str();
            matches!(w, ";" | ":" | "»" | "que" | "qu'") || (w == "\"" && c.closes[p])
        })
        .map_or(floor, |p| p + 1);
    let (lo, hi) = (
        c.mentions.partition_point(|(a, _, _)| *a < clause_start),
        c.mentions.partition_point(|(a, _, _)| *a < v),
    );
    let cands: Vec<(usize, usize, &Mention)> = c.mentions[lo..hi]
        .iter()
        .filter(|(a, b, m)| *a >= clause_start && *b <= v && !m.target_only)
        .filter(|(a, _, _)| !governed(c, *a) || is_list_link(c, *a) || headed(c, *a))
        .filter(|(_, b, m)| !m.subject_only || c.folded.get(*b).is_none_or(|w| w != "("))
        .copied()
        .collect();
    let Some(&(_, last_b, nearest)) = cands.last() else {
        // ", a estimé le ministre X": an inverted subject after a comma.
        if prev == "," && relative.is_none() {
            if let Some((m, b)) = after {
                return (vec![m], Some(b));
            }
        }
        return (Vec::new(), None);
    };
    // Walk back through the list: mentions joined only by commas, "et", "ou", "encore",
    // "ainsi que", articles.
    let mut group = vec![nearest];
    let mut end_of_prev = cands.len() - 1;
    while end_of_prev > 0 {
        let (pa, pb, pm) = cands[end_of_prev - 1];
        let (na, _, _) = cands[end_of_prev];
        let between = &c.folded[pb.min(na)..na];
        // "l'Organisation de la coopération islamique (OCI)": the acronym in brackets
        // is the same speaker, named by its full name.
        if between.len() == 1
            && between[0] == "("
            && group.last().is_some_and(|g| g.actor == pm.actor)
        {
            *group.last_mut().expect("non-empty group") = pm;
            end_of_prev -= 1;
            continue;
        }
        // ", de la Jordanie et de l'Irak": a repeated preposition after the link.
        let linked = between.iter().any(|w| w == "," || w == "et");
        if between.iter().all(|w| {
            matches!(
                w.as_str(),
                "," | "et" | "ou" | "encore" | "ainsi" | "que" | "le" | "la" | "les" | "l'"
            ) || (linked && matches!(w.as_str(), "de" | "d'" | "du" | "des" | "(" | ")"))
        }) {
            group.push(pm);
            end_of_prev -= 1;
            let _ = pa;
        } else {
            break;
        }
    }
    // Words between the subject and the verb must not start another clause.
    let gap = &c.folded[last_b..v];
    if gap.iter().any(|w| w == "que" || w == "qu'" || w == "dont") {
        return (Vec::new(), None);
    }
    group.reverse();
    let mut seen = HashSet::new();
    group.retain(|m| seen.insert(m.actor.clone()));
    (group, None)
}

/// The "par" that introduces the agent of the participle ending at `cend`, right after
/// it or after a short attribute ("qualifiée d'« injustifiée » par Paris").
fn agent_by(w: &[String], cend: usize) -> Option<usize> {
    (cend + 1..(cend + 7).min(w.len()))
        .take_while(|&j| w[j] != ",")
        .find(|&j| w[j] == "par")
}

/// A verb form that only qualifies a noun or an object, not a cue: a past participle
/// with no auxiliary ("la zone contestée", "les restrictions imposées par X"), unless it
/// continues a verb group ("a dénoncé … et accusé X"), is a passive ("a été saluée
/// par") or stands in apposition (", une décision saluée par X"); an infinitive after
/// its object ("contraignant le Koweït à suspendre", "accusé Sofia d'« exiger »").
fn modifier(c: &Clause, text: &str, index: &CharIndex, ci: usize, after_cue: bool) -> bool {
    let w = &c.folded;
    let quote_mark = |x: &str| matches!(x, "«" | "\"" | "“");
    // The cue's first word, before any opening quote mark …
    let mut q = ci;
    while q > 0 && quote_mark(&w[q - 1]) {
        q -= 1;
    }
    // … and before adverbs too: "a « vivement regretté »".
    let mut qa = q;
    while qa > 0 && (quote_mark(&w[qa - 1]) || adverb(&w[qa - 1])) {
        qa -= 1;
    }
    let word = index.slice(text, c.words[ci].start, c.words[ci].end);
    if past_participle(word) && verb_start(w, qa) == qa {
        let before = if qa > 0 { w[qa - 1].as_str() } else { "" };
        // (after a comma only when a cue came before: "la présidence, assurée par X".)
        // ("mais critiquée par Pékin" is a passive, not a second verb.)
        let coordinated = before == "et"
            || (before == "mais" && agent_by(w, ci).is_none())
            || (before == "," && after_cue);
        let passive = before == "ete";
        let apposition = qa >= 3
            && w[qa - 3] == ","
            && DETERMINERS.contains(&w[qa - 2].as_str())
            && agent_by(w, ci).is_some();
        return !(coordinated || passive || apposition);
    }
    // (Not "La France a déclaré": folded, "déclaré" reads like an infinitive.)
    let infinitive = infinitive(&w[ci]) && !past_participle(word);
    infinitive
        && q > 1
        && matches!(w[q - 1].as_str(), "a" | "de" | "d'")
        && c.mentions.iter().any(|(_, b, _)| *b == q - 1)
}

/// A cardinal number, in digits or words ("3", "trois", "treize").
fn number_word(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_digit())
        || matches!(
            w,
            "un" | "une"
                | "deux"
                | "trois"
                | "quatre"
                | "cinq"
                | "six"
                | "sept"
                | "huit"
                | "neuf"
                | "dix"
                | "onze"
                | "douze"
                | "treize"
                | "quatorze"
                | "quinze"
                | "seize"
                | "vingt"
                | "trente"
        )
}

/// An infinitive of any group, read on the folded word ("appeler", "réagir", "dire").
fn infinitive(w: &str) -> bool {
    ["er", "ir", "re"].iter().any(|e| w.ends_with(e))
}

/// An adverb of manner or time that may stand inside a verb group ("vivement").
fn adverb(w: &str) -> bool {
    (w.len() > 6 && w.ends_with("ment"))
        || matches!(
            w,
            "aussi" | "deja" | "aussitot" | "encore" | "ensuite" | "alors" | "toutefois"
        )
}

/// A past participle of the first group ("contestée", "assurés"), read on the word as
/// written: folding would make "assuré" the present "assure".
fn past_participle(word: &str) -> bool {
    let w = word.to_lowercase();
    ["é", "ée", "és", "ées"].iter().any(|e| w.ends_with(e))
}

/// The comma opening a relative or appositive clause that ends right before the verb
/// group starting at `v` (", qui …,", ", dont …,", ", alliée de …,"): the subject lies
/// before it.
fn relative_before(w: &[String], v: usize) -> Option<usize> {
    if v < 3 || w[v - 1] != "," {
        return None;
    }
    let lo = v.saturating_sub(30);
    let open = (lo..v - 2).rev().find(|&k| w[k] == ",")?;
    // (Or a participle in apposition: "La présidence de l'OSCE, assurée par
    // l'Albanie, a exhorté …".)
    let participle = ["e", "ee", "es", "ees"]
        .iter()
        .any(|e| w[open + 1].ends_with(e))
        && w[open + 2..v - 1].iter().any(|x| x == "par");
    // (Or a short noun phrase in apposition: "Washington, allié des deux pays, a …",
    // "le CNRD, nom officiel de la junte, a …".)
    let no_verb = |max: usize, stop: &[&str]| {
        v - 1 - open <= max
            && !w[open + 1..v - 1]
                .iter()
                .any(|x| AUXILIARIES.contains(&x.as_str()) || stop.contains(&x.as_str()))
    };
    let apposition = (apposition_noun(&w[open + 1]) && no_verb(7, &["que", "qu'", "et"]))
        // "Le Royaume-Uni, l'une des trois puissances garantes …, a appelé …".
        || ((matches!(w[open + 1].as_str(), "l'une" | "l'un")
            || (w[open + 1] == "l'" && w.get(open + 2).is_some_and(|x| x == "une" || x == "un")))
            && no_verb(24, &["que", "qu'", ","]));
    (matches!(w[open + 1].as_str(), "qui" | "dont" | "ou") || participle || apposition)
        .then_some(open)
}

/// The head of a short apposition before the verb ("Washington, allié des deux pays,").
fn apposition_noun(w: &str) -> bool {
    matches!(
        w,
        "allie"
            | "alliee"
            | "allies"
            | "nom"
            | "principal"
            | "principale"
            | "premier"
            | "premiere"
            | "proche"
            | "membre"
            | "voisin"
            | "voisine"
            | "partenaire"
            | "ancienne"
            | "ancien"
            | "pays"
            | "chef"
            | "puissance"
            | "soutien"
            | "soutiens"
            | "voisins"
            | "partenaires"
            | "membres"
            | "hote"
    )
}

/// A mention named as the place or forum of the act, not its target ("devant le
/// Conseil de sécurité", "une plainte auprès de l'ONU", "les résolutions de l'ONU").
fn venue(w: &[String], a: usize) -> bool {
    w[a.saturating_sub(4)..a].iter().any(|x| {
        matches!(
            x.as_str(),
            "devant"
                | "aupres"
                | "reunion"
                | "session"
                | "sommet"
                | "siege"
                | "tribune"
                | "plainte"
        ) || x.starts_with("resolution")
    }) || member_of(w, a)
        // "la paix en Ukraine", "l'offensive russe en Ukraine": where, not about whom.
        || (a >= 3
            && w[a - 1] == "en"
            && matches!(
                w[if matches!(w[a - 2].as_str(), "»" | "\"") { a - 3 } else { a - 2 }].as_str(),
                "paix" | "guerre" | "conflit" | "offensive" | "invasion" | "crise" | "situation" | "russe"
            ))
        // "devant l'Organisation mondiale du commerce (OMC)": the acronym of a venue.
        || (a > 0
            && w[a - 1] == "("
            && w[a.saturating_sub(10)..a - 1]
                .iter()
                .any(|x| x == "devant" || x == "aupres"))
}

/// "un Etat membre de l'Union européenne": the organisation a member belongs to.
fn member_of(w: &[String], a: usize) -> bool {
    let k = if a > 0 && ARTICLES.contains(&w[a - 1].as_str()) {
        a - 1
    } else {
        a
    };
    if k >= 2
        && matches!(w[k - 1].as_str(), "de" | "du" | "d'" | "des")
        && matches!(w[k - 2].as_str(), "membre" | "membres")
    {
        return true;
    }
    // "membre de l'Union européenne et de l'Otan": the second of a list.
    k >= 3
        && matches!(w[k - 1].as_str(), "de" | "du" | "d'" | "des")
        && w[k - 2] == "et"
        && w[k.saturating_sub(10)..k - 2]
            .iter()
            .any(|x| x == "membre" || x == "membres")
}

/// "a rappelé que l'AIEA avait jugé …", "que la Cédéao avait elle-même condamné …":
/// the subject of a reported statement inside the clause speaks; it is no target.
fn nested_speaker(lex: &Lexicon, w: &[String], a: usize, b: usize) -> bool {
    let mut k = a;
    if k > 0 && ARTICLES.contains(&w[k - 1].as_str()) {
        k -= 1;
    }
    let after_que = k > 0 && matches!(w[k - 1].as_str(), "que" | "qu'");
    let emphatic = w.get(b..(b + 3).min(w.len())).is_some_and(|ws| {
        ws.iter()
            .any(|x| x.ends_with("-meme") || x.ends_with("-memes"))
    });
    // (A reported speech act, "avait jugé", "a condamné"; not "exigeait", which
    // reports what the actor wants.)
    let cue_follows = (b + 1..(b + 6).min(w.len()))
        .any(|j| lex.cue_at(w, j).is_some() && AUXILIARIES.contains(&w[j - 1].as_str()));
    after_que && (emphatic || cue_follows)
}

/// Where the mention starting at word `a` starts with its article ("l'" of "l'Otan").
fn article_start(c: &Clause, a: usize) -> usize {
    if a > 0 && ARTICLES.contains(&c.folded[a - 1].as_str()) {
        a - 1
    } else {
        a
    }
}

/// A mention governed by a preposition ("de l'Union européenne", "à Pékin").
fn governed(c: &Clause, a: usize) -> bool {
    let k = article_start(c, a);
    k > 0 && PREPOSITIONS.contains(&c.folded[k - 1].as_str())
}

/// "le président de la Commission de l'UA", "la procureure adjointe de la CPI", "le
/// palais présidentiel de Malacañang": a title or body whose actor is its complement.
fn headed(c: &Clause, a: usize) -> bool {
    let k = article_start(c, a);
    if k == 0 || !matches!(c.folded[k - 1].as_str(), "de" | "du" | "d'" | "des") {
        return false;
    }
    c.folded[(k - 1).saturating_sub(2)..k - 1]
        .iter()
        .any(|w| HEADS.iter().any(|h| w == h))
}

fn is_list_link(c: &Clause, a: usize) -> bool {
    // "… et de la Chine", ", de l'Egypte": a preposition repeated inside a list does not
    // govern it.
    let k = article_start(c, a);
    k >= 2 && matches!(c.folded[k - 2].as_str(), "," | "et")
}

/// A quote that ends right before the verb group of the cue at `ci` ("« … », a dit X").
fn quote_ending_before(c: &Clause, quotes: &[Span], ci: usize) -> Option<Span> {
    let mut k = verb_start(&c.folded, ci);
    while k > 0 && c.folded[k - 1] == "," {
        k -= 1;
    }
    if k == 0 {
        // The quote may end in the previous sentence: the cue starts this one.
        let start = c.words[0].start;
        return quotes
            .iter()
            .rev()
            .find(|q| q.end <= start && start - q.end <= 3)
            .copied();
    }
    let prev = c.words[k - 1];
    // "X, qui avait fait du 25 octobre une « journée contre les sanctions », a
    // appelé …": a quote closing a relative clause is not the cue's words.
    let relative = relative_before(&c.folded, verb_start(&c.folded, ci)).map(|o| c.words[o].start);
    quotes
        .iter()
        .find(|q| q.end == prev.end)
        .filter(|q| relative.is_none_or(|o| q.start < o))
        .copied()
}

/// A quote that the cue introduces (": « … »", "que « … »") before the next cue.
fn quote_starting_after(
    c: &Clause,
    quotes: &[Span],
    cend: usize,
    region_end: usize,
) -> Option<Span> {
    let from = c.words[cend].end;
    let to = c.words[region_end.max(cend + 1) - 1].end;
    quotes
        .iter()
        .find(|q| q.start >= from && q.start < to && q.start - from <= 30)
        .copied()
}

#[allow(clippy::too_many_arguments)]
fn decide_stance(
    lex: &Lexicon,
    class: CueClass,
    polarity: i8,
    evidence: &str,
    targets: &[&Mention],
    c: &Clause,
    cend: usize,
    region_end: usize,
) -> &'static str {
    match class {
        CueClass::Judgement | CueClass::Act => stance_name(polarity as i32),
        CueClass::Call => {
            let all_parties = names_all_parties(&c.folded[cend + 1..region_end.max(cend + 1)]);
            let distinct: HashSet<&str> = targets.iter().map(|t| t.actor.as_str()).collect();
            if all_parties || distinct.len() >= 2 {
                "neutral"
            } else {
                "negative"
            }
        }
        CueClass::Speech => stance_name(evidence_polarity(lex, evidence)),
    }
}

/// Who took the decision a judgement is about: the actor named after a decision noun
/// in the sentence ("la décision de la Tanzanie"), else the last actor with an official
/// act in the four sentences before, else the subject of the lead.
fn decider<'m>(
    c: &Clause<'m>,
    out: &[Statement],
    mentions: &'m [Mention],
    lead: Option<&'m Mention>,
    si: usize,
) -> Option<&'m Mention> {
    let named = c.mentions.iter().find(|(a, _, m)| {
        let k = article_start(c, *a);
        !m.subject_only
            && k >= 2
            && matches!(c.folded[k - 1].as_str(), "de" | "du" | "d'")
            && names_decision(&c.folded[k - 2..k - 1])
    });
    if let Some(&(_, _, m)) = named {
        return Some(m);
    }
    let actor = out
        .iter()
        .rev()
        .find(|p| p.kind == "act" && p.sentence.is_some_and(|ps| si - ps <= 4))
        .map(|p| p.speaker_actor.as_str())
        .or(lead.map(|m| m.actor.as_str()))?;
    mention_of(mentions, actor)
}

/// "une décision « juste »", "cette décision", "le vote": the object of a judgement is
/// a decision (within its first three words).
fn names_decision(words: &[String]) -> bool {
    words.iter().take(4).any(|w| {
        matches!(
            w.as_str(),
            "decision"
                | "vote"
                | "verdict"
                | "mesure"
                | "mesures"
                | "initiative"
                | "rapport"
                | "prolongation"
                | "suspension"
                | "reconduction"
                | "mandat"
                | "resolution"
                | "jugement"
                | "expulsion"
                | "inculpation"
                | "arret"
                | "choix"
                | "geste"
                | "annonce"
                | "precedent"
                | "pas"
        )
    })
}

/// "a jugé ces propos « inappropriés »", "a dénoncé des déclarations": a judgement on
/// words that names no one is about whoever spoke last (within the object's first
/// three words).
fn names_words(words: &[String]) -> bool {
    // (Not "les propos du ministre": a named author is not the last speaker.)
    (0..words.len().min(3)).any(|k| {
        matches!(
            words[k].as_str(),
            "propos" | "declarations" | "remarques" | "commentaires" | "affirmations" | "menaces"
        ) && words
            .get(k + 1)
            .is_none_or(|w| !matches!(w.as_str(), "de" | "du" | "des" | "d'"))
    })
}

/// "les deux voisins", "les deux capitales": both sides of a dispute, unnamed (within
/// the object's first three words).
fn names_two_sides(words: &[String]) -> Option<usize> {
    // ("les deux pays", within the object's first words; "l'accord conclu par les deux
    // voisins" or "aux deux pays" further on too, with "les trois pays" for three.)
    words
        .iter()
        .take(12)
        .collect::<Vec<_>>()
        .windows(2)
        .find_map(|w| {
            let n = match w[0].as_str() {
                "deux" => 2,
                "trois" => 3,
                _ => return None,
            };
            matches!(
                w[1].as_str(),
                "voisins"
                    | "allies"
                    | "pays"
                    | "capitales"
                    | "gouvernements"
                    | "belligerants"
                    | "rivaux"
                    | "etats"
                    | "dirigeants"
                    | "delegations"
                    | "parties"
            )
            .then_some(n)
        })
}

/// The `n` states named most often before `before` (a code-point offset), most first
/// (ties: the first named first), each as its first mention.
fn most_named(mentions: &[Mention], before: usize, n: usize) -> Vec<&Mention> {
    let mut counts: Vec<(&str, usize, usize)> = Vec::new(); // (actor, count, first)
    for (i, m) in mentions
        .iter()
        .enumerate()
        .take_while(|(_, m)| m.start < before)
    {
        if crate::actors::gazetteer().state(&m.actor).is_none() {
            continue;
        }
        match counts.iter_mut().find(|c| c.0 == m.actor) {
            Some(c) => c.1 += 1,
            None => counts.push((m.actor.as_str(), 1, i)),
        }
    }
    counts.sort_by_key(|c| (std::cmp::Reverse(c.1), c.2));
    counts.iter().take(n).map(|c| &mentions[c.2]).collect()
}

/// "une décision que Lima et Bogota ont dénoncée": the words before the cue's subject
/// end in a decision noun and a relative "que".
fn decision_antecedent(before: &[String]) -> bool {
    let Some(que) = before.iter().rposition(|w| w == "que" || w == "qu'") else {
        return false;
    };
    before.len() - que <= 6 && que > 0 && names_decision(&before[que - 1..que])
}

/// "toutes les parties", "les deux camps": a call addressed to every side alike.
fn names_all_parties(words: &[String]) -> bool {
    words.windows(2).any(|w| {
        matches!(
            (w[0].as_str(), w[1].as_str()),
            ("toutes", "les") | ("les", "parties") | ("deux", "parties") | ("deux", "camps")
        )
    })
}

/// A report made a noun: "la condamnation par X de …" (word range `noun..end`).
struct Nominal<'m> {
    noun: usize,
    end: usize,
    agent: &'m Mention,
    targets: Vec<&'m Mention>,
    stance: &'static str,
}

fn nominal_report<'m>(c: &Clause<'m>) -> Option<Nominal<'m>> {
    const NOUNS: [(&str, &str); 8] = [
        ("condamnation", "negative"),
        ("denonciation", "negative"),
        ("critique", "negative"),
        ("critiques", "negative"),
        ("mise", "negative"), // "la mise en cause par X de …"
        ("soutien", "positive"),
        ("felicitations", "positive"),
        ("reconnaissance", "positive"),
    ];
    let w = &c.folded;
    for (n, word) in w.iter().enumerate() {
        let Some(&(_, stance)) = NOUNS.iter().find(|(x, _)| x == word) else {
            continue;
        };
        let by = if word == "mise" {
            if w.get(n + 1).is_none_or(|x| x != "en") || w.get(n + 2).is_none_or(|x| x != "cause") {
                continue;
            }
            n + 3
        } else {
            n + 1
        };
        if w.get(by).is_none_or(|x| x != "par") {
            continue;
        }
        let Some(&(_, b, agent)) = c
            .mentions
            .iter()
            .find(|(a, _, m)| *a > by && *a <= by + 3 && !m.target_only)
        else {
            continue;
        };
        if !w
            .get(b)
            .is_some_and(|x| matches!(x.as_str(), "de" | "du" | "des" | "d'"))
        {
            continue;
        }
        // The complement: up to a comma or the verb group, at most 10 words.
        let end = (b + 1..(b + 11).min(w.len()))
            .find(|&k| {
                matches!(
                    w[k].as_str(),
                    "," | ";" | ":" | "qui" | "que" | "est" | "sont" | "ete"
                ) || AUXILIARIES.contains(&w[k].as_str())
            })
            .unwrap_or((b + 11).min(w.len()));
        let targets: Vec<&Mention> = c
            .mentions
            .iter()
            .filter(|(a, e, m)| *a > b && *e <= end && !m.subject_only && m.actor != agent.actor)
            .map(|(_, _, m)| *m)
            .collect();
        return Some(Nominal {
            noun: n,
            end,
            agent,
            targets,
            stance,
        });
    }
    None
}

/// The word index of the actor that opens the clause a "selon X," attribution
/// introduces: "Selon Canberra, Pékin …", "D'après Paris, la Russie …".
/// The mention starting at word `a` and those coordinated after it ("Pékin et
/// Moscou", "Pékin, Moscou et Téhéran"): their first words.
fn coordinated_mentions(clause: &Clause, a: usize) -> Vec<usize> {
    let mut out = vec![a];
    let mut end = clause
        .mentions
        .iter()
        .find(|m| m.0 == a)
        .map_or(a + 1, |m| m.1);
    loop {
        let mut k = end;
        if !clause.folded.get(k).is_some_and(|w| w == "et" || w == ",") {
            break;
        }
        k += 1;
        while clause
            .folded
            .get(k)
            .is_some_and(|w| ARTICLES.contains(&w.as_str()))
        {
            k += 1;
        }
        match clause.mentions.iter().find(|m| m.0 == k) {
            Some(m) => {
                out.push(m.0);
                end = m.1;
            }
            None => break,
        }
    }
    out
}

fn attributed_subject(clause: &Clause, source_end: usize) -> Option<usize> {
    // (Or "selon lui que …" with no comma.)
    let comma = (source_end..(source_end + 8).min(clause.folded.len())).find(|&k| {
        clause.folded[k] == ","
            || (k == source_end && matches!(clause.folded[k].as_str(), "que" | "qu'"))
    })?;
    // The clause start, or its first "que" ("Selon X, ce rapport prouve que l'Iran …").
    let que = (comma + 1..(comma + 8).min(clause.folded.len()))
        .find(|&k| matches!(clause.folded[k].as_str(), "que" | "qu'"));
    [Some(comma), que].into_iter().flatten().find_map(|start| {
        let mut k = start + 1;
        while clause.folded.get(k).is_some_and(|w| {
            matches!(
                w.as_str(),
                "la" | "le" | "les" | "l'" | "des" | "un" | "une"
            )
        }) {
            k += 1;
        }
        // (A state adjective after its noun: "des garde-côtes chinois ont tiré".)
        if let Some(&(a, _, _)) = clause.mentions.iter().find(|(a, _, m)| {
            *a == k + 1 && !m.subject_only && m.text.starts_with(|c: char| c.is_lowercase())
        }) {
            return Some(a);
        }
        // "Pour Berlin, la décision de Budapest est …": the decision's author.
        if clause
            .folded
            .get(k)
            .is_some_and(|w| names_decision(std::slice::from_ref(w)))
            && clause
                .folded
                .get(k + 1)
                .is_some_and(|w| matches!(w.as_str(), "de" | "du" | "d'"))
        {
            k += 2;
            while clause
                .folded
                .get(k)
                .is_some_and(|w| ARTICLES.contains(&w.as_str()))
            {
                k += 1;
            }
        }
        clause
            .mentions
            .iter()
            .find(|(a, _, m)| *a == k && !m.subject_only)
            .map(|(a, _, _)| *a)
    })
}

fn evidence_polarity(lex: &Lexicon, text: &str) -> i32 {
    text.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .map(|w| lex.polarity(&fold(w)) as i32)
        .sum()
}

fn stance_name(p: i32) -> &'static str {
    match p.signum() {
        -1 => "negative",
        1 => "positive",
        _ => "neutral",
    }
}

fn cue_text(text: &str, index: &CharIndex, c: &Clause, ci: usize, cend: usize) -> String {
    let v = verb_start(&c.folded, ci);
    // (Without a determiner left before a far object: "a reconnu mardi l'".)
    let mut end = cend;
    while end > ci && DETERMINERS.contains(&c.folded[end].as_str()) {
        end -= 1;
    }
    index
        .slice(text, c.words[v].start, c.words[end].end)
        .to_string()
}

/// The document's first mention of `actor` that may be a target: how an actor named
/// elsewhere (an accuser answered, the other side of a dispute) becomes one.
fn mention_of<'m>(mentions: &'m [Mention], actor: &str) -> Option<&'m Mention> {
    mentions
        .iter()
        .find(|m| m.actor == actor && !m.subject_only)
}

/// The fullest name the document gives a speaker: for a person, the longest person
/// mention sharing its last word ("M. Zhao" → "Zhao Lijian").
fn speaker_name(doc_mentions: &[Mention], m: &Mention) -> String {
    let strip = |s: &str| {
        for t in ["M. ", "Mme ", "Mlle ", "Dr ", "Me "] {
            if let Some(r) = s.strip_prefix(t) {
                return r.to_string();
            }
        }
        s.to_string()
    };
    if let Some(n) = &m.name {
        return n.clone();
    }
    if !m.person {
        return m.text.clone();
    }
    let name = strip(&m.text);
    let last = name.split_whitespace().last().unwrap_or("").to_string();
    doc_mentions
        .iter()
        .filter(|o| o.person && o.actor == m.actor)
        .map(|o| strip(&o.text))
        .filter(|o| o.split_whitespace().any(|w| w == last))
        .max_by_key(|o| o.chars().count())
        .unwrap_or(name)
}

/// Who spoke about whom in which sentence, kept also for the statements that `push`
/// merges into an earlier one (the answers of "a rejeté ces critiques" look it up).
struct Said {
    speaker_actor: String,
    target_actor: String,
    negative: bool,
    sentence: usize,
}

/// What was said in the `n` sentences before sentence `si` (and in it), newest first.
fn recent(said: &[Said], si: usize, n: usize) -> impl Iterator<Item = &Said> {
    said.iter().rev().take_while(move |p| si - p.sentence <= n)
}

/// A statement about to be recorded.
#[derive(Clone)]
struct Draft<'a> {
    speaker: &'a Mention,
    target: &'a Mention,
    stance: &'static str,
    kind: &'static str,
    cue: String,
    evidence: Span,
    sentence: usize,
}

/// Records a statement unless the document already has one with the same speaker
/// actor, target actor and stance, or it is self-reference.
/// Returns the index of the statement it duplicates, if any.
fn push(
    out: &mut Vec<Statement>,
    said: &mut Vec<Said>,
    text: &str,
    index: &CharIndex,
    mentions: &[Mention],
    d: Draft,
) -> Option<usize> {
    if d.speaker.actor == d.target.actor {
        return None;
    }
    said.push(Said {
        speaker_actor: d.speaker.actor.clone(),
        target_actor: d.target.actor.clone(),
        negative: d.stance == "negative",
        sentence: d.sentence,
    });
    if let Some(i) = out.iter().position(|s| {
        s.speaker_actor == d.speaker.actor
            && s.target_actor == d.target.actor
            && s.stance == d.stance
    }) {
        return Some(i);
    }
    out.push(statement(text, index, mentions, d));
    None
}

fn statement(text: &str, index: &CharIndex, mentions: &[Mention], d: Draft) -> Statement {
    let score = stance_value(d.stance).unwrap_or(0.0) as f32;
    Statement {
        speaker: speaker_name(mentions, d.speaker),
        speaker_actor: d.speaker.actor.clone(),
        target_actor: d.target.actor.clone(),
        stance: d.stance.to_string(),
        kind: d.kind.to_string(),
        cue: d.cue,
        evidence: index
            .slice(text, d.evidence.start, d.evidence.end)
            .trim()
            .to_string(),
        score: Some(score),
        target: Some(d.target.text.clone()),
        sentence: Some(d.sentence),
        start: Some(d.evidence.start),
        end: Some(d.evidence.end),
    }
}

/// The transparent lexicon stance of one sentence towards the actor mentioned at
/// code-point `target_start`: the last cue verb before the target (else the first
/// cue) gives its polarity (negated: neutral; a call on several parties: neutral); a
/// verb of saying, or no cue, takes the sign of the sentence's polarity words.
/// Returns the stance and its score (−1, 0 or 1).
pub fn lexicon_stance(text: &str, target_start: Option<usize>) -> (&'static str, f32) {
    let lex = Lexicon::embedded();
    let words = crate::text::words(text);
    let chars: Vec<char> = text.chars().collect();
    let folded: Vec<String> = words
        .iter()
        .map(|w| fold(&chars[w.start..w.end].iter().collect::<String>()))
        .collect();
    let target_word = target_start.map(|t| words.partition_point(|w| w.end <= t));
    let mut chosen = None;
    let mut i = 0;
    while i < folded.len() {
        if let Some((cue, end)) = lex.cue_at(&folded, i) {
            let noun = i > 0 && DETERMINERS.contains(&folded[i - 1].as_str());
            if !noun {
                let before_target = target_word.is_none_or(|t| i < t);
                if chosen.is_none() || before_target {
                    chosen = Some((i, end, cue));
                }
                if target_word.is_some_and(|t| i >= t) {
                    break;
                }
                i = end + 1;
                continue;
            }
        }
        i += 1;
    }
    let stance = match chosen {
        Some((i, _, _)) if negated(&folded, i) => "neutral",
        Some((_, end, cue)) => match cue.class {
            CueClass::Judgement | CueClass::Act => stance_name(cue.polarity as i32),
            CueClass::Call => {
                let rest = &folded[end + 1..];
                let all = names_all_parties(rest) || rest.iter().take(8).any(|w| w == "et");
                if all {
                    "neutral"
                } else {
                    "negative"
                }
            }
            CueClass::Speech => stance_name(evidence_polarity(lex, text)),
        },
        None => stance_name(evidence_polarity(lex, text)),
    };
    (stance, stance_value(stance).unwrap_or(0.0) as f32)
}

/// The GDELT-style baseline: every ordered pair of distinct actors mentioned in one
/// sentence gets that sentence's lexicon tone.
pub fn cooccurrence(doc: &Document, mentions: &[Mention]) -> Vec<Statement> {
    let lex = Lexicon::embedded();
    let index = CharIndex::new(&doc.text);
    let mut out = Vec::new();
    let mut said = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        let ms: Vec<&Mention> = mentions
            .iter()
            .filter(|m| m.start >= s.span.start && m.end <= s.span.end && !m.subject_only)
            .collect();
        let text = index.slice(&doc.text, s.span.start, s.span.end);
        let stance = stance_name(evidence_polarity(lex, text));
        for a in &ms {
            for b in &ms {
                let d = Draft {
                    speaker: a,
                    target: b,
                    stance,
                    kind: "cooccurrence",
                    cue: String::new(),
                    evidence: s.span,
                    sentence: si,
                };
                push(&mut out, &mut said, &doc.text, &index, mentions, d);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A document with mentions given as (surface, actor, person); each surface is
    /// searched in order from the end of the previous one.
    fn run(
        text: &str,
        mentions: &[(&str, &str, bool)],
    ) -> Vec<(String, String, String, String, String)> {
        let mut doc = Document::new("t", text);
        doc.sentences = crate::text::segment(text);
        let chars: Vec<char> = text.chars().collect();
        let mut from = 0;
        let mut ms = Vec::new();
        for (surface, actor, person) in mentions {
            let sc: Vec<char> = surface.chars().collect();
            let start = (from..=chars.len() - sc.len())
                .find(|&i| chars[i..i + sc.len()] == sc[..])
                .unwrap_or_else(|| panic!("{surface} not found"));
            from = start + sc.len();
            ms.push(Mention {
                start,
                end: from,
                text: surface.to_string(),
                actor: actor.to_string(),
                person: *person,
                name: None,
                target_only: false,
                subject_only: false,
            });
        }
        extract(&doc, &ms)
            .into_iter()
            .map(|s| (s.speaker, s.speaker_actor, s.target_actor, s.stance, s.kind))
            .collect()
    }

    fn st(a: &str, b: &str, c: &str, d: &str, e: &str) -> (String, String, String, String, String) {
        (a.into(), b.into(), c.into(), d.into(), e.into())
    }

    #[test]
    fn passive_agent_speaks_about_the_subject() {
        let got = run(
            "La décision de Colombo a été saluée par New Delhi et regrettée par Pékin.",
            &[
                ("Colombo", "LKA", false),
                ("New Delhi", "IND", false),
                ("Pékin", "CHN", false),
            ],
        );
        let short: Vec<(&str, &str, &str)> = got
            .iter()
            .map(|s| (s.1.as_str(), s.2.as_str(), s.3.as_str()))
            .collect();
        assert_eq!(
            short,
            vec![("IND", "LKA", "positive"), ("CHN", "LKA", "negative")]
        );
    }

    fn pairs(got: &[(String, String, String, String, String)]) -> Vec<(&str, &str)> {
        got.iter().map(|s| (s.1.as_str(), s.2.as_str())).collect()
    }

    #[test]
    fn subject_before_a_relative_clause() {
        // The relative clause's actors neither speak nor stop the subject search; a
        // quote closing the relative clause is not the cue's words.
        let got = run(
            "Le Chili, qui entretient des liens étroits avec Londres, s'est contenté d'appeler l'Argentine à « reprendre le dialogue ». Les rebelles, qui contrôlent la capitale Sanaa, ont accusé Ryad de « bloquer » les discussions. La SADC, qui avait fait du 25 octobre une « journée contre les sanctions », a de nouveau appelé les Etats-Unis à lever leurs mesures.",
            &[
                ("Chili", "CHL", false),
                ("Londres", "GBR", false),
                ("Argentine", "ARG", false),
                ("Sanaa", "YEM", false),
                ("Ryad", "SAU", false),
                ("SADC", "SADC", false),
                ("Etats-Unis", "USA", false),
            ],
        );
        assert_eq!(pairs(&got), vec![("CHL", "ARG"), ("SADC", "USA")]);
    }

    #[test]
    fn modifiers_are_not_cues() {
        // A bare participle, an infinitive after its object, a participle in apposition
        // without an agent: no statement. "et accusé" continues the verb group.
        let got = run(
            "La présidence de l'OSCE, assurée par la Slovaquie, a exprimé sa préoccupation. Djibouti a accusé l'Erythrée d'occuper la zone contestée avec le Qatar. La crise contraint le Koweït à suspendre ses vols vers l'Irak. Le Premier ministre a dénoncé une « humiliation » et accusé Sofia d'« exiger l'impossible ».",
            &[
                ("OSCE", "OSCE", false),
                ("Slovaquie", "SVK", false),
                ("Djibouti", "DJI", false),
                ("Erythrée", "ERI", false),
                ("Qatar", "QAT", false),
                ("Koweït", "KWT", false),
                ("Irak", "IRQ", false),
                ("Le Premier ministre", "MKD", false),
                ("Sofia", "BGR", false),
            ],
        );
        assert_eq!(pairs(&got), vec![("DJI", "ERI"), ("MKD", "BGR")]);
    }

    #[test]
    fn passives_with_lists_adverbs_and_appositions() {
        let got = run(
            "En 2019, la fermeture des frontières du Nigeria avait été vivement critiquée par Cotonou et Niamey. L'Assemblée du Conseil de l'Europe a recommandé l'adhésion du Kosovo, un vote salué par Pristina et aussitôt dénoncé par Belgrade.",
            &[
                ("Nigeria", "NGA", false),
                ("Cotonou", "BEN", false),
                ("Niamey", "NER", false),
                ("Conseil de l'Europe", "COE", false),
                ("Kosovo", "XKX", false),
                ("Pristina", "XKX", false),
                ("Belgrade", "SRB", false),
            ],
        );
        let p = pairs(&got);
        for want in [
            ("BEN", "NGA"),
            ("NER", "NGA"),
            ("XKX", "COE"),
            ("SRB", "COE"),
        ] {
            assert!(p.contains(&want), "{want:?} in {p:?}");
        }
        let srb = got.iter().find(|s| s.1 == "SRB").unwrap();
        assert_eq!(srb.3, "negative");
    }

    #[test]
    fn reciprocal_verbs_and_decisions() {
        let got = run(
            "Le Kirghizstan et le Tadjikistan se sont mutuellement accusés d'avoir ouvert le feu. Tokyo a « vivement regretté » cette décision.",
            &[
                ("Kirghizstan", "KGZ", false),
                ("Tadjikistan", "TJK", false),
                ("Tokyo", "JPN", false),
            ],
        );
        // The decision is the lead subject's (no act named before it).
        assert_eq!(
            pairs(&got),
            vec![("KGZ", "TJK"), ("TJK", "KGZ"), ("JPN", "KGZ")]
        );
        let got = run(
            "Nairobi et Kampala ont dénoncé la décision de la Tanzanie de suspendre les importations, une mesure qu'ils jugent contraire aux règles.",
            &[
                ("Nairobi", "KEN", false),
                ("Kampala", "UGA", false),
                ("Tanzanie", "TZA", false),
            ],
        );
        assert!(pairs(&got).iter().all(|(_, t)| *t == "TZA"), "{got:?}");
    }

    #[test]
    fn rejections_answer_the_accusers() {
        // "ces critiques": every recent accuser, also one whose statement merged into
        // an earlier one; a plain denial: only the last speaker about the answerer.
        let got = run(
            "Hanoï a dénoncé le barrage du Laos. Phnom Penh a critiqué le Laos. Hanoï a de nouveau dénoncé le Laos. Vientiane a rejeté ces critiques.",
            &[
                ("Hanoï", "VNM", false),
                ("Laos", "LAO", false),
                ("Phnom Penh", "KHM", false),
                ("Laos", "LAO", false),
                ("Hanoï", "VNM", false),
                ("Laos", "LAO", false),
                ("Vientiane", "LAO", false),
            ],
        );
        let p = pairs(&got);
        assert!(
            p.contains(&("LAO", "VNM")) && p.contains(&("LAO", "KHM")),
            "{p:?}"
        );
        let got = run(
            "Londres a condamné Pékin. Washington a accusé Pékin. Pékin a démenti toute responsabilité.",
            &[
                ("Londres", "GBR", false),
                ("Pékin", "CHN", false),
                ("Washington", "USA", false),
                ("Pékin", "CHN", false),
                ("Pékin", "CHN", false),
            ],
        );
        let p = pairs(&got);
        assert!(
            p.contains(&("CHN", "USA")) && !p.contains(&("CHN", "GBR")),
            "{p:?}"
        );
    }

    #[test]
    fn datelines_two_sides_and_late_inverted_subjects() {
        let got = run(
            "NATIONS UNIES (Etats-Unis), 27 mai 2021 (AFP) - Le Niger a accusé le Bénin d'abriter des bases. Pékin a appelé les deux voisins à « trouver une solution ». « Les Emirats arment une milice », a affirmé devant la presse le représentant du Soudan.",
            &[
                ("Etats-Unis", "USA", false),
                ("Niger", "NER", false),
                ("Bénin", "BEN", false),
                ("Pékin", "CHN", false),
                ("Emirats", "ARE", false),
                ("le représentant du Soudan", "SDN", false),
            ],
        );
        assert_eq!(
            pairs(&got),
            vec![
                ("NER", "BEN"),
                ("CHN", "NER"),
                ("CHN", "BEN"),
                ("SDN", "ARE")
            ]
        );
        assert!(
            got.iter().all(|s| s.1 != "CHN" || s.3 == "neutral"),
            "{got:?}"
        );
    }

    #[test]
    fn the_organisation_of_a_member_is_no_target() {
        let got = run(
            "Le ministère roumain a dénoncé « la violation de l'espace aérien d'un Etat membre de l'Otan » par Moscou. L'Otan a « pris acte » des déclarations de ses membres sur la Chine.",
            &[
                ("Le ministère roumain", "ROU", false),
                ("Otan", "NATO", false),
                ("Moscou", "RUS", false),
                ("L'Otan", "NATO", false),
                ("Chine", "CHN", false),
            ],
        );
        assert_eq!(pairs(&got), vec![("ROU", "RUS"), ("NATO", "CHN")]);
    }

    #[test]
    fn a_speakers_own_words_refine_the_list_it_is_part_of() {
        let got = run(
            "Ottawa et l'Otan ont condamné Pékin. L'Otan a « pris acte » des propos de Pékin. Le Canada a dénoncé l'attitude de Pékin.",
            &[
                ("Ottawa", "CAN", false),
                ("Otan", "NATO", false),
                ("Pékin", "CHN", false),
                ("Otan", "NATO", false),
                ("Pékin", "CHN", false),
                ("Canada", "CAN", false),
                ("Pékin", "CHN", false),
            ],
        );
        let short: Vec<(&str, &str, &str)> = got
            .iter()
            .map(|s| (s.0.as_str(), s.1.as_str(), s.3.as_str()))
            .collect();
        // The Otan's list statement gives way to its own neutral one; the Canada's own
        // words replace the list's (same stance).
        assert_eq!(
            short,
            vec![("Canada", "CAN", "negative"), ("Otan", "NATO", "neutral"),]
        );
    }

    #[test]
    fn collective_subject_across_an_inserted_phrase() {
        let got = run(
            "Ottawa, Canberra et l'Otan ont, dans des communiqués distincts, condamné Pékin.",
            &[
                ("Ottawa", "CAN", false),
                ("Canberra", "AUS", false),
                ("Otan", "NATO", false),
                ("Pékin", "CHN", false),
            ],
        );
        assert_eq!(
            got,
            vec![
                st("Ottawa", "CAN", "CHN", "negative", "indirect"),
                st("Canberra", "AUS", "CHN", "negative", "indirect"),
                st("Otan", "NATO", "CHN", "negative", "indirect"),
            ]
        );
    }

    #[test]
    fn quote_then_inverted_speaker_then_pronoun() {
        let got = run(
            "« Les Etats-Unis ont publié un rapport », a réagi Zhao Lijian. « C'est une menace pour la Chine », a-t-il ajouté au sujet de Washington.",
            &[("Etats-Unis", "USA", false), ("Zhao Lijian", "CHN", true), ("Chine", "CHN", false), ("Washington", "USA", false)],
        );
        assert_eq!(got[0], st("Zhao Lijian", "CHN", "USA", "neutral", "direct"));
        assert_eq!(
            got[1],
            st("Zhao Lijian", "CHN", "USA", "negative", "direct")
        );
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn negation_and_attribution() {
        let got = run(
            "Pékin n'a pas condamné Moscou. Selon Washington, la Russie mène une guerre illégale.",
            &[
                ("Pékin", "CHN", false),
                ("Moscou", "RUS", false),
                ("Washington", "USA", false),
                ("Russie", "RUS", false),
            ],
        );
        assert_eq!(
            got,
            vec![st("Washington", "USA", "RUS", "negative", "attribution")]
        );
    }

    #[test]
    fn calls_on_two_parties_are_neutral_and_participles_inherit_the_subject() {
        let got = run(
            "Le Qatar a appelé Moscou et Kiev à la retenue, saluant l'Egypte.",
            &[
                ("Qatar", "QAT", false),
                ("Moscou", "RUS", false),
                ("Kiev", "UKR", false),
                ("Egypte", "EGY", false),
            ],
        );
        assert_eq!(
            got,
            vec![
                st("Qatar", "QAT", "RUS", "neutral", "indirect"),
                st("Qatar", "QAT", "UKR", "neutral", "indirect"),
                st("Qatar", "QAT", "EGY", "positive", "indirect"),
            ]
        );
    }

    #[test]
    fn self_reference_is_dropped_and_no_speaker_no_statement() {
        let got = run(
            "La Chine a salué la Chine. La guerre a condamné des milliers de civils en Syrie.",
            &[
                ("Chine", "CHN", false),
                ("Chine", "CHN", false),
                ("Syrie", "SYR", false),
            ],
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn long_and_unbalanced_input_stays_linear() {
        let text = format!("« {} Pékin a condamné Tokyo.", "mot ".repeat(50_000));
        let got = run(&text, &[("Pékin", "CHN", false), ("Tokyo", "JPN", false)]);
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn quoted_cues_in_straight_quotes_and_hedges() {
        // An opening straight quote does not cut the subject off its verb.
        let got = run(
            "L'Australie a dit \"prendre note\" des informations canadiennes.",
            &[("Australie", "AUS", false), ("canadiennes", "CAN", false)],
        );
        assert_eq!(pairs(&got), vec![("AUS", "CAN")]);
        // "n'a pas exclu de …" is a hedge, kept; "n'a pas condamné" is not a statement.
        let got = run(
            "La Chine n'a pas exclu de renforcer sa coopération avec la Corée du Sud. Le Japon n'a pas condamné la Corée du Sud.",
            &[("Chine", "CHN", false), ("Corée du Sud", "KOR", false), ("Japon", "JPN", false), ("Corée du Sud", "KOR", false)],
        );
        assert_eq!(pairs(&got), vec![("CHN", "KOR")]);
    }

    #[test]
    fn attributions_nominal_reports_and_relative_speakers() {
        // "Selon X, Y chercherait …": a claim about the clause's subject, no lexicon word.
        let got = run(
            "Selon Canberra, Pékin chercherait à installer une base navale. Selon l'ONU, 2 000 Soudanais ont fui au Tchad.",
            &[("Canberra", "AUS", false), ("Pékin", "CHN", false), ("ONU", "UN", false), ("Tchad", "TCD", false)],
        );
        assert_eq!(pairs(&got), vec![("AUS", "CHN")]);
        // "Pour X, …" opening a sentence and "Aux yeux de X, …" attribute too.
        let got = run(
            "Pour Paris, la Russie « ment ». Aux yeux de Kiev, Moscou « devra rendre des comptes ».",
            &[("Paris", "FRA", false), ("Russie", "RUS", false), ("Kiev", "UKR", false), ("Moscou", "RUS", false)],
        );
        assert_eq!(pairs(&got), vec![("FRA", "RUS"), ("UKR", "RUS")]);
        // A report made a noun, then judged in the passive: the judge speaks about
        // the report's author, not its target.
        let got = run(
            "La condamnation par Washington de ces provocations russes a été saluée par Tbilissi.",
            &[
                ("Washington", "USA", false),
                ("russes", "RUS", false),
                ("Tbilissi", "GEO", false),
            ],
        );
        assert_eq!(pairs(&got), vec![("USA", "RUS"), ("GEO", "USA")]);
        // The antecedent of "qui" speaks, even after "par".
        let got = run(
            "La mesure a été saluée par le Trésor américain, qui a loué l'engagement de Buenos Aires.",
            &[("le Trésor américain", "USA", false), ("Buenos Aires", "ARG", false)],
        );
        assert!(pairs(&got).contains(&("USA", "ARG")), "{got:?}");
        // A bracketed acronym is the same speaker as the name before it.
        let got = run(
            "La Ligue arabe et l'Organisation de la coopération islamique (OCI) ont condamné Israël.",
            &[("Ligue arabe", "LAS", false), ("Organisation de la coopération islamique", "OIC", false), ("OCI", "OIC", false), ("Israël", "ISR", false)],
        );
        assert_eq!(pairs(&got), vec![("LAS", "ISR"), ("OIC", "ISR")]);
        // A verb coordinated after a quote keeps the sentence's subject.
        let got = run(
            "L'Otan s'est dit « confiante » et a appelé Ankara à « poursuivre les discussions ».",
            &[("Otan", "NATO", false), ("Ankara", "TUR", false)],
        );
        assert_eq!(pairs(&got), vec![("NATO", "TUR")]);
    }

    #[test]
    fn judgements_on_words_and_warrants_and_new_acts() {
        // "ces propos" with no named author: the last other speaker.
        let got = run(
            "Brasilia a accusé Israël de « génocide ». Washington a jugé ces propos « inappropriés ».",
            &[("Brasilia", "BRA", false), ("Israël", "ISR", false), ("Washington", "USA", false)],
        );
        assert_eq!(pairs(&got), vec![("BRA", "ISR"), ("USA", "BRA")]);
        // A warrant is a decision: judged, it targets whoever issued it; issuing it and
        // recalling an ambassador are acts.
        let got = run(
            "La CPI a émis vendredi un mandat d'arrêt contre le président russe. Washington a jugé le mandat « justifié ». La Thaïlande a rappelé son ambassadeur au Cambodge.",
            &[("CPI", "ICC", false), ("russe", "RUS", false), ("Washington", "USA", false), ("Thaïlande", "THA", false), ("Cambodge", "KHM", false)],
        );
        assert_eq!(
            pairs(&got),
            vec![("ICC", "RUS"), ("USA", "ICC"), ("THA", "KHM")]
        );
    }

    #[test]
    fn appositions_before_the_verb_and_selon_lui() {
        // A short apposition between the subject and its verb.
        let got = run(
            "Washington, allié des deux pays, a critiqué le Kenya.",
            &[("Washington", "USA", false), ("Kenya", "KEN", false)],
        );
        assert_eq!(pairs(&got), vec![("USA", "KEN")]);
        // "selon lui": the sentence's speaker.
        let got = run(
            "Kiev a critiqué Minsk. Ce mandat montre selon lui que la Russie « devra rendre des comptes ».",
            &[("Kiev", "UKR", false), ("Minsk", "BLR", false), ("Russie", "RUS", false)],
        );
        assert!(
            got.iter()
                .any(|s| s.1 == "UKR" && s.2 == "RUS" && s.4 == "attribution"),
            "{got:?}"
        );
    }

    #[test]
    fn following_suit_keeps_the_last_target() {
        let got = run(
            "Riyad a rappelé son ambassadeur au Liban. Le Koweït a à son tour rappelé son ambassadeur. Washington et Londres ont annoncé des mesures similaires.",
            &[("Riyad", "SAU", false), ("Liban", "LBN", false), ("Koweït", "KWT", false), ("Washington", "USA", false), ("Londres", "GBR", false)],
        );
        assert_eq!(
            pairs(&got),
            vec![
                ("SAU", "LBN"),
                ("KWT", "LBN"),
                ("USA", "LBN"),
                ("GBR", "LBN")
            ]
        );
    }

    #[test]
    fn attribution_subject_past_the_clause_end() {
        // Found by tests/parse_props.rs: the clause subject after a ";" panicked.
        let got = run(
            "selon\u{a0}La Chine ; , La Chine Pékin ",
            &[
                ("Chine", "CHN", false),
                ("Chine", "CHN", false),
                ("Pékin", "CHN", false),
            ],
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn nested_speakers_purpose_infinitives_and_member_lists() {
        // The subject of a reported statement is no target of the outer one.
        let got = run(
            "Tokyo a rappelé que l'AIEA avait jugé le plan conforme. Accra a affirmé que la Cédéao avait elle-même désapprouvé la loi.",
            &[("Tokyo", "JPN", false), ("AIEA", "IAEA", false), ("Accra", "GHA", false), ("Cédéao", "ECOWAS", false)],
        );
        assert!(!pairs(&got).contains(&("JPN", "IAEA")), "{got:?}");
        assert!(!pairs(&got).contains(&("GHA", "ECOWAS")), "{got:?}");
        // "pour protester": the sentence's subject protests, not the one summoned.
        let got = run(
            "L'Iran a convoqué l'ambassadeur de Chine pour protester contre le soutien de Pékin aux Emirats.",
            &[("Iran", "IRN", false), ("ambassadeur de Chine", "CHN", false), ("Pékin", "CHN", false), ("Emirats", "ARE", false)],
        );
        assert!(got.iter().all(|s| s.1 == "IRN"), "{got:?}");
        // "membre de l'UE et de l'Otan": neither organisation is a target.
        let got = run(
            "Tallinn a accusé Moscou de sabotage sur le sol d'un Etat membre de l'Union européenne et de l'Otan.",
            &[("Tallinn", "EST", false), ("Moscou", "RUS", false), ("Union européenne", "EU", false), ("Otan", "NATO", false)],
        );
        assert_eq!(pairs(&got), vec![("EST", "RUS")]);
    }

    #[test]
    fn long_appositions_opened_by_l_une_des() {
        let got = run(
            "Le Royaume-Uni, l'une des trois puissances garantes de l'île avec la Grèce, a appelé Ankara et Nicosie à reprendre les pourparlers.",
            &[("Royaume-Uni", "GBR", false), ("Grèce", "GRC", false), ("Ankara", "TUR", false), ("Nicosie", "CYP", false)],
        );
        assert_eq!(pairs(&got), vec![("GBR", "TUR"), ("GBR", "CYP")]);
    }

    #[test]
    fn mais_coordinates_two_verbs_and_two_sides_outside_calls() {
        let got = run(
            "Belgrade a dit se réjouir pour Sarajevo, mais reproché à Bruxelles de traiter la Serbie de manière injuste.",
            &[("Belgrade", "SRB", false), ("Sarajevo", "BIH", false), ("Bruxelles", "EU", false), ("Serbie", "SRB", false)],
        );
        assert!(pairs(&got).contains(&("SRB", "EU")), "{got:?}");
        // "mais critiquée par Pékin" stays a passive.
        let got = run(
            "La mesure a été saluée par Séoul mais critiquée par Pékin.",
            &[("Séoul", "KOR", false), ("Pékin", "CHN", false)],
        );
        assert!(!pairs(&got).contains(&("KOR", "CHN")), "{got:?}");
        let got = run(
            "Riyad a accusé Téhéran d'ingérence. Pékin a félicité les deux pays pour leur sagesse.",
            &[
                ("Riyad", "SAU", false),
                ("Téhéran", "IRN", false),
                ("Pékin", "CHN", false),
            ],
        );
        assert!(
            pairs(&got).contains(&("CHN", "SAU")) && pairs(&got).contains(&("CHN", "IRN")),
            "{got:?}"
        );
    }

    #[test]
    fn signing_with_partners_gapping_and_likewise() {
        // "ont signé avec X": each signatory and the partner, both ways.
        let got = run(
            "Bahreïn et l'Egypte ont signé mardi avec le Qatar une déclaration de solidarité.",
            &[
                ("Bahreïn", "BHR", false),
                ("Egypte", "EGY", false),
                ("Qatar", "QAT", false),
            ],
        );
        let p = pairs(&got);
        for pair in [
            ("BHR", "QAT"),
            ("EGY", "QAT"),
            ("QAT", "BHR"),
            ("QAT", "EGY"),
        ] {
            assert!(p.contains(&pair), "{got:?}");
        }
        assert!(!p.contains(&("BHR", "EGY")), "{got:?}");
        // "ont chacune renvoyé quatre diplomates, la République tchèque trois":
        // gapped co-subjects, and the target of the last act.
        let got = run(
            "Londres a expulsé 23 diplomates russes. L'Allemagne et la France ont chacune renvoyé quatre diplomates, la République tchèque trois.",
            &[
                ("Londres", "GBR", false),
                ("russes", "RUS", false),
                ("Allemagne", "DEU", false),
                ("France", "FRA", false),
                ("République tchèque", "CZE", false),
            ],
        );
        let p = pairs(&got);
        for pair in [("DEU", "RUS"), ("FRA", "RUS"), ("CZE", "RUS")] {
            assert!(p.contains(&pair), "{got:?}");
        }
        assert!(!p.contains(&("DEU", "CZE")), "{got:?}");
        // "tout comme le président tadjik": one more speaker, not a target.
        let got = run(
            "Astana a salué la proposition de Tachkent, tout comme le président tadjik.",
            &[
                ("Astana", "KAZ", false),
                ("Tachkent", "UZB", false),
                ("le président tadjik", "TJK", false),
            ],
        );
        let p = pairs(&got);
        assert!(
            p.contains(&("KAZ", "UZB")) && p.contains(&("TJK", "UZB")),
            "{got:?}"
        );
        assert!(!p.contains(&("KAZ", "TJK")), "{got:?}");
    }

    #[test]
    fn inverted_pairs_and_coordinated_attributions() {
        let got = run(
            "« L'Inde doit revenir au dialogue », ont affirmé le Premier ministre britannique et son homologue mauricien dans une déclaration commune.",
            &[
                ("Inde", "IND", false),
                ("le Premier ministre britannique", "GBR", false),
                ("son homologue mauricien", "MUS", false),
            ],
        );
        let p = pairs(&got);
        assert!(
            p.contains(&("GBR", "IND")) && p.contains(&("MUS", "IND")),
            "{got:?}"
        );
        // (A joint declaration is not about its signatories.)
        assert!(!p.contains(&("GBR", "MUS")), "{got:?}");
        let got = run(
            "Aux yeux de Port-au-Prince, Pékin et Moscou ont « tourné le dos » au peuple haïtien.",
            &[
                ("Port-au-Prince", "HTI", false),
                ("Pékin", "CHN", false),
                ("Moscou", "RUS", false),
            ],
        );
        let p = pairs(&got);
        assert!(
            p.contains(&("HTI", "CHN")) && p.contains(&("HTI", "RUS")),
            "{got:?}"
        );
        // "Pour X, la décision de Y est …", up to "tandis que".
        let got = run(
            "Pour Berlin, la décision de Budapest est « regrettable », tandis que Paris réaffirmait son « plein soutien » à la CPI.",
            &[("Berlin", "DEU", false), ("Budapest", "HUN", false), ("Paris", "FRA", false), ("CPI", "ICC", false)],
        );
        let p = pairs(&got);
        assert!(p.contains(&("DEU", "HUN")), "{got:?}");
        assert!(
            !p.contains(&("DEU", "FRA")) && !p.contains(&("DEU", "ICC")),
            "{got:?}"
        );
    }

    #[test]
    fn objects_end_at_the_next_subject_and_reproaches_at_the_addressee() {
        // "…, et Washington a jugé …": Washington is not what the first cue is about.
        let got = run(
            "La CPI a émis un mandat contre le président russe. Le chef de la diplomatie européenne a salué « un premier pas », et Washington a jugé le mandat « justifié ».",
            &[
                ("La CPI", "ICC", false),
                ("le président russe", "RUS", false),
                ("Le chef de la diplomatie européenne", "EU", false),
                ("Washington", "USA", false),
            ],
        );
        let p = pairs(&got);
        assert!(!p.contains(&("EU", "USA")), "{got:?}");
        assert!(p.contains(&("USA", "ICC")), "{got:?}");
        // "reprocher à X son rapprochement avec Y": about X only.
        let got = run(
            "L'Iran reproche à l'Azerbaïdjan son rapprochement avec Israël.",
            &[
                ("Iran", "IRN", false),
                ("Azerbaïdjan", "AZE", false),
                ("Israël", "ISR", false),
            ],
        );
        assert_eq!(pairs(&got), vec![("IRN", "AZE")], "{got:?}");
        // "a dit « prendre note »": the subject of "dire", past a relative clause.
        let got = run(
            "La CPI a émis un mandat. L'Afrique du Sud, qui accueille le président russe, a dit « prendre note » de la décision.",
            &[
                ("La CPI", "ICC", false),
                ("Afrique du Sud", "ZAF", false),
                ("le président russe", "RUS", false),
            ],
        );
        assert!(pairs(&got).contains(&("ZAF", "ICC")), "{got:?}");
        assert!(!pairs(&got).iter().any(|p| p.0 == "RUS"), "{got:?}");
        // "la paix en Ukraine": a place, not a target.
        let got = run(
            "Le ministre hongrois a estimé que ce mandat « n'aide en rien à ramener la paix » en Ukraine.",
            &[("Le ministre hongrois", "HUN", false), ("Ukraine", "UKR", false)],
        );
        assert!(!pairs(&got).contains(&("HUN", "UKR")), "{got:?}");
    }

    #[test]
    fn their_visit_refers_to_the_last_speakers() {
        let got = run(
            "Les ministres de Lituanie et d'Estonie ont appelé Tbilissi à retirer la loi. Leur visite avait été qualifiée d'« ingérence inacceptable » par le gouvernement géorgien.",
            &[
                ("Lituanie", "LTU", false),
                ("Estonie", "EST", false),
                ("Tbilissi", "GEO", false),
                ("le gouvernement géorgien", "GEO", false),
            ],
        );
        let p = pairs(&got);
        assert!(
            p.contains(&("GEO", "LTU")) && p.contains(&("GEO", "EST")),
            "{got:?}"
        );
    }

    #[test]
    fn the_two_allies_of_the_speaker_are_the_two_sides() {
        let got = run(
            "Amman a rappelé son ambassadeur en Israël. Washington a appelé les deux alliés des Etats-Unis à « régler cette question par le dialogue ».",
            &[
                ("Amman", "JOR", false),
                ("Israël", "ISR", false),
                ("Washington", "USA", false),
                ("Etats-Unis", "USA", false),
            ],
        );
        let p = pairs(&got);
        assert!(
            p.contains(&("USA", "JOR")) && p.contains(&("USA", "ISR")),
            "{got:?}"
        );
    }

    #[test]
    fn a_first_group_participle_after_its_subject_is_a_cue() {
        // Folded, "déclaré" and "assuré" read like infinitives ("declare", "assure").
        let got = run(
            "La France a déclaré que la Serbie était un partenaire. Pékin a assuré l'Albanie de son soutien.",
            &[
                ("France", "FRA", false),
                ("Serbie", "SRB", false),
                ("Pékin", "CHN", false),
                ("Albanie", "ALB", false),
            ],
        );
        assert_eq!(pairs(&got), vec![("FRA", "SRB"), ("CHN", "ALB")], "{got:?}");
    }

    #[test]
    fn the_two_or_three_sides_are_the_states_named_most() {
        // "les deux voisins" further in the object: the two states named most so far.
        let got = run(
            "L'Inde et le Pakistan ont conclu une trêve. New Delhi a remercié Islamabad. L'ONU s'est félicitée de l'accord conclu par les deux voisins.",
            &[
                ("Inde", "IND", false),
                ("Pakistan", "PAK", false),
                ("New Delhi", "IND", false),
                ("Islamabad", "PAK", false),
                ("ONU", "UN", false),
            ],
        );
        let p = pairs(&got);
        assert!(
            p.contains(&("UN", "IND")) && p.contains(&("UN", "PAK")),
            "{got:?}"
        );
        // "les trois pays": three; the speaker's own state is never its own target.
        let got = run(
            "Le Mali, le Burkina Faso et le Niger ont quitté la Cédéao. Bamako, Ouagadougou et Niamey ont accusé la Cédéao. Le Sénégal a appelé les trois pays à « reconsidérer » leur décision.",
            &[
                ("Mali", "MLI", false),
                ("Burkina Faso", "BFA", false),
                ("Niger", "NER", false),
                ("Cédéao", "ECOWAS", false),
                ("Bamako", "MLI", false),
                ("Ouagadougou", "BFA", false),
                ("Niamey", "NER", false),
                ("Cédéao", "ECOWAS", false),
                ("Sénégal", "SEN", false),
            ],
        );
        let p = pairs(&got);
        for pair in [("SEN", "MLI"), ("SEN", "BFA"), ("SEN", "NER")] {
            assert!(p.contains(&pair), "{got:?}");
        }
    }

    #[test]
    fn a_restrictive_relative_after_a_named_target_holds_no_targets() {
        let got = run(
            "La France a condamné les tirs de l'armée israélienne qui ont blessé des casques bleus de la Finul au Liban.",
            &[
                ("France", "FRA", false),
                ("israélienne", "ISR", false),
                ("Finul", "UN", false),
                ("Liban", "LBN", false),
            ],
        );
        assert_eq!(pairs(&got), vec![("FRA", "ISR")], "{got:?}");
    }

    #[test]
    fn the_two_countries_as_subject_and_adjectives_in_attributed_clauses() {
        let got = run(
            "Riyad et Téhéran ont rétabli leurs relations. L'Arabie saoudite a remercié Pékin. Les deux pays y remercient la Chine pour sa médiation.",
            &[
                ("Riyad", "SAU", false),
                ("Téhéran", "IRN", false),
                ("Arabie saoudite", "SAU", false),
                ("Pékin", "CHN", false),
                ("Chine", "CHN", false),
            ],
        );
        assert!(pairs(&got).contains(&("IRN", "CHN")), "{got:?}");
        // "D'après Manille, des garde-côtes chinois ont « tiré »": the adjective after
        // its noun is the attributed clause's subject.
        let got = run(
            "D'après Manille, des garde-côtes chinois ont « tiré » au canon à eau.",
            &[("Manille", "PHL", false), ("chinois", "CHN", false)],
        );
        assert_eq!(pairs(&got), vec![("PHL", "CHN")], "{got:?}");
    }
}
