import { createHash } from 'node:crypto';

/**
 * The fake GitHub's memory: one repository's discussions, comments, reactions, pull requests and commit
 * statuses. Tests and the demo build it through these methods (never by pushing into the arrays), so
 * ids, numbers and `updatedAt` behave as on GitHub: a new or edited comment touches its discussion,
 * a reaction does not.
 */

export type ActorType = 'User' | 'Bot' | 'Organization';
export type ReactionKind = 'THUMBS_UP' | 'THUMBS_DOWN' | 'LAUGH' | 'HOORAY' | 'CONFUSED' | 'HEART' | 'ROCKET' | 'EYES';
export type MinimizeReason = 'SPAM' | 'ABUSE' | 'OFF_TOPIC' | 'OUTDATED' | 'DUPLICATE' | 'RESOLVED';

export interface FakeActor { id: string; databaseId: number; login: string; type: ActorType }

export interface FakeReaction { id: string; databaseId: number; content: ReactionKind; user: string | null; createdAt: string }

export interface FakeComment {
  id: string;
  databaseId: number;
  discussionNumber: number;
  replyToId: string | null;
  author: string | null;
  body: string;
  createdAt: string;
  updatedAt: string;
  lastEditedAt: string | null;
  /** Who last edited the comment; null when nobody has. */
  editor: string | null;
  isMinimized: boolean;
  minimizedReason: MinimizeReason | null;
  deletedAt: string | null;
  isAnswer: boolean;
  reactions: FakeReaction[];
}

export interface FakeCategory { id: string; name: string; slug: string; isAnswerable: boolean }

export interface FakeDiscussion {
  id: string;
  databaseId: number;
  number: number;
  title: string;
  body: string;
  author: string | null;
  categoryId: string;
  labels: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  locked: boolean;
  reactions: FakeReaction[];
  /** Top-level comments and replies together, in creation order; replies carry `replyToId`. */
  comments: FakeComment[];
}

export interface FakeChangedFile { path: string; additions: number; deletions: number; changeType: 'ADDED' | 'MODIFIED' | 'DELETED' | 'RENAMED' | 'COPIED' | 'CHANGED' }

export interface FakePullRequest {
  id: string;
  databaseId: number;
  number: number;
  title: string;
  body: string;
  author: string | null;
  state: 'OPEN' | 'CLOSED' | 'MERGED';
  isDraft: boolean;
  mergedAt: string | null;
  closedAt: string | null;
  headSha: string;
  headRef: string;
  baseRef: string;
  baseSha: string;
  files: FakeChangedFile[];
  labels: string[];
  createdAt: string;
  updatedAt: string;
}

export interface FakeStatus { sha: string; state: string; context: string; description: string | null; targetUrl: string | null; creator: string; createdAt: string }

export interface NewDiscussion {
  title: string;
  body?: string;
  author: string | null;
  category: string;
  labels?: string[];
  createdAt?: string;
  number?: number;
  closedAt?: string | null;
  locked?: boolean;
}

export interface NewComment {
  author: string | null;
  body: string;
  createdAt?: string;
  replyTo?: string;
}

export interface NewPullRequest extends Omit<FakePullRequest, 'id' | 'databaseId' | 'updatedAt' | 'createdAt' | 'body' | 'isDraft' | 'mergedAt' | 'closedAt' | 'headSha' | 'baseSha' | 'labels' | 'files' | 'headRef' | 'baseRef'> {
  body?: string;
  isDraft?: boolean;
  mergedAt?: string | null;
  closedAt?: string | null;
  headSha?: string;
  baseSha?: string;
  headRef?: string;
  baseRef?: string;
  labels?: string[];
  files?: FakeChangedFile[];
  createdAt?: string;
  updatedAt?: string;
}

/** A 40-hex placeholder SHA, stable for a given seed: good enough until real commits exist. */
export function placeholderSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

/**
 * How the repository is set up, as `npm run doctor` reads it: GitHub's settings pages, in data. The defaults
 * are a repository set up as the README says; tests break one thing at a time.
 */
export interface FakeSettings {
  hasDiscussions: boolean;
  /** The repository's labels (those on pull requests are kept on each pull request). */
  labels: string[];
  /** null: Pages is not enabled. */
  pages: { buildType: 'legacy' | 'workflow' } | null;
  actions: {
    enabled: boolean;
    allowedActions: 'all' | 'local_only' | 'selected';
    githubOwnedAllowed: boolean;
    defaultWorkflowPermissions: 'read' | 'write';
  };
  /** Classic branch protection per branch: the required status check contexts, or absent when unprotected. */
  protection: Record<string, { contexts: string[] }>;
  /** Rulesets' required status checks per branch (readable by anyone who can read the repository). */
  rulesetChecks: Record<string, string[]>;
  /** Logins with admin rights; others get 403 from admin-only routes. */
  admins: string[];
  workflows: { id: number; name: string; path: string; state: 'active' | 'disabled_inactivity' | 'disabled_manually' }[];
  runs: { workflowId: number; event: string; status: 'completed' | 'in_progress' | 'queued'; conclusion: 'success' | 'failure' | null; createdAt: string }[];
  /** Workflows re-enabled through the API (PUT …/enable), in order. */
  enabled: number[];
}

export function defaultSettings(): FakeSettings {
  return {
    hasDiscussions: true,
    labels: ['proposal', 'bug', 'documentation'],
    pages: { buildType: 'workflow' },
    actions: { enabled: true, allowedActions: 'all', githubOwnedAllowed: true, defaultWorkflowPermissions: 'read' },
    protection: { main: { contexts: ['tests', 'chapterhouse/poll'] } },
    rulesetChecks: {},
    admins: [],
    workflows: [
      { id: 101, name: 'Deploy', path: '.github/workflows/deploy.yml', state: 'active' },
      { id: 102, name: 'Proposal gate', path: '.github/workflows/proposal-gate.yml', state: 'active' },
      { id: 103, name: 'Pull request', path: '.github/workflows/pull-request.yml', state: 'active' },
    ],
    runs: [],
    enabled: [],
  };
}

export class FakeGitHubData {
  readonly owner: string;
  readonly name: string;
  readonly repositoryId: string;
  readonly actors = new Map<string, FakeActor>();
  readonly categories: FakeCategory[] = [];
  readonly discussions: FakeDiscussion[] = [];
  readonly pullRequests: FakePullRequest[] = [];
  readonly statuses: FakeStatus[] = [];
  settings: FakeSettings = defaultSettings();
  /** The fake's clock: what "now" is for new objects and for the rate-limit window. Tests move it. */
  now: string;
  private serial = 0;
  private nextNumber = 1;
  /** Per-parent counters: ids depend only on where an object sits, so adding one thread renames nothing else. */
  private readonly counters = new Map<string, number>();

  constructor(repository: string, now = '2026-11-26T12:00:00Z') {
    const [owner, name] = repository.split('/');
    if (!owner || !name) throw new Error(`repository must be "owner/name", got "${repository}"`);
    this.owner = owner;
    this.name = name;
    this.repositoryId = 'R_' + this.nextId();
    this.now = now;
    this.addActor(owner, 'Organization');
  }

  get nameWithOwner() { return `${this.owner}/${this.name}`; }
  get url() { return `https://github.com/${this.nameWithOwner}`; }

  private nextId(): string {
    this.serial += 1;
    return this.serial.toString(36).padStart(6, '0');
  }

  private count(key: string): number {
    const n = (this.counters.get(key) ?? 0) + 1;
    this.counters.set(key, n);
    return n;
  }

  addActor(login: string, type: ActorType = 'User'): FakeActor {
    const existing = this.actors.get(login.toLowerCase());
    if (existing) return existing;
    const actor = { id: (type === 'Bot' ? 'BOT_' : 'U_') + this.nextId(), databaseId: this.serial, login, type };
    this.actors.set(login.toLowerCase(), actor);
    return actor;
  }

  actor(login: string | null): FakeActor | null {
    if (login === null) return null;
    return this.actors.get(login.toLowerCase()) ?? this.addActor(login);
  }

  /** Forget an account: its comments and reactions stay, shown as by "ghost" (author null), as on GitHub. */
  deleteAccount(login: string) {
    this.actors.delete(login.toLowerCase());
    const gone = (l: string | null) => l !== null && l.toLowerCase() === login.toLowerCase();
    for (const d of this.discussions) {
      if (gone(d.author)) d.author = null;
      for (const r of d.reactions) if (gone(r.user)) r.user = null;
      for (const c of d.comments) {
        if (gone(c.author)) c.author = null;
        for (const r of c.reactions) if (gone(r.user)) r.user = null;
      }
    }
  }

  /**
   * An account renamed on GitHub: it keeps its ids, and everything it wrote or reacted shows the new login.
   * The old login is free again for anyone to register (addActor).
   */
  renameAccount(from: string, to: string) {
    const actor = this.actors.get(from.toLowerCase());
    if (!actor) throw new Error(`no account "${from}" in the fake`);
    if (this.actors.has(to.toLowerCase())) throw new Error(`the login "${to}" is taken`);
    this.actors.delete(from.toLowerCase());
    actor.login = to;
    this.actors.set(to.toLowerCase(), actor);
    const was = (l: string | null) => l !== null && l.toLowerCase() === from.toLowerCase();
    for (const d of this.discussions) {
      if (was(d.author)) d.author = to;
      for (const r of d.reactions) if (was(r.user)) r.user = to;
      for (const c of d.comments) {
        if (was(c.author)) c.author = to;
        if (was(c.editor)) c.editor = to;
        for (const r of c.reactions) if (was(r.user)) r.user = to;
      }
    }
    for (const p of this.pullRequests) if (was(p.author)) p.author = to;
  }

  /** A discussion deleted on GitHub: gone with its comments; its number is never reused. */
  deleteDiscussion(number: number) {
    const i = this.discussions.findIndex((d) => d.number === number);
    if (i < 0) throw new Error(`no discussion #${number} in the fake`);
    this.discussions.splice(i, 1);
  }

  /** A pull request GitHub no longer serves (removed as spam by GitHub staff, say): its id is NOT_FOUND. */
  deletePullRequest(number: number) {
    const i = this.pullRequests.findIndex((p) => p.number === number);
    if (i < 0) throw new Error(`no pull request #${number} in the fake`);
    this.pullRequests.splice(i, 1);
  }

  addCategory(name: string, isAnswerable = false): FakeCategory {
    const existing = this.categories.find((c) => c.name === name);
    if (existing) return existing;
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const category = { id: `DIC_${slug}`, name, slug, isAnswerable };
    this.categories.push(category);
    return category;
  }

  addDiscussion(input: NewDiscussion): FakeDiscussion {
    const category = this.categories.find((c) => c.name === input.category);
    if (!category) throw new Error(`no discussion category "${input.category}" in the fake; add it with addCategory`);
    const number = input.number ?? this.nextNumber;
    if (this.discussions.some((d) => d.number === number) || this.pullRequests.some((p) => p.number === number)) {
      throw new Error(`number #${number} is taken`);
    }
    this.nextNumber = Math.max(this.nextNumber, number + 1);
    const createdAt = input.createdAt ?? this.now;
    if (input.author) this.actor(input.author);
    const discussion: FakeDiscussion = {
      id: `D_kwDO${number}`,
      databaseId: 9_000_000 + number,
      number,
      title: input.title,
      body: input.body ?? '',
      author: input.author,
      categoryId: category.id,
      labels: input.labels ?? [],
      createdAt,
      updatedAt: input.closedAt ?? createdAt,
      closedAt: input.closedAt ?? null,
      locked: input.locked ?? false,
      reactions: [],
      comments: [],
    };
    this.discussions.push(discussion);
    return discussion;
  }

  discussion(number: number): FakeDiscussion {
    const d = this.discussions.find((x) => x.number === number);
    if (!d) throw new Error(`no discussion #${number} in the fake`);
    return d;
  }

  addComment(discussionNumber: number, input: NewComment): FakeComment {
    const discussion = this.discussion(discussionNumber);
    if (input.replyTo) {
      const parent = discussion.comments.find((c) => c.id === input.replyTo);
      if (!parent) throw new Error(`comment ${input.replyTo} is not in discussion #${discussionNumber}`);
      if (parent.replyToId) throw new Error('GitHub allows replies to top-level comments only');
    }
    if (input.author) this.actor(input.author);
    const createdAt = input.createdAt ?? this.now;
    const k = this.count(`comments:${discussionNumber}`);
    const comment: FakeComment = {
      id: `DC_kwDO${discussionNumber}_${k}`,
      databaseId: discussionNumber * 100_000 + k,
      discussionNumber,
      replyToId: input.replyTo ?? null,
      author: input.author,
      body: input.body,
      createdAt,
      updatedAt: createdAt,
      lastEditedAt: null,
      editor: null,
      isMinimized: false,
      minimizedReason: null,
      deletedAt: null,
      isAnswer: false,
      reactions: [],
    };
    discussion.comments.push(comment);
    this.touch(discussion, createdAt);
    return comment;
  }

  comment(id: string): FakeComment {
    for (const d of this.discussions) {
      const c = d.comments.find((x) => x.id === id);
      if (c) return c;
    }
    throw new Error(`no discussion comment ${id} in the fake`);
  }

  editComment(id: string, body: string, at = this.now, editor: string | null = null) {
    const c = this.comment(id);
    c.body = body;
    c.lastEditedAt = at;
    c.editor = editor ?? c.author;
    c.updatedAt = at;
    this.touch(this.discussion(c.discussionNumber), at);
  }

  minimizeComment(id: string, reason: MinimizeReason, at = this.now) {
    const c = this.comment(id);
    c.isMinimized = true;
    c.minimizedReason = reason;
    c.updatedAt = at;
    this.touch(this.discussion(c.discussionNumber), at);
  }

  /**
   * A deleted comment that still has replies stays in the thread, emptied and marked with deletedAt, as GitHub
   * shows it ("This comment was deleted"); one without replies disappears.
   */
  deleteComment(id: string, at = this.now) {
    const c = this.comment(id);
    const discussion = this.discussion(c.discussionNumber);
    const hasReplies = discussion.comments.some((x) => x.replyToId === id);
    if (hasReplies) {
      c.deletedAt = at;
      c.body = '';
      c.updatedAt = at;
    } else {
      discussion.comments.splice(discussion.comments.indexOf(c), 1);
    }
    this.touch(discussion, at);
  }

  markAnswer(id: string, at = this.now) {
    const c = this.comment(id);
    const discussion = this.discussion(c.discussionNumber);
    for (const other of discussion.comments) other.isAnswer = false;
    c.isAnswer = true;
    this.touch(discussion, at);
  }

  /** A reaction on a discussion or a comment (by node id). Like on GitHub it does not touch updatedAt. */
  addReaction(subjectId: string, content: ReactionKind, user: string | null, createdAt = this.now): FakeReaction {
    const subject = this.reactable(subjectId);
    if (user) {
      this.actor(user);
      const same = subject.reactions.find((r) => r.user?.toLowerCase() === user.toLowerCase() && r.content === content);
      if (same) return same;
    }
    const k = this.count(`reactions:${subjectId}`);
    const reaction = { id: `REA_${subjectId}_${k}`, databaseId: k, content, user, createdAt };
    subject.reactions.push(reaction);
    return reaction;
  }

  removeReaction(subjectId: string, content: ReactionKind, user: string) {
    const subject = this.reactable(subjectId);
    subject.reactions = subject.reactions.filter((r) => !(r.content === content && r.user?.toLowerCase() === user.toLowerCase()));
  }

  reactable(id: string): { reactions: FakeReaction[] } {
    const d = this.discussions.find((x) => x.id === id);
    return d ?? this.comment(id);
  }

  addPullRequest(input: NewPullRequest): FakePullRequest {
    if (this.discussions.some((d) => d.number === input.number) || this.pullRequests.some((p) => p.number === input.number)) {
      throw new Error(`number #${input.number} is taken`);
    }
    this.nextNumber = Math.max(this.nextNumber, input.number + 1);
    if (input.author) this.actor(input.author);
    const createdAt = input.createdAt ?? this.now;
    const pr: FakePullRequest = {
      id: `PR_kwDO${input.number}`,
      databaseId: 8_000_000 + input.number,
      body: '',
      isDraft: false,
      mergedAt: null,
      closedAt: null,
      headSha: placeholderSha(`head:${input.number}`),
      baseSha: placeholderSha(`base:${input.number}`),
      headRef: `proposal-${input.number}`,
      baseRef: 'main',
      labels: [],
      files: [],
      ...input,
      createdAt,
      updatedAt: input.updatedAt ?? input.closedAt ?? input.mergedAt ?? createdAt,
    };
    this.pullRequests.push(pr);
    return pr;
  }

  pullRequest(number: number): FakePullRequest {
    const pr = this.pullRequests.find((p) => p.number === number);
    if (!pr) throw new Error(`no pull request #${number} in the fake`);
    return pr;
  }

  private touch(discussion: FakeDiscussion, at: string) {
    if (at > discussion.updatedAt) discussion.updatedAt = at;
  }
}
