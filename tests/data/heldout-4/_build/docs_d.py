DOCS = []

DOCS.append(dict(num=933, slug="az_govpress_quba_carpet_school", lang="az", style="single", noise=0.1,
title="Qubada xalçaçılıq məktəbi fəaliyyətə başladı",
notes="Azerbaijani government press release on the (invented) culture ministry's website. Debris: the official-site banner, menu, language switch, breadcrumb, date and time, the print button, share row, press-service contact line, other-news list and the copyright with its citation condition. HARD NEGATIVES: a quote from the school's director, a bulleted list of courses, an admissions sentence with dates and a sentence that the ministry will publish the graduates' work.",
body=r"""
ban Azərbaycan Respublikası Mədəniyyət Nazirliyinin rəsmi internet səhifəsi
nav Nazirlik | Fəaliyyət | Qanunvericilik | Mətbuat mərkəzi | Əlaqə
nav AZ | RU | EN
nav Ana səhifə / Mətbuat mərkəzi / Xəbərlər
ts 17 aprel 2025, 15:42
T Qubada xalçaçılıq məktəbi fəaliyyətə başladı
. Aprelin 17-də Quba şəhərində xalçaçılıq məktəbinin açılışı olub. Məktəb bərpa olunmuş köhnə karvansara binasında yerləşir və gənclərə Quba xalçaçılıq məktəbinin ənənəvi naxışlarını və toxuma üsullarını öyrədəcək.
. Açılış mərasimində nazirliyin nümayəndələri, yerli icra hakimiyyətinin əməkdaşları, rayonun tanınmış xalçaçı ustaları və tələbələrin valideynləri iştirak ediblər.
. Məktəbin binası XIX əsrə aid karvansaradır. Bina uzun illər boş qalmış, damı çökmüş, divarları isə nəmdən zədələnmişdi. Bərpa işləri iki il davam edib və bu zaman binanın ilkin görkəmi qorunub saxlanılıb.
. Məktəbdə on iki toxuculuq dəzgahı quraşdırılıb. Onlardan üçü yerli ustaların ailələrinin hədiyyə etdiyi köhnə dəzgahlardır, digərləri isə onların nümunəsi əsasında hazırlanıb.
. Məktəbin ilk ilində 36 tələbə təhsil alacaq. Dərslər ustad-şagird prinsipi ilə keçiriləcək: hər bir usta altı tələbə ilə işləyəcək.
. Tədris proqramına aşağıdakı kurslar daxildir:
. • yunun hazırlanması, əyrilməsi və təbii boyaqlarla boyanması
. • Quba qrupuna aid naxışların çəkilməsi və oxunması
. • xovlu və xovsuz xalçaların toxunması
. • köhnə xalçaların təmiri və bərpası
. Məktəbin direktoru Səbinə Hüseynova bildirib ki, son illərdə rayonda xalçaçılıqla məşğul olan gənclərin sayı xeyli azalıb. "Nənələrimiz bu sənəti evdə, dəzgah başında öyrənirdilər. İndi isə biz bu bilikləri yazıya alıb yeni nəslə ötürmək istəyirik", deyə o qeyd edib.
. Təbii boyaqlar üçün lazım olan bitkilər, o cümlədən boyaqotu və qoz qabığı, məktəbin həyətində salınmış kiçik bağda yetişdiriləcək.
. Tələbələr təhsil dövründə təqaüd alacaq, ən yaxşı işlər isə məktəbin daimi kolleksiyasına daxil ediləcək. Gələcəkdə məktəbin nəzdində kiçik muzey və satış salonunun açılması da nəzərdə tutulur.
. Qəbul üçün müraciətlər 1 maydan 15 iyunadək məktəbin katibliyində qəbul olunur. 16 yaşdan 30 yaşadək gənclər müraciət edə bilərlər, təhsil ödənişsizdir.
. Nazirlik məzunların ilk işlərini ilin sonunda Bakıda keçiriləcək sərgidə nümayiş etdirməyi planlaşdırır.
res 🖨 Çap et
soc Paylaş: Facebook | X | Telegram | WhatsApp
res Mətbuat xidməti: (012) 493 00 00 · press@mct.example.az
rel Digər xəbərlər
rel Şəkidə tarixi hamamın bərpası yekunlaşır
rel Muğam müsabiqəsinin yarımfinalçıları müəyyənləşdi
cp © 2025 Mədəniyyət Nazirliyi. Materiallardan istifadə edərkən mənbəyə istinad mütləqdir.
"""))

DOCS.append(dict(num=934, slug="et_parish_paper_smoke_sauna_course", lang="et", style="mixed", noise=0.15, ws=True,
title="Suitsusauna kütmine vajab kannatlikkust",
notes="Estonian rural municipality paper on the municipality's website (invented Kõrvemäe vald). Debris: site menu, issue breadcrumb, author and date lines, photo caption and credit, share row, tags, the 'read also' list, the comments-closed notice, the paper's publication boilerplate (bio) and the copyright. HARD NEGATIVES: a quote from the course leader, a numbered list of the steps of heating a smoke sauna, a sentence with the next course's date and registration by phone at the village hall, and a short subheading.",
body=r"""
nav Uudised | Vallavalitsus | Sündmused | Vallaleht | Kontakt
nav Vallaleht › Aprill 2025
T Suitsusauna kütmine vajab kannatlikkust
by Kadri Tamm
ts 09.04.2025
cap Kursuslased Tõnu Ilvese suitsusauna ees Metsküla talus.
cr Foto: Marko Saar
. Märtsi viimasel nädalavahetusel kogunes Metsküla tallu kaksteist inimest, et õppida suitsusauna kütmist. Kursuse korraldas külaselts koos Võrumaa pärimuskeskusega ning juhendajaks oli Tõnu Ilves, kes on oma talu suitsusauna kütnud üle neljakümne aasta.
. Suitsusaunal ei ole korstnat. Suits liigub kerisest otse leiliruumi ja väljub ukse ning väikese luugi kaudu. Kütmine võtab aega viis kuni kuus tundi ning selle aja jooksul tuleb ahju pidevalt jälgida.
. "Kõige suurem viga on kiirustamine," ütles Tõnu Ilves. "Kui saun ei ole korralikult välja tuulutatud, on leil vingune ja pea hakkab valutama."
. Kuidas suitsusauna kütta
. 1. Pane keris küdema kuivade lepahalgudega, mitte okaspuuga.
. 2. Lisa puid väikeste portsjonite kaupa umbes iga poole tunni järel.
. 3. Kui kivid on kuumad ja tuli läbi, pühi lagi ja lavad tahmast puhtaks.
. 4. Ava uks ja luuk ning lase saunal vähemalt tund aega tuulduda.
. 5. Viska kividele esimene vesi ja lase uuesti tuulduda, alles siis mine leili.
. Kursusel osales nii noori peresid kui ka vanemaid inimesi, kes tahtsid meelde tuletada lapsepõlvest tuttavaid oskusi. Mitmel osalejal on kodus vana suitsusaun, mida pole aastaid köetud.
. Kursuse teine päev oli pühendatud sauna hooldamisele. Osalejad õppisid, kuidas vahetada kerise kive, kuidas parandada lagunenud palke ja miks ei tohi suitsusauna seinu kunagi värvida.
. Päeva lõpetas ühine saunaskäik, mille järel pakuti suitsuliha ja taari. Mitu osalejat lubas juba järgmisel nädalal oma kodusauna üle pika aja kütma hakata.
. Võromaa suitsusaunakombestik kanti 2014. aastal UNESCO vaimse kultuuripärandi nimekirja. Külaseltsi eestvedaja Ene Kask loodab, et kursused aitavad traditsiooni ka väiksemates külades elus hoida.
. Järgmine kursus toimub 17. mail. Registreerida saab külamaja telefonil või kohapeal raamatukogus.
soc Jaga: Facebook | E-post | Kopeeri link
tag Märksõnad: suitsusaun, pärimus, kursused, Metsküla
rel Loe ka: Külamaja saab uue katuse · Raamatukogu pikendab lahtiolekuaegu
com Selle loo kommenteerimine on suletud.
bio Kõrvemäe Vallaleht ilmub kord kuus ja seda jagatakse tasuta kõikidesse postkastidesse.
cp © Kõrvemäe Vallavalitsus 2025
"""))

DOCS.append(dict(num=935, slug="lv_radio_parish_choir_song_festival", lang="lv", style="double", noise=0.05,
title="Mazā pagasta koris gatavojas lielajiem svētkiem",
notes="Latvian regional radio station programme page (invented 'Radio Zemgale 101,4'). Debris: the live player and now-on-air line, the menu, the episode player line, the download link, the broadcast time stamp, the presenter line (byline), topics (tags), share row, other recordings of the programme (related), the support pitch (ad) and the copyright. HARD NEGATIVES: the programme's introduction which mentions listeners, a quote from the conductor, a list of songs in the repertoire and a sentence inviting listeners to the concert.",
body=r"""
res ▶ Klausies tiešraidē · Tagad ēterā: Rīta kafija ar Ilzi
nav Raidījumi | Programma | Ziņas | Podkāsti | Par mums
T Mazā pagasta koris gatavojas lielajiem svētkiem
res ▶ 00:00 / 27:45
res ⬇ Lejupielādēt ierakstu (MP3, 31 MB)
ts Raidījums ēterā 2025. gada 3. jūnijā plkst. 17.05
by Vada Jānis Krūmiņš
. Šī vakara raidījumā dodamies uz Sesavas pagastu, kur jauktais koris "Dzirnakmens" pēdējās nedēļās mēģina trīs reizes nedēļā. Koris gatavojas Dziesmu un deju svētkiem Rīgā, un klausītāji dzirdēs gan mēģinājuma fragmentus, gan sarunas ar dziedātājiem.
. Korī dzied trīsdesmit viens cilvēks, jaunākajai dziedātājai ir septiņpadsmit, vecākajam – astoņdesmit divi gadi. Daudzi brauc uz mēģinājumiem no kaimiņu pagastiem, jo pašā Sesavā iedzīvotāju kļūst arvien mazāk.
. Diriģente Baiba Ozoliņa atceras, ka pirms desmit gadiem koris gandrīz izjuka. "Mums palika četrpadsmit dziedātāji, un basos bija tikai viens vīrs. Tad kaimiņu skolas skolotāji atnāca un palika."
. Svētku repertuārā ir vairāk nekā trīsdesmit dziesmu, bet raidījumā skan trīs no tām:
. - "Pūt, vējiņi" tautasdziesmas apdarē
. - "Saule, Pērkons, Daugava"
. - jauna dziesma, kas uzrakstīta tieši šiem svētkiem
. Raidījumā runājam arī ar kora vecāko dalībnieku Ēvaldu Liepiņu, kurš piedalījies jau desmit Dziesmu svētkos un stāsta, kā svētki mainījušies kopš 1960. gadiem. Viņš atceras, ka toreiz uz Rīgu brauca ar kravas mašīnām, un dziesmas mācījās no rakstītām lapām, jo ierakstu nebija.
. Kora dziedātāji stāsta, ka visgrūtākais ir apvienot mēģinājumus ar darbu laukos, jo jūnijs ir arī siena laiks. Tāpēc daži mēģinājumi notiek vēlu vakarā, pēc desmitiem.
. Raidījuma beigās skan mēģinājuma ieraksts, kas veikts Sesavas tautas namā pagājušajā piektdienā. Diriģente atzīst, ka zālē ir laba akustika, bet ziemā tur ir auksti, tāpēc dziedātāji mēģinājumos bieži sēž mēteļos. Jaunos tautas tērpus korim šuvušas pašas dziedātājas, ziemas vakaros pulcējoties skolas darbnīcā, un svētku gājienā koris ies kopā ar pārējiem novada kolektīviem.
. Pirms braukšanas uz Rīgu koris sniegs koncertu Sesavas baznīcā 28. jūnijā plkst. 18.00. Ieeja ir bez maksas, un visi klausītāji ir laipni aicināti.
tag Tēmas: kori · Dziesmu svētki · Sesava
soc Dalīties: Facebook · X · Draugiem
rel Citi raidījuma ieraksti
rel Kā Bauskas novadā atjauno vecās dzirnavas
ad Atbalsti neatkarīgu reģionālo radio – ziedo jau no 3 eiro mēnesī
cp © SIA Radio Zemgale, 2025
"""))

DOCS.append(dict(num=936, slug="sk_volleyball_club_match_report", lang="sk", style="none", noise=0.2,
title="Ženy zdolali lídra tabuľky a posunuli sa na druhé miesto",
notes="Slovak amateur volleyball club website. Debris: club menu, sponsor lines (ad), breadcrumb, date added, author, the league-table sidebar widget (two residue lines), the share row, other news (related) and the site footer with copyright and builder credit. HARD NEGATIVES: the result line with set scores, the line-up line, a list of top scorers, a subheading and a sentence asking fans to come to the next home match.",
body=r"""
nav Klub | Družstvá | Zápasy | Mládež | Galéria | Kontakt
ad Generálny partner: Stavby Lukáč s.r.o. · Partneri: Pekáreň u Hrušku, Obec Hôrky
nav Aktuality › A-tím ženy
T Ženy zdolali lídra tabuľky a posunuli sa na druhé miesto
ts Pridané 10. 11. 2025 o 21:15
by Autor: Peter Hudec
. TJ Slovan Hôrky – VK Lipany 3:1 (22:25, 25:19, 25:21, 25:17)
. V sobotu večer bola telocvičňa základnej školy plná ako už dlho nie. Na zápas s neporazeným lídrom prišlo vyše dvesto divákov a naše hráčky sa im odvďačili výborným výkonom.
. Prvý set sa nám nevydaril. Lipany lepšie podávali a pri stave 18:12 pre hostí to vyzeralo na jednoznačný set. Dievčatá ešte znížili, no set aj tak prehrali 22:25.
. Od druhého setu sa hra zmenila. Tréner Marek Vaňo poslal na ihrisko mladú nahrávačku Tamaru Kollárovú a tá rozbehla útok cez stred. Hostia si s rýchlymi loptami nevedeli poradiť a zvyšok zápasu sme kontrolovali my.
. Treba pochváliť aj libero Tkáčovú, ktorá v štvrtom sete vybrala niekoľko ťažkých útokov a udržala nás v hre aj vo chvíľach, keď súper dotiahol na rozdiel jedného bodu.
. Zostava: Kollárová, Hudecová, Slivková, Dzurová, Mačová, Repková, libero Tkáčová.
. Najlepšie bodujúce hráčky:
. Z. Hudecová 21 bodov
. M. Slivková 16 bodov
. L. Dzurová 11 bodov
. Po zápase tréner povedal, že rozhodol servis a obrana v poli. „Minulý rok by sme pri 12:18 v prvom sete zlomili hlavy. Dnes sa dievčatá nezľakli a hrali ďalej svoju hru."
. Čo nás čaká
. Výhrou sme sa posunuli na druhé miesto tabuľky, len bod za Lipanmi. V nasledujúcom kole cestujeme do Sabinova, ktorý je tretí.
. Ďalší domáci zápas odohráme 23. novembra o 17:00 proti Prešovu B. Príďte nás podporiť, atmosféra v sobotu bola skvelá a dievčatá si ju zaslúžia aj nabudúce.
. Poďakovanie patrí rodičom mládežníčok, ktorí sa starali o bufet, a obci Hôrky za novú sieť a anténky, ktoré sme dostali pred sezónou.
res Tabuľka · 2. liga ženy – východ
res 1. VK Lipany 15 b. · 2. TJ Slovan Hôrky 14 b. · 3. ŠK Sabinov 12 b.
soc Zdieľať: Facebook · WhatsApp · Skopírovať odkaz
rel Ďalšie správy: Kadetky bez straty bodu · Nábor mládeže pre ročníky 2014 – 2016
cp © 2025 TJ Slovan Hôrky · Vytvorené v systéme Klubweb
"""))

DOCS.append(dict(num=937, slug="sl_park_news_hayrack_grants", lang="sl", style="sparse", noise=0.1,
title="Park bo sofinanciral obnovo tridesetih kozolcev",
notes="Slovenian regional park authority news page (invented 'Krajinski park Lipova dolina'). Debris: cookie notice, skip link, menu, breadcrumb, publication date, tags, share row, related news, newsletter prompt, the authority's boilerplate (bio) and the copyright. HARD NEGATIVES: the conditions of the grant as a bulleted list, the application deadline line, a quote from the park's heritage officer and a sentence inviting owners to an information evening.",
body=r"""
nl Spletno mesto uporablja piškotke za analitiko obiska.  [Sprejmem]  [Zavrnem]
nav Preskoči na glavno vsebino
nav O parku | Obiščite nas | Narava | Dediščina | Novice | Kontakt
nav Domov / Novice
ts Objavljeno 5. 6. 2025
T Park bo sofinanciral obnovo tridesetih kozolcev
. Javni zavod Krajinski park Lipova dolina je objavil razpis za sofinanciranje obnove kozolcev na območju parka. Letos bo za obnovo namenjenih 90.000 evrov, kar zadošča za približno trideset kozolcev.
. Kozolci so značilni slovenski objekti za sušenje sena in žita. V Lipovi dolini jih je bilo pred petdesetimi leti več kot štiristo, danes pa jih stoji še okoli sto šestdeset. Mnogi so v slabem stanju, saj jih lastniki ne potrebujejo več.
. Pogoji za prijavo:
. • kozolec stoji na območju parka in je starejši od petdeset let
. • lastnik ga obnovi z lesom in tradicionalnimi tesarskimi zvezami
. • streha je krita z lesenimi skodlami ali opečnimi strešniki
. • kozolec mora ostati na svojem mestu vsaj deset let po obnovi
. Park krije do sedemdeset odstotkov stroškov, največ 3.000 evrov za posamezen kozolec.
. Prijavitelji morajo vlogi priložiti fotografije kozolca in kratek opis načrtovanih del. Strokovnjaki parka bodo vse kozolce pred odobritvijo tudi pregledali na terenu.
. »Vsak podrt kozolec je izgubljen del pokrajine,« pravi konservatorka parka Maja Kolar. »Lastniki nam pogosto rečejo, da bi ga obnovili, če bi imeli vsaj malo pomoči. Zdaj jo imajo.«
. Lani je park s pilotnim razpisom pomagal obnoviti dvanajst kozolcev. Eden od njih, dvojni kozolec toplar v vasi Zgornje Loke, je postal priljubljena točka za pohodnike.
. Obnovljene kozolce bo park vključil v novo tematsko kolesarsko pot, ki naj bi bila urejena do pomladi 2026.
. Rok za oddajo vlog: 15. julij 2025
. Lastnike kozolcev vabimo na informativni večer v torek, 17. junija, ob 18. uri v dvorani gasilskega doma v Lokah, kjer bodo strokovnjaki odgovarjali na vprašanja o razpisu in tesarskih tehnikah.
tag Oznake: kozolci, kulturna dediščina, razpisi
soc Deli: Facebook | X | E-pošta
rel Sorodne novice: Nova učna pot ob potoku · Popis travnikov z orhidejami
nl Prejemajte e-novice parka enkrat mesečno
bio Javni zavod Krajinski park Lipova dolina upravlja park od leta 2002.
cp © 2025 Krajinski park Lipova dolina
"""))

DOCS.append(dict(num=938, slug="hr_interview_shipyard_welder", lang="hr", style="mixed", noise=0.1,
title="Varilac s trideset godina staža: »Brod se gradi rukama, ne papirima«",
notes="Croatian regional news portal, Q&A interview with an (invented) shipyard welder in Rijeka. Questions, answers and the introduction are content. Debris: menu, section label, interviewer line (byline), date, photo caption and credit, ad label, comment count, log-in-to-comment prompt, 'read more' list and copyright. HARD NEGATIVES: questions written as separate lines, a one-line answer, a short list of ships he worked on and a sentence saying the conversation took place in the shipyard canteen.",
body=r"""
nav Vijesti | Rijeka | Regija | Sport | Kultura | Mišljenja
nav Intervju
T Varilac s trideset godina staža: »Brod se gradi rukama, ne papirima«
by Razgovarala: Ivana Jurić
ts 14. 10. 2025. u 08:30
cap Davor Matković u hali brodogradilišta
cr Foto: Damir Škomrlj
. Davor Matković (56) zavaruje brodske trupove od 1994. godine. Preživio je nekoliko stečajeva, promjene vlasnika i godine kad se plaće nisu isplaćivale na vrijeme. Oženjen je, otac dvoje djece i živi u Kostreni. Razgovor smo vodili u brodogradilišnoj menzi, u pauzi smjene.
. Kako ste počeli?
. Otac mi je bio brodski cjevar. Završio sam školu za varioca i došao u škver s osamnaest godina. Mislio sam da ću ostati dvije godine, a ostao sam cijeli život.
. Koji vam je brod ostao u sjećanju?
. Više njih. Ako moram izdvojiti:
. – tanker za prijevoz kemikalija, 1998., moj prvi samostalni blok
. – putnički trajekt za Norvešku, 2006.
. – istraživački brod, 2019., najzahtjevniji posao u mojoj karijeri
. Je li se posao promijenio?
. Jako. Danas imamo bolje aparate, zaštitu i ventilaciju. Ali brod se i dalje gradi rukama, ne papirima. Papiri kažu kako bi trebalo, a ruke znaju kako se može.
. Ima li mladih koji žele raditi ovaj posao?
. Malo. Dođu, vide koliko je teško i kolika je plaća, pa odu u Irsku ili Njemačku. Razumijem ih, ali žao mi je, jer ovaj zanat se ne može naučiti iz knjige. Treba godinama stajati pored nekoga.
. Biste li ponovno izabrali isto?
. Bih.
. Kako izgleda vaš radni dan?
. Smjena počinje u šest ujutro. Prvo pregledamo nacrte i zadatke za taj dan, onda se penjemo u blok. Ljeti je u trupu broda i preko četrdeset stupnjeva, a zimi puše bura kroz otvorene hale, pa se oblačiš kao da ideš na planinu.
. Što ćete raditi u mirovini?
. Imam malu barku u Kostreni. Kažu da svaki varilac na kraju popravlja svoju barku, i to je istina.
ad Oglas
com Komentari (12)
com Za komentiranje je potrebna prijava
rel Pročitajte još: Škver dobio novu narudžbu · Kako je umro riječki torpedo
cp © 2025 Novi Kvarner d.o.o. Sva prava pridržana.
"""))

DOCS.append(dict(num=939, slug="is_newspaper_greenhouse_tomatoes", lang="is", style="single", noise=0.1, ws=True,
title="Tómatarnir þroskast við jarðhita allan veturinn",
notes="Icelandic regional newspaper website with a metered paywall (invented 'Suðurlandspósturinn'). Debris: menu, the free-articles meter and subscription prompt (newsletter), byline, date line, photo caption and credit, ad label, share row, tags, more news and the copyright. HARD NEGATIVES: a quote from the grower, a bulleted fact list about the greenhouse, and a sentence saying the farm shop is open on weekends.",
body=r"""
nav Fréttir | Innlent | Landbúnaður | Íþróttir | Menning | Skoðun
nl Þú hefur lesið 2 af 3 fríum greinum í þessum mánuði. Gerast áskrifandi
T Tómatarnir þroskast við jarðhita allan veturinn
by Sigríður Jónsdóttir skrifar
ts Birt 4. mars 2025 kl. 06:00
cap Gunnar Þórðarson í gróðurhúsinu á Laugabóli.
cr Ljósmynd: Hrafn Ólafsson
. Í Biskupstungum er hægt að tína tómata í janúar. Á garðyrkjubýlinu Laugabóli eru gróðurhúsin hituð með heitu vatni úr borholu við bæjarlækinn og lýst upp með lömpum sextán tíma á dag yfir dimmustu mánuðina.
. Gunnar Þórðarson og Helga Björk Sveinsdóttir tóku við býlinu af foreldrum Gunnars árið 2009. Þá var aðeins ræktað á sumrin, en fyrir átta árum settu þau upp lýsingu og hafa síðan ræktað allan ársins hring.
. „Fyrsti veturinn var erfiður. Við vissum ekki hvað lýsingin myndi kosta og rafmagnsreikningurinn í desember var hærri en við höfðum nokkurn tímann séð,“ segir Gunnar.
. Nokkrar staðreyndir um ræktunina:
. • gróðurhúsin eru samtals 4.200 fermetrar
. • uppskeran er um 380 tonn af tómötum á ári
. • vatnið úr borholunni er 96 gráðu heitt
. • býflugur frá Hollandi sjá um frjóvgunina
. Rafmagnið er stærsti kostnaðarliðurinn. Gunnar segir að garðyrkjubændur hafi lengi barist fyrir lægra raforkuverði og að það ráði miklu um hvort hægt sé að keppa við innfluttu tómatana yfir veturinn.
. Gunnar og Helga hafa sex starfsmenn í fullu starfi allt árið, og á sumrin bætast við skólakrakkar úr sveitinni. Þau selja mest af uppskerunni í verslanir á höfuðborgarsvæðinu, en hluti fer beint í mötuneyti skóla á Suðurlandi.
ad Auglýsing
. Helga segir að neytendur finni muninn. „Tómatur sem er tíndur í gær og seldur í dag bragðast allt öðruvísi en tómatur sem hefur ferðast í viku á bíl og skipi.“
. Á sumrin koma margir ferðamenn að skoða gróðurhúsin, og í fyrra var opnaður lítill veitingastaður þar sem boðið er upp á tómatsúpu og heimabakað brauð.
. Sveitabúðin á Laugabóli er opin um helgar frá klukkan 11 til 17.
soc Deila: Facebook · X · Tölvupóstur
tag Efnisorð: garðyrkja, jarðhiti, Biskupstungur
rel Fleiri fréttir úr héraði
rel Nýr leikskóli í Reykholti tekinn í notkun
cp © 2025 Suðurlandspósturinn ehf. Öll réttindi áskilin.
"""))

DOCS.append(dict(num=940, slug="tl_news_samar_typhoon_school", lang="tl", style="double", noise=0.1,
title="Bagong paaralan sa Samar, itinayo para makaligtas sa bagyo",
notes="Tagalog-language regional news site with a third-party comment widget. Debris: menu, byline, date, ad label, a 'read also' line inside the article (related), share row, the comments heading, the comment-plugin notice and two comments, and the copyright. HARD NEGATIVES: a quote from the principal, a bulleted list of the building's features, and a sentence about parents sharing photos of the inauguration.",
body=r"""
nav Balita | Probinsya | Opinyon | Isports | Showbiz | Video
T Bagong paaralan sa Samar, itinayo para makaligtas sa bagyo
by Ni Rowena Dizon
ts Marso 3, 2025 | 8:15 AM
. Binuksan noong Lunes ang bagong gusali ng isang pampublikong elementarya sa isang bayan sa baybayin ng Silangang Samar, na idinisenyo upang makatagal sa hangin ng malalakas na bagyo. Ang dating paaralan ay nasira nang husto noong 2013 at muli noong 2021.
. Ayon sa punong-guro na si Gng. Lorna Abuda, ilang taon nang nagkaklase ang mga bata sa mga tolda at sa kapilya ng barangay tuwing nasisira ang kanilang mga silid-aralan.
ad Patalastas
. Narito ang ilan sa mga katangian ng bagong gusali:
. • bubong na nakakabit sa kongkretong biga gamit ang bakal na strap
. • mga bintanang may makapal na shutter na isinasara bago dumating ang bagyo
. • sahig na itinaas ng isang metro laban sa baha
. • tangke ng tubig-ulan at solar panel para sa kuryente
. Mas malalaki rin ang mga bintana para sa mas maaliwalas na hangin sa mga mainit na buwan, na matagal nang hiling ng mga guro at magulang.
. "Dati, tuwing may bagyo, iniisip ko kung may babalikan pa kaming paaralan," sabi ni Gng. Abuda. "Ngayon, ito na ang magiging evacuation center ng barangay."
rel BASAHIN DIN: Mga mangingisda sa Guiuan, may bagong bangka mula sa kooperatiba
. Ang gusali ay pinondohan ng pamahalaang panlalawigan at ng isang pundasyon mula sa Maynila. Ang mga lokal na karpintero at magulang ang tumulong sa paggawa, kaya natapos ito sa loob ng siyam na buwan.
. Ayon sa isang inhinyero ng lalawigan, kaya ng gusali ang hanging hanggang 250 kilometro bawat oras. Plano ng pamahalaang panlalawigan na gamitin ang parehong disenyo sa labindalawa pang paaralan sa susunod na tatlong taon.
. Maraming magulang ang nagbahagi ng mga larawan ng pagbubukas sa social media, at marami sa mga ito ay ipinakita rin sa pulong ng barangay noong Martes.
soc Ibahagi: Facebook · X · Messenger · Viber
com Mga Komento
com Gumagamit ng Talkbox ang seksiyong ito. Mag-login para makasali sa usapan.
com jun_borongan · 1 araw — Salamat sa mga karpintero! Dito rin ako nag-aral noon.
com MaricelA · 1 araw — Sana ganito na lahat ng paaralan sa probinsya.
cp © 2025 Pahayagang Silangan. Lahat ng karapatan ay nakalaan.
"""))

DOCS.append(dict(num=941, slug="sw_radio_goma_camp_school", lang="sw", style="mixed", noise=0.1,
title="Watoto wa kambi ya wakimbizi karibu na Goma warejea darasani",
notes="Swahili website of an (invented) regional radio station, 'Redio Mwangaza wa Kivu', about children displaced by fighting in eastern DR Congo returning to lessons in a camp school. Debris: the live-stream player line, menu, breadcrumb, byline with place, publication date, photo caption and credit, share row, topic tags, related news, newsletter prompt and the copyright. HARD NEGATIVES: a quote from a teacher, a bulleted list of figures, a sentence about an aid group's appeal for exercise books and a short subheading.",
body=r"""
res ▶ Sikiliza matangazo mubashara · 98.6 FM
nav Habari | Kanda | Siasa | Michezo | Vipindi | Wasiliana nasi
nav Habari › Kanda ya Maziwa Makuu
T Watoto wa kambi ya wakimbizi karibu na Goma warejea darasani
by Na Furaha Mushagalusa, Goma
ts Imechapishwa: 22 Oktoba 2025
cap Wanafunzi wakiwa darasani ndani ya hema katika kambi ya Kibumba Kusini.
cr Picha: Redio Mwangaza wa Kivu
. Zaidi ya watoto elfu moja waliokimbia mapigano katika eneo la Rutshuru wameanza tena masomo katika shule ya muda iliyojengwa ndani ya kambi ya Kibumba Kusini, kaskazini mwa mji wa Goma, mashariki mwa Jamhuri ya Kidemokrasia ya Kongo.
. Shule hiyo ina madarasa kumi na mbili yaliyotengenezwa kwa mahema na mbao. Walimu wengi ni wakimbizi wenyewe, ambao walikuwa wakifundisha katika vijiji vyao kabla ya kukimbia.
. Baadhi ya wanafunzi wakubwa, ambao walipaswa kuwa katika shule ya sekondari, wamekubali kusoma pamoja na watoto wadogo ili wasipoteze mwaka mwingine. Walimu wameanzisha pia madarasa ya jioni kwa vijana ambao hufanya kazi ndogo ndogo mchana ili kusaidia familia zao.
. Takwimu za shule hiyo:
. • wanafunzi 1,140 wa darasa la kwanza hadi la sita
. • walimu 23, kati yao 9 wanawake
. • mahema 12 ya madarasa
. • mlo mmoja wa uji kila siku ya shule
. "Watoto wengi walikuwa hawajaingia darasani kwa zaidi ya mwaka mmoja," anasema mwalimu Esperance Kahindo. "Mwanzoni wengine hawakuweza hata kushika kalamu. Sasa wanaimba asubuhi kabla ya masomo."
. Changamoto zilizopo
. Mvua kubwa za mwezi Septemba ziliharibu mahema mawili, na masomo yalisimamishwa kwa wiki moja. Walimu pia hawalipwi mshahara rasmi, bali wanapokea posho ndogo kutoka kwa shirika la misaada linalosimamia shule.
. Wazazi wanasema elimu inawapa watoto matumaini ya kurudi nyumbani siku moja. Hata hivyo, hali ya usalama katika maeneo yao ya asili bado si shwari, na familia nyingi hazijui lini zitaweza kurejea.
. Mratibu wa elimu katika kambi hiyo anasema lengo ni kuhakikisha kila mtoto anapata angalau saa nne za masomo kwa siku.
. Shirika linalosimamia shule limeomba msaada wa madaftari na kalamu, kwa sababu vifaa vilivyopo vinatosha kwa nusu ya wanafunzi tu.
soc Sambaza taarifa hii kwa marafiki: WhatsApp · Facebook · X
tag Mada: DRC, elimu, wakimbizi wa ndani
rel Habari zinazohusiana: Bei ya unga yapanda sokoni Goma · Mvua yaharibu barabara ya Sake
nl Pokea habari zetu kila siku kupitia barua pepe
cp © 2025 Redio Mwangaza wa Kivu. Haki zote za maudhui haya zimehifadhiwa.
"""))

DOCS.append(dict(num=942, slug="ja_note_blog_neighbourhood_bathhouse", lang="ja", style="single", noise=0.1, ws=True,
title="町にひとつ残った銭湯を、みんなで続けることにした",
notes="Japanese post on a note-style creator platform by a volunteer group that took over a neighbourhood bathhouse. Debris: the log-in/sign-up prompt, the author line (byline), date, follow button, hashtag row (tags), like counter, tip/support pitch (ad), share row, comment count and one comment, the author's other popular posts (related) and the copyright. HARD NEGATIVES: a bulleted list of opening hours and prices, a quote from the former owner, a subheading, and a sentence mentioning regulars announcing the reopening on social media.",
body=r"""
nl ログイン　｜　会員登録
by みなと湯をつなぐ会｜山口さやか
ts 2025年2月9日 18:30
soc ＋フォロー
T 町にひとつ残った銭湯を、みんなで続けることにした
. 去年の秋、私たちの町に最後に残った銭湯「みなと湯」が、年内で店を閉めるという貼り紙を出しました。創業は昭和二十六年。三代目のご主人は八十歳を過ぎ、ボイラーの故障も重なって、もう続けられないという判断でした。
. 貼り紙を見た常連さんたちが、脱衣所で毎晩のように話し合いを始めました。銭湯がなくなると、家に風呂のないお年寄りは隣の町まで三十分歩くことになります。若い人にとっても、ここは仕事帰りに顔を合わせる大切な場所でした。
. 会をつくるまで
. 十一月に有志十二人で「みなと湯をつなぐ会」をつくり、ご主人から建物を借りて営業を引き継ぐことになりました。ボイラーの修理代は、地元の信用金庫の融資と、町の人たちからの寄付でまかないました。
. ご主人はこう言ってくれました。「自分の代で終わると思っていた。続けてくれるなら、釜の焚き方は全部教える」
. 営業の内容は次の通りです。
. ・営業時間：午後三時から午後十時まで（月曜定休）
. ・入浴料：大人五百二十円、子ども二百円
. ・番台には会のメンバーが交代で座ります
. 一月十日に営業を再開すると、常連さんたちがSNSで知らせてくれたおかげで、初日には二百人以上が来てくれました。湯気の向こうで知らない人同士が話しているのを見て、続けることにして本当によかったと思いました。
. これからの課題は、番台に座る人を増やすことと、古い煙突の補修です。銭湯の思い出の写真をお持ちの方は、ぜひ番台まで持ってきてください。脱衣所に飾りたいと思っています。
tag #銭湯　#まちづくり　#地域のお風呂
soc ♡ スキ 128
ad この記事がよかったら、チップで会の活動を応援してください
soc 𝕏 でシェア　｜　リンクをコピー
com コメント（3）
com たかし　銭湯のある町はいい町ですね。来月、家族で行きます。
rel 山口さやかの人気記事
rel ボイラー修理の見積もりが届いた日
cp © 2025 みなと湯をつなぐ会
"""))

DOCS.append(dict(num=943, slug="ko_blog_jeju_stone_wall_volunteers", lang="ko", style="sparse", noise=0.1,
title="올레길 돌담 쌓기 봉사에 다녀왔어요",
notes="Korean post on a portal blog platform (Naver-style) about a volunteer day rebuilding dry-stone walls along a Jeju walking trail. Debris: the blog tab menu, the blog name (byline), category link, the date, the add-neighbour button, hashtag row, the like counter, comment count and one comment, URL copy and report controls (residue), the blog's popular posts (related) and the copyright. HARD NEGATIVES: the schedule list of the day, a quote from the stone mason, and a sentence recommending the volunteer group's sign-up page without a link.",
body=r"""
nav 블로그 · 카테고리 · 지도 · 서재
by 바람돌이의 제주살이
nav 카테고리 › 제주 일상
ts 2025. 4. 13. 21:07
soc + 이웃추가
T 올레길 돌담 쌓기 봉사에 다녀왔어요
. 지난 토요일에는 올레길 돌담 쌓기 자원봉사에 다녀왔어요. 겨울 동안 강한 바람과 비 때문에 무너진 밭담을 다시 쌓는 일인데, 제주에 이사 온 지 삼 년 만에 처음 참여해 봤어요.
. 제주의 돌담은 시멘트 없이 현무암을 하나하나 맞춰서 쌓아요. 돌 사이에 일부러 틈을 남겨 두는데, 그래야 바람이 빠져나가서 담이 오히려 쓰러지지 않는다고 해요.
. 이날 일정은 이랬어요.
. - 오전 9시 마을회관 앞 집결
. - 9시 30분 안전 교육과 돌 고르는 법 설명
. - 10시부터 12시까지 밭담 보수
. - 점심은 마을 부녀회에서 준비해 주신 보말국
. - 오후 2시까지 마무리 작업
. 돌담을 가르쳐 주신 분은 마을에서 오십 년 넘게 담을 쌓아 오신 강 석수님이었어요. 처음에는 제가 돌을 올릴 때마다 고개를 저으셨는데, 나중에는 한 번 웃으시면서 이렇게 말씀하셨어요.
. "돌은 억지로 맞추면 안 돼. 돌이 앉고 싶은 자리를 찾아 줘야 해."
. 생각보다 훨씬 힘들었어요. 돌 하나가 십 킬로그램이 넘는 것도 많아서 다음 날 온몸이 아팠지만, 오후에 다시 쌓은 담을 보니 뿌듯했어요. 모두 합쳐 약 사십 미터의 담을 다시 세웠다고 해요.
. 함께한 분들은 대학생부터 은퇴하신 부부까지 다양했어요. 육지에서 여행 왔다가 일부러 하루를 빼서 참여한 가족도 있었어요.
. 봉사를 마치고 마을 분들이 돌담에 얽힌 이야기도 들려주셨어요. 예전에는 밭마다 돌담을 쌓는 것이 집안의 큰일이었고, 이웃끼리 돌아가며 서로의 담을 쌓아 주었다고 해요. 그래서 담 모양만 보고도 누가 쌓았는지 알 수 있었대요.
. 요즘은 담을 쌓을 줄 아는 분들이 점점 줄어서, 이런 봉사가 기술을 이어 가는 데에도 도움이 된다고 해요. 다음 달에는 꼭 남편도 데리고 다시 가 보려고 해요. 그때는 사진도 더 많이 찍어서 올릴게요.
. 봉사는 한 달에 한 번 있고, 참여하고 싶은 분은 올레 재단 홈페이지의 자원봉사 게시판에서 신청하면 돼요. 장갑과 간식은 준비해 주시니 편한 옷과 튼튼한 신발만 챙기시면 됩니다.
tag #제주올레 #돌담 #자원봉사 #제주살이
soc ♡ 공감 34
com 댓글 5
com 귤나무아래 : 저도 다음 달에 신청했어요! 보말국 기대됩니다 ㅎㅎ
res 🔗 URL 복사   ⚠ 신고하기
rel 이 블로그 인기글
rel 귤 수확 체험 솔직 후기
cp © 바람돌이의 제주살이. 무단 전재 및 재배포 금지
"""))
