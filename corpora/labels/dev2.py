"""Labels of the dev2 set (texts in corpora/dev2/).

Read by scripts/make_gold.py; see corpora/labels/README.md for the format.
Conventions are in corpora/README.md ("Annotation decisions", and the dev2
additions under "Documents: dev2").
"""
from make_gold import S

# Codes this set needs beyond make_gold.py's shared sets (ISO 3166-1 alpha-3).
STATE_ACTORS = {
    "ALB", "ARG", "AUS", "BGR", "BOL", "CHL", "CRI", "DJI", "DNK", "ERI", "EST", "ETH",
    "FIN", "FJI", "GEO", "GRC", "GTM", "GUY", "HND", "IRQ", "ISL", "KAZ", "KEN", "KGZ",
    "KHM", "KWT", "LAO", "LKA", "LTU", "LVA", "MDV", "MKD", "MOZ", "NOR", "NZL", "OMN",
    "PAN", "PER", "PNG", "QAT", "RWA", "SAU", "SUR", "SVK", "THA", "TJK", "TON", "TZA",
    "UGA", "URY", "UZB", "VEN", "VNM", "VUT", "WSM", "YEM", "ZWE",
}

# Organisation codes beyond make_gold.py's: the usual English acronym in capitals
# (shared/ANNOTATION.md); the same codes as data/actors/organisations.tsv where it has them.
ORG_ACTORS = {
    "OAS",        # Organisation des Etats américains (OEA)
    "MERCOSUR",   # Mercosur
    "CARICOM",    # Communauté caribéenne (Caricom)
    "WTO",        # Organisation mondiale du commerce (OMC) and its organs
    "EAC",        # Communauté d'Afrique de l'Est
    "AFDB",       # Banque africaine de développement
    "IGAD",       # Autorité intergouvernementale pour le développement (Igad)
    "SADC",       # Communauté de développement d'Afrique australe
    "LAS",        # Ligue arabe (League of Arab States)
    "GCC",        # Conseil de coopération du Golfe (CCG)
    "PIF",        # Forum des îles du Pacifique
    "SCO",        # Organisation de coopération de Shanghai (OCS)
    "MRC",        # Commission du Mékong (Mekong River Commission)
    "OSCE",       # Organisation pour la sécurité et la coopération en Europe
}

# Capitalised words that are not entities (sentence openers, "A" without accent,
# job titles such as "ministre du Commerce").
NOT_ENTITIES = {
    "A", "En", "Nos", "Cet", "Portés", "Près",          # sentence and quote openers
    "Premier",                                          # "Premier ministre"
    "Commerce", "Agriculture", "Information", "Pêche", "Elargissement",  # job titles
}

DOCS: dict[str, dict] = {}

# ---------------------------------------------------------------------------
DOCS["afp-2019-04-11-bolivie-chili-militaires"] = dict(
    mentions="""
LA PAZ | LOC
AFP | ORG
Bolivie | LOC | BOL
Pisiga | LOC
Santiago | LOC | CHL
Gonzalo Mamani | PER | BOL
Quemado | LOC
La Paz | LOC | BOL
La Moneda | LOC | CHL
Iquique | LOC
Santiago | LOC
Pérou | LOC | PER
La Paz | LOC | BOL
Santiago | LOC | CHL
Organisation des Etats américains | ORG | OAS
OEA | ORG | OAS
Santiago | LOC | CHL
Argentine | LOC | ARG
Bolivie | LOC | BOL
Chili | LOC | CHL
""",
    statements=[
        *S("la Bolivie", "BOL", "CHL", "negative", "indirect", "accusant",
           "Santiago d'avoir « violé » sa souveraineté"),
        *S("Gonzalo Mamani", "BOL", "CHL", "negative", "direct", "a déclaré",
           "Leur détention est illégale et nous ne l'accepterons pas"),
        *S("La Paz", "BOL", "CHL", "negative", "attribution", "Selon La Paz",
           "les carabiniers chiliens ont franchi la frontière pour interpeller les trois hommes"),
        *S("La Moneda", "CHL", "BOL", "negative", "indirect", "a répliqué",
           "les militaires avaient été arrêtés « en territoire chilien, armés et sans autorisation »"),
        *S("le gouvernement chilien", "CHL", "BOL", "negative", "act", "a par ailleurs indiqué",
           "ils seraient présentés vendredi à un juge d'Iquique pour « entrée illégale »"),
        *S("le président bolivien", "BOL", "CHL", "negative", "act", "a pour sa part annoncé",
           "le rappel « pour consultations » de son consul général à Santiago"),
        *S("le Pérou", "PER", "BOL CHL", "neutral", "indirect", "a appelé",
           "La Paz et Santiago à « régler cet incident par le dialogue »"),
        *S("le secrétaire général de l'Organisation des Etats américains", "OAS", "CHL", "neutral",
           "indirect", "a dit « prendre note »", "des explications de Santiago"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-02-04-argentine-royaume-uni-malouines"] = dict(
    mentions="""
BUENOS AIRES | LOC
AFP | ORG
Casa Rosada | LOC | ARG
Malouines | LOC
Argentine | LOC | ARG
Royaume-Uni | LOC | GBR
Buenos Aires | LOC
Richard Ashworth | PER | GBR
Argentine | LOC | ARG
Malouines | LOC
Martín Echeverría | PER | ARG
Buenos Aires | LOC | ARG
Comité spécial de la décolonisation de l'ONU | ORG | UN
Londres | LOC
Foreign Office | ORG | GBR
Buenos Aires | LOC | ARG
Falkland | LOC
Buenos Aires | LOC | ARG
ministère britannique des Affaires étrangères | ORG | GBR
Mercosur | ORG | MERCOSUR
Argentine | LOC | ARG
Chili | LOC | CHL
Londres | LOC | GBR
Argentine | LOC | ARG
Royaume-Uni | LOC | GBR
""",
    statements=[
        *S("la Casa Rosada", "ARG", "GBR", "negative", "indirect", "a dénoncé",
           "les manoeuvres militaires britanniques"),
        *S("la chancellerie argentine", "ARG", "GBR", "negative", "act", "a convoqué",
           "l'ambassadeur du Royaume-Uni à Buenos Aires"),
        *S("Martín Echeverría", "ARG", "GBR", "negative", "direct", "a déclaré",
           "Ces exercices sont un geste hostile envers toute la région"),
        *S("le Foreign Office", "GBR", "ARG", "negative", "indirect", "a rejeté",
           "les critiques de Buenos Aires"),
        *S("une porte-parole du ministère britannique des Affaires étrangères", "GBR", "ARG", "negative",
           "direct", "a réagi", "Buenos Aires doit la respecter"),
        *S("le Mercosur", "MERCOSUR", "ARG", "positive", "indirect", "a exprimé",
           "son « soutien » à l'Argentine"),
        *S("le Mercosur", "MERCOSUR", "GBR", "negative", "indirect", "La condamnation par le bloc",
           "ces « démonstrations de force » britanniques"),
        *S("le président argentin", "ARG", "MERCOSUR", "positive", "indirect", "a été saluée par",
           "qui y a vu « un geste de fraternité »"),
        *S("le président uruguayen", "URY", "GBR", "negative", "indirect", "a jugé",
           "« inopportunes » les manoeuvres britanniques"),
        *S("le Chili", "CHL", "ARG GBR", "neutral", "indirect", "s'est contenté d'appeler",
           "l'Argentine et le Royaume-Uni à « reprendre le dialogue »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-06-15-guyana-suriname-peche"] = dict(
    mentions="""
GEORGETOWN | LOC
AFP | ORG
Guyana | LOC | GUY
Paramaribo | LOC
Suriname | LOC | SUR
Corentyne | LOC
Rohan Persaud | PER | GUY
Georgetown | LOC | GUY
Paramaribo | LOC | SUR
Guyana | LOC | GUY
Communauté caribéenne | ORG | CARICOM
Caricom | ORG | CARICOM
Georgetown | LOC | GUY
Paramaribo | LOC | SUR
Port of Spain | LOC
Brasilia | LOC
Itamaraty | LOC | BRA
Paramaribo | LOC | SUR
Guyana | LOC | GUY
Venezuela | LOC | VEN
Tigri | LOC
Guyana | LOC | GUY
Suriname | LOC | SUR
""",
    statements=[
        *S("le Guyana", "GUY", "SUR", "negative", "act", "a rappelé",
           "son ambassadeur à Paramaribo pour consultations"),
        *S("Rohan Persaud", "GUY", "SUR", "negative", "direct", "a déclaré",
           "Nous exigeons leur libération et la restitution de leurs embarcations"),
        *S("Georgetown", "GUY", "SUR", "negative", "attribution", "Selon Georgetown",
           "les garde-côtes surinamais auraient en outre tiré des coups de semonce"),
        *S("Paramaribo", "SUR", "GUY", "negative", "indirect", "a démenti",
           "Paramaribo a démenti toute violation de la frontière"),
        *S("le ministère surinamais des Affaires étrangères", "SUR", "GUY", "negative", "attribution",
           "D'après le ministère surinamais des Affaires étrangères",
           'le Guyana "tente de modifier unilatéralement" un tracé'),
        *S("la Communauté caribéenne", "CARICOM", "GUY SUR", "neutral", "indirect", "a appelé",
           'Georgetown et Paramaribo à "la retenue"'),
        *S("le palais d'Itamaraty", "BRA", "SUR", "positive", "indirect", "a salué",
           'le "sang-froid" de Paramaribo'),
        *S("le palais d'Itamaraty", "BRA", "GUY", "negative", "indirect", "en invitant",
           'le Guyana à "éviter toute mesure unilatérale"'),
        *S("le Venezuela", "VEN", "GUY", "negative", "indirect", "revendique",
           "près des deux tiers du territoire guyanien"),
        *S("le Suriname", "SUR", "GUY", "negative", "indirect", "revendiquée par le Suriname",
           "administrée par le Guyana et revendiquée par le Suriname"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-11-25-omc-panama-costa-rica"] = dict(
    mentions="""
GENEVE | LOC
AFP | ORG
Organisation mondiale du commerce | ORG | WTO
OMC | ORG | WTO
Costa Rica | LOC | CRI
Panama | LOC | PAN
San José | LOC | CRI
Ana Lucía Ortega | PER | PAN
OMC | ORG | WTO
Costa Rica | LOC | CRI
Federico Solís | PER | CRI
San José | LOC | CRI
Organe d'appel de l'OMC | ORG | WTO
Guatemala | LOC | GTM
Honduras | LOC | HND
Union européenne | ORG | EU
Amérique centrale | LOC
Paso Canoas | LOC
""",
    statements=[
        *S("un groupe spécial de l'Organisation mondiale du commerce", "WTO", "CRI", "negative", "act",
           "a jugé", "contraires aux règles du commerce international les restrictions imposées par le Costa Rica"),
        *S("Ana Lucía Ortega", "PAN", "WTO", "positive", "indirect", "saluant",
           "« le sérieux et l'impartialité » des experts de l'OMC"),
        *S("Ana Lucía Ortega", "PAN", "CRI", "negative", "indirect", "Elle a appelé",
           "le Costa Rica à lever « sans attendre » ses restrictions"),
        *S("le gouvernement costaricien", "CRI", "WTO", "negative", "indirect", "a « regretté »",
           "une décision qui, selon lui, « ignore les preuves scientifiques »"),
        *S("le Guatemala", "GTM", "WTO", "positive", "indirect", "ont salué", "la décision des experts"),
        *S("le Honduras", "HND", "WTO", "positive", "indirect", "ont salué", "la décision des experts"),
        *S("l'Union européenne", "EU", "WTO", "neutral", "indirect", "a dit « prendre acte »",
           "du rapport"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2019-11-05-kenya-ouganda-tanzanie-commerce"] = dict(
    mentions="""
NAIROBI | LOC
AFP | ORG
Nairobi | LOC | KEN
Kampala | LOC | UGA
Tanzanie | LOC | TZA
Communauté d'Afrique de l'Est | ORG | EAC
EAC | ORG | EAC
Dodoma | LOC | TZA
Entebbe | LOC
Tanzanie | LOC | TZA
Dodoma | LOC | TZA
Nairobi | LOC | KEN
Kampala | LOC | UGA
Grace Mwakyusa | PER | TZA
Kenya | LOC | KEN
EAC | ORG | EAC
Arusha | LOC
Kenya | LOC | KEN
Ouganda | LOC | UGA
Tanzanie | LOC | TZA
Rwanda | LOC | RWA
Ouganda | LOC | UGA
Banque africaine de développement | ORG | AFDB
EAC | ORG | EAC
""",
    statements=[
        *S("Nairobi", "KEN", "TZA", "negative", "indirect", "ont dénoncé",
           "la décision de la Tanzanie de suspendre les importations de lait, de sucre et de volaille"),
        *S("Kampala", "UGA", "TZA", "negative", "indirect", "ont dénoncé",
           "la décision de la Tanzanie de suspendre les importations de lait, de sucre et de volaille"),
        *S("le chef de la diplomatie kényane", "KEN", "TZA", "negative", "direct", "a déclaré",
           "Cette décision unilatérale viole l'esprit et la lettre de nos engagements communs"),
        *S("la Communauté d'Afrique de l'Est", "EAC", "TZA", "negative", "indirect",
           "avait elle-même « condamné »", "des restrictions similaires imposées par Dodoma sur le bétail"),
        *S("le président ougandais", "UGA", "TZA", "negative", "indirect", "a pour sa part averti",
           "son pays pourrait « prendre des mesures de réciprocité » si la Tanzanie ne revenait pas sur sa décision"),
        *S("Dodoma", "TZA", "KEN UGA", "negative", "indirect", "a rejeté",
           "les critiques de Nairobi et de Kampala"),
        *S("Grace Mwakyusa", "TZA", "KEN", "negative", "indirect", "a accusé",
           "le Kenya de « subventionner massivement » ses exportations de lait"),
        *S("le secrétaire général de l'EAC", "EAC", "KEN UGA TZA", "neutral", "indirect", "appelant",
           "le Kenya, l'Ouganda et la Tanzanie à « privilégier la concertation »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-06-30-djibouti-erythree-frontiere"] = dict(
    mentions="""
DJIBOUTI | LOC
AFP | ORG
Djibouti | LOC | DJI
Erythrée | LOC | ERI
Ras Doumeira | LOC
mer Rouge | LOC
Qatar | LOC | QAT
Corne de l'Afrique | LOC
Moussa Ali Robleh | PER | DJI
Asmara | LOC | ERI
Djibouti | LOC | DJI
Tesfay Berhane | PER | ERI
Twitter | ORG
Autorité intergouvernementale pour le développement | ORG | IGAD
Igad | ORG | IGAD
Djibouti | LOC | DJI
Asmara | LOC | ERI
Qatar | LOC | QAT
Etats-Unis | LOC | USA
Ethiopie | LOC | ETH
Asmara | LOC | ERI
Ras Doumeira | LOC
""",
    statements=[
        *S("Djibouti", "DJI", "ERI", "negative", "indirect", "a accusé",
           "l'Erythrée d'avoir déployé des troupes dans la zone contestée de Ras Doumeira"),
        *S("les autorités djiboutiennes", "DJI", "ERI", "negative", "attribution",
           "D'après les autorités djiboutiennes",
           "une centaine de soldats érythréens auraient pris position depuis dimanche"),
        *S("Moussa Ali Robleh", "DJI", "ERI", "negative", "direct", "a affirmé",
           "Il s'agit d'une provocation délibérée"),
        *S("Asmara", "ERI", "DJI", "negative", "indirect", "a démenti",
           "Asmara a démenti « catégoriquement » toute incursion"),
        *S("Tesfay Berhane", "ERI", "DJI", "negative", "direct", "a déclaré",
           "Djibouti cherche à détourner l'attention de ses difficultés intérieures"),
        *S("l'Autorité intergouvernementale pour le développement", "IGAD", "DJI ERI", "neutral",
           "indirect", "a appelé",
           "Djibouti et Asmara à « faire preuve de la plus grande retenue »"),
        *S("l'Ethiopie", "ETH", "DJI", "negative", "indirect", "a en revanche estimé",
           "les accusations djiboutiennes « manquaient de preuves »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-08-12-mozambique-sadc-rwanda"] = dict(
    mentions="""
MAPUTO | LOC
AFP | ORG
Mozambique | LOC | MOZ
Communauté de développement d'Afrique australe | ORG | SADC
SADC | ORG | SADC
Rwanda | LOC | RWA
Cabo Delgado | LOC
Quiterajo | LOC
SADC | ORG | SADC
Rwanda | LOC | RWA
Pemba | LOC
SADC | ORG | SADC
Naledi Mokoena | PER | SADC
Maputo | LOC | MOZ
Kigali | LOC | RWA
Maputo | LOC | MOZ
Tanzanie | LOC | TZA
Maputo | LOC | MOZ
Rovuma | LOC
Afrique du Sud | LOC | ZAF
Etat islamique | ORG
Pretoria | LOC | ZAF
SADC | ORG | SADC
Lilongwe | LOC
Union africaine | ORG | AU
ONU | ORG | UN
""",
    statements=[
        *S("le Mozambique", "MOZ", "SADC RWA", "positive", "indirect", "a remercié",
           "la Communauté de développement d'Afrique australe (SADC) et le Rwanda pour l'envoi de troupes"),
        *S("le président mozambicain", "MOZ", "SADC RWA", "positive", "direct", "a déclaré",
           "Sans la solidarité de nos frères de la SADC et du Rwanda, cette victoire n'aurait pas été possible"),
        *S("Naledi Mokoena", "SADC", "MOZ", "positive", "indirect", "a félicité",
           "Maputo pour une coopération « exemplaire »"),
        *S("Kigali", "RWA", "MOZ", "positive", "indirect", "a de son côté assuré",
           "ses soldats resteraient « aussi longtemps que Maputo le souhaitera »"),
        *S("Maputo", "MOZ", "TZA", "positive", "indirect", "a elle aussi été remerciée par Maputo",
           "La Tanzanie voisine a elle aussi été remerciée par Maputo"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2019-10-25-zimbabwe-sanctions-sadc"] = dict(
    mentions="""
HARARE | LOC
AFP | ORG
Harare | LOC
Washington | LOC | USA
Zimbabwe | LOC | ZWE
Donald Trump | PER | USA
Etats-Unis | LOC | USA
Washington | LOC | USA
Communauté de développement d'Afrique australe | ORG | SADC
SADC | ORG | SADC
Etats-Unis | LOC | USA
Union européenne | ORG | EU
Union européenne | ORG | EU
Harare | LOC | ZWE
UE | ORG | EU
Zimbabwe | LOC | ZWE
Afrique du Sud | LOC | ZAF
Harare | LOC | ZWE
Thandi Nkosi | PER | ZAF
Chine | LOC | CHN
""",
    statements=[
        *S("Washington", "USA", "ZWE", "negative", "act", "la décision de Washington",
           "de prolonger d'un an ses mesures visant le Zimbabwe"),
        *S("Donald Trump", "USA", "ZWE", "negative", "act", "a reconduit",
           "le décret imposant des sanctions financières à une centaine de dirigeants et d'entreprises zimbabwéens"),
        *S("le président zimbabwéen", "ZWE", "USA", "negative", "direct", "a lancé",
           "Washington doit les lever sans condition"),
        *S("la Communauté de développement d'Afrique australe", "SADC", "USA EU", "negative", "indirect",
           "a de nouveau appelé",
           "les Etats-Unis et l'Union européenne à lever « immédiatement » leurs mesures"),
        *S("l'Union européenne", "EU", "ZWE", "negative", "indirect", "a estimé",
           "la balle était « dans le camp de Harare »"),
        *S("le porte-parole de la délégation de l'UE au Zimbabwe", "EU", "ZWE", "negative", "direct",
           "a déclaré", "Les réformes politiques promises n'ont toujours pas été mises en oeuvre"),
        *S("l'Afrique du Sud", "ZAF", "ZWE", "positive", "indirect", "a apporté son soutien",
           "a apporté son soutien à Harare"),
        *S("Thandi Nkosi", "ZAF", "USA", "negative", "indirect", "jugeant",
           "« contre-productives » les sanctions américaines"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-09-15-irak-turquie-frappe-sinjar"] = dict(
    mentions="""
BAGDAD | LOC
AFP | ORG
Irak | LOC | IRQ
Sinjar | LOC
Bagdad | LOC | IRQ
ministère irakien des Affaires étrangères | ORG | IRQ
Kurdistan | LOC
Ankara | LOC | TUR
Bagdad | LOC | IRQ
Parti des travailleurs du Kurdistan | ORG
PKK | ORG
Turquie | LOC | TUR
ministère turc de la Défense | ORG | TUR
Ligue arabe | ORG | LAS
Iran | LOC | IRN
Ankara | LOC | TUR
Irak | LOC | IRQ
Erbil | LOC
Kurdistan | LOC
PKK | ORG
Etats-Unis | LOC | USA
Bagdad | LOC | IRQ
Ankara | LOC | TUR
ONU | ORG | UN
Kurdistan | LOC
Sinjar | LOC
""",
    statements=[
        *S("l'Irak", "IRQ", "TUR", "negative", "act", "a convoqué", "le chargé d'affaires turc"),
        *S("Bagdad", "IRQ", "TUR", "negative", "indirect", "dénonçant",
           "une « violation flagrante » de sa souveraineté"),
        *S("le ministère irakien des Affaires étrangères", "IRQ", "TUR", "negative", "act",
           "a remis au diplomate", "une note de protestation exigeant des « excuses officielles »"),
        *S("Ankara", "TUR", "IRQ", "negative", "indirect", "a rejeté", "les accusations de Bagdad"),
        *S("la Ligue arabe", "LAS", "TUR", "negative", "indirect", "La condamnation par la Ligue arabe",
           "cette « agression »"),
        *S("le Premier ministre irakien", "IRQ", "LAS", "positive", "indirect", "a été saluée par",
           "La condamnation par la Ligue arabe de cette « agression » a été saluée"),
        *S("l'Iran", "IRN", "TUR", "negative", "indirect", "a appelé",
           "Ankara à « respecter l'intégrité territoriale de l'Irak »"),
        *S("les Etats-Unis", "USA", "IRQ TUR", "neutral", "indirect", "ont appelé",
           "Bagdad et Ankara à « coopérer »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-10-05-oman-yemen-prisonniers"] = dict(
    mentions="""
MASCATE | LOC
AFP | ORG
Oman | LOC | OMN
Mascate | LOC
Oman | LOC | OMN
Ahmed Saleh al-Ariqi | PER | YEM
Aden | LOC
Arabie saoudite | LOC | SAU
Yémen | LOC | YEM
Mascate | LOC | OMN
Conseil de coopération du Golfe | ORG | GCC
CCG | ORG | GCC
Khalid al-Mansouri | PER | GCC
Oman | LOC | OMN
Sanaa | LOC
Ryad | LOC | SAU
ONU | ORG | UN
Yémen | LOC | YEM
Oman | LOC | OMN
Arabie saoudite | LOC | SAU
Comité international de la Croix-Rouge | ORG
CICR | ORG
Sanaa | LOC
Aden | LOC
Ryad | LOC
CICR | ORG
Téhéran | LOC | IRN
""",
    statements=[
        *S("le gouvernement yéménite", "YEM", "OMN", "positive", "indirect", "a remercié",
           "le sultanat d'Oman pour sa médiation"),
        *S("Ahmed Saleh al-Ariqi", "YEM", "OMN", "positive", "direct", "a déclaré",
           "Oman a une nouvelle fois prouvé qu'il était un artisan de paix"),
        *S("l'Arabie saoudite", "SAU", "OMN", "positive", "indirect", "a salué",
           "« les efforts sincères » de Mascate"),
        *S("Khalid al-Mansouri", "GCC", "OMN", "positive", "indirect", "a également remercié",
           "le sultan d'Oman pour son « rôle constructif »"),
        *S("l'envoyé spécial de l'ONU pour le Yémen", "UN", "OMN SAU", "positive", "indirect", "remercié",
           "Oman et l'Arabie saoudite pour leur « engagement »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2025-04-14-tempete-de-sable-golfe"] = dict(
    mentions="""
KOWEIT | LOC
AFP | ORG
Golfe | LOC
Koweït | LOC | KWT
Irak | LOC | IRQ
Dammam | LOC
Arabie saoudite | LOC | SAU
Doha | LOC
AFP | ORG
Hassan al-Obaidi | PER | KWT
Irak | LOC | IRQ
ministère irakien de la Santé | ORG | IRQ
Bagdad | LOC
Bassora | LOC
Nadjaf | LOC
Iran | LOC | IRN
Khouzestan | LOC
Coupe d'Asie | MISC
Koweït | LOC | KWT
Arabie saoudite | LOC | SAU
Fédération koweïtienne de football | ORG
Organisation météorologique mondiale | ORG | UN
OMM | ORG | UN
Moyen-Orient | LOC
""",
    statements=[],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-07-12-vanuatu-chine-port"] = dict(
    mentions="""
PORT-VILA | LOC
AFP | ORG
Vanuatu | LOC | VUT
Chine | LOC | CHN
Luganville | LOC
Australie | LOC | AUS
Vanuatu | LOC | VUT
Moses Taleo | PER | VUT
Parlement | ORG | VUT
Canberra | LOC | AUS
Canberra | LOC | AUS
Pékin | LOC | CHN
Pacifique Sud | LOC
Port-Vila | LOC | VUT
Pékin | LOC | CHN
Vanuatu | LOC | VUT
Canberra | LOC | AUS
Forum des îles du Pacifique | ORG | PIF
Taleo | PER | VUT
Nouvelle-Zélande | LOC | NZL
Australie | LOC | AUS
Fidji | LOC | FJI
Port-Vila | LOC | VUT
Luganville | LOC
Espiritu Santo | LOC
""",
    statements=[
        *S("le Vanuatu", "VUT", "AUS", "negative", "indirect", "rejetant", "les critiques de l'Australie"),
        *S("Moses Taleo", "VUT", "AUS", "negative", "indirect", "Il a accusé",
           "Canberra de « paternalisme »"),
        *S("Canberra", "AUS", "CHN", "negative", "attribution", "Selon Canberra",
           "Pékin chercherait à installer « à terme » une base navale dans le Pacifique Sud"),
        *S("la ministre australienne des Affaires étrangères", "AUS", "VUT", "negative", "indirect",
           "a averti", "Port-Vila que l'aide de son pays, premier bailleur de fonds de l'archipel, "
           "pourrait être « réexaminée »"),
        *S("Pékin", "CHN", "VUT", "positive", "indirect", "a au contraire salué",
           "« un partenariat gagnant-gagnant » avec le Vanuatu"),
        *S("Pékin", "CHN", "AUS", "negative", "indirect", "dénoncé",
           "la « mentalité de guerre froide » de Canberra"),
        *S("la Nouvelle-Zélande", "NZL", "AUS", "positive", "indirect", "a dit",
           "« partager les préoccupations » de l'Australie"),
        *S("les Fidji", "FJI", "VUT", "positive", "indirect", "ont estimé",
           "Port-Vila avait « parfaitement le droit » de choisir ses partenaires"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-03-19-kirghizstan-tadjikistan-frontiere"] = dict(
    mentions="""
BICHKEK | LOC
AFP | ORG
Kirghizstan | LOC | KGZ
Tadjikistan | LOC | TJK
Ferghana | LOC
Bichkek | LOC | KGZ
Kök-Tash | LOC
Douchanbé | LOC | TJK
Kirghizstan | LOC | KGZ
Rustam Nazarov | PER | TJK
Nazarov | PER | TJK
Douchanbé | LOC | TJK
ministère kirghiz de la Santé | ORG | KGZ
Moscou | LOC | RUS
Bichkek | LOC | KGZ
Douchanbé | LOC | TJK
Organisation de coopération de Shanghai | ORG | SCO
OCS | ORG | SCO
Tachkent | LOC | UZB
Astana | LOC | KAZ
Kirghizstan | LOC | KGZ
Tadjikistan | LOC | TJK
""",
    statements=[
        *S("le Kirghizstan", "KGZ", "TJK", "negative", "indirect", "se sont mutuellement accusés",
           "d'avoir ouvert le feu les premiers"),
        *S("le Tadjikistan", "TJK", "KGZ", "negative", "indirect", "se sont mutuellement accusés",
           "d'avoir ouvert le feu les premiers"),
        *S("Bichkek", "KGZ", "TJK", "negative", "attribution", "Selon Bichkek",
           "des gardes-frontières tadjiks ont tiré sur une patrouille kirghize"),
        *S("Douchanbé", "TJK", "KGZ", "negative", "attribution", "D'après Douchanbé",
           "ce sont au contraire des soldats kirghiz qui ont « pénétré illégalement » en territoire tadjik"),
        *S("Rustam Nazarov", "TJK", "KGZ", "negative", "direct", "a affirmé",
           "Nous tenons le Kirghizstan pour entièrement responsable de cette provocation"),
        *S("le président kirghiz", "KGZ", "TJK", "negative", "indirect", "appelé",
           "Douchanbé à « retirer immédiatement » ses unités de la zone contestée"),
        *S("Moscou", "RUS", "KGZ TJK", "neutral", "indirect", "a appelé",
           "Bichkek et Douchanbé à « faire preuve de retenue »"),
        *S("Tachkent", "UZB", "KGZ TJK", "neutral", "indirect", "ont appelé",
           "le Kirghizstan et le Tadjikistan à « régler leur différend par la voie diplomatique »"),
        *S("Astana", "KAZ", "KGZ TJK", "neutral", "indirect", "ont appelé",
           "le Kirghizstan et le Tadjikistan à « régler leur différend par la voie diplomatique »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2025-09-09-sri-lanka-navire-chinois"] = dict(
    mentions="""
COLOMBO | LOC
AFP | ORG
Sri Lanka | LOC | LKA
Hambantota | LOC
Inde | LOC | IND
Pékin | LOC | CHN
Sri Lanka | LOC | LKA
Nimal Jayawardena | PER | LKA
Colombo | LOC | LKA
New Delhi | LOC | IND
Pékin | LOC | CHN
Pékin | LOC
ministère chinois des Affaires étrangères | ORG | CHN
Colombo | LOC | LKA
Chine | LOC | CHN
Sri Lanka | LOC | LKA
ministère indien des Affaires étrangères | ORG | IND
New Delhi | LOC | IND
océan Indien | LOC
Etats-Unis | LOC | USA
Maldives | LOC | MDV
Chine | LOC | CHN
Hambantota | LOC
""",
    statements=[
        *S("l'Inde", "IND", "LKA", "positive", "indirect", "saluée par l'Inde",
           "une décision saluée par l'Inde"),
        *S("Pékin", "CHN", "LKA", "negative", "indirect", "vivement regrettée par Pékin",
           "vivement regrettée par Pékin"),
        *S("Colombo", "LKA", "IND CHN", "neutral", "indirect", "a appelé",
           "New Delhi et Pékin à « respecter la neutralité » de l'île"),
        *S("la porte-parole du ministère chinois des Affaires étrangères", "CHN", "LKA", "negative",
           "indirect", "a jugé", "la décision « regrettable »"),
        *S("le ministère indien des Affaires étrangères", "IND", "LKA", "positive", "indirect", "a salué",
           "une « décision responsable »"),
        *S("New Delhi", "IND", "CHN", "negative", "indirect", "avait exprimé",
           "ses inquiétudes sur les « activités de surveillance » des navires chinois"),
        *S("les Maldives", "MDV", "CHN", "positive", "indirect", "ont quant à elles annoncé",
           "maintiendraient leur coopération scientifique avec la Chine"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-03-08-mekong-laos-barrage"] = dict(
    mentions="""
PHNOM PENH | LOC
AFP | ORG
Hanoï | LOC | VNM
Phnom Penh | LOC | KHM
Laos | LOC | LAO
Mékong | LOC
Mékong | LOC
Sokha Chenda | PER | KHM
Vietnam | LOC | VNM
Laos | LOC | LAO
Hanoï | LOC
Vientiane | LOC | LAO
Phou Ngoy | LOC
Bounmy Phommachanh | PER | LAO
ministère laotien des Affaires étrangères | ORG | LAO
Laos | LOC | LAO
Commission du Mékong | ORG | MRC
Vientiane | LOC
Thaïlande | LOC | THA
Chine | LOC | CHN
Laos | LOC | LAO
""",
    statements=[
        *S("Hanoï", "VNM", "LAO", "negative", "indirect", "ont demandé",
           "au Laos de suspendre la construction d'un nouveau barrage hydroélectrique sur le Mékong"),
        *S("Phnom Penh", "KHM", "LAO", "negative", "indirect", "ont demandé",
           "au Laos de suspendre la construction d'un nouveau barrage hydroélectrique sur le Mékong"),
        *S("Sokha Chenda", "KHM", "LAO", "negative", "direct", "a déclaré",
           "Nous demandons à nos amis laotiens de respecter leurs engagements"),
        *S("le Vietnam", "VNM", "LAO", "negative", "act", "a pour sa part remis",
           "une note de protestation à l'ambassadeur du Laos à Hanoï"),
        *S("Vientiane", "LAO", "VNM KHM", "negative", "indirect", "a rejeté ces critiques",
           "Vientiane a rejeté ces critiques"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-11-12-rugby-a-sept-fidji-samoa"] = dict(
    mentions="""
SUVA | LOC
AFP | ORG
Fidji | LOC | FJI
Suva | LOC
Pacifique | LOC
Samoa | LOC | WSM
Mesake Naivalu | PER
Tevita Ratu | PER
Tonga | LOC | TON
Papouasie-Nouvelle-Guinée | LOC | PNG
Japon | LOC | JPN
Samoa | LOC | WSM
Peter Hale | PER
Apia | LOC
Nuku'alofa | LOC
Nuku'alofa | LOC
Oceania Rugby | ORG
""",
    statements=[],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-09-09-norvege-russie-svalbard"] = dict(
    mentions="""
TROMSØ | LOC
Norvège | LOC | NOR
AFP | ORG
Russie | LOC | RUS
Norvège | LOC | NOR
Svalbard | LOC
Oslo | LOC | NOR
Moscou | LOC | RUS
Svalbard | LOC
Russie | LOC | RUS
ministère norvégien des Affaires étrangères | ORG | NOR
Norvège | LOC | NOR
Svalbard | LOC
Eirik Haugland | PER | NOR
Islande | LOC | ISL
Danemark | LOC | DNK
Oslo | LOC | NOR
mer de Barents | LOC
""",
    statements=[
        *S("la Russie", "RUS", "NOR", "negative", "indirect", "a accusé",
           "la Norvège de « discriminer » les chalutiers russes"),
        *S("Oslo", "NOR", "RUS", "negative", "indirect", "dénonçant en retour",
           "des accusations « sans fondement »"),
        *S("Moscou", "RUS", "NOR", "negative", "attribution", "Selon Moscou",
           "les deux chalutiers ont été contrôlés « sans motif »"),
        *S("la porte-parole de la diplomatie russe", "RUS", "NOR", "negative", "direct", "a déclaré",
           "Ce comportement est contraire à la lettre et à l'esprit du traité de 1920 sur le Svalbard"),
        *S("le ministère norvégien des Affaires étrangères", "NOR", "RUS", "negative", "indirect",
           "a répondu", "les contrôles étaient « conformes au droit norvégien et international »"),
        *S("l'Islande", "ISL", "NOR", "negative", "indirect", "conteste",
           "le régime de pêche norvégien autour de l'archipel"),
        *S("le Danemark", "DNK", "NOR", "positive", "indirect", "a en revanche exprimé",
           "son « soutien » à Oslo"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-11-18-bulgarie-macedoine-du-nord-veto"] = dict(
    mentions="""
SOFIA | LOC
AFP | ORG
Bulgarie | LOC | BGR
Macédoine du Nord | LOC | MKD
Union européenne | ORG | EU
Skopje | LOC | MKD
Skopje | LOC | MKD
Elena Marinova | PER | BGR
Dimitar Stojanovski | PER | MKD
Sofia | LOC | BGR
UE | ORG | EU
Bruxelles | LOC | EU
Bruxelles | LOC
Albanie | LOC | ALB
Sofia | LOC | BGR
Skopje | LOC | MKD
Allemagne | LOC | DEU
Conseil de l'UE | ORG | EU
Sofia | LOC | BGR
Albanie | LOC | ALB
Sofia | LOC | BGR
Grèce | LOC | GRC
Skopje | LOC | MKD
Macédoine du Nord | LOC | MKD
""",
    statements=[
        *S("la Bulgarie", "BGR", "MKD", "negative", "indirect", "accusant",
           "Skopje de « falsifier l'histoire »"),
        *S("Elena Marinova", "BGR", "MKD", "negative", "direct", "a déclaré",
           "Nous ne lèverons pas notre veto tant que Skopje n'aura pas tenu les engagements"),
        *S("Dimitar Stojanovski", "MKD", "BGR", "negative", "indirect", "accusé",
           "Sofia d'« exiger l'impossible »"),
        *S("Dimitar Stojanovski", "MKD", "EU", "positive", "indirect", "Il a toutefois assuré",
           "son pays resterait « un partenaire loyal » de l'UE"),
        *S("le commissaire européen à l'Elargissement", "EU", "BGR", "negative", "indirect",
           "a « regretté »", "la décision bulgare"),
        *S("le commissaire européen à l'Elargissement", "EU", "BGR MKD", "neutral", "indirect",
           "appelé", "Sofia et Skopje à trouver « rapidement » un compromis"),
        *S("l'Allemagne", "DEU", "BGR", "negative", "indirect", "a exhorté",
           "Sofia à « lever son blocage »"),
        *S("l'Albanie", "ALB", "BGR", "negative", "indirect", "a dénoncé",
           "une « prise d'otage » de sa propre candidature par Sofia"),
        *S("la Grèce", "GRC", "BGR", "positive", "indirect", "a en revanche jugé",
           "« légitimes » les préoccupations bulgares"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2019-09-04-georgie-russie-ossetie-du-sud"] = dict(
    mentions="""
TBILISSI | LOC
AFP | ORG
Géorgie | LOC | GEO
Russie | LOC | RUS
Ossétie du Sud | LOC
Moscou | LOC | RUS
Genève | LOC
Tbilissi | LOC | GEO
Tchortchana | LOC
Giorgi Beridze | PER | GEO
Union européenne | ORG | EU
EUMM | ORG | EU
Otan | ORG | NATO
Alliance | ORG | NATO
OSCE | ORG | OSCE
Slovaquie | LOC | SVK
Moscou | LOC | RUS
Washington | LOC | USA
Tbilissi | LOC | GEO
Moscou | LOC | RUS
Tbilissi | LOC | GEO
Russie | LOC | RUS
Ossétie du Sud | LOC
Abkhazie | LOC
Géorgie | LOC | GEO
""",
    statements=[
        *S("la Géorgie", "GEO", "RUS", "negative", "indirect", "a accusé",
           "la Russie d'avoir avancé de plusieurs centaines de mètres la ligne de démarcation"),
        *S("Tbilissi", "GEO", "RUS", "negative", "attribution", "Selon Tbilissi",
           "des gardes-frontières russes ont installé dans la nuit de nouvelles clôtures de barbelés"),
        *S("Giorgi Beridze", "GEO", "RUS", "negative", "direct", "a dénoncé",
           "C'est une annexion rampante, menée au mépris du droit international"),
        *S("le secrétaire général de l'Otan", "NATO", "GEO", "positive", "indirect", "lui avait promis",
           "le « soutien total » de l'Alliance"),
        *S("la présidence de l'OSCE", "OSCE", "RUS", "negative", "indirect", "appelé",
           "Moscou à « s'abstenir de toute mesure unilatérale »"),
        *S("Washington", "USA", "RUS", "negative", "indirect", "La condamnation par Washington",
           "ces « provocations »"),
        *S("Tbilissi", "GEO", "USA", "positive", "indirect", "a été saluée par Tbilissi",
           "un « soutien indéfectible » de son allié américain"),
        *S("Moscou", "RUS", "GEO", "negative", "indirect", "a rejeté",
           "les accusations géorgiennes"),
        *S("la porte-parole de la diplomatie russe", "RUS", "GEO", "negative", "indirect", "a accusé",
           "Tbilissi de « mettre en scène » l'incident"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2025-01-29-estonie-russie-diplomate"] = dict(
    mentions="""
TALLINN | LOC
AFP | ORG
Estonie | LOC | EST
Moscou | LOC | RUS
Ukraine | LOC | UKR
Tartu | LOC
GRU | ORG | RUS
Moscou | LOC | RUS
Union européenne | ORG | EU
Otan | ORG | NATO
Kristjan Tamm | PER | EST
Moscou | LOC | RUS
Estonie | LOC | EST
Bruxelles | LOC | EU
Finlande | LOC | FIN
Tallinn | LOC | EST
Lettonie | LOC | LVA
Lituanie | LOC | LTU
Riga | LOC
Vilnius | LOC
Otan | ORG | NATO
Tallinn | LOC
Estonie | LOC | EST
Estonie | LOC | EST
Otan | ORG | NATO
""",
    statements=[
        *S("l'Estonie", "EST", "RUS", "negative", "act", "a expulsé", "un diplomate russe"),
        *S("le parquet général estonien", "EST", "RUS", "negative", "act", "a par ailleurs annoncé",
           "l'inculpation de deux agents présumés du renseignement militaire russe (GRU)"),
        *S("Kristjan Tamm", "EST", "RUS", "negative", "direct", "a déclaré",
           "Moscou a mené une opération de sabotage sur le sol d'un Etat membre"),
        *S("Moscou", "RUS", "EST", "negative", "indirect", "a aussitôt promis",
           '"mesures de rétorsion"'),
        *S("la porte-parole de la diplomatie russe", "RUS", "EST", "negative", "direct", "a averti",
           "L'Estonie portera l'entière responsabilité des conséquences de cette décision hostile"),
        *S("la porte-parole de la diplomatie russe", "RUS", "EU", "negative", "indirect", "dénonçant",
           'une "campagne russophobe" orchestrée selon elle par Bruxelles'),
        *S("la Finlande", "FIN", "EST", "positive", "indirect", "a exprimé",
           'sa "pleine solidarité" avec Tallinn'),
        *S("la Lettonie", "LVA", "RUS", "negative", "act", "ont convoqué",
           "les chargés d'affaires russes"),
        *S("la Lituanie", "LTU", "RUS", "negative", "act", "ont convoqué",
           "les chargés d'affaires russes"),
        *S("l'Otan", "NATO", "EST", "positive", "act", "a annoncé",
           "l'envoi à Tallinn d'une équipe d'experts en lutte contre les menaces hybrides, "
           '"en soutien" à l\'Estonie'),
    ],
)
