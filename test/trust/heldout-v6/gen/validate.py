#!/usr/bin/env python3
import json, re, collections, os
HERE = os.path.dirname(os.path.abspath(__file__))
P = json.load(open(os.path.join(HERE, '..', 'postings.json'), encoding='utf-8'))
T = json.load(open('/work/heldout/taxonomy.json', encoding='utf-8'))
roles = {r['slug'] for r in T['roles']}; cities = {c['slug'] for c in T['cities']}; perks = {p['slug'] for p in T['perks']}
ORDER = ['id','label','scam_kind','lang','title','description','salary_min','salary_max','role','city','experience_min',
         'company_name','contact_phone','contact_email','website','perks','company_verified']
err = []
def sentences(d):
    return [s for s in re.split(r'(?<=[.!?।])\s+', d.strip()) if s.strip()]
seen = set(); ids = set()
for p in P:
    if list(p.keys()) != ORDER: err.append((p['id'], 'field order'))
    if p['id'] in ids: err.append((p['id'], 'dup id'))
    ids.add(p['id'])
    if p['label'] not in ('scam','honest'): err.append((p['id'],'label'))
    if (p['label']=='honest') != (p['scam_kind'] is None): err.append((p['id'],'scam_kind'))
    if p['lang'] not in ('en','hinglish','hi','mr'): err.append((p['id'],'lang'))
    if p['role'] is not None and p['role'] not in roles: err.append((p['id'],'role',p['role']))
    if p['city'] is not None and p['city'] not in cities: err.append((p['id'],'city',p['city']))
    if p['perks'] is not None and any(x not in perks for x in p['perks']): err.append((p['id'],'perks',p['perks']))
    a, b = p['salary_min'], p['salary_max']
    if (a is None) != (b is None) or (a is not None and (not isinstance(a,int) or a > b or a <= 0)): err.append((p['id'],'salary',a,b))
    if p['contact_phone'] is not None and not re.fullmatch(r'\+91[6-9]\d{9}', p['contact_phone']): err.append((p['id'],'phone'))
    if p['contact_email'] is not None and not re.fullmatch(r'[\w.+-]+@[\w-]+(\.[\w-]+)+', p['contact_email']): err.append((p['id'],'email',p['contact_email']))
    if p['website'] is not None and not p['website'].startswith('https://'): err.append((p['id'],'website'))
    if not isinstance(p['company_verified'], bool): err.append((p['id'],'verified'))
    n = len(sentences(p['description']))
    if not 2 <= n <= 8: err.append((p['id'],'sentences',n))
    if p['lang'] in ('hi','mr') and not re.search(r'[\u0900-\u097F]', p['description']): err.append((p['id'],'devanagari'))
    if p['lang'] in ('en','hinglish') and re.search(r'[\u0900-\u097F]', p['description']): err.append((p['id'],'script'))
    k = re.sub(r'\s+',' ', p['description'].strip().lower())
    if k in seen: err.append((p['id'],'dup description'))
    seen.add(k)
c = collections.Counter(p['label'] for p in P)
L = collections.Counter(p['lang'] for p in P)
print('total', len(P), dict(c)); print('lang', {k: (v, round(100*v/len(P),1)) for k,v in L.items()})
print('lang x label', dict(collections.Counter((p['lang'],p['label']) for p in P)))
print('scam kinds', dict(sorted(collections.Counter(p['scam_kind'] for p in P if p['scam_kind']).items())))
print('verified scams', sum(1 for p in P if p['label']=='scam' and p['company_verified']), 'verified honest', sum(1 for p in P if p['label']=='honest' and p['company_verified']))
assert len(P) >= 450 and c['scam'] >= 150, 'counts'
print('errors', len(err)); [print(e) for e in err[:40]]
