// `npm run test:load`: two app instances (child processes of src/server.ts) on one fresh PostgreSQL
// database; seekers search (and apply, when the applications route exists), employers post jobs
// and move them; one instance is SIGKILLed midway and restarted. Then every 2xx write must be in the
// database exactly once. Prints requests served, errors by status and p95 latency. Exit 1 on loss.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openPostgres } from '../../src/db/db.ts';
import { migrate } from '../../src/db/migrate.ts';

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
    stdio: ['ignore', 'ignore', 'inherit'],
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
let turn = 0;
async function call(
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const port = PORTS[turn++ % PORTS.length];
  const started = performance.now();
  try {
    const res = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
      signal: AbortSignal.timeout(10_000),
    });
    const json = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    latencies.push(performance.now() - started);
    byStatus[res.status] = (byStatus[res.status] ?? 0) + 1;
    return { status: res.status, json };
  } catch {
    byStatus.network = (byStatus.network ?? 0) + 1;
    return { status: 0, json: {} };
  }
}

let phone = 0;
async function account(role: 'seeker' | 'employer'): Promise<string> {
  for (;;) {
    phone += 1;
    const res = await call('POST', '/api/v1/auth/register', undefined, {
      role,
      name: `Load ${role}`,
      phone: `+9198${String(process.pid % 1000).padStart(3, '0')}${String(phone).padStart(5, '0')}`,
      password: 'correct horse battery',
    });
    if (res.status === 201) return res.json.token as string;
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
        const token = await account('employer');
        await call('POST', '/api/v1/companies', token, {
          name: `Load Centre ${i}`,
          industry: 'bpo-kpo',
          city: 'mumbai',
        });
        return token;
      }),
    );
    const seekers: string[] = [];
    for (let i = 0; i < SEEKERS; i += 20)
      seekers.push(
        ...(await Promise.all(Array.from({ length: Math.min(20, SEEKERS - i) }, () => account('seeker')))),
      );
    for (const k of Object.keys(byStatus)) delete byStatus[k];
    latencies.length = 0;

    const posted = new Map<string, number | null>(); // marker -> id (2xx) or null (no 2xx)
    const moved = new Map<number, string>(); // job id -> status after its last 2xx move
    const applied = new Set<string>();
    const liveIds: number[] = [];
    const deadline = Date.now() + SECONDS * 1000;
    let killed = false;
    const chaos = (async () => {
      await new Promise((r) => setTimeout(r, (SECONDS * 1000) / 2));
      instances[1]?.kill('SIGKILL');
      killed = true;
      await new Promise((r) => setTimeout(r, 1000));
      instances[1] = startInstance(PORTS[1]!);
      await waitReady(PORTS[1]!);
    })();
    const seekerLoop = async (token: string) => {
      const queries = [
        'customer support',
        'data entry thane',
        'night shift',
        'back office pune',
        'voice process',
      ];
      while (Date.now() < deadline) {
        await call(
          'GET',
          `/api/v1/jobs?q=${encodeURIComponent(queries[turn % queries.length]!)}&limit=20`,
          token,
        );
        const id = liveIds[turn % Math.max(1, liveIds.length)];
        if (canApply && id) {
          const res = await call('POST', `/api/v1/jobs/${id}/applications`, token, {});
          if (res.status === 200 || res.status === 201) applied.add(`${token}:${id}`);
        }
      }
    };
    const employerLoop = async (token: string) => {
      while (Date.now() < deadline) {
        const marker = randomUUID();
        const res = await call('POST', '/api/v1/jobs', token, job(marker));
        const id = res.status === 201 ? (res.json.id as number) : null;
        posted.set(marker, id);
        if (!id) continue;
        liveIds.push(id);
        for (const action of ['pause', 'publish', 'close']) {
          const move = await call('POST', `/api/v1/jobs/${id}/${action}`, token);
          if (move.status === 200) moved.set(id, move.json.status as string);
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
    if (canApply) {
      const dup = await db.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM (SELECT 1 FROM applications GROUP BY job_id, seeker_id HAVING count(*) > 1) d',
      );
      duplicated += dup.rows[0]?.n ?? 0;
    }
    latencies.sort((a, b) => a - b);
    const p95 = latencies[Math.floor(latencies.length * 0.95)] ?? 0;
    const served = latencies.length;
    console.log(
      `load: ${SEEKERS} seekers, ${EMPLOYERS} employers, ${elapsed.toFixed(1)} s, instance B SIGKILLed midway: ${killed}`,
    );
    console.log(
      `requests served: ${served} (${(served / elapsed).toFixed(0)}/s), p95 latency ${p95.toFixed(0)} ms`,
    );
    console.log(`by status: ${JSON.stringify(byStatus)}`);
    console.log(
      `jobs posted (2xx): ${[...posted.values()].filter((v) => v !== null).length}, moves (2xx): ${moved.size}, applications (2xx): ${applied.size}${canApply ? '' : ' (route not present)'}`,
    );
    console.log(`lost writes: ${lost}, lost stage moves: ${lostMoves}, duplicated: ${duplicated}`);
    process.exitCode = lost || lostMoves || duplicated ? 1 : 0;
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
