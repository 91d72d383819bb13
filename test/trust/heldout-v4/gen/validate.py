"""Check postings.json: fields, types, slugs, phone format, counts. Run: python3 gen/validate.py"""
import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
tax = json.load(open(os.path.join(ROOT, "..", "taxonomy.json"), encoding="utf-8"))
ROLES = {r["slug"] for r in tax["roles"]}
CITIES = {c["slug"] for c in tax["cities"]}
PERKS = {p["slug"] for p in tax["perks"]}
FIELDS = ["id", "label", "scam_kind", "lang", "title", "description", "salary_min", "salary_max",
          "role", "city", "experience_min", "company_name", "company_verified", "website",
          "contact_phone", "contact_email", "perks"]

data = json.load(open(os.path.join(ROOT, "postings.json"), encoding="utf-8"))
errs = []
ids = set()
texts = set()
for i, p in enumerate(data, 1):
    w = p.get("id", "?")
    if list(p.keys()) != FIELDS:
        errs.append(f"{w}: fields {list(p.keys())}")
        continue
    if p["id"] != "v4-%03d" % i or p["id"] in ids:
        errs.append(f"{w}: bad/dup id")
    ids.add(p["id"])
    if p["label"] not in ("scam", "honest"):
        errs.append(f"{w}: label")
    if p["label"] == "scam" and not (isinstance(p["scam_kind"], str) and p["scam_kind"]):
        errs.append(f"{w}: scam without kind")
    if p["label"] == "honest" and p["scam_kind"] is not None:
        errs.append(f"{w}: honest with kind")
    if p["lang"] not in ("en", "hinglish", "hi", "mr"):
        errs.append(f"{w}: lang")
    for k in ("title", "description", "company_name"):
        if not isinstance(p[k], str) or not p[k].strip():
            errs.append(f"{w}: empty {k}")
    n = len([s for s in re.split(r"(?<=[.!?।])\s+", p["description"].strip()) if s])
    if not 2 <= n <= 8:
        errs.append(f"{w}: {n} sentences")
    for k in ("salary_min", "salary_max", "experience_min"):
        if type(p[k]) is not int or p[k] < 0:
            errs.append(f"{w}: {k} not non-negative int")
    if type(p["salary_min"]) is int and type(p["salary_max"]) is int and p["salary_min"] > p["salary_max"]:
        errs.append(f"{w}: salary_min > salary_max")
    if p["role"] not in ROLES:
        errs.append(f"{w}: role {p['role']}")
    if p["city"] not in CITIES:
        errs.append(f"{w}: city {p['city']}")
    if type(p["company_verified"]) is not bool:
        errs.append(f"{w}: company_verified")
    if not isinstance(p["website"], str):
        errs.append(f"{w}: website")
    if p["contact_phone"] and not re.fullmatch(r"\+91\d{10}", p["contact_phone"]):
        errs.append(f"{w}: phone {p['contact_phone']}")
    if p["contact_email"] and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", p["contact_email"]):
        errs.append(f"{w}: email {p['contact_email']}")
    if not isinstance(p["perks"], list) or any(x not in PERKS for x in p["perks"]):
        errs.append(f"{w}: perks {p['perks']}")
    key = (p["title"], p["description"])
    if key in texts:
        errs.append(f"{w}: duplicate text")
    texts.add(key)

lab = collections.Counter(p["label"] for p in data)
lang = collections.Counter(p["lang"] for p in data)
kinds = collections.Counter(p["scam_kind"] for p in data if p["label"] == "scam")
if len(data) < 320: errs.append(f"total {len(data)} < 320")
if lab["scam"] < 120: errs.append(f"scams {lab['scam']} < 120")
if lab["honest"] < 200: errs.append(f"honest {lab['honest']} < 200")
print("total", len(data), dict(lab))
print("lang", dict(lang), "en share %.1f%%" % (100 * lang["en"] / len(data)))
print("kinds", len(kinds), dict(sorted(kinds.items())))
if errs:
    print("\n".join(errs))
    sys.exit(1)
print("OK")
