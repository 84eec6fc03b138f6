DOCS = []

DOCS.append(dict(num=961, slug="sk_liptov_medvede_obce", lang="sk", style="single", noise=0.1,
title="Medvede v Liptove: obce chcú nádoby na odpad, ktoré neotvoria",
notes="Slovak regional news portal (bears coming into villages in Liptov). Debris: portal name, a run-together region/section menu, the section label, author and date/time lines, a photo caption with credit, an inline 'prečítajte si tiež' style link phrased differently (related), an ad label, a share row, tags, a 'najčítanejšie' list (related), the discussion counter (comments), and the footer with copyright and publisher. HARD NEGATIVES: a standfirst, a list of measures, a quote, and a subheading.",
body=r"""
nav Liptovské noviny
nav Správy   Región   Šport   Kultúra   Počasie   Inzercia
nav Región / Liptovský Mikuláš
T Medvede v Liptove: obce chcú nádoby na odpad, ktoré neotvoria
. Starostovia štyroch obcí pod Nízkymi Tatrami žiadajú štát o peniaze na zabezpečené kontajnery. Medvede chodia do dedín takmer každú noc.
by Autor: Marek Hrabovský
ts 12. 2. 2026 o 9:15
cap Medvedica s mladými prechádza v noci cez cestu v obci Liptovská Ján.
cr Foto: čitateľ
. V Liptovskom Jáne, Závažnej Porube, Liptovskom Michale a Partizánskej Ľupči zaznamenali minulý rok spolu viac ako 140 stretnutí s medveďmi priamo v obci. Najčastejšie ich priťahujú obyčajné nádoby na komunálny odpad, ktoré medveď otvorí jedným pohybom labky.
. „Ľudia sa boja pustiť deti večer von. Jedna pani mi povedala, že už dva roky nechodí do záhrady po zotmení," povedal starosta Liptovského Jána Peter Ondrejka.
rel Súvisiaci článok: Ochranári spočítali medvede pomocou fotopascí
. Obce navrhujú niekoľko opatrení:
. – zabezpečené nádoby so zámkom, aké používajú v Kanade a Rumunsku,
. – spoločné uzamykateľné prístrešky na odpad pri bytovkách,
. – elektrické ohradníky okolo včelínov a ovocných sadov,
. – rýchly zásahový tím, ktorý príde do hodiny.
ad REKLAMA
. Koľko to bude stáť
. Jedna zabezpečená nádoba stojí približne 450 eur, teda takmer desaťkrát viac ako bežná. Pre štyri obce by to znamenalo výdavok okolo 600-tisíc eur, čo si samy nemôžu dovoliť. Ministerstvo životného prostredia odpovedalo, že žiadosť posúdi v rámci programu na predchádzanie škodám spôsobeným chránenými živočíchmi.
. Zoológ Tomáš Kmeť upozorňuje, že samotné nádoby problém nevyriešia. Podľa neho treba zmeniť aj správanie ľudí: nenechávať krmivo pre psov vonku, nekompostovať zvyšky mäsa a zbierať padané ovocie. „Medveď je veľmi učenlivý. Ak raz nájde potravu pri dome, vráti sa," dodal.
. Obyvatelia sa zatiaľ snažia pomôcť si sami. V Závažnej Porube si niekoľko rodín zložilo na spoločný uzamykateľný prístrešok pri bytovke a od jesene tam medveď neprišiel ani raz. Miestny poľovník Ján Lacko hovorí, že práve takéto malé riešenia fungujú najlepšie.
. Obce chcú o peniaze požiadať ešte pred jarou, keď sa medvede prebúdzajú zo zimného spánku a sú najhladnejšie.
soc Zdieľať:  Facebook  X  E-mail  Skopírovať odkaz
tag Kľúčové slová: medvede, Liptov, odpad, ochrana prírody
com Diskusia (87)
rel Najčítanejšie
rel Na D1 pri Ružomberku sa opäť tvoria kolóny
rel Jasná otvorila novú lanovku na Chopok
cp © 2026 Liptovské noviny, vydavateľ Regiomedia s.r.o. Všetky práva vyhradené.
"""))

DOCS.append(dict(num=962, slug="sl_planinsko_drustvo_koca_obnova", lang="sl", style="double", ws=True, noise=0.1,
title="Koča na Travniku po obnovi znova odprta",
notes="Slovenian mountaineering club (planinsko društvo) website on a Joomla-like template (a mountain hut reopening). Debris: the club name, the menu, a 'novice' label, the published/author line, a hits counter (residue), an image caption, a PDF download line of the programme (residue), the print/email icons (social), a previous/next pager, the 'zadnje novice' sidebar (related), the club's bank account and registration line (bio), and copyright. HARD NEGATIVES: opening hours, a price list, a quote, and the signature of the club president.",
body=r"""
nav Planinsko društvo Kamniška Bistrica
nav Domov   Koče   Izleti   Mladinski odsek   Včlanitev   Kontakt
nav Novice
T Koča na Travniku po obnovi znova odprta
by Objavljeno: 3. julij 2025 | Avtor: Urška Kralj
res Ogledov: 1204
. Po dveh letih obnove je koča na Travniku pod Grintovcem od sobote znova odprta za planince. Na slovesnosti se je zbralo več kot tristo obiskovalcev, med njimi tudi nekdanji oskrbniki, ki so kočo vodili v osemdesetih letih.
cap Nova streha in sončni paneli na koči na Travniku
sc {gallery}koce/travnik-2025{/gallery}
. Obnova je stala 480.000 evrov. Večino sredstev so prispevali Planinska zveza Slovenije, občina in evropski sklad za razvoj podeželja, del pa so zbrali člani društva z akcijo »Kupi opeko za kočo«. Prostovoljci so opravili več kot 6.000 ur dela, od nošenja materiala do barvanja oken.
. Koča ima zdaj novo streho, sončno elektrarno, čistilno napravo za odpadne vode in prenovljeno kuhinjo. Število ležišč se je zmanjšalo z 52 na 40, ker so sobe zdaj manjše in bolj udobne.
. »Ko sem leta 1984 prvič prišel sem gor kot oskrbnik, smo vodo nosili iz izvira v kanglah,« je povedal 78-letni Janez Podjed. »Danes pa pritisneš gumb in teče topla voda. Komaj verjamem.«
. Odpiralni čas
. Od 1. julija do 30. septembra: vsak dan
. Oktober: ob sobotah in nedeljah
. Cene
. Ležišče v skupni sobi: 22 € (člani PZS 16 €)
. Ležišče v dvoposteljni sobi: 30 € (člani PZS 24 €)
. Enolončnica: 9 €
. Društvo prosi obiskovalce, naj rezervirajo prenočišče vsaj tri dni vnaprej, saj je koča ob koncih tedna hitro polna. Ker je koča zdaj povsem odvisna od sončne energije, bodo polnjenje telefonov omejili na en priključek na sobo.
. Novi oskrbnik koče je 34-letni Gašper Močnik, gorski reševalec iz Stahovice, ki je pred tem pet let delal v koči na Kamniškem sedlu. Pravi, da bo na jedilniku še naprej klasična planinska hrana, dodal pa bo tudi nekaj vegetarijanskih jedi iz lokalnih sestavin, predvsem s kmetij v dolini.
. Zahvaljujemo se vsem, ki ste pomagali.
. Andrej Rozman, predsednik društva
res Program slovesnosti (PDF, 220 KB)
soc Natisni   E-pošta
nav « Prejšnja: Tečaj za vodnike PZS   Naslednja: Izlet na Ojstrico »
rel Zadnje novice
rel Poletni tabor mladinskega odseka
rel Markacisti urejali pot čez Kokrsko sedlo
bio PD Kamniška Bistrica, Ljubljanska cesta 12, 1241 Kamnik · TRR SI56 0000 0000 0000 000
cp © 2025 PD Kamniška Bistrica. Vse pravice pridržane.
"""))

DOCS.append(dict(num=963, slug="hr_lika_razminiranje_sume", lang="hr", style="single", noise=0.1,
title="Razminiranje šuma oko Gospića: posljednjih 40 četvornih kilometara",
notes="Croatian news portal (conflict aftermath: clearing landmines from forests around Gospić, left from the 1990s war). Debris: the portal's name and menu, section label, author, date/time and reading-time lines, a gallery label (caption), a photo credit, an inline 'povezano' style link rephrased (related), the ad slot label, a 'komentiraj' prompt and comment count, a share row, tags and the footer with impressum/copyright. HARD NEGATIVES: a standfirst, a key-facts list, a quote, and a subheading.",
body=r"""
nav Lički tjednik
nav Vijesti | Gospić | Otočac | Sport | Kultura | Oglasi
nav Vijesti
T Razminiranje šuma oko Gospića: posljednjih 40 četvornih kilometara
. Trideset godina nakon rata, u ličkim šumama još su mine. Razminiranje bi trebalo završiti do kraja 2026.
by Piše: Ivana Rukavina
ts 9. veljače 2026. u 11:20
rt Vrijeme čitanja: 4 min
cap Galerija (12 fotografija)
. Kad je lovac Mile Orešković prije deset godina izgubio psa na mini u šumi iznad Bilaja, u selu su ljudi slegnuli ramenima. Svi su znali da se u te šume ne ide. Danas, kaže, zna se da će uskoro smjeti.
cr Foto: Damir Tomljenović
. Prema podacima Ravnateljstva civilne zaštite, oko Gospića je ostalo još oko 40 četvornih kilometara sumnjivog područja, gotovo sve u šumama i na nekadašnjim pašnjacima. Na području cijele Hrvatske ostalo je manje od 100 četvornih kilometara.
. Ključni podaci
. – 40 km² sumnjivog područja oko Gospića
. – 11 tvrtki za razminiranje na terenu
. – 2026. kao cilj za završetak radova
rel Vezano: Udruga žrtava mina traži veće invalidnine
. Rad u šumi je sporiji nego na oranicama. Deminer Stjepan Vuković objašnjava da korijenje drveća pomiče mine i da se zbog gustog raslinja strojevi mogu koristiti tek nakon što se šuma prorijedi. „Na livadi očistimo i tisuću kvadrata dnevno. U bukovoj šumi, na nagibu, sretni smo ako očistimo dvjesto," rekao je.
ad Oglas
. Što se mijenja za mještane
. Hrvatske šume planiraju sječu u očišćenim dijelovima već od jeseni, što bi trebalo donijeti posao za tridesetak ljudi. Lovci i berači gljiva čekaju da se ukinu oznake upozorenja, a općina planira obnoviti stari planinarski put prema Velebitu.
. Mještani Bilaja i Ribnika kažu da su godinama živjeli okruženi tablama s natpisom „Pazi, mine!", zbog kojih ni drva nisu mogli sjeći blizu kuće.
. Ipak, stručnjaci upozoravaju da ni nakon završetka radova ne treba dirati sumnjive predmete. Nađeni metalni predmet treba prijaviti na broj 112.
. „Nećemo zaboraviti one koji su stradali dok su nas čistili", rekla je gradonačelnica Gospića Marija Tonković.
com Komentiraj (6)
soc Podijeli na: Facebook · WhatsApp · Viber
tag #razminiranje #Gospić #Lika
nav Impressum | Uvjeti korištenja | Kontakt
cp © Lički tjednik 2026.
"""))

DOCS.append(dict(num=964, slug="lv_universitate_purvi_oglekli", lang="lv", style="mixed", noise=0.1,
title="Pētnieki: atjaunoti purvi Latvijā atkal sāk uzkrāt oglekli",
notes="Latvian university news page (restored peat bogs store carbon again). Debris: university name and audience menu, language switch (navigation), breadcrumb, date line, author line (byline), photo caption and credit, a contact person block (residue), 'citas ziņas' list (related), a share row, tags, and the footer with address and copyright. HARD NEGATIVES: a standfirst, a measurements list, a quote, the funding sentence.",
body=r"""
nav Vidzemes Universitāte
nav Studijas   Zinātne   Studentiem   Absolventiem   Par mums
nav LV | EN
nav Sākums » Jaunumi » Zinātne
T Pētnieki: atjaunoti purvi Latvijā atkal sāk uzkrāt oglekli
. Piecus gadus pēc tam, kad tika aizbērti meliorācijas grāvji, Kaigu purvā ūdens līmenis ir atjaunojies un sūnas aug no jauna.
ts 2026. gada 5. februārī
by Teksts: Līga Ozoliņa
. Universitātes Dabas zinātņu fakultātes pētnieki kopš 2020. gada mēra siltumnīcefekta gāzu plūsmas Kaigu purvā, kur kūdras ieguve beidzās pagājušā gadsimta deviņdesmitajos gados. Pamesta kūdras lauka vietā tagad atkal ir slapjš purvs ar sfagnu sūnām.
cap Doktorante Anete Kalniņa mēra gāzu plūsmas Kaigu purvā.
cr Foto: Jānis Bērziņš
. Rezultāti rāda, ka atjaunotā purva daļa pēc trim gadiem sāka uzkrāt vairāk oglekļa, nekā izdala. Vecajā kūdras laukā, kur grāvji nav aizbērti, kūdra joprojām sadalās un gaisā nonāk oglekļa dioksīds.
. Galvenie mērījumi:
. - ūdens līmenis pacēlies vidēji par 35 centimetriem;
. - sfagnu sūnu segums pieaudzis no 5 līdz 60 procentiem;
. - oglekļa uzkrāšana sākās trešajā gadā pēc atjaunošanas.
. "Purvs nav izmiris, tas tikai gaida ūdeni," saka pētījuma vadītājs profesors Raimonds Vītols. "Kad ūdens atgriežas, sūnas ātri paveic pārējo."
. Latvijā ir vairāk nekā 25 000 hektāru pamestu kūdras lauku. Pēc pētnieku aprēķiniem, to atjaunošana varētu būtiski samazināt lauksaimniecības un zemes izmantošanas nozares emisijas. Tomēr viņi brīdina, ka metāna izdalīšanās pirmajos gados pēc applūdināšanas var būt lielāka nekā gaidīts.
. Pētījums finansēts no Latvijas Zinātnes padomes fundamentālo un lietišķo pētījumu programmas, un tā rezultāti publicēti žurnālā Baltic Wetlands Research.
. Pētnieki uzsver, ka darbs purvā nav viegls. Mērījumu kameras un sensori jānes kājām vairāk nekā divus kilometrus pa laipām, un ziemā aparatūra bieži salst. Tomēr studenti labprāt piedalās ekspedīcijās, un daudzi no viņiem pēc tam izvēlas rakstīt bakalaura darbu par purviem. Pagājušajā vasarā mērījumos piedalījās divpadsmit studenti no trim fakultātēm.
. Vietējā pašvaldība plāno pie purva ierīkot dabas taku ar informatīviem stendiem, lai apmeklētāji varētu redzēt, kā izskatās atjaunots purvs, un saprast, kāpēc ūdens līmenim ir tik liela nozīme.
. Nākamajā vasarā pētnieki sāks mērījumus vēl divos purvos Vidzemē un Latgalē.
res Kontaktpersona: Līga Ozoliņa, komunikācijas speciāliste, liga.ozolina@vidzemesuni.example, +371 6000 0000
rel Citas ziņas
rel Studenti izstrādā lietotni ezeru uzraudzībai
rel Atvērtas durvis Dabas zinātņu fakultātē 14. martā
soc Dalīties: Facebook | X | LinkedIn
tag Atslēgvārdi: purvi, klimats, zinātne
cp © 2026 Vidzemes Universitāte · Cēsu iela 4, Valmiera
"""))

DOCS.append(dict(num=965, slug="et_tartu_kaugkute_hind_teade", lang="et", style="none", noise=0.05,
title="Tartu kaugkütte hind langeb märtsist 8 protsenti",
notes="Estonian city government news notice (district heating price falls in Tartu). Debris: the city name and e-services menu, a 'last modified' stamp (timestamp), a follow-the-city social line, the 'Uudised' label, a breadcrumb, the date, the 'Tartu linnavalitsuse pressiteenistus' signature block with phone (residue), an 'edasi loe' style related link phrased differently (related), the 'kas leidsid vajaliku?' feedback widget (residue), a cookie line (newsletter), a share row and footer with address and copyright. HARD NEGATIVES: a price table, an example calculation, a quote from the deputy mayor.",
body=r"""
nav Tartu linn
nav Elanikule   Ettevõtjale   Turistile   E-teenused   Kontakt
nav Avaleht › Uudised › Linnamajandus
nav Uudised
T Tartu kaugkütte hind langeb märtsist 8 protsenti
ts 16.02.2026
. Konkurentsiamet kooskõlastas Tartu kaugküttevõrgu uue piirhinna, mis jõustub 1. märtsil. Soojuse hind langeb senise 88,40 euro asemel 81,30 euroni megavatt-tunni kohta ilma käibemaksuta.
. Hinnalanguse peamine põhjus on odavam kütus. Tartu soojuse tootmises kasutatakse peamiselt hakkpuitu ning selle hind on viimase aasta jooksul langenud. Lisaks valmis eelmisel sügisel Ropka katlamajas uus soojussalvesti, mis võimaldab toota soojust öösel, kui elektri hind on madalam.
. Hinnad käibemaksuta
. Kuni 28.02.2026: 88,40 €/MWh
. Alates 01.03.2026: 81,30 €/MWh
. Mida see tähendab korteriomanikule? Keskmine 50-ruutmeetrine korter vanemas paneelmajas tarbib talvekuus umbes 1,2 megavatt-tundi soojust. Sellise korteri küttearve väheneb seega umbes kümne euro võrra kuus.
. „Soojuse hind on paljude perede jaoks kõige suurem kulu talvel, seega on iga langus oluline," ütles abilinnapea Kadri Mägi. „Samas on kõige odavam soojus see, mida ei kasutata, mistõttu jätkame korterelamute renoveerimise toetamist."
. Linn tuletab meelde, et korteriühistud saavad taotleda toetust soojussõlme uuendamiseks kuni 15. aprillini. Toetust antakse kuni 50 protsenti kuludest, kuid mitte rohkem kui 10 000 eurot ühistu kohta.
. Linnavalitsus selgitab, et hinnalangus kajastub arvetel automaatselt ning tarbijad ei pea selleks midagi tegema. Märtsi arve, mis saabub aprilli alguses, arvutatakse juba uue hinna alusel. Kui korteriühistul on soojusettevõttega sõlmitud eraldi leping, tasub siiski üle vaadata, kas selles on kokku lepitud täiendavaid tasusid.
. Eelmisel aastal tõusis soojuse hind Tartus kaks korda, mistõttu paljud ühistud kogusid remondifondi raha hoopis küttearvete tasumiseks. Linn loodab, et hinnalangus võimaldab neil taas remonditöödele keskenduda. Lisaks on soojusettevõte lubanud järgmise kahe aasta jooksul uuendada ligi kuus kilomeetrit vanu torustikke Annelinnas ja Karlovas, mis peaks vähendama soojuskadusid.
. Kaugküttevõrguga on Tartus liitunud ligikaudu 80 protsenti kõigist hoonetest. Uus hind kehtib kuni järgmise kooskõlastuseni, mis tehakse tavaliselt kord aastas.
rel Vaata ka: Korterelamute renoveerimise toetusvoor avaneb aprillis
res Lisainfo: Tartu linnavalitsuse pressiteenistus, tel 736 1111, press@tartu.example
ts Viimati muudetud 17.02.2026 09:12
soc Jaga   Prindi
res Kas leidsid vajaliku info?  Jah  Ei
nl Kasutame küpsiseid, et veebileht toimiks paremini. Nõustun
soc Jälgi linna: Facebook · Instagram · YouTube
bio Tartu Linnavalitsus, Raekoja plats 1A, 50089 Tartu
cp © 2026 Tartu linn
"""))

DOCS.append(dict(num=966, slug="is_vegagerd_grindavik_vegur", lang="is", style="double", noise=0.1,
title="Grindavíkurvegur opnaður á ný eftir viðgerðir",
notes="Icelandic regional news site (a road reopened after volcanic damage near Grindavík). Debris: site name, menu, section, date/time, author, photo caption and credit, an inline 'lestu einnig'-style link rephrased (related), an ad label, a 'mest lesið' list (related), share row, comments header, and the footer with copyright. HARD NEGATIVES: a standfirst, a list of restrictions, a quote and a sentence asking drivers to report cracks.",
body=r"""
nav Suðurnesjafréttir
nav Fréttir   Íþróttir   Mannlíf   Aðsent   Veður
nav Innlent
T Grindavíkurvegur opnaður á ný eftir viðgerðir
. Vegurinn hefur verið lokaður frá því í nóvember þegar hraun rann yfir hann norðan við bæinn.
ts 18. febrúar 2026 kl. 10:42
by Sigrún Jónsdóttir skrifar
cap Vinnuvélar á nýja vegarkaflanum ofan á storknuðu hrauninu.
cr Ljósmynd: Ragnar Þór
. Grindavíkurvegur var opnaður fyrir almennri umferð klukkan sex í morgun eftir tæplega þriggja mánaða lokun. Nýr vegarkafli, um 800 metra langur, hefur verið lagður ofan á hraunið sem rann yfir veginn í nóvember.
. Að sögn Vegagerðarinnar var hraunið enn heitt undir yfirborðinu þegar framkvæmdir hófust í desember. Því þurfti að bíða í nokkrar vikur áður en hægt var að leggja burðarlag og malbik. Hitamælar voru settir í veginn og verða þar áfram.
rel Tengt efni: Íbúar fá að sækja muni í húsin sín
. Takmarkanir gilda áfram:
. – hámarkshraði á nýja kaflanum er 50 km/klst,
. – bannað er að stöðva bíla á hrauninu,
. – vegurinn verður lokaður ef nýtt gos hefst.
ad Auglýsing
. „Þetta er stór dagur fyrir okkur," sagði Einar Ólafsson, sem rekur fiskvinnslu í Grindavík. „Við höfum þurft að aka langa leið um Krýsuvík með hvern einasta farm. Núna getum við loksins flutt fiskinn beint á flugvöllinn aftur."
. Vegagerðin biður ökumenn að tilkynna ef þeir sjá sprungur eða sig í veginum, enda geti landið enn hreyfst. Sérfræðingar Veðurstofunnar telja áfram líkur á nýju gosi á svæðinu á næstu mánuðum.
. Íbúar Grindavíkur, sem margir búa enn annars staðar, fögnuðu einnig opnuninni. Leiðin að heiman til Reykjavíkur styttist nú um nærri hálftíma. Bæjarstjórnin hyggst ræða á næsta fundi hvort hægt verði að opna fleiri götur í bænum fyrir sumarið.
. Framkvæmdirnar kostuðu um 420 milljónir króna og voru greiddar úr sérstökum sjóði sem stofnaður var vegna náttúruhamfaranna á Reykjanesskaga. Vinnan fór að mestu fram í myrkri og kulda, og starfsmenn verktakans unnu á tólf tíma vöktum allan janúar.
rel Mest lesið
rel Loðnuvertíð hefst í næstu viku
rel Nýr leikskóli í Reykjanesbæ
soc Deila á Facebook   Senda í tölvupósti
com Athugasemdir (3)
cp © 2026 Suðurnesjafréttir ehf. Öll réttindi áskilin.
"""))

DOCS.append(dict(num=967, slug="ga_colaiste_samhraidh_gaeltacht", lang="ga", style="single", noise=0.15,
title="Coláiste samhraidh i gConamara ag súil le 600 dalta",
notes="Irish-language community news site (a Gaeltacht summer college expecting record numbers). Debris: site name, menu, language switch, section label, author and date line, photo caption, a 'léigh freisin'-style link rephrased (related), a social row, tags, a newsletter box, and footer with funding notice (banner) and copyright. HARD NEGATIVES: course dates list, fees, a quote from the director, and a sentence about students sharing photos being banned due to a phone rule.",
body=r"""
nav Nuacht an Iarthair
nav Baile   Nuacht   Spórt   Cultúr   Oideachas   Teagmháil
nav Gaeilge | English
nav Oideachas
T Coláiste samhraidh i gConamara ag súil le 600 dalta
by Le Siobhán Ní Fhlatharta
ts 14 Feabhra 2026
cap Daltaí ag damhsa céilí i halla an choláiste i Ros Muc anuraidh.
. Tá Coláiste Chiaráin i Ros Muc ag súil leis an líon is mó daltaí riamh an samhradh seo, tar éis do níos mó ná 600 iarratas teacht isteach sa chéad seachtain den chlárú.
. Dúirt stiúrthóir an choláiste, Peadar Ó Conghaile, go raibh ionadh air faoin éileamh. "Cheapamar go mbeadh an líon céanna againn agus a bhí anuraidh, timpeall 450. Ach tá na tuismitheoirí ag rá linn gur mhaith leo go mbeadh na páistí amuigh faoin aer, ag caint Gaeilge, gan fón póca," a dúirt sé.
. Cúrsaí an tsamhraidh:
. Cúrsa 1: 1 Meitheamh – 22 Meitheamh
. Cúrsa 2: 24 Meitheamh – 15 Iúil
. Cúrsa 3: 17 Iúil – 7 Lúnasa
. Is é €1,150 an táille do chúrsa trí seachtaine, agus tá scoláireachtaí ar fáil do theaghlaigh ar ioncam íseal.
rel Scéal gaolmhar: Mná tí na Gaeltachta ag iarraidh ardú ar an deontas
. Is iad mná tí an cheantair atá i lár an chórais. Cuireann 58 teaghlach lóistín ar fáil do na daltaí, agus deir an coláiste go bhfuil siad ag lorg tuilleadh tithe le go mbeidh áit do gach duine. Tá deontas stáit de €17 sa lá in aghaidh an dalta ag na mná tí faoi láthair.
. Ní cheadaítear fóin phóca sa choláiste, agus mar sin ní bheidh na daltaí in ann grianghraif a roinnt ar na meáin shóisialta le linn an chúrsa. Cuirfidh an coláiste nuashonrú seachtainiúil chuig na tuismitheoirí ina ionad sin.
. Ag labhairt ar son na mban tí, dúirt Máire Uí Fhátharta go raibh an t-éileamh go maith don cheantar ar fad. "Nuair a bhíonn na daltaí anseo, bíonn an siopa, an club peile agus an séipéal lán. Sin é an samhradh againne," a dúirt sí.
. Osclóidh an clárú do Chúrsa 3 arís an tseachtain seo chugainn má bhíonn áiteanna ar fáil.
soc Roinn é seo: Facebook · X · Ríomhphost
tag Clibeanna: Gaeltacht, Conamara, Oideachas
nl Cláraigh le haghaidh an nuachtlitir sheachtainiúil
ban Tá an suíomh seo maoinithe ag Foras na Gaeilge
cp © Nuacht an Iarthair 2026
"""))

DOCS.append(dict(num=968, slug="cy_papur_bro_eisteddfod_leol", lang="cy", style="sparse", noise=0.1,
title="Eisteddfod Llanfihangel yn dathlu canmlwyddiant",
notes="Welsh community paper (papur bro) website (a village eisteddfod's centenary). Debris: paper name and month/issue label (navigation/timestamp), the menu, author line, image caption, results are content; debris includes an inline 'mwy o newyddion' link rephrased (related), a sponsor line (ad), share icons, tags, the 'previous article' link, and the footer with the volunteer-run notice (bio) and copyright. HARD NEGATIVES: competition results lines, a quote, and the closing thanks to the committee.",
body=r"""
nav Y Gloran — papur bro Bro Ddyfi
ts Rhifyn Mawrth 2026
nav Hafan   Newyddion   Chwaraeon   Ysgolion   Cysylltu
T Eisteddfod Llanfihangel yn dathlu canmlwyddiant
by Gan Elin Pugh
. Roedd neuadd bentref Llanfihangel yn orlawn nos Sadwrn wrth i'r eisteddfod leol ddathlu can mlynedd ers y cyfarfod cyntaf yn 1926. Daeth dros 300 o bobl i'r neuadd, gyda rhai yn sefyll yn y cefn drwy'r nos.
cap Côr Merched y Ddyfi ar y llwyfan yn ystod cystadleuaeth y côr.
. Roedd 87 o gystadleuwyr wedi cofrestru, y nifer fwyaf ers y saithdegau, ac fe barhaodd y cystadlu tan hanner nos. Cafwyd cystadlaethau newydd eleni hefyd, gan gynnwys cystadleuaeth ffotograffiaeth ar y thema "Cartref".
. Canlyniadau'r prif gystadlaethau:
. Unawd dan 12: 1af Gwenllian Rees, 2il Twm Hughes
. Llefaru agored: 1af Dafydd Morgan
. Côr: 1af Côr Merched y Ddyfi
. Y Gadair: Siân Elis, Machynlleth
. Enillodd Siân Elis y gadair am gerdd ar y testun "Cant", a oedd yn sôn am ei mam-gu, a enillodd yn yr un eisteddfod yn 1952. Cafodd y gadair ei gwneud gan saer lleol, Huw Davies, o dderwen a syrthiodd ar fferm Tŷ Isaf yn ystod storm y gaeaf diwethaf.
rel Darllenwch hefyd yn y rhifyn hwn: Ysgol Llanfihangel yn cael to newydd
. "Mae'n dangos bod yr eisteddfod yn dal i olygu rhywbeth i'r pentref," meddai ysgrifennydd y pwyllgor, Meinir Jones. "Roedd pobl ifanc ar y llwyfan ac yn y gegin, a dyna sy'n bwysig."
. Cafodd arddangosfa o hen raglenni'r eisteddfod ei gosod yn y festri, gan gynnwys rhaglen 1926, a gafodd ei darganfod mewn drôr yn y capel y llynedd. Roedd llawer o'r ymwelwyr yn chwilio am enwau eu teuluoedd ymysg yr enillwyr cynnar.
. Bydd eisteddfod y flwyddyn nesaf yn cael ei chynnal ar yr ail nos Sadwrn ym mis Mawrth, ac mae'r pwyllgor yn chwilio am wirfoddolwyr newydd.
. Diolch yn fawr i bawb ar y pwyllgor ac i wragedd y gegin am y croeso, y cawl a'r bara brith.
ad Noddwyd y dudalen hon gan Garej Dyfi, Machynlleth
soc Rhannu: Facebook | E-bost
tag Tagiau: eisteddfod, Llanfihangel, diwylliant
nav ← Erthygl flaenorol: Cyngor cymuned yn trafod y maes parcio
bio Cyhoeddir Y Gloran gan wirfoddolwyr gyda chymorth grant gan Lywodraeth Cymru.
cp © Y Gloran 2026
"""))

DOCS.append(dict(num=969, slug="eu_sagardotegi_denboraldia_astigarraga", lang="eu", style="single", noise=0.1,
title="Sagardotegien denboraldia hasi da Astigarragan, inoizko eskaerarik handienarekin",
notes="Basque-language news site (the cider-house season opening in Astigarraga). Debris: site name, menu with edition switch, section label, author and date/time lines, photo caption and credit, an inline related link rephrased, the ad label, share row, tags, the 'irakurrienak' list, the comment count and the footer with publisher and copyright. HARD NEGATIVES: a standfirst, the season's opening dates, price list, a quote, and a txotx explanation.",
body=r"""
nav Gipuzkoako Hitza
nav Albisteak   Kirolak   Kultura   Iritzia   Gipuzkoa | Bizkaia | Araba
nav Ekonomia
T Sagardotegien denboraldia hasi da Astigarragan, inoizko eskaerarik handienarekin
. Herriko hamazazpi sagardotegiek erreserba gehiago dituzte inoiz baino, eta turisten kopuruak gora egin du.
by Ane Zubizarreta
ts Astigarraga, 2026-01-18 / 09:30
cap Bezeroak kupelaren ondoan, txotx deia entzun ondoren.
cr Argazkia: Jon Urbieta
. Txotx! Oihu horrekin ireki zuten atzo Astigarragako sagardotegiek 2026ko denboraldia. Urtarrilaren erdialdetik apirilaren amaierara arte, bezeroek kupeletatik zuzenean edan ahal izango dute sagardo berria, tradizioak agintzen duen bezala.
. Txotxaren ohitura sinplea da: sagardogileak kupelaren txorrota irekitzen du, eta bezeroak banan-banan hurbiltzen dira edalontzia sagardo zurrustaren azpian jartzeko. Gero mahaira itzuli eta menua jarraitzen da.
. Menu tradizionala:
. – bakailao tortilla,
. – bakailaoa piperrekin,
. – txuleta,
. – gazta, irasagarra eta intxaurrak.
rel Lotutako albistea: Sagar uzta txikiagoa izan zen iaz, lehorteagatik
ad Publizitatea
. Menuaren prezioa 42 eta 48 euro artean dago aurten, iaz baino bizpahiru euro gehiago. Sagardogileek diote sagarraren eta energiaren prezioak igo direla.
. Astigarragako Sagardo Elkarteko presidente Mikel Lasarteren arabera, erreserbak %20 igo dira. "Asteburuetan dena beteta dago martxoa arte. Lehen, batez ere kuadrillak etortzen ziren; orain, atzerriko turistak ere asko datoz, Donostiatik autobusez," esan du.
. Hala ere, elkarteak ohartarazi du sagardoa ez dela turismo produktu hutsa. Herriko baserrietako sagastiak zaintzea da helburu nagusia, eta sagardotegi bakoitzak tokiko sagarra erabiltzeko konpromisoa hartu du. Aurten, sagarraren %70 Gipuzkoako baserrietatik dator.
. Sagardoa egiteko prozesua udazkenean hasten da. Sagarrak irailean eta urrian biltzen dira, ehotzen dira eta zukua kupeletara eramaten da, non neguan zehar hartzitzen den. Urtarrilean, sagardogileek kupel bakoitza dastatzen dute eta erabakitzen dute zein den prest txotxerako. Kupel bakoitzak zapore desberdina du, eta horregatik bezeroek hainbat kupeletara joaten dira afarian zehar.
. Udalak ere denboraldiaren arrakasta aprobetxatu nahi du. Aurten, Sagardoetxea museoak ordutegia luzatuko du asteburuetan, eta bisita gidatuak eskainiko ditu euskaraz, gaztelaniaz, frantsesez eta ingelesez. Gainera, autobus zerbitzu berezi bat egongo da ostiral eta larunbat gauetan Donostiara itzultzeko, gidariek alkohola edan ez dezaten.
. Denboraldia apirilaren 30ean amaituko da.
soc Partekatu: Facebook · X · WhatsApp
tag Gaiak: sagardoa, Astigarraga, turismoa
rel Irakurrienak
rel Donostiako autobus geltoki berria irekiko dute martxoan
com 12 iruzkin
cp © 2026 Gipuzkoako Hitza — Egunkari Elkartea. Eskubide guztiak erreserbatuta.
"""))

DOCS.append(dict(num=970, slug="gl_blogspot_confraria_ameixa_arousa", lang="gl", style="mixed", ws=True, noise=0.15,
title="As mariscadoras da Illa de Arousa, preocupadas pola caída da ameixa",
notes="Galician Blogspot blog run by a shellfish gatherers' association (marisqueo) (falling clam catch in the Arousa estuary). Debris: blog title and description, the date header, a 'posted by' line, labels line, share row, comments with names and dates, the 'Publicar un comentario' form, the newer/older pager, the archive and 'seguidores' sidebar widgets, and the Blogger attribution. HARD NEGATIVES: a catch table by year, a quote, a list of demands, and the signature 'A xunta directiva'.",
body=r"""
nav Mariscadoras da Illa
nav Blog da agrupación de mariscadoras a pé da Illa de Arousa
ts luns, 2 de febreiro de 2026
T As mariscadoras da Illa de Arousa, preocupadas pola caída da ameixa
. Levamos tres campañas seguidas con menos ameixa nos areais, e este inverno a situación é xa moi seria. Queremos explicar aquí o que está a pasar e o que lle pedimos á Xunta.
. A ameixa babosa case desapareceu dos bancos da Illa, e a fina tamén baixou moito. Estes son os datos de capturas da nosa agrupación:
. 2022: 148 toneladas
. 2023: 96 toneladas
. 2024: 61 toneladas
. 2025: 38 toneladas
. Os científicos do Centro de Investigacións Mariñas din que a principal causa son as grandes chuvias de inverno, que baixan a salinidade da ría durante semanas. A ameixa non aguanta tanto tempo con auga case doce e morre enterrada na area.
. "Eu levo trinta anos no mar e nunca vin os areais así, baleiros", di Carmen Otero, mariscadora dende 1994. "Antes enchiamos o cesto nunha mañá. Agora imos tres horas e volvemos con dous quilos."
. O que pedimos:
. 1. axudas directas para as mariscadoras nos meses sen campaña;
. 2. un plan de rexeneración dos bancos con semente de criadeiro;
. 3. máis vixilancia contra o furtivismo, que agora fai aínda máis dano.
. Tamén queremos lembrar que o marisqueo a pé é un traballo duro e pouco recoñecido. Saímos coa marea baixa, faga frío ou calor, e pasamos horas dobradas sobre a area co angazo. Moitas compañeiras teñen problemas de costas e de xeonllos, e aínda así seguen indo cada día que hai campaña.
. Somos 190 mulleres e uns poucos homes, e para moitas familias da Illa este traballo é o único ingreso. Mañá reunímonos coa Consellería do Mar en Santiago. Contaremos aquí o resultado.
. A xunta directiva
by Publicado por Agrupación Mariscadoras en 19:06
tag Etiquetas: ameixa, campaña, Consellería
soc Enviar por correo electrónico   Publicar no blog   Compartir en Facebook
com 2 comentarios:
com Xosé M. 3 de febreiro de 2026, 8:41 — Moito ánimo dende Cambados. Aquí pasa o mesmo co berberecho.
com Rosa Piñeiro 3 de febreiro de 2026, 22:10 — Grazas por explicalo tan claro.
com Publicar un comentario
nav Entrada máis recente   Entrada antiga   Inicio
nav Arquivo do blog  ▼ 2026 (3)  ► 2025 (19)
res Seguidores (212)
res Tecnoloxía de Blogger.
"""))
