"""Assemble the hand-written rows into ../postings.json with a seeded shuffle.
The rows themselves are written by hand in s_*.py / h_*.py; this script only
converts tuples to objects, shuffles (seed 16016) and assigns ids v2-001..v2-320."""
import json, random, os, importlib
HERE = os.path.dirname(os.path.abspath(__file__))
MODS = ["s_en1", "s_en2", "s_mix", "h_en1", "h_en2", "h_en3", "h_hinglish", "h_himr"]
KEYS = ["label", "scam_kind", "lang", "title", "description", "salary_min", "salary_max",
        "role", "city", "experience_min", "company_name", "company_verified", "website",
        "contact_phone", "contact_email", "perks"]
rows = []
for m in MODS:
    rows += importlib.import_module(m).ROWS
objs = [dict(zip(KEYS, r)) for r in rows]
random.Random(16016).shuffle(objs)
out = []
for i, o in enumerate(objs, 1):
    out.append({"id": f"v2-{i:03d}", **o})
with open(os.path.join(HERE, "..", "postings.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
print("wrote", len(out))
