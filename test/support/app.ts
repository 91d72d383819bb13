// Builds the app over a test database and offers small factories (an employer with a company, a
// job with sensible defaults) that go through the public HTTP API, as a client would.
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import type { Db } from '../../src/shared/db/db.ts';

export async function buildTestApp(db: Db): Promise<FastifyInstance> {
  // DEV_OUTBOX: suites read sent messages at /dev/outbox, as a developer would.
  const config = loadConfig({ PUBLIC_URL: 'http://localhost:3000', DEMO_DATA: '0', DEV_OUTBOX: '1' });
  const app = await buildApp({ db, config });
  await app.ready();
  return app;
}

let phoneCounter = 0;
/** A unique valid Indian mobile per call, across suites running in parallel processes. */
export function uniquePhone(): string {
  phoneCounter += 1;
  const base = (process.pid % 9000) * 10000 + (phoneCounter % 10000);
  return `+919${String(base).padStart(9, '0').slice(-9)}`;
}

export interface Actor {
  token: string;
  id: string;
  auth: { authorization: string };
}

export async function register(
  app: FastifyInstance,
  role: 'seeker' | 'employer',
  name = `Test ${role}`,
  extra: { email?: string } = {},
): Promise<Actor> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/register',
    payload: { role, name, phone: uniquePhone(), password: 'correct horse battery', ...extra },
  });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.body}`);
  const body = res.json<{ token: string; user: { id: string } }>();
  return { token: body.token, id: body.user.id, auth: { authorization: `Bearer ${body.token}` } };
}

export async function employerWithCompany(
  app: FastifyInstance,
  company: Record<string, unknown> = {},
): Promise<Actor & { companyId: string }> {
  const employer = await register(app, 'employer');
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/companies',
    headers: employer.auth,
    payload: { name: 'Maitri Contact Centres', industry: 'bpo-kpo', city: 'mumbai', ...company },
  });
  if (res.statusCode !== 201) throw new Error(`company failed: ${res.body}`);
  return { ...employer, companyId: res.json<{ id: string }>().id };
}

export function jobPayload(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Customer Support Executive (Hindi/English)',
    description:
      'Answer inbound customer calls about orders and refunds. Freshers welcome; training provided.',
    category: 'customer_service',
    role: 'customer-service-representative',
    industry: 'e-commerce',
    city: 'mumbai',
    locality: 'powai',
    work_mode: 'onsite',
    shift: 'day',
    salary_min: 15000,
    salary_max: 22000,
    experience_min: 0,
    experience_max: 2,
    education_min: '12th',
    languages: [{ language: 'english', level: 'fluent' }, 'hindi'],
    skills: ['communication', 'crm-tools'],
    perks: ['pf', 'incentives'],
    openings: 5,
    status: 'published',
    ...overrides,
  };
}

export async function postJob(
  app: FastifyInstance,
  employer: Actor,
  overrides: Record<string, unknown> = {},
): Promise<{ id: number; status: string } & Record<string, unknown>> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/jobs',
    headers: employer.auth,
    payload: jobPayload(overrides),
  });
  if (res.statusCode !== 201) throw new Error(`post job failed: ${res.body}`);
  return res.json();
}

export const problemOf = (res: LightMyRequestResponse) =>
  res.json<{
    status: number;
    title: string;
    detail: string;
    errors?: { field: string; message: string }[];
  }>();

/** Admins are appointed, never self-registered: this promotes a fresh account in the database. */
export async function registerAdmin(app: FastifyInstance, db: Db): Promise<Actor> {
  const admin = await register(app, 'seeker', 'Moderator');
  await db.query(`UPDATE users SET role = 'admin' WHERE id = $1`, [admin.id]);
  return admin;
}

/** A cheap Android phone's Chrome: what a seeker's browser sends (the inject default reads as a bot). */
export const PHONE_UA =
  'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36';

/** An email on file (unique per call): messages then go by email, as they do for such a person. */
export function withEmail(): { email: string } {
  return { email: `seeker${uniquePhone().slice(3)}@example.in` };
}
