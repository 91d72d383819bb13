// Warns the seekers exposed to a job that is later held or rejected as a likely scam: those who applied,
// who called the employer about it through the masked number, and those whose resume or contact details
// the company behind it has seen (documents sent). One message
// each, in the language they read the site in, saying what to do (do not pay, report, call 1930).
// SQL for who was exposed and who was already warned lives here too: it only reads those lists.
import type { Queryable } from '../../shared/db/db.ts';
import type { NotificationsService } from '../notifications/index.ts';

export const SCAM_WARNING_TEMPLATE = 'scamWarning';
/** For a seeker who called about the job without applying: the same advice, said truly. */
export const SCAM_WARNING_CALLED_TEMPLATE = 'scamWarningCalled';
/** For a seeker who did not apply but whose resume or contact the company saw: the same advice, said truly. */
export const SCAM_WARNING_SHARED_TEMPLATE = 'scamWarningShared';

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
  // Exposed: applied to the job, or had a resume or contact detail (phone, email, WhatsApp, address)
  // opened by the company behind it (contact_views, written by privacy for every reveal). An applicant is
  // told they applied; anyone else that their details reached this company.
  // How: 1 applied, 2 called (a call was placed: the employer now knows the seeker), 3 details seen.
  const { rows } = await q.query<{ seeker_id: string; lang: string; how: number }>(
    `WITH exposed AS (
       SELECT a.seeker_id, 1 AS how FROM applications a
        WHERE a.job_id = $1 AND a.seeker_id IS NOT NULL
       UNION ALL
       SELECT c.seeker_id, 2 FROM calls c
        WHERE c.job_id = $1 AND c.seeker_id IS NOT NULL AND c.direction = 'seeker_to_employer'
          AND c.status IN ('placed', 'answered', 'missed', 'busy')
       UNION ALL
       SELECT v.subject_user_id, 3 FROM contact_views v JOIN jobs j ON j.company_id = v.company_id
        WHERE j.id = $1
       UNION ALL
       -- A reveal from candidate search names the recruiter, not always the company: count its members.
       SELECT v.subject_user_id, 3 FROM jobs j
         JOIN company_members m ON m.company_id = j.company_id
         JOIN contact_views v ON v.viewer_id = m.user_id
        WHERE j.id = $1),
     seekers AS (SELECT seeker_id, min(how) AS how FROM exposed GROUP BY seeker_id),
     warned AS (
       INSERT INTO scam_warnings (job_id, seeker_id)
       SELECT $1, s.seeker_id FROM seekers s JOIN users u ON u.id = s.seeker_id AND u.role = 'seeker'
       ON CONFLICT DO NOTHING
       RETURNING seeker_id)
     SELECT w.seeker_id, coalesce(u.lang, 'en') AS lang, s.how
       FROM warned w JOIN users u ON u.id = w.seeker_id JOIN seekers s ON s.seeker_id = w.seeker_id`,
    [job.id],
  );
  const ids: number[] = [];
  for (const { seeker_id, lang, how } of rows) {
    const template =
      how === 1
        ? SCAM_WARNING_TEMPLATE
        : how === 2
          ? SCAM_WARNING_CALLED_TEMPLATE
          : SCAM_WARNING_SHARED_TEMPLATE;
    const id = await notifications.compose(q, seeker_id, template, {
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
