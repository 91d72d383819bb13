#!/usr/bin/env python3
"""Pack hand-written posting literals (data/*.txt) into postings.json.
Each data line: kind|lang|role|city|salary_min|salary_max|exp|company|contact|verified|perks|title|description
kind 'h' = honest. contact codes: m=mobile, g=gmail, mg=mobile+gmail, md=mobile+domain mail+website,
d=domain mail+website, n=none. Phones are random (fixed seed); emails/sites derive from the company name.
All titles and descriptions are hand-written literals; this script only packs, assigns ids and shuffles."""
import json, random, re, glob, os, unicodedata
random.seed(20261207)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'postings.json')
SLUG = {  # hand transliterations for Devanagari company names that need an email/site
 'जनता सहकारी बँक लि.':'janatasahakaribank','मेडिशुअर हेल्थ इन्शुरन्स लि.':'medisurehealth','शाहू साखर सहकारी संस्था':'shahusakhar',
 'औंध प्रॉपर्टी सर्व्हिसेस':'aundhproperty','केंद्रीय डिजिटल सेवा भर्ती प्रकोष्ठ':'digitalsevabharti','घर से काम सेवा':'gharsekaamseva',
 'घरबसल्या काम सेवा':'gharbaslyakaam','महाराष्ट्र शासकीय भरती कक्ष':'mahashasakiybharti','ॲमेझॉन वर्क फ्रॉम होम टीम':'amazonwfh.team',
 'अल्टस कॉन्टैक्ट सेंटर प्रा. लि.':'altuscontact','ईज़ीफ्लाई ट्रैवल्स प्रा. लि.':'easyflytravels','एडुनेस्ट लर्निंग प्रा. लि.':'edunest',
 'ऐरोली ग्लोबल सर्विसेज प्रा. लि.':'airoliglobal','ओशनिक बीपीओ सर्व्हिसेस प्रा. लि.':'oceanicbpo','कायनेटिक व्हॉइस सोल्युशन्स':'kineticvoice',
 'क्लाउडस्पॅन टेक्नॉलॉजीज प्रा. लि.':'cloudspantech','ट्रस्टलाइन बीपीओ प्रा. लि.':'trustlinebpo','ट्रायडंट कॉन्टॅक्ट सोल्युशन्स प्रा. लि.':'tridentcontact',
 'तरंग पेमेंट्स प्रा. लि.':'tarangpayments','त्र्यंबक हॉटेल्स प्रा. लि.':'trimbakhotels','नेटफिक्स आईटी सर्विसेज':'netfixit',
 'नॉर्थस्टार ट्रॅव्हल सर्व्हिसेस':'northstartravel','फ्लीटली सॉफ्टवेअर प्रा. लि.':'fleetly','ब्रिओ कस्टमर सर्व्हिसेस प्रा. लि.':'briocustomer',
 'ब्रॉडलिंक फाइबरनेट प्रा. लि.':'broadlinkfiber','रिकवरी प्लस सर्विसेज प्रा. लि.':'recoveryplus','रिलायंट केअर सर्व्हिसेस प्रा. लि.':'reliantcare',
 'वाशी केयर सर्विसेज प्रा. लि.':'vashicare','स्टाइलकार्ट फैशन प्रा. लि.':'stylekart','स्विफ्ट पे सर्विसेज प्रा. लि.':'swiftpay',
 'ॲटलस ग्लोबल सर्व्हिसेस प्रा. लि.':'atlasglobal','अक्षर टायपिंग प्रोजेक्ट':'aksharttyping','अग्रवाल डिस्ट्रीब्यूटर्स':'agarwaldistributors',
 'एयरपोर्ट जॉब्स इंडिया':'airportjobsindia','ऑरेंज सिटी डिस्ट्रीब्युटर्स':'orangecitydist','करिअर लिंक स्टाफिंग':'careerlinkstaffing',
 'खारघर फाइनेंस सर्विसेज':'khargharfinance','खारघर फार्मसी':'khargharpharmacy','ग्लोअप कॉस्मेटिक्स':'glowupcosmetics',
 'ठाणे ट्रैवल डेस्क':'thanetraveldesk','पुणे कार रेंटल्स':'punecarrentals','पुणे फूड एक्सप्रेस':'punefoodexpress',
 'प्रगति ट्रेनिंग एवं प्लेसमेंट':'pragatitraining','प्राइम कस्टमर केअर':'primecustomercare','यशस्वी ट्रेनिंग अकॅडमी':'yashaswiacademy',
 'राइट वे डाटा सर्विसेज':'rightwaydata','वाशी शिपिंग एजन्सी':'vashishipping','शिवनेरी कॉल सर्विसेज':'shivnericall',
 'सह्याद्री फॅसिलिटी सर्व्हिसेस':'sahyadrifacility',
}
STOP = {'pvt','ltd','llp','private','limited','the','and','of','co','via','for','through'}
def slug(name):
    if name in SLUG: return SLUG[name]
    words = [w for w in re.sub(r'[^a-z0-9 ]', ' ', name.lower()).split() if w not in STOP]
    return ''.join(words[:3])
TLD = ['in', 'co.in', 'com', 'in']
GMAIL_PAT = ['{s}.hr', '{s}.jobs', 'hr.{s}', '{s}{n}', '{s}.careers', 'jobs.{s}{n}']
DOMAIN_USER = ['careers', 'hr', 'jobs', 'recruitment', 'talent', 'hiring']
def phone():
    return '+91' + random.choice('6789') + ''.join(random.choice('0123456789') for _ in range(9))
rows = []
for path in sorted(glob.glob(os.path.join(HERE, 'data', '*.txt'))):
    for ln in open(path, encoding='utf-8'):
        ln = ln.rstrip('\n')
        if not ln.strip(): continue
        f = ln.split('|')
        assert len(f) == 13, (path, ln[:60])
        rows.append(f)
random.shuffle(rows)
out = []
for i, f in enumerate(rows, 1):
    kind, lang, role, city, smin, smax, exp, comp, contact, ver, perks, title, desc = f
    s = slug(comp)
    ph = em = web = None
    if 'm' in contact: ph = phone()
    found = re.findall(r'[\w.]+@gmail\.com', desc)
    if contact in ('g', 'mg'):
        em = found[0] if found else random.choice(GMAIL_PAT).format(s=s, n=random.randint(11, 99)) + '@gmail.com'
    if contact in ('md', 'd'):
        dom = s + '.' + random.choice(TLD)
        em = random.choice(DOMAIN_USER) + '@' + dom
        web = 'https://www.' + dom
    if found and not em: em = found[0]
    out.append({
        'id': 'v6-%03d' % i,
        'label': 'honest' if kind == 'h' else 'scam',
        'scam_kind': None if kind == 'h' else kind,
        'lang': lang, 'title': title, 'description': desc,
        'salary_min': int(smin) if smin else None, 'salary_max': int(smax) if smax else None,
        'role': role or None, 'city': city or None,
        'experience_min': int(exp) if exp != '' else None,
        'company_name': comp or None, 'contact_phone': ph, 'contact_email': em, 'website': web,
        'perks': [p for p in perks.split(',')] if perks != '-' else [],
        'company_verified': ver == '1',
    })
json.dump(out, open(OUT, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
print('wrote', len(out))
