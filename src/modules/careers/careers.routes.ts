// HTTP for career paths: the ladders, and "what next after my role" with missing skills, pay step
// and live jobs. Public and read-only.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { caller, only } from '../../http/auth.ts';
import { MyNextStep } from './careers.schema.ts';
import type { CareersService } from './careers.service.ts';

const tags = ['careers'];
const Slug = Type.String({ minLength: 2, maxLength: 60, pattern: '^[a-z0-9_-]+$' });

export const careersRoutes: FastifyPluginAsyncTypebox<{ careers: CareersService }> = async (
  app,
  { careers },
) => {
  app.get('/careers/paths', { schema: { tags } }, async () => ({ paths: careers.paths() }));
  app.get(
    '/careers/next',
    {
      schema: {
        tags,
        querystring: Type.Object(
          {
            role: Slug,
            skills: Type.Optional(
              Type.String({ maxLength: 500, description: 'comma-separated skill slugs you have' }),
            ),
            city: Type.Optional(Slug),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (req) =>
      careers.next({
        role: req.query.role,
        skills: (req.query.skills ?? '').split(',').filter(Boolean),
        ...(req.query.city ? { city: req.query.city } : {}),
      }),
  );
  app.get(
    '/me/next-step',
    {
      ...only('seeker'),
      schema: {
        tags,
        description:
          "The signed-in seeker's next career step: from their profile role, the next roles with pay step, missing skills (profile skills and badges) and live jobs near them.",
        response: { 200: MyNextStep },
      },
    },
    async (req) => careers.nextForSeeker(caller(req)),
  );
};
