// HTTP for the seeker's own profile and resume: validate -> call the service -> shape the reply.
// Multipart parsing is registered here only (encapsulated), for the resume upload.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { caller, only } from '../../http/auth.ts';
import { resumeMultipartOptions, uploadedFile } from './resume-upload.ts';
import { ProfileBody, ProfileOut } from './seekers.schema.ts';
import type { SeekersService } from './seekers.service.ts';

export function pdfHeaders(name: string): Record<string, string> {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return {
    'content-type': 'application/pdf',
    'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, no-store',
  };
}

export const seekersRoutes: FastifyPluginAsyncTypebox<{ seekers: SeekersService }> = async (
  app,
  { seekers },
) => {
  const tags = ['seekers'];
  await app.register(multipart, resumeMultipartOptions);

  app.get(
    '/me/profile',
    { ...only('seeker'), schema: { tags, response: { 200: ProfileOut } } },
    async (req) => seekers.get(caller(req)),
  );
  app.put(
    '/me/profile',
    { ...only('seeker'), schema: { tags, body: ProfileBody, response: { 200: ProfileOut } } },
    async (req) => seekers.update(caller(req), req.body, 'api'),
  );
  app.put(
    '/me/profile/resume',
    {
      ...only('seeker'),
      schema: {
        tags,
        description: 'multipart/form-data with one file field `resume`: a PDF of at most 2 MB',
        response: { 200: ProfileOut },
      },
    },
    async (req) => seekers.uploadResume(caller(req), uploadedFile(req.body, 'resume')),
  );
  app.get(
    '/me/profile/resume',
    { ...only('seeker'), schema: { tags, description: 'My resume (PDF)' } },
    async (req, reply) => {
      const file = await seekers.readResume(caller(req).id);
      return reply.headers(pdfHeaders(file.name)).send(file.bytes);
    },
  );
  app.delete(
    '/me/profile/resume',
    { ...only('seeker'), schema: { tags, response: { 204: Type.Null() } } },
    async (req, reply) => {
      await seekers.deleteResume(caller(req));
      return reply.status(204).send(null);
    },
  );
};
