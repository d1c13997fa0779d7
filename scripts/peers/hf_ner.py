#!/usr/bin/env python3
"""Peer measurement: depeche's French NER model run by HF transformers on PyTorch (CPU).

Run it through scripts/peers/hf-ner.sh, which builds the Python environment.

  convert  Builds an HF BertForTokenClassification folder from the depeche model:
           config from the converted encoder's config.json, weights = the base encoder's
           word embeddings + models/ner-fr/model.safetensors (names given the "bert."
           prefix, "classifier.*" as is), id2label from MANIFEST.json, the encoder's
           tokenizer.json. Skipped when the folder was built from the same files.
  verify   Checks that the HF model tags like depeche: writes the first N sentences of a
           CoNLL file, has `depeche evaluate ner --write-pred` tag them, tags the same
           words with HF, and prints the per-word agreement (JSON).
  bench    Times NER over a folder of .txt dispatches (see corpus_text.py for the
           sentence and word splitting, shared with spacy_bench.py): sentences sorted by
           sub-word length, batches of --batch-size, torch.inference_mode(), f32 or bf16
           weights; prints JSON.

As in depeche: words are fed pre-split, the first sub-token of each word carries its tag,
sentences over 512 sub-word tokens are cut in halves until each part fits.
"""

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import time

T_START = time.perf_counter()
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import corpus_text  # noqa: E402

CACHE = os.environ.get("DEPECHE_CACHE", os.path.expanduser("~/.cache/depeche"))
MAX_POSITIONS = 512
WORD_EMBEDDINGS = "embeddings.word_embeddings.weight"


def default_paths():
    return {
        "model": os.path.join(CACHE, "peers", "hf-ner-model"),
        "ner": os.environ.get("DEPECHE_NER_MODEL", os.path.join(REPO, "models", "ner-fr")),
        "encoder": os.environ.get("DEPECHE_ENCODER",
                                  os.path.join(CACHE, "models", "multilingual-e5-small")),
    }


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


# ------------------------------------------------------------------------------ convert

def convert(ner_dir, encoder_dir, out_dir, force=False):
    """Builds (or keeps) the HF folder; returns its path."""
    import torch
    from safetensors.torch import load_file, save_file

    manifest = json.load(open(os.path.join(ner_dir, "MANIFEST.json"), encoding="utf-8"))
    enc_manifest = json.load(open(os.path.join(encoder_dir, "manifest.json"), encoding="utf-8"))
    source = {
        "ner_weights_sha256": manifest["weights_sha256"],
        "base_encoder_sha256": enc_manifest["encoder_sha256"],
        "labels": manifest["labels"],
        "converter": 2,
    }
    stamp = os.path.join(out_dir, "depeche-source.json")
    if not force and os.path.isfile(stamp) and json.load(open(stamp)) == source:
        return out_dir
    if manifest["base_encoder_sha256"] != enc_manifest["encoder_sha256"]:
        sys.exit(f"hf_ner.py: {ner_dir} was trained on encoder {manifest['base_encoder_sha256']}, "
                 f"{encoder_dir} holds {enc_manifest['encoder_sha256']}")
    weights = os.path.join(ner_dir, manifest["weights"])
    if sha256(weights) != manifest["weights_sha256"]:
        sys.exit(f"hf_ner.py: {weights}: sha256 differs from MANIFEST.json")

    base_cfg = json.load(open(os.path.join(encoder_dir, "config.json"), encoding="utf-8"))
    labels = manifest["labels"]
    cfg = {k: v for k, v in base_cfg.items() if v is not None}
    cfg.update({
        "architectures": ["BertForTokenClassification"],
        "model_type": "bert",
        "hidden_act": base_cfg.get("hidden_act", "gelu"),
        "layer_norm_eps": enc_manifest.get("layer_norm_eps", 1e-12),
        "pad_token_id": 1,
        "position_embedding_type": "absolute",
        "id2label": {str(i): l for i, l in enumerate(labels)},
        "label2id": {l: i for i, l in enumerate(labels)},
        "torch_dtype": "float32",
    })
    for k in ("output_attentions", "output_hidden_states", "is_decoder"):
        cfg.pop(k, None)

    base = load_file(os.path.join(encoder_dir, "encoder.safetensors"))
    tuned = load_file(weights)
    state = {"bert." + WORD_EMBEDDINGS: base[WORD_EMBEDDINGS].float().contiguous()}
    for name, t in tuned.items():
        key = name if name.startswith("classifier.") else "bert." + name
        state[key] = t.float().contiguous()
    del base

    tmp = out_dir + ".tmp"
    os.makedirs(tmp, exist_ok=True)
    json.dump(cfg, open(os.path.join(tmp, "config.json"), "w"), indent=2)
    save_file(state, os.path.join(tmp, "model.safetensors"), metadata={"format": "pt"})
    with open(os.path.join(encoder_dir, "tokenizer.json"), "rb") as src, \
            open(os.path.join(tmp, "tokenizer.json"), "wb") as dst:
        dst.write(src.read())
    json.dump({"tokenizer_class": "PreTrainedTokenizerFast", "bos_token": "<s>",
               "eos_token": "</s>", "unk_token": "<unk>", "pad_token": "<pad>",
               "cls_token": "<s>", "sep_token": "</s>", "mask_token": "<mask>",
               "model_max_length": MAX_POSITIONS, "clean_up_tokenization_spaces": False},
              open(os.path.join(tmp, "tokenizer_config.json"), "w"), indent=2)
    json.dump(source, open(os.path.join(tmp, "depeche-source.json"), "w"), indent=2)

    # Check: every tensor of the model is in the file, nothing is left over.
    from transformers import BertForTokenClassification
    model = BertForTokenClassification.from_pretrained(tmp)
    expected = set(model.state_dict())
    missing = expected - set(state) - {"bert.embeddings.position_ids"}
    unused = set(state) - expected
    if missing or unused:
        sys.exit(f"hf_ner.py: conversion: missing {sorted(missing)}, unused {sorted(unused)}")

    import shutil
    shutil.rmtree(out_dir, ignore_errors=True)
    os.replace(tmp, out_dir)
    print(f"hf_ner.py: converted {ner_dir} + {encoder_dir} -> {out_dir}", file=sys.stderr)
    return out_dir


# ------------------------------------------------------------------------------ tagging

class Tagger:
    def __init__(self, model_dir, dtype="f32", threads=None, batch_size=32):
        import torch
        from transformers import BertForTokenClassification, PreTrainedTokenizerFast
        if threads:
            torch.set_num_threads(threads)
            torch.set_num_interop_threads(1)
        self.torch = torch
        self.tok = PreTrainedTokenizerFast.from_pretrained(model_dir)
        self.model = BertForTokenClassification.from_pretrained(model_dir)
        if dtype == "bf16":
            self.model = self.model.to(torch.bfloat16)
        self.model.eval()
        self.labels = [self.model.config.id2label[i] for i in range(self.model.config.num_labels)]
        self.pad_id = self.tok.pad_token_id
        self.batch_size = batch_size
        self.model_seconds = 0.0
        self.tokens = 0

    def _encode(self, sents):
        """(ids, first sub-token index per word) for each sentence."""
        enc = self.tok(sents, is_split_into_words=True, add_special_tokens=True)
        out = []
        for k, words in enumerate(sents):
            first = [None] * len(words)
            for t, w in enumerate(enc.word_ids(k)):
                if w is not None and first[w] is None:
                    first[w] = t
            out.append((enc["input_ids"][k], first))
        return out

    def _pieces(self, sents):
        """(sentence, word offset, ids, first) with long sentences cut in halves."""
        pieces = []
        todo = [(s, 0, words) for s, words in enumerate(sents) if words]
        while todo:
            encoded = self._encode([w for _, _, w in todo])
            again = []
            for (s, off, words), (ids, first) in zip(todo, encoded):
                if len(ids) <= MAX_POSITIONS or len(words) <= 1:
                    pieces.append((s, off, ids, first))
                else:
                    mid = len(words) // 2
                    again += [(s, off, words[:mid]), (s, off + mid, words[mid:])]
            todo = again
        return pieces

    def tag(self, sents):
        """One BIO tag per word of each sentence."""
        torch = self.torch
        pieces = self._pieces(sents)
        pieces.sort(key=lambda p: len(p[2]))
        out = [["O"] * len(w) for w in sents]
        with torch.inference_mode():
            for b in range(0, len(pieces), self.batch_size):
                batch = pieces[b:b + self.batch_size]
                width = max(len(p[2]) for p in batch)
                ids = torch.full((len(batch), width), self.pad_id, dtype=torch.long)
                mask = torch.zeros((len(batch), width), dtype=torch.long)
                for r, p in enumerate(batch):
                    ids[r, :len(p[2])] = torch.tensor(p[2])
                    mask[r, :len(p[2])] = 1
                self.tokens += sum(len(p[2]) for p in batch)
                t0 = time.perf_counter()
                logits = self.model(input_ids=ids, attention_mask=mask).logits
                best = logits.float().softmax(-1).argmax(-1)
                self.model_seconds += time.perf_counter() - t0
                best = best.tolist()
                for r, (s, off, _, first) in enumerate(batch):
                    for w, t in enumerate(first):
                        if t is not None:
                            out[s][off + w] = self.labels[best[r][t]]
        return out


# ------------------------------------------------------------------------------ verify

def read_conll(path, limit):
    sents, cur = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n\r")
            if not line.strip():
                if cur:
                    sents.append(cur)
                    cur = []
                    if len(sents) == limit:
                        break
                continue
            cols = line.split("\t")
            cur.append((cols[0], cols[1], cols[-1]) if len(cols) >= 3 else (str(len(cur)), cols[0], cols[-1]))
    if cur and len(sents) < limit:
        sents.append(cur)
    return sents


def verify(args, paths):
    model_dir = convert(paths["ner"], paths["encoder"], paths["model"])
    sents = read_conll(args.conll, args.sentences)
    tmp = tempfile.mkdtemp(prefix="hf-ner-verify-")
    sub = os.path.join(tmp, "sub.conll")
    pred = os.path.join(tmp, "depeche.pred.conll")
    with open(sub, "w", encoding="utf-8") as f:
        for s in sents:
            for idx, tok, tag in s:
                f.write(f"{idx}\t{tok}\t{tag}\n")
            f.write("\n")
    cmd = [args.depeche, "evaluate", "ner", "--conll", sub, "--write-pred", pred,
           "--precision", args.precision]
    if args.threads:
        cmd += ["--threads", str(args.threads)]
    print("hf_ner.py: " + " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    dep = [[t for _, _, t in s] for s in read_conll(pred, len(sents))]
    words = [[w for _, w, _ in s] for s in sents]
    gold = [[t for _, _, t in s] for s in sents]
    tagger = Tagger(model_dir, dtype="bf16" if args.precision == "bf16" else "f32",
                    threads=args.threads)
    hf = tagger.tag(words)
    n = agree = sent_agree = 0
    gold_agree_hf = gold_agree_dep = 0
    diffs = []
    for k, (w, d, h, g) in enumerate(zip(words, dep, hf, gold)):
        if len(d) != len(w):
            sys.exit(f"hf_ner.py: sentence {k}: depeche wrote {len(d)} tags for {len(w)} words")
        same = [a == b for a, b in zip(d, h)]
        n += len(w)
        agree += sum(same)
        sent_agree += all(same)
        gold_agree_hf += sum(a == b for a, b in zip(h, g))
        gold_agree_dep += sum(a == b for a, b in zip(d, g))
        for i, ok in enumerate(same):
            if not ok and len(diffs) < 10:
                diffs.append({"sentence": k, "word": w[i], "depeche": d[i], "hf": h[i]})
    res = {
        "sentences": len(sents), "words": n, "precision": args.precision,
        "word_agreement": agree / n, "words_differing": n - agree,
        "sentence_agreement": sent_agree / len(sents),
        "gold_word_accuracy": {"depeche": gold_agree_dep / n, "hf": gold_agree_hf / n},
        "first_differences": diffs,
        "depeche_command": " ".join(cmd),
    }
    import shutil
    shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(res, ensure_ascii=False, indent=1))


# ------------------------------------------------------------------------------ bench

def bench(args, paths):
    import torch
    import transformers
    model_dir = convert(paths["ner"], paths["encoder"], paths["model"])
    t0 = time.perf_counter()
    docs, sents = corpus_text.read_corpus(args.corpus)
    t_read = time.perf_counter() - t0
    words = sum(len(s) for s in sents)
    t0 = time.perf_counter()
    tagger = Tagger(model_dir, dtype=args.dtype, threads=args.threads, batch_size=args.batch_size)
    t_load = time.perf_counter() - t0
    t0 = time.perf_counter()
    tags = tagger.tag(sents)
    t_ner = time.perf_counter() - t0
    entities = sum(t.startswith("B-") for s in tags for t in s)
    total = time.perf_counter() - T_START
    res = {
        "tool": "hf-transformers", "torch": torch.__version__,
        "transformers": transformers.__version__, "dtype": args.dtype,
        "threads": torch.get_num_threads(), "batch_size": args.batch_size,
        "attention": getattr(tagger.model.config, "_attn_implementation", None),
        "documents": docs, "sentences": len(sents), "words": words,
        "subword_tokens": tagger.tokens, "entities_begun": entities,
        "seconds": {"read_split": round(t_read, 3), "load": round(t_load, 3),
                    "ner": round(t_ner, 3), "model": round(tagger.model_seconds, 3),
                    "total": round(total, 3)},
        "words_per_s": {"ner": round(words / t_ner, 1), "model": round(words / tagger.model_seconds, 1),
                        "total": round(words / total, 1)},
        "peak_rss_mib": round(corpus_text.peak_rss_mib(), 1),
    }
    print(json.dumps(res))


def main():
    p = default_paths()
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model-dir", default=p["model"], help="HF folder (default %(default)s)")
    ap.add_argument("--ner-model", default=p["ner"])
    ap.add_argument("--encoder", default=p["encoder"])
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("convert")
    c.add_argument("--force", action="store_true")
    v = sub.add_parser("verify")
    v.add_argument("--conll", default=os.path.join(REPO, "..", "shared", "data", "ner",
                                                   "wikineural-fr-val.conllu"))
    v.add_argument("--sentences", type=int, default=200)
    v.add_argument("--precision", choices=["f32", "bf16"], default="f32")
    v.add_argument("--threads", type=int)
    v.add_argument("--depeche", default=os.path.join(REPO, "target", "release", "depeche"))
    b = sub.add_parser("bench")
    b.add_argument("corpus")
    b.add_argument("--threads", type=int, help="torch intra-op threads (default: torch's)")
    b.add_argument("--dtype", choices=["f32", "bf16"], default="f32")
    b.add_argument("--batch-size", type=int, default=32)
    args = ap.parse_args()
    paths = {"model": args.model_dir, "ner": args.ner_model, "encoder": args.encoder}
    if args.cmd == "convert":
        print(convert(paths["ner"], paths["encoder"], paths["model"], force=args.force))
    elif args.cmd == "verify":
        verify(args, paths)
    else:
        bench(args, paths)


if __name__ == "__main__":
    main()
