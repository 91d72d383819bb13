from common import S
# English scams, part 1

S("registration_fee","en","Data Entry Operator - Work From Home (Freshers)",
 "We are hiring data entry operators to work from home on laptop or mobile. Work is simple copy-paste of product details into Excel sheets sent on email. Payment is Rs 15 per correct entry and you can easily do 800 entries a day. One-time registration of Rs 350 is compulsory to generate your login ID and work portal access. After registration work will be allotted within 2 hours.",
 (25000,45000),"data-entry-operator","pune",0,"Digiscribe Online Services",False,None,"9823104471","digiscribe.work@gmail.com",[])

S("registration_fee","en","Back Office Executive (Remote) - Immediate Joining",
 "Reputed KPO is looking for back office executives for its new remote project. Candidates must have a smartphone and basic English reading. Shortlisted candidates must complete ID creation on our HR portal; the portal charges a nominal Rs 799 as profile activation which is adjusted in first salary. Salary credit on 7th of every month. Limited seats for this batch.",
 (18000,22000),"back-office-executive","mumbai",0,"Trinetra KPO Solutions",False,"trinetrakpo-careers.in","7506629183","hr.trinetrakpo@gmail.com",["training"])

S("interview_security_deposit","en","Customer Support Associate - Interview Call Letter Batch",
 "Your profile has been shortlisted for face to face interview for Customer Support Associate at our Andheri East centre. Kindly bring updated resume, 2 photographs, Aadhaar and all mark sheets. As many candidates do not turn up after slots are booked, a refundable attendance deposit of Rs 2,450 must be transferred by IMPS before the slot is confirmed. The amount will be returned on the interview day itself without deduction.",
 (21000,28000),"customer-service-representative","mumbai",0,"Meridian Global Contact Centre",False,None,"8169942075","meridian.hrteam@outlook.com",["pf","cab"])

S("interview_security_deposit","en","International Voice Process - Interview at Hotel Venue (Pune)",
 "Walk-in interviews for international voice process will be held at a hotel banquet hall near Pune station. Outstation candidates will get accommodation and travel reimbursed by the company. To block a seat in the interview panel, candidates have to deposit Rs 4,999 as a fully refundable assurance charge through NEFT by 2 pm tomorrow. The bank details will be shared by our recruiting manager on call. Package up to 6.5 LPA for good communication.",
 (35000,54000),"international-voice-agent","pune",0,"Crestline Outsourcing LLP",False,"crestline-outsourcing.co","9370051862","recruitment@crestline-outsourcing.co",["cab","meals"])

S("task_prepaid","en","Part Time Online Job - Rate Hotels and Restaurants",
 "Earn Rs 3,000 to 8,000 daily from your phone in your free time. Work: open the links we share and give 5-star ratings to hotels and restaurants on Google Maps, then send a screenshot. Rs 150 is paid for every 3 tasks, straight to your UPI. No joining fee for the first level. Higher merchant tasks with bigger commission are available for members who upgrade their level. Message our receptionist on Telegram to start.",
 (60000,150000),"data-entry-operator","mumbai",0,"StarMap Review Partners",False,None,None,"starmap.receptionist@gmail.com",[])

S("task_prepaid","en","Social Media Executive (Part time, 1-2 hrs)",
 "Our digital marketing agency needs people to like and subscribe to client YouTube channels and Instagram pages. Each like pays Rs 50 and you will be added to our task group where the mentor explains everything. After the welcome tasks you can join the prepaid merchant tasks where you put in a small amount and get 30% return within 20 minutes. Housewives, students and retired people are welcome.",
 (30000,90000),"email-support-executive","thane",0,"Viralnest Digital Media",False,None,"7977312088",None,[])

S("money_mule","en","Payment Processing Agent - Work from Home",
 "An export company is looking for payment processing agents in Maharashtra to handle customer remittances. Our clients will transfer payments to your savings account and you will forward them to our vendor accounts the same day. You keep 8% of every amount you process as your commission. You need an active bank account with net banking and UPI. Two to three hours of work a day.",
 (40000,120000),"reconciliation-executive","nagpur",0,"Orion Trade Links International",False,"oriontradelinks.net","8262913340","accounts@oriontradelinks.net",[])

S("money_mule","en","Accounts Assistant (Collections Desk) - Remote",
 "We need accounts assistants to receive customer collections on behalf of our gaming platform, since our own current account is under bank upgradation. You will receive deposits into your personal account or a new account we help you open, withdraw cash or transfer as instructed by the team lead on Telegram, and record each entry in a Google Sheet. Daily payout of Rs 2,000 plus 1% incentive. Please keep the work confidential.",
 (45000,60000),"accounts-assistant","pune",0,"PlayBharat Ventures",False,None,"9156648027",None,["incentives"])

S("identity_harvest","en","KYC Executive - Home Based Verification Work",
 "We are a fintech partner recruiting KYC executives to work from home. To create your employee code, send clear photos of your Aadhaar front and back, PAN card, a cancelled cheque and a selfie holding your Aadhaar on WhatsApp. You will also receive a 6-digit code on your phone for account activation which you must share with the onboarding executive. Salary starts from the first day.",
 (22000,30000),"kyc-compliance-executive","mumbai",0,"Finverse KYC Services",False,None,"8850217743",None,["training"])

S("identity_harvest","en","Telecaller - Direct Joining, Documents Online",
 "Telecalling job for freshers, Hindi and Marathi speaking candidates preferred. No interview, direct joining from Monday. Fill the joining form on the link: name, DOB, Aadhaar number, PAN number, bank account, IFSC, net banking user ID and your mother's maiden name for payroll security. Salary account will be opened by us in a partner bank using these details.",
 (16000,19000),"telecaller","kalyan-dombivli",0,"Sanjeevani Tele Services",False,None,"9004172238","sanjeevani.payroll@gmail.com",["incentives"])

S("overseas_trafficking","en","Customer Support Executive - Thailand (Free Visa & Tickets)",
 "Urgent requirement of customer support executives for an international company in Bangkok, Thailand. Salary USD 1,000 to 1,200 per month plus free accommodation and food. Basic English typing is enough, no experience needed. Visa, flight tickets and hotel are provided by the company. Passport with 6 months validity required. Candidates will fly within 10 days of selection.",
 (83000,100000),"customer-service-representative","mumbai",0,"Golden Triangle Tech Co. Ltd",False,None,"7039874410","goldentriangle.hr@gmail.com",["meals"])

S("overseas_trafficking","en","Digital Sales & Marketing Executive - Overseas Posting (Cambodia / Laos)",
 "Our partner companies in South-East Asia need digital marketing and chat executives for international clients. Work involves chatting with customers on social media in English and typing data. Salary starts at 1,500 USD with a target bonus, and your passport will be kept safely by the HR for visa processing. Travel on tourist visa first, work permit will be done after arrival. Contact agent Mr. Rizwan on WhatsApp only.",
 (120000,160000),"chat-support-executive","navi-mumbai",0,"Skyway Overseas Manpower",False,None,"9892440153",None,[])

S("brand_impersonation","en","Amazon Work From Home Customer Service - Offer Letter Same Day",
 "Amazon India is hiring virtual customer service associates across Maharashtra. Selected candidates receive the offer letter on email the same day after a 10 minute phone interview. Candidates must pay Rs 2,100 for laptop security and Mediclaim enrolment, which is reimbursed with the first salary. Contact our HR Ms. Kavya only on the number below; do not call the Amazon helpline as this is a separate hiring cell.",
 (28000,35000),"customer-service-representative","pune",0,"Amazon India (Virtual CS Hiring Cell)",False,"amazon-vcs-hiring.com","7066239915","amazonvcs.hiring@gmail.com",["health-insurance"])

S("brand_impersonation","en","Flipkart Back Office Data Entry (Home Based)",
 "Flipkart seller support is recruiting data entry staff for order updating from home. Salary Rs 28,000 fixed plus performance bonus. Registration kit including login credentials, ID card and welcome hamper will be couriered after payment of Rs 1,250. Only 40 seats for the Mumbai region. WhatsApp your name and city to start.",
 (28000,32000),"data-entry-operator","mumbai",0,"Flipkart Seller Support Recruitment",False,None,"8432971160",None,[])

S("fake_consultancy","en","Guaranteed Placement in Top BPOs - Freshers",
 "We are a placement consultancy with tie-ups in 150+ BPO and banking companies. We guarantee a job in 15 days or your money back. Registration fee Rs 1,500 and after joining you pay 50% of first month salary as service charge. Interviews in Andheri, Malad, Vikhroli and Airoli. Bring your resume and the registration amount in cash to our office.",
 (15000,25000),"call-centre-agent","mumbai",0,"JobSure Manpower Consultants",False,None,"9619043328","jobsure.consultants@yahoo.com",[])

S("fake_consultancy","en","HR Recruiter Hiring for MNC Banks - Back Office",
 "Hiring for leading private bank back office roles in BKC and Powai. Interview will be arranged directly with the bank HR after our profile screening. Candidates have to clear our pre-screening test, charge for the test and document verification is Rs 2,999. Offer letter on bank letterhead within one week. Seats are limited and are allotted first-come first-serve.",
 (22000,32000),"back-office-executive","mumbai",1,"Primestaff HR Consultancy",False,"primestaffhr.in","8080129945","primestaffhr.in@gmail.com",["pf"])

S("wfh_kit","en","Pen Packing Job at Home - Weekly Payment",
 "Ghar baithe kaam for ladies and students. We deliver raw material for ball pens to your home; you assemble and pack them into boxes of 10. Rs 18,000 to 24,000 a month guaranteed. The starter kit with raw material for first 1,000 pens costs Rs 2,300 (fully refundable with first payment). Our pickup boy collects finished packets every Saturday.",
 (18000,24000),"back-office-executive","bhiwandi",0,"Shree Stationery Home Works",False,None,"7738164402",None,[])

S("wfh_kit","en","Envelope & File Making - Home Based Back Office Work",
 "Simple home based work for any qualification. Prepare office files and envelopes from the material we send, and we buy back everything you make. Earn Rs 500 to 900 per day. Members need to buy one quality-approved kit (Rs 3,450) which includes die-cutter, glue and sample pack. Buyback agreement will be sent after kit purchase.",
 (15000,27000),"back-office-executive","solapur",0,"Apex Homepreneur Works",False,None,"9960218834","apexhomepreneur@gmail.com",[])

S("typing_penalty","en","Form Filling Job - 400 Forms in 5 Days",
 "Offline form filling job. You will receive 400 scanned forms, type them in the software and submit within 5 days. Pay Rs 24,000 per project on 85% accuracy. You must sign the online agreement before starting. Candidates who fail the accuracy or do not submit in time will have to pay the project penalty as per the signed agreement.",
 (24000,48000),"data-entry-operator","nashik",0,"Zenith Data Processing",False,"zenithdataprocess.com","8788452019","support@zenithdataprocess.com",[])

S("typing_penalty","en","Captcha Typing Work - Daily Payout",
 "Type simple captcha codes on our software and get paid Rs 1 per captcha. Target is 1,200 captchas a day, which anyone can do. The software ID costs Rs 1,199 for 6 months. If your accuracy drops below 95% in a week, the account is blocked and the security amount is forfeited. Payments every evening to Paytm or UPI.",
 (20000,36000),"data-entry-operator","chhatrapati-sambhajinagar",0,"CaptchaPro India",False,None,"9145870226",None,[])

S("training_fee_deduction","en","Chat Support Executive - Paid Certification Programme",
 "Join our chat support team for a leading e-commerce client. Before joining, candidates must complete our 7-day Customer Experience Certification. The certification costs Rs 6,500, and candidates who cannot pay up front can have it deducted from the first two salaries. Job placement is assured after certification. Training batches start every Monday at our Baner office.",
 (18000,24000),"chat-support-executive","pune",0,"CXAcademy Skills & Jobs",False,"cxacademyjobs.in","7020943318","admissions@cxacademyjobs.in",["training"])

S("training_fee_deduction","en","Technical Support Trainee (Laptop Provided)",
 "Hiring technical support trainees for a US software client, night shift. Company will provide a laptop and headset for work from home. A laptop security of Rs 9,000 will be taken at joining; this is returned when you leave the company after 12 months. Training is for 15 days, unpaid. Salary from second month onwards.",
 (25000,30000),"technical-support-specialist","navi-mumbai",0,"NovaTech Remote Services",False,None,"8976013346","novatechremote.hr@gmail.com",["training"])

S("offer_letter_charges","en","Operations Executive - Selected Candidates Onboarding",
 "Congratulations to all candidates who cleared the telephonic round for Operations Executive. To generate your offer letter, complete background verification and police verification. Verification is done by a third-party agency and the candidate pays the agency charge of Rs 3,200 directly to their account. The offer letter is released within 48 hours of payment.",
 (26000,34000),"operations-executive","thane",1,"Vertex Shared Services",True,"vertexshared.co.in","9082517736","onboarding@vertexshared.co.in",["pf","esi"])

S("offer_letter_charges","en","MIS Executive - Offer Confirmation",
 "We have a requirement for MIS Executives with advanced Excel for our Powai office. After the online test, selected candidates must confirm their joining by paying a refundable joining bond of Rs 5,000, which protects the company against candidates leaving in the first month. Uniform and ID card charges of Rs 850 are extra. Monthly salary 30k plus incentives.",
 (30000,30000),"mis-executive","mumbai",1,"Datavista Analytics Pvt Ltd",False,None,"7304165528","datavista.hr@gmail.com",["incentives"])

S("visit_visa_abroad","en","Dubai Customer Service Jobs - Visit Visa to Work Visa",
 "Openings in Dubai for call centre and hotel reception customer service. Salary AED 3,500 with free food and room. We process your visit visa in 7 days; the company will convert it to employment visa after you land. Total package charge Rs 65,000 including visa, air ticket and medical. Pay 50% now and 50% at airport.",
 (70000,80000),"customer-service-representative","mumbai",0,"Al Noor Gulf Placements",False,None,"9820164437","alnoorgulfplacement@gmail.com",["meals"])

S("pyramid_referral","en","Freelance Recruitment Associate - Earn Per Joining",
 "Become a freelance recruiter from home. Pay a one-time membership of Rs 1,999 to get your recruiter dashboard and training videos. For each person you refer who also takes membership, you earn Rs 700, and Rs 200 from each of their referrals. Top associates earn 1 lakh a month. Refer 5 people in the first week to unlock fixed salary.",
 (20000,100000),"hr-operations-executive","kolhapur",0,"GrowMore Network Careers",False,None,"8007129943",None,["incentives"])

S("fake_govt_scheme","en","Bank Mitra / Customer Service Point Agent - Government Scheme",
 "Applications invited for Bank Mitra and CSP agents under a central government financial inclusion scheme in Maharashtra villages and towns. Monthly honorarium Rs 18,000 plus commission on every account opened. Application fee Rs 650 (general) and Rs 450 (reserved), plus refundable security deposit of Rs 15,000 after selection. Last date to apply is this Friday.",
 (18000,25000),"customer-service-representative","amravati",0,"Rashtriya Vittiya Samaveshan Mission",False,"rvsm-bankmitra.org.in","7385019226","apply@rvsm-bankmitra.org.in",["incentives"])

S("salary_release_fee","en","Email Support Executive (WFH) - Weekly Tasks",
 "Work from home email support for an overseas client, reply to customer mails using templates we provide. Salary Rs 22,000 per month. At the end of the first month, salary is released after the one-time payroll activation and TDS registration of Rs 1,850 is paid by the employee. After that salary comes automatically every month.",
 (22000,22000),"email-support-executive","pune",0,"Bluewave Support Desk",False,None,"9307441892","bluewave.supportdesk@gmail.com",[])

S("backdoor_entry","en","Backdoor Entry - Direct Joining in IT/BPO MNCs",
 "Not cleared campus placement? We provide backdoor entry in top MNCs for customer support, tech support and process associate roles. Genuine offer letter with employee ID and PF. Commitment amount is decided by your profile (starting 45k) and paid in two parts, before the offer and after joining. Gap and low percentage also accepted.",
 (25000,40000),"technical-support-specialist","pune",0,"Career Bridge Placements",False,None,"9021347726",None,["pf"])

S("registration_fee","en","Home based typing work, payment weekly",
 "dear candidate, Urgent need 50 persons for typing work. work 2-3 hrs daily on mobile or pc. earn 15000-30000 monthly. registration charges only 199 rs (one time). after that no any charge. WhatsApp 'JOB' to the number.",
 (15000,30000),"data-entry-operator","ulhasnagar",0,"Shiv Shakti Online Works",False,None,"8879013574",None,[])

S("brand_impersonation","en","TCS BPS Hiring - Voice Process (Offer through Partner)",
 "TCS Business Process Services is recruiting for its Thane and Navi Mumbai delivery centres through an authorised partner. Complete an online aptitude test and HR telephonic round. After selection, pay the document verification and induction kit charge of Rs 3,500 to the partner account; TCS will reimburse it after 3 months. Joining in 10 days.",
 (20000,26000),"call-centre-agent","thane",0,"TCS BPS (Authorised Hiring Partner)",False,"tcsbps-hiring.in","7045892231","tcsbps.recruit@gmail.com",["cab","pf"])

S("task_prepaid","en","Product Review Executive (Online)",
 "Help e-commerce sellers boost their products. You will place dummy orders with your own money on our merchant site to increase sales count; the amount is returned with 25-40% commission after each order is completed. Start with small orders of Rs 500 and move to VIP orders. Wallet withdrawals are allowed after completing a full set of 30 orders.",
 (40000,100000),"operations-executive","mumbai",0,"ShopBoost Merchant Services",False,"shopboost-merchant.com",None,"care@shopboost-merchant.com",["incentives"])

S("money_mule","en","Local Processor - Part Time (Students Welcome)",
 "Need local processors in Pune and Mumbai to help our overseas clients with payments in India. Just share your bank account or open a new current account in your name with our help; we manage the transactions. You get Rs 10,000 a month per account as rent without doing any work. Aadhaar and PAN required. Extra Rs 5,000 for each friend who gives an account.",
 (10000,30000),"accounts-assistant","pune",0,"Global Pay Solutions",False,None,"9172603385",None,[])

S("identity_harvest","en","Documentation Executive - SIM Activation Project",
 "Documentation executives needed for a telecom SIM activation project. Visit our office once with your Aadhaar; we will take your fingerprint on the scanner for verification and issue your employee kit. You will also bring 5 friends or relatives for the same verification to get your joining bonus of Rs 3,000. Salary Rs 14,000 plus Rs 50 per activation.",
 (14000,20000),"documentation-executive","bhiwandi",0,"Jio-Link Activation Partners",False,None,"7020115843",None,["incentives"])

S("overseas_trafficking","en","IT Support / Data Entry - Myanmar & Thailand, High Salary",
 "Jobs for graduates in IT support and data entry at a company on the Thailand border. Salary 2 lakh per month, 12 hours shift, free food and hostel. Basic computer knowledge and English typing 25 wpm required. Interview on video call. Ticket from Mumbai to Bangkok provided; from there the company car will take you to the office.",
 (150000,200000),"data-entry-operator","mumbai",0,"Mekong Digital Solutions",False,None,"8291037740","mekongdigital.hr@gmail.com",["meals"])
