# devset-h sources, documents 800-809 (English site themes, part 1)
DOCS = []

DOCS.append(dict(
    num=800, slug="squarespace_bakery_rye_starter_cold_kitchen",
    title="How to keep a rye starter alive in a cold kitchen",
    style="single", noise=0.1,
    notes="Squarespace site of a small bakery (recipe-ish lifestyle article): cookie strip with Accept/Essential buttons (newsletter), site name and a menu run together with a cart counter (navigation), 'Journal' section label above the headline (navigation), date and 'Written by' line, tag line, share row, like counter, Newer/Older post pager with the neighbouring titles (navigation), a comment thread with names, dates and Reply buttons plus a comment prompt, copyright footer and the 'Made with Squarespace' line (residue). HARD NEGATIVES: standfirst, three subheadings, a bulleted routine, a one-line quote from the head baker, a sentence asking readers to share a photo of their crumb, and the writer's sign-off '— Ottilie'.",
    body="""
nl Our shop keeps a few cookies so your basket survives overnight. Accept all / Essential only
nav Hearth & Hollow Bakehouse
nav Shop   Classes   Journal   Visit Us   Cart (0)
nav Journal
T How to keep a rye starter alive in a cold kitchen | Hearth & Hollow
ts February 11, 2025
by Written by Ottilie Brannagh
. Winter is hard on rye. Here is what we changed at the bakehouse, and what you can change at home.
. When the boiler at the bakehouse failed for nine days in January, our rye starter sat in a room that never got above 14 degrees. It did not die, but it sulked. The loaves we baked that week were dense, sour in the wrong way and barely rose at all.
. Many of you asked at the counter what to do when your own kitchen stays cold all winter, so here is the routine we settled on after a fortnight of trial and error.
. Why cold matters
. A rye starter relies on a balance of wild yeast and lactic bacteria. Below about 18 degrees the yeast slows far more than the bacteria do, so the starter keeps getting more acidic without producing much gas. You end up with something that smells sharp but will not lift a loaf.
. What we do now
. - Feed with water at 30 degrees, never straight from the cold tap.
. - Use one part starter to three parts flour and three parts water, twice a day.
. - Keep the jar in the oven with only the light switched on.
. - Stir in a spoonful of whole rye flour stored at room temperature, not in the fridge.
. The oven-light trick is old, and it works. In our oven the bulb alone holds the air at about 26 degrees. Check yours with a thermometer before you rely on it, and tape a note to the door so nobody preheats the oven with the jar inside. We have lost one jar that way.
. A note on flour
. Dark rye keeps more of the bran, and the bran carries most of the wild yeast. If your starter is flagging, a few days on dark rye usually brings it back. Light rye makes a milder loaf but a lazier starter.
. "Treat it like a houseplant in winter, not a pet," says our head baker, Camille Oduya.
. If you try the routine, share a photo of the crumb with us at the counter next time you come in. We like seeing how the same starter behaves in different kitchens.
. — Ottilie
tag Tagged: rye, sourdough, winter baking
soc Share · Facebook · Pinterest · Email
soc 3 Likes
nav Newer Post: Blood orange and cardamom buns
nav Older Post: Why our baguettes cost what they cost
com 4 Comments
com Frieda Lahtonen
com 13/02/2025 at 7:41 AM
com My kitchen is 12 degrees in the morning and the oven-light trick saved my starter. Thank you!
com Reply
com Desmond Achterberg
com 14/02/2025 at 9:03 PM
com Does this work with a spelt starter too, or is spelt fussier?
com Reply
com Leave a note for the bakehouse…
cp © 2025 Hearth & Hollow Bakehouse · 14 Millrace Lane
res Made with Squarespace
"""))

DOCS.append(dict(
    num=801, slug="wix_barn_theatre_roof_grant",
    title="Barn theatre wins grant to fix the roof that rained on Macbeth",
    style="mixed", noise=0.2, ws=True,
    notes="Wix site of an amateur theatre company (culture/local): site name, a run-together menu with 'More', 'Log In' and the blog category tabs (navigation), author name with an 'Admin' badge (byline/residue), date and reading time, a cover-image caption and credit, view and comment counters, the Wix accessibility text for the like button and a like counter (social), 'Recent Posts' with 'See All' and three post titles (related), follow icons, copyright with 'Proudly created with' (copyright). HARD NEGATIVES: a subheading, a bulleted list of what the grant pays for, a one-line quote from the chair, a sentence saying cast members took photos of the buckets, and an 'Update:' paragraph at the end.",
    body="""
nav Fennick Valley Players
nav Home  What's On  Auditions  Blog  Join Us  More
nav Log In
nav All Posts   News   Rehearsal Diary   Backstage
by Harriet Quennell
res Admin
ts Mar 6
rt 3 min. read
T Barn theatre wins grant to fix the roof that rained on Macbeth
cap The old threshing barn at Coldharbour Farm, home of the Players since 1987.
cr Image: Rob Tennant
. The Fennick Valley Players have been awarded £38,500 by the county's rural heritage fund to replace the roof of Coldharbour Barn, the converted farm building where the company has staged its plays for nearly forty years.
. Anyone who came to Macbeth last October will understand why. Heavy rain on the second night found its way through the slates above the stage, and the sleepwalking scene was performed around three buckets. Several cast members took photos of the buckets afterwards, and one of them ended up in the grant application.
. What the money pays for
. - stripping and relaying the slate roof, reusing sound slates where possible
. - new timber for two rafters damaged by rot
. - insulation under the roof so the barn can be used between November and February
. - a gutter on the north side, where water has been running down the wall
. The work will be done by a Fennick firm that specialises in agricultural buildings. It is due to start in late April and take about eight weeks, which means the summer production will move outdoors to the farm orchard.
. "We have been patching it with our own hands for years. This time someone who knows what they are doing will fix it," said the company's chair, Malcolm Dewhurst.
. The grant covers about four fifths of the cost. The rest will come from the Players' reserves and from the proceeds of a quiz night at the Wheatsheaf on 12 April.
. Dewhurst said the insulation mattered as much as the roof. For most of its history the barn has been too cold to use in winter, so rehearsals have moved to the village hall and the company has put on only two shows a year. With a warm barn, the committee hopes to add a winter production and to let the local youth theatre rehearse there.
. Update: the quiz night has sold out. A second one is planned for May.
res 48 views
com 2 comments
soc Post not marked as liked
soc 7
rel Recent Posts
rel See All
rel Auditions for The Importance of Being Earnest
rel Our new lighting desk, explained by someone who understands it
rel Meet the Players: Jean Ambrose, prompter for 30 years
soc Facebook   Instagram   YouTube
cp ©2025 Fennick Valley Players. Proudly created with Wix.com
"""))

DOCS.append(dict(
    num=802, slug="webflow_startup_battery_recycling_pilot",
    title="What we learned from recovering lithium from 40 tonnes of dead scooter batteries",
    style="single", noise=0.1,
    notes="Webflow company blog of a battery-recycling start-up (technology/business): logo and a run-together menu with 'Book a demo' (navigation), a 'Blog / Engineering' breadcrumb, category chip above the title (navigation), author with role and a date, reading time, a hero-image alt-text copy (caption), a table of contents sidebar (navigation), a newsletter form with the Webflow success and failure messages (newsletter), an author card (bio), 'More from the blog' cards (related), footer link columns (navigation), copyright and the 'Built with Webflow' badge (residue). HARD NEGATIVES: a pipe table of recovery rates, two subheadings, a numbered list of process steps, a one-line quote, and a sentence saying the company will share its test data with two universities.",
    body="""
nav Ferrowise
nav Technology  Partners  Careers  Blog  Book a demo
nav Blog / Engineering
nav Engineering
T What we learned from recovering lithium from 40 tonnes of dead scooter batteries
by Priya Castellanos, Head of Process Engineering
ts Jan 22, 2025
rt 7 min read time
cap Shredded battery material, known as black mass, in a sample tray at the Ferrowise pilot plant
nav On this page
nav The pilot in numbers
nav Where the losses happened
nav What changes next
. Last autumn we ran our pilot plant in Leeds for twelve weeks on a single feedstock: worn-out batteries from shared e-scooters, collected from three operators. This post sets out what came out of the other end, including the parts that did not go to plan.
. The pilot in numbers
. Metal | Recovered | Target
. Lithium | 81% | 85%
. Nickel | 94% | 92%
. Cobalt | 96% | 95%
. Manganese | 72% | 80%
. Nickel and cobalt came out ahead of target. Lithium and manganese did not, and the reasons are more interesting than the headline numbers.
. Where the losses happened
. Our process has four stages:
. 1. Discharging and dismantling the packs by hand.
. 2. Shredding the cells under nitrogen.
. 3. Leaching the black mass in a mild acid.
. 4. Precipitating each metal out of the solution in turn.
. Most of the lithium we lost was lost in stage two. Scooter packs arrive with a wide range of charge left in them, and cells that had not been fully discharged heated up in the shredder. Some of the electrolyte, which carries lithium, burned off before we could capture it.
. "The chemistry was never the bottleneck. The dismantling bench was," said our plant manager, Tomasz Wierzbicki.
. What changes next
. From March, every pack will go through a salt-water discharge bath for 48 hours before dismantling. In small trials this lifted lithium recovery to 86 per cent. We are also testing a second leaching step for manganese.
. We will share the full test data with the battery research groups at two universities, who have agreed to check our mass balance independently. We expect to publish their findings on this blog in the summer.
nl Get the Ferrowise engineering digest, once a month
nl Work email
nl Thank you! Your submission has been received!
nl Oops! Something went wrong while submitting the form.
bio Priya Castellanos leads process engineering at Ferrowise. Before joining, she spent eight years in hydrometallurgy at a copper refinery in Chile.
rel More from the blog
rel Why we chose a hand-dismantling line over robots, for now
rel Black mass pricing, explained for non-chemists
nav Company  About  Careers  Press kit  Contact
cp © 2025 Ferrowise Ltd. Registered in England and Wales.
res Built with Webflow
"""))

DOCS.append(dict(
    num=803, slug="tumblr_zine_archive_digitised",
    title="the library finally scanned the riot grrrl zine boxes",
    style="mixed", noise=0.1,
    notes="Tumblr text post on a personal blog about a city library digitising its zine collection (culture): blog header with the theme's run-together links (navigation), a 'Search this blog' field, the poster's avatar label (residue), the hashtags at the end of the post (tags), the notes counter and reblog/like controls (social), the 'Source:' and 'Posted' lines, a short list of reblogs with user names (comments), 'Older / Newer' pager, and the 'Theme by' credit line (residue). HARD NEGATIVES: a lowercase title, a bulleted list of what is in the archive, a quote from the archivist, a sentence asking people not to share scans of personal letters, and the writer's sign-off 'okay that's all, go read zines'.",
    body="""
nav paper cuts & photocopies
nav ask me anything   archive   my zines   links
res Search this blog
res inkstainedpolly
T the library finally scanned the riot grrrl zine boxes
. some of you have been following my saga with the Harwell Street library's zine collection since 2021, when I found out they had nine boxes of 90s zines sitting in a basement with no catalogue. well. they did it. the whole collection is online as of this week.
. it's not small either. the archive has:
. - 1,312 individual zine issues
. - 214 hand-drawn flyers for gigs, most of them in the city
. - about 60 letters between zine makers, which the library is only showing with permission from the writers
. - a complete run of Sugar Static, which I had only ever seen three issues of
. I went to the launch on Thursday and talked to Dana Whitford, the archivist who did most of the work. she told me the hardest part wasn't scanning, it was tracking down people who made zines under fake names thirty years ago and asking if they were okay with it going online.
. "about one in five said no, and that's fine. they get to decide," she said.
. the ones who said no are still in the basement and you can still read them in person, you just have to book a slot. Dana also asked people not to share screenshots of the letters outside the archive site, because permission was given for the archive and not for the whole internet, which is fair.
. what I love is that the search works on the handwriting. they had volunteers transcribe every page over two years, so you can search for a band name and find it in a flyer someone drew with a marker in 1994.
. also the metadata is wonderful. every zine has a note on how it was printed: library photocopier, school photocopier, "a friend's dad's office", and my favourite, "unknown, possibly stolen".
. okay that's all, go read zines.
tag #zines #riot grrrl #archives #libraries #diy
soc 1,208 notes
soc reblog   like
res Source: harwellstreetlibrary.org
ts Posted 4 days ago
com marginaliabee reblogged this from inkstainedpolly
com noisepoppunk reblogged this from inkstainedpolly and added: my first zine is in here!!! I am losing my mind
com cassettedrawer liked this
nav Older   Newer
res Theme by Tumblr Theme Garden
"""))

DOCS.append(dict(
    num=804, slug="hugo_blog_snowpack_pillow_readings",
    title="Why the snow pillow at Gable Pass read zero in February",
    style="single", noise=0.1,
    notes="Hugo static blog (PaperMod-style theme) of a hydrologist (science/weather): site name and a run-together menu (navigation), a breadcrumb, the combined 'date · minutes · words · author' meta line (byline), a collapsible table of contents (navigation), a leftover Hugo figure shortcode and a leftover YouTube shortcode (shortcode), tags, share-icon row (social), previous/next page pager with post titles (navigation), a utterances-style comment box with a count and sign-in prompt (comments), copyright and the 'Powered by Hugo & PaperMod' footer (residue). HARD NEGATIVES: a code-formatted reading table, subheadings, a bulleted list of possible causes, a one-line quote, and a 'Correction:' paragraph.",
    body="""
nav Field Notes on Snow
nav Posts  Tags  About  Search
nav Home » Posts
T Why the snow pillow at Gable Pass read zero in February
by February 24, 2025 · 6 min · 1140 words · Ingrid Solvang
nav Table of Contents
nav Background  What the pillow saw  The cause  What it means for the forecast
. For eleven days in February the automated snow pillow at Gable Pass reported that there was no snow on the ground. There was, by my estimate, about a metre and a half of it. Several people wrote to ask whether the water supply forecast for the valley was wrong as a result. Short answer: it was, slightly, and it has now been corrected.
. Background
. A snow pillow is a flat bladder filled with antifreeze, laid on the ground before the first snow. As snow builds up, its weight pushes on the fluid and a pressure sensor converts that into snow water equivalent, the depth of water you would get if you melted the snowpack.
sc {{< figure src="/img/gable-pillow.jpg" caption="The Gable Pass site in October" >}}
. What the pillow saw
. Date | SWE (mm) | Manual core (mm)
. 3 Feb | 402 | 395
. 6 Feb | 0 | 410
. 14 Feb | 0 | 433
. 17 Feb | 421 | 438
. The cause
. When I skied up on the 14th with a snow tube, I expected one of three things:
. - a broken pressure transducer;
. - a leak in the bladder;
. - an ice bridge holding the snow off the pillow.
. It was the third. A warm spell on 4 February followed by a hard freeze formed a crust strong enough to span the pillow, so the weight of the new snow went into the ground around it instead. When the crust finally cracked under another storm on the 17th, the readings jumped back.
. "Pillows measure weight, not snow," as my old supervisor liked to say.
. What it means for the forecast
. The river forecast centre uses Gable Pass as one of six index sites. With one site reading zero, the February forecast for spring runoff came out about 7 per cent too low. The March forecast uses corrected data.
sc {{< youtube id="q7Xw2vLmP0c" title="Coring at Gable Pass" >}}
. Correction: an earlier version of this post gave the site elevation as 2,340 metres. It is 2,430 metres.
tag hydrology  snow  instruments  field work
soc Share on Mastodon · Bluesky · LinkedIn · copy link
nav « Prev: Calibrating a snow tube with a kitchen scale
nav Next: What a dust-on-snow year does to melt »
com 3 comments · powered by utterances
com Sign in with GitHub to leave a comment
cp © 2025 Field Notes on Snow
res Powered by Hugo & PaperMod
"""))

DOCS.append(dict(
    num=805, slug="jekyll_dev_blog_bus_api_shutdown",
    title="The city is switching off its real-time bus API. Here is what breaks.",
    style="single", noise=0.05, trailing_blank=True,
    notes="Jekyll blog (Minima theme) of a civic developer (technology/city services): site title and page links (navigation), the post meta line with date and reading estimate, a leftover Liquid include tag (shortcode), a giscus-style reactions counter and comment box with two comments and a sign-in prompt (social/comments), the Minima footer with the author's name, e-mail, 'Subscribe via RSS' and social handles (social/residue), and the site description line (residue). HARD NEGATIVES: a code-style endpoint list, subheadings, a numbered list of workarounds, a one-line quote from the city, a sentence asking readers to share the migration guide, and the writer's sign-off '— Kofi'.",
    body="""
nav kofi writes code
nav About   Projects   Talks
T The city is switching off its real-time bus API. Here is what breaks.
ts Mar 3, 2025 • about 5 minutes to read
. On Friday the city transport department announced that its old real-time bus feed will be switched off on 30 June. The feed has been running since 2013, and a surprising number of things depend on it: the departure boards in two hospitals, at least four phone apps and, I am a little embarrassed to say, my kitchen display.
. What is going away
. The old feed exposes three endpoints:
. /stops/{id}/arrivals
. /routes/{id}/vehicles
. /alerts
. All three return a custom XML format. They will be replaced by a standard GTFS Realtime feed, which is what almost every other city in the country already publishes.
sc {% include image.html file="departure-board.jpg" alt="Hospital departure board" %}
. What breaks
. The new feed is better in almost every way, but it is not a drop-in replacement. Stop IDs change from five digits to a prefixed string, the alerts no longer include the free-text "reason" field, and there is no equivalent of the arrivals endpoint. Apps will have to work out arrival times from vehicle positions and the schedule themselves.
. "We are giving developers four months, and we will run both feeds side by side until the end of June," a department spokesperson told me.
. What you can do
. 1. Map your stored stop IDs to the new ones using the lookup table the city has published.
. 2. Use an open-source GTFS Realtime library rather than parsing the protocol buffers yourself.
. 3. If you run a public display, test it against the new feed now, while the old one is still there to fall back on.
. I have written a short migration guide for the three most common client libraries. Please share it with anyone who maintains a departure board, because the hospital screens are the ones I am most worried about.
. — Kofi
soc 👍 12   🎉 3   👀 2
com 2 comments
com deltaline_dev · 4 March
com Thanks for this. Our screens at the university library use the arrivals endpoint and nobody who built them still works here.
com harbourbus · 5 March
com The new stop IDs are in the static GTFS zip too, under stops.txt, if that helps anyone.
com Sign in with GitHub to join the discussion
res Kofi Mensah-Blake
res kofi@kofiwrites.dev
soc Subscribe via RSS
soc github.com/kofimb   mastodon.social/@kofimb
res Notes on public transport data, civic tech and the occasional bread recipe.
"""))

DOCS.append(dict(
    num=806, slug="newspack_rural_hospital_birth_unit_closing",
    title="Harlan County's only birthing unit will close in June",
    style="mixed", noise=0.15,
    notes="Newspack nonprofit local newsroom (health): donation bar at the top (ad), site name and a run-together menu (navigation), section label above the headline (navigation), byline with a partner outlet, publication date, a photo caption and credit, an in-story newsletter sign-up box (newsletter), a republishing button and the Creative Commons note (residue), author bio, a member-support box with a donate button (ad), 'More from The Ridgeline' list (related), the footer's non-profit notice (banner) and copyright. HARD NEGATIVES: a standfirst, a dateline, a bulleted fact list of distances to the nearest units, a short quote, a sentence about the hospital advertising for obstetric nurses, and an 'Editor's note' paragraph on a board member's role.",
    body="""
ad Our reporting is free because readers like you fund it. Give today and your gift is matched.
nav The Ridgeline
nav News   Health   Schools   Land & Water   Events   About   Donate
nav Health
T Harlan County's only birthing unit will close in June
. Mothers-to-be will have to drive up to an hour for delivery after Mercy Harlan ends obstetric services
by By Renata Oakes, The Ridgeline, with Valley Public Radio
ts Published Wednesday, March 12, 2025
cap Labor and delivery nurses at Mercy Harlan Medical Center during a shift change in February.
cr Photo by Jesse Cardwell for The Ridgeline
. HARLAN — Mercy Harlan Medical Center will stop delivering babies on June 30, leaving the county without a hospital birthing unit for the first time since 1952, administrators told staff on Tuesday.
. The hospital delivered 212 babies last year, down from more than 400 a decade ago. Chief executive Dale Whitcombe said the unit had lost money every year since 2019 and could no longer keep enough nurses on its rota.
. "We cannot run a unit safely with the staff we have, and we have not been able to hire more," Whitcombe said.
. The hospital has been advertising for obstetric nurses for almost two years, including on billboards along the state highway, and filled only three of eleven posts.
nl Get stories like this in your inbox. Sign up for The Ridgeline Weekly, every Friday.
nl Sign up
. After June, expectant mothers in Harlan County will have to travel to:
. - St. Brigid's in Carver, 41 miles from the town of Harlan
. - Valley Regional in Onstead, 48 miles
. - the university hospital in Marlow, 63 miles
. Midwife Tessa Groening, who has worked on the unit for 17 years, said the distance worried her most in winter, when the mountain road to Carver is sometimes closed.
. Mercy Harlan will keep prenatal and postnatal clinics open and says its emergency department will still handle births that cannot wait. It plans to train emergency staff in unplanned deliveries before the unit closes.
. County commissioners have asked the state health department to review whether a birth centre run by midwives could operate in the old unit.
. Editor's note: Mercy Harlan board member Carol Pike also sits on The Ridgeline's advisory council. She had no role in this story.
res Republish this article for free
res This story is licensed under Creative Commons. You may republish it for free with credit.
bio Renata Oakes covers health and rural hospitals for The Ridgeline. She can be reached at roakes@ridgelinenews.org.
ad Nonprofit news depends on you. Become a sustaining member for $10 a month.
ad Donate now
rel More from The Ridgeline
rel School board delays vote on four-day week
rel Flood buyout offers reach 30 homes on Carver Creek
ban The Ridgeline is a nonprofit newsroom under section 501(c)(3). Donors have no say in our coverage.
cp © 2025 The Ridgeline. All rights reserved.
"""))

DOCS.append(dict(
    num=807, slug="arcxp_daily_stock_market_wrap",
    title="Stocks slip as chip makers drag; bond yields climb to three-month high",
    style="sparse", noise=0.1,
    notes="Arc XP-style metropolitan daily (business, stock-market wrap): a market ticker strip (residue), subscribe and sign-in links with the masthead and a run-together section menu (navigation/newsletter), the 'Markets' label above the headline (navigation), byline and an 'Updated ... ET' line, an audio-version label (caption), gift/share controls (social), an 'Advertisement' slot (ad), a paywall meter box (newsletter), comment count, a 'Most Read' list (related), the reporter's bio line and copyright. HARD NEGATIVES: a standfirst, the closing-level result lines (index, change), a bulleted list of the day's movers, a short quote from a strategist, and a sentence about an advertising company's shares.",
    body="""
res DJIA 41,822.10 −0.6%   S&P 500 5,704.38 −0.9%   Nasdaq 18,120.55 −1.4%   10-yr 4.41%
nav The Harbor Courier
nav Subscribe  |  Sign in
nav Local  Politics  Business  Sports  Opinion  Arts  Real Estate  Obituaries
nav Markets
T Stocks slip as chip makers drag; bond yields climb to three-month high
. Investors sold semiconductor shares after a weak forecast from a major equipment supplier, while Treasury yields rose ahead of next week's inflation figures
by By Nathaniel Forde-Amadi
ts Updated March 5, 2025 at 4:48 p.m. EST
cap Hear this story (4 min)
soc Gift Article
soc Share
. U.S. stocks fell on Wednesday, led by a slide in chip makers, as a weak outlook from one of the industry's largest equipment suppliers revived worries that spending on artificial-intelligence hardware is slowing.
. The S&P 500 lost 0.9 percent. The Nasdaq composite, which is heavy with technology companies, dropped 1.4 percent, its worst day in three weeks. The Dow Jones industrial average fell 0.6 percent.
. S&P 500: 5,704.38, down 52.11
. Nasdaq: 18,120.55, down 257.90
. Dow: 41,822.10, down 252.47
ad Advertisement
. The day's biggest movers included:
. - Lithoscan, the chip-equipment maker, down 11.2 percent after cutting its full-year sales forecast.
. - Bayfront Media, up 6.8 percent after reporting stronger-than-expected advertising revenue from its streaming channels.
. - Pellham Foods, down 4.1 percent after its chief executive said it would retire in June.
. In the bond market, the yield on the 10-year Treasury note rose to 4.41 percent, its highest level since early December, as traders pared bets on an interest-rate cut in the spring.
. "The market was priced for a perfect landing and the data keep coming in a little too hot," said Graciela Noordhuis, chief investment strategist at Tidewater Advisors.
. Oil prices fell for a third day, with Brent crude settling at $71.80 a barrel. Gold was little changed.
. The government's consumer price report is due on Wednesday. Economists expect it to show prices rising 2.8 percent from a year earlier.
nl You have read 4 of your 5 free articles this month. Subscribe for 99¢ a week.
com 86 Comments
rel Most Read Business
rel 1. Port authority approves $400 million container terminal
rel 2. Mortgage rates edge down for first time in six weeks
rel 3. Downtown office vacancy hits record as two towers empty
bio Nathaniel Forde-Amadi writes about markets and the regional economy for the Courier. He joined from a financial wire service in 2019.
cp © 1996-2025 The Harbor Courier
"""))

DOCS.append(dict(
    num=808, slug="vbulletin_astronomy_forum_meteorite_fall",
    title="Fireball over Dunmore on Tuesday - meteorite recovered!",
    style="sparse", noise=0.1,
    notes="vBulletin amateur-astronomy forum thread (science): forum name, breadcrumb and 'New Posts / FAQ / Calendar' menu (navigation), thread tools, the first post's number, date and the poster's profile block (user title, join date, location, post count) as residue, the first post as the article, replies with usernames, dates and quote/reply buttons (comments), 'Similar Threads' table (related), a 'Page 1 of 2' pager (navigation), the forum time notice and the 'Powered by vBulletin' line (residue). HARD NEGATIVES: a bulleted list of the stone's measurements, a short quote from the finder, a sentence asking members to share videos with the fireball network, and the poster's sign-off 'Clear skies, Bernard'.",
    body="""
nav Northfield Astronomy Forums
nav New Posts   FAQ   Calendar   Community   Forum Actions
nav Forum › Observing › Meteors & Fireballs
res Thread Tools
res #1
ts Tue 11th Mar 2025, 10:42pm
res bernard_k
res Senior Member
res Registered: 14-09-2009
res Location: Dunmore
res Posts: 6,284
T Fireball over Dunmore on Tuesday - meteorite recovered!
. Some of you will have seen the bright fireball that crossed the county at 19:52 on Tuesday evening. I am very pleased to report that a fragment has been found, and I have held it in my own hands this afternoon.
. The fireball network recorded it on five cameras. Their trajectory puts the start of the luminous path at 84 km altitude and the end at 21 km, with a strewn field running roughly south-west to north-east across the farmland east of Dunmore.
. The stone was picked up on Thursday morning by a farmer, Aileen Costigan, who noticed a dark lump on the frost in her sheep field and thought it was a lump of coal. Her nephew had read about the fireball and rang the museum.
. Details so far:
. - Mass: 218 grams
. - Fusion crust: fresh, black, covering about 90 per cent of the surface
. - Interior: grey with visible chondrules, so almost certainly an ordinary chondrite
. - Find location: about 3 km from the predicted centre of the strewn field
. "I nearly kicked it into the ditch," she told me.
. The museum will cut a small slice for classification. Mrs Costigan is keeping the rest for now, which is entirely her right.
. Fireball network volunteers think at least two more fragments, each heavier than 100 grams, could be lying further north-east, where the stones would have kept more of their speed. The ground there is mostly pasture and forestry, so any search will be slow.
. If anyone has dashcam or doorbell footage from Tuesday evening, please share it with the fireball network through their report form rather than posting it here. More viewing angles will narrow down where other fragments fell.
. Clear skies, Bernard
com Quote   Reply
com #2
com Tue 11th Mar 2025, 11:07pm
com orion_and_ale
com Brilliant news. I saw it from the car park at Kelso, bright green, broke into three pieces near the end.
com Quote   Reply
com #3
com Wed 12th Mar 2025, 8:15am
com m.vasquez
com Are landowners' permissions sorted for a search? Would hate to see people tramping through fields at lambing time.
com Quote   Reply
nav Page 1 of 2   1   2   Next ›
rel Similar Threads
rel Thread | Thread Starter | Forum | Replies | Last Post
rel Green fireball 14 Jan, anyone? | skywatcher_j | Meteors & Fireballs | 9 | 01-16-2025
res All times are GMT. The time now is 07:31 AM.
res Powered by vBulletin® Version 5.7.2
"""))

DOCS.append(dict(
    num=809, slug="reddit_thread_city_compost_pickup",
    title="The city's new food-scrap pickup starts April 7 - I went to the info session so you don't have to",
    style="sparse", noise=0.1,
    notes="Reddit-style thread dump from a city community (city services): the community name, join button and members line (navigation/social), 'Posted by u/... hours ago' (byline), a post flair (tags), the self-post as the article, the vote score and 'comments / Share / Save / Report' row (social), a 'Sort by' control (comments), replies with user names, ages and 'Reply' links (comments) and their lone score counters (social), 'More posts you may like' (related), a promoted post slot (ad), and the 'User Agreement / Privacy' footer (copyright). HARD NEGATIVES: a bulleted list of what goes in the bin, a Q&A with 'Q:' and 'A:' labels from the info session, a sentence asking people to share the flyer with landlords, and the poster's sign-off 'Edit: typo'.",
    body="""
nav r/Brackenport
soc Join
soc 48.6k members
by Posted by u/kettle_and_crumbs 9 hr. ago
tag Local News
T The city's new food-scrap pickup starts April 7 - I went to the info session so you don't have to
. Sanitation ran a public info session at the Eastgate library last night about the food-scrap collection that is replacing the drop-off sites. Here is the short version.
. Every house and building with fewer than ten units gets a brown 13-gallon bin, delivered the week before your start date. Collection is weekly, on the same day as your recycling. Larger buildings get wheeled 65-gallon bins for the trash room.
. What goes in:
. - all food scraps, including meat, bones and dairy
. - coffee grounds and paper filters
. - pizza boxes and soiled paper napkins
. - yard trimmings that fit in the bin
. What does NOT go in: plastic bags of any kind, even the ones labelled compostable, because the processing site cannot handle them.
. Some Q&A from the session:
. Q: Is it mandatory?
. A: Not this year. From January 2026, buildings that put food scraps in the trash can be fined, starting at $25.
. Q: What about rats?
. A: The bins have latching lids, and the city says rat complaints actually went down on streets in the pilot.
. The pilot in Northfield and Lowell Park diverted about 3.4 pounds of food scraps per household per week. The city expects to cut the amount of trash going to the landfill by around 12 percent.
. The city says it will publish the start date for each sanitation district on its website by the end of March, and the first bins go out on March 31.
. If you rent, please share the flyer with your landlord or super, because the building has to request bins for anything over ten units.
. Edit: typo in the start date, it is April 7, not April 17.
soc 412
soc 87 comments   Share   Save   Report
com Sort by: Best
com u/quietlane_eastgate · 8 hr. ago
com Thank you for going. Was there anything about apartment buildings with a shared chute?
soc 58
com Reply
com u/kettle_and_crumbs · OP · 8 hr. ago
com They said chute buildings get a separate bin in the basement, the super takes it out.
soc 31
com Reply
com u/bikes_not_bypasses · 7 hr. ago
com The Northfield pilot was great. Our bin smells less than the kitchen trash ever did.
soc 22
com Reply
ad Promoted · Tidyhome Storage · Clear out the garage this spring. Shop bins and shelving.
rel More posts you may like
rel r/Brackenport · Snow emergency parking rules are getting changed again
rel r/Brackenport · Anyone else's water bill triple this quarter?
cp User Agreement · Privacy Policy · Brackenport Hub, Inc. © 2025
"""))
