"""Labels of the dev8 set (texts in corpora/dev8/).

Read by scripts/make_gold.py; see corpora/labels/README.md for the format.
Conventions are in corpora/README.md ("Annotation decisions", with the dev2 to dev6
additions at its end, and the per-document tables, whose "hard cases" columns note the
cases the earlier sets did not settle).
"""
from make_gold import S

# Codes this set needs beyond make_gold.py's shared sets (ISO 3166-1 alpha-3).
STATE_ACTORS = {
    "ARG", "AUT", "BDI", "BGR", "BHS", "BLR", "BOL", "CHL", "CIV", "COL", "CZE", "DNK",
    "DOM", "ECU", "ESP", "GAB", "GHA", "GIN", "GNQ", "GRC", "GTM", "GUY", "HND", "HTI",
    "HUN", "IRL", "JAM", "KEN", "LTU", "MDV", "MEX", "MKD", "MUS", "NAM", "NGA", "NIC",
    "PER", "PHL", "POL", "QAT", "RWA", "SEN", "SRB", "SYC", "TCD", "TWN", "VEN",
}

# Organisation codes beyond make_gold.py's: the usual English acronym in capitals.
ORG_ACTORS = {
    "OAS",        # Organisation des Etats américains (OEA)
    "CARICOM",    # Communauté des Caraïbes
    "CELAC",      # Communauté des Etats latino-américains et caraïbes (not yet in data/actors)
    "AES",        # Alliance des Etats du Sahel
    "ECCAS",      # Communauté économique des Etats de l'Afrique centrale, CEEAC (not yet in data/actors)
    "G20",        # as in data/actors/organisations.tsv
    "ICCO",       # Organisation internationale du cacao (intergovernmental; not yet in data/actors)
}

# Capitalised words that are not entities (sentence and quote openers, "A" without
# accent, job titles, a currency).
NOT_ENTITIES = {
    "A", "En", "Son", "Ces", "Si", "Nos", "Pays", "Entre", "Environ", "Dès", "Seuls",
    "Près", "Parmi", "Interrogé", "Réunis",
    "Premier", "Première",                                      # "Premier ministre"
    "Culture",                                                  # job title
    "XXe",
    "CFA",                                                      # "francs CFA"
}

DOCS: dict[str, dict] = {}

# ---------------------------------------------------------------------------
DOCS["afp-2018-03-27-skripal-expulsions-diplomates-russes"] = dict(
    mentions="""
LONDRES | LOC
AFP | ORG
Salisbury | LOC
Angleterre | LOC
Londres | LOC | GBR
Moscou | LOC | RUS
Etats-Unis | LOC | USA
Seattle | LOC
Maison Blanche | LOC | USA
Boeing | ORG
Russie | LOC | RUS
Communes | ORG | GBR
Union européenne | ORG | EU
Allemagne | LOC | DEU
France | LOC | FRA
Pologne | LOC | POL
République tchèque | LOC | CZE
Danemark | LOC | DNK
Ukraine | LOC | UKR
UE | ORG | EU
Irlande | LOC | IRL
Londres | LOC | GBR
Fergal Doyle | PER | IRL
Autriche | LOC | AUT
Otan | ORG | NATO
Alliance | ORG | NATO
Kremlin | LOC | RUS
Alliance | ORG | NATO
UE | ORG | EU
Russie | LOC | RUS
Moscou | LOC
Moscou | LOC | RUS
Londres | LOC | GBR
Kremlin | LOC | RUS
Washington | LOC | USA
Londres | LOC | GBR
Igor Vassiline | PER | RUS
Pékin | LOC
""",
    statements=[
        # an accusation in a relative clause of the lead
        *S("Londres", "GBR", "RUS", "negative", "indirect", "impute",
           "que Londres impute à Moscou"),
        *S("les Etats-Unis", "USA", "RUS", "negative", "act", "en ordonnant",
           "le départ de 60 diplomates et la fermeture du consulat russe de Seattle"),
        # passive agent of a participle: a second US speaker (a body, like the Pentagone in dev7)
        *S("la Maison Blanche", "USA", "RUS", "negative", "indirect", "présenté par la Maison Blanche comme",
           "un « nid d'espions »"),
        *S("la Première ministre britannique", "GBR", "RUS", "negative", "direct", "a déclaré",
           "la menace que fait peser la Russie sur nos démocraties"),
        # "quatorze Etats ont suivi": only the named states are speakers (dev6)
        *S("l'Allemagne", "DEU", "RUS", "negative", "act", "ont chacune renvoyé",
           "L'Allemagne, la France et la Pologne ont chacune renvoyé quatre diplomates"),
        *S("la France", "FRA", "RUS", "negative", "act", "ont chacune renvoyé",
           "L'Allemagne, la France et la Pologne ont chacune renvoyé quatre diplomates"),
        *S("la Pologne", "POL", "RUS", "negative", "act", "ont chacune renvoyé",
           "L'Allemagne, la France et la Pologne ont chacune renvoyé quatre diplomates"),
        *S("la République tchèque", "CZE", "RUS", "negative", "act", "ont chacune renvoyé",
           "la République tchèque trois"),
        *S("le Danemark", "DNK", "RUS", "negative", "act", "ont chacune renvoyé",
           "le Danemark deux"),
        *S("l'Ukraine", "UKR", "RUS", "negative", "act", "en a expulsé treize",
           "l'Ukraine, qui n'est pas membre de l'UE, en a expulsé treize"),
        *S("l'Irlande", "IRL", "RUS", "negative", "act", "a demandé à l'un d'eux de quitter le pays",
           "a demandé à l'un d'eux de quitter le pays"),
        *S("Fergal Doyle", "IRL", "GBR", "positive", "indirect", "a expliqué",
           "« faire preuve de solidarité » avec Londres"),
        # Austria declines to expel (not listed)
        *S("l'Otan", "NATO", "RUS", "negative", "act", "a elle aussi retiré son accréditation",
           "retiré son accréditation à sept membres de la mission russe"),
        *S("le secrétaire général de l'Alliance", "NATO", "RUS", "negative", "indirect", "a commenté",
           "« un message clair » adressé au Kremlin"),
        # recalling an ambassador; "à Moscou" is a place
        *S("les dirigeants de l'UE", "EU", "RUS", "negative", "act", "rappelé leur ambassadeur",
           "rappelé leur ambassadeur à Moscou pour consultations"),
        *S("Moscou", "RUS", "GBR", "negative", "indirect", "a dénoncé",
           "« un geste de provocation » de Londres"),
        *S("le Kremlin", "RUS", "USA", "negative", "indirect", "a accusé",
           "Washington de « détruire ce qu'il reste » des relations russo-américaines"),
        *S("Igor Vassiline", "RUS", "GBR", "negative", "direct", "a averti",
           "Nous répondrons, n'en doutez pas, et pas seulement à Londres"),
        # China's call on "les parties concernées": not listed
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2019-02-12-macedoine-du-nord-prespa"] = dict(
    mentions="""
SKOPJE | LOC
AFP | ORG
Macédoine | LOC | MKD
Macédoine du Nord | LOC | MKD
Prespa | LOC
Grèce | LOC | GRC
Bogorodica | LOC
Thessalonique | LOC
Balkans | LOC
Athènes | LOC | GRC
Goran Stojkovski | PER | MKD
Skopje | LOC
Parlement | ORG | GRC
Nouvelle Démocratie | ORG
Athènes | LOC
Otan | ORG | NATO
Bruxelles | LOC
Skopje | LOC | MKD
Alliance | ORG | NATO
Skopje | LOC | MKD
Otan | ORG | NATO
Commission européenne | ORG | EU
Skopje | LOC | MKD
Moscou | LOC | RUS
Otan | ORG | NATO
Balkans | LOC
Washington | LOC | USA
Union européenne | ORG | EU
Skopje | LOC | MKD
Bulgarie | LOC | BGR
Skopje | LOC | MKD
Serbie | LOC | SRB
Otan | ORG | NATO
""",
    statements=[
        *S("la Grèce", "GRC", "MKD", "positive", "indirect", "a aussitôt salué",
           "« une nouvelle page » dans les relations entre les deux voisins"),
        *S("Goran Stojkovski", "MKD", "GRC", "positive", "direct", "a déclaré",
           "je remercie Athènes pour son courage"),
        # ratifying a bilateral agreement: a positive act, like signing one (dev4, dev6)
        *S("le Parlement grec", "GRC", "MKD", "positive", "act", "avait ratifié",
           "Le Parlement grec avait ratifié l'accord"),
        *S("l'Otan", "NATO", "MKD", "positive", "act", "a signé",
           "le protocole d'adhésion de Skopje"),
        *S("le secrétaire général de l'Otan", "NATO", "MKD", "positive", "direct", "s'est félicité",
           "Skopje a fait des choix difficiles et courageux"),
        *S("la Commission européenne", "EU", "MKD", "positive", "indirect", "a salué",
           "« un exemple pour toute la région »"),
        # "le veto grec": a veto is no act (dev3)
        # a standing stance in a relative clause (dev2)
        *S("Moscou", "RUS", "NATO", "negative", "indirect", "voit d'un mauvais œil",
           "l'élargissement de l'Otan dans les Balkans"),
        *S("Moscou", "RUS", "USA EU", "negative", "indirect", "accusant",
           "Washington et l'Union européenne d'avoir exercé des « pressions inédites »"),
        *S("la porte-parole de la diplomatie russe", "RUS", "MKD", "negative", "direct", "a affirmé",
           "Les autorités de Skopje ont ignoré la volonté de leur propre peuple"),
        # praise and a call to change course in one sentence (dev4)
        *S("la Bulgarie", "BGR", "MKD", "positive", "indirect", "a félicité",
           "La Bulgarie voisine a félicité Skopje"),
        *S("la Bulgarie", "BGR", "MKD", "negative", "indirect", "tout en l'appelant",
           "l'appelant à « appliquer pleinement » le traité d'amitié"),
        # Serbia "n'a pas réagi": not listed
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-06-21-lituanie-russie-kaliningrad"] = dict(
    mentions="""
VILNIUS | LOC
AFP | ORG
Russie | LOC | RUS
Lituanie | LOC | LTU
Kaliningrad | LOC
Kremlin | LOC | RUS
Moscou | LOC
Union européenne | ORG | EU
Kaliningrad | LOC
Russie | LOC | RUS
Conseil de sécurité | ORG | RUS
Oleg Sorokine | PER | RUS
Vilnius | LOC | LTU
Vilnius | LOC
Linas Grigas | PER | LTU
Kremlin | LOC | RUS
Vingt-Sept | ORG | EU
Vilnius | LOC | LTU
Moscou | LOC | RUS
Washington | LOC | USA
Lituanie | LOC | LTU
Otan | ORG | NATO
Berlin | LOC | DEU
Varsovie | LOC | POL
Moscou | LOC | RUS
Baltique | LOC
Kaliningrad | LOC
""",
    statements=[
        # the transit ban itself is a border measure (no act, like closing border posts in dev7)
        *S("la Russie", "RUS", "LTU", "negative", "indirect", "a menacé",
           "la Lituanie de représailles \"sérieuses\""),
        *S("le Kremlin", "RUS", "LTU", "negative", "indirect", "qualifiée de",
           "une mesure qualifiée de \"blocus\" par le Kremlin"),
        *S("la diplomatie russe", "RUS", "LTU", "negative", "act", "a convoqué",
           "la chargée d'affaires lituanienne"),
        *S("la diplomatie russe", "RUS", "EU", "negative", "act", "a convoqué",
           "le chef de la délégation de l'Union européenne"),
        # "a prévenu le ministère": same body, no named target
        *S("Oleg Sorokine", "RUS", "LTU", "negative", "indirect", "a averti",
           "la population lituanienne ressentirait \"durement\" les conséquences de ce qu'il a qualifié d'\"acte hostile\" de Vilnius"),
        *S("Linas Grigas", "LTU", "RUS", "negative", "indirect", "dénonçant",
           "\"la propagande du Kremlin\""),
        *S("les Vingt-Sept", "EU", "LTU", "positive", "indirect", "ont apporté leur soutien",
           "leur soutien à Vilnius"),
        *S("le chef de la diplomatie européenne", "EU", "RUS", "negative", "indirect", "dénonçant",
           "une rhétorique \"inacceptable\" de la part de Moscou"),
        *S("Washington", "USA", "LTU", "positive", "indirect", "a réaffirmé",
           "son engagement \"inébranlable\" envers la Lituanie"),
        # Berlin "sans désigner de responsable": not listed
        *S("Varsovie", "POL", "RUS", "negative", "attribution", "Aux yeux de Varsovie",
           "Moscou \"cherche un prétexte\" pour faire monter la tension"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-05-24-bielorussie-ryanair-sanctions"] = dict(
    mentions="""
BRUXELLES | LOC
AFP | ORG
Union européenne | ORG | EU
Minsk | LOC | BLR
Ryanair | ORG
Athènes | LOC
Vilnius | LOC
Minsk | LOC
Alexandre Loukachenko | PER | BLR
Minsk | LOC | BLR
Conseil européen | ORG | EU
Vingt-Sept | ORG | EU
Organisation de l'aviation civile internationale | ORG | UN
OACI | ORG | UN
Minsk | LOC | BLR
Vilnius | LOC | LTU
Dublin | LOC
Ryanair | ORG
Ciarán Molloy | PER | IRL
Londres | LOC | GBR
Bélarus | LOC | BLR
Belavia | ORG
Washington | LOC | USA
Minsk | LOC | BLR
UE | ORG | EU
Loukachenko | PER | BLR
Occident | LOC
Moscou | LOC | RUS
Vienne | LOC
Pologne | LOC | POL
Lufthansa | ORG
Air Baltic | ORG
""",
    statements=[
        *S("les dirigeants de l'Union européenne", "EU", "BLR", "negative", "act", "ont décidé",
           "adopter de nouvelles sanctions contre Minsk"),
        *S("le président du Conseil européen", "EU", "BLR", "negative", "direct", "a déclaré",
           "Le régime de Minsk a mis en danger la vie de passagers"),
        # a call on the OACI to investigate: no stance towards it (dev6)
        *S("le président lituanien", "LTU", "BLR", "negative", "indirect", "a accusé",
           "Minsk d'avoir « pris en otage » un avion civil"),
        *S("son homologue polonais", "POL", "BLR", "negative", "indirect", "parlait",
           "« acte de terrorisme d'Etat sans précédent »"),
        # "Selon Vilnius" after "reliait Athènes à Vilnius" (a place): a second Lithuanian speaker
        *S("Vilnius", "LTU", "BLR", "negative", "attribution", "Selon Vilnius",
           "les contrôleurs bélarusses lui ont ordonné de faire demi-tour, sur la foi d'une alerte « montée de toutes pièces »"),
        *S("Ciarán Molloy", "IRL", "BLR", "negative", "indirect", "a dénoncé",
           "un acte de « piraterie d'Etat » de la part des autorités bélarusses"),
        # the summons is an act; suspending Belavia's permit has a private target
        *S("Londres", "GBR", "BLR", "negative", "act", "a convoqué",
           "l'ambassadeur du Bélarus"),
        *S("Washington", "USA", "BLR", "negative", "indirect", "condamnait",
           "« dans les termes les plus forts » un acte « choquant »"),
        *S("Minsk", "BLR", "EU", "negative", "indirect", "a rejeté",
           "les accusations « infondées » de l'UE"),
        # Loukachenko against "l'Occident" and the Russian spokeswoman on "la réaction
        # occidentale" / "des pays occidentaux": no actor target
        *S("Moscou", "RUS", "BLR", "positive", "indirect", "a pris la défense",
           "Moscou a pris la défense de son allié"),
        *S("la Pologne", "POL", "EU", "positive", "indirect", "a salué",
           "la rapidité de la réaction européenne"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-05-28-allemagne-namibie-genocide"] = dict(
    mentions="""
WINDHOEK | LOC
AFP | ORG
Allemagne | LOC | DEU
Namibie | LOC | NAM
Windhoek | LOC | NAM
Jens Albrecht | PER | DEU
Namibie | LOC | NAM
Berlin | LOC | DEU
Berlin | LOC | DEU
Commission de l'Union africaine | ORG | AU
Kigali | LOC
Emmanuel Macron | PER | FRA
France | LOC | FRA
Rwanda | LOC | RWA
Paul Kagame | PER | RWA
""",
    statements=[
        # recognition with an aid offer: one positive act
        *S("l'Allemagne", "DEU", "NAM", "positive", "act", "proposé",
           "une aide au développement de 1,1 milliard d'euros"),
        *S("Windhoek", "NAM", "DEU", "positive", "indirect", "un geste salué par",
           "un geste salué par Windhoek"),
        # descendants' associations: not actors
        *S("Jens Albrecht", "DEU", "NAM", "positive", "indirect", "ajoutant",
           "son pays demandait « pardon » à la Namibie"),
        # positive and negative in one sentence (dev4)
        *S("le porte-parole de la présidence namibienne", "NAM", "DEU", "positive", "indirect", "a qualifié",
           "« premier pas dans la bonne direction »"),
        *S("le porte-parole de la présidence namibienne", "NAM", "DEU", "negative", "indirect", "tout en estimant",
           "le montant proposé « ne suffira pas à réparer » les torts causés"),
        *S("la Commission de l'Union africaine", "AU", "DEU", "positive", "indirect", "a salué",
           "« un précédent important »"),
        # Macron "sans toutefois présenter d'excuses": no stance towards Rwanda
        *S("Paul Kagame", "RWA", "FRA", "positive", "indirect", "un discours salué par",
           "« un acte de grand courage »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-05-21-espagne-argentine-milei-ambassadeur"] = dict(
    mentions="""
MADRID | LOC
AFP | ORG
Espagne | LOC | ESP
Buenos Aires | LOC
Javier Milei | PER | ARG
Pedro Sánchez | PER | ESP
Milei | PER | ARG
Madrid | LOC
Vox | ORG
Tomás Ugarte | PER | ESP
Argentine | LOC | ARG
Casa Rosada | LOC | ARG
Julián Ferreyra | PER | ARG
Madrid | LOC | ESP
Milei | PER | ARG
Milei | PER | ARG
Madrid | LOC | ESP
Buenos Aires | LOC | ARG
Espagne | LOC | ESP
Bruxelles | LOC
Commission européenne | ORG | EU
Milei | PER | ARG
UE | ORG | EU
Gustavo Petro | PER | COL
Pedro Sánchez | PER | ESP
Parti populaire | ORG
PP | ORG
""",
    statements=[
        *S("l'Espagne", "ESP", "ARG", "negative", "act", "a rappelé",
           "son ambassadrice à Buenos Aires"),
        # insulting the head of government: listed for the speaker's state (dev6)
        *S("Javier Milei", "ARG", "ESP", "negative", "indirect", "avait qualifié",
           "accusé ce dernier de « lâcheté »"),
        # the minister's quote and his summons: one speaker, listed once with the act
        *S("Tomás Ugarte", "ESP", "ARG", "negative", "act", "avait déjà convoqué",
           "l'ambassadeur d'Argentine"),
        *S("la Casa Rosada", "ARG", "ESP", "negative", "indirect", "a répliqué",
           "qu'il n'y aurait « aucune excuse »"),
        *S("Julián Ferreyra", "ARG", "ESP", "negative", "indirect", "a accusé",
           "le gouvernement espagnol de « faire du théâtre »"),
        *S("la ministre argentine des Affaires étrangères", "ARG", "ESP", "positive", "indirect", "assurant",
           "préserver « d'excellentes relations » avec l'Espagne"),
        *S("la Commission européenne", "EU", "ARG", "negative", "indirect", "a jugé",
           "« inacceptables » les attaques de M. Milei"),
        *S("Gustavo Petro", "COL", "ESP", "positive", "indirect", "a apporté son soutien",
           "son soutien à Pedro Sánchez"),
        # the Parti populaire (domestic) and "l'extrême droite internationale": not listed
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-12-20-perou-mexique-ambassadeur"] = dict(
    mentions="""
LIMA | LOC
AFP | ORG
Pérou | LOC | PER
Mexique | LOC | MEX
Mexico | LOC | MEX
Pedro Castillo | PER
Teresa Vallejos | PER | PER
Andrés Manuel López Obrador | PER | MEX
Castillo | PER
Dina Boluarte | PER | PER
Mexico | LOC | MEX
Mexique | LOC | MEX
Rodrigo Almazán | PER | MEX
Mexico | LOC
Castillo | PER
Argentine | LOC | ARG
Bolivie | LOC | BOL
Colombie | LOC | COL
Mexique | LOC | MEX
Castillo | PER
Lima | LOC | PER
Organisation des Etats américains | ORG | OAS
OEA | ORG | OAS
Lima | LOC
Etats-Unis | LOC | USA
Boluarte | PER | PER
Pedro Castillo | PER
Parlement | ORG | PER
""",
    statements=[
        # persona non grata with a deadline: one act, with "accusant Mexico"
        *S("le Pérou", "PER", "MEX", "negative", "act", "a déclaré",
           "l'ambassadeur du Mexique \"persona non grata\""),
        *S("Teresa Vallejos", "PER", "MEX", "negative", "indirect", "a dénoncé",
           "les \"déclarations répétées\" du président mexicain"),
        # a background stance in a relative clause: refusing to recognise the new president
        *S("Andrés Manuel López Obrador", "MEX", "PER", "negative", "indirect", "avait qualifié",
           "refusé de reconnaître la nouvelle présidente"),
        # "Mexico" and "le Mexique" (joint communiqué): one collective speaker
        *S("Mexico", "MEX", "PER", "negative", "indirect", "a \"regretté\"",
           "une décision \"injustifiée\""),
        # a denial phrased as a quote (dev3)
        *S("Rodrigo Almazán", "MEX", "PER", "negative", "direct", "a déclaré",
           "Le Mexique n'a rien à se reprocher"),
        *S("l'Argentine", "ARG", "PER", "negative", "indirect", "appelant",
           "appelant les autorités péruviennes à \"respecter la volonté populaire\""),
        *S("la Bolivie", "BOL", "PER", "negative", "indirect", "appelant",
           "appelant les autorités péruviennes à \"respecter la volonté populaire\""),
        *S("la Colombie", "COL", "PER", "negative", "indirect", "appelant",
           "appelant les autorités péruviennes à \"respecter la volonté populaire\""),
        # Lima = the collective speaker "le Pérou": PER->MEX already listed as the act
        *S("Lima", "PER", "ARG BOL COL", "negative", "indirect", "a jugé",
           "un texte que Lima a jugé \"inacceptable\""),
        # the OAS call on "tous les acteurs": not listed
        *S("les Etats-Unis", "USA", "PER", "positive", "indirect", "ont en revanche rapidement apporté",
           "leur soutien au gouvernement de Mme Boluarte"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-12-04-venezuela-guyana-essequibo-referendum"] = dict(
    mentions="""
CARACAS | LOC
AFP | ORG
Nicolas Maduro | PER | VEN
Essequibo | LOC
Guyana | LOC | GUY
Caracas | LOC | VEN
Georgetown | LOC | GUY
Conseil national électoral | ORG | VEN
CNE | ORG | VEN
Guayana Esequiba | LOC
Maduro | PER | VEN
Miraflores | LOC
Irfaan Ali | PER | GUY
Caracas | LOC | VEN
Cour internationale de justice | ORG | UN
CIJ | ORG | UN
Georgetown | LOC | GUY
Venezuela | LOC | VEN
Caracas | LOC | VEN
Cour | ORG | UN
ministère guyanien des Affaires étrangères | ORG | GUY
Brésil | LOC | BRA
Roraima | LOC
Caracas | LOC | VEN
Georgetown | LOC | GUY
Communauté des Caraïbes | ORG | CARICOM
Caricom | ORG | CARICOM
Guyana | LOC | GUY
Georgetown | LOC | GUY
Washington | LOC | USA
Guyana | LOC | GUY
Caracas | LOC | VEN
Georgetown | LOC | GUY
ExxonMobil | ORG
Orénoque | LOC
""",
    statements=[
        # a standing claim in a relative clause (dev2); the later accusation over the
        # oil blocks is the same collective speaker, target and stance
        *S("Caracas", "VEN", "GUY", "negative", "indirect", "réclame",
           "administré par le Guyana et que Caracas réclame depuis plus d'un siècle"),
        *S("Georgetown", "GUY", "VEN", "negative", "indirect", "dénoncée par",
           "une consultation dénoncée par Georgetown comme « une menace existentielle »"),
        *S("Nicolas Maduro", "VEN", "GUY", "negative", "direct", "a lancé",
           "récupérer ce qui nous appartient"),
        *S("Irfaan Ali", "GUY", "VEN", "negative", "indirect", "accusé",
           "Caracas de vouloir « annexer » plus des deux tiers du territoire national"),
        # a court's order to a state (like the CEDH in dev6); seizing it is not listed
        *S("la Cour internationale de justice", "UN", "VEN", "negative", "act", "avait ordonné",
           "ordonné vendredi au Venezuela de « s'abstenir de toute action »"),
        *S("Caracas", "VEN", "UN", "negative", "indirect", "a dénoncé",
           "une « ingérence »"),
        # an accusation phrased as facts, attributed to a second Guyanese speaker
        *S("le ministère guyanien des Affaires étrangères", "GUY", "VEN", "negative", "attribution", "D'après le ministère guyanien des Affaires étrangères",
           "des troupes vénézuéliennes ont pourtant été déployées ces dernières semaines à proximité de la frontière, en violation de l'ordonnance"),
        # reinforcing troops at the border: no act; the call to both sides: neutral
        *S("le Brésil", "BRA", "VEN GUY", "neutral", "indirect", "appelé",
           "Caracas et Georgetown à « trouver une solution pacifique »"),
        *S("la Communauté des Caraïbes", "CARICOM", "GUY", "positive", "indirect", "a exprimé",
           "son « ferme soutien » à Georgetown"),
        *S("Washington", "USA", "GUY", "positive", "indirect", "réaffirmait",
           "« soutien indéfectible à la souveraineté du Guyana »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-03-26-honduras-taiwan-chine-relations"] = dict(
    mentions="""
TEGUCIGALPA | LOC
AFP | ORG
Honduras | LOC | HND
Taïwan | LOC | TWN
Chine | LOC | CHN
Taipei | LOC | TWN
Pékin | LOC | CHN
République du Honduras | LOC | HND
Chine | LOC | CHN
ministère hondurien des Affaires étrangères | ORG | HND
Tegucigalpa | LOC | HND
Taïwan | LOC | TWN
Pékin | LOC
Enrique Zelaya | PER | HND
Chine | LOC | CHN
Honduras | LOC | HND
Lin Chia-hao | PER | TWN
Tegucigalpa | LOC | HND
Pékin | LOC | CHN
Taïwan | LOC | TWN
Taipei | LOC | TWN
Honduras | LOC | HND
Xiomara Castro | PER | HND
Pékin | LOC | CHN
Twitter | ORG
Chine | LOC | CHN
Washington | LOC
département d'Etat | ORG | USA
Tegucigalpa | LOC | HND
Pékin | LOC | CHN
Guatemala | LOC | GTM
Taipei | LOC | TWN
Amérique centrale | LOC
Taïwan | LOC | TWN
Nicaragua | LOC | NIC
Taïwan | LOC | TWN
Tegucigalpa | LOC | HND
""",
    statements=[
        # breaking off relations (negative act) and recognising Beijing (positive act, dev5)
        *S("le Honduras", "HND", "TWN", "negative", "act", "a rompu",
           "ses relations diplomatiques avec Taïwan"),
        *S("le Honduras", "HND", "CHN", "positive", "act", "nouer des liens officiels",
           "nouer des liens officiels avec la Chine"),
        # Taipei: the passive agent in the lead and its own break; one collective speaker,
        # listed once, with the act
        *S("Taipei", "TWN", "HND", "negative", "act", "a en conséquence annoncé",
           "rompre à son tour ses relations avec le Honduras et fermer son ambassade"),
        *S("Taipei", "TWN", "CHN", "negative", "indirect", "dénoncée par Taipei comme",
           "le fruit de la « diplomatie du dollar » de Pékin"),
        *S("le ministère hondurien des Affaires étrangères", "HND", "CHN", "positive", "direct", "indique",
           "reconnaît l'existence d'une seule Chine dans le monde"),
        # a communiqué signed by two named officials: a positive act each way; "La Chine
        # « salue le choix juste »" is the same minister
        *S("le chef de la diplomatie chinoise", "CHN", "HND", "positive", "act", "ont signé",
           "un communiqué établissant des relations au niveau des ambassadeurs"),
        *S("Enrique Zelaya", "HND", "CHN", "positive", "act", "ont signé",
           "un communiqué établissant des relations au niveau des ambassadeurs"),
        *S("Lin Chia-hao", "TWN", "HND", "negative", "indirect", "a accusé",
           "Tegucigalpa d'avoir exigé 2,5 milliards de dollars d'aide"),
        *S("Xiomara Castro", "HND", "CHN", "positive", "indirect", "remercié",
           "remercié la Chine pour son « amitié »"),
        # a background warning in a relative clause
        *S("le département d'Etat", "USA", "HND", "negative", "indirect", "avait mis en garde",
           "avait mis en garde Tegucigalpa à plusieurs reprises"),
        *S("le département d'Etat", "USA", "CHN", "negative", "indirect", "a rappelé",
           "Pékin faisait souvent « des promesses qu'il ne tient pas »"),
        # "l'un des derniers alliés de Taipei": an alliance in an apposition is no stance
        *S("le Guatemala", "GTM", "TWN", "positive", "indirect", "a réaffirmé",
           "sa « loyauté » envers Taïwan"),
        # a background act in a relative clause
        *S("le Nicaragua", "NIC", "TWN", "negative", "act", "avait rompu",
           "qui avait rompu avec Taïwan en 2021"),
        *S("le Nicaragua", "NIC", "HND", "positive", "indirect", "a félicité",
           "a félicité Tegucigalpa"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-10-02-haiti-kenya-mission-onu"] = dict(
    mentions="""
NATIONS UNIES | LOC
Etats-Unis | LOC | USA
AFP | ORG
Conseil de sécurité de l'ONU | ORG | UN
Haïti | LOC | HTI
Kenya | LOC | KEN
Etats-Unis | LOC | USA
Equateur | LOC | ECU
Chine | LOC | CHN
Russie | LOC | RUS
Kenya | LOC | KEN
ONU | ORG | UN
Nairobi | LOC | KEN
Peter Ndegwa | PER | KEN
Conseil de sécurité | ORG | UN
Kenya | LOC | KEN
Pékin | LOC | CHN
Washington | LOC | USA
Port-au-Prince | LOC | HTI
Pékin | LOC | CHN
Moscou | LOC | RUS
Bahamas | LOC | BHS
Jamaïque | LOC | JAM
ONU | ORG | UN
Kenya | LOC | KEN
République dominicaine | LOC | DOM
Haïti | LOC | HTI
ONU | ORG | UN
Haïti | LOC | HTI
""",
    statements=[
        # authorising a support mission for a state: a positive act (like experts "en soutien")
        *S("le Conseil de sécurité de l'ONU", "UN", "HTI", "positive", "act", "a autorisé",
           "le déploiement en Haïti d'une mission multinationale d'appui à la sécurité"),
        # drafting the resolution, the votes and the abstentions: not listed
        *S("l'ambassadrice américaine auprès de l'ONU", "USA", "KEN", "positive", "direct", "a déclaré",
           "Nous saluons le Kenya"),
        # a promise of police officers for the mission in Haiti: cooperation (dev3)
        *S("Nairobi", "KEN", "HTI", "positive", "indirect", "a promis",
           "Nairobi a promis d'envoyer un millier de policiers"),
        # the NGOs' criticism: no actor speaker
        *S("le Premier ministre haïtien", "HTI", "UN KEN", "positive", "indirect", "a remercié",
           "le Conseil de sécurité et le Kenya pour leur « solidarité avec un peuple en détresse »"),
        *S("le représentant chinois", "CHN", "USA", "negative", "indirect", "a accusé",
           "Washington d'avoir « longtemps fermé les yeux » sur le trafic d'armes"),
        # criticism of "les policiers kényans": a state body through a demonym
        *S("son homologue russe", "RUS", "KEN", "negative", "indirect", "a mis en doute",
           "la capacité des policiers kényans"),
        # abstaining is no stance; Port-au-Prince's reading of it is
        *S("Port-au-Prince", "HTI", "CHN RUS", "negative", "attribution", "Aux yeux de Port-au-Prince",
           "Pékin et Moscou ont « tourné le dos » au peuple haïtien"),
        *S("les Bahamas", "BHS", "HTI", "positive", "indirect", "ont déjà proposé",
           "Les Bahamas et la Jamaïque ont déjà proposé d'envoyer des contingents"),
        *S("la Jamaïque", "JAM", "HTI", "positive", "indirect", "ont déjà proposé",
           "Les Bahamas et la Jamaïque ont déjà proposé d'envoyer des contingents"),
        *S("le secrétaire général de l'ONU", "UN", "KEN", "positive", "indirect", "a salué",
           "« le courage » du Kenya"),
        # closing a border: no act; welcoming a Council resolution: positive to the UN
        *S("la République dominicaine", "DOM", "UN", "positive", "indirect", "a salué",
           "une résolution « attendue depuis trop longtemps »"),
        # "Selon l'ONU, près de 2 800 homicides": a fact
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2025-01-27-colombie-etats-unis-expulses-droits-de-douane"] = dict(
    mentions="""
BOGOTA | LOC
AFP | ORG
Etats-Unis | LOC | USA
Donald Trump | PER | USA
Colombie | LOC | COL
Bogota | LOC | COL
Gustavo Petro | PER | COL
Trump | PER | USA
Truth Social | ORG
Petro | PER | COL
Bogota | LOC | COL
Maison Blanche | LOC | USA
Colombie | LOC | COL
Maison Blanche | LOC | USA
Andrés Caicedo | PER | COL
Brasilia | LOC | BRA
Manaus | LOC
Luiz Inacio Lula da Silva | PER | BRA
Communauté des Etats latino-américains et caraïbes | ORG | CELAC
Celac | ORG | CELAC
Caracas | LOC
Nicolas Maduro | PER | VEN
Bogota | LOC | COL
Washington | LOC | USA
Mexique | LOC | MEX
Claudia Sheinbaum | PER | MEX
Washington | LOC | USA
""",
    statements=[
        # duties and visa restrictions: one speaker, listed once with the act
        *S("Donald Trump", "USA", "COL", "negative", "act", "a ordonné",
           "des droits de douane de 25 % sur tous les produits colombiens"),
        # the refusal with a demand, then retaliatory duties: one speaker, the act
        *S("Gustavo Petro", "COL", "USA", "negative", "act", "en annonçant",
           "des droits de douane équivalents sur les importations américaines"),
        *S("Bogota", "COL", "USA", "negative", "act", "avait également convoqué",
           "le chargé d'affaires américain"),
        # "La Maison Blanche a ensuite crié victoire": no stance; its spokeswoman's threat is
        *S("la porte-parole de la Maison Blanche", "USA", "COL", "negative", "direct", "a averti",
           "ne seront appliquées que si la Colombie ne respecte pas cet accord"),
        # the minister's "impasse surmontée": no target
        *S("Brasilia", "BRA", "USA", "negative", "attribution", "Selon Brasilia",
           "un traitement « dégradant » de la part des autorités américaines"),
        # proposing a Celac meeting: no stance
        *S("le gouvernement de Nicolas Maduro", "VEN", "COL", "positive", "indirect", "a apporté",
           "son « soutien total » à Bogota"),
        *S("le gouvernement de Nicolas Maduro", "VEN", "USA", "negative", "indirect", "a apporté",
           "« l'arrogance impériale » de Washington"),
        *S("Claudia Sheinbaum", "MEX", "USA", "positive", "indirect", "a de nouveau défendu",
           "une relation « de coopération et de respect mutuel » avec Washington"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2025-03-15-afrique-du-sud-etats-unis-ambassadeur"] = dict(
    mentions="""
JOHANNESBURG | LOC
AFP | ORG
Etats-Unis | LOC | USA
Afrique du Sud | LOC | ZAF
Washington | LOC
Donald Trump | PER | USA
Pretoria | LOC | ZAF
Etats-Unis | LOC | USA
Washington | LOC | USA
Make America Great Again | MISC
Trump | PER | USA
Afrique du Sud | LOC | ZAF
Pretoria | LOC | ZAF
Washington | LOC | USA
Afrique du Sud | LOC | ZAF
Israël | LOC | ISR
Cour internationale de justice | ORG | UN
CIJ | ORG | UN
Russie | LOC | RUS
Iran | LOC | IRN
Cyril Ramaphosa | PER | ZAF
Washington | LOC | USA
Union africaine | ORG | AU
Afrique du Sud | LOC | ZAF
Pékin | LOC
Washington | LOC | USA
Pretoria | LOC | ZAF
Afrique du Sud | LOC | ZAF
G20 | ORG | G20
Johannesburg | LOC
""",
    statements=[
        *S("les Etats-Unis", "USA", "ZAF", "negative", "act", "ont déclaré",
           "l'ambassadeur d'Afrique du Sud à Washington « persona non grata »"),
        # accusing the ambassador (an official): towards his state
        *S("le secrétaire d'Etat américain", "USA", "ZAF", "negative", "indirect", "l'accusant",
           "un responsable politique qui « attise les tensions raciales »"),
        # regret and a wish for good relations in one sentence: both listed (dev4);
        # "ce que le gouvernement sud-africain dément" is the same collective speaker
        *S("Pretoria", "ZAF", "USA", "negative", "indirect", "a jugé",
           "« regrettable » cette expulsion"),
        *S("Pretoria", "ZAF", "USA", "positive", "indirect", "tout en se disant",
           "« attachée à une relation mutuellement bénéfique » avec les Etats-Unis"),
        # the ambassador's words about the "Make America Great Again" movement: a political
        # movement, no actor target
        *S("Donald Trump", "USA", "ZAF", "negative", "act", "a gelé",
           "l'aide américaine à l'Afrique du Sud"),
        # a denial phrased as an attribution, by a second South African speaker (the presidency)
        *S("la présidence sud-africaine", "ZAF", "USA", "negative", "attribution", "D'après la présidence sud-africaine",
           "la décision de geler l'aide repose sur des « informations erronées »"),
        # the complaint against Israel at the CIJ: seizing a court is not listed (dev2, dev5)
        *S("Cyril Ramaphosa", "ZAF", "USA", "positive", "indirect", "affirmant",
           "vouloir « reconstruire » la relation avec Washington"),
        # the presidency's call on "toutes les parties concernées": not listed
        *S("l'Union africaine", "AU", "ZAF", "positive", "indirect", "a exprimé",
           "sa « solidarité » avec l'Afrique du Sud"),
        *S("un porte-parole de la diplomatie chinoise", "CHN", "USA", "negative", "indirect", "dénonçait",
           "« l'intimidation » exercée par Washington sur Pretoria"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-10-03-chagos-maurice-royaume-uni"] = dict(
    mentions="""
PORT-LOUIS | LOC
AFP | ORG
Royaume-Uni | LOC | GBR
Maurice | LOC | MUS
Londres | LOC | GBR
océan Indien | LOC
Chagos | LOC
Diego Garcia | LOC
Keir Starmer | PER | GBR
Pravind Jugnauth | PER | MUS
Londres | LOC | GBR
Maurice | LOC | MUS
Cour internationale de justice | ORG | UN
Royaume-Uni | LOC | GBR
Assemblée générale de l'ONU | ORG | UN
Joe Biden | PER | USA
Diego Garcia | LOC
Londres | LOC | GBR
Port-Louis | LOC | MUS
Inde | LOC | IND
Londres | LOC
Chine | LOC | CHN
Maurice | LOC | MUS
Maldives | LOC | MDV
Maurice | LOC | MUS
Maurice | LOC | MUS
Seychelles | LOC | SYC
Royaume-Uni | LOC | GBR
""",
    statements=[
        # a treaty concluded by two states: a positive act each way (dev4, dev6)
        *S("le Royaume-Uni", "GBR", "MUS", "positive", "act", "ont conclu",
           "un accord par lequel Londres rétrocède"),
        *S("Maurice", "MUS", "GBR", "positive", "act", "ont conclu",
           "un accord par lequel Londres rétrocède"),
        # a joint statement: one statement per signatory towards the other
        *S("Keir Starmer", "GBR", "MUS", "positive", "direct", "ont affirmé",
           "Ce traité scelle une relation apaisée pour les générations futures"),
        *S("Pravind Jugnauth", "MUS", "GBR", "positive", "direct", "ont affirmé",
           "Ce traité scelle une relation apaisée pour les générations futures"),
        # the 1965 detachment: history, no stance
        # the advisory opinion and the General Assembly resolution: background acts
        *S("la Cour internationale de justice", "UN", "GBR", "negative", "act", "avait estimé",
           "le Royaume-Uni devait mettre fin « dans les plus brefs délais » à son administration de l'archipel"),
        *S("l'Assemblée générale de l'ONU", "UN", "GBR", "negative", "act", "endossé par",
           "un avis ensuite endossé par l'Assemblée générale de l'ONU"),
        *S("Joe Biden", "USA", "GBR MUS", "positive", "indirect", "félicité",
           "félicité Londres et Port-Louis"),
        # a background support in a relative clause, target through a demonym
        *S("l'Inde", "IND", "MUS", "positive", "indirect", "soutenait",
           "soutenait de longue date la revendication mauricienne"),
        # the Conservative opposition (domestic) and "à la Chine": not listed
        # a standing contest in a relative clause (dev2)
        *S("les Maldives", "MDV", "MUS", "negative", "indirect", "contestent",
           "qui contestent à Maurice une partie de l'espace maritime"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2025-04-07-mali-algerie-drone-ambassadeurs"] = dict(
    mentions="""
BAMAKO | LOC
AFP | ORG
Mali | LOC | MLI
Burkina Faso | LOC | BFA
Niger | LOC | NER
Algérie | LOC | DZA
Alger | LOC | DZA
Alliance des Etats du Sahel | ORG | AES
AES | ORG | AES
Bamako | LOC | MLI
Comité d'état-major opérationnel conjoint | ORG
Cemoc | ORG
Tamanrasset | LOC
Alger | LOC | DZA
ministère algérien des Affaires étrangères | ORG | DZA
Niger | LOC | NER
Burkina Faso | LOC | BFA
Bamako | LOC | MLI
Algérie | LOC | DZA
Mali | LOC | MLI
Niger | LOC | NER
Burkina Faso | LOC | BFA
Mali | LOC | MLI
Commission de l'Union africaine | ORG | AU
Alger | LOC | DZA
Bamako | LOC | MLI
Cédéao | ORG | ECOWAS
Mali | LOC | MLI
Burkina Faso | LOC | BFA
Niger | LOC | NER
Russie | LOC | RUS
Bamako | LOC | MLI
Alger | LOC | DZA
Bamako | LOC | MLI
Alger | LOC
Algérie | LOC | DZA
""",
    statements=[
        *S("le Mali", "MLI", "DZA", "negative", "act", "ont annoncé",
           "le rappel de leurs ambassadeurs en Algérie"),
        *S("le Burkina Faso", "BFA", "DZA", "negative", "act", "ont annoncé",
           "le rappel de leurs ambassadeurs en Algérie"),
        *S("le Niger", "NER", "DZA", "negative", "act", "ont annoncé",
           "le rappel de leurs ambassadeurs en Algérie"),
        # Bamako's withdrawal from the Cemoc (no actor), its planned complaint, the
        # government's version of the facts and the junta's 2024 accusation: the same
        # collective speaker as the act
        *S("l'Alliance des Etats du Sahel", "AES", "DZA", "negative", "indirect", "a « condamné avec la plus grande fermeté »",
           "accusé le régime algérien de « promouvoir le terrorisme international »"),
        *S("le ministère algérien des Affaires étrangères", "DZA", "NER BFA MLI", "negative", "indirect", "a dénoncé",
           "« l'alignement irréfléchi » du Niger et du Burkina Faso sur les « allégations » de Bamako"),
        # "Alger a rejeté" and the recalls: one collective speaker, listed with the acts;
        # closing the airspace is the same triple
        *S("l'Algérie", "DZA", "MLI NER", "negative", "act", "a rappelé",
           "ses ambassadeurs au Mali et au Niger"),
        *S("l'Algérie", "DZA", "BFA", "negative", "act", "reporté",
           "reporté la prise de fonctions de son nouvel ambassadeur au Burkina Faso"),
        *S("la Commission de l'Union africaine", "AU", "DZA MLI", "neutral", "indirect", "a appelé",
           "Alger et Bamako à « la retenue »"),
        # withdrawals from an organisation told in a relative clause: background acts (dev4);
        # the silence is not listed
        *S("le Mali", "MLI", "ECOWAS", "negative", "act", "ont officiellement quittée",
           "que le Mali, le Burkina Faso et le Niger ont officiellement quittée en janvier"),
        *S("le Burkina Faso", "BFA", "ECOWAS", "negative", "act", "ont officiellement quittée",
           "que le Mali, le Burkina Faso et le Niger ont officiellement quittée en janvier"),
        *S("le Niger", "NER", "ECOWAS", "negative", "act", "ont officiellement quittée",
           "que le Mali, le Burkina Faso et le Niger ont officiellement quittée en janvier"),
        # Russia's call on "toutes les parties": not listed
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-11-29-tchad-france-defense"] = dict(
    mentions="""
N'DJAMENA | LOC
AFP | ORG
Tchad | LOC | TCD
France | LOC | FRA
Paris | LOC | FRA
N'Djamena | LOC
Tchad | LOC | TCD
ministère tchadien des Affaires étrangères | ORG | TCD
Tchad | LOC | TCD
Sahel | LOC
Mali | LOC | MLI
Burkina Faso | LOC | BFA
Niger | LOC | NER
Quai d'Orsay | LOC | FRA
Bassirou Diomaye Faye | PER | SEN
Sénégal | LOC | SEN
Thiaroye | LOC
Faye | PER | SEN
Emmanuel Macron | PER | FRA
Dakar | LOC | SEN
Hongrie | LOC | HUN
Tchad | LOC | TCD
Moscou | LOC | RUS
N'Djamena | LOC | TCD
Tchad | LOC | TCD
""",
    statements=[
        # ending a bilateral defence agreement: a negative act (suspending one, dev3)
        *S("le Tchad", "TCD", "FRA", "negative", "act", "a annoncé",
           "mettre fin à l'accord de coopération en matière de défense qui le liait à la France"),
        # the ministry's assurance of friendship: a second speaker, positive ("les deux pays"
        # are named in the lead)
        *S("le ministère tchadien des Affaires étrangères", "TCD", "FRA", "positive", "indirect", "assure",
           "« ne remet nullement en cause les relations d'amitié » entre les deux pays"),
        *S("le Quai d'Orsay", "FRA", "TCD", "neutral", "indirect", "a « pris acte »",
           "« pris acte » de la décision tchadienne"),
        # the French departure from the Sahel: a fact
        *S("Bassirou Diomaye Faye", "SEN", "FRA", "negative", "indirect", "a affirmé",
           "la présence de bases militaires françaises au Sénégal était « incompatible » avec la souveraineté de son pays"),
        # recognising a colonial massacre in a letter to the president: positive, like an apology
        *S("Emmanuel Macron", "FRA", "SEN", "positive", "indirect", "a pour la première fois reconnu",
           "reconnu qu'il s'agissait d'un « massacre »"),
        *S("Dakar", "SEN", "FRA", "positive", "indirect", "un geste salué par",
           "un geste salué par Dakar"),
        # soldiers sent for an assistance mission, in a relative clause: a positive act
        *S("la Hongrie", "HUN", "TCD", "positive", "act", "a annoncé cet automne l'envoi",
           "l'envoi de près de 200 soldats au Tchad pour une mission « d'assistance »"),
        *S("Moscou", "RUS", "TCD", "positive", "indirect", "a salué",
           "« une décision souveraine » du Tchad"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-08-31-gabon-coup-union-africaine"] = dict(
    mentions="""
ADDIS ABEBA | LOC
AFP | ORG
Union africaine | ORG | AU
Gabon | LOC | GAB
Ali Bongo Ondimba | PER
Conseil de paix et de sécurité de l'UA | ORG | AU
Gabon | LOC | GAB
Union | ORG | AU
Commission de l'UA | ORG | AU
Brice Oligui Nguema | PER | GAB
Gabon | LOC | GAB
France | LOC | FRA
Libreville | LOC
Londres | LOC | GBR
Washington | LOC | USA
ONU | ORG | UN
Communauté économique des Etats de l'Afrique centrale | ORG | ECCAS
CEEAC | ORG | ECCAS
Bola Tinubu | PER | NGA
Cédéao | ORG | ECOWAS
Afrique de l'Ouest | LOC
Afrique centrale | LOC
Mali | LOC | MLI
Guinée | LOC | GIN
Burkina Faso | LOC | BFA
Niger | LOC | NER
Guinée équatoriale | LOC | GNQ
Gabon | LOC | GAB
Mbanié | LOC
Cour internationale de justice | ORG | UN
Bongo | PER
Gabon | LOC | GAB
""",
    statements=[
        # the suspension; the condemnation of the takeover by the army (a state body) is the
        # same speaker, target and stance
        *S("l'Union africaine", "AU", "GAB", "negative", "act", "a suspendu",
           "le Gabon de toutes ses instances"),
        # the organ that took the decision, quoted: a second AU speaker
        *S("le Conseil de paix et de sécurité de l'UA", "AU", "GAB", "negative", "act", "décide",
           "« suspendre immédiatement la participation du Gabon à toutes les activités de l'Union »"),
        *S("le président de la Commission de l'UA", "AU", "GAB", "negative", "indirect", "avait appelé",
           "l'armée gabonaise à « garantir l'intégrité physique » du chef de l'Etat déchu"),
        *S("la France", "FRA", "GAB", "negative", "indirect", "a « condamné »",
           "a « condamné » le coup d'Etat"),
        # an elliptical "a fait de même"
        *S("Londres", "GBR", "GAB", "negative", "indirect", "a fait de même",
           "Londres a fait de même"),
        # Washington "profondément préoccupé", calling to "préserver le régime civil": no target
        *S("le secrétaire général de l'ONU", "UN", "GAB", "negative", "indirect", "« fermement condamné »",
           "« fermement condamné » la tentative de coup d'Etat"),
        *S("la Communauté économique des Etats de l'Afrique centrale", "ECCAS", "GAB", "negative", "indirect", "a exhorté",
           "les militaires gabonais à un « retour rapide à l'ordre constitutionnel »"),
        # the ECOWAS chair's "inquiétude" and "contagion autocratique": no target
        # a standing contest in a relative clause; closing its border is no act
        *S("la Guinée équatoriale", "GNQ", "GAB", "negative", "indirect", "dispute",
           "qui dispute au Gabon la souveraineté de l'îlot de Mbanié"),
        # the deposed president (no official) calling on "tous les amis" du Gabon: not listed
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2025-04-03-hongrie-cpi-retrait"] = dict(
    mentions="""
BUDAPEST | LOC
AFP | ORG
Hongrie | LOC | HUN
Cour pénale internationale | ORG | ICC
CPI | ORG | ICC
Benyamin Netanyahu | PER | ISR
Gaza | LOC
Budapest | LOC
Cour | ORG | ICC
Hongrie | LOC | HUN
Facebook | ORG
Gábor Kertész | PER | HUN
Parlement | ORG | HUN
Viktor Orban | PER | HUN
Netanyahu | PER | ISR
Cour | ORG | ICC
Netanyahu | PER | ISR
Viktor Orban | PER | HUN
CPI | ORG | ICC
Assemblée des Etats parties | ORG | ICC
Statut de Rome | MISC
Budapest | LOC | HUN
Cour | ORG | ICC
Bruxelles | LOC
Commission européenne | ORG | EU
UE | ORG | EU
Statut de Rome | MISC
Berlin | LOC | DEU
Budapest | LOC | HUN
Quai d'Orsay | LOC | FRA
CPI | ORG | ICC
Etats-Unis | LOC | USA
Statut de Rome | MISC
Cour | ORG | ICC
Burundi | LOC | BDI
Philippines | LOC | PHL
Cour | ORG | ICC
Amnesty International | ORG
""",
    statements=[
        # withdrawing from an organisation: a negative act (dev3)
        *S("la Hongrie", "HUN", "ICC", "negative", "act", "a annoncé",
           "son retrait de la Cour pénale internationale"),
        # the arrest warrant in a participial clause: a background act
        *S("la Cour pénale internationale", "ICC", "ISR", "negative", "act", "visé par un mandat d'arrêt",
           "visé par un mandat d'arrêt de la juridiction"),
        *S("Gábor Kertész", "HUN", "ICC", "negative", "direct", "a justifié",
           "La Cour est devenue un instrument politique"),
        *S("Viktor Orban", "HUN", "ICC", "negative", "indirect", "accusant",
           "la Cour de « s'immiscer dans un conflit en cours »"),
        # inviting the head of government despite the warrant: positive
        *S("Viktor Orban", "HUN", "ISR", "positive", "indirect", "avait invité",
           "avait invité M. Netanyahu dès novembre"),
        *S("Benyamin Netanyahu", "ISR", "HUN", "positive", "direct", "a salué",
           "Une décision courageuse et fondée sur des principes"),
        *S("Benyamin Netanyahu", "ISR", "ICC", "negative", "indirect", "qualifiant",
           "qualifiant la CPI de tribunal « corrompu »"),
        # the ASP president's "préoccupation" has no target; the reminder of Budapest's
        # obligation is a call to comply (negative)
        *S("le président de l'Assemblée des Etats parties au Statut de Rome", "ICC", "HUN", "negative", "indirect", "rappelé",
           "Budapest restait tenu de coopérer avec la Cour"),
        *S("la Commission européenne", "EU", "HUN", "negative", "indirect", "a regretté",
           "la décision hongroise"),
        *S("Berlin", "DEU", "HUN", "negative", "attribution", "Pour Berlin",
           "la décision de Budapest est « regrettable »"),
        *S("le Quai d'Orsay", "FRA", "ICC", "positive", "indirect", "réaffirmait",
           "son « plein soutien » à la CPI"),
        # a background sanction on the prosecutor (an ICC official); "n'ont pas commenté": not listed
        *S("les Etats-Unis", "USA", "ICC", "negative", "act", "ont sanctionné",
           "sanctionné en février le procureur de la Cour"),
        # earlier withdrawals, told as facts: background acts
        *S("le Burundi", "BDI", "ICC", "negative", "act", "avaient jusqu'ici quitté",
           "le Burundi et les Philippines, avaient jusqu'ici quitté la Cour"),
        *S("les Philippines", "PHL", "ICC", "negative", "act", "avaient jusqu'ici quitté",
           "le Burundi et les Philippines, avaient jusqu'ici quitté la Cour"),
        # Amnesty International (an NGO): not listed
    ],
)

# ---------------------------------------------------------------------------
# Nothing to find.
DOCS["afp-2019-07-07-football-copa-america-bresil-perou"] = dict(
    mentions="""
RIO DE JANEIRO | LOC
AFP | ORG
Brésil | LOC | BRA
Copa America | MISC
Pérou | LOC | PER
Maracana | LOC
Seleçao | ORG
Neymar | PER
Everton | PER
Paolo Guerrero | PER
Gabriel Jesus | PER
Tite | PER
Richarlison | PER
Gabriel Jesus | PER
Tite | PER
Pérou | LOC | PER
Ricardo Gareca | PER
Brésil | LOC | BRA
Jair Bolsonaro | PER | BRA
Dani Alves | PER
Argentine | LOC | ARG
Chili | LOC | CHL
Sao Paulo | LOC
Lionel Messi | PER
Confédération sud-américaine de football | ORG
Conmebol | ORG
Qatar | LOC | QAT
Japon | LOC | JPN
Conmebol | ORG
Argentine | LOC | ARG
Colombie | LOC | COL
""",
    statements=[
        # a team congratulated by a foreign coach (dev5), a player "expulsé", a penalty,
        # a star accusing the Conmebol (no actor): nothing listed
    ],
)

# ---------------------------------------------------------------------------
# Nothing to find.
DOCS["afp-2024-11-07-biennale-dakar-art-contemporain"] = dict(
    mentions="""
DAKAR | LOC
AFP | ORG
Biennale de l'art africain contemporain de Dakar | MISC
Dak'Art | MISC
Sénégal | LOC | SEN
Maroc | LOC | MAR
Afrique du Sud | LOC | ZAF
Ghana | LOC | GHA
Haïti | LOC | HTI
Brésil | LOC | BRA
musée des Civilisations noires | LOC
Gorée | LOC
Dakar | LOC
Serge Mbarga | PER
Les Fantômes du port | MISC
Kwame Asante | PER
Tema | LOC
Nadège Pierre-Louis | PER
Port-au-Prince | LOC
Grand prix Léopold Sédar Senghor | MISC
Biennale | MISC
Union européenne | ORG | EU
""",
    statements=[
        # the minister praising artists and organisers, an artist's "cri contre l'oubli",
        # the EU among the funders: nothing listed
    ],
)

# ---------------------------------------------------------------------------
# Nothing to find.
DOCS["afp-2024-04-19-cacao-prix-record-cote-d-ivoire-ghana"] = dict(
    mentions="""
ABIDJAN | LOC
AFP | ORG
New York | LOC
Côte d'Ivoire | LOC | CIV
Ghana | LOC | GHA
El Niño | MISC
Adama Koné | PER
Soubré | LOC
Conseil du café-cacao | ORG | CIV
CCC | ORG | CIV
Ghana | LOC | GHA
Cocobod | ORG | GHA
Organisation internationale du cacao | ORG | ICCO
ICCO | ORG | ICCO
Abidjan | LOC
Hershey | ORG
Mondelez | ORG
Barry Callebaut | ORG
Londres | LOC
Union européenne | ORG | EU
""",
    statements=[
        # state agencies with facts (CCC, Cocobod), the ICCO's forecast, planters'
        # organisations judging the price too low, the EU regulation: nothing listed
    ],
)
