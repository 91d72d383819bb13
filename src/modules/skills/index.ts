// The public face of the skills module: what other modules, the web layer and the composition
// root may use. Everything else in this folder is private to it (enforced by .dependency-cruiser.cjs).
export { skillsRoutes } from './skills.routes.ts';
export { BadgeOut, type TestOut, type TestResultOut } from './skills.schema.ts';
export type { Kind } from './skills.scoring.ts';
export { createSkillsService, type SkillsService } from './skills.service.ts';
