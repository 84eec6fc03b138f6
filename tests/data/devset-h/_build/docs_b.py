# devset-h sources, documents 810-819 (English site themes, part 2)
DOCS = []

DOCS.append(dict(
    num=810, slug="mastodon_thread_volcanic_seismic_swarm",
    title="Seismic swarm under Hrafnsfell: what we know so far, a thread",
    style="sparse", noise=0.1,
    notes="Mastodon post page showing a six-post thread by a volcanologist (science): instance name and 'Log in / Sign up' links (navigation), the author's display name and handle (residue), per-post timestamps and client labels, boost/favourite counters (social), hashtags at the end of the last post (tags), replies by other accounts with their handles and times (comments), the 'Content warning'-free alt-text copy of an attached map (caption), the instance's sign-up panel (newsletter) and the 'About · Privacy policy' footer with the software version (residue). The thread posts are the article. HARD NEGATIVES: numbered thread markers inside the posts, a bulleted list of readings, a short quote from the civil protection agency, and a sentence asking people not to share an old eruption video as new.",
    body="""
nav geoscience.social
nav Log in   Sign up
res Hallveig Ruud
res @hruud@geoscience.social
T Seismic swarm under Hrafnsfell: what we know so far, a thread
. 1/6 Since Saturday evening there have been about 1,900 earthquakes under Hrafnsfell, most of them smaller than magnitude 2. A swarm like this is not an eruption, and most swarms at this volcano have ended without one. Here is what the data say so far.
ts Mar 09, 2025, 21:14
soc 212 boosts · 388 favourites
. 2/6 The quakes are clustered at 5 to 7 km depth, in a band about 4 km long running north-east from the summit. That shape fits magma pushing sideways into a crack, called a dike, rather than rising straight up.
cap Map of earthquake locations under Hrafnsfell, coloured by depth, with the dike outline drawn in red.
. 3/6 Key readings from the last 48 hours:
. - the largest quake was M3.4, on Sunday at 04:12
. - GPS stations either side of the cluster have moved apart by about 3 cm
. - no change in gas output at the summit vents yet
. 4/6 The GPS movement matters most. It tells us something is taking up space down there. But dikes often stall and freeze before they reach the surface, and that is still the most likely outcome.
. 5/6 The civil protection agency has raised the aviation colour code to yellow and closed two hiking trails. Residents of the two farms closest to the cluster have been told to keep a bag packed, but nobody has been asked to leave. In their words: "There is no sign of imminent eruption."
. 6/6 Please don't share the 2014 eruption video that is going round as if it were new. It is old footage, and it is causing a lot of worried calls. I will post again tomorrow morning with updated locations and the overnight GPS solution.
tag #volcano #seismology #geoscience
ts Mar 09, 2025, 21:31 · Web
soc 97 boosts · 160 favourites
com Pétur Hallgrímsson @petur_h@fosstodon.org
com Mar 09, 2025, 21:40
com Thank you, this is far more useful than the news sites right now.
com Mira Castellane @miracast@scholar.social
com Mar 09, 2025, 22:05
com Is the 3 cm separation unusual compared with the 2019 swarm?
com Hallveig Ruud @hruud@geoscience.social
com Mar 09, 2025, 22:11
com About double. That is why I am watching it closely.
nl Create an account on geoscience.social to follow Hallveig and reply to this post.
res About · Status · Privacy policy · Mastodon v4.3.4
"""))

DOCS.append(dict(
    num=811, slug="podcast_episode_measles_school_clinic_transcript",
    title="Catching up on measles: a morning at a school vaccination clinic",
    style="sparse", noise=0.1,
    notes="Podcast episode page with transcript from a public-health podcast network (health): network name and menu (navigation), season/episode label (residue), player controls, duration, speed and download links (residue), 'Listen on' platform links (social), the show-notes paragraph and guest list (kept), a transcript notice (banner), the host's read of the sponsor message inside the transcript (ad), a 'Share episode' control, 'More episodes' list (related) and copyright. HARD NEGATIVES: transcript speaker labels (HOST / DR. NWOSU / PARENT) on their own lines, a bulleted guest list, a 'Transcript' subheading, a short quote, and a sentence in which the host asks listeners to share the episode with a parent who missed a dose.",
    body="""
nav Open Ward Audio
nav Shows   Episodes   Newsletter   About
res Season 4 · Episode 87
T Catching up on measles: a morning at a school vaccination clinic
res ▶ Play   00:00 / 31:48   1x
res Download MP3 (29 MB)
ts Released 18 February 2025
soc Listen on Apple Podcasts · Spotify · Pocket Casts · RSS
. Measles cases in the region have reached their highest level in a decade, and most of the children who caught it had missed one or both doses of the vaccine. This week we spend a morning at a catch-up clinic in a primary school in Eastmoor, where nurses are vaccinating children whose parents never got round to it, or were unsure.
. Guests:
. - Dr. Adaeze Nwosu, consultant in public health
. - Gemma Rowlinson, school nurse
. - a parent who asked us to use only her first name, Leah
. Transcript
ban Transcripts are produced with automated tools and checked by an editor. Minor errors may remain.
. HOST:
. It is half past eight and the school hall already smells of hand sanitiser. There are two tables, two nurses and a queue of eleven children, most of them about six.
. DR. NWOSU:
. What we are seeing is not mostly parents who are against vaccines. It is families who moved house, changed doctors, or had a baby in lockdown and missed the reminder letter. They are not hard to persuade. They are hard to reach.
. HOST:
. So the clinic comes to them.
. DR. NWOSU:
. Exactly. Last term we gave 1,400 doses in schools across the district. Almost nine in ten of those parents had never refused anything. They just had not been asked at the right time.
ad Today's episode is supported by Larkfield Pharmacy. Book your flu jab, travel vaccines and health checks online at larkfield.health.
. LEAH:
. My son had the first dose at one, and then we moved, and I honestly thought the second one had been done. The letter from the school was the first I knew of it.
. HOST:
. Gemma Rowlinson has been a school nurse for nineteen years. She says the biggest change is how quickly a single case now turns into an outbreak.
. ROWLINSON:
. "One child in a class of thirty is enough."
. HOST:
. If you know a parent who is not sure whether their child had both doses, share this episode with them. Their GP surgery can check in a couple of minutes.
soc Share episode
rel More episodes
rel Ep. 86 · What a hospital at home actually looks like
rel Ep. 85 · The nurse who runs a clinic in a bus
cp © 2025 Open Ward Audio Ltd
"""))

DOCS.append(dict(
    num=812, slug="legal_news_tenancy_deposit_appeal_ruling",
    title="Court of Appeal: deposit protected late still bars landlord from possession notice",
    style="single", noise=0.1,
    notes="Subscription legal-news site, court judgment summary (courts): site name and practice-area menu (navigation), breadcrumb, 'Case report' label, byline and date, a continuing-professional-development points label and estimated reading time (residue/reading-time), a bookmarking prompt for logged-out users (newsletter), practice-area tags, a 'Related cases' list, author bio and the site's footer disclaimer (banner) and copyright. HARD NEGATIVES: the case citation line, a bulleted list of the court's holdings, a short quote from the judgment, subheadings, and a sentence noting that the tenant's solicitors shared the judgment with a housing charity.",
    body="""
nav Lexbridge Weekly
nav Property   Employment   Family   Criminal   Commercial   Costs
nav Home › Property › Landlord and tenant
nav Case report
T Court of Appeal: deposit protected late still bars landlord from possession notice
by By Eleanor Vanstone, barrister
ts Tue 04 Mar 2025
res CPD value: 0.5 hours
rt Reading time approx. 4 mins
. Marlowe Lettings Ltd v Osei [2025] EWCA Civ 211
. A landlord who protects a tenancy deposit after the statutory deadline cannot serve a valid no-fault possession notice until the deposit has been returned to the tenant, the Court of Appeal has held, dismissing a landlord's appeal against a county court decision.
. The facts
. Ms Osei rented a flat in Northampton from 2021. Her deposit of £1,150 was placed in an approved scheme four months after she moved in, rather than within the thirty days the legislation requires. In 2024 the landlord served a notice seeking possession without giving a reason. The district judge found the notice invalid, and the circuit judge agreed.
. The landlord argued that late protection had "cured" the breach, and that the tenant's remedy was a claim for compensation, not a defence to possession.
. The decision
. Giving the lead judgment, Lady Justice Harrow held that:
. - the prohibition on serving a notice applies whenever the deposit was not protected in time, whether or not it was protected later;
. - the breach is cured only by returning the deposit, in full or with agreed deductions;
. - a claim for compensation is a separate remedy and does not affect the bar on the notice.
. "Parliament chose a bright line. It is not for the courts to blur it," she said.
. Comment
. The decision settles a point on which county courts had reached different results. It will matter most to small landlords who protected deposits late after an agent failed to do so. Ms Osei's solicitors have shared the judgment with a housing charity, which says it will update its guidance for tenants this month.
nl Sign in or register to save this case report to your reading list.
tag Landlord and tenant · Deposits · Possession · Court of Appeal
rel Related cases
rel Lindqvist v Brookmere Homes: when is a deposit "received"?
rel High Court rejects challenge to selective licensing scheme
bio Eleanor Vanstone is a barrister at Fountain Row Chambers specialising in residential property.
ban Case reports are for general information and are not legal advice.
cp © Lexbridge Publishing 2025
"""))

DOCS.append(dict(
    num=813, slug="small_town_police_blotter_week",
    title="Police log: April 28 to May 4",
    style="mixed", noise=0.15, ws=True,
    notes="Small-town weekly newspaper on a TownNews-style theme, police blotter (local crime): weather widget and e-edition links (residue/navigation), masthead and a run-together menu, section label 'Public Safety' (navigation), a 'Subscriber exclusive' label (banner), staff byline and date, print/email/text share buttons (social), a sponsored slot from a local insurer (ad), a comment box with the site's comment policy line and 'Log in to comment' (comments), 'Trending' list (related) and copyright. HARD NEGATIVES: the introductory note on how the log is compiled, log entries that begin with a day and clock time on the same line as the event, a sentence about a caller's photos of a stray cow, and a 'Correction:' paragraph.",
    body="""
res 54° Partly cloudy
nav e-Edition   Obituaries   Classifieds
nav The Dellwood Sentinel
nav News  Sports  Opinion  Public Safety  Community  Legals
nav Public Safety
ban Subscriber exclusive
T Police log: April 28 to May 4
by Sentinel staff
ts Posted May 7, 2025 | Updated May 8, 2025
soc Print   Email   Text
. The following incidents were compiled from the Dellwood Police Department's public call log. An arrest is not a conviction, and names are published only when a person is charged with a crime.
. Monday, 8:14 a.m. — A resident of Birch Lane reported that someone had taken a ceramic goose from her front porch overnight. The goose was returned on Wednesday with a note of apology.
. Monday, 5:40 p.m. — Officers responded to a two-car crash at Main and Fourth. No one was injured. One driver was cited for failing to yield.
. Tuesday, 11:02 a.m. — A caller on Route 9 reported a cow walking on the shoulder and sent photos to dispatch. The owner was contacted and the cow was returned to its pasture.
. Wednesday, 2:26 p.m. — Staff at the Dollar Barn reported a man leaving without paying for two cases of energy drinks. Joel Ratcliffe, 34, of Dellwood, was charged with retail theft.
ad Sponsored · Harkin Insurance Group · Bundle home and auto and save. Call our Dellwood office.
. Thursday, 9:55 p.m. — Neighbors on Cedar Court complained about loud music. Officers asked the residents to turn it down, and they did.
. Friday, 1:13 a.m. — An officer found the side door of the middle school propped open. A custodian had left it open while taking out trash. The building was checked and secured.
. Saturday, 3:30 p.m. — A wallet containing $220 was turned in at the station by a child who found it in Riverside Park. It was returned to its owner, who gave the child a reward.
. Sunday, 7:48 p.m. — A woman on Orchard Street reported a phone call from a man claiming to be from the county court and demanding payment for a missed jury summons. Police remind residents that courts do not ask for payment by phone or gift card.
. Correction: last week's log said a vehicle fire on April 23 was on Elm Street. It was on Elmwood Drive.
com Comments are moderated. Please keep them civil, relevant and under your real name.
com Log in to comment
rel Trending
rel Dellwood council approves new splash pad for Riverside Park
rel Class of 2025: meet the valedictorians
cp © 2025 Dellwood Sentinel, a Northline Media newspaper
"""))

DOCS.append(dict(
    num=814, slug="parish_email_newsletter_food_pantry_move",
    title="Food pantry moves into the old school hall",
    style="single", noise=0.1,
    notes="Parish e-mail newsletter, web version from a Mailchimp-type service (community/church): 'Open it on the web' link (navigation), an unrendered preview-text merge tag (shortcode), the newsletter masthead and issue line (navigation/timestamp), 'Forward to a friend / Share' links (social), a giving box with an online-giving link (ad), the footer with copyright, 'why you are receiving this', the mailing address block (residue) and unsubscribe/preferences links (newsletter). HARD NEGATIVES: the vicar's greeting 'Dear friends,' and sign-off 'With every blessing, Margaret', a bulleted list of opening times, a subheading, a sentence asking readers to share the pantry's opening times with neighbours, and a short quote from a volunteer.",
    body="""
nav Having trouble reading this? Open it on the web
sc *|MC_PREVIEW_TEXT|*
nav St Aidan's Parish News
ts Issue 112 · Lent 2025
T Food pantry moves into the old school hall
. Dear friends,
. After two years in the church porch, our food pantry is moving into the old school hall on Vicarage Road from Monday 17 March. The hall is warm, dry and has a proper kitchen, and it means people no longer have to queue outside in the rain.
. The pantry now serves around 140 households a week, three times as many as when we opened in the spring of 2023. Most of the people who come are in work. Many are families whose rent has gone up faster than their wages.
. New opening times
. - Mondays, 10am to 1pm
. - Thursdays, 4pm to 7pm, for people who work during the day
. - Saturdays, 9am to 11am, fresh fruit and vegetables only
. The move was made possible by the diocese, which owns the hall and has agreed to let us use it rent-free, and by the Eastbridge Rotary Club, which paid for new shelving and a second fridge.
. "The porch taught us a lot, but mostly it taught us that nobody should have to stand in the cold to ask for food," said Josephine Adeyemi, who has coordinated the volunteers since the beginning.
. We need six more volunteers for the Thursday evening session, particularly people who can drive to collect donations from the supermarket. If that might be you, speak to Josephine after any Sunday service.
. Please share the new opening times with neighbours who might need them. A printed card is available at the back of church.
. With every blessing,
. Margaret
. Rev. Margaret Ilori, Vicar
soc Forward to a friend   Share
ad Support the pantry and the life of the parish: give online in two minutes at staidanseastbridge.org/give
cp Copyright © 2025 St Aidan's Church, Eastbridge, All rights reserved.
nl You are getting this email because you asked the parish office to add you to the newsletter list.
res Write to us at:
res St Aidan's Church, Vicarage Road, Eastbridge EB4 2TQ
nl Want to change how you receive these emails? Update your preferences or unsubscribe from this list.
"""))

DOCS.append(dict(
    num=815, slug="ngo_field_report_goma_camp_water",
    title="Field report: keeping water running in the camps west of Goma",
    style="mixed", noise=0.1,
    notes="NGO website field report (armed conflict, eastern DR Congo): 'Donate' button and a run-together menu (navigation), breadcrumb and 'Field report' label (navigation), author and date, two photo captions with credits, a 'Download the full assessment' link (residue), an in-article giving box (ad), a field-updates sign-up (newsletter), share row, 'More from the field' list (related), and an 'About Clearwater Relief' boilerplate line (bio), and the footer with charity registration and copyright. HARD NEGATIVES: a standfirst, a dateline, a bulleted list of what the team installed, a short quote from a camp resident, a sentence about photos being taken with residents' consent, and subheadings.",
    body="""
nav Clearwater Relief
nav What we do   Where we work   Stories   Get involved   Donate
nav Home / Stories / Field reports
nav Field report
T Field report: keeping water running in the camps west of Goma
. Fighting in North Kivu has pushed hundreds of thousands of people into camps around Goma. Our water team spent six weeks in two of them.
by Written by Sandrine Mukendi, water and sanitation coordinator
ts Field report · 21/05/2024
cap Women collect water from a tap stand installed by Clearwater Relief in Bulengo camp.
cr © Clearwater Relief / Jean-Luc Kabeya
. GOMA — When our team arrived in Bulengo in early April, about 64,000 people were sharing eleven working taps. Families were queuing for up to five hours, and many had given up and were drawing water from Lake Kivu, a few hundred metres away, without treating it.
. Most of the people in the camp fled fighting between the army and armed groups in Masisi and Rutshuru territories over the past year. Some have been displaced three or four times.
. What we built
. In six weeks, with a team of 38 local staff and camp volunteers, we:
. - laid 4.2 km of pipe from the municipal network to the camp;
. - installed 36 new tap stands and two 95,000-litre bladder tanks;
. - set up chlorination at the tanks and trained 20 residents to test the water each day;
. - built 120 latrines, separated for men and women and lit at night.
. The average wait for water fell to about forty minutes by the end of May.
cap Camp volunteers test chlorine levels at a bladder tank.
cr © Clearwater Relief / Jean-Luc Kabeya
. "Before, I came at four in the morning and left at nine. Now I come back before my children wake up," said Furaha, a mother of five from Sake.
. What worries us
. Cholera cases have been reported in neighbouring camps. The camps keep growing, and the municipal network was not designed for this many people. Shelling near Sake in May cut power to the pumping station twice, and each cut left the camp without piped water for a day.
. All photos in this report were taken with the consent of the people shown, and we have used only first names.
res Download the full assessment (PDF, 1.8 MB)
ad Thirty pounds pays for a family's water for a month. Give now
nl Get field updates from our teams by email
soc Share this report: Facebook · X · LinkedIn · Email
rel More from the field
rel Rebuilding wells after floods in Beledweyne
rel Hygiene kits for returnees in northern Mozambique
bio About Clearwater Relief: we bring safe water, sanitation and hygiene to people affected by conflict and disaster in 14 countries.
cp Clearwater Relief is a registered charity in England and Wales (no. 1178823). © 2024 Clearwater Relief
"""))

DOCS.append(dict(
    num=816, slug="government_press_statement_school_breakfast",
    title="Governor announces free breakfast for every public school student from September",
    style="single", noise=0.1,
    notes="State government press statement on a government design-system site (education): the official-site banner with its 'verify this site' toggle (banner), agency name and menu (navigation), breadcrumb, 'Press Release' label above the headline (navigation) and date, the media contact block (residue), a 'Share this page' row, 'Related news' list, the page-feedback widget (residue), 'Last reviewed' date (timestamp), a language-assistance notice (banner) and footer links. HARD NEGATIVES: a dateline, a bulleted list of programme facts, two one-line quotes, a sentence saying districts may advertise the programme to families, and a closing paragraph pointing to a webinar.",
    body="""
ban An official website of the State of North Tamarack
ban See how to verify this site ▾
nav North Tamarack Department of Education
nav About   Schools   Educators   Families   News   Contact
nav Home > News > Press Releases
nav Press Release
ts Date: 03/10/2025
res Media contact: Office of Communications, press@ed.ntamarack.gov, (555) 014-2290
T Governor announces free breakfast for every public school student from September
. CAPITAL CITY — Governor Lorraine Azikiwe announced on Monday that every public school student in North Tamarack will be able to get a free breakfast at school from the start of the 2025-26 school year, regardless of family income.
. The state currently provides free breakfast only to students who qualify for free or reduced-price meals, about 46 percent of the 710,000 students in public schools. Under the new program, the state will reimburse districts for every breakfast served.
. "A child who is hungry at nine o'clock is not learning at nine o'clock," the Governor said.
. Program facts:
. - Cost: an estimated $38 million in the first year, funded in the budget passed in February.
. - Eligibility: all students in public and public charter schools, pre-kindergarten through grade 12.
. - Format: districts may serve breakfast in the cafeteria, in the classroom or from "grab and go" carts.
. - Timeline: districts must submit a breakfast plan to the Department by June 15.
. Education Commissioner Samuel Okafor-Lind said participation in districts that already offer universal breakfast is about 60 percent, compared with about 35 percent in districts that offer it only to qualifying students.
. "Take the paperwork away and the stigma goes with it," Okafor-Lind said.
. The Department will also publish participation figures for each district every quarter, so that parents can see how many students are using the program.
. Districts may use part of their allocation to advertise the program to families in the languages spoken in their schools. The Department will provide translated flyers.
. School nutrition directors can register for an information webinar on March 24 through the Department's school nutrition office.
soc Share this page: Facebook  X  Email
rel Related news
rel Department releases 2024 graduation rates by district
rel Applications open for summer meals sponsors
res Was this page helpful?   Yes   No
ts Last reviewed: March 10, 2025
ban Language assistance: call (555) 014-2000 for free interpretation in more than 200 languages.
nav Accessibility   Privacy   Public records   Site map
"""))

DOCS.append(dict(
    num=817, slug="nigeria_portal_lagos_ferry_e_ticketing",
    title="Lagos rolls out tap-to-pay ferry tickets on four waterways routes",
    style="mixed", noise=0.15,
    notes="Nigerian news portal on a WordPress magazine theme (transport/business): date bar and menu run together (timestamp/navigation), 'Breaking' ticker (residue), category label, byline with 'Published' time, a leftover WordPress caption shortcode (shortcode), a featured-image caption, an 'ADVERT' slot (ad), a 'READ ALSO' related line inside the body (related), a WhatsApp channel prompt (social), tags, share counters, comment form with the name/e-mail notice and 'Post Comment' (comments), 'You may like' list (related), and the reuse-prohibition notice (banner) with copyright. HARD NEGATIVES: a dateline, a bulleted list of routes and fares, a short quote from a commuter, a sentence saying commuters took photos of the validators, and subheadings.",
    body="""
ts Thursday, March 13, 2025
nav Home  News  Metro  Politics  Business  Sports  Entertainment  Opinion  Videos
res BREAKING: Senate confirms new inspector-general of police
nav The Lagos Daybreak
nav Metro
T Lagos rolls out tap-to-pay ferry tickets on four waterways routes
by By Chinedu Okorafor-Bello
ts Published 2 hours ago
sc [caption id="attachment_88213" align="alignnone" width="780"]
cap A passenger taps her card at the Falomo jetty on Wednesday.
ad ADVERT
. LAGOS — Commuters on four of the busiest ferry routes in Lagos can now pay with a contactless card or a phone, as the state's waterways authority began replacing paper tickets with electronic validators at jetties on Wednesday.
. The system uses the same card already accepted on the city's bus rapid transit, which officials say will allow passengers to change between buses and boats without buying a new ticket.
rel READ ALSO: Third Mainland Bridge to close for repairs on weekends in April
. Routes and fares
. - Ikorodu to Falomo: ₦1,800
. - Mile 2 to Marina: ₦1,200
. - Badore to Ijede: ₦900
. - Five Cowries to Ebute-Ero: ₦700
. The authority said the fares were unchanged from the paper tickets. Passengers who pay by card will get a ten per cent discount during the first month.
. Many commuters took photos of the new validators on Wednesday morning, and several said the queues at Ikorodu were shorter than usual.
. "Before, you wait for the ticket man to find change. Today I just tapped and entered," said Funmilayo Adeyinka, a trader who travels to Falomo every weekday.
. Operators' concerns
. Some private boat operators say they have not been told when they will receive their share of the fares, which will now be collected by the authority and paid out weekly. The authority's managing director, Tunde Olabisi-Ware, said the first payments would be made next Tuesday.
. The authority said the validators also record how many passengers board at each jetty, information it plans to use to add boats at peak hours. The busiest route, Ikorodu to Falomo, carries about 9,000 passengers a day.
. The remaining eleven routes are due to switch over by the end of June.
soc Follow The Lagos Daybreak on WhatsApp for breaking news as it happens
tag ferry · Lagos State Waterways Authority · public transport · cashless
soc 37 Shares
com Drop a comment
com Your email will stay private. Fields marked * are compulsory.
com Name *   Email *
com Post Comment
rel You may like
rel Danfo drivers call off strike after talks with state
rel Lekki residents protest as toll gate reopens
ban All rights reserved. This material and any other digital content on this platform may not be reproduced, published, broadcast, rewritten or redistributed without prior written permission.
cp © 2025 The Lagos Daybreak
"""))

DOCS.append(dict(
    num=818, slug="amp_review_ereader_colour_screen",
    title="Quillmark Vista review: a colour e-reader that finally gets the contrast right",
    style="sparse", noise=0.1,
    notes="AMP page of a consumer-tech review site (product review): AMP header with a hamburger 'Menu' label and the site name (navigation), the affiliate-commission disclosure (banner), section label, byline and date, hero image caption, 'Check price at' buttons (ad), an 'Advertisement' slot (ad), 'Jump to' links (navigation), 'You may also like' (related), comment count link, and the AMP footer with the link to the standard page and copyright. HARD NEGATIVES: a spec table, 'Pros' and 'Cons' bulleted lists, subheadings, the verdict with its score line, a one-line quote from the maker, and a sentence about the reader showing no advertising on the lock screen.",
    body="""
nav Menu
nav GadgetLantern
ban When you buy through links on our site, we may earn an affiliate commission. This does not affect our verdicts.
nav Reviews › E-readers
T Quillmark Vista review: a colour e-reader that finally gets the contrast right
by Reviewed by Sunniva Kettleborough
ts Published 27 February 2025
cap The Quillmark Vista with a comic open in colour mode.
ad Check price at Crestline Electronics
nav Jump to: Specs · Screen · Battery · Verdict
. Colour e-paper has been on sale for years, but it has always come with a catch: switch on colour and the whole page goes murky. The Vista, the first colour model from the Norwegian maker Quillmark, is the first we have tested that avoids most of that murk.
. Specs
. Screen | 7-inch colour e-paper, 300 ppi black and white, 150 ppi colour
. Storage | 32 GB
. Weight | 196 g
. Water resistance | IPX8
. Price | £229
. Screen
. In black and white, text is as crisp as on any reader we have used. Colour is softer, like a newspaper supplement rather than a tablet, but the page stays bright enough to read comfortably under a desk lamp. Comics and maps benefit most. Cookbook photos look washed out.
. "We chose contrast over saturation, every time," Quillmark's product lead, Einar Vollan, told us.
ad Advertisement
. Battery
. With colour on, thirty minutes of reading a day and wireless off, the battery lasted 23 days. That falls to about two weeks with the front light at half brightness.
. Unlike some rivals, the Vista shows no advertising on the lock screen, and there is no cheaper ad-supported version.
. Pros
. - best colour contrast we have seen on e-paper
. - physical page-turn buttons
. - opens books from any shop without conversion
. Cons
. - colour photos look flat
. - no audiobook support
. Verdict
. The Vista is the colour e-reader to buy if you read comics, maps or textbooks. If you read only novels, a black-and-white model is cheaper and just as good.
. Score: 8/10
ad Check price at Northway Books
rel Other reviews worth your time
rel Best e-readers for 2025, tested
rel Pocketwise Note 2 review: a notebook first, a reader second
com Comments (23)
nav Open the standard version of this page
cp © 2025 GadgetLantern Media
"""))

DOCS.append(dict(
    num=819, slug="print_view_colombia_excombatant_coffee_coop",
    title="Former FARC fighters' coffee wins a place on export shelves",
    style="single", noise=0.05,
    notes="Print-friendly view of an English-language regional news site (aftermath of armed conflict, Colombia): 'Print this page / Close window' links (navigation), the print masthead line, byline, date, the article URL line (residue), a bracketed image placeholder with its caption (caption), the print footer with the printed-on line (residue), the correspondent's bio line, and a personal-use-only notice (banner) with copyright. HARD NEGATIVES: a dateline, subheadings, a bulleted list of the cooperative's figures, a short quote, a sentence about buyers sharing tasting notes, and a 'Correction:' paragraph.",
    body="""
nav Print this page   |   Close window
nav ANDEAN MONITOR — printer-friendly version
T Former FARC fighters' coffee wins a place on export shelves
by By Mariana Quintero-Hale
ts Thursday 12 March 2025, 18:04 COT
res https://andeanmonitor.com/business/2025/03/12/farc-coffee-cooperative-export
cap [Image: Members of the Renacer cooperative sort coffee cherries near Icononzo, Tolima.]
. ICONONZO, Colombia — Eight years after they handed over their weapons, 140 former guerrillas of the Revolutionary Armed Forces of Colombia are selling their coffee to roasters in Germany, Japan and Canada.
. The Renacer cooperative was set up in 2018 in one of the territorial zones created under the 2016 peace agreement to help former combatants return to civilian life. Its members grow coffee on rented and donated land in the hills of Tolima, alongside farmers who were never part of the conflict.
. The cooperative in numbers
. - 140 members, 52 of them women
. - 96 hectares under coffee
. - 61 tonnes of green coffee exported in 2024, up from 9 tonnes in 2021
. - average cupping score of 85 from independent tasters
. "When we came down from the mountains, nobody wanted to buy anything from us. Now they come here to taste," said Yuliana Cárdenas, the cooperative's quality manager, who joined the guerrillas at sixteen.
. Buyers who visited the cooperative last year have shared tasting notes with other roasters, and that word of mouth has done more for sales than any trade fair, members say.
. Risks that remain
. The peace process has been uneven. More than 400 former combatants have been killed since 2016, according to the United Nations mission in Colombia, and two members of Renacer have left the area after receiving threats. Dissident groups that rejected the agreement remain active in neighbouring departments.
. The cooperative also depends on land it does not own. The government has promised to buy the farms it rents, but the purchase has been delayed twice.
. Correction: An earlier version of this article said the cooperative had 150 members. It has 140.
res Printed on 14/03/2025 from andeanmonitor.com
bio Mariana Quintero-Hale is the Monitor's correspondent in Bogotá and covers rural Colombia and the peace process.
ban For personal, non-commercial use only. To order copies for distribution, contact our licensing desk.
cp © Andean Monitor 2025
"""))
