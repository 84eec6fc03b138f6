DOCS = []

DOCS.append(dict(num=911, slug="property_portal_biscuit_factory_flats", lang="en", style="single", noise=0.1,
title="Old biscuit factory at Carrow Bay to become 84 flats",
notes="Real-estate news portal (a listings site's property-news section; a factory conversion). Debris: the portal name and buy/rent/sold-prices menu, the section label, the author/date line, the reading time, an image caption and credit, a mortgage-calculator widget line (residue), a sponsored listing and a 'mortgage in principle' ad, an unrendered listings shortcode, a 'more property news' list, an 'agents: advertise with us' line (ad), a saved-search prompt (newsletter), and the footer. HARD NEGATIVES: a price table by flat size, a bulleted list of planning conditions, a quote on its own line and a subheading.",
body=r"""
nav Harbourlight Homes
nav Buy   Rent   Sold prices   New builds   Property news   Find an agent
nav Property news › Development
T Old biscuit factory at Carrow Bay to become 84 flats
by Niamh Corrigan · 16 February 2026
rt 3 min
cap The former Merriman's biscuit works on Quay Lane, closed since 2017
cr Picture: Harbourlight Homes / Dan Ferris
. The former Merriman's biscuit works on Quay Lane in Carrow Bay will be converted into 84 flats after councillors approved the scheme on Thursday by seven votes to two.
. The red-brick factory made ginger biscuits and custard creams for almost a century before production moved to Leicester in 2017. Since then it has been used for storage and, on two weekends a year, for a vintage market.
. Developer Quayline Living plans to keep the main factory building, its chimney and the painted Merriman's sign on the gable wall. A newer warehouse at the back will be demolished and replaced with a four-storey block.
. What the flats will cost
. Quayline has published guide prices ahead of a launch in the autumn:
. Studio: from £145,000
. One bedroom: from £189,000
. Two bedrooms: from £242,000
. Three-bedroom duplex: from £318,000
res Monthly repayments from £812* — open the calculator
. Sixteen of the flats will be offered at a discount of 30 percent to local first-time buyers, and a further eight will be let through a housing association.
ad Sponsored · 2 bed apartment, Marina Heights, Carrow Bay — £229,950 — Book a viewing
. Conditions attached to the permission include:
. - the chimney must be made safe and kept
. - no more than 40 parking spaces, with a car club bay
. - public access to a new path along the quay
. - work limited to 8am–6pm on weekdays
. Local residents' groups had objected to the height of the new block, but many welcomed the reuse of the factory.
. "The whole street used to smell of ginger. We're just glad the building isn't coming down."
. That was how Maureen Lacey, who worked on the packing line for 22 years, put it at the planning meeting.
sc [hl_listings area="carrow-bay" type="new-build" limit="4"]
ad Get a mortgage in principle in 15 minutes with Keystone Lending
rel More property news
rel First-time buyer numbers rise for third quarter in a row
rel What a 'lift-only' leasehold charge can cost you
nl Save this area and we'll e-mail you new homes as they appear
ad Estate agents: promote your listings on Harbourlight
cp © 2026 Harbourlight Homes Ltd · Terms · Privacy · Sitemap
"""))

DOCS.append(dict(num=912, slug="tumblr_indigo_vat_revival", lang="en", style="mixed", noise=0.15, ws=True,
title="the indigo vat is ALIVE again",
notes="Tumblr text post (a textile artist reviving a fermentation indigo vat). Debris: the blog's name and follow button, the post time, a 'reblogged from' credit and a source credit line, the image alt-text copy, the tag line, the notes count, the reblog/like row, the 'blogs you might like' list, a 'new posts in the app' pitch and the dashboard footer. HARD NEGATIVES: lower-case first-person prose, a numbered list of vat-feeding steps, a short dated log of the vat and a one-line exclamation.",
body=r"""
nav threadbare-and-blue
soc + Follow
ts published 3 days back
T the indigo vat is ALIVE again
. after six weeks of sulking in the garage my fermentation vat finally turned the colour it is supposed to be. coppery skin on top, a purple bloom when you stir it, and underneath a clear yellow-green liquid that turns cloth blue the moment it meets the air.
. some of you asked what i did wrong in the first place. short answer: i let it get cold. a fermentation vat is basically a bucket of bacteria that eat bran and sugar and in exchange keep the indigo dissolved. below about 25 degrees they stop working and the whole thing goes flat and brown.
. how i brought it back:
. 1. moved the bucket indoors and wrapped it in an old sleeping bag.
. 2. put a seed heater mat underneath, set to 30 degrees.
. 3. fed it two handfuls of wheat bran and a spoon of madder root every other day.
. 4. checked the pH with strips and added washing soda when it dropped below 10.
. 5. did absolutely nothing else, which is the hardest part.
. the log, for anyone who likes numbers:
. 2 jan — brown, smells of wet cardboard, pH 9
. 9 jan — first bubbles, still no bloom
. 20 jan — thin copper film
. 1 feb — full bloom, first test skein dyed pale blue
. 11 feb — third dip gives a proper mid blue
cap [image: three skeins of wool in graded blues hanging on a wooden rail]
. the skeins in the photo are undyed, one dip, three dips and seven dips. same wool, same vat. the colour builds in layers, and every layer needs the cloth to oxidise in the air for twenty minutes.
. honestly it is the most satisfying thing i have ever done with a bucket.
. next project: dipping my grandmother's old linen tablecloth, which has a wine stain shaped like sicily.
cr reblogged from slow-stitch-society
cr source: threadbare-and-blue
tag #natural dye #indigo #fermentation vat #textile art #wip
soc 1,204 notes
soc ⟲ Reblog   ♡ Like
rel Blogs you might like: woad-and-weld · loomlight · mordant-mondays
nl Never miss a post — open this blog in the app
res ← Dashboard   Archive   Random
"""))

DOCS.append(dict(num=913, slug="dreamwidth_learning_to_drive", lang="en", style="single", noise=0.05,
title="Passed. At fifty-two. In the rain.",
notes="Dreamwidth/LiveJournal-style journal entry (the writer passes a driving test at 52). Debris: journal name and the recent-entries/archive/tags/profile menu, the entry date header, the poster's user link (byline), the mood and music lines (residue), the security lock label, the tags line, the comment-count/link row, three threaded comments with reply/thread/link controls, the page summary, style credit and cut-tags widgets. HARD NEGATIVES: first-person prose, a lesson log with hours, a list of test faults, and the writer's closing line.",
body=r"""
nav fernwood_ledger
nav Recent Entries · Archive · Reading · Tags · Memories · Profile
ts Mar. 5th, 2026 09:14 pm
by [personal profile] fernwood_ledger
T Passed. At fifty-two. In the rain.
. I have put off writing this entry all evening because I keep worrying that the letter will turn out to be a mistake. It is not a mistake. I passed my driving test this afternoon, on the second attempt, in a downpour, with a examiner who looked about nineteen.
. For those of you who only know me from fandom and have no idea what I'm talking about: I never learned to drive. My parents didn't drive, I lived in cities, and then I was forty and it felt too late and too embarrassing. Then Dad got ill two hours away and the buses stopped running on Sundays.
. The numbers, because you know I keep numbers:
. Lessons with an instructor: 38 hours
. Practice with my sister in her car: about 25 hours
. Theory test: passed first time, 47 out of 50
. First practical test, November: failed
. Second practical test, today: passed with 4 minor faults
. Today's minors, for the record:
. - hesitated at a roundabout
. - late signal leaving a parking bay
. - drifted over the line on a bend
. - one mirror check too late before pulling out
. The first test I failed for stalling on a hill and then rolling back. I cried in the car park. Today I hit the same hill and the car went up it like it was nothing, and the examiner didn't even look up from his clipboard.
. I know lots of you have been driving since you were seventeen and think this is a small thing. It isn't small to me. On Sunday I will drive to see Dad by myself, and I will probably sing the whole way.
. Thank you to everyone who sent encouragement after November. I read every comment.
res Current mood: giddy
res Current music: the rain on the car roof, mostly
res 🔓 public
tag Tags: driving, dad, personal
com 6 replies · Reply to this entry · Permalink
com (Anonymous) 2026-03-05 09:40 pm (UTC) — CONGRATULATIONS. I'm so proud of you. — Reply | Thread | Link
com fernwood_ledger 2026-03-05 09:52 pm (UTC) — Thank you!! — Reply | Thread from start | Parent | Link
com marrowgate 2026-03-06 07:03 am (UTC) — Fifty-two is nothing, I passed at 60. Enjoy the freedom. — Reply | Thread | Link
rel Page Summary
res Style Credit: Style: Sidewinder for Cobblestone
res Expand Cut Tags: No cut tags
"""))

DOCS.append(dict(num=914, slug="docs_changelog_quillmap_4", lang="en", style="single", noise=0.05,
title="Changelog: quillmap 4.0",
notes="ReadTheDocs/GitBook-like documentation page (release notes of an invented open-source map-tiling library). Debris: the project name and version switcher, the doc search box, the sidebar table of contents, the breadcrumb, the 'suggest an edit' link, a docs-hosting ad, the previous/next pager, the 'last updated' stamp, the copyright, the 'built with' line and the versions flyout. HARD NEGATIVES: the release date line, subheadings, bulleted breaking changes, a table of deprecated functions and their replacements, a 'Note:' paragraph and a code line.",
body=r"""
nav quillmap
nav v4.0 (stable) ▾
res Search the docs…
nav Getting started · Tutorials · API reference · Changelog · Contributing
nav Docs » Changelog » 4.0
res ✎ Suggest an edit to this page
T Changelog: quillmap 4.0
. Released 19 February 2026. This is a major release with breaking changes; read the upgrade notes before moving from 3.x.
. Highlights
. - Tile rendering is now done in a worker pool, making large exports about three times faster on machines with four or more cores.
. - Vector tiles can be written directly in the MBTiles format without a separate conversion step.
. - The command-line tool gains a --dry-run flag that prints the tiles it would produce.
. Breaking changes
. - Python 3.9 is no longer supported. The minimum version is now 3.11.
. - Zoom levels are validated; values outside 0 to 22 raise an error instead of being clamped.
. - The default tile size changes from 256 to 512 pixels.
. Deprecated functions
. Old name | Replacement | Removed in
. render_tile() | Renderer.tile() | 5.0
. bbox_to_tiles() | tiles_in_bounds() | 5.0
. set_cache_dir() | Config(cache_dir=...) | 4.2
. Note: deprecated functions still work in 4.0 but emit a warning once per process.
. Upgrading
. Most projects only need to change how the renderer is created. The new style looks like this:
. renderer = quillmap.Renderer(tile_size=256, workers=4)
. Passing tile_size=256 keeps your existing output identical to 3.x. If you were relying on zoom levels above 22 being quietly clamped, you will now see a ValueError; check the extent of your input data first.
. Fixes
. - Labels no longer disappear at the antimeridian.
. - Exports on Windows close their file handles correctly.
. - The memory leak when rendering thousands of small polygons is fixed.
. Thanks to the 31 people who contributed to this release, and to the three university map libraries that tested the worker pool on their collections.
ad Sponsored: deploy docs like these with PageHarbor — free for open source
nav ‹ Previous: Changelog 3.9    Next: Changelog 3.8 ›
ts Last revised on Feb 21, 2026.
cp © Copyright 2026, the quillmap contributors.
res Generated with Sphinx and the Lighthouse docs theme.
nav Versions: latest · stable · 4.0 · 3.9 · 3.8 | Downloads: PDF · HTML · Epub
"""))

DOCS.append(dict(num=915, slug="podcast_notes_skerry_light_keepers", lang="en", style="double", noise=0.1,
title="Ep. 48 — The last keepers of the Skerry Light",
notes="Podcast show-notes page (a maritime history podcast; an episode with former lighthouse keepers). Debris: podcast name and menu, the episode player bar with duration and speed, the 'listen on' row of apps, the subscribe and RSS buttons, the episode date and number label, a transcript download link, a 'support the show' membership pitch (ad), the sponsor read line (ad), share buttons, the previous/next episode pager and the footer. HARD NEGATIVES: a subtitle, an episode summary in first person plural, a timestamped chapter list (content), guest bios inside the notes, and a corrections line.",
body=r"""
nav THE KEEPER'S LOG
nav Episodes   Guests   About   Contact
T Ep. 48 — The last keepers of the Skerry Light
. Two men who kept the lamp burning before the lighthouse went automatic in 1987
ts 24 February 2026 · Season 4
res ▶  00:00 / 52:18   1×   ⤓
nav Tune in via: Podpanda · Wavecatcher · Orbit Audio · RSS
soc ＋ Subscribe
. This week we sailed out to the Skerry Light, eleven miles off the coast, with two of the last men who lived there as keepers. Angus Reid and Tom Pellow spent a combined twenty-six years on the rock. Between them they remember storms, a fire, a whale, and a very long winter when the relief boat could not land for seven weeks.
. The Skerry was one of the last staffed lighthouses in the country. Three keepers lived on the rock at any time, working four weeks on and four weeks off, and keeping watch through the night in turns of four hours.
. In this episode
. 00:00 — Introduction and the boat trip out
. 04:12 — How Angus got the job by answering a newspaper advert
. 11:30 — Daily routine: the lamp, the log and the foghorn
. 19:45 — The fire in the engine room, 1974
. 27:08 — Seven weeks without relief, winter 1978
. 35:20 — The whale that scraped the landing stage
. 41:55 — Automation and the last night on the rock
. 48:40 — What the light means to them now
. Our guests
. Angus Reid was a keeper from 1969 to 1987 and served on three other lights before the Skerry. Tom Pellow joined as an assistant keeper in 1979 and now volunteers at the maritime museum in Porthcarran.
. Correction: in episode 47 we said the Skerry lamp was converted to electricity in 1962. It was 1965.
. Thanks to the harbourmaster at Porthcarran for the boat, and to the Lighthouse Heritage Trust for the archive recordings of the foghorn you hear at the start.
res Read the full transcript (PDF, 41 pages)
ad Keep the lamp lit: join the Keeper's Crew from £3 a month for ad-free episodes
ad This episode is brought to you by Saltmarsh Oilskins
soc Post it · Email it · Copy episode link
nav ← Ep. 47: The wreck of the Corran Belle   |   Ep. 49: Fog signals explained →
cp © 2026 The Keeper's Log · Hosted on Orbit Audio
"""))

DOCS.append(dict(num=916, slug="localwiki_current_events_week_11", lang="en", style="single", noise=0.05,
title="Current events: 9–15 March 2026",
notes="Wikipedia-like current-events page of a city wiki (a week of local events). Debris: the wiki's tagline and jump links, the page/talk tabs, the 'ongoing' sidebar list, the [edit] links after each heading, a '[[File:...]]' fragment, the 'retrieved from' line, the category line (tags), the 'last edited' stamp and the licence footer, and the privacy/disclaimers links. HARD NEGATIVES: a week of dated bulleted events under section headings (content), short subheadings, a correction note in the page text, and numbers in the events.",
body=r"""
nav From Lakeshire Wiki, the open encyclopedia of Lakeshire
nav Jump to: navigation, search
nav Article   Talk page   Read   Change   Revisions
T Current events: 9–15 March 2026
. This page lists notable events in the city of Lakeshire and its surrounding district during the week. Entries are added by volunteers and must cite a public source.
rel Ongoing: Harbour Road resurfacing · Library roof repairs · County budget consultation
. Transport
nav [edit]
. 9 March – The Number 7 bus route is diverted away from Mill Street for six weeks while the gas main is replaced.
. 11 March – The city council approves a trial of 20 mph limits on eleven residential streets in the Northgate ward.
. 14 March – The harbour footbridge reopens after three months of repairs to its lifting mechanism.
. Arts and culture
nav [edit]
. 10 March – The Lakeshire Orchestra announces its autumn season, including a new piece by local composer Ruth Adeyemi.
. 12 March – The city museum receives a collection of 1,400 glass-plate negatives from the estate of photographer Arthur Penn Willis.
sc [[File:Lakeshire_footbridge_lifted.jpg|thumb|right|The harbour footbridge during testing]]
. Sport
nav [edit]
. 14 March – Lakeshire Town beat Oxmoor Rovers 2–1 in the county cup quarter-final.
. 15 March – 2,300 runners take part in the Lakeshire Half Marathon; the men's race is won in 1:06:41 and the women's in 1:14:09.
. Environment and weather
nav [edit]
. 10 March – High winds bring down 40 trees in the Deepdale area; the golf course is closed for two days.
. 13 March – Volunteers count 212 toads crossing Fen Lane during the first night of the annual toad patrol.
. Business
nav [edit]
. 11 March – Harlow & Finch, the city's oldest department store, confirms that it will close its top floor and convert it to offices.
. 15 March – The farmers' market moves to its summer site on Castle Green.
. Note: an earlier version of this page gave the date of the footbridge reopening as 13 March. The council's press release confirms 14 March.
. See also: current events for the previous week and the next week.
res Retrieved from "https://lakeshire.example.wiki/index.php?title=Current_events/2026-W11"
tag Categories: Current events | 2026 in Lakeshire | March 2026
ts This page was last modified at 22:15 on 15 March 2026.
cp Content is shared under an attribution share-alike licence unless noted otherwise.
nav Privacy · About Lakeshire Wiki · Disclaimers · Mobile view
"""))

DOCS.append(dict(num=917, slug="popsci_petrichor_soil_bacteria", lang="en", style="mixed", noise=0.1,
title="The smell of rain is a message, and beetles are listening",
notes="Popular-science web magazine (soil bacteria and the geosmin smell). Debris: magazine name and section menu, the metered paywall counter (newsletter), the section label, byline and date, reading time, caption and credit, an embedded newsletter box, an 'ad' label, a 'cite this article' box (residue), topic tags, the author bio, a 'you might also like' list and the footer. HARD NEGATIVES: a subtitle, a one-line quote, a numbered list of findings, a subheading and a sentence that mentions subscribing to a journal's data.",
body=r"""
nav SPORE & STAR  a magazine of curious science
nav Life   Earth   Space   Mind   Tech   Podcasts
nl 2 of 3 free stories left this month. Become a reader-member for unlimited access.
nav Life · Microbiology
T The smell of rain is a message, and beetles are listening
. A study of soil bacteria suggests the earthy scent we love evolved to attract tiny animals that spread their spores
by By Odile Ferreira-Lund | 3 March 2026
rt Eight-minute read
cap Springtails gather on a colony of Streptomyces bacteria in a laboratory dish.
cr Image credit: J. Hallberg / Lund soil lab
. Walk outside after a summer shower and you will smell it at once: the rich, earthy scent called petrichor. Much of it comes from a single molecule, geosmin, which humans can detect at concentrations of a few parts per trillion. Our noses are more sensitive to geosmin than a shark's is to blood.
. For years biologists wondered why soil bacteria called Streptomyces spend so much energy making it. A team in Sweden now has an answer, and it involves springtails, tiny six-legged animals that live in the soil in enormous numbers.
. What the team found
. 1. Springtails were strongly attracted to geosmin in choice experiments, even at very low doses.
. 2. The animals fed on the bacterial colonies and carried spores away on their bodies and in their droppings.
. 3. Bacteria that could not make geosmin were visited far less and spread their spores over much shorter distances.
nl Get the Tuesday Spore — one surprising study, every week, in your inbox.
. "The smell is an advertisement, and the springtails are the customers," said microbiologist Pernilla Bergström, who led the work.
. The bacteria also produce compounds that are toxic to many other soil animals, but springtails appear immune to them. That suggests a long partnership, in which the smell works like a flower's scent does for bees.
. Why do humans like it?
. Nobody knows for sure. One idea is that our ancestors learned to link the smell with rain and with places where water could be found. Another is simply that geosmin is so potent we cannot help noticing it.
. The study's raw data are open, and readers who subscribe to the journal's data service can download the full behavioural recordings.
ad AD
res Cite this article: Ferreira-Lund, O. (2026). The smell of rain is a message. Spore & Star.
tag Microbiology · Soil · Smell · Evolution
bio Odile Ferreira-Lund is a science writer in Malmö. She has a background in plant pathology and a habit of sniffing soil.
rel Further curiosities from the archive
rel How fungi decide where to grow next
rel The strange chemistry of a thunderstorm
cp © 2026 Spore & Star Media. Independent science since 2014.
"""))

DOCS.append(dict(num=918, slug="courts_racing_pigeon_sale_dispute", lang="en", style="single", noise=0.1, ws=True,
title="Judge rules pigeon buyer must pay £4,200 for bird that 'would not fly home'",
notes="Regional court-reporting news site (a small claims case over a racing pigeon). Debris: site name and courts menu, breadcrumb, byline and time, lone share counter, a 'court reporting is expensive — support us' box (ad), a 'from the courts' list, a 'comments are closed on court stories' note (comments), tags, and the footer. HARD NEGATIVES: a subtitle, a quote alone on a line, a list of the judge's findings, and a 'Correction:' paragraph at the end.",
body=r"""
nav The Pennine Bench
nav Crown Court   Magistrates   Inquests   Tribunals   Small Claims
nav Courts › Civil
T Judge rules pigeon buyer must pay £4,200 for bird that 'would not fly home'
. Breeder wins small claims case after buyer withheld payment for a champion cock
by By Harriet Bulmer, court reporter · 10 March 2026, 4:55pm
soc 63 shares
. A pigeon fancier who refused to pay for a prize racing bird because it kept returning to its old loft has been ordered to pay the full £4,200 plus costs.
. District Judge Andrew Kaye, sitting at Bradford County Court, said the sale contract made no promise that the bird would adapt to a new home.
. Gordon Ellery, 67, of Thornton, bought the two-year-old cock bird from breeder Kevin Moss, 58, of Keighley, in April last year after it won three races from France. He paid a deposit of £500 and agreed to pay the balance within three months.
. Over the summer the bird flew back to Mr Moss's loft, twelve miles away, on four occasions. Mr Ellery argued that a racing pigeon which would not settle was not fit for purpose and stopped payment.
. "A homing pigeon going home is not a defect. It is the whole point of the animal."
. The judge's findings:
. - The contract was for the sale of the bird, not for its performance at a new loft.
. - Mr Ellery is an experienced fancier who knew older birds may not settle.
. - Mr Moss returned the bird promptly each time and did not try to keep it.
. - The balance of £3,700 is due, with £500 in costs.
. Mr Ellery told the court he had spent "more on petrol driving to Keighley than on corn" during the summer.
. After the hearing Mr Moss said he was relieved. "I've sold birds for thirty years and never had to go to court. I hope I never do again."
. Mr Ellery said he would not appeal, and that the bird would now be used only for breeding.
. Correction: an earlier version of this article said the hearing took place at Leeds Combined Court. It was at Bradford County Court.
ad Court reporting costs money. Help keep a reporter in every courtroom — chip in from £2.
rel From the courts
rel Inquest hears farm worker was crushed by bale loader
rel Speeding driver banned after 112mph dash on the A629
com We do not open comments on court reports, for legal reasons.
tag Bradford · Keighley · Small claims · Pigeon racing
cp © 2026 The Pennine Bench Ltd. Registered in England no. 11209344.
"""))

DOCS.append(dict(num=919, slug="nursing_journal_night_shift_sleep", lang="en", style="sparse", noise=0.1,
title="Short naps on night shifts cut errors, ward study suggests",
notes="Nursing trade journal web page (a study of planned naps for night-shift nurses). Debris: journal name and clinical-area menu, a 'for healthcare professionals only' banner, the article-type label, author/date line, a CPD-points box (residue), a shortcode left in the text, a 'log in to download the PDF' prompt (newsletter), references heading and entries (residue), the 'related CPD articles' list, a job-board ad, social follow buttons and the copyright. HARD NEGATIVES: a standfirst, key numbers as bullets, a two-row results table, a subheading and a quote.",
body=r"""
nav Ward & Bedside Journal
nav Clinical   Workforce   Education   CPD   Jobs   Opinion
ban This website is intended for registered nurses, midwives and other healthcare professionals.
nav News · Research in brief
T Short naps on night shifts cut errors, ward study suggests
. Nurses who took a planned 30-minute nap made fewer drug-round errors and felt safer driving home
by Kemi Adeyinka, clinical editor · 27 January 2026
res ⏱ Counts towards 1 hour of CPD
. A trial on twelve hospital wards has found that a planned nap in the middle of a night shift reduced medication errors and improved how alert nurses felt at the end of their shift.
. The study, run across two hospitals in the north west of England, allowed nurses to take a protected 30-minute nap between 2am and 4am in a dedicated quiet room. Six wards used the scheme for three months, and six similar wards carried on as normal.
. Key numbers
. • 412 nurses and healthcare assistants took part
. • 86% of those offered a nap took it on at least half their shifts
. • no ward reported unsafe staffing as a result of the nap break
. Results per 1,000 drug administrations:
. Nap wards: 2.1 recorded errors
. Comparison wards: 3.4 recorded errors
sc [cpd_quiz id="2026-014"]
. Participants also scored their sleepiness at the end of the shift. Those on the nap wards were much less likely to say they had struggled to stay awake on the drive home, which the authors called an important safety finding in its own right.
. Making it work
. The researchers said the scheme only worked because ward managers planned cover in advance and treated the nap as protected time, not an optional extra to be dropped when the ward was busy.
. "People were sceptical at first. By the end, they were defending their nap like their lunch break."
. Lead author Dr Fiona Castellano, a nurse researcher, said the next step was a larger trial including emergency departments.
nl Log in or register for free to download the full paper as a PDF
res References
res Castellano F, et al (2026) Planned naps and medication safety on night shifts. Journal of Ward Practice; 18: 1, 33-41.
rel Related CPD: Managing fatigue in 12-hour shifts · Safer drug rounds: a checklist
ad Jobs: Night Sister, Acute Medical Unit — Band 6 — Salford
soc Follow Ward & Bedside: ✕ · in · f
cp © 2026 Ward & Bedside Publishing Ltd
"""))

DOCS.append(dict(num=920, slug="business_ski_lift_maker_worker_buyout", lang="en", style="single", noise=0.1,
title="Workers buy bankrupt ski-lift maker and restart the assembly line",
notes="Regional business news site (an employee buyout of a ski-lift manufacturer in Vermont). Debris: site name and menu, the market-data ticker, the section label, the paywall 'subscriber exclusive' label (banner), author and date line, a 'listen to this article' player, a photo caption and credit, a mid-article 'more business' link (related), a newsletter box, topic tags, the author bio and footer. HARD NEGATIVES: a timeline of the company, a list of buyout terms, a quote alone on a line and a subheading.",
body=r"""
nav Green Mountain Ledger
nav Business   Politics   Outdoors   Food   Real Estate   Obituaries
res DJIA 41,208 ▲ · S&P 500 5,611 ▼ · VT gas avg $3.41
nav Business
ban Subscriber exclusive
T Workers buy bankrupt ski-lift maker and restart the assembly line
by By Tessa Lindqvist | Feb. 26, 2026
res 🔊 Hear this story · 5 min
cap Welder Marco Bellamy works on a chairlift grip at the Stowell plant.
cr Photo by Owen Pratt for the Ledger
. STOWELL — When Alpine Haul Systems filed for bankruptcy last spring, its 94 workers assumed the factory on Route 108 would close for good. Eleven months later they own it.
. A bankruptcy judge approved the sale of the company to a newly formed worker co-operative on Monday, and the first order under new ownership, two fixed-grip chairlifts for a ski area in Maine, is already on the assembly floor.
. A short history
. 1962: Founded in a barn by engineer Walter Haskins.
. 1988: Opens the Route 108 plant.
. 2019: Bought by a private equity firm.
. 2025: Files for bankruptcy after losing two large contracts.
. 2026: Sold to its workers.
rel More business: Maple syrup exports hit a record despite the warm winter
. The terms
. - The co-op paid $3.1 million, financed by a state loan fund and a community lender.
. - 71 of the 94 former employees each put in $2,500 to become members.
. - Each member has one vote, regardless of role.
. - The old brand name and designs were included in the sale.
. "We always knew how to build the lifts. What we didn't have was anybody upstairs who wanted to keep building them."
. That was the view of welder Marco Bellamy, who has worked at the plant for 23 years and now sits on the co-op's board.
. The co-op's plan is modest. It will focus on fixed-grip lifts for small and mid-sized ski areas, and on spare parts and inspections for the roughly 300 Alpine Haul lifts still running in North America. Parts and service, the board says, will provide steady income in the years when new orders are slow.
nl Get the Ledger's Monday business briefing — sign up free
tag Manufacturing · Co-ops · Skiing · Stowell
bio Tessa Lindqvist covers business and labor for the Ledger. Reach her with tips any time.
cp © 2026 Green Mountain Ledger · All rights reserved · Terms of use
"""))
