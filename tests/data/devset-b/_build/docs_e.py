from dsl import doc

doc(232, "substation_fire_outage", """
P|About 48,000 homes and businesses in the northern half of the city lost power for up to nine hours on Wednesday after a fire broke out in a transformer at the Kingsway substation, the utility said.

P|The fire started shortly after 4 a.m. and was brought under control by firefighters within an hour. No one was injured. Crews restored power to most customers by redirecting load through neighboring substations, but about 6,000 customers closest to the site remained without electricity until early afternoon.

P|Traffic signals were dark at more than 70 intersections during the morning rush, and police officers directed traffic at the busiest of them. Two elementary schools opened two hours late, and a dialysis clinic moved patients to another location.

P|The utility said the transformer, installed in 1987, had passed its most recent inspection in March. Investigators will examine whether a failure in its cooling system caused it to overheat.

P|"We understand how disruptive this was, particularly for people who depend on medical equipment at home," a utility spokesperson said. "We will share what we find as soon as the investigation is complete."

P|Customers who lost refrigerated food or medication may be eligible for compensation and can submit claims through the utility's website within 30 days.
""", notes="No debris and no title line: the dump is only article paragraphs, blank-line separated. Nothing may be removed; "
  "times inside sentences ('shortly after 4 a.m.') are article text.")

doc(233, "glass_orchard_review", """
navigation|Reviews
navigation|Theatre
T|'The Glass Orchard' review: a family drama that earns its long silences
byline|Reviewed by Hannah Cole
reading-time|4 min
P|Nothing much happens in the first twenty minutes of "The Glass Orchard," and that is the point. Three adult siblings sit in their late mother's kitchen in a Michigan farmhouse, sorting recipe cards into piles, and the quiet between them does more work than most plays manage with a page of dialogue.
P|Playwright Nadia Greer's new drama, which opened on Thursday at the Lyric Playhouse, follows the family over a single weekend as they decide whether to sell the apple orchard their parents spent forty years building. The eldest, Ruth (a superbly controlled Marianne Hale), wants to keep it. Her brothers have mortgages of their own.
ad|ADVERTISING
P|Advertising for the production has leaned heavily on its second-act argument, in which decades of resentment spill out over a burned pie, and the scene is every bit as good as promised. But the play's real strength lies in its smaller moments: a brother pausing before he throws away a shopping list in his mother's handwriting, or Ruth walking outside to check the frost on the trees in the middle of a sentence.
P|Director Paul Okafor stages it all on a single set, a kitchen so carefully detailed you can almost smell the cinnamon. The lighting shifts from bright morning to blue dusk with a subtlety that makes the weekend feel like a lifetime.
P|If the final scene resolves things a little too neatly, it is a small price for an evening this honest about how families talk, and how they don't.
P|Until June 30 at the Lyric Playhouse, Eastgate.
P|Running time: 2 hours 40 minutes, including one interval.
social|Share this review
related|More reviews
related|'Hamlet' in a car park: the most ambitious outdoor show of the summer
related|A jukebox musical that forgets to tell a story
""", notes="Theatre review, no blank lines. 'Reviewed by' byline and a bare '4 min' reading time. HARD NEGATIVES: the paragraph "
  "beginning 'Advertising for the production...' sits right under a real 'ADVERTISING' label; the practical info lines "
  "'Until June 30 at the Lyric Playhouse, Eastgate.' and 'Running time: 2 hours 40 minutes...' look like reading-time or "
  "footer debris but are part of the review.")

doc(234, "flood_insurance_premiums", """
T|Flood insurance premiums to rise for 1 in 4 coastal homeowners under new pricing

P|Roughly one in four homeowners with federal flood insurance in coastal counties will see their premiums rise by more than 10 percent at renewal this year, according to an analysis of policy data released on Tuesday by a nonpartisan budget research group.
P|The increases are the latest stage of a pricing system introduced in 2021 that bases premiums on the specific risk of each property, including its elevation, distance from water and cost to rebuild, rather than on broad flood-zone maps.
P|    Under the old system, many owners of older homes in high-risk areas paid discounted rates that did not reflect their true risk, while some owners of lower-risk homes paid too much. The new method has cut premiums for about a fifth of policyholders nationwide.
P|But annual increases for those whose rates are rising are capped at 18 percent, which means many homeowners face years of steady increases before reaching their full-risk price. In parts of Louisiana and the Florida Keys, the analysis found, full-risk premiums are more than four times what owners paid in 2020.

P|Real estate agents say the rising costs are already affecting home sales, because buyers must take on the seller's policy or buy a new one at the full-risk price.
P|"People budget for the mortgage and the property tax and then discover the flood premium is another $400 a month," said Denise LaBorde, a broker in Houma, Louisiana.
P|	Congress is weighing proposals to offer means-tested discounts to lower-income policyholders, but none has advanced out of committee.
""", notes="No debris. Title with no suffix; paragraphs mostly run together with a single blank line in the middle "
  "(irregular spacing); two paragraphs carry leading spaces/tab that must simply be stripped. Nothing may be removed.")

doc(235, "salt_line_photo_prize", """
navigation|Culture › Photography
T|Photo of Dead Sea salt formations wins international landscape prize
timestamp|Posted on 5 December 2024

caption|"Salt Line" by Amira Haddad, winner of the 2024 Open Horizons Landscape Award.
credit|© Amira Haddad / Open Horizons

P|An image of salt formations along the shrinking shoreline of the Dead Sea has won this year's Open Horizons Landscape Award, one of the most prestigious prizes in landscape photography.

P|The photograph, taken at dawn in March, shows a line of white salt crystals curving across dark mud toward the water's edge, with the hills of the far shore barely visible in the haze. Its maker, Jordanian photographer Amira Haddad, said she returned to the same spot on eleven mornings before the light and the tide line matched what she had in mind.

P|Photo editors on the five-member jury praised the picture for telling an environmental story without showing a single person. The sea's surface has dropped by more than a meter a year in recent decades as water from the Jordan River is diverted for farms and cities.

P|"It is a beautiful image of something that is disappearing," said jury chair Tomas Lindgren. "The salt is a record of where the water used to be."

P|Photographers from 94 countries submitted more than 31,000 entries this year. Haddad receives a prize of €10,000, and her image will be shown alongside the other finalists at an exhibition in Copenhagen from January.

P|A photograph of lightning over a Mongolian steppe by Batbayar Ganzorig was named runner-up.

social|Pin it
social|Share on Facebook
related|You might also like
related|The quiet revolution in drone photography
related|Ten years of the Open Horizons award, in pictures
""", notes="Article ABOUT a photograph. The real caption line (in quotes, with the image title) and the '© ... / Open Horizons' "
  "credit are removed. HARD NEGATIVES: 'The photograph, taken at dawn...', 'Photo editors on the five-member jury...' and "
  "'Photographers from 94 countries...' are article text. 'Posted on <date>' line under the title is a timestamp.")

doc(236, "tuition_increase_proposal", """
newsletter|You have 2 free articles remaining this month. Subscribe for unlimited access.
navigation|Education
T|State universities propose 4.5% tuition increase for next fall
byline|By Kevin Tran
timestamp|Updated May 20, 2024, 5:01 a.m. ET
reading-time|Reading time: 4 minutes

P|In-state undergraduates at the state's four public universities would pay 4.5 percent more in tuition next fall under a proposal the Board of Regents will consider at its June meeting, the largest increase since 2016.

P|For a full-time student at the flagship campus, annual tuition and mandatory fees would rise by about $560, to roughly $13,000. Room and board, which is set separately by each campus, is expected to increase by a similar percentage.

P|University officials said the increase was needed to cover higher salaries negotiated with faculty and staff unions and rising costs for utilities and insurance. State funding for the system rose by 2 percent this year, less than the 6 percent the regents had requested.

P|Who pays more

P|The proposal would not apply equally to all students. Those whose families earn less than $65,000 a year would continue to have their tuition fully covered by the state's Promise Grant, and about 38 percent of undergraduates currently qualify.

P|Out-of-state students, who already pay nearly three times the in-state rate, would face an increase of 6 percent.

P|Student government leaders said they would oppose the plan. "Every year we are told this is the last big increase," said Maya Goldstein, president of the student senate at the flagship campus. "Students are working two jobs already."

P|"It's not sustainable."

P|Regent Charles Abara said the board would look for savings before approving the full amount, but warned that a freeze would mean larger classes and fewer course sections.

newsletter|Get Education Insider delivered to your inbox every Tuesday.
newsletter|Sign Up
social|Share via Facebook · Share via X · Share via Email
""", notes="Metered paywall notice at the very top, section label, byline, 'Updated' timestamp, 'Reading time:' line. "
  "HARD NEGATIVES: the subheading 'Who pays more' and the one-line quote paragraph 'It's not sustainable.' (in quotes). "
  "Tail: newsletter prompt with button and a '·'-separated share row.")

doc(237, "ridge_fire_evacuations", """
	navigation|Home / News / Wildfires
T|Evacuations ordered as Ridge Fire jumps highway near Pinecrest
social|📢 Join our WhatsApp channel for live updates

caption|Smoke rises over the ridge east of Pinecrest on Saturday afternoon.
credit|(Marco Díaz / Sierra Sentinel)
caption|Smoke rises over the ridge east of Pinecrest on Saturday afternoon.

P|Authorities ordered about 3,500 residents of Pinecrest and the surrounding foothills to leave their homes on Saturday after a fast-moving wildfire jumped State Route 108 and pushed east on strong afternoon winds.

P|The Ridge Fire had burned about 6,800 acres by Saturday evening and was 5 percent contained, according to the state fire agency. It was first reported shortly before noon on Friday near a campground south of the highway.

P|"It went from a column of smoke to fire on both sides of the road in about twenty minutes," said Deputy Carla Yates of the county sheriff's office, which went door to door on several streets where residents had not responded to phone alerts.

related|More on this story
related|• Map: Where the Ridge Fire is burning
related|• How to sign up for county emergency alerts
related|• Air quality alert issued for three counties

P|An evacuation center has opened at the Sonora fairgrounds, which is also accepting large animals. Route 108 will remain closed between Long Barn and Strawberry until further notice.

P|About 900 firefighters were assigned to the blaze, supported by six air tankers and a dozen helicopters. Forecasters said gusts of up to 35 mph were expected to continue through Sunday before easing early next week.

P|No injuries have been reported. Officials said at least 14 structures had been damaged or destroyed but cautioned that the number could rise once crews can safely reach the area.

social|👉 Follow us on Telegram
social|👉 Like our Facebook page
timestamp|Last updated: Sat 17 Aug 2024 21:04 PDT
""".replace("\tnavigation|", "navigation|\t"), notes="Wildfire story. Tab-indented breadcrumb line (must be stripped before comparison). Emoji "
  "WhatsApp/Telegram/Facebook prompts at head and tail. Caption + parenthesised credit + exact duplicate caption (alt text). "
  "Bulleted '•' related block mid-article. Trailing 'Last updated' timestamp.")

doc(238, "rivertown_state_title", """
navigation|Scores
navigation|Schedule
navigation|Standings
navigation|High School Sports
T|Rivertown claims state title as Okafor scores 31
byline|By Marcus Bell | Prep Sports Editor
P|Senior guard Jalen Okafor scored 31 points, including 12 in a decisive fourth quarter, and Rivertown beat Bellmont 68-61 on Saturday night to win the Class 4A boys basketball state championship, the school's first title since 1994.
P|Bellmont led 47-44 entering the final period, but Rivertown held its opponent without a field goal for more than five minutes while switching to a full-court press. Okafor's steal and layup with 3:12 remaining gave the Rams a lead they never gave back.
P|"We've been working on that press since November," coach Dana Whitaker said. "Tonight was the first time we ran it for a whole quarter."
P|Okafor, who has signed with a Division I program, finished 11 of 19 from the field and made all seven of his free throws. Sophomore Luis Peña added 14 points and 9 rebounds.
P|Box score
P|Rivertown 68, Bellmont 61
P|Rivertown (27-3): Okafor 31, Peña 14, Lindqvist 9, Adams 8, Ruiz 6.
P|Bellmont (25-5): Carter 22, Mays 17, Tran 10, Holloway 8, Kim 4.
P|Halftime: Bellmont 33-30.
P|Bellmont, which was seeking its third championship in five years, got 22 points from junior forward Isaiah Carter. The Bobcats shot 58 percent in the first half but just 27 percent after the break.
navigation|← Previous article
navigation|Girls' semifinal: Northgate edges Clearwater in overtime
navigation|Next article →
navigation|Wrestling: Three locals reach podium at state meet
comments|Comments (2)
comments|hoopsdad77 — March 17, 2024 at 10:02 pm
comments|What a run by the Rivertown defense in the fourth quarter. Congrats Rams!
comments|Reply
comments|B. Holloway — March 17, 2024 at 10:40 pm
comments|Proud of our Bobcats anyway. Great season.
comments|Reply
navigation|Back to top ↑
""", notes="Prep sports page, no blank lines. Menu one per line ending in a section label; byline with ' | Prep Sports Editor'. "
  "HARD NEGATIVES: box-score lines ('Box score', 'Rivertown 68, Bellmont 61', per-player scoring lines, 'Halftime: ...'). "
  "Previous/next article links with their headlines (navigation), comments with 'name — date' lines, 'Back to top ↑'.")

doc(239, "ferry_winter_sailings", """
banner|You are logged in as editor. Edit this post · Dashboard · Log out
navigation|Island News
T|Ferry operator adds winter sailings after islanders petition — The Sound Courier
timestamp|November 4, 2024
shortcode|[caption id="attachment_4417" align="alignnone" width="1024"]
caption|The MV Kestrel leaves Port Halden on a calm morning in October.
shortcode|[/caption]
P|Island residents will get two extra ferry crossings a day this winter after more than 2,300 people signed a petition complaining that the reduced off-season timetable left them stranded on the mainland after medical appointments.
P|Harbour Lines said on Monday that it would add a 6:15 a.m. departure from Port Halden and a 7:30 p.m. return from the mainland terminal from Dec. 1 until the summer schedule resumes in April.
P|"The last boat home at 4:45 meant anyone with an afternoon appointment at the hospital had to stay overnight," said petition organizer Moira Blackwood, a retired nurse. "For older people that is a night in a hotel they can't afford."
shortcode|[gallery ids="4418,4419,4420" columns="3" size="medium"]
P|The company had cut the winter schedule from eight daily round trips to five in 2022, citing crew shortages and fuel costs. It said recruitment had improved and that a second crew had completed training in September.
P|The regional transport authority will cover about half of the added operating cost, estimated at 410,000 pounds for the season, through its lifeline services fund.
ad|[adsense]
P|Islanders welcomed the decision but said they would keep pressing for a later weekend sailing, which Harbour Lines said it would review in the spring.
shortcode|[contact-form-7 id="52" title="Send us a news tip"]
shortcode|[/et_pb_text][/et_pb_column][/et_pb_row][/et_pb_section]
""", notes="Unrendered WordPress page. Logged-in admin bar notice (banner), '[caption ...]' / '[/caption]' shortcodes wrapping a "
  "real caption line, '[gallery ...]' and '[contact-form-7 ...]' shortcodes, page-builder closing tags, and an '[adsense]' "
  "ad shortcode (category ad). Title carries an em-dash site suffix.",
  suffix=" — The Sound Courier")
