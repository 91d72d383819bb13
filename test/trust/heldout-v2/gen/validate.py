"""Validate ../postings.json: schema, slugs vs taxonomy.json, unique ids,
near-copies (word-trigram Jaccard <= 0.35), counts per label / lang / kind."""
import json, os, re, sys, collections, itertools
HERE = os.path.dirname(os.path.abspath(__file__))
P = json.load(open(os.path.join(HERE, "..", "postings.json"), encoding="utf-8"))
T = json.load(open(os.path.join(HERE, "..", "..", "taxonomy.json"), encoding="utf-8"))
ROLES = {r["slug"] for r in T["roles"]}
PERKS = {p["slug"] for p in T["perks"]}
# taxonomy.json carries no city list; cities are checked against this fixed list from shared/DOMAIN.md
CITIES = {c["slug"] for c in T.get("cities", [])} or {
    "mumbai", "pune", "thane", "navi-mumbai", "nagpur", "nashik",
    "chhatrapati-sambhajinagar", "kolhapur", "solapur"}
KINDS = {"registration_fee", "refundable_deposit", "training_kit_fee", "task_prepaid",
         "typing_agreement_penalty", "money_mule", "identity_harvest", "overseas_trafficking",
         "brand_impersonation", "equipment_purchase", "illegal_call_centre", "captcha_per_page",
         "packing_courier_fee", "candidate_paid_consultancy", "franchise_seat_fee",
         "referral_pyramid", "investment_after_tasks"}
KEYS = ["id", "label", "scam_kind", "lang", "title", "description", "salary_min", "salary_max",
        "role", "city", "experience_min", "company_name", "company_verified", "website",
        "contact_phone", "contact_email", "perks"]
errs = []
ids = [p["id"] for p in P]
if len(set(ids)) != len(ids): errs.append("duplicate ids")
for p in P:
    i = p["id"]
    if list(p.keys()) != KEYS: errs.append(f"{i}: keys {list(p.keys())}")
    if not re.fullmatch(r"v2-\d{3}", i): errs.append(f"{i}: id format")
    if p["label"] not in ("scam", "honest"): errs.append(f"{i}: label")
    if p["label"] == "scam" and p["scam_kind"] not in KINDS: errs.append(f"{i}: kind {p['scam_kind']}")
    if p["label"] == "honest" and p["scam_kind"] is not None: errs.append(f"{i}: honest with kind")
    if p["lang"] not in ("en", "hinglish", "hi", "mr"): errs.append(f"{i}: lang")
    if p["role"] not in ROLES: errs.append(f"{i}: role {p['role']}")
    if p["city"] not in CITIES: errs.append(f"{i}: city {p['city']}")
    for k in p["perks"]:
        if k not in PERKS: errs.append(f"{i}: perk {k}")
    if len(set(p["perks"])) != len(p["perks"]): errs.append(f"{i}: dup perk")
    for k in ("salary_min", "salary_max"):
        if p[k] is not None and (not isinstance(p[k], int) or p[k] <= 0): errs.append(f"{i}: {k}")
    if p["salary_min"] and p["salary_max"] and p["salary_min"] > p["salary_max"]: errs.append(f"{i}: salary order")
    if not isinstance(p["experience_min"], int) or p["experience_min"] < 0: errs.append(f"{i}: exp")
    if not isinstance(p["company_verified"], bool): errs.append(f"{i}: verified")
    for k in ("title", "description", "company_name"):
        if not isinstance(p[k], str) or not p[k].strip(): errs.append(f"{i}: empty {k}")
    n = len([s for s in re.split(r"[.!?।]+\s*", p["description"]) if s.strip()])
    if not 2 <= n <= 8: errs.append(f"{i}: {n} sentences")
def grams(t):
    w = re.findall(r"\w+", t.lower())
    return {tuple(w[k:k + 3]) for k in range(len(w) - 2)}
G = [(p["id"], grams(p["description"])) for p in P]
worst = (0, None, None)
for (a, ga), (b, gb) in itertools.combinations(G, 2):
    if not ga or not gb: continue
    j = len(ga & gb) / len(ga | gb)
    if j > worst[0]: worst = (j, a, b)
    if j > 0.35: errs.append(f"near-copy {a} {b} J={j:.2f}")
print("postings:", len(P))
print("labels:", dict(collections.Counter(p["label"] for p in P)))
print("lang x label:", dict(collections.Counter((p["lang"], p["label"]) for p in P)))
print("lang:", dict(collections.Counter(p["lang"] for p in P)))
print("kinds:", dict(sorted(collections.Counter(p["scam_kind"] for p in P if p["label"] == "scam").items())))
print("verified scams:", sum(p["company_verified"] for p in P if p["label"] == "scam"),
      "unverified honest:", sum(not p["company_verified"] for p in P if p["label"] == "honest"))
print(f"max trigram Jaccard: {worst[0]:.3f} ({worst[1]}, {worst[2]})")
if errs:
    print("ERRORS:"); [print(" ", e) for e in errs]; sys.exit(1)
print("OK")
