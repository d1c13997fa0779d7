"""Labels of the dev11 set (texts in corpora/dev11/).

Read by scripts/make_gold.py; see corpora/labels/README.md for the format.
Conventions are in corpora/README.md ("Annotation decisions", with the dev2 to dev6
additions at its end, and the per-document tables); the cases this set settles are in
the "hard cases" column of the dev11 table.
"""
from make_gold import S

# ISO 3166-1 alpha-3 codes this set needs beyond make_gold.py's shared sets.
STATE_ACTORS = {
    "ARG", "AUS", "BFA", "BGD", "BOL", "CAF", "CAN", "CHL", "COD", "COL", "CUB", "DJI",
    "ECU", "ERI", "ETH", "GMB", "GUY", "IDN", "ITA", "KEN", "KHM", "LKA", "MEX", "MMR",
    "MOZ", "MWI", "MYS", "NOR", "NZL", "PAN", "PER", "PHL", "POL", "PRY", "RWA", "SAU",
    "SEN", "SUR", "SVK", "TCD", "TGO", "TLS", "UGA", "VEN", "ZMB", "ZWE",
}

# Organisation codes beyond make_gold.py's (the usual English acronym).
ORG_ACTORS = {
    "EAC",    # Communauté d'Afrique de l'Est
    "OIC",    # Organisation de la coopération islamique (OCI)
    "AES",    # Alliance des Etats du Sahel
    "WTO",    # Organisation mondiale du commerce (OMC)
    "OAS",    # Organisation des Etats américains (OEA) and its Conseil permanent
    "ACTO",   # Organisation du traité de coopération amazonienne (OTCA)
}

# Capitalised words that are not entities (sentence and quote openers, "A" without
# accent, job titles, a disease).
NOT_ENTITIES = {
    "A", "Premier", "Nous", "Réunis", "Ce", "Quelque", "Aujourd", "Justice", "Information",
    "Economie", "Toute", "Félicitations", "Quelques", "Covid-19", "Notre", "Portés", "Santé",
    "En",
}

DOCS: dict[str, dict] = {}

# ---------------------------------------------------------------------------
DOCS["afp-2019-03-05-rwanda-ouganda-frontiere-gatuna"] = dict(
    mentions="""
KIGALI | LOC
AFP | ORG
Rwanda | LOC | RWA
Ouganda | LOC | UGA
Kigali | LOC | RWA
Gatuna | LOC
Ouganda | LOC | UGA
Kampala | LOC | UGA
Emmanuel Habimana | PER | RWA
Congrès national rwandais | ORG
RNC | ORG
Kigali | LOC | RWA
Kampala | LOC | UGA
ministère ougandais des Affaires étrangères | ORG | UGA
Kigali | LOC | RWA
Kigali | LOC | RWA
AFP | ORG
Katuna | LOC
Uhuru Kenyatta | PER | KEN
Kigali | LOC | RWA
Kampala | LOC | UGA
Nairobi | LOC
Communauté d'Afrique de l'Est | ORG | EAC
EAC | ORG | EAC
Joseph Ndikumana | PER | EAC
Addis Abeba | LOC
Commission de l'Union africaine | ORG | AU
Moussa Faki Mahamat | PER | AU
Rwanda | LOC | RWA
Ouganda | LOC | UGA
FDLR | ORG
République démocratique du Congo | LOC | COD
""",
    statements=[
        *S("le Rwanda", "RWA", "UGA", "negative", "indirect", "a accusé mardi",
           "l'Ouganda de soutenir des rebelles hostiles au gouvernement de Kigali"),
        # the later call to "cesser immédiatement" is the same speaker, target and stance
        *S("Emmanuel Habimana", "RWA", "UGA", "negative", "direct", "a déclaré",
           "sans que Kampala ne daigne répondre à nos notes verbales"),
        *S("Kampala", "UGA", "RWA", "negative", "indirect", "a rejeté", "Kampala a rejeté ces accusations"),
        *S("le ministère ougandais des Affaires étrangères", "UGA", "RWA", "negative", "indirect",
           "accuse", "Kigali d'avoir « unilatéralement » bloqué le commerce"),
        *S("des responsables ougandais", "UGA", "RWA", "negative", "attribution", "D'après",
           "Kigali aurait en outre massé des soldats près de la frontière"),
        *S("Uhuru Kenyatta", "KEN", "RWA UGA", "neutral", "indirect", "a appelé",
           "Kigali et Kampala à « privilégier le dialogue »"),
        # the EAC secretary-general "sans désigner de responsable": not listed
        *S("Moussa Faki Mahamat", "AU", "RWA UGA", "neutral", "indirect", "encouragé",
           "les deux pays à « renouer avec l'esprit de fraternité »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-08-20-mali-coup-cedeao-sanctions"] = dict(
    mentions="""
BAMAKO | LOC
AFP | ORG
Communauté économique des Etats de l'Afrique de l'Ouest | ORG | ECOWAS
Cédéao | ORG | ECOWAS
Mali | LOC | MLI
Ibrahim Boubacar Keïta | PER
Bamako | LOC | MLI
Mahamadou Issoufou | PER | NER
Bamako | LOC
Comité national pour le salut du peuple | ORG | MLI
CNSP | ORG | MLI
Cédéao | ORG | ECOWAS
Modibo Coulibaly | PER | MLI
Union africaine | ORG | AU
Mali | LOC | MLI
Conseil de sécurité de l'ONU | ORG | UN
France | LOC | FRA
Sahel | LOC
Barkhane | MISC
Washington | LOC | USA
Moscou | LOC | RUS
Algérie | LOC | DZA
Maroc | LOC | MAR
Cédéao | ORG | ECOWAS
""",
    statements=[
        # suspension, border closure and embargo: one act
        *S("la Communauté économique des Etats de l'Afrique de l'Ouest", "ECOWAS", "MLI", "negative",
           "act", "a suspendu jeudi", "le Mali de ses organes de décision"),
        *S("Mahamadou Issoufou", "NER", "MLI", "negative", "direct", "a déclaré",
           "Nous ne pouvons pas accepter qu'une poignée de militaires confisque le pouvoir dans notre région"),
        # the junta in power speaks for Mali (like "la junte birmane"); its spokesman's
        # "nos frères de la sous-région" names no one
        *S("la junte", "MLI", "ECOWAS", "negative", "indirect", "a dit « regretter »",
           "« regretter » ces mesures"),
        *S("l'Union africaine", "AU", "MLI", "negative", "act", "avait suspendu", "le Mali dès mercredi"),
        *S("le Conseil de sécurité de l'ONU", "UN", "MLI", "negative", "indirect", "a appelé",
           "les militaires à « regagner sans délai leurs casernes »"),
        # condemning the mutiny is negative towards the state (like the Gabon coup in dev8)
        *S("la France", "FRA", "MLI", "negative", "indirect", "a « condamné avec la plus grande fermeté »",
           "la mutinerie"),
        *S("Washington", "USA", "MLI", "negative", "act", "a annoncé",
           "la suspension de toute formation et de tout soutien aux forces armées maliennes"),
        # Moscow's "toutes les parties" and Algeria's concern: not listed
        *S("le Maroc", "MAR", "ECOWAS", "positive", "indirect", "a quant à lui salué",
           "la « réactivité » de la Cédéao"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-06-08-centrafrique-france-aide-suspendue"] = dict(
    mentions="""
BANGUI | LOC
AFP | ORG
France | LOC | FRA
Centrafrique | LOC | CAF
Bangui | LOC | CAF
AFP | ORG
ministère français des Armées | ORG | FRA
Bangui | LOC | CAF
France | LOC | FRA
Quai d'Orsay | LOC | FRA
Albert Yaloké | PER | CAF
Centrafrique | LOC | CAF
Moscou | LOC | RUS
ONU | ORG | UN
Centrafrique | LOC | CAF
Minusca | ORG | UN
Bangui | LOC | CAF
Union européenne | ORG | EU
EUTM-RCA | ORG | EU
Bangui | LOC | CAF
Tchad | LOC | TCD
Faustin-Archange Touadéra | PER | CAF
""",
    statements=[
        *S("la France", "FRA", "CAF", "negative", "act", "a suspendu",
           "son aide budgétaire à la Centrafrique ainsi que sa coopération militaire avec Bangui"),
        # the ministry that ended the training: a second speaker of the same act
        *S("le ministère français des Armées", "FRA", "CAF", "negative", "act", "a également mis fin",
           "mis fin aux formations dispensées par ses instructeurs aux soldats centrafricains"),
        *S("une source au Quai d'Orsay", "FRA", "CAF", "negative", "direct", "a estimé",
           "Bangui a fait le choix de laisser prospérer les mensonges contre la France"),
        *S("Albert Yaloké", "CAF", "FRA", "negative", "indirect", "a dénoncé",
           "une décision « injuste » qui « punit le peuple centrafricain »"),
        *S("Moscou", "RUS", "CAF", "positive", "act", "a de son côté annoncé",
           "l'envoi de 600 instructeurs supplémentaires"),
        *S("la mission de l'ONU en Centrafrique", "UN", "CAF", "negative", "indirect", "a appelé",
           "Bangui à enquêter sur les exactions imputées aux forces gouvernementales"),
        # a hedged threat
        *S("l'Union européenne", "EU", "CAF", "negative", "indirect", "a prévenu",
           "qu'elle pourrait à son tour suspendre sa mission de formation"),
        *S("le Tchad", "TCD", "CAF", "negative", "indirect", "accuse",
           "les forces centrafricaines d'avoir tué six de ses soldats"),
        # the president "n'a pas commenté": not listed
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-01-23-cij-gambie-birmanie-mesures"] = dict(
    mentions="""
LA HAYE | LOC
AFP | ORG
Cour internationale de justice | ORG | UN
CIJ | ORG | UN
Birmanie | LOC | MMR
Gambie | LOC | GMB
Naypyidaw | LOC | MMR
ONU | ORG | UN
Gambie | LOC | GMB
Organisation de la coopération islamique | ORG | OIC
OCI | ORG | OIC
Birmanie | LOC | MMR
Palais de la Paix | LOC
Lamin Ceesay | PER | GMB
Cour | ORG | UN
Naypyidaw | LOC
ministère birman des Affaires étrangères | ORG | MMR
Cour | ORG | UN
Rakhine | LOC
Aung San Suu Kyi | PER | MMR
Gambie | LOC | GMB
Bangladesh | LOC | BGD
Cox's Bazar | LOC
OCI | ORG | OIC
Malaisie | LOC | MYS
Canada | LOC | CAN
Pékin | LOC | CHN
Naypyidaw | LOC | MMR
Union européenne | ORG | EU
Birmanie | LOC | MMR
Bangladesh | LOC | BGD
ONU | ORG | UN
""",
    statements=[
        # an order of the CIJ against a state (act); seizing the court is not listed
        *S("la Cour internationale de justice", "UN", "MMR", "negative", "act", "a ordonné",
           "à la Birmanie de prendre « toutes les mesures en son pouvoir » pour prévenir un génocide"),
        *S("la Gambie", "GMB", "MMR", "negative", "indirect", "accuse",
           "Naypyidaw d'avoir violé la convention de 1948 sur le génocide"),
        *S("Lamin Ceesay", "GMB", "UN", "positive", "direct", "a réagi",
           "Nous remercions la Cour d'avoir entendu les victimes"),
        *S("le ministère birman des Affaires étrangères", "MMR", "UN", "negative", "indirect", "a estimé",
           "la Cour avait dressé un « tableau déformé »"),
        # rejecting the accusation brought by the Gambia: a denial towards the accuser
        *S("le ministère birman des Affaires étrangères", "MMR", "GMB", "negative", "indirect", "rejeté",
           "rejeté « toute accusation de génocide »"),
        *S("Aung San Suu Kyi", "MMR", "GMB", "negative", "indirect", "accusant",
           "la Gambie de présenter un tableau « incomplet et trompeur »"),
        *S("le Bangladesh", "BGD", "UN", "positive", "indirect", "a salué", "une décision « historique »"),
        *S("le secrétaire général de l'OCI", "OIC", "MMR", "negative", "indirect", "a appelé",
           "les autorités birmanes à « appliquer pleinement et sans délai » l'ordonnance"),
        *S("la Malaisie", "MYS", "UN", "positive", "indirect", "ont également salué", "l'ordonnance"),
        *S("le Canada", "CAN", "UN", "positive", "indirect", "ont également salué", "l'ordonnance"),
        # Beijing's "pressions extérieures" names no one
        *S("l'Union européenne", "EU", "MMR", "negative", "indirect", "a exhorté",
           "la Birmanie à permettre le retour « sûr, volontaire et digne » des réfugiés"),
        *S("des enquêteurs de l'ONU", "UN", "MMR", "negative", "indirect", "ont qualifiée de génocidaire",
           "une opération de l'armée birmane que des enquêteurs de l'ONU ont qualifiée de génocidaire"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2018-07-09-ethiopie-erythree-declaration-paix"] = dict(
    mentions="""
ASMARA | LOC
AFP | ORG
Ethiopie | LOC | ETH
Erythrée | LOC | ERI
Asmara | LOC
Corne de l'Afrique | LOC
Abiy Ahmed | PER | ETH
Issaias Afeworki | PER | ERI
Ethiopie | LOC | ETH
mer Rouge | LOC
Abiy | PER | ETH
Tesfalem Berhane | PER | ERI
Twitter | ORG
Addis Abeba | LOC | ETH
Badmé | LOC
Erythrée | LOC | ERI
Abiy | PER | ETH
ONU | ORG | UN
Erythrée | LOC | ERI
Conseil de sécurité | ORG | UN
Union africaine | ORG | AU
Djibouti | LOC | DJI
Asmara | LOC | ERI
Erythrée | LOC | ERI
Etats-Unis | LOC | USA
""",
    statements=[
        *S("l'Ethiopie", "ETH", "ERI", "positive", "act", "ont signé",
           "une « déclaration conjointe de paix et d'amitié »"),
        *S("l'Erythrée", "ERI", "ETH", "positive", "act", "ont signé",
           "une « déclaration conjointe de paix et d'amitié »"),
        # the two leaders: one statement each; M. Abiy's later thanks and acceptance of the
        # Badmé ruling are the same triple
        *S("Abiy Ahmed", "ETH", "ERI", "positive", "indirect", "se sont engagés", "à rouvrir leurs ambassades"),
        *S("Issaias Afeworki", "ERI", "ETH", "positive", "indirect", "se sont engagés",
           "à rouvrir leurs ambassades"),
        *S("Tesfalem Berhane", "ERI", "ETH", "positive", "indirect", "a salué sur Twitter",
           "« un nouveau chapitre » dans les relations avec Addis Abeba"),
        *S("le secrétaire général de l'ONU", "UN", "ETH ERI", "positive", "indirect", "a salué",
           "« le courage » des deux dirigeants"),
        # the 2009 sanctions: a background act of another UN speaker
        *S("le Conseil de sécurité", "UN", "ERI", "negative", "act", "imposées",
           "les sanctions imposées à l'Erythrée en 2009 par le Conseil de sécurité"),
        *S("l'Union africaine", "AU", "ETH ERI", "positive", "indirect", "a félicité",
           "les deux pays pour cette « étape historique »"),
        *S("Djibouti", "DJI", "ERI", "negative", "indirect", "a appelé",
           "l'Erythrée à « saisir cette dynamique » pour régler aussi leur différend"),
        *S("les Etats-Unis", "USA", "ETH", "positive", "indirect", "ont salué",
           "« le leadership » du Premier ministre éthiopien"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-01-28-aes-retrait-cedeao"] = dict(
    mentions="""
NIAMEY | LOC
AFP | ORG
Mali | LOC | MLI
Burkina Faso | LOC | BFA
Niger | LOC | NER
Communauté économique des Etats de l'Afrique de l'Ouest | ORG | ECOWAS
Cédéao | ORG | ECOWAS
Niger | LOC | NER
Cédéao | ORG | ECOWAS
Issoufou Garba | PER | NER
Cédéao | ORG | ECOWAS
Sénégal | LOC | SEN
Abuja | LOC
Cédéao | ORG | ECOWAS
Alliance des Etats du Sahel | ORG | AES
AES | ORG | AES
Togo | LOC | TGO
Union africaine | ORG | AU
""",
    statements=[
        # withdrawing from an organisation: an act, one per state
        *S("le Mali", "MLI", "ECOWAS", "negative", "act", "ont annoncé",
           "leur retrait « sans délai » de la Communauté économique des Etats de l'Afrique de l'Ouest"),
        *S("le Burkina Faso", "BFA", "ECOWAS", "negative", "act", "ont annoncé",
           "leur retrait « sans délai » de la Communauté économique des Etats de l'Afrique de l'Ouest"),
        *S("le Niger", "NER", "ECOWAS", "negative", "act", "ont annoncé",
           "leur retrait « sans délai » de la Communauté économique des Etats de l'Afrique de l'Ouest"),
        # the sanctions on Niger, reported inside the juntas' communiqué (inner speaker)
        *S("la Cédéao", "ECOWAS", "NER", "negative", "act", "d'avoir infligé",
           "infligé au Niger des sanctions « illégales, illégitimes, inhumaines et irresponsables »"),
        *S("Issoufou Garba", "NER", "ECOWAS", "negative", "direct", "a déclaré",
           "La Cédéao n'était pas là quand nos populations tombaient sous les balles des terroristes"),
        *S("la Cédéao", "ECOWAS", "MLI BFA NER", "neutral", "indirect", "a dit dans la soirée",
           "« prendre note » de l'annonce"),
        *S("le Sénégal", "SEN", "MLI BFA NER", "negative", "indirect", "a appelé",
           "les trois pays à « reconsidérer » une décision"),
        # an anonymous West African diplomat, Togo "s'est gardé de tout commentaire", the AU's
        # concern with no target: not listed
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-03-20-sri-lanka-fmi-programme"] = dict(
    mentions="""
COLOMBO | LOC
AFP | ORG
Fonds monétaire international | ORG | IMF
FMI | ORG | IMF
Sri Lanka | LOC | LKA
Washington | LOC
Sri Lanka | LOC | LKA
FMI | ORG | IMF
Thomas Kessler | PER | IMF
Colombo | LOC | LKA
Fonds | ORG | IMF
Inde | LOC | IND
Japon | LOC | JPN
Chine | LOC | CHN
Pékin | LOC | CHN
Washington | LOC | USA
Chine | LOC | CHN
Sri Lanka | LOC | LKA
New Delhi | LOC | IND
FMI | ORG | IMF
Colombo | LOC
""",
    statements=[
        *S("le Fonds monétaire international", "IMF", "LKA", "positive", "act", "a approuvé",
           "un programme d'aide de 2,9 milliards de dollars sur quatre ans en faveur du Sri Lanka"),
        *S("Thomas Kessler", "IMF", "LKA", "positive", "direct", "a déclaré",
           "Le Sri Lanka a accompli des progrès considérables dans des conditions très difficiles"),
        # a call to "accélérer": negative, in the same sentence as the praise
        *S("Thomas Kessler", "IMF", "LKA", "negative", "indirect", "a appelé",
           "Colombo à « accélérer » la lutte contre la corruption"),
        *S("le président sri-lankais", "LKA", "IMF IND JPN CHN", "positive", "indirect",
           "s'est dit « profondément reconnaissant »",
           "« profondément reconnaissant » envers le Fonds ainsi qu'envers l'Inde, le Japon et la Chine"),
        # a nominal report: "un retard que Washington avait publiquement dénoncé"
        *S("Washington", "USA", "CHN", "negative", "indirect", "avait publiquement dénoncé",
           "un retard que Washington avait publiquement dénoncé"),
        *S("un porte-parole de la diplomatie chinoise", "CHN", "USA", "negative", "indirect", "a rejeté",
           "ces critiques"),
        *S("un porte-parole de la diplomatie chinoise", "CHN", "LKA", "positive", "indirect", "assurant",
           "la Chine avait « toujours soutenu » le Sri Lanka"),
        *S("New Delhi", "IND", "IMF", "positive", "indirect", "a salué", "la décision du FMI"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2025-05-10-inde-pakistan-cessez-le-feu"] = dict(
    mentions="""
NEW DELHI | LOC
AFP | ORG
Inde | LOC | IND
Pakistan | LOC | PAK
Donald Trump | PER | USA
Truth Social | ORG
Washington | LOC | USA
New Delhi | LOC | IND
ministère indien des Affaires étrangères | ORG | IND
Trump | PER | USA
Arabie saoudite | LOC | SAU
Turquie | LOC | TUR
Chine | LOC | CHN
New Delhi | LOC | IND
Pakistan | LOC | PAK
Cachemire | LOC
Islamabad | LOC | PAK
Inde | LOC | IND
Pakistan | LOC | PAK
Cachemire | LOC
Islamabad | LOC | PAK
Pahalgam | LOC
New Delhi | LOC | IND
Pakistan | LOC | PAK
Islamabad | LOC | PAK
ONU | ORG | UN
Pékin | LOC | CHN
Islamabad | LOC | PAK
Inde | LOC | IND
Pakistan | LOC | PAK
Royaume-Uni | LOC | GBR
Union européenne | ORG | EU
""",
    statements=[
        # agreeing on a ceasefire: positive each way (like the Karabakh truce in dev9)
        *S("l'Inde", "IND", "PAK", "positive", "indirect", "ont accepté",
           "un cessez-le-feu « total et immédiat »"),
        *S("le Pakistan", "PAK", "IND", "positive", "indirect", "ont accepté",
           "un cessez-le-feu « total et immédiat »"),
        *S("Donald Trump", "USA", "IND PAK", "positive", "direct", "a-t-il écrit",
           "Félicitations aux deux pays pour avoir fait preuve de bon sens"),
        # denying the US claim of a mediation: negative towards the US, also in the
        # ministry's factual wording (a second speaker)
        *S("New Delhi", "IND", "USA", "negative", "indirect", "a toutefois démenti",
           "toute médiation étrangère"),
        *S("le ministère indien des Affaires étrangères", "IND", "USA", "negative", "direct", "a affirmé",
           "La cessation des tirs et des opérations militaires a été convenue directement"),
        *S("le Premier ministre pakistanais", "PAK", "USA SAU TUR CHN", "positive", "indirect",
           "a au contraire remercié", "M. Trump pour son « rôle proactif »"),
        # the standing accusation over the Pahalgam attack and its denial: same speakers
        # (capital and country), targets and stances; the strikes on "infrastructures
        # terroristes" are not listed
        *S("New Delhi", "IND", "PAK", "negative", "indirect", "a accusé",
           "le Pakistan d'avoir violé la trêve au Cachemire"),
        *S("Islamabad", "PAK", "IND", "negative", "indirect", "a démenti", "ce qu'Islamabad a démenti"),
        # the army: a second Pakistani speaker (target through a demonym)
        *S("l'armée pakistanaise", "PAK", "IND", "negative", "attribution", "Selon l'armée pakistanaise",
           "les frappes indiennes ont touché des mosquées et tué au moins 31 civils"),
        *S("le secrétaire général de l'ONU", "UN", "IND PAK", "positive", "indirect", "s'est félicité",
           "l'accord conclu par les deux voisins"),
        # "allié d'Islamabad" (an alliance in an apposition): not listed
        *S("Pékin", "CHN", "IND PAK", "neutral", "indirect", "a appelé",
           "l'Inde et le Pakistan à « faire preuve de retenue »"),
        *S("le Royaume-Uni", "GBR", "IND PAK", "positive", "indirect", "ont salué", "la trêve"),
        *S("l'Union européenne", "EU", "IND PAK", "positive", "indirect", "ont salué", "la trêve"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2019-08-02-japon-coree-du-sud-liste-blanche"] = dict(
    mentions="""
TOKYO | LOC
AFP | ORG
Japon | LOC | JPN
Corée du Sud | LOC | KOR
Séoul | LOC | KOR
Hiroshi Tanabe | PER | JPN
Moon Jae-in | PER | KOR
Tokyo | LOC | JPN
Japon | LOC | JPN
Séoul | LOC | KOR
Japon | LOC | JPN
GSOMIA | MISC
Tokyo | LOC | JPN
Organisation mondiale du commerce | ORG | WTO
OMC | ORG | WTO
Kenji Morita | PER | JPN
Séoul | LOC | KOR
Tokyo | LOC | JPN
Séoul | LOC
Cour suprême | ORG | KOR
OMC | ORG | WTO
Bangkok | LOC
Asean | ORG | ASEAN
Washington | LOC | USA
""",
    statements=[
        # the July restrictions "imposées … par Tokyo" are the same speaker, target and stance
        *S("le Japon", "JPN", "KOR", "negative", "act", "a retiré",
           "la Corée du Sud de sa « liste blanche »"),
        # "dénoncée par Séoul" (passive agent) and Seoul's own removal of Japan: one
        # statement, the act; the threat to end the GSOMIA and the WTO case are the same
        *S("Séoul", "KOR", "JPN", "negative", "act", "a annoncé dans la foulée",
           "qu'il rayait à son tour le Japon de sa propre liste de partenaires privilégiés"),
        # the spokesman: "non d'une mesure visant un pays en particulier" — not listed
        *S("Moon Jae-in", "KOR", "JPN", "negative", "indirect", "a accusé",
           "Tokyo de chercher à « étouffer » l'économie sud-coréenne"),
        *S("Kenji Morita", "JPN", "KOR", "negative", "indirect", "a jugé", "ces critiques « infondées »"),
        # the Supreme Court's rulings against Japanese companies: private targets
        *S("le directeur général de l'OMC", "WTO", "JPN KOR", "neutral", "indirect", "a appelé",
           "les deux pays à régler leur différend"),
        *S("le secrétaire d'Etat américain", "USA", "JPN KOR", "neutral", "indirect",
           "a quant à lui exhorté", "les deux alliés de Washington à « trouver une voie pour avancer »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-04-11-japon-etats-unis-philippines-sommet"] = dict(
    mentions="""
WASHINGTON | LOC
AFP | ORG
Joe Biden | PER | USA
Etats-Unis | LOC | USA
Japon | LOC | JPN
Philippines | LOC | PHL
Maison Blanche | LOC
Chine | LOC | CHN
mer de Chine méridionale | LOC
mer de Chine méridionale | LOC
Biden | PER | USA
Fumio Kishida | PER | JPN
Ferdinand Marcos Jr | PER | PHL
Chine | LOC | CHN
Second Thomas | LOC
Pacifique | LOC
Pékin | LOC | CHN
Washington | LOC | USA
Asie | LOC
Philippines | LOC | PHL
Lin Xia | PER | CHN
Manille | LOC | PHL
Cour permanente d'arbitrage | ORG
La Haye | LOC
mer de Chine méridionale | LOC
Pékin | LOC | CHN
Kishida | PER | JPN
Washington | LOC
""",
    statements=[
        *S("Joe Biden", "USA", "JPN PHL", "positive", "indirect", "a réaffirmé",
           "l'engagement « inébranlable » des Etats-Unis envers la défense du Japon et des Philippines"),
        # the joint statement of the three leaders: one statement per speaker
        *S("Joe Biden", "USA", "CHN", "negative", "indirect", "ont exprimé",
           "leurs « graves préoccupations » face au comportement « dangereux et agressif » de la Chine"),
        *S("Fumio Kishida", "JPN", "CHN", "negative", "indirect", "ont exprimé",
           "leurs « graves préoccupations » face au comportement « dangereux et agressif » de la Chine"),
        *S("Ferdinand Marcos Jr", "PHL", "CHN", "negative", "indirect", "ont exprimé",
           "leurs « graves préoccupations » face au comportement « dangereux et agressif » de la Chine"),
        # "se sont félicités d'une coopération" between the three: each towards the other two
        *S("Fumio Kishida", "JPN", "USA PHL", "positive", "indirect", "se sont aussi félicités",
           "d'une coopération « sans précédent » entre leurs trois pays"),
        *S("Ferdinand Marcos Jr", "PHL", "USA JPN", "positive", "indirect", "se sont aussi félicités",
           "d'une coopération « sans précédent » entre leurs trois pays"),
        *S("Pékin", "CHN", "USA", "negative", "indirect", "a accusé", "Washington de « former des cliques »"),
        *S("Lin Xia", "CHN", "PHL", "negative", "direct", "a déclaré",
           "Les Philippines doivent cesser leurs provocations"),
        *S("Manille", "PHL", "CHN", "negative", "attribution", "D'après Manille",
           "des garde-côtes chinois ont encore tiré au canon à eau le 23 mars sur un navire de ravitaillement philippin"),
        # the arbitral award (no actor) and Beijing's rejection of it: not listed
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-08-09-amazonie-sommet-belem"] = dict(
    mentions="""
BELEM | LOC
Brésil | LOC | BRA
AFP | ORG
Belém | LOC
Organisation du traité de coopération amazonienne | ORG | ACTO
OTCA | ORG | ACTO
Gustavo Petro | PER | COL
Luiz Inacio Lula da Silva | PER | BRA
Amazone | LOC
Lula | PER | BRA
Brésil | LOC | BRA
Venezuela | LOC | VEN
Norvège | LOC | NOR
Allemagne | LOC | DEU
Brésil | LOC | BRA
Norvège | LOC | NOR
Brasilia | LOC | BRA
Nicolas Maduro | PER | VEN
Washington | LOC | USA
Caracas | LOC | VEN
Guyana | LOC | GUY
Suriname | LOC | SUR
France | LOC | FRA
Guyane | LOC
Brésil | LOC | BRA
Equateur | LOC | ECU
Yasuni | LOC
""",
    statements=[
        # the call on unnamed "pays industrialisés": not listed
        *S("Gustavo Petro", "COL", "BRA", "negative", "indirect", "a critiqué",
           "son hôte brésilien, Luiz Inacio Lula da Silva"),
        *S("la délégation colombienne", "COL", "BRA", "negative", "attribution", "Selon la délégation colombienne",
           "les projets de forage brésiliens « mettent en péril » l'ensemble du bassin"),
        # Lula's retort to Petro's criticism: a denial towards its author
        *S("Luiz Inacio Lula da Silva", "BRA", "COL", "negative", "indirect", "a répondu",
           "le Brésil n'avait « de leçons à recevoir de personne »"),
        *S("Luiz Inacio Lula da Silva", "BRA", "VEN", "positive", "indirect", "a par ailleurs salué",
           "le retour du Venezuela dans la coopération régionale"),
        *S("Luiz Inacio Lula da Silva", "BRA", "NOR DEU", "positive", "indirect", "remercié",
           "remercié la Norvège et l'Allemagne"),
        *S("la Norvège", "NOR", "BRA", "positive", "act", "a annoncé",
           "un nouveau versement de 50 millions de dollars à Brasilia"),
        *S("la vice-présidente vénézuélienne", "VEN", "USA", "negative", "indirect", "a dénoncé",
           "les sanctions imposées par Washington"),
        # the passive agent of the sanctions
        *S("Washington", "USA", "VEN", "negative", "act", "imposées", "les sanctions imposées par Washington"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2025-02-06-panama-chine-route-de-la-soie"] = dict(
    mentions="""
PANAMA | LOC
AFP | ORG
Chine | LOC | CHN
Etats-Unis | LOC | USA
Panama | LOC | PAN
Pékin | LOC | CHN
Guo Ming | PER | CHN
Washington | LOC | USA
Pékin | LOC | CHN
Panama | LOC | PAN
Chine | LOC | CHN
Panama | LOC | PAN
Panama | LOC | PAN
Washington | LOC | USA
Donald Trump | PER | USA
Etats-Unis | LOC | USA
Chine | LOC | CHN
CK Hutchison | ORG
Mexique | LOC | MEX
Colombie | LOC | COL
Panama | LOC | PAN
Chine | LOC | CHN
Panama | LOC
Pékin | LOC | CHN
""",
    statements=[
        *S("la Chine", "CHN", "USA", "negative", "indirect", "a dénoncé",
           "les « pressions et la coercition » exercées selon elle par les Etats-Unis sur le Panama"),
        # not renewing a bilateral memorandum (like suspending a bilateral agreement): an act
        *S("le président panaméen", "PAN", "CHN", "negative", "act", "l'annonce",
           "non-renouvellement du protocole d'accord sur les « nouvelles routes de la soie » signé en 2017 avec Pékin"),
        *S("Guo Ming", "CHN", "USA", "negative", "indirect", "a accusé",
           "Washington de vouloir « saper » la coopération entre Pékin et Panama"),
        *S("Guo Ming", "CHN", "PAN", "negative", "direct", "a-t-il ajouté",
           "La Chine regrette profondément la décision du Panama"),
        *S("le secrétaire d'Etat américain", "USA", "PAN", "negative", "indirect", "avait averti",
           "Washington prendrait « les mesures nécessaires »"),
        *S("Donald Trump", "USA", "PAN", "negative", "indirect", "a répété",
           "les Etats-Unis devaient « reprendre » le canal"),
        *S("Donald Trump", "USA", "CHN", "negative", "indirect", "accusant",
           "la Chine de le « contrôler » de fait"),
        *S("le président panaméen", "PAN", "USA", "negative", "indirect", "a rejeté", "ces accusations"),
        # the audit of a Hong Kong company's subsidiary: private target
        *S("le Mexique", "MEX", "PAN", "positive", "indirect", "ont exprimé",
           "leur « solidarité » avec le Panama"),
        *S("la Colombie", "COL", "PAN", "positive", "indirect", "ont exprimé",
           "leur « solidarité » avec le Panama"),
        # the embassy's factual wording contradicts the US accusation: a denial
        *S("l'ambassade de Chine à Panama", "CHN", "USA", "negative", "indirect", "affirmant",
           "Pékin « n'a jamais participé à la gestion ou à l'exploitation du canal »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2025-05-20-oms-accord-pandemies"] = dict(
    mentions="""
GENEVE | LOC
AFP | ORG
Organisation mondiale de la santé | ORG | WHO
OMS | ORG | WHO
Genève | LOC
Etats-Unis | LOC | USA
Pologne | LOC | POL
Israël | LOC | ISR
Italie | LOC | ITA
Russie | LOC | RUS
Slovaquie | LOC | SVK
OMS | ORG | WHO
Washington | LOC | USA
OMS | ORG | WHO
Donald Trump | PER | USA
Argentine | LOC | ARG
Javier Milei | PER | ARG
OMS | ORG | WHO
Union africaine | ORG | AU
Chine | LOC | CHN
OMS | ORG | WHO
Indonésie | LOC | IDN
Slovaquie | LOC | SVK
""",
    statements=[
        # a withdrawal told in a relative clause (background act); "Washington avait annoncé
        # … son retrait" is the same speaker, target and stance
        *S("les Etats-Unis", "USA", "WHO", "negative", "act", "ont engagé", "leur retrait de l'organisation"),
        *S("Donald Trump", "USA", "WHO", "negative", "indirect", "accusant",
           "l'organisation d'avoir « mal géré » la pandémie de Covid-19"),
        *S("Javier Milei", "ARG", "WHO", "negative", "act", "a lui aussi annoncé",
           "le départ de son pays de l'organisation"),
        # votes and abstentions, the AU's hopes for "l'accord" and Slovakia's criticism of
        # "le texte": not listed
        *S("le ministre brésilien de la Santé", "BRA", "WHO", "positive", "indirect", "a félicité",
           "l'OMS pour « un triomphe du multilatéralisme »"),
        *S("la Chine", "CHN", "WHO", "positive", "act", "a annoncé",
           "une contribution supplémentaire de 500 millions de dollars à l'OMS"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2019-03-19-cyclone-idai-mozambique"] = dict(
    mentions="""
BEIRA | LOC
Mozambique | LOC | MOZ
AFP | ORG
Filipe Nyusi | PER | MOZ
Idai | MISC
Beira | LOC
Croix-Rouge | ORG
Zimbabwe | LOC | ZWE
Malawi | LOC | MWI
AFP | ORG
Jorge Macuácua | PER
Buzi | LOC
Zimbabwe | LOC | ZWE
Chimanimani | LOC
Programme alimentaire mondial | ORG | UN
PAM | ORG | UN
Maputo | LOC
PAM | ORG | UN
Royaume-Uni | LOC | GBR
Mozambique | LOC | MOZ
Météo-France | ORG | FRA
La Réunion | LOC
océan Indien | LOC
Idai | MISC
""",
    statements=[
        # almost nothing to find: figures of the WFP and Météo-France are facts
        *S("le Royaume-Uni", "GBR", "MOZ", "positive", "act", "a débloqué",
           "une aide de six millions de livres pour le Mozambique"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-05-10-cuivre-prix-record-chili-zambie"] = dict(
    mentions="""
SANTIAGO | LOC
AFP | ORG
London Metal Exchange | ORG
LME | ORG
Chine | LOC | CHN
Etats-Unis | LOC | USA
Carolina Fuentes | PER
Andes Capital | ORG
Santiago | LOC
Chili | LOC | CHL
Codelco | ORG
Escondida | LOC
Zambie | LOC | ZMB
République démocratique du Congo | LOC | COD
Lusaka | LOC | ZMB
Pérou | LOC | PER
Pedro Castillo | PER
Shanghai | LOC
Goldman Sachs | ORG
""",
    statements=[],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-02-01-birmanie-coup-militaire-reactions"] = dict(
    mentions="""
RANGOUN | LOC
AFP | ORG
Birmanie | LOC | MMR
Aung San Suu Kyi | PER
Etats-Unis | LOC | USA
Etats-Unis | LOC | USA
Joe Biden | PER | USA
Min Aung Hlaing | PER | MMR
Ligue nationale pour la démocratie | ORG
LND | ORG
Suu Kyi | PER
ONU | ORG | UN
Australie | LOC | AUS
Royaume-Uni | LOC | GBR
Union européenne | ORG | EU
Londres | LOC | GBR
Pékin | LOC | CHN
Birmanie | LOC | MMR
Wang Zhiming | PER | CHN
Association des nations de l'Asie du Sud-Est | ORG | ASEAN
Asean | ORG | ASEAN
Birmanie | LOC | MMR
Inde | LOC | IND
Birmanie | LOC | MMR
Japon | LOC | JPN
Suu Kyi | PER
Rangoun | LOC
""",
    statements=[
        # condemning the coup is negative towards the state whose army took power (dev8 Gabon)
        *S("les Etats-Unis", "USA", "MMR", "negative", "indirect", "condamné",
           "un coup d'Etat aussitôt condamné par les Etats-Unis"),
        *S("Joe Biden", "USA", "MMR", "negative", "indirect", "a appelé",
           "l'armée à « renoncer immédiatement » au pouvoir"),
        *S("le secrétaire général de l'ONU", "UN", "MMR", "negative", "indirect", "a « fermement condamné »",
           "l'arrestation des dirigeants civils"),
        *S("l'Australie", "AUS", "MMR", "negative", "indirect", "ont également condamné", "le putsch"),
        # "le Royaume-Uni … condamné" and "Londres convoquant l'ambassadeur": one speaker, the act
        *S("Londres", "GBR", "MMR", "negative", "act", "convoquant", "l'ambassadeur birman"),
        *S("l'Union européenne", "EU", "MMR", "negative", "indirect", "ont également condamné", "le putsch"),
        # taking note is neutral; "toutes les parties" is not listed
        *S("Wang Zhiming", "CHN", "MMR", "neutral", "direct", "a déclaré",
           "Nous avons pris note de ce qui s'est passé en Birmanie"),
        # ASEAN "sans condamner le coup d'Etat" and India's concern: not listed
        *S("le Japon", "JPN", "MMR", "negative", "indirect", "a appelé", "l'armée à libérer Mme Suu Kyi"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2019-01-10-venezuela-maduro-investiture"] = dict(
    mentions="""
CARACAS | LOC
AFP | ORG
Nicolas Maduro | PER | VEN
Venezuela | LOC | VEN
Paraguay | LOC | PRY
Caracas | LOC | VEN
Conseil permanent de l'Organisation des Etats américains | ORG | OAS
OEA | ORG | OAS
Washington | LOC
Maduro | PER | VEN
Maduro | PER | VEN
OEA | ORG | OAS
Etats-Unis | LOC | USA
Maduro | PER | VEN
Pérou | LOC | PER
Caracas | LOC | VEN
Washington | LOC | USA
Caracas | LOC | VEN
OEA | ORG | OAS
Washington | LOC | USA
Alfredo Urdaneta | PER | VEN
Caracas | LOC | VEN
Groupe de Lima | ORG
Mexique | LOC | MEX
Cuba | LOC | CUB
Bolivie | LOC | BOL
Russie | LOC | RUS
Chine | LOC | CHN
Evo Morales | PER | BOL
Nicolas Maduro | PER | VEN
Moscou | LOC | RUS
Washington | LOC | USA
Venezuela | LOC | VEN
Union européenne | ORG | EU
Caracas | LOC | VEN
""",
    statements=[
        # the "communauté internationale" boycotting the inauguration: not listed
        *S("le Paraguay", "PRY", "VEN", "negative", "act", "a annoncé",
           "la rupture de ses relations diplomatiques avec Caracas"),
        *S("le président paraguayen", "PRY", "VEN", "negative", "direct", "a déclaré",
           "Nous ne pouvons pas reconnaître un gouvernement issu d'élections illégitimes"),
        # a resolution adopted (act); the vote count is not listed
        *S("le Conseil permanent de l'Organisation des Etats américains", "OAS", "VEN", "negative", "act",
           "a adopté", "une résolution déclarant « illégitime » le nouveau mandat de M. Maduro"),
        *S("le secrétaire général de l'OEA", "OAS", "VEN", "negative", "direct", "a lancé",
           "Le régime de Maduro a perdu toute légitimité"),
        *S("les Etats-Unis", "USA", "VEN", "negative", "indirect", "ont dénoncé",
           "« l'usurpation » du pouvoir par M. Maduro"),
        # an entry ban on a state's officials: an act
        *S("le Pérou", "PER", "VEN", "negative", "act", "a interdit",
           "l'entrée sur son territoire à une centaine de responsables vénézuéliens"),
        *S("Caracas", "VEN", "USA", "negative", "indirect", "accusé",
           "Washington d'orchestrer un « coup d'Etat »"),
        *S("Caracas", "VEN", "OAS", "negative", "attribution", "Selon Caracas",
           "l'OEA n'est qu'« un instrument au service de Washington »"),
        # relations with "les pays du Groupe de Lima" (a group, members unnamed), Mexico's
        # refusal to sign and the envoys sent to the ceremony: not listed
        *S("Evo Morales", "BOL", "VEN", "positive", "indirect", "exprimé",
           "son « soutien total » à Nicolas Maduro"),
        *S("Moscou", "RUS", "USA", "negative", "indirect", "a de son côté dénoncé",
           "les « tentatives de déstabilisation » de Washington au Venezuela"),
        *S("l'Union européenne", "EU", "VEN", "negative", "indirect", "a regretté",
           "que la présidentielle n'ait été « ni libre ni équitable »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2019-11-02-rugby-mondial-afrique-du-sud-sacre"] = dict(
    mentions="""
YOKOHAMA | LOC
Japon | LOC | JPN
AFP | ORG
Afrique du Sud | LOC | ZAF
Coupe du monde de rugby | MISC
Angleterre | LOC
Yokohama | LOC
Nouvelle-Zélande | LOC | NZL
Springboks | ORG
Thando Mokoena | PER
Pieter Nel | PER
Johan Botha | PER
Sipho Mathebula | PER
trophée Webb Ellis | MISC
Cyril Ramaphosa | PER | ZAF
Nouvelle-Zélande | LOC | NZL
Japon | LOC | JPN
Springboks | ORG
Hagibis | MISC
""",
    statements=[],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-11-11-asean-timor-oriental-adhesion"] = dict(
    mentions="""
PHNOM PENH | LOC
AFP | ORG
Association des nations de l'Asie du Sud-Est | ORG | ASEAN
Asean | ORG | ASEAN
Timor oriental | LOC | TLS
Dili | LOC | TLS
Asean | ORG | ASEAN
Asean | ORG | ASEAN
Hun Sen | PER | KHM
Dili | LOC | TLS
Birmanie | LOC | MMR
Asean | ORG | ASEAN
Naypyidaw | LOC | MMR
Joko Widodo | PER | IDN
Birmanie | LOC | MMR
Australie | LOC | AUS
Asean | ORG | ASEAN
Timor oriental | LOC | TLS
ONU | ORG | UN
""",
    statements=[
        # accepting a membership in principle: a positive act
        *S("les dirigeants de l'Association des nations de l'Asie du Sud-Est", "ASEAN", "TLS", "positive",
           "act", "ont accepté", "l'adhésion du Timor oriental"),
        *S("le Premier ministre timorais", "TLS", "ASEAN", "positive", "indirect", "a remercié",
           "l'Asean pour sa \"confiance\""),
        *S("Hun Sen", "KHM", "TLS", "positive", "indirect", "a salué",
           "les \"progrès considérables\" accomplis par Dili"),
        # the exclusion of the junta (background act) and the leaders' demand: one statement, the act
        *S("l'Asean", "ASEAN", "MMR", "negative", "act", "reste exclue",
           "dont la junte reste exclue des réunions de haut niveau de l'Asean"),
        *S("la junte birmane", "MMR", "ASEAN", "negative", "indirect", "a rejeté", "ces conclusions"),
        *S("Joko Widodo", "IDN", "MMR", "negative", "indirect", "a appelé",
           "ne pas laisser la Birmanie \"prendre en otage\" l'organisation"),
        *S("l'Australie", "AUS", "ASEAN", "positive", "indirect", "a salué",
           "la décision de l'Asean sur le Timor oriental"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-08-29-colombie-venezuela-relations-retablies"] = dict(
    mentions="""
CARACAS | LOC
AFP | ORG
Colombie | LOC | COL
Venezuela | LOC | VEN
Andrés Salcedo | PER | COL
Nicolas Maduro | PER | VEN
Caracas | LOC | VEN
Bogota | LOC | COL
Caracas | LOC | VEN
Gustavo Petro | PER | COL
Maduro | PER | VEN
Miraflores | LOC
Petro | PER | COL
Caracas | LOC | VEN
Bogota | LOC | COL
Caracas | LOC | VEN
Armée de libération nationale | ORG
ELN | ORG
Farc | ORG
Washington | LOC | USA
Maduro | PER | VEN
Bogota | LOC | COL
""",
    statements=[
        # restoring relations: a positive act each way; the 2019 break, a negative background act
        *S("Bogota", "COL", "VEN", "positive", "act", "avaient annoncé",
           "leur décision de rétablir leurs relations"),
        *S("Caracas", "VEN", "COL", "positive", "act", "avaient annoncé",
           "leur décision de rétablir leurs relations"),
        *S("Caracas", "VEN", "COL", "negative", "act", "rompues",
           "relations diplomatiques rompues par Caracas en février 2019"),
        *S("Nicolas Maduro", "VEN", "COL", "positive", "direct", "a déclaré",
           "Nous sommes deux peuples frères qui n'auraient jamais dû être séparés"),
        *S("Gustavo Petro", "COL", "VEN", "positive", "indirect", "a salué",
           "\"un pas décisif\" vers la normalisation avec Caracas"),
        # a past accusation of the previous government (background)
        *S("Bogota", "COL", "VEN", "negative", "indirect", "accusait",
           "Caracas d'abriter sur son territoire des guérilleros"),
        # not recognising the re-election (a standing refusal in a relative clause)
        *S("Washington", "USA", "VEN", "negative", "indirect", "ne reconnaît pas",
           "qui ne reconnaît pas la réélection de M. Maduro en 2018"),
        *S("Washington", "USA", "COL", "neutral", "indirect", "a dit \"prendre note\"",
           "\"prendre note\" de la décision colombienne"),
        *S("Washington", "USA", "COL", "negative", "indirect", "appelant",
           "Bogota à ne pas \"légitimer\" le pouvoir chaviste"),
    ],
)
