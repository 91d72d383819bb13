// The checked-in list of every migration's checksum (migrations.sha256, one "checksum  file" line
// each, like sha256sum). Append-only: `npm run db:schema` adds a new migration's line and refuses
// to change an existing one, and migration-sums.test.ts fails when a file no longer matches, so an
// edit to an applied migration is caught in review, before any database meets it. It also pins
// the TS loaders' checksums against a change in how esbuild prints code.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { migrationChecksum } from './checksum.ts';
import { isMigrationFile } from './migrate.ts';

export const SUMS_FILE = 'migrations.sha256';

export function readSums(file: string): Map<string, string> {
  const sums = new Map<string, string>();
  if (!existsSync(file)) return sums;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
    if (m) sums.set(m[2]!, m[1]!);
  }
  return sums;
}

export interface SumsCheck {
  /** Listed files whose checksum changed: edited migrations. */
  changed: string[];
  /** Files not listed yet: new migrations. */
  added: { file: string; checksum: string }[];
  /** Listed files that are gone. */
  missing: string[];
}

export async function checkSums(dir: string, sums: Map<string, string>): Promise<SumsCheck> {
  const files = readdirSync(dir).filter(isMigrationFile).sort();
  const out: SumsCheck = {
    changed: [],
    added: [],
    missing: [...sums.keys()].filter((f) => !files.includes(f)),
  };
  for (const f of files) {
    const checksum = await migrationChecksum(path.join(dir, f));
    const listed = sums.get(f);
    if (listed === undefined) out.added.push({ file: f, checksum });
    else if (listed !== checksum) out.changed.push(f);
  }
  return out;
}
