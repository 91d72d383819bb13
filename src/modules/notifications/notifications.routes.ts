// HTTP for the outbox: admins read every message the app has sent or queued. Thin: validates,
// checks the role and calls the service.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { only } from '../../http/auth.ts';
import { OutboxPage, OutboxQuery } from './notifications.schema.ts';
import type { NotificationsService } from './notifications.service.ts';

export const notificationsRoutes: FastifyPluginAsyncTypebox<{ notifications: NotificationsService }> = async (
  app,
  { notifications },
) => {
  app.get(
    '/admin/outbox',
    {
      ...only('admin'),
      schema: { tags: ['admin'], querystring: OutboxQuery, response: { 200: OutboxPage } },
    },
    async (req) => {
      const limit = req.query.limit ?? 50;
      const items = await notifications.outbox({ limit, before: req.query.before, userId: req.query.user });
      return { items, next_before: items.length === limit ? (items.at(-1)?.id ?? null) : null };
    },
  );
};
