// Warns the seekers who applied to a job that is later held or rejected as a likely scam: one message
// each, in the language they read the site in, saying what to do (do not pay, report, call 1930).
// SQL for who applied and who was already warned lives here too: it touches only that list.
import type { Queryable } from '../../shared/db/db.ts';
import type { NotificationsService } from '../notifications/index.ts';

export const SCAM_WARNING_TEMPLATE = 'scamWarning';

export type WarningSender = Pick<NotificationsService, 'compose' | 'dispatch'>;

/**
 * Composes a warning for every applicant of the job not warned before, inside the caller's transaction,
 * and returns the outbox ids to dispatch once it commits.
 */
export async function warnApplicants(
  q: Queryable,
  notifications: WarningSender,
  job: { id: number; title: string; company: string },
): Promise<number[]> {
  // applications_job_seeker_key serves the lookup; the insert makes a second warning impossible.
  // The language is read here, in the transaction: asking the accounts service would wait on a second
  // connection, which the embedded engine (one connection) never frees while this transaction is open.
  const { rows } = await q.query<{ seeker_id: string; lang: string }>(
    `WITH warned AS (
       INSERT INTO scam_warnings (job_id, seeker_id)
       SELECT a.job_id, a.seeker_id FROM applications a
        WHERE a.job_id = $1 AND a.seeker_id IS NOT NULL
       ON CONFLICT DO NOTHING
       RETURNING seeker_id)
     SELECT w.seeker_id, coalesce(u.lang, 'en') AS lang FROM warned w JOIN users u ON u.id = w.seeker_id`,
    [job.id],
  );
  const ids: number[] = [];
  for (const { seeker_id, lang } of rows) {
    const id = await notifications.compose(q, seeker_id, SCAM_WARNING_TEMPLATE, {
      lang,
      title: job.title,
      company: job.company,
    });
    await q.query('UPDATE scam_warnings SET notification_id = $3 WHERE job_id = $1 AND seeker_id = $2', [
      job.id,
      seeker_id,
      id,
    ]);
    ids.push(id);
  }
  return ids;
}
