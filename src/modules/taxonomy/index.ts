// The public face of the taxonomy module: what other modules, the web layer and the composition
// root may use. Everything else in this folder is private to it (enforced by .dependency-cruiser.cjs).
export { taxonomyRoutes } from './taxonomy.routes.ts';
export { createTaxonomyService, type TaxonomyService, type TaxonomyView } from './taxonomy.service.ts';
