from __future__ import annotations

import datetime as dt

import pytest

from newsarchive.metadata.dates import (
    day_month_mentions,
    has_stamp_shape,
    is_yearless_stamp,
    parse_date_line,
    parse_path_date,
    parse_yearless_dateline,
)

TODAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("line", "expected", "label"),
    [
        ("2023-09-21 20:19:11", dt.date(2023, 9, 21), ""),
        ("2023-09-21T20:19:11Z", dt.date(2023, 9, 21), ""),
        ("Published: March 4, 2021", dt.date(2021, 3, 4), "published"),
        ("Updated 10:32 AM EST, Thu March 4, 2021", dt.date(2021, 3, 4), "updated"),
        ("04.03.2021 | 10:15", dt.date(2021, 3, 4), ""),
        ("21 September 2023", dt.date(2023, 9, 21), ""),
        ("Sept. 21st, 2023 at 8:19 pm", dt.date(2023, 9, 21), ""),
        ("Veröffentlicht am 4. März 2021", dt.date(2021, 3, 4), "published"),
        ("21 сентября 2023", dt.date(2023, 9, 21), ""),
        ("Publié le 4 mars 2021 à 10h15", dt.date(2021, 3, 4), "published"),
        # An update that gives no date leaves the first part's date standing.
        ("04 Apr 2016 | Updated: 1 hour ago", dt.date(2016, 4, 4), ""),
        ("15 oktyabr 2023, 14:05", dt.date(2023, 10, 15), ""),
        ("8. Oktober 2020, 18:47 Uhr", dt.date(2020, 10, 8), ""),
        ("08 Kasım 2020 Pazar 14:26 | Son güncelleme: 08 Kasım 2020 Pazar 15:02", dt.date(2020, 11, 8), ""),
    ],
)
def test_date_lines(line: str, expected: dt.date, label: str) -> None:
    parsed = parse_date_line(line, today=TODAY)
    assert parsed is not None
    assert parsed.exact == expected
    assert parsed.label == label


def test_ambiguous_day_and_month_give_a_range_not_a_date() -> None:
    parsed = parse_date_line("04/03/2021", today=TODAY)
    assert parsed is not None
    assert parsed.exact is None
    assert (parsed.earliest, parsed.latest) == (dt.date(2021, 3, 4), dt.date(2021, 4, 3))


@pytest.mark.parametrize(
    "line",
    [
        "The 1994 ceasefire held until 2020.",
        "On 4 March 2021 the council approved the plan.",
        "2030-01-01",  # in the future: not a publication date
        "Team A 3 1 0 10",
        "42",
    ],
)
def test_lines_that_are_not_only_a_date(line: str) -> None:
    assert parse_date_line(line, today=TODAY) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("28 сентября 2023 года", dt.date(2023, 9, 28)),
        ("Опубликовано: 28 сентября 2023 г., 14:05", dt.date(2023, 9, 28)),
        ("28 sentyabr 2023, 14:05", dt.date(2023, 9, 28)),
        ("28 września 2023", dt.date(2023, 9, 28)),
        ("28 eylül 2023 Perşembe", dt.date(2023, 9, 28)),
        ("Sabtu, 4 Mei 2024 12:30 WIB", dt.date(2024, 5, 4)),
        ("May 04, 2024 08:30 AM Eastern Daylight Time", dt.date(2024, 5, 4)),
        ("Published on: 4th of May, 2024 at 19:45", dt.date(2024, 5, 4)),
        ("Sat 4 May 2024 12.30 AST", dt.date(2024, 5, 4)),
        ("Windhoek, Saturday 4 May 2024", dt.date(2024, 5, 4)),
        ("Last updated: 12:07, Wednesday 29 May 2024", dt.date(2024, 5, 29)),
        ("and last updated 8:05 PM, Apr 11, 2024", dt.date(2024, 4, 11)),
        # The weekday settles day/month order: 4 May 2024 was a Saturday, 5 April a Friday.
        ("Saturday, 04/05/2024 12:30 (GMT+7)", dt.date(2024, 5, 4)),
        ("Friday, 04/05/2024", dt.date(2024, 4, 5)),
        ("The talks, 4 May 2024", None),  # words that are not a place before the date
        ("2 april 2016", dt.date(2016, 4, 2)),
        # Month names of more languages, and numeric forms of more countries
        ("3 Μαρτίου 2024", dt.date(2024, 3, 3)),
        ("3 ΜΑΡΤΙΟΥ 2024", dt.date(2024, 3, 3)),  # capitals drop the accent
        ("3 במרץ 2024", dt.date(2024, 3, 3)),
        ("3 marts 2024 kl. 14:22", dt.date(2024, 3, 3)),
        ("14. ožujka 2024.", dt.date(2024, 3, 14)),
        ("14 сакавіка 2024", dt.date(2024, 3, 14)),
        ("2024. március 3., 14:22", dt.date(2024, 3, 3)),
        ("2024.03.14. 14:22", dt.date(2024, 3, 14)),
        ("Ngày 14/3/2024", dt.date(2024, 3, 14)),
        ("Dated: 14-03-2024", dt.date(2024, 3, 14)),
        ("Route 12-14-2024 closed", None),
        # East and South-East Asian stamps: labels, clock times, the Buddhist era
        ("입력 2024.03.14 14:22", dt.date(2024, 3, 14)),
        ("2024年3月14日 14時22分", dt.date(2024, 3, 14)),
        ("发布时间：2024-03-14 14:22", dt.date(2024, 3, 14)),
        ("Thứ năm, 14/3/2024, 14:22 (GMT+7)", dt.date(2024, 3, 14)),
        ("14 มี.ค. 2567", dt.date(2024, 3, 14)),
        ("วันที่ 14 มีนาคม 2567", dt.date(2024, 3, 14)),
        ("2024-03-14 | 4 min read", dt.date(2024, 3, 14)),
        # Weekday names of more languages beside the date (14 March 2024 was a Thursday), labels
        ("čtvrtek 14. března 2024", dt.date(2024, 3, 14)),
        ("Publicat: joi, 14 martie 2024, 09:10", dt.date(2024, 3, 14)),
        ("פורסם: יום חמישי, 14 במרץ 2024, 09:10", dt.date(2024, 3, 14)),
        ("입력 2024년 3월 14일 목요일 09:10", dt.date(2024, 3, 14)),
        ("2024年3月14日 木曜日 09:10（最終更新 10:02）", dt.date(2024, 3, 14)),
        ("2024年3月14日 星期四 09:10", dt.date(2024, 3, 14)),
        ("2024-yil 14-mart, payshanba, 09:10", dt.date(2024, 3, 14)),
        ("torstai 14. maaliskuuta 2024", dt.date(2024, 3, 14)),
        ("Publicado a 14 de março de 2024, 09:10", dt.date(2024, 3, 14)),
        # A month whose case-folded spelling differs ("Μαΐου": the ΐ folds to three characters)
        ("Τετάρτη 14 Μαΐου 2025", dt.date(2025, 5, 14)),
        # Latvian and Lithuanian year-first dates
        ("ceturtdiena, 2024. gada 14. martā", dt.date(2024, 3, 14)),
        ("2024 m. kovo 14 d.", dt.date(2024, 3, 14)),
        # Page metadata copied into the text
        ("article:published_time=2024-03-14T09:10:00Z", dt.date(2024, 3, 14)),
    ],
)
def test_dates_in_the_languages_of_the_sources(line: str, expected: dt.date | None) -> None:
    stated = parse_date_line(line, today=dt.date(2026, 1, 1))
    assert (stated.exact if stated else None) == expected


def test_a_byline_line_gives_its_date_and_its_author() -> None:
    from newsarchive.clean import find_author, find_dates
    from newsarchive.model import Removal

    byline = Removal("bylines.by-line", "byline", 3, "By Jane Doe | 28 September 2023")
    assert find_dates([byline], None).published == dt.date(2023, 9, 28)
    assert find_author([byline], None) == "Jane Doe"
    for text in [
        "Written by Jane Doe on 28 September 2023",
        "Posted on September 28, 2023 by Jane Doe",
        "Jane Doe - 28 September 2023",
        "News / Politics / 28 September 2023",
    ]:
        line = Removal("bylines.by-line", "byline", 3, text)
        assert find_dates([line], None).published == dt.date(2023, 9, 28), text


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("634_2017-08-23_qarabag.txt", dt.date(2017, 8, 23)),
        ("azatutyun/2023/09/21/offensive.html", dt.date(2023, 9, 21)),
        ("feeds/20200927-fighting.txt", dt.date(2020, 9, 27)),
        ("2023_09_19/story.txt", dt.date(2023, 9, 19)),
        ("000_5e9e840844826c1f.txt", None),  # a hash, not a date
        ("2023-13-40_story.txt", None),  # no such day
        ("2023-09/21-story.txt", None),  # mixed separators: two numbers, not a date
        ("2031-01-01_story.txt", None),  # after today
        ("ids/120230921.txt", None),  # digits of a longer number
    ],
)
def test_dates_in_paths(path: str, expected: dt.date | None) -> None:
    assert parse_path_date(path, today=TODAY) == expected


def test_a_path_date_is_explicit_metadata_and_outranks_the_text() -> None:
    from newsarchive.clean import find_dates
    from newsarchive.model import Removal

    stamp = Removal("timestamp.edge", "timestamp", 3, "28 September 2023")
    found = find_dates([stamp], None, [], "2023/09/21/story.txt")
    assert (found.published, found.source) == (dt.date(2023, 9, 21), "path:date")
    assert find_dates([stamp], None, [], "inbox/story.txt").published == dt.date(2023, 9, 28)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("YEREVAN, Sept 13 (Reuters) - Armenia said at least 49 soldiers were killed.", (9, 13)),
        ("МОСКВА, 9 ноября. Российский военный вертолёт сбит над Арменией.", (11, 9)),
        ("UNITED NATIONS, July 29 (Reuters) - The Security Council condemned the seizure.", (7, 29)),
        ("THE HAGUE, Feb 22, 2023 (Reuters) - The court ordered.", None),  # has its year: parse_dateline's
        ("Armenia, Azerbaijan and Russia signed a statement on 10 November - a turning point.", None),
    ],
)
def test_datelines_without_a_year(paragraph: str, expected: tuple[int, int] | None) -> None:
    assert parse_yearless_dateline(paragraph) == expected


def test_days_named_without_a_year() -> None:
    text = "Fighting since Sept. 27; sentyabrın 19-da; seit dem 27. September; 10 ноября; on May 12, 1994"
    assert day_month_mentions(text) == {(9, 27), (9, 19), (11, 10), (5, 12)}


@pytest.mark.parametrize(
    ("line", "expected", "label"),
    [
        # A label the parser has no list entry for still labels the date: any short words and a colon.
        ("Giriş Tarihi: 14.05.2024 21:40", dt.date(2024, 5, 14), "published"),
        ("Güncelleme Tarihi: 14.05.2024 22:05", dt.date(2024, 5, 14), ""),
        ("Page last updated: May 14, 2024", dt.date(2024, 5, 14), ""),
        ("Dodano: 14.05.2024, 09:12", dt.date(2024, 5, 14), "published"),
        ("Actualizado: 14/05/2024 - 11:42h", dt.date(2024, 5, 14), "updated"),
        ("Aggiornato alle 11:42 del 14 maggio 2024", dt.date(2024, 5, 14), "updated"),
        ("14 mei 2024 om 09:12", dt.date(2024, 5, 14), ""),
        ("14-May-2024", dt.date(2024, 5, 14), ""),
        # A date beside a section name.
        ("May 14, 2024 | Feature", dt.date(2024, 5, 14), ""),
        ("Opinion · 3 March 2024", dt.date(2024, 3, 3), ""),
    ],
)
def test_date_lines_with_other_labels_and_pieces(line: str, expected: dt.date, label: str) -> None:
    parsed = parse_date_line(line, today=TODAY)
    assert parsed is not None, line
    assert (parsed.exact, parsed.label) == (expected, label)


@pytest.mark.parametrize(
    "line",
    [
        "By Jo Roe | 3 May 2024",  # a byline with its date: the byline rules read it
        "Kinross Road Library: 30 September",  # no year
        "Deadline 14 May 2024 for all entries",
        "14 May 2024 | 3 killed, 12 injured",
    ],
)
def test_lines_with_more_than_a_stamp(line: str) -> None:
    assert parse_date_line(line, today=TODAY) is None


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Posted on May 14", True),
        ("14 May, 09:12", True),
        ("Friday 3 May", True),
        ("14 May", False),  # a timeline's heading as much as a stamp
        ("- Ashgrove Library: 30 September", False),  # a fact in a list
        ("In May 14 people died", False),
        ("Updated 3 May 2024", False),  # it has a year: parse_date_line reads it
    ],
)
def test_stamps_without_a_year(line: str, stamp: bool) -> None:
    assert is_yearless_stamp(line) is stamp


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Armenian, year first ("2023 թ.") and day first, with the "published" label.
        ("2023 թ. սեպտեմբերի 19, 18:40", dt.date(2023, 9, 19)),
        ("Հրապարակվել է՝ 19 սեպտեմբերի 2023 թ., 18:40", dt.date(2023, 9, 19)),
        # Georgian: "of the year 2023", and the dative ending of the month.
        ("2023 წლის 19 სექტემბერი", dt.date(2023, 9, 19)),
        ("27 სექტემბერს, 2020", dt.date(2020, 9, 27)),
        # Arabic with the weekday and both names of the month.
        ("الثلاثاء 19 سبتمبر/أيلول 2023", dt.date(2023, 9, 19)),
        # Persian pages date by the Iranian calendar: 28 Shahrivar 1402 is 19 September 2023.
        ("سه\u200cشنبه ۲۸ شهریور ۱۴۰۲ - ۱۸:۴۰", dt.date(2023, 9, 19)),
        ("۱۴۰۲/۰۶/۲۸", dt.date(2023, 9, 19)),
        ("19 sentyabr 2023-cü il, 10:15", dt.date(2023, 9, 19)),
        ("2023-cü il 19 sentyabr", dt.date(2023, 9, 19)),
        ("19 września 2023 r.", dt.date(2023, 9, 19)),
        ("19 вересня 2023 року", dt.date(2023, 9, 19)),
        ("2023年9月19日", dt.date(2023, 9, 19)),
        ("Updated: 21/09/2023 18:40 (GMT+4)", dt.date(2023, 9, 21)),
        ("19.09.2023 10:00 MSK", dt.date(2023, 9, 19)),
    ],
)
def test_dates_in_more_languages_and_calendars(line: str, expected: dt.date) -> None:
    stated = parse_date_line(line, today=dt.date(2026, 1, 1))
    assert stated is not None and stated.exact == expected


def test_a_year_of_the_islamic_lunar_calendar_is_no_date() -> None:
    # 1445 AH read as an Iranian year would be 2066: after today, so no date at all.
    assert parse_date_line("1445/03/04", today=dt.date(2026, 1, 1)) is None


def test_the_pages_own_address_dates_it_when_nothing_else_does() -> None:
    from newsarchive.clean import find_dates
    from newsarchive.model import Removal

    url = Removal("residue.contact-line", "residue", 1, "https://news.example.am/en/2023/09/21/talks-in-yevlakh/")
    found = find_dates([url], None, ["Representatives met officials in Yevlakh."])
    assert (found.published, found.source) == (dt.date(2023, 9, 21), "text:url")
    # Addresses of several dates are a list of links, not the page's own.
    other = Removal("residue.contact-line", "residue", 40, "https://news.example.am/en/2023/09/18/earlier/")
    assert find_dates([url, other], None, []).published is None
    # A link under "Related:" is another article's address, whatever its date.
    related = Removal("related.labelled-teaser", "related", 41, "Related: https://news.example.am/en/2023/09/18/a/")
    assert find_dates([url, related], None, []).published == dt.date(2023, 9, 21)


def test_a_date_line_another_rule_removed_dates_the_page_without_a_stamp() -> None:
    from newsarchive.clean import find_dates
    from newsarchive.model import Removal

    furniture = Removal("residue.above-headline", "residue", 2, "19.09.2023")
    stamp = Removal("timestamp.edge", "timestamp", 9, "20 September 2023")
    assert find_dates([furniture], None, []).published == dt.date(2023, 9, 19)
    assert find_dates([furniture, stamp], None, []).published == dt.date(2023, 9, 20)


def test_a_stamp_row_with_ids_counters_and_sections_beside_the_date() -> None:
    for row, day in [
        ("Xəbər kodu: 458213 | Tarix: 13.09.2022 | 09:40 | Bölmə: Hərbi", dt.date(2022, 9, 13)),
        ("Haber Kodu: 2481735 | Yayın Tarihi: 10 Kasım 2020 Salı 09:30", dt.date(2020, 11, 10)),
        ("کد خبر: ۸۸۲۱۰۴ | ۲۹ آبان ۱۴۰۲ - ۰۹:۱۰", dt.date(2023, 11, 20)),
        ("2024 թ. մայիսի 9, 12:40 | Դիտումներ՝ 3 218", dt.date(2024, 5, 9)),
        ("02.04.2016, 18:30 Uhr (MESZ) | Lesezeit: 3 Min.", dt.date(2016, 4, 2)),
    ]:
        assert parse_date_line(row).exact == day, row


def test_a_writer_s_name_then_the_date() -> None:
    assert parse_date_line("Олена Коваль, 24 вересня 2024 року, 10:30").exact == dt.date(2024, 9, 24)
    assert parse_date_line("ნინო ბერიძე, 13.09.2022 12:10").exact == dt.date(2022, 9, 13)
    assert parse_date_line("The talks, 4 May 2024") is None


def test_time_zones_said_in_words_or_brackets() -> None:
    assert parse_date_line("Publié le 16/08/2023 à 10h05 (heure de Paris)").exact == dt.date(2023, 8, 16)
    assert parse_date_line("Обновлено: 11 октября 2020 г., 09:12 (МСК)").label == "updated"
    arabic = "الخميس ٢١ سبتمبر/أيلول ٢٠٢٣ - ١٦:٤٠ بتوقيت غرينتش"
    assert parse_date_line(arabic).exact == dt.date(2023, 9, 21)


def test_a_page_not_in_english_reads_day_and_month_in_that_order() -> None:
    from newsarchive.clean import find_dates
    from newsarchive.model import Removal

    stamp = Removal("timestamp.edge", "timestamp", 3, "Actualizado: 05/04/2016 14:20 CEST")
    assert find_dates([stamp], None, [], day_first=True).published == dt.date(2016, 4, 5)
    english = find_dates([stamp], None, [])
    assert (english.published, english.earliest, english.latest) == (None, dt.date(2016, 4, 5), dt.date(2016, 5, 4))


@pytest.mark.parametrize(
    "stamp",
    [
        "Sent 29 August 2025",
        "Τρίτη, 4 Μαρτίου 2025, 13:27",
        "Vloženo 28. 8. 2025 v 10:15",
        "2025. augusztus 22., péntek 14:05",
        "প্রকাশ: সোমবার, ৩ নভেম্বর ২০২৫, রাত ১২:০৫",
        "15 ม.ค. 2568 เวลา 09:12 น.",
        "6月17日 21:40",
        "Sist oppdatert 13.02 kl. 21.34",
        "Disiarkan pada Sabtu, 7 Jun 2025 jam 8.15 malam",
    ],
)
def test_a_stamp_is_known_by_its_shape_in_languages_the_reader_has_no_words_for(stamp: str) -> None:
    assert has_stamp_shape(stamp)


@pytest.mark.parametrize(
    "line",
    [
        "- March 14: Cardinal Rx, Holloway",
        "12 October – Keighley, Victoria Hall",
        "2018-19: 7 minutes",
        "Revenue: £1.14bn (2023: £1.07bn)",
        "Перша зміна: 8:00 – 12:30",
        "TSV Grünhain – HSG Elbtal 31:27 (15:14)",
        "15 Oct | 19:15 | 12°",
        "Report number: AARB 2025/007",
        "Změny v provozu od 1. září",
        "On 4 March 2025 the council approved the plan by two votes",
    ],
)
def test_dated_list_items_table_rows_scores_and_sentences_have_no_stamp_shape(line: str) -> None:
    assert not has_stamp_shape(line)


def test_a_stamp_row_whose_counters_follow_the_date_without_a_separator() -> None:
    # The scraper joined the boxes of the row with spaces, which line repair then squeezed.
    for row, day in [
        ("04.11.2021 18:05 Переглядів: 2 311", dt.date(2021, 11, 4)),
        ("17.03.2022 | 09:20 Oxunub: 1 204", dt.date(2022, 3, 17)),
        ("Опубліковано: 02.06.1995 Випуск 41 Сторінка 3", dt.date(1995, 6, 2)),
        ("Posted 2019/06/11 19:05 IST | Replies (48)", dt.date(2019, 6, 11)),
    ]:
        assert parse_date_line(row, today=TODAY).exact == day, row
    for not_a_stamp in ["3 May 2024 to 5 May 2024", "12.05.2024 Round 5, 2 goals", "Sunday 3 April 2016 May 2016"]:
        assert parse_date_line(not_a_stamp, today=TODAY) is None, not_a_stamp


def test_a_zone_that_begins_like_am_or_pm_is_a_zone() -> None:
    assert parse_date_line("11 Mar 2021 09:15 AMT", today=TODAY).exact == dt.date(2021, 3, 11)
    assert parse_date_line("Ruth Amiel | 2021-03-11 07:00 AMST | 6 min read", today=TODAY).exact == dt.date(2021, 3, 11)
    assert parse_date_line("11 Mar 2021 09:15 a.m.", today=TODAY).exact == dt.date(2021, 3, 11)


def test_one_word_before_a_date_and_a_time_labels_a_stamp() -> None:
    began = parse_date_line("Began 4 October 2020, 07:55 EET (GMT+3) | Reload the feed", today=TODAY)
    assert began is not None and began.exact == dt.date(2020, 10, 4)
    # Without a clock time the word may be the start of a sentence.
    assert parse_date_line("Since 19 September 2023", today=TODAY) is None


def test_a_publication_date_may_stand_beside_any_piece() -> None:
    line = "First published 2019/03/02 · Harbour Notes is a reader-funded magazine"
    assert parse_date_line(line, today=TODAY).exact == dt.date(2019, 3, 2)
    # An unlabelled date beside a sentence is a dated fact, not a stamp.
    assert parse_date_line("2019/03/02 · Harbour Notes is a reader-funded magazine", today=TODAY) is None


def test_the_writer_after_the_date_is_the_author() -> None:
    from newsarchive.clean import find_author, find_dates
    from newsarchive.model import Removal

    line = "Pubblicato il 26/02/2021 alle 18:10 — di Marco Bellini"
    assert parse_date_line(line, today=TODAY).exact == dt.date(2021, 2, 26)
    stamp = Removal("timestamp.edge", "timestamp", 4, line)
    assert find_dates([stamp], None, []).published == dt.date(2021, 2, 26)
    assert find_author([stamp], None) == "Marco Bellini"


def test_the_pages_address_without_its_scheme_dates_it() -> None:
    from newsarchive.clean import find_dates
    from newsarchive.model import Removal

    address = Removal("residue.contact-line", "residue", 1, "harbour-notes.org/coast/2019/03/02/the-last-ferry")
    assert find_dates([address], None, []).published == dt.date(2019, 3, 2)


def test_a_date_before_the_web_is_a_fact_unless_the_line_says_it_was_published() -> None:
    assert parse_date_line("Opened: 14 May 1903", today=TODAY) is None
    assert parse_date_line("18.07.1987", today=TODAY) is None
    assert parse_date_line("Published: 18.07.1987", today=TODAY).exact == dt.date(1987, 7, 18)


def test_a_wikis_last_edited_sentence_is_an_update_stamp() -> None:
    stamp = parse_date_line("This page was last edited on 4 March 2026, at 08:12.", today=TODAY)
    assert (stamp.exact, stamp.label) == (dt.date(2026, 3, 4), "updated")
