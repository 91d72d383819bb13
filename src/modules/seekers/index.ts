// The public face of the seekers module: what other modules, the web layer and the composition
// root may use. Everything else in this folder is private to it (enforced by .dependency-cruiser.cjs).
export { candidateSql } from './candidates.repo.ts';
export { candidatesRoutes } from './candidates.routes.ts';
export {
  BADGE_KINDS,
  type CandidateContactOut,
  type CandidateOut,
  type CandidateQuery,
} from './candidates.schema.ts';
export { createCandidatesService, type ResolvedSearch } from './candidates.service.ts';
export { type MoveReport, moveResumes } from './resume-move.ts';
export { type S3Settings, s3ResumeStorage } from './resume-s3.ts';
export {
  localDiskResumeStorage,
  postgresResumeStorage,
  type ResumeStorage,
  resumeStorageFor,
  type StoreName,
} from './resume-storage.ts';
export { resumeMultipartOptions, uploadedFile } from './resume-upload.ts';
export { type ProfileRow, seekersRepo } from './seekers.repo.ts';
export { pdfHeaders, seekersRoutes } from './seekers.routes.ts';
export { ProfileBody, type ProfileOut } from './seekers.schema.ts';
export { createSeekersService, type SeekersService } from './seekers.service.ts';
