"""Labels of the dev set (texts in corpora/dev/).

Read by scripts/make_gold.py; see corpora/labels/README.md for the format.
Conventions are in corpora/README.md ("Annotation decisions").
"""
from make_gold import S

# Codes this set needs beyond make_gold.py's shared sets. XKX (Kosovo) is the
# user-assigned code used by the EU and the IMF; TWN is Taiwan's ISO code.
STATE_ACTORS = {
    "ARG", "ARM", "AUS", "AZE", "BLR", "CAN", "COL", "CUB", "CYP", "ECU", "EGY", "ESP",
    "ETH", "GHA", "GRC", "HUN", "IDN", "JPN", "KEN", "LBN", "LTU", "MEX", "MMR", "MYS",
    "NGA", "NOR", "NZL", "PHL", "POL", "PRT", "PRY", "QAT", "SAU", "SRB", "SWE", "SYR",
    "THA", "TWN", "VEN", "VNM", "XKX",
}

# Capitalised words that are not entities (sentence openers, "A" without accent).
NOT_ENTITIES = {
    "A", "Son", "Nos", "Interrogé", "Agée", "Traduit",   # sentence openers ("A" unaccented)
    "Premier",                                          # "Premier ministre"
    "Eau", "Budget", "Justice", "Culture",              # job titles ("ministre de la Culture")
    "Covid-19",                                         # a disease, not an entity
}

DOCS: dict[str, dict] = {}

# ---------------------------------------------------------------------------
DOCS["afp-2019-02-26-venezuela-colombie-diplomates"] = dict(
    mentions="""
Caracas | LOC
AFP | ORG
Venezuela | LOC | VEN
Bogota | LOC | COL
Rafael Medina | PER | VEN
Miraflores | LOC
Colombie | LOC | COL
Washington | LOC | USA
Caracas | LOC | VEN
San Antonio del Táchira | LOC
Armée de libération nationale | ORG
ELN | ORG
Bogota | LOC | COL
Bogota | LOC | COL
Carolina Restrepo | PER | COL
Andrés Villamizar | PER | COL
Caracas | LOC
Mexique | LOC | MEX
Venezuela | LOC | VEN
Colombie | LOC | COL
Bogota | LOC | COL
La Havane | LOC
Caracas | LOC | VEN
Etats-Unis | LOC | USA
département d'Etat | ORG | USA
Venezuela | LOC | VEN
ONU | ORG | UN
Colombie | LOC | COL
""",
    statements=[
        *S("le Venezuela", "VEN", "COL", "negative", "act", "a ordonné",
           "l'expulsion de quatre diplomates colombiens"),
        *S("Rafael Medina", "VEN", "COL", "negative", "direct", "a-t-il affirmé",
           "La Colombie a prêté son territoire à une opération de déstabilisation"),
        *S("Rafael Medina", "VEN", "USA", "negative", "direct", "a-t-il affirmé",
           "une opération de déstabilisation orchestrée depuis Washington"),
        *S("Caracas", "VEN", "COL", "negative", "attribution", "Selon Caracas",
           "l'armée colombienne a laissé des groupes armés franchir la frontière"),
        *S("Bogota", "COL", "VEN", "negative", "indirect", "a rejeté ces accusations",
           "Bogota a rejeté ces accusations"),
        *S("Carolina Restrepo", "COL", "VEN", "negative", "direct", "a répliqué",
           "Nous n'accepterons pas de leçons d'un gouvernement qui affame son propre peuple"),
        *S("Andrés Villamizar", "COL", "VEN", "negative", "act", "a ordonné dans la soirée",
           "le rappel du chargé d'affaires colombien à Caracas"),
        *S("le Mexique", "MEX", "VEN COL", "neutral", "indirect", "a appelé",
           "le Venezuela et la Colombie à « privilégier le dialogue »"),
        *S("le président argentin", "ARG", "COL", "positive", "indirect", "a exprimé",
           "son « soutien total » à Bogota"),
        *S("le gouvernement cubain", "CUB", "VEN", "positive", "indirect", "a au contraire réaffirmé",
           "sa « solidarité » avec Caracas"),
        *S("le gouvernement cubain", "CUB", "USA", "negative", "indirect", "accusé",
           "les Etats-Unis de « chercher un prétexte »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2019-09-13-nigeria-afrique-du-sud"] = dict(
    mentions="""
LAGOS | LOC
AFP | ORG
Nigeria | LOC | NGA
Afrique du Sud | LOC | ZAF
Johannesburg | LOC
Ibrahim Danjuma | PER | NGA
Pretoria | LOC | ZAF
Nigeria | LOC | NGA
Abuja | LOC
Johannesburg | LOC
Sipho Ndlovu | PER | ZAF
Nigeria | LOC | NGA
Afrique du Sud | LOC | ZAF
Commission de l'Union africaine | ORG | AU
Lagos | LOC
Shoprix | ORG
Nigeria | LOC | NGA
Ghana | LOC | GHA
""",
    statements=[
        *S("le Nigeria", "NGA", "ZAF", "negative", "act", "a rappelé",
           "son ambassadeur en Afrique du Sud"),
        *S("Ibrahim Danjuma", "NGA", "ZAF", "negative", "indirect", "Il a accusé",
           'Pretoria de "ne pas avoir protégé" les ressortissants nigérians'),
        *S("le président sud-africain", "ZAF", "NGA", "positive", "indirect", "a présenté ses excuses",
           "a présenté ses excuses au Nigeria"),
        *S("le chef de l'Etat kényan", "KEN", "NGA ZAF", "neutral", "indirect", "a appelé",
           'le Nigeria et l\'Afrique du Sud à "éviter l\'escalade"'),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2019-07-25-canicule-espagne-portugal"] = dict(
    mentions="""
Madrid | LOC
AFP | ORG
Espagne | LOC | ESP
Portugal | LOC | PRT
Guadalquivir | LOC
Aemet | ORG | ESP
Madrid | LOC
Andalousie | LOC
Estrémadure | LOC
Aemet | ORG | ESP
Lucía Ferrer | PER | ESP
Portugal | LOC | PRT
Institut portugais de la mer et de l'atmosphère | ORG | PRT
IPMA | ORG | PRT
Beja | LOC
Evora | LOC
Algarve | LOC
Lisbonne | LOC
Sahara | LOC
France | LOC | FRA
Météo-France | ORG | FRA
""",
    statements=[],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-07-22-egypte-ethiopie-barrage"] = dict(
    mentions="""
Le Caire | LOC
AFP | ORG
Egypte | LOC | EGY
Ethiopie | LOC | ETH
Grand barrage de la Renaissance | LOC
Nil Bleu | LOC
Union africaine | ORG | AU
UA | ORG | AU
Addis Abeba | LOC | ETH
Hossam Fahmy | PER | EGY
Ethiopie | LOC | ETH
Nil | LOC
Addis Abeba | LOC | ETH
Getachew Alemu | PER | ETH
Le Caire | LOC | EGY
Khartoum | LOC | SDN
Egypte | LOC | EGY
Ethiopie | LOC | ETH
Addis Abeba | LOC
Commission de l'UA | ORG | AU
Egypte | LOC | EGY
Ethiopie | LOC | ETH
Soudan | LOC | SDN
Arabie saoudite | LOC | SAU
Egypte | LOC | EGY
Ryad | LOC | SAU
Afrique | LOC
Nil | LOC
Egypte | LOC | EGY
""",
    statements=[
        *S("l'Egypte", "EGY", "ETH", "negative", "indirect", "a accusé",
           "l'Ethiopie d'avoir entamé « unilatéralement » le remplissage"),
        *S("Hossam Fahmy", "EGY", "ETH", "negative", "direct", "a déclaré",
           "Cette décision constitue une violation flagrante des engagements pris par Addis Abeba"),
        *S("le président égyptien", "EGY", "ETH", "negative", "indirect", "n'a pas exclu",
           "de « recourir à tous les moyens » face à l'Ethiopie"),
        *S("Addis Abeba", "ETH", "EGY", "negative", "indirect", "a rejeté ces accusations",
           "Addis Abeba a rejeté ces accusations"),
        *S("Getachew Alemu", "ETH", "EGY", "negative", "indirect", "accusant",
           "Le Caire de « vouloir perpétuer un monopole hérité de l'époque coloniale »"),
        *S("Khartoum", "SDN", "EGY ETH", "neutral", "indirect", "a appelé",
           "l'Egypte et l'Ethiopie à « conclure au plus vite un accord juridiquement contraignant »"),
        *S("le président de la Commission de l'UA", "AU", "EGY ETH SDN", "neutral", "indirect", "a exhorté",
           "l'Egypte, l'Ethiopie et le Soudan à « faire preuve de retenue »"),
        *S("l'Arabie saoudite", "SAU", "EGY", "positive", "indirect", "a réaffirmé",
           "son « plein soutien » à l'Egypte"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-08-27-grece-turquie-mediterranee"] = dict(
    mentions="""
Athènes | LOC
AFP | ORG
Grèce | LOC | GRC
Turquie | LOC | TUR
mer Egée | LOC
Méditerranée | LOC
ministère grec des Affaires étrangères | ORG | GRC
Turquie | LOC | TUR
Nikos Vlachos | PER | GRC
Ankara | LOC | TUR
Grèce | LOC | GRC
mer Egée | LOC
Kemal Aydın | PER | TUR
Athènes | LOC | GRC
Berlin | LOC | DEU
Union européenne | ORG | EU
Grèce | LOC | GRC
Turquie | LOC | TUR
Egypte | LOC | EGY
Athènes | LOC | GRC
Grèce | LOC | GRC
France | LOC | FRA
Méditerranée | LOC
Grèce | LOC | GRC
Chypre | LOC | CYP
Paris | LOC | FRA
France | LOC | FRA
Kastellorizo | LOC
""",
    statements=[
        *S("la Grèce", "GRC", "TUR", "negative", "act", "a adressé",
           "une protestation formelle à la Turquie"),
        *S("le ministère grec des Affaires étrangères", "GRC", "TUR", "negative", "act", "a convoqué",
           "l'ambassadeur de Turquie"),
        *S("Nikos Vlachos", "GRC", "TUR", "negative", "direct", "a-t-il déclaré",
           "Ces provocations répétées sont inacceptables"),
        *S("Ankara", "TUR", "GRC", "negative", "indirect", "a balayé ces critiques",
           "Ankara a balayé ces critiques"),
        *S("Kemal Aydın", "TUR", "GRC", "negative", "direct", "a rétorqué",
           "La Grèce veut transformer la mer Egée en lac grec"),
        *S("Berlin", "DEU", "GRC TUR", "neutral", "indirect", "a appelé",
           "la Grèce et la Turquie à « renouer le dialogue »"),
        *S("l'Egypte", "EGY", "GRC", "positive", "indirect", "a apporté son soutien",
           "a apporté son soutien à la Grèce"),
        *S("la France", "FRA", "GRC CYP", "positive", "act", "a pour sa part annoncé",
           "le déploiement temporaire de deux frégates en Méditerranée orientale, "
           "en signe de « solidarité » avec la Grèce et Chypre"),
        *S("le président turc", "TUR", "FRA", "negative", "indirect", "a aussitôt accusé",
           "Paris de « jouer les gendarmes »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-09-17-canada-australie-chine-journaliste"] = dict(
    mentions="""
Ottawa | LOC
AFP | ORG
Ottawa | LOC | CAN
Canberra | LOC | AUS
Hong Kong | LOC
Shenyang | LOC
Hélène Gagnon | PER | CAN
Megan Clarke | PER | AUS
Pékin | LOC | CHN
Liu Jianming | PER | CHN
Ottawa | LOC | CAN
Canberra | LOC | AUS
Chine | LOC | CHN
Canada | LOC | CAN
Australie | LOC | AUS
Chine | LOC | CHN
Liu | PER | CHN
Etats-Unis | LOC | USA
Canada | LOC | CAN
Australie | LOC | AUS
département d'Etat | ORG | USA
Pékin | LOC | CHN
Wellington | LOC | NZL
Pékin | LOC | CHN
Chine | LOC | CHN
Australie | LOC | AUS
""",
    statements=[
        *S("Ottawa", "CAN", "CHN", "negative", "indirect", "ont condamné",
           "la peine de onze ans de prison infligée par un tribunal chinois"),
        *S("Canberra", "AUS", "CHN", "negative", "indirect", "ont condamné",
           "la peine de onze ans de prison infligée par un tribunal chinois"),
        *S("Hélène Gagnon", "CAN", "CHN", "negative", "indirect", "a qualifié",
           "le verdict d'« arbitraire »"),
        *S("Megan Clarke", "AUS", "CHN", "negative", "indirect", "Elle a dénoncé",
           "l'absence de transparence de la justice chinoise"),
        *S("Pékin", "CHN", "CAN AUS", "negative", "indirect", "a rejeté ces critiques",
           "Pékin a rejeté ces critiques"),
        *S("Liu Jianming", "CHN", "CAN AUS", "negative", "indirect", "a accusé",
           "Ottawa et Canberra d'« ingérence grossière dans les affaires intérieures »"),
        *S("les Etats-Unis", "USA", "CAN AUS", "positive", "indirect", "ont apporté leur soutien",
           "ont apporté leur soutien au Canada et à l'Australie"),
        *S("le département d'Etat", "USA", "CHN", "negative", "indirect", "appelant",
           "Pékin à libérer « sans délai » le journaliste"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-03-10-oms-vaccins-afrique"] = dict(
    mentions="""
Genève | LOC
AFP | ORG
Organisation mondiale de la santé | ORG | WHO
OMS | ORG | WHO
Canada | LOC | CAN
Norvège | LOC | NOR
Afrique | LOC
OMS | ORG | WHO
Kenya | LOC | KEN
Ethiopie | LOC | ETH
Nigeria | LOC | NGA
OMS | ORG | WHO
Afrique | LOC
Marcel Ndiaye | PER | WHO
Peter Kamau | PER | KEN
Ethiopie | LOC | ETH
OMS | ORG | WHO
Addis Abeba | LOC
Abuja | LOC
Chine | LOC | CHN
Ottawa | LOC | CAN
""",
    statements=[
        *S("l'Organisation mondiale de la santé", "WHO", "CAN NOR", "positive", "indirect", "a remercié",
           "le Canada et la Norvège pour leurs dons de vaccins"),
        *S("l'Ethiopie", "ETH", "WHO", "positive", "indirect", "a en revanche salué",
           "le rôle de l'OMS"),
        *S("le ministre nigérian de la Santé", "NGA", "CHN", "positive", "indirect", "a remercié",
           "la Chine pour la livraison d'un premier lot"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-11-10-pologne-bielorussie-frontiere"] = dict(
    mentions="""
Varsovie | LOC
AFP | ORG
Pologne | LOC | POL
Biélorussie | LOC | BLR
Minsk | LOC | BLR
Russie | LOC | RUS
Minsk | LOC | BLR
Varsovie | LOC | POL
Kremlin | LOC | RUS
Dmitri Voronov | PER | RUS
Moscou | LOC | RUS
Minsk | LOC | BLR
Bruxelles | LOC
Commission européenne | ORG | EU
Lituanie | LOC | LTU
Pologne | LOC | POL
Kuźnica | LOC
""",
    statements=[
        *S("la Pologne", "POL", "BLR", "negative", "indirect", "a accusé",
           "la Biélorussie de mener une « attaque hybride »"),
        *S("le chef de la diplomatie polonaise", "POL", "BLR", "negative", "direct", "a déclaré",
           "Le régime de Minsk utilise des êtres humains comme des armes"),
        *S("le chef de la diplomatie polonaise", "POL", "RUS", "negative", "indirect", "appelant",
           "la Russie à « cesser de couvrir » son allié"),
        *S("le parquet polonais", "POL", "BLR", "negative", "act", "a par ailleurs annoncé",
           "l'inculpation de deux officiers des services de renseignement biélorusses"),
        *S("Minsk", "BLR", "POL", "negative", "indirect", "a rejeté toute responsabilité",
           "Minsk a rejeté toute responsabilité"),
        *S("le président biélorusse", "BLR", "POL", "negative", "indirect", "a accusé",
           "Varsovie de « violations massives des droits humains »"),
        *S("Dmitri Voronov", "RUS", "POL", "negative", "indirect", "a jugé",
           "« inacceptables » les accusations polonaises"),
        *S("Moscou", "RUS", "BLR", "positive", "indirect", "réaffirmait",
           "son « soutien total » à Minsk"),
        *S("la Commission européenne", "EU", "BLR", "negative", "act", "a annoncé",
           "un cinquième paquet de sanctions visant des responsables biélorusses"),
        *S("la Lituanie", "LTU", "POL", "positive", "indirect", "a exprimé",
           "sa « totale solidarité » avec la Pologne"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-09-14-armenie-azerbaidjan"] = dict(
    mentions="""
Erevan | LOC
AFP | ORG
Arménie | LOC | ARM
Azerbaïdjan | LOC | AZE
Erevan | LOC | ARM
Djermouk | LOC
Goris | LOC
Aram Sarkissian | PER | ARM
Bakou | LOC | AZE
ministère azerbaïdjanais de la Défense | ORG | AZE
Moscou | LOC | RUS
Erevan | LOC | ARM
Arménie | LOC | ARM
Azerbaïdjan | LOC | AZE
France | LOC | FRA
Conseil de sécurité de l'ONU | ORG | UN
Turquie | LOC | TUR
Bakou | LOC | AZE
Azerbaïdjan | LOC | AZE
Arménie | LOC | ARM
Union européenne | ORG | EU
Erevan | LOC | ARM
Bakou | LOC | AZE
Iran | LOC | IRN
Azerbaïdjan | LOC | AZE
""",
    statements=[
        *S("l'Arménie", "ARM", "AZE", "negative", "indirect", "a accusé",
           "l'Azerbaïdjan d'avoir lancé une nouvelle offensive contre son territoire"),
        *S("Erevan", "ARM", "AZE", "negative", "attribution", "Selon Erevan",
           "l'artillerie azerbaïdjanaise a bombardé dans la nuit les villes de Djermouk et de Goris"),
        *S("Aram Sarkissian", "ARM", "AZE", "negative", "direct", "a déclaré",
           "Il s'agit d'une agression caractérisée contre un Etat souverain"),
        *S("Bakou", "AZE", "ARM", "negative", "attribution", "D'après Bakou",
           "ce sont au contraire les forces arméniennes qui ont « provoqué » les affrontements"),
        *S("le ministère azerbaïdjanais de la Défense", "AZE", "ARM", "negative", "indirect", "a qualifié de",
           "« mensonges » les accusations arméniennes"),
        *S("Moscou", "RUS", "ARM AZE", "neutral", "indirect", "a appelé",
           "l'Arménie et l'Azerbaïdjan à « cesser immédiatement les hostilités »"),
        *S("la France", "FRA", "AZE", "negative", "indirect", "a condamné",
           "« l'offensive azerbaïdjanaise »"),
        *S("la Turquie", "TUR", "AZE", "positive", "indirect", "a au contraire réaffirmé",
           "son soutien à l'Azerbaïdjan"),
        *S("la Turquie", "TUR", "ARM", "negative", "indirect", "appelant",
           "l'Arménie à « mettre fin à ses provocations »"),
        *S("le chef de la diplomatie de l'Union européenne", "EU", "ARM AZE", "neutral", "indirect", "a appelé",
           "Erevan et Bakou à revenir à la table des négociations"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-12-13-hongrie-ue-fonds"] = dict(
    mentions="""
Bruxelles | LOC
AFP | ORG
Commission européenne | ORG | EU
Hongrie | LOC | HUN
Budapest | LOC | HUN
Johannes Lindqvist | PER | EU
Budapest | LOC | HUN
Zoltán Szabó | PER | HUN
Bruxelles | LOC | EU
Cour de justice de l'UE | ORG | EU
Pologne | LOC | POL
Budapest | LOC | HUN
Pays-Bas | LOC | NLD
Suède | LOC | SWE
Commission | ORG | EU
Commission | ORG | EU
Maarten Jansen | PER | NLD
Rome | LOC
Budapest | LOC | HUN
Hongrie | LOC | HUN
""",
    statements=[
        *S("la Commission européenne", "EU", "HUN", "negative", "act", "a confirmé",
           "le gel de 6,3 milliards d'euros de fonds destinés à la Hongrie"),
        *S("Johannes Lindqvist", "EU", "HUN", "negative", "direct", "a déclaré",
           "Les réformes promises restent insuffisantes"),
        *S("Budapest", "HUN", "EU", "negative", "indirect", "a aussitôt dénoncé",
           "un « chantage politique »"),
        *S("Zoltán Szabó", "HUN", "EU", "negative", "indirect", "a accusé",
           "Bruxelles de « punir un gouvernement démocratiquement élu »"),
        *S("le ministre hongrois de la Justice", "HUN", "EU", "negative", "indirect", "n'a pas exclu",
           "de saisir la Cour de justice de l'UE pour contester la décision"),
        *S("la Pologne", "POL", "HUN", "positive", "indirect", "a exprimé",
           "sa « solidarité » avec Budapest"),
        *S("les Pays-Bas", "NLD", "EU", "positive", "indirect", "ont en revanche félicité",
           "la Commission pour sa « fermeté »"),
        *S("la Suède", "SWE", "EU", "positive", "indirect", "ont en revanche félicité",
           "la Commission pour sa « fermeté »"),
        *S("Maarten Jansen", "NLD", "EU", "positive", "direct", "a estimé",
           "La Commission a eu raison de ne pas céder"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-05-30-kosovo-serbie-kfor"] = dict(
    mentions="""
Pristina | LOC
AFP | ORG
Kosovo | LOC | XKX
Serbie | LOC | SRB
Otan | ORG | NATO
Kosovo | LOC | XKX
KFOR | ORG | NATO
Belgrade | LOC | SRB
Drita Krasniqi | PER | XKX
Pristina | LOC | XKX
Kosovo | LOC | XKX
Alliance atlantique | ORG | NATO
Otan | ORG | NATO
KFOR | ORG | NATO
Belgrade | LOC | SRB
Pristina | LOC | XKX
Washington | LOC | USA
Pristina | LOC | XKX
Pristina | LOC
Kosovo | LOC | XKX
Bruxelles | LOC | EU
Pristina | LOC | XKX
Grèce | LOC | GRC
UE | ORG | EU
Kosovo | LOC | XKX
""",
    statements=[
        *S("le Kosovo", "XKX", "SRB", "negative", "indirect", "a accusé",
           "la Serbie d'« attiser » les violences"),
        *S("Drita Krasniqi", "XKX", "SRB", "negative", "direct", "a déclaré",
           "Belgrade porte l'entière responsabilité de cette escalade"),
        *S("le président serbe", "SRB", "XKX", "negative", "indirect", "a dénoncé",
           "« la terreur » exercée selon lui par Pristina"),
        *S("le secrétaire général de l'Otan", "NATO", "SRB XKX", "neutral", "indirect", "appelé",
           "Belgrade et Pristina à « désamorcer immédiatement les tensions »"),
        *S("Washington", "USA", "XKX", "negative", "indirect", "a vivement critiqué",
           "a vivement critiqué Pristina"),
        *S("l'ambassadeur américain à Pristina", "USA", "XKX", "negative", "indirect", "a averti",
           "la coopération militaire avec le Kosovo pourrait être suspendue"),
        *S("Bruxelles", "EU", "XKX", "negative", "indirect", "a également mis en garde",
           "Pristina contre des « conséquences »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-08-07-philippines-chine-mer"] = dict(
    mentions="""
Manille | LOC
AFP | ORG
Philippines | LOC | PHL
Second Thomas | LOC
mer de Chine méridionale | LOC
ministère philippin des Affaires étrangères | ORG | PHL
Chine | LOC | CHN
Ramon Dizon | PER | PHL
Tang Xiaoyun | PER | CHN
Washington | LOC | USA
Chine | LOC | CHN
Tokyo | LOC | JPN
Malacañang | LOC | PHL
Etats-Unis | LOC | USA
Japon | LOC | JPN
Vietnam | LOC | VNM
Spratleys | LOC
Chine | LOC | CHN
Indonésie | LOC | IDN
Association des nations de l'Asie du Sud-Est | ORG | ASEAN
Asean | ORG | ASEAN
Pékin | LOC | CHN
mer de Chine méridionale | LOC
Cour permanente d'arbitrage | ORG
Manille | LOC | PHL
""",
    statements=[
        *S("les Philippines", "PHL", "CHN", "negative", "indirect", "ont accusé",
           "les garde-côtes chinois d'avoir fait usage de canons à eau"),
        *S("le ministère philippin des Affaires étrangères", "PHL", "CHN", "negative", "act", "a convoqué",
           "l'ambassadeur de Chine"),
        *S("Ramon Dizon", "PHL", "CHN", "negative", "direct", "a déclaré",
           "Ces manoeuvres dangereuses doivent cesser immédiatement"),
        *S("Tang Xiaoyun", "CHN", "PHL", "negative", "indirect", "a affirmé",
           "Le navire philippin était « entré illégalement » dans les eaux chinoises"),
        *S("Washington", "USA", "PHL", "positive", "indirect", "a réaffirmé",
           "son soutien à son allié philippin"),
        *S("Washington", "USA", "CHN", "negative", "indirect", "dénoncé",
           "le comportement « provocateur et dangereux » de la Chine"),
        *S("Tokyo", "JPN", "CHN", "negative", "indirect", "a également fait part",
           "sa « vive préoccupation » face aux agissements chinois"),
        *S("Malacañang", "PHL", "USA JPN", "positive", "indirect", "a salué",
           "le « soutien indéfectible » des Etats-Unis et du Japon"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-09-28-football-mexique-colombie"] = dict(
    mentions="""
SAN DIEGO | LOC
Etats-Unis | LOC | USA
AFP | ORG
Mexique | LOC | MEX
Colombie | LOC | COL
San Diego | LOC
Julián Cárdenas | PER
Diego Salcedo | PER
Cárdenas | PER
Mexique | LOC | MEX
Emiliano Rivas | PER
CF Monterrey | ORG
Ricardo Fuentes | PER
Hernán Duarte | PER
Fédération mexicaine de football | ORG
Mexique | LOC | MEX
Equateur | LOC | ECU
Guadalajara | LOC
Colombie | LOC | COL
Paraguay | LOC | PRY
Barranquilla | LOC
""",
    statements=[],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-02-21-cuba-etats-unis-sanctions"] = dict(
    mentions="""
La Havane | LOC
AFP | ORG
Cuba | LOC | CUB
Washington | LOC | USA
département américain du Trésor | ORG | USA
Washington | LOC | USA
Ernesto Valdés | PER | CUB
Valdés | PER | CUB
Mexique | LOC | MEX
La Havane | LOC | CUB
Washington | LOC | USA
Caracas | LOC | VEN
Cuba | LOC | CUB
Sol Caribe | ORG
Assemblée générale de l'ONU | ORG | UN
Etats-Unis | LOC | USA
""",
    statements=[
        *S("Cuba", "CUB", "USA", "negative", "indirect", "a dénoncé",
           "les nouvelles sanctions annoncées la veille par Washington"),
        *S("le département américain du Trésor", "USA", "CUB", "negative", "act", "a inscrit",
           "sur sa liste noire sept sociétés liées aux forces armées cubaines"),
        *S("Washington", "USA", "CUB", "negative", "attribution", "Selon Washington",
           "ces entités « financent la répression » contre les opposants"),
        *S("Ernesto Valdés", "CUB", "USA", "negative", "direct", "a déclaré",
           "C'est une agression économique contre tout un peuple"),
        *S("Ernesto Valdés", "CUB", "MEX", "positive", "indirect", "a également remercié",
           "le Mexique pour ses livraisons de pétrole"),
        *S("le gouvernement mexicain", "MEX", "CUB", "positive", "indirect", "a réaffirmé",
           "sa « solidarité » avec La Havane"),
        *S("le gouvernement mexicain", "MEX", "USA", "negative", "indirect", "appelé",
           "Washington à « lever le blocus »"),
        *S("Caracas", "VEN", "CUB", "positive", "indirect", "a également exprimé",
           "son soutien à Cuba"),
        *S("l'Assemblée générale de l'ONU", "UN", "USA", "negative", "act", "a adopté",
           "une résolution appelant les Etats-Unis à mettre fin à l'embargo"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2025-06-12-taiwan-chine-manoeuvres"] = dict(
    mentions="""
TAIPEI | LOC
AFP | ORG
Taïwan | LOC | TWN
Pékin | LOC | CHN
Chine | LOC | CHN
ministère taïwanais de la Défense | ORG | TWN
Chen Yu-ting | PER | TWN
Taipei | LOC | TWN
Pékin | LOC
Bureau des affaires de Taïwan | ORG | CHN
Zhu Wenhua | PER | CHN
Taipei | LOC | TWN
département d'Etat | ORG | USA
Chine | LOC | CHN
Tokyo | LOC | JPN
Union européenne | ORG | EU
Canberra | LOC | AUS
Epée du détroit | MISC
Armée populaire de libération | ORG | CHN
""",
    statements=[
        *S("Taïwan", "TWN", "CHN", "negative", "indirect", "a dénoncé",
           'les "provocations irrationnelles" de Pékin'),
        *S("Chen Yu-ting", "TWN", "CHN", "negative", "direct", "a déclaré",
           "Ces exercices menacent la paix et la stabilité de toute la région indo-pacifique"),
        *S("Zhu Wenhua", "CHN", "TWN", "negative", "indirect", "a accusé",
           'les autorités de Taipei de "provoquer délibérément" une escalade'),
        *S("le département d'Etat américain", "USA", "CHN", "negative", "indirect", "a exhorté",
           'la Chine à "cesser ses pressions militaires"'),
        *S("Tokyo", "JPN", "CHN", "negative", "indirect", "a pour sa part fait part",
           'sa "grave préoccupation" au sujet des exercices chinois'),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-11-19-liban-syrie-frontiere"] = dict(
    mentions="""
Beyrouth | LOC
AFP | ORG
Liban | LOC | LBN
Syrie | LOC | SYR
Bekaa | LOC
Grand Sérail | LOC
Beyrouth | LOC
Grand Sérail | LOC | LBN
Conseil de sécurité de l'ONU | ORG | UN
Syrie | LOC | SYR
Damas | LOC | SYR
ministère syrien des Affaires étrangères | ORG | SYR
Arabie saoudite | LOC | SAU
Qatar | LOC | QAT
Beyrouth | LOC | LBN
Damas | LOC | SYR
France | LOC | FRA
ONU | ORG | UN
Syrie | LOC | SYR
Haut-Commissariat de l'ONU pour les réfugiés | ORG | UN
Liban | LOC | LBN
""",
    statements=[
        *S("le Liban", "LBN", "SYR", "negative", "indirect", "a accusé",
           "la Syrie d'avoir bombardé des villages frontaliers"),
        *S("le Premier ministre libanais", "LBN", "SYR", "negative", "direct", "a déclaré",
           "Nous ne tolérerons aucune atteinte à notre souveraineté"),
        *S("le Grand Sérail", "LBN", "SYR", "negative", "act", "a ensuite annoncé",
           "le dépôt d'une plainte auprès du Conseil de sécurité de l'ONU contre la Syrie"),
        *S("Damas", "SYR", "LBN", "negative", "indirect", "a démenti toute implication",
           "Damas a démenti toute implication"),
        *S("le ministère syrien des Affaires étrangères", "SYR", "LBN", "negative", "indirect", "accusé",
           "l'armée libanaise de « laisser prospérer » les trafics"),
        *S("l'Arabie saoudite", "SAU", "LBN SYR", "neutral", "indirect", "ont appelé",
           "Beyrouth et Damas à « la retenue »"),
        *S("le Qatar", "QAT", "LBN SYR", "neutral", "indirect", "ont appelé",
           "Beyrouth et Damas à « la retenue »"),
        *S("la France", "FRA", "LBN", "positive", "indirect", "a réaffirmé",
           "son « soutien sans faille » à l'armée libanaise"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2025-05-27-asean-birmanie-sommet"] = dict(
    mentions="""
Kuala Lumpur | LOC
AFP | ORG
Association des nations de l'Asie du Sud-Est | ORG | ASEAN
Asean | ORG | ASEAN
Birmanie | LOC | MMR
Sri Wulandari | PER | IDN
Thaïlande | LOC | THA
Japon | LOC | JPN
Naypyidaw | LOC | MMR
Vietnam | LOC | VNM
Pékin | LOC | CHN
Asean | ORG | ASEAN
ONU | ORG | UN
Birmanie | LOC | MMR
""",
    statements=[
        *S("l'Association des nations de l'Asie du Sud-Est", "ASEAN", "MMR", "negative", "indirect",
           "ont exhorté", "la junte birmane à appliquer « sans délai » le plan de paix"),
        *S("le Premier ministre malaisien", "MYS", "MMR", "negative", "direct", "a déclaré",
           "La Birmanie doit honorer ses engagements envers ses voisins et envers son peuple"),
        *S("Sri Wulandari", "IDN", "THA", "positive", "indirect", "a salué",
           "les efforts de la Thaïlande"),
        *S("Sri Wulandari", "IDN", "JPN", "positive", "indirect", "Elle a par ailleurs remercié",
           "le Japon pour son aide humanitaire"),
        *S("la junte", "MMR", "ASEAN", "negative", "indirect", "a dénoncé",
           "une « ingérence inacceptable » dans les affaires intérieures du pays"),
        *S("Pékin", "CHN", "ASEAN", "positive", "indirect", "a salué",
           "« l'unité » de l'Asean"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-12-02-litterature-guadalajara"] = dict(
    mentions="""
Guadalajara | LOC
Mexique | LOC | MEX
AFP | ORG
Valentina Ospina | PER
prix Horizontes | MISC
Foire internationale du livre de Guadalajara | MISC
Bogota | LOC
La Maison des pluies | MISC
Caraïbes | LOC
Tomás Echeverría | PER
France | LOC | FRA
Valentina Ospina | PER
Mexico | LOC
Madrid | LOC
Buenos Aires | LOC
Foire de Guadalajara | MISC
Espagne | LOC | ESP
""",
    statements=[],
)
