#!/usr/bin/env python3
"""Peer measurement: spaCy fr_core_news_md throughput over a folder of .txt dispatches.

Run in the spaCy venv that scripts/peers/spacy-ner.sh builds
($DEPECHE_CACHE/peers/spacy-venv/bin/python). The texts are read and cut as
corpus_text.py does (dateline and signature dropped, as depeche's ingest does), and
words are counted with corpus_text.py's splitter, the same count hf_ner.py reports, so
words/s compare across tools. spaCy tokenises and splits sentences its own way: it gets
each document's text and runs nlp.pipe(batch_size, n_process=1).

  --components ner   only the NER component and the tok2vec it listens to
  --components full  the whole pipeline (tok2vec, morphologizer, parser, lemmatizer,
                     attribute_ruler, senter if enabled, ner)

Prints JSON: documents, words, spaCy tokens, entities, seconds (load, pipe, total),
words/s and peak RSS.
"""

import argparse
import json
import os
import sys
import time

T_START = time.perf_counter()
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import corpus_text  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--model", default="fr_core_news_md")
    ap.add_argument("--components", choices=["ner", "full"], default="ner")
    ap.add_argument("--batch-size", type=int, default=64)
    args = ap.parse_args()

    t0 = time.perf_counter()
    texts = []
    words = sentences = 0
    for path in corpus_text.corpus_files(args.corpus):
        with open(path, encoding="utf-8", errors="replace") as f:
            text = corpus_text.strip_framing(f.read())
        texts.append(text)
        for s in corpus_text.sentences(text):
            sentences += 1
            words += len(s)
    t_read = time.perf_counter() - t0

    import spacy
    t0 = time.perf_counter()
    nlp = spacy.load(args.model)
    if args.components == "ner":
        keep = {"ner"}
        for name, proc in nlp.pipeline:
            if "ner" in getattr(proc, "listening_components", []):
                keep.add(name)
        nlp.select_pipes(disable=[n for n in nlp.pipe_names if n not in keep])
    t_load = time.perf_counter() - t0

    t0 = time.perf_counter()
    tokens = entities = 0
    for doc in nlp.pipe(texts, batch_size=args.batch_size, n_process=1):
        tokens += len(doc)
        entities += len(doc.ents)
    t_pipe = time.perf_counter() - t0
    total = time.perf_counter() - T_START
    meta = nlp.meta
    print(json.dumps({
        "tool": "spacy", "spacy": spacy.__version__,
        "model": f"{meta['lang']}_{meta['name']} {meta['version']}",
        "components": args.components, "pipes": nlp.pipe_names,
        "batch_size": args.batch_size, "n_process": 1,
        "documents": len(texts), "sentences": sentences, "words": words,
        "spacy_tokens": tokens, "entities": entities,
        "seconds": {"read_split": round(t_read, 3), "load": round(t_load, 3),
                    "pipe": round(t_pipe, 3), "total": round(total, 3)},
        "words_per_s": {"pipe": round(words / t_pipe, 1), "total": round(words / total, 1)},
        "peak_rss_mib": round(corpus_text.peak_rss_mib(), 1),
    }))


if __name__ == "__main__":
    main()
