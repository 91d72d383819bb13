// Owns the trade's own names for jobs that the taxonomy files under a broader role: collections /
// recovery, AR calling in US healthcare, and the like, in English, Hinglish, Roman Marathi and Devanagari.
// Must never hold code or SQL: a change here changes what words mean (and re-derives every job's concepts).

import type { Concept } from './vocabulary.ts';

export const DOMAIN_CONCEPTS: readonly Concept[] = [
  {
    // Loans and cards: banks and NBFCs call the work "collections", agencies "recovery".
    id: 'collections',
    label: 'collections / recovery jobs',
    forms: [
      'collection',
      'collections',
      'collection executive',
      'collection agent',
      'collection officer',
      'collections executive',
      'tele collection',
      'telecollection',
      'recovery',
      'recovery executive',
      'recovery agent',
      'recovery officer',
      'loan recovery',
      'debt recovery',
      'debt collection',
      'vasuli',
      'vasooli',
      'वसूली',
      'वसुली',
      'रिकव्हरी',
      'रिकवरी',
      'कलेक्शन',
    ],
    terms: ['collection', 'collections', 'recovery', 'vasuli'],
    voice: true,
  },
  {
    // Accounts-receivable callers chase US insurers for hospital bills: a US-shift voice process.
    id: 'ar_caller',
    label: 'AR caller / US healthcare voice jobs (US shift)',
    forms: [
      'ar caller',
      'ar callers',
      'ar calling',
      'ar executive',
      'ar associate',
      'accounts receivable caller',
      'rcm',
      'rcm voice',
      'medical billing',
      'us healthcare',
      'us healthcare voice',
      'एआर कॉलर',
    ],
    terms: ['ar caller', 'ar calling', 'accounts receivable', 'rcm', 'medical billing', 'us healthcare'],
    roles: ['international-voice-agent'],
    voice: true,
    shifts: ['us'],
    within: 'international_voice',
  },
  {
    // Selling is its own work, not collecting: "sales" finds the telesales seat and any title that
    // sells (a card or policy sales advisor filed as customer service), never a recovery desk.
    id: 'sales',
    label: 'sales jobs (telesales, inside sales, sales executive)',
    forms: [
      'sales',
      'sale',
      'selling',
      'sales job',
      'sales executive',
      'sales associate',
      'sales officer',
      'sales advisor',
      'sales representative',
      'sales rep',
      'sales agent',
      'sales process',
      'cross selling',
      'cross sell',
      'upselling',
      'bechna',
      'सेल्स',
      'बिक्री',
      'विक्री',
      'सेल्स एक्झिक्युटिव्ह',
      'सेल्स एग्जीक्यूटिव',
    ],
    terms: ['sales', 'selling', 'telesales', 'tele sales', 'cross sell', 'upsell', 'सेल्स', 'बिक्री', 'विक्री'],
    roles: ['telecaller'],
  },
  {
    // Field sales is work on the road (meeting customers, feet on street), not a desk or a phone:
    // a seeker asking for it wants that, and one asking for "sales" alone gets the desk seats first.
    id: 'field_sales',
    label: 'field sales jobs (on the road)',
    forms: [
      'field sales',
      'field sales executive',
      'field executive',
      'field job',
      'field work',
      'field officer',
      'outdoor sales',
      'feet on street',
      'fos',
      'फील्ड सेल्स',
      'फील्ड जॉब',
    ],
    terms: ['field sales', 'field executive', 'field officer', 'outdoor sales', 'feet on street', 'fos'],
  },
];
