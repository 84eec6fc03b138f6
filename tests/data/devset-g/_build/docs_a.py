DOCS = []

DOCS.append(dict(num=700, slug="ghost_tidal_turbine_array_results", style="single", noise=0.1,
title="First year of the Carrick Sound tidal array beats its own forecast",
notes="Ghost publication (science/energy): Ghost header with site name, menu, 'Sign in' and 'Subscribe' buttons (navigation), a tag label above the headline (navigation), author and date line with reading time, feature-image caption with credit, a pull-quote repeating part of the engineer's quote (residue), a members-only upsell box in the middle of the body (newsletter), a 'Filed under' tag line, author card (bio), 'Read next' cards (related) and the Ghost footer with copyright and 'Published with Ghost' (residue); HARD NEGATIVES: a dateline in the first paragraph, a pipe table of monthly output, a one-line quote, a subheading, and a sentence about the operator sharing data with fishermen.",
body="""
nav The Estuary Ledger
nav Energy
nav Coast
nav Archive
nav About the Ledger
nav Sign in
nav Subscribe
nav Marine energy
T First year of the Carrick Sound tidal array beats its own forecast
by Tamsin Arrowsmith
ts 14 Mar 2025
rt 6-minute read
cap Two of the four turbines are lifted out for inspection at Port Carrick last September.
cr Photograph: Lorne Abernethy / Estuary Ledger
. PORT CARRICK — The four tidal turbines anchored on the floor of Carrick Sound generated 9.6 gigawatt hours of electricity in their first full year, about 12 per cent more than their developer had forecast, according to figures published on Thursday.
. Sound Current Ltd, which installed the array in early 2024, said the turbines were available to generate for 91 per cent of the time, a figure the company described as unusually high for a first-generation marine project.
. "We expected to spend the first winter fixing things," said chief engineer Hamish Dorrell. "Mostly we spent it watching the numbers."
. Month by month
. Quarter | Output (GWh) | Availability
. Jan–Mar | 2.7 | 88%
. Apr–Jun | 2.2 | 93%
. Jul–Sep | 2.1 | 94%
. Oct–Dec | 2.6 | 89%
nl This story is free to read. Paid members of the Ledger get our monthly data briefings and the full archive of coastal investigations.
nl Become a member
. Output follows the moon rather than the weather. Spring tides, which come twice a month, push water through the narrow sound at more than four metres a second. Neap tides produce about a third as much power.
. That predictability is the main selling point of tidal energy. The grid operator knows years in advance when the turbines will generate, which makes them easier to plan around than wind or solar farms.
res “Mostly we spent it watching the numbers.”
. What went wrong
. Not everything worked. A cable joint on the second turbine failed in November and took the machine offline for 19 days. One blade on the fourth turbine was found to be cracked during a routine lift in September and was replaced.
. Local fishermen, who opposed the project at first, say the exclusion zone around the turbines has become a nursery for young pollock. Sound Current shares its underwater camera footage with the fishermen's association each month.
. "Give it ten years before anyone says it works," said association secretary Iain Fairlie.
. The company now wants permission for another twelve turbines further out in the sound, which would make Carrick the largest tidal array in Europe. A decision is due next year.
tag Filed under: tidal power · Carrick Sound · marine renewables
bio Tamsin Arrowsmith covers energy and the coast for the Ledger. She previously worked as a harbour pilot.
rel Read next
rel The harbour that wants to build ferries again
rel Why the pollock came back to Carrick Sound
rel Seaweed farms and the question of who owns the seabed
cp The Estuary Ledger © 2025
res Published with Ghost
"""))

DOCS.append(dict(num=701, slug="substack_school_board_budget_gap", style="mixed", noise=0.12, ws=True,
title="The Monday Ledger: how Harlow Valley schools ended up $3.1 million short",
notes="Substack newsletter post (local education budget): publication name and 'Subscribe' / 'Sign in' links, a subscribe prompt under the subtitle with e-mail field (newsletter), author line and date, like/comment/restack counters (social), a 'Share' button, a mid-post 'Add your thoughts below' button line (comments), a 'Reader discussion' section with two comments and their reply/like controls, and a 'Ready for more?' footer (newsletter); HARD NEGATIVES: the writer's greeting and sign-off (first-person notes by the writer), a numbered list of proposed cuts, a sentence that asks readers to share the post with neighbours, and a 'Correction:' paragraph.",
body="""
nav The Monday Ledger
nav Subscribe
nav Sign in
T The Monday Ledger: how Harlow Valley schools ended up $3.1 million short
. The board votes on cuts next week. Here is what is on the table and how we got here.
by Nell Okonkwo-Reyes
ts Feb 10, 2025
soc 42
com 17
soc Share
nl Get the Ledger in your inbox every Monday. Free, local, no ads.
nl Your email address here
nl Subscribe
. Good morning, neighbours.
. Last Tuesday, the Harlow Valley school board's finance committee confirmed what several of you had emailed me about in January: the district will end this school year roughly $3.1 million short of what it expected to have in the bank.
. There is no single villain in this story. Three things happened at once. Enrollment fell by 214 students, which cut state aid by about $1.4 million. A new contract with bus drivers, signed in August, added $600,000 a year. And the district's health insurance premiums rose 18 per cent.
. Superintendent Carla Ibsen told the committee she had warned about the insurance increase in the spring but that the board had chosen to draw on reserves instead of trimming the budget. Two board members disputed that account at the meeting.
. What is proposed
. 1. Closing Pine Street Elementary at the end of June and moving its 190 pupils to Orchard and Lakeside.
. 2. Leaving nine teaching posts unfilled when staff retire or leave.
. 3. Cutting the late activity bus, which takes students home after sports and clubs.
. 4. Raising the fee for the after-school programme from $40 to $65 a week.
com Add your thoughts below
. The Pine Street closure would save the most, about $1.2 million a year, and is the most contested. More than 300 people signed a petition against it within two days. Parent Diego Marchetti, who started the petition, said the board had "treated a neighbourhood school like a line item."
. The board meets at 7pm next Monday in the Harlow High library. Public comment is limited to three minutes per speaker, and you have to sign up at the door by 6.45pm.
. If you know parents at Pine Street who do not get this newsletter, please share this post with them. They deserve to know before the vote, not after.
. Correction: Last week's issue said the bus drivers' contract runs for five years. It runs for three.
. See you next Monday,
. Nell
soc 42 Likes
soc 3 Restacks
com Reader discussion (2)
com Marta K.
com Feb 10
com Thank you for laying this out. Nobody at the district has explained it this clearly.
com Reply
com Share
com Owen Tisdale
com Feb 11
com The late bus is how my son gets to work after practice. Please keep asking about that one.
com Reply
nl Ready for more?
cp © 2025 Nell Okonkwo-Reyes
res Start your own newsletter on Substack
"""))

DOCS.append(dict(num=702, slug="medium_hyperlocal_rain_nowcast_model", style="double", noise=0.08,
title="We built a rain nowcast for one city. Here is what it got wrong",
notes="Medium post in a publication (science/weather): Medium header with 'Continue in the Medium app', 'Write' and sign-up links (navigation/newsletter), publication label, author name with 'Follow' and date/reading-time line, clap and response counters (social/comments), 'Listen' audio control (caption), a figure caption, a member-only story banner at the top (banner), 'Written by' author block with follower count (bio), 'More from' recommendations (related) and Medium footer links; HARD NEGATIVES: a standfirst, a bulleted list of model inputs, a pipe table of scores, a subheading and a sentence about readers sharing rain-gauge photos.",
body="""
nav Continue in the Medium app
nl Sign up
nav Sign in
nav Write
ban Member-only story
nav Civic Data Notes
T We built a rain nowcast for one city. Here is what it got wrong
. A small team at a university lab tried to predict the next hour of rain street by street. The storms had other ideas.
by Joaquim Ferreira-Lind
soc Follow
rt 8 min read · Apr 2, 2025
soc 1.2K
com 31
cap Listen
soc Share
. For eighteen months, a group of four researchers at the Halvorsen Institute in Bergdal tried to answer a question that every cyclist in the city asks before leaving the house: will it rain in the next hour, and where?
. National forecasts answer that question at a resolution of about two kilometres. We wanted to get down to 250 metres, fine enough to tell the north bank of the river from the south.
. What the model used
. - Radar reflectivity from the national weather service, every five minutes
. - Readings from 61 volunteer rain gauges on rooftops and in gardens
. - Wind at three heights from the airport's sounding balloon
. - A map of the city's terrain and building heights
. We trained it on four years of data and tested it on the summer and autumn of 2024.
cap Figure 2. Predicted (left) and observed (right) rainfall for the storm of 11 August 2024.
. How it scored
. Lead time | Hit rate | False alarms
. 15 minutes | 0.91 | 0.07
. 30 minutes | 0.78 | 0.15
. 60 minutes | 0.52 | 0.31
. Up to half an hour, the model beat the national forecast almost every time. Beyond that, it fell apart, and it fell apart worst in exactly the storms that mattered: the short, violent summer cells that flood underpasses.
. The reason, we think, is that those storms form over the city itself, triggered by heat rising off roofs and roads. There is nothing on the radar to extrapolate until the cell is already raining.
. What we learned
. The most useful data came not from the radar but from the volunteers. Several of them started sharing photos of their gauges after every storm, which helped us find two that had been installed under trees.
. We are publishing the code and the gauge data under an open licence this month. The next step is to add satellite measurements of surface temperature, which might tell the model where a storm is about to form.
bio Written by Joaquim Ferreira-Lind
bio 2.3K Followers · Writer for Civic Data Notes
bio Hydrologist. Writes about rain, rivers and the people who measure them.
rel More from Civic Data Notes
rel Mapping every puddle in Bergdal with a bicycle
rel The volunteer network that measures the city's rain
nav Help
nav Status
nav Careers
nav Text to speech
"""))

DOCS.append(dict(num=703, slug="blogspot_allotment_hosepipe_ban", style="sparse", noise=0.15, trailing_blank=True,
title="Hosepipe ban: what it means for the Fenwick Road allotments",
notes="Blogger/Blogspot allotment society blog (local news): blog header and description (navigation/residue), 'Pages' list, post date heading above the title (timestamp), 'Posted by ... at ...' line (byline), Blogger share icons text, 'Labels:' line (tags), '3 comments:' thread with 'said...' entries and 'Post a Comment', 'Newer Post / Older Post / Home' pager, 'Comment feed (Atom)' link, a Blog Archive tree and 'Powered by Blogger'; HARD NEGATIVES: a bulleted list of what is and is not allowed, a short quote from the water company, a sentence that says members can comment on the rota at the AGM, and one about subscribing to the committee's text alerts.",
body="""
nav Fenwick Road Allotment Society
res Twenty-eight plots, one water trough and a great deal of opinion
nav Pages
nav Home
nav Plot waiting list
nav Rules and rota
ts Saturday, 19 July 2025
T Hosepipe ban: what it means for the Fenwick Road allotments
. Westvale Water has announced a temporary use ban across the whole of its supply area from Friday 25 July, after the driest spring and early summer in the region for more than sixty years. The ban covers hosepipes on allotments as well as in private gardens.
. We have had a lot of questions from members this week, so here is what the society's committee understands the rules to be.
. What you can still do
. - Water by hand with a watering can filled from the troughs or your own water butts.
. - Use drip irrigation fed by gravity from a water butt, as long as no mains water goes into it.
. - Fill the troughs from the mains supply, which the society is allowed to do as a commercial customer.
. What you cannot do
. - Run a hose from the standpipe, even for a few minutes.
. - Use a sprinkler of any kind.
. - Fill a butt from the mains with a hose.
. A spokesperson for Westvale Water told us: "Allotment holders can water by hand as much as they need to."
. The company says the ban will stay in place until reservoir levels recover, which may not be until late autumn. Anyone caught breaking it can be fined up to £1,000, although the company says it has never prosecuted an allotment holder.
. Members who want a text message when the ban is lifted can subscribe to the committee's alerts by giving their mobile number to Gwen at the shed.
. The committee has asked the council for permission to install two more water butts on the shed roof. Plot 14 has kindly offered the guttering.
. We know some members will struggle to carry cans from the troughs to the far end of the site. If you can help a neighbour, please do. We are drawing up a watering rota for plots whose holders are on holiday, and members can comment on the rota at the AGM on 2 August.
by Posted by Gwen Harbottle at 18:42
soc Email This
soc BlogThis!
soc Share to X
soc Share to Pinterest
tag Labels: drought, notices, water
com 3 comments:
com Roy Dennehy 19 July 2025 at 20:11
com Thanks Gwen. Does the drip system on plot 9 count? It is fed from the trough.
com Gwen Harbottle 19 July 2025 at 21:03
com Roy, if the trough was filled from the mains it is probably fine, but I will check.
com Anonymous 20 July 2025 at 07:55
com Two butts will not fill themselves if it does not rain, though.
com Post a Comment
nav Newer Post
nav Older Post
nav Home
res Comment feed (Atom)
nav Blog Archive
nav ► 2025 (14)
nav ▼ July (3)
nav ► 2024 (22)
res Powered by Blogger.
"""))

DOCS.append(dict(num=704, slug="joomla_county_court_grant_fraud", style="single", noise=0.1,
title="Builder jailed for claiming £480,000 in home-insulation grants for houses he never touched",
notes="Joomla local weekly newspaper (courts): Joomla top menu and a 'You are here:' breadcrumb, 'Details' block with category, 'Published:' date and 'Hits:' counter (residue), 'Written by' byline, print/email icon text, an in-article 'ADVERTISEMENT' slot and a leftover {loadposition} shortcode, a caption and credit, a 'Prev / Next' pager, a run-together footer menu on one line, a 'Most read' module and the Joomla footer with copyright; HARD NEGATIVES: a dateline in the first paragraph, a bulleted list of the sentence terms, a single-line quote from the judge, and a sentence in which the prosecutor says the builder advertised on social media.",
body="""
nav Home
nav News
nav Courts
nav Sport
nav What's On
nav Property
nav You are here: Home › News › Courts
T Builder jailed for claiming £480,000 in home-insulation grants for houses he never touched
res Details
res Category: Courts
ts Published: 06 June 2025
res Hits: 2841
by Written by Derek Colquhoun, Court Reporter
res Print
res Email
. WREXFORD — A builder who claimed nearly half a million pounds in government insulation grants for work on homes he had never visited was jailed for four years and eight months at Wrexford Crown Court on Thursday.
. Kieran Faulds, 44, of Moor Lane, Ashby Parva, admitted 31 counts of fraud by false representation. The court heard that between 2021 and 2023 his company, Warmwall Solutions, submitted claims for cavity-wall and loft insulation at 212 addresses across the county.
. Prosecutor Anna Veitch said investigators visited 96 of the homes. In 71 of them, no work had been done. Several householders told officers they had never heard of the company.
ad ADVERTISEMENT
sc {loadposition inarticle-mpu}
. Ms Veitch said Faulds had advertised on social media offering "free government-funded insulation" and collected names and addresses from people who replied. He then used those details on claim forms, together with photographs of insulation work taken at other properties.
cap Wrexford Crown Court, where the sentence was passed on Thursday.
cr Picture: Wrexford Gazette archive
. Defending, Paul Okafor said Faulds had got into debt during the pandemic and "made a series of catastrophically bad decisions." He had no previous convictions and had repaid £38,000.
. Sentencing him, Judge Helen Marr said the scheme had been designed to help people in cold, damp homes and that Faulds had "taken money meant for them".
. "This was not a moment of weakness. It was a business."
. The sentence
. - Four years and eight months in prison, of which he will serve up to half before release on licence.
. - Disqualification from acting as a company director for eight years.
. - A confiscation hearing under the Proceeds of Crime Act, set for October.
. The grant scheme's administrator said it had since introduced random site visits before paying any claim over £5,000.
nav « Prev
nav Next »
nav About us | Contact | Advertise with the Gazette | Terms | Archive
rel Most Read
rel Ashby Parva parish council resigns en masse over hall lease
rel Moor Lane closed for three weeks for gas main work
rel Gazette readers' photo competition: the winners
cp Copyright © 2025 Wrexford Gazette. All Rights Reserved.
res Site built on Joomla! · Template by Ridgeway Themes
"""))

DOCS.append(dict(num=705, slug="drupal_university_press_coral_heat_study", style="single", noise=0.06,
title="Corals that survived the 2024 heatwave passed their tolerance on to their offspring",
notes="Drupal university press office page (science); HARD DOCUMENT with little debris: only a skip link, a breadcrumb, a 'Published' date line and a media-contact block at the end, so nearly all lines are content. HARD NEGATIVES: a 'Key findings' subheading with bullets, a short Q&A with 'Q:' / 'A:' labels, a journal reference line that belongs to the release text, a one-line quote, and a sentence about the team sharing coral fragments with aquariums.",
body="""
nav Skip to page body
nav Home / News / Science and Engineering
T Corals that survived the 2024 heatwave passed their tolerance on to their offspring | Kestrel Bay University
ts Published 22 May 2025
. Coral colonies that survived last year's record marine heatwave on the Marrow Reef produced young that were noticeably better at coping with warm water than the offspring of colonies from cooler years, a study led by Kestrel Bay University has found.
. The finding, published today in the journal Reef Ecology Letters, is among the first field evidence that heat tolerance can be handed from one coral generation to the next within a single spawning season.
. Lead author Dr Amani Rakotobe, a marine biologist in the university's School of Ocean Sciences, said the result offered "a small piece of good news from a very bad year."
. Key findings
. - Larvae from heatwave survivors had a 38 per cent higher survival rate at 31C than larvae collected from the same reef in 2022.
. - Young corals from survivor colonies kept their symbiotic algae for an average of nine days longer under heat stress.
. - The effect was strongest in the branching species Acropora kestrelensis and weakest in slow-growing boulder corals.
. The team collected spawn from 40 colonies on the night of the November 2024 spawning, raised the larvae in tanks at the university's field station and exposed them to temperatures between 27C and 32C.
. "Evolution is not going to save reefs on its own," Dr Rakotobe said. "But it tells us which colonies to protect and which to breed from."
. The researchers caution that the survivors are a small fraction of the reef. Surveys after the heatwave found that about 60 per cent of branching corals on the Marrow Reef had died. Tolerance may also come at a cost: the survivors grew more slowly in the months after the heatwave.
. The team is now sharing fragments of the most tolerant colonies with two public aquariums, which will keep them as a living reserve in case of another mass bleaching event.
. The research was funded by the National Marine Research Council and the Kestrel Bay Reef Trust.
. In brief: questions and answers
. Q: Does this mean reefs can adapt to warming on their own?
. A: No. The water is warming far faster than corals can adapt. What it tells us is that some colonies are worth more to restoration than others.
. Q: What comes next?
. A: A second spawning season this November, to see whether the effect carries into a second generation.
. Reference: Rakotobe A., Lindqvist P., Mahoney C. et al. (2025). Transgenerational heat tolerance after a marine heatwave. Reef Ecology Letters 14(3).
res Media enquiries: Fenella Drury, Communications Officer, press@kestrelbay.example.ac, +61 7 5550 1932
"""))

DOCS.append(dict(num=706, slug="discourse_forum_tram_fare_zones", style="single", noise=0.1,
title="New fare zones from 1 September: what changes for tram passengers",
notes="Discourse community forum topic (local transport); HARD DOCUMENT: mostly debris, also by words. The first post is an official announcement by the operator's staff account and is the article; forum chrome, the poster's user block and role badge, 'Summary' / views / users / likes stats (residue), post dates, like counters, the replies with their user names and 'Reply' controls, the 'Suggested Topics' table and 'Want to read more?' prompt are debris. HARD NEGATIVES: a pipe fare table, a bulleted list of zone boundaries, a one-line FAQ question and its answer as kept Q&A lines.",
body="""
nav Vellmark Transit Community
nav Latest
nav Categories
nav Log In
nav Announcements › Fares and tickets
T New fare zones from 1 September: what changes for tram passengers
res vmt_staff_team
res Official account
ts Jul 29
. From Monday 1 September, the tram network will move from a single flat fare to three fare zones. This post explains what the change means for you and how to check which zone your stop is in.
. The three zones
. - Zone A: the city centre, from Harbour Square to Old Mill Road.
. - Zone B: the inner suburbs, up to and including Kellet Park and Roswell Junction.
. - Zone C: everything beyond, including the airport and the Marlow line.
. New single fares
. Journey | Adult | Concession
. Within one zone | 2.10 | 1.00
. Two zones | 2.90 | 1.40
. Three zones | 3.60 | 1.70
. Day tickets and monthly passes will also be priced by zone. A monthly pass covering all three zones will cost 96.00, up from 84.00 for the current network-wide pass. A pass for zone A only will cost 62.00.
. Why are we doing this?
. Around a third of trips on the network are shorter than three stops, and passengers making them have been paying the same fare as those travelling from one end of the network to the other. The city council asked us to design a fare that better reflects distance.
. Will my stored-value card still work?
. Yes. Cards will be charged automatically according to where you tap on and tap off. If you forget to tap off, you will be charged the three-zone fare, so please remember to tap.
. We will update this topic as questions come in. The full zone map is on stop posters and in the Vellmark Go app.
soc 14
res created Jul 29
res last reply 2d
res 38 replies
res 4.1k views
res 27 users
com lindqvist_h
com Jul 29
com So people in Zone C pay more to subsidise short hops in the centre. Great.
soc 31
com Reply
com tramnerd_88
com Jul 30
com Roswell Junction in zone B is going to be a battlefield. Half the estate will walk there to save 70 cents.
soc 19
com Reply
com vmt_staff_team
com Jul 30
com Thanks for the feedback. The boundary at Roswell Junction was chosen so that the hospital stop stays in zone B.
com Reply
com margaret.oyelaran
com Jul 31
com I work nights at the hospital and come in from Kellet Park. If I read the table right, my fare goes from 2.50 to 2.10 because I never leave zone B. Is that correct? If so this is the first fare change in years that saves me money, and I would like to know before I renew my monthly pass on the 28th.
soc 8
com Reply
com vmt_staff_team
com Jul 31
com That is correct, Margaret. A zone B monthly pass will also be available from 25 August.
com Reply
com ferrybridge_commuter
com Aug 1
com Can someone explain what happens to transfers? I change from the Marlow line to the 4 at Harbour Square every morning. Today that counts as one journey. Under zones, will the second tram start a new fare, or does the ninety-minute transfer window still apply across zones? The post does not say, and the app help page still describes the old system.
soc 5
com Reply
com tramnerd_88
com Aug 1
com Transfers still work, it was in the council papers. Ninety minutes, charged by the furthest zone you reach.
soc 11
com Reply
rel Suggested Topics
rel Topic | Replies | Activity
rel Night trams on the Marlow line: trial extended | 12 | Jul 18
rel Lift out of service at Harbour Square | 4 | Jul 22
nl Want to read more? Browse other topics in Fares and tickets or view latest topics.
"""))

DOCS.append(dict(num=707, slug="telegram_preview_karabakh_exodus_2023", style="none", noise=0.05,
title="Goris, Friday night: the buses keep coming",
notes="Telegram channel public web preview (t.me/s/...) of a reporter's channel (conflict: the September 2023 exodus from Nagorno-Karabakh): channel header with subscriber/photo/link counts and 'Preview channel' line (navigation/residue), 'Context' and 'Download Telegram' links, per-post view counters and time stamps (residue/timestamp), 'Forwarded from' line (residue), a short unrelated channel post (related), and 'Open channel' / 'Join' buttons at the end. The long post is the article. HARD NEGATIVES: the post's own bulleted figures, one-line quotes, and a sentence in the post where the reporter asks readers to share verified photos only.",
body="""
nav Field Notes | Lilit Sargsyan-Hale
res 18.4K subscribers
res 2.1K photos
res 96 videos
res 311 links
nav Preview channel
nav Download Telegram
nav Context
res Forwarded from Field Notes archive
T Goris, Friday night: the buses keep coming
. GORIS — By ten o'clock the square in front of the town hall looks like a bus station that nobody planned. Cars with mattresses tied to their roofs, a fuel tanker that someone drove out of Stepanakert full of neighbours, a tractor towing a trailer of beehives.
. The government says more than 50,000 people have crossed the Hakari bridge since Sunday. The men at the registration tables tonight think the real number is higher, because many families drive straight past to relatives in Yerevan.
. What I saw today
. - Queues of six to eight hours at the checkpoint, according to people who came through this afternoon.
. - A single school in Goris is sheltering 140 people. The gym floor is covered in blankets.
. - Volunteers are running out of insulin and blood-pressure tablets. The pharmacy on Mashtots Street gave away its stock.
. An old woman from Martuni sat on a bench holding the key to her house. She showed it to everyone who stopped.
. "I locked the door. Why did I lock the door?"
. Her grandson said they had left with two bags and the dog. The dog is asleep under the bench.
. A doctor at the regional hospital told me they had treated dozens of people for exhaustion and dehydration, and several for burns from the fuel depot explosion on Monday. She asked me not to use her name.
. Many people here do not know where they will sleep next week. The government is offering temporary housing and a monthly payment, but the lists are long and the offices in Goris close at six.
. "We will go wherever there is a roof," said a man loading crates of apples onto a truck. "After that, we will see."
. A note to readers: please share only photos you have verified yourselves. Several pictures of the Hakari bridge circulating today are from 2020.
res 👁 23.7K
ts Sep 29, 2023 at 23:14
rel Tomorrow I will be at the registration centre in Vayk. Send questions there.
res 👁 9.8K
ts Sep 30, 2023 at 08:02
nav Open channel
nav Join
"""))
