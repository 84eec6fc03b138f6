from dsl import doc

doc(216, "nl_fietspad_dorpsweg", """
navigation|Regio
T|Gemeente legt vrijliggend fietspad aan langs de Dorpsweg
byline|Door Pieter de Vries
timestamp|Vandaag, 14:32
P|De gemeente Westerveen gaat dit najaar een vrijliggend fietspad aanleggen langs de Dorpsweg tussen het centrum en de nieuwbouwwijk Klaverhoek. De gemeenteraad stemde dinsdagavond in met een krediet van 2,4 miljoen euro.
P|Op de smalle weg rijden dagelijks ruim zesduizend auto's en honderden scholieren op weg naar het Reviuscollege. Ouders klagen al jaren over gevaarlijke situaties, vooral in de donkere wintermaanden. Vorig jaar raakte een twaalfjarige fietser zwaargewond bij een aanrijding met een bestelbus.
P|"Eindelijk," zegt Marloes Bakker, die namens de buurtvereniging honderden handtekeningen verzamelde. "We hebben hier vijf jaar over gepraat. Nu gaat de schop de grond in."
ad|Advertentie
P|Het nieuwe fietspad wordt drie meter breed en komt aan de oostkant van de weg, gescheiden van de rijbaan door een grasstrook met bomen. Voor de aanleg moeten acht oude populieren wijken; de gemeente belooft er zestien nieuwe bomen voor terug te planten.
P|Wethouder Sander Koster verwacht dat de werkzaamheden in oktober beginnen en voor de zomervakantie van volgend jaar klaar zijn. Tijdens de bouw blijft de Dorpsweg open voor autoverkeer, maar geldt er een maximumsnelheid van 30 kilometer per uur.
P|De provincie betaalt de helft van de kosten uit een subsidiepot voor veilige schoolroutes.
related|Lees ook:
related|Bewoners boos over kap van eiken bij sportpark
related|Nieuwe busverbinding naar station vanaf december
social|Deel dit artikel
comments|Reageer
""", notes="Dutch regional site, no blank lines. 'Door ...' byline and a relative 'Vandaag, 14:32' timestamp, "
  "'Advertentie' label mid-article, 'Lees ook:' related block, a share prompt and a lone 'Reageer' comment link.")

doc(217, "pl_protest_rolnikow", """
navigation|Wiadomości › Kraj
T|Rolnicy zablokowali drogę krajową pod Płońskiem. Protest potrwa do wieczora
timestamp|15.02.2024 10:24

P|Kilkaset ciągników od rana blokuje drogę krajową nr 50 w okolicach Płońska. Rolnicy z powiatów płońskiego, ciechanowskiego i sierpeckiego protestują przeciwko niskim cenom zbóż i napływowi taniej żywności spoza Unii Europejskiej.

caption|Ciągniki na drodze krajowej nr 50 pod Płońskiem
credit|Fot. Tomasz Nowak / Gazeta Mazowiecka

P|– Sprzedajemy pszenicę poniżej kosztów produkcji. Nawozy, paliwo, prąd, wszystko podrożało, a za tonę dostajemy mniej niż trzy lata temu – mówi Andrzej Kowalczyk, który gospodaruje na 60 hektarach pod Raciążem.

P|Policja wyznaczyła objazdy przez drogi powiatowe. Kierowcy ciężarówek muszą liczyć się z opóźnieniami sięgającymi nawet dwóch godzin. Służby przepuszczają przez blokadę karetki i autobusy szkolne.

ad|REKLAMA

P|Organizatorzy domagają się spotkania z ministrem rolnictwa i wprowadzenia skuteczniejszej kontroli jakości produktów przywożonych z zagranicy. Zapowiadają, że jeśli ich postulaty nie zostaną spełnione, w przyszłym tygodniu zablokują także drogę ekspresową S7.

P|To już trzeci protest rolników w regionie od początku roku. W styczniu ciągniki blokowały rondo w Ciechanowie, a na początku lutego kilkudziesięciu gospodarzy przyjechało pod urząd wojewódzki w Warszawie. Przedstawiciele izby rolniczej podkreślają, że sytuacja w gospodarstwach zbożowych jest najtrudniejsza od lat, a wiele z nich nie ma już gdzie przechowywać zeszłorocznych zbiorów.

P|Protest ma potrwać do godziny 18. Według policji przebiega spokojnie.

related|Czytaj także: Ceny zbóż najniższe od trzech lat. Rolnicy liczą straty
social|Udostępnij
comments|Komentarze (3)
comments|gość_marek
comments|15.02.2024, 11:02
comments|Popieram rolników, ale czemu znowu w godzinach szczytu?
comments|Odpowiedz
comments|Ewa z Ciechanowa
comments|15.02.2024, 11:40
comments|Mój ojciec też tam stoi od szóstej rano. Trzymajcie się!
comments|Odpowiedz
""", notes="Polish regional portal. Caption + 'Fot. ...' credit line, 'REKLAMA' upper-case ad label, 'Czytaj także:' inline "
  "teaser, comments with nicknames, dd.mm.yyyy, hh:mm dates and 'Odpowiedz' reply links. Dialogue paragraph opening with "
  "an en dash ('– Sprzedajemy...') is article text, not a bullet.")

doc(218, "ru_studencheskij_sputnik", """
navigation|Главная / Наука
T|Студенческий спутник «Волга-3» выведен на орбиту
timestamp|22 марта 2024, 16:40
social|Поделиться
P|Наноспутник «Волга-3», созданный студентами Приволжского технического университета, успешно выведен на солнечно-синхронную орбиту высотой около 550 километров. Аппарат стартовал в составе попутной нагрузки вместе с ещё полутора десятками малых спутников.
P|Первый сигнал с борта был принят наземной станцией университета через 94 минуты после отделения от разгонного блока. По словам руководителя проекта Ирины Савельевой, все системы работают в штатном режиме, солнечные панели раскрылись.
P|«Три года ребята собирали этот аппарат буквально своими руками — от платы управления до антенн», — рассказала Савельева.
P|Спутник размером с пакет молока весит около трёх килограммов. Его главная задача — испытание малогабаритной камеры для съёмки облачного покрова и отработка системы ориентации, разработанной на кафедре прикладной механики. Снимки будут доступны школьникам региона в рамках образовательной программы.
P|Управление полётом ведётся из учебного центра, оборудованного на крыше главного корпуса. Дежурство у антенн по очереди несут студенты второго и третьего курсов: спутник проходит над регионом четыре-пять раз в сутки, и каждый сеанс связи длится не больше десяти минут. За это время нужно успеть принять телеметрию и передать на борт новые команды.
P|В проекте участвовали более 40 студентов и аспирантов. Университет планирует запустить следующий аппарат серии в 2026 году.
related|Читайте также
related|В регионе откроют детский технопарк с центром космических технологий
related|Школьники приняли сигнал с МКС с помощью самодельной антенны
social|📢 Подписывайтесь на наш Telegram-канал
copyright|© «Новости Приволжья», 2024. При перепечатке ссылка на источник обязательна.
""", notes="Russian regional news in Cyrillic, no blank lines. Slash breadcrumb, date with time, share word, 'Читайте также' "
  "related block, emoji Telegram follow prompt, copyright with reprint condition.")

doc(219, "comet_close_approach", """
navigation|Space
T|Comet passes within 0.2 AU of Earth, offering rare binocular view

caption|Comet C/2024 K3 photographed from the Atacama Desert on Nov. 2, its ion tail stretching across the frame.
caption|Comet C/2024 K3 photographed from the Atacama Desert, its ion tail stretching across the frame
credit|Image: ESO/F. Navarro

P|A comet discovered only seven months ago made its closest approach to Earth early on Monday, passing at a distance of about 0.2 astronomical units, or roughly 30 million kilometers.

P|Comet C/2024 K3 reached perigee at 03:14 UTC on Nov. 4, according to the Minor Planet Center. For the next week it should remain visible in binoculars from dark sites in the Northern Hemisphere, low in the northwest after sunset.

P|Amateur astronomers have been tracking a steady brightening since late October. Reports submitted to observing networks put its magnitude near 5.5, just above the threshold for naked-eye visibility under ideal skies.

credit|Image: NASA/JPL-Caltech

P|Orbital calculations suggest the comet last passed through the inner solar system roughly 6,000 years ago. Its nucleus is estimated to be between two and four kilometers across.

P|"What makes this one special is the ion tail," said Dr. Samira Khalil, a planetary scientist at the University of Leeds. "In long exposures you can see it twisting as gusts in the solar wind hit it. That tells us about conditions in space weather almost in real time."

P|The comet will fade quickly after mid-November as it moves away from both the Sun and Earth. Observers are advised to find the constellation Serpens, use a star chart, and let their eyes adapt to the dark for at least 20 minutes.
""", notes="Science story. Caption followed by a near-duplicate alt text (date clause dropped, no final period) and an "
  "'Image: ESO/...' credit; later a lone credit line 'Image: NASA/JPL-Caltech' for a diagram. HARD NEGATIVE: an exact "
  "time and date inside a sentence ('at 03:14 UTC on Nov. 4').")

doc(220, "i80_whiteout_pileup", """
navigation|BREAKING NEWS
T|Two killed, five injured in pileup on I-80 during whiteout
timestamp|3 hours ago
P|Two people were killed and five others injured Thursday morning when at least 23 vehicles collided on Interstate 80 east of Laramie during a sudden snow squall, the Wyoming Highway Patrol said.
P|The crash happened around 9:40 a.m. near milepost 329, where wind gusts of more than 50 mph reduced visibility to near zero within minutes. Both directions of the interstate were closed for more than six hours.
caption|Tractor-trailers sit jackknifed across the eastbound lanes of Interstate 80 on Thursday. Wyoming Highway Patrol via AP
P|Ray Soto, a long-haul trucker who had pulled onto the shoulder a quarter mile back, said he heard the collisions before he could see anything: a crunch, a pause, then a rapid series of impacts.
P|Then silence.
P|"That was the worst part," Soto said. "Nobody was honking. You just heard engines running and you didn't know who was in what."
P|The patrol said the two people who died were in a passenger car that was struck by a semitrailer. Their names had not been released pending notification of relatives. Five people were taken to Ivinson Memorial Hospital, two of them with serious injuries.
P|Road conditions had been reported as slick in spots but open to all traffic shortly before the squall moved in. The state transportation department has installed variable speed limit signs along the corridor, and officials said they would review whether those signs had been updated in time.
timestamp|Updated 2:41 p.m.
comments|Comments
comments|TruckerTom
comments|Thursday, 1:15 PM
comments|That stretch between Laramie and Rawlins is the worst in the country in winter. Prayers for the families.
comments|Reply
comments|sarah_in_cheyenne
comments|Thursday, 1:52 PM
comments|Please slow down out there. No load is worth it.
comments|Reply
""", notes="Accident story with an upper-case section label, relative timestamp at the head and an 'Updated' timestamp at "
  "the tail before the comments. Caption with agency credit in the same line. HARD NEGATIVE: the two-word paragraph "
  "'Then silence.' must be kept. Comment dates ('Thursday, 1:15 PM') belong to the comment section.")

doc(221, "highlands_ceasefire_talks", """
byline|By Meridian Wire staff
B|   
P|GENEVA, May 2 (Meridian) — Negotiators for the government of Neravia and the Free Highlands Movement ended a fourth round of talks on Thursday without agreeing on a ceasefire, but said they would return next month to discuss a mechanism for monitoring a truce in the northern provinces.
P|The talks, hosted by the Swiss government, were the first in which both delegations met face to face rather than through mediators. Fighting in the highlands has displaced an estimated 600,000 people since the conflict reignited in 2022.
P|"We are not there yet."
P|That was the assessment of the lead mediator, former Ghanaian diplomat Kwame Asante, speaking to reporters after the final session. He said the two sides had agreed on the need for international monitors but remained divided over their mandate and over which roads would be opened for humanitarian convoys.
P|Sticking points
P|The government wants rebel units to withdraw from three district capitals before any ceasefire takes effect. The Free Highlands Movement says withdrawal must follow, not precede, the deployment of monitors and the release of detainees.
P|Aid agencies have warned that the coming rainy season will cut off many highland villages by road until October. The World Food Programme said last week that it had been able to reach fewer than half of the people it had planned to assist in April.
P|Diplomats said the agreement to keep meeting was itself a modest achievement after a third round in March collapsed within a day.
byline|Reporting by Lena Hart; Editing by Tom Reyes
banner|Our Standards: The Meridian Wire Trust Principles.
""", notes="Wire story scraped WITHOUT a headline (title null): the first clean line is the dateline paragraph. "
  "A whitespace-only line after the byline. HARD NEGATIVES: the one-line quote 'We are not there yet.' (in quotation marks) as its own "
  "paragraph and the short subheading 'Sticking points'. Tail: reporting/editing credit line (byline) and a standards "
  "notice (banner). Fictional conflict.")

doc(222, "chirpr_removes_like_counts", """
navigation|Tech
social|Follow us
T|Chirpr to hide public like counts and remove share buttons in app overhaul
timestamp|09 May 2024
social|👁 3,208 views

P|The social network Chirpr said on Thursday that it will stop displaying like counts on public posts and replace its share buttons with a single "pass along" option, the biggest redesign of the app since it launched in 2019.

P|Share buttons currently let users repost to their own feed, send a post in a private message or copy a link. Under the new design, all three will be folded into one menu that appears only after a user taps and holds a post.

P|Follow counts will remain visible on profiles, the company said, because creators and brands rely on them to negotiate sponsorship deals. Like counts will still be visible to the author of a post.

P|Comments will also change. Replies from accounts a user does not follow will be collapsed by default, a feature Chirpr tested in Brazil and Indonesia last year and says reduced reports of harassment by 18 percent.

P|"We want people to post because they have something to say, not because they are chasing a number," chief product officer Lina Moreau said in a blog post.

P|Some creators were skeptical. Several popular accounts said hiding likes would make it harder to tell which posts resonate, and analysts noted that Instagram ran a similar experiment in 2019 before making hidden counts optional.

P|The changes will roll out to users in Canada and Australia first, starting May 20, before a global release planned for the summer.

social|Facebook
social|X
social|LinkedIn
social|Reddit
social|Copy link
""", notes="Article whose SUBJECT is a social network. HARD NEGATIVES: paragraphs beginning 'Share buttons...', 'Follow counts...' "
  "and 'Comments will also change.' must be kept, while genuine widgets ('Follow us', '👁 3,208 views', one-per-line network "
  "names at the tail) are removed.")

doc(223, "eu_cookie_banner_rules", """
newsletter|We value your privacy
newsletter|We and our 214 partners store and access information on your device, such as cookies, to personalise content and ads and to measure audience.
newsletter|Accept all
newsletter|Reject all
newsletter|Manage preferences
navigation|Europe
T|Regulators say 'Reject all' must be as easy to find as 'Accept all'
byline|By Sofia Lindqvist, Brussels correspondent

P|Data protection authorities from 14 European countries said on Wednesday that websites must make refusing cookies as easy as accepting them, in joint guidance that could force changes to consent banners on millions of sites.

P|Under the guidance, a cookie banner that offers an "Accept all" button on its first screen must also offer a "Reject all" option of the same size, colour and prominence. Burying the refusal option behind a "More options" link or a second layer of settings will be treated as a breach.

P|Cookies that are strictly necessary to provide a service, such as those that remember the contents of a shopping basket or keep a user logged in, are exempt from the consent requirement.

P|The authorities also criticised banners that pre-tick boxes for "legitimate interest" processing and those that use green for acceptance and grey for refusal. Such design choices, they said, steer users towards an outcome the law does not allow companies to presume.

P|Advertising industry groups said the guidance went beyond the text of the law and would reduce revenue for publishers that depend on targeted ads. Consumer organisations welcomed it and urged regulators to begin enforcement quickly.

P|The guidance is not legally binding in itself, but national authorities said they would use it as a reference in investigations, several of which are already under way.

newsletter|Sign up for Brussels Briefing, our free weekday newsletter on EU policy.
newsletter|Enter your email
newsletter|Sign up
copyright|All content © EuroDesk Media 2024
""", notes="Article ABOUT cookie banners sitting under a real cookie banner. HARD NEGATIVES: paragraphs quoting "
  "'Accept all' / 'Reject all' and starting with 'Cookies that are strictly necessary...' and 'Advertising industry groups...'. "
  "The real consent banner lines (including the bare 'Accept all' / 'Reject all' buttons) and the newsletter box are removed.")
