// The public face of the ops module: what other modules, the web layer and the composition
// root may use. Everything else in this folder is private to it (enforced by .dependency-cruiser.cjs).
export { opsRoutes } from './ops.routes.ts';
