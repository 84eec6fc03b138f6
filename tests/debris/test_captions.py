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


def test_a_short_caption_over_a_credit_even_with_a_blank_line_between() -> None:
    text = ARTICLE + "\nThe J16 girls' coxed four crosses the finish line.\n\nPhoto: Nick Halloran\n\n" + ARTICLE
    assert removed_texts(text) == {
        "The J16 girls' coxed four crosses the finish line.": "caption",
        "Photo: Nick Halloran": "credit",
    }


def test_a_paragraph_as_long_as_the_others_over_a_credit_stays() -> None:
    paragraph = "The mayor said the money would be spent on repairing the existing stations over the next year."
    text = ARTICLE + "\n" + paragraph + "\n\nPhoto: Nick Halloran\n\n" + ARTICLE
    assert removed_texts(text) == {"Photo: Nick Halloran": "credit"}


def test_alt_text_above_its_caption_goes_with_it() -> None:
    text = (
        ARTICLE + "\nBlack bins lined up for collection on Elm Grove, Marshfield, last week.\n\n"
        "Black bins lined up for collection on Elm Grove\n\nPicture: Tom Braidwood\n\n" + ARTICLE
    )
    assert removed_texts(text) == {
        "Black bins lined up for collection on Elm Grove, Marshfield, last week.": "caption",
        "Black bins lined up for collection on Elm Grove": "caption",
        "Picture: Tom Braidwood": "credit",
    }


def test_a_caption_with_its_credit_after_the_full_stop_or_in_square_brackets() -> None:
    caption = "Pedagang menata karung beras di Pasar Induk Cipinang, Jakarta. Foto: Warta Niaga/Agus Salim"
    alt = "Pedagang menata karung beras di Pasar Induk Cipinang"
    text = ARTICLE + caption + "\n" + alt + "\n" + ARTICLE
    assert removed_texts(text) == {caption: "caption", alt: "caption"}
    bracketed = "Silage making near Hesket Newmarket on Saturday [Photo: Cumbrian Gazette]"
    assert removed_texts(ARTICLE + bracketed + "\n" + ARTICLE) == {bracketed: "caption"}


def test_photo_credits_in_other_languages_take_their_captions() -> None:
    for caption, credit in [
        ("Budynek poradni specjalistycznych szpitala w Lubińcu.", "Fot. Krzysztof Wąs"),
        (
            "Narlıca'daki yeni konutlar, teslim töreninden önce havadan görüntülendi.",
            "Fotoğraf: Asi Haber / Murat Kılıç",
        ),
        ("Պացիենտը վարժություններ է կատարում կենտրոնի մարզասրահում։", "Լուսանկարը՝ Անի Գրիգորյանի"),
        ("Hailuodon lautta ohuen jään keskellä tiistaina.", "Kuva: Ville Heikkinen"),
    ]:
        removed = removed_texts(ARTICLE + caption + "\n" + credit + "\n" + ARTICLE)
        assert removed == {caption: "caption", credit: "credit"}, credit


def test_a_name_under_a_one_word_label_credits_the_picture_above_it_in_any_language() -> None:
    picture = "\nKotróhajó dolgozik a siófoki kikötő bejáratánál csütörtökön\nFotó: Kerekes Bence / Balatoni Hírlap\n\n"
    text = "Council extends night buses\n\n" + ARTICLE.replace("\n", "\n\n") + picture + ARTICLE.replace("\n", "\n\n")
    assert removed_texts(text) == {
        "Kotróhajó dolgozik a siófoki kikötő bejáratánál csütörtökön": "caption",
        "Fotó: Kerekes Bence / Balatoni Hírlap": "credit",
    }


def test_a_box_of_labelled_facts_is_not_a_credit() -> None:
    facts = "Goller: Kaan Demir 18', Emre Yılmaz 57'\nHakem: Ali Şansalan\nStadyum: Papara Park\n"
    assert removed_texts("Trabzonspor beat Besiktas\n" + ARTICLE + facts + ARTICLE) == {}
