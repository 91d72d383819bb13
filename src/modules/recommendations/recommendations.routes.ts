// HTTP for recommendations: the signed-in seeker's best-matching live jobs, with reasons.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { caller, only } from '../../http/auth.ts';
import { RecommendationList, RecommendationQuery } from './recommendations.schema.ts';
import type { RecommendationsService } from './recommendations.service.ts';

export const recommendationsRoutes: FastifyPluginAsyncTypebox<{
  recommendations: RecommendationsService;
}> = async (app, { recommendations }) => {
  app.get(
    '/me/recommendations',
    {
      ...only('seeker'),
      schema: { tags: ['seekers'], querystring: RecommendationQuery, response: { 200: RecommendationList } },
    },
    async (req) => recommendations.forSeeker(caller(req), req.query.limit ?? 20),
  );
};
