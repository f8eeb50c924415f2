import { readDemo } from './content/demo.ts';
import { contentRoot } from './content/paths.ts';

// Asked for on many pages of a build; the demo's clock does not move while a process runs.
const demoClocks = new Map<string, Date | null>();
function demoClockOf(root: string): Date | null {
  if (!demoClocks.has(root)) {
    const demo = readDemo(root);
    demoClocks.set(root, demo ? new Date(demo.clock) : null);
  }
  return demoClocks.get(root)!;
}

/**
 * The one clock for decisions that depend on the time (is a poll open? is it due to open?).
 * `CHAPTERHOUSE_NOW` pins it, so tests and a rebuild of an old state all agree on "now". Otherwise the demo
 * organization runs on its own clock (`clock` in content/demo.yml), and a real organization on real time.
 */
export function currentTime(env: NodeJS.ProcessEnv = process.env, root = contentRoot()): Date {
  const pinned = env.CHAPTERHOUSE_NOW;
  if (pinned) {
    const at = new Date(pinned);
    if (Number.isNaN(at.getTime())) throw new Error(`CHAPTERHOUSE_NOW="${pinned}" is not a timestamp: write it like 2026-09-01T09:00:00Z, or unset it`);
    return at;
  }
  return demoClockOf(root) ?? new Date();
}

/** Whether the clock is the demo's rather than real time (the demo's home page says so). */
export function demoClock(env: NodeJS.ProcessEnv = process.env, root = contentRoot()): Date | null {
  return env.CHAPTERHOUSE_NOW ? null : demoClockOf(root);
}
