import { parentPort, workerData } from 'node:worker_threads';
import { makePlan, type PlanOptions } from './plan.ts';

/**
 * makePlan in a worker thread: planning reads the snapshot and every poll, and that memory is given back when the
 * worker ends, instead of staying with `npm run build` for the whole Astro build it waits on.
 */
try {
  parentPort!.postMessage({ plan: makePlan(workerData as PlanOptions, (early) => parentPort!.postMessage({ early })) });
} catch (e) {
  // Errors lose their class crossing threads: send what the reader needs, the message.
  parentPort!.postMessage({ failure: e instanceof Error ? e.message : String(e) });
}
