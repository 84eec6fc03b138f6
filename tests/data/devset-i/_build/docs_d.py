DOCS = []

DOCS.append(dict(num=930, slug="danish_fashion_magazine_repair_trend", lang="da", style="single", noise=0.15,
title="Reparation er det nye sort: Copenhagen Fashion Week satte nålen i",
notes="Danish fashion magazine (visible mending on the catwalk). Debris: cookie notice (newsletter), magazine name, menu and section path (navigation), byline, date-time (timestamp), reading estimate, two photo captions with separate credits, the advert label and a 'shop the look' slot (ad), the 'read also' list (related), the newsletter box, topic tags, the author bio and the copyright/company line. HARD NEGATIVES: standfirst, subheadings, a numbered list of ways to use the trend, quotes from designers, and a sentence inviting readers to send photos of their own repairs.",
body=r"""
nl Vi bruger cookies til at huske dine valg og tælle besøg. Ok til alle · Kun nødvendige
nav STIL & SØM
nav Mode | Skønhed | Livsstil | Bolig | Shopping | Podcast
nav Mode / Fashion Week
T Reparation er det nye sort: Copenhagen Fashion Week satte nålen i
. Lapper, synlige sting og stoppede albuer gik igen på tværs af ugens shows. Vi har talt med designerne om, hvorfor det slidte pludselig er det mest eftertragtede.
by Af Frederikke Holm-Nørgaard
ts Lørdag d. 9. august 2025 · kl. 11.30
rt 5 minutters læsning
. Da Saga Vinther sendte sin første model ud på catwalken i Kødbyen onsdag aften, var jakken hverken ny eller hel. Det var en gammel dansk militærjakke, og begge albuer var lappet med lyserød silke, syet fast med store, bevidst skæve sting. Publikum klappede, før modellen var halvvejs nede ad catwalken.
cap Et look fra Saga Vinthers show: en gammel militærjakke lappet med silke.
cr Foto: Jonas Bech
. Hun var langt fra alene. Mindst syv af ugens shows viste tøj, hvor reparationen ikke var skjult, men var selve pointen: japanske sashiko-sting på denim, strikkede lapper på uldtrøjer og bukser, hvor knæene var forstærket med stof fra gamle dyner.
. Fra nødvendighed til statement
. Synlig reparation er ikke nyt. Mange af os har mødt det hos bedsteforældre, der stoppede sokker, fordi man ikke smed noget ud. Det nye er, at designerne nu bruger teknikken til at fortælle, hvor tøjet kommer fra.
. »Hver lap er et lille arkiv. Når man kan se reparationen, kan man se, at nogen har holdt af tøjet,« siger Saga Vinther.
. Brandet Reværk, som kun bruger overskudsstof, har gået skridtet videre og tilbyder gratis reparation af alt, hvad de har solgt. Medstifter Mads Kjærgaard fortæller, at værkstedet nu modtager omkring 200 stykker tøj om måneden.
. »Folk kommer ikke kun for at få en jakke lappet. De kommer, fordi de vil beholde den,« siger han.
cap Sashiko-sting på et par jeans fra Reværks kollektion.
cr Foto: Reværk / pressefoto
. Sådan bruger du trenden
. 1. Start med et stykke tøj, du elsker, men ikke længere bruger på grund af et hul.
. 2. Vælg en tråd i en kontrastfarve – reparationen skal ses.
. 3. Brug en lap på indersiden og sy gennem begge lag med små forsting.
. 4. Lad det være uperfekt. Det er det, der giver karakter.
. Vi vil meget gerne se jeres egne reparationer, så send et billede til redaktionen, hvis du har lappet noget, du er stolt af.
ad Annonce
ad SHOP LOOKET – Lappet denimjakke fra Reværk, 1.899 kr. → Se i webshoppen
rel Læs også
rel Sådan vasker du uld, så den holder i tyve år
rel De fem danske brands, der lejer tøj ud
nl Ugens modenyt direkte i indbakken hver fredag. Skriv din e-mail og tryk tilmeld.
tag Emner: Copenhagen Fashion Week, bæredygtighed, reparation, denim
bio Frederikke Holm-Nørgaard er moderedaktør på STIL & SØM og skriver om dansk design og cirkulær mode.
cp © STIL & SØM ApS 2025 · CVR 38224107
"""))

DOCS.append(dict(num=931, slug="norwegian_avalanche_warning_lyngen", lang="nb", style="mixed", ws=True,
title="Snøskredvarsel for Lyngen: faregrad 4 – stor",
notes="Norwegian regional avalanche warning page. Debris: site name, menu and a Norwegian/English/North Sámi switch (navigation), the issue stamp (timestamp), the share row (social), the app pitch (newsletter), the forecaster initials (residue), a feedback link (residue), the neighbouring-region warnings list (related), the 'last updated' stamp (timestamp) and the data-licence footer (copyright). HARD NEGATIVES: the validity line, the danger-level line, subheadings, bulleted avalanche problems and advice, a quote from the duty forecaster, and an 'Oppdatering' paragraph.",
body=r"""
nav Skredvarsel Nord
nav Varsler | Kart | Observasjoner | Lær om skred | Om oss
nav Norsk | English | Davvisámegiella
T Snøskredvarsel for Lyngen: faregrad 4 – stor
ts Utstedt torsdag 13. februar kl. 16.00
. Gyldig fra fredag 14. februar kl. 06.00 til lørdag 15. februar kl. 06.00.
. Faregrad: 4 – Stor
. Hovedbudskap
. Kraftig snøfall og sterk vind fra sørvest gir store mengder ny fokksnø i alle himmelretninger over 400 meter. Naturlig utløste skred er sannsynlige, og flere kan bli store nok til å nå dalbunnen. Hold god avstand til bratt terreng, også fra utløpsområdene.
. Skredproblemer
. - Fersk fokksnø: 40–70 cm ny snø siden onsdag, transportert inn i leheng og renner på nord- og østsiden.
. - Vedvarende svakt lag: kantkornet snø under skaren fra januar gjør at skred kan gå dypt og bli større enn ventet.
. - Våte løssnøskred under 300 meter dersom regnet når lenger opp enn meldt.
. Vær
. Det ventes 30–50 mm nedbør fram til lørdag morgen, som snø over om lag 300 meter. Vinden øker til liten storm fra sørvest på fjelltoppene fredag formiddag før den dreier nordvest og avtar på kvelden. Temperaturen i 1000 meter ligger rundt minus fem grader.
. Det har vært flere skred i regionen den siste uken, blant annet et stort flakskred i Kjosen søndag som ble utløst av en skiløper. Han kom seg ut av skredet ved egen hjelp.
. Råd
. - Unngå ferdsel i og under terreng brattere enn 30 grader.
. - Vær oppmerksom på at skred kan nå langt ut i slakt terreng i dalbunnen.
. - Sjekk veimeldingene før du kjører; fylkesveien gjennom Lyngsdalen kan bli stengt på kort varsel.
. – Dette er ikke dagen for å kjøre de bratte rennene, selv om snøen er fristende, sier vakthavende snøskredvarsler Ingrid Bakkevold.
. Oppdatering kl. 21.30: Vi har fått meldinger om to naturlig utløste skred i Lyngsdalen i ettermiddag. Det ene krysset skiløypa ved Storsteinnes. Ingen personer er tatt.
soc Del varselet: Facebook · Kopier lenke
nl Få farevarslene på mobilen – last ned Skredappen for iPhone og Android
res Varselet er skrevet av vakthavende varsler: IBa
res Gi oss tilbakemelding på dette varselet
rel Varsel for nabo-regioner
rel Tromsø: 3 – Betydelig
rel Nord-Troms: 3 – Betydelig
rel Sør-Troms: 2 – Moderat
ts Sist oppdatert 13.02 kl. 21.34
cp © Skredvarsel Nord · Innholdet kan gjenbrukes under Norsk lisens for offentlige data (NLOD)
"""))

DOCS.append(dict(num=932, slug="serbian_portal_missing_persons_dna_identification", lang="sr", style="single", noise=0.15,
title="Центар за идентификацију потврдио идентитет још 37 несталих из ратова деведесетих",
notes="Serbian (Cyrillic) news portal (DNA identification of people missing since the wars of the 1990s, published on the International Day of the Disappeared). Debris: portal name, menu and section label (navigation), author line, date-time (timestamp), read counter (residue), photo caption and credit, the ad label, an inline 'also read' link and the related list, share row (social), tags, the comments header, one reader comment and the comment prompt (comments), and copyright. HARD NEGATIVES: standfirst, a subheading with bulleted figures, quotes from a mother and the centre's director, a sentence about families sharing photos, and an 'Ажурирано:' (updated) paragraph.",
body=r"""
nav Дневни преглед
nav Вести | Политика | Друштво | Хроника | Регион | Култура | Спорт
nav Друштво
T Центар за идентификацију потврдио идентитет још 37 несталих из ратова деведесетих
. На Међународни дан несталих, породице и даље траже одговоре за више од 9.000 људи из бивше Југославије.
by Аутор: Милица Радовановић
ts субота, 30. август 2025. у 12.14
res Прочитано 1.248 пута
. Регионални центар за идентификацију несталих саопштио је данас да је током првих осам месеци ове године ДНК анализом потврђен идентитет 37 особа које су нестале у оружаним сукобима деведесетих година. Посмртни остаци пронађени су на девет локација у Србији, Хрватској и Босни и Херцеговини.
. Према подацима центра, за више од 9.000 људи из свих заједница у региону и даље се не зна где су сахрањени. Већина породица дала је узорке крви још пре двадесет година, а многи родитељи су у међувремену преминули не дочекавши одговор.
cap Узорци костију у лабораторији центра у Београду
cr Фото: ДП / Стефан Илић
. „Тридесет година сам чекала да га сахраним. Сада бар знам где ћу му палити свећу”, рекла је Милева Стојаковић, чији је син нестао 1995. године.
. Шта показују подаци
. - 37 идентификација у 2025. години, 52 у целој прошлој години;
. - 2.180 узорака крви чланова породица у бази центра;
. - око 1.400 неидентификованих посмртних остатака чува се у мртвачницама широм региона.
ad Реклама
. Директор центра Драган Пејић каже да је највећи проблем то што нове масовне гробнице проналазе све ређе, јер живи сведоци старе и умиру. Позвао је све који имају било какво сазнање о местима сахрањивања да се јаве, и нагласио да информације могу остати анонимне.
rel Прочитајте још: Породице несталих поново траже приступ војним архивама
. „Не питамо ко је на којој страни био. Питамо само где су”, рекао је Пејић.
. Удружења породица несталих данас су у Београду, Загребу и Сарајеву одржала комеморативне скупове. Породице су на друштвеним мрежама делиле фотографије својих најближих са натписом „Још чекамо”.
. Ажурирано у 15.40: Центар је у међувремену објавио списак локација на којима ће ове јесени бити обављена ексхумација.
soc Подели: Фејсбук · Вајбер · Икс · имејл
tag Теме: нестали, ДНК, идентификација, ратови деведесетих
com Коментари (4)
com Снежана, Нови Сад · 30.08.2025. у 13.02 — Нека бар неко добије мир. Сви они заслужују гроб.
com Ваш коментар ће бити објављен након провере уредника
rel Из исте рубрике
rel Студенти волонтирају у архиву Црвеног крста
cp © 2025 Дневни преглед. Сва права задржана. Преузимање садржаја уз навођење извора и линка.
"""))

DOCS.append(dict(num=933, slug="bulgarian_agri_bulletin_kazanlak_rose_harvest", lang="bg", style="none", noise=0.1,
title="Розобер 2025: добивът на розов цвят в Казанлъшко е с около 15% по-нисък",
notes="Bulgarian regional agriculture directorate bulletin page (oil-rose harvest). Debris: directorate name, menu, accessibility-version link and breadcrumbs (navigation), the bulletin number (residue), the publication date (timestamp), the PDF link (residue), the e-mail subscription line (newsletter), the share row (social), the visit counter (residue), the EU-project funding notice (banner), the footer link row (navigation) and the copyright line. HARD NEGATIVES: subheadings, a table of yields by village, price lines, bulleted advice, and a sentence about growers sharing data with the directorate.",
body=r"""
nav Областна дирекция „Земеделие“ – Стара Загора
nav Начало | За нас | Услуги | Обяви | Бюлетини | Контакти
nav Версия за хора с увредено зрение
nav Начало / Бюлетини / Агрометеорологичен бюлетин
res Бюлетин № 14 / 2025
T Розобер 2025: добивът на розов цвят в Казанлъшко е с около 15% по-нисък
ts Дата на публикуване: 6 юни 2025 г.
. Кампанията по прибиране на маслодайната роза в Казанлъшко и Павелбанско навлиза в последната си седмица. По предварителни данни средният добив е около 420 кг розов цвят от декар, с около 15% по-малко от миналогодишния.
. Причини за по-ниския добив
. Основната причина са късните слани в нощите на 8 и 9 април, когато температурите паднаха до минус 3 градуса в ниските части на долината. Част от пъпките измръзнаха, а в някои масиви цъфтежът закъсня с десет дни. Сухото и горещо време в края на май съкрати периода на цъфтеж и намали съдържанието на масло в цвета.
. Населено място | Среден добив (кг/дка) | Спрямо 2024 г.
. Шейново | 460 | −11%
. Енина | 430 | −14%
. Розово | 410 | −17%
. Ясеново | 380 | −19%
. Изкупни цени
. Средна изкупна цена на розовия цвят: 4,20 лв./кг (при 3,60 лв./кг през 2024 г.).
. Цена на розовото масло по предварителни договори: от 14 000 до 15 500 лв./кг.
. По-високата цена частично компенсира по-ниския добив, но производителите с малки масиви отчитат, че разходите за ръчен труд са нараснали. Берачите получават между 0,80 и 1 лв. на килограм набран цвят, а в много села вече трудно се намират хора за работа.
. Препоръки към производителите
. - Прибирайте цвета рано сутрин, до 10 часа, когато съдържанието на масло е най-високо.
. - Предавайте набрания цвят в рамките на същия ден, без да го оставяте на слънце.
. - След края на розобера извършете резитба на измръзналите клонки и подхранване с азотни торове.
. Дирекцията благодари на производителите, които споделиха данни за добива от своите масиви. Окончателните резултати ще бъдат публикувани в бюлетин № 16 в края на юни.
res Изтеглете бюлетина във формат PDF (380 KB)
nl Желаете ли да получавате бюлетините по имейл? Оставете адреса си в раздел „Абонамент“.
soc Споделете: Facebook | Viber | Имейл
res Брой посещения на страницата: 612
ban Сайтът е изграден по проект, финансиран от Оперативна програма „Добро управление“, съфинансирана от Европейския съюз.
nav Карта на сайта | Достъпност | Политика за поверителност
cp © 2025 ОДЗ – Стара Загора
"""))

DOCS.append(dict(num=934, slug="malay_portal_night_market_reopens_licensed_stalls", lang="ms", style="single", noise=0.2,
title="Pasar malam Taman Melati dibuka semula dengan 120 tapak berlesen",
notes="Malay-language news portal (a Kuala Lumpur night market reopening under new licensing rules). Debris: the app download prompt (newsletter), portal name and menu (navigation), byline, publication time (timestamp), an unrendered in-article ad shortcode (shortcode), the ad label (ad), photo caption and credit, the related-news list, hashtag line (tags), share row (social), the comment moderation notice and comment prompt (comments) and copyright. HARD NEGATIVES: a bulleted list of new rules, quotes from a trader and a council official, a sentence in which traders say customers share the market on social media, and a 'Kemas kini:' (update) paragraph.",
body=r"""
nl Baca berita terkini lebih pantas di aplikasi SuaraKota. Muat turun percuma di App Store dan Google Play
nav SuaraKota
nav Utama | Nasional | Semasa | Bisnes | Sukan | Hiburan | Video
T Pasar malam Taman Melati dibuka semula dengan 120 tapak berlesen
by Oleh Nurul Syafiqah Azman
ts Disiarkan pada Sabtu, 7 Jun 2025 jam 8.15 malam
. KUALA LUMPUR: Pasar malam Taman Melati yang ditutup selama lima bulan untuk kerja menaik taraf longkang dan jalan dibuka semula malam ini dengan 120 tapak berlesen, berbanding kira-kira 160 gerai sebelum ini.
. Pengarah Jabatan Pelesenan dewan bandaraya, Encik Khairul Anuar Salleh, berkata jumlah tapak dikurangkan supaya laluan kecemasan selebar empat meter dapat dikekalkan di sepanjang pasar.
sc [ads_inarticle_1]
ad IKLAN
. "Dulu kalau ada kebakaran, bomba pun tak boleh masuk. Sekarang kita pastikan ada laluan yang jelas," katanya ketika ditemui di lokasi.
. Antara peraturan baharu yang dikuatkuasakan:
. - setiap peniaga mesti memiliki lesen tapak dan sijil kursus pengendalian makanan yang sah;
. - gerai hanya boleh dibuka dari jam 5 petang hingga 11 malam;
. - penggunaan tong gas perlu diletakkan di luar laluan pejalan kaki;
. - sisa minyak masak mesti diserahkan kepada kontraktor berdaftar dan tidak dibuang ke longkang.
cap Peniaga menyusun barang jualan di pasar malam Taman Melati pada petang Sabtu.
cr Foto: SUARAKOTA / HAFIZ ROSLI
. Peniaga nasi lemak, Puan Rohaya Ismail, 52, berkata dia lega kerana dapat berniaga semula selepas lima bulan bergantung kepada tempahan dalam talian. "Pelanggan tetap saya dah tanya setiap minggu bila pasar nak buka. Ramai yang kongsi berita ini di media sosial sejak semalam," katanya.
. Bagaimanapun, kira-kira 40 peniaga yang tidak mendapat tapak baharu meluahkan rasa kecewa. Sebahagian mereka mendakwa tidak dimaklumkan tentang tarikh permohonan, manakala ada yang gagal melengkapkan dokumen tepat pada masanya.
. Dewan bandaraya memaklumkan bahawa senarai menunggu telah dibuka dan peniaga yang layak akan ditawarkan tapak di pasar malam lain di sekitar Kuala Lumpur.
. Kemas kini: Pada jam 10 malam, pihak dewan bandaraya mengesahkan kesemua 120 tapak telah beroperasi dan tiada kesesakan lalu lintas dilaporkan di jalan utama berhampiran.
rel Berita berkaitan
rel Harga ayam di pasar basah dijangka stabil menjelang Aidiladha
rel Dewan bandaraya tambah 12 laluan basikal di pusat bandar
tag #PasarMalam #KualaLumpur #Peniaga
soc Kongsi artikel ini: WhatsApp | Telegram | Facebook
com Komen yang menyentuh isu kaum dan agama akan dipadam tanpa notis.
com Tinggalkan komen anda di bawah
cp Hak cipta terpelihara © 2025 SuaraKota Media Sdn Bhd
"""))

DOCS.append(dict(num=935, slug="bengali_portal_hilsa_ban_ends_barishal", lang="bn", style="single", ws=True,
title="২২ দিনের নিষেধাজ্ঞা শেষে ইলিশ ধরতে নদীতে জেলেরা",
notes="Bengali (Bangladesh) news portal (fishermen return to the rivers after the annual 22-day hilsa spawning ban). Debris: portal name, menu and section path (navigation), the correspondent byline, the publication date-time (timestamp), photo caption and credit, ad label, the 'আরও পড়ুন' related list, share row (social), tags, the comment prompt (comments), a print/font-size widget (residue) and the copyright/editor footer. HARD NEGATIVES: a dateline-like opening, quotes from a fisherman and a fisheries officer, bulleted facts about the ban, market price lines, and a sentence about fishermen sharing photos of the first catch.",
body=r"""
nav দৈনিক নদীবার্তা
nav প্রচ্ছদ | জাতীয় | সারাদেশ | অর্থনীতি | খেলা | বিনোদন | মতামত
nav সারাদেশ › বরিশাল
T ২২ দিনের নিষেধাজ্ঞা শেষে ইলিশ ধরতে নদীতে জেলেরা
by নিজস্ব প্রতিবেদক, বরিশাল
ts প্রকাশ: সোমবার, ৩ নভেম্বর ২০২৫, রাত ১২:০৫
res 🖨 প্রিন্ট   অ-   অ+
. বরিশাল, ৩ নভেম্বর — মা ইলিশ রক্ষায় ২২ দিনের নিষেধাজ্ঞা শেষ হওয়ার পর মধ্যরাতেই মেঘনা, তেঁতুলিয়া ও কীর্তনখোলা নদীতে জাল নিয়ে নেমেছেন হাজারো জেলে। ভোর হতেই ঘাটগুলোতে ইলিশ নিয়ে ফিরতে শুরু করে ছোট ছোট নৌকা।
. ভোলার তুলাতুলি ঘাটের জেলে আবদুল করিম মাঝি বলেন, "বাইশ দিন বসে ছিলাম, ধারদেনা করে সংসার চালিয়েছি। প্রথম রাতেই পনেরো কেজির মতো মাছ পেয়েছি, আল্লাহর রহমতে ভালো শুরু হলো।"
cap ভোরে ইলিশ নিয়ে তুলাতুলি ঘাটে ফিরছেন জেলেরা
cr ছবি: তানভীর হাসান
. নিষেধাজ্ঞা নিয়ে কিছু তথ্য
. - নিষেধাজ্ঞা ছিল ১৩ অক্টোবর থেকে ৩ নভেম্বর পর্যন্ত;
. - এ সময় দেশের প্রধান প্রজনন এলাকায় ইলিশ ধরা, পরিবহন ও বিক্রি বন্ধ ছিল;
. - নিবন্ধিত প্রতিটি জেলে পরিবার ২৫ কেজি করে চাল সহায়তা পেয়েছে;
. - অভিযানে বরিশাল বিভাগে প্রায় ৯ লাখ মিটার অবৈধ জাল জব্দ করা হয়েছে।
. জেলা মৎস্য কর্মকর্তা নাসরিন সুলতানা বলেন, এবার নিষেধাজ্ঞা মানার হার আগের বছরের চেয়ে বেশি ছিল। তাঁর ভাষায়, "জেলেরা এখন বুঝতে পারছেন, মা ইলিশ ডিম ছাড়তে পারলে সামনের মৌসুমে তাঁদেরই লাভ।"
ad বিজ্ঞাপন
. তবে অনেক জেলে অভিযোগ করেছেন, সরকারি চাল সময়মতো পৌঁছায়নি এবং নিবন্ধনের বাইরে থাকা জেলেরা কোনো সহায়তা পাননি। তাঁদের অনেককে নিষেধাজ্ঞার সময় দাদন ব্যবসায়ীদের কাছ থেকে চড়া সুদে টাকা নিতে হয়েছে।
. সোমবার সকালে বরিশালের পোর্ট রোড পাইকারি বাজারে ইলিশের দাম ছিল এরকম:
. এক কেজি ওজনের ইলিশ: প্রতি মণ ৬৪ থেকে ৬৮ হাজার টাকা
. আধা কেজি ওজনের ইলিশ: প্রতি মণ ৩৮ থেকে ৪২ হাজার টাকা
. নৌ পুলিশ জানিয়েছে, নিষেধাজ্ঞার সময় নদীতে মাছ ধরার অভিযোগে বিভাগজুড়ে দুই শতাধিক জেলেকে আটক করে জরিমানা করা হয়েছে।
. আড়তদাররা জানান, প্রথম দিনে সরবরাহ ভালো হওয়ায় দাম গত সপ্তাহের তুলনায় কিছুটা কম। অনেক জেলে ফেসবুকে প্রথম রাতের ধরা বড় ইলিশের ছবি শেয়ার করেছেন, যা দেখে সকাল থেকেই ঘাটে ক্রেতার ভিড় বাড়ে।
rel আরও পড়ুন
rel চাঁদপুরে জাটকা সংরক্ষণে নতুন অভয়াশ্রম ঘোষণা
rel পটুয়াখালীতে ট্রলারডুবিতে নিখোঁজ তিন জেলে উদ্ধার
soc শেয়ার করুন: ফেসবুক · হোয়াটসঅ্যাপ · মেসেঞ্জার
tag বিষয়: ইলিশ, নিষেধাজ্ঞা, বরিশাল, জেলে
com আপনার মতামত লিখুন — মন্তব্য প্রকাশের দায় মন্তব্যকারীর
cp স্বত্ব © ২০২৫ দৈনিক নদীবার্তা | সম্পাদক ও প্রকাশক: মাহফুজা রহমান
"""))

DOCS.append(dict(num=936, slug="urdu_portal_ravi_literary_festival", lang="ur", style="single", noise=0.1,
title="لاہور میں تین روزہ راوی ادبی میلہ اختتام پذیر، نوجوان قارئین کی بڑی تعداد",
notes="Urdu news portal (a three-day literary festival in Lahore). Debris: portal name and menu (navigation), section label, byline, publication date (timestamp), photo caption and credit, the ad label, the related list, share row (social), tags, the comments header and comment form prompt (comments), the writer's bio and copyright. HARD NEGATIVES: a bulleted list of sessions, a short interview excerpt with 'سوال:' and 'جواب:' speaker labels, a quote from the organiser, and a sentence about visitors sharing videos of the mushaira.",
body=r"""
nav روزنامہ شہرِ سخن
nav صفحہ اول | پاکستان | دنیا | کاروبار | کھیل | ادب و ثقافت | ویڈیو
nav ادب و ثقافت
T لاہور میں تین روزہ راوی ادبی میلہ اختتام پذیر، نوجوان قارئین کی بڑی تعداد
by تحریر: سعدیہ افتخار
ts اشاعت: پیر 24 فروری 2025
. لاہور میں تین روز تک جاری رہنے والا راوی ادبی میلہ اتوار کی شام ایک بڑے مشاعرے کے ساتھ اختتام کو پہنچ گیا۔ منتظمین کے مطابق اس سال میلے میں پچاس ہزار سے زائد افراد نے شرکت کی، جن میں بڑی تعداد کالجوں اور جامعات کے طلبہ کی تھی۔
. میلے میں اردو، پنجابی اور انگریزی ادب پر ساٹھ سے زائد نشستیں ہوئیں۔ کتابوں کے اسٹالوں پر دن بھر رش رہا اور کئی ناشرین نے بتایا کہ ان کی نئی کتابیں پہلے ہی دن ختم ہو گئیں۔
cap میلے کے آخری روز مشاعرے میں شریک سامعین
cr فوٹو: شہرِ سخن / عمران بٹ
. میلے کی چند نمایاں نشستیں:
. - "اردو ناول کا نیا قاری کون ہے؟"
. - پنجابی صوفی شاعری پر گفتگو اور کلام
. - بچوں کے لیے کہانی سنانے کی نشست
. - ترجمے کے ذریعے عالمی ادب تک رسائی
. ناول نگار فرحت جبین کی نشست میں سوال و جواب کا سلسلہ خاص طور پر دلچسپ رہا۔
. سوال: کیا نوجوان واقعی اردو ناول پڑھ رہے ہیں؟
. جواب: جتنا ہم سمجھتے ہیں اس سے کہیں زیادہ۔ فرق صرف یہ ہے کہ وہ کتاب فون پر بھی پڑھتے ہیں اور کاغذ پر بھی۔
ad اشتہار
. میلے کے منتظم احسن قریشی نے کہا کہ "ہمیں سب سے زیادہ خوشی اس بات کی ہے کہ سب سے بھرے ہوئے ہال وہ تھے جہاں شاعری ہو رہی تھی۔"
. اختتامی مشاعرے میں ملک بھر سے پچیس شعرا نے کلام سنایا۔ بہت سے حاضرین نے مشاعرے کی ویڈیوز سوشل میڈیا پر شیئر کیں، اور کئی اشعار رات گئے تک موضوعِ گفتگو بنے رہے۔
. منتظمین نے اعلان کیا کہ آئندہ سال میلہ چار روزہ ہوگا اور اس میں علاقائی زبانوں کے لیے الگ ہال مختص کیا جائے گا۔
rel مزید پڑھیں
rel کراچی میں کتابوں کا عالمی میلہ، ناشرین کی شکایات
rel معروف افسانہ نگار کے خطوط پر مشتمل کتاب شائع
soc شیئر کریں: فیس بک | واٹس ایپ | ایکس
tag ٹیگز: ادبی میلہ، لاہور، اردو ادب، مشاعرہ
com تبصرے (6)
com اپنا تبصرہ یہاں لکھیں۔ ادارے کا تبصرہ نگار کی رائے سے متفق ہونا ضروری نہیں۔
bio سعدیہ افتخار روزنامہ شہرِ سخن کے ادبی صفحے کی مدیر ہیں اور اردو فکشن پر لکھتی ہیں۔
cp جملہ حقوق محفوظ ہیں © 2025 روزنامہ شہرِ سخن
"""))

DOCS.append(dict(num=937, slug="amharic_portal_school_reopens_after_war", lang="am", style="single", noise=0.15,
title="በጦርነቱ የተጎዳው የአባ ገሪማ አንደኛ ደረጃ ትምህርት ቤት ከሦስት ዓመታት በኋላ ተከፈተ",
notes="Amharic news portal (a primary school in North Wollo reopened after being damaged in the war in northern Ethiopia). Debris: portal name, menu with language link and section label (navigation), byline, date (timestamp), photo caption and credit, ad label, related list, share row (social), tags, e-mail sign-up (newsletter), comment prompt (comments) and copyright. HARD NEGATIVES: a dateline in the first paragraph, a subheading with bulleted rebuilding facts, quotes from the head teacher and a pupil, and a sentence about parents being asked to share photos of the opening day.",
body=r"""
nav አዲስ ድምፅ ዜና
nav መነሻ | ዜና | ፖለቲካ | ኢኮኖሚ | ማኅበራዊ | ስፖርት | English
nav ማኅበራዊ
T በጦርነቱ የተጎዳው የአባ ገሪማ አንደኛ ደረጃ ትምህርት ቤት ከሦስት ዓመታት በኋላ ተከፈተ
by በሄለን ተስፋዬ
ts ማክሰኞ፣ ጥቅምት 11 ቀን 2018 ዓ.ም.
. ወልዲያ፣ ሰሜን ወሎ — በሰሜን ኢትዮጵያ በተካሄደው ጦርነት ወቅት ክፉኛ የተጎዳው የአባ ገሪማ አንደኛ ደረጃ ትምህርት ቤት ከሦስት ዓመታት በላይ ተዘግቶ ከቆየ በኋላ ባለፈው ሰኞ በይፋ ተከፍቷል።
. በአካባቢው በተደረገው ውጊያ የትምህርት ቤቱ ሁለት ሕንፃዎች፣ ቤተ መጻሕፍቱ እና የመጸዳጃ ቤቶቹ ወድመዋል። መስኮቶች እና በሮች ተሰብረው፣ መጻሕፍት እና ወንበሮች ተዘርፈው ነበር። ጦርነቱ ካበቃ በኋላም ትምህርት ቤቱ ለረጅም ጊዜ ለተፈናቃዮች መጠለያ ሆኖ አገልግሏል።
. የትምህርት ቤቱ ርዕሰ መምህር አቶ ታደሰ ወርቁ እንደተናገሩት፣ በመጀመሪያው ቀን ከ600 በላይ ተማሪዎች ተመዝግበዋል። ከጦርነቱ በፊት ትምህርት ቤቱ ወደ 1,100 የሚጠጉ ተማሪዎች ነበሩት።
cap ተማሪዎች በአዲሱ የመማሪያ ክፍል ውስጥ በመጀመሪያው ቀን
cr ፎቶ፡ ዳዊት መኮንን
. «ልጆቹ ወደ ክፍል ሲገቡ ስናይ ብዙዎቻችን አለቀስን» ብለዋል አቶ ታደሰ።
. የመልሶ ግንባታው ዋና ዋና ነጥቦች
. - ስምንት አዳዲስ የመማሪያ ክፍሎች ተገንብተዋል፤
. - 400 ወንበሮች እና 2,500 የመማሪያ መጻሕፍት ተገዝተዋል፤
. - የንፁህ ውሃ ቧንቧ እና አዲስ መጸዳጃ ቤቶች ተሠርተዋል፤
. - ለተማሪዎች የሥነ ልቦና ድጋፍ የሚሰጥ አማካሪ ተቀጥሯል።
ad ማስታወቂያ
. የመልሶ ግንባታው ወጪ ወደ 18 ሚሊዮን ብር የሚጠጋ ሲሆን፣ ወጪውን የክልሉ ትምህርት ቢሮ፣ የአካባቢው ማኅበረሰብ እና አንድ ዓለም አቀፍ የበጎ አድራጎት ድርጅት በጋራ ሸፍነውታል። የአካባቢው ነዋሪዎች ድንጋይ በማቀበል እና የቀን ሥራ በነፃ በመሥራት ተሳትፈዋል።
. ብዙ ተማሪዎች ለሦስት ዓመታት ያህል ከትምህርት ርቀው በመቆየታቸው፣ ትምህርት ቤቱ በዚህ ዓመት ለአራተኛ እና ለአምስተኛ ክፍል ተማሪዎች የማካካሻ ትምህርት ይሰጣል። አንዳንድ ልጆች ማንበብ እና መጻፍ እንደረሱ መምህራን ይናገራሉ። አንዳንዶቹ ደግሞ በጦርነቱ ወቅት ያዩትን ነገር እስካሁን መርሳት አልቻሉም።
. የአምስተኛ ክፍል ተማሪዋ ሰላም አበበ «አሁን እንደገና ዶክተር የመሆን ሕልም አለኝ» ስትል ተናግራለች።
. የወላጆች ኮሚቴ ሰብሳቢ ወ/ሮ አልማዝ ደሳለኝ፣ ወላጆች የመክፈቻውን ቀን ፎቶዎች በማኅበራዊ ሚዲያ እንዲያጋሩ ጥሪ ቀርቦላቸው እንደነበር ገልጸዋል። ዓላማውም ከአካባቢው ተሰደው ያሉ ቤተሰቦች ትምህርት ቤቱ መከፈቱን አውቀው ልጆቻቸውን ይዘው እንዲመለሱ ለማበረታታት ነው ብለዋል።
. የዞኑ ትምህርት መምሪያ እንዳስታወቀው፣ በዞኑ አሁንም ከ40 በላይ ትምህርት ቤቶች ሙሉ በሙሉ አልተጠገኑም። መምሪያው በሚቀጥለው ዓመት ቢያንስ አሥራ አምስቱን ለመክፈት ዕቅድ መያዙን ገልጿል።
rel ተዛማጅ ዜናዎች
rel በሰሜን ወሎ የጤና ጣቢያዎች መልሶ ግንባታ ተጀመረ
rel ተፈናቃዮች ወደ ቀያቸው መመለስ ጀመሩ
soc ያጋሩ፦ Facebook | Telegram | X
tag መለያዎች፦ ትምህርት፣ ሰሜን ወሎ፣ መልሶ ግንባታ
nl ዕለታዊ ዜናዎችን በኢሜይል ለማግኘት አድራሻዎን እዚህ ያስመዝግቡ
com አስተያየትዎን ያጋሩ
cp © 2025 አዲስ ድምፅ ዜና። መብቱ በሕግ የተጠበቀ ነው።
"""))

DOCS.append(dict(num=938, slug="catalan_portal_castellers_first_3d9f", lang="ca", style="mixed", ws=True,
title="Els Xiquets de la Riera descarreguen el primer 3 de 9 amb folre de la seva història",
notes="Catalan regional news portal (human-tower 'castells' day). Debris: cookie bar (newsletter), portal name, menu and section label (navigation), byline, date-time (timestamp), reading estimate, photo caption and credit, ad label, 'you may also like' list (related), share row (social), comment count with log-in notice (comments), tags and the copyright/legal line. HARD NEGATIVES: result lines for each colla with castell notation, a subheading, a quote from the cap de colla, a sentence about videos shared by spectators, and an 'Actualització:' paragraph.",
body=r"""
nl Aquest web fa servir galetes pròpies i de tercers. Acceptar-les totes · Rebutjar · Configurar
nav El Pilar Digital
nav Portada | Actualitat | Cultura | Castells | Esports | Opinió | Agenda
nav Castells
T Els Xiquets de la Riera descarreguen el primer 3 de 9 amb folre de la seva història
by Text: Marta Puigdollers i Ferrer
ts diumenge, 5 d'octubre de 2025 · 20.47 h
rt Lectura de 3 minuts aproximadament
. La plaça de la Vila va esclatar a les sis i vint minuts de la tarda, quan l'enxaneta dels Xiquets de la Riera, una nena de vuit anys, va fer l'aleta al capdamunt del primer 3 de 9 amb folre de la història de la colla. El castell es va descarregar net, sense cap tremolor visible, davant de prop de quatre mil persones.
. La colla, fundada el 1994, feia tres temporades que assajava la construcció i l'havia carregat sense descarregar-la a la diada de la Mercè de l'any passat.
cap El 3 de 9 amb folre dels Xiquets de la Riera, just abans que l'enxaneta fes l'aleta
cr Foto: Jordi Vallverdú
. «Ho hem treballat durant tres anys amb molta paciència. Avui tothom ha fet exactament el que tocava», va dir el cap de colla, Pere Ballester.
. Resultats de la diada
. Xiquets de la Riera: 3d9f, 4d8, 2d8f i pilar de 6
. Colla Vella de Vilafont: 4d9f, 3d8, 5d7 i pilar de 5
. Castellers del Pont Nou: 3d8, 4d8 (carregat), 2d7 i pilar de 5
. La Colla Vella de Vilafont, que va actuar en primer lloc, va obrir la diada amb un 4 de 9 amb folre molt sòlid i es va mantenir com la colla amb la millor actuació global, però el protagonisme de la jornada va ser per als Xiquets.
ad Publicitat
. Els Castellers del Pont Nou, en plena renovació de la pinya, van haver de conformar-se a carregar el 4 de 8, que es va desmuntar en baixar els dosos.
. Molts espectadors van compartir vídeos del 3 de 9 a les xarxes socials pocs minuts després de la descàrrega, i a la nit ja s'havien vist més de cent mil vegades.
. Actualització: La Coordinadora de Colles ha confirmat a última hora que el castell compta oficialment com a descarregat.
rel També et pot interessar
rel La temporada castellera bat rècord de castells de nou
rel Les colles demanen més suport per als assajos d'hivern
soc Comparteix: WhatsApp · Telegram · X · Facebook
com Comentaris (5) · Cal iniciar sessió per comentar
tag Etiquetes: castells, Xiquets de la Riera, diades
cp © 2025 El Pilar Digital · Avís legal · Política de galetes
"""))

DOCS.append(dict(num=939, slug="lithuanian_portal_white_stork_census", lang="lt", style="single", noise=0.15,
title="Gandrų surašymas: Lietuvoje suskaičiuota beveik 13 tūkstančių lizdų",
notes="Lithuanian nature news portal (national white stork census). Debris: portal name, menu and section label (navigation), byline, publication time (timestamp), photo caption and credit, ad label, related list, share row (social), the comment counter, one comment and the comment prompt (comments), tags and copyright. HARD NEGATIVES: standfirst, bulleted figures by county, a quote from an ornithologist, a sentence about residents sharing photos of nests, and a 'Patikslinimas:' (correction) paragraph.",
body=r"""
nav Gamtos žinios
nav Pradžia | Naujienos | Gamta | Mokslas | Kelionės | Renginiai
nav Gamta
T Gandrų surašymas: Lietuvoje suskaičiuota beveik 13 tūkstančių lizdų
. Savanoriai ir ornitologai per du mėnesius apžiūrėjo tūkstančius kaimų. Gandrų daugiau nei prieš dešimtmetį, tačiau jie vis dažniau renkasi ne medžius, o elektros stulpus.
by Autorė: Rūta Jankauskaitė
ts Paskelbta liepos 18 d., penktadienį, 9.42 val.
. Baltųjų gandrų surašymas, kuris Lietuvoje atliekamas kas dešimt metų, parodė, kad šalyje šiemet buvo 12 870 užimtų gandralizdžių. Tai maždaug 6 procentais daugiau nei per ankstesnį surašymą.
. Surašyme dalyvavo beveik 900 savanorių: mokytojai, moksleiviai, ūkininkai ir pensininkai. Jie važinėjo po savo apylinkes, žymėjo lizdus žemėlapyje ir skaičiavo juose esančius jauniklius.
cap Gandrų šeima lizde ant elektros stulpo netoli Biržų
cr Nuotr. Mindaugo Petrausko
. Daugiausia lizdų rasta šiose apskrityse:
. - Panevėžio apskrityje – 2 140;
. - Šiaulių apskrityje – 1 980;
. - Kauno apskrityje – 1 760;
. - Vilniaus apskrityje – 1 310.
. Ornitologas Darius Vaitkevičius pabrėžia, kad Lietuvoje gandrų tankumas yra vienas didžiausių Europoje. „Gandrams čia tinka šlapios pievos ir nedideli ūkiai, kur dar daug varlių ir vabzdžių. Kol tokių pievų išliks, išliks ir gandrai“, – sako jis.
ad Reklama
. Vis dėlto surašymas parodė ir nerimą keliančių ženklų. Beveik du trečdaliai lizdų dabar yra ant elektros stulpų, o ne ant medžių ar pastatų stogų. Energetikai kasmet kelia dalį lizdų ant specialių platformų, kad paukščiai nenukentėtų nuo elektros srovės.
. Be to, kai kuriose vietovėse sumažėjo jauniklių skaičius lizde. Ornitologai tai sieja su sausu pavasariu, kai pievose trūko maisto, ir su pievų virtimu ariama žeme.
. Surašymo rezultatai bus perduoti Europos ornitologų organizacijoms, kurios lygina gandrų skaičių skirtingose šalyse. Kitas surašymas numatytas po dešimties metų, tačiau ornitologai siūlo kai kuriuose rajonuose lizdus tikrinti dažniau.
. Daug gyventojų per surašymą dalijosi savo kiemuose esančių lizdų nuotraukomis, ir jos padėjo patikslinti kelis šimtus anksčiau nežinomų lizdų vietų.
. Patikslinimas: ankstesnėje straipsnio versijoje buvo nurodyta, kad surašymo savanorių buvo daugiau nei tūkstantis. Tikslus skaičius – 896.
rel Susiję straipsniai
rel Kodėl gandrai vis dažniau žiemoja Ispanijoje?
rel Ūkininkai kviečiami saugoti šlapias pievas
soc Dalintis: Facebook · Messenger · el. paštu
com Komentarai (31)
com Jonas iš Biržų · prieš 2 val. — Pas mus ant to paties stulpo jau dvidešimt metų tas pats lizdas.
com Parašykite komentarą
tag Žymos: gandrai, paukščiai, surašymas, gamta
cp © Gamtos žinios, 2025. Kopijuoti be raštiško sutikimo draudžiama.
"""))
