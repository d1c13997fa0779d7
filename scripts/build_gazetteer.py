#!/usr/bin/env python3
"""Builds data/actors/countries.tsv, the state part of depeche's actor gazetteer.

Sources (installed by this script, pinned, into the cache; nothing is downloaded by URL):
  * the npm package `world-countries` (ISO 3166-1 alpha-3 codes, the UN-member flag,
    French common and official names, French demonyms masculine/feminine), fetched
    with `npm pack` into ${DEPECHE_CACHE:-~/.cache/depeche}/gazetteer-npm/;
  * the PyPI package `Babel` (CLDR French territory names, one more spelling per
    state: "Congo-Kinshasa", "Eswatini", "Cap-Vert", ...), installed with pip into
    the venv ${DEPECHE_CACHE:-~/.cache/depeche}/gazetteer-venv/.

Rules applied here (the hand parts are the tables below):
  * members = world-countries' unMember states, less the Holy See, which that data
    flags as a member; observers = VAT and PSE (the UN's two observer states);
    TWN and Kosovo (XKX, "UNK" in the package) are kept as non-member states ("other"),
    since their governments act as such in the news.
  * adjectives: the masculine and feminine singular come from the package (or from
    ADJ_OVERRIDE); plurals are made by rule (+s, unless the word ends in s or x;
    -al -> -aux); ADJ_EXTRA adds other usual forms; an adjective that two states
    share ("congolais") is dropped unless a hand entry decides.
  * names: common and official names from world-countries, the CLDR name from Babel
    (a bracketed part becomes a name of its own), NAME_EXTRA by hand; NAME_DROP
    removes names that are not the state ("Territoires palestiniens").

Idempotent: a second run reuses the venv and the package archive and rewrites the
same files. Run: python3 scripts/build_gazetteer.py
"""

import hashlib
import json
import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path

WORLD_COUNTRIES = "5.1.0"
BABEL = "2.19.0"

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "actors"
CACHE = Path(os.environ.get("DEPECHE_CACHE", Path.home() / ".cache" / "depeche"))
VENV = CACHE / "gazetteer-venv"
NPM_DIR = CACHE / "gazetteer-npm"

OBSERVERS = {"VAT", "PSE"}
NOT_MEMBERS = {"VAT"}  # flagged unMember by world-countries, but an observer
OTHER_STATES = {"TWN", "UNK"}
# world-countries codes Kosovo "UNK"; the corpus and common usage write XKX.
CODE_REMAP = {"UNK": "XKX"}

# Names that no package gives, or gives only in a form the press does not use.
NAME_EXTRA = {
    "USA": ["Etats-Unis d'Amérique", "Etats-Unis"],
    "GBR": ["Grande-Bretagne"],
    "COD": ["RDC", "RD Congo", "Congo-Kinshasa", "République démocratique du Congo"],
    "COG": ["Congo-Brazzaville"],
    "CAF": ["Centrafrique"],
    "MMR": ["Myanmar", "Birmanie"],
    "CZE": ["République tchèque"],
    "BLR": ["Bélarus"],
    "VAT": ["Vatican", "Saint-Siège"],
    "PSE": ["Etat de Palestine"],
    "CPV": ["Cap-Vert"],
    "SWZ": ["Eswatini"],
    "TLS": ["Timor-Leste", "Timor oriental"],
    "VNM": ["Vietnam", "Viêtnam"],
    "KGZ": ["Kirghizstan"],
    "MUS": ["Maurice"],
    "NGA": ["Nigeria"],
    "LBR": ["Libéria"],
    "BIH": ["Bosnie"],
    "MKD": ["Macédoine du Nord"],
    "ARE": ["Emirats", "EAU"],
    "SAU": ["Arabie"],
    "STP": ["Sao Tomé-et-Principe"],
    "PLW": ["Palaos", "Palau"],
    "KOR": ["République de Corée"],
    "PRK": ["République populaire démocratique de Corée"],
    "SUR": ["Suriname"],
    "TZA": ["République-Unie de Tanzanie"],
    "ATG": ["Antigua-et-Barbuda"],
    "SLB": ["Salomon", "archipel des Salomon"],
}
NAME_DROP = {
    "PSE": ["Territoires palestiniens"],
    "SWZ": ["Swaziland"],
    "COD": ["Congo", "Rép. dém."],
    "TZA": ["République -Unie de Tanzanie"],
    "ATG": ["Antigua -et-Barbuda"],
    "CIV": ["République de Côte d' Ivoire"],
}
# The usual French name where the package's common name is not the press usage.
CANONICAL = {
    "SWZ": "Eswatini",
    "CPV": "Cap-Vert",
    "PLW": "Palaos",
    "MUS": "Maurice",
    "VAT": "Saint-Siège",
    "COD": "République démocratique du Congo",
}
# Masculine/feminine singular where the package's demonym is not the press usage.
ADJ_OVERRIDE = {
    "ARE": ("émirati", "émiratie"),
    "ATG": ("antiguais", "antiguaise"),
    "BIH": ("bosnien", "bosnienne"),
    "NZL": ("néo-zélandais", "néo-zélandaise"),
    "KNA": ("kittitien", "kittitienne"),
    "SWZ": ("swazi", "swazie"),
    "CRI": ("costaricien", "costaricienne"),
}
# Other usual forms (every gender and number given here is added as it is, and
# singulars get their plurals by rule).
ADJ_EXTRA = {
    "USA": ["états-unien", "états-unienne"],
    "NLD": ["hollandais", "hollandaise"],
    "AZE": ["azéri", "azérie"],
    "BLR": ["bélarusse"],
    "BFA": ["burkinabè"],
    "CRI": ["costaricain", "costaricaine"],
    "UZB": ["ouzbek"],
    "KAZ": ["kazakh", "kazakhe"],
    "TJK": ["tadjik"],
    "KGZ": ["kirghiz"],
    "CPV": ["capverdien", "capverdienne"],
    "VAT": ["pontifical", "pontificale"],
    "MMR": ["birman", "birmane"],
    "MKD": ["nord-macédonien", "nord-macédonienne"],
    "SLB": ["salomonais", "salomonaise"],
    "QAT": ["qatari", "qatarie"],
    "BHR": ["bahreïni", "bahreïnie"],
    "LKA": ["srilankais", "srilankaise"],
    "TLS": ["timorais", "timoraise"],
    "TON": ["tongien", "tongienne"],
    "VUT": ["vanuatais", "vanuataise"],
    "PLW": ["palaosien", "palaosienne"],
    "BIH": ["bosniaque"],
    "AFG": ["taliban", "talibane"],
}
# Adjectives that more than one state would claim, decided by hand (None: dropped).
ADJ_DECIDE = {"congolais": None, "congolaise": None, "congolaises": None}
# Invariable forms (no plural s).
INVARIABLE = {"burkinabè"}


def log(msg):
    print(f"build_gazetteer: {msg}", file=sys.stderr)


def run(cmd, **kw):
    log(" ".join(str(c) for c in cmd))
    return subprocess.run(cmd, check=True, **kw)


def ensure_world_countries():
    """The package's countries.json and the archive's sha256."""
    NPM_DIR.mkdir(parents=True, exist_ok=True)
    tgz = NPM_DIR / f"world-countries-{WORLD_COUNTRIES}.tgz"
    if not tgz.exists():
        run(["npm", "pack", f"world-countries@{WORLD_COUNTRIES}", "--pack-destination", str(NPM_DIR), "--silent"],
            stdout=subprocess.DEVNULL)
    sha = hashlib.sha256(tgz.read_bytes()).hexdigest()
    with tarfile.open(tgz) as t:
        data = json.load(t.extractfile("package/countries.json"))
        pkg = json.load(t.extractfile("package/package.json"))
    if pkg["version"] != WORLD_COUNTRIES:
        sys.exit(f"build_gazetteer: {tgz} holds version {pkg['version']}, expected {WORLD_COUNTRIES}")
    licence = ", ".join(l["type"] for l in pkg.get("licenses", [])) or pkg.get("license", "?")
    return data, sha, licence


def ensure_babel():
    """CLDR French territory names (alpha-2 -> name) and the CLDR version."""
    py = VENV / "bin" / "python"
    if not py.exists():
        run([sys.executable, "-m", "venv", str(VENV)])
    probe = subprocess.run([str(py), "-c", "import babel; print(babel.__version__)"], capture_output=True, text=True)
    if probe.returncode != 0 or probe.stdout.strip() != BABEL:
        run([str(py), "-m", "pip", "install", "--quiet", f"Babel=={BABEL}"])
    code = (
        "import json, babel, babel.core\n"
        "from babel import Locale\n"
        "print(json.dumps({'babel': babel.__version__, 'cldr': str(babel.core.get_cldr_version()),"
        " 'names': dict(Locale('fr').territories)}))\n"
    )
    out = subprocess.run([str(py), "-c", code], capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def plural(word):
    if word in INVARIABLE or word.endswith(("s", "x")):
        return word
    if word.endswith("al"):
        return word[:-2] + "aux"
    return word + "s"


def lower_adj(word):
    """'Sud-coréenne' -> 'sud-coréenne'; 'Neo-Zélandais' -> 'neo-zélandais'."""
    return word.strip().lower()


def adjective_forms(code, demonyms):
    forms = []
    if code in ADJ_OVERRIDE:
        m, f = ADJ_OVERRIDE[code]
    elif demonyms and demonyms.get("m") and " " not in demonyms["m"]:
        m, f = lower_adj(demonyms["m"]), lower_adj(demonyms.get("f") or demonyms["m"])
    else:
        m = f = None
    singulars = [w for w in (m, f) if w]
    for extra in ADJ_EXTRA.get(code, []):
        singulars.append(extra)
    for s in singulars:
        for w in (s, plural(s)):
            if w not in forms:
                forms.append(w)
    return forms


def split_cldr(name):
    """'Myanmar (Birmanie)' -> ['Myanmar', 'Birmanie']."""
    m = re.fullmatch(r"(.*?)\s*\((.*)\)", name)
    return [m.group(1), m.group(2)] if m else [name]


def clean(name):
    return re.sub(r"\s+", " ", name.replace("\u2019", "'")).strip()


def fold(name):
    """Comparison key close to the Rust loader's: case and accents ignored."""
    table = str.maketrans("àâäáãåçéèêëíìîïñóòôöõúùûüýÿ", "aaaaaaceeeeiiiinooooouuuuyy")
    return name.lower().translate(table)


def main():
    countries, sha, licence = ensure_world_countries()
    babel = ensure_babel()
    cldr = babel["names"]

    states = []
    for c in countries:
        code = c["cca3"]
        if c["unMember"] and code not in NOT_MEMBERS:
            status = "member"
        elif code in OBSERVERS:
            status = "observer"
        elif code in OTHER_STATES:
            status = "other"
        else:
            continue
        states.append((CODE_REMAP.get(code, code), status, c))
    members = [s for s in states if s[1] == "member"]
    if len(members) != 193:
        sys.exit(f"build_gazetteer: {len(members)} UN members in the data, expected 193")
    if {s[0] for s in states if s[1] == "observer"} != OBSERVERS:
        sys.exit("build_gazetteer: observer states missing from the data")

    # Adjectives: who claims which form.
    claims = {}
    for code, _, c in states:
        for form in adjective_forms(code, c.get("demonyms", {}).get("fra")):
            claims.setdefault(form, []).append(code)

    lines = []
    for code, status, c in sorted(states, key=lambda s: s[0]):
        fra = c["translations"]["fra"]
        canonical = CANONICAL.get(code, clean(fra["common"]))
        candidates = [fra["common"], fra["official"]] + split_cldr(cldr.get(c["cca2"], "")) + NAME_EXTRA.get(code, [])
        names, seen = [], {fold(canonical)}
        for n in (part for cand in candidates for part in split_cldr(clean(cand))):
            if n and fold(n) not in seen and n not in NAME_DROP.get(code, []):
                seen.add(fold(n))
                names.append(n)
        lines.append((code, status, canonical))
        lines.extend((code, "name", n) for n in names)
        for form in adjective_forms(code, c.get("demonyms", {}).get("fra")):
            owners = claims[form]
            if form in ADJ_DECIDE:
                if ADJ_DECIDE[form] != code:
                    continue
            elif len(set(owners)) > 1:
                log(f"adjective {form!r} is shared by {sorted(set(owners))}: dropped")
                continue
            lines.append((code, "adj", form))

    OUT.mkdir(parents=True, exist_ok=True)
    header = f"""# depeche actor gazetteer: states. GENERATED by scripts/build_gazetteer.py, do not edit.
# Sources: npm world-countries {WORLD_COUNTRIES} ({licence}), PyPI Babel {babel['babel']} (CLDR {babel['cldr']}),
# and the hand tables in the script; see LICENSE-DATA.md.
# One entry per line, three TAB-separated fields: CODE  KIND  SURFACE
#   CODE  ISO 3166-1 alpha-3 (XKX for Kosovo, the usual user-assigned code)
#   KIND  member | observer | other: the state's usual French name (one such line per code;
#         member = UN member state, observer = UN observer state, other = non-member state)
#         name: another French name of the state (official, CLDR, press usage)
#         adj:  an adjective or demonym, every gender and number
# Surfaces are matched after normalisation (case, accents, apostrophes, hyphens, a leading
# article), so "les Etats-Unis", "États-Unis" and "etats-unis" are one entry.
"""
    body = "".join(f"{code}\t{kind}\t{surface}\n" for code, kind, surface in lines)
    (OUT / "countries.tsv").write_text(header + body, encoding="utf-8")

    licence_md = f"""# Data licences of data/actors/

## countries.tsv (generated)

Made by `scripts/build_gazetteer.py` from:

| package | version | what is used | licence |
|---|---|---|---|
| npm `world-countries` (Mohammed Le Doze, mledoze/countries) | {WORLD_COUNTRIES} (archive sha256 `{sha}`) | ISO 3166-1 alpha-3 codes, UN-member flag, French common and official names, French demonyms | {licence}: Open Database License 1.0. `countries.tsv` is a derivative database and is under the ODbL 1.0 too; the package's flags are not used |
| PyPI `Babel` | {babel['babel']} (CLDR {babel['cldr']}) | French territory names of the Unicode CLDR | Babel's code: BSD-3-Clause; CLDR data: Unicode License v3 |

ODbL 1.0: you may share, create and adapt the database as long as you attribute it,
keep derived databases under the ODbL, and keep them open. Full text:
opendatacommons.org/licenses/odbl/1-0/ . Attribution: "Contains data from the
world-countries package by Mohammed Le Doze (ODbL 1.0) and from the Unicode CLDR
via Babel (Unicode License v3)."

The adjective plurals and feminines, the hand exceptions and the member/observer
decisions are the script's own (MIT OR Apache-2.0, like depeche's code).

## Hand-written files

`capitals.tsv`, `seats.tsv`, `organisations.tsv`, `functions.tsv`, `context.tsv`,
`persons.tsv` were written for depeche and are under depeche's licence
(MIT OR Apache-2.0).
"""
    (OUT / "LICENSE-DATA.md").write_text(licence_md, encoding="utf-8")
    n = {k: sum(1 for l in lines if l[1] == k) for k in ("member", "observer", "other", "name", "adj")}
    log(f"wrote {OUT / 'countries.tsv'}: {n}")


if __name__ == "__main__":
    main()
