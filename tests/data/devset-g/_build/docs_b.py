DOCS = []

DOCS.append(dict(num=708, slug="portal_syndication_pension_age_reform", style="single", noise=0.1,
title="Pension age to rise to 68 by 2036 under plan backed by cabinet",
notes="MSN/Yahoo-style syndication portal (business/politics); HARD DOCUMENT: most lines are debris. Portal top bar with search and weather widget (residue), a 'Money' section label, the partner's name and 'Story by' line (byline), a 'Sponsored' native-ad block in the body, a 'Continue reading' divider, reaction/thumb counters, a 'More for you' feed of unrelated teasers with sources, and a feedback control and legal footer; HARD NEGATIVES: a pipe table of birth-year cohorts, a sentence quoting a union leader about 'advertising campaigns', and a one-line quote.",
body="""
nav Nuvola Start
res Search the web
res 14°C Partly cloudy · Harnford
nav Money
nav Markets
nav Personal finance
by Published by The Harnford Courier
by Story by Ravi Menon-Clarke
ts 1d
T Pension age to rise to 68 by 2036 under plan backed by cabinet
. The state pension age will rise to 68 for everyone born after April 1968 under proposals approved by the cabinet on Tuesday, bringing forward an increase that had been pencilled in for the 2040s.
. The change, which still needs a vote in parliament, would affect about 6 million people who are now in their fifties. Ministers say the pension system cannot stay affordable as life expectancy rises and the number of workers per retiree falls.
. Who is affected
. Born | Current pension age | Proposed
. Before April 1961 | 66 | 66
. April 1961 – March 1968 | 67 | 67
. After April 1968 | 67 | 68
ad Sponsored
ad Retiring soon? This free calculator shows how much you really need
ad Ardent Wealth Planning
res Continue reading
. Work and pensions minister Sofia Lindahl said the decision had been "difficult but unavoidable", and that workers in physically demanding jobs would be able to apply for an early pension from 65 under a new health assessment.
. "Nobody was elected to hand the next generation a bill it cannot pay."
. Union leaders reacted with anger. Greg Hollister, general secretary of the Allied Trades Union, said the government had spent more on advertising campaigns for its pension app than on preparing for the change. He said people in manual jobs often died earlier and would now receive their pension for fewer years.
. The Institute for Retirement Studies estimated that the change would save the Treasury about £9 billion a year by the late 2030s. Its director, Naomi Achterberg, said the bigger question was whether employers would keep older staff on. "Raising the age only works if there are jobs for people to stay in," she said.
. The opposition said it would vote against the bill. A vote is expected before the summer recess.
soc 212
soc 48
soc 1.1K
res Give feedback
rel More for you
rel Harnford Courier · 3h
rel Council tax bills to rise by up to 5% in April
rel Travel Daily · 8h
rel The 12 quietest beaches left in southern Europe
rel Kitchen Weekly · 1d
rel This one cleaning trick will save your oven
rel Motoring Now · 2d
rel Used car prices fall for the sixth month in a row
nav Privacy & Cookies
nav Terms of use
cp © 2025 Nuvola Digital
"""))

DOCS.append(dict(num=709, slug="tv_station_tornado_warning_recap", style="mixed", noise=0.12, ws=True,
title="Tornado confirmed near Callard as storms knock out power to 40,000",
notes="Regional TV station website (weather): a red 'WEATHER ALERT' ticker (banner), station menu with 'Watch Live' and 'Closings' links, a video-player block with duration and 'Now playing' (caption/residue), byline with station title, 'Updated:' and 'Published:' lines, an in-body 'Download the First Alert Weather app' pitch (newsletter), caption with credit, 'Tap here to see the radar' link (residue), 'Report a typo' line, 'Trending on KCLW' list and footer with FCC public file link; HARD NEGATIVES: a bulleted list of outages by county, a short National Weather Service quote, a sentence saying viewers shared photos of the funnel, and 'Update (9:40 p.m.):' paragraph.",
body="""
ban WEATHER ALERT: Tornado Watch for Callard, Pike and Osage counties until 11 p.m.
nav KCLW 7
nav News
nav Weather
nav Watch Live
nav Closings
nav Contests
T Tornado confirmed near Callard as storms knock out power to 40,000
cap Now playing
cap Storm damage in Callard: first look from SkyCam 7
res 2:14
by By Brianna Ketchum, KCLW 7 Meteorologist
ts Updated: 9:52 PM CDT May 6, 2025
ts Published: 6:18 PM CDT May 6, 2025
. CALLARD, Okla. — The National Weather Service confirmed Tuesday evening that a tornado touched down about three miles southwest of Callard, damaging a church, a grain elevator and several homes along County Road 22.
. No deaths have been reported. The Pike County emergency manager said two people were taken to hospital with minor injuries.
. The storm developed shortly after 5 p.m. and moved northeast at about 35 mph. A tornado warning was issued at 5:31 p.m., about 12 minutes before the first reports of a funnel cloud. Many viewers shared photos of the funnel from the highway.
nl Get alerts on your phone: download the First Alert Weather app for free.
. "We will have a survey team in Callard at first light," said Dana Whitlock, warning coordination meteorologist at the weather service office. "Until then we will not guess at a rating."
cap The roof of Callard First Baptist Church lies across County Road 22 on Tuesday evening.
cr (Photo: viewer Jesse Amundsen)
. Power outages at 9 p.m.
. - Pike County: about 17,500 customers
. - Callard County: about 14,000 customers
. - Osage County: about 8,800 customers
. Prairie Electric Cooperative said crews from three neighbouring utilities were on their way but that some rural customers might be without power until Thursday.
. The Callard school district cancelled classes for Wednesday. The Red Cross opened a shelter at the Callard Community Center for anyone who cannot stay in their home.
res Tap here to see the live radar.
. Update (9:40 p.m.): The weather service said a second, weaker tornado may have touched down near Osage Lake. A survey team will look at that damage on Wednesday as well.
. More storms are possible on Thursday afternoon, mainly east of Interstate 35. Chief meteorologist Ron Vasquez said the risk would be lower than Tuesday's but that large hail was likely.
res Spot an error? Report a typo here.
rel Trending on KCLW
rel Callard school board picks new superintendent
rel Why is gas cheaper in Pike County than in the city?
rel Rodeo grounds to get $2 million upgrade
nav FCC Public Inspection File
nav EEO Report
cp Copyright 2025 by KCLW Broadcasting. All rights reserved.
"""))

DOCS.append(dict(num=710, slug="liveblog_tigray_aid_convoys_reopen", style="single", noise=0.08,
title="Live: first aid convoys cross into Tigray as road reopens",
notes="Live blog (conflict aftermath, Tigray): 'LIVE' badge and 'Last updated' line (banner/timestamp), 'Key events' box listing entry headlines (navigation), 'Show key events only' toggle and 'Please turn on JavaScript' notice (residue), auto-refresh control, a share button on an entry, an embedded-post placeholder (shortcode), 'Load earlier updates' pager and footer; CONVENTION (the project's, as in devset-c/d/e and heldout): the clock times that head each live-blog entry are `timestamp` debris, like the page-level 'Last updated' line. HARD NEGATIVES: the host's own 'Hello and welcome' entry, a bulleted list of convoy contents, a one-line quote, and a sentence about aid workers being asked not to share convoy positions.",
body="""
ban LIVE
ts Last updated 7 minutes ago
nav World
nav Africa
T Live: first aid convoys cross into Tigray as road reopens
nav Key events
nav 3h ago Convoy reaches Mekelle outskirts
nav 5h ago Ethiopian government confirms route is open
res Show key events only
res Please turn on JavaScript. Key events use it to function.
res Auto-update on
ts 14:32
. The first trucks have reached the outskirts of Mekelle, according to a driver who spoke to our correspondent by phone. He said the last checkpoint waved them through after about forty minutes.
. "The road is bad but it is open. That is all we wanted."
soc Share this update
ts 13:05
. The World Food Programme says the first convoy is carrying:
. - 1,100 tonnes of wheat and sorghum
. - 90 tonnes of nutritional supplements for children under five
. - 14 tonnes of medical supplies, including insulin and antibiotics
. The agency says a second convoy of 60 trucks is waiting in Semera and should leave tomorrow morning.
sc [embed-post id="a77c0"]
ts 11:48
. Aid workers travelling with the convoy have been asked by the agencies not to share their exact location on social media until the trucks are unloaded, a humanitarian official told us.
ts 10:20
. The Ethiopian government has confirmed that the Afar–Tigray road is open to humanitarian traffic from today. In a statement, the ministry of peace said the route would be open "for as long as conditions allow" and that trucks would be inspected at two points.
. The road had been closed for much of the past month after clashes between local militias, part of the tensions that have continued since the 2022 Pretoria agreement ended the war in Tigray.
ts 09:15
. Hello and welcome. Today we are following the first aid convoys to travel the road from Afar into Tigray since it was closed in early March. Our East Africa correspondent Mehret Tesfaye is in Semera, where the trucks set out at dawn.
. Health officials in Mekelle say stocks of some drugs have run out entirely, and that malnutrition among children under five in displacement camps has risen since the closure. Almost a million people remain displaced in the region more than two years after the fighting stopped.
nav Load earlier updates
soc Send this to WhatsApp
soc Copy link to this live blog
cp © 2025 Horizon World Service
"""))

DOCS.append(dict(num=711, slug="wire_gaza_desalination_plant_repair", style="double", noise=0.06,
title="Gaza desalination plant restarts after repairs, but fuel limits output",
notes="Wire-service page of an invented news agency (conflict: Gaza): agency masthead and service menu, 'Subscriber login' link, a slug line with priority code and word count (residue), dateline kept in the first paragraph, 'Reporting by ...; Editing by ...' line (credit), a 'How we report' editorial-charter link (residue), a photo-licensing line with image ID (credit), a 'Purchase Licensing Rights' link (ad), a 'Topics' tag row, an agency boilerplate paragraph (bio) and copyright; HARD NEGATIVES: a bulleted list of output figures, a one-line quote, a sentence saying the agency could not independently verify figures, and a 'Correction:' paragraph.",
body="""
nav MERIDIAN PRESS AGENCY
nav World
nav Business
nav Markets
nav Subscriber login
res MIDEAST-GAZA/WATER (UPDATE 2) · Priority 3 · 612 words
T Gaza desalination plant restarts after repairs, but fuel limits output
ts July 17, 2025 10:24 AM GMT+3
. DEIR AL-BALAH, Gaza Strip, July 17 (MPA) — A seawater desalination plant in central Gaza resumed operating on Thursday after weeks of repairs, but its managers said a shortage of fuel meant it was running at less than a third of its capacity.
. The plant, built with European funding in 2017, was designed to produce about 6,000 cubic metres of drinking water a day. It stopped working in the spring after its power connection was cut and several pumps were damaged.
. Engineers from the local water utility replaced the pumps with parts brought in through an aid crossing and connected the plant to a generator. The plant now produces about 1,800 cubic metres a day, the utility said.
. - Before the war, Gaza's residents used an average of about 80 litres of water per person per day.
. - Aid agencies estimate that many displaced families now have access to fewer than 6 litres.
. - The World Health Organization's emergency minimum is 15 litres per person per day.
. "Every litre we make goes straight to the trucks," said plant manager Yousef Abu Ramadan. "People are waiting with jerrycans before we open."
. The Israeli military body that coordinates aid deliveries said it had approved the entry of the spare parts and additional fuel for water facilities. Meridian could not independently verify how much fuel had reached the plant.
. Aid groups say contaminated water has contributed to outbreaks of diarrhoeal disease and hepatitis A in shelters across the territory. UNICEF said on Tuesday that cases of acute watery diarrhoea among children under five had doubled since May.
. The utility said it hoped to run the plant at full capacity if it could secure a steady supply of diesel or reconnect it to a power line from Israel, which was disconnected in October 2023.
. Correction: An earlier version of this story misstated the year the plant was built. It was completed in 2017, not 2019.
cr Reporting by Nidal Haddad in Deir al-Balah and Avital Koren in Jerusalem; Editing by Frances Oyelaran
res How we report: the Meridian editorial charter
cr MPA photo ID 2025-07-17T091233Z_GAZ04
ad Purchase licensing rights
tag Topics: Middle East · Humanitarian · Water
bio Meridian Press Agency supplies news, pictures and video to more than 1,200 media subscribers in 94 countries.
cp © 2025 Meridian Press Agency. Redistribution without written consent is prohibited.
"""))

DOCS.append(dict(num=712, slug="sports_results_page_river_regatta", style="single", noise=0.1,
title="Holm Rowing Club sweeps the eights at the Aldwater Regatta",
notes="Sports results page of a regional sports site (rowing): sports menu, 'Results centre' tabs (navigation), 'Match report' label, byline and timestamp, an advertising-supported notice before the results (ad), a 'Full results' pager tab, caption with credit, a 'Coming up on the water' widget (related), and footer; HARD NEGATIVES: numbered results lists with times, a subheading per event, a short coach quote, and a sentence about spectators sharing the finish on social media.",
body="""
nav Aldwater Sport
nav Football
nav Rugby
nav Rowing
nav Athletics
nav Results centre
nav Report
nav Full results
nav Photos
T Holm Rowing Club sweeps the eights at the Aldwater Regatta
by By Freddie Lascelles
ts Sunday 15 June 2025, 19:05
. Holm Rowing Club won both the men's and women's senior eights at the Aldwater Regatta on Sunday, the first time one club has taken both titles since 2009.
. The men's crew beat the defending champions, Aldwater University, by three-quarters of a length in a final that was level until the last 200 metres. The women won more comfortably, finishing almost four seconds clear of Thornbury.
. "We trained for a close finish because we expected one," said Holm head coach Marit Eikeland. "The last twenty strokes were the best we have rowed all year."
ad Our journalism is supported by advertising — the report continues after this message
. Men's senior eights, final
. 1. Holm RC 5:41.8
. 2. Aldwater University BC 5:43.9
. 3. Kingsmead RC 5:47.2
. 4. Thornbury RC 5:52.0
. Women's senior eights, final
. 1. Holm RC 6:18.4
. 2. Thornbury RC 6:22.1
. 3. Aldwater University BC 6:25.6
cap Holm's women's eight cross the line at Aldwater Bridge.
cr Photograph: Sasha Greenhalgh
. Aldwater University had been favourites in the men's final after winning at the Castlebridge Head earlier in the season. Their stroke, Tomasz Wielgosz, said his crew had gone off too fast. "We paid for the first minute in the last minute," he said.
. Conditions were difficult in the morning heats, with a crosswind on the upper reach, but calmed by the afternoon. Spectators lined both banks from the bridge to the boathouses, and many shared video of the men's finish on social media within minutes.
. In the junior events, Kingsmead won the J18 quadruple sculls and Thornbury the J16 coxed fours. The single sculls went to Aldwater's Ingrid Falk, who beat her sister Sanna in the final.
. The regatta committee said entries had risen to 412 crews, a record for the event, and that it would consider adding a third day next year.
rel Coming up on the water
rel Sat 21 June: Castlebridge Sprints
rel Sun 29 June: Thornbury Town Regatta
nav All rowing news
cp © Aldwater Sport 2025
"""))

DOCS.append(dict(num=713, slug="obituary_page_retired_midwife_guestbook", style="mixed", noise=0.12, ws=True, trailing_blank=True,
title="Edith Marguerite Oyelowo-Barnes, 1934–2025",
notes="Funeral-home / newspaper obituaries page (obituary): obituaries menu, funeral-home name and 'Arrangements by' line (bio), 'Send flowers' button and a florist ad (ad), 'Post a memory' button and candle counter (social), the guest book with entries and 'Add your condolence' form (comments), 'Service information' widget lines that repeat the service details (residue), 'Other obituaries' list and copyright; HARD NEGATIVES: the date range in the title, a list of survivors, a sentence in which the family asks mourners to share photos at the service, and a line on donations in lieu of flowers that is part of the notice.",
body="""
nav Tarrow Valley Record
nav Obituaries
nav Submit a death notice
nav Search obituaries
T Edith Marguerite Oyelowo-Barnes, 1934–2025
ad Send flowers
soc Post a memory of Edith
soc 27 candles lit
. Edith Marguerite Oyelowo-Barnes, who delivered more than 3,000 babies in the Tarrow Valley over a career of 41 years, died peacefully at home in Lower Quenby on 3 March 2025. She was 90.
. Born in Lagos in 1934, Edith trained as a nurse in Ibadan and came to England in 1957 to study midwifery at the Royal Lyndon Hospital. She met her husband, Arthur Barnes, a schoolteacher, at a dance in the nurses' home, and the couple settled in Lower Quenby in 1962.
. For most of the next four decades she was the community midwife for the villages of the upper valley, travelling first by bicycle and later in a green Morris Minor that became well known on the farm tracks. She delivered babies in farmhouses, caravans and, on one occasion, the back of a milk lorry.
. In 1978 she founded the valley's first antenatal class for fathers, which she ran in the village hall for twenty years. She was appointed MBE in 1995 for services to midwifery.
. After retiring she volunteered at the Quenby food bank and served on the parish council, where she campaigned successfully for a pedestrian crossing outside the primary school.
. She is survived by:
. - her children, Grace, Samuel and Ruth;
. - seven grandchildren and two great-grandchildren;
. - her sister, Folake, of Abeokuta.
. Arthur died in 2011.
. A service of thanksgiving will be held at St Michael's Church, Lower Quenby, on Friday 21 March at 2pm. The family asks mourners to bring and share photographs of Edith at the reception in the village hall afterwards.
. Family flowers only. Donations in lieu of flowers may be made to the Tarrow Valley Neonatal Unit.
res Service information
res Fri 21 Mar · 2:00 PM · St Michael's Church
ad Flowers from Petal & Stem, Tarrow's local florist — delivered to the service
com Guest book
com Add your condolence
com Janet Pryce, Upper Quenby
com She delivered both my daughters and came back every day for a week after each. A remarkable woman.
com The Holloway family
com Mrs Barnes taught my husband how to hold our son. He still talks about it forty years later.
bio Arrangements by Whitcombe & Sons Funeral Directors, Tarrow
rel Other recent notices
rel Harold James Pennock
rel Mary Louisa Strand
cp © Tarrow Valley Record 2025
"""))

DOCS.append(dict(num=714, slug="trade_journal_container_freight_rates", style="single", noise=0.08,
title="Asia–Europe spot rates fall 18% as new ships flood the trade",
notes="Trade journal (shipping/business) with metered paywall: journal menu and 'Premium' label, market-data ticker line (residue), author line with job title, a registration wall that lets the article through (newsletter), 'Related content' box mid-article, a webinar promotion (ad), a 'Data source' line inside the chart block (credit), 'Topics' tags, author bio, 'Reprints & permissions' (residue) and copyright; HARD NEGATIVES: a pipe table of rates by route, a bulleted list of new capacity, a one-line quote and a sentence about carriers advertising blank sailings.",
body="""
nav Liner Trade Review
nav Containers
nav Ports
nav Tankers
nav Data hub
nav Premium
res SCFI 1,742 ▼3.1% · Brent $71.20 ▲0.4% · EUR/USD 1.092
T Asia–Europe spot rates fall 18% as new ships flood the trade
by Hendrik Valstad, Senior Markets Correspondent
ts Tue 12 Aug 2025 06:15 BST
nl You have 2 free articles left this month. Register now for unlimited access to market news.
. Spot rates for shipping a container from Shanghai to northern Europe fell by 18 per cent over the past four weeks, as a wave of newly built ships entered service faster than carriers could retire older tonnage.
. Rates by route
. Route | Per 40ft, 8 Aug | Change over 4 weeks
. Shanghai–Rotterdam | $2,310 | -18%
. Shanghai–Genoa | $2,620 | -14%
. Shanghai–Los Angeles | $2,040 | -6%
cr Data: Freightline Index; LTR analysis
. The decline has been sharpest on the Asia–north Europe route, where capacity has grown by about 11 per cent this year.
rel Related content
rel Carriers cut Red Sea surcharges as traffic returns
rel Port of Hallgrund to expand terminal by 2028
. Where the capacity is coming from
. - 41 ships of more than 15,000 TEU delivered so far in 2025
. - a further 27 due before the end of the year
. - only 9 large ships sent for scrapping since January
. Several carriers have advertised blank sailings for late August and September, cancelling scheduled departures to take capacity out of the market. Analysts doubt it will be enough.
. "The order book is the problem, not the season," said Lise Brandvold, head of research at the consultancy Tidewater Analytics. "Those ships are coming whether the cargo is there or not."
. Shippers are beginning to push for lower rates in annual contracts, which are usually negotiated in the autumn. A European furniture importer told LTR it expected to pay a third less than last year.
. Carriers have so far kept profits high thanks to the longer voyages around southern Africa, which absorbed spare ships. A full return to the Suez Canal route would release even more capacity into the market.
ad Webinar, 4 September: Contract season 2026 — what shippers should ask for. Register free.
tag Topics: Container shipping · Freight rates · Asia–Europe
bio Hendrik Valstad has covered container markets for LTR since 2016. He is based in Oslo.
res Reprints & permissions
cp © 2025 Liner Trade Review Ltd. Registered in England No. 04477120.
"""))

DOCS.append(dict(num=715, slug="council_site_bin_collection_changes", style="single", noise=0.1,
title="Bin collection days are changing from 6 October",
notes="Local council website news page (local services): GOV-style header with 'Report it / Pay it / Apply for it' menu, a 'Your cookie settings' box (newsletter), breadcrumbs, 'Last updated' line, a 'Did this page answer your question?' feedback widget (residue), 'Related pages' list, 'Contact us' block (residue) and the council footer; HARD NEGATIVES: a postcode lookup instruction that is part of the notice, a pipe table of old and new days by area, a bulleted list of what goes in each bin, and a sentence telling residents to share the news with neighbours who are not online.",
body="""
nl Your cookie settings
nl Thornmere District Council puts small files on your device to remember your settings and measure how the site is used.
nl Accept analytics
nl Reject analytics
nav Thornmere District Council
nav Report it
nav Pay it
nav Apply for it
nav Home > Bins and recycling > News
T Bin collection days are changing from 6 October
ts Last updated: 1 September 2025
. Your bin collection day may change from Monday 6 October. We are reorganising our collection rounds because of new housing in the north of the district and a new recycling depot at Fallow Lane.
. About 18,000 households will have a new collection day. Everyone else will keep their current day.
. Which areas are changing
. Area | Old day | New day
. Ashcott and Ashcott Green | Monday | Thursday
. Bramley Fields | Tuesday | Monday
. Thornmere town (north of the railway) | Wednesday | Tuesday
. Upper and Lower Wick | Friday | Wednesday
. To check your new day, enter your postcode in the bin day finder on this website. We will also deliver a calendar card to every affected household by 26 September.
. What goes in each bin
. - Green bin: food waste, every week.
. - Blue bin: paper, card, cans, plastic bottles and glass, every two weeks.
. - Black bin: everything that cannot be recycled, every two weeks.
. - Brown bin: garden waste, every two weeks if you have a subscription.
. Your blue and black bins will still be collected in alternate weeks. If your day changes, your first collection on the new day will be for the same bin that was due on your old day.
. If you know neighbours who do not use the internet, please share this information with them or ask them to call us.
. Councillor Priya Lomax, cabinet member for the environment, said: "We know change is a nuisance. The new rounds mean fewer lorry miles and will let us collect from the new estates without adding another crew."
res Did this page answer your question?
res Yes
res No
rel Related pages
rel Order a new or replacement bin
rel Garden waste subscriptions
res Contact the waste team: 01632 960 415, Monday to Friday, 9am to 5pm
nav Accessibility statement
nav Privacy notice
cp © Thornmere District Council
"""))
