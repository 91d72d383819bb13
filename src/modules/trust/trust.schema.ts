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
    udyam: Type.Optional(
      Nullable(Type.String({ maxLength: 25, description: 'Udyam registration number, UDYAM-MH-00-0000000' })),
    ),
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
  verified_how: Nullable(
    Type.Array(Type.String(), {
      description:
        'How the badge was earned: gstin, cin, udyam, company_email, domain_dns, domain_file, phone, and moderator when a moderator decided',
    }),
  ),
  checks: Type.Object({
    gstin: Check,
    cin: Check,
    udyam: Check,
    email_matches_website: Nullable(Type.Boolean()),
    email: Type.Object({
      given: Type.Boolean(),
      confirmed: Type.Boolean({ description: 'The link sent to the address was opened' }),
      reason: Nullable(
        Type.String({
          description:
            'Why the address does not count: free_mail, other_domain, no_website, or not_confirmed (link not opened yet)',
        }),
      ),
    }),
    domain: Type.Object({
      host: Nullable(Type.String()),
      proven: Type.Boolean(),
      method: Nullable(Type.String({ description: 'dns or file' })),
      txt_record: Nullable(Type.String({ description: 'The TXT record to publish on the host' })),
      file_url: Nullable(Type.String({ description: 'Where the file holding `token` must be served' })),
      token: Nullable(Type.String()),
    }),
    phone_verified: Type.Boolean(),
  }),
  review: Type.Object({
    required: Type.Boolean({ description: 'Only a moderator can verify this company' }),
    reason: Nullable(
      Type.String({ description: 'duplicate_gstin, duplicate_cin, known_brand or sole_proprietor' }),
    ),
  }),
  cin: Nullable(Type.String()),
  udyam: Nullable(Type.String()),
  contact_email: Nullable(Type.String()),
  contact_phone: Nullable(Type.String()),
});
export const DomainCheckBody = Type.Object(
  { method: Type.Union([Type.Literal('dns'), Type.Literal('file')]) },
  { additionalProperties: false },
);
export const EmailConfirmBody = Type.Object(
  { token: Type.String({ minLength: 20, maxLength: 100 }) },
  { additionalProperties: false },
);
export const EmailConfirmOut = Type.Object({ company_id: Type.String(), email_confirmed: Type.Boolean() });
export const CompanyReviewsOut = Type.Object({
  items: Type.Array(
    Type.Object({
      company_id: Type.String(),
      name: Type.String(),
      verified: Type.Boolean(),
      review_reason: Type.String(),
      gstin: Nullable(Type.String()),
      cin: Nullable(Type.String()),
      udyam: Nullable(Type.String()),
      website: Nullable(Type.String()),
      updated_at: Type.String(),
    }),
  ),
});
/** The company email link was queued in the outbox to that address (delivery is reported there). */
export const EmailLinkSentOut = Type.Object({ sent_to: Type.String(), expires_in: Type.Integer() });
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
