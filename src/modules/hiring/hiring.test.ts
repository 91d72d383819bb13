import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { employerWithCompany, postJob, problemOf } from '../../../test/support/app.ts';
import { buildSeekerTestApp, seekerWithProfile } from '../../../test/support/seekers.ts';
import { forEachEngine } from '../../shared/db/testing.ts';

forEachEngine('hiring pipeline and interviews', ({ db }) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSeekerTestApp(db());
  });
  afterAll(() => app.close());

  async function jobWithApplicants(n: number) {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer);
    const seekers = [];
    const ids: number[] = [];
    for (let k = 0; k < n; k++) {
      const seeker = await seekerWithProfile(app);
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/jobs/${job.id}/applications`,
        headers: seeker.auth,
      });
      seekers.push(seeker);
      ids.push(res.json().id);
    }
    return { employer, job, seekers, ids };
  }
  const outboxOf = async (userId: string) =>
    (
      await db().query<{
        template: string;
        subject: string;
        body: string;
        attachments: { filename: string; content: string }[];
      }>('SELECT template, subject, body, attachments FROM notifications WHERE user_id = $1 ORDER BY id', [
        userId,
      ])
    ).rows;

  it('a bulk shortlist moves both applicants, tells each seeker, and the stage filter finds them', async () => {
    const { employer, job, seekers, ids } = await jobWithApplicants(3);
    const bulk = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${job.id}/applications/bulk`,
      headers: employer.auth,
      payload: { ids: ids.slice(0, 2), stage: 'shortlisted' },
    });
    expect(bulk.json()).toEqual({ moved: 2, left: [] });
    const shortlisted = await app.inject({
      method: 'GET',
      url: `/api/v1/jobs/${job.id}/applications?stage=shortlisted`,
      headers: employer.auth,
    });
    expect(
      shortlisted
        .json()
        .items.map((a: { id: number }) => a.id)
        .sort(),
    ).toEqual(ids.slice(0, 2).sort());
    expect((await outboxOf(seekers[0]!.id)).map((m) => m.template)).toContain('applicationStage');
    expect(await outboxOf(seekers[2]!.id)).toEqual([]);
    // Each move holds its message for the undo window; once it went, the seeker sees the stage.
    await db().query(
      `UPDATE notifications SET send_after = now() - interval '1 second' WHERE send_after IS NOT NULL`,
    );
    const mine = await app.inject({
      method: 'GET',
      url: '/api/v1/me/applications',
      headers: seekers[0]!.auth,
    });
    expect(mine.json().items[0].stage).toBe('shortlisted');
  });

  it('an unknown stage or another job’s application is a 400 and nothing moves', async () => {
    const { employer, job, ids } = await jobWithApplicants(1);
    const other = await jobWithApplicants(1);
    const unknown = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${job.id}/applications/bulk`,
      headers: employer.auth,
      payload: { ids, stage: 'maybe' },
    });
    expect(unknown.statusCode).toBe(400);
    const foreign = await app.inject({
      method: 'POST',
      url: `/api/v1/jobs/${job.id}/applications/bulk`,
      headers: employer.auth,
      payload: { ids: [...ids, ...other.ids], stage: 'rejected' },
    });
    expect(foreign.statusCode).toBe(400);
    expect(problemOf(foreign).errors?.[0]?.field).toBe('ids');
    const list = await app.inject({
      method: 'GET',
      url: `/api/v1/jobs/${job.id}/applications`,
      headers: employer.auth,
    });
    expect(list.json().items[0].stage).toBe('applied');
  });

  it('an interview puts a valid .ics invite in the seeker’s outbox; reschedule and cancel follow', async () => {
    const { employer, seekers, ids } = await jobWithApplicants(1);
    const past = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${ids[0]}/interviews`,
      headers: employer.auth,
      payload: { starts_at: '2020-01-01T10:00:00+05:30', duration_minutes: 30, mode: 'phone' },
    });
    expect(past.statusCode).toBe(400);
    expect(problemOf(past).errors).toEqual([{ field: 'starts_at', message: 'is in the past' }]);
    const starts = new Date(Date.now() + 3 * 86_400_000);
    starts.setUTCHours(5, 0, 0, 0);
    const res = await app.inject({
      method: 'POST',
      url: `/api/v1/applications/${ids[0]}/interviews`,
      headers: employer.auth,
      payload: {
        starts_at: starts.toISOString(),
        duration_minutes: 45,
        mode: 'in_person',
        place: 'Hiranandani, Powai',
        note: 'Bring your PAN card; ask for Meena',
      },
    });
    expect(res.statusCode).toBe(201);
    const invite = (await outboxOf(seekers[0]!.id)).find((m) => m.template === 'interviewInvite');
    // The note for the candidate travels with the invite: in the message and in the event.
    expect(invite?.body).toContain('Bring your PAN card; ask for Meena');
    const ics = invite?.attachments[0]?.content ?? '';
    expect(ics).toMatch(/^BEGIN:VCALENDAR/);
    expect(ics.replace(/\r\n[ \t]/g, '')).toContain('Bring your PAN card\\; ask for Meena');
    const stamp = starts
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    expect(ics).toContain(`DTSTART:${stamp}`);
    expect(ics).toContain('LOCATION:Hiranandani\\, Powai');
    const mine = await app.inject({
      method: 'GET',
      url: '/api/v1/me/applications',
      headers: seekers[0]!.auth,
    });
    expect(mine.json().items[0].stage).toBe('interview');

    const later = new Date(starts.getTime() + 86_400_000);
    const moved = await app.inject({
      method: 'PATCH',
      url: `/api/v1/interviews/${res.json().id}`,
      headers: employer.auth,
      payload: {
        starts_at: later.toISOString(),
        duration_minutes: 45,
        mode: 'video',
        video_link: 'https://meet.example.com/x',
      },
    });
    expect(moved.statusCode).toBe(200);
    const cancel = await app.inject({
      method: 'POST',
      url: `/api/v1/interviews/${res.json().id}/cancel`,
      headers: employer.auth,
    });
    expect(cancel.json().status).toBe('cancelled');
    const last = (await outboxOf(seekers[0]!.id)).at(-1);
    expect(last?.template).toBe('interviewCancelled');
    expect(last?.attachments[0]?.content).toContain('METHOD:CANCEL');
    expect(last?.attachments[0]?.content).toContain('SEQUENCE:2');
  });

  it('an interview message and its calendar invite are in the seeker’s own language, India time', async () => {
    const { employer, job: posted, seekers, ids } = await jobWithApplicants(3);
    const langs = ['en', 'hi', 'mr'] as const;
    // 05:00 UTC on 3 December next year is 10:30 in India.
    const year = new Date().getUTCFullYear() + 1;
    const starts = new Date(Date.UTC(year, 11, 3, 5, 0));
    for (const [k, lang] of langs.entries()) {
      await app.inject({ method: 'PATCH', url: '/api/v1/me', headers: seekers[k]!.auth, payload: { lang } });
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/applications/${ids[k]}/interviews`,
        headers: employer.auth,
        payload: { starts_at: starts.toISOString(), duration_minutes: 30, mode: 'phone' },
      });
      expect(res.statusCode).toBe(201);
    }
    const inviteOf = async (k: number) =>
      (await app.services.notifications.outbox({ userId: seekers[k]!.id })).find(
        (m) => m.template === 'interviewInvite',
      );
    const [en, hi, mr] = [await inviteOf(0), await inviteOf(1), await inviteOf(2)];
    expect(en?.subject).toContain(`on 3 Dec ${year}, 10:30 am`);
    expect(hi?.body).toContain(`3 दिस॰ ${year}, सुबह 10:30`);
    // Marathi month and part of the day ("सकाळी", never AM), Latin digits as everywhere else on Deskhire.
    expect(mr?.subject).toContain(`मुलाखत 3 डिसें, ${year}, सकाळी 10:30 रोजी`);
    expect(mr?.body).toContain(`3 डिसें, ${year}, सकाळी 10:30 रोजी बोलावत आहे`);
    expect(mr?.body).not.toMatch(/[०-९]/);
    expect(mr?.body).not.toContain('Dec');

    // The calendar invite's title and description too; the job and company names stay as written.
    const icsOf = async (k: number) =>
      (
        (await outboxOf(seekers[k]!.id)).find((m) => m.template === 'interviewInvite')?.attachments[0]
          ?.content ?? ''
      ).replace(/\r\n[ \t]/g, '');
    const [enIcs, hiIcs, mrIcs] = [await icsOf(0), await icsOf(1), await icsOf(2)];
    const [job, company] = [posted.title as string, 'Maitri Contact Centres'];
    expect(enIcs).toContain(`SUMMARY:Interview: ${job} (${company})`);
    expect(enIcs).toContain(`DESCRIPTION:Interview for ${job} at ${company}.`);
    expect(hiIcs).toContain(`SUMMARY:इंटरव्यू: ${job} (${company})`);
    expect(hiIcs).toContain(`DESCRIPTION:${company} में “${job}” के लिए इंटरव्यू।`);
    expect(mrIcs).toContain(`SUMMARY:मुलाखत: ${job} (${company})`);
    expect(mrIcs).toContain(`DESCRIPTION:${company} मध्ये “${job}” साठी मुलाखत.`);
    expect(mrIcs).not.toContain('Interview');
  });

  it('applicants carry a match score with reasons; filters by education and language and sort by match', async () => {
    const employer = await employerWithCompany(app);
    const job = await postJob(app, employer, { locality: 'powai', skills: ['communication', 'crm-tools'] });
    const strong = await seekerWithProfile(app, {
      city: 'mumbai',
      localities: ['powai'],
      education: 'graduate',
      languages: [
        { language: 'english', level: 'fluent' },
        { language: 'hindi', level: 'fluent' },
      ],
      skills: ['communication', 'crm-tools'],
    });
    const weak = await seekerWithProfile(app);
    for (const s of [weak, strong])
      await app.inject({ method: 'POST', url: `/api/v1/jobs/${job.id}/applications`, headers: s.auth });
    const sorted = await app.inject({
      method: 'GET',
      url: `/api/v1/jobs/${job.id}/applications?sort=match`,
      headers: employer.auth,
    });
    const [first, second] = sorted.json().items;
    expect(first.seeker.id).toBe(strong.id);
    expect(first.match.score).toBeGreaterThan(second.match.score);
    expect(first.match.reasons.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['education', 'languages', 'skills', 'near']),
    );
    const graduates = await app.inject({
      method: 'GET',
      url: `/api/v1/jobs/${job.id}/applications?education=graduate&language=english`,
      headers: employer.auth,
    });
    expect(graduates.json().items.map((a: { seeker: { id: string } }) => a.seeker.id)).toEqual([strong.id]);
  });
});
