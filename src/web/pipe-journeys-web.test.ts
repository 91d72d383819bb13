// Issue #20, phone journeys through the pipeline: a bulk move leaves hired, rejected and withdrawn
// applicants where they are unless the employer says so, and says who moved and who did not; a hire
// is rejected only through "Did not join?"; a withdrawal and its undo read as what happened; and a
// results card saves a job and comes back to the card.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Actor, employerWithCompany, postJob, register } from '../../test/support/app.ts';
import { InjectBrowser } from '../../test/support/browser.ts';
import { buildSeekerTestApp } from '../../test/support/seekers.ts';
import { forEachEngine } from '../shared/db/testing.ts';

forEachEngine('pipeline journeys on a phone', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
  });
  afterAll(() => app.close());
  const asUser = (a: Actor) => ({ id: a.id, role: 'seeker' as const, name: 'Neha Joshi' });

  const applyAs = async (seeker: Actor, jobId: number) => {
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${jobId}/applications`,
      headers: seeker.auth,
    });
    expect(res.statusCode).toBe(201);
    return res.json<{ id: number }>().id;
  };
  const stageOf = async (employer: Actor, jobId: number, id: number) => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/v1/jobs/${jobId}/applications`,
      headers: employer.auth,
    });
    return res.json<{ items: { id: number; stage: string }[] }>().items.find((a) => a.id === id)?.stage;
  };
  /** One applicant's card on the applicants page. */
  const cardOf = (page: string, id: number) =>
    new RegExp(
      `<li class="card" id="application-${id}">([\\s\\S]*?)</li>\\s*(?:<li class="card"|</ol>)`,
    ).exec(page)?.[1] ?? '';

  async function pipeline() {
    const employer = await employerWithCompany(app, { name: 'Vashi Contact Centre' });
    const job = await postJob(app, employer, { title: 'Inbound voice agent' });
    const names = ['Asha Kale', 'Ravi More', 'Meena Shah', 'Sunil Pawar'];
    const seekers: Actor[] = [];
    const ids: number[] = [];
    for (const name of names) {
      const seeker = await register(app, 'seeker', name);
      seekers.push(seeker);
      ids.push(await applyAs(seeker, job.id));
    }
    const [asha, , , sunil] = ids as [number, number, number, number];
    const hired = await app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${asha}`,
      headers: employer.auth,
      payload: { stage: 'hired' },
    });
    expect(hired.statusCode).toBe(200);
    const out = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${sunil}/withdraw`,
      headers: seekers[3]!.auth,
    });
    expect(out.statusCode).toBe(200);
    return { employer, job, seekers, ids: ids as [number, number, number, number] };
  }

  it('a bulk move leaves a hire and a withdrawal where they are, says who moved and who not, and undoes the moved ones', async () => {
    const { employer, job, ids } = await pipeline();
    const [asha, ravi, meena, sunil] = ids;
    const b = new InjectBrowser(app, employer.auth);
    const list = `/employer/jobs/${job.id}/applicants`;
    const all = ids.map(String);
    const question = await b.post(`${list}/bulk?lang=en`, { stage: 'shortlisted', ids: all }, list);
    expect(question.statusCode).toBe(200);
    expect(question.body).toContain('Move 2 applicants to Shortlisted?');
    expect(question.body).toContain('Asha Kale is already hired.');
    expect(question.body).toContain('Sunil Pawar withdrew the application.');
    // Moving the hire too is a button of its own that says so; the plain one moves only the 2.
    expect(question.body).not.toContain('<input type="checkbox" name="include_settled"');
    expect(question.body).not.toContain('Yes, move all 2');
    expect(question.body).toMatch(
      /<button type="submit" name="include_settled" value="0"[^>]*>Yes, move these 2<\/button>/,
    );
    expect(question.body).toMatch(
      /<button type="submit" name="include_settled" value="1"[^>]*>Move all 3, including the 1 already hired or rejected<\/button>/,
    );
    // What the page promises is what the result offers: one Undo for all of them, or each card's.
    expect(question.body).toContain('Until then you can undo them all at once, or each one from their card.');

    const moved = await b.post(
      `${list}/bulk`,
      { stage: 'shortlisted', ids: all, confirm: '1', include_settled: '0' },
      `${list}?lang=en`,
    );
    expect(moved.statusCode).toBe(303);
    expect(await stageOf(employer, job.id, asha)).toBe('hired');
    expect(await stageOf(employer, job.id, ravi)).toBe('shortlisted');
    expect(await stageOf(employer, job.id, meena)).toBe('shortlisted');
    expect(await stageOf(employer, job.id, sunil)).toBe('withdrawn');
    const result = String(moved.headers.location);
    const en = await b.get(result.replace('#', '&lang=en#'));
    expect(en.body).toContain('2 applicants moved to Shortlisted.');
    expect(en.body).toContain('>Undo these 2 moves</button>');
    expect(cardOf(en.body, ravi)).toContain(`action="/employer/applications/${ravi}/undo"`);
    // In the cards' order, as the confirm page lists them.
    expect(en.body).toContain('2 left: Sunil Pawar withdrew the application. Asha Kale is already hired.');
    const hi = await b.get(result.replace('#', '&lang=hi#'));
    expect(hi.body).toContain('2 आवेदक शॉर्टलिस्ट में गए।');
    expect(hi.body).toContain('Asha Kale पहले से नौकरी पर रखे गए हैं।');
    const mr = await b.get(result.replace('#', '&lang=mr#'));
    expect(mr.body).toContain('2 अर्जदार शॉर्टलिस्ट मध्ये हलवले.');
    expect(mr.body).toContain('Asha Kale यांची आधीच नियुक्ती झाली आहे.');

    // One Undo for the moved ones puts both back where they were; the hire stays.
    expect(en.body).toContain(`action="${list}/bulk-undo"`);
    const undo = await b.post(`${list}/bulk-undo`, { ids: [String(ravi), String(meena)] }, result);
    expect(undo.statusCode).toBe(303);
    expect(await stageOf(employer, job.id, ravi)).toBe('applied');
    expect(await stageOf(employer, job.id, meena)).toBe('applied');
    expect(await stageOf(employer, job.id, asha)).toBe('hired');
    const after = await b.get(`${undo.headers.location}&lang=en`);
    expect(after.body).toContain('2 moves undone.');

    // Confirmed on purpose, the hire (who did not join) moves too.
    const deliberate = await b.post(
      `${list}/bulk`,
      { stage: 'rejected', ids: [String(asha)], confirm: '1', include_settled: '1' },
      list,
    );
    expect(deliberate.statusCode).toBe(303);
    expect(await stageOf(employer, job.id, asha)).toBe('rejected');
  });

  it('a bulk move to Hired asks with two honest buttons, promises no Undo and counts exactly who moved', async () => {
    const { employer, job, ids } = await pipeline();
    const [asha, ravi, meena, sunil] = ids;
    const b = new InjectBrowser(app, employer.auth);
    const list = `/employer/jobs/${job.id}/applicants`;
    const rejected = await app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${ravi}`,
      headers: employer.auth,
      payload: { stage: 'rejected' },
    });
    expect(rejected.statusCode).toBe(200);
    const all = ids.map(String);
    const question = await b.post(`${list}/bulk?lang=en`, { stage: 'hired', ids: all }, list);
    expect(question.statusCode).toBe(200);
    expect(question.body).toContain('Move 1 applicant to Hired?');
    expect(question.body).toContain('Ravi More was already rejected.');
    expect(question.body).toMatch(/name="include_settled" value="0"[^>]*>Yes, move 1 applicant<\/button>/);
    expect(question.body).toMatch(
      /name="include_settled" value="1"[^>]*>Move all 2, including the 1 already hired or rejected<\/button>/,
    );
    // A hire has no Undo: the page says so in the single hire page's words, and promises no Undo.
    expect(question.body).toContain('There is no Undo for a hire.');
    expect(question.body).not.toContain('undo it from their card');
    expect(question.body).not.toContain('undo each one');
    for (const lang of ['hi', 'mr'] as const) {
      const page = await b.post(`${list}/bulk?lang=${lang}`, { stage: 'hired', ids: all }, list);
      expect(page.body).toContain(
        lang === 'hi'
          ? 'भर्ती को &#39;वापस लें&#39; से पलटा नहीं जा सकता।'
          : 'भरती &#39;परत घ्या&#39; ने मागे घेता येत नाही.',
      );
    }

    const moved = await b.post(
      `${list}/bulk`,
      { stage: 'hired', ids: all, confirm: '1', include_settled: '0' },
      `${list}?lang=en`,
    );
    expect(moved.statusCode).toBe(303);
    expect(await stageOf(employer, job.id, meena)).toBe('hired');
    expect(await stageOf(employer, job.id, ravi)).toBe('rejected');
    expect(await stageOf(employer, job.id, sunil)).toBe('withdrawn');
    expect(await stageOf(employer, job.id, asha)).toBe('hired');
    const result = await b.get(String(moved.headers.location).replace('#', '&lang=en#'));
    expect(result.body).toContain('1 moved to Hired.');
    expect(result.body).not.toContain('/bulk-undo');

    // The second button moves the rejected one too, and the result counts exactly that one.
    const again = await b.post(
      `${list}/bulk`,
      { stage: 'hired', ids: all, confirm: '1', include_settled: '1' },
      `${list}?lang=en`,
    );
    expect(await stageOf(employer, job.id, ravi)).toBe('hired');
    const second = await b.get(String(again.headers.location).replace('#', '&lang=en#'));
    expect(second.body).toContain('1 moved to Hired.');
    expect(second.body).not.toContain('/bulk-undo');
  });

  it('a hire\'s card offers Rejected only as "Did not join?", behind the confirmation', async () => {
    const { employer, job, ids } = await pipeline();
    const [asha, ravi] = ids;
    const b = new InjectBrowser(app, employer.auth);
    const page = await b.get(`/employer/jobs/${job.id}/applicants?lang=en`);
    const hired = cardOf(page.body, asha);
    expect(hired).toContain('Asha Kale');
    expect(hired).not.toContain('stage-rejected');
    expect(hired).toContain(`href="/employer/applications/${asha}/reject"`);
    expect(hired).toContain('Did not join? Move to Rejected');
    // Any other applicant keeps the plain Reject button.
    expect(cardOf(page.body, ravi)).toContain('stage-rejected');
    const question = await b.get(`/employer/applications/${asha}/reject?lang=en`);
    expect(question.body).toContain('Asha Kale did not join?');
    expect(question.body).toContain('name="confirm" value="1"');
    for (const [lang, text] of [
      ['hi', 'शामिल नहीं हुए? अस्वीकृत में डालें'],
      ['mr', 'रुजू झाले नाहीत? “नाकारले” मध्ये हलवा'],
    ] as const) {
      const other = await b.get(`/employer/jobs/${job.id}/applicants?lang=${lang}`);
      expect(cardOf(other.body, asha)).toContain(text);
    }
  });

  it('a withdrawal and its undo read as what happened, for the seeker and on the applicant card', async () => {
    const { employer, job, seekers, ids } = await pipeline();
    const ravi = ids[1];
    const moved = await app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${ravi}`,
      headers: employer.auth,
      payload: { stage: 'shortlisted' },
    });
    expect(moved.statusCode).toBe(200);
    // The move is past its undo window: its message has gone, so the seeker sees it.
    await app.services.notifications.releaseHeld(`application-stage:${ravi}`);
    const s = new InjectBrowser(app, seekers[1]!.auth);
    const out = await s.post(`/me/applications/${ravi}/withdraw`, {}, `/me/applications/${ravi}/withdraw`);
    expect(out.statusCode).toBe(303);
    const back = await s.post(`/me/applications/${ravi}/restore`, {}, String(out.headers.location));
    expect(back.statusCode).toBe(303);
    const en = await s.get('/me/applications?lang=en');
    expect(en.body).toContain('You withdrew');
    expect(en.body).toContain('You undid the withdrawal; back to Shortlisted');
    expect(en.body).not.toContain('Shortlisted (you)');
    const hi = await s.get('/me/applications?lang=hi');
    expect(hi.body).toContain('आपने आवेदन वापस लिया');
    expect(hi.body).toContain('आपने आवेदन वापसी रद्द की; फिर से: शॉर्टलिस्ट हुए');
    const mr = await s.get('/me/applications?lang=mr');
    expect(mr.body).toContain('तुम्ही अर्ज मागे घेतला');
    expect(mr.body).toContain('तुम्ही अर्ज मागे घेणे रद्द केले; पुन्हा: शॉर्टलिस्ट झाले');

    const b = new InjectBrowser(app, employer.auth);
    const card = cardOf((await b.get(`/employer/jobs/${job.id}/applicants?lang=en`)).body, ravi);
    expect(card).toContain('Candidate withdrew');
    expect(card).toContain('Candidate came back; back to Shortlisted');
    const hiCard = cardOf((await b.get(`/employer/jobs/${job.id}/applicants?lang=hi`)).body, ravi);
    expect(hiCard).toContain('उम्मीदवार ने आवेदन वापस लिया');
    const mrCard = cardOf((await b.get(`/employer/jobs/${job.id}/applicants?lang=mr`)).body, ravi);
    expect(mrCard).toContain('उमेदवाराने अर्ज मागे घेतला');
  });

  it('a results card saves the job and comes back to the card with "Saved · Undo"; a visitor signs in first', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer, { title: 'Quillon chat support executive' });
    const seeker = await register(app, 'seeker', 'Neha Joshi');
    const s = new InjectBrowser(app, seeker.auth);
    const results = '/jobs?q=quillon';
    const card = `${results}#job-${job.id}`;
    const page = await s.get(`${results}&lang=en`);
    expect(page.body).toContain(`action="/jobs/${job.id}/save"`);
    const saved = await s.post(`/jobs/${job.id}/save`, { back: card }, results);
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(card);
    const again = await s.get(`${results}&lang=en`);
    const onCard = /<li class="card" id="job-\d+">[\s\S]*?<\/li>/.exec(again.body)?.[0] ?? '';
    expect(onCard).toContain('Saved');
    expect(onCard).toContain(`action="/jobs/${job.id}/unsave"`);
    expect(onCard).toContain('>Undo</button>');
    const mine = await app.services.alerts.savedJobs(asUser(seeker));
    expect(mine.map((j) => j.job_id)).toContain(job.id);
    // Undo returns to the card too, with Save again.
    const undone = await s.post(`/jobs/${job.id}/unsave`, { back: card }, results);
    expect(undone.headers.location).toBe(card);
    expect((await app.services.alerts.savedJobs(asUser(seeker))).map((j) => j.job_id)).not.toContain(job.id);
    for (const [lang, word] of [
      ['hi', 'सेव करें'],
      ['mr', 'सेव्ह करा'],
    ] as const) {
      const other = await s.get(`${results}&lang=${lang}`);
      expect(other.body).toContain(`action="/jobs/${job.id}/save"`);
      expect(other.body).toContain(word);
    }

    // A visitor's Save signs in, then saves and lands on the card.
    const visitor = new InjectBrowser(app);
    const open = await visitor.get(results);
    const step = `/jobs/${job.id}/save?back=${encodeURIComponent(card)}`;
    expect(open.body.replaceAll('&#61;', '=')).toContain(`href="/login?next=${encodeURIComponent(step)}"`);
    const signedIn = new InjectBrowser(app, seeker.auth);
    const land = await signedIn.get(step);
    expect(land.statusCode).toBe(303);
    expect(land.headers.location).toBe(card);
    expect((await app.services.alerts.savedJobs(asUser(seeker))).map((j) => j.job_id)).toContain(job.id);
    // A foreign address is never where it lands.
    const away = await signedIn.get(
      `/jobs/${job.id}/save?back=${encodeURIComponent('https://evil.example/')}`,
    );
    expect(String(away.headers.location)).not.toContain('evil');
  });
});
