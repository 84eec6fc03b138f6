"""The default catalog tags reports in Armenian, Georgian, Persian, Arabic, Polish, Turkish and
Ukrainian as it tags English ones: the region's names put them on topic, each episode's own words
(and the publication date) tell which episode."""

from __future__ import annotations

import datetime as dt

import pytest

from newsarchive.metadata.events import load_catalog, tag_event

CATALOG = load_catalog()

# (language, text, publication day, expected event)
REPORTS = [
    (
        "pl",
        "Trzydzieści lat od rozejmu w Górskim Karabachu\n"
        "Równo trzydzieści lat temu w Górskim Karabachu ucichły działa. Zawieszenie broni, zawarte po "
        "podpisaniu protokołu biszkeckiego, zakończyło pierwszą wojnę o enklawę.\n"
        "Weterani pamiętają rozejm z 1994 r. inaczej: dla jednych to zwycięstwo, dla innych upokorzenie.",
        dt.date(2024, 5, 12),
        "nk-war-1988-1994",
    ),
    (
        "hy",
        "Ադրբեջանը ռազմական գործողություններ է սկսել Լեռնային Ղարաբաղում\n"
        "Ադրբեջանը հայտարարել է Արցախում «տեղային բնույթի հակաահաբեկչական միջոցառումներ» սկսելու մասին։ "
        "Ստեփանակերտը և շրջակա գյուղերը ենթարկվում են հրետակոծության, կան զոհեր։\n"
        "Բաքուն պահանջում է Արցախի պաշտպանության բանակի լիակատար զինաթափում։",
        dt.date(2023, 9, 19),
        "azerbaijan-offensive-2023-09",
    ),
    (
        "ka",
        "მთიან ყარაბაღში ომი სამმხრივი განცხადებით დასრულდა\n"
        "44-დღიანი ომის შემდეგ სომხეთის პრემიერმა, აზერბაიჯანის და რუსეთის პრეზიდენტებმა სამმხრივ "
        "განცხადებას მოაწერეს ხელი. შეთანხმება შუშის აღების შემდეგ ორი დღის თავზე გაფორმდა, "
        "ყარაბაღში რუსი სამშვიდობოები შევლენ.",
        dt.date(2020, 11, 10),
        "nk-war-2020",
    ),
    (
        "fa",
        "ادامه محاصره قره\u200cباغ\n"
        "دالان لاچین، تنها جاده\u200cای که قره\u200cباغ را به ارمنستان وصل می\u200cکند، بیش از یک ماه است که "
        "به دست گروهی که خود را فعالان محیط زیست می\u200cنامند بسته شده است.\n"
        "کمیته بین\u200cالمللی صلیب سرخ تنها نهادی است که بیماران را از این مسیر منتقل می\u200cکند.",
        dt.date(2023, 1, 15),
        "lachin-blockade-2022-2023",
    ),
    (
        "ar",
        "نزوح جماعي من ناغورني كاراباخ\n"
        "عبر عشرات الآلاف من اللاجئين الأرمن إلى مدينة غوريس في أرمينيا خلال أيام، فيما ارتفعت حصيلة "
        "انفجار مستودع وقود قرب ستيباناكيرت إلى أكثر من 170 قتيلا.",
        dt.date(2023, 9, 28),
        "nk-exodus-dissolution-2023",
    ),
    (
        "pl",
        "Blokada korytarza laczyńskiego trwa już miesiąc\n"
        "Tak zwani ekoaktywiści blokują jedyną drogę łączącą Górski Karabach z Armenią. W Stepanakercie "
        "brakuje żywności i leków, a chorych przewozi jedynie Międzynarodowy Komitet Czerwonego Krzyża.",
        dt.date(2023, 1, 12),
        "lachin-blockade-2022-2023",
    ),
    (
        "tr",
        "Karabağlı Ermeniler bölgeyi terk ediyor\n"
        "On binlerce kişi Laçin koridorundan geçerek Ermenistan'ın Goris kentine ulaştı. Hankendi yakınlarındaki "
        "akaryakıt deposunda meydana gelen patlamada ölenlerin sayısı 170'i aştı. Ayrılıkçı lider Samvel "
        "Şahramanyan, yapıların yıl sonuna kadar feshedilmesine ilişkin kararnameyi imzaladı.",
        dt.date(2023, 9, 28),
        "nk-exodus-dissolution-2023",
    ),
    (
        "uk",
        "Азербайджан розпочав антитерористичні заходи в Нагірному Карабаху\n"
        "Баку вимагає повного роззброєння вірменських формувань і розпуску місцевої влади. "
        "У Степанакерті лунають вибухи, повідомляють про загиблих серед мирного населення.",
        dt.date(2023, 9, 19),
        "azerbaijan-offensive-2023-09",
    ),
]


@pytest.mark.parametrize(("language", "text", "day", "event"), REPORTS, ids=[r[0] for r in REPORTS])
def test_a_report_in_another_language_gets_its_episode(language: str, text: str, day: dt.date, event: str) -> None:
    tag = tag_event(text, day, day, CATALOG)
    assert tag.event_id == event
    assert tag.evidence[0].startswith("terms: ")


def test_a_dated_armenian_report_on_the_fighting_belongs_to_the_episode_of_its_date() -> None:
    # No term of the 2020 war's own: the date and the words of fighting decide it.
    text = (
        "Արցախում շարունակվում են մարտական գործողությունները\n"
        "Ղարաբաղյան ճակատում ամբողջ գիշեր ընթացել են մարտական գործողություններ, կան զոհեր և վիրավորներ։\n"
        "Ստեփանակերտը կրկին ենթարկվել է հրետակոծության, Հայաստանում հայտարարված է զորահավաք։"
    )
    day = dt.date(2020, 10, 4)
    assert tag_event(text, day, day, CATALOG).event_id == "nk-war-2020"
    assert tag_event(text, dt.date(2019, 3, 1), dt.date(2019, 3, 1), CATALOG).event_id is None


NOT_ABOUT_AN_EPISODE = [
    (
        "tr",
        "Karabağ, Şampiyonlar Ligi'nde gruplara kaldı\n"
        "Azerbaycan temsilcisi Karabağ, play-off turu rövanş maçında konuk ettiği rakibini 2-1 yendi.\n"
        "Teknik direktör Gurban Gurbanov, oyuncularının ikinci yarıdaki performansından memnun olduğunu söyledi.",
        dt.date(2023, 9, 20),
    ),
    (
        "ka",
        "ყარაბაღი ეროვნულ ლიგაში\n"
        "ქართველმა ნახევარმცველმა აზერბაიჯანის ჩემპიონ ყარაბაღთან სამწლიანი კონტრაქტი გააფორმა.\n"
        "კლუბი მომავალ სეზონს ჩემპიონთა ლიგის საკვალიფიკაციო ეტაპით დაიწყებს.",
        dt.date(2023, 9, 20),
    ),
    (
        "fa",
        "افزایش صادرات گاز ایران\n"
        "ایران و جمهوری آذربایجان قرارداد سوآپ گاز به نخجوان را تمدید کردند و ارمنستان نیز خواستار افزایش "
        "واردات گاز در برابر برق شد.\n"
        "به گفته مقامات، حجم مبادلات تجاری در سال جاری بیست درصد رشد داشته است.",
        dt.date(2023, 9, 20),
    ),
    (
        "pl",
        "Armenia i Azerbejdżan w jednej grupie eliminacji Euro\n"
        "Losowanie w Zurychu przydzieliło Armenię i Azerbejdżan do tej samej grupy. "
        "Pierwszy mecz odbędzie się w Erywaniu w marcu, rewanż w Baku we wrześniu.",
        dt.date(2022, 10, 9),
    ),
]


@pytest.mark.parametrize(("language", "text", "day"), NOT_ABOUT_AN_EPISODE, ids=[r[0] for r in NOT_ABOUT_AN_EPISODE])
def test_sport_and_business_in_another_language_get_no_event(language: str, text: str, day: dt.date) -> None:
    assert tag_event(text, day, day, CATALOG).event_id is None
    assert tag_event(text, None, None, CATALOG).event_id is None


# Reports that name no term of their episode: the date and the words of fighting decide, in scripts
# written without spaces (matched inside words) and in languages whose words inflect.
DATED_REPORTS = [
    (
        "ja",
        "ステパナケルトで砲撃続く\n"
        "ナゴルノ・カラバフの中心都市ステパナケルトでは砲撃が続き、住民は地下室に避難している。当局によると死者が出ている。",
        dt.date(2020, 10, 5),
        "nk-war-2020",
    ),
    (
        "ko",
        "카라바흐 휴전 합의\n나고르노카라바흐에서 교전이 이어진 끝에 양측이 휴전에 합의했다. 포격으로 사망자가 늘었다.",
        dt.date(2023, 9, 20),
        "azerbaijan-offensive-2023-09",
    ),
    (
        "he",
        "הפגזות בסטפנקרט\nבנגורנו-קרבאך נמשכת הלחימה; לפי הדיווחים יש הרוגים ופצועים רבים.",
        dt.date(2020, 10, 10),
        "nk-war-2020",
    ),
    (
        "cs",
        "Náhorní Karabach bez plynu\n"
        "Blokáda Lačinského koridoru trvá. Obyvatelé Karabachu čekají na příděly a zranění se nedostanou "
        "do nemocnic v Arménii.",
        dt.date(2023, 1, 20),
        "lachin-blockade-2022-2023",
    ),
]


@pytest.mark.parametrize(("language", "text", "day", "event"), DATED_REPORTS, ids=[r[0] for r in DATED_REPORTS])
def test_a_dated_report_that_names_no_term_gets_the_episode_of_its_date(
    language: str, text: str, day: dt.date, event: str
) -> None:
    assert tag_event(text, day, day, CATALOG).event_id == event
    assert tag_event(text, None, None, CATALOG).event_id is None


def test_a_japanese_football_report_on_qarabag_is_about_no_episode() -> None:
    text = (
        "カラバフが首位に浮上\n"
        "アゼルバイジャンのカラバフは本拠地で3対1と勝利し、リーグ首位に立った。監督は若手の活躍をたたえた。"
    )
    assert tag_event(text, dt.date(2023, 9, 20), dt.date(2023, 9, 20), CATALOG).event_id is None
