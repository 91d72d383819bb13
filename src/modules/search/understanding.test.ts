// Issue #15, relevance: search reads what a job says (not only the role ticked), keeps no word lost,
// reads pay as a floor on the posted minimum. Examples are our own, not the issue's.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, employerWithCompany, jobPayload, postJob } from '../../../test/support/app.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

interface Result {
  items: { id: number; title: string; locality: string }[];
  total: number;
  notice_codes?: { code: string; params: Record<string, unknown> }[];
  understood_codes?: { code: string; params: Record<string, unknown> }[];
}

forEachEngine('search reads the job, not only its role', ({ db }) => {
  let app: FastifyInstance;
  const ids: Record<string, number> = {};
  const search = async (query: string): Promise<Result> =>
    (await app.inject({ method: 'GET', url: `/api/v1/jobs?${query}` })).json<Result>();
  const q = (words: string) => search(`q=${encodeURIComponent(words)}`);

  beforeAll(async () => {
    app = await buildTestApp(db());
    const employer = await employerWithCompany(app);
    const post = async (key: string, overrides: Record<string, unknown>) => {
      ids[key] = (await postJob(app, employer, overrides)).id;
    };
    // Filed under a generic role, titled as what it is.
    await post('chatUnderBackOffice', {
      title: 'Chat Process Associate (Non-Voice)',
      category: 'back_office',
      role: 'back-office-executive',
      city: 'pune',
      locality: 'kharadi',
    });
    // Filed as chat support, titled vaguely: found by its role, ranked below the titled one.
    await post('chatVague', {
      title: 'Associate - Process Excellence',
      role: 'chat-support-executive',
      city: 'pune',
      locality: 'kharadi',
    });
    await post('recovery', {
      title: 'Credit Card Recovery Associate',
      role: 'telecaller',
      city: 'navi-mumbai',
      locality: 'vashi',
    });
    await post('supervisor', {
      title: 'Floor Supervisor',
      role: 'team-lead',
      city: 'thane',
      locality: 'wagle-estate',
      salary_min: 30000,
      salary_max: 38000,
    });
    await post('agentThane', {
      title: 'Inbound Voice Agent',
      role: 'call-centre-agent',
      city: 'thane',
      locality: 'wagle-estate',
    });
    await post('paysWell', {
      title: 'Loan Telecaller',
      role: 'telecaller',
      city: 'mumbai',
      locality: 'ghatkopar',
      salary_min: 21000,
      salary_max: 24000,
    });
    await post('paysBand', {
      title: 'Telecaller - Insurance',
      role: 'telecaller',
      city: 'mumbai',
      locality: 'ghatkopar',
      salary_min: 14000,
      salary_max: 26000,
    });
    await post('paysHidden', {
      title: 'Telecaller - Broadband',
      role: 'telecaller',
      city: 'mumbai',
      locality: 'ghatkopar',
      salary_min: null,
      salary_max: null,
    });
  }, 60_000);
  afterAll(() => app.close());

  it('a concept finds a job whose title says it though its employer ticked another role, title first', async () => {
    const body = await q('chat process pune');
    const found = body.items.map((i) => i.id);
    expect(found).toContain(ids.chatUnderBackOffice);
    expect(found).toContain(ids.chatVague);
    expect(found.indexOf(ids.chatUnderBackOffice!)).toBeLessThan(found.indexOf(ids.chatVague!));
    expect(body.total).toBe(found.length);
  });

  it('collections and recovery are the same work ("vasooli" too)', async () => {
    for (const words of ['collections', 'vasooli navi mumbai', 'recovery']) {
      expect(
        (await q(words)).items.map((i) => i.id),
        words,
      ).toContain(ids.recovery);
    }
  });

  it('a role named with a workplace is that role there, not an empty intersection', async () => {
    const body = await q('supervisor call centre thane');
    expect(body.items.map((i) => i.id)).toEqual([ids.supervisor]);
    expect(body.notice_codes?.map((n) => n.code) ?? []).not.toContain('any_word');
    expect(body.understood_codes?.map((u) => u.code)).toContain('in_context');
  });

  it('a number in q is a pay floor on the posted minimum; undisclosed pay drops out and the answer says so', async () => {
    for (const words of [
      'telecaller ghatkopar 20000',
      'telecaller ghatkopar 20k',
      'telecaller ghatkopar 2.4 lpa',
    ]) {
      const body = await q(words);
      expect(
        body.items.map((i) => i.id),
        words,
      ).toEqual([ids.paysWell]);
      expect(
        body.notice_codes?.map((n) => n.code),
        words,
      ).toContain('pay_floor');
    }
    const explicit = await search('role=telecaller&locality=ghatkopar&salary_min=20000');
    expect(explicit.items.map((i) => i.id)).toEqual([ids.paysWell]);
    expect(explicit.notice_codes).toContainEqual({ code: 'pay_floor', params: { amount: 20000 } });
    const none = await search('role=telecaller&locality=ghatkopar');
    expect(none.items).toHaveLength(3);
    expect(none.notice_codes?.map((n) => n.code) ?? []).not.toContain('pay_floor');
  });

  it('a word the vocabulary does not know ranks beside a known concept instead of emptying the page', async () => {
    const body = await q('telecaller broadband ghatkopar');
    const found = body.items.map((i) => i.id);
    expect(found[0]).toBe(ids.paysHidden);
    expect(found).toEqual(expect.arrayContaining([ids.paysWell, ids.paysBand]));
    expect(body.notice_codes?.map((n) => n.code) ?? []).not.toContain('any_word');
  });

  it('place words and language cues are read, not required: "near ... station", "east", "bolne wali"', async () => {
    // The three Ghatkopar telecallers first; so few near the place, the circle widens after them.
    const ghatkopar = (r: Result) => r.items.slice(0, 3).map((i) => i.locality);
    const near = await q('telecaller near ghatkopar station');
    expect(ghatkopar(near)).toEqual(['ghatkopar', 'ghatkopar', 'ghatkopar']);
    expect(near.items.slice(3).map((i) => i.locality)).not.toContain('ghatkopar');
    expect(near.understood_codes?.map((u) => u.code)).toContain('locality');
    const cue = await q('hindi bolne wali telecaller ghatkopar west');
    expect(ghatkopar(cue)).toEqual(['ghatkopar', 'ghatkopar', 'ghatkopar']);
    expect(cue.notice_codes?.map((n) => n.code) ?? []).not.toContain('any_word');
  });

  it('a job whose stored concepts are stale or missing is re-derived in batches and found again', async () => {
    await db().query(
      `UPDATE jobs SET title_concepts = '{}', skill_concepts = '{}', concepts_version = NULL WHERE id = $1`,
      [ids.chatUnderBackOffice],
    );
    expect((await q('chat process pune')).items.map((i) => i.id)).not.toContain(ids.chatUnderBackOffice);
    const run = await app.services.jobs.refreshConcepts({ batch: 3 });
    expect(run.done).toBe(true);
    expect(run.updated).toBe(1);
    expect(run.scanned).toBeGreaterThan(3);
    expect((await q('chat process pune')).items.map((i) => i.id)).toContain(ids.chatUnderBackOffice);
  });

  it("the posting's owner is told when the title reads as another role than the one picked", async () => {
    const employer = await employerWithCompany(app);
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/jobs',
      headers: employer.auth,
      payload: jobPayload({ title: 'Quality Auditor - Voice Process', role: 'call-centre-agent' }),
    });
    const job = res.json<{ id: number; hints?: { code: string; params: Record<string, string> }[] }>();
    expect(job.hints).toEqual([
      expect.objectContaining({
        code: 'title_reads_as',
        params: expect.objectContaining({ read_as: 'quality-analyst', picked: 'call-centre-agent' }),
      }),
    ]);
    const anonymous = (await app.inject({ method: 'GET', url: `/api/v1/jobs/${job.id}` })).json();
    expect(anonymous.hints).toBeUndefined();
    const agreeing = await postJob(app, employer, { title: 'Quality Analyst', role: 'quality-analyst' });
    expect(agreeing.hints).toEqual([]);
  });
});
