"""Labels of the dev7 set (texts in corpora/dev7/).

Read by scripts/make_gold.py; see corpora/labels/README.md for the format.
Conventions are in corpora/README.md ("Annotation decisions", with the dev2 to dev6
additions at its end, and the per-document table under "Documents: dev7", whose
"hard cases" column notes the few cases the earlier sets did not settle).
"""
from make_gold import S

# Codes this set needs beyond make_gold.py's shared sets (ISO 3166-1 alpha-3).
STATE_ACTORS = {
    "ALB", "ARM", "AUS", "BFA", "BGD", "BHR", "BIH", "BLR", "CAN", "COD", "COL",
    "CRI", "ECU", "EGY", "EST", "ETH", "FIN", "GEO", "GTM", "HRV", "HTI", "HUN",
    "IDN", "IRQ", "LTU", "MDA", "MEX", "MKD", "NOR", "NZL", "OMN", "PAN", "PNG", "POL",
    "QAT", "ROU", "SAU", "SLB", "SOM", "SRB", "SVK", "SWE", "SYR", "TUN", "UZB", "VEN",
    "YEM",
}

# Organisation codes beyond make_gold.py's: the usual English acronym in capitals,
# the same codes as data/actors/organisations.tsv.
ORG_ACTORS = {
    "LAS",        # Ligue arabe
    "OAS",        # Organisation des Etats américains (OEA) and its Conseil permanent
    "GCC",        # Conseil de coopération du Golfe
    "PIF",        # Forum des îles du Pacifique
    "WTO",        # Organisation mondiale du commerce (OMC)
    "OIC",        # Organisation de la coopération islamique (OCI)
}

# Capitalised words that are not entities (sentence and quote openers, "A" without
# accent, job titles).
NOT_ENTITIES = {
    "A", "En", "On", "Ses", "Son", "Cet", "Cette", "Ces", "Ce", "Cinq", "Deux", "Onze",
    "Vingt-neuf", "Beaucoup", "Interrogé", "Signe", "Emmenés", "Personne", "Parti",
    "Mes", "Créée", "Aucun", "Aucune", "Près", "Chez", "Plusieurs", "Des", "Si", "B", "Seul", "Nos",
    "Premier", "Première",                                      # "Premier ministre"
    "Intérieur", "Eau", "Mer", "Economie", "Culture",           # job titles
    "ONG",                                                      # a common noun
}

DOCS: dict[str, dict] = {}

# ---------------------------------------------------------------------------
DOCS["afp-2021-07-08-nil-barrage-conseil-de-securite"] = dict(
    mentions="""
NEW YORK | LOC
AFP | ORG
Egypte | LOC | EGY
Soudan | LOC | SDN
Conseil de sécurité de l'ONU | ORG | UN
Ethiopie | LOC | ETH
Grand barrage de la Renaissance | LOC
Addis Abeba | LOC | ETH
Nil | LOC
Ethiopie | LOC | ETH
Hossam Abdel-Latif | PER | EGY
Ethiopie | LOC | ETH
Conseil | ORG | UN
Egypte | LOC | EGY
Amira Osman Babiker | PER | SDN
Addis Abeba | LOC | ETH
Roseires | LOC
Conseil | ORG | UN
Tesfaye Gebremedhin | PER | ETH
Caire | LOC | EGY
Khartoum | LOC | SDN
Conseil | ORG | UN
Egypte | LOC | EGY
Tunisie | LOC | TUN
Conseil | ORG | UN
Egypte | LOC | EGY
Soudan | LOC | SDN
Ethiopie | LOC | ETH
Union africaine | ORG | AU
République démocratique du Congo | LOC | COD
Le Caire | LOC | EGY
Khartoum | LOC | SDN
Addis Abeba | LOC | ETH
ONU | ORG | UN
Corne de l'Afrique | LOC
Helena Marques | PER | UN
Union africaine | ORG | AU
Dmitri Chestakov | PER | RUS
UA | ORG | AU
Etats-Unis | LOC | USA
Ethiopie | LOC | ETH
Addis Abeba | LOC | ETH
Ligue arabe | ORG | LAS
Ethiopie | LOC | ETH
Egypte | LOC | EGY
Nil | LOC
""",
    statements=[
        *S("l'Egypte", "EGY", "ETH", "negative", "indirect", "accusant",
           "Addis Abeba de mettre en danger « plus de 150 millions » de personnes"),
        *S("le Soudan", "SDN", "ETH", "negative", "indirect", "accusant",
           "Addis Abeba de mettre en danger « plus de 150 millions » de personnes"),
        *S("Hossam Abdel-Latif", "EGY", "ETH", "negative", "indirect", "a qualifiée",
           "une décision que le ministre égyptien des Affaires étrangères, Hossam Abdel-Latif, a qualifiée de « menace existentielle »"),
        *S("Amira Osman Babiker", "SDN", "ETH", "negative", "indirect", "a estimé",
           "le remplissage décidé unilatéralement par Addis Abeba faisait peser un risque direct"),
        *S("Tesfaye Gebremedhin", "ETH", "EGY SDN", "negative", "indirect", "a rejeté",
           "les accusations du Caire et de Khartoum"),
        # a draft resolution calling the three named parties alike: neutral to each
        *S("la Tunisie", "TUN", "EGY SDN ETH", "neutral", "indirect", "a fait circuler un projet de résolution",
           "appelant l'Egypte, le Soudan et l'Ethiopie à conclure"),
        # the chair speaks for the organisation (dev2)
        *S("la présidence de l'Union africaine", "AU", "EGY SDN ETH", "neutral", "indirect", "a appelé",
           "Le Caire, Khartoum et Addis Abeba à « faire preuve de retenue »"),
        *S("Helena Marques", "UN", "AU", "positive", "indirect", "saluant",
           "« les efforts inlassables » de l'Union africaine"),
        # "sans désigner de pays": the warning is not listed, the praise of the AU is
        *S("Dmitri Chestakov", "RUS", "AU", "positive", "indirect", "estimé",
           "l'UA était « la mieux placée »"),
        *S("les Etats-Unis", "USA", "ETH", "negative", "indirect", "ont pour leur part appelé",
           "l'Ethiopie à « s'abstenir de toute action unilatérale »"),
        *S("Addis Abeba", "ETH", "LAS", "negative", "indirect", "a également dénoncé",
           "la « partialité » de la Ligue arabe"),
        # background act in a relative clause
        *S("la Ligue arabe", "LAS", "ETH", "negative", "act", "avait adopté en juin une résolution",
           "une résolution exhortant l'Ethiopie à suspendre le remplissage"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-11-24-finlande-russie-frontiere"] = dict(
    mentions="""
HELSINKI | LOC
AFP | ORG
Finlande | LOC | FIN
Russie | LOC | RUS
Moscou | LOC | RUS
Raja-Jooseppi | LOC
Laponie | LOC
Aino Lehtonen | PER | FIN
Yémen | LOC | YEM
Somalie | LOC | SOM
Syrie | LOC | SYR
Moscou | LOC | RUS
Kremlin | LOC | RUS
Helsinki | LOC | FIN
Dmitri Orlov | PER | RUS
Finlande | LOC | FIN
Moscou | LOC
Estonie | LOC | EST
Russie | LOC | RUS
Bélarus | LOC | BLR
Pologne | LOC | POL
Lituanie | LOC | LTU
Lauri Kask | PER | EST
Helsinki | LOC | FIN
Tallinn | LOC | EST
Moscou | LOC | RUS
Frontex | ORG | EU
Finlande | LOC | FIN
Commission européenne | ORG | EU
Russie | LOC | RUS
Otan | ORG | NATO
Alliance | ORG | NATO
Moscou | LOC | RUS
Norvège | LOC | NOR
Russie | LOC | RUS
Storskog | LOC
Finlande | LOC | FIN
Russie | LOC | RUS
Union européenne | ORG | EU
""",
    statements=[
        # closing border posts is no act (dev5); the accusation is listed
        *S("la Finlande", "FIN", "RUS", "negative", "indirect", "accusant",
           "Moscou d'acheminer délibérément vers son territoire des centaines de demandeurs d'asile"),
        *S("Aino Lehtonen", "FIN", "RUS", "negative", "direct", "a déclaré",
           "Les autorités russes conduisent ces personnes jusqu'à notre frontière"),
        *S("le président finlandais", "FIN", "RUS", "negative", "indirect", "a appelé",
           "Moscou à « cesser immédiatement ce jeu cynique avec des êtres humains »"),
        *S("le Kremlin", "RUS", "FIN", "negative", "indirect", "a rejeté",
           "les accusations finlandaises"),
        *S("Dmitri Orlov", "RUS", "FIN", "negative", "direct", "a déclaré",
           "Nous regrettons profondément que Helsinki ait choisi la voie de la confrontation"),
        *S("la diplomatie russe", "RUS", "FIN", "negative", "act", "a par ailleurs convoqué",
           "l'ambassadeur de Finlande à Moscou"),
        *S("Lauri Kask", "EST", "BLR", "negative", "direct", "a affirmé",
           "Nous reconnaissons la méthode employée par le Bélarus en 2021 contre la Pologne et la Lituanie"),
        *S("Lauri Kask", "EST", "FIN", "positive", "indirect", "a exprimé",
           "sa « pleine solidarité » avec Helsinki"),
        *S("Tallinn", "EST", "RUS", "negative", "attribution", "Aux yeux de Tallinn",
           "Moscou « teste » la solidarité européenne à ses frontières"),
        # agents sent "en soutien": a positive act (dev2)
        *S("Frontex", "EU", "FIN", "positive", "act", "a annoncé l'envoi",
           "en soutien à la Finlande"),
        *S("la Commission européenne", "EU", "RUS", "negative", "indirect", "dénoncé",
           "« l'instrumentalisation honteuse » de migrants par la Russie"),
        # NATO "sans toutefois mettre en cause directement Moscou", Norway's refusal: not listed
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-05-22-papouasie-etats-unis-defense"] = dict(
    mentions="""
PORT MORESBY | LOC
AFP | ORG
Robert Hallman | PER | USA
Papouasie-Nouvelle-Guinée | LOC | PNG
James Kombra | PER | PNG
Washington | LOC | USA
Pékin | LOC | CHN
Pacifique Sud | LOC
Lombrum | LOC
Manus | LOC
Kombra | PER | PNG
Washington | LOC | USA
Etats-Unis | LOC | USA
Hallman | PER | USA
Lae | LOC
Pékin | LOC
Liu Jianming | PER | CHN
Etats-Unis | LOC | USA
Pacifique | LOC
Chine | LOC | CHN
Papouasie-Nouvelle-Guinée | LOC | PNG
Australie | LOC | AUS
Port Moresby | LOC | PNG
Washington | LOC | USA
Nouvelle-Zélande | LOC | NZL
Washington | LOC | USA
Pékin | LOC | CHN
Pacifique | LOC
Forum des îles du Pacifique | ORG | PIF
Salomon | LOC | SLB
Chine | LOC | CHN
""",
    statements=[
        # a defence agreement signed by two states: a positive act each way (dev4)
        *S("Robert Hallman", "USA", "PNG", "positive", "act", "ont signé",
           "un accord de coopération en matière de défense"),
        *S("James Kombra", "PNG", "USA", "positive", "act", "ont signé",
           "un accord de coopération en matière de défense"),
        # "Il a remercié Washington" and Hallman's quote: same speakers and stances as the acts
        *S("Liu Jianming", "CHN", "USA", "negative", "indirect", "Il a accusé",
           "les Etats-Unis de vouloir « transformer le Pacifique en arène de confrontation entre grandes puissances »"),
        *S("Liu Jianming", "CHN", "PNG", "positive", "indirect", "tout en saluant",
           "« l'amitié solide » entre la Chine et la Papouasie-Nouvelle-Guinée"),
        *S("l'Australie", "AUS", "PNG USA", "positive", "indirect", "a félicité",
           "Port Moresby et Washington"),
        *S("la Nouvelle-Zélande", "NZL", "USA CHN", "neutral", "indirect", "a appelé",
           "Washington et Pékin à ne pas faire du Pacifique « un terrain de compétition militaire »"),
        # students and the opposition leader (domestic), the PIF "sans citer aucun pays",
        # the Solomons' silence: not listed
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-12-15-bosnie-ue-candidature"] = dict(
    mentions="""
BRUXELLES | LOC
AFP | ORG
Union européenne | ORG | EU
Bosnie-Herzégovine | LOC | BIH
Bosnie-Herzégovine | LOC | BIH
Union | ORG | EU
Conseil européen | ORG | EU
Bruxelles | LOC | EU
Sarajevo | LOC | BIH
Emir Kovacevic | PER | BIH
Vingt-Sept | ORG | EU
Washington | LOC | USA
Republika Srpska | LOC
Bosnie | LOC | BIH
Nenad Savic | PER
Occident | LOC
Balkans | LOC
Sarajevo | LOC
Russie | LOC | RUS
Igor Kalinine | PER | RUS
Union européenne | ORG | EU
Croatie | LOC | HRV
Vingt-Sept | ORG | EU
Pays-Bas | LOC | NLD
Sarajevo | LOC | BIH
Belgrade | LOC
Bosnie-Herzégovine | LOC | BIH
Bruxelles | LOC | EU
Serbie | LOC | SRB
UE | ORG | EU
Ukraine | LOC | UKR
Moldavie | LOC | MDA
Macédoine du Nord | LOC | MKD
""",
    statements=[
        *S("les dirigeants de l'Union européenne", "EU", "BIH", "positive", "act", "ont accordé",
           "le statut officiel de candidat à l'adhésion"),
        *S("le président du Conseil européen", "EU", "BIH", "positive", "direct", "a déclaré",
           "C'est un message fort adressé aux citoyens de Bosnie-Herzégovine"),
        # conditions: a call to change course (dev4)
        *S("Bruxelles", "EU", "BIH", "negative", "indirect", "attend",
           "de Sarajevo qu'il engage des réformes de l'Etat de droit"),
        *S("Emir Kovacevic", "BIH", "EU", "positive", "indirect", "remercié",
           "les Vingt-Sept pour leur « confiance »"),
        # a passive agent, towards the actor whose act is praised (dev2)
        *S("Washington", "USA", "EU", "positive", "indirect", "a également été saluée par Washington",
           "La décision a également été saluée par Washington"),
        # the Republika Srpska's president (a regional leader) accusing "l'Occident": not listed
        *S("Igor Kalinine", "RUS", "EU", "negative", "indirect", "accusé",
           "l'Union européenne de « fermer les yeux » sur les problèmes du pays"),
        *S("la Croatie", "HRV", "BIH", "positive", "indirect", "plaidait depuis des mois",
           "en faveur de sa voisine"),
        *S("la Croatie", "HRV", "EU", "positive", "indirect", "a salué",
           "la décision des Vingt-Sept"),
        *S("les Pays-Bas", "NLD", "BIH", "negative", "indirect", "ont averti",
           "Sarajevo devrait obtenir « des résultats concrets »"),
        *S("le président serbe", "SRB", "BIH", "positive", "indirect", "a dit se réjouir",
           "« sincèrement » pour la Bosnie-Herzégovine"),
        *S("le président serbe", "SRB", "EU", "negative", "indirect", "reproché",
           "Bruxelles de traiter la Serbie, candidate depuis 2012, de manière « injuste »"),
        # granting candidate status, told in a relative clause (dev6)
        *S("l'UE", "EU", "UKR MDA", "positive", "act", "avait accordé",
           "l'Ukraine et à la Moldavie"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-06-16-mali-minusma-retrait"] = dict(
    mentions="""
NATIONS UNIES | LOC
Etats-Unis | LOC | USA
AFP | ORG
Mali | LOC | MLI
Conseil de sécurité | ORG | UN
ONU | ORG | UN
Minusma | ORG | UN
Minusma | ORG | UN
Abdoulaye Konaté | PER | MLI
Mali | LOC | MLI
France | LOC | FRA
Minusma | ORG | UN
ONU | ORG | UN
Bamako | LOC | MLI
Paris | LOC | FRA
Mali | LOC | MLI
Wagner | ORG
Moscou | LOC | RUS
Etats-Unis | LOC | USA
Burkina Faso | LOC | BFA
Bamako | LOC | MLI
Communauté économique des Etats de l'Afrique de l'Ouest | ORG | ECOWAS
Cédéao | ORG | ECOWAS
Mali | LOC | MLI
Allemagne | LOC | DEU
Minusma | ORG | UN
Nations unies | ORG | UN
""",
    statements=[
        *S("le Mali", "MLI", "UN", "negative", "indirect", "a exigé",
           "le retrait « sans délai » de la mission de paix de l'ONU"),
        *S("Abdoulaye Konaté", "MLI", "UN", "negative", "direct", "a lancé",
           "La Minusma semble être devenue une partie du problème"),
        *S("Abdoulaye Konaté", "MLI", "FRA", "negative", "indirect", "Il a également accusé",
           "la France d'avoir utilisé la mission « comme paravent »"),
        *S("le secrétaire général de l'ONU", "UN", "MLI", "neutral", "indirect", "a dit « prendre note »",
           "la demande de Bamako"),
        *S("Paris", "FRA", "MLI", "negative", "indirect", "a rejeté",
           "des accusations « sans fondement »"),
        # Wagner (a company) is no actor; the relative clause names Moscow
        *S("Paris", "FRA", "RUS", "negative", "indirect", "dénoncé",
           "« que Moscou finance, arme et protège »"),
        *S("le représentant russe", "RUS", "MLI", "positive", "indirect", "a au contraire dit",
           "« respecter pleinement » la décision souveraine des autorités maliennes"),
        *S("les Etats-Unis", "USA", "MLI", "negative", "indirect", "ont « vivement regretté »",
           "la demande malienne"),
        *S("le Burkina Faso", "BFA", "MLI", "positive", "indirect", "a apporté",
           "son « soutien total » à Bamako"),
        *S("la Cédéao", "ECOWAS", "MLI", "neutral", "indirect", "a pris acte",
           "la décision du Mali"),
        # the Minusma chief's "pratiquement impossible" (no stance); Germany's own troop
        # withdrawal and silence: not listed
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-09-18-iran-etats-unis-prisonniers-qatar"] = dict(
    mentions="""
DOHA | LOC
AFP | ORG
Iran | LOC | IRN
Doha | LOC
Qatar | LOC | QAT
Oman | LOC | OMN
Corée du Sud | LOC | KOR
Qatar | LOC | QAT
Oman | LOC | OMN
Washington | LOC | USA
ministère iranien du Renseignement | ORG | IRN
Iran | LOC | IRN
Qatar | LOC | QAT
Téhéran | LOC
Reza Kazemi | PER | IRN
Doha | LOC | QAT
Mascate | LOC | OMN
Washington | LOC | USA
ministère qatari des Affaires étrangères | ORG | QAT
Etats-Unis | LOC | USA
Iran | LOC | IRN
Israël | LOC | ISR
Washington | LOC | USA
Washington | LOC
Etats-Unis | LOC | USA
""",
    statements=[
        # the exchange and the release of funds have no named agent: not listed
        *S("le président américain", "USA", "QAT OMN", "positive", "indirect", "a remercié",
           "le Qatar et Oman pour leur « aide inlassable »"),
        *S("Washington", "USA", "IRN", "negative", "act", "a annoncé le même jour de nouvelles sanctions",
           "de nouvelles sanctions contre le ministère iranien du Renseignement"),
        *S("le chef de la diplomatie américaine", "USA", "IRN", "negative", "direct", "a prévenu",
           "Nous continuerons à tenir l'Iran responsable de ses actions déstabilisatrices"),
        *S("Reza Kazemi", "IRN", "QAT OMN", "positive", "indirect", "a salué",
           "le rôle « constructif » de Doha et de Mascate"),
        *S("Reza Kazemi", "IRN", "USA", "negative", "indirect", "tout en dénonçant",
           "les sanctions « illégales » de Washington"),
        # a wish for dialogue between two named states: neutral to both (dev6)
        *S("le ministère qatari des Affaires étrangères", "QAT", "USA IRN", "neutral", "indirect", "a souhaité",
           "cet accord ouvre la voie à « davantage de dialogue » entre les Etats-Unis et l'Iran"),
        # "ceux qui pratiquent la diplomatie des otages" names no one
        *S("le bureau du Premier ministre", "ISR", "USA", "negative", "indirect", "a estimé",
           "Washington envoyait « un mauvais signal »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-07-02-panama-darien-migrants"] = dict(
    mentions="""
PANAMA | LOC
AFP | ORG
Etats-Unis | LOC | USA
Panama | LOC | PAN
Washington | LOC | USA
Darien | LOC
Etats-Unis | LOC | USA
Darien | LOC
Washington | LOC | USA
Equateur | LOC | ECU
Haïti | LOC | HTI
Chine | LOC | CHN
Colombie | LOC | COL
Andrés Restrepo | PER | COL
Panama | LOC | PAN
Bogota | LOC | COL
Caracas | LOC | VEN
Washington | LOC | USA
Costa Rica | LOC | CRI
Washington | LOC | USA
Haut-Commissariat des Nations unies pour les réfugiés | ORG | UN
HCR | ORG | UN
Panama | LOC | PAN
Organisation internationale pour les migrations | ORG | UN
OIM | ORG | UN
Darien | LOC
""",
    statements=[
        *S("les Etats-Unis", "USA", "PAN", "positive", "act", "ont signé",
           "un accord par lequel Washington financera le rapatriement des migrants"),
        *S("le Panama", "PAN", "USA", "positive", "act", "ont signé",
           "un accord par lequel Washington financera le rapatriement des migrants"),
        *S("le président panaméen", "PAN", "USA", "positive", "indirect", "a remercié",
           "Washington pour son « soutien concret »"),
        *S("la Colombie", "COL", "PAN", "negative", "indirect", "a exprimé ses réserves",
           "ses réserves sur le plan panaméen"),
        *S("Andrés Restrepo", "COL", "PAN", "negative", "indirect", "appelant",
           "le Panama à coordonner toute mesure avec Bogota"),
        *S("Caracas", "VEN", "USA", "negative", "attribution", "Selon Caracas",
           "Washington cherche avant tout à « criminaliser » les migrants vénézuéliens"),
        *S("le Costa Rica", "CRI", "USA", "positive", "indirect", "a salué",
           "l'engagement de Washington"),
        *S("le Haut-Commissariat des Nations unies pour les réfugiés", "UN", "PAN", "negative", "indirect",
           "a appelé", "le Panama à garantir à chaque migrant la possibilité de demander l'asile"),
        # "Selon les autorités panaméennes" and "D'après l'OIM": figures, not listed
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-03-16-japon-coree-du-sud-sommet"] = dict(
    mentions="""
TOKYO | LOC
AFP | ORG
Japon | LOC | JPN
Corée du Sud | LOC | KOR
Tokyo | LOC
Japon | LOC | JPN
Tokyo | LOC | JPN
Corée du Sud | LOC | KOR
Cour suprême | ORG | KOR
Parti démocrate | ORG
Tokyo | LOC | JPN
Pyongyang | LOC
KCNA | ORG | PRK
Séoul | LOC | KOR
Washington | LOC | USA
Washington | LOC | USA
Tokyo | LOC | JPN
Séoul | LOC | KOR
Wu Qiang | PER | CHN
Japon | LOC | JPN
ministère sud-coréen des Affaires étrangères | ORG | KOR
Dokdo | LOC
Tokyo | LOC | JPN
Takeshima | LOC
""",
    statements=[
        # "Le Japon et la Corée du Sud ont convenu": JPN->KOR positive is listed once,
        # with the act ("Tokyo a annoncé ... la levée"), as one collective speaker
        *S("la Corée du Sud", "KOR", "JPN", "positive", "indirect", "ont convenu",
           "reprendre leurs visites régulières au sommet et leur dialogue de sécurité"),
        *S("le Premier ministre japonais", "JPN", "KOR", "positive", "indirect", "a salué",
           "« un nouveau chapitre »"),
        *S("le président sud-coréen", "KOR", "JPN", "positive", "indirect", "a, de son côté, qualifié",
           "le Japon de « partenaire qui partage nos valeurs universelles »"),
        # lifting export restrictions on a state: a positive act
        *S("Tokyo", "JPN", "KOR", "positive", "act", "a annoncé dans la foulée la levée",
           "la levée des restrictions imposées en 2019 sur l'exportation vers la Corée du Sud"),
        # a standing claim on islets held by another state (dev5)
        *S("Tokyo", "JPN", "KOR", "negative", "indirect", "revendique",
           "que Tokyo appelle Takeshima et revendique depuis des décennies"),
        # court rulings against Japanese companies (private targets), victims' groups and
        # the opposition party: not listed
        *S("KCNA", "PRK", "KOR", "negative", "indirect", "a accusé",
           "Séoul de « s'agenouiller » devant son ancien colonisateur"),
        *S("KCNA", "PRK", "USA", "negative", "indirect", "dénoncé",
           "les « manoeuvres » de Washington"),
        *S("Washington", "USA", "JPN KOR", "positive", "indirect", "a félicité",
           "Tokyo et Séoul pour leur « courage politique »"),
        # "s'est gardé de la commenter mais a mis en garde le Japon"
        *S("Wu Qiang", "CHN", "JPN", "negative", "indirect", "a mis en garde",
           "le Japon contre toute « remilitarisation »"),
        *S("le ministère sud-coréen des Affaires étrangères", "KOR", "JPN", "negative", "indirect",
           "a protesté", "contre un livre blanc japonais mentionnant les îlots Dokdo"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-05-06-jersey-peche-france-royaume-uni"] = dict(
    mentions="""
SAINT-HELIER | LOC
Jersey | LOC
AFP | ORG
Saint-Hélier | LOC
Jersey | LOC
Londres | LOC | GBR
Royal Navy | ORG | GBR
Brexit | MISC
Paris | LOC | FRA
Londres | LOC | GBR
Royaume-Uni | LOC | GBR
Union européenne | ORG | EU
Assemblée nationale | ORG | FRA
Annick Le Floch | PER | FRA
Cotentin | LOC
Downing Street | LOC | GBR
Jersey | LOC
Commission européenne | ORG | EU
Royaume-Uni | LOC | GBR
Paris | LOC | FRA
Londres | LOC | GBR
Belgique | LOC | BEL
France | LOC | FRA
Granville | LOC
Carteret | LOC
Jersey | LOC
Jersey | LOC
Royaume-Uni | LOC | GBR
Union européenne | ORG | EU
Londres | LOC | GBR
""",
    statements=[
        # the patrol boats sent "pour surveiller la situation" have no actor target
        *S("Paris", "FRA", "GBR", "negative", "indirect", "accusant",
           "Londres de « prendre en otage » les pêcheurs français"),
        # her threat to cut the island's power targets Jersey (no code): same triple anyway
        *S("Annick Le Floch", "FRA", "GBR", "negative", "direct", "avait déclaré",
           "Le Royaume-Uni doit respecter l'accord de commerce et de coopération"),
        *S("Downing Street", "GBR", "FRA", "negative", "indirect", "a qualifié",
           "ces menaces d'« inacceptables et disproportionnées »"),
        # "soutien indéfectible à Jersey": Jersey is no actor, not listed
        *S("le secrétaire d'Etat français aux Affaires européennes", "FRA", "GBR", "negative", "indirect",
           "a jugé", "l'envoi des patrouilleurs britanniques « inutile et provocateur »"),
        *S("la Commission européenne", "EU", "GBR", "negative", "indirect", "a reproché",
           "au Royaume-Uni de ne pas avoir notifié à temps les nouvelles conditions"),
        *S("la Commission européenne", "EU", "FRA GBR", "neutral", "indirect", "tout en appelant",
           "Paris et Londres à « la retenue »"),
        *S("la Belgique", "BEL", "FRA", "positive", "indirect", "a apporté",
           "son soutien à la France"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-09-08-albanie-iran-cyberattaque"] = dict(
    mentions="""
TIRANA | LOC
AFP | ORG
Albanie | LOC | ALB
Iran | LOC | IRN
République islamique d'Iran | LOC | IRN
Microsoft | ORG
ministère iranien du Renseignement | ORG | IRN
Téhéran | LOC | IRN
Hossein Rahimi | PER | IRN
Tirana | LOC | ALB
Moudjahidine du peuple | ORG
MEK | ORG
Durrës | LOC
Maison Blanche | LOC | USA
Albanie | LOC | ALB
Otan | ORG | NATO
Londres | LOC | GBR
Otan | ORG | NATO
Tirana | LOC | ALB
Téhéran | LOC | IRN
Albanie | LOC | ALB
Union | ORG | EU
Iran | LOC | IRN
""",
    statements=[
        # breaking off relations and expelling the diplomats: one act
        *S("l'Albanie", "ALB", "IRN", "negative", "act", "a rompu mercredi",
           "ses relations diplomatiques avec l'Iran"),
        *S("le Premier ministre albanais", "ALB", "IRN", "negative", "direct", "a déclaré",
           "l'attaque avait été commanditée par la République islamique d'Iran"),
        # "Selon le groupe Microsoft" (a company): not listed
        *S("Téhéran", "IRN", "ALB", "negative", "indirect", "a « fermement » rejeté",
           "des accusations « sans fondement »"),
        *S("Hossein Rahimi", "IRN", "ALB", "negative", "indirect", "accusé",
           "Tirana d'abriter « un groupe terroriste »"),
        *S("la Maison Blanche", "USA", "IRN", "negative", "indirect", "a condamné",
           "la cyberattaque iranienne"),
        *S("la Maison Blanche", "USA", "ALB", "positive", "indirect", "assuré",
           "l'Albanie, « alliée de l'Otan », de son soutien"),
        # a formal attribution (seed)
        *S("Londres", "GBR", "IRN", "negative", "act", "a formellement attribué",
           "l'attaque à des « acteurs étatiques iraniens »"),
        # NATO "sans toutefois attribuer elle-même l'opération à Téhéran": only the solidarity
        *S("l'Otan", "NATO", "ALB", "positive", "indirect", "exprimé",
           "sa « solidarité » avec Tirana"),
        *S("le chef de la diplomatie européenne", "EU", "ALB", "positive", "indirect", "a assuré",
           "l'Albanie, candidate à l'adhésion, du « soutien de l'Union »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-10-20-ue-iran-drones-sanctions"] = dict(
    mentions="""
BRUXELLES | LOC
AFP | ORG
Union européenne | ORG | EU
Téhéran | LOC | IRN
Russie | LOC | RUS
Shahed Aviation Industries | ORG
UE | ORG | EU
Iran | LOC | IRN
Russie | LOC | RUS
Luxembourg | LOC
Vingt-Sept | ORG | EU
Royaume-Uni | LOC | GBR
Washington | LOC | USA
Téhéran | LOC | IRN
Crimée | LOC
Iran | LOC | IRN
Ukraine | LOC | UKR
Saïd Rezaei | PER | IRN
Kremlin | LOC | RUS
Kiev | LOC | UKR
Oleksiï Martchenko | PER | UKR
Téhéran | LOC | IRN
Ukraine | LOC | UKR
Iran | LOC | IRN
Kiev | LOC
Hongrie | LOC | HUN
""",
    statements=[
        # the lead's "accusant Téhéran" is the same triple as the sanctions: listed once
        *S("l'Union européenne", "EU", "IRN", "negative", "act", "a adopté jeudi des sanctions",
           "des sanctions contre trois hauts gradés iraniens"),
        *S("le chef de la diplomatie européenne", "EU", "IRN RUS", "negative", "direct", "a déclaré",
           "L'Iran est devenu complice de la guerre d'agression que mène la Russie contre un pays souverain"),
        *S("le Royaume-Uni", "GBR", "IRN", "negative", "act", "a annoncé des mesures similaires",
           "des mesures similaires"),
        *S("Washington", "USA", "IRN", "negative", "attribution", "Selon Washington",
           "Téhéran a en outre dépêché en Crimée des instructeurs"),
        *S("l'Iran", "IRN", "EU", "negative", "indirect", "a démenti",
           "les accusations européennes"),
        *S("Saïd Rezaei", "IRN", "EU", "negative", "indirect", "a qualifié",
           "les sanctions de « décision irresponsable fondée sur de fausses informations »"),
        # the Kremlin's "aucune information": no target
        *S("Kiev", "UKR", "EU", "positive", "indirect", "a salué",
           "une décision « juste et nécessaire »"),
        # his call for a European embargo is no stance towards the EU (dev6)
        *S("Oleksiï Martchenko", "UKR", "IRN", "negative", "indirect", "a accusé",
           "Téhéran de « complicité dans le meurtre de civils »"),
        *S("l'Ukraine", "UKR", "IRN", "negative", "act", "a déjà retiré",
           "son accréditation à l'ambassadeur iranien"),
        # Hungary "ne s'est pas opposée" (a vote): not listed
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-09-06-aiea-zaporijjia-rapport"] = dict(
    mentions="""
VIENNE | LOC
AFP | ORG
Agence internationale de l'énergie atomique | ORG | IAEA
AIEA | ORG | IAEA
Zaporijjia | LOC
Ukraine | LOC | UKR
Europe | LOC
Conseil de sécurité | ORG | UN
AIEA | ORG | IAEA
Russie | LOC | RUS
Ukraine | LOC | UKR
Kiev | LOC | UKR
Moscou | LOC | RUS
Energoatom | ORG
Russie | LOC | RUS
Vienne | LOC
Mikhaïl Ouliakine | PER | RUS
Ukraine | LOC | UKR
AIEA | ORG | IAEA
Moscou | LOC | RUS
Dniepr | LOC
Washington | LOC | USA
Russie | LOC | RUS
Ukraine | LOC | UKR
Paris | LOC | FRA
Pékin | LOC | CHN
AIEA | ORG | IAEA
""",
    statements=[
        # the report names no one responsible: the IAEA's recommendation is not listed
        *S("le directeur général de l'AIEA", "IAEA", "RUS UKR", "neutral", "indirect", "a appelé",
           "la Russie et l'Ukraine à s'entendre « sans délai » sur une telle zone"),
        *S("Kiev", "UKR", "RUS", "negative", "indirect", "a accusé",
           "Moscou de transformer la centrale en « base militaire »"),
        *S("le président ukrainien", "UKR", "IAEA", "positive", "indirect", "a remercié",
           "l'agence pour la présence de ses inspecteurs"),
        *S("le président ukrainien", "UKR", "IAEA", "negative", "indirect", "regretté",
           "le rapport ne nomme pas clairement l'occupant"),
        # Energoatom, a state-owned operator (ORG, no actor, dev6): not listed
        *S("Mikhaïl Ouliakine", "RUS", "UKR", "negative", "indirect", "a accusé",
           "l'Ukraine de « terrorisme nucléaire »"),
        *S("Mikhaïl Ouliakine", "RUS", "IAEA", "positive", "indirect", "salué",
           "« le professionnalisme » des inspecteurs de l'AIEA"),
        *S("Moscou", "RUS", "UKR", "negative", "attribution", "Pour Moscou",
           "ce sont les forces ukrainiennes qui pilonnent la centrale"),
        *S("Washington", "USA", "RUS", "negative", "indirect", "a appelé",
           "la Russie à rendre « immédiatement » le contrôle de la centrale à l'Ukraine"),
        *S("Paris", "FRA", "IAEA", "positive", "indirect", "a salué",
           "le travail de l'agence"),
        # its call to "toutes les parties" is not listed
        *S("Pékin", "CHN", "IAEA", "positive", "indirect", "a dit soutenir",
           "la proposition de l'AIEA"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-12-08-guatemala-election-oea"] = dict(
    mentions="""
GUATEMALA | LOC
AFP | ORG
Organisation des Etats américains | ORG | OAS
OEA | ORG | OAS
Guatemala | LOC | GTM
Julio Samayoa | PER | GTM
Washington | LOC | USA
OEA | ORG | OAS
Conseil permanent | ORG | OAS
Washington | LOC
Etats-Unis | LOC | USA
Union européenne | ORG | EU
ministère guatémaltèque des Affaires étrangères | ORG | GTM
OEA | ORG | OAS
Samayoa | PER | GTM
OEA | ORG | OAS
Etats-Unis | LOC | USA
Union européenne | ORG | EU
Mexique | LOC | MEX
""",
    statements=[
        *S("l'Organisation des Etats américains", "OAS", "GTM", "negative", "indirect", "a dénoncé",
           "une « tentative de coup d'Etat » au Guatemala"),
        # the prosecutor's earlier sanctioning and the visa restrictions: one collective
        # speaker, one act listed (the first)
        *S("Washington", "USA", "GTM", "negative", "act", "sanctionnée",
           "dont la cheffe est elle-même sanctionnée par Washington"),
        *S("le secrétaire général de l'OEA", "OAS", "GTM", "negative", "indirect", "Il a appelé",
           "les autorités guatémaltèques à « respecter sans ambiguïté » le résultat des urnes"),
        *S("l'Union européenne", "EU", "GTM", "negative", "indirect", "a pour sa part menacé",
           "de sanctions les responsables guatémaltèques"),
        *S("le ministère guatémaltèque des Affaires étrangères", "GTM", "OAS", "negative", "indirect",
           "accusé", "l'OEA d'« outrepasser son mandat »"),
        *S("Julio Samayoa", "GTM", "OAS USA EU", "positive", "indirect", "a remercié",
           "l'OEA, les Etats-Unis et l'Union européenne pour leur « soutien ferme »"),
        *S("le président colombien", "COL", "GTM", "negative", "indirect", "a lui aussi dénoncé",
           "un « coup d'Etat judiciaire » orchestré par le parquet guatémaltèque"),
        # Mexico's "préoccupation", with no target: not listed
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-03-10-arabie-saoudite-iran-chine"] = dict(
    mentions="""
PEKIN | LOC
AFP | ORG
Arabie saoudite | LOC | SAU
Iran | LOC | IRN
Pékin | LOC
Riyad | LOC | SAU
Téhéran | LOC | IRN
Chine | LOC | CHN
Irak | LOC | IRQ
Oman | LOC | OMN
Zhou Weimin | PER | CHN
Chine | LOC | CHN
Moyen-Orient | LOC
Washington | LOC
Maison Blanche | LOC | USA
Yémen | LOC | YEM
Téhéran | LOC | IRN
Riyad | LOC | SAU
Etats-Unis | LOC | USA
ONU | ORG | UN
Chine | LOC | CHN
Oman | LOC | OMN
Irak | LOC | IRQ
Conseil de coopération du Golfe | ORG | GCC
Riyad | LOC | SAU
Bahreïn | LOC | BHR
Téhéran | LOC | IRN
Riyad | LOC | SAU
Israël | LOC | ISR
Yémen | LOC | YEM
Iran | LOC | IRN
Arabie saoudite | LOC | SAU
Arabie saoudite | LOC | SAU
Iran | LOC | IRN
Iran | LOC | IRN
""",
    statements=[
        # restoring relations: a positive act each way ("Riyad et Téhéran s'engagent" in the
        # joint communiqué is the same act of the same collective speakers)
        *S("l'Arabie saoudite", "SAU", "IRN", "positive", "act", "ont annoncé vendredi le rétablissement",
           "le rétablissement de leurs relations diplomatiques"),
        *S("l'Iran", "IRN", "SAU", "positive", "act", "ont annoncé vendredi le rétablissement",
           "le rétablissement de leurs relations diplomatiques"),
        # "Les deux pays y remercient": one statement per named state (dev6); Iraq and Oman
        # hosting earlier rounds is a fact
        *S("l'Arabie saoudite", "SAU", "CHN", "positive", "indirect", "y remercient",
           "la Chine pour son « rôle de médiation »"),
        *S("l'Iran", "IRN", "CHN", "positive", "indirect", "y remercient",
           "la Chine pour son « rôle de médiation »"),
        *S("Zhou Weimin", "CHN", "SAU IRN", "positive", "indirect", "félicité",
           "les deux délégations pour leur « sagesse »"),
        *S("un porte-parole de la Maison Blanche", "USA", "IRN", "negative", "indirect", "tout en doutant",
           "Téhéran « honore ses engagements »"),
        *S("le secrétaire général de l'ONU", "UN", "CHN OMN IRQ", "positive", "indirect", "a salué",
           "les « bons offices » de la Chine, d'Oman et de l'Irak"),
        *S("le Conseil de coopération du Golfe", "GCC", "SAU", "positive", "indirect", "a de son côté salué",
           "la « sagesse » de Riyad"),
        # background acts: Bahrain's break in a relative clause (its silence is not listed)
        # and the Saudi break of 2016 in the last paragraph
        *S("Bahreïn", "BHR", "IRN", "negative", "act", "avait rompu",
           "ses relations avec Téhéran en 2016"),
        *S("l'Arabie saoudite", "SAU", "IRN", "negative", "act", "avait rompu",
           "ses relations avec l'Iran en janvier 2016"),
        # the Israeli opposition, the Houthi rebels (an armed group): not listed
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-09-20-pologne-ukraine-cereales"] = dict(
    mentions="""
VARSOVIE | LOC
AFP | ORG
Pologne | LOC | POL
Ukraine | LOC | UKR
ONU | ORG | UN
Europe | LOC
Pologne | LOC | POL
Hongrie | LOC | HUN
Slovaquie | LOC | SVK
Varsovie | LOC | POL
Ukraine | LOC | UKR
Kiev | LOC | UKR
Kiev | LOC | UKR
Organisation mondiale du commerce | ORG | WTO
OMC | ORG | WTO
Ioulia Savtchenko | PER | UKR
Varsovie | LOC | POL
Budapest | LOC | HUN
Bratislava | LOC | SVK
Zoltan Kertész | PER | HUN
Facebook | ORG
Budapest | LOC | HUN
Ukraine | LOC | UKR
Commission européenne | ORG | EU
Roumanie | LOC | ROU
Kiev | LOC | UKR
Pologne | LOC | POL
mer Noire | LOC
""",
    statements=[
        *S("la Pologne", "POL", "UKR", "negative", "act", "a convoqué",
           "l'ambassadeur d'Ukraine"),
        # "certains de nos amis en Europe": unnamed, not listed
        # import bans on a state's products: acts (the Polish one is the same triple as the summons)
        *S("la Hongrie", "HUN", "UKR", "negative", "act", "ont décidé de prolonger unilatéralement",
           "l'embargo que la Pologne, la Hongrie et la Slovaquie ont décidé de prolonger unilatéralement sur les céréales ukrainiennes"),
        *S("la Slovaquie", "SVK", "UKR", "negative", "act", "ont décidé de prolonger unilatéralement",
           "l'embargo que la Pologne, la Hongrie et la Slovaquie ont décidé de prolonger unilatéralement sur les céréales ukrainiennes"),
        # his hedge "n'a pas exclu d'étendre l'embargo" is the same triple
        *S("le Premier ministre polonais", "POL", "UKR", "negative", "indirect", "ajoutant",
           "Varsovie ne livrerait plus de nouvelles armes à l'Ukraine"),
        *S("le président polonais", "POL", "UKR", "positive", "indirect", "assurant",
           "les relations avec Kiev restaient « bonnes »"),
        # the complaint to the WTO (seizing a panel) is not listed (dev6)
        *S("Ioulia Savtchenko", "UKR", "POL HUN SVK", "negative", "indirect", "a accusé",
           "Varsovie, Budapest et Bratislava de violer leurs obligations européennes et internationales"),
        *S("Zoltan Kertész", "HUN", "UKR", "negative", "direct", "a rétorqué sur Facebook",
           "Budapest ne cédera à aucun chantage de l'Ukraine"),
        # the Commission "sans se prononcer sur leur légalité": not listed
        *S("la Roumanie", "ROU", "UKR", "positive", "indirect", "salué",
           "l'engagement de Kiev à mettre en place un système de licences"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-03-14-norvege-course-chiens-de-traineau"] = dict(
    mentions="""
ALTA | LOC
Norvège | LOC | NOR
AFP | ORG
Erik Haugland | PER
Finnmarksløpet | MISC
Europe | LOC
Grand Nord | LOC
Alta | LOC
Kirkenes | LOC
Malin Sjöberg | PER
Institut météorologique norvégien | ORG | NOR
Finnmarksvidda | LOC
Norvège | LOC | NOR
Suède | LOC | SWE
Finlande | LOC | FIN
France | LOC | FRA
Etats-Unis | LOC | USA
Mathieu Arnoux | PER
Karasjok | LOC
Mourmansk | LOC
Finnmark | LOC
Iditarod | MISC
Alaska | LOC
""",
    statements=[],   # nothing to find
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-08-25-bangladesh-inondations"] = dict(
    mentions="""
DACCA | LOC
AFP | ORG
Bangladesh | LOC | BGD
Feni | LOC
AFP | ORG
Rahima Begum | PER
ministère de la Gestion des catastrophes | ORG | BGD
Feni | LOC
Comilla | LOC
Noakhali | LOC
Inde | LOC | IND
Dumbur | LOC
Tripura | LOC
Tripura | LOC
New Delhi | LOC | IND
Unicef | ORG | UN
Dacca | LOC
Chittagong | LOC
Bangladesh | LOC | BGD
""",
    statements=[],   # nothing to find
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-12-13-inde-chine-tawang"] = dict(
    mentions="""
NEW DELHI | LOC
AFP | ORG
Inde | LOC | IND
Tawang | LOC
Arunachal Pradesh | LOC
Parlement | ORG | IND
Ligne de contrôle effectif | LOC
LAC | LOC
Pékin | LOC | CHN
Armée populaire de libération | ORG | CHN
APL | ORG | CHN
Zhang Wenhui | PER | CHN
ministère chinois des Affaires étrangères | ORG | CHN
New Delhi | LOC | IND
Galwan | LOC
Ladakh | LOC
Parti du Congrès | ORG
Parlement | ORG | IND
Washington | LOC
Maison Blanche | LOC | USA
Inde | LOC | IND
Pentagone | LOC | USA
Chine | LOC | CHN
LAC | LOC
Chine | LOC | CHN
Arunachal Pradesh | LOC
Tibet du Sud | LOC
""",
    statements=[
        *S("l'Inde", "IND", "CHN", "negative", "indirect", "a accusé",
           "l'armée chinoise d'avoir tenté de \"modifier unilatéralement le statu quo\""),
        *S("le ministre indien de la Défense", "IND", "CHN", "negative", "attribution",
           "Selon le ministre indien de la Défense",
           "les troupes chinoises ont \"transgressé\" la Ligne de contrôle effectif"),
        # a contradicting version is a denial; "La Chine revendique ... l'Arunachal Pradesh"
        # (a standing claim) is the same collective speaker, target and stance
        *S("Pékin", "CHN", "IND", "negative", "indirect", "a livré une version opposée",
           "une version opposée"),
        *S("Zhang Wenhui", "CHN", "IND", "negative", "indirect", "a accusé",
           "les soldats indiens d'avoir \"franchi illégalement\" la ligne"),
        *S("le ministère chinois des Affaires étrangères", "CHN", "IND", "negative", "indirect", "a appelé",
           "New Delhi à \"cesser ses provocations\""),
        # the Congress party (domestic): not listed
        *S("la porte-parole de la Maison Blanche", "USA", "IND", "positive", "indirect", "a dit soutenir",
           "les efforts de l'Inde pour désamorcer la situation"),
        *S("le Pentagone", "USA", "CHN", "negative", "indirect", "a pour sa part accusé",
           "la Chine de \"continuer à masser des forces"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-10-06-onu-droits-homme-xinjiang"] = dict(
    mentions="""
GENEVE | LOC
AFP | ORG
Conseil des droits de l'homme de l'ONU | ORG | UN
Xinjiang | LOC
Pékin | LOC | CHN
Etats-Unis | LOC | USA
Canada | LOC | CAN
Royaume-Uni | LOC | GBR
Haut-Commissariat aux droits de l'homme | ORG | UN
Sarah Whitmore | PER | USA
Conseil | ORG | UN
Chine | LOC | CHN
Li Dawei | PER | CHN
Etats-Unis | LOC | USA
Chine | LOC | CHN
Pékin | LOC
ministère des Affaires étrangères | ORG | CHN
Haut-Commissariat | ORG | UN
Occident | LOC
Indonésie | LOC | IDN
Xinjiang | LOC
Organisation de la coopération islamique | ORG | OIC
OCI | ORG | OIC
Royaume-Uni | LOC | GBR
Pékin | LOC | CHN
Ottawa | LOC | CAN
Chine | LOC | CHN
Congrès mondial ouïghour | ORG
Amnesty International | ORG
Conseil | ORG | UN
Conseil | ORG | UN
""",
    statements=[
        # the failed motion, the votes and its presentation by four states: not listed
        *S("le Haut-Commissariat aux droits de l'homme", "UN", "CHN", "negative", "indirect", "évoquait",
           "de « graves violations » des droits humains commises par les autorités chinoises"),
        *S("Sarah Whitmore", "USA", "UN", "negative", "indirect", "a « regretté »",
           "la décision du Conseil"),
        *S("Sarah Whitmore", "USA", "CHN", "negative", "indirect", "accusé",
           "la Chine de « fuir tout examen » de sa politique"),
        # welcoming an organisation's decision (dev4)
        *S("Li Dawei", "CHN", "UN", "positive", "indirect", "a salué",
           "un vote qui, selon lui, montre que « la vérité et la justice » l'ont emporté"),
        *S("Li Dawei", "CHN", "USA", "negative", "indirect", "accusé",
           "les Etats-Unis et leurs alliés d'utiliser les droits de l'homme comme prétexte"),
        *S("le ministère des Affaires étrangères", "CHN", "UN", "negative", "indirect", "a de nouveau qualifié",
           "le rapport du Haut-Commissariat de « farce »"),
        # Indonesia's vote and its "préoccupée" (no target), the OIC members' votes, the NGOs:
        # not listed
        *S("le Royaume-Uni", "GBR", "CHN", "negative", "indirect", "a assuré",
           "continuera à demander des comptes à Pékin"),
        *S("Ottawa", "CAN", "CHN", "negative", "indirect", "a appelé",
           "la Chine à permettre un accès « sans entrave » aux observateurs indépendants"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-08-09-olympiade-echecs-chennai"] = dict(
    mentions="""
CHENNAI | LOC
Inde | LOC | IND
AFP | ORG
Ouzbékistan | LOC | UZB
Olympiade d'échecs | MISC
Mamallapuram | LOC
Chennai | LOC
Arménie | LOC | ARM
Inde | LOC | IND
Ukraine | LOC | UKR
Nodirbek Yusupov | PER
Pays-Bas | LOC | NLD
AFP | ORG
Ukraine | LOC | UKR
Géorgie | LOC | GEO
Inde | LOC | IND
Natalia Moroz | PER
Russie | LOC | RUS
Bélarus | LOC | BLR
Fédération internationale des échecs | ORG
FIDE | ORG
Chine | LOC | CHN
Inde | LOC | IND
Jawaharlal-Nehru | LOC
Olympiade | MISC
Budapest | LOC
""",
    statements=[],   # nothing to find
)
