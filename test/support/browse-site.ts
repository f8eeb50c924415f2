import type { Browser } from 'playwright-core';
import { ChapterhouseError } from '../../src/lib/errors.ts';
import { launchChromium } from './browser.ts';
import { builtSite } from './built-site.ts';
import { startStaticServer } from './static-server.ts';

/**
 * For the scripts that look at the built site in a browser (`npm run bench:pages`, `npm run screenshots`):
 * dist/ (built first when stale) on a private local server, and Chromium. `close` stops both.
 */
export async function browseBuiltSite(command: string): Promise<{ origin: string; browser: Browser; close(): Promise<void> }> {
  const dist = await builtSite();
  const server = await startStaticServer(dist, { snapshot: true });
  let browser: Browser;
  try {
    browser = await launchChromium();
  } catch (e) {
    await server.close();
    throw new ChapterhouseError('no-browser', (e as Error).message, `install Chromium, then run "${command}" again`);
  }
  return {
    origin: server.origin,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}
