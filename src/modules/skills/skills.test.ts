// Skill checks through HTTP on both engines: a typing test done in one second or pasted is
// rejected, an honest one earns a verified badge that employers can filter by, and answers never
// reach the browser.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Actor, buildTestApp, register } from '../../../test/support/app.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

forEachEngine('skill checks', ({ db }) => {
  let app: FastifyInstance;
  let seeker: Actor;
  beforeAll(async () => {
    app = await buildTestApp(db());
    seeker = await register(app, 'seeker');
  });
  afterAll(() => app?.close());

  const start = async (kind: string, who: Actor = seeker) =>
    app.inject({ method: 'POST', url: '/api/v1/skills/tests', headers: who.auth, payload: { kind } });
  const submit = (id: string, payload: Record<string, unknown>, who: Actor = seeker) =>
    app.inject({ method: 'POST', url: `/api/v1/skills/tests/${id}/submit`, headers: who.auth, payload });
  /** Moves the recorded start back, as if the seeker had been typing for `seconds`. */
  const age = (id: string, seconds: number) =>
    db().query(`UPDATE skill_tests SET started_at = started_at - $2 * interval '1 second' WHERE id = $1`, [
      id,
      seconds,
    ]);

  it('a typing test answered in one second is rejected', async () => {
    const test = (await start('typing')).json();
    expect(test.passage.length).toBeGreaterThan(100);
    const res = await submit(test.id, { typed: test.passage });
    expect(res.json()).toMatchObject({ outcome: 'rejected', badge: null });
    expect(res.json().reason).toMatch(/faster than humanly possible/);
  });

  it('a pasted typing test is rejected, whether the browser says so or the keystrokes do', async () => {
    const a = (await start('typing')).json();
    await age(a.id, 60);
    expect((await submit(a.id, { typed: a.passage, pasted: true })).json()).toMatchObject({
      outcome: 'rejected',
      reason: 'pasted text is not allowed',
    });
    const b = (await start('typing')).json();
    await age(b.id, 60);
    expect((await submit(b.id, { typed: b.passage, keystrokes: 3 })).json().outcome).toBe('rejected');
  });

  it('typing at an impossible speed is rejected even with time on the clock', async () => {
    const t = (await start('typing')).json();
    await age(t.id, 11);
    // ~200 characters in 11 s is over 200 WPM.
    expect((await submit(t.id, { typed: t.passage })).json()).toMatchObject({ outcome: 'rejected' });
  });

  it('an honest typing test earns a verified badge that employers can filter by', async () => {
    const t = (await start('typing')).json();
    await age(t.id, 60);
    const typed = `${t.passage.slice(0, 150)}x`;
    const res = (await submit(t.id, { typed, keystrokes: typed.length + 4 })).json();
    expect(res.outcome).toBe('passed');
    expect(res.badge).toMatch(/^Typing \d+ WPM, \d+%$/);
    expect(res.detail.net_wpm).toBeGreaterThan(20);
    const badges = (await app.inject({ url: '/api/v1/me/badges', headers: seeker.auth })).json();
    expect(badges.items).toEqual([
      expect.objectContaining({ kind: 'typing', verified: true, label: res.badge }),
    ]);
    expect(await app.services.skills.seekersWithBadge({ kind: 'typing', minScore: 20 })).toContain(seeker.id);
    expect(await app.services.skills.seekersWithBadge({ kind: 'typing', minScore: 100 })).not.toContain(
      seeker.id,
    );
    // A submitted test cannot be submitted again.
    expect((await submit(t.id, { typed })).statusCode).toBe(409);
  });

  it('a test submitted after its time limit is rejected', async () => {
    const late = await register(app, 'seeker');
    const t = (await start('typing', late)).json();
    await age(t.id, 600);
    expect((await submit(t.id, { typed: t.passage }, late)).json()).toMatchObject({
      outcome: 'rejected',
      reason: 'time limit passed',
    });
  });

  it('a seeker cannot restart a check endlessly to fish for an easy passage', async () => {
    const res = await start('typing');
    expect(res.statusCode).toBe(429);
  });

  it('the data-entry test scores each copied field', async () => {
    const t = (await start('data_entry')).json();
    expect(t.records).toHaveLength(5);
    await age(t.id, 120);
    const records = t.records.map((r: Record<string, string>, i: number) =>
      i === 0 ? { ...r, phone: '0000' } : r,
    );
    const res = (await submit(t.id, { records })).json();
    expect(res).toMatchObject({ outcome: 'passed', score: 97, badge: 'Data entry 97% accurate' });
  });

  it('the English check draws ten questions without their answers and scores on the server', async () => {
    const t = (await start('english')).json();
    expect(t.questions).toHaveLength(10);
    expect(t.questions.every((q: object) => !('answer' in q))).toBe(true);
    await age(t.id, 200);
    const answers = Object.fromEntries(t.questions.map((q: { id: string }) => [q.id, 9]));
    expect((await submit(t.id, { answers })).json()).toMatchObject({
      outcome: 'failed',
      score: 0,
      badge: null,
    });
  });

  it('only the seeker who took a test can see or submit it, and employers cannot start one', async () => {
    const t = (await start('english')).json();
    const other = await register(app, 'seeker');
    expect((await app.inject({ url: `/api/v1/skills/tests/${t.id}`, headers: other.auth })).statusCode).toBe(
      404,
    );
    const employer = await register(app, 'employer');
    expect((await start('typing', employer)).statusCode).toBe(403);
  });
});
