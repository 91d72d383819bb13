// HTTP for candidate search: employers of a company search opted-in seekers (masked cards) and
// reveal one phone where the seeker agreed to be called. Thin: rules in candidates.service.ts;
// both routes are rate-limited (trust/abuse-limits.ts).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { caller, only } from '../../http/auth.ts';
import {
  CandidateContactOut,
  CandidateParams,
  CandidateQuery,
  CandidateResult,
} from './candidates.schema.ts';
import type { CandidatesService } from './candidates.service.ts';

export const candidatesRoutes: FastifyPluginAsyncTypebox<{ candidates: CandidatesService }> = async (
  app,
  { candidates },
) => {
  const tags = ['candidates'];
  app.get(
    '/candidates',
    {
      ...only('employer'),
      schema: {
        tags,
        description:
          'Seekers who opted in to candidate search, ranked by match (skills, distance, experience, freshness). Phones are masked. Employers of a company only.',
        querystring: CandidateQuery,
        response: { 200: CandidateResult },
      },
    },
    async (req) => {
      const { applied: _applied, ...result } = await candidates.search(caller(req), req.query);
      return result;
    },
  );
  app.post(
    '/candidates/:id/contact',
    {
      ...only('employer'),
      schema: {
        tags,
        params: CandidateParams,
        description:
          "Reveal an opted-in seeker's phone (and a WhatsApp link) when they agreed to be called; recorded in the contact-view audit. 403 without that consent.",
        response: { 200: CandidateContactOut },
      },
    },
    async (req) => candidates.revealPhone(caller(req), req.params.id),
  );
};
