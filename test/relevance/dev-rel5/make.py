# Writes postings.json and queries.json of the rel5 development set (issue #15): narrow queries, each
# with jobs that meet all of it and newer jobs that meet only part of it (a feature stated only in the
# title or text, a generic role filed, a typo, Devanagari). Written by hand for rel5; never taken from
# a held-out set. Run: python3 make.py
import json

CAT = {
    'telecaller': 'customer_service', 'customer-service-representative': 'customer_service',
    'call-centre-agent': 'customer_service', 'chat-support-executive': 'customer_service',
    'international-voice-agent': 'customer_service', 'back-office-executive': 'back_office',
    'data-entry-operator': 'back_office', 'kyc-compliance-executive': 'back_office',
    'operations-executive': 'back_office', 'accounts-assistant': 'back_office',
}
P = []


def job(pid, title, role, kind, desc, *, also=(), langs=(), tlangs=None, night=False, fresher=None,
        city='pune', loc='hadapsar', shift='day', pay=(15000, 20000), exp=(0, 2), ind='bpo-kpo',
        edu='12th', skills=('communication',)):
    fresher_ok = (exp[0] == 0) if fresher is None else fresher
    if len(desc) < 40:
        desc += ' Salary on the 1st, PF from day one.'
    P.append({
        'id': pid, 'title': title, 'description': desc, 'category': CAT[role], 'role': role,
        'industry': ind, 'city': city, 'locality': loc, 'work_mode': 'onsite', 'shift': shift,
        'salary_min': pay[0] if pay else None, 'salary_max': pay[1] if pay else None,
        'experience_min': exp[0], 'experience_max': exp[1], 'education_min': edu,
        'languages': list(langs), 'skills': list(skills), 'perks': ['pf'], 'openings': 3,
        'truth': {'kind': kind, 'also': list(also), 'langs': list(tlangs if tlangs is not None else langs),
                  'night': night, 'fresher_ok': fresher_ok},
    })


# --- night telecalling: night said only in the title or the text; newer day telecallers ---
job('n1', 'Night Shift Tele Caller', 'telecaller', 'telecaller', 'Outbound calls to loan leads. Cab drop after the shift.', night=True, shift='rotational')
job('n2', 'Telecaller (US Process)', 'telecaller', 'telecaller', 'Call US customers about their phone plans. Timing 8.30 pm to 5.30 am.', night=True, loc='kharadi')
job('n3', 'Tele Caller', 'telecaller', 'telecaller', 'Outbound calling for a travel company.', night=True, shift='night', loc='viman-nagar')
job('n4', 'Telecaller - Nights', 'customer-service-representative', 'telecaller', 'Inbound and outbound calls, raat ki shift, cab facility.', night=True, shift='rotational', loc='yerawada')
job('n5', 'Raat ki shift telecalling', 'call-centre-agent', 'telecaller', 'Calling existing customers for renewals.', night=True, shift='rotational', loc='wakad')
for i, (t, d) in enumerate([
    ('Telecaller', 'Outbound calls for home loans. Office timing 10 to 7.'),
    ('Tele Caller Executive', 'Call leads from our website, day shift only.'),
    ('Telecaller for Education Counselling', 'Call parents about admissions. Sunday off.'),
    ('Telecaller (Female)', 'Calling for a real estate firm, 9.30 am to 6.30 pm.'),
    ('Telecalling Executive', 'Follow up with customers on the phone.'),
    ('Telecaller - Loans', 'Day shift, loan follow up calls.'),
    ('Senior Telecaller', 'Outbound calling, general shift, fixed salary plus incentive.'),
    ('Telecaller', 'Calls to existing customers in Marathi and Hindi.'),
    ('Telecaller Hadapsar', 'Outbound sales calls for a broadband company.'),
    ('Telecaller (rotational)', 'Rotational day shifts, weekly off.'),
    ('Telecaller for Hospital', 'Patient appointment calls.'),
]):
    job(f'nd{i}', t, 'telecaller', 'telecaller', d, shift='rotational' if 'rotational' in t else 'day',
        tlangs=['marathi', 'hindi'] if 'Marathi' in d else [])
job('nc1', 'Chat Support - Night', 'chat-support-executive', 'chat', 'Live chat with US shoppers, 9 pm to 6 am.', night=True, shift='night')

# --- Marathi-speaking telecalling in Thane: the language only in the text ---
job('m1', 'Telecaller', 'telecaller', 'telecaller', 'Marathi bolta yena aavashyak. Calls to customers in Thane district.', city='thane', loc='thane-west', tlangs=['marathi'])
job('m2', 'मराठी टेलिकॉलर', 'telecaller', 'telecaller', 'ग्राहकांना फोन करणे. मराठी भाषा उत्तम हवी.', city='thane', loc='naupada', tlangs=['marathi'])
job('m3', 'Telecalling Executive', 'customer-service-representative', 'telecaller', 'Candidates who speak fluent Marathi preferred. Outbound calls.', city='thane', loc='wagle-estate', tlangs=['marathi'])
job('m4', 'Tele Caller', 'telecaller', 'telecaller', 'Outbound calls.', langs=['marathi', 'hindi'], city='thane', loc='kolshet')
for i, d in enumerate(['Hindi speaking candidates for outbound calls.', 'English and Hindi required.',
                        'Outbound calls for a credit card company, good Hindi.', 'Gujarati speaking preferred.',
                        'Calls to customers, basic English needed.', 'Hindi calling process.']):
    job(f'md{i}', 'Telecaller', 'telecaller', 'telecaller', d, city='thane', loc='thane-west',
        tlangs=['hindi'] if 'Hindi' in d else (['gujarati'] if 'Gujarati' in d else ['english']))

# --- fresher data entry: experience said only in the text ---
job('f1', 'Data Entry Operator - Freshers', 'data-entry-operator', 'data-entry', 'Typing invoices into our system.', city='nagpur', loc='sitabuldi')
job('f2', 'Data Entry', 'back-office-executive', 'data-entry', 'Freshers can apply. Typing speed 30 wpm.', city='nagpur', loc='dharampeth')
job('f3', 'Computer Operator (Data Entry)', 'data-entry-operator', 'data-entry', 'फ्रेशर्स चालतील. टायपिंग येणे आवश्यक.', city='nagpur', loc='sadar')
job('f4', 'Data Entry Operator', 'data-entry-operator', 'data-entry', 'No experience needed, we train you.', city='nagpur', loc='mahal')
for i, (t, d) in enumerate([
    ('Data Entry Operator', 'Minimum 2 years of data entry experience required.'),
    ('Experienced Data Entry Operator', 'Excel and typing.'),
    ('Data Entry Executive', 'Only experienced candidates, 1-3 yrs in data entry.'),
    ('Data Entry Operator', 'Experience: at least 1 year in a similar role is a must.'),
    ('Data Entry Operator (Tally)', 'Candidates with 2+ years experience in Tally entries only.'),
    ('Data Entry Clerk', 'Freshers need not apply. 1 year experience mandatory.'),
]):
    job(f'fd{i}', t, 'data-entry-operator', 'data-entry', d, city='nagpur', loc='sitabuldi', fresher=False)

# --- international voice at night, Navi Mumbai, filed as a generic role ---
job('i1', 'International Voice Process Associate', 'customer-service-representative', 'international-voice', 'Inbound calls from UK customers. 1 pm to 10 pm.', city='navi-mumbai', loc='airoli', tlangs=['english'], shift='rotational')
job('i2', 'US Voice Process', 'call-centre-agent', 'international-voice', 'American customers, night shift, cab both ways.', city='navi-mumbai', loc='ghansoli', night=True, tlangs=['english'])
job('i3', 'International BPO - Voice', 'customer-service-representative', 'international-voice', 'US healthcare insurance calls. 7 pm to 4 am.', city='navi-mumbai', loc='mahape', night=True, tlangs=['english'], shift='rotational')
job('i4', 'Customer Care Executive (US)', 'international-voice-agent', 'international-voice', 'Fluent English. US process.', city='navi-mumbai', loc='rabale', night=True, tlangs=['english'], shift='night')
for i, d in enumerate(['Domestic voice process, Hindi and English, day shift.', 'Inbound calls from Indian customers, 9 am to 6 pm.', 'Domestic calls about credit cards.']):
    job(f'id{i}', 'Customer Care Executive', 'customer-service-representative', 'customer-service', d, city='navi-mumbai', loc='airoli', tlangs=['hindi'])

# --- customer care at a pay floor ---
for i, (lo, hi) in enumerate([(18000, 22000), (19000, 24000), (20000, 25000), (18500, 21000)]):
    job(f'p{i}', 'Customer Support Associate', 'customer-service-representative', 'customer-service', 'Inbound calls about orders.', city='mumbai', loc='andheri-east', pay=(lo, hi))
for i, (lo, hi) in enumerate([(16500, 19000), (17000, 20000), (16800, 18000), (17500, 21000), (16200, 18000), (17200, 19000), (16400, 18000), (17800, 19500)]):
    job(f'pd{i}', 'Customer Support Associate', 'customer-service-representative', 'customer-service', 'Inbound calls about orders.', city='mumbai', loc='andheri-east', pay=(lo, hi))

json.dump(P, open('postings.json', 'w'), ensure_ascii=False, indent=1)

Q = [
    {'id': 'q1', 'q': 'night shift telecaller', 'rule': {'kind_any': ['telecaller'], 'night': True}, 'partial': {'kind_any': ['telecaller']}},
    {'id': 'q2', 'q': 'telecallar nite shift pune', 'rule': {'kind_any': ['telecaller'], 'night': True, 'city_any': ['pune']}, 'partial': {'kind_any': ['telecaller']}},
    {'id': 'q3', 'q': 'रात्रीची शिफ्ट टेलिकॉलर', 'rule': {'kind_any': ['telecaller'], 'night': True}, 'partial': {'kind_any': ['telecaller']}},
    {'id': 'q4', 'q': 'marathi speaking telecaller thane', 'rule': {'kind_any': ['telecaller'], 'langs_all': ['marathi'], 'city_any': ['thane']}, 'partial': {'kind_any': ['telecaller'], 'city_any': ['thane']}},
    {'id': 'q5', 'q': 'मराठी टेलिकॉलर ठाणे', 'rule': {'kind_any': ['telecaller'], 'langs_all': ['marathi'], 'city_any': ['thane']}, 'partial': {'kind_any': ['telecaller'], 'city_any': ['thane']}},
    {'id': 'q6', 'q': 'data entry fresher nagpur', 'rule': {'kind_any': ['data-entry'], 'fresher_ok': True, 'city_any': ['nagpur']}},
    {'id': 'q7', 'q': 'freshers data entry job', 'rule': {'kind_any': ['data-entry'], 'fresher_ok': True}},
    {'id': 'q8', 'q': 'international voice night shift navi mumbai', 'rule': {'kind_any': ['international-voice'], 'night': True, 'city_any': ['navi-mumbai']}, 'partial': {'kind_any': ['international-voice']}},
    {'id': 'q9', 'q': 'customer support andheri 18000', 'rule': {'kind_any': ['customer-service'], 'salary_at_least': 18000}, 'partial': {'kind_any': ['customer-service']}},
    {'id': 'q10', 'q': 'customer care job 18k salary', 'rule': {'kind_any': ['customer-service'], 'salary_at_least': 18000}, 'partial': {'kind_any': ['customer-service']}},
]
for q in Q:
    q.setdefault('params', {})
    q['kind'] = 'narrow'
    q.setdefault('note', '')
json.dump(Q, open('queries.json', 'w'), ensure_ascii=False, indent=1)
print(len(P), 'postings', len(Q), 'queries')
