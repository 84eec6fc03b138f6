DOCS = []

DOCS.append(dict(num=910, slug="central_bank_policy_rate_held", lang="en", style="single", noise=0.1,
title="Monetary Policy Committee holds the policy rate at 6.25 per cent",
notes="Central bank press statement (monetary policy decision of an invented bank). Debris: the bank's name and main menu (navigation), breadcrumbs (navigation), the press-release number (residue), the release time (timestamp), the translation disclaimer (banner), a PDF download link (residue), the 'related statements' list (related), the e-mail alert prompt (newsletter), the communications contact (residue), a page-feedback widget (residue) and the copyright line. HARD NEGATIVES: a table of indicators, the decision paragraph, a press-conference excerpt with 'Q:' and 'Governor:' speaker labels, and a sentence about the bank sharing its forecasts with the public.",
body=r"""
nav Bank of Aldmere
nav About the Bank   Monetary Policy   Financial Stability   Banknotes   Statistics   Publications
nav Home / Media centre / Press releases / 2025
res Press release No. 2025/41
T Monetary Policy Committee holds the policy rate at 6.25 per cent
ts Released at 11:00 local time on Wednesday 5 November
ban Translations of this statement are provided for convenience only; where they differ, the English text prevails.
. The Monetary Policy Committee (MPC) decided at its meeting on 4 and 5 November to keep the policy rate unchanged at 6.25 per cent. Five members voted to hold the rate and two preferred a reduction of 25 basis points.
. Inflation has fallen for four consecutive months but remains above the Bank's target range of 3 to 5 per cent. Food prices rose less than expected in September as the harvest came in, while electricity tariffs approved in July continued to push up housing costs.
. Indicator | Latest | Previous
. Headline inflation (September) | 5.4% | 5.9%
. Core inflation (September) | 4.7% | 4.8%
. GDP growth, second quarter (year on year) | 3.1% | 2.8%
. Private sector credit growth (August) | 7.2% | 6.9%
. The Committee judged that the risks to inflation are broadly balanced. A faster fall in import prices could bring inflation into the target range early next year, but the planned increase in the minimum wage and the possibility of another poor rainy season point the other way.
. Members who favoured a cut noted that real interest rates are now high and that lending to small businesses has slowed. The majority preferred to wait for evidence that the fall in core inflation is durable.
. From this meeting onward, the Bank will share its full inflation forecast fan chart with the public, rather than only the central projection.
. At the press conference that followed, the Governor answered questions from journalists.
. Q: Is the next move a cut?
. Governor: The next move depends on the data. If core inflation keeps falling at this pace, the Committee will have room to act.
. Q: How worried is the Bank about the rainy season?
. Governor: We take it seriously. Two poor seasons in a row would raise food prices sharply, and food is a third of the consumer basket.
. The Committee will next meet on 16 and 17 December.
res Full statement (PDF, 214 KB) ↓
rel Related statements
rel MPC statement, 24 September: policy rate held at 6.25 per cent
rel Financial Stability Review, first half
nl Get an email when the Bank publishes a press release → Manage alerts
res Communications Department · press@bankofaldmere.example · +268 555 0147
res Did you find what you were looking for? 👍 Yes   👎 No
cp © Bank of Aldmere. Material on this site may be quoted with acknowledgement.
"""))

DOCS.append(dict(num=911, slug="rugby_league_club_cup_semifinal_report", lang="en", style="mixed", ws=True,
title="Cup semi-final: Hollins Bridge 22 Marsh Lane 18",
notes="Amateur rugby league club website (cup semi-final report). Debris: the headline sponsor strip (ad), the club name and menu (navigation), breadcrumbs, the 'Match reports' label (navigation), report byline and date, the photo caption and the separate photographer credit, a Facebook follow line (social), a WhatsApp share button (social), the 'latest news' list (related), club boilerplate (bio), the copyright line and the site-builder credit (residue). HARD NEGATIVES: the score line in the title, team line-ups, a scorers line, a one-line quote from the coach, and a sentence thanking people who shared the fundraising page.",
body=r"""
ad Proudly backed by Keswell Plant Hire — diggers, dumpers and dry hire across the valley
nav Hollins Bridge ARLFC
nav Home  Fixtures  Results  Teams  Juniors  Club Shop  Contact
nav Home » News » First Team
nav Match reports
T Cup semi-final: Hollins Bridge 22 Marsh Lane 18
by Report by the club secretary
ts Sunday evening, 6 April 2025
. Hollins Bridge are through to their first county cup final in eleven years after a second-half comeback against Marsh Lane in front of a crowd of more than 600 at Canal Side on Saturday.
. Marsh Lane led 14-4 at the break after two tries from their loose forward, Kieran Stott, who was a handful all afternoon. Bridge's only reply before half-time was a Jake Finch penalty and a penalty goal from in front of the posts.
. Whatever was said in the dressing room worked. Dane Corrigan went over in the corner six minutes after the restart, and when the same player gathered a kick on the bounce to score his second, Finch's conversion put Bridge in front for the first time.
cap Dane Corrigan dives over for his second try just after the hour mark
cr 📷 Sal Murtagh Photography
. Marsh Lane hit back through a long-range interception try, but Callum Wale's dummy-half dart from close range with eight minutes left won it. Finch kicked the conversion and a late penalty to make it safe.
. "Ten points down at half-time in a semi and they never once stopped talking to each other," head coach Bernie Ashcroft said. "That is the proudest I have been of this group."
. Hollins Bridge: 1 Tom Ruddick, 2 Dane Corrigan, 3 Arjun Lally, 4 Ste Maguire, 5 Leon Birtwistle, 6 Jake Finch, 7 Callum Wale, 8 Gaz Platt, 9 Rory Hesketh, 10 Mo Sadiq, 11 Danny Ogden, 12 Lewis Crane, 13 Matty Royle. Subs: Joe Kenyon, Ash Pilling, Reece Dunne, Kyle Boardman.
. Tries: Corrigan 2, Wale. Goals: Finch 5.
. Marsh Lane: Tries: Stott 2, Haworth. Goals: Greaves 3.
. The final is at the county ground on 3 May. Thank you to everyone who shared the coach-fund page last month — the two coaches for supporters are now fully booked.
soc Give us a like on Facebook for live score updates on match days
soc Send this report on WhatsApp
rel Latest from the club
rel Under-14s crowned league champions on final day
rel Clubhouse bar to reopen after refit
rel Season tickets for next season now on sale
bio Hollins Bridge ARLFC is a volunteer-run community amateur club founded in 1923, with teams from under-7s to open age.
cp © 2025 Hollins Bridge Amateur Rugby League Football Club
res Club website built with Touchline Sites
"""))

DOCS.append(dict(num=912, slug="primary_school_newsletter_autumn_week9", lang="en", style="single", noise=0.2,
title="Newsletter — Week 9, Autumn Term",
notes="Primary school weekly newsletter, web version. Debris: the 'open in browser' link and a translate selector with language names (navigation), the school name header and section menu (navigation), the inspection-grade banner (banner), the printable-PDF link (residue), a paid holiday-club advert (ad), the parent-app pitch (newsletter), the school's social follow line (social) and the copyright footer. HARD NEGATIVES: the greeting 'Dear families,', subheadings, a class attendance table, bulleted reminders, a sentence about photos being shared on the class pages, and the head teacher's sign-off with name and role.",
body=r"""
nav Having trouble reading this? Open it in your browser
nav Translate ▾  English | Polski | Română | اردو | Soomaali
nav St Aldhelm's C of E Primary School
nav Term dates · Letters home · Lunch menus · Uniform · Clubs
ban Rated Good in all areas at our last inspection
T Newsletter — Week 9, Autumn Term
. Dear families,
. What a week it has been. Our Year 5 and 6 choir sang at the Harvest service in St Aldhelm's church on Wednesday, and the food bank has told us that our families donated 212 tins, packets and jars this year, a record for the school. Thank you to everyone who sent something in, however small.
. Harvest Festival
. The children in Reception made bread rolls with Mrs Kowalczyk on Monday and shared them with their Year 6 buddies at the service. We will share photos from the day on the class pages next week. If you have not yet returned the photo consent form, please do so by Friday.
. Attendance
. Whole-school attendance this week was 95.8 per cent. Well done to Rowan class, who win the attendance cup for the second week running.
. Class | Attendance
. Reception (Acorn) | 94.1%
. Year 1 and 2 (Beech) | 95.6%
. Year 3 and 4 (Rowan) | 98.9%
. Year 5 and 6 (Oak) | 94.7%
. Road safety
. We have had two near misses at the school gate this half term. Please do not stop on the zig-zag lines, even for a moment, and use the car park at the village hall, which the parish council has kindly opened to school families from 8.20 to 9.00 each morning.
. Reminders
. - Flu nasal spray for all classes on Tuesday 11 November.
. - Non-uniform day on Friday 14 November for Children in Need; bring a coin if you can.
. - Parents' evening booking closes on Sunday at midnight.
. - Please name every item of uniform. The lost-property box has 17 unnamed jumpers in it.
. As always, my door is open on Monday and Thursday mornings if you would like a chat.
. Mrs H. Adebayo-Kerr
. Headteacher
res Printable version (PDF, 3 pages)
ad Advert: Little Acorns Holiday Club — February half-term places now bookable, 8am to 6pm
nl Get newsletters, absence forms and payments in one place: download the SchoolBeacon app
soc Find us on Instagram @stalhelmsprimary for photos from around school
cp © St Aldhelm's Church of England Primary School, registered in England, all rights reserved
"""))

DOCS.append(dict(num=913, slug="music_review_the_wending_salt_marsh_hymnal", lang="en", style="single",
title="The Wending: Salt Marsh Hymnal review – a quiet record that rewards patience",
notes="Music magazine album review. Debris: site name and menu (navigation), the 'Albums' section label (navigation), the critic byline, the publication time (timestamp), a reading estimate, an embedded audio player's controls (residue), an unrendered [audio] shortcode, the record-shop affiliate button (ad) and the affiliate disclosure (banner), the record sleeve caption and credit, the comment count link (comments), the 'more album reviews' list (related), the weekly-digest sign-up (newsletter), genre tags and the copyright line. HARD NEGATIVES: the standfirst with a star rating in words, a release-facts line, a short lyric quote, and a sentence about fans who shared field recordings.",
body=r"""
nav Undertow Music
nav News · Reviews · Features · Live · Podcasts
nav Albums
T The Wending: Salt Marsh Hymnal review – a quiet record that rewards patience
. Four stars. The Essex trio's third album was built around sounds their listeners recorded on tidal marshes, and it is their best yet.
by Words: Jonah Ferreira-Platt
ts Tue 21 Oct 2025 08.00 BST
rt Takes about 4 minutes to read
. There is a moment about two minutes into "Ebb Chapel", the album's opening track, when the harmonium drops out and all you can hear is the sucking of mud around a boot. It is an ugly sound, and it is the most beautiful thing on the record.
sc [audio mp3="https://undertow.example/media/ebb-chapel-clip.mp3"][/audio]
res ▶  0:00 / 0:30   Ebb Chapel (preview)
. The Wending — Maddie Orrell, Jude Kessington and Fenn Adair — have spent three albums getting quieter. Their debut was a noisy, likeable folk-rock record; this one barely rises above a murmur. Before recording, the band asked fans to share a recording of their nearest marsh, and about 300 people did. Those field sounds open and close almost every track.
. It could have been a gimmick. Instead the recordings give the songs a floor to stand on. "Curlew Hours" lets a real curlew call the first line of the melody before Orrell's voice answers it, and "Saltings" ends with four minutes of water draining from a creek, which is longer than it sounds and not a second too long.
. The lyrics are sparse, mostly lists of places and weather. "Grey on the Blackwater, grey on the Colne / the tide going out and the light coming home" is about as elaborate as they get. Sometimes that thinness is a weakness: "Sea Wall", the single, is pretty but forgettable, and the middle of the record sags.
. But the last three songs are as good as anything in English folk this year. "Hymn for the Drowned Village", sung in three-part harmony with no instruments at all, should be heard in a church, or on a sea wall at dusk.
. Label: Quiet Tern Records. Released 24 October on vinyl, CD and download.
cap The sleeve of Salt Marsh Hymnal, photographed on Tollesbury marshes
cr Artwork: Fenn Adair
ad Buy the vinyl from Rough Harbour Records →
ban We may earn a small commission when you buy through links on this page.
com 7 readers have commented — join in
rel More album reviews
rel Corvid Choir: Wintering review – a bleak, brilliant tundra of a record
rel Lowlands: Slow Rivers review – pleasant but unmemorable
nl The Undertow weekly digest: every Friday, five new records we think you will love. Free, one click to leave.
tag Folk   Field recordings   Essex
cp © Undertow Media Ltd 2025
"""))

DOCS.append(dict(num=914, slug="film_festival_laundrette_documentary_jury_prize", lang="en", style="double", noise=0.05,
title="Night-shift laundrette documentary takes the jury prize at Porthaven",
notes="Film festival website news item (awards announcement). Debris: a box-office notice for pass holders (banner), the festival menu and an English/Welsh switch (navigation), the 'Festival news' label, the posting date (timestamp), the photo caption and the separate photo credit, a copy-link share button (social), the partner/sponsor line (ad), the 'more festival news' list (related), the festival bulletin sign-up (newsletter) and the charity/copyright footer. HARD NEGATIVES: a list of award winners, a one-line jury quote, a sentence about audiences sharing the film, and a 'Correction:' paragraph.",
body=r"""
ban Pass holders: the box office app now shows live seat numbers for every screening
nav Programme   Tickets   Venues   Industry   Press   News
nav English | Cymraeg
nav Festival news
T Night-shift laundrette documentary takes the jury prize at Porthaven
ts Posted Sunday 28 September, late evening
. Spin Cycle, a documentary about the people who use a 24-hour laundrette in Newport between midnight and six in the morning, won the jury prize at the closing ceremony of the 19th Porthaven Film Festival on Saturday.
. The film's director, Alma Reutersvärd, spent fourteen months filming at the laundrette with a single camera and no lights. Her subjects include a hospital porter who washes his uniform on the way home, two students who come in to revise because it is warm, and a widower who has done his late wife's ironing there every Thursday for nine years.
cap Alma Reutersvärd accepts the jury prize at the Lyric Theatre on Saturday night
cr Photo © Porthaven Film Festival / Ezra Quaile
. "It is a film in which almost nothing happens, and everything matters," the jury said in its citation.
. This year's awards:
. - Jury Prize: Spin Cycle (dir. Alma Reutersvärd)
. - Best Fiction Feature: The Ferryman's Daughter (dir. Owain Tresize)
. - Best Short: Gull Season (dir. Priya Chaudhari-Lowe)
. - Audience Award: Spin Cycle
. - Young Critics' Award: Low Tide at Ogmore (dir. Nel Haverfordwest)
. The audience award was decided by ballots handed in after each screening. Spin Cycle was the only film to win both prizes in the festival's history. Its first screening sold out within a day, and a second was added after audiences shared the film on social media.
. The festival sold 21,400 tickets this year, up from 18,900 last year, with 62 features and 110 shorts screened across four venues.
. Correction: An earlier version of this article gave the director of Gull Season as Priya Chaudhary. We apologise for the error.
soc 🔗 Copy link to this story
ad Festival partners: Cambria Bank · Tŷ Glas Brewery · Severn Ferries
rel More festival news
rel Ticket sales pass 20,000 for the first time
rel Ten shorts from this year's Welsh showcase to watch online
nl Join the festival bulletin for first notice of next year's dates and programme.
cp Porthaven Film Festival is a registered charity · © 2025
"""))

DOCS.append(dict(num=915, slug="exchange_filing_summary_trevanion_tin_plant", lang="en", style="sparse",
title="Trevanion Tin reports first ore through new processing plant",
notes="Market news site summarising a stock-exchange regulatory filing (a small tin miner). Debris: the market ticker strip (residue), the site menu (navigation), the 'Company filings' label, the filing-source and time line (timestamp), the automated-summary disclaimer (banner), a share-price chart widget (residue), a sponsored investment slot (ad), a 'watch this company' follow button (social), the 'other filings today' list (related), the membership paywall prompt (newsletter) and the copyright line. HARD NEGATIVES: bulleted key figures, a quote from the chief executive, a sentence saying the company will share drilling results with shareholders, and the 'Outlook' subheading.",
body=r"""
res AIM ALL-SHARE ▲ 0.42%   |   GBP/USD 1.2714   |   Tin (LME 3M) $31,420/t ▼ 0.8%
nav Markets   Companies   Filings   Funds   Commodities   Learn
nav Company filings
T Trevanion Tin reports first ore through new processing plant
ts From a regulatory filing released at 07:00 GMT, Monday 17 March 2025
ban This summary was produced from the company's own announcement. It is not investment advice.
. Trevanion Tin, the Cornwall-focused miner, said it processed its first ore through the rebuilt plant at its Wheal Arundell site over the weekend, six weeks later than planned and about 9 per cent over budget.
. In its announcement to the market, the company said the plant had run for 38 hours and produced a first tin concentrate grading 61 per cent tin. Commercial production is now expected in the third quarter.
. Key figures:
. - total plant cost £48.7m, against a budget of £44.6m;
. - planned throughput 350,000 tonnes of ore a year at full capacity;
. - cash and undrawn facilities of £11.2m at the end of February;
. - 184 people now employed on site, 71 per cent of them from Cornwall.
. "Seeing tin come off the tables at Wheal Arundell for the first time in more than forty years is a moment for the whole county," said chief executive Morwenna Jago. "Our job now is to show we can run this plant every day, not only on a good weekend."
. Outlook
. The company said the delay was caused by late delivery of the crushing circuit and by flooding in one of the access declines in January. It does not expect to need new equity to reach commercial production but said a short-term working-capital facility is being negotiated with its main lender.
. Trevanion also said it will share the first results from its deeper drilling programme with shareholders at the annual meeting in June.
. Shares in the company rose 6.3 per cent in early trading.
res Share price   1D   5D   1M   6M   1Y   5Y
ad Sponsored · Tired of cash ISA rates? Compare stocks and shares ISAs with Meridian Invest
soc + Watch TVT
rel Other filings today
rel Penhallow Foods: trading update for the year ended 31 January
rel Glasfryn Renewables: grant of options
nl Members read every filing summary in full. Start a 14-day trial — cancel any time.
cp © 2025 Bourse Brief Ltd. Prices delayed by at least 15 minutes.
"""))

DOCS.append(dict(num=916, slug="aviation_incident_summary_runway_excursion", lang="en", style="single", noise=0.1,
title="Runway excursion during a crosswind landing at Kirkhaven Airport",
notes="Air accident investigation body's published incident summary. Debris: the no-blame purpose banner (banner), the site menu and breadcrumbs (navigation), a 'Summary report' label (navigation), the full-report PDF link (residue), the safety-bulletin e-mail sign-up (newsletter), the 'related reports' list (related), a page-feedback widget (residue), the page-reviewed stamp (timestamp) and the copyright line. HARD NEGATIVES: the facts table with report number, aircraft, date and injuries, the subheadings, a short quote from the commander's statement, the numbered findings, and a sentence about operators sharing data.",
body=r"""
ban Investigations exist to prevent future accidents. They do not apportion blame or liability.
nav Air Accident Review Board
nav Reports   Safety Recommendations   Report an occurrence   About us
nav Home > Reports > 2025
nav Summary report
T Runway excursion during a crosswind landing at Kirkhaven Airport
. Report number: AARB 2025/007
. Aircraft: ATR 72-600, two turboprop engines
. Date and time: 3 February 2025 at 16:42 local time
. Persons on board: 4 crew, 58 passengers
. Injuries: none
. Damage: nose landing gear, two propeller blades and runway edge lights
. History of the flight
. The aircraft was on a scheduled flight from Aberdeen to Kirkhaven in strong westerly winds. At the time of landing, the reported wind was from 280 degrees at 32 knots gusting 44 knots, giving a crosswind component close to the aircraft's certified limit for a dry runway. The runway was wet.
. The first officer was the pilot flying. The touchdown was firm and slightly to the left of the centreline. During the landing roll a gust pushed the aircraft further left, and the commander took control, but the left main wheels left the paved surface about 700 metres from the threshold. The aircraft stopped on the grass with the nose gear collapsed.
. In a written statement the commander said: "The gust came at the exact moment we lost rudder authority."
. Findings
. 1. The crosswind exceeded the operator's limit for a wet runway, which is lower than the manufacturer's figure.
. 2. The crew had been given the wind as a two-minute average and did not ask for the latest gust value.
. 3. The airport's wind display in the tower was showing a sensor at the other end of the runway.
. Safety actions
. The operator has added a wet-runway crosswind check to its approach briefing. The airport has moved the tower display to the sensor nearest the touchdown zone and now broadcasts gust values with every landing clearance. Operators in the region have agreed to share flight data from gusty approaches so that the Board can study them.
res Download the full report (PDF, 2.4 MB)
nl Receive new safety bulletins by email
rel Related reports
rel Hard landing in gusting conditions, Stornoway, 2023
rel Tail strike on go-around, Sumburgh, 2022
res Was this page helpful?   Yes   No   Tell us more
ts Page reviewed: 12 June 2025
cp © Air Accident Review Board 2025
"""))

DOCS.append(dict(num=917, slug="obituary_harbour_pilot_ewan_tulloch_barr", lang="en", style="mixed",
title="Ewan Tulloch-Barr, harbour pilot who guided ships into Lerwick for 31 years, dies aged 84",
notes="Local news site obituary. Debris: the site name and menu (navigation), the 'Obituaries' label, the byline and date, the photo caption and the family-photograph credit, a sponsored flower-delivery button (ad), a 'candles lit' counter (social), the funeral director's boilerplate (bio), the guestbook header, entries with names, places and dates and the guestbook form (comments), the 'more obituaries' list (related) and the copyright line. HARD NEGATIVES: the funeral arrangements paragraph, a one-line quote from his son, a sentence about his wish that people share a story instead of sending flowers, and a list of survivors.",
body=r"""
nav The Shetland Beacon
nav News   Sport   Community   Notices   Obituaries   Jobs
nav Obituaries
T Ewan Tulloch-Barr, harbour pilot who guided ships into Lerwick for 31 years, dies aged 84
by By Isla Fordyce
ts Thursday 23 January
. Ewan Tulloch-Barr, who brought thousands of ships safely into Lerwick harbour as a pilot between 1966 and 1997, has died at the Gilbert Bain Hospital after a short illness. He was 84.
. Born in Scalloway in 1940, the son of a fisherman, he went to sea at sixteen on a herring drifter and later sailed as an officer with a Leith shipping company. He joined the harbour trust's pilot service at 26, the youngest pilot it had appointed.
. In 31 years he guided fishing boats, ferries, oil supply vessels and, in the 1970s, the first of the large tankers that served the new oil terminal at Sullom Voe. He was known for his calm on the radio and for refusing to board a ship from the pilot cutter until he had had a cup of tea.
cap Ewan Tulloch-Barr aboard the pilot cutter Vigilant in 1989
cr Family photograph
. "He could tell you the depth at any point in the harbour without looking at a chart," his son Magnus said. "He just knew it, like you know your own stairs."
. After retiring he taught navigation evening classes for twenty years and helped restore a sixareen, a traditional open rowing boat, which now takes part in regattas every summer.
. He is survived by his wife, Mairi; his children Magnus, Ingrid and Rhona; and six grandchildren.
. The funeral will be held at St Columba's Church, Lerwick, on Friday 31 January at 1pm, followed by burial at Lerwick cemetery. He asked that, instead of flowers, people share a story about him with someone who never met him.
ad Send flowers to the family — same-day delivery across Shetland
soc 🕯 128 candles lit
bio Harbourside Funeral Directors have cared for families across the islands since 1921.
com Guestbook
com Sign the guestbook
com Alison Hunter, Bressay · 24 January
com Ewan piloted my father's boat in for years. A gentleman always. Thinking of you all.
com Karl-Erik Sandvik, Bergen · 24 January
com I was a young mate on a Norwegian coaster in 1979 and he talked us in through a gale. I have never forgotten his voice.
com Your name · Your town · Your message   [ Post tribute ]
rel More obituaries
rel Brenda Leask, knitwear designer, 91
rel Thomas Halcrow, Fair Isle crofter and boatbuilder, 88
cp © The Shetland Beacon 2025
"""))

DOCS.append(dict(num=918, slug="facebook_note_laos_uxo_rice_fields", lang="en", style="single", ws=True,
title="Eleven hectares of rice land handed back in Khoun district",
notes="Facebook notes page of a clearance NGO field team (unexploded ordnance cleared from rice fields in Laos, aftermath of the 1960s-70s bombing). Debris: the log-in/create-account strip and the 'see more on Facebook' prompt (newsletter), the page name as author (byline), the date with audience icon (timestamp), the photo caption and credit, the reaction counters and the like/comment/share controls (social), the comment sort control, two comments with ages and like/reply controls, and the 'view more comments' link (comments). HARD NEGATIVES: a dateline inside the first paragraph, bulleted clearance figures, a one-line quote from a farmer, a sentence asking people who share the note not to share exact coordinates, and a 'Correction:' paragraph.",
body=r"""
nl Log in  ·  Create new account
by Field Team Xieng Khouang
ts 18 March 2025 · 🌐
T Eleven hectares of rice land handed back in Khoun district
. PHONSAVAN, Laos — On Monday morning our team handed back 11.4 hectares of paddy and upland fields to four families in Ban Nameuang, after five months of survey and clearance.
. The land lies in one of the most heavily bombed parts of the province. Between 1964 and 1973 American aircraft dropped cluster munitions across the plateau, and many of the small submunitions, which villagers call bombies, never exploded. They are still found in rice paddies, school yards and under the floors of houses more than fifty years later.
. What the team found:
. - 63 cluster submunitions, most of them at a depth of less than 20 centimetres;
. - 4 larger air-dropped bombs at the edge of the stream;
. - 9 mortar rounds and grenades from the ground fighting of the same years.
. Everything was destroyed in place or in a controlled burning pit. No one was hurt.
cap Deminers mark a submunition with a red stake in a paddy near Ban Nameuang
cr Photo: Field Team XK / Somphone Keomanivong
. For the four families, the handover means they can plough with a tractor instead of turning the soil by hand around places they were afraid to dig. Two of the families lost relatives to submunitions in the 1990s.
. "This year I will plant the whole field, not only the middle," said Mrs Vanh, who farms the largest plot.
. Our teams are made up of people from the district, and half of this team are women. Next month they move to a school garden in the same village.
. If you share this note, please do not share the exact coordinates from the photos. Land handed back is safe, but neighbouring fields may not be.
. Correction: An earlier version of this note gave the cleared area as 14 hectares. The correct figure is 11.4 hectares.
soc 👍❤️ 212   ·   37 comments   ·   58 shares
soc Like        Comment        Share
com Most relevant ▾
com Noy Phommachanh  Thank you to the whole team. My uncle's village is next to Nameuang.
com 2w  Like  Reply  14
com Bernadette Oyelowo-Frank  Amazing work. How long does a survey like this usually take?
com 2w  Like  Reply
com View 35 more comments
nl See more of Field Team Xieng Khouang on Facebook
"""))

DOCS.append(dict(num=919, slug="srilanka_portal_valikamam_north_land_release", lang="en", style="single", noise=0.2,
title="Army releases 42 acres in Valikamam North to families displaced since 1990",
notes="Sri Lankan English-language news portal (military-held land returned to families after the civil war). Debris: a breaking-news ticker (residue), the run-together menu and edition switch (navigation), breadcrumbs, the byline and date, a reading estimate, the photo caption and credit, an inline 'Also read' link (related), an advertisement label (ad), tags, a comment moderation notice, the comment form prompt (comments), a share-count row (social), the 'most read' list (related) and the copyright line. HARD NEGATIVES: a dateline inside the first paragraph, a short quote from a returning farmer, bulleted facts about the release, and a sentence mentioning that residents shared old deeds.",
body=r"""
res JUST IN ▸ Fuel prices unchanged for April ▸ Northern rail line reopens to Kankesanthurai ▸
nav Home  Local  Business  Sport  World  Opinion  Video  |  සිංහල  தமிழ்
nav Home / Local / Northern Province
T Army releases 42 acres in Valikamam North to families displaced since 1990
by By our Jaffna correspondent
ts Wednesday, 12 March 2025 – at 5.20 am
rt ⏱ roughly a 3-minute read
. JAFFNA: The Army on Tuesday handed back 42 acres of private land in the Valikamam North area to the Jaffna District Secretariat, allowing families who fled the fighting in 1990 to return to their properties for the first time in 35 years.
. The land, in two villages near the former high security zone, had been used by the military since the civil war. About 60 families hold title to the released plots, officials said, though many of the original owners have since died or live abroad.
cap Residents walk through a released plot in Valikamam North on Tuesday
cr Pic by Kumaran Sivapalan
. Key facts about the release:
. - 42 acres across two Grama Niladhari divisions;
. - around 60 families with ownership claims;
. - about 2,600 acres in the district remain under military use.
. Residents who gathered at the ceremony shared old deeds, land-tax receipts and photographs to prove which plots were theirs. District officials said surveys would begin next week and that boundary disputes would be settled by the divisional secretary.
rel Also read: Families in Mullaitivu demand return of remaining land
ad ADVERTISEMENT
. Many of the houses on the land were destroyed during the war, and the plots are now overgrown with palmyrah and thorn scrub. Returnees will receive a resettlement allowance and roofing sheets from the government, officials said.
. "My father planted these coconut trees. I was seven when we left," said Selvarajah Thevaki, 42, standing in what had been her family's garden.
. The government has pledged to release more land in the north this year. Tamil political parties welcomed Tuesday's release but said it was small compared with the total still held, and urged a timetable for the rest.
tag Tags: Jaffna, land release, resettlement, Northern Province
com Comments will be published after review by the editors.
com Post a comment — your email will not be displayed
soc 14 Shares   Facebook   X   WhatsApp
rel Most read
rel Cabinet approves new school calendar for 2026
rel Tea exports rise for third month
cp Copyright © 2025 Lanka Daily Ledger (Pvt) Ltd. All rights reserved.
"""))
