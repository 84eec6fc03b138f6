# devset-h sources, documents 820-829 (de, fr, es, pt-BR, it, nl, pl, tr, ru, uk)
DOCS = []

DOCS.append(dict(
    num=820, slug="de_cache_kopie_stadtbibliothek_sonntag",
    title="Stadtbibliothek Altenbrück öffnet ab April auch sonntags",
    style="single", noise=0.1,
    notes="German regional newspaper page as a search-engine cache copy (city services): the cache notice with its retrieval date and the 'Vollversion / Nur Text / Quelltext' links (banner/navigation), a find-in-page hint (residue), masthead and a run-together menu, breadcrumb, author and date line, a reading-time line, photo caption and credit, an 'Anzeige' slot (ad), a trial-subscription box (newsletter), a share row, a list of further local articles (related), comment count and copyright. HARD NEGATIVES: a standfirst, a bulleted list of opening hours, a subheading, a one-line quote, a sentence about the library advertising for volunteer mentors, and an 'Update:' paragraph.",
    body="""
ban Zwischengespeicherte Fassung von https://www.lahntaler-anzeiger.de/lokales/altenbrueck/stadtbibliothek-sonntag vom 3. März 2025, 09:12 GMT. Die aktuelle Seite kann sich inzwischen geändert haben.
nav Vollversion   Nur Text   Quelltext anzeigen
res Tipp: Mit Strg+F bzw. ⌘-F finden Sie Ihren Suchbegriff schnell auf dieser Seite.
nav Lahntaler Anzeiger
nav Startseite  Lokales  Region  Sport  Kultur  Service  ePaper
nav Lokales › Altenbrück
T Stadtbibliothek Altenbrück öffnet ab April auch sonntags
. Mit Bibliotheksausweis und PIN kommen Leserinnen und Leser künftig auch dann hinein, wenn kein Personal im Haus ist.
by Von Katrin Wehmeyer
ts Mo, 03.03.25 – 06:00
rt Lesedauer etwa 3 Min.
cap Über dieses Terminal am Seiteneingang sollen Nutzer die Bibliothek künftig selbst öffnen.
cr Foto: Jörg Stallbaum
. Die Stadtbibliothek Altenbrück wird von April an sieben Tage in der Woche geöffnet sein. Möglich macht das ein Konzept, das in Skandinavien längst verbreitet ist: An Sonntagen und an den Abenden kommen Nutzerinnen und Nutzer mit ihrem Ausweis und einer PIN selbst ins Haus, ausleihen und zurückgeben geht an den Selbstbedienungsautomaten.
. Der Kulturausschuss hat dem Vorhaben am Donnerstag einstimmig zugestimmt. Die Umrüstung kostet rund 86.000 Euro, zwei Drittel davon trägt das Land aus einem Förderprogramm für ländliche Bibliotheken.
. Die neuen Öffnungszeiten
. - Montag bis Freitag: 8 bis 22 Uhr, davon 10 bis 18 Uhr mit Personal
. - Samstag: 8 bis 22 Uhr, davon 10 bis 14 Uhr mit Personal
. - Sonntag: 10 bis 20 Uhr, ohne Personal
ad Anzeige
. Zutritt erhalten alle Erwachsenen mit gültigem Ausweis, die vorher eine kurze Einweisung bekommen haben. Kinder und Jugendliche unter 16 Jahren dürfen in den personalfreien Zeiten nur in Begleitung kommen. Kameras im Eingangsbereich sollen Vandalismus vorbeugen.
. „Wir wollen nicht weniger Personal, wir wollen mehr Bibliothek“, sagte Leiterin Sabine Ortmüller.
. Sorge um das Personal
. Die Gewerkschaft hatte im Vorfeld befürchtet, die Stadt könne mit dem Modell Stellen einsparen. Bürgermeister Henning Klaas sicherte zu, dass alle sechs Stellen erhalten bleiben. Die Bibliothek sucht zudem ehrenamtliche Lesepatinnen und -paten und wirbt dafür mit Plakaten in den Bussen der Stadtwerke.
. Ähnliche Modelle gibt es in Hessen bereits in mehreren Städten. Die Erfahrungen seien durchweg gut, heißt es beim Landesverband der Bibliotheken, Diebstahl und Beschädigungen kämen kaum vor.
. Update: Die Einweisungen beginnen am 17. März. Termine können ab sofort an der Ausleihtheke vereinbart werden.
nl LA+ lesen: Die ersten vier Wochen kostenlos, danach 9,99 € im Monat, jederzeit kündbar.
soc Artikel teilen: WhatsApp · Facebook · E-Mail
rel Weitere Artikel aus Altenbrück
rel Neue Leseecke für Kinder im Rathausfoyer
rel Kreisbücherei verlängert Leihfristen dauerhaft
com 4 Kommentare
cp © Lahntaler Anzeiger 2025
"""))

DOCS.append(dict(
    num=821, slug="fr_quotidien_regional_fraude_vin_tribunal",
    title="Fraude au vin : un négociant condamné à dix-huit mois avec sursis à Libourne",
    style="mixed", noise=0.15, ws=True,
    notes="French regional daily, court report (courts/business): 'S'abonner / Se connecter' links, masthead and a run-together menu, 'Faits divers - Justice' section label (navigation), the subscriber-only label (banner), byline, the 'Publié le ... mis à jour le' line (timestamp), reading time, photo caption and credit, an 'À lire aussi' link inside the body (related), a 'Publicité' slot (ad), a thematic newsletter box (newsletter), tags, the reporter's bio line, 'Réagir' comment link and 'Les plus lus' list (related), and copyright. HARD NEGATIVES: a bulleted list of the sentences handed down, a subheading, a quote from the prosecutor, a sentence about the merchant's labels being photographed by inspectors, and the closing note that the defence may appeal.",
    body="""
nav S'abonner   Se connecter
nav Le Courrier de l'Estuaire
nav Actualité  Gironde  Sports  Économie  Loisirs  Vin  Nécrologie
nav Faits divers - Justice
ban Article réservé aux abonnés
T Fraude au vin : un négociant condamné à dix-huit mois avec sursis à Libourne
by Par Élodie Marchetti
ts Publié le 11/03/2025 à 18h42, mis à jour le 12/03/2025 à 07h15
rt Temps de lecture : 3 min
cap Le tribunal judiciaire de Libourne, où le procès s'est tenu sur deux jours.
cr Photo archives Thierry Lanusse
. Un négociant de 58 ans a été condamné mardi par le tribunal correctionnel de Libourne à dix-huit mois d'emprisonnement avec sursis pour avoir vendu comme vin d'appellation près de 400 000 bouteilles de vin de table entre 2019 et 2022.
. Selon l'accusation, la société du prévenu achetait du vin en vrac dans plusieurs régions, le faisait assembler dans un chai de la rive droite et l'étiquetait sous le nom de deux appellations du Libournais. Les bouteilles étaient ensuite vendues à des importateurs en Asie et à des enseignes de la grande distribution.
rel À lire aussi : Vendanges 2024 : des rendements en baisse de 20 % dans le Libournais
. Les peines prononcées
. - dix-huit mois d'emprisonnement avec sursis pour le gérant ;
. - 250 000 euros d'amende pour la société ;
. - interdiction d'exercer le commerce du vin pendant cinq ans ;
. - 80 000 euros de dommages et intérêts aux deux syndicats viticoles parties civiles.
ad Publicité
. L'enquête avait commencé par un contrôle de routine de la répression des fraudes en 2022. Les inspecteurs avaient photographié des étiquettes imprimées en grand nombre pour un château qui ne produit, selon son cadastre, que 60 000 bouteilles par an.
. « Ce n'est pas une erreur d'assemblage, c'est un système », a déclaré la procureure, Anne-Sophie Delcroix, qui avait requis deux ans avec sursis.
. À l'audience, le négociant a reconnu des « approximations » dans sa traçabilité mais a contesté toute intention frauduleuse. Son avocat, Me Bertrand Lesueur, a plaidé la relaxe en soulignant que les analyses n'avaient pas permis de dater précisément les vins.
. Les syndicats viticoles se disent satisfaits. « Chaque bouteille vendue sous notre nom abîme la confiance des acheteurs », a réagi leur président, Hervé Castaing.
. La défense dispose de dix jours pour faire appel.
nl Newsletter Justice : recevez chaque vendredi l'essentiel des audiences de la région.
tag Justice · Vin · Libourne · Gironde
bio Élodie Marchetti suit les audiences des tribunaux de Libourne et de Bordeaux pour le Courrier depuis 2016.
com Réagir
rel Les plus lus
rel Bordeaux : le tramway coupé trois semaines cet été
rel Arcachon : la plage du Moulleau rouverte après l'érosion
cp © Le Courrier de l'Estuaire 2025
"""))

DOCS.append(dict(
    num=822, slug="es_radio_universitaria_contaminacion_luminica",
    title="Observatorios del norte celebran la nueva norma lumínica, pero piden fiscalización",
    style="single", noise=0.1,
    notes="Chilean university radio station website (science): live-stream player bar (residue), station name and a run-together menu (navigation), 'Ciencia' label, byline and a date-and-time line, photo caption with credit in brackets (caption), share row and 'Síguenos' line (social), tags, a comment thread with a commenter's name, date and 'Responder' (comments), 'Noticias relacionadas' list (related), and the copyright footer. HARD NEGATIVES: a bulleted list of what the rule changes, a one-line quote, a subheading, a sentence saying residents were invited to share photos of the night sky, and a 'Fe de erratas' correction paragraph.",
    body="""
res EN VIVO ▶ Escucha la señal en directo · 99.1 FM
nav Radio Universidad del Desierto
nav Inicio  Noticias  Programas  Podcasts  Cultura  Contacto
nav Ciencia
T Observatorios del norte celebran la nueva norma lumínica, pero piden fiscalización
by Por Ignacio Valdebenito
ts Lunes 10 de marzo de 2025 | 12:31
cap Cúpulas de un observatorio en la Región de Antofagasta al anochecer (Foto: Catalina Rojas / RUD)
. Los observatorios astronómicos del norte de Chile valoraron la entrada en vigor de la nueva norma de emisión lumínica, que desde este mes exige a municipios y empresas reducir la luz que se escapa hacia el cielo, aunque advirtieron que su efecto dependerá de que se fiscalice.
. El norte del país concentra cerca del 40 por ciento de la capacidad de observación astronómica del mundo, y los científicos llevan años alertando de que el crecimiento de las ciudades y de las faenas mineras está aclarando el cielo nocturno.
. Qué cambia con la norma
. - Las luminarias nuevas no podrán emitir luz por encima de la horizontal.
. - Se limita la luz azul, que se dispersa más en la atmósfera.
. - Los letreros publicitarios deberán apagarse a medianoche en las zonas cercanas a observatorios.
. - Las municipalidades tendrán cinco años para reemplazar el alumbrado antiguo.
. La astrónoma Verónica Araya, de la universidad, explicó que el brillo del cielo sobre algunos observatorios ha aumentado cerca de un 10 por ciento en la última década. "Todavía estamos a tiempo, pero no por mucho", dijo.
. El desafío de fiscalizar
. La Superintendencia de Medio Ambiente cuenta con cuatro fiscalizadores para toda la macrozona norte. Los alcaldes de Taltal y Calama pidieron recursos para cambiar las luminarias y advirtieron que muchas comunas no pueden asumir el costo solas.
. Durante la semana, la universidad invitó a los vecinos a compartir fotografías del cielo nocturno desde sus barrios, para construir un mapa de contaminación lumínica hecho por la propia comunidad.
. Fe de erratas: en una versión anterior de esta nota se indicó que la norma rige desde enero. Entró en vigor el 1 de marzo.
soc Comparte esta noticia: Facebook | X | WhatsApp
tag Etiquetas: astronomía, contaminación lumínica, medio ambiente
com 1 comentario
com Patricia Robledo
com 11 de marzo de 2025 a las 09:14
com En Calama las luces de la faena se ven desde cuarenta kilómetros. Ojalá fiscalicen de verdad.
com Responder
rel Noticias relacionadas
rel Estudiantes de Calama construyen un radiotelescopio con antenas de televisión
rel ¿Por qué el desierto de Atacama es el mejor lugar para mirar el cielo?
soc Síguenos en Instagram y Spotify
cp © 2025 Radio Universidad del Desierto — Todos los derechos reservados
"""))

DOCS.append(dict(
    num=823, slug="ptbr_portal_vacina_dengue_escolas",
    title="Belo Horizonte leva vacina contra a dengue às escolas municipais a partir de segunda",
    style="sparse", noise=0.1,
    notes="Large Brazilian news portal (health): a privacy-and-cookies strip (newsletter), portal menu and regional edition switch (navigation), section label, byline with city, the 'publicado ... atualizado' line (timestamp), photo caption and credit, 'Publicidade' slots (ad), a 'LEIA TAMBÉM' block inside the body and a 'Veja também' list (related), share buttons and a WhatsApp channel prompt (social), a newsletter box, the comments header with the responsibility notice (comments), and the copyright line. HARD NEGATIVES: a standfirst, a bulleted list of who can be vaccinated, a subheading, a one-line quote from a school principal, and a sentence in which the city asks parents to share the consent form in school WhatsApp groups.",
    body="""
nl Este portal utiliza cookies para personalizar anúncios e conteúdo. Ao seguir navegando, você aceita nossa política.
nav Menu   Notícias   Esporte   Economia   Entretenimento   Vídeos
nav Edição: Minas Gerais ▾
nav Saúde
T Belo Horizonte leva vacina contra a dengue às escolas municipais a partir de segunda
. Equipes de saúde vão aplicar a primeira dose em alunos de 10 a 14 anos com autorização dos responsáveis
by Por Juliana Ferraz, Belo Horizonte
ts 12.mar.2025 às 08h41 — atualizado 3h atrás
cap Aluna recebe dose da vacina em escola da regional Barreiro durante projeto-piloto
cr Foto: Divulgação/Secretaria Municipal de Saúde
ad Publicidade
. A Prefeitura de Belo Horizonte começa na segunda-feira (17) a vacinar contra a dengue nas escolas da rede municipal. A meta é aplicar a primeira dose em 60 mil estudantes até o fim de abril, antes do pico de casos que costuma ocorrer no outono.
. A vacinação nas escolas foi testada em novembro em doze unidades da regional Barreiro, onde a cobertura entre os alunos passou de 31% para 74% em três semanas.
. Quem pode se vacinar
. - crianças e adolescentes de 10 a 14 anos matriculados na rede municipal;
. - com termo de autorização assinado por um responsável;
. - que não tenham tomado a primeira dose em posto de saúde.
rel LEIA TAMBÉM: Minas registra queda de 40% nos casos de dengue em relação a 2024
. A segunda dose será aplicada três meses depois, também na escola. Alunos que faltarem no dia da vacinação poderão se vacinar em qualquer centro de saúde, levando o cartão de vacina.
. A vacina usada é aplicada em duas doses e está disponível no SUS para essa faixa etária desde o ano passado. Segundo a secretaria, reações leves, como dor no braço e febre baixa, podem ocorrer nas primeiras 48 horas.
. "Quando a vacina vem até a escola, a família não precisa perder um dia de trabalho", disse a diretora da Escola Municipal Herbert José de Souza, Cláudia Menezes.
. A secretaria pede que os pais compartilhem o termo de autorização nos grupos de WhatsApp das turmas, para que mais famílias assinem antes da data marcada em cada escola.
. Segundo a secretaria, a cidade registrou 18 mil casos prováveis de dengue desde janeiro, menos da metade do mesmo período do ano passado.
ad Publicidade
soc Compartilhe: WhatsApp · Facebook · X · Copiar link
soc Siga o nosso canal no WhatsApp e receba as principais notícias de Minas
nl Receba as notícias da manhã no seu e-mail. Cadastre-se grátis.
rel Veja também
rel Chuva forte derruba árvores e deixa bairros sem luz na Pampulha
rel Metrô de BH terá nova estação no Barreiro em 2026
com Comentários
com Os comentários são de responsabilidade exclusiva de seus autores e não representam a opinião deste site.
cp © Copyright 2000-2025 Portal Horizonte Comunicação S.A.
"""))

DOCS.append(dict(
    num=824, slug="it_amp_pallavolo_serie_a1_tabellino",
    title="Mestre batte Sondrio al tie-break e aggancia il quarto posto",
    style="sparse", noise=0.1,
    notes="AMP page of an Italian sports site, volleyball match report (sport): menu label and site name (navigation), breadcrumb, byline and date, reading time, a photo caption and credit, a 'Pubblicità' slot (ad), 'Leggi anche' list (related), share line (social), the 'versione completa' link (navigation), the reuse-prohibition notice (banner), the publisher's VAT line (residue) and copyright. HARD NEGATIVES: the result line with set scores, the 'TABELLINO' subheading and both line-up lines, referee and spectators lines, a short quote from the coach, and a sentence about the crowd sharing the final rally on social media.",
    body="""
nav ☰ Menu
nav SottoReteNews
nav Pallavolo › Serie A1 femminile
T Mestre batte Sondrio al tie-break e aggancia il quarto posto
by di Lorenzo Saccardi
ts 9 marzo 2025 - 21:47
rt Lettura: 2 min
cap L'esultanza della Lagunare Mestre dopo l'ultimo punto
cr Foto Ufficio stampa Lagunare
. Al termine di due ore e diciotto minuti di gioco la Lagunare Mestre supera la Valtellina Sondrio al tie-break e raggiunge proprio le lombarde al quarto posto della classifica, a tre giornate dalla fine della stagione regolare.
. Partenza tutta di Sondrio, che vince i primi due set trascinata da una Ilaria Brambati quasi perfetta in attacco. Dal terzo parziale cambia la partita: coach Fabrizio Zennaro inserisce la giovane Giulia Pavan in regia e Mestre trova ritmo in battuta, ribaltando il risultato davanti ai 3.200 spettatori del Palaverde.
. Decisivo anche il lavoro a muro: Mestre ne ha messi a segno 16 contro gli 8 delle avversarie, con Kovač protagonista nel quarto set, chiuso 25-22 dopo un lungo inseguimento. In ricezione Lo Presti ha tenuto in piedi la squadra nei momenti più difficili.
ad Pubblicità
. Nel quinto set le venete scappano sull'8-4 e chiudono 15-11 con un muro di Anna Cestaro. Il video dell'ultimo scambio è stato condiviso migliaia di volte dai tifosi già pochi minuti dopo la fine.
. "Sotto di due set servivano coraggio e pazienza, abbiamo avuto tutte e due", ha detto Zennaro.
. Sondrio esce comunque dal Palaverde con un punto che le permette di restare davanti negli scontri diretti, a parità di vittorie, e di giocarsi il terzo posto nelle ultime giornate.
. Domenica prossima Mestre sarà in trasferta a Busto, Sondrio ospiterà la capolista.
. TABELLINO
. Lagunare Mestre - Valtellina Sondrio 3-2 (20-25, 23-25, 25-21, 25-22, 15-11)
. Lagunare Mestre: Pavan 3, Cestaro 14, Rinaldi 17, Kovač 19, Bortolin 9, Sartori 6, Lo Presti (L). Non entrate: Zanin, Furlan. All. Zennaro.
. Valtellina Sondrio: Ferrante 2, Brambati 24, Oyelaran 11, Colombo 8, Redaelli 15, Negri 4, Sala (L). All. Riva.
. Arbitri: Paoletti e Guzzo. Spettatori: 3.200.
rel Leggi anche
rel Playoff, ecco come si qualificano le prime otto
rel Mercato: Cestaro verso il rinnovo fino al 2027
soc Invia su WhatsApp ai tuoi amici
nav Vai alla versione completa
ban © RIPRODUZIONE RISERVATA — È vietata la ripubblicazione anche parziale dei contenuti.
res SottoRete Media srl · P.IVA 03418770276
cp © 2025 SottoReteNews
"""))

DOCS.append(dict(
    num=825, slug="nl_leesmodus_fietsbrug_gent_heropend",
    title="Fietsbrug over de Leie na twee jaar werken weer open",
    style="single", noise=0.05,
    notes="Browser reader-mode dump of a Flemish regional news site (transport/city services): the domain line and reading-time estimate that reader mode adds (residue/reading-time), byline, date, the 'Gratis artikel' label (banner), an image credit left in the text (credit), a stray 'Lees ook' teaser (related), and the subscription prompt at the end (newsletter). HARD DOCUMENT: little debris, most lines are article text. HARD NEGATIVES: a standfirst, a bulleted list of bridge facts, a subheading, a short quote from a cyclist, a sentence about the city asking residents to share photos of the opening, and a dateline.",
    body="""
res www.scheldepost.be
rt 5-6 minuten
T Fietsbrug over de Leie na twee jaar werken weer open
. De vernieuwde brug verbindt de Coupure opnieuw met de Bijloke en moet dagelijks 8.000 fietsers verwerken.
by Lotte Verhaegen
ts za 8 mrt 2025 om 15:20
ban Gratis artikel
. GENT – Na twee jaar omleidingen kunnen fietsers en voetgangers sinds zaterdagochtend opnieuw over de Leie tussen de Coupure en de Bijloke. De oude brug uit de jaren zeventig werd in 2023 afgebroken omdat het beton te sterk was aangetast.
. De nieuwe brug is breder en ligt hoger boven het water, zodat ook de grotere rondvaartboten eronder kunnen varen.
. De brug in cijfers
. - lengte: 64 meter
. - breedte: 6,5 meter, met gescheiden stroken voor fietsers en voetgangers
. - kostprijs: 7,4 miljoen euro, waarvan 3 miljoen van de Vlaamse overheid
. - verwacht gebruik: 8.000 fietsers per dag
cr Beeld: Stad Gent / Bart De Waele
. Schepen van Mobiliteit Karel Van Doorslaer sprak van „een ontbrekende schakel die eindelijk terug is”. Tijdens de werken moesten fietsers een omweg van bijna een kilometer maken langs drukke kruispunten.
. „Ik heb twee jaar lang elke ochtend tien minuten langer gefietst. Vanaf maandag ben ik die kwijt”, zei Sofie Claeys, die dagelijks naar het ziekenhuis fietst.
rel Lees ook: Nieuw circulatieplan voor de binnenstad op komst
. Vertraging door de stroming
. De werken liepen een half jaar vertraging op. Bij het heien van de pijlers bleek de bodem zachter dan verwacht, en tijdens de natte winter van 2024 was de stroming in de Leie te sterk om de brugdelen veilig te plaatsen.
. Bij de opening vroeg de stad aan bewoners om foto's van de eerste oversteek te delen, voor een tentoonstelling over de geschiedenis van de bruggen in Gent.
. De oude brugleuning is bewaard en krijgt een plaats in het park van de Bijloke.
nl Wil je verder lezen? Kies voor Scheldepost Digitaal en lees alle artikels voor 1 euro de eerste maand.
"""))

DOCS.append(dict(
    num=826, slug="pl_portal_regionalny_bociany_wczesniej",
    title="Bociany wróciły na Warmię o dwa tygodnie wcześniej niż zwykle",
    style="mixed", noise=0.15,
    notes="Polish regional news portal (nature/weather): site name and a run-together menu (navigation), breadcrumb, author and date line, reading time, photo caption and credit, a 'Reklama' slot (ad), a 'Czytaj też' link inside the body (related), a Google News follow prompt (social), tags, share counter, comment count with the comment form and a comment by a reader with 'Odpowiedz' (comments), 'Zobacz także' list (related) and copyright. HARD NEGATIVES: a table of average arrival dates, a subheading, a short quote from an ornithologist, a sentence asking readers to send photos of nests, and a bulleted list of advice for property owners.",
    body="""
nav Warmia24.info
nav Wiadomości  Olsztyn  Region  Sport  Kultura  Pogoda  Ogłoszenia
nav Strona główna » Region » Przyroda
T Bociany wróciły na Warmię o dwa tygodnie wcześniej niż zwykle
by Autor: Marta Żebrowska
ts 14.03.2025, 11:20
rt Czas czytania: ok. 3 min
cap Bocian biały na gnieździe w Barczewie, 12 marca.
cr fot. Tadeusz Gromek
. Pierwsze bociany białe pojawiły się na Warmii już na początku marca, około dwóch tygodni wcześniej niż przeciętnie w ostatnich dekadach. Ornitolodzy łączą to z łagodną zimą i ciepłym lutym w południowej Europie.
. Ptaki obrączkowane w regionie zimują coraz częściej w Hiszpanii, a nie w Afryce, co skraca ich drogę powrotną o kilka tysięcy kilometrów.
. W tym roku pierwsze ptaki zauważono 3 marca w okolicach Dobrego Miasta, a do połowy miesiąca obserwatorzy zgłosili już ponad 120 zajętych gniazd w całym województwie. Rok temu o tej porze było ich kilkanaście.
ad Reklama
. Średnia data przylotu pierwszych bocianów
. Okres | Data
. 1985–1994 | 2 kwietnia
. 2005–2014 | 27 marca
. 2015–2024 | 21 marca
. 2025 | 3 marca
rel Czytaj też: Olsztyn. Nowe budki lęgowe dla jerzyków na osiedlu Jaroty
. „Bocian, który nie musi przelatywać nad Saharą, wraca wcześniej i zajmuje najlepsze gniazda”, mówi dr Paweł Kłosowski z Towarzystwa Przyrodniczego Warmii.
. Wczesny powrót ma też swoje ryzyko. Marcowe przymrozki i opady śniegu mogą utrudnić ptakom zdobywanie pożywienia, a młode wyklute zbyt wcześnie są bardziej narażone na chłód.
. Bociany żywią się głównie dżdżownicami, owadami, żabami i drobnymi gryzoniami, które zdobywają na podmokłych łąkach. Gdy w marcu spadnie śnieg, ptaki potrafią przez kilka dni przetrwać, ale dłuższe ochłodzenie bywa dla nich groźne.
. Warmia i Mazury to jeden z regionów o największym zagęszczeniu bocianów w Europie. Według ostatniego spisu w województwie gniazduje ponad 11 tysięcy par. Ornitolodzy zwracają uwagę, że wcześniejsze przyloty obserwuje się w całej Europie Środkowej od mniej więcej dwudziestu lat.
. Porady dla właścicieli posesji
. - nie usuwać gniazd ze słupów ani dachów, bo są chronione przez cały rok;
. - zgłaszać uszkodzone gniazda do gminy lub zakładu energetycznego;
. - nie dokarmiać bocianów chlebem.
. Towarzystwo prosi mieszkańców o przesyłanie zdjęć zajętych gniazd wraz z nazwą miejscowości. Dane trafią do tegorocznego spisu bocianów.
soc Obserwuj Warmia24.info w Google News
tag Tagi: bociany, przyroda, Warmia, klimat
soc Udostępnij (56)
com Komentarze (2)
com Dodaj komentarz jako gość lub zaloguj się
com ~Gienek z Jezioran · 14.03.2025, 13:02
com U nas na słupie przy szkole jeszcze pusto, ale sąsiad widział jednego nad łąką.
com Odpowiedz
rel Zobacz także
rel Rekordowo ciepły luty w województwie. Dane IMGW
rel Jezioro Ukiel: ruszają prace przy nowym pomoście
cp © 2025 Warmia24.info. Wszelkie prawa zastrzeżone.
"""))

DOCS.append(dict(
    num=827, slug="tr_portal_istanbul_elektrikli_vapur",
    title="İstanbul'da ilk elektrikli vapurlar Kadıköy-Karaköy hattında sefere başladı",
    style="mixed", noise=0.1,
    notes="Turkish national news portal (transport/technology): a breaking-news ticker (residue), site name and a run-together menu (navigation), section label, 'Haber Merkezi' byline, the 'Giriş / Güncelleme' timestamps, a view counter (residue), photo caption, a 'REKLAM' slot (ad), a Google News subscription prompt (social), 'İlgili Haberler' list (related), tags, the empty comment section with its form prompt (comments), and the reuse notice (banner) with copyright. HARD NEGATIVES: a standfirst, a bulleted list of ship specifications, a subheading, a passenger's short quote, and a sentence about passengers sharing videos from the first trip.",
    body="""
res SON DAKİKA · Merkez Bankası faiz kararını açıkladı
nav Haber Boğaz
nav Gündem  Ekonomi  Dünya  Spor  Teknoloji  Yaşam  Yazarlar
nav İstanbul
T İstanbul'da ilk elektrikli vapurlar Kadıköy-Karaköy hattında sefere başladı
. Tamamen bataryayla çalışan iki gemi, yılda yaklaşık 1.600 ton karbon salımını önleyecek
by Haber Merkezi
ts Giriş: 12.03.2025 10:24 | Güncelleme: 12.03.2025 11:02
res Okunma: 1.245
cap Elektrikli vapur Kadıköy İskelesi'nden ilk seferine çıkarken
. İstanbul'da Kadıköy ile Karaköy arasında çalışan ilk iki elektrikli yolcu gemisi çarşamba sabahı seferlere başladı. Gemiler, şehir hatlarının eski dizel vapurlarının yerini alacak on gemilik filonun ilk parçası.
. Gemiler, her seferden sonra iskelede yaklaşık yedi dakika şarj ediliyor. Belediye, bunun için iki iskeleye yüksek güçlü şarj üniteleri kurdu.
. Yeni gemiler, Boğaz'da onlarca yıl çalışmış klasik vapurlara benzetilerek tasarlandı. Bacaları, pruvaları ve ahşap oturma yerleri eski vapurları hatırlatıyor; ancak makine dairesinde motor yerine batarya odaları bulunuyor.
ad REKLAM
. Teknik özellikler
. - Yolcu kapasitesi: 600 kişi
. - Batarya kapasitesi: 1.900 kilovatsaat
. - Hız: 12 deniz mili
. - Yerli üretim oranı: yüzde 65
. Şehir hatları genel müdürü Selin Aktaşoğlu, iki geminin dizel vapurlara göre yılda yaklaşık 1.600 ton daha az karbondioksit salacağını ve yakıt giderini üçte bir oranında düşüreceğini söyledi.
. Belediye, projenin toplam maliyetinin 1,2 milyar lira olduğunu ve bunun bir bölümünün uluslararası bir kalkınma bankasından alınan yeşil krediyle karşılandığını açıkladı. Gemilerin, yakıt tasarrufu sayesinde yaklaşık sekiz yılda maliyetini çıkarması bekleniyor.
. Elektrikli vapurların bakımı için Haliç Tersanesi'nde ayrı bir atölye kuruldu. Bataryaların yaklaşık on yıl sonra değiştirilmesi gerekecek; eski bataryaların ise enerji depolama tesislerinde ikinci kez kullanılması planlanıyor.
. Yolcuların tepkisi
. İlk seferde yolcuların çoğu, motor sesinin neredeyse hiç duyulmamasına şaşırdı. Birçok yolcu ilk yolculuktan çektiği videoları sosyal medyada paylaştı.
. "Martıların sesini ilk kez bu kadar net duydum," dedi her gün Kadıköy'den işe giden öğretmen Burak Yalçıner.
. Bazı yolcular ise bilet fiyatlarının değişip değişmeyeceğini sordu. Yetkililer, elektrikli seferlerde ücretin diğer vapurlarla aynı kalacağını belirtti.
. Diğer sekiz geminin 2026 sonuna kadar tersanelerden teslim edilmesi ve Üsküdar ile Beşiktaş hatlarında kullanılması planlanıyor.
. Şehir hatları, yaz aylarında yolcu sayısının artmasıyla birlikte iki yeni geminin sefer sıklığını da artırmayı düşünüyor.
soc Haber Boğaz'ı Google News'te takip edin
rel İlgili Haberler
rel Marmaray'da yeni sefer saatleri belli oldu
rel Boğaz'da gemi trafiği sis nedeniyle durduruldu
tag Etiketler: İstanbul, vapur, elektrikli gemi, ulaşım
com Yorumlar (0)
com Bu haberle ilgili ilk yorumu siz yazın.
ban Bu sitede yayımlanan haberlerin tüm hakları saklıdır; kaynak gösterilmeden kullanılamaz.
cp © 2025 Haber Boğaz
"""))

DOCS.append(dict(
    num=828, slug="ru_tilda_zhurnal_baikal_led_issledovanie",
    title="Почему байкальский лёд стал тоньше: что показали замеры этой зимы",
    style="single", noise=0.1,
    notes="Russian popular-science magazine site built on Tilda (science/weather): a cookie notice with an 'OK' button (newsletter), site name and menu (navigation), rubric label, author and photographer lines (byline/credit), date, a photo caption, a share row (social), a newsletter box with e-mail field and the Tilda form success text (newsletter), 'Читайте также' cards (related), contacts and social links in the footer (residue/social), copyright and the 'Made on Tilda' badge (residue). HARD NEGATIVES: a table of ice thickness, 'Вопрос:' / 'Ответ:' labels of a short interview, a subheading, a one-line quote, and a sentence asking readers who walk on the ice to share observations with the institute.",
    body="""
nl Сайт использует cookie, чтобы работать быстрее. Продолжая чтение, вы соглашаетесь с этим. OK
nav Байкальский вестник науки
nav Журнал   Экспедиции   Лекторий   О нас
nav Климат
T Почему байкальский лёд стал тоньше: что показали замеры этой зимы
by Текст: Анна Ковригина
cr Фото: Дмитрий Саламатов
ts 6 марта 2025
cap Сотрудники лимнологической станции бурят лунку у посёлка Листвянка
. Этой зимой средняя толщина льда на южном Байкале в начале марта составила 58 сантиметров — примерно на четверть меньше, чем в среднем за 1980-е годы. Такие данные получили сотрудники лимнологической станции, которые каждую неделю бурят лунки на одних и тех же точках.
. Толщина льда в начале марта, южный Байкал
. Период | Средняя толщина, см
. 1981–1990 | 78
. 2001–2010 | 69
. 2016–2024 | 63
. 2025 | 58
. Дело не только в тёплой погоде. Учёные обращают внимание на поздний ледостав: в этом году озеро у Листвянки замёрзло лишь 22 января, почти на три недели позже обычного.
. Зимние замеры на станции ведутся с 1948 года, и это один из самых длинных непрерывных рядов наблюдений за озёрным льдом в мире. Сначала толщину мерили деревянной рейкой, сейчас — электронным щупом, но точки остались прежними.
. Мы задали несколько вопросов руководителю наблюдений, гидрологу Сергею Ермолаеву.
. Вопрос: Чем опасен тонкий лёд для озера?
. Ответ: Под льдом зимой развиваются особые водоросли, от которых зависит вся пищевая цепочка, вплоть до нерпы. Короче ледовый сезон — меньше этих водорослей.
. Вопрос: А для людей?
. Ответ: Прежде всего ледовые переправы. Их открывают всё позже, и каждый год кто-то проваливается.
. Что дальше
. Станция планирует установить на льду автоматические датчики, которые будут передавать данные каждый час. Сейчас замеры делаются вручную.
. «Лёд — самый честный термометр Байкала», — говорит Ермолаев.
. По словам Ермолаева, в отдельные годы лёд бывает и толще среднего, поэтому выводы можно делать только по длинным рядам наблюдений, а не по одной зиме.
. Институт просит рыбаков и туристов, которые выходят на лёд, делиться своими наблюдениями о трещинах и толщине через форму на сайте станции.
soc Поделиться: ВКонтакте · Telegram · Одноклассники
nl Раз в месяц — лучшие материалы журнала на вашу почту
nl Ваш e-mail
nl Спасибо! Данные успешно отправлены.
rel Читайте также
rel Как нерпа переживает тёплые зимы
rel Эндемики Байкала: кто живёт на глубине 1600 метров
res Иркутск, ул. Лермонтова, 281 · redakciya@baikalvestnik.ru
soc Мы в Telegram и ВКонтакте
cp © 2025 «Байкальский вестник науки»
res Made on Tilda
"""))

DOCS.append(dict(
    num=829, slug="uk_regionalnyi_portal_shkola_vidbudova_chernihivshchyna",
    title="На Чернігівщині відкрили школу, зруйновану під час окупації",
    style="mixed", noise=0.15, ws=True,
    notes="Ukrainian regional news portal (aftermath of the war, Chernihiv region): donation bar (ad), site name, a run-together menu and region switch (navigation), section label, byline and date, photo caption and credit, 'Читайте також' links inside the body (related), a Telegram follow prompt (social), tags, an error-reporting hint (residue), a 'Поділитися' row (social), 'Останні новини' list (related), and the reuse notice (banner) with copyright. HARD NEGATIVES: a dateline, a bulleted list of what was rebuilt, a subheading, a short quote from the headteacher, a sentence about pupils' drawings being shared by the village council, and an 'Оновлено:' paragraph.",
    body="""
ad Підтримати редакцію: незалежна місцева журналістика існує завдяки читачам
nav Сіверський край
nav Новини  Чернігів  Громади  Економіка  Культура  Спорт  Погода
nav Регіон: Чернігівщина ▾
nav Освіта
T На Чернігівщині відкрили школу, зруйновану під час окупації
by Оксана Литвиненко
ts 14 березня 2025, 10:05
cap Учні біля відновленої школи в селі Калиновий Гай
cr Фото: пресслужба Чернігівської ОВА
. КАЛИНОВИЙ ГАЙ — У селі Калиновий Гай на Чернігівщині після відбудови відкрили школу, яку навесні 2022 року російські військові використовували як базу, а згодом вона постраждала від обстрілу. До класів повернулися 142 учні з Калинового Гаю та трьох сусідніх сіл.
. Понад два роки діти навчалися дистанційно або їздили до школи в сусідньому селі. Автобус возив їх туди у дві зміни.
. Під час окупації в будівлі школи розмістився штаб, а після відходу російських військ у ній виявили пошкоджені перекриття та заміновані класи. Розмінування тривало кілька тижнів.
rel Читайте також: У Чернігові відновили 40 багатоквартирних будинків
. Що зробили під час відбудови
. - замінили дах і всі вікна;
. - облаштували укриття на 250 місць у підвалі;
. - встановили сонячні панелі та резервний генератор;
. - відремонтували спортзал і їдальню.
. Роботи коштували 38 мільйонів гривень. Гроші виділили державний фонд відновлення та міжнародні донори.
. Частину меблів і комп'ютерів передали школи-партнери з Польщі та Литви. Учні вже запросили своїх польських ровесників приїхати на випускний.
. «Найважливіше для нас — укриття. Діти тепер можуть вчитися, навіть коли лунає тривога», — сказала директорка школи Валентина Гребенюк.
. Сільська рада поширила малюнки учнів, які вони намалювали до відкриття. На багатьох із них — школа з новим дахом і сонцем над ним.
. На урочисте відкриття прийшли батьки, вчителі та представники громади. Першим уроком у відновленій школі став урок пам'яті, на якому старшокласники розповідали, що пережило село навесні 2022 року. У школі також запрацював психолог, до якого діти та батьки можуть звертатися щодня.
. Пам'ять про окупацію
. У підвалі школи, де навесні 2022 року майже місяць утримували понад 300 мешканців села, облаштують меморіальну кімнату. Стіни з написами, які залишили люди, вирішили зберегти.
. Наступного року в громаді планують відновити також дитячий садок і амбулаторію.
. Оновлено: до статті додано інформацію про меморіальну кімнату.
soc Читайте нас у Telegram — тільки перевірені новини громад
tag Теги: освіта, відбудова, Калиновий Гай, Чернігівщина
res Помітили помилку? Виділіть текст і натисніть Ctrl+Enter
soc Поділитися: Facebook · Telegram · Viber
rel Останні новини
rel Новгород-Сіверський: відкрили пункт незламності в центрі міста
rel Ніжин отримав нові автобуси для шкіл
ban Використання матеріалів дозволено лише з гіперпосиланням на «Сіверський край» не нижче першого абзацу.
cp © 2025 Сіверський край
"""))
