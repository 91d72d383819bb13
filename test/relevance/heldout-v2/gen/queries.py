"""Hand-written seeker queries with judgement rules (grammar of relevance-rules.ts). Writes queries.json."""
import json, os
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Station / locality coordinates copied from taxonomy.json (stations and localities).
ANDHERI = (19.1197, 72.8464); THANE = (19.1864, 72.9758); VASHI = (19.0631, 72.9989); AIROLI = (19.1579, 72.9938)
DOMBIVLI = (19.2183, 73.0868); KURLA = (19.0654, 72.8793); MALAD = (19.1869, 72.8486); BORIVALI = (19.229, 72.8573)
HINJEWADI = (18.59342, 73.72985); KHARADI = (18.557403, 73.928301); WAGLE = (19.19824, 72.949009); DADAR = (19.0186, 72.8438)
def near(p, km): return {"lat": p[0], "lng": p[1], "km": km}

CS_FRONT = ["cs-voice", "intl-voice", "chat", "email", "tech-support", "helpdesk"]  # customer support / care, agent level
BPO = ["voice", "nonvoice"]  # any BPO process job, calling or not (agent level)

Q = [
 # ---------- broad (recall@20) ----------
 ("call centre job", {}, "broad", {"kind_any": ["voice"]}, {"kind_any": ["cs"]}, "[en] any calling (voice) job"),
 ("back office job", {}, "broad", {"kind_any": ["bo"]}, {"kind_any": ["nonvoice"]}, "[en] any back-office job"),
 ("data entry", {}, "broad", {"kind_any": ["data-entry"]}, {"kind_any": ["bo-ops"]}, "[en] data entry operator work"),
 ("कस्टमर केयर जॉब", {}, "broad", {"kind_any": CS_FRONT}, {"kind_any": ["cs"]}, "[hi-deva] customer care job"),
 ("बॅक ऑफिस नोकरी", {}, "broad", {"kind_any": ["bo"]}, {"kind_any": ["nonvoice"]}, "[mr-deva] back office job"),
 ("work from home job", {}, "broad", {"work_mode_any": ["remote"]}, {"work_mode_any": ["hybrid"]}, "[en] remote work"),
 ("night shift bpo", {}, "broad", {"night": True, "kind_any": BPO}, {"night": True}, "[en] night (US) shift process job"),
 ("telecaller job", {}, "broad", {"kind_any": ["telesales"]}, {"kind_any": ["collections"]}, "[en] telecalling / telesales"),
 ("custmer suport job pune", {}, "broad", {"kind_any": CS_FRONT, "city_any": ["pune"]}, {"kind_any": ["cs"], "city_any": ["pune"]}, "[typo] customer support job in Pune"),
 ("bpo job thane", {}, "broad", {"kind_any": BPO, "city_any": ["thane"]}, {"city_any": ["thane"]}, "[en] BPO process job in Thane city"),
 ("fresher job mumbai", {}, "broad", {"fresher_ok": True, "city_any": ["mumbai"]}, {"experience_max": 1, "city_any": ["mumbai"]}, "[en] job open to freshers in Mumbai"),
 ("international voice process", {}, "broad", {"kind_any": ["intl-voice"]}, {"kind_any": ["voice"], "night": True}, "[en] international voice (US/UK/AU) process"),
 ("12वीं पास नौकरी", {}, "broad", {"education_max": "12th"}, None, "[hi-deva] job needing at most 12th / HSC"),
 ("non voice process", {}, "broad", {"kind_any": ["nonvoice"]}, {"kind_any": ["bo"]}, "[en] non-voice process (chat, email, back office)"),
 ("chat proces job", {}, "broad", {"kind_any": ["chat", "email"]}, {"kind_any": ["nonvoice"]}, "[typo] chat process: chat / email support"),
 ("marathi calling job", {}, "broad", {"kind_any": ["voice"], "langs_all": ["marathi"]}, {"kind_any": ["voice"]}, "[en] calling job needing Marathi"),
 ("कॉल सेंटर नोकरी", {}, "broad", {"kind_any": ["voice"]}, {"kind_any": ["cs"]}, "[mr-deva] call centre job"),
 ("accounts ki naukri", {}, "broad", {"kind_any": ["accounts"]}, {"kind_any": ["mis"]}, "[hinglish] accounts / reconciliation job"),
 ("navi mumbai mein job", {}, "broad", {"city_any": ["navi-mumbai"]}, None, "[hinglish] any job in Navi Mumbai"),
 ("20000 salary job", {}, "broad", {"salary_at_least": 20000}, None, "[en] pay at least 20,000 a month"),
 ("us shift jobs", {}, "broad", {"night": True}, {"shift_any": ["uk"]}, "[en] US (night) shift"),
 ("graduate fresher job pune", {}, "broad", {"fresher_ok": True, "city_any": ["pune"], "education_max": "graduate"}, {"city_any": ["pune"], "experience_max": 1}, "[en] graduate fresher, Pune"),
 ("bpo job 15000 salary", {}, "broad", {"kind_any": BPO, "salary_at_least": 15000}, {"kind_any": BPO}, "[en] BPO process paying 15,000+"),
 ("typing ka kaam", {}, "broad", {"kind_any": ["data-entry"]}, {"kind_any": ["bo-ops"]}, "[hinglish] typing (data entry) work"),
 ("ghar baithe kaam", {}, "broad", {"work_mode_any": ["remote"]}, {"work_mode_any": ["hybrid"]}, "[hinglish] work from home"),
 ("नोकरी ठाणे", {}, "broad", {"city_any": ["thane"]}, None, "[mr-deva] any job in Thane"),
 ("12vi pass naukri pune", {}, "broad", {"education_max": "12th", "city_any": ["pune"]}, {"city_any": ["pune"]}, "[mr-roman] HSC-level job in Pune"),
 ("hindi customer care job", {}, "broad", {"kind_any": CS_FRONT, "langs_all": ["hindi"]}, {"kind_any": CS_FRONT}, "[en] customer care needing Hindi"),
 ("नाइट शिफ्ट कॉल सेंटर", {}, "broad", {"night": True, "kind_any": ["voice"]}, {"night": True}, "[hi-deva] night-shift calling job"),
 ("10th pass calling job", {}, "broad", {"kind_any": ["voice"], "education_max": "10th"}, {"kind_any": ["voice"], "education_max": "12th"}, "[en] calling job for SSC pass"),
 ("call centre", {"city": "mumbai"}, "broad", {"kind_any": ["voice"], "city_any": ["mumbai"]}, {"kind_any": ["cs"], "city_any": ["mumbai"]}, "[en] calling job, city filter Mumbai"),
 # ---------- narrow (precision@10) ----------
 ("kyc job vashi", {}, "narrow", {"kind_any": ["kyc"], "near": near(VASHI, 12)}, {"kind_any": ["kyc"]}, "[en] KYC work near Vashi (12 km)"),
 ("mis exec pune", {}, "narrow", {"kind_any": ["mis"], "city_any": ["pune"]}, {"kind_any": ["mis"]}, "[en] MIS executive in Pune"),
 ("quality analyst bpo", {}, "narrow", {"kind_any": ["quality"]}, {"kind_any": ["trainer", "team-lead"]}, "[en] QA / call auditor"),
 ("call centre trainer", {}, "narrow", {"kind_any": ["trainer"]}, {"kind_any": ["quality"]}, "[en] process / soft-skills trainer"),
 ("TL ki job voice process", {}, "narrow", {"kind_any": ["team-lead"]}, {"kind_any": ["ops-manager"]}, "[hinglish] team leader / supervisor"),
 ("ऑपरेशन मॅनेजर", {}, "narrow", {"kind_any": ["ops-manager"]}, {"kind_any": ["team-lead", "customer-success"]}, "[mr-deva] operations manager"),
 ("क्लेम प्रोसेसिंग जॉब", {}, "narrow", {"kind_any": ["claims"]}, {"kind_any": ["kyc", "documentation"]}, "[hi-deva] insurance / medical claims processing"),
 ("order processing non voice", {}, "narrow", {"kind_any": ["order-mgmt"]}, {"kind_any": ["backoffice"]}, "[en] order management"),
 ("payrol executive", {}, "narrow", {"kind_any": ["hr-ops"]}, {"kind_any": ["admin", "accounts"]}, "[typo] payroll / HR operations"),
 ("customer success manager", {}, "narrow", {"kind_any": ["customer-success"]}, {"kind_any": ["ops-manager"]}, "[en] CSM, SaaS account care"),
 ("documantation executive", {}, "narrow", {"kind_any": ["documentation"]}, {"kind_any": ["kyc"]}, "[typo] documentation executive"),
 ("it helpdesk l1", {}, "narrow", {"kind_any": ["helpdesk"]}, {"kind_any": ["tech-support"]}, "[en] IT help desk / service desk"),
 ("data entry job near me thane", {}, "narrow", {"kind_any": ["data-entry"], "near": near(THANE, 10)}, {"kind_any": ["data-entry"]}, "[en] data entry within 10 km of Thane station"),
 ("tamil process job", {}, "narrow", {"langs_all": ["tamil"]}, None, "[en] Tamil-language process"),
 ("bengali process job", {}, "narrow", {"langs_all": ["bengali"]}, None, "[en] Bengali-language process"),
 ("kalyan madhe back office kaam", {}, "narrow", {"kind_any": ["bo"], "city_any": ["kalyan-dombivli"]}, {"kind_any": ["bo"], "near": near(DOMBIVLI, 15)}, "[mr-roman] back office in Kalyan-Dombivli"),
 ("wfh chat support", {}, "narrow", {"kind_any": ["chat", "email"], "work_mode_any": ["remote"]}, {"kind_any": ["chat", "email"]}, "[en] remote chat / email support"),
 ("ऑफिस ॲडमिन नोकरी", {}, "narrow", {"kind_any": ["admin"]}, {"kind_any": ["hr-ops"]}, "[mr-deva] office admin / front office job"),
 ("tech support us shift", {}, "narrow", {"kind_any": ["tech-support"], "night": True}, {"kind_any": ["tech-support"]}, "[en] technical support, night"),
 ("telecaller marathi fresher", {}, "narrow", {"kind_any": ["telesales"], "langs_all": ["marathi"], "fresher_ok": True}, {"kind_any": ["telesales"]}, "[en] Marathi telecaller, fresher"),
 ("टेलिकॉलर नोकरी पुणे", {}, "narrow", {"kind_any": ["telesales"], "city_any": ["pune"]}, {"kind_any": ["telesales", "collections"]}, "[mr-deva] telecaller in Pune"),
 ("reconcilation executive", {}, "narrow", {"kind_any": ["reconciliation"]}, {"kind_any": ["accounts"]}, "[typo] reconciliation"),
 ("recovery calling ka kaam", {"city": "mumbai"}, "narrow", {"kind_any": ["collections"], "city_any": ["mumbai"]}, {"kind_any": ["collections"]}, "[hinglish] loan / card collections, city filter Mumbai"),
 ("call centre job andheri", {}, "narrow", {"kind_any": ["voice"], "near": near(ANDHERI, 4)}, {"kind_any": ["voice"], "near": near(ANDHERI, 10)}, "[en] calling job within 4 km of Andheri station"),
 ("kyc ka kaam mumbai", {}, "narrow", {"kind_any": ["kyc"], "city_any": ["mumbai"]}, {"kind_any": ["kyc"]}, "[hinglish] KYC work in Mumbai"),
 ("international bpo navi mumbai", {}, "narrow", {"kind_any": ["intl-voice"], "city_any": ["navi-mumbai", "thane"]}, {"kind_any": ["intl-voice"]}, "[en] international process, Navi Mumbai / Thane belt"),
 ("ops manager 8 lpa", {}, "narrow", {"kind_any": ["ops-manager"], "salary_at_least": 66000}, {"kind_any": ["ops-manager"]}, "[en] ops manager paying 8 LPA or more (about 66,000 a month)"),
 ("डेटा एंट्री पुणे", {}, "narrow", {"kind_any": ["data-entry"], "city_any": ["pune"]}, {"kind_any": ["bo-ops"], "city_any": ["pune"]}, "[mr-deva] data entry in Pune"),
 ("email process fresher", {}, "narrow", {"kind_any": ["email"], "fresher_ok": True}, {"kind_any": ["email", "chat"]}, "[en] email support open to freshers"),
 ("pune madhe chat job", {}, "narrow", {"kind_any": ["chat", "email"], "city_any": ["pune"]}, {"kind_any": ["chat", "email"]}, "[mr-roman] chat / email support in Pune"),
 ("dombivli jawal nokri", {}, "narrow", {"near": near(DOMBIVLI, 6)}, {"near": near(DOMBIVLI, 12)}, "[mr-roman] any job within 6 km of Dombivli station"),
 ("custmer care job vashi", {}, "narrow", {"kind_any": CS_FRONT, "near": near(VASHI, 5)}, {"kind_any": CS_FRONT, "near": near(VASHI, 8)}, "[typo] customer care within 5 km of Vashi station"),
 ("संभाजीनगर नोकरी", {}, "narrow", {"city_any": ["chhatrapati-sambhajinagar"]}, None, "[mr-deva] any job in Chhatrapati Sambhajinagar"),
 ("nagpur bpo", {}, "narrow", {"kind_any": ["cs"], "city_any": ["nagpur"]}, {"city_any": ["nagpur"]}, "[en] customer-service (BPO) job in Nagpur"),
]

def main():
    out = []
    for i, (q, params, kind, rule, partial, note) in enumerate(Q, 1):
        d = {"id": "q%02d" % i, "q": q, "params": params, "kind": kind, "rule": rule}
        if partial: d["partial"] = partial
        d["note"] = note
        out.append(d)
    with open(os.path.join(OUT, "queries.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
    return out

if __name__ == "__main__":
    print(len(main()), "queries")
