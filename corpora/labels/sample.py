"""Labels of the sample set (texts in corpora/sample/).

Read by scripts/make_gold.py; see corpora/labels/README.md for the format.
Conventions are in corpora/README.md ("Annotation decisions").
"""
from make_gold import S

DOCS: dict[str, dict] = {}

# ---------------------------------------------------------------------------
DOCS["afp-2023-03-14-sahel-niger"] = dict(
    mentions="""
Niamey | LOC
AFP | ORG
Niger | LOC | NER
France | LOC | FRA
Tillabéri | LOC
Mali | LOC | MLI
Burkina Faso | LOC | BFA
Moussa Garba | PER | NER
Niamey | LOC
Paris | LOC | FRA
Niamey | LOC
Paris | LOC | FRA
Bamako | LOC | MLI
Mali | LOC | MLI
France | LOC | FRA
Quai d'Orsay | LOC | FRA
France | LOC | FRA
Sahel | LOC
ministère français des Affaires étrangères | ORG | FRA
Claire Dumont | PER | FRA
AFP | ORG
Communauté économique des Etats d'Afrique de l'Ouest | ORG | ECOWAS
Cédéao | ORG | ECOWAS
Abuja | LOC
Bamako | LOC | MLI
Union africaine | ORG | AU
UA | ORG | AU
Tillabéri | LOC
Niger | LOC | NER
France | LOC | FRA
Mali | LOC | MLI
""",
    statements=[
        *S("le Niger", "NER", "FRA", "positive", "indirect", "a salué",
           "l'appui aérien fourni par la France"),
        *S("Moussa Garba", "NER", "FRA", "positive", "direct", "a déclaré",
           "Nous remercions Paris pour sa réactivité et nous souhaitons approfondir cette coopération"),
        *S("la junte au pouvoir au Mali", "MLI", "FRA", "negative", "indirect", "a de nouveau accusé",
           "la France de « violer l'espace aérien » malien"),
        *S("le Quai d'Orsay", "FRA", "MLI", "negative", "indirect", "a qualifiées de",
           "des accusations que le Quai d'Orsay a qualifiées de « grossières manipulations »"),
        *S("Claire Dumont", "FRA", "MLI", "negative", "direct", "a répondu",
           "Ces allégations sont sans fondement"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-04-05-ukraine-conseil-securite"] = dict(
    mentions="""
New York | LOC
AFP | ORG
Ukraine | LOC | UKR
Russie | LOC | RUS
Conseil de sécurité de l'ONU | ORG | UN
Moscou | LOC | RUS
Kiev | LOC | UKR
Oleksandr Tkatchenko | PER | UKR
Russie | LOC | RUS
Conseil des droits de l'homme | ORG | UN
Tkatchenko | PER | UKR
France | LOC | FRA
Royaume-Uni | LOC | GBR
Nations unies | ORG | UN
Viktor Sokolov | PER | RUS
Otan | ORG | NATO
Ukraine | LOC | UKR
ONU | ORG | UN
Russie | LOC | RUS
Ukraine | LOC | UKR
Etats-Unis | LOC | USA
Karen Whitfield | PER | USA
Washington | LOC | USA
Russie | LOC | RUS
Moscou | LOC | RUS
Genève | LOC
Washington | LOC | USA
Kiev | LOC
Chine | LOC | CHN
Russie | LOC | RUS
Ukraine | LOC | UKR
Moscou | LOC | RUS
Kremlin | LOC | RUS
Anton Belov | PER | RUS
Kiev | LOC | UKR
Russie | LOC | RUS
""",
    statements=[
        *S("l'Ukraine", "UKR", "RUS", "negative", "indirect", "a accusé",
           "la Russie de « crimes de guerre »"),
        *S("Moscou", "RUS", "UKR", "negative", "indirect", "dénonçant en retour",
           "une « provocation » orchestrée par Kiev"),
        *S("Oleksandr Tkatchenko", "UKR", "RUS", "negative", "direct", "a déclaré",
           "n'a pas d'autre nom que celui de crimes de guerre, et leurs auteurs devront en répondre"),
        *S("Oleksandr Tkatchenko", "UKR", "FRA GBR", "positive", "indirect", "a par ailleurs remercié",
           "remercié la France et le Royaume-Uni pour leur « soutien indéfectible »"),
        *S("Viktor Sokolov", "RUS", "UKR", "negative", "direct", "a rejeté ces accusations en bloc",
           "Il s'agit d'une mise en scène grossière, destinée à saboter les négociations"),
        *S("Viktor Sokolov", "RUS", "NATO", "negative", "indirect", "accusant également",
           "l'Otan de « prolonger le conflit »"),
        *S("le secrétaire général de l'ONU", "UN", "RUS UKR", "neutral", "indirect", "Il a appelé",
           "la Russie et l'Ukraine à « faire taire les armes »"),
        *S("Karen Whitfield", "USA", "RUS", "negative", "indirect", "a annoncé",
           "Moscou avait « perdu toute légitimité »"),
        *S("Washington", "USA", "RUS", "negative", "attribution", "Selon Washington",
           "les forces russes ont « délibérément visé » des civils"),
        *S("la Chine", "CHN", "RUS UKR", "neutral", "indirect", "a appelé",
           "la Russie et l'Ukraine à « poursuivre le dialogue »"),
        *S("Anton Belov", "RUS", "UKR", "negative", "indirect", "a jugé",
           "« absurde » la demande de Kiev"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-05-21-chine-etats-unis-semiconducteurs"] = dict(
    mentions="""
Pékin | LOC
AFP | ORG
Chine | LOC | CHN
Washington | LOC | USA
Etats-Unis | LOC | USA
Chine | LOC | CHN
Wang Bo | PER | CHN
Wang | PER | CHN
Washington | LOC | USA
Tokyo | LOC | JPN
La Haye | LOC | NLD
département américain du Commerce | ORG | USA
Armée populaire de libération | ORG | CHN
Washington | LOC | USA
Pékin | LOC | CHN
Etats-Unis | LOC | USA
Tokyo | LOC | JPN
La Haye | LOC | NLD
ministère japonais de l'Economie | ORG | JPN
Bruxelles | LOC | EU
Commission européenne | ORG | EU
Washington | LOC | USA
AFP | ORG
Pieter Van Damme | PER | EU
SMIC | ORG
Pékin | LOC
Emily Carter | PER | USA
""",
    statements=[
        *S("la Chine", "CHN", "USA", "negative", "indirect", "a dénoncé",
           "accusant Washington de vouloir « étouffer » son développement technologique"),
        *S("Wang Bo", "CHN", "USA", "negative", "direct", "a déclaré",
           "Les Etats-Unis abusent de la notion de sécurité nationale pour mener une répression économique contre la Chine"),
        *S("Wang Bo", "CHN", "JPN NLD", "negative", "indirect", "mis en garde",
           "Tokyo et La Haye contre toute tentative de « s'aligner aveuglément »"),
        *S("le département américain du Commerce", "USA", "CHN", "negative", "act", "a annoncé",
           "l'ajout de 22 entités chinoises, dont plusieurs laboratoires liés à l'Armée populaire de libération, à sa liste noire commerciale"),
        *S("Washington", "USA", "CHN", "negative", "attribution", "Selon Washington",
           "ces entités contribuent à la modernisation militaire de Pékin"),
        *S("Tokyo", "JPN", "USA", "positive", "indirect", "ont salué",
           "ont salué la décision américaine"),
        *S("La Haye", "NLD", "USA", "positive", "indirect", "ont salué",
           "ont salué la décision américaine"),
        *S("le ministère japonais de l'Economie", "JPN", "USA", "positive", "direct", "a indiqué",
           "Nous partageons pleinement les préoccupations de nos partenaires américains"),
        *S("Pieter Van Damme", "EU", "USA", "neutral", "direct", "a déclaré",
           "La Commission européenne « prend note » des mesures annoncées par Washington"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-03-02-iran-aiea"] = dict(
    mentions="""
Vienne | LOC
AFP | ORG
Agence internationale de l'énergie atomique | ORG | IAEA
AIEA | ORG | IAEA
Iran | LOC | IRN
Téhéran | LOC | IRN
AFP | ORG
Iran | LOC | IRN
Ispahan | LOC
Iran | LOC | IRN
AIEA | ORG | IAEA
Reza Karimi | PER | IRN
Conseil des gouverneurs de l'AIEA | ORG | IAEA
Paris | LOC | FRA
Londres | LOC | GBR
Berlin | LOC | DEU
Iran | LOC | IRN
Plan d'action global commun | MISC
JCPOA | MISC
Moscou | LOC | RUS
Téhéran | LOC | IRN
Iran | LOC | IRN
Vienne | LOC
Mikhaïl Orlov | PER | RUS
Paris | LOC | FRA
Londres | LOC | GBR
Berlin | LOC | DEU
Israël | LOC | ISR
AIEA | ORG | IAEA
ministère israélien des Affaires étrangères | ORG | ISR
Iran | LOC | IRN
Turquie | LOC | TUR
Iran | LOC | IRN
Téhéran | LOC | IRN
AIEA | ORG | IAEA
""",
    statements=[
        *S("l'AIEA", "IAEA", "IRN", "negative", "indirect", "s'est dite",
           "« gravement préoccupée » par la découverte de traces d'uranium sur un site non déclaré en Iran"),
        *S("Téhéran", "IRN", "IAEA", "negative", "indirect", "dénonçant aussitôt",
           "un rapport « politiquement motivé »"),
        *S("le directeur général de l'AIEA", "IAEA", "IRN", "negative", "direct", "a déclaré",
           "L'Iran doit coopérer pleinement et sans délai avec nos inspecteurs"),
        *S("Reza Karimi", "IRN", "IAEA", "negative", "direct", "a rejeté ces conclusions",
           "L'agence se laisse instrumentaliser par le régime sioniste"),
        *S("Reza Karimi", "IRN", "ISR", "negative", "direct", "a-t-il affirmé",
           "le régime sioniste"),
        *S("Paris", "FRA", "IRN", "negative", "indirect", "ont appelé",
           "l'Iran à « mettre fin immédiatement » aux activités contraires au Plan d'action global commun"),
        *S("Londres", "GBR", "IRN", "negative", "indirect", "ont appelé",
           "l'Iran à « mettre fin immédiatement » aux activités contraires au Plan d'action global commun"),
        *S("Berlin", "DEU", "IRN", "negative", "indirect", "ont appelé",
           "l'Iran à « mettre fin immédiatement » aux activités contraires au Plan d'action global commun"),
        *S("Moscou", "RUS", "IRN", "positive", "indirect", "a pris la défense",
           "a pris la défense de Téhéran"),
        *S("Mikhaïl Orlov", "RUS", "IRN", "positive", "direct", "a estimé",
           "L'Iran est un partenaire responsable"),
        *S("Mikhaïl Orlov", "RUS", "FRA GBR DEU", "negative", "indirect", "a accusé",
           "Paris, Londres et Berlin de « jeter de l'huile sur le feu »"),
        *S("Israël", "ISR", "IAEA", "positive", "indirect", "a pour sa part salué",
           "le travail « rigoureux » de l'AIEA"),
        *S("le ministère israélien des Affaires étrangères", "ISR", "IRN", "negative", "attribution",
           "Selon le ministère israélien des Affaires étrangères",
           "l'Iran « ment au monde entier »"),
        *S("la Turquie", "TUR", "IRN IAEA", "neutral", "indirect", "a appelé",
           "Téhéran et l'AIEA à « poursuivre le dialogue »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-06-08-inde-pakistan-cachemire"] = dict(
    mentions="""
SRINAGAR | LOC
Inde | LOC | IND
AFP | ORG
Inde | LOC | IND
Pakistan | LOC | PAK
Cachemire | LOC
Islamabad | LOC | PAK
ministère indien des Affaires étrangères | ORG | IND
Arvind Menon | PER | IND
New Delhi | LOC
Karnah | LOC
Kupwara | LOC
Islamabad | LOC | PAK
Inde | LOC | IND
Cachemire | LOC
ministère pakistanais des Affaires étrangères | ORG | PAK
New Delhi | LOC | IND
Washington | LOC | USA
Inde | LOC | IND
Pakistan | LOC | PAK
Chine | LOC | CHN
Islamabad | LOC | PAK
New Delhi | LOC | IND
Pakistan | LOC | PAK
ONU | ORG | UN
Cachemire | LOC
Inde | LOC | IND
Pakistan | LOC | PAK
""",
    statements=[
        *S("l'Inde", "IND", "PAK", "negative", "indirect", "a accusé",
           "le Pakistan d'avoir violé le cessez-le-feu au Cachemire"),
        *S("Islamabad", "PAK", "IND", "negative", "indirect", "a démenti toute responsabilité",
           "des accusations aussitôt rejetées par Islamabad"),
        *S("Arvind Menon", "IND", "PAK", "negative", "direct", "a déclaré",
           "Ces tirs non provoqués constituent une violation flagrante de l'accord de cessez-le-feu"),
        *S("l'armée indienne", "IND", "PAK", "negative", "attribution", "Selon l'armée indienne",
           "les obus, tirés depuis des positions pakistanaises"),
        *S("le ministère pakistanais des Affaires étrangères", "PAK", "IND", "negative", "direct", "a réagi",
           "L'Inde cherche à détourner l'attention de la situation des droits humains au Cachemire"),
        *S("Washington", "USA", "IND PAK", "neutral", "indirect", "a appelé",
           'l\'Inde et le Pakistan à "faire preuve de retenue"'),
        *S("la Chine", "CHN", "IND", "negative", "indirect", "a exhorté",
           'New Delhi à "cesser toute provocation"'),
        *S("la Chine", "CHN", "PAK", "positive", "indirect", "réaffirmé",
           'son "soutien indéfectible" au Pakistan'),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-03-26-bresil-france-orpaillage"] = dict(
    mentions="""
Belém | LOC
AFP | ORG
Emmanuel Macron | PER | FRA
Luiz Inácio Lula da Silva | PER | BRA
Belém | LOC
Amazonie | LOC
Oyapock | LOC
Guyane | LOC
Brésil | LOC | BRA
Brésil | LOC | BRA
France | LOC | FRA
Macron | PER | FRA
Lula | PER | BRA
France | LOC | FRA
Ana Ribeiro | PER | BRA
Paris | LOC | FRA
Union européenne | ORG | EU
Amérique du Sud | LOC
Macron | PER | FRA
São Paulo | LOC
Brasilia | LOC
Elysée | LOC | FRA
Saint-Georges-de-l'Oyapock | LOC
Jean-Marc Tiburce | PER
""",
    statements=[
        *S("Emmanuel Macron", "FRA", "BRA", "positive", "direct", "a déclaré",
           "Le Brésil est un partenaire stratégique de la France"),
        *S("Luiz Inácio Lula da Silva", "BRA", "FRA", "positive", "indirect", "a remercié",
           "la France pour son « soutien concret »"),
        *S("Luiz Inácio Lula da Silva", "BRA", "EU", "negative", "indirect", "a critiqué",
           "les « exigences environnementales » de l'Union européenne"),
        *S("Ana Ribeiro", "BRA", "FRA", "positive", "indirect", "a salué",
           "« une coopération sans précédent » avec Paris"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-02-20-afrique-du-sud-exercices-navals"] = dict(
    mentions="""
JOHANNESBURG | LOC
AFP | ORG
Afrique du Sud | LOC | ZAF
Russie | LOC | RUS
Chine | LOC | CHN
Washington | LOC | USA
Ukraine | LOC | UKR
Thandiwe Mokoena | PER | ZAF
Pretoria | LOC
Mokoena | PER | ZAF
Moscou | LOC | RUS
Pékin | LOC | CHN
Russie | LOC | RUS
Ukraine | LOC | UKR
département d'Etat | ORG | USA
Pretoria | LOC | ZAF
Russie | LOC | RUS
Ukraine | LOC | UKR
Russie | LOC | RUS
Pretoria | LOC
Durban | LOC
Richards Bay | LOC
Union africaine | ORG | AU
AFP | ORG
""",
    statements=[
        *S("l'Afrique du Sud", "ZAF", "USA", "negative", "indirect", "rejetant",
           "rejetant les critiques de Washington"),
        *S("Washington", "USA", "ZAF", "negative", "indirect", "qui y voit",
           "un signal ambigu"),
        *S("Thandiwe Mokoena", "ZAF", "RUS CHN", "positive", "indirect", "s'est félicitée",
           'la "coopération fructueuse" avec Moscou et Pékin'),
        *S("Thandiwe Mokoena", "ZAF", "RUS UKR", "neutral", "indirect", "en appelant",
           'la Russie et l\'Ukraine à "négocier de bonne foi"'),
        *S("le département d'Etat", "USA", "ZAF", "negative", "indirect", "appelant",
           'Pretoria à "reconsidérer" sa participation'),
        *S("le département d'Etat", "USA", "RUS", "negative", "direct", "avait fait part",
           "la Russie mène une guerre brutale et injustifiée contre l'Ukraine"),
        *S("l'ambassade de Russie à Pretoria", "RUS", "ZAF", "positive", "indirect", "a salué",
           '"l\'indépendance" de la politique étrangère sud-africaine'),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2019-10-12-coree-du-nord-missile"] = dict(
    mentions="""
Séoul | LOC
AFP | ORG
Corée du Nord | LOC | PRK
Washington | LOC | USA
Séoul | LOC | KOR
Conseil de sécurité de l'ONU | ORG | UN
Pyongyang | LOC | PRK
Japon | LOC | JPN
Corée du Nord | LOC | PRK
Pékin | LOC
Takeshi Moriyama | PER | JPN
Maison Blanche | LOC | USA
Corée du Sud | LOC | KOR
Japon | LOC | JPN
Washington | LOC
département d'Etat | ORG | USA
Jennifer Lowell | PER | USA
Pyongyang | LOC | PRK
KCNA | ORG | PRK
Kim Jong Un | PER | PRK
Etats-Unis | LOC | USA
Corée du Sud | LOC | KOR
Pékin | LOC | CHN
Pyongyang | LOC | PRK
Corée du Nord | LOC | PRK
Etats-Unis | LOC | USA
AFP | ORG
Conseil de sécurité | ORG | UN
""",
    statements=[
        *S("Séoul", "KOR", "PRK", "negative", "indirect", "a aussitôt condamné",
           "un « acte de provocation »"),
        *S("le Japon", "JPN", "PRK", "negative", "act", "a de son côté élevé une protestation formelle",
           "élevé une protestation formelle auprès de la Corée du Nord"),
        *S("Takeshi Moriyama", "JPN", "PRK", "negative", "direct", "a déclaré",
           "Ces tirs répétés constituent une grave menace pour la paix et la sécurité de notre pays"),
        *S("la Maison Blanche", "USA", "KOR JPN", "positive", "indirect", "a réaffirmé",
           "son « engagement inébranlable » en faveur de la défense de la Corée du Sud et du Japon"),
        *S("Jennifer Lowell", "USA", "PRK", "negative", "indirect", "a exhorté",
           "Pyongyang à « s'abstenir de toute nouvelle provocation »"),
        *S("KCNA", "PRK", "USA KOR", "negative", "indirect", "a présenté",
           "un « avertissement solennel » aux Etats-Unis et à la Corée du Sud"),
        *S("un porte-parole de la diplomatie chinoise", "CHN", "PRK USA", "neutral", "indirect", "a appelé",
           "la Corée du Nord et les Etats-Unis à « reprendre le dialogue le plus rapidement possible »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-09-28-algerie-maroc-sahara"] = dict(
    mentions="""
Alger | LOC
AFP | ORG
Algérie | LOC | DZA
France | LOC | FRA
Alger | LOC
Maroc | LOC | MAR
Dakhla | LOC
Sahara occidental | LOC
ministère algérien des Affaires étrangères | ORG | DZA
Paris | LOC | FRA
Nations unies | ORG | UN
Quai d'Orsay | LOC | FRA
France | LOC | FRA
Sahara occidental | LOC
François Lemaire | PER | FRA
Rabat | LOC | MAR
France | LOC | FRA
Dakhla | LOC
Karim Bennani | PER | MAR
Paris | LOC | FRA
Front Polisario | ORG
France | LOC | FRA
ONU | ORG | UN
Sahara occidental | LOC
Anders Lindqvist | PER | UN
Algérie | LOC | DZA
Maroc | LOC | MAR
Alger | LOC | DZA
Rabat | LOC | MAR
Algérie | LOC | DZA
Maroc | LOC | MAR
Rabat | LOC | MAR
""",
    statements=[
        *S("l'Algérie", "DZA", "FRA", "negative", "act", "a convoqué",
           "a convoqué jeudi l'ambassadeur de France à Alger"),
        *S("le ministère algérien des Affaires étrangères", "DZA", "FRA", "negative", "direct", "a déclaré",
           "Cette présence constitue une atteinte grave au droit international"),
        *S("le Quai d'Orsay", "FRA", "DZA", "neutral", "indirect", "a dit « prendre note »",
           "« prendre note » de cette convocation"),
        *S("Rabat", "MAR", "FRA", "positive", "indirect", "a au contraire salué",
           "la venue du responsable français"),
        *S("Karim Bennani", "MAR", "FRA", "positive", "direct", "s'est félicité",
           "La présence de la France à Dakhla témoigne de la solidité de notre partenariat"),
        *S("Anders Lindqvist", "UN", "DZA MAR", "neutral", "indirect", "a appelé",
           "l'Algérie et le Maroc à « reprendre le dialogue »"),
        *S("l'Algérie", "DZA", "MAR", "negative", "indirect", "accusant",
           "le Maroc d'« actes hostiles »"),
        *S("Rabat", "MAR", "DZA", "negative", "indirect", "dément",
           "ce que Rabat dément"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2025-02-18-cpi-soudan"] = dict(
    mentions="""
La Haye | LOC
AFP | ORG
Cour pénale internationale | ORG | ICC
CPI | ORG | ICC
Ibrahim al-Tayeb | PER | SDN
Darfour | LOC
al-Tayeb | PER | SDN
CPI | ORG | ICC
Elise Marchal | PER | ICC
Port-Soudan | LOC
Soudan | LOC | SDN
Statut de Rome | MISC
Khaled Osman | PER | SDN
Union européenne | ORG | EU
Khartoum | LOC | SDN
La Haye | LOC
Union africaine | ORG | AU
UA | ORG | AU
CPI | ORG | ICC
Washington | LOC | USA
Statut de Rome | MISC
CPI | ORG | ICC
Forces de soutien rapide | ORG
FSR | ORG
ONU | ORG | UN
""",
    statements=[
        *S("la CPI", "ICC", "SDN", "negative", "act", "a émis",
           "un mandat d'arrêt contre un haut gradé de l'armée soudanaise"),
        *S("Elise Marchal", "ICC", "SDN", "negative", "direct", "a déclaré",
           "Le général al-Tayeb doit répondre des actes commis sous son commandement"),
        *S("le gouvernement soudanais", "SDN", "ICC", "negative", "indirect", "a rejeté",
           "dénoncé une « ingérence inacceptable » de la juridiction"),
        *S("Khaled Osman", "SDN", "ICC", "negative", "direct", "a affirmé",
           "Le Soudan n'est pas partie au Statut de Rome et ne coopérera pas"),
        *S("l'Union européenne", "EU", "ICC", "positive", "indirect", "a salué",
           "une « étape importante » dans la lutte contre l'impunité"),
        *S("la cheffe de la diplomatie européenne", "EU", "SDN", "negative", "indirect", "a appelé",
           "Khartoum à « coopérer pleinement »"),
        *S("l'Union africaine", "AU", "ICC", "negative", "indirect", "a en revanche demandé",
           "à la CPI de « suspendre » la procédure"),
        *S("Washington", "USA", "ICC", "negative", "act", "a imposé",
           "des sanctions contre plusieurs responsables de la CPI"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-05-18-oms-etats-unis-chine"] = dict(
    mentions="""
Genève | LOC
AFP | ORG
Etats-Unis | LOC | USA
Organisation mondiale de la santé | ORG | WHO
OMS | ORG | WHO
OMS | ORG | WHO
Chine | LOC | CHN
Pékin | LOC | CHN
Etats-Unis | LOC | USA
Zhang Lei | PER | CHN
Chine | LOC | CHN
OMS | ORG | WHO
Berlin | LOC | DEU
OMS | ORG | WHO
Markus Brenner | PER | DEU
OMS | ORG | WHO
Allemagne | LOC | DEU
France | LOC | FRA
Samuel Okafor | PER | WHO
OMS | ORG | WHO
Donald Trump | PER | USA
Etats-Unis | LOC | USA
""",
    statements=[
        *S("les Etats-Unis", "USA", "WHO", "negative", "indirect", "ont accusé",
           "l'Organisation mondiale de la santé (OMS) d'avoir « tardé » à alerter le monde"),
        *S("le secrétaire américain à la Santé", "USA", "WHO", "negative", "direct", "a déclaré",
           "L'OMS a failli à sa mission la plus fondamentale"),
        *S("le secrétaire américain à la Santé", "USA", "CHN", "negative", "indirect", "a également accusé",
           "la Chine d'avoir « dissimulé » l'ampleur de l'épidémie"),
        *S("Pékin", "CHN", "USA", "negative", "indirect", "a aussitôt dénoncé",
           "des « calomnies »"),
        *S("Zhang Lei", "CHN", "USA", "negative", "direct", "a réagi",
           "Les Etats-Unis cherchent à faire diversion pour masquer leurs propres échecs"),
        *S("Zhang Lei", "CHN", "WHO", "positive", "indirect", "a réaffirmé",
           "le « soutien ferme » de la Chine à l'OMS"),
        *S("Berlin", "DEU", "WHO", "positive", "indirect", "a également apporté son soutien",
           "apporté son soutien à l'organisation"),
        *S("Markus Brenner", "DEU", "WHO", "positive", "direct", "a souligné",
           "Nous avons besoin d'une OMS forte"),
        *S("le directeur général de l'OMS", "WHO", "DEU FRA", "positive", "indirect", "remercié",
           "l'Allemagne et la France pour leurs contributions financières « généreuses »"),
        *S("Donald Trump", "USA", "WHO", "negative", "act", "avait annoncé",
           "la suspension de la contribution des Etats-Unis à l'agence onusienne"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-10-25-g7-fmi-ukraine"] = dict(
    mentions="""
Washington | LOC
AFP | ORG
G7 | ORG | G7
Washington | LOC
Ukraine | LOC | UKR
Russie | LOC | RUS
Fonds monétaire international | ORG | IMF
FMI | ORG | IMF
FMI | ORG | IMF
Kiev | LOC | UKR
FMI | ORG | IMF
Serhiy Melnyk | PER | UKR
G7 | ORG | G7
FMI | ORG | IMF
Japon | LOC | JPN
Hiroshi Tanabe | PER | JPN
Downing Street | LOC | GBR
Kremlin | LOC | RUS
Moscou | LOC | RUS
Kremlin | LOC | RUS
Anton Belov | PER | RUS
Russie | LOC | RUS
""",
    statements=[
        *S("le G7", "G7", "UKR", "positive", "act", "ont finalisé",
           "les modalités d'un prêt de 50 milliards de dollars à l'Ukraine"),
        *S("le G7", "G7", "RUS", "negative", "direct", "ont affirmé",
           "La Russie doit payer pour les destructions qu'elle a causées"),
        *S("le FMI", "IMF", "UKR", "positive", "act", "a de son côté approuvé",
           "le versement d'une nouvelle tranche de 1,1 milliard de dollars à Kiev"),
        *S("la directrice générale du FMI", "IMF", "UKR", "positive", "direct", "a salué",
           "L'économie ukrainienne fait preuve d'une résilience remarquable malgré la guerre"),
        *S("Serhiy Melnyk", "UKR", "G7 IMF", "positive", "indirect", "a remercié",
           "le G7 et le FMI pour leur « soutien indéfectible »"),
        *S("Hiroshi Tanabe", "JPN", "UKR", "positive", "indirect", "a précisé",
           "Le Japon contribuera à hauteur de 3 milliards de dollars"),
        *S("Downing Street", "GBR", "RUS", "negative", "act", "a annoncé",
           "de nouvelles sanctions contre une trentaine de pétroliers de la « flotte fantôme » russe"),
        *S("le chef de la diplomatie britannique", "GBR", "RUS", "negative", "direct", "a déclaré",
           "Le Kremlin doit comprendre que notre détermination ne faiblira pas"),
        *S("Moscou", "RUS", "G7", "negative", "indirect", "a dénoncé",
           "un « vol » pur et simple"),
        *S("Anton Belov", "RUS", "G7", "negative", "direct", "a déclaré",
           "Ce sont des actes de piraterie qui ne resteront pas sans réponse"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2025-04-13-cyclisme-paris-roubaix"] = dict(
    mentions="""
ROUBAIX | LOC
AFP | ORG
Wout Lemmens | PER
Paris-Roubaix | MISC
Nordvik-Sportec | ORG
Enfer du Nord | MISC
Compiègne | LOC
Trouée d'Arenberg | LOC
Matteo Riva | PER
Lemmens | PER
Roubaix | LOC
Hugo Marchand | PER
Azur Cycling | ORG
Jonas Peeters | PER
Carrefour de l'Arbre | LOC
Lemmens | PER
Belgique | LOC | BEL
Lotte Vermeer | PER
Team Polderkracht | ORG
Amstel Gold Race | MISC
Pays-Bas | LOC | NLD
""",
    statements=[],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-10-05-estampes-japonaises-seattle"] = dict(
    mentions="""
Seattle | LOC
Etats-Unis | LOC | USA
AFP | ORG
La Grande Vague de Kanagawa | MISC
Hokusai | PER
Seattle Art Museum | LOC
musée des Confluences | LOC
Lyon | LOC
Le Monde flottant | MISC
Hiroshige | PER
Washington | LOC
Seattle | LOC
Margaret Sato | PER
Seattle | LOC
Tokyo | LOC
Japon | LOC | JPN
Lyon | LOC
Europe | LOC
Claire Fontanel | PER
Washington | LOC
National Gallery of Art | LOC
""",
    statements=[],
)
