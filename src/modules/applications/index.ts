// The public face of the applications module: what other modules, the web layer and the composition
// root may use. Everything else in this folder is private to it (enforced by .dependency-cruiser.cjs).
export type { Match } from './applicant-match.ts';
export type { ApplicationInterviews } from './application-interviews.ts';
export { applicationsRoutes } from './applications.routes.ts';
export {
  type Applicant,
  type ApplicationOut,
  ApplicationParams,
  EMPLOYER_STAGES,
  type Stage,
  type StageBody,
} from './applications.schema.ts';
export {
  type ApplicationsService,
  BEFORE_INTERVIEW,
  type BulkLeft,
  createApplicationsService,
  UNDO_SECONDS,
} from './applications.service.ts';
