// `npm run test:load`: two app instances (child processes of src/server.ts) on one fresh PostgreSQL
// database; seekers search and apply, employers post jobs, pause/publish/close them and move their
// applicants' stages; one instance is SIGKILLed midway and restarted. A request that fails on the
// network is retried on the other instance with the same Idempotency-Key. Then every 2xx write
// (retried or not) must be in the database exactly once, and every 2xx move kept. Prints requests
// served, errors by status, retries, latency percentiles and server time by route. Exit 1 on loss.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openPostgres } from '../../src/shared/db/db.ts';
import { migrate } from '../../src/shared/db/migrate.ts';

const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PORTS = [Number(process.env.LOAD_PORT_A ?? 3601), Number(process.env.LOAD_PORT_B ?? 3602)];
const SECONDS = Number(process.env.LOAD_SECONDS ?? 30);
const SEEKERS = Number(process.env.LOAD_SEEKERS ?? 200);
const EMPLOYERS = Number(process.env.LOAD_EMPLOYERS ?? 20);
const dbName = `deskhire_load_${process.pid}`;
const dbUrl = Object.assign(new URL(ADMIN_URL), { pathname: `/${dbName}` }).toString();

function startInstance(port: number): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: dbUrl,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_SCALE: '100000',
    },
    // LOAD_LOG=1 shows the instances' warnings and errors (pino JSON on stdout).
    stdio: ['ignore', process.env.LOAD_LOG ? 'inherit' : 'ignore', 'inherit'],
  });
  return child;
}

async function waitReady(port: number): Promise<void> {
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`instance on ${port} never became ready`);
}

const latencies: number[] = [];
const byStatus: Record<string, number> = {};
const retry = { attempts: 0, recovered: 0, gaveUp: 0 };
let turn = 0;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One logical request. A network failure (the killed instance resets or refuses the connection)
 * is retried on the other instance, as a load balancer would, with the SAME Idempotency-Key, so a
 * write whose response was lost is not written twice. Latency is the user's: first try to answer.
 */
async function call(
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  key?: string,
): Promise<{ status: number; json: Record<string, unknown>; retried: boolean }> {
  let at = turn++ % PORTS.length;
  const started = performance.now();
  for (let attempt = 0; attempt < 4; attempt++) {
    try {
      const res = await fetch(`http://127.0.0.1:${PORTS[at]}${path}`, {
        method,
        headers: {
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...(body ? { 'content-type': 'application/json' } : {}),
          ...(key ? { 'idempotency-key': key } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
        signal: AbortSignal.timeout(10_000),
      });
      const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
      latencies.push(performance.now() - started);
      byStatus[res.status] = (byStatus[res.status] ?? 0) + 1;
      if (attempt > 0) retry.recovered += 1;
      return { status: res.status, json, retried: attempt > 0 };
    } catch (err) {
      // A timeout is not retried: the instance is alive and may still do the work, and a retry
      // would only add load. A refused or reset connection (the killed instance) is.
      if ((err as Error).name === 'TimeoutError') {
        byStatus.timeout = (byStatus.timeout ?? 0) + 1;
        return { status: 0, json: {}, retried: attempt > 0 };
      }
      byStatus.network = (byStatus.network ?? 0) + 1;
      retry.attempts += 1;
      at = (at + 1) % PORTS.length;
      await sleep(50 * (attempt + 1));
    }
  }
  retry.gaveUp += 1;
  return { status: 0, json: {}, retried: true };
}

let phone = 0;
async function account(role: 'seeker' | 'employer'): Promise<{ token: string; id: string }> {
  for (;;) {
    phone += 1;
    const res = await call('POST', '/api/v1/auth/register', undefined, {
      role,
      name: `Load ${role}`,
      phone: `+9198${String(process.pid % 1000).padStart(3, '0')}${String(phone).padStart(5, '0')}`,
      password: 'correct horse battery',
    });
    if (res.status === 201)
      return { token: res.json.token as string, id: (res.json.user as { id: string }).id };
  }
}

const job = (marker: string) => ({
  title: `Customer Support Executive ${marker}`,
  description: `Inbound voice process for a retail bank, ref ${marker}. Training and PF provided.`,
  category: 'customer_service',
  role: 'customer-service-representative',
  industry: 'e-commerce',
  city: 'mumbai',
  locality: 'powai',
  work_mode: 'onsite',
  shift: 'day',
  salary_min: 15000,
  salary_max: 22000,
  education_min: '12th',
  openings: 2,
  status: 'published',
});

async function main(): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const db = await openPostgres(dbUrl);
  await migrate(db);
  // Started one after the other only to keep the start-up log readable; together is safe too.
  const instances: (ChildProcess | undefined)[] = [startInstance(PORTS[0]!)];
  try {
    await waitReady(PORTS[0]!);
    await new Promise((r) => setTimeout(r, 3000));
    instances.push(startInstance(PORTS[1]!));
    await waitReady(PORTS[1]!);
    const doc = (await (await fetch(`http://127.0.0.1:${PORTS[0]}/api/openapi.json`)).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const canApply = Boolean(doc.paths['/api/v1/jobs/{id}/applications']?.post);
    const employers = await Promise.all(
      Array.from({ length: EMPLOYERS }, async (_, i) => {
        const { token } = await account('employer');
        await call('POST', '/api/v1/companies', token, {
          name: `Load Centre ${i}`,
          industry: 'bpo-kpo',
          city: 'mumbai',
        });
        return token;
      }),
    );
    const seekers: { token: string; id: string }[] = [];
    for (let i = 0; i < SEEKERS; i += 20)
      seekers.push(
        ...(await Promise.all(Array.from({ length: Math.min(20, SEEKERS - i) }, () => account('seeker')))),
      );
    for (const k of Object.keys(byStatus)) delete byStatus[k];
    latencies.length = 0;
    Object.assign(retry, { attempts: 0, recovered: 0, gaveUp: 0 });

    const posted = new Map<string, number | null>(); // marker -> id (2xx) or null (no 2xx)
    const moved = new Map<number, string>(); // job id -> status after its last 2xx move
    const applied = new Map<string, { seekerId: string; jobId: number }>(); // 2xx applications
    // application id -> stage after the last 2xx move, and how many 2xx moves changed the stage
    const staged = new Map<number, { stage: string; changes: number }>();
    let resolvedByLostAttempt = 0;
    const liveIds: number[] = [];
    const deadline = Date.now() + SECONDS * 1000;
    let killed = false;
    const chaos = (async () => {
      await sleep((SECONDS * 1000) / 2);
      instances[1]?.kill('SIGKILL');
      killed = true;
      await sleep(1000);
      instances[1] = startInstance(PORTS[1]!);
      await waitReady(PORTS[1]!);
    })();
    const seekerLoop = async (seeker: { token: string; id: string }, n: number) => {
      const queries = [
        'customer support',
        'data entry thane',
        'night shift',
        'back office pune',
        'voice process',
      ];
      let i = n;
      while (Date.now() < deadline) {
        i += 1;
        await call(
          'GET',
          `/api/v1/jobs?q=${encodeURIComponent(queries[i % queries.length]!)}&limit=20`,
          seeker.token,
        );
        const id = liveIds[(n * 7 + i) % Math.max(1, liveIds.length)];
        if (canApply && id) {
          const res = await call('POST', `/api/v1/jobs/${id}/applications`, seeker.token, {}, randomUUID());
          if (res.status === 200 || res.status === 201)
            applied.set(`${seeker.id}:${id}`, { seekerId: seeker.id, jobId: id });
        }
      }
    };
    // A job move whose first attempt was lost may have been applied: the retry then gets 409.
    const jobMove = async (token: string, id: number, action: string, target: string) => {
      const move = await call('POST', `/api/v1/jobs/${id}/${action}`, token);
      if (move.status === 200) moved.set(id, move.json.status as string);
      else if (move.status === 409 && move.retried) {
        const now = await call('GET', `/api/v1/jobs/${id}`, token);
        if (now.json.status === target) {
          moved.set(id, target);
          resolvedByLostAttempt += 1;
        }
      }
    };
    const STAGES = ['shortlisted', 'interview', 'rejected', 'shortlisted'];
    const employerLoop = async (token: string) => {
      const mine: number[] = [];
      let round = 0;
      while (Date.now() < deadline) {
        round += 1;
        const marker = randomUUID();
        const res = await call('POST', '/api/v1/jobs', token, job(marker), marker);
        const id = res.status === 201 || res.status === 200 ? (res.json.id as number) : null;
        posted.set(marker, id);
        if (!id) continue;
        await jobMove(token, id, 'pause', 'paused');
        await jobMove(token, id, 'publish', 'published');
        liveIds.push(id);
        mine.push(id);
        // Keep three live jobs; close the oldest.
        if (mine.length > 3) await jobMove(token, mine.shift()!, 'close', 'closed');
        // Move the stage of each active applicant of one live job.
        const target = mine[round % mine.length]!;
        const list = await call('GET', `/api/v1/jobs/${target}/applications`, token);
        const items = (list.json.items ?? []) as { id: number; stage: string; seeker: unknown }[];
        for (const a of items.slice(0, 5)) {
          if (a.stage === 'withdrawn' || !a.seeker) continue;
          const known = staged.get(a.id) ?? { stage: a.stage, changes: 0 };
          const stage = STAGES[(round + a.id) % STAGES.length]!;
          const res = await call('PATCH', `/api/v1/applications/${a.id}`, token, { stage });
          if (res.status === 200)
            staged.set(a.id, { stage, changes: known.changes + (known.stage !== stage ? 1 : 0) });
        }
      }
    };
    const started = Date.now();
    await Promise.all([...seekers.map(seekerLoop), ...employers.map(employerLoop), chaos]);
    const elapsed = (Date.now() - started) / 1000;

    // Every 2xx write exactly once; nothing duplicated; every 2xx move's status kept.
    const { rows } = await db.query<{ marker: string; n: number; ids: number[]; status: string }>(
      `SELECT substring(title from '[0-9a-f-]{36}$') AS marker, count(*)::int AS n, array_agg(id) AS ids, max(status) AS status
         FROM jobs WHERE title LIKE 'Customer Support Executive %' GROUP BY 1`,
    );
    const inDb = new Map(rows.map((r) => [r.marker, r]));
    let lost = 0;
    let duplicated = rows.filter((r) => r.n > 1).length;
    for (const [marker, id] of posted) if (id !== null && inDb.get(marker)?.n !== 1) lost += 1;
    const statuses = await db.query<{ id: number; status: string }>(
      'SELECT id, status FROM jobs WHERE id = ANY($1)',
      [[...moved.keys()]],
    );
    const now = new Map(statuses.rows.map((r) => [r.id, r.status]));
    let lostMoves = 0;
    for (const [id, status] of moved) if (now.get(id) !== status) lostMoves += 1;
    let lostStages = 0;
    let extraEvents = 0;
    if (canApply) {
      const dup = await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM (SELECT 1 FROM applications GROUP BY job_id, seeker_id HAVING count(*) > 1) d',
      );
      duplicated += dup.rows[0]?.n ?? 0;
      const apps = await db.query<{ seeker_id: string; job_id: number; n: number }>(
        'SELECT seeker_id, job_id, count(*)::int AS n FROM applications GROUP BY 1, 2',
      );
      const appCount = new Map(apps.rows.map((r) => [`${r.seeker_id}:${r.job_id}`, r.n]));
      for (const k of applied.keys()) if (appCount.get(k) !== 1) lost += 1;
      const stages = await db.query<{ id: number; stage: string; events: number }>(
        `SELECT a.id, a.stage, count(e.*) FILTER (WHERE e.actor_role = 'employer')::int AS events
           FROM applications a LEFT JOIN application_events e ON e.application_id = a.id
          WHERE a.id = ANY($1) GROUP BY a.id, a.stage`,
        [[...staged.keys()]],
      );
      const inDbStage = new Map(stages.rows.map((r) => [r.id, r]));
      for (const [id, want] of staged) {
        const got = inDbStage.get(id);
        if (got?.stage !== want.stage) lostStages += 1;
        // Each 2xx move that changed the stage is one event: fewer is a lost move, more a duplicate.
        if ((got?.events ?? 0) > want.changes) extraEvents += 1;
        if ((got?.events ?? 0) < want.changes) lostStages += 1;
      }
      duplicated += extraEvents;
    }
    // Where the time went: server-side time by route on instance A (the one never killed).
    const metrics = await fetch(`http://127.0.0.1:${PORTS[0]}/metrics`).then((r) => r.text());
    const byRoute = new Map<string, { sum: number; count: number }>();
    for (const m of metrics.matchAll(
      /^deskhire_http_request_duration_seconds_(sum|count)\{method="(\w+)",route="([^"]*)"[^}]*\} ([\d.e+-]+)$/gm,
    )) {
      const k = `${m[2]} ${m[3]}`;
      const e = byRoute.get(k) ?? { sum: 0, count: 0 };
      e[m[1] as 'sum' | 'count'] += Number(m[4]);
      byRoute.set(k, e);
    }
    latencies.sort((a, b) => a - b);
    const pct = (p: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0;
    const served = latencies.length;
    console.log(
      `load: ${SEEKERS} seekers, ${EMPLOYERS} employers, ${elapsed.toFixed(1)} s, instance B SIGKILLed midway: ${killed}`,
    );
    console.log(
      `requests served: ${served} (${(served / elapsed).toFixed(0)}/s), latency p50 ${pct(0.5).toFixed(0)} ms, p95 ${pct(0.95).toFixed(0)} ms, p99 ${pct(0.99).toFixed(0)} ms`,
    );
    console.log(
      `by status: ${JSON.stringify(byStatus)} (network = attempts refused or reset, i.e. sent to the killed instance; timeout = no answer in 10 s)`,
    );
    console.log(
      `retries: ${retry.attempts} retried attempts, ${retry.recovered} requests answered on retry, ${retry.gaveUp} gave up; ${resolvedByLostAttempt} job moves found already applied by the lost attempt`,
    );
    console.log(
      `jobs posted (2xx): ${[...posted.values()].filter((v) => v !== null).length}, job moves (2xx): ${moved.size}, applications (2xx): ${applied.size}${canApply ? '' : ' (route not present)'}, applicants moved (2xx): ${staged.size}`,
    );
    console.log(
      `server time by route (instance A): ${[...byRoute]
        .sort((a, b) => b[1].sum - a[1].sum)
        .slice(0, 6)
        .map(([k, v]) => `${k} ${v.count} x ${((v.sum / v.count) * 1000).toFixed(0)} ms`)
        .join('; ')}`,
    );
    console.log(
      `lost writes: ${lost}, lost job moves: ${lostMoves}, lost stage moves: ${lostStages}, duplicated: ${duplicated}`,
    );
    process.exitCode = lost || lostMoves || lostStages || duplicated ? 1 : 0;
  } finally {
    for (const child of instances) child?.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1500));
    await db.close();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((err: unknown) => {
  console.error('load test failed:', err);
  process.exit(1);
});
