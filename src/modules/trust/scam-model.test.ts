// The learned model beside the rules: what a moderator and an employer would notice. It raises a flag
// (never a hold on its own) only with the clauses that drove it quoted and marked; a verified badge halves
// its say; it never lowers what the rules found; and its weights are exactly what the training script
// makes from the development data, so nobody can ship weights fitted to a held-out set.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { developmentSets } from '../../../test/trust/development-sets.ts';
import { markSentences } from './evidence-marks.ts';
import { loadScamModel, type ScamModelFile } from './scam-model.ts';
import { modelFile, trainScamModel } from './scam-model-train.ts';
import { scoreJob } from './scam-score.ts';

// Our own examples, written for this test (not taken from any labelled set).
const HINGLISH_LURE = {
  title: 'Part time work',
  description:
    'Ghar baithe kaam karo aur roz kamao. Sirf mobile chahiye. Abhi message karo, seats limited hai.',
  company_name: 'Sai Enterprises',
};
const ENGLISH_LURE = {
  title: 'Online work from mobile',
  description:
    'Earn daily from your phone in spare time. Simple online work, no experience or qualification needed. ' +
    'Message us on the number below to start today.',
  company_name: 'Sai Enterprises',
};
const HONEST = {
  title: 'Back office executive',
  description:
    'Maintain client records and MIS reports for an insurance broker in Andheri East. Graduate with Excel. ' +
    'Salary 18,000-22,000 a month, PF. Interview at our office.',
  company_name: 'Sai Enterprises',
};

const modelHit = (result: ReturnType<typeof scoreJob>) =>
  result.hits.find((hit) => hit.rule === 'reads-like-known-scams');

describe('the learned model beside the rules', () => {
  it('flags a lure the rules let through, quoting the sentences that drove it; the queue marks them', () => {
    expect(scoreJob(HINGLISH_LURE, {}, null).decision).toBe('clear');
    const result = scoreJob(HINGLISH_LURE);
    expect(result.decision).toBe('flagged');
    const hit = modelHit(result)!;
    expect(hit.weight).toBe(30);
    expect(hit.evidence).toMatch(/^"[^"]+"( · "[^"]+")? \(model: 0\.9\d\)$/);
    expect(hit.evidence).toContain('ghar baithe kaam karo aur roz kamao');
    const marked = markSentences(HINGLISH_LURE.description, result.hits);
    expect(marked.find((s) => s.text.startsWith('Ghar baithe'))?.rules).toContain('reads-like-known-scams');
    expect(marked.find((s) => s.text.startsWith('Sirf mobile'))?.rules).toEqual([]);
  });

  it('never holds on its own; a verified badge halves its say', () => {
    expect(scoreJob(ENGLISH_LURE, {}, null).decision).toBe('clear');
    const unverified = scoreJob(ENGLISH_LURE);
    expect(modelHit(unverified)?.weight).toBe(30);
    expect(unverified.decision).toBe('flagged');
    const verified = scoreJob(ENGLISH_LURE, { employerVerified: true });
    expect(modelHit(verified)?.weight).toBe(15);
    // One-line texts that name OTPs, bank accounts or "in your name" innocently: the model can be
    // confidently wrong on them (docs/evaluation-scam.md), so alone it can reach a moderator, never a hold.
    for (const description of [
      'A salary account will be opened in your name with our payroll bank.',
      'You will receive your OTP on the registered mobile to sign in to the training portal.',
    ])
      expect(scoreJob({ ...HONEST, description }).decision).not.toBe('held');
  });

  it('never lowers what the rules found: a verified employer asking a fee is still held', () => {
    const fee = {
      ...HONEST,
      description: `${HONEST.description} Pay Rs 1,200 for your ID card and training kit before joining.`,
    };
    const result = scoreJob(fee, { employerVerified: true });
    expect(result.decision).toBe('held');
    expect(result.hits.map((h) => h.rule)).toContain('fee-or-deposit');
  });

  it('leaves an ordinary honest posting alone', () => {
    const result = scoreJob(HONEST);
    expect(modelHit(result)).toBeUndefined();
    expect(result.decision).toBe('clear');
  });

  it('ships exactly the weights that npm run train:scam makes from the development data', () => {
    const shipped = JSON.parse(
      readFileSync(new URL('./scam-model.json', import.meta.url), 'utf8'),
    ) as ScamModelFile;
    const postings = developmentSets();
    const trained = trainScamModel(postings.map((p) => ({ posting: p.posting, scam: p.scam })));
    const file = modelFile(trained, shipped.trained_on ?? '');
    expect(file.weights).toBe(shipped.weights);
    expect(file.bias).toBe(shipped.bias);
    expect(file.scale).toBe(shipped.scale);
    expect(shipped.trained_on).toContain(`${postings.length} postings`);
    expect(loadScamModel(shipped).weights).toHaveLength(shipped.dims);
  }, 180_000);
});
