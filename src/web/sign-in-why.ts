// Why a visitor is asked to sign in, when they came from a job's Save, Call or Apply: the sign-in,
// code and register pages name the job and say what happens after ("Sign in to save this job:
// Customer support executive, Andheri. You come back to it after."). `next` is the step the
// sign-in goes on to (/jobs/:id/save, /jobs/:id/call or /jobs/:id/apply, from a card or a job page).
import { html } from 'ghtml';
import type { Services } from '../services.ts';
import type { PageContext } from './context.ts';
import { langAttr, localTaxonomy, whereText } from './format.ts';

const CALLER = /^\/trust\/caller(?:[?#]|$)/;
const STEP = /^\/jobs\/(\d{1,12})\/(save|call|apply)(?:[?#]|$)/;

/** The one-line reason as HTML (empty when `next` is not a job's step or the job cannot be read). */
export async function signInWhy(services: Services, ctx: PageContext, next: string): Promise<string> {
  // "Who called me?" (linked from every job page): why that check needs a sign-in, no job named.
  if (CALLER.test(next))
    return html`<p class="notice why" role="status">${ctx.t('seekerSteps.why.caller')}</p>`;
  const m = STEP.exec(next);
  if (!m) return '';
  const job = await services.jobs.get({ user: null }, Number(m[1])).catch(() => null);
  if (!job) return '';
  const tax = localTaxonomy(await services.taxonomy.get(), ctx.lang);
  const place = whereText(ctx, tax, job).split(', ')[0] ?? '';
  // The sentence is the page's language; the job's title is the employer's words (their language).
  const [before = '', after = ''] = ctx.t(`seekerSteps.why.${m[2]}`, { job: '\u0000' }).split('\u0000');
  return html`<p class="notice why" role="status">${before}<span!${langAttr(ctx, job.title)}>${job.title}</span>, ${place}${after}</p>`;
}
