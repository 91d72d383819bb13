// Skill-check schemas: a test as the browser sees it (no answers), a submission, a result and a
// verified badge. They also produce the OpenAPI document.
import Type, { type Static } from 'typebox';

const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const SkillKind = Type.Union([
  Type.Literal('typing'),
  Type.Literal('data_entry'),
  Type.Literal('english'),
]);
export const StartBody = Type.Object({ kind: SkillKind }, { additionalProperties: false });
export const TestParams = Type.Object({ id: Type.String({ format: 'uuid' }) });

const Field = Type.String({ maxLength: 200 });
export const RecordOut = Type.Object({
  name: Type.String(),
  phone: Type.String(),
  pincode: Type.String(),
  amount: Type.String(),
  date: Type.String(),
  reference: Type.String(),
});

export const TestOut = Type.Object({
  id: Type.String(),
  kind: SkillKind,
  started_at: Type.String(),
  deadline_at: Type.String(),
  seconds: Type.Integer(),
  submitted: Type.Boolean(),
  passage: Type.Optional(Type.String()),
  records: Type.Optional(Type.Array(RecordOut)),
  questions: Type.Optional(
    Type.Array(
      Type.Object({
        id: Type.String(),
        prompt: Type.String(),
        passage: Type.Optional(Type.String()),
        options: Type.Array(Type.String()),
      }),
    ),
  ),
});
export type TestOut = Static<typeof TestOut>;

export const SubmitBody = Type.Object(
  {
    typed: Type.Optional(Type.String({ maxLength: 5000 })),
    records: Type.Optional(
      Type.Array(
        Type.Object(
          {
            name: Type.Optional(Field),
            phone: Type.Optional(Field),
            pincode: Type.Optional(Field),
            amount: Type.Optional(Field),
            date: Type.Optional(Field),
            reference: Type.Optional(Field),
          },
          { additionalProperties: false },
        ),
        { maxItems: 20 },
      ),
    ),
    answers: Type.Optional(Type.Record(Type.String(), Type.Integer({ minimum: 0, maximum: 10 }))),
    pasted: Type.Optional(Type.Boolean()),
    keystrokes: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);
export type SubmitBody = Static<typeof SubmitBody>;

export const TestResultOut = Type.Object({
  id: Type.String(),
  kind: SkillKind,
  outcome: Type.Union([Type.Literal('passed'), Type.Literal('failed'), Type.Literal('rejected')]),
  reason: Type.Optional(Type.String()),
  score: Type.Integer(),
  accuracy: Nullable(Type.Integer()),
  badge: Nullable(Type.String()),
  detail: Type.Record(Type.String(), Type.Number()),
});
export type TestResultOut = Static<typeof TestResultOut>;

export const BadgeOut = Type.Object({
  kind: SkillKind,
  label: Type.String({ description: 'e.g. "Typing 35 WPM, 97%"' }),
  score: Type.Integer(),
  accuracy: Nullable(Type.Integer()),
  verified: Type.Boolean(),
  issued_at: Type.String(),
  expires_at: Type.String(),
});
export type BadgeOut = Static<typeof BadgeOut>;
