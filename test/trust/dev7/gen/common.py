# Shared helpers for dev7 (trust6 session). Each posting is written by hand as one P(...) call; only the
# phone number (when the text does not give one), the e-mail address and the perks list are derived.
import hashlib, re

CSR='customer-service-representative'; BO='back-office-executive'; DE='data-entry-operator'; TC='telecaller'
CC='call-centre-agent'; CH='chat-support-executive'; AA='accounts-assistant'; OE='operations-executive'
HR='hr-operations-executive'; DOC='documentation-executive'; EM='email-support-executive'; KYC='kyc-compliance-executive'
HD='help-desk-technician'; QA='quality-analyst'; TL='team-lead'; MIS='mis-executive'; IV='international-voice-agent'
OM='operations-manager'; REC='reconciliation-executive'; TS='technical-support-specialist'; CSM='customer-success-manager'
ADM='admin-executive'; TR='training-specialist'; CXM='customer-experience-manager'

def _phone(seed):
    h = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    return str('9876'[h % 4]) + str(h // 7 % 10**9).zfill(9)

def _slug(name):
    return re.sub(r'[^a-z0-9]', '', name.lower())[:18] or 'hr'

def P(lang, role, city, exp, smin, smax, company, verified, site, mail, title, desc, kind=None, phone=None):
    """mail: 'site' (hr@site), 'gmail' (<company>.hr@gmail.com), an explicit address, or None."""
    m = re.search(r'\b[6-9]\d{9}\b', desc.replace(' ', ''))
    phone = phone or (m.group(0) if m else _phone(title + desc))
    if mail == 'site':
        email = 'hr@' + site
    elif mail == 'gmail':
        email = _slug(company if company.isascii() else title) + '.hr@gmail.com'
    else:
        email = mail
    low = desc.lower()
    perks = [p for p, words in (('pf', ('pf', 'provident', 'पीएफ', 'भविष्य निर्वाह')), ('esi', ('esi', 'ईएसआई')),
             ('cab', ('cab', 'कॅब', 'कैब')), ('incentives', ('incentive', 'इंसेंटिव', 'इन्सेंटिव्ह', 'प्रोत्साहन'))) if any(w in low for w in words)] if not kind else []
    return {
        "label": "scam" if kind else "honest",
        "scam_kind": kind,
        "lang": lang,
        "title": title,
        "description": desc,
        "salary_min": smin,
        "salary_max": smax,
        "role": role,
        "city": city,
        "experience_min": exp,
        "company_name": company,
        "company_verified": verified,
        "website": site,
        "contact_phone": phone,
        "contact_email": email,
        "perks": perks,
    }
