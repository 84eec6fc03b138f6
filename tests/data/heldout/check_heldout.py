#!/usr/bin/env python3
"""Verify the held-out newsarchive evaluation set (standard library only).

Each document NNN_slug has three files in this folder:
  NNN_slug.txt        raw scraped text
  NNN_slug.clean.txt  expected cleaned text (title first, then kept paragraphs)
  NNN_slug.json       {"title": str|null, "removed": [{"line", "category", "text"}], "notes": str}

Rules checked for every document:
  * raw and clean files are UTF-8, LF line endings, end with a newline, contain no
    exotic line separators (str.splitlines() agrees with split("\\n"));
  * every removed entry points at a non-blank raw line, its text equals that line
    stripped, its category is one of CATEGORIES, and entries are in strictly
    increasing line order;
  * the title line is the first non-blank raw line that is not removed; its stripped
    text is either the title itself or the title followed by a site/section suffix
    introduced by a separator (| ｜ – — - : · » / ~ •);
  * clean lines == [title] + (remaining non-blank, non-removed raw lines, stripped),
    in order; the clean file has no blank lines and no surrounding whitespace.

Usage: python3 check_heldout.py [-v]
Exit status 0 when every document passes.
"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

CATEGORIES = {
    "banner", "ad", "shortcode", "caption", "credit", "comments", "social",
    "navigation", "related", "newsletter", "bio", "reading-time", "tags",
    "copyright", "timestamp", "byline", "boilerplate",
}
NAME_RE = re.compile(r"^(\d{3})_([a-z0-9]+(?:_[a-z0-9]+)*)$")
SUFFIX_RE = re.compile(r"^\s*[|｜–—\-:·»/~•]+\s*\S")
MIN_DOCS = 36


def read_lines(path, errors):
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        errors.append(f"{os.path.basename(path)}: not UTF-8 ({exc})")
        return []
    if text.startswith("\ufeff"):
        errors.append(f"{os.path.basename(path)}: has a BOM")
    if "\r" in text:
        errors.append(f"{os.path.basename(path)}: contains CR characters")
    if not text.endswith("\n"):
        errors.append(f"{os.path.basename(path)}: does not end with a newline")
    lines = text[:-1].split("\n") if text.endswith("\n") else text.split("\n")
    if len(text.splitlines()) != len(lines):
        errors.append(f"{os.path.basename(path)}: contains line separators other than LF")
    return lines


def check_doc(stem, counts):
    errors = []
    raw_path = os.path.join(HERE, stem + ".txt")
    clean_path = os.path.join(HERE, stem + ".clean.txt")
    json_path = os.path.join(HERE, stem + ".json")
    for p in (clean_path, json_path):
        if not os.path.exists(p):
            errors.append(f"missing {os.path.basename(p)}")
    if errors:
        return errors

    m = NAME_RE.match(stem)
    if not m or not 400 <= int(m.group(1)) <= 499:
        errors.append("name must be NNN_slug with NNN in 400..499 and a lowercase slug")

    raw = read_lines(raw_path, errors)
    clean = read_lines(clean_path, errors)
    try:
        with open(json_path, encoding="utf-8") as f:
            meta = json.load(f)
    except (OSError, ValueError) as exc:
        return errors + [f"bad JSON: {exc}"]

    if not isinstance(meta, dict) or set(meta) != {"title", "removed", "notes"}:
        return errors + ["JSON must be an object with exactly the keys title, removed, notes"]
    title, removed, notes = meta["title"], meta["removed"], meta["notes"]
    if title is not None and (not isinstance(title, str) or not title.strip() or title != title.strip()):
        errors.append("title must be null or a non-empty stripped string")
    if not isinstance(notes, str) or not notes.strip():
        errors.append("notes must be a non-empty string")
    if not isinstance(removed, list):
        return errors + ["removed must be a list"]

    removed_lines = set()
    last = 0
    for k, entry in enumerate(removed):
        where = f"removed[{k}]"
        if not isinstance(entry, dict) or set(entry) != {"line", "category", "text"}:
            errors.append(f"{where}: must have exactly line, category, text")
            continue
        ln, cat, txt = entry["line"], entry["category"], entry["text"]
        if not isinstance(ln, int) or isinstance(ln, bool) or not 1 <= ln <= len(raw):
            errors.append(f"{where}: line {ln!r} out of range 1..{len(raw)}")
            continue
        if ln <= last:
            errors.append(f"{where}: line {ln} not in strictly increasing order")
        last = max(last, ln)
        if cat not in CATEGORIES:
            errors.append(f"{where}: unknown category {cat!r}")
        stripped = raw[ln - 1].strip()
        if not stripped:
            errors.append(f"{where}: raw line {ln} is blank (blank lines are never listed)")
        if txt != stripped:
            errors.append(f"{where}: text mismatch at line {ln}: {txt!r} != {stripped!r}")
        removed_lines.add(ln)
        counts[cat] += 1

    kept = [(i, line.strip()) for i, line in enumerate(raw, 1)
            if line.strip() and i not in removed_lines]
    if title is not None:
        if not kept:
            errors.append("title given but no non-removed raw line is left for it")
            return errors
        tline_no, tline = kept[0]
        rest = tline[len(title):]
        if not tline.startswith(title) or (rest and not SUFFIX_RE.match(rest)):
            errors.append(f"title line {tline_no} {tline!r} is not the title {title!r} "
                          f"optionally followed by a separator and a suffix")
        expected = [title] + [t for _, t in kept[1:]]
    else:
        expected = [t for _, t in kept]

    for j, line in enumerate(clean, 1):
        if not line.strip():
            errors.append(f"clean line {j} is blank")
        elif line != line.strip():
            errors.append(f"clean line {j} has surrounding whitespace")
    if clean != expected:
        for j in range(max(len(clean), len(expected))):
            a = clean[j] if j < len(clean) else "<missing>"
            b = expected[j] if j < len(expected) else "<missing>"
            if a != b:
                errors.append(f"clean line {j + 1} differs: got {a!r}, expected {b!r}")
                break
        if len(clean) != len(expected):
            errors.append(f"clean has {len(clean)} lines, expected {len(expected)}")
    return errors


def main():
    verbose = "-v" in sys.argv[1:]
    names = sorted(os.listdir(HERE))
    stems = sorted(n[:-4] for n in names if n.endswith(".txt") and not n.endswith(".clean.txt"))
    allowed = {os.path.basename(__file__)}
    for s in stems:
        allowed.update({s + ".txt", s + ".clean.txt", s + ".json"})
    stray = [n for n in names if n not in allowed and n != "__pycache__"]

    counts = collections.Counter()
    failed = 0
    for stem in stems:
        errs = check_doc(stem, counts)
        if errs:
            failed += 1
            print(f"FAIL {stem}")
            for e in errs:
                print(f"    {e}")
        elif verbose:
            print(f"ok   {stem}")
    for n in stray:
        failed += 1
        print(f"FAIL stray file without a matching document: {n}")
    if len(stems) < MIN_DOCS:
        failed += 1
        print(f"FAIL only {len(stems)} documents, need at least {MIN_DOCS}")

    print(f"{len(stems)} documents, {sum(counts.values())} removed lines")
    for cat in sorted(CATEGORIES):
        print(f"  {cat:13s} {counts[cat]}")
    print("PASS" if not failed else f"{failed} problem(s)")
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main())
