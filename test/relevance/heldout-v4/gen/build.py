#!/usr/bin/env python3
"""Build rel-v4 postings.json and queries.json from the hand-written pools (fixed seed)."""
import json, math, random, sys, os
sys.path.insert(0, os.path.dirname(__file__))
from pools import *  # noqa
from queries import Q

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TAX = json.load(open('/work/heldout/taxonomy.json'))
ROLES = {r['slug']: r for r in TAX['roles']}
EDU_RANK = {e['slug']: e['rank'] for e in TAX['education_levels']}
CITIES = {c['slug']: c for c in TAX['cities']}
COORDS = {f"{c['slug']}/{l['slug']}": (l['lat'], l['lng']) for c in TAX['cities'] for l in c['localities']}
LOCNAME = {f"{c['slug']}/{l['slug']}": l for c in TAX['cities'] for l in c['localities']}
rng = random.Random(20261207)

CITY_W = {'mumbai': 30, 'pune': 20, 'thane': 12, 'navi-mumbai': 12, 'nagpur': 4, 'nashik': 3, 'chhatrapati-sambhajinagar': 2,
          'kolhapur': 2, 'kalyan-dombivli': 3, 'mira-bhayandar': 2, 'vasai-virar': 2, 'panvel': 2, 'bhiwandi': 1, 'ulhasnagar': 1,
          'ambernath': 1, 'badlapur': 1, 'amravati': 1, 'solapur': 1}
for c in CITIES:
    CITY_W.setdefault(c, 1)

KIND_W = {k: 3 for k in ROLES}
for k in ['call-centre-agent', 'customer-service-representative', 'telecaller', 'back-office-executive', 'data-entry-operator',
          'international-voice-agent', 'chat-support-executive']:
    KIND_W[k] = 6
for k in ['customer-experience-manager', 'customer-success-manager', 'operations-manager', 'training-specialist']:
    KIND_W[k] = 2

SAL = {  # monthly band (min low, min high)
    'voice': (10000, 22000), 'intl': (18000, 35000), 'nonvoice': (12000, 24000), 'tech': (15000, 30000), 'tele': (9000, 20000),
    'bo': (11000, 25000), 'de': (8000, 16000), 'acc': (12000, 28000), 'senior': (28000, 80000),
}
INDUSTRY_FOR = {
    'voice': ['telecom', 'e-commerce', 'banking', 'insurance', 'bpo-kpo', 'healthcare'], 'intl': ['bpo-kpo', 'telecom', 'healthcare', 'it-services', 'banking'],
    'nonvoice': ['e-commerce', 'bpo-kpo', 'it-services', 'banking'], 'tech': ['telecom', 'it-services', 'bpo-kpo'],
    'tele': ['banking', 'insurance', 'sales-marketing', 'telecom', 'market-research'], 'senior': ['bpo-kpo', 'telecom', 'it-services', 'banking', 'e-commerce'],
    'bo': ['banking', 'insurance', 'e-commerce', 'bpo-kpo', 'healthcare', 'analytics', 'market-research', 'it-services'],
    'de': ['e-commerce', 'healthcare', 'bpo-kpo', 'market-research', 'analytics'], 'acc': ['banking', 'e-commerce', 'bpo-kpo', 'healthcare', 'it-services'],
}
# where employers file a job instead of its true role ("generic or wrong role")
MISFILE = {
    'voice': ['customer-service-representative', 'call-centre-agent', 'telecaller', 'back-office-executive'],
    'intl': ['call-centre-agent', 'customer-service-representative'], 'nonvoice': ['back-office-executive', 'customer-service-representative', 'call-centre-agent'],
    'tech': ['call-centre-agent', 'customer-service-representative', 'help-desk-technician', 'technical-support-specialist'],
    'tele': ['call-centre-agent', 'customer-service-representative', 'back-office-executive'],
    'senior': ['call-centre-agent', 'operations-manager', 'customer-service-representative'],
    'bo': ['back-office-executive', 'data-entry-operator', 'operations-executive', 'admin-executive'],
    'de': ['back-office-executive', 'operations-executive', 'admin-executive'], 'acc': ['back-office-executive', 'data-entry-operator', 'operations-executive'],
}
ALSO = {
    'international-voice-agent': ['call-centre-agent'], 'call-centre-agent': ['customer-service-representative'],
    'customer-service-representative': ['call-centre-agent'], 'data-entry-operator': ['back-office-executive'],
    'mis-executive': ['back-office-executive'], 'documentation-executive': ['back-office-executive'],
}
SECTOR = {'accounts-assistant': 'accounting', 'reconciliation-executive': 'accounting', 'hr-operations-executive': 'hr',
          'kyc-compliance-executive': 'compliance', 'help-desk-technician': 'it', 'mis-executive': 'operations',
          'operations-executive': 'operations', 'back-office-executive': 'operations', 'data-entry-operator': 'operations',
          'documentation-executive': 'operations', 'admin-executive': 'operations'}
SKILLS = {'voice': ['communication', 'customer-handling', 'crm-tools'], 'intl': ['communication', 'customer-handling', 'crm-tools'],
          'nonvoice': ['typing', 'chat-software', 'email-writing', 'zendesk', 'freshdesk'], 'tech': ['troubleshooting', 'ticketing-tools', 'communication'],
          'tele': ['sales', 'communication'], 'senior': ['coaching', 'reporting', 'quality-audit', 'ms-excel'],
          'bo': ['ms-excel', 'data-entry', 'documentation', 'kyc', 'payroll', 'reporting'], 'de': ['typing', 'data-entry', 'ms-excel'],
          'acc': ['tally', 'reconciliation', 'ms-excel', 'sap']}


def pick_w(d):
    keys = list(d)
    return rng.choices(keys, weights=[d[k] for k in keys])[0]


def hav(a, b):
    r = math.radians
    la1, lo1, la2, lo2 = r(a[0]), r(a[1]), r(b[0]), r(b[1])
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def inr(n):
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:]); head = head[:-2]
    if head:
        parts.insert(0, head)
    return ','.join(parts) + ',' + tail


def make(pid, cons=None):
    cons = cons or {}
    tag_collections = False
    if 'kind_any' in cons:
        kind = rng.choice(cons['kind_any'])
        if kind == 'collections':
            kind, tag_collections = 'telecaller', True
    else:
        kind = pick_w(KIND_W)
    g = GROUP[kind]
    if kind == 'telecaller' and not tag_collections and 'kind_any' not in cons:
        tag_collections = rng.random() < 0.25
    style = rng.choices(['en', 'hinglish', 'mr', 'deva_hi', 'deva_mr'], weights=[58, 17, 10, 8, 7])[0]
    if g in ('senior',) and style != 'en' and rng.random() < 0.6:
        style = 'en'
    # place
    if 'near' in cons:
        n = cons['near']
        cands = [k for k, v in COORDS.items() if hav(v, (n['lat'], n['lng'])) <= n['km']]
        if 'city_any' in cons:
            cands = [k for k in cands if k.split('/')[0] in cons['city_any']]
        key = rng.choice(cands)
        city, loc = key.split('/')
    elif 'locality_any' in cons:
        cands = [k for k in COORDS if k.split('/')[1] in cons['locality_any'] and ('city_any' not in cons or k.split('/')[0] in cons['city_any'])]
        city, loc = rng.choice(cands).split('/')
    else:
        city = rng.choice(cons['city_any']) if 'city_any' in cons else pick_w(CITY_W)
        loc = rng.choice(CITIES[city]['localities'])['slug']
    locname = LOCNAME[f'{city}/{loc}']['name']
    cityname = CITIES[city]['name']
    # work mode
    if 'work_mode_any' in cons:
        wm = rng.choice(cons['work_mode_any'])
    else:
        rp = {'nonvoice': .3, 'de': .25, 'tele': .2, 'bo': .12, 'intl': .1, 'acc': .1, 'tech': .12, 'voice': .08, 'senior': .1}[g]
        x = rng.random()
        wm = 'remote' if x < rp else ('hybrid' if x < rp + .08 else 'onsite')
    # shift / night
    if 'night' in cons:
        night = cons['night']
    else:
        pn = {'intl': .7, 'tech': .3, 'voice': .2, 'nonvoice': .2, 'senior': .15, 'tele': .02, 'bo': .05, 'de': .05, 'acc': .02}[g]
        night = rng.random() < pn
    if 'shift_any' in cons:
        shift = rng.choice(cons['shift_any'])
        if shift in ('us', 'night'):
            night = True
        elif 'night' not in cons:
            night = False
    elif night:
        shift = rng.choices(['us', 'night', 'rotational'], weights=[4, 3, 3])[0]
    else:
        opts = ['day', 'day', 'day', 'rotational'] + (['uk', 'uk'] if g in ('intl', 'tech', 'nonvoice') else [])
        shift = rng.choice(opts)
    # languages
    if g == 'intl':
        langs = ['english']
    elif g in ('voice', 'tele', 'tech'):
        langs = rng.choice([['english', 'hindi'], ['hindi', 'marathi'], ['hindi'], ['marathi'], ['english', 'hindi', 'marathi'], ['english'],
                            ['hindi', 'gujarati'], ['english', 'tamil'], ['english', 'telugu'], ['english', 'kannada'], ['hindi', 'bengali'], []])
    elif g == 'nonvoice':
        langs = rng.choice([['english'], ['english'], ['english', 'hindi'], []])
    else:
        langs = rng.choice([[], [], ['english'], ['marathi'], ['english', 'marathi'], ['english', 'hindi']])
    if 'langs_all' in cons:
        langs = list(dict.fromkeys(langs + cons['langs_all']))
    # education
    edu_base = {'senior': ['graduate', 'graduate', 'postgraduate'], 'acc': ['graduate', '12th', 'graduate'],
                'intl': ['12th', 'graduate'], 'de': ['10th', '12th', '12th', 'below_10th'], 'tele': ['10th', '12th', '12th'],
                'voice': ['12th', '12th', 'graduate', '10th'], 'nonvoice': ['12th', 'graduate'], 'tech': ['12th', 'diploma', 'graduate'],
                'bo': ['12th', 'graduate', '10th', 'graduate']}[g]
    edu = rng.choice(edu_base)
    if 'education_max' in cons and EDU_RANK[edu] > EDU_RANK[cons['education_max']]:
        edu = rng.choice([e for e in EDU_RANK if EDU_RANK[e] <= EDU_RANK[cons['education_max']] and e != 'below_10th'] or ['below_10th'])
    # experience / fresher
    if g == 'senior':
        exp = rng.choice([1, 2, 2, 3, 4, 5])
    else:
        exp = rng.choice([0, 0, 0, 1, 1, 2])
    if 'experience_max' in cons:
        exp = min(exp, cons['experience_max'])
    if cons.get('fresher_ok') is True:
        exp = rng.choice([0, 0, 0, 1])  # 1 = field says 1 yr, text says freshers welcome
        fresher = True
    elif cons.get('fresher_ok') is False:
        exp = max(exp, 1)
        fresher = False
    else:
        fresher = exp == 0 or (exp == 1 and g != 'senior' and rng.random() < .15)
    # salary
    lo, hi = SAL[g]
    if 'salary_at_least' in cons:
        lo = max(lo, cons['salary_at_least'])
        hi = max(hi, lo + 3000)
        smin = rng.randrange(lo, hi + 1, 500)
    else:
        smin = rng.randrange(lo, hi + 1, 500) if rng.random() > .18 else None
    smax = None if smin is None else smin + rng.choice([2000, 3000, 5000, 8000]) * (3 if g == 'senior' else 1)
    # role filed
    if rng.random() < .34:
        filed = rng.choice([r for r in MISFILE[g] if r != kind] or [kind])
    else:
        filed = kind
    industry = 'banking' if tag_collections else rng.choice(INDUSTRY_FOR[g])
    # title
    t_pool = {'en': TITLES[kind], 'hinglish': TITLES_HINGLISH[g], 'mr': TITLES_MR_ROMAN[g], 'deva_hi': TITLES_DEVA_HI[g], 'deva_mr': TITLES_DEVA_MR[g]}[style]
    if style != 'en' and rng.random() < .35:
        t_pool = TITLES[kind]  # English title, local-language body
    title = rng.choice(t_pool).format(loc=locname, city=cityname)
    if kind == 'telecaller' and tag_collections and rng.random() < .5:
        title = rng.choice(['Collection Executive (Calling)', 'Recovery Telecaller', 'Collections - Tele Calling', 'Loan Recovery Caller'])
    # description
    parts = []
    if style == 'en':
        parts.append(rng.choice(DUTIES[kind]))
    else:
        parts.append({'hinglish': DUTIES_HINGLISH, 'mr': DUTIES_MR_ROMAN, 'deva_hi': DUTIES_DEVA_HI, 'deva_mr': DUTIES_DEVA_MR}[style][g])
        if rng.random() < .5:
            parts.append(rng.choice(DUTIES[kind]))
    if tag_collections:
        parts.append(rng.choice(COLLECTIONS))
    elif rng.random() < .7:
        parts.append(rng.choice(INDUSTRY[industry]))
    st = style if style in NIGHT else 'en'
    if night:
        parts.append(rng.choice(NIGHT[st]))
    elif shift == 'uk':
        parts.append(rng.choice(UKSHIFT[st]))
    elif shift == 'rotational':
        parts.append(rng.choice(ROTATIONAL[st]))
    elif rng.random() < .7:
        parts.append(rng.choice(DAYSHIFT[st]))
    if langs:
        L = ', '.join(LANG_NAMES[l] for l in langs[:-1]) + (' and ' if len(langs) > 1 else '') + LANG_NAMES[langs[-1]]
        if style in ('hinglish', 'mr') and len(langs) > 1:
            L = L.replace(' and ', ' aur ' if style == 'hinglish' else ' ani ')
        parts.append(rng.choice(LANG_SENT[st]).format(L=L))
    if fresher:
        parts.append(rng.choice(FRESHER[st]))
    elif exp > 0:
        parts.append(rng.choice(EXPERIENCED[st]).format(n=exp))
    parts.append(EDU[edu][st])
    if wm == 'remote':
        parts.append(rng.choice(REMOTE[st]))
    elif wm == 'hybrid':
        parts.append(rng.choice(HYBRID[st]))
    if smin is not None:
        parts.append(rng.choice(SALARY[st]).format(a=inr(smin), b=inr(smax), lpa=f'{smin * 12 / 100000:.1f}'))
    else:
        parts.append(rng.choice(NOSALARY[st]))
    perks = rng.sample(['cab', 'pf', 'incentives', 'meals', 'health-insurance', 'training', 'esi'], rng.choice([0, 1, 2, 3]))
    if wm == 'remote' and 'cab' in perks:
        perks.remove('cab')
    if night and wm != 'remote' and 'cab' not in perks and rng.random() < .6:
        perks.append('cab')
    for pk in perks:
        if rng.random() < .6:
            parts.append(PERK_SENT[pk])
    walkin = wm != 'remote' and rng.random() < .22
    if walkin:
        parts.append(rng.choice(WALKIN[st]).format(lm=rng.choice(LANDMARKS_LOCAL.get(st, LANDMARKS)), loc=locname))
    if wm != 'remote' and rng.random() < .5:
        parts.append(f'Location: {locname}, {cityname}.')
    parts.append(rng.choice(CLOSERS))
    also = list(ALSO.get(kind, []))
    if kind == 'telecaller' and tag_collections:
        also.append('collections')
    if kind == 'team-lead' and 'Collections' in title:
        also.append('collections')
    # structured fields: languages field only half the time (features stated only in text)
    lang_field = [{'language': l, 'level': 'fluent' if l == 'english' and g == 'intl' else rng.choice(['conversational', 'fluent'])} for l in langs] if rng.random() < .5 else []
    return {
        'id': pid,
        'title': title,
        'description': ' '.join(p for p in parts if p),
        'company': rng.choice(COMPANIES),
        'category': ROLES[filed]['category'],
        'role': filed,
        'sector': SECTOR.get(filed),
        'industry': industry,
        'city': city,
        'locality': loc,
        'work_mode': wm,
        'shift': shift,
        'salary_min': smin,
        'salary_max': smax,
        'experience_min': exp,
        'experience_max': exp + rng.choice([1, 2, 3]),
        'education_min': edu,
        'languages': lang_field,
        'skills': rng.sample(SKILLS[g], min(len(SKILLS[g]), rng.choice([1, 2, 3]))),
        'perks': perks,
        'openings': rng.choice([1, 2, 3, 5, 10, 20, 50]),
        'walk_in': walkin,
        'text_lang': style,
        'truth': {'kind': kind, 'also': also, 'langs': langs, 'night': night, 'fresher_ok': fresher},
    }


ALLOWED = {'kind_any', 'city_any', 'locality_any', 'near', 'work_mode_any', 'shift_any', 'night', 'langs_all', 'education_max',
           'experience_max', 'salary_at_least', 'fresher_ok'}


def holds(rule, p):  # port of relevance-rules.ts holds()
    t = p['truth']
    for key, v in rule.items():
        if key not in ALLOWED:
            raise ValueError(key)
        if key == 'kind_any' and not any(x in ({t['kind']} | set(t['also'])) for x in v): return False
        if key == 'city_any' and p['city'] not in v: return False
        if key == 'locality_any' and p['locality'] not in v: return False
        if key == 'near':
            at = COORDS[f"{p['city']}/{p['locality']}"]
            if hav(at, (v['lat'], v['lng'])) > v['km']: return False
        if key == 'work_mode_any' and p['work_mode'] not in v: return False
        if key == 'shift_any' and p['shift'] not in v: return False
        if key == 'night' and t['night'] != v: return False
        if key == 'langs_all' and not all(l in t['langs'] for l in v): return False
        if key == 'education_max' and EDU_RANK.get(p['education_min'], 99) > EDU_RANK.get(v, -1): return False
        if key == 'experience_max' and p['experience_min'] > v: return False
        if key == 'salary_at_least' and (p['salary_min'] is None or p['salary_min'] < v): return False
        if key == 'fresher_ok' and t['fresher_ok'] != v: return False
    return True


def grade(q, p):
    if holds(q['rule'], p): return 2
    if q.get('partial') and holds(q['partial'], p): return 1
    return 0


def main():
    queries = []
    for i, (q, params, kind, rule, partial, note) in enumerate(Q, 1):
        d = {'id': f'v4q{i:03d}', 'q': q, 'params': params, 'kind': kind, 'rule': rule}
        if partial:
            d['partial'] = partial
        d['note'] = note
        queries.append(d)
    posts = []
    nid = lambda: f'v4p{len(posts) + 1:04d}'
    for _ in range(330):
        posts.append(make(nid()))
    # fill: every narrow query up to >= 11 grade-2 postings; every broad query >= 12
    for q in queries:
        target = 11 if q['kind'] == 'narrow' else 12
        n = sum(holds(q['rule'], p) for p in posts)
        tries = 0
        while n < target and tries < 200:
            p = make(nid(), q['rule'])
            tries += 1
            if holds(q['rule'], p):
                posts.append(p); n += 1
        # a few grade-1 neighbours too
        if q.get('partial'):
            n1 = sum(grade(q, p) == 1 for p in posts)
            k = 0
            while n1 < 3 and k < 50:
                p = make(nid(), q['partial']); k += 1
                if grade(q, p) == 1:
                    posts.append(p); n1 += 1
    while len(posts) < 460:
        posts.append(make(nid()))
    # validate slugs
    for p in posts:
        assert p['role'] in ROLES and p['truth']['kind'] in ROLES, p
        assert f"{p['city']}/{p['locality']}" in COORDS
        assert p['education_min'] in EDU_RANK
        assert p['work_mode'] in {'onsite', 'hybrid', 'remote'} and p['shift'] in {'day', 'night', 'rotational', 'uk', 'us'}
        assert p['industry'] in {i['slug'] for i in TAX['industries']}
        for t in p['truth']['also']:
            assert t in ROLES or t == 'collections'
    for q in queries:
        for r in [q['rule'], q.get('partial') or {}]:
            for c in r.get('city_any', []): assert c in CITIES, c
            for l in r.get('locality_any', []): assert any(k.endswith('/' + l) for k in COORDS), l
            for k in r.get('kind_any', []): assert k in ROLES or k == 'collections', k
    json.dump(posts, open(os.path.join(OUT, 'postings.json'), 'w'), ensure_ascii=False, indent=1)
    json.dump(queries, open(os.path.join(OUT, 'queries.json'), 'w'), ensure_ascii=False, indent=1)
    # report
    for q in queries:
        g = [grade(q, p) for p in posts]
        print(f"{q['id']} {q['kind']:6} g2={g.count(2):3} g1={g.count(1):3}  {q['q']}")
    mis = sum(p['role'] != p['truth']['kind'] for p in posts)
    print('postings', len(posts), 'queries', len(queries), 'misfiled', mis,
          'no-salary', sum(p['salary_min'] is None for p in posts), 'remote', sum(p['work_mode'] == 'remote' for p in posts))
    from collections import Counter
    print(Counter(p['truth']['kind'] for p in posts))
    print(Counter(p['city'] for p in posts))
    print(Counter(p['text_lang'] for p in posts))
    print(Counter(q['kind'] for q in queries))


if __name__ == '__main__':
    main()
