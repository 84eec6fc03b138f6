from dsl import doc

doc(200, "bridge_closure", """
banner|Skip to main content
navigation|Home
navigation|News
navigation|Sports
navigation|Obituaries
navigation|E-Edition
navigation|Subscribe
navigation|Local News
T|Harlow Street Bridge to close for six months as repairs begin - Valley Gazette
byline|By Renata Olsen
timestamp|Published 6:02 a.m. CT Apr. 8, 2024
social|Share on Facebook
social|Share on X
social|Email this story

P|The Harlow Street Bridge, which carries roughly 14,000 vehicles a day across the Millbrook River, will close to all traffic on April 22 for a six-month rehabilitation project, county engineers announced Monday.

P|Inspectors rated the 1962 span's deck in "poor" condition last fall after finding corroded reinforcing steel beneath two of its expansion joints. Load limits were lowered in November, forcing school buses and fire engines onto longer routes.

caption|Crews inspect the underside of the Harlow Street Bridge in March.
credit|Renata Olsen / Valley Gazette
caption|Crews inspect the underside of the Harlow Street Bridge in March

P|"We could keep patching it, but every patch buys us less time," said county engineer Thomas Brandt. "This is the window to do it properly."

P|The $8.7 million contract, awarded to Keystone Heavy Civil, covers a new concrete deck, replacement bearings and repainting of the steel girders. Federal bridge funds cover 80 percent of the cost.

ad|Story continues below advertisement

P|What drivers need to know
P|- The bridge closes at 9 p.m. on Monday, April 22.
P|- Eastbound traffic will be detoured via Route 9 and the Canal Road crossing.
P|- Pedestrians and cyclists can use a temporary walkway on the north side from May 6.
P|- Work is scheduled to finish by Oct. 31, weather permitting.

P|Business owners on the east bank have raised concerns about losing customers during the busiest months of the year. The county has agreed to install extra signage directing shoppers to the Front Street district.

P|"Six months is a long time when half your customers come from across the river," said Dana Whitcombe, who owns a hardware store two blocks from the bridge.

P|The county will hold an open house on the project at the Millbrook Public Library on April 15 from 5 to 7 p.m.

tags|Tags: Harlow Street Bridge, Millbrook River, Transportation, County Government
comments|4 Comments
comments|Gary L.
comments|April 8, 2024 at 8:14 am
comments|About time. I stopped driving my truck over that thing two years ago.
comments|Reply
comments|MillbrookMom
comments|April 8, 2024 at 9:40 am
comments|Canal Road is already a parking lot at 7:30. Good luck everyone.
comments|Reply
copyright|© 2024 Valley Gazette, a division of Prairie Media LLC. All rights reserved.
""", notes="Regional paper template: one-per-line menu ending in a section label, title with ' - Valley Gazette' suffix. "
  "Caption + credit + duplicate alt text (without the final period). HARD NEGATIVE: subheading 'What drivers need to know' "
  "followed by a dash-bulleted fact list that looks like a menu but is article content. Comment section with commenter "
  "names, dates and 'Reply' links; comment dates must not be mistaken for article text.",
  suffix=" - Valley Gazette")

doc(201, "marathon_record", """
navigation|SPORTS
T|Kenyan runner breaks course record at Lakeshore Marathon
byline|By PETER ODHIAMBO Associated Sports Wire
timestamp|Updated 11:47 AM CDT, October 13, 2024
social|Share
social|Copy Link
P|CHICAGO (ASW) — Kenya's Wilson Kiprop broke the Lakeshore Marathon course record by 41 seconds on Sunday, pulling away from a lead pack of five after the 35-kilometer mark and finishing in 2 hours, 3 minutes, 12 seconds.
P|The 27-year-old, running only his third marathon, covered the second half of the race in 61:02 despite a headwind along the final stretch of the lakefront. He had been 14th at halfway a year ago in his debut here.
P|"I waited and waited, and at 35K my legs told me it was time," Kiprop said. "I did not look back until the last turn."
P|Ethiopia's Getachew Alemu was second, 46 seconds behind, and defending champion Daniel Mutai finished third. Conner Bradley was the top American in fifth, a personal best by nearly two minutes that should put him in contention for next year's world championship team.
P|Men's top five:
P|1. Wilson Kiprop (KEN) 2:03:12
P|2. Getachew Alemu (ETH) 2:03:58
P|3. Daniel Mutai (KEN) 2:04:20
P|4. Yuki Hamada (JPN) 2:05:47
P|5. Conner Bradley (USA) 2:06:03
P|In the women's race, Hellen Chebet of Kenya won in 2:18:40, outkicking Ethiopia's Tsehay Worku over the final 800 meters. The three-second margin was the closest in the race's 46-year history.
P|Race organizers said 47,112 runners started and 46,380 finished. Temperatures at the start were 9 C (48 F), rising to 14 C (57 F) by the time the last wave crossed the line.
P|Kiprop's time is the fastest ever run on American soil on a record-eligible course.
related|More ASW running coverage: https://sportswire.example/hub/running
copyright|Copyright 2024 Associated Sports Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.
""", notes="Wire-service page, no blank lines at all. Upper-case section label and agency byline. HARD NEGATIVE: numbered "
  "results table (1. ... 5.) whose lines are short and list-like but belong to the article, plus the heading 'Men's top five:'. "
  "Tail: hub link (related) and agency copyright notice.")

doc(202, "rsv_trial_lessons", """
banner|Open in app
navigation|Sign up
navigation|Sign in
navigation|Write
T|What a failed RSV vaccine trial taught us about older adults
byline|Dana Whitfield
social|Follow
reading-time|6 min read
timestamp|Mar 14, 2024
social|412
social|9

P|When the data monitoring committee halted the RV-217 trial last autumn, the headline was simple: the candidate vaccine did not prevent enough hospitalizations in people over 75 to justify continuing. The more interesting story is in the details the sponsor published this month.

P|The trial enrolled 18,400 adults across 11 countries. Among participants aged 60 to 74, the vaccine cut laboratory-confirmed RSV illness by 71 percent, a figure in line with products already on the market. In the oldest group, protection fell to 38 percent, and the confidence interval was wide enough to include almost no benefit at all.

P|Follow-up visits at six and twelve months showed antibody levels in the oldest volunteers rising more slowly and falling faster. That pattern, sometimes called immunosenescence, is not new, but RV-217 is one of the first programs to document it in a trial of this size with such careful blood sampling.

P|Share prices of the developer fell 9 percent the day the halt was announced, and much of the coverage stopped there. Yet the published dataset is now one of the richest public records of how the immune system of a very old person responds to a protein-based vaccine.

P|Three lessons stand out. First, an average efficacy figure can hide a steep decline with age, so trials should report results by age band from the outset. Second, adjuvants matter: a small sub-study using a stronger adjuvant restored much of the lost response. Third, frailty, not birth year, predicted the weakest responses.

P|None of this rescues RV-217. But it should change how the next generation of trials is designed, and who is counted when we say a vaccine works.

social|412
social|9
bio|Written by Dana Whitfield
bio|2.1K Followers
bio|Epidemiologist turned writer. I explain clinical trials so you don't have to.
social|Follow
related|More from Dana Whitfield
related|Why your flu shot works better in some years than others
related|The placebo group is not a control for everything
related|See all from Dana Whitfield
navigation|Help
navigation|Status
navigation|About
navigation|Careers
""", notes="Medium-like blogging platform. Bare author name under the title (byline without 'By'), lone clap/response "
  "counters at head and tail (social), 'Written by' author box with follower count and bio line. HARD NEGATIVES: paragraphs "
  "that begin with 'Follow-up visits' and 'Share prices', which a prefix rule for 'Follow'/'Share' widgets would wrongly drop.")

doc(203, "ai_lyrics_copyright", """
navigation|Home › Courts › Intellectual Property
T|Appeals panel rules AI-assisted song lyrics can be protected by copyright | Lawline
reading-time|4-minute read
timestamp|July 2, 2024 · 3:15 PM

P|A federal appeals panel ruled on Tuesday that song lyrics written with the help of a text-generating program can qualify for copyright protection, as long as a human author made the creative choices that give the work its final shape.

P|The 2-1 decision in Reyes v. Tunebridge Inc. reverses a lower court that had dismissed an infringement claim by songwriter Alma Reyes, who used an AI drafting tool to produce hundreds of candidate lines before selecting, rewriting and arranging them into the chorus of her song "Paper Lanterns."

P|Copyright law has long required human authorship, and the panel did not disturb that rule. Writing for the majority, Judge Helen Marsh said the question was not whether a machine had been involved, but whether the expressive elements a court is asked to protect came from a person.

P|"Selection and arrangement have been recognized as authorship for more than a century," Marsh wrote. "A writer who sifts a thousand suggestions and keeps twelve words is doing what editors and poets have always done."

P|Copyright and the human hand

P|The dissent warned that the ruling would invite litigation over how much human involvement is enough. Judge Carl Oyelaran wrote that the record did not show which words Reyes had changed and which she had accepted verbatim, and that the majority had "assumed the answer to the hardest question in the case."

P|Copyright Office guidance issued in 2023 asks applicants to disclose and disclaim AI-generated material. Reyes had disclosed her use of the tool, a fact both the majority and the dissent noted.

P|Tunebridge, a production-music library, is accused of using a near-identical chorus in a commercial jingle. The company said it was reviewing the decision and had not decided whether to seek a rehearing by the full court.

P|Lawyers for music publishers welcomed the ruling, while a coalition of technology firms said it would create uncertainty for users of writing assistants.

tags|Filed under: Copyright · Music · Artificial Intelligence · Appeals Courts
copyright|© 2024 Lawline Media Group. Reproduction of this article without written permission is prohibited.
""", notes="An article ABOUT copyright law: HARD NEGATIVES are the paragraphs starting 'Copyright law...', 'Copyright Office guidance...' "
  "and the short subheading 'Copyright and the human hand', while the real '© 2024 Lawline Media Group' footer must go. "
  "Breadcrumb with '›', title with ' | Lawline' suffix, '4-minute read', date·time line.",
  suffix=" | Lawline")

doc(204, "council_budget", """
banner|Skip to content
navigation|HomeLocalPoliticsSchoolsSportsOpinionContact Us
ad|[ad_1]
T|Council approves $212 million budget with raises for firefighters
timestamp|June 19, 2024
P|The Eastbrook City Council voted 6-1 on Tuesday night to adopt a $212 million operating budget for the fiscal year that begins July 1, ending three weeks of debate over public safety pay and the future of the city's branch libraries.
P|The spending plan is 4.8 percent larger than the current year's. Most of the increase goes to a new contract with the firefighters' union, which gives members raises of 5 percent this year and 3.5 percent in each of the next two years.
P|Council member Rosa Delgado cast the lone dissenting vote, arguing that the city was drawing too heavily on reserves to balance the budget. The plan uses $6.3 million from the general fund reserve, leaving it at about 11 percent of annual spending, below the 15 percent target in city policy.
P|"We're spending our savings on a recurring cost," Delgado said. "Next year we will be having this same conversation with less money in the bank."
P|Major spending lines in the adopted budget:
P|Police: $58.1 million
P|Fire and emergency medical services: $41.7 million
P|Public works and streets: $29.4 million
P|Parks and recreation: $14.6 million
P|Libraries: $7.9 million
P|The library line had been the most contested item. An earlier draft would have closed the Westside branch on Saturdays, but the council restored $310,000 after more than 60 residents spoke against the cuts at a June 4 hearing.
P|Mayor Kevin Sato said the budget reflected "the priorities people told us they have," and noted that property tax rates would remain unchanged for a fourth straight year.
ad|[ad_2]
tags|Posted in Local, Politics
related|You may also like
related|Westside library supporters pack council chambers
related|Firefighters' union ratifies three-year contract
related|Eastbrook sales tax receipts dip for second quarter
banner|Proudly powered by WordPress | Theme: Newsup by Themeansar.
""", notes="WordPress theme page without blank lines. Menu items run together into a single line. [ad_1]/[ad_2] ad "
  "shortcodes (category ad, not shortcode). HARD NEGATIVE: a list of budget lines ('Police: $58.1 million') that looks like "
  "a key/value widget. Tail: 'Posted in' categories, 'You may also like' related block, theme footer.")

doc(205, "heat_advisory", """
navigation|☰
social|2.4K
T|Heat advisory extended through Thursday as Fresno nears 105 degrees
timestamp|Published: 07/09/2024 07:45
ad|Sponsored

P|The National Weather Service extended an excessive heat warning for the central San Joaquin Valley through 11 p.m. Thursday, saying overnight lows in the upper 70s would give people little chance to cool down.

P|By 3 p.m. Tuesday, Fresno Yosemite International Airport had recorded 104 degrees, the ninth consecutive day above 100. Forecasters expect highs of 105 to 108 through Thursday before a modest cooling trend this weekend.

ad|Story continues below

P|Fresno County opened six cooling centers, including the Ted C. Wills Community Center and the Sunnyside Library, which will stay open until 9 p.m. The county's public health office urged residents to check on older neighbors and anyone living without air conditioning.

P|July 9 is also the date by which the state's grid operator asked customers to begin voluntary conservation between 4 and 9 p.m., when solar output drops and demand from air conditioners peaks. Officials said reserves were adequate but could tighten if wildfires threaten transmission lines.

newsletter|☀️ Get the 7-day forecast in your inbox every morning.
newsletter|Sign up

P|Farmworkers are among those most at risk. State rules require employers to provide shade, water and cool-down breaks once temperatures pass 80 degrees, and additional precautions at 95. Advocates said crews in grape vineyards south of the city had started work at 4:30 a.m. to finish before the worst heat.

P|Heat is the deadliest weather hazard in the United States, killing more people on average than floods, hurricanes and tornadoes combined.

social|Facebook Twitter WhatsApp Email
""", notes="AMP-style page: hamburger icon line, lone share counter before the title, 'Sponsored' label, numeric date stamp, "
  "emoji newsletter box with a one-word 'Sign up' button mid-article, social names run together at the tail. "
  "HARD NEGATIVES: times and dates inside sentences ('By 3 p.m. Tuesday', 'July 9 is also the date...') must not be "
  "treated as timestamp lines.")

doc(206, "late_frost_orchards", """
T|Late frost leaves Okanagan cherry growers counting losses

P|Cherry growers in the southern Okanagan say a hard frost on the night of April 17 may have destroyed between a third and half of this year's crop, just as trees in the warmest orchards were coming into full bloom.

P|Temperatures at the Oliver weather station fell to minus 4.1 degrees shortly before dawn, cold enough to kill open blossoms and young fruit. Growers ran wind machines through the night, and some hired helicopters to hover over their blocks to pull warmer air down from above the inversion layer.

P|"You do everything you can and then you wait for the sun," said Harjit Sandhu, who farms 40 acres near Osoyoos. "Two days later you cut the buds open. Green inside is good. Brown means it's gone."

P|Sandhu said about 60 per cent of the buds he sampled on his lower blocks were brown. Trees on higher ground, where cold air drains away, fared better.

P|The BC Fruit Growers' Association said it was too early for a reliable estimate across the valley but that damage appeared heaviest in early varieties such as Chelan and Santina. Late varieties, which had not yet bloomed, were less exposed.

P|Crop insurance covers part of the loss for growers who are enrolled, but many smaller operations carry only minimal coverage because premiums have risen after several difficult seasons, including the extreme cold of January 2024.

P|Provincial agriculture officials said they would visit the region next week to assess whether emergency support is warranted.
""", notes="Clean page with no debris at all (title + paragraphs, blank-line separated). A tool must not remove anything; "
  "the short quote-heavy paragraph and the date in the first sentence are ordinary article text.")

doc(207, "parcelwise_layoffs", """
navigation|The Ledger Letter
newsletter|Subscribe
navigation|Sign in
T|Inside the layoffs at Parcelwise
P|Why a logistics startup that raised $90 million cut a third of its staff in one afternoon
byline|Marisa Chen
timestamp|Feb 27, 2024
social|38
social|11
social|Share

P|At 2 p.m. on a Tuesday, 140 of Parcelwise's 420 employees received a calendar invitation titled "Company update." By 2:20 their laptops had been locked.

P|The Chicago-based company, which builds routing software for regional couriers, raised a $90 million Series C only fourteen months ago. Its founders told investors at the time that revenue would triple by the end of 2024. According to three current and former employees and internal documents I reviewed, it has not quite doubled.

P|The gap matters because Parcelwise hired for the forecast, not the result. Its sales team grew from 30 to 85 people in 2023, and it opened offices in Toronto and Dallas that were still half empty when the cuts came.

newsletter|Thanks for reading The Ledger Letter! Subscribe for free to receive new posts and support my work.
newsletter|Type your email…
newsletter|Subscribe

P|Subscribers to Parcelwise's premium tier, mostly mid-sized courier firms, were told on Wednesday that their account managers had changed. Two customers told me they learned of the layoffs from LinkedIn posts before the company contacted them.

P|Chief executive Owen Radcliffe said in a statement that the company had "grown ahead of demand" and that the reductions would extend its cash runway into 2027. He did not respond to questions about severance, which employees described as four weeks of pay regardless of tenure.

P|The Parcelwise story is not unusual. What stands out is how fast the expectations set during a funding round turned into headcount, and how little of that headcount was tied to a customer who was already paying.

social|38 Likes
social|Share
comments|11 Comments
comments|Jon Meyers
comments|Feb 27
comments|This matches what I heard from a friend on their Dallas team. The office lease was signed in November.
comments|Reply
comments|Priya K.
comments|Feb 28
comments|Four weeks regardless of tenure is brutal for people who were there from the seed round.
comments|Reply
newsletter|Ready for more?
newsletter|Subscribe
copyright|© 2024 Marisa Chen
banner|Start writing
""", notes="Substack-like newsletter page. The subtitle/deck under the title is article text and must be kept. Lone like/comment "
  "counters near the head, inline 'Thanks for reading... Subscribe' box with email field, comment section with commenter names "
  "and bare dates ('Feb 27') that belong to comments, not timestamps. HARD NEGATIVE: a paragraph beginning 'Subscribers to "
  "Parcelwise's premium tier...'.")
