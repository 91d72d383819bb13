// Skill checks: issues a test instance (random passage, records or questions; start time and
// deadline recorded by the database), scores the submission on the server only, and turns a pass
// into a badge that expires. Other modules read badges through badgesOf / seekersWithBadge.
import type { Db } from '../../shared/db/db.ts';
import { Conflict, Forbidden, NotFound, TooManyRequests } from '../../shared/errors.ts';
import type { AuthUser } from '../accounts/index.ts';
import { type DataRecord, ENGLISH_BANK, makeRecords, pickPassage, sample } from './skills.bank.ts';
import { type BadgeFilter, type BadgeRow, badgeFilterSql, skillsRepo, type TestRow } from './skills.repo.ts';
import type { BadgeOut, TestOut, TestResultOut } from './skills.schema.ts';
import {
  type Kind,
  LIMITS,
  type Submission,
  scoreDataEntry,
  scoreEnglish,
  scoreTyping,
} from './skills.scoring.ts';

const BADGE_MONTHS = 12;
const TESTS_PER_DAY = 5;
const ENGLISH_QUESTIONS = 10;
const RECORDS = 5;

interface TypingContent {
  passage_id: number;
  text: string;
}
interface DataEntryContent {
  records: DataRecord[];
}
interface EnglishContent {
  question_ids: string[];
}

/** What the browser may see of a test: the task, never the answers. */
function toTestOut(t: TestRow): TestOut {
  const base = {
    id: t.id,
    kind: t.kind,
    started_at: t.started_at.toISOString(),
    deadline_at: t.deadline_at.toISOString(),
    seconds: LIMITS[t.kind].seconds,
    submitted: t.submitted_at !== null,
  };
  if (t.kind === 'typing') return { ...base, passage: (t.content as unknown as TypingContent).text };
  if (t.kind === 'data_entry')
    return { ...base, records: (t.content as unknown as DataEntryContent).records };
  const ids = (t.content as unknown as EnglishContent).question_ids;
  return {
    ...base,
    questions: ids.map((id) => {
      const q = ENGLISH_BANK.find((x) => x.id === id)!;
      return { id: q.id, prompt: q.prompt, options: q.options, ...(q.passage ? { passage: q.passage } : {}) };
    }),
  };
}

const toBadgeOut = (b: BadgeRow): BadgeOut => ({
  kind: b.kind,
  label: b.label,
  score: b.score,
  accuracy: b.accuracy,
  verified: true,
  issued_at: b.issued_at.toISOString(),
  expires_at: b.expires_at.toISOString(),
});

export function createSkillsService(db: Db) {
  return {
    async start(user: AuthUser, kind: Kind): Promise<TestOut> {
      if (user.role !== 'seeker') throw new Forbidden('Skill checks are for job seekers');
      // A cap stops someone from restarting until they draw a passage or questions they know.
      if ((await skillsRepo.startedToday(db, user.id, kind)) >= TESTS_PER_DAY)
        throw new TooManyRequests(`At most ${TESTS_PER_DAY} attempts a day for this check`, 3600);
      const content =
        kind === 'typing'
          ? (() => {
              const p = pickPassage();
              return { passage_id: p.id, text: p.text };
            })()
          : kind === 'data_entry'
            ? { records: makeRecords(RECORDS) }
            : { question_ids: sample(ENGLISH_BANK, ENGLISH_QUESTIONS).map((q) => q.id) };
      return toTestOut(await skillsRepo.insertTest(db, user.id, kind, content, LIMITS[kind].seconds));
    },

    async get(user: AuthUser, id: string): Promise<TestOut> {
      const t = await skillsRepo.getTest(db, id);
      if (!t || t.user_id !== user.id) throw new NotFound('Test');
      return toTestOut(t);
    },

    async submit(user: AuthUser, id: string, sub: Submission): Promise<TestResultOut> {
      return db.tx(async (q) => {
        const t = await skillsRepo.lockTest(q, id);
        if (!t || t.user_id !== user.id) throw new NotFound('Test');
        if (t.submitted_at) throw new Conflict('This test was already submitted; start a new one');
        const score =
          t.kind === 'typing'
            ? scoreTyping((t.content as unknown as TypingContent).text, sub, t.elapsed)
            : t.kind === 'data_entry'
              ? scoreDataEntry((t.content as unknown as DataEntryContent).records, sub, t.elapsed)
              : scoreEnglish((t.content as unknown as EnglishContent).question_ids, sub, t.elapsed);
        await skillsRepo.finishTest(q, id, score.outcome, score);
        if (score.outcome === 'passed' && score.label)
          await skillsRepo.insertBadge(q, {
            user_id: user.id,
            kind: t.kind,
            test_id: t.id,
            label: score.label,
            score: score.score,
            accuracy: score.accuracy,
            months: BADGE_MONTHS,
          });
        return {
          id: t.id,
          kind: t.kind,
          outcome: score.outcome,
          ...(score.reason ? { reason: score.reason } : {}),
          score: score.score,
          accuracy: score.accuracy,
          badge: score.outcome === 'passed' ? score.label : null,
          detail: score.detail,
        };
      });
    },

    /** A seeker's verified, unexpired badges (best of each kind): for profiles and applications. */
    async badgesOf(userId: string): Promise<BadgeOut[]> {
      return (await skillsRepo.badgesOf(db, [userId])).map(toBadgeOut);
    },
    /** Badges of many seekers at once (an employer's applicant list). */
    async badgesOfMany(userIds: string[]): Promise<Map<string, BadgeOut[]>> {
      const out = new Map<string, BadgeOut[]>();
      for (const b of await skillsRepo.badgesOf(db, userIds))
        out.set(b.user_id, [...(out.get(b.user_id) ?? []), toBadgeOut(b)]);
      return out;
    },
    /** Which of these seekers hold a matching badge (an employer's applicant filter). */
    withBadgeAmong(userIds: string[], filter: BadgeFilter): Promise<Set<string>> {
      return skillsRepo.holdersAmong(db, userIds, filter);
    },
    /**
     * For another module's SQL (candidate search): an EXISTS fragment "the user in `userColumn`
     * holds an unexpired badge of kind >= minScore", its values added to the caller's SqlParams.
     */
    badgeFilterSql,
    /** Seekers an employer may filter for, e.g. typing >= 35 WPM at >= 95%. */
    seekersWithBadge(filter: {
      kind: Kind;
      minScore?: number;
      minAccuracy?: number;
      limit?: number;
    }): Promise<string[]> {
      return skillsRepo.holders(
        db,
        filter.kind,
        filter.minScore ?? 0,
        filter.minAccuracy ?? 0,
        filter.limit ?? 1000,
      );
    },
  };
}

export type SkillsService = ReturnType<typeof createSkillsService>;
