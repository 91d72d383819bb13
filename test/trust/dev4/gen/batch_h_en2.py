from common import H, S
# Honest English postings, part 2, plus one more subtle scam

S("training_fee_deduction","en","Customer Support Executive - Hybrid (Viman Nagar)",
 "Our customer support team for a consumer electronics brand is growing and we are looking for freshers with good spoken English. You will handle warranty and service requests over phone and email, and log every case in Zendesk. The role is hybrid after the first three months. New joiners sign a 12-month service agreement; a training cost recovery of Rs 15,000 is held from the first three salaries and returned after the agreement period. Day shift with alternate Saturdays off.",
 (19000,23000),"customer-service-representative","pune",0,"Vantage CX Solutions",True,"vantagecx.co.in","9623407158","hr@vantagecx.co.in",["training","pf"])

H("en","Customer Service Associate - Walk-in (Wagle Estate, Thane) - Documents List",
 "Walk-in interviews Monday to Friday, 11 am to 3 pm, at Road No. 16, Wagle Estate, near Dhobi Ali bus stop. Please bring your resume, a photo ID (Aadhaar or voter ID), SSC and HSC mark sheets, and two passport-size photographs; we only look at originals and return them immediately. The role is an inbound voice process for an e-commerce client. We do not charge any fee, and our HR will never ask you for your OTP or bank PIN.",
 (15000,18000),"customer-service-representative","thane",0,"Pinnacle Teleservices Pvt Ltd",True,"pinnacletele.in","9867341182","walkin@pinnacletele.in",["pf","esi","incentives"])

H("en","Back Office Associate - Bank Operations (Airoli) - FAQ inside",
 "Process account opening forms and maintenance requests for a private bank at our Airoli facility. FAQ - Do I need to pay anything? No, the bank and our company never charge candidates. Will I be on company payroll? Yes, with PF, ESI and group health insurance. Is there a night shift? No, shifts are between 8 am and 8 pm. Graduates of 2024-2026 are welcome.",
 (16500,19000),"back-office-executive","navi-mumbai",0,"Orbis Banking Operations Pvt Ltd",True,"orbisbankops.com","9619044713","careers@orbisbankops.com",["pf","esi","health-insurance","cab"])

H("en","Telecaller (Outbound) - Credit Card Sales, Incentives up to Rs 25,000",
 "Call pre-approved customers to offer credit cards for a leading bank. Fixed salary plus uncapped incentives; top performers earn Rs 20,000-25,000 in incentives in a good month. Customers apply on the bank's own link; you never take card details, OTPs or payments. Freshers with good Hindi welcome. Office at Kurla West, five minutes from the station.",
 (14000,17000),"telecaller","mumbai",0,"Fortune Tele Ventures Pvt Ltd",True,"fortunetele.in","9833047126","jobs@fortunetele.in",["incentives","pf","esi"])

H("en","International Voice - Technical Support (US), Pune - 4.2 LPA",
 "Support US customers with printer and laptop issues over phone and remote sessions. Good English and basic Windows troubleshooting required. US shift with two-way transport, night meals and shift allowance. CTC up to 4.2 LPA; after six months you can apply for the QA or SME track.",
 (30000,35000),"technical-support-specialist","pune",0,"Techlyne Support Services",True,"techlyne.com","9881240573","hiring@techlyne.com",["cab","meals","pf","health-insurance"])

H("en","Email & Chat Support - Insurance (Work From Home, Nashik/Nagpur candidates)",
 "Respond to policyholder emails and chats about claim status and policy changes. Remote role for candidates living in Nashik or Nagpur; you come to the regional office once a month for team meetings (travel reimbursed). You need your own laptop and internet; we give an internet allowance of Rs 1,000 per month. Nothing is payable to the company at any point.",
 (18000,22000),"email-support-executive","nashik",1,"Lifeshield Insurance Services",True,"lifeshieldins.in","9420317746","remote.jobs@lifeshieldins.in",["health-insurance","pf","training"])

H("en","HR Executive - Recruitment Coordination (Pune) - Consultancy, employer-paid",
 "Our staffing firm needs an HR coordinator to schedule interviews, collect candidate documents and follow up on joining. Important: we are paid by client companies, and candidates never pay us. Handling candidate data properly under our privacy policy is part of the job. Graduates with 1 year of recruitment experience preferred.",
 (20000,25000),"hr-operations-executive","pune",1,"Hirewell Staffing Solutions",True,"hirewell.co.in","9767204413","ops@hirewell.co.in",["pf","incentives"])

H("en","Reconciliation Associate - Insurance Premium (Thane)",
 "Reconcile premium receipts from bank statements against policy records, clear suspense entries and prepare ageing reports. B.Com graduates, freshers welcome. Day shift, Thane West near Cadbury junction. Laptop provided in office.",
 (16000,19000),"reconciliation-executive","thane",0,"Assure Back Office Pvt Ltd",True,"assurebackoffice.in","9004731628","hr@assurebackoffice.in",["pf","esi","meals"])

H("en","Data Entry Operator - Typing Speed 35 WPM (Nagpur)",
 "Enter invoice and GRN data for our manufacturing clients in the ERP. Typing speed of at least 35 wpm with 95% accuracy; we test this at the interview on our computer. Monthly salary, not piece-rate. Office near Sitabuldi, day shift.",
 (12000,15000),"data-entry-operator","nagpur",0,"Orange City Business Services",True,"orangecitybs.in","9970413386","jobs@orangecitybs.in",["pf","esi"])

H("en","Quality Analyst - Chat & Email (Remote, 2+ years)",
 "Audit chat and email transcripts for an edtech client, share feedback and run calibrations over Zoom. Two years of QA experience in non-voice processes required. Remote within Maharashtra; company laptop is couriered to you. Salary bands are shared at the first call.",
 (28000,35000),"quality-analyst","mumbai",2,"Brightpath Edu Services",True,"brightpathedu.in",None,"qa.jobs@brightpathedu.in",["health-insurance","pf"])

H("en","Customer Service Executive - Auto Dealership (Chhatrapati Sambhajinagar)",
 "Welcome customers at our service centre, create job cards, call customers for service reminders and collect feedback. Graduate with good Marathi and Hindi. Six-day week, Sunday off. Uniform provided free.",
 (13000,16000),"customer-service-representative","chhatrapati-sambhajinagar",0,"Ajanta Motors Pvt Ltd",True,"ajantamotors.in","9823014476","service.hr@ajantamotors.in",["pf","esi","incentives"])

H("en","Admin Executive - Factory Office (Ambernath MIDC)",
 "Handle attendance, canteen and housekeeping vendors, visitor records and office supplies at our Ambernath plant. 1-2 years admin experience, basic Excel. General shift. Company bus from Kalyan and Ulhasnagar.",
 (18000,22000),"admin-executive","ambernath",1,"Precimax Engineering Ltd",True,"precimax.co.in","9820347761","admin.hr@precimax.co.in",["cab","meals","pf","esi"])

H("en","Chat Support - Gaming Company (Mira Road) - Users' payments are not handled by you",
 "Help players of our fantasy sports app with account, KYC and withdrawal questions over chat. You will see payment status in our tools but never receive or send money yourself. Freshers with fast typing and good English welcome. Rotational shifts, 5 days a week.",
 (18000,21000),"chat-support-executive","mira-bhayandar",0,"Playsquad Technologies",True,"playsquad.in","9819647702","careers@playsquad.in",["pf","health-insurance","incentives"])

H("en","Operations Executive - Courier Hub (Panvel)",
 "Manage shipment scanning, exception reports and driver coordination at our Panvel hub. 12th pass or graduate, 1 year of logistics experience preferred. Night shift available with extra allowance.",
 (15000,19000),"operations-executive","panvel",0,"Swiftline Couriers Pvt Ltd",True,"swiftline.in","9769201438","hub.hr@swiftline.in",["pf","esi","incentives"])

H("en","Customer Relationship Executive - Bank Branch (Vasai)",
 "Help walk-in customers at our Vasai West branch with account opening, cheque book requests and digital banking. Graduates with good Marathi and Hindi. Branch timings 9:30 am to 6:30 pm, second and fourth Saturdays off. Selection: written test and interview at the regional office; no fees.",
 (20000,24000),"customer-service-representative","vasai-virar",0,"Konkan Cooperative Bank Ltd",True,"konkancoopbank.in","9822104457","recruitment@konkancoopbank.in",["pf","health-insurance"])

H("en","Senior Manager - Customer Experience, Insurance (15 LPA+)",
 "Lead a 250-member customer service organisation across voice, email and branches for a general insurer. Responsibility for grievance redressal, IRDAI complaint ratios and service analytics. 12+ years experience with 5 in leadership. Fixed 15-18 LPA plus variable.",
 (125000,150000),"customer-experience-manager","mumbai",12,"Sagar General Insurance Co. Ltd",True,"sagargeneral.in",None,"leadership.hiring@sagargeneral.in",["health-insurance","pf","incentives"])

H("en","Help Desk - Remote IT Support for Schools (Work From Home)",
 "Support teachers using our classroom software over phone and remote desktop. Diploma/BSc IT, good Hindi and English. Remote role; we provide a company laptop and a headset free of cost and reimburse internet up to Rs 800 a month. Day shift only.",
 (18000,22000),"help-desk-technician","pune",0,"Classmate Edtech Pvt Ltd",True,"classmateedtech.in","9011327745","support.jobs@classmateedtech.in",["pf","health-insurance","training"])

H("en","Back Office Executive - Freshers (Ulhasnagar)",
 "Small distribution company needs a back office executive for billing, stock entry and calling retailers for payments. 12th pass or graduate, basic computer. Salary by bank transfer. Call the owner directly between 10 and 6.",
 (11000,13000),"back-office-executive","ulhasnagar",0,"Jhulelal Distributors",False,None,"9823401157",None,[])

H("en","Team Lead - Chat Process (Hinjewadi) - Relocation bonus",
 "Lead 15 chat agents for a US retail client. 1 year as TL or 3 years as a senior chat agent with SME experience. Relocation bonus of Rs 15,000 for candidates moving from outside Pune, paid in the first salary. Rotational shifts, cab provided.",
 (35000,42000),"team-lead","pune",3,"Northstar Digital Support",True,"northstardigital.in","9970316624","tl.jobs@northstardigital.in",["cab","pf","health-insurance","incentives"])

H("en","Telecaller - Hospital Appointment Desk (Kolhapur)",
 "Answer calls for our hospital, book doctor appointments and send reminders. Marathi is a must. Day shift. Uniform and meals provided free. No experience required.",
 (11000,13500),"telecaller","kolhapur",0,"Karveer Hospital",True,"karveerhospital.in","9421104376","hr@karveerhospital.in",["meals","pf","esi"])

H("en","KYC Analyst - Fintech (Navi Mumbai) - Joining within 15 days",
 "Review customer KYC submissions on our system, check for fraud patterns and escalate suspicious cases. 1-2 years of KYC or AML experience. The role requires handling customer data under strict access controls; background verification is done at company cost. Day and evening shifts.",
 (24000,30000),"kyc-compliance-executive","navi-mumbai",1,"Creditleaf Technologies",True,"creditleaf.in","9920317742","kyc.jobs@creditleaf.in",["pf","health-insurance","meals"])

H("en","Customer Support Associate - Electric Scooters (Baner)",
 "Handle service bookings, delivery updates and warranty claims for our electric scooter customers over calls and WhatsApp Business. Good English and Marathi or Hindi. Freshers welcome. Office in Baner with free lunch.",
 (17000,21000),"customer-service-representative","pune",0,"Voltride Mobility Pvt Ltd",True,"voltride.in","9850214471","people@voltride.in",["meals","pf","health-insurance"])

H("en","Data Entry - Market Research Surveys (Hybrid, Goregaon)",
 "Enter paper survey responses into our data capture software and check for missing fields. Salary is monthly; output targets are discussed in training and there are no penalties or deposits. Hybrid after one month.",
 (14000,16500),"data-entry-operator","mumbai",0,"Fieldwise Market Research",True,"fieldwise.co.in","9833107648","hr@fieldwise.co.in",["pf","esi","training"])

H("en","Accounts Executive - Hospital Billing (Navi Mumbai)",
 "Prepare IPD bills, match insurance settlements and post entries in Tally. B.Com with 1-2 years of hospital billing preferred. Rotational shifts including Sundays on roster.",
 (18000,23000),"accounts-assistant","navi-mumbai",1,"Seawoods Care Hospital",True,"seawoodscare.in","9702347718","accounts.hr@seawoodscare.in",["meals","pf","esi","health-insurance"])

H("en","Customer Service - Airline Call Centre (Company payroll, Andheri)",
 "Handle calls from passengers about bookings, refunds and baggage for a domestic airline. Graduates with good English and Hindi. Rotational 24x7 shifts with cab for late shifts. Selection: online assessment, HR and operations interview. No agent or third party is involved in this hiring.",
 (20000,24000),"call-centre-agent","mumbai",0,"Aerolink Customer Services Pvt Ltd",True,"aerolinkcs.in","9819204476","careers@aerolinkcs.in",["cab","pf","health-insurance"])

H("en","Documentation Executive - Visa Processing Firm (Fort)",
 "Check visa application documents for completeness, book appointments and update clients. We are a licensed visa facilitation firm; you will not be travelling abroad for this job. Graduates with good English; day shift.",
 (18000,22000),"documentation-executive","mumbai",0,"Globetrek Visa Services",True,"globetrekvisa.in","9821146637","hr@globetrekvisa.in",["pf","esi"])

H("en","Senior MIS Analyst - Power BI (Pune) - up to 9 LPA",
 "Build Power BI dashboards for operations leadership, automate data pipelines from SQL and Excel, and train team leads on reports. 4+ years MIS with Power BI. CTC up to 9 LPA, hybrid.",
 (60000,75000),"mis-executive","pune",4,"Atlas Process Solutions",True,"atlasprocess.com","9960047713","analytics.jobs@atlasprocess.com",["health-insurance","pf"])

H("en","Back Office - Stock Broker (Nashik) - Send CV on Gmail",
 "A sub-broker office in College Road needs a back office assistant for client onboarding forms, payout requests and trade confirmations. Commerce graduate preferred. Small office of five people; the owner handles hiring personally.",
 (12000,15000),"back-office-executive","nashik",0,"Patil Investment Point",False,None,"9422740315","patilinvestpoint@gmail.com",[])

H("en","Customer Service Representative - Water Purifier Brand (Remote calling)",
 "Call customers for filter replacement reminders and book service visits. Remote role within Maharashtra; you need a smartphone and quiet space, we provide a SIM and calling app. Salary fixed plus incentive per booking. Weekly off on Sunday.",
 (13000,16000),"customer-service-representative","kalyan-dombivli",0,"Aquapure Appliances Ltd",True,"aquapure.co.in","9769014438","service.jobs@aquapure.co.in",["incentives","pf","esi"])

H("en","Operations Manager - Back Office (Nagpur) - 9-11 LPA",
 "Run a 70-member back office for a healthcare client: productivity, quality, client governance and hiring. 8+ years with 3 in managing managers. Relocation assistance available.",
 (75000,92000),"operations-manager","nagpur",8,"Medline Process Services",True,"medlineprocess.com","9890147735","leadership@medlineprocess.com",["health-insurance","pf","incentives"])

H("en","Inbound Customer Care - Joining in 3 days, Salary 17k (Vikhroli)",
 "Quick hiring for an inbound FMCG helpline. Join within 3 days of selection. Hindi and basic English. Day shift 9-6, Vikhroli East, 5 minutes from the station. Interview and offer on the same day for eligible candidates.",
 (17000,17000),"customer-service-representative","mumbai",0,"Consumer Connect Services",True,"consumerconnect.co.in","9867204431","hr@consumerconnect.co.in",["pf","esi"])

H("en","Chat Support Executive - Fashion Brand (Work From Home) - Equipment Provided",
 "We hire chat support executives across Maharashtra to work from home. Company gives a laptop on loan (no deposit, returned when you leave). Training online for 10 days, fully paid. Rotational shifts between 9 am and 9 pm.",
 (16000,19000),"chat-support-executive","kolhapur",0,"Threadline Apparel Pvt Ltd",True,"threadline.in","9673021145","cx.jobs@threadline.in",["training","pf","health-insurance"])

H("en","Trainer - Soft Skills & Process (Thane) - 4 years experience",
 "Train new BPO joiners on communication, soft skills and process knowledge. Conduct refreshers and track nesting quality. 4+ years of training experience. CTC up to 7 LPA.",
 (45000,58000),"training-specialist","thane",4,"Eastbridge Business Services",True,"eastbridgebs.com","9892047716","training.hr@eastbridgebs.com",["pf","health-insurance"])

H("en","Back Office - NGO Donor Services (Pune)",
 "Update donor records, issue 80G receipts and answer donor emails for a registered NGO. Graduates with good English and Excel. Day shift, Kothrud office. Salary by bank transfer; no deposits or fees.",
 (15000,18000),"back-office-executive","pune",0,"Asha Kiran Foundation",True,"ashakiranfoundation.org","9890327714","careers@ashakiranfoundation.org",["pf","health-insurance"])

H("en","Customer Support - Insurance Aggregator (Night Shift, 25% shift allowance)",
 "Assist customers comparing insurance plans over calls during late evening and night hours. Shift 4 pm to 1 am with 25% shift allowance and cab drop. Graduates with good Hindi and English.",
 (20000,25000),"customer-service-representative","mumbai",0,"Policyhub Insurance Brokers",True,"policyhub.in","9920476631","jobs@policyhub.in",["cab","incentives","pf","health-insurance"])

H("en","Email Support - Logistics Client (Badlapur) - Local candidates preferred",
 "Respond to shipment queries from corporate clients over email. Good written English and Excel. Badlapur East office, day shift, preference for candidates living between Ambernath and Karjat.",
 (14000,17000),"email-support-executive","badlapur",0,"Sahyadri Logistics Support",True,"sahyadrilogistics.in","9822047745","hr@sahyadrilogistics.in",["pf","esi"])

H("en","HR Operations - Onboarding (BKC) - We never ask for OTPs",
 "Handle new-joiner paperwork, bank account forms for salary, and HRMS updates. Candidates' documents are collected only through our HRMS, and we never ask anyone for OTPs or banking passwords. 1 year in HR operations.",
 (24000,30000),"hr-operations-executive","mumbai",1,"Meridian Financial Services",True,"meridianfs.in","9819476612","hrops@meridianfs.in",["pf","health-insurance","meals"])

H("en","Telecaller - Solar Panel Enquiries (Solapur)",
 "Call farmers and homeowners who enquired about rooftop solar, explain subsidy schemes and book site surveys. Marathi essential. Fixed salary plus Rs 500 per completed installation. Day shift.",
 (12000,15000),"telecaller","solapur",0,"Suryoday Solar Solutions",True,"suryodaysolar.in","9420147763","jobs@suryodaysolar.in",["incentives","pf"])

H("en","Customer Service - Municipal Helpline (Pune) via Contractor",
 "Take citizen complaints about water, roads and garbage on the civic helpline and route them to wards. Marathi and Hindi required. Employed by our facility management company with PF and ESI. Rotational shifts.",
 (14000,16000),"call-centre-agent","pune",0,"Unisource Facility Services",True,"unisourcefs.in","9767014482","helpline.jobs@unisourcefs.in",["pf","esi"])

H("en","Back Office - Overseas Recruitment Firm (MEA licensed) - Office role in Mumbai",
 "We are an MEA-registered recruiting agent placing nurses in the Gulf. This is an office job in Mumbai for document checking, emigration clearance files and candidate calls. You will not be sent abroad. Graduates with good English.",
 (18000,22000),"documentation-executive","mumbai",0,"Crescent Overseas Recruiters (RA licence holder)",True,"crescentoverseas.in","9821347790","office.jobs@crescentoverseas.in",["pf","esi"])

H("en","Chat Support - Bank Credit Card (Thane, hybrid)",
 "Answer card holders' chat queries about statements, rewards and limits. Graduates with 6 months of chat experience preferred. Hybrid after training. PF, health insurance and annual bonus.",
 (19000,23000),"chat-support-executive","thane",0,"Ridgeway Customer Services",True,"ridgewaycs.in","9004817732","careers@ridgewaycs.in",["pf","health-insurance","incentives"])

H("en","Data Entry Operator - Security Deposit Paid by Company for Hostel (Panvel)",
 "Female candidates from outside Navi Mumbai can stay in our tie-up working women's hostel in Kamothe; the company pays the hostel deposit and you pay only the monthly rent from your salary. The job is data entry of vehicle insurance forms. 12th pass, 25 wpm.",
 (12500,14500),"data-entry-operator","panvel",0,"Shield Insurance Processing",True,"shieldprocessing.in","9987014475","hr@shieldprocessing.in",["pf","esi"])

H("en","Customer Support Associate - Telecom (Nagpur) - Walk-in Saturday",
 "Walk-in on Saturday, 10 am to 2 pm, at our Ramdaspeth office near Lokmat Square. Hindi voice process, freshers welcome. Carry resume and ID proof. Salary with attendance bonus.",
 (12000,14500),"customer-service-representative","nagpur",0,"Vidarbha Teleservices",True,"vidarbhatele.in","9822416630","walkin@vidarbhatele.in",["pf","esi","incentives"])

H("en","Customer Success Manager - Logistics SaaS (Mumbai) - 8+ years",
 "Own enterprise accounts for our transport management platform, drive adoption and renewals. 8+ years in B2B customer success. CTC 20-25 LPA plus ESOPs.",
 (165000,210000),"customer-success-manager","mumbai",8,"Freightwise Technologies",True,"freightwise.io",None,"careers@freightwise.io",["health-insurance","pf","incentives"])

H("en","Accounts Assistant - Part Time (Dombivli)",
 "Part-time accounts assistant for a pharmacy wholesaler, 3 hours a day. Tally and GST returns. Fixed monthly pay. Contact the owner on phone.",
 (8000,10000),"accounts-assistant","kalyan-dombivli",0,"Navjeevan Pharma Distributors",False,None,"9819047762",None,[])

H("en","International Voice - Collections (UK), Goregaon",
 "Speak to UK customers about overdue utility bills and set up payment plans on the client's system. Excellent English. UK shift 12:30 pm to 9:30 pm. Incentives up to Rs 10,000. Customers always pay the client directly; agents never take payments.",
 (25000,32000),"international-voice-agent","mumbai",0,"Westbridge Collections India",True,"westbridgeci.com","9920147718","jobs@westbridgeci.com",["cab","incentives","pf","health-insurance"])

H("en","Help Desk Technician - Hotel Chain IT (Lonavala/Pune region)",
 "Provide on-site IT support at two resorts: PMS software, Wi-Fi, CCTV and POS terminals. Diploma in IT with 1 year of experience. Staff accommodation and meals provided free.",
 (20000,24000),"help-desk-technician","pune",1,"Sahyadri Resorts & Hotels",True,"sahyadriresorts.in","9890417761","it.jobs@sahyadriresorts.in",["meals","pf","esi"])

H("en","Back Office Executive - E-commerce Catalogue (Kurla)",
 "Upload product listings, edit images and fix catalogue errors on marketplace seller panels. Graduates with Excel basics. Monthly salary; no per-product payment or targets with penalties.",
 (15000,18000),"back-office-executive","mumbai",0,"Listright Commerce Services",True,"listright.in","9769317742","hr@listright.in",["pf","esi"])
