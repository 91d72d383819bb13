"""Tiny constructors so each hand-written posting stays readable. No text is generated here."""


def _p(label, kind, lang, title, desc, smin, smax, role, city, exp, company, verified, website, phone, email, perks):
    return {
        "label": label, "scam_kind": kind, "lang": lang, "title": title, "description": desc,
        "salary_min": smin, "salary_max": smax, "role": role, "city": city, "experience_min": exp,
        "company_name": company, "company_verified": verified, "website": website,
        "contact_phone": phone, "contact_email": email, "perks": perks.split() if perks else [],
    }


def S(kind, lang, title, desc, smin, smax, role, city, exp, company, verified, website, phone, email, perks=""):
    return _p("scam", kind, lang, title, desc, smin, smax, role, city, exp, company, verified, website, phone, email, perks)


def H(lang, title, desc, smin, smax, role, city, exp, company, verified, website, phone, email, perks=""):
    return _p("honest", None, lang, title, desc, smin, smax, role, city, exp, company, verified, website, phone, email, perks)
