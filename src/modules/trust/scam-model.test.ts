// The learned model beside the rules: what a moderator and an employer would notice. It raises a flag
// (never a hold on its own) only with the clauses that drove it quoted and marked; a verified badge halves
// its say; it never lowers what the rules found; and its weights are exactly what the training script
// makes from the development data, so nobody can ship weights fitted to a held-out set.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { developmentSets } from '../../../test/trust/development-sets.ts';
import { markSentences } from './evidence-marks.ts';
import { foldPosting } from './normalize.ts';
import { loadScamModel, readWithModel, type ScamModelFile } from './scam-model.ts';
import { SHIPPED_SCAM_MODEL } from './scam-model-shipped.ts';
import { calibrateThresholds, modelFile, trainScamModel } from './scam-model-train.ts';
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

  it('flags on its own only at alone_at; at flag_at it needs a rule finding beyond the contact or name', () => {
    // Our own lure that no rule reads; thresholds set around its own probability, so only the second
    // piece of evidence differs between the cases.
    const lure = {
      title: 'Part time work',
      description: 'Work in spare time from your phone. Message us on the number below to start today.',
      company_name: 'Sai Enterprises',
    };
    expect(scoreJob(lure, {}, null).hits).toEqual([]);
    const p = readWithModel(
      SHIPPED_SCAM_MODEL,
      foldPosting(`${lure.title}\n${lure.description}`),
    ).probability;
    const model = { ...SHIPPED_SCAM_MODEL, flagAt: p - 0.01, aloneAt: Math.min(1, p + 0.01) };
    expect(modelHit(scoreJob(lure, {}, model))).toBeUndefined();
    // A free-mail address is about the contact, not a second piece of evidence.
    const gmail = { ...lure, contact_email: 'saienterprises.hr@gmail.com' };
    expect(scoreJob(gmail, {}, model).hits.map((h) => h.rule)).toEqual(['free-mail-contact']);
    // The same text posted by other companies is.
    expect(modelHit(scoreJob(lure, { duplicateCompanies: 3 }, model))?.weight).toBe(30);
    // At alone_at it speaks alone.
    expect(modelHit(scoreJob(lure, {}, { ...model, aloneAt: p - 0.005 }))?.weight).toBe(30);
  });

  it('calibrates its thresholds on cross-validated probabilities: alone above every honest posting', () => {
    const honest = (probability: number, corroborated = false) => ({
      probability,
      scam: false,
      corroborated,
    });
    const scored = [
      ...Array.from({ length: 400 }, (_, i) => honest(i / 1000)),
      honest(0.83, true),
      honest(0.925),
      { probability: 0.97, scam: true, corroborated: false },
    ];
    // One corroborated honest posting at 0.83 is 1/402 = 0.25%: flag_at 0.80 keeps within the share.
    expect(calibrateThresholds(scored)).toEqual({ flagAt: 0.8, aloneAt: 0.93 });
    expect(calibrateThresholds([...scored, honest(0.86, true)])).toEqual({ flagAt: 0.84, aloneAt: 0.93 });
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
