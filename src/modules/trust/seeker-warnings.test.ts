// Seekers who applied to a job that is later held or rejected as a likely scam, or whose resume or contact
// the company behind it opened, are told so, once, in their language, with what to do. And the account behind a posting counts, not only its words.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Actor,
  buildTestApp,
  employerWithCompany,
  postJob,
  register,
  registerAdmin,
} from '../../../test/support/app.ts';
import { seekerWithProfile } from '../../../test/support/seekers.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

forEachEngine('scam warnings and account signals', ({ db }) => {
  let app: FastifyInstance;
  let admin: Actor;
  beforeAll(async () => {
    app = await buildTestApp(db());
    admin = await registerAdmin(app, db());
  });
  afterAll(() => app.close());

  async function seekerIn(lang: 'en' | 'hi' | 'mr'): Promise<Actor> {
    const seeker = await register(app, 'seeker');
    await app.inject({ method: 'PATCH', url: '/api/v1/me', headers: seeker.auth, payload: { lang } });
    return seeker;
  }
  const apply = (seeker: Actor, jobId: number) =>
    app.inject({ method: 'POST', url: `/api/v1/jobs/${jobId}/applications`, headers: seeker.auth });
  const warningsOf = async (seeker: Actor) =>
    (
      await db().query<{ subject: string; body: string }>(
        `SELECT subject, body FROM notifications WHERE user_id = $1 AND template LIKE 'scamWarning%'`,
        [seeker.id],
      )
    ).rows;

  describe('seekers who applied', () => {
    it('are warned once, in their language, when an edit adds a fee and the job is held', async () => {
      const employer = await employerWithCompany(app, { name: 'Lotus Back Office Services' });
      const job = await postJob(app, employer);
      expect(job.status).toBe('published');
      const hindi = await seekerIn('hi');
      const english = await seekerIn('en');
      expect((await apply(hindi, job.id)).statusCode).toBe(201);
      expect((await apply(english, job.id)).statusCode).toBe(201);
      const edit = (description: string) =>
        app.inject({
          method: 'PATCH',
          url: `/api/v1/jobs/${job.id}`,
          headers: employer.auth,
          payload: { description },
        });
      const held = await edit(
        'Answer customer calls. Selected candidates deposit ₹2,000 for the laptop kit.',
      );
      expect(held.json<{ status: string }>().status).toBe('held');
      const [hi] = await warningsOf(hindi);
      expect(hi?.subject).toMatch(/स्कैम/);
      expect(hi?.body).toContain('1930');
      expect(hi?.body).toContain('cybercrime.gov.in');
      const [en] = await warningsOf(english);
      expect(en?.body).toMatch(/Do not pay/);
      // Screened again: no second warning.
      await edit('Answer customer calls. Selected candidates deposit ₹2,500 for the laptop kit.');
      expect(await warningsOf(hindi)).toHaveLength(1);
    });

    it('are warned in Marathi when a moderator rejects the job, and seekers who never applied are not', async () => {
      const employer = await employerWithCompany(app, { name: 'Sahyadri Tele Services' });
      const job = await postJob(app, employer);
      const marathi = await seekerIn('mr');
      const bystander = await seekerIn('mr');
      await apply(marathi, job.id);
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/admin/moderation/jobs/${job.id}/reject`,
        headers: admin.auth,
        payload: { code: 'charges-seekers', reason: 'Asked seekers for money over the phone' },
      });
      expect(res.statusCode).toBe(200);
      const [mr] = await warningsOf(marathi);
      expect(mr?.subject).toMatch(/फसवणूक/);
      expect(mr?.body).toContain('1930');
      expect(await warningsOf(bystander)).toHaveLength(0);
    });
  });

  describe('seekers whose documents reached the company', () => {
    it('are warned in Hindi when the company that opened their contact has a job held, without being told they applied', async () => {
      const employer = await employerWithCompany(app, { name: 'Kopri Data Services' });
      const job = await postJob(app, employer);
      const shared = await seekerWithProfile(app, {
        roles: ['data-entry-operator'],
        searchable: true,
        contact_consent: true,
      });
      await app.inject({ method: 'PATCH', url: '/api/v1/me', headers: shared.auth, payload: { lang: 'hi' } });
      const untouched = await seekerWithProfile(app, { roles: ['data-entry-operator'], searchable: true });
      const reveal = await app.inject({
        method: 'POST',
        url: `/api/v1/candidates/${shared.id}/contact`,
        headers: employer.auth,
      });
      expect(reveal.statusCode).toBe(200);
      const held = await app.inject({
        method: 'PATCH',
        url: `/api/v1/jobs/${job.id}`,
        headers: employer.auth,
        payload: {
          description: 'Data entry from home. Pay a refundable ₹1,500 for the login before joining.',
        },
      });
      expect(held.json<{ status: string }>().status).toBe('held');
      const warnings = await warningsOf(shared);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]?.subject).toMatch(/स्कैम/);
      expect(warnings[0]?.body).toContain('Kopri Data Services');
      expect(warnings[0]?.body).toContain('1930');
      expect(warnings[0]?.body).not.toContain('आवेदन किया');
      expect(await warningsOf(untouched)).toHaveLength(0);
    });
  });

  describe('the account behind a posting', () => {
    it('flags a posting whose phone is also used by two other unrelated companies', async () => {
      const text = (n: number) =>
        `Inbound support for broadband customers, batch ${n}. Call HR on 98201 77441 for the walk-in.`;
      for (const name of ['Kalyan Voice Hub', 'Dombivli Care Point']) {
        const other = await employerWithCompany(app, { name });
        await postJob(app, other, { description: text(name.length) });
      }
      const third = await employerWithCompany(app, { name: 'Ulhas Support Desk' });
      const job = await postJob(app, third, { description: text(99) });
      const moderation = job.moderation as { state: string; codes: string[] };
      expect(moderation.codes).toContain('shared-contact');
      expect(moderation.state).not.toBe('clear');
    });

    it('flags the twelfth job a new account posts within a day, and names the burst', async () => {
      const employer = await employerWithCompany(app, { name: 'Bhayandar Staffing Desk' });
      let last: Awaited<ReturnType<typeof postJob>> | undefined;
      for (let n = 1; n <= 12; n++)
        last = await postJob(app, employer, {
          title: `Customer support executive, batch ${n}`,
          description: `Inbound voice support for a broadband client, batch ${n}. Day shift, walk-in interview.`,
        });
      const moderation = last!.moderation as { state: string; codes: string[]; reasons: string[] };
      expect(moderation.codes).toContain('burst-new-account');
      expect(moderation.reasons.join(' ')).toContain('12 jobs in 24 hours');
      expect(moderation.state).not.toBe('clear');
    });

    it('keeps an edited job flagged when it was held before, even if the new words are clean', async () => {
      const employer = await employerWithCompany(app, { name: 'Thane Office Assist' });
      const job = await postJob(app, employer, {
        description: 'Back office work. Pay ₹1,500 registration before joining.',
      });
      expect(job.status).toBe('held');
      const res = await app.inject({
        method: 'PATCH',
        url: `/api/v1/jobs/${job.id}`,
        headers: employer.auth,
        payload: { description: 'Back office work: update customer records in our CRM.' },
      });
      const moderation = res.json<{ moderation: { state: string; codes: string[] } }>().moderation;
      expect(moderation.codes).toContain('account-history');
      expect(moderation.state).not.toBe('clear');
    });
  });
});
