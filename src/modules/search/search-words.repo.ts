// The SQL of "did you mean": the closest word the jobs index knows (search_words, migration 0100),
// by trigram similarity. Must never decide whether to use a correction; the service does.
import type { Queryable } from '../../shared/db/db.ts';

/**
 * pg_trgm's own default. Only words the index has never seen are corrected (they would match
 * nothing), so a loose floor costs little: "custmr" (0.33) -> "customer".
 */
export const SIMILARITY_FLOOR = 0.3;

export const searchWordsRepo = {
  /** For each typed word the index does not know: its closest known word, when one is close enough. */
  async closest(q: Queryable, words: string[]): Promise<Map<string, string>> {
    if (!words.length) return new Map();
    const { rows } = await q.query<{ typed: string; word: string }>(
      `SELECT t.typed, w.word
         FROM unnest($1::text[]) AS t(typed)
         JOIN LATERAL (
           SELECT s.word FROM search_words s
            WHERE s.word % t.typed AND similarity(s.word, t.typed) >= $2
            ORDER BY similarity(s.word, t.typed) DESC, s.word
            LIMIT 1) w ON true
        WHERE NOT EXISTS (SELECT 1 FROM search_words k WHERE k.word = t.typed)`,
      [words, SIMILARITY_FLOOR],
    );
    return new Map(rows.map((r) => [r.typed, r.word]));
  },
};
