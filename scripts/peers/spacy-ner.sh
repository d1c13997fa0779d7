#!/usr/bin/env bash
# Peer measurement: spaCy fr_core_news_md NER on the project's fixed dev split.
#
# Idempotent: creates a venv under $DEPECHE_CACHE/peers/spacy-venv if missing,
# installs the pinned spaCy and the model wheel from the ordinary Python
# package index (by name, through pip), then runs spacy_ner.py.
#
# Usage: scripts/peers/spacy-ner.sh [extra args for spacy_ner.py]
#        scripts/peers/spacy-ner.sh --setup-only   (install only; prints the venv's python)
#   e.g. scripts/peers/spacy-ner.sh --components ner --out /tmp/x.pred.conll
# Env:   DEPECHE_CACHE (default ~/.cache/depeche)
#        CONLL         (default /work/shared/data/ner/wikineural-fr-val.conllu,
#                       or shared/data/ner/... relative to the repo if present)
#        SPLIT         (default dev)
set -euo pipefail

SPACY_VERSION=3.8.18
MODEL_PKG=fr-core-news-md
MODEL_VERSION=3.8.0
MODEL=fr_core_news_md

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
cache="${DEPECHE_CACHE:-$HOME/.cache/depeche}"
peers="$cache/peers"
venv="$peers/spacy-venv"
mkdir -p "$peers"

if [[ -z "${CONLL:-}" ]]; then
  for c in "$repo/shared/data/ner/wikineural-fr-val.conllu" \
           "$repo/../shared/data/ner/wikineural-fr-val.conllu" \
           /work/shared/data/ner/wikineural-fr-val.conllu; do
    if [[ -f "$c" ]]; then CONLL="$(cd "$(dirname "$c")" && pwd)/$(basename "$c")"; break; fi
  done
fi
: "${CONLL:?set CONLL to the wikineural-fr-val.conllu file}"
SPLIT="${SPLIT:-dev}"

if [[ ! -x "$venv/bin/python" ]]; then
  python3 -m venv "$venv"
fi

want_ok() {
  "$venv/bin/python" - "$SPACY_VERSION" "$MODEL_VERSION" <<'EOF' 2>/dev/null
import sys
from importlib.metadata import version
ok = version("spacy") == sys.argv[1] and version("fr_core_news_md") == sys.argv[2]
sys.exit(0 if ok else 1)
EOF
}

if ! want_ok; then
  "$venv/bin/pip" install --quiet "spacy==$SPACY_VERSION" "$MODEL_PKG==$MODEL_VERSION"
  want_ok || { echo "spacy-ner.sh: install did not give spacy $SPACY_VERSION + $MODEL_PKG $MODEL_VERSION" >&2; exit 1; }
fi

# --setup-only: install (if needed) and stop; prints the venv's python (used by scripts/bench).
if [[ "${1:-}" == "--setup-only" ]]; then
  echo "$venv/bin/python"
  exit 0
fi

args=("$@")
have_out=0
for a in "${args[@]+"${args[@]}"}"; do
  [[ "$a" == --out || "$a" == --out=* ]] && have_out=1
done
if [[ $have_out -eq 0 ]]; then
  args+=(--out "$peers/spacy-md-$SPLIT.pred.conll")
fi

exec "$venv/bin/python" "$here/spacy_ner.py" \
  --conll "$CONLL" --split "$SPLIT" --model "$MODEL" "${args[@]}"
