# devset-h sources, documents 830-839 (ar, fa, hy, ka, az, ja, ko, id, hi, sw)
DOCS = []

DOCS.append(dict(
    num=830, slug="ar_bawaba_mahattat_miyah_bahri",
    title="عودة محطة مياه بحري للعمل بعد عامين من التوقف بسبب الحرب",
    style="mixed", noise=0.1,
    notes="Pan-Arab news portal (aftermath of the war in Sudan, Khartoum North): site name and a run-together menu (navigation), section label, byline and a relative timestamp, photo caption and credit, an 'إعلان' slot (ad), an 'اقرأ أيضاً' link inside the body (related), share row and follow line (social), keyword tags, comment count with the comment rules line (comments), 'الأكثر قراءة' list (related), and copyright. HARD NEGATIVES: a dateline, a bulleted list of repair facts, a subheading, a short quote from a resident, and a sentence about engineers sharing photos of the damaged pumps with donors.",
    body="""
nav بوابة النيلين
nav الرئيسية  السودان  عربي ودولي  اقتصاد  رياضة  منوعات  فيديو
nav السودان
T عودة محطة مياه بحري للعمل بعد عامين من التوقف بسبب الحرب
by كتبت: سلمى عبد الرحيم
ts منذ ساعتين
cap فنيون يعملون على إصلاح المضخات في محطة مياه بحري
cr تصوير: محمد الطيب
. الخرطوم بحري - عادت محطة مياه بحري الرئيسية إلى العمل جزئياً يوم الثلاثاء، بعد نحو عامين من توقفها بسبب المعارك التي شهدتها المدينة، ما أعاد المياه إلى عدد من الأحياء للمرة الأولى منذ اندلاع الحرب في أبريل 2023.
. وقال مدير هيئة مياه ولاية الخرطوم إن المحطة تضخ حالياً نحو ثلث طاقتها التصميمية، على أن ترتفع الكمية تدريجياً مع وصول قطع الغيار وإصلاح خطوط الكهرباء.
. وتقع المحطة على الضفة الشرقية للنيل، وكانت قبل الحرب تغذي أكثر من مليون شخص في مدينة بحري وأجزاء من شرق النيل. وقد تعرضت خلال المعارك لأضرار كبيرة في غرف التحكم، ونُهبت منها كابلات ومحولات.
ad إعلان
. ما الذي تم إصلاحه
. - تشغيل أربع مضخات من أصل اثنتي عشرة مضخة.
. - إصلاح خط الكهرباء الرئيسي المغذي للمحطة.
. - تطهير الأحواض وإعادة تشغيل وحدة الكلور.
. - إصلاح نحو 14 كيلومتراً من الأنابيب في أحياء شمبات والحلفايا.
rel اقرأ أيضاً: عودة آلاف الأسر إلى أحياء أم درمان القديمة
. وكان المهندسون قد وثّقوا بالصور حجم الدمار في المضخات والمولدات، وشاركوا الصور مع جهات مانحة دولية للحصول على تمويل قطع الغيار.
. انتظار طويل
. ويعتمد سكان بحري منذ شهور على عربات تجرها الحمير لنقل المياه من النيل، بأسعار تضاعفت عدة مرات. وتقول منظمات إنسانية إن شح المياه النظيفة ساهم في انتشار الكوليرا في المدينة خلال العام الماضي.
. وقالت فاطمة إدريس، وهي معلمة عادت إلى حي الصافية الشهر الماضي: "أول مرة أفتح الحنفية وينزل ماء منذ سنتين".
. ولا يزال جزء كبير من المدينة بلا كهرباء، كما تحتاج شبكات الصرف الصحي إلى إصلاحات واسعة قبل عودة أعداد أكبر من السكان.
. وأوضح المدير أن فرق الصيانة عملت أكثر من شهرين في ظروف صعبة، وأن الهيئة تحتاج إلى تمويل إضافي لإعادة تشغيل المضخات المتبقية قبل حلول فصل الصيف.
soc شارك الخبر: فيسبوك · واتساب · تيليغرام
soc تابعونا على قناتنا في واتساب
tag الكلمات المفتاحية: السودان، الخرطوم بحري، المياه، إعادة الإعمار
com التعليقات (3)
com التعليقات المنشورة تعبّر عن آراء أصحابها، ويُحذف كل تعليق مسيء.
rel الأكثر قراءة
rel انخفاض أسعار الذهب في الأسواق السودانية
rel استئناف الرحلات الداخلية من مطار بورتسودان
cp جميع الحقوق محفوظة © 2025 بوابة النيلين
"""))

DOCS.append(dict(
    num=831, slug="fa_khabargozari_maremat_karvansara_semnan",
    title="مرمت کاروانسرای تاریخی آهوان به پایان رسید",
    style="sparse", noise=0.1,
    notes="Persian news-agency style portal (culture/heritage): site name and menu (navigation), the 'سرویس' section label, the news code and view counter (residue), publication date (timestamp), photo caption, reporter line (byline), a short-link line (residue), share row, tags, 'اخبار مرتبط' list (related), the comment form with name/e-mail prompts and the moderation notice (comments), and copyright. HARD NEGATIVES: a lead paragraph beginning with the agency dateline, a bulleted list of restoration works, a subheading, a short quote from the province's heritage director, and a sentence saying visitors may share photos of the caravanserai.",
    body="""
nav خبرگزاری میراث ایران
nav صفحه اصلی  سیاسی  اقتصادی  اجتماعی  فرهنگی  ورزشی  استان‌ها
nav سرویس: فرهنگی
res کد خبر: 1428837
ts تاریخ انتشار: ۲۰ اسفند ۱۴۰۳ - ۱۰:۴۵
res تعداد بازدید: ۳۲۱
T مرمت کاروانسرای تاریخی آهوان به پایان رسید
cap نمای حیاط مرکزی کاروانسرای آهوان پس از مرمت
. به گزارش خبرنگار ما از سمنان، مرمت کاروانسرای تاریخی آهوان در مسیر جاده سمنان به دامغان پس از چهار سال به پایان رسید و این بنا از فروردین ماه برای بازدید عموم باز خواهد شد.
. این کاروانسرا که قدمت آن به دوره صفوی می‌رسد، یکی از ایستگاه‌های جاده تاریخی ابریشم بوده و در دهه‌های گذشته به دلیل رها شدن، بخشی از سقف‌ها و دیوارهای آن فرو ریخته بود.
. کاروانسرای آهوان در دوره قاجار نیز محل توقف کاروان‌های تجاری و زائران بوده است. پس از احداث جاده جدید، این بنا از مسیر اصلی دور افتاد و به تدریج متروکه شد.
. کارهای انجام‌شده
. - بازسازی سه گنبد فروریخته با آجر و ملات سنتی
. - مرمت سردر ورودی و کاشی‌کاری‌های آن
. - بازگشایی آب‌انبار قدیمی کنار کاروانسرا
. - ساخت سرویس بهداشتی و مسیر دسترسی برای افراد کم‌توان
. مدیرکل میراث فرهنگی استان سمنان، علیرضا نوروزی، گفت: «هدف ما این بود که بنا همان‌طور که بود دیده شود، نه نسخه‌ای تازه از آن.»
. به گفته او هزینه مرمت حدود ۴۵ میلیارد ریال بوده که بخشی از آن از محل اعتبارات ملی و بخشی با مشارکت یک سرمایه‌گذار خصوصی تأمین شده است.
. مرمتگران در جریان کار، کتیبه‌ای آجری را در بالای یکی از ایوان‌ها یافتند که به گفته کارشناسان تاریخ ساخت بنا را دقیق‌تر مشخص می‌کند. این کتیبه اکنون در حال بررسی است.
. کاربری تازه
. قرار است بخشی از حجره‌های کاروانسرا به اقامتگاه سنتی و بخشی دیگر به کارگاه صنایع دستی محلی اختصاص یابد. بازدیدکنندگان می‌توانند در تمام بخش‌های بنا عکاسی کنند و عکس‌های خود را به اشتراک بگذارند.
by خبرنگار: مریم صادقی
res لینک کوتاه: https://mirasnews.ir/x/4Kq9
soc اشتراک‌گذاری: تلگرام · واتس‌اپ · ایکس
tag برچسب‌ها: میراث فرهنگی، سمنان، کاروانسرا، گردشگری
rel اخبار مرتبط
rel ثبت جهانی کاروانسراهای ایران؛ پنج سال بعد
rel بازگشایی حمام تاریخی دامغان پس از مرمت
com ارسال نظر
com نام
com ایمیل
com نظرات پس از بررسی و تأیید منتشر می‌شوند.
cp کلیه حقوق این سایت متعلق به خبرگزاری میراث ایران است.
"""))

DOCS.append(dict(
    num=832, slug="hy_lratvakan_portal_bnakaran_vkayagrer",
    title="Արցախից բռնի տեղահանված ևս 600 ընտանիք ստացել է բնակարանային վկայագիր",
    style="mixed", noise=0.15,
    notes="Armenian news portal (aftermath of the Nagorno-Karabakh conflict, housing for displaced families): site name and a run-together menu (navigation), section label, date and view counter (timestamp/residue), byline, photo caption and credit, an advertising label (ad), a 'Կարդացեք նաև' link inside the body (related), Telegram follow prompt and share row (social), tags, 'Լրահոս' list of neighbouring headlines (related), and the copyright and reuse notice. HARD NEGATIVES: a bulleted list of certificate amounts, a subheading, a short quote from a displaced mother, and a sentence about families sharing their new addresses with former neighbours.",
    body="""
nav Հորիզոն Լուր
nav Լրահոս  Քաղաքականություն  Հասարակություն  Տնտեսություն  Մշակույթ  Սպորտ
nav Հասարակություն
ts 13 մարտի 2025, 11:48
res Դիտումներ՝ 2341
T Արցախից բռնի տեղահանված ևս 600 ընտանիք ստացել է բնակարանային վկայագիր
by Հեղինակ՝ Անահիտ Սարգսյան
cap Բնակարանային վկայագրերի հանձնման արարողությունը Երևանում
cr Լուսանկարը՝ Արմեն Հակոբյանի
. Լեռնային Ղարաբաղից 2023 թվականի սեպտեմբերին տեղահանված ևս 600 ընտանիք այս շաբաթ ստացել է բնակարանի ձեռքբերման պետական վկայագիր։ Այդ մասին հայտնել է սոցիալական հարցերի նախարարության ներկայացուցիչ Լուսինե Մարտիրոսյանը։
. Ծրագրով ընտանիքները կարող են վկայագիրն օգտագործել բնակարան կամ տուն գնելու համար՝ Հայաստանի ցանկացած բնակավայրում։ Գումարի չափը կախված է բնակավայրից և ընտանիքի անդամների թվից։
. Ծրագիրը մեկնարկել է 2024 թվականին։ Վկայագիրը տրվում է այն ընտանիքներին, որոնք ունեն ժամանակավոր պաշտպանության կարգավիճակ կամ ստացել են Հայաստանի քաղաքացիություն։ Վկայագրի գործողության ժամկետը երկու տարի է։
ad Գովազդ
. Վկայագրի չափը մեկ անձի համար
. - Երևանում՝ 2 միլիոն դրամ
. - մյուս քաղաքներում՝ 3 միլիոն դրամ
. - սահմանամերձ և գյուղական համայնքներում՝ 5 միլիոն դրամ
rel Կարդացեք նաև՝ Տեղահանված ուսանողների ուսման վարձը կփոխհատուցվի ևս մեկ տարի
. Նախարարության տվյալներով՝ մինչ օրս վկայագիր է ստացել շուրջ 9 հազար ընտանիք, որոնցից ավելի քան 4 հազարն արդեն գնել է բնակարան։ Մեծ մասն ընտրել է Կոտայքի և Արարատի մարզերի գյուղերը, որտեղ տներն ավելի էժան են։
. Բնակարանային շուկայի դժվարությունները
. Շատ ընտանիքներ նշում են, որ վերջին երկու տարում Երևանում բնակարանների գներն այնքան են աճել, որ վկայագրի գումարը չի բավականացնում։
. Տեղահանված ընտանիքների մի մասը դեռևս ապրում է վարձով կամ ժամանակավոր կացարաններում՝ հանրակացարաններում և հյուրանոցներում։ Կառավարությունը շարունակում է վճարել բնակվարձի և կոմունալ ծախսերի աջակցությունը, սակայն դրա չափն այս տարի նվազել է։ Ըստ փորձագետների՝ վկայագրերի ծրագիրը խթանել է բնակարանների վաճառքը մարզերում։
. Որոշ համայնքներում տեղական իշխանությունները տեղահանված ընտանիքներին անվճար հողատարածքներ են տրամադրում տուն կառուցելու համար։ Նախարարությունը հայտարարել է, որ հաջորդ տարվանից ծրագրում կներառվեն նաև այն ընտանիքները, որոնք ցանկանում են ոչ թե գնել, այլ կառուցել սեփական տուն։
. «Մենք ուզում էինք մնալ Երևանում, որովհետև երեխաները այստեղ են դպրոց գնում, բայց գումարով միայն գյուղում կարողացանք տուն գնել», – ասում է Ստեփանակերտից տեղահանված երեք երեխաների մայր Նարինե Բալայանը։
. Նոր տներ տեղափոխված ընտանիքները սոցիալական ցանցերում կիսվում են իրենց նոր հասցեներով՝ որպեսզի նախկին հարևանները կարողանան գտնել միմյանց։
soc Հետևեք մեզ Telegram-ում
soc Կիսվել՝ Facebook · Telegram · X
tag Պիտակներ՝ տեղահանվածներ, բնակարան, սոցիալական ծրագրեր
rel Լրահոս
rel Կառավարությունը հաստատել է ճանապարհաշինության նոր ծրագիր
rel Գյումրիում բացվել է նոր մանկապարտեզ
cp © 2025 Հորիզոն Լուր։ Նյութերի մասնակի կամ ամբողջական օգտագործման դեպքում հղումը պարտադիր է։
"""))

DOCS.append(dict(
    num=833, slug="ka_portali_ghvinis_eksporti_rekordi",
    title="ქართული ღვინის ექსპორტმა 2024 წელს რეკორდულ ნიშნულს მიაღწია",
    style="single", noise=0.1,
    notes="Georgian news portal (business/agriculture): site name, a run-together menu and language switch (navigation), section label, date line and byline, photo caption and credit, an advertising label (ad), a 'ასევე წაიკითხეთ' link inside the body (related), share row and Facebook follow line (social), tags, comment box prompt (comments), 'მსგავსი სიახლეები' list (related), and copyright. HARD NEGATIVES: a table of exports by country, a subheading, a short quote from a winemaker, and a sentence saying the agency will share market data with small wineries.",
    body="""
nav ბიზნეს ფოკუსი
nav მთავარი  ეკონომიკა  ბიზნესი  ფინანსები  აგრო  ინტერვიუ
nav ENG | РУС
nav აგრო
T ქართული ღვინის ექსპორტმა 2024 წელს რეკორდულ ნიშნულს მიაღწია
ts 15 იანვარი 2025, 12:10
by ავტორი: ნინო ბერიძე
cap რთველი კახეთში, 2024 წლის სექტემბერი
cr ფოტო: გიორგი ცინცაძე
. საქართველოდან 2024 წელს 112 მილიონი ბოთლი ღვინო გავიდა ექსპორტზე, რაც ქვეყნის ისტორიაში ყველაზე მაღალი მაჩვენებელია. ამის შესახებ ღვინის ეროვნულმა სააგენტომ ოთხშაბათს განაცხადა.
. სააგენტოს მონაცემებით, ქართული ღვინო 2024 წელს 68 ქვეყანაში გაიყიდა, ხოლო შემოსავალმა 290 მილიონ დოლარს გადააჭარბა.
. 2024 წლის რთველზე საქართველოში დაახლოებით 300 ათასი ტონა ყურძენი გადამუშავდა. ყურძნის ფასი კახეთში, ჯიშის მიხედვით, კილოგრამზე ერთიდან ორნახევარ ლარამდე მერყეობდა.
ad რეკლამა
. ძირითადი ბაზრები
. ქვეყანა | ბოთლი (მლნ)
. რუსეთი | 67
. უკრაინა | 9.8
. ჩინეთი | 7.1
. პოლონეთი | 6.4
. გერმანია | 3.2
rel ასევე წაიკითხეთ: თხილის ფასი ბაზარზე კვლავ ეცემა
. ექსპერტები აღნიშნავენ, რომ ექსპორტი კვლავ ძალიან არის დამოკიდებული რუსულ ბაზარზე, რაც მეღვინეებისთვის დიდ რისკს ქმნის. ბოლო წლებში მცირე მარნები სულ უფრო მეტად ცდილობენ ევროპულ და აზიურ ბაზრებზე გასვლას.
. სააგენტოს თავმჯდომარის, დავით ხუციშვილის, თქმით, ზრდა, პირველ რიგში, ჩინეთსა და პოლონეთში გაყიდვების მატებამ განაპირობა. მისივე თქმით, სააგენტო წელს საერთაშორისო გამოფენებში მონაწილეობას გააფართოებს და ქართულ ღვინოს იაპონიასა და სამხრეთ კორეაშიც წარადგენს.
. ყველაზე მეტად ექსპორტირებული ღვინოები კვლავ საფერავი და ქინძმარაულია, თუმცა ბოლო წლებში სულ უფრო იზრდება მოთხოვნა რქაწითელსა და ქვევრის ქარვისფერ ღვინოებზე.
. მეღვინეების თქმით, ექსპორტის ზრდის მიუხედავად, ბევრ მცირე მარანს ჯერ კიდევ უჭირს ბოთლების, საცობებისა და ეტიკეტების მაღალი ფასების გამო, რადგან მათი უმეტესობა იმპორტირებულია. ამიტომ ზოგიერთი მარანი ღვინის ნაწილს ტურისტებზე პირდაპირ მარანში ყიდის.
. სოფლის მეურნეობის სამინისტრო მეღვინეებს ახალი ვენახების გაშენებისთვის შეღავათიან სესხებს სთავაზობს, ხოლო ახალგაზრდა მეღვინეებისთვის წელს სპეციალური საგრანტო პროგრამა ამოქმედდება.
. ქვევრის ღვინო და მცირე მარნები
. ევროპაში განსაკუთრებით იზრდება ინტერესი ქვევრში დაყენებული ღვინის მიმართ. „ევროპელი მყიდველი ჩვენთან ისტორიისთვის მოდის და ღვინისთვის რჩება“, — ამბობს თელავის მახლობლად მდებარე მცირე მარნის მფლობელი ლევან ჯაფარიძე.
. სააგენტომ განაცხადა, რომ ახალი ბაზრების შესახებ კვლევებს მცირე მარნებს უფასოდ გაუზიარებს, რათა მათ უფრო ადვილად იპოვონ მყიდველები.
. ექსპერტები 2025 წელს ექსპორტის ზრდის შენელებას ელიან, რადგან გასული წლის რთველი ზოგიერთ რეგიონში სეტყვამ დააზიანა.
soc გააზიარეთ: Facebook · Telegram · LinkedIn
soc გამოგვყევით Facebook-ზე
tag თეგები: ღვინო, ექსპორტი, აგრობიზნესი
com დატოვეთ კომენტარი
rel მსგავსი სიახლეები
rel მანდარინის ექსპორტი 20%-ით შემცირდა
rel ბათუმის პორტში ტვირთბრუნვა გაიზარდა
cp © 2025 ბიზნეს ფოკუსი. ყველა უფლება დაცულია.
"""))

DOCS.append(dict(
    num=834, slug="az_portal_fuzuli_minalardan_temizleme_qayidis",
    title="Füzulinin Qarakənd kəndinə ilk sakinlər qayıdıb",
    style="mixed", noise=0.1, ws=True,
    notes="Azerbaijani news portal (aftermath of the Karabakh conflict, demining and returns in Füzuli district): site name and a run-together menu (navigation), section label, date line and author (timestamp/byline), view counter (residue), photo caption and credit, an advertising label (ad), a 'Həmçinin oxuyun' link inside the body (related), share row (social), tags, 'Digər xəbərlər' list (related), and the reuse notice (banner) with copyright. HARD NEGATIVES: a bulleted list of what was built, a subheading, a short quote from a returning resident, a sentence warning residents not to share photos of unexploded ordnance instead of reporting it, and a dateline.",
    body="""
nav Aran Xəbər
nav Siyasət  İqtisadiyyat  Cəmiyyət  Regionlar  İdman  Mədəniyyət
nav Regionlar
ts 13 mart 2025, 09:40
by Müəllif: Günel Əliyeva
res Baxış sayı: 1 532
T Füzulinin Qarakənd kəndinə ilk sakinlər qayıdıb
cap Qarakənd kəndində yeni tikilmiş evlər
cr Foto: Aran Xəbər
. FÜZULİ — Füzuli rayonunun Qarakənd kəndinə otuz ildən artıq fasilədən sonra ilk 48 ailə köçürülüb. Kəndin ərazisi son iki ildə minalardan təmizlənib, burada məktəb, tibb məntəqəsi və 160 fərdi ev tikilib.
. Kənd sakinləri 1993-cü ildə münaqişə zamanı evlərini tərk etmişdilər. Onların çoxu o vaxtdan bəri Bakı və Sumqayıtda müvəqqəti məskənlərdə yaşayıb.
. Köçürülən ailələrə evlərin açarları kənddə keçirilən mərasimdə təqdim olunub. Hər ailəyə ev əşyaları və ilk aylar üçün ərzaq yardımı da verilib. Sakinlərin çoxu əkinçilik və heyvandarlıqla məşğul olmaq istədiyini bildirib.
ad Reklam
. Kənddə görülən işlər
. - 1 400 hektar ərazi minalardan və partlamamış hərbi sursatlardan təmizlənib;
. - 160 ev, məktəb və tibb məntəqəsi tikilib;
. - kəndə su, qaz və elektrik xətləri çəkilib;
. - 12 kilometr kənd yolu asfaltlanıb.
rel Həmçinin oxuyun: Ağdam şəhərində ilk yaşayış kompleksi istifadəyə verilib
. Mina təmizləmə agentliyinin əməkdaşı Elvin Qasımov bildirib ki, kəndin ətrafındakı meşə və otlaqlar hələ tam təmizlənməyib və həmin ərazilərə girmək qadağandır.
. Sakinlərə xəbərdarlıq edilir ki, şübhəli əşya tapdıqda ona toxunmasınlar, şəklini sosial şəbəkələrdə paylaşmaq əvəzinə dərhal qaynar xəttə zəng etsinlər.
. Təhlükəsizlik ən vacib məsələdir
. Ötən il rayonda minaya düşmə nəticəsində üç nəfər həyatını itirib. Agentlik yeni köçən ailələr üçün kənddə məlumatlandırma təlimləri keçirir.
. Kəndin ərazisində aparılan minatəmizləmə işləri zamanı 2 mindən çox mina və partlamamış sursat aşkarlanaraq zərərsizləşdirilib. Agentlik bildirir ki, bu işlər Füzuli rayonunun digər kəndlərində də davam edir. Yeni məktəbin həyətində uşaqlar üçün idman meydançası da salınıb.
. Rayon icra hakimiyyətinin məlumatına görə, kənd məktəbində artıq 37 şagird təhsil alır. Tibb məntəqəsində həftənin beş günü həkim qəbulu olacaq. Qarakənd Füzuli rayonunda sakinlərin qayıtdığı dördüncü kənddir.
. «Anam ömrü boyu bu kəndi danışırdı. İndi onun tanıdığı bulağın yanında evimiz var», — deyə 52 yaşlı müəllim Rəşad Məmmədov bildirib.
. Növbəti köç karvanının aprel ayında gəlməsi gözlənilir.
soc Paylaş: Facebook · WhatsApp · Telegram
tag Teqlər: Füzuli, Böyük Qayıdış, mina təmizləmə
rel Digər xəbərlər
rel Bakıda yeni metro stansiyasının tikintisi başlayıb
rel Şəkidə ipək festivalı keçiriləcək
ban Materiallardan istifadə zamanı Aran Xəbər-ə aktiv istinad mütləqdir.
cp © 2025 Aran Xəbər. Bütün hüquqlar qorunur.
"""))

DOCS.append(dict(
    num=835, slug="ja_pdf_hodo_happyo_kuma_taisaku",
    title="ツキノワグマ出没に関する注意報の発表について",
    style="none", noise=0.05, trailing_blank=True,
    notes="Text extracted from a Japanese prefectural press-release PDF (environment/public safety): the press-release label and the recipient line (residue), the release date (timestamp), the issuing section (byline), the page footers and the running header repeated on page 2 (residue), and the contact block at the end with person in charge and telephone (residue). HARD DOCUMENT: no blank lines, PDF layout lines. HARD NEGATIVES: numbered section headings, a table of sightings by year, parenthesised numbered advice items, and a sentence asking residents to share sighting information with the municipality. The '以上' end mark of the release is residue.",
    body="""
res 報道発表資料
res 県政記者クラブ 各位
ts 令和７年４月１０日
by 北山県環境生活部自然保護課
T ツキノワグマ出没に関する注意報の発表について
. 県内でツキノワグマの目撃件数が例年より早い時期から増加していることから、本日、ツキノワグマ出没注意報を発表しましたのでお知らせします。
. １ 注意報の期間
. 令和７年４月１０日（木）から６月３０日（月）まで
. ２ 発表の理由
. 昨年秋のブナの実が大凶作だったため、冬眠明けのクマが餌を求めて人里近くに出没するおそれが高まっています。４月に入ってからの目撃件数は２７件で、昨年同期の約３倍となっています。
. ３ 目撃件数の推移（４月１日～９日）
. 年 | 目撃件数
. 令和５年 | ６件
. 令和６年 | ９件
. 令和７年 | ２７件
res － １ －
res ツキノワグマ出没に関する注意報（令和７年４月１０日）
. ４ 県民の皆様へのお願い
. （１）山菜採りや登山の際は、鈴やラジオなど音の出るものを携帯してください。
. （２）早朝や夕方の単独行動は避けてください。
. （３）生ごみや果実を屋外に放置しないでください。
. （４）クマを目撃した場合は、近づかずに静かにその場を離れてください。
. また、目撃情報は速やかに市町村または警察に提供してください。情報を共有することで、地域全体での注意喚起につながります。
. ５ 県の対応
. 県は市町村や猟友会と連携し、出没が多い地域でのパトロールを強化するとともに、小中学校への注意喚起の文書を配布します。
. なお、県内では昨年度、クマによる人身被害が７件発生しており、このうち５件は山菜採りの最中に起きています。県は、入山する際には複数人で行動し、クマよけスプレーを携帯するよう呼びかけています。
. 県のホームページでは、市町村別の目撃情報を地図で公開しており、毎日午後５時に更新しています。
res 以上
res 【問い合わせ先】
res 北山県環境生活部自然保護課 野生生物担当
res 担当：佐々木、大友
res 電話：０１８－８６０－１６１３（直通）
res － ２ －
"""))

DOCS.append(dict(
    num=836, slug="ko_portal_bandoche_suchul_jeungga",
    title="반도체 수출 11개월 연속 증가…2월 수출 5.2% 늘어",
    style="single", noise=0.1,
    notes="Korean news site (business/trade figures): site name and a run-together menu (navigation), section label, the reporter line with e-mail (byline), the 'input / modified' timestamps, text-size and print controls (residue), share control (social), photo caption, an advertising label (ad), the reaction buttons with counters (social), the reuse-prohibition notice (banner), 'related articles' and 'most viewed' lists (related), and copyright. HARD NEGATIVES: a table of exports by product, a subheading, a short quote from a ministry official, and a sentence about companies sharing their inventory data with the ministry.",
    body="""
nav 한빛경제
nav 경제  산업  금융  부동산  IT·과학  국제  오피니언
nav 산업 > 무역
T 반도체 수출 11개월 연속 증가…2월 수출 5.2% 늘어
by 김민지 기자 minji.kim@hanbiteco.kr
ts 입력 2025.03.01 10:21  |  수정 2025.03.01 11:05
res 글자크기 조절   인쇄하기
soc 공유하기
cap 부산항 신선대부두에 수출 컨테이너가 쌓여 있다.
. 지난달 우리나라 수출이 반도체 호조에 힘입어 1년 전보다 5.2% 늘어난 것으로 나타났다. 반도체 수출은 11개월 연속 증가세를 이어갔다.
. 산업통상자원부가 1일 발표한 2월 수출입 동향에 따르면 지난달 수출액은 548억 달러, 수입액은 505억 달러로 무역수지는 43억 달러 흑자를 기록했다.
. 다만 조업일수가 지난해보다 하루 많았던 점을 고려하면 하루 평균 수출액은 0.3% 증가하는 데 그쳤다.
ad 광고
. 주요 품목별 수출
. 품목 | 수출액(억 달러) | 증감률
. 반도체 | 112 | +18.4%
. 자동차 | 58 | -3.1%
. 석유제품 | 36 | -7.9%
. 선박 | 27 | +22.0%
. 반도체는 인공지능 서버용 고대역폭메모리 수요가 이어지면서 증가세를 이끌었다. 반면 자동차는 미국 시장의 재고 조정으로 소폭 감소했다.
. 품목별로는 선박 수출이 고부가가치 선박 인도가 늘면서 크게 증가했고, 무선통신기기와 컴퓨터 수출도 각각 두 자릿수 증가율을 보였다. 반면 석유제품은 국제 유가 하락으로 단가가 떨어지면서 감소세를 이어갔다.
. 지역별로는 대중국 수출이 2.1% 늘어 두 달 만에 증가세로 돌아섰고, 아세안과 베트남 수출도 각각 6%대 증가율을 기록했다. 대미 수출은 자동차 부진의 영향으로 1.8% 감소했다.
. 수입은 원유와 가스 등 에너지 수입이 줄면서 1년 전보다 0.4% 감소했다. 에너지 수입액은 98억 달러로 지난해 같은 달보다 12% 줄었다.
. 하반기 전망
. 산업부 관계자는 "반도체를 제외한 품목의 회복세가 아직 약하다"며 "하반기에는 미국의 관세 정책이 가장 큰 변수가 될 것"이라고 말했다.
. 전문가들은 메모리 가격이 당분간 오름세를 이어갈 것으로 보고 있다. 한 증권사 연구원은 "메모리 재고가 정상 수준으로 돌아왔고 데이터센터 투자가 계속되고 있다"며 "상반기까지는 반도체가 전체 수출을 떠받칠 것"이라고 내다봤다.
. 정부는 주요 수출 기업들이 공유한 재고와 주문 자료를 바탕으로 이달 말 업종별 대응 방안을 내놓을 계획이다.
. 정부는 또 수출 기업의 물류비 부담을 줄이기 위해 중소기업 전용 선복을 늘리고, 무역보험 지원 규모도 지난해보다 확대하기로 했다.
. 무역협회는 이번 달에도 반도체 수출이 증가세를 유지할 것으로 예상하면서도, 주요국의 보호무역 조치가 확대될 경우 하반기 수출 증가율이 1%대로 떨어질 수 있다고 분석했다.
. 한편 1월과 2월을 합친 올해 누적 수출액은 1,039억 달러로 지난해 같은 기간보다 2.1% 줄었다.
soc 좋아요 12   훈훈해요 0   슬퍼요 1   화나요 3   후속 원해요 5
ban 무단전재 및 재배포 금지
rel 관련기사
rel 1월 수출 10.3% 감소…설 연휴 영향
rel 반도체 장비 수입 급증, 설비투자 회복 신호
rel 많이 본 뉴스
rel 한은, 기준금리 동결…"물가 안정 확인 필요"
cp Copyright © 한빛경제. All rights reserved.
"""))

DOCS.append(dict(
    num=837, slug="id_portal_banjir_rob_jakarta_utara",
    title="Banjir Rob Rendam Lima Kelurahan di Jakarta Utara, Warga Mengungsi",
    style="mixed", noise=0.15,
    notes="Indonesian news portal (weather/city services): site name and a run-together channel menu (navigation), byline with editor initials and timestamp, photo caption and credit, the 'ADVERTISEMENT' slot with its 'GULIR UNTUK MELANJUTKAN' prompt (ad/residue), 'Baca juga' links inside the body (related), an embedded-video placeholder (shortcode) and its 'Simak Video' label (caption), the editors' initials at the end (residue), the next-page pager (navigation), tags, 'Berita Terkait' list (related), and copyright. HARD NEGATIVES: a dateline, a bulleted list of affected neighbourhoods, a subheading, a short quote from a resident, and a sentence in which the regional agency asks residents to share water-level reports.",
    body="""
nav warta24
nav News  Finance  Sport  Oto  Travel  Food  Health  Wolipop
nav News › Berita Jakarta
T Banjir Rob Rendam Lima Kelurahan di Jakarta Utara, Warga Mengungsi
by Rizky Pratama - warta24News
ts Selasa, 11 Mar 2025 19:32 WIB
cap Warga melintasi genangan banjir rob di kawasan Muara Angke, Selasa (11/3/2025).
cr Foto: Agung Setiawan/warta24
. Jakarta - Banjir rob kembali merendam permukiman di pesisir Jakarta Utara pada Selasa (11/3) sore. Ketinggian air mencapai 60 sentimeter di beberapa titik dan puluhan warga terpaksa mengungsi ke masjid dan balai warga.
. Badan Penanggulangan Bencana Daerah (BPBD) DKI Jakarta mencatat genangan terjadi di lima kelurahan, yaitu:
. - Pluit
. - Penjaringan
. - Kamal Muara
. - Marunda
. - Kalibaru
ad ADVERTISEMENT
res GULIR UNTUK MELANJUTKAN
. Menurut Badan Meteorologi, Klimatologi, dan Geofisika (BMKG), rob dipicu oleh fase bulan purnama yang bersamaan dengan angin kencang dari arah utara. Kondisi pasang maksimum diperkirakan berlangsung hingga Jumat.
. Di Muara Angke, air laut masuk melalui celah tanggul yang rusak di dekat pelabuhan perikanan. Petugas Dinas Sumber Daya Air menutup celah tersebut dengan karung pasir sejak sore, namun air tetap meluap saat pasang mencapai puncaknya sekitar pukul 18.00 WIB.
rel Baca juga: Tanggul Laut Raksasa Mulai Dibangun di Pesisir Utara Jakarta
. "Tiap bulan purnama pasti masuk. Tahun ini airnya lebih tinggi dari tahun lalu," kata Sumiati, warga Kamal Muara yang rumahnya terendam sejak sore.
. Kepala Pelaksana BPBD DKI Jakarta, Hendra Wibisono, mengatakan pihaknya telah menyiagakan 24 pompa bergerak dan menyiapkan dapur umum di dua lokasi pengungsian. Menurut dia, genangan diperkirakan surut tiga hingga empat jam setelah air laut kembali turun.
. Penurunan tanah
. Para ahli menyebut penurunan muka tanah sebagai penyebab utama rob yang makin sering. Sebagian kawasan di Jakarta Utara turun hingga 10 sentimeter per tahun akibat pengambilan air tanah.
. Pemerintah provinsi menargetkan pembangunan tanggul pantai sepanjang 12 kilometer selesai pada 2027. Namun sejumlah warga menilai pembangunan berjalan lambat.
. BPBD meminta warga membagikan laporan ketinggian air di lingkungannya melalui aplikasi pelaporan resmi, agar petugas dan pompa dapat diarahkan ke titik yang paling parah.
cap Simak Video "Rob Setinggi Lutut Rendam Permukiman di Muara Angke"
sc [Gambas:Video warta24]
res (rzp/dna)
nav Halaman selanjutnya »
tag banjir rob  jakarta utara  bpbd dki  bmkg
rel Berita Terkait
rel Pompa Air di Pluit Ditambah Jelang Puncak Musim Hujan
rel Warga Marunda Minta Tanggul Ditinggikan
cp Hak Cipta © 2025 warta24 – PT Warta Dua Empat Media
"""))

DOCS.append(dict(
    num=838, slug="hi_portal_mahila_kabaddi_rajya_final",
    title="राज्य महिला कबड्डी फाइनल: भिवानी ने रोहतक को 38-31 से हराकर खिताब जीता",
    style="single", noise=0.1,
    notes="Hindi news portal (sport, women's kabaddi): an app-download strip (newsletter), site name and a run-together menu (navigation), section label, 'Edited By' line and updated timestamp (byline/timestamp), photo caption, an advertising label (ad), a 'यह भी पढ़ें' link inside the body (related), follow line (social), tags, comment count (comments), 'ताज़ा खबरें' list (related) and copyright. HARD NEGATIVES: the final score line and half-time line, a bulleted list of award winners, a subheading, a short quote from the captain, and a sentence about the team's video being shared widely.",
    body="""
nl ताज़ा खबरों के लिए हमारा ऐप डाउनलोड करें — Android और iOS पर मुफ़्त
nav दैनिक जनपथ
nav होम  देश  राज्य  खेल  मनोरंजन  बिज़नेस  धर्म  वीडियो
nav खेल › कबड्डी
T राज्य महिला कबड्डी फाइनल: भिवानी ने रोहतक को 38-31 से हराकर खिताब जीता
by Edited By: सुमित यादव
ts अपडेटेड: 12 मार्च 2025, 08:45 PM (IST)
cap खिताब जीतने के बाद ट्रॉफी के साथ भिवानी की खिलाड़ी
. हिसार। राज्य स्तरीय महिला कबड्डी प्रतियोगिता के फाइनल में भिवानी की टीम ने रोहतक को 38-31 से हराकर लगातार दूसरी बार खिताब अपने नाम किया। महावीर स्टेडियम में खेले गए मुकाबले को देखने के लिए करीब चार हजार दर्शक पहुंचे।
. प्रतियोगिता में प्रदेश के सभी 22 जिलों की टीमों ने हिस्सा लिया। सेमीफाइनल में भिवानी ने सोनीपत को और रोहतक ने हिसार को हराया था। आयोजकों के अनुसार इस साल महिला वर्ग में पिछले साल से लगभग दोगुनी खिलाड़ियों ने पंजीकरण कराया।
. फाइनल: भिवानी 38, रोहतक 31
. हाफ टाइम: भिवानी 17, रोहतक 18
. पहले हाफ में रोहतक की टीम एक अंक से आगे रही, लेकिन दूसरे हाफ में भिवानी की रेडर पूजा सांगवान ने लगातार तीन सफल रेड कर मैच का रुख बदल दिया। आखिरी पांच मिनट में भिवानी ने रोहतक को ऑल आउट कर निर्णायक बढ़त हासिल की।
ad विज्ञापन
. पुरस्कार विजेता
. - सर्वश्रेष्ठ रेडर: पूजा सांगवान (भिवानी)
. - सर्वश्रेष्ठ डिफेंडर: रीना मलिक (रोहतक)
. - उभरती खिलाड़ी: कोमल दहिया (सोनीपत)
rel यह भी पढ़ें: राष्ट्रीय खेलों के लिए हरियाणा की टीम घोषित, 12 खिलाड़ी चुनी गईं
. कप्तान निशा श्योराण ने कहा, "हमने हाफ टाइम पर तय किया कि घबराना नहीं है, बस एक-एक अंक लेना है।"
. गांव से स्टेडियम तक
. भिवानी टीम की ज़्यादातर खिलाड़ी आसपास के गांवों से हैं और सुबह-शाम गांव के अखाड़े में अभ्यास करती हैं। जीत के बाद टीम का गांव लौटते समय ढोल-नगाड़ों के साथ स्वागत हुआ, जिसका वीडियो सोशल मीडिया पर खूब शेयर किया गया।
. विजेता टीम को दो लाख रुपये और उपविजेता को एक लाख रुपये का नकद पुरस्कार दिया गया। चयनकर्ताओं ने बताया कि दोनों टीमों की सात खिलाड़ियों को राष्ट्रीय शिविर के लिए बुलाया जाएगा।
soc हमें फॉलो करें: Facebook | X | Instagram | YouTube
tag Tags: कबड्डी, महिला खेल, भिवानी, हरियाणा
com कमेंट्स (3)
rel ताज़ा खबरें
rel आईपीएल 2025: पहले मैच के टिकट की बिक्री शुरू
rel हॉकी: जूनियर टीम ने बेल्जियम को 3-2 से हराया
cp © 2025 दैनिक जनपथ. सर्वाधिकार सुरक्षित.
"""))

DOCS.append(dict(
    num=839, slug="sw_tovuti_chanjo_malaria_kisumu",
    title="Kisumu yaanza kutoa chanjo ya malaria kwa watoto katika zahanati zote",
    style="mixed", noise=0.1,
    notes="Kenyan Swahili news site (health): site name and a run-together menu (navigation), section label, byline and publication line, photo caption and credit, an advertising label (ad), a 'Soma pia' link inside the body (related), share row and follow line (social), tags, comment count with the comment form prompt (comments), a newsletter sign-up (newsletter), 'Habari zaidi' list (related) and copyright. HARD NEGATIVES: a dateline, a bulleted dose schedule, a subheading, a short quote from a mother, and a sentence in which health officials ask community health volunteers to share the clinic timetable.",
    body="""
nav Ziwa Leo
nav Habari  Kaunti  Siasa  Biashara  Michezo  Afya  Burudani
nav Afya
T Kisumu yaanza kutoa chanjo ya malaria kwa watoto katika zahanati zote
by Na Akinyi Odhiambo
ts Imechapishwa: Machi 12, 2025 | Saa 3:15 asubuhi
cap Muuguzi akimpa mtoto chanjo ya malaria katika zahanati ya Nyalenda.
cr Picha: Ziwa Leo
. KISUMU — Kaunti ya Kisumu imeanza kutoa chanjo ya malaria kwa watoto wote wenye umri wa miezi mitano hadi miaka miwili katika zahanati zake zote 164, baada ya majaribio yaliyofanyika katika maeneo machache tangu mwaka 2019.
. Kwa mujibu wa idara ya afya ya kaunti, malaria bado ni chanzo kikuu cha vifo vya watoto walio chini ya miaka mitano katika eneo la Ziwa Victoria.
. Chanjo hiyo, iliyofanyiwa majaribio nchini Kenya, Ghana na Malawi, sasa inatolewa bure katika zahanati zote za umma za kaunti. Wazazi wanatakiwa kubeba kadi ya kliniki ya mtoto wanapofika.
ad Tangazo
. Ratiba ya chanjo
. - dozi ya kwanza: miezi 5
. - dozi ya pili: miezi 6
. - dozi ya tatu: miezi 7
. - dozi ya nne: miezi 24
rel Soma pia: Wakulima wa mpunga Ahero walalamikia bei ya mbolea
. Afisa mkuu wa afya wa kaunti, Dkt. Samuel Otieno, alisema majaribio ya awali yalionyesha kupungua kwa idadi ya watoto waliolazwa hospitalini kwa malaria kali. Aliongeza kuwa chanjo haichukui nafasi ya vyandarua.
. Wauguzi wamepewa mafunzo maalum ya siku tatu kuhusu jinsi ya kutoa chanjo, kuihifadhi kwenye jokofu na kuweka kumbukumbu za kila mtoto.
. Changamoto ya dozi ya nne
. Tatizo kubwa, kwa mujibu wa wauguzi, ni kwamba wazazi wengi hawarudi kwa dozi ya nne, ambayo hutolewa mtoto akiwa na miaka miwili. Idara ya afya imewaomba wahudumu wa afya ya jamii kushiriki ratiba ya zahanati na familia katika vijiji vyao.
. "Mtoto wangu wa kwanza aliugua malaria mara nne kabla ya kufikisha miaka miwili. Huyu sitakosa hata dozi moja," alisema Grace Achieng, mama wa watoto wawili kutoka Nyalenda.
. Kaunti inatarajia kuwachanja watoto 48,000 katika mwaka wa kwanza wa mpango huo.
soc Shiriki habari hii: WhatsApp · Facebook · X
soc Tufuate kwenye Instagram na TikTok
tag Mada: malaria, chanjo, Kisumu, afya ya watoto
com Maoni (0)
com Andika maoni yako hapa
nl Jiandikishe kupokea habari zetu kila asubuhi kwa barua pepe
rel Habari zaidi
rel Bei ya samaki yapanda Kisumu baada ya mvua
rel Hospitali ya rufaa ya Jaramogi yapata mashine mpya ya saratani
cp © 2025 Ziwa Leo. Haki zote zimehifadhiwa.
"""))
