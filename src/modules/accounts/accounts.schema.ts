// Request/response schemas for accounts; they validate at the edge and become the OpenAPI document.
import Type, { type Static } from 'typebox';

export const IndianMobile = Type.String({
  pattern: '^(\\+?91[\\s-]?|0)?[6-9][0-9]{4}[\\s-]?[0-9]{5}$',
  description: 'Indian mobile number; +91 optional',
  examples: ['+919876543210', '9876543210'],
});

/** The language of the site and of messages sent to this person. */
const Lang = Type.Union([Type.Literal('en'), Type.Literal('hi'), Type.Literal('mr')], {
  description: 'en | hi | mr: emails, SMS and WhatsApp messages reach the user in this language',
});

export const RegisterBody = Type.Object(
  {
    role: Type.Union([Type.Literal('seeker'), Type.Literal('employer')]),
    name: Type.String({ minLength: 2, maxLength: 100 }),
    phone: IndianMobile,
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    password: Type.Optional(
      Type.String({ minLength: 8, maxLength: 128, description: 'Optional: sign in by SMS code instead' }),
    ),
    whatsapp_opt_in: Type.Optional(
      Type.Boolean({ description: 'Agree to job messages on WhatsApp (off by default)' }),
    ),
    lang: Type.Optional(Lang),
  },
  { additionalProperties: false },
);
export type RegisterBody = Static<typeof RegisterBody>;

export const LoginBody = Type.Object(
  {
    phone: Type.Optional(IndianMobile),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 254 })),
    password: Type.String({ minLength: 1, maxLength: 128 }),
  },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const UserOut = Type.Object({
  id: Type.String({ format: 'uuid' }),
  role: Type.Union([Type.Literal('seeker'), Type.Literal('employer'), Type.Literal('admin')]),
  name: Type.String(),
});

export const MeOut = Type.Object({
  id: Type.String(),
  role: Type.String(),
  name: Type.String(),
  phone: Type.String(),
  email: Type.Union([Type.String(), Type.Null()]),
  pending_email: Type.Union([Type.String(), Type.Null()], {
    description: 'Waiting for its confirmation link',
  }),
  whatsapp_opt_in: Type.Boolean(),
  lang: Lang,
  created_at: Type.String(),
});

export const MePatch = Type.Object(
  {
    lang: Type.Optional(Lang),
    whatsapp_opt_in: Type.Optional(Type.Boolean({ description: 'Job messages on WhatsApp: yes or no' })),
  },
  { additionalProperties: false },
);

export const TokenOut = Type.Object({ token: Type.String() });
export const RegisterOut = Type.Object({ user: UserOut, token: Type.String() });
