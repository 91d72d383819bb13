// The public face of the insights module: what other modules, the web layer and the composition
// root may use. Everything else in this folder is private to it (enforced by .dependency-cruiser.cjs).
export { insightsRoutes } from './insights.routes.ts';
export type {
  DemandInsight,
  OfferCheck,
  SalaryInsight,
  SkillsInsight,
  WorkModeInsight,
} from './insights.schema.ts';
export { createInsightsService, type InsightsService, MIN_POSTINGS } from './insights.service.ts';
