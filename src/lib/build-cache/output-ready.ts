import fs from 'node:fs';
import type { AstroIntegration } from 'astro';

/**
 * `npm run build` links the pages it reuses from the build cache into the output folder while Astro bundles and
 * renders the others, rather than after Astro is done: at 19,500 pages the linking takes seconds, most of a
 * rebuild's own work. It may start only once Astro has emptied the output folder, which Astro does just before it
 * sets up its bundler; this integration says so by writing a file beside the build's plan. Without
 * `npm run build` (a plain `astro build`, `npm run dev`) it does nothing.
 */
export const outputReadyFile = (planFile: string) => `${planFile}.output-ready`;

export function signalOutputReady(): AstroIntegration {
  return {
    name: 'chapterhouse:output-ready',
    hooks: {
      'astro:build:setup': () => {
        const planFile = process.env.CHAPTERHOUSE_BUILD_PLAN;
        if (planFile) fs.writeFileSync(outputReadyFile(planFile), '');
      },
    },
  };
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
