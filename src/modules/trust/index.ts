// The public face of the trust module: what other modules, the web layer and the composition
// root may use. Everything else in this folder is private to it (enforced by .dependency-cruiser.cjs).
export { abuseLimits } from './abuse-limits.ts';
export {
  type AddressResolver,
  createDomainProof,
  type DomainProof,
  type DomainProofOptions,
  systemResolver,
} from './domain-proof.ts';
export { type MarkedSentence, markSentences } from './evidence-marks.ts';
export { createIdentityChecks } from './identity-checks.ts';
export { impersonatedBrand, referenceBand } from './posting-context.ts';
export { createRateLimiter } from './rate-limit.ts';
export { isRejectCode, REJECT_CODES, type RejectCode } from './reject-codes.ts';
export { isReportReason, REPORT_REASONS, type ReportReason, ReportReasonSchema } from './report-reasons.ts';
export { type ScamModel, type ScamModelFile, scamProbability } from './scam-model.ts';
export { SHIPPED_SCAM_MODEL } from './scam-model-shipped.ts';
export {
  calibrateThresholds,
  type ModelThresholds,
  modelFile,
  type TrainingOptions,
  type TrainingPosting,
  trainScamModel,
} from './scam-model-train.ts';
export {
  independentOfModel,
  type JobPosting,
  type PostingContext,
  postingWords,
  scoreJob,
} from './scam-score.ts';
export {
  CHARGES_SEEKERS,
  createScreeningService,
  MIN_BAND_SAMPLE,
  REPORTER_MIN_AGE_DAYS,
  REPORTS_TO_HOLD,
  type ScreeningService,
  textHash,
} from './screening.service.ts';
export { trustRoutes } from './trust.routes.ts';
export { createTrustService, type QueueItem } from './trust.service.ts';
export {
  createVerificationService,
  EMAIL_REFUSED,
  type VerificationOut,
} from './verification.service.ts';
