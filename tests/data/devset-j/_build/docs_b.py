DOCS = []

DOCS.append(dict(num=950, slug="amp_battambang_prosthetics_workshop", lang="en", style="single", noise=0.1,
title="In Battambang, a workshop where legs are made to fit rice fields",
notes="AMP version of a regional news site article (conflict aftermath: landmine survivors and a prosthetics workshop in Cambodia). Debris: the AMP header with site name and a 'view full site' link (navigation), the section label, a byline with location and a separate date/time stamp, an ad label and an AMP ad slot placeholder (ad), an image caption with credit, an 'also on this topic' inline link (related), a share row, tags, a 'more stories' list, and the AMP footer with copyright. HARD NEGATIVES: a standfirst, a numbers list, a quote and a subheading.",
body=r"""
nav ⬅ Mekong Mirror
nav Switch to the standard site
nav Asia · Society
T In Battambang, a workshop where legs are made to fit rice fields
. Decades after the fighting ended, landmines still injure farmers in western Cambodia. A small workshop is redesigning artificial limbs for the mud.
by By Sophea Lim, Battambang
ts 17 February 2026, 08:30 ICT
cap Chea Sokha, 52, tests a new prosthetic foot on a flooded paddy outside Battambang.
cr Photo: Mekong Mirror / Dara Phan
. Chea Sokha lost his right leg below the knee in 1996, when he stepped on a mine while cutting bamboo near the Thai border. For most of the thirty years since, he has walked on prosthetic legs that were designed for pavements and hospital corridors, not for a rice farmer who spends half the year up to his shins in water.
. "The old foot would fill with mud and suck me down," he said, lifting his trouser leg to show the new one. "This one lets the water out."
ad Advertisement
ad [amp-ad slot 3]
. The workshop, run by a local association of mine survivors, opened in 2019 in a former rice mill. Its six technicians, four of whom are amputees themselves, make around 400 limbs a year. They use polypropylene sheet heated in a converted pizza oven, and feet carved from recycled tyre rubber with drainage channels cut into the sole.
rel Also on this topic: Clearance teams declare Pailin district mine-free
. Still a daily danger
. Cambodia has cleared more than a million mines since the 1990s, but the north-west remains heavily contaminated. Each year brings new casualties, many of them farmers expanding fields into land that was never surveyed.
. - 4,600 amputees registered in Battambang province
. - 38 new mine and explosive casualties nationwide last year
. - 400 limbs fitted by the workshop each year
. A new limb costs the workshop about $140 in materials. Most patients pay nothing; the rest of the cost is covered by a provincial health fund and donations from former patients who have found work.
. Technician Heng Vuthy says the most important part of the job happens after the fitting. "We go to the fields and watch people work. If they stop using the leg after a month, we have made it wrong."
soc Share:  Facebook  Telegram  Copy link
tag Landmines  Battambang  Health  Agriculture
rel More stories
rel Tonle Sap fish catch falls for third year
rel Phnom Penh bus routes extended to airport
cp © 2026 Mekong Mirror. All content protected.
"""))

DOCS.append(dict(num=951, slug="pdf_press_release_seaweed_packaging", lang="en", style="mixed", noise=0.05, trailing_blank=True,
title="Kelpform raises €6.5 million to scale seaweed-based food trays",
notes="Press release converted from PDF to text (business: a seaweed packaging start-up). Debris: the 'FOR IMMEDIATE RELEASE' and embargo lines (banner), the company letterhead and address lines (residue), page headers/footers ('Page 1 of 2', running header repeated), the '-- more --' and '###' markers (residue), the 'About Kelpform' boilerplate (bio), the media-contact block (residue) and a legal disclaimer on forward-looking statements (copyright). HARD NEGATIVES: the dateline inside the first paragraph, a bulleted list of funding uses, two quotes, and a subheading.",
body=r"""
res KELPFORM B.V. | Havenkade 14 | 1973 AJ IJmuiden | The Netherlands
ban FOR IMMEDIATE RELEASE
ban Embargoed until 24 February 2026, 07:00 CET
T Kelpform raises €6.5 million to scale seaweed-based food trays
. Series A round led by Nordsee Climate Partners will fund a second production line and trials with two supermarket chains
. IJMUIDEN, the Netherlands, 24 February 2026 — Kelpform, which makes compostable food trays from farmed North Sea seaweed, today announced that it has raised €6.5 million in a Series A funding round led by Nordsee Climate Partners, with participation from existing investors.
. The company's trays replace the plastic and polystyrene trays used for meat, fish and soft fruit. They are made from brown seaweed grown on lines off the Dutch and Danish coasts, pressed with a binder made from potato starch, and break down in a home compost heap within eight weeks.
. The new funding will be used to:
. • build a second production line at IJmuiden, raising capacity from 18 million to 60 million trays a year;
. • run shelf-life trials with two European supermarket chains;
. • expand the company's seaweed supply contracts with four new farms.
res Kelpform Series A — Press Release — 24.02.2026
res – 1 –
res -- more --
. "Supermarkets want to get rid of plastic trays, but they can't accept a product that leaks or goes soft in the fridge," said Femke Oudshoorn, co-founder and chief executive of Kelpform. "We've spent three years proving that ours doesn't."
. "Seaweed farming needs no fresh water, fertiliser or land," said Jonas Ravnkilde, partner at Nordsee Climate Partners. "Kelpform has found a product that turns it into something people touch every day."
. Growing supply
. Kelpform currently buys seaweed from three farms. It expects the new contracts to bring total supply to around 2,400 wet tonnes a year by 2028.
res ###
bio About Kelpform: Founded in 2022 in IJmuiden, Kelpform develops packaging from farmed seaweed. The company employs 31 people. www.kelpform.example
res Media contact: Saskia de Wilde, +31 20 555 0142, press@kelpform.example
cp This release contains forward-looking statements that involve risks and uncertainties. Kelpform undertakes no obligation to update them.
res Kelpform Series A — Press Release — 24.02.2026
res – 2 –
"""))

DOCS.append(dict(num=952, slug="email_museum_members_textile_loom", lang="en", style="sparse", noise=0.1,
title="The loom is running again",
notes="E-mail newsletter to museum members, saved as text (a restored jacquard loom at a textile museum). Debris: the preheader line and 'view in your browser' link (navigation), the museum logo alt text (caption), the issue/date line (timestamp), a 'Members' Bulletin' section label, a ticket-booking button line (ad), a 'what's on' list of other events (related), social icons row, the address block and an unsubscribe / manage-preferences line (newsletter), and copyright. HARD NEGATIVES: the director's greeting, subheadings, opening times, and the sign-off with name and role.",
body=r"""
nav Plus: half-term workshops and a new café menu
nav Trouble reading this email? Open it in your browser
cap [Image: Ashbourne Mill Museum logo]
ts Members' Bulletin · No. 88 · February 2026
T The loom is running again
. Dear members,
. For the first time since 1987, the great jacquard loom on the second floor is weaving. On the morning of 6 February our textile engineer, Gethin Pryce, threw the lever and the loom began working a pattern of oak leaves that was last woven at the mill in 1961. About thirty volunteers crowded round to watch. Several of them had tears in their eyes, and I was one of them.
. The restoration took three years. The loom's wooden frame was sound, but almost every moving part had to be cleaned, repaired or remade. The 1,200 punched cards that carry the pattern had been stored in a damp cellar, and volunteers repaired them one at a time with archival tape. Many of you gave money to the appeal in 2023, and I want to thank you properly: without members, the loom would still be a silent exhibit behind a rope.
. Seeing it in action
. The loom will run for twenty minutes at 11.00 and 14.30 on Wednesdays, Saturdays and Sundays. Because it is loud, we will hand out ear defenders to visitors, and children under eight must stay behind the barrier.
. Wednesdays, Saturdays, Sundays: 11.00 and 14.30
. What happens next
. Gethin and the volunteers will weave a short length of the oak-leaf cloth this spring. Part of it will be made into cushion covers for the café, and members will be offered the first chance to buy the rest by the metre.
. With warm wishes,
. Helen Carradine
. Director, Ashbourne Mill Museum
ad [ Book your members' loom demonstration slot ]
rel Coming up: Half-term dyeing workshop (17–21 Feb) · Spinning circle (every Thursday) · Talk: Mill girls and the 1911 strike (4 March)
soc Facebook | Instagram | YouTube
nl You are receiving this email because you are a member of Ashbourne Mill Museum. Manage your preferences or unsubscribe.
res Ashbourne Mill Museum, Mill Lane, Ashbourne DE6 1XX · Registered charity no. 1012345
cp © 2026 Ashbourne Mill Museum Trust
"""))

DOCS.append(dict(num=953, slug="wiki_harbour_tramway_line_4", lang="en", style="single", noise=0.05,
title="Port Halloran Tramway Line 4",
notes="Local-history wiki page (a MediaWiki-based city wiki) about a closed tram line. Debris: the wiki name and the page/discussion/read/edit/history tabs (navigation), the 'from Port Halloran Wiki' tagline (navigation), a hatnote pointing to another page (related), the table of contents with numbered entries repeating the section headings (navigation), an unrendered file link (shortcode), '[edit]' labels (navigation), the references list (residue), the categories line (tags), the last-edited stamp and the footer links and licence line. HARD NEGATIVES: an infobox-like facts list, section headings, a stop list, and dates inside sentences.",
body=r"""
nav Port Halloran Wiki
nav Page   Discussion   Read   Edit   View history
T Port Halloran Tramway Line 4
nav From Port Halloran Wiki, the community encyclopedia
rel This article is about the electric tram route. For the horse tram of 1882, see Harbour Horse Tramway.
. Line 4 was an electric tram route in Port Halloran that ran from the Customs House to Kilbride Bridge between 1903 and 1949.
. Opened: 14 May 1903
. Closed: 30 April 1949
. Length: 5.6 km
. Gauge: 1,067 mm
nav Contents
nav 1 History
nav 2 Route
nav 3 Closure
sc [[File:Line4 Kilbride 1931.jpg|thumb|right|A car at Kilbride terminus, 1931]]
. History
nav [edit]
. The line was built by the Port Halloran Electric Traction Company as the fourth of its routes, following the harbour and the old coach road inland. Eight single-deck cars were bought from a builder in Preston for the opening, and four more were added in 1911 when the line was extended to the new housing at Kilbride.
. Unusually for the town, the line had its own small depot at Beechmount, with space for six cars, a paint shop and a sand drier. The depot building survives as a furniture warehouse, and the rails can still be seen in the floor near the main door.
. Ridership peaked in 1920, when the line carried just over three million passengers. Dockers travelling to the early shift at the Customs House wharves made up a large share of the morning traffic.
. Route
nav [edit]
. Customs House – Fish Quay – Market Street – St Colm's Church – Ropewalk – Beechmount – Kilbride Bridge
. Closure
nav [edit]
. By the 1940s the track was worn and the cars were more than forty years old. The corporation decided in 1947 to replace the tram with a motor bus, which began running on 1 May 1949, the day after the last tram. Car 9 was kept and is now on display at the transport museum in Dock Road. Two of the overhead wire poles still stand on Ropewalk, where they now carry street lamps, and a plaque marking the former Kilbride terminus was unveiled by the Port Halloran Civic Trust in 2003, on the centenary of the opening.
res References
res ↑ Port Halloran Corporation, Tramways Committee minutes, 1947.
res ↑ Gilmartin, P. (1988). Trams of the Harbour Town. Halloran Press.
tag Categories: Tramways | Transport history | Closed in 1949
ts This page was last edited on 2 February 2026, at 19:14.
cp Text is available under the Creative Commons Attribution-ShareAlike License; additional terms may apply.
nav Privacy policy   About Port Halloran Wiki   Disclaimers   Mobile view
"""))

DOCS.append(dict(num=954, slug="gov_notice_bridge_weight_limit", lang="en", style="single", noise=0.1,
title="Temporary 7.5 tonne weight limit on Carrow Bridge",
notes="County council public notice web page (a bridge weight restriction). Debris: official-site banner (banner), council name and a service menu, breadcrumbs, the notice reference number (residue), the 'published'/'last updated' stamps, a 'print this page' link (residue), a 'report a problem with this page' feedback line (residue), a related links box, a cookie-consent line (newsletter), and the footer with copyright. HARD NEGATIVES: the legal notice wording, the diversion route list, the date range of the restriction, and a sign-off with name and title of the officer.",
body=r"""
ban Official website of Westhaven County Council
nav Westhaven County Council
nav Bins and recycling   Roads and travel   Schools   Planning   Council tax
nav Home > Roads and travel > Roadworks and closures > Public notices
T Temporary 7.5 tonne weight limit on Carrow Bridge
res Notice reference: TRO/2026/0114
ts Notice date: 9 February 2026
. The Westhaven County Council (Carrow Bridge, Hollinsford) (Temporary Weight Restriction) Order 2026
. Notice is hereby given that the Westhaven County Council intends to make an order prohibiting any vehicle with a maximum gross weight exceeding 7.5 tonnes from using Carrow Bridge on the B4410 at Hollinsford.
. Why the restriction is needed
. A routine inspection in January found cracking in two of the bridge's cast-iron beams. Engineers advise that the bridge is safe for cars, vans and buses, but should not carry heavy goods vehicles until the beams have been strengthened.
. Buses operating the 41 and 42 routes are exempt, as are emergency vehicles, because their weight has been assessed and found acceptable.
. When it applies
. The order will come into effect on 23 February 2026 and will remain in force for up to 18 months, or until strengthening works are complete, whichever is sooner.
. Diversion for vehicles over 7.5 tonnes
. - From the north: continue on the A38 to Lowbridge roundabout, then take the B4412.
. - From the south: turn left at Hollinsford crossroads onto Mill Road and rejoin the B4410 at Stanway.
. The diversion adds about 9 kilometres to the journey. Farm vehicles needing access to land on either side of the bridge should contact the highways team to discuss a permit.
. Pedestrians and cyclists will not be affected. Warning signs will be placed on the approaches to the bridge at least a week before the order takes effect, and advance signs for the diversion will be placed on the A38 in both directions.
. Objections to the order may be made in writing, stating the grounds, to the address below by 2 March 2026.
. D. Farrow-Jennings
. Head of Highways, County Hall, Westhaven WH1 2AA
res Print or save this notice
ts Last updated: 10 February 2026
rel Related pages
rel Roadworks map
rel Apply for an abnormal load permit
res Something wrong with this page? Tell us
nl We use some essential cookies to make this service work. Accept additional cookies   Reject additional cookies
cp © Westhaven County Council 2026 · Accessibility statement · Contact us
"""))

DOCS.append(dict(num=955, slug="cricket_club_village_derby_report", lang="en", style="mixed", ws=True, noise=0.15,
title="First XI edge village derby by two wickets",
notes="Amateur cricket club website (Pitchero-style), match report. Debris: club name, fixtures/teams/news/shop menu, a 'Match Report' label and the league name above the headline (navigation), the posted-by/date line (byline), the 'sponsor of the day' ad block, a sponsor logos strip (ad), the 'latest news' sidebar (related), the next fixture widget (residue), share buttons, club address and affiliation footer (bio) and copyright. HARD NEGATIVES: the score lines, a bowling figures line, a short scorecard summary, and the closing thanks to the tea ladies.",
body=r"""
nav Kirkby Thore Cricket Club
nav Home   Fixtures   Teams   News   Club Shop   Join
nav Match Report · Eden Valley League Division 1
T First XI edge village derby by two wickets
by Posted by Club Secretary on 18 May 2025
. Kirkby Thore 168 for 8 (38.2 overs) beat Temple Sowerby 166 all out (44.5 overs) by two wickets
. There are few fixtures in the Eden Valley calendar that draw a crowd quite like the derby with Temple Sowerby, and Saturday's match lived up to every bit of its reputation.
. Temple Sowerby won the toss and chose to bat on a slow pitch. Their opener Marcus Pattinson made a patient 61, but wickets fell regularly at the other end. Captain Neil Hodgson bowled his ten overs straight through and finished with the best figures of his career.
. N. Hodgson 10-3-24-5
. Needing 167, the home side were in trouble at 74 for 5 after some fine seam bowling from the visitors' overseas player, Ruan Pieterse. A stand of 58 between Josh Airey (42) and fifteen-year-old Callum Bell (29 not out) turned the game, and Bell held his nerve to finish it with a boundary over midwicket with four balls of the 39th over left to spare.
. Scorecard summary
. Temple Sowerby: M. Pattinson 61, D. Nicholson 28; N. Hodgson 5-24, G. Wilson 2-31
. Kirkby Thore: J. Airey 42, C. Bell 29*, T. Slee 21; R. Pieterse 4-37
. Bell, who only moved up from the under-15s this season, was carried off by his teammates. "I just tried not to think about it," he said afterwards.
. The win leaves the First XI third in the table, two points behind Appleby. The Second XI lost heavily at Penrith, and their report will follow later in the week.
. As ever, a big thank you to the tea ladies, who produced enough scones to feed both teams twice, and to the groundsman for getting the square ready after Thursday's rain.
ad Today's match ball was sponsored by Eden Agricultural Supplies
ad Our sponsors: Lowther Motors · The Bridge Inn · Hodgson & Daughter Joinery
soc Share on Facebook · Share on WhatsApp
rel Latest news
rel Junior cricket sessions restart on Friday nights
rel Volunteers needed for the club's 150th anniversary dinner
res Next fixture: Appleby (A) Saturday 25 May, 13:00
bio Kirkby Thore Cricket Club, Station Road, Kirkby Thore, Cumbria · Affiliated to the Cumbria Cricket Board
cp © Kirkby Thore CC 2025 · Website by a club volunteer
"""))

DOCS.append(dict(num=956, slug="localpaper_bakery_closes_classifieds", lang="en", style="single", noise=0.1,
title="Mullen's bakery to close after 71 years on Bridge Street",
notes="Small-town weekly newspaper site with a classifieds sidebar (a family bakery closing). Debris: masthead and weather widget (residue), the 'Notices · Classifieds · Jobs' menu, section label, author and date lines, a 'Buy this photo' link (ad), inline 'related' link, a classifieds strip (three small ads: for sale, lost and found, jobs) which is ad, a 'tip us off' line (residue), tags, a comment count with two comments, and the footer with 'Delivering to ...' line (bio) and copyright. HARD NEGATIVES: a quote, a sentence about customers sharing memories on the paper's Facebook page, a short list of the bakery's best sellers, and an 'Update, Friday 20 February:' paragraph.",
body=r"""
nav The Kilmaine Courier
res Kilmaine 11°C  Showers
nav News   Sport   Notices   Classifieds   Jobs   Motors   E-edition
nav Local News
T Mullen's bakery to close after 71 years on Bridge Street
by By Aoife Darragh
ts Thursday 19 February 2026
. Mullen's Bakery on Bridge Street will close its doors for the last time on Saturday 28 March, ending 71 years of baking by three generations of the same family.
. Owner Declan Mullen (63), whose grandfather opened the shop in 1955, said the decision had been a hard one. Energy bills for the two ovens have more than doubled since 2021, and neither of his children wants to take on the 4am starts.
. "I've been getting up in the dark since I was fourteen," he said. "My body is telling me it's time, even if my heart isn't."
ad Buy this photo
. The bakery is known well beyond Kilmaine for a handful of products that have barely changed in decades:
. - the Saturday barmbrack, baked only in October in the early years and now all year round
. - the 'Bridge Street bap', a soft white roll that local chippers still order by the tray
. - the custard slice, which Mullen says is his grandmother's recipe
rel RELATED: Town centre footfall down 12% on pre-pandemic levels
. Four staff will lose their jobs. Mullen said he had been speaking to a local business about taking on the premises and was hopeful that "a bakery of some kind" might continue there.
. Since news of the closure broke on Monday, hundreds of customers have shared memories on the Courier's Facebook page, from wedding cakes in the 1970s to first jobs behind the counter.
. Kilmaine Chamber of Commerce president Róisín Feeney said the town would be poorer without it. "Mullen's isn't just a shop, it's where you meet everyone," she said.
. Update, Friday 20 February: Declan Mullen has confirmed that a family bakery from Castlebar has agreed to lease the premises from May.
ad CLASSIFIEDS ▸ FOR SALE: Stanley range, cream, good working order, €450 ono. Call 087 555 0193
ad LOST: Grey tabby, answers to Biscuit, Ballinrobe Road area. Reward.
ad SITUATIONS VACANT: Part-time driver wanted, full clean licence essential.
res Got a story? Tip us off at news@kilmainecourier.example
tag Tags: Bridge Street, Business, Kilmaine
com 14 comments
com Mary B, 19 Feb — Heartbroken. Best brack in Mayo.
com JohnnyK, 19 Feb — End of an era, best of luck Declan.
bio The Kilmaine Courier — delivering to Kilmaine, Ballinrobe and Hollymount since 1922
cp © 2026 Kilmaine Courier Ltd. All rights reserved.
"""))

DOCS.append(dict(num=957, slug="thinktank_kharkiv_bridge_rebuild", lang="en", style="double", noise=0.1,
title="Rebuilding the Siverskyi Donets bridges: what one village's crossing tells us",
notes="Think-tank analysis page on Drupal (conflict aftermath: a destroyed bridge near Kharkiv rebuilt). Debris: institute name and research-programme menu, the content-type label ('Commentary'), author and date lines, the download PDF link (residue), a 'cite this' box (residue), an inline 'related publication' promo (related), a tags line, the author bio, the 'subscribe to our briefings' box (newsletter), a 'more commentary' list, and the footer with the registered-charity line (bio) and copyright. HARD NEGATIVES: a standfirst, a timeline list, a cost table, subheadings and a sentence referring to the institute's earlier report.",
body=r"""
nav Centre for Reconstruction Policy
nav Research programmes   Publications   Events   Data   About
nav Commentary
T Rebuilding the Siverskyi Donets bridges: what one village's crossing tells us
. A single road bridge near Kharkiv shows how recovery stalls on small things: a missing permit, a flooded access road, a contractor who has never worked with mine clearance teams.
by Olena Marchuk and Daniel Whitcombe
ts 4 February 2026
res Download PDF (412 KB)
. When the bridge at Staryi Saltiv was blown up in 2022, the village lost its only direct road to Kharkiv. For two years the 900 people who remained drove a 46-kilometre detour or crossed on a pontoon that the regional administration put in place each summer and removed before the ice.
. The new bridge opened in October 2025. It is 212 metres long, carries two lanes and a footpath, and was paid for by a mix of state and donor money. How it got built is more instructive than the bridge itself.
. Timeline
. - March 2024: damage assessment completed, design contract awarded
. - September 2024: site declared clear of explosive ordnance after a second survey
. - January 2025: construction begins
. - October 2025: bridge opens to traffic
. Four lessons
. First, mine clearance set the pace. The first survey missed a band of contaminated ground along the approach road, and work stopped for seven weeks while it was cleared again.
. Second, small local contractors did the work well but struggled with paperwork. Donor rules asked for documents that a 20-person firm in Chuhuiv had never produced.
. Third, the cost was reasonable. At roughly $3.1 million, the bridge came in under the estimate in our 2024 report.
. Fourth, nobody had planned for maintenance. The regional road service has no budget line for the new structure.
rel Related publication: Counting the cost of damaged infrastructure in Kharkiv oblast (2024)
tag Ukraine · Infrastructure · Reconstruction · Local government
bio Olena Marchuk is a senior fellow in the reconstruction programme. Daniel Whitcombe is a research assistant based in Kyiv.
res Cite as: Marchuk, O. and Whitcombe, D. (2026) 'Rebuilding the Siverskyi Donets bridges', CRP Commentary.
nl Receive our briefings — one email a fortnight, no spam.
rel More commentary
rel Why energy repairs outran housing repairs in 2025
bio The Centre for Reconstruction Policy is a registered charity (no. 1190442).
cp © 2026 Centre for Reconstruction Policy
"""))

DOCS.append(dict(num=958, slug="squarespace_coffee_excombatants_cauca", lang="en", style="single", noise=0.15,
title="From rifles to roasting: a coffee co-operative of former fighters in Cauca",
notes="NGO website on Squarespace (conflict aftermath: a coffee co-operative of ex-FARC combatants in Colombia). Debris: the NGO name and menu with a donate button (navigation/ad), an announcement bar about a fundraising match (banner), the blog category label, a date line and 'written by' line, a caption and photo credit, an inline donation pitch (ad), the category/tag line, a 'newer/older post' pager, the mailing-list box (newsletter), and the footer with address and copyright. HARD NEGATIVES: the standfirst, a harvest numbers list, quotes, and a sentence mentioning that the coffee can be bought from a shop in Popayán.",
body=r"""
ban Every gift doubled until 31 March — thanks to our match partner
nav Puentes de Paz
nav Our work   Stories   Partners   About us   Give
nav Field Stories
T From rifles to roasting: a coffee co-operative of former fighters in Cauca
. Nine years after the peace agreement, a co-operative of former combatants in southern Colombia has sold its first export lot.
ts January 27, 2026
by Written by Camila Restrepo
cap Members of the co-operative sort cherries at the drying beds above El Estrecho.
cr Photo © Puentes de Paz
. The co-operative's 63 members, 41 men and 22 women, laid down their weapons in 2017 and moved to a reintegration zone in the hills of Cauca. Most had grown up on farms before joining the guerrilla. Coffee, one member told us, was the one thing everyone already knew how to do.
. The first years were hard. The land they were given was steep and exhausted, and some neighbours refused to buy from them. Several members have been threatened, and two were killed in 2021, a reminder that the peace remains fragile in this part of the country.
. "We didn't choose coffee because it's easy," said co-operative president Yesenia Mosquera. "We chose it because you have to wait three years for the first harvest. It makes you stay."
. This season's harvest
. - 14 hectares under coffee
. - 38,000 kilos of cherry picked
. - 60 bags of green coffee exported to a roaster in Portland
. The export lot was scored at 86 points by an independent taster, which puts it firmly in the specialty range and earns the co-operative about twice the local market price.
ad Help more co-operatives like this one get started. Give now →
. The rest of the harvest is roasted on site and sold under the name Café Reconciliación, in a small shop in Popayán and at the regional market on Saturdays. Members hope to open a second shop in Cali next year.
. Mosquera is already thinking about the next generation. Eleven children have been born in the zone since 2017. "They will never hold a rifle," she said. "They will hold cups."
tag Posted in: Colombia, Livelihoods, Reintegration
nav ← Newer: Women deminers in Antioquia   Older: Our year in numbers →
nl Join our mailing list for stories from the field. Email Address  Sign Up
res Puentes de Paz · 88 Grove Street, Oakland, CA · EIN 84-2039117
cp © 2026 Puentes de Paz. All rights reserved.
"""))

DOCS.append(dict(num=959, slug="jekyll_observatory_variable_star", lang="en", style="single", noise=0.05,
title="Students catch a variable star in the act",
notes="Static observatory site built with Jekyll (a school observatory's blog post about photometry of a variable star). Debris: site name and menu, the post date and author (timestamp/byline), a reading time, a data-download line (residue), a figure caption, the 'tags:' line, the previous/next post links, a comments-powered-by notice with a disqus-like placeholder (comments), and the 'built with Jekyll' and copyright footer. HARD NEGATIVES: a table of observation nights, a numbered method list, and an acknowledgement sentence thanking the telescope's donors.",
body=r"""
nav Kettlewell School Observatory
nav Home   Blog   Telescope   Schedule   Contact
T Students catch a variable star in the act
ts 2026-01-30
by Dr R. Sanyal
rt ~4 minute read
. Over six clear nights in January, our Year 12 astronomy group measured the brightness of the variable star RZ Cassiopeiae and watched it fade and recover during an eclipse. It is the first time students at the school have produced a complete light curve from our own telescope.
. RZ Cas is an eclipsing binary: two stars orbit each other every 1.2 days, and when the dimmer one passes in front of the brighter one, the light we receive drops sharply for about two hours. The drop is easy to see with a small telescope and a camera, which makes it a popular target for school projects.
. How we did it
. 1. Took 30-second exposures every minute through a V filter for up to four hours.
. 2. Measured the star against two comparison stars of constant brightness.
. 3. Plotted the difference in magnitude against time.
. Nights observed:
. 8 Jan — 212 images — eclipse captured
. 11 Jan — 96 images — cloud after 40 minutes
. 14 Jan — 240 images — eclipse captured
. 19 Jan — 180 images — no eclipse (wrong time)
. 23 Jan — 230 images — eclipse captured
. 27 Jan — 205 images — eclipse captured
cap Figure 1. Light curve of RZ Cas on 14 January; each dot is one image.
. Our timing of mid-eclipse agreed with the published prediction to within three minutes. The students are now writing up the method so that next year's group can repeat it with a different star.
. The group also learned a good deal about what can go wrong. On 19 January they observed for three hours only to discover that they had read the prediction table for the wrong time zone, and the eclipse had ended before they opened the dome.
. Thank you to the Kettlewell Old Students' Association, whose donation paid for the camera in 2024.
res Download the measurements (CSV, 38 KB)
tag tags: photometry, students, variable stars
nav « Clear skies for the Quadrantids    Booking open for spring open evenings »
com Comments are handled by a third-party service. Enable it to view and post comments.
res Built with Jekyll · Hosted on GitHub Pages
cp © 2026 Kettlewell School Observatory
"""))

DOCS.append(dict(num=960, slug="localradio_dementia_choir_concert", lang="en", style="mixed", noise=0.1,
title="Memory choir fills St Aidan's for its first public concert",
notes="Community radio station website news item (a choir for people with dementia and their carers). Debris: station name with frequency, the 'Listen live' player bar and now-playing line (residue), the menu, section label, audio player label with duration (caption), a date and 'by the newsroom' line, a 'hear the full interview' on-demand link (residue), tags, a 'more from the newsroom' list, a sponsorship message (ad), the app pitch (newsletter) and the Ofcom-style licence footer (bio) and copyright. HARD NEGATIVES: the setlist, quotes, and a sentence thanking listeners who sent messages.",
body=r"""
nav Brackwater Community Radio 104.6 FM
res ▶ Listen live
res Now playing: The Afternoon Show with Deb Mayall
nav Home   Schedule   News   Podcasts   Volunteer   Contact
nav Newsroom
T Memory choir fills St Aidan's for its first public concert
ts Monday 16 February 2026
by Brackwater Radio newsroom
cap 🎧 Audio: choir rehearsal and interviews (3:42)
. More than 200 people packed into St Aidan's Church on Saturday for the first public concert by the Brackwater Memory Choir, a group for people living with dementia and the family members who care for them.
. The choir was started eighteen months ago by retired music teacher Hazel Okonedo, whose husband was diagnosed with Alzheimer's in 2022. It now has 46 members and meets every Wednesday afternoon in the church hall.
. "Music reaches a part of the brain that the illness leaves alone for longest," Okonedo said. "I've seen people who can't tell you what they had for breakfast sing every word of a song from 1962."
. The setlist
. - Que Sera, Sera
. - The Water Is Wide
. - Moon River
. - Daydream Believer
. - Abide With Me
. Carers say the weekly rehearsals have become just as important for them. Philip Sandoval, who sings alongside his mother, said the choir was "the one place where nobody needs anything explained."
. The concert raised £1,870 for the local dementia support service. Okonedo thanked the many listeners who sent messages of support to the station after the choir appeared on the breakfast show in January.
. Local GP Dr Anwen Rees, who attended the concert, said that singing groups were one of the few activities she could recommend to every family she saw at the memory clinic. "It costs nothing, it needs no special equipment, and people leave happier than they came," she said. The choir is always looking for new members, and carers who do not sing are also welcome to come along for the tea afterwards.
. The choir will sing next at the Brackwater spring fair on 25 April.
res Hear the full interview on demand →
tag Community · Health · Music
rel More from the newsroom
rel Bus lane on Quay Road to be made permanent
rel Lifeboat crew called out twice in one night
ad Brackwater News is sponsored by Harrow & Finch Solicitors
nl Take us with you — get the Brackwater Radio app
bio Brackwater Community Radio is a not-for-profit station run by volunteers, licensed by Ofcom.
cp © 2026 Brackwater Community Radio CIC
"""))
