// `deskhire files move --to postgres|s3`: a one-off move of every resume into one store, from the
// database, the configured bucket and the old DATA_DIR/uploads folder. Then set (or unset) the S3_*
// variables to match and restart the app.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import {
  localDiskResumeStorage,
  moveResumes,
  postgresResumeStorage,
  type ResumeStorage,
  s3ResumeStorage,
} from '../modules/seekers/index.ts';
import type { Db } from '../shared/db/db.ts';

export const FILES_USAGE =
  'files move --to postgres|s3                               move every resume into one store';

export async function filesCommand(
  args: string[],
  open: (values: { 'database-url'?: string; 'data-dir'?: string }) => Promise<Db>,
  config: Config,
): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { to: { type: 'string' }, 'database-url': { type: 'string' }, 'data-dir': { type: 'string' } },
  });
  if (positionals[0] !== 'move' || (values.to !== 'postgres' && values.to !== 's3'))
    throw new Error(`usage: deskhire ${FILES_USAGE}`);
  if (values.to === 's3' && !config.s3)
    throw new Error(
      '--to s3 needs S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY (and S3_ENDPOINT off AWS)',
    );
  const db = await open(values);
  try {
    const stores: ResumeStorage[] = [
      postgresResumeStorage(db),
      ...(config.s3 ? [s3ResumeStorage(config.s3)] : []),
      localDiskResumeStorage(values['data-dir'] ?? config.dataDir),
    ];
    const to = stores.find((s) => s.name === values.to)!;
    const report = await moveResumes(db, to, stores, (n) => {
      if (n % 100 === 0) console.error(`${n} files checked`);
    });
    console.log(
      `files move --to ${to.name}: ${report.moved} moved, ${report.already} already there, ${report.missing.length} missing`,
    );
    for (const key of report.missing) console.log(`missing in every store: ${key}`);
    if (report.missing.length) process.exitCode = 3;
  } finally {
    await db.close();
  }
}

/** What a backup of the database leaves out, said after `deskhire backup` so no one is surprised. */
export function filesOutsideBackup(config: Config, dataDir: string): string[] {
  const lines: string[] = [];
  if (config.s3)
    lines.push(
      `resume files are in the S3 bucket ${config.s3.bucket}, not in this backup: keep versioning or replication on that bucket`,
    );
  const old = path.resolve(dataDir, 'uploads', 'resumes');
  const left = existsSync(old) ? readdirSync(old).filter((f) => f.endsWith('.pdf')).length : 0;
  if (left)
    lines.push(
      `${left} resume files are still in ${old}, not in this backup: run deskhire files move --to ${config.s3 ? 's3' : 'postgres'}`,
    );
  return lines;
}
