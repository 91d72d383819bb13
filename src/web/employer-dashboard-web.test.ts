// The employer's dashboard on the web: each job's figures, the figures page (SVG charts with their
// data tables), duplicate and close-as-filled buttons, and the one-tap call outcome form (a plain
// CSRF-checked POST) whose step the seeker sees in their own language.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PHONE_UA, postJob, uniquePhone } from '../../test/support/app.ts';
import { InjectBrowser, postForms } from '../../test/support/browser.ts';
import { FakeExotel } from '../../test/support/fakes/fake-exotel.ts';
import { buildSeekerTestApp, seekerWithProfile } from '../../test/support/seekers.ts';
import { forEachEngine } from '../shared/db/testing.ts';

forEachEngine('employer dashboard pages', ({ db }) => {
  let app: FastifyInstance;
  const exotel = new FakeExotel();
  beforeAll(async () => {
    await exotel.start();
    app = await buildSeekerTestApp(db(), {}, { exotel });
  });
  afterAll(async () => {
    await app.close();
    await exotel.stop();
  });

  it('figures, charts, duplicate, close as filled and a one-tap call outcome, all without JavaScript', async () => {
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
    const seeker = await seekerWithProfile(app);
    await db().query(`UPDATE users SET lang = 'mr' WHERE id = $1`, [seeker.id]);
    await app.inject({
      method: 'GET',
      url: `/jobs/${job.id}`,
      headers: { accept: 'text/html', 'user-agent': PHONE_UA },
    });
    const appId = (
      await app.inject({ method: 'POST', url: `/api/v1/jobs/${job.id}/applications`, headers: seeker.auth })
    ).json().id;

    const dash = await b.get('/employer');
    expect(dash.body).toContain('Views: 1 · Applications: 1 · Calls: 0');
    expect(dash.body).toContain(`href="/employer/jobs/${job.id}/stats"`);
    expect(postForms(dash.body).every((f) => f.hasCsrf)).toBe(true);

    const stats = await b.get(`/employer/jobs/${job.id}/stats`);
    expect(stats.statusCode).toBe(200);
    expect(stats.body.match(/<svg class="chart"/g)).toHaveLength(3);
    expect(stats.body).toMatch(/<th scope="row">Applied<\/th><td>1<\/td>/);
    expect(
      (await b.get(`/employer/jobs/${job.id}/stats?days=30`)).body.match(/<tr>/g)?.length,
    ).toBeGreaterThan(30);

    // Call, then one tap on "Not reachable": the stage stays, the trail records it.
    const url = `/employer/jobs/${job.id}/applicants`;
    expect((await b.post(`/employer/applications/${appId}/call`, {}, url)).statusCode).toBe(303);
    const page = await b.get(url);
    const callId = /action="\/employer\/calls\/(\d+)\/outcome"/.exec(page.body)?.[1];
    expect(callId).toBeDefined();
    expect(postForms(page.body).every((f) => f.hasCsrf)).toBe(true);
    const noCsrf = await b.post(`/employer/calls/${callId}/outcome`, { outcome: 'interested' });
    expect(noCsrf.statusCode).toBe(403);
    const tapped = await b.post(`/employer/calls/${callId}/outcome`, { outcome: 'interested' }, url);
    expect(tapped.statusCode).toBe(303);
    expect(tapped.headers.location).toBe(`${url}?done=outcome&at=${appId}#application-${appId}`);
    const after = await b.get(url);
    expect(after.body).toContain('Outcome: Interested');
    expect(after.body).not.toContain(`/employer/calls/${callId}/outcome`);
    // The move's message waits out the undo window; once it went, the seeker sees the stage.
    await db().query(
      `UPDATE notifications SET send_after = now() - interval '1 second' WHERE send_after IS NOT NULL`,
    );
    const mine = await app.inject({ method: 'GET', url: '/api/v1/me/applications', headers: seeker.auth });
    expect(mine.json().items[0].stage).toBe('shortlisted');
    // The seeker's page shows the step in Marathi; the call outcome is the recruiters' note.
    const seekerPage = await app.inject({
      method: 'GET',
      url: '/me/applications?lang=mr',
      headers: { ...seeker.auth, accept: 'text/html' },
    });
    expect(seekerPage.body).toContain('शॉर्टलिस्ट झाले (कंपनी)');
    expect(seekerPage.body).not.toContain('इच्छुक आहेत');
    const bad = await b.post(`/employer/calls/${callId}/outcome`, { outcome: 'maybe' }, url);
    expect(bad.statusCode).toBe(400);

    const dup = await b.post(`/employer/jobs/${job.id}/duplicate`, {}, '/employer');
    expect(dup.statusCode).toBe(303);
    // The copy opens in the editor; the dashboard keeps it under Drafts.
    expect(dup.headers.location).toMatch(/^\/employer\/jobs\/\d+\/edit\?done=duplicated$/);
    const filled = await b.post(`/employer/jobs/${job.id}/close`, { reason: 'filled' }, '/employer');
    expect(filled.statusCode).toBe(303);
    const closedDash = await b.get('/employer?tab=closed');
    expect(closedDash.body).toContain('Closed: positions filled');
    expect((await b.get('/employer?tab=draft')).body.match(/status-draft/g)).toHaveLength(1);
  });
});
