// Findings of the phone walk on hiring and applying (issue #20), each as a person on a phone meets
// it: Hired asks first, a finished applicant offers no interview, closing a job ticks no reason for
// the employer, applying short of a job's experience is warned of, and a right sign-up code says so.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { employerWithCompany, postJob, uniquePhone } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { buildSeekerTestApp, seekerWithProfile } from '../../test/support/seekers.ts';
import { forEachEngine } from '../shared/db/testing.ts';

/** One applicant's card on the applicants page. */
const cardOf = (body: string, id: number) =>
  body.split(`id="application-${id}"`)[1]?.split('<li class="card"')[0] ?? '';

forEachEngine('walk findings B (hiring and applying)', ({ db }) => {
  let app: FastifyInstance;
  let dev: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
    dev = await buildSeekerTestApp(db(), { DEV_OUTBOX: '1' });
  });
  afterAll(async () => {
    await app.close();
    await dev.close();
  });

  async function applicants(n: number) {
    const employer = await employerWithCompany(app, { name: 'Thane Care Services' });
    const job = await postJob(app, employer, { openings: 3 });
    const ids: number[] = [];
    const seekers = [];
    for (let k = 0; k < n; k++) {
      const seeker = await seekerWithProfile(app);
      const applied = await app.inject({
        method: 'POST',
        url: `/api/v1/jobs/${job.id}/applications`,
        headers: seeker.auth,
      });
      ids.push(applied.json<{ id: number }>().id);
      seekers.push(seeker);
    }
    return { b: new InjectBrowser(app, employer.auth), job, ids, seekers, employer };
  }

  it('Hired asks first (en/hi/mr): the card links to the question, and a stray post lands on it without hiring', async () => {
    const { b, job, ids, seekers } = await applicants(1);
    const appId = ids[0]!;
    const list = `/employer/jobs/${job.id}/applicants`;
    const page = await b.get(list);
    expect(page.body).toContain(
      `<a class="button small secondary stage-hired" href="/employer/applications/${appId}/hire">Hired</a>`,
    );
    expect(page.body).not.toMatch(/name="stage" value="hired"/);

    const stray = await b.post(`/employer/applications/${appId}/stage`, { stage: 'hired' }, list);
    expect(stray.statusCode).toBe(303);
    expect(stray.headers.location).toBe(`/employer/applications/${appId}/hire`);
    const mine = await app.inject({
      method: 'GET',
      url: '/api/v1/me/applications',
      headers: seekers[0]!.auth,
    });
    expect(mine.json().items[0].stage).toBe('applied');

    const en = await b.get(`/employer/applications/${appId}/hire?lang=en`);
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain('Mark Priya Patil as hired?');
    // True to what the site does: no Undo for a hire, but a hire who does not join can still be moved.
    expect(en.body).toContain(
      'There is no Undo for a hire. If they do not join, you can still move them to Rejected.',
    );
    expect(en.body).not.toContain('cannot be undone');
    expect(en.body).not.toContain('told at once');
    expect(en.body).toContain('name="stage" value="hired"');
    expect(en.body).toContain('name="confirm" value="1"');
    expect((await b.get(`/employer/applications/${appId}/hire?lang=hi`)).body).toContain(
      'Priya Patil को नियुक्त के रूप में दर्ज करें?',
    );
    expect((await b.get(`/employer/applications/${appId}/hire?lang=mr`)).body).toContain(
      'Priya Patil यांना नियुक्त म्हणून नोंदवायचे?',
    );
    // No message went to the seeker before the yes.
    const before = await db().query(
      `SELECT 1 FROM notifications WHERE user_id = $1 AND template = 'applicationStage'`,
      [seekers[0]!.id],
    );
    expect(before.rows).toHaveLength(0);

    const hired = await b.post(
      `/employer/applications/${appId}/stage`,
      { stage: 'hired', confirm: '1' },
      `/employer/applications/${appId}/hire`,
    );
    expect(hired.statusCode).toBe(303);
    expect(hired.headers.location).toBe(`${list}?done=moved&moved=${appId}#moved`);
  });

  it('a hired, rejected or withdrawn applicant offers no "Schedule an interview"; one still in play does', async () => {
    const { b, job, ids, seekers } = await applicants(4);
    const [hire, reject, withdraw, open] = ids as [number, number, number, number];
    await b.post(
      `/employer/applications/${hire}/stage`,
      { stage: 'hired', confirm: '1' },
      `/employer/applications/${hire}/hire`,
    );
    await b.post(
      `/employer/applications/${reject}/stage`,
      { stage: 'rejected', confirm: '1' },
      `/employer/applications/${reject}/reject`,
    );
    const gone = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${withdraw}/withdraw`,
      headers: seekers[2]!.auth,
    });
    expect(gone.statusCode).toBeLessThan(300);
    const page = await b.get(`/employer/jobs/${job.id}/applicants?lang=en`);
    expect(cardOf(page.body, hire)).toContain('<span class="status">Hired</span>');
    for (const id of [hire, reject, withdraw]) {
      expect(cardOf(page.body, id)).not.toContain('Schedule an interview');
      expect(cardOf(page.body, id)).not.toContain(`action="/employer/applications/${id}/interview"`);
    }
    expect(cardOf(page.body, open)).toContain('Schedule an interview');
  });

  it('closing a job ticks no reason; closing without one records "closed by you", not "positions filled"', async () => {
    const { b, job, employer } = await applicants(0);
    const ask = await b.get(`/employer/jobs/${job.id}/close`);
    expect(ask.body).toContain('name="reason" value="filled"');
    expect(ask.body).not.toMatch(/name="reason" value="[a-z]+" checked/);
    const closed = await b.post(`/employer/jobs/${job.id}/close`, {}, `/employer/jobs/${job.id}/close`);
    expect(closed.statusCode).toBe(303);
    const out = await app.inject({ method: 'GET', url: `/api/v1/jobs/${job.id}`, headers: employer.auth });
    expect(out.json()).toMatchObject({ status: 'closed', closed_reason: 'employer' });
  });

  it('applying to a job that asks for more experience than the profile says warns first (en/hi/mr), like education', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer, { experience_min: 2, experience_max: 4 });
    const easy = await postJob(app, employer);
    const seeker = await seekerWithProfile(app, { experience_years: 1 });
    const b = new InjectBrowser(app);
    b.cookies.set('sid', seeker.token);
    const page = await b.get(`/jobs/${job.id}?lang=en`);
    expect(page.body).toContain(
      'This job asks for at least 2 years of experience; your profile says 1 year. The employer may not consider your application.',
    );
    expect((await b.get(`/jobs/${job.id}?lang=hi`)).body).toContain(
      'इस नौकरी के लिए कम से कम 2 साल का अनुभव चाहिए; आपकी प्रोफ़ाइल में 1 साल है।',
    );
    expect((await b.get(`/jobs/${job.id}?lang=mr`)).body).toContain(
      'या नोकरीसाठी किमान 2 वर्षांचा अनुभव हवा; तुमच्या प्रोफाइलमध्ये 1 वर्ष आहे.',
    );
    expect((await b.get(`/jobs/${easy.id}?lang=en`)).body).not.toContain(
      'years of experience; your profile says',
    );

    const ask = await b.post(`/jobs/${job.id}/apply`, {}, `/jobs/${job.id}?lang=en`);
    expect(ask.statusCode).toBe(200);
    expect(ask.body).toContain('Apply anyway?');
    expect(ask.body).toContain('asks for at least 2 years of experience');
    expect(ask.body).toContain('name="education_ok" value="1"');
    const none = await app.inject({ method: 'GET', url: '/api/v1/me/applications', headers: seeker.auth });
    expect(none.json<{ items: unknown[] }>().items).toEqual([]);
    const yes = await b.post(`/jobs/${job.id}/apply`, { education_ok: '1' }, `/jobs/${job.id}`);
    expect(yes.statusCode).toBe(303);
    const after = await app.inject({ method: 'GET', url: '/api/v1/me/applications', headers: seeker.auth });
    expect(after.json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  it('the right sign-up code lands on the next page with "Number confirmed" (en/hi/mr), once', async () => {
    for (const [lang, said] of [
      ['en', 'Number confirmed. You are signed in.'],
      ['hi', 'नंबर की पुष्टि हो गई। आप साइन इन हैं।'],
      ['mr', 'नंबरची खात्री झाली. तुम्ही साइन इन आहात.'],
    ] as const) {
      const b = new InjectBrowser(dev);
      await b.get(`/?lang=${lang}`);
      const phone = uniquePhone();
      const made = await b.post(
        '/register',
        { role: 'seeker', name: 'Rekha Jadhav', phone, password: 'correct horse battery' },
        '/register',
      );
      expect(made.statusCode).toBe(303);
      const step = String(made.headers.location);
      await b.get(step);
      const sent = await dev.services.notifications.outbox({ limit: 5 });
      const code = /\b(\d{6})\b/.exec(sent.find((m) => m.channel === 'sms')?.body ?? '')?.[1] ?? '';
      const right = await b.post('/register/confirm', { code, next: '/jobs' }, step);
      expect(right.statusCode).toBe(303);
      expect(right.headers.location).toBe('/jobs');
      const jobs = await b.get('/jobs');
      expect(jobs.body).toContain(said);
      expect((await b.get('/jobs')).body).not.toContain(said);
    }
  });
});
