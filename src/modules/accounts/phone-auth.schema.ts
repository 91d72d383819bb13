// Request/response schemas of phone-first accounts (one-time codes, passwords, phone change); they
// validate at the edge and become the OpenAPI document.
import Type from 'typebox';
import { IndianMobile, UserOut } from './accounts.schema.ts';

const Code = Type.String({ minLength: 1, maxLength: 12, description: 'The 6-digit code from the SMS' });
const Password = Type.String({ minLength: 8, maxLength: 128 });

export const PhoneBody = Type.Object({ phone: IndianMobile }, { additionalProperties: false });

export const CodeSentOut = Type.Object(
  {
    sent_to: Type.String({ description: 'The number, masked' }),
    expires_in: Type.Integer({ description: 'Seconds the code stays valid' }),
    resend_in: Type.Integer({ description: 'Seconds before another code may be asked' }),
    delivery: Type.Union(
      [Type.Literal('sent'), Type.Literal('not_sent'), Type.Literal('failed'), Type.Literal('unknown')],
      {
        description:
          'What really happened to the SMS: sent (the provider accepted it), not_sent (no SMS provider is configured), failed (the provider refused it), unknown (forgot-password: said the same for every number)',
      },
    ),
    reason: Type.Optional(Type.String()),
  },
  { description: 'The code itself is never in the response.' },
);

export const OtpVerifyBody = Type.Object(
  {
    phone: IndianMobile,
    code: Code,
    name: Type.Optional(
      Type.String({ minLength: 2, maxLength: 100, description: 'Required for a new number' }),
    ),
    role: Type.Optional(
      Type.Union([Type.Literal('seeker'), Type.Literal('employer')], {
        description: 'Required for a new number',
      }),
    ),
    password: Type.Optional(
      Type.String({
        minLength: 1,
        maxLength: 128,
        description: 'Optional at sign-up; the proof asked when the number’s account was unused for 6 months',
      }),
    ),
    fresh: Type.Optional(
      Type.Boolean({
        description: 'Recycled number: start a new account; the old one is detached, not deleted',
      }),
    ),
    email: Type.Optional(
      Type.String({ format: 'email', maxLength: 254, description: 'Confirmed by a link before use' }),
    ),
    whatsapp_opt_in: Type.Optional(
      Type.Boolean({ description: 'Agree to job messages on WhatsApp (off by default)' }),
    ),
    lang: Type.Optional(Type.Union([Type.Literal('en'), Type.Literal('hi'), Type.Literal('mr')])),
  },
  { additionalProperties: false },
);

export const SessionOut = Type.Object({ token: Type.String(), user: UserOut });

export const ResetBody = Type.Object(
  { phone: IndianMobile, code: Code, password: Password },
  { additionalProperties: false },
);

export const PasswordBody = Type.Object(
  {
    current_password: Type.Optional(
      Type.String({ maxLength: 128, description: 'Required when the account has one' }),
    ),
    password: Password,
  },
  { additionalProperties: false },
);

export const PhoneVerifyBody = Type.Object(
  { phone: IndianMobile, code: Code },
  { additionalProperties: false },
);
