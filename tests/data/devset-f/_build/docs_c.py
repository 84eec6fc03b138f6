DOCS = []

DOCS.append(dict(num=616, slug="gallery_lantern_festival", style="single", noise=0.1,
title="In pictures: 3,000 paper lanterns light up the Calder canal basin",
notes="Photo gallery page of a city news site, mostly debris: 'Galleries' section label, slide counter and gallery controls (residue), each slide's caption with its own credit, a sponsored slide label (ad) between slides, 'View as grid' and fullscreen controls, 'More galleries' list and footer; HARD NEGATIVES: the introductory text, which is the article and includes a short quote, a bulleted list of festival facts, a sentence explaining that the photo competition entries can be shared with the festival, and the photographer's first-person note.",
body="""
nav Calder Evening Star
nav News
nav Galleries
nav What's on
nav Galleries
T In pictures: 3,000 paper lanterns light up the Calder canal basin
by Photographs by Ines Valcourt
ts Sunday 20 October 2024
. Thousands of people lined the towpaths of the Calder canal basin on Saturday night for the tenth Festival of Light, when 3,000 paper lanterns made by schools, community groups and families were floated on the water or carried along the quays.
. The festival began in 2014 as a small procession organised by the Wharfside Community Centre to mark the reopening of the restored basin. It now draws visitors from across the region and is run by a charity with a year-round workshop in an old boat shed.
. This year's theme was "Rivers we remember". Many of the lanterns were shaped like fish, herons and narrowboats, and one primary school built a five-metre lantern in the shape of the old Calder swing bridge, which was demolished in the 1970s.
. "Every lantern here was made by hand in the last six weeks," said festival director Bronwen Ashcroft. "That is what people come for."
. The festival in numbers:
. - 3,000 lanterns, made at 41 workshops
. - 24 schools and 17 community groups taking part
. - An estimated 18,000 visitors over the evening
. - 160 volunteer stewards
. Stewards said the evening passed without incident, although the towpath between the lock and the railway bridge had to be closed for twenty minutes at the peak of the procession because of crowding. Organisers plan a second viewing area on the south quay next year.
. The festival's photo competition is open until 3 November. Entries can be shared with the festival through its website, and the winning pictures will be shown in the Wharfside Community Centre over the winter.
. A note from our photographer: I have covered this festival for six years, and the best moment is always the same, when the last lanterns come round the bend under the railway bridge and the whole crowd goes quiet.
res Showing image 1 of 12
res Previous
res Next
cap A lantern heron is carried along Wharfside Quay at the start of the procession.
cr Ines Valcourt / Calder Evening Star
cap Pupils from St Aidan's Primary with their five-metre model of the Calder swing bridge.
cr Ines Valcourt / Calder Evening Star
ad Sponsored · Calder Building Society is proud to support the Festival of Light
cap Floating lanterns drift past the moored narrowboats in the basin.
cr Ines Valcourt / Calder Evening Star
cap Volunteer stewards light the last lanterns under the railway bridge.
cr Reader photo: Marcus Ebbw
res View as grid
res Enter fullscreen
rel More galleries
rel Calder Rugby League open day
rel The Big Allotment Show 2024
rel Autumn colour at Hollinsclough Woods
nav Contact · Advertise · Terms · Privacy
cp © Calder Evening Star 2024
"""))

DOCS.append(dict(num=617, slug="paywall_rural_dental_deserts", style="mixed", noise=0.12, ws=True,
title="No dentist for 60 miles: inside the rural counties where NHS care has vanished",
notes="Paywalled regional daily: 'Subscriber exclusive' label (newsletter), section label, byline with role, timestamp and reading time, a mid-article ad label, an inline 'Read more:' link, a truncated article followed by a paywall box (free-article meter, price offer, sign-in line, cancel-anytime line: newsletter), and a short footer; HARD NEGATIVES: a pipe table of patients per dentist, a bulleted list of options for patients, short quotes, and an 'Editor's note' about the series' funding, which appears before the paywall.",
body="""
nl Subscriber exclusive
nav Health
T No dentist for 60 miles: inside the rural counties where NHS care has vanished
by Rhiannon Etchells, Health Correspondent
ts 24 April 2024, 6:00am
rt 7-minute read
. When Gwen Pryce cracked a molar in February, the nearest dentist taking new NHS patients was in Hereford, an hour and a half from her home in the hills above Llanfaredd. She does not drive. The bus takes three hours each way.
. "I had it out in the end at a private clinic," she said. "It cost me £240. I am 71 and I had to choose between that and my heating."
. Her story is becoming common across the rural west. Figures obtained by this newspaper show that in three of the region's most rural council areas, not one NHS dental practice was accepting new adult patients in March.
. Area | Adults per NHS dentist (2019) | Adults per NHS dentist (2024)
. Radnor Hills | 2,310 | 3,980
. Upper Teme | 2,040 | 3,420
. Clun Valley | 1,880 | 3,105
ad Advertisement
. Dentists say the contract that pays them for NHS work does not cover the cost of treating patients with complex needs, and that recruiting staff to remote practices has become almost impossible. Four practices in the three areas have switched to private-only care since 2021, and two have closed.
rel Read more: Pharmacies in market towns cut opening hours as staff shortages bite
. "We love working here, but we cannot do it at a loss," said Dr Emlyn Vaughan, whose practice in Knighton stopped taking new NHS adults in 2022.
. What patients can do now:
. - Call the regional dental helpline for urgent treatment, which is provided at three hubs.
. - Ask to join the waiting list held by the health board, which currently has 14,600 names.
. - Check for community clinics run by the dental school, which take some adult patients.
. Editor's note: This story is part of our Care Gaps series, supported by a grant from the Marcher Health Fund. The fund has no say over what we report.
nl You've read all your free articles for this month.
nl Keep reading for £1 a week for the first 3 months, then £7.99 a month.
nl Subscribe now
nl Already subscribed? Sign in to continue reading
nl No commitment. Cancel whenever you like.
nav Terms · Privacy · Help centre
cp © 2024 Marches Daily Press Ltd
"""))

DOCS.append(dict(num=618, slug="browser_print_saharan_dust", style="sparse", noise=0.06,
title="Saharan dust turns skies orange and triggers air-quality warnings",
notes="Text of a browser 'print to PDF' of a weather story, with little debris (devset-e already had a site print view, so this is the browser's own print layout): the browser header (date-time and page title) and footer (URL and page counter) repeated at each page break, so two of them fall inside the body (residue), plus the site's copyright line; HARD NEGATIVES: the dateline in the first paragraph, a pipe table of air-quality readings that is split by a page break, a bulleted list of health advice, a short forecaster quote and a sentence inviting readers to send their photos of the sky.",
body="""
res 17/04/2024, 14:52
res Saharan dust turns skies orange and triggers air-quality warnings | Westcountry Telegraph
T Saharan dust turns skies orange and triggers air-quality warnings
by By Tamsin Roskilly, Environment Reporter
ts Wednesday 17 April 2024
. EXETER — Skies across the south-west turned a hazy orange on Tuesday afternoon as a plume of Saharan dust, carried north on warm southerly winds, settled over the region and pushed air pollution to its highest level in five years.
. The Met Office said the dust had been lifted by a storm over Algeria at the weekend and travelled more than 2,000 miles before reaching Britain. Cars, windows and garden furniture were left coated in a fine brown film after light rain overnight brought some of it down.
. Air-quality monitors run by local councils recorded the following peak readings of fine particles (PM2.5) on Tuesday:
. Site | Peak PM2.5 (µg/m³) | Daily index band
. Exeter Alphington Road | 64 | High
. Plymouth Mutley Plain | 58 | High
res https://www.westcountrytelegraph.example/weather/saharan-dust-orange-skies-air-quality
res 1/2
res 17/04/2024, 14:52
res Saharan dust turns skies orange and triggers air-quality warnings | Westcountry Telegraph
. Taunton East Street | 49 | Moderate
. Truro Moresk | 71 | Very high
. The health agency issued advice for people with lung and heart conditions until Thursday:
. - Reduce strenuous exercise outdoors, particularly in the afternoon.
. - Keep reliever inhalers close at hand.
. - Older people should avoid long periods outside if they feel unwell.
. Met Office forecaster Priya Danbury said the plume should clear on Thursday as winds turn westerly. "The dust looks dramatic, but it will move on quickly," she said.
. Car wash owners reported queues on Wednesday morning. Cornish beekeepers said that hives had been quiet, with bees staying inside in the dim light.
. Farmers in the Tamar valley said the dust would do little harm to crops, though strawberry growers under polytunnels were washing the plastic covers to let more light through. Glider clubs on Dartmoor cancelled flying on Tuesday because of poor visibility.
. Readers who took pictures of the orange sky can send them to the newsdesk for a gallery on our website.
cp © Westcountry Telegraph Ltd 2024
res https://www.westcountrytelegraph.example/weather/saharan-dust-orange-skies-air-quality
res 2/2
"""))

DOCS.append(dict(num=619, slug="mobile_app_mayoral_recount", style="single", noise=0.1,
title="Recount hands Brennan the mayoralty by 38 votes",
notes="Mobile news app dump, mostly debris by line count: status bar line, app header, alert opt-in prompt (newsletter), text-size and audio controls (residue), 'Listen · 4 min' line (reading-time), 'Elections' tag chip, swipe hint and tab bar (navigation), 'Up next' and 'Trending in your area' cards with teaser sentences (related), a sponsored card between them (ad), and a rate-the-app prompt (newsletter); HARD NEGATIVES: a pipe table of first count and recount figures, a Q&A label pair, short quotes, and a sentence about the losing candidate's supporters sharing the count on social media.",
body="""
res 9:41
res 5G 87%
nav ‹ Back
nav Delmar Valley News
nl Turn on alerts to get election results the moment they are declared.
nl Not now
nl Allow
res Aa
res Text size
rt ▶ Listen · 4 min 10 s
tag Elections
T Recount hands Brennan the mayoralty by 38 votes
ts 17 min ago
by Desmond Kaur
. A full hand recount has confirmed Tessa Brennan as mayor of Delmar City by 38 votes, reversing the result declared on election night when her opponent, Luis Arceneaux, appeared to have won by 11.
. The county elections board ordered the recount after a tabulating machine in the Riverside precinct was found to have skipped a batch of 212 mail ballots. Observers from both campaigns watched as the ballots were counted by hand over two days at the county fairgrounds.
. Candidate | Election night | Recount
. Tessa Brennan | 14,208 | 14,331
. Luis Arceneaux | 14,219 | 14,293
. Write-ins | 64 | 66
. Brennan, a two-term city council member, thanked the counting staff and said she would take office in January as planned. "Every vote was counted, and every vote counted," she said.
. Arceneaux said he accepted the result but wanted an independent review of the machine failure. Some of his supporters shared footage of the count on social media, questioning why the Riverside batch had not been caught sooner.
. Elections director Karen Yoo said the board would publish a report within 30 days. She said the skipped batch had been scanned correctly but not added to the precinct total because of a software setting that was changed during a routine update in October.
. Turnout in the mayoral race was 41 per cent, the highest for a city election in Delmar since 2008. The recount cost the county about $86,000, which by state law is paid from the elections budget when the margin is under half a percentage point.
. Q:
. Could it happen again?
. A:
. Yoo said every machine would be tested again before the spring primaries, and that a second person would now check batch totals at each precinct on the night.
nav Swipe up for the next story
rel Up next
rel Water rates to rise 9 per cent after council vote
rel Households will pay about $6 more a month from July after the council approved the utility's request for pipe replacement funding.
rel 3 min read · Local
rel Trending in your area
rel Delmar High closes for a day after boiler fault
rel Students will learn from home on Thursday while engineers replace a failed heat exchanger, the district said.
rel New bike lanes on Ferry Street open Monday
rel The protected lanes run from the riverfront to Fifth Avenue and remove 40 parking spaces.
ad Sponsored · Delmar Credit Union
ad Refinance your car loan and save. Rates from 5.9% APR for members.
rel Coyote sightings rise in Westbrook neighborhoods
rel Wildlife officers say the animals are drawn by pet food left outdoors and ask residents to report sightings online.
nl Enjoying Delmar Valley News? Rate us on the App Store
nav Home
nav Local
nav Scores
nav Video
nav Saved
"""))

DOCS.append(dict(num=620, slug="arc_ceasefire_kivu_towns", style="double", noise=0.08, ws=True,
title="Ceasefire brings first quiet nights in months to Kasheke, but few dare to go home",
notes="National daily on an Arc-style CMS (conflict, eastern Congo ceasefire): 'Go straight to the article' skip link, sections/sign-in/subscribe header items, 'Africa' label, byline, date with updated time, 'Listen to article' duration (reading-time), 'Send this story as a gift' and comment-count buttons, two inline 'Related:' links, a mid-article ad label, a captioned photo with agency credit, a two-author bio, 'Most read this week' list, comments-closed notice (comments) and footer; HARD NEGATIVES: a dateline in the first paragraph, a bulleted list of the ceasefire terms, short quotes, a sentence saying a commander declined to comment, and a 'Correction' paragraph.",
body="""
nav Go straight to the article
nav Sections
nav Sign in
nav Subscribe
nav The Meridian Standard
nav Africa
T Ceasefire brings first quiet nights in months to Kasheke, but few dare to go home
by By Jean-Baptiste Mwamba and Clara Holmgren
ts October 4, 2024 · Updated 8:15 p.m.
rt Listen to article · 6 min
soc Send this story as a gift
soc 142 comments
. KASHEKE, Democratic Republic of Congo — For the first time since June, the market in Kasheke stayed open after dark this week. Women sold dried fish and cassava under paraffin lamps, and children played football on the road where, a month ago, mortar shells were still falling.
. A ceasefire between the Congolese army and the Ngezi Liberation Front, signed in Nairobi on Sept. 21 after three weeks of talks, has held for almost two weeks. Residents, aid workers and officials say it is the longest lull in fighting in the area for more than a year.
. The main terms of the agreement:
. - An immediate halt to attacks by both sides in the Kasheke and Mitobo territories.
. - Withdrawal of Front fighters from four villages on the main road within 30 days.
. - A joint verification team of army officers, rebel representatives and regional observers.
. - Safe passage for humanitarian convoys on the Kasheke–Mitobo road.
rel Related: Why peace deals in eastern Congo keep collapsing
. But few of the roughly 90,000 people who fled the fighting have come home. Many say they want to see the rebels leave the villages before they return, and the 30-day deadline for withdrawal has not yet passed.
. "I have been told 'peace' four times in my life," said Esperance Kahindo, 52, who has lived in a school building in Mitobo since April with her seven grandchildren. "I will go home when the men with guns are gone, not when the radio says so."
ad Advertisement
. The verification team began its work on Tuesday, with its first patrol along the road north of Kasheke. A Front commander in the area declined to comment when approached by reporters, saying only that the movement "respects its signature".
cap Displaced families collect water at a school in Mitobo that has become a shelter.
cr Photo: Patrick Mulumba / Associated Press Services
. Aid agencies are using the pause to reach areas that have been cut off for months. The World Food Programme said a convoy of 14 trucks had reached Mitobo on Wednesday, the first since July.
. How the fighting began
. The Ngezi Liberation Front emerged in 2021 from a split in an older militia that had controlled gold-mining sites in the hills west of Kasheke. It grew quickly, recruiting young men from villages where there was little other work, and by early 2023 it held most of the territory between Kasheke and the Ngezi River.
. The army launched an offensive to retake the mining areas in February. The fighting that followed emptied dozens of villages, and in June the Front shelled the edge of Kasheke itself, killing 11 people at a bus stop. The United Nations says at least 340 civilians were killed in the two territories in the first eight months of the year.
. Talks began in Nairobi in late August under the mediation of a former Kenyan foreign minister. Diplomats involved said the breakthrough came when the government agreed to discuss a programme for demobilised fighters to work in the mining areas, a long-standing demand of the Front.
. In Kasheke, traders say the ceasefire has already changed daily life. The price of a sack of cassava flour has fallen by a third since the road to Mitobo reopened to trucks, and motorbike taxis are running again after dark. Schools that were closed in June are due to reopen on Monday, although several are still sheltering displaced families.
. "My customers are coming back slowly," said Faustin Bahati, who sells mobile phone credit from a kiosk near the market. "When they stop asking me whether the road is safe, I will know the war is over."
. Analysts warn that similar agreements have broken down before, often within weeks, when one side accused the other of moving fighters. Grace Ntumba, a researcher at the Goma-based Great Lakes Policy Centre, said the next two weeks would be decisive.
. "If the villages on the road are not handed back by the end of the month, the ceasefire will not survive," she said. "Everybody is watching those four villages."
rel Related: Congo's displaced face hunger as aid funding shrinks
. Correction: An earlier version of this article misstated the date the ceasefire was signed. It was Sept. 21, not Sept. 12.
bio Jean-Baptiste Mwamba is the Standard's Central Africa correspondent, based in Goma. Clara Holmgren covers humanitarian affairs from Nairobi.
rel Most read this week
rel Floods in Niger delta force evacuation of 30,000
rel Kenya's tea pickers strike over machine harvesting
rel Inside the race to map Africa's last unsurveyed coastline
com Comments are closed on this article.
nav About us · Contact · Careers · Terms of service · Privacy policy
cp © 1996-2024 The Meridian Standard
"""))

DOCS.append(dict(num=621, slug="newspack_demining_farmland", style="single", noise=0.12,
title="Before the plough, the deminers: Kharkiv farmers wait to reclaim their fields",
notes="Nonprofit newsroom on Newspack/WordPress (conflict, Ukraine demining): donate button and menu, story-type label, co-published-with line (credit), an 'also available in Ukrainian' notice (banner), an unrendered popup shortcode, date, byline and an approximate reading time, a caption with a credit, a mid-story donation appeal (ad), 'Republish this story' widget (residue), Creative Commons notice (copyright), author bio, tags and 'More from our newsroom' list; HARD NEGATIVES: a subheading, a bulleted list of demining figures, a farmer's short quote, and a sentence saying the ministry declined to comment on compensation.",
body="""
nav Field & Furrow Report
nav Topics
nav Investigations
nav About
nav Donate
nav Reporting
cr This story was co-published with the Kharkiv Independent.
ban This story is also available in Ukrainian.
T Before the plough, the deminers: Kharkiv farmers wait to reclaim their fields
by Olena Verbytska and Peter Graves
ts November 12, 2024
rt ≈ 6 min reading
sc [newspack-popup id="4417" placement="inline"]
. Mykola Savchuk has not set foot on most of his 900 hectares since the autumn of 2022. From the edge of his farmyard in the village of Hlybokyi Yar, about 30 kilometres from the Russian border, he can see the wheat field where his combine harvester still stands, rusting where it was abandoned when the front line passed through.
. "I know every metre of that land," he said. "Now I do not know where I can put my foot."
. Savchuk is one of hundreds of farmers in the Kharkiv region waiting for demining teams to clear their fields of mines and unexploded shells. Ukraine's government estimates that about 139,000 square kilometres of the country, an area larger than Greece, may be contaminated, much of it farmland.
. A slow, careful business
. The teams working around Hlybokyi Yar come from the state emergency service and from two international humanitarian demining organisations. They walk the fields in lines, using metal detectors and, where the ground allows, armoured machines that churn the topsoil.
. - Around 480 hectares of the village's land have been surveyed so far.
. - Teams have found 1,160 explosive items, most of them artillery shells that did not detonate.
. - 212 hectares have been declared safe and handed back to farmers.
cap A deminer marks a cleared lane in a sunflower field outside Hlybokyi Yar.
cr Photo: Olena Verbytska / Field & Furrow Report
. Clearing a single hectare can take a team several days. Farmers say the pace is too slow for a region whose economy depends on grain and sunflowers, and some have started to clear land themselves, a practice the authorities warn against. Two tractor drivers in the district were killed by anti-tank mines in 2023.
ad Our reporting is free to read and free to republish. It is funded by readers like you. Make a gift today.
. The government launched a programme in 2023 that pays for demining by accredited commercial companies, with farmers choosing the contractor and the state covering the bill. Savchuk applied in the spring and is still waiting for a contractor to be assigned.
. He has also applied for compensation for the lost harvests, but has heard nothing. The agriculture ministry declined to comment on the timing of compensation payments.
. In the meantime, Savchuk farms the 60 hectares nearest the village that were cleared first. This year he grew sunflowers on them and sold the crop to a local oil mill. "It is not a living," he said. "But it is something to get up for."
res Republish this story
cp This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.
bio Olena Verbytska is a freelance reporter and photographer based in Kharkiv. Peter Graves covers food systems and conflict for Field & Furrow Report.
tag Filed under: Ukraine, land mines, grain, farmland
rel More from our newsroom
rel Sunflower oil exports find new routes through the Danube
rel The farmers rebuilding Kherson's irrigation canals
"""))

DOCS.append(dict(num=622, slug="wayback_hospital_siege", style="single", noise=0.1, ws=True,
title="Surrounded by fighting, Kyaukmyo hospital runs on one generator and 11 staff",
notes="Wayback Machine snapshot of a regional news site (conflict, Myanmar), mostly debris: archive toolbar with capture URL, capture count and range, month/year timeline (navigation), 'About this capture' panel with collection lines (residue), then the archived site's own header, section label, byline, date, share buttons, caption/credit, tags, related list and footer; HARD NEGATIVES: a numbered list of shortages, short quotes from a doctor, a sentence saying a military spokesman could not be reached for comment, and a closing editor's note.",
body="""
res The Wayback Machine - https://web.archive.org/web/20240309114522/https://www.irrawaddyvoice.example/news/kyaukmyo-hospital-siege
res 62 captures
res 14 Jan 2023 - 09 Mar 2024
nav FEB
nav MAR
nav APR
nav 2023
nav 2024
nav 2025
res About this capture
res COLLECTED BY
res Collection: Southeast Asia news sites crawl
res TIMESTAMPS
nav Irrawaddy Voice
nav News
nav Opinion
nav Multimedia
nav Burmese edition
nav Conflict
T Surrounded by fighting, Kyaukmyo hospital runs on one generator and 11 staff
by Written by Thiri Aung
ts Published on 9 March 2024
soc Facebook
soc X
soc Telegram
. The public hospital in Kyaukmyo, a river town in central Myanmar, has been cut off by fighting between the military and resistance forces for more than five weeks. Its last surgeon left in February. The eleven staff who remain are treating patients by torchlight when the single generator runs out of diesel.
. Staff who reached this outlet by satellite phone said the hospital had 48 patients on Friday, including nine people wounded by shelling and airstrikes this month. Most of the town's 30,000 residents have fled to villages on the other side of the river.
. A nurse who asked not to be named listed the hospital's most urgent shortages:
. 1. Diesel for the generator, which has enough fuel for about four hours a day.
. 2. Blood bags and intravenous fluids.
. 3. Antibiotics and painkillers.
. 4. Oxygen, after the last cylinder ran out on 2 March.
. "We are choosing every day which patient gets the light," said a doctor who has stayed at the hospital, the only physician left. "When the generator stops, we finish operations with head torches."
cap Patients wait on the floor of the Kyaukmyo hospital's outpatient ward.
cr Photo: supplied
. Roads into the town have been closed since late January, when resistance forces captured the police station and the military responded with airstrikes. Residents say artillery shells have landed within 200 metres of the hospital buildings.
. A military spokesman could not be reached for comment. Resistance groups in the area have said they will allow medical supplies through their checkpoints if aid agencies can reach the town.
. Two local charities said they had tried to send a boat with supplies up the river last week but had turned back after coming under fire.
. Editor's note: We are not naming hospital staff to protect them from reprisals.
tag Tags: Kyaukmyo, Magway, health, conflict
rel More from Irrawaddy Voice
rel Teachers run lessons in monastery halls as schools close
rel Fuel queues stretch for kilometres in Mandalay
cp Copyright © 2024 Irrawaddy Voice Media Group
"""))

DOCS.append(dict(num=623, slug="townnews_baseball_team_relocation", style="mixed", noise=0.12,
title="Riverdogs will leave Fenton Park after 41 seasons, owners confirm",
notes="Local daily on a BLOX/TownNews-style CMS: section label, byline with email, date, share tool row (Facebook / X / WhatsApp / SMS / Email / Print / Save, each social), a 'Buy Now' photo-purchase link (residue), caption and credit, a one-line author bio, 'Tags' list, 'Trending Now' list, 'Load comments' control, and the BLOX 'Powered by' line; HARD NEGATIVES: a 'By the numbers' list of attendance figures, a pipe table of seasons, short fan and owner quotes, and a sentence about season-ticket holders being invited to comment at a public meeting.",
body="""
nav Sports
nav Baseball
T Riverdogs will leave Fenton Park after 41 seasons, owners confirm
by By Rick Osterhaus rosterhaus@pottsvilledispatch.example
ts Aug 28, 2024
soc Facebook
soc X
soc WhatsApp
soc SMS
soc Email
soc Print
soc Save
. The Pottsville Riverdogs will play their last season at Fenton Park next summer before moving to a new stadium in Harlan Township, the team's owners confirmed Tuesday, ending a run of 41 seasons at the riverside ballpark.
. The minor league club's owners, the Delacroix family, said the 1983 stadium no longer met league standards for clubhouses, lighting and field drainage, and that the city could not afford the $38 million needed to bring it up to date.
. The new 5,500-seat stadium, next to the Route 61 interchange, will be paid for by the township, the county and the team's owners. Construction is due to start in October.
. By the numbers
. - 41 seasons at Fenton Park
. - 2,940 average attendance in 2024, down from 4,110 in 2015
. - 3 league championships, in 1991, 2004 and 2016
. Season | Wins | Losses | Attendance
. 2022 | 68 | 70 | 3,020
. 2023 | 74 | 64 | 2,880
. 2024 | 71 | 67 | 2,940
res Buy Now
cap Fans watch from the left-field bleachers at Fenton Park during the Riverdogs' final home game of the 2024 season.
cr Dispatch file photo
. Co-owner Annette Delacroix said the family had tried for six years to reach a deal with the city. "We did not want to leave," she said. "We ran out of road."
. Mayor Phil Darrow said the city had offered $9 million toward repairs but could not match the township's offer. He said the city would look at turning Fenton Park into a community sports field.
. Many fans were unhappy. "My dad took me here, and I take my kids here," said Dale Kosinski, who has held season tickets since 1996. "You can walk to Fenton. You need a car to get to Harlan."
. The team said season-ticket holders are invited to comment on seating plans for the new stadium at a public meeting at the Pottsville library on Sept. 10.
bio Rick Osterhaus has covered high school and minor league sports for the Dispatch since 2009.
tag Tags
tag Pottsville Riverdogs
tag Fenton Park
tag Harlan Township
rel Trending Now
rel Pottsville man charged in catalytic converter thefts
rel School board approves later start times for high schools
com Load comments
res Powered by BLOX Content Management System from TownNews.com.
"""))
