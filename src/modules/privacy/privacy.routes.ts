// HTTP for the contact-view audit: "Who saw my number" for the signed-in user.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
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

  app.get(
    '/admin/audit/reads',
    {
      ...only('admin'),
      schema: {
        tags: ['admin'],
        description:
          "Every admin read of a person's phone, email or resume: who, whose, what, why and when; newest first.",
        querystring: Type.Object({
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
          before: Type.Optional(Type.Integer({ minimum: 1 })),
          person: Type.Optional(Type.String({ format: 'uuid' })),
        }),
        response: {
          200: Type.Object({
            items: Type.Array(
              Type.Object({
                id: Type.Integer(),
                admin_id: Type.Union([Type.String(), Type.Null()]),
                admin_name: Type.Union([Type.String(), Type.Null()]),
                subject_user_id: Type.Union([Type.String(), Type.Null()]),
                subject_name: Type.Union([Type.String(), Type.Null()]),
                field: Type.String(),
                purpose: Type.String(),
                read_at: Type.String(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => ({
      items: await privacy.adminReads({
        ...(req.query.limit ? { limit: req.query.limit } : {}),
        ...(req.query.before ? { before: req.query.before } : {}),
        ...(req.query.person ? { subjectUserId: req.query.person } : {}),
      }),
    }),
  );
};
