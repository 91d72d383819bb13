import json, os, re, collections
here = os.path.dirname(__file__)
tax = json.load(open(os.path.join(here, "..", "..", "taxonomy.json")))
roles = {r["slug"] for r in tax["roles"]}; cities = {c["slug"] for c in tax["cities"]}
P = json.load(open(os.path.join(here, "..", "postings.json"), encoding="utf-8"))
from common import FIELDS
err = []
ids = set(); titles = collections.Counter(); descs = collections.Counter()
for p in P:
    if list(p.keys()) != FIELDS: err.append((p.get("id"), "fields"))
    if p["id"] in ids: err.append((p["id"], "dup id"))
    ids.add(p["id"])
    if not re.fullmatch(r"v5-\d{3}", p["id"]): err.append((p["id"], "id"))
    if p["label"] not in ("scam", "honest"): err.append((p["id"], "label"))
    if p["label"] == "scam" and not (isinstance(p["scam_kind"], str) and p["scam_kind"]): err.append((p["id"], "kind"))
    if p["label"] == "honest" and p["scam_kind"] is not None: err.append((p["id"], "kind null"))
    if p["lang"] not in ("en", "hinglish", "hi", "mr"): err.append((p["id"], "lang"))
    if p["role"] not in roles: err.append((p["id"], "role " + p["role"]))
    if p["city"] not in cities: err.append((p["id"], "city " + p["city"]))
    for k in ("salary_min", "salary_max", "experience_min"):
        if type(p[k]) is not int or p[k] < 0: err.append((p["id"], k))
    if p["salary_max"] < p["salary_min"]: err.append((p["id"], "salary order"))
    if type(p["company_verified"]) is not bool: err.append((p["id"], "verified"))
    if p["contact_phone"] and not re.fullmatch(r"\+91\d{10}", p["contact_phone"]): err.append((p["id"], "phone " + p["contact_phone"]))
    if not isinstance(p["perks"], list) or not all(isinstance(x, str) for x in p["perks"]): err.append((p["id"], "perks"))
    for k in ("title", "description", "company_name", "website", "contact_email"):
        if not isinstance(p[k], str): err.append((p["id"], k))
    if not p["title"] or not p["description"]: err.append((p["id"], "empty"))
    n = len([s for s in re.split(r"(?<=[.!?।])\s+", p["description"].strip()) if s])
    if not 2 <= n <= 8: err.append((p["id"], "sentences %d" % n))
    descs[p["description"]] += 1
for d, c in descs.items():
    if c > 1: err.append(("-", "duplicate description: " + d[:40]))
lab = collections.Counter(p["label"] for p in P)
lang = collections.Counter(p["lang"] for p in P)
kinds = collections.Counter(p["scam_kind"] for p in P if p["label"] == "scam")
print("total", len(P), dict(lab)); print("lang", dict(lang)); print("kinds", dict(kinds))
if len(P) < 320: err.append(("-", "fewer than 320"))
if lab["scam"] < 120: err.append(("-", "fewer than 120 scams"))
if lab["honest"] < 250: err.append(("-", "fewer than 250 honest"))
for e in err: print("ERR", e)
print("OK" if not err else "%d errors" % len(err))
raise SystemExit(1 if err else 0)
