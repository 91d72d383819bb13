# Shared helpers for dev6: each posting is a dict built by P(...) from a hand-written tuple.
def P(lang, role, city, exp, smin, smax, company, verified, website, phone, email, perks, title, desc, kind=None):
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
        "website": website,
        "contact_phone": phone,
        "contact_email": email,
        "perks": perks,
    }
