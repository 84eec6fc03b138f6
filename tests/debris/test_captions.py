from __future__ import annotations

from tests.debris.helpers import ARTICLE, removed_texts, run


def test_caption_credit_and_alt_text_go_as_one_block() -> None:
    text = (
        ARTICLE + "\nFirefighters work at the scene of the blaze in the harbour district.\n\n"
        "Jane Doe / Reuters\n\n"
        "Firefighters work at the scene of the blaze in the harbour district.\n\n" + ARTICLE
    )
    removed = removed_texts(text)
    assert removed == {
        "Firefighters work at the scene of the blaze in the harbour district.": "caption",
        "Jane Doe / Reuters": "credit",
    }
    kept, removals = run(text)
    assert len(removals) == 3
    assert len(kept) == 6


def test_caption_variant_below_the_credit_is_removed_too() -> None:
    text = (
        ARTICLE
        + "Smoke rises over the refinery after the strike.\nPhoto: AFP\n"
        + "Smoke rises over the refinery after the attack.\n"
        + ARTICLE
    )
    assert set(removed_texts(text)) == {
        "Smoke rises over the refinery after the strike.",
        "Photo: AFP",
        "Smoke rises over the refinery after the attack.",
    }


def test_standalone_credit_lines_of_many_shapes() -> None:
    for credit in [
        "(Image credit: Getty Images)",
        "AFP via Getty Images",
        "Photograph: Tom Jones/EPA",
        "Foto: dpa",
        "Credit: Supplied",
        "REUTERS/Jane Doe",
    ]:
        text = ARTICLE + "\n" + credit + "\n\n" + ARTICLE
        assert removed_texts(text).get(credit) == "credit", credit


def test_caption_with_credit_in_brackets() -> None:
    line = "Residents queue for water in the old town. (Photo: Maria Lopez/AP)"
    assert removed_texts(ARTICLE + line + "\n" + ARTICLE) == {line: "caption"}


def test_reporting_about_a_photo_is_content() -> None:
    line = "The photo, taken by a bystander, shows the minister leaving the building through a side door."
    kept, removals = run(ARTICLE + line + "\n" + ARTICLE)
    assert line in kept
    assert removals == []


def test_repeated_paragraph_keeps_one_copy() -> None:
    quote = "“We will not back down,” the union leader told reporters outside the ministry."
    kept, _ = run(ARTICLE + quote + "\n\n" + quote + "\n" + ARTICLE)
    assert kept.count(quote) == 1


def test_a_paragraph_run_into_the_one_above_is_not_the_caption_of_the_credit_under_it() -> None:
    # The header is set off by blank lines, the body is not: the paragraph over "Bild: …" is text.
    paragraph = (
        "Baku justified the operation with the deaths of four police officers. The defence ministry said "
        "more would follow."
    )
    text = (
        "RHEIN-MAIN RUNDSCHAU\n\n19. September 2023, 15:48 Uhr\n\nHeadline of the story\n\n"
        + ARTICLE
        + paragraph
        + "\nBild: Rauch über Stepanakert (Archiv)\n"
        + ARTICLE
    )
    removed = removed_texts(text)
    assert removed.get("Bild: Rauch über Stepanakert (Archiv)") == "credit"
    assert paragraph not in removed
