// SQL for skill_tests and skill_badges, and only here. Badges are read by user (profiles) and by
// kind and score (employer filters), each with its own index.
import type { Queryable } from '../../shared/db/db.ts';
import { SqlParams } from '../../shared/db/sql.ts';
import type { Kind } from './skills.scoring.ts';

export interface TestRow {
  id: string;
  user_id: string;
  kind: Kind;
  content: Record<string, unknown>;
  started_at: Date;
  deadline_at: Date;
  submitted_at: Date | null;
  outcome: string | null;
  result: Record<string, unknown> | null;
  elapsed: number;
}

export interface BadgeRow {
  id: string;
  user_id: string;
  kind: Kind;
  label: string;
  score: number;
  accuracy: number | null;
  issued_at: Date;
  expires_at: Date;
}

export interface BadgeFilter {
  kind: Kind;
  /** typing: net WPM; data_entry: accuracy %; english: score out of 100. */
  minScore?: number;
  minAccuracy?: number;
}

/**
 * A WHERE-clause fragment for other modules' queries (candidate search): "the user in
 * `userColumn` holds an unexpired badge of `kind` with score >= minScore (and accuracy >=
 * minAccuracy)". Its values are added to the caller's `params`.
 * Served by skill_badges_filter_idx / skill_badges_user_idx.
 */
export function badgeFilterSql(userColumn: string, params: SqlParams, f: BadgeFilter): string {
  if (!/^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/i.test(userColumn))
    throw new Error(`badgeFilterSql: not a column name: ${userColumn}`);
  return `EXISTS (SELECT 1 FROM skill_badges sb WHERE sb.user_id = ${userColumn} AND sb.kind = ${params.add(f.kind)}
            AND sb.score >= ${params.add(f.minScore ?? 0)} AND coalesce(sb.accuracy, 100) >= ${params.add(f.minAccuracy ?? 0)} AND sb.expires_at > now())`;
}

export const skillsRepo = {
  async startedToday(q: Queryable, userId: string, kind: Kind): Promise<number> {
    const { rows } = await q.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM skill_tests
        WHERE user_id = $1 AND kind = $2 AND started_at > now() - interval '1 day'`,
      [userId, kind],
    );
    return rows[0]!.n;
  },
  async insertTest(
    q: Queryable,
    userId: string,
    kind: Kind,
    content: unknown,
    seconds: number,
  ): Promise<TestRow> {
    const { rows } = await q.query<TestRow>(
      `INSERT INTO skill_tests (user_id, kind, content, deadline_at)
       VALUES ($1, $2, $3, now() + $4 * interval '1 second')
       RETURNING *, 0::float8 AS elapsed`,
      [userId, kind, JSON.stringify(content), seconds],
    );
    return rows[0]!;
  },
  /** Locks the test and measures elapsed time on the database clock, not the browser's. */
  async lockTest(q: Queryable, id: string): Promise<TestRow | undefined> {
    const { rows } = await q.query<TestRow>(
      `SELECT *, extract(epoch FROM now() - started_at)::float8 AS elapsed
         FROM skill_tests WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0];
  },
  async getTest(q: Queryable, id: string): Promise<TestRow | undefined> {
    const { rows } = await q.query<TestRow>(
      'SELECT *, extract(epoch FROM now() - started_at)::float8 AS elapsed FROM skill_tests WHERE id = $1',
      [id],
    );
    return rows[0];
  },
  async finishTest(q: Queryable, id: string, outcome: string, result: unknown): Promise<void> {
    await q.query('UPDATE skill_tests SET submitted_at = now(), outcome = $2, result = $3 WHERE id = $1', [
      id,
      outcome,
      JSON.stringify(result),
    ]);
  },
  async insertBadge(
    q: Queryable,
    b: {
      user_id: string;
      kind: Kind;
      test_id: string;
      label: string;
      score: number;
      accuracy: number | null;
      months: number;
    },
  ): Promise<void> {
    await q.query(
      `INSERT INTO skill_badges (user_id, kind, test_id, label, score, accuracy, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, now() + $7 * interval '1 month')`,
      [b.user_id, b.kind, b.test_id, b.label, b.score, b.accuracy, b.months],
    );
  },
  /** Each user's best unexpired badge of each kind. */
  async badgesOf(q: Queryable, userIds: string[]): Promise<BadgeRow[]> {
    const { rows } = await q.query<BadgeRow>(
      `SELECT DISTINCT ON (user_id, kind) id, user_id, kind, label, score, accuracy, issued_at, expires_at
         FROM skill_badges WHERE user_id = ANY($1::uuid[]) AND expires_at > now()
        ORDER BY user_id, kind, score DESC, issued_at DESC`,
      [userIds],
    );
    return rows;
  },
  /** Which of `userIds` hold a badge matching `f`. */
  async holdersAmong(q: Queryable, userIds: string[], f: BadgeFilter): Promise<Set<string>> {
    if (!userIds.length) return new Set();
    const params = new SqlParams([userIds]);
    const where = badgeFilterSql('u.id', params, f);
    const { rows } = await q.query<{ id: string }>(
      `SELECT u.id FROM unnest($1::uuid[]) AS u(id) WHERE ${where}`,
      params.values,
    );
    return new Set(rows.map((r) => r.id));
  },
  /** Users holding an unexpired badge of `kind` with at least `minScore` (and `minAccuracy`). */
  async holders(
    q: Queryable,
    kind: Kind,
    minScore: number,
    minAccuracy: number,
    limit: number,
  ): Promise<string[]> {
    const { rows } = await q.query<{ user_id: string }>(
      `SELECT DISTINCT user_id FROM skill_badges
        WHERE kind = $1 AND score >= $2 AND coalesce(accuracy, 100) >= $3 AND expires_at > now()
        LIMIT $4`,
      [kind, minScore, minAccuracy, limit],
    );
    return rows.map((r) => r.user_id);
  },
};
