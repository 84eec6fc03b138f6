from __future__ import annotations

from newsarchive.debris import make_line
from newsarchive.debris.residue import _headline_shaped
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


def test_what_a_wiki_prints_around_every_article_is_removed() -> None:
    furniture = [
        "From Ashby Wiki, the community encyclopedia",
        "This article is about the river ferry. For the railway ferry of 1890, see Ashby Train Ferry.",
        "↑ Ashby Borough Council, Ferries Committee minutes, 1950.",
        "Aus Stadtwiki Lindau, der freien Enzyklopädie",
        "[[Kategorie:Verkehr]]",
        "{{Infobox ferry route}}",
    ]
    removed = removed_texts("\n".join(furniture[:2]) + "\n" + ARTICLE + "\n".join(furniture[2:]) + "\n")
    assert set(furniture) <= set(removed)
    # A sentence about an encyclopedia, or an arrow inside a sentence, is content.
    for sentence in [
        "From its first edition, the town's encyclopedia was written by volunteers, not scholars.",
        "Prices rose ↑ by a tenth over the year, the ferry company said in its report.",
    ]:
        assert sentence in run(ARTICLE + sentence + "\n" + ARTICLE)[0]


def test_a_headline_over_a_forum_post_is_not_mistaken_for_a_row_of_fields() -> None:
    page = (
        "Canal Boaters Forum\n\nQuick links   FAQ   Register   Login\n\nBoard index ‹ Boats ‹ Engines\n\n"
        "Refitting the gearbox on our narrowboat — notes for next time\n"
        "Post Reply    Search this topic…\n\n4 posts • Page 1 of 1\n\nBargeeBen\n\n\n"
        "Posts: 88  Joined: Tue Mar 02, 2021  Location: Braunston\n"
        "Sun Feb 01, 2026 6:40 pm\n" + ARTICLE
    )
    kept, _ = run(page)
    assert "Refitting the gearbox on our narrowboat — notes for next time" in kept
    profile = make_line(1, "Posts: 88 Joined: Tue Mar 02, 2021 Location: Braunston")
    assert not _headline_shaped(profile)
    assert _headline_shaped(make_line(1, "Narrowboat gearboxes: what to check before you buy"))


def test_a_list_of_parts_with_prices_is_no_page_title() -> None:
    page = (
        "Notes from the workbench\n\nSunday, 9 November 2025\n\nRestoring the hall clock, part two\n"
        "This weekend I finally took the movement apart and cleaned it. It took most of Saturday, "
        "and I found two worn pivots and a bent tooth on the escapement wheel along the way.\n"
        "Parts used\nMainspring, 1.75 mm — £18.40\nPivot wire, pack of five — £3.20\n" + ARTICLE
    )
    kept, _ = run(page)
    assert "Restoring the hall clock, part two" in kept
    assert "Mainspring, 1.75 mm — £18.40" in kept


def test_view_counters_and_player_controls_in_any_language() -> None:
    for line in [
        "Citit de 2.184 ori",
        "Прочетена 3 208 пъти",
        "Viewed 3k times",
        "1,204 views",
        "A- A+ 🔊 Nghe bài viết",
        "🎧 Dengar berita ini",
        "▶ Video: hail over the vineyards at Mikulčice (0:56)",
    ]:
        # A counter may be named by the social counters first: removed either way, and nothing else.
        assert list(removed_texts(ARTICLE + line + "\n" + ARTICLE)) == [line], line
    for sentence in ["The council read the letter 3 times before it voted.", "Views expressed at the hearing: 12"]:
        assert sentence in run(ARTICLE + sentence + "\n" + ARTICLE)[0]
