DOCS = []

DOCS.append(dict(num=911, slug="wayback_tower_clock_restoration", lang="en", style="sparse", noise=0.1,
title="Restoring the Brackwater church tower clock",
notes="Web-archive capture (an invented archive service styled like the Wayback Machine) of a clockmaker's 2009 personal homepage. Debris: the archive toolbar (address line, capture count, month and year strips, capture info, close/help), the old site's bracketed menu, the visitor counter, the 'best viewed' line, the last-modified stamp, the validator badge, a web-ring pager and the copyright. HARD NEGATIVES: a first-person account, a bulleted list of parts replaced, a sentence telling churches to get in touch (without any contact details), and a dated 'Update' paragraph.",
body=r"""
res The Timeshelf Archive - https://timeshelf.example/web/20090412083311/http://www.brennanclocks.co.uk/tower.html
res 57 captures · 3 Feb 2006 – 19 Aug 2016
res MAR  APR  MAY
res 2008  2009  2010
res About this capture · Collection: general web crawl
res ✕ close   ? help
nav [Home] [Clocks for sale] [Restorations] [Links] [Guestbook]
T Restoring the Brackwater church tower clock
. In the summer of 2008 the parish council of Brackwater asked me to look at their tower clock, which had stopped in 1987 and had not been touched since. It is a flatbed turret clock made by a Leeds firm in 1882, with a double three-legged gravity escapement and a pendulum about four metres long.
. When I climbed the tower for the first time, the whole movement was covered in pigeon droppings and the winding ropes had rotted. The hands on the east dial had been tied with wire to stop them swinging in the wind.
. The movement came down the tower in pieces over two weekends and was rebuilt in my workshop in Thornley. Parts replaced:
. * both winding barrels' ratchet clicks
. * the pendulum suspension spring
. * three bushes in the going train
. * the steel cables, which replace the old ropes
. The escapement itself needed only cleaning and a light polish on the pallets, which says a great deal about the men who made it. Everything else I kept original where I could.
. We put the clock back on 14 March this year. It now keeps time to within about twenty seconds a week, which is better than I hoped. A volunteer from the church, Mr Alan Hesketh, winds it every Sunday after the morning service, and the villagers tell me they had forgotten how the chime sounds across the green.
. If your church has an old tower clock that has stopped, please get in touch. Many of them can be saved for much less than the cost of an electric replacement.
. Update, April 2009: the strike train has now been reconnected and the clock strikes the hours again.
res You are visitor number 0048213
res Best viewed at 800x600 with any browser
ts Last modified: 11/04/2009
res [Valid HTML 4.01!]
nav << Prev site | Horology Webring | Next site >>
cp (c) 2003-2009 Peter Brennan, Brennan Clocks
"""))

DOCS.append(dict(num=912, slug="obituary_piano_tuner_pettigrew", lang="en", style="single", noise=0.1, ws=True,
title="Rosalind Mae Pettigrew, 1938–2025",
notes="Obituary page on a funeral home's website (invented 'Alder & Finch'). Debris: the funeral home's menu and phone line, the breadcrumb, the sympathy-flowers and memorial-tree buttons, the candle counter, the share row, the tribute-wall heading, three tribute entries with their names and dates, the guestbook prompt, the funeral home address line (bio), the web designer's credit and the copyright. HARD NEGATIVES: the service details (visitation, funeral, burial) with times and places, the 'in lieu of flowers' donation sentence, and a list of surviving family.",
body=r"""
nav Alder & Finch  ·  Obituaries  ·  Plan ahead  ·  Grief support  ·  Our team
res Call us day or night: 555-0148
nav Obituaries › 2025 › Pettigrew
T Rosalind Mae Pettigrew, 1938–2025
. Piano tuner, church organist and teacher of three generations of Lakeview children
ad 💐 Order a sympathy arrangement
ad 🌳 Plant a memorial tree
soc 🕯 37 people have lit a candle
soc Share the obituary: Facebook · Email · Print
. Rosalind Mae Pettigrew died peacefully at home in Lakeview on 24 April 2025, aged 86, with her daughter at her side.
. Born in Cedar Falls to a railway clerk and a seamstress, Rosalind learned the piano on a borrowed upright and began tuning at nineteen, when the only tuner in the county retired. For more than fifty years she drove a green station wagon to farmhouses, schools and churches with a tuning hammer, a set of mutes and a thermos of black coffee. She once said she had tuned every piano within sixty miles at least twice, and some of them forty times.
. She played the organ at First Lakeview Church from 1962 until 2019 and taught piano in her front room, where generations of pupils learned scales beside a framed photograph of her late husband, Harold, who died in 2001.
. She is survived by:
. - her daughter, Joan Pettigrew Alvarez, and son-in-law Luis
. - her grandsons, Daniel and Marco
. - her sister, Irene Kowal, of Duluth
. Service details
. Visitation: Friday 2 May, 4–7 pm, Alder & Finch chapel, 310 Main Street
. Funeral: Saturday 3 May, 11 am, First Lakeview Church
. Burial: Lakeview Cemetery, immediately after the service
. In lieu of flowers, memorial donations may be made to the Lakeview School music fund, which Rosalind helped to found.
. The family asks that anyone who has a recording of her playing bring it to the visitation, so that it can be copied and shared.
com Tribute wall
com Mark Ellery · April 27, 2025 — She tuned our school piano every August. I can still hear her saying "one more pass."
com The Brandt family · April 27, 2025 — Thank you for the hymns, Mrs P. Rest well.
com Cathy Lund · April 28, 2025 — My first recital was in her front room. Sending love to Joan.
com ✎ Add a memory or condolence
bio Alder & Finch Funeral Home · 310 Main Street, Lakeview · family owned since 1931
res Website by Mourningdove Digital
cp © 2025 Alder & Finch. All rights reserved.
"""))

DOCS.append(dict(num=913, slug="classifieds_grain_elevator_demolition", lang="en", style="mixed", noise=0.15,
title="Ostrander's last wooden elevator comes down",
notes="Small-town weekly paper's website with heavy classified advertising (invented 'The Prairie Ledger'). Debris: the e-edition and subscribe links, the weather widget, section menu, byline with date, a photo caption and credit, four classified ads between the paragraphs (farm machinery, help wanted, a garage sale, a room to rent), the 'place a classified' line, the comments count and one comment, the 'most read' list and the copyright. HARD NEGATIVES: a quote from the elevator's last manager, a list of dates in the elevator's history, and a sentence saying photographs will appear in next week's print edition.",
body=r"""
nav E-EDITION  |  SUBSCRIBE  |  PLACE AN AD
res Ostrander  🌤  -4°C  feels like -11
nav News  Farm  Sports  Obits  Legal notices  Classifieds
T Ostrander's last wooden elevator comes down
by By Dale Kuznik  |  Ledger staff  |  Feb 20, 2025
cap The elevator's cupola tilts moments before it fell on Tuesday afternoon.
cr LEDGER PHOTO / DALE KUZNIK
. A crowd of about eighty people stood in the snow along Railway Avenue on Tuesday to watch the last wooden grain elevator in Ostrander pulled to the ground.
. The elevator, built by a farmers' co-operative in 1928, stood 24 metres tall and could hold about 1,100 tonnes of wheat. It stopped taking grain in 2003, when the branch line closed and farmers began hauling to the concrete terminal at Weyburn Junction.
ad FOR SALE: 2011 Case IH 8120 combine, 2,900 sep hours, always shedded. Serious enquiries only. 555-0193
. "I worked in there for thirty-one years, and I knew every board in it," said Henry Olafson, 79, the elevator's last manager. "It was time, but I still didn't want to watch."
. A history of the elevator:
. 1928 – built by the Ostrander Co-operative Elevator Company
. 1952 – annex added on the south side
. 1979 – struck by lightning, repaired within a month
. 2003 – last grain delivered
. 2024 – sold to the village for one dollar
ad HELP WANTED: Seasonal spray operator, Class 1A preferred. Apply at Borden Ag, Hwy 13.
. The village council had tried for five years to find money to preserve the building, but engineers found rot in the main posts and said repairs would cost more than $900,000.
. Wood from the elevator's bins, mostly Douglas fir, will be sold to a furniture maker in Regina, and the proceeds go to the Ostrander museum, which will display the original weigh scale and the manager's office door.
. Olafson's grandson, Tyler, operated the excavator that pulled the last wall down. He said he had ridden the elevator's manlift as a boy and was glad the job had fallen to the family.
ad GARAGE SALE Sat 9–2, 214 Elm St. Tools, quilts, canning jars. No early birds!
. Photographs of the demolition by our readers will appear in next week's print edition.
ad ROOM FOR RENT in quiet farmhouse, 8 km south of town, $450/month incl. utilities.
ad To place a classified, call the Ledger office Tuesday to Thursday before noon.
com 💬 6 comments
com Bev Sandstrom — My dad hauled his first load there in 1946. Sad day.
rel The Ledger's most-read stories this week
rel Curling bonspiel draws record 32 rinks
rel Village budget keeps mill rate flat
cp © 2025 The Prairie Ledger, Ostrander. Published every Thursday.
"""))

DOCS.append(dict(num=914, slug="radio_fishermen_dialect_words", lang="en", style="double", noise=0.05,
title="Wordhoard: the words fishermen used for weather",
notes="Community radio station page for a programme segment, with the site's live player. Debris: the station's live bar with now-playing line, the run-together menu, the episode player and progress line, the download link, the 'listen on' row, the broadcast date stamp, the presenter line (byline), the support pitch, the tags, the up-next widget, the station licence boilerplate and the copyright. HARD NEGATIVES: an introduction that mentions listening, a bulleted glossary of dialect words with meanings, a quote and a request to listeners to send in words.",
body=r"""
res ▶ LIVE  Saltmarsh FM 97.4 · Now: The Breakfast Tide with Jo Aske
nav Schedule | Presenters | Catch up | Support us | Contact
T Wordhoard: the words fishermen used for weather
res 🔊 ━━━━━━○────── 0:00 / 24:18
res ⤓ Get the MP3 (22 MB)
nav Also on: Podstream · Tunewell · RSS
ts First broadcast Sunday 9 March, 10:30
by Presented by Kit Tremayne
. In this week's Wordhoard, Kit sits down in the net loft at Polwenna with three retired fishermen to collect the words they used for weather, and to find out which ones are still heard on the quay.
. Most of the words were never written down. They were learned on the boats from fathers and uncles, and some of them mean something slightly different in each harbour along the coast.
. Words collected in this episode:
. - mizzle: fine rain that hangs in the air, heavier than mist
. - dreckly: not now, later, perhaps never
. - a cat's paw: a ripple of wind on calm water, the first sign of a breeze
. - lusty: a sea that is rough but honest, with no cross swell
. - bruss: a short, hard squall coming off the land
. Arthur Pengelly, 84, explained that a skipper would never say a storm was coming. He would say it was "looking dirty to the west", because naming a storm was thought to invite it.
. "You didn't whistle on a boat either," he said. "You'd whistle up a wind, and then it'd be your fault."
. Kit also talks to a linguist from the university, who is building a recorded dictionary of coastal speech and hopes to add two hundred words before the end of the year.
. The episode also includes a recording from 1962 of a Polwenna skipper reading the shipping forecast aloud to his crew.
. If you have a word your family used for the weather or the sea, send it in with where it was used. The best will be read out on next month's programme.
ad Keep community radio on air: become a Friend of Saltmarsh FM from £3 a month
tag dialect · fishing · oral history · Wordhoard
res Up next on 97.4: 11:00 The Farming Hour
bio Saltmarsh FM is a volunteer-run community station licensed to serve the Polwenna coast.
cp © Saltmarsh Community Radio CIC 2025
"""))

DOCS.append(dict(num=915, slug="union_bulletin_bus_rest_breaks", lang="en", style="none", noise=0.25,
title="Bulletin 42: Rest-break agreement won at Quayside depot",
notes="Trade union branch bulletin on the union's website (invented Harbour Transport Workers' Union). Debris: the members' login prompt, the join-online pitch (ad, a membership pitch), the union menu, the 'branch bulletins' section label, the date, the PDF download link, the tag row, the 'other bulletins' list, the branch office address and the copyright/imprint line. HARD NEGATIVES: a numbered list of agreed points, the ballot result line, a sentence urging members to share the bulletin with non-members on their shift, and the branch secretary's signature (name and role).",
body=r"""
nl Members' area: sign in with your membership number
ad Not yet in the union? Joining online takes five minutes →
nav About  Your rights  Branches  Campaigns  Bulletins  Contact
nav Branch bulletins › Quayside bus depot
T Bulletin 42: Rest-break agreement won at Quayside depot
ts 17/10/2025
res ⬇ Download this bulletin as a PDF (186 KB)
. Dear colleagues,
. After seven months of negotiation and two overtime bans, management at Quayside depot has signed a new rest-break agreement with the branch. It comes into force on Monday 3 November.
. The agreement in brief:
. 1. No driver will work more than four hours without a paid break of at least 30 minutes.
. 2. Breaks will be taken at a depot or a relief point with a toilet and a hot-drinks machine, not in the cab.
. 3. Schedules that break rule 1 must be rewritten before the winter timetable starts.
. 4. Late running does not cancel a break. Control must send relief or hold the bus.
. 5. A joint committee will review breaks every three months.
. The members' ballot closed on Wednesday. The result was 812 for, 64 against, on a turnout of 81 per cent.
. This is a real gain. For years drivers on routes 7 and 22 have eaten their lunch at the wheel while passengers boarded, and too many of us have gone a whole shift without a proper toilet stop. The new relief point at Harbour Gate, with a rest room, opens the same day.
. We know some schedules will be tight in the first weeks. If your break is cut or missed, write down the date, the duty number and what control told you, and give it to your rep. Every missed break is a breach.
. Please share this bulletin with colleagues on your shift who are not yet members. The agreement covers them too, but it was won by the people who voted.
. In solidarity,
. Deepa Raman, Branch Secretary, Quayside
tag rest breaks · Quayside · agreements
rel Other bulletins: No. 41 Pay talks update · No. 40 Heat in the cab
bio Quayside branch office, Unit 4, Harbour Gate Business Park. Open Tue and Thu 10–3.
cp Published by the Harbour Transport Workers' Union. © 2025 HTWU.
"""))

DOCS.append(dict(num=916, slug="museum_blog_tapestry_moths", lang="en", style="single", noise=0.1,
title="Moths in the hunting tapestry: what the traps told us",
notes="Museum blog post from a conservation studio (invented Museum of the Lower Weald). Debris: the visitor menu, the opening-hours line, the ticket-booking button, the blog breadcrumb, the author/date line, an unrendered gallery shortcode, the tags line, the share row, the replies-closed notice, related posts, the newsletter pitch, the charity number line (bio) and the copyright. HARD NEGATIVES: a table of trap counts by gallery, a numbered list of what the team did, and a sentence asking visitors not to bring woollen items in plastic bags.",
body=r"""
nav Visit   What's on   Collections   Learning   Shop   Support
res Open today 10:00–17:00 · free entry
ad Book a free timed ticket
nav Blog › Conservation studio
T Moths in the hunting tapestry: what the traps told us
by Posted by Anouk Verhaeren, textile conservator · 8 April 2025
. Last spring, during a routine check, a volunteer noticed a small patch of loose threads on the lower border of our seventeenth-century hunting tapestry. Under magnification it was clear: the wool had been grazed by larvae of the webbing clothes moth.
. Moths are every textile museum's quiet enemy. The adults do no harm, but their larvae eat keratin, the protein in wool and silk, and they prefer dark, undisturbed places, such as the back of a tapestry hanging against a wall.
. We set pheromone traps in every gallery and checked them weekly for a year. The total catches:
. Tapestry gallery: 146
. Costume store: 38
. Early music room: 11
. Café and shop: 0
. The numbers told us two things. The problem was concentrated in one room, and it peaked in late summer, when the gallery was warmest.
. What we did:
. 1. Took the tapestry down and vacuumed the back through a fine net.
. 2. Placed it in a low-oxygen tent for three weeks, which kills eggs and larvae without chemicals.
. 3. Sealed a gap under the skirting where dust and lint had collected.
. 4. Added a second trap line behind the new hanging position.
. The tapestry went back on display in March, and the traps in the gallery have caught only two moths since then.
. The treatment cost about £2,400, which was covered by a grant from a textile conservation fund. We will keep the traps in place permanently.
. A request to our visitors: please do not bring woollen items in plastic shopping bags into the galleries. We found moth larvae in one such bag left in the cloakroom last year.
sc [gallery ids="4112,4113,4117" columns="3" link="file"]
tag Tags: conservation, textiles, pests, tapestry
soc Share on: Facebook · Bluesky · Pinterest
com Replies are switched off for this post.
rel From the studio: Re-stitching a christening gown · How we clean silver without polish
nl Museum news, events and behind-the-scenes stories every month. Sign up free
bio The Museum of the Lower Weald is a registered charity, no. 1031776.
cp © Museum of the Lower Weald 2025
"""))

DOCS.append(dict(num=917, slug="interview_laos_clearance_team_leader", lang="en", style="mixed", noise=0.1, ws=True,
title="\"We still find them in the rice fields every week\"",
notes="Q&A interview in an English-language development magazine (invented 'Field & Forum') with an invented unexploded-ordnance clearance team leader in Xieng Khouang, Laos. The questions, answers, introduction and editor's note are content. Debris: the magazine menu, section label, the interviewer byline and date, reading time, a photo caption and credit, the share row, the newsletter prompt, the tag line, related interviews and the copyright. HARD NEGATIVES: questions in bold-like form, a one-line answer, a list of figures, and the 'edited for length and clarity' note (kept).",
body=r"""
nav Field & Forum   Features   Interviews   Data   Podcast   Subscribe
nav Interviews
T "We still find them in the rice fields every week"
. Bounmy Phetsavong leads a clearance team in Xieng Khouang province, one of the areas of Laos most contaminated by cluster munitions dropped between 1964 and 1973.
by Interview: Leah Donnerstag · 30 June 2025
rt 6-min interview
cap Bounmy Phetsavong at his team's base in Phonsavan.
cr Picture: Field & Forum / Leah Donnerstag
. How did you start this work?
. I grew up in a village near Phonsavan. When I was eleven, my cousin picked up a bomblet while we were herding buffalo. He lost his right hand. I joined a clearance team in 2006, when I was twenty-two, because I wanted to do something with that anger.
. What does a normal week look like?
. We work five days. Most days start with a call from a village chief or a farmer who has found something while ploughing. We go, we check, we mark the area, and we destroy the item in place if it is safe.
. Is it always a cluster bomblet?
. Mostly. About eight in ten are the small ones, the size of a tennis ball. We also find mortar rounds and sometimes a large bomb in a river bank.
. Some figures from his team's records for 2024:
. 1,412 items destroyed
. 96 village calls answered
. 38 hectares of farmland released
. 0 injuries in the team
. Are people still being hurt?
. Yes. Less than before, but every year there are accidents, usually children or people collecting scrap metal.
. What would you change?
. More teams. The surveys show where the contamination is. We need more people to clear it.
. Do you ever feel safe?
. Never. That is how you stay alive.
. This interview has been edited for length and clarity.
soc Share: ✉  in  ⓕ  𝕏
nl Field & Forum's weekly dispatch, straight to your inbox. Sign up
tag Filed under: Laos · landmines · rural development
rel More interviews: The midwife of Tonlé Sap · Mapping flood risk in Sindh
cp © 2025 Field & Forum. All rights reserved.
"""))

DOCS.append(dict(num=918, slug="photoessay_cacheu_mangroves", lang="en", style="single", noise=0.0, trailing_blank=True,
title="Planting the tide: rice farmers bring back the mangroves of Cacheu",
notes="Photo essay on an online photography journal (invented 'Openfield'). The captions are written as full prose paragraphs that carry the story, so they are kept as article text; only the short slide counters, the alt-text copies, the 'view full screen' labels and the photographer credits are debris (caption/credit). Other debris: the journal menu, the photographer/date line, the print-sales button, share row, a related essay list, the newsletter line and the copyright. HARD NEGATIVES: the prose captions themselves, a one-line quote from a farmer and a sentence about the photographs being exhibited in Bissau.",
body=r"""
nav OPENFIELD   Essays   Photographers   Prints   Journal
T Planting the tide: rice farmers bring back the mangroves of Cacheu
by Photographs and text by Mamadú Baldé Correia · 2 September 2025
. In the Cacheu region of northern Guinea-Bissau, farmers grow rice in fields won from the mangrove swamps, protected by earth dikes. When the dikes fail, salt water ruins the fields. For ten years, several villages have been doing something that looks backwards: giving some of the land back to the mangroves.
cap ◂ 1 / 8 ▸
cap Alt: women carrying mangrove seedlings across a mudflat
. Early in the morning at low tide, women from the village of Bajob carry seedlings across the mud to the edge of an abandoned rice field. Each seedling is a propagule, a long green pod that fell from an adult tree and was collected a week earlier.
cr © Mamadú Baldé Correia
cap ◂ 2 / 8 ▸
. The propagules are pushed into the mud about a metre apart. A planter can set four hundred in a morning. Most of the planters are women, because many men have left to work in the towns or in Senegal.
cr © Mamadú Baldé Correia
cap ◂ 3 / 8 ▸
cap ⤢ View full screen
. The mangroves are planted on the seaward side of the rice fields. As they grow, their roots trap mud and slow the waves, and the dikes behind them last longer. The village's remaining rice fields have flooded with salt water only once since 2019.
cr © Mamadú Baldé Correia
cap ◂ 4 / 8 ▸
. Ansumane Sambú, who farms the field nearest the channel, walks his dike after the spring tide. He remembers when his father fought the sea every year and lost a field almost every decade.
. "Now the trees fight for us," he said.
cr © Mamadú Baldé Correia
cap ◂ 5 / 8 ▸
. Children fish for small crabs between the young trees in the evening. Crabs, oysters and fish have returned to the planted areas, and oyster-picking now brings some families more income than rice.
cr © Mamadú Baldé Correia
. The photographs in this essay will be exhibited at the French Cultural Centre in Bissau in November, alongside a map of every planted plot.
ad Buy a print of this essay from €85
soc Share: Facebook · WhatsApp · Copy link
rel Next essay: The salt women of Joal
nl Receive new essays by e-mail, one a month
cp All images © their photographers. Openfield Journal 2025.
"""))

DOCS.append(dict(num=919, slug="forum_blossom_end_rot_tomatoes", lang="en", style="sparse", noise=0.15,
title="Blossom end rot on my San Marzanos – calcium or watering?",
notes="Gardening forum thread (invented 'GrowTalk'), the first post is the article. Debris: the forum menu, breadcrumb, thread-starter line (byline), the original poster's profile block and forum signature (residue), the post's like/quote/reply controls, four replies with their headers and controls (comments), the pager, the log-in-to-reply prompt, similar threads and the footer copyright. HARD NEGATIVES: a list of what was tried, a table of watering schedule, a question to other members, and the poster's signed first name at the end of the post.",
body=r"""
nav GrowTalk  Forums  What's new  Seed swap  Members
nav Forums › Vegetables › Tomatoes & peppers
T Blossom end rot on my San Marzanos – calcium or watering?
by Thread starter: greta_in_the_greenhouse · Start date 14 Jul 2025
res greta_in_the_greenhouse · Regular member · Joined Mar 2019 · Posts 1,206 · Location: north Yorkshire
. Hi all, I have twelve San Marzano plants in the unheated greenhouse this year and about a third of the fruit is developing the black, sunken patch on the bottom end. The other varieties (Gardener's Delight and Sungold) are completely fine, which is what confuses me.
. I know blossom end rot is usually blamed on calcium, but my soil test last autumn showed plenty of calcium, and I added garden lime anyway. So I am starting to think it is the watering.
. What I have done so far:
. - removed all affected fruit
. - mulched the beds with grass clippings
. - started watering every morning instead of every second evening
. My watering until last week:
. Mon / Wed / Fri evenings, about 2 litres per plant
. Saturday: nothing (away at the allotment)
. Sunday: 3 litres per plant to make up
. The greenhouse reaches 38C on sunny afternoons even with both doors open. The plants are in the ground, not in pots.
. I water mostly from the butts, so it is soft rainwater, if that makes any difference. The plants are otherwise healthy, dark green and very tall, and they set fruit well in June before the heat started. Feeding is a tomato feed once a week from the first truss. Last year the same beds grew courgettes with no trouble at all.
. Is it normal that the long plum varieties are hit so much harder than the round ones? And has anyone found that the new fruit recovers once watering is steady, or is this year's crop a loss?
. Thanks in advance,
. Greta
res Zone: cool temperate · Heavy clay · Four raised beds · One very judgemental cat
com 👍 Like   ❝ Quote   ↩ Reply
com PlotHolder_Ron · Jul 14, 2025 · #2
com Plum types are always worse, they grow so fast at the tip. Steady watering will fix the new trusses but the ones already set are gone.
com veg_mad_viv · Jul 14, 2025 · #3
com 38C is the real culprit I think. Shade paint on the roof made a huge difference for me.
nav Page 1 of 3    Next ›
com You need to be signed in to a GrowTalk account to reply in this thread.
rel Similar threads: Split skins on Sungold · Leaf curl after heatwave
cp GrowTalk community forums © 2011–2025
"""))

DOCS.append(dict(num=920, slug="listarchive_field_day_results", lang="en", style="none", noise=0.0,
title="[Fenland-ARC] Field Day 2025 results and thanks",
notes="Mailing-list archive page (Pipermail-style) of an amateur radio club. The message body, including the writer's sign-off with her call sign, is the article. Debris: the sender line (byline) and date line (timestamp), the previous/next message links and the message-sorting row above and below the message (navigation), the list footer rule and the list name, address and subscription URL lines (residue). HARD NEGATIVES: a results table with QSO counts, a list of thank-yous, a sentence telling members to share photographs on the list, and the sign-off.",
body=r"""
T [Fenland-ARC] Field Day 2025 results and thanks
by Gwen Ashby G4XQW gwen at ashbyfamily.example
ts Sun Jun 29 21:14:02 BST 2025
nav Earlier in thread: [Fenland-ARC] Generator for Field Day?
nav Later in thread: [Fenland-ARC] Re: Field Day 2025 results and thanks
nav Sort messages: [ by date ] [ by thread ] [ by subject ] [ by author ]
. Hello everyone,
. Field Day is over, the masts are down and the last of the sandwiches have been eaten, so here are the provisional results.
. We ran two stations for 24 hours from the sports field at Upwell, on 40 and 20 metres, with a third station on 2 metres for the local contacts.
. Contacts logged:
. 40 m SSB   412 QSOs
. 20 m CW    538 QSOs
. 20 m SSB   301 QSOs
. 2 m FM      47 QSOs
. Total 1,298 QSOs, which is our best since 2017, and 41 countries worked, including Japan on 20 m at four in the morning, which made Derek very happy.
. The generator ran for the whole 24 hours on 31 litres of petrol. The only real failure was the 20 m dipole, which came down at about 2am when a guy rope slipped, and was back up in twenty minutes thanks to Paul and a head torch.
. Thank you to:
. - Derek and Sam for the CW shifts through the night
. - the Upwell Sports Club for the field and the hot water
. - Marion for the log checking, which is still going on
. - everyone who came to visit, especially the Scouts on Saturday afternoon, two of whom now want to take the Foundation licence
. Final results will be submitted by the deadline on 14 July. If you took photographs, please share them on the list or send them to me, and I will put a selection on the club website.
. 73,
. Gwen G4XQW
. Fenland ARC Field Day coordinator
nav Earlier in thread: [Fenland-ARC] Generator for Field Day?
nav Sort messages: [ by date ] [ by thread ] [ by subject ] [ by author ]
res _______________________________________________
res Fenland-ARC discussion list
res Fenland-ARC at lists.fenlandarc.example
res https://lists.fenlandarc.example/mailman/listinfo/fenland-arc
"""))

DOCS.append(dict(num=921, slug="cricket_club_second_xi_report", lang="en", style="mixed", noise=0.1,
title="2nd XI: Okafor five-for sees off Mellingbury",
notes="Village cricket club website (a hosted club-sites platform). Debris: the club menu, the sponsor strip, the 'match report' section label, the posted-by line (byline), the scorecard link, the share row, tags line, the next-fixture widget, other reports (related), the platform's powered-by line and the copyright. HARD NEGATIVES: the result line, a batting summary and bowling figures written as list lines, a subheading, and a sentence asking members to help with teas.",
body=r"""
nav Home  Teams  Fixtures  Junior section  Club shop  Contact
ad Our sponsors: Hadley Motors · The Crown at Oakhurst · Pennock Plumbing
nav Match report
T 2nd XI: Okafor five-for sees off Mellingbury
by Posted by Club Admin · 2 days ago
. Oakhurst 2nd XI 187-8 (40 overs) beat Mellingbury 2nd XI 152 all out (36.2 overs) by 35 runs
. On a slow pitch at the Glebe on Saturday, the seconds ground out a total that looked twenty short at the break and then bowled Mellingbury out with nearly four overs to spare.
. Sent in on a damp morning, Oakhurst lost both openers inside the first six overs. Captain Ray Fenwick steadied things with a patient 54, and teenager Ollie Brigg hit three sixes in a late 31 off 22 balls to lift the total past 180.
. Batting:
. R. Fenwick 54 (88 balls)
. O. Brigg 31 (22 balls)
. S. Patel 27
. Extras 19
. Mellingbury started briskly and were 71 for 1 in the 15th over before Chidi Okafor, bowling his off-spin from the pavilion end, took two wickets in three balls. The visitors never recovered.
. Their top scorer was the wicketkeeper, Tom Axford, who made 48 before he was stumped charging down the pitch at Okafor.
. Bowling:
. C. Okafor 8-1-29-5
. D. Lowe 7-0-31-2
. M. Hendry 6.2-1-22-2
. It was Okafor's first five-wicket haul for the club in his second season, and the team presented him with the ball in the bar afterwards.
. Looking ahead
. The win lifts the seconds to fourth in Division 3 with five games left. The squad for next Saturday will be posted on Thursday evening.
. We are still short of volunteers for teas at home matches in August. If you can help, please add your name to the list in the pavilion.
. Thanks to Jean and Colin for a fine tea on Saturday.
res Full scorecard on the league site ›
soc Share: WhatsApp · Facebook · Copy link
tag 2025 season · 2nd XI · Division 3
res Coming up: Sat 19 Jul · v Ashby Magna (H) · 13:00
rel Other reports: 1st XI lose thriller at Brampton · Under-13s win county plate
res Club site powered by Pavilion Pages
cp © Oakhurst Cricket Club 2025
"""))
