"""Labels of the dev9 set (texts in corpora/dev9/).

Read by scripts/make_gold.py; see corpora/labels/README.md for the format.
Conventions are in corpora/README.md ("Annotation decisions", with the dev2 to dev6
additions at its end, and the per-document tables); the cases this set settles are in
the "hard cases" column of the dev9 table.
"""
from make_gold import S

# Codes this set needs beyond make_gold.py's shared sets (ISO 3166-1 alpha-3; PSE for
# the Palestinian Authority, as in dev4).
STATE_ACTORS = {
    "TJK", "AFG", "ALB", "ARE", "ARM", "AUS", "AZE", "BGD", "BHR", "EGY", "FJI", "IDN", "IRQ",
    "JOR", "KAZ", "KGZ", "KIR", "KWT", "MMR", "MNG", "MYS", "NPL", "NRU", "NZL", "PHL",
    "PLW", "PRT", "PSE", "QAT", "SAU", "SGP", "SYR", "TKM", "TLS", "TON", "TUV", "TWN",
    "UZB", "VNM", "WSM",
}

# Organisation codes beyond make_gold.py's (the usual English acronym, as in
# data/actors/organisations.tsv where it has one; CSTO as in dev3).
ORG_ACTORS = {
    "CSTO",       # Organisation du traité de sécurité collective (OTSC)
    "OSCE",       # Organisation pour la sécurité et la coopération en Europe
    "PIF",        # Forum des îles du Pacifique (FIP)
    "LAS",        # Ligue arabe
    "GCC",        # Conseil de coopération du Golfe (CCG)
}

# Capitalised words that are not entities (sentence and quote openers, "A" without
# accent, job titles, a disease, a century).
NOT_ENTITIES = {
    "A", "Premier", "Covid-19", "XXe", "On", "Devant", "Quelques", "Dix", "Présent", "Je",
    "Son", "En", "Cet", "Nos", "Notre", "Reportés", "Baptisé", "Mercredi", "Tant", "Cité",
    "Coopération",
}

DOCS: dict[str, dict] = {}

# ---------------------------------------------------------------------------
DOCS["afp-2018-03-07-timor-oriental-australie-traite-maritime"] = dict(
    mentions="""
NATIONS UNIES | LOC
Etats-Unis | LOC | USA
AFP | ORG
Timor oriental | LOC | TLS
Australie | LOC | AUS
ONU | ORG | UN
mer de Timor | LOC
Dili | LOC | TLS
Canberra | LOC | AUS
Cour permanente d'arbitrage | ORG
Greater Sunrise | LOC
Hermenegildo da Costa | PER | TLS
Australie | LOC | AUS
Margaret Ellison | PER | AUS
Dili | LOC | TLS
Canberra | LOC | AUS
Timor oriental | LOC | TLS
Cour internationale de justice | ORG | UN
ONU | ORG | UN
Portugal | LOC | PRT
Dili | LOC | TLS
Southern Reef Energy | ORG
Indonésie | LOC | IDN
Timor oriental | LOC | TLS
Australie | LOC | AUS
Dili | LOC
""",
    statements=[
        *S("le Timor oriental", "TLS", "AUS", "positive", "act", "ont signé mardi",
           "un traité fixant pour la première fois leur frontière maritime"),
        *S("l'Australie", "AUS", "TLS", "positive", "act", "ont signé mardi",
           "un traité fixant pour la première fois leur frontière maritime"),
        *S("Hermenegildo da Costa", "TLS", "AUS", "positive", "indirect", "remerciant",
           "remerciant l'Australie d'avoir « accepté de revenir à la table »"),
        *S("Margaret Ellison", "AUS", "TLS", "positive", "direct", "a salué de son côté",
           "un partenaire courageux et tenace"),
        *S("Dili", "TLS", "AUS", "negative", "indirect", "avait accusé",
           "Canberra d'avoir fait espionner ses dirigeants"),
        *S("le secrétaire général de l'ONU", "UN", "TLS AUS", "positive", "indirect", "a félicité",
           "a félicité les deux pays"),
        *S("le Portugal", "PRT", "TLS", "positive", "indirect", "a lui aussi félicité",
           "félicité Dili pour « sa persévérance »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2018-08-28-birmanie-onu-rapport-rohingyas"] = dict(
    mentions="""
GENEVE | LOC
AFP | ORG
ONU | ORG | UN
Genève | LOC
ONU | ORG | UN
Tatmadaw | ORG | MMR
Rakhine | LOC
Aung Kyaw Moe | PER | MMR
Conseil de sécurité | ORG | UN
Cour pénale internationale | ORG | ICC
CPI | ORG | ICC
Facebook | ORG
Bangladesh | LOC | BGD
Birmanie | LOC | MMR
Chine | LOC | CHN
Naypyidaw | LOC | MMR
Lu Wenjing | PER | CHN
Naypyidaw | LOC | MMR
Dacca | LOC | BGD
Etats-Unis | LOC | USA
Birmanie | LOC | MMR
Royaume-Uni | LOC | GBR
Conseil de sécurité | ORG | UN
Birmanie | LOC | MMR
Asean | ORG | ASEAN
Birmanie | LOC | MMR
""",
    statements=[
        *S("le gouvernement birman", "MMR", "UN", "negative", "indirect", "a rejeté mardi",
           "le rapport des enquêteurs de l'ONU"),
        *S("la mission d'établissement des faits de l'ONU", "UN", "MMR", "negative", "indirect", "accuse",
           "la Tatmadaw, l'armée birmane, d'avoir agi avec une « intention génocidaire »"),
        *S("Aung Kyaw Moe", "MMR", "UN", "negative", "direct", "a déclaré",
           "nous n'acceptons aucune de ses conclusions"),
        *S("le Bangladesh", "BGD", "UN", "positive", "indirect", "a salué", "a salué le rapport"),
        *S("le Bangladesh", "BGD", "MMR", "negative", "indirect", "appelé",
           "appelé la Birmanie à « créer enfin les conditions »"),
        *S("Lu Wenjing", "CHN", "MMR BGD", "neutral", "indirect", "a appelé",
           "Naypyidaw et Dacca à régler le dossier « par des consultations bilatérales »"),
        *S("les Etats-Unis", "USA", "MMR", "negative", "act", "avaient sanctionné",
           "sanctionné en août quatre commandants birmans et deux unités de l'armée"),
        *S("le Royaume-Uni", "GBR", "MMR", "negative", "act", "a pour sa part réclamé",
           "une réunion du Conseil de sécurité consacrée à la Birmanie"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2018-11-15-asean-chine-code-de-conduite"] = dict(
    mentions="""
SINGAPOUR | LOC
AFP | ORG
Asean | ORG | ASEAN
mer de Chine méridionale | LOC
Singapour | LOC | SGP
Pékin | LOC | CHN
Washington | LOC | USA
Chine | LOC | CHN
mer de Chine méridionale | LOC
Association des nations de l'Asie du Sud-Est | ORG | ASEAN
Hanoï | LOC
Spratleys | LOC
Pékin | LOC | CHN
Asean | ORG | ASEAN
Chine | LOC | CHN
Asie de l'Est | LOC
Chine | LOC | CHN
Asean | ORG | ASEAN
Etats-Unis | LOC | USA
Washington | LOC | USA
Pékin | LOC | CHN
Chine | LOC | CHN
Malaisie | LOC | MYS
Chine | LOC | CHN
Etats-Unis | LOC | USA
Vladimir Poutine | PER | RUS
Asean | ORG | ASEAN
Japon | LOC | JPN
""",
    statements=[
        *S("le Premier ministre chinois", "CHN", "ASEAN", "positive", "indirect", "a promis",
           "aux Dix de l'Asean de conclure d'ici trois ans un « code de conduite »"),
        *S("le Premier ministre vietnamien", "VNM", "CHN", "negative", "indirect", "exhortant",
           "exhortant Pékin à « respecter le droit international »"),
        *S("la présidence singapourienne de l'Asean", "ASEAN", "CHN", "positive", "indirect", "a salué",
           "les « progrès substantiels » réalisés avec la Chine"),
        *S("le vice-président américain", "USA", "ASEAN", "positive", "indirect", "a en revanche qualifié",
           "l'Asean de « partenaire indispensable »"),
        *S("le porte-parole de la diplomatie chinoise", "CHN", "USA", "negative", "indirect",
           "a répliqué en accusant", "Washington de « militariser » la région"),
        *S("le président philippin", "PHL", "CHN", "positive", "indirect", "a dit « faire confiance »",
           "« faire confiance » à la Chine pour tenir ses engagements"),
        *S("la Malaisie", "MYS", "CHN USA", "neutral", "indirect", "a appelé",
           "à la fois la Chine et les Etats-Unis à « éviter les démonstrations de force »"),
        *S("Vladimir Poutine", "RUS", "ASEAN", "positive", "indirect", "a dit soutenir",
           "« le rôle central » de l'Asean"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2019-10-30-jordanie-israel-ambassadeur"] = dict(
    mentions="""
AMMAN | LOC
AFP | ORG
Jordanie | LOC | JOR
Israël | LOC | ISR
Cisjordanie | LOC
Israël | LOC | ISR
Twitter | ORG
Nasser Haddadin | PER | JOR
Amman | LOC | JOR
ministère israélien des Affaires étrangères | ORG | ISR
Avi Ben-Haim | PER | ISR
Amman | LOC | JOR
Parlement | ORG | JOR
Amman | LOC
Abdallah II | PER | JOR
Israël | LOC | ISR
Baqoura | LOC
Ghoumar | LOC
Autorité palestinienne | ORG | PSE
Washington | LOC
département d'Etat | ORG | USA
Etats-Unis | LOC | USA
Jérusalem | LOC
""",
    statements=[
        *S("la Jordanie", "JOR", "ISR", "negative", "act", "a rappelé mardi",
           "son ambassadeur en Israël pour consultations"),
        *S("Nasser Haddadin", "JOR", "ISR", "negative", "direct", "a écrit sur Twitter",
           "Nous tenons Israël pour responsable de la vie de nos deux citoyens"),
        *S("un porte-parole du ministère israélien des Affaires étrangères", "ISR", "JOR", "negative",
           "indirect", "a assuré",
           "leur placement en détention administrative avait été « conforme à la loi »"),
        *S("Avi Ben-Haim", "ISR", "JOR", "negative", "indirect", "a accusé",
           "Amman de « céder aux pressions de la rue »"),
        *S("le Parlement jordanien", "JOR", "ISR", "negative", "indirect", "a réclamé",
           "l'expulsion de l'ambassadeur israélien"),
        *S("Abdallah II", "JOR", "ISR", "negative", "act", "avait annoncé",
           "il ne renouvellerait pas la location à Israël des enclaves frontalières"),
        *S("l'Autorité palestinienne", "PSE", "JOR", "positive", "indirect", "a salué",
           "la « position courageuse » du royaume hachémite"),
        *S("le département d'Etat", "USA", "JOR ISR", "neutral", "indirect", "a appelé",
           "les deux alliés des Etats-Unis à « régler cette question par le dialogue »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-04-04-vietnam-chine-bateau-coule"] = dict(
    mentions="""
HANOÏ | LOC
AFP | ORG
Vietnam | LOC | VNM
Chine | LOC | CHN
Paracels | LOC
Quang Ngai | LOC
Vietnam | LOC | VNM
Hoang Sa | LOC
Nguyen Thi Lan Anh | PER | VNM
Pékin | LOC | CHN
Pékin | LOC | CHN
Xisha | LOC
ministère chinois des Affaires étrangères | ORG | CHN
Gao Peng | PER | CHN
Hanoï | LOC | VNM
Manille | LOC | PHL
Vietnam | LOC | VNM
Chine | LOC | CHN
département d'Etat | ORG | USA
Pékin | LOC | CHN
Pékin | LOC | CHN
Washington | LOC | USA
Vietnam | LOC | VNM
Asean | ORG | ASEAN
""",
    statements=[
        *S("le Vietnam", "VNM", "CHN", "negative", "act", "a adressé samedi une protestation officielle",
           "une protestation officielle à la Chine"),
        *S("Nguyen Thi Lan Anh", "VNM", "CHN", "negative", "indirect", "exigeant",
           "exigeant que Pékin ouvre une enquête et « indemnise intégralement » les victimes"),
        *S("Pékin", "CHN", "VNM", "negative", "indirect", "a livré une version opposée",
           "Pékin a livré une version opposée"),
        *S("les garde-côtes chinois", "CHN", "VNM", "negative", "attribution", "Selon les garde-côtes chinois",
           "le bateau vietnamien avait « pénétré illégalement »"),
        *S("Gao Peng", "CHN", "VNM", "negative", "indirect", "a appelé",
           "Hanoï à « mieux encadrer ses pêcheurs »"),
        *S("Manille", "PHL", "VNM", "positive", "indirect", "a exprimé",
           "sa « solidarité » avec le Vietnam"),
        *S("Manille", "PHL", "CHN", "negative", "indirect", "dénoncé",
           "« l'intimidation » pratiquée selon elle par la Chine"),
        *S("le département d'Etat", "USA", "CHN", "negative", "indirect", "a qualifié",
           "« dernier exemple en date » des comportements chinois"),
        *S("Pékin", "CHN", "USA", "negative", "indirect", "accusant",
           "Washington de « semer la discorde »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-10-10-haut-karabakh-treve-moscou"] = dict(
    mentions="""
MOSCOU | LOC
AFP | ORG
Arménie | LOC | ARM
Azerbaïdjan | LOC | AZE
Haut-Karabakh | LOC
Moscou | LOC
Comité international de la Croix-Rouge | ORG
CICR | ORG
Kremlin | LOC | RUS
Bakou | LOC | AZE
Terter | LOC
Erevan | LOC | ARM
ministère arménien de la Défense | ORG | ARM
Anahit Sarkissian | PER | ARM
Ilham Aliev | PER | AZE
Arménie | LOC | ARM
Turquie | LOC | TUR
Bakou | LOC | AZE
OSCE | ORG | OSCE
Albanie | LOC | ALB
Paris | LOC
Elysée | LOC | FRA
Téhéran | LOC | IRN
Stepanakert | LOC
""",
    statements=[
        *S("l'Arménie", "ARM", "AZE", "positive", "indirect", "ont convenu samedi",
           "ont convenu samedi d'un cessez-le-feu humanitaire"),
        *S("l'Azerbaïdjan", "AZE", "ARM", "positive", "indirect", "ont convenu samedi",
           "ont convenu samedi d'un cessez-le-feu humanitaire"),
        *S("le Kremlin", "RUS", "ARM AZE", "positive", "indirect", "a salué",
           "« la volonté politique » des dirigeants arménien et azerbaïdjanais"),
        *S("Bakou", "AZE", "ARM", "negative", "attribution", "Selon Bakou",
           "les forces arméniennes ont bombardé à la mi-journée la ville de Terter"),
        *S("Erevan", "ARM", "AZE", "negative", "indirect", "a démenti", "ce qu'Erevan a démenti"),
        *S("Anahit Sarkissian", "ARM", "AZE", "negative", "direct", "a affirmé",
           "Ce sont les forces azerbaïdjanaises qui ont lancé une offensive"),
        *S("Ilham Aliev", "AZE", "ARM", "negative", "indirect", "tout en accusant",
           "l'Arménie de n'avoir « jamais eu l'intention » de rendre les territoires"),
        *S("la Turquie", "TUR", "ARM", "negative", "indirect", "exigé",
           "le retrait des « occupants arméniens »"),
        *S("la présidence de l'OSCE", "OSCE", "ARM AZE", "neutral", "indirect", "a appelé",
           "les deux belligérants à respecter « strictement » leurs engagements"),
        *S("l'Elysée", "FRA", "RUS", "positive", "indirect", "a salué", "la médiation russe"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-01-05-golfe-qatar-al-ula-reconciliation"] = dict(
    mentions="""
AL-ULA | LOC
Arabie saoudite | LOC | SAU
AFP | ORG
Arabie saoudite | LOC | SAU
Emirats arabes unis | LOC | ARE
Bahreïn | LOC | BHR
Egypte | LOC | EGY
Qatar | LOC | QAT
Al-Ula | LOC
Conseil de coopération du Golfe | ORG | GCC
CCG | ORG | GCC
Qatar | LOC | QAT
Tamim ben Hamad Al-Thani | PER | QAT
Riyad | LOC | SAU
Koweït | LOC | KWT
Etats-Unis | LOC | USA
Khalid al-Mansouri | PER | QAT
Koweït | LOC | KWT
Maison Blanche | LOC | USA
Arabie saoudite | LOC | SAU
Qatar | LOC | QAT
Abou Dhabi | LOC
Saïf al-Kaabi | PER | ARE
Doha | LOC | QAT
Téhéran | LOC | IRN
Qatar | LOC | QAT
Riyad | LOC | SAU
Riyad | LOC | SAU
Doha | LOC | QAT
Iran | LOC | IRN
Al-Jazeera | ORG
""",
    statements=[
        *S("l'Arabie saoudite", "SAU", "QAT", "positive", "act", "ont signé mardi",
           "ont signé mardi avec le Qatar une déclaration de « solidarité et de stabilité »"),
        *S("les Emirats arabes unis", "ARE", "QAT", "positive", "act", "ont signé mardi",
           "ont signé mardi avec le Qatar une déclaration de « solidarité et de stabilité »"),
        *S("Bahreïn", "BHR", "QAT", "positive", "act", "ont signé mardi",
           "ont signé mardi avec le Qatar une déclaration de « solidarité et de stabilité »"),
        *S("l'Egypte", "EGY", "QAT", "positive", "act", "ont signé mardi",
           "ont signé mardi avec le Qatar une déclaration de « solidarité et de stabilité »"),
        *S("le Qatar", "QAT", "SAU ARE BHR EGY", "positive", "act", "ont signé mardi",
           "ont signé mardi avec le Qatar une déclaration de « solidarité et de stabilité »"),
        *S("le prince héritier saoudien", "SAU", "KWT USA", "positive", "indirect", "remerciant",
           "remerciant le Koweït et les Etats-Unis pour leur médiation"),
        *S("Khalid al-Mansouri", "QAT", "KWT", "positive", "indirect", "a salué",
           "le « rôle déterminant » du Koweït"),
        *S("la Maison Blanche", "USA", "SAU QAT", "positive", "indirect", "a félicité",
           "l'Arabie saoudite et le Qatar pour une réconciliation"),
        *S("Saïf al-Kaabi", "ARE", "QAT", "negative", "indirect", "appelé",
           "Doha à « cesser toute ingérence »"),
        *S("Téhéran", "IRN", "QAT", "positive", "indirect", "a félicité",
           "le Qatar pour sa « résistance courageuse »"),
        *S("la diplomatie iranienne", "IRN", "SAU", "negative", "attribution",
           "Aux yeux de la diplomatie iranienne", "l'échec de la « politique ratée » de Riyad"),
        *S("Riyad", "SAU", "QAT", "negative", "act", "avaient rompu",
           "Riyad et ses alliés avaient rompu leurs relations avec Doha"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-01-07-kazakhstan-otsc-troubles"] = dict(
    mentions="""
ALMATY | LOC
AFP | ORG
Kassym-Jomart Tokaïev | PER | KAZ
Russie | LOC | RUS
Organisation du traité de sécurité collective | ORG | CSTO
OTSC | ORG | CSTO
Almaty | LOC
OTSC | ORG | CSTO
Kazakhstan | LOC | KAZ
Nour-Soultan | LOC | KAZ
Moscou | LOC | RUS
Washington | LOC | USA
Xi Jinping | PER | CHN
Tokaïev | PER | KAZ
Turquie | LOC | TUR
Kazakhstan | LOC | KAZ
ONU | ORG | UN
Bichkek | LOC
Parlement | ORG | KGZ
""",
    statements=[
        *S("Kassym-Jomart Tokaïev", "KAZ", "RUS CSTO", "positive", "indirect", "tout en remerciant",
           "la Russie et ses alliés de l'Organisation du traité de sécurité collective (OTSC)"),
        *S("l'OTSC", "CSTO", "KAZ", "positive", "act", "a déployé", "quelque 2.500 soldats"),
        *S("le Premier ministre arménien", "CSTO", "KAZ", "positive", "act", "avait annoncé",
           "l'envoi d'une « force collective de maintien de la paix » au Kazakhstan"),
        *S("Moscou", "RUS", "KAZ", "positive", "act", "a précisé avoir dépêché",
           "plus de 70 avions de transport"),
        *S("le secrétaire d'Etat américain", "USA", "RUS", "negative", "direct", "a-t-il lancé",
           "une fois que les soldats russes sont chez vous, il est parfois très difficile de les faire partir"),
        *S("la diplomatie russe", "RUS", "USA", "negative", "indirect", "accusé",
           "Washington de vouloir « faire la leçon » à la terre entière"),
        *S("Xi Jinping", "CHN", "KAZ", "positive", "indirect", "a salué",
           "les mesures « fortes et efficaces » prises par M. Tokaïev"),
        *S("la Turquie", "TUR", "KAZ", "positive", "indirect", "a exprimé",
           "son « soutien total » au gouvernement kazakh"),
        *S("le chef de la diplomatie européenne", "EU", "KAZ", "negative", "indirect", "a appelé",
           "les autorités kazakhes à faire preuve de « retenue »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-07-12-kiribati-forum-iles-pacifique-retrait"] = dict(
    mentions="""
SUVA | LOC
AFP | ORG
Kiribati | LOC | KIR
Forum des îles du Pacifique | ORG | PIF
FIP | ORG | PIF
Suva | LOC
Forum | ORG | PIF
Tarawa | LOC | KIR
Palaos | LOC | PLW
Nauru | LOC | NRU
Forum | ORG | PIF
Suva | LOC
FIP | ORG | PIF
Tarawa | LOC | KIR
Wellington | LOC | NZL
Kiribati | LOC | KIR
Pacifique | LOC
Kiribati | LOC | KIR
Taïwan | LOC | TWN
Pékin | LOC | CHN
Chine | LOC | CHN
Pékin | LOC | CHN
Australie | LOC | AUS
Forum | ORG | PIF
""",
    statements=[
        *S("Kiribati", "KIR", "PIF", "negative", "act", "a annoncé mardi son retrait",
           "son retrait du Forum des îles du Pacifique"),
        *S("le président kiribatien", "KIR", "PIF", "negative", "indirect", "a reproché",
           "à l'organisation de ne pas avoir respecté le principe de rotation"),
        *S("le Premier ministre fidjien", "FJI", "KIR", "negative", "indirect",
           'a dit "regretter profondément"', "la décision de Tarawa"),
        *S("les Palaos", "PLW", "PIF", "negative", "indirect", "avaient menacé",
           "de quitter le Forum pour la même raison"),
        *S("Nauru", "NRU", "PIF", "negative", "indirect", "avaient menacé",
           "de quitter le Forum pour la même raison"),
        *S("le secrétaire général du FIP", "PIF", "KIR", "negative", "indirect", "a appelé",
           'Tarawa à "reconsidérer" sa décision'),
        *S("Wellington", "NZL", "KIR", "negative", "attribution", "Pour Wellington",
           'Kiribati doit "revenir dans la famille du Pacifique"'),
        *S("Kiribati", "KIR", "TWN", "negative", "act", "a rompu",
           "a rompu ses relations avec Taïwan en 2019"),
        *S("Kiribati", "KIR", "CHN", "positive", "act", "pour reconnaître", "pour reconnaître Pékin"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-01-28-azerbaidjan-iran-ambassade"] = dict(
    mentions="""
BAKOU | LOC
AFP | ORG
Azerbaïdjan | LOC | AZE
Téhéran | LOC
Iran | LOC | IRN
Ilham Aliev | PER | AZE
Téhéran | LOC | IRN
ministère azerbaïdjanais des Affaires étrangères | ORG | AZE
Leyla Mammadova | PER | AZE
ministère iranien des Affaires étrangères | ORG | IRN
Bakou | LOC | AZE
Téhéran | LOC
Turquie | LOC | TUR
Pakistan | LOC | PAK
Turquie | LOC | TUR
Bakou | LOC | AZE
Azerbaïdjan | LOC | AZE
Etats-Unis | LOC | USA
Téhéran | LOC | IRN
Iran | LOC | IRN
Azerbaïdjan | LOC | AZE
Israël | LOC | ISR
Bakou | LOC | AZE
Arménie | LOC | ARM
""",
    statements=[
        *S("l'Azerbaïdjan", "AZE", "IRN", "negative", "indirect", "accusé",
           "l'Iran de n'avoir rien fait pour la protéger"),
        *S("Ilham Aliev", "AZE", "IRN", "negative", "indirect", "exigé",
           "de Téhéran que les auteurs soient « punis sans délai »"),
        *S("Leyla Mammadova", "AZE", "IRN", "negative", "direct", "a déclaré",
           "Les autorités iraniennes portent l'entière responsabilité de ce crime"),
        *S("le ministère iranien des Affaires étrangères", "IRN", "AZE", "negative", "indirect", "rejeté",
           "les accusations « précipitées » de Bakou"),
        *S("le Pakistan", "PAK", "AZE", "positive", "indirect", "ont par ailleurs exprimé",
           "leur solidarité avec l'Azerbaïdjan"),
        *S("la Turquie", "TUR", "AZE", "positive", "indirect", "ont par ailleurs exprimé",
           "leur solidarité avec l'Azerbaïdjan"),
        *S("les Etats-Unis", "USA", "AZE", "positive", "indirect", "ont par ailleurs exprimé",
           "leur solidarité avec l'Azerbaïdjan"),
        *S("le chef de la diplomatie européenne", "EU", "IRN", "negative", "indirect", "a appelé",
           "Téhéran à « traduire les responsables en justice »"),
        *S("l'Iran", "IRN", "AZE", "negative", "indirect", "reproche",
           "à l'Azerbaïdjan son rapprochement avec Israël"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-03-22-afghanistan-canal-qosh-tepa"] = dict(
    mentions="""
TACHKENT | LOC
AFP | ORG
Ouzbékistan | LOC | UZB
Amou-Daria | LOC
Kaboul | LOC | AFG
Qosh Tepa | LOC
Afghanistan | LOC | AFG
Amou-Daria | LOC
Jakhongir Rakhimov | PER | UZB
Termez | LOC
Tachkent | LOC | UZB
Kaboul | LOC | AFG
Ouzbékistan | LOC | UZB
Programme des Nations unies pour le développement | ORG | UN
PNUD | ORG | UN
Abdul Wali Haqyar | PER | AFG
Tachkent | LOC | UZB
Afghanistan | LOC | AFG
Astana | LOC | KAZ
Emomali Rahmon | PER | TJK
ONU | ORG | UN
Afghanistan | LOC | AFG
Kaboul | LOC | AFG
Turkménistan | LOC | TKM
Kaboul | LOC | AFG
Karakalpakstan | LOC
mer d'Aral | LOC
""",
    statements=[
        *S("l'Ouzbékistan", "UZB", "AFG", "negative", "indirect", "a appelé",
           "les autorités talibanes à associer les pays voisins à la gestion des eaux"),
        *S("Jakhongir Rakhimov", "UZB", "AFG", "positive", "indirect", "Il a assuré",
           "Tachkent était prêt à « coopérer » avec Kaboul"),
        *S("Abdul Wali Haqyar", "AFG", "UZB", "negative", "indirect", "a rejeté",
           "les « inquiétudes » de Tachkent"),
        *S("Astana", "KAZ", "UZB", "positive", "indirect", "a dit soutenir", "la proposition ouzbèke"),
        *S("Emomali Rahmon", "TJK", "UZB", "positive", "indirect", "tout comme",
           "la proposition ouzbèke d'un mécanisme régional de concertation"),
        *S("la représentante spéciale de l'ONU pour l'Afghanistan", "UN", "AFG", "negative", "indirect",
           "a appelé", "Kaboul à « tenir compte des besoins » des pays en aval"),
        *S("le Turkménistan", "TKM", "AFG", "positive", "act", "a signé",
           "a signé l'an dernier avec Kaboul un accord sur un projet de gazoduc"),
        *S("Kaboul", "AFG", "TKM", "positive", "act", "a signé",
           "a signé l'an dernier avec Kaboul un accord sur un projet de gazoduc"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-05-07-ligue-arabe-syrie-reintegration"] = dict(
    mentions="""
LE CAIRE | LOC
AFP | ORG
Ligue arabe | ORG | LAS
Syrie | LOC | SYR
Bachar al-Assad | PER | SYR
Ligue | ORG | LAS
Damas | LOC | SYR
Damas | LOC | SYR
Qatar | LOC | QAT
Damas | LOC | SYR
Khaled al-Kuwari | PER | QAT
Arabie saoudite | LOC | SAU
Syrie | LOC | SYR
Ligue | ORG | LAS
Etats-Unis | LOC | USA
Syrie | LOC | SYR
Coalition nationale syrienne | ORG
ONU | ORG | UN
Syrie | LOC | SYR
Ligue | ORG | LAS
""",
    statements=[
        *S("la Ligue arabe", "LAS", "SYR", "positive", "act", "a réintégré dimanche",
           "a réintégré dimanche la Syrie"),
        *S("le secrétaire général de la Ligue", "LAS", "SYR", "negative", "indirect", "a appelé",
           "Damas à prendre des « mesures concrètes »"),
        *S("Damas", "SYR", "LAS", "positive", "indirect", "a salué", "une décision « importante »"),
        *S("le Qatar", "QAT", "SYR", "negative", "act", "avait rompu",
           "avait rompu ses relations avec Damas en 2011"),
        *S("Khaled al-Kuwari", "QAT", "SYR", "negative", "direct", "a déclaré",
           "pas de normalisation avec le régime syrien sans solution politique"),
        *S("l'Arabie saoudite", "SAU", "SYR", "positive", "act", "a rétabli",
           "ses relations consulaires avec la Syrie en mars"),
        *S("le chef de la diplomatie jordanienne", "JOR", "LAS", "positive", "indirect", "a salué",
           "« un pas dans la bonne direction » de la part de la Ligue"),
        *S("les Etats-Unis", "USA", "SYR", "negative", "indirect", "ont estimé",
           "la Syrie « ne méritait pas » d'être réadmise"),
        *S("l'envoyé spécial de l'ONU pour la Syrie", "UN", "LAS", "positive", "indirect",
           "a en revanche salué", "une décision de la Ligue « qui peut contribuer »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-09-12-koweit-irak-khor-abdallah"] = dict(
    mentions="""
KOWEIT | LOC
AFP | ORG
Koweït | LOC | KWT
Irak | LOC | IRQ
Cour suprême fédérale | ORG | IRQ
Khor Abdallah | LOC
Golfe | LOC
Bagdad | LOC | IRQ
Mohammad al-Mutairi | PER | KWT
Conseil de coopération du Golfe | ORG | GCC
CCG | ORG | GCC
Koweït | LOC | KWT
Irak | LOC | IRQ
Arabie saoudite | LOC | SAU
Qatar | LOC | QAT
Bagdad | LOC
Koweït | LOC | KWT
Cour | ORG | IRQ
Koweït | LOC | KWT
Irak | LOC | IRQ
Oum Qasr | LOC
Etats-Unis | LOC | USA
Bagdad | LOC
Irak | LOC | IRQ
Koweït | LOC | KWT
ONU | ORG | UN
""",
    statements=[
        *S("le Koweït", "KWT", "IRQ", "negative", "act", "a remis mardi une note de protestation",
           "une note de protestation à l'ambassadeur d'Irak"),
        *S("Mohammad al-Mutairi", "KWT", "IRQ", "negative", "direct", "a déclaré",
           "Nous attendons de Bagdad qu'il prenne rapidement des mesures claires"),
        *S("le Conseil de coopération du Golfe", "GCC", "KWT", "positive", "indirect", "a exprimé",
           "sa « pleine solidarité » avec le Koweït"),
        *S("le Conseil de coopération du Golfe", "GCC", "IRQ", "negative", "indirect", "appelé",
           "l'Irak à « respecter ses engagements internationaux »"),
        *S("l'Arabie saoudite", "SAU", "KWT", "positive", "indirect", "ont également apporté",
           "leur soutien à l'émirat"),
        *S("le Qatar", "QAT", "KWT", "positive", "indirect", "ont également apporté",
           "leur soutien à l'émirat"),
        *S("le Premier ministre irakien", "IRQ", "KWT", "positive", "indirect", "assurant",
           "« attaché au bon voisinage » avec le Koweït"),
        *S("plusieurs députés irakiens", "IRQ", "KWT", "negative", "attribution", "D'après eux",
           "le Koweït avait « profité de la faiblesse de l'Irak »"),
        *S("l'ambassade des Etats-Unis", "USA", "IRQ KWT", "neutral", "indirect", "a encouragé",
           "les deux pays à « poursuivre leur coopération »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-11-10-tuvalu-australie-traite-falepili"] = dict(
    mentions="""
CANBERRA | LOC
AFP | ORG
Australie | LOC | AUS
Tuvalu | LOC | TUV
Australie | LOC | AUS
Canberra | LOC | AUS
Falepili | MISC
Forum des îles du Pacifique | ORG | PIF
Rarotonga | LOC
Tuvalu | LOC | TUV
Canberra | LOC | AUS
Funafuti | LOC
Siaosi Teo | PER
Australie | LOC | AUS
Tuvalu | LOC | TUV
Taïwan | LOC | TWN
Pacifique | LOC
Taipei | LOC | TWN
Wellington | LOC | NZL
Australie | LOC | AUS
Nasa | ORG | USA
Funafuti | LOC
""",
    statements=[
        *S("l'Australie", "AUS", "TUV", "positive", "act", "ont signé vendredi",
           "ont signé vendredi un traité"),
        *S("Tuvalu", "TUV", "AUS", "positive", "act", "ont signé vendredi",
           "ont signé vendredi un traité"),
        *S("le Premier ministre australien", "AUS", "TUV", "positive", "direct", "a déclaré",
           "Tuvalu est un partenaire et un ami"),
        *S("son homologue tuvaluan", "TUV", "AUS", "positive", "indirect", "a remercié",
           "Canberra pour « un geste de solidarité sans précédent »"),
        *S("Siaosi Teo", "TUV", "AUS", "negative", "indirect", "a accusé",
           "l'Australie de profiter de la vulnérabilité de l'archipel"),
        *S("Taipei", "TWN", "TUV", "positive", "indirect", "a salué",
           "« la sagesse » des dirigeants tuvaluans"),
        *S("Wellington", "NZL", "AUS", "positive", "indirect", "a de son côté salué",
           "« une réponse concrète » de l'Australie"),
        *S("le Premier ministre fidjien", "FJI", "AUS TUV", "positive", "indirect", "a félicité",
           "a félicité les deux gouvernements"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-01-18-pakistan-iran-frappes"] = dict(
    mentions="""
ISLAMABAD | LOC
AFP | ORG
Pakistan | LOC | PAK
Baloutchistan | LOC
Islamabad | LOC | PAK
Téhéran | LOC
Sistan-Baloutchistan | LOC
ministère pakistanais des Affaires étrangères | ORG | PAK
Ayesha Qureshi | PER | PAK
Téhéran | LOC | IRN
Islamabad | LOC | PAK
Pakistan | LOC | PAK
Téhéran | LOC | IRN
Hossein Jafari | PER | IRN
Pékin | LOC | CHN
Islamabad | LOC | PAK
Téhéran | LOC | IRN
Washington | LOC | USA
Kaboul | LOC
ONU | ORG | UN
Bagdad | LOC | IRQ
Téhéran | LOC
Erbil | LOC
Conseil de sécurité | ORG | UN
Iran | LOC | IRN
Pakistan | LOC | PAK
Jaish al-Adl | ORG
""",
    statements=[
        *S("Islamabad", "PAK", "IRN", "negative", "act", "à rappeler",
           "rappeler son ambassadeur à Téhéran"),
        *S("Ayesha Qureshi", "PAK", "IRN", "negative", "indirect", "accusant",
           "Téhéran d'avoir ignoré « pendant des années » les alertes d'Islamabad"),
        *S("Téhéran", "IRN", "PAK", "negative", "act", "a convoqué",
           "le chargé d'affaires pakistanais"),
        *S("Hossein Jafari", "IRN", "PAK", "negative", "indirect", "a « fermement condamné »",
           "les frappes pakistanaises"),
        *S("Pékin", "CHN", "PAK IRN", "neutral", "indirect", "a appelé",
           "Islamabad et Téhéran à « faire preuve de retenue »"),
        *S("Washington", "USA", "IRN", "negative", "indirect", "a pour sa part condamné",
           "les frappes iraniennes de mardi"),
        *S("le gouvernement taliban", "AFG", "PAK IRN", "neutral", "indirect", "a appelé",
           "les deux pays à régler leurs différends par le dialogue"),
        *S("Bagdad", "IRQ", "IRN", "negative", "act", "a rappelé",
           "son ambassadeur à Téhéran après des frappes iraniennes contre Erbil"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-06-04-coree-du-sud-ballons-accord-militaire"] = dict(
    mentions="""
SEOUL | LOC
AFP | ORG
Corée du Sud | LOC | KOR
Pyongyang | LOC | PRK
Conseil des ministres | ORG | KOR
Pyongyang | LOC | PRK
Kim Seong-ho | PER | KOR
ministère de l'Unification | ORG | KOR
Corée du Nord | LOC | PRK
Séoul | LOC
KCNA | ORG | PRK
Corée du Sud | LOC | KOR
Séoul | LOC | KOR
Séoul | LOC | KOR
Washington | LOC | USA
département d'Etat | ORG | USA
Tokyo | LOC | JPN
Corée du Nord | LOC | PRK
Union européenne | ORG | EU
Pékin | LOC | CHN
Moscou | LOC | RUS
Séoul | LOC | KOR
Washington | LOC | USA
""",
    statements=[
        *S("la Corée du Sud", "KOR", "PRK", "negative", "act", "a suspendu mardi",
           "l'intégralité de l'accord militaire intercoréen de 2018"),
        *S("Kim Seong-ho", "KOR", "PRK", "negative", "direct", "a déclaré",
           "Tant que Pyongyang poursuivra ses provocations"),
        *S("le ministère de l'Unification", "KOR", "PRK", "negative", "indirect", "a appelé",
           "la Corée du Nord à « cesser immédiatement » ces lâchers"),
        *S("un vice-ministre nord-coréen de la Défense", "PRK", "KOR", "negative", "indirect", "accusé",
           "Séoul de « tolérer » ces envois"),
        *S("KCNA", "PRK", "KOR USA", "negative", "indirect", "a par ailleurs dénoncé",
           "les manœuvres aériennes conjointes de Séoul et de Washington"),
        *S("le département d'Etat", "USA", "KOR", "positive", "indirect", "a dit « soutenir »",
           "la décision de son allié"),
        *S("Tokyo", "JPN", "PRK", "negative", "indirect", "a condamné",
           "des actes « inacceptables » de la Corée du Nord"),
        *S("l'Union européenne", "EU", "PRK", "negative", "indirect", "dénonçait",
           "les « provocations » nord-coréennes"),
        *S("Moscou", "RUS", "KOR USA", "negative", "indirect", "accusait",
           "Séoul et Washington d'« attiser les tensions »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-09-04-mongolie-poutine-cpi"] = dict(
    mentions="""
OULAN-BATOR | LOC
AFP | ORG
Vladimir Poutine | PER | RUS
Mongolie | LOC | MNG
Cour pénale internationale | ORG | ICC
CPI | ORG | ICC
Kiev | LOC | UKR
Ukraine | LOC | UKR
Oulan-Bator | LOC | MNG
Poutine | PER | RUS
Oleksandr Bondar | PER | UKR
CPI | ORG | ICC
Mongolie | LOC | MNG
Cour | ORG | ICC
UE | ORG | EU
Mongolie | LOC | MNG
Statut de Rome | MISC
Cour | ORG | ICC
Kremlin | LOC | RUS
Oulan-Bator | LOC | MNG
Sukhbaatar | LOC
Vladimir Poutine | PER | RUS
Mongolie | LOC | MNG
Russie | LOC | RUS
Japon | LOC | JPN
Washington | LOC | USA
""",
    statements=[
        *S("la Cour pénale internationale", "ICC", "RUS", "negative", "act", "a émis",
           "un mandat d'arrêt contre lui"),
        *S("l'Ukraine", "UKR", "MNG RUS", "negative", "attribution", "Pour l'Ukraine",
           "Oulan-Bator partage désormais « la responsabilité des crimes de guerre » de Poutine"),
        *S("Oleksandr Bondar", "UKR", "MNG RUS", "negative", "direct", "a écrit",
           "Le gouvernement mongol a permis à un criminel recherché d'échapper à la justice"),
        *S("un porte-parole de la CPI", "ICC", "MNG", "negative", "indirect", "avait rappelé",
           "la Mongolie était tenue d'exécuter les mandats de la Cour"),
        *S("l'UE", "EU", "MNG", "negative", "indirect", "a « regretté »",
           "que la Mongolie n'ait pas exécuté le mandat"),
        *S("le Kremlin", "RUS", "MNG", "positive", "indirect", "se félicitant",
           "d'« excellents rapports » avec Oulan-Bator"),
        *S("le président mongol", "MNG", "RUS", "positive", "indirect", "salué",
           "« le partenariat stratégique global » entre les deux pays"),
        *S("Vladimir Poutine", "RUS", "MNG", "positive", "indirect", "a remercié",
           "la Mongolie pour son accueil"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2018-02-13-cyclone-gita-tonga"] = dict(
    mentions="""
NUKU'ALOFA | LOC
AFP | ORG
Gita | MISC
Tonga | LOC | TON
Tongatapu | LOC
Pacifique Sud | LOC
Parlement | ORG | TON
Fua'amotu | LOC
AFP | ORG
Nuku'alofa | LOC
Mele Taufa | PER
Nouvelle-Zélande | LOC | NZL
Tonga | LOC | TON
Samoa | LOC | WSM
Fidji | LOC | FJI
""",
    statements=[
        *S("la Nouvelle-Zélande", "NZL", "TON", "positive", "act", "a débloqué",
           "« en soutien » aux Tonga"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-10-08-jeux-asiatiques-hangzhou-cloture"] = dict(
    mentions="""
HANGZHOU | LOC
Chine | LOC | CHN
AFP | ORG
Jeux asiatiques de Hangzhou | MISC
Lotus | LOC
Chine | LOC | CHN
Japon | LOC | JPN
Corée du Sud | LOC | KOR
Jeux | MISC
Inde | LOC | IND
Vikram Rathore | PER
Japon | LOC | JPN
Inde | LOC | IND
Afghanistan | LOC | AFG
Corée du Nord | LOC | PRK
Taïwan | LOC | TWN
Taipei chinois | ORG
Jeux | MISC
Conseil olympique d'Asie | ORG
Aichi | LOC
Nagoya | LOC
Japon | LOC | JPN
""",
    statements=[],
)

# ---------------------------------------------------------------------------
DOCS["afp-2019-10-12-festival-cinema-busan"] = dict(
    mentions="""
BUSAN | LOC
Corée du Sud | LOC | KOR
AFP | ORG
La Steppe blanche | MISC
Les Jardins de Chiraz | MISC
prix New Currents | MISC
Festival international du film de Busan | MISC
Asie | LOC
Aigerim Souleimenova | PER
Farhad Rahimi | PER
Séoul | LOC | KOR
Tokyo | LOC | JPN
Jeon Yong-su | PER
Rakesh Menon | PER
Népal | LOC | NPL
Philippines | LOC | PHL
Kirghizstan | LOC | KGZ
""",
    statements=[],
)
