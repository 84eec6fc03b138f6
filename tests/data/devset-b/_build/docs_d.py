from dsl import doc

doc(224, "wheat_drought_plains", """
P|Winter wheat across the southern Plains entered spring in its worst condition in more than a decade, according to a crop report released on Monday, as a dry autumn and a nearly snowless winter left soils short of moisture across western Kansas, the Oklahoma Panhandle and north Texas.
P|The report rated 38 percent of the Kansas crop poor or very poor, compared with 19 percent a year ago. In some counties west of Dodge City, farmers said fields planted in October had never fully emerged.
P|"You drive past and you can see the rows, but there's more dirt than green," said Lyle Hoffmann, who farms 3,200 acres near Scott City. "We need an inch of rain, and we need it in the next three weeks."
P|Wheat is planted in the fall, goes dormant over the winter and resumes growth in March. Agronomists say the crop can still recover if rain arrives before the plants begin to joint, the stage at which the number of kernels per head is largely set. After that, even generous rains do less good.
P|Futures prices have barely reacted. Ample stocks elsewhere in the world and a large harvest expected in the Black Sea region have kept a lid on the market, which means farmers facing lower yields are unlikely to be compensated by higher prices.
P|Some producers are already weighing whether to abandon the poorest fields and plant sorghum or cotton later in the spring. Crop insurance adjusters must approve that decision before a claim can be paid, and several insurers said they were scheduling more field visits than usual.
P|The seasonal outlook from federal forecasters calls for below-normal rainfall across most of the region through May.
""", notes="No debris and NO title line: the page dump starts directly with the first paragraph, so the first clean line is "
  "that paragraph (title null). Nothing may be removed.")

doc(225, "stocks_jobs_report", """
navigation|Markets
navigation|Stocks
T|Stocks edge higher as bond yields fall ahead of jobs report
byline|By Owen Price
timestamp|Published Thu, Mar 6 2025 4:32 PM EST
social|Share · Tweet · Email
P|U.S. stocks closed slightly higher on Thursday as Treasury yields eased for a third straight session, with investors reluctant to make large bets a day before the monthly employment report.
P|The benchmark 10-year Treasury yield fell to 4.08 percent, its lowest level since early December, after data showed weekly jobless claims rising more than economists had expected. Lower yields tend to support shares of fast-growing technology companies, whose value depends more heavily on future profits.
ad|ADVERTISEMENT
P|Index close and change:
P|S&P 500 5,738.52 +0.3%
P|Nasdaq Composite 18,552.73 +0.6%
P|Dow Jones Industrial Average 42,579.08 +0.1%
P|Russell 2000 2,071.44 -0.4%
P|Chipmakers led the gains. Shares of several semiconductor equipment makers rose more than 2 percent after an industry group raised its forecast for global factory spending. Retailers lagged after two department store chains reported weaker holiday-quarter margins.
P|Economists polled ahead of Friday's report expect employers to have added about 160,000 jobs in February, with the unemployment rate holding at 4.0 percent. A much weaker figure could revive expectations of an interest-rate cut at the Federal Reserve's meeting this month.
P|"The market is in wait-and-see mode," said Danielle Cho, chief investment strategist at Harbor Lane Advisors. "Nobody wants to be caught leaning the wrong way on a payrolls Friday."
P|Oil prices fell 1.2 percent to $66.40 a barrel, and gold rose 0.5 percent.
timestamp|Last updated 16:35 GMT
banner|Market data provided by QuoteStream. Quotes delayed at least 15 minutes.
""", notes="Financial news page, no blank lines, fictional figures. Two-level section labels, byline, long 'Published' "
  "timestamp at the head and a 'Last updated' timestamp at the tail, an 'ADVERTISEMENT' label and a market-data "
  "disclaimer (banner), and a '·'-separated share row right under the timestamp. HARD NEGATIVE: the index "
  "table ('S&P 500 5,738.52 +0.3%') looks like a ticker widget but is article content.")

doc(226, "library_sunday_hours", """
T|Public library to open on Sundays at four branches starting in September

P|The Riverside Public Library will open four of its eleven branches on Sundays beginning Sept. 8, the first time in more than fifteen years that residents will be able to borrow books or use library computers on the weekend's final day.

P|The Central, Oak Hill, Eastgate and Marina branches will be open from noon to 5 p.m. The library board approved the change unanimously on Monday after the city council added $640,000 to the library budget for the coming year.

P|Sunday service was eliminated in 2009 during a round of budget cuts. Library director Anita Okonkwo said demand had never gone away: in a survey last winter, 58 percent of respondents said Sunday was the day they were most likely to visit.

P|"Sunday is when families have time together, and when students are finishing homework that is due on Monday," Okonkwo said. "We have been closed at exactly the moment people need us."

P|The branches were chosen because they are spread across the city and each sits on a bus line with Sunday service. The library will hire the equivalent of nine full-time staff, most of them part-time positions, and will offer current employees the first chance to pick up Sunday shifts.

P|If usage is strong, the board said it would consider extending Sunday hours to two more branches in 2026.
""", notes="No debris. Title line without any suffix followed by blank-line-separated paragraphs; dates and times inside "
  "sentences ('noon to 5 p.m.', 'Sept. 8') are ordinary content. Nothing may be removed.")

doc(227, "county_commission_recount", """
navigation|Politics
navigation|Elections 2024
T|Recount confirms Hollis wins county commission seat by 37 votes — Daily Record
byline|BY JAMES WHITAKER | jwhitaker@dailyrecord.example

P|A hand recount completed Friday confirmed that Republican Dale Hollis won the District 3 seat on the Marion County Commission, expanding his margin over Democrat Elena Menendez from 31 votes to 37.

P|The recount was automatic under state law because the unofficial margin was less than one-half of one percent of the votes cast. Teams of two election workers, one from each party, counted 16,391 ballots over three days in the county elections office.

P|Final certified results:
P|Dale Hollis (R) 8,214
P|Elena Menendez (D) 8,177

P|The recount found 11 ballots that had been misread by scanners, most because voters had circled a candidate's name instead of filling in the oval. Elections supervisor Carla Dunn said the changes were "well within what we expect" and showed the system working as designed.

P|Menendez conceded in a statement Friday afternoon and thanked the volunteers who had observed the count. "Every vote was looked at by human eyes. I accept the result," she said.

P|Hollis, a former school principal, will be sworn in on Jan. 7. His victory keeps the commission's 3-2 Republican majority intact.

related|Related coverage
related|► Provisional ballots could decide District 3 race
related|► What triggers an automatic recount in our state?
related|► Turnout tops 70% in Marion County for first time since 2008
comments|Comments (3)
comments|Liz W.
comments|Nov 22, 2024 3:41pm
comments|Props to Menendez for a gracious concession. That's how it's supposed to work.
comments|Reply
comments|R. Castillo
comments|Nov 22, 2024 4:05pm
comments|Circling the name instead of filling the oval... every single election.
comments|Reply
comments|Load more comments
""", notes="Local election story. Title with an em-dash site suffix ' — Daily Record', upper-case byline with an email address, "
  "related block with '►' bullets, comment section with names, dates and 'Reply' links. HARD NEGATIVE: the results "
  "'table' ('Dale Hollis (R) 8,214') and its heading 'Final certified results:'.",
  suffix=" — Daily Record")

doc(228, "nurses_strike_staffing", """
T|Nurses at St. Brigid's begin three-day strike over staffing ratios | The Tribune
byline|Jane Smith
byline|Health reporter
timestamp|Mon 14 Oct 2024 07.58 BST
P|About 1,100 nurses at St. Brigid's Hospital walked off the job at 7 a.m. on Monday, beginning a three-day strike over staffing levels that union leaders say have left wards dangerously short of experienced staff.
P|The strike is the first at the hospital in its 96-year history. Picket lines formed at all three entrances, and the hospital said it had brought in about 400 replacement nurses through an agency to keep emergency, maternity and intensive care units open.
P|Comments from the hospital's chief executive on Monday did little to ease tensions. Speaking to local radio, Dr. Alan Pryce said the union's demand for fixed nurse-to-patient ratios would cost the hospital $38 million a year and "could not be met without closing beds."
newsletter|Health Check newsletter
newsletter|Get the week's health news, explained, every Wednesday.
newsletter|Enter your email address
newsletter|Sign up
newsletter|By signing up you agree to our Terms of Use and Privacy Policy. You can unsubscribe at any time.
P|The union is seeking a limit of four patients per nurse on medical and surgical wards and two per nurse in step-down units. Nurses say they routinely care for six or seven patients on night shifts.
P|"I have stood at a bedside knowing there are three other call lights on and I am the only one who can answer them," said Teresa Okoye, a cardiac nurse with 14 years at the hospital.
P|The hospital's internal newsletter, sent to all staff on Friday, described the strike as "premature" and said management had offered to fund 60 new nursing positions over two years. The union said the offer did not include enforceable limits.
P|Scheduled surgeries that are not urgent have been postponed until Thursday. Patients have been told to keep appointments unless they are contacted.
P|No new talks had been scheduled as of Monday evening.
bio|Jane Smith covers health care for The Tribune. She previously reported for the Lakeside Courier. Reach her at jsmith@tribune.example.
""", notes="No blank lines. Title with ' | The Tribune' suffix; two-line byline (name, then role); British-style timestamp "
  "'07.58 BST'; five-line newsletter box mid-article; staff bio sentence after the article. HARD NEGATIVES: paragraph "
  "beginning 'Comments from the hospital's chief executive...' and a paragraph about 'The hospital's internal newsletter'.",
  suffix=" | The Tribune")

doc(229, "legacy_chip_crunch", """
banner|JavaScript is disabled in your browser. Some features of this site may not work as intended.
navigation|Tech
navigation|Reviews
navigation|Deals
T|Automakers warn of new chip crunch as legacy fabs shift to AI parts – GadgetPulse
byline|Posted by Ryan Kowalski
timestamp|January 22, 2024

P|Several large carmakers have told suppliers to expect tighter availability of older-generation microcontrollers later this year, as foundries that produce them shift capacity toward chips for artificial intelligence servers.

P|The parts in question are not cutting-edge. Many are made on manufacturing processes more than a decade old, and they control everything from window motors to battery management systems. But because they earn foundries thin margins, few new factories are being built to make them.

ad|[adsense]

P|Industry analysts say the situation is different from the shortage of 2021, when carmakers cancelled orders early in the pandemic and then found themselves at the back of the queue. This time demand is stable, but some foundries are converting older lines to make the power-management and packaging components used in AI accelerators.

P|One European supplier told customers in a letter seen by GadgetPulse that lead times for certain 40-nanometer microcontrollers had stretched from 16 weeks to 30.

P|Carmakers have responded by signing longer-term supply agreements and, in a few cases, redesigning circuit boards so they can use chips from more than one manufacturer. That work takes time: qualifying a new part for a vehicle can take a year or more.

related|Related Posts
related|Samsung's new foldable finally fixes the crease
related|The best budget earbuds we tested this winter
related|Why your next laptop will have an NPU
navigation|← Previous Post
navigation|CES 2024: The weirdest gadgets we saw on the show floor
navigation|Next Post →
navigation|Hands-on: a week with the cheapest e-reader on the market
bio|About Ryan Kowalski
bio|Twitter aficionado. Unapologetic zombie fan. Introvert. Hardcore music ninja. Award-winning food evangelist.
comments|Leave a Reply Cancel reply
comments|Your email address will not be published. Required fields are marked *
comments|Comment *
comments|Name *
comments|Email *
comments|Website
comments|Save my name, email, and website in this browser for the next time I comment.
comments|Post Comment
banner|This site uses Akismet to reduce spam. Learn how your comment data is processed.
""", notes="Gadget blog on WordPress. JavaScript notice, title with ' – GadgetPulse' en-dash suffix, '[adsense]' ad shortcode "
  "mid-article, related posts, previous/next post links WITH their headlines (navigation), generated fake author bio, full "
  "WordPress comment form, and the anti-spam plugin notice (banner).",
  suffix=" – GadgetPulse")

doc(230, "cedar_creek_cleanup", """
navigation|Community
T|Volunteers pull 3 tons of trash from Cedar Creek in annual cleanup

credit|Photo by Lena Ortiz on Unsplash

P|More than 400 volunteers waded into Cedar Creek on Saturday for the 25th annual cleanup, hauling out an estimated three tons of trash along a six-mile stretch between the Mill Road dam and the river confluence.

P|Crews in waders and kayaks pulled out the usual haul of bottles, cans and plastic bags, along with 41 tires, two shopping carts, a mattress and a section of wrought-iron fence. The Cedar Creek Watershed Alliance, which organizes the event, said the total was about 20 percent lower than last year.

P|Read aloud at the closing picnic, the list of the day's oddest finds drew laughs: a bowling ball, a fishing rod with the lure still attached, and a sealed 1998 time capsule from a nearby elementary school, which will be returned to the school and opened in class next month.

P|Alliance director Nora Whitfield said the declining totals suggest that the region's bottle deposit program, introduced in 2021, is having an effect. "We used to fill a dumpster just with cans," she said. "This year it was a fraction of that."

P|Water quality monitoring along the creek has also improved. Readings taken by volunteers at eight sites show bacteria levels falling at six of them since 2019, though the alliance says runoff from roads remains a problem after heavy rain.

P|Next year's cleanup is scheduled for the third Saturday in April.

newsletter|Want more good news? Get our Sunday roundup of stories that make you smile.
social|Print
social|Email
social|Share
""", notes="Community story with a stock-photo credit line on its own ('Photo by ... on Unsplash'), no caption. "
  "HARD NEGATIVES: paragraphs beginning 'Read aloud at the closing picnic...' and 'Readings taken by volunteers...'. "
  "Tail: newsletter prompt and Print/Email/Share widget row.")

doc(231, "loggerhead_tags_migration", """
navigation|Science › Environment
T|Satellite tags reveal loggerhead turtles' 2,000-mile migration
byline|By Priya Raman, Science Correspondent
P|Tags fitted to 14 female loggerhead turtles on a Florida nesting beach last summer have revealed migrations of more than 2,000 miles, with several animals travelling as far as the waters off Nova Scotia before turning south for the winter.
caption|A loggerhead fitted with a satellite transmitter returns to the water at Melbourne Beach, Florida.
credit|© Coastal Turtle Project
P|The study, published on Wednesday in the journal Marine Ecology Progress Series, is the largest tracking effort for the species in the western Atlantic in more than a decade. The transmitters, glued to the turtles' shells, send a position each time the animal surfaces to breathe.
P|Researchers had expected most of the turtles to stay in the warm waters of the Gulf Stream. Instead, nine followed the current north in late summer and spent weeks feeding over the continental shelf, where jellyfish and crabs are abundant.
P|"They are going much farther north than our management plans assume," said lead author Dr. Maya Ellison. "That matters, because it puts them in areas with heavy fishing activity and very little bycatch monitoring."
P|Two of the 14 tags stopped transmitting within weeks. The team said one turtle was likely caught in fishing gear; the other tag probably detached.
P|The researchers plan to tag another 20 turtles this season, including males, whose movements are much less well understood because they never come ashore.
tags|Tags: Wildlife, Oceans, Conservation, Florida
tags|#seaturtles #loggerhead #oceanscience
""", notes="Science story, no blank lines. Breadcrumb with '›', byline with title, caption + '© ...' credit. HARD NEGATIVE: "
  "the first paragraph begins with the word 'Tags' ('Tags fitted to 14 female loggerhead turtles...'), while the real "
  "'Tags:' line and a hashtag line at the tail are removed.")
