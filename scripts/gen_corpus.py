#!/usr/bin/env python3
"""Synthetic corpus of AFP-style French dispatches, for benchmarks (not for training or
scoring: the texts are built from the templates below, with invented speakers, quotes
and events; no sentence comes from a real article).

Each dispatch starts with a dateline ("TOKYO, 4 mars 2025 (AFP) - ") and may end with
a signature line ("bur-jp/xx"). Sentences: direct quotes in « » with no-break spaces,
indirect speech (accuser X de, appeler X à, saluer, condamner, exhorter...), "selon ...",
negations, neutral sentences and background sentences with nothing to find, dates
and numbers. Everything is deterministic for a given --seed: dispatch i is made from its
own random stream, so a smaller --docs gives a prefix of a larger corpus.

Layout under --out:
  txt/NNN/gen-SEED-NNNNNN.txt   one dispatch per file, at most 1000 files a folder
  jsonl/part-NNNN.jsonl         500 dispatches a file: id, date, lang, headline, text
  large/                        --large K: K-1 large JSONL files and (K>1) one long .txt
  bad/                          --bad: files that depeche must reject, warn about or skip
--format mix splits the dispatches between txt/ (even numbers) and jsonl/ (odd numbers).

Usage: scripts/gen_corpus.py --out DIR [--docs 2000] [--words 500] [--format txt|jsonl|mix]
                             [--large K --large-mb M [--large-txt-mb T]] [--bad] [--seed 1]
"""

import argparse
import datetime
import json
import os
import random
import sys

NBSP = "\u00a0"

# ---------------------------------------------------------------------------------------
# States and organisations.
# key: (noun phrase with its article, "en/au" phrase, capital, adjective m, adjective f,
#       name pool, two-letter office code for signatures)
STATES = {
    "CHN": ("la Chine", "en Chine", "Pékin", "chinois", "chinoise", "zh", "pek"),
    "JPN": ("le Japon", "au Japon", "Tokyo", "japonais", "japonaise", "ja", "tok"),
    "KOR": ("la Corée du Sud", "en Corée du Sud", "Séoul", "sud-coréen", "sud-coréenne", "ko", "seo"),
    "PRK": ("la Corée du Nord", "en Corée du Nord", "Pyongyang", "nord-coréen", "nord-coréenne", "ko", "seo"),
    "IND": ("l'Inde", "en Inde", "New Delhi", "indien", "indienne", "hi", "ndl"),
    "PAK": ("le Pakistan", "au Pakistan", "Islamabad", "pakistanais", "pakistanaise", "hi", "isb"),
    "RUS": ("la Russie", "en Russie", "Moscou", "russe", "russe", "ru", "mos"),
    "UKR": ("l'Ukraine", "en Ukraine", "Kiev", "ukrainien", "ukrainienne", "uk", "kv"),
    "USA": ("les Etats-Unis", "aux Etats-Unis", "Washington", "américain", "américaine", "en", "was"),
    "CAN": ("le Canada", "au Canada", "Ottawa", "canadien", "canadienne", "en", "ott"),
    "MEX": ("le Mexique", "au Mexique", "Mexico", "mexicain", "mexicaine", "es", "mex"),
    "BRA": ("le Brésil", "au Brésil", "Brasilia", "brésilien", "brésilienne", "pt", "bsb"),
    "ARG": ("l'Argentine", "en Argentine", "Buenos Aires", "argentin", "argentine", "es", "bue"),
    "VEN": ("le Venezuela", "au Venezuela", "Caracas", "vénézuélien", "vénézuélienne", "es", "car"),
    "COL": ("la Colombie", "en Colombie", "Bogota", "colombien", "colombienne", "es", "bog"),
    "CUB": ("Cuba", "à Cuba", "La Havane", "cubain", "cubaine", "es", "hav"),
    "FRA": ("la France", "en France", "Paris", "français", "française", "fr", "par"),
    "DEU": ("l'Allemagne", "en Allemagne", "Berlin", "allemand", "allemande", "de", "ber"),
    "GBR": ("le Royaume-Uni", "au Royaume-Uni", "Londres", "britannique", "britannique", "en", "lon"),
    "ITA": ("l'Italie", "en Italie", "Rome", "italien", "italienne", "it", "rom"),
    "ESP": ("l'Espagne", "en Espagne", "Madrid", "espagnol", "espagnole", "es", "mad"),
    "POL": ("la Pologne", "en Pologne", "Varsovie", "polonais", "polonaise", "ru", "var"),
    "HUN": ("la Hongrie", "en Hongrie", "Budapest", "hongrois", "hongroise", "de", "bud"),
    "TUR": ("la Turquie", "en Turquie", "Ankara", "turc", "turque", "tr", "ank"),
    "GRC": ("la Grèce", "en Grèce", "Athènes", "grec", "grecque", "el", "ath"),
    "SRB": ("la Serbie", "en Serbie", "Belgrade", "serbe", "serbe", "ru", "bel"),
    "XKX": ("le Kosovo", "au Kosovo", "Pristina", "kosovar", "kosovare", "tr", "bel"),
    "BLR": ("le Bélarus", "au Bélarus", "Minsk", "bélarusse", "bélarusse", "ru", "mos"),
    "IRN": ("l'Iran", "en Iran", "Téhéran", "iranien", "iranienne", "fa", "teh"),
    "IRQ": ("l'Irak", "en Irak", "Bagdad", "irakien", "irakienne", "ar", "bag"),
    "SYR": ("la Syrie", "en Syrie", "Damas", "syrien", "syrienne", "ar", "bey"),
    "LBN": ("le Liban", "au Liban", "Beyrouth", "libanais", "libanaise", "ar", "bey"),
    "ISR": ("Israël", "en Israël", "Jérusalem", "israélien", "israélienne", "he", "jer"),
    "SAU": ("l'Arabie saoudite", "en Arabie saoudite", "Ryad", "saoudien", "saoudienne", "ar", "rya"),
    "ARE": ("les Emirats arabes unis", "aux Emirats arabes unis", "Abou Dhabi", "émirien", "émirienne", "ar", "dub"),
    "QAT": ("le Qatar", "au Qatar", "Doha", "qatari", "qatarie", "ar", "doh"),
    "EGY": ("l'Egypte", "en Egypte", "Le Caire", "égyptien", "égyptienne", "ar", "cai"),
    "LBY": ("la Libye", "en Libye", "Tripoli", "libyen", "libyenne", "ar", "tri"),
    "DZA": ("l'Algérie", "en Algérie", "Alger", "algérien", "algérienne", "ar", "alg"),
    "MAR": ("le Maroc", "au Maroc", "Rabat", "marocain", "marocaine", "ar", "rab"),
    "TUN": ("la Tunisie", "en Tunisie", "Tunis", "tunisien", "tunisienne", "ar", "tun"),
    "MLI": ("le Mali", "au Mali", "Bamako", "malien", "malienne", "wa", "bko"),
    "NER": ("le Niger", "au Niger", "Niamey", "nigérien", "nigérienne", "wa", "nia"),
    "BFA": ("le Burkina Faso", "au Burkina Faso", "Ouagadougou", "burkinabè", "burkinabè", "wa", "oua"),
    "NGA": ("le Nigeria", "au Nigeria", "Abuja", "nigérian", "nigériane", "wa", "lag"),
    "SEN": ("le Sénégal", "au Sénégal", "Dakar", "sénégalais", "sénégalaise", "wa", "dak"),
    "CIV": ("la Côte d'Ivoire", "en Côte d'Ivoire", "Abidjan", "ivoirien", "ivoirienne", "wa", "abj"),
    "ETH": ("l'Ethiopie", "en Ethiopie", "Addis Abeba", "éthiopien", "éthiopienne", "ea", "add"),
    "SDN": ("le Soudan", "au Soudan", "Khartoum", "soudanais", "soudanaise", "ar", "kha"),
    "COD": ("la République démocratique du Congo", "en République démocratique du Congo",
            "Kinshasa", "congolais", "congolaise", "ea", "kin"),
    "RWA": ("le Rwanda", "au Rwanda", "Kigali", "rwandais", "rwandaise", "ea", "kgl"),
    "ZAF": ("l'Afrique du Sud", "en Afrique du Sud", "Pretoria", "sud-africain", "sud-africaine", "en", "joh"),
    "KEN": ("le Kenya", "au Kenya", "Nairobi", "kényan", "kényane", "ea", "nai"),
    "AFG": ("l'Afghanistan", "en Afghanistan", "Kaboul", "afghan", "afghane", "fa", "kab"),
    "MMR": ("la Birmanie", "en Birmanie", "Naypyidaw", "birman", "birmane", "sea", "ran"),
    "VNM": ("le Vietnam", "au Vietnam", "Hanoï", "vietnamien", "vietnamienne", "sea", "han"),
    "PHL": ("les Philippines", "aux Philippines", "Manille", "philippin", "philippine", "sea", "mnl"),
    "IDN": ("l'Indonésie", "en Indonésie", "Jakarta", "indonésien", "indonésienne", "sea", "jkt"),
    "AUS": ("l'Australie", "en Australie", "Canberra", "australien", "australienne", "en", "syd"),
    "TWN": ("Taïwan", "à Taïwan", "Taipei", "taïwanais", "taïwanaise", "zh", "tpe"),
    "ARM": ("l'Arménie", "en Arménie", "Erevan", "arménien", "arménienne", "ru", "mos"),
    "AZE": ("l'Azerbaïdjan", "en Azerbaïdjan", "Bakou", "azerbaïdjanais", "azerbaïdjanaise", "tr", "mos"),
}

# key: (noun phrase, seat city, office code, titles (m, f) of its officials)
ORGS = {
    "NATO": ("l'Otan", "Bruxelles", "bru", ("le secrétaire général de l'Otan", "la secrétaire générale adjointe de l'Otan")),
    "EU": ("l'Union européenne", "Bruxelles", "bru", ("le chef de la diplomatie de l'Union européenne", "la présidente de la Commission européenne")),
    "UN": ("l'ONU", "New York", "nyc", ("le secrétaire général de l'ONU", "la porte-parole des Nations unies")),
    "WHO": ("l'OMS", "Genève", "gva", ("le directeur général de l'OMS", "la directrice des urgences de l'OMS")),
    "IAEA": ("l'AIEA", "Vienne", "vie", ("le directeur général de l'AIEA", "la porte-parole de l'AIEA")),
    "IMF": ("le FMI", "Washington", "was", ("le chef économiste du FMI", "la directrice générale du FMI")),
    "AU": ("l'Union africaine", "Addis Abeba", "add", ("le président de la Commission de l'Union africaine", "la commissaire de l'Union africaine à la Paix")),
    "ECOWAS": ("la Cédéao", "Abuja", "lag", ("le président de la Commission de la Cédéao", "la porte-parole de la Cédéao")),
    "WTO": ("l'OMC", "Genève", "gva", ("le directeur général adjoint de l'OMC", "la directrice générale de l'OMC")),
    "OPEC": ("l'Opep", "Vienne", "vie", ("le secrétaire général de l'Opep", "la porte-parole de l'Opep")),
    "ARAB": ("la Ligue arabe", "Le Caire", "cai", ("le secrétaire général de la Ligue arabe", "la porte-parole de la Ligue arabe")),
    "ICC": ("la Cour pénale internationale", "La Haye", "lhy", ("le procureur de la Cour pénale internationale", "la présidente de la Cour pénale internationale")),
}

# Invented first names (masculine, feminine) and family names by pool. Chinese and
# Korean names are written family name first.
NAMES = {
    "zh": (["Wei", "Jianhua", "Guoqiang", "Haitao", "Zhiming", "Kaiwen"], ["Xiaoling", "Meirong", "Yanhong", "Lihua", "Shuqin"],
           ["Zhang", "Liu", "Chen", "Zhao", "Huang", "Zhou", "Gao", "Lin"], True),
    "ja": (["Haruto", "Kenji", "Takashi", "Naoki", "Ryota", "Shinji"], ["Akiko", "Yuki", "Emi", "Naomi", "Sayaka"],
           ["Sato", "Takahashi", "Watanabe", "Nakamura", "Kobayashi", "Morimoto", "Hayashi"], False),
    "ko": (["Min-jun", "Ji-ho", "Dong-hyun", "Sung-min", "Jae-won"], ["Seo-yeon", "Hye-jin", "Ji-woo", "Soo-ah"],
           ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon", "Han"], True),
    "hi": (["Arvind", "Rahul", "Imran", "Vikram", "Faisal", "Sanjay"], ["Priya", "Ayesha", "Sunita", "Nadia", "Kavita"],
           ["Menon", "Sharma", "Qureshi", "Iyer", "Malik", "Rao", "Chaudhry"], False),
    "ru": (["Sergueï", "Andreï", "Oleg", "Pavel", "Mikhaïl", "Anton", "Tomasz"], ["Elena", "Natalia", "Irina", "Olga", "Anna"],
           ["Volkov", "Sokolov", "Lebedev", "Orlov", "Nowicki", "Kovac", "Belov", "Marković"], False),
    "uk": (["Oleksandr", "Taras", "Bogdan", "Dmytro", "Iouri"], ["Oksana", "Iryna", "Olena", "Halyna"],
           ["Kovalenko", "Shevchuk", "Bondarenko", "Tkachenko", "Melnyk", "Lysenko"], False),
    "en": (["James", "Michael", "Robert", "Daniel", "Thomas", "Andrew"], ["Sarah", "Jennifer", "Emily", "Rachel", "Margaret"],
           ["Lowell", "Harrington", "Whitfield", "Carver", "Bennett", "Sutton", "Mercer"], False),
    "es": (["Carlos", "Alejandro", "Diego", "Andrés", "Javier", "Luis"], ["Lucía", "Camila", "Valeria", "Isabel", "Marta"],
           ["Herrera", "Castillo", "Vargas", "Ortega", "Navarro", "Rojas", "Mendoza"], False),
    "pt": (["João", "Rafael", "Thiago", "Marcelo", "Paulo"], ["Fernanda", "Beatriz", "Juliana", "Renata"],
           ["Almeida", "Carvalho", "Ribeiro", "Teixeira", "Moreira", "Barbosa"], False),
    "fr": (["Jean-Marc", "Olivier", "Thierry", "Laurent", "Pierre", "Nicolas"], ["Claire", "Sophie", "Hélène", "Nathalie", "Agnès"],
           ["Fontanel", "Garnier", "Lemaire", "Duval", "Rivière", "Chauvet", "Marchand"], False),
    "de": (["Markus", "Stefan", "Jürgen", "Tobias", "Lukas", "Zoltán"], ["Katrin", "Ulrike", "Anja", "Sabine", "Eszter"],
           ["Brenner", "Hoffmann", "Krüger", "Vogel", "Scholler", "Nagy", "Lindner"], False),
    "it": (["Marco", "Giovanni", "Luca", "Paolo", "Stefano"], ["Giulia", "Chiara", "Francesca", "Elena"],
           ["Rossetti", "Bianchi", "Colombo", "Ferraro", "Galli", "Conti"], False),
    "tr": (["Mehmet", "Emre", "Burak", "Ilham", "Kemal", "Arben"], ["Elif", "Zeynep", "Aysel", "Leyla"],
           ["Yilmaz", "Demir", "Aydin", "Kaya", "Aliyev", "Hoxha", "Ozturk"], False),
    "el": (["Nikos", "Yannis", "Kostas", "Dimitris"], ["Eleni", "Katerina", "Sofia", "Maria"],
           ["Papadakis", "Georgiou", "Nikolaidis", "Konstantinou", "Vlachos"], False),
    "fa": (["Reza", "Hossein", "Ahmad", "Mehdi", "Abdullah"], ["Maryam", "Zahra", "Shirin", "Farah"],
           ["Karimi", "Hosseini", "Rahimi", "Mohammadi", "Jalali", "Sadeghi"], False),
    "ar": (["Ahmed", "Khaled", "Youssef", "Omar", "Karim", "Samir"], ["Leila", "Amira", "Salma", "Rania", "Nour"],
           ["Haddad", "Mansour", "Benali", "Al-Amiri", "Khalil", "Nasser", "Bouzid"], False),
    "he": (["Avi", "Yossi", "Eitan", "Amit", "Noam"], ["Tamar", "Noa", "Yael", "Michal"],
           ["Levy", "Mizrahi", "Peretz", "Ben-David", "Shapira", "Katz"], False),
    "wa": (["Moussa", "Amadou", "Ibrahim", "Seydou", "Chinedu", "Kouassi"], ["Aminata", "Fatoumata", "Awa", "Ngozi", "Mariam"],
           ["Traoré", "Diallo", "Ouédraogo", "Sow", "Okafor", "Koné", "Sanogo"], False),
    "ea": (["Abebe", "Jean-Pierre", "Emmanuel", "Samuel", "Joseph"], ["Grace", "Aline", "Wanjiru", "Chantal"],
           ["Kamau", "Tesfaye", "Mutombo", "Nkurunziza", "Otieno", "Habimana"], False),
    "sea": (["Nguyen Van", "Bayu", "Rodrigo", "Aung", "Thanh"], ["Siti", "Maria Luisa", "Thi Mai", "Dewi"],
            ["Santos", "Pratama", "Reyes", "Setiawan", "Tran", "Win"], False),
}
# States whose officials speak the pool of another language than their own code says.
POOL_OF = {"UKR": "uk"}

DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
          "septembre", "octobre", "novembre", "décembre"]
MONTHS_WIRE = ["janv", "fév", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"]
VOWELS = "aeiouyéèêâàîïôûAEIOUYÉÈÊÂÀÎÏÔÛhH"


# ---------------------------------------------------------------------------------------
# French helpers.

def cap(s):
    return s[:1].upper() + s[1:]


def de(np):
    """"de" + noun phrase: de la Chine, du Japon, des Etats-Unis, de l'Iran, d'Israël."""
    if np.startswith("le "):
        return "du " + np[3:]
    if np.startswith("les "):
        return "des " + np[4:]
    if np.startswith("des "):
        return "de " + np[4:]
    if np.startswith("la ") or np.startswith("l'"):
        return "de " + np
    if np[:1] in VOWELS:
        return "d'" + np
    return "de " + np


def a(np):
    """"à" + noun phrase: à la Chine, au Japon, aux Etats-Unis, à l'Iran, à Israël."""
    if np.startswith("le "):
        return "au " + np[3:]
    if np.startswith("les "):
        return "aux " + np[4:]
    return "à " + np


def de_inf(clause):
    """"de" before an infinitive clause, elided before a vowel."""
    return ("d'" if clause[:1] in VOWELS else "de ") + clause


def que(clause):
    return ("qu'" if clause[:1] in "aeiouyéèêàAEIOUYÉ" else "que ") + clause


def q(text):
    """A quote in French guillemets with no-break spaces."""
    return f"«{NBSP}{text}{NBSP}»"


def num(n):
    """12345 → 12.345 (wire style)."""
    s = str(n)
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-3:])
        s = s[:-3]
    parts.insert(0, s)
    return ".".join(parts)


def dec(x, digits=1):
    return f"{x:.{digits}f}".replace(".", ",")


def pct(x):
    return f"{dec(x)}{NBSP}%"


# ---------------------------------------------------------------------------------------
# Actors in a dispatch.

class Actor:
    """A state or organisation, with how the text may name it."""

    def __init__(self, code):
        self.code = code
        if code in STATES:
            np, loc, capital, adj_m, adj_f, pool, office = STATES[code]
            self.np, self.loc, self.capital = np, loc, capital
            self.adj_m, self.adj_f, self.pool, self.office = adj_m, adj_f, POOL_OF.get(code, pool), office
            self.state = True
        else:
            np, seat, office, titles = ORGS[code]
            self.np, self.loc, self.capital, self.office = np, "à " + seat, seat, office
            self.titles = titles
            self.pool, self.state = "en", False

    def ref(self, rng):
        """The actor as a subject or object: its name, or its capital (metonym)."""
        if self.state and rng.random() < 0.4:
            return self.capital
        return self.np


class Speaker:
    def __init__(self, actor, rng):
        self.actor = actor
        self.female = rng.random() < 0.35
        first_m, first_f, last, family_first = NAMES[actor.pool]
        self.first = rng.choice(first_f if self.female else first_m)
        self.last = rng.choice(last)
        self.full = f"{self.last} {self.first}" if family_first else f"{self.first} {self.last}"
        self.short = self.last if not family_first else self.full
        self.title = self._title(rng)
        self.mentions = 0

    def _title(self, rng):
        act, f = self.actor, self.female
        if not act.state:
            return act.titles[1] if f else act.titles[0]
        m_f = [
            ("le ministre {m} des Affaires étrangères", "la ministre {m} des Affaires étrangères"),
            ("le porte-parole de la diplomatie {f}", "la porte-parole de la diplomatie {f}"),
            ("le chef de la diplomatie {f}", "la cheffe de la diplomatie {f}"),
            ("le président {m}", "la présidente {f}"),
            ("le Premier ministre {m}", "la Première ministre {f}"),
            ("l'ambassadeur {m} auprès de l'ONU", "l'ambassadrice {f} auprès de l'ONU"),
            ("le ministre {m} de la Défense", "la ministre {f} de la Défense"),
            ("le porte-parole du gouvernement {m}", "la porte-parole du gouvernement {m}"),
            ("le ministre {m} du Commerce", "la ministre {f} du Commerce"),
            ("le représentant {m} auprès de l'Union européenne", "la représentante {f} auprès de l'Union européenne"),
        ]
        t = rng.choice(m_f)[1 if f else 0]
        return t.format(m=act.adj_m, f=act.adj_f)

    def np(self, rng):
        """How the text names the speaker: title and name, title alone, or the name."""
        self.mentions += 1
        if self.mentions > 1 and rng.random() < 0.5:
            return ("Mme " if self.female else "M. ") + self.short
        r = rng.random()
        if r < 0.55:
            return f"{self.title}, {self.full},"
        if r < 0.75:
            return f"{self.title} {self.full}"
        return self.title

    def pronoun(self):
        return "elle" if self.female else "il"


def anonymous_source(actor, rng):
    """A speaker without a name: "un porte-parole de la diplomatie chinoise"."""
    if not actor.state:
        return rng.choice([f"un porte-parole {de(actor.np)}", f"un communiqué {de(actor.np)}",
                           f"un haut responsable {de(actor.np)}"])
    return rng.choice([
        f"un porte-parole de la diplomatie {actor.adj_f}",
        f"le ministère {actor.adj_m} des Affaires étrangères",
        f"un communiqué du gouvernement {actor.adj_m}",
        f"l'agence officielle {actor.adj_f}",
        f"un responsable {actor.adj_m}",
        f"la présidence {actor.adj_f}",
        f"une source diplomatique {actor.adj_f}",
    ])


# ---------------------------------------------------------------------------------------
# Topics: the vocabulary a dispatch draws on. {A} acts, {B} is the target.

TOPICS = [
    dict(name="frontière",
         accuse=["violer le cessez-le-feu le long de la frontière", "avoir bombardé des positions civiles près de la frontière",
                 "masser des troupes à la frontière", "avoir abattu un drone de surveillance", "armer des milices frontalières"],
         call=["retirer ses troupes de la zone frontalière", "respecter l'accord de cessez-le-feu", "faire preuve de retenue",
               "rouvrir les points de passage", "reprendre les pourparlers sur le tracé de la frontière"],
         event=["des tirs d'artillerie", "l'incursion de soldats", "les affrontements frontaliers", "la destruction d'un poste frontière"],
         noun=["la frontière", "le cessez-le-feu", "la zone démilitarisée", "la ligne de démarcation"]),
    dict(name="nucléaire",
         accuse=["enrichir de l'uranium au-delà des seuils autorisés", "cacher des activités nucléaires aux inspecteurs",
                 "avoir procédé à un nouvel essai de missile balistique", "entraver le travail des inspecteurs internationaux"],
         call=["revenir à la table des négociations", "coopérer pleinement avec l'AIEA", "renoncer à ses essais de missiles",
               "respecter ses engagements de non-prolifération"],
         event=["le tir de missile", "l'essai nucléaire", "la découverte de traces d'uranium", "le lancement d'un satellite militaire"],
         noun=["le programme nucléaire", "l'accord sur le nucléaire", "le régime de non-prolifération", "les inspections"]),
    dict(name="commerce",
         accuse=["pratiquer une concurrence déloyale", "subventionner massivement son industrie", "avoir imposé des droits de douane illégaux",
                 "bloquer les exportations de terres rares", "violer les règles de l'OMC"],
         call=["lever les restrictions sur les importations", "ouvrir son marché aux entreprises étrangères",
               "renoncer aux nouvelles taxes", "négocier un accord commercial équilibré"],
         event=["les nouvelles taxes douanières", "l'interdiction d'exporter des semi-conducteurs", "le blocage des importations agricoles",
                "la hausse des droits de douane"],
         noun=["les échanges commerciaux", "l'accord de libre-échange", "les droits de douane", "les chaînes d'approvisionnement"]),
    dict(name="droits humains",
         accuse=["réprimer violemment les manifestations", "détenir arbitrairement des opposants", "persécuter les minorités",
                 "museler la presse indépendante", "avoir expulsé des journalistes étrangers"],
         call=["libérer les prisonniers politiques", "ouvrir une enquête indépendante", "garantir la liberté de la presse",
               "autoriser l'accès des observateurs de l'ONU"],
         event=["l'arrestation de plusieurs journalistes", "la condamnation d'un opposant", "la répression des manifestations",
                "la fermeture de plusieurs ONG"],
         noun=["les droits humains", "la liberté d'expression", "l'Etat de droit", "les libertés fondamentales"]),
    dict(name="sécurité",
         accuse=["soutenir des groupes armés", "chercher à déstabiliser la région", "avoir orchestré une cyberattaque contre ses infrastructures",
                 "mener une campagne de désinformation", "abriter des terroristes sur son sol"],
         call=["cesser tout soutien aux groupes armés", "coopérer dans la lutte antiterroriste", "s'abstenir de toute provocation",
               "expulser les combattants étrangers"],
         event=["l'attentat", "la cyberattaque", "l'attaque contre une base militaire", "l'enlèvement de travailleurs humanitaires"],
         noun=["la sécurité régionale", "la lutte antiterroriste", "la coopération militaire", "l'accord de défense"]),
    dict(name="climat",
         accuse=["freiner les négociations climatiques", "ne pas respecter ses engagements de réduction des émissions",
                 "relancer massivement ses centrales à charbon"],
         call=["relever ses objectifs climatiques", "contribuer davantage au fonds pour les pertes et dommages",
               "mettre fin aux subventions aux énergies fossiles"],
         event=["l'échec des négociations", "le retrait de l'accord de Paris", "la hausse des émissions"],
         noun=["la transition énergétique", "le financement climatique", "l'accord de Paris", "les énergies renouvelables"]),
    dict(name="santé",
         accuse=["avoir tardé à signaler l'épidémie", "dissimuler l'ampleur de l'épidémie", "bloquer l'envoi de vaccins"],
         call=["partager ses données sanitaires", "faciliter l'accès des experts internationaux", "lever les restrictions sur les vaccins"],
         event=["la flambée de choléra", "l'épidémie de rougeole", "la pénurie de médicaments"],
         noun=["la campagne de vaccination", "la riposte sanitaire", "le système de santé", "la sécurité sanitaire"]),
    dict(name="migrations",
         accuse=["instrumentaliser les migrants", "refouler illégalement des demandeurs d'asile", "laisser passer des milliers de migrants"],
         call=["respecter le droit d'asile", "renforcer les contrôles à ses frontières", "reprendre ses ressortissants expulsés"],
         event=["le naufrage d'une embarcation", "l'afflux de migrants", "l'expulsion de demandeurs d'asile"],
         noun=["la politique migratoire", "le droit d'asile", "les accords de réadmission", "la gestion des frontières"]),
    dict(name="élections",
         accuse=["avoir truqué le scrutin", "s'ingérer dans le processus électoral", "financer des partis d'opposition"],
         call=["organiser des élections libres et transparentes", "publier les résultats bureau par bureau", "respecter le calendrier électoral"],
         event=["le report de l'élection présidentielle", "l'annonce des résultats", "l'exclusion de candidats de l'opposition"],
         noun=["le processus électoral", "la transition politique", "le scrutin", "la commission électorale"]),
    dict(name="mer",
         accuse=["mener des manœuvres dangereuses en mer", "militariser des îlots contestés", "avoir arraisonné un navire de pêche"],
         call=["respecter la liberté de navigation", "cesser ses patrouilles dans les eaux contestées", "libérer l'équipage du navire"],
         event=["la collision entre deux navires", "l'arraisonnement d'un chalutier", "les exercices navals"],
         noun=["la liberté de navigation", "les eaux territoriales", "la zone économique exclusive", "le droit de la mer"]),
]

PRAISE = ["la décision", "les efforts", "l'engagement", "le rôle constructif", "la proposition",
          "la médiation", "l'initiative de paix"]
CONDEMN = ["l'attitude", "les déclarations", "la décision unilatérale", "les provocations", "l'escalade militaire",
           "la position"]
FIELDS = ["l'énergie", "la santé", "l'agriculture", "l'éducation", "la défense", "les transports", "l'intelligence artificielle",
          "la recherche spatiale"]

QUOTES_NEG = [  # A attacks B
    "{Bc} doit cesser immédiatement ses provocations",
    "Ces agissements constituent une violation flagrante du droit international",
    "Nous ne tolérerons aucune ingérence dans nos affaires intérieures",
    "{Bc} porte l'entière responsabilité de cette escalade",
    "C'est une décision irresponsable qui menace la stabilité de toute la région",
    "Nous répondrons de manière appropriée à toute agression",
    "Les accusations {deB} sont sans fondement et relèvent de la propagande",
    "{Bc} cherche à détourner l'attention de ses propres échecs",
    "Il s'agit d'une provocation inacceptable",
    "Nous exigeons des explications claires et rapides",
]
QUOTES_POS = [  # A supports B
    "Nous saluons l'engagement {deB} en faveur de la paix",
    "{Bc} est un partenaire fiable et nous continuerons à travailler ensemble",
    "C'est un pas important dans la bonne direction",
    "Notre coopération avec {B} n'a jamais été aussi solide",
    "Nous soutenons pleinement les efforts {deB}",
    "Cette visite marque une nouvelle étape dans nos relations",
]
QUOTES_NEU = [
    "La porte du dialogue reste ouverte",
    "Il n'y a pas d'alternative à une solution diplomatique",
    "Nous suivons la situation de très près",
    "Toutes les options restent sur la table",
    "Le temps presse, et chaque jour compte",
    "Nous attendons de voir les actes plutôt que les paroles",
    "Nous n'avons jamais menacé personne",
    "Ce n'est ni le moment ni le lieu de polémiquer",
]
SPEECH_VERBS = ["a déclaré", "a affirmé", "a souligné", "a estimé", "a ajouté", "a insisté", "a réagi", "a assuré",
                "a martelé", "a indiqué", "a prévenu", "a expliqué"]
SPEECH_INV = ["a-t-{p} déclaré", "a-t-{p} ajouté", "a-t-{p} affirmé", "a-t-{p} souligné", "a-t-{p} précisé", "a-t-{p} estimé"]
CITIES_NEUTRAL = ["Genève", "Vienne", "New York", "Bruxelles", "Oslo", "Doha", "Istanbul", "Singapour", "Nairobi", "Lisbonne"]


# ---------------------------------------------------------------------------------------
# Sentences.

class Dispatch:
    def __init__(self, rng, date, topic, actors):
        self.rng, self.date, self.topic = rng, date, topic
        self.A, self.B = actors[0], actors[1]
        self.others = actors[2:]
        self.speakers = {}

    def speaker(self, actor):
        if actor.code not in self.speakers or self.rng.random() < 0.25:
            self.speakers[actor.code] = Speaker(actor, self.rng)
        return self.speakers[actor.code]

    def day(self):
        r = self.rng.random()
        wd = DAYS[self.date.weekday()]
        if r < 0.6:
            return wd
        if r < 0.8:
            return wd + " " + self.rng.choice(["soir", "matin"])
        return f"le {self.date.day if self.date.day > 1 else '1er'} {MONTHS[self.date.month - 1]}"

    def slots(self, B):
        return dict(B=B.np, Bc=cap(B.np), Bcap=B.capital, deB=de(B.np), aB=a(B.np))

    def lede(self):
        rng, A, B, t = self.rng, self.A, self.B, self.topic
        c = rng.randrange(4)
        if c == 0:
            return (f"{cap(A.ref(rng))} a accusé {self.day()} {B.np} {de_inf(rng.choice(t['accuse']))}, "
                    f"sur fond de tensions croissantes autour {de(rng.choice(t['noun']))}.")
        if c == 1:
            return (f"{cap(A.np)} a appelé {self.day()} {B.np} à {rng.choice(t['call'])}, "
                    f"au lendemain {de(rng.choice(t['event']))}, qui a suscité une vague de réactions internationales.")
        if c == 2:
            return (f"{cap(A.np)} a condamné {self.day()} {rng.choice(t['event'])} et mis en cause {B.np}, "
                    f"dénonçant une {rng.choice(['grave provocation', 'atteinte inacceptable à sa souveraineté', 'menace pour la paix régionale'])}.")
        return (f"Les tensions entre {A.np} et {B.np} se sont encore accrues {self.day()} après "
                f"{rng.choice(t['event'])}, {A.capital} accusant {B.capital} {de_inf(rng.choice(t['accuse']))}.")

    def direct_quote(self, actor, target, polarity):
        rng = self.rng
        pool = {"neg": QUOTES_NEG, "pos": QUOTES_POS, "neu": QUOTES_NEU}[polarity]
        text = rng.choice(pool).format(**self.slots(target))
        if rng.random() < 0.3:
            more = rng.choice(QUOTES_NEU).format(**self.slots(target))
            if more != text:
                text += ". " + more
        sp = self.speaker(actor)
        r = rng.random()
        if r < 0.5:
            who = sp.np(rng)
            extra = ""
            if rng.random() < 0.3:
                extra = rng.choice([" lors d'un point presse", " devant la presse", " dans un communiqué",
                                    f" lors d'une conférence de presse à {actor.capital}",
                                    " à la télévision publique"])
            if not extra:
                who = who.rstrip(",")
            return f"{q(text)}, {rng.choice(SPEECH_VERBS)} {who}{extra}."
        if r < 0.75:
            who = cap(sp.np(rng))
            return f"{who} {rng.choice(SPEECH_VERBS)}{NBSP}: {q(text)}."
        if r < 0.9:
            return f"{q(text)}, {rng.choice(SPEECH_INV).format(p=sp.pronoun())}."
        who = cap(anonymous_source(actor, rng))
        return f"{who} a évoqué un {q(rng.choice(['acte hostile', 'geste de bonne volonté', 'pas en arrière', 'signal encourageant', 'chantage inacceptable']))}."

    def indirect(self, actor, target):
        rng, t = self.rng, self.topic
        subj = cap(actor.ref(rng)) if rng.random() < 0.5 else cap(self.speaker(actor).np(rng))
        c = rng.randrange(12)
        if c == 0:
            return f"{subj} a accusé {target.ref(rng)} {de_inf(rng.choice(t['accuse']))}."
        if c == 1:
            return f"{subj} a appelé {target.ref(rng)} à {rng.choice(t['call'])}."
        if c == 2:
            return f"{subj} a exhorté {target.ref(rng)} à {rng.choice(t['call'])} {rng.choice(['sans délai', 'au plus vite', 'dans les plus brefs délais'])}."
        if c == 3:
            return f"{subj} a salué {rng.choice(PRAISE)} {de(target.np)}{rng.choice(['', ' en faveur du dialogue', ', un geste ' + q('courageux')])}."
        if c == 4:
            return f"{subj} a condamné {rng.choice(CONDEMN)} {de(target.np)}, évoquant un {q(rng.choice(['précédent dangereux', 'jeu irresponsable', 'comportement inacceptable']))}."
        if c == 5:
            return f"{subj} a dénoncé {rng.choice(t['event'])}, que les autorités imputent {a(target.ref(rng))}."
        if c == 6:
            return f"{subj} a réaffirmé son soutien {a(target.np)} face {a(rng.choice(['la crise', 'ces pressions', 'ces menaces']))}."
        if c == 7:
            return f"{subj} a mis en garde {target.ref(rng)} contre toute {rng.choice(['escalade', 'action unilatérale', 'nouvelle provocation'])}."
        if c == 8:
            return f"{subj} a rejeté les accusations {de(target.np)}, les jugeant {q(rng.choice(['infondées', 'absurdes', 'mensongères']))}."
        if c == 9:
            return f"{subj} a estimé {que(target.np + ' ' + rng.choice(['porte une lourde responsabilité dans la crise', 'a fait preuve de responsabilité', 'doit rendre des comptes', 'joue un rôle clé dans la région']))}."
        if c == 10:
            return f"{subj} a exprimé sa {rng.choice(['profonde préoccupation', 'vive inquiétude', 'satisfaction'])} après {rng.choice(t['event'])} {rng.choice(['près de la frontière', 'dans la région', 'dans la capitale'])}."
        return (f"{subj} a averti que {target.np} {rng.choice(['paierait un prix élevé', 's’exposerait à des sanctions', 'devrait en assumer les conséquences'])}"
                f" en cas {rng.choice(['de nouvelle escalade', 'd’attaque contre ses intérêts', 'de violation de l’accord'])}.")

    def negation(self, actor, target):
        rng, t = self.rng, self.topic
        subj = cap(actor.ref(rng))
        c = rng.randrange(7)
        if c == 0:
            return f"{subj} n'a pas condamné {rng.choice(t['event'])}, se contentant d'appeler toutes les parties au calme."
        if c == 1:
            return f"{subj} a refusé de condamner {target.ref(rng)}, invoquant le principe de non-ingérence."
        if c == 2:
            return f"{subj} n'a pas souhaité commenter ces informations dans l'immédiat."
        if c == 3:
            return f"{subj} n'exclut pas de nouvelles sanctions contre {target.np}, a indiqué {anonymous_source(actor, rng)}."
        if c == 4:
            return f"{subj} a démenti toute implication dans {rng.choice(t['event'])}."
        if c == 5:
            return f"{subj} ne reconnaît pas {rng.choice(['la légitimité du scrutin', 'la compétence de la Cour', 'les conclusions du rapport'])}, a rappelé {anonymous_source(actor, rng)}."
        return f"{q('Nous ne sommes pas partie à ce conflit')}, a assuré {anonymous_source(actor, rng)}."

    def selon(self, actor, target):
        rng, t = self.rng, self.topic
        src = rng.choice([anonymous_source(actor, rng), "des sources diplomatiques", "des images satellites",
                          f"un décompte de l'AFP", f"un responsable {actor.adj_m if actor.state else 'occidental'} sous couvert d'anonymat",
                          actor.capital if actor.state else actor.np])
        what = rng.choice([
            f"{target.np} aurait {rng.choice(['déployé', 'acheminé', 'positionné'])} plus de {num(rng.randrange(2, 60) * 500)} soldats près de la frontière",
            f"les discussions avec {target.np} pourraient reprendre dès {rng.choice(DAYS)} prochain",
            f"{rng.choice(t['event'])} a fait au moins {rng.randrange(2, 90)} morts et {rng.randrange(10, 300)} blessés",
            f"{target.capital} a convoqué l'ambassadeur {actor.adj_m if actor.state else 'de l’Union européenne'} pour protester",
            f"un nouveau cycle de négociations doit s'ouvrir le {rng.randrange(2, 28)} {rng.choice(MONTHS)} à {rng.choice(CITIES_NEUTRAL)}",
        ])
        if rng.random() < 0.6:
            return f"Selon {src}, {what}."
        return f"{cap(what)}, selon {src}."

    def neutral(self, actor, other):
        rng = self.rng
        c = rng.randrange(6)
        if c == 0:
            s1, s2 = self.speaker(actor), self.speaker(other)
            return f"{cap(s1.np(rng))} s'est entretenu{'e' if s1.female else ''} {self.day()} par téléphone avec son homologue {other.adj_m if other.state else de(other.np)}."
        if c == 1:
            return f"Les deux ministres doivent se retrouver le {rng.randrange(2, 28)} {rng.choice(MONTHS)} à {rng.choice(CITIES_NEUTRAL)}."
        if c == 2:
            return f"{cap(actor.np)} et {other.np} ont signé un accord de coopération dans le domaine de {rng.choice(FIELDS)}."
        if c == 3:
            return f"Une délégation {actor.adj_f if actor.state else 'internationale'} est attendue la semaine prochaine à {other.capital}."
        if c == 4:
            return f"La réunion, qui s'est tenue à huis clos, a duré près de {rng.randrange(2, 7)} heures."
        return f"{cap(actor.np)} préside depuis le 1er {rng.choice(MONTHS)} {rng.choice(['le Conseil de sécurité', 'le groupe de contact', 'la conférence régionale'])}."

    def background(self, actor):
        rng = self.rng
        y = rng.randrange(1990, self.date.year)
        c = rng.randrange(10)
        if c == 0:
            return f"Le pays compte environ {dec(rng.uniform(2, 90))} millions d'habitants."
        if c == 1:
            return f"Les échanges commerciaux entre les deux pays ont atteint {dec(rng.uniform(1, 700))} milliards de dollars en {y}."
        if c == 2:
            return f"La monnaie locale a perdu {pct(rng.uniform(3, 60))} de sa valeur depuis janvier."
        if c == 3:
            return f"La frontière, longue de {num(rng.randrange(200, 4000))} kilomètres, est fermée depuis {y}."
        if c == 4:
            return "Aucun bilan n'était disponible dans l'immédiat."
        if c == 5:
            return f"L'accord, signé en {y}, prévoit notamment la levée progressive des restrictions et un mécanisme de vérification."
        if c == 6:
            return f"Le sommet doit se tenir du {rng.randrange(2, 14)} au {rng.randrange(15, 28)} {rng.choice(MONTHS)} {y + 1 if y + 1 <= self.date.year else self.date.year}."
        if c == 7:
            return f"Le prix du baril de Brent a reculé de {pct(rng.uniform(0.2, 4))}, à {dec(rng.uniform(55, 110), 2)} dollars, en fin de journée."
        if c == 8:
            return f"Les températures devraient dépasser {rng.randrange(32, 47)} degrés dans plusieurs régions d'ici {rng.choice(DAYS)}."
        return f"Plus de {num(rng.randrange(5, 900) * 1000)} personnes ont été déplacées depuis le début de la crise en {y}."

    def paragraph(self):
        rng = self.rng
        actors = [self.A, self.B] + self.others
        actor = rng.choice(actors)
        target = rng.choice([x for x in actors if x is not actor])
        n = rng.choice([1, 1, 2, 2, 3])
        out = []
        for _ in range(n):
            r = rng.random()
            if r < 0.28:
                pol = "neg" if rng.random() < 0.5 else rng.choice(["pos", "neu"])
                out.append(self.direct_quote(actor, target, pol))
            elif r < 0.55:
                out.append(self.indirect(actor, target))
            elif r < 0.63:
                out.append(self.negation(actor, target))
            elif r < 0.73:
                out.append(self.selon(actor, target))
            elif r < 0.83:
                out.append(self.neutral(actor, target))
            else:
                out.append(self.background(actor))
        return " ".join(out)


def pick_actors(rng):
    states = list(STATES)
    k = rng.choice([2, 3, 3, 4, 5])
    codes = rng.sample(states, k)
    if rng.random() < 0.35:
        codes.insert(rng.randrange(1, len(codes) + 1), rng.choice(list(ORGS)))
    return [Actor(c) for c in codes]


def random_date(rng):
    start = datetime.date(2015, 1, 1).toordinal()
    end = datetime.date(2025, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randrange(start, end + 1))


def dateline(rng, actors, date):
    cities = [x.capital for x in actors if x.state] + CITIES_NEUTRAL[:3]
    city = rng.choice(cities[:4])
    r = rng.random()
    month = MONTHS_WIRE[date.month - 1] if r < 0.7 else MONTHS[date.month - 1]
    day = "1er" if date.day == 1 else str(date.day)
    return f"{city.upper()}, {day} {month} {date.year} (AFP) - "


def signature(rng, A):
    r = rng.random()
    if r < 0.5:
        return f"bur-{A.office[:2]}/{rng.choice('abcdefghijklmnoprstvxyz')}{rng.choice('abcdefghijklmnoprstvxyz')}"
    if r < 0.8:
        return "/".join("".join(rng.choice("abcdefghijklmnoprstvxyz") for _ in range(3)) for _ in range(2))
    return f"{A.office}-{rng.choice(['cf', 'jhd', 'pt', 'sba'])}/{rng.choice(['lpt', 'mm', 'cn', 'ybl'])}"


def words_of(s):
    return len(s.split())


def dispatch(seed, i, mean_words, target_words=None):
    """Dispatch number i: (id, date, headline, text, words)."""
    rng = random.Random(f"depeche-gen:{seed}:{i}")
    date = random_date(rng)
    actors = pick_actors(rng)
    topic = rng.choice(TOPICS)
    d = Dispatch(rng, date, topic, actors)
    want = target_words or max(20, round(mean_words * rng.uniform(0.6, 1.4)))
    paras = [d.lede()]
    n = words_of(paras[0])
    while n < want:
        p = d.paragraph()
        paras.append(p)
        n += words_of(p)
    head = dateline(rng, actors, date)
    text = head + "\n\n".join(paras)
    if rng.random() < 0.7:
        text += "\n\n" + signature(rng, actors[0])
    A, B = actors[0], actors[1]
    headline = rng.choice([
        f"{cap(topic['name'])}: {A.np} accuse {B.np} {de_inf(rng.choice(topic['accuse']))}",
        f"{cap(A.np)} appelle {B.np} à {rng.choice(topic['call'])}",
        f"Tensions entre {A.np} et {B.np} après {rng.choice(topic['event'])}",
    ])
    return f"gen-{seed}-{i:06d}", date.isoformat(), headline, text, words_of(text)


# ---------------------------------------------------------------------------------------
# Output.

class Writer:
    def __init__(self, out):
        self.out = out
        self.files = 0
        self.docs = 0
        self.words = 0
        self.bytes = 0
        self.by_dir = {}

    def write(self, rel, data, docs=0, words=0):
        path = os.path.join(self.out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if isinstance(data, str):
            data = data.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        self.files += 1
        self.docs += docs
        self.words += words
        self.bytes += len(data)
        top = rel.split("/")[0]
        f_, d_, w_, b_ = self.by_dir.get(top, (0, 0, 0, 0))
        self.by_dir[top] = (f_ + 1, d_ + docs, w_ + words, b_ + len(data))


def jsonl_line(doc_id, date, headline, text):
    return json.dumps({"id": doc_id, "date": date, "lang": "fr", "headline": headline, "text": text},
                      ensure_ascii=False) + "\n"


def write_small(w, args):
    txt_count = 0
    batch, batch_words, part = [], 0, 0
    for i in range(args.docs):
        doc_id, date, headline, text, n = dispatch(args.seed, i, args.words)
        as_txt = args.format == "txt" or (args.format == "mix" and i % 2 == 0)
        if as_txt:
            w.write(f"txt/{txt_count // 1000:03d}/{doc_id}.txt", text + "\n", 1, n)
            txt_count += 1
        else:
            batch.append(jsonl_line(doc_id, date, headline, text))
            batch_words += n
            if len(batch) == 500:
                w.write(f"jsonl/part-{part:04d}.jsonl", "".join(batch), len(batch), batch_words)
                batch, batch_words, part = [], 0, part + 1
    if batch:
        w.write(f"jsonl/part-{part:04d}.jsonl", "".join(batch), len(batch), batch_words)


def write_large(w, args):
    mb = int(args.large_mb * 1_000_000)
    n_jsonl = args.large if args.large == 1 else args.large - 1
    base = 10_000_000  # dispatch numbers of the large files start here
    for k in range(n_jsonl):
        lines, size, words, i = [], 0, 0, 0
        while size < mb:
            doc_id, date, headline, text, n = dispatch(args.seed, base + k * 1_000_000 + i, args.words)
            line = jsonl_line(doc_id, date, headline, text)
            lines.append(line)
            size += len(line.encode("utf-8"))
            words += n
            i += 1
        w.write(f"large/wire-{k:02d}.jsonl", "".join(lines), len(lines), words)
    if args.large > 1:
        cap_bytes = min(int(args.large_txt_mb * 1_000_000), 16 * 1024 * 1024 - 65536)
        rng = random.Random(f"depeche-gen:{args.seed}:long")
        date = random_date(rng)
        actors = [Actor(c) for c in rng.sample(list(STATES), 8)] + [Actor("UN")]
        d = Dispatch(rng, date, rng.choice(TOPICS), actors)
        head = dateline(rng, actors, date)
        paras, size = [d.lede()], len(head.encode("utf-8"))
        while size < cap_bytes:
            if len(paras) % 40 == 0:  # change topic now and then
                d.topic = rng.choice(TOPICS)
            p = d.paragraph()
            paras.append(p)
            size += len(p.encode("utf-8")) + 2
        text = head + "\n\n".join(paras) + "\n\n" + signature(rng, actors[0]) + "\n"
        data = text.encode("utf-8")
        if len(data) > cap_bytes + 4096:  # stay under the cap, whole paragraphs
            while len(data) > cap_bytes and len(paras) > 1:
                paras.pop()
                text = head + "\n\n".join(paras) + "\n\n" + signature(rng, actors[0]) + "\n"
                data = text.encode("utf-8")
        w.write(f"large/long-{args.seed}.txt", data, 1, words_of(text))


GERMAN = ("BERLIN, 3 März 2024 (AFP) - Die Bundesregierung hat am Dienstag die Entscheidung der Nachbarländer "
          "scharf kritisiert und eine sofortige Rückkehr an den Verhandlungstisch gefordert. „Wir werden diese "
          "Einmischung nicht hinnehmen“, sagte ein Sprecher des Auswärtigen Amtes in Berlin. Die Gespräche sollen "
          "nach Angaben von Diplomaten in der kommenden Woche in Wien fortgesetzt werden, doch eine Einigung gilt "
          "weiterhin als unwahrscheinlich. Die Opposition warf der Regierung vor, zu lange gezögert zu haben.\n")
SPANISH = ("MADRID, 5 abr 2023 (AFP) - El Gobierno español ha pedido este miércoles a sus socios europeos una "
           "respuesta común ante la llegada de migrantes a las costas del sur del país. «No podemos afrontar solos "
           "este desafío», declaró la portavoz del Ejecutivo en una rueda de prensa celebrada en Madrid.")


def write_bad(w, args):
    _, date, headline, text, n = dispatch(args.seed, 9_000_000, 120)
    w.write("bad/empty.txt", b"")
    w.write("bad/blank.txt", " \n\t\n\n")
    rng = random.Random(f"depeche-gen:{args.seed}:bad")
    w.write("bad/binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(2048)))
    # A truncated JSON array: the file is rejected as a whole.
    whole = json.dumps([{"id": "bad-truncated-1", "date": date, "lang": "fr", "text": text}], ensure_ascii=False)
    w.write("bad/truncated.json", whole[: len(whole) // 2])
    # JSONL with two good records and four bad lines (each rejected alone).
    good = [dispatch(args.seed, 9_000_001 + k, 120) for k in range(2)]
    lines = [
        jsonl_line(*good[0][:4]),
        '{"id": "bad-line-2", "text": "PARIS (AFP) - Une phrase coupée\n',
        '{"id": "bad-line-3", "date": "2024-01-02"}\n',
        '["not", "an", "object"]\n',
        "ceci n'est pas du JSON\n",
        jsonl_line(*good[1][:4]),
    ]
    w.write("bad/invalid-lines.jsonl", "".join(lines), 2, good[0][4] + good[1][4])
    # A Windows-1252 file (read with a warning, analyzed).
    w.write("bad/cp1252.txt", (text + "\n").encode("cp1252", errors="replace"), 1, n)
    # Not French: skipped (detected), and skipped (given) in JSONL.
    w.write("bad/deutsch.txt", GERMAN, 1, words_of(GERMAN))
    w.write("bad/espanol.jsonl", json.dumps({"id": "bad-es-1", "date": "2023-04-05", "lang": "es", "text": SPANISH},
                                            ensure_ascii=False) + "\n", 1, words_of(SPANISH))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="output folder (created; existing files of the same names are replaced)")
    ap.add_argument("--docs", type=int, default=2000, help="small dispatches (default 2000)")
    ap.add_argument("--words", type=int, default=500, help="mean words per dispatch, varied ±40%% (default 500)")
    ap.add_argument("--format", choices=["txt", "jsonl", "mix"], default="txt")
    ap.add_argument("--large", type=int, default=0, metavar="K",
                    help="K large files: K-1 JSONL of --large-mb MB (1 if K=1) and, if K>1, one long .txt dispatch")
    ap.add_argument("--large-mb", type=float, default=20.0, metavar="M", help="size of each large JSONL file (default 20)")
    ap.add_argument("--large-txt-mb", type=float, default=None, metavar="T",
                    help="size of the long .txt dispatch (default M; always under 16 MiB)")
    ap.add_argument("--bad", action="store_true", help="add bad files under bad/")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if args.docs < 0 or args.words < 1 or args.large < 0:
        ap.error("--docs, --large must be >= 0 and --words >= 1")
    if args.large_txt_mb is None:
        args.large_txt_mb = args.large_mb

    w = Writer(args.out)
    write_small(w, args)
    if args.large:
        write_large(w, args)
    if args.bad:
        write_bad(w, args)
    for top in sorted(w.by_dir):
        f, d, n, b = w.by_dir[top]
        print(f"  {top + '/':8} {f:7d} files {d:8d} documents {n:11d} words {b:13d} bytes")
    print(f"gen_corpus: {w.files} files, {w.docs} documents, {w.words} words, {w.bytes} bytes in {args.out}")


if __name__ == "__main__":
    sys.exit(main())
