"""Labels of the dev6 set (texts in corpora/dev6/).

Read by scripts/make_gold.py; see corpora/labels/README.md for the format.
Conventions are in corpora/README.md ("Annotation decisions", with the dev2 to dev6
additions at its end, and the per-document table under "Documents: dev6").
"""
from make_gold import S

# Codes this set needs beyond make_gold.py's shared sets (ISO 3166-1 alpha-3).
STATE_ACTORS = {
    "AGO", "ARG", "ARM", "AUS", "AZE", "BLR", "CAN", "CHL", "CIV", "CMR", "COD", "COL",
    "CUB", "CYP", "DNK", "ERI", "ESP", "EST", "GEO", "GMB", "GRC", "HUN", "IDN", "ISL",
    "LKA", "LTU", "LVA", "MDV", "MEX", "MYS", "NGA", "NPL", "NZL", "PAN", "PER", "PHL",
    "RWA", "SEN", "SGP", "SYR", "UGA", "VEN", "VNM",
}

# Organisation codes beyond make_gold.py's: the usual English acronym in capitals,
# the same codes as data/actors/organisations.tsv.
ORG_ACTORS = {
    "WTO",        # Organisation mondiale du commerce (OMC), its groupe spécial and Organe d'appel
    "COE",        # Conseil de l'Europe, and its court, the CEDH
    "OAS",        # Organisation des Etats américains (OEA)
    "EAC",        # Communauté d'Afrique de l'Est
}

# Capitalised words that are not entities (sentence and quote openers, "A" without
# accent, job titles, a disease, acronyms used as common nouns).
NOT_ENTITIES = {
    "A", "Jeudi", "Lundi", "Samedi", "Parfois", "Interrogé", "Elu", "Quelques", "Dix",
    "Faute", "Son", "Celui", "Aujourd", "Personne", "Menés", "Klaxons", "Coproduction",
    "Cet", "Cette", "Ces", "En", "Leur",
    "Premier",                                                  # "Premier ministre"
    "Droits", "Intérieur", "Commerce", "Economie", "Energie", "Education", "Culture",
    "ONG", "PIB",                                               # common nouns
    "Covid-19",                                                 # a disease
}

DOCS: dict[str, dict] = {}

# ---------------------------------------------------------------------------
DOCS["afp-2019-03-01-coree-du-nord-etats-unis-hanoi"] = dict(
    mentions="""
HANOÏ | LOC
AFP | ORG
Corée du Nord | LOC | PRK
Hanoï | LOC
Donald Trump | PER | USA
Kim Jong Un | PER | PRK
Pyongyang | LOC | PRK
Yongbyon | LOC
Ri Chol-min | PER | PRK
Etats-Unis | LOC | USA
Washington | LOC | USA
Choe Myong-ok | PER | PRK
KCNA | ORG | PRK
Donald Trump | PER | USA
Séoul | LOC
Singapour | LOC | SGP
Pékin | LOC | CHN
Etats-Unis | LOC | USA
Corée du Nord | LOC | PRK
Hua Wenbo | PER | CHN
Donald Trump | PER | USA
Vietnam | LOC | VNM
Moscou | LOC | RUS
Washington | LOC | USA
Pyongyang | LOC | PRK
""",
    statements=[
        *S("la Corée du Nord", "PRK", "USA", "negative", "indirect", "a contredit vendredi",
           "la version américaine de l'échec du sommet de Hanoï"),
        *S("Donald Trump", "USA", "PRK", "negative", "indirect", "avait justifié",
           "Pyongyang exigeait la levée « de toutes les sanctions »"),
        *S("Donald Trump", "USA", "PRK", "positive", "indirect", "tout en assurant",
           "sa relation avec le dirigeant nord-coréen restait « très chaleureuse »"),
        *S("Ri Chol-min", "PRK", "USA", "negative", "direct", "a-t-il déclaré",
           "Ce sont les Etats-Unis qui ont laissé passer une chance"),
        *S("Choe Myong-ok", "PRK", "USA", "negative", "attribution", "Selon la vice-ministre",
           "face aux « calculs » américains"),
        *S("l'agence officielle KCNA", "PRK", "USA", "positive", "indirect", "saluant",
           "l'« engagement personnel » de Donald Trump"),
        *S("la présidence sud-coréenne", "KOR", "USA PRK", "positive", "indirect", "tout en estimant",
           "les deux dirigeants avaient accompli « des progrès importants »"),
        *S("Pékin", "CHN", "USA PRK", "neutral", "indirect", "a appelé",
           "les Etats-Unis et la Corée du Nord à « continuer à se parler avec patience »"),
        *S("Hua Wenbo", "CHN", "USA PRK", "neutral", "attribution", "selon un porte-parole",
           "les Etats-Unis et la Corée du Nord à « continuer à se parler avec patience »"),
        *S("le Premier ministre japonais", "JPN", "USA", "positive", "indirect", "« pleinement soutenu »",
           "la décision de Donald Trump de ne pas conclure un « mauvais accord »"),
        *S("le Vietnam", "VNM", "USA PRK", "positive", "indirect", "a remercié",
           "les délégations américaine et nord-coréenne"),
        *S("Moscou", "RUS", "USA", "negative", "indirect", "appelé",
           "Washington à « faire un geste » en direction de Pyongyang"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-06-20-coree-du-sud-russie-pacte"] = dict(
    mentions="""
SEOUL | LOC
AFP | ORG
Corée du Sud | LOC | KOR
Russie | LOC | RUS
Pyongyang | LOC
Vladimir Poutine | PER | RUS
Kim Jong Un | PER | PRK
Park Jin-woo | PER | KOR
Moscou | LOC | RUS
Pyongyang | LOC | PRK
Conseil de sécurité de l'ONU | ORG | UN
Séoul | LOC | KOR
Ukraine | LOC | UKR
Kim Tae-sung | PER | KOR
Russie | LOC | RUS
Andreï Koulikov | PER | RUS
Séoul | LOC | KOR
Pyongyang | LOC
KCNA | ORG | PRK
Russie | LOC | RUS
Tokyo | LOC | JPN
Hiroshi Kanda | PER | JPN
Moscou | LOC | RUS
Pyongyang | LOC | PRK
département d'Etat | ORG | USA
Moscou | LOC | RUS
Pyongyang | LOC | PRK
Otan | ORG | NATO
Corée du Nord | LOC | PRK
Ukraine | LOC | UKR
Chine | LOC | CHN
Corée du Nord | LOC | PRK
Kremlin | LOC | RUS
Washington | LOC | USA
Kiev | LOC | UKR
""",
    statements=[
        *S("la Corée du Sud", "KOR", "RUS", "negative", "act", "a convoqué jeudi",
           "l'ambassadeur de Russie"),
        *S("Vladimir Poutine", "RUS", "PRK", "positive", "act", "signé",
           "le traité de « partenariat stratégique global »"),
        *S("Kim Jong Un", "PRK", "RUS", "positive", "act", "signé",
           "le traité de « partenariat stratégique global »"),
        *S("Park Jin-woo", "KOR", "RUS", "negative", "indirect", "a exhorté",
           "Moscou à « cesser immédiatement toute coopération militaire »"),
        *S("Kim Tae-sung", "KOR", "RUS", "negative", "direct", "a-t-il ajouté",
           "La Russie doit comprendre que cette coopération est une menace directe pour notre sécurité"),
        *S("Andreï Koulikov", "RUS", "KOR", "negative", "indirect", "mis en garde",
           "Séoul contre une décision qui « détruirait » les relations entre les deux pays"),
        *S("l'agence officielle KCNA", "PRK", "RUS", "positive", "indirect", "vu dans",
           "la Russie « l'ami le plus sincère » du peuple coréen"),
        *S("Hiroshi Kanda", "JPN", "RUS", "negative", "indirect", "estimant",
           "Moscou avait « franchi une ligne »"),
        # the promise reported inside Tokyo's reply (and again by the State Department)
        *S("Moscou", "RUS", "PRK", "positive", "indirect", "en promettant",
           "un soutien militaire à Pyongyang"),
        *S("le département d'Etat américain", "USA", "RUS", "negative", "indirect", "a dénoncé",
           "le soutien militaire promis par Moscou à Pyongyang"),
        *S("le secrétaire général de l'Otan", "NATO", "PRK", "negative", "indirect", "a accusé",
           "la Corée du Nord de fournir « d'énormes quantités de munitions » à l'armée russe"),
        *S("le Kremlin", "RUS", "USA", "negative", "indirect", "dénonçant",
           "« l'hypocrisie » de Washington"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-05-21-nepal-inde-carte"] = dict(
    mentions="""
KATMANDOU | LOC
AFP | ORG
Népal | LOC | NPL
Inde | LOC | IND
New Delhi | LOC | IND
Conseil des ministres | ORG | NPL
Lipulekh | LOC
Kalapani | LOC
Limpiyadhura | LOC
Katmandou | LOC | NPL
Inde | LOC | IND
Lipulekh | LOC
Tibet | LOC
Népal | LOC | NPL
Inde | LOC | IND
Parlement | ORG | NPL
Bishnu Adhikari | PER | NPL
ministère indien des Affaires étrangères | ORG | IND
Katmandou | LOC | NPL
Inde | LOC | IND
Népal | LOC | NPL
Katmandou | LOC | NPL
Zhao Minghui | PER | CHN
Népal | LOC | NPL
Inde | LOC | IND
Katmandou | LOC
Inde | LOC | IND
""",
    statements=[
        *S("le Népal", "NPL", "IND", "negative", "act", "a rendu publique",
           "une nouvelle carte officielle qui inclut plusieurs territoires himalayens contrôlés par l'Inde"),
        *S("New Delhi", "IND", "NPL", "negative", "indirect", "rejetée",
           "un « agrandissement artificiel » de ses revendications"),
        *S("Katmandou", "NPL", "IND", "negative", "indirect", "avait protesté",
           "contre l'inauguration par l'Inde d'une route"),
        *S("Bishnu Adhikari", "NPL", "IND", "negative", "direct", "a affirmé",
           "Ces terres appartiennent au Népal et l'Inde doit s'en retirer"),
        *S("le ministère indien des Affaires étrangères", "IND", "NPL", "negative", "indirect", "Il a appelé",
           "Katmandou à « respecter la souveraineté et l'intégrité territoriale de l'Inde »"),
        *S("le chef de l'armée indienne", "IND", "NPL", "negative", "indirect", "avait laissé entendre",
           "le Népal protestait « pour le compte de quelqu'un d'autre »"),
        *S("Zhao Minghui", "CHN", "NPL IND", "neutral", "indirect", "Il a souhaité",
           "les deux pays évitent « toute action unilatérale susceptible de compliquer la situation »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-01-08-maldives-inde-ministres"] = dict(
    mentions="""
MALE | LOC
AFP | ORG
Maldives | LOC | MDV
New Delhi | LOC | IND
X | ORG
Laquedives | LOC
Male | LOC
ministère maldivien des Affaires étrangères | ORG | MDV
Male | LOC | MDV
Inde | LOC | IND
ministère indien des Affaires étrangères | ORG | IND
Maldives | LOC | MDV
New Delhi | LOC
Male | LOC | MDV
Anil Verma | PER | IND
Pékin | LOC
New Delhi | LOC | IND
Chine | LOC | CHN
Pékin | LOC
Li Qian | PER | CHN
Chine | LOC | CHN
Maldives | LOC | MDV
Pékin | LOC | CHN
Sri Lanka | LOC | LKA
""",
    statements=[
        *S("les trois vice-ministres", "MDV", "IND", "negative", "indirect", "avaient qualifié",
           "le dirigeant indien de « clown » et de « marionnette »"),
        *S("New Delhi", "IND", "MDV", "negative", "act", "la convocation",
           "la convocation du haut-commissaire maldivien par New Delhi"),
        *S("le ministère maldivien des Affaires étrangères", "MDV", "IND", "positive", "indirect", "assurant",
           "Male restait attaché à « des relations amicales et mutuellement bénéfiques » avec l'Inde"),
        *S("le ministère indien des Affaires étrangères", "IND", "MDV", "negative", "act", "avait convoqué",
           "le haut-commissaire des Maldives"),
        *S("Anil Verma", "IND", "MDV", "negative", "direct", "a déclaré",
           "nous attendons du respect de la part de Male"),
        *S("le président maldivien", "MDV", "IND", "negative", "indirect", "il a demandé",
           "à New Delhi de retirer d'ici mars les quelque 80 militaires indiens"),
        *S("Li Qian", "CHN", "MDV", "positive", "indirect", "a salué",
           "« l'amitié traditionnelle » entre la Chine et les Maldives"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-10-09-chypre-turquie-varosha"] = dict(
    mentions="""
NICOSIE | LOC
AFP | ORG
Chypre | LOC | CYP
Conseil de sécurité de l'ONU | ORG | UN
Turquie | LOC | TUR
Varosha | LOC
Nations unies | ORG | UN
Ankara | LOC | TUR
Andreas Kleanthous | PER | CYP
Conseil | ORG | UN
Varosha | LOC
Mehmet Arslan | PER
République turque de Chypre-Nord | LOC
RTCN | LOC
Ankara | LOC | TUR
Nicosie | LOC | CYP
Arslan | PER
Nicosie | LOC | CYP
Varosha | LOC
RTCN | LOC
Grèce | LOC | GRC
Ankara | LOC | TUR
Ankara | LOC | TUR
Méditerranée | LOC
Royaume-Uni | LOC | GBR
Grèce | LOC | GRC
Turquie | LOC | TUR
Ankara | LOC | TUR
Nicosie | LOC | CYP
ONU | ORG | UN
département d'Etat | ORG | USA
Moscou | LOC | RUS
Conseil de sécurité | ORG | UN
Varosha | LOC
ONU | ORG | UN
""",
    statements=[
        *S("Chypre", "CYP", "TUR", "negative", "act", "a saisi vendredi le Conseil de sécurité",
           "le Conseil de sécurité de l'ONU après la réouverture partielle par la Turquie de Varosha"),
        *S("Andreas Kleanthous", "CYP", "TUR", "negative", "act", "a demandé",
           "une réunion d'urgence du Conseil"),
        *S("le vice-président turc", "TUR", "CYP", "negative", "indirect", "a accusé",
           "Nicosie de « bloquer toute solution depuis un demi-siècle »"),
        *S("la Grèce", "GRC", "TUR", "negative", "indirect", "réclamé",
           "des sanctions européennes contre Ankara"),
        *S("le chef de la diplomatie européenne", "EU", "TUR", "negative", "indirect", "a jugé",
           "la décision turque « inacceptable »"),
        *S("le Royaume-Uni", "GBR", "TUR CYP", "neutral", "indirect", "a appelé",
           "Ankara et Nicosie à « reprendre sans délai » les pourparlers"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-05-19-espagne-maroc-ceuta"] = dict(
    mentions="""
MADRID | LOC
AFP | ORG
Madrid | LOC | ESP
Rabat | LOC | MAR
Ceuta | LOC
Maroc | LOC | MAR
Espagne | LOC | ESP
Espagne | LOC | ESP
Europe | LOC
Congrès des députés | ORG | ESP
Carmen Olmedo | PER | ESP
Leila Bennis | PER | MAR
Rabat | LOC | MAR
Espagne | LOC | ESP
Bennis | PER | MAR
Logroño | LOC
Front Polisario | ORG
Rabat | LOC | MAR
Youssef Bennani | PER | MAR
Espagne | LOC | ESP
Ceuta | LOC
Melilla | LOC
Maroc | LOC | MAR
Espagne | LOC | ESP
Bruxelles | LOC
Commission européenne | ORG | EU
Espagne | LOC | ESP
Union européenne | ORG | EU
Paris | LOC | FRA
Madrid | LOC | ESP
Algérie | LOC | DZA
Front Polisario | ORG
Maroc | LOC | MAR
Ceuta | LOC
Maroc | LOC | MAR
""",
    statements=[
        *S("Madrid", "ESP", "MAR", "negative", "indirect", "a accusé mercredi",
           "Rabat de « chantage »"),
        *S("le Maroc", "MAR", "ESP", "negative", "act", "a rappelé pour consultations",
           "son ambassadrice en Espagne"),
        *S("la secrétaire d'Etat espagnole aux Affaires étrangères", "ESP", "MAR", "negative", "act",
           "avait convoqué", "l'ambassadrice marocaine, Leila Bennis"),
        *S("Rabat", "MAR", "ESP", "negative", "act", "annonçait le rappel", "le rappel de la diplomate"),
        *S("Leila Bennis", "MAR", "ESP", "negative", "direct", "avait déclaré",
           "Il y a des actes qui ont des conséquences, et l'Espagne doit les assumer"),
        *S("Youssef Bennani", "MAR", "ESP", "negative", "indirect", "a lui aussi imputé",
           "la crise à l'Espagne"),
        *S("le chef du gouvernement espagnol", "ESP", "MAR", "positive", "indirect", "tout en qualifiant",
           "le Maroc de « partenaire stratégique » de l'Espagne"),
        *S("la présidente de la Commission européenne", "EU", "ESP", "positive", "indirect", "a exprimé",
           "sa « solidarité » avec l'Espagne"),
        *S("Paris", "FRA", "ESP", "positive", "indirect", "a également apporté",
           "son « plein soutien » à Madrid"),
        *S("l'Algérie", "DZA", "MAR", "negative", "indirect", "a accusé",
           "le Maroc d'« utiliser des mineurs comme arme politique »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-06-15-royaume-uni-rwanda-migrants"] = dict(
    mentions="""
LONDRES | LOC
AFP | ORG
Cour européenne des droits de l'homme | ORG | COE
CEDH | ORG | COE
Rwanda | LOC | RWA
Royaume-Uni | LOC | GBR
Wiltshire | LOC
Strasbourg | LOC
Conseil de l'Europe | ORG | COE
Royaume-Uni | LOC | GBR
Communes | ORG | GBR
Helen Marsh | PER | GBR
Cour | ORG | COE
CEDH | ORG | COE
Union européenne | ORG | EU
Kigali | LOC
Claudine Uwase | PER | RWA
Rwanda | LOC | RWA
Royaume-Uni | LOC | GBR
Haut-Commissariat des Nations unies pour les réfugiés | ORG | UN
HCR | ORG | UN
Cour | ORG | COE
Londres | LOC | GBR
Union africaine | ORG | AU
Canterbury | LOC
York | LOC
Chambre des lords | ORG | GBR
Times | ORG
ministère de l'Intérieur | ORG | GBR
Manche | LOC
""",
    statements=[
        *S("le gouvernement britannique", "GBR", "COE", "negative", "indirect", "a dénoncé mercredi",
           "l'intervention « scandaleuse » de la Cour européenne des droits de l'homme"),
        *S("la Cour européenne des droits de l'homme", "COE", "GBR", "negative", "act", "a ordonné",
           "au Royaume-Uni de suspendre l'expulsion d'un demandeur d'asile irakien"),
        *S("Helen Marsh", "GBR", "COE", "negative", "indirect", "a accusé",
           "la Cour d'avoir statué de manière « opaque »"),
        *S("le Premier ministre britannique", "GBR", "COE", "negative", "indirect", "n'a pas exclu",
           "de modifier la législation pour limiter la portée des décisions de la CEDH"),
        *S("le Royaume-Uni", "GBR", "EU", "negative", "act", "a quittée",
           "l'Union européenne, que le pays a quittée en 2020"),
        *S("Claudine Uwase", "RWA", "GBR", "positive", "direct", "a-t-elle assuré",
           "Le Rwanda reste pleinement engagé dans ce partenariat avec le Royaume-Uni"),
        *S("le HCR", "UN", "COE", "positive", "indirect", "a salué", "la décision de la Cour"),
        *S("le HCR", "UN", "GBR", "negative", "indirect", "appelé", "Londres à « renoncer » à ce projet"),
        *S("l'Union africaine", "AU", "GBR", "negative", "indirect", "avait appelé",
           "le gouvernement britannique à « assumer ses propres obligations »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-06-14-canada-danemark-ile-hans"] = dict(
    mentions="""
OTTAWA | LOC
AFP | ORG
Canada | LOC | CAN
Danemark | LOC | DNK
Ottawa | LOC
Hans | LOC
Arctique | LOC
Canada | LOC | CAN
Danemark | LOC | DNK
Groenland | LOC
Russie | LOC | RUS
Ukraine | LOC | UKR
Catherine Leblanc | PER | CAN
Danemark | LOC | DNK
Mads Rasmussen | PER | DNK
Canada | LOC | CAN
Russie | LOC | RUS
Canada | LOC | CAN
Ukraine | LOC | UKR
Ottawa | LOC | CAN
Otan | ORG | NATO
Canada | LOC | CAN
Danemark | LOC | DNK
Washington | LOC | USA
passage du Nord-Ouest | LOC
Canada | LOC | CAN
Ottawa | LOC | CAN
Copenhague | LOC | DNK
Groenland | LOC
Ellesmere | LOC
""",
    statements=[
        *S("le Canada", "CAN", "DNK", "positive", "act", "ont signé", "un accord partageant l'île Hans"),
        *S("le Danemark", "DNK", "CAN", "positive", "act", "ont signé", "un accord partageant l'île Hans"),
        *S("Catherine Leblanc", "CAN", "RUS", "negative", "direct", "a déclaré",
           "la Russie piétine ce droit en Ukraine"),
        *S("Catherine Leblanc", "CAN", "DNK", "positive", "direct", "a-t-elle ajouté",
           "Le Danemark est bien plus qu'un voisin: c'est un allié précieux"),
        *S("Mads Rasmussen", "DNK", "CAN", "positive", "direct", "a répondu sur le même ton",
           "Le Canada a fait preuve d'un remarquable sens du compromis"),
        *S("l'ambassade de Russie au Canada", "RUS", "CAN", "negative", "indirect", "accusant",
           "Ottawa d'« instrumentaliser » une cérémonie bilatérale"),
        *S("le secrétaire général de l'Otan", "NATO", "CAN DNK", "positive", "indirect", "a félicité",
           "le Canada et le Danemark pour un accord « exemplaire »"),
        *S("Washington", "USA", "CAN", "negative", "indirect", "qui conteste",
           "le statut des eaux du passage du Nord-Ouest que le Canada considère comme intérieures"),
        *S("Washington", "USA", "CAN DNK", "positive", "indirect", "a également félicité",
           "Ottawa et Copenhague"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-10-04-ue-chine-vehicules-electriques"] = dict(
    mentions="""
BRUXELLES | LOC
AFP | ORG
Union européenne | ORG | EU
Chine | LOC | CHN
Allemagne | LOC | DEU
Pékin | LOC | CHN
Commission européenne | ORG | EU
Allemagne | LOC | DEU
Hongrie | LOC | HUN
Commission | ORG | EU
Aivars Kalniņš | PER | EU
Bruxelles | LOC | EU
ministère chinois du Commerce | ORG | CHN
UE | ORG | EU
Pékin | LOC | CHN
France | LOC | FRA
Berlin | LOC
Jörg Hansen | PER | DEU
Pékin | LOC | CHN
Berlin | LOC | DEU
Paris | LOC
ministère de l'Economie | ORG | FRA
Commission | ORG | EU
Europe | LOC
Budapest | LOC | HUN
BYD | ORG
Bruxelles | LOC | EU
Espagne | LOC | ESP
Chine | LOC | CHN
Bruxelles | LOC | EU
Pékin | LOC | CHN
Commission | ORG | EU
""",
    statements=[
        *S("la Commission", "EU", "CHN", "negative", "act", "qu'elle applique depuis juillet",
           "les droits provisoires qu'elle applique depuis juillet à ces véhicules"),
        *S("Bruxelles", "EU", "CHN", "negative", "attribution", "Selon Bruxelles",
           "de « subventions massives » de la part de l'Etat chinois"),
        *S("le ministère chinois du Commerce", "CHN", "EU", "negative", "indirect", "exhorté",
           "l'UE à « corriger immédiatement ses erreurs »"),
        *S("Pékin", "CHN", "EU", "negative", "act", "avait déjà ouvert en janvier",
           "une enquête antidumping sur le brandy européen"),
        *S("le gouvernement allemand", "DEU", "EU", "negative", "indirect", "a regretté",
           "l'issue du vote"),
        *S("Pékin", "CHN", "DEU", "positive", "indirect", "a salué de son côté",
           "la position « rationnelle » de Berlin"),
        *S("le ministère de l'Economie", "FRA", "EU", "positive", "indirect", "a au contraire salué",
           "une décision « courageuse » de la Commission"),
        *S("Budapest", "HUN", "EU", "negative", "indirect", "a dénoncé",
           "une « guerre froide économique » menée par Bruxelles"),
        *S("l'Espagne", "ESP", "EU", "positive", "indirect", "qui avait soutenu",
           "avait soutenu en juillet les droits provisoires"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-12-01-indonesie-ue-nickel-omc"] = dict(
    mentions="""
JAKARTA | LOC
AFP | ORG
Indonésie | LOC | IDN
Organisation mondiale du commerce | ORG | WTO
OMC | ORG | WTO
OMC | ORG | WTO
Union européenne | ORG | EU
Jakarta | LOC | IDN
Gatt | MISC
Arifin Pratama | PER | IDN
Union européenne | ORG | EU
Indonésie | LOC | IDN
Jakarta | LOC | IDN
Bruxelles | LOC
Commission européenne | ORG | EU
UE | ORG | EU
Jakarta | LOC | IDN
Organe d'appel de l'OMC | ORG | WTO
Washington | LOC | USA
Jakarta | LOC | IDN
Philippines | LOC | PHL
""",
    statements=[
        *S("l'Indonésie", "IDN", "WTO", "negative", "indirect", "a annoncé jeudi",
           "fera appel de la décision de l'Organisation mondiale du commerce (OMC)"),
        *S("un groupe spécial de l'OMC", "WTO", "IDN", "negative", "act", "a estimé dans un rapport",
           "l'embargo imposé par Jakarta depuis janvier 2020 enfreignait l'accord général"),
        *S("le président indonésien", "IDN", "EU", "negative", "indirect", "a accusé",
           "l'Union européenne de vouloir cantonner l'Indonésie à un rôle d'exportateur de matières premières"),
        *S("un porte-parole de la Commission européenne", "EU", "WTO", "positive", "indirect", "a salué",
           'un rapport qui "confirme" les positions de l\'UE'),
        *S("un porte-parole de la Commission européenne", "EU", "IDN", "negative", "indirect", "appelé",
           'Jakarta à "se mettre rapidement en conformité" avec ses obligations'),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-03-14-aukus-sous-marins-chine"] = dict(
    mentions="""
PEKIN | LOC
AFP | ORG
Chine | LOC | CHN
Etats-Unis | LOC | USA
Royaume-Uni | LOC | GBR
Australie | LOC | AUS
Californie | LOC
Aukus | MISC
San Diego | LOC
Australie | LOC | AUS
ministère chinois des Affaires étrangères | ORG | CHN
Wang Jiahao | PER | CHN
Washington | LOC | USA
Londres | LOC | GBR
Canberra | LOC | AUS
Traité de non-prolifération nucléaire | MISC
TNP | MISC
Maison Blanche | LOC | USA
Australie | LOC | AUS
Pékin | LOC | CHN
Washington | LOC | USA
Londres | LOC | GBR
Agence internationale de l'énergie atomique | ORG | IAEA
AIEA | ORG | IAEA
Australie | LOC | AUS
Moscou | LOC
Washington | LOC | USA
Asie | LOC
Indonésie | LOC | IDN
Australie | LOC | AUS
Malaisie | LOC | MYS
Wellington | LOC | NZL
Canberra | LOC | AUS
Paris | LOC
Quai d'Orsay | LOC | FRA
Canberra | LOC | AUS
Aukus | MISC
France | LOC | FRA
Canberra | LOC
Washington | LOC
""",
    statements=[
        *S("la Chine", "CHN", "USA GBR AUS", "negative", "indirect", "a accusé mardi",
           "les Etats-Unis, le Royaume-Uni et l'Australie de s'engager « sur une voie dangereuse »"),
        *S("Wang Jiahao", "CHN", "USA GBR AUS", "negative", "indirect", "Il a accusé",
           "Washington, Londres et Canberra de violer « l'esprit » du Traité de non-prolifération nucléaire"),
        *S("un responsable de la Maison Blanche", "USA", "CHN", "negative", "indirect", "a rejeté",
           "Pékin cherchait surtout à détourner l'attention de son propre arsenal"),
        *S("le Premier ministre australien", "AUS", "USA GBR", "positive", "indirect", "remercié",
           "Washington et Londres pour leur « confiance »"),
        *S("le directeur général de l'Agence internationale de l'énergie atomique", "IAEA", "AUS",
           "positive", "indirect", "saluant", "l'attitude « pleinement transparente » de l'Australie"),
        *S("la diplomatie russe", "RUS", "USA", "negative", "indirect", "a dénoncé",
           "la « logique de blocs » de Washington"),
        *S("l'Indonésie", "IDN", "AUS", "negative", "indirect", "appelé",
           "l'Australie à « respecter scrupuleusement » ses obligations de non-prolifération"),
        *S("Wellington", "NZL", "AUS", "neutral", "indirect", "a dit « prendre note »",
           "de la décision de Canberra"),
        *S("la France", "FRA", "AUS USA", "negative", "act", "avait conduit la France à rappeler",
           "rappeler pour consultations ses ambassadeurs à Canberra et à Washington"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-02-06-senegal-presidentielle-report"] = dict(
    mentions="""
DAKAR | LOC
AFP | ORG
Communauté économique des Etats de l'Afrique de l'Ouest | ORG | ECOWAS
Cédéao | ORG | ECOWAS
Assemblée nationale | ORG | SEN
Dakar | LOC
Sénégal | LOC | SEN
Ismaïla Ndiaye | PER | SEN
Dakar | LOC | SEN
Cédéao | ORG | ECOWAS
Commission de l'Union africaine | ORG | AU
Sénégal | LOC | SEN
département d'Etat | ORG | USA
Assemblée | ORG | SEN
Dakar | LOC | SEN
Union européenne | ORG | EU
Paris | LOC
Quai d'Orsay | LOC | FRA
Gambie | LOC | GMB
Sénégal | LOC | SEN
Mali | LOC | MLI
Burkina Faso | LOC | BFA
Niger | LOC | NER
Cédéao | ORG | ECOWAS
""",
    statements=[
        *S("la Communauté économique des Etats de l'Afrique de l'Ouest", "ECOWAS", "SEN", "negative",
           "indirect", "a exhorté mardi", "les autorités sénégalaises à « rétablir » le calendrier électoral"),
        *S("Ismaïla Ndiaye", "SEN", "ECOWAS", "positive", "indirect", "a toutefois assuré",
           "Dakar resterait « un membre loyal et actif » de la Cédéao"),
        *S("le président de la Commission de l'Union africaine", "AU", "SEN", "negative", "indirect",
           "a appelé", "le Sénégal à organiser l'élection « dans les meilleurs délais »"),
        *S("le département d'Etat américain", "USA", "SEN", "negative", "indirect", "a estimé",
           "le vote de l'Assemblée ne pouvait être « considéré comme légitime »"),
        *S("la diplomatie européenne", "EU", "SEN", "negative", "indirect", "a appelé",
           "Dakar à « rétablir un calendrier clair »"),
        *S("le Quai d'Orsay", "FRA", "SEN", "negative", "indirect", "a exhorté",
           "les autorités sénégalaises à « lever les incertitudes »"),
        *S("la Gambie", "GMB", "SEN", "positive", "indirect", "a pour sa part dit",
           "« faire confiance » au Sénégal"),
        *S("le Mali", "MLI", "ECOWAS", "negative", "act", "ont annoncé fin janvier",
           "leur retrait « sans délai » de la Cédéao"),
        *S("le Burkina Faso", "BFA", "ECOWAS", "negative", "act", "ont annoncé fin janvier",
           "leur retrait « sans délai » de la Cédéao"),
        *S("le Niger", "NER", "ECOWAS", "negative", "act", "ont annoncé fin janvier",
           "leur retrait « sans délai » de la Cédéao"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-08-01-venezuela-presidentielle-diplomates"] = dict(
    mentions="""
CARACAS | LOC
AFP | ORG
Etats-Unis | LOC | USA
Conseil national électoral | ORG | VEN
CNE | ORG | VEN
Caracas | LOC | VEN
CNE | ORG | VEN
Rafael Medina | PER | VEN
Washington | LOC | USA
Caracas | LOC
Caracas | LOC | VEN
Argentine | LOC | ARG
Chili | LOC | CHL
Pérou | LOC | PER
Pérou | LOC | PER
Venezuela | LOC | VEN
X | ORG
Brésil | LOC | BRA
Colombie | LOC | COL
Mexique | LOC | MEX
ONU | ORG | UN
Centre Carter | ORG
Caracas | LOC | VEN
Moscou | LOC | RUS
Pékin | LOC | CHN
Cuba | LOC | CUB
Washington | LOC | USA
Caracas | LOC | VEN
Organisation des Etats américains | ORG | OAS
OEA | ORG | OAS
""",
    statements=[
        *S("les Etats-Unis", "USA", "VEN", "negative", "indirect", "estimant",
           "le Conseil national électoral (CNE) avait proclamé la réélection du président sortant sans « aucune preuve »"),
        *S("Caracas", "VEN", "USA", "negative", "indirect", "dénoncée", "une « ingérence grossière »"),
        *S("le secrétaire d'Etat américain", "USA", "VEN", "negative", "direct", "a déclaré",
           "le CNE a proclamé des résultats qui ne reflètent pas le choix des électeurs"),
        *S("Rafael Medina", "VEN", "USA", "negative", "indirect", "a accusé",
           "Washington de vouloir « s'emparer » du pétrole du pays"),
        *S("Caracas", "VEN", "ARG CHL PER", "negative", "act", "avait déjà ordonné",
           "le retrait de son personnel diplomatique de sept pays latino-américains"),
        *S("le Pérou", "PER", "VEN", "negative", "act", "a rompu mardi",
           "ses relations diplomatiques avec le Venezuela"),
        *S("le président argentin", "ARG", "VEN", "negative", "indirect", "a qualifié",
           "son homologue vénézuélien de « dictateur »"),
        *S("le Brésil", "BRA", "VEN", "negative", "indirect", "ont appelé",
           "les autorités électorales vénézuéliennes à publier « rapidement » les résultats"),
        *S("la Colombie", "COL", "VEN", "negative", "indirect", "ont appelé",
           "les autorités électorales vénézuéliennes à publier « rapidement » les résultats"),
        *S("le Mexique", "MEX", "VEN", "negative", "indirect", "ont appelé",
           "les autorités électorales vénézuéliennes à publier « rapidement » les résultats"),
        *S("le secrétaire général de l'ONU", "UN", "VEN", "negative", "indirect", "a exhorté",
           "les autorités vénézuéliennes à « une transparence totale »"),
        *S("Moscou", "RUS", "VEN", "positive", "indirect", "ont en revanche félicité",
           "le président vénézuélien pour sa réélection"),
        *S("Pékin", "CHN", "VEN", "positive", "indirect", "ont en revanche félicité",
           "le président vénézuélien pour sa réélection"),
        *S("Cuba", "CUB", "USA", "negative", "indirect", "a dénoncé",
           "une « campagne » de Washington contre Caracas"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-03-02-onu-assemblee-generale-ukraine"] = dict(
    mentions="""
NATIONS UNIES | LOC
Etats-Unis | LOC | USA
AFP | ORG
Assemblée générale de l'ONU | ORG | UN
Russie | LOC | RUS
Ukraine | LOC | UKR
Moscou | LOC | RUS
Russie | LOC | RUS
Bélarus | LOC | BLR
Corée du Nord | LOC | PRK
Erythrée | LOC | ERI
Syrie | LOC | SYR
Chine | LOC | CHN
Inde | LOC | IND
Afrique du Sud | LOC | ZAF
Mykola Bondar | PER | UKR
Assemblée | ORG | UN
Viktor Lebedev | PER | RUS
Kiev | LOC | UKR
Donbass | LOC
Karen Whitfield | PER | USA
Moscou | LOC | RUS
Russie | LOC | RUS
Pékin | LOC | CHN
Russie | LOC | RUS
Ukraine | LOC | UKR
Inde | LOC | IND
Etats-Unis | LOC | USA
Otan | ORG | NATO
Alliance | ORG | NATO
Erythrée | LOC | ERI
ONU | ORG | UN
Moscou | LOC | RUS
Bruxelles | LOC
Assemblée générale | ORG | UN
""",
    statements=[
        *S("l'Assemblée générale de l'ONU", "UN", "RUS", "negative", "act", "a adopté",
           "une résolution qui « exige » que la Russie « cesse immédiatement » de recourir à la force"),
        *S("Mykola Bondar", "UKR", "RUS", "negative", "direct", "s'est félicité",
           "le monde a dit non à l'agression russe"),
        *S("Mykola Bondar", "UKR", "UN", "positive", "indirect", "saluant",
           "une Assemblée « à la hauteur de l'histoire »"),
        *S("Viktor Lebedev", "RUS", "UN", "negative", "indirect", "qualifié",
           "la résolution de « texte inutile »"),
        *S("Viktor Lebedev", "RUS", "UKR", "negative", "indirect", "Il a accusé",
           "Kiev de « bombarder depuis huit ans » les populations du Donbass"),
        *S("Karen Whitfield", "USA", "RUS", "negative", "indirect", "a accusé",
           "Moscou de vouloir « rayer un Etat souverain de la carte »"),
        *S("le représentant chinois", "CHN", "RUS UKR", "neutral", "indirect", "appelé",
           "la Russie et l'Ukraine à « poursuivre les négociations »"),
        *S("le délégué syrien", "SYR", "USA NATO", "negative", "indirect", "a accusé",
           "les Etats-Unis et l'Otan d'avoir provoqué la crise"),
        *S("le secrétaire général de l'ONU", "UN", "RUS", "negative", "indirect", "a appelé",
           "Moscou à « se conformer » sans délai à la résolution"),
        *S("le chef de la diplomatie européenne", "EU", "UN", "positive", "indirect", "a salué",
           "un vote « historique » de l'Assemblée générale"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-12-09-jeux-pekin-boycott-diplomatique"] = dict(
    mentions="""
PEKIN | LOC
AFP | ORG
Chine | LOC | CHN
Etats-Unis | LOC | USA
Australie | LOC | AUS
Royaume-Uni | LOC | GBR
Canada | LOC | CAN
jeux Olympiques d'hiver de Pékin | MISC
Etats-Unis | LOC | USA
Liu Zhenhua | PER | CHN
Washington | LOC | USA
Jeux | MISC
Xinjiang | LOC
Canberra | LOC | AUS
Londres | LOC | GBR
Ottawa | LOC | CAN
Pékin | LOC | CHN
Nouvelle-Zélande | LOC | NZL
Pékin | LOC | CHN
Paris | LOC | FRA
Japon | LOC | JPN
Comité international olympique | ORG
CIO | ORG
Kremlin | LOC | RUS
Pékin | LOC | CHN
Washington | LOC | USA
""",
    statements=[
        *S("la Chine", "CHN", "USA AUS GBR CAN", "negative", "indirect", "a averti jeudi",
           "« paieraient le prix » de leur boycott diplomatique"),
        *S("Liu Zhenhua", "CHN", "USA", "negative", "direct", "a déclaré",
           "Les Etats-Unis utilisent la plateforme olympique à des fins de manipulation politique"),
        *S("Washington", "USA", "CHN", "negative", "act", "avait annoncé lundi",
           "qu'aucun représentant officiel américain ne se rendrait aux Jeux"),
        *S("Canberra", "AUS", "CHN", "negative", "act", "lui ont emboîté le pas", "lui ont emboîté le pas"),
        *S("Londres", "GBR", "CHN", "negative", "act", "lui ont emboîté le pas", "lui ont emboîté le pas"),
        *S("Ottawa", "CAN", "CHN", "negative", "act", "lui ont emboîté le pas", "lui ont emboîté le pas"),
        *S("le Premier ministre canadien", "CAN", "CHN", "negative", "indirect", "dénoncé",
           "« les violations répétées des droits de la personne » commises par le gouvernement chinois"),
        *S("la Nouvelle-Zélande", "NZL", "CHN", "negative", "indirect", "tout en précisant",
           "avoir fait part à Pékin à plusieurs reprises de ses « préoccupations » sur les droits humains"),
        *S("le Kremlin", "RUS", "CHN", "positive", "indirect", "a apporté", "son soutien à Pékin"),
        *S("le Kremlin", "RUS", "USA", "negative", "indirect", "estimant",
           "Washington commettait « une erreur »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-06-20-rdc-rwanda-m23"] = dict(
    mentions="""
KINSHASA | LOC
AFP | ORG
République démocratique du Congo | LOC | COD
Rwanda | LOC | RWA
M23 | ORG
ONU | ORG | UN
Nord-Kivu | LOC
Rwanda | LOC | RWA
RDC | LOC | COD
Jean-Pierre Kabongo | PER | COD
Conseil de sécurité | ORG | UN
Kigali | LOC | RWA
ONU | ORG | UN
Rutshuru | LOC
Masisi | LOC
Ouganda | LOC | UGA
Kigali | LOC | RWA
Solange Mukamana | PER | RWA
Kinshasa | LOC | COD
FDLR | ORG
Rwanda | LOC | RWA
Washington | LOC | USA
M23 | ORG
Angola | LOC | AGO
Union africaine | ORG | AU
Kinshasa | LOC | COD
Kigali | LOC | RWA
Communauté d'Afrique de l'Est | ORG | EAC
EAC | ORG | EAC
Kinshasa | LOC | COD
France | LOC | FRA
Rwanda | LOC | RWA
M23 | ORG
ONU | ORG | UN
RDC | LOC | COD
""",
    statements=[
        *S("la République démocratique du Congo", "COD", "RWA", "negative", "indirect",
           "a de nouveau accusé mardi", "le Rwanda de soutenir militairement la rébellion du M23"),
        *S("Jean-Pierre Kabongo", "COD", "RWA", "negative", "direct", "a déclaré",
           "le Rwanda agresse la RDC et pille ses ressources"),
        *S("les experts de l'ONU", "UN", "RWA", "negative", "attribution", "D'après les experts de l'ONU",
           "des unités de l'armée rwandaise ont « mené des opérations » aux côtés des rebelles"),
        *S("les experts de l'ONU", "UN", "UGA", "negative", "indirect", "accusé lui aussi par les experts",
           "de laisser transiter des combattants et du matériel"),
        *S("Kigali", "RWA", "COD", "negative", "indirect", "a rejeté", "ces accusations"),
        *S("Solange Mukamana", "RWA", "COD", "negative", "indirect", "a accusé",
           "Kinshasa de collaborer avec les FDLR"),
        *S("Washington", "USA", "RWA", "negative", "act", "avait sanctionné", "un général rwandais"),
        *S("l'Angola", "AGO", "COD RWA", "neutral", "indirect", "a appelé",
           "Kinshasa et Kigali à « privilégier le dialogue »"),
        *S("Kinshasa", "COD", "EAC", "negative", "indirect", "a été accusée par Kinshasa",
           "de « cohabiter » avec les rebelles au lieu de les combattre"),
        *S("la France", "FRA", "RWA", "negative", "indirect", "a appelé",
           "le Rwanda à « cesser tout soutien au M23 »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-05-29-georgie-loi-influence-etrangere"] = dict(
    mentions="""
TBILISSI | LOC
AFP | ORG
Etats-Unis | LOC | USA
Parlement | ORG | GEO
Géorgie | LOC | GEO
Parlement | ORG | GEO
Rêve géorgien | ORG
Levan Beridze | PER | GEO
Washington | LOC | USA
Géorgie | LOC | GEO
Bruxelles | LOC
Géorgie | LOC | GEO
Union européenne | ORG | EU
Kremlin | LOC | RUS
Etats-Unis | LOC | USA
Dmitri Volkov | PER | RUS
Lituanie | LOC | LTU
Lettonie | LOC | LVA
Estonie | LOC | EST
Tbilissi | LOC
Arménie | LOC | ARM
Azerbaïdjan | LOC | AZE
""",
    statements=[
        *S("les Etats-Unis", "USA", "GEO", "negative", "act", "ont annoncé mercredi",
           "des restrictions de visas visant des responsables géorgiens"),
        *S("le secrétaire d'Etat américain", "USA", "GEO", "negative", "direct", "a déclaré",
           "Nous ne resterons pas les bras croisés face au recul démocratique de la Géorgie"),
        *S("Levan Beridze", "GEO", "USA", "negative", "indirect", "a accusé", "Washington de « chantage »"),
        *S("le chef de la diplomatie européenne", "EU", "GEO", "negative", "indirect", "a averti",
           "ce texte « compromet gravement » le chemin de la Géorgie vers l'Union européenne"),
        *S("l'Union européenne", "EU", "GEO", "positive", "act", "qui lui avait accordé en décembre",
           "le statut de pays candidat"),
        *S("Dmitri Volkov", "RUS", "USA", "negative", "direct", "a réagi",
           "Ce sont les Etats-Unis qui s'ingèrent de manière flagrante dans les affaires intérieures d'un Etat souverain"),
        *S("la Lituanie", "LTU", "GEO", "negative", "indirect", "ont appelé",
           "les autorités géorgiennes à « retirer » la loi"),
        *S("la Lettonie", "LVA", "GEO", "negative", "indirect", "ont appelé",
           "les autorités géorgiennes à « retirer » la loi"),
        *S("l'Estonie", "EST", "GEO", "negative", "indirect", "ont appelé",
           "les autorités géorgiennes à « retirer » la loi"),
        *S("le gouvernement géorgien", "GEO", "LTU LVA EST", "negative", "indirect",
           "avait été qualifiée", "d'« ingérence inacceptable »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-02-12-can-cote-d-ivoire-nigeria"] = dict(
    mentions="""
ABIDJAN | LOC
AFP | ORG
Abidjan | LOC
Côte d'Ivoire | LOC | CIV
Coupe d'Afrique des nations | MISC
CAN | MISC
Nigeria | LOC | NGA
Samuel Okafor | PER
Eléphants | ORG
Yao Kouassi | PER
Ibrahim Koné | PER
Ebimpé | LOC
Didier Gnahoré | PER
Super Eagles | ORG
Confédération africaine de football | ORG
CAF | ORG
CAN | MISC
Afrique du Sud | LOC | ZAF
RD Congo | LOC | COD
Maroc | LOC | MAR
""",
    statements=[],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-10-24-fespaco-ouagadougou"] = dict(
    mentions="""
OUAGADOUGOU | LOC
AFP | ORG
Moussa Diagne | PER
Etalon d'or de Yennenga | MISC
Festival panafricain du cinéma et de la télévision de Ouagadougou | MISC
Fespaco | MISC
Les Pirogues de Joal | MISC
Europe | LOC
Aïcha Ould Sidi | PER
Etalon d'argent | MISC
Claudine Ingabire | PER
Mille collines | MISC
Etalon de bronze | MISC
Karim Ben Salah | PER
Le Dernier Train pour Gabès | MISC
Afrique | LOC
Sénégal | LOC | SEN
Ouagadougou | LOC
Les Pirogues de Joal | MISC
Dakar | LOC
Paris | LOC
Cameroun | LOC | CMR
Maroc | LOC | MAR
""",
    statements=[],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-01-15-islande-eruption-grindavik"] = dict(
    mentions="""
REYKJAVIK | LOC
AFP | ORG
Grindavik | LOC
Islande | LOC | ISL
Office météorologique islandais | ORG | ISL
Reykjanes | LOC
Grindavik | LOC
Keflavik | LOC
Londres | LOC
Copenhague | LOC
Oslo | LOC
New York | LOC
Isavia | ORG
Lagon bleu | LOC
Office des statistiques d'Islande | ORG | ISL
Etats-Unis | LOC | USA
Royaume-Uni | LOC | GBR
Allemagne | LOC | DEU
Eyjafjallajökull | LOC
Europe | LOC
""",
    statements=[],
)
