DOCS = []

DOCS.append(dict(num=578, slug="public_radio_measles_clinics", style="single", noise=0.1,
title="Measles vaccine clinics open in three counties after Yakima Valley outbreak",
notes="Public-radio station site: live-stream banner, 'Donate' menu item, 'Published ... PDT' timestamp, 'Listen • 3:52' audio line, share buttons, an underwriting credit mid-article (ad), a donation ask, author bio, tags and 'Related Content' block; HARD NEGATIVES: the dateline opening the first paragraph, a 'What to know' subheading and bulleted facts, and a short quote paragraph.",
body="""
ban Listen live: KWVR 89.3 Morning Edition
nav Regional news
nav Programs & Podcasts
nav Events
nav Donate
T Measles vaccine clinics open in three counties after Yakima Valley outbreak | KWVR Public Radio
by Rosa Delgado-Finch
ts Published May 14, 2024 at 6:04 AM PDT
rt Listen • 3:52
soc Facebook
soc LinkedIn
soc Email this story
. YAKIMA, Wash. — Public health officials opened walk-in measles vaccine clinics in Yakima, Benton and Kittitas counties on Monday after an outbreak that has sickened 14 people, most of them unvaccinated children.
. The first case was confirmed on April 22 in a child who had returned from international travel. Since then the virus has spread through two schools and a church gathering, according to the Yakima Health District.
. Three children have been admitted to hospital. None is in critical condition.
. "Measles is one of the most contagious diseases we know," said Dr. Marcus Heyward, the district's health officer. "Nine out of ten unvaccinated people who are exposed will catch it."
. What to know
. - Two doses of the MMR vaccine are about 97% effective at preventing measles.
. - The clinics are free. No appointment or insurance is needed.
. - Early symptoms include high fever, cough, runny nose and red, watery eyes, followed by a rash.
ad Support for KWVR comes from Valley Orchard Credit Union, serving members in central Washington since 1952.
. Vaccination rates for kindergarteners in Yakima County fell to 88% last school year, below the 95% level experts say is needed to prevent outbreaks.
. At the clinic in Sunnyside on Monday, Laura Ochoa brought her two youngest children. She said she had put off their second doses during the pandemic and then forgot.
. "I saw the news and thought, not my kids."
. Health officials asked anyone with symptoms to call ahead before visiting a clinic or emergency room, so that staff can prevent exposure in waiting rooms.
nl Local journalism needs local support. Make a gift to KWVR today.
bio Rosa Delgado-Finch is KWVR's health reporter. She covers public health, hospitals and rural health care across central Washington.
tag Tags: Health, Yakima Valley, Measles
rel Related Content
rel Hospital in Toppenish to reopen birthing unit
rel Farmworker clinics brace for summer heat
cp © 2024 KWVR
"""))

DOCS.append(dict(num=579, slug="reader_view_bursar_fraud", style="mixed", noise=0.08,
title="Former school bursar jailed for three years over £212,000 lunch-money fraud",
notes="Read-it-later app reader view of a court story: 'Saved to your list' notice, 'View original' link, source-domain line, bare reading time, and the app's tag and archive controls at the end; HARD NEGATIVES: the count-by-count sentence list, a short subheading, the judge's one-line quote, and a 'Correction:' paragraph at the end of the article.",
body="""
res Saved to your list
nav View original
res lakecountychronicle.example
rt 5 min
T Former school bursar jailed for three years over £212,000 lunch-money fraud
by Owen Pritchard
ts Tue, May 14, 2024
. A former school bursar who diverted more than £212,000 of parents' payments for school meals and trips into her own accounts has been jailed for three years.
. Deborah Lyle, 52, of Ambleside Road, Kendal, pleaded guilty at Carlisle Crown Court to fraud by abuse of position and false accounting at a hearing in March.
. The court heard that she ran the finance office at Fellside Primary School for eleven years and set up a second online payment account in 2017 that parents believed belonged to the school.
. How the sentence was made up
. Fraud by abuse of position: three years
. False accounting (two counts): 12 months on each, to run concurrently
. Confiscation hearing: set for 9 September
. The fraud was discovered when a new head teacher asked why the school's trip fund was always in deficit despite full attendance on every trip.
. Judge Rachel Amery said Lyle had stolen from "children's lunches and children's days out" and had kept the deception going for six years.
. "This was not a moment of weakness. It was a system."
. In mitigation, her barrister said Lyle had built up large debts caring for her late mother and had repaid £18,000 since her arrest.
. Cumbria County Council said it had since changed its rules so that no school employee can set up payment accounts without a second signature.
. Correction: An earlier version of this article said Lyle worked at the school for fifteen years. She worked there for eleven years.
res Mark as read
res Add tags
res Highlights (0)
"""))

DOCS.append(dict(num=580, slug="pronet_agritech_funding_post", style="single", noise=0.12, ws=True,
title="Agritech startup Fieldlight raises $24m to put soil sensors on small farms",
notes="Professional-network article page: join/sign-in menu, author line with headline-style bio and a '+ Follow' button, 'Published' date, reaction/comment/share buttons and counts, a 'Report this article' link, 'More articles by' block, sign-in wall prompt, 'Explore topics' link row and the platform footer; HARD NEGATIVES: a bulleted list of the funding round's terms, a short subheading and a quote from the founder.",
body="""
nav Skip to article
nav Articles
nav People
nav Learning
nav Jobs
nav Join now
nav Sign in
T Agritech startup Fieldlight raises $24m to put soil sensors on small farms
by Tobias Ekwueme
bio Partner at Harrowgate Ventures | Investing in climate and food tech
soc + Follow
ts Published May 14, 2024
. Fieldlight, a Nairobi-based startup that sells low-cost soil moisture sensors to smallholder farmers, has raised $24 million in a Series B round, one of the largest agritech deals in East Africa this year.
. Full disclosure: my firm took part in the round, so read this as an investor's view rather than a neutral one.
. The round in brief
. - Lead investor: Tamarind Growth Partners
. - Also participating: Harrowgate Ventures, the Norfund climate window and two existing angels
. - Use of funds: expansion to Tanzania and Zambia, and a second sensor factory in Thika
. Fieldlight's sensors cost $19 each and send readings over the mobile network to a basic phone. Farmers receive a text message telling them whether to irrigate that day. The company says users cut water use by a quarter and raised maize yields by 14 per cent in trials with a county government.
. "Small farmers do not need dashboards," founder Wanjiru Mbeki told me when we first met in 2021. "They need one message a day that they can trust."
. Why this matters
. Most agritech in the region has struggled to make money from farmers who earn a few hundred dollars a season. Fieldlight sells through input dealers and cooperatives, which bundle the sensor with seed and fertiliser on credit, and it earns a small subscription fee after the first year.
. The risks are real: hardware is hard, and a bad drought year can wipe out farmers' ability to pay. But 41,000 paying users is not nothing.
soc Like
soc Comment
soc Share
soc 128
com 14 Comments
res Report this article
rel More articles by Tobias Ekwueme
rel What a bad rainy season taught me about lending to farmers
nl Sign in to view more content
nav Explore topics: Sales · Marketing · IT Services · Business Administration · HR Management
cp ProNet © 2024 · About · Accessibility · User Agreement · Privacy Policy
"""))

DOCS.append(dict(num=581, slug="election_ward_results_night", style="sparse", noise=0.12,
title="Greens take control of Hartsfield council for the first time",
notes="Regional daily election-night page: 'Log in | Subscribe' bar, 'ELECTION 2024' section label, live-results banner, 'Results last updated' stamp (timestamp), a 'Refresh results' control (residue), an interactive-map link (related), a paywall pitch that mentions subscribers (newsletter) and the footer; HARD NEGATIVES: a seats table with header row, per-ward result lines, and a sentence about an advertisement placed by a campaign that is part of the story.",
body="""
nav Log in | Subscribe
nav Latest
nav Politics
nav Business
nav ELECTION 2024
ban LIVE RESULTS: Hartsfield Borough Council, all 45 seats declared
T Greens take control of Hartsfield council for the first time | Hartsfield Mercury
by By Joanna Pettifer, Political Reporter
ts Results last updated 03:12, Friday 3 May
res Refresh results
. The Green Party has taken control of Hartsfield Borough Council for the first time, winning 24 of the 45 seats after an overnight count that ended shortly before 3am.
. The party gained eleven seats, nine of them from the Conservatives, who had run the council since 2015.
. Party | Seats | Change
. Green | 24 | +11
. Conservative | 12 | -9
. Labour | 6 | -1
. Liberal Democrat | 2 | -1
. Independent | 1 | 0
rel Interactive map: see how every ward voted
. The closest result came in Priory ward, where the Greens won by seven votes after a recount:
. Priory: Green 1,204, Conservative 1,197, Labour 388
. Mill End: Green 1,566, Labour 902, Conservative 611
. Castle: Conservative 1,310, Green 1,102, Liberal Democrat 240
. Green group leader Ruth Okonjo said residents had voted for "cleaner air and honest budgets". Her party's campaign had focused on a proposed incinerator at Northgate and on the council's reserves.
. The outgoing Conservative leader, Peter Blakemore, said the result reflected national politics. He also criticised an advertisement placed by the Greens in this newspaper last week that described the incinerator plan as "already approved", which he said was false.
. Turnout across the borough was 34 per cent, up from 31 per cent at the last election.
. The new council will meet on 21 May to elect a leader and cabinet.
nl Our election coverage is free for everyone, paid for by our subscribers. Become one from £1 a week.
cp © Hartsfield Mercury 2024 · Registered office: 4 Market Row, Hartsfield
"""))

DOCS.append(dict(num=582, slug="scoreline_app_hockey_final", style="mixed", noise=0.12,
title="Hawks edge Royals 3-2 to win first league title in 23 years",
notes="Sports app web view of an ice hockey final: a scoreboard widget at the head (residue), match-centre tabs (navigation), 'Match report' label, a follow-for-alerts prompt (newsletter), a sponsor strip (ad), a reactions bar, a 'Next up' fixture widget and app footer; HARD NEGATIVES: the in-body result line, goal scorers by period, goaltender saves line and a short quote.",
body="""
res FINAL | Riverside Hawks 3 – 2 Eastbay Royals
nav Match centre
nav Line-ups | Stats | Play-by-play | Report
res Match report
T Hawks edge Royals 3-2 to win first league title in 23 years – ScoreLine
by Andrew Kettering
ts 14 May 2024 · 22:48
. The Riverside Hawks are champions of the Elite Ice League for the first time since 2001 after a 3-2 win over the Eastbay Royals in the deciding seventh game of the final in front of a sell-out crowd at the Riverside Arena.
. Captain Jonas Lindgren scored the winner with 4:12 remaining in the third period, deflecting a point shot from Marcus Bell past Royals goaltender Dmitri Volkov.
. Result: Riverside Hawks 3 Eastbay Royals 2 (1-0, 0-2, 2-0)
. First period: 1-0 Hawks, Connor Reid (Bell, Okafor) 11:37
. Second period: 1-1 Royals, Sam Whitlock 3:05; 1-2 Royals, Ethan Marr (PP) 16:44
. Third period: 2-2 Hawks, Tomas Novak 6:20; 3-2 Hawks, Jonas Lindgren (Bell) 15:48
. Saves: Petr Hajek (Hawks) 31 of 33; Dmitri Volkov (Royals) 28 of 31
nl Follow Riverside Hawks to get goal alerts and final scores
. The Royals had looked in control after two power-play goals in the second period, and the Hawks needed a quick response. Novak provided it six minutes into the third, lifting a backhand over Volkov after a scramble in front.
ad Official timing partner: Crestline Watches
. Hawks goaltender Petr Hajek made his best save with a minute to play, stretching to deny Whitlock from close range.
. "I didn't see it. I just felt it hit me."
. Head coach Anna Sörensen, in her second season, became the first woman to coach a team to the league title.
. Thousands of fans stayed in the arena for more than an hour after the final horn. The club will hold a parade through the city centre on Saturday.
soc 🔥 1.2K  👏 864  😢 97
res Next up: Season 2024/25 schedule announced 1 July
nl Get ScoreLine on iOS and Android
cp © 2024 ScoreLine Media
"""))

DOCS.append(dict(num=583, slug="forem_maintainer_interview", style="single", noise=0.1,
title="Maintaining a library used by 40,000 projects, mostly alone: an interview with Ana Ribeiro",
notes="Developer-community blog post (Forem-style) written as a Q&A with inline speaker names: reaction counters, 'Posted on' date, hashtag tags, 'Top comments' header, comment box prompt, a comment with its author and date, 'Code of Conduct • Report abuse' line, 'Read next' block and 'Built on Forem' footer; HARD NEGATIVES: every 'Community Desk:' and 'Ana:' line is content, including a one-word answer, and a code line with an install command.",
body="""
nav DEV Circle
nav Log in
nav Create account
T Maintaining a library used by 40,000 projects, mostly alone: an interview with Ana Ribeiro - DEV Circle
by Community Desk for DEV Circle
ts Posted on May 14
soc ❤️ 142  🦄 12  🔖 30
tag #opensource #maintainers #interview #javascript
. Ana Ribeiro wrote tidepool, a small JavaScript library for pooling database connections, as a weekend project in 2018. Today it is a dependency of more than 40,000 public projects. We asked her what that is like.
. Community Desk: How many people maintain tidepool today?
. Ana: Officially three. In practice, me, plus one person who reviews pull requests when he has time.
. Community Desk: What takes up most of your time?
. Ana: Issues that are not bugs. People open an issue when their database is down, or when their cloud provider changed a setting. I try to answer everything, but it is hours every week.
. Community Desk: Has anyone offered to fund the work?
. Ana: Two companies sponsor me through the platform's sponsorship programme. It pays for my coffee, not my rent. Last year I spent a week on a security fix and nobody noticed, which is how it should be, but it was a week of unpaid work.
. Community Desk: If someone wants to help, where should they start?
. Ana: Documentation. Try the quick start from scratch and tell me where you got stuck. You only need two commands:
. npm install tidepool
. npx tidepool init
. Community Desk: Would you start it again?
. Ana: Yes.
. Community Desk: Any regrets?
. Ana: I wish I had written down the design decisions in 2018. Half the issues I get are people asking why it works the way it does, and I have to reverse-engineer my own reasons.
com Top comments (8)
com Add to the discussion
com Priya K. • May 14
com Thank you for tidepool! We use it in production at a hospital. Going to sponsor you today.
res Code of Conduct • Report abuse
rel Read next
rel The hidden cost of "just one more dependency"
rel How we fund open source at a 12-person startup
res Built on Forem — the open source software that powers DEV Circle.
"""))

DOCS.append(dict(num=584, slug="funeral_home_obit_fisherman", style="single", noise=0.1, ws=True,
title="Obituary: Angus MacRae, 1938–2024",
notes="Funeral-home website obituary: home menu, 'Send flowers' and 'Plant a tree' upsell buttons (ad), share row, a 'Share a memory' guest book with entries, names and dates (comments), obituary-alert sign-up (newsletter), and 'Website by' copyright footer; HARD NEGATIVES: the service details (visitation and funeral lines with times and places), the donations request, and a short quote from his son.",
body="""
nav Our Services
nav Obituaries
nav Pre-planning
nav Grief Support
nav Contact
T Obituary: Angus MacRae, 1938–2024 | Hendry & Sons Funeral Home
ts Posted May 14, 2024
ad Send flowers
ad Plant a tree in memory
soc Share on Facebook · Share by text
. Angus Murdo MacRae of Pictou, Nova Scotia, fisherman, boatbuilder and fiddler, died peacefully at Aberdeen Hospital in New Glasgow on Saturday, May 11, 2024, at the age of 85.
. Born in Caribou Harbour, he was the son of the late Murdo and Christina (MacLean) MacRae. He left school at fourteen to fish lobster with his father and fished the Northumberland Strait for sixty years, the last twenty aboard the Christina M., a boat he built himself in the barn behind the house.
. Angus was a founding member of the Pictou County Fiddlers and played at more ceilidhs, weddings and church suppers than anyone could count. He taught fiddle to children every winter at the community hall without ever charging a cent.
. His son Donald said his father measured a good day "by the weather, the catch and the tunes".
. "He never once left the wharf without saying goodbye to the harbour."
. He is survived by his wife of 61 years, Margaret (Fraser); sons Donald (Janet) and Ian; daughter Catherine Lowe (Peter); seven grandchildren and three great-grandchildren. He was predeceased by his brother John.
. Visitation: Thursday, May 16, 2–4 and 7–9 p.m., Hendry & Sons Funeral Home, 212 Water Street, Pictou.
. Funeral: Friday, May 17, 11 a.m., St. Andrew's Church, Pictou, with burial in Caribou Harbour Cemetery.
. Donations in Angus's memory may be made to the Pictou County Fiddlers' youth program or to the Aberdeen Hospital Foundation.
com Share a memory
com 19 memories shared
com Sheila Grant
com May 13, 2024
com Angus played at our wedding in 1979 and refused to be paid. We will never forget that night.
com Fraser Munro
com May 13, 2024
com Fished next to him for thirty years. Always first out, always last back.
nl Receive obituary notifications by email
cp © 2024 Hendry & Sons Funeral Home · Website by Legacyline
"""))

DOCS.append(dict(num=585, slug="agency_asteroid_sample_newsroom", style="mixed", noise=0.12,
title="Asteroid sample holds grains older than the Sun, analysis shows",
notes="Space-agency newsroom feature: agency banner and menu, 'Editor:' line at the end (byline), a caption followed by an 'Image credit:' line, a second image credited on the caption line, 'Keep exploring' and 'Discover more topics' blocks, and 'Page last updated' stamp; HARD NEGATIVES: two short subheadings, a bulleted list of sample facts, and a short quote from a researcher.",
body="""
ban An official website of the Northern Space Agency
nav Missions
nav Humans in Space
nav Earth
nav Solar System
nav News & Features
T Asteroid sample holds grains older than the Sun, analysis shows - Northern Space Agency
ts May 14, 2024 | Feature
by Article by Lotte Brenning
. Tiny grains of dust found in the sample returned from asteroid Aeolis last year formed around other stars before the Sun existed, according to the first detailed analysis of the material.
. Scientists at six laboratories studied 46 grams of dark, crumbly rock that the agency's Kestrel spacecraft collected in 2021 and delivered to Earth in a capsule that landed in the Australian outback.
cap The Kestrel sample container opened in a clean room.
cr Image credit: NSA / Tarun Bhatt
. What the sample contains
. - Carbon-rich clays that formed in water early in the solar system's history.
. - Tiny crystals of magnetite, a mineral that needs liquid water to form.
. - At least 31 presolar grains, identified by unusual ratios of carbon and oxygen isotopes.
. The presolar grains are the oldest material in the sample. Their isotope ratios match those produced in giant stars that lived and died before the Sun formed about 4.6 billion years ago.
. "We are holding stardust that predates our own star," said planetary scientist Dr. Helena Oyelaran, who led the isotope measurements.
cap A presolar silicon carbide grain, shown in false colour under an electron microscope. (NSA/Oyelaran et al.)
. Why it matters
. Grains like these have been found in meteorites before, but meteorites are altered by their fall through the atmosphere and by years on the ground. A sample collected in space and sealed on the way home is far less contaminated.
. About 70 per cent of the sample has been kept in storage, untouched, so that researchers in the future can study it with instruments that do not yet exist.
by Editor: Kira Holm
rel Keep exploring
rel Kestrel mission overview
rel How scientists open a sample capsule without contaminating it
nav Discover more topics: Asteroids · Sample return · Planetary science
ts Page last updated: May 14, 2024
"""))
