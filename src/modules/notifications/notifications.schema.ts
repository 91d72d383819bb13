// Schemas of the outbox as admins read it (GET /api/v1/admin/outbox).
import Type, { type Static } from 'typebox';

export const OutboxQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    before: Type.Optional(Type.Integer({ minimum: 1, description: 'id of the oldest message already seen' })),
    user: Type.Optional(Type.String({ format: 'uuid', description: "one person's messages" })),
  },
  { additionalProperties: false },
);
export type OutboxQuery = Static<typeof OutboxQuery>;

export const OutboxMessage = Type.Object({
  id: Type.Integer(),
  user_id: Type.Union([Type.String(), Type.Null()]),
  channel: Type.Union([Type.Literal('email'), Type.Literal('sms'), Type.Literal('whatsapp')]),
  template: Type.String(),
  subject: Type.Union([Type.String(), Type.Null()]),
  body: Type.String(),
  attachments: Type.Array(Type.Object({ filename: Type.String(), content_type: Type.String() })),
  status: Type.Union(
    [Type.Literal('queued'), Type.Literal('sent'), Type.Literal('failed'), Type.Literal('not_sent')],
    { description: 'not_sent: no provider is configured for the channel; the message never left' },
  ),
  attempts: Type.Integer(),
  last_error: Type.Union([Type.String(), Type.Null()]),
  created_at: Type.String(),
  sent_at: Type.Union([Type.String(), Type.Null()]),
  provider_message_id: Type.Union([Type.String(), Type.Null()]),
  provider: Type.Union([Type.String(), Type.Null()]),
  delivery_status: Type.Union([Type.String(), Type.Null()], {
    description: "From the provider's delivery report",
  }),
  delivered_at: Type.Union([Type.String(), Type.Null()]),
});

export const OutboxPage = Type.Object({
  items: Type.Array(OutboxMessage),
  next_before: Type.Union([Type.Integer(), Type.Null()]),
});
