// Counts the statements a service sends: a test pins that a page costs the same number of queries
// for 3 rows as for 12 (no query per row), on both engines.
import type { Db, Queryable } from '../../src/shared/db/db.ts';

/** The Db with every statement counted (or those `only` picks), also inside transactions. */
export function counting(
  db: Db,
  only: (text: string) => boolean = () => true,
): { db: Db; queries: () => number } {
  let n = 0;
  const wrap = (q: Queryable): Queryable => ({
    exec: (text) => {
      if (only(text)) n++;
      return q.exec(text);
    },
    query: (text, params) => {
      if (only(text)) n++;
      return q.query(text, params);
    },
  });
  const counted = {
    ...db,
    ...wrap(db),
    tx: <T>(fn: (q: Queryable) => Promise<T>) => db.tx((q) => fn(wrap(q))),
    capped: <T>(fn: (q: Queryable) => Promise<T>) => db.capped((q) => fn(wrap(q))),
    read: {
      ...db.read,
      ...wrap(db.read),
      capped: <T>(fn: (q: Queryable) => Promise<T>) => db.read.capped((q) => fn(wrap(q))),
      mark: () => db.read.mark(),
      reached: (mark: string | undefined) => db.read.reached(mark),
    },
  } as Db;
  return { db: counted, queries: () => n };
}
