"""The text of the bundled templates (see build_templates.py for the line format)."""

B2C = """
stage aw Awareness
stage co Consideration | 280
stage de Decision
stage pu Purchase
stage po Post-purchase | 280
about aw weeks before | Maya's shoes wear out before a race. She isn't shopping yet: a friend's post and her own knees start the search.
about co 1 to 2 weeks | She narrows the choice with reviews and the size guide. Fit is the doubt that decides whether she buys online at all.
about de a few days | An advisor's answer on fit and a clear returns policy turn doubt into confidence.
about pu 10 minutes | Checkout on her phone: payment is easy, but the shipping cost shows up only at the last step.
about po 4 to 6 weeks | Delivery, the first runs, a possible exchange and a review. Whether she buys here again is decided now.
lane act actions Customer actions
lane thk thoughts Thoughts
lane tp touchpoints Touchpoints
lane emo emotion Emotion curve
lane mot moments_of_truth Moments of truth
lane pain pain_points Pain points
lane opp opportunities Opportunities
lane kpi metrics KPIs
persona maya Maya Lindqvist | Physiotherapist, 34, runs three times a week | "I don't mind paying more if I know the shoe fits my stride." | Replace worn running shoes before a half marathon; Buy once, without returns | Honest fit advice; Delivery before race day | Sizes differ between brands; Returns feel like a chore
a1: aw act note V 0 | Notices her shoes are worn after a long run | src=interview/2026-03-04/Interview 3: runners' habits/Research repo INT-03
a2: aw act note V 1 | Sees a friend's new trainers on Instagram | src=survey/2026-03-10/Survey n=412, Q7/Survey report p.12
a3: co act note V 1 | Searches "best cushioned running shoe 2026" | src=analytics/2026-02-28/Search console, top queries/GA dashboard
a4: co act note H 0 | Compares three models on review sites
a5: co act note V -1 | Tries the online size guide | src=usability_test/2026-04-02/Usability test, 6 of 8 hesitated/UT-2026-04
a6: de act note H 1 | Chats with a running advisor
a7: de act note V -1 | Reads the returns policy twice | src=analytics/2026-03-15/Scroll maps on /returns/Hotjar export
a8: pu act note V -2 | Sees shipping cost only at checkout | src=analytics/2026-03-15/Checkout funnel: 31% drop at shipping step/Funnel report Q1
a9: pu act note V 1 | Pays with Apple Pay | src=analytics/2026-03-15/Payment mix report/Finance BI
a11: po act note V -1 | Tracks a parcel that shows no update for two days | src=support_tickets/2026-03-20/38 "where is my order" tickets/Zendesk view 112
a13: po act note V -2 | Sends back shoes that pinch; orders half a size up | src=support_tickets/2026-03-20/Exchange tickets, 11% of orders/Zendesk view 98
a10: po act note H 2 | Runs first 10 km in the new shoes
a12: po act note H 1 | Leaves a review after a month
t1: aw thk quote V - | "These look like they'd help my knees." | src=interview/2026-03-04/Interview 5/INT-05
t2: co thk question H - | Will a 38.5 fit like my old 39?
t3: de thk quote V - | "If they don't fit, is sending them back free?" | src=interview/2026-03-06/Interview 7/INT-07
t4: pu thk note H - | Hopes it arrives before Sunday's race
t5: po thk quote H - | "Finally, no blisters."
t6: aw thk note X - | Starts on a price-comparison site | src=analytics/2026-02-28/Only 6% of sessions from comparison sites/GA dashboard
t7: co thk note V - | Budget: no more than 150 € | src=survey/2026-03-10/Survey Q9, median budget/Survey report p.15
t8: de thk question H - | Is the advisor just upselling?
p1: aw tp touchpoint V - | Instagram post by a friend | channel=social | src=survey/2026-03-10/Survey Q7/Survey report p.12
p2: co tp touchpoint V - | Review sites and YouTube tests | channel=web | src=analytics/2026-02-28/Referral traffic/GA dashboard
p3: co tp touchpoint H - | Size guide on product page | channel=web
p4: de tp touchpoint V - | Live chat with a running advisor | channel=chat | src=analytics/2026-03-12/Chat transcripts sample/CX drive
p5: pu tp touchpoint V - | Checkout on mobile | channel=app | src=analytics/2026-03-15/Device split 72% mobile/GA dashboard
p6: po tp touchpoint V - | Shipping notification emails | channel=email | src=analytics/2026-03-15/Email open rates/CRM report
p7: po tp touchpoint H - | Review request email after 30 days | channel=email
p8: pu tp touchpoint V - | Order confirmation with delivery date | channel=email | src=analytics/2026-03-15/Confirmation email open rate 88%/CRM report
e1: aw emo note V 1 | Curious | src=interview/2026-03-04/Interviews 1-8/INT summary
e2: co emo note H -1 | Unsure about size
e3: de emo note H 1 | Reassured by advisor
e4: pu emo note V -2 | Annoyed by fees | src=survey/2026-03-10/Survey Q12/Survey report p.18
e5: po emo note H 2 | Delighted
x1: co pain pain_point V - | Size guide uses only US sizes | src=usability_test/2026-04-02/UT findings #2/UT-2026-04
x2: de pain pain_point V - | Return costs unclear until the FAQ | src=support_tickets/2026-03-20/Ticket tag "returns?"/Zendesk view 98
x3: pu pain pain_point V - | Shipping cost revealed at the last step | src=analytics/2026-03-15/Checkout funnel/Funnel report Q1
x4: po pain pain_point H - | No tracking updates for two days
x5: po pain pain_point V - | An exchange means a second 3-5 day wait | src=support_tickets/2026-03-20/Ticket tag "exchange"/Zendesk view 98
m1: de mot moment_of_truth V - | Advisor recommends a half size up | polarity=positive | src=interview/2026-03-06/Interview 7/INT-07
m2: co mot moment_of_truth V - | Size guide can't answer "will it fit?" | polarity=negative | src=usability_test/2026-04-02/UT findings #2/UT-2026-04
m3: po mot moment_of_truth H - | Shoes arrive two days before the race | polarity=positive
o1: co opp opportunity H - | Fit finder: compare with a shoe you own | owner=E-commerce | tags=fit
o2: de opp opportunity H - | "Free returns" badge next to the price | owner=E-commerce | tags=returns
o3: pu opp opportunity V - | Show delivery cost and date on the product page | owner=E-commerce | tags=checkout | src=usability_test/2026-04-02/UT recommendation 1/UT-2026-04
o5: po opp opportunity H - | Ship the new size before the return arrives | owner=Logistics | tags=fit;returns
k1: aw kpi metric V - | Reach of social campaign | metric=1.2/M views/1.5 | src=analytics/2026-03-31/Campaign report/Social BI
k2: co kpi metric V - | Product page to basket | metric=7.8/%/10 | src=analytics/2026-03-31/Funnel Q1/Funnel report
k3: pu kpi metric V - | Checkout completion | metric=69/%/80 | src=analytics/2026-03-31/Funnel Q1/Funnel report
k4: po kpi metric V - | Return rate (size) | metric=14/%/8 | src=analytics/2026-03-31/Returns by reason/Ops BI
k5: po kpi metric H - | Review rate after 30 days | metric=4.5/%/8
k6: de kpi metric V - | Chat to order conversion | metric=22/%/25 | src=analytics/2026-03-31/Chat sessions with an order/CX dashboard
flow a1 > a3 > a4 > a6 > a8 > a9 > a10 > a12
flow a2 > a3
flow a4 > a5 > a7 > a8
flow a9 > a11 > a13 > a10
depends x1 > o1
depends x2 > o2
depends x3 > o3
depends x5 > o5
"""

B2B = """
stage aw Awareness
stage re Research
stage ev Evaluation | 280
stage de Decision
stage va Validation
stage lo Loyalty
about aw 1 to 3 months | The pain of dispatch spreadsheets becomes visible; a peer's story makes it a problem worth solving.
about re 2 to 4 weeks | Tomasz looks for options and prices; vendors answer with meeting requests instead of numbers.
about ev 4 to 8 weeks | A pilot proves the value, while the security review and procurement set the pace.
about de 2 to 6 weeks | The champion has to sell the business case to the CFO and get the contract through procurement.
about va first 3 months | The team either adopts the tool or drifts back to spreadsheets: value must show in the first weeks.
about lo ongoing | Reviews and results make Tomasz a reference customer, or a quiet churn risk.
lane act actions Buying-group actions
lane thk thoughts Thoughts and questions
lane tp touchpoints Touchpoints
lane emo emotion Emotion curve
lane pain pain_points Pain points
lane opp opportunities Opportunities
lane kpi metrics KPIs
persona tom Tomasz Kowal | Head of Operations, logistics company (400 staff) | "I need something my team will actually use, not another shelfware tool." | Cut manual dispatch planning by half; Get sign-off within this budget year | A clear business case; References from similar companies | Sales calls before any pricing; Long security questionnaires
a1: aw act note V -1 | Hears a peer complain about dispatch spreadsheets at a conference | src=interview/2026-05-12/Buyer interview 2/INT-B2
a2: re act note V 0 | Downloads an industry report on route planning | src=analytics/2026-05-20/Gated content leads/HubSpot report
a3: re act note H -1 | Asks two vendors for pricing, gets meeting requests
a4: ev act note V 1 | Runs a two-week pilot with 5 dispatchers | src=interview/2026-06-02/Pilot debrief/Pilot notes
a5: ev act note V -2 | Fills in a 180-question security questionnaire | src=interview/2026-06-04/IT security interview/INT-B5
a6: de act note V 0 | Presents the business case to the CFO | src=interview/2026-06-10/Champion interview/INT-B6
a7: de act note H -1 | Negotiates contract terms with procurement
a8: va act note H 1 | Sees first month's planning time drop
a9: lo act note H 2 | Recommends the tool to a peer company
t1: re thk question H - | Is this priced per user or per vehicle?
t2: ev thk quote V - | "Will it integrate with our TMS?" | src=interview/2026-06-02/Pilot debrief/Pilot notes
t3: de thk quote V - | "I'm putting my name on this." | src=interview/2026-06-10/Champion interview/INT-B6
p1: aw tp touchpoint V - | Trade show booth | channel=in_person | src=analytics/2026-05-12/Badge scans/Event report
p2: re tp touchpoint V - | Website pricing page without prices | channel=web | src=analytics/2026-05-20/Exit rate 71%/GA
p3: ev tp touchpoint H - | Pilot onboarding call | channel=phone
p4: de tp touchpoint H - | Proposal PDF and ROI calculator | channel=email
p5: lo tp touchpoint H - | Quarterly business review | channel=in_person
p6: va tp touchpoint H - | Customer success check-in call | channel=phone
e1: re emo note V -1 | Stonewalled | src=survey/2026-05-25/Buyer survey n=64/Survey deck p.4
e2: ev emo note V 1 | Convinced by pilot | src=interview/2026-06-02/Pilot debrief/Pilot notes
e3: va emo note H 1 | Vindicated
m1: ev pain moment_of_truth V - | Pilot shows 40% faster planning | polarity=positive | src=analytics/2026-06-02/Pilot metrics/Pilot notes
x1: re pain pain_point V - | No public pricing; must book a call | src=survey/2026-05-25/Buyer survey n=64/Survey deck p.4
x2: ev pain pain_point V - | Security review takes six weeks | src=interview/2026-06-04/IT security interview/INT-B5
x3: de pain pain_point H - | Procurement restarts legal review
x4: va pain pain_point V - | Dispatchers drift back to spreadsheets in week 3 | src=analytics/2026-07-20/Weekly active planners, pilot accounts/Product analytics
o1: re opp opportunity H - | Transparent pricing tiers online
o2: ev opp opportunity H - | Pre-filled security pack (SOC 2, DPA)
o3: de opp opportunity H - | ROI one-pager the champion can forward
o4: va opp opportunity H - | In-app coaching for new dispatchers | owner=Customer success
k1: re kpi metric V - | Lead to meeting rate | metric=18/%/25 | src=analytics/2026-05-31/CRM funnel/HubSpot
k2: ev kpi metric V - | Pilot to contract | metric=42/%/60 | src=analytics/2026-06-30/CRM funnel/HubSpot
k3: lo kpi metric H - | Net revenue retention | metric=104/%/115
flow a1 > a2 > a3 > a4 > a5 > a6 > a7 > a8 > a9
flow a2 > a4
depends x1 > o1
depends x2 > o2
depends x3 > o3
depends x4 > o4
"""

SAAS = """
stage si Sign-up
stage fi First session | 280
stage ah Aha moment
stage ha Habit
stage co Conversion
about si 2 minutes | Lea arrives from a comparison article with one question: does it work with my data?
about fi first 10 minutes | The empty dashboard is the riskiest screen of the trial: the first import decides whether she stays.
about ah day 1 to 3 | She sees her own campaigns on a shared calendar: the moment the product proves its value.
about ha week 1 to 2 | Inviting colleagues turns a trial into a team habit; silence and no reminders let it fade.
about co day 12 to 14 | The trial banner forces the question: is it worth the price for a team this size?
lane act actions User actions
lane thk thoughts Thoughts
lane tp touchpoints Touchpoints
lane emo emotion Emotion curve
lane pain pain_points Pain points
lane opp opportunities Opportunities
lane kpi metrics KPIs
persona lea Lea Moreau | Marketing lead at a 20-person agency | "Show me it works with my data in ten minutes, or I'm gone." | Plan campaigns in one place; Prove value to her boss during the trial | Quick import of existing plans; Templates for agencies | Empty dashboards; Credit card at sign-up
a1: si act note V 0 | Signs up with Google from a comparison article | src=analytics/2026-07-01/Sign-up source report/Amplitude
a2: fi act note V -1 | Lands on an empty dashboard | src=usability_test/2026-07-08/First-run test, 5 of 6 lost/UT-SaaS-1
a3: fi act note H 0 | Imports a CSV of last quarter's campaigns
a4: ah act note V 2 | Sees all campaigns on a shared calendar | src=interview/2026-07-10/Trial user interview 4/INT-S4
a5: ha act note H 1 | Invites two colleagues
a6: ha act note H -1 | Forgets the tool for a week
a7: co act note V 0 | Compares plans when the trial banner appears | src=analytics/2026-07-20/Pricing page visits/Amplitude
a8: co act note H 1 | Upgrades to the Team plan
t1: fi thk quote V - | "Where do I even start?" | src=usability_test/2026-07-08/First-run test/UT-SaaS-1
t2: ah thk quote H - | "This is what I wanted the spreadsheet to be."
t3: co thk question H - | Is the Team plan worth it for four seats?
p1: si tp touchpoint V - | Sign-up page | channel=web | src=analytics/2026-07-01/Conversion 38%/Amplitude
p2: fi tp touchpoint H - | Welcome email with a video | channel=email
p3: ha tp touchpoint H - | In-app checklist | channel=app
p4: co tp touchpoint V - | Trial-ending email | channel=email | src=analytics/2026-07-20/Open rate 52%/CRM
e1: si emo note H 1 | Hopeful
e2: fi emo note V -2 | Lost | src=usability_test/2026-07-08/First-run test/UT-SaaS-1
e3: ah emo note V 2 | "Aha!" | src=interview/2026-07-10/Trial user interview 4/INT-S4
e4: co emo note H 0 | Hesitant on price
x1: fi pain pain_point V - | Empty state gives no next step | src=usability_test/2026-07-08/First-run test/UT-SaaS-1
x2: ha pain pain_point H - | No reminder when teammates comment
x3: co pain pain_point X - | Price too high for small teams | src=survey/2026-07-25/Cancellation survey: price ranked 4th/Survey deck
m1: ah pain moment_of_truth V - | First import succeeds | polarity=positive | src=analytics/2026-07-10/Import success 81%/Amplitude
o1: fi opp opportunity H - | Sample agency workspace on first login
o2: ha opp opportunity H - | Weekly digest of teammates' activity
k1: si kpi metric V - | Visitor to sign-up | metric=3.1/%/4 | src=analytics/2026-07-31/Funnel/Amplitude
k2: ah kpi metric V - | Activated in 7 days | metric=34/%/50 | src=analytics/2026-07-31/Activation cohort/Amplitude
k3: co kpi metric V - | Trial to paid | metric=11/%/15 | src=analytics/2026-07-31/Billing report/Stripe
flow a1 > a2 > a3 > a4 > a5 > a7 > a8
flow a4 > a6 > a7
depends x1 > o1
depends x2 > o2
"""

BLUEPRINT = """
stage ar Arrive | 240
stage or Order | 260
stage wa Wait
stage ce Collect and eat | 260
about ar first 2 minutes | Sam judges the queue from the door: its length is the only wait estimate there is.
about or 2 to 4 minutes | Ordering and paying at the counter; the kitchen gets the ticket through the display system.
about wa 8 to 15 minutes | Sam waits with a pager and no estimate while the kitchen works through the lunch peak.
about ce 20 minutes | The pager buzzes, Sam collects the tray and eats: back at the desk on time, or not.
lane ev touchpoints Physical evidence
lane act actions Customer actions
lane fr frontstage Frontstage (staff)
lane bk backstage Backstage
lane sp support Support processes
lane pain pain_points Fail points
lane opp opportunities Opportunities
persona sam Sam Okafor | Office worker on a 45-minute lunch break | "I just need to be back at my desk by two." | A warm lunch within the break; Pay without queuing twice | Predictable waiting time; Clear menu | Waiting without knowing how long; Card machine not at the table
v1: ar ev touchpoint V - | Menu board outside, queue visible | channel=store | src=observation/2026-09-03/Site visit, 12:10-13:30/Field notes
v2: or ev touchpoint H - | Order screen at the counter | channel=store
v3: wa ev touchpoint V - | Pager on the table | channel=in_person | src=observation/2026-09-03/Site visit/Field notes
v4: ce ev touchpoint H - | Tray, cutlery, receipt by email | channel=email
c1: ar act note V 0 | Joins the queue | src=observation/2026-09-03/Avg. 6 people at 12:30/Field notes
q1: ar act quote V - | "If the queue is out the door, I walk on." | src=interview/2026-09-05/Guest intercept 4/Intercept notes
c2: or act note V -1 | Orders and pays at the counter | src=observation/2026-09-03/Site visit/Field notes
c3: wa act note V -2 | Waits at a table without an estimate | src=interview/2026-09-05/Guest intercepts x10/Intercept notes
c6: wa act note V -2 | Asks at the counter whether the order is lost | src=observation/2026-09-03/4 of 31 guests asked/Field notes
c4: ce act note H 1 | Collects the tray when the pager buzzes
c5: ce act note H 1 | Eats and is back at the desk on time
f1: ar fr note H - | Greeter points to the shortest till
f2: or fr note V - | Cashier enters the order and hands a pager | src=observation/2026-09-03/Site visit/Field notes
f3: wa fr note H - | Cashier checks the ticket on the kitchen screen
f4: ce fr note V - | Runner calls names when a pager fails | src=observation/2026-09-03/Site visit/Field notes
b1: or bk note V - | Kitchen display receives the ticket | src=interview/2026-09-04/Kitchen manager interview/INT-K1
b2: wa bk note V - | Cooks batch orders by station | src=interview/2026-09-04/Kitchen manager interview/INT-K1
b3: ce bk note H - | Expo matches the tray to the ticket and pages
s1: or sp note H - | Point-of-sale system and payment provider
s2: wa sp note H - | Kitchen display system
s4: wa sp metric V - | Median ticket time | metric=9.5/min/7 | src=analytics/2026-09-01/KDS export, August/Ops BI
s3: ce sp note H - | Pager system, recharged overnight
m1: ar pain moment_of_truth V - | Length of the queue decides: stay or leave | polarity=negative | src=interview/2026-09-05/Guest intercepts x10/Intercept notes
x0: ar pain pain_point V - | The queue is the only wait estimate | src=observation/2026-09-03/Site visit/Field notes
x1: wa pain pain_point V - | Ticket times spike above 12 min at 12:45 | src=analytics/2026-09-01/KDS ticket times, August/KDS export
x2: ce pain pain_point H - | Pagers out of range at the terrace
q2: ce pain question H - | Why do pagers fail at the far tables?
o1: ar opp opportunity H - | Order ahead in the app, skip the queue | owner=Digital
o2: wa opp opportunity H - | Show live wait time on the pager screen | owner=Operations
flow c1 > c2 > c3 > c4 > c5
flow c3 > c6 "no buzz after 15 min"
flow c6 > c4
depends f2 > b1 > s1
depends f3 > b2 > s2
depends f4 > b3 > s3
depends x0 > o1
depends x1 > o2
"""

EMPLOYEE = """
stage pr Pre-boarding
stage d1 First day
stage w1 First week
stage m1 First month
stage m3 Three months
about pr 2 to 4 weeks before | Between the signed contract and day one: the welcome pack and the manager's first email set the tone.
about d1 day 1 | A working laptop, accounts and someone who expects her: the basics decide the first impression.
about w1 days 2 to 5 | Inês learns how the team works by shadowing, and needs to know whom to ask for what.
about m1 weeks 2 to 4 | Her first real piece of work is used by the team: the moment she feels useful.
about m3 month 3 | The probation review: clear goals and feedback, and the decision to stay.
lane act actions New hire actions
lane thk thoughts Thoughts
lane emo emotion Emotion curve
lane tp touchpoints Touchpoints
lane bk backstage HR and IT backstage
lane pain pain_points Pain points
lane opp opportunities Opportunities
lane kpi metrics KPIs
persona ines Inês Duarte | Junior data analyst, first office job | "I want to be useful quickly, but I don't want to ask silly questions." | Understand her team's work; Ship a first analysis in a month | A buddy to ask; Working laptop and access on day one | Waiting for accounts; Unclear expectations
a1: pr act note V 1 | Signs the contract and receives a welcome pack | src=survey/2026-06-15/New-hire survey n=57/People analytics
a2: d1 act note V -2 | Waits half a day for a laptop and logins | src=survey/2026-06-15/New-hire survey: 41% without access on day 1/People analytics
a3: d1 act note H 1 | Has lunch with the team
a4: w1 act note V 0 | Shadows a senior analyst | src=interview/2026-06-20/New-hire interview 3/INT-E3
a5: m1 act note H 2 | Presents her first dashboard
a6: m3 act note H 1 | Has a probation review with clear goals
t1: pr thk question H - | What should I prepare before day one?
t2: d1 thk quote V - | "Do they know I'm starting today?" | src=interview/2026-06-20/New-hire interview 5/INT-E5
t3: m1 thk quote H - | "I finally understand how the data flows."
p1: pr tp touchpoint V - | Welcome email from the manager | channel=email | src=survey/2026-06-15/New-hire survey/People analytics
p2: d1 tp touchpoint H - | IT desk | channel=in_person
p3: w1 tp touchpoint H - | Onboarding portal | channel=web
e1: pr emo note H 1 | Excited
e2: d1 emo note V -2 | Invisible | src=interview/2026-06-20/New-hire interviews 1-6/INT-E summary
e3: m1 emo note H 2 | Proud
mt1: d1 pain moment_of_truth V - | Nobody at reception expects her | polarity=negative | src=interview/2026-06-20/New-hire interview 5/INT-E5
mt2: m1 pain moment_of_truth H - | Her dashboard is used in the team meeting | polarity=positive
x1: d1 pain pain_point V - | Accounts requested only on the start date | src=interview/2026-06-18/IT service desk interview/INT-IT1
x2: w1 pain pain_point H - | No written list of who to ask for what
o1: pr opp opportunity H - | Trigger IT requests when the contract is signed
o2: w1 opp opportunity H - | Buddy programme with a first-week checklist
b1: pr bk note V - | HR enters the hire in the HR system | src=interview/2026-06-18/HR ops interview/INT-HR1
b2: d1 bk note V - | IT creates accounts after the start date | src=interview/2026-06-18/IT service desk interview/INT-IT1
flow a1 > a2 > a3 > a4 > a5 > a6
flow a2 > a4
depends p2 > b2 > b1
k1: d1 kpi metric V - | Access ready on day one | metric=59/%/95 | src=survey/2026-06-15/New-hire survey n=57/People analytics
k2: m1 kpi metric H - | Days to first shipped analysis | metric=38/days/30
k3: m3 kpi metric V - | Still with us after 90 days | metric=94/%/97 | src=analytics/2026-06-30/HRIS retention report/People BI
depends x1 > o1
depends x2 > o2
"""

PATIENT = """
stage bo Booking
stage ar Arrival | 240
stage wa Waiting
stage co Consultation | 280
stage af Aftercare
about bo 1 to 3 days | Getting an appointment: Ruth's phone queue at 8:00, or Daniel booking online for her.
about ar 5 minutes | Checking in at the kiosk: simple when it works, confusing when it does not.
about wa 10 to 45 minutes | Waiting without knowing how long is what patients remember of the visit.
about co 10 minutes | Ruth describes her pain and hears the diagnosis; Daniel wants to follow but cannot join.
about af days to weeks | Exercises at home and a summary in the patient app: what was said must still make sense later.
lane act actions Actions
lane thk thoughts Thoughts and feelings
lane tp touchpoints Touchpoints
lane emo emotion Emotion curve
lane pain pain_points Pain points
lane opp opportunities Opportunities
lane kpi metrics KPIs
persona ruth Ruth Adeyemi | Patient, 67, recurring knee pain | "I don't want to bother the doctor with silly questions." | Understand what is wrong with her knee; Keep walking to the market | Clear next steps in writing; Short waits | Phone queues; Medical jargon
persona dan Daniel Adeyemi | Son and carer, works full time | "I need to know what Mum was told so I can help." | Support his mother without taking a day off | Information he can read later | Not being allowed in the consultation by video
a1: bo act note V -1 | Ruth calls at 8:00 and waits 25 minutes | persona=ruth | src=interview/2026-08-11/Patient interview 2/INT-P2
a2: bo act note H 0 | Daniel books online for her instead | persona=dan
a3: ar act note V -1 | Ruth checks in at the kiosk | persona=ruth | src=observation/2026-08-14/Waiting room observation/Field notes
a4: wa act note V -2 | Ruth waits 40 minutes without updates | persona=ruth | src=observation/2026-08-14/Waiting room observation/Field notes
a5: co act note V 1 | Ruth describes her pain; the GP examines the knee | persona=ruth | src=interview/2026-08-11/Patient interview 2/INT-P2
a6: co act note H -1 | Daniel calls in but can't join the consultation | persona=dan
a7: af act note H 1 | Ruth reads the exercise plan at home | persona=ruth
a8: af act note H 2 | Daniel reads the summary in the patient app | persona=dan
t1: bo thk quote V - | "Is it urgent enough to call?" | src=interview/2026-08-11/Patient interview 4/INT-P4
t2: wa thk quote V - | "Have they forgotten me?" | src=observation/2026-08-14/Overheard in waiting room/Field notes
t3: af thk question H - | Which exercises, and how often?
p1: bo tp touchpoint V - | Phone line | channel=phone | src=analytics/2026-08-01/Call stats: 62% calls at 8-9/Telephony report
p2: bo tp touchpoint H - | Online booking | channel=web
p3: ar tp touchpoint V - | Check-in kiosk | channel=in_person | src=observation/2026-08-14/Kiosk errors x3/Field notes
p4: af tp touchpoint H - | Patient app summary | channel=app
e1: bo emo note V -1 | Anxious | persona=ruth | src=interview/2026-08-11/Patient interviews/INT-P summary
e2: wa emo note V -2 | Forgotten | persona=ruth | src=observation/2026-08-14/Waiting room/Field notes
e3: co emo note H 1 | Listened to | persona=ruth
e4: af emo note H 1 | In the loop | persona=dan
m1: co pain moment_of_truth V - | GP explains the diagnosis with a drawing | polarity=positive | src=interview/2026-08-11/Patient interview 2/INT-P2
x1: bo pain pain_point V - | Everyone calls at 8:00 | src=analytics/2026-08-01/Call stats/Telephony report
x2: wa pain pain_point V - | No estimate of waiting time | src=observation/2026-08-14/Waiting room/Field notes
x3: co pain pain_point H - | Carer cannot join remotely
o1: bo opp opportunity H - | Call-back instead of queueing
o2: wa opp opportunity H - | Waiting-time screen and SMS updates
o3: co opp opportunity H - | Invite a carer to join by video
k1: bo kpi metric V - | Calls answered within 5 minutes | metric=38/%/80 | src=analytics/2026-08-01/Telephony report, July/Telephony report
k2: wa kpi metric V - | Median wait past appointment time | metric=22/min/10 | src=observation/2026-08-14/Waiting room, 19 patients timed/Field notes
k3: af kpi metric H - | Patients who can repeat their next steps | metric=61/%/90
flow a1 > a3 > a4 > a5 > a7
flow a2 > a3
flow a5 > a6 > a8
depends x1 > o1
depends x2 > o2
depends x3 > o3
"""

SKETCH = """
stage di Discover
stage tr Try
stage bu Buy
stage us Use
about di | How does a freelancer first hear of an invoicing app? A guess to check in interviews.
about tr | The first invoice made from a template: the quick win we hope comes early.
about bu | The free plan's limit meets the price. Is the value clear before the paywall?
about us | Reminders and getting paid on time, or back to the spreadsheet.
lane act actions What they do
lane thk thoughts What they think
lane emo emotion Emotion curve
lane pain pain_points Where it hurts
persona kai Kai Brenner | Freelance designer (first guess, not yet interviewed) | "I'll try anything that saves me an evening of admin." | Send invoices faster; Get paid on time | Something simple | Chasing late payments
a1: di act note H 0 | Googles "invoice app for freelancers"
a2: tr act note H 1 | Creates a first invoice from a template
a3: bu act note H -1 | Hits the free-plan limit of 3 invoices
a5: bu act note H 0 | Upgrades to the 12 € plan
a4: us act note H 1 | Sets up automatic payment reminders
a6: us act note H -1 | Goes back to invoices in a spreadsheet
t1: di thk question H - | Do freelancers search, or ask other freelancers?
t2: bu thk quote H - | "Is it worth 12 € a month?"
e1: tr emo note H 1 | Quick win
e2: bu emo note H -1 | Pressured
x1: bu pain pain_point H - | Limit comes before the value is clear
x2: us pain pain_point H - | Clients ignore reminder emails
flow a1 > a2 > a3 > a5 > a4
flow a3 > a6
"""

BLANK = """
stage s1 Stage 1
stage s2 Stage 2
stage s3 Stage 3
stage s4 Stage 4
stage s5 Stage 5
lane act actions Actions
lane thk thoughts Thoughts
lane tp touchpoints Touchpoints
lane emo emotion Emotion curve
lane pain pain_points Pain points
lane opp opportunities Opportunities
persona p Persona name | Role | "A quote that captures how they feel." | | |
"""

LIFECYCLE = """
stage di Discover | 240
stage tr Trial & onboard | 280 | link=saas-trial-onboarding.jmap
stage bu Buy | 280 | link=b2b-purchase.jmap
stage us Use & get help
stage re Renew & grow
about di weeks | Agencies hear of Planly from other agencies and comparison articles.
about tr 14 days | The trial and its first import: mapped in detail in the SaaS trial journey (Ctrl+click the stage).
about bu 1 day to 6 weeks | Small teams upgrade by card; larger agencies go through procurement and a security review.
about us months | Everyday planning and, before a deadline, how fast support answers.
about re each year | Renewal depends on the value the team can see; a quiet quarter invites cancelling.
lane act actions Customer actions
lane tp touchpoints Touchpoints
lane emo emotion Emotion curve
lane pain pain_points Pain points
lane opp opportunities Opportunities
lane kpi metrics KPIs
persona lea Lea Moreau | Marketing lead at a 20-person agency | "Show me it works with my data in ten minutes, or I'm gone." | Plan campaigns in one place; Prove value to her boss | Quick import of existing plans; Help when a deadline is close | Empty dashboards; Slow support replies
a1: di act note V 1 | Hears about Planly from another agency | src=survey/2026-06-12/Sign-up survey: 41% word of mouth/Survey deck p.3
a2: di act note H 0 | Reads a comparison of campaign planners
a3: tr act note V -1 | Starts a trial and lands on an empty dashboard | src=usability_test/2026-07-08/First-run test, 5 of 6 lost/UT-SaaS-1 | link=saas-trial-onboarding.jmap#a2
a4: tr act note V 2 | Imports her campaigns and sees them on a calendar | src=interview/2026-07-10/Trial user interview 4/INT-S4
a5: bu act note H 1 | Upgrades to the Team plan by card
a6: bu act note V -1 | Larger agencies buy through procurement | src=interview/2026-08-02/Sales call notes, 7 deals/CRM notes | link=b2b-purchase.jmap
a7: bu act quote V - | "The security review took longer than the trial." | src=interview/2026-08-02/Sales call 5/CRM notes
a8: us act note H 1 | Plans every campaign in Planly
a9: us act note V -2 | Waits two days for a support answer | src=support_tickets/2026-09-01/Median first reply 41 h/Zendesk view 12
a10: re act note H 1 | Renews and adds seats for a new team
a11: re act note H -1 | Considers cancelling after a quiet quarter
p1: di tp touchpoint V - | Comparison articles and review sites | channel=web | src=analytics/2026-07-01/Referral report/Amplitude
p2: tr tp touchpoint H - | Welcome email and in-app checklist | channel=email
p3: bu tp touchpoint H - | Pricing page and sales call | channel=phone
p4: us tp touchpoint V - | Help centre and support chat | channel=chat | src=analytics/2026-09-01/Chat volume by hour/Zendesk view 12
p5: re tp touchpoint H - | Renewal invoice email | channel=email
e1: di emo note H 1 | Curious
e2: tr emo note V 1 | Lost, then delighted | src=interview/2026-07-10/Trial user interviews 1-6/INT-S summary
e3: bu emo note H 0 | Impatient
e4: us emo note V -1 | Stuck before a deadline | src=support_tickets/2026-09-01/Tickets tagged "urgent"/Zendesk view 12
e5: re emo note H 1 | Confident
x1: tr pain pain_point V - | Empty state gives no next step | src=usability_test/2026-07-08/First-run test/UT-SaaS-1 | link=saas-trial-onboarding.jmap#x1
x2: bu pain pain_point V - | Security review takes six weeks | src=interview/2026-08-02/Sales call notes/CRM notes | link=b2b-purchase.jmap#x2
x3: us pain pain_point V - | Support replies only on weekdays | src=support_tickets/2026-09-01/Weekend tickets wait 58 h/Zendesk view 12
x4: re pain pain_point X - | Price too high for small teams | src=survey/2026-07-25/Cancellation survey: price ranked 4th/Survey deck
x5: re pain pain_point H - | Nobody sees the value the team got
m1: tr pain moment_of_truth V - | First import succeeds | polarity=positive | src=analytics/2026-07-10/Import success 81%/Amplitude
m2: re pain moment_of_truth H - | Renewal invoice arrives without a usage summary | polarity=negative
o1: tr opp opportunity H - | Sample agency workspace on first login | owner=Product
o2: bu opp opportunity H - | Ready-made security pack for procurement | owner=Sales
o3: us opp opportunity H - | Weekend chat for agencies on deadline | owner=Support
o4: re opp opportunity H - | Quarterly value report before renewal | owner=Customer success
q1: us opp question H - | Which support journey should we map in detail next?
k1: di kpi metric V - | Visitor to sign-up | metric=3.1/%/4 | src=analytics/2026-07-31/Funnel/Amplitude
k2: tr kpi metric V - | Trial to paid | metric=11/%/15 | src=analytics/2026-07-31/Billing report/Stripe
k3: bu kpi metric H - | Days from trial to contract | metric=38/days/21
k4: us kpi metric V - | First reply time | metric=41/h/8 | src=support_tickets/2026-09-01/Median first reply/Zendesk view 12
k5: re kpi metric V - | Net revenue retention | metric=104/%/110 | src=analytics/2026-09-30/Revenue report Q3/Stripe
flow a1 > a3 > a4 > a5 > a8 > a10
flow a2 > a3
flow a4 > a6 > a8
flow a8 > a9 > a11 > a10
depends x1 > o1
depends x2 > o2
depends x3 > o3
depends x5 > o4
"""

TEMPLATES = [
    ("blank", {"title": "New journey map", "description": "Empty stages and lanes: name the "
               "persona and the goal, rename the stages, then add what they do, think and feel.",
               "scenario": "Who is the persona, what are they trying to achieve, and when does "
               "the journey start and end?", "primary": "p"}, BLANK),
    ("first-hypothesis-sketch", {"title": "First hypothesis: freelancer invoicing",
     "description": "A quick first guess at a journey, every note a hypothesis to test in "
     "interviews.", "scenario": "A freelancer looks for a simpler way to send invoices and get paid.",
     "goal": "Send an invoice in under five minutes", "expectations": ["Free to try", "Works on the phone"],
     "primary": "kai", "authors": ["Ana (product)"], "version_label": "v0.1 sketch"}, SKETCH),
    ("b2c-online-purchase", {"title": "Buying running shoes online", "subtitle": "Current state, Q2 2026",
     "description": "A retail purchase from first spark to first run: awareness, consideration, "
     "decision, purchase and post-purchase, with research evidence.",
     "scenario": "Maya's running shoes are worn out four weeks before a half marathon; she "
     "buys a new pair online.", "goal": "The right shoe, delivered before race day, no return",
     "expectations": ["Accurate size advice", "Shipping costs shown early", "Free, easy returns"],
     "organisation": "Stride Outdoor Retail", "authors": ["CX research team"],
     "version_label": "v2.3", "primary": "maya"}, B2C),
    ("b2b-purchase", {"title": "Buying route-planning software", "subtitle": "B2B buying group, current state",
     "description": "A complex B2B purchase: awareness, research, evaluation, decision, validation "
     "and loyalty, seen through the champion's eyes.",
     "scenario": "An operations head looks for software to replace dispatch spreadsheets.",
     "goal": "A signed contract and a team that uses the tool", "expectations":
     ["Transparent pricing", "A pilot before committing", "Fast security review"],
     "organisation": "RouteWise", "primary": "tom", "version_label": "v1.0"}, B2B),
    ("saas-trial-onboarding", {"title": "SaaS trial to paid", "subtitle": "14-day trial, current state",
     "description": "A product-led trial: sign-up, first session, aha moment, habit and conversion.",
     "scenario": "Lea starts a free trial of a campaign planner to replace her agency's spreadsheets.",
     "goal": "See her own campaigns in the tool within the first session",
     "expectations": ["No credit card", "Import from spreadsheets"], "organisation": "Planly",
     "primary": "lea", "version_label": "v1.4"}, SAAS),
    ("service-blueprint", {"title": "Lunch at a fast-casual restaurant", "subtitle": "Service blueprint",
     "description": "A service blueprint: physical evidence, customer actions, frontstage, "
     "backstage and support processes, with the lines of interaction and visibility.",
     "scenario": "Sam buys a hot lunch during a 45-minute break.",
     "goal": "Eat and be back at the desk on time", "expectations": ["Predictable wait", "One queue"],
     "organisation": "Bowl & Co.", "primary": "sam", "version_label": "v0.9"}, BLUEPRINT),
    ("employee-onboarding", {"title": "Employee onboarding", "subtitle": "First 90 days, current state",
     "description": "An employee journey from signed contract to the end of probation.",
     "scenario": "Inês joins the analytics team for her first office job.",
     "goal": "Feel productive and welcome within a month", "expectations":
     ["Laptop and access on day one", "A named buddy"], "organisation": "Northwind Insurance",
     "primary": "ines", "version_label": "v1.1"}, EMPLOYEE),
    ("patient-visit", {"title": "A visit to the GP", "subtitle": "Patient and carer, current state",
     "description": "A healthcare journey with two personas, a patient and her carer, from "
     "booking to aftercare.", "scenario": "Ruth has recurring knee pain; her son Daniel helps "
     "her manage appointments.", "goal": "A diagnosis and a plan both of them understand",
     "expectations": ["Short waits", "Clear written next steps"], "organisation": "Riverside Health Centre",
     "primary": "ruth", "version_label": "v1.0"}, PATIENT),
    ("customer-lifecycle", {"title": "Customer lifecycle overview", "subtitle": "From first visit to renewal",
     "description": "A lifecycle overview whose linked stages open the detailed journey maps beside it.",
     "scenario": "Lea's agency finds, tries, buys, uses and renews Planly; two stages have "
     "their own detailed journey maps.", "goal": "One view of the whole relationship, with the "
     "detail a click away", "expectations": ["An owner for every stage", "Detailed maps where it hurts most"],
     "organisation": "Planly", "primary": "lea", "version_label": "v1.0"}, LIFECYCLE),
]
