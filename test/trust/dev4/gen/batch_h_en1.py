from common import H
# Honest English postings, part 1 (many are deliberately hard look-alikes)

H("en","Customer Service Associate - Inbound Voice (Andheri East)",
 "We are hiring customer service associates for an inbound banking process at our Andheri East (Chakala) centre. You will answer customer calls about card statements, update the CRM and escalate disputes within the turnaround time. Freshers with clear Hindi and English are welcome; a 5-day paid classroom training is given before you go live. Rotational day shifts, six days a week. Salary is credited on the last working day and PF/ESI apply from the first month.",
 (16500,19500),"customer-service-representative","mumbai",0,"Kestrel Contact Solutions Pvt Ltd",True,"kestrelcontact.in","9821340716","careers@kestrelcontact.in",["pf","esi","training"])

H("en","Walk-in Drive: International Voice (US Shift) - 9 to 11 Dec",
 "Walk-in drive for international voice agents for a US healthcare insurance client. Venue: 4th floor, Tower B, Mindspace Airoli West, opposite Airoli railway station; timings 11 am to 4 pm. Bring your updated resume, one photo ID, HSC/graduation mark sheets and last three payslips if experienced. Rounds: HR, versant-style English test and operations interview, results the same day. Shift 7:30 pm to 4:30 am with two-way cab and night allowance.",
 (24000,32000),"international-voice-agent","navi-mumbai",0,"Harborview Global Services",True,"harborviewglobal.com","9867205538","walkin@harborviewglobal.com",["cab","pf","health-insurance","incentives"])

H("en","Data Entry Operator - Logistics Back Office (Bhiwandi)",
 "Our warehouse in Bhiwandi needs data entry operators to update inward and outward entries in SAP and match them with e-way bills. Typing speed of 30 wpm and basic Excel is required; we will test both at the interview. Day shift 9:30 am to 6:30 pm, Sunday off. There are no charges of any kind for the interview or joining. Company bus from Kalyan and Thane.",
 (14000,17000),"data-entry-operator","bhiwandi",0,"Trimurti Warehousing & Logistics",True,"trimurtilogistics.co.in","8291746603","hr@trimurtilogistics.co.in",["cab","pf","esi"])

H("en","Chat Support Executive - E-commerce (Work From Home, Maharashtra only)",
 "Handle order, refund and delivery chats for a fashion e-commerce brand from your home. You need a laptop or desktop with 8 GB RAM and a broadband connection of at least 50 Mbps; we do not sell or rent equipment and there is nothing to buy from us. Two-week online training is paid at full salary. Shifts are rotational between 8 am and 11 pm. Interviews are over video call, and the offer is sent only from our company domain.",
 (17000,21000),"chat-support-executive","pune",0,"Loomkart Retail Pvt Ltd",True,"loomkart.com","9158820346","talent@loomkart.com",["training","pf","incentives"])

H("en","Team Leader - Collections (Credit Cards), Lower Parel",
 "Lead a team of 15-18 collection agents for a large private bank's credit card portfolio. You will own daily dialer productivity, promise-to-pay tracking, call audits and compliance with RBI fair practices code. Minimum 2 years as a team leader in collections is required. Monthly incentive on team resolution plus a quarterly bonus. Interview rounds: HR, operations head and client.",
 (42000,52000),"team-lead","mumbai",2,"Arcwise Recovery Management",True,"arcwiserecovery.com","9920614478","tl.hiring@arcwiserecovery.com",["incentives","pf","health-insurance"])

H("en","MIS Executive - Advanced Excel (Thane Wagle Estate)",
 "We need an MIS executive to prepare daily and monthly dashboards for our sales operations. You must be comfortable with VLOOKUP, pivot tables, Power Query and basic macros; a short Excel test is part of the interview. Day shift, Wagle Estate office, 10 minutes from Thane station by TMT bus. No fee is charged by us or any agency for this position.",
 (25000,32000),"mis-executive","thane",2,"Navkar Agro Products Ltd",True,"navkaragro.com","9819073351","hr@navkaragro.com",["pf","health-insurance"])

H("en","Telecaller - Insurance Renewals (Kharadi) - Fixed + High Incentives",
 "Call existing customers whose motor and health policies are due for renewal and help them renew online. Fixed salary plus incentives that our top telecallers take home as Rs 8,000-15,000 a month. You do not sell anything new and you never collect money personally: customers pay only on the insurer's website. Freshers with good Marathi or Hindi are welcome. Day shift, Monday to Saturday.",
 (15000,18000),"telecaller","pune",0,"Suraksha Insurance Broking Pvt Ltd",True,"surakshabroking.in","9595104872","jobs@surakshabroking.in",["incentives","pf","esi"])

H("en","Back Office Executive - Small CA Firm (Dadar)",
 "A small chartered accountant firm in Dadar West needs a back office executive for GST return filing support, scanning client documents and maintaining files. Tally knowledge is a plus, we will teach the rest. Office hours 10 am to 7 pm, second and fourth Saturday off. We are a 6-person office, so please email your CV to our partner's Gmail below or call between 11 am and 5 pm.",
 (15000,18000),"back-office-executive","mumbai",0,"S. Kulkarni & Associates",False,None,"9820147390","skulkarni.ca.office@gmail.com",[])

H("en","KYC Executive - Mutual Fund Operations (BKC)",
 "Verify investor KYC documents, check PAN-Aadhaar linkage on the KRA portal and resolve discrepancies with distributors. On the day of joining, bring original ID and address proof, PAN, your degree certificate and two photographs for HR verification; originals are returned the same day. Graduates with 0-2 years of experience may apply. Day shift, hybrid after probation.",
 (20000,26000),"kyc-compliance-executive","mumbai",0,"Tarangini Asset Services Pvt Ltd",True,"tarangini-services.com","9769014426","hr@tarangini-services.com",["pf","health-insurance","meals"])

H("en","Help Desk Technician - IT Support (Hinjewadi Phase 2)",
 "Provide L1 desktop support to 600 employees: laptop imaging, Outlook issues, VPN access and printer mapping, logged in ServiceNow. A diploma or degree in IT and basic networking knowledge is required; CCNA or A+ is welcome. 24x7 rotational shifts with cab for night shifts. Company-provided laptop and mobile for on-call duty; nothing is deducted from your salary for them.",
 (22000,28000),"help-desk-technician","pune",1,"Infravue Technologies",True,"infravue.tech","8087361249","careers@infravue.tech",["cab","pf","health-insurance"])

H("en","Customer Success Manager - B2B SaaS (Baner), 12-18 LPA",
 "Own a portfolio of 40 mid-market customers for our HR-tech platform: onboarding, quarterly business reviews, renewals and expansion. 5+ years in customer success or account management with SaaS is required. CTC 12-18 LPA depending on experience with a variable bonus tied to net revenue retention. Hybrid, three days at our Baner office.",
 (100000,150000),"customer-success-manager","pune",5,"Peoplegrid Software Pvt Ltd",True,"peoplegrid.io","9822014583","hiring@peoplegrid.io",["health-insurance","pf","incentives"])

H("en","Reconciliation Executive - Payments (Powai)",
 "Match daily UPI and card settlement files against our ledger, investigate breaks and raise chargeback cases. B.Com graduates with 1-3 years of reconciliation or accounts experience preferred; strong Excel is a must. You will never handle customer funds or use your personal account for any transaction. Day shift 9 to 6, Powai.",
 (24000,30000),"reconciliation-executive","mumbai",1,"Paysetu Technologies Pvt Ltd",True,"paysetu.in","9004621377","people@paysetu.in",["pf","health-insurance","meals"])

H("en","Operations Executive - Hospital TPA Desk (Nashik)",
 "Coordinate cashless insurance approvals between patients, insurers and TPAs at our 150-bed hospital. You will prepare pre-auth files, track queries and update the billing team. Graduates with 1 year of hospital or insurance back office experience preferred. Rotational shifts including one night a week, with night meals provided.",
 (18000,23000),"operations-executive","nashik",1,"Godavari Multispeciality Hospital",True,"godavarihospital.org","9422147706","hr@godavarihospital.org",["meals","pf","esi","health-insurance"])

H("en","Email Support Executive - Travel Company (Work From Home, Pune based)",
 "Answer customer emails about bookings, cancellations and refunds using our ticketing tool (Freshdesk). Excellent written English is essential; you will do a short writing test. Work from home after a 2-week paid training at our Viman Nagar office. The company ships you a laptop and headset on a returnable basis; there is no deposit and nothing is deducted from your salary.",
 (18000,22000),"email-support-executive","pune",0,"Wanderlane Travels Pvt Ltd",True,"wanderlane.in","8007412296","careers@wanderlane.in",["training","pf","health-insurance"])

H("en","Placement Consultancy - Hiring for BPO Clients (No Charges to Candidates)",
 "We are a recruitment firm hiring on behalf of three BPOs in Malad and Goregaon for domestic voice and chat roles. Our fees are paid by the employer; candidates are never asked for money at any stage, including for registration, interviews or offer letters. If anyone asks you for money in our name, please report it to us. Interviews are held at the client's office, not ours.",
 (15000,22000),"call-centre-agent","mumbai",0,"Talentbridge HR Services LLP",True,"talentbridgehr.in","9833104625","jobs@talentbridgehr.in",["cab","pf"])

H("en","Quality Analyst - Voice Process (Vashi)",
 "Audit 60 calls a day for a telecom client, score them on the QA parameters, give feedback to agents and run calibration with the client. At least 1 year as QA, or 2 years as a top-performing agent with a Six Sigma yellow belt. Rotational shifts, cab for late shifts. Salary depends on interview performance.",
 (26000,32000),"quality-analyst","navi-mumbai",1,"Clearwave BPO Services",True,"clearwavebpo.com","9702153318","qa.hiring@clearwavebpo.com",["cab","pf","incentives"])

H("en","Accounts Assistant - Trading Firm (Nagpur, Gmail applications OK)",
 "Family-run steel trading firm near Sitabuldi needs an accounts assistant for Tally entries, bank reconciliation and GST data. B.Com with Tally preferred; freshers who know Tally can apply. Salary paid by bank transfer on the 1st. Send your CV to our Gmail or WhatsApp, and we will call you for an interview at the shop.",
 (13000,16000),"accounts-assistant","nagpur",0,"Agrawal Steel Traders",False,None,"9422810356","agrawalsteel.ngp@gmail.com",[])

H("en","HR Operations Executive - Payroll & Compliance (Kharadi)",
 "Run monthly payroll inputs for 900 employees, file PF and ESI challans, and handle onboarding paperwork. Experience with any payroll software and knowledge of Maharashtra Shops and Establishments rules is required. You will handle employees' documents only inside our HRMS, never on personal WhatsApp. Hybrid after 3 months.",
 (28000,36000),"hr-operations-executive","pune",2,"Stellar Facility Management Pvt Ltd",True,"stellarfm.in","9850041379","hrops@stellarfm.in",["pf","health-insurance"])

H("en","Customer Care Executive - Joining Bonus Rs 5,000 (Thane)",
 "Join our inbound customer care team for a consumer durables brand. Freshers get a joining bonus of Rs 5,000, paid with the second month's salary, and a referral bonus if your friends join. Handle service requests, book technician visits and follow up on complaints. Day shift, Ghodbunder Road office with shuttle from Thane station.",
 (16000,19000),"customer-service-representative","thane",0,"Zenith Care Services Pvt Ltd",True,"zenithcareservices.in","9892761405","hr@zenithcareservices.in",["incentives","pf","esi","cab"])

H("en","Technical Support Specialist - Broadband (Night Shift, Andheri)",
 "Troubleshoot home broadband and Wi-Fi issues for customers over phone and remote tools. Basic knowledge of routers, IP configuration and DNS is required; diploma or BSc IT preferred. Night shift 10 pm to 7 am with night allowance and cab both ways. Five-day week with rotational week-offs.",
 (22000,27000),"technical-support-specialist","mumbai",1,"Fibernet Connect Ltd",True,"fibernetconnect.in","9820561247","jobs@fibernetconnect.in",["cab","pf","health-insurance"])

H("en","Training Specialist - Process Training (Magarpatta)",
 "Design and deliver new-hire training for a banking customer service process, run refresher sessions and track nesting performance. 3+ years in training with a TTT certification; strong English and Hindi. CTC up to 6 LPA. Interview includes a 15-minute mock training session.",
 (40000,50000),"training-specialist","pune",3,"Cygnus Business Services",True,"cygnusbs.com","9922017745","training.jobs@cygnusbs.com",["pf","health-insurance","cab"])

H("en","Admin Executive - Corporate Office (Nariman Point)",
 "Manage front office, courier, vendor bills, pantry and office supplies, meeting-room bookings and travel for a 40-person investment firm. 2 years in office administration and good email writing. Day shift, five days. The company bears the cost of your background verification done by our vendor.",
 (25000,30000),"admin-executive","mumbai",2,"Nariman Capital Advisors",True,"narimancapital.in","9821077346","admin.jobs@narimancapital.in",["pf","health-insurance","meals"])

H("en","Documentation Executive - Export House (Navi Mumbai)",
 "Prepare shipping bills, invoices, packing lists and certificates of origin, and coordinate with CHAs at JNPT. Experience in export documentation is preferred; freshers with a commerce degree will be trained. Office in Turbhe MIDC. Please do not pay anyone claiming to offer this job; we do not use agents.",
 (18000,24000),"documentation-executive","navi-mumbai",0,"Konkan Exports Pvt Ltd",True,"konkanexports.com","9769314285","hr@konkanexports.com",["pf","esi"])

H("en","Operations Manager - Customer Service (Chhatrapati Sambhajinagar)",
 "Head a 120-seat domestic customer service centre: workforce planning, SLA management, client reporting and attrition control. 8+ years in BPO with at least 3 as a manager. CTC 10-13 LPA plus performance bonus. Relocation support for candidates from outside the city.",
 (85000,110000),"operations-manager","chhatrapati-sambhajinagar",8,"Devgiri Outsourcing Services",True,"devgirioutsourcing.com","9823441095","leadership@devgirioutsourcing.com",["pf","health-insurance","incentives"])

H("en","Data Entry Operator (Part time, Evening) - Kolhapur",
 "Part-time data entry in our Rajarampuri office, 5 pm to 9 pm, Monday to Friday. You will enter patient lab reports into our software. Paid per month, not per page; the salary is fixed. Students with typing skills are welcome. Visit the office with your ID card for a quick typing test.",
 (7000,9000),"data-entry-operator","kolhapur",0,"Mahalaxmi Diagnostic Centre",False,None,"9860214573","mahalaxmidiag.kop@gmail.com",[])

H("en","Customer Experience Manager - Retail Bank (BKC)",
 "Own the customer experience for our digital savings account: complaint analytics, journey fixes with product teams, ombudsman cases and NPS programmes. 10+ years in banking customer service, including people management. CTC in the range of 20-24 LPA. This role is on company payroll; shortlisted candidates will be contacted only from our official domain.",
 (165000,200000),"customer-experience-manager","mumbai",10,"Sahyog Small Finance Bank",True,"sahyogbank.in",None,"careers@sahyogbank.in",["health-insurance","pf","incentives"])

H("en","Telesales Executive - Education Counselling (Nagpur)",
 "Call students who enquired about our coaching courses, explain batches and fees, and book campus visits. Fixed salary plus incentive per admission. Fees are paid by students directly to the institute's account; telesales staff never collect payments. Freshers with good Hindi and Marathi are welcome.",
 (14000,18000),"telecaller","nagpur",0,"Vidarbha Career Academy",True,"vidarbhacareer.in","9673014258","jobs@vidarbhacareer.in",["incentives","pf"])

H("en","Back Office Executive - Insurance Claims (Work From Office, Goregaon)",
 "Scrutinise health claim documents, enter bills into the claims system and raise deficiency letters. Graduates with medical or commerce background preferred. Salary credited by the 7th of the month. FAQ: registration fee - none; work from home - no, the role is office-based in Goregaon East; service bond - none.",
 (17000,21000),"back-office-executive","mumbai",0,"Medisure TPA Services",True,"medisuretpa.in","9930247716","recruit@medisuretpa.in",["pf","esi","health-insurance"])

H("en","International Chat Process - UK Shift (Kharadi)",
 "Chat with UK customers of a telecom brand about billing and device issues. Excellent written English with 35 wpm typing. UK shift 1 pm to 10 pm with drop cab. Salary up to Rs 30,000 for candidates with prior international experience.",
 (22000,30000),"chat-support-executive","pune",0,"Oriel Customer Solutions",True,"orielcs.com","9011470235","hiring@orielcs.com",["cab","pf","incentives"])

H("en","Customer Service Representative - Electricity Distribution Helpline (Nashik)",
 "Handle consumer calls about billing, meter readings and outages for a power distribution helpline. Marathi is mandatory, Hindi and English preferred. 24x7 rotational shifts; women employees are not rostered after 10 pm. Contract through our company with PF and ESI.",
 (13500,15500),"customer-service-representative","nashik",0,"Sahyadri Helpdesk Services",True,"sahyadrihelpdesk.in","9423017765","jobs@sahyadrihelpdesk.in",["pf","esi"])

H("en","Senior Process Associate - Mortgage Operations (Pune, 5.5 LPA)",
 "Process US mortgage files: income verification, title review and closing checklists. 2+ years in US mortgage back office required. US shift 6:30 pm to 3:30 am with two-way cab, night allowance and dinner. CTC up to 5.5 LPA; joining bonus of Rs 20,000 for immediate joiners.",
 (38000,46000),"back-office-executive","pune",2,"Keystone Mortgage Services India",True,"keystonemsi.com","9960321547","talent@keystonemsi.com",["cab","meals","pf","health-insurance","incentives"])

H("en","Help Desk Executive - Hospital IT (Kalyan)",
 "Support hospital staff with HIS software access, printers and biometric devices. Diploma in computer engineering or BSc IT. Day and evening rotational shifts. Interview at our Kalyan West hospital; please bring a photo ID and your certificates.",
 (16000,20000),"help-desk-technician","kalyan-dombivli",0,"Shree Ganesh Hospital & Research Centre",True,"shreeganeshhospital.org","9890032716","it.hr@shreeganeshhospital.org",["pf","esi","meals"])

H("en","Accounts Assistant - Solapur (Textile Unit)",
 "Maintain purchase and sales registers in Tally, follow up on payments from dealers and prepare weekly MIS. B.Com, 1-2 years experience. Six-day week. Walk in at our MIDC Akkalkot Road unit between 10 am and 1 pm with your CV.",
 (14000,18000),"accounts-assistant","solapur",1,"Siddheshwar Textiles",True,"siddheshwartex.com","9423146027","accounts.hr@siddheshwartex.com",["pf","esi"])

H("en","Customer Support - Fintech App (Company pays security deposit for your PG)",
 "Support users of our lending app over chat and phone. For outstation candidates relocating to Pune, the company pays the first month's rent and the PG security deposit directly to the PG owner; you do not pay anything to us. Training is 10 days, fully paid. Day shift with occasional weekends.",
 (20000,24000),"customer-service-representative","pune",0,"Rupeeflow Fintech Pvt Ltd",True,"rupeeflow.in","9309147762","careers@rupeeflow.in",["training","pf","health-insurance"])

H("en","Operations Executive - Food Delivery Dark Store (Andheri West)",
 "Coordinate riders, track orders on our dashboard and resolve delivery exceptions. 12th pass with basic computer skills. Rotational shifts with meals. Salary plus performance incentive; there is no deposit for the uniform or the tablet.",
 (17000,20000),"operations-executive","mumbai",0,"Quickbasket Retail Pvt Ltd",True,"quickbasket.in","9769328814","ops.hiring@quickbasket.in",["meals","incentives","pf","esi"])

H("en","MIS Analyst - Market Research (Vikhroli)",
 "Clean and tabulate survey data, build weekly client dashboards and automate reports with Excel macros. 2+ years MIS experience; SPSS exposure is a plus. Hybrid after probation. Salary is negotiable for strong candidates.",
 None,"mis-executive","mumbai",2,"Insightwave Research Pvt Ltd",True,"insightwave.co.in",None,"jobs@insightwave.co.in",["pf","health-insurance"])

H("en","Telecaller - Real Estate (Kharghar) - Gmail HR",
 "Small real-estate agency in Kharghar needs two telecallers to call leads from property portals and fix site visits. Salary 12k-15k plus Rs 1,000 per site visit done. Training given by the owner. We are a new office, so our HR email is on Gmail; interview at Sector 12 office.",
 (12000,15000),"telecaller","navi-mumbai",0,"Shivneri Realty",False,None,"8169327704","shivnerirealty.hr@gmail.com",["incentives"])

H("en","Customer Service Team Lead - E-commerce Returns (Bhiwandi)",
 "Lead 20 associates handling returns and refund escalations at our fulfilment centre. 3 years in customer operations, 1 as TL. Rotational shifts with company transport from Thane and Kalyan. Annual bonus plus quarterly performance incentive.",
 (32000,38000),"team-lead","bhiwandi",3,"Shipwell Fulfilment Pvt Ltd",True,"shipwell.in","9326147710","tl.jobs@shipwell.in",["cab","pf","esi","incentives","meals"])

H("en","Back Office - Loan Documentation (Kolhapur Branch)",
 "Verify loan application documents, scan files and update the LOS system for our gold and MSME loans. Graduates with good attention to detail. Documents needed at joining: PAN, Aadhaar, bank passbook copy for salary credit, and your marksheets. Salary account will be opened by you in any bank of your choice.",
 (14000,17000),"documentation-executive","kolhapur",0,"Panchganga Finance Ltd",True,"panchgangafinance.in","9850314279","hr@panchgangafinance.in",["pf","esi"])

H("en","Customer Service - Travel Desk (Night Shift, Andheri) - Rs 3,000 night allowance",
 "Handle calls and emails from travellers for flight changes, hotel issues and visa queries. Graduates with good English; travel domain experience is a plus. Night shift with Rs 3,000 monthly night allowance and cab drop. Five days a week.",
 (22000,26000),"customer-service-representative","mumbai",1,"Skyroute Travel Services",True,"skyroutetravel.in","9819324471","hr@skyroutetravel.in",["cab","pf","incentives"])

H("en","Compliance Executive - Broking Firm (Lower Parel)",
 "Review client KYC, monitor trading alerts and prepare regulatory filings. 2 years in broking compliance; NISM certification preferred. The company reimburses NISM exam fees after you clear the exam. Day shift.",
 (30000,40000),"kyc-compliance-executive","mumbai",2,"Bluechip Securities Ltd",True,"bluechipsec.in","9820416325","compliance.hiring@bluechipsec.in",["pf","health-insurance"])

H("en","Data Entry - Government Hospital Project (Contract via Agency, Amravati)",
 "Contract data entry operators for a hospital digitisation project, hired on our agency's payroll. 12th pass with MS-CIT certificate. Monthly salary as per project norms, paid by bank transfer. We do not charge candidates; selection is through a typing test at the hospital.",
 (12000,14000),"data-entry-operator","amravati",0,"Vidarbha Manpower Services",True,"vidarbhamanpower.in","9422916034","projects@vidarbhamanpower.in",["pf","esi"])

H("en","Customer Success Associate - SMB Accounts (Remote, Maharashtra)",
 "Help small business customers set up our billing software over video calls and solve their first-month issues. Fully remote; we send a laptop and you keep it while employed, with no deposit. 1-2 years in customer support; knowledge of GST invoicing is a plus.",
 (25000,32000),"customer-success-manager","mumbai",1,"Billfast Software Pvt Ltd",True,"billfast.in","9004316627","careers@billfast.in",["health-insurance","pf","training"])

H("en","Walk-in Today: Domestic Voice Process (Malad)",
 "Walk-in today and tomorrow, 10 am to 3 pm, at Inorbit Mall Road office, Malad West (near Malad station). Hindi voice process for a telecom client. Freshers welcome; bring one copy of your resume and Aadhaar. Offer letter on the same day for selected candidates.",
 (14500,17500),"call-centre-agent","mumbai",0,"Dialmax BPO Pvt Ltd",True,"dialmaxbpo.in","9769147726","walkin@dialmaxbpo.in",["pf","esi","incentives"])

H("en","Back Office - Pharmacy Chain Inventory (Thane)",
 "Update stock transfers, expiry reports and purchase orders for 25 pharmacy stores. Graduate with Excel skills. Six days a week, Thane West head office. Salary as per interview.",
 None,"back-office-executive","thane",0,"Arogya Pharmacy Retail Pvt Ltd",True,"arogyapharmacy.in","9321476610","careers@arogyapharmacy.in",["pf","esi"])
