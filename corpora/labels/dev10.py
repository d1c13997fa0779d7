"""Labels of the dev10 set (texts in corpora/dev10/).

Read by scripts/make_gold.py; see corpora/labels/README.md for the format.
Conventions are in corpora/README.md ("Annotation decisions", with the dev2 to dev6
additions at its end, and the per-document tables, whose "hard cases" columns note the
cases the earlier sets did not settle). dev10 was written without reading the statement
rules, as an unseen check of them.
"""
from make_gold import S

# Codes this set needs beyond make_gold.py's shared sets (ISO 3166-1 alpha-3).
STATE_ACTORS = {
    "ARE", "ARM", "AZE", "BHR", "BLR", "CYP", "CZE", "EGY", "ESP", "EST", "FIN", "GRC",
    "IDN", "IRL", "IRQ", "ITA", "LBN", "LBY", "LTU", "LUX", "LVA", "MLT", "NOR", "POL",
    "PSE", "SAU", "SVK", "SVN", "SWE", "SYR", "TUN",
}

# Organisation codes beyond make_gold.py's (the usual English acronym, as in
# data/actors/organisations.tsv).
ORG_ACTORS = {
    "LAS",        # Ligue arabe
    "OSCE",       # Organisation pour la sécurité et la coopération en Europe
}

# Capitalised words that are not entities (sentence and quote openers, "A" without
# accent, job titles, a shouted word in a quoted tweet).
NOT_ENTITIES = {
    "A", "En", "Nous", "Avoir", "Mardi", "Samedi", "Plus", "Si", "Signé", "Lors", "Je",
    "Tout", "Toute", "Rien", "Son", "Quelque", "Plusieurs", "Aucune", "Lancée", "Nos",
    "GRANDS", "Réunis", "Ces", "Leurs", "Venu", "Fondée", "Déployée", "Menés", "Seuls",
    "On", "Premier", "Conseil", "Intérieur", "République",
}

DOCS: dict[str, dict] = {}

# ---------------------------------------------------------------------------
DOCS["afp-2019-02-07-france-italie-rappel-ambassadeur"] = dict(
    mentions="""
PARIS | LOC
AFP | ORG
France | LOC | FRA
Rome | LOC
Seconde Guerre mondiale | MISC
France | LOC | FRA
Quai d'Orsay | LOC | FRA
Mouvement 5 étoiles | ORG
Lorenzo Gatti | PER | ITA
Montargis | LOC
Paris | LOC
Facebook | ORG
Alpes | LOC
Paris | LOC | FRA
Italie | LOC | ITA
Gatti | PER | ITA
France | LOC | FRA
Afrique | LOC
Europe | LOC
Rome | LOC
Paolo Benedetti | PER | ITA
Italie | LOC | ITA
France | LOC | FRA
Emmanuel Macron | PER | FRA
Marco Rinaldi | PER | ITA
Paris | LOC | FRA
Vintimille | LOC
France | LOC | FRA
Bruxelles | LOC
Commission européenne | ORG | EU
Paris | LOC | FRA
Rome | LOC | ITA
Berlin | LOC | DEU
Union européenne | ORG | EU
Rome | LOC
Ligue | ORG
Mouvement 5 étoiles | ORG
""",
    statements=[
        # recalling an ambassador; "Paris avait convoqué l'ambassadrice" (January) is the
        # same collective speaker, target and stance: listed once, the lead act
        *S("la France", "FRA", "ITA", "negative", "act", "a rappelé",
           "a rappelé jeudi son ambassadeur à Rome pour consultations"),
        # the Quai's quote names no target: Italy, the other side, is implicit
        *S("le Quai d'Orsay", "FRA", "ITA", "negative", "direct", "a écrit",
           "d'attaques sans fondement et de déclarations outrancières"),
        *S("Lorenzo Gatti", "ITA", "FRA", "negative", "indirect", "accusant",
           "accusant la France d'« appauvrir l'Afrique »"),
        # "appelé à « baisser le ton »" names no one; the friendship is positive
        *S("Paolo Benedetti", "ITA", "FRA", "positive", "indirect", "assuré",
           "son « amitié historique » avec la France"),
        *S("Marco Rinaldi", "ITA", "FRA", "negative", "indirect", "a estimé",
           "Paris devait d'abord « cesser de refouler des migrants »"),
        # refuses to comment, then a wish addressed to both sides alike; Berlin "sans
        # prendre parti" is not listed
        *S("la Commission européenne", "EU", "FRA ITA", "neutral", "indirect", "se bornant à souhaiter",
           "que Paris et Rome trouvent « rapidement un terrain d'entente »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-08-31-pays-baltes-bielorussie-sanctions"] = dict(
    mentions="""
VILNIUS | LOC
AFP | ORG
Estonie | LOC | EST
Lettonie | LOC | LVA
Lituanie | LOC | LTU
Alexandre Loukachenko | PER | BLR
Minsk | LOC
Darius Vaitkus | PER | LTU
Vilnius | LOC
Loukachenko | PER | BLR
Union européenne | ORG | EU
Vingt-Sept | ORG | EU
Chypre | LOC | CYP
Turquie | LOC | TUR
Méditerranée | LOC
Minsk | LOC | BLR
Kremlin | LOC | RUS
Vladimir Poutine | PER | RUS
Bruxelles | LOC
UE | ORG | EU
Loukachenko | PER | BLR
""",
    statements=[
        # entry bans on a state's officials (visa restrictions, dev6): one act per state
        *S("l'Estonie", "EST", "BLR", "negative", "act", "ont interdit",
           "ont interdit lundi d'entrée sur leur territoire le président bélarusse Alexandre Loukachenko et 29 hauts responsables"),
        *S("la Lettonie", "LVA", "BLR", "negative", "act", "ont interdit",
           "ont interdit lundi d'entrée sur leur territoire le président bélarusse Alexandre Loukachenko et 29 hauts responsables"),
        *S("la Lituanie", "LTU", "BLR", "negative", "act", "ont interdit",
           "ont interdit lundi d'entrée sur leur territoire le président bélarusse Alexandre Loukachenko et 29 hauts responsables"),
        *S("Darius Vaitkus", "LTU", "BLR", "negative", "direct", "a déclaré",
           "Ce que fait le régime de Loukachenko est une guerre contre son propre peuple"),
        # Cyprus demanding EU measures against Turkey: negative to TUR, no stance to the EU
        *S("Chypre", "CYP", "TUR", "negative", "indirect", "conditionnant",
           "l'adoption de mesures contre la Turquie pour ses forages en Méditerranée orientale"),
        # counter-bans on officials named through demonyms
        *S("Minsk", "BLR", "EST LVA LTU", "negative", "act", "a aussitôt répliqué",
           "en interdisant à son tour d'entrée 30 responsables estoniens, lettons et lituaniens"),
        # the ministry (a body) is a second speaker; its quote targets the three states implicitly
        *S("le ministère bélarusse des Affaires étrangères", "BLR", "EST LVA LTU", "negative", "direct", "a prévenu",
           "Nous prendrons toujours des mesures symétriques"),
        *S("le chef de la diplomatie estonienne", "EST", "BLR", "negative", "indirect", "qualifiée de",
           "une riposte qualifiée de « théâtre »"),
        # the Kremlin's "ingérence extérieure" names no one (not listed)
        *S("Vladimir Poutine", "RUS", "BLR", "positive", "indirect", "a assuré",
           "une « réserve » de policiers prêts à venir en aide à son allié"),
        *S("le chef de la diplomatie européenne", "EU", "BLR", "negative", "indirect", "a appelé",
           "les autorités bélarusses à « libérer sans condition »"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2018-12-04-otan-russie-traite-fni"] = dict(
    mentions="""
BRUXELLES | LOC
AFP | ORG
Etats-Unis | LOC | USA
Russie | LOC | RUS
Traité sur les forces nucléaires à portée intermédiaire | MISC
FNI | MISC
Otan | ORG | NATO
Bruxelles | LOC
Russie | LOC | RUS
Robert Whitman | PER | USA
Russie | LOC | RUS
Alliance | ORG | NATO
Moscou | LOC | RUS
FNI | MISC
Russie | LOC | RUS
Otan | ORG | NATO
Lars Henriksen | PER | NATO
Moscou | LOC | RUS
Moscou | LOC
Washington | LOC | USA
Otan | ORG | NATO
Etats-Unis | LOC | USA
ministère des Affaires étrangères | ORG | RUS
Anna Belova | PER | RUS
Vladimir Poutine | PER | RUS
Russie | LOC | RUS
Etats-Unis | LOC | USA
Europe | LOC
Allemagne | LOC | DEU
Washington | LOC | USA
Moscou | LOC | RUS
Europe | LOC
Chine | LOC | CHN
Etats-Unis | LOC | USA
Washington | LOC
FNI | MISC
""",
    statements=[
        # an ultimatum (a threat, not an act)
        *S("les Etats-Unis", "USA", "RUS", "negative", "indirect", "ont donné",
           "60 jours à la Russie pour se conformer de nouveau au Traité"),
        # passive agent: the allies' support for the US position; restated by the ministers
        # of "l'Alliance" (same organisation, same triple: listed once)
        *S("l'Otan", "NATO", "USA", "positive", "indirect", "soutenu par",
           "un ultimatum soutenu par leurs alliés de l'Otan"),
        *S("Robert Whitman", "USA", "RUS", "negative", "direct", "a déclaré",
           "Nous avons été patients, mais la Russie a continué à tricher"),
        *S("l'Alliance", "NATO", "RUS", "negative", "indirect", "estimant",
           "Moscou avait développé et déployé un nouveau missile de croisière"),
        *S("Lars Henriksen", "NATO", "RUS", "negative", "direct", "a insisté",
           "c'est parce que Moscou le viole"),
        *S("la diplomatie russe", "RUS", "USA NATO", "negative", "indirect", "a rejeté",
           "les \"accusations infondées\" de Washington et de l'Otan"),
        *S("Anna Belova", "RUS", "USA", "negative", "direct", "a affirmé",
           "Les Etats-Unis cherchent un prétexte pour se retirer d'un traité"),
        # a background threat
        *S("Vladimir Poutine", "RUS", "USA", "negative", "indirect", "avait averti",
           "\"contrainte de riposter\" si les Etats-Unis déployaient de nouveaux missiles"),
        *S("l'Allemagne", "DEU", "USA RUS", "neutral", "indirect", "a appelé",
           "Washington et Moscou à \"mettre à profit ce délai\""),
        *S("la Chine", "CHN", "USA", "negative", "indirect", "appelé",
           "les Etats-Unis à \"réfléchir à deux fois\""),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2019-11-07-iran-aiea-inspectrice"] = dict(
    mentions="""
VIENNE | LOC
AFP | ORG
Agence internationale de l'énergie atomique | ORG | IAEA
AIEA | ORG | IAEA
Iran | LOC | IRN
Téhéran | LOC | IRN
Natanz | LOC
Conseil des gouverneurs de l'AIEA | ORG | IAEA
Hamid Sadeghi | PER | IRN
Iran | LOC | IRN
Agence | ORG | IAEA
Agence | ORG | IAEA
Tomás Ferreira | PER | IAEA
Téhéran | LOC | IRN
Karen Doyle | PER | USA
Iran | LOC | IRN
France | LOC | FRA
Allemagne | LOC | DEU
Royaume-Uni | LOC | GBR
Téhéran | LOC | IRN
AIEA | ORG | IAEA
Russie | LOC | RUS
Iran | LOC | IRN
Agence | ORG | IAEA
Iran | LOC | IRN
Fordo | LOC
Etats-Unis | LOC | USA
Téhéran | LOC | IRN
""",
    statements=[
        # accusing the agency's inspector (an official of the IAEA) targets the IAEA
        *S("Téhéran", "IRN", "IAEA", "negative", "indirect", "accuse",
           "accuse l'employée d'avoir tenté d'introduire des « matériaux suspects »"),
        *S("Hamid Sadeghi", "IRN", "IAEA", "negative", "direct", "a-t-il déclaré",
           "Nous attendons de l'Agence qu'elle prenne ses responsabilités"),
        # a reply that contradicts Tehran's accusation (a denial, dev3)
        *S("Tomás Ferreira", "IAEA", "IRN", "negative", "indirect", "rappelé",
           "rappelé à Téhéran que les inspecteurs bénéficiaient de privilèges et d'immunités"),
        *S("Karen Doyle", "USA", "IRN", "negative", "indirect", "accusé",
           "accusé l'Iran de chercher à « intimider » les inspecteurs"),
        *S("la France", "FRA", "IRN", "negative", "indirect", "appelant",
           "Téhéran à « coopérer pleinement et sans délai »"),
        *S("l'Allemagne", "DEU", "IRN", "negative", "indirect", "appelant",
           "Téhéran à « coopérer pleinement et sans délai »"),
        *S("le Royaume-Uni", "GBR", "IRN", "negative", "indirect", "appelant",
           "Téhéran à « coopérer pleinement et sans délai »"),
        # Russia "sans mettre en cause ni l'Iran ni l'Agence": not listed
        # background sanctions in a participial clause
        *S("les Etats-Unis", "USA", "IRN", "negative", "act", "rétablissant",
           "rétablissant dans la foulée leurs sanctions contre Téhéran"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-04-18-republique-tcheque-russie-vrbetice"] = dict(
    mentions="""
PRAGUE | LOC
AFP | ORG
République tchèque | LOC | CZE
Moscou | LOC | RUS
GRU | ORG | RUS
Vrbetice | LOC
Tomáš Horák | PER | CZE
Russie | LOC | RUS
Prague | LOC
Jan Dvořák | PER | CZE
Prague | LOC | CZE
Prague | LOC | CZE
Douma | ORG | RUS
Viktor Kozlov | PER | RUS
Moscou | LOC | RUS
Moscou | LOC
Washington | LOC | USA
Etats-Unis | LOC | USA
Slovaquie | LOC | SVK
Prague | LOC | CZE
Bruxelles | LOC
République tchèque | LOC | CZE
Moscou | LOC | RUS
Kremlin | LOC | RUS
""",
    statements=[
        *S("la République tchèque", "CZE", "RUS", "negative", "act", "a annoncé",
           "l'expulsion de 18 diplomates russes"),
        *S("Tomáš Horák", "CZE", "RUS", "negative", "direct", "a déclaré",
           "l'implication d'agents du GRU, le renseignement militaire russe, dans l'explosion"),
        *S("Jan Dvořák", "CZE", "RUS", "negative", "act", "a convoqué",
           "a convoqué l'ambassadeur russe dimanche matin"),
        # "Selon Prague, le matériel stocké devait être vendu …": a fact, not listed;
        # the police's finding names Russian military intelligence agents (an accusation)
        *S("la police tchèque", "CZE", "RUS", "negative", "attribution", "D'après la police tchèque",
           "deux agents du renseignement militaire russe"),
        *S("Viktor Kozlov", "RUS", "CZE", "negative", "direct", "a menacé",
           "Prague sait très bien comment se terminent ce genre de provocations"),
        *S("Moscou", "RUS", "CZE", "negative", "act", "a riposté",
           "en ordonnant l'expulsion de 20 employés de l'ambassade tchèque"),
        *S("la diplomatie russe", "RUS", "USA", "negative", "attribution", "selon la diplomatie russe",
           "une « action hostile » inspirée, selon la diplomatie russe, par Washington"),
        *S("les Etats-Unis", "USA", "CZE", "positive", "indirect", "ont fait part",
           "leur « soutien indéfectible » à leur allié tchèque"),
        *S("la Slovaquie", "SVK", "RUS", "negative", "act", "a annoncé",
           "l'expulsion de trois diplomates russes"),
        *S("la Slovaquie", "SVK", "CZE", "positive", "act", "par solidarité avec",
           "par solidarité avec Prague"),
        # "sans se prononcer … sur d'éventuelles mesures contre Moscou": not listed
        *S("la diplomatie européenne", "EU", "CZE", "positive", "indirect", "s'est dite",
           "« pleinement solidaire » de la République tchèque"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-11-16-pologne-missile-przewodow"] = dict(
    mentions="""
VARSOVIE | LOC
AFP | ORG
Pologne | LOC | POL
Tomasz Zieliński | PER | POL
Russie | LOC | RUS
Pologne | LOC | POL
Zieliński | PER | POL
Varsovie | LOC
Przewodów | LOC
Otan | ORG | NATO
Lars Henriksen | PER | NATO
Bruxelles | LOC
Russie | LOC | RUS
Ukraine | LOC | UKR
Alliance | ORG | NATO
Kiev | LOC | UKR
Kiev | LOC
ministère ukrainien des Affaires étrangères | ORG | UKR
Moscou | LOC | RUS
Moscou | LOC
Kremlin | LOC | RUS
Andreï Volkov | PER | RUS
Varsovie | LOC | POL
Washington | LOC | USA
Joe Biden | PER | USA
Bali | LOC
Pologne | LOC | POL
Etats-Unis | LOC | USA
Russie | LOC | RUS
Conseil européen | ORG | EU
Union européenne | ORG | EU
Pologne | LOC | POL
Przewodów | LOC
""",
    statements=[
        # the missile "très probablement" Ukrainian: a finding with no stance (not listed)
        *S("Tomasz Zieliński", "POL", "RUS", "negative", "indirect", "tout en assurant",
           "la Russie portait la « responsabilité ultime » de l'incident"),
        *S("Lars Henriksen", "NATO", "RUS", "negative", "direct", "a-t-il dit",
           "La Russie porte la responsabilité ultime de ce qui s'est passé"),
        *S("Lars Henriksen", "NATO", "UKR", "positive", "indirect", "réaffirmant",
           "le soutien de l'Alliance à Kiev"),
        *S("le ministère ukrainien des Affaires étrangères", "UKR", "RUS", "negative", "indirect", "a accusé",
           "Moscou de vouloir « semer la discorde »"),
        *S("le Kremlin", "RUS", "POL", "negative", "indirect", "a rejeté",
           "les accusations polonaises"),
        *S("Andreï Volkov", "RUS", "POL", "negative", "indirect", "a reproché",
           "à Varsovie une réaction « hystérique » et « russophobe »"),
        *S("Andreï Volkov", "RUS", "USA", "positive", "indirect", "saluant",
           "la « retenue » de Washington"),
        *S("Joe Biden", "USA", "POL", "positive", "indirect", "avait assuré",
           "la Pologne du « soutien total » des Etats-Unis"),
        *S("le président du Conseil européen", "EU", "POL", "positive", "indirect", "a également exprimé",
           "la « solidarité » de l'Union européenne avec la Pologne"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-05-28-espagne-irlande-norvege-palestine"] = dict(
    mentions="""
MADRID | LOC
AFP | ORG
Espagne | LOC | ESP
Irlande | LOC | IRL
Norvège | LOC | NOR
Palestine | LOC | PSE
Autorité palestinienne | ORG | PSE
Israël | LOC | ISR
Israël | LOC | ISR
Alberto Serrano | PER | ESP
Dublin | LOC
Ciarán Walsh | PER | IRL
Irlande | LOC | IRL
Palestine | LOC | PSE
Oslo | LOC
Henrik Solberg | PER | NOR
Israël | LOC | ISR
Rafah | LOC
Ramallah | LOC
ministère palestinien des Affaires étrangères | ORG | PSE
Madrid | LOC | ESP
Dublin | LOC | IRL
Oslo | LOC | NOR
Eli Mizrahi | PER | ISR
Espagne | LOC | ESP
Jérusalem | LOC
Cisjordanie | LOC
Paris | LOC | FRA
Palestine | LOC | PSE
Slovénie | LOC | SVN
Malte | LOC | MLT
Palestine | LOC | PSE
Europe | LOC
""",
    statements=[
        # recognising a state: a positive act (dev5)
        *S("l'Espagne", "ESP", "PSE", "positive", "act", "ont officiellement reconnu",
           "ont officiellement reconnu mardi l'Etat de Palestine"),
        *S("l'Irlande", "IRL", "PSE", "positive", "act", "ont officiellement reconnu",
           "ont officiellement reconnu mardi l'Etat de Palestine"),
        *S("la Norvège", "NOR", "PSE", "positive", "act", "ont officiellement reconnu",
           "ont officiellement reconnu mardi l'Etat de Palestine"),
        # passive agents of "une décision saluée par … et dénoncée … par"
        *S("l'Autorité palestinienne", "PSE", "ESP IRL NOR", "positive", "indirect", "saluée par",
           "une décision saluée par l'Autorité palestinienne"),
        # Israel's denunciation and recall of ambassadors: same triples, listed once as acts
        *S("Israël", "ISR", "ESP IRL NOR", "negative", "act", "a rappelé",
           "qui a rappelé ses ambassadeurs dans les trois pays"),
        # "surtout pas contre Israël" is a negation: no stance to ISR
        *S("Alberto Serrano", "ESP", "PSE", "positive", "direct", "a déclaré",
           "Il s'agit d'une décision historique"),
        *S("Ciarán Walsh", "IRL", "PSE", "positive", "direct", "a salué",
           "un jour important pour l'Irlande et pour la Palestine"),
        *S("Henrik Solberg", "NOR", "ISR", "negative", "indirect", "appelait",
           "Israël à mettre fin « sans délai » à son offensive sur Rafah"),
        *S("le ministère palestinien des Affaires étrangères", "PSE", "ESP IRL NOR", "positive", "indirect", "a remercié",
           "Madrid, Dublin et Oslo pour ce « pas courageux »"),
        # the accusation and the consular restriction (an act): one triple, the act
        *S("Eli Mizrahi", "ISR", "ESP", "negative", "act", "annoncé",
           "le consulat espagnol à Jérusalem ne serait plus autorisé à fournir de services"),
        # Paris withholds recognition; Slovenia and Malta only expected: not listed
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2019-10-14-ue-turquie-syrie-armes"] = dict(
    mentions="""
LUXEMBOURG | LOC
AFP | ORG
Union européenne | ORG | EU
Syrie | LOC | SYR
Ankara | LOC | TUR
Vingt-Sept | ORG | EU
Allemagne | LOC | DEU
France | LOC | FRA
Pays-Bas | LOC | NLD
Finlande | LOC | FIN
Turquie | LOC | TUR
Turquie | LOC | TUR
Giulia Benassi | PER | EU
Ankara | LOC | TUR
ministère turc des Affaires étrangères | ORG | TUR
UE | ORG | EU
Recep Tayyip Erdogan | PER | TUR
Europe | LOC
Union | ORG | EU
Ligue arabe | ORG | LAS
Caire | LOC
Etats-Unis | LOC | USA
Syrie | LOC | SYR
Moscou | LOC | RUS
Damas | LOC | SYR
Ankara | LOC | TUR
Damas | LOC | SYR
Forces démocratiques syriennes | ORG
FDS | ORG
Ankara | LOC | TUR
ONU | ORG | UN
""",
    statements=[
        # the pledge to restrict exports is only expected; the condemnation is listed
        *S("l'Union européenne", "EU", "TUR", "negative", "indirect", "ont condamné",
           "l'offensive militaire turque dans le nord-est de la Syrie"),
        # suspending arms deliveries to a state (background acts); "Plusieurs Etats
        # membres" unnamed
        *S("l'Allemagne", "DEU", "TUR", "negative", "act", "avaient déjà suspendu",
           "leurs livraisons d'armes à la Turquie"),
        *S("la France", "FRA", "TUR", "negative", "act", "avaient déjà suspendu",
           "leurs livraisons d'armes à la Turquie"),
        *S("les Pays-Bas", "NLD", "TUR", "negative", "act", "avaient déjà suspendu",
           "leurs livraisons d'armes à la Turquie"),
        *S("la Finlande", "FIN", "TUR", "negative", "act", "avaient déjà suspendu",
           "leurs livraisons d'armes à la Turquie"),
        *S("Giulia Benassi", "EU", "TUR", "negative", "direct", "a déclaré",
           "Nous demandons à la Turquie de retirer ses troupes"),
        *S("Ankara", "TUR", "EU", "negative", "indirect", "a aussitôt rejeté",
           "ces critiques"),
        *S("le ministère turc des Affaires étrangères", "TUR", "EU", "negative", "indirect", "dénonçant",
           "une décision « irresponsable » de l'UE"),
        *S("Recep Tayyip Erdogan", "TUR", "EU", "negative", "indirect", "avait menacé",
           "d'« ouvrir les portes » de l'Europe à 3,6 millions de réfugiés syriens si l'Union qualifiait"),
        # "une « agression » contre un Etat arabe": the aggressor, Turkey, is implicit
        *S("la Ligue arabe", "LAS", "TUR", "negative", "indirect", "avait condamné",
           "une « agression » contre un Etat arabe"),
        *S("les Etats-Unis", "USA", "TUR", "negative", "act", "ont annoncé",
           "des sanctions contre trois ministres turcs"),
        # "allié de Damas" is an apposition (not listed); a call to both sides alike
        *S("Moscou", "RUS", "TUR SYR", "neutral", "indirect", "a appelé",
           "Ankara et Damas à engager un dialogue direct"),
        # Ankara calling an armed group "terroriste", "Selon l'ONU" figures: not listed
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-12-11-maroc-israel-normalisation"] = dict(
    mentions="""
RABAT | LOC
AFP | ORG
Maroc | LOC | MAR
Israël | LOC | ISR
Etats-Unis | LOC | USA
Sahara occidental | LOC
Donald Trump | PER | USA
Israël | LOC | ISR
Royaume du Maroc | LOC | MAR
Moyen-Orient | LOC
Trump | PER | USA
Mohammed VI | PER | MAR
Mahmoud Abbas | PER | PSE
Maroc | LOC | MAR
Benyamin Netanyahu | PER | ISR
Front Polisario | ORG
Alger | LOC
Washington | LOC | USA
Rabat | LOC | MAR
New York | LOC
ONU | ORG | UN
Nations unies | ORG | UN
Sahara occidental | LOC
Conseil de sécurité | ORG | UN
Union européenne | ORG | EU
Maroc | LOC | MAR
Israël | LOC | ISR
Israël | LOC | ISR
Emirats arabes unis | LOC | ARE
Bahreïn | LOC | BHR
Soudan | LOC | SDN
""",
    statements=[
        # normalising relations: a positive act
        *S("le Maroc", "MAR", "ISR", "positive", "act", "a accepté",
           "normaliser ses relations diplomatiques avec Israël"),
        # recognising Morocco's sovereignty over the territory: a positive act to MAR
        *S("les Etats-Unis", "USA", "MAR", "positive", "act", "ont en échange reconnu",
           "la souveraineté marocaine sur le territoire disputé du Sahara occidental"),
        *S("Donald Trump", "USA", "ISR MAR", "positive", "direct", "a tweeté",
           "Nos deux GRANDS amis, Israël et le Royaume du Maroc"),
        # the act reported inside Trump's tweet, listed for the inner speaker (MAR→ISR is
        # already listed for the same collective speaker)
        *S("Israël", "ISR", "MAR", "positive", "act", "ont accepté",
           "Israël et le Royaume du Maroc, ont accepté d'établir des relations diplomatiques complètes"),
        *S("Mohammed VI", "MAR", "PSE", "positive", "indirect", "pour l'assurer",
           "le soutien du Maroc à la « cause palestinienne » restait « inchangé »"),
        *S("Benyamin Netanyahu", "ISR", "MAR", "positive", "indirect", "remercié",
           "remercié le souverain marocain"),
        # the Polisario (no actor); Algiers "sans nommer Washington ni Rabat" (withheld);
        # the UN's unchanged position (no target): not listed
        *S("l'Union européenne", "EU", "MAR ISR", "positive", "indirect", "a salué",
           "le rapprochement entre le Maroc et Israël"),
        # earlier normalisations, the verb elided: background positive acts
        *S("les Emirats arabes unis", "ARE", "ISR", "positive", "act", "normaliser",
           "après les Emirats arabes unis, Bahreïn et le Soudan"),
        *S("Bahreïn", "BHR", "ISR", "positive", "act", "normaliser",
           "après les Emirats arabes unis, Bahreïn et le Soudan"),
        *S("le Soudan", "SDN", "ISR", "positive", "act", "normaliser",
           "après les Emirats arabes unis, Bahreïn et le Soudan"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-12-17-russie-otan-garanties-securite"] = dict(
    mentions="""
MOSCOU | LOC
AFP | ORG
Russie | LOC | RUS
Otan | ORG | NATO
Ukraine | LOC | UKR
URSS | LOC
Alliance | ORG | NATO
Washington | LOC | USA
Otan | ORG | NATO
Igor Sokolov | PER | RUS
Etats-Unis | LOC | USA
Washington | LOC | USA
URSS | LOC
Alliance | ORG | NATO
Bruxelles | LOC
Otan | ORG | NATO
Lars Henriksen | PER | NATO
Ukraine | LOC | UKR
Russie | LOC | RUS
Otan | ORG | NATO
Moscou | LOC | RUS
Maison Blanche | LOC | USA
Moscou | LOC | RUS
ministère ukrainien des Affaires étrangères | ORG | UKR
Moscou | LOC | RUS
Kiev | LOC | UKR
Alliance | ORG | NATO
Bruxelles | LOC
Union européenne | ORG | EU
Russie | LOC | RUS
Ukraine | LOC | UKR
Chine | LOC | CHN
Moscou | LOC | RUS
Ukraine | LOC | UKR
Kiev | LOC | UKR
Russie | LOC | RUS
Moscou | LOC | RUS
""",
    statements=[
        # draft treaties demanding that NATO stop enlarging: a call to change course
        *S("la Russie", "RUS", "NATO", "negative", "indirect", "exigeant",
           "de l'Otan qu'elle renonce à tout élargissement à l'Ukraine"),
        *S("la Russie", "RUS", "USA", "negative", "indirect", "prévoit notamment",
           "que Washington s'engage à ne pas établir de bases militaires"),
        *S("Igor Sokolov", "RUS", "USA NATO", "negative", "direct", "a déclaré",
           "Washington et l'Otan n'ont pas tenu leurs engagements politiques"),
        *S("Lars Henriksen", "NATO", "UKR", "positive", "indirect", "réaffirmant",
           "le soutien des alliés à la souveraineté de l'Ukraine"),
        *S("Lars Henriksen", "NATO", "RUS", "negative", "direct", "a-t-il ajouté",
           "préoccupations de l'Otan face aux actions de Moscou"),
        # "prête à discuter" is no stance; the warning is
        *S("la Maison Blanche", "USA", "RUS", "negative", "indirect", "en prévenant",
           "les propositions russes contenaient des éléments que Moscou « sait inacceptables »"),
        *S("le ministère ukrainien des Affaires étrangères", "UKR", "RUS", "negative", "indirect", "a accusé",
           "Moscou de vouloir « revenir à l'époque des sphères d'influence »"),
        *S("l'Union européenne", "EU", "RUS", "negative", "indirect", "avaient menacé",
           "la Russie de « conséquences massives »"),
        *S("la Chine", "CHN", "RUS", "positive", "indirect", "a en revanche apporté",
           "son soutien aux « préoccupations légitimes » de Moscou"),
        *S("les services de renseignement américains", "USA", "RUS", "negative", "attribution",
           "D'après les services de renseignement américains",
           "l'armée russe pourrait lancer une offensive d'envergure contre l'Ukraine"),
        # "Kiev et ses alliés occidentaux accusent": Kiev only (the allies unnamed)
        *S("Kiev", "UKR", "RUS", "negative", "indirect", "accusent",
           "la Russie de masser quelque 100.000 soldats"),
        # the denial answers Kiev's accusation
        *S("Moscou", "RUS", "UKR", "negative", "indirect", "dément",
           "ce que Moscou dément"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2023-08-01-pologne-bielorussie-helicopteres"] = dict(
    mentions="""
VARSOVIE | LOC
AFP | ORG
Pologne | LOC | POL
Bélarus | LOC | BLR
Minsk | LOC | BLR
Piotr Nowak | PER | POL
Bialowieza | LOC
Minsk | LOC
ministère bélarusse de la Défense | ORG | BLR
Varsovie | LOC | POL
Bélarus | LOC | BLR
Wagner | ORG
Russie | LOC | RUS
Krzysztof Lis | PER | POL
Alexandre Loukachenko | PER | BLR
Vladimir Poutine | PER | RUS
Wagner | ORG
Pologne | LOC | POL
Otan | ORG | NATO
Alliance | ORG | NATO
Pologne | LOC | POL
Wagner | ORG
Bélarus | LOC | BLR
Lituanie | LOC | LTU
Bélarus | LOC | BLR
Varsovie | LOC | POL
Loukachenko | PER | BLR
Belta | ORG | BLR
""",
    statements=[
        # "le chargé d'affaires de Minsk": Minsk names the government (BLR), not a place;
        # sending reinforcements to one's own border is no act
        *S("la Pologne", "POL", "BLR", "negative", "act", "convoqué",
           "convoqué le chargé d'affaires de Minsk"),
        *S("Piotr Nowak", "POL", "BLR", "negative", "indirect", "a dénoncé",
           "une « provocation » du régime bélarusse"),
        *S("le ministère bélarusse de la Défense", "BLR", "POL", "negative", "indirect", "qualifiant",
           "les accusations polonaises de « farfelues »"),
        # Varsovie's worry about Wagner (a company) is not listed
        *S("Krzysztof Lis", "POL", "BLR RUS", "negative", "indirect", "a accusé",
           "le président bélarusse Alexandre Loukachenko et Vladimir Poutine de préparer des « provocations »"),
        *S("l'Alliance", "NATO", "POL", "positive", "indirect", "a assuré",
           "la Pologne de sa « solidarité »"),
        *S("la Lituanie", "LTU", "BLR", "negative", "indirect", "a appelé",
           "le Bélarus à « cesser ses provocations »"),
        *S("Alexandre Loukachenko", "BLR", "POL", "negative", "direct", "a ironisé",
           "Varsovie cherche un prétexte pour militariser la frontière"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2021-08-25-algerie-maroc-rupture"] = dict(
    mentions="""
ALGER | LOC
AFP | ORG
Algérie | LOC | DZA
Maroc | LOC | MAR
Rabat | LOC | MAR
Royaume du Maroc | LOC | MAR
Algérie | LOC | DZA
Rachid Benali | PER | DZA
Alger | LOC | DZA
ONU | ORG | UN
Kabylie | LOC
Mouvement pour l'autodétermination de la Kabylie | ORG
MAK | ORG
ministère marocain des Affaires étrangères | ORG | MAR
Alger | LOC | DZA
Arabie saoudite | LOC | SAU
Algérie | LOC | DZA
Maroc | LOC | MAR
Ligue arabe | ORG | LAS
Sahara occidental | LOC
Alger | LOC | DZA
Front Polisario | ORG
Washington | LOC | USA
""",
    statements=[
        # breaking off relations (act); "Alger … l'accuse de collaborer avec le MAK" is the
        # same collective speaker, target and stance: listed once
        *S("l'Algérie", "DZA", "MAR", "negative", "act", "a annoncé",
           "la rupture de ses relations diplomatiques avec le Maroc"),
        *S("Rabat", "MAR", "DZA", "negative", "attribution", "selon Rabat",
           "une décision « complètement injustifiée »"),
        *S("Rachid Benali", "DZA", "MAR", "negative", "direct", "a déclaré",
           "le Royaume du Maroc n'a jamais cessé de mener des actions hostiles"),
        # a stance reported inside Algiers' reproach, listed for the inner speaker (dev2):
        # Morocco's envoy backing self-determination for an Algerian region
        *S("son représentant à l'ONU", "MAR", "DZA", "negative", "indirect", "le soutien apporté",
           "au « droit à l'autodétermination » de la Kabylie"),
        *S("le ministère marocain des Affaires étrangères", "MAR", "DZA", "negative", "indirect", "rejeté",
           "« catégoriquement les prétextes fallacieux, voire absurdes » avancés par Alger"),
        *S("l'Arabie saoudite", "SAU", "DZA MAR", "neutral", "indirect", "a appelé",
           "l'Algérie et le Maroc à « privilégier le dialogue et la diplomatie »"),
        # the Arab League's "profond regret" names no state; Algiers backing the Polisario
        # (an armed group) is not listed
        *S("Washington", "USA", "MAR", "positive", "act", "La reconnaissance par Washington",
           "la souveraineté marocaine sur ce territoire"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2020-06-07-egypte-libye-initiative-caire"] = dict(
    mentions="""
LE CAIRE | LOC
AFP | ORG
Abdel Fattah al-Sissi | PER | EGY
Libye | LOC | LBY
Déclaration du Caire | MISC
GNA | ORG | LBY
Tripoli | LOC
Khalifa Haftar | PER
GNA | ORG | LBY
Turquie | LOC | TUR
GNA | ORG | LBY
Mustafa al-Mabrouk | PER | LBY
Haftar | PER
Ankara | LOC | TUR
Ahmet Kaya | PER | TUR
Emirats arabes unis | LOC | ARE
Arabie saoudite | LOC | SAU
Haftar | PER
Caire | LOC | EGY
département d'Etat américain | ORG | USA
ONU | ORG | UN
Moscou | LOC | RUS
Washington | LOC | USA
Haftar | PER
Wagner | ORG
New York | LOC
ONU | ORG | UN
Libye | LOC | LBY
Helena Marsh | PER | UN
Genève | LOC
Libye | LOC | LBY
GNA | ORG | LBY
Haftar | PER
""",
    statements=[
        # the recognised government rejects Egypt's initiative (passive agent); the marshal
        # (an armed camp) is no actor, and "soutenues par la Turquie" is background support
        # stated as a fact, like an alliance in an apposition (not listed)
        *S("le gouvernement d'union nationale", "LBY", "EGY", "negative", "indirect", "aussitôt rejetée par",
           "aussitôt rejetée par le gouvernement d'union nationale (GNA)"),
        *S("Mustafa al-Mabrouk", "LBY", "EGY", "negative", "indirect", "qualifiant",
           "le plan égyptien de « tentative désespérée de sauver Haftar »"),
        *S("Ankara", "TUR", "EGY", "negative", "indirect", "a également balayé",
           "Ankara a également balayé l'initiative"),
        *S("Ahmet Kaya", "TUR", "EGY", "negative", "indirect", "jugeant",
           "qu'elle était « mort-née »"),
        *S("les Emirats arabes unis", "ARE", "EGY", "positive", "indirect", "ont en revanche salué",
           "les « efforts » du Caire"),
        *S("l'Arabie saoudite", "SAU", "EGY", "positive", "indirect", "ont en revanche salué",
           "les « efforts » du Caire"),
        *S("le département d'Etat américain", "USA", "EGY", "positive", "indirect", "ont en revanche salué",
           "tout comme le département d'Etat américain"),
        *S("Washington", "USA", "RUS", "negative", "indirect", "accusé par",
           "accusé par Washington de soutenir le camp Haftar"),
        *S("Moscou", "RUS", "EGY", "positive", "indirect", "a lui aussi accueilli favorablement",
           "la proposition égyptienne"),
        # "pris note" (neutral); the call to "les belligérants" names no actor
        *S("Helena Marsh", "UN", "EGY", "neutral", "indirect", "a « pris note »",
           "de l'initiative égyptienne"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-09-28-irak-iran-frappes-kurdistan"] = dict(
    mentions="""
BAGDAD | LOC
AFP | ORG
Irak | LOC | IRQ
Iran | LOC | IRN
Gardiens de la révolution | ORG | IRN
Kurdistan | LOC
ministère irakien des Affaires étrangères | ORG | IRQ
Téhéran | LOC | IRN
Gardiens de la révolution | ORG | IRN
Iran | LOC | IRN
Kurdistan | LOC
Koya | LOC
ministère iranien des Affaires étrangères | ORG | IRN
Saeed Rahimi | PER | IRN
Bagdad | LOC | IRQ
Iran | LOC | IRN
Washington | LOC | USA
département d'Etat | ORG | USA
Irak | LOC | IRQ
ONU | ORG | UN
Irak | LOC | IRQ
Téhéran | LOC | IRN
Turquie | LOC | TUR
PKK | ORG
""",
    statements=[
        *S("l'Irak", "IRQ", "IRN", "negative", "act", "a convoqué",
           "l'ambassadeur d'Iran"),
        *S("le ministère irakien des Affaires étrangères", "IRQ", "IRN", "negative", "indirect", "appelé",
           "Téhéran à \"cesser immédiatement\" ces attaques"),
        # the Guards' targets are armed groups; the Kurdish regional government is no actor
        *S("Saeed Rahimi", "IRN", "IRQ", "negative", "indirect", "a appelé",
           "Bagdad à \"empêcher que son territoire soit utilisé\""),
        *S("Washington", "USA", "IRN", "negative", "indirect", "a \"fermement condamné\"",
           "les frappes"),
        *S("le département d'Etat", "USA", "IRN", "negative", "indirect", "dénonçant",
           "une attaque effrontée contre la souveraineté de l'Irak"),
        *S("la mission de l'ONU en Irak", "UN", "IRN", "negative", "indirect", "a de son côté appelé",
           "Téhéran à \"respecter la souveraineté\" de son voisin"),
        # Turkey's operations against the PKK and "n'a pas réagi": not listed
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2022-12-01-osce-lodz-ministres"] = dict(
    mentions="""
LODZ | LOC
Pologne | LOC | POL
AFP | ORG
Organisation pour la sécurité et la coopération en Europe | ORG | OSCE
OSCE | ORG | OSCE
Lodz | LOC
Russie | LOC | RUS
Russie | LOC | RUS
Europe | LOC
OSCE | ORG | OSCE
Andrzej Kamiński | PER | OSCE
Varsovie | LOC | POL
Union européenne | ORG | EU
Ukraine | LOC | UKR
Moscou | LOC | RUS
Varsovie | LOC | POL
Anna Belova | PER | RUS
Russie | LOC | RUS
OSCE | ORG | OSCE
Lodz | LOC
Oleksandr Melnyk | PER | UKR
Russie | LOC | RUS
OSCE | ORG | OSCE
Pologne | LOC | POL
Ingrid Larsen | PER | OSCE
OSCE | ORG | OSCE
Lodz | LOC
Varsovie | LOC | POL
OSCE | ORG | OSCE
Amérique du Nord | LOC
Asie centrale | LOC
""",
    statements=[
        # refusing entry to a state's minister (like visa restrictions on officials, dev6)
        *S("Varsovie", "POL", "RUS", "negative", "act", "a justifié",
           "l'interdiction d'entrée"),
        *S("l'Union européenne", "EU", "RUS", "negative", "act", "les sanctions prises par",
           "les sanctions prises par l'Union européenne contre le ministre russe"),
        # the chairman-in-office speaks for the organisation (chair rule, dev2)
        *S("Andrzej Kamiński", "OSCE", "RUS", "negative", "direct", "a lancé",
           "La Russie est responsable de la plus grande catastrophe sécuritaire en Europe"),
        *S("Moscou", "RUS", "POL", "negative", "indirect", "a dénoncé",
           "une « provocation sans précédent »"),
        *S("Anna Belova", "RUS", "POL", "negative", "direct", "a déclaré",
           "Varsovie a transformé cette réunion en un instrument de sa politique antirusse"),
        # a standing accusation; blocking the budget is no act (like a veto)
        *S("la Russie", "RUS", "OSCE", "negative", "indirect", "accuse",
           "l'OSCE de « partialité »"),
        # a call on the organisation to exclude Russia: no stance to the OSCE
        *S("Oleksandr Melnyk", "UKR", "RUS", "negative", "indirect", "a appelé",
           "à exclure la Russie de l'OSCE"),
        *S("Oleksandr Melnyk", "UKR", "POL", "positive", "indirect", "remercié",
           "la Pologne pour son « courage »"),
        # the secretary-general's regret of the Russian absence names no stance
        *S("le secrétaire d'Etat adjoint américain", "USA", "POL", "positive", "indirect", "a salué",
           "la « fermeté » de Varsovie"),
    ],
)

# ---------------------------------------------------------------------------
DOCS["afp-2024-10-11-finul-israel-tirs"] = dict(
    mentions="""
BEYROUTH | LOC
AFP | ORG
France | LOC | FRA
Italie | LOC | ITA
Espagne | LOC | ESP
Force intérimaire des Nations unies au Liban | ORG | UN
Finul | ORG | UN
Israël | LOC | ISR
Conseil de sécurité | ORG | UN
Finul | ORG | UN
Finul | ORG | UN
Naqoura | LOC
Liban | LOC | LBN
Franco Moretti | PER | ITA
Israël | LOC | ISR
Rome | LOC
ONU | ORG | UN
Hezbollah | ORG
Finul | ORG | UN
Benyamin Netanyahu | PER | ISR
ONU | ORG | UN
Beyrouth | LOC
Karim Haddad | PER | LBN
France | LOC | FRA
Italie | LOC | ITA
Espagne | LOC | ESP
Indonésie | LOC | IDN
Etats-Unis | LOC | USA
Israël | LOC | ISR
Union européenne | ORG | EU
Finul | ORG | UN
""",
    statements=[
        # a joint statement: one statement per named state; the quote restates them
        *S("la France", "FRA", "ISR", "negative", "indirect", "ont condamné",
           "les tirs de l'armée israélienne"),
        *S("l'Italie", "ITA", "ISR", "negative", "indirect", "ont condamné",
           "les tirs de l'armée israélienne"),
        *S("l'Espagne", "ESP", "ISR", "negative", "indirect", "ont condamné",
           "les tirs de l'armée israélienne"),
        # the mission's account of a "deliberate" shot: an accusation (attribution)
        *S("la Finul", "UN", "ISR", "negative", "attribution", "D'après la Finul",
           "un char israélien a « délibérément » ouvert le feu"),
        *S("Franco Moretti", "ITA", "ISR", "negative", "act", "avait convoqué",
           "l'ambassadeur d'Israël à Rome"),
        # "ces tirs": the Israeli army named before; its accusation of Hezbollah (an armed
        # group) is not listed
        *S("le secrétaire général de l'ONU", "UN", "ISR", "negative", "indirect", "a jugé",
           "ces tirs « intolérables »"),
        *S("Benyamin Netanyahu", "ISR", "UN", "negative", "indirect", "a pour sa part appelé",
           "l'ONU à « mettre les casques bleus à l'abri »"),
        *S("Karim Haddad", "LBN", "FRA ITA ESP", "positive", "indirect", "a salué",
           "la « position courageuse » de la France, de l'Italie et de l'Espagne"),
        *S("l'Indonésie", "IDN", "ISR", "negative", "indirect", "a « fermement condamné »",
           "les tirs israéliens"),
        *S("les Etats-Unis", "USA", "ISR", "negative", "indirect", "ont exhorté",
           "Israël à garantir la sécurité des soldats de la paix"),
        *S("l'Union européenne", "EU", "ISR", "negative", "indirect", "a qualifié",
           "les tirs de « totalement inacceptables »"),
    ],
)

# ---------------------------------------------------------------------------
# nothing to find
DOCS["afp-2019-05-29-football-europa-league-bakou"] = dict(
    mentions="""
BAKOU | LOC
AFP | ORG
Chelsea | ORG
Ligue Europa | MISC
Arsenal | ORG
Bakou | LOC
Londres | LOC
Blues | ORG
Arsenal | ORG
Azerbaïdjan | LOC | AZE
Arménie | LOC | ARM
Haut-Karabakh | LOC
Gunners | ORG
UEFA | ORG
Bakou | LOC
Istanbul | LOC
Moscou | LOC
Tbilissi | LOC
Ilham Aliev | PER | AZE
""",
    statements=[],
)

# ---------------------------------------------------------------------------
# almost nothing to find
DOCS["afp-2021-07-16-inondations-allemagne-belgique"] = dict(
    mentions="""
SCHULD | LOC
Allemagne | LOC | DEU
AFP | ORG
Allemagne | LOC | DEU
Belgique | LOC | BEL
Rhénanie-Palatinat | LOC
Schuld | LOC
Ahr | LOC
Helga Brandt | PER
DWD | ORG | DEU
Belgique | LOC | BEL
Vesdre | LOC
Verviers | LOC
France | LOC | FRA
Wallonie | LOC
Bruxelles | LOC | BEL
Pays-Bas | LOC | NLD
Limbourg | LOC
Meuse | LOC
Luxembourg | LOC | LUX
Washington | LOC
""",
    statements=[
        # rescuers sent in support (a positive act, dev2); the Belgian request is no stance
        *S("la France", "FRA", "BEL", "positive", "act", "a dépêché",
           "une centaine de sapeurs-pompiers en renfort en Wallonie"),
    ],
)

# ---------------------------------------------------------------------------
# nothing to find
DOCS["afp-2024-02-20-huile-olive-prix-secheresse"] = dict(
    mentions="""
JAEN | LOC
Espagne | LOC | ESP
AFP | ORG
Europe | LOC
Espagne | LOC | ESP
Antonio Ruiz | PER
Olivar del Sur | ORG
Jaén | LOC
Andalousie | LOC
Commission européenne | ORG | EU
ministère espagnol de l'Agriculture | ORG | ESP
Italie | LOC | ITA
Grèce | LOC | GRC
Tunisie | LOC | TUN
Union européenne | ORG | EU
Maroc | LOC | MAR
Madrid | LOC
Barcelone | LOC
Ukraine | LOC | UKR
""",
    statements=[],
)

# ---------------------------------------------------------------------------
# nothing to find
DOCS["afp-2023-05-14-eurovision-liverpool"] = dict(
    mentions="""
LIVERPOOL | LOC
Royaume-Uni | LOC | GBR
AFP | ORG
Suède | LOC | SWE
Liverpool | LOC
Eurovision | MISC
BBC | ORG
Ukraine | LOC | UKR
Finlande | LOC | FIN
Israël | LOC | ISR
M&S Bank Arena | LOC
Tvorchi | ORG
Ukraine | LOC | UKR
Kiev | LOC
Odessa | LOC
Union européenne de radio-télévision | ORG
UER | ORG
Suède | LOC | SWE
Irlande | LOC | IRL
Stockholm | LOC
Malmö | LOC
""",
    statements=[],
)
