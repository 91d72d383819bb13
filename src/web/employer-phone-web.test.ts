// What the third phone walk found in the employer's and the interview journeys: a past interview
// time answered at the form (not 4,000 px down), cancel and bulk moves that ask first and say what
// really happens, and a seeker who never sees a move the employer can still take back.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { employerWithCompany, postJob } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { buildSeekerTestApp, seekerWithProfile } from '../../test/support/seekers.ts';
import { forEachEngine } from '../shared/db/testing.ts';
import { istLocal } from './pages/interview.ts';

forEachEngine('the employer journeys on a phone (third walk)', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
  });
  afterAll(() => app.close());

  async function jobWithApplicants(n: number) {
    const employer = await employerWithCompany(app, { name: 'Vashi Care Services' });
    const job = await postJob(app, employer);
    const seekers = [];
    const ids: number[] = [];
    for (let k = 0; k < n; k++) {
      const seeker = await seekerWithProfile(app);
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/jobs/${job.id}/applications`,
        headers: seeker.auth,
      });
      seekers.push(seeker);
      ids.push(res.json<{ id: number }>().id);
    }
    const b = new InjectBrowser(app, employer.auth);
    return { b, employer, job, seekers, ids, url: `/employer/jobs/${job.id}/applicants` };
  }
  const mine = async (seeker: { auth: Record<string, string> }) =>
    (await app.inject({ method: 'GET', url: '/api/v1/me/applications', headers: seeker.auth })).json<{
      items: { stage: string; updated_at: string; history: { to: string }[] }[];
    }>().items[0]!;
  const future = () => {
    const starts = new Date(Date.now() + 3 * 86_400_000);
    starts.setUTCHours(5, 30, 0, 0);
    return istLocal(starts.toISOString());
  };

  it('the seeker never sees a move the employer can still undo: Rejected shows only once the window closed', async () => {
    const { b, seekers, ids, url } = await jobWithApplicants(1);
    const before = await mine(seekers[0]!);
    await b.post(`/employer/applications/${ids[0]}/stage`, { stage: 'shortlisted' }, url);
    await b.post(
      `/employer/applications/${ids[0]}/stage`,
      { stage: 'rejected', confirm: '1' },
      `/employer/applications/${ids[0]}/reject`,
    );
    // Both moves still hold their messages (either could be undone in turn): the seeker sees neither.
    const during = await mine(seekers[0]!);
    expect(during.stage).toBe('applied');
    expect(during.updated_at).toBe(before.updated_at);
    expect(during.history.map((h) => h.to)).toEqual(['applied']);
    const page = await app.inject({
      method: 'GET',
      url: '/me/applications',
      headers: { ...seekers[0]!.auth, accept: 'text/html' },
    });
    expect(page.body).toContain('class="stage stage-applied"');
    expect(page.body).not.toContain('class="stage stage-rejected"');
    // Once the messages went (the window passed), the seeker sees the rejection.
    await db().query(`UPDATE notifications SET send_after = now() - interval '1 second' WHERE user_id = $1`, [
      seekers[0]!.id,
    ]);
    const after = await mine(seekers[0]!);
    expect(after.stage).toBe('rejected');
    expect(after.history.map((h) => h.to)).toEqual(['applied', 'shortlisted', 'rejected']);
  });

  it("an interview invite moves the seeker's Updated date and stage at once; a reschedule moves the date again", async () => {
    const { b, seekers, ids, url } = await jobWithApplicants(1);
    await db().query(`UPDATE applications SET updated_at = now() - interval '3 days' WHERE id = $1`, [
      ids[0],
    ]);
    const before = await mine(seekers[0]!);
    const sent = await b.post(
      `/employer/applications/${ids[0]}/interview`,
      { starts_at: future(), duration_minutes: '30', mode: 'in_person', place: 'Sector 17, Vashi' },
      url,
    );
    expect(sent.statusCode).toBe(303);
    const after = await mine(seekers[0]!);
    expect(after.stage).toBe('interview');
    expect(Date.parse(after.updated_at) - Date.parse(before.updated_at)).toBeGreaterThan(2 * 86_400_000);
    // Already at Interview: a reschedule still dates the application.
    await db().query(`UPDATE applications SET updated_at = now() - interval '2 days' WHERE id = $1`, [
      ids[0],
    ]);
    const interviewId = /action="\/employer\/interviews\/(\d+)\/reschedule"/.exec(
      (await b.get(url)).body,
    )?.[1];
    await b.post(
      `/employer/interviews/${interviewId}/reschedule`,
      { starts_at: future(), duration_minutes: '45', mode: 'phone' },
      url,
    );
    expect(Date.now() - Date.parse((await mine(seekers[0]!)).updated_at)).toBeLessThan(60_000);
  });

  it('a past interview time answers with a short page: the error first and focused, input kept, in en/hi/mr', async () => {
    const { b, ids, url } = await jobWithApplicants(3);
    const form = {
      starts_at: '2020-01-06T11:00',
      duration_minutes: '45',
      mode: 'in_person',
      place: 'Palm Beach Road, Vashi',
    };
    const res = await b.post(`/employer/applications/${ids[1]}/interview`, form, url);
    expect(res.statusCode).toBe(400);
    // Only this applicant's form: no other card, so the error is on the first screen of a phone.
    expect(res.body).not.toContain(`id="application-${ids[0]}"`);
    expect(res.body).not.toContain(`id="application-${ids[2]}"`);
    expect(res.body).toContain('Interview with Priya Patil');
    const main = res.body.slice(res.body.indexOf('<main'));
    const error = main.indexOf('Pick a date and time that has not passed yet.');
    expect(error).toBeGreaterThan(0);
    expect(error).toBeLessThan(main.indexOf('name="place"'));
    expect(res.body).toMatch(
      /name="starts_at" value="2020-01-06T11:00"[^>]*aria-invalid="true"[^>]*autofocus/,
    );
    expect(res.body).toContain('value="Palm Beach Road, Vashi"');
    expect(res.body).toContain('value="45"');
    expect(res.body).toContain(`action="/employer/applications/${ids[1]}/interview"`);
    expect(res.body).toContain(`href="${url}#application-${ids[1]}"`);
    for (const [lang, words] of [
      ['hi', 'ऐसी तारीख और समय चुनें जो अभी बीता न हो।'],
      ['mr', 'अजून न उलटलेली तारीख आणि वेळ निवडा.'],
    ] as const) {
      const page = await b.post(`/employer/applications/${ids[1]}/interview?lang=${lang}`, form, url);
      expect(page.statusCode).toBe(400);
      expect(page.body).toContain(words);
      expect(page.body).toContain(lang === 'hi' ? 'Priya Patil के साथ इंटरव्यू' : 'Priya Patil यांची मुलाखत');
    }
  });

  it('Cancel interview asks first and says truthfully that no message could go when no provider is set up', async () => {
    const { b, seekers, ids, url } = await jobWithApplicants(1);
    await b.post(
      `/employer/applications/${ids[0]}/interview`,
      { starts_at: future(), duration_minutes: '30', mode: 'in_person', place: 'Sector 17, Vashi' },
      url,
    );
    const card = await b.get(url);
    const interviewId = /href="\/employer\/interviews\/(\d+)\/cancel"/.exec(card.body)?.[1];
    expect(interviewId).toBeDefined();
    // The card's Cancel is a link to a question, not a one-tap form.
    expect(card.body).not.toContain(`action="/employer/interviews/${interviewId}/cancel"`);
    // A stray post without the confirmation cancels nothing.
    const stray = await b.post(`/employer/interviews/${interviewId}/cancel`, {}, url);
    expect(stray.headers.location).toBe(`/employer/interviews/${interviewId}/cancel`);
    const status = await db().query<{ status: string }>('SELECT status FROM interviews WHERE id = $1', [
      interviewId,
    ]);
    expect(status.rows[0]!.status).toBe('scheduled');
    const question = await b.get(`/employer/interviews/${interviewId}/cancel?lang=mr`);
    expect(question.body).toContain('Priya Patil यांची मुलाखत रद्द करायची?');
    expect(question.body).toContain('ही साइट अजून');
    const done = await b.post(
      `/employer/interviews/${interviewId}/cancel`,
      { confirm: '1' },
      `/employer/interviews/${interviewId}/cancel`,
    );
    expect(done.statusCode).toBe(303);
    const after = await b.get(String(done.headers.location).replace('#', '&lang=en#'));
    // The test app has no SMS or email provider: the flash says so, naming the seeker's channel.
    expect(after.body).toMatch(
      /Interview cancelled\. Priya Patil sees it under My applications\. No (SMS|email) goes out: this site cannot send (SMS|email) yet\./,
    );
    expect(after.body).not.toContain('the candidate has been told');
    const seen = await app.inject({
      method: 'GET',
      url: '/me/applications',
      headers: { ...seekers[0]!.auth, accept: 'text/html' },
    });
    expect(seen.body).toContain('was cancelled');
  });

  it('a bulk move asks first with the count, names and undo window; each moved applicant can be undone from the card', async () => {
    const { b, job, seekers, ids, url } = await jobWithApplicants(3);
    const bulk = `/employer/jobs/${job.id}/applicants/bulk`;
    const question = await b.post(
      bulk,
      { ids: [String(ids[0]), String(ids[1])], stage: 'rejected', note: 'Weak typing' },
      url,
    );
    expect(question.statusCode).toBe(200);
    expect(question.body).toContain('Move 2 applicants to Rejected?');
    expect(question.body).toContain('5 minutes after you confirm');
    expect(question.body).toContain('Yes, move these 2');
    expect(question.body).toContain('name="note" value="Weak typing"');
    // Nothing moved yet.
    expect((await mine(seekers[0]!)).stage).toBe('applied');
    const hindi = await b.post(
      `${bulk}?lang=hi`,
      { ids: [String(ids[0]), String(ids[1])], stage: 'rejected' },
      url,
    );
    expect(hindi.body).toContain('2 आवेदकों को अस्वीकृत में ले जाएँ?');
    const moved = await b.post(
      bulk,
      { ids: [String(ids[0]), String(ids[1])], stage: 'rejected', confirm: '1' },
      url,
    );
    expect(String(moved.headers.location)).toMatch(/\?done=bulk&n=2&to=rejected&m=\d+\.\d+#bulk-result$/);
    expect(String(moved.headers.location).startsWith(`${url}?done=bulk&n=2&to=rejected&m=`)).toBe(true);
    const page = await b.get(String(moved.headers.location).replace('#', '&lang=en#'));
    expect(page.body).toContain('2 applicants moved to Rejected. They see it in 5 minutes');
    expect(page.body).toContain(`action="/employer/applications/${ids[0]}/undo"`);
    // The seekers do not see it yet; one undo takes one back and drops its message.
    expect((await mine(seekers[0]!)).stage).toBe('applied');
    const undone = await b.post(`/employer/applications/${ids[0]}/undo`, {}, url);
    expect(String(undone.headers.location)).toContain('done=undone');
    await db().query(
      `UPDATE notifications SET send_after = now() - interval '1 second' WHERE send_after IS NOT NULL`,
    );
    expect((await mine(seekers[0]!)).stage).toBe('applied');
    expect((await mine(seekers[1]!)).stage).toBe('rejected');
  });

  it('the dashboard tabs show the new applicants behind each tab, and the total, in en/hi/mr', async () => {
    const { b, employer, job, ids, url } = await jobWithApplicants(3);
    const other = await postJob(app, employer);
    const late = await seekerWithProfile(app);
    await app.inject({ method: 'POST', url: `/api/v1/jobs/${other.id}/applications`, headers: late.auth });
    await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${other.id}/close`,
      headers: employer.auth,
      payload: {},
    });
    await b.post(`/employer/applications/${ids[0]}/stage`, { stage: 'shortlisted' }, url);
    const dash = await b.get('/employer?lang=en');
    expect(job.id).toBeDefined();
    expect(dash.body).toMatch(
      /href="\/employer\?tab=live"[^>]*>Live <span class="n">1<\/span> <span class="new-n">2 new<\/span>/,
    );
    expect(dash.body).toMatch(
      /href="\/employer\?tab=closed"[^>]*>[^<]+<span class="n">1<\/span> <span class="new-n">1 new<\/span>/,
    );
    expect(dash.body).not.toMatch(/tab=draft"[^>]*>[^<]+<span class="n">\d+<\/span> <span class="new-n">/);
    expect(dash.body).toContain('3 new applicants across your jobs are waiting for your decision.');
    expect((await b.get('/employer?lang=hi')).body).toContain('आपकी नौकरियों में 3 नए आवेदक');
    expect((await b.get('/employer?lang=mr')).body).toContain('<span class="new-n">2 नवीन</span>');
  });

  it('the confirm-your-number page reads the number and whether a code went from the session, not the URL', async () => {
    const b = new InjectBrowser(app);
    const reg = await b.post(
      '/register',
      { role: 'employer', name: 'Sunita Rao', phone: '9820012345', password: 'hire-in-vashi' },
      '/register',
    );
    expect(reg.headers.location).toBe('/register/confirm?next=%2Femployer%2Fcompany');
    // An edited URL cannot make the page claim a code went (no SMS provider, no dev outbox here).
    const page = await b.get('/register/confirm?next=%2Femployer%2Fcompany&sms=sent&lang=en');
    expect(page.body).not.toContain('Code sent by SMS');
    expect(page.body).toContain('No SMS provider is configured on this site');
    // Nothing can be typed or asked for: no code box, no "Send a new code"; "Do it later" leads on.
    expect(page.body).not.toContain('name="code"');
    expect(page.body).not.toContain('/register/confirm/resend');
    expect(page.body).toMatch(/<a class="button" href="\/employer\/company">Do it later<\/a>/);
  });

  it('profile: a picked city offers its localities before saving, keeping what was typed (no JavaScript)', async () => {
    const seeker = await seekerWithProfile(app);
    const b = new InjectBrowser(app, seeker.auth);
    const before = await app.services.seekers.get({ id: seeker.id, role: 'seeker' } as never);
    const form = await b.get('/me/profile?section=place&lang=hi');
    expect(form.body).toContain('name="step" value="localities"');
    const res = await b.post(
      '/me/profile?lang=hi',
      { section: 'place', city: 'pune', travel_km: '12', step: 'localities' },
      '/me/profile?section=place&lang=hi',
    );
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('value="pune/kharadi"');
    expect(res.body).toMatch(/<option value="pune" selected>/);
    expect(res.body).toContain('value="12"');
    // Nothing saved yet.
    const after = await app.services.seekers.get({ id: seeker.id, role: 'seeker' } as never);
    expect(after.city).toBe(before.city);
  });
});
