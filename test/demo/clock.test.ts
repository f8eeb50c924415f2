import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { readDemo } from '../../src/lib/content/demo.ts';
import { builtSite } from '../support/built-site.ts';

/**
 * The demo stays alive: built on any day, it is shown as it stood at its clock (content/demo.yml), so its polls
 * page always has one open, one upcoming, one decided and one without quorum, and its home page says why.
 */
let dist: string;
beforeAll(async () => {
  dist = await builtSite();
});
const html = (p: string) => fs.readFileSync(path.join(dist, p), 'utf8');

describe('the demo\'s clock', () => {
  it('shows every poll state on the polls page', () => {
    const polls = html('en/polls/index.html');
    for (const state of [t('en', 'polls.phase.open'), t('en', 'polls.phase.upcoming'), t('en', 'polls.outcome.no-quorum')]) expect(polls).toContain(`>${state}</span>`);
    expect(polls).toMatch(new RegExp(`class="badge ok"[^>]*>${t('en', 'polls.decidedFor', { option: '[^<]+' }).replace(/[()]/g, '\\$&')}</span>`));
  });

  it('is stated on the home page, in each language', () => {
    const clock = new Date(readDemo()!.clock).toISOString();
    for (const lang of ['en', 'es', 'ja']) expect(html(`${lang}/index.html`)).toContain(`data-demo-clock="${clock}"`);
  });
});
