// The public face of the security module: what the web layer, the CLI and the composition root may
// use. Everything else in this folder is private to it (enforced by .dependency-cruiser.cjs).
export { securityRoutes } from './security.routes.ts';
export {
  createSecurityService,
  enrolKnownTotp,
  SecondFactorNeeded,
  type SecurityService,
  type SignInInput,
} from './security.service.ts';
export { THROTTLE } from './security.throttle.ts';
