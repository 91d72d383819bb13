// The employer's own jobs on the web, as a phone user meets them: Live / Drafts / Closed tabs a page
// at a time with new-applicant counts, an edit page (a duplicated draft is editable too), Close that
// asks first and can be undone, Renew only near expiry, skills typed by name, and the public company
// page headed for who is reading it.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Actor, postJob, uniquePhone } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { buildSeekerTestApp, seekerWithProfile } from '../../test/support/seekers.ts';
import { forEachEngine } from '../shared/db/testing.ts';

forEachEngine('employer jobs on the web', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
  });
  afterAll(() => app.close());

  /** An employer signed in on the web (cookie) with a company, and the same person on the API. */
  async function employerBrowser(): Promise<{ b: InjectBrowser; api: Actor; companyId: string }> {
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
    if (login.statusCode !== 200) throw new Error(`login: ${login.body}`);
    const api = {
      token: login.json().token,
      id: '',
      auth: { authorization: `Bearer ${login.json().token}` },
    };
    const company = await app.inject({
      method: 'POST',
      url: '/api/v1/companies',
      headers: api.auth,
      payload: { name: 'Powai Care Services', industry: 'bpo-kpo', city: 'mumbai' },
    });
    return { b, api, companyId: company.json().id };
  }
  const titles = (body: string) =>
    [...body.matchAll(/<h2><a href="\/jobs\/\d+">([^<]+)<\/a>/g)].map((m) => m[1]);

  it('the dashboard has Live / Drafts / Closed tabs with counts, ten jobs a page, and new applicants per job', async () => {
    const { b, api } = await employerBrowser();
    const live = [];
    for (let k = 1; k <= 12; k++)
      live.push(await postJob(app, api, { title: `Telecaller opening number ${k}` }));
    await postJob(app, api, { title: 'Draft back office role', status: 'draft' });
    const seeker = await seekerWithProfile(app);
    await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${live[11]!.id}/applications`,
      headers: seeker.auth,
    });

    const first = await b.get('/employer');
    expect(first.body).toMatch(
      /<a href="\/employer\?tab=live" aria-current="page">Live <span class="n">12<\/span> <span class="new-n">1 new<\/span><\/a>/,
    );
    expect(first.body).toContain('Drafts <span class="n">1</span>');
    expect(first.body).toContain('Closed <span class="n">0</span>');
    expect(titles(first.body)).toHaveLength(10);
    expect(titles(first.body)[0]).toBe('Telecaller opening number 12');
    expect(first.body).not.toContain('Draft back office role');
    expect(first.body).toContain(
      `href="/employer/jobs/${live[11]!.id}/applicants?stage=applied">1 new applicant</a>`,
    );
    expect(first.body).toContain('Page 1 of 2');
    const second = await b.get('/employer?tab=live&page=2');
    expect(titles(second.body)).toEqual(['Telecaller opening number 2', 'Telecaller opening number 1']);
    const drafts = await b.get('/employer?tab=draft');
    expect(titles(drafts.body)).toEqual(['Draft back office role']);
    // Freshly posted jobs run for 30 days: Renew is not offered yet.
    expect(first.body).not.toContain('/renew"');
    await db().query(`UPDATE jobs SET expires_at = now() + interval '3 days' WHERE id = $1`, [live[11]!.id]);
    const soon = await b.get('/employer');
    expect(soon.body.match(/\/renew"/g)).toHaveLength(1);
    expect(soon.body).toContain(`action="/employer/jobs/${live[11]!.id}/renew"`);
  });

  it('Close asks first; the close can be undone from the dashboard; stale or moderator closes cannot', async () => {
    const { b, api } = await employerBrowser();
    const job = await postJob(app, api, { title: 'Inbound voice process, Powai' });
    const dash = await b.get('/employer');
    // The card links to a confirmation page instead of closing in one tap.
    expect(dash.body).toContain(
      `<a class="button small secondary" href="/employer/jobs/${job.id}/close">Close</a>`,
    );
    expect(dash.body).not.toContain(`action="/employer/jobs/${job.id}/close"`);
    const confirm = await b.get(`/employer/jobs/${job.id}/close`);
    expect(confirm.body).toContain('Close “Inbound voice process, Powai”?');
    expect(confirm.body).toContain('No, keep it open');
    const closed = await b.post(
      `/employer/jobs/${job.id}/close`,
      { reason: 'employer' },
      `/employer/jobs/${job.id}/close`,
    );
    expect(closed.headers.location).toBe(`/employer?tab=closed&done=close&job=${job.id}`);
    const after = await b.get(closed.headers.location as string);
    expect(after.body).toContain('“Inbound voice process, Powai” is closed');
    expect(after.body).toContain(`action="/employer/jobs/${job.id}/reopen"`);
    expect(after.body).toContain('Undo: reopen it');
    const undo = await b.post(`/employer/jobs/${job.id}/reopen`, {}, closed.headers.location as string);
    expect(undo.statusCode).toBe(303);
    const back = await app.inject({ method: 'GET', url: `/api/v1/jobs/${job.id}`, headers: api.auth });
    expect(back.json()).toMatchObject({ status: 'published', closed_at: null, closed_reason: null });

    // A day later the undo has gone (the close is history); the card no longer offers it.
    await b.post(`/employer/jobs/${job.id}/close`, { reason: 'filled' }, `/employer/jobs/${job.id}/close`);
    await db().query(`UPDATE jobs SET closed_at = now() - interval '25 hours' WHERE id = $1`, [job.id]);
    expect((await b.get('/employer?tab=closed')).body).not.toContain(`/employer/jobs/${job.id}/reopen`);
    const stale = await b.post(`/employer/jobs/${job.id}/reopen`, {}, '/employer?tab=closed');
    expect(stale.statusCode).toBe(409);
  });

  it('a job is edited on its own page with its values filled in; a duplicated draft opens in the editor', async () => {
    const { b, api } = await employerBrowser();
    const job = await postJob(app, api, {
      title: 'Customer care executive, Andheri',
      skills: ['ms-excel', 'communication'],
    });
    const edit = await b.get(`/employer/jobs/${job.id}/edit`);
    expect(edit.statusCode).toBe(200);
    expect(edit.body).toContain('<h1>Edit job</h1>');
    expect(edit.body).toContain('value="Customer care executive, Andheri"');
    // Skills are shown and typed by name, never as slugs.
    expect(edit.body).toContain('value="MS Excel, Communication"');
    const form = {
      title: 'Customer care executive (Hindi), Andheri',
      role: 'customer-service-representative',
      industry: 'e-commerce',
      place: 'mumbai/powai',
      work_mode: 'onsite',
      shift: 'day',
      education_min: '12th',
      salary_min: '16000',
      salary_max: '21000',
      experience_min: '0',
      openings: '3',
      languages: ['english', 'hindi'],
      skills: 'MS Excel, typing, Tally, बातचीत का कौशल',
      description: 'Answer customer calls about orders and refunds; training given; fixed day shift.',
    };
    const saved = await b.post(`/employer/jobs/${job.id}/edit`, form, `/employer/jobs/${job.id}/edit`);
    expect(saved.statusCode).toBe(303);
    const now = (
      await app.inject({ method: 'GET', url: `/api/v1/jobs/${job.id}`, headers: api.auth })
    ).json();
    expect(now).toMatchObject({ title: form.title, salary_min: 16000, openings: 3, status: 'published' });
    expect(now.skills).toEqual(['ms-excel', 'typing', 'tally', 'communication']);
    // The English level the job asked for is kept: the form has no level to lose it with.
    expect(now.languages).toContainEqual({ language: 'english', level: 'fluent' });

    // A bad edit comes back with the typed input and the field's error.
    const bad = await b.post(
      `/employer/jobs/${job.id}/edit`,
      { ...form, salary_min: '30000' },
      `/employer/jobs/${job.id}/edit`,
    );
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('value="30000"');
    expect(bad.body).toContain('value="MS Excel, typing, Tally, बातचीत का कौशल"');

    const dup = await b.post(`/employer/jobs/${job.id}/duplicate`, {}, '/employer');
    expect(dup.headers.location).toMatch(/^\/employer\/jobs\/\d+\/edit\?done=duplicated$/);
    const copyPage = await b.get(dup.headers.location as string);
    expect(copyPage.body).toContain('This is a draft copy.');
    const copyId = /\/employer\/jobs\/(\d+)\/edit/.exec(dup.headers.location as string)![1];
    const published = await b.post(
      `/employer/jobs/${copyId}/edit`,
      { ...form, title: 'Customer care executive, second batch', status: 'published' },
      dup.headers.location as string,
    );
    expect(published.headers.location).toBe(`/employer?tab=live&done=publish&job=${copyId}`);
    const copy = (await app.inject({ method: 'GET', url: `/api/v1/jobs/${copyId}` })).json();
    expect(copy).toMatchObject({ title: 'Customer care executive, second batch', status: 'published' });

    // Someone else's job has no edit page for this employer.
    const other = await employerBrowser();
    expect((await other.b.get(`/employer/jobs/${job.id}/edit`)).statusCode).toBe(404);
  });

  it('the post-job form takes the interview address, walk-in days and timings; the job page shows them', async () => {
    const { b } = await employerBrowser();
    const form = {
      title: 'Walk-in: customer support executive, Vashi',
      role: 'customer-service-representative',
      industry: 'e-commerce',
      place: 'navi-mumbai/vashi',
      work_mode: 'onsite',
      shift: 'day',
      education_min: '12th',
      salary_min: '15000',
      salary_max: '19000',
      experience_min: '0',
      openings: '10',
      skills: 'Communication',
      description: 'Answer calls about orders and refunds for an online grocer; training given; day shift.',
      interview_address: '3rd floor, Palm Beach Galleria, Sector 19D, Vashi',
      walk_in_from: '2026-12-14',
      walk_in_to: '2026-12-10',
      interview_timings: '10 am to 4 pm, Monday to Saturday',
      status: 'published',
    };
    const wrong = await b.post('/employer/jobs/new', form, '/employer/jobs/new');
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toMatch(/id="walk_in_to-error"/);
    expect(wrong.body).toContain('value="3rd floor, Palm Beach Galleria, Sector 19D, Vashi"');
    const posted = await b.post(
      '/employer/jobs/new',
      { ...form, walk_in_to: '2026-12-19' },
      '/employer/jobs/new',
    );
    expect(posted.statusCode).toBe(303);
    const id = /job=(\d+)/.exec(posted.headers.location as string)![1];
    const jobPage = await b.get(`/jobs/${id}`);
    expect(jobPage.body).toContain('Walk-in interview');
    expect(jobPage.body).toContain('14 Dec 2026 to 19 Dec 2026');
    expect(jobPage.body).toContain('10 am to 4 pm, Monday to Saturday');
    expect(jobPage.body).toContain('3rd floor, Palm Beach Galleria, Sector 19D, Vashi');
    const api = (await app.inject({ method: 'GET', url: `/api/v1/jobs/${id}` })).json();
    expect(api.interview).toEqual({
      address: '3rd floor, Palm Beach Galleria, Sector 19D, Vashi',
      walk_in_from: '2026-12-14',
      walk_in_to: '2026-12-19',
      timings: '10 am to 4 pm, Monday to Saturday',
    });
    const edit = await b.get(`/employer/jobs/${id}/edit`);
    expect(edit.body).toContain('value="2026-12-19"');
    // The job page in Marathi names the walk-in in Marathi.
    expect((await b.get(`/jobs/${id}?lang=mr`)).body).toContain('वॉक-इन मुलाखत');
  });

  it('the public company page says "Your jobs" only to the company’s own people', async () => {
    const { b, api, companyId } = await employerBrowser();
    await postJob(app, api);
    const visitor = await app.inject({
      method: 'GET',
      url: `/companies/${companyId}`,
      headers: { accept: 'text/html' },
    });
    expect(visitor.body).toContain('<h2>Jobs at Powai Care Services</h2>');
    expect(visitor.body).not.toContain('Your jobs');
    const hindi = await app.inject({
      method: 'GET',
      url: `/companies/${companyId}?lang=hi`,
      headers: { accept: 'text/html' },
    });
    expect(hindi.body).toContain('<h2>Powai Care Services में नौकरियाँ</h2>');
    const own = await b.get(`/companies/${companyId}`);
    expect(own.body).toContain('<h2>Your jobs</h2>');
  });
});
