from __future__ import annotations

from tests.debris.helpers import ARTICLE, removed_texts, run


def test_hashtags_tags_reading_time_copyright() -> None:
    text = (
        "4 min read\n" + ARTICLE + "\nTags: transport, city council, budget\n#NightBus #Transport #Budget\n"
        "© 2024 The Riverside Courier. All rights reserved.\n"
    )
    assert removed_texts(text) == {
        "4 min read": "reading-time",
        "Tags: transport, city council, budget": "tags",
        "#NightBus #Transport #Budget": "tags",
        "© 2024 The Riverside Courier. All rights reserved.": "copyright",
    }


def test_generated_fake_bio_and_staff_bio() -> None:
    fake = "Coffee lover. Proud web scholar. Music geek. Zombie fanatic. Extreme travel buff."
    staff = "Anna Kowalski is a senior reporter covering transport and city politics for the Courier."
    assert removed_texts(ARTICLE + fake) == {fake: "bio"}
    assert removed_texts(ARTICLE + "\n" + staff) == {staff: "bio"}


def test_newsletter_and_cookie_prompts() -> None:
    text = (
        ARTICLE
        + "Sign up for our morning newsletter to get the day's headlines.\n"
        + "We use cookies to improve your experience.\nAccept all\n"
    )
    assert set(removed_texts(text).values()) == {"newsletter"}
    assert len(removed_texts(text)) == 3


def test_ad_shortcodes_and_labels() -> None:
    text = "[ad_1]\n" + ARTICLE + "ADVERTISEMENT\n" + ARTICLE + "[adsense]\nStory continues below advertisement\n"
    assert removed_texts(text) == {
        "[ad_1]": "ad",
        "ADVERTISEMENT": "ad",
        "[adsense]": "ad",
        "Story continues below advertisement": "ad",
    }


def test_theme_banner_and_skip_link() -> None:
    text = (
        "Skip to content\nThe Soledad theme is not activated. Please activate your license in the theme options.\n"
        + ARTICLE
    )
    assert set(removed_texts(text).values()) == {"banner"}


def test_body_content_that_looks_like_debris_survives() -> None:
    body = [
        "What happens next",
        "“We will not back down.”",
        "* Unemployment fell to 4.1% in October",
        "Team A 3 1 0 10",
        "Share prices fell 3% on Monday after the company warned that profits would be lower than expected.",
        "Copyright law was at the centre of the dispute, the court heard on Wednesday afternoon.",
    ]
    kept, removed = run(ARTICLE + "\n".join(body) + "\n" + ARTICLE)
    assert removed == []
    assert set(body) <= set(kept)
    for line in body:
        assert line in kept


def test_consent_words_inside_sentences_are_content() -> None:
    body = [
        "El gobierno se negó a aceptar la propuesta de la oposición sobre el presupuesto regional.",
        "O ministro pediu que o presidente assine o decreto antes do fim da semana, disse o porta-voz.",
        "Gli abbonati della rete elettrica pagheranno di meno a partire dal mese di gennaio, secondo il governo.",
        "The minister said she would accept all of the committee's recommendations on cookie labelling rules.",
    ]
    kept, removed = run(ARTICLE + "\n".join(body) + "\n" + ARTICLE)
    assert removed == []
    assert set(body) <= set(kept)


def test_sponsor_labels_and_credits_in_several_languages() -> None:
    for line in [
        "Contenido patrocinado",
        "Materiał sponsorowany",
        "Iklan",
        "Contenuto sponsorizzato: scopri le nuove polizze salute con check-up incluso",
        "In association with Fellside Agricultural Supplies",
        "Official timing partner: Crestline Watches",
        "Support for KWVR comes from Valley Orchard Credit Union, serving members in central Washington since 1952.",
    ]:
        assert removed_texts(ARTICLE + line + "\n" + ARTICLE) == {line: "ad"}, line


def test_reporting_on_sponsorship_is_content() -> None:
    line = "The club said the new stand was sponsored by a local bank, which paid for half of the cost last year."
    assert removed_texts(ARTICLE + line + "\n" + ARTICLE) == {}


def test_newsletter_and_appeal_lines() -> None:
    for line in [
        "Newsletter Cuisine : chaque vendredi, nos recettes de saison dans votre boîte mail.",
        "Assine o Diário do Tejo por 1 € no primeiro mês e leia sem limites.",
        "Our election coverage is free for everyone, paid for by our subscribers. Become one from £1 a week.",
        "Local journalism needs local support. Make a gift to KWVR today.",
        "Follow Riverside Hawks to get goal alerts and final scores",
        "Got a story? Send it to our newsroom using the form below.",
        "Download de WeerNu-app en ontvang een melding bij code oranje in jouw regio",
        "Discover more from The Zoning Ledger",
    ]:
        assert removed_texts(ARTICLE + line + "\n" + ARTICLE) == {line: "newsletter"}, line


def test_news_about_subscriptions_with_a_price_is_content() -> None:
    line = "Visitors who subscribe to the museum's friends scheme, at £35 a year, get free entry to exhibitions."
    assert removed_texts(ARTICLE + line + "\n" + ARTICLE) == {}


def test_a_press_release_boilerplate_about_the_company() -> None:
    about = "Vantor Rail Ltd designs and builds light rail vehicles and provides fleet maintenance services."
    text = ARTICLE + ARTICLE + "About Vantor Rail\n" + about + "\n"
    assert removed_texts(text) == {"About Vantor Rail": "bio", about: "bio"}


def test_reading_time_and_listen_labels_in_other_languages() -> None:
    for line in ["Leestijd 2 minuten", "Ascolta l'articolo", "Artikel vorlesen lassen"]:
        assert removed_texts(line + "\n" + ARTICLE) == {line: "reading-time"}, line


def test_written_by_over_a_long_article_is_a_byline_not_a_bio_box() -> None:
    text = "Hospital cut off by fighting\n" + "Menu\n" * 12 + "Written by Thiri Aung\n" + ARTICLE + ARTICLE
    removed = removed_texts(text)
    assert "Written by Thiri Aung" in removed
    assert not any(line in removed for line in ARTICLE.splitlines())


def test_a_mailing_lists_footer_and_a_sponsor_line() -> None:
    footer = "You are receiving this email because you signed up at a Lenn River Keepers event or on our website."
    assert removed_texts(ARTICLE + footer + "\n") == {footer: "newsletter"}
    sponsor = "Sponsored · Calder Building Society is proud to support the Festival of Light"
    assert removed_texts(ARTICLE + sponsor + "\n" + ARTICLE) == {sponsor: "ad"}


def test_a_cookie_notice_in_dutch_and_its_buttons() -> None:
    notice = "Omroep West-Friesland gebruikt cookies en vergelijkbare technieken om de site goed te laten werken."
    text = notice + "\nAkkoord\nAlleen functionele cookies\n" + ARTICLE
    assert removed_texts(text) == dict.fromkeys([notice, "Akkoord", "Alleen functionele cookies"], "newsletter")


def test_a_live_blogs_headline_is_not_an_alert_strip() -> None:
    headline = "Live: first aid convoys cross into Tigray as the road reopens"
    kept, removed = run("WATCH LIVE: the minister's statement\n\nWorld\n\n" + headline + "\n\n" + ARTICLE)
    assert headline in kept
    assert [r.text for r in removed if r.category == "banner"] == ["WATCH LIVE: the minister's statement"]


def test_the_writers_role_under_a_bare_name_is_not_the_headline() -> None:
    page = (
        "Articles\n\nPeople\n\nLearning\n\nWhat we learned retraining 400 people when our plant closed\n\n"
        "Margit Solheim-Adeyemi\n\nPlant Director at Norrvik Packaging | Manufacturing, workforce transition\n\n"
        "Published Jun 3, 2025\n\n" + ARTICLE
    )
    kept, removed = run(page)
    assert kept[0] == "What we learned retraining 400 people when our plant closed"
    assert {"Articles", "People", "Learning", "Published Jun 3, 2025"} <= {r.text for r in removed}


def test_feedback_prompts_and_page_controls_of_many_sites() -> None:
    for line in [
        "Did this page answer your question?",
        "Hittade du den information du sökte?",
        "How useful was this issue?",
        "Spot an error? Report a typo here.",
        "★★★★☆ 4,1 (58 głosów)",
        "Sidansvarig: Förvaltningen för barn och utbildning",
        "View this issue in your browser",
        "Download (ZIP, 38 MB)",
        "Voir la carte en plein écran",
        "Segui la diretta testuale",
    ]:
        assert removed_texts(ARTICLE + line + "\n" + ARTICLE) == {line: "residue"}, line


def test_ad_labels_in_other_languages() -> None:
    for line in ["Գովազդ", "Publicitate", "რეკლამა", "إعلان", "Sponsorlu"]:
        assert removed_texts(ARTICLE + line + "\n" + ARTICLE) == {line: "ad"}, line


def test_sign_up_boxes_in_other_languages() -> None:
    for line in [
        "Saisissez votre adresse e-mail",
        "Reciba cada mañana las noticias del campo en su correo. Suscríbase gratis a nuestro boletín.",
        "Receba as principais notícias do Litoral no seu WhatsApp. Entre no nosso canal.",
        "Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися новини Запоріжжя.",
    ]:
        assert removed_texts(ARTICLE + line + "\n" + ARTICLE) == {line: "newsletter"}, line


def test_a_letter_s_close_and_signature_are_kept() -> None:
    close = ["With thanks,", "Owen Beale, chair"]
    kept, removed = run(ARTICLE + "\n".join(close) + "\nYou are receiving this email because you signed up.\n")
    assert close[0] in kept and close[1] in kept
    assert len(removed) == 1


def test_recipe_live_and_citation_controls() -> None:
    for line in [
        "★★★★★ 4.8 from 26 votes",
        "Print Recipe",
        "2 new posts – tap to load",
        "Refresh results",
        "Cite this article: Brandt, T. (2024). Polar Notes, 14 May.",
        "Joomla! is Free Software released under the GNU General Public License.",
    ]:
        assert removed_texts(ARTICLE + line + "\n" + ARTICLE) == {line: "residue"}, line


def test_view_counters_news_ids_and_licence_notes() -> None:
    for line in [
        "کد خبر: 1428837",
        "تعداد بازدید: ۳۲۱",
        "Դիտումներ՝ 2341",
        "Baxış sayı: 1 532",
        "Season 4 · Episode 87",
        "Download MP3 (29 MB)",
        "Printed on 14/03/2025 from andeanmonitor.com",
        "This story is licensed under Creative Commons. You may republish it for free with credit.",
    ]:
        assert removed_texts(ARTICLE + line + "\n" + ARTICLE) == {line: "residue"}, line


def test_a_forum_sign_off_and_a_table_s_heading_are_kept() -> None:
    for tail in ["Clear skies, Bernard", "TABELLINO\nMestre | 3 | 25 | 25 | 23\nPadova | 1 | 20 | 22 | 25"]:
        kept, _removed = run(ARTICLE + tail + "\n")
        assert tail.split("\n")[0] in kept, tail


def test_a_reading_time_in_any_wording_under_the_headline() -> None:
    for label in [
        "Olvasási idő nagyjából 4 perc",
        "⏱ roughly a 3-minute read",
        "5-6 minuten",
        "Takes about 4 minutes to read",
    ]:
        text = f"Council extends night buses\n{label}\n" + ARTICLE
        assert removed_texts(text) == {label: "reading-time"}, label


def test_a_headline_that_counts_minutes_is_not_a_reading_time() -> None:
    text = "A 40-minute drive to give birth\nThe maternity unit closes in May.\n" + ARTICLE
    assert removed_texts(text) == {}


def test_a_labelled_row_after_the_article_in_any_language() -> None:
    tail = (
        "\nTeqlər: Füzuli, Böyük Qayıdış, mina təmizləmə\n"
        "Dalintis: Facebook · Messenger · el. paštu\n"
        "شیئر کریں: فیس بک | واٹس ایپ | ایکس\n"
    )
    removed = removed_texts(ARTICLE + tail)
    assert removed == {
        "Teqlər: Füzuli, Böyük Qayıdış, mina təmizləmə": "tags",
        "Dalintis: Facebook · Messenger · el. paštu": "social",
        "شیئر کریں: فیس بک | واٹس ایپ | ایکس": "tags",
    }


def test_a_labelled_row_with_figures_or_a_sentence_is_content() -> None:
    tail = "\nTurnout: 61%, 58%, 49%\nNote: the figures are provisional, the count continues, results follow.\n"
    kept, _ = run(ARTICLE + tail)
    assert "Turnout: 61%, 58%, 49%" in kept
    assert "Note: the figures are provisional, the count continues, results follow." in kept


def test_appeals_for_tips_under_the_article_in_any_language() -> None:
    for line in [
        "Masz temat? Napisz do redakcji lub zadzwoń.",
        "Har du tips til oss? Send SMS eller ring vaktsjefen.",
        "Weet jij meer over dit onderwerp? Mail de redactie.",
    ]:
        assert removed_texts(ARTICLE + line + "\n") == {line: "newsletter"}, line
    # Reported, not asked: the article's own last sentence stays.
    report = "Readers who took pictures of the orange sky can send them to the newsdesk for a gallery on our website."
    assert report in run(ARTICLE + report + "\n")[0]


def test_a_japanese_article_keeps_its_paragraphs_and_headline() -> None:
    paragraphs = [
        "アゼルバイジャン軍は19日、砲撃やドローン攻撃を伴う作戦を開始した。現地当局によると、子どもを含む多数の死傷者が出ており、"
        "数千人の住民が平和維持部隊の拠点周辺に避難している。",
        "カラバフの事実上の当局は、21日にアゼルバイジャン中部の都市エブラフで「再統合」に関する協議が行われると明らかにした。",
        "ステパナケルト在住の男性（38）は電話取材に「地下室から出てよいのかもまだ分からない」と語った。",
    ]
    headline = "ナゴルノ・カラバフで停戦合意　アゼルバイジャンの軍事作戦開始から一日"
    menu = "トップ | 国際 | 政治 | 経済 | 社会 | スポーツ | 動画"
    text = menu + "\n\n" + headline + "\n\n" + "\n\n広告\n\n".join(paragraphs) + "\n"
    kept, _ = run(text)
    assert kept == [" ".join(headline.split()), *paragraphs]
