// Web routes for insights, career paths and skill checks. Pages call services only; skill-test
// forms are CSRF-checked and scored by the skills service exactly like the API.
import type { FastifyInstance } from 'fastify';
import { caller, only } from '../http/auth.ts';
import type { Kind } from '../modules/skills/index.ts';
import type { Services } from '../services.ts';
import { DomainError } from '../shared/errors.ts';
import { localTaxonomy, placeName } from './format.ts';
import { field } from './forms.ts';
import { sendHtml } from './http.ts';
import {
  careerNextPage,
  careersPage,
  skillResultPage,
  skillsHomePage,
  skillTestPage,
} from './pages/careers-skills.ts';
import { CATEGORY_SLUGS, insightsDetailPage, insightsIndexPage, offerResultPage } from './pages/insights.ts';

const notFound = () => new DomainError(404, 'Not Found', 'No such page');
const KINDS: Kind[] = ['typing', 'data_entry', 'english'];

export async function insightsWebRoutes(app: FastifyInstance, opts: { services: Services }): Promise<void> {
  const { services } = opts;

  app.get('/insights', async (req, reply) => {
    const ctx = req.page;
    return sendHtml(
      reply,
      insightsIndexPage(
        ctx,
        localTaxonomy(await services.taxonomy.get(), ctx.lang),
        await services.insights.roleMedians(),
        await services.demo.sampleData(),
      ),
    );
  });
  app.get<{ Querystring: { role?: string; city?: string } }>('/insights/go', async (req, reply) =>
    reply.redirect(
      `/insights/${encodeURIComponent(req.query.role ?? '')}/${encodeURIComponent(req.query.city ?? '')}`,
      303,
    ),
  );
  app.get<{ Params: { role: string; city: string } }>('/insights/:role/:city', async (req, reply) => {
    const ctx = req.page;
    const tax = localTaxonomy(await services.taxonomy.get(), ctx.lang);
    const { role: roleParam, city } = req.params;
    const category = CATEGORY_SLUGS[roleParam];
    const role = tax.roles.find((r) => r.slug === roleParam);
    const cityRow = tax.cities.find((c) => c.slug === city);
    if ((!category && !role) || !cityRow) throw notFound();
    const scope = category
      ? { category: category as 'customer_service' | 'back_office', city }
      : { role: roleParam, city };
    const label = role?.name ?? ctx.t(`enum.category.${category}`, { defaultValue: roleParam });
    const [salary, demand, modes, skills] = await Promise.all([
      services.insights.salaries(scope),
      services.insights.demand(scope),
      services.insights.workModes(scope),
      services.insights.skills(scope),
    ]);
    return sendHtml(
      reply,
      insightsDetailPage(ctx, tax, {
        roleParam,
        city,
        title: ctx.t('insights.pageTitle', { role: label, city: placeName(ctx, cityRow) }),
        salary,
        demand,
        modes,
        skills,
        sample: await services.demo.sampleData(),
      }),
    );
  });

  app.get<{ Querystring: Record<string, string> }>('/insights/offer', async (req, reply) => {
    const ctx = req.page;
    const tax = localTaxonomy(await services.taxonomy.get(), ctx.lang);
    const role = tax.roles.find((r) => r.slug === req.query.role);
    const city = tax.cities.find((c) => c.slug === req.query.city);
    const min = Number(req.query.salary_min);
    const max = Number(req.query.salary_max);
    if (!role || !city || !Number.isInteger(min) || !Number.isInteger(max) || min < 1000 || max > 500000)
      throw new DomainError(
        400,
        'Bad Request',
        'Choose a role and a city, and give a monthly salary range in rupees',
      );
    const check = await services.insights.offerCheck({
      role: role.slug,
      city: city.slug,
      salary_min: min,
      salary_max: max,
    });
    return sendHtml(reply, offerResultPage(ctx, check, role.name, placeName(ctx, city)));
  });

  app.get('/careers', async (req, reply) => sendHtml(reply, careersPage(req.page, services.careers.paths())));
  app.get<{ Params: { role: string }; Querystring: { skills?: string; city?: string } }>(
    '/careers/:role',
    async (req, reply) => {
      if (!services.careers.step(req.params.role)) throw notFound();
      const skills = String(req.query.skills ?? '').slice(0, 300);
      const view = await services.careers.next({
        role: req.params.role,
        skills: skills.split(',').filter(Boolean),
        ...(typeof req.query.city === 'string' && /^[a-z-]{2,40}$/.test(req.query.city)
          ? { city: req.query.city }
          : {}),
      });
      return sendHtml(reply, careerNextPage(req.page, view, skills));
    },
  );

  /** Any signed-in user may take a check; a stranger signs in and comes back to the list. */
  const signedInSkills = { config: { ...only().config, returnTo: () => '/skills' } };
  app.get('/skills', async (req, reply) => {
    const ctx = req.page;
    const badges = req.user?.role === 'seeker' ? await services.skills.badgesOf(req.user.id) : null;
    return sendHtml(reply, skillsHomePage(ctx, badges));
  });
  app.post('/skills/start', { ...signedInSkills, preHandler: app.csrfProtection }, async (req, reply) => {
    const kind = field(req.body, 'kind') as Kind;
    if (!KINDS.includes(kind)) throw notFound();
    const test = await services.skills.start(caller(req), kind);
    return reply.redirect(`/skills/tests/${test.id}`, 303);
  });
  app.get<{ Params: { id: string } }>('/skills/tests/:id', signedInSkills, async (req, reply) => {
    if (!/^[0-9a-f-]{36}$/i.test(req.params.id)) throw notFound();
    return sendHtml(reply, skillTestPage(req.page, await services.skills.get(caller(req), req.params.id)));
  });
  app.post<{ Params: { id: string } }>(
    '/skills/tests/:id',
    { ...signedInSkills, preHandler: app.csrfProtection },
    async (req, reply) => {
      if (!/^[0-9a-f-]{36}$/i.test(req.params.id)) throw notFound();
      const body = req.body as Record<string, string>;
      const records = Array.from({ length: 20 }, (_, i) => i)
        .filter((i) => `r${i}_name` in body)
        .map((i) =>
          Object.fromEntries(
            ['name', 'phone', 'pincode', 'amount', 'date', 'reference'].map((f) => [
              f,
              String(body[`r${i}_${f}`] ?? ''),
            ]),
          ),
        );
      const answers = Object.fromEntries(
        Object.entries(body)
          .filter(([k]) => k.startsWith('q_'))
          .map(([k, v]) => [k.slice(2), Number(v)]),
      );
      const keystrokes = Number(field(body, 'keystrokes'));
      const result = await services.skills.submit(caller(req), req.params.id, {
        typed: field(body, 'typed') ?? '',
        records,
        answers,
        pasted: field(body, 'pasted') === '1',
        ...(field(body, 'keystrokes') && Number.isFinite(keystrokes) ? { keystrokes } : {}),
      });
      return sendHtml(reply, skillResultPage(req.page, result));
    },
  );
}
