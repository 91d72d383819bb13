// `npx tsx bench/capped-cost.ts [--reads 2000]`: what the per-transaction search time cap costs.
// Times a one-statement read plain on the pool, and the same read inside `Db.capped` (BEGIN and
// SET LOCAL statement_timeout in one message, then COMMIT), against BENCH_DATABASE_URL (default the
// local test server's `postgres` database; nothing is written).
import { parseArgs } from 'node:util';
import { openPostgres } from '../src/shared/db/db.ts';

const { values } = parseArgs({ options: { reads: { type: 'string', default: '2000' } } });
const reads = Number(values.reads);
const db = await openPostgres(
  process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  {
    max: 1,
  },
);

async function timed(label: string, read: () => Promise<unknown>): Promise<void> {
  for (let i = 0; i < 100; i++) await read();
  const ms: number[] = [];
  for (let i = 0; i < reads; i++) {
    const t = process.hrtime.bigint();
    await read();
    ms.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.floor(q * (ms.length - 1))]!.toFixed(3);
  console.log(`${label.padEnd(34)} p50 ${at(0.5)} ms  p95 ${at(0.95)} ms`);
}

try {
  await timed('SELECT 1 on the pool', () => db.query('SELECT 1'));
  await timed('SELECT 1 in Db.capped', () => db.capped((q) => q.query('SELECT 1')));
} finally {
  await db.close();
}
