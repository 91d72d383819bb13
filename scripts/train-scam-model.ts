// Trains the learned scam model (src/modules/trust/scam-model.ts) on the DEVELOPMENT postings only —
// test/trust/postings.json, the held-out sets v1 and v2 (looked at, so now development data), dev4 and our
// own test/trust/own-postings.json and dev5 (test/trust/development-sets.ts) — and writes src/modules/trust/scam-model.json. Deterministic: no randomness, no
// network; the same data gives the same file. Also prints 5-fold cross-validated figures (each posting
// scored by a model trained without it), for the model alone and for the rules plus the model.
// Never add a held-out set that has not been looked at (v3 and later) to DEVELOPMENT below.
// Run: npm run train:scam            (train, cross-validate, write the file)
//      npm run train:scam -- --check (cross-validate only; leave the file alone)
import { writeFileSync } from 'node:fs';
import {
  calibrateThresholds,
  independentOfModel,
  type JobPosting,
  modelFile,
  type PostingContext,
  type ScamModel,
  scamProbability,
  scoreJob,
  trainScamModel,
} from '../src/modules/trust/index.ts';
import { type DevelopmentPosting, developmentSets } from '../test/trust/development-sets.ts';

const FOLDS = 5;
const OUT = new URL('../src/modules/trust/scam-model.json', import.meta.url);

const postings = developmentSets();
const toTraining = (p: DevelopmentPosting) => ({ posting: p.posting, scam: p.scam });

// Stratified folds in a fixed order: within each label, sorted by id, every fifth posting.
const fold = new Map<string, number>();
for (const scam of [true, false]) {
  const ids = postings
    .filter((p) => p.scam === scam)
    .map((p) => p.id)
    .sort();
  for (const [i, id] of ids.entries()) fold.set(id, i % FOLDS);
}

interface Scored {
  p: DevelopmentPosting;
  probability: number;
  rules: ReturnType<typeof scoreJob>;
  combined: ReturnType<typeof scoreJob>;
}

// First pass: every posting's probability from a model trained without it; the model's two thresholds are
// calibrated on these, then the combined decision is scored with them (each fold's own model).
const foldModels: ScamModel[] = [];
for (let k = 0; k < FOLDS; k++) {
  const train = postings.filter((p) => fold.get(p.id) !== k);
  foldModels.push(trainScamModel(train.map(toTraining)));
}
const probabilities = new Map<string, number>();
for (const p of postings) probabilities.set(p.id, scamProbability(foldModels[fold.get(p.id)!]!, p.posting));
// What the rules found without the model, and whether any of it is independent of the model's say.
const rulesAlone = new Map(postings.map((p) => [p.id, scoreJob(p.posting, p.context, null)]));
const thresholds = calibrateThresholds(
  postings.map((p) => ({
    probability: probabilities.get(p.id)!,
    scam: p.scam,
    corroborated: independentOfModel(rulesAlone.get(p.id)!.hits),
  })),
);

const scored: Scored[] = postings.map((p) => ({
  p,
  probability: probabilities.get(p.id)!,
  rules: rulesAlone.get(p.id)!,
  combined: scoreJob(p.posting, p.context, { ...foldModels[fold.get(p.id)!]!, ...thresholds }),
}));

const pct = (a: number, b: number) => `${a}/${b} = ${((100 * a) / b).toFixed(1)}%`;
function figures(name: string, decision: (s: Scored) => 'clear' | 'flagged' | 'held', rows = scored) {
  const scams = rows.filter((s) => s.p.scam);
  const honest = rows.filter((s) => !s.p.scam);
  const caught = scams.filter((s) => decision(s) !== 'clear').length;
  const held = scams.filter((s) => decision(s) === 'held').length;
  const accused = honest.filter((s) => decision(s) !== 'clear').length;
  console.log(
    `  ${name}: caught ${pct(caught, scams.length)}, held ${pct(held, scams.length)}, honest accused ${pct(accused, honest.length)}`,
  );
}

// Ranking quality of the model alone: the chance a random scam scores above a random honest posting.
function auc(rows: Scored[]): number {
  const scams = rows.filter((s) => s.p.scam).map((s) => s.probability);
  const honest = rows.filter((s) => !s.p.scam).map((s) => s.probability);
  let wins = 0;
  for (const a of scams) for (const b of honest) wins += a > b ? 1 : a === b ? 0.5 : 0;
  return wins / (scams.length * honest.length);
}

console.log(
  `development data: ${postings.length} postings (${postings.filter((p) => p.scam).length} scams); ${FOLDS}-fold cross-validation`,
);
console.log(`  model alone: AUC ${auc(scored).toFixed(3)}`);
for (const t of [0.5, 0.7, 0.8, 0.9, 0.95]) {
  const honest = scored.filter((s) => !s.p.scam);
  const scams = scored.filter((s) => s.p.scam);
  console.log(
    `    p >= ${t}: scams ${pct(scams.filter((s) => s.probability >= t).length, scams.length)}, honest ${pct(honest.filter((s) => s.probability >= t).length, honest.length)}`,
  );
}
figures('rules alone', (s) => s.rules.decision);
console.log(
  `  model flags at p >= ${thresholds.flagAt} beside an independent rule finding (at most 0.25% of honest postings), ` +
    `alone at p >= ${thresholds.aloneAt} (no honest posting), calibrated on the cross-validated probabilities`,
);
figures('rules + model (calibrated threshold)', (s) => s.combined.decision);
for (const set of ['development', 'v1', 'v2', 'dev4', 'own', 'dev5'] as const)
  figures(
    `  of which ${set}`,
    (s) => s.combined.decision,
    scored.filter((s) => s.p.set === set),
  );

if (!process.argv.includes('--check')) {
  const model = trainScamModel(postings.map(toTraining));
  const trainedOn = `test/trust/postings.json + heldout (v1) + heldout-v2 + dev4 + own-postings.json + dev5: ${postings.length} postings, ${postings.filter((p) => p.scam).length} scams`;
  writeFileSync(OUT, `${JSON.stringify(modelFile(model, trainedOn, thresholds))}\n`);
  console.log(`wrote ${OUT.pathname}`);
}

export type { JobPosting, PostingContext };
