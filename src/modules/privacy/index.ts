// The public face of the privacy module: what other modules, the web layer and the composition
// root may use. Everything else in this folder is private to it (enforced by .dependency-cruiser.cjs).
export { privacyRoutes } from './privacy.routes.ts';
export {
  CONTACT_VIEW_RETENTION_DAYS,
  createPrivacyService,
  type PrivacyService,
  PURPOSES,
  type SeenEntry,
} from './privacy.service.ts';
