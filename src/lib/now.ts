/**
 * The one clock for decisions that depend on the time (is a poll open? is it due to open?).
 * `CHAPTERHOUSE_NOW` pins it, so tests, demos and a rebuild of an old state all agree on "now".
 */
export function currentTime(env: NodeJS.ProcessEnv = process.env): Date {
  const pinned = env.CHAPTERHOUSE_NOW;
  if (!pinned) return new Date();
  const at = new Date(pinned);
  if (Number.isNaN(at.getTime())) throw new Error(`CHAPTERHOUSE_NOW="${pinned}" is not a timestamp: write it like 2026-09-01T09:00:00Z, or unset it`);
  return at;
}
