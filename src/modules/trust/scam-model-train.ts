// Trust: fits the learned scam model (scam-model.ts) on labelled postings. Deterministic: full-batch
// gradient descent (Adagrad steps) in a fixed order from zero weights, so the same postings always give
// the same file. Used only by scripts/train-scam-model.ts and tests; the live screen never trains.
import { foldPosting } from './normalize.ts';
import { modelText, postingFeatures, type ScamModel, type ScamModelFile, sigmoid } from './scam-model.ts';
import type { JobPosting } from './scam-score.ts';

export interface TrainingPosting {
  posting: JobPosting;
  scam: boolean;
}

export interface TrainingOptions {
  dims?: number;
  epochs?: number;
  /** L2 penalty on the weights (mean log-loss + l2/2 |w|^2). */
  l2?: number;
  learningRate?: number;
}

interface SparseRow {
  index: Int32Array;
  value: Float64Array;
  y: number;
}

function sparseRow(posting: JobPosting, dims: number, y: number): SparseRow {
  const { byClause, norm } = postingFeatures(foldPosting(modelText(posting)), dims);
  const counts = new Map<number, number>();
  for (const list of byClause) for (const h of list) counts.set(h, (counts.get(h) ?? 0) + 1);
  const keys = [...counts.keys()].sort((a, b) => a - b);
  return {
    index: Int32Array.from(keys),
    value: Float64Array.from(keys.map((k) => counts.get(k)! * norm)),
    y,
  };
}

export function trainScamModel(
  examples: readonly TrainingPosting[],
  options: TrainingOptions = {},
): ScamModel {
  const dims = options.dims ?? 1 << 18;
  const epochs = options.epochs ?? 400;
  const l2 = options.l2 ?? 1e-5;
  const rate = options.learningRate ?? 0.5;
  const rows = examples.map((e) => sparseRow(e.posting, dims, e.scam ? 1 : 0));
  const n = rows.length;
  const weights = new Float64Array(dims);
  const gradient = new Float64Array(dims);
  const history = new Float64Array(dims);
  const touched = new Uint8Array(dims);
  for (const row of rows) for (const i of row.index) touched[i] = 1;
  let bias = 0;
  let biasHistory = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    gradient.fill(0);
    let biasGradient = 0;
    for (const row of rows) {
      let z = bias;
      for (let k = 0; k < row.index.length; k++) z += weights[row.index[k]!]! * row.value[k]!;
      const error = (sigmoid(z) - row.y) / n;
      biasGradient += error;
      for (let k = 0; k < row.index.length; k++) gradient[row.index[k]!]! += error * row.value[k]!;
    }
    for (let i = 0; i < dims; i++) {
      if (!touched[i]) continue;
      const g = gradient[i]! + l2 * weights[i]!;
      history[i]! += g * g;
      weights[i]! -= (rate * g) / (Math.sqrt(history[i]!) + 1e-8);
    }
    biasHistory += biasGradient * biasGradient;
    bias -= (rate * biasGradient) / (Math.sqrt(biasHistory) + 1e-8);
  }
  return { dims, bias, weights: Float32Array.from(weights) };
}

export interface ModelThresholds {
  /** Flags at this probability when a rule found something independent of the model. */
  flagAt: number;
  /** Flags at this probability on its own. */
  aloneAt: number;
}

/**
 * The model's thresholds, from cross-validated probabilities of development data (each posting scored by a
 * model trained without it). `corroborated` says whether the rules found something independent of the
 * model in that posting. flagAt: the lowest on a 0.01 grid from 0.80 at which the model beside such a
 * finding would add an accusation to at most `honestShare` (0.25%) of the honest postings. aloneAt: the
 * lowest from 0.90 that no honest posting reaches at all.
 */
export function calibrateThresholds(
  scored: readonly { probability: number; scam: boolean; corroborated: boolean }[],
  honestShare = 0.0025,
): ModelThresholds {
  const honest = scored.filter((s) => !s.scam);
  let flagAt = 0.99;
  for (let step = 80; step <= 99; step++) {
    const at = step / 100;
    if (honest.filter((s) => s.corroborated && s.probability >= at).length <= honestShare * honest.length) {
      flagAt = at;
      break;
    }
  }
  let aloneAt = 0.99;
  for (let step = 90; step <= 99; step++) {
    const at = step / 100;
    if (!honest.some((s) => s.probability >= at)) {
      aloneAt = at;
      break;
    }
  }
  return { flagAt, aloneAt: Math.max(aloneAt, flagAt) };
}

/** Quantises the weights to signed bytes for the shipped file (about 1% of the largest weight a step). */
export function modelFile(model: ScamModel, trainedOn: string, thresholds?: ModelThresholds): ScamModelFile {
  let largest = 0;
  for (const w of model.weights) largest = Math.max(largest, Math.abs(w));
  const scale = largest > 0 ? largest / 127 : 1;
  const bytes = Buffer.alloc(model.dims);
  for (let i = 0; i < model.dims; i++) bytes.writeInt8(Math.round(model.weights[i]! / scale), i);
  return {
    version: 1,
    dims: model.dims,
    bias: Number(model.bias.toFixed(6)),
    scale: Number(scale.toPrecision(8)),
    weights: bytes.toString('base64'),
    trained_on: trainedOn,
    ...(thresholds === undefined ? {} : { flag_at: thresholds.flagAt, alone_at: thresholds.aloneAt }),
  };
}
