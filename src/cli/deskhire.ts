// The `deskhire` command: operator tasks outside the web server. Each subcommand opens the same
// database the server would (DATABASE_URL or DATA_DIR), runs migrations first, and exits.
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config.ts';
import { type Db, openDatabase } from '../db/db.ts';
import { migrate } from '../db/migrate.ts';
import { seedDemo } from '../modules/demo/demo.seed.ts';

const USAGE = `usage: deskhire <command> [options]

commands:
  seed [--jobs N] [--companies N] [--seekers N] [--seed S]   load deterministic demo data
options:
  --database-url URL   a PostgreSQL server (default: DATABASE_URL, else the embedded DATA_DIR)
  --data-dir DIR       embedded database folder (default: DATA_DIR or ./data)`;

async function open(values: { 'database-url'?: string; 'data-dir'?: string }): Promise<Db> {
  const config = loadConfig();
  const databaseUrl = values['database-url'] ?? config.databaseUrl;
  const dataDir = values['data-dir'] ?? config.dataDir;
  if (!databaseUrl) mkdirSync(dataDir, { recursive: true });
  const db = await openDatabase({ databaseUrl, dataDir });
  await migrate(db);
  return db;
}

async function seed(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      jobs: { type: 'string', default: '2000' },
      companies: { type: 'string', default: '50' },
      seekers: { type: 'string', default: '500' },
      seed: { type: 'string' },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
    },
  });
  const int = (name: string, v: string | undefined, max: number) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > max)
      throw new Error(`--${name} must be a whole number from 0 to ${max}`);
    return n;
  };
  const jobs = int('jobs', values.jobs, 5_000_000);
  const db = await open(values);
  const bar = new cliProgress.SingleBar(
    { format: 'jobs {bar} {value}/{total} ({percentage}%) eta {eta}s' },
    cliProgress.Presets.shades_classic,
  );
  bar.start(jobs, 0);
  const started = Date.now();
  try {
    const out = await seedDemo(db, {
      jobs,
      companies: int('companies', values.companies, 100_000),
      seekers: int('seekers', values.seekers, 1_000_000),
      ...(values.seed ? { seed: int('seed', values.seed, 2 ** 31) } : {}),
      batch: 2000,
      onProgress: (done) => bar.update(done),
    });
    bar.stop();
    console.log(
      `seeded ${out.jobs} jobs, ${out.companies} companies, ${out.users} users in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  } finally {
    bar.stop();
    await db.close();
  }
}

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => Promise<void>> = { seed };
const run = command ? commands[command] : undefined;
if (!run) {
  console.error(USAGE);
  process.exit(command ? 2 : 0);
}
run(rest).catch((err: unknown) => {
  console.error(`deskhire ${command}: ${(err as Error).message}`);
  process.exit(1);
});
