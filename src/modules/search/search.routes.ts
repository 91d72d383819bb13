// HTTP for public job search (GET /api/v1/jobs): validate the query, call the service.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { SearchQuery, SearchResult } from './search.schema.ts';
import type { SearchService } from './search.service.ts';

export const searchRoutes: FastifyPluginAsyncTypebox<{ search: SearchService }> = async (app, { search }) => {
  app.get(
    '/jobs',
    { schema: { tags: ['search'], querystring: SearchQuery, response: { 200: SearchResult } } },
    // The answer is JSON text already (often straight from the response cache): sent as it is.
    async (req, reply) => {
      const body = await search.searchJson(req.query);
      return reply.type('application/json; charset=utf-8').send(body as unknown as SearchResult);
    },
  );
};
