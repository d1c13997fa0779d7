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
    "Cet", "Cette", "Ces", "En", "Leur", "Moscou",
    "Premier",                                                  # "Premier ministre"
    "Droits", "Intérieur", "Commerce", "Economie", "Energie", "Education", "Culture",
    "ONG", "PIB",                                               # common nouns
    "Covid-19",                                                 # a disease
}

DOCS: dict[str, dict] = {}
