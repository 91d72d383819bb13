from common import S
# ---- English scams (60) ----
# registration_fee
S("registration_fee","en","Data Entry Operator - Work From Home (Freshers)",
 "Urgent requirement for home based data entry. Only basic typing needed, no targets. Candidates must complete one time registration of Rs 850 to get login ID and project file. After registration work will be allotted same day and payment every Saturday.",
 25000,45000,"data-entry-operator","thane",0,"Shree Datatech Solutions",False,None,"9823104576","shreedatatech.hr@gmail.com",[])
S("registration_fee","en","Back Office Executive - Andheri East",
 "We are hiring back office executives for our Andheri East office. Duties include updating customer records in Excel, preparing daily MIS and coordinating with the sales team. Fixed salary plus attendance bonus. Shortlisted candidates will receive the interview slot on WhatsApp after paying the Rs 499 candidate file charge through the UPI ID shared by HR. Walk-in without file number not allowed.",
 15000,19000,"back-office-executive","mumbai",0,"Aarohan Business Services",False,None,"8097215534","aarohan.careers@gmail.com",["incentives"])
S("registration_fee","en","Telecaller Female Candidates Only - Vashi",
 "Female telecallers needed for insurance renewal calls. Hindi and Marathi must. Salary 14k to 18k plus incentive. Form fee Rs 300 (non refundable) to be paid at reception at time of interview, receipt will be given. Timing 10 to 6, Sunday off.",
 14000,18000,"telecaller","navi-mumbai",0,"Suraksha Policy Point",False,None,"9930471188",None,["incentives"])
S("registration_fee","en","Customer Care Executive - Inbound - Pune",
 "Join a growing inbound customer care team supporting an e-commerce client. You will answer order and delivery queries, raise tickets and follow up with courier partners. Training is given for 7 days. To confirm your seat in the next training batch you need to activate your employee portal profile (activation charge Rs 1,250, one time). Joining letter is issued through the portal only.",
 18000,22000,"customer-service-representative","pune",0,"Nexora CX Services",False,"nexoracx-careers.in","7066321490","hr@nexoracx-careers.in",["training","pf"])

# refundable_security_deposit
S("refundable_security_deposit","en","MIS Executive - Lower Parel (Immediate Joiner)",
 "Reputed financial services firm needs an MIS Executive with good Excel (VLOOKUP, pivot tables). You will prepare daily collection reports and dashboards for management. Selected candidate will get offer letter within 24 hours of the online interview. A refundable security deposit of Rs 6,500 is collected against company laptop and ID card, returned with first salary. Send CV on WhatsApp.",
 28000,35000,"mis-executive","mumbai",1,"Crestline Finserv Pvt Ltd",False,None,"9167402253","crestline.finserv.hr@gmail.com",["pf","health-insurance"])
S("refundable_security_deposit","en","Chat Support Executive - Remote",
 "Hiring chat support executives to work from home for a US retail brand. Laptop and headset will be couriered to your home. Because the equipment is costly we take a refundable deposit of Rs 4,999 which is returned after 3 months of service. Night shift, 5 days working. Good English typing needed.",
 22000,26000,"chat-support-executive","pune",0,"BlueHarbor Remote Staffing",False,"blueharborstaffing.co","7709813362","onboarding@blueharborstaffing.co",["incentives"])
S("refundable_security_deposit","en","HR Operations Executive - Thane West",
 "Looking for an HR operations executive for joining formalities, attendance and payroll inputs. Experience in Excel and basic labour law preferred. Final round will be held at our training centre; all candidates must bring a demand draft of Rs 3,000 as interview security which is refunded after the interview without any deduction. Travel for outstation candidates will be reimbursed.",
 20000,25000,"hr-operations-executive","thane",1,"Vistara Manpower Group",False,None,"9004518827","vistaramanpower.thane@yahoo.com",["pf","esi"])
S("refundable_security_deposit","en","Reconciliation Executive",
 "Bank reconciliation work for a payments company. Knowledge of Tally or SAP is a plus. Salary is very good. New joiners deposit Rs 10,000 as a caution amount which is fully refundable at the time of leaving, this is company policy to avoid absconding. Apply fast only 4 seats.",
 30000,38000,"reconciliation-executive","navi-mumbai",0,"Paynetra Solutions",False,None,"8657120943","paynetra.jobs@outlook.com",[])

# training_kit_fee
S("training_kit_fee","en","Work From Home Customer Support - Kit Provided",
 "Start your customer support career from home. You will receive our starter kit with headset, training modules and CRM login. Kit cost Rs 2,100 is payable once and you earn it back in your first week. Calls will be routed to your mobile. Earn per call plus monthly bonus.",
 20000,40000,"customer-service-representative","nagpur",0,"CallNest India",False,"callnestindia.com","6354087712","support@callnestindia.com",["training"])
S("training_kit_fee","en","International Voice Process - Certification Batch",
 "Fresh graduates with fluent English wanted for international voice process at our Malad site. Candidates must clear our paid accent and process certification (Rs 7,500, 10 days) before getting floor access. After certification, placement is 100% assured. Cab facility and night allowance.",
 24000,30000,"international-voice-agent","mumbai",0,"GlobalVoice Academy & BPO",False,None,"9821736650","globalvoice.admissions@gmail.com",["cab","training"])
S("training_kit_fee","en","Typing Job - Study Material Courier",
 "Part time typing work for students and housewifes. Handwritten pages will be couriered to you and you type in MS Word. Rs 20 per page. Before first assignment you must purchase software CD and practice material for Rs 1,499 which we send by courier cash on delivery. No experience needed.",
 10000,30000,"data-entry-operator","kolhapur",0,"Akshar Typing Works",False,None,"7385521906",None,[])
S("training_kit_fee","en","Quality Analyst Trainee - Hinjewadi",
 "Exciting opportunity for freshers to become Quality Analysts in the BPO industry. You will audit calls, give feedback and prepare QA reports. The programme includes a 3 week paid internship. Trainee uniform, ID and learning kit charge of Rs 3,800 is adjusted from the stipend of the first month, balance to be paid in cash at joining. Placement support after completion.",
 15000,21000,"quality-analyst","pune",0,"QualiPro Institute of Process Excellence",False,"qualipro-institute.in","8421976503","admissions@qualipro-institute.in",["training"])

# prepaid_task_review
S("prepaid_task_review","en","Part Time Online Job - Rate Hotels and Earn",
 "Simple online job from mobile. Give 5 star rating to hotels and restaurants on Google Maps and earn Rs 150 per task. Daily 20 to 30 tasks. Joining is free, no fees. You will be added to our Telegram group by the receptionist where tasks are posted. Salary credited daily in bank.",
 30000,90000,"data-entry-operator","pune",0,"TripBoost Digital Marketing",False,None,"9284617390",None,[])
S("prepaid_task_review","en","Digital Marketing Associate (YouTube Promotion)",
 "We are a digital marketing agency working for brands. Associates like and subscribe YouTube channels and send screenshot to coordinator. Rs 50 per like, daily income 2000 to 5000. After 3 free tasks you will get merchant tasks where you deposit a small amount and get back 30 percent extra as commission. Work any time from home.",
 40000,150000,"email-support-executive","mumbai",0,"ViralReach Media Pvt Ltd",False,None,"8169304218","viralreachmedia.hr@gmail.com",[])
S("prepaid_task_review","en","Product Review Executive - Home Based",
 "Review products for an online shopping platform and help sellers improve ranking. For each order review you get commission 5 to 20 percent. Orders are purchased from your task wallet which you recharge and the amount with commission comes back within minutes. Higher VIP level gives more tasks. Smart phone required.",
 25000,80000,"back-office-executive","nashik",0,"ShopRank Online Services",False,"shoprank-work.com","7447093315","care@shoprank-work.com",[])
S("prepaid_task_review","en","Movie Rating Work - Students/Housewives",
 "Earn by rating upcoming movies and web series on our partner platform. Each rating gives fixed commission and bonus on completing a set of 40. Sometimes a combination task comes where you need to top up balance to complete, after which full amount is withdrawable. Joining bonus Rs 200 given on first day.",
 20000,60000,"data-entry-operator","chhatrapati-sambhajinagar",0,"CineScore Media Works",False,None,"9356201847",None,[])

# money_mule
S("money_mule","en","Payment Processing Assistant - Work From Home",
 "International trading company needs payment assistants in India. Customers will transfer funds to your savings account, you will forward to our supplier accounts as per instructions and keep 8% commission on every transaction. Must have active bank account with net banking and UPI. Flexible hours, no office visit.",
 30000,100000,"accounts-assistant","mumbai",0,"Eurasia Commodities Ltd",False,None,"7021569348","eurasia.payments.in@gmail.com",[])
S("money_mule","en","Accounts Assistant (Collections) - Part Time",
 "Our client collects payments from customers across Maharashtra. You will receive payments in your own UPI and transfer the same day to the account given by the manager. Salary Rs 1,500 per day for handling transactions. Only candidates having 2 or more bank accounts apply.",
 35000,45000,"accounts-assistant","thane",0,"Sai Collection Services",False,None,"9152093864",None,[])
S("money_mule","en","Current Account Holders Required - Remote Job",
 "If you have a current account or can open one in your firm name, we will pay rent of Rs 25,000 per month for using it for our gaming business receipts. You only need to share cheque book, debit card and registered SIM. Work is totally safe and legal, agreement will be signed.",
 25000,50000,"operations-executive","kalyan-dombivli",0,"Lucky Star Ventures",False,None,"8433107829",None,[])
S("money_mule","en","Finance Operations Executive - Remote (Global Client)",
 "We are onboarding remote finance operations executives for a European e-commerce client expanding into India. Responsibilities include receiving customer refunds and settlements in a designated personal account, verifying amounts and remitting them onward through approved channels within 2 hours. Prior experience not essential; full SOP is provided. A monthly retainer is paid plus a per-transaction fee.",
 40000,60000,"operations-executive","pune",0,"Northbridge Merchant Services",False,"northbridge-merchant.com","7030951286","talent@northbridge-merchant.com",[])

# identity_harvest
S("identity_harvest","en","Back Office Executive - Salary Account Opening Required",
 "Direct joining for back office executives at our Vikhroli process. Please send scanned copy of Aadhaar, PAN, two photos and bank passbook on WhatsApp for salary account creation and background verification. HR will also share an OTP confirmation link, please share the OTP with HR to complete e-KYC. Offer letter will be mailed after documents received.",
 16000,20000,"back-office-executive","mumbai",0,"Prime Axis Services",False,None,"9326518470","primeaxis.hrdesk@gmail.com",["pf"])
S("identity_harvest","en","KYC Executive - Work From Home",
 "Hiring KYC executives for a fintech startup. Work is to register new users on our app using your mobile and documents given by team lead, and verify OTP received on your number. Candidates must also submit their own Aadhaar and PAN along with selfie video for employee KYC. Payment Rs 300 per verification.",
 20000,45000,"kyc-compliance-executive","nagpur",0,"Finlo Digital",False,None,"7219630845",None,[])
S("identity_harvest","en","Data Entry - Google Form Joining",
 "Selected candidates fill our online joining form with full name, date of birth, Aadhaar number, PAN number, bank account number, IFSC and debit card last digits for salary setup. After submission you will receive joining letter and project. Work from home typing, weekly payout.",
 18000,32000,"data-entry-operator","solapur",0,"Relay Online Services",False,None,"6203948157","relayonline.joining@gmail.com",[])
S("identity_harvest","en","Documentation Executive - Immediate Start",
 "We are a documentation outsourcing firm serving banks. Role involves preparing loan files and scanning KYC papers. As part of onboarding, candidates provide original PAN card and two cancelled cheques to HR for 'employee verification', and sign blank forms for the PF registration. Documents will be returned after 30 days.",
 17000,21000,"documentation-executive","pune",0,"DocuServe Outsourcing",False,None,"9764028315","docuserve.pune@gmail.com",["pf","esi"])

# overseas_trafficking
S("overseas_trafficking","en","Customer Support Executive - Thailand (Free Visa & Ticket)",
 "Hiring customer support executives for an IT company in Bangkok, Thailand. Salary USD 1,000 to 1,200 plus free accommodation and food. Only basic English and typing needed. Visa and air ticket arranged by company. Interview on WhatsApp video only. Passport must be valid 1 year. Fly within 10 days.",
 80000,100000,"customer-service-representative","mumbai",0,"Siam Digital Tech Co",False,None,"9619350244","siamdigital.recruit@gmail.com",["meals"])
S("overseas_trafficking","en","Digital Sales & Marketing Executive - Overseas (Laos/Cambodia)",
 "Call centre and crypto marketing company needs Indian staff for overseas office. Job is chatting with customers on social media and promoting investment platform. Salary 1,200 USD, bonus on targets. Tourist visa given, work permit after arrival. Candidate will be received at airport by our team.",
 90000,120000,"chat-support-executive","pune",0,"Golden Triangle Tech Group",False,None,"7558901623",None,["meals"])
S("overseas_trafficking","en","Data Entry Operator - Dubai to South-East Asia Project",
 "Data entry operators required for a 6 month project. Candidates first travel to Dubai for orientation, then transfer to the project site in Myanmar border area. Accommodation, food and security provided inside the campus. Typing speed 25 wpm. Agent fee only Rs 40,000 after visa.",
 85000,110000,"data-entry-operator","nagpur",0,"Skyline Overseas Careers",False,None,"9890764132","skylineoverseas.ngp@gmail.com",["meals"])
S("overseas_trafficking","en","Chat Process Executive - Malaysia/Cambodia",
 "Excellent opportunity to work abroad in chat process for gaming and forex clients. We handle visa, flight and hotel. Passport will be kept safely by company HR during contract. Target based incentives in USDT. 12 hour shift, 6 days. Only single male candidates age 20-30.",
 70000,95000,"chat-support-executive","thane",0,"Mekong Support Services",False,None,"8928106741",None,["meals","incentives"])

# brand_impersonation
S("brand_impersonation","en","Amazon Work From Home - Customer Service Associate",
 "Amazon India is hiring virtual customer service associates. No interview, direct joining. Salary 35,000 monthly with laptop. Register on the link and pay Mediclaim and laptop insurance of Rs 3,500 to receive your offer letter from HR department. Contact HR Ms Priya on WhatsApp.",
 35000,35000,"customer-service-representative","mumbai",0,"Amazon India (HR Dept)",False,None,"7304218596","amazon.hr.recruitment.in@gmail.com",["health-insurance"])
S("brand_impersonation","en","Flipkart Back Office Job - Pune",
 "Flipkart Internet Pvt Ltd hiring back office staff for Pune hub. Order processing and data entry. Selected candidates must pay uniform and ID card charges Rs 1,850 to the recruitment partner account given below before joining date. Offer letter on Flipkart letterhead will be sent on email.",
 21000,26000,"back-office-executive","pune",0,"Flipkart Recruitment Partner",False,"flipkart-jobsindia.com","9172605438","hr@flipkart-jobsindia.com",["pf"])
S("brand_impersonation","en","IndiGo Airlines Ground Staff / Customer Service Agent",
 "IndiGo Airlines hiring customer service agents at Mumbai airport. 12th pass and graduate can apply. Salary 25k-40k. Interview through our hiring partner. Registration fees Rs 2,550 and training fees after selection. Appointment letter on Airports Authority letterhead.",
 25000,40000,"customer-service-representative","mumbai",0,"IndiGo Airlines",False,None,"8595027314","indigo.careers.recruit@gmail.com",["cab","meals"])
S("brand_impersonation","en","TCS BPS Non Voice - Direct Offer",
 "Tata Consultancy Services BPS is hiring for non voice process in Thane. Candidates who clear our online test get direct offer letter. Background verification is done by our vendor for which Rs 2,999 BGV charge is payable by candidate. Joining within one week.",
 22000,27000,"back-office-executive","thane",0,"TCS BPS Hiring Desk",False,"tcs-bps-careers.co.in","9653012876","offer@tcs-bps-careers.co.in",["pf","health-insurance"])

# fake_consultancy_fee
S("fake_consultancy_fee","en","100% Job Guarantee in BPO/KPO - Consultancy",
 "We are a leading placement consultancy with tie-ups in 200+ companies in Mumbai. Get job in BPO, KPO, bank back office. Service charge Rs 4,000 (half at registration, half after offer). Interviews arranged within 3 days. Walk in to our Dadar office with resume.",
 15000,35000,"call-centre-agent","mumbai",0,"Career Point Placement Services",False,None,"9987203614",None,[])
S("fake_consultancy_fee","en","Bank Back Office Jobs Through Consultancy - Freshers",
 "Private bank back office openings for graduates in Navi Mumbai. Our consultancy will prepare you for the interview and arrange the final round with bank HR. Consultancy fee equal to 50% of your first month salary, payable by the candidate after joining via post-dated cheque taken at registration.",
 18000,24000,"back-office-executive","navi-mumbai",0,"Bright Future HR Consultants",False,None,"9022614730","brightfuturehr.vashi@gmail.com",[])
S("fake_consultancy_fee","en","Customer Support Jobs - Kharadi & Viman Nagar",
 "Multiple openings in top MNCs for customer support (voice and non voice). Freshers and experienced welcome. Our recruiters shortlist you, and you attend client interview. Membership card Rs 1,100 valid for 6 months gives you unlimited interviews until you get placed.",
 16000,30000,"customer-service-representative","pune",0,"JobLink Placements",False,None,"8007619250","joblinkplacements.pune@gmail.com",[])
S("fake_consultancy_fee","en","Operations Executive - Confirmed Offer Through Agency",
 "Operations executive role with a logistics company at Bhiwandi. Offer is already confirmed by client for our candidates. You only need to complete agency documentation. Processing and documentation charge Rs 5,500 to be paid at our office in cash. Joining next Monday.",
 20000,23000,"operations-executive","bhiwandi",0,"Om Sai Manpower Consultancy",False,None,"9769132058",None,["pf"])

# typing_captcha_penalty
S("typing_captcha_penalty","en","Online Captcha Entry Work - 1000 Captcha = Rs 500",
 "Home based captcha entry. Each slot has 100 captcha images, type exactly as shown. Minimum 90% accuracy required. Member must sign the work agreement online; if accuracy is below limit or work not submitted within 7 days, a legal penalty as per agreement will apply. Weekly payment.",
 15000,40000,"data-entry-operator","amravati",0,"CaptchaPro Services",False,"captchapro-work.in","7972104836","support@captchapro-work.in",[])
S("typing_captcha_penalty","en","Form Filling Job - 650 Forms in 5 Days",
 "Offline form filling work from home. We provide scanned forms in PDF and software. Complete 650 forms in 5 days with 85% accuracy and get Rs 25,000. Digital agreement signed at joining is legally binding. In case of failure, the client's loss is recovered from the member.",
 25000,25000,"data-entry-operator","pune",0,"Digi Form Solutions",False,None,"8830612497","digiformsolutions@gmail.com",[])
S("typing_captcha_penalty","en","Resume Formatting / Data Conversion - Home Based",
 "Convert image files of resumes into Excel templates. Project of 500 records, 10 days timeline. Quality check is done by the client's QC software. Candidates who fail QC have to pay the stamp paper and advocate charges mentioned in the contract. No registration fee.",
 20000,30000,"data-entry-operator","nashik",0,"Infinite Data Works",False,None,"9405127638",None,[])
S("typing_captcha_penalty","en","Email Typing Project - Freshers Welcome",
 "Email data typing work for a healthcare client. Simple copy typing from image to Excel. Accuracy must be 95%. If you quit midway or accuracy fails, you will receive a legal notice and be liable to pay project cancellation charges of Rs 6,800. Start today, training video given.",
 12000,28000,"email-support-executive","vasai-virar",0,"MediType Outsourcing",False,"meditype-outsourcing.com","7620158349","projects@meditype-outsourcing.com",[])

# deducted_or_deferred_fee
S("deducted_or_deferred_fee","en","Customer Service Representative - No Upfront Fee",
 "No registration fee, no deposit. Join our customer service team for a telecom client in Airoli. Training 15 days. A one-time onboarding and PF processing amount of Rs 7,000 will be deducted from your first salary; if you leave before 6 months, the full training cost of Rs 25,000 becomes payable within 7 days.",
 17000,20000,"customer-service-representative","navi-mumbai",0,"Telelink BPO Services",False,None,"9702381450","telelinkbpo.airoli@gmail.com",["pf","training"])
S("deducted_or_deferred_fee","en","Telecaller - Salary From Day One",
 "Telecallers needed for a loan company, Kalyan West. Salary starts from day one, incentive extra. After you get the offer, you need to clear the 'employee code activation' of Rs 1,800 which HR will tell you on joining day. Without activation the salary software cannot add you.",
 13000,18000,"telecaller","kalyan-dombivli",0,"Rapid Loan Care",False,None,"8291037564",None,["incentives"])
S("deducted_or_deferred_fee","en","Help Desk Technician - Offer Letter Ready",
 "Congratulations to shortlisted candidates. Help desk technician role supporting users over phone and remote tools. Your offer letter is ready; to release it, a documentation and courier fee of Rs 1,450 is payable to our verification partner Zenith Docs. Fee is reimbursed in first payslip.",
 22000,28000,"help-desk-technician","pune",1,"InfraServe IT Solutions",False,"infraserve-it.com","7350918426","hr@infraserve-it.com",["pf"])

# phishing_payment_link
S("phishing_payment_link","en","Premium Job Alert - Priority Profile",
 "Your profile is shortlisted for customer support roles in 5 MNCs. To make your resume visible to recruiters on priority, complete the Rs 49 verification payment on the link we SMS you. Enter card details and OTP to confirm. Interview calls within 24 hours.",
 20000,35000,"customer-service-representative","mumbai",0,"JobServe Premium",False,"jobserve-premium.in","9004219875","alerts@jobserve-premium.in",[])
S("phishing_payment_link","en","Work From Home - Install Our Work App",
 "Earn from home by processing online orders. Download our Work App from the link (not available on Play Store, allow unknown sources). The app needs SMS and screen permissions to track your tasks. Verify your bank account by sending Re 1 from the app. Payout daily.",
 15000,45000,"back-office-executive","ulhasnagar",0,"QuickEarn Tech",False,None,"7499013628",None,[])
S("phishing_payment_link","en","Interview Slot Booking - BPO Mega Drive",
 "Mega hiring drive for 300 seats in voice and non voice process. Book your interview slot by scanning the QR code sent on WhatsApp and paying Rs 99 slot fee. Refund will come back to same UPI after interview. Limited slots, book now.",
 15000,25000,"call-centre-agent","thane",0,"HireFast Events",False,None,"8652391470","hirefast.events@gmail.com",[])

# fraud_call_centre_work
S("fraud_call_centre_work","en","International Voice Agent - US Process (High Incentive)",
 "Night shift US process at Malad. Agents call US customers about tax and refund matters using the script provided. Fixed 25k plus 2 dollar incentive for every dollar recovered. No documents needed, cash salary. Hiring only on reference. Fluent American accent preferred.",
 25000,60000,"international-voice-agent","mumbai",0,"Apex Global Solutions",False,None,"9819037264",None,["cab","incentives","meals"])
S("fraud_call_centre_work","en","Tech Support Executive - US Shift (Pop-up Process)",
 "Looking for tech support executives for a US inbound pop-up process. Customers call after seeing a security alert on their computer; you connect remotely and sell protection plans. Commission on every sale closed. Office in Mira Road, cash payment weekly. No PF, no offer letter.",
 20000,70000,"technical-support-specialist","mira-bhayandar",0,"SecureFix Tech Support",False,None,"7738492016",None,["incentives","cab"])
S("fraud_call_centre_work","en","Collections Calling - Loan App Recovery",
 "Recovery agents for instant loan apps. You will call borrowers and their phone contacts to remind about dues. Strict language allowed to pressure defaulters. Data of contacts will be provided. Good incentive on every recovery. Work from our Kopar Khairane office.",
 15000,40000,"telecaller","navi-mumbai",0,"Swift Recovery Desk",False,None,"8108529367",None,["incentives"])

# crypto_trading_job
S("crypto_trading_job","en","Trading Assistant - Part Time (Mentor Guided)",
 "Join our mentor's team as a trading assistant. Follow signals shared in our private WhatsApp group and place trades on our exchange app. Beginners get a Rs 1,000 trial bonus. Minimum deposit Rs 5,000 to activate your assistant account. Daily returns 3 to 5 percent.",
 30000,120000,"operations-executive","pune",0,"Alpha Wealth Club",False,"alphawealth-club.com","9156038472",None,[])
S("crypto_trading_job","en","USDT Settlement Executive - Remote",
 "Our exchange needs settlement executives. Buy USDT using your UPI from sellers we assign and transfer it to the company wallet. You earn a margin on every settlement. Must complete KYC on Binance or WazirX. Work from mobile 2 hours a day.",
 35000,90000,"reconciliation-executive","mumbai",0,"CoinBridge Settlements",False,None,"7045219836","coinbridge.settle@gmail.com",[])

# mlm_product_kit
S("mlm_product_kit","en","Office Assistant / Admin Executive - Fresher",
 "Admin executive openings at our Nashik branch. Freshers welcome. First 15 days is a business training programme where you learn about our wellness products. To become a confirmed associate you purchase a starter product kit worth Rs 12,500, and you earn by building your own team under you.",
 15000,50000,"admin-executive","nashik",0,"Vitalife Marketing Pvt Ltd",False,None,"9370412856","vitalife.nashik@gmail.com",["training"])
S("mlm_product_kit","en","Customer Relationship Executive - Earn Unlimited",
 "Be your own boss. Customer relationship executives earn commission on sales and on the sales of people they refer. Joining package Rs 5,999 includes products and training. Income depends on your network, top members earn 2 lakh monthly. Seminar every Sunday at hotel in Pune.",
 20000,200000,"customer-success-manager","pune",0,"Richway Network India",False,None,"8605127439",None,["training","incentives"])
S("mlm_product_kit","en","Back Office + Marketing Job For Housewives",
 "Flexible job for housewives and students from home. Add members in your group and share our products on WhatsApp status. ID activation through purchase of any product combo starting Rs 2,500. Weekly payout to bank. Call for seminar details.",
 10000,60000,"back-office-executive","kolhapur",0,"Gharkaam Enterprises",False,None,"7410265893",None,[])

# overseas_visa_fee
S("overseas_visa_fee","en","Dubai BPO - Customer Service Executives",
 "Customer service executives required for a leading BPO in Dubai. Salary AED 4,000 tax free plus accommodation. Visa processing charges Rs 65,000 payable in two parts (after offer letter and after visa). Interview at our Andheri office every Saturday.",
 90000,95000,"customer-service-representative","mumbai",1,"Gulf Horizon Manpower",False,None,"9833174025","gulfhorizon.andheri@gmail.com",["meals"])
S("overseas_visa_fee","en","Canada Work Permit - Call Centre Agent",
 "Call centre agents wanted for Toronto, Canada. Work permit guaranteed, LMIA approved job. Total package Rs 6.5 lakh including visa, ticket and first month accommodation, payable in instalments. Video call interview with Canadian HR. Apply before quota closes.",
 250000,300000,"call-centre-agent","pune",0,"MapleWay Immigration & Jobs",False,"maplewayjobs.ca","8788016432","apply@maplewayjobs.ca",[])

# backdoor_govt_bank_job
S("backdoor_govt_bank_job","en","Nationalised Bank Back Office - Direct Recruitment",
 "Direct recruitment in nationalised bank back office through management quota, no exam. 12th and graduates eligible. Permanent job with pension. Selection charges are paid in instalments; first instalment Rs 50,000 at time of appointment letter.",
 32000,45000,"back-office-executive","mumbai",0,"Bharat Employment Bureau",False,None,"9422081357",None,["pf","health-insurance"])
S("backdoor_govt_bank_job","en","Railway Customer Enquiry Clerk - Contract to Permanent",
 "Customer enquiry clerks for railway stations in Mumbai division. Contract job, will be made permanent in 1 year. Training at our Sakinaka centre. Training and appointment processing Rs 1,50,000 in total, refundable if not selected. Limited posts, contact Sir directly.",
 28000,35000,"customer-service-representative","mumbai",0,"Rail Seva Recruitment Cell",False,None,"7977031862",None,["training"])
