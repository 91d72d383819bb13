// The public face of the notifications module: what other modules, the web layer and the composition
// root may use. Everything else in this folder is private to it (enforced by .dependency-cruiser.cjs).
export { type ProviderConfig, providersFor } from './notifications.providers.ts';
export { notificationsRoutes } from './notifications.routes.ts';
export {
  channelFor,
  createNotificationsService,
  DELIVER_QUEUE,
  MAX_ATTEMPTS,
  NOTIFICATION_RETENTION_DAYS,
  type NotificationsService,
  type OutboxMessage,
  type SendOutcome,
} from './notifications.service.ts';
export { notificationWebhooks } from './notifications.webhooks.ts';
