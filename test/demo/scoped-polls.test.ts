import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSite } from '../../src/lib/content/load.ts';
import { builtSite } from '../support/built-site.ts';

/**
 * The built demo's polls by scope: the decisions API carries each decision's scope (and a double majority's
 * chapters), every scope has its filter page, and a chapter's page lists the polls its members vote in.
 */
let dist: string;
beforeAll(async () => {
  dist = await builtSite();
});
const html = (p: string) => fs.readFileSync(path.join(dist, p), 'utf8');
const pollLinks = (p: string) => [...html(p).matchAll(/href="\/[a-z]+\/polls\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!).filter((id, i, all) => all.indexOf(id) === i);

describe('polls by scope on the built site', () => {
  it('/api/decisions.json carries every decision\'s scope, and a double majority\'s chapters', () => {
    const { decisions } = JSON.parse(html('api/decisions.json')) as { decisions: { id: string; scope: unknown; threshold: string; chapters?: unknown[] }[] };
    expect(decisions.every((d) => 'scope' in d)).toBe(true);
    expect(decisions.find((d) => d.id === 'lisbon-cleanup-day')).toMatchObject({ scope: { chapter: 'lisbon' }, threshold: 'simple-majority' });
    const campaign = decisions.find((d) => d.id === 'campaign-2027')!;
    expect(campaign).toMatchObject({ scope: null, threshold: 'double-majority' });
    expect(campaign.chapters).toContainEqual({ id: 'porto', voters: 2, winner: null });
    expect(decisions.filter((d) => d.id !== 'campaign-2027').every((d) => d.chapters === undefined)).toBe(true);
  });

  it('filters polls and decisions by chapter, by country and for the whole organization', () => {
    for (const { code: lang } of readSite().languages) {
      expect(pollLinks(`${lang}/polls/scope/lisbon/index.html`)).toEqual(['lisbon-cleanup-day']);
      expect(pollLinks(`${lang}/polls/scope/PT/index.html`)).toEqual(['lisbon-cleanup-day']);
      expect(pollLinks(`${lang}/polls/scope/JP/index.html`)).toEqual([]);
      const organization = pollLinks(`${lang}/polls/scope/organization/index.html`);
      expect(organization).toContain('campaign-2027');
      expect(organization).not.toContain('lisbon-cleanup-day');
      expect(pollLinks(`${lang}/decisions/scope/lisbon/index.html`)).toEqual(['lisbon-cleanup-day']);
      // The filter is links to those pages: no script.
      const index = html(`${lang}/polls/index.html`);
      expect(index).toContain(`href="/${lang}/polls/scope/lisbon/"`);
      expect(index).not.toMatch(/<script\b/);
    }
  });

  it('a chapter\'s page lists its polls, and none of another chapter\'s', () => {
    expect(pollLinks('en/chapters/lisbon/index.html')).toEqual(['lisbon-cleanup-day']);
    expect(pollLinks('en/chapters/osaka/index.html')).toEqual([]);
  });
});
