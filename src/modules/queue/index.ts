// The public face of the queue module (pg-boss over our Db): start a queue, the handle services send
// through, and the depth metric. Everything else in this folder is private to it.
export { queueDepth } from './queue.depth.ts';
export {
  createQueueHandle,
  type JobQueue,
  pgBossDb,
  type QueueDefinition,
  type QueueHandle,
  startQueue,
} from './queue.ts';
