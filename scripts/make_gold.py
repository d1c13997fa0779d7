#!/usr/bin/env python3
"""Build corpora/gold/SET.jsonl, the gold labels of one labelled set.

Plain Python 3.11, standard library only. Rerunnable: it rewrites the output
from scratch every time.

    python3 scripts/make_gold.py sample          # write corpora/gold/sample.jsonl
    python3 scripts/make_gold.py dev --check     # verify only, write nothing
    python3 scripts/make_gold.py test --audit    # also print capitalised words left unlabelled
    python3 scripts/make_gold.py all             # every set that exists (sample, dev, dev2, dev3, dev4, dev5, dev6, dev7, dev8, dev9, dev10, dev11, test)

SET is `sample`, `dev`, `dev2`, `dev3`, `dev4`, `dev5`, `dev6`, `dev7`, `dev8`, `dev9`, `dev10`, `dev11` or `test`. Texts are read from corpora/SET/: every
`<id>.txt` (the text is the file content minus its single trailing newline) and
every line of `wire.jsonl` ({"id", "date", "lang", "headline", "text"}; the
headline is not labelled). Labels are read from corpora/labels/SET.py, a Python
module that defines

    DOCS: dict[str, dict]    # id -> dict(mentions=<block of lines>, statements=[*S(...), ...])

and may define NOT_ENTITIES, STATE_ACTORS and ORG_ACTORS (sets of strings),
which extend the shared sets below for that set only. It imports the helper
with `from make_gold import S`. Format and rules: corpora/labels/README.md.

Mentions are listed per document, IN TEXT ORDER, one per line:

    surface | LABEL            or    surface | LABEL | ACTOR

Offsets are never written by hand: each surface is searched from the end of the
previous mention, as a whole word (no letter or digit on either side), and
text[start:end] == surface is asserted. The script fails loudly when a mention
cannot be found, when two mentions overlap, when a listed surface also
occurs elsewhere in the text outside every listed mention (a forgotten
mention, or one listed out of order), and when a capitalised word is neither
inside a mention nor in NOT_ENTITIES (a forgotten mention).

Mention and statement strings are typed with the ASCII apostrophe ' and with
guillemets spaced by a plain space ("« mot »"); they are adapted to each
document's typography (’ and U+00A0 / U+202F inside guillemets) before search.

Conventions are in corpora/README.md ("Annotation decisions").
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT / "corpora"
LABELS_DIR = CORPORA / "labels"
GOLD_DIR = CORPORA / "gold"
SETS = ("sample", "dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "test")

LABELS = {"PER", "ORG", "LOC", "MISC"}
STANCES = {"negative", "neutral", "positive"}
KINDS = {"direct", "indirect", "attribution", "act"}
ORG_ACTORS = {"EU", "NATO", "UN", "G7", "AU", "ASEAN", "IAEA", "WHO", "IMF", "ICC", "ECOWAS"}
# ISO 3166-1 alpha-3 codes used in this corpus (extend when a document needs another).
STATE_ACTORS = {
    "BEL", "BFA", "BRA", "CHN", "DEU", "DZA", "FRA", "GBR", "IND", "IRN", "ISR", "JPN",
    "KOR", "MAR", "MLI", "NER", "NLD", "PAK", "PRK", "RUS", "SDN", "TUR", "UKR", "USA", "ZAF",
}
ACTORS = ORG_ACTORS | STATE_ACTORS


def S(speaker, speaker_actor, targets, stance, kind, cue, evidence):
    """One statement per target actor (targets: one code or several, space-separated)."""
    return [
        {"speaker": speaker, "speaker_actor": speaker_actor, "target_actor": t,
         "stance": stance, "kind": kind, "cue": cue, "evidence": evidence}
        for t in targets.split()
    ]



# ===========================================================================
class GoldError(Exception):
    pass


def fail(doc_id: str, msg: str) -> None:
    raise GoldError(f"{doc_id}: {msg}")


def load_texts(set_dir: Path) -> dict[str, dict]:
    """id -> {"text", "date" (or None), "lang", "source"}."""
    docs: dict[str, dict] = {}
    for path in sorted(set_dir.glob("*.txt")):
        raw = path.read_bytes()
        if raw.startswith(b"\xef\xbb\xbf"):
            fail(path.name, "file starts with a BOM")
        content = raw.decode("utf-8")
        if "\r" in content:
            fail(path.name, "carriage return in file")
        if not content.endswith("\n") or content.endswith("\n\n"):
            fail(path.name, "file must end with exactly one newline")
        docs[path.stem] = {"text": content[:-1], "date": None, "lang": "fr", "source": path.name}
    wire = set_dir / "wire.jsonl"
    if wire.exists():
        for n, line in enumerate(wire.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            missing = {"id", "date", "lang", "headline", "text"} - rec.keys()
            if missing:
                fail(f"wire.jsonl:{n}", f"missing keys {sorted(missing)}")
            if rec["id"] in docs:
                fail(rec["id"], f"id present twice in corpora/{set_dir.name}")
            docs[rec["id"]] = {"text": rec["text"], "date": rec["date"], "lang": rec["lang"],
                               "source": f"wire.jsonl:{n}"}
    return docs


def typography(doc_id: str, text: str) -> tuple[str, str | None]:
    """The document's apostrophe and the space it puts inside guillemets."""
    if "'" in text and "’" in text:
        fail(doc_id, "mixes ' and ’")
    apos = "’" if "’" in text else "'"
    inner = {text[i + 1] for i, c in enumerate(text) if c == "«"}
    inner |= {text[i - 1] for i, c in enumerate(text) if c == "»"}
    if len(inner) > 1:
        fail(doc_id, f"inconsistent spaces inside guillemets: {sorted(map(hex, map(ord, inner)))}")
    return apos, (inner.pop() if inner else None)


def adapt(s: str, apos: str, gspace: str | None) -> str:
    s = s.replace("'", apos)
    if gspace is not None:
        s = s.replace("« ", "«" + gspace).replace(" »", gspace + "»")
    return s


def word_re(surface: str) -> re.Pattern:
    return re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")


def parse_mentions(doc_id: str, block: str, actors: set[str]) -> list[tuple[str, str, str | None]]:
    out = []
    for line in block.strip("\n").splitlines():
        parts = [p.strip() for p in line.split("|")]
        if len(parts) not in (2, 3) or not parts[0]:
            fail(doc_id, f"bad mention line {line!r}")
        surface, label = parts[0], parts[1]
        actor = parts[2] if len(parts) == 3 else None
        if label not in LABELS:
            fail(doc_id, f"bad label in {line!r}")
        if actor is not None and actor not in actors:
            fail(doc_id, f"unknown actor in {line!r}")
        out.append((surface, label, actor))
    return out


def locate(doc_id: str, text: str, apos: str, gspace: str | None, block: str,
           actors: set[str]) -> list[dict]:
    entities = []
    cursor = 0
    for surface, label, actor in parse_mentions(doc_id, block, actors):
        surface = adapt(surface, apos, gspace)
        m = word_re(surface).search(text, cursor)
        if m is None:
            fail(doc_id, f"mention {surface!r} ({label}) not found after offset {cursor}")
        start, end = m.start(), m.end()
        if text[start:end] != surface:
            fail(doc_id, f"offset mismatch for {surface!r}")
        ent = {"start": start, "end": end, "label": label, "text": surface}
        if actor:
            ent["actor"] = actor
        entities.append(ent)
        cursor = end
    # overlaps (sequential search makes them impossible, but say so loudly if ever)
    for a, b in zip(entities, entities[1:]):
        if b["start"] < a["end"]:
            fail(doc_id, f"overlap between {a} and {b}")
    # every occurrence of a listed surface is either listed or inside another mention
    spans = [(e["start"], e["end"]) for e in entities]
    listed = set(spans)
    for surface in sorted({e["text"] for e in entities}):
        for m in word_re(surface).finditer(text):
            s, e = m.start(), m.end()
            if (s, e) in listed:
                continue
            if any(a <= s and e <= b for a, b in spans):
                continue
            ctx = text[max(0, s - 30):e + 30].replace("\n", " ")
            fail(doc_id, f"unlisted occurrence of {surface!r} at {s}: …{ctx}…")
    return entities


def check_statements(doc_id: str, text: str, apos: str, gspace: str | None,
                     statements: list[dict], actors: set[str]) -> list[dict]:
    out = []
    seen = set()
    folded = text.casefold()
    for st in statements:
        st = {k: (adapt(v, apos, gspace) if k in ("speaker", "cue", "evidence") else v)
              for k, v in st.items()}
        key = (st["speaker"], st["target_actor"], st["stance"])
        if key in seen:
            fail(doc_id, f"duplicate statement {key}")
        seen.add(key)
        if st["speaker_actor"] not in actors or st["target_actor"] not in actors:
            fail(doc_id, f"unknown actor in {st}")
        if st["speaker_actor"] == st["target_actor"]:
            fail(doc_id, f"self-reference in {st}")
        if st["stance"] not in STANCES or st["kind"] not in KINDS:
            fail(doc_id, f"bad stance/kind in {st}")
        if st["evidence"] not in text:
            fail(doc_id, f"evidence not in text: {st['evidence']!r}")
        if st["cue"] not in text:
            fail(doc_id, f"cue not in text: {st['cue']!r}")
        spk = st["speaker"].casefold()
        bare = re.sub(r"^(le |la |les |l'|l’|un |une )", "", spk)
        if spk not in folded and bare not in folded:
            fail(doc_id, f"speaker not in text: {st['speaker']!r}")
        out.append(st)
    return out


# Capitalised words that are not entities: sentence openers, titles, job titles
# ("ministre de la Défense"), "Etat(s)" as a common noun, Roman numerals.
NOT_ENTITIES = set("""
Le La Les L L’ Un Une Des Du De D Il Elle Ils Elles Nous Ce Cette Ces C Qu Jusqu J
Selon Dans Depuis Deux Au Aux Après Avant Pour Par Sans Plus Leur Sous Sur Lors
Prévus Parti Certaines Côté Chez Prochain Intitulée Plusieurs Toute Toutes Tous Nul Aucun
M Mme Dr Etat Etats
Défense Affaires Relations Industrie Environnement Finances Santé Sports
XVIIIe XIXe
""".split())


def unlabelled_capitals(text: str, entities: list[dict], not_entities: set[str]) -> list[str]:
    """Capitalised words outside every mention and not in NOT_ENTITIES."""
    spans = [(e["start"], e["end"]) for e in entities]
    hits = []
    for m in re.finditer(r"(?<!\w)[A-ZÀ-ÖØ-Þ][\w-]*", text):
        s = m.start()
        if any(a <= s < b for a, b in spans) or m.group(0) in not_entities:
            continue
        hits.append(f"{m.group(0)}@{s}")
    return hits


def load_labels(set_name: str):
    """Import corpora/labels/SET.py; `from make_gold import S` there gets this module."""
    path = LABELS_DIR / f"{set_name}.py"
    if not path.exists():
        raise GoldError(f"no labels module {path.relative_to(ROOT)}")
    sys.modules.setdefault("make_gold", sys.modules[__name__])
    sys.dont_write_bytecode = True  # no __pycache__ in corpora/labels/
    spec = importlib.util.spec_from_file_location(f"labels_{set_name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if not isinstance(getattr(module, "DOCS", None), dict):
        raise GoldError(f"{path.relative_to(ROOT)} defines no DOCS dict")
    for name in ("NOT_ENTITIES", "STATE_ACTORS", "ORG_ACTORS"):
        extra = getattr(module, name, set())
        if not isinstance(extra, (set, frozenset)) or not all(isinstance(x, str) for x in extra):
            raise GoldError(f"{path.relative_to(ROOT)}: {name} must be a set of strings")
    return module


def build(set_name: str, do_audit: bool = False) -> list[dict]:
    set_dir = CORPORA / set_name
    if not set_dir.is_dir():
        raise GoldError(f"no text folder {set_dir.relative_to(ROOT)}")
    labels = load_labels(set_name)
    DOCS = labels.DOCS
    actors = ACTORS | getattr(labels, "STATE_ACTORS", set()) | getattr(labels, "ORG_ACTORS", set())
    not_entities = NOT_ENTITIES | getattr(labels, "NOT_ENTITIES", set())
    texts = load_texts(set_dir)
    if not texts:
        raise GoldError(f"no texts in {set_dir.relative_to(ROOT)}")
    if set(texts) != set(DOCS):
        raise GoldError(f"texts without labels: {sorted(set(texts) - set(DOCS))}; "
                       f"labels without text: {sorted(set(DOCS) - set(texts))}")
    records = []
    for doc_id in sorted(DOCS):
        if not re.fullmatch(r"afp-\d{4}-\d{2}-\d{2}-[a-z0-9]+(-[a-z0-9]+)*", doc_id):
            fail(doc_id, "bad id")
        t = texts[doc_id]
        text = t["text"]
        date = doc_id[4:14]
        if t["date"] is not None and t["date"] != date:
            fail(doc_id, f"wire date {t['date']} differs from the id's {date}")
        if t["lang"] != "fr":
            fail(doc_id, "lang must be fr")
        apos, gspace = typography(doc_id, text)
        spec = DOCS[doc_id]
        if set(spec) != {"mentions", "statements"}:
            fail(doc_id, f"labels must have exactly the keys mentions and statements, not {sorted(spec)}")
        entities = locate(doc_id, text, apos, gspace, spec["mentions"], actors)
        statements = check_statements(doc_id, text, apos, gspace, spec["statements"], actors)
        loose = unlabelled_capitals(text, entities, not_entities)
        if do_audit:
            print(f"[audit] {doc_id}: {' '.join(loose) if loose else '-'}")
        if loose:
            fail(doc_id, "capitalised words neither labelled nor in NOT_ENTITIES "
                         f"(a forgotten mention?): {' '.join(loose)}")
        records.append({"id": doc_id, "lang": "fr", "date": date, "text": text,
                        "entities": entities, "statements": statements})
    return records


def existing_sets() -> list[str]:
    """The sets of SETS that have a text folder or a labels module."""
    return [s for s in SETS if (CORPORA / s).is_dir() or (LABELS_DIR / f"{s}.py").exists()]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("set", choices=[*SETS, "all"],
                    help="the set to build (texts in corpora/SET/, labels in corpora/labels/SET.py), or all")
    ap.add_argument("--check", action="store_true", help="verify only; do not write")
    ap.add_argument("--audit", action="store_true", help="print, per document, the capitalised words left unlabelled")
    args = ap.parse_args()
    sets = existing_sets() if args.set == "all" else [args.set]
    status = 0
    seen_ids: dict[str, str] = {}
    seen_texts: dict[str, str] = {}
    for set_name in sets:
        try:
            records = build(set_name, args.audit)
            for r in records:
                if r["id"] in seen_ids:
                    fail(r["id"], f"id present in both {seen_ids[r['id']]} and {set_name}")
                if r["text"] in seen_texts:
                    fail(r["id"], f"same text as {seen_texts[r['text']]}")
                seen_ids[r["id"]] = set_name
                seen_texts[r["text"]] = f"{set_name}/{r['id']}"
        except GoldError as e:
            print(f"make_gold: ERROR: {set_name}: {e}", file=sys.stderr)
            status = 1
            continue
        out_path = GOLD_DIR / f"{set_name}.jsonl"
        if not args.check:
            out_path.parent.mkdir(parents=True, exist_ok=True)
            with out_path.open("w", encoding="utf-8", newline="\n") as f:
                for r in records:
                    f.write(json.dumps(r, ensure_ascii=False) + "\n")
        n_ent = sum(len(r["entities"]) for r in records)
        n_st = sum(len(r["statements"]) for r in records)
        print(f"make_gold: {set_name}: {len(records)} documents, {n_ent} entities, {n_st} statements"
              + ("" if args.check else f" -> {out_path.relative_to(ROOT)}"))
    return status


if __name__ == "__main__":
    sys.exit(main())
