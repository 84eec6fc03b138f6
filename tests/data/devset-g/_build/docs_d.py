DOCS = []

DOCS.append(dict(num=724, slug="de_rundfunk_rueckkehr_aleppo", style="single", noise=0.1,
title="Rückkehr nach Aleppo: Viele Häuser stehen noch, aber es fehlt an Strom und Wasser",
notes="German public-broadcaster news page (conflict aftermath, Syria): broadcaster menu, section labels 'Ausland' and 'Nahost' (navigation), 'Stand:' time line (timestamp), 'Von ..., ARD-Studio'-like invented correspondent line (byline), audio label 'Audio: Beitrag anhören (3 Min.)' (caption), 'Lesedauer' line (reading-time), caption and credit, an inline 'Weiterführende Berichte' box, 'Dieses Thema im Programm:' line (residue), 'Sendungsbezug' info, share links, and footer; HARD NEGATIVES: a dateline-less first paragraph with place name, a bulleted list of UN return figures, a one-line quote, and a subheading.",
body="""
nav Nordfunk Nachrichten
nav Startseite
nav Inland
nav Ausland
nav Wirtschaft
nav Ausland
nav Nahost
T Rückkehr nach Aleppo: Viele Häuser stehen noch, aber es fehlt an Strom und Wasser
ts Stand: 14.06.2025 08:12 Uhr
. Seit dem Sturz der Assad-Regierung im Dezember sind Hunderttausende Syrer in ihre Heimatstädte zurückgekehrt. In Aleppo finden viele ihre Wohnungen unversehrt vor – und trotzdem kaum Bedingungen für ein normales Leben.
by Von Jonas Teichmüller, Nordfunk-Studio Beirut
cap Audio: Beitrag anhören (3 Min.)
rt Lesedauer: etwa 4 Minuten
. Als Fadi Haddad im Februar zum ersten Mal seit neun Jahren die Tür zu seiner Wohnung im Viertel Salaheddine aufschloss, fand er das Sofa noch an seinem Platz. Nur die Fensterscheiben fehlten, und in der Küche wuchs Gras durch die Fliesen. „Ich dachte, ich finde nur Steine“, sagt der 52-Jährige, der bis Januar mit seiner Familie in Gaziantep in der Türkei gelebt hat.
. Haddad ist einer von vielen Rückkehrern. Nach Angaben der Vereinten Nationen sind in diesem Jahr bereits mehr als eine halbe Million Menschen aus dem Ausland zurückgekommen, die meisten aus der Türkei und dem Libanon.
. Die Zahlen im Überblick
. - rund 540.000 Rückkehrer aus dem Ausland seit Dezember
. - mehr als 1,2 Millionen Binnenvertriebene, die in ihre Orte zurückgekehrt sind
. - etwa 6,7 Millionen Menschen weiterhin innerhalb Syriens vertrieben
cap Ein Händler in der Altstadt von Aleppo öffnet seinen Laden zum ersten Mal seit 2016.
cr Bild: Nordfunk / Leila Sabbagh
rel Weiterführende Berichte
rel Syrien: Übergangsregierung kündigt Wahlen in drei Jahren an
rel Was Geflüchtete in Deutschland über eine Rückkehr denken
. Strom nur vier Stunden am Tag
. Das größte Problem ist die Versorgung. Strom gibt es in den meisten Vierteln nur vier Stunden am Tag, Wasser kommt zweimal in der Woche aus der Leitung. Wer es sich leisten kann, kauft Strom von privaten Generatorbetreibern, die pro Ampere und Monat abrechnen.
. Auch Schulen und Krankenhäuser arbeiten nur eingeschränkt. Viele Ärzte und Lehrer haben das Land während des Krieges verlassen und sind bisher nicht zurückgekommen.
. „Zurückkommen ist leicht. Bleiben ist schwer.“
. Hilfsorganisationen warnen außerdem vor Blindgängern in den ehemaligen Frontvierteln im Osten der Stadt. Seit Jahresbeginn wurden dort nach UN-Angaben mehrere Dutzend Menschen durch explosive Kriegsreste verletzt.
. Haddads Familie ist vorerst in Gaziantep geblieben, bis die Kinder das Schuljahr beendet haben. Im Sommer sollen sie nachkommen. Ob die Wohnung bis dahin Fensterscheiben hat, weiß er noch nicht.
res Dieses Thema im Programm: Nordfunk Info am Morgen, 14. Juni 2025, 07:40 Uhr
soc Teilen per Messenger
soc Link kopieren
cp © Nordfunk 2025
nav Impressum
nav Barrierefreiheit
"""))

DOCS.append(dict(num=725, slug="fr_service_meteo_vigilance_orages_grele", style="mixed", noise=0.12, ws=True,
title="Vigilance orange orages : grêle et rafales attendues sur le Lyonnais et le Beaujolais",
notes="French national weather-service website (weather): service menu with 'Prévisions', 'Cartes', 'Climat' (navigation), a city search box and 'Ma position' (residue), a vigilance banner repeating the alert (banner), 'Mis à jour le' line (timestamp), a map widget with 'Voir la carte en plein écran' and legend (residue), 'Télécharger l'application' pitch (newsletter), 'Sur le même sujet' links (related), 'Partager' row (social) and footer; HARD NEGATIVES: a bulleted list of expected phenomena, a pipe table of departments and alert levels, a sentence advising people to share the alert with elderly neighbours, and 'Conseils de comportement' subheading with bullets.",
body="""
nav Météo Hexagone
nav Prévisions
nav Cartes
nav Vigilance
nav Climat
res Rechercher une ville, un code postal
res Ma position
ban VIGILANCE ORANGE ORAGES – 3 départements concernés jusqu'à 23h
T Vigilance orange orages : grêle et rafales attendues sur le Lyonnais et le Beaujolais
ts Mis à jour le samedi 28 juin 2025 à 11h05
. Une dégradation orageuse marquée est attendue cet après-midi et en soirée sur l'est du pays. Trois départements sont placés en vigilance orange à partir de 14 heures.
. Département | Niveau | Début | Fin
. Rhône | orange | 14h | 23h
. Ain | orange | 15h | 23h
. Saône-et-Loire | orange | 14h | 22h
. Loire | jaune | 13h | 21h
. Après plusieurs jours de fortes chaleurs, l'arrivée d'air plus frais en altitude par l'ouest va déclencher des orages parfois violents. Ils se formeront d'abord sur le Massif central, puis se décaleront vers le nord-est en s'organisant en ligne.
. Phénomènes attendus
. - chutes de grêle de 3 à 5 centimètres de diamètre, localement plus ;
. - rafales de vent de 80 à 100 km/h sous les orages les plus forts ;
. - cumuls de pluie de 30 à 50 mm en moins d'une heure.
res Voir la carte en plein écran
res Légende : vert, jaune, orange, rouge
. Les vignobles du Beaujolais sont particulièrement exposés. Un épisode similaire, le 21 juin 2023, avait détruit une partie de la récolte sur une dizaine de communes. Les orages devraient s'évacuer vers la Suisse en fin de soirée.
nl Recevez les alertes de votre commune : téléchargez l'application gratuite.
. Conseils de comportement
. - Abritez-vous hors des zones boisées et ne vous abritez pas sous un arbre isolé.
. - Mettez à l'abri les objets susceptibles d'être emportés.
. - Évitez de circuler pendant l'orage et ne vous engagez pas sur une route inondée.
. Pensez à partager ces consignes avec vos voisins âgés ou isolés, qui ne consultent pas toujours les alertes en ligne.
. Dimanche, le temps redeviendra plus calme et nettement moins chaud, avec des maximales de 24 à 27 degrés.
rel Sur le même sujet
rel Pourquoi la grêle est-elle plus fréquente en juin ?
rel Canicule : le point sur les records de la semaine
soc Partager l'alerte
nav Mentions légales
cp © Météo Hexagone 2025
"""))

DOCS.append(dict(num=726, slug="es_agencia_sequia_embalses_andalucia", style="single", noise=0.1,
title="Los embalses andaluces cierran el verano al 19 % y la Junta amplía las restricciones de riego",
notes="Spanish press-agency wire page (drought/agriculture): agency menu and 'Servicios' (navigation), 'Área de clientes' login, a slug/keywords line (residue), dateline with '(AIN)' in the first paragraph kept, 'Redacción' credit, a 'Fotografía disponible para abonados' line with photo ID (credit), 'Compartir' row (social), 'Etiquetas:' line (tags), 'Noticias relacionadas' list, agency boilerplate (bio) and copyright; HARD NEGATIVES: a pipe table of reservoir levels, bulleted restriction measures, a one-line quote and a sentence saying the regional government did not want to comment on a date.",
body="""
nav Agencia Ibérica de Noticias
nav Nacional
nav Internacional
nav Economía
nav Servicios
nav Área de clientes
res ESP-SEQUÍA/ANDALUCÍA · agua, riego, embalses · 540 palabras
T Los embalses andaluces cierran el verano al 19 % y la Junta amplía las restricciones de riego
ts Actualizado: 22.09.2025 · 13.47 h CEST
. Sevilla, 22 sep (AIN).- Los embalses de la cuenca del Guadalquivir se encuentran al 19 por ciento de su capacidad al final del verano, el nivel más bajo para estas fechas desde 1995, según los datos publicados este lunes por la confederación hidrográfica.
. La Junta de Andalucía ha aprobado un decreto que amplía las restricciones de riego a catorce comunidades de regantes más y que permite a los ayuntamientos cortar el suministro nocturno si las reservas de agua potable bajan de tres meses.
. Embalse | Capacidad (hm³) | Nivel actual
. Iznájar | 981 | 14 %
. La Breña II | 823 | 17 %
. Giribaile | 475 | 11 %
. Negratín | 567 | 22 %
. Entre las medidas aprobadas figuran:
. - una dotación máxima de 1.000 metros cúbicos por hectárea para el olivar de regadío;
. - la prohibición de regar jardines públicos con agua potable;
. - ayudas de hasta 3.000 euros por explotación para instalar sensores de humedad.
. El consejero de Agricultura, Manuel Ortega Ruiz, defendió en rueda de prensa que el decreto es "duro pero necesario" y que la prioridad es "garantizar el agua de boca".
. "Sin lluvia en otoño, no habrá cosecha en 2026."
. Así lo resumió el presidente de la asociación de regantes de Jaén, Antonio Cazorla, quien calificó la dotación de insuficiente para mantener los olivos en producción. Los agricultores reclaman que se adelanten las obras de conexión con los embalses de la cuenca del Segura.
. Preguntado por una fecha para esas obras, el Gobierno andaluz no quiso comentar un calendario concreto y remitió a la confederación, que depende del Ministerio para la Transición Ecológica.
. Los meteorólogos prevén un otoño algo más lluvioso de lo normal, aunque advierten de que harían falta varias semanas de lluvias continuadas para recuperar los niveles.
cr Redacción: Carmen Villalobos
cr Fotografía disponible para abonados · ID 0922-SEV-0147
soc Compartir
tag Etiquetas: sequía · Andalucía · regadío · Guadalquivir
rel Noticias relacionadas
rel Cataluña levanta la emergencia por sequía en el área de Girona
rel El precio del aceite de oliva sube un 8 % en septiembre
bio La Agencia Ibérica de Noticias distribuye información en castellano, catalán y portugués a más de 400 medios.
cp © AIN 2025. Prohibida la reproducción total o parcial sin autorización.
"""))

DOCS.append(dict(num=727, slug="pt_agencia_greve_professores_exames", style="double", noise=0.08,
title="Greve de professores ameaça exames nacionais; ministério pede serviços mínimos",
notes="Portuguese (Portugal) news-agency site (education strike): agency menu run together on one line, 'Última hora' ticker (residue), section label, date-time line, an in-body 'PUBLICIDADE' label (ad), 'Leia também' inline link, caption and credit, 'Partilhar' buttons, 'Tópicos' tags, a 'Mais lidas' list and copyright; HARD NEGATIVES: a dateline with '(Lusíada)' in the first paragraph, a bulleted list of the unions' demands, a one-line quote, and a sentence in which the minister says he will not comment on figures.",
body="""
nav Agência Lusíada  País  Mundo  Economia  Desporto  Cultura  Vídeos
res Última hora: Aeroporto de Faro retoma voos após avaria no radar
nav País
T Greve de professores ameaça exames nacionais; ministério pede serviços mínimos
ts 09 jun 2025, 17:22
. Lisboa, 09 jun 2025 (Lusíada) - Os três maiores sindicatos de professores convocaram hoje uma greve às avaliações e aos exames nacionais entre 16 e 27 de junho, e o Ministério da Educação anunciou que vai pedir ao tribunal arbitral a fixação de serviços mínimos.
. A greve pode afetar cerca de 160 mil alunos do ensino secundário que têm exames marcados para esse período, incluindo as provas de Português e Matemática do 12.º ano.
ad PUBLICIDADE
. Os sindicatos exigem:
. - a recuperação integral do tempo de serviço congelado entre 2011 e 2017;
. - a redução da componente letiva dos professores com mais de 55 anos;
. - o fim das quotas de acesso aos escalões mais altos da carreira.
. "Não queremos prejudicar os alunos, queremos ser ouvidos."
. A frase foi repetida por vários dirigentes sindicais na conferência de imprensa conjunta, em Lisboa. Segundo a secretária-geral da Federação dos Professores do Centro, Helena Brás, as negociações com o ministério estão paradas desde março.
rel Leia também: Escolas com falta de professores de Informática no próximo ano
cap Professores em protesto frente ao Ministério da Educação, em Lisboa, em maio.
cr Foto: Rui Gaspar / Lusíada
. O ministro da Educação, Tiago Meireles, afirmou que o Governo está disponível para retomar as conversações na próxima semana, mas recusou comentar os números avançados pelos sindicatos sobre o custo da recuperação do tempo de serviço. Disse apenas que qualquer acordo "terá de caber no orçamento".
. Em 2023, uma greve semelhante levou o tribunal arbitral a decretar serviços mínimos para a vigilância dos exames, o que permitiu que as provas decorressem quase sem perturbações.
. A Confederação Nacional de Associações de Pais lembrou que muitos alunos precisam das notas dos exames para concorrer ao ensino superior.
. Associações de pais pediram às duas partes que cheguem a acordo antes do início dos exames, a 16 de junho.
soc Enviar para o Facebook
soc Partilhar por e-mail
tag Tópicos: educação · greve · exames nacionais
rel Mais lidas
rel Preço dos combustíveis desce pela terceira semana
rel Incêndio em Monchique obriga a cortar estrada nacional
cp © Agência Lusíada 2025. Todos os direitos reservados.
"""))

DOCS.append(dict(num=728, slug="it_sito_sport_tappa_giro_dolomiti", style="single", noise=0.1,
title="Giro, tappa delle Dolomiti a Valcarenghi: Brambilla resta in rosa per 11 secondi",
notes="Italian sports website (cycling): site menu and sports sections, 'Ciclismo › Giro d'Italia' breadcrumb (navigation), live-text link 'Segui la diretta' (residue), author line and a 'modificato' time line (byline/timestamp), 'Lettura stimata' (reading-time), a video label ('VIDEO | Gli ultimi 3 km') (caption), inline 'LEGGI ANCHE' link, a 'Pubblicità' label, caption with credit, 'Classifica completa' link (residue), comments teaser with count (comments) and footer with VAT number (copyright); HARD NEGATIVES: numbered stage results and general classification with times, a one-line quote, and a sentence about fans sharing videos of the climb.",
body="""
nav SportPiù
nav Calcio
nav Ciclismo
nav Motori
nav Tennis
nav Ciclismo › Giro d'Italia
res Segui la diretta testuale
T Giro, tappa delle Dolomiti a Valcarenghi: Brambilla resta in rosa per 11 secondi
by di Matteo Rinaldi
ts 24/5/2025 ore 18.41 · modificato
rt Lettura stimata: 3 min
. Lo spagnolo Iker Valcarenghi ha vinto la quindicesima tappa del Giro d'Italia, 178 chilometri da Feltre al Passo Rolle, staccando il gruppo dei migliori negli ultimi cinque chilometri della salita finale. Luca Brambilla ha difeso la maglia rosa per appena 11 secondi.
cap VIDEO | Gli ultimi 3 km della salita al Passo Rolle
. Arrivo di tappa
. 1. Iker Valcarenghi (Esp) in 4h38'12"
. 2. Tobias Lindqvist (Sve) a 0'24"
. 3. Luca Brambilla (Ita) a 0'31"
. 4. Jonas Aerts (Bel) a 0'31"
rel LEGGI ANCHE: Giro, il percorso della terza settimana tappa per tappa
. Classifica generale
. 1. Luca Brambilla (Ita) in 62h14'05"
. 2. Iker Valcarenghi (Esp) a 0'11"
. 3. Tobias Lindqvist (Sve) a 1'02"
ad Pubblicità
. Valcarenghi, nato a Bilbao da padre italiano, è partito a 4,8 chilometri dal traguardo sulla pendenza più dura e soltanto Lindqvist ha provato a seguirlo per qualche centinaio di metri. Brambilla è salito del suo passo, aiutato dal compagno di squadra Aerts, limitando i danni.
. «Ho sofferto, ma la maglia è ancora qui.»
. Così il leader al traguardo, visibilmente stanco. Il corridore lombardo aveva quasi un minuto di vantaggio prima della tappa e ora dovrà difendersi nella cronometro di martedì, una specialità in cui Valcarenghi è più forte.
cap Iker Valcarenghi taglia il traguardo del Passo Rolle a braccia alzate.
cr Foto: Agenzia Fotosport / Davide Zanella
. Lungo la salita migliaia di tifosi, molti arrivati dal Trentino e dal Veneto già all'alba. Sui social molti hanno condiviso i video del passaggio dei corridori tra due ali di folla a pochi metri dalla cima.
. Dietro ai primi quattro, la tappa ha rimescolato la classifica: il francese Hugo Marchand, quinto al mattino, ha perso oltre quattro minuti in una crisi sugli ultimi tornanti ed è scivolato al nono posto.
. Domani è previsto il secondo giorno di riposo. Mercoledì si riparte con la cronometro individuale di 34 chilometri da Cavalese a Predazzo.
res Classifica completa
com Commenti (86)
cp SportPiù S.r.l. – P.IVA 01234560987 – Tutti i diritti riservati
"""))

DOCS.append(dict(num=729, slug="ru_dzen_fermer_syrovarnya_kooperativ", style="mixed", noise=0.12, ws=True, trailing_blank=True,
title="Как три фермера из-под Вологды открыли общую сыроварню и что из этого вышло",
notes="Dzen (Yandex Zen-like) channel article in Russian (business/agriculture): platform top bar, channel name with subscriber count and 'Подписаться' button (navigation/social), date and 'мин' reading time, view count (residue), 'Нравится' like counter and share row (social), a mid-article 'Реклама' label with an advertiser line (ad), a channel promo 'Читайте также на канале' (related), the comments block with two comments and 'Ответить' controls (comments), and footer; HARD NEGATIVES: a bulleted list of costs, a subheading, a one-line quote, and a sentence in which the author asks readers to share their own cheese-making experience in the comments.",
body="""
nav Дзен
nav Новости
nav Статьи
nav Видео
nav Фермерские будни | Андрей Колосов
res 48,6 тыс. подписчиков
soc Подписаться
T Как три фермера из-под Вологды открыли общую сыроварню и что из этого вышло
ts 12 марта
rt 5 мин
res 31 тыс. просмотров
. Три года назад мой сосед Сергей Лапин, фермер из деревни Нижнее Кубенское, пришёл ко мне с предложением: скинуться и построить сыроварню на троих. Своего молока у каждого из нас было немного, а сдавать его на молокозавод становилось всё менее выгодно.
. Рассказываю, как это было, сколько стоило и что мы поняли за три года.
. Сколько ушло на старт
. - помещение: старый гараж колхоза, купили за 900 тысяч рублей;
. - оборудование: сыроварня на 500 литров, пресс, камера созревания — около 2,4 миллиона;
. - обучение: две поездки на курсы сыроделов в Ярославль.
. Часть денег дал региональный грант для сельхозкооперативов, остальное взяли в кредит под залог техники.
ad Реклама
ad Агромаркет «Поле»: доильное оборудование в рассрочку
. Первый год был тяжёлым. Мы испортили почти тонну сыра, пока не научились держать температуру в камере созревания. Зато к концу второго года наш полутвёрдый сыр «Кубенский» уже брали три магазина в Вологде и один ресторан в Москве.
. Что получилось
. Сейчас кооператив перерабатывает около 1200 литров молока в день. Закупочная цена для нас самих выше, чем на молокозаводе, примерно на пять рублей за литр, а сыр приносит прибыль, которую мы делим по объёму сданного молока.
. «Один бы я это не потянул».
. Так говорит Сергей, и я с ним согласен. Трудно было договориться о деньгах и о том, кто за что отвечает. Мы записали всё в устав, даже кто моет пол в сыроварне по выходным.
. Сейчас мы думаем о втором продукте — мягком сыре с плесенью. Для него нужна отдельная камера, и на неё снова придётся искать деньги. Решение примем осенью, когда посчитаем итоги года.
. Если вы тоже думаете о своей сыроварне или уже делаете сыр, поделитесь опытом в комментариях — отвечу всем.
soc Нравится 1,2 тыс.
soc Поделиться
rel Читайте также на канале
rel Почему я перестал держать коз
com Комментарии 94
com Марина В.
com Молодцы! А сколько литров молока уходит на килограмм сыра?
com Ответить
com Пётр из Кирова
com У нас в районе пытались так же, но разругались на втором году.
com Ответить
cp © 2025 ООО «Дзен.Платформа»
"""))

DOCS.append(dict(num=730, slug="uk_portal_kharkiv_energetyky_remont", style="single", noise=0.1,
title="Харківські енергетики за добу повернули світло 60 тисячам родин після нічної атаки",
notes="Ukrainian news portal (conflict: Russian strikes on energy infrastructure in Kharkiv): portal menu, air-raid-alert widget ('Повітряна тривога' status) (banner), section label, author and date, reading time, 'Читайте також:' inline links, a 'Реклама' label, caption with credit, 'Підписуйтесь на наш Telegram-канал' prompt (social), 'Теги:' line, 'Новини партнерів' block (related/ad) and copyright; HARD NEGATIVES: a dateline inside the first paragraph, a bulleted list of the repair figures, a one-line quote, and a sentence asking residents to share information only from official channels.",
body="""
nav Слобожанські вісті
nav Новини
nav Харків
nav Війна
nav Економіка
ban Повітряна тривога: Харківська область — відбій о 05:12
nav Харків
T Харківські енергетики за добу повернули світло 60 тисячам родин після нічної атаки
by Автор: Оксана Дорошенко
ts 18 листопада 2025, 19:30
rt Час читання: 3 хв
. ХАРКІВ — Енергетики Харківщини за добу відновили електропостачання для понад 60 тисяч родин, які залишилися без світла після нічного удару по об'єкту енергетичної інфраструктури на околиці міста, повідомили в обласній енергокомпанії.
. За даними компанії, внаслідок атаки було пошкоджено трансформаторну підстанцію та дві лінії електропередачі. Постраждалих серед працівників немає.
rel Читайте також: У Харкові відкрили ще 12 пунктів незламності
. Що зробили ремонтники за добу
. - замінили 3 кілометри кабелю та 14 опор;
. - підключили резервний трансформатор, привезений з іншої області;
. - запустили мобільні генератори для двох лікарень і водоканалу.
ad Реклама
. Бригади працювали всю ніч, попри повторну повітряну тривогу. Один з майстрів, Віктор Гайдамака, розповів, що це вже сьома така атака на його ділянці з початку осені.
. «Ми вже знаємо цю підстанцію напам'ять».
cap Ремонтна бригада на пошкодженій лінії електропередачі, 18 листопада.
cr Фото: Харківобленерго
. У компанії попередили, що в найближчі дні можливі графіки відключень, оскільки резервна потужність обмежена. Мешканців просять економно користуватися електроприладами у вечірні години, з 17:00 до 22:00.
. Через постійні атаки енергетики не встигають повністю відновити мережу між ударами. За словами директора компанії Ігоря Савченка, запас обладнання на складах зменшився вдвічі порівняно з минулою зимою, а частину трансформаторів доводиться ремонтувати замість того, щоб замінювати.
. «Ми лагодимо те, що вже лагодили двічі. Але люди мають бути зі світлом», — сказав він журналістам на місці ремонту.
. Міська влада нагадала, що в Харкові працюють понад 400 пунктів обігріву та зарядки телефонів. Їх адреси оприлюднено на сайті міської ради.
. У школах області навчання цього тижня частково проходитиме дистанційно. Управління освіти пояснило, що не всі укриття в навчальних закладах мають резервне живлення, а без світла діти не можуть перебувати в них довго.
. Мешканців також просять поширювати інформацію про відключення лише з офіційних каналів енергокомпанії, оскільки в мережі з'являються фальшиві графіки.
soc Підписуйтесь на наш Telegram-канал, щоб першими дізнаватися новини Харкова
tag Теги: енергетика, обстріли, Харків
rel Новини партнерів
rel Ціни на дрова в області зросли на третину
cp © 2025 «Слобожанські вісті». Усі права захищені.
"""))

DOCS.append(dict(num=731, slug="pl_portal_zdrowie_kolejki_kardiolog", style="single", noise=0.1,
title="Na kardiologa w Lubińcu czeka się 14 miesięcy. Szpital otwiera dodatkową poradnię",
notes="Polish news portal (health): portal menu, 'Zdrowie' label, 'Posłuchaj artykułu' audio control (caption), author line and date, 'Artykuł sponsorowany' box mid-text (ad), 'Przeczytaj także:' inline link, caption and credit, 'Tagi:' line, 'Oceń artykuł' rating stars (residue), 'Masz temat? Napisz do nas' widget (residue), a discussion teaser 'Dyskusja (23)' with a comment (comments), and footer; HARD NEGATIVES: a pipe table of waiting times, a bulleted list of how to register, a one-line quote and a sentence about patients sharing their referrals.",
body="""
nav Portal Śląsk Plus
nav Wiadomości
nav Zdrowie
nav Sport
nav Pogoda
nav Zdrowie
T Na kardiologa w Lubińcu czeka się 14 miesięcy. Szpital otwiera dodatkową poradnię
cap Posłuchaj artykułu
by Magdalena Żurawska
ts 07.10.2025, 06:00
. Pacjenci ze skierowaniem do poradni kardiologicznej w Lubińcu czekają obecnie średnio 14 miesięcy na pierwszą wizytę. Od listopada szpital powiatowy otworzy drugą poradnię, która ma skrócić kolejkę o połowę.
. Średni czas oczekiwania (przypadek stabilny)
. Poradnia | Lubiniec | Średnia w województwie
. Kardiologiczna | 14 mies. | 7 mies.
. Endokrynologiczna | 9 mies. | 8 mies.
. Neurologiczna | 5 mies. | 6 mies.
. Dyrektor szpitala Andrzej Konieczny przyznał, że kolejka rosła od czasu, gdy dwóch kardiologów przeszło na emeryturę. Nowa poradnia będzie czynna w poniedziałki i czwartki po południu, a przyjmować w niej będą lekarze z oddziału kardiologii.
ad Artykuł sponsorowany
ad Badania serca bez skierowania — sprawdź ofertę Centrum Medycznego Kardio-Vita
. „To nie rozwiąże wszystkiego, ale to początek”.
. Tak nową poradnię ocenia Teresa Malinowska, która na wizytę czeka od lutego. Jak mówi, ona i inni pacjenci w kolejce przekazywali sobie skierowania i numery telefonów do prywatnych gabinetów.
rel Przeczytaj także: Nocna pomoc lekarska w Lubińcu tylko w jednym miejscu
cap Budynek poradni specjalistycznych szpitala w Lubińcu.
cr Fot. Krzysztof Wąs
. Jak zapisać się do nowej poradni
. - zapisy ruszają 20 października, telefonicznie i w rejestracji szpitala;
. - potrzebne jest ważne skierowanie, także elektroniczne;
. - osoby już czekające w kolejce nie muszą zapisywać się ponownie — szpital sam przeniesie część terminów.
. Problem nie dotyczy tylko Lubińca. W całym powiecie brakuje specjalistów, a pacjenci coraz częściej jeżdżą do poradni w Katowicach i Częstochowie, gdzie kolejki są krótsze, choć dojazd zajmuje ponad godzinę. Lekarze rodzinni mówią, że część chorych rezygnuje z wizyty i trafia do szpitala dopiero w stanie nagłym.
. Narodowy Fundusz Zdrowia zapowiedział, że zwiększy szpitalowi kontrakt na kardiologię o około 900 tys. zł rocznie. Dyrekcja szuka też dodatkowego lekarza, ale — jak przyznaje — na razie bez skutku. Ogłoszenie o pracy wisi na stronie szpitala od wiosny.
tag Tagi: kardiologia, kolejki do lekarzy, Lubiniec
res Oceń artykuł
res ★★★★☆ 4,1 (58 głosów)
res Masz temat? Napisz do nas
com Dyskusja (23)
com ~Pacjentka: Czekam od roku, dzwoniłam trzy razy i nikt nie wie, kiedy.
cp © 2025 Śląsk Plus Media Sp. z o.o.
"""))
