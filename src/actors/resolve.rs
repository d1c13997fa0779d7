//! Actor resolution in a document: NER mentions → actor codes, and function phrases
//! ("le chef de la diplomatie britannique") → [`ActorMention`]s.
//!
//! The document is read once into tokens per sentence (the words of `text::segment`,
//! normalised, with quote and entity marks). Then, in this order:
//! 1. function phrases: a title or body head from functions.tsv, its state from the
//!    words after it (adjective, "de/du/des + state/organisation/seat/capital");
//! 2. non-person entities: the gazetteer entry of the mention's text; a capital only
//!    when it acts (not after "à/en/au", not "la région de X", not a dateline);
//!    institutions ("ministère japonais de l'Economie") by the state inside them; an
//!    organisation's acronym in brackets and its later mentions keep its actor; a
//!    phrase whose complement is such an organisation takes its actor ("une
//!    porte-parole de l'Aemet");
//! 3. gazetteer names in running text that NER left untagged;
//! 4. persons, in document order: a title phrase before them ("le président chinois Xi
//!    Jinping", "le porte-parole du Kremlin, Anton Belov"), an apposition after them
//!    ("Antony Blinken, secrétaire d'Etat américain"), the document's memory of persons
//!    already tied ("M. Blinken"), persons.tsv, and for a bare title ("son porte-parole")
//!    the actor the context gives (the apposed phrase, the first actor of the sentence,
//!    else of the previous sentence, quotes left out).

use std::borrow::Cow;
use std::collections::HashSet;

use super::gazetteer::{Entry, EntryKind, FunctionKind, Gazetteer, Table};
use super::normalize::{fold, key, lower, subtokens, ARTICLES};
use super::{ActorMention, MentionKind, Resolution};
use crate::document::Document;
use crate::text::Sentence;

/// Prepositions that open a complement of a head ("de la diplomatie", "à la Santé").
const PREPS: [&str; 12] = [
    "de", "d'", "du", "des", "à", "au", "aux", "en", "pour", "auprès", "chez", "sur",
];
/// "de" and its contractions (folded).
const DE: [&str; 4] = ["de", "d'", "du", "des"];
/// Determiners before a head (part of a mention's span).
const DETS: [&str; 14] = [
    "le", "la", "les", "l'", "un", "une", "des", "son", "sa", "ses", "leur", "leurs", "ce", "cette",
];
const FORMER: [&str; 5] = ["ancien", "ancienne", "anciens", "anciennes", "ex"];
const HONORIFICS: [&str; 10] = [
    "m.", "mme", "mlle", "mm.", "mmes", "dr", "pr", "me", "mgr", "m",
];
/// Words that end a noun phrase (verbs and pronouns that the heuristics must not cross).
const STOP: [&str; 24] = [
    "a", "ont", "est", "sont", "etait", "avait", "avaient", "sera", "qui", "que", "qu'", "dont",
    "et", "ou", "mais", "il", "elle", "ils", "elles", "se", "s'", "ne", "n'", "lors",
];
/// Endings of adjectives that may follow a domain noun ("Affaires étrangères",
/// "urgences sanitaires"); folded.
const ADJ_ENDINGS: [&str; 22] = [
    "aire", "aires", "ale", "ales", "al", "aux", "ique", "iques", "ere", "eres", "ieur", "ieurs",
    "ieure", "ieures", "elle", "elles", "ive", "ives", "if", "ifs", "ienne", "iennes",
];

#[derive(Debug)]
struct Tok {
    start: usize,
    end: usize,
    lower: String,
    fold: String,
    subs: Vec<String>,
    upper: bool,
    punct: bool,
    quoted: bool,
    entity: Option<usize>,
    per: bool,
}

#[derive(Debug, Clone)]
struct Phrase {
    sent: usize,
    det: usize,
    head: usize,
    end: usize,
    actor: Option<String>,
    kind: FunctionKind,
    bare: bool,
    former: bool,
}

#[derive(Debug, Clone)]
struct Anchor {
    start: usize,
    end: usize,
    code: String,
}

struct Ctx<'a> {
    g: &'a Gazetteer,
    doc: &'a Document,
    sents: Vec<Vec<Tok>>,
    /// Entity index → (sentence, first token, end token).
    pos: Vec<Option<(usize, usize, usize)>>,
    phrases: Vec<Vec<Phrase>>,
    anchors: Vec<Vec<Anchor>>,
    /// Single actor codes named anywhere in each sentence (cues for "EU|BEL").
    cues: Vec<HashSet<String>>,
}

/// Whether a lower-case word is in a list where a trailing `*` marks a word start.
fn matches_word(list: &[String], w: &str) -> bool {
    list.iter().any(|r| match r.strip_suffix('*') {
        Some(start) => w.starts_with(start),
        None => w == r,
    })
}

/// A stop word ("a" the verb, not "à" the preposition).
fn is_stop(t: &Tok) -> bool {
    STOP.contains(&t.fold.as_str()) && t.lower != "à"
}

fn adjectival(folded: &str) -> bool {
    folded.chars().count() > 4
        && !STOP.contains(&folded)
        && ADJ_ENDINGS.iter().any(|e| folded.ends_with(e))
}

/// Code-point mask of the text inside « », “ ” or straight double quotes.
fn quote_mask(chars: &[char]) -> Vec<bool> {
    let mut mask = vec![false; chars.len()];
    let mut depth = 0usize;
    let mut straight = false;
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '«' | '“' => depth += 1,
            '"' => straight = !straight,
            // An unbalanced straight quote does not run past its paragraph.
            '\n' => straight = false,
            _ => {}
        }
        mask[i] = depth > 0 || straight || c == '"';
        if matches!(c, '»' | '”') {
            depth = depth.saturating_sub(1);
        }
    }
    mask
}

/// Resolves a document (see the module doc).
pub fn resolve(g: &Gazetteer, doc: &Document) -> Resolution {
    let sentences: Cow<[Sentence]> = if doc.sentences.is_empty() {
        Cow::Owned(crate::text::segment(&doc.text))
    } else {
        Cow::Borrowed(&doc.sentences)
    };
    let chars: Vec<char> = doc.text.chars().collect();
    let quoted = quote_mask(&chars);
    let entities = doc.entities.as_deref().unwrap_or(&[]);

    // Entities by start, to find a word's entity by binary search (linear overall).
    let mut by_start: Vec<(usize, usize, usize)> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.start, e.end, i))
        .collect();
    by_start.sort_unstable();
    let entity_of = |w: &crate::text::Span| -> Option<usize> {
        let upto = by_start.partition_point(|(s, _, _)| *s <= w.start);
        by_start[..upto]
            .iter()
            .rev()
            .take(8)
            .filter(|(_, e, _)| w.end <= *e)
            .map(|(_, _, i)| *i)
            .min()
    };
    let mut sents: Vec<Vec<Tok>> = Vec::with_capacity(sentences.len());
    for s in sentences.iter() {
        let toks = s
            .words
            .iter()
            .map(|w| {
                let text: String = chars[w.start..w.end].iter().collect();
                // (A bare title the NER took for a name, "Premier" in "Premier
                // ministre", is no entity here: the function phrase reads through it.)
                let entity = entity_of(w).filter(|&e| {
                    !(entities[e].label == "PER"
                        && matches!(
                            fold(&entities[e].text).as_str(),
                            "premier" | "premiere" | "president" | "presidente" | "ministre"
                        ))
                });
                Tok {
                    start: w.start,
                    end: w.end,
                    // "A Washington, ..." : a capital A is the preposition.
                    lower: if text == "A" {
                        "à".to_string()
                    } else {
                        lower(&text)
                    },
                    fold: fold(&text),
                    subs: subtokens(&text),
                    upper: text.chars().next().is_some_and(char::is_uppercase),
                    punct: !text.chars().any(char::is_alphanumeric),
                    quoted: quoted[w.start],
                    per: entity.is_some_and(|e| entities[e].label == "PER"),
                    entity,
                }
            })
            .collect();
        sents.push(toks);
    }
    // Entity positions: the tokens inside the span (or overlapping it, if misaligned).
    let pos = entities
        .iter()
        .map(|e| {
            // The first sentence whose last word ends after the entity's start.
            let first = sents.partition_point(|toks| toks.last().is_none_or(|t| t.end <= e.start));
            sents
                .iter()
                .enumerate()
                .skip(first)
                .take(2)
                .find_map(|(si, toks)| {
                    let a = toks
                        .iter()
                        .position(|t| t.end > e.start && t.start < e.end)?;
                    let b = toks
                        .iter()
                        .rposition(|t| t.end > e.start && t.start < e.end)?
                        + 1;
                    Some((si, a, b))
                })
        })
        .collect();
    let n = sents.len();
    let mut ctx = Ctx {
        g,
        doc,
        sents,
        pos,
        phrases: vec![Vec::new(); n],
        anchors: vec![Vec::new(); n],
        cues: vec![HashSet::new(); n],
    };
    ctx.run()
}

impl Ctx<'_> {
    fn run(&mut self) -> Resolution {
        let n = self.sents.len();
        for s in 0..n {
            self.cues[s] = self.sentence_cues(s);
        }
        for s in 0..n {
            self.phrases[s] = self.scan_phrases(s);
        }
        let entities = self.doc.entities.as_deref().unwrap_or(&[]);
        let mut actors: Vec<Option<String>> = vec![None; entities.len()];
        for (i, e) in entities.iter().enumerate() {
            if e.label != "PER" {
                actors[i] = self.resolve_named(i);
            }
        }
        // An organisation's acronym in brackets takes the actor of the organisation
        // named before it: "l'Institut portugais de la mer et de l'atmosphère (IPMA)".
        for i in 0..entities.len() {
            let Some((s, a, _)) = self.pos[i] else {
                continue;
            };
            if actors[i].is_some()
                || entities[i].label != "ORG"
                || a < 2
                || self.sents[s][a - 1].lower != "("
            {
                continue;
            }
            let before = (0..entities.len())
                .find(|&j| {
                    j != i
                        && entities[j].label == "ORG"
                        && self.pos[j].is_some_and(|p| p.0 == s && p.2 == a - 1)
                })
                .and_then(|j| actors[j].clone())
                .or_else(|| {
                    self.phrases[s]
                        .iter()
                        .find(|p| p.end == a - 1 && p.kind == FunctionKind::Body)
                        .and_then(|p| p.actor.clone())
                });
            actors[i] = before;
        }
        // An organisation keeps its actor through the document: "l'agence météorologique
        // espagnole Aemet" ... "une porte-parole de l'Aemet".
        for i in 0..entities.len() {
            if actors[i].is_none() && entities[i].label == "ORG" {
                let name = fold(&entities[i].text);
                actors[i] = (0..entities.len())
                    .find(|&j| {
                        entities[j].label == "ORG"
                            && actors[j].is_some()
                            && fold(&entities[j].text) == name
                    })
                    .and_then(|j| actors[j].clone());
            }
        }
        // A phrase whose complement is a resolved entity: "une porte-parole de l'Aemet".
        for s in 0..n {
            for pi in 0..self.phrases[s].len() {
                let p = &self.phrases[s][pi];
                if p.actor.is_some() || p.former {
                    continue;
                }
                let toks = &self.sents[s];
                let mut found = None;
                for j in p.head + 1..p.end {
                    let Some(e) = toks[j].entity.filter(|&e| entities[e].label != "PER") else {
                        continue;
                    };
                    let mut q = j;
                    while q > p.head + 1 && ARTICLES.contains(&toks[q - 1].fold.as_str()) {
                        q -= 1;
                    }
                    let de = DE.contains(&toks[q - 1].fold.as_str());
                    let topic = q >= 2 && toks[q - 2].fold == "affaires";
                    if de && !topic && actors[e].is_some() {
                        found = actors[e].clone();
                    }
                    break;
                }
                if found.is_some() {
                    self.phrases[s][pi].actor = found;
                    self.phrases[s][pi].bare = false;
                }
            }
        }
        // Anchors: every actor the sentence names outside persons.
        for (i, actor) in actors.iter().enumerate() {
            if let (Some(code), Some((s, a, b))) = (actor, self.pos[i]) {
                self.anchors[s].push(Anchor {
                    start: a,
                    end: b,
                    code: code.clone(),
                });
            }
        }
        let mut names = Vec::new();
        for s in 0..n {
            for p in &self.phrases[s] {
                if let (Some(code), false) = (&p.actor, p.former) {
                    self.anchors[s].push(Anchor {
                        start: p.det,
                        end: p.end,
                        code: code.clone(),
                    });
                }
            }
            for (a, b, code) in self.scan_names(s) {
                self.anchors[s].push(Anchor {
                    start: a,
                    end: b,
                    code: code.clone(),
                });
                names.push((s, a, b, code));
            }
            self.anchors[s].sort_by_key(|x| (x.start, x.end));
        }

        // Persons, in document order, with the memory of those already tied.
        let mut order: Vec<usize> = (0..entities.len())
            .filter(|&i| entities[i].label == "PER")
            .collect();
        order.sort_by_key(|&i| entities[i].start);
        let mut memory: Vec<(Vec<String>, String)> = Vec::new();
        let mut links: Vec<(usize, usize, usize)> = Vec::new(); // (sentence, phrase, entity)
        for i in order {
            let (actor, link) = self.resolve_person(i, &memory);
            if let Some(l) = link {
                links.push((l.0, l.1, i));
            }
            if let Some(code) = &actor {
                memory.push((name_tokens(&entities[i].text), code.clone()));
            }
            actors[i] = actor;
        }

        // Mentions: function phrases, then untagged names.
        let mut mentions = Vec::new();
        for s in 0..n {
            for (pi, p) in self.phrases[s].iter().enumerate() {
                if p.former {
                    continue;
                }
                let linked = links.iter().find(|l| l.0 == s && l.1 == pi).map(|l| l.2);
                let (actor, kind) = match (&p.actor, p.kind) {
                    (Some(a), FunctionKind::Body) => (Some(a.clone()), MentionKind::Body),
                    (Some(a), _) => (Some(a.clone()), MentionKind::Official),
                    // "A Caracas, le gouvernement a …": the capital that opens the sentence.
                    (None, kind) if linked.is_none() && self.opening_place(p).is_some() => (
                        self.opening_place(p),
                        if kind == FunctionKind::Body {
                            MentionKind::Body
                        } else {
                            MentionKind::Official
                        },
                    ),
                    (None, FunctionKind::Title) if p.bare => {
                        let a = match linked {
                            Some(e) => actors[e].clone(),
                            None => self.context_actor(p),
                        };
                        (a, MentionKind::Anaphoric)
                    }
                    _ => (None, MentionKind::Official),
                };
                if let Some(actor) = actor {
                    mentions.push(self.mention(s, p.det, p.end, actor, kind, linked));
                }
            }
        }
        for (s, a, b, code) in names {
            let inside = self.phrases[s].iter().any(|p| p.det <= a && b <= p.end);
            if !inside {
                mentions.push(self.mention(s, a, b, code, MentionKind::Name, None));
            }
        }
        mentions.sort_by_key(|m| (m.start, m.end));
        Resolution {
            entities: actors,
            mentions,
        }
    }

    fn mention(
        &self,
        s: usize,
        a: usize,
        b: usize,
        actor: String,
        kind: MentionKind,
        entity: Option<usize>,
    ) -> ActorMention {
        let toks = &self.sents[s];
        let (start, end) = (toks[a].start, toks[b - 1].end);
        ActorMention {
            start,
            end,
            text: self
                .doc
                .text
                .chars()
                .skip(start)
                .take(end - start)
                .collect(),
            actor,
            kind,
            entity,
        }
    }

    // ---- gazetteer matching -------------------------------------------------------

    /// The longest run of tokens from `i` whose joined key `pick` accepts in `table`:
    /// (end token, what `pick` chose). Stops at punctuation, and at entities when
    /// `stop_at_entity`.
    fn longest<'t, T, X>(
        &self,
        s: usize,
        i: usize,
        table: &'t Table<T>,
        stop_at_entity: bool,
        pick: impl Fn(&'t [T]) -> Option<X>,
    ) -> Option<(usize, X)> {
        let toks = &self.sents[s];
        let mut key = String::new();
        let mut len = 0;
        let mut best = None;
        for (j, t) in toks.iter().enumerate().skip(i) {
            if t.punct || (stop_at_entity && t.entity.is_some()) {
                break;
            }
            for sub in &t.subs {
                if !key.is_empty() {
                    key.push(' ');
                }
                key.push_str(sub);
                len += 1;
            }
            if len > table.max_len {
                break;
            }
            if let Some(x) = pick(table.get(&key)) {
                best = Some((j + 1, x));
            }
        }
        best
    }

    /// The longest gazetteer name starting at token `i`: (end token, best entry).
    /// `free`: running text, where names written with a capital need one.
    fn name_at(&self, s: usize, i: usize, free: bool) -> Option<(usize, &Entry)> {
        let upper = self.sents[s].get(i)?.upper;
        self.longest(s, i, &self.g.names, false, |es: &[Entry]| {
            es.iter()
                .filter(|e| !free || !e.capitalised || upper)
                .min_by_key(|e| e.kind)
        })
    }

    /// The longest function word at token `i` with a kind in `kinds`.
    fn function_at(
        &self,
        s: usize,
        i: usize,
        kinds: &[FunctionKind],
    ) -> Option<(usize, FunctionKind)> {
        self.longest(s, i, &self.g.functions, true, |ks: &[FunctionKind]| {
            kinds.iter().find(|k| ks.contains(k)).copied()
        })
    }

    fn sentence_cues(&self, s: usize) -> HashSet<String> {
        let mut out = HashSet::new();
        for i in 0..self.sents[s].len() {
            if let Some((_, e)) = self.name_at(s, i, true) {
                if !e.code.is_empty() && !e.code.contains('|') {
                    out.insert(e.code.clone());
                }
            }
            let toks = &self.sents[s];
            let mut key = String::new();
            for t in toks.iter().skip(i).take(self.g.eu_cues.max_len) {
                if !key.is_empty() {
                    key.push(' ');
                }
                key.push_str(&t.subs.join(" "));
                if self.g.eu_cues.map.contains_key(&key) {
                    out.insert("EU".to_string());
                }
            }
        }
        out
    }

    /// Picks one code of an explicit ambiguity "A|B": the first one cued near the
    /// mention (two sentences either side), else anywhere in the document, else the last.
    /// "-" among the codes means no actor ("EU|-": "la Commission").
    fn choose(&self, code: &str, s: usize) -> Option<String> {
        let codes: Vec<&str> = code.split('|').collect();
        let near = s.saturating_sub(2)..(s + 3).min(self.sents.len());
        let mut pick = codes.last().copied().unwrap_or("-");
        'found: for range in [near, 0..self.sents.len()] {
            for c in &codes {
                if self.cues[range.clone()].iter().any(|set| set.contains(*c)) {
                    pick = c;
                    break 'found;
                }
            }
        }
        (pick != "-" && !pick.is_empty()).then(|| pick.to_string())
    }

    /// The actor of an entry in sentence `s` (an explicit ambiguity resolved).
    fn code_of(&self, e: &Entry, s: usize) -> Option<String> {
        if e.code.contains('|') {
            self.choose(&e.code, s)
        } else {
            (!e.code.is_empty()).then(|| e.code.clone())
        }
    }

    // ---- metonymy ------------------------------------------------------------------

    /// Whether the capital at tokens [a, b) stands for its state here.
    fn capital_acts(&self, s: usize, a: usize, b: usize) -> bool {
        let toks = &self.sents[s];
        // A dateline: "WASHINGTON (AFP) -", "La Haye (AFP)", "ROUBAIX, 13 avr".
        let first = a == 0 || (a == 1 && ARTICLES.contains(&toks[0].fold.as_str()));
        if s == 0
            && first
            && toks
                .get(b)
                .is_some_and(|t| t.lower == "(" || t.lower == ",")
        {
            return false;
        }
        // "Seattle (Etats-Unis)": a city described by its country.
        if toks.get(b).is_some_and(|t| t.lower == "(")
            && self
                .name_at(s, b + 1, false)
                .is_some_and(|(_, e)| e.kind == EntryKind::State)
        {
            return false;
        }
        // "une tempête de neige a paralysé Washington": the city.
        let near = &toks[a.saturating_sub(8)..(b + 8).min(toks.len())];
        if near.iter().any(|t| self.g.weather.contains(&t.fold)) {
            return false;
        }
        !self.place_context(s, a, 0)
    }

    /// Whether the words before token `a` make the name there a place.
    fn place_context(&self, s: usize, a: usize, depth: usize) -> bool {
        let toks = &self.sents[s];
        let mut p = a;
        if p > 0 && ARTICLES.contains(&toks[p - 1].fold.as_str()) && !toks[p - 1].upper {
            p -= 1;
        }
        if p == 0 {
            return false;
        }
        let prev = &toks[p - 1];
        if (prev.lower == "et" || prev.lower == "ou") && depth < 4 {
            // Coordination: "à Paris et Berlin" is two places, "Tokyo et La Haye" two actors.
            for q in p.saturating_sub(8)..p - 1 {
                if let Some((end, e)) = self.name_at(s, q, true) {
                    if end == p - 1 && matches!(e.kind, EntryKind::Capital | EntryKind::State) {
                        return self.place_context(s, q, depth + 1);
                    }
                }
            }
            return false;
        }
        if self.g.place_preps.contains(&prev.lower) {
            let acts = match prev.lower.as_str() {
                "à" => self.recipient_before(s, p - 1),
                // "une opération orchestrée depuis Washington".
                "depuis" => p >= 2 && matches_word(&self.g.sources, &toks[p - 2].lower),
                _ => false,
            };
            return !acts;
        }
        if DE.contains(&prev.fold.as_str()) {
            for q in (p.saturating_sub(3)..p - 1).rev() {
                if toks[q].punct {
                    break;
                }
                if self.g.place_heads.contains(&toks[q].fold) {
                    return true;
                }
            }
        }
        false
    }

    /// Whether the "à" at token `k` is a dative ("des armes à Kiev", "a demandé à Pékin").
    fn recipient_before(&self, s: usize, k: usize) -> bool {
        let toks = &self.sents[s];
        for q in (k.saturating_sub(8)..k).rev() {
            // Quotes do not end the clause: "son « soutien total » à Bogota".
            if toks[q].punct && !matches!(toks[q].lower.as_str(), "«" | "»" | "\"" | "“" | "”")
            {
                break;
            }
            if matches_word(&self.g.recipients, &toks[q].lower) {
                return true;
            }
            // "proposé d'accueillir des pourparlers à Kuala Lumpur": the "à" belongs
            // to a nearer infinitive that takes no recipient.
            let w = toks[q].lower.as_str();
            if q > 0
                && matches!(toks[q - 1].lower.as_str(), "de" | "d'" | "d’")
                && (w.ends_with("er") || w.ends_with("ir") || w.ends_with("re"))
            {
                return false;
            }
        }
        false
    }

    // ---- function phrases ----------------------------------------------------------

    fn scan_phrases(&self, s: usize) -> Vec<Phrase> {
        use FunctionKind::*;
        let toks = &self.sents[s];
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            if toks[i].entity.is_some() || toks[i].punct {
                i += 1;
                continue;
            }
            // A gazetteer name wins over a head inside it ("département d'Etat", "Armée
            // populaire de libération").
            if let Some((k, _)) = self
                .name_at(s, i, true)
                .filter(|(_, e)| !matches!(e.kind, EntryKind::Adjective | EntryKind::OrgAdjective))
            {
                i = k;
                continue;
            }
            let Some((head_end, kind)) = self.function_at(s, i, &[Title, WeakTitle, Body]) else {
                i += 1;
                continue;
            };
            let mut det = i;
            let mut former = false;
            if det > 0 && FORMER.contains(&toks[det - 1].fold.as_str()) {
                former = true;
                det -= 1;
            }
            if det > 0 && DETS.contains(&toks[det - 1].fold.as_str()) {
                det -= 1;
            }
            let (actor, end, bare) = self.chain(s, head_end, kind == Body);
            out.push(Phrase {
                sent: s,
                det,
                head: i,
                end: end.max(head_end),
                actor,
                kind,
                bare,
                former,
            });
            i = end.max(head_end);
        }
        out
    }

    /// The complement after a head at `h`: (actor, end token, bare = no complement).
    fn chain(&self, s: usize, h: usize, body: bool) -> (Option<String>, usize, bool) {
        let toks = &self.sents[s];
        let mut j = h;
        let mut prep: Option<&str> = None;
        let mut slot = false;
        let mut after_noun = false;
        let mut bare = true;
        let mut aupres = false;
        // "Bureau des affaires de Taïwan": a state after "affaires de" is a topic.
        let mut topic = false;
        while j < toks.len() && j < h + 14 {
            let t = &toks[j];
            if t.punct || t.per {
                break;
            }
            if let Some((k, e)) = self.name_at(s, j, true) {
                let de = prep.is_some_and(|p| DE.contains(&p));
                let at = prep.is_some_and(|p| matches!(p, "à" | "au" | "aux" | "en"));
                let ok = !aupres
                    && match e.kind {
                        EntryKind::Adjective | EntryKind::OrgAdjective => true,
                        EntryKind::State => de || (at && body),
                        EntryKind::Org | EntryKind::Seat => prep.is_some() && prep != Some("pour"),
                        EntryKind::Capital => de,
                        EntryKind::Place => false,
                    };
                // "la présidence malaisienne de l'Asean": a chair speaks for the
                // organisation it chairs, not for its own state.
                if e.kind == EntryKind::Adjective && h > 0 && toks[h - 1].fold == "presidence" {
                    let mut q = k;
                    if q < toks.len() && DE.contains(&toks[q].lower.as_str()) {
                        q += 1;
                        while q < toks.len() && ARTICLES.contains(&toks[q].fold.as_str()) {
                            q += 1;
                        }
                        if let Some((k2, org)) = self
                            .name_at(s, q, true)
                            .filter(|(_, o)| o.kind == EntryKind::Org)
                        {
                            if let Some(code) = self.code_of(org, s) {
                                return (Some(code), self.extend(s, k2), false);
                            }
                        }
                    }
                }
                if let Some(code) = self
                    .code_of(e, s)
                    .filter(|_| ok && !(topic && e.kind == EntryKind::State))
                {
                    return (Some(code), self.extend(s, k), false);
                }
                if !matches!(e.kind, EntryKind::Adjective | EntryKind::OrgAdjective) || slot {
                    break;
                }
            }
            if PREPS.contains(&t.lower.as_str()) {
                aupres |= t.lower == "auprès";
                topic = j > 0 && toks[j - 1].fold == "affaires";
                prep = Some(
                    PREPS
                        .iter()
                        .find(|p| **p == t.lower)
                        .copied()
                        .unwrap_or("de"),
                );
                slot = true;
                bare = false;
                j += 1;
                continue;
            }
            if slot && ARTICLES.contains(&t.fold.as_str()) {
                j += 1;
                continue;
            }
            if let Some((k, _)) = self.function_at(s, j, &[FunctionKind::Modifier]) {
                j = k;
                continue;
            }
            // "le porte-parole militaire": an adjective of the head, no state.
            if !slot
                && !after_noun
                && !t.upper
                && adjectival(&t.fold)
                && self.name_at(s, j, true).is_none()
            {
                j += 1;
                continue;
            }
            if slot {
                if is_stop(t) {
                    break;
                }
                j += 1;
                slot = false;
                after_noun = true;
                continue;
            }
            if after_noun && !t.upper && adjectival(&t.fold) {
                j += 1;
                continue;
            }
            break;
        }
        // Bare: nothing but modifiers before a name, a comma, a verb ("son porte-parole,
        // X", "le porte-parole a dit"); not "la ministre kosovare" (an unknown adjective).
        let stops = toks
            .get(j)
            .is_none_or(|t| t.punct || t.per || t.upper || is_stop(t));
        (None, j, bare && stops)
    }

    /// Extends a phrase over its trailing complements ("des Affaires étrangères", "à la
    /// Santé", "à Pretoria", "auprès des organisations internationales à Vienne").
    fn extend(&self, s: usize, mut j: usize) -> usize {
        let toks = &self.sents[s];
        let n = toks.len();
        let open = |q: usize| q < n && !toks[q].punct && !toks[q].per;
        while open(j) && PREPS.contains(&toks[j].lower.as_str()) {
            let mut q = j + 1;
            // "du", "des", "au", "aux" hold an article.
            let mut article = matches!(toks[j].lower.as_str(), "du" | "des" | "au" | "aux");
            if toks[j].lower == "auprès" && open(q) && DE.contains(&toks[q].fold.as_str()) {
                article = toks[q].lower != "de";
                q += 1;
            }
            while open(q) && ARTICLES.contains(&toks[q].fold.as_str()) {
                q += 1;
                article = true;
            }
            if !open(q) {
                break;
            }
            if let Some((k, _)) = self.name_at(s, q, true) {
                q = k;
            } else if toks[q].upper {
                while open(q) && toks[q].upper {
                    q += 1;
                }
            } else if article && !is_stop(&toks[q]) {
                q += 1;
            } else {
                break;
            }
            while open(q) && !toks[q].upper && adjectival(&toks[q].fold) {
                q += 1;
            }
            j = q;
        }
        j
    }

    /// The actor a bare title takes from its context: the phrase it is apposed to ("un
    /// haut gradé de l'armée soudanaise, le général X"), else the first actor of its
    /// sentence before it, else the first of the previous sentence (quotes left out).
    /// "A Caracas, le gouvernement …", "A Washington, le département d'Etat …": the
    /// state of the capital (or country) named by a sentence-opening "A X," right
    /// before a function phrase that names no state.
    fn opening_place(&self, p: &Phrase) -> Option<String> {
        let s = p.sent;
        let toks = &self.sents[s];
        // (Not before the body's own name: "A Pyongyang, l'agence officielle KCNA".)
        if p.det < 3
            || toks[p.det - 1].lower != ","
            || toks[0].fold != "a"
            || (!DE.contains(&toks[p.end - 1].fold.as_str())
                && (toks.get(p.end).is_some_and(|t| t.entity.is_some())
                    || self.name_at(s, p.end, true).is_some()))
        {
            return None;
        }
        let (end, e) = self.name_at(s, 1, true)?;
        if end != p.det - 1 {
            return None;
        }
        self.code_of(e, s)
    }

    fn context_actor(&self, p: &Phrase) -> Option<String> {
        let s = p.sent;
        let toks = &self.sents[s];
        if p.det > 0 && toks[p.det - 1].lower == "," {
            if let Some(a) = self.anchors[s].iter().find(|a| a.end == p.det - 1) {
                return Some(a.code.clone());
            }
        }
        let first = |s: usize, before: usize| {
            self.anchors[s]
                .iter()
                .find(|a| a.start < before && !self.sents[s][a.start].quoted)
                .map(|a| a.code.clone())
        };
        first(s, p.det).or_else(|| {
            if s > 0 {
                first(s - 1, usize::MAX)
            } else {
                None
            }
        })
    }

    // ---- entities --------------------------------------------------------------------

    /// The actor of a mention whose whole text is a gazetteer name: `Some(actor)` when
    /// the text is a name (a place or an adjective gives `Some(None)`).
    fn exact_name(&self, i: usize) -> Option<Option<String>> {
        let e = &self.doc.entities.as_ref()?[i];
        let (s, a, b) = self.pos[i]?;
        let best = self
            .g
            .names
            .get(&key(&e.text).0)
            .iter()
            .min_by_key(|x| x.kind)?;
        Some(match best.kind {
            EntryKind::State | EntryKind::Seat | EntryKind::Org => self.code_of(best, s),
            EntryKind::Capital if self.capital_acts(s, a, b) => self.code_of(best, s),
            _ => None,
        })
    }

    fn resolve_named(&self, i: usize) -> Option<String> {
        let e = &self.doc.entities.as_ref()?[i];
        let (s, a, b) = self.pos[i]?;
        let toks = &self.sents[s];
        if let Some(actor) = self.exact_name(i) {
            return actor;
        }
        if e.label == "ORG" || e.label == "LOC" {
            // "ministère français des Affaires étrangères", "Cour suprême américaine".
            let mut h = a;
            while h < b && ARTICLES.contains(&toks[h].fold.as_str()) {
                h += 1;
            }
            let heads = [FunctionKind::Body, FunctionKind::Institution];
            if h < b && self.head_in_span(s, h, b, &heads) {
                let mut prev: Option<usize> = None;
                let mut j = h + 1;
                while j < b {
                    if let Some((k, x)) = self.name_at(s, j, false).filter(|(k, _)| *k <= b) {
                        let de = prev.is_some_and(|p| DE.contains(&toks[p].fold.as_str()));
                        // "Bureau des affaires de Taïwan": the state is a topic.
                        let topic = prev.is_some_and(|p| p > 0 && toks[p - 1].fold == "affaires");
                        let ok = match x.kind {
                            EntryKind::Adjective | EntryKind::OrgAdjective => true,
                            EntryKind::State => de && !topic,
                            EntryKind::Org | EntryKind::Seat | EntryKind::Capital => de,
                            EntryKind::Place => false,
                        };
                        if let Some(code) = self.code_of(x, s).filter(|_| ok) {
                            return Some(code);
                        }
                        j = k;
                        continue;
                    }
                    if !ARTICLES.contains(&toks[j].fold.as_str()) {
                        prev = Some(j);
                    }
                    j += 1;
                }
            }
        }
        if e.label == "ORG" {
            // "l'agence officielle nord-coréenne KCNA".
            return self.phrases[s]
                .iter()
                .find(|p| p.end == a && p.kind == FunctionKind::Body && !p.former)
                .and_then(|p| p.actor.clone());
        }
        None
    }

    /// A function word of `kinds` at `h` that stays inside the entity span.
    fn head_in_span(&self, s: usize, h: usize, b: usize, kinds: &[FunctionKind]) -> bool {
        let toks = &self.sents[s];
        let mut key = String::new();
        for t in &toks[h..b] {
            if !key.is_empty() {
                key.push(' ');
            }
            key.push_str(&t.subs.join(" "));
            if self.g.functions.get(&key).iter().any(|k| kinds.contains(k)) {
                return true;
            }
        }
        false
    }

    /// Gazetteer names in running text that no entity covers: (first, end, actor).
    fn scan_names(&self, s: usize) -> Vec<(usize, usize, String)> {
        let toks = &self.sents[s];
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let Some((k, e)) = self
                .name_at(s, i, true)
                .filter(|_| toks[i].entity.is_none())
            else {
                i += 1;
                continue;
            };
            // (A seat may hold a NER entity entirely: "département d'Etat", where NER
            // tags "Etat".)
            let inside = |t: &Tok| {
                t.entity.is_some_and(|x| {
                    matches!(e.kind, EntryKind::Seat)
                        && self.pos[x].is_some_and(|(_, a, b)| a > i && b <= k)
                })
            };
            if toks[i..k].iter().any(|t| t.entity.is_some() && !inside(t)) {
                i += 1;
                continue;
            }
            // "A|-" names ("Commission") are too vague without a NER mention around them.
            if e.code.split('|').any(|c| c == "-") {
                i = k;
                continue;
            }
            let actor = match e.kind {
                EntryKind::State | EntryKind::Seat | EntryKind::Org => self.code_of(e, s),
                EntryKind::Capital if self.capital_acts(s, i, k) => self.code_of(e, s),
                _ => None,
            };
            if let Some(a) = actor {
                // Keep an elided or plain article out of the span, as NER does.
                out.push((i, k, a));
            }
            i = k;
        }
        out
    }

    /// A person: (actor, the title phrase tied to them as (sentence, phrase index)).
    fn resolve_person(
        &self,
        i: usize,
        memory: &[(Vec<String>, String)],
    ) -> (Option<String>, Option<(usize, usize)>) {
        let Some((s, a, b)) = self.pos[i] else {
            return (None, None);
        };
        let toks = &self.sents[s];
        let phrases = &self.phrases[s];
        let is_title = |p: &Phrase| matches!(p.kind, FunctionKind::Title | FunctionKind::WeakTitle);

        // 1. A title phrase before the name, adjacent or across one comma.
        let mut k = a;
        while k > 0 && HONORIFICS.contains(&toks[k - 1].fold.as_str()) {
            k -= 1;
        }
        let mut linked: Option<usize> = None;
        if let Some((pi, p)) = phrases
            .iter()
            .enumerate()
            .rev()
            .find(|(_, p)| p.head < k && is_title(p))
        {
            let comma = k > 0 && matches!(toks[k - 1].lower.as_str(), "," | "(");
            let gap_ok = |from: usize, to: usize| {
                to.saturating_sub(from) <= 6
                    && toks[from..to].iter().all(|t| !t.punct && !is_stop(t))
            };
            if p.end == k || (comma && p.end < k && gap_ok(p.end, k - 1)) {
                linked = Some(pi);
            }
        }
        if let Some(pi) = linked {
            let p = &phrases[pi];
            if p.former {
                return (None, Some((s, pi)));
            }
            if p.actor.is_some() {
                return (p.actor.clone(), Some((s, pi)));
            }
        }
        // 2. An apposition after the name: "Antony Blinken, secrétaire d'Etat américain".
        if toks
            .get(b)
            .is_some_and(|t| t.lower == "," || t.lower == "(")
        {
            if let Some((pi, p)) = phrases
                .iter()
                .enumerate()
                .find(|(_, p)| (p.det == b + 1 || p.head == b + 1) && is_title(p) && !p.former)
            {
                if p.actor.is_some() {
                    return (p.actor.clone(), Some((s, pi)));
                }
            }
        }
        let link = linked.map(|pi| (s, pi));
        // 3. The document's memory: "M. Wang" after "Wang Bo".
        let name = name_tokens(
            self.doc
                .entities
                .as_ref()
                .map_or("", |e| e[i].text.as_str()),
        );
        if !name.is_empty() {
            if let Some((_, code)) = memory
                .iter()
                .rev()
                .find(|(full, _)| name.iter().all(|w| full.contains(w)))
            {
                return (Some(code.clone()), link);
            }
            // 4. Well-known officials.
            if let Some(p) = self
                .g
                .persons
                .iter()
                .find(|p| p.full == name || p.short.contains(&name))
            {
                return (Some(p.code.clone()), link);
            }
        }
        // 5. A bare title takes the actor of its context.
        if let Some(pi) = linked {
            let p = &phrases[pi];
            if p.bare && p.kind == FunctionKind::Title {
                return (self.context_actor(p), link);
            }
        }
        // 6. NER took a name for a person ("Séoul a condamné" tagged PER).
        let honorific = a > 0 && HONORIFICS.contains(&toks[a - 1].fold.as_str());
        if !honorific && linked.is_none() {
            if let Some(actor) = self.exact_name(i) {
                return (actor, None);
            }
        }
        (None, link)
    }
}

/// A person's name as match words, honorifics left out ("M. Wang" → ["wang"]).
fn name_tokens(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    crate::text::words(text)
        .iter()
        .map(|w| chars[w.start..w.end].iter().collect::<String>())
        .filter(|w| !HONORIFICS.contains(&fold(w).as_str()) && w.chars().any(char::is_alphanumeric))
        .flat_map(|w| subtokens(&w))
        .collect()
}
