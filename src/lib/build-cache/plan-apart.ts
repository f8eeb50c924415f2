import { Worker } from 'node:worker_threads';
import { ChapterhouseError } from '../errors.ts';
import type { BuildPlan, PlanOptions } from './plan.ts';

/**
 * makePlan (plan.ts) in a worker thread, for `npm run build`. Planning reads the snapshot and every poll, and
 * loads the content schemas and readers to do it: in a worker, all of that is given back when the plan is
 * ready, instead of staying with the build script (this module imports none of it) for the whole Astro build
 * it then waits on.
 */
export function makePlanApart(o: PlanOptions, early?: (plan: BuildPlan) => void): Promise<BuildPlan> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./plan-worker.ts', import.meta.url), { workerData: o });
    worker.on('message', (m: { early?: BuildPlan; plan?: BuildPlan; failure?: string }) => {
      if (m.early) early?.(m.early);
      else if (m.plan) resolve(m.plan);
      else reject(new ChapterhouseError('build-plan', `the build could not work out which pages changed: ${m.failure}`, 'fix what the message names (npm run check lists every content problem), or build with --fresh'));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the build plan's worker stopped with code ${code}`));
    });
  });
}
