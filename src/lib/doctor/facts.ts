/**
 * What `npm run doctor` found out about the repository, in our own words: the adapter in gather.ts turns
 * GitHub's answers (REST and GraphQL) into this, and checks.ts judges it without any network.
 * `null` always means "could not tell" (the token may not read that setting), never "no".
 */
export interface WorkflowFacts {
  path: string;
  name: string;
  state: 'active' | 'deleted' | 'disabled_fork' | 'disabled_inactivity' | 'disabled_manually';
  /** The newest run started by the schedule, or null when it never ran on schedule. */
  lastScheduledRun: { createdAt: string; status: string | null; conclusion: string | null; url: string } | null;
}

export interface RepositoryFacts {
  repository: string;
  /** Whether the token has admin rights: some settings are readable only by admins. */
  admin: boolean;
  discussions: boolean;
  categories: { name: string; isAnswerable: boolean }[];
  labelExists: boolean;
  /** How Pages publishes: from a workflow, from a branch (legacy), or not at all. */
  pages: 'workflow' | 'legacy' | 'off' | null;
  actions: { enabled: boolean; allowed: 'all' | 'local_only' | 'selected' | null; githubOwnedAllowed: boolean | null } | null;
  /** Status checks required on the branch, by rulesets (anyone may read) and by classic protection (admins). */
  requiredChecks: { rulesets: string[]; protection: string[] | null; protected: boolean | null };
  /** The workflows with a schedule, as GitHub lists them; a workflow GitHub does not know is absent. */
  workflows: WorkflowFacts[];
}
