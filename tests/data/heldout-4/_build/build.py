#!/usr/bin/env python3
"""Render the heldout-4 documents from their compact sources (docs_*.py).

Each document is a dict: num, slug, title, notes, style, body (optional: ws,
noise, trailing_blank).  The body has one raw line per source line; the first
token is a code:
  .      kept article line
  T      the raw title line (kept; its cleaned form is the JSON title)
  nav, ban, ad, sc, cap, cr, com, soc, rel, nl, bio, rt, tag, cp, ts, by, res
         a debris line of that category
Blank source lines are ignored; blank raw lines are added by the blank-line
style (none, single, double, mixed, sparse).  Writes NNN_slug.txt,
NNN_slug.json and NNN_slug.clean.txt into the parent folder.  Stdlib only.
"""
import importlib
import json
import os
import random
import re
import sys

CODES = {
    "ban": "banner", "ad": "ad", "sc": "shortcode", "cap": "caption", "cr": "credit",
    "com": "comments", "soc": "social", "nav": "navigation", "rel": "related",
    "nl": "newsletter", "bio": "bio", "rt": "reading-time", "tag": "tags",
    "cp": "copyright", "ts": "timestamp", "by": "byline", "res": "residue",
}
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
THAI_RE = re.compile(r"[\u0e00-\u0e7f]")


def count_words(line):
    n = 0
    for tok in line.split():
        cjk = len(CJK_RE.findall(tok))
        thai = len(THAI_RE.findall(tok))
        if cjk:
            n += (cjk + 1) // 2
        elif thai:
            n += (thai + 3) // 4
        else:
            n += 1
    return n


def parse(body):
    entries = []
    for src in body.strip("\n").split("\n"):
        if not src.strip():
            continue
        code, _, text = src.strip().partition(" ")
        text = text.strip()
        if not text:
            raise ValueError("empty text in %r" % src)
        if code == ".":
            entries.append((None, text))
        elif code == "T":
            entries.append(("TITLE", text))
        elif code in CODES:
            entries.append((CODES[code], text))
        else:
            raise ValueError("bad code %r in %r" % (code, src))
    return entries


def blank(rng, ws):
    if ws and rng.random() < 0.6:
        return rng.choice([" ", "  ", "\t", "   ", " \t"])
    return ""


def decorate(rng, text, noise):
    if rng.random() < noise:
        text = rng.choice([" ", "  ", "\t", "   "]) + text
    if rng.random() < noise:
        text = text + rng.choice([" ", "  ", "\t", " \t"])
    return text


def render(doc):
    rng = random.Random(doc["num"] * 7919 + 23)
    style = doc.get("style", "single")
    noise = doc.get("noise", 0.15)
    entries = parse(doc["body"])
    raw, removed, clean = [], [], []
    titles = [t for c, t in entries if c == "TITLE"]
    if len(titles) != 1:
        raise ValueError("%s: need exactly one T line" % doc["slug"])
    for k, (cat, text) in enumerate(entries):
        if k:
            if style == "none":
                n = 0
            elif style == "single":
                n = 1
            elif style == "double":
                n = 2
            elif style == "mixed":
                n = rng.choice([0, 0, 1, 1, 2])
            elif style == "sparse":
                n = rng.choice([0, 0, 0, 1])
            else:
                raise ValueError(style)
            for _ in range(n):
                raw.append(blank(rng, doc.get("ws", False)))
        raw.append(decorate(rng, text, noise))
        ln = len(raw)
        if cat == "TITLE":
            if not text.startswith(doc["title"]):
                raise ValueError("%s: title line does not start with title" % doc["slug"])
            if any(c is None for c, _ in entries[:k]):
                raise ValueError("%s: kept line before the title line" % doc["slug"])
            clean.append(doc["title"])
        elif cat is None:
            clean.append(text)
        else:
            removed.append({"line": ln, "category": cat, "text": text})
    if doc.get("trailing_blank"):
        raw.append("")
    return raw, removed, clean


def main():
    docs = []
    sys.path.insert(0, HERE)
    for mod in sorted(f[:-3] for f in os.listdir(HERE) if f.startswith("docs_") and f.endswith(".py")):
        docs.extend(importlib.import_module(mod).DOCS)
    seen = set()
    for doc in docs:
        stem = "%03d_%s" % (doc["num"], doc["slug"])
        if doc["num"] in seen:
            raise SystemExit("duplicate number %d" % doc["num"])
        seen.add(doc["num"])
        raw, removed, clean = render(doc)
        with open(os.path.join(OUT, stem + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(raw) + "\n")
        with open(os.path.join(OUT, stem + ".clean.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(clean) + "\n")
        meta = {"title": doc["title"], "removed": removed, "notes": doc["notes"]}
        with open(os.path.join(OUT, stem + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump(meta, f, indent=2, ensure_ascii=False)
            f.write("\n")
        words = sum(count_words(l) for l in clean[1:])
        print("%s  lang=%s raw=%d removed=%d kept=%d words=%d" % (
            stem, doc.get("lang", "?"), len(raw), len(removed), len(clean), words))
    print("%d documents" % len(docs))


if __name__ == "__main__":
    main()
