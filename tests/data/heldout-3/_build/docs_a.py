DOCS = []

DOCS.append(dict(num=900, slug="aggregator_tide_machine_emulator", lang="en", style="none", noise=0.05,
title="Show TW: I emulated a 1906 tide-predicting machine in software",
notes="Link-aggregator thread page (Hacker-News-like, 'Tinkerwire'), the submitter's self-text is the article (a software emulation of a brass tide-predicting machine). Debris: the run-together top bar, the points/submitter/age/hide/comments line (byline), the submitted domain (residue), the comment box and its button (comments), four threaded comments with their vote-arrow headers, the 'more' pager, the footer link row and the search field. HARD NEGATIVES: a first-person self-post, a bulleted list of constituents with periods, a short results table and a closing request for feedback.",
body=r"""
nav ▲ Tinkerwire  new | past | threads | ask | show | gigs | submit          log in
T Show TW: I emulated a 1906 tide-predicting machine in software
res (tidewheel.example.org)
by 287 points by harbourmaster_k 6 hours ago | hide | past | fave | 94 comments
. For the last eight months I have been measuring, photographing and finally simulating the brass tide predictor that sat in the harbour office at Port Alder from 1906 until 1971. It is a cabinet of 24 pulleys on crank arms, joined by a single fine chain. Each crank turns at the speed of one astronomical cycle, and the chain adds their motions together to trace the height of the tide on a paper drum.
. The emulator reproduces the machine part by part rather than just doing the harmonic sum. I wanted to see its errors, not only its answers, so the chain has stretch, the pulleys have backlash and the drum slips a little when the paper is wet.
. The five largest components on the Port Alder machine:
. - M2, principal lunar, period 12.42 hours
. - S2, principal solar, period 12.00 hours
. - N2, larger lunar elliptic, period 12.66 hours
. - K1, lunisolar diurnal, period 23.93 hours
. - O1, principal lunar diurnal, period 25.82 hours
. I checked the emulator against a year of printed tide tables produced by the real machine in 1938, which the harbour office kindly scanned for me.
. High water, mean error against the 1938 tables:
. Perfect harmonic sum: 11 minutes, 9 cm
. Emulated machine with chain stretch: 4 minutes, 3 cm
. In other words the old tables carried the machine's own mechanical quirks, and once those are modelled the emulator agrees with them far better than pure mathematics does. That was the most satisfying result of the project.
. The code is about 400 lines of Python with no dependencies beyond NumPy. The rendering of the drum is done in SVG so you can watch the pen trace the curve.
. I would love feedback from anyone who has worked with the surviving machines in museums, especially on how the operators corrected for chain stretch in practice.
com [ add comment ]
com ▲ quayside_ops 5 hours ago | next [–]
com This is wonderful. My grandfather cranked one of these in Liverpool. He said the trick was to re-tension the chain every Monday.
com ▲ harbourmaster_k 5 hours ago | parent | next [–]
com That matches the logbook! There is a Monday pencil tick in the margin for thirty years.
com ▲ fourier_fan 4 hours ago | prev [–]
com Lovely writeup. Did you try more than 24 constituents to see when it stops helping?
com More
nav Rules | FAQ | Lists | API | Security | Legal | Apply to Tinkerwire | Contact
res Search the archive: [                    ]
"""))

DOCS.append(dict(num=901, slug="qa_bookbinding_wavy_pages", lang="en", style="single", noise=0.1,
title="Why do the text blocks of my hand-bound books turn wavy at the spine edge?",
notes="StackExchange-style Q&A page (a crafts Q&A site), the question is the article and every answer is a comment. Debris: site name and run-together menu, the 'Ask question' button, the asked/modified/viewed line (timestamp), the vote count and bookmark, the tags row, the share/improve/follow row, the edit stamp, the asker's card with reputation badges (byline/residue), the answers count and sort control, two answers with vote counts and signatures, the 'your answer' form, 'browse other questions' and a 'hot network' list (related), the footer. HARD NEGATIVES: a first-person question, a numbered list of things tried, a small materials table and an 'Edit:' paragraph by the asker.",
body=r"""
nav Crafts & Bindery Q&A
nav Questions   Tags   Users   Unanswered   Badges
nav Pose a question
T Why do the text blocks of my hand-bound books turn wavy at the spine edge?
ts Asked 2 years, 3 months ago   Modified 1 month ago   Viewed 3k times
soc 14
soc ☆ bookmark
. I have been binding small notebooks for about a year, mostly sewn on tapes with a hollow back and a quarter-cloth case. The books look fine when they come out of the press, but after two or three days the pages ripple along the spine edge, about two centimetres in from the fold. The fore-edge stays flat. It is worse in summer.
. What I have already tried:
. 1. Checking the grain direction of every sheet. All the paper runs parallel to the spine.
. 2. Using less glue on the spine and leaving the book in the press overnight.
. 3. Switching from PVA to wheat starch paste for the spine lining.
. 4. Lining with thinner mull.
. None of this changed much, although the paste books were slightly better.
. My materials:
. Text paper: 90 gsm cartridge, grain long
. Lining: cotton mull, then kraft paper
. Adhesive: PVA, diluted 10 percent, or wheat starch paste
. Boards: 2 mm greyboard
. My workroom is an attic with no heating, and humidity swings between about 40 and 75 percent over a week. I suspect the glue is adding moisture at the spine that the fore-edge never gets, so the spine side expands and then cannot shrink back evenly. But if that is true I do not understand why the waves appear days later rather than straight away.
. Is this a known problem with a standard fix, or should I be looking at a different paper?
. Edit: several people asked, so to be clear, I do not round or back the spines. They are flat-backed.
tag bookbinding   paper   adhesives   humidity
soc Share   Edit   Follow question
ts edited Jan 9 at 21:14
by asked Nov 2, 2023 at 18:40
res pagefold_ada   1,203 ● 4 ● 17
com 3 Answers   Sorted by: Highest score (default)
com 22 — Your guess about moisture is right, and the delay is the giveaway. Cartridge paper takes days to settle after a wet spine. Let the sewn block rest under light weight for a week before casing in. — answered Nov 3, 2023 by fold_and_fettle
com 6 — Try a humidity-stable room for the drying stage. A plastic crate with a bag of silica helped me. — answered Nov 5, 2023 by margins_of_error
com Your Answer   [ Post your answer ]
rel Not what you were after? Look through other questions tagged bookbinding or paper.
rel Hot questions across the network
rel Can a tenor recorder be tuned by shortening the foot joint?
rel Best way to store seed potatoes in a damp garage?
cp Site design / logo © 2026 Bindery Q&A network; user contributions under a share-alike licence
"""))

DOCS.append(dict(num=902, slug="facebook_brigade_hay_shed_fire", lang="en", style="mixed", noise=0.1,
title="HAY SHED FIRE — BOUNDARY ROAD, TUESDAY NIGHT",
notes="Facebook page post dump (a rural volunteer fire brigade in Australia), the page's post is the article. Debris: the page name and the follow/message buttons, the relative post time with the audience globe (timestamp), the reaction tally, the comments/shares count, the like/comment/share row, the comment sort label, four comments with 'reply' and ages, the 'show earlier comments' link, the write-a-comment box and the log-in wall at the end. HARD NEGATIVES: a list of attending units, a numbered list of hay-stack safety tips, a first-person thanks and an 'UPDATE:' paragraph.",
body=r"""
by Wattle Creek Rural Fire Brigade
soc ✓ Following    ✉ Message
ts 14h · 🌐
T HAY SHED FIRE — BOUNDARY ROAD, TUESDAY NIGHT
. At 9.52pm on Tuesday our pager went off for a hay shed fully alight on Boundary Road, about four kilometres east of the township. On arrival the crew found a 30-metre shed with roughly 600 round bales well involved and flames through the roof.
. Because of the size of the fire and the wind coming round to the north-west, the captain requested extra trucks straight away. Units attending:
. • Wattle Creek Tanker 1 and Tanker 2
. • Mulgoa Flat Tanker 1
. • Bindaree Pumper
. • Group Officer vehicle from district headquarters
. Crews protected the house, the machinery shed and a horse yard, all of which were within fifty metres. Nobody was hurt, and the owners got their horses out before we arrived.
. The shed itself could not be saved. Hay fires burn deep inside the bales, so the plan now is to let it burn down under supervision while a local contractor pulls the stack apart with a loader. Expect smoke in the area for several days.
. A lot of haystack fires start on their own when hay is baled too wet. A few things every farmer in the district should be doing right now:
. 1. Probe new stacks daily for the first six weeks with a crowbar or a thermometer.
. 2. If the bar is too hot to hold, call us before you move anything.
. 3. Build stacks away from houses, fuel and each other.
. 4. Never open a hot stack yourself; air makes it worse.
. I want to thank every volunteer who turned out on a work night, and the Bindaree crew who drove forty minutes to help us. Special thanks to the CWA ladies who had sandwiches at the station at 2am.
. UPDATE Wednesday 4pm: the stack has been pulled apart and is being blacked out. Boundary Road is open again but please slow down near the property.
soc 👍❤️😮 1.4K
soc 212 comments   98 shares
soc 👍 Like    💬 Comment    ↪ Share
com Sorted: most relevant first ▾
com Dianne Purcell — Legends, every one of you. So glad the horses are safe.  ·  Reply · 13h
com Ray Tulloch — That smoke could be seen from the highway. Great effort crew.  ·  Reply · 12h
com Wattle Creek Rural Fire Brigade — Thanks Ray, it was a long night!  ·  Reply · 12h
com Show 47 earlier comments
com Write a comment…
nl See more from Wattle Creek Rural Fire Brigade — log in or create a new account to keep scrolling
"""))

DOCS.append(dict(num=903, slug="linkedin_mekelle_surgical_ward", lang="en", style="single", noise=0.1,
title="What reopening a surgical ward in Mekelle taught me about supply chains",
notes="LinkedIn-style professional article by a surgeon (conflict aftermath: reopening a surgical ward in Tigray after the war). Debris: the site's join/sign-in bar, the author's name, headline and follow button (byline/social), the publication date, the reactions and comments counters and the action row, the 'more articles by' list, the 'explore topics' list, a sign-in nag, and the footer with copyright. HARD NEGATIVES: first-person prose, a short timeline with months, a numbered list of lessons and a one-line quote.",
body=r"""
nav Join today    Sign in
T What reopening a surgical ward in Mekelle taught me about supply chains
by Dr. Selam Gebrehiwot
by Consultant general surgeon · Global surgery advocate · Mentor
soc + Follow
ts Published 4 Mar 2026
. For almost two years the surgical ward where I trained in Mekelle could not do much surgery at all. During the war in Tigray there was no fuel for the generators, no oxygen, and for long periods no sutures. We operated when we could and mostly we waited.
. Last month we reopened all 48 beds. I want to share what that process taught me, because it was not what I expected. I expected the hard part to be staff. It was actually the supply chain.
. How the year went
. March: the first oxygen cylinders arrived by road since the ceasefire.
. June: both operating theatres were running again, four days a week.
. September: a donated autoclave was installed, but it could not run for two months because one gasket was missing.
. February: the full ward reopened with night cover.
. That gasket is the story of the whole year. We had a machine worth thousands of dollars and a part worth three dollars was not available anywhere in the region.
. What I learned
. 1. Count the small things. Gaskets, fuses, light bulbs for the theatre lamps. They stop more work than big equipment failures do.
. 2. Keep a paper stock list. When the network went down for weeks, the paper list was the only one that worked.
. 3. Train two people for every machine, so that nothing stops when one of them leaves.
. 4. Tell donors exactly what you need, including the boring items.
. "A surgeon without supplies is just a person with good intentions."
. One of my residents said that to me during the worst months, and I have thought about it almost every day since.
. I am grateful to the nurses who stayed, to the drivers who brought the oxygen through, and to colleagues abroad who listened when we asked for gaskets instead of equipment.
soc 👏💡 311
soc 42 comments · 17 reposts
soc Like    Comment    Repost    Send
rel More articles by Dr. Selam Gebrehiwot
rel Teaching laparoscopy with a cardboard box trainer
rel Why our residents keep logbooks by hand
rel Explore topics
rel Humanitarian Health · Hospital Management · Surgical Training
nl Sign in to see the conversation and add your own perspective
cp © 2026 · About · Accessibility · User terms · Privacy · Cookie choices · Brand guidance
"""))

DOCS.append(dict(num=904, slug="reddit_elevator_outage_log", lang="en", style="sparse", noise=0.1, ws=True,
title="I logged every elevator outage in my 14-storey building for a year. Here's the data.",
notes="Reddit self-post with a comment tree (a tenant's year of elevator-outage data). Debris: community name, poster and age line (byline), the flair (tags), the vote score, the comment/share/save/award row, a promoted post in the middle of the thread (ad), the comment sort, a comment tree with 'level' markers and points, 'more replies' links, the community sidebar description (bio) and rules heading, the 'more posts you may like' list and the footer. HARD NEGATIVES: a monthly table of outages, bulleted findings, and two 'Edit:' paragraphs.",
body=r"""
nav r/cityrenters
by Posted by u/floor11_fiona · 3 mo. ago
tag Data / OC
T I logged every elevator outage in my 14-storey building for a year. Here's the data.
. I live on the eleventh floor of a fourteen-storey building with two elevators and about 160 flats. Last February, after carrying a week of shopping up the stairs for the third time that month, I started a spreadsheet. Every time a lift was out, I wrote down when I noticed it, when it came back, and which lift it was.
. Twelve months later, here is what I have.
. Month | Outages | Hours with both lifts down
. Feb | 3 | 6
. Mar | 5 | 19
. Apr | 2 | 0
. May | 4 | 11
. Jun | 7 | 31
. Jul | 6 | 42
. Aug | 3 | 4
. Sep | 2 | 0
. Oct | 4 | 9
. Nov | 5 | 14
. Dec | 8 | 57
. Jan | 6 | 23
. Some things that stood out:
. - The summer and December spikes line up with heatwaves and with the holiday weekend when the maintenance firm was on a skeleton crew.
. - Lift B failed three times as often as lift A.
. - Both lifts were out at the same time on 21 separate days.
. I sent the spreadsheet to the management company and to our councillor in January. The management company replied that the lifts meet the legal standard. The councillor replied asking if she could show it to the housing committee.
. Edit: a lot of people asking how I recorded outages I didn't witness. Three neighbours messaged me in a group chat, so it's four people, not just me.
. Edit 2: the housing committee meets on 12 March and the spreadsheet is on the agenda. Thank you all.
soc 2.3k
soc 💬 412 Comments   ↗ Share   ⊕ Save   ✦ Award
ad Promoted · Sick of stairs? Stairlift quotes in 48 hours from Liftwell
com Sort by: best ▾
com level 1 · radiatorhisses · 1.2k points · 3 mo. ago
com This is exactly how tenant unions win things. Data beats anecdotes.
com level 2 · floor11_fiona · 640 points · 3 mo. ago
com Thank you! I honestly started it out of spite.
com 37 more replies
com level 1 · liftmech_uk · 418 points · 3 mo. ago
com Lift tech here. Three times the failures on one car usually means a door operator problem. Ask them for the service log.
bio r/cityrenters — A place for renters in big cities to share advice, data and war stories. 212k members.
nav Community rules
rel Other threads from around the site
rel Our landlord replaced the boiler with one half the size
rel Heat complaints: a template letter that worked
cp Reddit Inc © 2026. All rights reserved
"""))

DOCS.append(dict(num=905, slug="foodblog_smoky_chickpea_stew", lang="en", style="mixed", noise=0.15,
title="Smoky chickpea and roasted pepper stew",
notes="WordPress food blog with a recipe card plugin ('The Crooked Ladle'). Debris: blog name and menu, the jump-to-recipe and print-recipe buttons, the affiliate disclosure (banner), an image alt-text copy and a pin button, an 'as seen in' strip (ad), an inline ad label, the recipe card's star rating and vote count, the card's print/pin/rate buttons, the course/cuisine/keyword line (tags), the 'tried this recipe?' prompt, the author bio, two comments with ratings and reply links, and a footer. HARD NEGATIVES: a subtitle, first-person intro, an ingredient list with quantities, numbered method steps, a serving line and a 'Note:' line.",
body=r"""
nav The Crooked Ladle
nav Recipes ▾   Weeknight   Soups & Stews   Baking   About Marta
T Smoky chickpea and roasted pepper stew
. A cheap, thick, one-pot supper for the end of winter
nav ↓ Leap to the recipe    🖨 Print the card
ban Heads-up: a few links below earn me a small commission if you buy through them.
. I make this stew most weeks from January to March, when peppers are expensive and I am tired of root vegetables. The trick is roasting jarred peppers until their edges blacken, which gives them back the flavour that the jar took away.
cap Smoky chickpea stew in a blue enamel pot
soc Pin this for later
. It also freezes well, so I always make a double batch and put half in the freezer for a night when I get home late.
. My children call it "red beans", even though there is not a single bean in it, and they eat it with torn flatbread and a spoon of yoghurt on top. If you have a tired lemon in the fridge, a squeeze at the end lifts it a great deal. Leftovers thicken overnight, so loosen them with a splash of water when you reheat.
ad As featured in: Home Table Weekly · The Sunday Plate
ad — advertisement —
. Ingredients
. 2 tbsp olive oil
. 1 large onion, sliced
. 3 cloves garlic, crushed
. 2 tsp smoked paprika
. 1 jar (450 g) roasted red peppers, drained
. 2 tins (400 g each) chickpeas, drained
. 1 tin (400 g) chopped tomatoes
. 500 ml vegetable stock
. 100 g spinach
. Method
. 1. Heat the oven to 220°C. Spread the peppers on a tray and roast for 15 minutes until the edges char.
. 2. Meanwhile soften the onion in the oil for 10 minutes, then add the garlic and paprika for one minute.
. 3. Add the tomatoes, stock and chickpeas and simmer for 20 minutes.
. 4. Chop the roasted peppers and stir them in with the spinach. Cook until the spinach wilts.
. Serves 4. Prep 15 minutes, cook 40 minutes.
. Note: if you like heat, add a pinch of chilli flakes with the paprika.
soc ★★★★★  4.8 from 37 ratings
res 🖨 Print   📌 Pin   ★ Rate
tag Course: Main · Cuisine: Mediterranean-ish · Keyword: chickpeas, pantry, stew
soc Cooked this? Snap a photo and mention @crookedladle so I can see it!
bio Hi, I'm Marta! I cook cheap food for a family of five in a tiny kitchen in Leeds, and I write it all down here.
com 14 thoughts on "Smoky chickpea and roasted pepper stew"
com Joanne R. ★★★★★ — Made it with butter beans instead, still brilliant. — Reply
com Sam T. ★★★★ — Bit too smoky for the kids, I halved the paprika. — Reply
com Leave a comment   Your rating ☆☆☆☆☆
cp © 2026 The Crooked Ladle · Design by Pixelcrumb
"""))

DOCS.append(dict(num=906, slug="wire_cabo_delgado_returnees", lang="en", style="single", noise=0.05,
title="Families return to Mocímboa da Praia, find rebuilt market but few jobs",
notes="Newswire page (an invented wire agency, 'Meridian') on displaced families returning to Mocímboa da Praia after the insurgency in Cabo Delgado (conflict aftermath). Debris: the agency name and section menu, the section label, the reporter byline, the reading-time label, the updated stamp, a photo caption and credit, a 'licensing rights' link (residue), the reporting/editing credits line (byline), the trust-principles boilerplate (bio), a 'read next' list, and a markets ticker and footer. HARD NEGATIVES: a dateline inside the first paragraph, a quoted sentence alone on a line, bulleted figures, and a subheading.",
body=r"""
nav MERIDIAN  World  Business  Markets  Climate  Wire Desk
res USD/MZN 63.91 ▲0.2%  |  Brent 81.40 ▼1.1%  |  Gold 2,318 ▲0.4%
nav Africa
T Families return to Mocímboa da Praia, find rebuilt market but few jobs
by By Tomé Nhantumbo
rt Read time: about 4 minutes
ts Last updated 3 hrs ago
. MOCÍMBOA DA PRAIA, Mozambique, March 9 (Meridian) - Three years after the first families began returning to this northern port town, its central market has been rebuilt and the fish stalls are busy again, but residents say work remains scarce and many young men still leave for the provincial capital.
cap Traders set out dried fish at the rebuilt central market in Mocímboa da Praia, March 7, 2026.
cr Meridian/Tomé Nhantumbo
res License this photo for reuse
. The town was occupied by insurgents for a year from August 2020 and most of its population fled. Provincial officials estimate that about 70 percent of former residents have now come back.
. Key figures from the district administration:
. - 142 market stalls rebuilt, with 38 still empty
. - 11 of 14 primary schools reopened
. - 3 health posts working, against 6 before 2020
. - one ferry a week to Pemba, down from daily before the conflict
. Fishing has recovered fastest because it needs little capital. Cashew and sesame farming inland has been slower, as some fields are still considered unsafe and seed distributions reached only a third of returning households last season.
. "We have the sea, and the sea does not close," said Halima Assane, 46, who sells dried fish at the market.
. Jobs and security
. Residents said the main worry is employment. A planned gas project south of the town remains suspended, and the construction jobs that were promised have not appeared. Local youth groups say some unemployed men have been approached by armed groups still active in the interior.
. The provincial government said in February that it would open a vocational training centre in the town this year, focused on boat repair and solar installation.
by Reporting by Tomé Nhantumbo; Editing by Clare Whitby
bio Our standards: the Meridian Principles of Trust.
rel Read next
rel Mozambique central bank holds rates as inflation eases
rel Aid agencies warn of funding gap for northern displacement camps
cp © 2026 Meridian. All rights reserved.
"""))

DOCS.append(dict(num=907, slug="tv_station_ice_storm_outages", lang="en", style="mixed", noise=0.1, ws=True,
title="Ice storm leaves 18,000 without power across Harlan Valley",
notes="Local TV station web page with video player residue and closed-caption notices (an ice storm and power outages). Debris: the station name, the 'watch live' and weather-alert bar (banner), a menu, the video player duration and controls, a caption-quality notice (residue), the autoplay 'up next' item, the author and time line, a share row, an app pitch, a 'trending' list, EEO/public-file links and copyright. HARD NEGATIVES: a list of warming centers with hours, an 'Update:' paragraph at the top of the story, a quote on its own line and a subheading.",
body=r"""
nav KRVL 7 NEWS
ban 🔴 Watching live · ⚠ 3 weather alerts in effect — tap for details
nav News   Weather   Traffic   Sports   Investigations   Community
T Ice storm leaves 18,000 without power across Harlan Valley
res ▶ 02:14    CC    ⛶
res Captions on this clip are produced by machine and may contain mistakes.
rel Up next in 5 · Crews race to restore lines near Millbrook
by By Denise Okoro, KRVL 7 · 6:12 AM CST, Thu Jan 22, 2026
soc Share ⋯ Email ⋯ Copy link
. Update, 11:40 a.m.: Valley Electric Cooperative says the number of customers without power has fallen to about 11,500. Crews from two neighboring states arrived overnight.
. HARLAN VALLEY — Freezing rain coated trees and power lines across the valley overnight, bringing down hundreds of branches and leaving about 18,000 homes and businesses without electricity at the peak of the storm early Thursday.
. The National Weather Service measured up to half an inch of ice in Millbrook and Cedar Gap. Temperatures are not expected to rise above freezing until Saturday afternoon.
. "We've got lines down on almost every county road east of the river," said Valley Electric spokesperson Aaron Pettigrew. "Some of our members should expect to be without power into the weekend."
. Warming centers
. The county has opened three warming centers. Pets are allowed in crates.
. • Millbrook Community Center, 210 Oak St. — open 24 hours
. • Cedar Gap First Baptist Church, 45 Ridge Rd. — 7 a.m. to 10 p.m.
. • Harlan Valley High School gym — 24 hours, cots available
. Staying safe
. Emergency managers are reminding residents never to run generators inside garages or near open windows. Two people were treated for carbon monoxide exposure in Cedar Gap on Wednesday night.
. "Please, if you're using a generator, put it at least twenty feet from the house."
. Schools in all four valley districts are closed Thursday and Friday. The county says salt trucks are concentrating on state routes, and drivers should avoid back roads entirely until the ice melts.
. Customers can report outages by phone or through the cooperative's website.
nl Get storm alerts pushed to your phone — download the KRVL 7 app
rel Trending on KRVL
rel Cedar Gap bakery gives away bread during outage
rel Why freezing rain is worse than snow for power lines
res FCC Public File · EEO Report · Closed Captioning Contact
cp Copyright 2026 KRVL-TV. All rights reserved.
"""))

DOCS.append(dict(num=908, slug="town_minutes_beaver_culvert", lang="en", style="single", noise=0.1,
title="Select Board Regular Meeting Minutes – March 3, 2026",
notes="Local government minutes page (a New England town's select board, a beaver dam and a flooded culvert). Debris: skip link, town name, burn-ban banner, the agenda-centre breadcrumb, the PDF view/download link, a 'notify me' sign-up, the 'previous/next minutes' pager, the website vendor credit and the town's address line (bio). HARD NEGATIVES: the attendance list, motions with vote tallies ('Ayes: 4, Nays: 1'), an action list, a time of adjournment and the clerk's signature line.",
body=r"""
nav Skip to page content
nav Town of Hadley Falls
ban Open burning is prohibited until further notice by order of the Fire Chief.
nav Home › Government › Agendas & Minutes › Select Board
T Select Board Regular Meeting Minutes – March 3, 2026
res 📄 View minutes as PDF (212 KB)
. Present: Chair Lorraine Dufresne, Vice Chair Gary Whitcomb, Members Anjali Rao, Tom Brissette and Ellen Marsh. Also present: Highway Superintendent Carl Bouchard, Town Administrator Nina Kessler.
. 1. Call to order
. The Chair called the meeting to order at 6:30 p.m. in the Town Hall meeting room.
. 2. Hatchery Road culvert and beaver dam
. Superintendent Bouchard reported that a beaver dam upstream of the Hatchery Road culvert has raised the water level by about three feet, and that the road flooded twice in February. Removing the dam alone would only be temporary, as the beavers have rebuilt it within a week each time.
. He recommended installing a flow device, a pipe through the dam with a fence at the upstream end, which keeps the pond at a set level. The quote from Northern Wetland Solutions is $6,800 including installation.
. Member Marsh asked whether trapping had been considered. Bouchard said trapping would be cheaper this year but the problem would return with the next family.
. Motion by Rao, seconded by Whitcomb, to approve the flow device at a cost not to exceed $7,000 from the highway maintenance line.
. Ayes: 4 (Dufresne, Whitcomb, Rao, Marsh). Nays: 1 (Brissette). Motion carried.
. 3. Town Hall boiler
. Administrator Kessler reported that the Town Hall boiler failed its inspection and must be replaced before October. Three quotes will be sought.
. Action items:
. - Bouchard to schedule the flow device installation for April.
. - Kessler to request boiler quotes and report at the April 7 meeting.
. - Marsh to draft a notice to Hatchery Road residents.
. 4. Adjournment
. Motion to adjourn by Whitcomb, seconded by Marsh. All in favor. The meeting adjourned at 7:48 p.m.
. Respectfully submitted, Deborah Lyle, Town Clerk
nl Get an e-mail whenever new minutes are posted
nav ← February 17, 2026 minutes    March 17, 2026 minutes →
bio Town of Hadley Falls · 12 Common Street · Hadley Falls, VT 05055 · Office hours Mon–Thu 8–4
res Municipal website platform by CivicLantern
"""))

DOCS.append(dict(num=909, slug="parish_bulletin_bell_rehanging", lang="en", style="double", noise=0.2, ws=True,
title="Our bells are coming home",
notes="Church/parish bulletin web page (an Anglican parish, the bells rehung after restoration). Debris: parish name, a run-together menu with service times link, the safeguarding notice (banner), the bulletin issue label and date, a 'give online' button (ad), an image caption and credit, a 'from the bulletin' list of other items (related), the registered-charity line (bio), a privacy/cookie note and the copyright. HARD NEGATIVES: the vicar's first-person letter with greeting and signature, a list of the bells with weights, a fundraising table, and a 'Correction:' paragraph.",
body=r"""
nav St Brannoc's, Thornbury Marsh
nav Welcome | Services & Times | Weddings | Baptisms | Hall Hire | Bulletin | Find Us
ban If you have a concern about the safety of a child or vulnerable adult, please speak to our parish safeguarding lead.
nav Bulletin No. 412 · Lent 2
ts Sunday 1 March 2026
T Our bells are coming home
. Dear friends,
. After fourteen months at the foundry in Loughborough, our six bells will return to the tower on Tuesday 17 March. The lorry is expected at around ten in the morning, and everyone is welcome to come and see them lifted into the tower by the crane.
cap The tenor bell on the foundry floor after retuning
cr Photo: Kit Ambrose
. The restoration has included recasting the cracked fourth bell, retuning the other five, and fitting new headstocks and bearings. The old oak frame has been strengthened with steel so that the bells can be rung full circle for the first time since 1958.
. The bells and their weights:
. Treble — 4 cwt, cast 1711
. Second — 5 cwt, cast 1711
. Third — 6 cwt, cast 1783
. Fourth — 7 cwt, recast 2025
. Fifth — 9 cwt, cast 1862
. Tenor — 12 cwt, cast 1862
. Where the money came from:
. Heritage grant — £38,000
. Parish appeal — £21,450
. Bell Restoration Fund — £9,000
. Legacy of the late Joan Pilley — £5,000
. Correction: last month's bulletin said the fourth bell was cast in 1783. It was the third. Thank you to Derek for spotting it.
. Ringing full circle means the bells can once again be heard across the marsh on Sunday mornings and at weddings. Several of you have told me that you remember them ringing for the Coronation, and I hope some of you will climb the tower with me to see the work for yourselves.
. A dedication service will be held on Sunday 12 April at 3pm, with the Bishop of Marshfield. The new band of learners, eleven of them, has been practising on the handbells all winter and cannot wait.
. With every blessing,
. Revd Helen Achebe, Vicar
ad Give online to the Fabric Fund — tap here
rel Also in this week's bulletin
rel Lent lunches in the hall · Churchyard working party · Flower rota
bio St Brannoc's Parochial Church Council is a registered charity, no. 1131842
res We use essential cookies only. Read our privacy notice.
cp © 2026 St Brannoc's Church, Thornbury Marsh
"""))

DOCS.append(dict(num=910, slug="match_centre_womens_hockey", lang="en", style="sparse", noise=0.1,
title="Ravensworth edge Calderbank in five-goal thriller",
notes="Sports league match centre (a women's field hockey league). Debris: league name and menu, the match-centre tabs, the fixture card with venue and start time (timestamp/residue), the 'FT' status, a sponsor strip (ad), a 'player of the match' vote button (social), the match report's byline, a league-table widget heading (residue), 'other results' list (related), an app pitch and the footer. HARD NEGATIVES: the score line, a goals timeline with minutes, a cards line, a one-line quote and the team line-ups.",
body=r"""
nav NORTHERN WOMEN'S HOCKEY LEAGUE
nav Fixtures   Results   Tables   Clubs   Umpires
nav Overview | Line-ups | Stats | Report
ts Sat 7 Mar 2026 · push-back 14:00 · Ravensworth Park, pitch 2
res FT
ad Match centre powered by Brindle Sports Drinks
T Ravensworth edge Calderbank in five-goal thriller
. Ravensworth 3–2 Calderbank
. Goals:
. 12' Amira Sandhu (Ravensworth, field goal)
. 27' Jo Penhaligon (Calderbank, penalty corner)
. 41' Amira Sandhu (Ravensworth, penalty stroke)
. 48' Kirsty Fane (Calderbank, field goal)
. 59' Hattie Oduya (Ravensworth, penalty corner)
. Cards: green, Fane (Calderbank) 33'; yellow, Blake (Ravensworth) 52'
by Report by Gemma Stroud
. Ravensworth moved to within two points of the top of the table with a late winner from Hattie Oduya, who flicked a penalty corner into the top corner with a minute left on the clock.
. The home side started quickly and led through Amira Sandhu's reverse-stick finish, but Calderbank were level before half-time when Jo Penhaligon dragged a corner low past the keeper.
. Sandhu restored the lead from the spot after Calderbank's defender stopped a goal-bound shot with her foot on the line. Calderbank answered within seven minutes, Kirsty Fane finishing a counter-attack that began in their own circle, and with Ravensworth down to ten during Blake's yellow card the visitors looked the more likely winners.
. Instead the final chance fell to Ravensworth. Oduya, only seventeen and on her league debut, stepped up to take the corner because the regular flicker was off the pitch.
. "I didn't have time to be nervous," Oduya said afterwards.
. Calderbank captain Nell Tait said her side had deserved at least a draw and would look at the second-half penalty stroke again on video.
. Ravensworth coach Dee Marchetti said the team had practised the corner routine "about four hundred times" this winter.
. Ravensworth: Lowe; Blake, Nkemelu, Carrow, Ibbotson; Sandhu, Whitely, Farr; Oduya, Grieve, Kells.
. Calderbank: Moss; Tait, Fane, Okonjo, Prior; Penhaligon, Harte, Vasey; Lund, Drury, Cole.
soc Vote for your player of the match ›
res League table — top four
rel Elsewhere today: Thornhill 1–1 Askern · Bramley Vale 4–0 Hexley
nl Live scores on the go: get the NWHL app
cp © 2026 Northern Women's Hockey League · Privacy · Safeguarding policy
"""))
