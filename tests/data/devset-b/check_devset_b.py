#!/usr/bin/env python3
"""Consistency checker for the held-out newsarchive evaluation set.

Usage:  python3 check_heldout.py [DIRECTORY]      (default: this file's directory)

For every document NNN_slug (NNN in 200..299) the directory must hold
  NNN_slug.txt        raw scraped text
  NNN_slug.clean.txt  expected cleaned text
  NNN_slug.json       {"title": str|null, "removed": [...], "notes": str}

Checks:
  * the three files exist, are UTF-8, json has exactly the keys title/removed/notes;
  * every removed entry has exactly line/category/text, the line number points at a
    non-blank raw line whose stripped text equals "text", numbers strictly increase,
    and the category is one of the allowed ids;
  * the raw non-blank lines that are not removed are, in order: the title line (only
    when title is non-null; it must equal the title or be the title followed by a
    site/section suffix such as " | World"), then the article lines;
  * the clean file equals [title] + article lines (stripped), has no blank lines and
    no leading/trailing whitespace on any line;
  * the article (clean text without the title) has 150..600 words;
  * at least 36 documents exist.
Only the standard library is used.  Exit status 0 means every document passed.
"""
import json
import os
import re
import sys
from collections import Counter

CATEGORIES = (
    "banner", "ad", "shortcode", "caption", "credit", "comments", "social",
    "navigation", "related", "newsletter", "bio", "reading-time", "tags",
    "copyright", "timestamp", "byline",
)
STEM_RE = re.compile(r"^(\d{3})_([a-z0-9]+(?:_[a-z0-9]+)*)$")
# what may follow the title on the raw title line: a separator, then a site/section name
SUFFIX_RE = re.compile(r"^\s+[|\-–—:·•/»~]\s*\S")
MIN_DOCS = 36
MIN_WORDS, MAX_WORDS = 150, 600


def read_lines(path):
    with open(path, "rb") as f:
        data = f.read()
    text = data.decode("utf-8")  # raises on invalid UTF-8
    if text.startswith("\ufeff"):
        raise ValueError("%s: starts with a BOM" % os.path.basename(path))
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return [ln[:-1] if ln.endswith("\r") else ln for ln in lines]


def check_doc(directory, stem):
    errors = []
    raw_path = os.path.join(directory, stem + ".txt")
    clean_path = os.path.join(directory, stem + ".clean.txt")
    json_path = os.path.join(directory, stem + ".json")
    for p in (raw_path, clean_path, json_path):
        if not os.path.isfile(p):
            return ["missing file %s" % os.path.basename(p)], None
    try:
        raw = read_lines(raw_path)
        clean = read_lines(clean_path)
        with open(json_path, encoding="utf-8") as f:
            meta = json.load(f)
    except (UnicodeDecodeError, ValueError) as e:
        return ["cannot read: %s" % e], None

    if not isinstance(meta, dict) or set(meta) != {"title", "removed", "notes"}:
        return ["json must be an object with exactly the keys title, removed, notes"], None
    title, removed, notes = meta["title"], meta["removed"], meta["notes"]
    if title is not None and (not isinstance(title, str) or not title.strip() or title != title.strip()):
        errors.append("title must be null or a non-empty stripped string")
    if not isinstance(notes, str) or not notes.strip():
        errors.append("notes must be a non-empty string")
    if not isinstance(removed, list):
        return errors + ["removed must be a list"], None

    removed_nums = set()
    last = 0
    for k, r in enumerate(removed):
        where = "removed[%d]" % k
        if not isinstance(r, dict) or set(r) != {"line", "category", "text"}:
            errors.append("%s: needs exactly the keys line, category, text" % where)
            continue
        n, cat, txt = r["line"], r["category"], r["text"]
        if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= len(raw):
            errors.append("%s: line %r out of range 1..%d" % (where, n, len(raw)))
            continue
        if n <= last:
            errors.append("%s: line numbers must strictly increase (%d after %d)" % (where, n, last))
        last = max(last, n)
        if cat not in CATEGORIES:
            errors.append("%s: unknown category %r" % (where, cat))
        actual = raw[n - 1].strip()
        if not actual:
            errors.append("%s: raw line %d is blank (blank lines are never listed)" % (where, n))
        if txt != actual:
            errors.append("%s: text %r != raw line %d %r" % (where, txt, n, actual))
        removed_nums.add(n)

    kept = [(i + 1, ln.strip()) for i, ln in enumerate(raw)
            if ln.strip() and (i + 1) not in removed_nums]
    expected = [s for _, s in kept]
    if isinstance(title, str):
        if not kept:
            errors.append("title given but no raw line is left for it")
        else:
            n, first = kept[0]
            if first != title:
                rest = first[len(title):] if first.startswith(title) else None
                if rest is None or not SUFFIX_RE.match(rest):
                    errors.append("first kept raw line %d %r is not the title %r (optionally + site suffix)"
                                  % (n, first, title))
            expected = [title] + expected[1:]

    for i, ln in enumerate(clean, 1):
        if not ln.strip():
            errors.append("clean line %d is blank" % i)
        elif ln != ln.strip():
            errors.append("clean line %d has leading/trailing whitespace" % i)
    if clean != expected:
        for i in range(max(len(clean), len(expected))):
            a = clean[i] if i < len(clean) else "<missing>"
            b = expected[i] if i < len(expected) else "<missing>"
            if a != b:
                errors.append("clean line %d differs:\n      clean:    %r\n      expected: %r" % (i + 1, a, b))
                break
        errors.append("clean has %d lines, expected %d" % (len(clean), len(expected)))

    body = expected[1:] if isinstance(title, str) else expected
    words = sum(len(s.split()) for s in body)
    if not MIN_WORDS <= words <= MAX_WORDS:
        errors.append("article has %d words (want %d..%d)" % (words, MIN_WORDS, MAX_WORDS))
    info = {"removed": Counter(r.get("category") for r in removed if isinstance(r, dict)),
            "words": words, "title": title is not None}
    return errors, info


def main():
    directory = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    names = sorted(os.listdir(directory))
    stems, problems = [], []
    for name in names:
        for ext in (".clean.txt", ".txt", ".json"):
            if name.endswith(ext):
                stem = name[: -len(ext)]
                break
        else:
            continue
        m = STEM_RE.match(stem)
        if not m:
            problems.append("%s: file name does not match NNN_slug" % name)
            continue
        if not 200 <= int(m.group(1)) <= 299:
            problems.append("%s: number outside 200..299" % name)
        if stem not in stems:
            stems.append(stem)
    numbers = Counter(s[:3] for s in stems)
    for num, cnt in numbers.items():
        if cnt > 1:
            problems.append("number %s used by %d documents" % (num, cnt))

    total = Counter()
    failed = 0
    for stem in stems:
        errors, info = check_doc(directory, stem)
        if errors:
            failed += 1
            print("FAIL %s" % stem)
            for e in errors:
                print("    " + e)
        else:
            total.update(info["removed"])
            print("ok   %-34s words=%3d removed=%2d%s" % (
                stem, info["words"], sum(info["removed"].values()), "" if info["title"] else "  (no title)"))
    if len(stems) < MIN_DOCS:
        problems.append("only %d documents (need at least %d)" % (len(stems), MIN_DOCS))
    for p in problems:
        print("FAIL " + p)
    print()
    print("%d documents, %d failed" % (len(stems), failed))
    print("removed lines per category (passing documents):")
    for c in CATEGORIES:
        print("  %-13s %4d" % (c, total[c]))
    print("  %-13s %4d" % ("TOTAL", sum(total.values())))
    return 1 if failed or problems else 0


if __name__ == "__main__":
    sys.exit(main())
