DOCS = []

DOCS.append(dict(num=586, slug="liveblog_wildfire_evacuations", style="single", noise=0.1,
title="Live updates: Cedar Ridge fire forces evacuations east of Kamloops",
notes="News-radio live blog on WordPress: 'UPDATES HAVE ENDED' banner, an unrendered key-events shortcode, standalone clock times before each post (timestamp), a per-post 'Posted by' line (byline), an embedded-map placeholder (residue), a donate-style newsletter box and tail share/tags/copyright; HARD NEGATIVES: the evacuation-order lines with zone codes, a bulleted list of reception centres, and short quotes.",
body="""
nav CKRV News Radio 1040
nav Local
nav Wildfires
nav Traffic
nav Listen
ban UPDATES HAVE ENDED
T Live updates: Cedar Ridge fire forces evacuations east of Kamloops | CKRV News Radio 1040
by CKRV newsroom
sc [liveblog_key_events title="Key events"]
ts 7:48 p.m.
by Posted by Dana Kowalchuk
. This is our final update for tonight. The BC Wildfire Service says the Cedar Ridge fire is now estimated at 2,300 hectares and remains out of control. Crews will resume air attacks at first light. Thanks for following along.
ts 6:15 p.m.
. The Thompson-Nicola Regional District has expanded its orders. The current orders are:
. Zone TNRD-E014 (Cedar Ridge Road, Dallas Drive east of Highway 1): evacuation order
. Zone TNRD-E015 (Barnhartvale Road, 1200 to 2400 blocks): evacuation order
. Zone TNRD-A009 (Campbell Range and Monte Creek): evacuation alert
res Map loading…
ts 4:40 p.m.
. Evacuees can register at the following reception centres:
. - Sandman Centre, 300 Lorne Street, Kamloops (open until midnight)
. - Chase Community Hall, 547 Shuswap Avenue
. Pets are welcome at both centres. Livestock owners should call the regional district's agriculture line.
ts 3:05 p.m.
. Fire information officer Kevin Doucette says strong westerly winds pushed the fire across a control line this afternoon.
. "This is a wind-driven fire. It is moving fast."
ts 1:30 p.m.
. Highway 1 is closed in both directions between Kamloops and Monte Creek. DriveBC says there is no estimated time for reopening.
ts 12:10 p.m.
. Smoke is visible across Kamloops. The fire was first reported at about 11:20 a.m. near Cedar Ridge Road and is suspected to be human-caused.
nl Count on CKRV for wildfire news. Sign up for our breaking news text alerts.
soc Share this live blog
tag Wildfires · Kamloops · Evacuations
cp © 2024 Ridgeview Broadcasting Inc.
"""))

DOCS.append(dict(num=587, slug="wp_recipe_rhubarb_glut", style="sparse", noise=0.12, ws=True,
title="Gardeners swamped by bumper rhubarb crop – here's what to do with it",
notes="Newspaper food column on WordPress with a recipe plugin: unrendered jump-to-recipe and recipe-card shortcodes, an affiliate-link disclosure (ad), 'Print Recipe' / 'Pin Recipe' buttons and a star-rating line (residue/social), recipe-card 'Keyword:' taxonomy (tags), a 'Did you make this recipe?' prompt, a 'More seasonal recipes' block and footer; HARD NEGATIVES: the ingredient list, numbered method, 'Serves 6' and prep/cook time lines, and a quoted tip.",
body="""
nav Food & Drink
nav Recipes
nav Gardening
nav Eating out
T Gardeners swamped by bumper rhubarb crop – here's what to do with it | Wessex Weekly
by Nell Haverford
ts 14th May 2024
sc [wprm-recipe-jump]
ad Some links in this article are affiliate links, which means we may earn a small fee if you buy through them.
. Allotment holders and gardeners across the region are reporting a bumper rhubarb harvest after a wet winter and a warm April, with some growers saying their crowns have produced twice as many stalks as usual.
. The Dorset Allotments Federation says several sites have set up "swap tables" at the gates, and one food bank in Weymouth has had so much donated rhubarb that it has started freezing it.
. "Pull, don't cut," advises federation secretary Brian Tolley. "Twist the stalk at the base and it comes away cleanly, and the plant will keep producing until the end of June."
. Rhubarb freezes well: chop it into 2cm pieces, spread them on a tray until frozen, then bag them up. For everything else, here is an easy crumble from our food writer.
sc [wprm-recipe id="9123"]
. Rhubarb and ginger crumble
res ★★★★★ 4.8 from 26 votes
res Print Recipe
soc Pin Recipe
. Serves 6
. Prep time: 15 minutes
. Cook time: 40 minutes
. 600g rhubarb, cut into 3cm pieces
. 80g caster sugar
. 2 balls of stem ginger, finely chopped
. 150g plain flour
. 100g cold butter, diced
. 75g demerara sugar
. 50g rolled oats
. 1. Heat the oven to 190C (170C fan). Toss the rhubarb with the caster sugar and stem ginger and tip into a baking dish.
. 2. Rub the butter into the flour until it looks like breadcrumbs, then stir in the demerara sugar and oats.
. 3. Scatter the topping over the fruit and bake for 35 to 40 minutes, until golden and bubbling at the edges.
tag Keyword: crumble, ginger, rhubarb
com Did you make this recipe? Tell us how it went in the comments below!
rel More seasonal recipes
rel Asparagus tart with a cheat's pastry
rel Elderflower cordial in four easy steps
cp © 2024 Wessex Weekly Newspapers Ltd
"""))

DOCS.append(dict(num=588, slug="wire_release_tram_contract", style="single", noise=0.1,
title="Vantor Rail wins £310m contract to build 38 trams for South Yorkshire",
notes="Corporate press release on a newswire site: wire menu, release date line, 'Share this release' links, an attachment line and image caption, the 'About Vantor Rail' boilerplate (bio), a 'CONTACT:' block (residue), a 'Source:' credit line, 'Distribution channels' tags and 'Related links'; HARD NEGATIVES: the dateline paragraph with the wire name, a bulleted contract-details list, and executive quotes.",
body="""
nav NewsDesk Wire
nav Latest releases
nav Industries
nav For journalists
ts May 14, 2024 07:00 ET
T Vantor Rail wins £310m contract to build 38 trams for South Yorkshire
soc Share this release: LinkedIn · X · Email
. SHEFFIELD, England, May 14, 2024 (NEWSDESK WIRE) -- Vantor Rail Ltd, a British manufacturer of light rail vehicles, today announced that it has been selected by South Yorkshire Mayoral Combined Authority to build 38 new trams for the Sheffield Supertram network.
. The contract, worth £310 million including 30 years of maintenance support, is the largest order in the company's history. The trams will be assembled at Vantor's plant in Rotherham, creating 240 jobs.
. Contract highlights:
. - 38 low-floor trams, each carrying up to 250 passengers
. - First vehicles to enter passenger service in 2027
. - Batteries allowing up to 4 km of travel without overhead wires
. - 30-year maintenance agreement based at the Nunnery depot
. "This is a vote of confidence in building trams in Britain," said Claire Ashworth, chief executive of Vantor Rail. "Every one of these vehicles will be built a few miles from where it will run."
. Mayor of South Yorkshire Oliver Coppard said the new fleet would replace trams that had been in service since the network opened in 1994 and would allow more frequent services.
. Vantor will source more than half of the components by value from suppliers in the United Kingdom, including bogies from a partner in Derby.
res Attachment
cap Artist's impression of the new Sheffield tram in Vantor Rail livery
bio About Vantor Rail
bio Vantor Rail Ltd designs and builds light rail vehicles and provides fleet maintenance services. Founded in 2009 and headquartered in Rotherham, it employs 1,100 people.
res CONTACT:
res Media Relations, Vantor Rail
res +44 114 496 0718
res media@vantor-rail.example
cr Source: Vantor Rail Ltd
tag Distribution channels: Transport, Manufacturing, Public Sector
rel Related links
rel www.vantor-rail.example
"""))

DOCS.append(dict(num=589, slug="wpbakery_library_closures", style="mixed", noise=0.15,
title="Four branch libraries to close under Dunmere council savings plan",
notes="Local news site on a WordPress page-builder theme: unrendered row/column shortcodes around the article and a contact-form shortcode, 'By ... - 14/05/2024' byline-date line, a tip-line prompt (newsletter), 'Share on:' row, 'Tags:' line, 'You may have missed' block and footer; HARD NEGATIVES: the list of branches with closing dates, a subheading, a sentence about residents' comments to the consultation, a short quote, and an 'Update (May 15):' line that is part of the article.",
body="""
nav Dunmere Live
nav Local News
nav Council
nav Schools
nav Sport
nav What's On
sc [vc_row][vc_column width="2/3"]
T Four branch libraries to close under Dunmere council savings plan - Dunmere Live
by By Callum Ferrier - 14/05/2024
. Four of Dunmere's eleven branch libraries will close by the end of the year under a savings plan approved by the council's cabinet on Tuesday.
. The council says the closures will save £740,000 a year towards a £9.2m budget gap. The remaining branches will have their opening hours cut from five days a week to four.
. The branches to close are:
. - Ashgrove Library: 30 September
. - Kinross Road Library: 30 September
. - Hallam Park Library: 31 December
. - Westfield Library: 31 December
. The mobile library will add stops in the four areas, and the council says it will offer the buildings to community groups that want to run them as volunteer libraries.
. More than 3,600 people responded to the consultation, and the council's report says 82 per cent of the comments it received opposed any closures.
. 'A lifeline'
. At Ashgrove, where the library shares a building with a children's centre, regular users were angry. Retired teacher Moira Blaine, 74, visits twice a week to use the computers and the large-print collection.
. "It is the only warm room some of us have."
. Cabinet member for communities Cllr Tom Ansell said the council had "protected the branches that are used most" and that 71 per cent of library visits were to the seven that will remain.
. Update (May 15): The opposition group has asked for the decision to be called in for review by the council's scrutiny committee, which could delay the first closures until November.
sc [/vc_column][/vc_row]
nl Got a story? Send it to our newsroom using the form below.
sc [contact-form-7 id="88" title="Send us a tip"]
soc Share on: Facebook | X | WhatsApp | Email
tag Tags: Dunmere Council, libraries, budget cuts
rel You may have missed
rel New zebra crossing for Kinross Road after campaign
rel Westfield Park pavilion to be rebuilt
cp Copyright © 2024 Dunmere Live. All rights reserved. | Theme: Newsup by Themeansar.
"""))
