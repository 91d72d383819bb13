// The cast of the authorization matrix: two seekers, employer A's owner and a recruiter of the same
// company, employer B, an admin, and anonymous; plus resolvers that make the resource a cell acts
// on (fresh where the call would change or destroy it). Built through HTTP, as a client would.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../src/shared/db/db.ts';
import {
  type Actor,
  employerWithCompany,
  jobPayload,
  postJob,
  register,
  registerAdmin,
  uniquePhone,
} from '../support/app.ts';

export const ROLES = [
  'anonymous',
  'seeker',
  'seekerB',
  'ownerA',
  'recruiterA',
  'employerB',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

export interface RouteCall {
  params?: Record<string, string>;
  query?: string;
  body?: unknown;
  /** The call changes the actor itself (logout, erase): each cell gets a new actor of that role. */
  freshActor?: boolean;
}

export interface Cast {
  actors: Record<Exclude<Role, 'anonymous'>, Actor>;
  companyA: string;
  companyB: string;
  ownerA: Actor & { companyId: string };
  /** A seeker whose phone and password the login cell uses. */
  login: { phone: string; password: string };
  /** Seekers may start only a few skill checks a day, so the cells share one. */
  skillTest: string;
}

/** There is no invite route yet: the recruiter joins company A as a member row. */
async function recruiterOf(app: FastifyInstance, db: Db, companyId: string): Promise<Actor> {
  const recruiter = await register(app, 'employer', 'Recruiter A');
  await db.query(
    `INSERT INTO company_members (company_id, user_id, member_role) VALUES ($1, $2, 'recruiter')`,
    [companyId, recruiter.id],
  );
  return recruiter;
}

export async function buildCast(app: FastifyInstance, db: Db): Promise<Cast> {
  const ownerA = await employerWithCompany(app, { name: 'Aarambh Contact Centre' });
  const employerB = await employerWithCompany(app, { name: 'Bharosa Back Office', city: 'pune' });
  const seeker = await register(app, 'seeker', 'Seeker A');
  const login = { phone: uniquePhone(), password: 'correct horse battery' };
  const registered = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { role: 'seeker', name: 'Login Seeker', ...login },
  });
  if (registered.statusCode !== 201) throw new Error(`register failed: ${registered.body}`);
  const test = await app.inject({
    method: 'POST',
    url: '/api/v1/skills/tests',
    headers: seeker.auth,
    payload: { kind: 'typing' },
  });
  if (test.statusCode !== 201) throw new Error(`skill test failed: ${test.body}`);
  return {
    login,
    skillTest: String(test.json<{ id: string | number }>().id),
    ownerA,
    companyA: ownerA.companyId,
    companyB: employerB.companyId,
    actors: {
      seeker,
      seekerB: await register(app, 'seeker', 'Seeker B'),
      ownerA,
      recruiterA: await recruiterOf(app, db, ownerA.companyId),
      employerB,
      admin: await registerAdmin(app, db),
    },
  };
}

export async function freshActor(
  app: FastifyInstance,
  db: Db,
  cast: Cast,
  role: Role,
): Promise<Actor | null> {
  switch (role) {
    case 'anonymous':
      return null;
    case 'seeker':
    case 'seekerB':
      return register(app, 'seeker');
    case 'ownerA':
    case 'employerB':
      return employerWithCompany(app);
    case 'recruiterA':
      return recruiterOf(app, db, cast.companyA);
    case 'admin':
      return registerAdmin(app, db);
  }
}

let throwaway = 0;

/** Turns a resource name from authz-routes.json into an id. */
export async function resolveParam(app: FastifyInstance, cast: Cast, kind: string): Promise<string> {
  const seeker = cast.actors.seeker;
  switch (kind) {
    case 'companyA':
      return cast.companyA;
    case 'companyB':
      return cast.companyB;
    case 'jobA':
      return String((await postJob(app, cast.ownerA)).id);
    case 'jobOfThrowawayCompany': {
      // A moderator's reject marks its company's history (later postings are held), so it acts on a
      // company no other cell posts for.
      // Its own words too: the same text from many companies is itself a scam signal.
      throwaway += 1;
      const owner = await employerWithCompany(app, { name: `Ekdum Naya Services ${throwaway}` });
      const text = `Back office records executive ${throwaway}`;
      const job = await postJob(app, owner, {
        title: text,
        description: `${text}: keep daily order records and reconcile payments; training provided.`,
      });
      return String(job.id);
    }
    case 'draftJobA':
      return String((await postJob(app, cast.ownerA, { status: 'draft' })).id);
    case 'savedSearchOfSeeker': {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/me/saved-searches',
        headers: seeker.auth,
        payload: { query: { q: 'data entry' } },
      });
      if (res.statusCode !== 201) throw new Error(`saved search failed: ${res.body}`);
      return String(res.json<{ id: string | number }>().id);
    }
    case 'skillTestOfSeeker':
      return cast.skillTest;
    case 'applicationOfSeeker': {
      // Seeker A's application to a fresh job of company A.
      const job = await postJob(app, cast.ownerA);
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/jobs/${job.id}/applications`,
        headers: seeker.auth,
      });
      if (res.statusCode !== 201) throw new Error(`apply failed: ${res.body}`);
      return String(res.json<{ id: string | number }>().id);
    }
    case 'searchableSeeker': {
      // A fresh seeker who opted in to candidate search and allows calls.
      const found = await register(app, 'seeker', 'Found Seeker');
      const res = await app.inject({
        method: 'PUT',
        url: '/api/v1/me/profile',
        headers: found.auth,
        payload: { city: 'thane', searchable: true, contact_consent: true },
      });
      if (res.statusCode !== 200) throw new Error(`profile failed: ${res.body}`);
      return found.id;
    }
    default:
      // `literal:<value>` names an id that exists nowhere: the cell checks who is refused before lookup.
      if (kind.startsWith('literal:')) return kind.slice('literal:'.length);
      throw new Error(`authz-routes.json names an unknown resource "${kind}"`);
  }
}

/** Named bodies for calls whose body must be unique per cell. */
export function resolveBody(cast: Cast, body: unknown): unknown {
  if (body === 'seekerLogin') return cast.login;
  if (body === 'newSeeker')
    return { role: 'seeker', name: 'New Seeker', phone: uniquePhone(), password: 'correct horse battery' };
  if (body === 'job') return jobPayload();
  if (body === 'newInvitePhone') return { phone: uniquePhone() };
  return body;
}
