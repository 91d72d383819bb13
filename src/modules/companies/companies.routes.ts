// HTTP for companies: employers create and edit their company; anyone may read a company profile.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { caller, only } from '../../http/auth.ts';
import { CompanyBody, CompanyOut, CompanyParams, CompanyPatch } from './companies.schema.ts';
import type { CompaniesService } from './companies.service.ts';

export const companiesRoutes: FastifyPluginAsyncTypebox<{ companies: CompaniesService }> = async (
  app,
  { companies },
) => {
  app.post(
    '/companies',
    {
      ...only('employer'),
      schema: { tags: ['companies'], body: CompanyBody, response: { 201: CompanyOut } },
    },
    async (req, reply) => reply.status(201).send(await companies.create(caller(req), req.body)),
  );
  app.get(
    '/companies/:id',
    { schema: { tags: ['companies'], params: CompanyParams, response: { 200: CompanyOut } } },
    async (req) => companies.get(req.params.id),
  );
  app.patch(
    '/companies/:id',
    {
      ...only('employer'),
      schema: {
        tags: ['companies'],
        params: CompanyParams,
        body: CompanyPatch,
        response: { 200: CompanyOut },
      },
    },
    async (req) => companies.update(caller(req), req.params.id, req.body),
  );
  app.get(
    '/me/companies',
    {
      ...only('employer'),
      schema: { tags: ['companies'], response: { 200: Type.Object({ items: Type.Array(CompanyOut) }) } },
    },
    async (req) => ({ items: await companies.mine(caller(req)) }),
  );
  const Member = Type.Object({
    user_id: Type.String(),
    name: Type.String(),
    member_role: Type.String(),
    since: Type.String(),
  });
  const Invite = Type.Object({
    id: Type.Integer(),
    company_id: Type.String(),
    company_name: Type.String(),
    created_at: Type.String(),
  });
  app.get(
    '/companies/:id/members',
    {
      ...only('employer'),
      schema: {
        tags: ['companies'],
        params: CompanyParams,
        response: { 200: Type.Object({ items: Type.Array(Member), invites: Type.Array(Invite) }) },
      },
    },
    async (req) => companies.team.members(caller(req), req.params.id),
  );
  app.post(
    '/companies/:id/members',
    {
      ...only('employer'),
      schema: {
        tags: ['companies'],
        params: CompanyParams,
        description:
          'The owner adds a recruiter by phone: an employer account with no company joins at once (201 added); an unknown phone gets a pending invite (202 invited).',
        body: Type.Object(
          { phone: Type.String({ minLength: 10, maxLength: 20 }) },
          { additionalProperties: false },
        ),
        response: {
          201: Type.Object({ status: Type.Literal('added'), member: Member }),
          202: Type.Object({ status: Type.Literal('invited'), invite: Invite }),
        },
      },
    },
    async (req, reply) => {
      const out = await companies.team.invite(caller(req), req.params.id, req.body.phone);
      return reply.status(out.status === 'added' ? 201 : 202).send(out);
    },
  );
  app.delete(
    '/companies/:id/members/:userId',
    {
      ...only('employer'),
      schema: {
        tags: ['companies'],
        params: Type.Object({ id: Type.String({ format: 'uuid' }), userId: Type.String({ format: 'uuid' }) }),
      },
    },
    async (req, reply) => {
      await companies.team.remove(caller(req), req.params.id, req.params.userId);
      return reply.status(204).send();
    },
  );
  app.get(
    '/me/company-invites',
    {
      ...only('employer'),
      schema: { tags: ['companies'], response: { 200: Type.Object({ items: Type.Array(Invite) }) } },
    },
    async (req) => ({ items: await companies.team.myInvites(caller(req)) }),
  );
  app.post(
    '/me/company-invites/:inviteId/accept',
    {
      ...only('employer'),
      schema: {
        tags: ['companies'],
        params: Type.Object({ inviteId: Type.Integer({ minimum: 1 }) }),
        response: { 200: Member },
      },
    },
    async (req) => companies.team.accept(caller(req), req.params.inviteId),
  );
};
