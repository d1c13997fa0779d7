"""Labels of the dev3 set (texts in corpora/dev3/).

Read by scripts/make_gold.py; see corpora/labels/README.md for the format.
Conventions are in corpora/README.md ("Annotation decisions", with the dev2 and
dev3 additions at its end, and the per-document table under "Documents: dev3").
"""
from make_gold import S

# Codes this set needs beyond make_gold.py's shared sets (ISO 3166-1 alpha-3;
# XKX for Kosovo, as in dev).
STATE_ACTORS = {
    "ARE", "ARM", "AZE", "BEN", "BHR", "BOL", "CAN", "CHL", "COL", "CRI", "CUB", "DOM",
    "ECU", "EGY", "ETH", "GHA", "HND", "HTI", "HUN", "IDN", "IRQ", "JOR", "KAZ", "KEN",
    "KWT", "LBN", "MEX", "MRT", "MYS", "NGA", "NIC", "PER", "PHL", "POL", "QAT", "SAU",
    "SEN", "SOM", "SRB", "SVK", "SYR", "THA", "UGA", "VEN", "VNM", "XKX", "YEM",
}

# Organisation codes beyond make_gold.py's: the usual English acronym in capitals,
# the same codes as data/actors/organisations.tsv where it has them.
ORG_ACTORS = {
    "OAS",        # Organisation des Etats américains (OEA)
    "LAS",        # Ligue arabe
    "OIC",        # Organisation de la coopération islamique (OCI)
    "OSCE",       # Organisation pour la sécurité et la coopération en Europe
    "COE",        # Conseil de l'Europe, its Assemblée parlementaire and Comité des ministres
    "CIS",        # Communauté des Etats indépendants (CEI)
    "CSTO",       # Organisation du traité de sécurité collective (OTSC)
    "IGAD",       # Autorité intergouvernementale pour le développement (Igad)
    "CARICOM",    # Communauté caribéenne (Caricom)
}

# Capitalised words that are not entities (sentence and quote openers, "A" without
# accent, job titles such as "ministre de la Culture", a century).
NOT_ENTITIES = {
    "A", "Nos", "Nous", "Je", "On", "Chaque", "Quelque", "Interrogé", "Accusé",
    "Poursuivie", "Labellisée",
    "Premier",                                                  # "Premier ministre"
    "Information", "Commerce", "Pêche", "Culture",              # job titles
    "XVe",
}

DOCS: dict[str, dict] = {}

# ---------------------------------------------------------------------------
DOCS["afp-2022-05-03-indonesie-vietnam-peche"] = dict(
    mentions="""
JAKARTA | LOC
AFP | ORG
Indonésie | LOC | IDN
Natuna | LOC
Hanoï | LOC | VNM
Natuna | LOC
Bambang Setiadi | PER | IDN
ministère vietnamien des Affaires étrangères | ORG | VNM
Nguyen Van Thanh | PER | VNM
Indonésie | LOC | IDN
Hanoï | LOC
Jakarta | LOC | IDN
Sari Wulandari | PER | IDN
Hanoï | LOC | VNM
Malaisie | LOC | MYS
mer de Chine méridionale | LOC
Wulandari | PER | IDN
Manille | LOC | PHL
Jakarta | LOC | IDN
Association des nations de l'Asie du Sud-Est | ORG | ASEAN
Asean | ORG | ASEAN
Indonésie | LOC | IDN
ministère indonésien de la Pêche | ORG | IDN
""",
    statements=[
        *S("Hanoï", "VNM", "IDN", "negative", "indirect", "aussitôt dénoncée par Hanoï",
           "une opération aussitôt dénoncée par Hanoï"),
        *S("le ministère vietnamien des Affaires étrangères", "VNM", "IDN", "negative", "indirect",
           "accusant", "les garde-côtes indonésiens d'avoir fait « un usage excessif de la force »"),
        *S("Nguyen Van Thanh", "VNM", "IDN", "negative", "act", "a par ailleurs convoqué",
           "l'ambassadeur d'Indonésie à Hanoï pour lui remettre une note de protestation"),
        *S("Jakarta", "IDN", "VNM", "negative", "indirect", "a rejeté ces accusations",
           "Jakarta a rejeté ces accusations"),
        *S("Sari Wulandari", "IDN", "VNM", "negative", "indirect", "Elle a toutefois appelé",
           "Hanoï à « renforcer les contrôles » sur sa flotte de pêche"),
        *S("Sari Wulandari", "IDN", "MYS", "positive", "direct", "s'est félicitée",
           "Nos patrouilles conjointes avec la Malaisie en mer de Chine méridionale sont un modèle "
           "pour toute la région"),
        *S("Manille", "PHL", "IDN", "positive", "indirect", "a salué",
           "la « fermeté » indonésienne face à la pêche illégale"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2019-08-22-venezuela-perou-consulats"] = dict(
    mentions="""
CARACAS | LOC
AFP | ORG
Pérou | LOC | PER
Caracas | LOC
Maracaibo | LOC
Lima | LOC | PER
Lima | LOC | PER
Bogota | LOC | COL
Ramón Urdaneta | PER | VEN
Venezuela | LOC | VEN
Venezuela | LOC | VEN
Lima | LOC
Carmen Villacorta | PER | PER
Caracas | LOC
Lima | LOC | PER
Caracas | LOC | VEN
Pérou | LOC | PER
Caracas | LOC | VEN
Miraflores | LOC | VEN
Washington | LOC | USA
Organisation des Etats américains | ORG | OAS
OEA | ORG | OAS
Caracas | LOC | VEN
La Havane | LOC
Caracas | LOC | VEN
Mexique | LOC | MEX
Caracas | LOC | VEN
Lima | LOC | PER
Pérou | LOC | PER
ONU | ORG | UN
""",
    statements=[
        *S("le gouvernement vénézuélien", "VEN", "PER", "negative", "act", "a ordonné",
           "la fermeture des consulats du Pérou à Caracas et à Maracaibo"),
        *S("Lima", "PER", "VEN", "negative", "indirect", "ont aussitôt dénoncée",
           "une décision que Lima et Bogota ont aussitôt dénoncée comme une « nouvelle provocation »"),
        *S("Bogota", "COL", "VEN", "negative", "indirect", "ont aussitôt dénoncée",
           "une décision que Lima et Bogota ont aussitôt dénoncée comme une « nouvelle provocation »"),
        *S("Ramón Urdaneta", "VEN", "PER", "negative", "indirect", "a affirmé",
           "des diplomates péruviens avaient « financé des groupes violents »"),
        *S("Carmen Villacorta", "PER", "VEN", "negative", "act", "Elle a annoncé",
           "le rappel de la chargée d'affaires péruvienne à Caracas"),
        *S("Caracas", "VEN", "PER", "negative", "indirect", "ce que dément Caracas",
           "ce que dément Caracas"),
        *S("le président colombien", "COL", "VEN", "negative", "attribution", "Pour le président colombien",
           "la fermeture des consulats « confirme la dérive autoritaire » du pouvoir chaviste"),
        *S("le palais présidentiel de Miraflores", "VEN", "PER COL", "negative", "indirect",
           "a rejeté ces critiques", "Le palais présidentiel de Miraflores a rejeté ces critiques"),
        *S("le palais présidentiel de Miraflores", "VEN", "USA", "negative", "indirect", "dénonçant",
           "une « campagne orchestrée depuis Washington »"),
        *S("le secrétaire général de l'Organisation des Etats américains", "OAS", "VEN", "negative",
           "indirect", "a jugé", "la mesure « inacceptable » et appelé Caracas à « revenir sur sa décision »"),
        *S("le gouvernement cubain", "CUB", "VEN", "positive", "indirect", "a en revanche exprimé",
           "sa « solidarité » avec Caracas"),
        *S("le Mexique", "MEX", "VEN PER", "neutral", "indirect", "a appelé",
           "Caracas et Lima à « rétablir le dialogue »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-10-14-ghana-nigeria-commercants"] = dict(
    mentions="""
ACCRA | LOC
AFP | ORG
Nigeria | LOC | NGA
Ghana | LOC | GHA
Abuja | LOC
Accra | LOC
Kumasi | LOC
Olusegun Adeyemi | PER | NGA
Accra | LOC | GHA
Communauté économique des Etats de l'Afrique de l'Ouest | ORG | ECOWAS
Cédéao | ORG | ECOWAS
Adeyemi | PER | NGA
Cédéao | ORG | ECOWAS
Accra | LOC | GHA
Kwame Asante-Boateng | PER | GHA
Ghana | LOC | GHA
Asante-Boateng | PER | GHA
Abuja | LOC | NGA
Cédéao | ORG | ECOWAS
Abuja | LOC
Ghana | LOC | GHA
Nigeria | LOC | NGA
Sénégal | LOC | SEN
Dakar | LOC
Accra | LOC | GHA
Nigeria | LOC | NGA
Cotonou | LOC | BEN
Niamey | LOC | NER
Ghana | LOC | GHA
""",
    statements=[
        *S("le Nigeria", "NGA", "GHA", "negative", "act", "a convoqué",
           "le haut-commissaire du Ghana à Abuja"),
        *S("Olusegun Adeyemi", "NGA", "GHA", "negative", "indirect", "a accusé",
           "Accra de violer le protocole de libre circulation"),
        *S("la Cédéao", "ECOWAS", "GHA", "negative", "indirect", "avait elle-même « désapprouvé »",
           "la loi ghanéenne imposant un capital minimum d'un million de dollars aux étrangers"),
        *S("Accra", "GHA", "NGA", "negative", "indirect", "a rejeté ces critiques",
           "Accra a rejeté ces critiques"),
        *S("Kwame Asante-Boateng", "GHA", "NGA", "negative", "attribution",
           "Selon le ministre ghanéen du Commerce",
           "les commerçants concernés n'avaient pas respecté cette loi"),
        *S("la Cédéao", "ECOWAS", "GHA NGA", "neutral", "indirect", "a appelé",
           "le Ghana et le Nigeria à « privilégier le dialogue »"),
        *S("Cotonou", "BEN", "NGA", "negative", "indirect", "avait été vivement critiquée par Cotonou et Niamey",
           "la fermeture des frontières terrestres du Nigeria avait été vivement critiquée"),
        *S("Niamey", "NER", "NGA", "negative", "indirect", "avait été vivement critiquée par Cotonou et Niamey",
           "la fermeture des frontières terrestres du Nigeria avait été vivement critiquée"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-11-02-arabie-saoudite-liban-ambassadeur"] = dict(
    mentions="""
RYAD | LOC
AFP | ORG
Arabie saoudite | LOC | SAU
Beyrouth | LOC
Liban | LOC | LBN
Ryad | LOC | SAU
Georges Haddad | PER | LBN
Yémen | LOC | YEM
Ryad | LOC | SAU
ministère saoudien des Affaires étrangères | ORG | SAU
Hezbollah | ORG
Golfe | LOC
Koweït | LOC | KWT
Bahreïn | LOC | BHR
Emirats arabes unis | LOC | ARE
Beyrouth | LOC
Fouad Karam | PER | LBN
Liban | LOC | LBN
Haddad | PER | LBN
Qatar | LOC | QAT
Ryad | LOC | SAU
Beyrouth | LOC | LBN
Ligue arabe | ORG | LAS
Iran | LOC | IRN
Hezbollah | ORG
Beyrouth | LOC | LBN
Liban | LOC | LBN
Golfe | LOC
""",
    statements=[
        *S("l'Arabie saoudite", "SAU", "LBN", "negative", "act", "a rappelé",
           "son ambassadeur à Beyrouth et donné 48 heures à l'ambassadeur du Liban pour quitter le royaume"),
        *S("Ryad", "SAU", "LBN", "negative", "indirect", "jugés « insultants » par Ryad",
           "des propos d'un ministre libanais jugés « insultants » par Ryad"),
        *S("Georges Haddad", "LBN", "SAU", "negative", "indirect", "avait qualifié",
           "d'« absurde » l'intervention militaire au Yémen de la coalition menée par Ryad"),
        *S("le ministère saoudien des Affaires étrangères", "SAU", "LBN", "negative", "indirect",
           "a dénoncé", "des « déclarations hostiles »"),
        *S("le Koweït", "KWT", "LBN", "negative", "act", "ont à leur tour rappelé", "leurs ambassadeurs"),
        *S("Bahreïn", "BHR", "LBN", "negative", "act", "ont à leur tour rappelé", "leurs ambassadeurs"),
        *S("les Emirats arabes unis", "ARE", "LBN", "negative", "indirect", "ont « condamné »",
           "les propos du ministre"),
        *S("Fouad Karam", "LBN", "SAU", "positive", "indirect", "assuré",
           "le Liban tenait à des « relations fraternelles » avec le royaume"),
        *S("le Qatar", "QAT", "SAU LBN", "neutral", "indirect", "a appelé",
           "Ryad et Beyrouth à « la retenue »"),
        *S("l'Iran", "IRN", "SAU", "negative", "indirect", "a de son côté dénoncé",
           "les « pressions » saoudiennes sur Beyrouth"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-04-20-kosovo-serbie-conseil-de-l-europe"] = dict(
    mentions="""
STRASBOURG | LOC
AFP | ORG
Assemblée parlementaire du Conseil de l'Europe | ORG | COE
Kosovo | LOC | XKX
Pristina | LOC | XKX
Belgrade | LOC | SRB
Comité des ministres | ORG | COE
Kosovo | LOC | XKX
Assemblée | ORG | COE
Blerta Hoxha | PER | XKX
Belgrade | LOC
Conseil de l'Europe | ORG | COE
Pristina | LOC | XKX
Kosovo | LOC | XKX
ONU | ORG | UN
Serbie | LOC | SRB
Strasbourg | LOC
Ankara | LOC | TUR
Turquie | LOC | TUR
Kosovo | LOC | XKX
Moscou | LOC | RUS
Serbie | LOC | SRB
Hongrie | LOC | HUN
Belgrade | LOC | SRB
Union européenne | ORG | EU
Belgrade | LOC | SRB
Pristina | LOC | XKX
Kosovo | LOC | XKX
Serbie | LOC | SRB
UE | ORG | EU
""",
    statements=[
        *S("l'Assemblée parlementaire du Conseil de l'Europe", "COE", "XKX", "positive", "act",
           "a recommandé", "l'adhésion du Kosovo à l'organisation"),
        *S("Pristina", "XKX", "COE", "positive", "indirect", "salué par Pristina",
           "un vote salué par Pristina comme « historique »"),
        *S("Belgrade", "SRB", "COE", "negative", "indirect", "aussitôt dénoncé par Belgrade",
           "aussitôt dénoncé par Belgrade"),
        *S("Blerta Hoxha", "XKX", "COE", "positive", "direct", "s'est félicitée",
           "Nous remercions l'Assemblée pour ce vote courageux"),
        *S("le président serbe", "SRB", "COE", "negative", "indirect", "accusé",
           "le Conseil de l'Europe de « récompenser » Pristina"),
        *S("le président serbe", "SRB", "XKX", "negative", "indirect", "qu'il tient pour responsable",
           "Pristina, qu'il tient pour responsable des violences visant la minorité serbe"),
        *S("la Serbie", "SRB", "COE", "negative", "act", "a annoncé dans la foulée",
           "qu'elle suspendait sa participation à plusieurs programmes de coopération avec l'organisation"),
        *S("Ankara", "TUR", "COE", "positive", "indirect", "a salué", "une décision « juste »"),
        *S("Ankara", "TUR", "XKX", "positive", "indirect", "réaffirmé", "le soutien de la Turquie au Kosovo"),
        *S("Moscou", "RUS", "COE", "negative", "indirect", "a dénoncé", "un « nouveau précédent dangereux »"),
        *S("l'Union européenne", "EU", "SRB XKX", "neutral", "indirect", "a appelé",
           "les deux capitales à « s'abstenir de toute mesure unilatérale »"),
        *S("la Serbie", "SRB", "XKX", "negative", "indirect", "ne reconnaît pas",
           "dont la Serbie ne reconnaît pas l'indépendance proclamée en 2008"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-12-14-azerbaidjan-france-diplomates"] = dict(
    mentions="""
BAKOU | LOC
AFP | ORG
Azerbaïdjan | LOC | AZE
France | LOC | FRA
Bakou | LOC
Paris | LOC | FRA
ministère azerbaïdjanais des Affaires étrangères | ORG | AZE
Paris | LOC | FRA
France | LOC | FRA
Caucase du Sud | LOC
Azerbaïdjan | LOC | AZE
Elnur Mammadli | PER | AZE
Bakou | LOC | AZE
Paris | LOC | FRA
France | LOC | FRA
Arménie | LOC | ARM
Azerbaïdjan | LOC | AZE
Quai d'Orsay | LOC | FRA
France | LOC | FRA
Erevan | LOC
ministère arménien des Affaires étrangères | ORG | ARM
France | LOC | FRA
Bakou | LOC | AZE
Moscou | LOC | RUS
Paris | LOC | FRA
Russie | LOC | RUS
Caucase | LOC
Bakou | LOC | AZE
Paris | LOC | FRA
Haut-Karabakh | LOC
France | LOC | FRA
Bakou | LOC | AZE
""",
    statements=[
        *S("l'Azerbaïdjan", "AZE", "FRA", "negative", "act", "a déclaré jeudi",
           '"persona non grata" deux diplomates de l\'ambassade de France à Bakou'),
        *S("Paris", "FRA", "AZE", "negative", "act", "a riposté en expulsant",
           "deux diplomates azerbaïdjanais"),
        *S("le ministère azerbaïdjanais des Affaires étrangères", "AZE", "FRA", "negative", "attribution",
           "D'après le ministère azerbaïdjanais des Affaires étrangères",
           'se seraient livrés à des "actes d\'ingérence" dans les affaires intérieures du pays '
           "pour le compte de Paris"),
        *S("Elnur Mammadli", "AZE", "FRA", "negative", "direct", "a estimé jeudi",
           "La France doit cesser sa politique partiale dans le Caucase du Sud"),
        *S("Bakou", "AZE", "FRA", "negative", "indirect", "Les critiques de Bakou à l'égard de Paris",
           "Les critiques de Bakou à l'égard de Paris"),
        *S("une porte-parole du Quai d'Orsay", "FRA", "AZE", "negative", "indirect", "a dénoncé",
           'des "accusations sans fondement"'),
        *S("le ministère arménien des Affaires étrangères", "ARM", "FRA", "positive", "indirect",
           "a exprimé", 'sa "solidarité" avec la France'),
        *S("le ministère arménien des Affaires étrangères", "ARM", "AZE", "negative", "indirect",
           "dénoncé", 'une "campagne de dénigrement" menée par Bakou'),
        *S("Moscou", "RUS", "FRA", "negative", "indirect", "accuse régulièrement",
           'Paris de vouloir "chasser la Russie du Caucase"'),
        *S("la France", "FRA", "AZE", "negative", "indirect", "avait imputés",
           "que la France avait imputés à Bakou"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-09-17-equateur-mexique-ambassadeur"] = dict(
    mentions="""
QUITO | LOC
AFP | ORG
Equateur | LOC | ECU
Mexique | LOC | MEX
Quito | LOC
Gabriela Salvador | PER | ECU
Salvador | PER | ECU
Mexico | LOC | MEX
Equateur | LOC | ECU
ministère mexicain des Affaires étrangères | ORG | MEX
Cour internationale de justice | ORG | UN
CIJ | ORG | UN
Quito | LOC | ECU
Convention de Vienne sur les relations diplomatiques | MISC
Mexique | LOC | MEX
Itamaraty | LOC | BRA
Quito | LOC | ECU
Mexico | LOC | MEX
Honduras | LOC | HND
Mexique | LOC | MEX
Organisation des Etats américains | ORG | OAS
OEA | ORG | OAS
Quito | LOC | ECU
Mexico | LOC | MEX
Mexico | LOC | MEX
Mexique | LOC | MEX
""",
    statements=[
        *S("l'Equateur", "ECU", "MEX", "negative", "act", "a déclaré mardi « persona non grata »",
           "l'ambassadeur du Mexique à Quito"),
        *S("le président mexicain", "MEX", "ECU", "negative", "indirect", "avait mis en doute",
           "la régularité de la dernière élection présidentielle équatorienne"),
        *S("Gabriela Salvador", "ECU", "MEX", "negative", "act", "a donné 72 heures",
           "au diplomate pour quitter le pays"),
        *S("Mexico", "MEX", "ECU", "negative", "act", "a répliqué",
           "en suspendant l'accord bilatéral de coopération consulaire signé en 2017"),
        *S("le ministère mexicain des Affaires étrangères", "MEX", "ECU", "negative", "indirect",
           "n'a pas exclu de saisir",
           "estimant que Quito avait violé la Convention de Vienne sur les relations diplomatiques"),
        *S("le Mexique", "MEX", "ECU", "negative", "attribution", "Pour le Mexique",
           "l'expulsion de son ambassadeur est « une réaction disproportionnée à de simples commentaires »"),
        *S("le palais d'Itamaraty", "BRA", "ECU MEX", "neutral", "indirect", "appelé",
           "Quito et Mexico à « préserver les canaux diplomatiques »"),
        *S("le Honduras", "HND", "MEX", "positive", "indirect", "a apporté son soutien",
           "a apporté son soutien au Mexique"),
        *S("Quito", "ECU", "MEX", "negative", "indirect", "avait accusé", "Mexico, en mars, d'« ingérence »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-06-21-canada-nicaragua-sanctions"] = dict(
    mentions="""
OTTAWA | LOC
AFP | ORG
Canada | LOC | CAN
Managua | LOC | NIC
Canada | LOC | CAN
Catherine Bouchard | PER | CAN
Managua | LOC | NIC
Ottawa | LOC | CAN
Washington | LOC | USA
Londres | LOC | GBR
Canada | LOC | CAN
Etats-Unis | LOC | USA
Managua | LOC
Nicaragua | LOC | NIC
Managua | LOC | NIC
Organisation des Etats américains | ORG | OAS
OEA | ORG | OAS
Costa Rica | LOC | CRI
Mexique | LOC | MEX
Managua | LOC | NIC
""",
    statements=[
        *S("le Canada", "CAN", "NIC", "negative", "act", "a imposé",
           "des sanctions à une quinzaine de hauts responsables nicaraguayens"),
        *S("Managua", "NIC", "CAN", "negative", "indirect", "aussitôt dénoncée par Managua",
           "une mesure aussitôt dénoncée par Managua comme une « agression impérialiste »"),
        *S("Catherine Bouchard", "CAN", "NIC", "negative", "direct", "a-t-elle ajouté",
           "Le régime de Managua doit libérer les prisonniers politiques et rétablir les libertés fondamentales"),
        *S("Ottawa", "CAN", "NIC", "negative", "attribution", "Selon Ottawa",
           "le gouvernement nicaraguayen détient plus de 180 opposants « pour des motifs politiques »"),
        *S("Washington", "USA", "NIC", "negative", "act", "ont annoncé le même jour", "des mesures similaires"),
        *S("Londres", "GBR", "NIC", "negative", "act", "ont annoncé le même jour", "des mesures similaires"),
        *S("le gouvernement nicaraguayen", "NIC", "CAN", "negative", "act", "annoncé",
           "la fermeture du consulat honoraire canadien à Managua"),
        *S("le gouvernement nicaraguayen", "NIC", "USA", "negative", "indirect", "a accusé",
           "le Canada et les Etats-Unis de « vouloir déstabiliser » le pays"),
        *S("Managua", "NIC", "OAS", "negative", "act", "a annoncé l'an dernier",
           "son retrait de l'Organisation des Etats américains (OEA)"),
        *S("l'Organisation des Etats américains", "OAS", "NIC", "negative", "indirect", "avait jugé",
           "« dépourvue de légitimité » l'élection présidentielle de novembre"),
        *S("le Costa Rica", "CRI", "CAN", "positive", "indirect", "a salué", "la décision canadienne"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-01-09-somalie-ethiopie-puntland"] = dict(
    mentions="""
MOGADISCIO | LOC
AFP | ORG
Somalie | LOC | SOM
Ethiopie | LOC | ETH
Addis Abeba | LOC | ETH
Puntland | LOC
Abdirahman Warsame | PER | SOM
Somalie | LOC | SOM
Mogadiscio | LOC
Addis Abeba | LOC | ETH
Addis Abeba | LOC | ETH
ministère éthiopien des Affaires étrangères | ORG | ETH
Ethiopie | LOC | ETH
Somalie | LOC | SOM
Ligue arabe | ORG | LAS
Organisation de la coopération islamique | ORG | OIC
OCI | ORG | OIC
Mogadiscio | LOC | SOM
Egypte | LOC | EGY
Ethiopie | LOC | ETH
Grand barrage de la Renaissance | LOC
Addis Abeba | LOC | ETH
Corne de l'Afrique | LOC
Autorité intergouvernementale pour le développement | ORG | IGAD
Igad | ORG | IGAD
Union africaine | ORG | AU
Somalie | LOC | SOM
Ethiopie | LOC | ETH
Puntland | LOC
Etats-Unis | LOC | USA
""",
    statements=[
        *S("la Somalie", "SOM", "ETH", "negative", "act", "a expulsé",
           "l'ambassadeur d'Ethiopie et ordonné la fermeture de deux consulats éthiopiens"),
        *S("Abdirahman Warsame", "SOM", "ETH", "negative", "attribution", "Selon lui",
           "Addis Abeba « traite directement avec les autorités régionales comme si elles étaient un Etat "
           "indépendant »"),
        *S("Addis Abeba", "ETH", "SOM", "negative", "indirect", "a rejeté ces accusations",
           "Addis Abeba a rejeté ces accusations"),
        *S("le porte-parole du ministère éthiopien des Affaires étrangères", "ETH", "SOM", "negative",
           "indirect", "a assuré", "le nouveau bureau ne visait qu'à « faciliter le commerce »"),
        *S("la Ligue arabe", "LAS", "SOM", "positive", "indirect", "ont exprimé",
           "leur « plein soutien » à Mogadiscio"),
        *S("l'Organisation de la coopération islamique", "OIC", "SOM", "positive", "indirect", "ont exprimé",
           "leur « plein soutien » à Mogadiscio"),
        *S("l'Egypte", "EGY", "ETH", "negative", "indirect", "a dénoncé",
           "la « politique déstabilisatrice » d'Addis Abeba"),
        *S("l'Autorité intergouvernementale pour le développement", "IGAD", "SOM ETH", "neutral", "indirect",
           "ont appelé", "la Somalie et l'Ethiopie à « régler leurs différends par le dialogue »"),
        *S("l'Union africaine", "AU", "SOM ETH", "neutral", "indirect", "ont appelé",
           "la Somalie et l'Ethiopie à « régler leurs différends par le dialogue »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-01-14-senegal-mauritanie-pecheur"] = dict(
    mentions="""
SAINT-LOUIS | LOC
Sénégal | LOC | SEN
AFP | ORG
Sénégal | LOC | SEN
Mauritanie | LOC | MRT
Dakar | LOC
Nouadhibou | LOC
Guet Ndar | LOC
Saint-Louis | LOC
Mamadou Lamine Diouf | PER | SEN
Nouakchott | LOC | MRT
Dakar | LOC | SEN
ministère mauritanien de la Défense | ORG | MRT
Saint-Louis | LOC
""",
    statements=[
        *S("le Sénégal", "SEN", "MRT", "negative", "act", "a convoqué", "l'ambassadeur de Mauritanie à Dakar"),
        *S("les autorités sénégalaises", "SEN", "MRT", "negative", "attribution",
           "selon les autorités sénégalaises",
           "tué par balle par des garde-côtes mauritaniens au large de Nouadhibou"),
        *S("Mamadou Lamine Diouf", "SEN", "MRT", "negative", "indirect", "a dénoncé",
           'un usage "disproportionné" de la force par la marine mauritanienne'),
        *S("Nouakchott", "MRT", "SEN", "negative", "indirect", "a rejeté", "les accusations de Dakar"),
        *S("le ministère mauritanien de la Défense", "MRT", "SEN", "negative", "attribution",
           "D'après le ministère mauritanien de la Défense",
           "l'embarcation avait pénétré sans licence dans les eaux mauritaniennes"),
        *S("le président sénégalais", "SEN", "MRT", "positive", "indirect", "ont salué",
           '"l\'excellence" des relations entre leurs pays'),
        *S("son homologue mauritanien", "MRT", "SEN", "positive", "indirect", "ont salué",
           '"l\'excellence" des relations entre leurs pays'),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-03-21-kazakhstan-legislatives-osce"] = dict(
    mentions="""
ASTANA | LOC
AFP | ORG
Organisation pour la sécurité et la coopération en Europe | ORG | OSCE
OSCE | ORG | OSCE
Kazakhstan | LOC | KAZ
Astana | LOC | KAZ
Anders Lindqvist | PER | OSCE
ministère kazakh des Affaires étrangères | ORG | KAZ
Kazakhstan | LOC | KAZ
Daniyar Ospanov | PER | KAZ
Akorda | LOC | KAZ
Communauté des Etats indépendants | ORG | CIS
CEI | ORG | CIS
Moscou | LOC | RUS
Union européenne | ORG | EU
OSCE | ORG | OSCE
Astana | LOC | KAZ
Chine | LOC | CHN
Amanat | ORG
""",
    statements=[
        *S("les observateurs de l'Organisation pour la sécurité et la coopération en Europe", "OSCE", "KAZ",
           "negative", "indirect", "ont critiqué", "les élections législatives anticipées au Kazakhstan"),
        *S("Astana", "KAZ", "OSCE", "negative", "indirect", "aussitôt rejetée par Astana",
           "une évaluation aussitôt rejetée par Astana"),
        *S("Anders Lindqvist", "OSCE", "KAZ", "negative", "direct", "a résumé",
           "Les électeurs ont eu le choix, mais pas un choix réel"),
        *S("le ministère kazakh des Affaires étrangères", "KAZ", "OSCE", "negative", "indirect", "a jugé",
           "ces conclusions « partiales » et accusé l'organisation de pratiquer « deux poids, deux mesures »"),
        *S("l'Akorda", "KAZ", "CIS", "positive", "indirect", "remercié",
           "les observateurs de la Communauté des Etats indépendants (CEI)"),
        *S("les observateurs de la Communauté des Etats indépendants", "CIS", "KAZ", "positive", "indirect",
           "ont jugé", "le vote conforme aux normes démocratiques"),
        *S("Moscou", "RUS", "KAZ", "positive", "indirect", "a félicité",
           "le président kazakh pour la victoire de son parti"),
        *S("l'Union européenne", "EU", "OSCE", "neutral", "indirect", "a dit « prendre note »",
           "du rapport de l'OSCE"),
        *S("l'Union européenne", "EU", "KAZ", "negative", "indirect", "appelé",
           "Astana à « tenir compte de ses recommandations »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-06-14-pologne-hongrie-sanctions-ue"] = dict(
    mentions="""
VARSOVIE | LOC
AFP | ORG
Pologne | LOC | POL
Hongrie | LOC | HUN
Union européenne | ORG | EU
Russie | LOC | RUS
Budapest | LOC | HUN
Kremlin | LOC | RUS
Moscou | LOC | RUS
Tomasz Wierzbicki | PER | POL
Varsovie | LOC
Varsovie | LOC | POL
UE | ORG | EU
Ukraine | LOC | UKR
Budapest | LOC | HUN
Hongrie | LOC | HUN
Gábor Kertész | PER | HUN
Commission européenne | ORG | EU
Budapest | LOC | HUN
Paks | LOC
Bruxelles | LOC
Commission | ORG | EU
Slovaquie | LOC | SVK
Budapest | LOC | HUN
Moscou | LOC | RUS
Hongrie | LOC | HUN
Kremlin | LOC | RUS
""",
    statements=[
        *S("la Pologne", "POL", "HUN", "negative", "indirect", "a vivement dénoncé",
           "le blocage par la Hongrie d'un nouveau paquet de sanctions"),
        *S("Tomasz Wierzbicki", "POL", "HUN", "negative", "indirect", "accusant",
           "Budapest de « jouer le jeu du Kremlin »"),
        *S("Varsovie", "POL", "HUN", "negative", "indirect", "La condamnation par Varsovie",
           "La condamnation par Varsovie de ce veto"),
        *S("Budapest", "HUN", "POL", "negative", "indirect", "a rejeté ces critiques",
           "Budapest a rejeté ces critiques"),
        *S("Gábor Kertész", "HUN", "EU", "negative", "indirect", "a en outre accusé",
           "la Commission européenne de « mépriser les intérêts nationaux » des Etats membres"),
        *S("un porte-parole de la Commission", "EU", "HUN", "negative", "indirect", "a dit « regretter »",
           "le blocage hongrois"),
        *S("la Slovaquie", "SVK", "HUN", "positive", "indirect", "a en revanche jugé",
           "« légitimes » les préoccupations de Budapest"),
        *S("Moscou", "RUS", "HUN", "positive", "indirect", "a de son côté salué",
           "la « position pragmatique » de la Hongrie"),
        *S("le porte-parole du Kremlin", "RUS", "EU", "negative", "indirect", "dénonçant",
           "des sanctions « illégales » qui « se retournent contre leurs auteurs »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-03-12-armenie-russie-gardes-frontieres"] = dict(
    mentions="""
EREVAN | LOC
AFP | ORG
Arménie | LOC | ARM
Zvartnots | LOC
Kremlin | LOC | RUS
Service national de sécurité | ORG | ARM
Vahan Mkrtchyan | PER | ARM
Erevan | LOC | ARM
Moscou | LOC | RUS
Moscou | LOC | RUS
Erevan | LOC | ARM
Arménie | LOC | ARM
Organisation du traité de sécurité collective | ORG | CSTO
OTSC | ORG | CSTO
Russie | LOC | RUS
Azerbaïdjan | LOC | AZE
Kremlin | LOC | RUS
Erevan | LOC | ARM
Russie | LOC | RUS
France | LOC | FRA
Arménie | LOC | ARM
Union européenne | ORG | EU
Arménie | LOC | ARM
Bakou | LOC | AZE
Arménie | LOC | ARM
Turquie | LOC | TUR
Iran | LOC | IRN
""",
    statements=[
        *S("l'Arménie", "ARM", "RUS", "negative", "act", "a suspendu",
           "l'accord de 1992 autorisant des gardes-frontières russes à contrôler les passagers"),
        *S("le Kremlin", "RUS", "ARM", "negative", "indirect", "a jugée « inamicale »",
           "une décision que le Kremlin a jugée « inamicale »"),
        *S("Vahan Mkrtchyan", "ARM", "RUS", "positive", "indirect", "Il a toutefois assuré",
           "Erevan souhaitait maintenir « des relations de partenariat » avec Moscou"),
        *S("Moscou", "RUS", "ARM", "negative", "indirect", "Les critiques de Moscou à l'égard d'Erevan",
           "Les critiques de Moscou à l'égard d'Erevan"),
        *S("l'Arménie", "ARM", "CSTO", "negative", "act", "a gelé",
           "sa participation à l'Organisation du traité de sécurité collective (OTSC)"),
        *S("le porte-parole du Kremlin", "RUS", "ARM", "negative", "indirect", "a estimé",
           "la décision arménienne « ne sert les intérêts d'aucun des deux pays »"),
        *S("la France", "FRA", "ARM", "positive", "indirect", "a salué", "une décision « souveraine »"),
        *S("l'Union européenne", "EU", "ARM", "positive", "indirect", "a réaffirmé",
           "son « soutien » à l'Arménie"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-09-06-egypte-jordanie-irak-sommet"] = dict(
    mentions="""
AMMAN | LOC
AFP | ORG
Egypte | LOC | EGY
Jordanie | LOC | JOR
Irak | LOC | IRQ
Amman | LOC
Egypte | LOC | EGY
Jordanie | LOC | JOR
Le Caire | LOC | EGY
Bagdad | LOC | IRQ
Jordanie | LOC | JOR
Irak | LOC | IRQ
Aqaba | LOC
mer Rouge | LOC
Syrie | LOC | SYR
Arabie saoudite | LOC | SAU
Egypte | LOC | EGY
Jordanie | LOC | JOR
Irak | LOC | IRQ
Ligue arabe | ORG | LAS
Amman | LOC
Jordanie | LOC | JOR
Iran | LOC | IRN
Bagdad | LOC | IRQ
""",
    statements=[
        *S("l'Egypte", "EGY", "JOR IRQ", "positive", "indirect", "se sont félicités",
           "de leur coopération « exemplaire »"),
        *S("la Jordanie", "JOR", "EGY IRQ", "positive", "indirect", "se sont félicités",
           "de leur coopération « exemplaire »"),
        *S("l'Irak", "IRQ", "EGY JOR", "positive", "indirect", "se sont félicités",
           "de leur coopération « exemplaire »"),
        *S("le roi de Jordanie", "JOR", "EGY IRQ", "positive", "indirect", "remerciant",
           "Le Caire et Bagdad pour leur « engagement constant »"),
        *S("le président égyptien", "EGY", "IRQ", "positive", "indirect", "a salué pour sa part",
           "« le courage » du gouvernement irakien"),
        *S("le président égyptien", "EGY", "JOR", "positive", "indirect", "promis",
           "d'accroître les livraisons d'électricité égyptienne vers la Jordanie"),
        *S("l'Arabie saoudite", "SAU", "EGY JOR IRQ", "positive", "indirect", "a salué dans un communiqué",
           "les « efforts » de l'Egypte, de la Jordanie et de l'Irak"),
        *S("le secrétaire général de la Ligue arabe", "LAS", "JOR", "positive", "indirect",
           "a quant à lui remercié", "le roi de Jordanie pour son accueil"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2019-11-27-coree-du-sud-japon-peche"] = dict(
    mentions="""
SEOUL | LOC
AFP | ORG
Corée du Sud | LOC | KOR
Japon | LOC | JPN
Japon | LOC | JPN
Corée du Sud | LOC | KOR
Japon | LOC | JPN
Park Ji-hoon | PER | KOR
Tokyo | LOC | JPN
Tokyo | LOC | JPN
Tokyo | LOC | JPN
Tsushima | LOC
Washington | LOC | USA
Séoul | LOC | KOR
Tokyo | LOC | JPN
Corée du Nord | LOC | PRK
Chine | LOC | CHN
Séoul | LOC | KOR
Corée du Sud | LOC | KOR
""",
    statements=[
        *S("la Corée du Sud", "KOR", "JPN", "negative", "act", "a annoncé",
           "la suspension de l'accord bilatéral de pêche qui la lie au Japon depuis 1999"),
        *S("le Japon", "JPN", "KOR", "negative", "act", "imposées par le Japon",
           "restrictions imposées par le Japon sur ses exportations vers la Corée du Sud"),
        *S("Park Ji-hoon", "KOR", "JPN", "negative", "direct", "a affirmé",
           "Le Japon a choisi la confrontation"),
        *S("Tokyo", "JPN", "KOR", "negative", "indirect", "a « vivement regretté »", "cette décision"),
        *S("le porte-parole du gouvernement japonais", "JPN", "KOR", "negative", "attribution",
           "D'après le porte-parole du gouvernement japonais",
           "« ne constituent en aucun cas des représailles »"),
        *S("Washington", "USA", "KOR JPN", "neutral", "indirect", "a appelé",
           "Séoul et Tokyo à « surmonter leurs différends »"),
        *S("la Chine", "CHN", "KOR", "positive", "indirect", "n'a pas exclu",
           "de renforcer sa coopération avec la Corée du Sud"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-02-15-philippines-canada-dechets"] = dict(
    mentions="""
MANILLE | LOC
AFP | ORG
Philippines | LOC | PHL
Canada | LOC | CAN
Malacañang | LOC | PHL
Ottawa | LOC | CAN
Carlo Mendoza | PER | PHL
Ottawa | LOC | CAN
Manille | LOC | PHL
Manille | LOC | PHL
Ottawa | LOC | CAN
Canada | LOC | CAN
Julie Lavoie | PER | CAN
Manille | LOC | PHL
Malaisie | LOC | MYS
Manille | LOC | PHL
Manille | LOC | PHL
Ottawa | LOC | CAN
""",
    statements=[
        *S("les Philippines", "PHL", "CAN", "negative", "act", "ont rappelé",
           "leur ambassadeur et leurs consuls au Canada"),
        *S("Malacañang", "PHL", "CAN", "negative", "indirect", "accusant",
           "Ottawa de « traîner des pieds »"),
        *S("Carlo Mendoza", "PHL", "CAN", "negative", "indirect", "Il a en outre dénoncé",
           "le « mépris » d'Ottawa envers « un pays ami »"),
        *S("Ottawa", "CAN", "PHL", "negative", "indirect", "a dit « regretter »", "la décision philippine"),
        *S("Julie Lavoie", "CAN", "PHL", "positive", "direct", "a déclaré",
           "Le Canada est déterminé à trouver une solution avec nos partenaires philippins"),
        *S("la Malaisie", "MYS", "PHL", "positive", "indirect", "a apporté son soutien",
           "a apporté son soutien à Manille"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-02-02-haiti-republique-dominicaine-cloture"] = dict(
    mentions="""
PORT-AU-PRINCE | LOC
AFP | ORG
Haïti | LOC | HTI
Saint-Domingue | LOC | DOM
ministère haïtien des Affaires étrangères | ORG | HTI
Frantz Étienne | PER | HTI
Saint-Domingue | LOC | DOM
Saint-Domingue | LOC | DOM
Communauté caribéenne | ORG | CARICOM
Caricom | ORG | CARICOM
Haïti | LOC | HTI
Port-au-Prince | LOC | HTI
Saint-Domingue | LOC | DOM
Etats-Unis | LOC | USA
République dominicaine | LOC | DOM
Haut-Commissariat des Nations unies pour les réfugiés | ORG | UN
HCR | ORG | UN
République dominicaine | LOC | DOM
""",
    statements=[
        *S("Haïti", "HTI", "DOM", "negative", "act", "a convoqué", "le chargé d'affaires dominicain"),
        *S("le ministère haïtien des Affaires étrangères", "HTI", "DOM", "negative", "act",
           "Dans une note remise au diplomate", "qualifie le projet de « geste inamical »"),
        *S("Frantz Étienne", "HTI", "DOM", "negative", "indirect", "Il a appelé",
           "Saint-Domingue à « renoncer » à un projet"),
        *S("le président dominicain", "DOM", "HTI", "negative", "indirect", "a rejeté ces critiques",
           "Le président dominicain a rejeté ces critiques"),
        *S("la Communauté caribéenne", "CARICOM", "HTI DOM", "neutral", "indirect", "appelé",
           "Port-au-Prince et Saint-Domingue à « un dialogue constructif »"),
        *S("les Etats-Unis", "USA", "DOM", "positive", "indirect", "ont pour leur part salué",
           "la « coopération » de la République dominicaine"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-07-31-athletisme-semi-marathon-bogota"] = dict(
    mentions="""
BOGOTA | LOC
AFP | ORG
Ethiopie | LOC | ETH
Bogota | LOC
Tigist Alemu | PER
Kenenisa Worku | PER
Tigist Alemu | PER
Mercy Chebet | PER
Kenya | LOC | KEN
Angela Rincón | PER
Colombie | LOC | COL
Addis Abeba | LOC
Kenenisa Worku | PER
Joshua Kiprotich | PER
Ouganda | LOC | UGA
Daniel Kipchumba | PER
Kenya | LOC | KEN
World Athletics | ORG
Amérique latine | LOC
""",
    statements=[],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-10-12-archeologie-perou-momie"] = dict(
    mentions="""
LIMA | LOC
AFP | ORG
Cajamarca | LOC
Andes | LOC
Pérou | LOC | PER
ministère péruvien de la Culture | ORG | PER
AFP | ORG
Rosa Huamán | PER
Université nationale de Cajamarca | ORG
Université de Bonn | ORG
Allemagne | LOC | DEU
Université de Tokyo | ORG
Chili | LOC | CHL
Bolivie | LOC | BOL
Huamán | PER
musée Larco | LOC
Lima | LOC
""",
    statements=[],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-11-16-typhon-vietnam-philippines"] = dict(
    mentions="""
HANOÏ | LOC
AFP | ORG
Vietnam | LOC | VNM
Philippines | LOC | PHL
Quang Ngai | LOC
Centre national de prévision hydrométéorologique | ORG | VNM
Hué | LOC
Nguyen Duc Hoa | PER | VNM
Hanoï | LOC | VNM
Da Nang | LOC
Philippines | LOC | PHL
Pagasa | ORG | PHL
Luzon | LOC
Manille | LOC
Vietnam | LOC | VNM
Hauts Plateaux du Centre | LOC
Association vietnamienne du café et du cacao | ORG
Bangkok | LOC
Thaïlande | LOC | THA
Fédération internationale des sociétés de la Croix-Rouge | ORG
Organisation météorologique mondiale | ORG | UN
""",
    statements=[],
)
