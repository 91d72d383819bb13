// HTTP for an admin's authenticator: start an enrolment (QR, otpauth URI, manual key, recovery
// codes shown once) and confirm it with a first code. Admins only; nothing here is public.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { caller, only } from '../../http/auth.ts';
import { pickLang } from '../../shared/i18n/index.ts';
import type { SecurityService } from './security.service.ts';

const tags = ['admin'];
const EnrolmentOut = Type.Object({
  uri: Type.String({ description: 'otpauth:// URI (what the QR encodes)' }),
  key: Type.String({ description: 'The secret to type into the app by hand' }),
  qr_svg: Type.String({ description: 'The QR code as an SVG document' }),
  recovery_codes: Type.Array(Type.String(), {
    description: 'Shown once; each signs in once without the app',
  }),
});

export const securityRoutes: FastifyPluginAsyncTypebox<{ security: SecurityService }> = async (
  app,
  { security },
) => {
  app.post(
    '/admin/totp',
    {
      ...only('admin'),
      schema: {
        tags,
        description: 'Start enrolling a new authenticator app; confirm it with POST /admin/totp/confirm.',
        response: { 201: EnrolmentOut },
      },
    },
    async (req, reply) => {
      const user = caller(req);
      const out = await security.enrolTotp(user, { confirmed: false, label: user.name });
      return reply.status(201).send({
        uri: out.uri,
        key: out.key,
        qr_svg: out.qr_svg,
        recovery_codes: out.recovery_codes,
      });
    },
  );
  app.post(
    '/admin/totp/confirm',
    {
      ...only('admin'),
      schema: {
        tags,
        body: Type.Object(
          { code: Type.String({ minLength: 6, maxLength: 6 }) },
          { additionalProperties: false },
        ),
        response: { 204: Type.Null() },
      },
    },
    async (req, reply) => {
      const lang = pickLang(undefined, req.cookies.lang, req.headers['accept-language']);
      await security.confirmTotp(caller(req), req.body.code, lang);
      return reply.status(204).send(null);
    },
  );
};
