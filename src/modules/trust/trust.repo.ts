// SQL for scores, shared identifiers, bans, reports and the moderators' audit log, and only here.
// Read-only views of jobs and companies (market pay band, the queue, names) are spelled out here
// too because they join trust tables; every write to jobs or companies goes through their services.
import type { Queryable } from '../../shared/db/db.ts';
import type { ScamHit } from './scam-score.ts';

export type IdentifierKind = 'phone' | 'email' | 'upi' | 'bank';
export interface Identifier {
  kind: IdentifierKind;
  value: string;
}

export interface CompanyFacts {
  id: string;
  name: string;
  website: string | null;
  verified: boolean;
  contact_email: string | null;
  contact_phone: string | null;
  banned: boolean;
  ban_reason: string | null;
  /** Another, verified company on the platform carries the same name: a brand being impersonated. */
  known_brand: boolean;
}

export interface LinkedCompany {
  id: string;
  name: string;
  verified: boolean;
  banned: boolean;
  /** The values that tie it to the group (empty for the starting company). */
  shared: string[];
}

export interface QueueRow {
  id: number;
  title: string;
  description: string;
  status: string;
  moderation_state: string;
  moderation_reasons: string[];
  moderation_rules: (string | null)[];
  company_id: string;
  company_name: string;
  company_verified: boolean;
  company_banned: boolean;
  score: number | null;
  hits: ScamHit[];
  open_reports: number;
  report_reasons: Record<string, number>;
  updated_at: Date;
}

export interface AuditRow {
  id: number;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  target_kind: string;
  target_id: string;
  reason: string | null;
  detail: Record<string, unknown>;
  created_at: Date;
}

/** Page-serving: relies on jobs_live_role_city_pay_idx (checked by EXPLAIN in trust.test.ts). */
export const MARKET_BAND_SQL = `SELECT count(*)::int AS n,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY salary_max)::float8 AS p50,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY salary_max)::float8 AS p90
         FROM jobs
        WHERE status = 'published' AND salary_max IS NOT NULL AND role = $1
          AND ($2::text IS NULL OR city = $2) AND id <> coalesce($3::bigint, 0)
          AND (expires_at IS NULL OR expires_at > now())`;

/** Page-serving: relies on jobs_moderation_queue_idx and job_reports_open_idx. */
export const QUEUE_SQL = `SELECT j.id, j.title, j.description, j.status, j.moderation_state, j.moderation_reasons, j.moderation_rules, j.company_id,
              c.name AS company_name, c.verified AS company_verified,
              EXISTS (SELECT 1 FROM company_bans b WHERE b.company_id = j.company_id) AS company_banned,
              s.score, coalesce(s.hits, '[]'::jsonb) AS hits,
              coalesce(r.n, 0) AS open_reports, coalesce(r.reasons, '{}'::jsonb) AS report_reasons,
              j.updated_at
         FROM jobs j
         JOIN companies c ON c.id = j.company_id
         LEFT JOIN LATERAL (SELECT score, hits FROM job_scores
                             WHERE job_id = j.id ORDER BY created_at DESC, id DESC LIMIT 1) s ON true
         LEFT JOIN LATERAL (SELECT sum(k.n)::int AS n, jsonb_object_agg(k.reason, k.n) AS reasons
                              FROM (SELECT reason, count(*)::int AS n FROM job_reports
                                     WHERE job_id = j.id AND resolved_at IS NULL GROUP BY reason) k) r ON true
        WHERE j.id IN (SELECT id FROM jobs WHERE status = 'held' OR moderation_state <> 'clear'
                       UNION SELECT job_id FROM job_reports WHERE resolved_at IS NULL)
          AND j.status NOT IN ('closed', 'draft')
        ORDER BY (j.status = 'held') DESC, j.updated_at DESC, j.id DESC
        LIMIT $1`;

export const trustRepo = {
  async companyFacts(q: Queryable, companyId: string): Promise<CompanyFacts | undefined> {
    const { rows } = await q.query<CompanyFacts>(
      `SELECT c.id, c.name, c.website, c.verified, v.contact_email, v.contact_phone,
              (b.company_id IS NOT NULL) AS banned, b.reason AS ban_reason,
              EXISTS (SELECT 1 FROM companies o
                       WHERE lower(o.name) = lower(c.name) AND o.id <> c.id AND o.verified) AS known_brand
         FROM companies c
         LEFT JOIN company_verifications v ON v.company_id = c.id
         LEFT JOIN company_bans b ON b.company_id = c.id
        WHERE c.id = $1`,
      [companyId],
    );
    return rows[0];
  },

  /** p50 / p90 of salary_max over live jobs of a role (in a city, or anywhere with city null). */
  async marketBand(
    q: Queryable,
    role: string,
    city: string | null,
    excludeJob: number | null,
  ): Promise<{ n: number; p50: number | null; p90: number | null }> {
    const { rows } = await q.query<{ n: number; p50: number | null; p90: number | null }>(MARKET_BAND_SQL, [
      role,
      city,
      excludeJob,
    ]);
    return rows[0]!;
  },

  /** Other companies that posted the same folded text in the last `days` days. */
  async duplicateCompanies(q: Queryable, textHash: string, companyId: string, days: number): Promise<number> {
    const { rows } = await q.query<{ n: number }>(
      `SELECT count(DISTINCT company_id)::int AS n FROM job_scores
        WHERE text_hash = $1 AND company_id <> $2 AND created_at > now() - make_interval(days => $3)`,
      [textHash, companyId, days],
    );
    return rows[0]!.n;
  },

  async insertScore(
    q: Queryable,
    s: {
      jobId: number;
      companyId: string;
      score: number;
      decision: string;
      hits: ScamHit[];
      context: object;
      textHash: string;
    },
  ): Promise<void> {
    await q.query(
      `INSERT INTO job_scores (job_id, company_id, score, decision, hits, context, text_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        s.jobId,
        s.companyId,
        s.score,
        s.decision,
        JSON.stringify(s.hits),
        JSON.stringify(s.context),
        s.textHash,
      ],
    );
  },

  async scoresOf(
    q: Queryable,
    jobId: number,
  ): Promise<{ score: number; decision: string; hits: ScamHit[]; created_at: Date }[]> {
    const { rows } = await q.query<{ score: number; decision: string; hits: ScamHit[]; created_at: Date }>(
      'SELECT score, decision, hits, created_at FROM job_scores WHERE job_id = $1 ORDER BY created_at DESC, id DESC LIMIT 20',
      [jobId],
    );
    return rows;
  },

  /** True when a moderator approved this job while it carried exactly this text. */
  async approvedWithText(q: Queryable, jobId: number, textHash: string): Promise<boolean> {
    const { rows } = await q.query<{ ok: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM moderation_audit
                       WHERE target_kind = 'job' AND target_id = $1 AND action = 'approve'
                         AND detail->>'text_hash' = $2) AS ok`,
      [String(jobId), textHash],
    );
    return rows[0]!.ok;
  },

  async addIdentifiers(
    q: Queryable,
    companyId: string,
    ids: Identifier[],
    source: 'company' | 'job',
    verified = false,
  ): Promise<void> {
    if (!ids.length) return;
    await q.query(
      `INSERT INTO trust_identifiers (company_id, kind, value, source, verified)
       SELECT $1, x.kind, x.value, $3, $4 FROM jsonb_to_recordset($2::jsonb) AS x(kind text, value text)
       ON CONFLICT (company_id, kind, value) DO UPDATE
         SET verified = trust_identifiers.verified OR EXCLUDED.verified`,
      [companyId, JSON.stringify(ids), source, verified],
    );
  },

  /**
   * Every company reachable from the start through shared identifiers (a graph walk in SQL).
   * UNION (not UNION ALL) drops rows already found, so cycles end the recursion.
   */
  async linkedGroup(q: Queryable, companyId: string): Promise<LinkedCompany[]> {
    const { rows } = await q.query<LinkedCompany>(
      `WITH RECURSIVE grp (company_id) AS (
         SELECT $1::uuid
         UNION
         SELECT other.company_id
           FROM grp
           JOIN trust_identifiers mine ON mine.company_id = grp.company_id
           JOIN trust_identifiers other ON other.kind = mine.kind AND other.value = mine.value
       )
       SELECT c.id, c.name, c.verified, (b.company_id IS NOT NULL) AS banned,
              coalesce((SELECT array_agg(DISTINCT i.kind || ':' || i.value ORDER BY i.kind || ':' || i.value)
                          FROM trust_identifiers i
                         WHERE i.company_id = c.id AND c.id <> $1::uuid
                           AND EXISTS (SELECT 1 FROM trust_identifiers j
                                        WHERE j.kind = i.kind AND j.value = i.value
                                          AND j.company_id <> i.company_id
                                          AND j.company_id IN (SELECT company_id FROM grp))), '{}') AS shared
         FROM grp JOIN companies c ON c.id = grp.company_id
         LEFT JOIN company_bans b ON b.company_id = c.id
        ORDER BY (c.id = $1::uuid) DESC, c.name`,
      [companyId],
    );
    return rows;
  },

  /** Banned companies (other than this one) that used any of these identifiers. */
  async bannedSharing(
    q: Queryable,
    companyId: string,
    ids: Identifier[],
  ): Promise<{ name: string; kind: string; value: string }[]> {
    if (!ids.length) return [];
    const { rows } = await q.query<{ name: string; kind: string; value: string }>(
      `SELECT DISTINCT c.name, i.kind, i.value
         FROM jsonb_to_recordset($2::jsonb) AS x(kind text, value text)
         JOIN trust_identifiers i ON i.kind = x.kind AND i.value = x.value
         JOIN company_bans b ON b.company_id = i.company_id
         JOIN companies c ON c.id = i.company_id
        WHERE i.company_id <> $1
        LIMIT 5`,
      [companyId, JSON.stringify(ids)],
    );
    return rows;
  },

  async ban(
    q: Queryable,
    companyIds: string[],
    by: string | null,
    reason: string,
    origin: string,
  ): Promise<string[]> {
    const { rows } = await q.query<{ company_id: string }>(
      `INSERT INTO company_bans (company_id, banned_by, reason, origin_company_id)
       SELECT unnest($1::uuid[]), $2, $3, $4 ON CONFLICT (company_id) DO NOTHING RETURNING company_id`,
      [companyIds, by, reason, origin],
    );
    return rows.map((r) => r.company_id);
  },

  /** Who a phone number belongs to on the platform, as seen in identifiers. */
  async phoneOwners(
    q: Queryable,
    phone: string,
  ): Promise<{ id: string; name: string; verified: boolean; phone_verified: boolean; banned: boolean }[]> {
    const { rows } = await q.query<{
      id: string;
      name: string;
      verified: boolean;
      phone_verified: boolean;
      banned: boolean;
    }>(
      `SELECT c.id, c.name, c.verified, bool_or(i.verified) AS phone_verified,
              (b.company_id IS NOT NULL) AS banned
         FROM trust_identifiers i
         JOIN companies c ON c.id = i.company_id
         LEFT JOIN company_bans b ON b.company_id = c.id
        WHERE i.kind = 'phone' AND i.value = $1
        GROUP BY c.id, c.name, c.verified, b.company_id
        ORDER BY c.name`,
      [phone],
    );
    return rows;
  },

  /** Inserts one report per seeker and job; false when this seeker had already reported it. */
  async addReport(
    q: Queryable,
    r: { jobId: number; seekerId: string; reason: string; detail: string | null },
  ): Promise<boolean> {
    const { rows } = await q.query<{ id: number }>(
      `INSERT INTO job_reports (job_id, seeker_id, reason, detail) VALUES ($1, $2, $3, $4)
       ON CONFLICT (job_id, seeker_id) DO NOTHING RETURNING id`,
      [r.jobId, r.seekerId, r.reason, r.detail],
    );
    return rows.length > 0;
  },

  async openReports(q: Queryable, jobId: number): Promise<{ n: number; reasons: Record<string, number> }> {
    const { rows } = await q.query<{ reason: string; n: number }>(
      `SELECT reason, count(*)::int AS n FROM job_reports
        WHERE job_id = $1 AND resolved_at IS NULL GROUP BY reason ORDER BY reason`,
      [jobId],
    );
    return {
      n: rows.reduce((sum, r) => sum + r.n, 0),
      reasons: Object.fromEntries(rows.map((r) => [r.reason, r.n])),
    };
  },

  /**
   * The open reports that may pause a job by themselves: only from accounts at least `minAgeDays`
   * old (three accounts made this morning are not three witnesses), and never for a verified
   * company's job (`verified`: those go to the moderators' queue instead). Read by the
   * job_reports_open_idx partial index; one row per reporter joins users by primary key.
   */
  async reportsThatPause(
    q: Queryable,
    jobId: number,
    minAgeDays: number,
  ): Promise<{ n: number; reasons: Record<string, number>; verified: boolean }> {
    const { rows } = await q.query<{ reason: string | null; n: number; verified: boolean }>(
      `SELECT r.reason, count(r.id)::int AS n, bool_or(c.verified) AS verified
         FROM jobs j
         JOIN companies c ON c.id = j.company_id
         LEFT JOIN job_reports r ON r.job_id = j.id AND r.resolved_at IS NULL
          AND EXISTS (SELECT 1 FROM users u WHERE u.id = r.seeker_id
                       AND u.created_at <= now() - make_interval(days => $2::int))
        WHERE j.id = $1
        GROUP BY r.reason`,
      [jobId, minAgeDays],
    );
    const counted = rows.filter((r) => r.reason !== null);
    return {
      n: counted.reduce((sum, r) => sum + r.n, 0),
      reasons: Object.fromEntries(counted.map((r) => [r.reason, r.n])),
      verified: rows.some((r) => r.verified),
    };
  },

  /** The seeker takes back their own open report; true if there was one. */
  async withdrawReport(q: Queryable, jobId: number, seekerId: string): Promise<boolean> {
    const { rows } = await q.query<{ id: number }>(
      'DELETE FROM job_reports WHERE job_id = $1 AND seeker_id = $2 AND resolved_at IS NULL RETURNING id',
      [jobId, seekerId],
    );
    return rows.length > 0;
  },

  async resolveReports(q: Queryable, jobId: number): Promise<void> {
    await q.query('UPDATE job_reports SET resolved_at = now() WHERE job_id = $1 AND resolved_at IS NULL', [
      jobId,
    ]);
  },

  /** Held jobs, live flagged jobs and jobs with open reports, newest change first. */
  async queue(q: Queryable, limit: number): Promise<QueueRow[]> {
    const { rows } = await q.query<QueueRow>(QUEUE_SQL, [limit]);
    return rows;
  },

  async audit(
    q: Queryable,
    a: {
      actorId: string | null;
      action: string;
      targetKind: 'job' | 'company';
      targetId: string;
      reason: string | null;
      detail?: object;
    },
  ): Promise<void> {
    await q.query(
      `INSERT INTO moderation_audit (actor_id, action, target_kind, target_id, reason, detail)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [a.actorId, a.action, a.targetKind, a.targetId, a.reason, JSON.stringify(a.detail ?? {})],
    );
  },

  async auditLog(q: Queryable, limit: number): Promise<AuditRow[]> {
    const { rows } = await q.query<AuditRow>(
      `SELECT a.id, a.actor_id, u.name AS actor_name, a.action, a.target_kind, a.target_id, a.reason,
              a.detail, a.created_at
         FROM moderation_audit a LEFT JOIN users u ON u.id = a.actor_id
        ORDER BY a.created_at DESC, a.id DESC LIMIT $1`,
      [limit],
    );
    return rows;
  },

  async reportsBy(
    q: Queryable,
    seekerId: string,
  ): Promise<{ job_id: number; reason: string; detail: string | null; created_at: Date }[]> {
    const { rows } = await q.query<{
      job_id: number;
      reason: string;
      detail: string | null;
      created_at: Date;
    }>(
      'SELECT job_id, reason, detail, created_at FROM job_reports WHERE seeker_id = $1 ORDER BY created_at',
      [seekerId],
    );
    return rows;
  },
};
