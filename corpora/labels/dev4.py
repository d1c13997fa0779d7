"""Labels of the dev4 set (texts in corpora/dev4/).

Read by scripts/make_gold.py; see corpora/labels/README.md for the format.
Conventions are in corpora/README.md ("Annotation decisions", with the dev2, dev3 and
dev4 additions at its end, and the per-document table under "Documents: dev4").
"""
from make_gold import S

# Codes this set needs beyond make_gold.py's shared sets (ISO 3166-1 alpha-3; PSE for
# the Palestinian Authority, as in data/actors/seats.tsv).
STATE_ACTORS = {
    "AFG", "ARE", "ARG", "AUS", "BEN", "BGD", "CAN", "CYP", "EGY", "ESP", "GRC", "ITA",
    "JOR", "KEN", "LBN", "LBY", "LKA", "MDA", "MLT", "NZL", "PHL", "PRY", "PSE", "ROU",
    "SSD", "SYR", "TCD", "TUN", "TWN",
}

# Organisation codes beyond make_gold.py's: the usual English acronym in capitals,
# the same codes as data/actors/organisations.tsv.
ORG_ACTORS = {
    "WTO",        # Organisation mondiale du commerce (OMC)
    "AES",        # Alliance des Etats du Sahel
}

# Capitalised words that are not entities (sentence and quote openers, "A" without
# accent, job titles such as "ministre de l'Intérieur").
NOT_ENTITIES = {
    "A", "En", "Rien", "Quelque", "Agé", "Voisine", "Seuls", "Devant", "Chanter", "Créé",
    "Faute", "Cet",
    "ONG",                                                      # "l'ONG", a common noun
    "Premier", "Première",                                      # "Premier ministre"
    "Commerce", "Intérieur", "Information", "Economie", "Culture",   # job titles
}

DOCS: dict[str, dict] = {}

# ---------------------------------------------------------------------------
DOCS["afp-2019-06-18-japon-russie-kouriles"] = dict(
    mentions="""
TOKYO | LOC
AFP | ORG
Japon | LOC | JPN
Russie | LOC | RUS
Kouriles | LOC
Itouroup | LOC
Kounachir | LOC
Japon | LOC | JPN
Etorofu | LOC
Kunashiri | LOC
ministère russe de la Défense | ORG | RUS
Hiroshi Takeda | PER | JPN
Moscou | LOC | RUS
Kouriles | LOC
Fédération de Russie | LOC | RUS
Irina Volkova | PER | RUS
Tass | ORG | RUS
Tokyo | LOC | JPN
Washington | LOC | USA
Japon | LOC | JPN
Crimée | LOC
Washington | LOC
département d'Etat | ORG | USA
Pékin | LOC | CHN
Moscou | LOC | RUS
Tokyo | LOC | JPN
Moscou | LOC | RUS
Vladivostok | LOC
""",
    statements=[
        *S("le Japon", "JPN", "RUS", "negative", "act", "a adressé mardi une protestation officielle",
           "une protestation officielle à la Russie"),
        *S("Hiroshi Takeda", "JPN", "RUS", "negative", "indirect", "Il a appelé",
           "Moscou à « mettre fin » à ces activités"),
        *S("la diplomatie russe", "RUS", "JPN", "negative", "indirect", "a rejeté",
           "la protestation japonaise"),
        *S("Irina Volkova", "RUS", "JPN", "negative", "indirect", "Elle a en outre accusé",
           "Tokyo de « s'aligner sur la politique hostile de Washington »"),
        *S("Irina Volkova", "RUS", "USA", "negative", "indirect", "Elle a en outre accusé",
           "la politique hostile de Washington"),
        *S("le département d'Etat", "USA", "JPN", "positive", "indirect", "a réaffirmé",
           "son soutien à la position japonaise"),
        *S("le département d'Etat", "USA", "RUS", "negative", "indirect", "estimant",
           "les exercices russes « n'aident pas à instaurer la confiance » dans la région"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-01-28-bangladesh-inde-frontiere"] = dict(
    mentions="""
DACCA | LOC
AFP | ORG
Bangladesh | LOC | BGD
Inde | LOC | IND
New Delhi | LOC | IND
Dacca | LOC | BGD
Border Security Force | ORG | IND
BSF | ORG | IND
Baraikhali | LOC
Lalmonirhat | LOC
Abul Kalam Chowdhury | PER | BGD
New Delhi | LOC | IND
ministère indien des Affaires étrangères | ORG | IND
Inde | LOC | IND
Rajiv Menon | PER | IND
Dacca | LOC | BGD
Manabadhikar Forum | ORG
BSF | ORG | IND
Genève | LOC
Haut-Commissariat de l'ONU aux droits de l'homme | ORG | UN
Inde | LOC | IND
""",
    statements=[
        *S("le Bangladesh", "BGD", "IND", "negative", "act", "a convoqué mardi",
           "le haut-commissaire de l'Inde"),
        *S("Dacca", "BGD", "IND", "negative", "attribution", "Selon Dacca",
           "ont été abattus sans sommation lundi soir par des soldats de la Border Security Force (BSF)"),
        *S("Abul Kalam Chowdhury", "BGD", "IND", "negative", "act", "Il a indiqué avoir remis",
           "au diplomate indien une note de protestation"),
        *S("New Delhi", "IND", "BGD", "negative", "indirect", "a contesté",
           "New Delhi a contesté cette version des faits"),
        *S("le ministère indien des Affaires étrangères", "IND", "BGD", "negative", "attribution",
           "D'après le ministère indien des Affaires étrangères",
           "les soldats ont « riposté en état de légitime défense »"),
        *S("Rajiv Menon", "IND", "BGD", "negative", "indirect", "mais a appelé",
           "Dacca à « renforcer la surveillance » de son côté de la frontière"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-05-19-chine-australie-orge"] = dict(
    mentions="""
PEKIN | LOC
AFP | ORG
Chine | LOC | CHN
Pékin | LOC | CHN
Canberra | LOC | AUS
ministère chinois du Commerce | ORG | CHN
Canberra | LOC | AUS
Mark Brennan | PER | AUS
Organisation mondiale du commerce | ORG | WTO
OMC | ORG | WTO
Australie | LOC | AUS
Zhou Wei | PER | CHN
Australie | LOC | AUS
Chine | LOC | CHN
Wellington | LOC
Pékin | LOC | CHN
Canberra | LOC | AUS
OMC | ORG | WTO
Etats-Unis | LOC | USA
Pékin | LOC | CHN
Australie | LOC | AUS
Japon | LOC | JPN
Corée du Sud | LOC | KOR
""",
    statements=[
        *S("la Chine", "CHN", "AUS", "negative", "act", "a imposé mardi",
           "des droits de douane de plus de 80 % sur l'orge australienne"),
        *S("Pékin", "CHN", "AUS", "negative", "indirect", "présentée par Pékin",
           "une mesure présentée par Pékin comme une riposte au « dumping »"),
        *S("Canberra", "AUS", "CHN", "negative", "indirect", "dénoncée par Canberra",
           "dénoncée par Canberra comme une sanction politique"),
        *S("le ministère chinois du Commerce", "CHN", "AUS", "negative", "indirect", "les a justifiés",
           "Canberra subventionnait illégalement ses céréaliers"),
        *S("Mark Brennan", "AUS", "CHN", "negative", "indirect", "qui n'a pas exclu",
           "de porter l'affaire devant l'Organisation mondiale du commerce (OMC)"),
        *S("Zhou Wei", "CHN", "AUS", "negative", "indirect", "appelé",
           "l'Australie à « cesser de politiser » les questions commerciales"),
        *S("la Première ministre néo-zélandaise", "NZL", "CHN AUS", "neutral", "indirect", "a appelé",
           "Pékin et Canberra à régler leur différend"),
        *S("les Etats-Unis", "USA", "CHN", "negative", "indirect", "ont en revanche dénoncé",
           "la « coercition économique » exercée par Pékin contre l'Australie"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-11-02-pakistan-afghanistan-expulsions"] = dict(
    mentions="""
ISLAMABAD | LOC
AFP | ORG
Kaboul | LOC | AFG
Pakistan | LOC | PAK
Islamabad | LOC | PAK
Haut-Commissariat des Nations unies pour les réfugiés | ORG | UN
HCR | ORG | UN
Torkham | LOC
Abdul Wahid Saqeb | PER | AFG
Pakistan | LOC | PAK
Shahid Nawaz | PER | PAK
Pakistan | LOC | PAK
Tehrik-e-Taliban Pakistan | ORG
TTP | ORG
HCR | ORG | UN
Islamabad | LOC | PAK
Kaboul | LOC | AFG
Torkham | LOC
Spin Boldak | LOC
Islamabad | LOC
Iran | LOC | IRN
""",
    statements=[
        *S("Kaboul", "AFG", "PAK", "negative", "indirect", "a vivement dénoncé",
           "l'expulsion par le Pakistan de dizaines de milliers de migrants afghans"),
        *S("Abdul Wahid Saqeb", "AFG", "PAK", "negative", "indirect", "appelant",
           "le Pakistan à « accorder un délai raisonnable » aux familles"),
        *S("Shahid Nawaz", "PAK", "AFG", "negative", "attribution", "Selon lui",
           "les autorités talibanes « n'ont rien fait »"),
        *S("le HCR", "UN", "PAK", "negative", "indirect", "a appelé",
           "Islamabad à « suspendre » les expulsions"),
        *S("le chef de la diplomatie turque", "TUR", "PAK AFG", "neutral", "indirect", "a appelé",
           "les deux voisins à « régler leurs différends par le dialogue »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-02-22-allemagne-iran-diplomates"] = dict(
    mentions="""
BERLIN | LOC
AFP | ORG
Allemagne | LOC | DEU
Berlin | LOC | DEU
Jamshid Rahmani | PER
Chiraz | LOC
Allemagne | LOC | DEU
Rahmani | PER
Téhéran | LOC
Katrin Vogel | PER | DEU
Téhéran | LOC | IRN
Mehdi Kazemi | PER | IRN
Berlin | LOC | DEU
Kazemi | PER | IRN
Union européenne | ORG | EU
Berlin | LOC | DEU
Vingt-Sept | ORG | EU
Bruxelles | LOC
UE | ORG | EU
Allemagne | LOC | DEU
Téhéran | LOC | IRN
Paris | LOC | FRA
Rome | LOC | ITA
Iran | LOC | IRN
""",
    statements=[
        *S("Berlin", "DEU", "IRN", "negative", "act", "Berlin réagissant ainsi",
           "Deux diplomates iraniens ont reçu mercredi l'ordre de quitter l'Allemagne"),
        *S("Katrin Vogel", "DEU", "IRN", "negative", "act", "qui a également convoqué",
           "le chargé d'affaires iranien"),
        *S("Mehdi Kazemi", "IRN", "DEU", "negative", "act", "annoncé",
           "l'expulsion de deux diplomates allemands « en réponse »"),
        *S("Mehdi Kazemi", "IRN", "EU", "negative", "indirect", "Il n'a pas exclu",
           "d'autres « mesures réciproques » si l'Union européenne « venait à s'aligner » sur Berlin"),
        *S("les Vingt-Sept", "EU", "IRN", "negative", "act", "avaient adopté lundi",
           "de nouvelles sanctions contre une trentaine de responsables iraniens"),
        *S("le chef de la diplomatie de l'UE", "EU", "DEU", "positive", "indirect", "a exprimé",
           "sa « pleine solidarité » avec l'Allemagne"),
        *S("le chef de la diplomatie de l'UE", "EU", "IRN", "negative", "indirect", "appelé",
           "Téhéran à « commuer sans délai » la peine"),
        *S("Paris", "FRA", "IRN", "negative", "act", "ont également convoqué", "les ambassadeurs d'Iran"),
        *S("Rome", "ITA", "IRN", "negative", "act", "ont également convoqué", "les ambassadeurs d'Iran"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-02-11-cisjordanie-colonies"] = dict(
    mentions="""
RAMALLAH | LOC
Territoires palestiniens | LOC
AFP | ORG
Autorité palestinienne | ORG | PSE
Israël | LOC | ISR
Cisjordanie | LOC
Haut Conseil de planification | ORG | ISR
ministère israélien de la Défense | ORG | ISR
Cisjordanie | LOC
La Paix maintenant | ORG
Israël | LOC | ISR
AFP | ORG
Nabil Hamdan | PER | PSE
Ramallah | LOC | PSE
Conseil de sécurité de l'ONU | ORG | UN
ministère israélien des Affaires étrangères | ORG | ISR
Union européenne | ORG | EU
Israël | LOC | ISR
Jordanie | LOC | JOR
Jérusalem | LOC
Israël | LOC | ISR
Autorité palestinienne | ORG | PSE
Washington | LOC
département d'Etat | ORG | USA
Israël | LOC | ISR
Hamas | ORG
Gaza | LOC
Autorité palestinienne | ORG | PSE
Cisjordanie | LOC
Jérusalem-Est | LOC
""",
    statements=[
        *S("l'Autorité palestinienne", "PSE", "ISR", "negative", "indirect", "a condamné mardi",
           "le feu vert donné par Israël à la construction de près de 1 800 logements"),
        *S("Nabil Hamdan", "PSE", "ISR", "negative", "direct", "a déclaré à l'AFP",
           "Israël en porte l'entière responsabilité"),
        *S("Ramallah", "PSE", "ISR", "negative", "act", "a par ailleurs adressé une plainte",
           "au Conseil de sécurité de l'ONU contre la « colonisation israélienne »"),
        *S("le ministère israélien des Affaires étrangères", "ISR", "PSE", "negative", "indirect", "a rejeté",
           "des accusations « sans fondement »"),
        *S("l'Union européenne", "EU", "ISR", "negative", "indirect", "a appelé",
           "Israël à « revenir sur cette décision »"),
        *S("la Jordanie", "JOR", "ISR", "negative", "indirect", "a dénoncé",
           "une « violation flagrante » du droit international par Israël"),
        *S("la Jordanie", "JOR", "PSE", "positive", "indirect", "réaffirmé",
           "son soutien à l'Autorité palestinienne"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-03-20-libye-tunisie-ras-jedir"] = dict(
    mentions="""
TUNIS | LOC
AFP | ORG
Tunisie | LOC | TUN
Ras Jedir | LOC
Libye | LOC | LBY
Tripoli | LOC | LBY
ministère tunisien de l'Intérieur | ORG | TUN
Salem al-Mabrouk | PER | LBY
Tripoli | LOC
Tunis | LOC | TUN
Tripoli | LOC | LBY
Benghazi | LOC
Tripoli | LOC | LBY
Algérie | LOC | DZA
Tunis | LOC | TUN
Tripoli | LOC | LBY
Mission d'appui des Nations unies en Libye | ORG | UN
Manul | ORG | UN
Ras Jedir | LOC
""",
    statements=[
        *S("Tripoli", "LBY", "TUN", "negative", "indirect", "vivement critiquée par Tripoli",
           "une décision vivement critiquée par Tripoli"),
        *S("Salem al-Mabrouk", "LBY", "TUN", "negative", "indirect", "Il a accusé",
           "Tunis d'avoir agi « sans la moindre concertation »"),
        *S("le président tunisien", "TUN", "LBY", "negative", "indirect", "a rejeté",
           "les critiques de Tripoli"),
        *S("l'Algérie", "DZA", "TUN LBY", "neutral", "indirect", "a appelé",
           "Tunis et Tripoli à « coordonner leurs efforts »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-06-05-niger-benin-frontiere"] = dict(
    mentions="""
NIAMEY | LOC
AFP | ORG
Bénin | LOC | BEN
Niger | LOC | NER
Bénin | LOC | BEN
Boubacar Issoufou Garba | PER | NER
Niamey | LOC | NER
Cotonou | LOC | BEN
Léandre Agossou | PER | BEN
Niamey | LOC | NER
Sèmè | LOC
Pékin | LOC | CHN
Niamey | LOC
Mali | LOC | MLI
Burkina Faso | LOC | BFA
Niger | LOC | NER
Alliance des Etats du Sahel | ORG | AES
AES | ORG | AES
Niamey | LOC | NER
Paris | LOC
ministère des Armées | ORG | FRA
Cédéao | ORG | ECOWAS
Niger | LOC | NER
""",
    statements=[
        *S("le régime militaire nigérien", "NER", "BEN", "negative", "indirect", "a accusé mercredi",
           "le Bénin d'abriter des « bases françaises »"),
        *S("le régime militaire nigérien", "NER", "FRA", "negative", "indirect", "a accusé mercredi",
           "des « bases françaises » destinées à déstabiliser le Niger"),
        *S("Boubacar Issoufou Garba", "NER", "BEN", "negative", "direct", "a affirmé",
           "Des soldats français sont positionnés dans le nord du Bénin, nous en avons les preuves"),
        *S("Boubacar Issoufou Garba", "NER", "FRA", "negative", "direct", "a affirmé",
           "Des soldats français sont positionnés dans le nord du Bénin"),
        *S("le gouvernement béninois", "BEN", "NER", "negative", "indirect", "a catégoriquement démenti",
           "Le gouvernement béninois a catégoriquement démenti"),
        *S("Léandre Agossou", "BEN", "NER", "negative", "indirect", "qui a appelé",
           "Niamey à « privilégier le dialogue » et à lever les restrictions"),
        *S("Pékin", "CHN", "NER BEN", "neutral", "indirect", "a appelé",
           "les deux voisins à « trouver rapidement une solution »"),
        *S("le Mali", "MLI", "NER", "positive", "indirect", "ont exprimé", "leur « solidarité » avec Niamey"),
        *S("le Burkina Faso", "BFA", "NER", "positive", "indirect", "ont exprimé",
           "leur « solidarité » avec Niamey"),
        *S("le Niger", "NER", "ECOWAS", "negative", "act", "a quittée", "que le Niger a quittée en janvier"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-06-09-algerie-espagne-traite"] = dict(
    mentions="""
ALGER | LOC
AFP | ORG
Algérie | LOC | DZA
Espagne | LOC | ESP
Madrid | LOC | ESP
Sahara occidental | LOC
Maroc | LOC | MAR
El Mouradia | LOC | DZA
Madrid | LOC | ESP
Sahara occidental | LOC
Alger | LOC | DZA
Madrid | LOC
Espagne | LOC | ESP
Algérie | LOC | DZA
Luis Ortega Sanz | PER | ESP
Espagne | LOC | ESP
Bruxelles | LOC
Commission européenne | ORG | EU
Alger | LOC | DZA
Espagne | LOC | ESP
UE | ORG | EU
Algérie | LOC | DZA
Front Polisario | ORG
Alger | LOC | DZA
Algérie | LOC | DZA
Rabat | LOC | MAR
Algérie | LOC | DZA
Espagne | LOC | ESP
Sonatrach | ORG
""",
    statements=[
        *S("l'Algérie", "DZA", "ESP", "negative", "act", "a suspendu mercredi",
           "le traité d'amitié et de bon voisinage qui la lie à l'Espagne"),
        *S("le palais d'El Mouradia", "DZA", "ESP", "negative", "indirect", "a reproché",
           "au gouvernement espagnol d'avoir « violé ses obligations juridiques, morales et politiques »"),
        *S("le gouvernement espagnol", "ESP", "MAR", "positive", "indirect", "en apportant son soutien",
           "au plan d'autonomie marocain"),
        *S("Madrid", "ESP", "MAR", "positive", "indirect", "avait qualifié",
           "de « base la plus sérieuse, réaliste et crédible » pour régler le conflit"),
        *S("Alger", "DZA", "ESP", "negative", "act", "avait alors rappelé",
           "son ambassadeur à Madrid « pour consultations »"),
        *S("le gouvernement espagnol", "ESP", "DZA", "negative", "indirect", "a « regretté »",
           "la décision algérienne"),
        *S("Luis Ortega Sanz", "ESP", "DZA", "positive", "direct", "a assuré",
           "L'Espagne considère l'Algérie comme un pays voisin et ami"),
        *S("la Commission européenne", "EU", "DZA", "negative", "indirect", "a mis en garde",
           "a mis en garde Alger"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-05-27-soudan-du-sud-embargo-onu"] = dict(
    mentions="""
NATIONS UNIES | LOC
Etats-Unis | LOC | USA
AFP | ORG
Conseil de sécurité de l'ONU | ORG | UN
Soudan du Sud | LOC | SSD
Juba | LOC | SSD
Russie | LOC | RUS
Chine | LOC | CHN
Inde | LOC | IND
Conseil | ORG | UN
Kenya | LOC | KEN
Niger | LOC | NER
Tunisie | LOC | TUN
Etats-Unis | LOC | USA
Linda Carver | PER | USA
Russie | LOC | RUS
Juba | LOC | SSD
Juba | LOC
Michael Deng Mabior | PER | SSD
Conseil | ORG | UN
Union africaine | ORG | AU
Kenya | LOC | KEN
Nairobi | LOC
Juba | LOC | SSD
ONU | ORG | UN
""",
    statements=[
        *S("le Conseil de sécurité de l'ONU", "UN", "SSD", "negative", "act", "a prolongé jeudi d'un an",
           "l'embargo sur les armes imposé au Soudan du Sud"),
        *S("Juba", "SSD", "UN", "negative", "indirect", "aussitôt dénoncée par Juba",
           "une décision aussitôt dénoncée par Juba"),
        *S("Linda Carver", "USA", "SSD", "negative", "direct", "a justifié",
           "Le gouvernement sud-soudanais n'a pas tenu ses engagements"),
        *S("le représentant de la Russie", "RUS", "SSD", "positive", "indirect", "a expliqué",
           "la nécessité de « tenir compte des progrès » accomplis par Juba"),
        *S("Michael Deng Mabior", "SSD", "UN", "negative", "indirect", "appelé",
           "le Conseil à lever l'embargo « dès que possible »"),
        *S("l'Union africaine", "AU", "UN", "negative", "indirect", "a « regretté »", "la prolongation"),
        *S("le Kenya", "KEN", "SSD", "negative", "indirect", "a pour sa part appelé",
           "le gouvernement sud-soudanais à « accélérer » l'application de l'accord de paix"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-09-12-roumanie-russie-drone"] = dict(
    mentions="""
BUCAREST | LOC
AFP | ORG
Roumanie | LOC | ROU
Ukraine | LOC | UKR
Plauru | LOC
Danube | LOC
Izmaïl | LOC
ministère roumain de la Défense | ORG | ROU
Otan | ORG | NATO
Russie | LOC | RUS
Andrei Constantinescu | PER | ROU
Bucarest | LOC | ROU
Russie | LOC | RUS
Bucarest | LOC
Telegram | ORG
Kiev | LOC | UKR
Kremlin | LOC | RUS
ministère de la Défense | ORG | RUS
Otan | ORG | NATO
Alliance | ORG | NATO
Roumanie | LOC | ROU
Kiev | LOC | UKR
Bucarest | LOC | ROU
Moscou | LOC | RUS
Danube | LOC
Ukraine | LOC | UKR
Roumanie | LOC | ROU
Moldavie | LOC | MDA
Moscou | LOC | RUS
""",
    statements=[
        *S("la Roumanie", "ROU", "RUS", "negative", "act", "a convoqué mardi", "le chargé d'affaires russe"),
        *S("Andrei Constantinescu", "ROU", "RUS", "negative", "direct", "a déclaré",
           "La Russie doit cesser immédiatement ses attaques contre les infrastructures civiles ukrainiennes"),
        *S("l'ambassade de Russie à Bucarest", "RUS", "ROU", "negative", "indirect", "a rejeté",
           "a rejeté ces accusations"),
        *S("l'ambassade de Russie à Bucarest", "RUS", "UKR", "negative", "indirect", "dénonçant",
           "une « campagne de provocation » orchestrée par Kiev"),
        *S("le secrétaire général de l'Otan", "NATO", "ROU", "positive", "indirect", "a exprimé",
           "la « pleine solidarité » de l'Alliance avec la Roumanie"),
        *S("Kiev", "UKR", "ROU", "positive", "indirect", "a remercié", "Bucarest pour son soutien"),
        *S("Kiev", "UKR", "RUS", "negative", "indirect", "accusé", "Moscou de « semer la terreur » sur le Danube"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-11-11-italie-france-migrants"] = dict(
    mentions="""
ROME | LOC
AFP | ORG
France | LOC | FRA
Paris | LOC | FRA
Italie | LOC | ITA
Ocean Viking | MISC
SOS Méditerranée | ORG
Toulon | LOC
France | LOC | FRA
France | LOC | FRA
Giulio Ferraresi | PER | ITA
Farnesina | LOC
Rome | LOC | ITA
Paris | LOC | FRA
Italie | LOC | ITA
Bruxelles | LOC
Commission européenne | ORG | EU
Rome | LOC | ITA
Paris | LOC | FRA
Espagne | LOC | ESP
Grèce | LOC | GRC
Malte | LOC | MLT
Chypre | LOC | CYP
France | LOC | FRA
Berlin | LOC | DEU
Paris | LOC | FRA
Ocean Viking | MISC
Allemagne | LOC | DEU
Italie | LOC | ITA
""",
    statements=[
        *S("le gouvernement italien", "ITA", "FRA", "negative", "indirect", "a accusé vendredi",
           "la France de réagir de manière « incompréhensible et injustifiée »"),
        *S("Paris", "FRA", "ITA", "negative", "act", "la décision de Paris de suspendre",
           "la décision de Paris de suspendre l'accueil de 3 500 migrants arrivés en Italie"),
        *S("Giulio Ferraresi", "ITA", "FRA", "negative", "direct", "a déclaré",
           "La France a choisi la voie de l'affrontement"),
        *S("le ministre français de l'Intérieur", "FRA", "ITA", "negative", "indirect",
           "avait jugé « inacceptable »", "le comportement de Rome"),
        *S("la Commission européenne", "EU", "ITA FRA", "neutral", "indirect", "a appelé",
           "Rome et Paris à « apaiser les tensions »"),
        *S("Berlin", "DEU", "FRA", "positive", "indirect", "a en revanche salué",
           "le geste de Paris envers l'Ocean Viking"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-09-19-canada-inde-diplomate"] = dict(
    mentions="""
OTTAWA | LOC
AFP | ORG
Inde | LOC | IND
Ottawa | LOC | CAN
Toronto | LOC
New Delhi | LOC
ministère indien des Affaires étrangères | ORG | IND
Arvind Mehra | PER | IND
Ottawa | LOC | CAN
Canada | LOC | CAN
Inde | LOC | IND
Ottawa | LOC | CAN
Hélène Gagnon | PER | CAN
New Delhi | LOC | IND
Gendarmerie royale du Canada | ORG | CAN
GRC | ORG | CAN
Washington | LOC | USA
Ottawa | LOC | CAN
New Delhi | LOC | IND
Australie | LOC | AUS
Royaume-Uni | LOC | GBR
Canada | LOC | CAN
""",
    statements=[
        *S("l'Inde", "IND", "CAN", "negative", "act", "a expulsé mardi", "un diplomate canadien"),
        *S("Ottawa", "CAN", "IND", "negative", "act", "en représailles au renvoi",
           "au renvoi la veille d'un fonctionnaire consulaire indien par Ottawa"),
        *S("Arvind Mehra", "IND", "CAN", "negative", "indirect", "qualifiant",
           'd\'"infondées" les accusations d\'Ottawa'),
        *S("Hélène Gagnon", "CAN", "IND", "negative", "indirect", "qui a exhorté",
           'New Delhi à "coopérer pleinement"'),
        *S("Washington", "USA", "CAN IND", "neutral", "indirect", "a appelé",
           'Ottawa et New Delhi à "régler ce différend par la voie diplomatique"'),
        *S("l'Australie", "AUS", "CAN", "neutral", "indirect", 'a dit "prendre note"',
           "des informations canadiennes"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2025-07-29-argentine-fmi-tranche"] = dict(
    mentions="""
BUENOS AIRES | LOC
AFP | ORG
Fonds monétaire international | ORG | IMF
FMI | ORG | IMF
Argentine | LOC | ARG
Casa Rosada | LOC | ARG
Fonds | ORG | IMF
Santiago Ferreyra | PER | ARG
X | ORG
FMI | ORG | IMF
Anne-Marie Lenoir | PER | IMF
département américain du Trésor | ORG | USA
Buenos Aires | LOC | ARG
Pékin | LOC | CHN
Brésil | LOC | BRA
Argentine | LOC | ARG
FMI | ORG | IMF
Santiago | LOC
CGT | ORG
Washington | LOC | USA
Argentine | LOC | ARG
Amérique latine | LOC
FMI | ORG | IMF
""",
    statements=[
        *S("le Fonds monétaire international", "IMF", "ARG", "positive", "act", "a approuvé mardi",
           "le versement d'une nouvelle tranche de 2 milliards de dollars à l'Argentine"),
        *S("la Casa Rosada", "ARG", "IMF", "positive", "indirect", "s'est aussitôt félicitée",
           "d'une « reconnaissance internationale » de sa politique d'austérité"),
        *S("Santiago Ferreyra", "ARG", "IMF", "positive", "direct", "a écrit",
           "Le Fonds confirme que nous sommes sur la bonne voie"),
        *S("Anne-Marie Lenoir", "IMF", "ARG", "positive", "indirect", "a salué",
           "la « discipline budgétaire » du gouvernement argentin"),
        *S("Anne-Marie Lenoir", "IMF", "ARG", "negative", "indirect", "tout en l'appelant",
           "à « reconstituer plus rapidement » les réserves de change"),
        *S("le département américain du Trésor", "USA", "IMF", "positive", "indirect",
           "La décision a été saluée par", "La décision a été saluée par le département américain du Trésor"),
        *S("le département américain du Trésor", "USA", "ARG", "positive", "indirect", "a loué",
           "« l'engagement courageux » de Buenos Aires"),
        *S("Pékin", "CHN", "ARG", "positive", "act", "a par ailleurs confirmé",
           "le renouvellement de son accord d'échange de devises de 5 milliards de dollars avec la banque "
           "centrale argentine"),
        *S("le Brésil", "BRA", "IMF", "positive", "indirect", "a salué", "la décision du FMI"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-05-24-taiwan-oms-assemblee"] = dict(
    mentions="""
GENEVE | LOC
AFP | ORG
Taïwan | LOC | TWN
Assemblée mondiale de la santé | ORG | WHO
Pékin | LOC | CHN
Organisation mondiale de la santé | ORG | WHO
OMS | ORG | WHO
OMS | ORG | WHO
Chen Wen-hsiung | PER | TWN
Taipei | LOC
Etats-Unis | LOC | USA
Japon | LOC | JPN
Paraguay | LOC | PRY
Pékin | LOC | CHN
Taïwan | LOC | TWN
Chine | LOC | CHN
Chine | LOC | CHN
Washington | LOC | USA
Taïwan | LOC | TWN
OMS | ORG | WHO
OMS | ORG | WHO
Taipei | LOC | TWN
""",
    statements=[
        *S("Taïwan", "TWN", "CHN", "negative", "indirect", "accusant",
           "Pékin d'avoir une nouvelle fois « pris en otage » la santé de ses 23 millions d'habitants"),
        *S("Chen Wen-hsiung", "TWN", "WHO", "negative", "direct", "a déclaré",
           "L'OMS ne peut pas laisser la politique décider qui a droit à la santé"),
        *S("Chen Wen-hsiung", "TWN", "USA JPN PRY", "positive", "indirect", "Il a remercié",
           "les Etats-Unis, le Japon et le Paraguay pour leur « soutien indéfectible »"),
        *S("Pékin", "CHN", "TWN", "negative", "indirect", "a rejeté", "Pékin a rejeté ces critiques"),
        *S("un porte-parole de la diplomatie chinoise", "CHN", "TWN", "negative", "direct", "a affirmé",
           "Taïwan fait partie de la Chine"),
        *S("Washington", "USA", "TWN", "positive", "indirect", "a réaffirmé",
           "son soutien à la participation de Taïwan"),
        *S("Washington", "USA", "WHO", "negative", "indirect", "appelé",
           "l'OMS à « cesser d'exclure » l'île de ses travaux"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-02-03-philippines-australie-defense"] = dict(
    mentions="""
MANILLE | LOC
AFP | ORG
Philippines | LOC | PHL
Australie | LOC | AUS
mer de Chine méridionale | LOC
Tokyo | LOC | JPN
Séoul | LOC | KOR
Pékin | LOC | CHN
Rodolfo Santos | PER | PHL
Manille | LOC
Peter Hollis | PER | AUS
Santos | PER | PHL
Canberra | LOC | AUS
Manille | LOC | PHL
Australie | LOC | AUS
Philippines | LOC | PHL
Hollis | PER | AUS
ministère chinois des Affaires étrangères | ORG | CHN
Li Jun | PER | CHN
Canberra | LOC | AUS
mer de Chine méridionale | LOC
Manille | LOC | PHL
Scarborough | LOC
Pékin | LOC | CHN
Washington | LOC | USA
""",
    statements=[
        *S("les Philippines", "PHL", "AUS", "positive", "act", "ont signé vendredi",
           "un accord de défense autorisant des patrouilles conjointes"),
        *S("l'Australie", "AUS", "PHL", "positive", "act", "ont signé vendredi",
           "un accord de défense autorisant des patrouilles conjointes"),
        *S("Tokyo", "JPN", "PHL AUS", "positive", "indirect", "saluée par Tokyo et Séoul",
           "une initiative saluée par Tokyo et Séoul"),
        *S("Séoul", "KOR", "PHL AUS", "positive", "indirect", "saluée par Tokyo et Séoul",
           "une initiative saluée par Tokyo et Séoul"),
        *S("Pékin", "CHN", "PHL AUS", "negative", "indirect", "vivement critiquée par Pékin",
           "vivement critiquée par Pékin"),
        *S("Rodolfo Santos", "PHL", "AUS", "positive", "indirect", "a remercié",
           'Canberra pour son "engagement constant"'),
        *S("Peter Hollis", "AUS", "PHL", "positive", "direct", "a affirmé",
           "L'Australie se tient aux côtés des Philippines"),
        *S("Li Jun", "CHN", "AUS", "negative", "indirect", "accusant",
           'Canberra de vouloir "militariser" la mer de Chine méridionale'),
        *S("Manille", "PHL", "CHN", "negative", "indirect", "accuse régulièrement",
           "les garde-côtes chinois de manœuvres dangereuses"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-04-16-soudan-tchad-armes"] = dict(
    mentions="""
PORT-SOUDAN | LOC
AFP | ORG
Tchad | LOC | TCD
Forces de soutien rapide | ORG
FSR | ORG
N'Djamena | LOC | TCD
ministère soudanais des Affaires étrangères | ORG | SDN
Amdjarass | LOC
Tchad | LOC | TCD
Darfour | LOC
Emirats | LOC | ARE
Tchad | LOC | TCD
Soudan | LOC | SDN
ONU | ORG | UN
Omer Siddig Babiker | PER | SDN
Abakar Mahamat Saleh | PER | TCD
Abou Dhabi | LOC | ARE
Soudan | LOC | SDN
Tchad | LOC | TCD
HCR | ORG | UN
Union africaine | ORG | AU
Soudan | LOC | SDN
Tchad | LOC | TCD
Washington | LOC | USA
FSR | ORG
""",
    statements=[
        *S("le gouvernement soudanais", "SDN", "TCD", "negative", "indirect", "a accusé mardi",
           "le Tchad de laisser transiter par son territoire des armes"),
        *S("N'Djamena", "TCD", "SDN", "negative", "indirect", "aussitôt rejetées par N'Djamena",
           "des accusations aussitôt rejetées par N'Djamena"),
        *S("le ministère soudanais des Affaires étrangères", "SDN", "TCD", "negative", "attribution",
           "Selon le ministère soudanais des Affaires étrangères",
           "des avions-cargos atterrissent plusieurs fois par semaine sur l'aéroport d'Amdjarass"),
        *S("Omer Siddig Babiker", "SDN", "ARE TCD", "negative", "direct", "a affirmé",
           "Les Emirats financent et arment une milice qui massacre les civils soudanais, et le Tchad lui "
           "sert de porte d'entrée"),
        *S("Abakar Mahamat Saleh", "TCD", "SDN", "negative", "indirect", "a dénoncé",
           "des « allégations mensongères »"),
        *S("Abou Dhabi", "ARE", "SDN", "negative", "indirect", "a également démenti",
           "qualifiant de « ridicules » les accusations soudanaises"),
        *S("l'Union africaine", "AU", "SDN TCD", "neutral", "indirect", "a appelé",
           "le Soudan et le Tchad à « éviter toute escalade »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2019-09-17-cricket-pakistan-inde"] = dict(
    mentions="""
COLOMBO | LOC
AFP | ORG
Pakistan | LOC | PAK
Inde | LOC | IND
Colombo | LOC
Coupe d'Asie | MISC
Imran Qadir | PER
Khettarama | LOC
Inde | LOC | IND
Shaheen Malik | PER
Qadir | PER
Inde | LOC | IND
Sanjay Kulkarni | PER
Pakistan | LOC | PAK
Sri Lanka | LOC | LKA
Bangladesh | LOC | BGD
Kandy | LOC
Coupe du monde | MISC
Conseil international du cricket | ORG
ICC | ORG
Angleterre | LOC
Twitter | ORG
""",
    statements=[],
)

# ---------------------------------------------------------------------------
DOCS["afp-2019-07-06-festival-baalbek"] = dict(
    mentions="""
BAALBEK | LOC
Liban | LOC | LBN
AFP | ORG
temple de Bacchus | LOC
Festival international de Baalbek | MISC
Levant | LOC
Liban | LOC | LBN
Syrie | LOC | SYR
Jordanie | LOC | JOR
Italie | LOC | ITA
Hiba Nasrallah | PER
Marco Bellandi | PER
AFP | ORG
Zahlé | LOC
Nawa | ORG
Europe | LOC
Alep | LOC
Karim Sabbagh | PER
Liban | LOC | LBN
Bekaa | LOC
Baalbek | LOC
Unesco | ORG | UN
Les Portes de Damas | MISC
Samir Aoun | PER
""",
    statements=[],
)

# ---------------------------------------------------------------------------
DOCS["afp-2025-08-14-kenya-the-secheresse"] = dict(
    mentions="""
NAIROBI | LOC
AFP | ORG
Mombasa | LOC
Association est-africaine du commerce du thé | ORG
Département météorologique du Kenya | ORG | KEN
Kericho | LOC
Nyeri | LOC
AFP | ORG
Grace Wanjiru | PER
Kericho | LOC
Kenya | LOC | KEN
Pakistan | LOC | PAK
Egypte | LOC | EGY
Royaume-Uni | LOC | GBR
Sri Lanka | LOC | LKA
Inde | LOC | IND
Fonds monétaire international | ORG | IMF
Conseil du thé du Kenya | ORG | KEN
""",
    statements=[],
)
