// The public face of the queue module: what other modules, the web layer and the composition
// root may use. Everything else in this folder is private to it (enforced by .dependency-cruiser.cjs).
export { queueDepth } from './queue.depth.ts';
export { QUEUES, runRetention, startWorkers } from './queue.workers.ts';
