from dsl import doc

doc(208, "school_start_time", """
navigation|Education
T|School board votes 5-2 to move high school start time to 8:45 a.m.
byline|Maria Lopez, Education Reporter
timestamp|Tuesday, March 12, 2024 10:18 PM
P|Hillcrest Unified's four high schools will start classes at 8:45 a.m. beginning in August, after the board of trustees voted 5-2 on Tuesday to push back the opening bell by 50 minutes.
P|The change follows two years of study by a district committee of parents, teachers and students, which cited research linking later start times to better attendance and fewer car crashes among teenage drivers.
P|"We are asking sixteen-year-olds to be awake and learning at an hour their bodies are not built for," trustee Grace Cho said before the vote.
P|How they voted
P|Yes: Alvarez, Brennan, Cho, Dufresne, Ogunleye
P|No: Hartley, Simmons
P|Trustees Mark Hartley and Denise Simmons said they supported the goal but worried about the effect on after-school jobs and athletics. Practices will now run until about 6:30 p.m., and some away games will require students to leave class early.
P|The later schedule also forces the district to redesign its bus routes. Elementary schools, which currently start at 8:40, will move to 7:55 so that the same buses can serve both levels. Transportation director Luis Ferreira said the plan adds three buses at a cost of about $420,000 a year.
P|Several elementary parents objected to the earlier start for younger children. The board directed staff to expand before-school care at all 14 elementary campuses by the fall.
P|The district will publish the new bell schedules for each school by April 30.
tags|Topics: Education | Hillcrest Unified | Board of Trustees
comments|Join the conversation
comments|Commenting is limited to subscribers. Please keep it civil.
comments|Patrick Hale · 2 hours ago
comments|My kids already sleep until 7:30, this won't change anything except practice ending in the dark.
comments|Reply · Like 3
comments|Sunita R. · 1 hour ago
comments|Thank you to the board for finally following the research.
comments|Reply · Like 7
""", notes="Regional paper, no blank lines. Byline in 'Name, Title' form and a full weekday timestamp. HARD NEGATIVES: "
  "the subheading 'How they voted' and the two roll-call lines 'Yes: ...' / 'No: ...' which look like poll widgets. "
  "Comment block with 'Name · 2 hours ago' lines and 'Reply · Like 3' controls.")

doc(209, "harbour_museum_reopens", """
navigation|Arts & Culture
T|Harbour Museum reopens after £12m restoration of its Victorian galleries
reading-time|3 min read

P|The Harbour Museum in Seaford reopened its doors on Saturday after a three-year, £12m restoration that has returned its Victorian galleries to something close to their appearance when they first opened in 1887.

P|Workers removed a suspended ceiling installed in the 1960s to reveal the original glazed roof lanterns, which had been painted over during the Second World War to hide the building from bombers. Natural light now falls once again on the museum's collection of ship models and marine paintings.

caption|The restored east gallery, with its original cast-iron columns. (Photo: Jan Peters/Harbour Museum)

P|"People walk in and look up before they look at anything else," said director Ruth Adebayo. "That is exactly what the architects intended."

related|READ MORE: Sculptor's lost clay model found in museum storeroom after 80 years

P|Photography was banned in the galleries for decades because of concerns about flash damage to the paintings. The museum has now lifted the ban, provided visitors turn off their flash, and says it hopes images shared online will draw younger audiences.

credit|Getty Images

P|The project was funded by the National Lottery Heritage Fund, the town council and a public appeal that raised £1.4m from more than 9,000 donors. A new learning centre in the former coal store will host school groups from September.

P|Admission remains free. The museum is open Tuesday to Sunday, 10am to 5pm.

related|Most read
related|1. Seafront hotel plans rejected for a third time
related|2. Ferry timetable cut as operator blames crew shortages
related|3. Pier theatre to stage first pantomime since 2019
""", notes="UK regional arts story. Caption with the credit inside the same line '(Photo: ...)', and a lone credit line "
  "'Getty Images' for an uncaptioned image. Inline 'READ MORE:' teaser mid-article and a numbered 'Most read' list at the tail "
  "(related, even though numbered). HARD NEGATIVE: paragraph starting 'Photography was banned...' is news about photography.")

doc(210, "tr_manisa_deprem", """
navigation|Ana Sayfa
navigation|Gündem
navigation|Ekonomi
navigation|Spor
navigation|Yaşam
navigation|Video
T|Manisa'da 4,1 büyüklüğünde deprem: Hasar bildirilmedi - Ege Postası
timestamp|Güncelleme: 14.05.2024 09:32
social|Haberi paylaş

P|Manisa'nın Soma ilçesinde sabah saatlerinde 4,1 büyüklüğünde bir deprem meydana geldi. Sarsıntı, çevre ilçelerde ve İzmir'in bazı semtlerinde de hissedildi.

P|Afet ve Acil Durum Yönetimi Başkanlığı'nın (AFAD) açıklamasına göre deprem saat 08.47'de, yerin yaklaşık 7 kilometre derinliğinde kaydedildi. İlk belirlemelere göre can kaybı ya da yapısal hasar bildirilmedi.

ad|Reklam

P|Sarsıntıyı hisseden vatandaşlar kısa süreliğine sokağa çıktı. Soma'da bir kırtasiye işleten Mehmet Yıldız, "Raflar sallandı, birkaç kalem kutusu yere düştü. Herkes dışarı koştu ama beş dakika sonra işimize döndük" dedi.

P|İlçedeki okullarda dersler, binaların kontrol edilmesinin ardından normal şekilde devam etti. Valilik, ekiplerin özellikle eski yapılarda inceleme yaptığını ve şu ana kadar olumsuz bir durumla karşılaşılmadığını duyurdu.

P|Soma ve çevresi, son yıllarda irili ufaklı pek çok sarsıntıya sahne oldu. Bölgede yaşayanlar, özellikle gece saatlerinde hissedilen depremlerin ardından evlerine dönmekte zorlandıklarını anlatıyor. Belediye, geçen yıl başlattığı bina tarama çalışmasının bu ay içinde ikinci aşamaya geçeceğini açıkladı.

P|Kandilli Rasathanesi'nin verilerine göre ana sarsıntının ardından öğle saatlerine kadar büyüklükleri 1,5 ile 2,3 arasında değişen dokuz artçı deprem kaydedildi. Uzmanlar, bu artçıların beklenen düzeyde olduğunu ve daha büyük bir depremin habercisi sayılmaması gerektiğini vurguladı.

P|Uzmanlar, bölgenin aktif fay hatları üzerinde bulunduğunu hatırlatarak vatandaşlara deprem çantalarını hazır tutmalarını ve binalarının dayanıklılığını kontrol ettirmelerini önerdi.

related|İlgili Haberler
related|Ege'de son bir haftada 30'dan fazla artçı sarsıntı kaydedildi
related|AFAD'dan okullarda deprem tatbikatı çağrısı
comments|Yorumlar (2)
comments|Ayşe K.
comments|14.05.2024 10:05
comments|Akhisar'da da çok net hissettik, allah korusun.
comments|Yanıtla
comments|Hasan_45
comments|14.05.2024 10:21
comments|Eski binalar mutlaka denetlenmeli.
comments|Yanıtla
newsletter|Bu sitede çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz.
newsletter|Tamam
copyright|© 2024 Ege Postası. Tüm hakları saklıdır.
""", notes="Turkish regional news portal. Menu one item per line, title with ' - Ege Postası' suffix, Turkish ad label "
  "'Reklam', related block 'İlgili Haberler', comment section with names, dd.mm.yyyy dates and 'Yanıtla' reply links, "
  "cookie notice with a one-word 'Tamam' button, rights footer. The time '08.47' inside a sentence is article text.",
  suffix=" - Ege Postası")

doc(211, "de_gueterverkehr_streik", """
navigation|Startseite › Wirtschaft › Verkehr
T|Lokführer legen Güterverkehr für 48 Stunden lahm
byline|Von Anna Keller
timestamp|13.03.2024, 06:12 Uhr
reading-time|Lesezeit: 3 Min.
social|Artikel teilen
P|Seit Mittwochmorgen stehen in weiten Teilen Norddeutschlands die Güterzüge still. Der Verband der Eisenbahnführer hat seine Mitglieder in den Güterverkehrsgesellschaften zu einem 48-stündigen Ausstand aufgerufen, der Personenverkehr soll erst ab Donnerstagabend folgen.
P|Nach Angaben der Unternehmen fallen bis Freitag rund 1.200 Güterzüge aus. Besonders betroffen sind die Häfen in Hamburg und Bremerhaven, wo Container wegen fehlender Abfuhr auf den Terminals bleiben.
caption|Leere Gleise am Rangierbahnhof Maschen: Seit Mittwochmorgen stehen viele Güterzüge still.
credit|Bild: dpa/Marcus Brandt
P|Die Gewerkschaft fordert eine Verkürzung der Wochenarbeitszeit von 38 auf 35 Stunden bei vollem Lohnausgleich. Die Arbeitgeber haben bislang eine Reduzierung um eine Stunde angeboten, verbunden mit einer längeren Laufzeit des Tarifvertrags.
P|„Wir streiken nicht gern, aber ohne Druck bewegt sich nichts“, sagte Verbandschef Holger Brandis am Morgen vor Journalisten in Hannover.
ad|Anzeige
P|Industrieverbände warnten vor Lieferengpässen. Ein Sprecher des Chemieverbands Nord sagte, einige Werke könnten Rohstoffe nur noch für wenige Tage vorhalten. Teile der Autoindustrie hätten bereits auf Lastwagen umgestellt, doch dafür fehle es an Fahrern.
P|Eine Schlichtung lehnt die Gewerkschaft bislang ab. Die nächste Verhandlungsrunde ist für den 20. März angesetzt.
related|Mehr zum Thema
related|Warum die Bahn ihre Gütersparte nicht loswird
related|Pendler im Norden: Was ab Donnerstag gilt
comments|Kommentare
comments|Zum Kommentieren bitte anmelden.
copyright|© Elbtaler Zeitung Digital GmbH 2024
""", notes="German news site, no blank lines. Breadcrumb with '›', 'Von ...' byline, 'Lesezeit' reading time, caption "
  "followed by 'Bild: dpa/...' credit, 'Anzeige' ad label, 'Mehr zum Thema' related block, comment stub and copyright. "
  "The date '20. März' inside a sentence is article text.")

doc(212, "fr_vendanges_bourgogne", """
newsletter|Nous utilisons des cookies pour améliorer votre expérience et mesurer l'audience de notre site.
newsletter|Tout accepter
newsletter|Continuer sans accepter
navigation|Accueil
navigation|Régions
navigation|Bourgogne-Franche-Comté
T|Vendanges précoces en Bourgogne : les vignerons face à une récolte réduite de moitié
timestamp|Publié le 12/09/2024 à 08h15
timestamp|Mis à jour le 12/09/2024 à 11h40

P|Les sécateurs sont sortis avec près de deux semaines d'avance dans plusieurs villages de la Côte de Beaune. Mais dans les rangs, l'ambiance n'est pas à la fête : après le gel d'avril et la grêle de juin, certains domaines annoncent des volumes inférieurs de moitié à ceux d'une année normale.

P|À Meursault, Claire Vautrin récolte ses parcelles de chardonnay en trois jours au lieu de six. « Les grappes sont belles, le degré est bon, mais il n'y en a pas assez », résume-t-elle en montrant une caisse à moitié vide.

related|Lire aussi : Grêle dans le Mâconnais : « On a perdu trois ans de travail en dix minutes »

P|Selon l'interprofession, la récolte régionale pourrait tomber sous le seuil d'un million d'hectolitres, un niveau rarement atteint depuis le début des années 1990. Les appellations les plus touchées sont situées sur les coteaux exposés aux orages de juin.

newsletter|Cet article est réservé aux abonnés. Il vous reste 64% à découvrir.
newsletter|Déjà abonné ? Se connecter

P|Pour les domaines familiaux, la question est désormais financière. Les prix des vins de Bourgogne ont fortement augmenté ces dernières années, mais une demi-récolte ne suffit pas à couvrir les charges, notamment la main-d'œuvre saisonnière, dont le coût a progressé de près de 10 % en deux ans.

P|Plusieurs vignerons réclament un assouplissement des règles de la réserve interprofessionnelle, qui permet de stocker une partie des bonnes années pour compenser les mauvaises. La chambre d'agriculture doit présenter un bilan chiffré fin octobre.

social|Partager sur Facebook
social|Partager sur X
social|Envoyer par e-mail
tags|Vin · Viticulture · Météo · Côte-d'Or
""", notes="French regional site. Cookie consent banner with two buttons at the very top (newsletter category), breadcrumb "
  "menu one per line, two stacked timestamps (Publié / Mis à jour), inline 'Lire aussi :' teaser whose headline contains "
  "a quoted phrase, a paywall box mid-article followed by the remaining paragraphs, share links and a tag line.")

doc(213, "es_elecciones_valdemora", """
navigation|Portada / Política / Elecciones municipales
T|El alcalde de Valdemora gana la reelección por 212 votos
byline|Por Carmen Ruiz
timestamp|14 de junio de 2024 · 23:05
social|Síguenos en
social|Facebook · Instagram · X · YouTube
P|El alcalde de Valdemora, Julián Ortega, revalidó este domingo su mandato al frente de la Agrupación Vecinal, que obtuvo 212 votos más que el Partido Socialista en unos comicios marcados por la subida de la participación, que alcanzó el 71,4 %.
P|La Agrupación Vecinal conserva la mayoría absoluta con siete de los trece concejales del pleno, uno menos que en la legislatura anterior. El escaño perdido fue a parar a Valdemora Sí, una formación creada hace apenas cuatro meses por vecinos de los barrios del sur.
P|Resultados (100 % escrutado):
P|Agrupación Vecinal — 3.418 votos — 7 concejales
P|Partido Socialista — 3.206 votos — 5 concejales
P|Valdemora Sí — 1.012 votos — 1 concejal
P|Partido Popular — 604 votos — 0 concejales
ad|Publicidad
P|«Los vecinos nos han dado otra oportunidad, pero también un aviso», dijo Ortega ante sus simpatizantes en la plaza Mayor, poco después de la medianoche. El alcalde prometió reabrir el centro de salud del barrio de La Estación, cerrado desde hace dos años, antes de que termine el año.
P|La candidata socialista, Lucía Benavente, reconoció la derrota y aseguró que su grupo ejercerá una oposición «firme pero constructiva». El Partido Popular, que gobernó el municipio hasta 2015, se queda por primera vez sin representación.
P|El nuevo pleno se constituirá el próximo 29 de junio.
related|Noticias relacionadas
related|Las claves de la campaña en los municipios de la comarca
related|Participación récord en las mesas del barrio de La Estación
tags|Etiquetas: Elecciones municipales, Valdemora, Ayuntamiento
""", notes="Spanish local paper, no blank lines. Slash breadcrumb, 'Por ...' byline, '·'-separated date and social "
  "follow rows at the head. HARD NEGATIVE: election results table as plain em-dash lines plus its heading "
  "'Resultados (100 % escrutado):'. Mid-article 'Publicidad' label; related block and 'Etiquetas:' tag line at the tail.")

doc(214, "it_esondazione_torrente", """
banner|Per una migliore esperienza di navigazione abilita JavaScript nel tuo browser.
navigation|Cronaca
T|Maltempo, esonda il torrente a Borgo San Felice: evacuate 40 famiglie
timestamp|17 ottobre 2024 | 09:48
social|Condividi

P|Quaranta famiglie sono state evacuate nella notte a Borgo San Felice, nell'entroterra ligure, dopo che il torrente Verde è uscito dagli argini in seguito a piogge intense che hanno superato i 300 millimetri in dodici ore.

caption|I vigili del fuoco al lavoro in via Roma a Borgo San Felice (foto: Protezione civile)

P|L'acqua ha invaso il piano terra di decine di abitazioni e la scuola elementare del paese, che resterà chiusa almeno fino a lunedì. Non si registrano feriti. Gli sfollati sono stati ospitati in un albergo della zona e nella palestra comunale.

P|«Abbiamo sentito il rumore dell'acqua prima ancora di vederla», racconta Giuseppe Ferrando, che abita a pochi metri dal ponte vecchio. «In mezz'ora la strada era diventata un fiume».

ad|Pubblicità

P|Il sindaco Marta Oddone ha firmato un'ordinanza di chiusura per la strada provinciale che collega il borgo alla costa, dove una frana ha travolto un tratto di carreggiata. La Regione ha chiesto il riconoscimento dello stato di emergenza.

P|L'allerta rossa resterà in vigore fino alle 15 di oggi. I tecnici della Protezione civile stanno monitorando il livello del torrente, che nelle prime ore del mattino ha cominciato a scendere.

related|Leggi anche
related|Allerta meteo, scuole chiuse in trenta comuni della provincia
related|Frana sulla strada del passo: riaperta a senso unico alternato
social|WhatsApp
social|Telegram
social|Email
copyright|Riproduzione riservata ©
""", notes="Italian local news. JavaScript notice (banner), section label, date with ' | ' time, caption with the credit "
  "inside parentheses on the same line, 'Pubblicità' ad label, 'Leggi anche' related block, share channel names one per "
  "line and 'Riproduzione riservata ©' footer.")

doc(215, "pt_virada_estadual", """
navigation|Esportes
navigation|Futebol
T|Virada no fim garante liderança ao Atlético Serrano no Estadual
byline|Da Redação
timestamp|03/03/2024 - 20h41

P|O Atlético Serrano precisou de apenas seis minutos para transformar uma derrota em vitória e assumir a liderança isolada do Campeonato Estadual. Depois de sair atrás no placar, o time virou para 2 a 1 sobre o Esporte Clube Vale neste domingo, no estádio Municipal.

P|O Vale abriu o marcador aos 12 minutos do segundo tempo, com o atacante Renan, e segurou a vantagem até os 39. Foi então que o técnico Márcio Peixoto colocou em campo o jovem Davi, de 19 anos, que empatou de cabeça dois minutos depois e deu a assistência para o gol da virada, marcado por Gabriel Souza aos 45.

P|"Eu só pensei em ajudar. Entrei para correr e deu certo", disse Davi na saída do campo.

P|Classificação após a 9ª rodada:
P|1º Atlético Serrano – 21 pontos
P|2º Esporte Clube Vale – 19 pontos
P|3º União Litoral – 17 pontos
P|4º Ferroviário – 15 pontos

P|Com o resultado, o Serrano chega a 21 pontos e abre dois de vantagem para o próprio Vale. Na próxima rodada, o time viaja para enfrentar o União Litoral, no sábado, às 16h.

tags|#Estadual #AtléticoSerrano #Futebol
social|📲 Siga o Portal Serra no Instagram e no WhatsApp
comments|Comentários
comments|Rogério Lima
comments|há 3 horas
comments|Esse menino Davi tem que ser titular já!
comments|Responder
comments|Fernanda Tavares
comments|há 2 horas
comments|Jogo sofrido, mas a liderança é nossa.
comments|Responder
comments|Ver mais comentários
""", notes="Brazilian sports portal. 'Da Redação' newsroom byline, date with 'h' time, hashtag line, emoji follow prompt, "
  "comments with names, relative dates ('há 3 horas') and 'Responder' links. HARD NEGATIVE: league standings table "
  "('1º Atlético Serrano – 21 pontos') and its heading line.")
