#!/usr/bin/env python3
"""Deterministic generator of the v3 held-out postings (seed 20261208).
Titles, duties and sentences below were written by hand for this set."""
import json, random, os
SEED = 20261208
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TAX = json.load(open(os.path.join(ROOT, '..', 'taxonomy.json')))
rng = random.Random(SEED)

# ---------- hand-written titles per true kind (what the job really is) ----------
TITLES = {
 'call-centre-agent': ["Call Center Executive - Inbound", "BPO Voice Process Hiring!!", "Customer Care Exe (Voice)",
   "Urgent opening - Calling Agent", "कॉल सेंटर जॉब - इनबाउंड", "Domestic BPO voice - freshers welcome",
   "Call centre mein job - freshers chalega", "Inbound voice associate", "CCE - voice process", "Calling staff required",
   "Kol centre executive (domestic)", "Process Associate - Voice", "कॉल सेंटर कार्यकारी", "Voice process chi job - fresher chalel"],
 'customer-service-representative': ["Customer Support Associate", "Customer Care Executive", "CSR - Inbound Process",
   "Custmer service exe", "ग्राहक सेवा प्रतिनिधी", "Customer Relationship Officer", "Helpline Executive",
   "Cust. Service Rep (blended)", "Customer Care Exe - turant bharti", "Grahak seva executive", "Service Desk Associate - customer calls"],
 'international-voice-agent': ["International Voice Process - US Shift", "Intl BPO - Fluent English!!", "US Process Customer Support",
   "UK Voice Process Associate", "Intl. voice CSA (night)", "Hiring for International Calling - Excellent English",
   "Global Customer Care Agent", "US Healthcare Voice - AR Caller", "Australian process voice - early morning"],
 'telecaller': ["Telecaller (Female/Male)", "Tele Sales Executive", "Telecalling job - loan process", "टेलीकॉलर चाहिए",
   "Outbound Sales Calling", "Credit Card Sales - Tele", "Insurance Telesales Advisor", "टेलीकॉलर पाहिजे - लगेच जॉइनिंग",
   "Telecaller urgent reqd", "Tele-calling Executive (Collections)", "Recovery calling - bank loans", "Inside Sales Associate - calling",
   "Telesales - DTH / broadband", "Telecalar needed - urgent", "Lead calling executive (real estate)"],
 'chat-support-executive': ["Chat Support Executive", "Non-Voice Process - Chat", "Chat Process Associate", "Live Chat Agent (Non voice)",
   "Customer Support - Chat & WhatsApp", "चैट सपोर्ट एक्जीक्यूटिव", "Chat suport exe - e-com", "Non voice BPO - chat only"],
 'email-support-executive': ["Email Support Executive", "Non-Voice Email Process", "Email & Ticket Support Associate",
   "Customer Support (Email) - Non voice", "Email process - good written English", "Mail support exe", "ईमेल सपोर्ट - नॉन व्हॉइस"],
 'technical-support-specialist': ["Technical Support Executive", "Tech Support - Broadband", "Technical Helpdesk (Voice)",
   "L1 Tech Support - Intl", "Tech Support Associate - printers/routers", "Technical Customer Support - Fiber",
   "टेक्निकल सपोर्ट एक्जीक्यूटिव"],
 'help-desk-technician': ["IT Helpdesk Technician", "Desktop Support / Helpdesk", "Service Desk Analyst L1",
   "Help Desk Engineer", "IT Support - walk in", "Helpdesk Exe (hardware + calls)"],
 'customer-success-manager': ["Customer Success Manager - SaaS", "Client Success Associate Manager", "CSM - Key Accounts",
   "Customer Success Lead", "Account Manager - Customer Success"],
 'customer-experience-manager': ["Customer Experience Manager", "CX Manager - Contact Centre", "Manager - Customer Delight",
   "CX Head (Regional)", "Customer Experience Lead - Retail"],
 'operations-manager': ["Operations Manager - BPO", "Process Manager (Voice)", "Ops Manager - Contact Center",
   "Assistant Manager Operations", "Site Operations Manager"],
 'quality-analyst': ["Quality Analyst - Voice Process", "QA - Call Audit", "Quality Auditor BPO", "Call Quality Analyst",
   "QA Executive (chat + calls)", "क्वालिटी एनालिस्ट - BPO"],
 'team-lead': ["Team Leader - Voice", "TL - Inbound Process", "Team Lead / Supervisor (Telesales)", "Floor Supervisor - BPO",
   "Team Leader Collections", "टीम लीडर - कॉल सेंटर"],
 'training-specialist': ["Process Trainer", "Trainer - Voice & Accent", "Soft Skills Trainer BPO", "Product Trainer - Banking Process",
   "Training Executive (New hire)", "Communication Trainer"],
 'back-office-executive': ["Back Office Executive", "Backend Executive", "Back Office Job - Freshers", "बॅक ऑफिस एक्झिक्युटिव्ह",
   "बैक ऑफिस जॉब", "Back ofice exe urgent", "Backend Operations Associate", "Office Assistant - Back Office", "Back office ki naukri",
   "Non voice back end process", "Back Office Executive - Day shift"],
 'data-entry-operator': ["Data Entry Operator", "Data Entry Exe - typing 30 wpm", "Computer Operator", "डेटा एंट्री ऑपरेटर",
   "डाटा एंट्री जॉब", "Typing job - office based", "DEO - Hospital billing", "Data entery operator reqd", "Data Entry (Excel) Executive",
   "Computer Operator cum Data Entry", "Data entry chi job - lagech joining"],
 'operations-executive': ["Operations Executive", "Ops Executive - E-commerce", "Operations Associate (Backend)", "Order Processing Executive",
   "Process Executive - Operations", "Operations Coordinator", "Ops Associate - Claims"],
 'documentation-executive': ["Documentation Executive", "Documentation Officer - Loans", "Document Verification Executive",
   "Export Documentation Exe", "Docs & Records Executive"],
 'admin-executive': ["Admin Executive", "Office Admin cum Coordinator", "Administration Executive", "Admin Assistant",
   "Front office & Admin", "ऑफिस ऍडमिन"],
 'mis-executive': ["MIS Executive", "MIS Analyst - Advanced Excel", "Reporting Executive (MIS)", "MIS Coordinator",
   "Excel MIS exe - VLOOKUP/Pivot", "Data Analyst - MIS"],
 'reconciliation-executive': ["Reconciliation Executive", "Bank Recon Executive", "Payment Reconciliation Associate",
   "Recon Analyst - Cards", "Accounts Reconciliation Exe"],
 'accounts-assistant': ["Accounts Assistant", "Accountant - Tally", "Jr Accountant", "Accounts Executive (GST, Tally)",
   "अकाउंटंट पाहिजे", "Billing & Accounts Assistant", "Accounts cum Admin"],
 'hr-operations-executive': ["HR Operations Executive", "HR Executive - Payroll", "HR Ops Associate", "HR Recruiter cum Ops",
   "Payroll & Attendance Executive", "HR Admin Executive"],
 'kyc-compliance-executive': ["KYC Executive", "KYC Verification Associate", "Compliance Executive - AML", "KYC & Onboarding Exe",
   "Compliance Officer (Jr)", "KYC back office - bank"],
}

WEIGHTS = {'call-centre-agent': 40, 'customer-service-representative': 34, 'international-voice-agent': 26, 'telecaller': 42,
 'chat-support-executive': 18, 'email-support-executive': 12, 'technical-support-specialist': 16, 'help-desk-technician': 10,
 'customer-success-manager': 7, 'customer-experience-manager': 6, 'operations-manager': 8, 'quality-analyst': 11, 'team-lead': 12,
 'training-specialist': 8, 'back-office-executive': 38, 'data-entry-operator': 36, 'operations-executive': 18,
 'documentation-executive': 10, 'admin-executive': 12, 'mis-executive': 14, 'reconciliation-executive': 9,
 'accounts-assistant': 16, 'hr-operations-executive': 12, 'kyc-compliance-executive': 14}
ROLE_CAT = {r['slug']: r['category'] for r in TAX['roles']}
VOICE = {r['slug']: r['voice'] for r in TAX['roles']}
SENIOR = {'customer-success-manager', 'customer-experience-manager', 'operations-manager', 'team-lead', 'training-specialist', 'quality-analyst'}

# a job filed under a generic or wrong role (the employer's pick)
MISFILE = {
 'customer_service': ['customer-service-representative', 'call-centre-agent', 'back-office-executive', 'telecaller'],
 'back_office': ['back-office-executive', 'data-entry-operator', 'operations-executive', 'customer-service-representative'],
}

DUTIES = {
 'call-centre-agent': ["Attend incoming calls from customers and sort out their queries on the first call.",
   "Log each call in the CRM and close the ticket with proper remarks.", "Handle 80-100 calls a shift, keep AHT under control.",
   "Explain plans, bills and offers to callers in simple language.", "कस्टमर के कॉल अटेंड करना और उनकी समस्या सुलझाना।"],
 'customer-service-representative': ["Be the first point of contact for customers on phone and walk-in.", "Resolve complaints on billing, refunds and service.",
   "Keep CSAT high, escalate only what you cannot solve.", "Update customer records after every interaction.", "ग्राहकांच्या तक्रारी फोनवर ऐकून सोडवणे."],
 'international-voice-agent': ["Take calls from US/UK customers about their accounts and orders.", "Neutral accent and fluent English is a must.",
   "Follow the client's call flow and compliance scripts word by word.", "Work on first-call resolution and quality scores."],
 'telecaller': ["Call leads given by the company and explain the product.", "Convert interested customers, fix appointments for field team.",
   "Achieve daily calling and sales target, attractive incentive on every closure.", "Follow up with interested customers and keep the lead sheet updated.",
   "रोज 150 कॉल करने हैं, डेटा कंपनी देगी।", "कंपनीकडून डेटा मिळेल, ग्राहकांना फोन करून माहिती देणे."],
 'chat-support-executive': ["Handle 3-4 chats at a time on the website and app.", "Reply to customers on WhatsApp Business and in-app chat.",
   "Typing speed 30+ wpm with correct grammar.", "Track orders, raise refund requests, close chats with a survey."],
 'email-support-executive': ["Answer customer mails within the SLA.", "Write clear, polite replies - no calling in this role.",
   "Work the ticket queue on Freshdesk / Zendesk.", "Escalate complex mails to the L2 team."],
 'technical-support-specialist': ["Troubleshoot internet, router and set-top box issues over the phone.", "Guide customers step by step to fix the problem.",
   "Basic networking knowledge (IP, DNS, Wi-Fi) is a plus.", "Raise field visit tickets when the issue cannot be fixed remotely."],
 'help-desk-technician': ["Resolve employee IT tickets - Outlook, VPN, printers.", "Install and configure desktops and laptops.",
   "Take helpdesk calls and log them in the ticketing tool.", "Hardware and networking course preferred."],
 'customer-success-manager': ["Own a book of B2B accounts, drive renewals and upsell.", "Run onboarding and quarterly business reviews.",
   "Track health scores, reduce churn."],
 'customer-experience-manager': ["Lead CX for the region across voice, chat and stores.", "Analyse NPS and CSAT, fix the root causes.",
   "Manage team leads and vendor partners."],
 'operations-manager': ["Manage a floor of 80-120 agents across shifts.", "Own SLA, AHT, quality and attrition numbers.",
   "Client calls, capacity planning and billing inputs."],
 'quality-analyst': ["Audit calls and chats against the quality form.", "Give feedback to agents, run calibration with the client.",
   "Prepare weekly quality reports and trend analysis."],
 'team-lead': ["Lead a team of 15-20 advisors, daily huddles.", "Monitor productivity, handle escalated calls.",
   "Coach agents on AHT, FCR and CSAT."],
 'training-specialist': ["Run new-hire training and refresher batches.", "Voice & accent, soft skills and product modules.",
   "Track batch performance in the nesting period."],
 'back-office-executive': ["Maintain records and files of customers.", "Prepare daily reports in Excel and send to the manager.",
   "Verify documents and update them in the system.", "Backend support to the sales team - no calling.",
   "ऑफिस का बैकएंड काम, एक्सेल में एंट्री।", "ग्राहकांचे रेकॉर्ड अपडेट करणे, फाईलिंग."],
 'data-entry-operator': ["Enter forms and invoices into the software with accuracy.", "Typing speed minimum 25-30 wpm.",
   "Basic computer knowledge, MS Excel and Word.", "Scan documents and update data in the portal.", "कंप्यूटर पर डेटा एंट्री करना, स्पीड अच्छी होनी चाहिए।"],
 'operations-executive': ["Process orders, returns and refunds on the internal tool.", "Coordinate with courier partners and vendors.",
   "Track daily TAT and raise exceptions.", "Prepare claim files and update status."],
 'documentation-executive': ["Check and verify loan / policy documents.", "Maintain physical and scanned files, indexing.",
   "Follow up for pending documents with branches."],
 'admin-executive': ["Handle office admin - stationery, housekeeping, vendor bills.", "Arrange meetings, travel and courier.",
   "Track office equipment and asset register."],
 'mis-executive': ["Prepare daily, weekly and monthly MIS reports.", "Advanced Excel - VLOOKUP, Pivot tables, macros a plus.",
   "Share dashboards with the operations team."],
 'reconciliation-executive': ["Reconcile bank statements with the ledger daily.", "Match payment gateway settlements and flag gaps.",
   "Prepare customer balance sheets and ageing."],
 'accounts-assistant': ["Voucher entry in Tally, GST returns support.", "Bank reconciliation and vendor payments.",
   "Maintain books of accounts, petty cash."],
 'hr-operations-executive': ["Onboarding paperwork, employee files and joining formalities.", "Attendance, leave and payroll inputs.",
   "Support HR in scheduling interviews, PF/ESI work."],
 'kyc-compliance-executive': ["Verify KYC documents (PAN, Aadhaar) of customers.", "Check accounts against AML rules and flag risky ones.",
   "Video KYC calls with customers for account opening."],
}

INDUSTRY_LINES = {
 'banking': ["Process for a leading private bank.", "Client: a big bank - credit cards and personal loans.", "Banking process (savings accounts, debit cards)."],
 'insurance': ["Life insurance process.", "Health insurance policies - renewals and claims.", "Motor and health insurance client."],
 'telecom': ["Telecom client - postpaid, prepaid and broadband.", "Process for a telecom company (SIM, recharge, DTH)."],
 'e-commerce': ["E-commerce process - orders, returns, refunds.", "Online shopping app client."],
 'healthcare': ["Healthcare process - hospital / pharmacy.", "US healthcare (medical billing) client.", "Diagnostic lab chain."],
 'analytics': ["Analytics firm.", "Data analytics company, reporting team."],
 'market-research': ["Market research surveys over phone.", "Market research firm - survey data."],
 'sales-marketing': ["Sales and marketing company.", "Direct sales agency for loans and cards."],
 'it-services': ["IT services company.", "Software company - support team."],
 'bpo-kpo': ["Reputed BPO.", "Growing KPO.", "Multi-process BPO."],
}
IND_FOR = {
 'telecaller': ['banking', 'insurance', 'sales-marketing', 'telecom', 'e-commerce', 'market-research', 'bpo-kpo'],
 'international-voice-agent': ['bpo-kpo', 'healthcare', 'telecom', 'e-commerce', 'it-services'],
 'technical-support-specialist': ['telecom', 'it-services', 'bpo-kpo'],
 'help-desk-technician': ['it-services', 'bpo-kpo', 'healthcare'],
 'kyc-compliance-executive': ['banking', 'insurance', 'bpo-kpo'],
 'reconciliation-executive': ['banking', 'e-commerce', 'bpo-kpo'],
 'accounts-assistant': ['bpo-kpo', 'healthcare', 'sales-marketing', 'e-commerce'],
 'mis-executive': ['analytics', 'bpo-kpo', 'banking', 'market-research'],
 'documentation-executive': ['banking', 'insurance', 'healthcare'],
}
ALL_IND = [i['slug'] for i in TAX['industries']]
CS_IND = ['bpo-kpo', 'bpo-kpo', 'banking', 'insurance', 'telecom', 'e-commerce', 'healthcare', 'it-services']
BO_IND = ['bpo-kpo', 'banking', 'insurance', 'e-commerce', 'healthcare', 'analytics', 'it-services', 'market-research', 'sales-marketing']
# BPO hubs get more postings than quiet localities
HUBS = {'andheri-east': 5, 'powai': 4, 'malad': 4, 'goregaon': 4, 'vikhroli': 3, 'bkc': 3, 'lower-parel': 3, 'kurla': 2, 'dadar': 2,
        'hinjewadi': 5, 'kharadi': 5, 'viman-nagar': 3, 'baner': 2, 'hadapsar': 3, 'yerawada': 2, 'wakad': 2,
        'wagle-estate': 4, 'ghodbunder-road': 3, 'thane-west': 3, 'airoli': 4, 'vashi': 4, 'ghansoli': 3, 'cbd-belapur': 3, 'mahape': 2, 'rabale': 2}

CITY_W = {'mumbai': 34, 'pune': 22, 'thane': 12, 'navi-mumbai': 12, 'nagpur': 5, 'nashik': 4, 'chhatrapati-sambhajinagar': 3,
 'kolhapur': 2, 'kalyan-dombivli': 3, 'mira-bhayandar': 2, 'vasai-virar': 2, 'panvel': 2, 'bhiwandi': 1, 'ulhasnagar': 1,
 'ambernath': 1, 'badlapur': 1, 'amravati': 1, 'solapur': 1}
CITIES = {c['slug']: c for c in TAX['cities']}

LANG_TEXT = {'english': ['good English', 'fluent English', 'English speaking'], 'hindi': ['Hindi', 'हिंदी'],
 'marathi': ['Marathi', 'मराठी'], 'gujarati': ['Gujarati'], 'kannada': ['Kannada'], 'tamil': ['Tamil'], 'telugu': ['Telugu'], 'bengali': ['Bengali']}

WALKIN = ["Walk-in interview Mon to Sat, 11 am to 3 pm. Bring resume, Aadhaar and 2 photos.",
 "Direct walk in - ask for HR near the security desk. Carry marksheets.",
 "Walk-in drive this week, 10:30 am onwards, landmark: opposite the bus depot.",
 "वॉक-इन इंटरव्यू: सोमवार ते शनिवार, सकाळी 11 ते 2. बायोडाटा घेऊन या.",
 "Walkin for freshers - same day offer letter after 3 rounds."]
IMMEDIATE = ["Immediate joiners preferred.", "Joining within a week.", "Urgent requirement, join tomorrow if selected."]
NIGHT_TEXT = ["Shift: US timings 6:30 pm to 3:30 am, two-way cab.", "Night shift (8 pm - 5 am), cab drop provided.",
 "Rotational but mostly night shifts for the US client.", "रात्रि पाली - US process, कैब सुविधा।", "Ratri shift aahe, cab milel."]
DAY_TEXT = ["Day shift 9:30 to 6:30, Sunday off.", "General shift, 10 am to 7 pm.", "Only day shift, girls ke liye safe timing."]
UK_TEXT = ["UK shift 1 pm to 10 pm.", "UK process - afternoon shift."]
FRESHER_TEXT = ["Freshers can apply.", "Fresher bhi chalega.", "फ्रेशर्स चालतील.", "No experience needed, training will be given."]
NOT_FRESHER = ["Minimum {n} year experience in the same profile.", "Only experienced candidates ({n}+ yrs).", "कम से कम {n} साल का अनुभव ज़रूरी।"]
WFH_TEXT = ["Work from home after training.", "WFH - laptop and internet must.", "Ghar baithe kaam, company laptop dega."]

PAY = {  # monthly band for the role (min low, min high), spread
 'call-centre-agent': (11000, 20000, 6000), 'customer-service-representative': (12000, 22000, 6000),
 'international-voice-agent': (20000, 35000, 10000), 'telecaller': (9000, 18000, 6000), 'chat-support-executive': (13000, 22000, 5000),
 'email-support-executive': (14000, 24000, 5000), 'technical-support-specialist': (16000, 28000, 8000), 'help-desk-technician': (15000, 26000, 7000),
 'customer-success-manager': (45000, 90000, 30000), 'customer-experience-manager': (60000, 110000, 20000), 'operations-manager': (55000, 100000, 25000),
 'quality-analyst': (22000, 35000, 8000), 'team-lead': (25000, 40000, 10000), 'training-specialist': (25000, 40000, 10000),
 'back-office-executive': (10000, 20000, 5000), 'data-entry-operator': (8000, 16000, 4000), 'operations-executive': (14000, 25000, 6000),
 'documentation-executive': (13000, 22000, 5000), 'admin-executive': (14000, 24000, 6000), 'mis-executive': (18000, 30000, 8000),
 'reconciliation-executive': (16000, 28000, 6000), 'accounts-assistant': (12000, 24000, 6000), 'hr-operations-executive': (15000, 26000, 6000),
 'kyc-compliance-executive': (14000, 25000, 6000)}

SKILLS = {
 'call-centre-agent': ['communication', 'customer-handling', 'crm-tools'], 'customer-service-representative': ['communication', 'customer-handling', 'crm-tools'],
 'international-voice-agent': ['communication', 'customer-handling'], 'telecaller': ['communication', 'sales'],
 'chat-support-executive': ['chat-software', 'typing', 'email-writing'], 'email-support-executive': ['email-writing', 'ticketing-tools', 'zendesk', 'freshdesk'],
 'technical-support-specialist': ['troubleshooting', 'communication', 'ticketing-tools'], 'help-desk-technician': ['troubleshooting', 'ticketing-tools'],
 'customer-success-manager': ['salesforce', 'communication', 'reporting'], 'customer-experience-manager': ['reporting', 'coaching'],
 'operations-manager': ['reporting', 'coaching'], 'quality-analyst': ['quality-audit', 'reporting', 'ms-excel'], 'team-lead': ['coaching', 'reporting'],
 'training-specialist': ['coaching', 'communication'], 'back-office-executive': ['ms-excel', 'data-entry', 'documentation'],
 'data-entry-operator': ['typing', 'data-entry', 'ms-excel', 'ms-word'], 'operations-executive': ['ms-excel', 'reporting', 'google-sheets'],
 'documentation-executive': ['documentation', 'kyc'], 'admin-executive': ['ms-excel', 'ms-word', 'documentation'],
 'mis-executive': ['ms-excel', 'vlookup', 'reporting'], 'reconciliation-executive': ['reconciliation', 'ms-excel', 'sap'],
 'accounts-assistant': ['tally', 'reconciliation', 'ms-excel'], 'hr-operations-executive': ['payroll', 'documentation', 'ms-excel'],
 'kyc-compliance-executive': ['kyc', 'documentation']}

COMPANIES = ["Sahyadri Contact Solutions", "Konkan BPO Services", "Pinnacle Backoffice Pvt Ltd", "Shree Ganesh Tele Services",
 "Nirmal Care Hospitals", "Deccan Data Works", "Harbour Line Financial Services", "Vidarbha Call Hub", "Girnar Insurance Brokers",
 "Metro Ecom Fulfilment", "Kalpataru Analytics", "Mahalaxmi Credit Co-op", "Skyline Telecom Support", "Panchganga Infotech",
 "Oakridge Global Services", "Saffron Research & Surveys", "Trident Cards Processing", "Indus Health Billing", "Western Ghats KPO",
 "Unnati Placement Services"]


# titles that name an industry decide the employer's industry
TITLE_IND = {"Telecalling job - loan process": 'banking', "Credit Card Sales - Tele": 'banking', "Insurance Telesales Advisor": 'insurance',
 "Tele-calling Executive (Collections)": 'banking', "Recovery calling - bank loans": 'banking', "Telesales - DTH / broadband": 'telecom',
 "Lead calling executive (real estate)": 'sales-marketing', "US Healthcare Voice - AR Caller": 'healthcare', "DEO - Hospital billing": 'healthcare',
 "Documentation Officer - Loans": 'banking', "Ops Associate - Claims": 'insurance', "Recon Analyst - Cards": 'banking',
 "KYC back office - bank": 'banking', "Product Trainer - Banking Process": 'banking', "Tech Support - Broadband": 'telecom',
 "Technical Customer Support - Fiber": 'telecom', "Ops Executive - E-commerce": 'e-commerce', "Chat suport exe - e-com": 'e-commerce',
 "Customer Success Manager - SaaS": 'it-services', "Customer Experience Lead - Retail": 'e-commerce', "Team Leader Collections": 'banking'}


def pick(d):
    ks = list(d); return rng.choices(ks, weights=[d[k] for k in ks])[0]


def round500(x):
    return int(round(x / 500.0) * 500)


def make(i):
    kind = pick(WEIGHTS)
    cat = ROLE_CAT[kind]
    # filed role: about a third generic or wrong
    if rng.random() < 0.33:
        filed = rng.choice([r for r in MISFILE[cat] if r != kind])
    else:
        filed = kind
    industry = rng.choice(IND_FOR.get(kind, CS_IND if cat == 'customer_service' else BO_IND))
    city = pick(CITY_W)
    locs = CITIES[city]['localities']
    loc = rng.choices(locs, weights=[HUBS.get(l['slug'], 1) for l in locs])[0]
    # shift / night truth
    night = False; shift_text = ''
    if kind == 'international-voice-agent':
        r = rng.random()
        if r < 0.55: shift = rng.choice(['us', 'night']); night = True
        elif r < 0.75: shift = 'rotational'; night = True; shift_text = rng.choice(NIGHT_TEXT)  # night only in text
        else: shift = 'uk'; shift_text = rng.choice(UK_TEXT)
    elif kind in ('technical-support-specialist', 'help-desk-technician', 'call-centre-agent', 'quality-analyst', 'team-lead', 'chat-support-executive', 'email-support-executive') and rng.random() < 0.22:
        if rng.random() < 0.5: shift = rng.choice(['night', 'us']); night = True
        else: shift = rng.choice(['day', 'rotational']); night = True; shift_text = rng.choice(NIGHT_TEXT)
    else:
        shift = rng.choices(['day', 'rotational', 'uk'], weights=[75, 20, 5])[0]
        if shift == 'day' and rng.random() < 0.4: shift_text = rng.choice(DAY_TEXT)
        if shift == 'uk': shift_text = rng.choice(UK_TEXT)
    # work mode
    wm = 'onsite'
    r = rng.random()
    remote_ok = kind in ('telecaller', 'chat-support-executive', 'email-support-executive', 'data-entry-operator', 'customer-success-manager',
                         'international-voice-agent', 'mis-executive', 'customer-service-representative', 'back-office-executive')
    if remote_ok and r < 0.22: wm = 'remote'
    elif r < 0.32: wm = 'hybrid'
    # languages truth
    langs = []
    if kind == 'international-voice-agent' or kind in SENIOR or kind in ('email-support-executive', 'chat-support-executive', 'customer-success-manager', 'mis-executive'):
        langs = ['english']
    elif VOICE[kind] or kind == 'customer-service-representative':
        langs = rng.choice([['hindi'], ['hindi', 'english'], ['marathi', 'hindi'], ['english'], ['marathi'], ['hindi', 'marathi', 'english']])
        if rng.random() < 0.07: langs = langs + [rng.choice(['gujarati', 'kannada', 'tamil', 'telugu', 'bengali'])]
    else:
        langs = rng.choice([[], ['english'], ['marathi'], ['hindi'], ['english', 'hindi']])
    langs_in_field = rng.random() < 0.65
    # education / experience
    if kind in SENIOR:
        edu = 'graduate' if rng.random() < 0.8 else rng.choice(['12th', 'postgraduate'])
        exp_min = rng.choice([1, 2, 2, 3, 4, 5]) if kind not in ('customer-experience-manager', 'operations-manager') else rng.choice([5, 6, 8])
    else:
        edu = rng.choices(['10th', '12th', 'diploma', 'graduate', 'below_10th'], weights=[10, 42, 8, 38, 2])[0]
        if kind in ('accounts-assistant', 'reconciliation-executive', 'mis-executive', 'kyc-compliance-executive', 'hr-operations-executive'):
            edu = rng.choice(['graduate', 'graduate', '12th', 'postgraduate'])
        exp_min = rng.choices([0, 0, 0, 1, 2, 3], weights=[30, 20, 15, 18, 10, 7])[0]
    exp_max = exp_min + rng.choice([1, 2, 3, 5])
    fresher_ok = exp_min == 0
    fresher_text_only = False
    if exp_min == 1 and rng.random() < 0.25:
        fresher_ok = True; fresher_text_only = True  # field says 1 yr, text says freshers ok
    # salary
    lo, hi, spread = PAY[kind]
    smin = round500(rng.uniform(lo, hi)); smax = smin + round500(rng.uniform(spread * 0.5, spread * 1.5))
    smax = min(smax, 125000)
    if rng.random() < 0.16: smin = None; smax = None
    # text
    title = rng.choice(TITLES[kind])
    industry = TITLE_IND.get(title, industry)
    suffix = ''
    if rng.random() < 0.12: suffix = rng.choice([" - Hiring!!", " | Urgent", " (Walk-in)", " - " + CITIES[city]['name']])
    title += suffix
    duties = rng.sample(DUTIES[kind], k=min(len(DUTIES[kind]), rng.choice([2, 3])))
    parts = [rng.choice(INDUSTRY_LINES[industry])] + duties
    if shift_text: parts.append(shift_text)
    if langs and (not langs_in_field or rng.random() < 0.5):
        parts.append("Languages: " + ", ".join(rng.choice(LANG_TEXT[l]) for l in langs) + ".")
    if fresher_ok: parts.append(rng.choice(FRESHER_TEXT))
    else: parts.append(rng.choice(NOT_FRESHER).format(n=exp_min))
    if wm == 'remote': parts.append(rng.choice(WFH_TEXT))
    walkin = rng.random() < 0.2 or suffix == " (Walk-in)"
    if walkin: parts.append(rng.choice(WALKIN))
    if rng.random() < 0.2: parts.append(rng.choice(IMMEDIATE))
    if smin is None: parts.append(rng.choice(["Salary: best in industry.", "Salary as per interview.", "पगार मुलाखतीनंतर ठरेल."]))
    perks = sorted(rng.sample([p['slug'] for p in TAX['perks']], k=rng.choice([0, 1, 2, 3])))
    if night and 'cab' not in perks: perks = sorted(perks + ['cab'])
    if kind == 'telecaller' and 'incentives' not in perks: perks = sorted(perks + ['incentives'])
    also = [industry]
    if kind == 'telecaller' and industry in ('banking', 'sales-marketing') and 'EMI' in ' '.join(duties):
        pass
    if kind in ('chat-support-executive',) and rng.random() < 0.3: also.append('email-support-executive')
    if kind == 'email-support-executive' and rng.random() < 0.3: also.append('chat-support-executive')
    if kind == 'data-entry-operator' and rng.random() < 0.3: also.append('back-office-executive')
    if kind == 'mis-executive' and rng.random() < 0.3: also.append('data-entry-operator')
    if kind == 'technical-support-specialist' and rng.random() < 0.3: also.append('help-desk-technician')
    return {
        'id': f'r3-{i:03d}', 'title': title, 'description': ' '.join(parts), 'company': rng.choice(COMPANIES),
        'category': ROLE_CAT[filed], 'role': filed, 'industry': industry, 'city': city, 'locality': loc['slug'],
        'work_mode': wm, 'shift': shift, 'salary_min': smin, 'salary_max': smax,
        'experience_min': exp_min, 'experience_max': exp_max, 'education_min': edu,
        'languages': [{'slug': l, 'level': 'fluent' if l == 'english' and kind == 'international-voice-agent' else rng.choice(['conversational', 'fluent'])} for l in langs] if langs_in_field else [],
        'skills': sorted(rng.sample(SKILLS[kind], k=min(2, len(SKILLS[kind])))), 'perks': perks, 'openings': rng.choice([1, 2, 3, 5, 10, 20, 50]),
        'walk_in': walkin,
        'truth': {'kind': kind, 'also': sorted(set(also)), 'langs': sorted(langs), 'night': night, 'fresher_ok': fresher_ok},
    }


def main():
    posts = [make(i) for i in range(1, 481)]
    json.dump(posts, open(os.path.join(ROOT, 'postings.json'), 'w'), ensure_ascii=False, indent=1)
    print(len(posts), 'postings; misfiled:', sum(p['role'] != p['truth']['kind'] for p in posts))

if __name__ == '__main__':
    main()
