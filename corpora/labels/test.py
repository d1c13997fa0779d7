"""Labels of the test set (texts in corpora/test/).

Held-out: never tune rules, lexicons, thresholds or prompts on this set.
Read by scripts/make_gold.py; see corpora/labels/README.md for the format.
Conventions are in corpora/README.md ("Annotation decisions"); the documents
and their hard cases are listed in corpora/labels/README-test.md.
"""
from make_gold import S

# Codes this set needs beyond make_gold.py's shared sets.
STATE_ACTORS = {
    "AGO", "ARE", "ARG", "AUS", "BDI", "BGD", "BLR", "BOL", "CHL", "CIV", "CMR", "COD",
    "COL", "CZE", "DNK", "EGY", "EST", "ETH", "FIN", "GEO", "GHA", "GIN", "GUY", "IDN",
    "IRQ", "ITA", "JOR", "KAZ", "KEN", "KGZ", "KHM", "LAO", "LBY", "LKA", "LTU", "MDA",
    "MEX", "MMR", "MNG", "MYS", "NGA", "NOR", "PER", "POL", "ROU", "RWA", "SAU", "SEN",
    "SOM", "SWE", "SYR", "TCD", "THA", "TUN", "UGA", "VEN",
}

# Capitalised words that are not entities.
NOT_ENTITIES = {
    "A",                                          # unaccented "A Caracas", "A Washington"
    "Avec", "Beaucoup", "Créé", "En", "Ensemble", "Je", "Mais", "Personne", "Quelque",
    "Reporté", "Réuni", "Réunis", "Son", "Venus", "Vous",   # sentence openers
    "Premier",                                    # "Premier ministre"
    "Agriculture", "Culture", "Industries", "Information", "Intérieur", "Sciences",
                                                  # job titles ("ministre de l'Intérieur")
    "ONG",                                        # common-noun acronym
    "Covid-19",                                   # a disease, not an entity
    "XXe",                                        # "au début du XXe siècle"
}

DOCS: dict[str, dict] = {}

# ---------------------------------------------------------------------------
DOCS["afp-2019-03-21-malaisie-ue-huile-de-palme"] = dict(
    mentions="""
Kuala Lumpur | LOC
AFP | ORG
Malaisie | LOC | MYS
Union européenne | ORG | EU
Bruxelles | LOC | EU
Zulkifli Hamzah | PER | MYS
Putrajaya | LOC
Organisation mondiale du commerce | ORG
OMC | ORG
Indonésie | LOC | IDN
Jakarta | LOC | IDN
ministère indonésien de la Coordination économique | ORG | IDN
Zulkifli | PER | MYS
Jakarta | LOC | IDN
Kuala Lumpur | LOC | MYS
Commission européenne | ORG | EU
Kuala Lumpur | LOC | MYS
Bruxelles | LOC
Union | ORG | EU
Colombie | LOC | COL
Bogota | LOC | COL
Inde | LOC | IND
Chine | LOC | CHN
Bornéo | LOC
Sumatra | LOC
UE | ORG | EU
""",
    statements=[
        *S("la Malaisie", "MYS", "EU", "negative", "indirect", "a accusé",
           "l'Union européenne de mener une « guerre commerciale » contre l'huile de palme"),
        *S("Zulkifli Hamzah", "MYS", "EU", "negative", "direct", "a déclaré",
           "Il s'agit d'une discrimination pure et simple contre les pays producteurs, déguisée en politique environnementale"),
        *S("l'Indonésie", "IDN", "MYS", "positive", "indirect", "a apporté son soutien",
           "a apporté son soutien à son voisin"),
        *S("Jakarta", "IDN", "EU", "negative", "indirect", "a dénoncé",
           "des critères « injustes » et « sans fondement scientifique »"),
        *S("Zulkifli Hamzah", "MYS", "IDN", "positive", "indirect", "a salué",
           "la « solidarité » de Jakarta"),
        *S("la Commission européenne", "EU", "MYS", "negative", "indirect", "a rejeté",
           "a rejeté les accusations de Kuala Lumpur"),
        *S("Bogota", "COL", "EU", "neutral", "indirect", "a « pris note »",
           "a « pris note » de la décision européenne"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2019-07-04-cote-d-ivoire-ghana-cacao"] = dict(
    mentions="""
Abidjan | LOC
AFP | ORG
Côte d'Ivoire | LOC | CIV
Ghana | LOC | GHA
Accra | LOC
Londres | LOC
New York | LOC
Adama Koné | PER | CIV
Ghana | LOC | GHA
Kwabena Owusu | PER | GHA
Abidjan | LOC | CIV
Côte d'Ivoire | LOC | CIV
Commission de la Communauté économique des Etats d'Afrique de l'Ouest | ORG | ECOWAS
Cédéao | ORG | ECOWAS
Nigeria | LOC | NGA
Cameroun | LOC | CMR
Cargill | ORG
Barry Callebaut | ORG
AFP | ORG
Londres | LOC
Organisation internationale du cacao | ORG
""",
    statements=[
        *S("Adama Koné", "CIV", "GHA", "positive", "indirect", "a remercié",
           "le Ghana pour sa « confiance »"),
        *S("Kwabena Owusu", "GHA", "CIV", "positive", "indirect", "a salué",
           "un « partenariat historique » avec Abidjan"),
        *S("la Commission de la Communauté économique des Etats d'Afrique de l'Ouest", "ECOWAS",
           "CIV GHA", "positive", "indirect", "a félicité",
           "les deux pays pour une initiative qui « montre la voie de l'intégration régionale »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2019-11-22-chili-onu-droits-humains"] = dict(
    mentions="""
Santiago | LOC
AFP | ORG
Haut-Commissariat de l'ONU aux droits de l'homme | ORG | UN
Genève | LOC
Carolina Vidal | PER | CHL
Chili | LOC | CHL
ONU | ORG | UN
Caracas | LOC
Santiago | LOC | CHL
Andrés Lagos | PER | CHL
Caracas | LOC | VEN
Pérou | LOC | PER
Lima | LOC | PER
Chili | LOC | CHL
ministère péruvien des Relations extérieures | ORG | PER
Santiago | LOC | CHL
Institut national des droits humains | ORG | CHL
""",
    statements=[
        *S("le Haut-Commissariat de l'ONU aux droits de l'homme", "UN", "CHL", "negative", "indirect",
           "a accusé", "la police chilienne d'avoir fait un usage « excessif et injustifié » de la force"),
        *S("Carolina Vidal", "CHL", "UN", "neutral", "indirect", "a indiqué",
           "a « pris note » du rapport"),
        *S("Carolina Vidal", "CHL", "UN", "negative", "indirect", "reprochant",
           "reprochant aux enquêteurs de l'ONU d'avoir « ignoré les violences »"),
        *S("le gouvernement vénézuélien", "VEN", "CHL", "negative", "indirect", "a dénoncé",
           "la « répression sauvage » orchestrée selon lui par Santiago"),
        *S("Andrés Lagos", "CHL", "VEN", "negative", "indirect", "a accusé",
           "Caracas de chercher à « détourner l'attention » de sa propre crise"),
        *S("le Pérou", "PER", "CHL", "positive", "indirect", "a de son côté exprimé",
           "sa « solidarité » avec le gouvernement chilien"),
        *S("le ministère péruvien des Relations extérieures", "PER", "CHL", "positive", "direct",
           "a affirmé", "soutient les efforts du Chili pour rétablir l'ordre dans le respect de la loi"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-03-05-somalie-kenya-gedo"] = dict(
    mentions="""
MOGADISCIO | LOC
AFP | ORG
Somalie | LOC | SOM
Kenya | LOC | KEN
Beled Hawo | LOC
Gedo | LOC
ministère somalien de l'Information | ORG | SOM
Jubaland | LOC
Mogadiscio | LOC | SOM
Kenya | LOC | KEN
Abdullahi Warsame | PER | SOM
Nairobi | LOC | KEN
Grace Wanjiru | PER | KEN
Mogadiscio | LOC | SOM
Commission de l'Union africaine | ORG | AU
Somalie | LOC | SOM
Kenya | LOC | KEN
Baidoa | LOC
Al-Qaïda | ORG
Cour internationale de justice | ORG | UN
océan Indien | LOC
Bureau de coordination des affaires humanitaires de l'ONU | ORG | UN
Ocha | ORG | UN
Beled Hawo | LOC
Mandera | LOC
Kenya | LOC | KEN
""",
    statements=[
        *S("la Somalie", "SOM", "KEN", "negative", "indirect", "a accusé",
           'le Kenya d\'avoir "violé sa souveraineté"'),
        *S("le ministère somalien de l'Information", "SOM", "KEN", "negative", "indirect", "affirme",
           'des soldats kényans ont "franchi la frontière"'),
        *S("Abdullahi Warsame", "SOM", "KEN", "negative", "direct", "a déclaré",
           "Nous exigeons que le Kenya cesse immédiatement toute ingérence dans nos affaires intérieures"),
        *S("Nairobi", "KEN", "SOM", "negative", "indirect", "a rejeté ces accusations",
           "Nairobi a rejeté ces accusations"),
        *S("Grace Wanjiru", "KEN", "SOM", "negative", "indirect", "accusant",
           'Mogadiscio de "chercher un bouc émissaire"'),
        *S("le président de la Commission de l'Union africaine", "AU", "SOM KEN", "neutral", "indirect",
           "a appelé", 'la Somalie et le Kenya à "régler leurs différends par le dialogue"'),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-06-21-libye-egypte-turquie-syrte"] = dict(
    mentions="""
Tripoli | LOC
AFP | ORG
GNA | ORG | LBY
ONU | ORG | UN
Libye | LOC | LBY
Tripoli | LOC | LBY
Syrte | LOC
GNA | ORG | LBY
Khaled Bensalem | PER | LBY
Le Caire | LOC | EGY
Armée nationale libyenne | ORG
ANL | ORG
Libye | LOC | LBY
Egypte | LOC | EGY
Le Caire | LOC | EGY
Syrte | LOC
Al-Joufra | LOC
Turquie | LOC | TUR
GNA | ORG | LBY
Tripoli | LOC | LBY
Libye | LOC | LBY
Kerem Aydin | PER | TUR
Ankara | LOC | TUR
France | LOC | FRA
Libye | LOC | LBY
ANL | ORG
Paris | LOC | FRA
ANL | ORG
Quai d'Orsay | LOC | FRA
Méditerranée | LOC
ANL | ORG
Emirats arabes unis | LOC | ARE
Arabie saoudite | LOC | SAU
Egypte | LOC | EGY
ONU | ORG | UN
Libye | LOC | LBY
Genève | LOC
Nations unies | ORG | UN
ONU | ORG | UN
ANL | ORG
""",
    statements=[
        *S("le gouvernement d'union nationale", "LBY", "EGY", "negative", "indirect", "a dénoncé",
           "une « déclaration de guerre »"),
        *S("Khaled Bensalem", "LBY", "EGY", "negative", "indirect", "Il a accusé",
           "Le Caire d'armer depuis des années les forces de l'Armée nationale libyenne"),
        *S("le président égyptien", "EGY", "LBY", "negative", "indirect", "avait menacé",
           "d'envoyer des troupes en Libye"),
        *S("la Turquie", "TUR", "LBY", "positive", "indirect", "a réaffirmé",
           "son appui à Tripoli"),
        *S("Kerem Aydin", "TUR", "LBY", "positive", "direct", "a affirmé",
           "Nous continuerons à soutenir le gouvernement légitime de la Libye"),
        *S("Ankara", "TUR", "FRA", "negative", "indirect", "a en outre accusé",
           "la France de « jouer un jeu dangereux » en Libye"),
        *S("Paris", "FRA", "TUR", "negative", "indirect", "a démenti",
           "Paris a démenti tout soutien militaire à l'ANL"),
        *S("le Quai d'Orsay", "FRA", "TUR", "negative", "indirect", "a au contraire dénoncé",
           "le « comportement agressif » de la marine turque"),
        *S("les Emirats arabes unis", "ARE", "EGY", "positive", "indirect", "ont également exprimé",
           "leur soutien à l'Egypte"),
        *S("l'Arabie saoudite", "SAU", "EGY", "positive", "indirect", "ont également exprimé",
           "leur soutien à l'Egypte"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-07-10-kazakhstan-chine-pneumonie"] = dict(
    mentions="""
Nur-Sultan | LOC
AFP | ORG
Kazakhstan | LOC | KAZ
Chine | LOC | CHN
Chine | LOC | CHN
Nur-Sultan | LOC
Atyraou | LOC
Aktobe | LOC
ministère kazakh de la Santé | ORG | KAZ
Pékin | LOC | CHN
Almaty | LOC
ministère chinois des Affaires étrangères | ORG | CHN
Organisation mondiale de la santé | ORG | WHO
OMS | ORG | WHO
Kazakhstan | LOC | KAZ
Genève | LOC
Russie | LOC | RUS
Kirghizistan | LOC | KGZ
Kazakhstan | LOC | KAZ
""",
    statements=[
        *S("le Kazakhstan", "KAZ", "CHN", "negative", "indirect", "rejetant",
           "rejetant une mise en garde de l'ambassade de Chine qualifiée de « fausse information »"),
        *S("le ministère kazakh de la Santé", "KAZ", "CHN", "negative", "direct", "a déclaré",
           "Les informations publiées par l'ambassade ne correspondent pas à la réalité"),
        *S("un porte-parole de la diplomatie kazakhe", "KAZ", "CHN", "positive", "indirect", "Il a salué",
           "la « coopération étroite » de Pékin dans la lutte contre l'épidémie"),
        *S("le ministère chinois des Affaires étrangères", "CHN", "KAZ", "positive", "indirect",
           "s'est dit « pleinement confiant »",
           "« pleinement confiant » dans la capacité des autorités kazakhes à maîtriser la situation"),
        *S("l'Organisation mondiale de la santé", "WHO", "KAZ", "neutral", "indirect", "a « pris note »",
           "a « pris note » des explications du Kazakhstan"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-08-19-belarus-election-ue"] = dict(
    mentions="""
Bruxelles | LOC
AFP | ORG
Union européenne | ORG | EU
Bélarus | LOC | BLR
Conseil européen | ORG | EU
UE | ORG | EU
Minsk | LOC | BLR
Viktor Lisovski | PER | BLR
Bruxelles | LOC | EU
UE | ORG | EU
Kremlin | LOC | RUS
Minsk | LOC | BLR
Moscou | LOC | RUS
Bélarus | LOC | BLR
Lituanie | LOC | LTU
Vilnius | LOC
Pologne | LOC | POL
ministère bélarusse de l'Intérieur | ORG | BLR
""",
    statements=[
        *S("l'Union européenne", "EU", "BLR", "negative", "act", "annoncé des sanctions",
           "des sanctions contre les responsables des fraudes et de la répression des manifestations"),
        *S("le président du Conseil européen", "EU", "BLR", "negative", "direct", "a déclaré",
           "Ces élections n'ont été ni libres ni équitables"),
        *S("Minsk", "BLR", "EU", "negative", "indirect", "a aussitôt dénoncé",
           "une « ingérence » dans ses affaires intérieures"),
        *S("Viktor Lisovski", "BLR", "EU", "negative", "indirect", "a accusé",
           "Bruxelles de « soutenir ouvertement » les organisateurs des manifestations"),
        *S("le Kremlin", "RUS", "BLR", "positive", "indirect", "a apporté son soutien",
           "son soutien à Minsk"),
        *S("un porte-parole de la présidence russe", "RUS", "BLR", "positive", "direct", "a affirmé",
           "est prêt à fournir l'aide nécessaire"),
        *S("la Lituanie", "LTU", "BLR", "negative", "indirect", "a appelé",
           "le pouvoir bélarusse à « cesser immédiatement les violences »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-09-17-france-aukus-ambassadeurs"] = dict(
    mentions="""
Paris | LOC
AFP | ORG
France | LOC | FRA
Etats-Unis | LOC | USA
Australie | LOC | AUS
Washington | LOC | USA
Canberra | LOC | AUS
Londres | LOC | GBR
Australie | LOC | AUS
Etats-Unis | LOC | USA
Canberra | LOC | AUS
Paris | LOC | FRA
Londres | LOC
Washington | LOC
département d'Etat | ORG | USA
France | LOC | FRA
Etats-Unis | LOC | USA
France | LOC | FRA
Canberra | LOC
Pékin | LOC | CHN
Washington | LOC | USA
Londres | LOC | GBR
Canberra | LOC | AUS
Union européenne | ORG | EU
UE | ORG | EU
France | LOC | FRA
Londres | LOC | GBR
Paris | LOC | FRA
Naval Group | ORG
Cherbourg | LOC
Adelaïde | LOC
""",
    statements=[
        *S("la France", "FRA", "USA AUS", "negative", "act", "a rappelé",
           "ses ambassadeurs aux Etats-Unis et en Australie"),
        *S("le ministre des Affaires étrangères", "FRA", "AUS USA", "negative", "direct", "a indiqué",
           "Cette décision exceptionnelle est justifiée par la gravité exceptionnelle des annonces faites "
           "le 15 septembre par l'Australie et les Etats-Unis"),
        *S("un porte-parole du département d'Etat", "USA", "FRA", "positive", "direct", "a assuré",
           "un allié vital"),
        *S("le gouvernement australien", "AUS", "FRA", "neutral", "indirect", "a pour sa part « pris acte »",
           "« pris acte » du rappel de l'ambassadeur de France"),
        *S("le Premier ministre", "AUS", "FRA", "neutral", "direct", "a déclaré",
           "Nous comprenons la déception de nos partenaires français"),
        *S("Pékin", "CHN", "USA GBR AUS", "negative", "indirect", "accusant",
           "Washington, Londres et Canberra de céder à une « mentalité de guerre froide »"),
        *S("le chef de la diplomatie de l'Union européenne", "EU", "FRA", "positive", "indirect", "a exprimé",
           "la « solidarité » de l'UE avec la France"),
        *S("Londres", "GBR", "FRA", "positive", "indirect", "a de son côté assuré",
           "ses relations avec Paris restaient « solides et durables »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-05-18-suede-finlande-otan"] = dict(
    mentions="""
Bruxelles | LOC
AFP | ORG
Suède | LOC | SWE
Finlande | LOC | FIN
Otan | ORG | NATO
Turquie | LOC | TUR
Finlande | LOC | FIN
Suède | LOC | SWE
Otan | ORG | NATO
Stockholm | LOC | SWE
Helsinki | LOC | FIN
Ukraine | LOC | UKR
Ankara | LOC | TUR
Suède | LOC | SWE
Finlande | LOC | FIN
Parti des travailleurs du Kurdistan | ORG
PKK | ORG
Suède | LOC | SWE
Kremlin | LOC | RUS
Russie | LOC | RUS
Sergueï Volkine | PER | RUS
Helsinki | LOC | FIN
Stockholm | LOC | SWE
Oslo | LOC | NOR
Copenhague | LOC | DNK
Suède | LOC | SWE
Finlande | LOC | FIN
Maison Blanche | LOC
""",
    statements=[
        *S("la Turquie", "TUR", "SWE FIN", "negative", "indirect", "menace de bloquer",
           "menace de bloquer le processus"),
        *S("le secrétaire général de l'Otan", "NATO", "FIN SWE", "positive", "direct", "a déclaré",
           "Nous accueillons chaleureusement les demandes de la Finlande et de la Suède"),
        *S("Stockholm", "SWE", "NATO", "positive", "indirect", "ont remercié",
           "l'alliance pour son « soutien sans faille »"),
        *S("Helsinki", "FIN", "NATO", "positive", "indirect", "ont remercié",
           "l'alliance pour son « soutien sans faille »"),
        *S("Ankara", "TUR", "SWE FIN", "negative", "indirect", "accusant",
           "la Suède et, dans une moindre mesure, la Finlande d'abriter des militants du Parti des travailleurs du Kurdistan"),
        *S("le président turc", "TUR", "SWE", "negative", "direct", "a affirmé",
           "La Suède est une pépinière pour les organisations terroristes"),
        *S("le Kremlin", "RUS", "NATO", "negative", "indirect", "a de nouveau dénoncé",
           "l'élargissement de l'alliance, une « menace »"),
        *S("Sergueï Volkine", "RUS", "FIN SWE", "negative", "indirect", "a averti",
           "Helsinki et Stockholm qu'ils commettaient « une grave erreur aux conséquences lourdes »"),
        *S("Oslo", "NOR", "SWE FIN", "positive", "indirect", "ont salué", "la décision de leurs voisins"),
        *S("Copenhague", "DNK", "SWE FIN", "positive", "indirect", "ont salué", "la décision de leurs voisins"),
        *S("le président américain", "USA", "SWE FIN", "positive", "indirect", "apporté son soutien",
           "son soutien aux candidatures de la Suède et de la Finlande"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-06-15-rdc-rwanda-m23"] = dict(
    mentions="""
Kinshasa | LOC
AFP | ORG
République démocratique du Congo | LOC | COD
Rwanda | LOC | RWA
M23 | ORG
Bunagana | LOC
Nord-Kivu | LOC
Rwanda | LOC | RWA
M23 | ORG
Patrick Mbala | PER | COD
Conseil supérieur de la défense | ORG | COD
Conseil supérieur de la défense | ORG | COD
RwandAir | ORG
RDC | LOC | COD
Rwanda | LOC | RWA
Kinshasa | LOC
Kigali | LOC | RWA
Kinshasa | LOC | COD
Claire Uwase | PER | RWA
FDLR | ORG
Union africaine | ORG | AU
Kinshasa | LOC | COD
Kigali | LOC | RWA
Luanda | LOC
Belgique | LOC | BEL
Kinshasa | LOC | COD
M23 | ORG
Rwanda | LOC | RWA
Etats-Unis | LOC | USA
Washington | LOC | USA
Rwanda | LOC | RWA
M23 | ORG
département d'Etat | ORG | USA
Commission de l'Union africaine | ORG | AU
M23 | ORG
ONU | ORG | UN
Ouganda | LOC | UGA
M23 | ORG
Kinshasa | LOC | COD
""",
    statements=[
        *S("la République démocratique du Congo", "COD", "RWA", "negative", "indirect", "a accusé",
           "le Rwanda de soutenir les rebelles du M23"),
        *S("Patrick Mbala", "COD", "RWA", "negative", "direct", "a déclaré",
           "Il ne fait plus aucun doute que le Rwanda est derrière le M23"),
        *S("l'armée congolaise", "COD", "RWA", "negative", "attribution", "Selon l'armée congolaise",
           "des soldats rwandais ont directement participé à l'offensive"),
        *S("le Conseil supérieur de la défense", "COD", "RWA", "negative", "act", "a décidé",
           "convoquer l'ambassadeur du Rwanda à Kinshasa"),
        *S("Kigali", "RWA", "COD", "negative", "indirect", "a démenti",
           "a démenti « catégoriquement » toute implication"),
        *S("Claire Uwase", "RWA", "COD", "negative", "direct", "a affirmé",
           "C'est un problème congolais que Kinshasa tente d'exporter"),
        *S("le président angolais", "AGO", "COD RWA", "neutral", "indirect", "a appelé",
           "Kinshasa et Kigali à « privilégier le dialogue »"),
        *S("la Belgique", "BEL", "COD", "positive", "indirect", "a salué",
           "la « retenue » de Kinshasa"),
        *S("Washington", "USA", "RWA", "negative", "indirect", "a appelé",
           "le Rwanda à « cesser tout soutien » au M23"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-09-06-aiea-zaporijjia"] = dict(
    mentions="""
Vienne | LOC
AFP | ORG
Agence internationale de l'énergie atomique | ORG | IAEA
AIEA | ORG | IAEA
Zaporijjia | LOC
Ukraine | LOC | UKR
Conseil de sécurité de l'ONU | ORG | UN
Russie | LOC | RUS
Ukraine | LOC | UKR
Kiev | LOC | UKR
Moscou | LOC | RUS
Europe | LOC
Energoatom | ORG
ministère russe des Affaires étrangères | ORG | RUS
Kiev | LOC | UKR
Moscou | LOC | RUS
AIEA | ORG | IAEA
G7 | ORG | G7
Russie | LOC | RUS
Ukraine | LOC | UKR
AIEA | ORG | IAEA
Dniepr | LOC
Energodar | LOC
Zaporijjia | LOC
Europe | LOC
""",
    statements=[
        *S("le directeur général", "IAEA", "RUS UKR", "neutral", "indirect", "appelant",
           "la Russie et l'Ukraine à « s'entendre sans délai » sur un périmètre protégé"),
        *S("Kiev", "UKR", "IAEA", "positive", "indirect", "a salué",
           "un rapport qui confirme selon lui « la militarisation » du site"),
        *S("Kiev", "UKR", "RUS", "negative", "indirect", "a accusé",
           "Moscou de pratiquer un « chantage nucléaire » sur l'Europe"),
        *S("le ministère russe des Affaires étrangères", "RUS", "UKR", "negative", "direct", "a affirmé",
           "Kiev se livre à du terrorisme nucléaire"),
        *S("Moscou", "RUS", "IAEA", "negative", "indirect", "a en outre regretté",
           "que l'AIEA n'ait pas désigné « directement » les auteurs des frappes"),
        *S("les ministres des Affaires étrangères du G7", "G7", "RUS", "negative", "indirect", "ont exigé",
           "que la Russie rende « immédiatement » le contrôle de la centrale à l'Ukraine"),
        *S("les ministres des Affaires étrangères du G7", "G7", "IAEA", "positive", "indirect", "tout en saluant",
           "le « courage » des inspecteurs de l'AIEA"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-09-20-bangladesh-birmanie-obus"] = dict(
    mentions="""
Dacca | LOC
AFP | ORG
Bangladesh | LOC | BGD
Birmanie | LOC | MMR
Dacca | LOC | BGD
ministère bangladais des Affaires étrangères | ORG | BGD
Faisal Rahman | PER | BGD
Dacca | LOC | BGD
Naypyidaw | LOC
Armée d'Arakan | ORG
Rakhine | LOC
Haut-Commissariat de l'ONU pour les réfugiés | ORG | UN
HCR | ORG | UN
Bangladesh | LOC | BGD
Cox's Bazar | LOC
Dacca | LOC | BGD
Chine | LOC | CHN
Birmanie | LOC | MMR
Etats-Unis | LOC | USA
Inde | LOC | IND
Birmanie | LOC | MMR
""",
    statements=[
        *S("le Bangladesh", "BGD", "MMR", "negative", "act", "a convoqué",
           "l'ambassadeur de Birmanie"),
        *S("Faisal Rahman", "BGD", "MMR", "negative", "direct", "a déclaré",
           "Nous avons exprimé notre très vive protestation face à ces violations répétées de notre souveraineté"),
        *S("Dacca", "BGD", "MMR", "negative", "attribution", "Selon Dacca",
           "des hélicoptères de l'armée birmane ont en outre pénétré à plusieurs reprises dans l'espace aérien du pays"),
        *S("la junte", "MMR", "BGD", "negative", "indirect", "a rejeté toute responsabilité",
           "a rejeté toute responsabilité"),
        *S("le Haut-Commissariat de l'ONU pour les réfugiés", "UN", "BGD", "positive", "indirect", "a salué",
           "la « générosité » du Bangladesh"),
        *S("Dacca", "BGD", "CHN", "positive", "indirect", "a par ailleurs remercié",
           "la Chine pour ses « efforts constructifs »"),
        *S("les Etats-Unis", "USA", "MMR", "negative", "indirect", "ont condamné les frappes et appelé",
           "la junte birmane à « cesser immédiatement » les violences contre les civils"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-12-21-perou-mexique-ambassadeur"] = dict(
    mentions="""
LIMA | LOC
AFP | ORG
Pérou | LOC | PER
Mexique | LOC | MEX
Mexico | LOC | MEX
Teresa Villanueva | PER | PER
Pérou | LOC | PER
Mexique | LOC | MEX
Lima | LOC
Mexique | LOC | MEX
Rodrigo Benítez | PER | MEX
Bolivie | LOC | BOL
Colombie | LOC | COL
Argentine | LOC | ARG
Mexico | LOC | MEX
Lima | LOC | PER
Washington | LOC | USA
Pérou | LOC | PER
Organisation des Etats américains | ORG
OEA | ORG
Congrès | ORG | PER
Ayacucho | LOC
Apurimac | LOC
""",
    statements=[
        *S("le Pérou", "PER", "MEX", "negative", "act", 'a déclaré mardi "persona non grata"',
           "l'ambassadeur du Mexique"),
        *S("Teresa Villanueva", "PER", "MEX", "negative", "indirect", "a justifié cette décision",
           'les "déclarations répétées" des autorités mexicaines'),
        *S("Rodrigo Benítez", "MEX", "PER", "negative", "indirect", "qualifiant",
           'l\'expulsion d\'"injustifiée et inamicale"'),
        *S("la Bolivie", "BOL", "PER", "negative", "indirect", "ont appelé",
           'Lima à "respecter la volonté populaire"'),
        *S("la Colombie", "COL", "PER", "negative", "indirect", "ont appelé",
           'Lima à "respecter la volonté populaire"'),
        *S("l'Argentine", "ARG", "PER", "negative", "indirect", "ont appelé",
           'Lima à "respecter la volonté populaire"'),
        *S("le gouvernement péruvien", "PER", "BOL COL ARG", "negative", "act", "a aussitôt rappelé",
           "ses ambassadeurs dans ces trois pays"),
        *S("Washington", "USA", "PER", "positive", "indirect", "a au contraire salué",
           'le "respect de l\'ordre constitutionnel" au Pérou'),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-02-14-moldavie-russie-complot"] = dict(
    mentions="""
Chisinau | LOC
AFP | ORG
Russie | LOC | RUS
Moldavie | LOC | MDA
Russie | LOC | RUS
Moscou | LOC | RUS
Kiev | LOC | UKR
Irina Sokolova | PER | RUS
Parlement européen | ORG | EU
Moldavie | LOC | MDA
Washington | LOC | USA
Union européenne | ORG | EU
Moldavie | LOC | MDA
Roumanie | LOC | ROU
Moldavie | LOC | MDA
Chisinau | LOC | MDA
Europe | LOC
Ukraine | LOC | UKR
Transnistrie | LOC
""",
    statements=[
        *S("la présidente moldave", "MDA", "RUS", "negative", "indirect", "a accusé",
           "la Russie de préparer un coup de force visant à renverser le gouvernement pro-européen de la Moldavie"),
        *S("Moscou", "RUS", "MDA", "negative", "indirect", "a rejeté",
           "des accusations « totalement infondées »"),
        *S("Irina Sokolova", "RUS", "MDA", "negative", "direct", "a affirmé",
           "Il s'agit d'allégations absurdes"),
        *S("Irina Sokolova", "RUS", "UKR", "negative", "direct", "a affirmé",
           "dans la droite ligne des méthodes de Kiev et de ses parrains occidentaux pour détourner l'attention"),
        *S("le président ukrainien", "UKR", "RUS", "negative", "indirect", "avait affirmé",
           "ses services de renseignement avaient intercepté des plans russes visant à « détruire » la Moldavie"),
        *S("Washington", "USA", "RUS", "negative", "attribution", "D'après Washington",
           "des agents liés aux services de sécurité russes cherchent depuis plusieurs mois à déstabiliser le pays"),
        *S("l'Union européenne", "EU", "MDA", "positive", "indirect", "a réaffirmé",
           "son « soutien total » à la Moldavie"),
        *S("la Roumanie", "ROU", "MDA", "positive", "indirect", "a assuré",
           "Chisinau de sa « pleine solidarité »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-03-07-tunisie-ua-migrants"] = dict(
    mentions="""
Tunis | LOC
AFP | ORG
Tunisie | LOC | TUN
Union africaine | ORG | AU
Afrique de l'Ouest | LOC
Commission de l'Union africaine | ORG | AU
Tunis | LOC | TUN
Tunisie | LOC | TUN
Mounir Ben Salah | PER | TUN
Côte d'Ivoire | LOC | CIV
Guinée | LOC | GIN
Tunis | LOC
Abidjan | LOC | CIV
Sénégal | LOC | SEN
Dakar | LOC | SEN
Tunis | LOC | TUN
ministère sénégalais de l'Intégration africaine | ORG | SEN
Mali | LOC | MLI
Tunis | LOC | TUN
Union européenne | ORG | EU
Forum tunisien pour les droits économiques et sociaux | ORG
ONU | ORG | UN
Tunis | LOC
""",
    statements=[
        *S("la Tunisie", "TUN", "AU", "negative", "indirect", "a rejeté",
           "les critiques de l'Union africaine"),
        *S("le président de la Commission de l'Union africaine", "AU", "TUN", "negative", "indirect",
           "avait condamné", "des déclarations « choquantes » du chef de l'Etat tunisien"),
        *S("Mounir Ben Salah", "TUN", "AU", "negative", "direct", "a déclaré",
           "La Tunisie rejette fermement ces allégations et s'étonne de ce communiqué"),
        *S("Abidjan", "CIV", "TUN", "positive", "indirect", "a remercié",
           "les autorités tunisiennes pour leur « coopération »"),
        *S("Dakar", "SEN", "TUN", "negative", "indirect", "a appelé",
           "Tunis à « mettre fin aux violences » visant ses ressortissants"),
        *S("l'Union européenne", "EU", "TUN", "neutral", "indirect", "a « pris note »",
           "des précisions apportées par la présidence tunisienne"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-03-17-cpi-russie-mandat"] = dict(
    mentions="""
La Haye | LOC
AFP | ORG
Cour pénale internationale | ORG | ICC
CPI | ORG | ICC
Vladimir Poutine | PER | RUS
Russie | LOC | RUS
Poutine | PER | RUS
Kremlin | LOC | RUS
Cour | ORG | ICC
Oleg Zimine | PER | RUS
Russie | LOC | RUS
CPI | ORG | ICC
Moscou | LOC | RUS
Statut de Rome | MISC
Andriï Savtchouk | PER | UKR
Poutine | PER | RUS
Etats-Unis | LOC | USA
Cour | ORG | ICC
Afrique du Sud | LOC | ZAF
Brics | ORG
Chine | LOC | CHN
CPI | ORG | ICC
Statut de Rome | MISC
CPI | ORG | ICC
Cour | ORG | ICC
""",
    statements=[
        *S("la Cour pénale internationale", "ICC", "RUS", "negative", "act", "a émis",
           "un mandat d'arrêt contre le président russe Vladimir Poutine"),
        *S("le Kremlin", "RUS", "ICC", "negative", "indirect", "a balayé la décision",
           "Le Kremlin a balayé la décision"),
        *S("Oleg Zimine", "RUS", "ICC", "negative", "direct", "a déclaré",
           "Les décisions de cette Cour n'ont aucune valeur pour notre pays, y compris sur le plan juridique"),
        *S("le chef de l'Etat ukrainien", "UKR", "ICC", "positive", "indirect", "a salué",
           "une décision « historique »"),
        *S("Andriï Savtchouk", "UKR", "ICC", "positive", "direct", "s'est félicité",
           "Les rouages de la justice internationale se sont mis en marche"),
        *S("le président américain", "USA", "ICC", "positive", "indirect", "a jugé",
           "le mandat « justifié »"),
        *S("le président américain", "USA", "RUS", "negative", "indirect", "estimant",
           "M. Poutine avait « clairement commis des crimes de guerre »"),
        *S("l'Afrique du Sud", "ZAF", "ICC", "neutral", "indirect", "a « pris note »",
           "a « pris note » de la décision des juges"),
        *S("la Chine", "CHN", "ICC", "negative", "indirect", "a appelé",
           "la CPI à « adopter une position objective et impartiale »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-03-21-fmi-sri-lanka-pret"] = dict(
    mentions="""
Colombo | LOC
AFP | ORG
Fonds monétaire international | ORG | IMF
FMI | ORG | IMF
Sri Lanka | LOC | LKA
océan Indien | LOC
Sri Lanka | LOC | LKA
FMI | ORG | IMF
Helena Marquardt | PER | IMF
FMI | ORG | IMF
Inde | LOC | IND
Japon | LOC | JPN
Fonds | ORG | IMF
New Delhi | LOC | IND
Chine | LOC | CHN
Pékin | LOC | CHN
Sri Lanka | LOC | LKA
FMI | ORG | IMF
""",
    statements=[
        *S("le Fonds monétaire international", "IMF", "LKA", "positive", "act", "a approuvé",
           "un prêt de 2,9 milliards de dollars au Sri Lanka"),
        *S("Helena Marquardt", "IMF", "LKA", "positive", "direct", "a souligné",
           "Le Sri Lanka a accompli des efforts considérables pour rétablir la stabilité macroéconomique"),
        *S("le président sri-lankais", "LKA", "IMF", "positive", "indirect", "a remercié",
           "le FMI pour son « soutien indéfectible »"),
        *S("le président sri-lankais", "LKA", "IND JPN", "positive", "indirect", "Il a également salué",
           "l'Inde et le Japon, premiers créanciers bilatéraux à avoir apporté au Fonds les garanties de financement exigées"),
        *S("Pékin", "CHN", "LKA", "positive", "indirect", "a toutefois assuré",
           "qu'il continuerait de « soutenir » le Sri Lanka"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-07-21-irak-suede-danemark-coran"] = dict(
    mentions="""
Bagdad | LOC
AFP | ORG
Irak | LOC | IRQ
Suède | LOC | SWE
Stockholm | LOC
Coran | MISC
Irak | LOC | IRQ
Suède | LOC | SWE
Bagdad | LOC
Karim al-Jabouri | PER | IRQ
Bagdad | LOC | IRQ
Ericsson | ORG
Stockholm | LOC | SWE
Danemark | LOC | DNK
Coran | MISC
Irak | LOC | IRQ
Copenhague | LOC
Bagdad | LOC | IRQ
Iran | LOC | IRN
Suède | LOC | SWE
Téhéran | LOC
Ankara | LOC | TUR
Turquie | LOC | TUR
Suède | LOC | SWE
Otan | ORG | NATO
Organisation de la coopération islamique | ORG
OCI | ORG
ministère irakien de l'Intérieur | ORG | IRQ
""",
    statements=[
        *S("l'Irak", "IRQ", "SWE", "negative", "act", "a expulsé",
           "l'ambassadrice de Suède"),
        *S("Karim al-Jabouri", "IRQ", "SWE", "negative", "direct", "a déclaré",
           "Les autorités suédoises portent une responsabilité directe en autorisant à répétition ces actes de provocation"),
        *S("Stockholm", "SWE", "IRQ", "negative", "indirect", "accusé",
           "les autorités irakiennes d'avoir « gravement manqué » à leur obligation de protéger les missions diplomatiques"),
        *S("Bagdad", "IRQ", "DNK", "negative", "act", "a convoqué",
           "le chargé d'affaires danois"),
        *S("l'Iran", "IRN", "SWE", "negative", "act", "a de son côté convoqué",
           "l'ambassadeur de Suède à Téhéran"),
        *S("Ankara", "TUR", "SWE", "negative", "indirect", "a jugé « inacceptable »",
           "l'autorisation accordée par la police suédoise"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-10-12-mongolie-coree-du-sud-terres-rares"] = dict(
    mentions="""
Séoul | LOC
AFP | ORG
Mongolie | LOC | MNG
Corée du Sud | LOC | KOR
Oulan-Bator | LOC | MNG
Chine | LOC | CHN
Russie | LOC | RUS
Corée du Sud | LOC | KOR
Batbayar Ganbold | PER | MNG
Ganbold | PER | MNG
Gobi | LOC
Mongolie | LOC | MNG
Séoul | LOC | KOR
Mongolie | LOC | MNG
Chine | LOC | CHN
Pékin | LOC | CHN
Oulan-Bator | LOC | MNG
Chine | LOC | CHN
Mongolie | LOC | MNG
département d'Etat | ORG | USA
Washington | LOC | USA
Oulan-Bator | LOC | MNG
Tokyo | LOC | JPN
Moscou | LOC | RUS
Mongolie | LOC | MNG
""",
    statements=[
        *S("Batbayar Ganbold", "MNG", "KOR", "positive", "direct", "a déclaré",
           "La Corée du Sud est pour nous un troisième voisin essentiel, un partenaire fiable et exigeant"),
        *S("le chef du gouvernement sud-coréen", "KOR", "MNG", "positive", "indirect", "a vanté",
           "« l'immense potentiel » de la Mongolie"),
        *S("Pékin", "CHN", "MNG", "neutral", "indirect", "a « pris acte »",
           "a « pris acte » de la démarche de son voisin"),
        *S("un porte-parole de la diplomatie chinoise", "CHN", "MNG", "neutral", "indirect", "a ajouté",
           "la Chine « respectait » les choix de la Mongolie"),
        *S("le département d'Etat américain", "USA", "MNG KOR", "positive", "indirect", "a salué",
           "une initiative des deux pays"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-12-04-venezuela-guyana-essequibo"] = dict(
    mentions="""
Caracas | LOC
AFP | ORG
Venezuela | LOC | VEN
Essequibo | LOC
Guyana | LOC | GUY
Conseil national électoral | ORG | VEN
Georgetown | LOC | GUY
ExxonMobil | ORG
Caracas | LOC | VEN
Etats-Unis | LOC | USA
Cour internationale de justice | ORG | UN
CIJ | ORG | UN
Venezuela | LOC | VEN
Caracas | LOC | VEN
Guyana | LOC | GUY
Brésil | LOC | BRA
Caracas | LOC | VEN
Georgetown | LOC | GUY
Roraima | LOC
Washington | LOC | USA
Guyana | LOC | GUY
département d'Etat | ORG | USA
Paris | LOC
Venezuela | LOC | VEN
Guyana | LOC | GUY
Amérique du Sud | LOC
""",
    statements=[
        *S("le Guyana", "GUY", "VEN", "negative", "indirect", "a dénoncé",
           "une « menace existentielle » pour son intégrité territoriale"),
        *S("le président vénézuélien", "VEN", "GUY", "negative", "indirect", "accusant",
           "Georgetown de « brader » la région aux compagnies pétrolières étrangères"),
        *S("le président guyanien", "GUY", "VEN", "negative", "indirect", "a assuré",
           "les frontières de son pays n'étaient « pas négociables » face aux « visées » de Caracas"),
        *S("le président guyanien", "GUY", "USA", "positive", "indirect", "Il a remercié",
           "les Etats-Unis pour leur « soutien sans ambiguïté »"),
        *S("la Cour internationale de justice", "UN", "VEN", "negative", "act", "avait ordonné",
           "au Venezuela de s'abstenir de toute action susceptible de modifier la situation"),
        *S("Caracas", "VEN", "UN", "negative", "indirect", "a rejeté",
           "la compétence de la juridiction onusienne"),
        *S("le Brésil", "BRA", "VEN GUY", "neutral", "indirect", "a appelé",
           "Caracas et Georgetown à « faire preuve de retenue »"),
        *S("Washington", "USA", "GUY", "positive", "indirect", "a réaffirmé",
           "son soutien « indéfectible » à la souveraineté du Guyana"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-02-03-irak-etats-unis-frappes"] = dict(
    mentions="""
Bagdad | LOC
AFP | ORG
Irak | LOC | IRQ
Salah al-Obeidi | PER | IRQ
ministère irakien des Affaires étrangères | ORG | IRQ
Washington | LOC | USA
Syrie | LOC | SYR
Pentagone | LOC | USA
Iran | LOC | IRN
Téhéran | LOC | IRN
Etats-Unis | LOC | USA
Damas | LOC | SYR
Syrie | LOC | SYR
Moscou | LOC | RUS
Conseil de sécurité de l'ONU | ORG | UN
Washington | LOC | USA
Moyen-Orient | LOC
Jordanie | LOC | JOR
Etats-Unis | LOC | USA
Kataëb Hezbollah | ORG
Washington | LOC | USA
Irak | LOC | IRQ
Etat islamique | ORG
EI | ORG
Washington | LOC | USA
""",
    statements=[
        *S("l'Irak", "IRQ", "USA", "negative", "indirect", "a condamné",
           "les frappes américaines menées dans la nuit contre des groupes armés pro-iraniens"),
        *S("Salah al-Obeidi", "IRQ", "USA", "negative", "direct", "a déclaré",
           "Ces frappes constituent une agression inacceptable contre le territoire irakien"),
        *S("le ministère irakien des Affaires étrangères", "IRQ", "USA", "negative", "act", "a convoqué",
           "le chargé d'affaires américain"),
        *S("le Pentagone", "USA", "IRN", "negative", "indirect", "a accusé",
           "l'Iran d'« armer, financer et entraîner » les milices responsables de l'attaque"),
        *S("Téhéran", "IRN", "USA", "negative", "indirect", "dénoncé",
           "une « erreur stratégique » des Etats-Unis"),
        *S("Damas", "SYR", "USA", "negative", "indirect", "a de son côté qualifié",
           "la présence militaire américaine en Syrie d'« occupation illégale »"),
        *S("Moscou", "RUS", "USA", "negative", "indirect", "accusant",
           "Washington d'« attiser délibérément » les conflits au Moyen-Orient"),
        *S("la Jordanie", "JOR", "USA", "positive", "indirect", "a salué",
           "sa « coopération étroite » avec les Etats-Unis"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-04-14-g7-iran-israel"] = dict(
    mentions="""
Rome | LOC
AFP | ORG
G7 | ORG | G7
Iran | LOC | IRN
Israël | LOC | ISR
Téhéran | LOC | IRN
Iran | LOC | IRN
Giulia Ferraris | PER | ITA
Iran | LOC | IRN
Damas | LOC
Israël | LOC | ISR
Téhéran | LOC | IRN
Etats-Unis | LOC | USA
Jordanie | LOC | JOR
Iran | LOC | IRN
Israël | LOC | ISR
Jordanie | LOC | JOR
Ayman Haddad | PER | JOR
Etats-Unis | LOC | USA
Royaume-Uni | LOC | GBR
France | LOC | FRA
ONU | ORG | UN
Chine | LOC | CHN
Russie | LOC | RUS
Iran | LOC | IRN
Conseil de sécurité de l'ONU | ORG | UN
Israël | LOC | ISR
""",
    statements=[
        *S("les dirigeants du G7", "G7", "IRN", "negative", "indirect", "ont « condamné sans équivoque »",
           "l'attaque directe et sans précédent de l'Iran contre Israël"),
        *S("les dirigeants du G7", "G7", "ISR", "positive", "indirect", "exprimé",
           "leur « pleine solidarité » avec l'Etat hébreu"),
        *S("Giulia Ferraris", "ITA", "IRN", "negative", "direct", "a déclaré",
           "L'Iran a fait un pas de plus vers la déstabilisation de la région"),
        *S("l'Iran", "IRN", "ISR", "negative", "indirect", "qu'il attribue à Israël",
           "avoir agi en « légitime défense » après la frappe du 1er avril contre son consulat à Damas"),
        *S("Téhéran", "IRN", "USA", "negative", "indirect", "a mis en garde",
           "les Etats-Unis contre tout soutien à une éventuelle riposte israélienne"),
        *S("la Jordanie", "JOR", "IRN ISR", "neutral", "indirect", "a appelé",
           "l'Iran et Israël à « la plus grande retenue »"),
        *S("le ministre israélien de la Défense", "ISR", "USA GBR FRA", "positive", "indirect", "a remercié",
           "les Etats-Unis, le Royaume-Uni et la France pour leur aide dans l'interception des projectiles"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-05-15-georgie-loi-agents-etrangers"] = dict(
    mentions="""
Tbilissi | LOC
AFP | ORG
Parlement | ORG | GEO
Union européenne | ORG | EU
Géorgie | LOC | GEO
Tbilissi | LOC | GEO
Géorgie | LOC | GEO
UE | ORG | EU
Washington | LOC | USA
Géorgie | LOC | GEO
département d'Etat | ORG | USA
Levan Tsiklauri | PER | GEO
Etats-Unis | LOC | USA
Géorgie | LOC | GEO
Tsiklauri | PER | GEO
Parlement | ORG | GEO
Bruxelles | LOC | EU
Tbilissi | LOC
Kremlin | LOC | RUS
Tbilissi | LOC | GEO
Parlement | LOC
ministère de l'Intérieur | ORG | GEO
""",
    statements=[
        *S("le chef de la diplomatie de l'Union européenne", "EU", "GEO", "negative", "indirect", "appelé",
           "appelé Tbilissi à le retirer"),
        *S("Washington", "USA", "GEO", "negative", "act", "a annoncé",
           "des restrictions de visas contre les responsables « qui sapent la démocratie »"),
        *S("Levan Tsiklauri", "GEO", "USA", "negative", "indirect", "a accusé",
           "les Etats-Unis de « chantage »"),
        *S("Levan Tsiklauri", "GEO", "EU", "negative", "indirect", "Il a également reproché",
           "à Bruxelles de « fermer les yeux » sur le financement de l'opposition"),
        *S("le chef de la diplomatie estonienne", "EST", "GEO", "negative", "indirect", "ont appelé",
           "le gouvernement géorgien à « renoncer » à cette loi"),
        *S("son homologue lituanien", "LTU", "GEO", "negative", "indirect", "ont appelé",
           "le gouvernement géorgien à « renoncer » à cette loi"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-08-15-oms-mpox-rdc"] = dict(
    mentions="""
Genève | LOC
AFP | ORG
Organisation mondiale de la santé | ORG | WHO
OMS | ORG | WHO
République démocratique du Congo | LOC | COD
RDC | LOC | COD
Burundi | LOC | BDI
Kenya | LOC | KEN
Rwanda | LOC | RWA
Ouganda | LOC | UGA
Suède | LOC | SWE
Afrique | LOC
OMS | ORG | WHO
Sud-Kivu | LOC
Union africaine | ORG | AU
Africa CDC | ORG | AU
Kinshasa | LOC
Jean-Pierre Kalonji | PER | COD
Japon | LOC | JPN
Etats-Unis | LOC | USA
Tokyo | LOC | JPN
Washington | LOC | USA
Suède | LOC | SWE
Agence de santé publique | ORG | SWE
Chine | LOC | CHN
Afrique | LOC
""",
    statements=[
        *S("le directeur général de l'OMS", "WHO", "COD", "positive", "indirect", "a salué",
           "la « réactivité » des autorités congolaises"),
        *S("Jean-Pierre Kalonji", "COD", "JPN USA", "positive", "indirect", "a remercié",
           "le Japon et les Etats-Unis, qui ont promis des vaccins"),
        *S("Tokyo", "JPN", "COD", "positive", "act", "s'est engagé à livrer",
           "l'essentiel de ces doses d'ici à la fin de l'année"),
        *S("Washington", "USA", "COD", "positive", "act", "a annoncé",
           "un don de 50.000 doses et une aide de 500.000 dollars"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-09-09-roumanie-drone-moldavie"] = dict(
    mentions="""
BUCAREST | LOC
AFP | ORG
Roumanie | LOC | ROU
Danube | LOC
ministère roumain des Affaires étrangères | ORG | ROU
Cristian Dobre | PER | ROU
Periprava | LOC
Danube | LOC
Otan | ORG | NATO
Roumanie | LOC | ROU
Russie | LOC | RUS
Moldavie | LOC | MDA
Chisinau | LOC | MDA
Russie | LOC | RUS
Kiev | LOC | UKR
Moscou | LOC | RUS
Alliance atlantique | ORG | NATO
Russie | LOC | RUS
Bucarest | LOC
Ukraine | LOC | UKR
Roumanie | LOC | ROU
Otan | ORG | NATO
Izmaïl | LOC
Danube | LOC
""",
    statements=[
        *S("la Roumanie", "ROU", "RUS", "negative", "act", "a convoqué",
           "le chargé d'affaires russe"),
        *S("Cristian Dobre", "ROU", "RUS", "negative", "direct", "a déclaré",
           "Nous condamnons fermement ces attaques, qui violent le droit international"),
        *S("l'Otan", "NATO", "ROU", "positive", "indirect", "a exprimé",
           'sa "solidarité" avec la Roumanie'),
        *S("l'Otan", "NATO", "RUS", "negative", "indirect", "qualifiant",
           'le comportement de la Russie d\'"irresponsable et potentiellement dangereux"'),
        *S("Chisinau", "MDA", "RUS", "negative", "act", "a convoqué",
           "l'ambassadeur de Russie"),
        *S("Kiev", "UKR", "RUS", "negative", "indirect", "a accusé",
           'Moscou de chercher à "tester" les défenses de l\'Alliance atlantique'),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-11-29-senegal-tchad-france-bases"] = dict(
    mentions="""
Dakar | LOC
AFP | ORG
Tchad | LOC | TCD
France | LOC | FRA
Paris | LOC | FRA
Afrique | LOC
France | LOC | FRA
Sénégal | LOC | SEN
Thiaroye | LOC
Sénégal | LOC | SEN
Dakar | LOC
N'Djamena | LOC
ministère tchadien des Affaires étrangères | ORG | TCD
France | LOC | FRA
Tchad | LOC | TCD
Abakar Mahamat | PER | TCD
Quai d'Orsay | LOC | FRA
Elysée | LOC | FRA
Côte d'Ivoire | LOC | CIV
Paris | LOC | FRA
Port-Bouët | LOC
Abidjan | LOC
Mali | LOC | MLI
Burkina Faso | LOC | BFA
Niger | LOC | NER
Tchad | LOC | TCD
Sahel | LOC
Afrique de l'Ouest | LOC
Thiaroye | LOC
Dakar | LOC
""",
    statements=[
        *S("le président sénégalais", "SEN", "FRA", "negative", "indirect", "a demandé",
           "le départ des soldats français stationnés dans son pays"),
        *S("le président sénégalais", "SEN", "FRA", "positive", "direct", "a déclaré",
           "La France a été pour nous un partenaire important pendant des décennies, et nous l'en remercions"),
        *S("le Tchad", "TCD", "FRA", "negative", "act", "annonçait",
           "la fin de son accord de coopération militaire avec la France"),
        *S("le ministère tchadien des Affaires étrangères", "TCD", "FRA", "negative", "act", "a annoncé",
           "la fin de l'accord de coopération en matière de défense signé avec la France"),
        *S("le Quai d'Orsay", "FRA", "TCD", "neutral", "indirect", "a dit « prendre acte »",
           "« prendre acte » de la décision tchadienne"),
        *S("la Côte d'Ivoire", "CIV", "FRA", "positive", "indirect", "a au contraire réaffirmé",
           "son attachement à la coopération militaire avec Paris"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2025-06-02-thailande-cambodge-frontiere"] = dict(
    mentions="""
Bangkok | LOC
AFP | ORG
Thaïlande | LOC | THA
Cambodge | LOC | KHM
ministère cambodgien de la Défense | ORG | KHM
Triangle d'émeraude | LOC
Laos | LOC | LAO
Thaïlande | LOC | THA
Sok Channary | PER | KHM
Phnom Penh | LOC | KHM
Cour internationale de justice | ORG | UN
CIJ | ORG | UN
Somsak Phanit | PER | THA
Somsak | PER | THA
Asean | ORG | ASEAN
Bangkok | LOC | THA
Phnom Penh | LOC | KHM
Asean | ORG | ASEAN
Chine | LOC | CHN
Cambodge | LOC | KHM
Bangkok | LOC
Phnom Penh | LOC | KHM
Thaïlande | LOC | THA
""",
    statements=[
        *S("la Thaïlande", "THA", "KHM", "negative", "indirect", "se sont mutuellement accusés",
           "de violer leurs engagements sur le retrait des troupes"),
        *S("le Cambodge", "KHM", "THA", "negative", "indirect", "se sont mutuellement accusés",
           "de violer leurs engagements sur le retrait des troupes"),
        *S("le ministère cambodgien de la Défense", "KHM", "THA", "negative", "indirect", "a accusé",
           "l'armée thaïlandaise d'avoir « renforcé » ses positions"),
        *S("Sok Channary", "KHM", "THA", "negative", "direct", "a déclaré",
           "La Thaïlande doit respecter ses engagements et retirer ses soldats"),
        *S("Phnom Penh", "KHM", "THA", "negative", "act", "a annoncé son intention de saisir",
           "saisir la Cour internationale de justice (CIJ) pour trancher le différend frontalier"),
        *S("Somsak Phanit", "THA", "KHM", "negative", "indirect", "a accusé",
           "l'armée cambodgienne de « provocations délibérées »"),
        *S("le Premier ministre malaisien", "MYS", "THA KHM", "neutral", "indirect", "a appelé",
           "Bangkok et Phnom Penh à « régler leurs différends par la voie diplomatique »"),
        *S("les ministres des Affaires étrangères de l'Asean", "ASEAN", "THA KHM", "positive", "indirect",
           "ont salué", "« l'engagement des deux pays en faveur du dialogue »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-05-03-tchequie-allemagne-russie-cyberattaques"] = dict(
    mentions="""
Prague | LOC
AFP | ORG
République tchèque | LOC | CZE
Allemagne | LOC | DEU
Russie | LOC | RUS
Berlin | LOC | DEU
APT28 | ORG
GRU | ORG | RUS
Australie | LOC | AUS
Moscou | LOC
ministère tchèque des Affaires étrangères | ORG | CZE
Russie | LOC | RUS
Prague | LOC
Union européenne | ORG | EU
Russie | LOC | RUS
Otan | ORG | NATO
Moscou | LOC | RUS
Russie | LOC | RUS
Berlin | LOC
Allemagne | LOC | DEU
Prague | LOC | CZE
SPD | ORG
GRU | ORG | RUS
""",
    statements=[
        *S("la République tchèque", "CZE", "RUS", "negative", "act", "ont formellement attribué",
           "à la Russie une campagne de cyberattaques"),
        *S("l'Allemagne", "DEU", "RUS", "negative", "act", "ont formellement attribué",
           "à la Russie une campagne de cyberattaques"),
        *S("Berlin", "DEU", "RUS", "negative", "attribution", "Selon Berlin",
           "les attaques ont été menées par le groupe de pirates APT28, « dirigé par le renseignement militaire russe » (GRU)"),
        *S("la ministre allemande des Affaires étrangères", "DEU", "RUS", "negative", "direct", "a déclaré",
           "Nous ne tolérerons pas que des pirates pilotés par un Etat étranger s'en prennent à notre démocratie"),
        *S("le gouvernement allemand", "DEU", "RUS", "negative", "act", "a en outre rappelé",
           "pour consultations son ambassadeur à Moscou"),
        *S("le ministère tchèque des Affaires étrangères", "CZE", "RUS", "negative", "act", "a convoqué",
           "l'ambassadeur de Russie à Prague"),
        *S("l'Union européenne", "EU", "RUS", "negative", "indirect", "a condamné",
           "les « activités malveillantes » de la Russie dans le cyberespace"),
        *S("l'Otan", "NATO", "DEU CZE", "positive", "indirect", "a exprimé",
           "sa solidarité avec ses deux membres"),
        *S("l'Otan", "NATO", "RUS", "negative", "indirect", "appelé",
           "Moscou à « cesser » ses activités hostiles"),
        *S("l'ambassade de Russie à Berlin", "RUS", "DEU", "negative", "indirect", "a qualifié",
           "ces accusations de « provocation sans fondement »"),
    ],
)

# ---------------------------------------------------------------------------
# Distractor (culture): nothing to find.
DOCS["afp-2021-10-23-cinema-fespaco-ouagadougou"] = dict(
    mentions="""
Ouagadougou | LOC
AFP | ORG
Les Marées de Joal | MISC
Aminata Diouf | PER
Etalon d'or de Yennenga | MISC
Festival panafricain du cinéma et de la télévision de Ouagadougou | MISC
Fespaco | MISC
Petite-Côte | LOC
Europe | LOC
Etalon d'argent | MISC
La Dernière Saison | MISC
Les Mains du cacao | MISC
Maroc | LOC | MAR
Cameroun | LOC | CMR
Fespaco | MISC
Burkina Faso | LOC | BFA
place de la Nation | LOC
Fespaco | MISC
Cannes | LOC
Berlin | LOC
""",
    statements=[],
)

# ---------------------------------------------------------------------------
# Distractor (weather): nothing to find.
DOCS["afp-2023-01-26-mongolie-dzud-froid"] = dict(
    mentions="""
Oulan-Bator | LOC
AFP | ORG
Mongolie | LOC | MNG
Khovd | LOC
Zavkhan | LOC
Arkhangaï | LOC
Agence nationale de gestion des urgences | ORG | MNG
Institut national de météorologie | ORG | MNG
Croix-Rouge mongole | ORG
Organisation des Nations unies pour l'alimentation et l'agriculture | ORG | UN
FAO | ORG | UN
Mongolie | LOC | MNG
Oulan-Bator | LOC
""",
    statements=[],
)

# ---------------------------------------------------------------------------
# Distractor (science): nothing to find.
DOCS["afp-2025-02-12-chili-astronomie-exoplanetes"] = dict(
    mentions="""
Santiago | LOC
AFP | ORG
Chili | LOC | CHL
La Silla | LOC
Atacama | LOC
Camila Fuentes | PER
université du Chili | ORG
université de Genève | ORG
Astronomy & Astrophysics | MISC
Pierre Vautrin | PER
Santiago | LOC
Chili | LOC | CHL
""",
    statements=[],
)

# ---------------------------------------------------------------------------
# Distractor (sport, wire): nothing to find; Berlin (a capital) only as a place.
DOCS["afp-2024-09-29-athletisme-marathon-berlin"] = dict(
    mentions="""
BERLIN | LOC
AFP | ORG
Tadesse Alemu | PER
Berlin | LOC
Getachew Bekele | PER
Alemu | PER
Schöneberg | LOC
porte de Brandebourg | LOC
Faith Chepkoech | PER
Iten | LOC
Kenya | LOC | KEN
World Marathon Majors | MISC
Ethiopie | LOC | ETH
Kenya | LOC | KEN
""",
    statements=[],
)
