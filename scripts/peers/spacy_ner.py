#!/usr/bin/env python3
"""Peer measurement: spaCy French NER on the project's fixed CoNLL split.

Reads a 3-column CoNLL file (index<TAB>token<TAB>IOB2 tag, blank line between
sentences), selects the split (dev = last 10% of sentences in file order,
train = first floor(N*9/10)), builds one spaCy Doc per sentence from the gold
words (no re-tokenisation), runs the pipeline components over the pre-built
Docs with nlp.pipe, maps the predicted entity spans to IOB2 per word, and
writes a predictions file in the same 3-column format (gold index and token,
predicted tag), with the same sentences and tokens in the same order.

Prints sentences, tokens, seconds, tokens/s, and a quick entity-level micro
P/R/F1 with per-label F1 (CoNLL exact span + label match). This figure is a
sanity check; the project's Rust scorer gives the official one.
"""

import argparse
import sys
import time
from collections import Counter

# Tokens after which no space is written (French elision: l' d' qu' jusqu' ...)
# and before which no space is written (closing punctuation). Only doc.text is
# affected; the NER component's own tok2vec does not read whitespace, but the
# shared tok2vec (parser, morphologizer) does, so keep the text realistic.
NO_SPACE_BEFORE = {",", ".", ")", "]", "}", "...", "…", "%"}
NO_SPACE_AFTER = {"(", "[", "{"}


def read_conll(path):
    """Return list of sentences; each sentence is a list of (index, token, tag)."""
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                continue
            cols = line.split("\t")
            if len(cols) != 3:
                sys.exit(f"{path}:{lineno}: expected 3 tab-separated columns, got {len(cols)}")
            cur.append((cols[0], cols[1], cols[2]))
    if cur:
        sents.append(cur)
    return sents


def select_split(sents, split):
    n = len(sents)
    n_train = n * 9 // 10
    if split == "dev":
        return sents[n_train:], n_train, n
    if split == "train":
        return sents[:n_train], 0, n
    if split == "all":
        return sents, 0, n
    raise ValueError(split)


def spaces_for(words):
    sp = []
    for i, w in enumerate(words):
        if i + 1 == len(words):
            sp.append(False)
            continue
        nxt = words[i + 1]
        if w.endswith("'") and len(w) > 1:  # elided article / pronoun
            sp.append(False)
        elif w in NO_SPACE_AFTER:
            sp.append(False)
        elif nxt in NO_SPACE_BEFORE:
            sp.append(False)
        else:
            sp.append(True)
    return sp


def doc_to_iob2(doc):
    tags = ["O"] * len(doc)
    for ent in doc.ents:
        tags[ent.start] = "B-" + ent.label_
        for k in range(ent.start + 1, ent.end):
            tags[k] = "I-" + ent.label_
    return tags


def spans(tags):
    """Entity spans (start, end_exclusive, label) from IOB2, conlleval-style:
    an I- tag that does not continue an entity of the same type starts one."""
    out = []
    start, label = None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != label):
            if start is not None:
                out.append((start, i, label))
                start, label = None, None
            if t != "O":
                start, label = i, t[2:]
    return out


def score(gold_sents, pred_sents):
    tp, ng, np_ = Counter(), Counter(), Counter()
    for g, p in zip(gold_sents, pred_sents):
        gs, ps = set(spans(g)), set(spans(p))
        for s in gs:
            ng[s[2]] += 1
        for s in ps:
            np_[s[2]] += 1
        for s in gs & ps:
            tp[s[2]] += 1

    def prf(t, p, g):
        pr = t / p if p else 0.0
        rc = t / g if g else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        return pr, rc, f

    labels = sorted(set(ng) | set(np_))
    per = {lab: (prf(tp[lab], np_[lab], ng[lab]), tp[lab], np_[lab], ng[lab]) for lab in labels}
    micro = prf(sum(tp.values()), sum(np_.values()), sum(ng.values()))
    return micro, per, sum(tp.values()), sum(np_.values()), sum(ng.values())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--conll", required=True)
    ap.add_argument("--out", required=True, help="predictions file to write")
    ap.add_argument("--split", choices=["dev", "all", "train"], default="dev")
    ap.add_argument("--model", default="fr_core_news_md")
    ap.add_argument("--components", choices=["full", "ner"], default="full",
                    help="full: every enabled pipeline component (default); "
                         "ner: only ner and what it listens to")
    ap.add_argument("--batch-size", type=int, default=256)
    args = ap.parse_args()

    import spacy
    from spacy.tokens import Doc

    sents = read_conll(args.conll)
    part, offset, n_all = select_split(sents, args.split)
    n_tok = sum(len(s) for s in part)
    print(f"file: {args.conll}: {n_all} sentences; split {args.split}: "
          f"sentences {offset}..{offset + len(part) - 1} ({len(part)} sentences, {n_tok} tokens)")

    t0 = time.perf_counter()
    nlp = spacy.load(args.model)
    if args.components == "ner":
        # keep ner and any tok2vec it listens to
        keep = {"ner"}
        for name, proc in nlp.pipeline:
            if name == "tok2vec" and hasattr(proc, "listening_components") \
                    and "ner" in getattr(proc, "listening_components", []):
                keep.add(name)
        disable = [n for n in nlp.pipe_names if n not in keep]
        nlp.select_pipes(disable=disable)
    t_load = time.perf_counter() - t0
    meta = nlp.meta
    print(f"spacy {spacy.__version__}; model {meta['lang']}_{meta['name']} {meta['version']}")
    print(f"components run: {', '.join(nlp.pipe_names)}"
          + (f" (disabled: {', '.join(nlp.disabled)})" if nlp.disabled else ""))
    print(f"ner labels: {', '.join(nlp.get_pipe('ner').labels)}")
    print(f"model load: {t_load:.2f} s")

    docs = []
    for s in part:
        words = [w for _, w, _ in s]
        docs.append(Doc(nlp.vocab, words=words, spaces=spaces_for(words)))

    t0 = time.perf_counter()
    pred = []
    for doc in nlp.pipe(docs, batch_size=args.batch_size):
        pred.append(doc_to_iob2(doc))
    secs = time.perf_counter() - t0

    with open(args.out, "w", encoding="utf-8") as f:
        for s, tags in zip(part, pred):
            assert len(s) == len(tags)
            for (idx, tok, _), tag in zip(s, tags):
                f.write(f"{idx}\t{tok}\t{tag}\n")
            f.write("\n")

    print(f"sentences: {len(part)}")
    print(f"tokens: {n_tok}")
    print(f"seconds: {secs:.2f} (pipeline only, excluding model load and file I/O)")
    print(f"tokens/s: {n_tok / secs:.0f}")
    print(f"wrote: {args.out}")

    gold = [[t for _, _, t in s] for s in part]
    (p, r, f1), per, tp, npred, ngold = score(gold, pred)
    print(f"entity-level (exact span+label, Python sanity check): gold {ngold}, pred {npred}, correct {tp}")
    print(f"micro P {100 * p:.2f}  R {100 * r:.2f}  F1 {100 * f1:.2f}")
    for lab, ((lp, lr, lf), ltp, lnp, lng) in per.items():
        print(f"  {lab:5s} P {100 * lp:6.2f}  R {100 * lr:6.2f}  F1 {100 * lf:6.2f}  "
              f"(gold {lng}, pred {lnp}, correct {ltp})")


if __name__ == "__main__":
    main()
