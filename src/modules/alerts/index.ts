// The public face of the alerts module: what other modules, the web layer and the composition
// root may use. Everything else in this folder is private to it (enforced by .dependency-cruiser.cjs).
export { alertsRoutes } from './alerts.routes.ts';
export { type SavedJobOut, SavedQuery, type SavedSearchOut } from './alerts.schema.ts';
export { createAlertsService } from './alerts.service.ts';
