# Build postings.json: import all batch files, validate, shuffle with a fixed seed, assign ids.
import json, os, random, sys, glob, importlib.util, collections
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common
for f in sorted(glob.glob(os.path.join(HERE, "batch_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(f)[:-3], f)
    spec.loader.exec_module(importlib.util.module_from_spec(spec))
rows = common.ROWS
tax = json.load(open(os.path.join(HERE, "..", "..", "taxonomy.json")))
roles = {r["slug"] for r in tax["roles"]}; cities = {c["slug"] for c in tax["cities"]}
perks = {p["slug"] if isinstance(p, dict) else p for p in tax["perks"]}
errs = []
seen_desc = set()
for i, r in enumerate(rows):
    tag = f"row {i} ({r['title'][:40]})"
    if r["role"] not in roles: errs.append(f"{tag}: role {r['role']}")
    if r["city"] not in cities: errs.append(f"{tag}: city {r['city']}")
    for p in r["perks"]:
        if p not in perks: errs.append(f"{tag}: perk {p}")
    if r["lang"] not in ("en", "hinglish", "hi", "mr"): errs.append(f"{tag}: lang")
    if r["label"] == "scam" and not r["scam_kind"]: errs.append(f"{tag}: no kind")
    if r["label"] == "honest" and r["scam_kind"] is not None: errs.append(f"{tag}: kind on honest")
    ph = r["contact_phone"]
    if ph is not None and not (len(ph) == 10 and ph.isdigit() and ph[0] in "6789"): errs.append(f"{tag}: phone {ph}")
    if r["salary_min"] is not None and r["salary_max"] is not None and r["salary_min"] > r["salary_max"]: errs.append(f"{tag}: salary order")
    if r["description"] in seen_desc: errs.append(f"{tag}: duplicate description")
    seen_desc.add(r["description"])
    for k in ("title", "description", "company_name"):
        if not r[k] or not r[k].strip(): errs.append(f"{tag}: empty {k}")
# no sentence shared between two postings
sent = collections.Counter()
import re
for r in rows:
    for s in set(x.strip() for x in re.split(r"(?<=[.!?।])\s+", r["description"]) if len(x.strip()) > 25):
        sent[s] += 1
dups = [s for s, c in sent.items() if c > 1]
if dups: errs.extend("shared sentence: " + s for s in dups)
if errs:
    print("\n".join(errs)); sys.exit(1)
random.Random(20261207).shuffle(rows)
out = []
for i, r in enumerate(rows, 1):
    d = {"id": f"d4-{i:03d}"}; d.update(r); out.append(d)
json.dump(out, open(os.path.join(HERE, "..", "postings.json"), "w"), ensure_ascii=False, indent=1)
c = collections.Counter((r["lang"], r["label"]) for r in out)
print("total", len(out), collections.Counter(r["label"] for r in out))
print(sorted(c.items()))
print(sorted(collections.Counter(r["scam_kind"] for r in out if r["scam_kind"]).items()))
