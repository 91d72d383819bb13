// The keyset cursor of public search: last (sort value, id), the frozen reference time and the
// relaxation step, so every later page is the same search. Must never hold anything secret.
import { Invalid } from '../../shared/errors.ts';
import type { SortKey } from './search-sql.ts';

export interface Cursor {
  s: SortKey;
  v: number | string;
  i: number;
  t: string;
  /** Relaxation step the first page used (-1: none). */
  r: number;
  /** Jobs the searched place held before its circle was widened (for the notice on later pages). */
  n?: number;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

export function decodeCursor(raw: string, sort: SortKey): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<Cursor>;
    if (
      c.s !== sort ||
      !Number.isSafeInteger(c.i) ||
      typeof c.t !== 'string' ||
      Number.isNaN(Date.parse(c.t)) ||
      typeof c.v !== 'number' ||
      !Number.isFinite(c.v)
    )
      throw new Error('shape');
    const r =
      Number.isSafeInteger(c.r) && (c.r as number) >= -1 && (c.r as number) < 20 ? (c.r as number) : -1;
    const n = Number.isSafeInteger(c.n) && (c.n as number) >= 0 && (c.n as number) < 1000 ? c.n : undefined;
    return { s: c.s, v: c.v, i: c.i as number, t: c.t, r, ...(n !== undefined ? { n } : {}) };
  } catch {
    throw new Invalid([
      { field: 'cursor', message: 'is not a cursor from this search (start again from page one)' },
    ]);
  }
}
