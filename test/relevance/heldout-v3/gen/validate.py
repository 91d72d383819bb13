#!/usr/bin/env python3
"""Checks the v3 held-out set: slugs against taxonomy.json, ids, and grade counts per query
(broad >= 25 grade-2, narrow 4-15). holds/grade are a line-for-line port of ../relevance-rules.ts."""
import json, math, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
TAX = json.load(open(os.path.join(ROOT, '..', 'taxonomy.json')))

ALLOWED = {'kind_any', 'city_any', 'locality_any', 'near', 'work_mode_any', 'shift_any', 'night', 'langs_all',
           'education_max', 'experience_max', 'salary_at_least', 'fresher_ok'}


def haversine_km(a, b):
    rad = lambda d: d * math.pi / 180
    la1, lo1, la2, lo2 = rad(a[0]), rad(a[1]), rad(b[0]), rad(b[1])
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def make_ctx():
    coords = {}
    for c in TAX['cities']:
        for l in c['localities']:
            coords[f"{c['slug']}/{l['slug']}"] = (l['lat'], l['lng'])
    rank = {e['slug']: e['rank'] for e in TAX['education_levels']}
    return {'coords': coords, 'educationRank': rank}


def holds(rule, p, ctx):
    t = p['truth']
    for key, value in rule.items():
        if key not in ALLOWED:
            raise ValueError(f'unknown rule key {key}')
        if key == 'kind_any':
            tags = set([t['kind'], *t['also']])
            if not any(v in tags for v in value): return False
        elif key == 'city_any':
            if p['city'] not in value: return False
        elif key == 'locality_any':
            if p['locality'] not in value: return False
        elif key == 'near':
            at = ctx['coords'].get(f"{p['city']}/{p['locality']}")
            if not at: raise ValueError(f"no coordinates for {p['city']}/{p['locality']}")
            if haversine_km(at, (value['lat'], value['lng'])) > value['km']: return False
        elif key == 'work_mode_any':
            if p['work_mode'] not in value: return False
        elif key == 'shift_any':
            if p['shift'] not in value: return False
        elif key == 'night':
            if t['night'] is not value: return False
        elif key == 'langs_all':
            if not all(l in t['langs'] for l in value): return False
        elif key == 'education_max':
            if ctx['educationRank'].get(p['education_min'], 99) > ctx['educationRank'].get(value, -1): return False
        elif key == 'experience_max':
            if p['experience_min'] > value: return False
        elif key == 'salary_at_least':
            if p['salary_min'] is None or p['salary_min'] < value: return False
        elif key == 'fresher_ok':
            if t['fresher_ok'] is not value: return False
    return True


def grade(q, p, ctx):
    if holds(q['rule'], p, ctx): return 2
    if q.get('partial') and holds(q['partial'], p, ctx): return 1
    return 0


# parameters the API accepts on GET /api/v1/jobs (CONTRACT.md), minus q/paging
API_PARAMS = {'city', 'locality', 'near', 'radius_km', 'category', 'role', 'sector', 'industry', 'work_mode', 'shift',
              'salary_min', 'experience_max', 'education', 'language', 'commute_from', 'commute_max_min', 'sort'}


def main():
    errs = []
    P = json.load(open(os.path.join(ROOT, 'postings.json')))
    Q = json.load(open(os.path.join(ROOT, 'queries.json')))
    ctx = make_ctx()
    roles = {r['slug'] for r in TAX['roles']}
    inds = {i['slug'] for i in TAX['industries']}
    cities = {c['slug']: {l['slug'] for l in c['localities']} for c in TAX['cities']}
    alllocs = set().union(*cities.values())
    stations = {s['slug'] for s in TAX['stations']}
    langs = {l['slug'] for l in TAX['languages']}
    edus = {e['slug'] for e in TAX['education_levels']}
    enum = lambda k: {x['slug'] for x in TAX[k]}
    perks, skills = enum('perks'), set(TAX['skills'])
    # postings
    if len(P) < 450: errs.append(f'only {len(P)} postings')
    ids = [p['id'] for p in P]
    if len(set(ids)) != len(ids): errs.append('duplicate posting ids')
    for n, p in enumerate(P, 1):
        if p['id'] != f'r3-{n:03d}': errs.append(f"id out of sequence: {p['id']}")
        for f in ('id', 'city', 'locality', 'work_mode', 'shift', 'education_min', 'experience_min', 'salary_min', 'truth', 'title', 'description'):
            if f not in p: errs.append(f"{p['id']}: missing {f}")
        if p['city'] not in cities or p['locality'] not in cities[p['city']]: errs.append(f"{p['id']}: bad place {p['city']}/{p['locality']}")
        if p['role'] not in roles: errs.append(f"{p['id']}: bad role {p['role']}")
        if p['category'] not in enum('categories'): errs.append(f"{p['id']}: bad category")
        if p['industry'] not in inds: errs.append(f"{p['id']}: bad industry")
        if p['work_mode'] not in enum('work_modes'): errs.append(f"{p['id']}: bad work_mode")
        if p['shift'] not in enum('shifts'): errs.append(f"{p['id']}: bad shift")
        if p['education_min'] not in edus: errs.append(f"{p['id']}: bad education")
        if any(l['slug'] not in langs or l['level'] not in TAX['language_levels'] for l in p['languages']): errs.append(f"{p['id']}: bad language")
        if not set(p['skills']) <= skills: errs.append(f"{p['id']}: bad skill")
        if not set(p['perks']) <= perks: errs.append(f"{p['id']}: bad perk")
        if p['salary_min'] is not None and not (8000 <= p['salary_min'] <= p['salary_max'] <= 125000): errs.append(f"{p['id']}: salary out of band")
        t = p['truth']
        if set(t) != {'kind', 'also', 'langs', 'night', 'fresher_ok'}: errs.append(f"{p['id']}: truth keys")
        if t['kind'] not in roles: errs.append(f"{p['id']}: bad truth.kind")
        if not set(t['also']) <= roles | inds: errs.append(f"{p['id']}: bad truth.also")
        if not set(t['langs']) <= langs: errs.append(f"{p['id']}: bad truth.langs")
    mis = sum(p['role'] != p['truth']['kind'] for p in P)
    if mis * 4 < len(P): errs.append(f'only {mis} misfiled postings')
    if not {r for r in roles} <= {p['truth']['kind'] for p in P}: errs.append('a role family is not covered')
    # queries
    if len(Q) < 60: errs.append(f'only {len(Q)} queries')
    qids = [q['id'] for q in Q]
    if len(set(qids)) != len(qids): errs.append('duplicate query ids')
    rows = []
    for q in Q:
        for k in ('id', 'q', 'params', 'kind', 'rule', 'note'):
            if k not in q: errs.append(f"{q.get('id')}: missing {k}")
        for k, v in q['params'].items():
            if k not in API_PARAMS: errs.append(f"{q['id']}: param {k} not in the API")
            if k == 'city' and v not in cities: errs.append(f"{q['id']}: bad city param")
            if k == 'commute_from' and v not in stations | alllocs: errs.append(f"{q['id']}: bad commute_from")
        for r in [q['rule']] + ([q['partial']] if q.get('partial') else []):
            for k, v in r.items():
                if k not in ALLOWED: errs.append(f"{q['id']}: rule key {k}")
                if k == 'kind_any' and not set(v) <= roles | inds: errs.append(f"{q['id']}: bad kind {v}")
                if k == 'city_any' and not set(v) <= set(cities): errs.append(f"{q['id']}: bad city {v}")
                if k == 'locality_any' and not set(v) <= alllocs: errs.append(f"{q['id']}: bad locality {v}")
                if k == 'langs_all' and not set(v) <= langs: errs.append(f"{q['id']}: bad lang {v}")
                if k in ('education_max',) and v not in edus: errs.append(f"{q['id']}: bad education {v}")
                if k == 'work_mode_any' and not set(v) <= enum('work_modes'): errs.append(f"{q['id']}: bad work mode")
                if k == 'shift_any' and not set(v) <= enum('shifts'): errs.append(f"{q['id']}: bad shift")
        g = [grade(q, p, ctx) for p in P]
        n2, n1 = g.count(2), g.count(1)
        rows.append((q['id'], q['kind'], n2, n1, q['q']))
        if q['kind'] == 'broad' and n2 < 25: errs.append(f"{q['id']}: broad with only {n2} grade-2")
        if q['kind'] == 'narrow' and not (4 <= n2 <= 15): errs.append(f"{q['id']}: narrow with {n2} grade-2")
        if q['kind'] not in ('broad', 'narrow'): errs.append(f"{q['id']}: kind")
    if '--table' in sys.argv:
        print('| id | kind | grade 2 | grade 1 | q |\n|---|---|---:|---:|---|')
        for r in rows: print(f'| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]} |')
    else:
        for r in rows: print(*r, sep='\t')
        print('broad', sum(r[1] == 'broad' for r in rows), 'narrow', sum(r[1] == 'narrow' for r in rows), 'misfiled', mis)
    for e in errs: print('ERROR', e)
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
