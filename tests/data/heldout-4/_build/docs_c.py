DOCS = []

DOCS.append(dict(num=922, slug="es_joomla_cauca_coffee_excombatants", lang="es", style="single", noise=0.15,
title="Excombatientes del Cauca despachan su primer contenedor de café",
notes="Regional news portal on Joomla (invented 'La Cordillera Noticias', Colombia) about a coffee cooperative of former FARC combatants and farmers. Debris: run-together menu, 'you are here' breadcrumb, the Joomla details block (details label and category as tags, author byline, published date, hit counter), print/e-mail icons, an ad label, two unrendered Joomla plugin tags, the previous/next pager, the cookie prompt, the developer credit line and the copyright. HARD NEGATIVES: a dateline at the start of the first paragraph, a bulleted fact list, a quote and a sentence asking buyers to share photos of the roasted coffee.",
body=r"""
nav Inicio | Regionales | Paz y territorio | Economía | Opinión | Contacto
nav Estás aquí: Inicio » Paz y territorio
T Excombatientes del Cauca despachan su primer contenedor de café
tag Detalles
tag Categoría: Paz y territorio
by Escrito por Redacción La Cordillera
ts Publicado: 12 Marzo 2025
res Visto: 1804
res 🖨 Imprimir   ✉ Correo electrónico
. CALDONO, Cauca. — Siete años después de dejar las armas, un grupo de antiguos combatientes de las FARC y de campesinos de la vereda El Carmelo despachó esta semana su primer contenedor de café especial. El camión salió el lunes hacia el puerto de Buenaventura, y el café llegará en abril a un tostador de Hamburgo.
. La cooperativa Cafeteros del Común nació en 2018 en el antiguo espacio de reincorporación de la zona, cuando un puñado de firmantes del acuerdo de paz decidió sembrar café en lugar de esperar los proyectos prometidos por el Estado.
. Datos de la cooperativa:
. • 86 socios, 41 de ellos excombatientes
. • 112 hectáreas sembradas, casi todas por encima de los 1.700 metros
. • 19.200 kilos de café pergamino en el primer contenedor
. • un precio pactado un 38 % por encima de la cotización de bolsa
. "Aquí nadie nos regaló nada. Cada palo de café lo sembramos nosotros, con los vecinos que al principio ni nos saludaban", dijo Rubiela Chocué, presidenta de la cooperativa y madre de tres hijos.
ad Publicidad
. La relación con la comunidad no fue fácil. Muchos campesinos de la vereda habían sufrido la guerra en carne propia, y tardaron años en aceptar a los nuevos vecinos. Hoy la mitad de los socios son campesinos que nunca estuvieron en ningún grupo armado.
. Los problemas no han desaparecido. La vía hasta la cabecera municipal se vuelve intransitable en temporada de lluvias, y los socios denuncian amenazas de grupos armados que todavía operan en la cordillera. Dos líderes de la cooperativa cuentan con esquema de protección.
. El comprador alemán se comprometió a pagar una prima adicional por cada kilo si la calidad se mantiene durante tres cosechas. La cooperativa, por su parte, pidió a los compradores que compartan fotos del café ya tostado, para mostrárselas a los socios en la próxima asamblea.
sc {module Noticias relacionadas paz}
sc {jcomments on}
nav « Anterior   Siguiente »
nl Usamos cookies propias y de terceros para medir visitas. ¿Las aceptas? [Aceptar] [Configurar]
res Diseño web: Montaña Digital, Popayán
cp © 2025 La Cordillera Noticias · Popayán, Colombia
"""))

DOCS.append(dict(num=923, slug="it_cooking_column_castagnaccio", lang="it", style="mixed", noise=0.1, ws=True,
title="Castagnaccio, il dolce povero che sa di bosco",
notes="Weekly cooking column in a regional Italian newspaper (invented 'La Gazzetta del Lario'). Debris: section menu, breadcrumb, byline, publication time, reading time, jump-to-recipe link, print and save buttons (residue), the ad label, the topics line (tags), the 'you might also like' list, the newsletter pitch and the copyright. HARD NEGATIVES: the ingredient list with quantities, the numbered method, a one-line tip ('Il consiglio') and the columnist's sign-off with her initial.",
body=r"""
nav Cronaca   Economia   Sport   Cultura   Tavola   Annunci
nav Tavola › La cucina di Nives
T Castagnaccio, il dolce povero che sa di bosco
by di Nives Carraro
ts domenica 16 novembre 2025, ore 7:30
rt Si legge in 4 minuti circa
nav ↓ Vai direttamente alla ricetta
res 🖨 Stampa   ♡ Salva
. Quando ero bambina, a novembre, mia nonna comprava la farina di castagne da un contadino della Val d'Intelvi, che la portava in paese in sacchetti di carta legati con lo spago. Il castagnaccio era il dolce dei giorni qualunque: niente uova, niente burro, niente zucchero, solo castagne, acqua, olio e qualche pinolo.
. Oggi lo si trova nelle pasticcerie a prezzi da dolce di lusso, ma resta un piatto di montagna, nato per sfamare. Il segreto è la farina: deve essere di quest'anno, dolce e profumata. Se sa di amaro o di muffa, il castagnaccio non verrà mai buono.
. Ingredienti per una teglia da 28 cm:
. - 300 g di farina di castagne
. - 450 ml di acqua fredda
. - 40 g di pinoli
. - 50 g di uvetta
. - un rametto di rosmarino
. - 3 cucchiai di olio extravergine d'oliva
. - un pizzico di sale
ad Pubblicità
. Procedimento:
. 1. Mettete l'uvetta a bagno in acqua tiepida per dieci minuti.
. 2. Setacciate la farina in una ciotola e aggiungete l'acqua poco alla volta, mescolando con una frusta, finché la pastella è liscia e piuttosto liquida.
. 3. Unite il sale, l'uvetta strizzata e metà dei pinoli.
. 4. Ungete la teglia con un cucchiaio d'olio e versate la pastella: non deve superare un centimetro di altezza.
. 5. Cospargete con il resto dei pinoli e con gli aghi di rosmarino, e irrorate con l'olio rimasto.
. 6. Cuocete in forno a 200 gradi per circa 35 minuti, finché la superficie si screpola.
. Il consiglio: servitelo tiepido con un cucchiaio di ricotta fresca.
. Alla prossima settimana, e buona merenda.
. N.C.
tag Argomenti: dolci · castagne · cucina di montagna
rel Potrebbero interessarti anche: Polenta taragna come una volta · Il risotto con il pesce persico
nl Le ricette di Nives ogni sabato mattina nella tua casella di posta. Iscriviti
cp © Editoriale Lario S.r.l. – vietata la riproduzione senza consenso scritto
"""))

DOCS.append(dict(num=924, slug="fr_event_listing_transhumance", lang="fr", style="sparse", noise=0.1,
title="Fête de la transhumance à Saint-Véran-les-Baumes",
notes="Event listing on a regional what's-on site (invented 'Sortir en Haute-Garrigue'). The description, date, place, prices and programme are content. Debris: menu, breadcrumb, add-to-calendar button, the booking button, an unrendered ticketing shortcode, the map link and its credit, share row, organiser boilerplate (bio), the 'similar events' list, the record-updated stamp and the copyright. HARD NEGATIVES: the date and time line, the address line, the price line, a timed programme list and a sentence asking visitors to leave dogs at home.",
body=r"""
nav Agenda | Lieux | Expos | Avec les enfants | Proposer un événement
nav Accueil › Agenda › Fêtes et traditions
T Fête de la transhumance à Saint-Véran-les-Baumes
. Dimanche 8 juin 2025, de 8 h 30 à 18 h
. Place de la Fontaine, Saint-Véran-les-Baumes
. Entrée libre ; repas partagé 14 € (enfants 7 €), sur réservation
res 📅 Ajouter à mon agenda
ad Réserver le repas
sc [billetterie id="8841" affichage="liste"]
. Chaque année au début de l'été, près de deux mille brebis traversent le village pour rejoindre les alpages du plateau de Sarre, à trois jours de marche. La fête de la transhumance célèbre ce départ, qui se fait à pied depuis des siècles, même si la plupart des troupeaux de la région voyagent aujourd'hui en camion.
. Les bergers de la famille Arnaud, qui mènent ce troupeau depuis quatre générations, ouvrent la marche avec les chiens de conduite et les ânes chargés du matériel. Les brebis portent leurs sonnailles de fête, des cloches anciennes transmises de père en fils.
. Au programme :
. 8 h 30 : accueil et café offert par le comité des fêtes
. 10 h : passage du troupeau dans la grand-rue
. 11 h 30 : démonstration de tonte à l'ancienne
. 12 h 30 : repas partagé sous les platanes
. 15 h : contes et chants de bergers, avec le groupe Lou Cantaire
. 17 h : bal pour les enfants
. Les visiteurs sont invités à laisser leurs chiens à la maison : même tenus en laisse, ils effraient les brebis au moment du passage dans les rues étroites.
. Les enfants pourront aider les bergers à compter les bêtes à l'entrée du village, comme le veut la tradition, et recevront un petit diplôme de « berger d'un jour ».
. En cas de pluie, le repas aura lieu dans la salle polyvalente.
. Le parking du stade est gratuit, et une navette relie la gare de Montclar au village toutes les heures.
res Voir l'emplacement sur la carte ▸
cr Fond de carte © contributeurs OpenStreetMap
soc Partager : Facebook · WhatsApp · Courriel
bio Organisateur : Comité des fêtes de Saint-Véran, association loi 1901 fondée en 1978
rel Événements similaires
rel Foire aux fromages de chèvre – Cabrières, 15 juin
rel Nuit des bergers – Col de la Sarre, 21 juin
ts Fiche mise à jour le 28/04/2025
cp © Sortir en Haute-Garrigue 2025 · Mentions légales
"""))

DOCS.append(dict(num=925, slug="de_school_letter_school_garden", lang="de", style="single", noise=0.1,
title="Elternbrief Nr. 7: Unser Schulgarten wächst",
notes="Primary school website (invented Grundschule am Mühlbach) with a parents' letter. The head teacher's letter including greeting, dates list and signature is content. Debris: the cookie notice, the school menu, breadcrumb, published date, PDF download link, the friends'-association membership pitch (ad), tags, back link, the legal footer links and the copyright. HARD NEGATIVES: the greeting, a dated list of appointments, a sentence asking parents to share the letter with families who do not read German well, and the signature with role.",
body=r"""
nl Diese Seite verwendet nur technisch notwendige Cookies.  [Verstanden]
nav Startseite | Unsere Schule | Ganztag | Förderverein | Termine | Kontakt
nav Sie befinden sich hier: Aktuelles › Elternbriefe
T Elternbrief Nr. 7: Unser Schulgarten wächst
ts Veröffentlicht am 21.03.2025
res Elternbrief als PDF herunterladen (412 KB)
. Liebe Eltern, liebe Erziehungsberechtigte,
. der Frühling ist da, und auf dem Gelände hinter der Turnhalle wird seit zwei Wochen gegraben, gesät und gebaut. Viele von Ihnen haben schon gesehen, dass dort unser neuer Schulgarten entsteht.
. Mit dem Geld aus dem Sponsorenlauf im Herbst und einer Spende der Gärtnerei Lindemann konnten wir sechs Hochbeete, einen Kompostplatz und ein großes Insektenhotel anschaffen. Jede Klasse bekommt ein eigenes Beet und entscheidet selbst, was dort wächst. Die Klasse 2b hat sich bereits für Kartoffeln, Radieschen und Sonnenblumen entschieden.
. Ein besonderer Dank geht an Herrn Özdemir, Vater aus der Klasse 4a, der an zwei Samstagen mit seinem Minibagger den Boden vorbereitet hat. Ohne ihn wären die Beete noch lange nicht fertig. Die Ernte wollen wir im Sommer gemeinsam in der Schulküche verarbeiten.
. In den Osterferien brauchen die Beete Wasser. Wir suchen deshalb Familien, die eine Woche lang jeden Abend gießen. Eine Liste hängt ab Montag im Eingangsbereich.
. Wichtige Termine:
. • 2. April, 19 Uhr: Elternabend der Klassen 3a und 3b in der Aula
. • 7. bis 17. April: Osterferien
. • 25. April: Gartenfest mit Pflanzenflohmarkt, 15 bis 18 Uhr
. • 6. Mai: Schulfotograf
. Bitte denken Sie daran, dass die Kinder für die Gartenarbeit wetterfeste Kleidung und feste Schuhe brauchen. Gummistiefel können in der Schule bleiben, wenn sie mit Namen beschriftet sind.
. Einige Familien haben gefragt, ob es diesen Brief auch in anderen Sprachen gibt. Eine türkische und eine ukrainische Fassung liegen im Sekretariat bereit. Teilen Sie den Brief gern mit Familien, die noch nicht so gut Deutsch lesen.
. Ich freue mich auf einen bunten Frühling mit Ihnen und Ihren Kindern.
. Mit herzlichen Grüßen
. Birgit Hallstein, Schulleiterin
ad Werden Sie Mitglied im Förderverein – schon ab 12 € im Jahr!
tag Schlagwörter: Schulgarten · Elternbrief · Termine
nav « Zurück zur Übersicht der Elternbriefe
nav Impressum · Datenschutzerklärung · Erklärung zur Barrierefreiheit
cp © 2025 Grundschule am Mühlbach, Oberweiden
"""))

DOCS.append(dict(num=926, slug="ptpt_blogger_azulejos_campo_ourique", lang="pt-PT", style="double", noise=0.1,
title="Trinta e sete fachadas e uma folha de cálculo",
notes="Blogger blog in European Portuguese (invented 'Azulejos ao Abandono') about volunteers mapping stolen façade tiles in Lisbon. Debris: the blog's tab menu, the date header above the post (timestamp), the posted-by line (byline), the share row, the labels line (tags), the comment count, two comments with names and times, the comment-form prompt, the newer/older/home pager, the Atom feed link (navigation) and the template line (residue). HARD NEGATIVES: a first-person post, a bulleted tally, a sentence asking readers to send a photograph of any tile they see for sale, and the writer's signed initials.",
body=r"""
nav Página inicial | Sobre o blogue | Mapa dos furtos | Contactos
ts quinta-feira, 6 de fevereiro de 2025
T Trinta e sete fachadas e uma folha de cálculo
. No sábado passado éramos nove, com pranchetas, telemóveis e uma fita métrica, a percorrer as ruas de Campo de Ourique entre a Rua Ferreira Borges e o cemitério dos Prazeres. O objetivo era simples: registar todas as fachadas com azulejos e anotar onde faltam peças.
. Em quatro horas registámos trinta e sete fachadas. O resultado, já passado para a folha de cálculo, é este:
. • 37 fachadas com azulejo de padrão, quase todas do século XIX
. • 22 com falhas visíveis
. • 9 com falhas recentes, com a argamassa ainda clara
. • 3 onde os moradores taparam os buracos com azulejos de outra cor
. As falhas recentes são as que mais nos preocupam. Azulejos arrancados há poucos meses significam que o furto continua, mesmo depois de a câmara ter proibido a demolição de fachadas revestidas. Um morador da Rua Saraiva de Carvalho contou-nos que ouviu barulho de madrugada, em dezembro, e que de manhã faltavam seis peças junto à porta.
. O inventário serve para duas coisas. Primeiro, para a polícia e os antiquários poderem comparar um azulejo à venda com um padrão registado. Segundo, para um dia se poderem fazer réplicas fiéis, porque há padrões que já só existem numa ou duas casas.
. Se encontrar um azulejo de padrão à venda numa feira ou na internet e desconfiar da origem, envie-nos uma fotografia com a data e o local. Não precisa de fazer mais nada.
. A próxima saída é no sábado, dia 22, em Alcântara. Encontramo-nos às dez na paragem do elétrico.
. R.C.
by Publicada por Rui Canelas à(s) 22:41
soc ✉ Enviar por email · Partilhar no X · Partilhar no Facebook
tag Etiquetas: Campo de Ourique, furtos, inventário
com 2 comentários:
com Ana Pestana 7 de fevereiro de 2025 às 09:12 — Na minha rua, em Campolide, aconteceu o mesmo no verão. Posso juntar-me em Alcântara?
com Rui Canelas 7 de fevereiro de 2025 às 10:30 — Claro, Ana! Traga luvas.
com Deixe aqui o seu comentário
nav Mensagem mais recente   Mensagem antiga   Página inicial
nav Subscrever as mensagens deste blogue (Atom)
res Modelo Aguarela. Tecnologia do Blogger.
"""))

DOCS.append(dict(num=927, slug="ru_community_post_old_school_museum", lang="ru", style="sparse", noise=0.1,
title="В старой школе снова горит свет",
notes="Post of a village community on a Russian social network (VK-style). The community's post is the article. Debris: community tabs, the community name (byline) and post time, the 'show in full' expander, reactions/comments/reposts counters, view counter, the comments heading, three comments with reply controls, the 'show more comments' link, the sign-in prompt and the subscribe button. HARD NEGATIVES: a list of what the volunteers did, a request to share old photographs of the school, an opening-hours line of the new museum, and the signature of the village council of veterans.",
body=r"""
nav Сообщество · Фотографии · Обсуждения · Мероприятия
by Сосновка — наша деревня
ts вчера в 18:40
T В старой школе снова горит свет
. Дорогие земляки! В субботу, 14 сентября, в здании нашей старой деревянной школы открылся сельский музей и библиотека. Школу построили в 1911 году на деньги крестьян Сосновки и соседних деревень, а закрыли в 1996-м, когда детей стали возить в райцентр.
. Почти тридцать лет дом стоял пустой. Крыша текла, окна были заколочены, и многие думали, что его придётся разобрать на дрова.
res Показать полностью…
. Два года назад мы собрались всей деревней и решили попробовать. За это время сделали:
. — перекрыли крышу и заменили нижние венцы сруба;
. — вставили новые рамы по старым чертежам;
. — сложили заново печь в бывшем классе;
. — собрали больше трёхсот предметов для музея: парты, учебники, фотографии, школьный колокол.
. Деньги дал районный грант, остальное — сами жители и выходцы из Сосновки, которые живут теперь в городах. Плотники из Заречья работали почти бесплатно.
. На открытие пришли больше ста человек. Самой старшей гостье, Анне Фёдоровне Рябининой, 94 года, и она ещё помнит, как учительница звонила в этот самый колокол.
. Отдельное спасибо главе поселения Сергею Ивановичу Кротову, который помог с документами, и учителям районной школы, которые привели на открытие своих учеников. Ребята читали стихи и по очереди звонили в колокол.
. В музее уже есть класс с партами и доской, комната учителя и небольшая выставка об истории деревни. Следующая задача — утеплить здание, чтобы библиотека могла работать и зимой. На это нужно ещё около двухсот тысяч рублей, и мы будем подавать заявку на новый грант.
. Музей и библиотека работают по субботам и воскресеньям с 11 до 16 часов. Вход свободный.
. Просим всех, у кого дома есть старые фотографии школы, учеников или учителей, поделиться ими: мы отсканируем и вернём. Пишите в сообщения сообщества или приносите в библиотеку.
. Совет ветеранов деревни Сосновка
soc ❤ 214   💬 37   ↪ 31
res 👁 5,6K
com Комментарии
com Галина Лыкова: Я в этой школе училась с 1958 года! Спасибо вам, дорогие, плакала, когда увидела фото.
com ответить · 17 ч
com Николай Зуев: Молодцы! Привезу в следующий раз отцовский учебник арифметики.
com ответить · 15 ч
com Сосновка — наша деревня: Николай, будем очень ждать!
com Показать ещё 34 комментария
nl Войдите или зарегистрируйтесь, чтобы оставить комментарий
soc + Подписаться на сообщество
"""))

DOCS.append(dict(num=928, slug="ar_mosul_hidden_manuscripts", lang="ar", style="single", noise=0.1, ws=True,
title="مخطوطات الموصل تخرج من الجدران إلى الشاشات",
notes="Arabic cultural news portal (invented 'بوابة الرافدين الثقافية') about manuscripts hidden in walls in Mosul during the ISIS occupation and now digitised. Debris: menu, breadcrumb, byline with place, publication date, a photo caption and its credit, ad label, tags, share row, 'read also' list, newsletter prompt and the copyright. HARD NEGATIVES: a quote from the family's son, a bulleted list of figures, a sentence asking families to report manuscripts, and a dated correction note.",
body=r"""
nav الرئيسية | أخبار | ثقافة وفنون | تراث | تحقيقات | اتصل بنا
nav الرئيسية › تراث
T مخطوطات الموصل تخرج من الجدران إلى الشاشات
by الموصل – سلمى الحديدي
ts نُشر في 14 أيار/مايو 2025، الساعة 11:20 صباحاً
cap مخطوطة من القرن الثامن عشر أثناء تصويرها رقمياً في المركز
cr (تصوير: أحمد يونس)
. عندما سيطر تنظيم داعش على الموصل صيف عام 2014، قرر الحاج عبد الرحمن العبيدي أن يحمي مكتبة عائلته بطريقته الخاصة. فتح جداراً في الطابق الأرضي من بيته في المدينة القديمة، ووضع فيه أكثر من ستمئة مخطوطة ملفوفة بالقماش والنايلون، ثم أعاد بناء الجدار وطلاه.
. بقيت المخطوطات في مكانها ثلاث سنوات. توفي الحاج عبد الرحمن قبل تحرير المدينة بأشهر، ولم يكن يعرف بالمخبأ سوى ابنه الأكبر.
. "كان أبي يقول إن الكتب تصبر أكثر من البشر"، يقول عمر العبيدي، الذي عاد إلى البيت عام 2018 ليجد نصفه مهدماً، والجدار سليماً.
ad إعلان
. منذ العام الماضي يعمل مركز نينوى للتراث المخطوط على ترميم هذه المخطوطات وتصويرها رقمياً، ضمن مشروع يشمل مكتبات عائلية أخرى خبّأ أصحابها كتبهم في السراديب والجدران وحتى في آبار جافة.
. حصيلة المشروع حتى الآن:
. • 2,340 مخطوطة مصوّرة من 11 مكتبة عائلية
. • أقدمها نسخة من كتاب في الفقه تعود إلى القرن الرابع عشر
. • نحو 15 بالمئة منها تضررت بالرطوبة وتحتاج إلى ترميم قبل التصوير
. تقول المرممة هالة الجبوري إن أصعب ما يواجه الفريق هو العفن، لأن الجدران القديمة كانت تحبس الرطوبة. وتضيف أن بعض العائلات ما زالت مترددة في إظهار مخطوطاتها خوفاً من فقدانها مرة أخرى.
. ويدعو المركز كل عائلة في نينوى تملك مخطوطات قديمة إلى التواصل معه، مؤكداً أن المخطوطات تبقى ملكاً لأصحابها وأن النسخ الرقمية ستتاح للباحثين مجاناً.
. ويأمل المركز أن ينشر أول دفعة من المخطوطات المصوّرة على موقعه الإلكتروني قبل نهاية العام، مع فهرس يصف محتوى كل مخطوطة وتاريخ نسخها واسم ناسخها إن وُجد. أما عمر فيقول إنه لا يفكر في بيع أي مخطوطة، مهما كان العرض.
. تصحيح (15 أيار/مايو): ورد في نسخة سابقة من هذا التقرير أن عدد المكتبات المشاركة تسع، والصحيح إحدى عشرة.
tag الوسوم: الموصل، مخطوطات، تراث، رقمنة
soc شارك الخبر: فيسبوك | واتساب | تلغرام | نسخ الرابط
rel اقرأ أيضاً
rel جامع النوري يستقبل المصلين بعد إعادة إعماره
rel سوق السراي يعود إلى الحياة ببطء
nl اشترك في نشرتنا الأسبوعية لتصلك أبرز القصص الثقافية
cp © 2025 بوابة الرافدين الثقافية – يُمنع النقل دون ذكر المصدر
"""))

DOCS.append(dict(num=929, slug="fa_news_agency_qanat_restoration", lang="fa", style="none", noise=0.2,
title="قنات هفت‌صدساله فخرآباد دوباره آب داد",
notes="Persian regional news agency page (invented 'خبرگزاری کویر'). Debris: the run-together menu, the section breadcrumb, the news code and publication time (residue/timestamp), the reading time, the short-link line, the tags, the related-news block, the comment form heading and the moderation notice, the view counter and the copyright. HARD NEGATIVES: a quote from the village headman, a bulleted list of figures, a sentence asking young people to join the next dredging, and a short subheading.",
body=r"""
nav صفحه نخست | سیاسی | اقتصادی | استان‌ها | فرهنگی | عکس | ویدئو
nav استان‌ها › یزد
res شناسه خبر: ۴۸۲۱۹۰
ts ۲۴ اردیبهشت ۱۴۰۴ - ۱۰:۱۵
rt زمان مطالعه: ۳ دقیقه
T قنات هفت‌صدساله فخرآباد دوباره آب داد
. اهالی روستای فخرآباد در شهرستان مهریز پس از دو سال کار، قنات قدیمی روستا را که از سال ۱۳۸۷ خشک شده بود لایروبی و مرمت کردند و آب دوباره به مظهر قنات رسید.
. این قنات حدود هفتصد سال قدمت دارد و طول آن نزدیک به چهار کیلومتر است. در دهه‌های گذشته حفر چاه‌های عمیق در دشت پایین‌دست باعث افت سطح آب زیرزمینی و خشک شدن قنات شد و بسیاری از خانواده‌ها روستا را ترک کردند.
. کار مرمت چگونه انجام شد
. مقنی‌های محلی ابتدا میله‌چاه‌های ریزش‌کرده را بازگشایی کردند و سپس با کول‌های سفالی دیواره‌های سست کوره را مهار کردند. بخشی از هزینه را اداره کل میراث فرهنگی استان و بخش دیگر را خود اهالی پرداختند.
. برخی ارقام این طرح:
. • ۱۱۰ حلقه میله‌چاه بازگشایی شد
. • ۶۴۰ کول سفالی در کوره قنات نصب شد
. • آبدهی فعلی حدود ۱۲ لیتر در ثانیه است
. • ۳۵ هکتار باغ انار و پسته دوباره آبیاری می‌شود
. حسین دهقانی، دهیار فخرآباد، گفت: «پدرم آخرین مقنی روستا بود. وقتی آب دوباره از مظهر بیرون آمد، پیرمردها مثل بچه‌ها خوشحالی می‌کردند.»
. به گفته کارشناسان، ماندگاری آب قنات به این بستگی دارد که برداشت از چاه‌های مجاز و غیرمجاز دشت کنترل شود. شورای روستا از فرمانداری خواسته است چاه‌های غیرمجاز در حریم قنات مسدود شوند.
. به گفته دهیار، پس از بازگشت آب، چهار خانواده که سال‌ها پیش به یزد مهاجرت کرده بودند به روستا بازگشته‌اند و باغ‌های خود را دوباره کاشته‌اند. اداره میراث فرهنگی قرار است پرونده ثبت ملی این قنات را نیز تکمیل کند.
. لایروبی بعدی قنات برای پاییز امسال برنامه‌ریزی شده و شورای روستا از جوانان فخرآباد خواسته است که در این کار شرکت کنند تا مهارت مقنی‌گری در روستا از بین نرود.
res لینک کوتاه: kavirnews.example/x4821
tag برچسب‌ها: قنات، یزد، آب، میراث فرهنگی، مهریز
rel اخبار مرتبط
rel بازگشایی آب‌انبار تاریخی در اردکان
rel افت ۶۰ سانتی‌متری سطح آب دشت یزد در یک سال
com ارسال دیدگاه
com دیدگاه شما پس از بررسی توسط دبیر سرویس منتشر خواهد شد.
res شمار بازدید: ۲۱۴۰
cp تمامی حقوق مادی و معنوی این پایگاه متعلق به خبرگزاری کویر است.
"""))

DOCS.append(dict(num=930, slug="he_uninews_byzantine_olive_press", lang="he", style="mixed", noise=0.1,
title="כמה שמן הפיק בית הבד הביזנטי? חוקרים שחזרו ובדקו",
notes="Hebrew university news-office page (invented 'אוניברסיטת עמק הירדן') on experimental archaeology with a replica olive press. Debris: skip link, run-together menu, breadcrumb, date, press-office byline, a photo caption and credit, the media-contact line, share row, tags, related news, accessibility/privacy footer links and copyright. HARD NEGATIVES: a quote by the lead researcher, a bulleted list of results, a subheading and the citation line of the paper.",
body=r"""
nav דלג לתוכן העיקרי
nav אודות | פקולטות | מחקר | לימודים | חדשות | צור קשר
nav ראשי > חדשות > מחקר
ts 3 בדצמבר 2025
by מאת: דוברות האוניברסיטה
T כמה שמן הפיק בית הבד הביזנטי? חוקרים שחזרו ובדקו
cap שחזור קורת הלחץ של בית הבד בחצר הפקולטה
cr צילום: יואב שטרן
. קבוצת חוקרים מהחוג לארכאולוגיה באוניברסיטת עמק הירדן בנתה העתק בגודל מלא של בית בד מהתקופה הביזנטית, שנחשף לפני כעשור ליד קיבוץ גבעת אלון, ובדקה כמה שמן אפשר היה להפיק בו בעונה אחת.
. בית הבד המקורי כלל אבן ממל עגולה לריסוק הזיתים וקורת עץ ארוכה שנמשכה כלפי מטה בעזרת משקולות אבן. החוקרים בנו את ההעתק מעץ אלון ומאבן גיר מקומית, לפי מידות השרידים שנמצאו בחפירה.
. הניסוי
. במהלך עונת המסיק האחרונה נכתשו ונסחטו בהעתק כארבע מאות קילוגרם זיתים מזן סורי, שנאספו ממטע ותיק בגליל. בכל סבב מדדו החוקרים את כמות השמן, את משך העבודה ואת מספר האנשים הדרושים.
. עיקרי הממצאים:
. • כשמונה עשר ליטר שמן לכל מאה קילוגרם זיתים
. • סבב כתישה וסחיטה ארך כארבע שעות
. • נדרשו לפחות ארבעה אנשים ובהמה אחת להפעלה
. "הופתענו מכך שהסחיטה הראשונה, שנעשתה בלחץ נמוך בלבד, נתנה את השמן האיכותי ביותר", אמרה ד"ר רותם אלמוג, שהובילה את המחקר. "זה מסביר מדוע בטקסטים מהתקופה יש מונחים שונים לשמן הראשון ולשמן שאחריו."
. לפי חישובי הצוות, בית בד אחד יכול היה לעבד את יבול הזיתים של כפר בינוני בתוך כשישה שבועות, ולהפיק אלפי ליטרים של שמן שחלקם נשלחו כנראה למכירה בערי החוף.
. החוקרים מציינים כי הניסוי נעשה בידי סטודנטים ומתנדבים ללא ניסיון קודם, ולכן ייתכן שבעלי מקצוע בעת העתיקה עבדו מהר יותר והפיקו כמות גדולה מעט יותר של שמן. שמן הזית שהופק בניסוי נשלח לבדיקות מעבדה, ונמצא כי איכותו עומדת בתקן של שמן כתית מעולה.
. בשלב הבא מתכננים החוקרים לבדוק כיצד השפיע סוג העץ של הקורה על כוח הלחיצה, ולהשוות את התוצאות לבתי בד מתקופות מאוחרות יותר שנמצאו באזור.
. ההעתק יוצב בקמפוס ויהיה פתוח לקבוצות תלמידים בתיאום מראש.
. המחקר פורסם בכתב העת Journal of Archaeological Science: Reports.
res לפניות תקשורת: מיכל ברזילי, דוברות האוניברסיטה, 04-6120455
soc שתפו: פייסבוק | וואטסאפ | לינקדאין | דוא"ל
tag תגיות: ארכאולוגיה, חקלאות עתיקה, שמן זית
rel חדשות נוספות: סטודנטים מיפו מערות קבורה בגלבוע · מענק אירופי לחקר קרקעות מלוחות
nav הצהרת נגישות | מדיניות פרטיות | מפת האתר
cp © כל הזכויות שמורות לאוניברסיטת עמק הירדן, 2025
"""))

DOCS.append(dict(num=931, slug="ka_blog_qvevri_maker", lang="ka", style="single", noise=0.1,
title="ქვევრის ოსტატი, რომელიც თიხას ხმით ამოწმებს",
notes="Georgian personal blog on a hosted blogging platform, about a qvevri (clay wine vessel) maker in Imereti. Debris: the blog menu, the tag row above the headline, author line, date, reading time, a photo caption and credit, share row, the e-mail subscription box, the comment count and one comment, the 'also read' list and the copyright. HARD NEGATIVES: a quote from the craftsman, a numbered list of the stages of making a qvevri, and a sentence about visitors who may come to watch the firing.",
body=r"""
nav მთავარი · ბლოგი · ჩემ შესახებ · კონტაქტი
tag ღვინო · ხელობა · იმერეთი
T ქვევრის ოსტატი, რომელიც თიხას ხმით ამოწმებს
by ნინო ბერიძე
ts 12 ოქტომბერი, 2025
rt კითხვის დრო: დაახლოებით 5 წუთი
cap ზაურ კაპანაძე ახალ ქვევრს ეზოში ათვალიერებს
cr ფოტო: ავტორის
. ზაურ კაპანაძე სამოცდაათი წლისაა და ქვევრებს ორმოცდაათ წელზე მეტია აკეთებს. მისი სახელოსნო იმერეთის პატარა სოფელში, ძველი სახლის უკან დგას, და იქ ყოველთვის ნესტიანი თიხის სუნი ტრიალებს.
. ქვევრი არის დიდი თიხის ჭურჭელი, რომელშიც ქართველები ათასობით წელია ღვინოს აყენებენ. მას მიწაში მარხავენ, ყელამდე, რომ ღვინო მთელი წლის განმავლობაში ერთსა და იმავე ტემპერატურაზე იყოს.
. ზაური თიხას თავად მოიპოვებს ახლომდებარე ფერდობიდან. მისი თქმით, კარგი თიხა ხმით ირჩევა: თუ ნატეხს თითს დაუკაკუნებ და მკაფიოდ ჟღერს, გამოდგება.
. "თიხა ცოცხალია. თუ აჩქარდები, გაბრაზდება და გასკდება", ამბობს ის.
. ქვევრის დამზადება რამდენიმე თვეს გრძელდება:
. 1. თიხას ზელენ და რამდენიმე კვირით ასვენებენ.
. 2. ქვევრს ქვემოდან ზემოთ, რგოლ-რგოლ აშენებენ, და ყოველ რგოლს გაშრობა სჭირდება.
. 3. მზა ქვევრს დიდ ღუმელში რამდენიმე დღე აცხობენ.
. 4. ცხელ ქვევრს შიგნიდან ფუტკრის ცვილით ფარავენ.
. ზაურის სახელოსნოში ყველაზე დიდი ქვევრი ორი ათას ლიტრს იტევს. ასეთი ქვევრის ასაშენებლად ოსტატს სამი თვე სჭირდება, და ღუმელში მხოლოდ ერთი ეტევა.
. ზაური ამბობს, რომ ყველაზე რთული ცხობაა. თუ ცეცხლი ძალიან სწრაფად გაძლიერდა, ქვევრი შეიძლება გასკდეს, და მთელი თვეების შრომა ერთ ღამეში დაიკარგოს. ამიტომ ის ღუმელთან მთელ ღამეს ათევს და ცეცხლს თავად აკონტროლებს.
. ადრე სოფელში ათზე მეტი ოსტატი იყო, დღეს კი მხოლოდ ორი დარჩა. ზაურის შვილიშვილი, თორმეტი წლის ლუკა, უკვე ეხმარება ბაბუას და ამბობს, რომ ხელობას აუცილებლად გააგრძელებს.
. ქვევრებზე მოთხოვნა ბოლო წლებში ძალიან გაიზარდა, განსაკუთრებით უცხოეთიდან. ზაური წელიწადში დაახლოებით ოცდაათ ქვევრს აკეთებს და რიგი ორი წლით წინაა გაწერილი.
. 2013 წელს ქვევრში ღვინის დაყენების ქართული ტრადიცია იუნესკოს არამატერიალური კულტურული მემკვიდრეობის სიაში შეიტანეს. მას შემდეგ ზაურის ეზოში ხშირად ჩნდებიან ტურისტები და ღვინის მწარმოებლები სხვადასხვა ქვეყნიდან. ოსტატის თქმით, კარგად დამზადებული და მოვლილი ქვევრი ასი წელიც ძლებს.
. ღუმელის გახურება ჩვეულებრივ ოქტომბრის ბოლოს ხდება. ოსტატი სტუმრებს არ უკრძალავს ყურებას, ოღონდ წინასწარ უნდა დაურეკოთ და ცეცხლთან ახლოს არ მიხვიდეთ.
soc გააზიარე: Facebook · Messenger · ბმულის კოპირება
nl გამოიწერე ბლოგი და ახალი ჩანაწერები ელფოსტით მიიღე
com კომენტარები (2)
com თამარ ლ. — რა ლამაზი ისტორიაა! წელს აუცილებლად ჩავალთ ღუმელის სანახავად.
rel ასევე წაიკითხეთ: რაჭული ხაჭაპურის საიდუმლო · ჭაჭის გამოხდა ძველებურად
cp © 2025 ნინო ბერიძე. ტექსტისა და ფოტოების გამოყენება ავტორის ნებართვით.
"""))

DOCS.append(dict(num=932, slug="hy_news_apricot_drying_cooperative", lang="hy", style="double", noise=0.05,
title="Ծիրանի չորանոցը, որ գյուղում պահեց երիտասարդներին",
notes="Armenian regional news portal article about an apricot-drying cooperative in Ararat province. Debris: the menu, section label, the time/date stamp, the author line, view counter, photo caption and credit, share row, tags, the 'most read' list and the copyright with its quoting condition. HARD NEGATIVES: a quote from the cooperative's chair, a bulleted list of figures, and a sentence inviting buyers to visit during the drying season.",
body=r"""
nav Գլխավոր | Հասարակություն | Տնտեսություն | Մարզեր | Մշակույթ | Սպորտ
nav Մարզեր
T Ծիրանի չորանոցը, որ գյուղում պահեց երիտասարդներին
ts 12:40 | 28.07.2025
by Հեղինակ՝ Անի Մկրտչյան
res Դիտումներ՝ 1 204
cap Կոոպերատիվի անդամները ծիրան են դասավորում արևային չորանոցում
cr Լուսանկարը՝ Արմեն Սարգսյանի
. Արարատի մարզի Այգեստան գյուղում երեք տարի առաջ հիմնված կոոպերատիվն այս ամառ արդեն չորացրել է քսան տոննայից ավելի թարմ ծիրան։ Ընդամենը մի քանի տարի առաջ գյուղացիները բերքի մեծ մասը վաճառում էին միջնորդներին շատ ցածր գնով, իսկ մնացածը հաճախ փչանում էր այգում։
. Կոոպերատիվը կառուցել է արևային չորանոց, որտեղ ծիրանը չորանում է ապակե տանիքի տակ՝ փոշուց և միջատներից պաշտպանված։ Չորացրած միրգը փաթեթավորվում է գյուղում և վաճառվում Երևանի խանութներին ու արտասահմանյան գնորդներին։
. Կոոպերատիվի հիմնադրման համար գյուղացիները ստացել են փոքր դրամաշնորհ միջազգային մի ծրագրից, իսկ մնացած գումարը հավաքել են իրենք։ Չորանոցի շինարարությանն աշխատել են գյուղի վարպետները, և այն ավարտվել է ընդամենը երկու ամսում։
. Չորացումը տևում է հինգից յոթ օր՝ կախված եղանակից։ Ծիրանը նախապես լվանում են, կիսում և կորիզը հանում, ապա շարում են փայտե շրջանակների վրա։ Ծծմբով մշակում չի կիրառվում, և դրա համար եվրոպացի գնորդները պատրաստ են ավելի բարձր գին վճարել։
. Կոոպերատիվի թվերը այս տարի․
. • 34 անդամ, որոնցից 12-ը՝ մինչև երեսուն տարեկան
. • 21 տոննա թարմ ծիրան
. • մոտ 3,5 տոննա չիր
. • 9 աշխատատեղ ամբողջ սեզոնի համար
. «Առաջ երիտասարդները գնում էին Ռուսաստան աշխատելու, հիմա մի քանիսը վերադարձել են», ասում է կոոպերատիվի նախագահ Գայանե Հովհաննիսյանը։ «Չորանոցը փոքր է, բայց մարդիկ տեսնում են, որ գյուղում էլ կարելի է ապրել»։
. Ամենամեծ խնդիրը ջուրն է։ Վերջին երկու տարում ոռոգման ջուրը բավարար չի եղել, և որոշ այգիներում բերքը կիսով չափ պակասել է։ Կոոպերատիվը դիմել է մարզպետարան՝ կաթիլային ոռոգման համակարգ տեղադրելու համար։
. Հաջորդ տարի կոոպերատիվը նախատեսում է չորացնել նաև սալոր և թուզ։ Նախագահն ասում է, որ գնորդները կարող են գալ գյուղ հենց չորացման սեզոնին և տեսնել, թե ինչպես է պատրաստվում չիրը։
. Այս տարի կոոպերատիվի չիրի առաջին խմբաքանակն արդեն ուղարկվել է Գերմանիա, իսկ աշնանը նախատեսվում է մասնակցել Երևանում կայանալիք գյուղատնտեսական ցուցահանդեսին։
soc Կիսվել՝ Facebook | Telegram | X
tag Թեգեր՝ ծիրան, գյուղատնտեսություն, Արարատի մարզ
rel Ամենաընթերցվածը
rel Երևանում մետրոյի նոր կայանի շինարարությունը կսկսվի աշնանը
cp © 2025 Մարզային լուրեր։ Նյութերն օգտագործելիս ակտիվ հղումը պարտադիր է։
"""))
