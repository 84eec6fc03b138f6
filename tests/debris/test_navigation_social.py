from __future__ import annotations

from tests.debris.helpers import ARTICLE, removed_texts, run


def test_menu_items_run_together_at_the_head() -> None:
    text = "HomePoliticsBusiness Sport\nCouncil extends night buses\n\n" + ARTICLE
    removed = removed_texts(text)
    assert removed == {"HomePoliticsBusiness Sport": "navigation"}


def test_breadcrumb_and_back_to_top() -> None:
    text = "Home > Local > Transport\nCouncil extends night buses\n" + ARTICLE + "\n↑ Back to top\n"
    assert removed_texts(text) == {"Home > Local > Transport": "navigation", "↑ Back to top": "navigation"}


def test_lone_counters_at_the_head_but_not_numbers_in_the_body() -> None:
    text = "Council extends night buses\n\n0\n1.2K\n\n" + ARTICLE + "\nSeats won\n42\n" + ARTICLE
    removed = removed_texts(text)
    assert removed == {"0": "social", "1.2K": "social"}


def test_share_widgets() -> None:
    for line in [
        "Share this:",
        "Click to share on X (Opens in new window)",
        "Follow us on Google News",
        "Facebook Twitter WhatsApp Email",
    ]:
        assert removed_texts(ARTICLE + "\n" + line + "\n") == {line: "social"}, line


def test_headline_with_a_camel_cased_brand_is_not_a_menu() -> None:
    kept, removed = run("YouTube removes videos of the protest\n\n" + ARTICLE)
    assert removed == []
    assert kept[0] == "YouTube removes videos of the protest"


def test_sentence_starting_with_share_is_content() -> None:
    line = "Share the burden equally between the regions, the finance minister told parliament."
    kept, removed = run(ARTICLE + line + "\n" + ARTICLE)
    assert line in kept and removed == []


def test_reader_action_buttons_at_the_head() -> None:
    for button in ["Gift this article", "Merken", "Ajouter à mes favoris", "Copy post link", "Guardar"]:
        assert removed_texts("Council extends night buses\n" + button + "\n" + ARTICLE) == {button: "social"}, button


def test_counters_under_a_tagline_a_headline_and_a_standfirst() -> None:
    text = (
        "Plain-language notes on housing policy in three river towns.\n"
        "Why Cray Falls approves half as many homes\n"
        "The permit numbers are not a mystery. They come from one committee and one very long waiting list.\n"
        "57\n11\n" + ARTICLE
    )
    assert removed_texts(text) == {"57": "social", "11": "social"}


def test_numbers_after_the_first_paragraphs_are_not_counters() -> None:
    text = ARTICLE + "57\n" + ARTICLE
    assert removed_texts(text) == {}


def test_view_counters_in_other_languages() -> None:
    for line in ["Dibaca 1.245 kali", "1.204 Aufrufe"]:
        assert removed_texts(ARTICLE + line + "\n" + ARTICLE) == {line: "social"}, line


def test_a_table_printed_with_pipes_is_not_a_menu() -> None:
    table = (
        "Département | Niveau | Début | Fin\n\nRhône | orange | 14h | 23h\n\nAin | orange | 15h | 23h\n\n"
        "Loire | jaune | 13h | 21h\n"
    )
    # At the foot of the page, where a menu's items are looked for.
    kept, removed = run(ARTICLE + "\n" + table + "\nHome | News | Sport | Contact\n")
    assert "Rhône | orange | 14h | 23h" in kept and "Département | Niveau | Début | Fin" in kept
    assert [r.text for r in removed] == ["Home | News | Sport | Contact"]


def test_share_buttons_and_counters_in_other_languages() -> None:
    for line in [
        "Կիսվել",
        "გააზიარე",
        "Distribuie",
        "238 distribuiri",
        "Нравится 1,2 тыс.",
        "48,6 тыс. подписчиков",
        "ნანახია: 1 287",
        "Baxış: 2 061",
        "BlogThis!",
        "Send by email",
        "Google Haberler'de takip et",
    ]:
        assert removed_texts("Council extends night buses\n" + ARTICLE + line + "\n") == {line: "social"}, line


def test_reaction_widgets_are_removed_but_a_question_in_the_story_stays() -> None:
    for line in ["What is your reaction?", "Bu habere tepkiniz ne?"]:
        assert removed_texts(ARTICLE + line + "\n" + ARTICLE) == {line: "social"}, line
    question = "What is your reaction to the new fares, the reporter asked passengers at Harbour Square on Monday?"
    kept, removed = run(ARTICLE + question + "\n" + ARTICLE)
    assert question in kept and removed == []


def test_pager_with_the_next_post_s_title_after_the_article() -> None:
    pager = ["Previous Cider orchards turn to heritage apples as prices climb", "Next The cooper who bends barrels"]
    assert removed_texts(ARTICLE + "\n".join(pager) + "\n") == dict.fromkeys(pager, "navigation")
    sentence = "Next year the council will review the routes again, the mayor said."
    kept, removed = run(ARTICLE + sentence + "\n")
    assert sentence in kept and removed == []


def test_more_share_and_follow_buttons() -> None:
    for line in [
        "Facebook0 LinkedIn0 Pinterest0",
        "Kopieer link",
        "Deel dit bericht",
        "Sdílet na X",
        "Síganos en WhatsApp",
        "Siga o Diário do Litoral no Google Notícias",
        "Follow on Apple Podcasts",
        "412 points (96% upvoted)",
        "Repost 0",
    ]:
        assert removed_texts("Council extends night buses\n" + ARTICLE + line + "\n") == {line: "social"}, line


def test_a_menu_flattened_with_wide_gaps_and_the_section_label_that_repeats_an_item() -> None:
    for menu, label in [
        ("Home  News  Metro  Politics  Business  Sports", "Metro"),
        ("الرئيسية  السودان  عربي ودولي  اقتصاد  رياضة", "السودان"),
        ("Siyasət  İqtisadiyyat  Cəmiyyət  Regionlar  İdman", "Regionlar"),
    ]:
        text = f"{menu}\n\n{label}\n\nLagos rolls out tap-to-pay ferry tickets\n" + ARTICLE
        assert removed_texts(text) == {" ".join(menu.split()): "navigation", label: "navigation"}, menu


def test_a_post_s_tags_set_apart_by_gaps_are_not_a_menu() -> None:
    _kept, removed = run("Hosepipe ban from 1 June\nwatering  council  summer-2024\n" + ARTICLE)
    assert not any(r.rule_id == "navigation.spaced-menu" for r in removed)


def test_a_contents_box_and_its_entries() -> None:
    box = ["On this page", "The pilot in numbers", "Where the losses happened", "What changes next"]
    text = "Battery pilot recovers 91% of lithium\n" + "\n".join(box) + "\n" + ARTICLE + "What changes next\n" + ARTICLE
    kept, removed = run(text)
    assert [r.text for r in removed] == box
    assert kept.count("What changes next") == 1


def test_counter_rows_and_labelled_network_lists() -> None:
    for line in [
        "87 comments   Share   Save   Report",
        "212 boosts · 388 favourites",
        "좋아요 12   훈훈해요 0   슬퍼요 1",
        "Comparte esta noticia: Facebook | X | WhatsApp",
        "شارك الخبر: فيسبوك · واتساب · تيليغرام",
        "Shiriki habari hii: WhatsApp · Facebook · X",
    ]:
        assert removed_texts("Council extends night buses\n" + ARTICLE + line + "\n") == {
            " ".join(line.split()): "social"
        }, line
    _kept, removed = run("Council extends night buses\n7 min read · May 14, 2024\n" + ARTICLE)
    assert not any(r.rule_id == "social.counter-row" for r in removed)


BEES = (
    "On the worst day the thermometer clipped to the hive stand read 41 degrees, and the bees hung in a beard "
    "outside the entrance.\n"
    "We put shade cloth over every hive and a tray of water beside it, and the colonies fanned air through "
    "the heatwave.\n"
    "One hive swarmed out in late August, which is late in the year for bees to leave.\n"
)


def test_the_lines_above_the_headline_that_share_nothing_with_the_article_are_the_masthead() -> None:
    text = "The Rooftop Apiary Letter\nIssue 47 of 52\nWhat the bees did in the August heatwave\n" + BEES
    kept, removed = run(text)
    assert {r.text: r.category for r in removed} == {
        "The Rooftop Apiary Letter": "navigation",
        "Issue 47 of 52": "navigation",
    }
    assert kept[0] == "What the bees did in the August heatwave"


def test_a_line_under_a_headline_on_the_topic_is_kept_whatever_it_says() -> None:
    text = "What the bees did in the August heatwave\nSummary\n- Shade cloth over every hive\n" + BEES
    assert removed_texts(text) == {}
    # A headline that shares no word with the article is still the headline when nothing below is.
    text = "A letter from the roof\n" + BEES
    assert removed_texts(text) == {}


def test_a_contents_box_in_any_language_is_known_by_its_entries_coming_back_as_subheadings() -> None:
    contents = "Sisällys\nMiksi vanha järjestelmä hylättiin\nMikä nopeutui\n"
    body = "Miksi vanha järjestelmä hylättiin\n" + ARTICLE + "Mikä nopeutui\n" + ARTICLE
    assert removed_texts("Council extends night buses\n" + ARTICLE + contents + body) == {
        line: "navigation" for line in contents.splitlines()
    }
    # A table printed twice is not a contents box.
    table = "Period | Thickness, cm\n1981–1990 | 78\n2016–2024 | 63\n"
    assert removed_texts("Council extends night buses\n" + ARTICLE + table + ARTICLE + table + ARTICLE) == {}


def test_a_numbered_contents_box_ends_where_the_first_section_begins() -> None:
    box = ["Contents", "1 Origins", "2 The route", "3 Closure"]
    markup = "[[File:Ferry 1950.jpg|thumb|The last ferry, 1950]]"
    text = "Ashby ferry\n" + ARTICLE + "\n".join(box) + "\n" + markup + "\nOrigins\n" + ARTICLE
    kept, removed = run(text)
    assert [r.text for r in removed if r.category == "navigation"] == box
    assert "Origins" in kept  # the section's own heading, right under the box
    assert {r.text: r.category for r in removed}[markup] == "shortcode"


def test_share_buttons_in_any_language() -> None:
    for line in [
        "Del på e-post · Kopier lenke",
        "Deel via WhatsApp · Deel via mail",
        "Сподели във Facebook · Изпрати по Viber",
        "Share ⋯ Email ⋯ Copy link",
        "[X でシェア] [Facebook] [LINE] [リンクをコピー]",
    ]:
        assert removed_texts(ARTICLE + "\n" + line + "\n") == {line: "social"}, line
