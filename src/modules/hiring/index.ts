// The public face of the hiring module: what other modules, the web layer and the composition
// root may use. Everything else in this folder is private to it (enforced by .dependency-cruiser.cjs).
export { callsRoutes } from './calls.routes.ts';
export { CALL_OUTCOMES, type CallOutcome, createCallsService, type toCallOut } from './calls.service.ts';
export { interviewsRoutes } from './interviews.routes.ts';
export {
  applicationInterviews,
  createInterviewsService,
  type InterviewBody,
  type InterviewOut,
  type SeekerInterview,
  seedInterviews,
} from './interviews.service.ts';
export { jobStatsRoutes } from './job-stats.routes.ts';
export { createJobStatsService, type JobStats, type JobSummary, TREND_DAYS } from './job-stats.service.ts';
export { createReconfirmService } from './reconfirm.service.ts';
export { devTelephony, exotelTelephony, type TelephonyProvider } from './telephony.ts';
