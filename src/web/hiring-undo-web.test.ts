// Rejecting an applicant asks first, and every stage move can be taken back for a few minutes: the
// seeker's message about the move waits in the outbox for that long and an undo drops it.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { employerWithCompany, postJob } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { buildSeekerTestApp, seekerWithProfile } from '../../test/support/seekers.ts';
import type { Db } from '../shared/db/db.ts';
import { forEachEngine } from '../shared/db/testing.ts';

forEachEngine('rejecting with a confirm step and undoing a stage move', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
  });
  afterAll(() => app.close());

  /** The seeker's stage messages in the outbox, newest first. */
  const stageMessages = async (q: Db, seekerId: string) =>
    (
      await q.query<{ id: number; body: string; send_after: Date | null }>(
        `SELECT id, body, send_after FROM notifications
          WHERE user_id = $1 AND template = 'applicationStage' ORDER BY id DESC`,
        [seekerId],
      )
    ).rows;

  async function applicant() {
    const employer = await employerWithCompany(app, { name: 'Thane Care Services' });
    const job = await postJob(app, employer);
    const seeker = await seekerWithProfile(app);
    const applied = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${job.id}/applications`,
      headers: seeker.auth,
    });
    const b = new InjectBrowser(app, employer.auth);
    return { b, job, seeker, appId: applied.json<{ id: number }>().id };
  }

  it('Reject opens a question first; only "Yes, reject" rejects, and the seeker is told only after the undo window', async () => {
    const { b, job, seeker, appId } = await applicant();
    const list = `/employer/jobs/${job.id}/applicants`;
    const page = await b.get(list);
    // The card's Reject is a link to the question, not a one-tap form.
    expect(page.body).toContain(`href="/employer/applications/${appId}/reject"`);
    expect(page.body).not.toMatch(/name="stage" value="rejected"/);

    // A stray post without the confirmation (a stale page) moves nothing: it lands on the question.
    const stray = await b.post(`/employer/applications/${appId}/stage`, { stage: 'rejected' }, list);
    expect(stray.statusCode).toBe(303);
    expect(stray.headers.location).toBe(`/employer/applications/${appId}/reject`);
    const question = await b.get(`/employer/applications/${appId}/reject?lang=mr`);
    expect(question.statusCode).toBe(200);
    expect(question.body).toContain('Priya Patil यांना नाकारायचे?');
    expect(question.body).toContain('name="confirm" value="1"');
    const mine = await app.inject({ method: 'GET', url: '/api/v1/me/applications', headers: seeker.auth });
    expect(mine.json().items[0].stage).toBe('applied');

    const rejected = await b.post(
      `/employer/applications/${appId}/stage`,
      { stage: 'rejected', confirm: '1' },
      `/employer/applications/${appId}/reject`,
    );
    expect(rejected.statusCode).toBe(303);
    expect(rejected.headers.location).toBe(`${list}?done=moved&moved=${appId}#moved`);
    const after = await b.get(String(rejected.headers.location).replace('#', '&lang=en#'));
    expect(after.body).toContain('Priya Patil: moved to Rejected.');
    expect(after.body).toContain('They see it under My applications in 5 minutes unless you undo.');
    expect(after.body).toContain(`action="/employer/applications/${appId}/undo"`);

    // The "not selected" message is written but waits out the window: the sweeper and a delivery
    // job both leave it alone until then.
    const [held] = await stageMessages(db(), seeker.id);
    expect(held?.send_after).toBeTruthy();
    expect(held!.send_after!.getTime() - Date.now()).toBeGreaterThan(4 * 60_000);
    expect(await app.services.notifications.deliver(held!.id)).toBe('skipped');
    await app.services.notifications.sweep(0);
    const still = await db().query<{ status: string; attempts: number }>(
      'SELECT status, attempts FROM notifications WHERE id = $1',
      [held!.id],
    );
    expect(still.rows[0]).toEqual({ status: 'queued', attempts: 0 });
  });

  it('Undo puts the applicant back and drops the held message: the seeker never hears of the rejection, nor sees it in their history', async () => {
    const { b, job, seeker, appId } = await applicant();
    const list = `/employer/jobs/${job.id}/applicants`;
    await b.post(`/employer/applications/${appId}/stage`, { stage: 'shortlisted' }, list);
    await b.post(
      `/employer/applications/${appId}/stage`,
      { stage: 'rejected', confirm: '1' },
      `/employer/applications/${appId}/reject`,
    );
    expect(await stageMessages(db(), seeker.id)).toHaveLength(2);

    const undone = await b.post(
      `/employer/applications/${appId}/undo`,
      {},
      `${list}?done=moved&moved=${appId}`,
    );
    expect(undone.statusCode).toBe(303);
    const page = await b.get(String(undone.headers.location).replace('#', '&lang=hi#'));
    expect(page.body).toContain('वापस लिया: Priya Patil फिर से शॉर्टलिस्ट');
    const mine = await app.inject({ method: 'GET', url: '/api/v1/me/applications', headers: seeker.auth });
    // The shortlist's message still waits (it could be undone in turn): the seeker still reads Applied.
    expect(mine.json().items[0].stage).toBe('applied');
    // The rejection's message is gone; the shortlist's (an earlier move) still waits to go.
    const left = await stageMessages(db(), seeker.id);
    expect(left).toHaveLength(1);
    expect(left[0]!.body).not.toMatch(/not selected/i);

    // The move never happened for the seeker: their history has no rejection in it.
    await db().query(`UPDATE notifications SET send_after = now() - interval '1 second' WHERE user_id = $1`, [
      seeker.id,
    ]);
    const later = await app.inject({ method: 'GET', url: '/api/v1/me/applications', headers: seeker.auth });
    expect(later.json().items[0].stage).toBe('shortlisted');
    expect(later.json().items[0].history.map((h: { to: string }) => h.to)).toEqual([
      'applied',
      'shortlisted',
    ]);
  });

  it('a move older than the window cannot be undone, and the page offers no Undo for it', async () => {
    const { b, job, appId } = await applicant();
    const list = `/employer/jobs/${job.id}/applicants`;
    await b.post(`/employer/applications/${appId}/stage`, { stage: 'shortlisted' }, list);
    await db().query(
      `UPDATE application_events SET created_at = now() - interval '6 minutes' WHERE application_id = $1`,
      [appId],
    );
    const page = await b.get(`${list}?done=moved&moved=${appId}`);
    expect(page.body).toContain('Priya Patil: moved to Shortlisted.');
    expect(page.body).not.toContain(`/employer/applications/${appId}/undo`);
    const late = await b.post(`/employer/applications/${appId}/undo`, {}, list);
    expect(String(late.headers.location)).toContain('done=undoLate');
  });
});
