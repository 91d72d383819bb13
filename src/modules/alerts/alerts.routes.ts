// HTTP for a seeker's saved searches (with alerts) and saved jobs under /api/v1/me/*. Thin:
// validate, require a signed-in user, call the service. Unsubscribe links are web pages (no API).
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { requireRole } from '../../http/auth.ts';
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
  app.get('/me/saved-searches', { schema: { tags, response: { 200: SavedSearchList } } }, async (req) => ({
    items: await alerts.listSearches(requireRole(req, 'seeker')),
  }));
  app.post(
    '/me/saved-searches',
    { schema: { tags, body: SavedSearchBody, response: { 201: SavedSearchOut } } },
    async (req, reply) =>
      reply.status(201).send(await alerts.createSearch(requireRole(req, 'seeker'), req.body)),
  );
  app.delete(
    '/me/saved-searches/:id',
    { schema: { tags, params: SavedSearchParams, response: { 204: Type.Null() } } },
    async (req, reply) => {
      await alerts.deleteSearch(requireRole(req, 'seeker'), req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get('/me/saved-jobs', { schema: { tags, response: { 200: SavedJobList } } }, async (req) => ({
    items: await alerts.savedJobs(requireRole(req, 'seeker')),
  }));
  app.put(
    '/me/saved-jobs/:jobId',
    { schema: { tags, params: SavedJobParams, response: { 200: SavedJobOut } } },
    async (req) => alerts.saveJob(requireRole(req, 'seeker'), req.params.jobId),
  );
  app.delete(
    '/me/saved-jobs/:jobId',
    { schema: { tags, params: SavedJobParams, response: { 204: Type.Null() } } },
    async (req, reply) => {
      await alerts.unsaveJob(requireRole(req, 'seeker'), req.params.jobId);
      return reply.status(204).send(null);
    },
  );
};
