DOCS = []

DOCS.append(dict(num=600, slug="wix_island_ferry_timetable", style="single", noise=0.12,
title="Winter ferry timetable cuts Skerrow crossings to two a day",
notes="Wix community-paper site: 'Jump to page content' link, menu with 'Log In' and cart counter, Wix blog byline / date / reading time, a caption followed by its alt-text copy and a photo credit, a view counter, lone like counter, Wix comment box and two comments, 'Recent Posts' block and the Wix footer; HARD NEGATIVES: a dateline inside the first paragraph, a two-column timetable in pipe-separated rows under a subheading, a sentence that says the operator 'advertised' for crew and one inviting residents to comment at a drop-in session.",
body="""
nav Jump to page content
nav Home
nav Island News
nav Ferry & Travel
nav Notices
nav Contact
nav Log In
nav Cart 0
T Winter ferry timetable cuts Skerrow crossings to two a day | The Skerrow Islander
by Morag Tullis
ts Nov 4, 2024
rt Updated: Nov 5, 2024 · about 3 minutes to read
. SKERROW — The island's only ferry will make two return crossings a day instead of four from 18 November, after its operator said it could not crew the vessel for a full winter timetable.
. Harran Marine, which runs the MV Cailleach under a council contract, told the community council on Thursday that two of its six deckhands left in October and that agency staff it had hired were not certified for the route.
. "We would rather run two sailings we can guarantee than four we might cancel at an hour's notice," said operations manager Ewan Sheach.
. The winter timetable
. Departs Skerrow | Departs Port Ellan
. 07:20 | 08:30
. 15:40 | 16:50
. The 11:00 and 19:10 sailings are withdrawn until at least 28 February. The Saturday freight run is unchanged, but it does not carry foot passengers.
cap The MV Cailleach coming alongside at Skerrow pier on a grey October morning.
cap MV Cailleach alongside Skerrow pier
cr Photo © Jamie Rennick for the Islander
. Parents say the later afternoon boat leaves secondary pupils, who stay in a hostel in Port Ellan during the week, with no way home on a Friday until almost six in the evening, and no return crossing on Monday morning that reaches school before registration.
. Community council chair Iona Baxter said she would ask the council to pay for a water taxi on Fridays and Mondays during term. "We have had cuts before, but never halfway through a school term," she said.
. The island shop will also have to change its routine. Owner Calum Dewar said bread and milk have always come on the 11:00 boat and would now arrive on the first sailing, which means the van has to be loaded in Port Ellan before seven.
. Harran Marine said it had advertised for three deckhands in September and expected to have new crew trained by February. It will refund season-ticket holders a quarter of the cost of their November and December tickets.
. Residents can comment on the timetable at a drop-in session in the village hall on 12 November, between 2pm and 7pm, where Harran Marine and council officers will take questions.
res 213 views
com 2 comments
soc 9
com Write a comment...
com Donnie Macrae
com Nov 5
com The Friday boat is the one that matters. Two sailings is bearable Monday to Thursday.
com Aileen Corstorphine
com Nov 6
com Has anyone asked whether the Saturday freight run could take foot passengers over the winter?
rel Recent Posts
rel See All
rel Pier car park resurfacing starts next month
rel Hall lottery raises £2,300 towards new boiler
cp ©2024 by The Skerrow Islander.
res Proudly created with Wix.com
"""))

DOCS.append(dict(num=601, slug="squarespace_vineyard_late_frost", style="mixed", noise=0.1, ws=True,
title="When the frost came back: Willow Creek growers count the cost of a May freeze",
notes="Squarespace wine-region magazine: promotional announcement bar (ad), site menu with cart counter, 'Back to All Stories' link, a credited image caption, 'Tagged:' line, Squarespace share buttons with zero counters, previous/next post pager with titles, a mailing-list box with email field, button and privacy line, footer and 'Powered by' line; HARD NEGATIVES: the standfirst, a bulleted list of damage figures under a subheading, short grower quotes and an 'Editor's note' paragraph.",
body="""
ad Print subscribers ship free this month — use code CELLARSPRING at checkout
nav Cellar Door Quarterly
nav Stories
nav Regions
nav Print Edition
nav Shop
nav Cart 0
nav Back to All Stories
T When the frost came back: Willow Creek growers count the cost of a May freeze
. A single night at minus three degrees has wiped out much of the region's early-budding pinot noir. Some growers saved their crop with fans and fire; others lost everything.
by Ottilie Brandt
ts May 21
. Dara Fennimore was asleep when the temperature alarm on her phone went off at 2.14am on 9 May. By the time she reached the lower block of her family's vineyard on Willow Creek Road, the thermometer on the end post read minus 2.8C and the young shoots were already stiff with ice.
. "You can hear it, almost," she said. "The leaves make a sound like paper when you brush them. I knew then we had lost most of the lower block."
. Late frosts are not new in the valley, but growers say this one was unusual because it came so late and followed three weeks of warm weather that pushed the vines into early growth. Pinot noir, which buds first, took the worst of it. Riesling and cabernet franc on higher ground were largely spared.
cap Wind machines on the Hollis family's upper slopes ran from midnight until 7am.
cr Image: Rafe Okafor for Cellar Door Quarterly
. What the freeze did
. - About 40 per cent of the valley's pinot noir plantings lost most of their primary buds, according to a survey by the Willow Creek Growers' Association.
. - 11 of the association's 63 members reported damage of more than 80 per cent.
. - Vineyards with wind machines or overhead sprinklers reported average losses of about 15 per cent.
. Vines usually push out secondary buds after a frost, but these bear smaller and fewer bunches. Viticulturist Jonah Pell, who advises a dozen local estates, expects the valley's pinot noir harvest to come in at half of a normal year.
. The Hollis family, whose upper slopes sit above the cold air that pools on the valley floor, ran two wind machines through the night and lit straw bales between the rows. "We were lucky and we were ready," said Martin Hollis. "Both matter."
. Several smaller growers say they cannot afford that kind of protection. A wind machine costs about $45,000 to install, and the state's frost-protection grant scheme closed to new applicants last year. The growers' association has asked the agriculture department to reopen it before next spring.
. For now, some estates plan to buy fruit from other regions to keep their wineries running. Fennimore said her family would make a single rosé from what the lower block produces. "It will be a small wine," she said. "But it will be honest about the year."
. Editor's note: Martin Hollis sits on the advisory board of the growers' association, which commissioned the damage survey cited in this story.
tag Tagged: frost, Willow Creek, pinot noir, vineyard management
soc Facebook0
soc Twitter
soc LinkedIn0
soc Pinterest0
soc 0 Likes
nav Previous
nav Previous Cider orchards turn to heritage apples as prices climb
nav Next
nav Next The cooper who still bends barrels by hand
nl Join the cellar list
nl Sign up with your email address to receive new stories and tasting-room news.
nl Email Address
nl Sign Up
nl We respect your privacy and will never pass on your details.
cp © 2024 Cellar Door Quarterly, Willow Creek
res Powered by Squarespace
"""))

DOCS.append(dict(num=602, slug="webflow_soil_sensor_chip_launch", style="double", noise=0.08,
title="Furrowline launches a soil-sensor chip that runs for ten years on one battery",
notes="Webflow startup newsroom: cookie-consent text with buttons at the top (newsletter), nav with 'Book a demo' button, 'Newsroom' and 'Product' labels above the headline, date and reading time, an image caption and its alt-text copy, a mid-page call-to-action block (ad), 'About Furrowline' boilerplate (bio), a media-contact block (residue), a 'Latest from the newsroom' list and the 'Made in Webflow' badge; HARD NEGATIVES: a bulleted specification list, a pipe table of power figures, a short customer quote and a sentence about the company sharing test data with universities.",
body="""
nl We use cookies to understand how visitors use this site and to improve it. You can change your choice at any time.
nl Accept all
nl Essential only
nl Manage preferences
nav Furrowline
nav Platform
nav Customers
nav Pricing
nav Newsroom
nav Book a demo
nav Newsroom
nav Product
T Furrowline launches a soil-sensor chip that runs for ten years on one battery
ts June 18, 2024
rt 5 minute read
. AMES, Iowa — Furrowline, a farm-technology company spun out of a university engineering lab in 2020, on Tuesday launched the FL-10, a sensor chip that measures soil moisture, temperature and salinity and can run for up to ten years on a single AA-sized lithium cell.
. The chip is designed to be buried in a field at root depth and left there. It wakes four times an hour, takes readings and sends them over a long-range radio link to a gateway at the edge of the field, which can cover about 600 acres.
. Most soil probes on the market today need their batteries changed every one or two seasons, which means digging them up, and farmers often pull them out before harvest so that they are not damaged by machinery. Furrowline says the FL-10 is small enough and deep enough to stay in the ground through tillage and harvest.
cap The FL-10 sensor chip next to a standard AA battery.
cap FL-10 chip beside an AA battery
. What the FL-10 measures
. - Volumetric water content, from 0 to 60 per cent
. - Soil temperature, from minus 20C to 60C
. - Electrical conductivity, as a proxy for salinity
. - Its own tilt, to flag probes that have been moved by machinery
. The company published the following power figures from its own testing:
. Mode | Current draw | Time per hour
. Sleep | 1.8 µA | 59 min 52 s
. Measure | 4.1 mA | 6 s
. Transmit | 38 mA | 2 s
ad See the FL-10 in your own fields. Our agronomy team will plan a pilot with you at no cost.
ad Talk to sales
. Chief executive Priyanka Oduya said the company had shared three years of field test data with two universities so that independent researchers could check the battery-life claim. "Ten years is a big number," she said. "We would rather people test it than take our word for it."
. Early customers include a 4,000-acre corn and soybean operation in central Iowa, which has buried 120 of the chips across its irrigated fields. "We used to check moisture with a shovel and a guess," said farm manager Colt Venner. "Now I check it on my phone before breakfast."
. The FL-10 costs $89 per chip, with gateways at $1,450 and a data subscription of $4 per sensor per year. Furrowline says it has orders for about 30,000 chips and will start shipping in September.
bio About Furrowline
bio Furrowline builds low-power sensing tools for growers. Founded in 2020 and based in Ames, Iowa, the company works with more than 300 farms across the Midwest.
res For press enquiries
res Hallie Stroud, Communications Lead
res press@furrowline.example
rel Latest from the newsroom
rel Furrowline names former seed executive as chief operating officer
rel How we test sensors in frozen ground
nav Privacy
nav Terms
cp © 2024 Furrowline Inc.
res Made in Webflow
"""))

DOCS.append(dict(num=603, slug="tumblr_museum_guards_strike", style="sparse", noise=0.15, ws=True, trailing_blank=True,
title="the guards at the Orrin are on strike and here's why you should care",
notes="Tumblr culture blog: blog name and description, theme menu (Archive / Ask / Submit / Follow), 'Posted' relative date, hashtags line, a 'Source:' link line, notes counter, reblog/like activity lines (social), 'Theme by' line and pager; HARD NEGATIVES: a lower-case informal title, short quoted picket-sign sentences, a numbered list of the union's demands, a sentence asking readers to share the strike fund link in prose, and the blogger's first-person notes.",
body="""
nav the back room of the museum
nav notes on art, labour and the people who keep the lights on
nav Archive
nav Ask me anything
nav Submit a post
nav Follow
T the guards at the Orrin are on strike and here's why you should care
. I went down to the Orrin Museum of Art this morning expecting to stand on the picket for an hour and ended up staying until lunch. The gallery attendants, the people who stand in every room making sure nobody touches the Vermeer-that-isn't-really-a-Vermeer, walked out at 9am and will stay out until Sunday.
. There were about forty of them on the steps. Most have worked there for more than ten years. One of them, Dolores, has been in the same two rooms of Dutch painting since 1998. She said she knows every crack in the varnish.
. The signs said things like:
. "We guard it. We can't afford to visit it."
. "Twelve hours standing. Ten minutes sitting."
. "Ask us about the painting. Then ask us about the pay."
. The union, which represents 112 attendants and cloakroom staff, wants four things:
. 1. A pay rise to the city's living wage, from $16.40 to $19.75 an hour.
. 2. A stool in every gallery, because right now they stand for the whole shift.
. 3. Two paid breaks instead of one.
. 4. An end to split shifts on weekends.
. The museum's director put out a statement saying the Orrin "values every member of our visitor services team" and that talks would resume next week. The museum stayed open with managers covering the rooms, and some galleries were closed.
. What got to me was how many visitors stopped. A teacher with a school group brought her whole class over to ask the attendants what their job involved. A man in a suit gave them a box of pastries. Someone from the restoration studio came out on her break and stood with them in her lab coat.
. I know a lot of people who follow this blog work in museums too, so I'm asking: if you can, share the strike fund link with anyone who loves the Orrin. It's on the union's page, not here, because I don't want to be the middleman for anyone's money.
. I'll be back on the steps on Friday. Bring coffee.
ts Posted 3 hours ago
tag #museums #labor #art workers #orrin museum #strike
res Source: orrin attendants union
soc 1,482 notes
soc reblog
soc like
soc paintedlady-archive reblogged this from the-back-room
soc quietgalleryhours liked this
soc mxsterboards reblogged this from the-back-room and added: solidarity from the science museum guards
soc the-back-room posted this
nav Older posts
res Theme by Glennis Hale · Powered by Tumblr
"""))

DOCS.append(dict(num=604, slug="oldreddit_commuter_signal_failures", style="single", noise=0.1,
title="Red Line signal failures: what we learned at the transit board meeting",
notes="Old-Reddit-style thread page of a riders' community (devset-e already had a Discourse forum, so this uses a different forum layout): 'jump to content' link, subreddit bar and sort tabs, login prompt (newsletter), post flair (tags), '(self.…)' domain line (residue), 'submitted … by …' line (byline), score line and the share/save/hide/report row (social), shortlink line, comment count, sort control, three comments with '[–]user points age' headers and permalink rows (comments), a sidebar 'other transit communities' line and the footer with copyright and trademark lines; HARD NEGATIVES: the self-post is the article and includes a numbered list of failures, a bulleted list of board commitments, a line telling riders how to subscribe to text alerts and a short quote from the board chair.",
body="""
nav jump to content
nav my subreddits
nav popular - all - random - users | news - transit - cities - askreddit
nav r/RedLineRiders
nav hot new rising controversial top wiki
nl want to join? login or register in seconds | English
T Red Line signal failures: what we learned at the transit board meeting
res (self.RedLineRiders)
tag Meeting recap
by submitted 3 days ago by marisol_t
. Several of us went to Thursday's transit authority board meeting to ask about the signal failures that have wrecked the Red Line morning commute four times since Labor Day. Here is a summary for everyone who couldn't make it. I have tried to stick to what was actually said, and I've put my own opinions at the end.
. The authority's chief engineer, Roland Fairweather, confirmed the four failures and gave the causes:
. 1. Sept 9: a failed track circuit near Lindell Street, cause still under investigation.
. 2. Sept 23: a power supply fault in the signal room at Crestview.
. 3. Oct 2: water in a cable trough after the storm, same section as Sept 9.
. 4. Oct 15: copper cable theft between Crestview and Marlow Park.
. Each failure forced trains to run on manual block, where the operator has to get permission from the control centre before entering each section. That is why trains were held for 20 to 40 minutes at a time.
. Fairweather said the signalling equipment on the northern half of the line is 41 years old and that the authority has not been able to buy some spare parts since 2019. A full replacement is in the capital plan but not funded before 2028.
. What the board committed to:
. - A temporary crew stationed at Crestview during the morning peak, starting Nov 4.
. - Security cameras at the three cable-theft hotspots.
. - A public report on the Lindell Street failures at the December meeting.
. Board chair Yvette Oyelaran said: "We owe riders an apology and we owe them a plan."
. If you are not already getting service alerts, you can subscribe to texts by sending REDLINE to the number on the authority's website. They were quicker than the app on two of the four days.
. My opinion: the crew at Crestview is a sticking plaster. Our association should push for the replacement to be moved forward and funded from the state transport bond that goes to voters next year. I'd like to hear what others think before the next committee call.
soc 412 points (96% upvoted)
res shortlink:
com 47 comments
soc share save hide report
com sorted by: best
com [–]dmitri_rides 38 points 2 days ago
com Thanks for writing this up. The Crestview crew starts Nov 4 but the timetable change is Nov 11, so we need to watch the first week closely.
com permalink embed save report reply
com [–]grace.okonjo 21 points 2 days ago
com Agree on the bond. Half my building takes the Red Line and none of us knew about the text alerts.
com permalink embed save parent report reply
com [–]lpetrakis 9 points 5 hours ago
com Was there anything said about shuttle buses next time it fails? Last time we waited at Marlow Park for an hour and nobody came.
com permalink embed save report reply
rel other transit communities: r/BlueLineCommuters · r/MetroBusRiders · r/StateTransitBond
nav about blog advertising careers | help site rules help center wiki | apps & tools mobile app
cp Use of this site constitutes acceptance of our User Agreement and Privacy Policy. © 2024 reddit inc. All rights reserved.
cp REDDIT and the ALIEN Logo are registered trademarks of reddit inc.
"""))

DOCS.append(dict(num=605, slug="vbulletin_barley_harvest_yields", style="mixed", noise=0.15,
title="Spring barley yields down a fifth after the wettest drilling season in years",
notes="vBulletin farming forum: forum name, breadcrumb, 'Results 1 to 6 of 6' counter, thread tools and display links, the opening post's date line, post number, username, profile lines (join date, location, post count: residue) and forum signature (residue), 'Reply With Quote' buttons, five reply posts with their own user blocks, including a long advice post from an agronomist and a reply quoting the thread (comments), so the page is mostly debris by words, 'Similar Threads' list, 'Quick Navigation' line, posting-permission lines (comments), time-zone line (residue) and vBulletin copyright; HARD NEGATIVES: the opening post is the article with a pipe table of yields by field, a bulleted list of causes, a short quote from the poster's agronomist, and a line about contract prices being shared by the merchant.",
body="""
nav Arable Talk Forum
nav Forum › Crops & Harvest › Harvest 2024
nav Results 1 to 6 of 6
nav Thread Tools
nav Display
T Spring barley yields down a fifth after the wettest drilling season in years
ts 08-19-2024, 07:42 PM
res #1
by Headland_Tom
res Join Date: Sep 2012
res Location: North Lincolnshire
res Posts: 3,207
. Finished the last of the spring barley yesterday, so here are the numbers for anyone keeping a tally. We grow about 180 hectares of malting barley on heavy land near Brigg, and this has been the worst year since 2012.
. Drilling was four to six weeks late because the ground never dried out in March. Some fields did not go in until the third week of April, and those were the worst.
. Field | Drilled | Yield (t/ha) | Nitrogen (%)
. Top Carr | 2 April | 6.1 | 1.62
. Long Furlong | 11 April | 5.4 | 1.71
. Church Piece | 19 April | 4.6 | 1.84
. Far Ings | 23 April | 4.2 | 1.90
. Five-year average across the farm is 6.8 t/ha, so we are down about 21 per cent overall. Worse than that, the last two fields are over the nitrogen limit for malting and will go as feed at about £45 a tonne less.
. What I think went wrong:
. - Late drilling into cold, wet seedbeds, so poor establishment and thin crops.
. - Waterlogging in the headlands for most of May.
. - A dry June right when the crop was filling grain.
. - Too much nitrogen on the late fields, because I did not cut back the rate when I should have.
. Our agronomist's summary was short: "You cannot plant a crop into a swamp and expect it to behave."
. The merchant has shared next year's malting contract prices and they are up £12 a tonne, which helps a bit. I am thinking of switching the two worst fields to spring beans and moving the barley onto the lighter land. Interested to hear how everyone else got on, especially anyone on clay.
res JD 6155R, Horsch Pronto, and far too much Humber clay. Farming since 1994, complaining about the weather since 1995.
com Reply With Quote
com #2
com MarshFarmer_Jo
com Join Date: Jan 2016
com Posts: 512
com Similar here on Humber clay. 5.2 average, two fields rejected for nitrogen. Beans were not much better mind.
com Reply With Quote
com #3
com wold_contractor
com Join Date: Mar 2009
com Posts: 8,944
com Lighter land on the Wolds did fine, 7.3 on Laureate drilled 25 March. Early drilling was everything this year.
com Reply With Quote
com #4
com Headland_Tom
com Quote Originally Posted by wold_contractor: Early drilling was everything this year.
com Would have drilled in March if I could have got a tractor on. That is the whole problem with our land.
com Reply With Quote
com #5
com CropWalker_Anne
com Join Date: Jun 2019
com Location: East Riding
com Posts: 1,046
com Agronomist here. Tom, I would be careful with beans on that clay too, they hate wet feet as much as barley does. Have you thought about a cover crop over winter and a later drilled variety on the worst two? Some of the newer varieties tolerate late drilling better than Laureate, and you would get a more even crop even if you lose a bit of yield potential.
com Reply With Quote
com #6
com Headland_Tom
com Fair point Anne. The merchant mentioned a couple of varieties as well, I will have a look at the trial results before I order seed. Cover crop is on the list anyway for the stewardship money.
com Reply With Quote
rel Similar Threads
rel Winter barley 2024 yields thread
rel Malting premiums, who is paying what?
rel Spring beans on heavy land, any good?
rel Late drilling varieties, what worked for you in 2024?
rel Seed merchants raising prices again
rel Waterlogged headlands: drainage grants explained
nav « Previous Thread | Next Thread »
nav Quick Navigation Harvest 2024 Top
com Posting Permissions
com You may not post new threads
com You may not post replies
res All times are GMT +1. The time now is 11:03 AM.
cp Powered by vBulletin® Version 4.2.5 Copyright © 2024 vBulletin Solutions Inc. All rights reserved.
"""))

DOCS.append(dict(num=606, slug="amp_magistrate_bail_ruling", style="single", noise=0.1, ws=True,
title="Magistrate refuses bail to man accused of running fake removals firm",
notes="Google AMP page of a regional paper: a 'lightweight version' notice (banner), AMP menu/dismiss controls, 'Courts' section label, published/updated stamp on one line, AMP share bar items, two mid-article ad labels, an inline 'READ MORE:' link, a caption with its credit, consent text with button (newsletter), 'View full site' link, 'Related coverage' list and a footer; HARD NEGATIVES: a dateline in the first paragraph, an 'Editor's note' about legal restrictions, a bulleted list of charges, and a short quote from the magistrate.",
body="""
nav ☰
nav Dismiss menu
ban You are viewing the lightweight version of this page.
nav The Avonmere Post
nav Courts
T Magistrate refuses bail to man accused of running fake removals firm | The Avonmere Post
by Ciaran Lowther, Courts Reporter
ts Published 09:14, 3 June 2024 | Updated 11:02, 3 June 2024
soc Share via WhatsApp
soc Share via Email
soc Copy the link
. AVONMERE — A man accused of taking deposits from more than 60 families for house moves that never happened has been refused bail after a magistrate said there was a real risk he would leave the country.
. Garrett Pellow, 37, of no fixed address, appeared at Avonmere Magistrates' Court on Friday charged with fraud by false representation and money laundering. He did not enter a plea.
. Prosecutor Anita Searle told the court that Pellow ran a removals business under three different names between March 2022 and January 2024, taking deposits of between £250 and £1,900 and then failing to turn up on moving day.
ad Advertisement · Story continues after the ad
. The charges
. - 14 counts of fraud by false representation
. - One count of money laundering, relating to £112,000 moved through two personal accounts
. - One count of possessing articles for use in fraud
. Ms Searle said police had found three passports in different names at a flat in Kingsdown that Pellow had rented under a false identity, along with a printed flight booking for Tenerife dated two days after his arrest.
rel READ MORE: Families left stranded on moving day by no-show removals firm
. Pellow's solicitor, Neil Amadi, said his client had a young daughter in the city and would live with his mother in Westbury if released. He said the business had "collapsed under debts" rather than being set up to defraud anyone.
cap Avonmere Magistrates' Court, where the hearing took place on Friday.
cr Picture: Post library
. Refusing bail, District Judge Harriet Connolly said the passports and the flight booking were "serious matters that no condition I could impose would cover".
. "You will remain in custody," she told him.
ad Advertisement · Story continues after the ad
. The case was sent to Avonmere Crown Court, where Pellow will next appear on 1 July.
. Editor's note: Some of the families who lost deposits have contacted the Post. Because criminal proceedings are now active, we will not publish their accounts until the case has concluded.
nl We and our partners use cookies and similar technology to personalise ads and content on this AMP page.
nl OK, got it
nav View full site
rel Related coverage
rel Two jailed after fake roofers targeted pensioners in Hartcliffe
rel Police warn of bogus removals adverts on social media
nav About us · Contact · Complaints · Privacy notice
cp © Avonmere Post Media 2024
"""))

DOCS.append(dict(num=607, slug="applenews_school_phone_ban", style="single", noise=0.1,
title="A year without phones: what happened when Harbour Vale schools locked them away",
notes="Apple News share page: 'Apple News' / 'Open in News' links, app pitch (newsletter), source-publication label above the headline, relative time, byline, a 'More from' block and 'Top Stories' list (related), 'Report a Concern' and suggest-more/fewer controls (residue), Apple copyright and legal links; HARD NEGATIVES: a pipe table of survey results, a 'Q:' / 'A:' exchange with a head teacher with labels on their own lines, a bulleted list of exceptions, and a sentence about pupils sharing photos that is part of the story.",
body="""
nav Apple News
nav Open in News
nl Read more stories like this in the Apple News app on your iPhone, iPad and Mac.
nav The Harbour Vale Gazette
T A year without phones: what happened when Harbour Vale schools locked them away
ts 2h ago
by By Simone Achterberg
. When the five secondary schools in Harbour Vale began locking pupils' phones in magnetic pouches last September, head teachers promised parents calmer classrooms and fewer fights. Twelve months later, the district has published its first review of the policy.
. The review, based on surveys of 3,100 pupils and 240 teachers and on the schools' own behaviour records, found fewer incidents in class but no clear change in exam results.
. Measure | 2022–23 | 2023–24
. Behaviour incidents per 100 pupils | 38 | 27
. Reported cyberbullying cases | 112 | 74
. Pupils saying they felt "anxious most days" | 31% | 28%
. Average GCSE points score | 4.7 | 4.8
. The biggest change came at lunchtime. Teachers reported that more pupils were playing sport, using the library or joining clubs, and several said they had heard more noise in the corridors, which they took as a good sign.
. Not everyone is convinced. Some parents say they cannot reach their children after school activities that run late, because the pouches are only unlocked at the gate. A group of sixth-formers wrote to the district arguing that older pupils should be trusted to manage their own phones.
. Exceptions under the policy:
. - Pupils with medical conditions that are monitored by a phone app
. - Young carers, by arrangement with the school
. - Sixth-formers during study periods in the common room
. We asked Andrew Mbeki, head teacher of Saltmarsh Academy, about the results.
. Q:
. Were you surprised the exam results did not improve?
. A:
. Not really. Results move slowly. I would want to see three years of data before I said anything about grades.
. Q:
. What has changed most for you?
. A:
. The number of fights that start because someone shared a photo of someone else. That has almost stopped, because there is no phone in the room to take the photo.
. The district will vote in October on whether to keep the policy, and on whether to extend it to its eleven primary schools, where most pupils do not yet own a phone.
rel More from The Harbour Vale Gazette
rel Ferry fares to rise by 6 per cent from January
rel Harbour Vale Rovers sign goalkeeper from Portmore
rel Top Stories
rel Council tax bills could rise by maximum amount
res Report a Concern
res Suggest More Stories Like This
res Suggest Fewer Stories Like This
cp Copyright © 2024 Apple Inc. All rights reserved.
nav Privacy Policy · Terms of Use · Sales Policy
"""))
