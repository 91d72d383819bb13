// SQL for the jobs table, and only here. "Expired" is not stored: a published job whose
// expires_at has passed reads as expired, so no sweeper has to run for it to be true.
import type { Queryable } from '../../shared/db/db.ts';
import { SqlParams } from '../../shared/db/sql.ts';
import { jobConcepts } from '../search/index.ts';
import type { InterviewDetails } from './jobs.schema.ts';

export interface JobRow {
  id: number;
  company_id: string;
  company_name: string;
  company_verified: boolean;
  title: string;
  description: string;
  category: string;
  role: string;
  role_name: string;
  sector: string | null;
  industry: string;
  city: string;
  city_name: string;
  locality: string;
  locality_name: string;
  lat: number;
  lng: number;
  work_mode: string;
  shift: string;
  salary_min: number | null;
  salary_max: number | null;
  experience_min: number;
  experience_max: number | null;
  education_min: string;
  languages: { language: string; level: string }[];
  skills: string[];
  perks: string[];
  openings: number;
  interview: InterviewDetails | null;
  status: string;
  moderation_state: 'clear' | 'flagged' | 'held';
  moderation_reasons: string[];
  moderation_rules: (string | null)[];
  posted_at: Date | null;
  expires_at: Date | null;
  closed_at: Date | null;
  closed_reason: ClosedReason | null;
  created_at: Date;
  updated_at: Date;
  reconfirm_requested_at: Date | null;
  [key: string]: unknown;
}

/** Why a job closed (0700_job_lifecycle.sql): time-to-fill counts only 'filled'. */
export type ClosedReason = 'filled' | 'employer' | 'expired' | 'unconfirmed' | 'moderation';

export interface JobWrite {
  title: string;
  description: string;
  category: string;
  role: string;
  sector: string | null;
  industry: string;
  city: string;
  locality: string;
  lat: number;
  lng: number;
  work_mode: string;
  shift: string;
  salary_min: number | null;
  salary_max: number | null;
  experience_min: number;
  experience_max: number | null;
  education_min: string;
  education_rank: number;
  languages: { language: string; level: string }[];
  skills: string[];
  perks: string[];
  openings: number;
  /** Interview address, walk-in dates and timings; absent or null when none were given. */
  interview?: InterviewDetails | null;
}

const WRITE_COLUMNS: (keyof JobWrite)[] = [
  'title',
  'description',
  'category',
  'role',
  'sector',
  'industry',
  'city',
  'locality',
  'lat',
  'lng',
  'work_mode',
  'shift',
  'salary_min',
  'salary_max',
  'experience_min',
  'experience_max',
  'education_min',
  'education_rank',
  'languages',
  'skills',
  'perks',
  'openings',
  'interview',
];

/** What the job's own title and skills say it is (search vocabulary), written with every write of them. */
const CONCEPT_COLUMNS = ['title_concepts', 'skill_concepts', 'concepts_version'] as const;
const conceptParams = (j: Pick<JobWrite, 'title' | 'skills' | 'description' | 'industry' | 'interview'>) => {
  const c = jobConcepts(j);
  return [c.title, c.skills, c.version];
};

const toParams = (j: JobWrite) => [
  ...WRITE_COLUMNS.map((c) =>
    c === 'languages'
      ? JSON.stringify(j.languages)
      : c === 'interview'
        ? j.interview
          ? JSON.stringify(j.interview)
          : null
        : j[c],
  ),
  ...conceptParams(j),
];
const ALL_COLUMNS = [...WRITE_COLUMNS, ...CONCEPT_COLUMNS];

export const JOB_SELECT = `
  SELECT j.id, j.company_id, c.name AS company_name, c.verified AS company_verified,
         j.title, j.description, j.category, j.role, r.name AS role_name, j.sector, j.industry,
         j.city, ci.name AS city_name, j.locality, l.name AS locality_name, j.lat, j.lng,
         j.work_mode, j.shift, j.salary_min, j.salary_max, j.experience_min, j.experience_max,
         j.education_min, j.languages, j.skills, j.perks, j.openings, j.interview,
         CASE WHEN j.status = 'published' AND j.expires_at <= now() THEN 'expired' ELSE j.status END AS status,
         j.moderation_state, j.moderation_reasons, j.moderation_rules, j.posted_at, j.expires_at, j.closed_at, j.closed_reason,
         j.created_at, j.updated_at, j.reconfirm_requested_at
    FROM jobs j
    JOIN companies c ON c.id = j.company_id
    JOIN roles r ON r.slug = j.role
    JOIN cities ci ON ci.slug = j.city
    JOIN localities l ON l.city = j.city AND l.slug = j.locality`;

export const jobsRepo = {
  async insert(q: Queryable, companyId: string, createdBy: string | null, j: JobWrite): Promise<number> {
    const cols = ['company_id', 'created_by', ...ALL_COLUMNS];
    const p = new SqlParams();
    const values = p.list([companyId, createdBy, ...toParams(j)]);
    const { rows } = await q.query<{ id: number }>(
      `INSERT INTO jobs (${cols.join(', ')}) VALUES (${values}) RETURNING id`,
      p.values,
    );
    return rows[0]!.id;
  },
  /**
   * Inserts unless this creator already used `key` (a retried POST): then undefined, and nothing is
   * written. A concurrent twin waits on the unique index and then also gets undefined.
   */
  async insertOnce(
    q: Queryable,
    companyId: string,
    createdBy: string,
    j: JobWrite,
    key: string,
  ): Promise<number | undefined> {
    const cols = ['company_id', 'created_by', 'idempotency_key', ...ALL_COLUMNS];
    const p = new SqlParams();
    const values = p.list([companyId, createdBy, key, ...toParams(j)]);
    const { rows } = await q.query<{ id: number }>(
      `INSERT INTO jobs (${cols.join(', ')}) VALUES (${values})
       ON CONFLICT (created_by, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING RETURNING id`,
      p.values,
    );
    return rows[0]?.id;
  },
  async idByKey(q: Queryable, createdBy: string, key: string): Promise<number | undefined> {
    const { rows } = await q.query<{ id: number }>(
      'SELECT id FROM jobs WHERE created_by = $1 AND idempotency_key = $2',
      [createdBy, key],
    );
    return rows[0]?.id;
  },
  /** Bulk load (demo data, benchmarks, imports): one statement for the whole batch. */
  async insertMany(
    q: Queryable,
    rows: (JobWrite & {
      company_id: string;
      status: string;
      posted_at: string | null;
      expires_at: string | null;
      created_at: string;
      moderation_state?: string;
      moderation_reasons?: string[];
      moderation_rules?: (string | null)[];
      closed_at?: string | null;
      closed_reason?: string | null;
    })[],
  ): Promise<void> {
    await q.query(
      `INSERT INTO jobs (company_id, ${ALL_COLUMNS.join(', ')}, status, posted_at, expires_at, created_at, updated_at,
                         moderation_state, moderation_reasons, moderation_rules, closed_at, closed_reason)
       SELECT company_id, ${ALL_COLUMNS.join(', ')}, status, posted_at, expires_at, created_at,
              coalesce(closed_at, created_at),
              coalesce(moderation_state, 'clear'), coalesce(moderation_reasons, '{}'), coalesce(moderation_rules, '{}'),
              -- A job loaded already closed without saying when or why was closed by its employer
              -- when it was loaded (the demo history says both).
              CASE WHEN status = 'closed' THEN coalesce(closed_at, now()) END,
              CASE WHEN status = 'closed' THEN coalesce(closed_reason, 'employer') END
         FROM jsonb_to_recordset($1::jsonb) AS x(
           company_id uuid, title text, description text, category text, role text, sector text, industry text,
           city text, locality text, lat float8, lng float8, work_mode text, shift text, salary_min int, salary_max int,
           experience_min int, experience_max int, education_min text, education_rank int, languages jsonb,
           skills text[], perks text[], openings int, interview jsonb, title_concepts text[], skill_concepts text[],
           concepts_version int, status text, posted_at timestamptz, expires_at timestamptz,
           created_at timestamptz, moderation_state text, moderation_reasons text[], moderation_rules text[], closed_at timestamptz,
           closed_reason text)`,
      [
        JSON.stringify(
          rows.map((r) => {
            const c = jobConcepts(r);
            return { ...r, title_concepts: c.title, skill_concepts: c.skills, concepts_version: c.version };
          }),
        ),
      ],
    );
  },
  async count(q: Queryable): Promise<number> {
    const { rows } = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM jobs');
    return rows[0]!.n;
  },
  async update(q: Queryable, id: number, j: JobWrite): Promise<void> {
    const p = new SqlParams([id]);
    const sets = p.assignments(ALL_COLUMNS, toParams(j));
    await q.query(`UPDATE jobs SET ${sets}, updated_at = now() WHERE id = $1`, p.values);
  },
  /** Who posted a live (published, unexpired) job: the recruiter a seeker's masked call reaches. */
  async livePoster(
    q: Queryable,
    id: number,
  ): Promise<{ created_by: string; company_id: string } | undefined> {
    // Jobs loaded in bulk (demo data, imports) have no poster: the company's owner answers for them.
    const { rows } = await q.query<{ created_by: string; company_id: string }>(
      `SELECT coalesce(j.created_by, c.owner_id) AS created_by, j.company_id
         FROM jobs j JOIN companies c ON c.id = j.company_id
        WHERE j.id = $1 AND j.status = 'published' AND j.expires_at > now()`,
      [id],
    );
    return rows[0];
  },
  async byId(q: Queryable, id: number): Promise<JobRow | undefined> {
    const { rows } = await q.query<JobRow>(`${JOB_SELECT} WHERE j.id = $1`, [id]);
    return rows[0];
  },
  /** Many jobs at once (a seeker's applications), by primary key; unknown ids are left out. */
  async byIds(q: Queryable, ids: number[]): Promise<JobRow[]> {
    if (!ids.length) return [];
    const { rows } = await q.query<JobRow>(`${JOB_SELECT} WHERE j.id = ANY($1::bigint[])`, [ids]);
    return rows;
  },
  /** Locks the row for a lifecycle change so two concurrent transitions cannot interleave. */
  async lockStatus(
    q: Queryable,
    id: number,
  ): Promise<{ status: string; company_id: string; expired: boolean } | undefined> {
    const { rows } = await q.query<{ status: string; company_id: string; expired: boolean }>(
      `SELECT status, company_id, (expires_at IS NOT NULL AND expires_at <= now()) AS expired
         FROM jobs WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0];
  },
  async setStatus(
    q: Queryable,
    id: number,
    change: {
      status: string;
      moderation?: { state: string; reasons: string[]; codes: (string | null)[] };
      /** 'fresh' stamps posted_at and a new 30-day expiry; 'renew' extends expiry only. */
      clock?: 'fresh' | 'renew';
      /** Required when closing: every close stamps closed_at and says why. */
      closedReason?: ClosedReason;
    },
  ): Promise<void> {
    if (change.status === 'closed' && !change.closedReason) throw new Error('A close needs a reason');
    await q.query(
      `UPDATE jobs SET status = $2,
              moderation_state = coalesce($3, moderation_state),
              moderation_reasons = coalesce($4, moderation_reasons),
              moderation_rules = coalesce($7, moderation_rules),
              posted_at = CASE WHEN $5 = 'fresh' THEN now() ELSE posted_at END,
              expires_at = CASE WHEN $5 IN ('fresh', 'renew') THEN now() + interval '30 days' ELSE expires_at END,
              closed_at = CASE WHEN $2 = 'closed' THEN now() ELSE closed_at END,
              closed_reason = CASE WHEN $2 = 'closed' THEN $6 ELSE closed_reason END,
              updated_at = now()
        WHERE id = $1`,
      [
        id,
        change.status,
        change.moderation?.state ?? null,
        change.moderation?.reasons ?? null,
        change.clock ?? null,
        change.closedReason ?? null,
        // One code (or null) per reason, so the two arrays never drift apart.
        change.moderation?.reasons.map((_, i) => change.moderation?.codes[i] ?? null) ?? null,
      ],
    );
  },
  /** The employer re-confirms a live job: the request goes and the idle clock restarts. */
  async reconfirm(q: Queryable, id: number): Promise<void> {
    await q.query('UPDATE jobs SET reconfirm_requested_at = NULL, updated_at = now() WHERE id = $1', [id]);
  },
  /**
   * Any employer action answers a pending request. Reads first: an UPDATE that changes nothing
   * would still fire the statement triggers and invalidate every cached search.
   */
  async clearReconfirm(q: Queryable, id: number): Promise<boolean> {
    const { rows } = await q.query<{ pending: boolean }>(
      'SELECT reconfirm_requested_at IS NOT NULL AS pending FROM jobs WHERE id = $1',
      [id],
    );
    if (!rows[0]?.pending) return false;
    await q.query(
      'UPDATE jobs SET reconfirm_requested_at = NULL WHERE id = $1 AND reconfirm_requested_at IS NOT NULL',
      [id],
    );
    return true;
  },
  /** Export: every job in id order, a page at a time (keyset, so 1M rows stream in steady steps). */
  async pageAfter(q: Queryable, afterId: number, limit: number): Promise<JobRow[]> {
    const { rows } = await q.query<JobRow>(`${JOB_SELECT} WHERE j.id > $1 ORDER BY j.id LIMIT $2`, [
      afterId,
      limit,
    ]);
    return rows;
  },
  /** A copy of a job's posting as a new draft of the same company (no dates, no moderation). */
  async duplicate(q: Queryable, id: number, createdBy: string): Promise<number | undefined> {
    const { rows } = await q.query<{ id: number }>(
      `INSERT INTO jobs (company_id, created_by, ${ALL_COLUMNS.join(', ')})
       SELECT company_id, $2, ${ALL_COLUMNS.join(', ')} FROM jobs WHERE id = $1 RETURNING id`,
      [id, createdBy],
    );
    return rows[0]?.id;
  },
  /**
   * One batch of the online re-derivation of job concepts: the next `limit` jobs by id, whatever their
   * version (a bounded read however few are stale), so a walk over 1M jobs is 1M / limit short reads.
   */
  async conceptBatch(
    q: Queryable,
    afterId: number,
    limit: number,
  ): Promise<
    {
      id: number;
      title: string;
      skills: string[];
      description: string;
      industry: string;
      interview: { walk_in_from?: string | null } | null;
      concepts_version: number | null;
    }[]
  > {
    const { rows } = await q.query<{
      id: number;
      title: string;
      skills: string[];
      description: string;
      industry: string;
      interview: { walk_in_from?: string | null } | null;
      concepts_version: number | null;
    }>(
      'SELECT id, title, skills, description, industry, interview, concepts_version FROM jobs WHERE id > $1 ORDER BY id LIMIT $2',
      [afterId, limit],
    );
    return rows.map((r) => ({ ...r, id: Number(r.id) }));
  },
  /** How far the re-derivation for `version` got (0 and not done when it never ran). */
  async conceptProgress(q: Queryable, version: number): Promise<{ afterId: number; done: boolean }> {
    const { rows } = await q.query<{ after_id: string; done: boolean }>(
      'SELECT after_id, done FROM job_concepts_progress WHERE version = $1',
      [version],
    );
    return { afterId: Number(rows[0]?.after_id ?? 0), done: rows[0]?.done ?? false };
  },
  async saveConceptProgress(q: Queryable, version: number, afterId: number, done: boolean): Promise<void> {
    await q.query(
      `INSERT INTO job_concepts_progress (version, after_id, done) VALUES ($1, $2, $3)
       ON CONFLICT (version) DO UPDATE SET after_id = EXCLUDED.after_id, done = EXCLUDED.done, updated_at = now()`,
      [version, afterId, done],
    );
  },
  /** Stores re-derived concepts for a batch of jobs in one statement (its search rows follow by trigger). */
  async setConcepts(
    q: Queryable,
    rows: { id: number; title: string[]; skills: string[] }[],
    version: number,
  ): Promise<void> {
    if (!rows.length) return;
    await q.query(
      `UPDATE jobs j SET title_concepts = x.title, skill_concepts = x.skills, concepts_version = $2
         FROM jsonb_to_recordset($1::jsonb) AS x(id bigint, title text[], skills text[])
        WHERE j.id = x.id`,
      [JSON.stringify(rows), version],
    );
  },
  /** One page of a dashboard tab (newest first, on jobs_company_idx), and how many each tab holds. */
  async pageOfTab(
    q: Queryable,
    companyIds: string[],
    statuses: string[],
    limit: number,
    offset: number,
  ): Promise<JobRow[]> {
    const { rows } = await q.query<JobRow>(
      `${JOB_SELECT} WHERE j.company_id = ANY($1::uuid[]) AND j.status = ANY($2::text[])
        ORDER BY j.created_at DESC, j.id DESC LIMIT $3 OFFSET $4`,
      [companyIds, statuses, limit, offset],
    );
    return rows;
  },
  async countByStatus(q: Queryable, companyIds: string[]): Promise<Map<string, number>> {
    const { rows } = await q.query<{ status: string; n: number }>(
      'SELECT status, count(*)::int AS n FROM jobs WHERE company_id = ANY($1::uuid[]) GROUP BY status',
      [companyIds],
    );
    return new Map(rows.map((r) => [r.status, Number(r.n)]));
  },
  /** Every job of these companies with its status (the dashboard's per-tab applicant counts). */
  async statusOfEach(q: Queryable, companyIds: string[]): Promise<{ id: number; status: string }[]> {
    const { rows } = await q.query<{ id: number; status: string }>(
      'SELECT id, status FROM jobs WHERE company_id = ANY($1::uuid[])',
      [companyIds],
    );
    return rows.map((r) => ({ id: Number(r.id), status: r.status }));
  },
  /** Undo of a close: the close stamp and reason go; the caller sets the status it returns to. */
  async clearClose(q: Queryable, id: number): Promise<void> {
    await q.query(
      'UPDATE jobs SET closed_at = NULL, closed_reason = NULL, updated_at = now() WHERE id = $1',
      [id],
    );
  },
  async byCompanies(q: Queryable, companyIds: string[], limit = 200): Promise<JobRow[]> {
    const { rows } = await q.query<JobRow>(
      `${JOB_SELECT} WHERE j.company_id = ANY($1::uuid[]) ORDER BY j.created_at DESC LIMIT $2`,
      [companyIds, limit],
    );
    return rows;
  },
};
