// HTTP for reference data (GET /api/v1/taxonomy): the slugs every job field takes.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { TaxonomyService } from './taxonomy.service.ts';

export const taxonomyRoutes: FastifyPluginAsyncTypebox<{ taxonomy: TaxonomyService }> = async (
  app,
  { taxonomy },
) => {
  app.get('/taxonomy', { schema: { tags: ['taxonomy'] } }, async (_req, reply) => {
    reply.header('cache-control', 'public, max-age=3600');
    return taxonomy.get();
  });
};
