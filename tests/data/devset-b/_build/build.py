import json, os, sys
from collections import Counter
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import dsl  # noqa
import glob, importlib
for _p in sorted(glob.glob(os.path.join(HERE, 'docs_*.py'))):
    importlib.import_module(os.path.basename(_p)[:-3])

CATS = ["banner", "ad", "shortcode", "caption", "credit", "comments", "social",
        "navigation", "related", "newsletter", "bio", "reading-time", "tags",
        "copyright", "timestamp", "byline"]
OUT = sys.argv[1] if len(sys.argv) > 1 else "/work/main/tests/data/heldout"


def render(d):
    lines = d["body"].split("\n")
    while lines and lines[0].strip() == "":
        lines.pop(0)
    while lines and lines[-1].strip() == "":
        lines.pop()
    raw, removed, clean, title = [], [], [], None
    for ln in lines:
        if ln.strip() == "":
            raw.append("")
            continue
        tag, sep, text = ln.partition("|")
        assert sep, (d["slug"], ln)
        if tag == "B":
            assert text.strip() == "", ln
            raw.append(text)
            continue
        assert text.strip(), (d["slug"], ln)
        raw.append(text)
        n, s = len(raw), text.strip()
        if tag == "T":
            assert title is None and not clean, (d["slug"], "title must come first")
            t = s
            if d["suffix"]:
                assert t.endswith(d["suffix"]), (d["slug"], t)
                t = t[: -len(d["suffix"])]
            assert t == t.strip() and t
            title = t
            clean.append(t)
        elif tag == "P":
            clean.append(s)
        elif tag in CATS:
            removed.append({"line": n, "category": tag, "text": s})
        else:
            raise ValueError((d["slug"], "bad tag", tag))
    return raw, clean, removed, title


def main():
    seen = set()
    cats = Counter()
    for d in sorted(dsl.DOCS, key=lambda x: x["num"]):
        assert d["num"] not in seen, d["num"]
        seen.add(d["num"])
        raw, clean, removed, title = render(d)
        stem = "%03d_%s" % (d["num"], d["slug"])
        body = clean[1:] if title is not None else clean
        words = sum(len(x.split()) for x in body)
        assert 150 <= words <= 600, (stem, words)
        with open(os.path.join(OUT, stem + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(raw) + "\n")
        with open(os.path.join(OUT, stem + ".clean.txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(clean) + "\n")
        with open(os.path.join(OUT, stem + ".json"), "w", encoding="utf-8", newline="\n") as f:
            json.dump({"title": title, "removed": removed, "notes": d["notes"]}, f,
                      ensure_ascii=False, indent=2)
            f.write("\n")
        cats.update(r["category"] for r in removed)
        print("%-32s words=%3d removed=%2d title=%s" % (stem, words, len(removed), "yes" if title else "no"))
    print(len(seen), "docs")
    for c in CATS:
        print("  %-13s %d" % (c, cats[c]))


if __name__ == "__main__":
    main()
