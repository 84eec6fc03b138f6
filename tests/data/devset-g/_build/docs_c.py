DOCS = []

DOCS.append(dict(num=716, slug="typo3_museum_bronze_restitution", style="single", noise=0.1,
title="Museum agrees to return 14 court bronzes after provenance review",
notes="TYPO3 museum website press page in English (culture, restitution): language switch 'DE | EN' (navigation), visitor-info top bar with opening hours (residue), museum menu, breadcrumb, 'Press release' label, a 'Press images' download block with image-use terms (credit/residue), contact block for the press office (residue), 'Back to overview' link, newsletter sign-up and footer; HARD NEGATIVES: a bulleted list of the objects, a one-line quote from the director, a subheading and a sentence saying the museum will share its provenance research online.",
body="""
nav DE | EN
res Today open 10:00–18:00 · Admission free on Sundays
nav Museum Halvering
nav Visit
nav Exhibitions
nav Collection
nav Research
nav Press
nav Home › Press › Press releases 2025
nav Press release
T Museum agrees to return 14 court bronzes after provenance review
ts Halvering, 3 April 2025
. The Museum Halvering will return 14 bronze sculptures to Nigeria after a three-year review of how they entered its collection found that all of them were taken from the royal palace in Benin City during the British military expedition of 1897.
. The decision was approved on Wednesday by the museum's board of trustees and the city council, which owns the collection. The objects will be handed over to the National Commission for Museums and Monuments at a ceremony in Halvering in the autumn.
. The objects
. - nine relief plaques showing court officials and warriors
. - three commemorative heads
. - a bronze cockerel
. - a figure of a hornblower
. Most of the bronzes were bought by the city in 1911 and 1923 from a dealer in London. The review, led by the museum's provenance researcher Dr Sabine Kroll together with colleagues in Benin City, traced each piece through auction records, dealers' stock books and letters held in three archives.
. "We cannot keep what was never ours to buy."
. Director Ruud van Amstel said the museum had been slow to act and that the review should have begun decades ago. He said that two further groups of objects, from Cameroon and from the former Dutch East Indies, were now being researched in the same way.
. What happens next
. The bronzes will stay on display until the end of August in the room where they have hung since 1925, with new labels explaining their history. The museum will then share its complete provenance research online, including the archive documents, in English and Dutch.
. Visitors who want to see the objects before they leave are advised to book a timed ticket for weekends.
res Press images
cr Images may be used free of charge for reporting on this press release only, with the credit © Museum Halvering / photo: Jaap Doorn
res Download (ZIP, 38 MB)
res Press office: Femke Aalders, +31 20 555 0190, pers@museumhalvering.example
nav Back to overview
nl Stay informed: our monthly newsletter with exhibitions and events
cp © Museum Halvering 2025
nav Imprint
nav Data protection
"""))

DOCS.append(dict(num=717, slug="beehiiv_sahel_grain_markets_blockade", style="mixed", noise=0.1, ws=True,
title="Sahel Markets Weekly: millet prices double in towns under blockade",
notes="Beehiiv newsletter web version (conflict: Sahel, jihadist blockades in central Mali and northern Burkina Faso): 'View online' line, publication header and 'Subscribe' button, a sponsor slot ('Today's issue is supported by...') (ad), 'In this issue' contents list (navigation), a referral-programme box (social), poll widget 'How useful was this issue?' with options (residue), 'Update your email preferences or unsubscribe' footer (newsletter) and postal address line (residue); HARD NEGATIVES: the editor's greeting and sign-off, a pipe table of prices by town, bulleted market notes, a one-line quote and a sentence about traders sharing price photos on messaging groups.",
body="""
res View this issue in your browser
nav Sahel Markets Weekly
nav Subscribe
T Sahel Markets Weekly: millet prices double in towns under blockade
by Written by Aïssata Diarra-Whitfield
ts 21 Feb 2025
ad Today's issue is supported by the Kora Fund for independent reporting in West Africa.
nav In this issue
nav → The price table
nav → Why Djibo is different
nav → What to watch
. Hello from Bamako, and welcome to the 112 new readers who joined this week.
. The short version: in towns cut off by armed groups, millet now costs twice what it does in Bamako or Ouagadougou. Where roads are open, prices have barely moved since the harvest.
. The price table
. Town | Millet, CFA francs per kg | Change since November
. Bamako | 310 | +3%
. Ouagadougou | 335 | +5%
. Boni (Mali) | 640 | +88%
. Djibo (Burkina Faso) | 780 | +112%
. Prices come from our network of eleven traders, who send us photos of their price boards each Thursday on a messaging group. We check each figure against at least one other source.
. Why Djibo is different
. Djibo has been under blockade by an armed group for most of the past three years. Convoys reach the town irregularly, escorted by the army, and the last one arrived in mid-January. Most food now comes in by air, through aid agencies, or on foot from villages at great risk.
. A trader in Djibo, who asked us not to name him, described the market on Monday:
. "There is millet, but only for people who still have money. The others wait for the distributions."
. Humanitarian agencies estimate that more than 200,000 people live in and around the town, many of them displaced from surrounding villages.
. What to watch
. - The lean season starts in May, when household stocks run low across the region.
. - Mali's government has banned exports of some cereals until the next harvest.
. - A new escorted convoy to Boni is expected this month, according to traders.
. That is all for this week. If a colleague would find this useful, forward it on.
. À la semaine prochaine,
. Aïssata
soc Share Sahel Markets Weekly with a friend and earn our annual price atlas — you have 0 referrals.
res How useful was this issue?
res 🟢 Very useful
res 🟡 Somewhat
res 🔴 Not for me
nl Update your email preferences or unsubscribe
res Sahel Markets Weekly, BP 2417, Bamako, Mali
res Powered by beehiiv
"""))

DOCS.append(dict(num=718, slug="jnews_kashmir_apple_growers_highway", style="single", noise=0.1,
title="Kashmir's apple growers count losses after highway shutdown strands 6,000 trucks",
notes="WordPress news site on the JNews theme (conflict aftermath, Kashmir): ticker 'Breaking' strip, menu, category label, 'by ... - ...' byline-with-date line (byline), view and comment counters (residue/comments), 'Hear this story read aloud' text-to-speech control (caption), 'Join our WhatsApp channel' banner (social), an inline 'Also read:' link, a caption with credit and an alt-text file-name copy (caption), a reactions widget ('What is your reaction?' with counts) (social), 'Related posts' list, and footer; HARD NEGATIVES: a dateline in the first paragraph, a bulleted list of losses, a one-line quote, and a sentence about growers sharing videos of rotting fruit.",
body="""
res Breaking
res Srinagar: traffic restored on Mughal Road after 3 days
nav Valley Ledger
nav Kashmir
nav Business
nav Opinion
nav Videos
nav Business
T Kashmir's apple growers count losses after highway shutdown strands 6,000 trucks
by by Valley Ledger Desk - October 9, 2025
res 1.4k Views
com 0 Comments
cap Hear this story read aloud
. SOPORE — Apple growers in north Kashmir say they have lost crores of rupees after the Srinagar–Jammu national highway, the valley's main road link to markets in the rest of India, was closed for nine days at the height of the harvest.
. The closure, ordered after landslides near Ramban and extended for security reasons after an attack on a police post, left an estimated 6,000 trucks loaded with fruit stuck on the road or in orchards.
. What growers say they lost
. - In the Sopore fruit mandi, prices for a box of premium Delicious apples fell from about ₹1,100 to ₹550 in a week.
. - Traders estimate that 1,200 truckloads began to rot before reaching Delhi.
. - Cold-storage units in Lassipora are full and turning away growers.
soc Join our WhatsApp channel for the latest updates from the valley
. Mohammad Shafi Dar, who grows apples on eight kanals near Sopore, said his family had picked 900 boxes and sold fewer than half. Like many growers, he shared videos of rotting fruit on social media to draw attention to the losses.
. "One season can feed a family for a year. Or ruin it."
rel Also read: Fruit growers demand a dedicated freight corridor
cap Trucks loaded with apples wait near Qazigund on Tuesday.
cr (Photo: Irfan Lone / Valley Ledger)
cap apple-trucks-qazigund-highway-kashmir
. The region has seen a sharp fall in violence compared with a decade ago, but growers say security closures still happen at the worst possible time. The highway was also closed for long periods during the 2019 lockdown, when the harvest was sold at a loss.
. The horticulture department said it had asked the railway to run special freight trains from the new Banihal station. Two trains carrying about 1,700 tonnes of apples left for Delhi on Wednesday.
. Growers' associations are asking the government for compensation and for a guaranteed lane on the highway for fruit trucks during the harvest.
soc What is your reaction?
soc Like 41
soc Sad 212
soc Angry 97
rel Related posts
rel Saffron harvest down for third year running
rel Walnut exporters await GI tag decision
cp © 2025 Valley Ledger - All rights reserved.
"""))

DOCS.append(dict(num=719, slug="hospital_newsroom_measles_clinics", style="single", noise=0.1,
title="Riverside Health opens walk-in measles vaccine clinics after 11 cases",
notes="Hospital system newsroom on an enterprise CMS (health): emergency-services utility bar ('Find a clinician', 'MyChart login', 'Pay a bill'), a yellow visitor-restrictions notice (banner), newsroom breadcrumb, 'Share:' row, a 'Media contact' block (residue), a 'Find care near you' widget (ad), 'More news' list, and footer with non-discrimination and language-assistance notices (banner); HARD NEGATIVES: a pipe table of clinic locations and hours, a bulleted list of symptoms, a one-line quote, and a sentence asking parents to share vaccination records.",
body="""
nav Find a clinician
nav Locations
nav MyPortal login
nav Pay a bill
nav Donate
ban Visitor notice: Because of rising respiratory illness, children under 12 may not visit inpatient units until further notice.
nav Riverside Health
nav Newsroom › Press releases
T Riverside Health opens walk-in measles vaccine clinics after 11 cases
ts April 24, 2025
soc Share:
soc Post to X
soc Send by email
. Riverside Health will open walk-in measles vaccination clinics at three sites this weekend after the county confirmed 11 cases of measles, most of them in unvaccinated children.
. The county health department said eight of the cases were in children under ten and that two had been treated in hospital. All 11 are linked to a church group that returned from a trip abroad in late March.
. Clinic locations and hours
. Site | Days | Hours
. Riverside Pediatrics, Ellery Avenue | Sat–Sun | 9am–3pm
. Northgate Community Clinic | Sat | 10am–4pm
. Riverside Health Mobile Unit, Lakemont Mall | Sun | 11am–5pm
. The MMR vaccine is free at all three sites for anyone over six months old, regardless of insurance. No appointment is needed.
. Dr Helena Okoye, medical director for infection prevention, said measles was one of the most contagious diseases known. "Nine out of ten unvaccinated people exposed to it will catch it," she said.
. "Two doses protect for life."
. Symptoms to watch for
. - high fever, often above 103F
. - cough, runny nose and red, watery eyes
. - a rash that starts on the face and spreads down the body three to five days later
. Parents who think their child may have measles should call ahead before visiting a clinic or emergency department, so staff can keep other patients from being exposed.
. Parents who are unsure whether their children are up to date are asked to bring or share their vaccination records with clinic staff, who can check them on the spot.
res Media contact: Carl Nyberg, Public Relations, 555-0148, media@riversidehealth.example.org
ad Find care near you — enter your ZIP code
rel More news
rel Riverside Health names new chief nursing officer
rel Heart center earns national quality award
ban Riverside Health complies with applicable federal civil rights laws and does not discriminate on the basis of race, color, national origin, age, disability, or sex.
ban ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística.
cp © 2025 Riverside Health System
"""))

DOCS.append(dict(num=720, slug="election_night_mayoral_runoff_results", style="single", noise=0.1,
title="Abena Quarshie wins Port Lindell mayoral runoff by 1,900 votes",
notes="Newspaper election-night page (elections): 'ELECTION 2025' section bar (navigation), 'Results as of ... · precincts reporting' line (timestamp), an embedded results-widget header and 'Full results' link (residue), a 'Our coverage is free on election night' notice (banner), byline and timestamp, live-video promo (caption), 'Election guide' links (related), comments-closed notice (comments), and footer; HARD NEGATIVES: a results table with votes and percentages, a turnout line, a one-line victory quote, and a 'Correction:' paragraph.",
body="""
nav ELECTION 2025
nav Results
nav Mayor
nav City Council
nav Ballot measures
ban Our election-night coverage is free for all readers.
T Abena Quarshie wins Port Lindell mayoral runoff by 1,900 votes
by By Gideon Farrow and Leticia Bauer
ts Nov. 19, 2025, 11:47 p.m. ET
ts Results as of 11:40 p.m. · 212 of 212 precincts reporting
. City council member Abena Quarshie was elected mayor of Port Lindell on Tuesday, defeating former police chief Ronald Pettigrew in a runoff that turned on turnout in the city's east side.
. Candidate | Votes | Share
. Abena Quarshie | 41,388 | 51.2%
. Ronald Pettigrew | 39,467 | 48.8%
. Turnout: 38.4 per cent of registered voters
res Interactive: explore the results precinct by precinct
. Quarshie, 46, will be the first woman and the first Ghanaian American to lead the city. She ran on a promise to build 5,000 affordable homes in four years and to move some police funding into mental-health crisis teams.
. Speaking to supporters at a union hall on Harbor Avenue shortly after 11 p.m., she thanked volunteers who had knocked on doors in the rain.
. "This city voted for housing, and I intend to build it."
. Pettigrew, who led in the first round in October, conceded in a brief statement. He said he had called Quarshie to congratulate her and urged his supporters to "give the new mayor a fair chance."
. The runoff was closer than most polls had suggested. Pettigrew won 14 of the city's 22 wards, but Quarshie's margins in the east-side wards, where turnout rose by almost nine points compared with the first round, were enough to carry her.
. Both campaigns spent heavily on television and digital advertising in the final week, and outside groups spent more than $2 million, a record for a Port Lindell mayoral race.
. Quarshie will be sworn in on Jan. 2.
. Correction: An earlier version of this article gave an incorrect number of wards won by Pettigrew. He won 14 wards, not 15.
cap Watch: Quarshie's victory speech (4:12)
rel Election guide
rel Who won the city council races
rel How Port Lindell voted on the transit tax
com Comments are closed on election-night stories.
cp © 2025 The Port Lindell Tribune
"""))

DOCS.append(dict(num=721, slug="hyperlocal_network_library_reopening", style="double", noise=0.1,
title="Marsh Hollow library reopens after two-year rebuild, with a maker lab and later hours",
notes="Hyperlocal news network page (local news): network town picker ('Change town'), 'Neighbor Posts' label, 'Local News' label, author line with 'Patch Staff'-like invented role, 'Get alerts for Marsh Hollow' button (newsletter), 'Thank' / 'Reply' / 'Share' counters (social), 'Posted' timestamp, a reading-time line, a caption with its alt-text copy and credit, a local business ad ('Local deals' strip), 'The views expressed here are the author's own' disclaimer (banner), 'More from Marsh Hollow' list and footer; HARD NEGATIVES: a bulleted list of new opening hours, a one-line quote, a sentence about residents sharing memories of the old building, and a subheading.",
body="""
nav Town Crier Network
nav Marsh Hollow, NJ
nav Change town
nav Local News
T Marsh Hollow library reopens after two-year rebuild, with a maker lab and later hours
by Dana Kowalczyk, Town Crier Correspondent
ts Posted Sat, Sep 13, 2025 at 4:02 pm ET
rt Reading time · 3 minutes
nl Get alerts for Marsh Hollow
soc 64 Thank
soc 9 Reply
soc Share
. MARSH HOLLOW, NJ — Hundreds of residents lined up outside the Marsh Hollow Public Library on Saturday morning as it reopened after a two-year, $14 million rebuild that replaced the 1961 building damaged by flooding in 2021.
. The new library is raised four feet above the old ground level and has twice the floor space. It includes a maker lab with 3D printers and sewing machines, a recording booth, a teen room and a quiet study floor.
. New opening hours
. - Monday to Thursday: 9 a.m. to 9 p.m.
. - Friday and Saturday: 9 a.m. to 6 p.m.
. - Sunday: noon to 5 p.m., a first for the library
. Library director Elena Rusnak said the longer hours were the change residents had asked for most in a survey. "People told us they work until six and the old library closed at six," she said.
ad Local deals: 20% off fall tune-ups at Hollow Street Bikes
. Inside, a wall near the entrance displays photographs and notes in which residents shared memories of the old building, from story hours in the 1970s to the morning after the flood, when volunteers carried wet books to the fire station to dry.
. "The flood took the building. It did not take the library."
cap Residents wait outside the new Marsh Hollow Public Library on Saturday morning.
cap Image: Residents wait outside the new library
cr Dana Kowalczyk / Town Crier
. The project was paid for with a mix of state flood-recovery money, a municipal bond and about $1.6 million raised by the Friends of the Library, whose members held bake sales and a five-kilometre race every year during the rebuild.
. Mayor Keith Albanese said the borough had considered closing the library for good after the flood and contracting with a neighbouring town instead. "The petition changed our minds," he said. More than 2,200 residents signed it.
. The library's collection is smaller than before, about 48,000 items compared with 61,000, because thousands of books were lost in 2021. Rusnak said donations of recent fiction and children's books were welcome.
ban The views expressed in this post are the author's own. Want to post on Town Crier? Register for a user account.
rel More from Marsh Hollow
rel Road work on Route 9 starts Monday
rel Farmers market extends season to November
cp © 2025 Town Crier Network. All rights reserved.
"""))

DOCS.append(dict(num=722, slug="linkedin_article_plant_closure_retraining", style="single", noise=0.1,
title="What we learned retraining 400 people when our plant closed",
notes="LinkedIn article page (business/labour): LinkedIn top bar (navigation) and 'Join now / Member sign-in' (newsletter), author block with headline, follower count and '+ Follow' (bio/social), 'Published ... ' line, reaction and comment counters, 'Like · Comment · Repost · Send' action row (social), a 'Log in for the full thread of reactions' wall (newsletter), 'More articles by' list (related), and footer; HARD NEGATIVES: a numbered list of lessons, a one-line quote from a worker, a subheading, and sentences about sharing the programme with other employers and about the author's comments on an earlier post.",
body="""
nav LinkedIn
nav Articles
nav People
nav Learning
nav Jobs
nl Join now
nl Member sign-in
T What we learned retraining 400 people when our plant closed
bio Margit Solheim-Adeyemi
bio Plant Director at Norrvik Packaging | Manufacturing, workforce transition
soc + Follow
ts Published Jun 3, 2025
soc 1,842
com 167 Comments
. When our parent company decided last year to close the Norrvik corrugated-box plant, 412 people learned they would lose their jobs within twelve months. I was the plant director. This is an account of what we did in that year, and what I would do differently.
. We had one advantage: time. Most closures give people weeks. We had a year, and we decided early to spend it on retraining rather than on a larger severance payment alone.
. What we did
. 1. We asked every employee, individually, what they wanted to do next, before offering any training.
. 2. We partnered with the regional technical college to run courses inside the plant, on paid time, during the last six months of production.
. 3. We paid for heavy-vehicle licences, electrical certificates and care-work qualifications, which were the three routes most people chose.
. 4. We invited local employers onto the shop floor to see our people work.
. By the day the plant closed, 301 of the 412 had a new job or a place in full-time education. Another 46 chose to retire.
. What did not work
. Our online courses were a failure. Fewer than one in five people who started them finished. The in-plant classes, by contrast, had a completion rate above 85 per cent.
. "I learned more in the break room with the college tutor than in a year of videos," one forklift driver told me.
. Several readers asked in the comments on my earlier post whether this could be done without a year's notice. Partly, yes. Since then we have shared the programme design with two other employers in the region that are facing closures.
. The hardest part was not the training. It was being honest with people from the first day about what was happening.
soc Like
soc Comment
soc Repost
soc Send
nl Log in for the full thread of reactions
nl Create your free account or sign in to continue your search
rel More articles by Margit Solheim-Adeyemi
rel Why plant directors should spend more time on the night shift
nav About
nav Accessibility
nav User Agreement
cp LinkedIn Corporation © 2025
"""))

DOCS.append(dict(num=723, slug="wpcom_reader_comet_naked_eye", style="mixed", noise=0.1, ws=True,
title="The comet is finally visible without binoculars — here is where to look",
notes="WordPress.com Reader view of a hobby astronomy blog (science): Reader chrome ('Reader', 'Discover', 'Likes', 'Manage subscriptions') (navigation), blog name with 'Subscribe' button, 'Visit' link, reading-time line, a 'Like' button with liker count ('Liked by 23 people') (social), 'Reblog' and 'Comment' controls, a comments section with 'Loading...' placeholder (residue), 'More from this blog' cards (related) and Reader footer; HARD NEGATIVES: a table of times and altitudes, bulleted observing tips, a one-line quote, a sentence asking readers to share their photos in the comments, and an 'Update:' paragraph.",
body="""
nav Reader
nav Discover
nav Likes
nav Manage subscriptions
nav Dark Skies over Kilbride
nav Subscribe to blog
nav Visit
rt ≈ 4 min of reading
T The comet is finally visible without binoculars — here is where to look
by Fergus Ballantyne
ts October 14, 2025
. After weeks of waiting, Comet C/2025 K3 has brightened enough to be seen with the naked eye from dark sites. I saw it from the Kilbride reservoir car park on Sunday evening: a faint smudge with a short tail pointing up and away from the sunset.
. It is not a great comet, and if you are expecting the pictures you have seen online you will be disappointed. Those are long exposures. To the eye, it looks like a small fuzzy star with a faint streak above it.
. When and where to look
. Date | Time | Altitude above western horizon
. 15 Oct | 19:15 | 12°
. 18 Oct | 19:10 | 15°
. 22 Oct | 19:00 | 18°
. Look west-southwest about 45 minutes after sunset, below and to the left of the bright planet Venus.
. Observing tips
. - Get away from street lights. Even a village can be too bright.
. - Give your eyes twenty minutes to adapt, and do not look at your phone.
. - Binoculars will show the tail much better than the naked eye.
. Dr Morven Achterberg of the Kilbride Astronomical Society, who was at the reservoir on Sunday, summed it up well:
. "It is not spectacular. It is just there, and that is enough."
. The comet will fade after about 25 October as it moves away from the Sun. Its orbit is so long that it will not return for tens of thousands of years.
. If you manage to photograph it, please share your photos in the comments. I will put the best ones in a follow-up post.
. Update: Several people have asked about the Moon. It is full on 7 November, so the last good evenings are this week and next.
soc Like
soc Liked by 23 people
soc Reblog
com Comment
com Comments
res Loading...
rel More from Dark Skies over Kilbride
rel Noctilucent clouds: a summer photo diary
rel Fixing dew on the telescope without spending a penny
nav Privacy
nav Terms
"""))
