# Helper: one call per hand-written posting. No slot filling: every text is written by hand.
POSTS = []
def P(label, kind, lang, title, desc, smin, smax, role, city, exp, company, verified, website, phone, email, perks):
    POSTS.append(dict(label=label, scam_kind=kind, lang=lang, title=title, description=desc,
        salary_min=smin, salary_max=smax, role=role, city=city, experience_min=exp,
        company_name=company, company_verified=verified, website=website,
        contact_phone=phone, contact_email=email, perks=list(perks)))
def S(kind, lang, *a): P("scam", kind, lang, *a)
def H(lang, *a): P("honest", None, lang, *a)
