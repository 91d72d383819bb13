// A seeker who called an employer about a job (through the masked number) and never applied is warned
// when that job is held as a likely scam, in their language, told that they called, with what to do.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { employerWithCompany, postJob } from '../../../test/support/app.ts';
import { FakeExotel } from '../../../test/support/fakes/fake-exotel.ts';
import { buildProvidersApp } from '../../../test/support/providers-app.ts';
import { seekerWithProfile } from '../../../test/support/seekers.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

forEachEngine('scam warnings for seekers who called', ({ db }) => {
  let app: FastifyInstance;
  const exotel = new FakeExotel();
  beforeAll(async () => {
    await exotel.start();
    app = await buildProvidersApp(
      db(),
      { exotel },
      { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'deskhire-test-')) },
    );
  });
  afterAll(async () => {
    await app.close();
    await exotel.stop();
  });

  const warningsOf = async (seekerId: string) =>
    (
      await db().query<{ template: string; subject: string; body: string }>(
        `SELECT template, subject, body FROM notifications WHERE user_id = $1 AND template LIKE 'scamWarning%'`,
        [seekerId],
      )
    ).rows;

  it('warns a caller in Marathi once the job is held, and not a seeker who never called', async () => {
    const employer = await employerWithCompany(app, { name: 'Wagle Voice Desk' });
    const job = await postJob(app, employer);
    const caller = await seekerWithProfile(app);
    await app.inject({ method: 'PATCH', url: '/api/v1/me', headers: caller.auth, payload: { lang: 'mr' } });
    const bystander = await seekerWithProfile(app);
    const call = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${job.id}/calls`,
      headers: caller.auth,
    });
    expect(call.statusCode).toBe(201);
    expect(call.json()).toMatchObject({ direction: 'seeker_to_employer', status: 'placed' });
    const held = await app.inject({
      method: 'PATCH',
      url: `/api/v1/jobs/${job.id}`,
      headers: employer.auth,
      payload: {
        description: 'Telecaller from home. Deposit ₹2,500 refundable for the headset kit before joining.',
      },
    });
    expect(held.json<{ status: string }>().status).toBe('held');
    const warnings = await warningsOf(caller.id);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.template).toBe('scamWarningCalled');
    expect(warnings[0]?.subject).toMatch(/फसवणूक/);
    expect(warnings[0]?.body).toContain('कॉल केला');
    expect(warnings[0]?.body).toContain('1930');
    expect(warnings[0]?.body).toContain('cybercrime.gov.in');
    expect(await warningsOf(bystander.id)).toHaveLength(0);
  });
});
