# Helpers that only package a hand-written posting into a dict; no text is generated here.
FIELDS = ["id","label","scam_kind","lang","title","description","salary_min","salary_max","role","city",
          "experience_min","company_name","company_verified","website","contact_phone","contact_email","perks"]

def S(lang, kind, title, desc, smin, smax, role, city, exp, company, verified, website, phone, email, perks):
    return dict(label="scam", scam_kind=kind, lang=lang, title=title, description=desc, salary_min=smin,
                salary_max=smax, role=role, city=city, experience_min=exp, company_name=company,
                company_verified=verified, website=website, contact_phone=phone, contact_email=email, perks=perks)

def H(lang, title, desc, smin, smax, role, city, exp, company, verified, website, phone, email, perks):
    return dict(label="honest", scam_kind=None, lang=lang, title=title, description=desc, salary_min=smin,
                salary_max=smax, role=role, city=city, experience_min=exp, company_name=company,
                company_verified=verified, website=website, contact_phone=phone, contact_email=email, perks=perks)
