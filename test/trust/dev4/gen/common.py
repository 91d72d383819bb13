# Helper to make one posting dict. Every text is written by hand in the batch files.
ROWS = []

def P(label, kind, lang, title, desc, sal, role, city, exp, co, ver, web, ph, em, perks=()):
    ROWS.append(dict(
        label=label, scam_kind=kind, lang=lang, title=title, description=desc,
        salary_min=(sal[0] if sal else None), salary_max=(sal[1] if sal else None),
        role=role, city=city, experience_min=exp, company_name=co,
        company_verified=ver, website=web, contact_phone=ph, contact_email=em,
        perks=list(perks)))

def S(kind, lang, title, desc, sal, role, city, exp, co, ver, web, ph, em, perks=()):
    P("scam", kind, lang, title, desc, sal, role, city, exp, co, ver, web, ph, em, perks)

def H(lang, title, desc, sal, role, city, exp, co, ver, web, ph, em, perks=()):
    P("honest", None, lang, title, desc, sal, role, city, exp, co, ver, web, ph, em, perks)
