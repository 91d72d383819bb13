// The public face of the demo module: what other modules, the web layer and the composition
// root may use. Everything else in this folder is private to it (enforced by .dependency-cruiser.cjs).
export { DEMO_LOGINS, rng } from './demo.generator.ts';
export { seedDemo, seedDemoIfEmpty } from './demo.seed.ts';
export { createDemoService, type DemoService } from './demo-runs.ts';
