"""An inbox with the seeds and one input of each awkward kind, shared by archive and flow tests."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import SEEDS
from tests.test_html import PAGE

CYRILLIC_ARTICLE = (
    "Переговоры в Евлахе\n\n"
    "Представители Баку и карабахских армян провели в четверг переговоры в Евлахе, сообщили официальные лица.\n"
    "Стороны договорились продолжить встречи, однако дата следующего раунда пока не определена.\n"
)


def fill_inbox(inbox: Path) -> dict[str, str]:
    """Copy the seeds and add awkward inputs; returns path -> expected outcome."""
    expected = {}
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, inbox / seed.name)
        expected[seed.name] = "archived"
    (inbox / "bad").mkdir()
    (inbox / "bad" / "empty.txt").write_bytes(b"")
    expected["bad/empty.txt"] = "empty"
    (inbox / "bad" / "picture.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    expected["bad/picture.txt"] = "binary"
    (inbox / "cp1251.txt").write_bytes(CYRILLIC_ARTICLE.encode("cp1251"))
    expected["cp1251.txt"] = "archived"
    (inbox / "page.html").write_text(PAGE, encoding="utf-8")
    expected["page.html"] = "archived"
    return expected
