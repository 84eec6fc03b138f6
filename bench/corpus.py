"""A reproducible synthetic inbox: article paragraphs with debris, mojibake and HTML mixed in.

Paragraphs and debris lines come from the labelled documents in the repository (seeds and
tests/data/devset), recombined by a seeded random generator, so the same seed always gives
the same corpus and its mix resembles what scrapers produce.
"""

from __future__ import annotations

import html
import json
import random
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True, slots=True)
class Material:
    paragraphs: list[str]
    titles: list[str]
    head_debris: list[str]
    tail_debris: list[str]
    mid_debris: list[str]


def load_material() -> Material:
    paragraphs, titles, head, tail, mid = [], [], [], [], []
    folder = ROOT / "tests" / "data" / "devset"
    for labels_path in sorted(folder.glob("*.json")):
        labels = json.loads(labels_path.read_text(encoding="utf-8"))
        raw = (folder / f"{labels_path.stem}.txt").read_text(encoding="utf-8").splitlines()
        clean = (folder / f"{labels_path.stem}.clean.txt").read_text(encoding="utf-8").splitlines()
        if labels.get("title"):
            titles.append(clean[0])
            clean = clean[1:]
        paragraphs += [p for p in clean if len(p) > 80]
        for removal in labels["removed"]:
            share = removal["line"] / max(len(raw), 1)
            (head if share < 0.25 else tail if share > 0.75 else mid).append(removal["text"])
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        paragraphs += [p.strip() for p in seed.read_text(encoding="utf-8").splitlines() if len(p.strip()) > 120]
    return Material(paragraphs, titles, head, tail, mid)


def _mojibake(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", errors="replace")


def make_document(rng: random.Random, material: Material, target_bytes: int, as_html: bool) -> bytes:
    title = rng.choice(material.titles)
    body: list[str] = []
    size = 0
    while size < target_bytes:
        paragraph = rng.choice(material.paragraphs)
        body.append(paragraph)
        size += len(paragraph.encode()) + 2
        if rng.random() < 0.08:
            body.append(rng.choice(material.mid_debris))
    if rng.random() < 0.1:
        index = rng.randrange(len(body))
        body[index] = _mojibake(body[index].replace("'", "’"))
    head = rng.sample(material.head_debris, k=rng.randint(0, 3))
    tail = rng.sample(material.tail_debris, k=rng.randint(0, 4))
    if as_html:
        paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in body)
        nav = "".join(f"<li>{html.escape(h)}</li>" for h in head)
        footer = "".join(f"<p>{html.escape(t)}</p>" for t in tail)
        return (
            f"<!DOCTYPE html><html lang='en'><head><title>{html.escape(title)} | Site</title></head><body>"
            f"<nav><ul>{nav}</ul></nav><article><h1>{html.escape(title)}</h1>\n{paragraphs}</article>"
            f"<footer>{footer}</footer></body></html>"
        ).encode()
    lines = [*head, title, "", *body, "", *tail]
    return "\n".join(lines).encode()


def write_corpus(folder: Path, count: int, seed: int = 7, html_share: float = 0.1) -> int:
    """Write ``count`` documents of 2-12 KB to ``folder``; returns the bytes written."""
    rng = random.Random(seed)
    material = load_material()
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for number in range(count):
        as_html = rng.random() < html_share
        data = make_document(rng, material, rng.randint(2000, 12000), as_html)
        (folder / f"{number // 1000:03d}" / f"doc-{number:07d}.{'html' if as_html else 'txt'}").parent.mkdir(
            exist_ok=True
        )
        (folder / f"{number // 1000:03d}" / f"doc-{number:07d}.{'html' if as_html else 'txt'}").write_bytes(data)
        total += len(data)
    return total
