// HTTP for the contact-view audit: "Who saw my number" for the signed-in user.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { caller, only } from '../../http/auth.ts';
import { SeenList } from './privacy.schema.ts';
import type { PrivacyService } from './privacy.service.ts';

export const privacyRoutes: FastifyPluginAsyncTypebox<{ privacy: PrivacyService }> = async (
  app,
  { privacy },
) => {
  app.get(
    '/me/contact-views',
    {
      ...only(),
      schema: {
        tags: ['privacy'],
        description:
          'Who saw my contact details: company, recruiter, detail (phone, resume, WhatsApp), job and when; newest first.',
        response: { 200: SeenList },
      },
    },
    async (req) => ({ items: await privacy.seenBy(caller(req).id) }),
  );
};
