import { describe, expect, it } from 'vitest';
import { diagnose, type Check, type Expectations } from './checks.ts';
import type { RepositoryFacts } from './facts.ts';

const NOW = new Date('2026-11-26T12:00:00Z');
const EXPECT: Expectations = {
  categories: ['Comments', 'Polls', 'Proposals', 'Comments', 'Polls'], pollsCategory: 'Polls', label: 'proposal', branch: 'main',
  statusContext: 'chapterhouse/poll', scheduled: ['.github/workflows/deploy.yml', '.github/workflows/proposal-gate.yml'], maxQuietHours: 24,
};
/** A repository set up as the README says. */
const good = (): RepositoryFacts => ({
  repository: 'harbor-alliance/site', admin: true, discussions: true,
  categories: [{ name: 'Comments', isAnswerable: false }, { name: 'Polls', isAnswerable: false }, { name: 'Proposals', isAnswerable: false }, { name: 'Q&A', isAnswerable: true }],
  labelExists: true, pages: 'workflow', actions: { enabled: true, allowed: 'all', githubOwnedAllowed: null },
  requiredChecks: { rulesets: [], protection: ['tests', 'chapterhouse/poll'], protected: true },
  workflows: [
    { path: '.github/workflows/deploy.yml', name: 'Deploy', state: 'active', lastScheduledRun: { createdAt: '2026-11-26T11:23:00Z', status: 'completed', conclusion: 'success', url: 'https://github.com/harbor-alliance/site/actions/runs/1' } },
    { path: '.github/workflows/proposal-gate.yml', name: 'Proposal gate', state: 'active', lastScheduledRun: null },
  ],
});
const one = (facts: RepositoryFacts, id: Check['id']) => diagnose(facts, EXPECT, NOW).find((c) => c.id === id)!;

describe('the doctor\'s checks', () => {
  it('pass on a repository set up as the README says, in the set-up order', () => {
    const checks = diagnose(good(), EXPECT, NOW);
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ['discussions', 'ok'], ['categories', 'ok'], ['label', 'ok'], ['pages', 'ok'], ['actions', 'ok'], ['protection', 'ok'], ['schedule', 'ok'],
    ]);
    expect(checks.at(-1)!.title).toBe('The scheduled workflows are enabled; "Deploy" last ran on schedule within the hour');
  });

  it('Discussions off: says where to turn them on, and that categories cannot be read until then', () => {
    const facts = { ...good(), discussions: false, categories: [] };
    expect(one(facts, 'discussions')).toEqual({ id: 'discussions', status: 'fail', title: 'Discussions are turned off', fix: 'Settings → General → Features: tick "Discussions"', url: 'https://github.com/harbor-alliance/site/settings' });
    expect(one(facts, 'categories').status).toBe('unknown');
  });

  it('a missing category: names it, the formats to choose and the page', () => {
    const c = one({ ...good(), categories: good().categories.filter((x) => x.name !== 'Polls' && x.name !== 'Proposals') }, 'categories');
    expect(c.status).toBe('fail');
    expect(c.title).toBe('Discussion categories "Polls", "Proposals" do not exist (the site uses "Comments", "Polls", "Proposals")');
    expect(c.fix).toContain('Format "Announcement" for page comments and polls');
    expect(c.url).toBe('https://github.com/harbor-alliance/site/discussions/categories');
  });

  it('a Question / Answer polls category: votes would mix with answer upvotes', () => {
    const facts = good();
    facts.categories[1]!.isAnswerable = true;
    expect(one(facts, 'categories')).toMatchObject({ status: 'fail', fix: 'edit "Polls" and change its format to "Announcement"' });
  });

  it('no proposal label', () => {
    expect(one({ ...good(), labelExists: false }, 'label')).toMatchObject({ status: 'fail', url: 'https://github.com/harbor-alliance/site/labels' });
  });

  it('Pages off, from a branch, or unreadable', () => {
    expect(one({ ...good(), pages: 'off' }, 'pages')).toMatchObject({ status: 'fail', title: 'GitHub Pages is not set up', fix: 'Settings → Pages → Build and deployment → Source: "GitHub Actions"', url: 'https://github.com/harbor-alliance/site/settings/pages' });
    expect(one({ ...good(), pages: 'legacy' }, 'pages').title).toContain('publishes from a branch');
    expect(one({ ...good(), pages: null }, 'pages').status).toBe('unknown');
  });

  it('Actions disabled, limited to local actions, GitHub\'s actions not selected, or settings unreadable without admin', () => {
    expect(one({ ...good(), actions: { enabled: false, allowed: null, githubOwnedAllowed: null } }, 'actions')).toMatchObject({ status: 'fail', url: 'https://github.com/harbor-alliance/site/settings/actions' });
    expect(one({ ...good(), actions: { enabled: true, allowed: 'local_only', githubOwnedAllowed: null } }, 'actions').status).toBe('fail');
    expect(one({ ...good(), actions: { enabled: true, allowed: 'selected', githubOwnedAllowed: false } }, 'actions').status).toBe('fail');
    expect(one({ ...good(), actions: { enabled: true, allowed: 'selected', githubOwnedAllowed: true } }, 'actions').status).toBe('ok');
    expect(one({ ...good(), actions: null }, 'actions')).toMatchObject({ status: 'unknown', title: 'GitHub Actions: the Actions settings can be read only with admin rights' });
  });

  it('the poll status not required: unprotected, protected without it, found in a ruleset, or unreadable without admin', () => {
    expect(one({ ...good(), requiredChecks: { rulesets: [], protection: [], protected: false } }, 'protection')).toMatchObject({ status: 'fail', title: '"main" is not protected: a proposal could be merged before its poll passed' });
    expect(one({ ...good(), requiredChecks: { rulesets: [], protection: ['tests'], protected: true } }, 'protection').title).toBe('"main" does not require the "chapterhouse/poll" status: a proposal could be merged before its poll passed');
    expect(one({ ...good(), admin: false, requiredChecks: { rulesets: ['chapterhouse/poll'], protection: null, protected: null } }, 'protection')).toMatchObject({ status: 'ok', title: '"main" requires the "chapterhouse/poll" status (ruleset), so a proposal merges only after its poll passed' });
    expect(one({ ...good(), admin: false, requiredChecks: { rulesets: [], protection: null, protected: null } }, 'protection')).toMatchObject({
      status: 'unknown', title: '"main": no ruleset requires "chapterhouse/poll", and classic branch protection cannot be read without admin rights',
    });
  });

  it('the schedule: switched off for inactivity, never run, quiet for over a day, or last run failed', () => {
    const w = () => good().workflows;
    const off = w();
    off[1]!.state = 'disabled_inactivity';
    expect(one({ ...good(), workflows: off }, 'schedule')).toMatchObject({
      status: 'fail', title: 'The "Proposal gate" workflow is disabled (GitHub turned it off after 60 days without activity): tallies and the site stop updating',
      url: 'https://github.com/harbor-alliance/site/actions/workflows/proposal-gate.yml',
    });
    const never = w();
    never[0]!.lastScheduledRun = null;
    expect(one({ ...good(), workflows: never }, 'schedule').title).toBe('The "Deploy" workflow has never run on its schedule');
    const quiet = w();
    quiet[0]!.lastScheduledRun!.createdAt = '2026-11-25T10:00:00Z';
    expect(one({ ...good(), workflows: quiet }, 'schedule').title).toBe('The "Deploy" workflow last ran on its schedule 26 hours ago (at 2026-11-25T10:00:00Z)');
    const failed = w();
    failed[0]!.lastScheduledRun!.conclusion = 'failure';
    expect(one({ ...good(), workflows: failed }, 'schedule')).toMatchObject({ status: 'fail', url: 'https://github.com/harbor-alliance/site/actions/runs/1' });
    expect(one({ ...good(), workflows: w().slice(0, 1) }, 'schedule').title).toBe('GitHub does not know ".github/workflows/proposal-gate.yml" yet');
  });
});
