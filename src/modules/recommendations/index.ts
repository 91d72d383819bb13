// The public face of the recommendations module: what other modules, the web layer and the composition
// root may use. Everything else in this folder is private to it (enforced by .dependency-cruiser.cjs).
export { recommendationsRepo } from './recommendations.repo.ts';
export { recommendationsRoutes } from './recommendations.routes.ts';
export type { Recommendation, RecommendationList } from './recommendations.schema.ts';
export { createRecommendationsService } from './recommendations.service.ts';
