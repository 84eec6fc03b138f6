from __future__ import annotations

from newsarchive.repair import repair_line, split_lines


def test_mojibake_is_fixed_and_recorded() -> None:
    fixed, repairs = repair_line("The ministerâ€™s office said talks wouldnâ€™t resume.", 7)
    assert fixed == "The minister’s office said talks wouldn’t resume."
    assert [r.kind for r in repairs] == ["mojibake"]
    assert repairs[0].line_no == 7
    assert repairs[0].before.startswith("The ministerâ€™s")
    assert "windows-1252" in repairs[0].detail


def test_double_encoded_cyrillic_is_fixed() -> None:
    damaged = "Ð¡Ñ‚ÐµÐ¿Ð°Ð½Ð°ÐºÐµÑ€Ñ‚"
    fixed, repairs = repair_line(damaged, 1)
    assert fixed == "Степанакерт"
    assert repairs and repairs[0].kind == "mojibake"


def test_correct_text_passes_unchanged() -> None:
    for line in [
        "He said Azerbaijan had restored its sovereignty “with an iron fist.”",
        "Ruben Vardanyan — a former official — said ‘we need to leave’.",
        "Æsir, Šibenik, Łódź, São Paulo, Zürich, naïve café",
        "Степанакерт и Ереван; Ἀθῆναι; 東京; نگورنو قره‌باغ",
        "ﬁnal ligature and ＦＵＬＬＷＩＤＴＨ stay as written",
    ]:
        fixed, repairs = repair_line(line, 1)
        assert fixed == line
        assert repairs == []


def test_html_entities_are_unescaped_even_when_double_escaped() -> None:
    fixed, repairs = repair_line("Smith &amp; Wesson said &quot;no&quot; &amp;#8217;", 3)
    assert fixed == 'Smith & Wesson said "no" ’'
    assert [r.kind for r in repairs] == ["html-entity"]


def test_ampersand_that_is_not_an_entity_is_left_alone() -> None:
    fixed, repairs = repair_line("AT&T and R&D spending rose", 1)
    assert fixed == "AT&T and R&D spending rose"
    assert repairs == []


def test_zero_width_and_control_characters_are_removed() -> None:
    fixed, repairs = repair_line("Nagorno\u200b-Karabakh\x07 talks\u00ad", 2)
    assert fixed == "Nagorno-Karabakh talks"
    assert {r.kind for r in repairs} == {"zero-width", "control-character"}


def test_joiners_needed_by_scripts_are_kept() -> None:
    line = "نگورنو قره\u200cباغ 👩\u200d💻"
    assert repair_line(line, 1) == (line, [])


def test_whitespace_is_collapsed_without_a_repair_record() -> None:
    fixed, repairs = repair_line("  two\u00a0 spaces\tand a tab  ", 1)
    assert fixed == "two spaces and a tab"
    assert repairs == []


def test_windows_line_endings_are_normalized_and_reported() -> None:
    lines, repairs = split_lines("a\r\nb\r\nc\rd")
    assert lines == ["a", "b", "c", "d"]
    assert repairs[0].kind == "line-endings"
    assert "2 CRLF" in repairs[0].detail and "1 lone CR" in repairs[0].detail


def test_vertical_tab_and_form_feed_break_lines_instead_of_gluing_words() -> None:
    lines, repairs = split_lines("The mayor resigned.\x0bHer deputy takes over.\x0cPage two")
    assert lines == ["The mayor resigned.", "Her deputy takes over.", "Page two"]
    assert repairs[0].kind == "line-endings"


def test_terminal_escape_codes_are_removed() -> None:
    fixed, repairs = repair_line("\x1b[1mBREAKING\x1b[0m Council approves budget", 1)
    assert fixed == "BREAKING Council approves budget"
    assert repairs[0].kind == "control-character"


def test_an_escaped_entity_in_a_text_about_html_is_unescaped_once() -> None:
    assert repair_line("In HTML, write &amp;lt; to show a less-than sign.", 1)[0] == (
        "In HTML, write &lt; to show a less-than sign."
    )
