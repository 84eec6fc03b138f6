from __future__ import annotations

from tests.debris.helpers import ARTICLE, removed_texts, run


def test_comment_form_lines_are_removed_even_when_sentence_shaped() -> None:
    form = (
        "Leave a Comment\nCancel reply\nYour email address will not be published. Required fields are marked *\n"
        "Name *\nEmail *\nSave my name, email, and website in this browser for the next time I comment.\n"
        "Post Comment\n"
    )
    removed = removed_texts(ARTICLE + "\n" + form)
    assert len(removed) == 7
    assert set(removed.values()) == {"comments"}


def test_comment_counter_heading() -> None:
    assert removed_texts(ARTICLE + "\n12 Comments\n") == {"12 Comments": "comments"}


def test_news_about_comments_is_content() -> None:
    line = "The minister declined to comment on the leaked report when asked by reporters on Monday."
    kept, removed = run(ARTICLE + line)
    assert line in kept and removed == []


def test_a_tribute_wall_after_the_article_is_removed_whole() -> None:
    article = ARTICLE + ARTICLE
    wall = [
        "19 memories shared",
        "Sheila Grant",
        "May 13, 2024",
        "Angus played at our wedding in 1979 and refused to be paid. We will never forget that night.",
    ]
    text = article + "\n".join(wall) + "\n"
    assert removed_texts(text) == dict.fromkeys(wall, "comments")


def test_comment_headings_of_other_platforms() -> None:
    for heading in ["Top comments (8)", "What are your thoughts?", "Leave a tribute", "Komentarze: 17"]:
        reply = "We waited eleven months for a conversion on Bridge Street and nobody told us why it took so long."
        text = ARTICLE + ARTICLE + heading + "\nMarguerite O.\n" + reply + "\n"
        assert removed_texts(text) == {heading: "comments", "Marguerite O.": "comments", reply: "comments"}, heading


def test_a_forum_threads_member_details_and_buttons() -> None:
    for line in ["Join Date: Jan 2016", "Posts: 8,944", "Reply With Quote", "Répondre à ce message"]:
        assert removed_texts(ARTICLE + line + "\n" + ARTICLE) == {line: "comments"}, line


def test_a_switched_off_comment_section_in_swedish() -> None:
    line = "Kommentarsfunktionen är avstängd för den här artikeln."
    assert removed_texts(ARTICLE + line + "\n") == {line: "comments"}


def test_a_thread_of_names_over_dates_is_removed_without_a_heading() -> None:
    # A forum topic map stands between the article and the replies: no comment heading at all.
    thread = [
        "lindqvist_h",
        "Jul 29",
        "So people in Zone C pay more to subsidise short hops in the centre. Great.",
        "tramnerd_88",
        "Jul 30",
        "Roswell Junction in zone B is going to be a battlefield. Half the estate will walk there to save money.",
    ]
    text = ARTICLE + ARTICLE + "\n\n".join(thread) + "\n"
    assert removed_texts(text) == dict.fromkeys(thread, "comments")


def test_a_name_and_date_on_one_line_head_each_comment() -> None:
    thread = [
        "Maria T. · 15 septembrie 2025 la 07:48",
        "Felicitări! Sper să se țină de cuvânt cu dispensarul din satul nostru.",
        "Ion Popescu · 16 septembrie 2025 la 09:12",
        "Vom vedea dacă promisiunile se țin și după alegeri, cum s-a întâmplat data trecută.",
    ]
    text = ARTICLE + ARTICLE + "\n".join(thread) + "\n"
    assert removed_texts(text) == dict.fromkeys(thread, "comments")


def test_a_live_blog_s_entries_under_clock_times_are_not_a_thread() -> None:
    entries = [
        "Amira Haddad",
        "14:05",
        "The first lorries crossed the checkpoint shortly after two o'clock, officials at the crossing said.",
        "Amira Haddad",
        "14:40",
        "A second convoy of twelve trucks is waiting on the road from the south, the aid agency told reporters.",
    ]
    kept, removed = run(ARTICLE + ARTICLE + "\n".join(entries) + "\n")
    assert entries[2] in kept and entries[5] in kept
    assert not any(r.rule_id == "comments.thread" for r in removed)


def test_comment_headings_with_a_bare_count_in_other_languages() -> None:
    for heading in ["Комментарии 94", "Dyskusja (23)", "2 comentarii", "Reader discussion (2)", "Yorum yazın"]:
        reply = "Молодцы! А сколько литров молока уходит на килограмм сыра, и где его можно купить у вас?"
        text = ARTICLE + ARTICLE + heading + "\nМарина В.\n" + reply + "\n"
        assert removed_texts(text) == {heading: "comments", "Марина В.": "comments", reply: "comments"}, heading


def test_a_newsletter_s_sign_off_before_the_comments_is_kept() -> None:
    close = ["See you next Monday,", "Nell"]
    thread = ["42 Likes", "Reader discussion (2)", "Marta K.", "Feb 10", "Thank you for laying this out so clearly."]
    kept, removed = run(ARTICLE + ARTICLE + "\n".join(close + thread) + "\n")
    assert close[0] in kept and close[1] in kept
    assert {r.text for r in removed} == set(thread)


def test_reddit_handles_with_an_op_badge_head_comments() -> None:
    thread = [
        "u/quietlane_eastgate · 8 hr. ago",
        "Thank you for going. Was there anything about apartment buildings with a shared chute?",
        "u/kettle_and_crumbs · OP · 8 hr. ago",
        "They said chute buildings get a separate bin in the basement, the super takes it out.",
    ]
    assert removed_texts(ARTICLE + ARTICLE + "\n".join(thread) + "\n") == dict.fromkeys(thread, "comments")


def test_a_comment_heading_in_the_singular_is_an_editorial_heading() -> None:
    analysis = [
        "The decision settles a point on which county courts had reached different results for years.",
        "Landlords who protected a deposit late can no longer argue that the penalty is discretionary.",
    ]
    kept, removed = run(ARTICLE + ARTICLE + "Comment\n" + "\n".join(analysis) + "\n")
    assert "Comment" in kept and all(line in kept for line in analysis)
    assert removed == []


def test_a_thread_of_handles_over_stamps_in_any_language_after_the_article() -> None:
    thread = (
        "kittiwake_kate   2025-02-09 07:02 pm (UTC)\n"
        "Oh well done! I will be down first thing tomorrow, fingers crossed it stays.\n"
        "Alison Hunter, Bressay · 24 January\n"
        "Ewan piloted my father's boat in for years. A gentleman always.\n"
    )
    assert removed_texts("Council extends night buses\n" + ARTICLE + ARTICLE + thread) == {
        " ".join(line.split()): "comments" for line in thread.splitlines()
    }


def test_a_counted_heading_after_the_article_in_any_language() -> None:
    removed = removed_texts(ARTICLE + "\nKomentarai (31)\n\nתגובות (12)\n")
    assert removed == {"Komentarai (31)": "comments", "תגובות (12)": "comments"}


def test_a_counted_heading_inside_the_article_is_content() -> None:
    text = "Results (2)\n" + ARTICLE + "Winners (3)\n" + ARTICLE
    kept, removed = run(text)
    assert "Winners (3)" in kept
    assert "Winners (3)" not in {r.text for r in removed}


def test_a_counted_heading_at_the_end_opens_the_comments_under_it_in_any_language() -> None:
    comments = (
        "Komentarai (31)\n"
        "Jonas iš Biržų · prieš 2 val. — Pas mus ant to paties stulpo jau dvidešimt metų tas pats lizdas.\n"
    )
    kept, removed = run(ARTICLE + ARTICLE + comments)
    assert {r.text for r in removed} == set(comments.strip().split("\n"))
    assert {r.category for r in removed} == {"comments"}
    assert len(kept) == 6


def test_comments_each_on_one_line_with_the_readers_handle_and_date() -> None:
    thread = [
        "kestrel_jo   Mar 3 — Count me in for the Saturday shift.",
        "@moss@fen.social · 2h — Brilliant work, all of you.",
        "dunlin.k   Mar 4 — Could we move the skip nearer the gate?",
    ]
    plugin = "Comments are handled by a third-party service. Enable it to view and post comments."
    removed = removed_texts(ARTICLE + ARTICLE + "\n".join(thread) + "\n" + plugin + "\n")
    assert removed == {**{" ".join(line.split()): "comments" for line in thread}, plugin: "comments"}


def test_a_timeline_of_dated_entries_is_content() -> None:
    timeline = [
        "Tuesday 4 March — The council votes to close the depot.",
        "Friday 7 March — Drivers walk out for a day.",
        "Stage 5 — 12 May — The route reaches the coast.",
    ]
    kept, _ = run(ARTICLE + ARTICLE + "\n".join(timeline) + "\n" + ARTICLE)
    assert all(line in kept for line in timeline)


def test_post_heads_with_a_handle_and_an_age_head_each_comment() -> None:
    thread = [
        "▲ quayside_ops 5 hours ago | next [–]",
        "This is wonderful. My grandfather cranked one of these at the harbour office for years.",
        "level 1 · radiatorhisses · 1.2k points · 3 mo. ago",
        "Did you try more constituents to see when it stops helping the prediction?",
    ]
    text = ARTICLE + ARTICLE + "\n".join(thread) + "\n"
    assert removed_texts(text) == dict.fromkeys(thread, "comments")


def test_a_table_with_hours_is_no_thread_of_post_heads() -> None:
    rows = ["Rhône | orange | 14h | 23h", "Ain | orange | 15h | 23h", "Loire | jaune | 13h | 21h"]
    kept, _ = run(ARTICLE + ARTICLE + "\n".join(rows) + "\n" + ARTICLE)
    assert all(row in kept for row in rows)
