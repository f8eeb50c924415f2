import type { RepositoryFacts } from './facts.ts';

/**
 * The doctor's checklist: each check a pure judgement of the facts, with the exact fix and the settings page
 * to open. The order is the README's set-up order, so a new maintainer works down the list.
 */
export type CheckStatus = 'ok' | 'fail' | 'unknown';

export interface Check {
  id: 'discussions' | 'categories' | 'label' | 'pages' | 'actions' | 'protection' | 'schedule';
  status: CheckStatus;
  /** One line: what was checked, and what was found. */
  title: string;
  /** What to do (failures and unknowns). */
  fix?: string;
  /** The page to open. */
  url?: string;
}

export interface Expectations {
  /** Every category the site uses: discussions.categories, pageCategory, polls.category. */
  categories: string[];
  /** The category where option comments are posted and voted on. */
  pollsCategory: string;
  label: string;
  branch: string;
  statusContext: string;
  /** Workflow files with a schedule (from .github/workflows), the deploy one first. */
  scheduled: string[];
  /** How old the last scheduled run of the first one may be. */
  maxQuietHours: number;
}

const list = (names: string[]) => names.map((n) => `"${n}"`).join(', ');

export function diagnose(facts: RepositoryFacts, expect: Expectations, now: Date): Check[] {
  const github = `https://github.com/${facts.repository}`;
  const checks: Check[] = [];

  checks.push(
    facts.discussions
      ? { id: 'discussions', status: 'ok', title: 'Discussions are enabled' }
      : { id: 'discussions', status: 'fail', title: 'Discussions are turned off', fix: 'Settings → General → Features: tick "Discussions"', url: `${github}/settings` },
  );

  const names = new Set(facts.categories.map((c) => c.name));
  const missing = [...new Set(expect.categories)].filter((c) => !names.has(c));
  const answerable = facts.categories.find((c) => c.name === expect.pollsCategory && c.isAnswerable);
  if (!facts.discussions) {
    checks.push({ id: 'categories', status: 'unknown', title: 'Discussion categories: cannot be read while Discussions are off', fix: 'turn Discussions on first', url: `${github}/settings` });
  } else if (missing.length) {
    checks.push({
      id: 'categories', status: 'fail',
      title: `Discussion ${missing.length === 1 ? 'category' : 'categories'} ${list(missing)} ${missing.length === 1 ? 'does' : 'do'} not exist (the site uses ${list([...new Set(expect.categories)])})`,
      fix: `Discussions → Categories (the pencil) → New category, named exactly ${list(missing)}. Format "Announcement" for page comments and polls (only maintainers and the workflows start discussions there; everyone can comment and react), "Open-ended discussion" for proposals; never "Poll" or "Question / Answer"`,
      url: `${github}/discussions/categories`,
    });
  } else if (answerable) {
    checks.push({
      id: 'categories', status: 'fail',
      title: `Discussion category "${answerable.name}" is a Question / Answer category: its comments can be marked as answers and upvoted, which members would mistake for votes`,
      fix: `edit "${answerable.name}" and change its format to "Announcement"`,
      url: `${github}/discussions/categories`,
    });
  } else {
    checks.push({ id: 'categories', status: 'ok', title: `Discussion categories ${list([...new Set(expect.categories)])} exist, and the scripts can post in them` });
  }

  checks.push(
    facts.labelExists
      ? { id: 'label', status: 'ok', title: `The "${expect.label}" label exists` }
      : { id: 'label', status: 'fail', title: `There is no "${expect.label}" label, so no pull request can be marked as a proposal`, fix: `Issues → Labels → New label, named "${expect.label}" (or change proposals.label in content/site.yml to a label you have)`, url: `${github}/labels` },
  );

  const pagesUrl = `${github}/settings/pages`;
  if (facts.pages === 'workflow') checks.push({ id: 'pages', status: 'ok', title: 'GitHub Pages publishes from GitHub Actions' });
  else if (facts.pages === null) checks.push({ id: 'pages', status: 'unknown', title: 'GitHub Pages: this token cannot read the Pages settings', fix: 'run the doctor with a token that can read Pages (a maintainer\'s), or open the page below and check that Source is "GitHub Actions"', url: pagesUrl });
  else checks.push({ id: 'pages', status: 'fail', title: facts.pages === 'off' ? 'GitHub Pages is not set up' : 'GitHub Pages publishes from a branch, so the deploy workflow\'s site is never shown', fix: 'Settings → Pages → Build and deployment → Source: "GitHub Actions"', url: pagesUrl });

  const actionsUrl = `${github}/settings/actions`;
  const a = facts.actions;
  if (!a) checks.push({ id: 'actions', status: 'unknown', title: 'GitHub Actions: the Actions settings can be read only with admin rights', fix: 'run the doctor with an admin\'s token, or check below that Actions are allowed, including actions created by GitHub', url: actionsUrl });
  else if (!a.enabled) checks.push({ id: 'actions', status: 'fail', title: 'GitHub Actions are disabled for this repository: nothing syncs, counts or publishes', fix: 'Settings → Actions → General → Actions permissions: "Allow all actions and reusable workflows"', url: actionsUrl });
  else if (a.allowed === 'local_only' || (a.allowed === 'selected' && a.githubOwnedAllowed === false)) checks.push({ id: 'actions', status: 'fail', title: 'GitHub Actions may not use the actions the workflows need (actions/checkout, setup-node and the Pages actions, all made by GitHub)', fix: 'Settings → Actions → General → Actions permissions: allow all actions, or tick "Allow actions created by GitHub"', url: actionsUrl });
  else checks.push({ id: 'actions', status: 'ok', title: 'GitHub Actions run, and each workflow job asks for the write access it needs (contents, discussions, statuses)' });

  const branchUrl = `${github}/settings/branches`;
  const r = facts.requiredChecks;
  const required = [...r.rulesets, ...(r.protection ?? [])];
  if (required.includes(expect.statusContext)) {
    checks.push({ id: 'protection', status: 'ok', title: `"${expect.branch}" requires the "${expect.statusContext}" status (${r.rulesets.includes(expect.statusContext) ? 'ruleset' : 'branch protection'}), so a proposal merges only after its poll passed` });
  } else if (r.protection === null) {
    checks.push({ id: 'protection', status: 'unknown', title: `"${expect.branch}": no ruleset requires "${expect.statusContext}", and classic branch protection cannot be read without admin rights`, fix: `ask an admin to run the doctor, or check below that "${expect.branch}" requires the status check "${expect.statusContext}"`, url: branchUrl });
  } else {
    checks.push({
      id: 'protection', status: 'fail',
      title: r.protected === false ? `"${expect.branch}" is not protected: a proposal could be merged before its poll passed` : `"${expect.branch}" does not require the "${expect.statusContext}" status: a proposal could be merged before its poll passed`,
      fix: `Settings → Rules → Rulesets (or Branches → branch protection rule) for "${expect.branch}": require a pull request, and require the status checks "tests" and "${expect.statusContext}"`,
      url: `${github}/settings/rules`,
    });
  }

  checks.push(scheduleCheck(facts, expect, now, github));
  return checks;
}

function scheduleCheck(facts: RepositoryFacts, expect: Expectations, now: Date, github: string): Check {
  const actions = `${github}/actions`;
  const byPath = new Map(facts.workflows.map((w) => [w.path, w]));
  const unknown = expect.scheduled.filter((p) => !byPath.has(p));
  if (unknown.length) return { id: 'schedule', status: 'fail', title: `GitHub does not know ${list(unknown)} yet`, fix: 'push the workflow files to the default branch (they run from there)', url: actions };
  const disabled = expect.scheduled.map((p) => byPath.get(p)!).filter((w) => w.state !== 'active');
  if (disabled.length) {
    const w = disabled[0]!;
    const why = w.state === 'disabled_inactivity' ? 'GitHub turned it off after 60 days without activity' : 'it was turned off';
    return { id: 'schedule', status: 'fail', title: `The "${w.name}" workflow is disabled (${why}): tallies and the site stop updating`, fix: `Actions → "${w.name}" → "Enable workflow"${disabled.length > 1 ? `, and the same for ${list(disabled.slice(1).map((d) => d.name))}` : ''}. The deploy workflow then keeps itself enabled`, url: `${actions}/workflows/${w.path.split('/').pop()}` };
  }
  const main = byPath.get(expect.scheduled[0]!)!;
  const run = main.lastScheduledRun;
  const url = `${actions}/workflows/${main.path.split('/').pop()}`;
  if (!run) return { id: 'schedule', status: 'fail', title: `The "${main.name}" workflow has never run on its schedule`, fix: 'schedules start once the workflow is on the default branch and Actions are enabled; run it once by hand ("Run workflow") to see that it works, then wait for the next hour', url };
  const hours = (now.getTime() - Date.parse(run.createdAt)) / 3_600_000;
  if (hours > expect.maxQuietHours) return { id: 'schedule', status: 'fail', title: `The "${main.name}" workflow last ran on its schedule ${Math.floor(hours)} hours ago (at ${run.createdAt})`, fix: 'check that it is enabled and that its last runs did not fail; GitHub may delay schedules, but not for a day', url };
  if (run.conclusion && run.conclusion !== 'success') return { id: 'schedule', status: 'fail', title: `The "${main.name}" workflow's last scheduled run ${run.conclusion === 'failure' ? 'failed' : `ended "${run.conclusion}"`} (${run.createdAt})`, fix: 'open the run, read the failing step\'s message, fix what it says, then run the workflow again', url: run.url };
  return { id: 'schedule', status: 'ok', title: `The scheduled workflows are enabled; "${main.name}" last ran on schedule ${hours < 1 ? 'within the hour' : `${Math.floor(hours)} h ago`}` };
}
