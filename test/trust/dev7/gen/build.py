# Builds ../postings.json: honest postings first written by hand (honest_en.py, honest_other.py), then
# scams (scams.py); checks fields and slugs, rejects duplicate descriptions, shuffles with a fixed seed
# and numbers the postings d7-001..
import json, random, sys, os
sys.path.insert(0, os.path.dirname(__file__))
import honest_en, honest_hinglish, honest_hi_mr, scams_en, scams_other

rows = honest_en.ROWS + honest_hinglish.ROWS + honest_hi_mr.ROWS + scams_en.ROWS + scams_other.ROWS
roles = set(json.load(open(os.path.join(os.path.dirname(__file__), '../../dev4/postings.json')))[0].keys())
seen = set()
for r in rows:
    assert r['description'] not in seen, r['title']
    seen.add(r['description'])
    assert r['lang'] in ('en', 'hinglish', 'hi', 'mr')
    assert r['salary_min'] <= r['salary_max']
    assert set(r.keys()) | {'id'} == roles, r.keys()
random.Random(2026120706).shuffle(rows)
out = [{'id': f'd7-{i + 1:03d}', **r} for i, r in enumerate(rows)]
with open(os.path.join(os.path.dirname(__file__), '../postings.json'), 'w', encoding='utf8') as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write('\n')
from collections import Counter
print(len(out), Counter((r['lang'], r['label']) for r in out))
