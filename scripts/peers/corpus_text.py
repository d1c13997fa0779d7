"""Corpus reading, sentence splitting and word splitting shared by the peer benchmarks
(hf_ner.py, spacy_bench.py), so that every tool is fed, and counted on, the same words.

A port of depeche's src/text.rs rules (words(): hard punctuation alone, elisions keep
their apostrophe, abbreviations keep their period, numbers keep , : between digits;
segment(): a sentence ends at . ! ? ... when the next word starts like a sentence, and
always at a line break), plus a simple wire-copy framing cut: a leading dateline
("TOKYO, 4 mars 2025 (AFP) - ") and a trailing signature line ("bur-jp/xx") are dropped,
as depeche's ingest does for .txt files. Plain Python, no dependencies.
"""

import os
import re

HARD_PUNCT = set(',;:!?()[]{}«»"“”„‹›…/—–•*')
APOSTROPHES = set("'’ʼ")
ELIDED = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu",
          "quoiqu", "presqu"}
ABBREVIATIONS = {"M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St",
                 "Ste", "etc", "av", "apr", "cf", "env", "janv", "fév", "févr", "sept", "oct",
                 "nov", "déc"}

DATELINE = re.compile(r"\A\s*[^\n(]{1,80}?\((?:AFP|Reuters|AP)\)\s*[-–—]\s*")
SIGNATURE = re.compile(r"\n[ \t]*[a-z]{2,6}(?:[-/][a-zA-Z]{1,6}){1,5}[ \t]*\s*\Z")


def corpus_files(root):
    """Every .txt file under root, in sorted path order."""
    out = []
    for d, _, files in os.walk(root):
        out.extend(os.path.join(d, f) for f in files if f.endswith(".txt"))
    return sorted(out)


def strip_framing(text):
    """Drops a leading dateline and a trailing signature line."""
    text = DATELINE.sub("", text, count=1)
    return SIGNATURE.sub("\n", text)


def _keeps_period(stem):
    if stem in ABBREVIATIONS:
        return True
    if len(stem) == 1 and stem.isupper():
        return True
    return "." in stem and all(len(p) <= 2 for p in re.split(r"[.\-]", stem))


def _split_run(chars, i, j, out):
    while i < j and (chars[i] in APOSTROPHES
                     or (chars[i] == "-" and j - i > 1 and not chars[i + 1].isdigit())):
        out.append((i, i + 1))
        i += 1
    while True:
        k = next((k for k in range(i, j) if chars[k] in APOSTROPHES), None)
        if k is None:
            break
        prefix = "".join(chars[i:k]).lower()
        if k + 1 < j and prefix in ELIDED:
            out.append((i, k + 1))
            i = k + 1
        else:
            break
    if i >= j:
        return
    end = j
    tail = []
    while end > i + 1 and chars[end - 1] in APOSTROPHES:
        tail.append((end - 1, end))
        end -= 1
    if end > i + 1 and chars[end - 1] == ".":
        if not _keeps_period("".join(chars[i:end - 1])):
            tail.append((end - 1, end))
            end -= 1
    out.append((i, end))
    out.extend(reversed(tail))


def word_spans(text):
    """(start, end) character spans of the words of text."""
    chars = text
    n = len(chars)
    out = []
    i = 0
    while i < n:
        c = chars[i]
        if c.isspace():
            i += 1
            continue
        if c == "." and i + 1 < n and chars[i + 1] == ".":
            j = i
            while j < n and chars[j] == ".":
                j += 1
            out.append((i, j))
            i = j
            continue
        if c in HARD_PUNCT:
            out.append((i, i + 1))
            i += 1
            continue
        j = i
        while j < n and not chars[j].isspace():
            cj = chars[j]
            if cj in HARD_PUNCT:
                numeric = (cj in ",:" and j > i and chars[j - 1].isascii() and chars[j - 1].isdigit()
                           and j + 1 < n and chars[j + 1].isascii() and chars[j + 1].isdigit())
                if not numeric:
                    break
            j += 1
        _split_run(chars, i, j, out)
        i = j
    return out


def sentences(text):
    """The sentences of text, each a list of words (strings)."""
    spans = word_spans(text)
    out, cur = [], []
    for k, (s, e) in enumerate(spans):
        cur.append((s, e))
        if k + 1 == len(spans):
            break
        ns, _ = spans[k + 1]
        newline = "\n" in text[e:ns]
        first = text[s]
        ends = first in "!?…" or all(c == "." for c in text[s:e])
        closing = (first in "»\"”)’'" and e - s == 1 and len(cur) >= 2
                   and text[cur[-2][1] - 1] in ".!?…")
        nc = text[ns]
        starts = nc.isupper() or (nc.isascii() and nc.isdigit()) or nc in "«\"“-—–"
        closer_follows = nc in "»”)" and not newline
        if newline or ((ends or closing) and starts and not closer_follows):
            out.append([text[a:b] for a, b in cur])
            cur = []
    if cur:
        out.append([text[a:b] for a, b in cur])
    return out


def read_corpus(root):
    """(documents, sentences): every .txt file under root is one document; its
    sentences (lists of words) after the framing cut."""
    files = corpus_files(root)
    sents = []
    for path in files:
        with open(path, encoding="utf-8", errors="replace") as f:
            sents.extend(sentences(strip_framing(f.read())))
    return len(files), sents


def peak_rss_mib():
    """Peak resident set size of this process, MiB (ru_maxrss is KiB on Linux)."""
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
