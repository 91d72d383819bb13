// Web routes of "Your data" for any signed-in user: the hub, the JSON download (the same document
// as GET /api/v1/me/export), "Who saw my number" and account deletion with a confirmation step.
import type { FastifyInstance } from 'fastify';
import { caller, only, SESSION_COOKIE } from '../http/auth.ts';
import type { Services } from '../services.ts';
import { field } from './forms.ts';
import { sendHtml } from './http.ts';
import { contactViewsPage, deletedPage, deletePage, myDataPage } from './pages/mydata.ts';

export async function myDataWebRoutes(app: FastifyInstance, opts: { services: Services }): Promise<void> {
  const { services } = opts;

  app.get('/me/data', { ...only() }, async (req, reply) => {
    return sendHtml(reply, myDataPage(req.page));
  });

  app.get('/me/data/export', { ...only() }, async (req, reply) => {
    const user = caller(req);
    const data = await services.exportMine(user.id);
    return reply
      .header('content-disposition', 'attachment; filename="deskhire-my-data.json"')
      .header('cache-control', 'no-store')
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(data, null, 2));
  });

  app.get('/me/data/contact-views', { ...only() }, async (req, reply) => {
    const user = caller(req);
    return sendHtml(reply, contactViewsPage(req.page, await services.privacy.seenBy(user.id)));
  });

  app.get('/me/data/delete', { ...only() }, async (req, reply) => {
    return sendHtml(reply, deletePage(req.page));
  });

  app.post('/me/data/delete', { ...only(), preHandler: app.csrfProtection }, async (req, reply) => {
    const user = caller(req);
    if (field(req.body, 'confirm') !== 'yes') return sendHtml(reply, deletePage(req.page, true), 400);
    await services.eraseMine(user.id);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/account-deleted', 303);
  });

  app.get('/account-deleted', async (req, reply) => {
    const ctx = req.page;
    return sendHtml(reply, deletedPage({ ...ctx, user: null }));
  });
}
