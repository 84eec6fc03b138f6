DOCS = []

DOCS.append(dict(num=921, slug="belem_portal_acai_preco_seca", lang="pt-BR", style="single", noise=0.1,
title="Preço do açaí dispara em Belém depois da seca nas ilhas",
notes="Brazilian regional news portal from Pará (açaí prices after a drought). Debris: portal name and run-together editorias menu, the weather/time strip, breadcrumb, a 'WhatsApp channel' pitch, byline and date/time line, a caption and credit, an inline 'leia também' link, an ad label, a tags line, a related list, the comment-policy notice and comment count, a cookie banner and footer. HARD NEGATIVES: a subtitle, a price table per rasa, a bulleted list of causes, a quote alone on a line and an 'Atualização:' paragraph.",
body=r"""
nav Portal Maré Alta
nav Belém | Ilhas | Interior | Economia | Polícia | Esporte | Cultura | Vídeos
res Belém 31°C · chuva à tarde · 14h02
nav Início > Economia > Mercado
T Preço do açaí dispara em Belém depois da seca nas ilhas
. Rasa de 14 quilos chega a R$ 260 na Feira do Ver-o-Peso; batedores já reduzem o horário
nl 📲 Receba as notícias do Maré Alta no seu WhatsApp — entre no canal
by Por Raimunda Castanheira
ts 12/03/2026 às 08h47 · Atualizado às 11h20
. O preço do açaí em Belém subiu mais de 60% em um mês e chegou ao maior valor já registrado para o mês de março. Na Feira do Ver-o-Peso, a rasa de 14 quilos do fruto foi vendida nesta quarta-feira por até R$ 260, contra R$ 160 no início de fevereiro.
cap Rasas de açaí desembarcadas na Pedra do Peixe na madrugada de quarta-feira
cr Foto: Edvaldo Pinheiro / Maré Alta
. Segundo os feirantes, a oferta caiu porque a seca do fim do ano passado atrasou a safra nas ilhas de Abaetetuba, Cametá e Igarapé-Miri, de onde vem a maior parte do fruto consumido na capital.
. Preço médio da rasa no Ver-o-Peso:
. Dezembro: R$ 140
. Janeiro: R$ 155
. Fevereiro: R$ 190
. Março (até dia 11): R$ 245
rel LEIA TAMBÉM: Feira do Ver-o-Peso terá nova cobertura até o fim do ano
. Os motivos apontados por produtores e comerciantes:
. • rios mais baixos dificultaram o transporte dos barcos até as áreas de coleta;
. • muitas palmeiras deram menos cachos por causa do calor;
. • a demanda de fora do estado continua alta.
. Para o consumidor, o aumento já aparece no litro do açaí batido. Em bairros como a Pedreira e o Guamá, o litro do tipo médio passou de R$ 25 para R$ 38.
. "Tem freguês que levava dois litros por dia e agora leva meio", contou o batedor Josué Farias, que reduziu o funcionamento do ponto para quatro dias por semana.
. A associação dos batedores artesanais prevê que os preços só comecem a cair em julho, quando a safra principal chega com força.
. Atualização: às 11h, a prefeitura informou que vai reunir produtores e feirantes na próxima segunda-feira para discutir a situação.
ad PUBLICIDADE
tag Tags: açaí, Ver-o-Peso, seca, economia do Pará
rel Mais lidas: Ponte da Alça Viária terá interdição parcial no feriado · Paysandu anuncia novo técnico
com 27 comentários
com Os comentários são de responsabilidade de seus autores e não representam a opinião deste portal.
nl Usamos cookies para melhorar sua navegação. Ao continuar, você concorda. [Entendi]
cp © 2026 Portal Maré Alta — Todos os direitos reservados
"""))

DOCS.append(dict(num=922, slug="maramures_biserica_sindrila", lang="ro", style="mixed", noise=0.1, ws=True,
title="Acoperișul bisericii de lemn din Sârbi primește 40.000 de șindrile noi",
notes="Romanian regional portal from Maramureș (re-shingling a wooden church). Debris: portal name and menu, language switch, the date/views line (timestamp/residue), author line, an unrendered gallery shortcode, a caption with alt-text copy and a credit, a 'citește și' link, a donation box for the portal (ad), a tags line, a Facebook comments plugin notice, a related list and the footer. HARD NEGATIVES: a subtitle, a numbered list of the work stages, a one-line quote, key figures, and an 'Actualizare:' paragraph.",
body=r"""
nav Gazeta Izei
nav Acasă  Local  Tradiții  Administrație  Sport  Opinii  Contact
nav RO | HU | EN
T Acoperișul bisericii de lemn din Sârbi primește 40.000 de șindrile noi
. Meșterii din sat lucrează după tehnica veche, fără niciun cui de metal pe acoperiș
ts 8 martie 2026, 10:32
res Citit de 2.184 ori
by de Ileana Pop-Breban
. Biserica de lemn cu hramul Sfântul Nicolae din satul Sârbi își schimbă acoperișul pentru prima dată în peste patruzeci de ani. Lucrările, finanțate cu 620.000 de lei de la Ministerul Culturii și din donațiile credincioșilor, au început la sfârșitul lunii februarie și ar trebui să se încheie înainte de Paște.
sc [galerie_foto album="sarbi-sindrila" coloane="2"]
cap Meșterul Vasile Codrea cioplește o șindrilă de brad
cr Foto: Mihai Ardelean
. Șindrila nouă este făcută din brad tăiat iarna, când lemnul are cea mai puțină sevă. Fiecare bucată este despicată și cioplită de mână, apoi lăsată să se usuce în podul școlii vechi.
. Etapele lucrării:
. 1. Demontarea șindrilei vechi, bucată cu bucată, și verificarea șarpantei.
. 2. Înlocuirea a trei căpriori putrezi de pe latura nordică.
. 3. Baterea șindrilei noi pe acoperiș, de jos în sus, cu cuie de lemn.
. 4. Refacerea coifului turnului, cea mai grea parte a lucrării.
rel Citește și: Festivalul de datini de iarnă s-a mutat la Ocna Șugatag
. Câteva cifre despre lucrare:
. Șindrile noi: aproximativ 40.000
. Meșteri din sat: 6
. Ucenici: 4 tineri din comună
. „Dacă nu îi învățăm pe tineri acum, peste zece ani nu mai are cine să facă asta."
. Meșterul Vasile Codrea, 71 de ani, a lucrat la ultimul acoperiș al bisericii, în 1983, când era el însuși ucenic. Spune că atunci meșterii au lucrat cu cuie de fier, iar rugina a grăbit stricarea lemnului. De data aceasta s-a revenit la cuiele de lemn de salcâm.
. Preotul paroh a anunțat că slujbele de duminică se țin până la Paște în căminul cultural.
. Actualizare: Direcția Județeană pentru Cultură a confirmat luni că a verificat lucrările și că acestea respectă proiectul aprobat.
ad Susține jurnalismul local: donează pentru Gazeta Izei
tag Etichete: biserici de lemn, patrimoniu, Sârbi, meșteșuguri
com Comentarii prin modulul Facebook — conectează-te pentru a comenta
rel Alte știri din Tradiții
rel Moroșenii au ieșit la tăiatul lemnelor de foc, ca în vremuri vechi
cp © 2026 Gazeta Izei. Reproducerea integrală interzisă fără acord scris.
"""))

DOCS.append(dict(num=923, slug="podluzi_kroupy_vinice", lang="cs", style="single", noise=0.1,
title="Kroupy zničily na Podluží až polovinu úrody vína",
notes="Czech regional news portal from South Moravia (hail damage in vineyards). Debris: portal name and menu, the weather-warning strip, breadcrumb, author and date line, reading time, share counts, a video-player label, a caption and credit, an inline 'mohlo by vás zajímat' link, an advertisement label, a discussion header with counts and the login prompt, tags and the footer. HARD NEGATIVES: a subtitle, a table of damage per municipality, a quote alone on a line, a subheading and an 'Oprava:' paragraph.",
body=r"""
nav Podluží dnes
nav Zprávy · Obce · Vinaři · Sport · Kultura · Inzerce
ban ⚠ ČHMÚ: výstraha před silnými bouřkami do 22:00
nav Úvod / Zprávy / Hodonínsko
T Kroupy zničily na Podluží až polovinu úrody vína
. Vinaři sčítají škody, pojišťovny čekají stovky hlášení
by Autor: Radek Šťastný
ts neděle 15. června 2026, 17.40
rt Článek přečtete zhruba za 3 minuty
soc 148 sdílení
res ▶ Video: kroupy v Mikulčicích (0:56)
. Silná bouřka s kroupami velikosti lískových ořechů se v neděli odpoledne přehnala přes Podluží. Během necelé čtvrthodiny poničila vinice mezi Mikulčicemi, Moravskou Novou Vsí a Prušánkami. Podle prvních odhadů přišli někteří vinaři o polovinu letošní úrody.
cap Otlučené hrozny ve vinici u Moravské Nové Vsi
cr Foto: Podluží dnes / Jana Vávrová
. Odhad škod podle obcí:
. Mikulčice: 40 až 50 procent úrody
. Moravská Nová Ves: 30 procent
. Prušánky: 20 procent
. Lužice: do 10 procent
. „Za čtyřicet let jsem nic takového neviděl."
. To řekl vinař Jaroslav Hrubý z Mikulčic, který obhospodařuje osm hektarů. Kroupy podle něj otloukly mladé hrozny i listy, a keře tak budou mít méně sil i na příští rok.
rel Mohlo by vás zajímat: Sklepní ulička v Prušánkách bude mít nové osvětlení
. Nejhůře dopadly mladé vinice s odrůdami Frankovka a Ryzlink vlašský, které rostou na otevřených svazích bez ochrany lesa. Vinaři v Moravské Nové Vsi popisují, že kroupy padaly tak hustě, že za několik minut byla zem mezi řadami bílá jako v zimě. Na několika místech bouřka polámala i opěrné kůly a strhla drátěnky.
. Meteorologové upozorňují, že podobné bouřky mohou přijít i v dalších dnech, protože nad jihem Moravy zůstává velmi teplý a vlhký vzduch. Vinaři proto odkládají opravy konstrukcí, dokud se počasí neuklidní.
. Co dál
. Svaz vinařů doporučuje ošetřit poškozené vinice co nejdříve, aby se do ran na hroznech nedostala plíseň. Pojištěné má podle svazu jen asi třetina malých vinařů, protože pojistné je pro ně příliš drahé.
. Starosta Mikulčic Pavel Krejčiřík uvedl, že obec zváží příspěvek na postřiky pro místní vinaře. Kraj by měl o případné pomoci jednat na zasedání rady koncem června.
. Oprava: v původní verzi článku jsme uvedli, že bouřka zasáhla také Dolní Bojanovice. To není pravda, omlouváme se.
ad Reklama
com Diskuse (34 příspěvků)
com Pro vstup do diskuse se přihlaste nebo si založte účet.
tag Témata: počasí, kroupy, vinaři, Mikulčice
cp © 2026 Podluží dnes, s. r. o. Obsah je chráněn autorským zákonem.
"""))

DOCS.append(dict(num=924, slug="jarviseutu_pilkkikisa_tulokset", lang="fi", style="double", noise=0.1,
title="Pilkkikisoissa ennätysmäärä osallistujia – voitto meni Ähtäriin",
notes="Finnish local weekly web page (an ice-fishing competition with results). Debris: paper name and menu, the 'tilaajille' subscriber label (banner), section label, byline and date, reading time, a caption and credit, a like counter, an inline ad label, the 'lue myös' link, a results PDF download link (residue), tags, a 'most read' list, a subscription pitch and the footer. HARD NEGATIVES: a standfirst, a results list with weights, a one-line quote, a subheading and the youth-series result line.",
body=r"""
nav Kalliojärven Viikko
nav Uutiset  Urheilu  Mielipide  Menot  Näköislehti  Kirjaudu
ban Tilaajille
nav Urheilu
T Pilkkikisoissa ennätysmäärä osallistujia – voitto meni Ähtäriin
. Kalliojärven jäälle kokoontui lauantaina 412 pilkkijää, ja kovimman saaliin nosti ähtäriläinen Sirkka Lehtola.
by Teksti ja kuvat: Markku Hyvärinen
ts 2.3.2026 klo 16.05
rt Lukuaika noin 3 min
. Kalliojärven perinteiset pilkkikisat keräsivät tänä vuonna enemmän osallistujia kuin koskaan. Järjestäjänä toiminut kalastusseura oli varautunut noin kolmeensataan kilpailijaan, joten lähtönumerot loppuivat kesken ja viimeisille tulijoille kirjoitettiin numerot tussilla pahvilappuihin.
cap Sirkka Lehtola punnitsi saaliinsa tyytyväisenä.
cr Kuva: Markku Hyvärinen
. Jää oli noin 45 senttiä paksu ja keli lähes tyyni, joten pakkasta oli vain muutama aste. Aamupäivällä aurinko paistoi matalalta, ja monet kilpailijat istuivat jakkaroillaan ilman tuulensuojaa koko neljän tunnin kisan ajan. Kalaa tuli ennen kaikkea ahventa, mutta muutama onnekas sai myös kuhan.
. Naisten ja miesten yhteissarja, kolme parasta:
. 1. Sirkka Lehtola, Ähtäri, 4 310 g
. 2. Veikko Rantanen, Alajärvi, 3 985 g
. 3. Jouni Mäkelä, Kalliojärvi, 3 720 g
. Nuorten sarjan voitti 12-vuotias Aino Koskela 1 940 grammalla.
soc ♥ 86
. ”Ahvenet olivat pohjassa, piti vain malttaa odottaa.”
. Näin kuvaili voittajan taktiikkaa Lehtola itse. Hän kertoi kiertäneensä pilkkikisoja jo kolmekymmentä talvea, mutta voittaneensa nyt ensimmäistä kertaa näin suuren kilpailun.
. Talkoilla kaikki pyörii
ad Mainos
. Kisat järjestettiin kokonaan talkoovoimin. Seuran jäsenet kairasivat aamulla valmiiksi reikiä, keittivät hernekeittoa ja hoitivat punnituksen. Keitto loppui jo puoli kahdelta, mikä on järjestäjien mukaan hyvä merkki.
. Kilpailijoita saapui tänä vuonna myös kauempaa, muun muassa Tampereelta, Oulusta ja jopa Helsingistä. Pysäköintialue täyttyi jo aamukahdeksalta, ja autoja jouduttiin ohjaamaan kylän koulun pihalle. Järjestäjien mukaan ensi talvena lähtöpaikkoja varataan etukäteen, jotta kaikki saavat kunnollisen numerolapun ja ruuhka jäällä vähenee.
. Jäällä liikkui myös paljon perheitä, joille kilpailu oli ennen kaikkea ulkoilupäivä. Moni lapsi sai elämänsä ensimmäisen ahvenen, ja punnituspisteellä kuultiin kiljahduksia pitkin iltapäivää.
. Seuran puheenjohtaja Tapio Nieminen kiittää erityisesti paikallisia yrityksiä, jotka lahjoittivat palkintoja. Tuotto käytetään järven kuhaistutuksiin ensi kesänä.
rel Lue myös: Moottorikelkkareitti avataan Kalliojärven yli ensi viikolla
res Kaikki tulokset (PDF, 180 kt)
tag Aiheet: pilkkikisat, kalastus, Kalliojärvi
rel Luetuimmat: Koulun keittiö suljetaan remontin ajaksi · Kyläkauppa sai uuden yrittäjän
nl Tilaa Kalliojärven Viikko – kolme kuukautta 9,90 €
cp © Kalliojärven Viikko 2026 · Tietosuoja · Evästeasetukset
"""))

DOCS.append(dict(num=925, slug="fjellbygda_skolenedleggelse", lang="nb", style="single", noise=0.1,
title="Kommunestyret vil legge ned Nordbygda skole – foreldrene gir seg ikke",
notes="Norwegian local newspaper web page (a municipal council vote to close a village school). Debris: paper name and menu, the '+ pluss' subscriber label (banner), section label, author and time line, share buttons, a caption and credit, an inline 'les også' link, an ad label, a 'send tips' box (residue), tags, the comment-section notice and the footer with the editor-in-chief line (bio). HARD NEGATIVES: a subtitle, a vote tally line, a pupil-numbers table, a quote alone on a line, a timeline of the decision process and an 'Oppdatert:' paragraph.",
body=r"""
nav Fjellbygda Avis
nav Nyheter · Sport · Kultur · Debatt · Eavis · Logg inn
ban + pluss
nav Nyheter
T Kommunestyret vil legge ned Nordbygda skole – foreldrene gir seg ikke
. Skolen med 31 elever kan bli stengt fra høsten 2027. Foreldreutvalget vurderer å klage vedtaket inn for Statsforvalteren.
by Ragnhild Solbakken
ts Publisert: 26.02.2026 kl. 21:14
soc Del på e-post · Kopier lenke
. Etter nesten fire timers debatt vedtok kommunestyret torsdag kveld å legge ned Nordbygda skole og flytte elevene til sentrumsskolen, tjueto kilometer unna.
. Vedtaket ble fattet med 15 mot 12 stemmer.
cap Foreldre og elever møtte opp utenfor kommunehuset med plakater før møtet.
cr Foto: Ragnhild Solbakken
. Kommunen regner med å spare rundt 4,2 millioner kroner i året. Rådmannen har pekt på at elevtallet i bygda har gått ned i mange år.
. Elevtall ved Nordbygda skole:
. 2016: 52
. 2020: 44
. 2024: 35
. 2026: 31
rel Les også: Ny brannstasjon får full finansiering
. Foreldrene mener kommunen har regnet feil. De viser til at tre nye familier har flyttet til bygda det siste året, og at skoleskyssen vil koste mer enn kommunen har lagt inn i budsjettet.
. «Barna våre kommer til å sitte på bussen nesten to timer hver dag.»
. Det sier Ingrid Holmen, leder i foreldreutvalget. Hun har tre barn ved skolen, og den yngste begynner i første klasse til høsten. Hun frykter at flere familier vil flytte fra bygda hvis skolen forsvinner.
. Slik har saken gått
. September 2025: rådmannen foreslår nedleggelse i budsjettet.
. Desember 2025: høringsfrist, 212 innspill kom inn.
. Februar 2026: oppvekstutvalget anbefaler nedleggelse.
. 26. februar 2026: kommunestyret vedtar nedleggelse.
. Flere representanter fra opposisjonen pekte i debatten på at skolen også er samlingssted for bygda, med bibliotek, gymsal og lokaler som brukes av korpset og idrettslaget på kveldstid. De mener en nedleggelse vil gjøre det vanskeligere å få unge familier til å flytte dit.
. Ordfører Knut Bergheim sier han forstår skuffelsen, men at kommunen må prioritere kvaliteten i skolene framfor antall bygg.
. Oppdatert kl. 23.05: Foreldreutvalget bekrefter at de vil sende klage til Statsforvalteren innen fristen.
ad Annonse
res Har du tips til oss? Send SMS eller ring vaktsjefen.
tag Nordbygda · Skole · Kommunestyret
com Kommentarfeltet er stengt for denne saken.
bio Ansvarlig redaktør og daglig leder: Torbjørn Aasheim. Fjellbygda Avis arbeider etter Vær Varsom-plakaten.
cp © Fjellbygda Avis 2026
"""))

DOCS.append(dict(num=926, slug="bornholm_roegeri_ny_ejer", lang="da", style="sparse", noise=0.1, ws=True,
title="Gammelt røgeri i Snogebæk får ny ejer – og ovnene tændes igen",
notes="Danish regional news site from Bornholm (a smokehouse gets a new owner). Debris: site name and menu, the cookie consent banner, section label, author and date line, reading time, a video label, a caption and credit, an inline ad label, 'læs også' links, a newsletter sign-up box, a tags line and the footer. HARD NEGATIVES: a subtitle, a bulleted list of the new owner's plans, a price table for smoked fish, a quote alone on a line and a first-person-plural closing line from the new owners quoted in the text.",
body=r"""
nav Østersø-Posten
nav Nyheder  Erhverv  Sport  Kultur  Turisme  Job
nl Vi bruger cookies til statistik og annoncer. Tilpas dine valg eller accepter alle.
nav Erhverv
T Gammelt røgeri i Snogebæk får ny ejer – og ovnene tændes igen
. Efter tre år med lukkede døre skal der igen røges sild ved havnen
by Af Mette Kofoed · 4. marts 2026
rt 4 min. læsning
res ▶ Se video: skorstenene i Snogebæk (1:12)
. Det gamle røgeri på havnen i Snogebæk har fået en ny ejer. Fiskeren Jonas Dam og hans søster Line Dam har købt bygningen med de fem hvide skorstene og vil åbne røgeriet igen til påske.
cap De fem skorstene i Snogebæk har stået kolde siden 2023.
cr Foto: Mette Kofoed
. Røgeriet lukkede i 2023, da den tidligere ejer gik på pension uden at finde en køber. Siden har bygningen stået tom, og flere i byen frygtede, at den ville blive lavet om til sommerhuse.
. Søskendeparret har betalt 3,1 millioner kroner for ejendommen. De har planer om:
. • at røge sild, laks og makrel over elletræ, som man altid har gjort
. • at åbne en lille café med plads til 30 gæster
. • at holde åbent i weekenderne hele vinteren
. • at bruge fisk fra lokale både, når det er muligt
ad ANNONCE
. Prisen på en røget sild bliver 30 kroner, og en »Sol over Gudhjem« vil koste 85 kroner. Laksen sælges efter vægt.
. »Vi er begge født her, og vi kunne ikke holde ud at se skorstenene stå kolde.«
. Det siger Line Dam, der de seneste ti år har arbejdet som kok i København. Hun flytter nu hjem til øen med sin familie.
. Ovnene skal repareres
. Før røgeriet kan åbne, skal to af de fem ovne mures om. Arbejdet er i gang, og en lokal murer har lovet at blive færdig inden påske.
. Formanden for Snogebæk Borgerforening, Erik Holm, glæder sig over salget. Han siger, at røgeriet er byens vartegn, og at mange turister kommer netop for at se skorstenene.
. Søskendeparret afslutter med en opfordring: »Kom forbi og smag, når vi åbner. Vi har brug for, at folk kommer hele året, ikke kun i juli.«
rel Læs også: Færgen til Ystad får nye afgange i sommer
rel Læs også: Rekordmange krydstogtskibe venter i Rønne
nl Få dagens nyheder fra Bornholm i din indbakke – tilmeld dig her
tag Emner: Snogebæk · Røgerier · Erhverv
cp Østersø-Posten © 2026 · Ansvarshavende chefredaktør: Kasper Munch
"""))

DOCS.append(dict(num=927, slug="betuwe_kunstgras_korrels", lang="nl", style="single", noise=0.1,
title="Voetbalclub vervangt rubberkorrels door kurk op kunstgrasveld",
notes="Dutch regional news site (an amateur football club replaces rubber granules with cork on its artificial pitch). Debris: site name and menu, region switcher, breadcrumb, author/date line, a share row, a caption and credit, an 'ook interessant' link, an ad label, a 'tip de redactie' box (residue), a push-notification prompt (newsletter), a tags line, a 'meest gelezen' list and the footer. HARD NEGATIVES: a subtitle, a cost breakdown list, a match result line of the first game on the new pitch, a one-line quote and an 'Aanvulling:' paragraph.",
body=r"""
nav Betuwe Actueel
nav Nieuws | Sport | 112 | Regio | Agenda | Tip ons
nav Regio: Tiel · Culemborg · Geldermalsen · Buren ▾
nav Home » Sport » Amateurvoetbal
T Voetbalclub vervangt rubberkorrels door kurk op kunstgrasveld
. VV De Linge is de eerste club in de regio die volledig overstapt
by Door Sanne van Wijk | 19 februari 2026, 07:30
soc Deel via WhatsApp · Deel via mail
. De zwarte rubberkorrels die spelers van VV De Linge jarenlang mee naar huis namen in hun schoenen en sokken, zijn verleden tijd. De club uit Deil heeft het kunstgrasveld deze winter laten leegzuigen en gevuld met korrels van kurk.
cap Vrijwilligers van VV De Linge bij het nieuwe kunstgrasveld.
cr Foto: Betuwe Actueel / Rob Kuipers
. Het bestuur nam het besluit al in 2024, nadat ouders vragen stelden over de gezondheidsrisico's van rubber van oude autobanden. Ook bleek dat er elk jaar korrels in de sloot naast het veld terechtkwamen.
. De kosten op een rij:
. - leegzuigen en afvoeren van het rubber: € 38.000
. - nieuwe kurkvulling: € 64.000
. - afscherming langs de sloot: € 9.500
. - bijdrage van de gemeente: € 50.000
rel Ook interessant: Nieuwe kleedkamers bij Rood-Wit Buren bijna klaar
. Kurk heeft wel nadelen. Het is lichter dan rubber, waardoor het bij harde wind kan wegwaaien, en het moet vaker worden bijgevuld. De club heeft daarom een vrijwilliger aangesteld die het veld elke week borstelt.
. „De kinderen komen eindelijk thuis zonder zwarte voeten."
. Dat zegt jeugdcoördinator Marloes Hendriks. Volgens haar zijn ouders en spelers erg positief.
. De eerste wedstrijd op het vernieuwde veld werd zaterdag gespeeld. Het eerste elftal won van SV Haaften.
. VV De Linge – SV Haaften 3-1
. Doelpuntenmaker Thijs de Bruin scoorde twee keer, beide keren na een lage voorzet vanaf links.
. Spelers zeiden na afloop dat de bal iets langzamer rolt dan ze gewend waren, maar dat het veld minder warm wordt in de zon.
. Aanvulling 20 februari: de gemeente laat weten dat nog twee clubs in de regio subsidie hebben aangevraagd voor hetzelfde project.
ad Advertentie
res Weet jij meer over dit onderwerp? Mail de redactie.
nl Mis niets uit de Betuwe: zet de pushmeldingen aan
tag VV De Linge · kunstgras · Deil
rel Meest gelezen: Brand in schuur aan de Waalbandijk · Kersenkweker stopt na 60 jaar
cp © 2026 Betuwe Actueel · Privacyverklaring · Cookie-instellingen
"""))

DOCS.append(dict(num=928, slug="balaton_alacsony_vizszint", lang="hu", style="mixed", trailing_blank=True, noise=0.1,
title="Negyven centiméterrel alacsonyabb a Balaton, mint egy éve",
notes="Hungarian regional news portal (low water level of Lake Balaton, sailors and harbours). Debris: portal name and menu, weather strip, section label, date/author line, reading time, a caption and credit, the 'kapcsolódó' link, an ad label, a 'hirdetés' block, a Facebook-follow pitch, tags, a 'legolvasottabb' list and the footer. HARD NEGATIVES: a subtitle, a table of water levels by month, a list of affected harbours, a quote alone on a line, a subheading and a 'Frissítés:' paragraph.",
body=r"""
nav Balatoni Hírmondó
nav Hírek  Északi part  Déli part  Sport  Gasztro  Programok
res Siófok 7 °C · vízhőfok 5 °C · szél ÉNY 20 km/h
nav Környezet
T Negyven centiméterrel alacsonyabb a Balaton, mint egy éve
. A vitorlások egy része nem tud kifutni, a kikötők kotrást sürgetnek
ts 2026. március 10., 09:15
by Szerző: Kovács-Bíró Eszter
rt Kb. 3 perc alatt elolvasható
. A Balaton vízszintje hétfőn 78 centiméter volt Siófoknál, ami negyven centiméterrel kevesebb az egy évvel korábbinál. A vízügyi igazgatóság szerint a tavalyi száraz nyár és az idei csapadékszegény tél miatt a tó nem tudott feltöltődni.
cap Szárazra került csónakok a keszthelyi kikötőben
cr Fotó: Balatoni Hírmondó / Tóth Ádám
. Vízszint Siófoknál, a hónap első napján:
. 2025. november: 86 cm
. 2025. december: 83 cm
. 2026. január: 80 cm
. 2026. február: 79 cm
rel Kapcsolódó: Idén később indulnak a balatoni hajójáratok
. A legnagyobb gondot a sekélyebb nyugati medencében okozza az alacsony víz. A kikötők szerint a következő helyeken már most nehéz a be- és kihajózás:
. • Keszthely, városi kikötő
. • Fenékpuszta
. • Balatonmáriafürdő
. • Szigliget, a külső mólónál
ad Hirdetés
. „Ha áprilisig nem esik legalább száz milliméter eső, a nagyobb hajókat be sem tudjuk engedni."
. Ezt Nagy Levente, az egyik keszthelyi kikötő vezetője mondta lapunknak. Szerinte a kotrást most kellene elvégezni, amíg a hajók a parton vannak.
. Mit tehet az igazgatóság?
. A vízügy tájékoztatása szerint a Sió-zsilip zárva van, így a tóból jelenleg nem engednek le vizet. Ennél többet azonban nem lehet tenni: a Balaton vízszintjét elsősorban a csapadék és a párolgás határozza meg.
. A vitorlásklubok egy része már most arról tájékoztatta a tagjait, hogy a szezon első versenyeit áthelyezi a mélyebb keleti medencébe. A strandokon is változás várható: több önkormányzat azt tervezi, hogy a stégeket meghosszabbítja, hogy a fürdőzők elérjék a mélyebb vizet.
. A szakemberek szerint nem példátlan a helyzet, hiszen 2003-ban még alacsonyabb volt a víz, de a vitorlásszezon kezdete előtt mindenki az esőben reménykedik.
. Frissítés: kedd délután a kormányhivatal jelezte, hogy rendkívüli forrást biztosít két kikötő kotrására.
nl Kövesse a Balatoni Hírmondót a Facebookon is!
tag Címkék: Balaton, vízszint, vitorlázás, kikötők
rel Legolvasottabb: Új kerékpárút épül Fonyód és Balatonboglár között · Bezár a tihanyi rév pénztára
cp © 2026 Balatoni Hírmondó Kft. Minden jog fenntartva.
"""))

DOCS.append(dict(num=929, slug="karadeniz_findik_fiyatlari", lang="tr", style="single", noise=0.1, ws=True,
title="Fındıkta yeni sezon öncesi fiyat belirsizliği sürüyor",
notes="Turkish regional news portal from the Black Sea coast (hazelnut prices). Debris: portal name and menu, the currency/prayer-time strip, breadcrumb, the 'Google Haberler'de takip et' pitch (social), author and date/updated line, a caption and credit, an 'ilginizi çekebilir' link, an ad label, a shortcode for an embedded poll, a tags line, a comment box with the rules notice, a related list and the footer. HARD NEGATIVES: a subtitle, a price table per kilo, bulleted producer demands, a quote alone on a line and a 'Güncelleme:' paragraph.",
body=r"""
nav Karadeniz Ekspres
nav Gündem  Ekonomi  Tarım  Spor  Yaşam  Video  Yazarlar
res Dolar 38,42 · Euro 41,15 · Altın 3.612 · İmsak 05:31
nav Anasayfa > Tarım
T Fındıkta yeni sezon öncesi fiyat belirsizliği sürüyor
. Üreticiler maliyetlerin arttığını, alım fiyatının bir an önce açıklanmasını istiyor
soc Bizi Google Haberler üzerinden takip edin
by Haber: Zeynep Karaosmanoğlu
ts Yayınlanma: 14.04.2026 10:22 | Güncellenme: 14.04.2026 13:05
. Giresun, Ordu ve Trabzon'da fındık üreticileri, yeni sezon yaklaşırken fiyatların ne olacağını bilmemenin kaygısını yaşıyor. Serbest piyasada geçen hafta kilosu 150 liradan işlem gören fındık için üreticiler, gübre ve işçilik maliyetlerinin son bir yılda neredeyse iki katına çıktığını söylüyor.
cap Giresun'un Bulancak ilçesinde fındık bahçesinde budama yapan üreticiler
cr Fotoğraf: Karadeniz Ekspres / Hakan Yıldırım
. Son bir yılda serbest piyasada kabuklu fındığın kilo fiyatı:
. Nisan 2025: 128 TL
. Temmuz 2025: 135 TL
. Ekim 2025: 142 TL
. Nisan 2026: 150 TL
rel İlginizi çekebilir: Ordu'da çay bahçelerinde don uyarısı
. Üreticilerin talepleri
. • Alım fiyatının hasattan en az bir ay önce açıklanması
. • Gübre ve mazota destek verilmesi
. • Mevsimlik işçilerin barınma koşullarının iyileştirilmesi
. • Kooperatiflerin alımda daha etkin rol alması
ad REKLAM
. Bulancak'ta otuz dönüm bahçesi olan Mehmet Çakır, geçen yıl elde ettiği gelirin ancak masraflarını karşıladığını anlattı. Çakır, iki oğlunun da iş bulmak için İstanbul'a gittiğini, bahçeyi artık eşiyle birlikte tek başlarına çapaladıklarını söyledi.
. "Fındık bizim ekmeğimiz ama artık bahçeye giden kazanmıyor."
. Ziraat odası başkanı Selim Aydın ise bu yıl rekoltenin geçen yıla göre daha yüksek olmasının beklendiğini, bunun da fiyatlar üzerinde baskı oluşturabileceğini söyledi. Aydın, "Üreticinin elinde ürün kalmaması için alımların zamanında başlaması şart" dedi.
. Bölgedeki tüccarlar da belirsizlikten şikâyetçi. Ordu'da fındık kırma tesisi işleten Ayşe Demirtaş, depolarında geçen yıldan kalan ürünün bulunduğunu, yeni sezonda ne kadar alım yapacaklarını henüz planlayamadıklarını söyledi. Demirtaş'a göre bankaların kredi faizleri de tüccarların elini kolunu bağlıyor.
. Mevsimlik işçilerin gündeliği de geçen yıla göre yüzde altmış arttı. Üreticiler, hasatta çalışacak işçi bulmanın her yıl biraz daha zorlaştığını anlatıyor.
. Uzmanlar, ihracat talebinin güçlü kalması halinde fiyatların sezon başında da bugünkü seviyesini koruyabileceğini belirtiyor.
. Güncelleme: Ticaret Borsası, haberimizin yayınlanmasının ardından fiyat takibi için haftalık bülten yayımlayacağını duyurdu.
sc [anket id="fındık-2026"]
tag Etiketler: fındık, Giresun, tarım, fiyat
com Yorum yazın — yorumlar editör onayından sonra yayınlanır, hakaret içeren yorumlar silinir.
rel Tarım haberleri: Rize'de yaş çay alımı için kota tartışması
cp © 2026 Karadeniz Ekspres. Haberlerin izinsiz kullanılması yasaktır.
"""))

DOCS.append(dict(num=930, slug="priangan_krl_bandung_raya", lang="id", style="double", noise=0.1,
title="KRL Bandung Raya mulai beroperasi, tarif Rp5.000 sekali jalan",
notes="Indonesian regional news portal from West Java (a new electric commuter rail line). Debris: portal name and menu, the date strip, breadcrumb, the 'Baca juga' links (related), author/editor lines, a caption and credit, an ad label, a 'Simak berita lainnya di Google News' pitch (social), a WhatsApp-channel pitch (newsletter), tags, an embedded-video shortcode, a comments plugin notice and footer. HARD NEGATIVES: a subtitle, a station list, a timetable table, a one-line quote and a 'Pembaruan:' paragraph.",
body=r"""
nav Warta Priangan
nav Beranda  Bandung  Cimahi  Sumedang  Ekonomi  Olahraga  Gaya Hidup  Indeks
ts Senin, 2 Maret 2026
nav Beranda › Bandung › Transportasi
T KRL Bandung Raya mulai beroperasi, tarif Rp5.000 sekali jalan
. Perjalanan Padalarang–Cicalengka kini cukup 75 menit
by Penulis: Dewi Anggraeni | Editor: Rizal Maulana
cap Penumpang menaiki KRL di Stasiun Bandung pada hari pertama operasional, Senin pagi.
cr Foto: Warta Priangan/Agus Setiawan
. Kereta rel listrik (KRL) lintas Bandung Raya resmi mulai beroperasi pada Senin pagi. Perjalanan pertama berangkat dari Stasiun Padalarang pukul 05.10 WIB dan tiba di Cicalengka sekitar 75 menit kemudian, lebih cepat hampir setengah jam dibanding kereta diesel yang selama ini melayani rute tersebut.
. Tarif ditetapkan Rp5.000 untuk sekali perjalanan, berapa pun jauhnya, dan dapat dibayar dengan kartu uang elektronik.
rel Baca juga: Jalan Layang Kopo Ditutup Sebagian Selama Dua Pekan
. Stasiun yang dilayani antara lain:
. - Padalarang
. - Cimahi
. - Bandung
. - Kiaracondong
. - Rancaekek
. - Cicalengka
. Jadwal keberangkatan pada jam sibuk:
. Padalarang 05.10 | 05.40 | 06.10 | 06.40
. Cicalengka 05.25 | 05.55 | 06.25 | 06.55
ad ADVERTISEMENT
. Pada hari pertama, sejumlah penumpang mengeluhkan antrean panjang di mesin kartu di Stasiun Bandung. Petugas kemudian membuka dua loket tambahan.
. "Biasanya saya naik motor satu jam lebih, sekarang bisa duduk sambil baca," kata Yuni, karyawan pabrik tekstil di Rancaekek.
. Warga di sekitar Stasiun Kiaracondong juga menyambut baik kehadiran KRL. Menurut mereka, selama ini perjalanan ke pusat kota sering terhambat kemacetan di Jalan Jakarta dan Jalan Ahmad Yani, terutama pada pagi hari ketika anak sekolah dan pekerja berangkat bersamaan. Beberapa pedagang kaki lima bahkan sudah membuka lapak baru di dekat pintu keluar stasiun.
. Pemerintah kota berjanji menambah angkutan pengumpan dari stasiun ke kawasan permukiman dan memperbaiki trotoar di sekitar stasiun dalam tiga bulan ke depan.
. Kepala daerah operasi setempat mengatakan frekuensi perjalanan akan ditambah setelah seluruh sistem persinyalan baru diuji. Pada tahap awal, KRL beroperasi setiap 30 menit pada jam sibuk dan setiap jam di luar jam sibuk.
. Pembaruan pukul 14.00 WIB: pengelola menyatakan jumlah penumpang hari pertama mencapai 18.400 orang.
rel Baca juga: Harga Cabai Rawit di Pasar Kosambi Turun
soc Simak kabar terbaru Warta Priangan lewat Google News
nl Gabung saluran WhatsApp Warta Priangan, klik di sini
tag Tag: KRL, Bandung Raya, transportasi, kereta
sc [embed-video src="wp-krl-hari-pertama.mp4"]
com Komentar di bawah ini menjadi tanggung jawab masing-masing pengirim
cp Copyright © 2026 Warta Priangan. All Right Reserved
"""))

DOCS.append(dict(num=931, slug="mientrung_ra_pha_bom_min_quang_tri", lang="vi", style="none", trailing_blank=True, noise=0.1,
title="Quảng Trị: rà phá hơn 3.000 vật nổ còn sót lại sau chiến tranh trong năm 2025",
notes="Vietnamese regional news portal (clearance of unexploded ordnance left from the war in Quảng Trị; conflict aftermath). Debris: portal name and menu, breadcrumb, date/time line, font-size and listen controls (residue), share/like counters, caption and credit, an inline 'xem thêm' link, an ad label, a 'tin liên quan' list, tags, a comment box notice, a 'đọc nhiều' list and the footer licence line. HARD NEGATIVES: a sapo (standfirst), a bulleted figures list, a one-line quote, a subheading and a hotline sentence in the text.",
body=r"""
nav Báo Miền Trung Online
nav Thời sự | Xã hội | Kinh tế | Văn hóa | Thể thao | Bạn đọc
nav Trang chủ / Xã hội / Quảng Trị
ts Thứ Ba, 13/01/2026 - 15:20
T Quảng Trị: rà phá hơn 3.000 vật nổ còn sót lại sau chiến tranh trong năm 2025
. Năm 2025, các đội rà phá bom mìn tại Quảng Trị đã xử lý an toàn hơn 3.000 vật nổ, làm sạch gần 1.200 ha đất để người dân yên tâm sản xuất.
res A- A+ 🔊 Nghe bài viết
soc Thích 214 | Chia sẻ
. Theo Ban điều hành Chương trình khắc phục hậu quả bom mìn tỉnh, trong năm qua các đội rà phá đã phát hiện và hủy nổ 3.148 vật nổ các loại, chủ yếu là bom bi, đạn pháo và lựu đạn. Phần lớn được tìm thấy ở các huyện Gio Linh, Cam Lộ và Vĩnh Linh, nơi từng là vùng giao tranh ác liệt.
cap Nhân viên rà phá đánh dấu vị trí phát hiện bom bi tại một vườn cao su ở huyện Gio Linh.
cr Ảnh: Lê Minh Hoàng
. Một số con số nổi bật:
. - 1.186 ha đất được rà phá và bàn giao cho địa phương
. - 412 lượt báo tin về vật nổ từ người dân qua đường dây nóng
. - 23 lớp tuyên truyền về an toàn bom mìn cho học sinh
. - không có tai nạn bom mìn gây thương vong trong cả năm
rel Xem thêm: Khánh thành cầu dân sinh thứ 12 tại huyện Hướng Hóa
. Đây là năm thứ hai liên tiếp tỉnh không ghi nhận tai nạn bom mìn gây chết người. Tuy nhiên, theo các chuyên gia, ước tính vẫn còn khoảng một phần ba diện tích tỉnh bị ô nhiễm bom mìn.
. Người dân là tai mắt
. Anh Hồ Văn Thắng, đội trưởng một đội rà phá ở Cam Lộ, cho biết nhiều vật nổ được tìm thấy nhờ người dân gọi điện báo tin khi cày ruộng hoặc đào móng nhà.
. "Thấy vật lạ thì đừng chạm vào, hãy gọi cho chúng tôi."
. Anh Thắng nói đây là câu anh lặp lại ở mọi buổi tuyên truyền. Người dân phát hiện vật nghi là bom mìn có thể gọi đường dây nóng của tỉnh, hoạt động 24 giờ mỗi ngày, để đội rà phá đến xử lý miễn phí.
. Năm 2026, tỉnh đặt mục tiêu rà phá thêm 1.500 ha, ưu tiên đất nông nghiệp và khu vực xây trường học.
ad Quảng cáo
rel Tin liên quan
rel Hướng Hóa: trồng mới 200 ha cà phê trên đất đã rà phá bom mìn
tag Từ khóa: bom mìn, Quảng Trị, rà phá, hậu quả chiến tranh
com Gửi bình luận — vui lòng gõ tiếng Việt có dấu
rel Đọc nhiều nhất: Giá lúa đông xuân tăng nhẹ · Mưa lớn ở vùng núi phía Tây
cp © Báo Miền Trung Online. Ghi rõ nguồn khi phát hành lại thông tin từ website này.
"""))
