// The messaging backbone others call: notify(userId, template, data) renders a template into the
// outbox, then hands the message to the queue; deliver(id) sends it through the channel's provider.
// Never logs or stores an address: the recipient is looked up only for the provider call.
import { inBatches } from '../../shared/db/batches.ts';
import type { Db, Queryable } from '../../shared/db/db.ts';
import { NotFound } from '../../shared/errors.ts';
import { isLang, type Lang } from '../../shared/i18n/index.ts';
import type { AccountsService } from '../accounts/index.ts';
import {
  type Attachment,
  type Delivery,
  PermanentDeliveryError,
  type Providers,
} from './notifications.providers.ts';
import { type Channel, type NotificationRow, notificationsRepo } from './notifications.repo.ts';
import { renderTemplate, type TemplateData } from './notifications.templates.ts';
import { hasTextTemplate, renderText, textTemplateFor, textVars } from './text-templates.ts';

/** What became of a message sent at once: the pages say exactly this, never more. */
export interface SendOutcome {
  status: 'sent' | 'not_sent' | 'failed';
  reason?: string;
}

/**
 * The channel a message takes, from what the person has and agreed to: WhatsApp only after their
 * opt-in, email when one is on file (confirmed), SMS for everyone else (every account has a phone).
 * A template with no registered SMS/WhatsApp form can only go by email.
 */
export function channelFor(
  person: { email: string | null; whatsapp_opt_in: boolean },
  template: string,
): Channel {
  if (!hasTextTemplate(template)) return 'email';
  if (person.whatsapp_opt_in) return 'whatsapp';
  if (person.email) return 'email';
  return 'sms';
}

/** Six tries (the first and five retries with backoff, see src/workers.ts), then `failed`. */
export const MAX_ATTEMPTS = 6;
/** Sent and failed messages are kept this long: long enough to answer "did you send me the
 * interview invite?" and for the seeker's own export, no longer (they carry names and job titles). */
export const NOTIFICATION_RETENTION_DAYS = 180;
const LEASE_SECONDS = 120;

export interface NotifyOptions {
  channel?: Channel;
  /** A function is called with the recipient's language, for files written in it (an .ics invite). */
  attachments?: Attachment[] | ((lang: Lang) => Attachment[]);
  headers?: Record<string, string>;
  /** The message is a company email confirmation link: it goes to that address (companies module). */
  companyEmailConfirmationId?: number;
  /**
   * Held back `seconds` before it goes (an employer's undo window); `cancelHeld(key)` drops it while
   * it waits. The delivery job is queued to start then; the sweeper also waits for it.
   */
  hold?: { seconds: number; key: string };
}

export interface OutboxMessage {
  id: number;
  user_id: string | null;
  channel: Channel;
  template: string;
  subject: string | null;
  body: string;
  attachments: { filename: string; content_type: string }[];
  status: NotificationRow['status'];
  attempts: number;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
  provider_message_id: string | null;
  provider: string | null;
  delivery_status: string | null;
  delivered_at: string | null;
}

export const toOutboxMessage = (n: NotificationRow): OutboxMessage => ({
  id: n.id,
  user_id: n.user_id,
  channel: n.channel,
  template: n.template,
  subject: n.subject,
  body: n.body,
  attachments: n.attachments.map((a) => ({ filename: a.filename, content_type: a.content_type })),
  status: n.status,
  attempts: n.attempts,
  last_error: n.last_error,
  created_at: n.created_at.toISOString(),
  sent_at: n.sent_at?.toISOString() ?? null,
  provider_message_id: n.provider_message_id,
  provider: n.provider,
  delivery_status: n.delivery_status,
  delivered_at: n.delivered_at?.toISOString() ?? null,
});

/** The queue that delivers one outbox message (worked in src/workers.ts). */
export const DELIVER_QUEUE = 'notification-deliver';

/**
 * Hands a stored message to delivery (the queue handle); the outbox row is the truth either way.
 * `afterSeconds`: a held message's delivery job starts only then.
 */
export type Dispatcher = (notificationId: number, opts?: { afterSeconds?: number }) => Promise<void>;

export function createNotificationsService(
  db: Db,
  deps: {
    accounts: AccountsService;
    providers: Providers;
    dispatch: Dispatcher;
    /** The address a company email confirmation goes to, while its link works (companies.email). */
    companyEmailAddress: (confirmationId: number) => Promise<string | undefined>;
    /**
     * Development only (DEV_OUTBOX=1, refused in production): an SMS no provider could send keeps its
     * code readable in the outbox, so a newcomer can sign in by code on `npm start`.
     */
    devOutbox?: boolean;
  },
) {
  const { accounts, providers } = deps;

  async function compose(
    q: Queryable,
    userId: string,
    template: string,
    data: TemplateData,
    opts: NotifyOptions = {},
  ): Promise<number> {
    // Read through `q`: compose runs inside the caller's transaction (a digest, a bulk move).
    const person = await accounts.meIn(q, userId);
    // A company email confirmation link proves that mailbox: it can only go by email, to that address.
    const channel: Channel = opts.companyEmailConfirmationId
      ? 'email'
      : (opts.channel ?? (person ? channelFor(person, template) : 'email'));
    // Sent outside the recipient's request: rendered in the language they read the site in.
    const lang = data.lang ?? person?.lang ?? 'en';
    if (channel !== 'email') {
      const provider = providers[channel];
      const text = textTemplateFor(template, data, (t) => provider.hasTemplate?.(t, lang) ?? true);
      const vars = textVars(text, data);
      return notificationsRepo.insert(q, {
        userId,
        channel,
        template: text,
        subject: null,
        body: renderText(text, vars, lang),
        attachments: [],
        headers: {},
        templateVars: vars,
        ...(opts.hold ? { hold: opts.hold } : {}),
      });
    }
    const rendered = renderTemplate(template, { ...data, lang });
    const attachments =
      typeof opts.attachments === 'function'
        ? opts.attachments(isLang(lang) ? lang : 'en')
        : (opts.attachments ?? []);
    return notificationsRepo.insert(q, {
      userId,
      channel,
      template,
      subject: rendered.subject,
      body: rendered.body,
      attachments,
      headers: opts.headers ?? {},
      companyEmailConfirmationId: opts.companyEmailConfirmationId ?? null,
      ...(opts.hold ? { hold: opts.hold } : {}),
    });
  }

  async function dispatch(id: number, opts?: { afterSeconds?: number }): Promise<void> {
    await deps.dispatch(id, opts);
  }

  async function send(n: NotificationRow): Promise<Delivery> {
    if (!n.user_id) throw new PermanentDeliveryError('the account was erased');
    const me = await accounts.me(n.user_id).catch(() => null);
    if (!me) throw new PermanentDeliveryError('the account was erased');
    if (n.company_email_confirmation_id !== null) {
      const to = await deps.companyEmailAddress(n.company_email_confirmation_id);
      if (!to) throw new PermanentDeliveryError('the confirmation link expired before it was sent');
      return providers.email.send({
        to,
        subject: n.subject ?? '',
        text: n.body,
        attachments: [],
        headers: {},
      });
    }
    if (n.channel === 'email')
      return providers.email.send({
        to: me.email,
        subject: n.subject ?? '',
        text: n.body,
        attachments: n.attachments,
        headers: n.headers,
      });
    return providers[n.channel].send({
      to: me.phone,
      template: n.template,
      vars: n.template_vars,
      lang: me.lang,
    });
  }

  const NO_PROVIDER: Record<Channel, string> = {
    email: 'no email provider is configured',
    sms: 'no SMS provider is configured',
    whatsapp: 'no WhatsApp provider is configured',
  };

  return {
    compose,
    /**
     * Many emails at once inside the caller's transaction (a bulk move), as `compose` would render
     * each; `data.lang` is read beforehand with `languagesOf`. Dispatch the ids after the commit.
     */
    async composeMany(
      q: Queryable,
      list: {
        userId: string;
        template: string;
        data: TemplateData & { lang: string };
        hold?: { seconds: number; key: string };
      }[],
    ): Promise<number[]> {
      return notificationsRepo.insertMany(
        q,
        list.map(({ userId, template, data, hold }) => {
          const rendered = renderTemplate(template, data);
          return {
            userId,
            channel: 'email',
            template,
            subject: rendered.subject,
            body: rendered.body,
            ...(hold ? { hold } : {}),
          };
        }),
      );
    },
    /** The language each person reads messages in (as `compose` picks it), in one query. */
    async languagesOf(userIds: string[]): Promise<Map<string, string>> {
      const people = await accounts.many(userIds);
      return new Map(userIds.map((id) => [id, people.get(id)?.lang ?? 'en']));
    },
    dispatch,

    /** Renders `template` for one person into the outbox and queues its delivery. */
    async notify(
      userId: string,
      template: string,
      data: TemplateData,
      opts?: NotifyOptions,
    ): Promise<number> {
      const id = await compose(db, userId, template, data, opts);
      await dispatch(id, opts?.hold ? { afterSeconds: opts.hold.seconds } : undefined);
      return id;
    },

    /** Lets the messages held under `key` go now (the sweeper sends them); returns how many. */
    async releaseHeld(key: string): Promise<number> {
      return notificationsRepo.releaseHeld(db, key);
    },
    /** How many messages each of `keys` still holds back (an undo could drop each one). */
    heldCounts(keys: string[]): Promise<Map<string, number>> {
      return notificationsRepo.heldCounts(db, keys);
    },

    /** Drops the newest message still held under `key` (an undo before it went); returns 1 or 0. */
    async cancelHeld(key: string, q: Queryable = db): Promise<number> {
      return notificationsRepo.dropHeld(q, key);
    },

    /**
     * Sends one message (the queue's job). Throws on a failure worth retrying, so the queue retries
     * with backoff; a permanent failure or the last attempt marks it `failed` and returns.
     */
    async deliver(id: number): Promise<'sent' | 'failed' | 'skipped' | 'not_sent'> {
      const claimed = await notificationsRepo.claim(db, id, LEASE_SECONDS);
      if (!claimed) return 'skipped';
      const provider = providers[claimed.channel];
      if (!provider.configured) {
        // Kept in the outbox for developers; never called "sent".
        await notificationsRepo.markNotSent(db, id, provider.name, NO_PROVIDER[claimed.channel]);
        return 'not_sent';
      }
      try {
        const delivery = await send(claimed);
        await notificationsRepo.markSent(db, id, delivery.providerMessageId, provider.name);
        return 'sent';
      } catch (err) {
        const permanent = err instanceof PermanentDeliveryError;
        const final = permanent || claimed.attempts >= MAX_ATTEMPTS;
        await notificationsRepo.markAttemptFailed(db, id, (err as Error).message, final);
        if (final) return 'failed';
        throw err;
      }
    },

    /**
     * Sends a registered SMS template to a phone now, outside the queue (a one-time code must not
     * wait behind a digest), and records the outcome in the outbox with any code masked. Needs no
     * account: a sign-up code goes to a number nobody holds yet.
     */
    async textNow(
      to: { phone: string; userId: string | null; lang: Lang },
      template: string,
      vars: Record<string, string>,
    ): Promise<SendOutcome> {
      const sms = providers.sms;
      const body = renderText(template, vars, to.lang, !sms.configured && deps.devOutbox === true);
      const record = (status: SendOutcome['status'], ref: string | null, error: string | null) =>
        notificationsRepo.insertSent(db, {
          userId: to.userId,
          template,
          body,
          status,
          provider: sms.name,
          providerMessageId: ref,
          error,
        });
      if (!sms.configured) {
        await record('not_sent', null, NO_PROVIDER.sms);
        return { status: 'not_sent', reason: NO_PROVIDER.sms };
      }
      try {
        const delivery = await sms.send({ to: to.phone, template, vars, lang: to.lang });
        await record('sent', delivery.providerMessageId, null);
        return { status: 'sent' };
      } catch (err) {
        const reason = (err as Error).message;
        await record('failed', null, reason);
        return { status: 'failed', reason };
      }
    },

    /**
     * Mails a template to an address now (a confirmation link to an email not yet on the account,
     * a recycled-number code), outside the queue, and records the outcome. The outbox keeps the
     * text with the link's token or the code masked: only the mailbox holds the proof.
     */
    async mailNow(
      to: { address: string; userId: string | null; lang: Lang },
      template: 'emailConfirm' | 'emailCode',
      vars: Record<string, string>,
    ): Promise<SendOutcome> {
      const email = providers.email;
      const rendered = renderTemplate(template, { ...vars, lang: to.lang });
      const hide = (text: string) => {
        const out = text.replace(/token=[A-Za-z0-9_.-]+/g, 'token=•••');
        return vars.code ? out.replaceAll(vars.code, '••••••') : out;
      };
      const record = (status: SendOutcome['status'], ref: string | null, error: string | null) =>
        notificationsRepo.insertSent(db, {
          userId: to.userId,
          channel: 'email',
          subject: hide(rendered.subject),
          template,
          body: hide(rendered.body),
          status,
          provider: email.name,
          providerMessageId: ref,
          error,
        });
      if (!email.configured) {
        await record('not_sent', null, NO_PROVIDER.email);
        return { status: 'not_sent', reason: NO_PROVIDER.email };
      }
      try {
        const delivery = await email.send({
          to: to.address,
          subject: rendered.subject,
          text: rendered.body,
          attachments: [],
          headers: {},
        });
        await record('sent', delivery.providerMessageId, null);
        return { status: 'sent' };
      } catch (err) {
        const reason = (err as Error).message;
        await record('failed', null, reason);
        return { status: 'failed', reason };
      }
    },

    /**
     * How `template` would reach this person now, whether that channel can send at all, and whether
     * the person has an address on it (an email-only message to someone with no email goes nowhere).
     */
    async reachOf(
      userId: string,
      template: string,
    ): Promise<{ name: Channel; configured: boolean; addressed: boolean }> {
      const person = await accounts.meIn(db, userId);
      const name = person ? channelFor(person, template) : 'email';
      const addressed = Boolean(person) && (name !== 'email' || Boolean(person?.email));
      return { name, configured: providers[name].configured, addressed };
    },

    /** Whether SMS can leave the machine at all (a provider is configured). */
    smsConfigured: providers.sms.configured,
    /** Whether email can leave the machine at all (a provider is configured). */
    emailConfigured: providers.email.configured,

    /** A provider's delivery report; false when it changed nothing (a repeat, or an older state). */
    async recordDelivery(
      provider: string,
      providerMessageId: string,
      status: 'delivered' | 'read' | 'failed',
      error: string | null = null,
    ): Promise<boolean> {
      return notificationsRepo.recordDelivery(db, provider, providerMessageId, status, error);
    },

    /** Re-dispatches queued messages whose delivery job was lost; returns how many. */
    async sweep(olderThanSeconds = 600): Promise<number> {
      const ids = await notificationsRepo.stale(db, olderThanSeconds, 500);
      for (const id of ids) await dispatch(id);
      return ids.length;
    },

    async outbox(opts: { limit?: number; before?: number; userId?: string } = {}): Promise<OutboxMessage[]> {
      const rows = await notificationsRepo.recent(db, {
        limit: Math.min(opts.limit ?? 50, 200),
        beforeId: opts.before,
        userId: opts.userId,
      });
      return rows.map(toOutboxMessage);
    },

    async get(id: number): Promise<OutboxMessage> {
      const row = await notificationsRepo.byId(db, id);
      if (!row) throw new NotFound('Message');
      return toOutboxMessage(row);
    },

    /** DPDP export: every message we hold for this person (no addresses are stored). */
    async mine(userId: string): Promise<OutboxMessage[]> {
      return (await notificationsRepo.recent(db, { limit: 10_000, userId })).map(toOutboxMessage);
    },

    /** Retention (daily): messages older than NOTIFICATION_RETENTION_DAYS (docs/data.md). */
    async purgeOld(): Promise<number> {
      return inBatches((batch) => notificationsRepo.deleteOlderThan(db, NOTIFICATION_RETENTION_DAYS, batch));
    },

    async eraseMine(userId: string): Promise<void> {
      await notificationsRepo.deleteOf(db, userId);
    },
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
