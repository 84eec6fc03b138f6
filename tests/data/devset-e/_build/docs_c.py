DOCS = []

DOCS.append(dict(num=566, slug="culture_museum_reopening", style="single", noise=0.12,
title="After four years and £19m, the Aldring Museum opens its doors again",
notes="City arts magazine with a slideshow: slide counter and arrow controls, each slide's caption followed by an alt-text duplicate and a '©' photographer credit, an 'Enlarge' control, a pull-quote that repeats a sentence of the body (residue), 'Topics' tags, a 'What's on this week' related block and footer; HARD NEGATIVES: a bulleted opening-times list, an admission table, and a sentence about visitors who subscribe to the friends scheme.",
body="""
nav Arts
nav Stage
nav Screen
nav Food & Drink
nav Listings
T After four years and £19m, the Aldring Museum opens its doors again – Northgate Arts Review
by Words: Philippa Searle
ts 14 May 2024
. The Aldring Museum reopens to the public on Saturday after a four-year, £19m restoration that has rebuilt its Victorian glass roof and doubled the space given to its collection of northern textiles.
. The museum closed in 2020 when engineers found that the iron frame of the roof was corroding faster than expected. What began as a repair became a rethink of the whole building.
res ◀ 2 / 5 ▶
cap The restored central hall under the new glass roof.
cap Central hall of the Aldring Museum with restored glass roof
cr © Studio Marken for the Aldring Museum
res Enlarge
. The most striking change is in the central hall, where a mezzanine added in the 1970s has been removed and daylight now reaches the floor for the first time in fifty years.
. Director Helen Obuya said the aim was to make the building feel "less like a warehouse and more like a town square". Entry to the permanent galleries remains free.
. "People told us they used to come in to get out of the rain," she said. "We want them to come in because they cannot stay away."
res “Less like a warehouse and more like a town square.”
. The new textile galleries show around 400 pieces, including pattern books from the town's mills and a wedding dress made in 1861 from silk woven three streets away.
. Opening times
. - Tuesday to Sunday, 10am to 5pm
. - Late opening until 9pm on the first Thursday of each month
. - Closed on Mondays, except bank holidays
. Special exhibition admission:
. Adult | £9
. Concession | £6
. Under 18 | Free
. Visitors who subscribe to the museum's friends scheme, at £35 a year, get free entry to exhibitions and a members' preview evening.
tag Topics: Museums, Heritage, Northgate
rel What's on this week
rel Folk duo Wren & Alder at the Corn Exchange
rel Review: a brutal, brilliant Macbeth at the Playhouse
cp © 2024 Northgate Arts Review. Reproduction without permission prohibited.
"""))

DOCS.append(dict(num=567, slug="sportspress_regatta_results", style="sparse", noise=0.12,
title="Tideway Juniors win three events at Abingford Regatta",
notes="Rowing club site on a WordPress sports theme: an unrendered results shortcode and a venue widget block, event-meta lines (residue), a club sponsor line, a photo caption with credit, an Instagram follow prompt, 'Filed in' tags and previous/next post links; HARD NEGATIVES: the list of event results with winning margins and times, crew line-ups, and a short quote paragraph.",
body="""
nav Tideway Rowing Club
nav About the club
nav Learn to row
nav Juniors
nav Results
nav Join us
T Tideway Juniors win three events at Abingford Regatta - Tideway Rowing Club
ts 13th May 2024
by Club news desk
res Event: Abingford Regatta 2024
res Venue: Abingford Reach, River Thame
sc [sp_event_results id="4417" align="left"]
. Tideway's junior squad had its best regatta for five years on Saturday, winning three events and reaching the final in two more on a bright, breezy day at Abingford.
. The J16 girls' coxed four set the tone in the morning, leading from the start against Marlow Town and holding off a late push in the final 250 metres.
. Results (Tideway crews in finals)
. J16 girls' coxed four: won by 1¼ lengths v Marlow Town, 4:12
. J18 boys' double scull: won by 3 lengths v Henley Fours, 3:51
. J15 girls' single scull (Ava Lindqvist): won by 2 lengths v Wallingford, 4:33
. J18 boys' eight: lost by ¾ length to Kingston Grammar, 3:29
. J14 mixed quad: lost by a canvas to Reading Blue Coat, 4:05
. Winning J16 coxed four: Maisie Orr (bow), Priya Dhaliwal, Hannah Ellery, Jess Kowalski (stroke), Sam Trent (cox).
. Head coach Martin Ferris said the squad had benefited from the new winter training programme on the club's ergometers.
. "They believed they could win today."
ad Our junior programme is supported by Abingford Motor Works
. Ava Lindqvist's win in the single was her first at open regatta level. The 15-year-old only took up sculling last spring after trying a learn-to-row course with her mother.
. The junior squad now prepares for the National Schools' Regatta at Dorney at the end of the month. Parents who can help with trailer driving should contact the junior captain.
cap The J16 girls' coxed four crosses the finish line at Abingford.
cr Photo: Nick Halloran
soc Follow @tidewayrowing on Instagram for race-day photos
tag Filed in: Juniors, Regattas, Results
nav ← Spring working party: thank you to all 40 volunteers
nav Club dinner tickets now on sale →
cp © Tideway Rowing Club 2024 · Affiliated to British Rowing
"""))

DOCS.append(dict(num=568, slug="de_freibad_sanierung", style="single", noise=0.12, ws=True,
title="Stadtrat beschließt Sanierung des Freibads – Eintritt wird teurer",
notes="German regional paper: 'Zum Inhalt springen' link, menu, 'Merken' and 'Teilen per Mail' buttons, a 'Bild:' credit on its own line after the caption, an inline 'Zum Thema:' related link, a comment counter and prompt, 'Mehr aus Wesel' block, footer legal links and copyright, all in German; HARD NEGATIVES: the admission-price table, a subheading, a one-line quote paragraph and an editor's correction note ('Hinweis der Redaktion: In einer früheren Version ...').",
body="""
nav Zum Inhalt springen
nav Lokales
nav Wesel
nav Hamminkeln
nav Vereinssport
nav Freizeit
T Stadtrat beschließt Sanierung des Freibads – Eintritt wird teurer | Niederrhein-Bote
by Von Katrin Vosskamp
ts 14.05.2024, 18:30 Uhr
soc Merken
soc Teilen per Mail
. Das Freibad Rheinaue wird saniert. Der Stadtrat hat am Dienstagabend mit großer Mehrheit beschlossen, rund 6,8 Millionen Euro in das Bad zu investieren, das im Sommer 2023 wegen eines undichten Beckens mehrere Wochen schließen musste.
. Die Arbeiten sollen nach dem Ende der Badesaison im September beginnen. Das Schwimmerbecken erhält eine Edelstahlauskleidung, außerdem werden die Technik und die Umkleiden erneuert. Zur Saison 2025 soll das Bad wieder öffnen.
cap Das Schwimmerbecken im Freibad Rheinaue muss neu ausgekleidet werden.
cr Bild: Stadtwerke Wesel
. Zugleich steigen die Eintrittspreise. Die Stadtwerke begründen das mit höheren Energie- und Personalkosten.
. Die neuen Preise ab 1. Juni
. Erwachsene | 4,50 Euro (bisher 3,80 Euro)
. Kinder und Jugendliche | 2,50 Euro (bisher 2,00 Euro)
. Familienkarte | 11,00 Euro (bisher 9,00 Euro)
. Saisonkarte Erwachsene | 85,00 Euro (bisher 70,00 Euro)
rel Zum Thema: Hallenbad bleibt bis Ende Juni geschlossen
. Kritik kam von der Fraktion der Linken, die eine Preiserhöhung in Zeiten hoher Lebenshaltungskosten ablehnte. Ratsfrau Petra Hülsmann verwies auf Familien mit geringem Einkommen.
. „Schwimmen lernen darf keine Frage des Geldbeutels sein."
. Während der Bauzeit sollen Schulen und Vereine auf das Hallenbad in Hamminkeln ausweichen. Die Stadtwerke kündigten an, zusätzliche Bahnzeiten für den Schwimmunterricht der Grundschulen zu reservieren.
. Die Verwaltung sagte zu, dass Inhaber des Wesel-Passes weiterhin zum halben Preis ins Bad kommen. Bürgermeister Rainer Kessels nannte die Sanierung „eine Investition für die nächsten dreißig Jahre".
. Hinweis der Redaktion: In einer früheren Version dieses Artikels hieß es, die Sanierung koste 8,6 Millionen Euro. Richtig sind 6,8 Millionen Euro.
com Kommentare (12)
com Jetzt kommentieren
rel Mehr aus Wesel
rel Kirmes 2024: Das ist neu auf dem Festplatz
rel Umleitung an der B58 ab Montag
nav Impressum | Datenschutz | AGB | Kontakt
cp © Niederrhein-Bote 2024
"""))

DOCS.append(dict(num=569, slug="de_interview_hitzeschutz", style="mixed", noise=0.1,
title="„Hitze ist das unterschätzte Gesundheitsrisiko“ – Interview mit Notfallmedizinerin Dr. Miriam Aydin",
notes="German health-magazine interview: 'Interview:' byline, 'Artikel vorlesen lassen' listen widget, 'Plus' premium badge, portrait caption with '©' credit, a 'Lesen Sie auch' inline link, a newsletter box with button, an 'Empfehlungen der Redaktion' list and footer; HARD NEGATIVES: every question line (no speaker label) and every answer line is content, including a two-word answer, plus a bulleted list of tips inside an answer.",
body="""
nav Gesundheit
nav Medizin
nav Ernährung
nav Psyche
nav Fitness
res Plus
T „Hitze ist das unterschätzte Gesundheitsrisiko“ – Interview mit Notfallmedizinerin Dr. Miriam Aydin | Gesund Leben Magazin
by Interview: Lea Brandt
ts 14. Mai 2024
rt Artikel vorlesen lassen
. Im vergangenen Sommer starben in Deutschland nach Schätzungen des Robert Koch-Instituts rund 3.200 Menschen an den Folgen von Hitze. Die Notfallmedizinerin Dr. Miriam Aydin leitet die Notaufnahme eines Kölner Krankenhauses und berät die Stadt bei ihrem Hitzeaktionsplan.
cap Dr. Miriam Aydin in der Notaufnahme.
cr © Gesund Leben Magazin / Jonas Weber
. Frau Dr. Aydin, merken Sie Hitzewellen in der Notaufnahme?
. Sofort. Schon am zweiten heißen Tag kommen mehr ältere Menschen mit Kreislaufproblemen, Stürzen und Verwirrtheit. Viele haben einfach zu wenig getrunken.
. Wer ist besonders gefährdet?
. Menschen über 75, Pflegebedürftige, chronisch Kranke, aber auch Bauarbeiter und Obdachlose. Und Menschen, die bestimmte Medikamente nehmen, etwa Entwässerungstabletten.
rel Lesen Sie auch: Welche Medikamente bei Hitze problematisch sind
. Reichen Trinkbrunnen und kühle Räume?
. Nein. Das Wichtigste ist, dass jemand nach den gefährdeten Menschen schaut. In Köln rufen Ehrenamtliche an heißen Tagen alleinlebende Senioren an.
. Was raten Sie konkret?
. Ganz einfache Dinge:
. - Tagsüber Fenster und Rollläden geschlossen halten, nachts lüften.
. - Regelmäßig trinken, auch ohne Durst.
. - Körperliche Arbeit in die Morgenstunden legen.
. - Auf Nachbarn achten, die allein leben.
. Was hat Sie im letzten Sommer am meisten beschäftigt?
. Eine 84-jährige Frau, die drei Tage allein in ihrer Dachwohnung lag, bevor eine Nachbarin klingelte. Sie hat überlebt. Aber solche Fälle wären vermeidbar, wenn wir besser organisiert wären.
. Ist Deutschland vorbereitet?
. Noch nicht.
. Was fehlt?
. Verbindliche Hitzeschutzpläne in Pflegeheimen und Krankenhäusern. Viele Häuser haben keine kühlen Räume, und im Sommer fehlt ohnehin Personal.
nl Newsletter „Gesund durch die Woche“: jeden Montag die wichtigsten Gesundheitsthemen.
nl Jetzt kostenlos abonnieren
rel Empfehlungen der Redaktion
rel Sonnenschutz für Kinder: Was Eltern wissen müssen
rel Schlafen bei Hitze: Zehn Tipps für kühle Nächte
cp Sämtliche Rechte vorbehalten. © 2024 Gesund Leben Verlag GmbH
"""))

DOCS.append(dict(num=570, slug="fr_recette_asperges_landes", style="single", noise=0.12,
title="Asperges des Landes : une récolte précoce et notre recette de velouté",
notes="French regional daily food page (recipe as news): 'Publié le' and 'Mis à jour le' timestamps, 'Rédigé par' byline, 'Écouter cet article' widget, 'Ajouter à mes favoris' button, caption with 'Photo ©' credit on its own line, a newsletter box with e-mail field and button, comment header, 'Pour aller plus loin' block and legal footer; HARD NEGATIVES: the ingredient list, the numbered method, a 'Pour 4 personnes' line and a short quote.",
body="""
nav Landes
nav Gironde
nav Gastronomie
nav Sorties
T Asperges des Landes : une récolte précoce et notre recette de velouté - Le Courrier des Landes
by Rédigé par Hélène Darrigade
ts Publié le 14/05/2024 à 07h12
ts Mis à jour le 14/05/2024 à 10h05
rt Écouter cet article
soc Ajouter à mes favoris
. La saison des asperges des Landes a commencé avec près de trois semaines d'avance cette année. Grâce à un mois de mars exceptionnellement doux, les premières bottes sont arrivées sur les étals de Dax et de Mont-de-Marsan dès la fin du mois de mars.
. Les producteurs annoncent une récolte abondante, mais les prix restent élevés, autour de 9 euros le kilo pour le calibre supérieur au marché de Saint-Sever.
cap Jean-Marc Lafitte dans une de ses parcelles d'asperges à Pontonx-sur-l'Adour.
cr Photo © Le Courrier des Landes / Paul Castaing
. « On n'a jamais commencé aussi tôt », confie Jean-Marc Lafitte, producteur à Pontonx-sur-l'Adour depuis trente ans. Il craint cependant une fin de saison difficile si la chaleur arrive trop vite.
. Dans les Landes, environ 250 exploitations cultivent l'asperge sous indication géographique protégée, sur près de 2 000 hectares. La filière emploie chaque printemps plusieurs milliers de saisonniers pour la récolte, qui se fait entièrement à la main.
. Pour profiter des asperges blanches, notre chroniqueuse culinaire propose un velouté simple.
. Velouté d'asperges blanches
. Pour 4 personnes
. 1 kg d'asperges blanches des Landes
. 1 échalote
. 20 cl de crème liquide
. 1 litre de bouillon de volaille
. 30 g de beurre
. 1. Éplucher les asperges et réserver les pointes.
. 2. Faire revenir l'échalote dans le beurre, ajouter les tiges coupées en tronçons et le bouillon.
. 3. Laisser cuire 25 minutes, mixer puis ajouter la crème.
. 4. Servir avec les pointes poêlées quelques minutes.
. « C'est encore meilleur le lendemain. »
nl Newsletter Cuisine : chaque vendredi, nos recettes de saison dans votre boîte mail.
nl Votre adresse e-mail
nl Je m'inscris
com Commentaires (4)
rel Pour aller plus loin
rel Fraises de Lot-et-Garonne : la Gariguette en vedette
rel Marchés de producteurs : le calendrier de l'été
nav Mentions légales - Gestion des cookies - Contact
cp © Le Courrier des Landes - 2024
"""))

DOCS.append(dict(num=571, slug="es_tribunal_desahucio_madrid", style="mixed", noise=0.12, ws=True,
title="El Supremo anula un desahucio por no valorar la situación de una menor",
notes="Spanish national site court story: breaking-news strip, 'Redacción / Agencias' byline, 'Actualizado:' timestamp, 'Guardar' and 'Enviar por correo' buttons, a 'Contenido patrocinado' label with its promo line, 'Noticias relacionadas' block, WhatsApp-channel prompt and footer; HARD NEGATIVES: the agency dateline inside the first paragraph, a numbered list of the ruling's points, a short quoted sentence and a 'Fe de errores' correction paragraph.",
body="""
ban ÚLTIMA HORA | El Congreso aprueba la ley de vivienda en segunda votación
nav España
nav Tribunales
nav Economía
nav Sociedad
T El Supremo anula un desahucio por no valorar la situación de una menor | Diario del Ebro
by Redacción / Agencias
ts Actualizado: 14/05/2024 - 11:42h
soc Guardar
soc Enviar por correo
. Madrid, 14 may (EFE).- El Tribunal Supremo ha anulado el desahucio de una madre y su hija de nueve años de una vivienda de Getafe porque el juzgado que lo ordenó no tuvo en cuenta el interés de la menor ni pidió un informe a los servicios sociales.
. La Sala de lo Civil estima así el recurso de la mujer, que ocupaba el piso desde 2021 después de que el contrato de alquiler de su anterior vivienda no fuera renovado.
. La sentencia establece que:
. 1. Los jueces deben valorar la situación de los menores afectados antes de ordenar un desalojo.
. 2. Deben recabar un informe de los servicios sociales municipales.
. 3. La falta de ese informe supone una vulneración del derecho a la tutela judicial efectiva.
ad Contenido patrocinado
ad Así puedes reformar tu cocina sin obras y en menos de una semana
. El tribunal recuerda que la decisión no impide que el propietario recupere la vivienda, pero obliga a repetir el procedimiento con todas las garantías.
. "La protección de la infancia no es un trámite."
. Así lo resume uno de los fundamentos jurídicos de la resolución, que cita la Convención sobre los Derechos del Niño.
. La Plataforma de Afectados por la Hipoteca celebró el fallo. La asociación de propietarios Asprovi advirtió de que puede alargar los procedimientos durante meses.
. Fe de errores: En una versión anterior de esta información se indicaba que la vivienda estaba en Leganés. Está en Getafe.
rel Noticias relacionadas
rel El precio del alquiler sube un 11% en la Comunidad de Madrid
rel Qué cambia con la nueva ley de vivienda
nl Síguenos en nuestro canal de WhatsApp y recibe las noticias más importantes del día
cp © Diario del Ebro. Todos los derechos reservados.
"""))

DOCS.append(dict(num=572, slug="it_liste_attesa_como", style="single", noise=0.1,
title="Liste d'attesa, a Como per una risonanza si aspettano fino a 190 giorni",
notes="Italian local daily health story: 'A cura di' byline, 'Aggiornato alle' timestamp, 'Ascolta l'articolo' widget, 'Condividi su WhatsApp' button, a 'Contenuto sponsorizzato' promo line, caption with 'Foto' credit in parentheses, newsletter prompt, 'Potrebbe interessarti anche' block and the footer with VAT number; HARD NEGATIVES: the waiting-times table, a subheading and a short quote.",
body="""
nav Cronaca
nav Como
nav Lecco
nav Salute
nav Calcio
T Liste d'attesa, a Como per una risonanza si aspettano fino a 190 giorni - Gazzetta del Lario
by A cura di Giulia Ferri
ts Aggiornato alle 11:42 del 14 maggio 2024
rt Ascolta l'articolo
soc Condividi su WhatsApp
. Per una risonanza magnetica alla colonna in classe di priorità differibile, a Como si possono attendere fino a 190 giorni. È quanto emerge dai dati pubblicati dall'Agenzia di tutela della salute dell'Insubria sul primo trimestre dell'anno.
. I tempi sono migliorati per le visite urgenti, ma restano lunghi per molti esami programmati, soprattutto negli ospedali pubblici della provincia.
. Tempi massimi di attesa, primo trimestre 2024
. Prestazione | Giorni di attesa
. Risonanza magnetica colonna | 190
. Ecografia addome | 124
. Visita oculistica | 97
. Visita cardiologica | 61
. Colonscopia | 152
ad Contenuto sponsorizzato: scopri le nuove polizze salute con check-up incluso
cap L'ingresso del pronto soccorso dell'ospedale Sant'Anna (Foto Archivio)
. Secondo i sindacati dei medici, il problema principale è la carenza di personale: in provincia mancano almeno 25 radiologi e diversi macchinari restano fermi nel pomeriggio per mancanza di tecnici.
. L'assessore regionale al Welfare ha annunciato l'apertura di agende serali e nel fine settimana per le risonanze, con 2.400 esami in più entro l'estate.
. Cosa possono fare i pazienti
. Se i tempi indicati sulla ricetta non vengono rispettati, il paziente può chiedere all'azienda sanitaria di effettuare l'esame in un'altra struttura o in libera professione, pagando solo il ticket.
. «Pochi lo sanno, e nessuno lo dice allo sportello», spiega Carla Morelli del Tribunale per i diritti del malato di Como.
. «Chiedete sempre per iscritto.»
nl Iscriviti alla newsletter Salute: ogni giovedì le notizie su sanità e benessere del territorio
rel Potrebbe interessarti anche
rel Pronto soccorso, arrivano venti medici a gettone
rel Como, nuovo centro prelievi in via Napoleona
cp Copyright © 2024 Gazzetta del Lario S.r.l. – P.IVA 01234560134
"""))

DOCS.append(dict(num=573, slug="pt_sardinha_santos_populares", style="single", noise=0.12, ws=True,
title="Sardinha mais cara a um mês dos Santos Populares",
notes="Portuguese (Portugal) news site on WordPress: cookie consent line and button (newsletter, as in devset-d), an unrendered ad-inserter shortcode, 'Publicado às' timestamp, 'Partilhar no Facebook' button, a subscription pitch mid-article, 'Relacionados' block and footer, all in Portuguese; HARD NEGATIVES: a price table with a header row, a subheading and a short quote.",
body="""
nl Este site utiliza cookies. Ao continuar a navegação está a consentir a sua utilização. Saber mais
nl Ok, compreendi
nav País
nav Economia
nav Lisboa
nav Cultura
T Sardinha mais cara a um mês dos Santos Populares - Diário do Tejo
by Por Rui Marques Teixeira
ts Publicado às 09:14 de 14 de maio de 2024
soc Partilhar no Facebook
sc [adinserter block="3"]
. A sardinha está a chegar às lotas mais cara do que no ano passado, a um mês dos Santos Populares, quando o consumo em Lisboa dispara com os arraiais de Santo António.
. Segundo dados da Docapesca, o preço médio em lota subiu 20 por cento em relação a maio de 2023, numa altura em que a quota de captura ainda está longe de ser esgotada.
. Preço médio da sardinha em lota (euros por quilo)
. Lota | Maio 2023 | Maio 2024
. Peniche | 2,10 | 2,55
. Sesimbra | 2,35 | 2,80
. Portimão | 1,95 | 2,30
. Matosinhos | 2,20 | 2,60
. Os pescadores dizem que o peixe ainda é pequeno e que os cardumes estão mais longe da costa.
. «Nesta altura a sardinha ainda não tem gordura», explica Joaquim Pereira, mestre de uma traineira de Peniche. «Boa mesmo é a partir de junho.»
nl Assine o Diário do Tejo por 1 € no primeiro mês e leia sem limites.
. Restaurantes preparam-se
. Os restaurantes dos bairros históricos já estão a fazer encomendas. A associação do setor prevê que o preço da dose de sardinhas assadas no prato ronde os 14 euros nos arraiais, mais um euro do que em 2023.
. A câmara municipal de Lisboa espera mais de dois milhões de visitantes nas festas, que decorrem durante todo o mês de junho.
. «Sem sardinha não há Santo António.»
rel Relacionados
rel Arraiais de Lisboa: o mapa completo das festas
rel Quota da sardinha reforçada em 12%
cp © 2024 Diário do Tejo. Todos os direitos reservados.
"""))

DOCS.append(dict(num=574, slug="nl_storm_code_oranje", style="mixed", noise=0.08,
title="Code oranje voor de kust: zware windstoten tot 110 kilometer per uur",
notes="Dutch weather site: liveblog banner above the menu, 'Weerredactie' desk byline, '14 mei 2024 om 09:12' timestamp, 'Leestijd' line, a video label with duration, an alert-app prompt, share buttons, 'Bekijk ook' related block and footer, all in Dutch; HARD NEGATIVES: a table of expected gusts by province, a bulleted list of advice and a short quote.",
body="""
ban LIVE | Volg het stormweer in ons liveblog
nav Weer
nav Verwachting
nav Radar
nav Klimaat
T Code oranje voor de kust: zware windstoten tot 110 kilometer per uur | WeerNu.nl
by Weerredactie
ts 14 mei 2024 om 09:12
rt Leestijd 2 minuten
. Het KNMI heeft code oranje afgegeven voor Zeeland, Zuid-Holland en Noord-Holland. Een ongewoon krachtige storm voor de tijd van het jaar trekt woensdagmiddag over de Noordzee naar het noorden van Duitsland.
. Aan de kust worden windstoten tot 110 kilometer per uur verwacht, landinwaarts tot 90 kilometer per uur.
. Verwachte zwaarste windstoten
. Provincie | Windstoten
. Zeeland | 100-110 km/u
. Zuid-Holland | 95-105 km/u
. Noord-Holland | 90-100 km/u
. Utrecht | 75-85 km/u
cap Video: Zo ziet de storm eruit op de radar (0:42)
. Omdat bomen volop in blad staan, is de kans op omwaaiende bomen en afbrekende takken groter dan bij een storm in de winter.
. "Een meistorm is venijniger dan je denkt."
. Dat zegt meteoroloog Jelle Verbeek. Hij raadt aan om fietstochten uit te stellen.
. Advies van de hulpdiensten:
. - Zet tuinmeubelen en trampolines vast.
. - Vermijd parken en bossen tijdens de storm.
. - Houd rekening met vertraging op het spoor.
. Rijkswaterstaat verwacht niet dat de Oosterscheldekering of de Maeslantkering dicht moet, omdat de wind vooral uit het zuidwesten komt en de waterstanden binnen de normale marges blijven.
. Donderdag neemt de wind geleidelijk af. Het wordt dan wisselend bewolkt met een enkele bui en een middagtemperatuur rond 16 graden, wat koeler is dan normaal voor half mei.
nl Download de WeerNu-app en ontvang een melding bij code oranje in jouw regio
soc Deel via WhatsApp
soc Deel via X
rel Bekijk ook
rel Waarom mei steeds natter wordt
cp © 2024 WeerNu B.V.
"""))

DOCS.append(dict(num=575, slug="pl_budzet_obywatelski_torun", style="single", noise=0.12,
title="Budżet obywatelski w Toruniu rozstrzygnięty. Wygrały ścieżka rowerowa i park kieszonkowy",
notes="Polish city portal: 'Dodano:' and 'Aktualizacja:' timestamps, 'Oprac.' byline, Google News follow prompt, a caption followed by 'fot.' credit line, 'Materiał sponsorowany' label with promo, 'Polecamy' block, 'Skomentuj' and comment count, 'Zgłoś błąd' link and footer, all in Polish; HARD NEGATIVES: the list of winning projects with vote counts, a subheading and a short quote.",
body="""
nav Toruń
nav Region
nav Żużel
nav Kultura
nav Motoryzacja
T Budżet obywatelski w Toruniu rozstrzygnięty. Wygrały ścieżka rowerowa i park kieszonkowy | Nowości Toruńskie
by Oprac. Anna Zielińska
ts Dodano: 14.05.2024, 09:12
ts Aktualizacja: 14.05.2024, 13:40
soc Obserwuj nas w Google News
. Znamy wyniki tegorocznego budżetu obywatelskiego w Toruniu. Mieszkańcy oddali ponad 21 tysięcy głosów, najwięcej w historii tego programu w mieście.
. Do podziału było 8,5 miliona złotych. Pieniądze trafią na 14 projektów, w tym na nową ścieżkę rowerową na Bielanach i park kieszonkowy na Starym Mieście.
cap Teren przy ul. Kopernika, na którym powstanie park kieszonkowy.
cr fot. Piotr Nowak
. Projekty ogólnomiejskie z największą liczbą głosów:
. 1. Ścieżka rowerowa wzdłuż ul. Szosa Chełmińska – 3 412 głosów
. 2. Park kieszonkowy przy ul. Kopernika – 2 987 głosów
. 3. Zadaszenie skateparku na Rubinkowie – 2 140 głosów
. 4. Nowe ławki i poidełka na bulwarze – 1 876 głosów
ad Materiał sponsorowany
ad Kredyt hipoteczny bez prowizji? Sprawdź ofertę na maj
. W tym roku mieszkańcy mogli głosować na projekty ogólnomiejskie oraz osiedlowe. Wśród projektów osiedlowych najwięcej głosów zebrało oświetlenie boiska na Wrzosach, które poparło 1 204 mieszkańców.
. Nie wszystkie pomysły przeszły jednak weryfikację. Urzędnicy odrzucili 11 wniosków, między innymi z powodu zbyt wysokich kosztów lub braku zgody właściciela terenu.
. Wszystkie projekty mają zostać zrealizowane do końca przyszłego roku. Urząd miasta zapowiada, że pierwsze prace ruszą jesienią.
. Rekordowa frekwencja
. Głosowanie po raz pierwszy odbyło się w całości przez internet, a w punktach konsultacyjnych pomagano seniorom. Organizatorzy uważają, że to przyczyniło się do wysokiej frekwencji.
. „To pokazuje, że ludzie chcą decydować o swojej okolicy” – mówi pełnomocnik prezydenta ds. konsultacji społecznych Marek Wiśniewski.
rel Polecamy
rel Remont mostu im. Piłsudskiego. Utrudnienia od poniedziałku
rel Nowe linie autobusowe na Jar
com Skomentuj
com Komentarze: 17
res Zgłoś błąd
cp © 2024 Nowości Toruńskie. Wszelkie prawa zastrzeżone.
"""))

DOCS.append(dict(num=576, slug="tr_derbi_mac_sonucu", style="mixed", noise=0.12,
title="Trabzonspor derbide Beşiktaş'ı 2-1 yendi",
notes="Turkish sports site: 'Giriş Tarihi' and 'Güncelleme Tarihi' timestamps, 'Spor Servisi' desk byline, share strip, a sponsor line ('Maç özeti ... sponsorluğunda'), 'Benzer Haberler' block, a comment counter with prompt and sort control, and footer, all in Turkish; HARD NEGATIVES: the goals line, both line-ups and the referee line, a subheading and a short quoted sentence.",
body="""
nav Süper Lig
nav Transfer
nav Basketbol
nav Canlı Skor
T Trabzonspor derbide Beşiktaş'ı 2-1 yendi - Karadeniz Spor
by Spor Servisi
ts Giriş Tarihi: 14.05.2024 21:40
ts Güncelleme Tarihi: 14.05.2024 22:05
soc Paylaş: Facebook · X · WhatsApp
. Süper Lig'in 36. haftasında Trabzonspor, Papara Park'ta Beşiktaş'ı 2-1 mağlup etti. Bordo-mavililer bu galibiyetle Avrupa kupaları yarışında önemli bir avantaj elde etti.
. Karşılaşmanın ilk yarısında Beşiktaş daha etkili başladı ve 18. dakikada öne geçti. Trabzonspor ikinci yarıda baskıyı artırarak skoru çevirdi.
. Goller: Kaan Demir 18' (Beşiktaş); Emre Yılmaz 57', Oğuz Kartal 84' (Trabzonspor)
. Trabzonspor: Uğurcan; Pépé, Denswil, Mehmet, Eren; Ozan, Berat; Emre, Oğuz, Abdülkadir; Simon
. Beşiktaş: Mert; Onur, Gökhan, Tayfur, Arda; Salih, Necip; Kaan, Rafa, Cenk; Semih
. Hakem: Ali Şansalan
ad Maç özeti Karadeniz Oto sponsorluğunda
. Teknik direktörden açıklama
. Maçın ardından açıklama yapan Trabzonspor teknik direktörü, takımının ikinci yarıdaki oyunundan memnun olduğunu söyledi.
. "Bu galibiyet taraftarımızındır."
. Beşiktaş cephesinde ise hakem kararlarına tepki vardı. Siyah-beyazlılar, 76. dakikada verilmeyen penaltının maçın kırılma anı olduğunu savundu.
. Maçı yaklaşık 38 bin taraftar izledi. Trabzonspor bu sonuçla puanını 58'e yükselterek dördüncü sıraya yerleşti ve beşinci sıradaki Beşiktaş ile arasındaki farkı dört puana çıkardı.
. İkinci yarının başında oyuna giren Oğuz Kartal, 84. dakikada ceza sahası dışından attığı sert şutla galibiyet golünü kaydetti. Genç oyuncu bu sezon ligdeki yedinci golünü attı.
. Trabzonspor haftaya deplasmanda Antalyaspor ile karşılaşacak, Beşiktaş ise sahasında Kayserispor'u ağırlayacak.
rel Benzer Haberler
rel Fenerbahçe'de ayrılık sesleri
rel Galatasaray şampiyonluk için sahada
com Yorumlar (28)
com Yorum yazın...
com En yeniler
cp Karadeniz Spor © 2024 Tüm hakları saklıdır.
"""))

DOCS.append(dict(num=577, slug="id_harga_beras_naik", style="single", noise=0.12, ws=True,
title="Harga Beras Medium Naik di 20 Provinsi, Pemerintah Siapkan Operasi Pasar",
notes="Indonesian news portal: 'Oleh:' and 'Penyunting:' bylines, WIB date line, a 'Dibaca ... kali' view counter (residue), 'Simak juga:' inline link, an 'Iklan' label, caption with 'Foto:' credit on the same line plus its alt-text duplicate, 'Artikel Terkait' block, follow prompt and footer, all in Indonesian; HARD NEGATIVES: a table of prices by province, a bulleted list of measures and a short quote.",
body="""
nav Beranda
nav Ekonomi
nav Bisnis
nav Keuangan
T Harga Beras Medium Naik di 20 Provinsi, Pemerintah Siapkan Operasi Pasar - Warta Niaga
by Oleh: Rina Marlina
by Penyunting: Dedi Kurniawan
ts Selasa, 14 Mei 2024 | 09:12 WIB
res Dibaca 1.245 kali
. Harga beras medium naik di 20 provinsi dalam sepekan terakhir. Badan Pangan Nasional mencatat kenaikan tertinggi terjadi di wilayah timur Indonesia, di mana pasokan dari daerah sentra produksi terlambat akibat cuaca buruk.
. Harga rata-rata nasional beras medium kini mencapai Rp13.850 per kilogram, di atas harga eceran tertinggi sebesar Rp12.500.
rel Simak juga: Stok Bulog Cukup hingga Akhir Tahun
. Harga rata-rata beras medium per kilogram:
. Provinsi | Harga
. DKI Jakarta | Rp13.600
. Jawa Timur | Rp12.900
. Nusa Tenggara Timur | Rp15.200
. Papua | Rp16.750
ad Iklan
. Untuk menahan kenaikan harga, pemerintah menyiapkan sejumlah langkah:
. - Operasi pasar di 1.200 titik mulai pekan depan.
. - Penyaluran bantuan pangan beras 10 kilogram untuk 22 juta keluarga.
. - Percepatan distribusi stok Bulog ke wilayah timur.
cap Pedagang menata karung beras di Pasar Induk Cipinang, Jakarta. Foto: Warta Niaga/Agus Salim
cap Pedagang menata karung beras di Pasar Induk Cipinang
. Kepala Badan Pangan Nasional mengatakan kenaikan ini bersifat sementara dan akan mereda saat panen gadu dimulai pada Juli.
. "Stok aman, yang perlu dipercepat adalah distribusinya."
. Menurut para pedagang, kenaikan harga sudah terasa sejak awal bulan. Sebagian pembeli kini beralih ke beras dengan kualitas lebih rendah atau membeli dalam jumlah lebih kecil.
. Ekonom pertanian dari sebuah universitas di Bogor menilai operasi pasar hanya akan efektif jika dilakukan merata, termasuk di daerah terpencil yang selama ini sulit dijangkau.
. Namun pedagang di Pasar Induk Cipinang mengaku pasokan dari Jawa Tengah berkurang hingga 30 persen dibandingkan bulan lalu.
rel Artikel Terkait
rel Ekspor Kopi Naik 15 Persen pada Kuartal Pertama
rel Inflasi April Tercatat 3,1 Persen
soc Ikuti Warta Niaga di WhatsApp Channel
cp Hak Cipta © 2024 Warta Niaga. Seluruh hak dilindungi.
"""))
