// Trust schemas: reports, "who called me?", employer verification and the moderation API, validated
// at the edge; they also produce the OpenAPI document.
import Type, { type Static } from 'typebox';
import { REJECT_CODES } from './reject-codes.ts';
import { ReportReasonSchema } from './report-reasons.ts';

const Nullable = <T extends Type.TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const ReportBody = Type.Object(
  { reason: ReportReasonSchema, detail: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))) },
  { additionalProperties: false },
);
export type ReportBody = Static<typeof ReportBody>;
export const ReportOut = Type.Object({
  job_id: Type.Integer(),
  reason: Type.String(),
  already_reported: Type.Boolean({ description: 'true when this seeker had reported the job before' }),
});

export const CallerQuery = Type.Object({ phone: Type.String({ minLength: 10, maxLength: 20 }) });
export const CallerOut = Type.Object({
  phone: Type.String(),
  status: Type.Union([Type.Literal('verified'), Type.Literal('banned'), Type.Literal('unknown')]),
  company: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
});

export const CompanyIdParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
export const VerificationBody = Type.Object(
  {
    cin: Type.Optional(Nullable(Type.String({ maxLength: 25 }))),
    contact_email: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    contact_phone: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
  },
  { additionalProperties: false },
);
const Check = Type.Object({ ok: Nullable(Type.Boolean()), note: Nullable(Type.String()) });
export const VerificationOut = Type.Object({
  company_id: Type.String(),
  verified: Type.Boolean(),
  verified_by: Nullable(Type.String()),
  checks: Type.Object({
    gstin: Check,
    cin: Check,
    email_matches_website: Nullable(Type.Boolean()),
    phone_verified: Type.Boolean(),
  }),
  cin: Nullable(Type.String()),
  contact_email: Nullable(Type.String()),
  contact_phone: Nullable(Type.String()),
});
export const OtpSentOut = Type.Object({
  sent_to: Type.String(),
  expires_in: Type.Integer(),
  delivery: Type.Union([Type.Literal('sent'), Type.Literal('not_sent'), Type.Literal('failed')], {
    description: 'What really happened to the SMS; not_sent: no SMS provider is configured',
  }),
  reason: Type.Optional(Type.String()),
});
export const OtpBody = Type.Object(
  { code: Type.String({ minLength: 4, maxLength: 8 }) },
  { additionalProperties: false },
);

export const ModerationNote = Type.Object(
  { reason: Type.Optional(Nullable(Type.String({ maxLength: 500 }))) },
  { additionalProperties: false },
);
export const RejectBody = Type.Object(
  {
    // Required, but checked by the service after the admin check: a non-admin gets 403 whatever the body.
    code: Type.Optional(
      Type.String({
        maxLength: 40,
        description: `Required. Why the job is rejected, one of: ${REJECT_CODES.join(', ')}; the employer reads it in their language`,
      }),
    ),
    reason: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  },
  { additionalProperties: false },
);
export const BanBody = Type.Object(
  { reason: Type.String({ minLength: 3, maxLength: 500 }) },
  { additionalProperties: false },
);
export const ModeratorVerifyBody = Type.Object(
  { verified: Type.Boolean(), reason: Type.Optional(Nullable(Type.String({ maxLength: 500 }))) },
  { additionalProperties: false },
);
export const QueueItem = Type.Object({
  job: Type.Object({ id: Type.Integer(), title: Type.String(), status: Type.String() }),
  sentences: Type.Array(Type.Object({ text: Type.String(), rules: Type.Array(Type.String()) }), {
    description: "The posting's text by sentence, with the rules each sentence set off",
  }),
  company: Type.Object({
    id: Type.String(),
    name: Type.String(),
    verified: Type.Boolean(),
    banned: Type.Boolean(),
  }),
  moderation: Type.Object({
    state: Type.String(),
    reasons: Type.Array(Type.String()),
    codes: Type.Optional(
      Type.Array(Nullable(Type.String()), {
        description: 'In step with reasons: the rule code of each, null for free text',
      }),
    ),
  }),
  score: Nullable(Type.Integer()),
  hits: Type.Array(
    Type.Object({
      rule: Type.String(),
      weight: Type.Number(),
      reason: Type.String(),
      evidence: Type.String(),
    }),
  ),
  reports: Type.Object({ open: Type.Integer(), reasons: Type.Record(Type.String(), Type.Integer()) }),
  updated_at: Type.String(),
});
export const QueueOut = Type.Object({ items: Type.Array(QueueItem) });
export const BanOut = Type.Object({
  banned: Type.Array(
    Type.Object({ id: Type.String(), name: Type.String(), shared: Type.Array(Type.String()) }),
  ),
  jobs_held: Type.Integer(),
});
export const AuditOut = Type.Object({
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      actor_id: Nullable(Type.String()),
      actor_name: Nullable(Type.String()),
      action: Type.String(),
      target_kind: Type.String(),
      target_id: Type.String(),
      reason: Nullable(Type.String()),
      detail: Type.Record(Type.String(), Type.Unknown()),
      created_at: Type.String(),
    }),
  ),
});
