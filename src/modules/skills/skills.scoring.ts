// Scores a submitted skill test on the server from what the server issued. Pure: no database,
// no clock of its own (elapsed time comes from the recorded start). Decides passed / failed /
// rejected; "rejected" is a cheat signal (impossible speed, paste, too late), never a low score.
import { distance } from 'fastest-levenshtein';
import { type DataRecord, ENGLISH_BANK, RECORD_FIELDS } from './skills.bank.ts';

export type Kind = 'typing' | 'data_entry' | 'english';

export const LIMITS = {
  typing: { seconds: 120, minSeconds: 10, maxWpm: 150 },
  data_entry: { seconds: 300, minSeconds: 20, maxWpm: 150 },
  english: { seconds: 600, minSeconds: 30 },
  /** Network and page load: a submission this late after the deadline still counts. */
  graceSeconds: 5,
} as const;

export interface Submission {
  typed?: string;
  records?: Partial<Record<keyof DataRecord, string>>[];
  answers?: Record<string, number>;
  /** Set by the browser script when a paste was attempted. */
  pasted?: boolean;
  /** Key presses counted by the browser script, when it ran. */
  keystrokes?: number;
}

export interface Score {
  outcome: 'passed' | 'failed' | 'rejected';
  reason?: string;
  /** typing: net WPM; data_entry: accuracy %; english: score out of 100. */
  score: number;
  accuracy: number | null;
  label: string | null;
  detail: Record<string, number>;
}

const clean = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();
const reject = (reason: string, detail: Record<string, number> = {}): Score => ({
  outcome: 'rejected',
  reason,
  score: 0,
  accuracy: null,
  label: null,
  detail,
});

/** Gross words a minute: five characters make a word, as typing tests count. */
const wpmOf = (chars: number, seconds: number) => chars / 5 / (seconds / 60);

function commonChecks(kind: Kind, elapsed: number, sub: Submission): Score | undefined {
  if (elapsed > LIMITS[kind].seconds + LIMITS.graceSeconds) return reject('time limit passed', { elapsed });
  if (elapsed < LIMITS[kind].minSeconds) return reject('finished faster than humanly possible', { elapsed });
  if (sub.pasted) return reject('pasted text is not allowed', { elapsed });
  return undefined;
}

export function scoreTyping(passage: string, sub: Submission, elapsed: number): Score {
  const early = commonChecks('typing', elapsed, sub);
  if (early) return early;
  const typed = clean(sub.typed ?? '');
  const target = clean(passage);
  const gross = wpmOf(typed.length, elapsed);
  if (gross > LIMITS.typing.maxWpm)
    return reject('typing speed above what a person can type', { gross_wpm: Math.round(gross), elapsed });
  // A real typist presses at least one key a character; far fewer means the text was inserted.
  if (sub.keystrokes !== undefined && typed.length > 20 && sub.keystrokes < typed.length * 0.5)
    return reject('text was inserted, not typed', { keystrokes: sub.keystrokes, chars: typed.length });
  if (typed.length < 40)
    return {
      outcome: 'failed',
      reason: 'too little typed to measure',
      score: 0,
      accuracy: 0,
      label: null,
      detail: { chars: typed.length, elapsed },
    };
  const errors = distance(typed, target.slice(0, typed.length));
  const accuracy = Math.max(0, 1 - errors / typed.length);
  const net = Math.round(gross * accuracy);
  const acc = Math.round(accuracy * 100);
  const passed = acc >= 90 && net >= 15;
  return {
    outcome: passed ? 'passed' : 'failed',
    ...(passed ? {} : { reason: 'a badge needs at least 15 WPM at 90% accuracy' }),
    score: net,
    accuracy: acc,
    label: passed ? `Typing ${net} WPM, ${acc}%` : null,
    detail: {
      gross_wpm: Math.round(gross),
      net_wpm: net,
      accuracy: acc,
      errors,
      chars: typed.length,
      elapsed: Math.round(elapsed),
    },
  };
}

export function scoreDataEntry(records: DataRecord[], sub: Submission, elapsed: number): Score {
  const early = commonChecks('data_entry', elapsed, sub);
  if (early) return early;
  const given = sub.records ?? [];
  const chars = given.reduce((s, r) => s + RECORD_FIELDS.reduce((t, f) => t + (r[f]?.length ?? 0), 0), 0);
  const gross = wpmOf(chars, elapsed);
  if (gross > LIMITS.data_entry.maxWpm)
    return reject('entry speed above what a person can type', { gross_wpm: Math.round(gross), elapsed });
  let correct = 0;
  records.forEach((rec, i) => {
    for (const f of RECORD_FIELDS) if (clean(given[i]?.[f] ?? '') === clean(rec[f])) correct += 1;
  });
  const total = records.length * RECORD_FIELDS.length;
  const acc = Math.round((correct / total) * 100);
  const passed = acc >= 80;
  return {
    outcome: passed ? 'passed' : 'failed',
    ...(passed ? {} : { reason: 'a badge needs at least 80% of fields exactly right' }),
    score: acc,
    accuracy: acc,
    label: passed ? `Data entry ${acc}% accurate` : null,
    detail: { correct, fields: total, elapsed: Math.round(elapsed) },
  };
}

export function scoreEnglish(questionIds: string[], sub: Submission, elapsed: number): Score {
  const early = commonChecks('english', elapsed, sub);
  if (early) return early;
  const answers = sub.answers ?? {};
  const correct = questionIds.filter(
    (id) => ENGLISH_BANK.find((q) => q.id === id)?.answer === answers[id],
  ).length;
  const score = Math.round((correct / questionIds.length) * 100);
  const level = score >= 90 ? 'Excellent' : score >= 75 ? 'Good' : score >= 60 ? 'Fair' : null;
  return {
    outcome: level ? 'passed' : 'failed',
    ...(level ? {} : { reason: 'a badge needs at least 60 out of 100' }),
    score,
    accuracy: null,
    label: level ? `English ${score}/100 (${level})` : null,
    detail: { correct, questions: questionIds.length, elapsed: Math.round(elapsed) },
  };
}
