"""Build postings.json from the hand-written files in this folder. Run: python3 gen/build.py"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import scam_en, scam_mix, honest_en1, honest_en2, honest_hinglish, honest_hi_mr, extra_en  # noqa: E402

FIELDS = ["id", "label", "scam_kind", "lang", "title", "description", "salary_min", "salary_max",
          "role", "city", "experience_min", "company_name", "company_verified", "website",
          "contact_phone", "contact_email", "perks"]

allp = []
for mod in (scam_en, scam_mix, honest_en1, honest_en2, honest_hinglish, honest_hi_mr, extra_en):
    allp.extend(mod.POSTINGS)

random.Random(20261208).shuffle(allp)
out = []
for i, p in enumerate(allp, 1):
    q = dict(p)
    q["id"] = "v4-%03d" % i
    out.append({k: q[k] for k in FIELDS})

with open(os.path.join(HERE, "..", "postings.json"), "w", encoding="utf-8") as f:
    json.dump(out, f, ensure_ascii=False, indent=1)
    f.write("\n")
print("wrote", len(out))
