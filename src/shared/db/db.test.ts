import { expect, it } from 'vitest';
import { CAPPED_STATEMENT_MS } from './db.ts';
import { forEachEngine } from './testing.ts';

forEachEngine('db', ({ db, engine }) => {
  it('a capped read runs its statements on one connection and returns their result', async () => {
    const out = await db().capped(async (q) => {
      await q.query(`CREATE TEMP TABLE IF NOT EXISTS capped_probe (n int)`);
      await q.query(`INSERT INTO capped_probe VALUES (7)`);
      return (await q.query<{ n: number }>(`SELECT n FROM capped_probe`)).rows;
    });
    expect(out).toEqual([{ n: 7 }]);
  });

  it.runIf(engine === 'postgres')(
    'a capped statement that runs too long is cut off with SQLSTATE 57014; uncapped ones are not',
    async () => {
      const started = Date.now();
      const err = await db()
        .capped((q) => q.query(`SELECT pg_sleep(${(CAPPED_STATEMENT_MS / 1000) * 3})`))
        .catch((e: unknown) => e);
      expect((err as { code?: string }).code).toBe('57014');
      expect(Date.now() - started).toBeLessThan(CAPPED_STATEMENT_MS * 2.5);
      const { rows } = await db().query<{ t: string }>(`SELECT current_setting('statement_timeout') AS t`);
      expect(rows[0]!.t).toBe('0');
    },
    15_000,
  );

  it.runIf(engine === 'postgres')(
    'a capped read runs without JIT compilation or parallel workers; the pool outside it keeps the server defaults',
    async () => {
      const inside = await db().capped(
        async (q) =>
          (
            await q.query<{ jit: string; workers: string }>(
              `SELECT current_setting('jit') AS jit, current_setting('max_parallel_workers_per_gather') AS workers`,
            )
          ).rows[0]!,
      );
      expect(inside).toEqual({ jit: 'off', workers: '0' });
      const { rows } = await db().query<{ workers: string }>(
        `SELECT current_setting('max_parallel_workers_per_gather') AS workers`,
      );
      expect(rows[0]!.workers).not.toBe('0');
    },
  );

  it.runIf(engine === 'postgres')(
    'a second start waits for the start-up lock, says who holds it, and gets it once the first is done',
    async () => {
      const waits: { waitedMs: number; holder: string | undefined }[] = [];
      let release!: () => void;
      const first = db().withLock(727_999, () => new Promise<void>((r) => (release = r)));
      await new Promise((r) => setTimeout(r, 200));
      const second = db().withLock(727_999, async () => 'second ran', {
        onWait: (info) => waits.push(info),
      });
      await new Promise((r) => setTimeout(r, 5600));
      expect(waits.length).toBeGreaterThan(0);
      expect(waits[0]!.holder).toMatch(/^pid \d+/);
      release();
      await first;
      expect(await second).toBe('second ran');
      // Nothing is left behind on the pooled connections: the lock is free for anyone.
      const { rows } = await db().query<{ ok: boolean }>('SELECT pg_try_advisory_lock(727999) AS ok');
      expect(rows[0]!.ok).toBe(true);
      await db().query('SELECT pg_advisory_unlock_all()');
    },
    20_000,
  );
});
