// Interviews and applicants on the web, as an employer and a seeker meet them: a past time is a
// form error that keeps the input; after the invite both sides see date, time and place; the
// employer reschedules or cancels and the seeker is told; stage buttons look like what they do;
// many applicants move at once from their checkboxes.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { postJob, uniquePhone } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { buildSeekerTestApp, seekerWithProfile } from '../../test/support/seekers.ts';
import { forEachEngine } from '../shared/db/testing.ts';
import { formatDateTime } from '../shared/i18n/index.ts';
import { istLocal } from './pages/interview.ts';

forEachEngine('interviews and applicants on the web', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
  });
  afterAll(() => app.close());

  async function jobWithApplicants(n: number) {
    const b = new InjectBrowser(app);
    const phone = uniquePhone();
    await b.post(
      '/register',
      { role: 'employer', name: 'Anita HR', phone, password: 'hire-in-powai' },
      '/register',
    );
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { phone, password: 'hire-in-powai' },
    });
    const auth = { authorization: `Bearer ${login.json().token}` };
    await app.inject({
      method: 'POST',
      url: '/api/v1/companies',
      headers: auth,
      payload: { name: 'Powai Care Services', industry: 'bpo-kpo', city: 'mumbai' },
    });
    const job = await postJob(app, { token: login.json().token, id: '', auth });
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
      ids.push(res.json().id);
    }
    return { b, auth, job, seekers, ids, url: `/employer/jobs/${job.id}/applicants` };
  }
  /** Books an in-person interview at Powai for each applicant, `days` ahead at `utc` [hours, minutes]. */
  async function scheduleEach(
    b: InjectBrowser,
    url: string,
    ids: number[],
    days: number,
    utc: [number, number],
  ) {
    const starts = new Date(Date.now() + days * 86_400_000);
    starts.setUTCHours(utc[0], utc[1], 0, 0);
    const when = istLocal(starts.toISOString());
    for (const id of ids) {
      const sent = await b.post(
        `/employer/applications/${id}/interview`,
        { starts_at: when, duration_minutes: '30', mode: 'in_person', place: 'Powai' },
        url,
      );
      expect(sent.statusCode).toBe(303);
    }
  }
  const statusOf = async (id: number) =>
    (await db().query<{ status: string }>('SELECT status FROM interviews WHERE application_id = $1', [id]))
      .rows[0]!.status;
  const templates = async (userId: string) =>
    (await app.services.notifications.outbox({ userId })).map((m) => m.template);

  it('a past time is a form error on the card that keeps the input, not a bare 400 page', async () => {
    const { b, ids, url } = await jobWithApplicants(1);
    const res = await b.post(
      `/employer/applications/${ids[0]}/interview`,
      {
        starts_at: '2020-01-06T11:00',
        duration_minutes: '45',
        mode: 'in_person',
        place: 'Hiranandani Gardens, Powai',
      },
      url,
    );
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Pick a date and time that has not passed yet.');
    expect(res.body).toContain('value="2020-01-06T11:00"');
    expect(res.body).toContain('value="Hiranandani Gardens, Powai"');
    expect(res.body).toContain('value="45"');
    // The form comes back on a page of its own (phone walk 3): the error is on the first screen.
    expect(res.body).toContain('Interview with Priya Patil');
    const hindi = await b.post(
      `/employer/applications/${ids[0]}/interview?lang=hi`,
      { starts_at: '2020-01-06T11:00', mode: 'in_person', place: 'Powai' },
      `${url}?lang=hi`,
    );
    expect(hindi.body).toContain('ऐसी तारीख और समय चुनें जो अभी बीता न हो।');
  });

  it('after the invite both sides see date, time and place; reschedule and cancel reach the seeker', async () => {
    const { b, seekers, ids, url } = await jobWithApplicants(1);
    await db().query(`UPDATE users SET lang = 'mr' WHERE id = $1`, [seekers[0]!.id]);
    const starts = new Date(Date.now() + 3 * 86_400_000);
    starts.setUTCHours(5, 30, 0, 0); // 11:00 in India
    const when = istLocal(starts.toISOString());
    const sent = await b.post(
      `/employer/applications/${ids[0]}/interview`,
      { starts_at: when, duration_minutes: '30', mode: 'in_person', place: 'Hiranandani Gardens, Powai' },
      url,
    );
    expect(sent.statusCode).toBe(303);
    const card = await b.get(sent.headers.location as string);
    expect(card.body).toContain(
      'Interview scheduled: the candidate sees its date, time and place under My applications.',
    );
    expect(card.body).toMatch(/class="interview-when">[^<]*11:00[^<]*· 30 minutes</);
    expect(card.body).toContain('In person · Hiranandani Gardens, Powai');
    const mine = await app.inject({
      method: 'GET',
      url: '/me/applications?lang=mr',
      headers: { ...seekers[0]!.auth, accept: 'text/html' },
    });
    expect(mine.body).toContain('मुलाखत');
    expect(mine.body).toMatch(/class="interview-when">[^<]*11:00/);
    expect(mine.body).toContain('Hiranandani Gardens, Powai');

    const interviewId = /action="\/employer\/interviews\/(\d+)\/reschedule"/.exec(card.body)?.[1];
    expect(interviewId).toBeDefined();
    // The reschedule form starts from the booked time.
    expect(card.body).toContain(`value="${when}"`);
    const later = istLocal(new Date(starts.getTime() + 86_400_000 + 3_600_000).toISOString());
    const moved = await b.post(
      `/employer/interviews/${interviewId}/reschedule`,
      { starts_at: later, duration_minutes: '30', mode: 'phone' },
      url,
    );
    expect(moved.statusCode).toBe(303);
    const afterMove = await b.get(moved.headers.location as string);
    expect(afterMove.body).toContain('New interview time saved.');
    expect(afterMove.body).toMatch(/class="interview-when">[^<]*12:00/);
    expect((await templates(seekers[0]!.id)).filter((t) => t === 'interviewInvite')).toHaveLength(2);

    const cancelled = await b.post(
      `/employer/interviews/${interviewId}/cancel`,
      { confirm: '1' },
      `/employer/interviews/${interviewId}/cancel`,
    );
    expect(cancelled.statusCode).toBe(303);
    const afterCancel = await b.get(cancelled.headers.location as string);
    expect(afterCancel.body).toContain('was cancelled.');
    expect(afterCancel.body).toContain('Schedule an interview');
    expect(await templates(seekers[0]!.id)).toContain('interviewCancelled');
  });

  it('rejecting or a withdrawal cancels the upcoming interview: no "coming up", no calendar, no change/cancel (issue #20)', async () => {
    const { b, auth, job, seekers, ids, url } = await jobWithApplicants(3);
    await scheduleEach(b, url, ids, 3, [5, 30]);
    const myApps = async (k: number) =>
      (
        await app.inject({
          method: 'GET',
          url: '/me/applications',
          headers: { ...seekers[k]!.auth, accept: 'text/html' },
        })
      ).body;
    expect(await myApps(0)).toContain(`href="/me/applications/${ids[0]}/withdraw"`);
    // One rejected from its card, one in bulk (a "did not join"), one withdraws.
    const rejected = await b.post(
      `/employer/applications/${ids[0]}/stage`,
      { stage: 'rejected', confirm: '1' },
      url,
    );
    expect(rejected.statusCode).toBe(303);
    const bulk = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${job.id}/applications/bulk`,
      headers: auth,
      payload: { ids: [ids[1]], stage: 'rejected' },
    });
    expect(bulk.statusCode).toBe(200);
    expect(bulk.json().moved).toBe(1);
    const gone = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${ids[2]}/withdraw`,
      headers: seekers[2]!.auth,
    });
    expect(gone.statusCode).toBe(200);
    expect(await statusOf(ids[0]!)).toBe('cancelled');
    expect(await statusOf(ids[1]!)).toBe('cancelled');
    expect(await statusOf(ids[2]!)).toBe('cancelled');
    const mine = await app.inject({
      method: 'GET',
      url: '/me/interviews',
      headers: { ...seekers[0]!.auth, accept: 'text/html' },
    });
    expect(mine.body).not.toContain('.ics"');
    expect(mine.body).not.toContain('Add to calendar');
    // "Not selected" offers no Withdraw any more (nothing to withdraw from).
    // The seeker sees the rejection once its undo window has passed (its message is sent).
    for (const id of ids.slice(0, 2)) await app.services.notifications.releaseHeld(`application-stage:${id}`);
    expect(await myApps(0)).not.toContain(`href="/me/applications/${ids[0]}/withdraw"`);
    expect(await myApps(1)).not.toContain(`href="/me/applications/${ids[1]}/withdraw"`);
    const card = await b.get(url);
    expect(card.body).not.toMatch(/\/employer\/interviews\/\d+\/reschedule/);
  });

  it('undoing a rejection or a withdrawal puts back the interview it cancelled (issue #20, walk 4)', async () => {
    const { b, seekers, ids, url } = await jobWithApplicants(2);
    await scheduleEach(b, url, ids, 4, [6, 0]);
    // The employer rejects, then takes it back within the undo window.
    const rejected = await b.post(
      `/employer/applications/${ids[0]}/stage`,
      { stage: 'rejected', confirm: '1' },
      url,
    );
    expect(rejected.statusCode).toBe(303);
    expect(await statusOf(ids[0]!)).toBe('cancelled');
    const undone = await b.post(`/employer/applications/${ids[0]}/undo`, {}, url);
    expect(undone.statusCode).toBe(303);
    expect(await statusOf(ids[0]!)).toBe('scheduled');
    const card = await b.get(url);
    expect(card.body).toMatch(/\/employer\/interviews\/\d+\/reschedule/);
    expect(card.body).not.toContain('No interview time yet');
    // The seeker withdraws, then restores the application: the interview is theirs again.
    const gone = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${ids[1]}/withdraw`,
      headers: seekers[1]!.auth,
    });
    expect(gone.statusCode).toBe(200);
    expect(await statusOf(ids[1]!)).toBe('cancelled');
    await app.services.applications.undoWithdraw({ id: seekers[1]!.id, role: 'seeker' } as never, ids[1]!);
    expect(await statusOf(ids[1]!)).toBe('scheduled');
    const mine = await app.inject({
      method: 'GET',
      url: '/me/interviews',
      headers: { ...seekers[1]!.auth, accept: 'text/html' },
    });
    expect(mine.body).toContain('Add to calendar');
  });

  it('the job page says where the seeker stands: the interview date, Shortlisted, Not selected (issue #20)', async () => {
    const { b, auth, job, seekers, ids, url } = await jobWithApplicants(3);
    const starts = new Date(Date.now() + 3 * 86_400_000);
    starts.setUTCHours(5, 30, 0, 0);
    await b.post(
      `/employer/applications/${ids[0]}/interview`,
      { starts_at: istLocal(starts.toISOString()), duration_minutes: '30', mode: 'phone' },
      url,
    );
    await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${job.id}/applications/bulk`,
      headers: auth,
      payload: { ids: [ids[1]], stage: 'shortlisted' },
    });
    await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${job.id}/applications/bulk`,
      headers: auth,
      payload: { ids: [ids[2]], stage: 'rejected' },
    });
    for (const id of ids) await app.services.notifications.releaseHeld(`application-stage:${id}`);
    const page = async (k: number, lang: string) =>
      (
        await app.inject({
          method: 'GET',
          url: `/jobs/${job.id}?lang=${lang}`,
          headers: { ...seekers[k]!.auth, accept: 'text/html' },
        })
      ).body;
    for (const [lang, on, mine, shortlisted, rejected] of [
      ['en', 'Interview on', 'My interviews', 'Shortlisted', 'Not selected'],
      ['hi', 'इंटरव्यू:', 'मेरे इंटरव्यू', null, null],
      ['mr', 'मुलाखत:', 'माझ्या मुलाखती', null, null],
    ] as const) {
      const interview = await page(0, lang);
      expect(interview).toContain(`${on} ${formatDateTime(starts, lang)}`);
      expect(interview).toContain(`<a href="/me/interviews">${mine}</a>`);
      if (shortlisted) expect(await page(1, lang)).toMatch(new RegExp(`class="applied">.*${shortlisted}`));
      if (rejected) expect(await page(2, lang)).toMatch(new RegExp(`class="applied">.*${rejected}`));
    }
  });

  it('the schedule button says what happens in every configuration: "Schedule interview", not "Send invite" (issue #20)', async () => {
    const { b, ids } = await jobWithApplicants(1);
    for (const [lang, label] of [
      ['en', 'Schedule interview'],
      ['hi', 'इंटरव्यू तय करें'],
      ['mr', 'मुलाखत ठरवा'],
    ] as const) {
      const form = await b.get(`/employer/applications/${ids[0]}/interview?lang=${lang}`);
      expect(form.statusCode).toBe(200);
      expect(form.body).toContain(`>${label}</button>`);
      expect(form.body).not.toContain('Send invite');
    }
  });

  it('Rejected looks unlike Hired, and ticked applicants move together', async () => {
    const { b, seekers, ids, url } = await jobWithApplicants(3);
    const page = await b.get(url);
    // Reject is a link to a step that asks first (walk findings B), styled unlike Hired.
    expect(page.body).toMatch(/<a class="button small stage-rejected" href="[^"]+\/reject">✕ Rejected<\/a>/);
    // Hired asks first too (walk findings fixb): a link to its question; on an Applied card it is not
    // the next step, so it is a secondary (grey) button (fixd).
    expect(page.body).toMatch(/<a class="button small secondary stage-hired" href="[^"]+\/hire">Hired<\/a>/);
    expect(page.body).toContain(`<input type="checkbox" name="ids" value="${ids[0]}" form="bulk">`);
    expect(page.body).toContain('<form id="bulk" method="post"');

    const none = await b.post(
      `/employer/jobs/${/jobs\/(\d+)/.exec(url)![1]}/applicants/bulk`,
      { stage: 'rejected' },
      url,
    );
    expect(none.headers.location).toContain('done=none');
    const jobId = /jobs\/(\d+)/.exec(url)![1];
    const res = await b.post(
      `/employer/jobs/${jobId}/applicants/bulk`,
      {
        ids: [String(ids[0]), String(ids[1])],
        stage: 'rejected',
        note: 'Needs stronger English',
        confirm: '1',
      },
      url,
    );
    expect(String(res.headers.location)).toMatch(/\?done=bulk&n=2&to=rejected&m=\d+\.\d+#bulk-result$/);
    expect(String(res.headers.location).startsWith(`${url}?done=bulk&n=2&to=rejected&m=`)).toBe(true);
    expect((await b.get(res.headers.location as string)).body).toContain('2 applicants moved to Rejected.');
    // The moves hold their messages for the undo window; past it, the seekers see them.
    await db().query(
      `UPDATE notifications SET send_after = now() - interval '1 second' WHERE send_after IS NOT NULL`,
    );
    for (const k of [0, 1]) {
      const mine = await app.inject({
        method: 'GET',
        url: '/api/v1/me/applications',
        headers: seekers[k]!.auth,
      });
      expect(mine.json().items[0].stage).toBe('rejected');
      expect(mine.body).not.toContain('Needs stronger English');
      expect(await templates(seekers[k]!.id)).toContain('applicationStage');
    }
    const third = await app.inject({
      method: 'GET',
      url: '/api/v1/me/applications',
      headers: seekers[2]!.auth,
    });
    expect(third.json().items[0].stage).toBe('applied');
  });
  it('a bulk move to an earlier stage leaves a booked interview where it is; the result names the same left people as the confirm page', async () => {
    const { b, auth, job, ids, url } = await jobWithApplicants(5);
    const jobId = job.id;
    const starts = new Date(Date.now() + 3 * 86_400_000);
    starts.setUTCHours(9, 30, 0, 0); // 15:00 in India
    const booked = await b.post(
      `/employer/applications/${ids[2]}/interview`,
      { starts_at: istLocal(starts.toISOString()), duration_minutes: '30', mode: 'phone' },
      url,
    );
    expect(booked.statusCode).toBe(303);
    await db().query(`UPDATE applications SET stage = 'interview' WHERE id = $1`, [ids[2]]);
    await db().query(`UPDATE applications SET stage = 'shortlisted' WHERE id = $1`, [ids[0]]);
    await db().query(`UPDATE applications SET stage = 'rejected' WHERE id = $1`, [ids[1]]);
    const confirm = await b.post(
      `/employer/jobs/${jobId}/applicants/bulk`,
      { ids: ids.map(String), stage: 'shortlisted' },
      url,
    );
    expect(confirm.statusCode).toBe(200);
    const leftItems = (page: string) =>
      [...(/<ul class="bulk-left">(.*?)<\/ul>/s.exec(page)?.[1] ?? '').matchAll(/<li>(.*?)<\/li>/g)].map(
        (m) => m[1]!,
      );
    const confirmLeft = leftItems(confirm.body);
    expect(confirmLeft).toHaveLength(3);
    expect(confirmLeft.filter((x) => x.includes('has an interview on'))).toHaveLength(1);
    expect(confirmLeft.some((x) => x.includes('change or cancel it from their card'))).toBe(true);
    // Only the two still in Applied move.
    expect(confirm.body).toContain('Move 2 applicants to Shortlisted?');
    // The form posted exactly as the page shows it.
    const form = /<form method="post" action="[^"]+\/applicants\/bulk"[^>]*>(.*?)<\/form>/s.exec(
      confirm.body,
    )![1]!;
    const fields: Record<string, string[]> = {};
    for (const m of form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g))
      if (m[1] !== '_csrf') fields[m[1]!] = [...(fields[m[1]!] ?? []), m[2]!];
    const res = await b.post(
      `/employer/jobs/${jobId}/applicants/bulk`,
      {
        ...Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.length > 1 ? v : v[0]!])),
        include_settled: '0',
      },
      url,
    );
    expect(res.statusCode).toBe(303);
    const result = await b.get(res.headers.location as string);
    const notice = /<div class="notice moved" role="status" id="bulk-result">(.*?)<\/div>/s.exec(
      result.body,
    )![1]!;
    expect(notice).toContain('2 applicants moved to Shortlisted.');
    expect(notice).toContain('3 left:');
    for (const text of confirmLeft) expect(notice).toContain(text);
    const stages = await db().query<{ id: number; stage: string }>(
      'SELECT id::int AS id, stage FROM applications WHERE id = ANY($1::bigint[]) ORDER BY id',
      [ids],
    );
    expect(Object.fromEntries(stages.rows.map((r) => [r.id, r.stage]))).toEqual({
      [ids[0]!]: 'shortlisted',
      [ids[1]!]: 'rejected',
      [ids[2]!]: 'interview',
      [ids[3]!]: 'shortlisted',
      [ids[4]!]: 'shortlisted',
    });
    // The API leaves them too, and says why.
    const api = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${jobId}/applications/bulk`,
      headers: auth,
      payload: { ids: [ids[2]], stage: 'applied' },
    });
    expect(api.statusCode).toBe(200);
    expect(api.json()).toEqual({ moved: 0, left: [{ id: ids[2], reason: 'interview' }] });
  });
  it('the Interview stage button opens the schedule form; the move happens with the invite, and a time-less Interview says so', async () => {
    const { b, auth, ids, url } = await jobWithApplicants(2);
    const page = await b.get(url);
    expect(page.body).toMatch(
      new RegExp(
        `<a class="button small [a-z ]*stage-interview" href="/employer/applications/${ids[0]}/interview">Interview</a>`,
      ),
    );
    // A stale form posting the Interview stage lands on the schedule form and moves no one.
    const tapped = await b.post(`/employer/applications/${ids[0]}/stage`, { stage: 'interview' }, url);
    expect(tapped.statusCode).toBe(303);
    expect(tapped.headers.location).toBe(`/employer/applications/${ids[0]}/interview`);
    const form = await b.get(tapped.headers.location as string);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain(`action="/employer/applications/${ids[0]}/interview"`);
    expect(form.body).toContain('name="starts_at"');
    const before = await db().query<{ stage: string }>('SELECT stage FROM applications WHERE id = $1', [
      ids[0],
    ]);
    expect(before.rows[0]!.stage).toBe('applied');
    const starts = new Date(Date.now() + 2 * 86_400_000);
    const sent = await b.post(
      `/employer/applications/${ids[0]}/interview`,
      { starts_at: istLocal(starts.toISOString()), duration_minutes: '30', mode: 'phone' },
      tapped.headers.location as string,
    );
    expect(sent.statusCode).toBe(303);
    const after = await db().query<{ stage: string }>('SELECT stage FROM applications WHERE id = $1', [
      ids[0],
    ]);
    expect(after.rows[0]!.stage).toBe('interview');
    // The API still moves without a time (CONTRACT.md); the card then says so plainly.
    const moved = await app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${ids[1]}`,
      headers: auth,
      payload: { stage: 'interview' },
    });
    expect(moved.statusCode).toBe(200);
    const cards = (await b.get(url)).body;
    const card = (id: number) => new RegExp(`id="application-${id}">(.*?)</li>`, 's').exec(cards)![1]!;
    expect(card(ids[1]!)).toContain(
      `No interview time yet: <a href="/employer/applications/${ids[1]}/interview">Schedule</a>`,
    );
    expect(card(ids[0]!)).not.toContain('No interview time yet');
  });
});
