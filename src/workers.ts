// The app's background work on the queue: outbox delivery (retried with backoff), the sweeper for
// lost deliveries, the alert digests (instant every minute, daily at 8:00 Asia/Kolkata) and the
// daily re-confirm sweep of idle jobs (9:30 Asia/Kolkata), the minute sweep of expired jobs out of
// the search document, and the daily retention run (3:15 Asia/Kolkata).
// Handlers only call services, so tests run the same code without a queue. Lives beside the
// composition root (services.ts): it wires every module's background work to one queue.

import { DELIVER_QUEUE, MAX_ATTEMPTS } from './modules/notifications/index.ts';
import { type JobQueue, type QueueDefinition, startQueue } from './modules/queue/index.ts';
import type { Services } from './services.ts';
import type { Db } from './shared/db/db.ts';

export const QUEUES = {
  deliver: DELIVER_QUEUE,
  sweep: 'notification-sweep',
  alertsInstant: 'alerts-instant',
  alertsDaily: 'alerts-daily',
  jobsReconfirm: 'jobs-reconfirm',
  searchExpire: 'search-expire',
  retention: 'data-retention',
  jobsConcepts: 'jobs-concepts',
} as const;

/** The daily retention run: what each module keeps past its period goes (periods in docs/data.md). */
export async function runRetention(services: Services): Promise<{
  sessions: number;
  notifications: number;
  contactViews: number;
  signInThrottle: number;
  devices: number;
}> {
  const security = await services.security.purgeOld();
  return {
    sessions: await services.accounts.purgeExpiredSessions(),
    signInThrottle: security.throttle,
    devices: security.devices,
    notifications: await services.notifications.purgeOld(),
    contactViews: await services.privacy.purgeOld(),
  };
}

export function appQueues(services: Services): QueueDefinition[] {
  return [
    {
      name: QUEUES.deliver,
      handler: async (data) => {
        await services.notifications.deliver((data as { id: number }).id);
      },
      // Backoff doubles from 30 s: 30 s, 1 min, 2 min, 4 min, 8 min.
      retryLimit: MAX_ATTEMPTS - 1,
      retryDelaySeconds: 30,
      expireInSeconds: 120,
      pollingIntervalSeconds: 1,
    },
    {
      name: QUEUES.sweep,
      handler: () => services.notifications.sweep(),
      cron: '*/5 * * * *',
      policy: 'stately',
    },
    {
      name: QUEUES.alertsInstant,
      handler: () => services.alerts.runDigests('instant'),
      cron: '* * * * *',
      policy: 'stately',
    },
    {
      name: QUEUES.alertsDaily,
      handler: () => services.alerts.runDigests('daily'),
      cron: '0 8 * * *',
      policy: 'stately',
      expireInSeconds: 3600,
    },
    {
      // "Is this job still open?": ask about idle jobs, close the unanswered (hiring/reconfirm.service.ts).
      name: QUEUES.jobsReconfirm,
      handler: () => services.reconfirm.sweep(),
      cron: '30 9 * * *',
      policy: 'stately',
      expireInSeconds: 3600,
    },
    {
      // Jobs that expired leave the search document and its facet counts (search is exact meanwhile).
      name: QUEUES.searchExpire,
      handler: () => services.search.expire(),
      cron: '* * * * *',
      policy: 'stately',
    },
    {
      // Expired sessions, old messages and old contact-view records, at the night's quietest hour.
      name: QUEUES.retention,
      handler: async () => {
        await runRetention(services);
      },
      cron: '15 3 * * *',
      policy: 'stately',
      expireInSeconds: 3600,
    },
    {
      // A vocabulary change re-derives what each job's title and skills say (jobs/job-concepts.ts),
      // in batches by id, 40 s a minute at most, resuming where the last run stopped.
      name: QUEUES.jobsConcepts,
      handler: async () => {
        await services.jobs.resumeConcepts(Date.now() + 40_000);
      },
      cron: '* * * * *',
      policy: 'stately',
      expireInSeconds: 120,
    },
  ];
}

/** Starts the workers (server.ts, after listen) and routes new outbox messages to the queue. */
export async function startWorkers(
  db: Db,
  services: Services,
  onError: (err: Error) => void,
): Promise<JobQueue> {
  const queue = await startQueue(db, appQueues(services), { onError });
  services.queue.bind(queue);
  return {
    boss: queue.boss,
    send: queue.send,
    async stop(timeoutMs) {
      services.queue.bind(undefined);
      await queue.stop(timeoutMs);
    },
  };
}
