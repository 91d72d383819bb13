// The applicants page says each match reason in the page's language from its code and params; the
// API keeps the English `text` for existing clients.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Actor, employerWithCompany, postJob } from '../../test/support/app.ts';
import { buildSeekerTestApp, seekerWithProfile } from '../../test/support/seekers.ts';
import { forEachEngine } from '../shared/db/testing.ts';
import { translator } from '../shared/i18n/index.ts';

forEachEngine('applicant match reasons in the page language', ({ db }) => {
  let app: FastifyInstance;
  let employer: Actor;
  let jobId: number;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
    employer = await employerWithCompany(app);
    jobId = (
      await postJob(app, employer, {
        languages: ['hindi'],
        skills: ['typing', 'data-entry'],
        experience_max: 4,
      })
    ).id;
    const seeker = await seekerWithProfile(app, {
      city: 'mumbai',
      localities: ['powai'],
      education: 'graduate',
      experience_years: 3,
    });
    await app.inject({ method: 'POST', url: `/api/v1/jobs/${jobId}/applications`, headers: seeker.auth });
  });
  afterAll(() => app.close());

  const page = async (lang: string) =>
    (
      await app.inject({
        method: 'GET',
        url: `/employer/jobs/${jobId}/applicants?lang=${lang}`,
        headers: { ...employer.auth, accept: 'text/html' },
      })
    ).body;

  it('the API keeps the English text and adds codes with params', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/jobs/${jobId}/applications`,
      headers: employer.auth,
    });
    const reasons = res.json<{ items: { match: { reasons: unknown[] } }[] }>().items[0]?.match.reasons;
    expect(reasons).toEqual([
      { code: 'education', text: 'Education: graduate', params: { education: 'graduate' } },
      { code: 'experience', text: "3 years' experience", params: { years: 3 } },
      { code: 'languages', text: 'Speaks hindi', params: { languages: ['hindi'] } },
      { code: 'skills', text: 'Skills: typing, data-entry', params: { skills: ['typing', 'data-entry'] } },
      { code: 'near', text: 'Lives in Powai', params: { place: 'powai' } },
    ]);
  });

  it('a Hindi page says every reason in Hindi, a Marathi page in Marathi', async () => {
    const t = translator('hi');
    const hi = await page('hi');
    expect(hi).toContain(`पढ़ाई: ${t('enum.education.graduate')}`);
    expect(hi).toContain('3 साल का अनुभव');
    expect(hi).toContain(`${t('ref.language.hindi')} बोलते हैं`);
    expect(hi).toContain(`कौशल: ${t('ref.skill.typing')}, ${t('ref.skill.data-entry')}`);
    expect(hi).toMatch(/[\u0900-\u097f]+ में रहते हैं/);
    expect(hi).not.toContain('years');
    expect(hi).not.toContain('Lives in');

    const mr = await page('mr');
    expect(mr).toContain('3 वर्षांचा अनुभव');
    expect(mr).toMatch(/[\u0900-\u097f]+ येथे राहतात/);
    expect(mr).not.toContain('Speaks');
  });

  it('an English page reads as before', async () => {
    const en = await page('en');
    expect(en).toContain('3 years&#39; experience');
    expect(en).toContain('Speaks Hindi');
    expect(en).toContain('Lives in Powai');
    expect(en).toContain(`Education: ${translator('en')('enum.education.graduate')}`);
  });
});
