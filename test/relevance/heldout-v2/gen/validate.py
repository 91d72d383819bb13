"""Validate postings.json and queries.json against taxonomy.json and the rules grammar (a line-for-line
port of heldout/relevance-rules.ts `holds`). Exit 1 on any problem. Run: python3 gen/validate.py"""
import json, math, os, sys
from collections import Counter
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TAX = json.load(open(os.path.join(OUT, "..", "taxonomy.json"), encoding="utf-8"))
P = json.load(open(os.path.join(OUT, "postings.json"), encoding="utf-8"))
Q = json.load(open(os.path.join(OUT, "queries.json"), encoding="utf-8"))
ALLOWED = {"kind_any", "city_any", "locality_any", "near", "work_mode_any", "shift_any", "night", "langs_all", "education_max", "experience_max", "salary_at_least", "fresher_ok"}
ROLE = {r["slug"]: r["category"] for r in TAX["roles"]}
S = lambda k: {x["slug"] if isinstance(x, dict) else x for x in TAX[k]}
COORDS = {f'{c["slug"]}/{l["slug"]}': (l["lat"], l["lng"]) for c in TAX["cities"] for l in c["localities"]}
EDU = {e["slug"]: e["rank"] for e in TAX["education_levels"]}
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from specs import KINDS
TAGS = set(KINDS) | {"cs", "bo", "voice", "nonvoice", "bo-ops"}
errs = []

def hav(a, b):
    r = math.radians; la1, lo1, la2, lo2 = r(a[0]), r(a[1]), r(b[0]), r(b[1])
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))

def holds(rule, p):
    t = p["truth"]
    for key, v in rule.items():
        if key not in ALLOWED: raise ValueError("unknown rule key " + key)
        if key == "kind_any" and not set(v) & ({t["kind"]} | set(t["also"])): return False
        if key == "city_any" and p["city"] not in v: return False
        if key == "locality_any" and p["locality"] not in v: return False
        if key == "near" and hav(COORDS[p["city"] + "/" + p["locality"]], (v["lat"], v["lng"])) > v["km"]: return False
        if key == "work_mode_any" and p["work_mode"] not in v: return False
        if key == "shift_any" and p["shift"] not in v: return False
        if key == "night" and t["night"] != v: return False
        if key == "langs_all" and not all(l in t["langs"] for l in v): return False
        if key == "education_max" and EDU.get(p["education_min"], 99) > EDU.get(v, -1): return False
        if key == "experience_max" and p["experience_min"] > v: return False
        if key == "salary_at_least" and (p["salary_min"] is None or p["salary_min"] < v): return False
        if key == "fresher_ok" and t["fresher_ok"] != v: return False
    return True

# postings
ids = set()
for p in P:
    e = lambda m: errs.append(f'{p.get("id")}: {m}')
    if p["id"] in ids: e("duplicate id")
    ids.add(p["id"])
    for f in ["title", "description", "category", "role", "industry", "city", "locality", "work_mode", "shift", "salary_min", "salary_max", "experience_min",
              "experience_max", "education_min", "languages", "skills", "perks", "openings", "truth"]:
        if f not in p: e("missing " + f)
    if p["role"] not in ROLE: e("role " + p["role"])
    elif ROLE[p["role"]] != p["category"]: e("category != role category")
    if p["category"] not in S("categories"): e("category")
    if "sector" in p and p["sector"] not in S("sectors"): e("sector")
    if p["industry"] not in S("industries"): e("industry")
    if p["work_mode"] not in S("work_modes"): e("work_mode")
    if p["shift"] not in S("shifts"): e("shift")
    if p["education_min"] not in EDU: e("education")
    if p["city"] + "/" + p["locality"] not in COORDS: e("locality not in city")
    for l in p["languages"]:
        if l["language"] not in S("languages") or l["level"] not in TAX["language_levels"]: e("language")
    for s in p["skills"]:
        if s not in TAX["skills"]: e("skill " + s)
    for s in p["perks"]:
        if s not in S("perks"): e("perk " + s)
    if (p["salary_min"] is None) != (p["salary_max"] is None): e("half salary")
    if p["salary_min"] is not None and not (0 < p["salary_min"] <= p["salary_max"]): e("salary order")
    if p["experience_min"] > p["experience_max"]: e("experience order")
    t = p["truth"]
    if set(t) != {"kind", "also", "langs", "night", "fresher_ok"}: e("truth keys")
    if t["kind"] not in KINDS: e("truth kind")
    for a in t["also"]:
        if a not in TAGS: e("also tag " + a)
    for l in t["langs"]:
        if l not in S("languages"): e("truth lang")
    for l in p["languages"]:
        if l["language"] not in t["langs"]: e("field language missing in truth")
    if t["fresher_ok"] != (p["experience_min"] == 0): e("fresher_ok")
    if p["shift"] in ("us", "night") and not t["night"]: e("night shift filed but truth.night false")

# queries
qids = set()
report = []
for q in Q:
    e = lambda m: errs.append(f'{q["id"]}: {m}')
    if q["id"] in qids: e("dup id")
    qids.add(q["id"])
    if set(q["params"]) - {"city"}: e("params")
    if q["params"].get("city") and q["params"]["city"] not in {c["slug"] for c in TAX["cities"]}: e("param city")
    for r in [q["rule"], q.get("partial") or {}]:
        for key, v in r.items():
            if key not in ALLOWED: e("rule key " + key)
            if key == "kind_any":
                for tg in v:
                    if tg not in TAGS: e("unknown tag " + tg)
            if key == "city_any":
                for c in v:
                    if c not in {c["slug"] for c in TAX["cities"]}: e("rule city " + c)
    if not any(q["note"].startswith(x) for x in ["[en]", "[hinglish]", "[hi-deva]", "[mr-deva]", "[mr-roman]", "[typo]"]): e("note tag")
    g2 = sum(1 for p in P if holds(q["rule"], p))
    g1 = sum(1 for p in P if not holds(q["rule"], p) and q.get("partial") and holds(q["partial"], p))
    ok = g2 >= 25 if q["kind"] == "broad" else 4 <= g2 <= 15
    if not ok: e(f'{q["kind"]} has {g2} grade-2 postings')
    report.append(f'{q["id"]} {q["kind"]:6} g2={g2:3} g1={g1:3} {"OK " if ok else "BAD"} {q["q"]}')

if __name__ == "__main__":
    print("\n".join(report))
    k = Counter(p["truth"]["kind"] for p in P)
    misfiled = sum(1 for p in P if p["role"] not in KINDS[p["truth"]["kind"]]["right"])
    print("postings", len(P), "queries", len(Q), "broad", sum(q["kind"] == "broad" for q in Q), "narrow", sum(q["kind"] == "narrow" for q in Q))
    print("kinds", len(k), "misfiled", misfiled, "undisclosed salary", sum(p["salary_min"] is None for p in P),
          "night", sum(p["truth"]["night"] for p in P), "night filed day/rotational", sum(p["truth"]["night"] and p["shift"] in ("day", "rotational") for p in P),
          "text-only langs", sum(len(p["truth"]["langs"]) > len(p["languages"]) for p in P))
    if len(P) < 420: errs.append("fewer than 420 postings")
    if len(Q) < 45: errs.append("fewer than 45 queries")
    if errs:
        print("ERRORS:\n" + "\n".join(errs[:80])); sys.exit(1)
    print("VALID")
