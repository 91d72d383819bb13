"""Build postings.json deterministically from specs.py (seed fixed). Run: python3 gen/build.py"""
import json, random, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from specs import KINDS, CITY_WEIGHTS, LOCALITY_WEIGHTS, LANDMARKS, REGIONAL

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TAX = json.load(open(os.path.join(OUT, "..", "taxonomy.json"), encoding="utf-8"))
rng = random.Random(20261207)
N = 440

ROLE_CAT = {r["slug"]: r["category"] for r in TAX["roles"]}
CITIES = {c["slug"]: c for c in TAX["cities"]}
LANG_NAME = {l["slug"]: l["name"] for l in TAX["languages"]}
LANG_HI = {"english": "इंग्लिश", "hindi": "हिंदी", "marathi": "मराठी", "tamil": "तमिल", "telugu": "तेलुगु", "kannada": "कन्नड़", "bengali": "बंगाली", "gujarati": "गुजराती"}
LANG_MR = {"english": "इंग्रजी", "hindi": "हिंदी", "marathi": "मराठी", "tamil": "तमिळ", "telugu": "तेलुगू", "kannada": "कन्नड", "bengali": "बंगाली", "gujarati": "गुजराती"}

def wchoice(d):
    keys = list(d); return rng.choices(keys, weights=[d[k] for k in keys])[0]

def inr(n):
    s = str(int(n))
    if len(s) <= 3: return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2: parts.insert(0, head[-2:]); head = head[:-2]
    if head: parts.insert(0, head)
    return ",".join(parts) + "," + tail

def lpa(monthly):
    v = monthly * 12 / 100000
    return ("%.1f" % v).rstrip("0").rstrip(".")

def k(n):
    return ("%.1f" % (n / 1000)).rstrip("0").rstrip(".") + "k"

def salary_text(smin, smax, style):
    if smin is None:
        return rng.choice({"en": ["Salary: Best in industry.", "Salary as per interview.", "Salary negotiable for the right candidate.", "CTC: Not a constraint for deserving candidates.", ""],
                           "hinglish": ["Salary interview ke baad decide hogi.", "Salary - best in market.", ""],
                           "mr_roman": ["Pagar mulakhatinantar tharvla jail.", ""],
                           "hi": ["वेतन: इंटरव्यू के अनुसार", "सैलरी: कंपनी नियम अनुसार"], "mr": ["पगार: मुलाखतीनंतर ठरेल", "पगार: अनुभवानुसार"]}[style])
    if style == "hi":
        return rng.choice([f"सैलरी: ₹{inr(smin)} से ₹{inr(smax)} प्रति माह", f"वेतन {smin} - {smax} रुपये महीना + इंसेंटिव", f"तनख्वाह: {k(smin)} - {k(smax)} इन हैंड"])
    if style == "mr":
        return rng.choice([f"पगार: ₹{inr(smin)} ते ₹{inr(smax)} दरमहा", f"वेतन {smin} ते {smax} रुपये महिना", f"पगार {k(smin)} - {k(smax)} हातात"])
    if style == "mr_roman":
        return rng.choice([f"Pagar {smin} te {smax} mahina.", f"Pagar: {k(smin)}-{k(smax)} in hand"])
    if style == "hinglish":
        return rng.choice([f"Salary {k(smin)} se {k(smax)} tak (in hand).", f"Salary: {smin}-{smax} per month + incentive", f"Pagaar {inr(smin)} - {inr(smax)} monthly"])
    return rng.choice([f"Salary: {k(smin)} - {k(smax)} in hand per month.", f"Salary: Rs. {inr(smin)}/- to Rs. {inr(smax)}/- per month.",
                       f"CTC: {lpa(smin)} LPA - {lpa(smax)} LPA.", f"Package upto Rs {inr(smax * 12)} p.a. (min {inr(smin * 12)}).",
                       f"₹{inr(smin)} - ₹{inr(smax)} a month + incentives.", f"Take home {smin} to {smax} depending on last drawn salary."])

NIGHT_TXT = {"en": ["US process, shift timing 6:30 PM to 3:30 AM IST.", "Night shift: 9:00 PM - 6:00 AM (US client).", "Shift: 7:30 PM to 4:30 AM, 5 days working, cab drop provided.",
                    "Timings 8 PM - 5 AM (US shift), home drop available.", "Graveyard shift, 10:30 PM to 7:30 AM."],
             "hinglish": ["Night shift hai (US process) - 7 PM se 4 AM.", "Raat ki shift, 9 PM to 6 AM, cab milegi."],
             "mr_roman": ["Ratri shift - 8 PM te 5 AM (US process).", "Night shift aahe, 9 PM te 6 AM."],
             "hi": ["रात की शिफ्ट (US प्रोसेस) - शाम 7 बजे से सुबह 4 बजे तक", "नाइट शिफ्ट: रात 9 से सुबह 6, कैब सुविधा"],
             "mr": ["रात्रपाळी (US प्रोसेस) - संध्याकाळी 7 ते पहाटे 4", "नाईट शिफ्ट: रात्री 9 ते सकाळी 6, कॅब सुविधा"]}
DAY_TXT = {"en": ["Day shift, 9:30 AM - 6:30 PM, Sunday fixed off.", "General shift 10 AM to 7 PM, 6 days working.", "Timings: 9 to 6, Monday to Saturday.", ""],
           "hinglish": ["Day shift, 10 se 7, Sunday off.", "Timing subah 9:30 se shaam 6:30."], "mr_roman": ["Vel: sakali 10 te sandhyakali 7.", "Day shift, Ravivar sutti."],
           "hi": ["समय: सुबह 10 से शाम 7 बजे तक", "डे शिफ्ट, रविवार छुट्टी"], "mr": ["वेळ: सकाळी 10 ते सायंकाळी 7", "दिवसपाळी, रविवार सुट्टी"]}
ROT_TXT = {"en": ["Rotational shifts between 7 AM and 10 PM, rotational week offs.", "24x5 process for day shifts only (7 AM - 9 PM window), rotational offs."],
           "hinglish": ["Rotational shift (subah 7 se raat 10 ke beech), week off rotational."], "mr_roman": ["Rotational shift (sakali 7 te ratri 10)."],
           "hi": ["रोटेशनल शिफ्ट (सुबह 7 से रात 10 के बीच)"], "mr": ["रोटेशनल शिफ्ट (सकाळी 7 ते रात्री 10 दरम्यान)"]}
UK_TXT = {"en": ["UK shift: 12:30 PM to 9:30 PM IST.", "UK process, 1 PM - 10 PM, Sat-Sun off."], "hinglish": ["UK shift - dopahar 1 se raat 10."], "mr_roman": ["UK shift - dupari 1 te ratri 10."],
          "hi": ["यूके शिफ्ट: दोपहर 1 से रात 10"], "mr": ["यूके शिफ्ट: दुपारी 1 ते रात्री 10"]}

OPEN = {"en": ["We are hiring for {t} for our {ind} client.", "Urgent opening for {t} at our {loc} office.", "Leading {ind} company is looking for {t}.",
               "Immediate joiners required for the role of {t}.", "Join our growing team as {t}.", "Bulk hiring: {n} positions for {t}."],
        "caps": ["HIRING!!! {T} - {N} OPENINGS", "URGENT REQUIREMENT - {T}", "WALK-IN DRIVE FOR {T} !!!"],
        "hinglish": ["{t} ke liye urgent hiring chalu hai.", "Hamari company ko {t} chahiye, {loc} office ke liye.", "{t} - {loc} me job, jaldi apply karo."],
        "mr_roman": ["Amchya {loc} office sathi {t} pahije.", "{t} - taabadtob bharti, {loc}."],
        "hi": ["{loc} ऑफिस के लिए {kn} स्टाफ की ज़रूरत है।", "तुरंत भर्ती: {t}", "हमें {kn} के काम के लिए उम्मीदवार चाहिए।"],
        "mr": ["{loc} येथील कार्यालयासाठी {kn} उमेदवार पाहिजेत.", "तात्काळ भरती: {t}", "{kn} कामासाठी {n} जागा."]}
EDU_TXT = {"below_10th": "Any education", "10th": "10th (SSC) pass", "12th": "12th (HSC) pass or above", "diploma": "Diploma / graduate", "graduate": "Any graduate (BA/BCom/BSc/BMS)", "postgraduate": "MBA / PG preferred"}
EDU_HI = {"below_10th": "कोई भी", "10th": "10वीं पास", "12th": "12वीं पास", "diploma": "डिप्लोमा", "graduate": "ग्रेजुएट", "postgraduate": "पोस्ट ग्रेजुएट / MBA"}
EDU_MR = {"below_10th": "कोणतेही", "10th": "10 वी पास", "12th": "12 वी पास", "diploma": "डिप्लोमा", "graduate": "पदवीधर", "postgraduate": "पदव्युत्तर / MBA"}
PERK_TXT = {"cab": "cab facility", "esi": "ESI", "pf": "PF", "health-insurance": "mediclaim", "incentives": "attractive incentives", "meals": "free meals", "training": "paid training"}
WALKIN = ["Walk-in interview: 8th to 12th Dec, 11 AM - 3 PM. Bring updated resume, Aadhaar, PAN, 2 photos and marksheets.",
          "Walk-in Mon-Sat 10:30 AM to 2 PM. Contact HR Sneha at reception. Carry resume and ID proof.",
          "Direct walk-in with resume and photocopies of documents. Interview: HR round, typing/versant test, operations round.",
          "Interview rounds: HR, voice & accent, ops. Walk-in any weekday between 11 and 4.",
          "No charges for interview or joining. Walk-in with 2 copies of resume."]
WALKIN_HI = ["वॉक-इन इंटरव्यू: सोमवार से शनिवार, सुबह 11 से 3 बजे। रिज्यूमे, आधार कार्ड और फोटो साथ लाएं।"]
WALKIN_MR = ["थेट मुलाखत: सोमवार ते शनिवार, सकाळी 11 ते 3. बायोडाटा, आधार कार्ड व फोटो सोबत आणावे."]

def place(city, loc):
    c = CITIES[city]; l = next(x for x in c["localities"] if x["slug"] == loc)
    if loc in LANDMARKS and rng.random() < 0.8:
        lm = rng.choice(LANDMARKS[loc])
    else:
        lm = l["name"] + (", " + c["name"] if l["name"] != c["name"] else "")
    return c, l, lm

# A title that names the business fixes the industry (a credit-card caller is banking, not healthcare).
INDUSTRY_HINTS = [(["Credit Card", "Loan", "Bank", "EMI", "लोन", "CKYC"], "banking"), (["Insurance", "Policy", "Claims", "क्लेम"], "insurance"),
                  (["Healthcare", "Medical", "AR Caller"], "healthcare"), (["Telecom", "Broadband"], "telecom"), (["E-commerce"], "e-commerce"),
                  (["Real Estate", "Education"], "sales-marketing"), (["SaaS"], "it-services"), (["Survey"], "market-research")]

def quota(weights):
    """Exactly proportional allocation (largest remainder), then a seeded shuffle."""
    tot = sum(weights.values())
    raw = {k: weights[k] * N / tot for k in weights}
    q = {k: int(v) for k, v in raw.items()}
    for k in sorted(raw, key=lambda k: raw[k] - q[k], reverse=True)[: N - sum(q.values())]:
        q[k] += 1
    seq = [k for k in weights for _ in range(q[k])]
    rng.shuffle(seq)
    return seq

def build():
    kinds = list(KINDS)
    posts = []
    counts = {}
    kind_seq = quota({k: KINDS[k]["weight"] for k in kinds})
    city_seq = quota(CITY_WEIGHTS)
    for i in range(N):
        kind = kind_seq[i]
        s = KINDS[kind]
        city = city_seq[i]
        locs = [l["slug"] for l in CITIES[city]["localities"]]
        lw = LOCALITY_WEIGHTS.get(city, {})
        loc = rng.choices(locs, weights=[lw.get(x, 1) for x in locs])[0]
        c, l, landmark = place(city, loc)
        misfiled = rng.random() < 0.3
        role = rng.choice(s["wrong"]) if misfiled else rng.choice(s["right"])
        category = ROLE_CAT[role]
        t = rng.choice(s["titles"])
        extra_also = []
        if isinstance(t, tuple): t, extra_also = t
        deva_title = any("\u0900" <= ch <= "\u097f" for ch in t)
        if deva_title:
            style = "mr" if any(w in t for w in ["पाहिजे", "एक्झिक्युटिव्ह", "ग्राहक", "मॅनेजर", "वसुली", "लेखापाल", "ॲडमिन", "ऑफिस असिस्टंट", "डॉक्युमेंटेशन", "आयटी", "एमआयएस", "एचआर", "बॅक", "चॅट", "एन्ट्री"]) else "hi"
        else:
            style = rng.choices(["en", "caps", "hinglish", "mr_roman", "hi", "mr"], weights=[46, 8, 20, 7, 9, 10])[0]
        if "pahije" in t: style = "mr_roman"
        if " ka kaam" in t or "kaam -" in t: style = "hinglish"
        # shift / night
        night = rng.random() < s["night"]
        if night:
            shift = rng.choices(["us", "night", "rotational", "day"], weights=[35, 30, 22, 13])[0]
        elif kind in ("intl-voice",) and rng.random() < 0.7:
            shift = "uk"
        else:
            shift = rng.choices(["day", "rotational"], weights=[75, 25])[0]
        if "US Shift" in t or "US shift" in t or "Night Shift" in t or "नाईट" in t or "US Healthcare" in t or "US Process" in t:
            night = True; shift = rng.choice(["us", "night", "rotational"])
        if "UK Process" in t and not night:
            shift = "uk"
        # work mode
        wm = "remote" if rng.random() < s["remote"] else ("hybrid" if rng.random() < 0.07 else "onsite")
        if "Work From Home" in t: wm = "remote"
        # salary
        lo, hi = s["sal"]
        if rng.random() < 0.15:
            smin = smax = None
        else:
            smin = int(round(rng.uniform(lo, lo + (hi - lo) * 0.6) / 500) * 500)
            smax = int(round(smin * rng.uniform(1.1, 1.45) / 500) * 500)
        exp_min = rng.choice(s["exp"])
        if "Freshers" in t or "fresher" in t.lower(): exp_min = 0
        if "Sr." in t or "Senior" in t: exp_min = max(exp_min, 3)
        exp_max = exp_min + rng.choice([1, 2, 2, 3, 5])
        if smin is not None and exp_min >= 2:
            smin = int(smin * 1.15) // 500 * 500; smax = max(smax, smin + 2000)
        edu = rng.choice(s["edu"])
        if "12th pass" in t: edu = "12th"
        if "B.Com" in t or "Graduate" in t: edu = "graduate"
        # languages: fields and text-only
        if kind == "intl-voice":
            langs = [("english", "fluent")]
        elif s["group"] == "cs" and s["voice"]:
            langs = [("hindi", "fluent"), ("english", rng.choice(["basic", "conversational"]))]
            if rng.random() < 0.45: langs.append(("marathi", rng.choice(["conversational", "fluent"])))
        elif s["group"] == "cs":
            langs = [("english", rng.choice(["conversational", "fluent"]))]
            if rng.random() < 0.4: langs.append(("hindi", "conversational"))
        else:
            langs = [("english", "basic")] if rng.random() < 0.6 else []
            if rng.random() < 0.25: langs.append(("marathi", rng.choice(["basic", "conversational"])))
        if "Marathi" in t or "मराठी" in t or "Marathi bolnara" in t:
            if not any(x[0] == "marathi" for x in langs): langs.append(("marathi", "fluent"))
        if "Hindi" in t and not any(x[0] == "hindi" for x in langs): langs.append(("hindi", "fluent"))
        regional = None
        if kind in ("cs-voice", "telesales", "collections", "chat") and rng.random() < 0.2:
            regional = rng.choice(REGIONAL); langs = [x for x in langs if x[0] != "marathi"] + [(regional, "fluent")]
        text_only = []
        if langs and rng.random() < 0.22:
            # the employer names some languages only in the text
            cut = rng.randint(1, len(langs))
            text_only = langs[-cut:]; field_langs = langs[:-cut]
        else:
            field_langs = langs
        truth_langs = sorted({x[0] for x in langs})
        # skills / perks
        skills = rng.sample(s["skills"], min(len(s["skills"]), rng.randint(2, 4)))
        perks = []
        if (night or shift in ("us", "uk", "night")) and wm != "remote": perks.append("cab")
        for p in ["pf", "esi", "incentives", "health-insurance", "training", "meals"]:
            if rng.random() < {"pf": 0.45, "esi": 0.3, "incentives": 0.35 if s["voice"] else 0.1, "health-insurance": 0.2, "training": 0.3, "meals": 0.1}[p]: perks.append(p)
        openings = rng.choice([1, 1, 2, 3, 5, 5, 10, 10, 15, 20, 30, 50]) if s["group"] == "cs" else rng.choice([1, 1, 2, 2, 3, 4, 5, 10])
        if kind in ("ops-manager", "customer-success", "trainer", "quality"): openings = rng.choice([1, 1, 2, 3])
        industry = rng.choice(s["industries"])
        for words, ind in INDUSTRY_HINTS:
            if any(w in t for w in words): industry = ind; break
        sector = rng.choice(s["sectors"]) if category == "back_office" or rng.random() < 0.5 else None
        if category == "back_office" and sector is None: sector = "operations"
        walkin = rng.random() < (0.3 if s["group"] == "cs" else 0.15)
        desc = describe(style, t, s, kind, c, l, landmark, night, shift, wm, smin, smax, exp_min, edu, text_only, field_langs, perks, openings, industry, walkin)
        also = list(s["also"]) + extra_also + [s["group"]]
        post = dict(id="s%03d" % (i + 1), title=t, description=desc, category=category, role=role, sector=sector, industry=industry,
                    city=city, locality=loc, work_mode=wm, shift=shift, salary_min=smin, salary_max=smax, experience_min=exp_min,
                    experience_max=exp_max, education_min=edu, languages=[{"language": a, "level": b} for a, b in field_langs],
                    skills=skills, perks=perks, openings=openings, status="published",
                    truth=dict(kind=kind, also=sorted(set(also)), langs=truth_langs, night=night, fresher_ok=exp_min == 0))
        if sector is None: del post["sector"]
        posts.append(post)
    return posts

def lang_phrase(langs, style):
    names = [x[0] for x in langs]
    if style == "hi": return "भाषा: " + ", ".join(LANG_HI[n] for n in names) + " बोलना ज़रूरी"
    if style == "mr": return ", ".join(LANG_MR[n] for n in names) + " भाषा बोलता येणे आवश्यक"
    if style == "mr_roman": return ", ".join(LANG_NAME[n] for n in names) + " bolta yayla pahije."
    if style == "hinglish": return ", ".join(LANG_NAME[n] for n in names) + " bolna aana chahiye."
    if len(names) == 1 and names[0] in REGIONAL: return f"{LANG_NAME[names[0]]} speaking candidates only ({LANG_NAME[names[0]]} language process)."
    return "Must speak " + " and ".join(LANG_NAME[n] for n in names) + "."

def describe(style, t, s, kind, c, l, landmark, night, shift, wm, smin, smax, exp_min, edu, text_only, field_langs, perks, openings, industry, walkin):
    st = style if style != "caps" else "en"
    parts = []
    loc_name = {"hi": l["name_hi"], "mr": l["name_mr"]}.get(st, l["name"])
    ind_name = industry.replace("-", " ").replace("bpo kpo", "BPO").replace("it services", "IT services")
    fmt = dict(t=t, T=t.upper(), n=openings, N=openings, loc=loc_name, ind=ind_name, kn=s["hi"] if st == "hi" else s["mr"])
    parts.append(rng.choice(OPEN[style if style in OPEN else "en"]).format(**fmt))
    duties = rng.sample(s["duties"], min(len(s["duties"]), rng.randint(2, 4)))
    if st in ("hi", "mr"):
        if rng.random() < 0.5: parts.append("काम: " + duties[0])
    elif rng.random() < 0.5:
        parts.append("Job responsibilities:\n" + "\n".join("- " + d for d in duties))
    else:
        parts.append(" ".join(duties))
    # shift
    key = "en" if st not in ("hinglish", "mr_roman", "hi", "mr") else st
    if night: parts.append(rng.choice(NIGHT_TXT[key]))
    elif shift == "uk": parts.append(rng.choice(UK_TXT[key]))
    elif shift == "rotational": parts.append(rng.choice(ROT_TXT[key]))
    else:
        d = rng.choice(DAY_TXT[key])
        if d: parts.append(d)
    # requirements
    if st == "hi":
        parts.append(f"योग्यता: {EDU_HI[edu]}" + ("; फ्रेशर्स भी अप्लाई करें" if exp_min == 0 else f"; {exp_min} साल का अनुभव"))
    elif st == "mr":
        parts.append(f"पात्रता: {EDU_MR[edu]}" + ("; फ्रेशर्स चालतील" if exp_min == 0 else f"; किमान {exp_min} वर्षे अनुभव"))
    elif st == "mr_roman":
        parts.append(f"Shikshan: {EDU_TXT[edu]}. " + ("Freshers chaltil." if exp_min == 0 else f"{exp_min} varsh anubhav pahije."))
    elif st == "hinglish":
        parts.append(f"Qualification: {EDU_TXT[edu]}. " + ("Freshers bhi chalega." if exp_min == 0 else f"Min {exp_min} saal ka experience."))
    else:
        parts.append(f"Eligibility: {EDU_TXT[edu]}. " + ("Freshers welcome." if exp_min == 0 else f"Minimum {exp_min} year(s) experience in a similar role."))
    if text_only:
        parts.append(lang_phrase(text_only, st))
    elif field_langs and rng.random() < 0.3:
        parts.append(lang_phrase(field_langs, st))
    if wm == "remote":
        parts.append({"hi": "घर से काम (वर्क फ्रॉम होम)।", "mr": "घरून काम (वर्क फ्रॉम होम).", "hinglish": "Work from home - ghar baithe kaam, laptop/PC aur internet zaroori.",
                      "mr_roman": "Gharun kaam (WFH)."}.get(st, rng.choice(["Work from home. Own laptop and broadband required.", "Permanent WFH, candidates from " + c["name"] + " only (office visit for joining)."])))
    elif wm == "hybrid":
        parts.append("Hybrid: 3 days office, 2 days WFH.")
    sal = salary_text(smin, smax, st)
    if sal: parts.append(sal)
    # location
    if st == "hi": parts.append(f"स्थान: {l['name_hi']}" + (f", {c['name_hi']}" if l['name_hi'] != c['name_hi'] else ""))
    elif st == "mr": parts.append(f"ठिकाण: {l['name_mr']}" + (f", {c['name_mr']}" if l['name_mr'] != c['name_mr'] else ""))
    elif wm == "remote": parts.append(("Location: " if st == "en" else "Location - ") + c["name"] + " (work from home; joining formalities at " + landmark + ").")
    else: parts.append(("Location: " if st == "en" else "Location - ") + landmark + ("" if c["name"] in landmark else ", " + c["name"]) + ".")
    if perks and rng.random() < 0.7:
        pt = ", ".join(PERK_TXT[p] for p in perks)
        parts.append(("Benefits: " if st == "en" else "Facilities: ") + pt + ".")
    if walkin:
        parts.append(rng.choice(WALKIN_HI if st == "hi" else WALKIN_MR if st == "mr" else WALKIN))
    if rng.random() < 0.35:
        parts.append(rng.choice(["Interested candidates apply here, HR will call you.", "No fees charged at any stage.", "Immediate joining.",
                                 "Share your resume by applying on Deskhire.", "Candidates staying nearby preferred."]))
    if rng.random() < 0.6:
        text = "\n".join(parts)
    else:
        stop = "।" if st == "hi" else "."
        text = " ".join(x if x.rstrip()[-1:] in ".!?।:)" else x + stop for x in parts)
    if style == "caps":
        text = text.replace("Salary", "SALARY").replace("Location", "LOCATION") + " !!"
    return text

if __name__ == "__main__":
    posts = build()
    with open(os.path.join(OUT, "postings.json"), "w", encoding="utf-8") as f:
        json.dump(posts, f, ensure_ascii=False, indent=1)
    from collections import Counter
    print(len(posts), Counter(p["truth"]["kind"] for p in posts).most_common())
    print(Counter(p["city"] for p in posts).most_common())
