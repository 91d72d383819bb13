// What the employer's phone walk (phonec) found: the message after cancelling, rescheduling or
// scheduling an interview was at the top of the page while the redirect lands on the applicant's
// card, so on a phone the confirmation was off screen. It is now on the card the user lands at.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { employerWithCompany, postJob, register } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { buildSeekerTestApp, seekerWithProfile } from '../../test/support/seekers.ts';
import { forEachEngine } from '../shared/db/testing.ts';
import { istLocal } from './pages/interview.ts';

forEachEngine('the employer journeys on a phone (phonec)', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
  });
  afterAll(() => app.close());

  const future = () => {
    const starts = new Date(Date.now() + 3 * 86_400_000);
    starts.setUTCHours(5, 30, 0, 0);
    return istLocal(starts.toISOString());
  };

  it('after cancelling an interview the confirmation is on the card the page lands at, in en / hi / mr', async () => {
    const employer = await employerWithCompany(app, { name: 'Thane Care Services' });
    const job = await postJob(app, employer);
    const ids: number[] = [];
    for (let k = 0; k < 2; k++) {
      const seeker = await seekerWithProfile(app);
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/jobs/${job.id}/applications`,
        headers: seeker.auth,
      });
      ids.push(res.json<{ id: number }>().id);
    }
    const b = new InjectBrowser(app, employer.auth);
    const url = `/employer/jobs/${job.id}/applicants`;
    const id = ids[1]!;
    const scheduled = await b.post(
      `/employer/applications/${id}/interview`,
      { starts_at: future(), duration_minutes: '30', mode: 'in_person', place: 'Wagle Estate, Thane' },
      url,
    );
    const onCard = (body: string, words: string | RegExp) => {
      const card = body.indexOf(`id="application-${id}"`);
      expect(card).toBeGreaterThan(0);
      const end = body.indexOf('</li>', card);
      const rest = body.slice(card, end);
      const first = body.slice(0, card);
      if (typeof words === 'string') {
        expect(rest).toContain(words);
        expect(first).not.toContain(words);
      } else {
        expect(rest).toMatch(words);
        expect(first).not.toMatch(words);
      }
    };
    const location = String(scheduled.headers.location);
    expect(location).toContain(`#application-${id}`);
    onCard((await b.get(location.replace('#', '&lang=en#'))).body, 'role="status"');
    const page = await b.get(url);
    const interviewId = /href="\/employer\/interviews\/(\d+)\/cancel"/.exec(page.body)?.[1];
    const done = await b.post(
      `/employer/interviews/${interviewId}/cancel`,
      { confirm: '1' },
      `/employer/interviews/${interviewId}/cancel`,
    );
    const back = String(done.headers.location);
    expect(back).toContain(`#application-${id}`);
    onCard((await b.get(back.replace('#', '&lang=en#'))).body, /Interview cancelled\./);
    onCard((await b.get(back.replace('#', '&lang=hi#'))).body, 'role="status"');
    onCard((await b.get(back.replace('#', '&lang=mr#'))).body, 'role="status"');
  });

  it('a job posted without a role is told every other mistake in the same round, in en / hi / mr', async () => {
    const employer = await employerWithCompany(app, { name: 'Kale Back Office' });
    const b = new InjectBrowser(app, employer.auth);
    const form = {
      title: 'Data entry',
      role: '',
      industry: 'bpo-kpo',
      place: 'mumbai/andheri',
      work_mode: 'onsite',
      shift: 'day',
      salary_min: '30000',
      salary_max: '20000',
      experience_min: '0',
      education_min: '12th',
      walk_in_from: '2030-12-20',
      walk_in_to: '2030-12-10',
      openings: '1',
      description: 'Enter customer orders into our system and check them against the invoices.',
      status: 'published',
    };
    for (const [lang, role, salary, walkIn] of [
      [
        'en',
        'Role: pick the role',
        'the minimum must not be above the maximum',
        'not before the first walk-in day',
      ],
      ['hi', 'इस नौकरी से सबसे मिलती भूमिका चुनें', 'दोनों में से एक ठीक करें', 'ऐसी तारीख चुनें जो पहले दिन से पहले न हो'],
      ['mr', 'सर्वात जुळणारी भूमिका निवडा', 'दोन्हीपैकी एक दुरुस्त करा', 'पहिल्या दिवसाच्या आधीची नसलेली तारीख निवडा'],
    ] as const) {
      const res = await b.post(`/employer/jobs/new?lang=${lang}`, form, '/employer/jobs/new');
      expect(res.statusCode).toBe(400);
      const summary = res.body.slice(
        res.body.indexOf('id="form-errors"'),
        res.body.indexOf('</ul>', res.body.indexOf('id="form-errors"')),
      );
      expect(summary).toContain(role);
      expect(summary).toContain(salary);
      expect(summary).toContain(walkIn);
      expect(res.body).toContain('value="30000"');
    }
  });

  it('saving the company profile says so, in en / hi / mr', async () => {
    const employer = await register(app, 'employer');
    const b = new InjectBrowser(app, employer.auth);
    for (const [lang, words] of [
      ['en', 'Company profile saved'],
      ['hi', 'कंपनी प्रोफ़ाइल सेव हो गई'],
      ['mr', 'कंपनी प्रोफाइल सेव्ह झाली'],
    ] as const) {
      const res = await b.post(
        `/employer/company?lang=${lang}`,
        { name: 'Kale Back Office Services', industry: 'bpo-kpo', city: 'pune' },
        '/employer/company',
      );
      expect(res.statusCode).toBe(303);
      const dash = await b.get(String(res.headers.location).replace('done=', `lang=${lang}&done=`));
      const main = dash.body.slice(dash.body.indexOf('<main'));
      expect(main).toMatch(new RegExp(`role="status"><p>${words}`));
    }
  });

  it('a draft card offers no Applicants button (a draft has none), a live one does', async () => {
    const employer = await employerWithCompany(app, { name: 'Draft Only Services' });
    const job = await postJob(app, employer, { status: 'draft' });
    const b = new InjectBrowser(app, employer.auth);
    const drafts = await b.get('/employer?tab=draft');
    expect(drafts.body).toContain(`id="job-${job.id}"`);
    expect(drafts.body).not.toContain(`href="/employer/jobs/${job.id}/applicants"`);
    await b.post(`/employer/jobs/${job.id}/publish`, {}, '/employer?tab=draft');
    const live = await b.get('/employer?tab=live');
    expect(live.body).toContain(`href="/employer/jobs/${job.id}/applicants"`);
  });

  it('"No, keep it open" and "Back" from a draft or a paused job land on its own tab and card', async () => {
    const employer = await employerWithCompany(app, { name: 'Tab Landing Services' });
    const draft = await postJob(app, employer, { status: 'draft' });
    const b = new InjectBrowser(app, employer.auth);
    const question = await b.get(`/employer/jobs/${draft.id}/close`);
    expect(question.body).toContain(`href="/employer?tab=draft#job-${draft.id}"`);
    const stats = await b.get(`/employer/jobs/${draft.id}/stats`);
    expect(stats.body).toContain(`href="/employer?tab=draft#job-${draft.id}"`);
    const live = await postJob(app, employer);
    const edit = await b.get(`/employer/jobs/${live.id}/edit`);
    expect(edit.body).toContain(`href="/employer?tab=live#job-${live.id}"`);
  });
});
