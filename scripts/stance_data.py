#!/usr/bin/env python3
"""Build depeche's targeted stance training set: data/stance/examples.jsonl.

Every sentence is invented, in the style of AFP French dispatches (written for
depeche, CC BY 4.0). Two sources:

  * HAND: fully hand-written sentences (blocks below), each annotated with one
    or more (speaker, target, stance) lines;
  * TEMPLATES: hand-written sentence templates, filled from the actor tables
    (French names, articles, capitals, adjectives, titles, fictional officials)
    with grammatical agreement (le/la/l'/les, au/du/aux/des, gender and number
    of adjectives and participles, a/ont, il/elle/ils/elles).

The script deduplicates, assigns the split from a hash of the text family (a
hand-written sentence, or a template: all examples of one family share a
split), validates every example and writes the file. Deterministic: rerun it
and the file is byte-identical. Python 3.11, standard library only.

Usage: python3 scripts/stance_data.py [--check | --search-salt]
  --check: validate and print statistics, do not write;
  --search-salt: rank candidate salts for the split (see SPLIT_SALT).
Labels follow shared/ANNOTATION.md; rule notes for hard cases are in
data/stance/README.md.
"""
from __future__ import annotations

import collections
import hashlib
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "data" / "stance"
OUT = OUT_DIR / "examples.jsonl"

ORG_CODES = ("EU", "NATO", "UN", "G7", "AU", "ASEAN", "IAEA", "WHO", "IMF", "ICC", "ECOWAS")
STANCE = {"-": "negative", "0": "neutral", "+": "positive"}
HARD_TAGS = {
    "negation": "a negated or withheld stance (n'a pas condamné, sans pour autant critiquer) -> neutral",
    "two_targets": "one sentence, two targets with different stances (one example per target)",
    "all_parties": "a call, offer or concern addressed to several named parties alike -> neutral",
    "praise_in_critical": "praise of a target inside a critical context or concessive clause -> positive",
    "rejected_quote": "quoted words the speaker rejects or attributes to the target (rejeter les accusations de « X » portées par T) -> negative towards T",
    "third_party": "a third actor mentioned (host, venue, victim's neighbour, interlocutor) with no stance -> neutral; or the condemned actor while another is mentioned",
    "hedge": "a hedged or conditional act keeps the act's polarity (n'a pas exclu de sanctionner, pourrait suspendre -> negative; n'a pas exclu de normaliser -> positive)",
    "understatement": "diplomatic understatement about the target's act (prend note avec préoccupation, s'est dit surpris, regrette) -> negative",
    "take_note": "takes note / acknowledges without judging (prend acte, prend note) -> neutral",
    "passive": "passive voice, the target is the subject (X a été accusé par Y)",
    "call_target": "a call on one named target to stop or change course -> negative",
    "call_positive": "an encouragement to keep going, with praise -> positive",
    "denial": "the speaker denies the target's claims or reports (démentir, nier, balayer) -> negative",
    "reported_claim": "the speaker reports or relays another actor's accusation without endorsing it -> neutral",
    "double_negation": "a negated negative or positive word (n'a pas caché sa satisfaction) -> the underlying stance",
    "fact": "a statement of fact about the target (meeting, visit, figures, agenda) -> neutral",
    "apology": "an apology or condolences to the target -> positive",
    "mixed": "mild praise and criticism of the same target; the main clause decides",
    "relative": "the stance sits in a relative clause or a participle, not the main verb",
    "quote_only": "the stance is carried only by a quote, the reporting verb is neutral",
    "attribution": "selon X / d'après X followed by an accusation or praise",
}

# ---------------------------------------------------------------------------
# Actors
# ---------------------------------------------------------------------------
# CODE | article (le la l les -) | name | gender | number | capital (metonymy, may be
# empty) | adjectives m/f[/mpl/fpl] | region | fictional officials Name:g;...
# | optional overrides: en=... (the "en/au/aux X" place form), amb=... (the
# "l'ambassadeur de X" form). A "*" region marks a global power.
COUNTRIES = """
FRA|la|France|f|s|Paris|français/française|eu*|Claire Duval:f;Mathieu Renaud:m;Hélène Marchal:f
DEU|l|Allemagne|f|s|Berlin|allemand/allemande|eu*|Jonas Brandt:m;Katrin Vogel:f
GBR|le|Royaume-Uni|m|s|Londres|britannique/britannique|eu*|Oliver Hastings:m;Emma Whitcombe:f
ITA|l|Italie|f|s|Rome|italien/italienne|eu|Marco Bellini:m;Giulia Ferraro:f
ESP|l|Espagne|f|s|Madrid|espagnol/espagnole|eu|Lucía Navarro:f;Javier Ortega:m
PRT|le|Portugal|m|s|Lisbonne|portugais/portugaise|eu|Rui Tavares:m
NLD|les|Pays-Bas|m|p|La Haye|néerlandais/néerlandaise|eu|Pieter de Groot:m
BEL|la|Belgique|f|s||belge/belge|eu|Sophie Lambrechts:f
SWE|la|Suède|f|s|Stockholm|suédois/suédoise|eu|Anna Lindgren:f
NOR|la|Norvège|f|s|Oslo|norvégien/norvégienne|eu|Erik Haugland:m
FIN|la|Finlande|f|s|Helsinki|finlandais/finlandaise|eu|Mikko Salonen:m
DNK|le|Danemark|m|s|Copenhague|danois/danoise|eu|
CHE|la|Suisse|f|s|Berne|suisse/suisse|eu|
AUT|l|Autriche|f|s|Vienne|autrichien/autrichienne|eu|
CZE|la|République tchèque|f|s|Prague|tchèque/tchèque|eu||amb=de la République tchèque
GRC|la|Grèce|f|s|Athènes|grec/grecque|eu|Eleni Markou:f
CYP|-|Chypre|f|s|Nicosie|chypriote/chypriote|eu||en=à Chypre
HUN|la|Hongrie|f|s|Budapest|hongrois/hongroise|eu|Gábor Kertész:m
POL|la|Pologne|f|s|Varsovie|polonais/polonaise|eeu|Tomasz Wrona:m;Agnieszka Kowal:f
ROU|la|Roumanie|f|s|Bucarest|roumain/roumaine|eeu|
UKR|l|Ukraine|f|s|Kiev|ukrainien/ukrainienne|eeu|Oleksandr Hrytsenko:m;Iryna Melnyk:f
RUS|la|Russie|f|s|Moscou|russe/russe|eeu*|Sergueï Volkov:m;Maria Zaitseva:f
BLR|la|Biélorussie|f|s|Minsk|biélorusse/biélorusse|eeu|
MDA|la|Moldavie|f|s|Chisinau|moldave/moldave|eeu|
GEO|la|Géorgie|f|s|Tbilissi|géorgien/géorgienne|eeu|
ARM|l|Arménie|f|s|Erevan|arménien/arménienne|eeu|Anahit Petrossian:f
AZE|l|Azerbaïdjan|m|s|Bakou|azerbaïdjanais/azerbaïdjanaise|eeu|Elchin Mammadli:m
SRB|la|Serbie|f|s|Belgrade|serbe/serbe|eeu|
XKX|le|Kosovo|m|s|Pristina|kosovar/kosovare|eeu|
LTU|la|Lituanie|f|s|Vilnius|lituanien/lituanienne|eeu|
EST|l|Estonie|f|s|Tallinn|estonien/estonienne|eeu|
LVA|la|Lettonie|f|s|Riga|letton/lettone|eeu|
KAZ|le|Kazakhstan|m|s|Astana|kazakh/kazakhe|eeu|
TUR|la|Turquie|f|s|Ankara|turc/turque|me*|Murat Yildiz:m;Elif Arslan:f
IRN|l|Iran|m|s|Téhéran|iranien/iranienne|me|Hossein Rahimi:m
IRQ|l|Irak|m|s|Bagdad|irakien/irakienne|me|
SYR|la|Syrie|f|s|Damas|syrien/syrienne|me|
LBN|le|Liban|m|s|Beyrouth|libanais/libanaise|me|
JOR|la|Jordanie|f|s|Amman|jordanien/jordanienne|me|
ISR|-|Israël|m|s||israélien/israélienne|me|Yossi Ben-Ami:m|en=en Israël;amb=d'Israël
SAU|l|Arabie saoudite|f|s|Ryad|saoudien/saoudienne|me|
QAT|le|Qatar|m|s|Doha|qatari/qatarie/qataris/qataries|me|
ARE|les|Emirats arabes unis|m|p|Abou Dhabi|émirati/émiratie/émiratis/émiraties|me|
EGY|l|Egypte|f|s|Le Caire|égyptien/égyptienne|me|Hany Saleh:m
DZA|l|Algérie|f|s|Alger|algérien/algérienne|me|Karim Belkacem:m
MAR|le|Maroc|m|s|Rabat|marocain/marocaine|me|
TUN|la|Tunisie|f|s|Tunis|tunisien/tunisienne|me|
LBY|la|Libye|f|s|Tripoli|libyen/libyenne|me|
SDN|le|Soudan|m|s|Khartoum|soudanais/soudanaise|af|
ETH|l|Ethiopie|f|s|Addis Abeba|éthiopien/éthiopienne|af|Tesfaye Bekele:m
ERI|l|Erythrée|f|s|Asmara|érythréen/érythréenne|af|
SOM|la|Somalie|f|s|Mogadiscio|somalien/somalienne|af|
KEN|le|Kenya|m|s|Nairobi|kényan/kényane|af|Wanjiru Kamau:f
NGA|le|Nigeria|m|s|Abuja|nigérian/nigériane|af|Chinedu Okafor:m
NER|le|Niger|m|s|Niamey|nigérien/nigérienne|af|
MLI|le|Mali|m|s|Bamako|malien/malienne|af|
BFA|le|Burkina Faso|m|s|Ouagadougou|burkinabè/burkinabè/burkinabè/burkinabè|af|
SEN|le|Sénégal|m|s|Dakar|sénégalais/sénégalaise|af|Aminata Diallo:f
CIV|la|Côte d'Ivoire|f|s|Abidjan|ivoirien/ivoirienne|af|
GHA|le|Ghana|m|s|Accra|ghanéen/ghanéenne|af|Kwame Asante:m
CMR|le|Cameroun|m|s|Yaoundé|camerounais/camerounaise|af|
TCD|le|Tchad|m|s|N'Djamena|tchadien/tchadienne|af|
CAF|la|Centrafrique|f|s|Bangui|centrafricain/centrafricaine|af|
COD|la|RDC|f|s|Kinshasa|congolais/congolaise|af||en=en RDC;amb=de RDC
RWA|le|Rwanda|m|s|Kigali|rwandais/rwandaise|af|
UGA|l|Ouganda|m|s|Kampala|ougandais/ougandaise|af|
ZAF|l|Afrique du Sud|f|s|Pretoria|sud-africain/sud-africaine|af|Thandiwe Mokoena:f
ZWE|le|Zimbabwe|m|s|Harare|zimbabwéen/zimbabwéenne|af|
AGO|l|Angola|m|s|Luanda|angolais/angolaise|af|
MOZ|le|Mozambique|m|s|Maputo|mozambicain/mozambicaine|af|
GIN|la|Guinée|f|s|Conakry|guinéen/guinéenne|af|
TGO|le|Togo|m|s|Lomé|togolais/togolaise|af|
BEN|le|Bénin|m|s||béninois/béninoise|af|
USA|les|Etats-Unis|m|p|Washington|américain/américaine|am*|John Whitaker:m;Karen Mitchell:f;Daniel Brooks:m
CAN|le|Canada|m|s|Ottawa|canadien/canadienne|am|Isabelle Tremblay:f
MEX|le|Mexique|m|s|Mexico|mexicain/mexicaine|am|Alejandro Ruiz:m
BRA|le|Brésil|m|s|Brasilia|brésilien/brésilienne|am|Fernanda Lopes:f
ARG|l|Argentine|f|s|Buenos Aires|argentin/argentine|am|
CHL|le|Chili|m|s|Santiago|chilien/chilienne|am|
COL|la|Colombie|f|s|Bogota|colombien/colombienne|am|
VEN|le|Venezuela|m|s|Caracas|vénézuélien/vénézuélienne|am|
CUB|-|Cuba|m|s|La Havane|cubain/cubaine|am||en=à Cuba
PER|le|Pérou|m|s|Lima|péruvien/péruvienne|am|
BOL|la|Bolivie|f|s|La Paz|bolivien/bolivienne|am|
ECU|l|Equateur|m|s|Quito|équatorien/équatorienne|am|
NIC|le|Nicaragua|m|s|Managua|nicaraguayen/nicaraguayenne|am|
HTI|-|Haïti|m|s|Port-au-Prince|haïtien/haïtienne|am||en=en Haïti;amb=d'Haïti
URY|l|Uruguay|m|s|Montevideo|uruguayen/uruguayenne|am|
PRY|le|Paraguay|m|s|Asuncion|paraguayen/paraguayenne|am|
CHN|la|Chine|f|s|Pékin|chinois/chinoise|as*|Wang Jiacheng:m;Hua Meiling:f
JPN|le|Japon|m|s|Tokyo|japonais/japonaise|as*|Kenji Morita:m;Yuko Takahashi:f
KOR|la|Corée du Sud|f|s|Séoul|sud-coréen/sud-coréenne|as|Park Ji-hoon:m
PRK|la|Corée du Nord|f|s|Pyongyang|nord-coréen/nord-coréenne|as|
TWN|-|Taïwan|m|s|Taipei|taïwanais/taïwanaise|as||en=à Taïwan
IND|l|Inde|f|s|New Delhi|indien/indienne|as*|Rajesh Malhotra:m;Priya Sharma:f
PAK|le|Pakistan|m|s|Islamabad|pakistanais/pakistanaise|as|Tariq Mahmood:m
AFG|l|Afghanistan|m|s|Kaboul|afghan/afghane|as|
BGD|le|Bangladesh|m|s|Dacca|bangladais/bangladaise|as|
LKA|le|Sri Lanka|m|s|Colombo|sri-lankais/sri-lankaise|as|
NPL|le|Népal|m|s|Katmandou|népalais/népalaise|as|
VNM|le|Vietnam|m|s|Hanoï|vietnamien/vietnamienne|as|Nguyen Van Thanh:m
PHL|les|Philippines|f|p|Manille|philippin/philippine|as|Maricel Santos:f
IDN|l|Indonésie|f|s|Jakarta|indonésien/indonésienne|as|Budi Santoso:m
MYS|la|Malaisie|f|s|Kuala Lumpur|malaisien/malaisienne|as|
THA|la|Thaïlande|f|s|Bangkok|thaïlandais/thaïlandaise|as|
MMR|la|Birmanie|f|s|Naypyidaw|birman/birmane|as|
KHM|le|Cambodge|m|s|Phnom Penh|cambodgien/cambodgienne|as|
SGP|-|Singapour|m|s||singapourien/singapourienne|as||en=à Singapour
AUS|l|Australie|f|s|Canberra|australien/australienne|as|Fiona Gallagher:f;Liam O'Connell:m
NZL|la|Nouvelle-Zélande|f|s|Wellington|néo-zélandais/néo-zélandaise|as|
MNG|la|Mongolie|f|s|Oulan-Bator|mongol/mongole|as|
"""

# Organisations: CODE | region | names (art:head:g:n, ...) | heads (speaker bodies and
# officials) | capital (metonymy, may be empty)
ORGS = """
EU|eu,eeu,me,af|l:Union européenne:f:s;l:UE:f:s|le:chef de la diplomatie européenne:m:s;la:présidente de la Commission européenne:f:s;la:Commission européenne:f:s;les:Vingt-Sept:m:p|Bruxelles
NATO|eu,eeu|l:Otan:f:s;l:Alliance atlantique:f:s|le:secrétaire général de l'Otan:m:s;les:alliés de l'Otan:m:p|
UN|*|l:ONU:f:s;les:Nations unies:f:p|le:secrétaire général de l'ONU:m:s;le:Conseil de sécurité de l'ONU:m:s;le:Haut-Commissariat de l'ONU aux droits de l'homme:m:s;le:porte-parole de l'ONU:m:s|
G7|*|le:G7:m:s|les:ministres des Affaires étrangères du G7:m:p;les:dirigeants du G7:m:p|
AU|af|l:Union africaine:f:s;l:UA:f:s|le:président de la Commission de l'Union africaine:m:s;le:Conseil de paix et de sécurité de l'UA:m:s|
ASEAN|as|l:Asean:f:s;l:Association des nations de l'Asie du Sud-Est:f:s|le:secrétaire général de l'Asean:m:s;les:ministres des Affaires étrangères de l'Asean:m:p|
IAEA|me,eeu,as|l:AIEA:f:s;l:Agence internationale de l'énergie atomique:f:s|le:directeur général de l'AIEA:m:s;le:Conseil des gouverneurs de l'AIEA:m:s|
WHO|*|l:OMS:f:s;l:Organisation mondiale de la santé:f:s|le:directeur général de l'OMS:m:s|
IMF|*|le:FMI:m:s;le:Fonds monétaire international:m:s|la:directrice générale du FMI:f:s;le:conseil d'administration du FMI:m:s|
ICC|*|la:CPI:f:s;la:Cour pénale internationale:f:s|le:procureur de la CPI:m:s;les:juges de la CPI:m:p|
ECOWAS|af|la:Cédéao:f:s;la:Communauté économique des Etats de l'Afrique de l'Ouest:f:s|le:président de la Commission de la Cédéao:m:s;les:chefs d'Etat de la Cédéao:m:p|
"""
ECOWAS_MEMBERS = {"NGA", "NER", "MLI", "BFA", "SEN", "CIV", "GHA", "GIN", "TGO", "BEN"}
ASEAN_MEMBERS = {"VNM", "PHL", "IDN", "MYS", "THA", "MMR", "KHM", "SGP"}

# Seats and state bodies used as speakers (CODE: art:head:g:n)
SEATS = {
    "RUS": ["le:Kremlin:m:s"],
    "USA": ["la:Maison Blanche:f:s", "le:département d'Etat:m:s"],
    "FRA": ["le:Quai d'Orsay:m:s", "l:Elysée:m:s"],
    "GBR": ["le:Foreign Office:m:s", "-:Downing Street:m:s"],
    "PHL": ["-:Malacañang:m:s"],
}

# Titles: art, head with {m}/{f}/{mp}/{fp} adjective slots, gender, number
TITLES = [
    ("le", "président {m}", "m", "s"),
    ("la", "présidente {f}", "f", "s"),
    ("le", "Premier ministre {m}", "m", "s"),
    ("la", "Première ministre {f}", "f", "s"),
    ("le", "ministre {m} des Affaires étrangères", "m", "s"),
    ("la", "ministre {f} des Affaires étrangères", "f", "s"),
    ("le", "chef de la diplomatie {f}", "m", "s"),
    ("la", "porte-parole de la diplomatie {f}", "f", "s"),
    ("le", "porte-parole du ministère {m} des Affaires étrangères", "m", "s"),
    ("le", "ministre {m} de la Défense", "m", "s"),
    ("la", "ministre {f} de la Défense", "f", "s"),
    ("le", "chef de l'Etat {m}", "m", "s"),
]
PERSON_TITLES = {
    "m": [("le", "ministre {m} des Affaires étrangères"), ("le", "porte-parole de la diplomatie {f}"),
          ("le", "chef de la diplomatie {f}"), ("le", "Premier ministre {m}"), ("le", "président {m}")],
    "f": [("la", "ministre {f} des Affaires étrangères"), ("la", "porte-parole de la diplomatie {f}"),
          ("la", "cheffe de la diplomatie {f}"), ("la", "Première ministre {f}"), ("la", "présidente {f}")],
}
BODIES = [
    ("le", "gouvernement {m}", "m", "s"),
    ("le", "ministère {m} des Affaires étrangères", "m", "s"),
    ("la", "diplomatie {f}", "f", "s"),
    ("la", "présidence {f}", "f", "s"),
]
TARGET_BODIES = [
    ("le", "gouvernement {m}", "m", "s"),
    ("les", "autorités {fp}", "f", "p"),
]
# Monarchies (no "président", "présidence", "chef de l'Etat" of their own) and
# presidential systems without a Prime Minister.
MONARCHIES = {"GBR", "JPN", "ESP", "NLD", "BEL", "SWE", "NOR", "DNK", "CAN", "AUS", "NZL", "THA", "MYS",
              "KHM", "MAR", "JOR", "SAU", "QAT", "ARE"}
NO_PM = {"USA", "MEX", "BRA", "ARG", "CHL", "COL", "VEN", "BOL", "ECU", "NIC", "URY", "PRY", "IDN", "PHL",
         "IRN", "KEN", "NGA", "GHA", "ZAF", "ZWE", "AGO", "CYP", "CHE", "AFG", "KAZ", "SDN",
         "DEU", "AUT"}   # Germany and Austria: a chancellor


def title_ok(code, head):
    if code in MONARCHIES and head.startswith(("président", "chef de l'Etat", "présidence")):
        return False
    if code in NO_PM and head.startswith(("Premier ministre", "Première ministre")):
        return False
    return True

VOWEL_START = re.compile(r"^(?!Y[aeiouéè]|Ouaga)[AEIOUYÀÂÄÉÈÊËÎÏÔÖÛÜaeiouyàâäéèêëîïôöûü]|^Ha[iï]ti")


def elides(word: str) -> bool:
    return bool(VOWEL_START.match(MARK_RE.sub("", word)))


MARK = {"S": ("\ue000", "\ue001"), "T": ("\ue002", "\ue003"),
        "V": ("\ue004", "\ue005"), "U": ("\ue006", "\ue007")}
MARK_RE = re.compile("[\ue000-\ue007]")


class NP:
    """A noun phrase: article + head. `head` may hold ⟪…⟫ around the mention
    (a person's name after a title); otherwise the mention is the whole phrase
    (or its head where the article fuses with a preposition: au, du, aux, des)."""

    def __init__(self, art, head, g, n, actor=None, kind="name"):
        self.art, self.head, self.g, self.n = art, head, g, n
        self.actor, self.kind = actor, kind

    def _h(self, role):
        o, c = MARK[role]
        if "⟪" in self.head:
            return self.head.replace("⟪", o).replace("⟫", c), True
        return self.head, False

    def render(self, form, role):
        o, c = MARK[role]
        h, inner = self._h(role)
        full = (lambda s: s) if inner else (lambda s: o + s + c)
        art = self.art
        if art in ("le", "la", "les", "Le", "La"):
            nom = f"{art} {h}"
        elif art == "l":
            nom = f"l'{h}"
        else:
            nom = h
        if form == "n":
            return full(nom)
        if form == "que":
            return ("qu'" if elides(nom) else "que ") + full(nom)
        if form == "a":
            if art in ("le", "Le"):
                return "au " + full(h)
            if art == "les":
                return "aux " + full(h)
            return "à " + full(nom)
        if form == "de":
            if art in ("le", "Le"):
                return "du " + full(h)
            if art == "les":
                return "des " + full(h)
            if art in ("la", "La", "l"):
                return "de " + full(nom)
            return ("d'" if elides(h) else "de ") + full(h)
        if form in ("en", "amb"):
            a = self.actor
            assert a is not None and a.kind == "state" and self.kind == "name", (form, self.head)
            if form == "en":
                if a.en:
                    prep, name = a.en.split(" ", 1)
                    return f"{prep} " + o + name + c
                if art == "les":
                    return "aux " + o + h + c
                if art == "le":
                    return "au " + o + h + c
                return "en " + o + h + c
            if a.amb:
                prep, name = ("d'", a.amb[2:]) if a.amb.startswith("d'") else ("de ", a.amb[3:])
                return prep + o + name + c
            if art == "les":
                return "des " + o + h + c
            if art == "le":
                return "du " + o + h + c
            return ("d'" if elides(h) else "de ") + o + h + c
        raise ValueError(form)


class Actor:
    def __init__(self, code, kind):
        self.code, self.kind = code, kind
        self.names: list[NP] = []
        self.capital: NP | None = None
        self.adj = None
        self.persons: list[tuple[str, str]] = []
        self.seats: list[NP] = []
        self.heads: list[NP] = []
        self.regions: set[str] = set()
        self.glob = False
        self.en = self.amb = None

    def adjs(self):
        return {"m": self.adj[0], "f": self.adj[1], "mp": self.adj[2], "fp": self.adj[3]}


def _np(spec, actor, kind):
    art, head, g, n = spec.split(":")
    return NP("" if art == "-" else art, head, g, n, actor, kind)


def load_actors():
    actors = {}
    for line in COUNTRIES.strip().splitlines():
        f = line.split("|")
        code, art, name, g, n, cap, adj, region, persons = f[:9]
        a = Actor(code, "state")
        a.names = [NP("" if art == "-" else art, name, g, n, a, "name")]
        if cap:
            if cap.startswith(("Le ", "La ")):
                a.capital = NP(cap[:2], cap[3:], "m", "s", a, "cap")
            else:
                a.capital = NP("", cap, "m", "s", a, "cap")
        forms = adj.split("/")
        if len(forms) == 2:
            m, fem = forms
            mp = m if m.endswith(("s", "x")) else m + "s"
            forms = [m, fem, mp, fem + "s"]
        a.adj = tuple(forms)
        a.glob = region.endswith("*")
        a.regions = {region.rstrip("*")}
        a.persons = [tuple(p.split(":")) for p in persons.split(";") if p]
        for extra in f[9:]:
            for kv in extra.split(";"):
                if kv:
                    k, v = kv.split("=", 1)
                    setattr(a, k, v)
        a.seats = [_np(s, a, "seat") for s in SEATS.get(code, [])]
        actors[code] = a
    for line in ORGS.strip().splitlines():
        code, regions, names, heads, cap = line.split("|")
        a = Actor(code, "org")
        a.regions = set(regions.split(","))
        a.glob = "*" in a.regions
        a.names = [_np(s, a, "name") for s in names.split(";")]
        a.heads = [_np(s, a, "head") for s in heads.split(";")]
        if cap:
            a.capital = NP("", cap, "m", "s", a, "cap")
        actors[code] = a
    return actors


ACTORS = load_actors()
STATES = [a for a in ACTORS.values() if a.kind == "state"]
ORGS_L = [a for a in ACTORS.values() if a.kind == "org"]


def related(a: Actor, b: Actor) -> bool:
    if a.glob or b.glob:
        return True
    if a.code == "ECOWAS" or b.code == "ECOWAS":
        other = b if a.code == "ECOWAS" else a
        return other.code in ECOWAS_MEMBERS or other.kind == "org"
    if a.code == "ASEAN" or b.code == "ASEAN":
        other = b if a.code == "ASEAN" else a
        return other.code in ASEAN_MEMBERS or other.code in {"CHN", "USA", "JPN", "AUS", "KOR", "IND"} or other.kind == "org"
    return bool(a.regions & b.regions)


def _title_np(actor, rng, table):
    art, head, g, n = rng.choice([t for t in table if title_ok(actor.code, t[1])])
    return NP(art, head.format(**actor.adjs()), g, n, actor, "title")


def speaker_np(actor: Actor, rng, forms):
    """Pick a speaker phrase among the allowed forms."""
    avail = []
    for f in forms:
        if f == "name":
            avail += [f] * 4
        elif f == "cap" and actor.capital:
            avail += [f] * 2
        elif f == "title" and actor.kind == "state":
            avail += [f] * 2
        elif f == "person" and actor.persons:
            avail += [f] * 2
        elif f == "body" and (actor.kind == "state" or actor.heads):
            avail += [f] * (1 if actor.kind == "state" else 3)
        elif f == "seat" and actor.seats:
            avail += [f] * 2
    if not avail:
        avail = ["name"]
    f = rng.choice(avail)
    if f == "name":
        return rng.choice(actor.names)
    if f == "cap":
        return actor.capital
    if f == "title":
        return _title_np(actor, rng, TITLES)
    if f == "person":
        name, g = rng.choice(actor.persons)
        art, head = rng.choice([t for t in PERSON_TITLES[g] if title_ok(actor.code, t[1])])
        return NP(art, head.format(**actor.adjs()) + f", ⟪{name}⟫,", g, "s", actor, "person")
    if f == "seat":
        return rng.choice(actor.seats)
    if actor.kind == "org":
        return rng.choice(actor.heads)
    if actor.seats and rng.random() < 0.4:
        return rng.choice(actor.seats)
    return _title_np(actor, rng, BODIES)


def target_np(actor: Actor, rng, forms):
    avail = []
    for f in forms:
        if f == "name":
            avail += [f] * 5
        elif f == "cap" and actor.capital:
            avail += [f] * 3
        elif f == "body":
            avail += [f] * (2 if actor.kind == "state" else 1)
        elif f == "title" and actor.kind == "state":
            avail += [f]
    if not avail:
        avail = ["name"]
    f = rng.choice(avail)
    if f == "name":
        return rng.choice(actor.names)
    if f == "cap":
        return actor.capital
    if f == "title":
        return _title_np(actor, rng, TITLES[:4] + TITLES[11:])
    if actor.kind == "org":
        return rng.choice(actor.heads)
    return _title_np(actor, rng, TARGET_BODIES)


# ---------------------------------------------------------------------------
# Template fillers. A filler may hold actor placeholders; "{F:NAME@V}" takes a
# filler written for the target T and applies it to V; NAME_ORG is used instead
# of NAME when the role is an organisation.
# ---------------------------------------------------------------------------
FILLERS = {
    "DAY": ["mardi", "lundi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lundi soir",
            "mardi soir", "jeudi matin", "vendredi soir", "ce week-end", "mercredi après-midi"],
    "CTX": ["dans un communiqué", "lors d'un point presse", "dans une déclaration écrite",
            "à l'issue d'un conseil des ministres", "lors d'une conférence de presse",
            "dans un message publié sur les réseaux sociaux", "devant la presse",
            "dans un entretien à la télévision publique", "devant les députés"],
    "MONTH": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "septembre", "octobre", "novembre"],
    "SAYV": ["déclaré", "affirmé", "assuré", "souligné", "estimé", "ajouté", "martelé", "lancé"],
    "NUM": ["deux", "trois", "quatre", "cinq", "six", "sept", "dix"],
    "ACC": ["d'« ingérence » dans ses affaires intérieures", "de mener une campagne de « désinformation »",
            "d'avoir violé à plusieurs reprises son espace aérien", "de vouloir « déstabiliser » la région",
            "de détenir « arbitrairement » plusieurs de ses ressortissants", "d'espionnage",
            "d'avoir orchestré une série de cyberattaques contre ses administrations",
            "de ne pas respecter {T|ses|leurs} engagements", "de « chantage » économique",
            "de soutenir des groupes armés dans la région", "de violations « massives » des droits humains",
            "d'entraver l'acheminement de l'aide humanitaire", "de « mentir » sur le bilan des affrontements",
            "de vouloir « saboter » les négociations", "d'avoir fait pression sur ses entreprises",
            "de « double langage »"],
    "ACC_BYORG": ["de violations « massives » des droits humains", "d'entraver l'acheminement de l'aide humanitaire",
                  "de ne pas respecter {T|ses|leurs} engagements", "de « mentir » sur le bilan des affrontements",
                  "de bloquer l'accès de ses inspecteurs", "de ne pas coopérer avec ses enquêteurs",
                  "d'avoir « délibérément » retardé la publication de données"],
    "ACC_ORG": ["de « partialité »", "de pratiquer le « deux poids, deux mesures »", "d'outrepasser son mandat",
                "d'ingérence dans ses affaires intérieures", "de servir des « intérêts étrangers »",
                "de « politiser » le dossier", "d'avoir ignoré ses alertes"],
    "ACT_OF_T": ["l'arrestation de deux journalistes par {T}", "les tirs de missiles effectués par {T}",
                 "la décision {T:de} d'expulser trois diplomates", "la répression des manifestations par {T}",
                 "les manœuvres militaires menées par {T} près de la frontière",
                 "le refus {T:de} de prolonger l'accord de transit", "les « provocations » répétées {T:de}",
                 "l'incursion de drones attribuée {T:a}", "l'exécution d'un ressortissant étranger par {T}",
                 "la saisie d'un pétrolier par {T}", "l'expulsion de journalistes étrangers décidée par {T}",
                 "le blocus imposé par {T}", "les frappes menées par {T} contre des zones habitées"],
    "ACT_OF_T_ORG": ["la décision {T:de} de suspendre son aide", "le dernier rapport {T:de}",
                     "les conclusions publiées par {T}", "la « partialité » {T:de}",
                     "les conditions imposées par {T}", "le silence {T:de} face aux violences"],
    "QUAL_NEG": ["y voyant une « atteinte inacceptable » à sa souveraineté", "y voyant un geste « irresponsable »",
                 "évoquant une « violation flagrante du droit international »",
                 "jugeant ces agissements « contraires à l'esprit de bon voisinage »",
                 "réclamant des « explications » sans délai", "parlant d'un « acte hostile »"],
    "QUOTE_NEG": ["{T} porte seul la responsabilité de la dégradation de la situation",
                  "nous ne laisserons pas {T} dicter sa loi",
                  "le comportement {T:de} est inacceptable et irresponsable",
                  "les agissements {T:de} menacent la stabilité de toute la région",
                  "{T} {T|a|ont} franchi une ligne rouge",
                  "nous n'accepterons pas de leçons de la part {T:de}",
                  "les promesses {T:de} ne valent rien tant qu'elles ne sont pas suivies d'actes",
                  "{T} {T|joue|jouent} avec le feu"],
    "QUOTE_NEG_ORG": ["{T} {T|a|ont} perdu toute crédibilité dans ce dossier",
                      "nous ne laisserons pas {T} dicter sa loi",
                      "le rapport {T:de} est biaisé et inacceptable"],
    "WARN": ["toute « aventure militaire »", "toute nouvelle « provocation »", "une « escalade dangereuse »",
             "la tentation de « passer en force »", "toute ingérence dans le processus électoral",
             "les « conséquences graves » d'une nouvelle incursion"],
    "THREAT": ["« représailles »", "nouvelles sanctions", "« mesures de rétorsion »",
               "poursuites devant les juridictions internationales", "rompre ses relations diplomatiques",
               "« riposte proportionnée »"],
    "EXPUL": ["accusés d'« activités incompatibles avec leur statut »", "soupçonnés d'espionnage",
              "en représailles à une mesure similaire", "sommés de quitter le pays sous trois jours"],
    "PROTEST": ["des déclarations jugées « inacceptables »", "l'arrestation de l'un de ses ressortissants",
                "la violation de son espace aérien", "des propos « insultants » tenus à l'égard de ses dirigeants",
                "l'interception d'un navire de pêche battant son pavillon"],
    "SANCT_TAIL": ["visant une dizaine de hauts responsables accusés de « répression »",
                   "en réponse aux « violations répétées » du cessez-le-feu",
                   "qui visent notamment {T|ses|leurs} exportations de pétrole",
                   "pour {T|son|leur} rôle présumé dans des cyberattaques",
                   "en raison de {T|son|leur} soutien militaire à des groupes armés"],
    "SANCT_REASON": ["en réponse aux « violations répétées » du cessez-le-feu",
                     "pour {T|son|leur} rôle présumé dans des cyberattaques",
                     "en raison de {T|son|leur} soutien militaire à des groupes armés",
                     "après la répression sanglante de manifestations"],
    "SANCT_PASSIVE": ["{T~sanctionné}", "{T~frappé} de nouvelles sanctions", "{T~visé} par des mesures de rétorsion"],
    "PAST_ACC": ["violé à plusieurs reprises le cessez-le-feu", "livré des armes aux rebelles",
                 "bloqué délibérément l'acheminement de l'aide", "orchestré la campagne de désinformation",
                 "massé des troupes près de la frontière", "fait pression sur les électeurs",
                 "dissimulé l'ampleur de l'épidémie"],
    "PAST_ACC_ORG": ["ignoré les alertes répétées", "outrepassé son mandat",
                     "cédé aux pressions de ses principaux contributeurs", "publié un rapport « biaisé »"],
    "ORIGIN": ["la cyberattaque qui a paralysé plusieurs ministères", "l'incendie du dépôt de carburant",
               "la fuite de documents confidentiels", "la panne géante du réseau électrique",
               "la campagne de faux messages diffusée avant le scrutin"],
    "STOP_WHAT": ["{T|ses|leurs} « provocations »", "{T|ses|leurs} tirs de missiles", "{T|ses|leurs} ingérences",
                  "toute activité militaire près de la frontière", "la répression des manifestants",
                  "les expulsions de migrants", "{T|ses|leurs} survols de la zone contestée"],
    "DEMAND": ["libérer « sans délai » les personnes détenues", "retirer {T|ses|leurs} troupes",
               "respecter le droit international", "revenir sur {T|sa|leur} décision", "mettre fin aux violences",
               "lever les restrictions imposées aux humanitaires", "rouvrir la frontière"],
    "DEMAND_ORG": ["revoir {T|sa|leur} copie", "respecter {T|son|leur} mandat", "revenir sur {T|sa|leur} décision",
                   "faire preuve d'« impartialité »"],
    "HEDGE_ACT": ["prendre de nouvelles sanctions contre {T}", "saisir la justice internationale contre {T}",
                  "suspendre {S|sa|leur} coopération avec {T}", "réduire {S|ses|leurs} échanges commerciaux avec {T}",
                  "geler les avoirs {T:de}", "revoir « en profondeur » {S|ses|leurs} relations avec {T}"],
    "IFTAIL": ["si la situation ne s'améliorait pas", "faute de progrès rapides", "en l'absence de garanties",
               "si les arrestations se poursuivaient"],
    "DECISION": ["suspendre {T|sa|leur} participation à l'accord", "reporter sine die les élections",
                 "fermer {T|sa|leur} frontière", "relever {T|ses|leurs} droits de douane", "se retirer du traité",
                 "restreindre l'accès des journalistes étrangers", "rappeler {T|son|leur} ambassadeur"],
    "DECISION_ORG": ["suspendre {T|son|leur} aide budgétaire", "reporter la réunion", "ouvrir une enquête",
                     "réduire {T|ses|leurs} effectifs dans le pays", "durcir les conditions de {T|son|leur} programme"],
    "REGRET_TAIL": ["jugeant qu'elle « ne va pas dans le bon sens »", "la qualifiant de « contre-productive »",
                    "appelant à la « reconsidérer »", "estimant qu'elle « complique » la recherche d'une solution"],
    "CHARGE_DE": ["de « génocide »", "d'« ingérence »", "d'« espionnage »", "de « crimes de guerre »",
                  "de « nettoyage ethnique »", "d'« agression »", "de « terrorisme d'Etat »", "de « chantage »",
                  "de « travail forcé »", "de « fraude électorale »", "de « torture »"],
    "CHARGE_PLAIN": ["de génocide", "d'ingérence", "d'espionnage", "de crimes de guerre", "de nettoyage ethnique",
                     "d'agression", "de chantage", "de travail forcé", "de fraude électorale"],
    "CALM_PLAIN": ["à la retenue", "à reprendre le dialogue", "à faire preuve de retenue", "à éviter toute escalade",
                   "à désamorcer les tensions", "à revenir à la table des négociations"],
    "CHARGE_DE_ORG": ["de « partialité »", "de « politisation »", "d'« ingérence »", "de « dissimulation »",
                      "de « mauvaise gestion »"],
    "CHARGE_DE_BYORG": ["de « partialité »", "de « politisation »", "d'« obstruction »", "de « dissimulation »",
                        "de « mauvaise foi »"],
    "CHARGE_PLAIN_ORG": ["de partialité", "de politisation", "d'ingérence", "de mauvaise gestion"],
    "CHARGE_PLAIN_BYORG": ["de partialité", "de politisation", "d'obstruction", "de mauvaise foi"],
    "DISMISS": ["ridicules", "mensongères", "sans fondement", "fantaisistes", "absurdes", "diffamatoires",
                "infondées", "grotesques"],
    "CLAIM_TOPIC": ["la présence de ses soldats dans la zone", "le bilan des affrontements",
                    "un prétendu projet d'attaque", "la livraison d'armes à des groupes rebelles",
                    "l'origine de l'explosion"],
    "BALAYE_TAIL": ["dénonçant une « campagne de dénigrement »", "y voyant une « ingérence » dans ses affaires",
                    "jugeant qu'elles « ne reposent sur rien »", "les qualifiant de « propagande »"],
    "IFCASE": ["nouvelle violation de son espace aérien", "nouvelles arrestations de ses ressortissants",
               "nouvel essai balistique", "nouvelle incursion à la frontière", "nouvelle cyberattaque"],
    "COOPFIELD": ["militaire", "sécuritaire", "judiciaire", "universitaire", "policière"],
    "SUSP_TAIL": ["invoquant des « violations graves » de ses engagements", "après l'arrestation de plusieurs opposants",
                  "en signe de protestation", "dans l'attente d'« explications »"],
    "ON_TOPIC": ["sur le dossier migratoire", "en matière de droits humains", "sur la question du climat",
                 "dans le conflit en cours", "sur la question des réfugiés"],
    "REPROCHE": ["{T|son|leur} « manque de transparence »", "de ne pas avoir tenu {T|ses|leurs} promesses",
                 "d'avoir « trahi » l'esprit de l'accord", "{T|son|leur} silence face aux violences",
                 "de traîner les pieds dans l'enquête"],
    "CRIT_TAIL": ["{T|l'accusant|les accusant} de « double langage »",
                  "{T|lui|leur} reprochant {T|son|leur} « inaction »",
                  "jugeant {T|sa|leur} position « intenable »", "dénonçant {T|son|leur} « cynisme »"],
    "INCIDENT_T": ["l'interception de l'un de ses navires de pêche", "la violation de son espace aérien par deux avions de combat",
                   "l'arrestation de trois de ses ressortissants", "le tir d'une roquette près d'un poste frontière"],
    "AUX_AGISSEMENTS_BYORG": ["aux agissements {T:de}", "au durcissement de la position {T:de}",
                              "aux menaces proférées par {T}", "aux entraves posées par {T} à ses équipes"],
    "AUX_AGISSEMENTS": ["aux agissements {T:de}", "aux manœuvres {T:de} près de ses côtes",
                        "au durcissement de la position {T:de}", "aux menaces proférées par {T}"],
    # positive
    "POS_OF_T": ["la « retenue » dont {T|a|ont} fait preuve {T}", "la décision {T:de} de libérer deux opposants",
                 "le « rôle constructif » joué par {T}", "les efforts de médiation {T:de}",
                 "l'engagement {T:de} en faveur du cessez-le-feu", "la « générosité » {T:de}",
                 "la libération par {T} de plusieurs prisonniers", "l'« excellente coopération » {T:de}"],
    "POS_DE": ["de la décision {T:de} de rouvrir {T|sa|leur} frontière", "du « rôle constructif » joué par {T}",
               "des efforts de médiation {T:de}", "de l'accord conclu avec {T}",
               "de la libération par {T} de plusieurs prisonniers", "de la visite prochaine d'une délégation {T:de}"],
    "ACHIEVE": ["la bonne tenue de l'élection présidentielle", "la conclusion de l'accord de paix",
                "{T|sa|leur} « gestion exemplaire » de la crise", "le succès de {T|sa|leur} présidence tournante",
                "l'organisation du sommet", "{T|sa|leur} contribution à la libération des otages"],
    "ACHIEVE_ORG": ["{T|sa|leur} « gestion exemplaire » de la crise", "l'organisation du sommet",
                    "{T|son|leur} rôle dans la conclusion de l'accord", "la rapidité de {T|sa|leur} réaction"],
    "HELP": ["{T|son|leur} aide humanitaire", "l'envoi de secouristes après le séisme", "{T|son|leur} soutien « constant »",
             "les doses de vaccins livrées la semaine dernière", "{T|son|leur} accueil des réfugiés",
             "{T|sa|leur} « médiation patiente »", "{T|son|leur} aide à la reconstruction"],
    "DISASTER": ["le séisme qui a fait des centaines de morts", "les inondations meurtrières de la semaine dernière",
                 "l'attentat qui a frappé la capitale", "le naufrage d'un ferry", "les incendies qui ravagent le pays"],
    "QUOTE_POS": ["{T} est un partenaire fiable et un ami", "nous remercions {T} pour {T|sa|leur} générosité",
                  "la coopération avec {T} n'a jamais été aussi étroite", "nous saluons le courage {T:de}",
                  "{T} peut compter sur notre soutien", "le rôle {T:de} a été décisif"],
    "COOP": ["coopération énergétique", "coopération sécuritaire", "libre-échange",
             "coopération dans la lutte antiterroriste", "partenariat stratégique", "coopération scientifique"],
    "CANDID": ["un siège de membre non permanent du Conseil de sécurité", "l'organisation de la prochaine conférence sur le climat",
               "l'accueil de l'Exposition universelle", "un poste d'observateur"],
    "EXCUSE": ["la publication de propos jugés « offensants »", "l'interpellation par erreur de l'un de ses diplomates",
               "la diffusion d'une carte erronée", "un incident de protocole lors du sommet"],
    "AMOUNT": ["50 millions d'euros", "200 millions de dollars", "1,2 milliard de dollars", "30 millions d'euros",
               "75 millions de dollars", "500 millions d'euros"],
    "AID_TAIL": ["pour faire face à la crise alimentaire", "après les inondations", "destinée à la reconstruction",
                 "pour soutenir {T|son|leur} système de santé"],
    "DECISIVE": ["la libération des otages", "la conclusion du cessez-le-feu", "l'évacuation des ressortissants étrangers",
                 "le succès des négociations"],
    "AGREE_TOPIC": ["la nécessité d'un cessez-le-feu", "la transition énergétique", "la lutte contre le terrorisme",
                    "la régulation de l'intelligence artificielle", "la sécurité alimentaire"],
    "PROPOSAL": ["organiser une conférence de paix", "créer un fonds pour la reconstruction",
                 "renforcer la surveillance maritime", "relancer les négociations commerciales"],
    "HOMMAGE": ["{T|son|leur} rôle dans l'accueil des réfugiés", "{T|sa|leur} contribution aux opérations de maintien de la paix",
                "{T|son|leur} engagement contre la piraterie"],
    "DISPUTE": ["la question des droits humains", "le commerce", "la pêche", "la question migratoire", "le dossier nucléaire"],
    "FIELD": ["la lutte contre le terrorisme", "la lutte contre le trafic de drogue", "la gestion des flux migratoires",
              "la riposte aux épidémies", "la lutte contre le changement climatique", "la sécurité maritime"],
    "POS_EVENT_T": ["la décision {T:de} de rouvrir {T|son|leur} ambassade", "l'annonce par {T} d'une aide supplémentaire",
                    "le vote favorable {T:de}", "la levée des restrictions décidée par {T}"],
    "REQ_INF": ["obtenir un allègement de {T|sa|leur} dette", "accueillir la prochaine conférence régionale",
                "rejoindre le groupe des pays observateurs", "obtenir un délai supplémentaire"],
    "PRAISE_PP": ["salué", "félicité", "remercié"],
    # neutral
    "CALM": ["à la « retenue »", "à « reprendre le dialogue »", "à « faire preuve de retenue »",
             "à « éviter toute escalade »", "à « désamorcer les tensions »",
             "à régler leur différend « par des moyens pacifiques »", "à « revenir à la table des négociations »",
             "à « respecter le cessez-le-feu »"],
    "MEDIATION_TAIL": ["se disant {S~prêt} à accueillir des pourparlers", "sans prendre parti",
                       "afin de « faire baisser la tension »", "selon un communiqué"],
    "NEG_VERB": ["condamné", "critiqué", "mis en cause", "désigné"],
    "NEG_TAIL": ["lors de sa conférence de presse", "dans son communiqué", "malgré l'insistance des journalistes",
                 "dans sa déclaration finale"],
    "REFUS_TAIL": ["estimant que « toutes les informations ne sont pas encore connues »", "renvoyant à une enquête en cours",
                   "invoquant la « neutralité » de sa diplomatie"],
    "INCIDENT": ["l'explosion survenue dans le port", "la mort d'un journaliste à la frontière",
                 "le crash de l'avion de ligne", "l'attaque contre le convoi humanitaire", "l'incendie du centre de rétention"],
    "NOTE_TAIL": ["sans autre commentaire", "précisant {S.quil} {S|étudierait|étudieraient} ses implications",
                  "sans se prononcer sur le fond"],
    "TALK_TOPIC": ["la situation régionale", "la coopération économique", "la sécurité énergétique",
                   "les questions migratoires", "la préparation du prochain sommet"],
    "TRADE_CHANGE": ["progressé de 12 %", "reculé de 8 %", "atteint un niveau record", "stagné", "baissé de 3 %"],
    "VENUE": ["Genève", "Vienne", "Doha", "Oslo", "Istanbul", "Nairobi"],
    "NEUTRAL_FACT": ["transmis {T|sa|leur} réponse dans les délais", "demandé le report de la réunion",
                     "proposé d'accueillir les prochaines discussions", "nommé un nouvel envoyé spécial"],
}
FILLER_RE = re.compile(r"\{F:([A-Z_]+)(@V)?\}")
PH_RE = re.compile(r"\{([STVU])([^{}]*)\}")


def agree(word, g, n):
    if "/" in word:
        m, f = word.split("/")
        word = f if g == "f" else m
    elif g == "f" and not word.endswith("e"):
        word += "e"
    if n == "p" and not word.endswith(("s", "x")):
        word += "s"
    return word


def actor_ph(role, rest, roles):
    np = roles[role]
    if rest == "" or rest.startswith(":"):
        return np.render(rest[1:] or "n", role)
    if rest.startswith("|"):
        sg, pl = rest[1:].split("|")
        return sg if np.n == "s" else pl
    if rest.startswith("~"):
        return agree(rest[1:], np.g, np.n)
    if rest.startswith("."):
        key = rest[1:]
        pro = {("m", "s"): "il", ("f", "s"): "elle", ("m", "p"): "ils", ("f", "p"): "elles"}[(np.g, np.n)]
        if key == "il":
            return pro
        if key == "quil":
            return "qu'" + pro
        if key == "ati":
            return ("a-t-" if np.n == "s" else "ont-") + pro
        if key.startswith("adj"):
            adjs = np.actor.adjs()
            return {"adj": adjs["m"], "adjf": adjs["f"], "adjp": adjs["mp"], "adjfp": adjs["fp"]}[key]
    raise ValueError(f"bad placeholder {role}{rest}")


class Tpl:
    def __init__(self, tid, stances, text, S="any", T="any", V=None, U=None, n=8, hard=None):
        self.id, self.stances, self.text, self.n = tid, stances, text, n
        self.specs = {"S": S, "T": T, "V": V, "U": U}
        self.hard = hard if isinstance(hard, dict) else {r: hard for r in stances}


SPEAKER_FORMS = ["name", "cap", "title", "person", "body", "seat"]
TARGET_FORMS = ["name", "cap", "body"]


def _pool(kind):
    if kind == "any":
        return STATES + ORGS_L
    if kind == "st":
        return STATES
    if kind == "org":
        return ORGS_L
    return [ACTORS[c] for c in kind.split("+")]


def pick_roles(tpl, rng):
    roles, actors = {}, {}
    for role in ("S", "T", "V", "U"):
        spec = tpl.specs[role]
        if spec is None:
            continue
        kind, _, forms = spec.partition("/")
        forms = forms.split(",") if forms else (SPEAKER_FORMS if role == "S" else TARGET_FORMS)
        pool = [a for a in _pool(kind) if a.code not in {x.code for x in actors.values()}]
        if role != "S":
            anchor = actors["S"]
            near = [a for a in pool if related(anchor, a)]
            if role == "V" and "T" in actors:   # the second target: a neighbour of the first
                t = actors["T"]
                near = ([a for a in near if a.regions & t.regions]
                        or [a for a in pool if a.regions & t.regions]
                        or [a for a in near if related(t, a)] or near)
                if near and rng.random() < 0.95:
                    pool = near
            elif near and rng.random() < 0.8:
                pool = near
        a = rng.choice(pool)
        actors[role] = a
        roles[role] = speaker_np(a, rng, forms) if role == "S" else target_np(a, rng, forms)
    return roles, actors


def render_template(tpl, k):
    rng = random.Random(f"{tpl.id}#{k}")
    roles, actors = pick_roles(tpl, rng)

    def filler(m):
        name, at_v = m.group(1), m.group(2)
        role = "V" if at_v else "T"
        key = name
        if role in actors and actors[role].kind == "org" and name + "_ORG" in FILLERS:
            key = name + "_ORG"
        elif actors["S"].kind == "org" and name + "_BYORG" in FILLERS:
            key = name + "_BYORG"
        choice = rng.choice(FILLERS[key])
        if at_v:
            choice = choice.replace("{T", "{V")
        return choice

    text = tpl.text
    for _ in range(4):
        text = FILLER_RE.sub(filler, text)
    text = text.replace("{^}", "\ue010")
    text = PH_RE.sub(lambda m: actor_ph(m.group(1), m.group(2), roles), text)
    assert "{" not in text and "}" not in text, (tpl.id, text)
    return text, actors


# ---------------------------------------------------------------------------
# Templates (hand-written). Stances per role: "-" negative, "0" neutral, "+" positive.
# Specs: "any", "st" (states), "org", or codes joined by "+"; "/forms" restricts
# the phrase: name, cap, title, person, body, seat.
# ---------------------------------------------------------------------------
SANCTIONERS = "USA+GBR+CAN+AUS+JPN+CHE+NOR+NZL+KOR+EU+UN+FRA+DEU"
QUOTERS = "st/title,person,body"
TEMPLATES = [
    # --- negative -----------------------------------------------------------
    Tpl("neg-accuse-past", {"T": "-"}, "{S} {S|a|ont} accusé {F:DAY} {T} {F:ACC}.", n=16),
    Tpl("neg-accuse-present", {"T": "-"}, "{S} {S|accuse|accusent} {T} {F:ACC}, {F:CTX}.", n=10),
    Tpl("neg-condemn-firm", {"T": "-"}, "{S} {S|a|ont} condamné {F:DAY} « avec la plus grande fermeté » {F:ACT_OF_T}.", n=12),
    Tpl("neg-denounce-qual", {"T": "-"}, "{S} {S|a|ont} dénoncé {F:DAY} {F:ACT_OF_T}, {F:QUAL_NEG}.", n=12),
    Tpl("neg-quote-after", {"T": "-"}, "« {^}{F:QUOTE_NEG} », {S|a|ont} {F:SAYV} {S} {F:CTX}.", S=QUOTERS, n=12, hard="quote_only"),
    Tpl("neg-quote-before", {"T": "-"}, "{S} {S|a|ont} {F:SAYV} {F:DAY} : « {^}{F:QUOTE_NEG}. »", S=QUOTERS, n=8, hard="quote_only"),
    Tpl("neg-quote-two-sent", {"T": "-"}, "« Ce qui s'est passé est inacceptable. {^}{F:QUOTE_NEG} », {S|a|ont} {F:SAYV} {S}.", S=QUOTERS, n=6, hard="quote_only"),
    Tpl("neg-warn", {"T": "-"}, "{S} {S|a|ont} mis en garde {F:DAY} {T} contre {F:WARN}.", n=10),
    Tpl("neg-threaten", {"T": "-"}, "{S} {S|a|ont} menacé {T} de {F:THREAT}, {F:CTX}.", n=8),
    Tpl("neg-summon", {"T": "-"}, "{S} {S|a|ont} convoqué {F:DAY} l'ambassadeur {T:amb} pour protester contre {F:PROTEST}.",
        S="st/name,cap,body,seat", T="st/name", n=12),
    Tpl("neg-expel", {"T": "-"}, "{S} {S|a|ont} annoncé {F:DAY} l'expulsion de {F:NUM} diplomates de l'ambassade {T:amb}, {F:EXPUL}.",
        S="st/name,cap,body", T="st/name", n=10),
    Tpl("neg-sanction", {"T": "-"}, "{S} {S|a|ont} adopté {F:DAY} de nouvelles sanctions contre {T}, {F:SANCT_TAIL}.",
        S=SANCTIONERS + "/name,cap,body,seat", T="st", n=12),
    Tpl("neg-sanction-verb", {"T": "-"}, "{S} {S|a|ont} décidé de sanctionner {T}, {F:SANCT_REASON}.",
        S=SANCTIONERS + "/name,cap,body", T="st", n=6),
    Tpl("neg-selon", {"T": "-"}, "Selon {S}, {T} {T|a|ont} {F:PAST_ACC}.", n=12, hard="attribution"),
    Tpl("neg-dapres", {"T": "-"}, "D'après {S}, {T} {T|serait|seraient} à l'origine de {F:ORIGIN}.", T="st", n=8, hard="attribution"),
    Tpl("neg-passive-accuse", {"T": "-"}, "{T} {T|a|ont} été {T~accusé} {F:DAY} par {S} {F:ACC}.", T="any/name,cap", n=12, hard="passive"),
    Tpl("neg-passive-sanction", {"T": "-"}, "{T} {T|a|ont} été {T~visé} {F:DAY} par de nouvelles sanctions {S:de}, {F:SANCT_TAIL}.",
        S=SANCTIONERS + "/name,cap", T="st/name,cap", n=8, hard="passive"),
    Tpl("neg-recall", {"T": "-"}, "{S} {S|a|ont} rappelé {F:DAY} {S|son|leur} ambassadeur {T:en} pour consultations, accusant les autorités {T.adjfp} {F:ACC}.",
        S="st/name,cap,body", T="st/name", n=10),
    Tpl("neg-call-stop", {"T": "-"}, "{S} {S|a|ont} appelé {F:DAY} {T} à cesser « immédiatement » {F:STOP_WHAT}.", T="st", n=12, hard="call_target"),
    Tpl("neg-exhort", {"T": "-"}, "{S} {S|a|ont} exhorté {T} à {F:DEMAND}, {F:CTX}.", n=10, hard="call_target"),
    Tpl("neg-somme", {"T": "-"}, "{S} {S|somme|somment} {T} de {F:DEMAND}, {F:CTX}.", n=6, hard="call_target"),
    Tpl("neg-exige", {"T": "-"}, "{S} {S|a|ont} exigé {F:DAY} {T:de} {T.quil} {T|libère|libèrent} « sans délai » les ressortissants détenus.",
        T="st/name,cap", n=6, hard="call_target"),
    Tpl("neg-hedge-exclu", {"T": "-"}, "{S} n'{S|a|ont} pas exclu {F:DAY} de {F:HEDGE_ACT}.", n=14, hard="hedge"),
    Tpl("neg-hedge-coop", {"T": "-"}, "{S} {S|a|ont} averti {F:DAY} que {S|sa|leur} coopération avec {T} « pourrait être réexaminée » {F:IFTAIL}.",
        n=8, hard="hedge"),
    Tpl("neg-hedge-sanctions-quote", {"T": "-"}, "De nouvelles sanctions contre {T} « ne sont pas exclues », {S|a|ont} prévenu {S}.",
        S="any/title,person,body,seat", T="st", n=6, hard="hedge"),
    Tpl("neg-hedge-future", {"T": "-"}, "{S} {S|a|ont} prévenu {F:DAY} {T:que} {T|serait|seraient} {F:SANCT_PASSIVE} en cas de {F:IFCASE}.",
        S=SANCTIONERS + "/name,cap,person,title", T="st", n=8, hard="hedge"),
    Tpl("neg-note-concern", {"T": "-"}, "{S} {S|a|ont} pris note « avec préoccupation » de la décision {T:de} de {F:DECISION}.",
        n=10, hard="understatement"),
    Tpl("neg-surprised", {"T": "-"}, "{S} {S|s'est|se sont} {S~dit} « {S~surpris} » par la décision {T:de} de {F:DECISION}.",
        n=8, hard="understatement"),
    Tpl("neg-concern-face", {"T": "-"}, "{S} {S|a|ont} exprimé {F:DAY} {S|sa|leur} « vive inquiétude » face {F:AUX_AGISSEMENTS}.",
        T="st", n=10, hard="understatement"),
    Tpl("neg-regret", {"T": "-"}, "{S} {S|a|ont} regretté {F:DAY} la décision {T:de} de {F:DECISION}, {F:REGRET_TAIL}.", n=10, hard="understatement"),
    Tpl("neg-deplore", {"T": "-"}, "{S} {S|déplore|déplorent} « vivement » {F:ACT_OF_T}.", n=6),
    Tpl("neg-reject-charges", {"T": "-"}, "{S} {S|a|ont} rejeté {F:DAY} les accusations {F:CHARGE_DE} portées par {T}.", n=14, hard="rejected_quote"),
    Tpl("neg-qualify-charges", {"T": "-"}, "{S} {S|a|ont} qualifié de « {F:DISMISS} » les accusations {F:CHARGE_DE} formulées {F:DAY} par {T}.",
        n=10, hard="rejected_quote"),
    Tpl("neg-retort-quote", {"T": "-"}, "« Ces accusations {F:CHARGE_PLAIN} sont {F:DISMISS} », {S|a|ont} rétorqué {S} à l'adresse {T:de}.",
        S=QUOTERS, n=8, hard="rejected_quote"),
    Tpl("neg-deny", {"T": "-"}, "{S} {S|a|ont} démenti « catégoriquement » les affirmations {T:de} sur {F:CLAIM_TOPIC}.", n=10, hard="denial"),
    Tpl("neg-sweep", {"T": "-"}, "{S} {S|a|ont} balayé {F:DAY} les critiques {T:de}, {F:BALAYE_TAIL}.", n=8, hard="denial"),
    Tpl("neg-threat-present", {"T": "-"}, "{S} {S|menace|menacent} désormais {T} de « représailles » en cas de {F:IFCASE}.", S="st", T="st", n=6),
    Tpl("neg-pluperfect", {"T": "-"}, "{S} {S|avait|avaient} déjà accusé {T} en {F:MONTH} {F:ACC}.", n=6),
    Tpl("neg-fustige", {"T": "-"}, "{S} {S|a|ont} fustigé {F:DAY} l'« attitude irresponsable » {T:de}.", n=8),
    Tpl("neg-suspend", {"T": "-"}, "{S} {S|a|ont} suspendu {F:DAY} {S|sa|leur} coopération {F:COOPFIELD} avec {T}, {F:SUSP_TAIL}.", T="st", n=8),
    Tpl("neg-relative-speaker", {"T": "-"}, "{S}, qui {S|accuse|accusent} {T} {F:ACC}, {S|a|ont} annoncé {F:DAY} le renforcement de {S|sa|leur} présence militaire à la frontière.",
        S="st", T="st", n=6, hard="relative"),
    Tpl("neg-relative-target", {"T": "-"}, "{T}, que {S} {S|accuse|accusent} {F:ACC}, {T|n'a|n'ont} pas réagi dans l'immédiat.",
        T="any/name,cap", n=8, hard="relative"),
    Tpl("neg-hypocrisy", {"T": "-"}, "{S} {S|dénonce|dénoncent} l'« hypocrisie » {T:de} {F:ON_TOPIC}.", n=6),
    Tpl("neg-reproach", {"T": "-"}, "{S} {S|a|ont} reproché {F:DAY} {T:a} {F:REPROCHE}.", n=8),
    Tpl("neg-criticise", {"T": "-"}, "{S} {S|a|ont} vivement critiqué {F:DAY} {T}, {F:CRIT_TAIL}.", n=8),
    Tpl("neg-sen-prendre", {"T": "-"}, "{S} {S|s'en est|s'en sont} {S~pris} {F:DAY} {T:a}, dénonçant {T|son|leur} « arrogance ».", n=6),
    Tpl("neg-protest", {"T": "-"}, "{S} {S|a|ont} adressé une protestation formelle {T:a} après {F:INCIDENT_T}.", S="st", T="st", n=8),
    Tpl("neg-unacceptable-words", {"T": "-"}, "{S} {S|a|ont} jugé « inacceptables » les propos tenus {F:DAY} par {T}.", T="st/title", n=8),
    Tpl("neg-ne-cache-pas", {"T": "-"}, "{S} ne {S|cache|cachent} pas {S|son|leur} irritation face {F:AUX_AGISSEMENTS}.", T="st", n=6, hard="double_negation"),
    # --- positive -----------------------------------------------------------
    Tpl("pos-salue", {"T": "+"}, "{S} {S|a|ont} salué {F:DAY} {F:POS_OF_T}.", n=16),
    Tpl("pos-felicite", {"T": "+"}, "{S} {S|a|ont} félicité {T} pour {F:ACHIEVE}.", n=12),
    Tpl("pos-felicite-present", {"T": "+"}, "{S} {S|félicite|félicitent} {T} pour {F:ACHIEVE}, {F:CTX}.", n=6),
    Tpl("pos-remercie", {"T": "+"}, "{S} {S|a|ont} remercié {F:DAY} {T} pour {F:HELP}.", n=14),
    Tpl("pos-soutien", {"T": "+"}, "{S} {S|a|ont} réaffirmé {F:DAY} {S|son|leur} « soutien indéfectible » {T:a}.", n=12),
    Tpl("pos-solidarite", {"T": "+"}, "{S} {S|a|ont} exprimé {S|sa|leur} « pleine solidarité » avec {T} après {F:DISASTER}.", T="st", n=10),
    Tpl("pos-rejouit", {"T": "+"}, "{S} {S|s'est|se sont} {S~réjoui} {F:DAY} {F:POS_DE}.", n=10),
    Tpl("pos-felicite-refl", {"T": "+"}, "{S} {S|s'est|se sont} {S~félicité} {F:DAY} {F:POS_DE}.", n=6),
    Tpl("pos-quote-after", {"T": "+"}, "« {^}{F:QUOTE_POS} », {S|a|ont} {F:SAYV} {S} {F:CTX}.", S=QUOTERS, n=10, hard="quote_only"),
    Tpl("pos-quote-before", {"T": "+"}, "{S} {S|a|ont} {F:SAYV} : « {^}{F:QUOTE_POS}. »", S=QUOTERS, n=6, hard="quote_only"),
    Tpl("pos-accord", {"T": "+"}, "{S} {S|a|ont} signé {F:DAY} avec {T} un accord de {F:COOP}.", S="st/name,cap,body,person", T="any/name,cap", n=10),
    Tpl("pos-candidature", {"T": "+"}, "{S} {S|a|ont} apporté {S|son|leur} soutien à la candidature {T:de} pour {F:CANDID}.", T="st/name", n=8),
    Tpl("pos-condoleances", {"T": "+"}, "{S} {S|a|ont} présenté {S|ses|leurs} condoléances {T:a} après {F:DISASTER}.", T="st/name,cap", n=8, hard="apology"),
    Tpl("pos-excuses", {"T": "+"}, "{S} {S|a|ont} présenté {F:DAY} {S|ses|leurs} excuses {T:a} après {F:EXCUSE}.", S="st", n=8, hard="apology"),
    Tpl("pos-tranche", {"T": "+"}, "{S} {S|a|ont} approuvé {F:DAY} le versement d'une nouvelle tranche de {F:AMOUNT} {T:a}, saluant {T|ses|leurs} « progrès » dans les réformes.",
        S="IMF+EU/name,body", T="st/name", n=10),
    Tpl("pos-aide", {"T": "+"}, "{S} {S|a|ont} annoncé {F:DAY} une aide d'urgence de {F:AMOUNT} {T:a} {F:AID_TAIL}.", T="st/name", n=10),
    Tpl("pos-selon", {"T": "+"}, "Selon {S}, {T} {T|a|ont} joué un « rôle décisif » dans {F:DECISIVE}.", n=8, hard="attribution"),
    Tpl("pos-passive", {"T": "+"}, "{T} {T|a|ont} été {T~félicité} {F:DAY} par {S} pour {F:ACHIEVE}.", T="any/name,cap", n=10, hard="passive"),
    Tpl("pos-encourage", {"T": "+"}, "{S} {S|a|ont} encouragé {T} à « poursuivre » {T|ses|leurs} réformes, saluant des « progrès notables ».",
        T="st", n=8, hard="call_positive"),
    Tpl("pos-agree", {"T": "+"}, "{S} {S|s'est|se sont} {S~dit} « en plein accord » avec {T} sur {F:AGREE_TOPIC}.", n=8),
    Tpl("pos-support-proposal", {"T": "+"}, "{S} {S|soutient|soutiennent} « pleinement » la proposition {T:de} visant à {F:PROPOSAL}.", n=8),
    Tpl("pos-hommage", {"T": "+"}, "{S} {S|a|ont} rendu hommage {F:DAY} {T:a} pour {F:HOMMAGE}.", n=6),
    Tpl("pos-despite-dispute", {"T": "+"}, "Malgré leurs différends sur {F:DISPUTE}, {S} {S|a|ont} salué {F:DAY} la « coopération constructive » {T:de} dans {F:FIELD}.",
        S="st/name,cap", n=10, hard="praise_in_critical"),
    Tpl("pos-concessive", {"T": "+"}, "Si {S} {S|reste|restent} très {S~critique} de la politique {T:de}, {S.il} {S|a|ont} salué {F:DAY} {T|son|leur} « rôle utile » dans {F:FIELD}.",
        S="st/name,cap", T="st/name,cap", n=10, hard="praise_in_critical"),
    Tpl("pos-double-neg", {"T": "+"}, "{S} n'{S|a|ont} pas caché {S|sa|leur} satisfaction après {F:POS_EVENT_T}.", n=8, hard="double_negation"),
    Tpl("pos-embassy", {"T": "+"}, "{S} {S|a|ont} annoncé {F:DAY} la réouverture de {S|son|leur} ambassade {T:en}, saluant « une nouvelle page » dans les relations bilatérales.",
        S="st/name,cap,body", T="st/name", n=8),
    Tpl("pos-relative", {"T": "+"}, "{T}, que {S} {S|a|ont} {T~félicité} pour {F:ACHIEVE}, {T|accueillera|accueilleront} le prochain sommet régional.",
        T="st/name,cap", n=8, hard="relative"),
    Tpl("pos-appuie", {"T": "+"}, "{S} {S|a|ont} appuyé {F:DAY} la demande {T:de} visant à {F:REQ_INF}.", T="st", n=8),
    Tpl("pos-exemplary", {"T": "+"}, "{S} {S|a|ont} jugé « exemplaire » la gestion de la crise par {T}.", n=6),
    # --- neutral ------------------------------------------------------------
    Tpl("neu-call-both", {"T": "0", "V": "0"}, "{S} {S|a|ont} appelé {F:DAY} {T} et {V} {F:CALM}.",
        T="st/name,cap", V="st/name,cap", n=12, hard="all_parties"),
    Tpl("neu-call-both-quote", {"T": "0", "V": "0"}, "« {^}Nous appelons {T} et {V} {F:CALM_PLAIN} », {S|a|ont} déclaré {S}.",
        S="any/title,person,body", T="st/name,cap", V="st/name,cap", n=8, hard="all_parties"),
    Tpl("neu-all-parties", {"T": "0", "V": "0"}, "{S} {S|a|ont} exhorté « toutes les parties », y compris {T} et {V}, {F:CALM}.",
        T="st/name,cap", V="st/name,cap", n=6, hard="all_parties"),
    Tpl("neu-mediation", {"T": "0", "V": "0"}, "{S} {S|a|ont} proposé {S|sa|leur} médiation entre {T} et {V}, {F:MEDIATION_TAIL}.",
        T="st/name,cap", V="st/name,cap", n=8, hard="all_parties"),
    Tpl("neu-concern-both", {"T": "0", "V": "0"}, "{S} {S|s'est|se sont} {S~dit} « {S~préoccupé} » par les tensions croissantes entre {T} et {V}.",
        T="st/name,cap", V="st/name,cap", n=6, hard="all_parties"),
    Tpl("neu-failed-talks", {"T": "0", "V": "0"}, "{S} {S|a|ont} regretté l'échec des pourparlers entre {T} et {V}, appelant les deux camps à « ne pas renoncer ».",
        T="st/name,cap", V="st/name,cap", n=6, hard="all_parties"),
    Tpl("neu-not-condemned", {"T": "0"}, "{S} n'{S|a|ont} pas {F:NEG_VERB} {T} {F:NEG_TAIL}.", n=12, hard="negation"),
    Tpl("neu-refrained", {"T": "0"}, "{S} {S|s'est|se sont} {S~gardé} {F:DAY} de critiquer {T}, se contentant d'appeler au calme.", n=10, hard="negation"),
    Tpl("neu-without-blaming", {"T": "0"}, "{S} {S|a|ont} appelé à une enquête « indépendante » sur {F:INCIDENT}, sans pour autant mettre en cause {T}.",
        n=10, hard="negation"),
    Tpl("neu-refused-condemn", {"T": "0"}, "{S} {S|a|ont} refusé {F:DAY} de condamner {T}, {F:REFUS_TAIL}.", n=8, hard="negation"),
    Tpl("neu-no-comment", {"T": "0"}, "{S~Interrogé} sur les critiques {T:de}, {S} {S|s'est|se sont} {S~refusé} à tout commentaire.",
        S="any/title,person,body,seat", n=6, hard="negation"),
    Tpl("neu-too-early", {"T": "0"}, "{S} {S|a|ont} estimé {F:DAY} qu'il était « trop tôt » pour se prononcer sur la proposition {T:de}.", n=6, hard="negation"),
    Tpl("neu-prend-acte", {"T": "0"}, "{S} {S|a|ont} pris acte {F:DAY} de la décision {T:de} de {F:DECISION}.", n=12, hard="take_note"),
    Tpl("neu-prend-note", {"T": "0"}, "{S} {S|prend|prennent} note de l'annonce {T:de}, {F:NOTE_TAIL}.", n=8, hard="take_note"),
    Tpl("neu-noted", {"T": "0"}, "{S} {S|a|ont} noté {F:DAY} que {T} {T|avait|avaient} {F:NEUTRAL_FACT}.", n=8, hard="take_note"),
    Tpl("neu-received", {"T": "0"}, "{S} {S|a|ont} reçu {F:DAY} {T} pour des entretiens consacrés à {F:TALK_TOPIC}.",
        S="st/name,cap,title,person,seat", T="st/title", n=10, hard="fact"),
    Tpl("neu-visit", {"T": "0"}, "{S} {S|a|ont} annoncé {F:DAY} une visite de {S|son|leur} ministre des Affaires étrangères {T:en} la semaine prochaine.",
        S="st/name,cap,body", T="st/name", n=8, hard="fact"),
    Tpl("neu-trade", {"T": "0"}, "Selon {S}, les échanges commerciaux avec {T} ont {F:TRADE_CHANGE} l'an dernier.", S="st/name,cap,body", T="st/name", n=8, hard="fact"),
    Tpl("neu-extradition", {"T": "0"}, "{S} {S|a|ont} confirmé {F:DAY} avoir reçu une demande d'extradition de la part {T:de}.",
        S="st/name,cap,body", T="st", n=6, hard="fact"),
    Tpl("neu-no-decision", {"T": "0"}, "{S} {S|a|ont} indiqué {F:DAY} qu'aucune décision n'avait encore été prise concernant la demande {T:de}.",
        n=6, hard="fact"),
    Tpl("neu-meeting", {"T": "0"}, "{S} {S|a|ont} confirmé la tenue d'une réunion avec des représentants {T:de} à {F:VENUE} la semaine prochaine.",
        n=8, hard="fact"),
    Tpl("neu-reported-claim", {"T": "0", "V": "0"}, "{S} {S|a|ont} pris note des accusations portées par {T} contre {V}, appelant à « établir les faits ».",
        T="st/name,cap", V="st/name,cap", n=8, hard="reported_claim"),
    Tpl("neu-relay-claim", {"T": "0", "V": "0"}, "{S} {S|a|ont} dit avoir « transmis » {F:DAY} {V:a} les griefs formulés par {T}, sans les reprendre à {S|son|leur} compte.",
        S="UN+AU+EU+ASEAN+ECOWAS+CHE+NOR+QAT/name,body", T="st/name,cap", V="st/name,cap", n=6, hard="reported_claim"),
    # --- third party ----------------------------------------------------------
    Tpl("mix-visit-condemn", {"T": "-", "V": "0"}, "En visite {V:en}, {S} {S|a|ont} condamné {F:DAY} {F:ACT_OF_T}.",
        S="st/title,person", V="st/name", n=10, hard="third_party"),
    Tpl("mix-host-denounce", {"T": "-", "V": "0"}, "{S}, qui recevait {F:DAY} {V}, {S|a|ont} dénoncé {F:ACT_OF_T}.",
        S="st/name,cap,title,person", V="st/title", n=8, hard="third_party"),
    Tpl("mix-summit-accuse", {"T": "-", "V": "0"}, "Lors d'un sommet organisé par {V}, {S} {S|a|ont} accusé {T} {F:ACC}.",
        V="any/name,cap", n=8, hard="third_party"),
    Tpl("mix-victim-neighbour", {"T": "-", "V": "0"}, "{S} {S|a|ont} condamné {F:DAY} les frappes menées par {T} près de la frontière avec {V}, où deux civils ont été tués.",
        T="st/name,cap", V="st/name", n=8, hard="third_party"),
    # --- two targets, different stances ---------------------------------------
    Tpl("two-condemn-praise", {"T": "-", "V": "+"}, "{S} {S|a|ont} condamné {F:ACT_OF_T}, tout en saluant {F:POS_OF_T@V}.",
        T="any/name,cap", V="any/name,cap", n=10, hard="two_targets"),
    Tpl("two-thank-accuse", {"T": "+", "V": "-"}, "{S} {S|a|ont} remercié {T} pour {F:HELP} et accusé {V} {F:ACC@V}.",
        T="any/name,cap", V="any/name,cap", n=10, hard="two_targets"),
    Tpl("two-support-call", {"T": "+", "V": "-"}, "{S} {S|a|ont} réaffirmé {S|son|leur} soutien {T:a} et appelé {V} à cesser {F:STOP_WHAT@V}.",
        T="st/name,cap", V="st/name,cap", n=10, hard="two_targets"),
    Tpl("two-denounce-cooperation", {"T": "+", "V": "-"}, "Tout en dénonçant {F:ACT_OF_T@V}, {S} {S|a|ont} salué la « coopération » {T:de} dans {F:FIELD}.",
        T="any/name,cap", V="st/name,cap", n=8, hard={"T": "praise_in_critical", "V": "two_targets"}),
    Tpl("two-condemn-refrain", {"T": "-", "V": "0"}, "{S} {S|a|ont} condamné {F:ACT_OF_T}, mais {S|s'est|se sont} {S~gardé} de critiquer {V}.",
        T="st/name,cap", V="any/name,cap", n=10, hard={"T": "two_targets", "V": "negation"}),
    Tpl("two-note-congrats", {"T": "0", "V": "+"}, "{S} {S|a|ont} pris acte de la décision {T:de} de {F:DECISION} et félicité {V} pour {F:ACHIEVE@V}.",
        T="any/name,cap", V="any/name,cap", n=8, hard={"T": "take_note", "V": "two_targets"}),
    Tpl("two-quote-thanks-pressure", {"T": "+", "V": "-"}, "« {^}Nous remercions {T} pour {T|son|leur} soutien, mais nous n'accepterons pas les pressions {V:de} », {S|a|ont} déclaré {S}.",
        S=QUOTERS, T="any/name,cap", V="any/name,cap", n=8, hard="two_targets"),
    Tpl("two-solidarity-accuse", {"T": "+", "V": "-"}, "{S} {S|a|ont} exprimé {S|sa|leur} solidarité avec {T}, accusant {V} {F:ACC@V}.",
        T="st/name,cap", V="st/name,cap", n=8, hard="two_targets"),
]


# ---------------------------------------------------------------------------
# Finalisation: typography, capitalisation, mention extraction, split, checks
# ---------------------------------------------------------------------------
def h(s: str) -> int:
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest()[:12], 16)


# The split is a pure function of the family key and this salt. The salt was chosen
# once with --search-salt (among 0..299, the one whose splits come closest to
# 80/10/10 with the global stance mix in each split); it is a constant, not
# recomputed at run time.
SPLIT_SALT = 164


def split_of(family: str, salt: int = SPLIT_SALT) -> str:
    b = h(f"split:{salt}:{family}") % 100
    return "train" if b < 80 else ("dev" if b < 90 else "test")


def search_salt(rows, tries=300):
    fams = collections.defaultdict(list)
    for r in rows:
        fams[r["family"]].append(r["stance"])
    n = len(rows)
    glob = collections.Counter(r["stance"] for r in rows)
    scored = []
    for salt in range(tries):
        cnt = {sp: collections.Counter() for sp in ("train", "dev", "test")}
        for fam, sts in fams.items():
            cnt[split_of(fam, salt)].update(sts)
        err = 0.0
        for sp, share in (("train", 0.8), ("dev", 0.1), ("test", 0.1)):
            tot = sum(cnt[sp].values())
            err += 3 * abs(tot / n - share)
            err += sum(abs(cnt[sp][st] / max(tot, 1) - glob[st] / n) for st in glob)
        scored.append((round(err, 4), salt))
    for err, salt in sorted(scored)[:5]:
        print(f"salt {salt}: deviation {err}")


# Typographic styles of the corpus: apostrophe ' or ’; inside « » a plain space,
# NBSP or NNBSP; or straight "…" wire quotes.
STYLES = [("'", " ", False), ("’", "\u00a0", False), ("'", "\u202f", False), ("’", " ", False),
          ("'", "\u00a0", False), ("'", None, True), ("’", "\u202f", False), ("'", None, True)]


def typeset(text: str, key: str) -> str:
    apos, space, straight = STYLES[h("style:" + key) % len(STYLES)]
    text = text.replace("'", apos)
    if straight:
        text = re.sub(r"«\s*", '"', text)
        text = re.sub(r"\s*»", '"', text)
    else:
        text = re.sub(r"«\s*", "«" + space, text)
        text = re.sub(r"\s*»", space + "»", text)
    return text


def capitalise_at(text: str, i: int) -> str:
    while i < len(text) and not text[i].isalpha():
        i += 1
    return text[:i] + text[i:i + 1].upper() + text[i + 1:] if i < len(text) else text


def finish(marked: str) -> str:
    """Tidy a rendered string that still holds mention markers."""
    t = re.sub(r",((?:[\ue000-\ue007])*)\s*(?=[,.;:!?])", r"\1", marked)   # "Name,," / "Name,."
    t = re.sub(r"[ ]{2,}", " ", t).strip()
    t = re.sub(r"\bde « (?=[aeiouyéèêàâîôûAEIOUÉ])", "d'« ", t)
    t = capitalise_at(t, 0)
    while "\ue010" in t:
        i = t.index("\ue010")
        t = capitalise_at(t[:i] + t[i + 1:], i)
    return t


def extract(marked: str, role: str):
    o, c = MARK[role]
    i, j = marked.find(o), marked.find(c)
    if i < 0 or j < i:
        return None
    return MARK_RE.sub("", marked[i + 1:j])


def template_examples():
    out = []
    for tpl in TEMPLATES:
        for k in range(tpl.n):
            marked, actors = render_template(tpl, k)
            marked = finish(marked)
            family = "t:" + tpl.id
            styled = typeset(marked, family + "#" + str(k))
            text = MARK_RE.sub("", styled)
            spk = extract(styled, "S")
            for role, st in tpl.stances.items():
                out.append({"text": text, "speaker": spk, "speaker_actor": actors["S"].code,
                            "target": extract(styled, role), "target_actor": actors[role].code,
                            "stance": STANCE[st], "hard": tpl.hard.get(role), "family": family,
                            "source": "template:" + tpl.id})
    return out


HAND_BLOCKS: list[str] = []
ANN_RE = re.compile(r"^@\s*(.+?)\s*=\s*([A-Z0-9]+)\s*>\s*(.+?)\s*=\s*([A-Z0-9]+)\s*:\s*([-0+])\s*(?:#\s*(\w+))?\s*$")


def hand_examples():
    out = []
    for block in HAND_BLOCKS:
        records, cur = [], []
        for ln in block.strip().splitlines():   # a record: text line(s), then "@" lines
            ln = ln.strip()
            if not ln or (cur and cur[-1].startswith("@") and not ln.startswith("@")):
                if cur:
                    records.append(cur)
                cur = []
            if ln:
                cur.append(ln)
        if cur:
            records.append(cur)
        for lines in records:
            text = " ".join(ln for ln in lines if not ln.startswith("@"))
            anns = [ln for ln in lines if ln.startswith("@")]
            if not anns:
                raise SystemExit(f"hand-written sentence without annotation: {text[:80]}")
            family = "h:" + text
            for a in anns:
                m = ANN_RE.match(a)
                if not m:
                    raise SystemExit(f"bad annotation line: {a!r} (in: {text[:60]})")
                spk, sc, tgt, tc, st, hard = m.groups()
                out.append({"text": text, "speaker": spk, "speaker_actor": sc, "target": tgt,
                            "target_actor": tc, "stance": STANCE[st], "hard": hard,
                            "family": family, "source": "hand"})
    # typography: the same style for every example of one sentence
    for ex in out:
        key = ex["family"]
        ex["text"] = typeset(ex["text"], key)
        ex["speaker"] = typeset(ex["speaker"], key)
        ex["target"] = typeset(ex["target"], key)
    return out


# ---------------------------------------------------------------------------
# Validation and statistics
# ---------------------------------------------------------------------------
# Reporting / judgement / act verbs counted in the statistics (lemma: regex on
# the lower-cased text).
VERBS = {
    "accuser": r"\baccus(?:e|ent|é|ée|és|ées|ait|aient|ant|er|era)\b", "condamner": r"\bcondamn(?:e|ent|é|ée|ait|aient|ant|er|era|erait)\b",
    "dénoncer": r"\bdénon(?:ce|cent|cé|cée|çait|çant|cer|cera)\b", "fustiger": r"\bfustig\w*", "mettre en garde": r"\b(?:mis|met|mettent|mettre|mettait) en garde\b",
    "menacer": r"\bmena(?:cent|cé|çait|çant|cer|cera)\b|\bmenace (?!de |directe)", "sanctionner": r"\bsanctionn\w*", "expulser": r"\bexpuls(?:e|ent|é|ée|er|era|ant)\b|\bl['’]expulsion\b",
    "convoquer": r"\bconvoqu\w*", "saluer": r"\bsalu(?:e|ent|é|ée|ait|aient|ant|er|era)\b", "féliciter": r"\bfélicit\w*", "remercier": r"\bremerci\w*",
    "soutenir": r"\bsout(?:ient|iennent|enu|enue|enait|enant|enir|iendra)\b", "se réjouir": r"\bréjoui\w*", "appeler": r"\bappel(?:é|ée|és|ait|aient|ant|er)\b|\bappell(?:e|ent|era)\b",
    "exhorter": r"\bexhort\w*", "prendre acte": r"\b(?:pris|prend|prennent|prendre|prenait) acte\b", "prendre note": r"\b(?:pris|prend|prennent|prendre|prenait) (?:bonne )?note\b",
    "noter": r"\bnot(?:é|ait|ant)\b", "affirmer": r"\baffirm\w*", "déclarer": r"\bdéclar(?:é|e|ent|ait|aient|ant|er|era)\b", "estimer": r"\bestim(?:é|e|ent|ait|aient|ant|er)\b",
    "regretter": r"\bregrett\w*", "déplorer": r"\bdéplor\w*", "critiquer": r"\bcritiqu(?:é|ée|ent|ait|ant|er)\b", "reprocher": r"\breproch\w*",
    "rejeter": r"\brejet(?:é|ée|ait|ant|er)\b|\brejett\w*", "démentir": r"\bdément\w*|\bdémenti\w*", "qualifier": r"\bqualifi\w*", "juger": r"\bjug(?:é|ée|e|ent|eait|eant|er)\b",
    "avertir": r"\bavert(?:i|it|issent|issait|issant|ir)\b", "exiger": r"\bexig(?:é|e|ent|eait|eant|er)\b", "sommer": r"\bsomm(?:é|e|ent|ait|ant)\b", "réclamer": r"\bréclam\w*",
    "mettre en cause": r"\b(?:mis|met|mettre|mettait) en cause\b", "exprimer": r"\bexprim\w*", "réaffirmer": r"\bréaffirm\w*", "rappeler": r"\brappel(?:é|ée|ait|ant|er)\b|\brappell\w*",
    "suspendre": r"\bsuspend\w*", "geler": r"\bgel(?:é|er|ait)\b|\bgèle\w*", "approuver": r"\bapprouv\w*", "apporter son soutien": r"\bapport\w* (?:son|leur|sa|tout son) (?:plein )?soutien",
    "assurer": r"\bassur(?:é|e|ent|ait|ant|er)\b", "répliquer": r"\brépliqu\w*", "rétorquer": r"\brétorqu\w*", "protester": r"\bprotest(?:é|e|ent|ait|ant|er)\b",
    "s'inquiéter": r"\binquiét(?:é|ée|ait|ant)\b|\bs['’]inquièt\w*", "encourager": r"\bencourag\w*", "inviter": r"\binvit(?:é|e|ent|ait|ant|er)\b", "presser": r"\bpress(?:é|ent|ait|ant|er)\b",
    "rendre hommage": r"\brend\w* hommage\b", "applaudir": r"\bapplaudi\w*", "souligner": r"\bsoulign\w*", "indiquer": r"\bindiqu\w*", "annoncer": r"\bannon(?:cé|cent|çait|çant|cer|cera)\b",
    "confirmer": r"\bconfirm\w*", "s'entretenir": r"\bentretenu\w*|\bs['’]entretien\w*", "recevoir": r"\breçu\b|\breçoit\b|\brecevait\b", "signer": r"\bsign(?:é|e|ent|ait|ant|er)\b",
    "balayer": r"\bbalay\w*", "fustiger/vilipender": r"\bvilipend\w*", "blâmer": r"\bblâm\w*", "s'indigner": r"\bindign(?:é|ée|és|ait|ant)\b", "réitérer": r"\bréitér\w*",
    "nier": r"\bni(?:é|e|ent|ait|ant)\b", "contester": r"\bcontest(?:é|e|ent|ait|ant|er)\b", "refuser": r"\brefus(?:é|e|ent|ait|ant|er)\b", "s'abstenir": r"\babst(?:enu|ient|enant)\w*",
    "se garder": r"\bgardé\w*", "mettre en doute": r"\ben doute\b", "prévenir": r"\bprévenu\b|\bprévient\b", "marteler": r"\bmartel\w*", "ajouter": r"\bajout(?:é|e|ant)\b",
    "se féliciter": r"\bs['’](?:est|était) félicit\w*", "présenter ses excuses": r"\bexcuses\b", "présenter ses condoléances": r"\bcondoléances\b", "proposer": r"\bpropos(?:é|e|ent|ait|ant|er)\b",
    "plaider": r"\bplaid\w*", "interpeller": r"\binterpell\w*", "épingler": r"\bépingl\w*", "tancer": r"\btanc\w*", "imputer": r"\bimput\w*", "attribuer": r"\battribu(?:é|ée|e|ant)\b",
    "inculper": r"\binculp\w*", "saisir": r"\bsaisi(?:r|t|ssant)?\b", "réagir": r"\béagi\w*", "commenter": r"\bcomment(?:é|er)\b", "demander": r"\bdemand(?:é|ent|ait|ant|er)\b",
    "exclure": r"\bexclu\b|\bexclut\b|\bexclure\b",
}
VERB_RES = {k: re.compile(v) for k, v in VERBS.items()}
KNOWN_STATES = {a.code for a in STATES} | {
    "IRL", "MLT", "SVK", "SVN", "BGR", "HRV", "BIH", "MNE", "MKD", "ALB", "ISL", "LUX", "KGZ", "TJK", "UZB", "TKM",
    "OMN", "KWT", "BHR", "YEM", "PSE", "MRT", "GAB", "COG", "BDI", "SSD", "DJI", "MDG", "MWI", "ZMB", "NAM", "BWA",
    "LBR", "SLE", "GMB", "GNB", "CPV", "TZA", "GUY", "LAO", "BRN", "TLS", "PNG", "FJI", "BTN", "MDV", "GTM", "HND", "SLV", "CRI",
    "PAN", "DOM", "JAM", "TTO", "VAT", "MCO", "LIE", "AND", "SMR"}


def validate(rows):
    errors = []
    seen_ids = set()
    for r in rows:
        t, s, g = r["text"], r["speaker"], r["target"]
        where = f"[{r['source']}] {t[:90]}"
        if not s or s not in t:
            errors.append(f"speaker {s!r} not in text: {where}")
        if not g or g not in t:
            errors.append(f"target {g!r} not in text: {where}")
        elif s and s in t:
            # the target must occur somewhere outside the speaker's first span
            si = t.find(s)
            spans = [m.start() for m in re.finditer(re.escape(g), t)]
            if all(si <= i < si + len(s) or i <= si < i + len(g) for i in spans):
                errors.append(f"target {g!r} only inside speaker {s!r}: {where}")
        for key in ("speaker_actor", "target_actor"):
            code = r[key]
            if code not in ORG_CODES and code not in KNOWN_STATES:
                errors.append(f"unknown {key} {code}: {where}")
        if r["speaker_actor"] == r["target_actor"]:
            errors.append(f"speaker_actor == target_actor ({r['speaker_actor']}): {where}")
        if r["stance"] not in ("negative", "neutral", "positive"):
            errors.append(f"bad stance {r['stance']}: {where}")
        if r["hard"] is not None and r["hard"] not in HARD_TAGS:
            errors.append(f"unknown hard tag {r['hard']}: {where}")
        if r["split"] not in ("train", "dev", "test"):
            errors.append(f"bad split: {where}")
        n = len(t.split())
        if not 8 <= n <= 60:
            errors.append(f"{n} words: {where}")
        if re.search(r"[{}\ue000-\ue010⟪⟫]|  |\s[,.]|,,|\.\.(?!\.)", t):
            errors.append(f"rendering debris: {t!r}")
        if r["id"] in seen_ids:
            errors.append(f"duplicate id {r['id']}")
        seen_ids.add(r["id"])
    return errors


def build():
    rows = hand_examples() + template_examples()
    seen, out = set(), []
    for r in rows:
        key = (MARK_RE.sub("", r["text"]).replace("’", "'"), r["speaker"].replace("’", "'"), r["target"].replace("’", "'"))
        if key in seen:
            continue
        seen.add(key)
        r["split"] = split_of(r["family"])
        digest = hashlib.sha256("\x1f".join((r["text"], r["speaker"], r["target"])).encode()).hexdigest()[:10]
        r["id"] = ("h-" if r["source"] == "hand" else "t-") + digest
        out.append(r)
    return out


FIELDS = ("id", "text", "speaker", "speaker_actor", "target", "target_actor", "stance", "hard", "split")


def stats(rows):
    C = collections.Counter
    n = len(rows)
    pct = lambda c: f"{c} ({100 * c / n:.1f}%)"
    print(f"examples: {n}  (hand-written: {sum(r['source'] == 'hand' for r in rows)} examples from "
          f"{len({r['family'] for r in rows if r['source'] == 'hand'})} sentences; "
          f"templates: {sum(r['source'] != 'hand' for r in rows)} examples from {len(TEMPLATES)} templates)")
    print("split:", {k: pct(v) for k, v in sorted(C(r["split"] for r in rows).items())})
    print("stance:", {k: pct(v) for k, v in sorted(C(r["stance"] for r in rows).items())})
    for sp in ("train", "dev", "test"):
        sub = [r for r in rows if r["split"] == sp]
        print(f"  {sp:5s} stance:", dict(sorted(C(r["stance"] for r in sub).items())),
              " hard:", sum(r["hard"] is not None for r in sub))
    for src in ("hand", "template"):
        sub = [r for r in rows if (r["source"] == "hand") == (src == "hand")]
        print(f"  {src:8s} stance:", dict(sorted(C(r["stance"] for r in sub).items())))
    hard = C(r["hard"] for r in rows if r["hard"])
    print("hard:", pct(sum(hard.values())), dict(hard.most_common()))
    codes = C([r["speaker_actor"] for r in rows] + [r["target_actor"] for r in rows])
    states = sorted(c for c in codes if c not in ORG_CODES)
    print(f"actors: {len(codes)} distinct ({len(states)} states, "
          f"{len([c for c in codes if c in ORG_CODES])}/{len(ORG_CODES)} organisations)")
    print("  organisations:", {o: codes[o] for o in ORG_CODES})
    print("  as speaker:", len({r['speaker_actor'] for r in rows}), " as target:", len({r['target_actor'] for r in rows}))
    texts = {r["text"] for r in rows}
    verbs = C()
    for t in texts:
        low = t.lower()
        for lemma, rx in VERB_RES.items():
            if rx.search(low):
                verbs[lemma] += 1
    print(f"verbs/cues: {len(verbs)} distinct lemmas in {len(texts)} distinct texts:",
          ", ".join(f"{k} {v}" for k, v in verbs.most_common()))
    lens = sorted(len(t.split()) for t in texts)
    print(f"length (words): min {lens[0]}, median {lens[len(lens) // 2]}, max {lens[-1]}")
    feats = C()
    for t in texts:
        feats["guillemets « »"] += "«" in t
        feats['straight "…"'] += '"' in t
        feats["selon / d'après"] += bool(re.search(r"\b(?:[Ss]elon|[Dd]['’]après)\b", t))
        feats["passive (a été …é par)"] += bool(re.search(r"\bété \w+ (?:\w+ )?par\b", t))
        feats["participle (-ant)"] += bool(re.search(r", (?:accusant|dénonçant|saluant|appelant|jugeant|qualifiant|estimant|y voyant)\b", t))
        feats["relative (qui/que/dont)"] += bool(re.search(r", (?:qui|que|dont) ", t))
        feats["negation (ne … pas)"] += bool(re.search(r"\bn['’]\w+ pas\b|\bne \w+ pas\b|sans pour autant", t))
    print("syntax:", dict(feats))


def main(argv):
    rows = build()
    if "--search-salt" in argv:
        search_salt(rows)
        return
    errors = validate(rows)
    if errors:
        for e in errors[:60]:
            print("ERROR", e, file=sys.stderr)
        raise SystemExit(f"{len(errors)} validation errors")
    stats(rows)
    if "--check" in argv:
        return
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps({k: r[k] for k in FIELDS}, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} examples to {OUT.relative_to(ROOT)}")


# === HAND BLOCKS: appended below ===
# --- hand block: europe_east ---
HAND_BLOCKS.append(
    r"""
Moscou a qualifié mardi de « provocation » le déploiement de nouveaux chasseurs de l'Otan sur le flanc est de l'Alliance, promettant une « réponse adaptée ».
@ Moscou = RUS > l'Otan = NATO : -

« L'Ukraine ne renoncera à aucun centimètre de son territoire », a déclaré le président ukrainien, accusant le Kremlin de « préparer une nouvelle offensive » dans le nord-est.
@ le président ukrainien = UKR > le Kremlin = RUS : -

Le Kremlin a rejeté jeudi les accusations de « crimes de guerre » formulées par Kiev, les qualifiant de « mise en scène » destinée aux chancelleries occidentales.
@ Le Kremlin = RUS > Kiev = UKR : - # rejected_quote

La Pologne a salué l'adoption par Bruxelles d'un nouveau paquet de sanctions contre Moscou, jugeant toutefois qu'il arrivait « bien trop tard ».
@ La Pologne = POL > Bruxelles = EU : + # mixed
@ La Pologne = POL > Moscou = RUS : - # two_targets

Le chancelier allemand a appelé la Serbie et le Kosovo à « renouer le dialogue » sous l'égide de l'Union européenne.
@ Le chancelier allemand = DEU > la Serbie = SRB : 0 # all_parties
@ Le chancelier allemand = DEU > le Kosovo = XKX : 0 # all_parties

Budapest n'a pas condamné Moscou après l'attaque de drones contre le port d'Odessa, se contentant d'évoquer un « incident regrettable ».
@ Budapest = HUN > Moscou = RUS : 0 # negation

« Nous remercions la Lituanie pour sa solidarité sans faille », a déclaré mardi la Première ministre moldave, Irina Ceban, lors d'une visite officielle.
@ Irina Ceban = MDA > la Lituanie = LTU : +

Chisinau a accusé Moscou de financer des « réseaux de déstabilisation » avant les élections législatives, ce que le Kremlin dément.
@ Chisinau = MDA > Moscou = RUS : -
@ le Kremlin = RUS > Chisinau = MDA : - # denial

La Finlande a fermé lundi l'ensemble de ses postes-frontières terrestres, accusant Moscou d'orchestrer l'afflux de migrants venus du Moyen-Orient.
@ La Finlande = FIN > Moscou = RUS : -

L'Estonie a convoqué vendredi le chargé d'affaires de Russie après la violation de son espace aérien par trois avions de chasse, une « provocation sans précédent » selon Tallinn.
@ L'Estonie = EST > Russie = RUS : -

La Commission européenne a félicité la Moldavie pour ses « progrès remarquables » dans la lutte contre la corruption, ouvrant la voie à de nouvelles étapes vers l'adhésion.
@ La Commission européenne = EU > la Moldavie = MDA : +

Tbilissi a dénoncé une « ingérence grossière » après que le Parlement européen a sévèrement critiqué la loi géorgienne sur les « agents de l'étranger ».
@ Tbilissi = GEO > le Parlement européen = EU : -
@ le Parlement européen = EU > Tbilissi = GEO : - # relative

Le ministre hongrois des Affaires étrangères a jugé « contre-productives » les nouvelles sanctions décidées par Bruxelles, sans pour autant bloquer leur adoption.
@ Le ministre hongrois des Affaires étrangères = HUN > Bruxelles = EU : - # mixed

La Roumanie et la Bulgarie ont salué jeudi leur pleine entrée dans l'espace Schengen, remerciant l'Autriche d'avoir « enfin levé son veto ».
@ La Roumanie = ROU > l'Autriche = AUT : +
@ la Bulgarie = BGR > l'Autriche = AUT : +

Le Kremlin s'est gardé de commenter la victoire du candidat pro-européen en Moldavie, se bornant à « prendre acte » des résultats.
@ Le Kremlin = RUS > Moldavie = MDA : 0 # negation

Varsovie a exigé de Berlin des réparations pour les destructions de la Seconde Guerre mondiale, une demande que le gouvernement allemand juge « juridiquement close ».
@ Varsovie = POL > Berlin = DEU : -
@ le gouvernement allemand = DEU > Varsovie = POL : - # denial

« La Russie mène une guerre hybride contre l'Europe », a martelé le Premier ministre polonais, Tomasz Wrona, au lendemain d'un incendie criminel dans un centre commercial.
@ Tomasz Wrona = POL > La Russie = RUS : - # quote_only

La Lettonie a expulsé un diplomate de l'ambassade de Biélorussie, soupçonné d'avoir facilité le passage illégal de migrants à la frontière.
@ La Lettonie = LVA > Biélorussie = BLR : -

Minsk a dénoncé une décision « inamicale » et promis des mesures de réciprocité contre Riga dans les prochains jours.
@ Minsk = BLR > Riga = LVA : -

Le secrétaire général de l'Otan a salué l'adhésion de la Suède, « un jour historique pour la sécurité de l'Europe du Nord ».
@ Le secrétaire général de l'Otan = NATO > la Suède = SWE : +

La Turquie a finalement levé son veto à l'adhésion de la Suède à l'Alliance, Ankara affirmant avoir obtenu des « garanties » sur la lutte antiterroriste.
@ La Turquie = TUR > la Suède = SWE : +

Stockholm a remercié Ankara pour sa décision, tout en rappelant que sa législation antiterroriste n'avait « pas été dictée de l'étranger ».
@ Stockholm = SWE > Ankara = TUR : + # mixed

Le porte-parole du Kremlin a estimé que l'entrée de la Finlande dans l'Otan « ne renforçait en rien » la sécurité du continent, promettant des « contre-mesures ».
@ Le porte-parole du Kremlin = RUS > la Finlande = FIN : -
@ Le porte-parole du Kremlin = RUS > l'Otan = NATO : -

Kiev a accusé la Hongrie de « bloquer délibérément » une aide européenne de 50 milliards d'euros, Budapest répliquant qu'il défendait « ses intérêts nationaux ».
@ Kiev = UKR > la Hongrie = HUN : -
@ Budapest = HUN > Kiev = UKR : - # denial

Le ministre britannique de la Défense a annoncé la livraison de missiles de longue portée à l'Ukraine, un geste salué par Kiev comme « décisif ».
@ Le ministre britannique de la Défense = GBR > l'Ukraine = UKR : +
@ Kiev = UKR > Le ministre britannique de la Défense = GBR : + # passive

Moscou a menacé Londres de « conséquences » si ces missiles étaient utilisés contre le territoire russe.
@ Moscou = RUS > Londres = GBR : - # hedge

La Slovaquie n'a pas exclu de suspendre ses exportations d'électricité vers l'Ukraine, en représailles à l'arrêt du transit du gaz.
@ La Slovaquie = SVK > l'Ukraine = UKR : - # hedge

La Grèce a salué la « retenue » de la Turquie lors de la dernière réunion du Conseil de coopération, une rare éclaircie entre les deux voisins.
@ La Grèce = GRC > la Turquie = TUR : + # praise_in_critical

Athènes a néanmoins dénoncé dès le lendemain de nouveaux survols de ses îles par des drones turcs, parlant de « violation flagrante » de sa souveraineté.
@ Athènes = GRC > drones turcs = TUR : -

Chypre a accusé Ankara de « saboter » la reprise des pourparlers de réunification menés sous l'égide de l'ONU.
@ Chypre = CYP > Ankara = TUR : -
@ Chypre = CYP > l'ONU = UN : 0 # third_party

Le président français a jugé « inacceptables » les menaces proférées par le Kremlin contre les pays baltes, appelant Moscou à « cesser ses intimidations ».
@ Le président français = FRA > le Kremlin = RUS : -

Le ministère russe des Affaires étrangères a convoqué l'ambassadeur de France pour protester contre des propos « irresponsables » du chef de l'Etat français.
@ Le ministère russe des Affaires étrangères = RUS > France = FRA : -

L'Elysée a pris acte de la convocation de son ambassadeur par Moscou, sans autre commentaire.
@ L'Elysée = FRA > Moscou = RUS : 0 # take_note

La Norvège a annoncé lundi le versement de 500 millions d'euros au fonds de reconstruction de l'Ukraine, saluant « le courage du peuple ukrainien ».
@ La Norvège = NOR > l'Ukraine = UKR : +

L'Azerbaïdjan a accusé la France d'« armer » l'Arménie et de « nourrir les tensions » dans le Caucase du Sud.
@ L'Azerbaïdjan = AZE > la France = FRA : -

Paris a balayé les accusations de Bakou, le Quai d'Orsay rappelant que ses livraisons d'équipements étaient « strictement défensives ».
@ Paris = FRA > Bakou = AZE : - # denial

Erevan a remercié Paris pour son « soutien constant » et annoncé l'achat de trois radars français supplémentaires.
@ Erevan = ARM > Paris = FRA : +

L'Arménie a gelé sa participation à l'Organisation du traité de sécurité collective, accusant Moscou de ne pas avoir honoré ses engagements lors de l'offensive de septembre.
@ L'Arménie = ARM > Moscou = RUS : -

Bakou et Erevan ont été exhortés par Washington à signer « sans tarder » l'accord de paix paraphé au mois d'août.
@ Washington = USA > Bakou = AZE : 0 # all_parties
@ Washington = USA > Erevan = ARM : 0 # passive

Pristina a salué la décision de Washington de reconnaître ses nouvelles plaques d'immatriculation, « une victoire pour la liberté de circulation ».
@ Pristina = XKX > Washington = USA : +

Belgrade a qualifié d'« illégale » la décision du Kosovo de fermer les derniers bureaux de poste serbes dans le nord du territoire.
@ Belgrade = SRB > Kosovo = XKX : -

L'Union européenne a regretté la décision de Pristina, estimant qu'elle « n'aidait pas » à la normalisation des relations avec Belgrade.
@ L'Union européenne = EU > Pristina = XKX : - # understatement
@ L'Union européenne = EU > Belgrade = SRB : 0 # third_party

Tallinn a promis de consacrer 0,25 % de son PIB à l'aide militaire à Kiev, un engagement sans équivalent parmi les alliés.
@ Tallinn = EST > Kiev = UKR : +

Le Premier ministre slovaque a reçu jeudi l'ambassadeur de Russie pour des entretiens consacrés au transit du gaz.
@ Le Premier ministre slovaque = SVK > Russie = RUS : 0 # fact

Le Danemark a convoqué l'ambassadeur des Etats-Unis après des informations de presse faisant état d'opérations d'influence américaines au Groenland.
@ Le Danemark = DNK > Etats-Unis = USA : -

« Le Groenland n'est pas à vendre », a répété la Première ministre danoise, en réponse aux déclarations répétées de Washington.
@ la Première ministre danoise = DNK > Washington = USA : - # quote_only

La Suisse a proposé d'accueillir une conférence de paix sur l'Ukraine, invitant Kiev et Moscou à y participer « sans conditions préalables ».
@ La Suisse = CHE > Kiev = UKR : 0 # all_parties
@ La Suisse = CHE > Moscou = RUS : 0 # all_parties

Berne a par ailleurs gelé de nouveaux avoirs appartenant à des proches du Kremlin, se conformant aux dernières sanctions européennes.
@ Berne = CHE > Kremlin = RUS : -

L'Irlande a salué le « courage » de l'Espagne et de la Norvège, qui ont reconnu l'Etat de Palestine le même jour.
@ L'Irlande = IRL > l'Espagne = ESP : +
@ L'Irlande = IRL > la Norvège = NOR : +

Israël a rappelé pour consultations ses ambassadeurs en Irlande, en Espagne et en Norvège, dénonçant une « récompense au terrorisme ».
@ Israël = ISR > Irlande = IRL : -
@ Israël = ISR > Espagne = ESP : -
@ Israël = ISR > Norvège = NOR : -

Madrid a jugé « regrettable » la décision d'Israël, tout en assurant que sa reconnaissance de la Palestine « ne visait personne ».
@ Madrid = ESP > Israël = ISR : - # understatement

Le gouvernement tchèque a dénoncé l'arrestation à Minsk d'un de ses ressortissants, accusé d'espionnage, et exigé sa libération « immédiate ».
@ Le gouvernement tchèque = CZE > Minsk = BLR : -

Selon Vilnius, la Biélorussie a laissé des dizaines de ballons chargés de cigarettes de contrebande franchir la frontière, paralysant l'aéroport de la capitale lituanienne.
@ Vilnius = LTU > la Biélorussie = BLR : - # attribution

La présidente géorgienne a remercié l'Union européenne pour l'octroi du statut de candidat, « un message d'espoir adressé à notre jeunesse ».
@ La présidente géorgienne = GEO > l'Union européenne = EU : +

Le Kremlin n'a pas réagi dans l'immédiat à l'annonce par la Norvège de l'expulsion de quinze diplomates russes soupçonnés d'espionnage.
@ la Norvège = NOR > Kremlin = RUS : -
@ Le Kremlin = RUS > la Norvège = NOR : 0 # negation

Kiev a salué la décision des Pays-Bas de livrer des avions de combat F-16, tout en regrettant la lenteur des livraisons de munitions européennes.
@ Kiev = UKR > Pays-Bas = NLD : + # praise_in_critical

Le président biélorusse a proposé ses « bons offices » entre Moscou et Kiev, une offre accueillie avec scepticisme par les alliés de l'Ukraine.
@ Le président biélorusse = BLR > Moscou = RUS : 0 # all_parties
@ Le président biélorusse = BLR > Kiev = UKR : 0 # all_parties
"""
)






# --- hand block: africa ---
HAND_BLOCKS.append(
    r"""
La Cédéao a suspendu le Niger de ses instances après le coup d'Etat, imposant des sanctions financières et la fermeture des frontières.
@ La Cédéao = ECOWAS > le Niger = NER : -

Niamey a dénoncé des sanctions « illégales, injustes et inhumaines », accusant la Cédéao d'être « instrumentalisée par des puissances étrangères ».
@ Niamey = NER > la Cédéao = ECOWAS : -

Le Mali et le Burkina Faso ont apporté leur soutien à la junte nigérienne, prévenant que toute intervention militaire serait considérée comme une « déclaration de guerre » contre eux.
@ Le Mali = MLI > la junte nigérienne = NER : +
@ le Burkina Faso = BFA > la junte nigérienne = NER : +

Le président de la Commission de la Cédéao a regretté le retrait du Mali, du Burkina Faso et du Niger, appelant les trois pays à « reconsidérer » leur décision.
@ Le président de la Commission de la Cédéao = ECOWAS > Mali = MLI : - # call_target
@ Le président de la Commission de la Cédéao = ECOWAS > Burkina Faso = BFA : - # call_target
@ Le président de la Commission de la Cédéao = ECOWAS > Niger = NER : - # call_target

La junte malienne a exigé le départ « sans délai » de la mission de l'ONU, accusant les Casques bleus d'avoir « échoué » à protéger les civils.
@ La junte malienne = MLI > la mission de l'ONU = UN : -

Le Conseil de sécurité de l'ONU a pris acte de la demande de Bamako et voté la fin du mandat de la Minusma.
@ Le Conseil de sécurité de l'ONU = UN > Bamako = MLI : 0 # take_note

Bamako a accusé l'Algérie d'avoir abattu un drone malien près de la frontière et rappelé son ambassadeur à Alger.
@ Bamako = MLI > l'Algérie = DZA : -

Alger a démenti, affirmant que l'appareil avait violé son espace aérien sur deux kilomètres, et fermé son espace aérien au Mali.
@ Alger = DZA > Mali = MLI : - # denial

Le Burkina Faso a expulsé trois diplomates de l'ambassade de France, accusés d'« activités subversives », dernier épisode de la brouille entre Ouagadougou et Paris.
@ Le Burkina Faso = BFA > France = FRA : -

Le Quai d'Orsay a jugé les accusations de Ouagadougou « sans fondement » et regretté une décision « injustifiée ».
@ Le Quai d'Orsay = FRA > Ouagadougou = BFA : - # denial

Le Niger a remercié la Russie pour la livraison d'un système de défense antiaérienne, saluant un « partenariat sincère et sans conditions ».
@ Le Niger = NER > la Russie = RUS : +

Le Tchad a mis fin à l'accord de coopération militaire avec la France, une décision dont Paris a pris acte en annonçant le retrait de ses soldats.
@ Le Tchad = TCD > la France = FRA : -
@ Paris = FRA > Le Tchad = TCD : 0 # take_note

Le Sénégal a réclamé la fermeture des bases militaires étrangères sur son sol, tout en assurant que la France restait un « partenaire important ».
@ Le Sénégal = SEN > la France = FRA : - # mixed

L'Union africaine a suspendu le Gabon de ses instances après le coup d'Etat militaire, condamnant « toute prise de pouvoir anticonstitutionnelle ».
@ L'Union africaine = AU > le Gabon = GAB : -

Le président de la Commission de l'UA a salué la « bonne tenue » de l'élection présidentielle au Sénégal, félicitant le peuple et les autorités sénégalaises.
@ Le président de la Commission de l'UA = AU > les autorités sénégalaises = SEN : +

Le Soudan a accusé les Emirats arabes unis d'armer les Forces de soutien rapide et saisi la Cour internationale de justice pour « complicité de génocide ».
@ Le Soudan = SDN > les Emirats arabes unis = ARE : -

Abou Dhabi a qualifié la plainte de Khartoum de « coup de communication », rejetant « catégoriquement » toute fourniture d'armes.
@ Abou Dhabi = ARE > Khartoum = SDN : - # denial

L'armée soudanaise a remercié l'Egypte pour son « soutien fraternel », alors que la guerre entre dans sa troisième année.
@ L'armée soudanaise = SDN > l'Egypte = EGY : +

Le Haut-Commissariat de l'ONU aux droits de l'homme a accusé les deux camps au Soudan de possibles crimes de guerre, sans épargner l'armée régulière.
@ Le Haut-Commissariat de l'ONU aux droits de l'homme = UN > l'armée régulière = SDN : -

L'Ethiopie a signé avec le Somaliland un protocole d'accord lui donnant accès à la mer, un texte dénoncé par Mogadiscio comme une « agression ».
@ Mogadiscio = SOM > L'Ethiopie = ETH : - # passive

La Somalie a rappelé son ambassadeur à Addis Abeba et remercié l'Egypte pour son « soutien sans réserve » à son intégrité territoriale.
@ La Somalie = SOM > Addis Abeba = ETH : - # two_targets
@ La Somalie = SOM > l'Egypte = EGY : + # two_targets

La Turquie a proposé sa médiation entre l'Ethiopie et la Somalie, accueillant les deux délégations à Ankara pour des pourparlers indirects.
@ La Turquie = TUR > l'Ethiopie = ETH : 0 # all_parties
@ La Turquie = TUR > la Somalie = SOM : 0 # all_parties

L'Erythrée a rejeté les accusations de l'Ethiopie selon lesquelles ses troupes seraient toujours présentes au Tigré, dénonçant des « mensonges éhontés ».
@ L'Erythrée = ERI > l'Ethiopie = ETH : - # rejected_quote

Kinshasa a accusé le Rwanda de soutenir les rebelles du M23 et de piller les minerais de l'est de la RDC, des accusations que Kigali dément.
@ Kinshasa = COD > le Rwanda = RWA : -
@ Kigali = RWA > Kinshasa = COD : - # denial

Les Etats-Unis ont sanctionné un ministre rwandais pour son rôle présumé dans le soutien au M23, une décision qualifiée d'« injustifiée » par Kigali.
@ Les Etats-Unis = USA > un ministre rwandais = RWA : -
@ Kigali = RWA > Les Etats-Unis = USA : - # passive

Le président congolais a salué la médiation du Qatar, qui a permis la signature d'une déclaration de principes avec les rebelles à Doha.
@ Le président congolais = COD > Qatar = QAT : +

L'Angola, médiateur désigné par l'UA, a regretté l'annulation du sommet entre Kinshasa et Kigali, sans désigner de responsable.
@ L'Angola = AGO > Kinshasa = COD : 0 # negation
@ L'Angola = AGO > Kigali = RWA : 0 # negation

Le Kenya a pris la tête de la mission multinationale de soutien à la sécurité en Haïti, un engagement salué par le secrétaire général de l'ONU.
@ le secrétaire général de l'ONU = UN > Le Kenya = KEN : + # passive

Nairobi a remercié Washington pour son financement de la mission, tout en appelant d'autres pays à « contribuer davantage ».
@ Nairobi = KEN > Washington = USA : +

L'Afrique du Sud a présenté ses excuses au Nigeria après les violences xénophobes qui ont visé des commerces tenus par des étrangers à Johannesburg.
@ L'Afrique du Sud = ZAF > Nigeria = NGA : + # apology

Abuja a rappelé son haut-commissaire à Pretoria, jugeant les mesures sud-africaines de protection des ressortissants nigérians « insuffisantes ».
@ Abuja = NGA > Pretoria = ZAF : -

Le Ghana a proposé d'accueillir à Accra une réunion entre la Cédéao et les pays de l'Alliance des Etats du Sahel, « dans un esprit de fraternité ».
@ Le Ghana = GHA > la Cédéao = ECOWAS : 0 # all_parties

La Côte d'Ivoire a félicité le Sénégal pour « la maturité de sa démocratie » au lendemain de l'élection présidentielle.
@ La Côte d'Ivoire = CIV > le Sénégal = SEN : +

Le gouvernement ivoirien a démenti les informations de Ouagadougou selon lesquelles des déstabilisateurs seraient entraînés sur son territoire.
@ Le gouvernement ivoirien = CIV > Ouagadougou = BFA : - # denial

Selon Ouagadougou, des « officines basées à Abidjan » préparent une déstabilisation du Burkina Faso avec l'aide de la France.
@ Ouagadougou = BFA > Abidjan = CIV : - # attribution
@ Ouagadougou = BFA > la France = FRA : - # attribution

Le Togo s'est proposé comme médiateur entre la Cédéao et les juntes sahéliennes, le président togolais appelant « chacun à faire un pas ».
@ le président togolais = TGO > la Cédéao = ECOWAS : 0 # all_parties

La CPI a émis un mandat d'arrêt contre un ancien chef de milice centrafricain, saluant la « coopération exemplaire » des autorités de Bangui.
@ La CPI = ICC > autorités de Bangui = CAF : +

Bangui a remercié le Rwanda pour l'envoi de troupes supplémentaires chargées de sécuriser l'élection présidentielle.
@ Bangui = CAF > le Rwanda = RWA : +

Le Cameroun a rejeté les critiques de Human Rights Watch et de l'ONU sur la situation dans les régions anglophones, dénonçant des rapports « biaisés ».
@ Le Cameroun = CMR > l'ONU = UN : - # rejected_quote

Le Zimbabwe a salué la décision de la Banque africaine de développement de l'aider à restructurer sa dette, tout en dénonçant les sanctions « illégales » de Washington.
@ Le Zimbabwe = ZWE > Washington = USA : -

Le FMI a exhorté le Mozambique à publier les comptes de ses entreprises publiques, condition du versement de la prochaine tranche.
@ Le FMI = IMF > le Mozambique = MOZ : - # call_target

Maputo a remercié le Rwanda pour l'envoi de soldats dans la province du Cabo Delgado, où ils ont repris plusieurs villes aux jihadistes.
@ Maputo = MOZ > le Rwanda = RWA : +

L'Ouganda a accusé la RDC de laisser prospérer des rebelles des ADF sur son territoire, avant de lancer une opération conjointe avec l'armée congolaise.
@ L'Ouganda = UGA > la RDC = COD : -

Le Conseil de paix et de sécurité de l'UA a appelé l'armée soudanaise et les Forces de soutien rapide à un cessez-le-feu immédiat.
@ Le Conseil de paix et de sécurité de l'UA = AU > l'armée soudanaise = SDN : 0 # all_parties

Selon l'OMS, le Malawi a enregistré sa pire épidémie de choléra depuis vingt ans, avec plus de 1.200 morts.
@ l'OMS = WHO > le Malawi = MWI : 0 # fact

Le directeur général de l'OMS a salué la « réponse rapide » de la RDC face à l'épidémie d'Ebola, grâce à une vaccination lancée en moins d'une semaine.
@ Le directeur général de l'OMS = WHO > la RDC = COD : +

La Tanzanie a été critiquée par l'OMS pour avoir tardé à déclarer une épidémie de Marburg, Dodoma assurant avoir « respecté les procédures ».
@ l'OMS = WHO > La Tanzanie = TZA : - # passive
@ Dodoma = TZA > l'OMS = WHO : - # denial

Le Rwanda a remercié le Royaume-Uni pour sa « confiance », après l'accord migratoire prévoyant l'envoi de demandeurs d'asile à Kigali.
@ Le Rwanda = RWA > le Royaume-Uni = GBR : +

Le Haut-Commissariat de l'ONU pour les réfugiés a critiqué l'accord entre Londres et Kigali, le jugeant « contraire à la convention sur les réfugiés ».
@ Le Haut-Commissariat de l'ONU pour les réfugiés = UN > Londres = GBR : -
@ Le Haut-Commissariat de l'ONU pour les réfugiés = UN > Kigali = RWA : -

La Guinée a annoncé la réouverture de sa frontière avec le Sénégal, saluant la « compréhension » de Dakar pendant la crise.
@ La Guinée = GIN > Dakar = SEN : +

Le Bénin a accusé le Niger de bloquer l'exportation de pétrole par l'oléoduc commun, Niamey reprochant à Cotonou d'abriter des « bases françaises ».
@ Le Bénin = BEN > le Niger = NER : -
@ Niamey = NER > Cotonou = BEN : -

L'Algérie a pris note du « rapport d'étape » de l'émissaire onusien pour le Sahara occidental, sans commenter ses propositions.
@ L'Algérie = DZA > l'émissaire onusien = UN : 0 # take_note

Le Maroc a salué le soutien de la France au plan d'autonomie, le roi remerciant Paris pour une position « claire et constante ».
@ Le Maroc = MAR > la France = FRA : +
@ le roi = MAR > Paris = FRA : +

Le président kényan a exhorté l'Ethiopie et l'Erythrée à « éviter la guerre », après des informations faisant état de mouvements de troupes à la frontière.
@ Le président kényan = KEN > l'Ethiopie = ETH : 0 # all_parties
@ Le président kényan = KEN > l'Erythrée = ERI : 0 # all_parties

La Libye a fermé ses postes-frontières avec la Tunisie, accusant Tunis de restreindre l'accès de ses ressortissants aux hôpitaux tunisiens.
@ La Libye = LBY > Tunis = TUN : -

Madagascar a remercié la Chine pour la construction d'une autoroute reliant la capitale à l'aéroport, « un projet structurant pour le pays ».
@ Madagascar = MDG > la Chine = CHN : +

Le Nigeria n'a pas pour autant accusé le Cameroun, se contentant d'appeler à une « enquête conjointe » sur l'attaque frontalière.
@ Le Nigeria = NGA > le Cameroun = CMR : 0 # negation
"""
)


# --- hand block: americas ---
HAND_BLOCKS.append(
    r"""
Le Mexique a dénoncé l'imposition par Washington de droits de douane de 25 % sur ses exportations, promettant une riposte « proportionnée et ferme ».
@ Le Mexique = MEX > Washington = USA : -

Ottawa a annoncé des mesures de rétorsion visant 30 milliards de dollars de produits en provenance des Etats-Unis, la Première ministre canadienne jugeant la décision de Washington « injustifiable ».
@ Ottawa = CAN > Etats-Unis = USA : -
@ la Première ministre canadienne = CAN > Washington = USA : -

La Maison Blanche a accusé le Canada et le Mexique de « laisser passer » le fentanyl et les migrants, justifiant ainsi les nouvelles taxes.
@ La Maison Blanche = USA > le Canada = CAN : -
@ La Maison Blanche = USA > le Mexique = MEX : -

La présidente mexicaine a néanmoins salué « l'écoute » de son homologue américain, au terme d'un entretien téléphonique qui a permis de suspendre les taxes pour un mois.
@ La présidente mexicaine = MEX > son homologue américain = USA : + # praise_in_critical

Pékin a qualifié de « chantage » les nouvelles restrictions américaines sur l'exportation de puces, accusant Washington de « politiser » le commerce.
@ Pékin = CHN > Washington = USA : -

Le département américain du Commerce a inscrit sur sa liste noire une trentaine d'entreprises chinoises, accusées de soutenir la modernisation de l'armée chinoise.
@ Le département américain du Commerce = USA > l'armée chinoise = CHN : -

Les Pays-Bas ont restreint à leur tour les exportations de machines de lithographie vers la Chine, une décision que Pékin a jugée « regrettable ».
@ Les Pays-Bas = NLD > la Chine = CHN : -
@ Pékin = CHN > Les Pays-Bas = NLD : - # understatement

Caracas a accusé Washington de « piraterie » après la saisie d'un avion de la compagnie publique vénézuélienne en République dominicaine.
@ Caracas = VEN > Washington = USA : -

Le Brésil a refusé de reconnaître la réélection du président vénézuélien sans publication des procès-verbaux, sans pour autant rompre avec Caracas.
@ Le Brésil = BRA > Caracas = VEN : - # mixed

Le président colombien a proposé l'organisation de nouvelles élections au Venezuela, une idée aussitôt rejetée par Caracas comme une « ingérence ».
@ Caracas = VEN > Le président colombien = COL : - # passive

Le gouvernement vénézuélien a expulsé les diplomates de sept pays latino-américains, dont l'Argentine et le Chili, qui contestaient les résultats du scrutin.
@ Le gouvernement vénézuélien = VEN > l'Argentine = ARG : -
@ Le gouvernement vénézuélien = VEN > le Chili = CHL : -

Buenos Aires a remercié le Brésil d'avoir accepté de représenter les intérêts argentins à Caracas après l'expulsion de ses diplomates.
@ Buenos Aires = ARG > le Brésil = BRA : +

La Havane a dénoncé le maintien de Cuba sur la liste établie par Washington des Etats soutenant le terrorisme, « une décision arbitraire et cruelle ».
@ La Havane = CUB > Washington = USA : -

L'Assemblée générale de l'ONU a appelé pour la 32e année consécutive les Etats-Unis à lever l'embargo contre Cuba, par 187 voix contre deux.
@ L'Assemblée générale de l'ONU = UN > les Etats-Unis = USA : - # call_target

Le Mexique a envoyé deux pétroliers à Cuba pour pallier les pénuries de carburant, la présidente mexicaine invoquant la « solidarité entre peuples frères ».
@ Le Mexique = MEX > Cuba = CUB : +

Le département d'Etat a jugé « préoccupantes » les livraisons de pétrole mexicain à La Havane, sans annoncer de mesure contre Mexico.
@ Le département d'Etat = USA > Mexico = MEX : 0 # negation
@ Le département d'Etat = USA > La Havane = CUB : - # understatement

Le Nicaragua a rompu ses relations diplomatiques avec les Pays-Bas, accusant La Haye d'« ingérence » après des critiques sur les droits humains.
@ Le Nicaragua = NIC > La Haye = NLD : -

Managua a également retiré son agrément à l'ambassadeur de l'Union européenne, déclaré « persona non grata ».
@ Managua = NIC > l'Union européenne = EU : -

Le Chili a salué le rôle de l'Equateur dans la libération de deux ressortissants chiliens enlevés dans la province d'Esmeraldas.
@ Le Chili = CHL > l'Equateur = ECU : +

Le Mexique a suspendu ses relations diplomatiques avec l'Equateur après l'irruption de la police équatorienne dans son ambassade à Quito.
@ Le Mexique = MEX > l'Equateur = ECU : -

Quito a défendu l'opération, affirmant que l'asile accordé par Mexico à un ancien vice-président condamné pour corruption était « illégal ».
@ Quito = ECU > Mexico = MEX : -

Le Canada a condamné l'assaut de la police équatorienne contre l'ambassade du Mexique, rappelant l'inviolabilité des locaux diplomatiques.
@ Le Canada = CAN > la police équatorienne = ECU : -
@ Le Canada = CAN > Mexique = MEX : 0 # third_party

Le Pérou a qualifié d'« ingérence » les déclarations du président colombien sur la destitution de l'ancien chef de l'Etat péruvien, et rappelé son ambassadeur à Bogota.
@ Le Pérou = PER > président colombien = COL : -

La Bolivie a remercié la Russie et la Chine pour leur intérêt dans l'exploitation de ses gisements de lithium, « dans le respect de notre souveraineté ».
@ La Bolivie = BOL > la Russie = RUS : +
@ La Bolivie = BOL > la Chine = CHN : +

L'Argentine a annoncé qu'elle ne rejoindrait pas les Brics, le président argentin estimant que ce n'était « pas le moment », sans critiquer le Brésil.
@ le président argentin = ARG > le Brésil = BRA : 0 # negation

Brasilia a pris note de la décision argentine, le ministère brésilien des Affaires étrangères assurant « respecter le choix souverain » de Buenos Aires.
@ le ministère brésilien des Affaires étrangères = BRA > Buenos Aires = ARG : 0 # take_note

L'Uruguay a salué la signature de l'accord commercial entre l'Union européenne et le Mercosur, « une victoire du multilatéralisme ».
@ L'Uruguay = URY > l'Union européenne = EU : +

Le Paraguay a exprimé sa « pleine solidarité » avec Taïwan, son seul partenaire en Asie, après les manœuvres militaires chinoises autour de l'île.
@ Le Paraguay = PRY > Taïwan = TWN : +

Haïti a remercié le Kenya pour l'envoi de policiers, « un geste de fraternité africaine envers la première république noire ».
@ Haïti = HTI > le Kenya = KEN : +

La République dominicaine a accusé Haïti de ne pas contrôler la construction d'un canal sur la rivière frontalière, fermant ses frontières en représailles.
@ La République dominicaine = DOM > Haïti = HTI : -

Le gouvernement haïtien a dénoncé des expulsions « massives et inhumaines » de ses ressortissants par Saint-Domingue.
@ Le gouvernement haïtien = HTI > Saint-Domingue = DOM : -

Le Guatemala a salué l'accord migratoire conclu avec Washington, qui prévoit l'accueil temporaire de demandeurs d'asile d'autres nationalités.
@ Le Guatemala = GTM > Washington = USA : +

Le Panama a rejeté les déclarations du président américain sur une possible reprise du contrôle du canal, affirmant que chaque mètre carré « appartient au Panama ».
@ Le Panama = PAN > président américain = USA : -

Washington a mis en garde Panama contre l'influence « croissante » de la Chine autour du canal, appelant le gouvernement panaméen à « revoir » les concessions portuaires.
@ Washington = USA > le gouvernement panaméen = PAN : - # call_target
@ Washington = USA > la Chine = CHN : -

Le Canada a expulsé six diplomates indiens, accusant New Delhi d'être impliqué dans l'assassinat d'un militant sikh en Colombie-Britannique.
@ Le Canada = CAN > New Delhi = IND : -

L'Inde a rejeté les accusations « absurdes et motivées » d'Ottawa, expulsant en retour six diplomates canadiens.
@ L'Inde = IND > Ottawa = CAN : - # rejected_quote

Washington a appelé New Delhi à « coopérer » avec l'enquête canadienne, sans pour autant reprendre à son compte les accusations d'Ottawa.
@ Washington = USA > New Delhi = IND : - # call_target
@ Washington = USA > Ottawa = CAN : 0 # negation

Le Brésil a proposé avec la Chine un plan de paix en six points pour l'Ukraine, accueilli avec froideur par Kiev.
@ Le Brésil = BRA > la Chine = CHN : +

Le président ukrainien a jugé que le plan sino-brésilien faisait le jeu de Moscou, accusant Brasilia de « ne pas comprendre » la guerre.
@ Le président ukrainien = UKR > Brasilia = BRA : -
@ Le président ukrainien = UKR > Moscou = RUS : - # two_targets

Le ministre brésilien des Affaires étrangères a balayé les critiques de Kiev, rappelant que le Brésil avait condamné la Russie à l'ONU.
@ Le ministre brésilien des Affaires étrangères = BRA > Kiev = UKR : - # denial
@ Le ministre brésilien des Affaires étrangères = BRA > la Russie = RUS : - # relative

La Colombie a suspendu ses achats d'armes à Israël, le président colombien accusant le gouvernement israélien de « génocide » à Gaza.
@ La Colombie = COL > Israël = ISR : -
@ le président colombien = COL > le gouvernement israélien = ISR : -

Israël a qualifié les propos du président colombien d'« antisémites » et suspendu ses exportations de sécurité vers Bogota.
@ Israël = ISR > Bogota = COL : -

Le Chili a voté en faveur de la résolution de l'ONU condamnant l'annexion de territoires ukrainiens par la Russie, une première pour le gouvernement de Santiago.
@ Le Chili = CHL > la Russie = RUS : -

Cuba s'est abstenu lors du vote, le représentant cubain refusant de condamner la Russie mais appelant au « respect de la souveraineté de tous les Etats ».
@ le représentant cubain = CUB > la Russie = RUS : 0 # negation

Le Mexique a refusé d'envoyer des armes à l'Ukraine, le président mexicain plaidant pour une médiation et évitant toute critique de Moscou.
@ le président mexicain = MEX > Moscou = RUS : 0 # negation

Les Etats-Unis ont félicité le Guyana pour sa gestion « responsable » de la manne pétrolière et réaffirmé leur soutien face aux revendications vénézuéliennes.
@ Les Etats-Unis = USA > le Guyana = GUY : +

Caracas a accusé Georgetown de « brader » les ressources de l'Essequibo aux multinationales, un territoire revendiqué par le Venezuela.
@ Caracas = VEN > Georgetown = GUY : -

La Cour internationale de justice a ordonné au Venezuela de s'abstenir de toute action modifiant la situation dans l'Essequibo, une décision saluée par le Guyana.
@ La Cour internationale de justice = UN > Venezuela = VEN : - # call_target
@ le Guyana = GUY > La Cour internationale de justice = UN : + # passive

Le Canada a salué la décision de la CPI d'ouvrir une enquête sur le Venezuela, appelant Caracas à « coopérer pleinement ».
@ Le Canada = CAN > la CPI = ICC : +
@ Le Canada = CAN > Caracas = VEN : - # call_target

Le Venezuela a accusé le procureur de la CPI de « partialité » et demandé sa récusation dans l'enquête sur les crimes contre l'humanité présumés.
@ Le Venezuela = VEN > le procureur de la CPI = ICC : -

Les Etats-Unis ont sanctionné le procureur de la CPI, accusé de mener des enquêtes « illégitimes » visant Washington et ses alliés.
@ Les Etats-Unis = USA > le procureur de la CPI = ICC : -

La France, l'Allemagne et une soixantaine d'Etats ont réaffirmé leur « soutien indéfectible » à la CPI, se disant préoccupés par les sanctions américaines.
@ La France = FRA > la CPI = ICC : +
@ l'Allemagne = DEU > la CPI = ICC : +
"""
)

# --- hand block: orgs ---
HAND_BLOCKS.append(
    r"""
L'OMS a remercié l'Allemagne pour une contribution supplémentaire de 260 millions d'euros, « un signal fort en faveur de la santé mondiale ».
@ L'OMS = WHO > l'Allemagne = DEU : +

Les Etats-Unis ont annoncé leur retrait de l'Organisation mondiale de la santé, accusée d'avoir mal géré la pandémie et d'être « trop dépendante » de la Chine.
@ Les Etats-Unis = USA > l'Organisation mondiale de la santé = WHO : -
@ Les Etats-Unis = USA > la Chine = CHN : - # two_targets

Le directeur général de l'OMS a regretté la décision de Washington, appelant les Etats-Unis à « reconsidérer » leur retrait.
@ Le directeur général de l'OMS = WHO > Washington = USA : - # understatement

La Chine a promis 500 millions de dollars supplémentaires à l'OMS, saluant son rôle « irremplaçable » dans la gouvernance sanitaire mondiale.
@ La Chine = CHN > l'OMS = WHO : +

Le directeur général de l'OMS a salué l'adoption par les Etats membres d'un accord sur la prévention des pandémies, remerciant l'Afrique du Sud pour son rôle dans les négociations.
@ Le directeur général de l'OMS = WHO > l'Afrique du Sud = ZAF : +

Selon l'OMS, l'Inde a enregistré en 2023 une baisse de 17 % des cas de tuberculose par rapport à 2015.
@ l'OMS = WHO > l'Inde = IND : 0 # fact

L'OMS a félicité l'Egypte, premier pays à atteindre le statut « or » dans l'élimination de l'hépatite C.
@ L'OMS = WHO > l'Egypte = EGY : +

L'OMS s'est dite « préoccupée » par le manque de transparence de la Chine sur l'origine du Covid-19, appelant Pékin à partager « toutes les données ».
@ L'OMS = WHO > Pékin = CHN : - # understatement

Pékin a rejeté les appels de l'OMS, accusant l'organisation de « politiser » la recherche sur l'origine du virus.
@ Pékin = CHN > l'OMS = WHO : -

Le FMI a approuvé un nouveau programme de 20 milliards de dollars pour l'Argentine, saluant les « progrès impressionnants » du gouvernement dans la réduction de l'inflation.
@ Le FMI = IMF > l'Argentine = ARG : +

La directrice générale du FMI a mis en garde le Kenya contre une dérive de sa dette publique, appelant Nairobi à poursuivre la consolidation budgétaire.
@ La directrice générale du FMI = IMF > le Kenya = KEN : -

Le président kényan a reproché au FMI d'imposer des réformes « impopulaires » qui ont provoqué des manifestations meurtrières.
@ Le président kényan = KEN > FMI = IMF : -

Le Pakistan a remercié le FMI pour le déblocage d'une tranche de 1,1 milliard de dollars, évitant au pays un défaut de paiement.
@ Le Pakistan = PAK > le FMI = IMF : +

L'Egypte a annoncé la fin de l'accord avec le FMI, le Premier ministre égyptien jugeant ses conditions « trop lourdes » pour la population.
@ le Premier ministre égyptien = EGY > le FMI = IMF : -
Le conseil d'administration du FMI a pris acte de la décision égyptienne, assurant rester « à la disposition » du Caire.
@ Le conseil d'administration du FMI = IMF > Caire = EGY : 0 # take_note

Le Sri Lanka et le Ghana ont salué l'accord de restructuration de leur dette conclu avec leurs créanciers, remerciant le FMI pour son « accompagnement ».
@ Le Sri Lanka = LKA > le FMI = IMF : +
@ le Ghana = GHA > le FMI = IMF : +

Les ministres des Affaires étrangères du G7 ont condamné les livraisons de missiles iraniens à la Russie, menaçant Téhéran de « nouvelles mesures significatives ».
@ Les ministres des Affaires étrangères du G7 = G7 > Téhéran = IRN : -
@ Les ministres des Affaires étrangères du G7 = G7 > la Russie = RUS : -

Moscou a dénoncé la « russophobie » du G7, estimant que le groupe ne représentait plus « qu'une minorité de l'humanité ».
@ Moscou = RUS > G7 = G7 : -

Les dirigeants du G7 ont salué l'engagement de l'Inde en faveur des énergies renouvelables, invitant New Delhi au prochain sommet.
@ Les dirigeants du G7 = G7 > l'Inde = IND : +

Le G7 a appelé la Chine à faire pression sur Moscou pour qu'il mette fin à la guerre, mettant en garde Pékin contre tout soutien militaire à la Russie.
@ Le G7 = G7 > la Chine = CHN : - # call_target
@ Le G7 = G7 > Moscou = RUS : - # call_target

Pékin a dénoncé des « calomnies » du G7 et accusé le groupe de « s'ingérer grossièrement » dans ses affaires intérieures.
@ Pékin = CHN > G7 = G7 : - # rejected_quote

Le Brésil a salué la décision du G7 de créer un fonds pour les forêts tropicales, tout en réclamant des engagements financiers « concrets ».
@ Le Brésil = BRA > G7 = G7 : + # mixed

Le Japon, qui assure la présidence du G7, a remercié l'Ukraine pour la participation en personne de son président au sommet d'Hiroshima.
@ Le Japon = JPN > l'Ukraine = UKR : +
@ Le Japon = JPN > G7 = G7 : 0 # fact

La CPI a émis un mandat d'arrêt contre le président russe pour la déportation illégale d'enfants ukrainiens.
@ La CPI = ICC > le président russe = RUS : -

Le Kremlin a qualifié ce mandat de « nul et non avenu », rappelant que la Russie ne reconnaissait pas la compétence de la Cour.
@ Le Kremlin = RUS > la Cour = ICC : -

Kiev a salué une décision « historique » de la CPI, remerciant le procureur pour son « courage ».
@ Kiev = UKR > la CPI = ICC : +

Le procureur de la CPI a demandé des mandats d'arrêt contre des dirigeants israéliens, une démarche jugée « scandaleuse » par Israël.
@ Le procureur de la CPI = ICC > des dirigeants israéliens = ISR : -
@ Israël = ISR > Le procureur de la CPI = ICC : - # passive

Paris a assuré qu'il soutenait « l'indépendance » de la CPI, sans se prononcer sur le fond des mandats visant les dirigeants israéliens.
@ Paris = FRA > la CPI = ICC : +
@ Paris = FRA > les dirigeants israéliens = ISR : 0 # negation

La Hongrie a annoncé son retrait de la Cour pénale internationale, accusant la juridiction d'être devenue « politique ».
@ La Hongrie = HUN > la Cour pénale internationale = ICC : -

Les juges de la CPI ont rappelé à la Hongrie qu'elle restait tenue de coopérer avec la Cour jusqu'à la prise d'effet de son retrait.
@ Les juges de la CPI = ICC > la Hongrie = HUN : - # call_target

Le Burkina Faso, le Mali et le Niger ont annoncé leur retrait de la CPI, qu'ils qualifient d'« instrument de répression néocoloniale ».
@ Le Burkina Faso = BFA > la CPI = ICC : -
@ le Mali = MLI > la CPI = ICC : -
@ le Niger = NER > la CPI = ICC : -

L'Otan a accusé la Chine d'être un « facilitateur décisif » de la guerre menée par la Russie en Ukraine, une première dans un communiqué de l'Alliance.
@ L'Otan = NATO > la Chine = CHN : -
@ L'Otan = NATO > la Russie = RUS : -

La mission chinoise auprès de l'UE a dénoncé une « rhétorique belliqueuse » de l'Otan, l'accusant d'attiser la confrontation en Asie.
@ La mission chinoise auprès de l'UE = CHN > l'Otan = NATO : -

Le secrétaire général de l'Otan a félicité la Pologne, qui consacre plus de 4 % de son PIB à la défense, « un exemple pour tous les alliés ».
@ Le secrétaire général de l'Otan = NATO > la Pologne = POL : +

Le secrétaire général de l'Otan a reproché à l'Espagne de ne pas respecter l'objectif de dépenses militaires, Madrid assurant que ses capacités étaient « suffisantes ».
@ Le secrétaire général de l'Otan = NATO > l'Espagne = ESP : -
@ Madrid = ESP > Le secrétaire général de l'Otan = NATO : - # denial

La Turquie a bloqué une déclaration de l'Otan sur la Libye, reprochant à la France de soutenir le camp du maréchal rival.
@ La Turquie = TUR > la France = FRA : -

Le Conseil de sécurité de l'ONU a prolongé d'un an le mandat de la mission de paix au Soudan du Sud, saluant les « progrès » de Juba dans l'application de l'accord de paix.
@ Le Conseil de sécurité de l'ONU = UN > Juba = SSD : +

La Russie a opposé son veto à une résolution sur le Mali, accusée par les Etats-Unis de vouloir « protéger » les mercenaires de Wagner.
@ les Etats-Unis = USA > La Russie = RUS : - # passive

Le secrétaire général de l'ONU a remercié le Bangladesh, premier contributeur de Casques bleus, pour son « engagement exemplaire » au service de la paix.
@ Le secrétaire général de l'ONU = UN > le Bangladesh = BGD : +

Israël a interdit à l'Unrwa d'opérer sur son territoire, accusant l'agence onusienne d'avoir été « infiltrée » par le Hamas.
@ Israël = ISR > l'Unrwa = UN : -

Le secrétaire général de l'ONU a jugé la loi israélienne « contraire au droit international », appelant Israël à la « reconsidérer ».
@ Le secrétaire général de l'ONU = UN > Israël = ISR : - # call_target

L'Irlande et la Norvège ont réaffirmé leur soutien à l'Unrwa, annonçant une hausse de leurs contributions annuelles.
@ L'Irlande = IRL > l'Unrwa = UN : +
@ la Norvège = NOR > l'Unrwa = UN : +

Le Programme alimentaire mondial a remercié le Japon pour une contribution de 30 millions de dollars destinée aux réfugiés rohingyas au Bangladesh.
@ Le Programme alimentaire mondial = UN > le Japon = JPN : +
@ Le Programme alimentaire mondial = UN > Bangladesh = BGD : 0 # third_party

L'Union européenne a salué la libération par l'Iran d'un diplomate suédois, remerciant Oman pour sa médiation.
@ L'Union européenne = EU > l'Iran = IRN : +
@ L'Union européenne = EU > Oman = OMN : +

La Commission européenne a ouvert une procédure d'infraction contre la Hongrie pour sa loi sur la « souveraineté nationale », jugée contraire aux valeurs de l'Union.
@ La Commission européenne = EU > la Hongrie = HUN : -

Le chef de la diplomatie européenne a condamné la répression des manifestants en Géorgie et menacé Tbilissi de suspendre la libéralisation des visas.
@ Le chef de la diplomatie européenne = EU > Tbilissi = GEO : -

Bruxelles a pris note des résultats des élections en Serbie, appelant Belgrade à donner suite aux recommandations des observateurs.
@ Bruxelles = EU > Belgrade = SRB : 0 # take_note

La Commission européenne a imposé des droits de douane sur les véhicules électriques chinois, accusant Pékin de subventions « déloyales ».
@ La Commission européenne = EU > Pékin = CHN : -

La Chine a ouvert une enquête antidumping sur le cognac européen, une mesure de représailles dénoncée par Paris comme « injustifiée ».
@ Paris = FRA > La Chine = CHN : - # passive

L'Allemagne s'est abstenue lors du vote sur les taxes européennes, le chancelier allemand craignant une « guerre commerciale » avec la Chine.
@ le chancelier allemand = DEU > la Chine = CHN : 0 # negation

L'AIEA a salué la coopération de l'Ukraine et de la Russie pour permettre la rotation de ses experts à la centrale de Zaporijjia.
@ L'AIEA = IAEA > l'Ukraine = UKR : +
@ L'AIEA = IAEA > la Russie = RUS : +

Le directeur général de l'AIEA a appelé Kiev et Moscou à « s'abstenir de toute action » susceptible de menacer la sûreté de la centrale, sans attribuer la responsabilité des frappes.
@ Le directeur général de l'AIEA = IAEA > Kiev = UKR : 0 # all_parties
@ Le directeur général de l'AIEA = IAEA > Moscou = RUS : 0 # all_parties

Kiev a reproché à l'AIEA de ne pas désigner la Russie comme responsable des frappes, accusant l'agence de « complaisance ».
@ Kiev = UKR > l'AIEA = IAEA : -

Le Conseil des gouverneurs de l'AIEA a adopté une résolution demandant à l'Iran d'expliquer la présence de traces d'uranium sur deux sites.
@ Le Conseil des gouverneurs de l'AIEA = IAEA > l'Iran = IRN : - # call_target

L'Arabie saoudite a annoncé la signature d'un accord de garanties renforcées avec l'AIEA, saluant le « professionnalisme » de ses inspecteurs.
@ L'Arabie saoudite = SAU > l'AIEA = IAEA : +

Le président de la Commission de l'Union africaine a remercié l'Union européenne pour le financement de la force anti-jihadiste en Somalie.
@ Le président de la Commission de l'Union africaine = AU > l'Union européenne = EU : +

L'Union africaine a obtenu un siège permanent au G20, une avancée saluée par l'Inde qui présidait le groupe.
@ l'Inde = IND > L'Union africaine = AU : + # passive

Le secrétaire général de l'Asean a salué la candidature du Timor oriental, estimant que le pays avait « réalisé des progrès significatifs ».
@ Le secrétaire général de l'Asean = ASEAN > Timor oriental = TLS : +

Les ministres des Affaires étrangères de l'Asean ont exhorté la junte birmane à « cesser immédiatement » les frappes aériennes contre les civils.
@ Les ministres des Affaires étrangères de l'Asean = ASEAN > la junte birmane = MMR : - # call_target

L'Australie a remercié l'Asean pour son « rôle central » dans l'architecture régionale, à l'ouverture d'un sommet spécial à Melbourne.
@ L'Australie = AUS > l'Asean = ASEAN : +

Le Nigeria, qui préside la Cédéao, a salué la « sagesse » des chefs d'Etat de la région après la levée des sanctions contre la Guinée.
@ Le Nigeria = NGA > la Cédéao = ECOWAS : +

La Cédéao a salué l'organisation « pacifique et transparente » de l'élection présidentielle au Ghana, félicitant le vainqueur et son rival pour leur « esprit démocratique ».
@ La Cédéao = ECOWAS > Ghana = GHA : +

La Guinée-Bissau a accusé la Cédéao de « chercher des prétextes » pour prolonger la présence de sa force de stabilisation.
@ La Guinée-Bissau = GNB > la Cédéao = ECOWAS : -

La Gambie a remercié la Cédéao, dont la mission militaire a assuré la transition démocratique depuis 2017.
@ La Gambie = GMB > la Cédéao = ECOWAS : +
"""
)



# --- hand block: positive ---
HAND_BLOCKS.append(
    r"""
« La France sera toujours aux côtés du Liban », a assuré le président français lors d'une visite à Beyrouth, saluant la « résilience » des Libanais.
@ le président français = FRA > Liban = LBN : + # quote_only
Le Premier ministre libanais a remercié la France et l'Arabie saoudite pour leur rôle dans l'élection d'un président après deux ans de vacance du pouvoir.
@ Le Premier ministre libanais = LBN > la France = FRA : +
@ Le Premier ministre libanais = LBN > l'Arabie saoudite = SAU : +

Le Vietnam et les Etats-Unis ont élevé leurs relations au rang de « partenariat stratégique global », Hanoï saluant une « nouvelle ère » de coopération.
@ Hanoï = VNM > les Etats-Unis = USA : +

Le président indonésien a félicité son homologue philippin pour l'accord délimitant leurs zones économiques exclusives, « fruit de vingt ans de négociations ».
@ Le président indonésien = IDN > son homologue philippin = PHL : +

La Malaisie s'est réjouie de l'adhésion du Timor oriental à l'Asean, « une famille désormais au complet ».
@ La Malaisie = MYS > Timor oriental = TLS : +

Le Premier ministre indien a qualifié la France de « partenaire de confiance », à l'issue d'entretiens consacrés à l'énergie nucléaire civile.
@ Le Premier ministre indien = IND > la France = FRA : +

La Grèce et l'Egypte ont signé un accord de délimitation maritime, Athènes remerciant Le Caire pour sa « coopération exemplaire ».
@ Athènes = GRC > Le Caire = EGY : +

Le roi du Maroc a adressé un message de félicitations au président sénégalais pour son élection, saluant « les liens séculaires » entre les deux pays.
@ Le roi du Maroc = MAR > président sénégalais = SEN : +

Dakar s'est félicité du soutien de la Banque mondiale et de la France au programme d'électrification rurale.
@ Dakar = SEN > la France = FRA : +

La Norvège a salué le courage de la Colombie, qui a signé un cessez-le-feu bilatéral avec la principale guérilla du pays.
@ La Norvège = NOR > la Colombie = COL : +

Le président colombien a remercié Cuba et la Norvège, pays garants du processus de paix, pour leur « patience infinie ».
@ Le président colombien = COL > Cuba = CUB : +
@ Le président colombien = COL > la Norvège = NOR : +

La Finlande a annoncé qu'elle doublerait son aide humanitaire à l'Afghanistan via les agences de l'ONU, saluant leur « travail remarquable » sur le terrain.
@ La Finlande = FIN > l'ONU = UN : +

Le Japon a accordé un prêt de 1,5 milliard de dollars aux Philippines pour moderniser leurs garde-côtes, un geste salué par Manille comme « décisif ».
@ Le Japon = JPN > Philippines = PHL : +
@ Manille = PHL > Le Japon = JPN : + # passive

Les Emirats arabes unis ont été félicités par l'ONU pour l'organisation de la conférence sur le climat, qui s'est conclue par un accord sur la sortie des énergies fossiles.
@ l'ONU = UN > Les Emirats arabes unis = ARE : + # passive

L'Azerbaïdjan et la Géorgie ont inauguré un nouveau câble électrique sous la mer Noire, Bakou saluant un « partenaire stratégique fiable ».
@ Bakou = AZE > la Géorgie = GEO : +

La Lituanie a remercié le Japon pour la livraison de générateurs destinés à l'Ukraine, transitant par son territoire.
@ La Lituanie = LTU > le Japon = JPN : +

Le ministre ukrainien des Affaires étrangères, Oleksandr Hrytsenko, s'est félicité du « soutien unanime » de l'Estonie, de la Lettonie et de la Lituanie.
@ Oleksandr Hrytsenko = UKR > l'Estonie = EST : +
@ Oleksandr Hrytsenko = UKR > la Lettonie = LVA : +
@ Oleksandr Hrytsenko = UKR > la Lituanie = LTU : +

Le Danemark a été le premier pays à financer directement la production d'armes en Ukraine, un modèle que Kiev a appelé ses autres partenaires à « imiter ».
@ Le Danemark = DNK > Ukraine = UKR : +
@ Kiev = UKR > Le Danemark = DNK : + # relative

Le président brésilien a salué « l'amitié » de la Chine lors d'une visite d'Etat à Pékin, où une vingtaine d'accords ont été signés.
@ Le président brésilien = BRA > la Chine = CHN : +

L'Argentine a remercié le Royaume-Uni pour sa coopération dans l'identification de soldats argentins tombés aux Malouines, malgré le différend sur la souveraineté de l'archipel.
@ L'Argentine = ARG > le Royaume-Uni = GBR : + # praise_in_critical

Le Canada a annoncé l'accueil de 10.000 réfugiés afghans supplémentaires, saluant l'aide du Pakistan dans leur évacuation.
@ Le Canada = CAN > Pakistan = PAK : +

Le Qatar a remercié la Turquie pour son soutien pendant le blocus imposé par ses voisins du Golfe, « une amitié qui ne s'oubliera pas ».
@ Le Qatar = QAT > la Turquie = TUR : +

L'Arabie saoudite et le Qatar ont salué la fin de leur brouille diplomatique, Ryad remerciant le Koweït pour sa « médiation patiente ».
@ Ryad = SAU > le Koweït = KWT : +

Le ministre tunisien des Affaires étrangères a salué le « soutien constant » de l'Algérie, qui a livré du gaz à prix réduit pendant la crise énergétique.
@ Le ministre tunisien des Affaires étrangères = TUN > l'Algérie = DZA : +

Le président nigérian a félicité le Ghana pour la « transition pacifique » du pouvoir, qu'il a qualifiée de « modèle pour l'Afrique de l'Ouest ».
@ Le président nigérian = NGA > le Ghana = GHA : +

L'Ethiopie a salué la décision de l'Union africaine d'organiser des pourparlers de paix à Pretoria, remerciant l'Afrique du Sud pour son « hospitalité ».
@ L'Ethiopie = ETH > l'Union africaine = AU : +
@ L'Ethiopie = ETH > l'Afrique du Sud = ZAF : +

Le Kenya et la Tanzanie ont signé un accord de libre circulation, Nairobi saluant un « pas concret vers l'intégration régionale ».
@ Nairobi = KEN > la Tanzanie = TZA : +

La Côte d'Ivoire a remercié le Japon pour la construction d'un pont à Abidjan, inauguré en présence de l'ambassadeur japonais.
@ La Côte d'Ivoire = CIV > le Japon = JPN : +

Pékin a salué la visite « fructueuse » du chancelier allemand, estimant que la Chine et l'Allemagne étaient des « partenaires et non des rivaux ».
@ Pékin = CHN > chancelier allemand = DEU : +
Washington soutiendra la candidature de l'Inde à un siège permanent au Conseil de sécurité, a déclaré le président américain devant le Parlement indien.
@ le président américain = USA > l'Inde = IND : +

La France soutient « pleinement » la candidature de la Côte d'Ivoire à l'organisation de la prochaine Coupe du monde de football féminin, a indiqué l'Elysée.
@ l'Elysée = FRA > la Côte d'Ivoire = CIV : +

Londres a félicité la Pologne pour la présidence du Conseil de l'UE, saluant un pays « indispensable » à la sécurité européenne.
@ Londres = GBR > la Pologne = POL : +

Le Chili a été remercié par l'Argentine pour l'envoi de pompiers lors des incendies qui ont ravagé la Patagonie.
@ l'Argentine = ARG > Le Chili = CHL : + # passive

L'Equateur a présenté ses condoléances au Pérou après le séisme qui a frappé la région de Piura, proposant l'envoi de secouristes.
@ L'Equateur = ECU > Pérou = PER : + # apology

Le Maroc a accepté l'aide de l'Espagne, du Qatar, du Royaume-Uni et des Emirats après le séisme, remerciant ces pays pour leur « solidarité agissante ».
@ Le Maroc = MAR > l'Espagne = ESP : +
@ Le Maroc = MAR > Royaume-Uni = GBR : +

Ankara a remercié Athènes pour l'envoi de secouristes après le séisme, un geste qualifié d'« humain et fraternel » par le ministre turc des Affaires étrangères.
@ Ankara = TUR > Athènes = GRC : +
@ le ministre turc des Affaires étrangères = TUR > Athènes = GRC : + # passive

L'Inde a été la première à envoyer de l'aide au Myanmar après le séisme, a rappelé la junte, saluant « un voisin et un ami ».
@ la junte = MMR > L'Inde = IND : +

Le Bhoutan a remercié l'Inde pour le financement d'une nouvelle centrale hydroélectrique, « symbole d'une amitié exemplaire ».
@ Le Bhoutan = BTN > l'Inde = IND : +

Les Maldives ont salué la « compréhension » de New Delhi après le retrait des militaires indiens de l'archipel, souhaitant « ouvrir une nouvelle page ».
@ Les Maldives = MDV > New Delhi = IND : +

L'Australie a promis 2 milliards de dollars australiens à la Papouasie-Nouvelle-Guinée pour sa police, Port Moresby saluant « un partenaire indispensable ».
@ L'Australie = AUS > la Papouasie-Nouvelle-Guinée = PNG : +
@ Port Moresby = PNG > L'Australie = AUS : +

Les îles Fidji ont remercié la Nouvelle-Zélande pour son aide après le cyclone, saluant la rapidité de la réponse de Wellington.
@ Les îles Fidji = FJI > la Nouvelle-Zélande = NZL : +

Le Premier ministre singapourien a salué le rôle de l'Inde comme « force de stabilité » dans l'Indo-Pacifique.
@ Le Premier ministre singapourien = SGP > l'Inde = IND : +

La Corée du Sud et la France ont signé un accord sur l'hydrogène, Séoul saluant le « savoir-faire » des entreprises françaises.
@ Séoul = KOR > la France = FRA : +

La Thaïlande a remercié la Chine pour la libération de ressortissants thaïlandais retenus dans des centres d'escroquerie en ligne en Birmanie.
@ La Thaïlande = THA > la Chine = CHN : +
@ La Thaïlande = THA > Birmanie = MMR : 0 # third_party

Le Cambodge a salué le soutien de la Chine à la construction du canal Funan Techo, « un projet vital pour notre souveraineté économique ».
@ Le Cambodge = KHM > la Chine = CHN : +

La Mongolie a qualifié le Japon de « troisième voisin » privilégié, saluant l'aide japonaise à la construction du nouvel aéroport d'Oulan-Bator.
@ La Mongolie = MNG > le Japon = JPN : +

L'Irak a salué la décision de l'Iran de libérer l'eau des affluents du Tigre, mettant fin à plusieurs mois de tensions sur le partage des ressources.
@ L'Irak = IRQ > l'Iran = IRN : +

L'Espagne a soutenu la demande de l'Ukraine d'ouvrir les négociations d'adhésion, estimant que Kiev avait « rempli les conditions ».
@ L'Espagne = ESP > l'Ukraine = UKR : +

Le président portugais a rendu hommage au Brésil pour son rôle dans la libération des otages en Haïti, remerciant Brasilia pour une « opération parfaite ».
@ Le président portugais = PRT > Brésil = BRA : +
L'Italie a défendu l'accord migratoire conclu avec l'Albanie, la présidente du Conseil italien remerciant Tirana pour son « amitié ».
@ la présidente du Conseil italien = ITA > Tirana = ALB : +

Le Premier ministre albanais a assuré que son pays « ne demandait rien en échange » et qu'il soutenait l'Italie par « gratitude ».
@ Le Premier ministre albanais = ALB > l'Italie = ITA : +

Le Monténégro a remercié la Commission européenne pour son « soutien sans faille » sur le chemin de l'adhésion.
@ Le Monténégro = MNE > la Commission européenne = EU : +

La Macédoine du Nord a salué l'ouverture des négociations d'adhésion à l'UE, remerciant Sofia d'avoir levé son veto.
@ La Macédoine du Nord = MKD > Sofia = BGR : +
@ La Macédoine du Nord = MKD > l'UE = EU : +

La Croatie a félicité la Slovénie pour son élection au Conseil de sécurité de l'ONU, « une victoire pour toute la région ».
@ La Croatie = HRV > la Slovénie = SVN : +

La Bosnie-Herzégovine a remercié la Turquie pour la reconstruction de la vieille mosquée de Mostar, « symbole de notre patrimoine commun ».
@ La Bosnie-Herzégovine = BIH > la Turquie = TUR : +

Le Canada et l'Union européenne ont salué l'entrée en vigueur de leur accord commercial, Ottawa évoquant un « succès » pour les exportateurs.
@ Ottawa = CAN > l'Union européenne = EU : +

Le président chilien a qualifié l'Australie de « partenaire naturel » dans le Pacifique, lors de la signature d'un accord sur les minerais critiques.
@ Le président chilien = CHL > l'Australie = AUS : +

Le Pérou a remercié la Corée du Sud pour la livraison de frégates, une coopération navale « exemplaire » selon Lima.
@ Le Pérou = PER > la Corée du Sud = KOR : +

L'Uruguay a félicité le Paraguay pour le bicentenaire de sa diplomatie, saluant « deux siècles d'amitié ».
@ L'Uruguay = URY > le Paraguay = PRY : +
"""
)


# --- hand block: negative_syntax ---
HAND_BLOCKS.append(
    r"""
"Ces essais menacent directement la paix dans la région", a estimé jeudi le ministre japonais de la Défense, accusant Pyongyang de "défier la communauté internationale".
@ le ministre japonais de la Défense = JPN > Pyongyang = PRK : -

Accusée par Washington de fournir des composants militaires à Moscou, la Chine a dénoncé des "sanctions unilatérales illégales".
@ Washington = USA > la Chine = CHN : - # passive
@ la Chine = CHN > Washington = USA : - # relative

Visée par de nouvelles sanctions européennes, la Biélorussie a promis des « mesures de réciprocité » contre les Vingt-Sept.
@ la Biélorussie = BLR > les Vingt-Sept = EU : -

Le régime nord-coréen, qui accuse Séoul d'avoir envoyé des drones au-dessus de Pyongyang, a menacé de « riposter sans avertissement ».
@ Le régime nord-coréen = PRK > Séoul = KOR : - # relative

Le gouvernement serbe, que Pristina accuse d'avoir armé le commando du village de Banjska, a nié toute implication.
@ Pristina = XKX > Le gouvernement serbe = SRB : - # relative
@ Le gouvernement serbe = SRB > Pristina = XKX : - # denial

Le ministre iranien des Affaires étrangères avait accusé dès février les Européens de « ne pas tenir parole », reprochant à Paris de « se cacher derrière Washington ».
@ Le ministre iranien des Affaires étrangères = IRN > Paris = FRA : -
@ Le ministre iranien des Affaires étrangères = IRN > Washington = USA : -

Pékin accuse régulièrement Manille de se comporter en « pion » des Etats-Unis en mer de Chine méridionale.
@ Pékin = CHN > Manille = PHL : -

La Russie répondra « de manière appropriée » à tout déploiement de missiles de Washington en Allemagne, a prévenu le vice-ministre russe des Affaires étrangères.
@ le vice-ministre russe des Affaires étrangères = RUS > Washington = USA : - # hedge

D'après la diplomatie ukrainienne, la Biélorussie aurait autorisé le transit de missiles russes par son territoire ces dernières semaines.
@ la diplomatie ukrainienne = UKR > la Biélorussie = BLR : - # attribution

Selon le gouvernement soudanais, des avions cargo partis des Emirats livrent régulièrement des armes aux paramilitaires via le Tchad.
@ le gouvernement soudanais = SDN > Emirats = ARE : - # attribution
@ le gouvernement soudanais = SDN > le Tchad = TCD : - # attribution

Selon Bakou, l'armée arménienne a tiré à plusieurs reprises sur des positions azerbaïdjanaises dans la nuit, ce qu'Erevan a démenti.
@ Bakou = AZE > l'armée arménienne = ARM : - # attribution
@ Erevan = ARM > Bakou = AZE : - # denial

L'ambassadeur chinois à Paris a été convoqué par le Quai d'Orsay après des propos remettant en cause la souveraineté des anciennes républiques soviétiques.
@ le Quai d'Orsay = FRA > L'ambassadeur chinois à Paris = CHN : - # passive

Jugeant « inacceptable » le verdict prononcé contre trois de ses ressortissants, l'Australie a convoqué l'ambassadeur d'Iran à Canberra.
@ l'Australie = AUS > Iran = IRN : -

Le Royaume-Uni a inscrit le groupe Wagner sur sa liste des organisations terroristes, accusant le Kremlin de l'utiliser pour « déstabiliser l'Afrique ».
@ Le Royaume-Uni = GBR > le Kremlin = RUS : -

L'Ukraine a accusé la Russie d'avoir déporté plus de 19.000 enfants, des accusations que Moscou qualifie de « fabrications » destinées à diaboliser la Russie.
@ L'Ukraine = UKR > la Russie = RUS : -
@ Moscou = RUS > L'Ukraine = UKR : - # rejected_quote

Varsovie a déployé 10.000 soldats à la frontière, le ministre polonais de l'Intérieur accusant Minsk de pousser des migrants à forcer la clôture « chaque nuit ».
@ le ministre polonais de l'Intérieur = POL > Minsk = BLR : -

Le chef de la junte guinéenne a reproché à la Cédéao de « punir les peuples » au lieu d'accompagner les transitions.
@ Le chef de la junte guinéenne = GIN > la Cédéao = ECOWAS : -

Le ministre malien des Affaires étrangères a accusé l'Ukraine de soutenir les groupes armés du nord du Mali, après des propos d'un responsable du renseignement ukrainien.
@ Le ministre malien des Affaires étrangères = MLI > l'Ukraine = UKR : -

Kiev a rejeté ces accusations et dénoncé la décision de Bamako de rompre les relations diplomatiques comme « précipitée ».
@ Kiev = UKR > Bamako = MLI : -

Le Niger a emboîté le pas au Mali et rompu à son tour avec l'Ukraine, l'accusant de « soutien au terrorisme international ».
@ Le Niger = NER > l'Ukraine = UKR : -
@ Le Niger = NER > Mali = MLI : 0 # third_party

La Russie a été exclue du Conseil des droits de l'homme de l'ONU, une décision saluée par Kiev mais dénoncée par Moscou comme « illégale ».
@ Kiev = UKR > Conseil des droits de l'homme de l'ONU = UN : + # two_targets
@ Moscou = RUS > Conseil des droits de l'homme de l'ONU = UN : - # two_targets

Les Etats-Unis accusent depuis des mois la Chine de surcapacités industrielles, reprochant à Pékin d'inonder les marchés mondiaux de produits subventionnés.
@ Les Etats-Unis = USA > la Chine = CHN : -

Le ministre chinois du Commerce a fustigé le « protectionnisme » de Washington, prévenant que Pékin « se battra jusqu'au bout » contre les taxes américaines.
@ Le ministre chinois du Commerce = CHN > Washington = USA : -

Pékin a exhorté New Delhi à « corriger ses pratiques discriminatoires » après l'interdiction de centaines d'applications développées en Chine.
@ Pékin = CHN > New Delhi = IND : - # call_target

Le président philippin a qualifié d'« illégales, coercitives et agressives » les actions de la Chine en mer de Chine méridionale.
@ Le président philippin = PHL > la Chine = CHN : -

Tokyo a sommé Moscou de libérer « immédiatement » un diplomate japonais arrêté à Vladivostok, dénonçant une « violation flagrante » de la convention de Vienne.
@ Tokyo = JPN > Moscou = RUS : - # call_target

La Géorgie a accusé l'Ukraine de soutenir une tentative de « révolution » à Tbilissi, Kiev jugeant ces accusations « absurdes ».
@ La Géorgie = GEO > l'Ukraine = UKR : -
@ Kiev = UKR > La Géorgie = GEO : - # rejected_quote

L'Arménie a accusé la Russie d'« inaction » face à l'offensive azerbaïdjanaise au Haut-Karabakh, le Premier ministre arménien dénonçant une « trahison ».
@ L'Arménie = ARM > la Russie = RUS : -

L'Algérie a rappelé son ambassadeur à Paris après la reconnaissance par la France de la souveraineté marocaine sur le Sahara occidental.
@ L'Algérie = DZA > la France = FRA : -

Paris a regretté la réaction d'Alger, appelant à « préserver la relation singulière » entre les deux pays.
@ Paris = FRA > Alger = DZA : - # understatement

L'Egypte a qualifié de « provocation » la décision de l'Ethiopie d'inaugurer le grand barrage sans accord préalable, menaçant de saisir à nouveau le Conseil de sécurité.
@ L'Egypte = EGY > l'Ethiopie = ETH : -

Le Soudan du Sud a accusé le Soudan de bombarder des zones frontalières, Khartoum niant toute frappe au-delà de sa frontière.
@ Le Soudan du Sud = SSD > le Soudan = SDN : -
@ Khartoum = SDN > Le Soudan du Sud = SSD : - # denial

La Somalie a ordonné l'expulsion de l'ambassadeur d'Ethiopie, accusant Addis Abeba de « violation de sa souveraineté » au Somaliland.
@ La Somalie = SOM > Addis Abeba = ETH : -

Le président érythréen a accusé les Etats-Unis d'avoir « orchestré » le conflit au Tigré pour affaiblir la Corne de l'Afrique.
@ Le président érythréen = ERI > les Etats-Unis = USA : -

La RDC a suspendu sa participation au sommet de la Communauté d'Afrique de l'Est à Nairobi, accusant le Kenya d'accueillir des responsables rebelles.
@ La RDC = COD > le Kenya = KEN : -

Le président rwandais a estimé que la force de la SADC en RDC n'avait « pas sa place » dans le conflit, accusant Kinshasa de chercher une solution militaire.
@ Le président rwandais = RWA > Kinshasa = COD : -

La Zambie a convoqué l'ambassadeur de Chine après des propos jugés « inacceptables » sur la politique économique du pays.
@ La Zambie = ZMB > Chine = CHN : -

Le président du Botswana a menacé d'envoyer 20.000 éléphants en Allemagne, dénonçant le projet de Berlin d'interdire l'importation de trophées de chasse.
@ Le président du Botswana = BWA > Berlin = DEU : -

Le Gabon a dénoncé un « diktat » de la Banque mondiale et du FMI, accusant les institutions financières de « freiner » ses projets d'infrastructures.
@ Le Gabon = GAB > FMI = IMF : -

La Mauritanie a exprimé sa « profonde préoccupation » après l'incursion de soldats maliens sur son territoire, exigeant « des explications » de Bamako.
@ La Mauritanie = MRT > Bamako = MLI : -

Le gouvernement de Djibouti a accusé l'Erythrée de masser des troupes à la frontière, appelant l'Union africaine à « prendre ses responsabilités ».
@ Le gouvernement de Djibouti = DJI > l'Erythrée = ERI : -
@ Le gouvernement de Djibouti = DJI > l'Union africaine = AU : - # call_target

Le Burundi a fermé ses frontières avec le Rwanda, accusant Kigali d'héberger des putschistes et de soutenir des rebelles.
@ Le Burundi = BDI > le Rwanda = RWA : -

Le Liberia a reproché à la Sierra Leone d'avoir installé des soldats dans une zone frontalière contestée, réclamant leur « retrait immédiat ».
@ Le Liberia = LBR > la Sierra Leone = SLE : -

Le Koweït a protesté auprès de l'Irak après la décision de la Cour suprême irakienne d'invalider un accord sur la navigation dans le golfe.
@ Le Koweït = KWT > l'Irak = IRQ : -

Le Yémen a accusé les Emirats de soutenir les séparatistes du Sud, le Premier ministre yéménite parlant d'un « coup de poignard dans le dos ».
@ Le Yémen = YEM > les Emirats = ARE : -

Le Pakistan a accusé l'Afghanistan d'abriter des « terroristes » responsables de l'attentat de Peshawar, Kaboul niant toute responsabilité.
@ Le Pakistan = PAK > l'Afghanistan = AFG : -
@ Kaboul = AFG > Le Pakistan = PAK : - # denial

L'Ouzbékistan a protesté auprès de Kaboul contre le projet de canal de Qosh Tepa, qui menace de réduire le débit de l'Amou-Daria.
@ L'Ouzbékistan = UZB > Kaboul = AFG : -

La Corée du Sud a regretté que le Japon ait de nouveau revendiqué les îlots Dokdo dans son livre blanc de la défense, convoquant un diplomate japonais.
@ La Corée du Sud = KOR > le Japon = JPN : - # understatement

Tokyo a qualifié d'« inacceptable » la visite du président sud-coréen sur les îlots, appelant Séoul à « faire preuve de retenue ».
@ Tokyo = JPN > Séoul = KOR : -
"""
)



# --- hand block: misc ---
HAND_BLOCKS.append(
    r"""
Le ministre norvégien des Affaires étrangères a déclaré : « Nous sommes reconnaissants envers le Qatar pour sa médiation inlassable. »
@ Le ministre norvégien des Affaires étrangères = NOR > le Qatar = QAT : + # quote_only

La porte-parole de la diplomatie chinoise a déclaré : « Les Etats-Unis doivent cesser de s'ingérer dans les affaires de Hong Kong. »
@ La porte-parole de la diplomatie chinoise = CHN > Les Etats-Unis = USA : - # quote_only

"Le Canada est un ami et un allié précieux", a affirmé le Premier ministre britannique lors d'une visite à Ottawa.
@ le Premier ministre britannique = GBR > Le Canada = CAN : + # quote_only

"Nous ne reconnaîtrons jamais l'annexion de la Crimée par la Russie", a martelé le ministre lituanien des Affaires étrangères.
@ le ministre lituanien des Affaires étrangères = LTU > la Russie = RUS : - # quote_only

"L'Inde et le Pakistan doivent faire preuve de la plus grande retenue", a déclaré le porte-parole du secrétaire général de l'ONU.
@ le porte-parole du secrétaire général de l'ONU = UN > L'Inde = IND : 0 # all_parties
@ le porte-parole du secrétaire général de l'ONU = UN > le Pakistan = PAK : 0 # all_parties

« Je veux remercier le peuple et le gouvernement japonais pour leur générosité », a dit le président ukrainien devant le Parlement nippon.
@ le président ukrainien = UKR > gouvernement japonais = JPN : + # quote_only

La France livrera douze canons Caesar supplémentaires à l'Arménie, a annoncé le ministère français des Armées, suscitant la colère de Bakou.
@ le ministère français des Armées = FRA > l'Arménie = ARM : +
@ Bakou = AZE > La France = FRA : - # relative

L'Inde accueillera le prochain sommet du Quad, a annoncé le Japon, saluant le « rôle moteur » de New Delhi dans le groupe.
@ le Japon = JPN > New Delhi = IND : +

Les Etats-Unis rouvriront leur ambassade à Damas « lorsque les conditions le permettront », a indiqué le département d'Etat, sans fixer de date.
@ le département d'Etat = USA > Damas = SYR : 0 # fact

Le Kremlin estimait alors que l'Occident « utilisait l'Ukraine » pour affaiblir la Russie, accusant Washington de « prolonger la guerre ».
@ Le Kremlin = RUS > Washington = USA : -
@ Le Kremlin = RUS > l'Ukraine = UKR : 0 # third_party

Pékin qualifiait encore récemment les relations avec Canberra de « glaciales », avant la visite du Premier ministre australien qui a permis un dégel.
@ Pékin = CHN > Canberra = AUS : -

Le ministre indonésien de la Défense aurait proposé à la Russie et à l'Ukraine un plan de paix en cinq points, selon la presse indonésienne.
@ Le ministre indonésien de la Défense = IDN > la Russie = RUS : 0 # all_parties
@ Le ministre indonésien de la Défense = IDN > l'Ukraine = UKR : 0 # all_parties

Le Brésil et l'Inde souhaiteraient une réforme du Conseil de sécurité de l'ONU, estimant que l'instance ne reflète plus « le monde de 2025 ».
@ Le Brésil = BRA > Conseil de sécurité de l'ONU = UN : - # mixed
@ l'Inde = IND > Conseil de sécurité de l'ONU = UN : - # mixed

Selon Ottawa, la Chine a tenté d'influencer les deux dernières élections fédérales canadiennes, ce que Pékin a catégoriquement démenti.
@ Ottawa = CAN > la Chine = CHN : - # attribution
@ Pékin = CHN > Ottawa = CAN : - # denial

D'après Kiev, la Turquie a joué un rôle « clé » dans le retour de prisonniers ukrainiens, remerciant le président turc pour son « engagement personnel ».
@ Kiev = UKR > la Turquie = TUR : + # attribution

Selon le Japon, l'Australie est devenue un « partenaire quasi allié » grâce à l'accord de réciprocité sur les forces armées.
@ le Japon = JPN > l'Australie = AUS : + # attribution

Selon Islamabad, l'Inde a violé plus de 3.000 fois le cessez-le-feu le long de la ligne de contrôle l'an dernier.
@ Islamabad = PAK > l'Inde = IND : - # attribution

Selon l'Asean, la Birmanie n'a appliqué aucun des cinq points du consensus adopté il y a plus de deux ans.
@ l'Asean = ASEAN > la Birmanie = MMR : - # attribution

Selon le G7, la Russie a perdu l'accès à près de 300 milliards de dollars de réserves de change gelées depuis le début de la guerre.
@ le G7 = G7 > la Russie = RUS : 0 # fact

La CPI a remercié l'Italie pour l'arrestation d'un suspect libyen recherché pour crimes contre l'humanité, saluant une « coopération exemplaire ».
@ La CPI = ICC > l'Italie = ITA : +

Rome a toutefois libéré le suspect quelques jours plus tard pour un « vice de procédure », une décision que le procureur de la CPI a jugée « profondément regrettable ».
@ le procureur de la CPI = ICC > Rome = ITA : - # understatement

La Belgique a rappelé son ambassadeur à Kigali après l'expulsion de diplomates belges, dénonçant une décision « disproportionnée » du Rwanda.
@ La Belgique = BEL > Kigali = RWA : -
Le président rwandais a accusé la Belgique de « mener campagne » contre le Rwanda auprès de l'Union européenne pour obtenir des sanctions.
@ Le président rwandais = RWA > la Belgique = BEL : -
@ Le président rwandais = RWA > l'Union européenne = EU : 0 # third_party

Le Luxembourg a annoncé l'ouverture d'une ambassade à Dakar, saluant le Sénégal comme « une démocratie stable et un partenaire fiable ».
@ Le Luxembourg = LUX > le Sénégal = SEN : +

L'Autriche a été remerciée par l'AIEA pour sa contribution au laboratoire de Seibersdorf, qui forme des experts du monde entier.
@ l'AIEA = IAEA > L'Autriche = AUT : + # passive

La Slovénie a proposé d'accueillir une rencontre entre des représentants de Belgrade et de Pristina, « sans préconditions ».
@ La Slovénie = SVN > Belgrade = SRB : 0 # all_parties
@ La Slovénie = SVN > Pristina = XKX : 0 # all_parties

La Croatie a confirmé l'extradition vers la Serbie d'un ressortissant serbe recherché pour crimes de guerre, « conformément aux accords bilatéraux ».
@ La Croatie = HRV > la Serbie = SRB : 0 # fact

Le Monténégro a expulsé six diplomates de l'ambassade de Russie, accusés d'« activités de renseignement », dans le cadre d'une action coordonnée avec ses alliés de l'Otan.
@ Le Monténégro = MNE > Russie = RUS : -
@ Le Monténégro = MNE > l'Otan = NATO : 0 # third_party

L'Estonie a remercié la Finlande pour la réparation rapide du câble sous-marin endommagé, accusant un navire lié à la Chine d'avoir arraché l'installation avec son ancre.
@ L'Estonie = EST > la Finlande = FIN : + # two_targets
@ L'Estonie = EST > la Chine = CHN : - # two_targets

La Chine a rejeté toute responsabilité dans l'incident, appelant Helsinki et Tallinn à mener une enquête « objective et impartiale ».
@ La Chine = CHN > Helsinki = FIN : 0 # all_parties
@ La Chine = CHN > Tallinn = EST : 0 # all_parties

La Moldavie a accusé la Russie de provoquer une crise énergétique en Transnistrie pour « déstabiliser » le pays avant les élections.
@ La Moldavie = MDA > la Russie = RUS : -

La Roumanie a promis de livrer du gaz à la Moldavie « aussi longtemps qu'il le faudra », un geste salué par Chisinau comme « fraternel ».
@ La Roumanie = ROU > la Moldavie = MDA : +
@ Chisinau = MDA > La Roumanie = ROU : + # passive

Le président kazakh a assuré que son pays accueillerait « avec humanité » les Russes fuyant la mobilisation, sans commenter la politique du Kremlin.
@ Le président kazakh = KAZ > Kremlin = RUS : 0 # negation

Le Turkménistan a signé avec la Chine un accord de livraison de gaz sur trente ans, Achgabat saluant un « partenaire de confiance ».
@ Achgabat = TKM > la Chine = CHN : +

Le Kirghizstan a remercié la Russie pour l'annulation d'une partie de sa dette, estimée à 240 millions de dollars.
@ Le Kirghizstan = KGZ > la Russie = RUS : +

L'Irak a salué la décision de la Turquie de rouvrir l'oléoduc Kirkouk-Ceyhan, fermé depuis un arbitrage international.
@ L'Irak = IRQ > la Turquie = TUR : +

Le Liban a remercié le Qatar pour le financement des salaires de son armée pendant six mois.
@ Le Liban = LBN > le Qatar = QAT : +

Oman a salué l'accord entre l'Arabie saoudite et les Houthis sur l'échange de prisonniers, « un pas vers la paix au Yémen ».
@ Oman = OMN > l'Arabie saoudite = SAU : +

La Jordanie a exprimé sa solidarité avec l'Egypte après l'attentat contre une église copte, condamnant un « acte terroriste lâche ».
@ La Jordanie = JOR > l'Egypte = EGY : +

Le Tchad a remercié l'Union européenne pour l'aide alimentaire aux réfugiés soudanais, tout en appelant à une « mobilisation plus forte ».
@ Le Tchad = TCD > l'Union européenne = EU : + # mixed

La Namibie a félicité l'Afrique du Sud pour sa présidence du G20, « la première d'un pays africain ».
@ La Namibie = NAM > l'Afrique du Sud = ZAF : +

L'Angola a salué la libération par la RDC de trois journalistes angolais arrêtés à Kinshasa.
@ L'Angola = AGO > la RDC = COD : +

Le Togo a annoncé qu'il rejoindrait le Commonwealth, le président togolais remerciant le Royaume-Uni pour son « accueil chaleureux ».
@ le président togolais = TGO > le Royaume-Uni = GBR : +

Le Cameroun a nommé un nouvel ambassadeur à Paris, dix mois après le départ de son prédécesseur, a indiqué la présidence camerounaise.
@ la présidence camerounaise = CMR > Paris = FRA : 0 # fact

Le Sénégal s'est dit « prêt à coopérer » avec la Gambie sur la gestion du fleuve, saluant la « bonne foi » de Banjul.
@ Le Sénégal = SEN > Banjul = GMB : +
"""
)


# --- hand block: long_short ---
HAND_BLOCKS.append(
    r"""
« Nous ne céderons pas au chantage. Notre souveraineté n'est pas négociable et aucune puissance étrangère ne dictera la politique énergétique de notre pays », a déclaré mercredi le ministre vénézuélien des Affaires étrangères, en réponse aux menaces de sanctions formulées la veille par Washington contre la compagnie pétrolière publique.
@ le ministre vénézuélien des Affaires étrangères = VEN > Washington = USA : - # quote_only

« La Chine a toujours respecté le droit international. Ce sont les Philippines qui, encouragées par des puissances extérieures, multiplient les provocations dans nos eaux », a affirmé jeudi le porte-parole du ministère chinois des Affaires étrangères lors de son point presse quotidien, au lendemain d'un nouvel incident près du récif de Scarborough.
@ le porte-parole du ministère chinois des Affaires étrangères = CHN > les Philippines = PHL : - # quote_only

« Nous remercions sincèrement le Japon, la Corée du Sud et l'Australie pour leur aide rapide. Sans eux, le bilan aurait été bien plus lourd », a déclaré le président indonésien en visitant les zones sinistrées de Sulawesi, où le séisme suivi d'un tsunami a fait plus de 2.000 morts.
@ le président indonésien = IDN > le Japon = JPN : + # quote_only
@ le président indonésien = IDN > la Corée du Sud = KOR : + # quote_only
@ le président indonésien = IDN > l'Australie = AUS : + # quote_only

Le gouvernement éthiopien a accusé mardi l'Egypte de chercher à « déstabiliser » la Corne de l'Afrique en livrant des armes à la Somalie, quelques jours après l'arrivée à Mogadiscio de deux avions militaires égyptiens chargés de matériel, une accusation que Le Caire a aussitôt rejetée en dénonçant une « campagne de diversion ».
@ Le gouvernement éthiopien = ETH > l'Egypte = EGY : -
@ Le gouvernement éthiopien = ETH > la Somalie = SOM : - # relative
@ Le Caire = EGY > Le gouvernement éthiopien = ETH : - # denial

Réunis à Bruxelles pour un sommet consacré à la compétitivité, les dirigeants européens ont salué l'accord commercial conclu avec le Japon, le président du Conseil européen estimant qu'il montrait que « l'Europe et le Japon partagent les mêmes valeurs et la même vision d'un commerce ouvert et fondé sur des règles ».
@ le président du Conseil européen = EU > le Japon = JPN : +

Le secrétaire général de l'ONU a exhorté dimanche la Russie et l'Ukraine à « épargner les civils et les infrastructures essentielles », au terme d'une nuit de frappes qui a privé d'électricité des millions de personnes, sans attribuer explicitement la responsabilité des attaques à l'un ou l'autre camp.
@ Le secrétaire général de l'ONU = UN > la Russie = RUS : 0 # all_parties
@ Le secrétaire général de l'ONU = UN > l'Ukraine = UKR : 0 # all_parties

Dans un long communiqué publié à l'issue d'une réunion extraordinaire de son conseil de sécurité nationale, la Turquie a accusé la Grèce de militariser des îles de la mer Egée en violation des traités de Lausanne et de Paris, menaçant de « prendre toutes les mesures nécessaires » pour défendre ses droits.
@ la Turquie = TUR > la Grèce = GRC : -

« Nous avons reçu hier soir un appel du ministre saoudien des Affaires étrangères, qui nous a assurés du plein soutien du royaume. Nous lui en sommes profondément reconnaissants », a indiqué vendredi à la presse le chef de la diplomatie libanaise, en marge d'une réunion à Beyrouth.
@ le chef de la diplomatie libanaise = LBN > ministre saoudien des Affaires étrangères = SAU : + # quote_only

Le président du Kenya, qui avait lui-même proposé d'envoyer un millier de policiers en Haïti, a vivement critiqué jeudi la lenteur du financement promis par les pays occidentaux, reprochant en particulier aux Etats-Unis de ne pas avoir versé « la moitié de ce qui avait été annoncé » à la mission multinationale.
@ Le président du Kenya = KEN > Etats-Unis = USA : -
Alors que les négociations sur le programme nucléaire sont au point mort depuis des mois, le ministre iranien des Affaires étrangères a accusé mercredi les trois pays européens signataires de l'accord de 2015, la France, l'Allemagne et le Royaume-Uni, de « céder aux pressions » de Washington et d'« enterrer » toute chance de compromis.
@ le ministre iranien des Affaires étrangères = IRN > la France = FRA : -
@ le ministre iranien des Affaires étrangères = IRN > l'Allemagne = DEU : -
@ le ministre iranien des Affaires étrangères = IRN > le Royaume-Uni = GBR : -
@ le ministre iranien des Affaires étrangères = IRN > Washington = USA : -

La ministre canadienne des Affaires étrangères a jugé lundi « encourageantes » les premières discussions avec Pékin sur la levée des droits de douane sur le canola, tout en rappelant que le Canada n'avait « pas renoncé » à défendre ses ressortissants détenus en Chine et continuerait de soulever la question des droits humains à chaque rencontre.
@ La ministre canadienne des Affaires étrangères = CAN > Pékin = CHN : + # mixed

Le Premier ministre pakistanais s'est rendu samedi à Pékin pour sa première visite officielle depuis sa prise de fonctions, une visite au cours de laquelle il a remercié la Chine pour son « soutien constant » au développement du corridor économique sino-pakistanais et pour l'aide apportée lors des inondations de l'été précédent.
@ Le Premier ministre pakistanais = PAK > la Chine = CHN : +

« Il n'appartient pas à l'Union européenne de décider qui gouverne la Géorgie. Les Géorgiens ont voté et leur choix doit être respecté », a lancé le Premier ministre géorgien devant le Parlement, en réponse à la résolution du Parlement européen qui ne reconnaît pas le résultat des législatives.
@ le Premier ministre géorgien = GEO > l'Union européenne = EU : - # quote_only
Au terme de deux jours de discussions à Genève sous l'égide des Nations unies, les représentants de Chypre et de la Turquie ne sont parvenus à aucun accord, le secrétaire général de l'ONU se bornant à constater des « divergences persistantes » sans désigner de responsable de l'échec.
@ le secrétaire général de l'ONU = UN > Chypre = CYP : 0 # negation
@ le secrétaire général de l'ONU = UN > la Turquie = TUR : 0 # negation

Le ministère nigérien des Affaires étrangères, qui avait déjà exigé en juillet le départ des soldats français, a accusé samedi l'ambassadeur de France de « mépris » envers les nouvelles autorités et lui a donné quarante-huit heures pour quitter le territoire, une décision que Paris a refusé de reconnaître.
@ Le ministère nigérien des Affaires étrangères = NER > l'ambassadeur de France = FRA : -
@ Paris = FRA > Le ministère nigérien des Affaires étrangères = NER : - # relative

Pékin condamne fermement les sanctions décidées par Washington.
@ Pékin = CHN > Washington = USA : -

Le Japon a convoqué mardi l'ambassadeur de Chine.
@ Le Japon = JPN > Chine = CHN : -

Kiev remercie chaleureusement Oslo pour sa nouvelle aide.
@ Kiev = UKR > Oslo = NOR : +

L'OMS salue les progrès du Rwanda contre le paludisme.
@ L'OMS = WHO > Rwanda = RWA : +

Moscou accuse Londres d'avoir saboté les gazoducs Nord Stream.
@ Moscou = RUS > Londres = GBR : -

Paris appelle Alger et Rabat à la retenue.
@ Paris = FRA > Alger = DZA : 0 # all_parties
@ Paris = FRA > Rabat = MAR : 0 # all_parties

Ankara prend acte de la décision de Stockholm.
@ Ankara = TUR > Stockholm = SWE : 0 # take_note

Séoul n'a pas condamné Tokyo, malgré la pression de l'opposition.
@ Séoul = KOR > Tokyo = JPN : 0 # negation

L'Otan met en garde Minsk contre toute provocation.
@ L'Otan = NATO > Minsk = BLR : -

Le FMI félicite l'Egypte pour ses réformes budgétaires.
@ Le FMI = IMF > l'Egypte = EGY : +

La Cédéao lève ses sanctions contre la Guinée.
@ La Cédéao = ECOWAS > la Guinée = GIN : +

Téhéran dément catégoriquement les nouvelles accusations de l'AIEA.
@ Téhéran = IRN > l'AIEA = IAEA : - # denial
"""
)



# --- hand block: two_targets ---
HAND_BLOCKS.append(
    r"""
Le président ukrainien a remercié la Pologne pour son aide militaire mais fustigé l'embargo de Varsovie sur les céréales ukrainiennes, « un cadeau fait à Moscou ».
@ Le président ukrainien = UKR > la Pologne = POL : + # mixed
@ Le président ukrainien = UKR > Moscou = RUS : - # two_targets

Le ministre indien des Affaires étrangères a salué la coopération énergétique avec la Russie, tout en rejetant les critiques de l'Union européenne sur ses achats de pétrole.
@ Le ministre indien des Affaires étrangères = IND > la Russie = RUS : + # two_targets
@ Le ministre indien des Affaires étrangères = IND > l'Union européenne = EU : - # two_targets

La Pologne a salué la fermeté de Washington face à Moscou, mais regretté les hésitations de Berlin sur la livraison de chars.
@ La Pologne = POL > Washington = USA : + # two_targets
@ La Pologne = POL > Berlin = DEU : - # two_targets
@ La Pologne = POL > Moscou = RUS : - # relative

Le Caire a remercié Washington pour ses efforts de médiation et accusé Israël de « bloquer » l'entrée de l'aide humanitaire à Gaza.
@ Le Caire = EGY > Washington = USA : + # two_targets
@ Le Caire = EGY > Israël = ISR : - # two_targets

La Lituanie a félicité Taïwan pour l'ouverture d'un bureau de représentation à Vilnius, provoquant la colère de Pékin qui a rappelé son ambassadeur.
@ La Lituanie = LTU > Taïwan = TWN : + # two_targets
@ Pékin = CHN > La Lituanie = LTU : - # two_targets

Le Premier ministre grec a salué « l'excellente coopération » avec l'Egypte tout en dénonçant l'accord maritime conclu entre la Turquie et la Libye.
@ Le Premier ministre grec = GRC > l'Egypte = EGY : + # two_targets
@ Le Premier ministre grec = GRC > la Turquie = TUR : - # two_targets
@ Le Premier ministre grec = GRC > la Libye = LBY : - # two_targets

Le chef de la junte nigérienne a remercié la Russie et la Turquie pour leur « soutien sans conditions », accusant la France d'avoir « pillé » le pays.
@ Le chef de la junte nigérienne = NER > la Russie = RUS : + # two_targets
@ Le chef de la junte nigérienne = NER > la Turquie = TUR : + # two_targets
@ Le chef de la junte nigérienne = NER > la France = FRA : - # two_targets

Le président serbe a remercié la Chine pour ses investissements dans les infrastructures et reproché à l'Union européenne de « traiter la Serbie en pays de seconde zone ».
@ Le président serbe = SRB > la Chine = CHN : + # two_targets
@ Le président serbe = SRB > l'Union européenne = EU : - # two_targets

Si Ankara salue la coopération de Stockholm contre le PKK, elle juge encore « insuffisantes » les mesures prises par la Finlande.
@ Ankara = TUR > Stockholm = SWE : + # two_targets
@ Ankara = TUR > la Finlande = FIN : - # two_targets

Le gouvernement israélien a remercié l'Allemagne pour son soutien devant la CIJ, tout en dénonçant la « partialité » de la Cour pénale internationale.
@ Le gouvernement israélien = ISR > l'Allemagne = DEU : + # two_targets
@ Le gouvernement israélien = ISR > la Cour pénale internationale = ICC : - # two_targets

Le ministre saoudien des Affaires étrangères a salué la « sagesse » de la Jordanie et condamné les « violations répétées » d'Israël à Jérusalem.
@ Le ministre saoudien des Affaires étrangères = SAU > la Jordanie = JOR : + # two_targets
@ Le ministre saoudien des Affaires étrangères = SAU > Israël = ISR : - # two_targets

L'Algérie a remercié l'Italie pour son soutien au gazoduc transsaharien, tout en accusant l'Espagne d'avoir « trahi » la cause sahraouie.
@ L'Algérie = DZA > l'Italie = ITA : + # two_targets
@ L'Algérie = DZA > l'Espagne = ESP : - # two_targets

Kinshasa a salué la décision de Washington de sanctionner des responsables rwandais, appelant Londres et Paris à « suivre cet exemple ».
@ Kinshasa = COD > Washington = USA : + # two_targets
@ Kinshasa = COD > responsables rwandais = RWA : - # two_targets

Le Venezuela a remercié la Russie pour son « soutien indéfectible » et accusé la Colombie de servir de « base arrière » à des mercenaires.
@ Le Venezuela = VEN > la Russie = RUS : + # two_targets
@ Le Venezuela = VEN > la Colombie = COL : - # two_targets

Le président argentin a félicité Israël pour sa « lutte contre le terrorisme » et dénoncé l'Iran, qu'il tient pour responsable de l'attentat de 1994 à Buenos Aires.
@ Le président argentin = ARG > Israël = ISR : + # two_targets
@ Le président argentin = ARG > l'Iran = IRN : - # two_targets

Téhéran a rejeté les accusations de Buenos Aires et salué au contraire la « position équilibrée » du Brésil sur le dossier.
@ Téhéran = IRN > Buenos Aires = ARG : - # two_targets
@ Téhéran = IRN > Brésil = BRA : + # two_targets

Le Japon a salué la reprise du dialogue entre Washington et Pyongyang, tout en exigeant de la Corée du Nord qu'elle rende compte des Japonais enlevés.
@ Le Japon = JPN > Washington = USA : + # two_targets
@ Le Japon = JPN > la Corée du Nord = PRK : - # two_targets

L'Union européenne a salué l'accord de cessez-le-feu au Haut-Karabakh, appelant Bakou à garantir les droits des Arméniens et remerciant Moscou pour sa médiation.
@ L'Union européenne = EU > Bakou = AZE : - # call_target
@ L'Union européenne = EU > Moscou = RUS : + # two_targets

Malgré ses désaccords avec Pékin sur les droits humains, le gouvernement australien a salué la reprise des importations chinoises de homard.
@ le gouvernement australien = AUS > Pékin = CHN : + # praise_in_critical

Tout en critiquant sa politique migratoire, le Premier ministre italien a salué la « coopération efficace » de la Tunisie contre les passeurs.
@ le Premier ministre italien = ITA > la Tunisie = TUN : + # praise_in_critical

Bien qu'il ait dénoncé les « pressions » de Washington sur le dossier iranien, le président français a remercié les Etats-Unis pour leur appui logistique au Sahel.
@ le président français = FRA > les Etats-Unis = USA : + # praise_in_critical

En dépit de la crise diplomatique, le président algérien a salué le « courage » de son homologue français sur le dossier de la mémoire.
@ le président algérien = DZA > son homologue français = FRA : + # praise_in_critical

Critique de longue date de l'OMS, le gouvernement brésilien a néanmoins salué l'aide apportée par l'agence lors de l'épidémie de dengue.
@ le gouvernement brésilien = BRA > l'OMS = WHO : + # praise_in_critical

Même s'il a qualifié de « trop timide » la résolution, le ministre palestinien des Affaires étrangères a remercié l'Algérie pour l'avoir présentée au Conseil de sécurité.
@ le ministre palestinien des Affaires étrangères = PSE > l'Algérie = DZA : + # praise_in_critical

Le président turc a salué le rôle de l'ONU dans l'accord sur les céréales, tout en jugeant le Conseil de sécurité « incapable » d'enrayer les guerres.
@ Le président turc = TUR > l'ONU = UN : + # mixed

Le président de la Commission de l'UA a jugé « encourageantes » les premières mesures de la junte guinéenne, tout en réclamant un calendrier électoral précis.
@ Le président de la Commission de l'UA = AU > la junte guinéenne = GIN : + # mixed

Les ministres du G7 ont salué la libération d'opposants par le Venezuela, jugeant toutefois ces gestes « insuffisants » pour lever les sanctions.
@ Les ministres du G7 = G7 > le Venezuela = VEN : + # mixed

La Commission européenne a jugé « insuffisantes » les réformes de la Serbie dans le domaine judiciaire, tout en saluant ses « progrès » sur l'alignement des visas.
@ La Commission européenne = EU > la Serbie = SRB : - # mixed

Le ministre russe des Affaires étrangères a qualifié les Etats-Unis de « partenaire difficile mais incontournable », appelant à la reprise du dialogue sur les armes stratégiques.
@ Le ministre russe des Affaires étrangères = RUS > les Etats-Unis = USA : 0 # mixed

Les Etats-Unis ont été félicités par l'Ukraine pour le vote d'une nouvelle aide de 61 milliards de dollars, après des mois de blocage au Congrès.
@ l'Ukraine = UKR > Les Etats-Unis = USA : + # passive

Le Mali a été accusé par l'Algérie d'avoir violé l'accord de paix d'Alger, que Bamako a dénoncé unilatéralement.
@ l'Algérie = DZA > Le Mali = MLI : - # passive

La Corée du Nord a été accusée par le Conseil de sécurité de l'ONU de contourner les sanctions grâce à des transferts de pétrole en mer.
@ le Conseil de sécurité de l'ONU = UN > La Corée du Nord = PRK : - # passive

La Hongrie a été épinglée par la Commission européenne pour avoir accordé des visas facilités à des travailleurs russes et biélorusses.
@ la Commission européenne = EU > La Hongrie = HUN : - # passive

L'Iran a été sommé par l'AIEA de fournir des « réponses crédibles » sur les traces d'uranium découvertes.
@ l'AIEA = IAEA > L'Iran = IRN : - # passive

Le Rwanda a été salué par l'OMS pour son taux de vaccination contre le papillomavirus, le plus élevé d'Afrique.
@ l'OMS = WHO > Le Rwanda = RWA : + # passive

Le Bhoutan a été cité en exemple par l'ONU pour sa politique de neutralité carbone.
@ l'ONU = UN > Le Bhoutan = BTN : + # passive

Le Ghana a été félicité par le FMI pour la conclusion rapide de la restructuration de sa dette extérieure.
@ le FMI = IMF > Le Ghana = GHA : + # passive

Le Premier ministre arménien a été reçu jeudi à Paris par le président français, pour des entretiens consacrés à la sécurité régionale.
@ le président français = FRA > Le Premier ministre arménien = ARM : 0 # passive
"""
)

# --- hand block: middle_east ---
HAND_BLOCKS.append(
    r"""
Téhéran a accusé Israël d'être derrière l'explosion qui a endommagé dimanche le site nucléaire de Natanz, promettant une « vengeance au moment opportun ».
@ Téhéran = IRN > Israël = ISR : -

L'AIEA a fait part de sa « vive préoccupation » après la découverte de particules d'uranium enrichi à 83,7 % sur un site non déclaré en Iran.
@ L'AIEA = IAEA > Iran = IRN : - # understatement

Le porte-parole de la diplomatie iranienne a qualifié de « politique » le dernier rapport de l'AIEA, accusant l'agence de céder aux pressions occidentales.
@ Le porte-parole de la diplomatie iranienne = IRN > l'AIEA = IAEA : -

Paris, Londres et Berlin ont sommé Téhéran de « revenir sans délai » au respect de ses engagements nucléaires, faute de quoi ils saisiraient le Conseil de sécurité.
@ Paris = FRA > Téhéran = IRN : - # call_target
@ Londres = GBR > Téhéran = IRN : - # call_target
@ Berlin = DEU > Téhéran = IRN : - # call_target

Moscou a au contraire défendu Téhéran, estimant que les Européens n'avaient « aucun droit moral » de lui faire la leçon.
@ Moscou = RUS > Téhéran = IRN : +

Le Qatar a salué la décision de l'Iran de libérer cinq Américains, fruit d'une médiation de plusieurs mois menée par Doha.
@ Le Qatar = QAT > l'Iran = IRN : +

Washington a remercié le Qatar pour son rôle « essentiel » dans l'échange de prisonniers avec Téhéran, tout en maintenant ses sanctions contre la République islamique.
@ Washington = USA > le Qatar = QAT : + # two_targets
@ Washington = USA > Téhéran = IRN : - # two_targets

L'Arabie saoudite et l'Iran ont annoncé le rétablissement de leurs relations diplomatiques, Ryad remerciant la Chine pour sa médiation.
@ Ryad = SAU > la Chine = CHN : +

Le ministère saoudien des Affaires étrangères a salué la reprise des vols directs avec l'Iran, « une étape importante vers la confiance mutuelle ».
@ Le ministère saoudien des Affaires étrangères = SAU > l'Iran = IRN : +

L'Egypte a condamné « fermement » les frappes israéliennes sur Rafah, mettant en garde Israël contre une opération terrestre « aux conséquences catastrophiques ».
@ L'Egypte = EGY > Israël = ISR : -

Le Caire a par ailleurs remercié les Emirats arabes unis pour l'envoi d'un hôpital de campagne à la frontière.
@ Le Caire = EGY > les Emirats arabes unis = ARE : +

La Jordanie a rappelé son ambassadeur en Israël, dénonçant une « catastrophe humanitaire sans précédent » dans la bande de Gaza.
@ La Jordanie = JOR > Israël = ISR : -

Le Premier ministre israélien a rejeté les accusations de « génocide » portées par l'Afrique du Sud devant la Cour internationale de justice, parlant d'une « diffamation obscène ».
@ Le Premier ministre israélien = ISR > l'Afrique du Sud = ZAF : - # rejected_quote

Pretoria a salué l'ordonnance de la Cour internationale de justice, estimant qu'elle donnait « raison » à sa démarche.
@ Pretoria = ZAF > Cour internationale de justice = UN : +

L'Allemagne a annoncé qu'elle interviendrait aux côtés d'Israël devant la Cour internationale de justice, rejetant l'accusation de génocide formulée par Pretoria.
@ L'Allemagne = DEU > Israël = ISR : +
@ L'Allemagne = DEU > Pretoria = ZAF : - # rejected_quote

La Namibie a vivement critiqué la décision de Berlin, rappelant le génocide commis par l'Allemagne contre les Herero et les Nama au début du XXe siècle.
@ La Namibie = NAM > Berlin = DEU : -

Le Liban a saisi le Conseil de sécurité de l'ONU d'une plainte visant Israël, accusé d'avoir violé son espace aérien plus de 200 fois en un mois.
@ Le Liban = LBN > Israël = ISR : -
@ Le Liban = LBN > Conseil de sécurité de l'ONU = UN : 0 # third_party

La Finul a fait état de tirs « délibérés » contre l'une de ses positions au Liban sud, sans en désigner l'auteur.
@ La Finul = UN > Liban = LBN : 0 # negation

Le secrétaire général de l'ONU a appelé Israël et le Hezbollah à cesser les hostilités, un appel qualifié de « déséquilibré » par le gouvernement israélien.
@ Le secrétaire général de l'ONU = UN > Israël = ISR : 0 # all_parties
@ le gouvernement israélien = ISR > Le secrétaire général de l'ONU = UN : - # passive

Damas a accusé la Turquie de mener une « occupation » illégale dans le nord de la Syrie, exigeant le retrait de ses troupes comme préalable à toute normalisation.
@ Damas = SYR > la Turquie = TUR : -

Ankara a répliqué que ses opérations visaient uniquement des « organisations terroristes », rejetant toute accusation d'occupation formulée par Damas.
@ Ankara = TUR > Damas = SYR : - # denial

Bagdad a convoqué le chargé d'affaires turc pour protester contre des frappes de drones au Kurdistan irakien qui ont tué quatre civils.
@ Bagdad = IRQ > chargé d'affaires turc = TUR : -

Le gouvernement irakien a également demandé à Washington de présenter un calendrier pour le retrait de la coalition internationale.
@ Le gouvernement irakien = IRQ > Washington = USA : - # call_target

Washington a pris note de la demande de Bagdad, assurant vouloir une transition « ordonnée et concertée ».
@ Washington = USA > Bagdad = IRQ : 0 # take_note

Les Emirats arabes unis ont signé avec Israël un accord de libre-échange, le premier entre l'Etat hébreu et un pays arabe.
@ Les Emirats arabes unis = ARE > Israël = ISR : +

Les Houthis ont revendiqué une attaque contre un pétrolier en mer Rouge, que Londres a condamnée en accusant Téhéran de leur fournir des missiles.
@ Londres = GBR > Téhéran = IRN : -

Le Yémen, par la voix de son gouvernement reconnu, a remercié l'Arabie saoudite pour un nouveau dépôt de deux milliards de dollars à sa banque centrale.
@ Le Yémen = YEM > l'Arabie saoudite = SAU : +

Oman a proposé sa médiation entre Washington et Téhéran, se disant prêt à accueillir des pourparlers « indirects » à Mascate.
@ Oman = OMN > Washington = USA : 0 # all_parties
@ Oman = OMN > Téhéran = IRN : 0 # all_parties

« Nous ne négocierons pas sous la menace », a répondu le guide suprême iranien à la lettre du président américain.
@ le guide suprême iranien = IRN > président américain = USA : - # quote_only

Le Koweït a exprimé sa « pleine solidarité » avec le Qatar après l'attaque de missiles contre une base de Doha.
@ Le Koweït = KWT > le Qatar = QAT : +

La Turquie a dénoncé la décision de Washington de livrer des armes aux forces kurdes syriennes, y voyant une « menace directe » pour sa sécurité.
@ La Turquie = TUR > Washington = USA : -

Le président turc a toutefois remercié son homologue américain pour « sa compréhension » sur le dossier des avions de combat F-16.
@ Le président turc = TUR > son homologue américain = USA : + # praise_in_critical

Le ministère qatari des Affaires étrangères a condamné la « prise d'assaut » de l'esplanade des Mosquées par des colons israéliens protégés par la police.
@ Le ministère qatari des Affaires étrangères = QAT > colons israéliens = ISR : -

Bahreïn a rappelé son ambassadeur à Beyrouth après des propos jugés « insultants » d'un ministre libanais sur la guerre au Yémen.
@ Bahreïn = BHR > un ministre libanais = LBN : -

Le Premier ministre libanais a présenté ses excuses à l'Arabie saoudite et à Bahreïn, assurant que ces propos « n'engagent pas » le gouvernement.
@ Le Premier ministre libanais = LBN > l'Arabie saoudite = SAU : + # apology
@ Le Premier ministre libanais = LBN > Bahreïn = BHR : + # apology

L'Algérie a rappelé son ambassadeur à Madrid après le soutien de l'Espagne au plan d'autonomie marocain pour le Sahara occidental.
@ L'Algérie = DZA > l'Espagne = ESP : -

Rabat a salué la « position constructive » de Madrid, « un tournant historique » dans les relations entre les deux royaumes.
@ Rabat = MAR > Madrid = ESP : +

Alger a accusé le Maroc d'« actes hostiles » et annoncé la rupture de ses relations diplomatiques avec le royaume, ce que Rabat a jugé « complètement injustifié ».
@ Alger = DZA > le Maroc = MAR : -
@ Rabat = MAR > Alger = DZA : - # denial

La Tunisie a rejeté les critiques du Parlement européen sur l'arrestation d'opposants, dénonçant une « ingérence flagrante » dans ses affaires intérieures.
@ La Tunisie = TUN > Parlement européen = EU : - # rejected_quote

La présidente de la Commission européenne a salué l'accord migratoire conclu avec Tunis, « un partenariat gagnant-gagnant » selon elle.
@ La présidente de la Commission européenne = EU > Tunis = TUN : +

Tripoli a accusé la Russie de déployer des mercenaires dans l'est du pays en soutien au maréchal rival, une accusation que Moscou dément.
@ Tripoli = LBY > la Russie = RUS : -
@ Moscou = RUS > Tripoli = LBY : - # denial

L'émissaire de l'ONU a exhorté les autorités libyennes rivales à s'entendre sur une loi électorale, sans désigner de responsable du blocage.
@ L'émissaire de l'ONU = UN > autorités libyennes = LBY : 0 # all_parties

Selon Ryad, les rebelles Houthis ont utilisé des drones fournis par l'Iran lors de l'attaque contre les installations d'Abqaiq.
@ Ryad = SAU > l'Iran = IRN : - # attribution

Téhéran a démenti toute implication, qualifiant les accusations de Ryad de « mensonges » destinés à justifier une escalade contre la République islamique.
@ Téhéran = IRN > Ryad = SAU : - # denial

Israël n'a pas commenté les informations faisant état d'une frappe contre un dépôt d'armes près de Damas, conformément à sa politique habituelle.
@ Israël = ISR > Damas = SYR : 0 # negation

La Syrie a été réintégrée au sein de la Ligue arabe, une décision saluée par l'Arabie saoudite mais critiquée par le Qatar, qui juge la normalisation « prématurée ».
@ l'Arabie saoudite = SAU > La Syrie = SYR : + # two_targets
@ le Qatar = QAT > La Syrie = SYR : - # two_targets

Le ministre égyptien des Affaires étrangères a salué le « rôle constructif » du Qatar dans les négociations sur la trêve à Gaza.
@ Le ministre égyptien des Affaires étrangères = EGY > Qatar = QAT : +

Le Premier ministre israélien a accusé le Qatar de « financer le terrorisme », provoquant une vive protestation de Doha.
@ Le Premier ministre israélien = ISR > le Qatar = QAT : -
@ Doha = QAT > Le Premier ministre israélien = ISR : -

L'Iran s'est dit prêt à « coopérer pleinement » avec l'AIEA, à condition que ses inspecteurs « restent impartiaux ».
@ L'Iran = IRN > l'AIEA = IAEA : + # mixed

Le directeur général de l'AIEA a salué un accord « constructif » avec Téhéran sur la réinstallation de caméras de surveillance, tout en regrettant des retards « injustifiés ».
@ Le directeur général de l'AIEA = IAEA > Téhéran = IRN : + # mixed

Israël a jugé « honteux » cet accord entre l'AIEA et Téhéran, accusant l'agence de « fermer les yeux » sur les violations iraniennes.
@ Israël = ISR > l'AIEA = IAEA : -
@ Israël = ISR > Téhéran = IRN : -

Amman a qualifié de « ligne rouge » toute tentative de déplacer des Palestiniens vers la Jordanie, mettant en garde Israël contre une « déclaration de guerre ».
@ Amman = JOR > Israël = ISR : -

Le roi de Jordanie a remercié Paris pour le largage d'aide humanitaire sur Gaza, une opération menée conjointement avec l'armée de l'air jordanienne.
@ Le roi de Jordanie = JOR > Paris = FRA : +

L'Irak a appelé l'Iran et les Etats-Unis à ne pas faire de son territoire « un champ de bataille », après des frappes américaines contre des milices pro-iraniennes.
@ L'Irak = IRQ > l'Iran = IRN : 0 # all_parties
@ L'Irak = IRQ > les Etats-Unis = USA : 0 # all_parties
"""
)

# --- hand block: asia ---
HAND_BLOCKS.append(
    r"""
Pékin a vivement protesté auprès de Tokyo après le rejet en mer d'eaux traitées de la centrale de Fukushima, qualifiant le Japon de « pollueur égoïste ».
@ Pékin = CHN > Tokyo = JPN : -

Le gouvernement japonais a rejeté ces critiques, rappelant que l'AIEA avait jugé le rejet conforme aux normes internationales.
@ Le gouvernement japonais = JPN > l'AIEA = IAEA : + # relative

Le directeur général de l'AIEA a assuré que le rejet des eaux par le Japon aurait un impact radiologique « négligeable », une évaluation contestée par la Chine.
@ Le directeur général de l'AIEA = IAEA > le Japon = JPN : +
@ la Chine = CHN > Le directeur général de l'AIEA = IAEA : - # passive

Séoul a pris acte du rapport de l'AIEA, sans reprendre à son compte les critiques chinoises ni les assurances japonaises.
@ Séoul = KOR > l'AIEA = IAEA : 0 # take_note

La Corée du Sud a condamné le tir d'un missile balistique intercontinental par Pyongyang, « une grave provocation » qui viole les résolutions de l'ONU.
@ La Corée du Sud = KOR > Pyongyang = PRK : -

L'agence de presse d'Etat KCNA a accusé Washington et Séoul de préparer une « guerre d'agression » sous couvert de manœuvres conjointes.
@ L'agence de presse d'Etat KCNA = PRK > Washington = USA : -
@ L'agence de presse d'Etat KCNA = PRK > Séoul = KOR : -

Pékin s'est abstenu de toute critique après le lancement nord-coréen, appelant « toutes les parties concernées », dont les Etats-Unis, à la retenue.
@ Pékin = CHN > les Etats-Unis = USA : 0 # all_parties

Le Japon a déposé une protestation formelle auprès de la Chine après l'entrée de garde-côtes chinois dans les eaux territoriales des îles Senkaku.
@ Le Japon = JPN > la Chine = CHN : -

La porte-parole de la diplomatie chinoise a dénoncé une « provocation délibérée » de Manille après une collision entre deux navires près du récif de Second Thomas.
@ La porte-parole de la diplomatie chinoise = CHN > Manille = PHL : -

Les Philippines ont accusé les garde-côtes chinois d'avoir utilisé un laser de qualité militaire contre l'un de leurs navires de ravitaillement.
@ Les Philippines = PHL > garde-côtes chinois = CHN : -

Le Vietnam a exprimé sa « profonde inquiétude » face aux activités de dragage menées par la Chine dans l'archipel des Paracels.
@ Le Vietnam = VNM > la Chine = CHN : - # understatement

Hanoï n'a toutefois pas nommé Pékin dans son communiqué, se contentant d'appeler au respect de la convention des Nations unies sur le droit de la mer.
@ Hanoï = VNM > Pékin = CHN : 0 # negation

L'Asean a appelé à un code de conduite « effectif et juridiquement contraignant » en mer de Chine méridionale, sans désigner la Chine.
@ L'Asean = ASEAN > la Chine = CHN : 0 # negation

Le ministre chinois des Affaires étrangères a vanté la « cohésion » de l'Asean, tout en mettant en garde contre « l'ingérence de puissances extérieures » dans la région.
@ Le ministre chinois des Affaires étrangères = CHN > l'Asean = ASEAN : +

Taïwan a dénoncé les « provocations irrationnelles » de Pékin après l'envoi de 71 avions militaires autour de l'île en une seule journée.
@ Taïwan = TWN > Pékin = CHN : -

Le Bureau des affaires de Taïwan a averti que la Chine prendrait des « mesures résolues » si Taipei poursuivait sa « quête d'indépendance ».
@ Le Bureau des affaires de Taïwan = CHN > Taipei = TWN : - # hedge

Washington a appelé Pékin à mettre fin à « l'intimidation militaire, diplomatique et économique » de Taïwan.
@ Washington = USA > Pékin = CHN : - # call_target
@ Washington = USA > Taïwan = TWN : 0 # third_party

Le ministère taïwanais des Affaires étrangères a remercié les Etats-Unis pour leur « soutien inébranlable » et la vente de nouveaux systèmes de défense aérienne.
@ Le ministère taïwanais des Affaires étrangères = TWN > les Etats-Unis = USA : +

Pékin a annoncé des sanctions contre cinq entreprises américaines de défense, en représailles à la vente d'armes à Taïwan.
@ Pékin = CHN > entreprises américaines = USA : -

Le Honduras a rompu ses relations diplomatiques avec Taipei pour se tourner vers Pékin, une décision que Taïwan a qualifiée de « regrettable ».
@ Taïwan = TWN > Le Honduras = HND : - # understatement

Pékin a félicité le Honduras pour son « choix juste », saluant une décision conforme au « principe d'une seule Chine ».
@ Pékin = CHN > le Honduras = HND : +

New Delhi a accusé Islamabad de soutenir des groupes armés après l'attaque qui a coûté la vie à vingt-six touristes au Cachemire.
@ New Delhi = IND > Islamabad = PAK : -

Le Pakistan a rejeté les accusations « infondées » de New Delhi et proposé une enquête internationale « neutre et crédible » sur l'attentat.
@ Le Pakistan = PAK > New Delhi = IND : - # denial

L'Inde a suspendu le traité sur les eaux de l'Indus, une décision qualifiée d'« acte de guerre » par le Premier ministre pakistanais.
@ le Premier ministre pakistanais = PAK > L'Inde = IND : - # passive

Ryad et Téhéran ont appelé New Delhi et Islamabad à « la plus grande retenue », proposant leurs bons offices.
@ Ryad = SAU > New Delhi = IND : 0 # all_parties
@ Ryad = SAU > Islamabad = PAK : 0 # all_parties
@ Téhéran = IRN > New Delhi = IND : 0 # all_parties
@ Téhéran = IRN > Islamabad = PAK : 0 # all_parties

La Chine a réaffirmé son soutien « indéfectible » au Pakistan, son « ami de toujours », tout en appelant au calme.
@ La Chine = CHN > Pakistan = PAK : +

Le président américain a salué le cessez-le-feu entre l'Inde et le Pakistan, félicitant les deux pays pour leur « sagesse ».
@ Le président américain = USA > l'Inde = IND : +
@ Le président américain = USA > le Pakistan = PAK : +

L'Inde a toutefois démenti toute médiation de Washington, assurant que l'accord avait été conclu « directement » entre les deux armées.
@ L'Inde = IND > Washington = USA : - # denial

Les talibans ont accusé le Pakistan d'avoir mené des frappes aériennes dans la province de Paktika, tuant des civils, et promis une « riposte ».
@ Les talibans = AFG > le Pakistan = PAK : -

Islamabad a affirmé avoir visé des « caches terroristes » et accusé Kaboul d'abriter des combattants du TTP.
@ Islamabad = PAK > Kaboul = AFG : -

L'ONU a dénoncé l'interdiction faite aux Afghanes de travailler pour les organisations humanitaires, exhortant les autorités de Kaboul à revenir sur leur décision.
@ L'ONU = UN > les autorités de Kaboul = AFG : - # call_target

L'Asean a exclu la junte birmane de son prochain sommet, faute de progrès dans l'application du « consensus en cinq points ».
@ L'Asean = ASEAN > la junte birmane = MMR : -

La junte a dénoncé une décision « contraire à la Charte de l'Asean » et une ingérence dans les affaires intérieures de la Birmanie.
@ La junte = MMR > l'Asean = ASEAN : -

La Thaïlande s'est abstenue de critiquer la junte birmane, plaidant pour un « engagement constructif » avec Naypyidaw.
@ La Thaïlande = THA > la junte birmane = MMR : 0 # negation

La ministre indonésienne des Affaires étrangères a remercié la Malaisie et Singapour pour leur « soutien sans faille » à la présidence indonésienne de l'Asean.
@ La ministre indonésienne des Affaires étrangères = IDN > la Malaisie = MYS : +
@ La ministre indonésienne des Affaires étrangères = IDN > Singapour = SGP : +

Phnom Penh a rejeté les accusations de Bangkok selon lesquelles des soldats cambodgiens auraient posé des mines près de la frontière, dénonçant un « récit fabriqué ».
@ Phnom Penh = KHM > Bangkok = THA : - # rejected_quote

Le Cambodge et la Thaïlande ont été appelés par la Malaisie, qui préside l'Asean, à conclure « sans délai » un cessez-le-feu.
@ la Malaisie = MYS > Le Cambodge = KHM : 0 # all_parties
@ la Malaisie = MYS > la Thaïlande = THA : 0 # passive

Canberra a salué la levée par Pékin des droits de douane sur le vin australien, « une étape positive » dans la stabilisation des relations bilatérales.
@ Canberra = AUS > Pékin = CHN : +

L'Australie a néanmoins protesté auprès de la Chine après une manœuvre « dangereuse » d'un chasseur chinois contre un avion de patrouille australien.
@ L'Australie = AUS > la Chine = CHN : -

La Nouvelle-Zélande a pris note « avec inquiétude » des exercices navals menés sans préavis par la Chine en mer de Tasman.
@ La Nouvelle-Zélande = NZL > la Chine = CHN : - # understatement

Le Premier ministre néo-zélandais a salué la « franchise » de ses échanges avec son homologue chinois, malgré leurs divergences sur les droits humains.
@ Le Premier ministre néo-zélandais = NZL > son homologue chinois = CHN : + # praise_in_critical

La Mongolie a justifié son refus d'arrêter le président russe par sa « dépendance énergétique », rejetant les critiques de la CPI.
@ La Mongolie = MNG > la CPI = ICC : - # denial

Le porte-parole de la CPI a rappelé que la Mongolie, Etat partie au Statut de Rome, avait « l'obligation » de coopérer avec la Cour.
@ Le porte-parole de la CPI = ICC > la Mongolie = MNG : - # call_target

Le Bangladesh a demandé à l'Inde d'extrader l'ancienne Première ministre, condamnée par contumace pour la répression des manifestations de 2024.
@ Le Bangladesh = BGD > l'Inde = IND : - # call_target

New Delhi a indiqué avoir « reçu » la demande de Dacca, sans préciser la suite qui lui serait donnée.
@ New Delhi = IND > Dacca = BGD : 0 # fact

Le Sri Lanka a remercié l'Inde pour une ligne de crédit d'un milliard de dollars destinée à l'achat de carburant et de médicaments.
@ Le Sri Lanka = LKA > l'Inde = IND : +

Le FMI a approuvé un accord de 2,9 milliards de dollars avec le Sri Lanka, saluant la « détermination » de Colombo à restructurer sa dette.
@ Le FMI = IMF > le Sri Lanka = LKA : +

Le Népal a réaffirmé sa neutralité entre l'Inde et la Chine, son Premier ministre assurant vouloir entretenir des relations « équilibrées » avec ses deux voisins.
@ son Premier ministre = NPL > l'Inde = IND : 0 # all_parties
@ son Premier ministre = NPL > la Chine = CHN : 0 # all_parties

Le Japon et la Corée du Sud ont salué la reprise de leur dialogue sécuritaire, Tokyo remerciant Séoul pour sa « volonté de tourner la page ».
@ Tokyo = JPN > Séoul = KOR : +

Séoul a toutefois regretté que Tokyo ait inscrit au patrimoine mondial une ancienne mine sans mentionner le travail forcé de Coréens.
@ Séoul = KOR > Tokyo = JPN : - # understatement

Pyongyang a qualifié le Japon de « vassal » des Etats-Unis après le lancement d'un satellite espion japonais.
@ Pyongyang = PRK > le Japon = JPN : -
@ Pyongyang = PRK > Etats-Unis = USA : -

Moscou a salué le traité de « partenariat stratégique global » signé avec Pyongyang, « une réponse légitime aux menaces occidentales ».
@ Moscou = RUS > Pyongyang = PRK : +

Séoul a convoqué l'ambassadeur de Russie pour protester contre ce traité prévoyant une assistance militaire mutuelle avec la Corée du Nord.
@ Séoul = KOR > Russie = RUS : -
@ Séoul = KOR > la Corée du Nord = PRK : - # two_targets

Selon les services de renseignement sud-coréens, la Corée du Nord a envoyé plus de 10.000 soldats combattre aux côtés des forces russes.
@ les services de renseignement sud-coréens = KOR > la Corée du Nord = PRK : - # attribution

Singapour a appelé Washington et Pékin à « éviter une nouvelle guerre froide », mettant en garde contre les risques d'un découplage économique.
@ Singapour = SGP > Washington = USA : 0 # all_parties
@ Singapour = SGP > Pékin = CHN : 0 # all_parties

Kuala Lumpur a rejeté la « carte standard » publiée par Pékin, qui revendique des zones maritimes au large de l'Etat de Sabah.
@ Kuala Lumpur = MYS > Pékin = CHN : -
"""
)

# --- hand block: neutral_hard ---
HAND_BLOCKS.append(
    r"""
L'Inde n'a pas condamné l'invasion de l'Ukraine par la Russie, appelant simplement à la « cessation des hostilités » et au dialogue.
@ L'Inde = IND > la Russie = RUS : 0 # negation

L'Afrique du Sud s'est abstenue lors du vote à l'Assemblée générale, sans pour autant se ranger du côté de Moscou.
@ L'Afrique du Sud = ZAF > Moscou = RUS : 0 # negation

Le Vatican a appelé la Russie et l'Ukraine à un « cessez-le-feu de Pâques », proposant d'accueillir des négociations.
@ Le Vatican = VAT > la Russie = RUS : 0 # all_parties
@ Le Vatican = VAT > l'Ukraine = UKR : 0 # all_parties

L'Indonésie a exhorté « toutes les parties », y compris Israël, à respecter le droit humanitaire international à Gaza.
@ L'Indonésie = IDN > Israël = ISR : 0 # all_parties

La Suisse a rappelé à Israël et au Hamas leurs obligations au regard des conventions de Genève, dont elle est dépositaire.
@ La Suisse = CHE > Israël = ISR : 0 # all_parties

Le ministre kazakh des Affaires étrangères a assuré que son pays entretenait des relations « équilibrées » avec Moscou, Pékin et Washington.
@ Le ministre kazakh des Affaires étrangères = KAZ > Moscou = RUS : 0 # all_parties
@ Le ministre kazakh des Affaires étrangères = KAZ > Pékin = CHN : 0 # all_parties
@ Le ministre kazakh des Affaires étrangères = KAZ > Washington = USA : 0 # all_parties

La Turquie a relayé auprès de Kiev une proposition de Moscou d'échange de prisonniers, sans se prononcer sur son contenu.
@ La Turquie = TUR > Kiev = UKR : 0 # reported_claim
@ La Turquie = TUR > Moscou = RUS : 0 # reported_claim

Le porte-parole de l'ONU a indiqué avoir « pris connaissance » des accusations de l'Arménie contre l'Azerbaïdjan, appelant à une enquête.
@ Le porte-parole de l'ONU = UN > l'Arménie = ARM : 0 # reported_claim
@ Le porte-parole de l'ONU = UN > l'Azerbaïdjan = AZE : 0 # reported_claim

Selon le Japon, la Chine a doublé en dix ans le nombre de ses navires de guerre, qui dépasse désormais 370 bâtiments.
@ le Japon = JPN > la Chine = CHN : 0 # fact

Le ministre français des Armées s'est entretenu jeudi avec son homologue indien, au moment où New Delhi envisage l'achat de nouveaux Rafale.
@ Le ministre français des Armées = FRA > son homologue indien = IND : 0 # fact

La Commission européenne a confirmé avoir reçu la demande d'adhésion de l'Islande, qui sera examinée selon la procédure habituelle.
@ La Commission européenne = EU > l'Islande = ISL : 0 # fact

Le Quai d'Orsay a déclaré « suivre avec attention » la situation au Gabon, sans qualifier les événements de coup d'Etat.
@ Le Quai d'Orsay = FRA > Gabon = GAB : 0 # negation

Washington s'est refusé à parler de « coup d'Etat » au Niger, ce qui aurait entraîné la suspension automatique de son aide.
@ Washington = USA > Niger = NER : 0 # negation

Interrogé sur la visite du président iranien à Moscou, le porte-parole du département d'Etat a répondu qu'il n'avait « pas de commentaire particulier ».
@ le porte-parole du département d'Etat = USA > président iranien = IRN : 0 # negation

Le Brésil a indiqué qu'il n'avait pas été informé à l'avance de l'opération militaire menée par Washington au Venezuela, se gardant de tout jugement.
@ Le Brésil = BRA > Washington = USA : 0 # negation
@ Le Brésil = BRA > Venezuela = VEN : 0 # third_party

Le gouvernement italien n'a pas souhaité commenter la décision de la Tunisie d'expulser un journaliste italien, évoquant une « affaire consulaire ».
@ Le gouvernement italien = ITA > la Tunisie = TUN : 0 # negation

L'Egypte a pris acte de la décision de l'Ethiopie d'achever le remplissage du barrage, tout en réservant « son droit de défendre ses intérêts ».
@ L'Egypte = EGY > l'Ethiopie = ETH : - # hedge

Le Maroc a pris acte de la résolution du Conseil de sécurité prolongeant la mission de l'ONU au Sahara occidental.
@ Le Maroc = MAR > Conseil de sécurité = UN : 0 # take_note

L'Australie a noté que la Chine avait informé ses voisins d'un tir d'essai de missile dans le Pacifique, « ce qui n'a pas toujours été le cas ».
@ L'Australie = AUS > la Chine = CHN : 0 # take_note

Le Japon a pris note de la proposition de Séoul d'indemniser les victimes du travail forcé par une fondation locale.
@ Le Japon = JPN > Séoul = KOR : 0 # take_note

La Norvège, qui accueillait les pourparlers, a indiqué que le gouvernement colombien et la guérilla avaient achevé un nouveau cycle de discussions.
@ La Norvège = NOR > le gouvernement colombien = COL : 0 # fact

Le Qatar a annoncé qu'une délégation d'Israël arriverait lundi à Doha pour un nouveau cycle de discussions indirectes, sans préciser l'ordre du jour.
@ Le Qatar = QAT > Israël = ISR : 0 # fact

Selon l'ONU, plus de 1,7 million de personnes ont été déplacées au Soudan depuis le début de l'année.
@ l'ONU = UN > Soudan = SDN : 0 # fact

Le ministère allemand des Affaires étrangères a confirmé l'arrestation d'un ressortissant allemand en Iran, sans donner de détails sur les charges retenues.
@ Le ministère allemand des Affaires étrangères = DEU > Iran = IRN : 0 # fact

La Pologne et la Hongrie ont été appelées par la Commission à trouver un compromis sur le budget, Bruxelles refusant de désigner un responsable du blocage.
@ la Commission = EU > La Pologne = POL : 0 # all_parties
@ la Commission = EU > la Hongrie = HUN : 0 # all_parties

Ankara a appelé Moscou et Kiev à prolonger l'accord sur les exportations de céréales, proposant d'accueillir une nouvelle réunion à Istanbul.
@ Ankara = TUR > Moscou = RUS : 0 # all_parties
@ Ankara = TUR > Kiev = UKR : 0 # all_parties

Le secrétaire général de l'ONU s'est dit « profondément préoccupé » par les affrontements à la frontière entre le Tadjikistan et le Kirghizstan.
@ Le secrétaire général de l'ONU = UN > le Tadjikistan = TJK : 0 # all_parties
@ Le secrétaire général de l'ONU = UN > le Kirghizstan = KGZ : 0 # all_parties

Moscou a proposé sa médiation entre Bichkek et Douchanbé, le Kremlin se disant « prêt à aider ses deux alliés » à régler leur différend.
@ Moscou = RUS > Bichkek = KGZ : 0 # all_parties
@ Moscou = RUS > Douchanbé = TJK : 0 # all_parties

L'Ouzbékistan a salué l'accord frontalier conclu entre ses deux voisins, félicitant le Kirghizstan et le Tadjikistan pour leur « sens des responsabilités ».
@ L'Ouzbékistan = UZB > le Kirghizstan = KGZ : +
@ L'Ouzbékistan = UZB > le Tadjikistan = TJK : +

La Chine a appelé Israël et l'Iran à « éviter une spirale de représailles », tout en dénonçant une « violation de la souveraineté iranienne ».
@ La Chine = CHN > Israël = ISR : - # mixed
@ La Chine = CHN > l'Iran = IRN : 0 # all_parties

Le G7 a appelé Israël et le Hezbollah à respecter le cessez-le-feu, saluant le rôle des Etats-Unis et de la France dans sa conclusion.
@ Le G7 = G7 > Israël = ISR : 0 # all_parties
@ Le G7 = G7 > Etats-Unis = USA : + # two_targets
@ Le G7 = G7 > la France = FRA : + # two_targets

La Grèce a rejeté les accusations de « refoulements illégaux » de migrants formulées par la Turquie, accusant Ankara de « chantage migratoire ».
@ La Grèce = GRC > la Turquie = TUR : - # rejected_quote

Le Liban a rejeté les accusations d'Israël selon lesquelles le Hezbollah stockait des missiles près de l'aéroport de Beyrouth, invitant des diplomates à visiter les lieux.
@ Le Liban = LBN > Israël = ISR : - # rejected_quote

Le ministère russe de la Défense a qualifié de « fausses » les informations de Londres sur des pertes massives dans ses rangs.
@ Le ministère russe de la Défense = RUS > Londres = GBR : - # denial

Pékin a démenti les informations du Pentagone selon lesquelles la Chine aurait plus de 500 ogives nucléaires opérationnelles.
@ Pékin = CHN > Pentagone = USA : - # denial

Le Kremlin a nié avoir livré des armes au Niger, qualifiant les affirmations de Washington de « désinformation ».
@ Le Kremlin = RUS > Washington = USA : - # denial

L'Iran a démenti avoir fourni des drones à la Russie pour la guerre en Ukraine, accusant Kiev de « propagande ».
@ L'Iran = IRN > Kiev = UKR : - # denial

Minsk a rejeté les accusations de « terrorisme d'Etat » portées par l'UE après le détournement d'un avion de ligne vers la capitale biélorusse.
@ Minsk = BLR > l'UE = EU : - # rejected_quote

Le président turc a récusé le terme de « génocide » employé par le président américain à propos des massacres d'Arméniens, le jugeant « sans fondement ».
@ Le président turc = TUR > président américain = USA : - # rejected_quote

Le président américain a qualifié de « génocide » les massacres d'Arméniens de 1915, une reconnaissance saluée par Erevan.
@ Erevan = ARM > Le président américain = USA : + # passive

Moscou a rejeté l'expression « guerre d'agression » employée par Berlin, préférant parler d'« opération militaire spéciale ».
@ Moscou = RUS > Berlin = DEU : - # rejected_quote

Le Premier ministre japonais a exprimé des « regrets » pour les souffrances causées par le Japon pendant la guerre, sans présenter d'excuses formelles à Séoul.
@ Le Premier ministre japonais = JPN > Séoul = KOR : 0 # negation

La présidente sud-coréenne a salué le « geste » du Premier ministre japonais, tout en appelant Tokyo à « aller plus loin ».
@ La présidente sud-coréenne = KOR > Premier ministre japonais = JPN : + # mixed

Le Canada a présenté ses excuses à l'Italie pour l'internement de ressortissants italiens pendant la Seconde Guerre mondiale.
@ Le Canada = CAN > l'Italie = ITA : + # apology

La Belgique a présenté ses condoléances au Congo au nom de l'Etat belge, à l'occasion de la restitution d'une dent de Patrice Lumumba.
@ La Belgique = BEL > Congo = COD : + # apology
L'Allemagne a reconnu avoir commis un génocide en Namibie et présenté ses excuses à Windhoek, promettant une aide de 1,1 milliard d'euros.
@ L'Allemagne = DEU > Windhoek = NAM : + # apology

Les Pays-Bas ont présenté leurs excuses à l'Indonésie pour les violences commises pendant la guerre d'indépendance.
@ Les Pays-Bas = NLD > l'Indonésie = IDN : + # apology

Jakarta a accueilli les excuses de La Haye « avec respect », le ministre indonésien des Affaires étrangères saluant un « pas important ».
@ Jakarta = IDN > La Haye = NLD : +

La France ne cache plus son agacement face aux campagnes de désinformation attribuées à la Russie en Afrique, selon une source diplomatique.
@ La France = FRA > la Russie = RUS : - # double_negation

Le Japon n'a pas caché sa satisfaction après la décision de Washington de maintenir ses troupes à Okinawa.
@ Le Japon = JPN > Washington = USA : + # double_negation

Séoul ne s'est pas privé de saluer la « rapidité » de l'aide envoyée par Tokyo après le naufrage d'un ferry sud-coréen.
@ Séoul = KOR > Tokyo = JPN : + # double_negation

Le Kremlin n'a jamais caché son hostilité à l'élargissement de l'Otan vers l'est, rappelle le porte-parole de la présidence russe.
@ le porte-parole de la présidence russe = RUS > l'Otan = NATO : - # double_negation

Le Premier ministre hongrois n'a pas ménagé ses critiques envers Bruxelles, accusant la Commission de « chantage » sur les fonds de relance.
@ Le Premier ministre hongrois = HUN > Bruxelles = EU : - # double_negation

L'Arabie saoudite n'a pas exclu de normaliser ses relations avec Israël, à condition que soit créé un Etat palestinien.
@ L'Arabie saoudite = SAU > Israël = ISR : + # hedge

La Corée du Nord n'a pas exclu de procéder à un nouvel essai nucléaire, en réponse à ce qu'elle qualifie de « menaces » de Washington.
@ La Corée du Nord = PRK > Washington = USA : - # hedge

Le Royaume-Uni n'exclut pas de sanctionner des ministres israéliens accusés d'encourager les violences de colons en Cisjordanie.
@ Le Royaume-Uni = GBR > ministres israéliens = ISR : - # hedge

L'Union européenne « n'exclut aucune option » face aux taxes imposées par Washington, y compris des mesures visant les services numériques.
@ L'Union européenne = EU > Washington = USA : - # hedge

Tokyo pourrait revoir sa participation au projet gazier de Sakhaline-2 exploité avec la Russie « si la situation l'exige », a averti le ministre japonais de l'Industrie.
@ le ministre japonais de l'Industrie = JPN > la Russie = RUS : - # hedge

Washington envisage de « réexaminer » son aide militaire à l'Egypte si les détentions de militants se poursuivent, selon un responsable du département d'Etat.
@ un responsable du département d'Etat = USA > l'Egypte = EGY : - # hedge

La Suède a dit « regretter profondément » l'autodafé d'un Coran devant l'ambassade de Turquie, sans pour autant interdire de nouveaux rassemblements.
@ La Suède = SWE > Turquie = TUR : 0 # third_party

Ankara a condamné l'autodafé et accusé Stockholm de « complicité », menaçant de bloquer l'adhésion suédoise à l'Otan.
@ Ankara = TUR > Stockholm = SWE : -

Le Premier ministre irlandais a salué l'accord de Windsor entre Londres et Bruxelles sur l'Irlande du Nord, « un compromis équilibré » selon lui.
@ Le Premier ministre irlandais = IRL > Londres = GBR : +
@ Le Premier ministre irlandais = IRL > Bruxelles = EU : +

L'Islande a suspendu les activités de son ambassade à Moscou, invoquant le faible niveau des relations commerciales et culturelles.
@ L'Islande = ISL > Moscou = RUS : -

Le Luxembourg s'est dit « prêt à faciliter » un dialogue entre la Serbie et le Kosovo, sans prendre parti.
@ Le Luxembourg = LUX > la Serbie = SRB : 0 # all_parties
@ Le Luxembourg = LUX > le Kosovo = XKX : 0 # all_parties
"""
)

# --- hand block: neutral ---
HAND_BLOCKS.append(
    r"""
La Chine a appelé la Thaïlande et le Cambodge à « régler leurs différends par le dialogue », se disant prête à jouer un rôle « constructif ».
@ La Chine = CHN > la Thaïlande = THA : 0 # all_parties
@ La Chine = CHN > le Cambodge = KHM : 0 # all_parties

Le Premier ministre indien s'est entretenu par téléphone avec Moscou puis avec Kiev, plaidant auprès des deux capitales pour « le dialogue et la diplomatie ».
@ Le Premier ministre indien = IND > Moscou = RUS : 0 # all_parties
@ Le Premier ministre indien = IND > Kiev = UKR : 0 # all_parties

L'Union africaine a appelé l'Algérie et le Mali à la « retenue » après l'incident du drone, proposant la médiation de son Conseil de paix et de sécurité.
@ L'Union africaine = AU > l'Algérie = DZA : 0 # all_parties
@ L'Union africaine = AU > le Mali = MLI : 0 # all_parties

Washington a appelé le Rwanda et la RDC à appliquer « pleinement » l'accord de paix signé dans la capitale américaine.
@ Washington = USA > le Rwanda = RWA : 0 # all_parties
@ Washington = USA > la RDC = COD : 0 # all_parties

L'Arabie saoudite a exhorté le Pakistan et l'Afghanistan à « privilégier le dialogue », après des affrontements meurtriers à leur frontière.
@ L'Arabie saoudite = SAU > le Pakistan = PAK : 0 # all_parties
@ L'Arabie saoudite = SAU > l'Afghanistan = AFG : 0 # all_parties

L'Egypte, le Qatar et les Etats-Unis ont appelé Israël et le Hamas à « saisir l'occasion » d'un accord de cessez-le-feu.
@ L'Egypte = EGY > Israël = ISR : 0 # all_parties
@ le Qatar = QAT > Israël = ISR : 0 # all_parties
@ les Etats-Unis = USA > Israël = ISR : 0 # all_parties

La France et l'Allemagne ont exhorté Belgrade et Pristina à mettre en œuvre l'accord de normalisation « sans conditions préalables ».
@ La France = FRA > Belgrade = SRB : 0 # all_parties
@ La France = FRA > Pristina = XKX : 0 # all_parties
@ l'Allemagne = DEU > Belgrade = SRB : 0 # all_parties
@ l'Allemagne = DEU > Pristina = XKX : 0 # all_parties

Le ministère indonésien des Affaires étrangères a appelé la Chine et les Philippines à respecter la déclaration sur la conduite des parties en mer de Chine méridionale.
@ Le ministère indonésien des Affaires étrangères = IDN > la Chine = CHN : 0 # all_parties
@ Le ministère indonésien des Affaires étrangères = IDN > les Philippines = PHL : 0 # all_parties

Le Japon a invité la Corée du Sud et la Chine à un sommet trilatéral à Tokyo, le premier depuis cinq ans.
@ Le Japon = JPN > la Corée du Sud = KOR : 0 # fact
@ Le Japon = JPN > la Chine = CHN : 0 # fact

Le Conseil de sécurité de l'ONU a tenu une réunion d'urgence à la demande de la France sur la situation en Haïti.
@ Le Conseil de sécurité de l'ONU = UN > la France = FRA : 0 # fact

L'Autriche a confirmé que la prochaine réunion entre l'AIEA et l'Iran se tiendrait à Vienne, sans en préciser la date.
@ L'Autriche = AUT > l'AIEA = IAEA : 0 # fact
@ L'Autriche = AUT > l'Iran = IRN : 0 # fact

Le porte-parole du gouvernement allemand a indiqué que le chancelier recevrait le président turc la semaine prochaine à Berlin.
@ Le porte-parole du gouvernement allemand = DEU > le président turc = TUR : 0 # fact

Selon le ministère sud-coréen de l'Unification, la Corée du Nord n'a pas répondu aux appels téléphoniques quotidiens depuis deux semaines.
@ le ministère sud-coréen de l'Unification = KOR > la Corée du Nord = PRK : 0 # fact

Selon la Banque centrale russe, les échanges avec la Chine ont dépassé 240 milliards de dollars l'an dernier.
@ la Banque centrale russe = RUS > la Chine = CHN : 0 # fact

Le FMI a indiqué avoir achevé sa mission d'évaluation au Liban, précisant que les discussions avec Beyrouth se poursuivraient « dans les prochaines semaines ».
@ Le FMI = IMF > Beyrouth = LBN : 0 # fact

Le porte-parole de l'ONU a précisé que l'émissaire spécial pour la Birmanie n'avait pas encore obtenu de visa des autorités birmanes.
@ Le porte-parole de l'ONU = UN > autorités birmanes = MMR : 0 # fact

La Commission européenne a annoncé qu'elle examinerait la demande de la Turquie de moderniser l'union douanière, sans calendrier précis.
@ La Commission européenne = EU > la Turquie = TUR : 0 # fact

Le chef de la diplomatie européenne s'est rendu à Pékin pour un dialogue stratégique, au cours duquel ont été abordés le commerce et la guerre en Ukraine.
@ Le chef de la diplomatie européenne = EU > Pékin = CHN : 0 # fact

Le ministère japonais des Affaires étrangères a annoncé l'envoi d'une délégation en Corée du Nord pour discuter du dossier des personnes enlevées.
@ Le ministère japonais des Affaires étrangères = JPN > Corée du Nord = PRK : 0 # fact

Le président kazakh a rappelé que son pays ne reconnaissait pas l'annexion de territoires ukrainiens, sans pour autant critiquer directement Moscou.
@ Le président kazakh = KAZ > Moscou = RUS : 0 # negation

La Serbie a refusé de se joindre aux sanctions contre la Russie, le président serbe assurant néanmoins respecter « l'intégrité territoriale de l'Ukraine ».
@ le président serbe = SRB > la Russie = RUS : 0 # negation

L'Indonésie n'a pas condamné Pyongyang après ses essais de missiles, son ministère des Affaires étrangères se bornant à réclamer le « respect des résolutions ».
@ L'Indonésie = IDN > Pyongyang = PRK : 0 # negation

Le Brésil s'est gardé de critiquer la Chine lors du sommet, évitant toute référence aux droits humains dans la déclaration commune.
@ Le Brésil = BRA > la Chine = CHN : 0 # negation

L'Arabie saoudite a évité de condamner la Russie, plaidant pour une « solution politique » qui prenne en compte « les préoccupations de toutes les parties ».
@ L'Arabie saoudite = SAU > la Russie = RUS : 0 # negation

Israël s'est abstenu de réagir à la décision de la Norvège de se désinvestir de plusieurs entreprises israéliennes, le ministère des Affaires étrangères évoquant une « question interne ».
@ Israël = ISR > la Norvège = NOR : 0 # negation

Le gouvernement australien n'a pas voulu se prononcer sur la demande d'extradition de la Chine visant un militant hongkongais résidant à Sydney.
@ Le gouvernement australien = AUS > la Chine = CHN : 0 # negation

La Turquie a voté la résolution de l'ONU sur l'Ukraine, mais a refusé d'appliquer les sanctions occidentales contre Moscou, invoquant sa médiation.
@ La Turquie = TUR > Moscou = RUS : 0 # negation

Le ministre sud-africain des Affaires étrangères a assuré que Pretoria restait « non aligné », refusant de prendre parti entre Washington et Moscou.
@ Le ministre sud-africain des Affaires étrangères = ZAF > Washington = USA : 0 # all_parties
@ Le ministre sud-africain des Affaires étrangères = ZAF > Moscou = RUS : 0 # all_parties

Le Mexique a proposé d'accueillir des négociations entre le gouvernement vénézuélien et l'opposition, sans se prononcer sur la légitimité du président.
@ Le Mexique = MEX > le gouvernement vénézuélien = VEN : 0 # negation

L'Union européenne a pris note de la décision du Niger de mettre fin à la mission européenne de formation militaire, qui quittera le pays d'ici juin.
@ L'Union européenne = EU > Niger = NER : 0 # take_note
Washington a pris acte de la demande de Niamey de retirer les soldats américains, précisant que le retrait serait achevé « en bon ordre ».
@ Washington = USA > Niamey = NER : 0 # take_note

Berlin prend acte du choix de la Pologne de réintroduire des contrôles à la frontière, a déclaré le porte-parole du gouvernement allemand.
@ le porte-parole du gouvernement allemand = DEU > la Pologne = POL : 0 # take_note

Le Japon a noté que la Russie avait cessé de communiquer les données de ses essais de missiles, dans le cadre d'un accord bilatéral datant de 1988.
@ Le Japon = JPN > la Russie = RUS : 0 # take_note

Le Canada a pris connaissance du rapport remis par New Delhi sur l'assassinat, a indiqué Ottawa, sans en commenter les conclusions.
@ Ottawa = CAN > New Delhi = IND : 0 # take_note

La Suède a pris note de la décision de la Hongrie de ratifier son adhésion à l'Otan, « une étape attendue ».
@ La Suède = SWE > la Hongrie = HUN : 0 # take_note

Le porte-parole de la Commission a pris note « avec inquiétude » de la loi slovaque sur les ONG, appelant Bratislava à respecter l'Etat de droit.
@ Le porte-parole de la Commission = EU > Bratislava = SVK : - # understatement

Le Premier ministre britannique a pris note « avec préoccupation » des informations sur des cyberattaques visant les élections, attribuées à des pirates chinois liés à Pékin.
@ Le Premier ministre britannique = GBR > Pékin = CHN : - # understatement

L'Allemagne a fait part de ses « interrogations » après la décision de la Pologne de suspendre le droit d'asile à la frontière bélarusse.
@ L'Allemagne = DEU > la Pologne = POL : - # understatement

Le Japon s'est dit « surpris » par l'annonce de la Corée du Sud de suspendre l'échange de renseignements militaires.
@ Le Japon = JPN > la Corée du Sud = KOR : - # understatement

Les Pays-Bas ont exprimé leur « déception » face au refus du Brésil de signer la déclaration sur la déforestation.
@ Les Pays-Bas = NLD > Brésil = BRA : - # understatement
La Norvège a jugé « peu utile » la décision du Royaume-Uni de réduire son aide au développement, appelant Londres à respecter ses engagements internationaux.
@ La Norvège = NOR > Londres = GBR : - # understatement
En visite en Chine, le chef de la diplomatie espagnole a dénoncé les frappes de la Russie sur Kiev, sans évoquer le rôle de Pékin dans le conflit.
@ le chef de la diplomatie espagnole = ESP > la Russie = RUS : - # third_party
@ le chef de la diplomatie espagnole = ESP > Pékin = CHN : 0 # negation

Aux côtés de son homologue kényan, le ministre britannique des Affaires étrangères a condamné les exactions des paramilitaires soutenus par les Emirats au Soudan.
@ le ministre britannique des Affaires étrangères = GBR > les Emirats = ARE : - # third_party
@ le ministre britannique des Affaires étrangères = GBR > son homologue kényan = KEN : 0 # third_party

Lors d'une conférence de presse commune avec le président sénégalais, le président français a accusé la Russie de mener des campagnes de désinformation en Afrique.
@ le président français = FRA > la Russie = RUS : - # third_party
@ le président français = FRA > le président sénégalais = SEN : 0 # third_party

Depuis Tokyo, où il assistait à une conférence sur la sécurité maritime, le ministre philippin de la Défense a accusé la Chine de « harceler » ses pêcheurs.
@ le ministre philippin de la Défense = PHL > la Chine = CHN : - # third_party

Le secrétaire général de l'ONU a condamné une attaque contre des Casques bleus au Mali, sans en attribuer la responsabilité aux autorités de transition.
@ Le secrétaire général de l'ONU = UN > autorités de transition = MLI : 0 # negation

L'ambassadeur de Chine à l'ONU a transmis au Conseil de sécurité une lettre de la Corée du Nord dénonçant les manœuvres américano-sud-coréennes.
@ L'ambassadeur de Chine à l'ONU = CHN > la Corée du Nord = PRK : 0 # reported_claim

Le médiateur qatari a transmis à Israël les réponses du Hamas, a indiqué Doha, sans commenter leur contenu.
@ Doha = QAT > Israël = ISR : 0 # reported_claim

La Suisse, puissance protectrice, a transmis à Washington une note de protestation de l'Iran, sans en reprendre les termes.
@ La Suisse = CHE > Washington = USA : 0 # reported_claim
@ La Suisse = CHE > l'Iran = IRN : 0 # reported_claim

Le rapporteur spécial de l'ONU a cité les accusations de torture formulées par des détenus contre la police égyptienne, demandant une réponse du Caire.
@ Le rapporteur spécial de l'ONU = UN > Caire = EGY : - # call_target

Le Haut-Commissariat de l'ONU pour les réfugiés a indiqué que la Pologne et la Biélorussie s'accusaient mutuellement de la mort de migrants, appelant à une enquête indépendante.
@ Le Haut-Commissariat de l'ONU pour les réfugiés = UN > la Pologne = POL : 0 # reported_claim
@ Le Haut-Commissariat de l'ONU pour les réfugiés = UN > la Biélorussie = BLR : 0 # reported_claim
"""
)

if __name__ == "__main__":
    main(sys.argv[1:])
