from __future__ import annotations

from tests.debris.helpers import ARTICLE, removed_texts, run


def test_read_more_header_owns_its_link_lines() -> None:
    block = "Related Stories:\n- Mayor defends budget cuts\n- Tram line opens two years late\n"
    text = ARTICLE + "\n" + block + "\n" + ARTICLE
    assert removed_texts(text) == {
        "Related Stories:": "related",
        "- Mayor defends budget cuts": "related",
        "- Tram line opens two years late": "related",
    }


def test_links_block_stops_where_the_article_resumes() -> None:
    text = (
        ARTICLE
        + "\nYou may also like\nMayor defends budget cuts\nTram line opens two years late\n\nShort paragraph.\n"
        + ARTICLE
    )
    kept, removed = run(text)
    assert "Short paragraph." in kept
    assert len(removed) == 3


def test_inline_teasers_in_several_languages() -> None:
    for line in [
        "READ MORE: Minister resigns over leaked memo",
        "Lesen Sie auch: Bahnstreik legt Verkehr lahm",
        "Lire aussi : la réforme des retraites adoptée",
        "Leia também: Inflação recua em outubro",
    ]:
        assert removed_texts(ARTICLE + line + "\n" + ARTICLE) == {line: "related"}, line


def test_sentence_starting_with_read_more_is_content() -> None:
    line = "Read more about the history of the canal in the museum's new exhibition, which opens on Friday."
    kept, removed = run(ARTICLE + line + "\n" + ARTICLE)
    assert line in kept and removed == []


def test_a_labelled_link_is_removed_even_when_it_reads_as_a_sentence() -> None:
    for teaser in [
        "Read more: Is the Dales flood defence scheme running late, and who is going to pay for it?",
        "Zum Thema: Hallenbad bleibt bis Ende Juni geschlossen",
        "Simak juga: Stok Bulog Cukup hingga Akhir Tahun",
    ]:
        assert removed_texts(ARTICLE + teaser + "\n" + ARTICLE) == {teaser: "related"}, teaser


def test_an_unlabelled_link_between_removed_links_after_the_article() -> None:
    text = (
        ARTICLE
        + "\nRelated Content\nHospital in Toppenish to reopen birthing unit\n\n"
        + "Review: a brutal, brilliant Macbeth at the Playhouse\n\n© 2024 KWVR\n"
    )
    removed = removed_texts(text)
    assert "Review: a brutal, brilliant Macbeth at the Playhouse" in removed
    assert len(run(text)[0]) == 3


def test_links_block_stops_at_the_articles_own_heading_and_list() -> None:
    block = (
        "Related content\n\nCarriers cut surcharges as traffic returns\n\nPort to expand its terminal by 2028\n\n"
        "Where the capacity is coming from\n\n- 41 ships of more than 15,000 TEU delivered so far this year\n\n"
        "- a further 27 due before the end of the year\n"
    )
    kept, removed = run(ARTICLE + "\n" + block + "\n" + ARTICLE)
    assert [r.text for r in removed] == [
        "Related content",
        "Carriers cut surcharges as traffic returns",
        "Port to expand its terminal by 2028",
    ]
    assert "Where the capacity is coming from" in kept
    assert "- a further 27 due before the end of the year" in kept


def test_labelled_links_in_other_languages() -> None:
    for line in [
        "Читайте також: У Харкові відкрили ще 12 пунктів незламності",
        "Przeczytaj także: Nocna pomoc lekarska w Lubińcu tylko w jednym miejscu",
        "Կարդացեք նաև՝ Վետերանների բնակարանային ծրագրին դիմել է 2300 ընտանիք",
        "Citește și: Drumul spre Poiana, închis din nou după ploile de săptămâna trecută",
        "Lue myös: Näin ilmastonmuutos muuttaa Perämeren talvea",
    ]:
        assert removed_texts(ARTICLE + line + "\n" + ARTICLE) == {line: "related"}, line


def test_a_related_box_mid_article_stops_at_the_next_subheading() -> None:
    box = ["Weiterführende Berichte", "Syrien: Übergangsregierung kündigt Wahlen an", "Was Geflüchtete denken"]
    subheading = "Strom nur vier Stunden am Tag"
    paragraph = "Das größte Problem ist die Versorgung, denn Strom gibt es in den meisten Vierteln nur vier Stunden."
    text = ARTICLE + "\n\n".join([*box, subheading, paragraph]) + "\n"
    kept, removed = run(text)
    assert {r.text for r in removed} == set(box)
    assert subheading in kept


def test_a_label_over_headlines_after_the_article_is_a_related_list_in_any_language() -> None:
    related = (
        "Seotud lood\n"
        "Pärnu rannahooaeg algab nädal varem kui mullu\n"
        "Kui palju maksab tänavu suvine rongipilet Tartusse ja tagasi?\n"
    )
    assert removed_texts(ARTICLE + ARTICLE + related) == {line: "related" for line in related.splitlines()}


def test_the_article_s_own_lists_are_not_related_lists() -> None:
    for own_list in [
        "Opening times\n- Tuesday to Sunday, 10am to 5pm\n- Closed on Mondays, except bank holidays\n",
        "Makes two loaves\n500 g dark rye flour\n250 g strong white flour\n",
        "With every blessing,\nMargaret\nRev. Margaret Ilori, Vicar of St Aidan's\nThe Vicarage, Eastbridge Road\n",
    ]:
        assert removed_texts(ARTICLE + ARTICLE + own_list + ARTICLE) == {}, own_list


def test_a_question_among_the_headlines_under_a_related_header() -> None:
    related = (
        "Kapcsolódó cikkek\n"
        "Elmarad a keszthelyi vitorlásverseny egyik futama\n"
        "Mennyibe kerül idén egy strandjegy a déli parton?\n"
    )
    assert removed_texts(ARTICLE + ARTICLE + related) == {line: "related" for line in related.splitlines()}


def test_teaser_labels_of_more_languages() -> None:
    for line in [
        "Ook interessant: Nieuw zwembad in Tiel gaat in mei open",
        "Mohlo by vás zajímat: Obec opraví most přes Dyji",
        "Mest läst: Tågen till Narvik ställs in i helgen",
        "More business: Ferry operator reports record summer",
        "Elsewhere today: Hexley 2–0 Bramley Vale",
    ]:
        assert removed_texts(ARTICLE + line + "\n" + ARTICLE) == {line: "related"}, line
    # A subheading with a colon is no teaser: its label is not one of links.
    subheading = "Background: how the dispute over the ferry began"
    assert subheading in run(ARTICLE + subheading + "\n" + ARTICLE)[0]
