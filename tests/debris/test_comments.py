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
