// Trust: the learned model's shipped weights, read once at start. The file is written only by
// `npm run train:scam` (scripts/train-scam-model.ts) from development data; never edit it by hand.

import file from './scam-model.json' with { type: 'json' };
import { loadScamModel, type ScamModelFile } from './scam-model.ts';

export const SHIPPED_SCAM_MODEL = loadScamModel(file as ScamModelFile);
