DOCS = []

DOCS.append(dict(num=632, slug="nl_referendum_windpark_uitslag", style="single", noise=0.1,
title="Inwoners Oosterdel stemmen nipt voor windpark in de Broekpolder",
notes="Dutch regional broadcaster (elections/referendum): cookie wall text with two buttons (newsletter), broadcaster menu with live radio/TV links, region label, time line, 'Deel dit bericht' share links, caption with credit, inline 'Lees ook:' link, a 'Tip de redactie' widget (residue), 'Meer nieuws uit Oosterdel' list and copyright; HARD NEGATIVES: a results table (voor/tegen/blanco), a turnout line, short quotes from the alderman and an opponent, and a sentence saying residents can still submit comments ('zienswijzen') on the plan.",
body="""
nl Omroep West-Friesland gebruikt cookies en vergelijkbare technieken om de site goed te laten werken en om advertenties af te stemmen op je interesses.
nl Akkoord
nl Alleen functionele cookies
nav Omroep West-Friesland
nav Nieuws
nav Sport
nav Radio live
nav TV gemist
nav Oosterdel
T Inwoners Oosterdel stemmen nipt voor windpark in de Broekpolder
ts vandaag, 22:41
soc Deel dit bericht
soc WhatsApp
soc Facebook
soc Kopieer link
. Een kleine meerderheid van de inwoners van de gemeente Oosterdel heeft in een raadgevend referendum ingestemd met de bouw van vijf windturbines in de Broekpolder. Het verschil was 412 stemmen.
. De uitslag
. Voor | 6.318 | 51,7 procent
. Tegen | 5.906 | 48,3 procent
. Blanco | 143
. Opkomst: 54,2 procent
. Het referendum was niet bindend, maar de gemeenteraad had vooraf beloofd de uitslag te volgen als de opkomst boven de 30 procent zou uitkomen. Dat is ruim gelukt: het is de hoogste opkomst bij een lokale stemming in Oosterdel sinds de gemeentelijke herindeling van 2011.
cap Het stembureau in dorpshuis De Kolk in Westerwijk was de hele dag druk.
cr Beeld: Omroep West-Friesland / Sanne Bakker
. Wethouder Jeroen Visscher (duurzaamheid) was opgelucht. „Het is krap, maar het is een duidelijke opdracht”, zei hij in het gemeentehuis, waar de uitslag kort na tien uur werd bekendgemaakt. „We gaan nu samen met de omwonenden kijken hoe we de overlast zo klein mogelijk houden.”
rel Lees ook: Waarom de Broekpolder de enige plek is waar windmolens passen
. Vooral in de dorpen Westerwijk en Hoogmade, die het dichtst bij de geplande turbines liggen, stemde een ruime meerderheid tegen. Tegenstanders vrezen slagschaduw, geluid en een lagere waarde van hun huizen. De turbines worden ongeveer 200 meter hoog.
. „De stad heeft besloten over ons dorp”, zei Marijke Boon van de bewonersgroep Broekpolder Open. „Dat voelt niet eerlijk. Wij gaan kijken welke juridische stappen er nog mogelijk zijn.”
. Het windpark moet stroom leveren voor ongeveer 19.000 huishoudens. Een energiecoöperatie van inwoners wordt voor de helft eigenaar, en omwonenden binnen een straal van twee kilometer krijgen een jaarlijkse vergoeding uit een gebiedsfonds.
. De gemeenteraad neemt in december een definitief besluit over het bestemmingsplan. Inwoners kunnen tot half november nog zienswijzen indienen.
res Tip de redactie
res Heb je een tip of zag je iets gebeuren? Stuur het ons via WhatsApp.
rel Meer nieuws uit Oosterdel
rel Brandweer redt paard uit sloot bij Hoogmade
rel Dorpshuis De Kolk krijgt zonnepanelen op het dak
cp © Omroep West-Friesland 2024
"""))

DOCS.append(dict(num=633, slug="pl_portal_wyrok_wycinka_drzew", style="mixed", noise=0.12, ws=True,
title="Sąd: wycinka 43 lip przy alei Klonowej była nielegalna. Deweloper zapłaci 1,2 mln zł",
notes="Polish regional news portal (courts): menu, section label, byline ('Autor:'), publication date line, 'Udostępnij' share control, a 'REKLAMA' label, inline 'Czytaj też:' link, caption with credit, 'Zobacz również' list, comment section with count, two anonymous-guest comments and a form line, and footer; HARD NEGATIVES: a short quoted sentence 'Wyrok jest nieprawomocny.', a bulleted list of the penalties, a subheading, short quotes, and a sentence saying the developer's representative did not want to comment ('komentować').",
body="""
nav Gazeta Nadwarciańska
nav Wiadomości
nav Sport
nav Kultura
nav Wiadomości › Sądy
T Sąd: wycinka 43 lip przy alei Klonowej była nielegalna. Deweloper zapłaci 1,2 mln zł
by Autor: Marta Wrzesińska
ts Data publikacji: 21.03.2024, 14:05
soc Udostępnij
. Wojewódzki Sąd Administracyjny w Gorzowie oddalił skargę spółki Klonowa Residence na decyzję o nałożeniu kary za wycięcie 43 lip przy alei Klonowej w Sulęcinie. Spółka musi zapłacić ponad 1,2 mln zł.
. „Wyrok jest nieprawomocny.”
. Tak brzmiało pierwsze zdanie komunikatu, który po ogłoszeniu orzeczenia wydał pełnomocnik miasta. Spółka może jeszcze wnieść skargę kasacyjną do Naczelnego Sądu Administracyjnego.
. Drzewa, niektóre liczące ponad 120 lat, zostały wycięte w nocy z 2 na 3 lutego 2022 roku. Spółka twierdziła, że lipy rosły na jej działce i zagrażały bezpieczeństwu przyszłych mieszkańców osiedla. Urząd miasta ustalił jednak, że 31 z nich rosło w pasie drogowym, a na wycinkę pozostałych firma nie miała zezwolenia.
ad REKLAMA
. Co orzekł sąd
. - utrzymał w mocy karę administracyjną w wysokości 1 214 000 zł,
. - uznał, że opinia dendrologiczna przedstawiona przez spółkę była sporządzona po wycince,
. - obciążył spółkę kosztami postępowania.
. – Drzewo nie staje się niebezpieczne dlatego, że przeszkadza w budowie – mówiła w uzasadnieniu sędzia Agnieszka Pawlak.
rel Czytaj też: Mieszkańcy posadzili nowe lipy przy Klonowej. „To nie to samo”
. Przedstawiciel spółki nie chciał komentować wyroku. Pełnomocnik firmy zapowiedział na sali, że po otrzymaniu pisemnego uzasadnienia rozważy dalsze kroki.
cap Aleja Klonowa w Sulęcinie po wycince, luty 2022 r.
cr Fot. Paweł Nowicki
. Pieniądze z kary trafią do budżetu gminy. Burmistrz Sulęcina Jerzy Kaczmarczyk zapowiedział, że zostaną przeznaczone na nasadzenia zieleni w mieście. – Nie przywrócimy tamtych drzew, ale możemy posadzić nowe – powiedział.
. Sprawa ciągnie się od ponad dwóch lat. Najpierw karę nałożył burmistrz, potem decyzję utrzymało Samorządowe Kolegium Odwoławcze. Spółka przekonywała w skardze, że urzędnicy źle policzyli obwody pni i zawyżyli wartość drzew. Sąd uznał jednak, że wyliczenia zostały przeprowadzone zgodnie z przepisami i na podstawie zdjęć wykonanych jeszcze przed wycinką.
. Mieszkańcy, którzy w 2022 roku protestowali przeciwko wycince, przyszli na ogłoszenie wyroku z transparentem „Lipy pamiętamy”.
rel Zobacz również
rel Nowy plan miejscowy dla Sulęcina. Co z terenami zielonymi?
rel Remont ulicy Lipowej potrwa do końca wakacji
com Komentarze (18)
com ~gość · 21.03.2024 15:12
com Nareszcie. Niech zapłacą, to może następni się zastanowią.
com ~Sulęcinianka · 21.03.2024 16:40
com Za 1,2 mln to nawet połowy tych lip się nie odtworzy.
com Napisz komentarz
nav Regulamin · Polityka prywatności · Kontakt · Reklama
cp © 2024 Gazeta Nadwarciańska. Wszelkie prawa zastrzeżone.
"""))

DOCS.append(dict(num=634, slug="tr_teknoloji_elektrikli_traktor", style="single", noise=0.1,
title="Yerli elektrikli traktör Toprak E75 tanıtıldı: tek şarjla 8 saat çalışıyor",
notes="Turkish technology news site (tech product launch in agriculture): menu, 'Abone Ol' button, section label, 'TeknoHat Haber Merkezi' byline, publication/update line, 'Google News'te takip et' link (social), a 'Reklam' label, inline 'İlgili Haber' link, caption with credit, 'Etiketler' tags, comment prompt and count, 'Bunlar da ilginizi çekebilir' list and copyright; HARD NEGATIVES: a bulleted specification list, a short quote from the CEO, a subheading, a price line and a sentence saying farmers can 'share' (paylaşmak) their usage data.",
body="""
nav TeknoHat
nav Gündem
nav Mobil
nav Otomobil
nav Bilim
nav Abone Ol
nav Teknoloji
T Yerli elektrikli traktör Toprak E75 tanıtıldı: tek şarjla 8 saat çalışıyor
by TeknoHat Haber Merkezi
ts Yayınlanma: 05.09.2024 10:30 · Güncelleme: 05.09.2024 13:12
soc Google News'te takip et
. Konya merkezli tarım makineleri üreticisi Toprak Mekanik, ilk tam elektrikli traktörü Toprak E75'i düzenlenen bir lansmanla tanıttı. Şirket, 75 beygir gücüne eşdeğer traktörün tek şarjla sekiz saate kadar çalışabildiğini açıkladı.
. Traktörün seri üretimine önümüzdeki yılın ilk çeyreğinde başlanacak. Şirket, ilk yıl 1.200 adet üretmeyi hedefliyor.
. Teknik özellikler
. - Batarya kapasitesi: 90 kWh
. - Motor gücü: 55 kW (yaklaşık 75 beygir)
. - Hızlı şarj: yüzde 20'den yüzde 80'e 50 dakika
. - Ağırlık: 3.150 kilogram
. - Azami hız: 40 km/s
ad Reklam
. Şirketin genel müdürü Selim Karataş, traktörün özellikle bağ, bahçe ve sera işleri için tasarlandığını söyledi. "Çiftçi mazot parasını her gün cebinden ödüyor. Biz o parayı güneşten almasını istiyoruz" dedi.
rel İlgili Haber: Tarımda mazot desteği ödemeleri başladı
. Toprak E75, çiftliklere kurulacak güneş panelleriyle şarj edilebilecek. Şirket, traktörle birlikte 40 kilovatlık bir çatı tipi güneş enerjisi paketi de sunacak. Traktörün fiyatı KDV hariç 1 milyon 950 bin lira olarak açıklandı. Güneş paketiyle birlikte fiyat 2 milyon 600 bin liraya çıkıyor.
cap Toprak E75, Konya'daki lansmanda tanıtıldı.
cr Fotoğraf: Toprak Mekanik
. Çiftçiler için veri
. Traktörde, toprak nemini ve iş yükünü ölçen sensörler bulunuyor. Çiftçiler isterlerse bu verileri ziraat mühendisleriyle paylaşarak gübre ve sulama planlarını daha doğru yapabilecek. Şirket, verilerin çiftçinin izni olmadan üçüncü kişilerle paylaşılmayacağını vurguladı.
. Şirket, lansmanda traktörün ilk saha testlerinin Konya Ovası'nda ve Manisa'daki bağlarda iki yıl boyunca yapıldığını açıkladı. Testlerde traktörün çalışma maliyetinin dizel muadillerine göre yüzde 60'a kadar daha düşük olduğu ölçüldü. Bakım ihtiyacının da azaldığını belirten şirket, batarya için sekiz yıl garanti veriyor.
. Ziraat Mühendisleri Odası Konya Şube Başkanı Ayşe Demirci ise elektrikli traktörlerin küçük işletmeler için hâlâ pahalı olduğunu belirterek devlet desteği çağrısında bulundu. "Teknoloji güzel, ama fiyat çiftçinin bir yıllık gelirinden fazla" dedi.
tag Etiketler: elektrikli traktör, tarım, yerli üretim, Konya
com Yorum yazmak için giriş yapın
com Yorumlar (4)
rel Bunlar da ilginizi çekebilir
rel Yerli tarım dronu ilk ihracatını yaptı
rel Seralarda güneş enerjisi kullanımı iki katına çıktı
cp © 2024 TeknoHat. Tüm hakları saklıdır. İzinsiz kullanılamaz.
"""))

DOCS.append(dict(num=635, slug="ru_livejournal_kometa_nablyudenie", style="double", noise=0.1, ws=True,
title="Комета над дачей: три вечера наблюдений",
notes="Russian-language LiveJournal post (science, amateur astronomy): LJ header links (login / create blog), journal name, 'wrote' byline line and date-time, a 'Реклама' ad label, 'Метки:' tags, current mood / music lines (residue), 'Ссылка | 7 комментариев' counter line, two comment entries with anonymous/user headers and 'Ответить' / 'Ветвь дискуссии' links, and 'Powered by LiveJournal.com'; HARD NEGATIVES: a table of brightness estimates in short rows, a numbered list of equipment, a subheading, and the blogger's request that readers share their own observations in the comments.",
body="""
nav Вход
nav Регистрация
nav Создать блог
nav Заметки любителя неба
by astro_dacha (astro_dacha) wrote
ts 2024-10-16 23:52:00
T Комета над дачей: три вечера наблюдений
. Три вечера подряд небо над нашей дачей под Рузой было чистым, и мне наконец удалось как следует рассмотреть комету, о которой все пишут последние две недели. Коротко: она того стоила.
. Впервые я поймал её 13 октября около 18:50, минут через двадцать после захода Солнца, низко на западе. Сначала в бинокль, потом уже и глазом: яркое ядро и хвост, который уходил вверх градусов на десять.
. Чем наблюдал
. 1. Бинокль 10×50, старый, ещё отцовский.
. 2. Рефрактор 80 мм на азимутальной монтировке.
. 3. Фотоаппарат с объективом 50 мм, выдержки по 4–8 секунд со штатива.
. Блеск я оценивал методом сравнения с соседними звёздами, как учили в астрокружке. Результаты такие:
. Дата | Блеск (зв. вел.) | Длина хвоста
. 13 октября | 1,5 | около 10°
. 14 октября | 1,8 | около 12°
. 15 октября | 2,2 | около 9°
. Видно, что комета быстро слабеет, хотя хвост 14-го был самым длинным. В бинокль в тот вечер был отлично виден второй, тонкий хвост, направленный почти в противоположную сторону. Говорят, это так называемый антихвост, который виден, когда Земля проходит через плоскость орбиты кометы.
ad Реклама
. Что дальше
. По прогнозам, к концу месяца комета ослабеет до четвёртой-пятой величины, и без бинокля её будет уже не найти, особенно с городской засветкой. Так что если погода позволит, выезжайте за город в ближайшие выходные.
. Отдельно скажу про фотографии. Со штатива и с обычным объективом получились вполне приличные кадры, особенно 14-го, когда в кадр попала ещё и водонапорная башня соседней деревни. Главное — не жадничать с выдержкой: на восьми секундах звёзды уже заметно вытягиваются в чёрточки.
. Соседка по участку, Валентина Петровна, посмотрела в телескоп и сказала: «Ну вот, дожила». По-моему, лучшего отзыва о комете не придумаешь.
. Если вы тоже наблюдали комету, поделитесь в комментариях, откуда смотрели и какой блеск у вас получился. Интересно сравнить оценки.
tag Метки: астрономия, кометы, наблюдения
res Настроение: восторженное
res Музыка: тишина и сверчки
com Ссылка | 7 комментариев
com (Anonymous)
com 2024-10-17 07:14 am (UTC)
com Смотрели из Звенигорода 14-го, тоже видели антихвост! Блеск оценили примерно в 2.
com Ответить | Ветвь дискуссии
com sky_over_tver
com 2024-10-17 10:02 am (UTC)
com Спасибо за таблицу. У нас 15-го было облачно, будем ловить в субботу.
com Ответить | Ветвь дискуссии
res Powered by LiveJournal.com
"""))

DOCS.append(dict(num=636, slug="uk_pidzemna_shkola_zaporizhzhia", style="single", noise=0.1,
title="Уроки під землею: у Запоріжжі відкрили ще одну підземну школу",
notes="Ukrainian-language regional news site on WordPress (war, education): menu, section label, an unrendered ad shortcode, byline and date, views counter (residue), a 'Реклама' label, inline 'Читайте також:' link, caption with photo credit, a Telegram-channel prompt (newsletter), 'Теги:' line, 'Поділитися' share row, copyright with reuse condition and footer; HARD NEGATIVES: a timetable of shifts as short lines, short quotes from the principal and a pupil, a bulleted list of the school's features, and a sentence saying parents can share ('поділитися') their feedback.",
body="""
nav Запорізький вісник
nav Новини
nav Війна
nav Освіта
nav Освіта
sc [td_block_ad_box spot_id="custom_ad_1"]
T Уроки під землею: у Запоріжжі відкрили ще одну підземну школу
by Автор: Ірина Гончаренко
ts 02.09.2024, 12:20
res 1 874
. У Запоріжжі 2 вересня запрацювала ще одна підземна школа. Її збудували на глибині шести метрів під подвір'ям ліцею № 47 у Шевченківському районі. Тепер учні кількох шкіл району зможуть навчатися очно, не зважаючи на повітряні тривоги.
. Місто розташоване приблизно за 30 кілометрів від лінії фронту, і з початку повномасштабного вторгнення більшість шкіл працювала дистанційно. Звичайні укриття в школах не розраховані на те, щоб у них проводити уроки цілий день.
. Що є в новій школі:
. - 16 класних кімнат на 30 учнів кожна
. - медичний кабінет і кімната психологічної підтримки
. - власна система вентиляції та резервне живлення
. - два окремі виходи на випадок надзвичайної ситуації
ad Реклама
. Навчання відбуватиметься у дві зміни:
. Перша зміна: 8:00 – 12:30
. Друга зміна: 13:00 – 17:30
. У першу зміну навчатимуться учні молодших класів, у другу — старшокласники з трьох ліцеїв.
rel Читайте також: Як облаштувати укриття в приватному будинку: поради ДСНС
. «Діти два роки бачили своїх однокласників лише на екрані. Сьогодні вони знову сидять поруч», — сказала директорка ліцею Оксана Литвиненко.
cap Учні на першому уроці в підземній школі, 2 вересня.
cr Фото: Запорізький вісник
. Дев'ятикласник Максим сказав журналістам, що найбільше чекав на перерви. «Уроки онлайн — це не школа. Школа — це коли можна поговорити на перерві».
. Під час повітряної тривоги уроки не переривають: діти залишаються у своїх класах, а вчителі продовжують заняття. Раніше, у звичайних укриттях, кожна тривога означала, що навчання зупинялося на годину або й більше. Для учнів, які живуть далеко, міська рада організувала шкільний автобус, що курсує між трьома ліцеями району.
. Будівництво тривало вісім місяців і коштувало, за даними міської ради, близько 90 мільйонів гривень. До кінця року в місті планують відкрити ще дві такі школи. Батьки можуть поділитися своїми відгуками та пропозиціями через анкету на сайті департаменту освіти.
nl Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися новини Запоріжжя.
tag Теги: освіта, укриття, Запоріжжя, війна
soc Поділитися
soc Поширити у Facebook
soc Telegram
soc Viber
cp © 2024 Запорізький вісник. Використання матеріалів дозволяється лише за умови посилання на сайт.
nav Про нас · Реклама на сайті · Контакти
"""))

DOCS.append(dict(num=637, slug="id_obituari_maestro_gamelan", style="mixed", noise=0.12, ws=True,
title="Selamat Jalan Ki Suryo Harjono, Maestro Gamelan dari Klaten",
notes="Indonesian news portal (obituary): menu, section label, 'Penulis' and 'Editor' lines (byline), date, an 'ADVERTISEMENT' / 'Gulir untuk melanjutkan' pair (ad), two inline 'Baca Juga:' links, caption with credit, 'Simak berita dan artikel lainnya di Google News' prompt (social), 'Tag:' line, 'Berita Terkait' list and copyright; HARD NEGATIVES: a list of his best-known works, short quotes from his son and a student, a sentence about photos being shared ('dibagikan') by his students, and the funeral details.",
body="""
nav KabarSolo.id
nav Berita
nav Budaya
nav Budaya
T Selamat Jalan Ki Suryo Harjono, Maestro Gamelan dari Klaten
by Penulis: Galih Nugroho
by Editor: Ratna Wulandari
ts Senin, 14 Oktober 2024 | 09:35 WIB
. Dunia karawitan Jawa berduka. Ki Suryo Harjono, pengrawit dan pencipta gending asal Klaten yang dikenal luas di kalangan seniman gamelan, meninggal dunia pada Minggu (13/10/2024) malam di rumahnya di Desa Karanganom, Klaten, Jawa Tengah. Ia berusia 87 tahun.
. Menurut keluarga, almarhum meninggal dengan tenang setelah beberapa bulan sakit. Ia meninggalkan seorang istri, empat anak, dan sebelas cucu.
ad ADVERTISEMENT
ad Gulir untuk melanjutkan membaca
. Ki Suryo lahir di Klaten pada 1937 dan belajar menabuh gamelan sejak usia tujuh tahun dari ayahnya, seorang penabuh kendang di keraton. Pada 1960-an ia menjadi pengrawit di radio pemerintah di Surakarta, lalu mengajar di sekolah seni selama lebih dari tiga puluh tahun.
rel Baca Juga: Festival Gamelan Internasional Kembali Digelar di Solo Tahun Depan
. Ia menciptakan lebih dari 120 gending. Karya-karyanya yang paling dikenal antara lain:
. - Gending Ladrang Sekar Karanganom (1974)
. - Ketawang Rembulan Kali Dengkeng (1981)
. - Lancaran Tandur (1989), yang sering dimainkan untuk mengiringi tari anak-anak
. Putra sulungnya, Bambang Sutrisno, mengatakan ayahnya tetap mengajar murid-murid di pendapa rumahnya hingga awal tahun ini. "Bapak bilang, gamelan itu bukan untuk disimpan, tapi untuk ditabuh bersama," ujarnya.
cap Ki Suryo Harjono saat mengajar di pendapa rumahnya di Karanganom, 2019.
cr Foto: Dok. keluarga
. Sejak kabar duka tersebar, foto-foto Ki Suryo bersama murid-muridnya banyak dibagikan oleh para seniman di media sosial. Salah seorang muridnya, pengrawit asal Belanda Marieke van Dam, menulis bahwa ia belajar kesabaran dari Ki Suryo. "Beliau tidak pernah marah. Beliau hanya menabuh lagi, pelan-pelan, sampai kami mengerti," tulisnya.
rel Baca Juga: Kisah Kampung Pengrajin Gamelan di Wirun yang Bertahan di Tengah Zaman
. Selain mengajar, Ki Suryo juga dikenal sebagai pelestari gending-gending lama yang hampir hilang. Sejak 1990-an ia mencatat ratusan notasi gending dari para pengrawit tua di desa-desa sekitar Klaten dan Boyolali. Catatan itu kini disimpan di perpustakaan sekolah seni tempat ia dulu mengajar dan sebagian sudah diterbitkan menjadi buku.
. Jenazah dimakamkan di pemakaman keluarga di Desa Karanganom pada Senin (14/10/2024) siang. Puluhan seniman dari Solo, Yogyakarta, dan Klaten mengiringi pemakaman dengan menabuh gending ciptaannya.
soc Simak berita dan artikel lainnya di Google News
tag Tag: obituari, gamelan, karawitan, Klaten
rel Berita Terkait
rel Sanggar Tari di Klaten Buka Kelas Gratis untuk Anak
rel Wayang Kulit Semalam Suntuk Meriahkan Hari Jadi Klaten
cp Copyright © 2024 KabarSolo.id, All Rights Reserved
"""))

DOCS.append(dict(num=638, slug="sv_lokaltidning_snovader_tag", style="single", noise=0.1,
title="Snöovädret stoppade tågen i Norrbotten – hundratals resenärer strandsatta",
notes="Swedish local daily (weather): 'Prenumerera' / 'Logga in' header items, section label, byline with role, published / updated lines (timestamp), 'Dela' row (social), an 'Annons' label, inline 'Läs också:' link, caption with credit, 'Ämnen i artikeln' tags, comments-closed line and copyright; HARD NEGATIVES: a dateline in the first paragraph, a bulleted list of SMHI warnings, short quotes, a subheading, and a 'Rättelse:' paragraph.",
body="""
nav Norrlandsbladet
nav Prenumerera
nav Logga in
nav Nyheter
nav Väder
T Snöovädret stoppade tågen i Norrbotten – hundratals resenärer strandsatta
by Johanna Lindqvist, reporter
ts Publicerad 14 januari 2024, 06.12
ts Uppdaterad 14 januari 2024, 11.47
soc Dela
soc Kopiera länk
. LULEÅ. Ett kraftigt snöoväder med hårda vindar stoppade under natten till söndagen all tågtrafik på Malmbanan och stambanan norr om Boden. Hundratals resenärer fick tillbringa natten på stationer och i stillastående tåg.
. Enligt Trafikverket föll på vissa platser upp till 40 centimeter snö på mindre än ett dygn, och vinden byggde upp meterhöga drivor över spåren. Två snöröjningståg kördes fast innan de hann fram till de värst drabbade sträckorna.
. SMHI:s varningar under söndagen:
. - Orange varning för snöfall i Norrbottens kustland
. - Gul varning för mycket hård vind i fjällen
. - Gul varning för risk för påverkan på vägtrafiken i hela länet
ad Annons
. Natten i tåget
. Nattåget från Stockholm stod stilla i nästan tolv timmar strax söder om Murjek. Ombord fanns drygt 300 resenärer.
. – Vi hade värme och el hela tiden, så det var inte farligt. Men maten tog slut vid fyra på morgonen, säger Erik Sandström, som var på väg hem till Kiruna.
rel Läs också: Så förbereder du bilen för sträng kyla
. I Boden öppnade kommunen sporthallen för resenärer som inte kom vidare. Ett sextiotal personer sov där på madrasser från civilförsvaret.
cap Snöröjningståget vid Murjek på söndagsmorgonen.
cr Foto: Trafikverket
. Trafikverket räknade på söndagseftermiddagen med att tågtrafiken på stambanan skulle kunna återupptas under kvällen, men att Malmbanan mellan Gällivare och Kiruna kunde vara stängd till måndagen.
. – Vi har folk och maskiner ute överallt, men vinden fyller igen spåren lika fort som vi röjer dem, säger Trafikverkets presskommunikatör Anders Nyström.
. Även vägtrafiken drabbades. E4:an mellan Luleå och Piteå var periodvis stängd under natten efter att flera lastbilar kört fast i drivorna, och Länstrafiken ställde in alla bussar i inlandet fram till lunch.
. Rättelse: I en tidigare version av artikeln stod det att nattåget stod stilla norr om Murjek. Det stod söder om Murjek.
tag Ämnen i artikeln: Väder, Tågtrafik, Luleå, Boden
com Kommentarsfunktionen är avstängd för den här artikeln.
cp © Norrlandsbladet AB 2024. Ansvarig utgivare: Karin Holm.
"""))

DOCS.append(dict(num=639, slug="cs_portal_pivovar_vysledky", style="mixed", noise=0.12, ws=True,
title="Pivovar Rožňov loni vydělal 182 milionů, táhne ho export a nealko pivo",
notes="Czech news portal (business earnings): breadcrumb, 'Autor:' byline and date, a reading-time line, 'Sdílet' share controls, 'Reklama' label, inline 'Přečtěte si také:' link, caption with credit, a discussion teaser with count (comments), 'Související články' list, 'Témata' tags and copyright; HARD NEGATIVES: a pipe table of key figures, short quotes from the CEO, a subheading, and a sentence about the brewery's advertising ('reklama') spending on its non-alcoholic brand.",
body="""
nav Hospodářský Zpravodaj
nav Zprávy › Ekonomika › Firmy
T Pivovar Rožňov loni vydělal 182 milionů, táhne ho export a nealko pivo
by Autor: Petr Doležal
ts 11. dubna 2024 9:15
rt Článek si přečtete za 3 minuty
soc Sdílet
soc Sdílet na X
. Pivovar Rožňov zvýšil loni čistý zisk o 23 procent na 182 milionů korun. Valašská firma, která vaří piva značek Radhošť a Bečva, těžila hlavně z rostoucího vývozu a z prodeje nealkoholického piva, jehož výstav se meziročně téměř zdvojnásobil.
. Hlavní čísla za rok 2023:
. Ukazatel | 2022 | 2023
. Tržby (mil. Kč) | 1 412 | 1 596
. Čistý zisk (mil. Kč) | 148 | 182
. Výstav piva (tis. hl) | 612 | 648
. Z toho nealko (tis. hl) | 41 | 79
. Podíl exportu | 18 % | 24 %
ad Reklama
. „Loňský rok byl těžký kvůli cenám energií a sladu, ale zahraničí nás podrželo,“ uvedl generální ředitel pivovaru Tomáš Kubíček. Největšími exportními trhy jsou podle něj Slovensko, Německo a nově také Jižní Korea, kam pivovar začal vyvážet v roce 2022.
rel Přečtěte si také: Češi pijí méně piva. Spotřeba klesla pod 130 litrů na hlavu
. Sázka na nealko
. Nealkoholické pivo tvořilo loni přes 12 procent výstavu. Pivovar do své nealko značky Radhošť Nula investoval nejen do nové linky na odstraňování alkoholu za 85 milionů korun, ale i do reklamy, na kterou loni vydal zhruba 40 milionů.
cap Varna pivovaru v Rožňově pod Radhoštěm.
cr Foto: Pivovar Rožňov
. „Lidé pijí méně, ale chtějí pít lépe. A chtějí pivo, po kterém mohou sednout za volant,“ řekl Kubíček.
. Letos chce pivovar investovat 120 milionů korun do nové stáčírny plechovek, která by měla začít fungovat na podzim. Firma zaměstnává 410 lidí a je v rukou rodiny Šimkových, která ji koupila od státu v roce 1993.
. Analytik Jan Maděra ze společnosti Brněnská investiční upozorňuje, že domácí trh s pivem dlouhodobě klesá. „Menší pivovary jako Rožňov to mohou vyvážit jen exportem a novými produkty. Zatím se jim to daří,“ uvedl.
com Diskuse (27)
com Vstoupit do diskuse
rel Související články
rel Kofola zvýšila tržby, zdražení nápojů zákazníky neodradilo
rel Sladovny hlásí rekordní ceny ječmene
tag Témata: pivo, pivovarnictví, hospodářské výsledky, Zlínský kraj
cp © 2024 Hospodářský Zpravodaj, a.s. Všechna práva vyhrazena.
"""))
