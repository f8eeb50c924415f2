import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { makePlan, type PlanOptions } from './plan.ts';

/**
 * makePlan in a worker thread: planning reads the snapshot and every poll, and that memory is given back when the
 * worker ends, instead of staying with `npm run build` for the whole Astro build it waits on.
 */
try {
  parentPort!.postMessage({ plan: makePlan(workerData as PlanOptions, (early) => {
    parentPort!.postMessage({ early });
    giveWayToAstro();
  }) });
} catch (e) {
  // Errors lose their class crossing threads: send what the reader needs, the message.
  parentPort!.postMessage({ failure: e instanceof Error ? e.message : String(e) });
}

/**
 * Once Astro has the early plan, the keys are needed only when the build saves its pages, at the end. Worked out
 * at full priority they took a core from Astro's bundler, which keeps both busy: with two cores, Astro's start
 * and bundling took seconds longer. At the lowest priority they take what Astro leaves idle, most of it while
 * pages render. On Linux the priority is the thread's own; elsewhere it would be the whole build script's, which
 * then starts the search index, so it is left alone there.
 */
function giveWayToAstro(): void {
  if (process.platform !== 'linux') return;
  try {
    os.setPriority(19);
  } catch {
    // Not allowed here: the keys are worked out as before.
  }
}
