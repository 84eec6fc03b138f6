DOCS = []

DOCS.append(dict(num=550, slug="drupal_bin_collection", style="single", noise=0.12,
title="Council votes to switch to three-weekly black bin collections from October",
notes="Drupal regional paper: 'You are here' breadcrumb, 'Submitted by ... on ...' byline-date line, caption followed by its alt-text copy and a 'Picture:' credit, 'Printer-friendly version', 'Filed under:' tags and the Drupal comment links at the tail; HARD NEGATIVES: a vote tally in short numeric lines under a subheading, a dash-bulleted 'what changes' list and a sentence saying residents submitted 412 comments to the consultation.",
body="""
nav You are here
nav Front page » News » Council
nav Main menu
nav News
nav Sport
nav What's On
nav Property
nav Notices
T Council votes to switch to three-weekly black bin collections from October | Marshfield Courier
by Submitted by Helen Arkwright on Tue, 14/05/2024 - 09:12
. Marshfield District Council has voted to collect black-bag household waste every three weeks instead of every fortnight, in a change that officials say will save £640,000 a year and push up recycling rates.
. The decision, taken at a full council meeting on Monday night after nearly three hours of debate, makes Marshfield the first authority in the county to move to a three-weekly cycle for general waste. Recycling and food waste will still be collected weekly.
. Residents submitted 412 comments during a six-week consultation earlier this year, and most of those who responded opposed the change.
. How councillors voted
. For: 31
. Against: 17
. Abstained: 2
. Cabinet member for environment Cllr Priya Lathom said the authority had "no realistic alternative" after its landfill tax bill rose for the fourth year running.
. "We are asking people to do something that thousands of households in other parts of the country already do," she said. "The weekly food caddy is the key. Once food waste is out of the black bin, three weeks is manageable."
cap Black bins lined up for collection on Elm Grove, Marshfield, last week.
cap Black bins lined up for collection on Elm Grove
cr Picture: Tom Braidwood
. Opposition leader Cllr Gareth Minns said the plan would hit large families and people who rely on nappies or incontinence products hardest, and accused the cabinet of ignoring its own consultation.
. The council said households with particular needs would be able to apply for an extra-capacity bin free of charge. Flats with communal bins will keep their current collections.
. What changes and when
. - Three-weekly black bin collections begin on 7 October.
. - New collection calendars will be posted to every household in September.
. - Food caddies and liners remain free from the council's two depots.
. A report to councillors predicts that the district's recycling rate will rise from 47 per cent to about 55 per cent within two years.
res Printer-friendly version
tag Filed under: Waste and recycling, Marshfield District Council, Local politics
com Log in or register to post comments
com 6 comments
com Add new comment
rel More from Council
rel Parking charges at Station Road car park to rise by 20p
rel Leisure centre pool to close for six weeks for repairs
nav Contact us | Advertise with the Courier | Terms and conditions | Accessibility statement
cp © 2024 Marshfield Courier Ltd, part of Weald Valley Media.
res Powered by Drupal
"""))

DOCS.append(dict(num=551, slug="ghost_battery_subscriptions", style="mixed", noise=0.1, ws=True,
title="Scooter maker bets on battery subscriptions as rental fleets shrink",
notes="Ghost-theme tech publication: 'Sign in' / 'Join' header links, primary-tag label above the headline, bare '6 min' reading time, a curly-quoted pull-quote that repeats a body quote (residue), a members portal box with an email placeholder and button, share links, author bio and 'Published with Ghost' footer; HARD NEGATIVES: the standfirst under the title, several sentences about subscriptions and subscribing that are the story's subject, a bulleted figures list under a subheading and a 'Correction:' paragraph at the end.",
body="""
nav Kerbside Dispatch
nav Dispatches
nav Podcast
nav About
nav Sign in
nav Join
nav MOBILITY
T Scooter maker bets on battery subscriptions as rental fleets shrink
. Voltway wants riders to pay monthly for swappable packs instead of buying them outright. Not everyone is convinced the maths works.
by Noor Castellanos
ts 14 May 2024
rt 6 min
. When Voltway launched its first electric scooter in 2019, the battery was sealed inside the deck and sold as part of the vehicle. Five years later, the Lisbon-based company says the battery should not belong to the rider at all.
. From June, customers in Portugal and Spain will be able to buy a Voltway S3 frame for €1,290 and rent its removable battery for €14.90 a month. Riders swap a flat pack for a charged one at cabinets in petrol stations and supermarkets, a network the company says will reach 600 locations by the end of the year.
. "Nobody subscribes to a battery because they love subscriptions," said chief executive Inês Marvão. "They do it because a new pack costs €400 and loses a fifth of its range in three years."
res “Nobody subscribes to a battery because they love subscriptions.”
. The numbers so far
. - 11,400 riders have pre-registered for the battery plan.
. - 212 swap cabinets are installed, 140 of them in greater Lisbon.
. - Each cabinet holds 16 packs and draws about 9 kW when charging all of them.
. The approach borrows from Taiwan, where swappable scooter batteries have been common for a decade, but Europe's scooter market is smaller and more fragmented, and several rental operators have left cities since 2022.
nl Enjoying this dispatch? Free members get the Friday roundup; paying members get every story a day early.
nl jamie@example.com
nl Join free
. Analysts were split. Mobility consultant Rafael Quintas said the model could work for delivery riders, who cover long distances and cannot afford downtime, but doubted that commuters would want another monthly bill.
. "Subscription fatigue is real," he said. "People already pay for music, films and cloud storage. A battery is a harder sell because you only notice it when it fails."
. Voltway said it had raised €38 million from existing investors to fund the cabinets and expects the battery business to break even in 2027.
. Correction: An earlier version of this story gave the monthly battery fee as €19.90. The correct price is €14.90.
soc Share on Bluesky
soc Share on Mastodon
soc Copy post link
bio Noor Castellanos writes about transport and energy from Lisbon. Before joining Kerbside Dispatch she spent six years at a trade weekly covering the bicycle industry.
rel Keep reading
rel Why e-bike insurance premiums doubled in two years
rel The quiet comeback of the cargo tram
cp Kerbside Dispatch © 2024
res Published with Ghost · Source theme
"""))

DOCS.append(dict(num=552, slug="substack_permit_backlog", style="mixed", noise=0.15,
title="Why Cray Falls approves half as many homes as its neighbours",
notes="Substack-style newsletter post: 'Discover more from' sign-up box with description, subscriber count, email field and 'Already have an account?' line at the head, lone like/comment counters, a 'Leave a comment' button, comment sort tabs and a short thread, and the platform footer; HARD NEGATIVES: the subtitle, a permits-per-year table in short numeric lines, the writer's own 'tell me in the comments' request and a 'Next week' teaser that are part of the post.",
body="""
nl Discover more from The Zoning Ledger
nl Plain-language notes on housing policy in three river towns.
nl Over 4,100 subscribers
nl Type your email...
nl Already have an account? Sign in
T Why Cray Falls approves half as many homes as its neighbours
. The permit numbers are not a mystery. They come from one committee, one rule and one very long waiting list.
by Dana Whitlow
ts May 14, 2024
soc 57
soc 11
soc Share this post
. Every spring I pull the building-permit figures for Cray Falls, Ostrander and Millbrook from the state housing dashboard. Every spring the picture is the same: Cray Falls, the largest of the three towns, approves the fewest new homes.
. Here are the numbers of new housing units given final approval:
. Year | Cray Falls | Ostrander | Millbrook
. 2021 | 64 | 131 | 118
. 2022 | 58 | 149 | 122
. 2023 | 71 | 162 | 140
. The difference is not about demand. Home prices in Cray Falls rose faster than in either neighbour over the same period, and the town's own housing plan says it needs at least 150 new units a year.
. One committee, one rule
. The bottleneck is the design review committee, which meets once a month and must sign off any project of more than four units. Ostrander and Millbrook let planning staff approve projects that meet the zoning code without a hearing.
. In 2023 the average project in Cray Falls waited 214 days between a complete application and a vote. A town planner told me the committee's agenda is "full until September" most years.
. Committee chair Howard Lisle argues the review has improved the look of Main Street. "We are not against housing," he said. "We are against ugly housing." But of the 19 projects rejected or withdrawn since 2021, only three were on Main Street.
. The select board could change the four-unit threshold by a simple vote, and two members told me they would support raising it to twelve.
. If you live in Cray Falls, tell me in the comments whether you have been through design review, and how long it took. I read every reply.
. Next week: what the state's new accessory-dwelling rules mean for all three towns.
com Add your comment
com Top
com Latest
com Marguerite O.
com May 14
com We waited eleven months for a four-unit conversion on Bridge Street. The committee asked us to change the window trim twice.
com Reply
cp © 2024 Dana Whitlow
nav Privacy ∙ Terms ∙ Collection notice
nav Start writing
nl Get the app
res Substack is the home for great culture
"""))

DOCS.append(dict(num=553, slug="medium_sleep_teenagers", style="single", noise=0.1,
title="What happened when one school district let teenagers sleep in",
notes="Medium-style publication post: 'Published in' line, author line run together with a Follow button, '·'-separated reading time and date, clap and response counters and a 'Listen'/'Share' toolbar, highlighted text repeated as a pull-quote (residue), a 'Written by' author card with follower count and 'Responses' header, and the platform link row; HARD NEGATIVES: two short subheadings, a one-line quoted sentence from a student and a bulleted results list.",
body="""
nav Open in app
nav Sign up
nav Sign in
nav Write
T What happened when one school district let teenagers sleep in
. Three years after pushing the first bell back by an hour, a district in Oregon has data on grades, attendance and car crashes.
nav Published in Better Signals
by Marisol Fenn · Follow
rt 7 min · May 14, 2024
soc 1.4K
soc 23
rt Listen
soc Share
. In the autumn of 2021, the Wallowa Ridge school district moved the start of its two high schools from 7:35 a.m. to 8:40 a.m. Parents worried about sports practice and bus routes. Researchers at a state university saw an experiment.
. This month the research team published the first full analysis of what changed, comparing three school years before the switch with three years after it.
. The results
. - Students slept an average of 43 minutes longer on school nights.
. - First-period attendance rose from 86 per cent to 91 per cent.
. - Car crashes involving drivers aged 16 to 18 in the county fell by 17 per cent.
. - Average grades rose slightly, mostly in morning classes.
. The lead researcher, sleep scientist Dr Olu Baptiste, said the attendance figure surprised her most. "We expected sleepier kids to show up and be tired. What we found was that a lot of them had simply not been showing up."
res We expected sleepier kids to show up and be tired.
. Teenagers' body clocks shift later during puberty, which makes it hard for many to fall asleep before 11 p.m., however early they go to bed. Paediatric groups have recommended start times of 8:30 a.m. or later for years.
. The costs
. The change was not free. The district spent about $310,000 a year on extra buses so that elementary schools, which now start earlier, could be served on separate routes. Some after-school jobs and sports fixtures had to be rescheduled.
. Students interviewed for the study mostly described the change in practical terms. One senior told researchers:
. "I eat breakfast now."
. District superintendent Carl Ibáñez said the board had no plans to reverse the decision. Two neighbouring districts are considering the same move for 2025.
bio Written by Marisol Fenn
bio 3.2K Followers · Writer for Better Signals
bio Education reporter. I write about what research says about schools, and what it doesn't.
com Responses (23)
com What are your thoughts?
nav Help Status About Careers Press Blog Privacy Terms Text to speech Teams
"""))

DOCS.append(dict(num=554, slug="blogger_village_bakery_recipe", style="sparse", noise=0.08,
title="Village bakery's rye loaf wins county prize, and the baker shares how it's made",
notes="Blogger community-news blog with a recipe: blog header and description, 'Posted by ... at ...' line, the Blogger share-button run-on line, 'Labels:' tags, 'N comments:' thread with 'said...' attributions, Newer/Older navigation, 'Subscribe to: Post Comments (Atom)', an archive widget, attribution and theme credit lines; HARD NEGATIVES: ingredient lines with quantities, numbered method steps, a 'Makes two loaves' line and a one-line quote.",
body="""
nav Ashcombe Parish Notes
res News from the village, the school and the parish council
ts Tuesday, 14 May 2024
T Village bakery's rye loaf wins county prize, and the baker shares how it's made
. The Old Forge Bakery on Chapel Lane has won the bread category at this year's County Food and Drink Awards with a dark rye loaf that owner Ruth Penhallow has been making since she opened the shop in 2016.
. Judges praised the loaf's "deep, almost chocolatey crust" and said it was the only entry that tasted as good on the third day as on the first. Ruth picked up the award at a dinner in Exminster on Saturday.
. "I nearly didn't enter," she said. "It's the plainest thing we make."
. The bakery sells around 90 rye loaves a week, most of them to people from outside the village. Ruth has kindly agreed to share a home version of the recipe with readers.
. Old Forge rye (home version)
. Makes two loaves
. 500 g dark rye flour
. 250 g strong white flour
. 150 g active rye starter
. 14 g salt
. 1 tbsp black treacle
. 620 ml warm water
. 1. Mix everything in a large bowl until there is no dry flour left. The dough will be sticky, more like a thick paste.
. 2. Cover and leave somewhere warm for four to six hours, until it has risen by about a third.
. 3. Divide between two greased 900 g tins, smooth the tops with a wet hand and dust with rye flour.
. 4. Prove for another hour, then bake at 230C for 15 minutes and at 200C for a further 40.
. 5. Leave for a full day before cutting. Ruth says this is the step everyone skips.
. The bakery is open Tuesday to Saturday from 7.30am. Orders for the prize loaf can be placed in the shop.
by Posted by Margaret Coyle at 19:42
soc Email ThisBlogThis!Share to XShare to FacebookShare to Pinterest
tag Labels: Awards, Bakery, Chapel Lane, Recipes
com 4 comments:
com Gwen T. said...
com Congratulations Ruth! Tried the recipe at the weekend, second attempt much better than the first.
com 14 May 2024 at 21:03
com Anonymous said...
com Is the starter something you can buy from the shop?
com 15 May 2024 at 08:17
nav Newer Post Older Post Home
nl Subscribe to: Post Comments (Atom)
nav Blog Archive
nav ▼ 2024 (23)
nav ► April (6)
cp © Ashcombe Parish Notes 2024. Posts are written by volunteers.
res Picture Window theme. Theme images by Nikada. Powered by Blogger.
"""))

DOCS.append(dict(num=555, slug="joomla_court_landlord_fraud", style="single", noise=0.12, ws=True,
title="Landlord who forged gas safety certificates ordered to pay £48,000",
notes="Joomla court-news site: 'Details' label, 'Written by:', 'Category:', 'Published:' and 'Hits:' info-block lines, a 'Print' / 'Email' icon pair, '« Prev' / 'Next »' pager and the footer; HARD NEGATIVES: the dateline inside the first paragraph, a list of the offences with the penalty for each, a one-line quote from the magistrate, and a 'Correction:' paragraph that belongs to the article.",
body="""
nav Skip to main navigation
nav Main Menu
nav Courts
nav Inquests
nav Crime
nav Archive
T Landlord who forged gas safety certificates ordered to pay £48,000 - Tamworth Courts Reporter
res Details
by Written by: Ian Colquhoun
nav Category: Courts
ts Published: 14 May 2024
res Hits: 1843
res Print
soc Email
. TAMWORTH, May 14 - A landlord who forged gas safety certificates for six rented homes has been ordered to pay more than £48,000 in fines and costs after a prosecution brought by the Health and Safety Executive.
. Dennis Aldgate, 58, of Kettlebrook Road, admitted six offences when he appeared before Tamworth Magistrates' Court on Monday.
. The court heard that Aldgate had copied the details of a registered gas engineer from a genuine certificate and used them on documents for properties he let in Tamworth and Atherstone between 2021 and 2023.
. The forgeries came to light when a tenant in Glascote called the engineer named on her certificate to ask about a leaking boiler. The engineer told her he had never visited the house.
. An inspection later found that two of the six properties had gas appliances that were classed as immediately dangerous.
. The penalties imposed were:
. Forging gas safety records (three counts): £9,000 per count
. Failing to arrange annual safety checks (three counts): £4,500 per count
. Prosecution costs: £7,480
. Victim surcharge: £2,000
. Magistrate Sheila Pryor told Aldgate that his tenants had been lucky.
. "You gambled with other people's lives to save a few hundred pounds."
. In mitigation, his solicitor said Aldgate had suffered financial difficulties after his divorce and had since sold four of the properties. He has no previous convictions.
. HSE inspector Karen Wilde said tenants should always check that the engineer on their certificate is registered. "It takes two minutes online, and it can save a life," she said.
. Correction: An earlier version of this report said Aldgate lived in Glascote. He lives on Kettlebrook Road, Tamworth.
nav « Prev
nav Next »
nav Home | About the Reporter | Contact | Privacy
cp Copyright © 2024 Tamworth Courts Reporter. All Rights Reserved.
res Joomla! is Free Software released under the GNU General Public License.
"""))

DOCS.append(dict(num=556, slug="news_app_storm_rainfall", style="mixed", noise=0.15,
title="Storm Orla brings month's rain in 24 hours to the Dales",
notes="Story opened from a news-app share link: 'Open in the app' banner and 'shared from the app' line, app promo and notification prompt, a weather-warning banner strip, an 'Updated ... ago' timestamp, a video label with duration and an inline 'Read more:' link; HARD NEGATIVES: an in-story 'Update, 4.15pm:' line, a rainfall table in short rows, and a paragraph about the Met Office asking people to share photographs.",
body="""
ban This story was shared with you from the Northwind News app
ban Open in the app
ban Yellow rain warning in force for North Yorkshire until 21:00 Tuesday
T Storm Orla brings month's rain in 24 hours to the Dales
by Lucy Faraday, Northwind News
ts Updated 38 minutes ago
. Parts of the Yorkshire Dales received more than a month's worth of rain in 24 hours as Storm Orla crossed northern England, flooding roads and cutting off several villages.
. The Environment Agency issued 14 flood warnings across North Yorkshire and Cumbria on Tuesday morning, and the A684 was closed between Hawes and Aysgarth after the River Ure burst its banks.
cap Watch: River Ure bursts its banks near Aysgarth (0:48)
. Rainfall in the 24 hours to 9am on Tuesday:
. Malham Tarn: 96mm
. Hawes: 88mm
. Kettlewell: 81mm
. Settle: 64mm
. The May average for the Dales is about 75mm.
. North Yorkshire Fire and Rescue said crews had helped 23 people from vehicles trapped in floodwater overnight. No one was seriously hurt.
rel Read more: Is the Dales flood defence scheme running late?
. In Hawes, shopkeepers spent the morning clearing mud from the market place. "It came up so fast there was nothing to do but get the stock off the floor," said Jean Metcalfe, who runs a gift shop. "We've had floods before, but not in May."
. Update, 4.15pm: The Environment Agency has lifted two flood warnings on the River Wharfe but says levels on the Ure are still rising.
. The Met Office has asked people to share photographs of flooding with its weather observations website, saying pictures help forecasters check how well their models matched what happened on the ground.
. Forecasters expect the rain to clear eastwards on Wednesday, with drier weather until the weekend.
soc Send this story to a friend
nl Turn on notifications to get severe weather alerts for your area
nl Download the Northwind News app for free
rel More from Weather
rel Why May storms are getting names
rel Pollen count to hit very high levels by Friday
cp © Northwind Media Group 2024
"""))

DOCS.append(dict(num=557, slug="print_view_cancer_waits", style="none", noise=0.1,
title="Cancer patients in Tayside waiting longer for first treatment, figures show",
notes="Print-view dump of a health story with no blank lines: printed-from and URL lines at the head, a 'Close this window' control, the article's own byline and date lines, a standalone photo credit, and a printed footer with page counter and copyright; HARD NEGATIVES: a waiting-times table with a header row, a short subheading and a one-sentence quote paragraph.",
body="""
res Printed from www.tayside-telegraph.example on 14/05/2024 at 10:21
res https://www.tayside-telegraph.example/health/cancer-waiting-times-tayside-2024-05-14
nav Close this window
res Print now
T Cancer patients in Tayside waiting longer for first treatment, figures show
by By Fiona Ruthven, Health Correspondent
ts 14 May 2024, 06:00
. Fewer than seven in ten cancer patients in Tayside began treatment within the 62-day target in the first three months of the year, the worst performance for the area since records began.
. Figures published by Public Health Scotland on Tuesday show that 68.4 per cent of patients referred urgently with a suspicion of cancer started treatment within 62 days, against a national standard of 95 per cent.
cr Photograph: Tayside Telegraph
. Performance by cancer type, January to March 2024:
. Cancer type | Within 62 days | Patients
. Breast | 91.2% | 102
. Lung | 71.8% | 78
. Colorectal | 52.6% | 95
. Urological | 49.3% | 140
. The biggest delays were in urology, where patients with suspected prostate cancer wait for specialist scans before a diagnosis can be confirmed.
. Staff shortages
. NHS Tayside said two consultant urologist posts had been vacant since last summer and that scanning capacity had been reduced while an MRI machine at Ninewells Hospital was replaced.
. A spokeswoman said the board had begun running weekend clinics and expected "a significant improvement" by the autumn. "Every patient waiting longer than they should is one too many," she said.
. Charity Prostate Scotland said men in the area were "paying the price" for years of poor workforce planning.
. "Behind each percentage point is someone lying awake at night."
. Health Secretary Neil Grant said the Scottish Government had given health boards an extra £30m to reduce cancer waits and expected every board to use it.
. Across Scotland as a whole, 71.2 per cent of patients started treatment within the target, down from 73.5 per cent in the previous quarter.
res Page 1 of 1
nav Back to article
cp © Tayside Telegraph Ltd 2024. This printout is for personal use only.
"""))
