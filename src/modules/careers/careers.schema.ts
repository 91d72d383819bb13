// Career-path schemas: the next steps from a role (public) and a seeker's own next step
// (GET /me/next-step). They also produce the OpenAPI document.
import Type, { type Static } from 'typebox';

const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const NextStepOut = Type.Object({
  role: Type.String(),
  name: Type.String(),
  move: Type.Union([Type.Literal('up'), Type.Literal('side')]),
  off_platform: Type.Boolean(),
  skills: Type.Array(Type.String(), { description: 'skills the step asks for' }),
  missing_skills: Type.Array(Type.String(), { description: 'of those, the ones the seeker lacks' }),
  checks: Type.Array(Type.String(), { description: 'skill checks that show readiness' }),
  missing_checks: Type.Array(Type.String(), { description: 'of those, the ones without a valid badge' }),
  median_pay: Nullable(Type.Integer({ description: 'monthly INR; null without enough postings' })),
  pay_step: Nullable(Type.Integer({ description: 'median of this role minus the current one' })),
  jobs: Type.Array(
    Type.Object({
      id: Type.Integer(),
      title: Type.String(),
      city: Type.String(),
      salary_min: Nullable(Type.Integer()),
      salary_max: Nullable(Type.Integer()),
    }),
  ),
});

export const MyNextStep = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('no_role'), Type.Literal('no_path')], {
    description: 'no_role: the profile names no role; no_path: none of its roles has a career path',
  }),
  roles: Type.Array(Type.String(), { description: 'roles on the profile' }),
  role: Nullable(Type.String({ description: 'the role the next steps start from' })),
  name: Nullable(Type.String()),
  city: Nullable(Type.String()),
  median_pay: Nullable(Type.Integer()),
  pay_city: Nullable(Type.String({ description: 'city of the pay figures; null = all of Maharashtra' })),
  skills: Type.Array(Type.String(), { description: 'profile skills plus skills proven by badges' }),
  badges: Type.Array(Type.String(), { description: 'kinds of valid badges held' }),
  next: Type.Array(NextStepOut),
});
export type MyNextStep = Static<typeof MyNextStep>;
