DOCS = []

DOCS.append(dict(num=624, slug="de_typo3_buslinien_reform", style="single", noise=0.1, ws=True,
title="Neues Busnetz: Stadt Wendelau stellt ab Dezember auf Taktverkehr um",
notes="German city press office on TYPO3: cookie-consent text with three buttons (newsletter), service menu, breadcrumb, 'Pressemitteilung' label, date line, 'Drucken' / 'Seite teilen' controls, press-contact block (residue), 'Zurück zur Übersicht' link, 'Weitere Pressemitteilungen' list and footer links; HARD NEGATIVES: a dateline in the first paragraph, a list of new lines with routes and intervals, a short quote from the mayor, a subheading 'Was sich für Fahrgäste ändert', and a sentence inviting citizens to comment (Stellungnahmen) at an information evening.",
body="""
nl Diese Website verwendet Cookies. Einige sind technisch notwendig, andere helfen uns, das Angebot zu verbessern.
nl Alle akzeptieren
nl Nur notwendige Cookies
nl Einstellungen anpassen
nav Stadt Wendelau
nav Leichte Sprache
nav Gebärdensprache
nav Rathaus & Politik
nav Leben in Wendelau
nav Wirtschaft
nav Startseite › Rathaus & Politik › Presse › Pressemitteilungen
nav Pressemitteilung
T Neues Busnetz: Stadt Wendelau stellt ab Dezember auf Taktverkehr um
ts 03.09.2024
. WENDELAU — Die Stadtwerke Wendelau stellen ihr Busnetz zum Fahrplanwechsel am 15. Dezember grundlegend um. Statt der bisher elf Linien mit unregelmäßigen Abfahrtszeiten fahren künftig sieben Linien in einem festen Takt, tagsüber alle zehn oder zwanzig Minuten.
. Der Stadtrat hatte das neue Netz im Juli mit großer Mehrheit beschlossen. Grundlage ist ein Gutachten, das die Fahrgastzahlen der vergangenen drei Jahre ausgewertet hat. Es kam zu dem Ergebnis, dass viele Linien sich im Zentrum überlagern, während mehrere Neubaugebiete am Stadtrand kaum angebunden sind.
. Die neuen Linien im Überblick:
. - Linie 1: Bahnhof – Marktplatz – Klinikum, alle 10 Minuten
. - Linie 2: Nordstadt – Marktplatz – Gewerbegebiet Süd, alle 10 Minuten
. - Linie 3: Lindenhof – Bahnhof – Hochschule, alle 20 Minuten
. - Linie 4: Am Sonnenhang – Marktplatz – Friedhof, alle 20 Minuten
. - Linien 5 bis 7: Ortsteile Erlbach, Moosdorf und Tiefenthal, alle 30 Minuten
. Was sich für Fahrgäste ändert
. Fast alle Haltestellen bleiben erhalten, einige erhalten neue Namen. Die Haltestelle „Alter Schlachthof“ heißt künftig „Kulturzentrum“. Abends und am Wochenende fahren die Linien 1 und 2 weiterhin alle 20 Minuten, die übrigen Linien stündlich. Die Ortsteile werden zusätzlich durch einen Rufbus bedient, der bis 30 Minuten vorher telefonisch oder per App bestellt werden kann.
. „Wer an der Haltestelle steht, soll nicht mehr auf den Fahrplan schauen müssen“, sagte Oberbürgermeisterin Katrin Albersmeier. „Der nächste Bus kommt einfach.“
. Die Stadtwerke stellen für das neue Netz acht zusätzliche Busfahrerinnen und Busfahrer ein und beschaffen vier neue Elektrobusse. Die Mehrkosten von rund 1,6 Millionen Euro im Jahr trägt zum größten Teil die Stadt.
. Am 24. September stellen Stadt und Stadtwerke das neue Netz bei einem Informationsabend in der Stadthalle vor. Bürgerinnen und Bürger können dort und bis zum 10. Oktober auch schriftlich Stellungnahmen zu einzelnen Haltestellen abgeben.
res Drucken
soc Seite teilen
res Pressekontakt
res Amt für Kommunikation, Rathausplatz 1, 87402 Wendelau
res Telefon 08341 902-114, presse@wendelau.example
nav Zurück zur Übersicht
rel Weitere Pressemitteilungen
rel Freibadsaison endet mit Besucherrekord
rel Sanierung der Brücke Am Wehr beginnt im Oktober
nav Impressum · Datenschutz · Barrierefreiheit · Kontakt
"""))

DOCS.append(dict(num=625, slug="de_plus_handball_aufstieg", style="mixed", noise=0.12,
title="Grünhain schafft den Aufstieg: 31:27 im Herzschlagfinale gegen Elbtal",
notes="German regional daily with a 'plus' paywall (sports): section labels, 'Plus' badge (newsletter), byline and time, 'Artikel anhören' audio control (residue) and 'Lesezeit' line, an 'Anzeige' ad label, an inline 'Lesen Sie auch:' link, the paywall box after the article (offer, sign-in line), author bio, 'Weitere Artikel zum Thema' list and copyright; HARD NEGATIVES: the result line with half-time score, a line-up/scorer line per team, short quotes from the coach, a subheading, and a sentence saying the club thanked its sponsors and advertising partners.",
body="""
nav Sport
nav Lokalsport
nav Handball
nl PLUS
T Grünhain schafft den Aufstieg: 31:27 im Herzschlagfinale gegen Elbtal
by Von Tobias Reinhardt
ts Veröffentlicht am 12.05.2024 um 21:48 Uhr
res Artikel anhören
rt Lesezeit 4 Minuten
. Der TSV Grünhain spielt in der kommenden Saison in der Oberliga. Vor 1.450 Zuschauern in der ausverkauften Sporthalle am Schillerpark gewannen die Grünhainer das entscheidende letzte Saisonspiel gegen die HSG Elbtal mit 31:27 und zogen damit in der Tabelle noch an ihrem Gegner vorbei.
. TSV Grünhain – HSG Elbtal 31:27 (15:14)
. Grünhain: Berger, Kohl (Tor); Lindner 9/4, Aydin 6, Schuster 5, Walther 4, Hennig 3, Krause 2, Pohl 2
. Elbtal: Fiedler (Tor); Vogt 8/3, Marek 7, Seidel 5, Brandt 4, Uhlig 3
. Lange sah es nicht nach einem Grünhainer Sieg aus. Elbtal führte nach 20 Minuten mit 11:7, weil die Gastgeber im Angriff zu überhastet abschlossen und Elbtals Torhüter Fiedler drei Siebenmeter parierte. Erst eine Auszeit von Trainer Marco Ullrich brachte die Wende.
ad Anzeige
. „Ich habe den Jungs nur gesagt, sie sollen aufhören, auf die Tafel zu schauen“, sagte Ullrich nach dem Spiel. „Wir haben die ganze Saison gewusst, was wir können.“
rel Lesen Sie auch: Elbtal verliert Stammtorhüter an Zweitligisten
. Die Wende in der zweiten Halbzeit
. Nach dem Seitenwechsel stellte Grünhain auf eine offensive Deckung um und erzwang so mehrere Ballgewinne. Linksaußen Felix Aydin traf in der 44. Minute zum 22:21, der ersten Führung seit dem Anfangsviertel. Elbtal glich noch zweimal aus, doch zwei Paraden von Berger in den letzten fünf Minuten entschieden das Spiel.
. Bester Werfer war einmal mehr Jonas Lindner mit neun Treffern, vier davon vom Siebenmeterpunkt. Der 23-Jährige hatte vor der Saison ein Angebot aus der 3. Liga abgelehnt, um mit seinem Heimatverein aufzusteigen.
. Nach dem Schlusspfiff stürmten die Zuschauer das Feld. Der Verein dankte in der Halle seinen Sponsoren und Werbepartnern, ohne die der Aufstieg finanziell nicht möglich gewesen wäre, und kündigte an, den Etat für die Oberliga deutlich aufzustocken.
. Elbtal bleibt als Zweiter die Relegation. „Heute hat uns am Ende die Kraft gefehlt“, sagte Elbtals Trainer Sven Körner.
nl Weiterlesen mit Plus: Alle Artikel aus Ihrer Region für 0,99 € im ersten Monat
nl Jetzt testen
nl Bereits Abonnent? Hier anmelden
bio Tobias Reinhardt berichtet seit 2015 über Handball und Fußball im Landkreis. Er spielte selbst zehn Jahre beim TSV Grünhain.
rel Weitere Artikel zum Thema
rel Handball-Oberliga: Diese Teams sind nächste Saison dabei
rel TSV Grünhain plant Umbau der Halle am Schillerpark
cp © Erzgebirgische Landeszeitung 2024
"""))

DOCS.append(dict(num=626, slug="fr_spip_deplaces_sahel", style="single", noise=0.1, ws=True,
title="À Koudiéla, les déplacés de l'Est attendent la prochaine saison des pluies",
notes="French-language SPIP site of a community radio (conflict, displacement in Burkina Faso): site name and menu, breadcrumb, date/author line ('par ...') split into byline and timestamp, 'Imprimer' and 'Envoyer par courriel' controls, an inline 'Lire aussi' link, caption with credit, article forum with two messages and 'Répondre à ce message' links (comments), 'Plan du site / Espace privé' footer and the SPIP line; HARD NEGATIVES: a dateline in the first paragraph, a bulleted list of humanitarian figures, short quotes, a subheading and a 'Rectificatif' paragraph.",
body="""
nav Radio Horizon Sahel
nav Accueil
nav Actualités
nav Émissions
nav Écouter en direct
nav Accueil > Actualités > Société
T À Koudiéla, les déplacés de l'Est attendent la prochaine saison des pluies
ts mardi 14 mai 2024
by par Souleymane Kaboré
res Imprimer cet article
res Envoyer par courriel
. KOUDIÉLA (Burkina Faso) — Sous les hangars de tôle de l'ancien marché à bétail, une centaine de familles venues des villages de l'Est attendent. Elles ont fui les attaques des groupes armés en janvier, et beaucoup n'ont pas semé depuis deux saisons.
. La commune de Koudiéla comptait 23 000 habitants avant la crise. Selon la mairie, elle en accueille aujourd'hui plus de 41 000, dont près de 18 000 personnes déplacées, logées chez des proches, dans des écoles ou sur des sites improvisés.
. Quelques chiffres communiqués par la mairie et les organisations présentes :
. - 17 850 personnes déplacées enregistrées au 30 avril
. - 6 écoles occupées par des familles, dont 3 fermées aux élèves
. - 1 forage fonctionnel pour le site de l'ancien marché
. - 2 distributions de vivres depuis janvier
. « Nous avons laissé les greniers pleins », raconte Adama Ouédraogo, 46 ans, père de sept enfants. « Nous sommes partis la nuit, à pied, avec les ânes. Maintenant, nous achetons le mil au marché, quand nous avons de l'argent. »
rel Lire aussi : Les écoles fermées de la région de l'Est, une génération sans classe
. Semer ou partir encore
. La grande question, à l'approche de la saison des pluies, est celle des champs. La mairie a obtenu que des propriétaires prêtent une quarantaine d'hectares autour de la ville aux familles déplacées, mais il faudrait dix fois plus de terres pour nourrir tout le monde.
cap Des femmes déplacées préparent le repas sous un hangar de l'ancien marché à bétail de Koudiéla.
cr Photo : Radio Horizon Sahel / A. Sawadogo
. « Si nous ne semons pas en juin, nous aurons faim en octobre », résume Mariam Zongo, qui préside un groupement de femmes déplacées.
. Les organisations humanitaires présentes disent manquer de moyens. Un responsable d'une ONG internationale, qui a demandé à ne pas être nommé, estime que moins d'un tiers des besoins alimentaires du site ont été couverts depuis janvier.
. Le maire, Issouf Compaoré, appelle l'État à sécuriser les villages d'origine pour permettre des retours. « Personne ici ne veut rester sous un hangar. Tout le monde veut rentrer chez soi », dit-il.
. Rectificatif : dans une première version de cet article, nous indiquions que la commune comptait 14 000 habitants avant la crise. Le chiffre exact est de 23 000.
com Forum de l'article
com Un message
com 15 mai 2024, par Rasmané
com Merci pour ce reportage. Nos parents de Tanla sont aussi là-bas, on n'a pas de nouvelles depuis mars.
com Répondre à ce message
com 16 mai 2024, par Fati O.
com Il faut que les autorités écoutent le maire. Les champs, c'est maintenant ou jamais.
com Répondre à ce message
nav Plan du site | Mentions légales | Espace privé
res SPIP | squelette | Se connecter | Suivre la vie du site RSS 2.0
"""))

DOCS.append(dict(num=627, slug="fr_overblog_cinema_village", style="sparse", noise=0.15,
title="Le Rex ferme ses portes après 62 ans : la dernière séance du cinéma de Saint-Aubin",
notes="French village blog on Overblog (culture): blog name and description, 'Publié le ... par ...' line (byline), 'inscrivez vous' prompt with email field (newsletter), category hashtags (tags), 'Partager cet article' and 'Repost 0' (social), 'Vous aimerez aussi' list, 'Commenter cet article' with two comments, 'Haut de page' and Overblog footer; HARD NEGATIVES: the programme of the last screenings as short lines, a short quote, a sentence stating the cinema has 212 subscribers ('abonnés') to its loyalty card, and the blogger's own first-person note.",
body="""
nav Le blog de Saint-Aubin-des-Prés
nav Nouvelles du village, des associations et de la vallée
nav Accueil
nav Contact
T Le Rex ferme ses portes après 62 ans : la dernière séance du cinéma de Saint-Aubin
by Publié le 12 mars 2024 par Gérard Lestrade
. C'est officiel : le Rex, le petit cinéma de la rue de l'Église, fermera définitivement le 31 mars. Ses propriétaires, Jacqueline et Bernard Moreau, qui l'ont repris en 1988 aux parents de Bernard, ont annoncé la nouvelle samedi soir à la fin de la projection, devant une salle à moitié pleine.
. Le Rex avait ouvert en 1962 avec « Le Jour le plus long ». Il n'a qu'une salle de 96 fauteuils, et c'est l'un des derniers cinémas de village du département. Depuis la fin des travaux de la déviation, beaucoup de jeunes vont au multiplexe de Montreuil-Bellay, à vingt minutes.
. « On ne ferme pas parce qu'on est fatigués, on ferme parce que les chiffres ne suivent plus », explique Jacqueline Moreau. Le cinéma compte encore 212 abonnés à sa carte de fidélité, mais la fréquentation est passée de 14 000 entrées par an au début des années 2000 à moins de 5 000 l'an dernier. Le passage au numérique, en 2012, avait déjà coûté près de 80 000 euros au couple.
. La mairie dit avoir étudié une reprise en régie municipale, mais le coût de la mise aux normes de la salle, estimé à 250 000 euros, est trop élevé pour une commune de 1 900 habitants. Une association, Les Amis du Rex, vient d'être créée pour tenter de trouver une solution, par exemple sous forme de coopérative.
. Le programme des dernières séances :
. Vendredi 22 mars, 20 h 30 : Cinema Paradiso
. Samedi 23 mars, 20 h 30 : Le Jour le plus long
. Dimanche 24 mars, 15 h : séance des écoles, courts métrages d'animation
. Samedi 30 mars, 20 h 30 : film surprise choisi par les spectateurs
. Pour ma part, j'y ai vu mon premier film en 1971, assis sur les genoux de mon père, et j'y ai emmené mes petits-enfants l'hiver dernier. Je ne suis sans doute pas le seul à avoir le cœur serré.
tag Catégories : #Vie locale, #Culture, #Associations
soc Partager cet article
soc Repost 0
nl Pour être informé des derniers articles, inscrivez vous :
nl Saisissez votre adresse e-mail
rel Vous aimerez aussi :
rel La fête de la Saint-Jean aura lieu au bord du Thouet
rel Travaux de la salle des fêtes : où en est-on ?
com Commenter cet article
com M
com Michèle R. 12/03/2024 18:41
com Quelle tristesse. Le Rex, c'était nos dimanches. Je serai là le 30 pour la dernière.
com J
com Jean-Luc 13/03/2024 08:05
com Comment adhère-t-on aux Amis du Rex ? Il faut tenter quelque chose.
nav Haut de page
res Créer un blog gratuit sur Overblog
nav Top articles · Contact · Signaler un abus · C.G.U.
"""))

DOCS.append(dict(num=628, slug="es_radio_desplazados_catatumbo", style="single", noise=0.1,
title="Doscientas familias huyen de La Cristalina tras los combates entre grupos armados",
notes="Spanish-language Colombian regional radio site (conflict, displacement): live-stream bar with 'Escuche la señal en vivo' (residue), menu, section label, byline and timestamp, 'Síganos en WhatsApp' channel link (social), an inline 'Lea también:' link, an unrendered page-builder template shortcode, a 'Publicidad' label, caption and credit, 'Temas relacionados' tags, 'Más noticias de la región' list and copyright; HARD NEGATIVES: a dateline in the first paragraph, bulleted humanitarian figures, short quotes, a sentence saying the army declined to comment, and a 'Fe de errores' paragraph.",
body="""
res EN VIVO
res Escuche la señal en vivo
nav Radio Frontera 93.4
nav Regional
nav Nacional
nav Deportes
nav Orden público
T Doscientas familias huyen de La Cristalina tras los combates entre grupos armados
by Por Yurani Pabón Quintero
ts 3 de febrero de 2024 - 7:42 a. m.
soc Síganos en WhatsApp
. SAN TELMO DEL RÍO (Norte de Santander) — Más de doscientas familias de la vereda La Cristalina llegaron en las últimas 48 horas al casco urbano de San Telmo del Río, huyendo de los enfrentamientos entre dos grupos armados que se disputan el control de la zona rural del municipio.
. Según la Personería municipal, los desplazados caminaron durante casi un día por trochas para llegar al pueblo. Muchos llegaron solo con la ropa que llevaban puesta.
. Las cifras entregadas por la alcaldía este sábado:
. - 214 familias desplazadas, unas 690 personas
. - 281 niños y niñas, de los cuales 37 son menores de un año
. - 3 albergues habilitados: el coliseo, la escuela normal y el salón parroquial
. - 2 veredas más en alerta por posibles desplazamientos
. «Los disparos empezaron el jueves a las cinco de la mañana y no pararon hasta la noche», contó Ramiro Sanguino, agricultor de 58 años. «Dejamos las gallinas, el cacao, todo».
rel Lea también: Defensoría emite alerta temprana para cuatro municipios del Catatumbo
sc [elementor-template id="2281"]
. El alcalde, Édgar Manosalva, pidió apoyo al Gobierno nacional y a la Gobernación para atender la emergencia. «El municipio no tiene cómo alimentar a setecientas personas más de una semana», dijo.
ad Publicidad
. La Defensoría del Pueblo había advertido en diciembre sobre el riesgo de enfrentamientos en la zona por el control de las rutas y de los cultivos de uso ilícito. Organizaciones campesinas denuncian además que en la vereda quedaron minas antipersonal sembradas en los caminos.
cap Familias desplazadas de La Cristalina en el coliseo de San Telmo del Río.
cr Foto: Radio Frontera / cortesía Personería
. El Ejército informó que envió tropas a la zona, pero declinó dar detalles sobre las operaciones. La Cruz Roja entregó kits de aseo y cocina en los albergues, y la Iglesia organizó una olla comunitaria.
. «Queremos volver, pero solo si hay garantías», dijo María Elena Carrascal, líder de la junta de acción comunal de la vereda.
. Fe de errores: en una versión anterior de esta nota se indicó que los desplazados eran 120 familias. La cifra correcta, según la alcaldía, es de 214 familias.
tag Temas relacionados: Desplazamiento · Catatumbo · Conflicto armado
rel Más noticias de la región
rel Comerciantes de Ocaña denuncian nuevas extorsiones
rel Vía al mar: habilitan paso a un carril tras derrumbe
cp © 2024 Radio Frontera. Todos los derechos reservados.
"""))

DOCS.append(dict(num=629, slug="es_agro_cooperativa_aceite_resultados", style="mixed", noise=0.12, ws=True,
title="La cooperativa Olivar del Guadiato dispara su facturación un 41 % por el precio del aceite",
notes="Spanish agricultural trade portal (business earnings): top bar with date and newsletter link, menu, section label, byline and date, reading time, 'Imprimir' / 'Enviar' controls, a newsletter sign-up box mid-article, 'Etiquetas:' line, a comment section with count, two comments and a comment form, and footer; HARD NEGATIVES: a pipe table of campaign figures, short quotes from the cooperative's president, a sentence about an advertising campaign ('campaña de publicidad') for the cooperative's brand, and a subheading.",
body="""
nav Lunes, 18 de noviembre de 2024
nav Boletín
nav Agro Campiña Digital
nav Agricultura
nav Ganadería
nav Mercados
nav Cooperativas
T La cooperativa Olivar del Guadiato dispara su facturación un 41 % por el precio del aceite
by Redacción Agro Campiña
ts 18/11/2024
rt Tiempo de lectura: 3 min
res Imprimir
res Enviar
. La Sociedad Cooperativa Andaluza Olivar del Guadiato, con sede en Villaharta (Córdoba), cerró la campaña 2023/24 con una facturación de 61,2 millones de euros, un 41 % más que el ejercicio anterior, pese a que la producción de aceite fue la segunda más baja de la última década.
. La asamblea general aprobó las cuentas el pasado sábado con el voto favorable del 94 % de los socios presentes. La cooperativa agrupa a 2.340 olivareros de once municipios del norte de la provincia.
. Concepto | Campaña 2022/23 | Campaña 2023/24
. Aceituna molturada (t) | 68.400 | 57.900
. Aceite producido (t) | 13.100 | 11.300
. Precio medio liquidado (€/kg) | 4,12 | 6,85
. Facturación (millones €) | 43,4 | 61,2
. La explicación está en los precios. La sequía de las dos campañas anteriores disparó la cotización del aceite de oliva virgen extra en origen, que llegó a superar los 9 euros por kilo en enero.
. «Ha sido un año raro: menos aceite y más dinero», resumió el presidente de la cooperativa, Antonio Ruiz Castejón. «Pero no nos engañemos, los costes también se han disparado».
nl Reciba cada mañana las noticias del campo en su correo. Suscríbase gratis a nuestro boletín.
nl Suscribirme
. Inversiones y marca propia
. La cooperativa destinará 4,8 millones de euros a renovar la línea de envasado y a una nueva planta de aprovechamiento del alpeorujo para producir biomasa. También lanzará en primavera una campaña de publicidad en televisión autonómica para su marca Sierra Guadiato, con la que quiere vender envasado el 30 % de su aceite, frente al 18 % actual.
. Para la campaña 2024/25, ya en marcha, la cooperativa prevé una producción cercana a las 16.000 toneladas gracias a las lluvias de primavera, aunque espera precios más bajos. «Volvemos a la normalidad, y eso también es una buena noticia para el consumidor», dijo Ruiz Castejón.
tag Etiquetas: aceite de oliva, cooperativas, Córdoba, resultados
com 2 comentarios
com Paco M. · 18/11/2024 a las 10:14
com Buenos números, pero a los socios pequeños la liquidación nos llegó tarde otra vez.
com Olivarera de Espiel · 18/11/2024 a las 12:30
com Enhorabuena a la junta rectora. Lo del alpeorujo era necesario desde hace años.
com Deje su comentario
com Nombre
com Correo electrónico (no se publicará)
com Publicar comentario
nav Quiénes somos · Publicidad · Aviso legal · Política de cookies
cp © Agro Campiña Digital S.L. 2024
"""))

DOCS.append(dict(num=630, slug="it_disqus_medici_di_base_valle", style="single", noise=0.1,
title="Val Cedrina, dodici paesi e due medici di base: «Così non si può andare avanti»",
notes="Italian local news site with Disqus comments (health): menu, section label, byline and date, 'Si legge in' reading-time line, 'PUBBLICITÀ' label, inline 'Leggi anche' link, caption with credit, 'Riproduzione riservata' copyright line, share buttons, then the Disqus block (comment count, login line, sort control, two comments with names and ages, reply/vote controls) and the 'Powered by Disqus' line; HARD NEGATIVES: a bulleted list of municipalities with patients per doctor, short quotes, a subheading, and a sentence about the regional health agency's request for comments ('osservazioni') from mayors.",
body="""
nav Eco della Valle
nav Cronaca
nav Politica
nav Sport locale
nav Salute
T Val Cedrina, dodici paesi e due medici di base: «Così non si può andare avanti»
by di Chiara Bonvicini
ts 7 ottobre 2024
rt Si legge in 4 minuti
. In Val Cedrina restano due medici di famiglia per dodici comuni e quasi 6.900 abitanti. Dal primo ottobre è andato in pensione il dottor Renato Fumagalli, che per 38 anni ha avuto l'ambulatorio a Pieve Cedrina, e per il suo posto non si è presentato nessuno.
. L'azienda sanitaria ha assegnato temporaneamente i suoi 1.480 pazienti ai due colleghi rimasti, che ora superano di molto il massimale previsto dal contratto nazionale.
. La situazione nei comuni della valle:
. - Pieve Cedrina, Sorico Alto e Valbruna: 2.140 pazienti, un medico
. - Castel Cedrino, Monteforno e Rivalta: 1.950 pazienti, un medico
. - gli altri sei comuni: assistiti a turno dai due medici, due mattine a settimana
ad PUBBLICITÀ
. «Faccio 70 visite al giorno, molte a domicilio, perché qui gli anziani non guidano», racconta la dottoressa Marta Ghislandi, che ha lo studio a Castel Cedrino. «Così non si può andare avanti. Non per me, per loro».
rel Leggi anche: Guardia medica, in estate turni scoperti in tre valli
. Il problema dei bandi deserti
. Negli ultimi due anni l'azienda sanitaria ha pubblicato quattro bandi per le zone carenti della valle. Tre sono andati deserti. I giovani medici, spiegano i sindacati, preferiscono le città, dove gli ambulatori sono più vicini agli ospedali e non si percorrono cento chilometri al giorno su strade di montagna.
cap L'ambulatorio di Pieve Cedrina, chiuso dal primo ottobre.
cr Foto di Luca Perego
. I sindaci della valle hanno scritto alla Regione chiedendo incentivi economici e un alloggio gratuito per chi accetta di lavorare in montagna. Il sindaco di Pieve Cedrina, Giorgio Maffei, ha messo a disposizione l'ex casa del custode della scuola.
. L'azienda sanitaria ha chiesto ai sindaci di inviare entro fine mese le loro osservazioni su una proposta di «ambulatorio itinerante»: un medico con un furgone attrezzato che si sposterebbe tra i paesi secondo un calendario fisso. «Meglio di niente», commenta Maffei, «ma un furgone non è un medico di famiglia».
cp © Riproduzione riservata
soc Condividi su Facebook
soc Invia su WhatsApp
com 23 commenti
com Accedi con il tuo account o commenta come ospite
com Ordina per: i migliori
com Giuseppe Rota · 2 giorni fa
com Mia madre ha 88 anni e da una settimana non sa a chi rivolgersi. Vergogna.
com Rispondi · 14
com Elena Sala · 2 giorni fa
com Il furgone almeno è qualcosa. Ma servono incentivi veri, come in Trentino.
com Rispondi · 6
res Powered by Disqus
"""))

DOCS.append(dict(num=631, slug="pt_portal_nova_especie_sapo", style="single", noise=0.1, ws=True,
title="Pesquisadores descobrem nova espécie de sapo do tamanho de uma unha na Serra do Mar",
notes="Brazilian Portuguese news portal (science): menu, section label, byline and timestamp with update, 'Siga o Diário do Litoral no Google Notícias' link (social), inline 'Leia também' link, a 'Publicidade' label, image caption with credit, a WhatsApp-channel sign-up prompt (newsletter), 'Tópicos' tags, 'Mais lidas' list and copyright; HARD NEGATIVES: a bulleted fact box about the species, a short quote from the researcher, a Q&A 'Pergunta:' / 'Resposta:' pair, a sentence saying the team will share the sound recordings ('compartilhar'), and an 'Errata' paragraph.",
body="""
nav Diário do Litoral
nav Últimas
nav Ciência
nav Meio ambiente
nav Ciência
T Pesquisadores descobrem nova espécie de sapo do tamanho de uma unha na Serra do Mar
by Por Larissa Tavares
ts 22/08/2024 06h00 · Atualizado há 3 horas
soc Siga o Diário do Litoral no Google Notícias
. Um sapo laranja com menos de um centímetro de comprimento, encontrado no meio das folhas caídas de uma floresta da Serra do Mar, no litoral norte de São Paulo, foi descrito como uma nova espécie por pesquisadores de duas universidades paulistas.
. O animal pertence ao gênero Brachycephalus, conhecido pelos chamados sapinhos-pingo-de-ouro, e recebeu o nome de Brachycephalus itaguarensis, em referência à Serra do Itaguaré, onde foi encontrado. A descrição foi publicada nesta semana em uma revista científica internacional de herpetologia.
rel Leia também: Onça-pintada é flagrada por câmera em parque estadual pela primeira vez em 20 anos
. A nova espécie em números:
. - Comprimento dos adultos: 8 a 10 milímetros
. - Altitude onde vive: entre 1.050 e 1.250 metros
. - Área de ocorrência conhecida: menos de 5 quilômetros quadrados
. - Indivíduos observados no estudo: 41
ad Publicidade
. A equipe levou quatro anos para confirmar que se tratava de uma espécie nova. Além das diferenças na cor e no formato do corpo, os pesquisadores analisaram o DNA e gravaram o canto dos machos, um chiado curto que se repete a cada poucos segundos.
. «A gente ouvia o canto e não conseguia achar o bicho. Ele é menor que a unha do meu dedo mínimo», contou o biólogo Henrique Fontoura, primeiro autor do estudo.
cap O Brachycephalus itaguarensis sobre uma folha na Serra do Itaguaré.
cr Foto: Henrique Fontoura/Divulgação
. Pergunta: a espécie está ameaçada?
. Resposta: Segundo os autores, sim. Como vive em uma área muito pequena e depende de florestas úmidas de altitude, a espécie é vulnerável às mudanças climáticas e a incêndios. O grupo vai propor que ela seja incluída na lista estadual de espécies ameaçadas.
. Os pesquisadores também pretendem compartilhar as gravações do canto em um banco de sons aberto, para ajudar outros grupos a identificar a espécie em campo.
. Errata: uma versão anterior desta reportagem informava que a espécie havia sido encontrada no litoral sul do estado. A Serra do Itaguaré fica no litoral norte.
nl Receba as principais notícias do Litoral no seu WhatsApp. Entre no nosso canal.
tag Tópicos: ciência · biodiversidade · Mata Atlântica · anfíbios
rel Mais lidas
rel Maré alta provoca alagamentos em três bairros de Caraguatatuba
rel Ubatuba abre inscrições para curso gratuito de guia de turismo
cp © 2024 Diário do Litoral. Todos os direitos reservados.
"""))
