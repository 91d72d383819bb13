import json, re, collections, os, sys
here = os.path.dirname(os.path.abspath(__file__))
d = json.load(open(os.path.join(here, "..", "postings.json"), encoding="utf-8"))
t = json.load(open("/work/heldout/taxonomy.json", encoding="utf-8"))
roles = {r["slug"] for r in t["roles"]}; cities = {c["slug"] for c in t["cities"]}; perks = {p["slug"] if isinstance(p, dict) else p for p in t["perks"]}
F = ["id","label","scam_kind","lang","title","description","salary_min","salary_max","role","city","experience_min","company_name","company_verified","website","contact_phone","contact_email","perks"]
err = []
ids = set()
sent_seen = {}
for p in d:
    if list(p.keys()) != F: err.append((p.get("id"), "fields", list(p.keys())))
    if p["id"] in ids: err.append((p["id"], "dup id"))
    ids.add(p["id"])
    if p["label"] not in ("scam","honest"): err.append((p["id"],"label"))
    if (p["label"]=="scam") != (p["scam_kind"] is not None): err.append((p["id"],"kind/label"))
    if p["lang"] not in ("en","hinglish","hi","mr"): err.append((p["id"],"lang"))
    if p["role"] not in roles: err.append((p["id"],"role",p["role"]))
    if p["city"] not in cities: err.append((p["id"],"city",p["city"]))
    for k in p["perks"]:
        if k not in perks: err.append((p["id"],"perk",k))
    for k in ("salary_min","salary_max"):
        if p[k] is not None and not isinstance(p[k], int): err.append((p["id"],k))
    if p["salary_min"] is not None and p["salary_max"] is not None and p["salary_min"] > p["salary_max"]: err.append((p["id"],"salary order"))
    if not isinstance(p["experience_min"], int): err.append((p["id"],"exp"))
    if not isinstance(p["company_verified"], bool): err.append((p["id"],"verified"))
    if p["contact_phone"] is not None and not re.fullmatch(r"[6-9]\d{9}", p["contact_phone"]): err.append((p["id"],"phone",p["contact_phone"]))
    sents = [s.strip() for s in re.split(r"(?<=[.!?।])\s+", p["description"]) if s.strip()]
    if not (2 <= len(sents) <= 8): err.append((p["id"],"sentences",len(sents)))
    for s in sents:
        if len(s) > 25 and s in sent_seen: err.append((p["id"],"dup sentence with",sent_seen[s],s))
        sent_seen.setdefault(s, p["id"])
ids_expected = {"v3-%03d" % i for i in range(1, 261)}
if ids != ids_expected: err.append(("ids","not v3-001..v3-260"))
lab = collections.Counter(p["label"] for p in d)
kinds = collections.Counter(p["scam_kind"] for p in d if p["scam_kind"])
print("total", len(d), dict(lab))
print("lang x label", sorted(collections.Counter((p["lang"], p["label"]) for p in d).items()))
print("kinds", len(kinds), dict(kinds))
if len(kinds) < 14 or min(kinds.values()) < 3: err.append(("kinds","too few"))
for e in err: print("ERR", e)
print("OK" if not err else "FAILED %d" % len(err))
sys.exit(1 if err else 0)
