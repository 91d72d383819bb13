// The public face of the careers module: what other modules, the web layer and the composition
// root may use. Everything else in this folder is private to it (enforced by .dependency-cruiser.cjs).
export { careersRoutes } from './careers.routes.ts';
export type { MyNextStep } from './careers.schema.ts';
export { type CareersService, createCareersService, type NextStep } from './careers.service.ts';
