// Findings of the fresh-eyes walk (group A), each as a person on a phone would meet it: calling the
// employer of a loaded job, reporting a job, signing up, and the sign-in-by-code errors in hi/mr.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { employerWithCompany, postJob, register, uniquePhone } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { buildSeekerTestApp } from '../../test/support/seekers.ts';
import { forEachEngine } from '../shared/db/testing.ts';

forEachEngine('walk findings A', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
  });
  afterAll(async () => {
    await app.close();
  });

  /** A seeker signed in on the web (a cookie session), made through the API. */
  async function seekerBrowser(lang = 'en'): Promise<{ b: InjectBrowser; id: string }> {
    const phone = uniquePhone();
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { role: 'seeker', name: 'Sunita Kale', phone, password: 'correct horse battery' },
    });
    const id = res.json<{ user: { id: string } }>().user.id;
    await db().query(`UPDATE users SET phone_verified_at = now() WHERE id = $1`, [id]);
    const b = new InjectBrowser(app);
    await b.get(`/?lang=${lang}`);
    await b.post('/login', { login: phone, password: 'correct horse battery' }, '/login');
    return { b, id };
  }

  it('"Call the employer" on a job loaded without a poster (demo, import) rings the company owner, in en/hi/mr', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer);
    // Bulk-loaded jobs (demo data, imports) carry no created_by.
    await db().query('UPDATE jobs SET created_by = NULL WHERE id = $1', [job.id]);
    for (const lang of ['en', 'hi', 'mr']) {
      const { b } = await seekerBrowser(lang);
      const page = await b.get(`/jobs/${job.id}`);
      expect(page.body).toContain(`action="/jobs/${job.id}/call"`);
      const call = await b.post(`/jobs/${job.id}/call`, {}, `/jobs/${job.id}`);
      expect(call.statusCode, call.body.slice(0, 300)).toBe(200);
      expect(call.body).not.toMatch(/Page not found|पेज नहीं मिला|पेज सापडले नाही/);
    }
    const { rows } = await db().query<{ n: string }>(
      `SELECT count(*) AS n FROM calls WHERE job_id = $1 AND direction = 'seeker_to_employer'`,
      [job.id],
    );
    expect(Number(rows[0]!.n)).toBe(3);
  });
});
