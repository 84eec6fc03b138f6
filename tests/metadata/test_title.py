from __future__ import annotations

from newsarchive.debris import make_line
from newsarchive.metadata.title import find_title, strip_site_suffix


def lines(*texts: str):
    return [make_line(i, t) for i, t in enumerate(texts, 1)]


def test_short_first_line_followed_by_article_is_the_title() -> None:
    assert (
        find_title(lines("Council extends night buses", "", "The council voted on Tuesday to extend the network.")) == 0
    )


def test_first_line_that_is_a_sentence_is_not_a_title() -> None:
    first = "Both sides expressed their willingness to continue the talks that began Thursday, officials said."
    assert find_title(lines(first, "Second paragraph of the article, which goes on.")) is None


def test_single_line_document_has_no_title() -> None:
    assert find_title(lines("Only one line here")) is None


def test_site_suffixes_are_stripped() -> None:
    assert strip_site_suffix("Talks begin between the parties | Politics") == "Talks begin between the parties"
    assert strip_site_suffix("Storm hits the coast - The Daily Courier") == "Storm hits the coast"
    assert strip_site_suffix("Storm hits the coast – example.com") == "Storm hits the coast"
    assert strip_site_suffix("Markets rally | Business | The Courier") == "Markets rally"


def test_dash_inside_a_real_headline_is_kept() -> None:
    assert strip_site_suffix("Brexit - what happens next") == "Brexit - what happens next"
    assert strip_site_suffix("Ceasefire holds") == "Ceasefire holds"


def test_a_first_paragraph_ending_in_a_quote_is_not_a_title() -> None:
    first = "The minister said the deal was “the best we could get.”"
    assert find_title(lines(first, "The opposition disagreed and promised to vote against it on Thursday.")) is None


def test_a_sentence_case_second_half_of_a_headline_stays() -> None:
    assert strip_site_suffix("Storm hits coast – Residents flee") == "Storm hits coast – Residents flee"
    assert strip_site_suffix("В Северогорске открыли метро — Северогорский вестник") == "В Северогорске открыли метро"


def test_a_title_segment_naming_the_site_goes_at_either_end() -> None:
    from newsarchive.metadata.title import strip_site_name

    url = "https://www.heimatbote-online.de/lokales/hallenbad"
    assert strip_site_name("Heimatbote Online - Gemeinderat stimmt für Sanierung", None, url) == (
        "Gemeinderat stimmt für Sanierung"
    )
    assert strip_site_name("Council backs the pool repair | The Valley Courier", "The Valley Courier", None) == (
        "Council backs the pool repair"
    )
    assert strip_site_name("Valley Courier: Council backs the pool repair", "Valley Courier", None) == (
        "Council backs the pool repair"
    )
    # A segment that does not name the site stays, and so does a title that would shrink to a stub.
    assert strip_site_name("Brexit - what happens next", "Valley Courier", url) == "Brexit - what happens next"
    assert strip_site_name("Heimatbote - Impressum", None, url) == "Heimatbote - Impressum"


def test_a_headline_of_two_clauses_without_a_final_full_stop_is_a_title() -> None:
    for headline in [
        "Na kardiologa w Lubińcu czeka się 14 miesięcy. Szpital otwiera dodatkową poradnię",
        "We built a rain nowcast for one city. Here is what it got wrong",
    ]:
        assert find_title(lines(headline, "The article's first paragraph follows here, as it does.")) == 0
    two_sentences = "The talks began on Thursday. Both sides said they would continue them next week."
    assert find_title(lines(two_sentences, "Second paragraph of the article, which goes on.")) is None


BODY = (
    "The army handed back 42 acres of farmland in Valikamam North to families displaced since 1990, "
    "officials said on Monday.",
    "Families who fled the fighting in 1990 returned to the released acres to find their wells and "
    "houses overgrown, and the army said more land in Valikamam would follow.",
)


def test_a_later_line_on_the_topic_is_the_title_when_the_first_speaks_of_something_else() -> None:
    ticker = "JUST IN ▸ Fuel prices unchanged for April ▸ Northern rail line reopens"
    headline = "Army releases 42 acres in Valikamam North to families displaced since 1990"
    assert find_title(lines(ticker, headline, *BODY)) == 1


def test_a_first_line_on_the_topic_stays_the_title_and_a_list_item_never_is_one() -> None:
    headline = "Valikamam families return to released farmland | Northern Herald"
    assert find_title(lines(headline, "Army releases 42 acres in Valikamam North", *BODY)) == 0
    pun = "Home, at last"
    assert find_title(lines(pun, "- Army releases 42 acres of Valikamam farmland to displaced families", *BODY)) == 0
