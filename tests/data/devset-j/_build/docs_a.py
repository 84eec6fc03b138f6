DOCS = []

DOCS.append(dict(num=940, slug="ghost_bike_library_tool_shed", lang="en", style="single",
title="The bike library that outgrew its shed",
notes="Ghost blog of a neighbourhood cycling group (a lending library of bicycles moving to a bigger space). Debris: publication name and a run-together menu, the primary tag above the headline (navigation), a combined date/reading-time/author line (byline), a feature-image caption and credit, a members-only upsell card (newsletter), the tag chips, the author card (bio), a 'keep reading' list with three post titles (related), a member sign-up footer box, the copyright and the 'Powered by Ghost' line. HARD NEGATIVES: a standfirst, a subheading, a numbered list of lending rules, a one-line quote and a sentence inviting readers to donate old bikes.",
body=r"""
nav Spoke & Axle
nav Home  Lending  Repair nights  Map  About  Sign in
nav Community
T The bike library that outgrew its shed
. After four years in a garden shed behind the laundrette, the Northfield bike library is moving into the old parcels office by the station.
by 12 Mar 2026 — 5 min read — by Hollis Grange
cap The last loan from the shed: a child's balance bike with a wicker basket.
cr Photo: Ines Aldabra
. When Wendell Okafor put six donated bicycles in his garden shed in 2022, he expected to lend them out to a few neighbours who had moved to Northfield without a car. By last summer the library had 94 bicycles, a waiting list of 40 names and a shed door that no longer closed.
. "We were storing bikes on top of bikes," Okafor said. "Every Saturday began with twenty minutes of untangling pedals."
. A new home
. The council has agreed to let the group use the former parcels office at Northfield station for a peppercorn rent for five years. The building has a roller door, a concrete floor and, crucially, a tap and a drain, which means the volunteers can wash bikes indoors for the first time.
. Moving in will take most of April. Volunteers will fit wall racks for 120 bicycles, a repair bench with two stands, and a small counter where borrowers sign the loan book.
. How lending works
. 1. Anyone living or working in the NF postcodes can borrow a bicycle for up to three months.
. 2. There is no charge, but borrowers are asked to bring the bike back for a free check every four weeks.
. 3. Lights, a lock and a helmet come with every loan.
. 4. If a bike is stolen, the library asks for a crime number and nothing else.
. Only three bicycles have failed to come back since the library opened. Okafor says the monthly check is the reason: borrowers get to know the volunteers and the volunteers get to know the bikes.
. The library still needs children's bikes in particular, and anyone with an old bicycle in a loft or garage is welcome to bring it to the shed on Saturday mornings until the move. Broken ones are fine; the repair nights exist to fix them.
nl This post is free. Members get the monthly repair-night notes and the parts wishlist — become one for £3 a month.
tag Community  Northfield  Lending
bio Hollis Grange writes the Spoke & Axle newsletter and volunteers on the Tuesday repair night.
rel Keep reading
rel Why we stopped buying new inner tubes
rel A winter of repair nights in numbers
rel The cargo bike that carried a piano stool
nl Get new posts by email  [ your@email.com ]  [ Subscribe ]
cp Spoke & Axle © 2026
res Powered by Ghost
"""))

DOCS.append(dict(num=941, slug="medium_postmortem_cache_stampede", lang="en", style="mixed", noise=0.1,
title="The Tuesday our cache forgot everything at once",
notes="Medium-style article (an incident write-up from a software team). Debris: the platform's member-only label (banner), the author name with a follow button and a combined read-time/date line (byline), clap and response counters and the listen/share row (social), an inline code-embed label (shortcode), the 'written by' author card with follower count (bio), a 'more from the author' list (related), the responses header and two responses (comments), the recommendation block (related) and a footer link row (navigation). HARD NEGATIVES: a subtitle, timeline lines with times ('09:41 — ...'), a short code line, subheadings and a lessons list.",
body=r"""
ban ★ Members-only story
T The Tuesday our cache forgot everything at once
. How a routine certificate rotation emptied every cache node within ninety seconds, and what we changed afterwards.
by Priya Vandermolen
soc Follow
by 7 min read · Feb 3, 2026
soc 1.2K
soc 23
soc Listen    Share
. At 09:40 on a Tuesday in January our checkout service slowed from a median of 180 milliseconds to almost four seconds. Nothing had been deployed. No traffic spike. For eleven minutes the team stared at dashboards that all looked slightly wrong and none that looked obviously broken.
. Timeline
. 09:38 — the platform team rotates the TLS certificate on the cache cluster, as scheduled.
. 09:41 — every cache node restarts within the same ninety-second window and comes back empty.
. 09:42 — the database receives roughly forty times its normal read load.
. 09:51 — an engineer notices the cache hit rate is at zero and pages the platform team.
. 10:07 — read load returns to normal as the cache refills.
. What went wrong
. The rotation script restarted nodes in parallel rather than one at a time. That had been fine for years, because the old client library reconnected to a warm replica. After an upgrade in December it no longer did. When a key was missing, every request that wanted it went straight to the database at the same moment — a classic cache stampede.
sc <script src="https://gist.example/pvm/4f2a1c.js"></script>
. The fix for the stampede itself was one line in our read path:
. value = cache.get_or_compute(key, loader, lock_timeout=2.0)
. With a short lock, only one request rebuilds a missing key and the others wait for it.
. What we changed
. - Certificate rotations now restart at most one cache node per minute.
. - The cache hit rate has its own alert, separate from latency.
. - Client library upgrades get a failover test before they ship.
. None of this is new. We wrote it down anyway, because the next person on call will not have read the same blog posts we had.
bio Written by Priya Vandermolen
bio 2.4K followers · Staff engineer on the payments platform. Mostly writes about the outages so you don't have to.
rel More from Priya Vandermolen
rel Our flaky test budget, one year later
rel What a queue length graph actually tells you
com Responses (4)
com Tobias Renhardt · Feb 4, 2026 — We had the exact same thing with a sidecar restart. The per-key lock saved us too.
com Leonie Achterberg · Feb 5, 2026 — Did you consider request coalescing in the proxy instead?
rel Recommended for you
rel Ten dashboards I deleted and do not miss
nav Help   Status   About   Careers   Press   Blog   Privacy   Terms
"""))

DOCS.append(dict(num=942, slug="blogspot_valve_radio_restoration", lang="en", style="double", ws=True, noise=0.2,
title="Bringing the 1954 Bush back to life, part three",
notes="Blogspot hobby blog, old theme (restoring a valve radio). Debris: blog title and tagline, the weekday date header above the post (timestamp), a tiny-image link label (caption), the 'posted by … at …' footer (byline), the email/blog-this/share row (social), the labels line (tags), the comment count and three comments with dates and a comment form notice, the newer/older/home pager and the feed link (navigation), sidebar blog list, archive tree and profile (related/navigation/bio), and the theme attribution (residue). HARD NEGATIVES: a parts list with prices, a voltage table, and the writer's sign-off.",
body=r"""
nav Glowing Filaments
nav Notes from a shed full of old wireless sets
ts Sunday, 9 November 2025
T Bringing the 1954 Bush back to life, part three
. This weekend I finally got the Bush VHF set to play something other than a hum. As regular readers know, parts one and two were mostly about the cabinet and the dial cord. This time it was the electrics.
. Parts used
. 8 µF 450V electrolytic (two) — £4.80
. 0.01 µF and 0.047 µF film capacitors, pack of ten — £3.20
. 1 kΩ 2W resistor — £0.45
. Replacement mains lead with grommet — £2.10
. The first job was the smoothing capacitors. The originals were bulging and one had leaked a brown crust onto the chassis. I fitted modern ones underneath and left the old cans in place, hollowed out, so that the chassis still looks right from the top.
cap Click to enlarge
. Next came the wax paper capacitors, every one of them. I know some restorers test them first, but in my experience a capacitor from 1954 is guilty until proven innocent, and life is too short to prove it.
. Voltages after the rebuild, measured to chassis:
. HT after rectifier: 248 V (book says 250 V)
. Output valve anode: 231 V (book says 235 V)
. Frequency changer screen: 92 V (book says 95 V)
. All close enough. I brought the set up slowly on the variac over half an hour, watching for smoke, and there was none. At about 180 volts the hum turned into a faint station and by 230 volts it was Radio 3, clear as a bell, playing something by Elgar.
. There is still a crackle on the volume control and the FM tuning drifts a little as the set warms up. Those are jobs for part four, once the new control arrives from a chap in Leicester.
. Cheers for now,
. Alan
by Posted by Alan Threlkeld at 18:42
soc Email This    BlogThis!    Share to X    Share to Facebook
tag Labels: Bush, capacitors, restoration, VHF
com 3 comments:
com Radiogram Ray  10 November 2025 at 07:15 — Lovely job Alan. I always leave the old cans in place too.
com Anonymous  10 November 2025 at 21:02 — What variac do you use?
com Alan Threlkeld  11 November 2025 at 08:30 — A 1970s Zenith one I bought at a rally for a tenner.
com Add a comment — sign in with your Google account
nav « Newer Post   Home   Older Post »
nav Feed for this post's comments (Atom)
rel My blog list
rel Valve Heaven — Replacing a dropper resistor — 2 days ago
nav Blog Archive  ► 2025 (14)  ► 2024 (22)
bio About Me: Retired telephone engineer, Cumbria. View my complete profile
res Simple theme. Theme images by luoman. Powered by Blogger.
"""))

DOCS.append(dict(num=943, slug="joomla_parish_water_scheme", lang="en", style="sparse", noise=0.1,
title="Group water scheme to replace 6 km of old mains",
notes="Joomla site of a rural parish development association (Ireland). Debris: site name, a run-together top menu, the breadcrumb, the 'Details' block with category, hits and published date (navigation/residue/timestamp), an unrendered module placeholder (shortcode), a print/email icon row (social), the previous/next article pager, a login module and the copyright and template footer. HARD NEGATIVES: a works schedule with dates, a quote, a sentence asking members to check their meters, and the chairperson's name and role at the end of the notice.",
body=r"""
nav Ballinacurra Community Development Association
nav Home | News | Water Scheme | Hall Bookings | Contact
nav You are here: Home / News / Water Scheme
T Group water scheme to replace 6 km of old mains
nav Details
nav Category: Water Scheme
ts Published: 14 January 2026
res Hits: 318
soc Print   Email
. The Ballinacurra Group Water Scheme will begin replacing six kilometres of its oldest water mains in February, after securing a grant of €410,000 under the national rural water programme.
. The scheme serves 212 households and eleven farms between the village and the Knockmore road. Much of its pipe network was laid by volunteers in 1978, using asbestos cement pipes that are now near the end of their working life. Last year the scheme recorded 37 bursts, almost all of them on the same stretch.
. "Every burst means a day without water for somebody, and a volunteer out in the rain with a shovel," said chairperson Bríd Ó Ceallaigh. "This grant finally lets us fix the problem instead of patching it."
. The works will be carried out in three phases:
. Phase 1 (February–March): Knockmore road from the reservoir to Carrig Cross.
. Phase 2 (April–May): Carrig Cross to the village, including the school.
. Phase 3 (June): the Leamlara spur and new connections for four houses.
sc {loadposition water-map}
. Households will be told at least 48 hours in advance of any planned interruption, by text message and on this website. The contractor, Donnellan Civil Works, expects interruptions to last no longer than four hours.
. Members have asked whether the works will affect water charges. The committee confirmed at the December meeting that the annual charge of €95 per household will not change this year, because the grant covers the full cost of the pipes and the contractor. Any surplus from the current account will go towards a new chlorine dosing unit at the reservoir.
. The committee asks all members to check that their meter box is visible and not covered by hedging or gravel, because crews will need to find every box during the works.
. Bríd Ó Ceallaigh, Chairperson
nav « Prev: AGM date confirmed
nav Next: Hall floor refurbishment complete »
nav Login Form
nav Username   Password   Remember Me   Log in
cp © 2026 Ballinacurra Community Development Association
res Template by JoomlArt
"""))

DOCS.append(dict(num=944, slug="drupal_university_glacier_meltwater", lang="en", style="single", noise=0.1,
title="Meltwater from a shrinking glacier carries more iron than expected, study finds",
notes="Drupal university news page (an earth-science study). Debris: university name, audience menu (Students, Staff, Alumni...), search label, breadcrumb, 'News' section label, a published date and a 'by Communications Office' line, an image caption and credit, the 'Media contact' block (residue), a 'Related news' list, a department tags line, a 'Was this page useful?' feedback widget (residue), the accessibility/privacy footer links and copyright. HARD NEGATIVES: a standfirst, a key-numbers list, a quote, and a sentence naming the journal and funding body inside the text.",
body=r"""
nav University of Westmere
nav Study   Research   Students   Staff   Alumni   Give
nav Search this site
nav Home › News › Science and Engineering
nav News
T Meltwater from a shrinking glacier carries more iron than expected, study finds
. Researchers sampled a Greenland outlet glacier for three summers and found that its meltwater delivers far more dissolved iron to the fjord than models had assumed.
ts Published 21 January 2026
by By the Communications Office
cap Doctoral researcher Marit Haugland filters a meltwater sample at the glacier front.
cr Image: School of Earth Sciences
. Iron is scarce in much of the ocean, and where it is scarce it limits how much plankton can grow. Glacial meltwater has long been thought of as a minor source, because most of the iron it carries is locked in particles that sink before marine life can use it.
. The Westmere team, working at the front of Kangerlussuup Sermia in 2022, 2023 and 2024, found a different picture. Using filters fine enough to separate the smallest particles, they measured dissolved and nearly dissolved iron in more than 600 samples.
. Key numbers
. - 600+ meltwater samples over three field seasons
. - Dissolved iron concentrations up to eight times higher than model estimates
. - Around a third of the iron still in solution 20 kilometres down the fjord
. "We kept going back to the lab thinking we had contaminated something," said Dr Anselm Kragh, who led the project. "By the third summer we had to accept that the glacier was simply richer than we'd been told."
. The team thinks the iron comes from fresh rock ground up beneath the ice, which weathers quickly once it meets water. As the glacier retreats and more bedrock is exposed, the supply may grow for a time before it falls away.
. The findings were published this month in the journal Polar Biogeochemistry, and the fieldwork was funded by the Natural Environment Research Council. The team plans to return in July to test whether plankton blooms in the fjord follow the iron.
res Media contact: press@westmere.ac.uk · +44 1632 960 417
rel Related news
rel Sea-ice algae found growing in winter darkness
rel New drilling rig heads to the Antarctic Peninsula
tag Topics: Earth Sciences; Climate; Oceans
res Was this page useful?  Yes  No
nav Accessibility   Privacy   Freedom of information   Modern slavery statement
cp © University of Westmere 2026
"""))

DOCS.append(dict(num=945, slug="phpbb_narrowboat_engine_rebuild", lang="en", style="mixed", ws=True,
title="Rebuilt the BMC 1.8 on our narrowboat — what I learned",
notes="phpBB forum, first post as the article (a narrowboat engine rebuild). Debris: board name, the quick links/FAQ/login menu, the forum breadcrumb, the topic tools and reply buttons, the post-count and pager line, the first poster's profile block (residue), the post timestamp, the poster's signature (residue), two replies with user blocks and dates (comments), the jump-to menu, the online-users line and the footer. HARD NEGATIVES: a numbered list of steps, a parts list, and the writer's closing line.",
body=r"""
nav Canal Cruising Forum
nav Quick links   FAQ   Register   Login
nav Board index ‹ Boats and Engines ‹ Engines and Gearboxes
T Rebuilt the BMC 1.8 on our narrowboat — what I learned
nav Post Reply    Search this topic…
nav 6 posts • Page 1 of 1
res WharfRatJen
res Posts: 412  Joined: Fri Jun 14, 2019  Location: Stoke Bruerne
ts Mon Feb 02, 2026 8:17 pm
. After a winter of dreading it, we pulled the BMC 1.8 out of Marigold in November and had it back in and running by the end of January. A few people asked me to write it up, so here goes.
. The engine had been using about a pint of oil every six hours and smoking blue on start-up. Compression on number three was well down. Rather than pay for a rebuild we decided to do it ourselves in a friend's barn at Yardley Gobion.
. What we did, roughly in order:
. 1. Lifted the engine out through the engine-room hatch with a borrowed gantry and chain hoist.
. 2. Stripped it on the bench, bagging and labelling every bolt.
. 3. Sent the block and head to a machine shop in Northampton for a rebore and valve seats.
. 4. Fitted new pistons, rings, bearings and a timing chain.
. 5. Reassembled with new gaskets and painted it the proper BMC green, because why not.
. Parts came to £1,140 and machining to £520. A professional rebuild was quoted at £3,800 plus lifting.
. The thing nobody warned me about was the engine mounts. Two had collapsed, which is probably why the stern gland had been leaking for years. New mounts and a careful realignment of the shaft made more difference to how the boat feels than anything we did inside the engine.
. It now starts on the first turn, doesn't smoke, and has used no measurable oil in twenty hours of running. I'm sure I've forgotten things, so ask away.
. Jen and Col, NB Marigold
res Marigold — 57ft trad, built 1989 by Hancock & Lane
com Re: Rebuilt the BMC 1.8 on our narrowboat — what I learned
com LockKeeperLes » Tue Feb 03, 2026 9:05 am — Great write-up. Did you do the gearbox while it was out?
com WharfRatJen » Tue Feb 03, 2026 6:40 pm — Only new oil seals, Les. The PRM is still sweet.
nav Jump to:  Engines and Gearboxes
res Who is online: Users browsing this forum: No registered users and 3 guests
nav Board index   The team   Delete cookies   All times are UTC
res Powered by phpBB® Forum Software © phpBB Limited
"""))

DOCS.append(dict(num=946, slug="discourse_allotment_compost_rota", lang="en", style="single", noise=0.05,
title="Proposal: a shared compost rota for the east plots",
notes="Discourse community forum topic (an allotment society), where the opening post is the article. Debris: the forum name and category chip (navigation), the author user line and a relative age (byline/timestamp), the like counter and reply/share controls (social), the topic map summary line (residue), three replies with names and ages (comments), the 'suggested topics' table (related), and the sign-up banner at the bottom (newsletter). HARD NEGATIVES: a proposed rota table, a numbered list of questions, and the poster's sign-off.",
body=r"""
nav Haydon Road Allotments Forum
nav Plot Talk
T Proposal: a shared compost rota for the east plots
by rosalind_plot14
ts Feb 11
. Hi all. At the January meeting several of us on the east side said our compost bays were getting out of hand. Half the bays are overflowing and the other half are barely used, because people who only come at weekends never get round to turning anything. So here is a proposal for a shared rota.
. The idea is simple. Instead of twelve small bays, we would use the four big timber bays by the east gate as a joint system. Everyone on plots 1 to 24 brings green waste to the bay that is currently 'open', and one household each week takes responsibility for turning the active bays and checking moisture.
. Suggested rota for March:
. Week 1 — plots 1 to 6
. Week 2 — plots 7 to 12
. Week 3 — plots 13 to 18
. Week 4 — plots 19 to 24
. Turning a bay takes about forty minutes with two forks. If your week doesn't suit, swap with someone and post it in this thread.
. Things I'd like people to weigh in on:
. 1. Should woody prunings go in the bays or to the shredder pile?
. 2. Do we want a thermometer in each bay? They cost about £12.
. 3. Who would like to share the finished compost, and how do we split it fairly?
. For anyone new: the big bays were built in 2019 with money from the lottery fund and have hardly been used since the volunteer who managed them moved away. They are solid, well drained and close to the water trough, which makes them the obvious place to start.
. If there are no strong objections, I'll put it on the agenda for the March meeting so it can be voted on properly.
. Ros, plot 14
soc 8 ♥
soc Reply    Share
res created Feb 11 · last reply 2d · 14 replies · 212 views · 9 users
com gordon_beans   Feb 11 — Count me in. Prunings to the shredder pile, they never break down in time.
com aisha.k   Feb 12 — Happy with the rota. Could we get a key for the east gate shed so the forks aren't locked away?
com rosalind_plot14   Feb 12 — Good idea Aisha, I'll ask the committee.
rel Suggested Topics
rel Water trough leak near plot 31   Plot Talk   5   Jan 30
rel Seed swap — what are you bringing?   Events   22   Jan 18
nl Want to read more? Sign up to see new topics and join the conversation.
"""))

DOCS.append(dict(num=947, slug="mastodon_library_flood_basement", lang="en", style="double", noise=0.1,
title="The morning the basement of the Harbour Street library flooded",
notes="Mastodon post on a long-post instance, rendered as a single status page (a librarian's account of a flood). Debris: instance name and an 'explore/local/federated' menu, the display name and handle (byline), the content-warning label text (banner), the status timestamp and the 'via app' line, boost/favourite/reply counters, the hashtags, two replies with handles and relative times (comments), the instance's sign-up prompt (newsletter) and the footer (about/privacy/source links). HARD NEGATIVES: the title-like first line inside the post, a short list of rescued items, the writer's line thanking colleagues and an 'Edit:' paragraph added later.",
body=r"""
nav coast.social
nav Explore   Local   Federated   About
by Mira Havelock (she/her)
by @mira_reads@coast.social
ban CW: water damage, long post
T The morning the basement of the Harbour Street library flooded
. I got the call at 6.10 on Thursday. The storm surge had pushed seawater up the drains on Harbour Street and the basement of our library, where we keep the local studies collection, had eleven centimetres of water on the floor.
. By 6.45 there were four of us in wellies. The first rule, which I learned on a course in 2019 and never expected to use, is to look before you lift: work out what is wet, what is damp and what is still dry, and move the dry things first so they stay that way.
. We moved the bottom shelves of bound newspapers to the first floor in a human chain. The maps were the worst. They were in plan chests, and the lowest drawers had been sitting in water for at least two hours.
. What we saved by ten o'clock:
. - all 214 volumes of the Harbour Gazette, 1881 to 1972
. - the parish registers on microfilm, which were in sealed boxes
. - 31 of the 40 tithe and estate maps, now in a freezer at the fish market
. Yes, a freezer. Freezing wet paper stops mould and buys you time until a conservator can dry it properly. The fishmongers' co-operative gave us a whole chest freezer and would not take a penny.
. We lost nine maps and about a hundred pamphlets. It could have been far worse.
. Thank you to Joss, Ama and Terry, who came in on their day off, and to everyone who brought flasks of tea.
. Edit: the conservator from the county record office has now collected the frozen maps. She thinks most of them can be saved.
ts Feb 19, 2026, 11:32
res via Tusky
soc 312 boosts   540 favourites   47 replies
tag #libraries #archives #flooding #HarbourStreet
com @archivist_kel@glam.town · 3h — Freezer trick for the win. Well done all of you.
com @terryp@coast.social · 2h — Feet still cold. Worth it.
nl Create an account to follow people, boost posts and reply on coast.social.
nav About · Privacy policy · View source code · Keyboard shortcuts
"""))

DOCS.append(dict(num=948, slug="telegram_convoy_kordofan_flour", lang="en", style="mixed", noise=0.1,
title="Flour convoy reaches El Obeid after 19 days on the road",
notes="Telegram channel web preview (t.me/s/) of a relief NGO, one long post as the article (conflict: aid convoy in Sudan). Debris: channel name and subscriber count, the 'preview channel' and app-download prompts (newsletter), a forwarded-from line (credit), a video placeholder label (caption), the view counter, the edited time stamp and post time, the reaction row (social), neighbouring posts' snippets (related), and the 'context' join button. HARD NEGATIVES: a cargo list, a quoted driver, a dateline, and a line asking supporters not to share drivers' names.",
body=r"""
nav Sahel Relief Logistics
res 18 412 subscribers
nl You can view and join @sahelrelief right away.
nav Preview channel
cr Forwarded from Sahel Relief — Field Desk
T Flour convoy reaches El Obeid after 19 days on the road
. EL OBEID, North Kordofan — Our convoy of 14 trucks arrived at the warehouse in El Obeid on Monday evening, 19 days after leaving Port Sudan. All fourteen drivers are safe.
cap ▶ Video 0:48
. The trip would take four days in peacetime. This time the trucks were held at three checkpoints for a total of eleven days while permits were checked and re-checked, and twice they had to wait for fighting near the road to stop before moving on.
. Cargo delivered:
. • 386 tonnes of wheat flour
. • 22 tonnes of lentils
. • 9 tonnes of vegetable oil
. • 4,000 family hygiene kits
. The flour will go to community kitchens in El Obeid and to three camps for displaced families on the edge of the city, where more than 60,000 people have arrived since the summer. Kitchen volunteers say they had been cooking one meal a day instead of two.
. "At the last checkpoint they asked why we were carrying so much flour," said one of the drivers. "I told them it was for bread. What else would it be for?"
. Fuel remains the biggest problem. Diesel prices in Kordofan have tripled since April, and two trucks needed fuel bought on the roadside at prices we would rather not print.
. The next convoy, of nine trucks carrying seed and fertiliser for the planting season, is due to leave Port Sudan at the end of the month. We have asked again for a single permit that would be recognised at every checkpoint on the route, and we will report here on whether that happens.
. Please do not share drivers' names or photos of their faces. Several of them will be driving the same road again next month.
res 👁 9.8K
ts edited 14:22
ts 14:05
soc 👍 412   🙏 287   ❤ 96
rel Sahel Relief Logistics: Warehouse in Kosti restocked with seed for the planting season...
rel Sahel Relief Logistics: Statement on the attack on the water station at...
nl Download Telegram — a fast and secure messenger
nav Context   Join
"""))

DOCS.append(dict(num=949, slug="substack_ferry_fares_islands", lang="en", style="single", noise=0.15,
title="Why a return ferry to Harris now costs more than a flight to Spain",
notes="Substack-like newsletter post (island transport economics). Debris: publication name, subscribe button, the post's subtitle is content, author line with date (byline), like/comment/restack counters (social), a mid-post subscribe box (newsletter), an 'upgrade to paid' box, the discussion header and two comments, the 'Top / Latest' tabs (navigation), the publication's 'ready for more?' box, and the footer with privacy/terms and the platform notice. HARD NEGATIVES: a subtitle, a fares table, a footnote line that is content, and a sign-off.",
body=r"""
nav The Minch Ledger
nl Subscribe
T Why a return ferry to Harris now costs more than a flight to Spain
. The fares freeze ended quietly in January. Here is what it means for a family of four with a car.
by Catriona MacAulay
ts 20 Feb 2026 · Public post
soc ♡ 184   💬 41   ↻ 12
. A reader in Tarbert sent me her booking confirmation last week with a single line: "Is this right?" It was. A return crossing from Uig to Tarbert for two adults, two children and a small car, in August, now costs £238.60. Flights from Glasgow to Málaga that week start at £89 each.
. The comparison is a little unfair, of course. Nobody takes a car to Málaga. But it shows how quickly the maths has changed since the fare freeze ended on 5 January.
. What the fares look like
. Adult single: £8.10 (2025) → £10.40 (2026)
. Child single: £4.05 → £5.20
. Car single: £37.50 → £52.80
. Campervan single: £71.00 → £104.30
nl Thanks for reading The Minch Ledger! Subscribe for free to receive new posts and support my work.
. The operator says the increase reflects fuel, crew and the cost of chartering a replacement vessel while two of its own ships are in dry dock. All three explanations are true. What is missing is any sense that islanders pay these fares as a tax on living here.
. Residents of the Western Isles do not have an alternative route. A shopper from Stornoway going to the dentist in Inverness pays the same fare as a tourist making a once-in-a-lifetime trip. Other countries handle this with a resident card; Norway's coastal ferries, for example, are largely free for local traffic.
. A resident discount would cost the government something, and I'll look at how much in the next issue. For now I'd only say this: a ferry is a road. We don't charge people a toll to drive into Glasgow.
. ¹ Fares are for the peak period from Uig. Off-peak fares are around 15 per cent lower.
. Until next week,
. Catriona
nl Upgrade to paid to get the monthly data notebook and the reader Q&A.
com 41 Comments
nav Top   Latest   Discussions
com Iain Morrison  Feb 20 — The car fare is the killer. We've stopped taking the car to the mainland at all.
com Ellen B.  Feb 21 — Worth mentioning that the Norway system has a residence requirement too.
nl Ready for more?  Type your email...  Subscribe
cp © 2026 Catriona MacAulay · Privacy ∙ Terms ∙ Collection notice
res Start writing   Get the app
"""))
