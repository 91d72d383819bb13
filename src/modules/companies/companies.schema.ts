// Company schemas: the edge validation and the OpenAPI document for companies.
import Type, { type Static } from 'typebox';

export const CompanyBody = Type.Object(
  {
    name: Type.String({ minLength: 2, maxLength: 120 }),
    industry: Type.String({ minLength: 1, maxLength: 60, description: 'industry slug from /taxonomy' }),
    city: Type.String({ minLength: 1, maxLength: 60, description: 'city slug from /taxonomy' }),
    website: Type.Optional(Type.String({ maxLength: 200, pattern: '^https?://[^\\s]+$' })),
    gstin: Type.Optional(Type.String({ maxLength: 15, pattern: '^[0-9A-Za-z]{15}$' })),
    pan: Type.Optional(
      Type.String({
        maxLength: 10,
        pattern: '^[A-Za-z]{5}[0-9]{4}[A-Za-z]$',
        description: "The business PAN; a GSTIN's characters 3-12 must be this PAN",
      }),
    ),
    about: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false },
);
export type CompanyBody = Static<typeof CompanyBody>;
export const CompanyPatch = Type.Partial(CompanyBody, { additionalProperties: false });
export type CompanyPatch = Static<typeof CompanyPatch>;

export const CompanyOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  industry: Type.String(),
  city: Type.String(),
  website: Type.Union([Type.String(), Type.Null()]),
  gstin: Type.Union([Type.String(), Type.Null()]),
  pan: Type.Union([Type.String(), Type.Null()]),
  about: Type.Union([Type.String(), Type.Null()]),
  verified: Type.Boolean(),
  verified_how: Type.Union([Type.Array(Type.String()), Type.Null()], {
    description:
      'How the badge was earned: the proofs that passed (gstin, cin, udyam, company_email, domain_dns, domain_file, phone) and `moderator` when a moderator decided; null when not verified',
  }),
  created_at: Type.String(),
});
export type CompanyOut = Static<typeof CompanyOut>;
export const CompanyParams = Type.Object({ id: Type.String({ format: 'uuid' }) });
