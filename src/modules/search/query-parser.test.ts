import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { spellings } from './query-index.ts';
import {
  fuzzyVocabularyMatch,
  type Gazetteer,
  MAX_QUERY_CHARS,
  MAX_QUERY_TERMS,
  type ParsedQuery,
  parseQuery,
} from './query-parser.ts';
import { CONCEPTS, EDUCATION_RANK, SHIFT_ORDER } from './vocabulary.ts';
import { STOP_WORDS } from './vocabulary-stop-words.ts';

// Test-only places. The coordinates are placeholders for checking they pass through, not reference data.
const gazetteer: Gazetteer = {
  cities: [
    {
      slug: 'mumbai',
      name: 'Mumbai',
      localities: [
        { slug: 'andheri', name: 'Andheri', lat: 19.1, lng: 72.8 },
        { slug: 'powai', name: 'Powai', lat: 19.2, lng: 72.9 },
        { slug: 'bkc', name: 'Bandra Kurla Complex', lat: 19.3, lng: 72.7 },
        { slug: 'lower-parel', name: 'Lower Parel', lat: 19.4, lng: 72.6 },
        { slug: 'shivaji-nagar', name: 'Shivaji Nagar', lat: 19.5, lng: 72.5 },
      ],
    },
    {
      slug: 'navi-mumbai',
      name: 'Navi Mumbai',
      name_mr: 'नवी मुंबई',
      localities: [
        { slug: 'vashi', name: 'Vashi', lat: 18.1, lng: 73.1 },
        { slug: 'airoli', name: 'Airoli', aliases: ['airoli sector'], lat: 18.2, lng: 73.2 },
      ],
    },
    {
      slug: 'thane',
      name: 'Thane',
      name_mr: 'ठाणे',
      localities: [{ slug: 'wagle-estate', name: 'Wagle Estate', lat: 18.3, lng: 73.3 }],
    },
    {
      slug: 'pune',
      name: 'Pune',
      localities: [
        { slug: 'hinjewadi', name: 'Hinjewadi', lat: 17.1, lng: 74.1 },
        { slug: 'kharadi', name: 'Kharadi', name_hi: 'खराड़ी', lat: 17.2, lng: 74.2 },
        { slug: 'shivajinagar', name: 'Shivajinagar', lat: 17.3, lng: 74.3 },
      ],
    },
  ],
};

const parse = (raw: string): ParsedQuery => parseQuery(raw, gazetteer);

// Nothing that reaches SQL may carry an operator, quote or symbol: letters, marks, digits and spaces only.
function expectOnlyPlainWords(parsed: ParsedQuery): void {
  const strings = [parsed.text, ...parsed.termGroups.flat(), ...parsed.groups.map((group) => group.source)];
  for (const value of strings) expect(value).toMatch(/^[\p{L}\p{M}\p{N} ]*$/u);
}

function expectEmpty(parsed: ParsedQuery): void {
  expect(parsed).toEqual({
    text: '',
    termGroups: [],
    groups: [],
    roles: [],
    soft: [],
    explanation: [],
    explained: [],
  });
}

describe('queries seekers actually type', () => {
  it('"call centre job andheri" finds call-centre roles near Andheri, Mumbai', () => {
    const parsed = parse('call centre job andheri');
    expect(parsed.roles).toEqual(
      expect.arrayContaining(['call-centre-agent', 'customer-service-representative']),
    );
    expect(parsed.termGroups).toHaveLength(1);
    expect(parsed.termGroups[0]).toEqual(expect.arrayContaining(['call centre', 'call center', 'bpo']));
    expect(parsed.city).toBe('mumbai');
    expect(parsed.locality).toEqual({
      city: 'mumbai',
      slug: 'andheri',
      name: 'Andheri',
      lat: 19.1,
      lng: 72.8,
      radius_km: 5,
    });
    expect(parsed.text).toBe('call centre');
    expect(parsed.explanation).toContain("'andheri' -> near Andheri, Mumbai (within 5 km)");
  });

  it('"back office ki naukri" is the back office category with no stray required words', () => {
    const parsed = parse('back office ki naukri');
    expect(parsed.category).toBe('back_office');
    expect(parsed.termGroups).toEqual([]);
    expect(parsed.text).toBe('');
    expect(parsed.explanation).toContain("ignored: 'ki', 'naukri'");
  });

  it('"data entry thane 12th pass" is data entry in Thane open to 12th pass', () => {
    const parsed = parse('data entry thane 12th pass');
    expect(parsed.roles).toEqual(['data-entry-operator']);
    expect(parsed.city).toBe('thane');
    expect(parsed.locality).toBeUndefined();
    expect(parsed.education).toBe('12th');
    expect(parsed.text).toBe('data entry');
    expect(parsed.explanation).toContain("'12th pass' -> jobs open to 12th pass");
  });

  it('"custmer suport" is read as customer support despite both typos', () => {
    const parsed = parse('custmer suport');
    expect(parsed.category).toBe('customer_service');
    // The roles that serve customers, not every customer-service role (no telesales, no team lead).
    expect(parsed.roles).toContain('customer-service-representative');
    expect(parsed.roles).toContain('chat-support-executive');
    expect(parsed.roles).not.toContain('telecaller');
    expect(parsed.roles).not.toContain('team-lead');
    expect(parsed.explanation[0]).toContain("read as 'customer support'");
  });

  it('"कॉल सेंटर" in Devanagari is the call centre concept', () => {
    const parsed = parse('कॉल सेंटर');
    expect(parsed.roles).toContain('call-centre-agent');
    expect(parsed.termGroups[0]).toEqual(expect.arrayContaining(['call centre', 'कॉल सेंटर']));
  });

  it('"bpo night shift pune" keeps night shift as a boost, not a filter', () => {
    const parsed = parse('bpo night shift pune');
    expect(parsed.roles).toContain('call-centre-agent');
    // In IST a night shift is mostly US-process work, so both rank first.
    expect(parsed.shifts).toEqual(['night', 'us']);
    expect(parsed.soft).toEqual(['shifts']);
    expect(parsed.city).toBe('pune');
    expect(parsed.termGroups).toHaveLength(1);
  });

  it('"wfh chat process" is remote chat support, non-voice as a boost', () => {
    const parsed = parse('wfh chat process');
    expect(parsed.work_mode).toBe('remote');
    expect(parsed.roles).toEqual(['chat-support-executive']);
    expect(parsed.voice).toBe(false);
    expect(parsed.soft).toContain('voice');
    expect(parsed.text).toBe('chat process');
  });

  it('"international voice fresher" implies fluent English and night / US / UK shifts, for freshers', () => {
    const parsed = parse('international voice fresher');
    expect(parsed.roles).toEqual(['international-voice-agent']);
    expect(parsed.experience_max).toBe(0);
    expect(parsed.languages).toEqual([{ slug: 'english', level: 'fluent' }]);
    expect(parsed.shifts).toEqual(['night', 'uk', 'us']);
    expect(parsed.voice).toBe(true);
    expect(parsed.soft).toEqual(['shifts', 'voice', 'languages']);
  });

  it('"बॅक ऑफिस नोकरी" (Marathi) is the back office category', () => {
    const parsed = parse('बॅक ऑफिस नोकरी');
    expect(parsed.category).toBe('back_office');
    expect(parsed.termGroups).toEqual([]);
  });

  it('"ghar baithe typing job" is remote data entry', () => {
    const parsed = parse('ghar baithe typing job');
    expect(parsed.work_mode).toBe('remote');
    expect(parsed.roles).toEqual(['data-entry-operator']);
    expect(parsed.termGroups).toHaveLength(1);
  });

  it('mixed scripts: "call centre नोकरी पुणे" and "टेलीकॉलर job mumbai"', () => {
    const pune = parse('call centre नोकरी पुणे');
    expect(pune.roles).toContain('call-centre-agent');
    expect(pune.city).toBe('pune');
    expect(pune.termGroups).toHaveLength(1);
    const mumbai = parse('टेलीकॉलर job mumbai');
    expect(mumbai.roles).toEqual(['telecaller']);
    expect(mumbai.city).toBe('mumbai');
  });

  it('Hinglish and Marathi with the gazetteer\'s own Devanagari name: "ठाणे मध्ये बारावी पास जॉब"', () => {
    const parsed = parse('ठाणे मध्ये बारावी पास जॉब');
    expect(parsed.city).toBe('thane');
    expect(parsed.education).toBe('12th');
    expect(parsed.termGroups).toEqual([]);
  });
});

describe('phrases match before their words', () => {
  it('"navi mumbai" is Navi Mumbai, not Mumbai plus a stray word', () => {
    const parsed = parse('back office navi mumbai');
    expect(parsed.city).toBe('navi-mumbai');
    expect(parsed.termGroups).toEqual([]);
    expect(parse('नवी मुंबई').city).toBe('navi-mumbai');
  });

  it('"work from home" is remote, and "home" alone is not consumed', () => {
    expect(parse('work from home').work_mode).toBe('remote');
    expect(parse('work from home').termGroups).toEqual([]);
    expect(parse('home').termGroups).toEqual([['home']]);
  });

  it('call centre, call center, callcenter, BPO and Hindi are one idea', () => {
    const expected = parse('call centre').roles;
    for (const query of ['call center', 'callcenter', 'BPO', 'b.p.o', 'कॉलसेंटर', 'CALL-CENTRE']) {
      expect(parse(query).roles, query).toEqual(expected);
    }
  });

  it('telecaller = telesales = tele caller = outbound calling = टेलीकॉलर', () => {
    for (const query of ['telecaller', 'telesales', 'tele caller', 'outbound calling', 'टेलीकॉलर']) {
      const parsed = parse(query);
      expect(parsed.roles, query).toEqual(['telecaller']);
      expect(parsed.voice, query).toBe(true);
    }
  });

  it('"customer success" and "customer experience manager" are not plain customer service', () => {
    expect(parse('customer success').roles).toEqual(['customer-success-manager']);
    expect(parse('customer experience manager').roles).toEqual(['customer-experience-manager']);
    expect(parse('customer success').category).toBeUndefined();
  });
});

describe('filters a seeker implies', () => {
  it('work from home in Hindi, Marathi and Hinglish is remote', () => {
    for (const query of ['WFH', 'remote', 'ghar se kaam', 'घर से काम', 'घरून काम', 'घर बैठे']) {
      expect(parse(query).work_mode, query).toBe('remote');
      expect(parse(query).termGroups, query).toEqual([]);
    }
  });

  it('fresher = 0 experience = no experience = फ्रेशर', () => {
    for (const query of ['fresher', 'freshers', '0 experience', 'no experience', 'फ्रेशर']) {
      expect(parse(query).experience_max, query).toBe(0);
    }
  });

  it('"2 years experience" and "3 yrs" give the seeker\'s experience', () => {
    expect(parse('2 years experience mis').experience_max).toBe(2);
    expect(parse('2 years experience mis').roles).toEqual(['mis-executive']);
    expect(parse('3 yrs').experience_max).toBe(3);
  });

  it('10th pass = SSC = दहावी, 12 pass = HSC = बारावी, including Devanagari digits', () => {
    for (const query of ['10th pass', 'ssc', 'दहावी', '10वी पास'])
      expect(parse(query).education, query).toBe('10th');
    for (const query of ['12 pass', 'HSC', 'बारावी', '१२वी पास', '12th']) {
      expect(parse(query).education, query).toBe('12th');
    }
  });

  it("any bachelor's degree is graduate, and the highest level named wins", () => {
    for (const query of ['graduate', 'B.Com', 'bcom', 'BA', 'B.Sc.', 'bba', 'bca', 'any graduate', 'बीकॉम']) {
      expect(parse(query).education, query).toBe('graduate');
    }
    expect(parse('12th pass graduate').education).toBe('graduate');
  });

  it('voice and non-voice are boosts, and asking for both cancels out', () => {
    expect(parse('voice process').voice).toBe(true);
    expect(parse('non voice').voice).toBe(false);
    expect(parse('non-voice process').voice).toBe(false);
    const both = parse('voice non voice');
    expect(both.voice).toBeUndefined();
    expect(both.soft).toEqual([]);
  });

  it('shift words are boosts in taxonomy order', () => {
    expect(parse('uk shift').shifts).toEqual(['uk']);
    expect(parse('US shift rotational').shifts).toEqual(['rotational', 'us']);
    expect(parse('day shift').soft).toEqual(['shifts']);
  });

  it('roles named in English, short forms and Devanagari map to taxonomy slugs', () => {
    const cases: [string, string[]][] = [
      ['tech support', ['technical-support-specialist', 'help-desk-technician']],
      // An IT help desk is its own seat; "tech support" takes both roles.
      ['helpdesk', ['help-desk-technician']],
      ['TL', ['team-lead']],
      ['team leader', ['team-lead']],
      ['QA', ['quality-analyst']],
      ['MIS', ['mis-executive']],
      ['tally', ['accounts-assistant', 'reconciliation-executive']],
      ['accountant', ['accounts-assistant', 'reconciliation-executive']],
      ['hr ops', ['hr-operations-executive']],
      ['recruiter ops', ['hr-operations-executive']],
      ['kyc', ['kyc-compliance-executive']],
      ['email process', ['email-support-executive']],
      ['डाटा एंट्री', ['data-entry-operator']],
    ];
    for (const [query, roles] of cases) expect(parse(query).roles, query).toEqual(roles);
  });

  it('KPO and part time are required words with their synonyms', () => {
    expect(parse('kpo').termGroups).toEqual([['kpo', 'knowledge process']]);
    expect(parse('part-time').termGroups).toEqual([['part time', 'parttime']]);
  });

  it('"naukri in mumbai" is only a city: stop words never become required', () => {
    const parsed = parse('naukri in mumbai');
    expect(parsed.city).toBe('mumbai');
    expect(parsed.termGroups).toEqual([]);
    expect(parse('vacancy hiring jobs near').termGroups).toEqual([]);
    expect(parse('नौकरी में की').termGroups).toEqual([]);
  });

  it('"jobs near me" asks for the seeker\'s location', () => {
    expect(parse('jobs near me').near_me).toBe(true);
  });

  it('unknown words stay as required text, unknown to the vocabulary but not dropped', () => {
    const parsed = parse('zomato hindi');
    expect(parsed.termGroups).toEqual([['zomato']]);
    expect(parsed.languages).toEqual([{ slug: 'hindi', level: 'conversational' }]);
    expect(parsed.soft).toEqual(['languages']);
  });
});

describe('places', () => {
  it('Devanagari and old names of cities resolve through the vocabulary', () => {
    expect(parse('मुंबई').city).toBe('mumbai');
    expect(parse('bombay').city).toBe('mumbai');
    expect(parse('poona').city).toBe('pune');
  });

  it('locality spellings: BKC, a Devanagari name, an alias, a one-letter typo', () => {
    expect(parse('bkc').locality?.slug).toBe('bkc');
    expect(parse('खराडी').locality?.slug).toBe('kharadi');
    expect(parse('पवई').locality?.slug).toBe('powai');
    expect(parse('airoli sector').locality?.slug).toBe('airoli');
    expect(parse('hinjawadi').locality?.slug).toBe('hinjewadi');
    expect(parse('lower parel').locality?.city).toBe('mumbai');
  });

  it('a locality name shared by two cities resolves to the city the query names', () => {
    expect(parse('shivaji nagar pune').locality?.slug).toBe('shivajinagar');
    expect(parse('shivaji nagar').locality?.city).toBe('mumbai');
  });

  it('one place at a time: the first wins and the rest are explained', () => {
    const parsed = parse('andheri pune');
    expect(parsed.locality?.slug).toBe('andheri');
    expect(parsed.city).toBe('mumbai');
    expect(parsed.explanation).toContain("'pune' ignored: one place at a time, kept Andheri, Mumbai");
    expect(parse('mumbai andheri').locality?.slug).toBe('andheri');
  });

  it('parsing never changes the gazetteer it is given', () => {
    const before = JSON.stringify(gazetteer);
    parse('andheri call centre');
    expect(JSON.stringify(gazetteer)).toBe(before);
  });
});

describe('hostile and odd input', () => {
  it('10,000 characters are capped to 200 characters and 12 words', () => {
    const parsed = parse('call centre andheri '.repeat(500));
    expect(parsed.text.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(parsed.termGroups.length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
    const words = parse(
      Array.from({ length: 10_000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join(''),
    );
    expect(Array.from(words.text).length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expectOnlyPlainWords(words);
  });

  it('"\'; DROP TABLE jobs; --" becomes harmless words', () => {
    const parsed = parse("'; DROP TABLE jobs; --");
    expect(parsed.text).toBe('drop table');
    expectOnlyPlainWords(parsed);
  });

  it('tsquery operators alone give an empty query, not an error', () => {
    expectEmpty(parse('&|!:*()'));
    expectEmpty(parse('   '));
    expectEmpty(parse(''));
    expectEmpty(parse('\\";--<->'));
  });

  it('operators inside a query are stripped and the words still understood', () => {
    const parsed = parse("call & centre | !bpo:* ('andheri')");
    expect(parsed.roles).toContain('call-centre-agent');
    expect(parsed.locality?.slug).toBe('andheri');
    expectOnlyPlainWords(parsed);
  });

  it('emoji-only input is empty, and emoji around words are dropped', () => {
    expectEmpty(parse('😀🙏🏽👍 ❤️ 🇮🇳 👨‍👩‍👧'));
    expect(parse('📞 call centre 🙏').roles).toContain('call-centre-agent');
  });

  it('full-width letters and nukta spellings normalise to the same words', () => {
    expect(parse('ＢＰＯ').roles).toContain('call-centre-agent');
    // U+0922 U+093C (decomposed) and U+095D (precomposed) are the same Devanagari letter.
    expect(parse('\u0922\u093c').text).toBe(parse('\u095d').text);
    expect(parse('खराड़ी').locality?.slug).toBe('kharadi');
  });
});

describe('fuzzyVocabularyMatch', () => {
  it('maps common misspellings to their concept', () => {
    expect(fuzzyVocabularyMatch('custmer')?.concepts[0]).toBe('customer_service');
    expect(fuzzyVocabularyMatch('suport')?.concepts[0]).toBe('customer_service');
    expect(fuzzyVocabularyMatch('centar')?.concepts).toContain('call_centre');
    expect(fuzzyVocabularyMatch('recepshonist')).toMatchObject({ word: 'receptionist', distance: 2 });
    expect(fuzzyVocabularyMatch('telecallar')?.concepts).toEqual(['telecaller']);
    expect(fuzzyVocabularyMatch('टेलीकालर')?.concepts).toEqual(['telecaller']);
  });

  it('allows one typo up to 7 letters, two from 8, none below 4', () => {
    expect(fuzzyVocabularyMatch('chta')?.word).toBe('chat');
    expect(fuzzyVocabularyMatch('chtaa')).toBeUndefined();
    expect(fuzzyVocabularyMatch('typistt')?.word).toBe('typist');
    expect(fuzzyVocabularyMatch('recepshonist')?.distance).toBe(2);
    expect(fuzzyVocabularyMatch('recepshonistt')).toBeUndefined();
    expect(fuzzyVocabularyMatch('mis')?.distance).toBe(0);
    expect(fuzzyVocabularyMatch('mus')).toBeUndefined();
    expect(fuzzyVocabularyMatch('12thh')).toBeUndefined();
  });

  it('a corrected word that still matches nothing is searched as typed', () => {
    // "bask" is one letter from "back", which alone is no concept ("back office" is).
    expect(parse('bask').termGroups).toEqual([['bask']]);
    expect(parse('bank').groups.map((g) => g.concept)).toEqual(['industry_banking']);
  });

  it('a short typo inside a known phrase is read by the phrase: "bak office", never a known word', () => {
    const bak = parse('bak office');
    expect(bak.category).toBe('back_office');
    expect(bak.groups).toEqual([]);
    expect(bak.explained[0]).toMatchObject({
      code: 'concept',
      params: { typed: 'bak office', read: 'back office' },
    });
    // "bank" is a word we know: it is not bent into "back".
    expect(parse('bank office').category).toBeUndefined();
    expect(parse('dta entry').roles).toContain('data-entry-operator');
    expect(parse('cal centre').roles).toContain('call-centre-agent');
    // Two unknown words ("ofise" is two typos from "office"): nothing to anchor a guess on.
    expect(parse('bak ofise').category).toBeUndefined();
  });

  it('a shift the seeker names replaces the shifts a role concept implies', () => {
    expect(parse('international voice').shifts).toEqual(expect.arrayContaining(['night', 'uk', 'us']));
    expect(parse('international voice us shift').shifts).toEqual(['us']);
    expect(parse('bpo night shift').shifts).toEqual(['night', 'us']);
    expect(parse('bpo day shift').shifts).toEqual(['day']);
  });

  it('ordinary words near a stop word are kept, long stop-word typos are dropped', () => {
    expect(parse('food delivery').termGroups).toEqual([['food'], ['delivery']]);
    expect(parse('ms word').termGroups).toEqual([['ms'], ['word']]);
    expect(parse('vacncy naukary').termGroups).toEqual([]);
  });

  it('place typos must keep the first letter, so "june" is not Pune but "andheeri" is Andheri', () => {
    expect(parse('june').city).toBeUndefined();
    expect(parse('june').termGroups).toEqual([['june']]);
    expect(parse('andheeri').locality?.slug).toBe('andheri');
  });
});

describe('the vocabulary itself', () => {
  const taxonomy = JSON.parse(
    readFileSync(new URL('../../shared/reference/taxonomy.json', import.meta.url), 'utf8'),
  ) as {
    categories: { slug: string }[];
    roles: { slug: string }[];
    education_levels: { slug: string; rank: number }[];
    work_modes: { slug: string }[];
    shifts: { slug: string }[];
    languages: { slug: string }[];
  };

  it('uses only slugs from taxonomy.json', () => {
    const slugs = (rows: { slug: string }[]) => new Set(rows.map((row) => row.slug));
    const roles = slugs(taxonomy.roles);
    for (const concept of CONCEPTS) {
      for (const role of concept.roles ?? []) expect(roles.has(role), `${concept.id}: ${role}`).toBe(true);
      if (concept.category) expect(slugs(taxonomy.categories).has(concept.category)).toBe(true);
      if (concept.work_mode) expect(slugs(taxonomy.work_modes).has(concept.work_mode)).toBe(true);
      for (const shift of concept.shifts ?? []) expect(slugs(taxonomy.shifts).has(shift)).toBe(true);
      for (const language of concept.languages ?? []) {
        expect(slugs(taxonomy.languages).has(language.slug)).toBe(true);
      }
    }
    expect(SHIFT_ORDER).toEqual(taxonomy.shifts.map((shift) => shift.slug));
    expect(Object.entries(EDUCATION_RANK)).toEqual(
      taxonomy.education_levels.map((level) => [level.slug, level.rank]),
    );
  });

  it('no spelling means two things, and no stop word hides a concept', () => {
    const owner = new Map<string, string>();
    for (const concept of CONCEPTS) {
      for (const form of concept.forms) {
        for (const spelling of spellings(form)) {
          const known = owner.get(spelling);
          expect(
            known === undefined || known === concept.id,
            `'${spelling}': ${known} and ${concept.id}`,
          ).toBe(true);
          owner.set(spelling, concept.id);
        }
      }
    }
    for (const word of STOP_WORDS) {
      for (const spelling of spellings(word)) expect(owner.get(spelling), spelling).toBeUndefined();
    }
  });

  it('every concept that names roles also carries terms, so it becomes a match group', () => {
    for (const concept of CONCEPTS) {
      if (concept.roles !== undefined) expect(concept.terms?.length, concept.id).toBeGreaterThan(0);
    }
  });
});

describe('no lost words (issue #15)', () => {
  it('reads a number as pay when it looks like pay, and never a pincode or a sector number', () => {
    expect(parse('chat support 16000').salary_min).toBe(14400);
    expect(parse('chat support 16k').salary_min).toBe(14400);
    expect(parse('mis 3.6 lpa').salary_min).toBe(27000);
    expect(parse('₹21,000 pm kyc').salary_min).toBe(18900);
    expect(parse('kyc 400703').salary_min).toBeUndefined();
    expect(parse('sector 19 vashi bpo').salary_min).toBeUndefined();
    expect(parse('chat support 16000').termGroups).toHaveLength(1);
  });

  it('reads place glue and language cues instead of requiring them', () => {
    const station = parse('kyc near shivajinagar station');
    expect(station.locality?.slug).toMatch(/^shivaji-?nagar$/);
    expect(station.termGroups).toHaveLength(1);
    const side = parse('telecaller kharadi east');
    expect(side.locality?.slug).toBe('kharadi');
    expect(side.termGroups).toHaveLength(1);
    const cue = parse('gujarati bolne wala telecaller');
    expect(cue.termGroups).toHaveLength(1);
  });

  it('an unknown word beside a known concept ranks instead of filtering; alone, it stays the search', () => {
    const ranked = parse('reconciliation sapient');
    expect(ranked.rankWords).toEqual(['sapient']);
    expect(ranked.termGroups).toHaveLength(1);
    expect(parse('sapient pune').termGroups).toEqual([['sapient']]);
  });

  it('a workplace beside a role it does not contain says where the role works', () => {
    const parsed = parse('trainer kpo');
    expect(parsed.roles).toEqual(['training-specialist']);
    expect(parsed.explained.map((e) => e.code)).toContain('in_context');
    // A role the workplace contains still narrows it: telecallers in a BPO.
    expect(parse('telecaller bpo').termGroups).toHaveLength(2);
  });

  it('trade names are data: recovery = collections, AR calling is US-shift voice work', () => {
    expect(parse('loan recovery').groups[0]?.concept).toBe('collections');
    expect(parse('vasuli').groups[0]?.concept).toBe('collections');
    const ar = parse('ar calling');
    expect(ar.roles).toEqual(['international-voice-agent']);
    expect(ar.shifts).toEqual(['us']);
  });
});

describe('no lost words: sectors, industrial areas, Hinglish classes and pay ranges (issue #15)', () => {
  it('a sector number, an MIDC or a phase is where, not a word every job must carry', () => {
    const sector = parse('sector 17 vashi');
    expect(sector.locality?.slug).toBe('vashi');
    expect(sector.termGroups).toEqual([]);
    const withRole = parse('chat support sec 30 vashi');
    expect(withRole.termGroups).toHaveLength(1);
    expect(withRole.rankWords).toBeUndefined();
    expect(parse('kyc wagle estate midc').rankWords).toBeUndefined();
    expect(parse('telecaller hinjewadi phase 3').rankWords).toBeUndefined();
  });

  it('"10vi pass" and "12vi pass" are the classes seekers mean', () => {
    expect(parse('10vi pass telecaller').education).toBe('10th');
    expect(parse('data entry 12vi pass').education).toBe('12th');
    expect(parse('barahvi pass back office').education).toBe('12th');
    expect(parse('12vi pass').termGroups).toEqual([]);
  });

  it('a pay range is a floor at its low end, and its high end is no required word', () => {
    const range = parse('mis 18000 to 22000');
    expect(range.salary_min).toBe(16200);
    expect(range.rankWords).toBeUndefined();
    expect(range.termGroups).toHaveLength(1);
    expect(parse('chat 14k-17k').salary_min).toBe(12600);
    expect(parse('email support 14-17k').salary_min).toBe(12600);
    expect(parse('kyc ₹16,000 – ₹19,000 per month').salary_min).toBe(14400);
    expect(parse('team lead 3 se 4 lpa').salary_min).toBe(22500);
    // Office hours are no pay.
    expect(parse('back office 10 to 7').salary_min).toBeUndefined();
  });

  it('"in hand" and "take home" say which pay, and are no required words', () => {
    const inHand = parse('telecaller 19k in hand');
    expect(inHand.salary_min).toBe(17100);
    expect(inHand.rankWords).toBeUndefined();
    expect(parse('chat process 17000 take home').rankWords).toBeUndefined();
  });
});

describe('industries, selling and how hiring happens (issue #15, rel4)', () => {
  it('an industry alone is the search, read as the industry whatever the language', () => {
    for (const words of ['banking', 'bank ka kaam', 'बँकेत नोकरी', 'credit card process']) {
      const parsed = parse(words);
      expect(
        parsed.groups.map((g) => g.concept),
        words,
      ).toEqual(['industry_banking']);
      expect(parsed.rankWords, words).toBeUndefined();
    }
    expect(parse('विमा').groups.map((g) => g.concept)).toEqual(['industry_insurance']);
    expect(parse('telecom jobs').groups.map((g) => g.concept)).toEqual(['industry_telecom']);
  });

  it('an industry beside a kind of job ranks that job at that industry first and filters nothing', () => {
    const parsed = parse('insurance chat support');
    expect(parsed.groups.map((g) => g.concept)).toEqual(['chat_process']);
    expect(parsed.industries).toEqual(['industry_insurance']);
    expect(parsed.explained.map((e) => e.code)).toContain('industry_rank');
    expect(parse('telecom customer care').industries).toEqual(['industry_telecom']);
    // A firm or a product ranks by its own words: card desks before loan desks.
    const card = parse('credit card collections');
    expect(card.rankWords).toEqual(['credit card']);
    expect(card.industries).toBeUndefined();
    expect(parse('airtel customer care').rankWords).toEqual(['airtel']);
  });

  it('selling is its own concept, apart from collections, in English, Hinglish and Devanagari', () => {
    for (const words of ['sales', 'sales job', 'selling', 'बिक्री', 'सेल्स']) {
      const groups = parse(words).groups;
      expect(
        groups.map((g) => g.concept),
        words,
      ).toEqual(['sales']);
    }
    // Selling lends no role: a sales title is no telecaller, and so no call-centre job.
    expect(parse('sales').groups[0]?.roles).toEqual([]);
    expect(parse('loan recovery').groups.map((g) => g.concept)).toEqual(['collections']);
    expect(parse('field sales').groups.map((g) => g.concept)).toEqual(['field_sales']);
    expect(parse('inside sales').groups.map((g) => g.concept)).toEqual(['telecaller']);
  });

  it('walk-in, immediate joining and urgent are wishes that rank, never required words', () => {
    for (const words of ['walk in', 'walk-in interview', 'walkin drive', 'immediate joining', 'urgent']) {
      const parsed = parse(words);
      expect(parsed.termGroups, words).toEqual([]);
      expect(parsed.wishes?.length, words).toBe(1);
    }
    const withJob = parse('walk in telecaller');
    expect(withJob.groups.map((g) => g.concept)).toEqual(['telecaller']);
    expect(withJob.wishes).toEqual(['walk_in']);
    expect(withJob.rankWords).toBeUndefined();
  });
});
