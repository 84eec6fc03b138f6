"""Measuring debris removal and HTML extraction against documents with an editor's expected result.

A labelled document is three files: ``NAME.txt`` (raw), ``NAME.clean.txt`` (title line if any,
then one paragraph per line) and ``NAME.json`` (``{"title": …, "removed": [{"line", "category",
"text"}]}``). Scores are line-level: a removed line is a true positive when the editor removed it
too, whatever category either side gave it; category agreement is reported separately.

A labelled HTML page is ``NAME.html``, ``NAME.expected.txt`` (the article body, a paragraph per
line, no headline) and ``NAME.json`` (title, published, language...); extraction is scored in
word 4-gram counts, so that neither line breaks nor a paragraph split differently matter.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from newsarchive.clean import clean_document
from newsarchive.metadata.events import load_catalog
from newsarchive.model import CleanDocument, DecodedInput, InputRef
from newsarchive.reader import decode_bytes


@dataclass(slots=True)
class DocumentScore:
    name: str
    perfect: bool
    true_positives: set[int]
    false_positives: dict[int, tuple[str, str]]  # line -> (our category, text)
    false_negatives: dict[int, tuple[str, str]]  # line -> (editor's category, text)
    category_mismatches: dict[int, tuple[str, str]]  # line -> (editor's, ours)
    title_ok: bool


@dataclass(slots=True)
class Report:
    documents: list[DocumentScore] = field(default_factory=list)

    @property
    def precision(self) -> float:
        tp = sum(len(d.true_positives) for d in self.documents)
        fp = sum(len(d.false_positives) for d in self.documents)
        return tp / (tp + fp) if tp + fp else 1.0

    @property
    def recall(self) -> float:
        tp = sum(len(d.true_positives) for d in self.documents)
        fn = sum(len(d.false_negatives) for d in self.documents)
        return tp / (tp + fn) if tp + fn else 1.0

    @property
    def perfect_share(self) -> float:
        return sum(d.perfect for d in self.documents) / max(len(self.documents), 1)

    def per_category(self, expected: dict[str, dict]) -> dict[str, tuple[int, int, int]]:
        """Editor's category -> (lines expected, found, missed); plus our false positives by our category."""
        found: Counter[str] = Counter()
        missed: Counter[str] = Counter()
        for document in self.documents:
            labels = {r["line"]: r["category"] for r in expected[document.name]["removed"]}
            for line in document.true_positives:
                found[labels[line]] += 1
            for category, _ in document.false_negatives.values():
                missed[category] += 1
        categories = sorted(set(found) | set(missed))
        return {c: (found[c] + missed[c], found[c], missed[c]) for c in categories}


def load_expected(folder: Path) -> dict[str, dict]:
    return {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in sorted(folder.glob("*.json"))}


def score_document(raw_path: Path, expected: dict, clean_lines: list[str]) -> DocumentScore:
    data = raw_path.read_bytes()
    decoded = decode_bytes(InputRef(raw_path.name, len(data)), data)
    if not isinstance(decoded, DecodedInput):
        raise ValueError(f"{raw_path} did not decode: {decoded.detail}")
    document = clean_document(decoded)
    got = {r.line_no: (r.category, r.text) for r in document.removed if r.line_no}
    want = {r["line"]: (r["category"], r["text"]) for r in expected["removed"]}
    produced = ([document.title] if document.title else []) + [p for p in document.text.split("\n\n") if p]
    return DocumentScore(
        name=raw_path.stem,
        perfect=produced == clean_lines,
        true_positives=set(got) & set(want),
        false_positives={n: got[n] for n in set(got) - set(want)},
        false_negatives={n: want[n] for n in set(want) - set(got)},
        category_mismatches={n: (want[n][0], got[n][0]) for n in set(got) & set(want) if want[n][0] != got[n][0]},
        title_ok=document.title == expected.get("title"),
    )


def evaluate_folder(folder: Path) -> tuple[Report, dict[str, dict]]:
    expected = load_expected(folder)
    report = Report()
    for name, labels in expected.items():
        clean = (folder / f"{name}.clean.txt").read_text(encoding="utf-8").splitlines()
        report.documents.append(score_document(folder / f"{name}.txt", labels, clean))
    return report, expected


# --- extraction from HTML pages, scored by word 4-grams ---------------------------------------

_TOKEN = re.compile(r"\w+")


def word_ngrams(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Counts of the text's word n-grams (lower case), the unit extraction is scored in."""
    words = _TOKEN.findall(text.lower())
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


@dataclass(slots=True)
class OverlapScore:
    """Overlap of an extracted text with the expected one, in word 4-gram counts."""

    found: int = 0  # n-grams extracted
    expected: int = 0  # n-grams an editor kept
    shared: int = 0  # n-grams in both (counted with multiplicity)

    def add(self, other: OverlapScore) -> None:
        self.found += other.found
        self.expected += other.expected
        self.shared += other.shared

    @property
    def precision(self) -> float:
        return self.shared / self.found if self.found else float(self.expected == 0)

    @property
    def recall(self) -> float:
        return self.shared / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


def overlap(extracted: str, expected: str) -> OverlapScore:
    got, want = word_ngrams(extracted), word_ngrams(expected)
    return OverlapScore(sum(got.values()), sum(want.values()), sum((got & want).values()))


def html_pages(folder: Path) -> list[tuple[Path, str, dict]]:
    """(page, expected text, expected metadata) for every ``NAME.html`` with ``NAME.expected.txt``."""
    pages = []
    for page in sorted(folder.glob("*.html")):
        expected = page.with_suffix(".expected.txt")
        if not expected.exists():
            continue
        sidecar = page.with_suffix(".json")
        metadata = json.loads(sidecar.read_text(encoding="utf-8")) if sidecar.exists() else {}
        pages.append((page, expected.read_text(encoding="utf-8"), metadata))
    return pages


def newsarchive_text(page: Path, data: bytes) -> tuple[str, CleanDocument | None]:
    """What newsarchive archives of a page: the body text (the title is a column of its own)."""
    decoded = decode_bytes(InputRef(page.name, len(data)), data)
    if not isinstance(decoded, DecodedInput):
        return "", None
    # As the pipeline runs it: with the event catalog, so event tagging is part of the cost.
    document = clean_document(decoded, catalog=load_catalog(None))
    return document.text, document


MARKUP_FIELDS = ("title", "published", "author", "site_name", "canonical_url", "language")


def markup_fields_right(document: CleanDocument | None, expected: dict) -> dict[str, bool]:
    """Which of a page's metadata fields equal the editor's (a missing one counts as wrong)."""
    if document is None:
        return dict.fromkeys(MARKUP_FIELDS, False)
    published = str(document.published_date) if document.published_date else None
    found = {
        "title": document.title,
        "published": published,
        "author": document.author,
        "site_name": document.site_name,
        "canonical_url": document.canonical_url,
        "language": document.language,
    }
    return {name: found[name] == expected.get(name) for name in MARKUP_FIELDS}
