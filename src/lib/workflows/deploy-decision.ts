/**
 * Whether a run of the deploy workflow builds and publishes the site. Most scheduled runs find nothing new: no
 * discussion changed, no poll opened, no count moved, so `commit-results` commits nothing and the commit to
 * build is the one already published. Building it again would cost minutes of Actions time and publish the
 * same bytes, so such a run stops after the update. Everything else builds: a push (new content), a run
 * started by hand (a maintainer asked for it), a scheduled run that committed something, and a scheduled run
 * whose commit was never published (a push whose own run was replaced in the queue, or whose deploy failed).
 */
export interface DeployFacts {
  /** GITHUB_EVENT_NAME: push, schedule, workflow_dispatch… */
  event: string;
  /** Did this run's update job commit anything (sync, opened polls, results)? */
  committed: boolean;
  /** Was the commit to build published by an earlier run? */
  deployedBefore: boolean;
}

export interface DeployDecision {
  build: boolean;
  /** One line for the workflow log: why. */
  reason: string;
}

export function deployDecision(facts: DeployFacts): DeployDecision {
  if (facts.event !== 'schedule') {
    return { build: true, reason: facts.event === 'workflow_dispatch' ? 'started by hand: building' : `a ${facts.event} event: building` };
  }
  if (facts.committed) return { build: true, reason: 'the update committed new discussions, polls or results: building' };
  if (!facts.deployedBefore) return { build: true, reason: 'nothing new since the last run, but this commit has not been published yet: building' };
  return { build: false, reason: 'nothing new: no discussion, poll or result changed, and this commit is already published; no build, no deploy' };
}

/** "true"/"false" as GitHub Actions writes step outputs; anything else (an output never set) is false. */
export const isTrue = (value: string | undefined) => value?.trim().toLowerCase() === 'true';
