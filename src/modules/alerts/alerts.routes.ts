// HTTP for a seeker's saved searches (with alerts) and saved jobs under /api/v1/me/*. Thin:
// validate, require a signed-in user, call the service. Unsubscribe links are web pages (no API).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { caller, only } from '../../http/auth.ts';
import {
  SavedJobList,
  SavedJobOut,
  SavedJobParams,
  SavedSearchBody,
  SavedSearchList,
  SavedSearchOut,
  SavedSearchParams,
} from './alerts.schema.ts';
import type { AlertsService } from './alerts.service.ts';

export const alertsRoutes: FastifyPluginAsyncTypebox<{ alerts: AlertsService }> = async (app, { alerts }) => {
  const tags = ['alerts'];
  app.get(
    '/me/saved-searches',
    { ...only('seeker'), schema: { tags, response: { 200: SavedSearchList } } },
    async (req) => ({
      items: await alerts.listSearches(caller(req)),
    }),
  );
  app.post(
    '/me/saved-searches',
    { ...only('seeker'), schema: { tags, body: SavedSearchBody, response: { 201: SavedSearchOut } } },
    async (req, reply) => reply.status(201).send(await alerts.createSearch(caller(req), req.body)),
  );
  app.delete(
    '/me/saved-searches/:id',
    { ...only('seeker'), schema: { tags, params: SavedSearchParams, response: { 204: Type.Null() } } },
    async (req, reply) => {
      await alerts.deleteSearch(caller(req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me/saved-jobs',
    { ...only('seeker'), schema: { tags, response: { 200: SavedJobList } } },
    async (req) => ({
      items: await alerts.savedJobs(caller(req)),
    }),
  );
  app.put(
    '/me/saved-jobs/:jobId',
    { ...only('seeker'), schema: { tags, params: SavedJobParams, response: { 200: SavedJobOut } } },
    async (req) => alerts.saveJob(caller(req), req.params.jobId),
  );
  app.delete(
    '/me/saved-jobs/:jobId',
    { ...only('seeker'), schema: { tags, params: SavedJobParams, response: { 204: Type.Null() } } },
    async (req, reply) => {
      await alerts.unsaveJob(caller(req), req.params.jobId);
      return reply.status(204).send(null);
    },
  );
};
