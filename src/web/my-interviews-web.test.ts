// A seeker's interviews, as the demo seeker meets them after reading only the README (issue #20,
// phone journeys): My applications says when and where the interview is, in the page language;
// /me/interviews lists the upcoming ones (with the calendar file and what to do if they cannot
// come) and the past ones below; the employer's applicant card shows the same interview.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uniquePhone } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { buildSeekerTestApp } from '../../test/support/seekers.ts';
import { DEMO_LOGINS, seedDemo } from '../modules/demo/index.ts';
import { forEachEngine } from '../shared/db/testing.ts';
import { formatDateTime, type Lang } from '../shared/i18n/index.ts';

forEachEngine('a seeker’s interviews on the web', ({ db }) => {
  let app: FastifyInstance;
  let seeker: InjectBrowser;
  let upcoming: {
    id: number;
    application_id: number;
    starts_at: Date;
    place: string | null;
    mode: string;
    note: string | null;
  };
  let past: { id: number; starts_at: Date };
  let job: { id: number; title: string; company: string };
  beforeAll(async () => {
    await seedDemo(db(), { jobs: 300, companies: 4, seekers: 150, pipeline: true });
    app = await buildSeekerTestApp(db());
    seeker = await signIn(DEMO_LOGINS.seeker.phone, DEMO_LOGINS.password);
    const { rows } = await db().query<typeof upcoming & { job_id: number; title: string; company: string }>(
      `SELECT i.id::int, i.application_id::int, i.starts_at, i.place, i.mode, i.note, a.job_id::int, a.job_title AS title,
              a.company_name AS company
         FROM interviews i JOIN applications a ON a.id = i.application_id JOIN users u ON u.id = a.seeker_id
        WHERE u.phone = $1 ORDER BY i.starts_at`,
      [DEMO_LOGINS.seeker.phone],
    );
    expect(rows.length).toBe(2);
    expect(rows[1]!.note).toBeTruthy();
    past = rows[0]!;
    upcoming = rows[1]!;
    job = { id: rows[1]!.job_id, title: rows[1]!.title, company: rows[1]!.company };
  });
  afterAll(() => app.close());

  async function signIn(phone: string, password: string) {
    const b = new InjectBrowser(app);
    const res = await b.post('/login', { login: phone, password }, '/login');
    expect(res.statusCode).toBe(303);
    return b;
  }
  const words: Record<
    Lang,
    { title: string; past: string; calendar: string; cantCome: string; note: string }
  > = {
    en: {
      title: 'My interviews',
      past: 'Past interviews',
      calendar: 'Add to calendar',
      cantCome: 'Cannot come?',
      note: 'From the employer',
    },
    hi: {
      title: 'मेरे इंटरव्यू',
      past: 'पिछले इंटरव्यू',
      calendar: 'कैलेंडर में जोड़ें',
      cantCome: 'नहीं आ सकते?',
      note: 'नियोक्ता का संदेश',
    },
    mr: {
      title: 'माझ्या मुलाखती',
      past: 'झालेल्या मुलाखती',
      calendar: 'कॅलेंडरमध्ये जोडा',
      cantCome: 'येऊ शकत नाही?',
      note: 'नियोक्त्याचा संदेश',
    },
  };

  describe.each(['en', 'hi', 'mr'] as const)('in %s', (lang) => {
    it('My applications shows the interview’s date, time and place in the page language, and links to My interviews', async () => {
      const res = await seeker.get(`/me/applications?lang=${lang}`);
      expect(res.statusCode).toBe(200);
      const card = res.body.slice(res.body.indexOf(`id="application-${upcoming.application_id}"`));
      const own = card.slice(0, card.indexOf('</li>'));
      expect(own).toContain(formatDateTime(upcoming.starts_at, lang));
      if (upcoming.place) expect(own).toContain(upcoming.place);
      expect(own).toContain('href="/me/interviews"');
      // The seeker's menu lists the page too.
      expect(res.body).toContain(`<a href="/me/interviews">${words[lang].title}</a>`);
    });

    it('/me/interviews lists the upcoming interview with its calendar file and what to do if they cannot come', async () => {
      const res = await seeker.get(`/me/interviews?lang=${lang}`);
      expect(res.statusCode).toBe(200);
      const page = res.body;
      expect(page).toContain(`<h1>${words[lang].title}</h1>`);
      expect(page).toContain(formatDateTime(upcoming.starts_at, lang));
      if (upcoming.place) expect(page).toContain(upcoming.place);
      expect(page).toContain(job.title);
      expect(page).toContain(job.company);
      expect(page).toContain(`href="/me/interviews/${upcoming.id}.ics"`);
      // What the employer wrote for the candidate (not the recruiters' own stage note).
      expect(page).toContain(words[lang].note);
      expect(page).toContain(upcoming.note!);
      expect(page).not.toContain('Spoke on the phone');
      expect(page).toContain(words[lang].calendar);
      expect(page).toContain(words[lang].cantCome);
      expect(page).toContain(`href="/jobs/${job.id}/call"`);
      // The past phone round comes after the upcoming one, under its own heading, without a calendar link.
      const pastAt = page.indexOf(words[lang].past);
      expect(pastAt).toBeGreaterThan(page.indexOf(formatDateTime(upcoming.starts_at, lang)));
      expect(page.slice(pastAt)).toContain(formatDateTime(past.starts_at, lang));
      expect(page).not.toContain(`/me/interviews/${past.id}.ics`);
    });
  });

  it('the calendar file is the seeker’s own invite; another seeker gets 404, a stranger signs in first', async () => {
    const ics = await seeker.get(`/me/interviews/${upcoming.id}.ics`);
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    expect(ics.body).toContain('BEGIN:VCALENDAR');
    expect(ics.body).toContain(`UID:interview-${upcoming.id}@deskhire`);
    const phone = uniquePhone();
    const other = new InjectBrowser(app);
    await other.post(
      '/register',
      { role: 'seeker', name: 'Kavita More', phone, password: 'kavita-pune-1' },
      '/register',
    );
    expect((await other.get(`/me/interviews/${upcoming.id}.ics`)).statusCode).toBe(404);
    // Their own page: nobody else's interviews, an honest empty state and the way to find jobs.
    const empty = await other.get('/me/interviews');
    expect(empty.statusCode).toBe(200);
    expect(empty.body).not.toContain(job.company);
    expect(empty.body).toContain('You have no interviews scheduled.');
    expect(empty.body).toContain('href="/jobs"');
    const stranger = await new InjectBrowser(app).get('/me/interviews');
    expect(stranger.statusCode).toBe(302);
    expect(stranger.headers.location).toBe('/login?next=%2Fme%2Finterviews');
  });

  it('the employer’s applicant card for the same application shows the scheduled interview', async () => {
    const employer = await signIn(DEMO_LOGINS.employer.phone, DEMO_LOGINS.password);
    const res = await employer.get(`/employer/jobs/${job.id}/applicants`);
    expect(res.statusCode).toBe(200);
    const card = res.body.slice(res.body.indexOf(`id="application-${upcoming.application_id}"`));
    expect(card.slice(0, 4000)).toContain(formatDateTime(upcoming.starts_at, 'en'));
    if (upcoming.place) expect(card.slice(0, 4000)).toContain(upcoming.place);
    expect(card.slice(0, 4000)).toContain(upcoming.note!);
  });

  it('an employer’s note for the candidate is kept with the interview and given back by the API', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { phone: DEMO_LOGINS.employer.phone, password: DEMO_LOGINS.password },
    });
    const auth = { authorization: `Bearer ${login.json().token}` };
    const { rows } = await db().query<{ id: number }>(
      `SELECT a.id::int FROM applications a JOIN jobs j ON j.id = a.job_id
        WHERE a.stage = 'shortlisted' AND a.company_id = (SELECT company_id FROM jobs WHERE id = $1) LIMIT 1`,
      [job.id],
    );
    const note = 'Bring two photos; ask for Meena at the second-floor desk.';
    const made = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${rows[0]!.id}/interviews`,
      headers: auth,
      payload: {
        starts_at: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        mode: 'phone',
        note: `  ${note} `,
      },
    });
    expect(made.statusCode).toBe(201);
    expect(made.json().note).toBe(note);
    const long = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${rows[0]!.id}/interviews`,
      headers: auth,
      payload: {
        starts_at: new Date(Date.now() + 86_400_000).toISOString(),
        mode: 'phone',
        note: 'x'.repeat(501),
      },
    });
    expect(long.statusCode).toBe(400);
    // The web form: too long a note is a field error that keeps what was typed, not a 500.
    const employer = await signIn(DEMO_LOGINS.employer.phone, DEMO_LOGINS.password);
    const typed = `Ask for Meena. ${'y'.repeat(520)}`;
    const form = await employer.post(
      `/employer/applications/${rows[0]!.id}/interview`,
      { starts_at: '2030-01-07T11:00', duration_minutes: '30', mode: 'phone', note: typed },
      `/employer/jobs/${job.id}/applicants`,
    );
    expect(form.statusCode).toBe(400);
    expect(form.body).toContain('Keep the note to 500 characters.');
    expect(form.body).toContain(typed);
  });
});
