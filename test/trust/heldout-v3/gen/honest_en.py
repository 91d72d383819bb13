from common import H
# ---- English honest (83) : batch 1 ----
H("en","Customer Service Associate - Inbound Voice (Malad)",
 "Handle inbound calls for a leading telecom brand: billing queries, plan changes and complaint logging in our CRM. Fixed salary plus monthly performance incentive up to Rs 3,000 based on CSAT and AHT. 6 days working with one rotational off. We do not charge any fee at any stage of hiring; if anyone asks you for money in our name, please report it to hr@kestrelcx.in.",
 17500,21000,"customer-service-representative","mumbai",0,"Kestrel CX Pvt Ltd",True,"kestrelcx.in","9820314576","hr@kestrelcx.in",["incentives","pf","esi"])
H("en","Walk-in Drive: Non-Voice Process, Airoli - 9 to 11 Dec only",
 "Walk-in interviews for e-mail and chat support (non-voice) for a banking client. Venue: 4th floor, Tower B, Mindspace Airoli, near Airoli station, 10 am to 2 pm, Tuesday to Thursday only. Bring updated resume, one photo, Aadhaar or PAN for gate entry, and HSC/graduation marksheets. Rounds: typing test (30 wpm), written English, operations interview. Offer on the same day for selected candidates.",
 16000,19500,"email-support-executive","navi-mumbai",0,"Vantage Process Solutions",True,"vantageprocess.com","9167283041","careers@vantageprocess.com",["pf","esi","cab"])
H("en","Data Entry Operator - Insurance Claims (Andheri East)",
 "Enter claim details from scanned forms into our claims system and cross-check policy numbers. Accuracy matters more than speed; minimum 25 wpm. Day shift 9:30 to 6:30, Saturday half day. Salary paid on the 1st of every month by bank transfer with a payslip.",
 14000,16500,"data-entry-operator","mumbai",0,"Surelink Claims Services",True,"surelinkclaims.in","9833061274","jobs@surelinkclaims.in",["pf","esi"])
H("en","MIS Executive - Collections Analytics",
 "Prepare daily and monthly MIS for a collections portfolio: allocation files, paid/unpaid trackers, agency-wise performance. Strong Excel (pivots, VLOOKUP/XLOOKUP, basic macros) required; SQL is a plus. 2+ years in MIS. Office at Wagle Estate, Thane; 5 days a week.",
 30000,40000,"mis-executive","thane",2,"Ardent Credit Management",True,"ardentcredit.co.in","9619204381","talent@ardentcredit.co.in",["pf","health-insurance"])
H("en","Operations Manager - Customer Service (Voice, 250 seats)",
 "Lead a 250-seat domestic voice operation for a consumer durables brand at Magarpatta. You will own SLA, CSAT, attrition and P&L for the program, manage 8 team leads and 2 QAs, and run client governance. 10+ years in BPO operations with at least 3 as an operations manager. Annual CTC 14-18 LPA plus variable.",
 115000,150000,"operations-manager","pune",10,"Meridian Customer Services",True,"meridiancs.com","9881027345","leadership.hiring@meridiancs.com",["pf","health-insurance","incentives"])
H("en","Telecaller - Education Counselling (Female/Male), Kothrud",
 "Call students who enquired on our website, explain our diploma courses, and book campus visits. Targets are realistic and incentives are paid monthly on admissions (Rs 500 per admission). 10 am to 7 pm, Monday off. No fees for the job; you get 3 days of paid training.",
 13000,16000,"telecaller","pune",0,"Pathway Skill Institute",True,"pathwayskill.org","9765201348","hr@pathwayskill.org",["incentives","training"])
H("en","Accounts Assistant - Small CA Firm, Dadar",
 "We are a 6-person CA firm near Dadar station (W). Looking for an accounts assistant for bookkeeping in Tally Prime, GST return data, bank reconciliation and filing. B.Com with 1 year of Tally work preferred. Send your CV to our Gmail; we reply to every application within a week.",
 18000,22000,"accounts-assistant","mumbai",1,"R. Deshpande & Associates",False,None,"9869032714","rdeshpande.ca.office@gmail.com",[])
H("en","International Voice Agent - US Healthcare (Night Shift)",
 "Make outbound calls to US insurance companies to check claim status on behalf of hospitals. Excellent spoken English needed. US shift 7:30 pm to 4:30 am IST, Saturday-Sunday fixed off. Two-way cab within 25 km, night shift allowance Rs 2,500/month, and a joining bonus of Rs 10,000 paid with the third month's salary.",
 26000,32000,"international-voice-agent","navi-mumbai",0,"MedBill RCM Services",True,"medbillrcm.com","9004271635","recruit@medbillrcm.com",["cab","pf","health-insurance","incentives"])
H("en","KYC Executive - Bank Onboarding (BKC)",
 "Review account-opening documents for a private bank: match Aadhaar/PAN details, check signatures and flag mismatches as per RBI KYC norms. Graduates with 0-2 years of experience. Training of 2 weeks is paid. Background verification is done by the company at its cost.",
 20000,24000,"kyc-compliance-executive","mumbai",0,"Trident Banking Operations",True,"tridentbankops.com","9930215748","hr@tridentbankops.com",["pf","health-insurance","training"])
H("en","Team Lead - Chat Support (Hinjewadi Phase 1)",
 "Lead a team of 15 chat agents for an online travel client. Run huddles, coach on quality and productivity, manage rosters and escalations. Minimum 3 years in chat/email support with 1 year as acting TL or SME. Rotational shifts, cab for shifts ending after 9 pm.",
 38000,45000,"team-lead","pune",3,"Skybridge Support Services",True,"skybridgesupport.com","9822041736","careers@skybridgesupport.com",["cab","pf","health-insurance","incentives"])
H("en","Back Office Executive - Logistics (Bhiwandi)",
 "Update shipment status, prepare e-way bills and maintain daily dispatch registers for our warehouse. Basic Excel and Hindi/Marathi needed. 9 am to 6 pm, Sunday off. Company bus from Kalyan and Thane.",
 15000,18000,"back-office-executive","bhiwandi",0,"Konkan Freight Logistics",True,"konkanfreight.in","9702145389","hr@konkanfreight.in",["cab","pf","esi"])
H("en","Quality Analyst - Voice Process (Vikhroli)",
 "Audit 40 calls a day against the quality form, share feedback with agents, and prepare weekly QA dashboards. 2 years as a QA or 3 years as an agent with top quality scores. COPC/Six Sigma Yellow Belt is a plus.",
 27000,33000,"quality-analyst","mumbai",2,"Harbourline BPO",True,"harbourlinebpo.com","9821347608","jobs@harbourlinebpo.com",["pf","health-insurance"])
H("en","Help Desk Technician - L1 IT Support (Kharadi)",
 "Resolve L1 tickets for 1,200 users: password resets, Outlook and VPN issues, laptop imaging. ServiceNow experience preferred. 24x7 rotational roster with shift allowance. The company provides your laptop and tools; there is no deposit or bond.",
 22000,28000,"help-desk-technician","pune",1,"Orbit Managed IT",True,"orbitmanagedit.com","9767320415","it.hiring@orbitmanagedit.com",["pf","health-insurance","cab"])
H("en","Customer Success Manager - B2B SaaS (Powai)",
 "Own a book of 60 mid-market accounts: onboarding, adoption reviews, renewals and upsell with the sales team. 4+ years in customer success or account management in SaaS. CTC 12-15 LPA plus 15% variable. Hybrid, 3 days in our Powai office.",
 100000,125000,"customer-success-manager","mumbai",4,"Ledgerly Software",True,"ledgerly.app","9920147365","talent@ledgerly.app",["health-insurance","pf","incentives"])
H("en","Reconciliation Executive - Payment Gateway (Lower Parel)",
 "Match settlement files from banks with our transaction records, investigate breaks and raise them with partner banks. B.Com/M.Com with 1-3 years in reconciliation. Excel is a must; SQL basics helpful.",
 25000,32000,"reconciliation-executive","mumbai",1,"Zypay Technologies",True,"zypay.in","9833405126","careers@zypay.in",["pf","health-insurance"])
H("en","Email Support Executive - Work From Home (Maharashtra residents)",
 "Fully remote email support for an Indian D2C skincare brand. You need your own laptop or desktop and a broadband connection (we reimburse Rs 800/month for internet). Day shift 9 to 6. Interview on video call; offer letter from our company domain only. We never ask for any payment, deposit or bank OTP.",
 16000,19000,"email-support-executive","pune",0,"Glowroot Naturals",True,"glowroot.in","9970314582","people@glowroot.in",["pf"])
H("en","HR Operations Executive - Payroll Inputs (Navi Mumbai)",
 "Maintain employee master data, process joiners and exits in our HRMS, compile attendance and payroll inputs for 900 employees, and answer employee queries on PF and ESI. 2 years in HR operations. Office in CBD Belapur.",
 24000,30000,"hr-operations-executive","navi-mumbai",2,"Sealine Shipping Services",True,"sealineship.com","9769013524","hr@sealineship.com",["pf","health-insurance"])
H("en","Telecaller - Loan Sales (Nagpur), Fixed + Incentive",
 "Call pre-approved customers of our NBFC partner and explain personal loan offers. Fixed Rs 14,000 plus incentives (top callers earn Rs 8,000-12,000 extra a month). Office in Sitabuldi. Salary on time, no registration charges, no deposit.",
 14000,22000,"telecaller","nagpur",0,"Vidarbha Tele Solutions",True,"vidarbhatele.in","9823015476","hr@vidarbhatele.in",["incentives","pf","esi"])
H("en","Technical Support Specialist - Broadband (UK Shift)",
 "Troubleshoot broadband and router issues for UK customers over the phone. CCNA basics or hands-on networking experience needed. UK shift 1:30 pm to 10:30 pm with drop cab. Salary reviewed after 6 months.",
 28000,34000,"technical-support-specialist","pune",1,"Northstar Connect Services",True,"northstarconnect.co.in","9011452738","jobs@northstarconnect.co.in",["cab","pf","health-insurance"])
H("en","Admin Executive - Corporate Office (Ghodbunder Road)",
 "Manage front office, vendor bills, courier, stationery, housekeeping staff and meeting room bookings for a 120-person office. Graduate with 1-2 years of admin experience, good with Excel and email. 6 days a week, alternate Saturdays off.",
 18000,23000,"admin-executive","thane",1,"Evergreen Pharma Distributors",True,"evergreenpharma.co.in","9867302419","admin.hr@evergreenpharma.co.in",["pf","esi"])
H("en","Documentation Executive - Home Loans",
 "Collect and check loan documents from customers and builders, track pending documents and coordinate with the credit team. Field visits within Kolhapur city twice a week; petrol allowance paid. 1 year of documentation work in a bank or NBFC preferred.",
 16000,20000,"documentation-executive","kolhapur",1,"Panchganga Housing Finance",True,"panchgangahf.in","9423017586","careers@panchgangahf.in",["pf","incentives"])
H("en","Chat Support Executive - Food Delivery (Work From Office, Baner)",
 "Resolve customer chats about late orders, refunds and missing items within SLA. Typing 30 wpm and clear written English. Rotational shifts including weekends; 2 rotational offs. Free meals in office, and cab for shifts ending after 10 pm.",
 18000,21000,"chat-support-executive","pune",0,"QuickServe Support Hub",True,"quickservehub.in","9890412573","hiring@quickservehub.in",["meals","cab","pf","esi"])
H("en","Customer Experience Manager - Retail Chain",
 "Own customer experience for 45 stores: NPS programme, complaint escalations, mystery audits and training store staff on service standards. 8+ years in CX or service operations in retail/hospitality. CTC up to 15 LPA.",
 95000,125000,"customer-experience-manager","mumbai",8,"Sundaram Lifestyle Retail",True,"sundaramretail.com","9819063425","cx.hiring@sundaramretail.com",["health-insurance","pf","incentives"])
H("en","Training Specialist - New Hire Training (Voice)",
 "Deliver 3-week new hire training on product, process and soft skills for a telecom account; run certifications and nesting support. 2+ years as a trainer in BPO; TTT certification preferred. Day shift.",
 35000,42000,"training-specialist","navi-mumbai",2,"Kestrel CX Pvt Ltd",True,"kestrelcx.in","9820317730","hr@kestrelcx.in",["pf","health-insurance"])
H("en","Back Office Executive - Hospital Billing (Nashik)",
 "Prepare IPD bills, coordinate TPA approvals and maintain patient billing files at a 150-bed hospital in Nashik. Graduate; hospital or insurance experience preferred. Rotational shifts with one weekly off.",
 15000,19000,"back-office-executive","nashik",0,"Godavari Multispeciality Hospital",True,"godavarihospital.in","9422301876","hr@godavarihospital.in",["pf","esi","meals"])
H("en","Call Centre Agent - Outbound Survey (Market Research)",
 "Conduct telephonic surveys in Hindi, Marathi and English for FMCG brands. Read the questionnaire exactly, record answers in our CATI system. Paid per completed survey over a fixed minimum of Rs 12,000. Office near Swargate.",
 12000,17000,"call-centre-agent","pune",0,"Insight Field Research",True,"insightfield.in","9881230547","fieldhr@insightfield.in",["incentives"])
H("en","Operations Executive - E-commerce Returns (Chhatrapati Sambhajinagar)",
 "Process return requests, coordinate reverse pickups and update refund status in our seller panel. Graduates with basic Excel. 9:30 to 6:30 in Waluj MIDC.",
 14000,17000,"operations-executive","chhatrapati-sambhajinagar",0,"Deccan Commerce Ops",True,"deccancommerce.in","9422604318","hr@deccancommerce.in",["pf","esi"])
H("en","Customer Service Representative - Insurance (Work From Home after training)",
 "Answer policyholder calls on claims and renewals. The first 3 weeks of training are at our Thane office; after certification you work from home on a company-issued laptop (company-owned, no deposit, returned when you leave). Salary includes a WFH allowance of Rs 1,000.",
 18000,21000,"customer-service-representative","thane",0,"Arya General Insurance Services",True,"aryagis.co.in","9920531748","careers@aryagis.co.in",["pf","health-insurance","training"])
H("en","MIS Executive - Small Trading Company (Gmail applications welcome)",
 "We are a family-run electrical trading company in Ulhasnagar with 25 staff. Need someone to keep sales and stock reports in Excel and send weekly summaries to the owner. Fresher with good Excel can apply. Email CV to our Gmail or call between 11 and 5.",
 13000,16000,"mis-executive","ulhasnagar",0,"Jhulelal Electricals",False,None,"9822514367","jhulelal.electricals@gmail.com",[])
H("en","Senior Team Lead - International Voice (US Collections)",
 "Manage two teams (30 agents) on a US first-party collections program: FDCPA compliance, call calibration, performance reviews. 5+ years with 2 as TL in US collections. Night shift, cab both ways. CTC 8-9.5 LPA plus quarterly incentive.",
 65000,78000,"team-lead","mumbai",5,"Atlas Receivables India",True,"atlasreceivables.com","9833671204","talent@atlasreceivables.com",["cab","pf","health-insurance","incentives","meals"])
H("en","Placement Consultancy - Customer Support Openings (No charges to candidates)",
 "We are a registered recruitment firm hiring for three BPO clients in Thane and Airoli. Our fees are paid by the employers; candidates never pay us anything, not even for forms or training. You will get the client's name before the interview and the offer letter directly from the client.",
 15000,22000,"customer-service-representative","thane",0,"TalentBridge Staffing LLP",True,"talentbridgestaffing.in","9702318645","candidates@talentbridgestaffing.in",[])
H("en","Data Entry Operator - Government Project (Contract, Solapur)",
 "Contract data entry operators for a municipal property tax digitisation project for 11 months. Typing test in English and Marathi at the interview. Salary paid monthly through bank; PF and ESI as per rules. Bring original certificates and photocopies for verification.",
 13500,13500,"data-entry-operator","solapur",0,"Sahyadri Infotech Services",True,"sahyadriinfotech.in","9421036758","projects@sahyadriinfotech.in",["pf","esi"])
H("en","Technical Support Specialist - SaaS Product (Remote, India)",
 "Support customers of our HR software over email and Zoom: reproduce issues, write clear bug reports for engineering, and update help articles. 2+ years in product support. Fully remote; we send a company laptop and cover internet costs.",
 45000,60000,"technical-support-specialist","pune",2,"Peoplewise HR Cloud",True,"peoplewise.io","9850412376","jobs@peoplewise.io",["health-insurance","pf"])
H("en","Accounts Assistant - Hospital (Kolhapur)",
 "Handle vendor payments, petty cash and daily cash counter reconciliation for a hospital. Tally ERP and GST basics needed. B.Com freshers can apply; 3-month probation then confirmation.",
 14000,18000,"accounts-assistant","kolhapur",0,"Shree Mahalaxmi Hospital",True,"mahalaxmihospital.org","9850630124","accounts.hr@mahalaxmihospital.org",["pf","esi"])
H("en","Customer Service Representative - Airline Call Centre (Andheri)",
 "Handle bookings, changes and refunds for a domestic airline's customers over the phone. Graduates with excellent English and Hindi. Rotational shifts with cab for late shifts. Hiring is done only through our careers page and official email; we never charge registration, uniform or training fees.",
 21000,25000,"customer-service-representative","mumbai",0,"SkyAssist Contact Centre",True,"skyassist.in","9892016734","recruitment@skyassist.in",["cab","pf","health-insurance"])
H("en","Operations Executive - Bank Branch Back Office (Nagpur)",
 "Cheque clearing, account maintenance requests and daily vouchers at our partner bank's service branch. Graduate with 0-1 year. Saturday working as per bank calendar.",
 16000,19000,"operations-executive","nagpur",0,"Vidarbha Banking Support Services",True,"vbss.co.in","9765430812","hr@vbss.co.in",["pf","esi"])
H("en","Telesales Executive - Broadband (Vasai)",
 "Call leads who enquired about broadband connections and close sales. Fixed salary plus Rs 300 per activated connection. 10 am to 7 pm. We prefer candidates from Vasai-Virar and Nalasopara.",
 13000,15000,"telecaller","vasai-virar",0,"Fibernet West Broadband",True,"fibernetwest.in","9867514203","jobs@fibernetwest.in",["incentives","esi"])
H("en","Customer Support - Relocation to Pune with Company-Paid Rent Deposit",
 "For candidates joining our Pune support centre from other cities: we pay your first month's rent and the security deposit for a shared flat directly to the landlord (up to Rs 30,000), and you do not repay it. Role: voice support for a consumer electronics brand, day shift. Fluent Hindi and English.",
 20000,24000,"customer-service-representative","pune",0,"Helix Consumer Care",True,"helixcare.in","9552014736","relocation.hr@helixcare.in",["pf","health-insurance"])
H("en","Quality Analyst - Chat & Email (Remote, Maharashtra)",
 "Audit chat and email transactions using our quality framework, run calibration sessions, and publish weekly insights. 2 years in QA for non-voice. Remote with one office day a month in Navi Mumbai.",
 30000,36000,"quality-analyst","navi-mumbai",2,"Clearline Support",True,"clearlinesupport.com","9619087342","people@clearlinesupport.com",["health-insurance","pf"])
H("en","Email Support Executive - Travel Refunds",
 "Reply to customer emails on refunds and rescheduling, coordinate with airline partners and update tickets. Good written English. Day shift, 6 days. Joining within 2 weeks.",
 17000,20000,"email-support-executive","mumbai",0,"Tripwise Travel Services",True,"tripwise.co.in","9820671345","hr@tripwise.co.in",["pf","esi"])
H("en","Back Office Executive - FAQ inside",
 "Role: data checking and updating vendor records for a retail chain, Kurla West. FAQ - Any fee? No, none at any stage; training? yes, 1 week and paid. What documents do I bring? Resume, Aadhaar, PAN, last marksheet and a cancelled cheque for salary (only after you accept the offer). When is salary paid? On the 7th of every month.",
 15000,17500,"back-office-executive","mumbai",0,"Metro Bazaar Retail",True,"metrobazaar.in","9833201576","jobs@metrobazaar.in",["pf","esi","training"])
# ---- English honest: batch 2 ----
H("en","Walk-in TODAY & TOMORROW only - Customer Care, Kurla",
 "Urgent walk-in for 40 customer care executives (Hindi voice) for an electricity distribution helpline. Venue: Kohinoor City Mall office block, 3rd floor, Kurla West, 5 min from Kurla station. Time 11 am to 3 pm. Bring resume, photo ID and 12th marksheet. Salary Rs 15,500 in hand plus attendance bonus. Interview is free; no one from our team will ask for money.",
 15500,17000,"customer-service-representative","mumbai",0,"PowerCare Helpline Services",True,"powercarehelp.in","9769041235","walkin@powercarehelp.in",["incentives","pf","esi"])
H("en","Reconciliation Executive - Vendor Payments (Hinjewadi)",
 "Reconcile vendor ledgers, clear open items and support month-end close for a global shared-services centre. SAP FICO exposure and 2 years in P2P. Cab for late shifts during close.",
 32000,40000,"reconciliation-executive","pune",2,"Crestview Shared Services",True,"crestviewss.com","9823761402","gbs.hiring@crestviewss.com",["cab","pf","health-insurance"])
H("en","Data Entry Operator - Part Time (Evening), Dombivli",
 "Part-time evening data entry (5 pm to 9 pm) at our Dombivli East office for a courier franchise: updating consignment details and printing labels. Suitable for students. Rs 8,000 a month for 4 hours a day, paid monthly.",
 8000,8000,"data-entry-operator","kalyan-dombivli",0,"Swift Courier Franchise Dombivli",False,None,"9920436718","swiftcourier.dombivli@gmail.com",[])
H("en","Customer Service Representative - Bank Phone Banking",
 "Answer calls from credit card and savings account customers: balance queries, card blocking, dispute logging. Excellent Hindi and English. Training of 4 weeks (paid). Rotational shifts; women employees get drop after 8 pm.",
 19000,23000,"customer-service-representative","navi-mumbai",0,"Prime Axis Contact Centre",True,"primeaxiscc.com","9167402219","careers@primeaxiscc.com",["cab","pf","health-insurance","training"])
H("en","Help Desk Technician - School Network (Nashik)",
 "Support teachers and staff of 6 schools with computers, projectors, printers and Wi-Fi. Diploma in IT/hardware networking. Two-wheeler required; fuel allowance of Rs 2,000 a month.",
 16000,20000,"help-desk-technician","nashik",1,"Vidya EduTech Services",True,"vidyaedutech.in","9403112758","hr@vidyaedutech.in",["pf","incentives"])
H("en","KYC / Compliance Executive - Mutual Fund RTA (Thane)",
 "Verify investor KYC, process change requests (bank mandate, nominee, address) and maintain audit trails. Graduates; 1 year in RTA, broking or banking ops preferred. 5 days a week.",
 21000,26000,"kyc-compliance-executive","thane",1,"Unity Registrar Services",True,"unityrta.com","9867540312","jobs@unityrta.com",["pf","health-insurance"])
H("en","Operations Manager - Back Office (Insurance), CTC up to 18 LPA",
 "Head a 120-member policy servicing back office: endorsements, renewals, claims intimation. Drive productivity, automation and audit readiness. 12+ years including 4 as a manager in insurance operations. Annual CTC up to 18 LPA; this is a senior role and pay reflects it.",
 120000,150000,"operations-manager","mumbai",12,"Arya General Insurance Services",True,"aryagis.co.in","9920531794","leadership@aryagis.co.in",["health-insurance","pf","incentives"])
H("en","Telecaller - Real Estate Site Visits (Panvel)",
 "Call enquiries for our residential project in Panvel and schedule site visits. Rs 1,000 bonus per booking that closes. Fixed salary plus incentives. Hindi and Marathi needed.",
 14000,16000,"telecaller","panvel",0,"Shubh Griha Developers",True,"shubhgriha.in","9819203647","sales.hr@shubhgriha.in",["incentives"])
H("en","Chat Support Executive - Fintech App (Work From Home)",
 "Answer in-app chats about UPI payments, failed transactions and refunds. Remote; we ship a company laptop on joining (no deposit; return it when you leave). You'll never be asked to use your own bank account or share OTPs as part of work.",
 19000,22000,"chat-support-executive","mumbai",0,"Payzen Technologies",True,"payzen.in","9004317265","people@payzen.in",["health-insurance","pf"])
H("en","Admin Executive - Small Clinic Chain (Gmail to apply)",
 "We run 3 dental clinics in Nagpur. Need an admin executive to manage appointments, supplies, staff attendance and bills. 12th pass or graduate with computer knowledge. Apply on our Gmail with your CV or call Dr. Kulkarni's office.",
 12000,15000,"admin-executive","nagpur",0,"SmileCare Dental Clinics",False,None,"9850241637","smilecare.ngp.clinics@gmail.com",[])
H("en","MIS Executive - BPO Workforce (Kharadi)",
 "Build hourly interval reports, schedule adherence and attrition dashboards for a 600-seat site. Advanced Excel and Power BI. 2 years in WFM or MIS in a contact centre.",
 30000,38000,"mis-executive","pune",2,"Meridian Customer Services",True,"meridiancs.com","9881027390","wfm.hiring@meridiancs.com",["cab","pf","health-insurance"])
H("en","Customer Success Manager - Logistics Platform (Navi Mumbai)",
 "Manage enterprise shippers using our platform: QBRs, adoption plans, issue escalation to product. 5+ years in account management. CTC 10-13 LPA.",
 85000,108000,"customer-success-manager","navi-mumbai",5,"ShipGrid Technologies",True,"shipgrid.in","9769503218","careers@shipgrid.in",["health-insurance","pf","incentives"])
H("en","International Voice Agent - UK Retail (Joining Bonus Rs 15,000)",
 "Support UK customers of a fashion retailer on orders, returns and deliveries. UK shift, 5 days. Joining bonus of Rs 15,000 paid in two parts (month 3 and month 6). Excellent English needed; assessment on Versant.",
 27000,33000,"international-voice-agent","pune",0,"Brightwave Global Services",True,"brightwaveglobal.com","9960132745","hiring@brightwaveglobal.com",["cab","pf","health-insurance","incentives"])
H("en","Back Office Executive - Collections Support (Kalyan)",
 "Update payment receipts, prepare allocation sheets for field agents and answer branch queries. 12th pass with Excel. Office near Kalyan station, 10 to 7.",
 13000,15000,"back-office-executive","kalyan-dombivli",0,"Sahyog Credit Services",True,"sahyogcredit.in","9702306154","hr@sahyogcredit.in",["pf","esi"])
H("en","Documentation Executive - Export House (Bhiwandi)",
 "Prepare invoices, packing lists, shipping bills and coordinate with CHA for our textile exports. 1-2 years in export documentation. Salary as per experience.",
 18000,24000,"documentation-executive","bhiwandi",1,"Rangoli Textiles Exports",True,"rangolitextiles.com","9822135406","exports.hr@rangolitextiles.com",["pf"])
H("en","Customer Service Representative - Hospital Helpdesk (Pune)",
 "Guide patients and visitors at the front desk, book appointments, explain billing and help with insurance desk queues. Good Marathi, Hindi and English. Rotational shifts, meals provided.",
 15000,18000,"customer-service-representative","pune",0,"Sahyadri Care Hospitals",True,"sahyadricare.in","9890716352","hr@sahyadricare.in",["meals","pf","esi","health-insurance"])
H("en","Telecaller - Insurance Renewals (Amravati)",
 "Remind customers about motor and health insurance renewals and generate payment links from our official system. Fixed pay plus renewal incentive. Training on IRDAI rules provided.",
 12000,15000,"telecaller","amravati",0,"Suraksha Insurance Brokers",True,"surakshabrokers.in","9423075168","hr@surakshabrokers.in",["incentives","training"])
H("en","Technical Support Specialist - L2 Network (Airoli)",
 "L2 support for enterprise WAN and SD-WAN customers: troubleshoot BGP/OSPF issues, coordinate with field engineers, handle P1 incidents. CCNP preferred, 3+ years. 24x7 rotation with shift allowance.",
 55000,70000,"technical-support-specialist","navi-mumbai",3,"Netcore Managed Networks",True,"netcoremn.com","9833456210","noc.hiring@netcoremn.com",["cab","pf","health-insurance"])
H("en","HR Operations Executive - Recruitment Coordination (Pune)",
 "Schedule interviews, send offer letters from our HRMS, run document verification for joiners and manage the onboarding checklist. 1 year in HR ops or recruitment coordination.",
 20000,25000,"hr-operations-executive","pune",1,"Skybridge Support Services",True,"skybridgesupport.com","9822041790","hr.ops@skybridgesupport.com",["pf","health-insurance"])
H("en","Email Support Executive - Freshers (Training Stipend)",
 "Fresh graduates join a 2-week paid training with a stipend of Rs 5,000, then move to email support for an edtech client at full salary. No bond, no fee. Office at Viman Nagar.",
 16000,18500,"email-support-executive","pune",0,"Learnova Support Services",True,"learnova.in","9552130764","jobs@learnova.in",["training","pf","esi"])
H("en","Data Entry Operator - Pathology Lab (Thane)",
 "Enter patient details and test results in our LIS and print reports. Typing 30 wpm. Shifts 7 am-3 pm or 3 pm-11 pm. Staff discount on tests for family.",
 12500,15000,"data-entry-operator","thane",0,"Accucare Diagnostics",True,"accucarelabs.in","9869302517","hr@accucarelabs.in",["pf","esi","health-insurance"])
H("en","Team Lead - Collections (Domestic, Mira Road)",
 "Lead 20 tele-collection agents for credit card early buckets. Ensure RBI fair practices code is followed on every call. 3 years in collections with 1 year as TL. Fixed plus monthly incentive.",
 32000,40000,"team-lead","mira-bhayandar",3,"Sterling Recovery Solutions",True,"sterlingrs.in","9820637145","hr@sterlingrs.in",["incentives","pf","health-insurance"])
H("en","Call Centre Agent - Hindi Voice, Solapur",
 "Inbound calls for a two-wheeler company's service helpline: book service appointments and register complaints. 12th pass, good Hindi and Marathi. Office near Solapur bus stand.",
 11000,13000,"call-centre-agent","solapur",0,"Ujwal BPO Services",True,"ujwalbpo.in","9422061537","hr@ujwalbpo.in",["pf","esi"])
H("en","Customer Experience Manager - Healthcare (Pune)",
 "Lead patient experience across 4 hospitals: feedback programme, complaint resolution, front-office training and NABH patient-rights compliance. 10+ years. CTC 15-18 LPA.",
 125000,150000,"customer-experience-manager","pune",10,"Sahyadri Care Hospitals",True,"sahyadricare.in","9890716398","leadership.hr@sahyadricare.in",["health-insurance","pf"])
H("en","Back Office Executive - Dealer Claims (Chhatrapati Sambhajinagar)",
 "Verify warranty claims from auto dealers, check documents and update SAP. Diploma or graduate. Company bus from city to Shendra MIDC.",
 15000,18000,"back-office-executive","chhatrapati-sambhajinagar",0,"Marathwada Auto Components",True,"marathwadaauto.com","9422716543","hr@marathwadaauto.com",["cab","pf","esi","meals"])
H("en","Operations Executive - Hotel Reservations (Lonavala office in Pune district)",
 "Handle reservations and OTA channel updates for a group of 5 resorts; coordinate with front offices. Hospitality graduates preferred. Staff accommodation available on sharing basis at no cost.",
 17000,21000,"operations-executive","pune",1,"Sahyadri Hills Resorts",True,"sahyadrihills.com","9764302185","reservations.hr@sahyadrihills.com",["meals","pf"])
H("en","Accounts Assistant - Trading Firm (Small office, Masjid Bunder)",
 "Small dry-fruit trading firm needs an accounts assistant for billing, GST data and payment follow-ups. Tally required. Old-style office, salary in bank, Diwali bonus one month.",
 16000,20000,"accounts-assistant","mumbai",1,"Gokuldas Jivraj & Sons",False,None,"9820174536","gokuldasjivraj.accounts@gmail.com",[])
H("en","Customer Service Representative - Mutual Fund Helpline",
 "Answer investor calls on SIPs, redemptions and statements. NISM certification is good to have; we sponsor the exam fee after confirmation. Day shift, 5 days a week.",
 20000,24000,"customer-service-representative","mumbai",0,"Unity Registrar Services",True,"unityrta.com","9867540390","careers@unityrta.com",["pf","health-insurance"])
H("en","Chat Support - Gaming Platform (Skill games, licensed)",
 "Support players of our rummy and quiz app on account, KYC and withdrawal questions. You will never handle money yourself. Rotational shifts with weekly offs. Office at Goregaon East.",
 18000,21000,"chat-support-executive","mumbai",0,"PlayFair Interactive",True,"playfair.in","9004781326","careers@playfair.in",["pf","health-insurance","meals"])
H("en","Training Specialist - Soft Skills (Nagpur)",
 "Run soft-skills, grammar and customer-handling modules for new hires and refreshers for under-performers. 3 years as a trainer. Day shift.",
 30000,38000,"training-specialist","nagpur",3,"Vidarbha Tele Solutions",True,"vidarbhatele.in","9823015499","hr@vidarbhatele.in",["pf","health-insurance"])
H("en","Telecaller - Credit Card Sales (Ghatkopar) - Salary + Uncapped Incentive",
 "Sell credit cards of a partner bank to pre-qualified leads. Fixed salary Rs 15,000 plus uncapped incentive; last month our top three callers earned over Rs 20,000 in incentives. Incentive structure is written in the offer letter.",
 15000,35000,"telecaller","mumbai",0,"Cardlink Sales Services",True,"cardlinksales.in","9821563024","jobs@cardlinksales.in",["incentives","pf","esi"])
H("en","KYC Executive - Video KYC (Lower Parel)",
 "Conduct video KYC calls for new bank customers, check live documents and flag suspicious cases. Graduates with clear Hindi/English. Rotational shifts between 8 am and 10 pm.",
 22000,26000,"kyc-compliance-executive","mumbai",0,"Trident Banking Operations",True,"tridentbankops.com","9930215790","vkyc.hiring@tridentbankops.com",["pf","health-insurance","cab"])
H("en","Customer Service - Electricity Board Helpline (Contract, Nashik)",
 "Register power outage and billing complaints and pass them to the right section office. 11-month contract renewable. Marathi essential. Salary paid by the contractor through bank with PF/ESI.",
 12000,12000,"call-centre-agent","nashik",0,"Urja Seva Contact Centre",True,"urjaseva.in","9403271856","hr@urjaseva.in",["pf","esi"])
H("en","Reconciliation Executive - Insurance Premiums (Goregaon)",
 "Match premium receipts with policies, chase unallocated amounts, and support audits. 1-2 years. Excel must.",
 23000,28000,"reconciliation-executive","mumbai",1,"Arya General Insurance Services",True,"aryagis.co.in","9920531722","careers@aryagis.co.in",["pf","health-insurance"])
H("en","Data Entry Operator - Ration/Aadhaar Seva Kendra Assistant (Ambernath)",
 "Assist citizens with online forms at our authorised CSC centre: scanning documents, filling forms, printing receipts. 12th pass with computer basics. Government-fixed service charges are paid by citizens to the centre as per the rate board; the staff salary is fixed.",
 10000,12000,"data-entry-operator","ambernath",0,"Ambernath Digital Seva Kendra",False,None,"9867219034","ambernathseva@gmail.com",[])
H("en","Customer Service Representative - E-commerce (Night Shift, Thane)",
 "Resolve order and delivery issues by phone for a marketplace. Night shift 10 pm to 7 am with night allowance and two-way cab. Fresher graduates welcome.",
 19000,22000,"customer-service-representative","thane",0,"Cartwise Support Services",True,"cartwise.in","9769132405","hiring@cartwise.in",["cab","pf","esi","incentives"])
H("en","Operations Executive - Payments Ops (Remote-first)",
 "Monitor payout files, investigate failed transfers with partner banks and maintain exception logs. 1-2 years in payments operations. Remote with quarterly team meets in Mumbai (travel paid).",
 30000,37000,"operations-executive","mumbai",1,"Zypay Technologies",True,"zypay.in","9833405190","careers@zypay.in",["health-insurance","pf"])
H("en","Back Office Executive - Walk-in Saturday only (Vashi)",
 "One-day walk-in this Saturday, 10 am to 1 pm, for back office roles at an insurance TPA. Venue: Sector 17, Vashi, opposite Inorbit Mall gate 2. Carry resume, photo ID, graduation marksheet and 2 passport photos. Final selection on the same day; salary discussed openly at the interview.",
 15000,18000,"back-office-executive","navi-mumbai",0,"Medilink TPA Services",True,"medilinktpa.in","9833702614","walkin@medilinktpa.in",["pf","esi","health-insurance"])
H("en","Quality Analyst - Collections Compliance (Pune)",
 "Audit collections calls for RBI fair practice compliance and internal policy; identify coaching needs. 2 years QA experience in collections or banking.",
 28000,34000,"quality-analyst","pune",2,"Sterling Recovery Solutions",True,"sterlingrs.in","9820637190","qa.hiring@sterlingrs.in",["pf","health-insurance"])
H("en","Help Desk Technician - Hospital IT (Navi Mumbai)",
 "Support HIS users, printers and barcode scanners across wards. Diploma/BSc IT with 1 year in desktop support. 24x7 roster.",
 20000,24000,"help-desk-technician","navi-mumbai",1,"Sunrise Hospitals Navi Mumbai",True,"sunrisehospitals.in","9867412035","it.hr@sunrisehospitals.in",["pf","esi","meals","health-insurance"])
H("en","Customer Service Representative - Courier Helpline (Badlapur)",
 "Answer calls about shipment tracking and pickups for a regional courier. 12th pass, Hindi and Marathi. Office near Badlapur station, 9 to 6.",
 11000,13500,"customer-service-representative","badlapur",0,"Konkan Express Couriers",True,"konkanexpress.in","9822307416","hr@konkanexpress.in",["pf","esi"])
H("en","International Voice Agent - Australian Process (Morning Shift)",
 "Australian telecom process, 4:30 am to 1:30 pm IST with pick-up cab. Versant 55+. Company pays for your Versant test; no candidate charges.",
 25000,30000,"international-voice-agent","mumbai",0,"Southern Cross CX India",True,"southerncrosscx.in","9819327450","careers@southerncrosscx.in",["cab","pf","health-insurance"])
