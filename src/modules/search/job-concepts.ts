// Owns what a job's own words say it is: the vocabulary concepts its title and skills express, read
// by the same parser as a seeker's query, stored beside the role the employer picked (jobs.title_concepts,
// jobs.skill_concepts) so "kyc" finds a KYC job filed under "Back office executive".
// Must never touch the database: the jobs module stores what this returns, the search module queries it.
import { createHash } from 'node:crypto';
import { loadGazetteer } from '../../shared/reference/index.ts';
import { parseQuery } from './query-parser.ts';
import { CONCEPTS, type RoleSlug } from './vocabulary.ts';
import { STOP_WORDS } from './vocabulary-stop-words.ts';

/**
 * A concept token is '#' + concept id; a role token '~' + role slug; a token from the skills carries
 * a '+' in front ('+#kyc_compliance'), so title evidence and skills never mix (lexemes built from an
 * array carry no positions, hence no weights to tell them apart). None can come from what a seeker
 * types (search-plan.ts keeps only letters and digits), so text never matches them by accident.
 */
export const conceptToken = (id: string) => `#${id}`;
export const roleToken = (slug: string) => `~${slug}`;
const skillToken = (token: string) => `+${token}`;

/**
 * A concept that names one or two roles says which job it is ("kyc", "telecaller"); one that names
 * many ("call centre": six agent roles) says what kind of work, not which role, so it lends no role.
 */
const MAX_ROLES_LENT = 2;

/** Changes whenever the vocabulary does, so stored concepts know they are stale (re-derived in batches). */
export const VOCABULARY_VERSION: number = (() => {
  const digest = createHash('sha256')
    .update(JSON.stringify([CONCEPTS, STOP_WORDS, MAX_ROLES_LENT]))
    .digest();
  return digest.readInt32BE(0) & 0x7fffffff;
})();

export interface JobConcepts {
  /** Tokens the title expresses (rank first: title evidence). */
  title: string[];
  /** Tokens the skills express, beyond the title's ('+' in front: stored, not matched by search yet). */
  skills: string[];
  version: number;
}

/** What the title's words read as: a role the job may be, when the title names one clearly. */
export interface TitleReading {
  role: RoleSlug;
  concept: string;
}

function tokensOf(text: string): string[] {
  const parsed = parseQuery(text, loadGazetteer());
  const tokens: string[] = [];
  for (const group of parsed.groups) {
    if (!group.concept) continue;
    tokens.push(conceptToken(group.concept));
    if (group.roles.length <= MAX_ROLES_LENT) for (const role of group.roles) tokens.push(roleToken(role));
  }
  return [...new Set(tokens)];
}

export function jobConcepts(job: { title: string; skills: readonly string[] }): JobConcepts {
  const title = tokensOf(job.title);
  // Each skill is read on its own, so "Tally, KYC" never runs two skills into one phrase.
  const skills = [...new Set(job.skills.flatMap((skill) => tokensOf(skill)))]
    .filter((t) => !title.includes(t))
    .map(skillToken);
  return { title, skills, version: VOCABULARY_VERSION };
}

/**
 * The role the title reads as, when it reads as exactly one and the employer picked another
 * ("KYC Executive" filed under "Back office executive"); undefined when the title agrees or is vague.
 */
export function titleReadsAs(title: string, picked: string): TitleReading | undefined {
  const parsed = parseQuery(title, loadGazetteer());
  const named = parsed.groups.filter(
    (g) => g.concept && g.roles.length > 0 && g.roles.length <= MAX_ROLES_LENT,
  );
  if (!named.length || named.some((g) => (g.roles as string[]).includes(picked))) return undefined;
  const first = named[0]!;
  return { role: first.roles[0]!, concept: first.concept! };
}
