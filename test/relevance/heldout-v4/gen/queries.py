# Hand-written seeker queries for rel-v4. Rules use only the heldout rule grammar.
VOICE = ['call-centre-agent', 'customer-service-representative', 'international-voice-agent']
VOICE_ALL = VOICE + ['telecaller', 'technical-support-specialist']
NONVOICE = ['chat-support-executive', 'email-support-executive']
BO_CORE = ['back-office-executive', 'data-entry-operator', 'operations-executive', 'documentation-executive', 'mis-executive']
BO_ALL = BO_CORE + ['accounts-assistant', 'reconciliation-executive', 'hr-operations-executive', 'kyc-compliance-executive', 'admin-executive']
SENIOR = ['team-lead', 'operations-manager', 'quality-analyst', 'training-specialist', 'customer-experience-manager', 'customer-success-manager']

# station / locality points (from taxonomy.json, copied by hand)
DADAR_STN = {'lat': 19.0186, 'lng': 72.8438}
ANDHERI_STN = {'lat': 19.1197, 'lng': 72.8464}
BORIVALI_STN = {'lat': 19.229, 'lng': 72.8573}
VASHI_LOC = {'lat': 19.0787, 'lng': 73.0005}
AIROLI_LOC = {'lat': 19.151, 'lng': 72.9962}
HINJEWADI_LOC = {'lat': 18.59342, 'lng': 73.72985}
KHARADI_LOC = {'lat': 18.557403, 'lng': 73.928301}
POWAI_LOC = {'lat': 19.1164, 'lng': 72.90471}
MALAD_LOC = {'lat': 19.187229, 'lng': 72.840747}
LOWER_PAREL_LOC = {'lat': 18.998173, 'lng': 72.827469}
BKC_LOC = {'lat': 19.05961, 'lng': 72.855298}
THANE_STN = {'lat': 19.1864, 'lng': 72.9758}


def near(p, km):
    return {'lat': p['lat'], 'lng': p['lng'], 'km': km}


Q = [
    # ---- broad ----
    ('call centre job', {}, 'broad', {'kind_any': VOICE}, {'kind_any': ['telecaller', 'technical-support-specialist'] + NONVOICE}, 'generic call-centre intent'),
    ('bpo jobs mumbai', {}, 'broad', {'kind_any': VOICE + NONVOICE + ['telecaller', 'technical-support-specialist'], 'city_any': ['mumbai']},
     {'kind_any': VOICE + NONVOICE, 'city_any': ['thane', 'navi-mumbai', 'mira-bhayandar']}, 'BPO = call centre incl. non-voice; MMR neighbours partial'),
    ('back office', {}, 'broad', {'kind_any': BO_CORE}, {'kind_any': BO_ALL}, 'back office generic'),
    ('data entry', {}, 'broad', {'kind_any': ['data-entry-operator']}, {'kind_any': ['back-office-executive', 'mis-executive']}, 'data entry'),
    ('telecaller', {}, 'broad', {'kind_any': ['telecaller']}, {'kind_any': ['call-centre-agent']}, 'telecaller = telesales'),
    ('work from home', {}, 'broad', {'work_mode_any': ['remote']}, {'work_mode_any': ['hybrid']}, 'WFH any role'),
    ('custmer suport', {}, 'broad', {'kind_any': ['customer-service-representative', 'call-centre-agent', 'chat-support-executive', 'email-support-executive']},
     {'kind_any': ['technical-support-specialist', 'international-voice-agent', 'help-desk-technician']}, 'typo of customer support'),
    ('night shift job', {}, 'broad', {'night': True}, {'shift_any': ['uk']}, 'night = US process; UK shift is late-evening, partial'),
    ('fresher jobs pune', {}, 'broad', {'fresher_ok': True, 'city_any': ['pune']}, {'city_any': ['pune'], 'experience_max': 1}, 'fresher in Pune'),
    ('कॉल सेंटर', {}, 'broad', {'kind_any': VOICE}, {'kind_any': ['telecaller'] + NONVOICE}, 'Devanagari call centre'),
    ('बॅक ऑफिस नोकरी', {}, 'broad', {'kind_any': BO_CORE}, {'kind_any': BO_ALL}, 'Marathi back office job'),
    ('naukri thane', {}, 'broad', {'city_any': ['thane']}, {'city_any': ['kalyan-dombivli', 'mira-bhayandar', 'navi-mumbai']}, 'any job in Thane'),
    ('international voice process', {}, 'broad', {'kind_any': ['international-voice-agent']}, {'kind_any': ['call-centre-agent'], 'night': True}, 'intl voice'),
    ('technical support', {}, 'broad', {'kind_any': ['technical-support-specialist']}, {'kind_any': ['help-desk-technician']}, 'tech support'),
    ('it helpdesk', {}, 'broad', {'kind_any': ['help-desk-technician']}, {'kind_any': ['technical-support-specialist']}, 'IT helpdesk'),
    ('team leader bpo', {}, 'broad', {'kind_any': ['team-lead']}, {'kind_any': ['operations-manager', 'quality-analyst']}, 'TL'),
    ('quality analyst', {}, 'broad', {'kind_any': ['quality-analyst']}, {'kind_any': ['training-specialist', 'team-lead']}, 'QA'),
    ('accounts tally', {}, 'broad', {'kind_any': ['accounts-assistant']}, {'kind_any': ['reconciliation-executive']}, 'accounts'),
    ('hr jobs', {}, 'broad', {'kind_any': ['hr-operations-executive']}, {'kind_any': ['admin-executive']}, 'HR ops'),
    ('kyc', {}, 'broad', {'kind_any': ['kyc-compliance-executive']}, {'kind_any': ['documentation-executive']}, 'KYC / compliance'),
    ('mis excel', {}, 'broad', {'kind_any': ['mis-executive']}, {'kind_any': ['data-entry-operator', 'reconciliation-executive']}, 'MIS'),
    ('non voice process', {}, 'broad', {'kind_any': NONVOICE + ['back-office-executive', 'data-entry-operator']}, {'kind_any': BO_ALL}, 'non-voice = chat/email/back office'),
    ('voice process navi mumbai', {'city': 'navi-mumbai'}, 'broad', {'kind_any': VOICE_ALL, 'city_any': ['navi-mumbai']},
     {'kind_any': VOICE_ALL, 'city_any': ['thane', 'mumbai', 'panvel']}, 'voice in Navi Mumbai'),
    ('ghar baithe kaam', {}, 'broad', {'work_mode_any': ['remote']}, {'work_mode_any': ['hybrid']}, 'Hinglish WFH'),
    ('back office ki naukri', {}, 'broad', {'kind_any': BO_CORE}, {'kind_any': BO_ALL}, 'Hinglish back office'),
    ('operations executive', {}, 'broad', {'kind_any': ['operations-executive']}, {'kind_any': ['back-office-executive']}, 'ops exec'),
    ('admin job', {}, 'broad', {'kind_any': ['admin-executive']}, {'kind_any': ['back-office-executive', 'hr-operations-executive']}, 'admin'),
    ('customer success manager', {}, 'broad', {'kind_any': ['customer-success-manager']}, {'kind_any': ['customer-experience-manager']}, 'CSM'),
    ('cx manager', {}, 'broad', {'kind_any': ['customer-experience-manager']}, {'kind_any': ['operations-manager', 'customer-success-manager']}, 'CX manager'),
    ('jobs in nagpur', {}, 'broad', {'city_any': ['nagpur']}, None, 'any job in Nagpur'),
    ('nashik call centre', {}, 'broad', {'kind_any': VOICE_ALL, 'city_any': ['nashik']}, {'city_any': ['nashik']}, 'Nashik voice'),
    ('collection calling job', {}, 'broad', {'kind_any': ['collections']}, {'kind_any': ['telecaller']}, 'collections = recovery'),
    ('process trainer bpo', {}, 'broad', {'kind_any': ['training-specialist']}, {'kind_any': ['quality-analyst', 'team-lead']}, 'trainer'),
    ('documentation executive', {}, 'broad', {'kind_any': ['documentation-executive']}, {'kind_any': ['kyc-compliance-executive', 'back-office-executive']}, 'documentation'),
    ('reconciliation', {}, 'broad', {'kind_any': ['reconciliation-executive']}, {'kind_any': ['accounts-assistant']}, 'recon'),
    ('email support', {}, 'broad', {'kind_any': ['email-support-executive']}, {'kind_any': ['chat-support-executive']}, 'email'),
    ('chat process job', {}, 'broad', {'kind_any': ['chat-support-executive']}, {'kind_any': ['email-support-executive']}, 'chat'),
    ('टेलीकॉलर', {}, 'broad', {'kind_any': ['telecaller']}, {'kind_any': ['call-centre-agent']}, 'Hindi telecaller'),
    # ---- narrow ----
    ('data entry thane 12th pass', {}, 'narrow', {'kind_any': ['data-entry-operator'], 'city_any': ['thane'], 'education_max': '12th'},
     {'kind_any': ['data-entry-operator', 'back-office-executive'], 'city_any': ['thane']}, 'DOMAIN example'),
    ('call centre job andheri', {}, 'narrow', {'kind_any': VOICE, 'locality_any': ['andheri-east', 'andheri-west']},
     {'kind_any': VOICE, 'near': near(ANDHERI_STN, 6)}, 'DOMAIN example; nearby partial'),
    ('telecaller 15k malad', {}, 'narrow', {'kind_any': ['telecaller'], 'near': near(MALAD_LOC, 6), 'salary_at_least': 15000},
     {'kind_any': ['telecaller'], 'near': near(MALAD_LOC, 6)}, 'pay number'),
    ('night shift bpo pune', {'city': 'pune'}, 'narrow', {'kind_any': VOICE_ALL, 'night': True, 'city_any': ['pune']},
     {'kind_any': VOICE_ALL, 'city_any': ['pune'], 'shift_any': ['uk']}, 'night in Pune'),
    ('marathi speaking customer care thane', {}, 'narrow', {'kind_any': VOICE + ['telecaller'], 'langs_all': ['marathi'], 'city_any': ['thane']},
     {'kind_any': VOICE + ['telecaller'], 'city_any': ['thane']}, 'language + place'),
    ('work from home data entry', {'work_mode': 'remote'}, 'narrow', {'kind_any': ['data-entry-operator'], 'work_mode_any': ['remote']},
     {'kind_any': ['back-office-executive'], 'work_mode_any': ['remote']}, 'WFH data entry'),
    ('international voice 25k hinjewadi', {}, 'narrow', {'kind_any': ['international-voice-agent'], 'near': near(HINJEWADI_LOC, 8), 'salary_at_least': 25000},
     {'kind_any': ['international-voice-agent'], 'city_any': ['pune']}, 'intl pay place'),
    ('fresher back office vashi', {}, 'narrow', {'kind_any': BO_CORE, 'near': near(VASHI_LOC, 6), 'fresher_ok': True},
     {'kind_any': BO_CORE, 'near': near(VASHI_LOC, 6)}, 'fresher near Vashi'),
    ('call centre near dadar station', {'commute_from': 'dadar', 'commute_max_min': '30'}, 'narrow', {'kind_any': VOICE_ALL, 'near': near(DADAR_STN, 4)},
     {'kind_any': VOICE_ALL, 'near': near(DADAR_STN, 9)}, 'station as place'),
    ('chat support wfh fresher', {}, 'narrow', {'kind_any': ['chat-support-executive'], 'work_mode_any': ['remote'], 'fresher_ok': True},
     {'kind_any': ['chat-support-executive'], 'work_mode_any': ['remote', 'hybrid']}, 'non-voice WFH fresher'),
    ('kyc executive banking mumbai', {'city': 'mumbai'}, 'narrow', {'kind_any': ['kyc-compliance-executive'], 'city_any': ['mumbai']},
     {'kind_any': ['kyc-compliance-executive'], 'city_any': ['thane', 'navi-mumbai']}, 'industry not in rule grammar; judged on kind+city'),
    ('accounts assistant tally pune 18k', {}, 'narrow', {'kind_any': ['accounts-assistant'], 'city_any': ['pune'], 'salary_at_least': 18000},
     {'kind_any': ['accounts-assistant'], 'city_any': ['pune']}, 'pay + city'),
    ('mis executive powai', {}, 'narrow', {'kind_any': ['mis-executive'], 'near': near(POWAI_LOC, 5)},
     {'kind_any': ['mis-executive'], 'city_any': ['mumbai', 'thane']}, 'locality'),
    ('बॅक ऑफिस नोकरी ठाणे दहावी पास', {}, 'narrow', {'kind_any': BO_CORE, 'city_any': ['thane'], 'education_max': '10th'},
     {'kind_any': BO_CORE, 'city_any': ['thane'], 'education_max': '12th'}, 'Marathi: back office Thane SSC'),
    ('कॉल सेंटर नौकरी नवी मुंबई हिंदी', {}, 'narrow', {'kind_any': VOICE_ALL, 'city_any': ['navi-mumbai'], 'langs_all': ['hindi']},
     {'kind_any': VOICE_ALL, 'city_any': ['navi-mumbai']}, 'Hindi: call centre Navi Mumbai Hindi-speaking'),
    ('telecaller ghar se kaam', {}, 'narrow', {'kind_any': ['telecaller'], 'work_mode_any': ['remote']},
     {'kind_any': ['telecaller'], 'work_mode_any': ['hybrid']}, 'WFH telecalling'),
    ('us shift voice process airoli cab', {}, 'narrow', {'kind_any': ['international-voice-agent', 'call-centre-agent'], 'night': True, 'near': near(AIROLI_LOC, 6)},
     {'kind_any': ['international-voice-agent', 'call-centre-agent'], 'night': True, 'near': near(AIROLI_LOC, 15)}, 'US shift Airoli'),
    ('hr payroll executive thane 2 years', {'experience_max': '2'}, 'narrow', {'kind_any': ['hr-operations-executive'], 'city_any': ['thane'], 'experience_max': 2},
     {'kind_any': ['hr-operations-executive'], 'city_any': ['mumbai', 'navi-mumbai']}, 'HR ops Thane'),
    ('tech support kharadi night', {}, 'narrow', {'kind_any': ['technical-support-specialist'], 'night': True, 'near': near(KHARADI_LOC, 8)},
     {'kind_any': ['technical-support-specialist'], 'city_any': ['pune']}, 'tech night Kharadi'),
    ('email process non voice 20k', {'salary_min': '20000'}, 'narrow', {'kind_any': ['email-support-executive'], 'salary_at_least': 20000},
     {'kind_any': ['email-support-executive']}, 'pay'),
    ('operations executive bhiwandi', {}, 'narrow', {'kind_any': ['operations-executive'], 'city_any': ['bhiwandi']},
     {'kind_any': ['operations-executive'], 'city_any': ['thane', 'kalyan-dombivli']}, 'warehouse town'),
    ('data entry job nagpur 10th pass', {}, 'narrow', {'kind_any': ['data-entry-operator'], 'city_any': ['nagpur'], 'education_max': '10th'},
     {'kind_any': ['data-entry-operator'], 'city_any': ['nagpur']}, 'Nagpur SSC'),
    ('backend job kolhapur', {}, 'narrow', {'kind_any': BO_CORE, 'city_any': ['kolhapur']}, {'kind_any': BO_ALL, 'city_any': ['kolhapur']}, 'backend = back office'),
    ('team leader voice process 30k', {}, 'narrow', {'kind_any': ['team-lead'], 'salary_at_least': 30000}, {'kind_any': ['team-lead']}, 'pay'),
    ('customer care job borivali fresher', {}, 'narrow', {'kind_any': VOICE + ['telecaller'], 'near': near(BORIVALI_STN, 5), 'fresher_ok': True},
     {'kind_any': VOICE + ['telecaller'], 'near': near(BORIVALI_STN, 5)}, 'fresher Borivali'),
    ('telecaller marathi speaking nashik', {'language': 'marathi'}, 'narrow', {'kind_any': ['telecaller'], 'langs_all': ['marathi'], 'city_any': ['nashik']},
     {'kind_any': ['telecaller'], 'city_any': ['nashik']}, 'Nashik Marathi'),
    ('quality analyst bpo thane 3 yrs exp', {}, 'narrow', {'kind_any': ['quality-analyst'], 'city_any': ['thane'], 'experience_max': 3},
     {'kind_any': ['quality-analyst'], 'city_any': ['mumbai', 'navi-mumbai']}, 'QA Thane'),
    ('gharun kaam marathi', {}, 'narrow', {'work_mode_any': ['remote'], 'langs_all': ['marathi']}, {'work_mode_any': ['remote']}, 'Roman Marathi WFH'),
    ('aurangabad call center', {'city': 'chhatrapati-sambhajinagar'}, 'narrow', {'kind_any': VOICE_ALL, 'city_any': ['chhatrapati-sambhajinagar']},
     {'city_any': ['chhatrapati-sambhajinagar']}, 'old city name'),
    ('helpdesk hinjewadi', {}, 'narrow', {'kind_any': ['help-desk-technician'], 'near': near(HINJEWADI_LOC, 6)},
     {'kind_any': ['help-desk-technician', 'technical-support-specialist'], 'city_any': ['pune']}, 'IT park'),
    ('back office lower parel 12th pass', {}, 'narrow', {'kind_any': BO_CORE, 'near': near(LOWER_PAREL_LOC, 4), 'education_max': '12th'},
     {'kind_any': BO_CORE, 'near': near(LOWER_PAREL_LOC, 4)}, 'HSC'),
    ('kyc fresher navi mumbai', {}, 'narrow', {'kind_any': ['kyc-compliance-executive'], 'city_any': ['navi-mumbai'], 'fresher_ok': True},
     {'kind_any': ['kyc-compliance-executive'], 'city_any': ['navi-mumbai']}, 'KYC fresher'),
    ('insurance telesales 2 lpa', {}, 'narrow', {'kind_any': ['telecaller'], 'salary_at_least': 16000}, {'kind_any': ['telecaller']}, '2 LPA ~ 16.7k a month'),
    ('loan documentation andheri', {}, 'narrow', {'kind_any': ['documentation-executive'], 'near': near(ANDHERI_STN, 6)},
     {'kind_any': ['documentation-executive'], 'city_any': ['mumbai']}, 'documentation Andheri'),
    ('टेलीकॉलर पुणे', {}, 'narrow', {'kind_any': ['telecaller'], 'city_any': ['pune']}, {'kind_any': ['call-centre-agent'], 'city_any': ['pune']}, 'Hindi telecaller Pune'),
    ('tamil voice process', {'language': 'tamil'}, 'narrow', {'kind_any': VOICE_ALL, 'langs_all': ['tamil']}, None, 'regional language'),
    ('reconciliation executive bkc 3 lpa', {}, 'narrow', {'kind_any': ['reconciliation-executive'], 'near': near(BKC_LOC, 7), 'salary_at_least': 25000},
     {'kind_any': ['reconciliation-executive'], 'city_any': ['mumbai']}, '3 LPA = 25k a month'),
    ('english chat support day shift', {'shift': 'day'}, 'narrow', {'kind_any': ['chat-support-executive'], 'langs_all': ['english'], 'night': False, 'shift_any': ['day']},
     {'kind_any': ['chat-support-executive'], 'night': False}, 'day only'),
    ('call centre job kalyan dombivli fresher', {}, 'narrow', {'kind_any': VOICE + ['telecaller'], 'city_any': ['kalyan-dombivli'], 'fresher_ok': True},
     {'kind_any': VOICE + ['telecaller'], 'city_any': ['kalyan-dombivli', 'thane']}, 'Central line'),
    ('thane station jawal back office', {'near': '19.1864,72.9758', 'radius_km': '4'}, 'narrow', {'kind_any': BO_CORE, 'near': near(THANE_STN, 4)},
     {'kind_any': BO_ALL, 'near': near(THANE_STN, 8)}, 'Roman Marathi: near Thane station'),
    ('hindi english voice process graduate 20k', {}, 'narrow', {'kind_any': VOICE, 'langs_all': ['hindi', 'english'], 'salary_at_least': 20000},
     {'kind_any': VOICE, 'langs_all': ['hindi', 'english']}, 'language pair + pay'),
    ('डेटा एंट्री ऑपरेटर पुणे', {}, 'narrow', {'kind_any': ['data-entry-operator'], 'city_any': ['pune']},
     {'kind_any': ['back-office-executive'], 'city_any': ['pune']}, 'Devanagari data entry Pune'),
]
