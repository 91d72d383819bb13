#!/usr/bin/env python3
"""The v3 held-out queries, written by hand; rules judged on truth/fields only (relevance-rules.ts)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
TAX = json.load(open(os.path.join(ROOT, '..', 'taxonomy.json')))
LOC = {f"{l['slug']}": (l['lat'], l['lng']) for c in TAX['cities'] for l in c['localities']}
ST = {s['slug']: (s['lat'], s['lng']) for s in TAX['stations']}

def near(slug, km, src=LOC):
    lat, lng = src[slug]; return {'lat': lat, 'lng': lng, 'km': km}

CS_ALL = sorted(r['slug'] for r in TAX['roles'] if r['category'] == 'customer_service')
BO_ALL = sorted(r['slug'] for r in TAX['roles'] if r['category'] == 'back_office')
AGENT = ['call-centre-agent', 'customer-service-representative', 'international-voice-agent', 'telecaller']
VOICE = AGENT + ['technical-support-specialist', 'help-desk-technician']
NONVOICE = ['chat-support-executive', 'email-support-executive']
BO_CORE = ['back-office-executive', 'data-entry-operator', 'operations-executive', 'documentation-executive', 'admin-executive']
DE = ['data-entry-operator']
ACC = ['accounts-assistant', 'reconciliation-executive']
TECH = ['technical-support-specialist', 'help-desk-technician']
MMR = ['mumbai', 'thane', 'navi-mumbai', 'kalyan-dombivli', 'mira-bhayandar', 'vasai-virar', 'panvel', 'bhiwandi', 'ulhasnagar', 'ambernath', 'badlapur']
ENTRY = AGENT + NONVOICE + BO_CORE

Q = []
def q(text, kind, rule, partial=None, params=None, note=''):
    d = {'id': f'q3-{len(Q)+1:03d}', 'q': text, 'params': params or {}, 'kind': kind, 'rule': rule}
    if partial: d['partial'] = partial
    d['note'] = note; Q.append(d)

# ---- broad ----
q('call center job', 'broad', {'kind_any': AGENT}, {'kind_any': CS_ALL}, note='agent-level voice jobs; other customer-service jobs partial')
q('bpo jobs mumbai', 'broad', {'kind_any': CS_ALL, 'city_any': ['mumbai']}, {'kind_any': CS_ALL, 'city_any': MMR}, note='BPO = any customer-service job; rest of MMR partial')
q('back office', 'broad', {'kind_any': BO_ALL}, note='any back-office job, whatever the role filed')
q('backend job pune', 'broad', {'kind_any': BO_ALL, 'city_any': ['pune']}, {'kind_any': BO_ALL}, note='backend = back office')
q('data entry', 'broad', {'kind_any': DE + ['back-office-executive']}, {'kind_any': BO_ALL}, note='typing/data entry and plain back office')
q('typing job', 'broad', {'kind_any': DE + ['back-office-executive']}, {'kind_any': BO_ALL}, note='typing job = data entry')
q('customer care executive', 'broad', {'kind_any': ['customer-service-representative', 'call-centre-agent']}, {'kind_any': CS_ALL}, note='CCE')
q('custmer suport', 'broad', {'kind_any': ['customer-service-representative', 'call-centre-agent'] + NONVOICE + TECH}, {'kind_any': CS_ALL}, note='misspelt customer support')
q('telecaller', 'broad', {'kind_any': ['telecaller']}, {'kind_any': AGENT}, note='telecaller = telesales = outbound calling')
q('sales job', 'broad', {'kind_any': ['telecaller', 'sales-marketing']}, {'kind_any': ['customer-success-manager']}, note='telesales or a sales-and-marketing employer')
q('fresher job', 'broad', {'fresher_ok': True}, note='0 experience accepted, any role')
q('freshers bpo thane', 'broad', {'kind_any': CS_ALL, 'fresher_ok': True, 'city_any': ['thane', 'navi-mumbai', 'mumbai']}, {'kind_any': CS_ALL, 'city_any': ['thane']}, note='Thane searchers accept Mumbai/Navi Mumbai; experienced-only BPO in Thane partial')
q('work from home', 'broad', {'work_mode_any': ['remote']}, {'work_mode_any': ['hybrid']}, note='WFH = remote; hybrid partial')
q('ghar baithe job', 'broad', {'work_mode_any': ['remote']}, {'work_mode_any': ['hybrid']}, note='Hinglish for work from home')
q('night shift', 'broad', {'night': True}, note='night work, stated in the shift field or only in the text')
q('international voice process', 'broad', {'kind_any': ['international-voice-agent'], }, {'kind_any': AGENT, 'langs_all': ['english']}, note='intl voice; English voice agents partial')
q('non voice process', 'broad', {'kind_any': NONVOICE + BO_CORE}, {'kind_any': BO_ALL}, note='chat, email and plain back office')
q('12th pass job', 'broad', {'education_max': '12th'}, note='anything open to HSC')
q('10th pass naukri', 'broad', {'education_max': '10th'}, {'education_max': '12th'}, note='SSC; HSC-level partial')
q('graduate fresher', 'broad', {'fresher_ok': True, 'education_max': 'graduate'}, {'education_max': 'graduate'}, note='a fresher graduate qualifies for jobs up to graduate')
q('job 15000 salary', 'broad', {'salary_at_least': 15000}, note='a number is the pay wanted a month')
q('18k salary bpo', 'broad', {'kind_any': CS_ALL, 'salary_at_least': 18000}, {'kind_any': CS_ALL, 'salary_at_least': 15000}, note='18k a month')
q('बॅक ऑफिस नोकरी', 'broad', {'kind_any': BO_ALL}, note='Marathi Devanagari back office job')
q('कॉल सेंटर जॉब', 'broad', {'kind_any': AGENT}, {'kind_any': CS_ALL}, note='Hindi Devanagari call centre job')
q('नौकरी पुणे', 'broad', {'city_any': ['pune']}, note='Hindi: job Pune')
q('navi mumbai jobs', 'broad', {'city_any': ['navi-mumbai']}, {'city_any': ['panvel', 'thane']}, params={'city': 'navi-mumbai'}, note='city filter on')
q('english speaking job', 'broad', {'langs_all': ['english'], 'kind_any': VOICE + NONVOICE}, {'langs_all': ['english']}, note='customer-facing English jobs')
q('marathi calling job', 'broad', {'langs_all': ['marathi'], 'kind_any': VOICE}, {'langs_all': ['marathi']}, note='Marathi voice')
q('hindi voice process', 'broad', {'langs_all': ['hindi'], 'kind_any': VOICE}, {'kind_any': VOICE}, note='Hindi voice')
q('walk in interview call centre', 'broad', {'kind_any': AGENT}, {'kind_any': CS_ALL}, note='walk-in is not in truth; judged on role only')
q('job in thane', 'broad', {'city_any': ['thane']}, {'city_any': ['navi-mumbai', 'kalyan-dombivli', 'mumbai']}, note='Thane city')
q('immediate joining back office mumbai', 'broad', {'kind_any': BO_ALL, 'city_any': MMR}, {'kind_any': BO_ALL}, note='MMR back office; joining date is not in truth')
q('insurance calling', 'broad', {'kind_any': ['insurance']}, {'kind_any': ['telecaller', 'banking']}, note='rules cannot AND role with industry: insurance employer = grade 2')
q('banking job', 'broad', {'kind_any': ['banking']}, {'kind_any': ['insurance', 'kyc-compliance-executive', 'reconciliation-executive']}, note='a bank or bank process')
q('healthcare bpo', 'broad', {'kind_any': ['healthcare']}, {'kind_any': ['insurance']}, note='healthcare employer or process')
q('day shift job for ladies', 'broad', {'shift_any': ['day'], 'night': False}, {'night': False}, note='no night work')

# ---- narrow ----
q('call centre job andheri', 'narrow', {'kind_any': CS_ALL, 'locality_any': ['andheri-east', 'andheri-west']}, {'kind_any': CS_ALL, 'near': near('andheri-east', 6)}, note='Andheri E/W; nearby partial')
q('data entry thane 12th pass', 'narrow', {'kind_any': BO_CORE, 'city_any': ['thane'], 'education_max': '12th'}, {'kind_any': BO_ALL, 'city_any': ['thane']}, note='DOMAIN example')
q('back office ki naukri vashi', 'narrow', {'kind_any': BO_ALL, 'near': near('vashi', 5)}, {'kind_any': BO_ALL, 'city_any': ['navi-mumbai']}, note='Hinglish; within 5 km of Vashi')
q('hinjewadi bpo', 'narrow', {'kind_any': CS_ALL, 'near': near('hinjewadi', 6)}, {'kind_any': CS_ALL, 'city_any': ['pune']}, note='Hinjewadi area')
q('pune night shift job', 'narrow', {'city_any': ['pune'], 'night': True}, {'city_any': ['pune'], 'shift_any': ['rotational', 'uk']}, note='night work in Pune; rotational/UK partial')
q('us shift international voice pune', 'narrow', {'kind_any': ['international-voice-agent'], 'night': True, 'city_any': ['pune']}, {'kind_any': ['international-voice-agent']}, note='US = night')
q('international bpo mumbai night', 'narrow', {'kind_any': ['international-voice-agent'], 'night': True, 'city_any': MMR}, {'kind_any': ['international-voice-agent'], 'city_any': MMR}, note='MMR')
q('chat process job mumbai thane', 'narrow', {'kind_any': ['chat-support-executive'], 'city_any': ['mumbai', 'thane']}, {'kind_any': NONVOICE}, note='chat support')
q('email support non voice', 'narrow', {'kind_any': ['email-support-executive']}, {'kind_any': ['chat-support-executive']}, note='email process')
q('technical support job mumbai', 'narrow', {'kind_any': ['technical-support-specialist'], 'city_any': ['mumbai']}, {'kind_any': TECH}, note='tech support')
q('it helpdesk mumbai', 'narrow', {'kind_any': ['help-desk-technician'], 'city_any': MMR}, {'kind_any': TECH}, note='IT helpdesk / desktop support')
q('MIS executive advanced excel', 'narrow', {'kind_any': ['mis-executive']}, {'kind_any': ['data-entry-operator', 'reconciliation-executive']}, note='MIS')
q('tally accountant thane mumbai', 'narrow', {'kind_any': ['accounts-assistant'], 'city_any': ['mumbai', 'thane']}, {'kind_any': ACC}, note='accounts in Tally')
q('bank reconciliation', 'narrow', {'kind_any': ['reconciliation-executive']}, {'kind_any': ['accounts-assistant']}, note='recon')
q('KYC job mumbai', 'narrow', {'kind_any': ['kyc-compliance-executive'], 'city_any': MMR}, {'kind_any': ['documentation-executive']}, note='KYC / compliance')
q('HR payroll executive', 'narrow', {'kind_any': ['hr-operations-executive']}, {'kind_any': ['admin-executive']}, note='HR ops')
q('team leader bpo', 'narrow', {'kind_any': ['team-lead']}, {'kind_any': ['operations-manager', 'quality-analyst', 'training-specialist']}, note='TL')
q('quality analyst call audit', 'narrow', {'kind_any': ['quality-analyst']}, {'kind_any': ['team-lead', 'training-specialist']}, note='QA')
q('process trainer', 'narrow', {'kind_any': ['training-specialist']}, {'kind_any': ['quality-analyst', 'team-lead']}, note='trainer')
q('operations manager contact centre', 'narrow', {'kind_any': ['operations-manager']}, {'kind_any': ['team-lead', 'customer-experience-manager']}, note='senior ops / CX')
q('customer success / cx manager', 'narrow', {'kind_any': ['customer-success-manager', 'customer-experience-manager']}, {'kind_any': ['operations-manager']}, note='CSM or CX manager')
q('documentation executive loan', 'narrow', {'kind_any': ['documentation-executive']}, {'kind_any': ['kyc-compliance-executive']}, note='docs')
q('admin executive office mumbai', 'narrow', {'kind_any': ['admin-executive'], 'city_any': MMR}, {'kind_any': ['admin-executive']}, note='admin')
q('telecaller dombivli', 'narrow', {'kind_any': ['telecaller', 'call-centre-agent'], 'city_any': ['kalyan-dombivli', 'thane', 'ulhasnagar', 'ambernath', 'badlapur']}, {'kind_any': ['telecaller', 'call-centre-agent'], 'city_any': MMR}, note='Central line towns near Dombivli')
q('wagle estate call centre', 'narrow', {'kind_any': CS_ALL, 'locality_any': ['wagle-estate']}, {'locality_any': ['wagle-estate']}, note='locality; back office there partial')
q('ghansoli airoli back office', 'narrow', {'kind_any': BO_ALL, 'locality_any': ['ghansoli', 'airoli', 'rabale', 'mahape']}, {'kind_any': BO_ALL, 'city_any': ['navi-mumbai']}, note='TTC belt')
q('nagpur call centre', 'narrow', {'kind_any': AGENT, 'city_any': ['nagpur']}, {'kind_any': CS_ALL, 'city_any': ['nagpur', 'amravati']}, note='Vidarbha')
q('nashik madhe back office job', 'narrow', {'kind_any': BO_ALL, 'city_any': ['nashik']}, {'city_any': ['nashik']}, note='Roman Marathi: back office job in Nashik')
q('aurangabad job', 'narrow', {'city_any': ['chhatrapati-sambhajinagar']}, note='old name of Chhatrapati Sambhajinagar')
q('kolhapur naukri', 'narrow', {'city_any': ['kolhapur']}, note='Kolhapur')
q('wfh telecaller', 'narrow', {'kind_any': ['telecaller'], 'work_mode_any': ['remote']}, {'kind_any': ['telecaller'], 'work_mode_any': ['hybrid']}, note='remote telesales')
q('work from home chat support', 'narrow', {'kind_any': NONVOICE, 'work_mode_any': ['remote']}, {'kind_any': NONVOICE}, note='remote non-voice')
q('3 lpa international voice fresher', 'narrow', {'kind_any': ['international-voice-agent'], 'fresher_ok': True, 'salary_at_least': 25000}, {'kind_any': ['international-voice-agent']}, note='3 LPA = 25,000 a month')
q('marathi english bolnara telecaller', 'narrow', {'kind_any': ['telecaller', 'call-centre-agent'], 'langs_all': ['marathi', 'english']}, {'kind_any': ['telecaller', 'call-centre-agent'], 'langs_all': ['marathi']}, note='both languages required (truth, incl. text-only)')
q('marathi back office kalyan', 'narrow', {'kind_any': BO_ALL, 'city_any': ['kalyan-dombivli', 'ulhasnagar', 'ambernath', 'badlapur']}, {'kind_any': BO_ALL, 'city_any': ['thane', 'mumbai', 'navi-mumbai']}, note='Marathi is not required for back office; place decides')
q('powai malad call center', 'narrow', {'kind_any': CS_ALL, 'locality_any': ['powai', 'malad']}, {'kind_any': CS_ALL, 'city_any': ['mumbai']}, note='two named localities')
q('customer care 20000 salary', 'narrow', {'kind_any': ['customer-service-representative', 'call-centre-agent'], 'salary_at_least': 20000}, {'kind_any': ['customer-service-representative', 'call-centre-agent'], 'salary_at_least': 16000}, note='pay floor 20k')
q('jobs near vikhroli station', 'narrow', {'near': near('vikhroli', 2, ST)}, {'near': near('vikhroli', 5, ST)}, params={'commute_from': 'vikhroli'}, note='station as place')
q('टेलीकॉलर नौकरी पुणे', 'narrow', {'kind_any': ['telecaller'], 'city_any': ['pune']}, {'kind_any': ['telecaller']}, note='Hindi Devanagari telecaller Pune')

json.dump(Q, open(os.path.join(ROOT, 'queries.json'), 'w'), ensure_ascii=False, indent=1)
print(len(Q), 'queries')
