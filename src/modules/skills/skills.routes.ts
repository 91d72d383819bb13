// HTTP for skill checks: a seeker starts a test, submits it, and reads their badges. Thin: the
// service scores on the server and records every attempt.
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { caller, only } from '../../http/auth.ts';
import { BadgeOut, StartBody, SubmitBody, TestOut, TestParams, TestResultOut } from './skills.schema.ts';
import type { SkillsService } from './skills.service.ts';

const tags = ['skills'];

export const skillsRoutes: FastifyPluginAsyncTypebox<{ skills: SkillsService }> = async (app, { skills }) => {
  app.post(
    '/skills/tests',
    { ...only('seeker'), schema: { tags, body: StartBody, response: { 201: TestOut } } },
    async (req, reply) => reply.status(201).send(await skills.start(caller(req), req.body.kind)),
  );
  app.get(
    '/skills/tests/:id',
    { ...only(), schema: { tags, params: TestParams, response: { 200: TestOut } } },
    async (req) => skills.get(caller(req), req.params.id),
  );
  app.post(
    '/skills/tests/:id/submit',
    { ...only(), schema: { tags, params: TestParams, body: SubmitBody, response: { 200: TestResultOut } } },
    async (req) => skills.submit(caller(req), req.params.id, req.body),
  );
  app.get(
    '/me/badges',
    { ...only(), schema: { tags, response: { 200: Type.Object({ items: Type.Array(BadgeOut) }) } } },
    async (req) => ({ items: await skills.badgesOf(caller(req).id) }),
  );
};
