// Owns the second reading of a parsed query, once every word has a meaning: the pay asked for, a
// workplace named beside a role ("team lead bpo"), and unknown words that should rank, not filter.
// Must never touch the database; it only rearranges what the parser understood.
import { normaliseText } from './query-normalise.ts';
import type { PayRead } from './query-pay.ts';
import type { Explained, ParsedQuery, QueryGroup } from './query-types.ts';
import { CONCEPTS } from './vocabulary.ts';

/** How far below a typed pay a job's posted minimum may start and still count. */
const TYPED_PAY_SLACK = 0.9;

const CONTEXTS = new Set(CONCEPTS.filter((c) => c.context).map((c) => c.id));
const INDUSTRIES = new Set(CONCEPTS.filter((c) => c.industry).map((c) => c.id));
const SPECIFIC = new Map(CONCEPTS.map((c) => [c.id, new Set((c.specific ?? []).map(normaliseText))]));

function say(parsed: ParsedQuery, line: Explained): void {
  parsed.explanation.push(line.text);
  parsed.explained.push(line);
}

export function refine(parsed: ParsedQuery, pay: PayRead | undefined): ParsedQuery {
  if (pay) {
    // A typed amount is what the seeker hopes for, not a hard line: a job starting a tenth lower is
    // still one they would take ("25k" keeps a 23,000-28,000 job). salary_min=X is exact.
    const floor = Math.floor((pay.monthly * TYPED_PAY_SLACK) / 100) * 100;
    parsed.salary_min = floor;
    if (pay.monthly > floor) parsed.salary_typed = pay.monthly;
    say(parsed, {
      code: 'pay',
      params: { typed: pay.typed, amount: floor },
      text: `'${pay.typed}' -> jobs paying at least ${floor} a month`,
    });
  }
  let groups = inContext(parsed, parsed.groups);
  groups = industryBeside(parsed, groups);
  groups = rankOnly(parsed, groups);
  parsed.groups = groups;
  parsed.termGroups = groups.map((g) => [...g.terms]);
  parsed.roles = [...new Set(groups.flatMap((g) => g.roles))];
  return parsed;
}

/**
 * "team lead bpo": a workplace concept beside a role it does not contain would intersect to nothing
 * (no job is both a BPO agent and a team lead); it says where the role works, so the role alone filters.
 */
function inContext(parsed: ParsedQuery, groups: QueryGroup[]): QueryGroup[] {
  const roles = groups.filter((g) => g.concept && !CONTEXTS.has(g.concept) && g.roles.length > 0);
  if (!roles.length) return groups;
  return groups.filter((g) => {
    if (!g.concept || !CONTEXTS.has(g.concept)) return true;
    const overlaps = roles.some((r) => r.roles.some((slug) => g.roles.includes(slug)));
    if (overlaps) return true;
    const role = roles[0]!.source;
    say(parsed, {
      code: 'in_context',
      params: { typed: g.source, role },
      text: `'${g.source}' -> where the ${role} works, not a second kind of job`,
    });
    return false;
  });
}

/**
 * "insurance telecaller", "bank call centre": an industry beside a kind of job says whose work the
 * job does. Many postings do not say their industry (a BPO runs a bank's card process and files it
 * as BPO), so it ranks the jobs that say it first and hides none; an industry named alone ("bank ka
 * kaam") is the search and stays a group.
 */
function industryBeside(parsed: ParsedQuery, groups: QueryGroup[]): QueryGroup[] {
  const what = groups.find((g) => g.concept && !INDUSTRIES.has(g.concept));
  if (!what) return groups;
  const industries = groups.filter((g) => g.concept && INDUSTRIES.has(g.concept));
  if (!industries.length) return groups;
  // "credit card collections", "hdfc telecaller": a product or a firm ranks by its own words.
  const specific = industries.filter((g) => SPECIFIC.get(g.concept!)?.has(normaliseText(g.source)));
  const named = industries.filter((g) => !specific.includes(g));
  for (const g of specific) {
    const line = parsed.explained.find((l) => l.code === 'concept' && l.params.read === g.source);
    if (!line) continue;
    line.code = 'rank_word';
    line.params = { word: g.source };
    line.text = `'${g.source}' -> jobs mentioning '${g.source}' first`;
  }
  parsed.explanation = parsed.explained.map((l) => l.text);
  if (named.length) parsed.industries = named.map((g) => g.concept!);
  for (const g of named) {
    say(parsed, {
      code: 'industry_rank',
      params: { typed: g.source, role: what.source },
      text: `'${g.source}' -> ${what.source} jobs in this industry first`,
    });
  }
  return groups.flatMap((g) => {
    if (named.includes(g)) return [];
    // A plain group, which rankOnly turns into words that rank.
    if (specific.includes(g)) return [{ source: g.source, terms: [g.source], roles: [] }];
    return [g];
  });
}

/**
 * Whether the query says what kind of job besides plain words: a concept or a category. A place, a
 * pay or a wish ("zebrafinch ghansoli", "zomato hindi") says where or how, so the word stays the what.
 */
function understoodBesidesWords(parsed: ParsedQuery, groups: QueryGroup[]): boolean {
  return groups.some((g) => g.concept !== undefined) || parsed.category !== undefined;
}

/**
 * When the rest of the query is understood, a word the vocabulary does not know ("telecaller thane
 * ghatkoparwala", "kyc hdfc") ranks the jobs that carry it first and hides none: a seeker's extra
 * word should never empty a page the understood words would fill.
 */
function rankOnly(parsed: ParsedQuery, groups: QueryGroup[]): QueryGroup[] {
  const plain = groups.filter((g) => g.concept === undefined && g.roles.length === 0);
  if (!plain.length || !understoodBesidesWords(parsed, groups)) return groups;
  parsed.rankWords = plain.map((g) => g.source);
  const ranked = new Set(parsed.rankWords);
  for (const line of parsed.explained) {
    if (line.code !== 'word' || !ranked.has(String(line.params.word))) continue;
    line.code = 'rank_word';
    line.text = `'${line.params.word}' -> jobs mentioning '${line.params.word}' first`;
  }
  parsed.explanation = parsed.explained.map((line) => line.text);
  return groups.filter((g) => !plain.includes(g));
}
