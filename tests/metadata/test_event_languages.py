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
