DOCS = []

DOCS.append(dict(num=608, slug="flipboard_game_studio_loss", style="single", noise=0.1,
title="Ninefold Games posts its first annual loss as live-service bet falters",
notes="Flipboard reader page, mostly debris (by lines and by words): Flipboard header with sign-up / log-in, the magazine it was flipped into with curator and follower counts, source and time line, flip/like/comment counters, 'Read the full story at' link, three reader comments on the flip, and a long 'More stories' rail where each item has a title, a teaser sentence and a source / curator / age line (related), plus a 'Related magazines' block with the magazine's description (residue); HARD NEGATIVES: a pipe table of results, short analyst quote, a sentence that says the studio cut its advertising budget, and a numbered list of the company's three priorities.",
body="""
nav Flipboard
nav Sign up
nav Log in
nav Flipped into Games Industry Watch
res 12.8K followers · curated by Ravi Tenwick
nav Pixel Ledger · 6h
T Ninefold Games posts its first annual loss as live-service bet falters
soc Flip
soc 48
soc 6
soc 11
. Ninefold Games, the Helsinki studio behind the Lanternfall role-playing series, reported its first annual loss on Wednesday after its online shooter Static Hearts failed to hold players beyond its launch month.
. The company lost €23.4 million in the year to June, compared with a profit of €17.9 million a year earlier. Revenue fell by 18 per cent, and the company wrote down €31 million it had spent developing Static Hearts.
. Year to June | 2023 | 2024
. Revenue | €142.6m | €116.9m
. Operating result | €21.2m | –€19.8m
. Net result | €17.9m | –€23.4m
. Staff at year end | 611 | 548
. Chief executive Aino Larkela told analysts the studio had "built a good game for a market that was already full". Static Hearts peaked at 96,000 concurrent players in its first week but had fewer than 7,000 by the end of its third month.
. Ninefold has already cut 63 jobs and reduced its advertising budget for the game's second season by two thirds. Larkela said the company would now focus on three things:
. 1. Releasing Lanternfall IV on schedule in spring 2025.
. 2. Bringing the older Lanternfall games to new consoles.
. 3. Keeping Static Hearts running with a small team, rather than shutting it down.
. The studio said it had no plans to sell Static Hearts or to license it to another publisher, and that the write-down covered almost all of the money spent on the game since 2020. Players who bought the shooter's season pass will be offered a free copy of the remastered Lanternfall collection next year.
. Shares rose 4 per cent in Helsinki trading, which analysts put down to relief that the company had not cut its guidance for Lanternfall IV. "The market has already priced in the shooter," said Minna Ojaranta of Pohjola Securities. "Everything now rides on the next Lanternfall."
nav Read the full story at Pixel Ledger
com 3 comments on this flip
com Jarno V. · 5h
com Static Hearts was fun for two weeks and then every match was the same map. Not surprised at all.
com Kaisa Lund · 4h
com Honestly relieved they are not killing it. The small community left is the friendliest I have played with in years.
com tbh_ruben · 2h
com Lanternfall IV better not get live-service mechanics bolted on to make up for this.
rel More stories from Games Industry Watch
rel Indie publisher Greyhook raises $40m for narrative games
rel The Montreal-based label says the money will fund six story-driven titles over four years, with at least two from first-time studio heads.
rel Pixel Ledger · flipped by Ravi Tenwick · 1d
rel Why console price cuts are not coming this year
rel Component costs have stopped falling and platform holders now make more from subscriptions than from hardware, analysts say.
rel The Byte Review · flipped by Ravi Tenwick · 2d
rel Mobile studio Toucan lays off a third of its staff
rel The Lisbon developer of Tiny Harbour says ad revenue fell sharply after changes to app-store tracking rules.
rel Pocket Markets · flipped by Dana Iloh · 2d
rel Lanternfall III sold 9 million copies. Can the sequel do it again?
rel A look at the numbers behind Ninefold's biggest hit and the expectations now resting on its follow-up.
rel Pixel Ledger · flipped by Ravi Tenwick · 3d
rel The players who refuse to let dead online games die
rel Fan-run servers keep a dozen shut-down shooters alive, and some publishers have started quietly helping them.
rel Retro Signal · flipped by Dana Iloh · 4d
rel Related magazines
res Games Industry Watch: business news from the studios, publishers and platforms that make the games you play, updated daily by two former trade-press editors.
rel Games Business Weekly
rel Nordic Tech Money
rel The Live-Service Graveyard
nav About · Blog · Help · Publishers · Terms · Privacy
cp © 2024 Flipboard
"""))

DOCS.append(dict(num=609, slug="pressreader_obit_lighthouse_keeper", style="mixed", noise=0.12, ws=True,
title="Edith Mairs, last keeper of the Crannock light, dies at 92",
notes="PressReader e-paper dump: PressReader header and catalogue links, publication name / edition date / page number, Listen / Translate / Print buttons (residue), share and comment buttons, an 'Article Ad' label, a caption with photo credit, 'Still looking for more?' pager, PressReader copyright and 'Powered by PressReader' line; HARD NEGATIVES: the obituary's dates line, a short quote, a list of survivors, a sentence about a photo hanging in the keepers' cottage, and a closing line about where the family asks mourners to share memories.",
body="""
nav PressReader
nav Catalogue
nav For You
nav The Northport Ledger
res 2024-06-11
res Page 32
nav Obituaries
T Edith Mairs, last keeper of the Crannock light, dies at 92
. She kept the lamp lit for 31 years, through two shipwrecks and a winter when the supply boat could not land for seven weeks.
by Fergus Atherley
res Listen
res Translate
res Print
soc Share
soc Comment
. Edith Mairs, who served as principal keeper of the Crannock lighthouse until it was automated in 1989, has died at her home in Northport. She was 92.
. Born Edith Gow on 2 February 1932 in the fishing village of Ardlow, she was the daughter of a boat builder and learned to read the tide tables before she could read a novel. She married Alasdair Mairs, an assistant keeper on the Crannock rock, in 1954, and joined the lighthouse service herself in 1958, one of only a handful of women to do so at the time.
. For most of her career the keepers worked a rota of four weeks on the rock and four weeks ashore. She often said she preferred the weeks on the rock.
. "Ashore, the phone rang," she told this newspaper in 1989. "On the rock, the sea rang, and I knew what it wanted."
. She was on duty on the night of 14 January 1967, when the coaster Elspeth Grey struck the reef below the light in a storm. She and two colleagues kept the lamp burning and a searchlight on the wreck until the lifeboat arrived, and all seven crew were saved. She was awarded a commendation by the lighthouse board, which she kept in a drawer and rarely mentioned.
cap Edith Mairs on the gallery of the Crannock lighthouse in 1979.
cr Photograph: Ledger archive
ad Article Ad
. Her husband died in 1981, and she became principal keeper the following year. A photo of the two of them on the landing stage, taken on their wedding day, still hangs in the old keepers' cottage, which is now a small museum run by volunteers.
. After the light was automated, she moved to Northport and worked for twenty years as a guide at the maritime museum, where schoolchildren remembered her for her storm stories and for letting them hold the brass lamp key she had been allowed to keep.
. She is survived by:
. - her son, Calum, and daughter, Morven
. - five grandchildren and two great-grandchildren
. - her younger sister, Jean
. A funeral will be held at St Brendan's Church, Northport, on 18 June at 11am. The family asks mourners to share their memories of her at the keepers' cottage, where a book will be left open for the summer.
nav Still looking for more? Discover the full edition
cp Copyright © 2024 PressReader. All rights reserved.
res Powered by PressReader
"""))

DOCS.append(dict(num=610, slug="mailchimp_river_monitoring_digest", style="single", noise=0.1,
title="Lenn River Keepers: what a year of volunteer sampling told us",
notes="Mailchimp campaign web archive of a watershed group: 'View this email in your browser' link, preview text line, logo alt line, a share row, a mid-email event promotion (ad), the 'You are receiving this email because' footer, mailing-address block (residue), preferences / unsubscribe lines (newsletter), copyright and Mailchimp referral badge; HARD NEGATIVES: a nitrate table in pipe rows, subheadings, a bulleted list of findings, a line telling members they can subscribe to the raw-data spreadsheet, a 'Correction' paragraph about last month's issue, and the letter's greeting and sign-off ('Dear members,' / 'With thanks,' / the chair's name), which are kept as the writer's own text.",
body="""
nav View this email in your browser
res A year of sampling, a worrying tributary and our spring survey dates
res Lenn River Keepers logo
soc Share
soc Tweet
soc Forward
T Lenn River Keepers: what a year of volunteer sampling told us
. Dear members,
. Twelve months ago, 46 of you picked up test kits at the Millbrook boathouse and promised to sample the same stretch of river every fortnight. You kept that promise. Between you, you took 1,084 samples at 23 sites, in rain, in a heatwave and, on one memorable January morning, through a skin of ice.
. This month's digest sets out what we found. We have shared the full results with the county environment team and with the water company, and we will present them at the river forum in March.
. Nitrate, the headline
. Nitrate levels were highest in late winter, after rain washed fertiliser from fields into the tributaries. The Sallow Brook, which joins the Lenn below Kettering Mill, stood out.
. Site | Median nitrate (mg/l) | Highest reading
. Upper Lenn, Fosse Bridge | 11 | 19
. Millbrook boathouse | 16 | 27
. Sallow Brook confluence | 34 | 58
. Lenn at Harwick weir | 21 | 36
. The drinking-water limit is 50 mg/l. River water is not drinking water, but readings that high mean the brook is carrying far more nutrient than the river can absorb, which feeds algae in summer.
. Other findings
. - Phosphate spikes at two sites matched days when storm overflows were recorded as spilling.
. - Water temperature at Harwick weir passed 22C on nine days in July.
. - Invertebrate counts were healthy on the upper river and poor below the Sallow Brook.
ad Spring survey days: 9 and 23 March, Millbrook boathouse. Tea, cake and waders provided. Book a place on our website.
. What happens next
. We have asked the county to walk the Sallow Brook catchment with us, and three farms on the brook have already agreed to meet. Volunteer coordinator Nadia Forsythe said: "We are not here to point fingers. We want to find the problem and help fix it."
. Members who want the raw numbers can subscribe to the monthly results spreadsheet from the members' page.
. Correction: Last month's digest said the Fosse Bridge site had been sampled since 2019. Sampling there began in 2021.
. With thanks,
. Owen Beale, chair
nl You are receiving this email because you signed up at a Lenn River Keepers event or on our website.
res Our mailing address is:
res Lenn River Keepers, The Boathouse, Mill Lane, Millbrook MB4 2RT
nl Want to change how you receive these emails?
nl You can update your preferences or unsubscribe from this list.
cp Copyright © 2024 Lenn River Keepers, All rights reserved.
res Intuit Mailchimp
"""))

DOCS.append(dict(num=611, slug="university_bat_echolocation_study", style="double", noise=0.08, ws=True,
title="Bats change their calls to avoid jamming each other in crowded caves, study finds",
notes="University news office page: skip link, audience menu, breadcrumb, 'Research news' label, date, share-this-page icons, image caption with a separate credit, a 'Listen: bat calls slowed down 20 times (0:34)' audio label (caption), media enquiries block and journal reference block (residue), 'More research news' list and university footer with charity number (copyright); HARD NEGATIVES: the standfirst, a bulleted findings list, a short quote from the lead author, a sentence that the team will share recordings in an open archive, and a 'How they did it' subheading.",
body="""
nav Skip to the main page content
nav Study
nav Research
nav Business
nav About
nav Home › News › 2024 › July
nav Research news
T Bats change their calls to avoid jamming each other in crowded caves, study finds
. Recordings from 40,000 roosting bats show animals shifting their pitch within a fraction of a second when a neighbour calls at the same frequency.
ts 17 July 2024
soc Post to LinkedIn
soc Share by email
soc Copy page link
. Bats flying out of crowded caves adjust the pitch of their echolocation calls within a fraction of a second to avoid being confused by the calls of their neighbours, according to new research from Halvergate University.
. Biologists had long suspected that bats face a "jamming" problem when thousands of them emerge from a roost at the same time, each sending out high-pitched calls and listening for the echoes. The new study is the first to record the effect in the wild at this scale.
. How they did it
. The team placed an array of 32 ultrasonic microphones at the mouth of the Dunnow Cave, home to one of the largest colonies of Daubenton's bats in northern Europe, and recorded the evening emergence on 14 nights. Software tracked individual bats through the recordings and matched each call to its echo.
cap Daubenton's bats leaving the Dunnow Cave at dusk.
cr Image: Halvergate University / Felix Ormand
cap Listen: bat calls slowed down 20 times (0:34)
. What they found
. - When two bats called within 5 kilohertz of each other, one of them shifted its pitch in 89 per cent of cases.
. - The shift happened within 110 milliseconds on average.
. - Younger bats made bigger shifts than older ones, which suggests the skill is partly learned.
. "It is a bit like two people at a party who keep starting to talk at the same moment," said lead author Dr Kezia Marlowe. "One of them learns to wait, or to speak in a different voice."
. The researchers say the findings could help engineers design radar systems for drones that fly in swarms, which face a similar problem.
. The team will share all 14 nights of recordings in an open archive so that other researchers can test their own tracking methods.
. The work was funded by the Natural Environment Research Council and the Lowther Trust.
res Media enquiries
res Tom Haddesley, Press Officer
res +44 1632 960 418 · press@halvergate.example
res Journal reference: Marlowe K, Oyelowo T, Brandt S. Rapid frequency shifting in emerging bat colonies. Animal Acoustics 18 (2024).
rel More research news
rel Hedgehog road deaths fall where verges are left to grow
rel New telescope camera built in Halvergate labs sees first light
cp © Halvergate University 2024 · Registered charity number 1140288
"""))

DOCS.append(dict(num=612, slug="gov_press_bridge_weight_limit", style="single", noise=0.05,
title="Weight limit on Tarrow Bridge to protect ageing structure",
notes="Government press office page with very little debris: only a breadcrumb, the publication date line and a 'Print this press release' link; HARD NEGATIVES: a dateline in the first paragraph, the 'What this means for drivers' subheading with bulleted diversions, a short quote from the cabinet member, a sentence inviting businesses to comment through a survey, and a closing 'Update' paragraph.",
body="""
nav Home › Roads and travel › News
T Weight limit on Tarrow Bridge to protect ageing structure
ts Published 14 March 2024
. CARRICK, 14 March — A 7.5-tonne weight limit will be placed on Tarrow Bridge from Monday 25 March after an inspection found corrosion in the steel supports beneath the road deck, Carrick County Council said today.
. The bridge, which carries the B4120 over the River Tarrow between Ashby Cross and Fenwick, was built in 1938 and is used by about 9,000 vehicles a day. Engineers found the corrosion during a routine underwater inspection in February.
. The limit will apply to all vehicles heavier than 7.5 tonnes, except buses and emergency vehicles. Cars, vans and light goods vehicles can continue to use the bridge as normal.
. What this means for drivers
. - Heavy goods vehicles heading for Fenwick should use the A38 and the Lowfield roundabout.
. - Heavy goods vehicles heading for Ashby Cross should use the A41 via Stanton.
. - Farm vehicles over the limit can apply for a one-off permit for seasonal work.
. The diversion adds about eleven miles to journeys for heavy vehicles. Signs will be in place from this weekend, and the limit will be enforced by cameras.
. Cabinet member for highways Cllr Joanna Penhallow said: "Nobody wants to see a weight limit on a busy bridge, but safety has to come first."
. The council has started design work on a permanent repair and expects to put the work out to tender in the summer. It will also consider whether a new crossing is needed in the longer term.
. Businesses affected by the diversion can comment through an online survey on the council's roads pages until 30 April.
. Update (15 March): The council has confirmed that the school bus operated by Fenwick Travel is exempt from the limit.
res Print this press release
"""))

DOCS.append(dict(num=613, slug="court_bulletin_pension_fraud_sentence", style="mixed", noise=0.1,
title="R v Halloran: sentencing remarks summary",
notes="Court bulletin on a judicial office site: site name and menu, breadcrumb, 'Court bulletin' issue label, date, a disclaimer that the summary is not part of the decision (banner), a PDF download link, feedback widget and 'Report a problem' link (residue), 'Other summaries this week' list and crown copyright line; HARD NEGATIVES: numbered counts with sentences, short quoted sentences from the judge, a 'Background' subheading, and an 'Update (...)' paragraph about an appeal.",
body="""
nav Western Circuit Judicial Office
nav Judgments
nav Court bulletin
nav Jury service
nav Contact
nav Home › Court bulletin › 2024 › Issue 37
res Issue 37 · Crown Court at Harbridge
T R v Halloran: sentencing remarks summary
ts 12 June 2024
ban This summary is provided to help the public understand the court's decision. It does not form part of the reasons for the decision. The full sentencing remarks are the only authoritative document.
res Download the full sentencing remarks (PDF, 118 KB)
. HARBRIDGE — A former pensions administrator who stole £1.3 million from the retirement savings of 214 factory workers was today jailed for seven years and six months at the Crown Court at Harbridge.
. Background
. Declan Halloran, 58, was the sole administrator of the Brakewell Components staff pension scheme between 2009 and 2021. He pleaded guilty in April to fraud by abuse of position and to false accounting.
. Over twelve years he made 187 transfers from the scheme to a company he controlled, recording them as payments for actuarial and legal services that were never provided. The losses came to light when the scheme was being moved to a new provider in 2021.
. The sentence
. 1. Fraud by abuse of position: seven years and six months' imprisonment.
. 2. False accounting: two years' imprisonment, to run concurrently.
. 3. Director's disqualification: twelve years.
. Passing sentence, Her Honour Judge Priya Castellan said the offences involved "a gross breach of trust over a long period". She said that many of the victims were now retired and had been "counting every pound" since learning of the losses.
. "You knew these people. You saw them at the factory gate," she said.
. The judge gave Mr Halloran credit of 25 per cent for his guilty plea and took into account his previous good character and the fact that he had repaid £140,000 before charge.
. A confiscation hearing will take place later this year. The pension scheme has been supported by the national compensation fund, and members have received most of their benefits.
. Update (28 June): Mr Halloran has lodged an application for leave to appeal against sentence. The application will be considered by a single judge.
res Was this page useful? Yes / No
res Report a problem with this page
rel Other summaries this week
rel R v Osei and Pratt: sentencing remarks summary
rel Kelsall v Harbridge City Council: judgment summary
cp © Crown copyright 2024 · Western Circuit Judicial Office
"""))

DOCS.append(dict(num=614, slug="ngo_field_report_chad_refugees", style="single", noise=0.12, ws=True,
title="Field report: at Kourtala, new arrivals outpace the water trucks",
notes="NGO field report (conflict, refugees from Sudan in eastern Chad): charity menu with 'Donate' button, 'Field report' and region labels, author/role byline and date, two captions with '©' photo credits, a mid-page donation appeal with amounts (ad) followed by an unrendered donation-form shortcode, an inline 'Related:' link, author bio, 'Read more field reports' list, and charity footer with registration number; HARD NEGATIVES: a dateline in the first paragraph, numbered camp figures, short quotes from refugees, a sentence about a woman keeping one photo of her son, and an 'Editor's note' about names changed for safety.",
body="""
nav Relief Alliance for Children
nav Where we work
nav Emergencies
nav Our impact
nav Donate
nav Field report
nav Chad · Sudan crisis
T Field report: at Kourtala, new arrivals outpace the water trucks
by By Hawa Djibrine, emergency coordinator
ts Reported 22 August 2024
. KOURTALA, eastern Chad — The trucks start arriving at the camp gate just after dawn: flatbeds, donkey carts, and people on foot who have walked for five or six days from the Sudanese border, carrying what they could lift.
. When our team first came to Kourtala in March, the camp held about 18,000 people. This week the registration desk passed 51,000, and the numbers are still rising as fighting continues around the towns on the other side of the border.
. The figures we are working with this week:
. 1. 51,300 registered refugees, 62 per cent of them children.
. 2. 9 litres of water per person per day, against an emergency minimum of 15.
. 3. 1 latrine for every 74 people, against a target of 1 for every 20.
. 4. 312 children admitted to our feeding programme for severe malnutrition in July.
cap Women queue at a water point in Kourtala camp before the morning delivery.
cr Photo: © RAC / Amina Saleh
. Water is the problem that sits underneath every other one. The camp has no borehole yet, so every litre comes in by truck from a river 40 kilometres away, on a road that turns to mud when the rains come. On the worst days in July, only three of our eight trucks got through.
. "We left because of the shelling," said Mariam, 34, who arrived with four children in June. "Here, nobody shoots. But the water is not enough, and the children are sick."
. Mariam keeps one photo of her eldest son, who stayed behind with his grandfather. She showed it to our team wrapped in plastic, folded so many times it has begun to tear along the creases.
ad Your gift can help. £30 could pay for a family water filter for a year, and £120 could keep a water truck on the road for a day.
ad Give now
sc [give_form id="117" show_title="false"]
. Our teams run two feeding centres, four child-friendly spaces and a hygiene programme in Kourtala. We have started drilling the camp's first borehole with the regional water authority and hope to reach water by October. If it works, it would supply about a third of the camp's needs.
rel Related: How child-friendly spaces help children recover from conflict
. The rainy season has brought new problems. Cases of acute watery diarrhoea tripled in the first two weeks of August, and our nurses are seeing more malaria. "The children do not play the way they did," said Idriss, a teacher who now runs lessons under a tarpaulin for 140 pupils. "They are tired all the time."
. Families told us again and again that they do not expect to go home soon. Many have lost their houses, and most have lost contact with relatives who stayed. What they ask for is simple: water, school for the children, and news.
. Editor's note: The names of refugees in this report have been changed for their safety.
bio Hawa Djibrine has worked in humanitarian response in Chad, Niger and the Central African Republic since 2011. She leads RAC's emergency team in eastern Chad.
rel Read more field reports
rel In Adré, a school reopens in a warehouse
rel Malnutrition rates climb along the border: what our clinics are seeing
cp © 2024 Relief Alliance for Children. Registered charity no. 1187342.
nav Privacy · Safeguarding · Contact us
"""))

DOCS.append(dict(num=615, slug="podcast_transcript_ceasefire_talks", style="single", noise=0.1,
title="Episode 118: Can the Hodeidah truce hold through winter?",
notes="Podcast episode page with transcript (conflict, Yemen truce): show menu, episode label, duration, player controls and time counter (residue), platform follow links (social), a 'Download MP3' link, an automated-transcript disclaimer (banner), production credits at the tail (credit), 'More episodes' list and copyright; HARD NEGATIVES: 'Show notes' and 'Transcript' subheadings, speaker labels on their own lines (Q&A labels), a bulleted list of the truce terms in the show notes, a short quoted line, and the host asking listeners to share the episode in the transcript itself.",
body="""
nav The Frontline Brief
nav Episodes
nav Hosts
nav Newsletter
nav Support the show
nav Episode 118
T Episode 118: Can the Hodeidah truce hold through winter? | The Frontline Brief
ts 9 October 2024
res 41 min
res Play
res 0:00 of 41:53
res 1x
soc Follow on Apple Podcasts
soc Follow on Spotify
soc RSS feed
res Download MP3
. Show notes
. Six months after the truce around Hodeidah came into force, the front lines in western Yemen have barely moved, but neither have the talks on reopening the roads. Host Lena Abara speaks to Dr Samir Haddawi, who has spent the past year interviewing commanders and local mediators on both sides, about what is holding the truce together and what could break it.
. The truce terms discussed in this episode:
. - A halt to artillery fire within 20 kilometres of the port
. - Joint monitoring teams at three checkpoints on the coastal road
. - Monthly prisoner exchanges, of which four have taken place
. - Talks on reopening the Hodeidah–Sanaa highway, which have not yet started
. Transcript
ban This transcript was generated automatically and lightly edited. Please check it against the audio before quoting.
. LENA ABARA:
. Samir, you were in Hodeidah three weeks ago. What does the truce look like on the ground?
. SAMIR HADDAWI:
. It looks quiet, and that matters a great deal. People in the southern districts told me they were sleeping through the night for the first time in two years. The markets near the port are open until ten. But quiet is not the same as peace. The checkpoints are all still there, and nobody has moved back into the front-line neighbourhoods.
. LENA ABARA:
. Why has it held, when earlier truces collapsed within weeks?
. SAMIR HADDAWI:
. Two reasons, I think. First, the monitoring teams actually include officers from both sides, sitting in the same container. When a shell lands, they go and look at the crater together. That sounds like a small thing. It is not. Second, both sides need the port. Fuel and wheat come in through Hodeidah, and every commander I spoke to knows that if the port closes, his own people go hungry.
. LENA ABARA:
. What worries you about the winter?
. SAMIR HADDAWI:
. The road. Families have been separated for years by the closure of the highway, and the talks on reopening it have not even started. Every month that passes without progress, people lose a little faith. One tribal mediator said to me, "A truce that opens nothing is only a pause."
. And then there is money. Many fighters have not been paid for months. Unpaid men with guns are the biggest risk to any ceasefire, anywhere.
. LENA ABARA:
. You mentioned the prisoner exchanges. Four have happened. How much do they matter?
. SAMIR HADDAWI:
. More than the numbers suggest. Each exchange is small, thirty or forty men at a time, but each one needs the two sides to agree on lists, on timing, on where the buses stop. The mediators who arrange them are the same people who will be needed if the highway talks ever start. So every exchange is also a rehearsal. When I asked one of the mediators what he had learned, he laughed and said the hardest part was agreeing on the sandwiches.
. LENA ABARA:
. And the civilians you met, the families in the southern districts. What are they asking for?
. SAMIR HADDAWI:
. Mostly ordinary things. Electricity for more than four hours a day. Salaries for teachers, who in some areas have not been paid regularly for years. A way to visit relatives on the other side of the line without paying three sets of fees at three checkpoints. A woman who runs a small bakery near the port told me she did not care who governed the city. She cared whether the flour arrived on Tuesday.
. LENA ABARA:
. Is there anything outside powers can do?
. SAMIR HADDAWI:
. Pay for the monitoring teams for another year, for a start. Their funding runs out in January. It is the cheapest part of this whole process and the part that works best.
. LENA ABARA:
. Samir Haddawi, thank you. And to everyone listening, if this conversation was useful, please share it with a colleague who follows Yemen. We will be back in two weeks.
cr Produced by Tomasz Wiercinski. Editing by Ama Boateng. Music by Kestrel Audio.
rel More episodes
rel Episode 117: The drone war over the Red Sea
rel Episode 116: Who pays for reconstruction in Mosul?
cp © 2024 The Frontline Brief / Institute for Conflict Reporting
"""))
