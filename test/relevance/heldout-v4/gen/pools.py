# Hand-written text pools for the rel-v4 held-out set. Every sentence below was typed by hand.
# Placeholders: {loc} locality name, {city} city name, {co} company, {lm} landmark.

# Titles per true kind. Mix of clean, typo, abbreviation, company-internal, Hinglish.
TITLES = {
    'call-centre-agent': [
        'Call Centre Executive', 'Call Center Agent - Inbound', 'BPO Voice Process', 'Customer Care Executive (Voice)',
        'Inbound Voice Process - Domestic', 'Call centre job {loc}', 'Voice Process Associate', 'CCE - Inbound Calls',
        'Call Senter Executive', 'BPO Job for Freshers', 'Customer Support Associate (Voice)', 'Domestic BPO - Hindi Voice',
    ],
    'customer-service-representative': [
        'Customer Service Representative', 'Customer Service Executive', 'CSR - Walk in', 'Custmer Service Exec',
        'Customer Relationship Executive', 'Customer Care Officer', 'Front Desk Customer Service', 'Service Desk Associate',
        'Customer Service Associate - Branch', 'Client Servicing Executive',
    ],
    'international-voice-agent': [
        'International Voice Process', 'International BPO - US Process', 'Intl Voice Agent (UK Process)',
        'Customer Support - International Voice', 'International Call Center Executive', 'US Shift Voice Process',
        'Internationl Voice Proces', 'Australian Process - Voice', 'Travel Process (International Voice)',
        'Global Customer Care Associate',
    ],
    'chat-support-executive': [
        'Chat Support Executive', 'Non Voice Chat Process', 'Live Chat Agent', 'Customer Support - Chat',
        'Chat Process Associate', 'Non-voice Process (Chat)', 'Chat Suport Executive', 'Web Chat Advisor',
        'Chat & Social Media Support', 'E-commerce Chat Support',
    ],
    'email-support-executive': [
        'Email Support Executive', 'Non Voice - Email Process', 'Email & Ticket Support Associate', 'Email Process Associate',
        'Customer Support (Email)', 'E-mail Support Executive', 'Backend Email Support', 'Email Resolution Specialist',
    ],
    'technical-support-specialist': [
        'Technical Support Executive', 'Tech Support - Voice', 'Technical Support Specialist (L1)', 'Tech Support Associate - Broadband',
        'Technical Suport Executive', 'IT Support Voice Process', 'Printer & Router Tech Support', 'Technical Customer Support Engineer',
    ],
    'help-desk-technician': [
        'Help Desk Technician', 'IT Helpdesk Executive', 'Service Desk Analyst L1', 'Desktop Support / Helpdesk',
        'Helpdesk Support Engineer', 'IT Help Desk Associate', 'Helpdesk Executive (IT)', 'Hardware & Helpdesk Support',
    ],
    'customer-success-manager': [
        'Customer Success Manager', 'Customer Success Executive', 'CSM - SaaS Accounts', 'Key Account Manager - Customer Success',
        'Client Success Manager', 'Customer Sucess Manager', 'Account Manager (Customer Success)',
    ],
    'customer-experience-manager': [
        'Customer Experience Manager', 'CX Manager', 'Manager - Customer Experience', 'Head - Customer Service & CX',
        'Customer Experiance Manager', 'Service Experience Manager',
    ],
    'operations-manager': [
        'Operations Manager - BPO', 'Process Manager (Voice)', 'Assistant Manager Operations', 'Ops Manager - Contact Centre',
        'Operations Manager (Call Centre)', 'Delivery Manager - BPO Operations',
    ],
    'quality-analyst': [
        'Quality Analyst', 'Quality Analyst - Voice Process', 'QA - Call Audit', 'Quality Auditor (BPO)', 'Quality Analist',
        'Call Quality Analyst', 'Process Quality Associate', 'Quality Coach - Contact Centre',
    ],
    'team-lead': [
        'Team Leader - Voice Process', 'Team Lead (BPO)', 'TL - Inbound Process', 'Supervisor - Call Centre', 'Team Leader Collections',
        'Floor Supervisor', 'Team Leder - Customer Support', 'Shift Supervisor - Contact Centre',
    ],
    'telecaller': [
        'Telecaller', 'Tele Caller - Outbound', 'Telesales Executive', 'Telecalling Executive', 'Tele Sales - Loans',
        'Outbound Calling Executive', 'Telecaller (Female/Male)', 'Insurance Telesales', 'Tellecaller', 'Inside Sales - Calling',
        'Telecaller job {loc}', 'Collection Telecaller',
    ],
    'training-specialist': [
        'Process Trainer', 'Training Specialist - Contact Centre', 'Trainer (Voice & Accent)', 'Soft Skills Trainer - BPO',
        'Product Trainer', 'Training Executive', 'Process Traner',
    ],
    'back-office-executive': [
        'Back Office Executive', 'Backend Executive', 'Back Office Job', 'Office Assistant - Back Office', 'Back Ofice Executive',
        'Backend Operations Associate', 'Back Office Coordinator', 'Non Voice Back Office', 'Back End Process Associate',
        'Back office staff {loc}',
    ],
    'data-entry-operator': [
        'Data Entry Operator', 'Data Entry Executive', 'Computer Operator', 'Data Entry Job', 'Typist / Data Entry',
        'Data Entery Operator', 'DEO - Offline Data Entry', 'Computer Operator cum Data Entry', 'Data Entry Operator {loc}',
        'Typing job - Data Entry',
    ],
    'mis-executive': [
        'MIS Executive', 'MIS Executive (Advanced Excel)', 'MIS & Reporting Analyst', 'MIS Coordinator', 'Excel MIS Executive',
        'Reporting Executive - MIS', 'M.I.S Executive',
    ],
    'accounts-assistant': [
        'Accounts Assistant', 'Accountant (Tally)', 'Accounts Executive', 'Junior Accountant', 'Accounts Assistent',
        'Billing & Accounts Assistant', 'Account Assistant - GST', 'Tally Operator',
    ],
    'reconciliation-executive': [
        'Reconciliation Executive', 'Bank Reconciliation Associate', 'Recon Analyst', 'Payment Reconciliation Executive',
        'Accounts Reconciliation - Process Associate', 'Reconcilation Executive', 'Vendor Reconciliation Executive',
    ],
    'hr-operations-executive': [
        'HR Operations Executive', 'HR Executive (Payroll & Onboarding)', 'HR Ops Associate', 'HR Coordinator',
        'Payroll Executive', 'HR Admin Executive', 'HR Executiv - Operations', 'Recruitment & HR Ops Executive',
    ],
    'kyc-compliance-executive': [
        'KYC Executive', 'KYC Analyst', 'Compliance Executive', 'KYC Verification Associate', 'AML / KYC Analyst',
        'Document Verification - KYC', 'Re-KYC Process Associate', 'KYC Excutive',
    ],
    'operations-executive': [
        'Operations Executive', 'Operations Associate', 'Ops Executive', 'Process Associate - Operations',
        'Operations Coordinator', 'Order Processing Executive', 'Operation Executive', 'Fulfilment Operations Executive',
    ],
    'admin-executive': [
        'Admin Executive', 'Office Administrator', 'Admin Assistant', 'Admin cum Front Office Executive',
        'Facility & Admin Executive', 'Office Admin', 'Admin Excutive',
    ],
    'documentation-executive': [
        'Documentation Executive', 'Documentation Assistant', 'Loan Documentation Executive', 'Export Documentation Executive',
        'Policy Documentation Associate', 'Documentaion Executive', 'Document Controller',
    ],
}

# Non-English titles per kind group.
GROUP = {
    'call-centre-agent': 'voice', 'customer-service-representative': 'voice', 'international-voice-agent': 'intl',
    'chat-support-executive': 'nonvoice', 'email-support-executive': 'nonvoice', 'technical-support-specialist': 'tech',
    'help-desk-technician': 'tech', 'customer-success-manager': 'senior', 'customer-experience-manager': 'senior',
    'operations-manager': 'senior', 'quality-analyst': 'senior', 'team-lead': 'senior', 'telecaller': 'tele',
    'training-specialist': 'senior', 'back-office-executive': 'bo', 'data-entry-operator': 'de', 'mis-executive': 'bo',
    'accounts-assistant': 'acc', 'reconciliation-executive': 'acc', 'hr-operations-executive': 'bo',
    'kyc-compliance-executive': 'bo', 'operations-executive': 'bo', 'admin-executive': 'bo', 'documentation-executive': 'bo',
}

TITLES_HINGLISH = {
    'voice': ['Call centre me naukri - {loc}', 'Calling job chahiye? BPO voice', 'Customer care ki job, {loc}', 'BPO job turant joining'],
    'intl': ['International voice - English bolne wale chahiye', 'US process night shift job', 'Angrezi calling job (International)'],
    'nonvoice': ['Non voice job - chat/email', 'Bina calling wali job - chat process', 'Chat process me job'],
    'tech': ['Technical support ki job', 'Computer/Internet support calling job'],
    'senior': ['Team handle karne wala chahiye', 'BPO experienced senior ke liye opening'],
    'tele': ['Telecaller chahiye - {loc}', 'Phone pe baat karne ki job', 'Calling ka kaam, salary + incentive', 'Telecalling ki naukri'],
    'bo': ['Back office ki naukri - {loc}', 'Office ka kaam, computer aana chahiye', 'Backend job ladies/gents'],
    'de': ['Data entry ka kaam - {loc}', 'Typing job 12th pass', 'Computer pe typing ka kaam'],
    'acc': ['Accounts ka kaam, Tally aana chahiye', 'Hisab kitab / accounts job'],
}
TITLES_MR_ROMAN = {
    'voice': ['Call centre madhe naukri - {loc}', 'Customer care sathi mule-muli pahije', 'BPO job - Marathi bolnare'],
    'intl': ['International voice - English changla pahije'],
    'nonvoice': ['Chat process sathi candidates pahijet'],
    'tech': ['Technical support job - {city}'],
    'senior': ['Anubhavi Team Leader pahije'],
    'tele': ['Telecaller pahije - {loc}', 'Phone var bolnyache kaam', 'Telecalling job Marathi'],
    'bo': ['Back office sathi mulgi/mulga pahije', 'Office kaam - {loc}'],
    'de': ['Data entry operator pahije', 'Computer var typing kaam - {loc}'],
    'acc': ['Accounts sathi Tally yenara pahije'],
}
TITLES_DEVA_HI = {
    'voice': ['कॉल सेंटर जॉब - {loc}', 'कस्टमर केयर एग्जीक्यूटिव', 'बीपीओ वॉइस प्रोसेस'],
    'intl': ['इंटरनेशनल वॉइस प्रोसेस (नाइट शिफ्ट)'],
    'nonvoice': ['नॉन वॉइस चैट प्रोसेस'],
    'tech': ['टेक्निकल सपोर्ट एग्जीक्यूटिव'],
    'senior': ['टीम लीडर - कॉल सेंटर'],
    'tele': ['टेलीकॉलर की आवश्यकता', 'टेलीकॉलिंग जॉब - {loc}'],
    'bo': ['बैक ऑफिस एग्जीक्यूटिव', 'बैक ऑफिस की नौकरी'],
    'de': ['डेटा एंट्री ऑपरेटर चाहिए', 'कंप्यूटर ऑपरेटर / डेटा एंट्री'],
    'acc': ['अकाउंटेंट (टैली) चाहिए'],
}
TITLES_DEVA_MR = {
    'voice': ['कॉल सेंटर नोकरी - {loc}', 'कस्टमर केअर एक्झिक्युटिव्ह पाहिजे'],
    'intl': ['इंटरनॅशनल व्हॉइस प्रोसेस'],
    'nonvoice': ['चॅट सपोर्ट - नॉन व्हॉइस'],
    'tech': ['टेक्निकल सपोर्ट नोकरी'],
    'senior': ['टीम लीडर पाहिजे'],
    'tele': ['टेलिकॉलर पाहिजे', 'टेलिकॉलिंग नोकरी - {loc}'],
    'bo': ['बॅक ऑफिस एक्झिक्युटिव्ह', 'बॅक ऑफिस नोकरी - {loc}'],
    'de': ['डेटा एंट्री ऑपरेटर पाहिजे', 'संगणक ऑपरेटर पाहिजे'],
    'acc': ['अकाउंटंट (टॅली) पाहिजे'],
}

# Opening line describing the work, per kind (English).
DUTIES = {
    'call-centre-agent': ['Handle inbound calls from customers about their orders, bills and complaints.',
                          'You will answer customer calls, log the issue in CRM and close it on the first call where possible.',
                          'Attend incoming calls, resolve queries and keep average handling time within target.'],
    'customer-service-representative': ['Attend walk-in and phone customers, solve service requests and update records.',
                                        'Resolve customer queries over phone and at the branch desk, and follow up until closure.',
                                        'Be the first point of contact for customers; log complaints and track them till resolution.'],
    'international-voice-agent': ['Take calls from customers in the US, help with billing and account questions.',
                                  'Handle inbound calls from UK customers for a telecom client; neutral accent needed.',
                                  'Support customers of an American retail brand over the phone; CSAT and FCR are tracked.'],
    'chat-support-executive': ['Answer customer chats on website and app, up to 3 chats at a time. No calling.',
                               'Reply to customer chats about orders, returns and refunds using the chat tool.',
                               'Handle live chat and WhatsApp queries; typing speed 30+ WPM with good grammar.'],
    'email-support-executive': ['Reply to customer emails and tickets within the SLA. Pure non-voice.',
                                'Resolve customer tickets by email in Freshdesk/Zendesk; write clear, polite English.',
                                'Work on email queue, draft responses and escalate where needed.'],
    'technical-support-specialist': ['Troubleshoot broadband, router and set-top box issues over the phone.',
                                     'Give L1 technical support to customers for laptops, printers and software installation.',
                                     'Diagnose connectivity problems on call and raise tickets for field engineers.'],
    'help-desk-technician': ['Support employees with desktop, Outlook, VPN and password reset issues; log tickets in the ITSM tool.',
                             'Attend IT helpdesk calls and walk-up requests, install software and fix hardware issues.',
                             'Handle L1 IT service desk tickets, user account creation and printer problems.'],
    'customer-success-manager': ['Own a portfolio of business clients, run onboarding and quarterly reviews, reduce churn.',
                                 'Manage key accounts after sale, drive renewals and product adoption.'],
    'customer-experience-manager': ['Lead the customer experience function: NPS, CSAT, journey mapping and complaint reduction.',
                                    'Own the end-to-end service experience across call centre, chat and stores.'],
    'operations-manager': ['Manage 3-4 team leaders and 60+ agents on an inbound process; own SLA, AHT and attrition.',
                           'Run day-to-day contact centre operations, client reporting and capacity planning.'],
    'quality-analyst': ['Audit calls and chats, give feedback to agents and prepare quality reports.',
                        'Listen to recorded calls, score them on the quality form and run calibration sessions.'],
    'team-lead': ['Lead a team of 15-20 agents, monitor AHT and CSAT, handle escalations.',
                  'Supervise the floor, coach agents and prepare daily performance reports.'],
    'telecaller': ['Call leads given by the company and explain our loan / credit card products.',
                   'Make outbound calls to customers, explain the plan and close sales. Good incentives.',
                   'Call existing customers for renewals and cross-sell. Lead data provided.'],
    'training-specialist': ['Train new joiners on process, product and soft skills; run refreshers and certification.',
                            'Conduct induction and process training batches and track trainee performance.'],
    'back-office-executive': ['Maintain records, update customer files and prepare daily reports in Excel.',
                              'Handle back-end work: record keeping, client account documentation and coordination with other teams.',
                              'Process customer requests in the system, check documents and update trackers.'],
    'data-entry-operator': ['Enter data from forms and invoices into the software accurately. Typing speed 25-30 WPM.',
                            'Update product and customer data in Excel and the company portal.',
                            'Data entry of bills, purchase orders and stock in the system; accuracy is important.'],
    'mis-executive': ['Prepare daily, weekly and monthly MIS reports in Excel using VLOOKUP, pivot tables and macros.',
                      'Maintain dashboards, pull data from the CRM and send performance reports to management.'],
    'accounts-assistant': ['Do entries in Tally, GST invoices, vendor payments and petty cash.',
                           'Maintain books of accounts, bank entries and help in monthly closing.'],
    'reconciliation-executive': ['Reconcile bank statements and payment gateway settlements with the ledger.',
                                 'Match customer balances, clear unreconciled items and prepare reconciliation reports.'],
    'hr-operations-executive': ['Handle joining formalities, attendance, payroll inputs, PF/ESI and employee records.',
                                'Support HR interviews, onboarding documentation and exit formalities.'],
    'kyc-compliance-executive': ['Verify customer KYC documents (PAN, Aadhaar, address proof) and flag mismatches.',
                                 'Do KYC checks, AML screening and maintain compliance records as per RBI guidelines.'],
    'operations-executive': ['Track orders, coordinate with vendors and warehouse, and update the operations tracker.',
                             'Handle process operations: case processing, TAT tracking and daily reporting.'],
    'admin-executive': ['Manage office administration: housekeeping, vendors, stationery, courier and meeting rooms.',
                        'Take care of front office, visitor management, office equipment tracking and arranging meetings.'],
    'documentation-executive': ['Prepare and check loan/policy documents, scan and file them, and follow up for pending papers.',
                                'Prepare shipping and export documents and keep the document register updated.'],
}

DUTIES_HINGLISH = {
    'voice': 'Customer ke call attend karne hai aur unki problem solve karni hai.',
    'intl': 'Foreign customers ke calls lene hai, English fluent honi chahiye.',
    'nonvoice': 'Calling nahi hai, sirf chat/email pe customer ko reply karna hai.',
    'tech': 'Customer ko phone pe internet / computer ki problem solve karke deni hai.',
    'senior': 'Team ko handle karna, report banana aur agents ko guide karna.',
    'tele': 'Company ka data milega, customers ko call karke product explain karna hai.',
    'bo': 'Office me computer pe kaam, files maintain karna aur Excel me report banana.',
    'de': 'Computer pe data entry ka kaam hai, typing fast honi chahiye.',
    'acc': 'Tally me entry, bills aur payment ka hisaab rakhna.',
}
DUTIES_MR_ROMAN = {
    'voice': 'Customer che call ghyayche ani tyanchi adchan sodavaychi.',
    'intl': 'Pardeshi customers che call, English changli yayla havi.',
    'nonvoice': 'Calling nahi, fakt chat / email var uttar dyayche.',
    'tech': 'Customer la phone var internet chi adchan sodavun dyaychi.',
    'senior': 'Team sambhalne, report banavne ani agents la margdarshan.',
    'tele': 'Company data deil, customers la call karun product sangayche.',
    'bo': 'Office madhe computer var kaam, files ani Excel report.',
    'de': 'Computer var data entry che kaam, typing vegane yayla have.',
    'acc': 'Tally madhe entry ani hishob theyvne.',
}
DUTIES_DEVA_HI = {
    'voice': 'ग्राहकों के कॉल अटेंड करना और उनकी समस्या हल करना।',
    'intl': 'विदेशी ग्राहकों के कॉल लेने हैं, अंग्रेज़ी अच्छी होनी चाहिए।',
    'nonvoice': 'कॉलिंग नहीं है, सिर्फ चैट और ईमेल पर जवाब देना है।',
    'tech': 'ग्राहकों की इंटरनेट और कंप्यूटर की समस्या फोन पर हल करनी है।',
    'senior': 'टीम संभालना, रिपोर्ट बनाना और एजेंट्स को ट्रेनिंग देना।',
    'tele': 'कंपनी डेटा देगी, ग्राहकों को कॉल करके प्रोडक्ट समझाना है।',
    'bo': 'ऑफिस में कंप्यूटर पर काम, फाइलें और एक्सेल रिपोर्ट।',
    'de': 'कंप्यूटर पर डेटा एंट्री का काम, टाइपिंग अच्छी होनी चाहिए।',
    'acc': 'टैली में एंट्री और बिल-पेमेंट का हिसाब रखना।',
}
DUTIES_DEVA_MR = {
    'voice': 'ग्राहकांचे कॉल घेणे आणि त्यांच्या अडचणी सोडवणे.',
    'intl': 'परदेशी ग्राहकांचे कॉल, इंग्रजी उत्तम हवे.',
    'nonvoice': 'कॉलिंग नाही, फक्त चॅट आणि ईमेलवर उत्तर देणे.',
    'tech': 'ग्राहकांच्या इंटरनेट व संगणकाच्या अडचणी फोनवर सोडवणे.',
    'senior': 'टीम सांभाळणे, रिपोर्ट तयार करणे आणि एजंटना मार्गदर्शन.',
    'tele': 'कंपनी डेटा देईल, ग्राहकांना कॉल करून उत्पादन समजावणे.',
    'bo': 'ऑफिसमध्ये संगणकावर काम, फाईल्स आणि एक्सेल रिपोर्ट.',
    'de': 'संगणकावर डेटा एंट्रीचे काम, टायपिंग चांगले हवे.',
    'acc': 'टॅलीमध्ये नोंदी आणि हिशोब ठेवणे.',
}

# Feature sentences by style.
NIGHT = {
    'en': ['US process - night shift, 7:00 pm to 4:00 am.', 'Night shift only (US timings); cab drop provided after shift.',
           'Shift timings: 9:30 pm to 6:30 am, 5 days working.', 'Graveyard shift for a US client, two rotational offs.'],
    'hinglish': ['Raat ki shift hai (US process), drop ke liye cab milegi.', 'Night shift - shaam 7 se subah 4 baje tak.'],
    'mr': ['Ratrichi shift (US process), cab suvidha ahe.', 'Night shift - sandhyakali 7 te pahate 4.'],
    'deva_hi': ['रात की शिफ्ट (US प्रोसेस), कैब सुविधा।'],
    'deva_mr': ['रात्रीची शिफ्ट (US प्रोसेस), कॅब सुविधा.'],
}
UKSHIFT = {
    'en': ['UK shift: 1:30 pm to 10:30 pm.', 'UK process, afternoon shift 12 pm - 9 pm.'],
    'hinglish': ['UK shift hai, dopahar 1 se raat 10 tak.'], 'mr': ['UK shift - dupari 1 te ratri 10.'],
    'deva_hi': ['यूके शिफ्ट: दोपहर 1 से रात 10 बजे तक।'], 'deva_mr': ['यूके शिफ्ट: दुपारी 1 ते रात्री 10.'],
}
DAYSHIFT = {
    'en': ['Day shift, 9:30 am to 6:30 pm, Sunday off.', 'General shift 10 to 7, six days.', 'Timings 9 to 6, Monday to Saturday.'],
    'hinglish': ['Din ki shift, subah 10 se shaam 7.', 'Sirf day shift, Sunday chhutti.'],
    'mr': ['Divsachi shift, sakali 10 te sandhyakali 7.', 'Ravivar sutti, day shift.'],
    'deva_hi': ['दिन की शिफ्ट, सुबह 10 से शाम 7 बजे तक।'], 'deva_mr': ['दिवसाची शिफ्ट, सकाळी 10 ते संध्याकाळी 7.'],
}
ROTATIONAL = {
    'en': ['Rotational shifts (day/evening), rotational week offs.', 'Shifts rotate between 7 am and 10 pm; women till 8 pm.'],
    'hinglish': ['Rotational shift hai, week off bhi rotational.'], 'mr': ['Rotational shift, aathvadyatun ek sutti.'],
    'deva_hi': ['रोटेशनल शिफ्ट।'], 'deva_mr': ['रोटेशनल शिफ्ट.'],
}
LANG_NAMES = {'english': 'English', 'hindi': 'Hindi', 'marathi': 'Marathi', 'gujarati': 'Gujarati', 'tamil': 'Tamil',
              'telugu': 'Telugu', 'kannada': 'Kannada', 'bengali': 'Bengali'}
LANG_SENT = {
    'en': ['Must speak {L} fluently.', 'Languages: {L}.', '{L} speaking candidates preferred.', 'Good communication in {L} required.'],
    'hinglish': ['{L} bolna aana chahiye.', '{L} me baat kar sake aise candidate chahiye.'],
    'mr': ['{L} bolta yayla pahije.', '{L} bolnare umedvar pahijet.'],
    'deva_hi': ['भाषा: {L}।'], 'deva_mr': ['भाषा: {L}.'],
}
FRESHER = {
    'en': ['Freshers welcome, training will be given.', 'Freshers can apply.', '0-1 year experience; freshers are OK.',
           'No experience needed.'],
    'hinglish': ['Fresher bhi chalega, training denge.', 'Experience nahi hai to bhi apply karo.'],
    'mr': ['Fresher chalel, training deu.', 'Anubhav nasla tari chalel.'],
    'deva_hi': ['फ्रेशर्स भी आवेदन करें, ट्रेनिंग दी जाएगी।'], 'deva_mr': ['फ्रेशर्स चालतील, प्रशिक्षण दिले जाईल.'],
}
EXPERIENCED = {
    'en': ['Minimum {n} year(s) of relevant experience required.', 'Only experienced candidates ({n}+ yrs).', 'Need {n}+ years in a similar role; freshers please excuse.'],
    'hinglish': ['Kam se kam {n} saal ka experience chahiye.'], 'mr': ['Kamit kami {n} varsh anubhav pahije.'],
    'deva_hi': ['कम से कम {n} साल का अनुभव ज़रूरी।'], 'deva_mr': ['किमान {n} वर्ष अनुभव आवश्यक.'],
}
EDU = {
    'below_10th': {'en': 'Education no bar.', 'hinglish': 'Padhai ki koi shart nahi.', 'mr': 'Shikshanachi at nahi.', 'deva_hi': 'शिक्षा की कोई शर्त नहीं।', 'deva_mr': 'शिक्षणाची अट नाही.'},
    '10th': {'en': 'Qualification: SSC / 10th pass.', 'hinglish': '10th pass chalega.', 'mr': '10vi pass chalel.', 'deva_hi': '10वीं पास चलेगा।', 'deva_mr': 'दहावी पास चालेल.'},
    '12th': {'en': 'HSC / 12th pass and above.', 'hinglish': '12th pass ho to bhi chalega.', 'mr': '12vi pass pahije.', 'deva_hi': '12वीं पास।', 'deva_mr': 'बारावी पास.'},
    'diploma': {'en': 'Diploma or graduate.', 'hinglish': 'Diploma holder chalega.', 'mr': 'Diploma asel tar chalel.', 'deva_hi': 'डिप्लोमा या ग्रेजुएट।', 'deva_mr': 'डिप्लोमा किंवा पदवीधर.'},
    'graduate': {'en': 'Any graduate (B.Com preferred).', 'hinglish': 'Graduate hona zaroori hai.', 'mr': 'Padvidhar pahije.', 'deva_hi': 'ग्रेजुएट होना ज़रूरी।', 'deva_mr': 'पदवीधर आवश्यक.'},
    'postgraduate': {'en': 'MBA / postgraduate preferred.', 'hinglish': 'MBA ya PG chahiye.', 'mr': 'MBA / PG pahije.', 'deva_hi': 'एमबीए / पोस्ट ग्रेजुएट।', 'deva_mr': 'एमबीए / पदव्युत्तर.'},
}
WALKIN = {
    'en': ['Walk-in interview Monday to Saturday, 11 am to 3 pm, near {lm}. Bring resume, Aadhaar and two photos.',
           'Walk-in drive this week, 10 am - 2 pm. Venue: our {loc} office, opposite {lm}. Ask for HR.',
           'Direct walk-in with updated CV and ID proof; landmark {lm}.'],
    'hinglish': ['Seedha walk-in aao, 11 se 3 baje, {lm} ke paas. Resume aur Aadhaar laana.'],
    'mr': ['Thet mulakhat (walk-in) 11 te 3, {lm} javal. Resume ani Aadhaar aana.'],
    'deva_hi': ['वॉक-इन इंटरव्यू, सुबह 11 से 3 बजे, {lm} के पास। रिज़्यूमे और आधार लाएं।'],
    'deva_mr': ['थेट मुलाखत (वॉक-इन), सकाळी 11 ते 3, {lm} जवळ. बायोडाटा व आधार आणा.'],
}
INDUSTRY = {
    'banking': ['Process for a leading private sector bank.', 'Banking process - savings account and card queries.', 'Client: a large NBFC / bank.'],
    'insurance': ['Insurance process (health and motor policies).', 'For a life insurance company.'],
    'telecom': ['Telecom process - prepaid/postpaid customers.', 'Client is a major telecom and broadband provider.'],
    'e-commerce': ['E-commerce process: orders, returns and refunds.', 'For a top online shopping app.'],
    'healthcare': ['Healthcare process - hospital appointments and insurance claims.', 'US healthcare (medical billing) client.'],
    'bpo-kpo': ['We are a BPO/KPO serving multiple clients.', 'Mid-size BPO with domestic and international processes.'],
    'it-services': ['IT services company with global clients.', 'Software company, support for our SaaS product.'],
    'analytics': ['Analytics firm; data-heavy work.'],
    'market-research': ['Market research company - survey and panel operations.'],
    'sales-marketing': ['Sales and marketing agency.', 'Direct marketing company.'],
}
COLLECTIONS = ['Collections / recovery calling for personal loans and credit cards.', 'Recovery process: call customers with overdue EMIs.',
               'Loan collection (soft recovery) over phone.']
REMOTE = {
    'en': ['Work from home; you need your own laptop and broadband.', 'Remote job - WFH permanently.', 'Fully remote, anywhere in Maharashtra.'],
    'hinglish': ['Ghar baithe kaam (WFH), apna laptop chahiye.', 'Work from home - ghar se kaam.'],
    'mr': ['Gharun kaam (WFH), laptop pahije.'], 'deva_hi': ['घर से काम (वर्क फ्रॉम होम)।'], 'deva_mr': ['घरून काम (वर्क फ्रॉम होम).'],
}
HYBRID = {'en': ['Hybrid: 3 days office, 2 days WFH.', 'Hybrid working after training.'], 'hinglish': ['Hybrid - kuch din office, kuch din ghar se.'],
          'mr': ['Hybrid - kahi divas office.'], 'deva_hi': ['हाइब्रिड काम।'], 'deva_mr': ['हायब्रिड काम.']}
SALARY = {
    'en': ['Salary {a} - {b} per month + incentives.', 'In-hand {a} to {b}.', 'CTC {lpa} LPA.', 'Salary: Rs. {a}-{b}/month.'],
    'hinglish': ['Salary {a} se {b} tak.', 'Pagaar {a}-{b} mahina.'], 'mr': ['Pagar {a} te {b} mahina.'],
    'deva_hi': ['वेतन ₹{a} - ₹{b} प्रति माह।'], 'deva_mr': ['पगार ₹{a} ते ₹{b} दरमहा.'],
}
NOSALARY = {'en': ['Salary: best in industry.', 'Salary as per interview.', 'Salary not a constraint for the right candidate.', 'Salary negotiable.'],
            'hinglish': ['Salary interview ke baad decide hogi.'], 'mr': ['Pagar mulakhati nantar tharel.'],
            'deva_hi': ['वेतन इंटरव्यू के अनुसार।'], 'deva_mr': ['पगार मुलाखतीनुसार.'],}
PERK_SENT = {'cab': 'Cab facility.', 'pf': 'PF and ESI as per rules.', 'incentives': 'Attractive incentives.', 'meals': 'Free meals in office.',
             'health-insurance': 'Health insurance for self and family.', 'training': 'Paid training.', 'esi': 'ESI covered.'}
CLOSERS = ['Apply now or call HR.', 'Immediate joiners preferred.', 'Share CV on the portal.', 'Limited openings.', '',
           'Interested candidates apply through Deskhire.', 'Joining within a week.', '']

COMPANIES = ['Sahyadri Contact Solutions', 'Konkan BPO Services', 'Vighnaharta Outsourcing', 'BlueLotus CX Pvt Ltd', 'Tarangan Support Services',
             'Pratham Finserv', 'Nirmal Health Assist', 'Shubh Telelink', 'DeccanData KPO', 'Indrayani Back Office Solutions',
             'Godavari Infotech', 'Omkar Credit Care', 'Varun Insurance Brokers', 'Kalpavriksha Retail Online', 'Meghdoot Telecom Services',
             'Sanket Analytics', 'Marigold Research', 'Arya Placement Consultants', 'Sahakar Urban Bank', 'Tejas Logistics Online',
             'Nandanvan Hospitals', 'Suyog Enterprises', 'Vistara Software', 'Shree Ganesh Traders', 'Trimurti Exports']

LANDMARKS_LOCAL = {
    'hinglish': ['station', 'bus depot', 'mall', 'post office', 'petrol pump', 'mandir'],
    'mr': ['station', 'ST stand', 'mall', 'post office', 'petrol pump', 'Ganpati mandir'],
    'deva_hi': ['रेलवे स्टेशन', 'बस डिपो', 'मॉल', 'पोस्ट ऑफिस', 'पेट्रोल पंप', 'हनुमान मंदिर'],
    'deva_mr': ['रेल्वे स्टेशन', 'एसटी स्टँड', 'मॉल', 'पोस्ट ऑफिस', 'पेट्रोल पंप', 'गणपती मंदिर'],
}
LANDMARKS = ['the railway station', 'the bus depot', 'the big mall', 'the post office', 'the petrol pump', 'the main signal',
             'the municipal office', 'the Hanuman temple', 'the metro station', 'the bank branch']
