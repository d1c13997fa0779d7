"""Labels of the dev5 set (texts in corpora/dev5/).

Read by scripts/make_gold.py; see corpora/labels/README.md for the format.
Conventions are in corpora/README.md ("Annotation decisions", with the dev2 to dev5
additions at its end, and the per-document table under "Documents: dev5").
"""
from make_gold import S

# Codes this set needs beyond make_gold.py's shared sets (ISO 3166-1 alpha-3; PSE for
# the Palestinian Authority and TWN for Taiwan, as in dev4).
STATE_ACTORS = {
    "AFG", "ALB", "ARE", "ARG", "AUS", "CHL", "CMR", "COL", "CUB", "DNK", "ESP", "FIN",
    "FJI", "GAB", "GIN", "GNQ", "HRV", "HUN", "IRQ", "KAZ", "KEN", "KHM", "KIR", "MNE",
    "NGA", "NOR", "NRU", "NZL", "PAN", "PLW", "POL", "PSE", "QAT", "ROU", "SAU", "SLB",
    "SLE", "SOM", "SRB", "SVK", "SVN", "SWE", "THA", "TJK", "TUV", "TWN", "UZB", "VEN",
}

# Organisation codes beyond make_gold.py's: the usual English acronym in capitals,
# the same codes as data/actors/organisations.tsv where it has them.
ORG_ACTORS = {
    "GCC",        # Conseil de coopération du Golfe (CCG)
    "LAS",        # Ligue arabe
    "OAS",        # Organisation des Etats américains (OEA)
    "IGAD",       # Autorité intergouvernementale pour le développement (Igad)
    "OSCE",       # Organisation pour la sécurité et la coopération en Europe
    "OPEC",       # Opep, also Opep+ (the cartel and its allies)
    "IEA",        # Agence internationale de l'énergie (AIE); not in organisations.tsv
    "PIF",        # Forum des îles du Pacifique
    "BRICS",      # Brics
    "CSTO",       # Organisation du traité de sécurité collective (OTSC)
    "OIC",        # Organisation de la coopération islamique (OCI)
}

# Capitalised words that are not entities (sentence and quote openers, "A" without
# accent, job titles such as "ministre de la Justice", diseases named after places).
NOT_ENTITIES = {
    "A", "En", "Tant", "Quelques", "Réunis", "Faute", "Parmi", "Elles", "Portées", "Ni",
    "Premier", "Première",                                      # "Premier ministre"
    "Justice", "Information", "Energie", "Culture",             # job titles
    "Marburg", "Ebola",                                         # diseases
}

DOCS: dict[str, dict] = {}

# ---------------------------------------------------------------------------
DOCS["afp-2022-06-14-suede-turquie-otan"] = dict(
    mentions="""
STOCKHOLM | LOC
AFP | ORG
Turquie | LOC | TUR
Suède | LOC | SWE
Stockholm | LOC | SWE
Ankara | LOC | TUR
Otan | ORG | NATO
Alliance | ORG | NATO
Madrid | LOC
Suède | LOC | SWE
PKK | ORG
Kemal Aydın | PER | TUR
Ankara | LOC
Stockholm | LOC | SWE
Ingrid Sandberg | PER | SWE
Turquie | LOC | TUR
Helsinki | LOC | FIN
Stockholm | LOC | SWE
Finlande | LOC | FIN
Suède | LOC | SWE
Alliance | ORG | NATO
Ankara | LOC | TUR
Alliance atlantique | ORG | NATO
Ankara | LOC | TUR
Stockholm | LOC | SWE
Helsinki | LOC | FIN
Washington | LOC
département d'Etat | ORG | USA
Suède | LOC | SWE
Finlande | LOC | FIN
Otan | ORG | NATO
Hongrie | LOC | HUN
Parlement | ORG | HUN
Otan | ORG | NATO
""",
    statements=[
        *S("la Turquie", "TUR", "SWE", "negative", "indirect", "a de nouveau accusé mardi",
           "la Suède d'abriter des « terroristes » kurdes"),
        *S("Kemal Aydın", "TUR", "SWE", "negative", "direct", "a déclaré",
           "Tant que la Suède laissera des militants du PKK manifester librement dans ses rues, "
           "nous ne pourrons pas dire oui"),
        *S("Ingrid Sandberg", "SWE", "TUR", "negative", "indirect", "a rejeté", "ces accusations"),
        *S("Ingrid Sandberg", "SWE", "TUR", "positive", "direct", "a-t-elle ajouté",
           "Nous considérons la Turquie comme un allié important"),
        *S("Helsinki", "FIN", "SWE", "positive", "indirect", "a réaffirmé",
           "sa « pleine solidarité » avec son voisin"),
        *S("le président finlandais", "FIN", "SWE", "positive", "direct", "a souligné",
           "La Finlande et la Suède avancent main dans la main"),
        *S("le président finlandais", "FIN", "TUR", "positive", "indirect", "a toutefois salué",
           "l'« approche constructive » d'Ankara"),
        *S("le secrétaire général de l'Alliance atlantique", "NATO", "TUR SWE FIN", "neutral", "indirect",
           "a appelé", "Ankara, Stockholm et Helsinki à « poursuivre les discussions »"),
        *S("le département d'Etat", "USA", "SWE FIN", "positive", "indirect", "a estimé",
           "la Suède et la Finlande « remplissent toutes les conditions »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-03-28-colombie-argentine-diplomates"] = dict(
    mentions="""
BOGOTA | LOC
AFP | ORG
Colombie | LOC | COL
Casa de Nariño | LOC | COL
Buenos Aires | LOC
Argentine | LOC | ARG
Colombie | LOC | COL
Martín Ferrari | PER | ARG
Caracas | LOC | VEN
La Havane | LOC | CUB
Bogota | LOC | COL
Venezuela | LOC | VEN
Buenos Aires | LOC | ARG
Bogota | LOC | COL
Buenos Aires | LOC | ARG
Organisation des Etats américains | ORG | OAS
OEA | ORG | OAS
Brasilia | LOC | BRA
""",
    statements=[
        *S("la Colombie", "COL", "ARG", "negative", "act", "a ordonné mercredi l'expulsion",
           "l'expulsion de plusieurs diplomates argentins"),
        *S("le président argentin", "ARG", "COL", "negative", "indirect", "avait qualifié",
           "son homologue colombien d'« assassin communiste »"),
        *S("le ministère colombien des Affaires étrangères", "COL", "ARG", "negative", "direct", "a affirmé",
           "Les déclarations du président argentin portent atteinte à la dignité du peuple colombien"),
        *S("la Casa de Nariño", "COL", "ARG", "negative", "indirect", "attendait", "« des excuses publiques »"),
        *S("la chancellerie argentine", "ARG", "COL", "negative", "indirect", "a « regretté »",
           "une décision « disproportionnée »"),
        *S("la chancellerie argentine", "ARG", "COL", "positive", "indirect", "tout en assurant",
           "« préserver des relations fraternelles avec la Colombie »"),
        *S("Martín Ferrari", "ARG", "VEN CUB", "negative", "direct", "a-t-il lancé",
           "les amis des dictatures de Caracas et de La Havane"),
        *S("Martín Ferrari", "ARG", "COL", "negative", "indirect", "Il a accusé",
           "Bogota de chercher « un prétexte »"),
        *S("le Venezuela", "VEN", "COL", "positive", "indirect", "a exprimé",
           "son « soutien » au gouvernement colombien"),
        *S("le Venezuela", "VEN", "ARG", "negative", "indirect", "a exprimé",
           "aux « insultes » venues de Buenos Aires"),
        *S("le chef de la diplomatie chilienne", "CHL", "COL ARG", "neutral", "indirect", "appelé",
           "Bogota et Buenos Aires à « faire baisser la tension »"),
        *S("le dirigeant argentin", "ARG", "BRA", "negative", "indirect", "avait lui aussi été la cible",
           "la cible de critiques virulentes du dirigeant argentin"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-11-15-kazakhstan-russie-frontieres"] = dict(
    mentions="""
ASTANA | LOC
AFP | ORG
Kazakhstan | LOC | KAZ
Russie | LOC | RUS
Astana | LOC | KAZ
Ukraine | LOC | UKR
Nurlan Seitkali | PER | KAZ
Russie | LOC | RUS
Kazakhstan | LOC | KAZ
Moscou | LOC
Douma | ORG | RUS
Viktor Zotov | PER | RUS
Kazakhstan | LOC | KAZ
Astana | LOC | KAZ
Moscou | LOC | RUS
Kremlin | LOC | RUS
Kazakhstan | LOC | KAZ
Dmitri Orlov | PER | RUS
ministère russe des Affaires étrangères | ORG | RUS
Astana | LOC | KAZ
Kommersant | ORG
Almaty | LOC
Asie centrale | LOC
Astana | LOC | KAZ
Moscou | LOC
Saint-Pétersbourg | LOC
Ukraine | LOC | UKR
Caspian Pipeline Consortium | ORG
CPC | ORG
mer Noire | LOC
Ouzbékistan | LOC | UZB
Kazakhstan | LOC | KAZ
Bruxelles | LOC
Astana | LOC | KAZ
Union européenne | ORG | EU
Asie centrale | LOC
Pékin | LOC | CHN
Kazakhstan | LOC | KAZ
Asie centrale | LOC
""",
    statements=[
        *S("le Kazakhstan", "KAZ", "RUS", "negative", "act", "a adressé mardi une note de protestation",
           "une note de protestation à la Russie"),
        *S("Nurlan Seitkali", "KAZ", "RUS", "negative", "act", "a convoqué", "l'ambassadeur de Russie"),
        *S("Viktor Zotov", "RUS", "KAZ", "negative", "indirect", "accusé",
           "Astana d'« ingratitude » envers Moscou"),
        *S("Dmitri Orlov", "RUS", "KAZ", "positive", "direct", "a assuré",
           "Le Kazakhstan est notre allié et notre partenaire stratégique"),
        *S("le ministère russe des Affaires étrangères", "RUS", "KAZ", "negative", "indirect",
           "aurait toutefois reproché", "d'avoir autorisé la tenue à Almaty d'une conférence"),
        *S("Astana", "KAZ", "RUS", "negative", "indirect", "n'a pas exclu",
           "de rappeler son ambassadeur à Moscou pour consultations"),
        *S("l'Ouzbékistan", "UZB", "KAZ", "positive", "indirect", "a exprimé",
           "son « soutien sans réserve à la souveraineté et à l'intégrité territoriale » du Kazakhstan"),
        *S("le porte-parole de la diplomatie européenne", "EU", "KAZ", "positive", "indirect", "a salué",
           "la « politique étrangère équilibrée » d'Astana"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-12-11-iran-chine-iles-golfe"] = dict(
    mentions="""
TEHERAN | LOC
AFP | ORG
Iran | LOC | IRN
Chine | LOC | CHN
Téhéran | LOC
Golfe | LOC
Iran | LOC | IRN
Emirats arabes unis | LOC | ARE
Ryad | LOC
Conseil de coopération du Golfe | ORG | GCC
CCG | ORG | GCC
Pékin | LOC | CHN
CCG | ORG | GCC
Iran | LOC | IRN
ministère iranien des Affaires étrangères | ORG | IRN
Nasser Karimi | PER | IRN
Pékin | LOC | CHN
Irna | ORG | IRN
Pékin | LOC | CHN
Chine | LOC | CHN
Iran | LOC | IRN
Liu Yang | PER | CHN
Emirats arabes unis | LOC | ARE
CCG | ORG | GCC
Chine | LOC | CHN
Abou Dhabi | LOC | ARE
Abou Moussa | LOC
Grande Tomb | LOC
Petite Tomb | LOC
Ormuz | LOC
Ligue arabe | ORG | LAS
Emirats | LOC | ARE
Qatar | LOC | QAT
CCG | ORG | GCC
Téhéran | LOC | IRN
Chine | LOC | CHN
Golfe | LOC
""",
    statements=[
        *S("l'Iran", "IRN", "CHN", "negative", "act", "a convoqué dimanche",
           "l'ambassadeur de Chine à Téhéran"),
        *S("les Emirats arabes unis", "ARE", "IRN", "negative", "indirect", "revendiquées par",
           "trois îles du Golfe contrôlées par l'Iran et revendiquées par les Emirats arabes unis"),
        *S("la diplomatie iranienne", "IRN", "CHN", "negative", "indirect", "dénoncée avec vigueur",
           "une « ingérence » dénoncée avec vigueur par la diplomatie iranienne"),
        *S("Pékin", "CHN", "IRN", "negative", "indirect", "ont appelé",
           "l'Iran à régler la question des îles par « des négociations bilatérales »"),
        *S("le CCG", "GCC", "IRN", "negative", "indirect", "ont appelé",
           "l'Iran à régler la question des îles par « des négociations bilatérales »"),
        *S("Nasser Karimi", "IRN", "CHN", "negative", "indirect", "qui a appelé",
           "Pékin à « corriger » sa position"),
        *S("Liu Yang", "CHN", "IRN", "positive", "direct", "a affirmé",
           "La Chine respecte la souveraineté et l'intégrité territoriale de l'Iran"),
        *S("les Emirats arabes unis", "ARE", "GCC CHN", "positive", "indirect", "ont en revanche salué",
           "le soutien du CCG et de la Chine à leur « juste revendication »"),
        *S("Abou Dhabi", "ARE", "IRN", "negative", "indirect", "dénonce",
           "une « occupation » iranienne des îles"),
        *S("le secrétaire général de la Ligue arabe", "LAS", "ARE", "positive", "indirect",
           "a lui aussi réaffirmé", "le « soutien total » de l'organisation aux Emirats"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-10-12-kenya-somalie-cij"] = dict(
    mentions="""
NAIROBI | LOC
AFP | ORG
Kenya | LOC | KEN
Cour internationale de justice | ORG | UN
CIJ | ORG | UN
Somalie | LOC | SOM
Mogadiscio | LOC | SOM
océan Indien | LOC
La Haye | LOC
Cour | ORG | UN
Cour | ORG | UN
Kenya | LOC | KEN
Cour | ORG | UN
Daniel Mwangi | PER | KEN
Nairobi | LOC | KEN
Somalie | LOC | SOM
Nairobi | LOC | KEN
Kenya | LOC | KEN
Mogadiscio | LOC
Kenya | LOC | KEN
Somalie | LOC | SOM
Kenya | LOC | KEN
Cour | ORG | UN
Nairobi | LOC | KEN
Abdirahman Yusuf | PER | SOM
Nairobi | LOC | KEN
Union africaine | ORG | AU
Nairobi | LOC | KEN
Mogadiscio | LOC | SOM
Corne de l'Afrique | LOC
Washington | LOC | USA
Igad | ORG | IGAD
Afrique de l'Est | LOC
""",
    statements=[
        *S("le Kenya", "KEN", "UN", "negative", "indirect", "a rejeté mardi",
           "l'arrêt de la Cour internationale de justice (CIJ)"),
        *S("la Cour internationale de justice", "UN", "KEN", "negative", "act", "a tracé",
           "rejetant l'essentiel des revendications kényanes"),
        *S("la présidence kényane", "KEN", "UN", "negative", "indirect", "a dénoncé",
           "une décision « entachée de partialité »"),
        *S("Daniel Mwangi", "KEN", "UN", "negative", "direct", "a déclaré",
           "Le Kenya ne reconnaît pas la compétence de la Cour dans cette affaire et n'appliquera pas cet arrêt"),
        *S("Daniel Mwangi", "KEN", "SOM", "positive", "indirect", "Il a assuré",
           "« privilégier le dialogue » avec la Somalie, « pays frère »"),
        *S("Nairobi", "KEN", "UN", "negative", "attribution", "D'après Nairobi",
           "la juridiction onusienne a ignoré « des décennies de pratique »"),
        *S("le président somalien", "SOM", "UN", "positive", "indirect", "a salué",
           "une « victoire historique »"),
        *S("le président somalien", "SOM", "KEN", "negative", "indirect", "appelé",
           "le Kenya à « respecter le droit international »"),
        *S("le président somalien", "SOM", "KEN", "positive", "direct", "a-t-il ajouté",
           "Nous tendons la main à nos voisins kényans"),
        *S("la Somalie", "SOM", "KEN", "negative", "indirect", "qui accuse depuis des années",
           "le Kenya de s'ingérer dans ses affaires intérieures"),
        *S("Abdirahman Yusuf", "SOM", "KEN", "negative", "indirect", "a pour sa part accusé",
           "Nairobi de « mépriser » la justice internationale"),
        *S("l'Union africaine", "AU", "KEN SOM", "neutral", "indirect", "a appelé",
           "Nairobi et Mogadiscio à « poursuivre leur coopération »"),
        *S("Washington", "USA", "UN", "neutral", "indirect", "a « pris note »", "de l'arrêt"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-11-28-montenegro-serbie-ambassadeur"] = dict(
    mentions="""
PODGORICA | LOC
AFP | ORG
Monténégro | LOC | MNE
Serbie | LOC | SRB
Podgorica | LOC
Vladan Jokić | PER | SRB
Monténégro | LOC | MNE
Serbie | LOC | SRB
Podgorica | LOC | MNE
ministère monténégrin des Affaires étrangères | ORG | MNE
Belgrade | LOC | SRB
Monténégro | LOC | MNE
Serbie | LOC | SRB
Podgorica | LOC | MNE
Nikola Perović | PER | SRB
Belgrade | LOC | SRB
Monténégro | LOC | MNE
Union européenne | ORG | EU
Belgrade | LOC | SRB
Podgorica | LOC | MNE
OSCE | ORG | OSCE
Albanie | LOC | ALB
Moscou | LOC | RUS
Belgrade | LOC | SRB
Croatie | LOC | HRV
Monténégro | LOC | MNE
Bruxelles | LOC
Otan | ORG | NATO
Monténégro | LOC | MNE
""",
    statements=[
        *S("le Monténégro", "MNE", "SRB", "negative", "act", "a déclaré samedi",
           "« persona non grata » l'ambassadeur de Serbie à Podgorica"),
        *S("Vladan Jokić", "SRB", "MNE", "negative", "indirect", "avait affirmé",
           "le Monténégro « n'a jamais été un véritable Etat »"),
        *S("Podgorica", "MNE", "SRB", "negative", "indirect", "jugés",
           "des propos jugés « inacceptables » par Podgorica"),
        *S("le ministère monténégrin des Affaires étrangères", "MNE", "SRB", "negative", "indirect",
           "reproche", "au diplomate d'avoir « dénigré à plusieurs reprises »"),
        *S("Belgrade", "SRB", "MNE", "negative", "act", "a aussitôt riposté en expulsant",
           "l'ambassadeur du Monténégro"),
        *S("Nikola Perović", "SRB", "MNE", "negative", "direct", "a déclaré",
           "La Serbie ne se laissera pas humilier par les autorités de Podgorica"),
        *S("le président serbe", "SRB", "MNE", "positive", "indirect", "affirmant vouloir",
           "« tendre la main » au Monténégro"),
        *S("le Premier ministre monténégrin", "MNE", "SRB", "positive", "indirect", "un geste salué par",
           "un geste salué par le Premier ministre monténégrin"),
        *S("l'Union européenne", "EU", "SRB MNE", "neutral", "indirect", "a appelé",
           "Belgrade et Podgorica à « la retenue »"),
        *S("la présidence de l'OSCE", "OSCE", "SRB MNE", "neutral", "indirect", "a elle aussi exhorté",
           "les deux capitales à « éviter toute rhétorique incendiaire »"),
        *S("Moscou", "RUS", "MNE", "negative", "indirect", "La condamnation par Moscou",
           "cette décision « hostile au peuple serbe »"),
        *S("le gouvernement serbe", "SRB", "RUS", "positive", "indirect", "a été saluée par",
           "a été saluée par le gouvernement serbe"),
        *S("la Croatie", "HRV", "MNE", "positive", "indirect", "a au contraire exprimé",
           "sa « solidarité » avec le Monténégro"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2019-09-16-salomon-taiwan-chine"] = dict(
    mentions="""
TAIPEI | LOC
AFP | ORG
Taïwan | LOC | TWN
Salomon | LOC | SLB
Pékin | LOC | CHN
Taipei | LOC | TWN
Chine | LOC | CHN
Pékin | LOC | CHN
Lin Cheng-hao | PER | TWN
Honiara | LOC
Taipei | LOC | TWN
Honiara | LOC
John Maneaki | PER | SLB
Chine | LOC | CHN
Pacifique Sud | LOC
Taïwan | LOC | TWN
Pékin | LOC | CHN
Honiara | LOC | SLB
Chine | LOC | CHN
Geng Wei | PER | CHN
Taipei | LOC | TWN
Washington | LOC | USA
Honiara | LOC | SLB
Australie | LOC | AUS
Nouvelle-Zélande | LOC | NZL
Parlement | ORG | SLB
Taïwan | LOC | TWN
Tuvalu | LOC | TUV
Nauru | LOC | NRU
Palaos | LOC | PLW
Pacifique | LOC
Kiribati | LOC | KIR
""",
    statements=[
        *S("Taïwan", "TWN", "SLB", "negative", "act", "a annoncé lundi la rupture",
           "la rupture de ses relations diplomatiques avec l'archipel des Salomon"),
        *S("l'archipel des Salomon", "SLB", "CHN", "positive", "act", "qui a choisi de reconnaître",
           "qui a choisi de reconnaître Pékin"),
        *S("Taipei", "TWN", "CHN", "negative", "indirect", "accusant",
           "la Chine de pratiquer une « diplomatie du carnet de chèques »"),
        *S("Lin Cheng-hao", "TWN", "SLB", "negative", "direct", "a déclaré",
           "Nous regrettons profondément cette décision"),
        *S("Lin Cheng-hao", "TWN", "CHN", "negative", "direct", "a déclaré",
           "condamnons fermement les manœuvres de Pékin"),
        *S("Taipei", "TWN", "SLB", "negative", "act", "a également suspendu",
           "l'ensemble de ses programmes d'aide à l'archipel"),
        *S("John Maneaki", "SLB", "CHN", "positive", "indirect", "salué",
           "« le rôle croissant » de la Chine"),
        *S("John Maneaki", "SLB", "TWN", "positive", "direct", "a-t-il toutefois ajouté",
           "Nous remercions Taïwan pour trente-six années d'amitié"),
        *S("Pékin", "CHN", "SLB", "positive", "indirect", "a félicité",
           "Honiara pour une décision « juste »"),
        *S("Geng Wei", "CHN", "SLB", "positive", "attribution", "selon un porte-parole de la diplomatie chinoise",
           "qui « respecte le principe d'une seule Chine »"),
        *S("Geng Wei", "CHN", "TWN", "negative", "indirect", "Il a appelé",
           "Taipei à « renoncer à ses manœuvres sécessionnistes »"),
        *S("Washington", "USA", "SLB", "negative", "indirect", "s'est dit « profondément déçu »",
           "la décision de Honiara"),
        *S("l'Australie", "AUS", "SLB", "neutral", "indirect", "a dit « prendre note »",
           "d'un choix « souverain »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2025-07-24-thailande-cambodge-frontiere"] = dict(
    mentions="""
BANGKOK | LOC
AFP | ORG
Thaïlande | LOC | THA
Cambodge | LOC | KHM
Bangkok | LOC | THA
Phnom Penh | LOC | KHM
temple de Ta Moan Thom | LOC
ministère thaïlandais de la Santé | ORG | THA
Cambodge | LOC | KHM
ministère thaïlandais des Affaires étrangères | ORG | THA
Nikorn Saengthong | PER | THA
Bangkok | LOC | THA
Phnom Penh | LOC | KHM
Bangkok | LOC
ministère cambodgien de la Défense | ORG | KHM
Thaïlande | LOC | THA
Conseil de sécurité de l'ONU | ORG | UN
Bangkok | LOC | THA
Asean | ORG | ASEAN
Kuala Lumpur | LOC
Chine | LOC | CHN
Phnom Penh | LOC | KHM
Washington | LOC | USA
Bangkok | LOC
""",
    statements=[
        *S("la Thaïlande", "THA", "KHM", "negative", "act", "a rappelé jeudi",
           "son ambassadeur au Cambodge et expulsé l'ambassadeur cambodgien"),
        *S("Bangkok", "THA", "KHM", "negative", "indirect", "accusant",
           "Phnom Penh d'avoir posé de nouveaux engins explosifs"),
        *S("l'armée thaïlandaise", "THA", "KHM", "negative", "indirect", "s'accusant mutuellement",
           "s'accusant mutuellement d'avoir ouvert le feu"),
        *S("l'armée cambodgienne", "KHM", "THA", "negative", "indirect", "s'accusant mutuellement",
           "s'accusant mutuellement d'avoir ouvert le feu"),
        *S("Nikorn Saengthong", "THA", "KHM", "negative", "direct", "a affirmé",
           "Le Cambodge a violé de manière flagrante la souveraineté thaïlandaise"),
        *S("Phnom Penh", "KHM", "THA", "negative", "act", "a été condamnée par Phnom Penh",
           "qui a rappelé à son tour l'ensemble de son personnel diplomatique"),
        *S("le ministère cambodgien de la Défense", "KHM", "THA", "negative", "indirect", "a qualifié",
           "les accusations thaïlandaises de « mensonges »"),
        *S("le Premier ministre cambodgien", "KHM", "THA", "negative", "act", "a demandé",
           "une réunion d'urgence du Conseil de sécurité de l'ONU, accusant Bangkok"),
        *S("la présidence malaisienne de l'Asean", "ASEAN", "THA KHM", "neutral", "indirect", "a appelé",
           "les deux voisins à « un cessez-le-feu immédiat »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-02-19-bresil-israel-lula"] = dict(
    mentions="""
JERUSALEM | LOC
AFP | ORG
Israël | LOC | ISR
Lula | PER | BRA
Gaza | LOC
Shoah | MISC
Yossi Harel | PER | ISR
Brésil | LOC | BRA
Yad Vashem | LOC
Lula | PER | BRA
Israël | LOC | ISR
Brasilia | LOC | BRA
Tel-Aviv | LOC
Itamaraty | LOC
Brésil | LOC | BRA
Ricardo Amaral | PER | BRA
Gaza | LOC
Ligue arabe | ORG | LAS
Autorité palestinienne | ORG | PSE
Lula | PER | BRA
Washington | LOC | USA
Argentine | LOC | ARG
Israël | LOC | ISR
Chili | LOC | CHL
Colombie | LOC | COL
Brésil | LOC | BRA
Parti des travailleurs | ORG
Union africaine | ORG | AU
Addis Abeba | LOC
""",
    statements=[
        *S("Israël", "ISR", "BRA", "negative", "act", "a déclaré lundi",
           "le président brésilien Lula « persona non grata »"),
        *S("Lula", "BRA", "ISR", "negative", "indirect", "propos comparant",
           "l'offensive israélienne dans la bande de Gaza à la Shoah"),
        *S("Yossi Harel", "ISR", "BRA", "negative", "act", "a convoqué", "l'ambassadeur du Brésil"),
        *S("Brasilia", "BRA", "ISR", "negative", "act", "a riposté en rappelant",
           "son ambassadeur à Tel-Aviv et en convoquant l'ambassadeur israélien"),
        *S("Ricardo Amaral", "BRA", "ISR", "negative", "indirect", "qui a accusé",
           "le gouvernement israélien de chercher à « détourner l'attention »"),
        *S("la Ligue arabe", "LAS", "BRA", "positive", "indirect", "a salué",
           "la « position courageuse » du président brésilien"),
        *S("la Ligue arabe", "LAS", "ISR", "negative", "indirect", "a salué", "l'« agression » israélienne"),
        *S("l'Autorité palestinienne", "PSE", "BRA", "positive", "indirect", "a remercié",
           "M. Lula pour son « soutien constant au peuple palestinien »"),
        *S("Washington", "USA", "BRA", "negative", "indirect", "a en revanche jugé",
           "ces propos « inappropriés »"),
        *S("l'Argentine", "ARG", "BRA", "negative", "indirect", "a dénoncé",
           "des déclarations « inacceptables »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-09-09-guinee-cedeao-suspension"] = dict(
    mentions="""
ACCRA | LOC
AFP | ORG
Communauté économique des Etats de l'Afrique de l'Ouest | ORG | ECOWAS
Cédéao | ORG | ECOWAS
Guinée | LOC | GIN
Conakry | LOC
Commission de la Cédéao | ORG | ECOWAS
Kwesi Ampofo | PER | ECOWAS
Conakry | LOC
Comité national du rassemblement et du développement | ORG | GIN
CNRD | ORG | GIN
Guinée | LOC | GIN
Sékou Bangoura | PER | GIN
Cédéao | ORG | ECOWAS
Mali | LOC | MLI
Guinée | LOC | GIN
Nigeria | LOC | NGA
France | LOC | FRA
Sierra Leone | LOC | SLE
Cédéao | ORG | ECOWAS
Conseil de paix et de sécurité de l'Union africaine | ORG | AU
Guinée | LOC | GIN
Moscou | LOC
Conakry | LOC
Guinée | LOC | GIN
""",
    statements=[
        *S("la Communauté économique des Etats de l'Afrique de l'Ouest", "ECOWAS", "GIN", "negative", "act",
           "a suspendu", "la Guinée de ses instances"),
        *S("Kwesi Ampofo", "ECOWAS", "GIN", "negative", "indirect", "appelant",
           'la junte à "un retour rapide à l\'ordre constitutionnel"'),
        *S("le Comité national du rassemblement et du développement", "GIN", "ECOWAS", "neutral", "indirect",
           'a "pris acte"', "de la décision"),
        *S("Sékou Bangoura", "GIN", "ECOWAS", "negative", "indirect", "qui a accusé",
           'la Cédéao de pratiquer "deux poids, deux mesures"'),
        *S("la Cédéao", "ECOWAS", "MLI", "negative", "act", "suspendue par l'organisation",
           "dont la junte a elle-même été suspendue par l'organisation en mai"),
        *S("le Mali", "MLI", "GIN", "positive", "indirect", "a exprimé",
           'sa "solidarité avec le peuple frère de Guinée"'),
        *S("le Nigeria", "NGA", "GIN", "negative", "indirect", "a pour sa part appelé",
           'les nouvelles autorités guinéennes à "libérer sans délai" le président déchu'),
        *S("la France", "FRA", "GIN", "negative", "indirect", "un appel relayé par",
           "un appel relayé par la France"),
        *S("la Sierra Leone", "SLE", "ECOWAS", "positive", "indirect", "a exprimé",
           "son soutien aux décisions de la Cédéao"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-10-06-opep-arabie-etats-unis"] = dict(
    mentions="""
WASHINGTON | LOC
AFP | ORG
Maison Blanche | LOC | USA
Arabie saoudite | LOC | SAU
Russie | LOC | RUS
Opep | ORG | OPEC
Vienne | LOC
Opep+ | ORG | OPEC
Opep+ | ORG | OPEC
Russie | LOC | RUS
Maison Blanche | LOC | USA
Karen Mitchell | PER | USA
Washington | LOC | USA
Ryad | LOC | SAU
ministère saoudien des Affaires étrangères | ORG | SAU
Opep+ | ORG | OPEC
Kremlin | LOC | RUS
Opep+ | ORG | OPEC
Abou Dhabi | LOC | ARE
Ryad | LOC | SAU
Agence internationale de l'énergie | ORG | IEA
AIE | ORG | IEA
""",
    statements=[
        *S("la Maison Blanche", "USA", "SAU", "negative", "indirect", "a accusé jeudi",
           "l'Arabie saoudite de s'être « alignée sur la Russie »"),
        *S("le président américain", "USA", "OPEC", "negative", "indirect", "jugée",
           "une mesure jugée « à courte vue » par le président américain"),
        *S("Karen Mitchell", "USA", "OPEC", "negative", "direct", "a déclaré",
           "Il est clair que l'Opep+ s'aligne sur la Russie"),
        *S("Karen Mitchell", "USA", "SAU", "negative", "indirect", "ajoutant",
           "une révision de sa relation avec Ryad"),
        *S("le ministère saoudien des Affaires étrangères", "SAU", "USA", "negative", "indirect", "a rejeté",
           "ces critiques, jugeant qu'elles « ne reposent pas sur des faits »"),
        *S("le Kremlin", "RUS", "OPEC", "positive", "indirect", "s'est félicité",
           "d'une décision « responsable » de l'Opep+"),
        *S("Abou Dhabi", "ARE", "SAU", "positive", "indirect", "a pour sa part défendu",
           "la position de Ryad"),
        *S("Abou Dhabi", "ARE", "USA", "negative", "indirect", "jugeant",
           "« injustes » les critiques américaines"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-03-24-guinee-equatoriale-oms-marburg"] = dict(
    mentions="""
MALABO | LOC
AFP | ORG
Organisation mondiale de la santé | ORG | WHO
OMS | ORG | WHO
Guinée équatoriale | LOC | GNQ
Malabo | LOC | GNQ
OMS | ORG | WHO
Ibrahim Sall | PER | WHO
Genève | LOC
Santiago Nsue | PER | GNQ
OMS | ORG | WHO
Guinée équatoriale | LOC | GNQ
Kié-Ntem | LOC
Gabon | LOC | GAB
Malabo | LOC | GNQ
Cameroun | LOC | CMR
Espagne | LOC | ESP
Malabo | LOC
Union africaine | ORG | AU
Africa CDC | ORG | AU
Centres américains de contrôle et de prévention des maladies | ORG | USA
CDC | ORG | USA
""",
    statements=[
        *S("l'Organisation mondiale de la santé", "WHO", "GNQ", "negative", "indirect", "a reproché vendredi",
           "à la Guinée équatoriale de ne pas lui avoir signalé plusieurs cas"),
        *S("Ibrahim Sall", "WHO", "GNQ", "negative", "indirect", "Il a exhorté",
           "les autorités équato-guinéennes à « renforcer sans attendre » la surveillance"),
        *S("Santiago Nsue", "GNQ", "WHO", "negative", "indirect", "a démenti", "toute dissimulation"),
        *S("la Guinée équatoriale", "GNQ", "WHO", "positive", "indirect", "a toutefois remercié",
           "l'organisation onusienne pour l'envoi de doses de vaccins expérimentaux"),
        *S("le Gabon", "GAB", "GNQ", "negative", "indirect", "a appelé",
           "Malabo à « davantage de transparence »"),
        *S("l'Espagne", "ESP", "GNQ", "positive", "act", "a annoncé l'envoi",
           "une équipe de médecins et de matériel de protection « en soutien » au pays"),
        *S("l'Union africaine", "AU", "GNQ", "positive", "indirect", "a salué",
           "la « coopération » des autorités équato-guinéennes"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-08-24-japon-fukushima-chine"] = dict(
    mentions="""
TOKYO | LOC
AFP | ORG
Japon | LOC | JPN
océan Pacifique | LOC
Fukushima | LOC
Pékin | LOC | CHN
Japon | LOC | JPN
ministère chinois des Affaires étrangères | ORG | CHN
Chine | LOC | CHN
Agence internationale de l'énergie atomique | ORG | IAEA
AIEA | ORG | IAEA
AIEA | ORG | IAEA
Tokyo | LOC | JPN
Séoul | LOC
AIEA | ORG | IAEA
Tokyo | LOC | JPN
Hong Kong | LOC
Etats-Unis | LOC | USA
Japon | LOC | JPN
Moscou | LOC | RUS
Pékin | LOC | CHN
Japon | LOC | JPN
Tokyo | LOC
Forum des îles du Pacifique | ORG | PIF
""",
    statements=[
        *S("Pékin", "CHN", "JPN", "negative", "act", "qui a suspendu",
           "toutes ses importations de produits de la mer japonais"),
        *S("le ministère chinois des Affaires étrangères", "CHN", "JPN", "negative", "direct", "a dénoncé",
           "Le Japon traite l'océan comme son égout privé"),
        *S("le gouvernement japonais", "JPN", "CHN", "negative", "indirect", "a jugé",
           "la mesure chinoise « totalement inacceptable »"),
        *S("le Premier ministre japonais", "JPN", "CHN", "negative", "direct", "a déclaré",
           "Nous appelons la Chine à se fonder sur des données scientifiques"),
        *S("l'Agence internationale de l'énergie atomique", "IAEA", "JPN", "positive", "indirect",
           "avait jugé", "le plan de rejet « conforme aux normes internationales »"),
        *S("le gouvernement sud-coréen", "KOR", "IAEA", "positive", "indirect", "a dit « respecter »",
           "les conclusions de l'AIEA"),
        *S("le gouvernement sud-coréen", "KOR", "JPN", "negative", "indirect", "tout en appelant",
           "Tokyo à « une transparence totale »"),
        *S("les Etats-Unis", "USA", "JPN", "positive", "indirect", "ont salué", "la « transparence » du Japon"),
        *S("Moscou", "RUS", "CHN", "positive", "indirect", "a dit partager",
           "les « préoccupations » de Pékin"),
        *S("Moscou", "RUS", "JPN", "negative", "indirect", "n'a pas exclu",
           "de restreindre à son tour les importations de poisson japonais"),
        *S("le Premier ministre fidjien", "FJI", "JPN", "positive", "direct", "a estimé",
           "Le Japon a agi de manière transparente et responsable"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-03-17-cpi-mandat-russie"] = dict(
    mentions="""
LA HAYE | LOC
AFP | ORG
Cour pénale internationale | ORG | ICC
CPI | ORG | ICC
Moscou | LOC | RUS
Ukraine | LOC | UKR
Russie | LOC | RUS
Russie | LOC | RUS
Maria Loukina | PER | RUS
Comité d'enquête de Russie | ORG | RUS
CPI | ORG | ICC
Tass | ORG | RUS
Kiev | LOC
Russie | LOC | RUS
Kiev | LOC | UKR
Washington | LOC | USA
Budapest | LOC | HUN
Ukraine | LOC | UKR
Afrique du Sud | LOC | ZAF
Brics | ORG | BRICS
Pékin | LOC | CHN
CPI | ORG | ICC
New Delhi | LOC | IND
Ukraine | LOC | UKR
Russie | LOC | RUS
Etats-Unis | LOC | USA
Cour | ORG | ICC
La Haye | LOC
""",
    statements=[
        *S("la Cour pénale internationale", "ICC", "RUS", "negative", "act", "a émis vendredi un mandat d'arrêt",
           "un mandat d'arrêt contre le président russe"),
        *S("Moscou", "RUS", "ICC", "negative", "indirect", "qualifiée de",
           "une décision aussitôt qualifiée de « nulle et non avenue » par Moscou"),
        *S("Maria Loukina", "RUS", "ICC", "negative", "direct", "a déclaré",
           "La Russie ne reconnaît pas la compétence de cette juridiction"),
        *S("le Comité d'enquête de Russie", "RUS", "ICC", "negative", "act", "a annoncé",
           "l'ouverture d'une procédure pénale contre le procureur de la CPI"),
        *S("le président ukrainien", "UKR", "ICC", "positive", "indirect", "a salué",
           "une décision « historique »"),
        *S("le président ukrainien", "UKR", "RUS", "negative", "indirect", "selon lui",
           "la Russie « devra rendre des comptes »"),
        *S("Kiev", "UKR", "RUS", "negative", "attribution", "Aux yeux de Kiev",
           "« le début de la fin de l'impunité » pour les dirigeants russes"),
        *S("le chef de la diplomatie européenne", "EU", "ICC", "positive", "indirect", "a salué",
           "« un premier pas » vers la justice pour les victimes"),
        *S("Washington", "USA", "ICC", "positive", "indirect", "a jugé", "le mandat « justifié »"),
        *S("le ministre hongrois des Affaires étrangères", "HUN", "ICC", "negative", "indirect", "a estimé",
           "ce mandat « n'aide en rien à ramener la paix »"),
        *S("l'Afrique du Sud", "ZAF", "ICC", "neutral", "indirect", "a dit « prendre note »",
           "de la décision"),
        *S("Pékin", "CHN", "ICC", "negative", "indirect", "a appelé",
           "la CPI à « éviter la politisation »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-09-28-tadjikistan-afghanistan-talibans"] = dict(
    mentions="""
DOUCHANBE | LOC
AFP | ORG
Tadjikistan | LOC | TJK
Kaboul | LOC
Afghanistan | LOC | AFG
Douchanbé | LOC | TJK
Tadjikistan | LOC | TJK
Afghanistan | LOC | AFG
Inamullah Sadiq | PER | AFG
Twitter | ORG
Tadjikistan | LOC | TJK
Afghanistan | LOC | AFG
Douchanbé | LOC | TJK
Front national de résistance | ORG
Panchir | LOC
Tadjikistan | LOC | TJK
Afghanistan | LOC | AFG
Ouzbékistan | LOC | UZB
Tachkent | LOC | UZB
Afghanistan | LOC | AFG
Kaboul | LOC
Moscou | LOC | RUS
Tadjikistan | LOC | TJK
Douchanbé | LOC | TJK
Kaboul | LOC | AFG
Organisation du traité de sécurité collective | ORG | CSTO
OTSC | ORG | CSTO
Tadjikistan | LOC | TJK
Pékin | LOC | CHN
Piandj | LOC
""",
    statements=[
        *S("le Tadjikistan", "TJK", "AFG", "negative", "indirect", "a réaffirmé mardi",
           "qu'il ne reconnaîtrait pas le gouvernement formé par les talibans"),
        *S("les nouveaux maîtres de l'Afghanistan", "AFG", "TJK", "negative", "indirect", "qui accusent",
           "Douchanbé d'« ingérence » dans les affaires afghanes"),
        *S("le président tadjik", "TJK", "AFG", "negative", "direct", "a déclaré",
           "Le Tadjikistan ne reconnaîtra aucun gouvernement formé par l'oppression"),
        *S("Inamullah Sadiq", "AFG", "TJK", "negative", "direct", "a-t-il écrit",
           "Nous demandons au Tadjikistan de ne pas s'ingérer dans les affaires intérieures de l'Afghanistan"),
        *S("Tachkent", "UZB", "AFG", "positive", "indirect", "a promis",
           "de poursuivre ses livraisons d'électricité à l'Afghanistan"),
        *S("Moscou", "RUS", "TJK AFG", "neutral", "indirect", "a appelé",
           "Douchanbé et Kaboul à « éviter toute escalade »"),
        *S("Pékin", "CHN", "AFG", "negative", "indirect", "se contentant d'appeler",
           "les talibans à « rompre avec les groupes terroristes »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2025-01-08-danemark-groenland-etats-unis"] = dict(
    mentions="""
COPENHAGUE | LOC
AFP | ORG
Danemark | LOC | DNK
Donald Trump | PER | USA
Groenland | LOC
Groenland | LOC
Etats-Unis | LOC | USA
Karen Holm | PER | DNK
Etats-Unis | LOC | USA
Danemark | LOC | DNK
Washington | LOC | USA
Arctique | LOC
Mar-a-Lago | LOC
Floride | LOC
Donald Trump | PER | USA
Danemark | LOC | DNK
Etats-Unis | LOC | USA
Nuuk | LOC
Nivi Olsen | PER
Washington | LOC | USA
Paris | LOC
Quai d'Orsay | LOC | FRA
Washington | LOC | USA
Europe | LOC
Etats-Unis | LOC | USA
Danemark | LOC | DNK
Berlin | LOC | DEU
Stockholm | LOC | SWE
Helsinki | LOC | FIN
Copenhague | LOC | DNK
Bruxelles | LOC
Commission européenne | ORG | EU
Washington | LOC | USA
Otan | ORG | NATO
Washington | LOC
Donald Trump | PER | USA
AFP | ORG
Copenhague | LOC | DNK
""",
    statements=[
        *S("le Danemark", "DNK", "USA", "negative", "indirect", "a rejeté mercredi",
           "les visées de Donald Trump sur le Groenland"),
        *S("Donald Trump", "USA", "DNK", "negative", "indirect", "avait également menacé",
           "le Danemark de droits de douane « très élevés »"),
        *S("Karen Holm", "DNK", "USA", "negative", "direct", "a déclaré",
           "Le Groenland n'est pas à vendre, ni aux Etats-Unis ni à personne"),
        *S("Karen Holm", "DNK", "USA", "positive", "indirect", "Elle a toutefois assuré",
           "les Etats-Unis restaient « le plus proche allié » du Danemark"),
        *S("le Quai d'Orsay", "FRA", "USA", "negative", "indirect", "a mis en garde",
           "Washington contre toute atteinte aux « frontières souveraines » de l'Europe"),
        *S("le chancelier allemand", "DEU", "USA", "negative", "indirect", "a exprimé",
           "son « incompréhension » face aux déclarations venues des Etats-Unis"),
        *S("le chancelier allemand", "DEU", "DNK", "positive", "indirect", "Il a assuré",
           "le Danemark de la « pleine solidarité » de Berlin"),
        *S("Stockholm", "SWE", "DNK", "positive", "indirect", "ont également exprimé",
           "leur soutien à Copenhague"),
        *S("Helsinki", "FIN", "DNK", "positive", "indirect", "ont également exprimé",
           "leur soutien à Copenhague"),
        *S("Copenhague", "DNK", "USA", "negative", "indirect", "qualifiée à l'époque",
           "une idée qualifiée à l'époque d'« absurde » par Copenhague"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-07-20-irak-suede-coran"] = dict(
    mentions="""
BAGDAD | LOC
AFP | ORG
Irak | LOC | IRQ
Suède | LOC | SWE
Stockholm | LOC
Coran | MISC
Suède | LOC | SWE
Bagdad | LOC
Suède | LOC | SWE
Coran | MISC
Stockholm | LOC | SWE
Per Nyström | PER | SWE
Downing Street | LOC | GBR
Bagdad | LOC | IRQ
Union européenne | ORG | EU
Organisation de la coopération islamique | ORG | OIC
OCI | ORG | OIC
Suède | LOC | SWE
Téhéran | LOC | IRN
Stockholm | LOC | SWE
Suède | LOC | SWE
Coran | MISC
Stockholm | LOC
""",
    statements=[
        *S("l'Irak", "IRQ", "SWE", "negative", "act", "a ordonné jeudi l'expulsion",
           "l'expulsion de l'ambassadrice de Suède"),
        *S("le bureau du Premier ministre irakien", "IRQ", "SWE", "negative", "indirect", "a indiqué",
           "qu'il romprait ses relations diplomatiques avec la Suède"),
        *S("Stockholm", "SWE", "IRQ", "negative", "act", "convoqué", "le chargé d'affaires irakien"),
        *S("Per Nyström", "SWE", "IRQ", "negative", "direct", "a déclaré",
           "Les autorités irakiennes ont gravement manqué à leur obligation"),
        *S("Downing Street", "GBR", "IRQ", "negative", "indirect", "appelé",
           'Bagdad à "assurer la sécurité" des représentations étrangères'),
        *S("l'Organisation de la coopération islamique", "OIC", "SWE", "negative", "indirect", "a appelé",
           'la Suède à "prendre toutes les mesures nécessaires"'),
        *S("Téhéran", "IRN", "SWE", "negative", "act", "a annoncé",
           "qu'il n'accepterait pas le nouvel ambassadeur suédois"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-08-15-panama-canal-secheresse"] = dict(
    mentions="""
PANAMA | LOC
AFP | ORG
Panama | LOC | PAN
Autorité du canal de Panama | ORG | PAN
ACP | ORG | PAN
Gatún | LOC
ACP | ORG | PAN
ACP | ORG | PAN
Héctor Quintero | PER | PAN
El Niño | MISC
Pacifique | LOC
Institut de météorologie et d'hydrologie du Panama | ORG | PAN
Etats-Unis | LOC | USA
Chine | LOC | CHN
Japon | LOC | JPN
Maersk | ORG
Asie | LOC
Bonne-Espérance | LOC
canal de Suez | LOC
ACP | ORG | PAN
Indio | LOC
Washington | LOC
département américain de l'Agriculture | ORG | USA
golfe du Mexique | LOC
Asie | LOC
""",
    statements=[],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-11-23-ouzbekistan-exposition-louvre"] = dict(
    mentions="""
PARIS | LOC
AFP | ORG
Samarcande | LOC
musée du Louvre | LOC
Ouzbékistan | LOC | UZB
Asie centrale | LOC
Trésors des oasis de la route de la soie | MISC
Ouzbékistan | LOC | UZB
Tachkent | LOC
Boukhara | LOC
Khiva | LOC
Samarcande | LOC
Coran de Katta Langar | MISC
Varakhcha | LOC
Nodira Yusupova | PER | UZB
Louvre | LOC
Claire Vasseur | PER
Chine | LOC | CHN
Inde | LOC | IND
Iran | LOC | IRN
Méditerranée | LOC
Samarcande | LOC
Boukhara | LOC
Khiva | LOC
Unesco | ORG | UN
""",
    statements=[],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-12-15-handball-euro-norvege-danemark"] = dict(
    mentions="""
VIENNE | LOC
AFP | ORG
Norvège | LOC | NOR
Euro | MISC
Danemark | LOC | DNK
Vienne | LOC
Wiener Stadthalle | LOC
Silje Haugen | PER
Marte Vik | PER
Anders Kjær | PER
Norvège | LOC | NOR
France | LOC | FRA
Hongrie | LOC | HUN
X | ORG
Oslo | LOC
Fédération européenne de handball | ORG
EHF | ORG
Euro | MISC
Pologne | LOC | POL
Roumanie | LOC | ROU
Slovaquie | LOC | SVK
Slovénie | LOC | SVN
Turquie | LOC | TUR
""",
    statements=[],
)
