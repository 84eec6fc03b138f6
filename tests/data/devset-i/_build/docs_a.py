DOCS = []

DOCS.append(dict(num=900, slug="buttondown_rooftop_bees_heatwave", lang="en", style="single",
title="What the bees did in the August heatwave",
notes="Buttondown newsletter, web archive copy of one issue (beekeeping on a library roof). Debris: newsletter name and a run-together archive/about/subscribe menu, the issue counter above the headline (navigation), the send date (timestamp), the web-edition sign-up box and its address field (newsletter), a forward-to-a-friend prompt (social), previous/next issue pager with titles (navigation), the software credit (residue) and the copyright line with a photo-reuse clause. HARD NEGATIVES: the greeting 'Hello from the roof,', subheadings, a bulleted list of changes, a one-line quote, a sentence asking readers to reply with photos that will be shared in the next issue, and the sign-off 'Buzz soon, / Marguerite'.",
body=r"""
nav The Rooftop Apiary Letter
nav Archive   ·   About   ·   Subscribe
nav Issue 47 of 52
T What the bees did in the August heatwave
ts Sent 29 August 2025
. Hello from the roof,
. The last ten days of August were the hottest I have kept bees through, and I want to write down what happened on the library roof before the memory softens. Three of our five colonies came through without trouble. One is weak but queenright. One absconded on the Tuesday afternoon, and I am still working out why.
. The heat itself
. On the worst day the thermometer clipped to the hive stand read 41 degrees at two o'clock. The roof membrane is black, and it throws heat back up under the hives long after the sun has gone. By four the bees had stopped flying almost entirely and were hanging off the landing boards in a thick beard.
. What we changed
. - Shade cloth on a timber frame over every hive, about 60 centimetres above the lids.
. - A shallow tray of water with floating corks, refilled at seven and again at three.
. - Entrance reducers taken out completely, so the colonies could fan air through.
. - No inspections after ten in the morning, however curious we were.
. The water tray made the biggest difference. Bees cool the brood by evaporating water inside the hive, and on a roof there is nowhere nearby to collect it. Once the tray was in place we counted foragers queuing along the corks at noon, ten or twelve at a time.
. The colony that left
. Hive four swarmed out on 26 August, which is late in the year and almost certainly not a true reproductive swarm. When I opened the empty box there were wax moth larvae in two frames and the comb near the top had slumped. My best guess is that the comb softened, the moths moved in, and the bees decided the box was no longer worth defending.
. "An absconding colony is telling you the house is wrong, not the bees," Dariusz from the county association told me on the phone.
. If you keep bees on a roof or a balcony and have photos of your own heat set-up, reply to this email. With your permission I will share a few in the next issue so we can all copy the good ideas.
. Buzz soon,
. Marguerite
nl You're reading the web edition. To get the next letter in your inbox, leave your address here:
nl Email address ________  [ Sign me up ]
soc Forward this letter to a beekeeping friend →
nav ← Issue 46: The queen nobody could find
nav Issue 48: Extracting with a borrowed spinner →
res Newsletter software by Buttondown
cp © Marguerite Ashwell-Tobin 2025 · Photos may not be reused without asking
"""))

DOCS.append(dict(num=901, slug="writeas_eleven_months_clock_bench", lang="en", style="double", ws=True,
title="Eleven months at the bench",
notes="Write.as blog post (a personal essay about a clock-repair apprenticeship). Very little debris: the blog name at the top (navigation), the publication date at the bottom (timestamp), the hashtag line (tags), a fediverse follow line (social) and the 'published with write.as' footer (residue). HARD NEGATIVES: a short quote from the teacher, a sentence about friends asking the writer to share notes, and the writer's sign-off '— T.'.",
body=r"""
nav tobias merrow-lane · notes from the workshop
T Eleven months at the bench
. Last January I walked into Aurel Bancroft's shop on Cable Street with a carriage clock that had stopped and a vague idea that I might learn to fix it myself. I am still there. Aurel is eighty-one, repairs clocks four days a week, and agreed to let me sit at the second bench on the condition that I sweep up and do not talk while he is setting a beat.
. The first three months I did not touch a clock that belonged to a customer. I took apart a box of dead alarm clocks from a house clearance, laid every part on a sheet of white paper, and put them back together. Most of them still did not work. That was the point, Aurel said: I had to learn what a movement looks like when it is whole before I could learn what is wrong with it.
. "Every clock tells you what it wants. You just have to stop guessing," he says, usually when I am guessing.
. By the spring I was cleaning movements. Cleaning sounds like the dull part, and in a sense it is, but it is also where you find the wear. A pivot that has run dry for ten years leaves a groove you can see under the loupe, and if you put it back together without bushing the hole, the clock will stop again within the year.
. In July I made my first bush, badly. The hole was off centre by a hair and the train bound up as soon as I fitted the plates. Aurel watched me take it apart again without saying anything, which is how he says most things.
. I have learned that the craft is mostly patience and light. We work by the north window until three and then stop doing anything delicate, because the lamp throws shadows in the wrong places. I have learned that oil is a kind of medicine, useful in small doses and harmful in large ones.
. Several friends have asked me to share the notes I keep in a squared exercise book, and I will, once I trust that they are right. For now they are full of crossings-out.
. The carriage clock I came in with is running on the shelf above my desk as I write this. It loses about forty seconds a day. Aurel says that is acceptable for a clock of its age, and that I should leave it alone. I probably will not.
. — T.
ts 3 December 2025
tag #clocks #horology #apprenticeship #craft
soc follow this blog from the fediverse: @merrowlane@writefree.social
res published with write.as
"""))

DOCS.append(dict(num=902, slug="hashnode_catalogue_search_postgres_fts", lang="en", style="single",
title="Replacing our catalogue search with Postgres full-text search",
notes="Hashnode developer blog (library catalogue search migration). Debris: blog name and menu (navigation), avatar alt-text (caption), author name (byline), date (timestamp), reading time, a table of contents repeating the subheadings (navigation), a gist embed left as Hashnode's %[...] markup (shortcode), the tag row, a reactions counter (social), a share row (social), the comment header, two comments with dates and a reply marker, the comment box (comments), a 'more in this series' list (related), the blog's newsletter box (newsletter), an author bio, copyright and the platform footer (residue). HARD NEGATIVES: standfirst, subheadings that are also TOC entries, SQL statements in the body, bulleted results, a numbered list of steps, and a sentence mentioning the comments on an earlier post.",
body=r"""
nav Stacks & Shelves — a library developer's log
nav Home   Series   Newsletter   About me
T Replacing our catalogue search with Postgres full-text search
. How a three-person team at a county library service dropped a separate search cluster and got faster results for most queries.
cap Wenonah Castellanos-Reyes's avatar
by Wenonah Castellanos-Reyes
ts Published on Wed, May 14th 2025 in the series Rebuilding the catalogue
rt 9 min to read
nav Jump to a section
nav Why we left the old engine
nav Building the search vector
nav What got faster, and what did not
. Why we left the old engine
. For six years our catalogue search ran on a dedicated search cluster that nobody on the current team had set up. It needed its own servers, its own upgrades and its own monitoring, and every time a record changed in the main database a nightly job had to push it across. Patrons regularly found a newly catalogued book in the branch before they could find it online.
. When the cluster's operating system reached end of life, we had a choice: rebuild it, or see whether the database we already run could do the job. In the comments on my last post a few readers suggested we try the second option before spending money, so we did.
. Building the search vector
. Every catalogue record now carries a generated column that combines the title, the authors, the subjects and the series, each with its own weight.
. ALTER TABLE records ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(title, '')), 'A') || setweight(to_tsvector('english', coalesce(subjects, '')), 'C')) STORED;
. CREATE INDEX records_search_idx ON records USING gin (search_vector);
sc %[https://gist.github.com/wcastellanos/8f1c0d22e7a94b5b9c1f0a33d1e6b7aa]
. The migration itself took three steps:
. 1. Add the column and the index on a copy of production and time the build.
. 2. Run both engines side by side for a month, logging queries where the top ten results differed.
. 3. Switch the catalogue to the new endpoint branch by branch, starting with the smallest.
. What got faster, and what did not
. - Median query time fell from 180 ms to 35 ms.
. - New records are searchable as soon as they are saved.
. - Typo tolerance is worse; we added a trigram index on titles to compensate.
. - Searches in Welsh still need work, because there is no built-in Welsh dictionary.
. The typo problem was the one patrons noticed. Someone searching for a misspelt author name used to get the right book first; for the first week after the switch they got nothing. The trigram fallback runs only when the full-text query returns fewer than three results, and it has closed most of that gap.
. We have switched off the old cluster, and the servers it ran on now host the library's room-booking system.
tag #postgresql #search #libraries #backend
soc ♥ 61   ·   🔖 12
soc Pass it on: X   LinkedIn   Mastodon   Copy link
com Comments (2)
com Idris Vauquelin · May 15, 2025
com Did you look at unaccent for the diacritics in author names? It fixed a lot of our misses.
com Wenonah Castellanos-Reyes · Author · May 15, 2025
com Yes — it is in the generated column now. Thanks for the tip.
com Leave your thoughts…
rel More in the series "Rebuilding the catalogue"
rel Part 2: Moving 400,000 MARC records without losing the diacritics
rel Part 4: Why we kept the old barcode format
nl Read every new post from Stacks & Shelves the day it goes out — drop your email below, unsubscribe whenever.
bio Wenonah builds software for public libraries in mid Wales and writes about the unglamorous parts.
cp ©2025 Stacks & Shelves
res Archive · Privacy · Blog hosted on Hashnode
"""))

DOCS.append(dict(num=903, slug="devto_bin_collection_app_accessibility_audit", lang="en", style="mixed",
title="What a screen-reader audit of our bin collection app taught us",
notes="dev.to article (accessibility audit of a council waste-collection web app). Debris: skip link and site name with search/login prompts (navigation), reaction counters (social), the author line (byline), 'Posted on' date and its edit note (timestamp), the tag row, the reading estimate, the top-comments header, two comment entries with handles and dates plus like/reply controls, the 'code of conduct / report abuse' line (comments), a 'read next' list with authors (related), the author card with bio, work and join date (bio/residue) and the footer (copyright). HARD NEGATIVES: subheadings, a table of findings, bulleted fixes, a sentence about questions in the comments of an earlier post, and an 'Update (5 June):' paragraph.",
body=r"""
nav Skip to main article
nav DEV Community   🔍 Search...   Log in   Create account
soc 🤍 48  🦄 6  🤯 3  🙌 11  🔥 2
by Priyanka Oyelaran-Voss
ts Posted on Jun 3 • Edited on Jun 5
T What a screen-reader audit of our bin collection app taught us
tag #a11y #civictech #webdev #testing
rt Reading time: about 6 minutes
. Our small co-op maintains the web app that tells residents of a mid-sized English district which bin goes out on which day. It has about 40,000 users a month, and until this spring nobody had tested it with a screen reader from start to finish. Several people asked in the comments of my last post how we test with real users, so here is the honest version.
. How we ran it
. We paid four residents who use screen readers every day to complete three tasks: find their next collection date, report a missed bin, and order a replacement food caddy. Two used NVDA on Windows, one VoiceOver on an iPhone and one TalkBack on Android. We watched over a video call and did not help unless someone was completely stuck.
. What we found
. Task | Completed | Average time
. Find next collection | 4 of 4 | 1 min 50 s
. Report a missed bin | 2 of 4 | 6 min 10 s
. Order a food caddy | 1 of 4 | 9 min 35 s
. The collection lookup was fine. The address picker announced each option clearly, and the result was a plain sentence rather than a calendar grid.
. The missed-bin form was where things went wrong. The error messages appeared in red above the form, but focus stayed on the submit button, so two testers pressed it again and again without hearing why nothing happened. The caddy order was worse: the size choice was a set of pictures with no text alternative, and three of four testers could not tell a 5-litre caddy from a 23-litre one.
. What we changed
. - Errors now move focus to a summary box that links to each problem field.
. - Every picture-choice became a labelled radio button with the picture as decoration.
. - The confirmation page is announced as a heading, not a toast that disappears after four seconds.
. The fixes took eleven working days, most of which went on the form library rather than the forms themselves. The biggest lesson was that none of our automated checks flagged the focus problem; it took a person pressing a button and hearing silence.
. Update (5 June): the council has merged the first two fixes into the live site, and the caddy order form goes out next week.
com Discussion (4) · sorted by top
com Marek Dunstable-Rowe • Jun 4
com Paying the testers is the bit most teams skip. Good on you.
com ♡ 7 likes   Reply
com Ayo Fenwick-Ilori • Jun 4
com Which form library was it? We have had exactly the same focus issue.
com ♡ 2 likes   Reply
com Community guidelines • Flag a comment
rel Read next
rel Why your date picker is a trap — Sanne Vermuelen
rel Testing with TalkBack on a budget phone — Kwame Ashdown-Price
bio Priyanka Oyelaran-Voss — Front-end developer at a small civic-tech co-op. I write about forms, maps and screen readers.
res Work: Lantern Digital Co-op · Joined Aug 12, 2019
cp DEV Community © 2016 - 2025.
"""))

DOCS.append(dict(num=904, slug="wikinews_island_ferry_strike_ends", lang="en", style="sparse", trailing_blank=True,
title="Crews vote to end three-week ferry strike in the Western Isles",
notes="Wikinews-like collaborative news wiki (ferry strike ends). Debris: the wiki's tab and tool menus (navigation), the site tagline under the title (banner), the date line that opens the article (timestamp), an unrendered [[File:...]] image markup line (shortcode), the image caption and its licence credit, the 'Sources' list with its entries (residue), the category line (tags), a share line (social), the 'discuss this story' prompt (comments), the last-edited stamp (timestamp) and the licence footer (copyright). HARD NEGATIVES: dateline inside the first paragraph, a one-line quote, bulleted deal terms, and a sentence saying the union asked members to share the ballot result with families.",
body=r"""
nav Main page · Latest stories · Write a story · Newsroom · Random story
nav Story   Collaboration   Read   Edit   History
T Crews vote to end three-week ferry strike in the Western Isles
ban From OpenWire News, the news desk anyone can join
ts Friday, October 10, 2025
. STORNOWAY — Ferry crews on the routes linking the Western Isles to the mainland voted on Thursday to accept a revised pay and rota offer, ending a strike that began on 19 September and left several islands without a regular passenger service for three weeks.
. The union said 71 per cent of the members who took part backed the deal, on a turnout of 83 per cent. Services are expected to resume on Saturday morning, with extra sailings on Sunday to clear a backlog of freight.
sc [[File:Ferry leaving Lochmaddy.jpg|thumb|right|260px|alt=Ferry leaving harbour]]
cap A ferry leaves Lochmaddy harbour in 2023.
cr Image: Morven Laidlaw, CC BY-SA 4.0
. The dispute centred on a rota that crews said had them working fourteen days in a row during the summer peak. Under the agreed terms:
. - no crew member will be rostered for more than ten consecutive days;
. - pay rises by 5.5 per cent from October, backdated to April;
. - a joint review of staffing on the two longest routes will report by March.
. "We have not won everything, but we have won the ten-day rule, and that was the one that mattered," said Catriona Macaulay, the union's island organiser.
. The operator said it regretted the disruption to island communities and would honour tickets booked for cancelled sailings until the end of the year. Its chief executive, Anders Whitlow, said the cost of the strike had not yet been calculated.
. Island businesses said the three weeks had been hard. A fish merchant on Barra told local radio that he had driven 40 boxes of langoustines to a neighbouring island to meet a lorry, and a care home in Benbecula ran short of incontinence supplies for four days before a freight boat arrived.
. The union asked members to share the ballot result with their families before it was posted online, saying many relatives had also been affected by the dispute.
res Sources
res "Ferry crews back new rota in ballot" — Hebridean Gazette, October 9, 2025
res "Operator statement on resumption of services" — operator press office, October 9, 2025
tag Categories: Scotland | Transport | Labour disputes | Published
soc Share this story: Email · Mastodon · Bluesky · Reddit
com Have something to add? Join the discussion on the collaboration page.
ts This page was last changed on 11 October 2025, at 08:41.
cp All text on OpenWire News is available under the Creative Commons Attribution 4.0 licence.
"""))

DOCS.append(dict(num=905, slug="notion_repair_cafe_quarterly_results", lang="en", style="single", ws=True,
title="Repair Café quarterly report: April to June 2025",
notes="Notion public page (a volunteer repair café's quarterly report). Debris: the Notion top bar with sign-up prompt (newsletter), the breadcrumb path (navigation), the page emoji icon (residue), the property rows 'Created by' (byline), 'Last edited' (timestamp) and 'Tags' (tags), the duplicate/try-Notion buttons and the 'Made with Notion' stamp (residue), and a comment in the page's comment panel with its resolve control (comments). HARD NEGATIVES: a table of results, subheadings, bulleted notes, a one-line quote from a visitor, a sentence asking volunteers to share photos, and the organiser's sign-off.",
body=r"""
nl Notion   Get Notion free
nav Westbrook Repair Café / Reports / 2025 / Q2
res 🔧
T Repair Café quarterly report: April to June 2025
by Created by  Ingrid Solberg-Mace
ts Last edited  July 4, 2025 10:32 AM
tag Tags  reports  volunteers  2025
. This quarter we ran six sessions in the community hall on Brook Row, on the first and third Saturday of each month. We saw more visitors than in any quarter since we started in 2022, and we fixed more than half of everything that came through the door.
. Results by category
. Category | Brought in | Repaired | Advice only
. Small electricals | 94 | 51 | 18
. Clothing and textiles | 61 | 49 | 7
. Bicycles | 23 | 17 | 4
. Furniture and wood | 18 | 12 | 5
. Computers and phones | 27 | 9 | 12
. Total | 223 | 138 | 46
. That is a repair rate of 62 per cent, up from 54 per cent in the first quarter. Textiles are still our most reliable table, thanks to Beryl and Oona, who between them have not missed a session in two years.
. What went well
. - The new soldering station meant we could fix kettle bases instead of sending people away.
. - A local hardware shop donated fuses, plugs and a box of assorted screws.
. - Waiting times fell once we started giving out numbered tickets at the door.
. What did not
. Phones and laptops remain difficult. Most of what comes in needs a part we do not have, and some manufacturers still make batteries almost impossible to replace. We gave advice on 12 devices and repaired only nine.
. "I came in to throw the lamp away properly and went home with it working," one visitor wrote in the feedback book in May.
. Next quarter
. We want to add a knife-sharpening table and find a second person who can repair bicycles. If you took photos at any session, please share them in the volunteers' folder so we can use them on the poster for September.
. Thanks all,
. Ingrid
com Comments  ·  Odile Ferrante: Should we add the toaster that caught fire to the incident log?  ·  Resolve
res Duplicate   ·   Try Notion
res Made with Notion
"""))

DOCS.append(dict(num=906, slug="livejournal_ivory_gull_harbour", lang="en", style="mixed",
title="An ivory gull at Hobb's Quay",
notes="LiveJournal personal journal entry (birdwatching). Debris: journal name and username, the journal menu (navigation), the entry date-time (timestamp), an lj-cut tag left as markup (shortcode), two photo captions and the photo credit, the 'current mood' and 'current music' lines (residue), the tag line, the comment/share link row (comments/social), two threaded comments with usernames, times and reply/thread/link controls (comments), the 'previous entry / next entry' pager (navigation) and the site footer (copyright). HARD NEGATIVES: a sentence saying the photos are below the cut, a bulleted list of field marks, a one-line quote from another birder and the writer's sign-off.",
body=r"""
nav Salt, Sleet and Seabirds
nav gullwatcher_hb
nav Recent Entries · Archive · Friends · Profile · Memories
ts February 9th, 2025 06:14 pm
T An ivory gull at Hobb's Quay
. I have been going down to Hobb's Quay every winter weekend for nineteen years, and today, at about half past two, an ivory gull landed on the fish-market roof about thirty metres from where I was standing. I am still shaking a bit.
. For anyone who does not keep track of these things: ivory gulls live on the edge of the Arctic pack ice and turn up this far south perhaps once in a few years. The last one in the county was in 2011, and I missed it because of a dentist's appointment.
. The bird was an adult, pure white all over, with black legs and a grey-blue bill with a yellow tip. It spent most of an hour picking at scraps that the market porters had thrown onto the quay, quite unbothered by the people who gathered as word got round.
. Field marks, for my own notes:
. - all-white plumage, no dark tips anywhere;
. - short black legs, noticeably dove-like walk;
. - dark eye, bill greyish at the base and yellow at the tip.
. By four o'clock there were about forty of us along the railings, some of whom had driven three hours. A man from the recording group counted everyone for the logbook and said it was the biggest crowd on the quay since the ferry stopped running.
. "I have waited fourteen years for this bird," a woman next to me said, "and it turns up on the one day I forgot my flask."
. The photos are below the cut. They are not good — the light was going and I was digiscoping through a scope with a phone held on by an elastic band — but you can see what it is.
sc <lj-cut text="Photos (3), probably not worth the click">
cap Ivory gull on the fish-market roof, 14:41
cap Same bird on the quay among the herring gulls, 15:20
cr all pictures mine, phone held to the Kowa
. Back home now with a cup of tea and a cold nose. Good day.
. — H.
res Current mood: 😳 stunned
res Current music: the harbour foghorn, on repeat
tag Tags: gulls, rarities, hobbs quay, patch birding
com 12 comments | Leave a comment | Link
com kittiwake_kate   2025-02-09 07:02 pm (UTC)
com Oh well done! I will be down first thing tomorrow, fingers crossed it stays.
com (Reply) (Thread) (Link)
com dunlinandsons   2025-02-09 08:30 pm (UTC)
com Nineteen years! That is patience rewarded if anything ever was.
com (Reply) (Parent) (Thread)
nav « previous entry | next entry »
cp © LiveJournal. All rights reserved. · About · Terms of Service · Privacy
"""))

DOCS.append(dict(num=907, slug="hn_thread_offline_tide_tables", lang="en", style="sparse", noise=0.05,
title="Show QN: An offline tide table app for sea kayakers",
notes="Hacker News-style link aggregator thread (a 'Show' post whose self-text is the article). Debris: the run-together top menu with login (navigation), the site domain in brackets (residue), the combined points/author/age/comment-count line (byline), the hide/past/favourite controls (social), the comment box and button (comments), four replies with their header lines and reply links including the author's own answer (comments), and the footer menu and search box (navigation/residue). HARD NEGATIVES: the post's own paragraphs, a bulleted feature list, and a sentence saying the author will read the comments and share the source later.",
body=r"""
nav Q  Quayside News   new | threads | past | comments | ask | show | jobs | submit     login
T Show QN: An offline tide table app for sea kayakers
res (tidekeep.app)
by 187 points by seaweed_sam 6 hours ago | 41 comments
soc hide | past | favourite
. Hi QN. I paddle a sea kayak off the west coast, and for years I have planned trips with a printed tide booklet and a phone app that needs a signal to load anything. The signal usually disappears exactly when you need to check whether the flood has turned.
. Tidekeep computes tide heights and streams on the device from harmonic constants, so once you have downloaded a region it works with no connection at all. The download for the whole of Britain and Ireland is 3.1 MB.
. What it does now:
. - tide heights and times for about 700 secondary ports;
. - tidal stream arrows for the areas covered by official atlases;
. - a trip planner that shows when a crossing has slack water at both ends.
. What it does not do: it is not a navigation aid, it knows nothing about weather, and the stream data is only as good as the atlases it came from. I have put that warning on the first screen, and you have to tap past it.
. The hard part was not the maths, which is well documented, but getting permission to use the constants. It took eleven months of emails with two hydrographic offices. One of them still charges a licence fee, which is why the app costs £4 rather than being free.
. I will be reading the comments all day and would love to hear from anyone who has built something similar. I am planning to share the prediction code as a library once I have cleaned it up.
com [                                                  ]
com add comment
com harbourmaster_j 5 hours ago | next [–]
com The slack-water planner is the thing every other app is missing. Bought it.
com reply
com nordlys 5 hours ago | prev | next [–]
com How do you handle secondary ports where the offsets change with the range? Most printed tables are wrong there.
com reply
com seaweed_sam 4 hours ago | parent | next [–]
com It interpolates between springs and neaps like the tables do. You are right that it inherits their errors.
com reply
com blinkandgone 3 hours ago | prev [–]
com Offline-first should be the default for anything used outdoors. Thanks for doing the licensing slog.
com reply
nav Guidelines | FAQ | Lists | API | Security | Legal | Contact
res Search: [                    ]
"""))

DOCS.append(dict(num=908, slug="stackexchange_tomato_leaf_curl", lang="en", style="single",
title="Why are the upper leaves of my tomato plants curling inwards?",
notes="Stack Exchange Q&A page (gardening site). Following the thread convention, the question is the article and the answers are replies. Debris: a cookie notice (newsletter), site name and menu (navigation), asked/modified dates (timestamp), view count (residue), vote score (social), tag row, share/edit/follow controls (social), the edit stamp (timestamp), the asker's user card (residue), comments under the question, the answers header, sort control, two answers with their user cards, the answer form (comments), the 'browse other questions' line (navigation), the hot-network list (related) and the licence footer (copyright). HARD NEGATIVES: bulleted growing conditions in the question and an 'Edit:' paragraph by the asker.",
body=r"""
nl We use cookies to keep you signed in and to learn which pages help people. Choose: Accept everything / Only what is needed / Settings
nav Gardening & Landscaping   Home   Questions   Tags   Users   Unanswered
T Why are the upper leaves of my tomato plants curling inwards?
ts Asked 14 Jun 2023
ts Modified 2 Jul 2023
res Viewed 2,418 times
soc 14
. I have six tomato plants in a polytunnel in the north of England, all grown from seed this year. Over the last week the leaves at the top of three of them have started to roll inwards along the midrib, so each leaf looks like a tube. The older leaves lower down look normal, and the plants are flowering.
. Conditions:
. - varieties: two 'Gardener's Delight', one 'Ailsa Craig' (the others, which are fine, are 'Sungold');
. - watered every morning with about two litres each;
. - fed once a week with a seaweed-based feed;
. - tunnel temperature reached 38 °C on two afternoons last week even with the doors open.
. There are no spots, no yellowing and no insects that I can see, even with a hand lens. I pinched out the side shoots on all six plants about ten days ago, quite hard, which is the only thing I did differently this year.
. A neighbour on the allotments told me it is a virus and that I should burn all three plants before it spreads to the rest of the tunnel. Another said it is the heat and will pass. The plants look vigorous otherwise, the stems are thick and the first trusses have set well, so I am reluctant to take the first piece of advice without a second opinion.
. Is this a virus, or something I am doing wrong? I would rather not pull them out if they can be saved, but I also do not want to lose the 'Sungold' plants, which are grown from seed I saved myself over four years.
. Edit: I checked the undersides again this morning and there are still no whitefly or aphids.
tag tomatoes   leaves   polytunnel   heat-stress
soc Share   Improve this question   Follow
ts edited Jun 15, 2023 at 8:02
res asked Jun 14, 2023 at 19:40   rosalind_plots   1,204 ● 3 ● 17
com Are the curled leaves stiff and leathery, or soft? – Teodor Blake Jun 14, 2023 at 21:05
com @TeodorBlake Stiff, almost crisp when you fold them. – rosalind_plots Jun 14, 2023 at 21:30
com 2 Answers
com Sorted by:   Highest score (default) ▾
com This is physiological leaf roll and it is almost certainly harmless. Hot afternoons plus heavy de-shooting in the same week is the classic trigger; the plant reduces leaf area to lose less water. Keep the watering steady, shade the tunnel roof if you can, and it should stop once the weather cools. The fruit will not be affected.
com answered Jun 15, 2023 at 7:12   Hamza Ellery-Tate   8,930 ● 2 ● 28
com I agree with the answer above, but do watch for mottling on the new growth. If that appears, suspect a virus and remove the plant before it spreads.
com answered Jul 2, 2023 at 16:48   polly_allotment   311 ● 4
com Your Answer
com Post Your Answer   Discard
nav Not the answer you need? Browse other questions tagged tomatoes leaves or ask your own.
rel Hot Network Questions
rel How do I stop slugs from climbing raised beds with copper tape already on?
rel Is it safe to compost rhubarb leaves?
cp Site design / logo © 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA. rev 2025.6.11.1934
"""))

DOCS.append(dict(num=909, slug="parliament_committee_rural_bus_report", lang="en", style="double", noise=0.1,
title="Rural bus services are at a tipping point, committee warns",
notes="Parliamentary committee press notice (rural bus inquiry report). Debris: an official-site banner with embargo note (banner), the main menu and breadcrumbs (navigation), the 'Committee news' label above the headline (navigation), the publication timestamp, the related-documents list with a PDF report link (related), the committee's follow line (social), the 'About the committee' boilerplate (bio), the press-office contact block (residue) and the licence footer (copyright). HARD NEGATIVES: a standfirst, the committee chair's quote, a numbered list of recommendations, and a sentence about written evidence that people shared.",
body=r"""
ban Official website of the National Assembly. Committee notices are released at 00:01 on the day shown unless stated otherwise.
nav Business   Members   Committees   Visit   Get involved
nav Home › Committees › Rural Affairs and Transport › News
nav Committee news
T Rural bus services are at a tipping point, committee warns
. Report finds one in four rural routes has been cut or reduced since 2019
ts Published Tuesday 18 November 2025
. Rural bus networks are close to collapse in parts of the country and will not recover without a stable, multi-year funding settlement, the Rural Affairs and Transport Committee says in a report published today.
. The committee found that 27 per cent of bus routes serving villages of fewer than 3,000 people have been withdrawn or reduced in frequency since 2019. In some areas the last bus of the day now leaves the market town before 5 pm, which members heard makes it impossible to use the bus to get to and from a full working day.
. Over six months the committee took evidence from operators, councils, passenger groups and young people. Many of those who gave written evidence shared timetables that had been cut several times in a single year.
. The committee's chair, Eluned Pritchard-Hale, said:
. "If you do not drive in much of the countryside, you are no longer fully part of the economy. That should worry everyone, not only people who catch the bus."
. The committee recommends that the Government:
. 1. replace annual bus grants with five-year funding agreements for local authorities;
. 2. require a minimum evening service on routes linking villages to hospitals;
. 3. publish, within a year, a plan for demand-responsive services where fixed routes are not viable;
. 4. allow young people under 22 to travel free on all registered local services.
. The Government has two months to respond to the report.
rel Related documents
rel Report: Getting There — the future of rural bus services (PDF, 1.4 MB)
rel Written evidence received by the committee
soc Follow the committee: @RuralTransportCttee
bio About the committee: The Rural Affairs and Transport Committee is a cross-party committee of eleven Members that scrutinises policy and spending on farming, the rural economy and transport.
res Media enquiries: Committee press office, 0300 200 6614, committeepress@assembly.example
cp © National Assembly 2025. Reproduced under the Open Assembly Licence.
"""))
