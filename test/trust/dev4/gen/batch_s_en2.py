from common import S
# English scams, part 2 (more subtle wording, polished corporate tone, deferred/deducted money)

S("offer_letter_charges","en","Customer Care Executive - Inbound Voice (Hinjewadi)",
 "We are expanding our inbound voice team for a telecom client at Hinjewadi Phase 1. The role involves handling billing and plan queries, logging tickets in the CRM and meeting quality scores. Fixed salary with monthly incentives, PF and ESI from day one. Candidates selected in the HR round will receive a digital offer once the medical fitness test is completed at our empanelled lab; the test fee of Rs 1,450 is paid by the candidate at the time of booking. Rotational shifts with a cab for night logouts.",
 (17500,22000),"customer-service-representative","pune",0,"Sahyadri Connect Services",True,"sahyadriconnect.in","9370441208","careers@sahyadriconnect.in",["pf","esi","cab","incentives"])

S("training_fee_deduction","en","Quality Analyst Trainee - Insurance Process",
 "Our insurance process in Vashi is hiring quality analyst trainees with good English. You will audit calls, score them on our QA sheet and give feedback to agents. The first 30 days are a stipend-based training with a Rs 8,000 stipend. A training material and assessment fee of Rs 4,000 is adjusted from the stipend, so there is nothing to pay upfront. Confirmation as QA after clearing the final assessment.",
 (8000,21000),"quality-analyst","navi-mumbai",1,"Assurelink BPM Services",True,None,"8655109827","hr@assurelinkbpm.com",["training"])

S("interview_security_deposit","en","Team Leader - Collections Process (Immediate)",
 "Hiring experienced team leaders for a credit-card collections process in Lower Parel. Minimum 2 years as TL in any collections process. CTC up to 5.4 LPA plus monthly incentives. Final round will be with the client at their corporate office; to confirm your slot for the client round, a fully refundable slot confirmation amount of Rs 1,000 is collected via UPI and returned on attendance.",
 (38000,45000),"team-lead","mumbai",2,"Recoveryone BPO Pvt Ltd",True,"recoveryonebpo.com","9821560034","talent@recoveryonebpo.com",["incentives","pf"])

S("identity_harvest","en","Back Office Associate - Banking Operations (Work From Home)",
 "A leading NBFC is hiring back office associates for loan file processing from home. You will check customer documents and update the loan system. For access to the bank's secure VPN, the company registers a corporate account in your name, for which we need your Aadhaar OTP, PAN, a selfie video and your existing bank login to link salary. Training will be online for 3 days.",
 (23000,27000),"back-office-executive","nagpur",0,"Kuber Finserv Operations",False,None,"7709316624","kuberfinserv.ops@gmail.com",["training"])

S("brand_impersonation","en","Reliance Jio Customer Care - Direct Company Roll",
 "Jio customer care is hiring at its Navi Mumbai corporate park on company rolls. Salary 23,500 in hand plus cab and meals. Candidates have to register on the Jio careers partner portal by paying Rs 560 for the online assessment, after which the call letter is sent by SMS. No agent commission, no other charges.",
 (23500,23500),"customer-service-representative","navi-mumbai",0,"Reliance Jio Careers Partner Portal",False,"jio-careers-partner.com","8104329876","support@jio-careers-partner.com",["cab","meals"])

S("brand_impersonation","en","Zepto Store Operations - Cashier / Back Office",
 "Zepto dark stores in Mumbai and Thane need cashier and back office staff. 12th pass can apply. Salary Rs 21,000 plus incentives. After the interview, selected candidates complete processing, registration and document verification at a total cost of Rs 9,000, which is paid in three parts. Joining letter is issued after the third part.",
 (21000,21000),"back-office-executive","thane",0,"Zepto Hiring Office (Ghodbunder)",False,None,"9167403318","zepto.hiringoffice@gmail.com",["incentives"])

S("fake_consultancy","en","Airline Ground Staff & Customer Service - Mumbai Airport",
 "Leading aviation recruiter hiring customer service agents for airlines at Mumbai airport. 12th pass or graduates with good height and English. Salary 25-35k plus allowances. Selection through group discussion and personal interview at a hotel in Andheri. Selected candidates must submit a demand draft of Rs 25,000 for training and uniform, which the airline refunds after probation.",
 (25000,35000),"customer-service-representative","mumbai",0,"SkyHigh Aviation Recruiters",False,None,"9029461173","skyhighaviation.jobs@gmail.com",["training"])

S("fake_consultancy","en","Recruitment for Railway & Govt Office Data Entry (Contract)",
 "Contract data entry operators required for central government offices in Mumbai and Pune, including railway divisional offices. Appointment letter on department letterhead within 30 days. Training will be held at our centre in Sakinaka. Processing amount is payable in instalments; please meet our coordinator with original certificates.",
 (25000,29000),"data-entry-operator","mumbai",0,"Bharat Seva Recruitment Cell",False,None,"7400198821",None,[])

S("task_prepaid","en","Online Content Reviewer - Flexible Hours",
 "We hire content reviewers to watch short videos and rate them for our advertising partners. It takes 30 minutes a day and salary is credited to your account daily. After 3 trial tasks you move into the team channel. To access higher-value review packages, reviewers top-up their task wallet; all top-ups are returned with commission at the end of the set.",
 (20000,60000),"quality-analyst","thane",0,"AdReview Media Group",False,"adreview-media.net",None,"onboard@adreview-media.net",[])

S("task_prepaid","en","Work from home - Movie rating job, students & housewives",
 "Rate upcoming movies on our partner platform and earn Rs 200-300 per rating. Work only on mobile phone, 1 hour a day. Joining is totally FREE. Our mentor will guide you in the VIP plan where earning becomes 10x. Withdrawal possible after completing the VIP task cycle.",
 (30000,80000),"data-entry-operator","kalyan-dombivli",0,"CineRate Online",False,None,"9326740015",None,[])

S("money_mule","en","Finance Assistant - International Payments (Remote)",
 "A UK-based e-commerce company wants a finance assistant in India to process customer refunds and vendor payments. Funds will be credited to your personal account; you transfer them on the same day to the beneficiaries in the daily sheet and keep 5% as your fee. You must be available on WhatsApp between 10 am and 6 pm. Previous accounts experience not needed.",
 (35000,70000),"accounts-assistant","mumbai",0,"Brightmarket UK Ltd (India desk)",False,"brightmarket-uk.co",None,"india.finance@brightmarket-uk.co",[])

S("money_mule","en","Collection Agent - Cash Pickup and Deposit",
 "We need field-cum-back office collection agents in Thane district. Collect cash from our partner shops, deposit it into the accounts given each day, and update the tally. You will also receive some online payments in your own UPI ID that you have to withdraw and hand over to our supervisor. Fixed Rs 20,000 plus Rs 500 per collection.",
 (20000,35000),"reconciliation-executive","thane",0,"Swift Collections & Services",False,None,"8691042257",None,["incentives"])

S("wfh_kit","en","Candle & Agarbatti Packing - Home Job for Ladies",
 "Free time ladies can earn at home by packing candles and agarbatti. Company supplies material and buys back full production. Earn up to Rs 1,000 a day. Material deposit Rs 4,500 for the first lot, afterwards material is free. Contact immediately, only 20 members per area.",
 (20000,30000),"back-office-executive","nashik",0,"Sugandh Home Industries",False,None,"9689302147",None,[])

S("typing_penalty","en","Offline Typing Projects - Legal Agreement Based",
 "Genuine offline typing work. You will receive scanned handwritten pages in PDF; type them in Word and submit by the deadline. Payment Rs 22 per page with accuracy above 90%. All workers sign a stamp-paper agreement. If the work is not submitted, our legal team will issue a notice and the project cost is recovered as per the agreement.",
 (20000,40000),"data-entry-operator","pune",0,"Scripta Data Works",True,"scriptadataworks.com","7218409365","projects@scriptadataworks.com",[])

S("typing_penalty","en","Data Entry Job - Image to Text (Monthly Project)",
 "Convert 800 images to text in our software within 15 days; salary Rs 30,000 for each completed project. No experience needed. Before you start, pay a refundable software security of Rs 2,500. If accuracy is below 95%, salary is not paid and the security is adjusted against the QC charges.",
 (30000,30000),"data-entry-operator","vasai-virar",0,"ImageType Solutions",False,None,"8421067733","imagetype.solutions@gmail.com",[])

S("visit_visa_abroad","en","Customer Service Jobs in Canada & UK - Work Permit Assistance",
 "Work abroad as customer service or call centre executive in Canada or the UK. Earn up to 3 lakh per month. We arrange LMIA job offer and work permit within 60 days. Total processing fee Rs 2.8 lakh; first instalment Rs 45,000 for file opening. Free counselling at our office near Vashi station.",
 (200000,300000),"customer-service-representative","navi-mumbai",0,"Maple Bridge Immigration & Careers",False,"maplebridgecareers.com","9867014452","info@maplebridgecareers.com",[])

S("visit_visa_abroad","en","Russia Office Jobs - Data Entry & Helpers",
 "Vacancies in Russia for data entry, office assistant and warehouse work. Salary Rs 1.2 lakh per month plus overtime. Send your original passport by courier to our Malad office for visa stamping. Processing charges Rs 35,000 to 60,000 depending on post. Fast visa in 20 days.",
 (100000,120000),"data-entry-operator","mumbai",0,"Euro Asia Manpower Services",False,None,"9833207719",None,[])

S("pyramid_referral","en","Business Development Associate - Work From Home",
 "Join India's fastest-growing e-learning network as a business development associate from home. Buy our starter learning package for Rs 4,999 and get your associate ID. You earn 40% on every package you sell and 10% on your team's sales. Weekly payouts. Team leaders earn car fund and foreign trips.",
 (25000,150000),"telecaller","nagpur",0,"SkillUp Bharat Network",False,"skillupbharat.net","9823650093","join@skillupbharat.net",["incentives"])

S("salary_release_fee","en","Data Entry Operator - Offline (Salary After Verification)",
 "You will be given 3 weeks of data entry work from home and the salary of Rs 21,000 will be transferred after verification of the work. For first-time payment, the bank requires a one-time beneficiary verification charge of Rs 1,100 which the employee pays to our accounts team. This happens only once.",
 (21000,21000),"data-entry-operator","kolhapur",0,"Swastik Data Solutions",False,None,"9545017734","swastikdata.hr@gmail.com",[])

S("salary_release_fee","en","Remote Customer Support - Pay Released After Agency Fee",
 "Remote customer support role, chat and email, flexible timings. You have passed our interview. Your first month salary of Rs 26,000 will be released after deducting the placement agency fee of 30%, which you will transfer to the agency before salary release due to tax rules. From the second month the full salary is credited.",
 (26000,26000),"chat-support-executive","mumbai",0,"Supportly Remote Hiring",False,None,"9004380012",None,[])

S("registration_fee","en","Job Portal Premium Membership - Get Calls From Top Companies",
 "Upload your resume on our portal and get calls from top BPO and back office employers within 24 hours. Premium job-seeker plan at Rs 2,499 gives guaranteed 10 interviews and a refund if no job in 90 days. Our relationship manager will call you. Hurry, 50% discount ends today.",
 (15000,40000),"back-office-executive","pune",0,"HireFast Jobs Portal",False,"hirefastjobs.in","7028834461","rm@hirefastjobs.in",[])

S("registration_fee","en","Telecaller - Home based, Hindi speaking",
 "Hindi speaking ladies needed for telecalling from home. We give data of customers and you call them for our loan product. Salary 12,000 fixed + incentive. ID creation charge Rs 500 is to be paid on Google Pay to our team manager, after which the calling data and CRM login is shared.",
 (12000,18000),"telecaller","mira-bhayandar",0,"Easy Loan Tele Desk",False,None,"7066502219",None,["incentives"])

S("identity_harvest","en","Customer Onboarding Executive - Credit Card Activation",
 "Hiring onboarding executives to activate credit cards for customers over phone. Fixed salary plus Rs 300 per activation. For your employee ID, share a copy of your Aadhaar, PAN and bank passbook and install our AnyDesk-based CRM on your phone for monitoring. Our verification team may call you for an OTP confirmation.",
 (18000,30000),"telecaller","navi-mumbai",0,"CardServe Activation Services",False,None,"8591204436","cardserve.hr@gmail.com",["incentives"])

S("overseas_trafficking","en","Chat Process - Malaysia / Vietnam (Agent Fee Only After Salary)",
 "Customer chat process jobs in Malaysia and Vietnam for English-speaking graduates. Salary 1,200 to 1,800 USD. No fee now; company deducts agent fee from your first 2 salaries. Flight on tourist visa, company will arrange work permit after probation. Passport is submitted to HR for safekeeping during the contract.",
 (100000,150000),"chat-support-executive","pune",0,"Orient Career Links",False,None,"9307210594","orientcareerlinks@gmail.com",["meals"])

S("brand_impersonation","en","HDFC Bank Back Office - Document Verification Staff",
 "HDFC Bank is hiring document verification staff for its back office in Kurla. Permanent job with PF and mediclaim. Candidates selected after online test must pay the insurance and ID card fee of Rs 2,750 through the payment link sent by our HR. HR contact is only on WhatsApp.",
 (24000,28000),"documentation-executive","mumbai",0,"HDFC Bank Recruitment Team",False,None,"8369014475","hdfcbank.recruitment2026@gmail.com",["pf","health-insurance"])

S("fake_consultancy","en","Jobs for 10th/12th Pass - Call Centre & Office",
 "Office and call centre jobs for 10th/12th pass and graduates, Mumbai and Navi Mumbai. 100% placement. Only Rs 1,000 registration for your file, next Rs 5,000 after selection. Come with photos and xerox. Same day interview.",
 (12000,20000),"call-centre-agent","navi-mumbai",0,"Sai Ram Job Placement",False,None,"9594407311",None,[])

S("pyramid_referral","en","HR Executive - Work From Home Hiring",
 "We are hiring HR executives from home for candidate onboarding. Your job is to bring candidates into our online training programme. Security deposit of Rs 2,000 to activate your HR login, refundable after 6 months. For every candidate who joins through you, you earn Rs 800. Minimum 4 joinings per week are required to get fixed pay.",
 (15000,40000),"hr-operations-executive","pune",0,"PeopleFirst Online Careers",False,None,"8149033568","peoplefirst.online@gmail.com",["incentives"])

S("fake_govt_scheme","en","Skill India Data Entry Operator Recruitment 2026",
 "Under the national skill scheme, data entry operators are required in district offices across Maharashtra. Monthly salary Rs 19,500. Apply online with Aadhaar; examination fee Rs 450, non-refundable. Admit card will be sent by email. Selection on merit of the online test.",
 (19500,19500),"data-entry-operator","nagpur",0,"National Skill Data Mission",False,"nsdm-recruitment.org","7798120846","admitcard@nsdm-recruitment.org",[])

S("backdoor_entry","en","Process Associate - Without Interview (Limited Seats)",
 "Process associate jobs in top KPOs at Magarpatta and Kharadi without any interview rounds. Our HR partner has a small number of management seats every quarter. A one-time confirmation amount secures your seat and you receive an offer letter on company letterhead. Call to know the amount for your qualification.",
 (22000,30000),"back-office-executive","pune",0,"Elite Careers Management",False,None,"9763014428",None,["pf"])

S("task_prepaid","en","Data Entry & Survey Jobs - Crypto Wallet Pay",
 "Fill short surveys for international brands and earn in USDT, converted to INR on request. New members get 20 USDT bonus. To withdraw, your wallet must reach the VIP-2 level by depositing 100 USDT, which stays in your balance. Support available 24x7 on Telegram.",
 (40000,120000),"data-entry-operator","mumbai",0,"GlobeSurvey Earn",False,"globesurvey-earn.io",None,"support@globesurvey-earn.io",[])

S("offer_letter_charges","en","Customer Success Manager - SaaS (Offer Processing)",
 "Hiring customer success managers for a US SaaS company's India office in Kharadi. 4+ years in account management. CTC 12-15 LPA. Your offer is approved. As per HR policy, candidates pay for their own pre-employment background screening (Rs 7,800) through our verification partner before the offer is released. The amount is reimbursed in the first payroll.",
 (100000,125000),"customer-success-manager","pune",4,"Cloudnexa Software India",True,"cloudnexa-india.com","8600174429","talent@cloudnexa-india.com",["health-insurance","pf"])

S("interview_security_deposit","en","HR Operations Executive - Walk-in at Corporate Office",
 "Walk-in for HR Operations Executives on Saturday at our corporate office in Vikhroli. Knowledge of payroll, PF and ESI returns required. Pre-register for the walk-in using the link; a registration deposit of Rs 300 is collected to avoid no-shows and returned in cash at the venue.",
 (22000,28000),"hr-operations-executive","mumbai",1,"Nexus Workforce Services",True,"nexusworkforce.co","9324017708","walkin@nexusworkforce.co",["pf"])

S("wfh_kit","en","Mobile Cover Printing - Work From Home Business Job",
 "Earn from home by printing designer mobile covers. We give you a machine on rent, designs, and orders from our online store. Rs 25,000 to 50,000 monthly. Machine deposit Rs 12,000 refundable after 1 year. Company buys back all covers.",
 (25000,50000),"operations-executive","chhatrapati-sambhajinagar",0,"PrintKart Home Business",False,None,"8805129476",None,[])

S("money_mule","en","Gaming Support Executive - Deposit Handling",
 "Our gaming app needs support executives to help users with deposits. You will share your UPI ID with users who want to add money, and transfer the same amount to our master wallet within 10 minutes. Fixed Rs 25,000 plus 2% on volume. Work from home, mobile is enough.",
 (25000,60000),"chat-support-executive","nagpur",0,"LuckyPlay Support Team",False,None,"7972018634",None,["incentives"])

S("identity_harvest","en","Director Cum Office Executive - Small Company",
 "A new trading company is looking for a graduate to act as a nominal director and office executive. We will register the company and open a current account in your name; you only need to sign papers and give your Aadhaar, PAN and phone number. Fixed Rs 30,000 per month. No daily office work required.",
 (30000,30000),"admin-executive","mumbai",0,"Vardhman Impex Services",False,None,"9819207734",None,[])
