// "Where do you travel from?" (issue #21): the seeker's home station, a small form of its own on the
// profile page (saved apart from the big profile form, plain select grouped by line, no JavaScript),
// and the job page's "From your home: 26 min ..." line, read from the stored commute_times.
import type { FastifyInstance } from 'fastify';
import { html } from 'ghtml';
import { caller, only } from '../http/auth.ts';
import type { AuthUser } from '../modules/accounts/index.ts';
import { loadTransit } from '../modules/commute/index.ts';
import { CAB_ONLY_SHIFTS } from '../modules/search/index.ts';
import type { TaxonomyView } from '../modules/taxonomy/index.ts';
import type { Services } from '../services.ts';
import { Invalid } from '../shared/errors.ts';
import type { PageContext } from './context.ts';
import { localTaxonomy, placeName } from './format.ts';
import { csrfField, errorText, type FieldErrors, field, toFieldErrors } from './forms.ts';
import { sendHtml } from './http.ts';
import { commuteLine } from './pages/commute-view.ts';
import { profilePage } from './pages/profile.ts';

type Group = { label: { name: string; name_hi: string; name_mr: string }; stations: string[] };
let groups: Group[] | undefined;
/** Stations by line group (Central, Western, Harbour ...) in line order, each once a group. */
function stationGroups(): Group[] {
  if (!groups) {
    const byGroup = new Map<string, Group>();
    for (const line of loadTransit().lines) {
      const g = byGroup.get(line.group) ?? { label: line, stations: [] };
      // The slow line's name ("Central line"), not the fast one's, labels the group.
      if (g.label.name.includes('(fast)') && line.service !== 'fast') g.label = line;
      for (const s of line.stations) if (!g.stations.includes(s)) g.stations.push(s);
      byGroup.set(line.group, g);
    }
    groups = [...byGroup.values()];
  }
  return groups;
}

export function homeStationSection(
  ctx: PageContext,
  home: string | null,
  tax: TaxonomyView,
  opts: { saved?: boolean; errors?: FieldErrors } = {},
): string {
  const { t } = ctx;
  const errors = opts.errors ?? {};
  const stations = new Map(loadTransit().stations.map((s) => [s.slug, s]));
  let marked = false;
  const option = (slug: string) => {
    const on = !marked && slug === home;
    if (on) marked = true;
    return html`<option value="${slug}"${on ? ' selected' : ''}>${placeName(ctx, stations.get(slug), slug)}</option>`;
  };
  // A home told through the API as a locality ("thane/kalwa") stays selectable as it is.
  const locality = home && !stations.has(home) ? home : undefined;
  const [citySlug, localitySlug] = locality?.split('/') ?? [];
  const city = tax.cities.find((c) => c.slug === citySlug);
  const place = city?.localities.find((l) => l.slug === localitySlug);
  const placeLabel = place && city ? `${placeName(ctx, place)}, ${placeName(ctx, city)}` : locality;
  return html`<section id="home" class="home-station card">
<h2>${t('seeker.home.title')}</h2>
<p class="hint" id="home-hint">${t('seeker.home.lead')}</p>
!${opts.saved ? html`<p class="notice" role="status">${home ? t('seeker.home.saved') : t('seeker.home.cleared')}</p>` : ''}
<form method="post" action="/me/home" novalidate>
  !${csrfField(ctx.csrf)}
  <div class="field${errors.home_station ? ' invalid' : ''}">
    <label for="home_station">${t('seeker.home.label')}</label>
    <select id="home_station" name="home_station" aria-describedby="home-hint">
      <option value="">${t('seeker.home.none')}</option>
      !${locality ? html`<option value="${locality}" selected>${placeLabel}</option>` : ''}
      !${stationGroups()
        .map(
          (g) =>
            html`<optgroup label="${placeName(ctx, g.label)}">!${g.stations.map(option).join('')}</optgroup>`,
        )
        .join('')}
    </select>
    !${errorText('home_station', errors)}
  </div>
  <button type="submit" class="secondary">${t('seeker.home.save')}</button>
</form>
</section>`;
}

/** The job page's line for a signed-in seeker with a home; '' for anyone else or a remote job. */
export async function fromHomeLine(
  ctx: PageContext,
  services: Services,
  user: AuthUser | null | undefined,
  job: { city: string; locality: string | null; shift: string; perks: string[]; work_mode: string },
): Promise<string> {
  if (user?.role !== 'seeker' || !job.locality || job.work_mode === 'remote') return '';
  const home = (await services.seekers.forMatching(user.id))?.home_station;
  if (!home) return '';
  const trip = await services.commute.timeBetween(home, { city: job.city, locality: job.locality });
  if (!trip) return '';
  // A shift ending while no train runs (1-4 am): home by the company cab, or, without one, say so.
  const late = CAB_ONLY_SHIFTS.includes(job.shift);
  const cab_only = late && job.perks.includes('cab');
  // A <dt>/<dd> pair: the job page puts it among the facts, below the location.
  return html`<dt>${ctx.t('seeker.home.fromHome')}</dt><dd class="from-home">!${commuteLine(ctx, {
    minutes: trip.minutes,
    summary: trip.summary,
    route: trip.route,
    ...(cab_only ? { cab_only } : {}),
  })}!${late && !cab_only ? html`<p class="notice">${ctx.t('seeker.home.noTrainHome')}</p>` : ''}<a href="/me/profile#home">${ctx.t('seeker.home.change')}</a></dd>`;
}

export async function homeStationWebRoutes(
  app: FastifyInstance,
  opts: { services: Services },
): Promise<void> {
  const { services } = opts;
  app.post('/me/home', { ...only('seeker'), preHandler: app.csrfProtection }, async (req, reply) => {
    const user = caller(req);
    const value = field(req.body, 'home_station')?.trim() || null;
    try {
      await services.seekers.update(user, { home_station: value }, 'web');
      return reply.redirect('/me/profile?done=home#home', 303);
    } catch (err) {
      if (!(err instanceof Invalid)) throw err;
      const ctx = req.page;
      const errors = toFieldErrors(err.errors ?? [], ctx.t);
      const profile = await services.seekers.get(user);
      const tax = localTaxonomy(await services.taxonomy.get(), ctx.lang);
      const section = homeStationSection(ctx, profile.home_station, tax, { errors });
      return sendHtml(reply, profilePage(ctx, tax, profile, {}, errors, undefined, section), 400);
    }
  });
}
