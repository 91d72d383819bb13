// Trust: splits a posting's own text into sentences and says which scam rules each one set off, so the
// moderator queue can mark (<mark>) the sentence behind every reason. Pure; never changes the text.
import { foldPosting } from './normalize.ts';

export interface MarkedSentence {
  text: string;
  /** Rule ids whose evidence came from this sentence; empty when none did. */
  rules: string[];
}

/** Sentence ends as a reader sees them; "Rs 1.5 lakh" and "10.30 am" stay whole. */
const SENTENCE = /[^.!?।\n]+(?:[.!?।]+(?!\d)|\n|$)|[^\n]+/gu;

/**
 * The folded clauses a hit quotes: without its shape label ("charge: "), quotes or clipping. Most hits
 * quote one; the learned model quotes each clause that drove it.
 */
function quotedClauses(evidence: string): string[] {
  const quoted = [...evidence.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
  const clauses = quoted.length ? quoted : [evidence.replace(/^[a-z-]+: /, '')];
  return clauses.map((clause) => clause.replace(/…$/, '').trim());
}

export function markSentences(
  description: string,
  hits: readonly { rule: string; evidence: string }[],
): MarkedSentence[] {
  const sentences = (description.match(SENTENCE) ?? []).filter((s) => s.trim());
  const folded = sentences.map((sentence) => foldPosting(sentence).clauses.join(' '));
  const marked = sentences.map((text) => ({ text: text.trim(), rules: [] as string[] }));
  for (const hit of hits)
    for (const clause of quotedClauses(hit.evidence)) {
      if (clause.length < 4) continue;
      const at = folded.findIndex(
        (f) => f.includes(clause) || (clause.length > 30 && f.includes(clause.slice(0, 30))),
      );
      if (at >= 0 && !marked[at]!.rules.includes(hit.rule)) marked[at]!.rules.push(hit.rule);
    }
  return marked;
}
