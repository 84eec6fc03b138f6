from __future__ import annotations

from tests.debris.helpers import ARTICLE, removed_texts


def test_leading_byline_and_trailing_timestamp() -> None:
    text = "Council extends night buses\nBy Anna Kowalski and Tom Brady, Reuters\n" + ARTICLE + "2024-03-04 10:15:00"
    assert removed_texts(text) == {
        "By Anna Kowalski and Tom Brady, Reuters": "byline",
        "2024-03-04 10:15:00": "timestamp",
    }


def test_dates_inside_sentences_are_content() -> None:
    line = "On 4 March 2024 the council approved the plan by a narrow margin of two votes."
    assert removed_texts(ARTICLE + line + "\n" + ARTICLE) == {}


def test_labelled_timestamps_in_many_forms() -> None:
    for stamp in [
        "Published: March 4, 2024",
        "Updated 10:32 AM EST, Thu March 4, 2024",
        "04.03.2024 | 10:15",
        "Veröffentlicht am 4. März 2024",
    ]:
        assert removed_texts(stamp + "\n" + ARTICLE) == {stamp: "timestamp"}, stamp


def test_a_bare_name_next_to_the_date_under_a_standfirst_is_a_byline() -> None:
    standfirst = "The permit numbers are not a mystery. They come from one committee and one long waiting list."
    for name in ["Dana Whitlow", "Lucy Faraday, Northwind News", "Marisol Fenn · Follow"]:
        text = f"Why Cray Falls approves fewer homes\n{standfirst}\n{name}\nMay 14, 2024\n" + ARTICLE
        assert removed_texts(text) == {name: "byline", "May 14, 2024": "timestamp"}, name


def test_a_place_or_a_headline_beside_a_date_is_not_a_byline() -> None:
    text = "Storm Orla Hits Dales\nMay 14, 2024\n" + ARTICLE
    assert removed_texts(text) == {"May 14, 2024": "timestamp"}
    text = "Floods close the coast road\nMombasa, Kenya\nMay 14, 2024\n" + ARTICLE
    assert "Mombasa, Kenya" not in removed_texts(text)


def test_bylines_in_other_languages() -> None:
    for byline in [
        "Rédigé par Hélène Darrigade",
        "A cura di Giulia Ferri",
        "Oleh: Rina Marlina",
        "Oprac. Anna Zielińska",
        "Interview by Tomas Brandt",
        "Submitted by Helen Arkwright on Tue, 14/05/2024 - 09:12",
        "Community Desk for DEV Circle",
    ]:
        assert removed_texts("Council extends night buses\n" + byline + "\n" + ARTICLE) == {byline: "byline"}, byline


def test_stamps_in_other_languages_and_without_a_year() -> None:
    for stamp in [
        "Giriş Tarihi: 14.05.2024 21:40",
        "Posted on May 14",
        "14 mei 2024 om 09:12",
        "May 14, 2024 | Feature",
    ]:
        assert removed_texts("Council extends night buses\n" + stamp + "\n" + ARTICLE) == {stamp: "timestamp"}, stamp


def test_stamps_in_finnish_swedish_and_russian_at_the_head() -> None:
    for stamp in [
        "Julkaistu 3.2. 14:20",
        "Senast ändrad 5 november 2025",
        "12 марта",
        "Actualizado: 22.09.2025 · 13.47 h CEST",
    ]:
        text = "Council extends night buses\n" + stamp + "\n" + ARTICLE
        assert removed_texts(text) == {stamp: "timestamp"}, stamp


def test_a_stamp_in_a_language_without_known_words_goes_at_the_head_but_a_dated_list_item_stays() -> None:
    stamps = ["Τρίτη, 4 Μαρτίου 2025, 13:27", "Paskelbta liepos 18 d., penktadienį, 9.42 val."]
    for stamp in stamps:
        text = f"Council extends night buses\n{stamp}\n" + ARTICLE
        assert removed_texts(text) == {stamp: "timestamp"}, stamp
    items = "Key dates\n12 October – consultation opens\n9 November – council vote\n"
    assert removed_texts("Council extends night buses\n" + ARTICLE + items + ARTICLE) == {}


def test_a_name_under_a_one_word_label_at_the_head_is_the_byline_in_any_language() -> None:
    for byline in ["Szerző: Vadász Eszter", "Аутор: Милица Радовановић", "Teksti: Jouni Kivelä"]:
        assert removed_texts(f"Council extends night buses\n{byline}\n" + ARTICLE) == {byline: "byline"}, byline
    # Scripts whose vowel signs are marks, the Armenian label mark, a two-word label
    for byline in ["Edited By: सुमित यादव", "Հեղինակ՝ Անահիտ Սարգսյան", "ავტორი: ნინო ბერიძე"]:
        assert removed_texts(f"Council extends night buses\n{byline}\n" + ARTICLE) == {byline: "byline"}, byline


def test_a_labelled_name_after_the_article_is_removed_beside_a_link_but_not_among_facts() -> None:
    # After the article the credit rule takes it first (a gallery's "Reader photo: Marcus Ebbw"
    # owns the caption above it); a writer's name there is removed all the same.
    tail = "خبرنگار: مریم صادقی\nلینک کوتاه: https://news.example.ir/x/4Kq9\n"
    removed = removed_texts("Council extends night buses\n" + ARTICLE + tail)
    assert removed["خبرنگار: مریم صادقی"] in {"byline", "credit"}
    facts = "Referee: Ali Şansalan\nVenue: Şükrü Saracoğlu\n"
    assert removed_texts("Council extends night buses\n" + ARTICLE + facts) == {}


def test_the_head_row_of_a_post_is_its_byline() -> None:
    head = "287 points by harbourmaster_k 6 hours ago | hide | past | fave | 94 comments"
    text = "Show TW: I emulated a 1906 tide-predicting machine in software\n" + head + "\n" + ARTICLE
    assert removed_texts(text) == {head: "byline"}
