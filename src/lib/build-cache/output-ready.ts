import fs from 'node:fs';

/**
 * `npm run build` links the pages it reuses from the build cache into the output folder while Astro renders the
 * others, rather than after Astro is done: at 19,500 pages the linking takes seconds, most of a rebuild's own
 * work. It starts when the first page renders: by then Astro has emptied the output folder, and its bundler,
 * which keeps every core busy, is done (linking any earlier only slowed the bundling down as much as it saved).
 * Rendering keeps one core busy, the linking the other. Astro's first request says so in a file beside the build's
 * plan (src/middleware.ts); without `npm run build` (a plain `astro build`, `npm run dev`) nothing is written.
 */
export const outputReadyFile = (planFile: string) => `${planFile}.output-ready`;

let said = false;

export function signalOutputReady(): void {
  if (said) return;
  said = true;
  const planFile = process.env.CHAPTERHOUSE_BUILD_PLAN;
  if (planFile) fs.writeFileSync(outputReadyFile(planFile), '');
}

/**
 * Resolves once the file exists (true), or false if `gaveUp` settles first (Astro ended before it got there).
 * Polls: the file is written by another process.
 */
export function whenOutputReady(planFile: string, gaveUp: Promise<unknown>): Promise<boolean> {
  const file = outputReadyFile(planFile);
  return new Promise((resolve) => {
    let done = false;
    gaveUp.finally(() => {
      if (!done) {
        done = true;
        resolve(fs.existsSync(file));
      }
    });
    const look = () => {
      if (done) return;
      if (fs.existsSync(file)) {
        done = true;
        resolve(true);
      } else setTimeout(look, 25);
    };
    look();
  });
}
