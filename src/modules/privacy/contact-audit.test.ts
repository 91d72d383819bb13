// Every place an employer is shown a seeker's phone or resume writes a contact_views row, and the
// seeker sees it in "Who saw my number" (API, web page) and in the export. Each case first checks
// that the path really revealed the detail, then that the audit has it: remove the audit call from
// any reveal path and its case fails.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Actor, employerWithCompany, postJob } from '../../../test/support/app.ts';
import {
  Browser,
  buildSeekerTestApp,
  multipartBody,
  seekerWithProfile,
  tinyPdf,
} from '../../../test/support/seekers.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

interface Seen {
  field: string;
  purpose: string;
  viewer_name: string | null;
  company: { id: string; name: string } | null;
  job_title: string | null;
  viewed_at: string;
}

forEachEngine('contact-detail reveals are audited', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
  });
  afterAll(() => app.close());

  async function applicant() {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer);
    const seeker = await seekerWithProfile(app);
    const upload = multipartBody({
      field: 'resume',
      filename: 'cv.pdf',
      type: 'application/pdf',
      bytes: tinyPdf(),
    });
    await app.inject({
      method: 'PUT',
      url: '/api/v1/me/profile/resume',
      headers: { ...seeker.auth, ...upload.headers },
      payload: upload.payload,
    });
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${job.id}/applications`,
      headers: seeker.auth,
    });
    const me = await app.inject({ url: '/api/v1/me', headers: seeker.auth });
    return {
      employer,
      job,
      seeker,
      phone: me.json<{ phone: string }>().phone,
      applicationId: res.json<{ id: number }>().id,
    };
  }
  const seenBy = async (seeker: Actor): Promise<Seen[]> => {
    const res = await app.inject({ url: '/api/v1/me/contact-views', headers: seeker.auth });
    expect(res.statusCode).toBe(200);
    return res.json<{ items: Seen[] }>().items;
  };

  it('the applicant list (API) records each phone it shows, once an hour, with company, recruiter and job', async () => {
    const { employer, job, seeker, phone } = await applicant();
    expect(await seenBy(seeker)).toEqual([]);
    for (let i = 0; i < 2; i++) {
      const list = await app.inject({ url: `/api/v1/jobs/${job.id}/applications`, headers: employer.auth });
      expect(list.body).toContain(phone);
    }
    const seen = await seenBy(seeker);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      field: 'phone',
      purpose: 'applicant_list',
      viewer_name: 'Test employer',
      company: { name: expect.any(String) },
      job_title: job.title,
    });
  });

  it('the applicants web page records the phones it shows', async () => {
    const { employer, job, seeker, phone } = await applicant();
    const page = await new Browser(app, employer.auth).get(`/employer/jobs/${job.id}/applicants`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(phone);
    expect((await seenBy(seeker)).map((s) => [s.field, s.purpose])).toEqual([['phone', 'applicant_list']]);
  });

  it('a stage move (API) records the phone in the card it returns', async () => {
    const { employer, seeker, phone, applicationId } = await applicant();
    const moved = await app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${applicationId}`,
      headers: employer.auth,
      payload: { stage: 'shortlisted' },
    });
    expect(moved.body).toContain(phone);
    expect((await seenBy(seeker)).map((s) => [s.field, s.purpose])).toEqual([['phone', 'stage_move']]);
  });

  it('a resume download records the resume', async () => {
    const { employer, seeker, applicationId } = await applicant();
    const cv = await app.inject({
      url: `/api/v1/applications/${applicationId}/resume`,
      headers: employer.auth,
    });
    expect(cv.statusCode).toBe(200);
    expect((await seenBy(seeker)).map((s) => [s.field, s.purpose])).toEqual([['resume', 'resume_download']]);
    // The seeker reading their own resume is not a disclosure.
    await app.inject({ url: `/api/v1/applications/${applicationId}/resume`, headers: seeker.auth });
    expect(await seenBy(seeker)).toHaveLength(1);
  });

  it('a call and a WhatsApp link (API and web) record the number they use', async () => {
    const { employer, seeker, phone, applicationId } = await applicant();
    const call = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/calls`,
      headers: employer.auth,
    });
    expect(call.statusCode).toBe(201);
    const wa = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/contact`,
      headers: employer.auth,
    });
    expect(wa.statusCode).toBe(201);
    expect(wa.body).toContain(phone.replace(/^\+/, ''));
    expect((await seenBy(seeker)).map((s) => [s.field, s.purpose]).sort()).toEqual([
      ['phone', 'call'],
      ['whatsapp', 'whatsapp'],
    ]);

    const other = await applicant();
    const browser = new Browser(app, other.employer.auth);
    const res = await browser.post(
      `/employer/applications/${other.applicationId}/call`,
      {},
      `/employer/jobs/${other.job.id}/applicants`,
    );
    expect(res.statusCode).toBe(303);
    expect((await seenBy(other.seeker)).map((s) => s.purpose).sort()).toEqual(['applicant_list', 'call']);
  });

  it('nothing is recorded when nothing is revealed: another company, a call-cap change, a bulk move', async () => {
    const { employer, job, seeker, applicationId } = await applicant();
    const stranger = await employerWithCompany(app);
    const denied = await app.inject({ url: `/api/v1/jobs/${job.id}/applications`, headers: stranger.auth });
    expect(denied.statusCode).toBe(404);
    await app.inject({
      method: 'PUT',
      url: `/api/v1/jobs/${job.id}/call-cap`,
      headers: employer.auth,
      payload: { daily_cap: 5 },
    });
    const bulk = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${job.id}/applications/bulk`,
      headers: employer.auth,
      payload: { ids: [applicationId], stage: 'rejected' },
    });
    expect(bulk.json()).toEqual({ moved: 1, left: [] });
    expect(await seenBy(seeker)).toEqual([]);
  });

  it('the seeker reads it on "Who saw my number" in their language, and in the export', async () => {
    const { employer, job, seeker } = await applicant();
    await app.inject({ url: `/api/v1/jobs/${job.id}/applications`, headers: employer.auth });
    const browser = new Browser(app, seeker.auth);
    const page = await browser.get('/me/data/contact-views?lang=mr');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('माझा नंबर कोणी पाहिला');
    expect(page.body).toContain('Test employer');
    expect(page.body).toContain('अर्जदारांची यादी पाहिली');
    const exported = await app.inject({ url: '/api/v1/me/export', headers: seeker.auth });
    expect(exported.json().contact_views.of_me).toMatchObject([
      { field: 'phone', purpose: 'applicant_list' },
    ]);
    expect(exported.json().contact_views.seen_by).toMatchObject([
      { viewer_name: 'Test employer', job_title: job.title },
    ]);
    const anonymous = await app.inject({ url: '/api/v1/me/contact-views' });
    expect(anonymous.statusCode).toBe(401);
  });
});

forEachEngine('your data on the web: download and delete', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
  });
  afterAll(() => app.close());

  it('a seeker downloads their data and deletes the account after confirming; the employer keeps the count', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer);
    const seeker = await seekerWithProfile(app);
    await app.inject({ method: 'POST', url: `/api/v1/jobs/${job.id}/applications`, headers: seeker.auth });
    const browser = new Browser(app, seeker.auth);

    const hub = await browser.get('/me/data?lang=hi');
    expect(hub.body).toContain('मेरा डेटा डाउनलोड करें');
    const file = await browser.get('/me/data/export');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain('attachment');
    expect(JSON.parse(file.body)).toMatchObject({
      account: { id: seeker.id },
      applications: [{ job: { id: job.id } }],
    });

    // Without ticking the box nothing happens; without the CSRF token neither.
    expect((await browser.post('/me/data/delete', {}, '/me/data/delete')).statusCode).toBe(400);
    expect((await browser.post('/me/data/delete', { confirm: 'yes' })).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/v1/me', headers: seeker.auth })).statusCode).toBe(200);

    const done = await browser.post('/me/data/delete', { confirm: 'yes' }, '/me/data/delete');
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe('/account-deleted');
    expect((await app.inject({ url: '/api/v1/me', headers: seeker.auth })).statusCode).toBe(401);

    const list = await app.inject({ url: `/api/v1/jobs/${job.id}/applications`, headers: employer.auth });
    expect(list.json()).toMatchObject({ total: 1, items: [{ seeker: null }] });
    expect(list.body).not.toContain('Priya Patil');
  });

  it('signed out, the data pages send you to sign in', async () => {
    for (const url of ['/me/data', '/me/data/export', '/me/data/contact-views', '/me/data/delete']) {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toContain('/login?next=');
    }
  });
});
