import json, random, os, sys, importlib
sys.path.insert(0, os.path.dirname(__file__))
from common import FIELDS
MODS = ["scam_a","scam_b","scam_c","scam_d","honest_a","honest_b","honest_c","honest_d","honest_e","honest_f"]
items = []
for m in MODS:
    items += importlib.import_module(m).ITEMS
random.Random(20261209).shuffle(items)
out = []
for i, it in enumerate(items, 1):
    d = {"id": "v5-%03d" % i}
    d.update(it)
    out.append({k: d[k] for k in FIELDS})
p = os.path.join(os.path.dirname(__file__), "..", "postings.json")
with open(p, "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
print(len(out), "postings written")
