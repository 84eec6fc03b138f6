from __future__ import annotations

from tests.debris.helpers import ARTICLE, removed_texts, run


def test_a_link_to_a_file_with_its_format_or_size_is_removed_in_any_language() -> None:
    links = "Printable version (PDF, 3 pages)\nИзтеглете бюлетина във формат PDF (380 KB)\nDownload MP3 (29 MB)\n"
    removed = removed_texts(ARTICLE + links)
    assert removed == {
        "Printable version (PDF, 3 pages)": "residue",
        "Изтеглете бюлетина във формат PDF (380 KB)": "residue",
        "Download MP3 (29 MB)": "residue",
    }


def test_a_sentence_citing_a_file_is_content() -> None:
    sentence = "The council's report (PDF, 2 MB) says the bus network lost a fifth of its passengers in two years."
    kept, _ = run(ARTICLE + sentence + "\n" + ARTICLE)
    assert sentence in kept


def test_the_pages_address_as_an_address_bar_shows_it_is_removed() -> None:
    address = "harbour-notes.org/coast/2019/03/02/the-last-ferry-leaves"
    removed = removed_texts(address + "\n\n" + ARTICLE)
    assert removed == {address: "residue"}
    # Words joined by a slash are no address: "and/or", "km/h", "Node.js" without a path.
    for text in ["Ferries and/or buses", "Speed limit 30 km/h"]:
        assert text in run(ARTICLE + text + "\n" + ARTICLE)[0]
