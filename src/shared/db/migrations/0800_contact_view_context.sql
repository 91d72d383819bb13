-- Which company and which application a contact detail was revealed for, so the seeker's
-- "Who saw my number" page can name the company, the recruiter and the job.
ALTER TABLE contact_views ADD COLUMN company_id uuid REFERENCES companies (id) ON DELETE SET NULL;
ALTER TABLE contact_views ADD COLUMN application_id bigint REFERENCES applications (id) ON DELETE SET NULL;
