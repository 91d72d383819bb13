// Trust: a small learned model beside the rules — logistic regression over hashed word and character
// n-grams of the folded posting text. It reads weights shipped in scam-model.json (written by
// `npm run train:scam`, never at run time), and says which clauses pushed its score up, so a flag it
// raises always points at sentences. Pure and synchronous: no database, network, clock or randomness.
import { type FoldedText, foldPosting } from './normalize.ts';

/** The shipped file: weights quantised to signed bytes (weight = byte x scale), base64-encoded. */
export interface ScamModelFile {
  version: 1;
  /** Hash buckets (a power of two). */
  dims: number;
  bias: number;
  scale: number;
  weights: string;
  /** How it was trained, for the reader of the file; never read by the code. */
  trained_on?: string;
  /**
   * The probabilities at which the model flags, chosen by `npm run train:scam` from cross-validated
   * development data (calibrateThresholds): flag_at beside an independent rule finding, alone_at on its
   * own. Absent in older files (the rule's fallbacks apply).
   */
  flag_at?: number;
  alone_at?: number;
}

export interface ScamModel {
  dims: number;
  bias: number;
  weights: Float32Array;
  /** From the file's flag_at and alone_at; absent for a model trained in memory (the rule's own apply). */
  flagAt?: number;
  aloneAt?: number;
}

/** The fields of a posting the model reads (the rules read the same ones). */
export interface ModelPosting {
  title: string;
  description: string;
  perks?: readonly string[] | null;
}

export interface ClauseWeight {
  clause: string;
  /** This clause's share of the log-odds (features counted where they occur). */
  contribution: number;
}

export interface ModelReading {
  probability: number;
  /** Every clause with its share, in text order. */
  clauses: ClauseWeight[];
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 16777619;
const SEED_WORD = 0x9e3779b1;
const SEED_PAIR = 0x85ebca6b;
const SEED_CHARS = 0xc2b2ae35;

function hashString(seed: number, text: string): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME) >>> 0;
  }
  return h;
}

/**
 * The hashed features of one folded clause, each occurrence once (so counts add up): words, word pairs,
 * and character 3- to 5-grams of the clause with a space at each end (they survive spelling variants
 * and Hinglish inflections that whole words miss).
 */
export function clauseFeatures(clause: string, dims: number, out: number[]): void {
  const mask = dims - 1;
  const words = clause.split(' ');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    out.push(hashString(SEED_WORD, word) & mask);
    if (i + 1 < words.length) out.push(hashString(SEED_PAIR, `${word} ${words[i + 1]}`) & mask);
  }
  const padded = ` ${clause} `;
  for (let start = 0; start + 3 <= padded.length; start++) {
    let h = (FNV_OFFSET ^ SEED_CHARS) >>> 0;
    for (let k = 0; k < 5 && start + k < padded.length; k++) {
      h ^= padded.charCodeAt(start + k);
      h = Math.imul(h, FNV_PRIME) >>> 0;
      if (k >= 2) out.push(h & mask);
    }
  }
}

/** Per clause feature lists and the posting's normaliser (1 / L2 norm of its count vector). */
export function postingFeatures(folded: FoldedText, dims: number): { byClause: number[][]; norm: number } {
  const byClause = folded.clauses.map((clause) => {
    const out: number[] = [];
    clauseFeatures(clause, dims, out);
    return out;
  });
  const counts = new Map<number, number>();
  for (const list of byClause) for (const h of list) counts.set(h, (counts.get(h) ?? 0) + 1);
  let sumSquares = 0;
  for (const c of counts.values()) sumSquares += c * c;
  return { byClause, norm: sumSquares > 0 ? 1 / Math.sqrt(sumSquares) : 0 };
}

export function loadScamModel(file: ScamModelFile): ScamModel {
  const bytes = Buffer.from(file.weights, 'base64');
  if (bytes.length !== file.dims)
    throw new Error(`scam model: ${bytes.length} weights for ${file.dims} buckets`);
  const weights = new Float32Array(file.dims);
  for (let i = 0; i < file.dims; i++) weights[i] = ((bytes[i]! << 24) >> 24) * file.scale;
  return {
    dims: file.dims,
    bias: file.bias,
    weights,
    ...(file.flag_at === undefined ? {} : { flagAt: file.flag_at }),
    ...(file.alone_at === undefined ? {} : { aloneAt: file.alone_at }),
  };
}

/** The text the model reads: the same fields, folded the same way, as the rules read. */
export function modelText(posting: ModelPosting): string {
  return [posting.title, posting.description, ...(posting.perks ?? [])].join('\n');
}

/** The model's probability for one posting (evaluation, calibration and the training script). */
export function scamProbability(model: ScamModel, posting: ModelPosting): number {
  return readWithModel(model, foldPosting(modelText(posting))).probability;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The model's probability that the posting is a scam, and each clause's share of it. */
export function readWithModel(model: ScamModel, folded: FoldedText): ModelReading {
  const { byClause, norm } = postingFeatures(folded, model.dims);
  let logit = model.bias;
  const clauses = byClause.map((features, index) => {
    let sum = 0;
    for (const h of features) sum += model.weights[h]!;
    const contribution = sum * norm;
    logit += contribution;
    return { clause: folded.clauses[index]!, contribution };
  });
  return { probability: sigmoid(logit), clauses };
}
