#!/usr/bin/env python3
"""Consistency checker for heldout-4 (adapted from tests/data/heldout-3/check_heldout_3.py).

For every document NNN_slug it verifies that
  * NNN_slug.txt, NNN_slug.clean.txt and NNN_slug.json all exist;
  * the JSON has exactly the keys title / removed / notes with sane types;
  * every removed entry points at a non-blank raw line (1-based) whose
    stripped text equals "text", uses an allowed category, and entries are
    listed in strictly increasing line order;
  * the clean file equals the raw non-blank stripped lines minus the removed
    lines, where (if title is non-null) the first remaining raw line is the
    title line, whose stripped text is the title optionally followed by a
    site/section suffix (" | ...", " - ...", " – ...", " — ...", " :: ...",
    " · ..."), and the title itself is the first clean line;
  * the clean file has no blank lines and no leading/trailing whitespace.

Additional data-set level checks:
  * document numbers are unique and within 900..943;
  * every raw file has 25..120 lines and ends in a newline;
  * removed phrasings of three words or more are not reused from a removed
    line of any other labelled set (every devset-*, heldout, heldout-2 and heldout-3), neither after the usual
    normalisation (case, whitespace, leading bullets) nor after additionally
    replacing every digit run with "#" (so "4 min read" and "6 min read"
    count as the same phrasing); shorter overlaps are only listed as a
    warning;
  * no removed phrasing (normalised) is reused in more than 3 documents;
  * every category is used at least once, and at least 3 times, in the set;
  * all comparison sets are present (otherwise the overlap check fails);
  * article length (clean text without the title) is between 250 and 350 words
    (text without spaces: one word per two kana/kanji/hanzi characters, and
    one word per four Thai characters).

Usage: python3 check_heldout_4.py [DIR]   (default: the directory of this file)
Exit status 0 when everything passes, 1 otherwise.
"""
import collections
import json
import os
import re
import sys

ALLOWED = [
    "banner", "ad", "shortcode", "caption", "credit", "comments", "social",
    "navigation", "related", "newsletter", "bio", "reading-time", "tags",
    "copyright", "timestamp", "byline", "residue",
]
MIN_NUM, MAX_NUM = 900, 943
MIN_LINES, MAX_LINES = 25, 120
OTHER_SETS = ("devset", "devset-b", "devset-c", "devset-d", "devset-e", "devset-f", "devset-g",
              "devset-h", "devset-i", "devset-j", "heldout", "heldout-2", "heldout-3")
SUFFIX_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ")
NAME_RE = re.compile(r"^(\d{3})_[a-z0-9]+(?:_[a-z0-9]+)*$")
MIN_WORDS, MAX_WORDS = 250, 350
MAX_PHRASE_DOCS = 3
MIN_PER_CATEGORY = 3


def read_lines(path):
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    if "\r" in text:
        raise ValueError(f"{os.path.basename(path)}: contains carriage returns")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


CJK_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
THAI_RE = re.compile(r"[\u0e00-\u0e7f]")


def count_words(line):
    """Whitespace tokens; text without spaces counts one word per two CJK
    characters (kana, kanji, hanzi) and one word per four Thai characters,
    each rounded up."""
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


def normalise_phrase(text):
    t = text.lower().strip()
    t = re.sub(r"^[\-\*•·–—>»\s]+", "", t)
    t = re.sub(r"\s+", " ", t)
    return t


def digit_shape(text):
    return re.sub(r"\d+", "#", normalise_phrase(text))


def check_doc(directory, stem, errors, stats):
    def err(msg):
        errors.append(f"{stem}: {msg}")

    m = NAME_RE.match(stem)
    if not m:
        err("file name does not match NNN_slug")
        return None
    num = int(m.group(1))
    if not MIN_NUM <= num <= MAX_NUM:
        err(f"number {num} outside {MIN_NUM}..{MAX_NUM}")

    raw_path = os.path.join(directory, stem + ".txt")
    clean_path = os.path.join(directory, stem + ".clean.txt")
    json_path = os.path.join(directory, stem + ".json")
    for p in (clean_path, json_path):
        if not os.path.exists(p):
            err(f"missing {os.path.basename(p)}")
            return None

    try:
        raw = read_lines(raw_path)
        clean = read_lines(clean_path)
    except (UnicodeDecodeError, ValueError) as e:
        err(str(e))
        return None
    with open(raw_path, encoding="utf-8", newline="") as f:
        if not f.read().endswith("\n"):
            err("raw file does not end in a newline")
    if not MIN_LINES <= len(raw) <= MAX_LINES:
        err(f"raw file has {len(raw)} lines (expected {MIN_LINES}..{MAX_LINES})")
    stats["kept"] += sum(1 for n, line in enumerate(raw, 1) if line.strip())
    try:
        with open(json_path, encoding="utf-8") as f:
            meta = json.load(f)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        err(f"bad JSON: {e}")
        return None

    if not isinstance(meta, dict) or set(meta) != {"title", "removed", "notes"}:
        err(f"JSON keys must be exactly title/removed/notes, got {sorted(meta) if isinstance(meta, dict) else type(meta)}")
        return None
    title = meta["title"]
    removed = meta["removed"]
    notes = meta["notes"]
    if title is not None and (not isinstance(title, str) or not title or title != title.strip()):
        err("title must be null or a non-empty stripped string")
        return None
    if not isinstance(notes, str) or not notes.strip():
        err("notes must be a non-empty string")
    if not isinstance(removed, list):
        err("removed must be a list")
        return None

    # --- removed entries -------------------------------------------------
    removed_lines = set()
    last = 0
    for i, entry in enumerate(removed):
        if not isinstance(entry, dict) or set(entry) != {"line", "category", "text"}:
            err(f"removed[{i}] must have exactly line/category/text")
            continue
        ln, cat, text = entry["line"], entry["category"], entry["text"]
        if not isinstance(ln, int) or isinstance(ln, bool) or not 1 <= ln <= len(raw):
            err(f"removed[{i}] line {ln!r} out of range 1..{len(raw)}")
            continue
        if ln <= last:
            err(f"removed[{i}] line {ln} not in strictly increasing order")
        last = ln
        if cat not in ALLOWED:
            err(f"removed[{i}] (line {ln}) bad category {cat!r}")
        raw_text = raw[ln - 1].strip()
        if not raw_text:
            err(f"removed[{i}] line {ln} is blank (blank lines are never listed)")
        if text != raw_text:
            err(f"removed[{i}] line {ln} text mismatch:\n    json: {text!r}\n    raw : {raw_text!r}")
        removed_lines.add(ln)
        stats["categories"][cat] += 1

    # --- expected clean text ----------------------------------------------
    remaining = [(n, line.strip()) for n, line in enumerate(raw, 1)
                 if line.strip() and n not in removed_lines]
    expected = [t for _, t in remaining]
    if title is not None:
        if not remaining:
            err("title given but no raw line remains for it")
            return None
        tline_no, tline = remaining[0]
        if tline != title:
            if not tline.startswith(title):
                err(f"first kept raw line {tline_no} {tline!r} does not start with title {title!r}")
            else:
                suffix = tline[len(title):]
                if not suffix.startswith(SUFFIX_SEPARATORS):
                    err(f"title line {tline_no}: suffix {suffix!r} does not start with a separator")
        expected = [title] + expected[1:]
    else:
        stats["untitled"] += 1

    for n, line in enumerate(clean, 1):
        if not line.strip():
            err(f"clean line {n} is blank")
        elif line != line.strip():
            err(f"clean line {n} has leading/trailing whitespace")

    if clean != expected:
        for n, (a, b) in enumerate(zip(clean, expected), 1):
            if a != b:
                err(f"clean line {n} differs from expected:\n    clean   : {a!r}\n    expected: {b!r}")
                break
        else:
            err(f"clean has {len(clean)} lines, expected {len(expected)}")

    stats["kept"] -= len(removed)
    words = sum(count_words(l) for l in (clean[1:] if title is not None else clean))
    if not MIN_WORDS <= words <= MAX_WORDS:
        err(f"clean text has {words} words (expected {MIN_WORDS}..{MAX_WORDS})")
    stats["words"].append(words)
    if not removed:
        stats["no_debris"] += 1
    return num, [normalise_phrase(e["text"]) for e in removed if isinstance(e, dict) and "text" in e]


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    stems = sorted(f[:-4] for f in os.listdir(directory)
                   if f.endswith(".txt") and not f.endswith(".clean.txt"))
    errors = []
    stats = {"categories": collections.Counter(), "untitled": 0, "no_debris": 0, "words": [], "kept": 0}
    numbers = collections.Counter()
    phrase_docs = collections.defaultdict(set)
    for stem in stems:
        res = check_doc(directory, stem, errors, stats)
        if res is None:
            continue
        num, phrases = res
        numbers[num] += 1
        for p in phrases:
            if not re.fullmatch(r"[\d.,kKmM+ ]+", p):  # lone counters may coincide
                phrase_docs[p].add(stem)
    for f in os.listdir(directory):
        if f.endswith(".json") or f.endswith(".clean.txt"):
            stem = f[:-5] if f.endswith(".json") else f[:-10]
            if stem not in stems:
                errors.append(f"{f}: no matching raw .txt file")
    for num, c in numbers.items():
        if c > 1:
            errors.append(f"document number {num} used {c} times")
    for p, docs in sorted(phrase_docs.items()):
        if len(docs) > MAX_PHRASE_DOCS:
            errors.append(f"removed phrasing {p!r} reused in {len(docs)} documents: {sorted(docs)}")

    other = collections.defaultdict(set)
    other_shape = collections.defaultdict(set)
    base = os.path.dirname(os.path.abspath(directory))
    names = list(OTHER_SETS)
    for extra in sorted(os.listdir(base)):
        if (extra.startswith("devset") or extra.startswith("heldout")) and extra not in names \
                and os.path.abspath(os.path.join(base, extra)) != os.path.abspath(directory) \
                and os.path.isdir(os.path.join(base, extra)) \
                and any(f.endswith(".json") for f in os.listdir(os.path.join(base, extra))):
            names.append(extra)
    for name in names:
        d = os.path.join(base, name)
        if not os.path.isdir(d) or not any(f.endswith(".json") for f in os.listdir(d)):
            errors.append(f"comparison set {name} not found next to {directory}; overlap check incomplete")
            continue
        for f in os.listdir(d):
            if f.endswith(".json"):
                with open(os.path.join(d, f), encoding="utf-8") as fh:
                    for e in json.load(fh).get("removed", []):
                        other[normalise_phrase(e["text"])].add(name)
                        other_shape[digit_shape(e["text"])].add(name)
    short_overlap = collections.Counter()
    for p, docs in sorted(phrase_docs.items()):
        if p in other:
            if len(p.split()) >= 3:
                errors.append(f"removed phrasing {p!r} already used in {sorted(other[p])}: {sorted(docs)}")
            else:
                short_overlap[p] += len(docs)
        elif len(p.split()) >= 3 and digit_shape(p) in other_shape:
            errors.append(f"removed phrasing {p!r} differs only in digits from a line in "
                          f"{sorted(other_shape[digit_shape(p)])}: {sorted(docs)}")
    unused = [c for c in ALLOWED if not stats["categories"][c]]
    if unused:
        errors.append(f"categories never used: {unused}")
    rare = [c for c in ALLOWED if 0 < stats["categories"][c] < MIN_PER_CATEGORY]
    if rare:
        errors.append(f"categories used fewer than {MIN_PER_CATEGORY} times: {rare}")

    print(f"documents: {len(stems)}")
    print(f"documents without debris: {stats['no_debris']}")
    print(f"documents without title: {stats['untitled']}")
    if stats["words"]:
        print(f"article words: min {min(stats['words'])}, max {max(stats['words'])}, "
              f"mean {sum(stats['words']) / len(stats['words']):.0f}")
    print(f"kept non-blank raw lines (title lines included): {stats['kept']}")
    print(f"removed lines: {sum(stats['categories'].values())}")
    for cat in ALLOWED:
        print(f"  {cat:13s} {stats['categories'][cat]}")
    if short_overlap:
        print("warning: short (1-2 word) removed phrasings also used in other sets: "
              + ", ".join(f"{p!r}x{n}" for p, n in sorted(short_overlap.items())))
    if errors:
        print(f"\n{len(errors)} error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
