// The `deskhire` command: operator tasks outside the web server. Each subcommand opens the same
// database the server would (DATABASE_URL or DATA_DIR), runs migrations first, and exits.
import { createWriteStream, mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfig } from '../config.ts';
import { seedDemo } from '../modules/demo/index.ts';
import { searchBulkLoad } from '../modules/search/index.ts';
import { createServices } from '../services.ts';
import { type Db, openDatabase } from '../shared/db/db.ts';
import { migrate } from '../shared/db/migrate.ts';
import { adminCommand } from './admin.ts';
import { backup, restore } from './backup.ts';
import { FILES_USAGE, filesCommand, filesOutsideBackup } from './files.ts';
import { exportJobs, importJobs } from './jobs-io.ts';

const USAGE = `usage: deskhire <command> [options]

commands:
  seed [--jobs N] [--history N] [--companies N] [--seekers N] [--seed S]   load deterministic demo data
                                              (--history: past filled/expired postings for insights)
  import <file> --company <id> [--format csv|json] [--batch N]  import jobs; reports bad rows by line
  export [--format csv|json|jsonld] [--out file]            export every job (stdout by default)
  insights --role R --city C                              salary, demand and skills for a role and city
  concepts [--batch N]                                    re-derive what each job's title, skills, description say
                                              (after a vocabulary change; online, in batches by id)
  backup --out FILE                                       SQL dump (server) or data-dir tarball (embedded)
  restore --in FILE                                       into an empty database / a new --data-dir
  admin create --phone P --name N [--email E] [--password-stdin]
  admin totp --phone P                        new authenticator app (QR, key, recovery codes) for an admin
                                              appoint an admin; the password is read from stdin,
                                              or generated and printed once
  ${FILES_USAGE}
options:
  --database-url URL   a PostgreSQL server (default: DATABASE_URL, else the embedded DATA_DIR)
  --data-dir DIR       embedded database folder (default: DATA_DIR or ./data)`;

async function open(values: { 'database-url'?: string; 'data-dir'?: string }): Promise<Db> {
  const config = loadConfig();
  const databaseUrl = values['database-url'] ?? config.databaseUrl;
  const dataDir = values['data-dir'] ?? config.dataDir;
  if (!databaseUrl) mkdirSync(dataDir, { recursive: true });
  const db = await openDatabase({ databaseUrl, dataDir, directUrl: config.databaseDirectUrl });
  await migrate(db);
  return db;
}

async function seed(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      jobs: { type: 'string', default: '2000' },
      companies: { type: 'string', default: '50' },
      history: { type: 'string', default: '0' },
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
  // An earlier seed that died half way: finish its load first (see migration 1300).
  await searchBulkLoad.end(db);
  const bar = new cliProgress.SingleBar(
    { format: 'jobs {bar} {value}/{total} ({percentage}%) eta {eta}s' },
    cliProgress.Presets.shades_classic,
  );
  bar.start(jobs, 0);
  const started = Date.now();
  try {
    const out = await seedDemo(db, {
      jobs,
      history: int('history', values.history, 5_000_000),
      companies: int('companies', values.companies, 100_000),
      seekers: int('seekers', values.seekers, 1_000_000),
      ...(values.seed ? { seed: int('seed', values.seed, 2 ** 31) } : {}),
      batch: 2000,
      bulk: true,
      lanes: 3,
      pipeline: true,
      appSecret: loadConfig().appSecret,
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

const dbOptions = { 'database-url': { type: 'string' }, 'data-dir': { type: 'string' } } as const;

async function importCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      company: { type: 'string' },
      batch: { type: 'string', default: '1000' },
      ...dbOptions,
    },
  });
  const file = positionals[0];
  if (!file || !values.company)
    throw new Error('usage: deskhire import <file> --company <id> [--format csv|json]');
  const format = (values.format ?? (file.endsWith('.json') ? 'json' : 'csv')) as 'csv' | 'json';
  if (!['csv', 'json'].includes(format)) throw new Error('--format must be csv or json');
  const db = await open(values);
  const bar = new cliProgress.SingleBar(
    { format: 'import {bar} {percentage}% | {value}/{total} KB | eta {eta}s', stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  try {
    const services = createServices(db, { sessionDays: 1 });
    bar.start(1, 0);
    const report = await importJobs(services, {
      file,
      format,
      companyId: values.company,
      batch: Number(values.batch),
      onProgress: (bytes, total) => {
        bar.setTotal(Math.ceil(total / 1024));
        bar.update(Math.floor(bytes / 1024));
      },
    });
    bar.stop();
    for (const bad of report.bad) console.log(`line ${bad.line}: ${bad.errors.join('; ')}`);
    console.log(
      `imported ${report.imported} jobs, ${report.bad.length} bad rows skipped, in ${report.seconds.toFixed(1)} s`,
    );
    if (report.bad.length) process.exitCode = 3;
  } finally {
    bar.stop();
    await db.close();
  }
}

async function exportCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { format: { type: 'string', default: 'csv' }, out: { type: 'string' }, ...dbOptions },
  });
  const format = values.format as 'csv' | 'json' | 'jsonld';
  if (!['csv', 'json', 'jsonld'].includes(format)) throw new Error('--format must be csv, json or jsonld');
  const db = await open(values);
  const out = values.out ? createWriteStream(values.out) : process.stdout;
  const bar = new cliProgress.SingleBar(
    { format: 'export {value} jobs', stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  try {
    if (values.out) bar.start(0, 0);
    const n = await exportJobs(createServices(db, { sessionDays: 1 }), {
      format,
      out,
      publicUrl: loadConfig().publicUrl,
      onProgress: (done) => values.out && bar.update(done),
    });
    bar.stop();
    if (values.out) {
      await new Promise<void>((resolve, reject) =>
        (out as ReturnType<typeof createWriteStream>).end(() => resolve()).on('error', reject),
      );
      console.error(`exported ${n} jobs to ${values.out}`);
    }
  } finally {
    bar.stop();
    await db.close();
  }
}

async function insightsCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { role: { type: 'string' }, city: { type: 'string' }, ...dbOptions },
  });
  const db = await open(values);
  try {
    const { insights } = createServices(db, { sessionDays: 1 });
    await insights.refresh();
    const scope = {
      ...(values.role ? { role: values.role } : {}),
      ...(values.city ? { city: values.city } : {}),
    };
    const s = await insights.salaries(scope);
    const rs = (n: number | null | undefined) =>
      n === null || n === undefined ? 'not enough data' : `₹${n.toLocaleString('en-IN')}`;
    console.log(
      `${values.role ?? 'all roles'} · ${values.city ?? 'all cities'}: ${s.postings} postings with a salary`,
    );
    console.table({
      'median (a month)': rs(s.salary?.median),
      'lower quartile': rs(s.salary?.p25),
      'upper quartile': rs(s.salary?.p75),
      'time to fill (days)': s.time_to_fill.median_days ?? 'not enough data',
    });
    console.table(
      Object.fromEntries(
        s.by_work_mode.map((p) => [p.key, { postings: p.salary_postings, median: rs(p.median) }]),
      ),
    );
    const modes = await insights.workModes(scope);
    if (modes.enough_data)
      console.table(
        Object.fromEntries(
          modes.modes.map((m) => [m.work_mode, { postings: m.postings, share: `${m.share}%` }]),
        ),
      );
    const skills = await insights.skills(scope);
    if (skills.enough_data)
      console.table(
        Object.fromEntries(
          skills.skills.map((k) => [k.skill, { postings: k.postings, share: `${k.share}%` }]),
        ),
      );
    const demand = await insights.demand(scope);
    if (demand.enough_data)
      console.table(Object.fromEntries(demand.weeks.map((w) => [w.iso_week, w.postings])));
  } finally {
    await db.close();
  }
}

async function conceptsCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { batch: { type: 'string' }, ...dbOptions } });
  const db = await open(values);
  try {
    const { jobs } = createServices(db, { sessionDays: 1 });
    const batch = values.batch ? Number(values.batch) : 2000;
    let scanned = 0;
    let updated = 0;
    for (;;) {
      // Short runs, each saving its progress, so an interrupted command resumes where it stopped.
      const run = await jobs.resumeConcepts(Date.now() + 5_000, batch);
      scanned += run.scanned;
      updated += run.updated;
      console.log(`jobs looked at ${scanned}, re-derived ${updated}, up to id ${run.lastId}`);
      if (run.done) break;
    }
  } finally {
    await db.close();
  }
}

async function backupCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { out: { type: 'string' }, ...dbOptions } });
  if (!values.out) throw new Error('--out FILE is required');
  const config = loadConfig();
  const target = {
    databaseUrl: values['database-url'] ?? config.databaseUrl,
    dataDir: values['data-dir'] ?? config.dataDir,
  };
  const kind = await backup(target, values.out);
  console.log(`backup written to ${values.out}: ${kind}, resume files in the database included`);
  for (const line of filesOutsideBackup(config, target.dataDir)) console.warn(`note: ${line}`);
}

async function restoreCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { in: { type: 'string' }, ...dbOptions } });
  if (!values.in) throw new Error('--in FILE is required');
  const config = loadConfig();
  const target = {
    databaseUrl: values['database-url'] ?? config.databaseUrl,
    dataDir: values['data-dir'] ?? config.dataDir,
  };
  await restore(target, values.in);
  console.log(`restored ${values.in}`);
}

const [command, ...rest] = process.argv.slice(2);
const commands: Record<string, (args: string[]) => Promise<void>> = {
  seed,
  import: importCommand,
  export: exportCommand,
  insights: insightsCommand,
  concepts: conceptsCommand,
  backup: backupCommand,
  files: (args) => filesCommand(args, open, loadConfig()),
  restore: restoreCommand,
  admin: (args) => adminCommand(args, open),
};
const run = command ? commands[command] : undefined;
if (!run) {
  console.error(USAGE);
  process.exit(command ? 2 : 0);
}
run(rest).catch((err: unknown) => {
  console.error(`deskhire ${command}: ${(err as Error).message}`);
  process.exit(1);
});
