//! The actor gazetteer: the data files of `data/actors/`, embedded in the binary with
//! `include_str!`, parsed once into match tables keyed by normalised word sequences.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use super::normalize::{fold, key, lower};

const COUNTRIES: &str = include_str!("../../data/actors/countries.tsv");
const CAPITALS: &str = include_str!("../../data/actors/capitals.tsv");
const SEATS: &str = include_str!("../../data/actors/seats.tsv");
const ORGANISATIONS: &str = include_str!("../../data/actors/organisations.tsv");
const FUNCTIONS: &str = include_str!("../../data/actors/functions.tsv");
const CONTEXT: &str = include_str!("../../data/actors/context.tsv");
const PERSONS: &str = include_str!("../../data/actors/persons.tsv");

/// What a gazetteer name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntryKind {
    /// Never an actor ("Irlande du Nord", "l'Etat de Washington"); shadows shorter names.
    Place,
    /// A state's name ("la Chine", "les Etats-Unis", "RDC").
    State,
    /// A seat of power, ministry, agency or state medium ("le Kremlin", "KCNA"): always
    /// the state.
    Seat,
    /// An international organisation or one of its organs ("l'Otan", "le Conseil de
    /// sécurité").
    Org,
    /// A capital: the state only when it acts ("Pékin a dénoncé", not "à Pékin").
    Capital,
    /// A state's adjective or demonym, every gender and number ("chinoises").
    Adjective,
    /// An organisation's adjective ("européenne", "onusien").
    OrgAdjective,
}

/// One gazetteer name.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The actor code; `A|B` for an explicit ambiguity ("EU|BEL"); empty for a place.
    pub code: String,
    pub kind: EntryKind,
    /// The surface as written in the data file.
    pub surface: String,
    /// Running text must capitalise the first word (names, not adjectives).
    pub capitalised: bool,
}

/// Kinds of function-phrase words (data/actors/functions.tsv).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FunctionKind {
    Title,
    WeakTitle,
    Body,
    Institution,
    Modifier,
}

/// A state's line in countries.tsv.
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub code: String,
    /// "member", "observer" or "other".
    pub status: String,
    pub name: String,
}

/// A well-known official (persons.tsv).
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    pub code: String,
    pub full: Vec<String>,
    pub short: Vec<Vec<String>>,
}

/// A table keyed by normalised word sequences (see [`super::normalize::key`]).
#[derive(Debug)]
pub struct Table<T> {
    pub map: HashMap<String, Vec<T>>,
    /// The longest key, in subtokens.
    pub max_len: usize,
}

impl<T> Default for Table<T> {
    fn default() -> Self {
        Table {
            map: HashMap::new(),
            max_len: 0,
        }
    }
}

impl<T> Table<T> {
    fn insert(&mut self, key: String, value: T) {
        self.max_len = self.max_len.max(key.split(' ').count());
        self.map.entry(key).or_default().push(value);
    }
    pub fn get(&self, key: &str) -> &[T] {
        self.map.get(key).map_or(&[], Vec::as_slice)
    }
}

/// The whole gazetteer and the grammar word lists.
#[derive(Debug, Default)]
pub struct Gazetteer {
    pub names: Table<Entry>,
    pub functions: Table<FunctionKind>,
    pub states: Vec<State>,
    pub persons: Vec<Person>,
    /// Prepositions after which a capital is a place (lower case, accents kept).
    pub place_preps: HashSet<String>,
    /// Folded nouns that make "NOUN de X" a place.
    pub place_heads: HashSet<String>,
    /// Lower-case words (accents kept: "livré", not "livre") that take "à + recipient"
    /// (a trailing `*`: a word start).
    pub recipients: Vec<String>,
    pub weather: HashSet<String>,
    /// Lower-case participles that make "depuis X" an actor (a trailing `*`: a word start).
    pub sources: Vec<String>,
    /// Multi-word cues of the EU besides its names (folded keys).
    pub eu_cues: Table<()>,
}

fn parse_kind(kind: &str) -> Option<EntryKind> {
    Some(match kind {
        "member" | "observer" | "other" | "name" => EntryKind::State,
        "adj" => EntryKind::Adjective,
        "capital" => EntryKind::Capital,
        "place" => EntryKind::Place,
        "seat" | "body" => EntryKind::Seat,
        "org" => EntryKind::Org,
        _ => return None,
    })
}

fn lines(text: &str) -> impl Iterator<Item = (usize, Vec<&str>)> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(n, l)| (n + 1, l.split('\t').map(str::trim).collect()))
}

impl Gazetteer {
    /// The gazetteer built from the data embedded in the binary (parsed once).
    pub fn embedded() -> &'static Gazetteer {
        static G: OnceLock<Gazetteer> = OnceLock::new();
        G.get_or_init(|| {
            Gazetteer::parse(&[
                ("countries.tsv", COUNTRIES),
                ("capitals.tsv", CAPITALS),
                ("seats.tsv", SEATS),
                ("organisations.tsv", ORGANISATIONS),
                ("functions.tsv", FUNCTIONS),
                ("context.tsv", CONTEXT),
                ("persons.tsv", PERSONS),
            ])
            .unwrap_or_else(|e| panic!("depeche: embedded actor gazetteer: {e}"))
        })
    }

    /// Parses data files given as (file name, content); the file name says the format.
    pub fn parse(files: &[(&str, &str)]) -> Result<Gazetteer, String> {
        let mut g = Gazetteer::default();
        for (file, text) in files {
            match *file {
                "functions.tsv" => g.load_functions(file, text)?,
                "context.tsv" => g.load_context(file, text)?,
                "persons.tsv" => g.load_persons(file, text)?,
                _ => g.load_names(file, text)?,
            }
        }
        Ok(g)
    }

    fn load_names(&mut self, file: &str, text: &str) -> Result<(), String> {
        for (n, f) in lines(text) {
            let [code, kind, surface] = f[..] else {
                return Err(format!("{file}:{n}: expected CODE<TAB>KIND<TAB>SURFACE"));
            };
            let mut k =
                parse_kind(kind).ok_or_else(|| format!("{file}:{n}: unknown kind {kind:?}"))?;
            if k == EntryKind::Adjective && file == "organisations.tsv" {
                k = EntryKind::OrgAdjective;
            }
            if matches!(kind, "member" | "observer" | "other") {
                self.states.push(State {
                    code: code.to_string(),
                    status: kind.to_string(),
                    name: surface.to_string(),
                });
            }
            let code = if code == "-" {
                String::new()
            } else {
                code.to_string()
            };
            if k != EntryKind::Place && code.is_empty() {
                return Err(format!("{file}:{n}: an actor entry needs a code"));
            }
            let (key, capitalised) = key(surface);
            if key.is_empty() {
                return Err(format!("{file}:{n}: empty surface"));
            }
            let capitalised =
                capitalised && !matches!(k, EntryKind::Adjective | EntryKind::OrgAdjective);
            let entry = Entry {
                code,
                kind: k,
                surface: surface.to_string(),
                capitalised,
            };
            if !self.names.get(&key).contains(&entry) {
                self.names.insert(key, entry);
            }
        }
        Ok(())
    }

    fn load_functions(&mut self, file: &str, text: &str) -> Result<(), String> {
        for (n, f) in lines(text) {
            let [kind, surface] = f[..] else {
                return Err(format!("{file}:{n}: expected KIND<TAB>SURFACE"));
            };
            let k = match kind {
                "title" => FunctionKind::Title,
                "title-weak" => FunctionKind::WeakTitle,
                "body" => FunctionKind::Body,
                "institution" => FunctionKind::Institution,
                "modifier" => FunctionKind::Modifier,
                _ => return Err(format!("{file}:{n}: unknown kind {kind:?}")),
            };
            self.functions.insert(key_all(surface), k);
        }
        Ok(())
    }

    fn load_context(&mut self, file: &str, text: &str) -> Result<(), String> {
        for (n, f) in lines(text) {
            let [kind, surface] = f[..] else {
                return Err(format!("{file}:{n}: expected KIND<TAB>SURFACE"));
            };
            match kind {
                "place-prep" => {
                    // "jusqu'à" is two words; the preposition the capital follows is "à".
                    let last = lower(surface)
                        .rsplit('\'')
                        .next()
                        .unwrap_or_default()
                        .to_string();
                    self.place_preps.insert(last);
                }
                "place-head" => {
                    self.place_heads.insert(fold(surface));
                }
                "recipient" => self.recipients.push(lower(surface)),
                "weather" => {
                    self.weather.insert(fold(surface));
                }
                "source" => self.sources.push(lower(surface)),
                "eu-cue" => self.eu_cues.insert(key_all(surface), ()),
                _ => return Err(format!("{file}:{n}: unknown kind {kind:?}")),
            }
        }
        Ok(())
    }

    fn load_persons(&mut self, file: &str, text: &str) -> Result<(), String> {
        for (n, f) in lines(text) {
            if f.len() < 2 || f.len() > 3 {
                return Err(format!(
                    "{file}:{n}: expected CODE<TAB>FULL NAME[<TAB>SHORT|SHORT]"
                ));
            }
            let words =
                |s: &str| -> Vec<String> { key_all(s).split(' ').map(str::to_string).collect() };
            self.persons.push(Person {
                code: f[0].to_string(),
                full: words(f[1]),
                short: f
                    .get(2)
                    .map_or(vec![], |s| s.split('|').map(words).collect()),
            });
        }
        Ok(())
    }

    /// The entries of a surface, best first (context-free: "Pékin" gives its capital
    /// entry, "américaines" its adjective).
    pub fn entries(&self, surface: &str) -> Vec<&Entry> {
        let mut v: Vec<&Entry> = self.names.get(&key(surface).0).iter().collect();
        v.sort_by_key(|e| e.kind);
        v
    }

    /// The state line of a code.
    pub fn state(&self, code: &str) -> Option<&State> {
        self.states.iter().find(|s| s.code == code)
    }

    /// Every actor code the gazetteer can give (states, organisations, ambiguity parts).
    pub fn codes(&self) -> HashSet<&str> {
        self.names
            .map
            .values()
            .flatten()
            .flat_map(|e| e.code.split('|'))
            .filter(|c| !c.is_empty())
            .collect()
    }
}

/// A key without dropping a leading article (for grammar words such as "la diplomatie").
fn key_all(surface: &str) -> String {
    let chars: Vec<char> = surface.chars().collect();
    crate::text::words(surface)
        .iter()
        .flat_map(|w| {
            super::normalize::subtokens(&chars[w.start..w.end].iter().collect::<String>())
        })
        .collect::<Vec<_>>()
        .join(" ")
}
