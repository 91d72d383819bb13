// SQL for the signals about the account behind a posting (not its text): how new it is and how fast it
// posts, whether its contact identifiers are shared with other companies, how fast seekers report its
// jobs, and what screening said about this job and this company before. Read-only.
import type { Queryable } from '../../shared/db/db.ts';
import type { AccountSignals } from './account-signals.ts';
import type { Identifier } from './trust.repo.ts';

export const accountSignalsRepo = {
  async read(
    q: Queryable,
    companyId: string,
    jobId: number | null,
    ids: Identifier[],
  ): Promise<AccountSignals> {
    // jobs_company_idx serves the per-company counts; trust_identifiers_value_idx the shared contacts.
    const { rows } = await q.query<AccountSignals>(
      `SELECT extract(epoch FROM now() - c.created_at)::float8 / 86400 AS "companyAgeDays",
              (SELECT count(*)::int FROM jobs j
                WHERE j.company_id = c.id AND j.created_at > now() - interval '24 hours'
                  AND j.id <> coalesce($2::bigint, 0)) AS "jobsLastDay",
              (SELECT count(DISTINCT i.company_id)::int
                 FROM jsonb_to_recordset($3::jsonb) AS x(kind text, value text)
                 JOIN trust_identifiers i ON i.kind = x.kind AND i.value = x.value
                 JOIN companies o ON o.id = i.company_id
                WHERE i.company_id <> c.id AND NOT o.verified) AS "sharedContactCompanies",
              (SELECT count(*)::int FROM job_reports r JOIN jobs j ON j.id = r.job_id
                WHERE j.company_id = c.id AND r.created_at > now() - interval '7 days') AS "reportsLastWeek",
              (SELECT count(*)::int FROM moderation_audit a JOIN jobs j ON a.target_id = j.id::text
                WHERE a.target_kind = 'job' AND a.action = 'reject' AND j.company_id = c.id) AS "rejectedJobs",
              coalesce((SELECT s.decision = 'held' FROM job_scores s WHERE s.job_id = $2::bigint
                         ORDER BY s.created_at DESC, s.id DESC LIMIT 1), false) AS "heldBefore"
         FROM companies c WHERE c.id = $1`,
      [companyId, jobId, JSON.stringify(ids)],
    );
    return rows[0] ?? NO_HISTORY;
  },
};

const NO_HISTORY: AccountSignals = {
  companyAgeDays: 0,
  jobsLastDay: 0,
  sharedContactCompanies: 0,
  reportsLastWeek: 0,
  rejectedJobs: 0,
  heldBefore: false,
};
