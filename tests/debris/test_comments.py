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
