DOCS = []

DOCS.append(dict(num=971, slug="sq_tirana_korsite_biciklete", lang="sq", style="single", noise=0.1,
title="Tirana shton 14 kilometra korsi biçikletash deri në verë",
notes="Albanian news portal (new cycle lanes in Tirana). Debris: portal name, menu, breaking-news ticker (residue), section label, author and date/time, photo caption and credit, an inline 'lexo edhe'-style link rephrased (related), ad label, share row, tags, 'më të lexuarat' list, comment prompt, and footer. HARD NEGATIVES: a standfirst, a list of streets, quotes and a subheading.",
body=r"""
nav Tirana Sot
nav Lajme   Politikë   Ekonomi   Kulturë   Sport   Bota
res LAJM I FUNDIT ▸ Moti: shira të pritshme gjatë fundjavës në veri të vendit
nav Kryeqyteti
T Tirana shton 14 kilometra korsi biçikletash deri në verë
. Bashkia thotë se rrjeti i ri do të lidhë lagjet periferike me qendrën, por çiklistët kërkojnë më shumë siguri në kryqëzime.
by Nga Elira Hoxha
ts 11 shkurt 2026, 10:05
cap Një çiklist kalon në korsinë e re në Rrugën e Elbasanit.
cr Foto: Arben Lala
. Bashkia e Tiranës njoftoi të mërkurën se deri në qershor do të ndërtohen 14 kilometra korsi të reja për biçikleta, duke e çuar rrjetin e kryeqytetit në mbi 60 kilometra. Punimet kanë nisur tashmë në dy rrugë dhe do të vazhdojnë në fazat e ardhshme gjatë pranverës.
. Rrugët ku do të ndërtohen korsitë:
. – Rruga e Kavajës, nga sheshi Skënderbej deri te Unaza e Madhe;
. – Rruga e Dibrës, deri në Spitalin Universitar;
. – Bulevardi Zogu I, në të dy drejtimet;
. – lidhja me Parkun e Liqenit nga Rruga e Elbasanit.
rel Mund t'ju interesojë: Autobusët elektrikë nisin linjën e aeroportit
. Sipas bashkisë, numri i njerëzve që përdorin biçikletën për të shkuar në punë është trefishuar që nga viti 2015. Megjithatë, shumë prej tyre ankohen se korsitë ekzistuese ndërpriten papritur ose zihen nga makinat e parkuara.
ad Reklamë
. Kërkesat e çiklistëve
. „Korsitë janë të mira, por problemi është te kryqëzimet. Aty makinat nuk të shohin dhe nuk të lënë të kalosh", tha Dritan Meta, anëtar i shoqatës Tirana me Biçikletë. Shoqata kërkon semaforë të veçantë për biçikletat dhe gjoba më të larta për parkimin në korsi.
. Zëvendëskryetarja e bashkisë, Anila Shehu, tha se policia bashkiake do të rrisë kontrollet dhe se në kryqëzimet kryesore do të vendosen shtylla ndarëse. „Qëllimi ynë është që një fëmijë dhjetëvjeçar të mund të shkojë me biçikletë në shkollë pa frikë", tha ajo.
. Projekti kushton rreth 3.2 milionë euro dhe financohet pjesërisht nga një grant europian për transportin e qëndrueshëm. Bashkia planifikon gjithashtu të shtojë 40 stacione të reja për biçikleta me qira në lagjet Kombinat, Laprakë dhe Selitë.
soc Shpërndaje: Facebook | X | WhatsApp
tag Etiketa: Tirana, biçikleta, transporti
rel Më të lexuarat
rel Çmimet e qirave në Tiranë rriten me 12 për qind
rel Teatri Kombëtar shpall sezonin e ri
com Lini një koment
cp © 2026 Tirana Sot. Të gjitha të drejtat e rezervuara.
"""))

DOCS.append(dict(num=972, slug="mk_ohrid_pastrmka_mrestilishte", lang="mk", style="double", noise=0.1, trailing_blank=True,
title="Охридската пастрмка се враќа: рекорден број млади пуштени во езерото",
notes="Macedonian regional news site (Ohrid trout restocking). Debris: site name, menu, section, date and author, a reading-time line, photo caption and credit, inline 'поврзано'-style link rephrased (related), ad label, share row, tags, a 'најново' list, and footer copyright. HARD NEGATIVES: a standfirst, a numbers list, quotes, and a sentence about the fishing ban dates.",
body=r"""
nav Охрид Инфо
nav Вести   Регион   Економија   Култура   Спорт
nav Регион
T Охридската пастрмка се враќа: рекорден број млади пуштени во езерото
. Рибниот завод во Охрид годинава пушти повеќе од половина милион млади пастрмки, најмногу во последните дваесет години.
ts 20.02.2026 · 12:40
by Автор: Марија Стојановска
rt 3 мин. читање
cap Вработени во мрестилиштето ги пуштаат младите пастрмки кај Св. Наум.
cr Фото: Охрид Инфо
. Охридската пастрмка, позната и како летница, живее само во Охридското Езеро. Во деведесеттите години нејзиниот број драстично опадна поради прекумерен риболов и затворање на дел од мрестилиштата. Од 2004 година важи целосна забрана за стопански риболов на пастрмката.
. Годинава Хидробиолошкиот завод пушти 520.000 млади риби на пет локации околу езерото, од Св. Наум до Струга.
. Бројки:
. – 520.000 млади пастрмки пуштени во езерото
. – 5 локации за пуштање
. – 1,2 милиони оплодени икри во мрестилиштето
rel Прочитајте повеќе на оваа тема: Рибарите од Струга бараат дозвола за мрежи
. „Ова е најдобрата година откако работам тука. Водата беше ладна и чиста, а икрите добро се развиваа", изјави биологот Зоран Спировски, кој работи во мрестилиштето од 1998 година.
ad Реклама
. Сепак, стручњаците предупредуваат дека пуштањето млади риби не е доволно. Езерото се загадува од отпадните води од селата околу него, а крадењето риба со мрежи продолжува, особено во зимските месеци кога пастрмката се мрести во плитка вода.
. Мрестилиштето е отворено и за посетители. Секоја година стотици ученици од Охрид и Струга доаѓаат да видат како се собираат икрите и како растат младите риби во базените, а вработените им објаснуваат зошто пастрмката е толку важна за езерото.
. Забраната за секаков риболов на пастрмка важи од 1 декември до 28 февруари, а инспекторите велат дека годинава заплениле над 40 нелегални мрежи.
. „Пастрмката е симбол на Охрид исто колку и црквите", рече градоначалникот на Охрид. „Ако ја изгубиме, губиме дел од себе." Општината планира летово да отвори едукативен центар кај мрестилиштето, каде што учениците ќе можат да го следат развојот на рибите од икра до пуштање во езерото.
soc Сподели: Facebook · Viber · X
tag Ознаки: Охрид, пастрмка, екологија
rel Најново
rel Летната сезона во Охрид ќе започне порано
cp © 2026 Охрид Инфо. Сите права задржани.
"""))

DOCS.append(dict(num=973, slug="af_karoo_droogte_boere_vee", lang="af", style="single", noise=0.1,
title="Karoo-boere verkoop vee namate droogte sy vierde jaar ingaan",
notes="Afrikaans agricultural weekly website (drought in the Karoo). Debris: publication name, menu, section, author and date, caption and credit, a subscriber-only banner (banner), an inline 'lees ook'-style link rephrased (related), ad label, share row, tags, comment header with two comments, and footer. HARD NEGATIVES: a standfirst, rainfall table, a quote, and subheading.",
body=r"""
nav Plaas & Veld
nav Nuus   Vee   Gewasse   Markte   Weer   Tegnologie
ban Intekenaar-artikel
nav Vee
T Karoo-boere verkoop vee namate droogte sy vierde jaar ingaan
. In die Sentraal-Karoo het baie boere reeds die helfte van hul kuddes verkoop, en die voerkoste styg steeds.
by Deur Marietjie van der Merwe
ts 13 Februarie 2026
cap Skape by 'n leë damwal op die plaas Rietfontein naby Beaufort-Wes.
cr Foto: Hennie Steyn
. Op die plaas Rietfontein, sowat dertig kilometer buite Beaufort-Wes, het Kobus Louw in 2021 nog 1 800 Dorperskape gehad. Vandag loop daar minder as 700 op die veld. Die res is verkoop, die meeste teen pryse wat skaars die koste van die voer gedek het.
. "Jy verkoop nie omdat jy wil nie, jy verkoop omdat daar niks is om te vreet nie," sê Louw. "En elke dier wat jy verkoop, is 'n dier wat jy eendag weer sal moet koop."
. Reënval by Beaufort-Wes (millimeter)
. Langtermyngemiddeld: 240
. 2022: 118
. 2023: 97
. 2024: 131
. 2025: 88
rel Meer hieroor: Regering kondig droogtehulp vir Wes-Kaap aan
. Die prys van lusernbale het in die afgelope jaar met byna veertig persent gestyg, en baie boere koop nou voer van so ver as die Vrystaat. Vervoerkoste maak die voer nog duurder.
ad Advertensie
. Hulp en planne
. Die provinsiale departement van landbou het in Januarie 'n tweede rondte droogtehulp aangekondig. Boere kan aansoek doen vir voerkoepons ter waarde van tot R30 000 per plaas. Landbou-organisasies sê egter dat die bedrag te klein is en dat die aansoekproses te lank neem.
. Sommige boere probeer nuwe maniere. Op 'n buurplaas het Annemarie Fourie begin om haar skape in kleiner kampe te laat wei en die veld langer te laat rus. "Die veld herstel vinniger as jy dit uitmekaar laat," sê sy. "Maar sonder reën help niks regtig nie."
. Die Suid-Afrikaanse Weerdiens voorspel gemiddelde reënval vir die herfs, maar boere in die Karoo sê hulle glo dit eers as die damme vol is.
soc Deel: Facebook · WhatsApp · E-pos
tag Sleutelwoorde: droogte, Karoo, skaapboerdery
com Kommentaar (2)
com Piet K. · 13 Feb 2026 — Dieselfde storie hier by Loxton. Sterkte aan almal.
com Ronel du Toit · 14 Feb 2026 — Dankie vir 'n eerlike artikel.
cp © 2026 Plaas & Veld Media (Edms.) Bpk.
"""))

DOCS.append(dict(num=974, slug="sw_rutshuru_wakimbizi_warejea_mashamba", lang="sw", style="mixed", noise=0.1,
title="Familia zilizokimbia vita Rutshuru zarejea kulima mashamba yao",
notes="Swahili-language news site of a regional radio network (conflict aftermath: displaced families returning to farm in eastern DR Congo). Debris: site name, menu, section, date and author lines, an audio player label (caption), photo credit, inline related link, ad label, share row, tags, 'habari zaidi' list, comment prompt, and footer. HARD NEGATIVES: standfirst, list of seed distribution figures, quotes, a subheading and a sentence about returnees sharing information by radio.",
body=r"""
nav Sauti ya Maziwa Makuu
nav Habari   Siasa   Uchumi   Michezo   Redio Mubashara
nav Kivu Kaskazini
T Familia zilizokimbia vita Rutshuru zarejea kulima mashamba yao
. Baada ya miezi kumi na minane katika kambi karibu na Goma, maelfu ya familia wanarudi vijijini kupanda maharagwe na mahindi kabla ya msimu wa mvua.
ts Februari 16, 2026
by Na Josephine Mukamana, Rutshuru
cap 🎧 Sikiliza ripoti hii (4:12)
cr Picha: Sauti ya Maziwa Makuu
. Katika kijiji cha Kiwanja, wilayani Rutshuru, Mama Furaha Bahati anapanda maharagwe katika shamba ambalo hakuliona kwa karibu miaka miwili. Alikimbia na watoto wake watano mapigano yalipofika kijijini mwaka 2024, na kuishi katika kambi ya wakimbizi wa ndani karibu na Goma.
. "Tulipofika tulikuta nyumba imevunjwa na shamba limejaa magugu," anasema. "Lakini ardhi ni ile ile. Tukipanda leo, tutakula baada ya miezi mitatu."
. Kwa mujibu wa mashirika ya misaada, zaidi ya familia 12,000 zimerejea katika vijiji vya Rutshuru tangu Desemba, baada ya hali ya usalama kuimarika kiasi katika eneo hilo.
rel Soma pia habari hii: Shule za Kiwanja zafunguliwa tena
. Mbegu zilizogawanywa hadi sasa:
. – tani 180 za maharagwe
. – tani 95 za mahindi
. – majembe 9,000 na panga 4,500
ad Tangazo
. Changamoto bado ni nyingi
. Wakulima wanasema bado kuna hatari ya mabomu ambayo hayajalipuka mashambani, hasa karibu na barabara kuu. Timu za kutegua mabomu zimefika katika vijiji vitatu tu kati ya kumi na moja. Pia, baadhi ya familia zimekuta watu wengine wakiishi katika nyumba zao, jambo ambalo limesababisha migogoro ya ardhi.
. Kiongozi wa kijiji, Mzee Jean-Bosco Habimana, anasema kamati ya wazee inasuluhisha migogoro hiyo kwa mazungumzo. "Tunataka amani ya kweli, si amani ya bunduki," anasema.
. Shule mbili za msingi kijijini zimefunguliwa tena mwezi huu, na walimu wanasema idadi ya wanafunzi inaongezeka kila wiki kadiri familia zinavyorejea.
. Wakazi wengi hupata taarifa kuhusu usalama na misaada kupitia redio za jamii, na husimuliana habari hizo sokoni na kanisani. Shirika la chakula linapanga kuendelea kugawa mbegu hadi mwisho wa Machi.
soc Shiriki: Facebook · WhatsApp · X
tag Lebo: Rutshuru, wakimbizi, kilimo
rel Habari zaidi
rel Bei ya mkaa yapanda Goma
rel Timu ya wanawake ya Bukavu yashinda kombe
com Toa maoni yako
cp © 2026 Sauti ya Maziwa Makuu. Haki zote zimehifadhiwa.
"""))

DOCS.append(dict(num=975, slug="tl_barangay_pampublikong_aklatan", lang="tl", style="single", noise=0.1,
title="Barangay sa Marikina, nagbukas ng aklatang bukas hanggang hatinggabi",
notes="Tagalog community news site (a barangay library open until midnight for students). Debris: site name, menu, section label, author/date line, a sponsored-content strip (ad), caption and credit, inline related link, share counter and row (social), tags, 'pinakabagong balita' list, Facebook comments plugin header (comments), footer. HARD NEGATIVES: standfirst, opening hours, list of rules, quotes.",
body=r"""
nav Balitang Silangan
nav Balita   Lokal   Edukasyon   Showbiz   Palakasan
nav Lokal
T Barangay sa Marikina, nagbukas ng aklatang bukas hanggang hatinggabi
. Para sa mga estudyanteng walang tahimik na lugar sa bahay para mag-aral, may bagong pagpipilian sa Barangay Malanday.
by Ni Kristine dela Cruz | Pebrero 10, 2026
cap Mga estudyante sa loob ng bagong aklatan ng Barangay Malanday, Lunes ng gabi.
cr Kuha ni Paolo Santos
. Binuksan noong Lunes ang pampublikong aklatan ng Barangay Malanday sa Marikina, na bukas hanggang alas-dose ng hatinggabi mula Lunes hanggang Biyernes. Ito ang unang aklatan sa lungsod na may ganitong oras.
. Ayon kay Kapitan Rodel Mendoza, maraming kabataan sa barangay ang nakatira sa maliliit na bahay na may lima o anim na kasama, kaya mahirap mag-aral sa gabi. "Nakikita namin sila sa labas ng convenience store, nag-aaral sa ilalim ng ilaw ng poste. Hindi dapat ganoon," sabi niya.
. Oras ng aklatan:
. Lunes hanggang Biyernes: 2:00 ng hapon hanggang 12:00 ng hatinggabi
. Sabado: 9:00 ng umaga hanggang 6:00 ng gabi
rel Basahin din: Libreng sakay para sa mga estudyante, pinalawig hanggang Hunyo
. May apatnapung upuan ang aklatan, dalawampung computer na may internet, at libreng kape pagkatapos ng alas-nuwebe ng gabi. Ang mga libro ay galing sa donasyon ng mga residente at ng isang pribadong unibersidad sa lungsod.
. Mga patakaran sa aklatan:
. 1. Kailangang magpakita ng ID ng paaralan o barangay.
. 2. Bawal ang malakas na pag-uusap pagkatapos ng alas-otso.
. 3. Ang mga menor de edad ay susunduin ng magulang kung lampas alas-diyes.
. Natuwa ang mga estudyante. "Dati, pagdating ko sa bahay, maingay na at wala na akong mapuwestuhan," sabi ni Janelle Reyes, 17, isang Grade 12 na estudyante. "Dito, tahimik at malamig pa."
. Ayon sa librarian na si Gng. Teresita Bautista, halos puno na ang aklatan pagsapit ng alas-siyete ng gabi sa unang linggo pa lamang.
. Plano ng barangay na gawing bukas din tuwing Sabado ng gabi ang aklatan bago ang panahon ng mga pagsusulit sa Marso, kung may sapat na boluntaryong bantay.
ad Sponsored: Mag-aral nang mas mabilis gamit ang bagong laptop mula sa TechHub — hanggang 20% off!
soc 1.4K shares
soc Ibahagi sa Facebook   Ibahagi sa X   Kopyahin ang link
tag Mga tag: Marikina, aklatan, edukasyon, kabataan
rel Pinakabagong balita
rel Baha sa Tumana, humupa na
com 23 komento · Facebook Comments Plugin
sc [fbcomments url="" width="100%" count="off" num="5"]
cp © 2026 Balitang Silangan. Lahat ng karapatan ay nakalaan.
"""))

DOCS.append(dict(num=976, slug="mt_festa_nar_fabbrika_sigurta", lang="mt", style="double", ws=True, noise=0.1,
title="Għaqdiet tan-nar jaqblu fuq regoli ġodda ta' sigurtà qabel l-istaġun tal-festi",
notes="Maltese news portal (fireworks factory safety rules ahead of the village feast season). Debris: portal name, menu, section, date/time, author, caption and credit, inline related link rephrased, ad label, share row, tags, 'l-aktar moqrija' list, comments header, and footer. HARD NEGATIVES: standfirst, list of new rules, quotes, subheading.",
body=r"""
nav Il-Leħen tal-Gżira
nav Aħbarijiet   Lokali   Sport   Kultura   Opinjoni
nav Lokali
T Għaqdiet tan-nar jaqblu fuq regoli ġodda ta' sigurtà qabel l-istaġun tal-festi
. Wara snin ta' diskussjoni, il-kmamar tan-nar f'Malta u Għawdex se jkollhom jimxu ma' regoli ġodda mill-ewwel ta' Mejju.
ts 15 ta' Frar 2026, 09:50
by Minn Maria Camilleri
cap Dilettanti jippreparaw murtali fil-kamra tan-nar ta' Ħaż-Żebbuġ.
cr Ritratt: Kevin Borg
. Il-Federazzjoni tal-Għaqdiet tan-Nar u l-Pulizija laħqu ftehim dwar sett ta' regoli ġodda ta' sigurtà għall-kmamar tan-nar, fejn jiġu mħejjija l-murtali u n-nar tal-art għall-festi tal-irħula. Il-ftehim ġie ffirmat nhar il-Ħamis wara laqgħa twila fil-Furjana.
. Ir-regoli l-ġodda jinkludu:
. – massimu ta' sitt persuni fl-istess kamra tax-xogħol;
. – taħriġ obbligatorju ta' 40 siegħa għal kull dilettant ġdid;
. – ħażna separata għall-porvli, 'il bogħod mill-kmamar tax-xogħol;
. – spezzjoni mill-Pulizija darbtejn fis-sena.
rel Fuq l-istess suġġett: Iċ-ċerimonja tat-tifkira tal-vittmi tal-isplużjonijiet
ad Reklam
. Għal ħafna rħula, in-nar huwa parti essenzjali mill-festa. Iżda fl-aħħar għoxrin sena, aktar minn għoxrin persuna mietu f'isplużjonijiet f'kmamar tan-nar, u diversi familji jgħidu li r-regoli kienu ilhom meħtieġa.
. Reazzjonijiet
. "Aħna ma rridux nitilfu t-tradizzjoni, iżda lanqas ma rridu nitilfu aktar ħbieb," qal Joseph Micallef, president ta' għaqda tan-nar f'Ħaż-Żebbuġ. Huwa qal li l-għaqda tiegħu diġà bdiet tibni kamra ġdida tal-ħażna b'fondi mill-membri.
. Xi għaqdiet iżgħar, madankollu, jgħidu li l-ispejjeż ta' bini ġdid jistgħu jkunu kbar wisq għalihom. Il-Gvern wiegħed skema ta' għajnuna ta' €1.5 miljun biex jgħin lill-għaqdiet jaġġornaw il-faċilitajiet tagħhom.
. Il-Pulizija qalet li se żżid l-ispezzjonijiet f'Marzu u April, qabel ma jibda x-xogħol il-kbir għall-festi tas-sajf. Kull kamra li ma tilħaqx l-istandards il-ġodda se jkollha żmien sa tmiem is-sena biex tagħmel it-tibdiliet meħtieġa, inkella l-liċenzja tagħha tiġi sospiża.
. L-esperti tas-sigurtà laqgħu l-ftehim, iżda qalu li t-taħriġ huwa l-aktar parti importanti. "Il-biċċa l-kbira tal-inċidenti jiġru minħabba żball żgħir, mhux minħabba n-nuqqas ta' bini," qal inġinier li ħadem fuq ir-rapport tal-Gvern dwar l-isplużjonijiet.
. L-istaġun tal-festi jibda f'Mejju u jibqa' sejjer sa Settembru, b'aktar minn tmenin festa f'Malta u Għawdex.
soc Aqsam: Facebook · X · WhatsApp
tag Tikketti: festi, nar, sigurtà
rel L-aktar moqrija
rel Traffiku fit-Telgħa ta' San Ġwann minħabba xogħlijiet
com Kummenti (9)
cp © 2026 Il-Leħen tal-Gżira. Id-drittijiet kollha riżervati.
"""))

DOCS.append(dict(num=977, slug="kk_aral_balyk_aulaq_kambala", lang="kk", style="single", noise=0.1,
title="Кіші Арал: балықшылар ауылына қайта жан бітті",
notes="Kazakh news portal (fish returning to the Northern Aral Sea and a fishing village reviving). Debris: portal name, menu with language switch, section label, date/time and view counter, author line, photo caption and credit, inline related link, ad label, share row, tags, 'соңғы жаңалықтар' list, and footer with copyright and reprint notice. HARD NEGATIVES: standfirst, catch figures list, quotes, subheading.",
body=r"""
nav Дала Ақпарат
nav Жаңалықтар   Қоғам   Экономика   Спорт   Мәдениет
nav Қаз | Рус | Eng
nav Өңір
T Кіші Арал: балықшылар ауылына қайта жан бітті
. Көкарал бөгеті салынғаннан кейін Арал теңізінің солтүстік бөлігіндегі су деңгейі көтеріліп, балық аулау қайта жанданды.
ts 07.02.2026, 11:20
res 👁 2 341
by Авторы: Айгүл Сейітова
cap Тастүбек ауылының балықшылары аулаған балықты жағаға шығаруда.
cr Сурет: Дала Ақпарат
. Қызылорда облысындағы Тастүбек ауылы бір кездері бос қалуға жақын еді. Теңіз жағадан жүз шақырымға дейін шегініп, балықшылар жұмыссыз қалды, жастар қалаға көшіп кетті. Бүгін ауылда жаңа үйлер салынып жатыр, ал жағада қайықтар қатар тұр.
. Мұның басты себебі 2005 жылы салынған Көкарал бөгеті. Бөгет Сырдария суын Кіші Аралда ұстап қалды, теңіздің деңгейі бірнеше метрге көтерілді және судың тұздылығы төмендеді. Соның арқасында тұщы суға бейім балықтар қайта оралды.
. Балық аулау көлемі:
. – 2005 жылы: шамамен 700 тонна
. – 2015 жылы: 6 000 тонна
. – 2025 жылы: 8 200 тонна
rel Тақырыпқа қатысты: Сырдария суын бөлу туралы жаңа келісім
ad Жарнама
. Ауыл тұрғыны, балықшы Ерлан Жұмабаев әкесі мен атасы да осы теңізде балық аулағанын айтады. «Бала кезімде теңізді көрмей өстім. Қазір балаларым әр жазда суға түседі. Бұл біз үшін үлкен бақыт», — дейді ол.
. Ауылда жаңа балық өңдеу цехы ашылып, онда отызға жуық адам жұмыс істейді. Аулаған балық облыс орталығына, сондай-ақ шетелге жөнелтіледі. Ең көп сұранысқа ие балықтар — көксерке мен тұқы.
. Алдағы жоспарлар
. Ғалымдар бөгетті биіктетіп, теңіздің деңгейін тағы көтеруді ұсынады. Бұл жобаның екінші кезеңі әлі талқылануда. Экологтардың айтуынша, су деңгейі көтерілсе, Арал қаласының өзіне де теңіз қайта жақындауы мүмкін.
. Ауылға туристер де келе бастады. Жазда мұнда балық аулауды, теңізде жүзуді және жергілікті тағамдарды көргісі келетін қонақтар көп. Тұрғындар үйлерінде қонақ үй ашып, қосымша табыс табуда. Әкімдік ауылға жаңа жол салуды және ауыз су құбырын жөндеуді жоспарлап отыр.
. Дегенмен мамандар балықты шамадан тыс аулаудан сақтандырады. Облыстық балық инспекциясы көктемгі уылдырық шашу кезеңінде аулауға тыйым салатынын еске салды. Биыл бұл тыйым сәуірдің бірінен мамырдың соңына дейін жарамды.
soc Бөлісу: Facebook · Telegram · WhatsApp
tag Тегтер: Арал, балық, экология
rel Соңғы жаңалықтар
rel Шымкентте жаңа саябақ ашылды
cp © 2026 Дала Ақпарат. Материалдарды көшіріп басу кезінде сілтеме міндетті.
"""))

DOCS.append(dict(num=978, slug="uz_samarqand_qogoz_ustaxona", lang="uz", style="mixed", noise=0.1,
title="Samarqand qog‘ozi: Konigil ustaxonasida qadimiy hunar qayta tiklanmoqda",
notes="Uzbek (Latin script) culture news site (traditional mulberry paper workshop near Samarkand). Debris: site name, menu with script switch (Lotin/Кирилл), section, date, author, reading time, photo caption and credit, inline related link, ad label, share row, tags, Telegram-channel follow pitch (social), 'eng ko‘p o‘qilgan' list, footer. HARD NEGATIVES: standfirst, numbered production steps, quotes, subheading.",
body=r"""
nav Madaniyat.uz
nav Yangiliklar   Madaniyat   Turizm   Sport   Jamiyat
nav Lotin | Кирилл
nav Hunarmandchilik
T Samarqand qog‘ozi: Konigil ustaxonasida qadimiy hunar qayta tiklanmoqda
. Tut daraxti po‘stlog‘idan qog‘oz tayyorlash san’ati bir necha asr davomida unutilgan edi. Bugun u yana sayyohlar va rassomlarni o‘ziga jalb qilmoqda.
ts 2026-yil 3-fevral
by Muallif: Dilnoza Karimova
rt O‘qish vaqti: 4 daqiqa
cap Usta qog‘oz varaqlarini quyoshda quritmoqda.
cr Surat: Madaniyat.uz
. Samarqand yaqinidagi Konigil qishlog‘ida joylashgan kichik ustaxonada suv tegirmoni g‘ijirlab aylanadi. Bu yerda qog‘oz xuddi o‘rta asrlardagidek tut daraxti po‘stlog‘idan qo‘lda tayyorlanadi.
. Samarqand qog‘ozi bir paytlar butun Sharqda mashhur bo‘lgan. Uning silliq va mustahkam varaqlariga qo‘lyozmalar ko‘chirilgan. Biroq XIX asrda zavod qog‘ozi paydo bo‘lgach, bu hunar deyarli yo‘qolib ketdi.
. Ustaxona asoschisi Zarif Muxtorov 1990-yillarda eski kitoblar va keksalarning xotiralari asosida texnologiyani qayta tikladi. Hozir ustaxonada uning o‘g‘illari va o‘n ikki nafar shogird ishlaydi.
. Qog‘oz qanday tayyorlanadi:
. 1. Yosh tut novdalarining po‘stlog‘i shilinadi va suvda ivitiladi.
. 2. Po‘stloq bir necha soat qaynatiladi.
. 3. Suv tegirmoni yordamida yog‘och to‘qmoqlarda eziladi.
. 4. Massa suvga solinib, to‘r bilan varaqlar olinadi.
. 5. Varaqlar quritiladi va tosh bilan silliqlanadi.
rel Shuningdek o‘qing: Buxoroda kulolchilik festivali bo‘lib o‘tdi
ad Reklama
. “Har bir varaq ikki haftalik mehnat. Shuning uchun biz uni shoshilmasdan, sabr bilan tayyorlaymiz,” deydi usta Zarif aka.
. Ustaxona yiliga taxminan o‘ttiz ming varaq qog‘oz ishlab chiqaradi. Uning katta qismi rassomlar, xattotlar va restavratorlarga sotiladi. Yaponiya va Italiyadan kelgan mutaxassislar ham bu qog‘ozga qiziqish bildirmoqda.
. Sayyohlar uchun
. Ustaxonaga har kuni yuzlab sayyohlar keladi. Ular qog‘oz tayyorlash jarayonini kuzatishi va o‘zlari ham bir varaq yasab ko‘rishi mumkin. Kirish chiptasi 30 ming so‘m turadi.
. Ustaxona hovlisida kichik muzey ham bor. Unda qadimiy qo‘lyozmalar nusxalari, eski qog‘oz tayyorlash asboblari va turli davrlarga oid qog‘oz namunalari namoyish etiladi. Mehmonlar bu yerda choy ichib, ustalar bilan suhbatlashishi ham mumkin.
. Muxtorovlar oilasi kelgusida qishloq maktabida yoshlar uchun bepul to‘garak ochishni rejalashtirmoqda, toki hunar keyingi avlodga ham o‘tsin.
soc Ulashish: Telegram · Facebook · X
tag Teglar: Samarqand, hunarmandchilik, qog‘oz
soc Telegram kanalimizga obuna bo‘ling
rel Eng ko‘p o‘qilgan
rel Registonda yangi yorug‘lik shousi namoyish etiladi
cp © 2026 Madaniyat.uz. Barcha huquqlar himoyalangan.
"""))

DOCS.append(dict(num=979, slug="be_muzei_paeta_vioska_adnaulenne", lang="be", style="single", noise=0.1,
title="У вёсцы пад Навагрудкам адрамантавалі хату-музей паэта",
notes="Belarusian-language cultural heritage site (a restored village house-museum of a poet). Debris: site name, menu, section label, date and author, photo caption and credit, an inline related link rephrased, share row, tags, a donation pitch (ad), 'іншыя матэрыялы' list, comments header with one comment, and footer. HARD NEGATIVES: standfirst, opening hours and ticket prices, a quote, subheading.",
body=r"""
nav Спадчына
nav Навіны   Музеі   Архітэктура   Людзі   Кантакты
nav Музеі
T У вёсцы пад Навагрудкам адрамантавалі хату-музей паэта
. Драўляная хата XIX стагоддзя, дзе нарадзіўся паэт Андрэй Лазовіч, зноў адкрытая для наведвальнікаў пасля двух гадоў рамонту.
ts 9 лютага 2026
by Аўтар: Алена Казлоўская
cap Адноўленая хата-музей з новым саламяным дахам.
cr Фота: Спадчына
. Хата стаіць на ўскрайку вёскі Лясная Гара, за дваццаць кіламетраў ад Навагрудка. Яна была пабудаваная каля 1860 года, і ў ёй паэт правёў дзяцінства, пра якое пазней пісаў у сваіх вершах. Музей тут дзейнічае з 1967 года, але за апошнія дзесяцігоддзі будынак моцна састарэў: дах працякаў, а ніжнія бярвёны згнілі.
. Рамонт праводзілі майстры, якія ведаюць традыцыйныя тэхнікі. Сапсаваныя бярвёны замянілі на новыя з той жа пароды дрэва, дах накрылі саломай, як было раней, а печ перабудавалі па старых фотаздымках.
rel Чытайце таксама на гэтую тэму: Як аднаўляюць драўляныя цэрквы Панямоння
. Унутры
. У хаце ўзноўлены інтэр'ер сялянскага жытла канца XIX стагоддзя: ткацкі станок, куфар з вышыванымі ручнікамі, калыска. У асобным пакоі выстаўлены рукапісы паэта, першыя выданні яго кніг і ліставанне з сябрамі.
. «Мы хацелі, каб чалавек, які заходзіць у хату, адчуў, што гаспадары толькі што выйшлі ў поле», — кажа дырэктарка музея Ганна Мацкевіч.
. Рэжым працы:
. Серада — нядзеля: 10:00–17:00
. Кошт квітка: 5 рублёў, для школьнікаў — 2 рублі
. Кожную другую суботу месяца ў музеі праходзяць заняткі па ткацтве і народных песнях для дзяцей з навакольных вёсак. Летам у садзе каля хаты плануюць ладзіць вечарыны паэзіі.
. На рамонт хаты пайшло больш за два гады, і значную частку працы выканалі валанцёры: студэнты-архітэктары, мясцовыя жыхары і сябры музея з розных гарадоў. Яны разбіралі старыя сцены, сушылі салому для даху і дапамагалі перавозіць экспанаты ў часовае сховішча.
. Супрацоўнікі музея таксама збіраюць успаміны старэйшых жыхароў вёскі пра сям'ю паэта і просяць тых, у каго захаваліся старыя фотаздымкі ці лісты, звяртацца ў музей.
soc Падзяліцца: Facebook · Telegram · VK
tag Тэгі: музеі, Навагрудчына, літаратура
ad Падтрымайце праект — кожны ахвяраваны рубель ідзе на новыя матэрыялы
rel Іншыя матэрыялы
rel Замак у Любчы: што зроблена за год
com Каментары (1)
com Мікола, 10.02.2026 — Быў там у дзяцінстве з экскурсіяй. Добра, што зберагаюць.
cp © 2026 Спадчына. Пры выкарыстанні матэрыялаў спасылка абавязковая.
"""))
