// Demo hiring activity for the demo employer, so `npm start` has a pipeline to click through: the
// demo company's live jobs (up to 60) get applicants (demo seekers of the same city), some of them
// shortlisted, in interview (with the interview scheduled: date, time, place or mode) or rejected
// by the employer with the full history, page views for the dashboard charts, and "last responded". Written in set-based SQL after the profiles are in;
// choices come from hashes of the ids, so the same seed gives the same pipeline.
import type { Queryable } from '../../shared/db/db.ts';
import { type InterviewBody, seedInterviews } from '../hiring/index.ts';

/** Applicants per job: 3 to 9, from seekers whose profile is in the job's city. */
const APPLY_SQL = `
WITH demo_jobs AS (
  SELECT j.id, j.company_id, j.title, c.name AS company_name, j.city, j.posted_at,
         row_number() OVER (ORDER BY j.posted_at DESC, j.id) AS n
    FROM jobs j
    JOIN companies c ON c.id = j.company_id
    JOIN company_members m ON m.company_id = c.id
    JOIN users u ON u.id = m.user_id
   WHERE u.phone = $1 AND j.status = 'published' AND j.posted_at IS NOT NULL
), ranked AS (
  SELECT dj.*, s.user_id AS seeker_id, abs(hashtext(dj.id::text || s.user_id::text)) AS h,
         row_number() OVER (PARTITION BY dj.id ORDER BY abs(hashtext(dj.id::text || s.user_id::text))) AS r
    FROM demo_jobs dj
    JOIN seeker_profiles s ON s.city = dj.city
   WHERE dj.n <= $2
     -- The demo login's own applications are chosen below, not by chance.
     AND s.user_id NOT IN (SELECT id FROM users WHERE phone = $3)
)
INSERT INTO applications (job_id, company_id, seeker_id, job_title, company_name, stage, created_at, updated_at)
SELECT id, company_id, seeker_id, title, company_name,
       CASE WHEN h % 10 < 5 THEN 'applied' WHEN h % 10 < 7 THEN 'shortlisted'
            WHEN h % 10 < 8 THEN 'interview' ELSE 'rejected' END,
       applied_at, applied_at
  FROM (SELECT *, posted_at + (now() - posted_at) * (0.05 + 0.8 * (h % 997) / 997.0) AS applied_at
          FROM ranked WHERE r <= 3 + id % 7) x
ON CONFLICT DO NOTHING`;

/** The demo seeker's own applications: three of the demo employer's jobs in their city, so "My
 * applications" shows a job in interview, one shortlisted and one just applied. */
const DEMO_SEEKER_SQL = `
INSERT INTO applications (job_id, company_id, seeker_id, job_title, company_name, stage, created_at, updated_at)
SELECT j.id, j.company_id, s.user_id, j.title, c.name, (ARRAY['interview', 'shortlisted', 'applied'])[j.n],
       now() - (4 - j.n) * interval '2 days', now() - (4 - j.n) * interval '2 days'
  FROM (SELECT j.*, row_number() OVER (ORDER BY j.posted_at DESC, j.id) AS n
          FROM jobs j JOIN company_members m ON m.company_id = j.company_id JOIN users u ON u.id = m.user_id
         WHERE u.phone = $1 AND j.status = 'published'
           AND j.posted_at < now() - interval '8 days'
           AND j.city = (SELECT p.city FROM seeker_profiles p JOIN users su ON su.id = p.user_id WHERE su.phone = $2)) j
  JOIN companies c ON c.id = j.company_id
  JOIN users su ON su.phone = $2
  JOIN seeker_profiles s ON s.user_id = su.id
 WHERE j.n <= 3
ON CONFLICT DO NOTHING`;

/** The city where the demo employer has most live jobs: the demo seeker looks for work there. */
export async function demoEmployerCity(q: Queryable, employerPhone: string): Promise<string | undefined> {
  const { rows } = await q.query<{ city: string }>(
    `SELECT j.city FROM jobs j JOIN company_members m ON m.company_id = j.company_id JOIN users u ON u.id = m.user_id
      WHERE u.phone = $1 AND j.status = 'published' GROUP BY j.city ORDER BY count(*) DESC, j.city LIMIT 1`,
    [employerPhone],
  );
  return rows[0]?.city;
}

/** The seeker's apply, then the employer's moves a day or two later (never in the future). */
const EVENTS_SQL = `
WITH a AS (
  SELECT a.id, a.seeker_id, a.stage, a.created_at, a.job_id
    FROM applications a JOIN company_members m ON m.company_id = a.company_id
    JOIN users u ON u.id = m.user_id
   WHERE u.phone = $1
     AND NOT EXISTS (SELECT 1 FROM application_events e WHERE e.application_id = a.id)
), employer AS (SELECT id FROM users WHERE phone = $1)
INSERT INTO application_events (application_id, actor_id, actor_role, from_stage, to_stage, note, created_at)
SELECT a.id, a.seeker_id, 'seeker', NULL, 'applied', NULL, a.created_at FROM a
UNION ALL
SELECT a.id, (SELECT id FROM employer), 'employer', 'applied',
       CASE WHEN a.stage = 'rejected' THEN 'rejected' ELSE 'shortlisted' END,
       CASE WHEN a.stage = 'rejected' THEN 'Looking for more voice experience' END,
       least(now(), a.created_at + interval '20 hours')
  FROM a WHERE a.stage IN ('shortlisted', 'interview', 'rejected')
UNION ALL
SELECT a.id, (SELECT id FROM employer), 'employer', 'shortlisted', 'interview', 'Spoke on the phone; good Hindi and English',
       least(now(), a.created_at + interval '44 hours')
  FROM a WHERE a.stage = 'interview'`;

const RESPONSES_SQL = `
INSERT INTO job_responses (job_id, last_responded_at)
SELECT a.job_id, max(e.at)
  FROM (SELECT application_id, created_at AS at FROM application_events WHERE actor_role = 'employer'
        UNION ALL SELECT application_id, created_at FROM interviews) e
  JOIN applications a ON a.id = e.application_id
  JOIN company_members m ON m.company_id = a.company_id JOIN users u ON u.id = m.user_id
 WHERE u.phone = $1
 GROUP BY a.job_id
ON CONFLICT (job_id) DO UPDATE SET last_responded_at = EXCLUDED.last_responded_at`;

/**
 * Interview-stage applications still without an interview, with what scheduling one needs: when the
 * employer moved it to Interview (and who), and where the job meets candidates.
 */
const UNSCHEDULED_SQL = `
SELECT a.id, e.created_at AS moved_at, e.actor_id, j.work_mode, j.interview->>'address' AS address,
       c.name AS company, l.name AS locality, ci.name AS city, coalesce(su.phone = $2, false) AS own
  FROM applications a
  JOIN company_members m ON m.company_id = a.company_id JOIN users u ON u.id = m.user_id
  JOIN jobs j ON j.id = a.job_id
  JOIN companies c ON c.id = a.company_id
  JOIN localities l ON l.city = j.city AND l.slug = j.locality
  JOIN cities ci ON ci.slug = j.city
  JOIN LATERAL (SELECT ev.created_at, ev.actor_id FROM application_events ev
                 WHERE ev.application_id = a.id AND ev.to_stage = 'interview'
                 ORDER BY ev.created_at DESC LIMIT 1) e ON true
  LEFT JOIN users su ON su.id = a.seeker_id
 WHERE u.phone = $1 AND a.stage = 'interview'
   AND NOT EXISTS (SELECT 1 FROM interviews i WHERE i.application_id = a.id)`;

/** What an employer tells the candidate with the invite (the seeker reads it on My interviews). */
const VISIT_NOTE = 'Bring your Aadhaar card and a printed resume; ask for HR at the reception.';
const PHONE_NOTE = 'Keep your phone free at this time; the call comes from our HR team.';
const DAY = 86_400_000;
const IST = 330 * 60_000;
/** `days` after today in India, at `hh:mm` India time. */
function istAt(now: number, days: number, hh: number, mm: number): Date {
  const today = Math.floor((now + IST) / DAY) * DAY;
  return new Date(today + days * DAY + (hh * 60 + mm) * 60_000 - IST);
}

/**
 * Each interview-stage application gets its interview, scheduled when the employer moved it (the
 * history row EVENTS_SQL wrote, as scheduling writes it): in the next days, between 10 am and
 * 3:30 pm India time, at the job's interview address or the company's office in the job's locality;
 * a remote job's by phone. The demo seeker's had a phone round two days ago (so "past interviews"
 * has one) and the in-person round is the day after tomorrow, scheduled yesterday.
 */
async function scheduleInterviews(q: Queryable, employerPhone: string, seekerPhone: string): Promise<number> {
  const { rows } = await q.query<{
    id: number;
    moved_at: Date;
    actor_id: string | null;
    work_mode: string;
    address: string | null;
    company: string;
    locality: string;
    city: string;
    own: boolean;
  }>(UNSCHEDULED_SQL, [employerPhone, seekerPhone]);
  const now = Date.now();
  const planned: Parameters<typeof seedInterviews>[1] = [];
  for (const r of rows) {
    const id = Number(r.id);
    const place = r.address ?? `${r.company} office, ${r.locality}, ${r.city}`;
    const inPerson: InterviewBody =
      r.work_mode === 'remote'
        ? { starts_at: '', duration_minutes: 20, mode: 'phone', note: PHONE_NOTE }
        : { starts_at: '', duration_minutes: 45, mode: 'in_person', place, note: VISIT_NOTE };
    const movedAt = new Date(r.moved_at);
    if (r.own) {
      planned.push({
        applicationId: id,
        body: {
          starts_at: istAt(now, -2, 11, 0).toISOString(),
          duration_minutes: 15,
          mode: 'phone',
          note: PHONE_NOTE,
        },
        scheduledAt: movedAt,
        createdBy: r.actor_id,
      });
      planned.push({
        applicationId: id,
        body: { ...inPerson, starts_at: istAt(now, 2, 11, 30).toISOString() },
        scheduledAt: new Date(Math.max(movedAt.getTime(), now - DAY)),
        createdBy: r.actor_id,
      });
      continue;
    }
    const h = (id * 2_654_435_761) % 4_294_967_296;
    const slot = istAt(now, 1 + (h % 6), 10 + (Math.floor(h / 8) % 6), Math.floor(h / 64) % 2 ? 30 : 0);
    planned.push({
      applicationId: id,
      body: { ...inPerson, starts_at: slot.toISOString() },
      scheduledAt: movedAt,
      createdBy: r.actor_id,
    });
  }
  const n = await seedInterviews(q, planned);
  // Scheduling marks the application as changed then (applications.touched).
  await q.query(
    `UPDATE applications a SET updated_at = greatest(a.updated_at, i.at)
       FROM (SELECT application_id, max(created_at) AS at FROM interviews
              WHERE application_id = ANY($1::bigint[]) GROUP BY application_id) i
      WHERE a.id = i.application_id`,
    [rows.map((r) => Number(r.id))],
  );
  return n;
}

/** Views on each India day since posting (at most 30 days), more early on, like a real posting. */
const VIEWS_SQL = `
INSERT INTO job_views_daily (job_id, day, views)
SELECT j.id, d.day, 4 + abs(hashtext(j.id::text || d.day::text)) % 25
  FROM jobs j JOIN company_members m ON m.company_id = j.company_id JOIN users u ON u.id = m.user_id
 CROSS JOIN LATERAL (
   SELECT ((now() AT TIME ZONE 'Asia/Kolkata')::date - g) AS day FROM generate_series(0, 29) AS g
 ) d
 WHERE u.phone = $1 AND j.status = 'published' AND d.day >= (j.posted_at AT TIME ZONE 'Asia/Kolkata')::date
ON CONFLICT (job_id, day) DO NOTHING`;

export async function seedDemoPipeline(
  q: Queryable,
  employerPhone: string,
  opts: { jobs?: number; seekerPhone?: string } = {},
): Promise<{ applications: number; interviews: number }> {
  const { rows } = await q.query<{ id: number }>(`${APPLY_SQL} RETURNING id`, [
    employerPhone,
    opts.jobs ?? 60,
    opts.seekerPhone ?? '',
  ]);
  if (opts.seekerPhone) await q.query(DEMO_SEEKER_SQL, [employerPhone, opts.seekerPhone]);
  await q.query(EVENTS_SQL, [employerPhone]);
  const interviews = await scheduleInterviews(q, employerPhone, opts.seekerPhone ?? '');
  await q.query(RESPONSES_SQL, [employerPhone]);
  await q.query(VIEWS_SQL, [employerPhone]);
  return { applications: rows.length, interviews };
}
