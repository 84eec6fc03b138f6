DOCS = []

DOCS.append(dict(num=900, slug="newsletter_bookmobile_back_on_road", lang="en", style="single", noise=0.1,
title="The van is back on the road",
notes="Substack-style newsletter post ('The Long Shelf', a campaigner's letter about a county bookmobile). Debris: publication name and menu above the headline, author line and date, the like/comment/share counters, the comment header, the reply box, one reader comment with its 'liked by' line, the free-subscription pitch with its e-mail field, the app pitch, the copyright line and the footer links. HARD NEGATIVES: the standfirst, the greeting and sign-off of the writer, a subheading, a bulleted fact list and a paragraph about readers sharing the printed timetable.",
body=r"""
nav The Long Shelf
nav Home · Notes · Archive · About this letter
T The van is back on the road
. Forty-one stops, one librarian, and a gearbox that still sounds like a coffee grinder
by Marguerite Oduya
ts Friday, Mar 14, 2025
soc ♡ 212
soc 💬 18
soc ↗ Pass it on
. Hello again, shelf people,
. Last Tuesday at 8.15 in the morning, the old county bookmobile pulled out of the depot behind the fire station for the first time since the autumn of 2019. I was in the passenger seat with a thermos and a clipboard, and I am not ashamed to say I cried a little at the first stop.
. For new readers: the van is a 1998 box-body truck that the library service parked when its driver retired and nobody could be found to replace her. It sat under a tarpaulin for five winters. Last spring a group of us started a campaign to bring it back, and in January the council finally agreed to fund one driver-librarian for two years.
. What the route looks like now
. - 41 stops across nine villages, every second week
. - about 2,300 books on board, with a large-print shelf by the door
. - a folding ramp, fitted in February by a welder in Haddow who would not take payment
. - a card reader that works when there is mobile signal, and a paper ledger when there is not
. The new driver is Tomasz Wrenn, who spent eleven years driving school buses and reads mostly westerns. At the stop outside the Kelby post office, a woman of ninety returned a novel she had borrowed in 2019. Tomasz waived the fine, which by his calculation would have come to £214.
. Several of you asked whether you could share the timetable with neighbours who are not online. Please do: the library has printed it on yellow card and left copies at every shop on the route.
. The campaign is not finished. Two years of funding is a trial, and the council will look at the borrowing figures next spring. If the van matters to you, the best thing you can do is climb aboard and use it.
. See you at the Kelby stop,
. Marguerite
com 18 replies so far
com Add your voice to the discussion…
com Alun Pryce · 2d · My mum was the ninety-year-old! She has already finished the next one.
com ♡ from Marguerite Oduya
nl Keep getting The Long Shelf: free, every other Friday, no spam.
nl your.name@example.com   [ Put me on the list ]
nl Letters read better in the Pagefold app. Get it for iPhone or Android.
cp © 2025 Marguerite Oduya · hosted on Pagefold
nav Privacy ∙ Terms of use ∙ Data we collect
nav Start a publication of your own →
"""))

DOCS.append(dict(num=901, slug="ghost_oxalic_vapour_january", lang="en", style="double", noise=0.2, ws=True,
title="Vaporising oxalic acid in a broodless January",
notes="Ghost-style personal blog of a beekeeper ('Cold Comb'). Debris: the run-together site menu, a members-content banner, the tag row above the headline, the author/date line and the reading time, a feature-image caption and its credit, the members sign-up box, the author bio, the 'keep reading' block with two post titles, the engine line and the copyright. HARD NEGATIVES: a safety warning written as a one-line imperative, a numbered method, a small results table and a closing sentence that asks readers to write in.",
body=r"""
nav Cold Comb   Apiary diary   Kit   Winter notes   Members
ban 🔒 Some posts here are for paying members. This one is open to everyone.
tag Varroa · Winter work
T Vaporising oxalic acid in a broodless January
by Ilse Marchetti — 19 January 2025
rt ≈ 6 min
cap Frost on the entrance reducer of hive seven, the morning of the treatment.
cr Image: Ilse Marchetti
. Every January I wait for the same thing: three days of hard frost in a row, which usually means the queens have stopped laying and the colonies have no sealed brood. With no brood, every mite in the hive is riding on an adult bee, and that is the only moment when a single dose of oxalic acid vapour can reach nearly all of them.
. This year the frost came on the 14th. I treated all eleven colonies on the 17th, and this is how it went.
. Wear a respirator rated for acid gases. A paper dust mask does nothing here.
. 1. Close the mesh floor with the inspection board and seal the entrance with foam.
. 2. Slide the vaporiser pan in through the entrance, with 2.25 grams of oxalic acid dihydrate.
. 3. Connect the battery and count two and a half minutes after the pan starts to fume.
. 4. Leave the hive closed for ten minutes, then remove the pan and reopen the entrance.
. I put a clean sticky board under each colony and counted the dropped mites after a week.
. Hive 2: 412 mites
. Hive 5: 38 mites
. Hive 7: 1,106 mites
. Hive 9: 95 mites
. Hive seven worries me. A drop of over a thousand in January means the colony went into winter with a heavy load, and I should have spotted it in September. It is still flying on warm days, so I will give it a second treatment if I can find brood-free frames in February.
. If you treat in the same way and keep counts, please write to me. I would like to compare numbers from other moors.
nl Join Cold Comb. New diary entries arrive by e-mail about twice a month.   [ your e-mail ]  [ Join ]
bio Ilse keeps eleven colonies on the edge of the Lammer moor and writes mainly about what goes wrong.
rel Keep reading on Cold Comb
rel Why my strongest hive starved in March
rel A quilt box from two pallets and an old blanket
res Site engine: Quillhouse 5.2
cp Cold Comb © 2025. Words and images by Ilse Marchetti.
"""))

DOCS.append(dict(num=902, slug="medium_remote_sign_interpreting", lang="en", style="mixed", noise=0.12,
title="Interpreting through a tablet: what the ward camera cannot see",
notes="Medium-style blogging platform ('Plume') essay by a sign-language interpreter. Debris: the app pitch, the account links, the write button, a readers-only banner, the author line with follow button, reading time and date, the clap/response/bookmark counters at the top and bottom, the 'written by' bio with follower count, the 'more from' block and recommended titles, and the run-together footer. HARD NEGATIVES: the standfirst, a subheading, a one-line quote from a patient, a bulleted list of problems and a sentence telling readers how to share feedback with the trust.",
body=r"""
nl Continue in the Plume app ↗
nl Create a Plume account · Log in
nav ✎ Write
ban ★ Readers-only story
T Interpreting through a tablet: what the ward camera cannot see
. Remote sign-language interpreting has made hospitals faster to reach. It has also made some conversations worse.
by Harriet Osei-Lund · Follow
rt Reading time: seven minutes
ts Posted 3 Oct 2024, 08:40
soc 👏 1.4K    🗨 23
soc ⤴   🔖
. I have interpreted between British Sign Language and English in hospitals for fourteen years. For most of that time I drove to the ward, sat beside the bed and watched the patient's hands, face and shoulders. Since 2021, most of my hospital work has come through a tablet on a wheeled stand.
. The tablet is not the villain of this story. In the middle of the night, a deaf patient can now reach an interpreter in four minutes rather than four hours. That matters enormously.
. But sign language is three-dimensional, and a camera is not.
. Where it goes wrong
. - Signs made close to the body fall below the frame when the patient is lying down.
. - Finger-spelled drug names blur on a weak ward connection.
. - The tablet is usually placed where the nurse can reach it, not where the patient can see it.
. - I cannot see who else has walked into the room.
. Last winter a man recovering from a stroke tried for ten minutes to tell a consultant that his left hand had gone numb again. On the screen I could only see his right. When a nurse finally turned the stand, he looked at me and signed something I will not forget.
. "Now you are here."
. None of this needs new technology. It needs a second stand, a pillow to raise the patient, and staff who are trained to ask the interpreter whether the picture is good enough. Some wards already do this well.
. If you are a deaf patient or a relative and have had a remote session go badly, the trust's patient-experience team collects reports, and you can share yours through the form at reception.
soc 👏 1.4K
bio Written by Harriet Osei-Lund. Registered BSL/English interpreter. Mostly hospitals, sometimes courts.
soc 2.3K followers · Follow
rel More from Harriet Osei-Lund
rel Why I stopped interpreting at funerals
rel Recommended on Plume
rel The quiet cost of caption errors in lecture halls
nav Help  Status  About  Jobs  Press  Blog  Privacy  Rules  Text to speech
"""))

DOCS.append(dict(num=903, slug="govpress_drought_restrictions_eased", lang="en", style="sparse", noise=0.08,
title="Stage 3 water restrictions lifted for the Merrow Valley",
notes="Government press release on a Drupal-based state portal (invented Department of Water and Catchments). Debris: the official-site banner, skip link, run-together department menu, breadcrumb, 'media release' section label, the release date and reference number, the share row, a shortcode for an embedded map, the media-contact block (three lines), the 'was this page helpful' widget, the related releases, the last-updated stamp, the footer links and the copyright. HARD NEGATIVES: the minister's quote, the bulleted list of what changes, a dated 'Background:' paragraph and a sentence telling residents to report leaks by phone.",
body=r"""
ban An official website of the State of Merrow government
nav Jump straight to the main page content
nav Water and Catchments  Our dams  Restrictions  Licences  Grants  News  Contact
nav Home / News and media / 2025 releases
nav Media release
T Stage 3 water restrictions lifted for the Merrow Valley
ts Release date: Tuesday 6 May 2025
res Release ref. DWC-2025-117
soc Share: Email | Facebook | LinkedIn | Copy link
. Households and businesses in the Merrow Valley will move from Stage 3 to Stage 1 water restrictions from midnight on Friday 9 May, after autumn rain lifted combined storage in the Callan and Rook dams to 68 per cent.
. Minister for Water Adaeze Kinsella said the change would bring relief to gardeners, sports clubs and small car-wash operators who had lived with tight limits for nineteen months.
. "People in the valley cut their use by almost a third during the drought, and that is the reason the dams did not fall below twenty per cent," Ms Kinsella said. "I want to thank every household that timed a shower or let a lawn go brown."
. Under Stage 1:
. • watering gardens with a hose fitted with a trigger nozzle is allowed at any time
. • sprinklers may be used before 8am and after 6pm
. • public pools may be refilled
. • sports grounds may water playing surfaces twice a week
. Businesses that hold a drought exemption do not need to reapply. Their exemptions will lapse on 30 June.
. The department will keep its leak-detection crews in the valley until the end of the year. Residents who see a burst main or a leaking meter are asked to report it by phone on the faults line rather than through social media, so that crews can be sent straight away.
. Background: Stage 3 restrictions were introduced on 2 October 2023, when combined storage fell to 31 per cent. It was the first time since 2007 that the valley had reached Stage 3.
. The restriction level will be reviewed again in September, before the start of the dry season.
sc [map-embed id="merrow-storage-2025" height="420"]
res Media contact: Ravi Dunmore, Senior Communications Adviser
res 0400 113 907 · media@dwc.merrow.example
res After hours: duty media officer on the switchboard
res Did you find what you needed on this page?  👍  👎
rel Other releases
rel New meters for 4,000 homes in the Callan district
rel Rook Dam spillway works finish early
ts Page last reviewed 6 May 2025
nav Accessibility | Privacy | Disclaimer | Copyright | Sitemap
cp © State of Merrow (Department of Water and Catchments) 2025
"""))

DOCS.append(dict(num=904, slug="uninews_bat_acoustic_survey", lang="en", style="none", noise=0.2,
title="Microphones on lamp posts reveal how bats cross a busy city",
notes="University news office page (invented Harrowgate University). Debris: the acknowledgement banner, the run-together university menu, the 'study with us' button, breadcrumb, news-section label, the date, the byline and reading time, a photo caption and credit, the share row, the media-enquiries block, the tag row, the related stories, a course advertisement, the footer line and the copyright. HARD NEGATIVES: a quote from the lead researcher, the numbered findings, and the citation line of the published paper.",
body=r"""
ban Harrowgate University stands on the lands of the Wirranda people. We pay our respects to their elders.
nav Study  Research  Partner with us  Campus life  About  News
ad Apply for 2026 entry →
nav News centre › Science and environment
nav Research news
T Microphones on lamp posts reveal how bats cross a busy city
ts 22 July 2025 · 10:05 BST
by Words by Oona Farrelly · 4-minute story
cap A common pipistrelle recorded by a thermal camera beside the Lark Street bridge.
cr Photo courtesy Dr Sefton Achebe
soc Post · Share · Email
. A network of 140 small microphones fixed to street lamps has given researchers the most detailed picture yet of how bats move through a city centre at night.
. The two-year study, led by ecologists at Harrowgate University, recorded more than 1.8 million bat calls across the city between April and October. Each microphone was paired with a light sensor, which allowed the team to compare bat activity with the colour and brightness of the lamp above it.
. "We expected the bats to avoid light in general," said Dr Sefton Achebe, who led the project. "What we found is that they avoid white light very strongly and hardly react to amber light at all. That is good news, because amber lamps are cheap."
. The main findings:
. 1. Bats crossed the river almost only where the banks had trees on both sides.
. 2. Activity fell by 70 per cent under new white LED lamps.
. 3. Under amber lamps of the same brightness, activity fell by only 9 per cent.
. 4. Two species were recorded in the city centre for the first time.
. The city council has already changed the lamps along two streets on the team's advice, and plans to replace a further 600 lamps near the river by 2027.
. Residents helped as well. More than 300 people downloaded the team's recordings and tried to identify species by ear, and their identifications agreed with the experts' in four cases out of five.
. The research was funded by the Urban Wildlife Trust and the city council.
. The study, "Lamp colour shapes bat commuting routes in a temperate city", is published in the Journal of Urban Ecology.
res Media enquiries: Harrowgate University press office, +44 1632 960 412
tag Biology · Cities · Wildlife · Sustainability
rel More stories like this
rel Hedgehog tunnels under the ring road get their first visitors
rel Why swifts are nesting in the new library wall
ad Study ecology with us: MSc Urban Biodiversity, one year full time
nav Contact us | Maps | Jobs | Freedom of information | Privacy
cp © Harrowgate University 2025. Registered charity no. 1120988.
"""))

DOCS.append(dict(num=905, slug="ngo_jaffna_land_return_wells", lang="en", style="single", noise=0.15,
title="After the fence came down: restoring wells on returned land near Palaly",
notes="NGO field report (invented water charity 'Wellspring Partnership') about families rebuilding on land released by the military in northern Sri Lanka after the civil war. Debris: donate button, run-together menu, 'field notes' section label, byline/date line, the reading time, a photo caption and credit, an audio player label, the share row, a donation pitch with amounts, the newsletter box, the charity boilerplate and registered-number line, the 'more from the field' list and the copyright. HARD NEGATIVES: a dateline, a 'by the numbers' bulleted list, a quote from a returning farmer and a sentence about photos shown to the village.",
body=r"""
ad Give monthly ♥
nav About us  Where we work  Our approach  Reports  Get involved
nav Field notes
T After the fence came down: restoring wells on returned land near Palaly
by Report by Kavitha Selvanayagam, programme officer · 11 February 2025
rt Reading it takes about five minutes
cap Women from Thellippalai haul the first bucket from a reopened well.
cr Photograph: Wellspring Partnership / Niroshan Arul
cap ▶ Listen to this field note (6:12)
. JAFFNA DISTRICT, Sri Lanka — For thirty years the land north of the village of Kadduvan was behind a military fence. When part of it was released to its owners in 2023, families who had been displaced since 1990 walked back to find their houses roofless and their wells filled with rubble, shrubs and, in a few cases, unexploded ordnance.
. Most of the people returning are elderly or are the children of the original owners. Many had lived for decades in welfare centres and rented rooms on the peninsula, close enough to visit the fence but never to cross it.
. Before a well can be cleaned, a demining team has to clear the compound. Only then do our crews dig out the silt, test the water for salt and nitrates, and rebuild the parapet.
. By the numbers, since March 2023:
. • 61 wells cleaned and rebuilt
. • 14 found too salty to use, and sealed
. • 212 families with water at home again
. • 3 compounds where clearance is still waiting
. "My father dug this well with his brother in 1971," said Sivakumar, 58, who now grows onions and chillies on the plot. "When the water came up clear, I sat down on the wall and could not get up for an hour."
. Salinity is the biggest worry. Years of sand mining and over-pumping nearby have pushed seawater into the aquifer, and farmers have been asked not to fit large pumps to the reopened wells.
. Last month we showed the photos from the first two years at a meeting in the village temple hall, and several families asked for prints of their own wells before and after.
. The work is funded until the end of 2025. A further 40 compounds are expected to be released this year.
soc Share this field note: WhatsApp · Facebook · X · E-mail
ad £30 tests one well for salt and nitrates. £120 rebuilds a parapet. Give now
nl Stories from the field, four times a year. Sign me up
bio Wellspring Partnership brings safe water to families returning home after conflict and disaster.
bio Registered charity in England and Wales no. 1094417
rel Other dispatches from the field
rel Rainwater tanks for schools in Mannar
rel How we test a well for nitrates
cp © Wellspring Partnership 2025
"""))

DOCS.append(dict(num=906, slug="telegram_comet_viewing_night", lang="en", style="mixed", noise=0.1, ws=True,
title="Comet night on Gallows Hill: what we saw",
notes="Telegram channel post (an amateur astronomy club) with the discussion group replies. Debris: channel name (byline), subscriber count, the 'forwarded from' line, the post's reactions, view counter and edited time stamp, the reply count, four replies with their names and times (one by the channel admin, still comments), the comment-box placeholder, the join button and the open-in-app pitch. HARD NEGATIVES: a first-person report, a short list of equipment, a one-line quote from a visitor, a sentence asking members to share photos in the group, and the poster's signature.",
body=r"""
by Fenbridge Sky Circle
soc channel · 3 412 subscribers
cr Forwarded from Fenbridge Sky Circle – members
T Comet night on Gallows Hill: what we saw
. Thank you to the 64 people who climbed Gallows Hill on Saturday. We had not expected more than twenty, and for a while the car park looked like a festival.
. The sky cleared at 21:40, twenty minutes after we had nearly given up. The comet was low in the north-west, about two fists above the horizon, with a pale tail easy to see in binoculars and just visible to the naked eye once your eyes had adapted.
. What we set up:
. - two 200 mm Dobsonians
. - the club's old refractor on a tracking mount
. - a table of 10x50 binoculars for anyone who wanted to borrow a pair
. The refractor showed a faint second tail, the ion tail, pointing almost straight up. Several visitors did not believe it until they saw it on Jonah's camera screen.
. The best moment was a boy of about seven who looked through the big Dobsonian and said, very seriously:
. "It's going somewhere."
. It is, and it will not be back for about 6,000 years.
. Two rangers from the nature reserve came up at ten and asked us to remind everyone that the hill is protected. Please keep to the path on the way down in the dark, and use torches with red filters rather than white ones, because a white torch ruins everyone's night vision for twenty minutes.
. The next observing night is planned for the new moon in April, weather permitting.
. If you took photos, please share them in the members' group before Thursday. We want to print a few for the library display next month.
. Clear skies,
. Maren (club secretary)
soc 🔥 96   👍 41   🌠 22
res 👁 5.1K
ts edited 09:12
com 14 comments in the group
com Jonah Pike, 09:40: Stacked 40 frames, the ion tail is much clearer now. Posting tonight.
com Ruth B., 10:02: My daughter has not stopped talking about it. Thank you all.
com Fenbridge Sky Circle, 10:15: Ruth, bring her to the April meeting, there is a talk on comets.
com Ivo, 11:30: Any chance of another session at the weekend if it stays clear?
com Leave a reply in the group…
soc JOIN CHANNEL
nl Open this channel in the Telegram app for the full history
"""))

DOCS.append(dict(num=907, slug="mastodon_seagrass_restoration", lang="en", style="sparse", noise=0.05,
title="Two summers of planting seagrass in Tollan Sound: an honest update",
notes="Mastodon status on a science instance with a long post limit; the status is the article. Debris: instance name and run-together tabs, the display name and handle (byline), the post date and visibility, the boost/favourite/reply counters and bookmark control, the 'replies' heading with four replies (the author's own reply also comments), the account-creation pitch, the sign-in line and the instance footer. HARD NEGATIVES: a title line written by the author, a list of numbers, a hashtag-free sentence asking people to boost, and the author's sign-off.",
body=r"""
nav tidepool.science
nav Explore   Live feeds   About
by Dr Nia Halloran 🌊  @niahalloran@tidepool.science
T Two summers of planting seagrass in Tollan Sound: an honest update
. Lots of you asked how the seagrass project is going, so here is the long version, including the parts that did not work.
. We planted 48,000 shoots
. The shoots came from a donor meadow in the outer sound, under licence, and we never took more than one shoot in ten from any patch. of eelgrass in the summers of 2023 and 2024, by hand, in twelve plots on the sheltered side of the sound. Divers pushed each shoot into the sand with a bamboo stake. Volunteers on the beach tied the shoots to the stakes, which is the most tedious job I have ever had, and I did a PhD.
. The numbers, as of last week's survey:
. 3 plots are thriving and spreading beyond their edges
. 5 plots are patchy but alive
. 4 plots have gone completely
. The four dead plots all sit where moorings drag their chains across the bottom at low tide. We knew about two of those moorings. We did not know about the others, which belong to boats that arrive only in August.
. The good news is the three thriving plots. In one of them we now count more than 200 shoots per square metre, and last month a diver photographed a seahorse there, the first recorded in the sound since 1994.
. Next year we will plant only where the harbour master can move or replace the moorings with eco-moorings that float their chains. That means fewer plots, but plots that survive.
. If you know anyone who keeps a boat in Tollan Sound, please boost this or tell them directly. We need a conversation with owners, not a fight.
. Nia
ts Sep 18, 2025, 20:14 · 🌐 Public
soc ↻ 318   ★ 702   ↩ 41
soc 🔖 Save
com Replies
com Pol Arrizabalaga @pol@merfolk.social · 3h — The eco-mooring point is so important. Happy to share our harbour's design if useful.
com Dr Nia Halloran @niahalloran@tidepool.science · 3h — @pol yes please, I'll message you.
com Tamsin Wu @tamsinwu@mastodon.example · 2h — Was the seahorse a spiny or short-snouted one?
com Hugo @hugo@fjord.zone · 1h — Tying shoots to stakes really is the worst job. Respect.
nl Make an account on tidepool.science to follow Nia and reply.
nl Log in
nav tidepool.science: About · Server rules · Privacy · Get the app · Keyboard shortcuts · View source code
"""))

DOCS.append(dict(num=908, slug="liveblog_port_kessel_marathon", lang="en", style="single", noise=0.1, trailing_blank=True,
title="Port Kessel Marathon 2025 – as it happened",
notes="Live blog of a city marathon on a regional news site. The timestamped entries are content (times written inline). Debris: the LIVE badge and auto-refresh toggle (residue), the pinned road-closure widget (residue), the 'key events' list with four links (navigation), the 'new updates' button, the last-updated stamp, per-entry share controls, an ad slot, the 'load earlier posts' button, related coverage and the copyright. HARD NEGATIVES: a results table with times, a one-line quote from the winner, and an entry that mentions a reader's photograph.",
body=r"""
res ● LIVE   Auto-update: on
ts Last update 3 minutes ago
T Port Kessel Marathon 2025 – as it happened
. Heat, a new course record and 11,400 runners on the harbour loop
res 📌 Pinned: Which roads are still shut? Tap for the closures map
nav Key moments
nav 11:47 Course record falls
nav 10:58 Women's race decided in final mile
nav 09:30 Elite men reach halfway
nav 08:00 Wheelchair race starts
res ⟳ 4 new updates, show them
. 13:05 That's where we will leave our coverage. The last finishers came in to a huge cheer just before one o'clock, and the harbour front is reopening to traffic from 14:00.
. Top three, men:
. 1. Daniel Kiprop Oyugi 2:08:51 (course record)
. 2. Arvid Holm 2:10:12
. 3. Mehmet Sarıkaya 2:10:40
. Top three, women:
. 1. Clara Montes 2:26:03
. 2. Grace Adhiambo 2:26:19
. 3. Ilka Voss 2:29:55
soc ↗ Share this entry
. 12:20 St John Ambulance say they treated 212 runners, most for heat exhaustion. The temperature on the harbour loop reached 24C by midday, unusually high for April.
. 11:47 Oyugi breaks the course record by 39 seconds. He stops at the line, kneels and kisses the painted finish. Asked what got him through the last three miles, he said:
. "The sea wind. It was the only cool thing in Port Kessel."
soc ↗ Share this entry
. 10:58 Montes passes Adhiambo on the climb up Fort Street, the only hill on the course, and holds on for a 16-second win.
. 10:30 A reader, Bethan, sends a photograph of her father at mile 20 dressed as a lighthouse. He is, she says, ahead of his target.
ad Advert · story continues below
. 09:30 The elite men go through halfway in 1:04:02, well inside record pace.
. 09:05 Spectators are packed three deep along the harbour wall, and the organisers have opened an extra water station at mile 8 because of the heat.
. 08:40 Road closures are in place across the city centre until 14:00. Buses on routes 4 and 12 are diverted along Dock Road.
. 08:00 The wheelchair race is under way, followed ten minutes later by the elite field and then the mass start.
res Show earlier posts
rel More on the marathon: Full results search · Road closures explained · Photo gallery
cp © Kessel Evening Post 2025
"""))

DOCS.append(dict(num=909, slug="amp_weir_removal_salmon", lang="en", style="double", noise=0.0,
title="Salmon spawn above Dunnock Mill for first time in two centuries",
notes="AMP (accelerated mobile) version of a regional newspaper article. Debris: the AMP header with the menu button, the 'view full site' link, the section label, byline/date, a caption and credit, the ad labels, a 'tap to read more' expander, the related strip, the newsletter prompt and the copyright. HARD NEGATIVES: a one-line quote from a river keeper, a short list of dates in the project, and a sentence about readers reporting sightings.",
body=r"""
nav ☰  The Vale Courier
nav Open the full website
nav Environment
T Salmon spawn above Dunnock Mill for first time in two centuries
by By Petra Lowndes, environment correspondent · Tue 25 Nov 2025
cap Redds, the gravel nests of spawning salmon, in the shallows above the old weir.
cr Vale Rivers Trust
. Atlantic salmon have been recorded spawning above the site of Dunnock Mill weir on the river Teme-Ash for the first time since the weir was built around 1810, just a year after it was taken down.
. Volunteers from the Vale Rivers Trust counted 17 redds, the gravel nests dug by female salmon, in a two-mile stretch above the old mill during surveys in the second week of November.
. "Seventeen is not a number I expected to see for another five years," said river keeper Owen Tarrant.
ad ADVERTISEMENT
. The weir, a stone and timber barrier nearly two metres high, had blocked fish since the mill was built. A fish pass added in the 1970s was used by trout but rarely by salmon, which need deeper water to jump.
. Key dates in the project:
. 2019: the trust buys the mill leat from the last miller's family
. 2022: permission granted to remove the weir
. 2024: weir removed over six weeks in August and September
. 2025: first redds found upstream
. Removing the weir cost £410,000, most of it from a national fund for river restoration.
. The trust says the river bed above the mill is already changing. Silt that built up behind the weir for two hundred years has washed downstream, uncovering gravel that salmon and trout need for spawning.
. Anglers upstream have also reported sea trout in pools where none had been seen for decades.
res Tap to continue reading
. Not everyone has welcomed the work. Some residents miss the mill pond and its ducks, and two anglers' clubs argued the weir should have been lowered rather than removed.
. The trust is asking anyone who sees salmon jumping or spawning above the mill this winter to report it with a date and location.
rel More from The Vale Courier
nl Get the Courier's environment briefing every Thursday
cp © 2025 Vale Courier Media
"""))

DOCS.append(dict(num=910, slug="print_gansey_knitters", lang="en", style="mixed", noise=0.1,
title="The ganseys of Skerrow: a pattern for every harbour",
notes="Print-friendly version of a craft magazine feature. Debris: the print/close controls, the 'printed from' line with a URL, the magazine logo text and issue line, the byline/date, the page-number running footers, an image placeholder, the list of link URLs at the end and the copyright. HARD NEGATIVES: a standfirst, a subheading, a short list of motifs with their meanings, a quote from a knitter and the caption-like but prose sentence about a photograph in the museum.",
body=r"""
res 🖨 Print this page   ✕ Close window
res Printed from knitandharbour.example/features/skerrow-ganseys on 12/03/2025
res KNIT & HARBOUR
res Issue 88 · Spring 2025
T The ganseys of Skerrow: a pattern for every harbour
. On a small island off the north coast, three women are keeping alive a sweater that once told you which village a fisherman came from.
by Words: Fenella Crowe | Published 3 March 2025
. The gansey is a close-fitting jersey knitted in the round from tightly spun five-ply wool, so dense that rain runs off it. Fishermen's wives and mothers knitted them on five needles at astonishing speed, often while walking to and from the gutting sheds.
. Each harbour had its own patterns, worked in knit and purl across the chest. On Skerrow, three motifs were common:
. - the ladder, for the climb to heaven
. - the net, for a good catch
. - the marriage lines, a zigzag said to show the ups and downs of life together
. An old story says a drowned man could be identified by his gansey. Knitters on Skerrow today are not sure it was true, but they all tell it.
res Knit & Harbour · printable edition · 1/2
. Three women still knit
. Morag Isbister learned from her grandmother at the age of six and has knitted more than two hundred ganseys. She now teaches a Thursday class in the community hall, where eleven pupils are working on their first.
cap [image]
. "You can't rush the wool," she says. "If you knit it loose, it's just a jumper."
. In the island museum, a photograph from about 1905 shows four men mending nets, all in ganseys with the net motif, and one with a patch of plain knitting on the elbow where someone has mended it in a hurry.
. The class is booked out until the autumn, but Morag is writing down her grandmother's patterns for the museum so that the knowledge is not lost.
res Knit & Harbour · printable edition · 2/2
res Links in this article:
res [1] knitandharbour.example/shop/five-ply-worsted
res [2] skerrowmuseum.example/collections/fishing
cp Copyright © Knit & Harbour Publishing Ltd. Reproduction without permission prohibited.
"""))
