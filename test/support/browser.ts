import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Debian's Chromium driven by playwright-core. No npm package may download a browser, so the browser
 * comes from the system; .ci/run installs it when missing.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export async function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM}, which is missing. Install it with ` +
        '`apt-get install -y chromium` (.ci/run does this), or set CHROMIUM_PATH to another Chromium binary.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * Everything a reader would notice going wrong: console errors, uncaught exceptions, failed or refused
 * requests, and any request that leaves the local server (those are blocked before they go out).
 */
export interface Watcher {
  problems: string[];
  /** Expect one HTTP error on purpose (the 404 page's own document); it is then not a problem. */
  allowStatus(url: string, status: number): void;
  clear(): void;
}

export async function watch(context: BrowserContext, origin: string): Promise<Watcher> {
  const problems: string[] = [];
  const allowed = new Set<string>();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    problems.push(`request to another host: ${url}`);
    return route.abort('blockedbyclient');
  });
  const attach = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      // Chromium reports every HTTP error status on the console too; an allowed one is not a problem.
      const where = msg.location().url;
      if (/^Failed to load resource/.test(msg.text()) && [...allowed].some((a) => a.startsWith(`${where} `))) return;
      problems.push(`console error on ${page.url()}: ${msg.text()} (${where})`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught exception on ${page.url()}: ${error.message}`));
    page.on('requestfailed', (req) => {
      if (new URL(req.url()).origin !== origin) return; // already reported as a request to another host
      // Leaving a page cancels what it was still fetching (Chromium's favicon, typically): not a failure.
      if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
      problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
    });
    page.on('response', (res) => {
      if (res.status() >= 400 && !allowed.has(`${res.url()} ${res.status()}`)) problems.push(`HTTP ${res.status()}: ${res.url()}`);
    });
  };
  context.pages().forEach(attach);
  context.on('page', attach);
  return {
    problems,
    allowStatus: (url, status) => allowed.add(`${url} ${status}`),
    clear: () => {
      problems.length = 0;
      allowed.clear();
    },
  };
}
