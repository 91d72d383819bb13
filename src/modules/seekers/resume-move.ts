// `deskhire files move --to postgres|s3`: carries every resume a profile points at into one store,
// from wherever it is now (the database, the bucket, or the old DATA_DIR/uploads folder). A file
// is deleted from its old store only after the new one holds it; running it again is harmless.
import type { Db } from '../../shared/db/db.ts';
import { profileResumeKeys } from './resume-files.repo.ts';
import type { ResumeStorage } from './resume-storage.ts';

export interface MoveReport {
  /** Copied into the target and removed from where they were. */
  moved: number;
  /** Already in the target. */
  already: number;
  /** Keys a profile names that no store holds (reported, left as they are). */
  missing: string[];
}

export async function moveResumes(
  db: Db,
  to: ResumeStorage,
  from: ResumeStorage[],
  onFile?: (done: number) => void,
): Promise<MoveReport> {
  const sources = from.filter((s) => s.name !== to.name);
  const report: MoveReport = { moved: 0, already: 0, missing: [] };
  let after: string | null = null;
  let done = 0;
  for (;;) {
    const page = await profileResumeKeys(db, after, 200);
    if (!page.length) return report;
    for (const { user_id: owner, resume_key: key } of page) {
      if (await to.get(key)) {
        report.already++;
      } else {
        let found = false;
        for (const source of sources) {
          const bytes = await source.get(key);
          if (!bytes) continue;
          await to.putAt(key, bytes, owner);
          await source.delete(key);
          report.moved++;
          found = true;
          break;
        }
        if (!found) report.missing.push(key);
      }
      onFile?.(++done);
    }
    after = page.at(-1)!.user_id;
  }
}
