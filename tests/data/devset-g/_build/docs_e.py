DOCS = []

DOCS.append(dict(num=732, slug="tr_haber_sitesi_deprem_konutlari_teslim", style="single", noise=0.1,
title="Antakya'da 4 bin 200 deprem konutu hak sahiplerine teslim edildi",
notes="Turkish news site on a WordPress news theme (earthquake recovery, housing): currency/weather strip (residue), menu, 'Gündem' label, 'Haber Merkezi' byline, 'Giriş:' and 'Son güncelleme' lines (timestamp), 'Google Haberler'de takip et' link (social), an in-body 'Reklam' label, caption with credit, 'İlgili Haberler' list, an emoji reaction widget ('Bu habere tepkiniz ne?') with counts (social), comment form lines (comments) and footer with a 'Basın İlan Kurumu'-style invented notice (banner); HARD NEGATIVES: a dateline in the first paragraph, a bulleted list of handover figures, a one-line quote and a sentence saying residents were asked not to share their draw numbers online.",
body="""
res Dolar 38,42 · Euro 43,17 · Altın 3.912 · Hatay 19°C
nav Asi Haber
nav Gündem
nav Ekonomi
nav Spor
nav Yaşam
nav Gündem
T Antakya'da 4 bin 200 deprem konutu hak sahiplerine teslim edildi
by Haber Merkezi
ts Giriş: 06.02.2026 11:05
ts Son güncelleme 06 Şubat 2026 - 14.32
soc Google Haberler'de takip et
. HATAY — 6 Şubat 2023 depremlerinin üçüncü yıl dönümünde Antakya'nın Narlıca ve Odabaşı mahallelerinde yapılan 4 bin 200 konutun anahtarları hak sahiplerine teslim edildi.
. Törende konuşan Çevre ve Şehircilik Bakan Yardımcısı Selim Aydoğdu, deprem bölgesinde bugüne kadar toplam 210 binden fazla konutun tamamlandığını söyledi.
. Teslim edilen konutlar
. - 3 bin 600 daire, 2+1 ve 3+1 tipinde, dört ve beş katlı binalarda;
. - 600 köy evi, Antakya'ya bağlı kırsal mahallelerde;
. - 14 okul, 3 sağlık ocağı ve 2 cami aynı projede yer alıyor.
ad Reklam
. Hak sahipleri, konutların belirlenmesi için geçen ay noter huzurunda yapılan kurada çıkan numaralarla törene katıldı. Valilik, dolandırıcılık girişimlerine karşı vatandaşları kura numaralarını sosyal medyada paylaşmamaları konusunda uyardı.
. Depremde evi yıkılan ve üç yıldır konteyner kentte yaşayan Hatice Demirel, anahtarı alınca gözyaşlarını tutamadı.
. "Üç yıl sonra ilk defa kendi kapımı kilitleyeceğim."
cap Narlıca'daki yeni konutlar, teslim töreninden önce havadan görüntülendi.
cr Fotoğraf: Asi Haber / Murat Kılıç
. Konteyner kentlerde hâlâ yaklaşık 90 bin kişinin yaşadığı tahmin ediliyor. Belediye yetkilileri, yeni konutlara taşınan ailelerin konteynerlerinin boşaltılarak söküleceğini ve bu alanların park olarak düzenleneceğini açıkladı.
. Bazı hak sahipleri ise yeni mahallelerin şehir merkezine uzak olmasından ve toplu taşıma hatlarının henüz hazır olmamasından şikâyetçi. Belediye, iki yeni otobüs hattının mart ayında hizmete gireceğini duyurdu.
. Törene katılan mühendisler, yeni binaların zemin etütlerinin ardından sismik izolatör kullanılmadan ancak güncel deprem yönetmeliğine göre tasarlandığını anlattı. Her blokta yangın merdiveni ve deprem sonrası toplanma alanı bulunuyor. Konutların bedeli hak sahiplerinden 20 yıl vadeli ve faizsiz olarak tahsil edilecek; ilk iki yıl ödeme yapılmayacak.
. Defterdarlık Mahallesi'nde yaşayan emekli öğretmen Nuri Kaya ise yeni evin güzel olduğunu ama eski komşularından ayrı düşmenin zor geldiğini söyledi. Kaya, kura sonucunda komşularının farklı mahallelere dağıldığını, bazılarının ise hâlâ sıra beklediğini anlattı.
. Antakya'nın tarihi çarşısının yeniden yapımı ise sürüyor. Restorasyon çalışmalarının 2027 sonunda tamamlanması planlanıyor.
rel İlgili Haberler
rel İskenderun sahil yolu yeniden trafiğe açıldı
rel Deprem bölgesinde okullara 1.200 yeni öğretmen atandı
soc Bu habere tepkiniz ne?
soc 😊 Mutlu 184
soc 😢 Hüzünlü 96
soc 😡 Kızgın 12
com Yorum yazın
com Adınız
com Yorumunuz yayınlanmadan önce editör onayından geçecektir.
ban Bu sitede yayımlanan haberlerin kaynak gösterilmeden kullanılması 5846 sayılı Fikir ve Sanat Eserleri Kanunu uyarınca yasaktır.
cp © 2026 Asi Haber
"""))

DOCS.append(dict(num=733, slug="nl_universiteit_persbericht_wilde_bijen", style="double", noise=0.08,
title="Wilde bijen profiteren meer van bloemrijke bermen dan van bloemenmengsels uit de zak",
notes="Dutch university press-release page (science): top bar with 'Studeren', 'Onderzoek' and 'Over ons' (navigation), 'English' language switch, breadcrumb, 'Nieuwsbericht' label, date line, a 'Leesvoorlichting'-style ReadSpeaker control 'Voorlezen' (caption), 'Meer informatie' press-contact block (residue), a 'Publicatiegegevens' line with DOI (residue), share row, 'Ander nieuws' list and footer; HARD NEGATIVES: a bulleted list of findings, a one-line quote, a subheading, and a sentence about municipalities sharing mowing data with the researchers.",
body="""
nav Studeren
nav Onderzoek
nav Over ons
nav English
nav Home › Nieuws › 2025
nav Nieuwsbericht
T Wilde bijen profiteren meer van bloemrijke bermen dan van bloemenmengsels uit de zak | Universiteit van Oostland
ts 2 juli 2025
cap Voorlezen
. Bermen die twee keer per jaar worden gemaaid en waarvan het maaisel wordt afgevoerd, leveren meer wilde bijen op dan bermen die zijn ingezaaid met een kant-en-klaar bloemenmengsel. Dat blijkt uit vijf jaar veldonderzoek van ecologen van de Universiteit van Oostland.
. De onderzoekers telden bijen op 120 bermstukken langs provinciale wegen in drie provincies. Op de helft werd het maaibeheer aangepast, op een kwart werd een bloemenmengsel ingezaaid en de rest bleef onveranderd.
. Belangrijkste resultaten
. - Na vijf jaar kwamen op de anders gemaaide bermen gemiddeld 2,4 keer zoveel soorten wilde bijen voor als op de onveranderde bermen.
. - Ingezaaide bermen scoorden in het eerste jaar het best, maar na drie jaar waren de meeste gezaaide soorten verdwenen.
. - Zeldzame soorten, zoals de grote klokjesbij, werden vrijwel alleen op de anders gemaaide bermen gevonden.
. Geduld loont
. "Een zakje zaad geeft je één mooie zomer. Goed maaien geeft je een berm voor twintig jaar," zegt hoofdonderzoeker dr. Marieke Hoefnagels.
. Volgens Hoefnagels komen wilde bijen vooral af op inheemse planten die zich langzaam vestigen als de bodem armer wordt. Door het maaisel af te voeren, verdwijnen voedingsstoffen uit de berm en krijgen gras en brandnetels minder kans.
. Vijf gemeenten en twee provincies deelden hun maaigegevens met de onderzoekers, waardoor het team ook kon kijken naar de kosten. Het aangepaste beheer bleek per kilometer nauwelijks duurder dan de gewone werkwijze.
. De onderzoekers pleiten ervoor om het geld dat nu naar bloemenmengsels gaat, te besteden aan het afvoeren van maaisel. Ze waarschuwen ook dat mengsels uit de handel soms soorten bevatten die hier niet van nature voorkomen.
res Publicatiegegevens: Hoefnagels, M., De Bruijn, T. & Amrani, S. (2025). Mowing regimes and wild bee diversity on road verges. Journal of Applied Insect Ecology 62(4). DOI 10.5555/jaie.2025.0412
res Meer informatie
res Persvoorlichting Universiteit van Oostland, Thijs Verhoeven, 050 555 3291, pers@uvo.example.nl
soc Deel dit nieuwsbericht via LinkedIn
rel Ander nieuws
rel Eredoctoraat voor klimaatwetenschapper Amina Yusuf
cp © Universiteit van Oostland
"""))

DOCS.append(dict(num=734, slug="sv_kommun_skolskjuts_vinterdack", style="mixed", noise=0.12, ws=True,
title="Skolskjutsen i Storbyn körs med mindre bussar i vinter",
notes="Swedish municipality website news page (local services/education): 'Till innehållet'-style skip link replaced by invented 'Hoppa direkt till sidans text' (navigation), e-services bar ('E-tjänster', 'Lediga jobb', 'Kontakta oss'), ReadSpeaker 'Lyssna' control (caption), breadcrumb, 'Publicerad' and 'Senast ändrad' lines (timestamp), 'Hittade du den information du sökte?' feedback with 'Ja/Nej' (residue), 'Dela sidan' (social), 'Sidansvarig' line (residue), footer with address and copyright; HARD NEGATIVES: a bulleted list of affected routes, a pipe table of departure times, a sentence encouraging parents to share the information in the school's parent groups, and a one-line quote.",
body="""
nav Hoppa direkt till sidans text
nav E-tjänster
nav Lediga jobb
nav Kontakta oss
nav Storbyns kommun
nav Start / Barn och utbildning / Skolskjuts / Nyheter
cap Lyssna
T Skolskjutsen i Storbyn körs med mindre bussar i vinter
ts Publicerad 4 november 2025
. Från och med måndag den 17 november körs tre av kommunens skolskjutslinjer med mindre bussar och nya avgångstider. Anledningen är att vägarna till byarna Norrsjö, Lillåsen och Kvarnbäcken är för smala för fullstora bussar när snövallarna växer.
. Vilka linjer berörs?
. - Linje 12, Norrsjö – Storbyskolan
. - Linje 14, Lillåsen – Storbyskolan
. - Linje 15, Kvarnbäcken – Björkskolan
. Minibussarna tar 16 passagerare. På linje 12, där det åker 24 elever, körs därför två turer varje morgon.
. Linje 12 | Första turen | Andra turen
. Norrsjö vändplan | 07.05 | 07.30
. Storbyskolan | 07.35 | 08.00
. Elever i årskurs F–3 åker med den andra turen, så att de yngsta barnen inte behöver vänta utomhus vid skolan. Vårdnadshavare har fått brev hem, men vi ber er gärna dela informationen i skolans föräldragrupper så att alla får den.
. Varför ändras det nu?
. Förra vintern fick en buss på linje 14 köra i diket vid Lillåsens bro efter ett snöfall. Ingen skadades, men trafikföretaget och kommunen kom efter en utredning fram till att vägen inte är säker för stora bussar vintertid.
. – Vi hellre kör två gånger med en liten buss än en gång med en stor som inte kommer fram, säger Anna-Karin Lindh, skolskjutssamordnare på kommunen.
. Ändringarna gäller till och med den 27 mars. Under sportlovet körs ingen skolskjuts.
. Kommunen undersöker också om vägen till Lillåsen kan breddas vid bron. En sådan ombyggnad kan tidigast bli av sommaren 2027, eftersom den kräver bidrag från Trafikverket.
. Har du frågor om ditt barns skolskjuts kan du kontakta skolskjutssamordnaren via kommunens växel.
ts Senast ändrad 5 november 2025
res Hittade du den information du sökte?
res Ja
res Nej
soc Dela sidan
res Sidansvarig: Förvaltningen för barn och utbildning
res Storbyns kommun, Torggatan 3, 862 41 Storbyn · Växel 0651-55 50 00
cp © Storbyns kommun
"""))

DOCS.append(dict(num=735, slug="hy_lratvakan_veteranneri_verakangnum", style="single", noise=0.1,
title="Երևանում բացվեց 2020 թվականի պատերազմի վիրավոր զինվորների վերականգնողական նոր կենտրոն",
notes="Armenian news site (conflict aftermath: veterans of the 2020 Nagorno-Karabakh war): site menu, 'Լրահոս' (news feed) sidebar with timed headlines at the tail (related), section label, date line, 'Կիսվել' share row (social), in-body 'Գովազդ' label (ad), 'Կարդացեք նաև' inline link, caption and credit, 'Դիտումներ' view counter (residue), comment block heading and one comment (comments) and copyright; HARD NEGATIVES: a bulleted list of services, a one-line quote, a sentence about the centre sharing its methods with regional hospitals, and a subheading.",
body="""
nav Արարատ Լուրեր
nav Լուրեր
nav Հասարակություն
nav Առողջություն
nav Մշակույթ
nav Հասարակություն
T Երևանում բացվեց 2020 թվականի պատերազմի վիրավոր զինվորների վերականգնողական նոր կենտրոն
ts 15.05.2025 | 12:40
soc Կիսվել
. Երևանի Ավան վարչական շրջանում այսօր բացվեց վերականգնողական նոր կենտրոն, որը նախատեսված է 2020 թվականի պատերազմում վիրավորված զինծառայողների և կամավորների համար։ Կենտրոնը կառուցվել է պետական բյուջեի և բարեգործական հիմնադրամների միջոցներով։
. Կենտրոնի տնօրեն Արմեն Հակոբյանի խոսքով՝ այստեղ միաժամանակ կարող են բուժում ստանալ մինչև 80 պացիենտ, իսկ տարեկան ծառայություններից կօգտվի մոտ 1500 մարդ։
. Ինչ ծառայություններ կան
. - պրոթեզավորում և պրոթեզների կարգավորում,
. - ֆիզիոթերապիա և լողավազանում վերականգնողական վարժություններ,
. - հոգեբանական աջակցություն պացիենտների և նրանց ընտանիքների համար,
. - մասնագիտական վերապատրաստում աշխատանքի վերադառնալու համար։
ad Գովազդ
. Բացման արարողությանը ներկա էին առողջապահության նախարարը, վետերանների կազմակերպությունների ներկայացուցիչներ և պացիենտներ։ Նրանցից մեկը՝ 24-ամյա Դավիթ Մելքոնյանը, պատերազմում կորցրել է ոտքը և արդեն երկու տարի օգտագործում է պրոթեզ։
. «Ես ուզում եմ նորից վազել։ Այստեղ ասում են՝ հնարավոր է»։
rel Կարդացեք նաև՝ Վետերանների բնակարանային ծրագրին դիմել է 2300 ընտանիք
cap Պացիենտը վարժություններ է կատարում կենտրոնի մարզասրահում։
cr Լուսանկարը՝ Անի Գրիգորյանի
. Մարզերի համար
. Կենտրոնի մասնագետները պատրաստվում են իրենց մեթոդները կիսել մարզային հիվանդանոցների հետ, որպեսզի Գյումրիում, Վանաձորում և Կապանում ապրող վետերանները ստիպված չլինեն ամեն շաբաթ Երևան գալ։ Առաջին դասընթացները նախատեսված են աշնանը։
. Կենտրոնում աշխատում են 60 մասնագետ, այդ թվում՝ ֆիզիոթերապևտներ, հոգեբաններ և պրոթեզավորման տեխնիկներ, որոնցից մի քանիսը վերապատրաստվել են արտասահմանում։ Ծառայություններն անվճար են 2020 թվականի պատերազմի մասնակիցների և նրանց ընտանիքների անդամների համար։ Պացիենտները կարող են դիմել բժշկի ուղեգրով կամ անմիջապես վետերանների կազմակերպությունների միջոցով։
. Տնօրենի խոսքով՝ առաջին ամիսների համար արդեն գրանցվել է ավելի քան 300 մարդ, և հերթը կարող է երկարել, եթե լրացուցիչ մասնագետներ չներգրավվեն։ Կառավարությունը խոստացել է հաջորդ տարի ընդլայնել կենտրոնի մասնաշենքը և ավելացնել ևս 40 մահճակալ։
. Դավիթ Մելքոնյանի մայրը՝ Գայանեն, ասում է, որ մինչ այժմ որդու բուժման համար ամիս առ ամիս ստիպված էին մեկնել արտերկիր կամ սպասել մայրաքաղաքի հիվանդանոցներում։ Նրա խոսքով՝ նոր կենտրոնը ընտանիքի համար ոչ միայն բուժում է, այլև հույս։
. Վետերանների միությունների տվյալներով՝ պատերազմից հետո ավելի քան չորս հազար մարդ ունի տարբեր աստիճանի հաշմանդամություն, և նրանցից շատերը դեռ սպասում են երկարատև վերականգնման։
res Դիտումներ՝ 3418
com Մեկնաբանություններ (1)
com Լուսինե Ս.՝ Շատ լավ նորություն է, վերջապես։
rel Լրահոս
rel 12:15 Գյումրիում վերանորոգվում է կենտրոնական հրապարակը
rel 11:52 Սևանի ջրի մակարդակը բարձրացել է 4 սանտիմետրով
cp © 2025 Արարատ Լուրեր։ Բոլոր իրավունքները պաշտպանված են։
"""))

DOCS.append(dict(num=736, slug="ka_bitrix_portali_teatris_festivali", style="single", noise=0.1,
title="თბილისის საერთაშორისო თეატრალური ფესტივალი 14 ქვეყნის 30 სპექტაკლით გაიხსნება",
notes="Georgian portal on a Bitrix-type CMS (culture): portal menu, a 'Bitrix' leftover '#WORKAREA#' template placeholder (shortcode), breadcrumb, date and view counter, 'გააზიარე' share row (social), 'ასევე წაიკითხეთ' inline link, caption and credit, 'თეგები' tag line, 'მსგავსი სიახლეები' list and footer; HARD NEGATIVES: a bulleted programme list, a one-line quote from the director, a subheading, and a sentence inviting spectators to share their reviews on the festival's platform as part of the programme.",
body="""
nav კულტურა.ge
nav მთავარი
nav სიახლეები
nav თეატრი
nav კინო
nav მუსიკა
nav მთავარი / სიახლეები / თეატრი
sc #WORKAREA#
T თბილისის საერთაშორისო თეატრალური ფესტივალი 14 ქვეყნის 30 სპექტაკლით გაიხსნება
ts 22 სექტემბერი 2025, 10:15
res ნანახია: 1 287
soc გააზიარე
. თბილისის საერთაშორისო თეატრალური ფესტივალი ამა წლის 3 ოქტომბერს გაიხსნება და ორ კვირას გაგრძელდება. ორგანიზატორების ინფორმაციით, ფესტივალზე 14 ქვეყნის 30 სპექტაკლი იქნება წარმოდგენილი, მათ შორის რვა ქართული დადგმა.
. ფესტივალის დირექტორის, ნინო ბერიძის თქმით, წლევანდელი პროგრამის მთავარი თემა მეხსიერება და სახლია.
. «თეატრი ის ადგილია, სადაც ერთად ვიხსენებთ».
. პროგრამის მთავარი მოვლენები
. - გახსნის სპექტაკლი – ლიტვური თეატრის «ზამთრის ბაღი» რუსთაველის თეატრის დიდ სცენაზე;
. - ქართული შოუქეისი უცხოელი პროდიუსერებისთვის, 8–10 ოქტომბერს;
. - ქუჩის თეატრის დღე ვაკის პარკში, რომელზეც დასწრება უფასოა.
rel ასევე წაიკითხეთ: მარჯანიშვილის თეატრი ახალ სეზონს «მეფე ლირით» ხსნის
cap ლიტვური თეატრის სპექტაკლის «ზამთრის ბაღი» რეპეტიცია.
cr ფოტო: ფესტივალის პრესსამსახური
. ბილეთები და ახალგაზრდა მაყურებელი
. ბილეთების გაყიდვა 25 სექტემბრიდან დაიწყება. ორგანიზატორებმა სტუდენტებისთვის ფასდაკლება დააწესეს, ხოლო 18 წლამდე მაყურებლისთვის ზოგიერთი სპექტაკლი უფასო იქნება.
. წელს პირველად ფესტივალი მაყურებელს სთავაზობს, ყოველი ნანახი სპექტაკლის შესახებ საკუთარი შეფასება ფესტივალის პლატფორმაზე გაუზიაროს. საუკეთესო რეცენზიების ავტორები ფესტივალის დახურვაზე იქნებიან მიწვეულნი.
. წლევანდელ პროგრამაში ოთხი სპექტაკლი სომხეთიდან, აზერბაიჯანიდან და უკრაინიდან ჩამოსული დასების ერთობლივი პროექტია. ორგანიზატორები ამბობენ, რომ ასეთი თანამშრომლობა რეგიონში იშვიათია და ფესტივალი მას განსაკუთრებულ ყურადღებას დაუთმობს. სპექტაკლების უმეტესობა ქართული და ინგლისური სუბტიტრებით იქნება ნაჩვენები.
. ფესტივალის ფარგლებში ასევე გაიმართება დისკუსიები და ვორქშოფები ახალგაზრდა რეჟისორებისა და მსახიობებისთვის. მონაწილეობის მსურველებს სარეგისტრაციო განაცხადის შევსება 28 სექტემბრამდე შეუძლიათ. ვორქშოფებს უცხოელი პედაგოგები ჩაატარებენ, მათ შორის ცნობილი პოლონელი რეჟისორი და ბრიტანელი ქორეოგრაფი.
. ფესტივალს მხარს უჭერს კულტურის სამინისტრო და თბილისის მერია. ორგანიზატორების თქმით, ბიუჯეტი გასულ წელთან შედარებით 15 პროცენტით გაიზარდა, რამაც მეტი უცხოური დასის მოწვევის საშუალება მისცა.
. თეატრმცოდნეები აღნიშნავენ, რომ ფესტივალი ბოლო წლებში ქართული თეატრისთვის საერთაშორისო ასპარეზზე გასვლის მთავარ საშუალებად იქცა. შარშან ფესტივალზე ნაჩვენები სამი ქართული სპექტაკლი შემდგომ ევროპის სხვადასხვა ქალაქში გასტროლებზე მიიწვიეს, მათ შორის ავინიონსა და ედინბურგში. ორგანიზატორები იმედოვნებენ, რომ წელსაც ასე იქნება.
. ფესტივალის დახურვა 17 ოქტომბერს, ქართული დადგმით «დედის სახლი», გაიმართება.
tag თეგები: თეატრი, ფესტივალი, თბილისი
rel მსგავსი სიახლეები
rel ბათუმის ჯაზ-ფესტივალი ახალ ადგილზე გადადის
rel ეროვნულმა გალერეამ ფიროსმანის დარბაზი განაახლა
cp © 2025 კულტურა.ge – ყველა უფლება დაცულია
"""))

DOCS.append(dict(num=737, slug="ro_site_local_alegeri_partiale_primar", style="single", noise=0.1,
title="Alegeri parțiale la Vălenii de Arieș: Ioana Mureșan câștigă primăria cu 54%",
notes="Romanian local news site (elections): menu, 'Actualitate' label, author and date lines, reading-time line, 'Distribuie' share row with counter (social), in-body 'Publicitate' label, 'Citește și:' inline link, results widget title 'Rezultate parțiale — sursa BEC' (residue), caption and credit, 'Etichete:' line, comments heading with one comment and a 'Lasă un răspuns'-like invented form line (comments), a one-line run-together footer menu, and footer; HARD NEGATIVES: a results table with votes and percentages, a turnout line, a one-line quote and a sentence in which the loser says he will not comment until the official results.",
body="""
nav Gazeta de Arieș
nav Actualitate
nav Administrație
nav Sport
nav Actualitate
T Alegeri parțiale la Vălenii de Arieș: Ioana Mureșan câștigă primăria cu 54%
by Autor: Radu Bogdan
ts 14 septembrie 2025, 23:10
rt Timp estimat de citire: 2 minute
soc Distribuie
soc 238 distribuiri
. Ioana Mureșan, candidata unei alianțe locale de independenți, a câștigat duminică alegerile parțiale pentru funcția de primar al comunei Vălenii de Arieș, organizate după demisia fostului primar, Gheorghe Trif.
. Candidat | Voturi | Procent
. Ioana Mureșan (independent) | 1.412 | 54,1%
. Vasile Crainic (PNL) | 892 | 34,2%
. Dorin Pop (PSD) | 305 | 11,7%
. Prezența la vot a fost de 47,8%, cu aproape zece puncte mai mult decât la alegerile locale din 2024.
res Rezultate parțiale — sursa BEC, după numărarea voturilor din toate cele 4 secții
ad Publicitate
. Mureșan, în vârstă de 38 de ani, este profesoară de biologie la școala din comună și a condus în ultimii ani asociația părinților. Campania ei s-a concentrat pe reparația drumului spre satul Poiana și pe deschiderea unui dispensar cu program zilnic.
. „Oamenii au votat pentru drum, nu pentru mine.”
rel Citește și: Drumul spre Poiana, închis din nou după ploile de săptămâna trecută
. Vasile Crainic, fost viceprimar, a declarat că nu va comenta rezultatul până la publicarea proceselor-verbale oficiale. Echipa sa a depus o contestație privind o secție de votare din satul Cioara, unde, susține el, listele suplimentare au fost folosite abuziv.
cap Ioana Mureșan alături de susținători, duminică seara, în fața căminului cultural.
cr Foto: Gazeta de Arieș / Andrei Fodor
. Fostul primar Gheorghe Trif a demisionat în iunie, după ce a fost trimis în judecată pentru fapte de corupție legate de un contract de deszăpezire. El susține că este nevinovat.
. Biroul electoral de circumscripție a anunțat că va soluționa contestația până miercuri. Juriștii consultați de Gazeta de Arieș spun însă că diferența de peste 500 de voturi face puțin probabilă o schimbare a rezultatului.
. Noul primar va depune jurământul după validarea mandatului de către judecătorie, în cel mult 30 de zile. Consiliul local, în care alianța lui Mureșan are doar trei din cele unsprezece locuri, rămâne neschimbat până la alegerile din 2028.
tag Etichete: alegeri parțiale, Vălenii de Arieș, primărie
com 2 comentarii
com Maria T. · 15 septembrie 2025 la 07:48
com Felicitări! Sper să se țină de cuvânt cu dispensarul.
com Scrie un comentariu. Adresa de e-mail nu va fi făcută publică.
nav Despre noi · Contact · Publicitate · Politica de confidențialitate · Arhivă
cp © 2025 Gazeta de Arieș. Toate drepturile rezervate.
"""))

DOCS.append(dict(num=738, slug="fi_maakuntalehti_jaatie_suljettu", style="mixed", noise=0.1, ws=True, trailing_blank=True,
title="Leuto talvi sulki Hailuodon jäätien – lautta jatkaa liikennettä",
notes="Finnish regional newspaper with paywall badge (weather/local transport): newspaper menu, 'Tilaajille' subscriber badge (newsletter), section label, author line and time with 'Päivitetty' (byline/timestamp), a subscription offer box that lets the article through ('Tilaa 1 kk 1 €') (newsletter), 'Lue myös:' inline link, caption with credit, 'Jaa artikkeli' (social), 'Aiheet' tag line, a 'Luetuimmat' list, and footer; HARD NEGATIVES: a pipe table of ice thickness by year, a bulleted list of ferry arrangements, a one-line quote, and a sentence asking islanders to share their own ice observations with the road authority.",
body="""
nav Pohjolan Sanomat
nav Uutiset
nav Urheilu
nav Mielipide
nav Tilaa
nl Tilaajille
nav Oulun seutu
T Leuto talvi sulki Hailuodon jäätien – lautta jatkaa liikennettä
by Eveliina Kangas
ts Julkaistu 3.2. 14:20
ts Päivitetty 3.2. 16:05
. Hailuodon jäätietä ei avata tänä talvena lainkaan, kertoi tieviranomainen tiistaina. Meren jää on liian ohutta ja epätasaista, eikä pakkasia ole luvassa lähiviikoille.
. Jäätie on tavallisesti ollut auki tammikuun lopulta maaliskuun puoliväliin. Se lyhentää matkaa mantereelle, ja sitä käyttävät erityisesti raskaat ajoneuvot, jotka eivät mahdu lautalle ruuhka-aikoina.
. Jään paksuus mittauspisteessä helmikuun alussa
. Vuosi | Jään paksuus (cm) | Jäätie auki
. 2022 | 41 | 24 päivää
. 2023 | 52 | 39 päivää
. 2024 | 47 | 31 päivää
. 2026 | 18 | ei avata
nl Tilaa Pohjolan Sanomat – ensimmäinen kuukausi 1 €
. Tieviranomaisen kunnossapitopäällikkö Jari Rantala sanoo, että jäätie vaatii vähintään 40 senttimetrin tasaisen jään koko matkalta. Nyt jään paksuus vaihtelee paikoin alle kymmenestä senttimetristä parinkymmenen senttimetriin.
. "Emme ota riskiä. Jää ei ole tänä vuonna turvallinen."
. Lauttaliikenne jatkuu normaalin aikataulun mukaan. Tieviranomainen on tehnyt lauttojen varalle järjestelyjä:
. - ruuhka-aikoina liikennöi kaksi lauttaa,
. - raskaille ajoneuvoille on varattu oma kaista lauttarannassa,
. - jäänmurtaja pitää väylän auki tarvittaessa ympäri vuorokauden.
rel Lue myös: Näin ilmastonmuutos muuttaa Perämeren talvea
cap Hailuodon lautta ohuen jään keskellä tiistaina.
cr Kuva: Ville Heikkinen
. Hailuodon kunnanjohtaja Minna Pesonen sanoo, että saarelaiset ovat tottuneet siihen, että jäätie on joinakin talvina auki vain muutaman viikon. Kokonaan avaamatta se on jäänyt viimeksi talvella 2020.
. Saaren yrittäjät ovat huolissaan kuljetuksista. Sahayrittäjä Pekka Alatalo kertoo, että jäätien kautta on tavallisesti kuljetettu talven aikana satoja rekkakuormia puuta, ja nyt kaikki kuormat joutuvat jonottamaan lautalle. Hänen mukaansa kuljetuskustannukset nousevat tänä talvena selvästi.
. Ilmatieteen asiantuntijoiden mukaan Perämeren jäätalvet ovat lyhentyneet viime vuosikymmeninä, ja jäätie voi tulevaisuudessa jäädä avaamatta yhä useammin.
. Hailuodon kiinteä tieyhteys eli pengertie on ollut suunnitteilla jo vuosia, mutta sen rahoituksesta ei ole päätöstä. Kunta toivoo, että leuto talvi nostaa hankkeen jälleen esille valtion budjettineuvotteluissa.
. Tieviranomainen pyytää saarelaisia jakamaan omia havaintojaan jään kunnosta palautepalvelun kautta, koska ne auttavat arvioimaan tilannetta seuraavina talvina.
soc Jaa artikkeli
tag Aiheet: Hailuoto, jäätie, sää
rel Luetuimmat
rel Kiiminkijoen tulva uhkaa taloja keväällä
rel Oulun keskustan kävelykatu laajenee
cp © Pohjolan Sanomat
"""))

DOCS.append(dict(num=739, slug="az_dle_sayti_nere_baliqlari_inkubator", style="single", noise=0.1,
title="Kürdə nərə balıqlarının yeni inkubasiya sexi istifadəyə verildi",
notes="Azerbaijani news site on a DataLife Engine-type CMS (science/environment: sturgeon hatchery): 'Xəbər lenti' menu, section label, date and view counter ('Baxış:') (residue), 'Paylaş' share row, 'Müəllif:' byline, 'Reklam' slot, caption and credit, 'Teqlər:' line, 'Oxşar xəbərlər' list, a 'Şərh yazmaq üçün' login notice (comments), DLE leftover '{include file=...}' tag (shortcode), and footer; HARD NEGATIVES: a bulleted list of species and targets, a one-line quote, a subheading and a sentence in which the institute says it shares its genetic data with neighbouring Caspian countries.",
body="""
nav Xəzər Xəbər
nav Xəbər lenti
nav Cəmiyyət
nav Ekologiya
nav İdman
nav Ekologiya
T Kürdə nərə balıqlarının yeni inkubasiya sexi istifadəyə verildi
ts 05.04.2025, 15:47
res Baxış: 2 061
by Müəllif: Leyla Hüseynova
soc Paylaş
. Kür çayının sahilində, Neftçala rayonunda nərə balıqlarının çoxaldılması üçün yeni inkubasiya sexi istifadəyə verilib. Sexdə ildə 3 milyon körpə balıq yetişdirilməsi və Kür çayına buraxılması nəzərdə tutulur.
. Layihəni həyata keçirən Balıqçılıq Elmi-Tədqiqat İnstitutunun direktoru Rauf Məmmədovun sözlərinə görə, son iyirmi ildə Xəzər dənizində nərə balıqlarının sayı kəskin azalıb və bəzi növlər təbii şəraitdə demək olar ki, çoxalmır.
. Sexdə yetişdiriləcək növlər
. - rus nərəsi – ildə 1,5 milyon körpə balıq,
. - uzunburun nərə – ildə 1 milyon,
. - ağ bölgə – ildə 500 min.
ad Reklam
. Körpə balıqlar üç ay sexdə saxlanıldıqdan sonra, çəkiləri 3–5 qrama çatanda çaya buraxılacaq. İnstitut balıqların bir hissəsini xüsusi nişanlarla işarələyəcək ki, onların dənizdə necə yayıldığını izləmək mümkün olsun.
. «Balığı buraxmaq asandır, onu qorumaq isə çətindir».
. Direktor bununla qanunsuz ovun hələ də əsas problem olduğunu vurğulayıb. Onun sözlərinə görə, nərə balıqlarının ovu üzərində qadağa davam edir və qanunsuz ovla mübarizə gücləndiriləcək.
cap Yeni sexdə körpə nərə balıqları üçün hovuzlar.
cr Foto: Xəzər Xəbər
. Regional əməkdaşlıq
. İnstitut Xəzəryanı ölkələrin alimləri ilə genetik məlumatlarını bölüşdüyünü bildirib. Bu, müxtəlif ölkələrdə buraxılan balıqların qarışmasının qarşısını almağa və populyasiyanın genetik müxtəlifliyini qorumağa kömək edəcək.
. Sexin tikintisinə dövlət büdcəsindən və beynəlxalq ekoloji fonddan təxminən 12 milyon manat vəsait ayrılıb. Binada su təmizləyici qurğular, laboratoriya və balıqların böyüməsini izləmək üçün rəqəmsal sistem quraşdırılıb. Sexdə 45 nəfər işləyəcək, onların əksəriyyəti Neftçala və Salyan rayonlarının sakinləridir.
. Yerli balıqçılar da layihəni dəstəkləyir. Neftçala sakini, uzun illər balıqçılıqla məşğul olan Elxan Quliyev deyir ki, gənclik illərində çayda nərə balığına tez-tez rast gəlirdilər, indi isə onu yalnız kitablarda görmək olur. Onun sözlərinə görə, balıqçılar sexə kömək etməyə hazırdırlar.
. Ekoloqlar yeni sexi müsbət addım kimi qiymətləndirirlər, lakin hesab edirlər ki, Kür çayının suyunun azalması və çirklənməsi də həll olunmalıdır. Son illərdə çayın mənsəbində dəniz suyunun çaya daxil olması balıqların kürüləmə yerlərini azaldıb.
tag Teqlər: nərə balığı, Kür, Xəzər dənizi, ekologiya
rel Oxşar xəbərlər
rel Xəzərin səviyyəsi son 30 ilin ən aşağı həddinə düşüb
rel Qızılağac qoruğunda qışlayan quşların sayı artıb
com Şərh yazmaq üçün sayta daxil olun.
sc {include file="engine/modules/banner_bottom.php"}
cp © 2025 Xəzər Xəbər. Materiallardan istifadə zamanı istinad vacibdir.
"""))
