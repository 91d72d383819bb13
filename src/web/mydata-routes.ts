// Web routes of "Your data" for any signed-in user: the hub, the JSON download (the same document
// as GET /api/v1/me/export), "Who saw my number" and account deletion with a confirmation step.
import type { FastifyInstance } from 'fastify';
import { SESSION_COOKIE } from '../http/auth.ts';
import type { Services } from '../services.ts';
import { pageContext } from './context.ts';
import { field } from './forms.ts';
import { sendHtml, signedIn } from './http.ts';
import { contactViewsPage, deletedPage, deletePage, myDataPage } from './pages/mydata.ts';

export async function myDataWebRoutes(app: FastifyInstance, opts: { services: Services }): Promise<void> {
  const { services } = opts;

  app.get('/me/data', async (req, reply) => {
    if (!signedIn(req, reply)) return reply;
    return sendHtml(reply, myDataPage(pageContext(req, reply)));
  });

  app.get('/me/data/export', async (req, reply) => {
    const user = signedIn(req, reply);
    if (!user) return reply;
    const data = await services.exportMine(user.id);
    return reply
      .header('content-disposition', 'attachment; filename="deskhire-my-data.json"')
      .header('cache-control', 'no-store')
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(data, null, 2));
  });

  app.get('/me/data/contact-views', async (req, reply) => {
    const user = signedIn(req, reply);
    if (!user) return reply;
    return sendHtml(reply, contactViewsPage(pageContext(req, reply), await services.privacy.seenBy(user.id)));
  });

  app.get('/me/data/delete', async (req, reply) => {
    if (!signedIn(req, reply)) return reply;
    return sendHtml(reply, deletePage(pageContext(req, reply)));
  });

  app.post('/me/data/delete', { preHandler: app.csrfProtection }, async (req, reply) => {
    const user = signedIn(req, reply);
    if (!user) return reply;
    if (field(req.body, 'confirm') !== 'yes')
      return sendHtml(reply, deletePage(pageContext(req, reply), true), 400);
    await services.eraseMine(user.id);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/account-deleted', 303);
  });

  app.get('/account-deleted', async (req, reply) => {
    const ctx = pageContext(req, reply);
    return sendHtml(reply, deletedPage({ ...ctx, user: null }));
  });
}
