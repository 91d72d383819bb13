// The public face of the jobs module: what other modules, the web layer and the composition
// root may use. Everything else in this folder is private to it (enforced by .dependency-cruiser.cjs).
export { type JobHint, jobHints } from './job-hints.ts';
export { type JobWrite, jobsRepo } from './jobs.repo.ts';
export { jobsRoutes } from './jobs.routes.ts';
export { Education, JobBody, JobOut, JobParams, LanguageLevel, Shift, WorkMode } from './jobs.schema.ts';
export {
  createJobsService,
  inStep,
  JOB_TABS,
  type JobScreen,
  type JobsService,
  type JobTab,
  REOPEN_WINDOW_MS,
  type Screening,
} from './jobs.service.ts';
export { createJobReconfirmation, type JobReconfirmation, type SweepJob } from './reconfirm.repo.ts';
export { createResponsesService, type ResponsesService } from './responses.service.ts';
