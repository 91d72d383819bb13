// HTTP for companies: employers create and edit their company; anyone may read a company profile.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { requireRole } from '../../http/auth.ts';
import { CompanyBody, CompanyOut, CompanyParams, CompanyPatch } from './companies.schema.ts';
import type { CompaniesService } from './companies.service.ts';

export const companiesRoutes: FastifyPluginAsyncTypebox<{ companies: CompaniesService }> = async (
  app,
  { companies },
) => {
  app.post(
    '/companies',
    { schema: { tags: ['companies'], body: CompanyBody, response: { 201: CompanyOut } } },
    async (req, reply) =>
      reply.status(201).send(await companies.create(requireRole(req, 'employer'), req.body)),
  );
  app.get(
    '/companies/:id',
    { schema: { tags: ['companies'], params: CompanyParams, response: { 200: CompanyOut } } },
    async (req) => companies.get(req.params.id),
  );
  app.patch(
    '/companies/:id',
    {
      schema: {
        tags: ['companies'],
        params: CompanyParams,
        body: CompanyPatch,
        response: { 200: CompanyOut },
      },
    },
    async (req) => companies.update(requireRole(req, 'employer'), req.params.id, req.body),
  );
  app.get(
    '/me/companies',
    { schema: { tags: ['companies'], response: { 200: Type.Object({ items: Type.Array(CompanyOut) }) } } },
    async (req) => ({ items: await companies.mine(requireRole(req, 'employer')) }),
  );
};
