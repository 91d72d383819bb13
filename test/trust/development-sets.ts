// The development data, in one list: test/trust/postings.json and the held-out sets v1 and v2 (both have
// been looked at while designing the detector, so from then on they count as development data), dev4
// (written by a separate author as development data, read while fixing the rules), dev5 (our own hard
// honest cases and scams, trust4 session) and own-postings.json (our own, written for the learned model: honest postings that mention bank accounts,
// OTPs or documents innocently, and scams in new words). The learned model trains only on these
// (scripts/train-scam-model.ts). A fresh held-out set never goes here.
import { readFileSync } from 'node:fs';
import type { JobPosting, PostingContext } from '../../src/modules/trust/index.ts';
import { contextFor, HELD_OUT_URL, HELD_OUT_V2_URL, readHeldOut } from './labelled-set.ts';

export interface DevelopmentPosting {
  id: string;
  set: 'development' | 'v1' | 'v2' | 'dev4' | 'own' | 'dev5';
  scam: boolean;
  posting: JobPosting;
  context: PostingContext;
}

const OWN_URL = new URL('./own-postings.json', import.meta.url);
// Development set dev4: 300 postings by a separate author, written as development data (dev4/README.md).
const DEV4_URL = new URL('./dev4/postings.json', import.meta.url);
// Development set dev5: 163 postings of our own, most of them honest postings of the hard kinds that were
// accused (no-fee FAQs, denials, hostels, deposits others pay), written before the detector saw them (dev5/README.md).
export const DEV5_URL = new URL('./dev5/postings.json', import.meta.url);

type Labelled = JobPosting & { id: string; label: 'scam' | 'honest'; context: PostingContext };

export function developmentSets(): DevelopmentPosting[] {
  const own = JSON.parse(readFileSync(new URL('./postings.json', import.meta.url), 'utf8')) as Labelled[];
  return [
    ...own.map((p) => ({
      id: `dev:${p.id}`,
      set: 'development' as const,
      scam: p.label === 'scam',
      posting: p,
      context: p.context,
    })),
    ...(
      [
        ['v1', HELD_OUT_URL],
        ['v2', HELD_OUT_V2_URL],
        ['dev4', DEV4_URL],
        ['own', OWN_URL],
        ['dev5', DEV5_URL],
      ] as const
    ).flatMap(([set, url]) =>
      readHeldOut(url).map((p) => ({
        id: `${set}:${p.id}`,
        set,
        scam: p.label === 'scam',
        posting: p,
        context: contextFor(p),
      })),
    ),
  ];
}
