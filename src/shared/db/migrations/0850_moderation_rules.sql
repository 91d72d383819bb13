-- Moderation reasons in the reader's language: beside each English reason in jobs.moderation_reasons,
-- moderation_rules holds the code it was written from (a scam rule id, or 'charges-seekers'), or NULL
-- for text that came from no rule (a moderator's words, a ban, seeker reports); the two arrays run in
-- step. Pages translate by code; the API keeps the English reasons and adds the codes.
ALTER TABLE jobs ADD COLUMN moderation_rules text[] NOT NULL DEFAULT '{}';

-- Backfill: a screened reason is the rule's English sentence, then " [evidence]". These are the
-- sentences as they stand today (src/modules/trust/scam-rules.ts and trust.service.ts), frozen here.
UPDATE jobs j
   SET moderation_rules = (
         SELECT array_agg(m.code ORDER BY r.ord)
           FROM unnest(j.moderation_reasons) WITH ORDINALITY AS r(reason, ord)
           LEFT JOIN (VALUES
  ('Asks the seeker for money (registration fee, deposit, kit or verification charges). Genuine employers never charge to hire.', 'fee-or-deposit'),
  ('Promises pay far above what this role earns in this market; typing-work scams lure seekers this way.', 'pay-far-above-market'),
  ('Contact only through a personal WhatsApp or Telegram account, where nothing can be traced to a company.', 'off-platform-contact'),
  ('Names a big brand but the only contact is a free-mail address or a WhatsApp/Telegram number: a classic impersonation.', 'brand-on-personal-contact'),
  ('Contact email is on a free mail service, not a company domain, and the employer is not verified.', 'free-mail-contact'),
  ('Promises a job with no interview or direct joining; real employers assess candidates first.', 'no-interview'),
  ('Pays per page, form, captcha or task (copy-paste, form filling, captcha typing): the typing-work scam.', 'per-unit-typing-work'),
  ('Guarantees income or selection; no honest employer guarantees earnings before hiring.', 'guaranteed-income'),
  ('Pressures the seeker to act before thinking (limited seats, hurry).', 'urgency-pressure'),
  ('Sells easy money from home or mobile to students and homemakers rather than describing a job.', 'easy-money-from-home'),
  ('Asks for OTP, ATM/UPI PIN, bank details or Aadhaar up front; these enable fraud and are never needed to apply.', 'asks-sensitive-data'),
  ('The same text was posted by other companies too; scam templates get copied across fake employers.', 'copied-posting'),
  ('No real company name ("reputed MNC", "confidential"), and the employer is not verified.', 'unnamed-employer'),
  ('The contact email is not on the company''s own website domain.', 'website-email-mismatch'),
  ('Charges seekers: employers and placement agents that ask seekers for money are barred.', 'charges-seekers')
           ) AS m(sentence, code) ON left(r.reason, length(m.sentence)) = m.sentence
       )
 WHERE cardinality(j.moderation_reasons) > 0;
