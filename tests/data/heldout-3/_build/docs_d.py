DOCS = []

DOCS.append(dict(num=932, slug="marudhar_baori_jirnoddhar", lang="hi", style="single", noise=0.1,
title="300 साल पुरानी बावड़ी में फिर लौटा पानी, गांव ने मिलकर की सफाई",
notes="Hindi regional news portal from Rajasthan (villagers restore an old stepwell). Debris: portal name and run-together menu, the e-paper/login links, breadcrumb, the author/date line, a share row, a caption and credit, an inline 'यह भी पढ़ें' link, an ad label, a 'हमें फॉलो करें' pitch, a tags line, a 'ताज़ा खबरें' list and the copyright footer. HARD NEGATIVES: a subtitle, a bulleted list of the work done, a one-line quote, a subheading, a short year timeline and an 'अपडेट:' paragraph.",
body=r"""
nav मरुधर समाचार
nav होम | राजस्थान | जोधपुर | बीकानेर | खेती-किसानी | खेल | मनोरंजन | ई-पेपर
nav मुख्य पृष्ठ » राजस्थान » नागौर
T 300 साल पुरानी बावड़ी में फिर लौटा पानी, गांव ने मिलकर की सफाई
. श्रमदान और चंदे से खेड़ी गांव की ऐतिहासिक बावड़ी को नया जीवन मिला
by संवाददाता: कमला चौधरी | प्रकाशित: 18 फरवरी 2026, 06:45 PM
soc शेयर करें: व्हाट्सऐप | फेसबुक | एक्स
. नागौर जिले के खेड़ी गांव में करीब तीन सौ साल पुरानी बावड़ी में इस बार बरसात के बाद फिर से पानी भर गया है। पिछले चालीस वर्षों से यह बावड़ी कचरे और मिट्टी से भरी पड़ी थी। गांव के युवाओं और महिलाओं ने पिछले साल गर्मियों में इसकी सफाई का बीड़ा उठाया था।
cap खेड़ी गांव की बावड़ी की सीढ़ियों पर बैठे ग्रामीण
cr फोटो: मरुधर समाचार
. ग्रामीणों ने बताया कि पहले पूरा गांव इसी बावड़ी से पानी लेता था। हैंडपंप और पाइपलाइन आने के बाद लोग इसे भूल गए और धीरे-धीरे इसमें कचरा फेंका जाने लगा।
. क्या-क्या काम हुआ
. • लगभग 600 ट्रॉली मिट्टी और कचरा बाहर निकाला गया
. • टूटी हुई 42 सीढ़ियों की मरम्मत की गई
. • बावड़ी तक आने वाली पुरानी नाली को दोबारा खोला गया
. • चारों ओर लोहे की जाली लगाई गई ताकि बच्चे न गिरें
rel यह भी पढ़ें: जोधपुर में पानी की नई पाइपलाइन का काम शुरू
. इस काम पर करीब साढ़े चार लाख रुपये खर्च हुए। इसमें से आधी राशि ग्रामीणों ने चंदे से जुटाई और बाकी पंचायत ने दी। मजदूरी का ज्यादातर काम गांव वालों ने खुद श्रमदान से किया।
. "हमारी दादी-नानी यहीं से पानी भरती थीं, अब हमारे बच्चे इसे देखेंगे।"
. यह कहना है गांव की सरपंच सुशीला देवी का, जिन्होंने सफाई अभियान की शुरुआत की थी। उनका कहना है कि बावड़ी का पानी अभी पीने के लिए नहीं, बल्कि पशुओं और खेतों के लिए इस्तेमाल होगा।
. बावड़ी का सफर
. 1720 के आसपास: गांव के सेठ परिवार ने बावड़ी बनवाई
. 1985: हैंडपंप लगने के बाद उपयोग बंद
. 2025: सफाई और मरम्मत का काम शुरू
. 2026: बावड़ी में फिर से पानी
. अपडेट: जिला प्रशासन ने बावड़ी को पर्यटन मानचित्र में शामिल करने का प्रस्ताव राज्य सरकार को भेजा है।
ad विज्ञापन
nl ताज़ा अपडेट के लिए हमारा व्हाट्सऐप चैनल फॉलो करें
tag टैग: बावड़ी, नागौर, जल संरक्षण, श्रमदान
rel ताज़ा खबरें: बीकानेर में ऊंट उत्सव की तैयारियां पूरी · सरसों की फसल पर पाले का असर
cp © 2026 मरुधर समाचार। सर्वाधिकार सुरक्षित।
"""))

DOCS.append(dict(num=933, slug="thermaikos_metro_archaiologika", lang="el", style="mixed", noise=0.1, ws=True,
title="Τα ευρήματα του μετρό εκτίθενται στον σταθμό Βενιζέλου",
notes="Greek regional news portal from Thessaloniki (archaeological finds from the metro works put on display). Debris: portal name and menu, a language switch, breadcrumb, date/author line, a caption and credit, an inline 'διαβάστε επίσης' link, an ad label, a gallery label (caption), a Google News follow pitch, tags, a related list and the footer. HARD NEGATIVES: a subtitle, a bulleted list of exhibits, a visiting-hours list, a one-line quote, a subheading and a 'Διόρθωση:' paragraph.",
body=r"""
nav Θερμαϊκός Ειδήσεις
nav Επικαιρότητα · Πόλη · Πολιτισμός · Αθλητισμός · Οικονομία · Γνώμες
nav EL | EN
nav Αρχική / Πολιτισμός
T Τα ευρήματα του μετρό εκτίθενται στον σταθμό Βενιζέλου
. Το τμήμα της βυζαντινής λεωφόρου παραμένει στη θέση του, ορατό από τους επιβάτες
ts Πέμπτη 5 Φεβρουαρίου 2026 · 12:40
by Γράφει η Δέσποινα Καραγιάννη
. Οι επιβάτες του μετρό της Θεσσαλονίκης μπορούν πλέον να περπατούν δίπλα σε ένα τμήμα της βυζαντινής οδού που ήρθε στο φως κατά τις ανασκαφές στον σταθμό Βενιζέλου. Η έκθεση άνοιξε επίσημα τη Δευτέρα, ύστερα από χρόνια καθυστερήσεων και συζητήσεων για το αν τα ευρήματα θα έπρεπε να μεταφερθούν αλλού.
cap Επισκέπτες μπροστά στο μαρμαρόστρωτο τμήμα της αρχαίας οδού.
cr Φωτογραφία: Νίκος Παπαδόπουλος
. Στον χώρο παρουσιάζονται:
. • τμήμα της μαρμαρόστρωτης λεωφόρου μήκους περίπου 75 μέτρων
. • βάσεις από κίονες και υπολείμματα καταστημάτων
. • νομίσματα, κοσμήματα και κεραμικά από την καθημερινή ζωή της πόλης
. • ψηφιακή αναπαράσταση της περιοχής τον 6ο αιώνα
rel Διαβάστε επίσης: Νέα δρομολόγια λεωφορείων προς το αεροδρόμιο
. «Εδώ η πόλη συναντά το παρελθόν της κάθε πρωί στις οχτώ.»
. Με αυτά τα λόγια περιέγραψε τον χώρο η αρχαιολόγος Μαρία Τσολάκη, η οποία εργάστηκε στις ανασκαφές για περισσότερα από δέκα χρόνια. Όπως εξήγησε, οι εργαζόμενοι στο μετρό και οι αρχαιολόγοι χρειάστηκε να βρουν λύσεις για να συνυπάρξουν οι γραμμές με τα μάρμαρα.
ad ΔΙΑΦΗΜΙΣΗ
cap Φωτογραφίες 1 από 12
. Ώρες λειτουργίας
. Ο αρχαιολογικός χώρος είναι ανοιχτός καθημερινά:
. Δευτέρα έως Παρασκευή: 08:00–20:00
. Σάββατο και Κυριακή: 10:00–18:00
. Η είσοδος είναι δωρεάν για όσους έχουν εισιτήριο μετρό. Οργανωμένες ομάδες σχολείων μπορούν να κλείσουν ξενάγηση μέσω της εφορείας αρχαιοτήτων.
. Η ανάδειξη του χώρου κόστισε περίπου 18 εκατομμύρια ευρώ. Τα μάρμαρα αποσυναρμολογήθηκαν κατά τη διάρκεια των έργων, αριθμήθηκαν ένα προς ένα και επανατοποθετήθηκαν στην αρχική τους θέση πάνω σε νέα βάση από σκυρόδεμα.
. Οι έμποροι της περιοχής ελπίζουν ότι η έκθεση θα φέρει περισσότερους επισκέπτες στο ιστορικό κέντρο, ενώ ο δήμος σχεδιάζει πεζόδρομο που θα συνδέει τον σταθμό με την Αγορά.
. Διόρθωση: σε προηγούμενη εκδοχή του άρθρου αναφέραμε ότι το τμήμα της οδού έχει μήκος 90 μέτρα. Το σωστό είναι περίπου 75 μέτρα.
soc Ακολουθήστε τον Θερμαϊκό στο Google News
tag Ετικέτες: μετρό, αρχαιότητες, Βενιζέλου, Θεσσαλονίκη
rel Σχετικά άρθρα
rel Ανοίγει ξανά το Λουτρό Παράδεισος μετά την αναστήλωση
cp © 2026 Θερμαϊκός Ειδήσεις. Απαγορεύεται η αναδημοσίευση χωρίς άδεια.
"""))

DOCS.append(dict(num=934, slug="pivdennyi_mykolaiv_voda", lang="uk", style="single", noise=0.1,
title="У Миколаєві вперше з 2022 року з кранів тече прісна вода",
notes="Ukrainian regional news site (Mykolaiv's fresh water supply restored after the pipeline was destroyed in 2022; conflict aftermath). Debris: site name and menu, the language switch (УКР/ENG), an air-raid alert widget (banner), breadcrumb, the date and view count, author line, share row, a caption and credit, an inline 'читайте також' link, a donation pitch for the newsroom (ad), a Telegram-channel pitch (newsletter), tags, a related list and the footer. HARD NEGATIVES: a subtitle, a timeline with dates, a bulleted list of what residents should do, a quote alone on a line, a subheading and an 'Оновлено:' paragraph.",
body=r"""
nav Південний вісник
nav Новини · Миколаїв · Область · Економіка · Суспільство · Відео
nav УКР | ENG
ban Тривога в Миколаївській області: перевірте мапу укриттів
nav Головна / Миколаїв / Комунальні послуги
T У Миколаєві вперше з 2022 року з кранів тече прісна вода
. Місто отримало воду з нового водогону з Інгульця після майже чотирьох років солоної води
ts Середа, 11 березня 2026 р., о 09:12
res Переглядів: 5 417
by Автор: Олена Гордієнко
soc Надіслати друзям: Telegram · Viber · копіювати посилання
. Мешканці Миколаєва вперше від весни 2022 року отримали у свої квартири прісну воду. У середу вранці водоканал запустив новий водогін, який подає воду з річки Інгулець до міської станції очищення.
cap Працівник водоканалу перевіряє тиск на насосній станції.
cr Фото: Андрій Литвин / Південний вісник
. Навесні 2022 року під час бойових дій був пошкоджений магістральний водогін, яким місто отримувало воду з Дніпра. Відтоді до кранів подавали воду з Південного Бугу, солону та непридатну для пиття. Миколаївці майже чотири роки набирали питну воду в пунктах розливу та купували її в магазинах.
. Як тривали роботи
. Квітень 2022 року: пошкодження старого водогону.
. Травень 2023 року: початок проєктування нової траси.
. Серпень 2024 року: розпочато прокладання труб.
. Березень 2026 року: подача прісної води в мережу.
rel Читайте також: У Миколаєві відновили рух тролейбусів на Намиві
. «Я відкрила кран, налила склянку й заплакала.»
. Так описала цей ранок мешканка Корабельного району Тетяна Савчук. За її словами, вона вже забула, якою на смак буває звичайна вода з-під крана.
. Що варто знати мешканцям
. • перші дні вода може бути каламутною, її слід спустити протягом кількох хвилин
. • фільтри та бойлери варто промити
. • пункти розливу питної води працюватимуть ще щонайменше місяць
. Новий водогін має довжину понад сто кілометрів і проходить здебільшого полями. Його будували кілька підрядників одночасно, а частину труб прокладали взимку, щоб встигнути до початку поливного сезону. Фахівці водоканалу кажуть, що найважче було знайти безпечну трасу, оминаючи ділянки, які ще не перевірили сапери.
. Водоканал наголошує, що вода відповідає санітарним нормам, однак радить до кінця березня кип'ятити її перед вживанням. Міська влада планує закрити більшість пунктів розливу влітку.
. Оновлено о 14:30: водоканал повідомив, що прісна вода вже надходить до всіх районів міста, крім кількох вулиць Варварівки.
ad Підтримайте незалежну журналістику Півдня — задонатьте редакції
nl Найважливіше про місто — у нашому Telegram-каналі
tag Теги: вода, водоканал, Миколаїв, відновлення
rel Інші новини: Школа на Соляних отримала нове укриття
cp © 2026 Південний вісник. Використання матеріалів дозволяється за умови гіперпосилання.
"""))

DOCS.append(dict(num=935, slug="podrinje_identifikacija_nestalih", lang="sr-Latn", style="sparse", noise=0.1,
title="Identifikovano još 46 osoba nestalih u ratovima devedesetih",
notes="Serbian regional news portal in Latin script (the annual report on identified missing persons from the 1990s wars; conflict aftermath). Debris: portal name and menu, the script switch (ćirilica/latinica), breadcrumb, the date line, author, the reading time, a caption and credit, an inline 'pročitajte još' link, an ad label, a comment-form with the rules line, tags, a 'najčitanije' list and the footer. HARD NEGATIVES: a subtitle, figures as bullets, a quote alone on a line, a subheading, and a first-person quoted account by a relative.",
body=r"""
nav Podrinjske novine
nav Vesti | Region | Društvo | Ekonomija | Kultura | Sport
nav Ћирилица | Latinica
nav Početna » Društvo
T Identifikovano još 46 osoba nestalih u ratovima devedesetih
. Porodice i dalje traže više od deset hiljada ljudi čija sudbina nije razjašnjena
ts 27. januar 2026. 11:05
by Piše: Jelena Marković
rt 4 min čitanja
. Tokom prošle godine u regionu je identifikovano 46 osoba koje su se vodile kao nestale u ratovima devedesetih, saopštila je na konferenciji u Tuzli regionalna komisija za nestale osobe. Identifikacija je uglavnom obavljena poređenjem DNK uzoraka posmrtnih ostataka sa uzorcima krvi koje su dale porodice.
cap Uzorci u laboratoriji za DNK analizu
cr Foto: Podrinjske novine
. Podaci iz godišnjeg izveštaja:
. - 46 osoba identifikovano tokom 2025. godine
. - 19 lokacija ispitano na osnovu novih informacija
. - oko 10.200 osoba se i dalje vodi kao nestalo u regionu
. - 1.600 porodica još nije dalo uzorak krvi
rel Pročitajte još: U Bratuncu otvoren novi dom zdravlja
. Najveći broj identifikacija odnosi se na posmrtne ostatke pronađene ranijih godina, koji su čekali na poređenje jer porodice nisu dale uzorke. Stručnjaci kažu da je napredak u DNK analizi omogućio da se i veoma stari i oštećeni uzorci sada uspešno obrade.
. Iz komisije upozoravaju da vreme ističe. Mnogi roditelji nestalih su u poznim godinama, a sve je manje svedoka koji mogu da ukažu na moguće lokacije.
. „Svaka porodica ima pravo da zna."
. Pozivaju sve koji imaju bilo kakvu informaciju da se jave, uz garanciju anonimnosti.
. Priča jedne porodice
. Milena Tadić iz okoline Zvornika tridesetak godina tražila je brata, koji je nestao 1993. godine. Njegovi posmrtni ostaci identifikovani su prošlog leta.
. „Godinama sam svake jeseni išla na sva mesta gde su nam rekli da bi mogao biti. Kada su me pozvali iz komisije, nisam mogla da govorim. Sada bar znam gde da mu donesem cveće", kaže Milena.
. Komisija je najavila da će ove godine organizovati akciju prikupljanja uzoraka krvi i u inostranstvu, među porodicama koje žive u Austriji, Nemačkoj i Švedskoj, kako bi se skratio put do identifikacije.
ad Oglas
com Ostavite komentar — komentari koji sadrže govor mržnje neće biti objavljeni
com Vaše ime   E-mail   Pošalji
tag Tagovi: nestali, identifikacija, Tuzla, DNK
rel Najčitanije: Drina nabujala kod Loznice · Počinje sezona rafting-a
cp © 2026 Podrinjske novine. Sva prava zadržana.
"""))

DOCS.append(dict(num=936, slug="pati_de_baix_concurs_castells", lang="ca", style="single", noise=0.1, ws=True,
title="Els Xiquets del Francolí carreguen el primer 3 de 9 de la seva història",
notes="Catalan local news site (a castells/human-tower competition with results). Debris: site name and menu, the language switch (CA/ES), breadcrumb, author and date line, share row, the embedded video shortcode, a caption and credit, an inline 'també et pot interessar' link, an ad label, a subscription pitch, tags, a related list and the footer. HARD NEGATIVES: a subtitle, the classification with points (score lines), a quote alone on a line, a subheading and an 'Actualització:' paragraph.",
body=r"""
nav El Pati de Baix
nav Actualitat · Comarca · Cultura popular · Esports · Opinió · Agenda
nav CA | ES
nav Inici › Cultura popular › Castells
T Els Xiquets del Francolí carreguen el primer 3 de 9 de la seva història
. La colla de Valls queda tercera en la jornada de diumenge a la plaça del Blat
by Text: Núria Ferrer i Solé · 05/10/2025 · 21:40
soc Comparteix: correu · WhatsApp · enllaç
sc [video_colles id="francoli-3d9-2025" autoplay="no"]
. Els Xiquets del Francolí van viure diumenge una diada que recordaran molts anys. A la tercera ronda, davant d'una plaça plena, la colla va carregar per primera vegada el 3 de 9 amb folre, un castell que feia tres temporades que assajava sense atrevir-se a portar-lo a plaça.
cap El pom de dalt del 3 de 9 amb folre dels Xiquets del Francolí.
cr Foto: Jordi Mas
. El castell va quedar carregat però no descarregat: quan l'enxaneta ja havia fet l'aleta, el tronc es va obrir i la construcció va caure de manera controlada. Ningú no va prendre mal.
. Classificació de la jornada
. 1. Colla Jove de la Riera: 3.480 punts
. 2. Castellers del Portal Nou: 3.155 punts
. 3. Xiquets del Francolí: 2.910 punts
. 4. Minyons de l'Estació: 1.985 punts
rel També et pot interessar: La Fira del Vi tanca amb rècord de visitants
. "Fa tres anys que somiem amb aquest castell."
. Ho deia el cap de colla, Marc Roig, encara amb la camisa suada. Segons Roig, la clau ha estat la incorporació de vint persones noves a la pinya, moltes d'elles joves del barri.
. Una temporada de rècords
. La colla ha sumat aquest any més de tres-cents membres per primera vegada i ha estrenat un nou local d'assaig a l'antiga fàbrica de gasoses. Els assajos de dimecres i divendres han arribat a reunir cent cinquanta persones, una xifra que fa deu anys semblava impossible.
. Ara l'objectiu és descarregar el 3 de 9 abans que acabi la temporada, a la diada de Santa Úrsula.
. Actualització: la colla ha confirmat aquest dilluns que l'enxaneta, de nou anys, es troba perfectament i tornarà a assajar dimecres.
ad Publicitat
nl Fes-te subscriptor d'El Pati de Baix per 4 euros al mes i rep el diari en paper
tag Etiquetes: castells, Xiquets del Francolí, Valls, diades
rel Més notícies: Els Minyons presenten la nova camisa · Obres a la plaça del Blat
cp © 2025 El Pati de Baix SCCL · Avís legal · Política de galetes
"""))

DOCS.append(dict(num=937, slug="neries_zinios_lazerine_laboratorija", lang="lt", style="double", noise=0.1,
title="Vilniaus mokslininkai sukūrė lazerį, kuris „piešia“ ant stiklo vidaus",
notes="Lithuanian news portal (a university laser lab develops in-glass marking). Debris: portal name and menu, the weather/date strip, section label, author and date line, comment counter, a caption and credit, an inline 'taip pat skaitykite' link, an ad label, a newsletter box, tags, the comments section header and rules, a related list and the footer. HARD NEGATIVES: a subtitle, a numbered list of uses, a one-line quote, a subheading and a 'Patikslinimas:' paragraph.",
body=r"""
nav Neries žinios
nav Naujienos  Verslas  Mokslas  Sportas  Kultūra  Nuomonės
res Vilnius −2 °C · trečiadienis, vasario 25 d.
nav Mokslas
T Vilniaus mokslininkai sukūrė lazerį, kuris „piešia“ ant stiklo vidaus
. Technologija leidžia pažymėti stiklą nepažeidžiant jo paviršiaus
by Rūta Jankauskienė
ts 2026-02-25 08:30
com 💬 12
. Vilniaus universiteto lazerinių tyrimų centro mokslininkai sukūrė būdą labai trumpais lazerio impulsais įrašyti ženklus ir tekstą stiklo viduje, keleto milimetrų gylyje. Paviršius lieka visiškai lygus, todėl ženklo negalima nei nutrinti, nei nuskusti.
cap Lazerio spindulys fokusuojamas į stiklo plokštelės vidų.
cr Nuotr. Vilniaus universiteto
. Tokie ženklai kuriami impulsais, kurie trunka mažiau nei trilijonąją sekundės dalį. Per tokį trumpą laiką stiklas nespėja įkaisti, todėl aplink tašką nesusidaro įtrūkimų.
. Kur galima pritaikyti
. 1. Vaistų buteliukų žymėjimas, kad būtų sunkiau juos suklastoti.
. 2. Serijos numeriai automobilių stikluose.
. 3. Informacijos saugojimas ilgam laikui, pavyzdžiui, archyvuose.
. 4. Dekoratyviniai raštai stiklo dirbiniuose.
rel Taip pat skaitykite: Kaune atidaryta nauja mokslo populiarinimo erdvė
. „Mūsų įrašas stikle turėtų išlikti ilgiau nei popierius ar kietasis diskas.“
. Taip sako tyrimų grupės vadovas dr. Mantas Petrauskas. Pasak jo, laboratorijoje pagamintos plokštelės atlaikė kaitinimą iki 800 laipsnių ir nepakito.
. Mokslininkai prie šio projekto dirbo beveik penkerius metus. Pirmieji bandymai buvo nesėkmingi: stiklas skilinėjo, o įrašai būdavo neryškūs. Tik pakeitus impulsų dažnį ir sufokusavus spindulį į itin mažą tašką, pavyko gauti aiškius ir patvarius ženklus.
. Grupėje dirba aštuoni tyrėjai, tarp jų trys doktorantai, o tyrimus iš dalies finansavo Lietuvos mokslo taryba. Jų teigimu, didelė dalis įrangos buvo sukurta pačioje laboratorijoje, todėl projektas kainavo mažiau nei panašūs tyrimai užsienyje.
. Verslas jau domisi
. Technologija susidomėjo dvi Lietuvos bendrovės, gaminančios lazerius. Mokslininkai tikisi, kad pirmieji pramoniniai įrenginiai galėtų būti išbandyti jau kitais metais. Daugiausia dėmesio skiriama vaistų pramonei, nes ten klastotės yra didelė problema.
. Tyrėjai pabrėžia, kad iki plataus pritaikymo dar reikia išspręsti greičio klausimą: šiuo metu vieno kvadratinio centimetro įrašymas trunka kelias minutes.
. Patikslinimas: ankstesnėje straipsnio versijoje buvo nurodyta, kad centras priklauso Kauno technologijos universitetui. Atsiprašome už klaidą.
ad Reklama
nl Gaukite svarbiausias mokslo naujienas kas savaitę – užsiprenumeruokite naujienlaiškį
tag Žymos: lazeriai, Vilniaus universitetas, stiklas, inovacijos
com Komentarai (12) · Komentuodami laikykitės pagarbos taisyklių
rel Daugiau mokslo naujienų
rel Lietuvos palydovas atsiuntė pirmąsias nuotraukas
cp © 2026 Neries žinios. Visos teisės saugomos.
"""))

DOCS.append(dict(num=938, slug="dolinata_rozobernata_kazanlak", lang="bg", style="single", noise=0.1,
title="Розоберът в Казанлъшко започна по-рано заради топлата пролет",
notes="Bulgarian regional news portal (rose harvest in the Kazanlak valley starts early). Debris: portal name and menu, breadcrumb, date/views line, author line, a share row, a caption and credit, an inline 'още по темата' link, an ad label, a Viber-community pitch (newsletter), tags, the comments header and count, the comment form and the footer. HARD NEGATIVES: a subtitle, a price table per kilo of petals, a bulleted list of harvest facts, a quote alone on a line, a subheading and a 'Поправка:' paragraph.",
body=r"""
nav Долината днес
nav Новини  Казанлък  Региони  Икономика  Култура  Спорт  Анализи
nav Начало » Икономика » Земеделие
T Розоберът в Казанлъшко започна по-рано заради топлата пролет
. Берачите получават по 1,80 лева на килограм цвят, производителите се оплакват от липса на работници
ts 12 май 2026, 10:05 | Прочетена 3 208 пъти
by Автор: Десислава Петкова
soc Сподели във Facebook · Изпрати по Viber
. Розоберът в Казанлъшката долина започна тази година почти две седмици по-рано от обичайното. Заради топлата пролет цветовете на маслодайната роза се отвориха още в първите дни на май, а производителите бързат да оберат полетата, преди жегата да намали съдържанието на масло.
cap Берачки в розова градина край село Шейново
cr Снимка: Долината днес
. Изкупни цени на розовия цвят през последните години:
. 2023: 1,20 лева за килограм
. 2024: 1,50 лева за килограм
. 2025: 1,60 лева за килограм
. 2026: 1,80 лева за килограм
rel Още по темата: Празникът на розата ще се проведе с нова програма
. Няколко факта за тазгодишната реколта:
. • обира се рано сутрин, до около 10 часа, когато цветът съдържа най-много масло
. • за един килограм розово масло са нужни около 3,5 тона цвят
. • очакваният добив е с около 15% по-нисък от миналогодишния
. Липсата на работници остава основният проблем, особено в по-малките стопанства. Много от берачите са пенсионери от околните села, а младите предпочитат работа в заводите в града.
. „Ако нямаше жени на по седемдесет години, розата щеше да остане на полето.“
. Така коментира положението Стоян Иванов, който има двайсет декара рози край Шейново. Той е наел берачи чак от Сливен и осигурява транспорта им всеки ден. Според него без помощта на общината за автобусите много производители няма да успеят да оберат всичко навреме.
. Пазарът на маслото
. Цената на розовото масло на международните пазари се задържа висока, но дестилериите казват, че търсенето от парфюмерийните компании е по-слабо от миналата година. Затова част от реколтата вероятно ще бъде преработена в розова вода и конкрети, които се съхраняват по-лесно.
. Поправка: в първоначалния вариант на статията беше посочено, че розоберът е започнал три седмици по-рано. Става дума за около две седмици.
ad Реклама
nl Присъединете се към нашата общност във Viber за новините от долината
tag Етикети: рози, Казанлък, земеделие, розово масло
com Коментари (8)
com Напишете коментар · Име · Изпрати
cp © 2026 Долината днес. Всички права запазени.
"""))

DOCS.append(dict(num=939, slug="kurier_nadbuzanski_baza_pogotowia", lang="pl", style="mixed", noise=0.1,
title="Nowa baza pogotowia w Siemiatyczach. Karetki dojadą szybciej do wsi",
notes="Polish local news portal from Podlasie (a new ambulance station). Debris: portal name and menu, the weather strip, breadcrumb, the author/date line, a 'posłuchaj artykułu' player label (residue), a caption and credit, an inline 'zobacz też' link, an ad label, a 'masz temat? napisz do nas' line, tags, a comments header with the comment-rules notice, a related list and the footer. HARD NEGATIVES: a subtitle, a table of average arrival times, a bulleted list of the base's equipment, a quote alone on a line, a subheading and an 'Aktualizacja:' paragraph.",
body=r"""
nav Kurier Nadbużański
nav Wiadomości | Region | Sport | Kultura | Ogłoszenia | Nekrologi
res Siemiatycze 4°C · pochmurno
nav Strona główna › Wiadomości › Zdrowie
T Nowa baza pogotowia w Siemiatyczach. Karetki dojadą szybciej do wsi
. Dwa zespoły ratownictwa stacjonują od poniedziałku przy drodze krajowej
by Tomasz Wierzbicki · 3 marca 2026, 14:20
res ▶ Odsłuchaj tekst (4 min)
. W Siemiatyczach otwarto nową bazę zespołów ratownictwa medycznego. Budynek przy drodze krajowej zastąpił ciasne pomieszczenia w piwnicy szpitala, z których karetki wyjeżdżały przez ostatnie dwadzieścia lat.
cap Ratownicy przed nową bazą przy ulicy Armii Krajowej
cr Fot. Kurier Nadbużański / Anna Sokół
. Nowa lokalizacja pozwala ominąć zakorkowane centrum miasta, co według dyspozytorów skróci dojazd do wielu miejscowości w gminie nawet o kilka minut.
. Średni czas dojazdu w 2025 roku:
. Miasto: 7 minut
. Gmina Siemiatycze: 14 minut
. Gmina Drohiczyn: 19 minut
. Gmina Mielnik: 22 minuty
rel Zobacz też: Szpital w Bielsku Podlaskim kupił nowy tomograf
. Co znajduje się w bazie:
. • garaż na trzy karetki z możliwością mycia i dezynfekcji
. • pokoje wypoczynkowe dla ratowników pracujących na dobowych dyżurach
. • magazyn leków i sprzętu
. • sala szkoleniowa, w której ratownicy będą uczyć mieszkańców pierwszej pomocy
. „Wreszcie mamy gdzie usiąść po wyjeździe, a karetka nie stoi na mrozie.”
. Tak mówi ratowniczka Katarzyna Olszewska, która pracuje w pogotowiu od szesnastu lat.
. Dotychczas zespoły wyjeżdżały z centrum miasta, co w godzinach szczytu oznaczało przeciskanie się przez wąskie ulice przy rynku. Ratownicy od lat zwracali uwagę, że każda minuta stracona w korku może zdecydować o życiu pacjenta, zwłaszcza przy zawałach i udarach.
. Mieszkańcy okolicznych wsi przyjęli otwarcie bazy z ulgą. Sołtys Anusina Jan Kowalczyk przypomniał, że zimą karetka jechała do jego wsi ponad pół godziny, bo drogi gminne nie były odśnieżone.
. Koszty i plany
. Budowa kosztowała 6,8 mln zł, z czego większość pochodziła z funduszy unijnych. Starostwo zapowiada, że w przyszłym roku przy bazie powstanie lądowisko dla śmigłowca, które ułatwi transport pacjentów do Białegostoku.
. Aktualizacja, 4 marca: dyrekcja szpitala poinformowała, że pierwszej doby z nowej bazy zespoły wyjeżdżały jedenaście razy.
ad Reklama
res Masz temat? Napisz do redakcji lub zadzwoń.
tag Tagi: pogotowie, Siemiatycze, ratownictwo medyczne
com Komentarze (5) · Komentarze obraźliwe będą usuwane
rel Czytaj także: Remont mostu na Bugu w Drohiczynie potrwa do jesieni
cp © 2026 Kurier Nadbużański. Wszelkie prawa zastrzeżone.
"""))

DOCS.append(dict(num=940, slug="suara_borneo_rumah_panjang_solar", lang="ms", style="single", noise=0.1, ws=True,
title="Rumah panjang di Ulu Baleh kini terang dengan tenaga solar",
notes="Malaysian (Malay-language) regional news portal from Sarawak (a longhouse gets a solar mini-grid). Debris: portal name and menu, date line, author, breadcrumb, a 'dengar berita ini' audio label, a caption and credit, an inline 'baca juga' link, an ad label, a Telegram channel pitch, tags, a comments plugin note and the footer. HARD NEGATIVES: a subtitle, a bulleted list of system specifications, a cost table, a quote alone on a line, a subheading and a 'Kemas kini:' paragraph.",
body=r"""
nav Suara Borneo
nav Utama  Sarawak  Sabah  Nasional  Bisnes  Sukan  Hiburan
ts Khamis, 19 Februari 2026
nav Utama › Sarawak › Kapit
T Rumah panjang di Ulu Baleh kini terang dengan tenaga solar
. Enam puluh pintu tidak lagi bergantung pada generator diesel
by Oleh: Jessica Anak Ringgit
res 🎧 Dengar berita ini
. Penghuni Rumah Panjang Nanga Entawau di Ulu Baleh, Kapit, kini menikmati bekalan elektrik 24 jam sehari buat pertama kali selepas sistem grid mini tenaga solar siap dipasang bulan lalu.
cap Panel solar dipasang di atas bumbung tambahan di sebelah rumah panjang.
cr Foto: Suara Borneo / Alvin Jugah
. Sebelum ini, 60 pintu di rumah panjang itu bergantung pada generator diesel yang hanya dihidupkan dari pukul enam petang hingga sebelas malam. Kos minyak diesel yang dibawa dengan bot dari Kapit menjadi beban besar kepada penduduk.
. Butiran sistem
. • 180 panel solar dengan kapasiti keseluruhan 72 kilowatt
. • bateri simpanan untuk menampung keperluan malam
. • lampu jalan di sepanjang ruai dan jeti
. • sistem pemantauan yang boleh dilihat dari Kuching
rel Baca juga: Jalan balak ke Sungai Gaat akan dinaik taraf
. Kos projek:
. Peralatan solar dan bateri: RM1.4 juta
. Pengangkutan dengan bot dan pemasangan: RM380,000
. Latihan penyelenggaraan: RM45,000
. „Sekarang anak-anak boleh belajar pada waktu malam tanpa bunyi generator.“
. Itulah kata Tuai Rumah Jimbun anak Langgi, 63, ketua rumah panjang tersebut. Menurutnya, penduduk kini boleh menggunakan peti sejuk untuk menyimpan ikan dan daging, sesuatu yang sukar dilakukan sebelum ini.
. Penduduk dilatih
. Empat belia dari rumah panjang itu telah menjalani latihan selama dua minggu untuk menyelenggara panel dan bateri. Mereka akan menerima elaun bulanan dan bertanggungjawab melaporkan sebarang kerosakan.
. Penduduk juga bercadang menggunakan bekalan elektrik yang stabil untuk memulakan perusahaan kecil, seperti membuat kerepek dan menjahit pakaian tradisional untuk dijual kepada pelancong yang datang melalui sungai.
. Kerajaan negeri menyasarkan 30 lagi rumah panjang di kawasan pedalaman Kapit menerima sistem yang sama menjelang hujung tahun depan.
. Kemas kini: pihak berkuasa elektrik negeri memaklumkan bahawa sistem itu telah beroperasi tanpa gangguan sepanjang minggu pertama.
ad IKLAN
nl Sertai saluran Telegram Suara Borneo untuk berita terkini
tag Tag: Kapit, rumah panjang, tenaga solar, luar bandar
com Komen anda tertakluk kepada peraturan komuniti kami
cp Hak cipta © 2026 Suara Borneo Media Sdn Bhd
"""))

DOCS.append(dict(num=941, slug="malmfalten_skoterleder_renskotsel", lang="sv", style="sparse", noise=0.1,
title="Nya skoterleder dras om efter protester från samebyn",
notes="Swedish regional newspaper site from Norrbotten (snowmobile trails rerouted after objections from a Sami reindeer-herding community). Debris: paper name and menu, the 'Prenumerant' label (banner), section label, the author and date line, reading time, a caption and credit, an inline 'läs mer' link, an ad label, a 'tipsa oss' box, a newsletter sign-up, tags, a 'mest läst' list and the footer with the publisher line (bio). HARD NEGATIVES: a subtitle, a list of changed trail sections with kilometres, a quote alone on a line, a subheading, a short timeline and a 'Rättelse:' paragraph.",
body=r"""
nav Malmfältens Tidning
nav Nyheter   Sport   Kultur   Åsikter   Familj   E-tidning
ban Prenumerant
nav Nyheter · Kiruna
T Nya skoterleder dras om efter protester från samebyn
. Tre sträckor flyttas bort från renarnas vinterbete
by Elin Nilsson Sarri · 22 januari 2026 06:00
rt Lästid: ungefär 4 minuter
cap Renar på vinterbete norr om Kalixälven.
cr Foto: Per-Anders Labba
. Kommunen har beslutat att dra om tre av de planerade nya skoterlederna norr om Kiruna. Beslutet kommer efter att samebyn protesterat mot att lederna skulle gå rakt genom områden där renarna betar under senvintern.
. Sträckor som ändras:
. - Leden mot Jukkasjärvi flyttas cirka 2 km söderut, längs kraftledningsgatan.
. - Förbindelsen mot Kalixfors dras om norr om sjön och blir 5 km längre.
. - Avstickaren mot fjällstugan stryks helt i år.
rel Läs mer: Rekordmånga skotrar registrerade i länet
. Samebyns ordförande Anders Kuhmunen säger att renarna blir stressade när skotrar kör nära, och att de då sprider sig över stora områden som är svåra att bevaka.
. ”Renen har ingen annan plats att gå till på vintern.”
. Samtidigt har turistföretagen i området varit oroliga för att lederna ska bli för långa och dyra att underhålla. Skoterklubben, som sköter preparering av lederna, säger att omdragningen kräver mer arbete men att den är möjlig.
. Så har ärendet gått
. Juni 2025: förslaget till nytt ledsystem skickas på remiss.
. Oktober 2025: samebyn lämnar in sitt yttrande.
. December 2025: samråd med skoterklubben och turistföretagen.
. Januari 2026: kommunen beslutar om omdragningen.
. Turistföretagaren Maria Lindqvist, som kör skoterturer med gäster från hela Europa, säger att hon är nöjd med kompromissen. Hon påpekar att många turister dessutom uppskattar att få se renar på avstånd, så länge ingen stör dem.
. Lederna ska vara märkta och öppna till påsk. Kommunen lovar också att sätta upp nya skyltar som varnar för renar på de sträckor som ligger kvar nära betesmarkerna.
. Rättelse: i en tidigare version av artikeln stod det att leden mot Kalixfors blir 8 km längre. Den rätta uppgiften är 5 km.
ad Annons
res Har du ett nyhetstips? Hör av dig till redaktionen dygnet runt.
nl Få morgonens nyheter från Malmfälten i din inkorg – anmäl dig här
tag Ämnen: Kiruna · Skoter · Rennäring
rel Mest läst: Flyget till Stockholm ställs in i helgen · Ny isbana vid Luossajärvi
bio Malmfältens Tidning ges ut av Tornedalens Mediehus AB. Ansvarig utgivare: Lars Niemi.
"""))
