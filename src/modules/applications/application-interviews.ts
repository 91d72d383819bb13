// What applications need of interviews while moving applications. The hiring module owns the
// interviews table and depends on this module, so it hands an implementation in through the
// composition root (src/services.ts: hiring's `applicationInterviews`) instead of an import.
import type { Queryable } from '../../shared/db/db.ts';

export interface ApplicationInterviews {
  /** Which of these applications have an interview booked and still to come. */
  withUpcoming(q: Queryable, applicationIds: number[]): Promise<Set<number>>;
  /** Cancels their upcoming interviews in the caller's transaction; how many were cancelled. */
  cancelUpcoming(q: Queryable, applicationIds: number[]): Promise<number>;
  /** Undo of that rejection or withdrawal: puts back the ones it cancelled (cancelled since `since`, still to come). */
  restoreCancelledSince(q: Queryable, applicationIds: number[], since: Date): Promise<number>;
}
