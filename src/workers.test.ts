import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTestApp, register } from '../test/support/app.ts';
import { startQueue } from './modules/queue/index.ts';
import { openPglite } from './shared/db/db.ts';
import { forEachEngine } from './shared/db/testing.ts';
import { startWorkers } from './workers.ts';

/** Polls until `check` holds (the queue works in the background), failing after `ms`. */
async function eventually(check: () => Promise<boolean> | boolean, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting for the queue');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const failOnError = (err: Error) => {
  throw err;
};

forEachEngine('job queue (pg-boss)', ({ db }) => {
  it('a job queued before a restart is worked after it', async () => {
    const name = 'test-restart';
    const before = await startQueue(db(), [{ name, handler: async () => {} }], {
      onError: failOnError,
      work: false,
    });
    await before.send(name, { greeting: 'namaste' });
    await before.stop();

    const seen: unknown[] = [];
    const after = await startQueue(
      db(),
      [{ name, handler: async (data) => void seen.push(data), pollingIntervalSeconds: 0.5 }],
      { onError: failOnError },
    );
    await eventually(() => seen.length === 1);
    await after.stop();
    expect(seen).toEqual([{ greeting: 'namaste' }]);
  });

  it('stopping waits for the running job to finish', async () => {
    const name = 'test-graceful';
    let started = false;
    let finished = false;
    const queue = await startQueue(
      db(),
      [
        {
          name,
          pollingIntervalSeconds: 0.5,
          handler: async () => {
            started = true;
            await new Promise((r) => setTimeout(r, 700));
            finished = true;
          },
        },
      ],
      { onError: failOnError },
    );
    await queue.send(name, {});
    await eventually(() => started);
    await queue.stop();
    expect(finished).toBe(true);
  });

  it('a notification is worked by the queue and, with no provider configured, shows as not sent in the outbox', async () => {
    const app = await buildTestApp(db());
    const workers = await startWorkers(db(), app.services, failOnError);
    try {
      const seeker = await register(app, 'seeker', 'Meera');
      const id = await app.services.notifications.notify(seeker.id, 'test', { name: 'Meera' });
      await eventually(async () => (await app.services.notifications.get(id)).status === 'not_sent');
      const kept = await app.services.notifications.get(id);
      expect(kept.subject).toBe('Test message from Deskhire');
      expect(kept).toMatchObject({ provider: 'dev-email', last_error: 'no email provider is configured' });
    } finally {
      await workers.stop();
      await app.close();
    }
  });
});

describe('job queue on an embedded database folder', () => {
  it('keeps queued jobs across closing and reopening PGlite', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'deskhire-queue-'));
    try {
      const first = await openPglite(dir);
      const q1 = await startQueue(first, [{ name: 'test-disk', handler: async () => {} }], {
        onError: failOnError,
        work: false,
      });
      await q1.send('test-disk', { n: 7 });
      await q1.stop();
      await first.close();

      const second = await openPglite(dir);
      const seen: unknown[] = [];
      const q2 = await startQueue(
        second,
        [{ name: 'test-disk', handler: async (data) => void seen.push(data), pollingIntervalSeconds: 0.5 }],
        { onError: failOnError },
      );
      await eventually(() => seen.length === 1);
      await q2.stop();
      await second.close();
      expect(seen).toEqual([{ n: 7 }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
