// Owns what a job's own words say it is: the vocabulary concepts its title and skills express, read
// by the same parser as a seeker's query, stored beside the role the employer picked (jobs.title_concepts,
// jobs.skill_concepts) so "kyc" finds a KYC job filed under "Back office executive".
// Must never touch the database: the jobs module stores what this returns, the search module queries it.
import { createHash } from 'node:crypto';
import { loadGazetteer } from '../../shared/reference/index.ts';
import { descriptionIndustry, descriptionWishes, wishToken } from './job-description.ts';
import { normaliseText, parseQuery } from './query-parser.ts';
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

/** Bump when the title rules in tokensOf change (they are code, not vocabulary data). */
const TITLE_RULES = 6;

/** Changes whenever the vocabulary does, so stored concepts know they are stale (re-derived in batches). */
export const VOCABULARY_VERSION: number = (() => {
  const digest = createHash('sha256')
    .update(JSON.stringify([CONCEPTS, STOP_WORDS, MAX_ROLES_LENT, TITLE_RULES]))
    .digest();
  return digest.readInt32BE(0) & 0x7fffffff;
})();

export interface JobConcepts {
  /** Tokens the title expresses (rank first: title evidence). */
  title: string[];
  /**
   * Tokens the skills express, beyond the title's ('+' in front: stored, not matched by search yet),
   * and the languages and night / UK hours the description states ('+@marathi', '+@night':
   * job-description.ts), which the seeker's language and shift wishes rank by.
   */
  skills: string[];
  version: number;
}

/** What the title's words read as: a role the job may be, when the title names one clearly. */
export interface TitleReading {
  role: RoleSlug;
  concept: string;
}

/** Concepts that say how a job is done, not which job: a title of one of these alone is call-centre work. */
const CALLING_WORK = new Set(['voice', 'inbound', 'domestic_voice']);
/** A workplace concept ("bpo", "call centre"): beside words that say the job, it names where, not what. */
// (A process such as "voice" is a context too, but it does say what the work is.)
const WORKPLACES = new Set(CONCEPTS.filter((c) => c.context && c.voice === undefined).map((c) => c.id));
/** Concepts of customer work that a US or UK process makes international. */
const CUSTOMER_WORK = new Set(['customer_service', 'call_centre', 'voice', 'inbound', 'domestic_voice']);
/** Concepts that say whose work it is (an industry), not what the work is: no title rule reads them. */
const INDUSTRIES = new Set(CONCEPTS.filter((c) => c.industry).map((c) => c.id));
/** The industry concept of each taxonomy industry that has words ("banking" -> industry_banking). */
const INDUSTRY_CONCEPT = new Map(CONCEPTS.flatMap((c) => (c.industry ? [[c.industry, c.id]] : [])));

/**
 * Tokens already read, by text: a bulk load (the seed, an import) repeats the same titles and skills
 * thousands of times, and one parse costs ~1-3 ms, which made the parser most of a 1M-job seed.
 * tokensOf is a pure function of the text and the vocabulary (fixed for the process), so a bounded
 * memo is exact; the oldest entries go first when it is full.
 */
const TOKENS_MEMO_MAX = 20_000;
const tokensMemo = new Map<string, readonly string[]>();

function tokensOf(text: string, asTitle = false): string[] {
  const key = `${asTitle ? 't' : 's'}\u0000${text}`;
  const known = tokensMemo.get(key);
  if (known) return [...known];
  const tokens = readTokens(text, asTitle);
  if (tokensMemo.size >= TOKENS_MEMO_MAX) tokensMemo.delete(tokensMemo.keys().next().value as string);
  tokensMemo.set(key, tokens);
  return [...tokens];
}

function readTokens(text: string, asTitle: boolean): string[] {
  const parsed = parseQuery(text, loadGazetteer());
  const tokens: string[] = [];
  let groups = parsed.groups;
  // "Reporting Executive - BPO": the workplace beside words the vocabulary does not know is where the
  // job is; those words are what it is, so the title does not read as a call-centre job.
  if (asTitle && (parsed.rankWords ?? []).some((w) => !GENERIC_TITLE_WORDS.has(w)))
    groups = groups.filter(
      (g) =>
        !g.concept ||
        !WORKPLACES.has(g.concept) ||
        groups.filter((o) => !INDUSTRIES.has(o.concept ?? '')).length > 1,
    );
  for (const group of groups) {
    if (!group.concept) continue;
    tokens.push(conceptToken(group.concept));
    if (group.roles.length <= MAX_ROLES_LENT) for (const role of group.roles) tokens.push(roleToken(role));
  }
  if (!asTitle) return [...new Set(tokens)];
  // "Walk-in Interview - Telecaller", "Urgent Hiring": how hiring happens, stated in the title.
  for (const wish of parsed.wishes ?? []) tokens.push(wishToken(wish));
  // "Telecaller - Insurance": the industry beside the job (query-refine.ts took it out of the groups).
  for (const id of parsed.industries ?? []) tokens.push(conceptToken(id));
  const concepts = new Set(
    groups.flatMap((g) => (g.concept && !INDUSTRIES.has(g.concept) ? [g.concept] : [])),
  );
  // A title that names only the calling ("Voice Process - Inbound") is call-centre work.
  const calling = parsed.voice === true && [...concepts].every((c) => CALLING_WORK.has(c));
  if (calling) tokens.push(conceptToken('call_centre'));
  // A US or UK process of customer work is international voice (DOMAIN.md: night / UK shifts). A
  // title names the country beside the work ("US Voice Process", "UK Customer Care"), where a
  // seeker's "us" alone would be the pronoun.
  const country = TITLE_COUNTRY.exec(normaliseText(text))?.[1];
  if (country && !parsed.shifts?.length)
    tokens.push(wishToken(country === 'uk' || country === 'british' ? 'uk' : 'us'));
  const foreign = parsed.shifts?.some((s) => s === 'us' || s === 'uk') || country !== undefined;
  if (foreign && (calling || [...concepts].some((c) => CUSTOMER_WORK.has(c))))
    tokens.push(conceptToken('international_voice'), roleToken('international-voice-agent'));
  return [...new Set(tokens)];
}

/** A country a title names beside the work (not "join us"). */
const TITLE_COUNTRY = /(?<!\bjoin )\b(us|usa|uk|american|british|canadian|australian)\b/u;

/** Words every title carries that say nothing about which job it is. */
const GENERIC_TITLE_WORDS = new Set([
  'executive',
  'associate',
  'officer',
  'job',
  'jobs',
  'staff',
  'walk',
  'in',
  'immediate',
  'joining',
  'hiring',
  'urgent',
  'fresher',
  'freshers',
]);

export function jobConcepts(job: {
  title: string;
  skills: readonly string[];
  description?: string | null;
  industry?: string | null;
  /** The walk-in drive the posting form filled in (jobs.interview), when there is one. */
  interview?: { walk_in_from?: string | null } | null;
}): JobConcepts {
  const title = tokensOf(job.title, true);
  // A job has one industry: the one its title names ("Telecaller - Insurance"), else its field,
  // else the one industry its description alone names ("HDFC credit card process" filed by a BPO as
  // BPO / KPO). It joins the title tokens, so "bank ka kaam" matches it and ranks it like a title.
  if (!title.some((t) => INDUSTRIES.has(t.slice(1)))) {
    const field = INDUSTRY_CONCEPT.get(job.industry ?? '');
    const read = field ?? descriptionIndustry(job.description ?? '');
    if (read) title.push(conceptToken(read));
  }
  // Each skill is read on its own, so "Tally, KYC" never runs two skills into one phrase.
  const skills = [...new Set(job.skills.flatMap((skill) => tokensOf(skill)))]
    .filter((t) => !title.includes(t))
    .map(skillToken);
  // The title is read with the description: "Night Shift Telecaller" filed as rotational, "मराठी
  // टेलिकॉलर" with no language listed, "Experienced Data Entry Operator" at 0 years are as the title
  // says. The title is its own sentence, so no negation reaches across.
  for (const wish of descriptionWishes(`${job.title}\n${job.description ?? ''}`))
    if (!skills.includes(wish) && !title.includes(wish)) skills.push(wish);
  // A walk-in drive with its dates is a walk-in, whatever the text says.
  if (
    job.interview?.walk_in_from &&
    !skills.includes(wishToken('walk_in')) &&
    !title.includes(wishToken('walk_in'))
  )
    skills.push(wishToken('walk_in'));
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
