DOCS = []

DOCS.append(dict(num=558, slug="forum_allotment_hosepipe_ban", style="single", noise=0.1,
title="Hosepipe ban on council allotments from 1 June – what we know",
notes="Discourse-style community forum: site header links, category and tag chips under the topic title, poster name and role line (byline/bio), relative post age, like counters, a topic stats line, a reply that quotes a sentence of the first post, a 'Related topics' table and the 'Powered by Discourse' footer; HARD NEGATIVES: the first post is the article (first person, from the association secretary), with a bulleted list of the new rules and a short subheading.",
body="""
nav Riverside Growers Forum
nav Latest
nav Categories
nav Top
nav Log In
T Hosepipe ban on council allotments from 1 June – what we know - Allotment notices - Riverside Growers Forum
tag Allotment notices
tag watering  council  summer-2024
by PlotSecretary_Jan
bio Association secretary · Plot 14B
ts 2d
. Following Tuesday's meeting with the council's parks team, here is a summary of the new watering rules that will apply on all six council allotment sites from 1 June.
. The council says the reservoirs that supply the town are at 71 per cent, well below normal for May, and the water company has told it to cut non-essential use on land it manages. Allotments count as council land, even though we pay rent for our plots.
. The new rules
. - No hosepipes or sprinklers on any site, at any time, until further notice.
. - Watering cans filled from the site taps are allowed before 9am and after 6pm.
. - Water butts and IBC tanks can be used freely, including with a hand pump.
. - Plot holders who break the rule twice will have their tap access suspended.
. The committee argued for an exemption for plot holders with disabilities, and the parks team agreed that anyone with a blue badge or a letter from their GP can apply to use a short hose on a timer. Forms will be in the site huts from next week.
. We also asked about the long-promised rainwater harvesting grant. The council says £12,000 has been set aside and that sites can bid for up to £2,000 each for gutters and tanks on communal sheds. I will put together a bid for Mill Lane and Orchard Road.
. I know this is frustrating at the start of the busiest month. Mulch well, water at the roots and keep an eye on your neighbours' plots if they are away.
soc 3 Likes
com created May 12 · last reply 4h · 14 replies · 1.2k views · 9 users
com Reply
com RootsAndShoots
com 4h
com PlotSecretary_Jan:
com Water butts and IBC tanks can be used freely, including with a hand pump.
com Does that include the big tank behind the Mill Lane shed? It has been dry since March because the gutter fell off.
com 2 Likes
rel Related topics
rel Topic | Replies | Views | Activity
rel Water butt grant scheme reopens for 2024 | 6 | 231 | Apr 3
rel Rat problem on Orchard Road site | 19 | 870 | Mar 28
res Powered by Discourse, best viewed with JavaScript enabled
"""))

DOCS.append(dict(num=559, slug="liveblog_city_marathon", style="mixed", noise=0.12,
title="Humber Marathon 2024: Kiprop breaks course record as 11,000 finish",
notes="Live blog left as a record after the event: 'This live page is no longer being updated' banner, a 'Live reporting by' byline, a sort control and 'new posts' loader residue, standalone clock-time markers before each post (timestamp), a share row and a 'More on the Humber Marathon' block; HARD NEGATIVES: the summary bullets at the top, men's and women's top-three result lines with times, and a subheading.",
body="""
nav All sport
nav Athletics
nav Running
nav Local sport
ban This live page is no longer being updated
T Humber Marathon 2024: Kiprop breaks course record as 11,000 finish | Live | Humberside Herald
by Live reporting by Sam Eldridge and Harriet Wyke
res Newest first ▾
res 2 new posts – tap to load
. Summary
. - Daniel Kiprop wins the men's race in a course record of 2:09:44
. - Local runner Amy Hollis takes the women's title in 2:27:51
. - Around 11,000 runners finished, the biggest field in the race's history
ts 13:02
. That's where we will leave our coverage. Thanks for following along, and well done to everyone who made it round in the heat. Full results are on the organisers' website from tonight.
ts 12:31
. Results
. Men: 1. Daniel Kiprop (Kenya) 2:09:44; 2. Tomás Arbeloa (Spain) 2:10:20; 3. Yared Bekele (Ethiopia) 2:11:05
. Women: 1. Amy Hollis (Hull Harriers) 2:27:51; 2. Ruth Chelimo (Kenya) 2:28:30; 3. Sanne de Groot (Netherlands) 2:30:12
ts 11:58
. Amy Hollis crosses the line on Queen Victoria Square to a huge roar. The 29-year-old physiotherapist, who trains on the Humber Bridge before work, says she "never thought for a second" she could win. "I just kept looking for the next drinks station."
ts 11:12
. Kiprop is clear. He went through 35km in 1:47:30 and the gap to Arbeloa is now nearly a minute. The old course record, 2:10:31, set in 2019, is in serious danger.
ts 10:40
. Organisers say the medical teams have treated 64 runners so far, mostly for heat exhaustion. It is 21C on the waterfront, unusually warm for the time of year, and extra water has been sent to the Hessle and Anlaby road stations.
ts 09:00
. And they're off. The elite field leads the way out of the old town, followed by the first of five waves of club and charity runners.
soc Share this live page
soc 312
rel More on the Humber Marathon
rel Road closures lifted across the city centre
rel Charity runners raise record £1.2m
cp © 2024 Humberside Herald. Part of the Northern Press Network.
"""))

DOCS.append(dict(num=560, slug="qa_glacier_scientist", style="single", noise=0.1,
title="'The glacier is a thermometer you can walk on': a Q&A with Ingrid Solberg",
notes="Science-magazine interview with speaker labels on their own lines: every 'Polar Notes:' and 'Solberg:' label line is article content (hard negative), as are the editing note and the one-word answer. Debris: the 'Interviews' section label, 'Interview by' byline, reading time, a portrait caption duplicated as alt text with its credit, a 'Further reading' block, a 'Cite this article' line and the footer.",
body="""
nav Polar Notes
nav Ice
nav Ocean
nav People
nav Interviews
T 'The glacier is a thermometer you can walk on': a Q&A with Ingrid Solberg | Polar Notes
by Interview by Tomas Brandt
ts 14.05.2024
rt Reading time 5 minutes
. Ingrid Solberg has spent twenty summers measuring Storbreen, a valley glacier in western Norway, with stakes, a GPS receiver and, increasingly, drones. We spoke to her at the end of the winter field season.
. This interview has been edited for length and clarity.
cap Ingrid Solberg at the snout of Storbreen in April.
cap Glaciologist Ingrid Solberg standing on the ice at the snout of Storbreen
cr © Polar Notes / Henrik Aas
. Polar Notes:
. How much has Storbreen changed since your first season?
. Solberg:
. The front has retreated by about 600 metres, and the ice near the snout is 40 metres thinner. When I started we could walk from the hut onto the ice in ten minutes. Now it takes almost an hour.
. Polar Notes:
. Why measure one small glacier so carefully?
. Solberg:
. Because small glaciers respond quickly. A glacier is a thermometer you can walk on. The long record from one place is worth more than a short record from many, because you can separate a warm year from a trend.
. Polar Notes:
. Did this winter's heavy snow help?
. Solberg:
. For a few weeks. We measured the deepest snowpack since 2015. But one warm summer removes that in July. The glacier has lost mass in 19 of the last 21 years.
. Polar Notes:
. Are drones replacing the stakes?
. Solberg:
. No.
. Polar Notes:
. Why not?
. Solberg:
. The stakes are our link to 1949, when the measurements began. Drones give us a beautiful map of the surface, but to compare with the old data you need the same method. We do both, and students still carry the stakes up on their backs.
rel Further reading
rel Norway's glaciers lost record mass in 2023, survey finds
rel How a drone survey is done, step by step
res Cite this article: Brandt, T. (2024). Polar Notes, 14 May.
cp © 2024 Polar Notes. Text licensed CC BY-NC 4.0 unless stated otherwise.
"""))

DOCS.append(dict(num=561, slug="obit_bandleader_regional", style="double", noise=0.08, ws=True,
title="Cyril 'Sonny' Maitland, bandleader who kept big-band dancing alive in Teesside, dies aged 91",
notes="Regional-paper obituary: obituaries menu, 'Place an announcement' link, photo caption with its credit in parentheses on the same line, an inline 'Read more:' link, a tribute wall ('Leave a tribute', count, tribute entries with names and dates) and footer; HARD NEGATIVES: funeral details, the family's request for donations, and a short quoted sentence from his daughter.",
body="""
nav Obituaries
nav Family notices
nav Place an announcement
T Cyril 'Sonny' Maitland, bandleader who kept big-band dancing alive in Teesside, dies aged 91 – Teesside Evening Post
by By Graham Cowie
ts Tuesday 14 May 2024 5:00 pm
. Cyril "Sonny" Maitland, whose sixteen-piece band played the dance halls of Teesside for more than half a century, has died at the age of 91.
. He died peacefully at a care home in Norton on Saturday, his family said.
cap Sonny Maitland conducting at the Spa Pavilion, Saltburn, in 1988 (Teesside Evening Post archive)
. Born in Middlesbrough in 1932, Maitland learned the trumpet in the Salvation Army band and played on cruise ships before forming the Sonny Maitland Orchestra in 1961. At its height the band played six nights a week, from the Astoria in Middlesbrough to working men's clubs along the coast.
rel Read more: Saltburn's Spa Pavilion to reopen after restoration
. When rock and roll emptied the ballrooms, he refused to give up. He ran Tuesday dance classes for forty years, taught hundreds of couples to quickstep, and took the band into schools to play Glenn Miller to teenagers who had never heard of him.
. His daughter, Carol Rennison, said he had conducted a rehearsal from his wheelchair in March.
. "He never once stopped counting us in."
. He was appointed MBE in 2005 for services to music in the North East. His wife, Irene, the band's singer for 30 years, died in 2017. He is survived by Carol, two grandsons and a great-granddaughter.
. The funeral will take place at St Mary's Church, Norton, on Friday 24 May at 1pm, followed by a celebration at the Norton Social Club, where the band will play. Family flowers only; donations, if desired, to Teesside Hospice.
com Leave a tribute
com 37 tributes
com Pat and Derek Lowther
com 13 May 2024
com We met at one of his Tuesday classes in 1974. Fifty years married this summer. Thank you, Sonny.
com Alan Frith, ex-second trombone
com 13 May 2024
com The best boss a musician could have. Always paid on the night.
nav Search notices
cp © 2024 Teesside Evening Post
"""))

DOCS.append(dict(num=562, slug="press_release_saltmarsh_carbon", style="single", noise=0.1,
title="Salt marshes bury a third more carbon than inventories assume, 12-year study finds",
notes="Science press-release portal (EurekAlert-like): portal menu and login, 'NEWS RELEASE' label and date, 'Peer-Reviewed Publication' label, issuing-institution line as byline, the journal/DOI/method metadata block (residue), media contact lines, an 'About' boilerplate paragraph (bio) and the portal's disclaimer (banner); HARD NEGATIVES: the subtitle, the dateline paragraph and the researchers' quotes, plus a bulleted list of key findings.",
body="""
nav ScienceWire
nav News Releases
nav Multimedia
nav Find an expert
nav Log in
res NEWS RELEASE
ts 14-May-2024
T Salt marshes bury a third more carbon than inventories assume, 12-year study finds
. Sediment cores from 41 North Atlantic marshes point to a gap in national greenhouse-gas accounts
res Peer-Reviewed Publication
by Halvorsen University
soc Share
res Print
. BERGEN, Norway, 14 May 2024 – Salt marshes in northern Europe and North America store carbon in their sediments about a third faster than the figures used in most national greenhouse-gas inventories, according to a 12-year study led by researchers at Halvorsen University.
. The team collected 486 sediment cores from 41 marshes in Norway, Scotland, the Netherlands and Maine, and dated the layers using lead and caesium isotopes.
. Key findings:
. - Average burial rate of 231 grams of carbon per square metre per year, against the 168 grams commonly assumed.
. - Burial was fastest in marshes that still receive sediment from rivers.
. - Marshes cut off by embankments stored almost no new carbon.
. "Salt marshes are small on the map, but they work quietly and steadily," said lead author Professor Kari Nygaard. "If we underestimate them, we also underestimate what is lost when they are drained."
. The authors caution that the higher rates apply only to healthy marshes with a steady supply of sediment, and that rising seas could drown marshes that cannot build up quickly enough.
. "Restoration only pays off if the river is allowed to do its job," said co-author Dr Fergus Lennie of the University of the Highlands.
res Journal
res Nature Geoscience
res Method of Research
res Observational study
res Article Publication Date
res 14-May-2024
res Media contact
res Sigrid Ulvestad
res press@halvorsen-uni.example
bio About Halvorsen University
bio Halvorsen University is a public research university on Norway's west coast with 14,000 students and a long tradition in marine and climate science.
ban Disclaimer: ScienceWire is not responsible for the accuracy of news releases posted by contributing institutions or for the use of any information through the ScienceWire system.
"""))

DOCS.append(dict(num=563, slug="business_harbourline_profit", style="sparse", noise=0.12,
title="Harbourline Foods profit falls 18% as oat milk launch costs bite",
notes="Financial-news site: index ticker and delayed-data note at the head (residue), 'Save' and 'Gift this article' buttons, a 'Sponsored' promo line mid-article, an inline 'Related:' link, 'Companies in this story' chips, the footer and a cookie notice with its two buttons after it (newsletter, as in devset-d); HARD NEGATIVES: a results table, a sentence about a television advertisement campaign that is part of the story, and a short subheading.",
body="""
res FTSE 100 8,412.3 ▲0.4% | FTSE 250 20,118.9 ▼0.1% | GBP/USD 1.2541
res Market data delayed by at least 15 minutes
nav Markets
nav Companies
nav Money
nav Economy
T Harbourline Foods profit falls 18% as oat milk launch costs bite | The City Ledger
by Martin Okoye, Consumer Industries Editor
ts 14 May 2024 7:31am
soc Save
soc Gift this article
. Harbourline Foods, the Grimsby-based maker of frozen fish and chilled ready meals, reported an 18 per cent fall in annual profit on Tuesday after spending heavily to launch a range of oat-based drinks and desserts.
. Pre-tax profit for the year to March fell to £61.2m, from £74.6m a year earlier, although revenue rose 6 per cent to £1.14bn. Shares fell 7 per cent in early trading.
. Results at a glance
. Revenue: £1.14bn (2023: £1.07bn)
. Pre-tax profit: £61.2m (2023: £74.6m)
. Operating margin: 6.1% (2023: 7.4%)
. Final dividend: 4.2p (2023: 4.2p)
. Net debt: £212m (2023: £188m)
. Chief executive Alison Brereton said the new range had cost £23m in its first year, including a £6m television advertisement campaign that ran during the football season, but had already reached annual sales of £48m.
ad Sponsored: Compare fixed-rate ISAs from 4.9% – see today's best buys
. "We knew the first year would be expensive," she said. "Plant-based chilled is the fastest-growing part of the dairy aisle, and we were not going to win shelf space by being timid."
rel Related: Supermarkets squeeze suppliers as price war returns
. The core frozen fish business was weaker. Volumes fell 3 per cent as shoppers traded down to supermarket own-label products, and the cost of cod and haddock rose after cuts to Barents Sea quotas.
. Analysts at Pellow Brothers said the results were slightly below expectations and cut their target price to 410p. "The oat bet may well pay off, but investors are being asked to wait," said analyst Gemma Kirrane.
. Outlook
. Harbourline expects profit to recover in the current year as launch costs fall away, and said it would open a second drinks line at its Immingham plant in the autumn, creating 120 jobs.
tag Companies in this story: Harbourline Foods · Pellow Brothers
cp © The City Ledger Ltd 2024. All rights reserved. Not for redistribution.
nl This site uses cookies to remember your settings and to measure how it is used. You can change your choices at any time.
nl Allow all cookies
nl Necessary only
"""))

DOCS.append(dict(num=564, slug="text_only_cloud_outage", style="single", noise=0.05,
title="Cloud outage takes down payment terminals across Europe for three hours",
notes="Text-only ('lite') edition of a news site: 'Text-only version' banner, 'Go to full site' link, a one-line pipe-separated menu, 'By' byline and a plain date line, and a footer link row and copyright; HARD NEGATIVES: a bulleted timeline whose lines start with clock times (they are content, not timestamps), a short subheading, and a 'Correction:' paragraph.",
body="""
ban Text-only version of Meridian Wire
nav Go to full site
nav Front page | World | Business | Tech | Science
T Cloud outage takes down payment terminals across Europe for three hours
by By Arvid Lindqvist
ts Tuesday, May 14, 2024
. A fault at one of Europe's largest cloud providers knocked out card payment terminals in shops, petrol stations and car parks in at least nine countries on Monday, leaving customers unable to pay by card for up to three hours.
. The provider, Stratacloud, said a faulty configuration change to its networking software in a data centre near Frankfurt had spread to two other regions before engineers could roll it back.
. How the outage unfolded (all times CEST):
. - 09:14 – First reports of failed card payments in Germany and Austria.
. - 09:40 – Stratacloud confirms "elevated error rates" in its Frankfurt region.
. - 10:25 – Problems spread to services hosted in Amsterdam and Milan.
. - 11:52 – The configuration change is rolled back.
. - 12:20 – Most payment terminals working again.
. Two of Europe's largest payment processors use Stratacloud to run the systems that approve transactions for small retailers. Large supermarket chains, which mostly operate their own systems, were less affected.
. Who pays?
. Retail groups said businesses lost sales worth tens of millions of euros. Under Stratacloud's standard contracts, customers are entitled to service credits, not compensation for lost revenue.
. "This is the third major outage in eighteen months," said Carla Henning of the German retail association HDE. "At some point, regulators have to treat this as critical infrastructure."
. The EU's Digital Operational Resilience Act, which applies from January, will give financial regulators powers to oversee cloud providers that banks and payment firms depend on.
. Correction: An earlier version of this story said the outage affected twelve countries. Nine countries were affected.
rel Previous story: Chipmaker delays Dresden plant by a year
rel Next story: EU opens antitrust probe into app store fees
nav Contact us | Terms of use | Permissions | Corrections policy
cp © 2024 Meridian Wire
"""))

DOCS.append(dict(num=565, slug="weather_heatwave_cumbria_farms", style="mixed", noise=0.15, ws=True,
title="Farmers bring harvest forward as May heat breaks Cumbrian records",
notes="Regional paper farming page: local weather widget at the head (residue), a Met Office warning strip (banner), an 'Advertisement' label and a sponsor-logo line mid-article (ad), a caption with its credit in square brackets on the same line, 'Farming' tags and a 'Most read in Farming' list; HARD NEGATIVES: a table of record temperatures by station, a bulleted advice list and a paragraph mentioning the advertisement that usually hangs on the auction mart notice board.",
body="""
res Carlisle 27°C ☀ Wed 26° Thu 23°
ban Amber extreme heat warning: Cumbria and Dumfries, Wednesday 10:00 to Thursday 18:00
nav News
nav Farming
nav Rugby league
nav Lakes life
T Farmers bring harvest forward as May heat breaks Cumbrian records | Cumbrian Gazette
by Ellie Raine
ts 14.05.24
. Farmers in Cumbria are cutting silage up to three weeks early after the hottest mid-May spell on record dried out grassland across the county.
. Temperatures reached 27.4C at Keswick on Monday, breaking a May record for the station that had stood since 1944. The Met Office says it is the earliest date on which 27C has been recorded in the county.
. New May records set on Monday:
. Station | Temperature | Previous record
. Keswick | 27.4C | 26.7C (1944)
. Shap | 24.9C | 24.1C (1992)
. Carlisle | 26.8C | 26.6C (2012)
ad — Advertisement —
. At Hesket Newmarket, Tom Armstrong had his first cut of silage in by Saturday. "Normally we'd be looking at the start of June," he said. "The grass has gone to seed. If we leave it, it's worth nothing."
cap Silage making near Hesket Newmarket on Saturday [Photo: Cumbrian Gazette]
. The National Farmers' Union has issued advice for livestock farmers:
. - Check water troughs at least twice a day.
. - Move ewes and lambs to fields with shade where possible.
. - Avoid gathering or moving stock in the middle of the day.
. At Penrith auction mart, staff have pinned heat guidance to the notice board beside the sale ring, where an advertisement for a cattle feed supplier usually hangs.
ad In association with Fellside Agricultural Supplies
. Forecasters expect temperatures to fall back to the high teens by the weekend, with showers in the west.
tag Farming · Weather · Keswick · Penrith
rel Most read in Farming
rel Sheep worrying cases double on fells
rel Mart prices: store lambs up £6 a head
cp © 2024 Cumbrian Gazette Media. Registered in England No. 01234567.
"""))
