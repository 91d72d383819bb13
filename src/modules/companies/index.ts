// The public face of the companies module: what other modules, the web layer and the composition
// root may use. Everything else in this folder is private to it (enforced by .dependency-cruiser.cjs).
export { companiesRepo } from './companies.repo.ts';
export { companiesRoutes } from './companies.routes.ts';
export { CompanyBody, type CompanyOut } from './companies.schema.ts';
export {
  type BadgeMove,
  COMPANY_GST_STATE,
  type CompaniesService,
  type CompanyChecks,
  type CompanyFacts,
  createCompaniesService,
} from './companies.service.ts';
export { EMAIL_LINK_TTL_SECONDS, type EmailConfirmOutcome } from './company-email.ts';
