-- Company verification that proves something (issue 19).
-- companies (modules/companies): the business PAN typed with the GSTIN, how the badge was earned, and
-- the company email confirmed by a link (token stored only as a SHA-256 hash, expiring).
-- company_verifications (modules/trust): the Udyam number of a sole proprietor, the website proven by
-- a DNS TXT record or a file, and why a moderator must decide.
-- GSTIN and CIN become unique across companies. Existing duplicates are kept (nothing is deleted),
-- marked `*_shared` and put in front of the moderators; the unique indexes cover every other row.
ALTER TABLE companies
  ADD COLUMN pan text,
  ADD COLUMN verified_how text,
  ADD COLUMN gstin_shared boolean NOT NULL DEFAULT false;

UPDATE companies c SET gstin_shared = true
 WHERE c.gstin IS NOT NULL
   AND EXISTS (SELECT 1 FROM companies o WHERE o.gstin = c.gstin AND o.id <> c.id);
CREATE UNIQUE INDEX companies_gstin_unique ON companies (gstin) WHERE gstin IS NOT NULL AND NOT gstin_shared;

ALTER TABLE company_verifications
  ADD COLUMN udyam text,
  ADD COLUMN cin_shared boolean NOT NULL DEFAULT false,
  ADD COLUMN domain_token text,
  ADD COLUMN domain_proof text CHECK (domain_proof IN ('dns', 'file')),
  ADD COLUMN domain_proven_at timestamptz,
  ADD COLUMN review_reason text;

UPDATE company_verifications v SET cin_shared = true
 WHERE v.cin IS NOT NULL
   AND EXISTS (SELECT 1 FROM company_verifications o WHERE o.cin = v.cin AND o.company_id <> v.company_id);
CREATE UNIQUE INDEX company_verifications_cin_unique ON company_verifications (cin)
  WHERE cin IS NOT NULL AND NOT cin_shared;

-- The moderators' queue of companies: every company that shares a GSTIN or CIN with another.
INSERT INTO company_verifications (company_id, review_reason)
SELECT id, 'duplicate_gstin' FROM companies WHERE gstin_shared
ON CONFLICT (company_id) DO UPDATE SET review_reason = 'duplicate_gstin';
UPDATE company_verifications SET review_reason = 'duplicate_cin' WHERE cin_shared AND review_reason IS NULL;
CREATE INDEX company_verifications_review_idx ON company_verifications (updated_at) WHERE review_reason IS NOT NULL;

CREATE TABLE company_email_confirmations (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
  email text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  expires_at timestamptz NOT NULL,
  confirmed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX company_email_confirmations_company_idx
  ON company_email_confirmations (company_id, email) WHERE confirmed_at IS NOT NULL;

-- The confirmation link goes to the company's address, not to the account holder's: the outbox row
-- names the confirmation, and delivery reads the address from it (no address is stored in the row).
ALTER TABLE notifications
  ADD COLUMN company_email_confirmation_id bigint REFERENCES company_email_confirmations (id) ON DELETE SET NULL;

-- A badge earned by "checks" before this migration rested on a company email nobody confirmed: it
-- proved nothing, so it goes until the checks pass again (a moderator's badge stays).
UPDATE companies c SET verified = false, updated_at = now()
  FROM company_verifications v
 WHERE v.company_id = c.id AND v.verified_by = 'checks' AND c.verified;
UPDATE company_verifications SET verified_by = NULL WHERE verified_by = 'checks';
-- A moderator's badge says so.
UPDATE companies c SET verified_how = 'moderator'
  FROM company_verifications v
 WHERE v.company_id = c.id AND v.verified_by = 'moderator' AND c.verified;
